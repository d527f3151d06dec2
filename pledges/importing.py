"""Bulk import of pledges from files in the download format (docs/formats.md), CSV or JSON.

Editors load whole datasets at once: a million pledges with their aid items in a few minutes.
Rows are read one at a time, checked without a query per row, and written in batches (PostgreSQL's
COPY, or batched INSERTs on SQLite) inside one transaction. Every problem is reported with its
line, and if there is any, the transaction is rolled back: nothing is written. A row that is
already in the database (the same source and reference, or the same statement) is skipped, so an
import can be run again. The precomputed figures are rebuilt once, at the end. The columns that
give each value's basis (`amount_basis`, ...) are read back into the pledge's `readings`.
"""

import csv
import datetime
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from pledges import conversions, search, stats, versions
from pledges.bulk import BATCH, BulkWriter, IdAllocator
from pledges.currencies import CURRENCIES
from pledges.exports.records import value_bases
from pledges.exports.writing import FORMULA_STARTS, NEUTRALISED_AFTER_SEPARATOR
from pledges.models import (
    AidItem,
    Basis,
    Category,
    Country,
    DatePrecision,
    ItemType,
    Lethality,
    Pledge,
    PledgeEvent,
    Source,
    Status,
)

MAX_PROBLEMS = 100
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
MAX_AMOUNT = Decimal("1e16")  # the amount column holds 16 digits before the decimal point
# The allowed values of each choice, looked up once rather than once a row.
ALLOWED = {
    choices: frozenset(choices.values)
    for choices in (Category, Lethality, Status, DatePrecision, Basis)
}
# The values whose basis a file may give (`amount_basis`, or "bases" in JSON), in the model's order.
BASIS_FIELDS = (*Pledge.readable, *Pledge.dates)


class ImportFileError(Exception):
    """A file that cannot be imported; `problems` says where and why, one line each."""

    def __init__(self, path, problems: list[str], more: int = 0):
        self.path, self.problems, self.more = path, problems, more
        super().__init__(f"{path}: " + "; ".join(problems[:5]))


@dataclass
class ImportReport:
    path: Path | None
    created: int = 0
    skipped: int = 0
    items: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        name = self.path.name if self.path else "records"
        dry = " (dry run: nothing written)" if self.dry_run else ""
        return (
            f"{name}: {self.created:,} pledges imported with {self.items:,} aid items, "
            f"{self.skipped:,} already in the database{dry}."
        )


# --- Reading files ---------------------------------------------------------------------------


def read_file(path: Path) -> Iterator[tuple[str, dict]]:
    """(where, record) for each pledge of a CSV or JSON file, `where` being "line N"."""
    if path.suffix.lower() == ".csv":
        yield from _read_csv(path)
    elif path.suffix.lower() == ".json":
        yield from _read_json(path)
    else:
        raise ImportFileError(path, ["the file must be .csv or .json, as the downloads are"])


def _unneutralised(value: str) -> str:
    """Undo the "'" that downloads put where a spreadsheet could start a formula (at the start,
    and after a separator or line break: pledges.exports.writing.neutralised), in reverse order."""
    if "'" not in value:
        return value
    value = NEUTRALISED_AFTER_SEPARATOR.sub(r"\1\2", "\n" + value)[1:]
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _read_csv(path: Path) -> Iterator[tuple[str, dict]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        start = 2
        for row in reader:
            where = f"line {start}"
            start = reader.line_num + 1
            if None in row:
                yield where, {"_problem": "the row has more cells than the header"}
                continue
            record = {key: _unneutralised(value or "") for key, value in row.items()}
            record["items"] = record.get("items") or "[]"
            yield where, record


def _read_json(path: Path) -> Iterator[tuple[str, dict]]:
    """Downloads put one record a line; any other JSON layout is read whole."""
    with path.open(encoding="utf-8") as file:
        head = file.readline()
        if head.rstrip().endswith('"pledges": ['):
            for number, line in enumerate(file, start=2):
                text = line.strip().removesuffix(",")
                if text in ("]}", "]", ""):
                    continue
                try:
                    yield f"line {number}", _flatten(json.loads(text))
                except (json.JSONDecodeError, TypeError, AttributeError) as error:
                    yield f"line {number}", {"_problem": f"not a pledge record in JSON: {error}"}
            return
        file.seek(0)
        try:
            data = json.load(file)
        except json.JSONDecodeError as error:
            raise ImportFileError(path, [f"not valid JSON: {error}"]) from None
    records = data.get("pledges") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ImportFileError(path, ['the JSON must be a list of pledges, or {"pledges": [...]}'])
    for number, record in enumerate(records, start=1):
        try:
            yield f"record {number}", _flatten(record)
        except (TypeError, AttributeError) as error:
            yield f"record {number}", {"_problem": f"not a pledge record: {error}"}


def _flatten(record: dict) -> dict:
    """A JSON record in the flat shape of a CSV row."""
    flat = dict(record)
    for role in ("donor", "recipient"):
        country = record.get(role) or {}
        flat[f"{role}_slug"], flat[f"{role}_code"] = country.get("slug"), country.get("code")
    provenance = record.get("provenance") or {}
    flat["source_reference"] = (provenance.get("source") or {}).get("reference")
    for key in ("paragraph", "quote", "reading_note"):
        flat[key] = provenance.get(key)
    for name, basis in (record.get("bases") or {}).items():
        flat[f"{name}_basis"] = basis
    return flat


# --- Checking and writing --------------------------------------------------------------------


def _digest(*parts) -> bytes:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()


PLEDGE_COLUMNS = [
    "id", "source_id", "paragraph", "quote", "reference", "reading_note", "readings",
    "created_at", "updated_at", "donor_id", "recipient_id", "category", "lethality", "status",
    "description", "amount", "currency", "announced_on", "announced_precision", "announced_as",
]  # fmt: skip
ITEM_COLUMNS = ["id", "pledge_id", "item_type_id", "name", "quantity", "unit", "paragraph", "quote"]
# Each created record also gets its first history row: created ("+"), when, by whom and why.
HISTORY_COLUMNS = ["history_date", "history_change_reason", "history_type", "history_user_id"]


class PledgeImport:
    """Checks and writes pledge records one at a time; `finish()` commits or reports."""

    def __init__(self, *, source: Source | None = None, user=None, reason: str = "import"):
        self.forced_source = source
        self.countries = {c.slug: c.pk for c in Country.objects.all()}
        self.countries |= {c.iso_code: c.pk for c in Country.objects.exclude(iso_code="")}
        self.sources = dict(Source.objects.values_list("reference", "pk"))
        self.item_types = dict(ItemType.objects.values_list("slug", "pk"))
        self.problems: list[str] = []
        self.problem_count = 0
        self.seen: dict[bytes, str] = {}
        self.existing: set[bytes] = set()
        self.loaded_sources: set[int] = set()
        self.ids = IdAllocator(Pledge)
        self.first_id = self.last_id = None  # the pledges this run creates
        self.item_ids = IdAllocator(AidItem)
        # The history keeps the pledge as entered; the table also keeps its search words and its
        # value in US dollars and euros.
        self.pledges = BulkWriter(Pledge, [*PLEDGE_COLUMNS, "search_document", *conversions.FIELDS])
        self.item_type_names = dict(ItemType.objects.values_list("pk", "name"))
        self.items = BulkWriter(AidItem, ITEM_COLUMNS)
        self.pledge_history = BulkWriter(Pledge.history.model, PLEDGE_COLUMNS + HISTORY_COLUMNS)
        self.item_history = BulkWriter(AidItem.history.model, ITEM_COLUMNS + HISTORY_COLUMNS)
        self.now = timezone.now()
        self.history = (self.now, reason[:100], "+", getattr(user, "pk", None))
        self.report = ImportReport(None)
        self.countries_touched: set[int] = set()
        self.sources_touched: set[int] = set()
        self.item_types_touched: set[int] = set()

    def problem(self, where: str, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{where}: {message}")

    def _existing_keys(self, source_id: int) -> None:
        """The statements and references a source already has, to skip them when met again."""
        if source_id in self.loaded_sources:
            return
        self.loaded_sources.add(source_id)
        rows = Pledge.objects.filter(source_id=source_id).values_list(
            "paragraph", "donor_id", "recipient_id", "quote", "reference"
        )
        for paragraph, donor, recipient, quote, reference in rows.iterator(chunk_size=BATCH):
            self.existing.add(_digest("statement", source_id, paragraph, donor, recipient, quote))
            if reference:
                self.existing.add(_digest("reference", source_id, reference))

    def add(self, where: str, record: dict) -> None:
        """Check one record; write it unless it, or anything before it, has a problem."""
        if "_problem" in record:
            self.problem(where, record["_problem"])
            return
        checked = _Record(self, where, record)
        if checked.problems:
            for message in checked.problems:
                self.problem(where, message)
            return
        self._existing_keys(checked.source_id)
        keys = checked.keys()
        if any(key in self.existing for key in keys):
            self.report.skipped += 1
            return
        for key in keys:
            if key in self.seen:
                self.problem(where, f"the same pledge as {self.seen[key]}")
                return
        for key in keys:
            self.seen[key] = where
        if self.problem_count:
            return  # nothing will be written: only check the remaining rows
        pledge_id = self.ids.take()
        self.first_id = min(self.first_id or pledge_id, pledge_id)
        self.last_id = max(self.last_id or pledge_id, pledge_id)
        row = checked.pledge_row(pledge_id, self.now)
        self.pledges.add(
            (*row, checked.search_document(self.item_type_names), *checked.conversion())
        )
        self.pledge_history.add(row + self.history)
        for item in checked.items:
            row = (self.item_ids.take(), pledge_id, *item)
            self.items.add(row)
            self.item_history.add(row + self.history)
            self.item_types_touched.add(item[0])
        self.report.created += 1
        self.report.items += len(checked.items)
        self.countries_touched |= {checked.donor_id, checked.recipient_id}
        self.sources_touched.add(checked.source_id)

    def write(self) -> None:
        for writer in (self.pledges, self.items, self.pledge_history, self.item_history):
            writer.flush()
        if self.report.created:
            # Each pledge's first stage, the one its row states (pledges.models.events).
            created = Pledge.objects.filter(pk__gte=self.first_id, pk__lte=self.last_id)
            PledgeEvent.objects.add_first_events(created)
        stats.refresh_countries(self.countries_touched)
        stats.refresh_sources(self.sources_touched)
        stats.refresh_item_types(self.item_types_touched, self.countries_touched)
        versions.pages_changed()


def import_records(
    records: Iterable[tuple[str, dict]],
    *,
    path: Path | None = None,
    source: Source | None = None,
    user=None,
    dry_run: bool = False,
) -> ImportReport:
    """Import (where, record) pairs all-or-nothing; raise ImportFileError listing the problems.

    Each pledge and item created gets its first history row, credited to `user` when given.
    """
    reason = f"import_pledges {path.name}" if path else "bulk import"
    with transaction.atomic():
        run = PledgeImport(source=source, user=user, reason=reason)
        for where, record in records:
            run.add(where, record)
        if not run.problem_count and not run.report.created and not run.report.skipped:
            run.problem("file", "it holds no pledges")
        if run.problem_count:
            transaction.set_rollback(True)
        else:
            run.write()
            if dry_run:
                transaction.set_rollback(True)
    if run.problem_count:
        raise ImportFileError(
            path or "records", run.problems, run.problem_count - len(run.problems)
        )
    if connection.vendor == "postgresql" and not dry_run and run.report.created > BATCH:
        with connection.cursor() as cursor:  # fresh statistics, so the planner knows the new rows
            cursor.execute(f"ANALYZE {Pledge._meta.db_table}, {AidItem._meta.db_table}")
    run.report.path, run.report.dry_run = path, dry_run
    return run.report


def import_pledges(
    path, *, source_reference: str | None = None, user=None, dry_run: bool = False
) -> ImportReport:
    """Import a CSV or JSON file of pledges; see import_records."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(path, ["no such file"])
    source = None
    if source_reference:
        source = Source.objects.filter(reference=source_reference).first()
        if source is None:
            raise ImportFileError(path, [f"no source has the reference {source_reference!r}"])
    return import_records(read_file(path), path=path, source=source, user=user, dry_run=dry_run)


class _Record:
    """One record, checked and converted to the columns it will be written as."""

    def __init__(self, run: PledgeImport, where: str, record: dict):
        self.problems: list[str] = []
        self.record = record
        text = self._text
        self.donor_id = self._country(run, "donor")
        self.recipient_id = self._country(run, "recipient")
        if self.donor_id and self.donor_id == self.recipient_id:
            self.problems.append("field recipient: a donor cannot pledge to itself")
        if run.forced_source is not None:
            self.source_id = run.forced_source.pk
        else:
            reference = text("source_reference", required=True)
            self.source_id = run.sources.get(reference)
            if reference and self.source_id is None:
                self.problems.append(
                    f"field source_reference: no source has the reference {reference!r}"
                )
        self.category = self._choice("category", Category, required=True)
        self.lethality = self._choice("lethality", Lethality)
        self.status = self._choice("status", Status) or Status.ANNOUNCED
        self.description = text("description", required=True)
        self.paragraph = self._whole(
            "field paragraph", self.record.get("paragraph"), required=True, maximum=32767
        )
        self.quote = text("quote", required=True, limit=200)
        self.reading_note = text("reading_note")
        self.reference = text("reference", limit=100)
        if self.reference and not SLUG.match(self.reference):
            self.problems.append("field reference: only letters, digits, - and _")
        before = len(self.problems)
        self.amount = self._amount()
        self.currency = text("currency").upper()
        if self.currency and self.currency not in CURRENCIES:
            self.problems.append(f"field currency: {self.currency!r} is not an ISO 4217 code")
        elif len(self.problems) == before and (self.amount is None) != (not self.currency):
            self.problems.append(
                "field currency: an amount needs its currency, and a currency its amount"
            )
        self.announced_on = self._date("announced_on")
        self.precision = self._choice("announced_precision", DatePrecision) or (
            DatePrecision.DAY if self.announced_on else DatePrecision.UNKNOWN
        )
        if (self.announced_on is None) != (self.precision == DatePrecision.UNKNOWN):
            self.problems.append("field announced_precision: a date needs its precision, and "
                                 "the precision 'unknown' no date")  # fmt: skip
        self.announced_as = text("announced_as", limit=60)
        self.readings = self._readings()
        self.items = self._items(run)

    def keys(self) -> list[bytes]:
        keys = [_digest("statement", self.source_id, self.paragraph, self.donor_id,
                        self.recipient_id, self.quote)]  # fmt: skip
        if self.reference:
            keys.append(_digest("reference", self.source_id, self.reference))
        return keys

    def pledge_row(self, pledge_id: int, now) -> tuple:
        return (
            pledge_id, self.source_id, self.paragraph, self.quote, self.reference,
            self.reading_note, json.dumps(self.readings), now, now, self.donor_id,
            self.recipient_id, self.category, self.lethality, self.status, self.description,
            self.amount, self.currency, self.announced_on, self.precision, self.announced_as,
        )  # fmt: skip

    def conversion(self) -> tuple:
        """The value in US dollars and euros, as Pledge.save() computes it."""
        return conversions.field_values(
            self.amount, self.currency, self.announced_on, self.precision
        )

    def search_document(self, item_type_names: dict[int, str]) -> str:
        """The words the pledge is found by, as Pledge.search_texts() gives them."""
        items = [(name, item_type_names[kind]) for kind, name, *_ in self.items]
        return search.document(self.description, self.quote, *(n for item in items for n in item))

    # --- one field each ---

    def _text(self, key: str, *, required: bool = False, limit: int | None = None) -> str:
        value = self.record.get(key)
        value = "" if value is None else str(value).strip()
        if "\x00" in value:
            self.problems.append(f"field {key}: contains a NUL character")
            return ""
        if required and not value:
            self.problems.append(f"field {key}: required")
        if limit and len(value) > limit:
            self.problems.append(f"field {key}: at most {limit} characters")
        return value

    def _country(self, run: PledgeImport, role: str) -> int | None:
        slug, code = self._text(f"{role}_slug"), self._text(f"{role}_code")
        if not slug and not code:
            self.problems.append(f"field {role}_slug: required (or {role}_code)")
            return None
        country = run.countries.get(slug.lower()) if slug else run.countries.get(code.upper())
        if country is None:
            self.problems.append(f"field {role}_slug: no country {slug or code!r}")
        return country

    def _choice(self, key: str, choices, *, required: bool = False) -> str:
        value = self._text(key, required=required)
        if value and value not in ALLOWED[choices]:
            allowed = ", ".join(choices.values)
            self.problems.append(f"field {key}: {value!r} is not one of {allowed}")
            return ""
        return value

    def _whole(self, key: str, value, *, required: bool = False,
               maximum: int | None = None) -> int | None:  # fmt: skip
        if value in (None, ""):
            if required:
                self.problems.append(f"{key}: required")
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            self.problems.append(f"{key}: {value!r} is not a whole number")
            return None
        if number < 1 or (maximum and number > maximum):
            self.problems.append(f"{key}: must be from 1 to {maximum or 'more'}")
            return None
        return number

    def _readings(self) -> dict[str, str]:
        """The values read or worked out, from the `<field>_basis` columns (docs/formats.md).

        Each basis given must be the one the pledge's values then have, by the model's rule: a
        date's basis follows its precision, and an empty value is unknown, never read. A file
        without these columns states every value it gives.
        """
        given = {}
        for name in BASIS_FIELDS:
            basis = self._choice(f"{name}_basis", Basis)
            if basis:
                given[name] = basis
        readings = {
            name: basis
            for name, basis in given.items()
            if name in Pledge.readable and basis in (Basis.READ, Basis.DERIVED)
        }
        if self.problems:  # the values are not all known: nothing to compare the bases with
            return readings
        values = {
            "readings": readings, "category": self.category, "lethality": self.lethality,
            "status": self.status, "amount": self.amount, "currency": self.currency,
            "announced_on": self.announced_on, "announced_precision": self.precision,
        }  # fmt: skip
        bases = value_bases(Pledge, values)
        for name, basis in given.items():
            if bases[name] != basis:
                self.problems.append(
                    f"field {name}_basis: {basis!r} does not fit {name}, whose basis is "
                    f"{bases[name]!r}"
                )
        marked = readings or Basis.DERIVED in bases.values()
        if marked and not self.reading_note:
            self.problems.append(
                "field reading_note: say how the values marked read or derived were read"
            )
        return readings

    def _amount(self) -> Decimal | None:
        value = self._text("amount").replace(",", "")
        if not value:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            self.problems.append(f"field amount: {value!r} is not a number")
            return None
        if not amount.is_finite() or amount <= 0 or amount >= MAX_AMOUNT:
            self.problems.append("field amount: must be more than 0 and less than 10^16")
            return None
        if amount != amount.quantize(Decimal("0.01")):
            self.problems.append("field amount: at most two decimal places")
            return None
        return amount

    def _date(self, key: str) -> datetime.date | None:
        value = self._text(key)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.problems.append(f"field {key}: {value!r} is not a date such as 2022-02-26")
            return None

    def _items(self, run: PledgeImport) -> list[tuple]:
        items = self.record.get("items") or []
        if isinstance(items, str):
            try:
                items = json.loads(items)
            except json.JSONDecodeError:
                self.problems.append("field items: not a JSON array of items")
                return []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            self.problems.append("field items: not a JSON array of items")
            return []
        rows, names = [], set()
        for number, item in enumerate(items, start=1):
            where = f"field items, item {number}"
            slug = str(item.get("item_type") or "")
            item_type = run.item_types.get(slug)
            if item_type is None:
                self.problems.append(f"{where}: no item type {slug!r}")
            name = str(item.get("name") or "").strip()
            if not name or len(name) > 150:
                self.problems.append(f"{where}: a name of 1 to 150 characters is required")
            elif name in names:
                self.problems.append(f"{where}: the pledge already lists {name!r}")
            names.add(name)
            quantity = self._whole(f"{where}, quantity", item.get("quantity"))
            unit = str(item.get("unit") or "").strip()
            if unit and quantity is None:
                self.problems.append(f"{where}: a unit needs a quantity")
            if len(unit) > 40:
                self.problems.append(f"{where}: a unit of at most 40 characters")
            paragraph = self._whole(
                f"{where}, paragraph", item.get("paragraph"), required=True, maximum=32767
            )
            quote = str(item.get("quote") or "").strip()
            if not quote or len(quote) > 200:
                self.problems.append(f"{where}: figure words (quote) of 1 to 200 characters")
            rows.append((item_type, name, quantity, unit, paragraph, quote))
        return rows
