"""Print the drafts a source's text gives, saving nothing:
`manage.py draft_source FILE --published YYYY-MM-DD [--format json]`."""

import argparse
import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from pledges.intake import IntakeError, draft
from pledges.intake.recorded import mark_recorded
from pledges.intake.text import MAX_TEXT


def publication_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: give it as YYYY-MM-DD."
        ) from None


class Command(BaseCommand):
    help = (
        "Read an article (plain text or HTML) and print the pledges, sanctions and figures about "
        "people it states, as drafts with their paragraph and quote. Nothing is saved; drafts "
        "that match records already in the database are flagged already_recorded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="the article, as a UTF-8 text or HTML file ('-' reads stdin)"
        )
        parser.add_argument(
            "--published",
            type=publication_date,
            help="the article's publication date (YYYY-MM-DD), against which weekdays and "
            "'last month' are worked out; without it such dates stay unknown",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, file, published, format, **options):
        text = self.read(file)
        try:
            drafts = draft(text, published)
        except IntakeError as error:
            raise CommandError(f"{file}: nothing to draft: {error}") from None
        try:
            drafts = mark_recorded(drafts)
        except DatabaseError:  # a fresh checkout, not yet migrated: the drafts stand on their own
            self.stderr.write(
                "The database is not set up (run `manage.py migrate`): the drafts are not checked "
                "against the records it holds."
            )
        if format == "json":
            self.stdout.write(json.dumps(drafts.as_json(), indent=2, ensure_ascii=False))
            return
        for found in drafts:
            self.stdout.write(describe(found))
        counts = {kind: len(getattr(drafts, kind)) for kind in ("pledges", "sanctions", "figures")}
        self.stdout.write(
            "{pledges} pledge drafts, {sanctions} sanction drafts, {figures} figure drafts; "
            "nothing saved.".format(**counts)
        )

    def read(self, file: str) -> str:
        import sys

        try:
            data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: cannot be read ({error.strerror}).") from None
        if len(data) > MAX_TEXT:
            raise CommandError(f"{file}: the text is over 1 MB: an article is far shorter.")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(f"{file}: not a UTF-8 text file.") from None


def describe(found) -> str:
    """One draft as a line or two of text, for a person reading the terminal."""
    if found.kind == "pledge":
        detail = _pledge_detail(found.fields)
    elif found.kind == "sanction":
        detail = _sanction_detail(found.fields)
    else:
        detail = _figure_detail(found.fields)
    flags = f" [{', '.join(found.flags)}]" if found.flags else ""
    return f"{found.kind} ¶{found.paragraph}: {detail}{flags}\n    “{found.quote}”"


def _pledge_detail(fields: dict) -> str:
    """A pledge draft's parties, value, category, date and items."""
    what = f"{fields['donor'] or '?'} -> {fields['recipient'] or '?'}"
    value = f" {fields['amount']} {fields['currency']}" if fields.get("amount") else ""
    items = _items_text(fields.get("items", []))
    detail = f"{what}{value} ({fields['category'] or 'category unknown'})"
    detail += f", {fields['announced_on']}" if fields.get("announced_on") else ""
    detail += f", items: {items}" if items else ""
    return detail


def _items_text(items: list) -> str:
    """A pledge draft's items, as "5000 helmets; unstated tonnes of food"."""
    return "; ".join(
        f"{item['quantity'] or 'unstated'} {item['unit'] + ' of ' if item['unit'] else ''}"
        f"{item['name']}"
        for item in items
    )


def _sanction_detail(fields: dict) -> str:
    """A sanction draft's imposer, target, measure, kind and count of targets and names."""
    count = f", {fields['targets_count']}" if fields.get("targets_count") else ""
    named = ", ".join(fields["named_targets"])
    detail = f"{fields['imposer']} on {fields['target']}: {fields['measure']} "
    return detail + f"({fields['target_kind']}{count})" + (f", named: {named}" if named else "")


def _figure_detail(fields: dict) -> str:
    """A figure draft's country, kind, qualifier and value."""
    return f"{fields['country']}: {fields['kind']} {fields['qualifier']} {fields['value']}"
