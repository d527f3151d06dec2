"""The pledge CSV written by PostgreSQL itself, for downloads of a hundred thousand rows or more.

`COPY (SELECT ...) TO STDOUT` hands the file over in blocks, each row formatted in the database,
so Python only passes bytes along. The SELECT is the list's own filtered and sorted queryset,
with each column shaped exactly as records.py and writing.py write it on other databases: raw
numbers, ISO dates, formula-like text neutralised with a "'" by the same rule and pattern, items
as a JSON array (`[]` when there are none), and each value's basis by the rule of
Statement.basis (from `readings`, the date's precision and whether the value is there). The
tests run on both databases and read both files the same way, and on PostgreSQL check that the
two writers agree.
"""

from collections.abc import Iterator

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat, NullIf

from pledges.exports.records import PLEDGE_CSV_COLUMNS, UrlMaker, plain
from pledges.exports.writing import (
    FORMULA_AFTER_SEPARATOR,
    FORMULA_STARTS,
    MAYBE_FORMULA,
    csv_lines,
)
from pledges.models import AidItem, Basis, DatePrecision, Pledge


def _literal(text: str) -> str:
    """`text` as an SQL string constant, whatever standard_conforming_strings says."""
    return "E'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _holds_any(text: str, characters: str) -> str:
    return " OR ".join(f"strpos({text}, chr({ord(ch)})) > 0" for ch in characters)


# exports.writing.neutralised() in SQL. The start is read with ascii(), which gives the first code
# point without copying the text as left() does: a cost paid on every text cell.
_FIRST = ", ".join(str(ord(ch)) for ch in FORMULA_STARTS)
_PATTERN = _literal(FORMULA_AFTER_SEPARATOR.pattern)
_QUOTED = _literal(r"\1'\2")  # the pattern's two groups, a "'" between them
_MAYBE_FORMULA = _literal(MAYBE_FORMULA.pattern)


def neutralised_sql(text: str) -> str:
    """SQL for the text `text` (SQL) as exports.writing.neutralised writes it, step for step: a
    "'" before a formula character at the start; then, in the few texts with a formula character
    right after a separator or a blank (strpos first: it costs far less than a regex), the same
    pattern replaced in the text put after a line break, which stands for the cell's start. NULL
    stays NULL."""
    started = f"CASE WHEN ascii({text}) IN ({_FIRST}) THEN '''' || {text} ELSE {text} END"
    return (
        f"CASE WHEN ({_holds_any(text, '-=+@')}) AND {text} ~ {_MAYBE_FORMULA} "
        f"THEN substr(regexp_replace(chr(10) || {started}, {_PATTERN}, {_QUOTED}, 'g'), 2) "
        f"ELSE {started} END"
    )


class Neutralised(Func):
    """Text that a spreadsheet would run as a formula, with a "'" put before it."""

    template = neutralised_sql("%(expressions)s")
    output_field = TextField()


class IsoTimestamp(Func):
    """A timestamp as Python's isoformat() writes it: 2026-11-24T09:29:51.123450+00:00, all six
    digits of a fraction (to_json would drop trailing 0s), and none when it is .000000."""

    template = (
        "replace(to_char(%(expressions)s, 'YYYY-MM-DD\"T\"HH24:MI:SS.USTZH:TZM'), '.000000', '')"
    )
    output_field = TextField()


class RawNumber(Func):
    """350000000.00 -> 350000000; 12.50 -> 12.5."""

    function = "trim_scale"
    output_field = CharField()


class Reading(Func):
    """What a statement's `readings` says of one value (`read`, `derived`), or NULL. The field's
    name is written into the SQL rather than passed as a parameter, which the text's
    neutralisation, repeating its argument, would repeat out of step."""

    template = "(%(expressions)s ->> '%(name)s')"
    output_field = TextField()


class ItemsJson(Subquery):
    """A pledge's aid items as a JSON array of objects, in the order they were entered."""

    template = (
        "(SELECT coalesce(json_agg(items.item ORDER BY items.id), '[]') FROM (%(subquery)s) items)"
    )
    output_field = TextField()


def _items():
    return ItemsJson(
        AidItem.objects.filter(pledge=OuterRef("pk"))
        .annotate(
            item=Func(
                Value("item_type"),
                F("item_type__slug"),
                Value("item_type_name"),
                F("item_type__name"),
                Value("name"),
                F("name"),
                Value("quantity"),
                F("quantity"),
                Value("unit"),
                F("unit"),
                Value("paragraph"),
                F("paragraph"),
                Value("quote"),
                F("quote"),
                function="json_build_object",
                output_field=TextField(),
            )
        )
        .order_by("id")  # not the items' default order, which would join their pledges
        .values("id", "item")
    )


def _text(field: str):
    """Text as downloads write it: neutralised, and empty rather than quoted when blank. Codes,
    slugs and references too (a slug may start with "-"), as the Python writer does."""
    return NullIf(Neutralised(F(field)), Value(""), output_field=TextField())


def _basis(model, name: str):
    """The basis of the value `name` as Statement.basis tells it, in SQL: unknown when the value
    is NULL or empty; for a date, derived when its precision is, else stated; for another value,
    what `readings` says of it (neutralised, as the Python writer writes any text), else stated."""
    empty = Q(**{f"{name}__isnull": True})
    if isinstance(model._meta.get_field(name), CharField | TextField):
        empty |= Q(**{name: ""})
    if name in model.dates:
        derived = Q(**{model.dates[name]: DatePrecision.DERIVED})
        known = Case(
            When(derived, then=Value(Basis.DERIVED.value)), default=Value(Basis.STATED.value)
        )
    else:
        read = NullIf(Neutralised(Reading(F("readings"), name=name)), Value(""))
        known = Coalesce(read, Value(Basis.STATED.value))
    return Case(
        When(empty, then=Value(Basis.UNKNOWN.value)), default=known, output_field=TextField()
    )


def _columns(request) -> dict:
    """The expression of each column of the CSV, in PLEDGE_CSV_COLUMNS' order; None for the one
    that the outer query computes."""
    url = UrlMaker(request, "pledges:pledge-detail")
    prefix, _, suffix = url.template.partition(url.placeholder)
    return {
        "id": F("id"),
        "url": Concat(
            Value(prefix), Cast("id", CharField()), Value(suffix), output_field=TextField()
        ),
        "donor": _text("donor__name"),
        "donor_slug": _text("donor__slug"),
        "donor_code": _text("donor__iso_code"),
        "recipient": _text("recipient__name"),
        "recipient_slug": _text("recipient__slug"),
        "recipient_code": _text("recipient__iso_code"),
        "category": _text("category"),
        "lethality": _text("lethality"),
        "status": _text("status"),
        "amount": RawNumber(F("amount")),
        "currency": _text("currency"),
        "announced_on": F("announced_on"),
        "announced_precision": _text("announced_precision"),
        "announced_as": _text("announced_as"),
        "description": _text("description"),
        "item_count": None,  # counted from the items, in the outer query below
        "items": _items(),
        "source_reference": _text("source__reference"),
        "source_title": _text("source__title"),
        "paragraph": F("paragraph"),
        "quote": _text("quote"),
        "reading_note": _text("reading_note"),
        "reference": _text("reference"),
        "updated_at": IsoTimestamp(F("updated_at")),
        **{f"{name}_basis": _basis(Pledge, name) for name in (*Pledge.readable, *Pledge.dates)},
        **{name: RawNumber(F(name)) for name in ("value_usd", "value_eur", "usd_rate", "eur_rate")},
        "rate_on": F("rate_on"),
        "rate_period": _text("rate_period"),
        "adds_to_earlier": Case(
            When(adds_to_earlier=True, then=Value("true")),
            default=Value("false"),
            output_field=TextField(),
        ),
        "adds_to": F("adds_to_id"),
        "part_of": F("part_of_id"),
    }


def _outer_column(name: str) -> str:
    """A column as the outer query selects it: the item count from the JSON array of items, the
    array's text neutralised, any other as the inner query wrote it."""
    if name == "item_count":
        return "json_array_length(csv_items)"
    if name == "items":
        return neutralised_sql("csv_items::text")
    return f"csv_{name}"


def _copied(cursor, query: str) -> Iterator[bytes]:
    """The rows of `query` as COPY writes them in CSV."""
    with cursor.copy(f"COPY ({query}) TO STDOUT WITH (FORMAT csv)") as copy:
        # The database sends a row at a time; the browser gets them 256 kB at a time.
        buffer = bytearray()
        for row in copy:
            buffer += row
            if len(buffer) >= 262144:
                yield bytes(buffer)
                buffer.clear()
        yield bytes(buffer)


def pledge_csv(queryset, request) -> Iterator[bytes]:
    """The CSV download of `queryset`, in its order, as PostgreSQL writes it."""
    columns = _columns(request)
    assert list(columns) == PLEDGE_CSV_COLUMNS
    aliases = {f"csv_{name}": e for name, e in columns.items() if e is not None}
    rows = plain(queryset).annotate(**aliases).values_list(*aliases)
    sql, params = rows.query.sql_with_params()
    # The outer query counts each pledge's items from its JSON array, rather than running a
    # second subquery a row, then neutralises the array's text; it reads the inner query's rows
    # in their order.
    outer = ", ".join(_outer_column(name) for name in PLEDGE_CSV_COLUMNS)
    yield next(csv_lines(PLEDGE_CSV_COLUMNS, [])).encode()  # the byte-order mark and header
    with connection.cursor() as cursor:
        query = f"SELECT {outer} FROM ({cursor.mogrify(sql, params)}) AS rows"
        yield from _copied(cursor, query)
