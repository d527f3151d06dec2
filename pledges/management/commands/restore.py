"""Bring back a backup: `manage.py restore FILE` (or `make restore FILE=...`)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pledges.backups import BackupError, restore


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a backup file from backups/")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask before replacing the data"
        )

    def handle(self, *args, file, yes, **options):
        if not yes and input(f"Replace all data with {file}? Type 'yes': ").strip() != "yes":
            raise CommandError("Nothing was restored.")
        try:
            predates = restore(Path(file))
        except BackupError as error:
            raise CommandError(f"{error}. Nothing was restored.") from None
        if predates:
            self.stdout.write(
                f"Restored {file}, made before this code's migrations {', '.join(predates)}: "
                "run `manage.py migrate` now."
            )
        else:
            self.stdout.write(f"Restored {file}.")
