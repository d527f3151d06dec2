"""Bulk import of pledges from files in the download format (docs/formats.md), CSV or JSON.

Editors load whole datasets at once: a million pledges with their aid items in a few minutes.
Rows are read one at a time, checked without a query per row, and written in batches (PostgreSQL's
COPY, or batched INSERTs on SQLite) inside one transaction. Every problem is reported with its
line, and if there is any, the transaction is rolled back: nothing is written. A row that is
already in the database (the same source and reference, or the same statement) is skipped, so an
import can be run again. The precomputed figures are rebuilt once, at the end. The columns that
give each value's basis (`amount_basis`, ...) are read back into the pledge's `readings`.

The rules each value must keep (its length, its choices, its range, whether it is required) are
read from its model field, never restated here, so that a record the importer takes is one the
admin would take too (tests/test_rule_parity.py holds the two to the same rules).
"""

import csv
import datetime
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connection, models, transaction
from django.utils import timezone

from pledges import conversions, search, stats
from pledges.bulk import BATCH, BulkWriter, IdAllocator
from pledges.exports.records import value_bases
from pledges.exports.writing import FORMULA_STARTS, NEUTRALISED_AFTER_SEPARATOR
from pledges.models import (
    AidItem,
    Basis,
    Country,
    DatePrecision,
    ItemType,
    Pledge,
    PledgeEvent,
    Source,
)

MAX_PROBLEMS = 100
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


# --- The models' rules -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldRules:
    """What a model field accepts, read from its declaration: the importer states no limit of
    its own, so that it refuses what the model refuses (tests/test_rule_parity.py)."""

    required: bool  # neither blank nor with a default: a record must give it
    max_length: int | None
    choices: dict[str, str]  # {value: label} in the model's order; empty when any value goes
    minimum: int | Decimal | None  # the least and the greatest value its validators accept
    maximum: int | Decimal | None
    pattern: re.Pattern | None  # the expression its value must match (a slug's), if any
    default: object  # the value it takes when none is given (or the callable giving it), or None


@functools.cache
def field_rules(model: type[models.Model], name: str) -> FieldRules:
    """The rules of `model`'s field `name`, read once: the bounds include the database's own
    (a small integer's, say)."""
    field = model._meta.get_field(name)
    validators = field.validators
    return FieldRules(
        required=not field.blank and not field.has_default(),
        max_length=field.max_length,
        choices=dict(field.flatchoices),
        minimum=max(_limits(validators, MinValueValidator), default=None),
        maximum=min(_limits(validators, MaxValueValidator), default=None),
        pattern=_pattern(validators),
        default=field.default if field.has_default() else None,
    )


def _limits(validators, kind) -> list:
    return [validator.limit_value for validator in validators if isinstance(validator, kind)]


def _pattern(validators) -> re.Pattern | None:
    """The expression of the regular-expression validator among `validators`, compiled here
    once: Django's compiles lazily, and each use of it passes through that lazy object. A field
    with an expression a value must not match, or with several, is more than the importer
    knows how to check: it is refused rather than checked in part."""
    regexes = [validator for validator in validators if isinstance(validator, RegexValidator)]
    if len(regexes) > 1 or any(validator.inverse_match for validator in regexes):
        raise ValueError(f"{regexes}: the importer checks a single expression a value matches")
    return re.compile(regexes[0].regex.pattern, regexes[0].regex.flags) if regexes else None


def _rules_by_field(model: type[models.Model], columns: list[str]) -> dict[str, FieldRules]:
    """{field name: its rules} for the fields of `model` written to `columns`."""
    fields = model._meta.concrete_fields
    return {
        field.name: field_rules(model, field.name) for field in fields if field.attname in columns
    }


# A column's rules when no field's apply as they are (a country's slug, say, which its reader
# checks itself), and when only its being given does (a choice's, whose choices are checked next).
NO_RULES = FieldRules(required=False, max_length=None, choices={}, minimum=None, maximum=None,
                      pattern=None, default=None)  # fmt: skip
REQUIRED = replace(NO_RULES, required=True)
# The `<field>_basis` column of each value whose basis a file may give, and the bases it takes
# (read once: `Basis.values` builds its list on every use).
BASIS_COLUMNS = {name: f"{name}_basis" for name in BASIS_FIELDS}
BASIS_RULES = replace(NO_RULES, choices=dict(Basis.choices))

AMOUNT = Pledge._meta.get_field("amount")
# The amount column holds this many digits before the decimal point (it stays below
# AMOUNT_BOUND), and no step finer than AMOUNT_STEP.
AMOUNT_WHOLE_DIGITS = AMOUNT.max_digits - AMOUNT.decimal_places
AMOUNT_BOUND = Decimal(10) ** AMOUNT_WHOLE_DIGITS
AMOUNT_STEP = Decimal(1).scaleb(-AMOUNT.decimal_places)
DATES = {name: Pledge._meta.get_field(name) for name in Pledge.dates}
# The precisions and bases the checks name, as plain strings: an enum's member is looked up anew
# each time it is named. MARKED: the bases of a value read or worked out, which a note explains.
DAY_PRECISION, UNKNOWN_PRECISION = DatePrecision.DAY.value, DatePrecision.UNKNOWN.value
DERIVED = Basis.DERIVED.value
MARKED = (Basis.READ.value, DERIVED)


# --- Checking and writing --------------------------------------------------------------------


def _digest(*parts) -> bytes:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()


PLEDGE_COLUMNS = [
    "id", "source_id", "paragraph", "quote", "reference", "reading_note", "readings",
    "created_at", "updated_at", "donor_id", "recipient_id", "category", "lethality", "status",
    "description", "amount", "currency", "announced_on", "announced_precision", "announced_as",
]  # fmt: skip
ITEM_COLUMNS = ["id", "pledge_id", "item_type_id", "name", "quantity", "unit", "paragraph", "quote"]
# Each column's rules, read once from its field.
PLEDGE_RULES = _rules_by_field(Pledge, PLEDGE_COLUMNS)
ITEM_RULES = _rules_by_field(AidItem, ITEM_COLUMNS)
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
        checked = self._checked(where, record)
        if checked is None or not self._is_new(where, checked):
            return
        if self.problem_count:
            return  # nothing will be written: only check the remaining rows
        self._write(checked)

    def _checked(self, where: str, record: dict) -> "_Record | None":
        """The record checked, or None after reporting its problems."""
        if "_problem" in record:
            self.problem(where, record["_problem"])
            return None
        checked = _Record(self, record)
        for message in checked.problems:
            self.problem(where, message)
        return None if checked.problems else checked

    def _is_new(self, where: str, checked: "_Record") -> bool:
        """False for a pledge already in the database (skipped) or already met in the file."""
        self._existing_keys(checked.source_id)
        keys = checked.keys()
        if any(key in self.existing for key in keys):
            self.report.skipped += 1
            return False
        for key in keys:
            if key in self.seen:
                self.problem(where, f"the same pledge as {self.seen[key]}")
                return False
        for key in keys:
            self.seen[key] = where
        return True

    def _write(self, checked: "_Record") -> None:
        """Queue the pledge, its items and their first history rows for writing."""
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

    def conclude(self, touched: stats.Touched, *, dry_run: bool) -> None:
        """Inside the import's transaction: write what was checked, or roll it all back if there
        is a problem (an empty file is one) or this is a dry run."""
        if not self.problem_count and not self.report.created and not self.report.skipped:
            self.problem("file", "it holds no pledges")
        if self.problem_count:
            transaction.set_rollback(True)
            return
        self.write(touched)
        if dry_run:
            transaction.set_rollback(True)

    def write(self, touched: stats.Touched) -> None:
        """Write the checked rows; their figures are rebuilt at the end of the import."""
        for writer in (self.pledges, self.items, self.pledge_history, self.item_history):
            writer.flush()
        if self.report.created:
            # Each pledge's first stage, the one its row states (pledges.models.events).
            created = Pledge.objects.filter(pk__gte=self.first_id, pk__lte=self.last_id)
            PledgeEvent.objects.add_first_events(created)
        touched.add(countries=self.countries_touched, sources=self.sources_touched,
                    item_types=self.item_types_touched, donors=self.countries_touched)  # fmt: skip


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
    with stats.figures_rebuilt() as touched:
        run = PledgeImport(source=source, user=user, reason=reason)
        for where, record in records:
            run.add(where, record)
        run.conclude(touched, dry_run=dry_run)
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
    """One record, checked and converted to the columns it will be written as.

    Each value is checked by its model field's rules (PLEDGE_RULES, ITEM_RULES): its length, its
    choices, its range, whether it is required. A problem names its value as `where` + the
    value's key ("field " + "quote", or "field items, item 2, " + "unit"); the name is only put
    together for a problem, as most records have none.
    """

    def __init__(self, run: PledgeImport, record: dict):
        self.problems: list[str] = []
        self.record = record
        self.donor_id, self.recipient_id = self._parties(run)
        self.source_id = self._source(run)
        self.category = self._field_choice("category")
        self.lethality = self._field_choice("lethality")
        self.status = self._field_choice("status") or PLEDGE_RULES["status"].default
        self.description = self._field_text("description")
        self.paragraph = self._whole("paragraph", PLEDGE_RULES["paragraph"])
        self.quote = self._field_text("quote")
        self.reading_note = self._field_text("reading_note")
        self.reference = self._reference()
        self.amount, self.currency = self._value()
        self.announced_on, self.precision = self._announced()
        self.announced_as = self._field_text("announced_as")
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

    # --- values of any kind ---

    def _text(
        self,
        key: str,
        rules: FieldRules = NO_RULES,
        where: str = "field ",
        values: dict | None = None,
    ) -> str:
        """The text of `key` in `values` (the record's, unless an item's are given), without
        surrounding spaces; a problem of `where` + `key` if it holds a NUL character, or breaks
        the `rules` of its field (required, a greatest length). Without rules, the caller checks
        any."""
        value = (self.record if values is None else values).get(key)
        value = "" if value is None else str(value).strip()
        if not value:
            if rules.required:
                self.problems.append(f"{where}{key}: required")
            return value
        if "\x00" in value:
            self.problems.append(f"{where}{key}: contains a NUL character")
            return ""
        limit = rules.max_length
        if limit and len(value) > limit:
            self.problems.append(f"{where}{key}: at most {limit} characters")
        return value

    def _field_text(self, name: str) -> str:
        """The text of column `name`, by the rules of the pledge's field of that name."""
        return self._text(name, PLEDGE_RULES[name])

    def _choice(self, key: str, rules: FieldRules) -> str:
        """The value of column `key` if it is one of the choices of `rules`, else "". Of the
        other rules, only whether it is required: a value too long is not a choice either, which
        is the one problem reported."""
        value = self._text(key, REQUIRED if rules.required else NO_RULES)
        if value and value not in rules.choices:
            self.problems.append(f"field {key}: {value!r} is not one of {', '.join(rules.choices)}")
            return ""
        return value

    def _field_choice(self, name: str) -> str:
        """The value of column `name`, one of the choices of the pledge's field of that name."""
        return self._choice(name, PLEDGE_RULES[name])

    def _whole(
        self, key: str, rules: FieldRules, where: str = "field ", values: dict | None = None
    ) -> int | None:
        """The value of `key` in `values` (as in _text) as a whole number, within the range of
        the field whose `rules` are given."""
        value = (self.record if values is None else values).get(key)
        if value in (None, ""):
            if rules.required:
                self.problems.append(f"{where}{key}: required")
            return None
        try:
            # A JSON file's whole numbers are ints already (True, an int to Python, is not one).
            number = value if type(value) is int else int(str(value).strip())
        except ValueError:
            self.problems.append(f"{where}{key}: {value!r} is not a whole number")
            return None
        if not rules.minimum <= number <= rules.maximum:
            self.problems.append(f"{where}{key}: must be from {rules.minimum} to {rules.maximum}")
            return None
        return number

    # --- the pledge's values ---

    def _parties(self, run: PledgeImport) -> tuple[int | None, int | None]:
        """The donor's and the recipient's ids: two countries, not the same one."""
        donor, recipient = self._country(run, "donor"), self._country(run, "recipient")
        if donor and donor == recipient:
            self.problems.append("field recipient: a donor cannot pledge to itself")
        return donor, recipient

    def _country(self, run: PledgeImport, role: str) -> int | None:
        slug, code = self._text(f"{role}_slug"), self._text(f"{role}_code")
        if not slug and not code:
            if PLEDGE_RULES[role].required:
                self.problems.append(f"field {role}_slug: required (or {role}_code)")
            return None
        country = run.countries.get(slug.lower()) if slug else run.countries.get(code.upper())
        if country is None:
            self.problems.append(f"field {role}_slug: no country {slug or code!r}")
        return country

    def _source(self, run: PledgeImport) -> int | None:
        """The source's id: the one the whole import is given, or the record's own."""
        if run.forced_source is not None:
            return run.forced_source.pk
        reference = self._text("source_reference", PLEDGE_RULES["source"])
        source_id = run.sources.get(reference)
        if reference and source_id is None:
            self.problems.append(
                f"field source_reference: no source has the reference {reference!r}"
            )
        return source_id

    def _reference(self) -> str:
        """The record's stable key, which the model's field takes as a slug."""
        reference = self._field_text("reference")
        if reference and not PLEDGE_RULES["reference"].pattern.search(reference):
            self.problems.append("field reference: only letters, digits, - and _")
        return reference

    def _value(self) -> tuple[Decimal | None, str]:
        """The amount and its currency: both given, or neither."""
        before = len(self.problems)
        amount = self._amount()
        currency = self._text("currency").upper()
        if currency and currency not in PLEDGE_RULES["currency"].choices:
            self.problems.append(f"field currency: {currency!r} is not an ISO 4217 code")
        elif len(self.problems) == before and (amount is None) != (not currency):
            self.problems.append(
                "field currency: an amount needs its currency, and a currency its amount"
            )
        return amount, currency

    def _amount(self) -> Decimal | None:
        value = self._text("amount").replace(",", "")
        if not value:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            self.problems.append(f"field amount: {value!r} is not a number")
            return None
        problem = _amount_problem(amount)
        if problem:
            self.problems.append(f"field amount: {problem}")
            return None
        return amount

    def _announced(self) -> tuple[datetime.date | None, str]:
        """The announcement's date and its precision: a date exactly when the precision is known
        (the day, when the file gives a date but no precision). A wrong date or precision is
        reported alone, not as a date without its precision too."""
        before = len(self.problems)
        announced_on = self._date("announced_on")
        precision = self._field_choice("announced_precision") or (
            DAY_PRECISION if announced_on else UNKNOWN_PRECISION
        )
        unknown = precision == UNKNOWN_PRECISION
        if len(self.problems) == before and (announced_on is None) != unknown:
            self.problems.append("field announced_precision: a date needs its precision, and "
                                 "the precision 'unknown' no date")  # fmt: skip
        return announced_on, precision

    def _date(self, key: str) -> datetime.date | None:
        """The date of column `key`, read as the model's date field reads it."""
        value = self._text(key)
        if not value:
            return None
        try:
            return DATES[key].to_python(value)
        except ValidationError:
            self.problems.append(f"field {key}: {value!r} is not a date such as 2022-02-26")
            return None

    def _readings(self) -> dict[str, str]:
        """The values read or worked out, from the `<field>_basis` columns (docs/formats.md).

        Each basis given must be the one the pledge's values then have, by the model's rule: a
        date's basis follows its precision, and an empty value is unknown, never read. A file
        without these columns states every value it gives.
        """
        given = {}
        for name, column in BASIS_COLUMNS.items():
            if self.record.get(column) in (None, ""):
                continue  # no basis given, as in most files: nothing to check
            basis = self._choice(column, BASIS_RULES)
            if basis:
                given[name] = basis
        readings = {
            name: basis
            for name, basis in given.items()
            if basis in MARKED and name in Pledge.readable
        }
        if not self.problems:  # only when the values are all known, to compare the bases with
            self._check_bases(given, readings)
        return readings

    def _check_bases(self, given: dict[str, str], readings: dict[str, str]) -> None:
        """Each basis given is the value's own, and a value read or derived says how."""
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
        marked = readings or DERIVED in bases.values()
        if marked and not self.reading_note:
            self.problems.append(
                "field reading_note: say how the values marked read or derived were read"
            )

    # --- the aid items ---

    def _items(self, run: PledgeImport) -> list[tuple]:
        """The aid items, each as the columns it will be written as; no name twice."""
        rows, names = [], set()
        for number, item in enumerate(self._item_records(), start=1):
            row = self._item(run, f"field items, item {number}, ", item)
            name = row[1]
            if name and name in names:
                self.problems.append(
                    f"field items, item {number}: the pledge already lists {name!r}"
                )
            names.add(name)
            rows.append(row)
        return rows

    def _item_records(self) -> list[dict]:
        """The items as given: a JSON array of objects (in CSV, its text)."""
        items = self.record.get("items") or []
        if isinstance(items, str):
            try:
                items = json.loads(items)
            except json.JSONDecodeError:
                items = None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            self.problems.append("field items: not a JSON array of items")
            return []
        return items

    def _item(self, run: PledgeImport, where: str, item: dict) -> tuple:
        """One aid item's columns, each value by the rules of its AidItem field."""
        slug = str(item.get("item_type") or "")
        item_type = run.item_types.get(slug)
        if item_type is None:
            self.problems.append(f"{where}item_type: no item type {slug!r}")
        name = self._text("name", ITEM_RULES["name"], where, item)
        quantity, unit = self._quantity_and_unit(where, item)
        paragraph = self._whole("paragraph", ITEM_RULES["paragraph"], where, item)
        quote = self._text("quote", ITEM_RULES["quote"], where, item)
        return (item_type, name, quantity, unit, paragraph, quote)

    def _quantity_and_unit(self, where: str, item: dict) -> tuple[int | None, str]:
        """An item's quantity and its unit: a unit only with a quantity. A wrong quantity is
        reported alone, not as a unit without its quantity too."""
        before = len(self.problems)
        quantity = self._whole("quantity", ITEM_RULES["quantity"], where, item)
        unit = self._text("unit", ITEM_RULES["unit"], where, item)
        if unit and quantity is None and len(self.problems) == before:
            self.problems.append(f"{where}unit: a unit needs a quantity")
        return quantity, unit


def _amount_problem(amount: Decimal) -> str:
    """What keeps `amount` out of the model's amount field, or "" if nothing does."""
    minimum = PLEDGE_RULES["amount"].minimum
    if not amount.is_finite() or amount < minimum or amount >= AMOUNT_BOUND:
        return f"must be at least {minimum} and less than 10^{AMOUNT_WHOLE_DIGITS}"
    if amount != amount.quantize(AMOUNT_STEP):
        return f"at most {AMOUNT.decimal_places} decimal places"
    return ""
