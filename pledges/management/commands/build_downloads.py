"""Build the whole-list downloads: `manage.py build_downloads [--watch [--every SECONDS]]`."""

from django.core.management.base import BaseCommand

from pledges import prebuilt


class Command(BaseCommand):
    help = (
        "Write every list as CSV and JSON, and the public tables as an SQLite file, into "
        "DOWNLOADS_DIR, for /downloads/. With --watch, keep running and rebuild whenever the "
        "data has changed (docker compose runs it so, as its own service)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--watch", action="store_true", help="rebuild after every change")
        parser.add_argument(
            "--every", type=float, default=30, metavar="SECONDS",
            help="with --watch: how often to look for changes (default 30)",
        )  # fmt: skip

    def handle(self, *args, watch, every, **options):
        if watch:
            prebuilt.watch(every, log=self.stdout.write)
            return
        built = prebuilt.build()
        self.stdout.write(
            f"Built {len(built['files'])} downloads in {built['seconds']} s "
            f"into {prebuilt.settings.DOWNLOADS_DIR}."
        )
