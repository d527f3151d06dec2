"""Import pledges in bulk: `manage.py import_pledges FILE [--source REFERENCE] [--dry-run]`."""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pledges.importing import ImportFileError, import_pledges


class Command(BaseCommand):
    help = (
        "Import pledges from a CSV or JSON file in the download format (docs/formats.md). "
        "All or nothing: any problem is reported with its line, and nothing is written. "
        "Pledges already in the database are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json file")
        parser.add_argument(
            "--source",
            metavar="REFERENCE",
            help="take every pledge from this source (its reference), whatever the file says",
        )
        parser.add_argument(
            "--by", metavar="USERNAME", help="the editor to credit in the records' history"
        )
        parser.add_argument("--dry-run", action="store_true", help="check, but write nothing")

    def handle(self, *args, file, source, by, dry_run, **options):
        started = time.monotonic()
        user = None
        if by:
            user = get_user_model().objects.filter(username=by).first()
            if user is None:
                raise CommandError(f"There is no user {by!r}; nothing was imported.")
        try:
            report = import_pledges(file, source_reference=source, user=user, dry_run=dry_run)
        except ImportFileError as error:
            problems = "\n".join(f"  - {problem}" for problem in error.problems)
            more = f"\n  ... and {error.more:,} more" if error.more else ""
            raise CommandError(
                f"{error.path}: nothing was imported, because:\n{problems}{more}"
            ) from None
        self.stdout.write(f"{report.summary()} ({time.monotonic() - started:.1f} s)")
