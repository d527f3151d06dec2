"""The interface's translations: `manage.py translations --update | --check | --compile`."""

from django.core.management.base import BaseCommand, CommandError

from pledges import translations


class Command(BaseCommand):
    help = (
        "Keep the Ukrainian and Japanese catalogues (pledges/locale/) in line with the interface: "
        "--update adds new messages to each .po, --check fails when any message has no "
        "translation, --compile writes the .mo files that Django reads."
    )
    requires_system_checks = []  # runs before the database exists (make install)

    def add_arguments(self, parser):
        parser.add_argument(
            "--update", action="store_true", help="extract and merge into the .po files"
        )
        parser.add_argument("--check", action="store_true", help="fail on any untranslated message")
        parser.add_argument("--compile", action="store_true", help="write the .mo files")

    def handle(self, *args, update, check, compile, **options):
        if not (update or check or compile):
            raise CommandError("Say what to do: --update, --check or --compile.")
        if update:
            for language, left in translations.update().items():
                self.stdout.write(f"{language}: {left} messages to translate")
        if check:
            self._check()
        if compile:
            for path in translations.compile_all():
                self.stdout.write(f"Wrote {path}")

    def _check(self):
        found = translations.problems()
        for problem in found:
            self.stderr.write(str(problem))
        if found:
            raise CommandError(f"{len(found)} messages are not translated; see above.")
        self.stdout.write("Every message is translated in every language.")
