"""Create an editor account, asking for its details: `manage.py create_editor`."""

import getpass

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pledges.editors import create_editor


class Command(BaseCommand):
    help = "Create a staff account in the Editors group (add and change data; no user management)."

    def add_arguments(self, parser):
        parser.add_argument("--username", help="asked for when not given")
        parser.add_argument("--email", help="asked for when not given")

    def handle(self, *args, username, email, **options):
        try:
            username = username or input("Username: ").strip()
            email = email if email is not None else input("Email address: ").strip()
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The two passwords differ; nothing was created.")
        except (EOFError, KeyboardInterrupt):
            raise CommandError("Cancelled; nothing was created.") from None
        try:
            user = create_editor(username, email, password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages) + " Nothing was created.") from None
        self.stdout.write(f"Created editor {user.username!r}; they can sign in at /admin/.")
