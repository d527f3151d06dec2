"""Load sources' data files: `manage.py load_source [FILE ...] [--update] [--dry-run]`."""

from django.core.management.base import BaseCommand, CommandError

from pledges.loading import SourceFileError, default_files, load_source_file


class Command(BaseCommand):
    help = (
        "Load the facts of one or more sources from data files (TOML). With no file, loads every "
        "file in pledges/data/. Each file loads all-or-nothing; loading it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="data files; default: pledges/data/*.toml")
        parser.add_argument(
            "--update",
            action="store_true",
            help="overwrite records that differ from the file (by default, records changed by "
            "editors since they were loaded are kept)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, but write nothing"
        )

    def handle(self, *args, files, update, dry_run, **options):
        for path in files or default_files():
            try:
                report = load_source_file(path, update=update, dry_run=dry_run)
            except SourceFileError as error:
                problems = "\n".join(f"  - {problem}" for problem in error.problems)
                raise CommandError(
                    f"{error.path}: nothing was loaded, because:\n{problems}"
                ) from None
            self.stdout.write(report.summary())
            for kept in report.kept:
                self.stdout.write(f"  kept as edited (use --update to overwrite): {kept}")
