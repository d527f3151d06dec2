"""Write a restorable backup of the database: `manage.py backup` (or `make backup`)."""

from django.core.management.base import BaseCommand, CommandError

from pledges.backups import BackupError, backup


class Command(BaseCommand):
    help = "Write a dated backup of the whole database to backups/ (pg_dump, or a SQLite copy)."

    def handle(self, *args, **options):
        try:
            path = backup()
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Backup written to {path}")
