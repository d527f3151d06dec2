"""The pledge CSV written by PostgreSQL itself, for downloads of a hundred thousand rows or more.

`COPY (SELECT ...) TO STDOUT` hands the file over in blocks, each row formatted in the database,
so Python only passes bytes along. The SELECT is the list's own filtered and sorted queryset, with
each column shaped exactly as pledges.exports writes it on other databases: raw numbers, ISO
dates, formula-like text neutralised with a leading "'", items as a JSON array. The tests run on
both databases and read both files the same way.
"""

from collections.abc import Iterator

from django.db import connection
from django.db.models import (
    CharField,
    F,
    Func,
    OuterRef,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Concat, NullIf

from pledges.exports import FORMULA_STARTS, PLEDGE_CSV_COLUMNS, UrlMaker, csv_lines, plain
from pledges.models import AidItem

_FIRST = ", ".join(f"chr({ord(ch)})" for ch in FORMULA_STARTS)


class Neutralised(Func):
    """Text that a spreadsheet would run as a formula, with a "'" put before it."""

    template = (
        f"CASE WHEN left(%(expressions)s, 1) IN ({_FIRST}) THEN '''' || %(expressions)s "
        "ELSE %(expressions)s END"
    )
    output_field = TextField()


class IsoTimestamp(Func):
    """A timestamp as Python's isoformat() writes it: 2026-11-24T09:29:51.123456+00:00."""

    template = "(to_json(%(expressions)s) #>> '{}')"
    output_field = TextField()


class RawNumber(Func):
    """350000000.00 -> 350000000; 12.50 -> 12.5."""

    function = "trim_scale"
    output_field = CharField()


class ItemsJson(Subquery):
    """A pledge's aid items as a JSON array of objects, in the order they were entered."""

    template = "(SELECT json_agg(items.item ORDER BY items.id) FROM (%(subquery)s) items)"
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


def pledge_csv(queryset, request) -> Iterator[bytes]:
    """The CSV download of `queryset`, in its order, as PostgreSQL writes it."""
    url = UrlMaker(request, "pledges:pledge-detail")
    prefix, _, suffix = url.template.partition(url.placeholder)
    columns = {
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
    }
    assert list(columns) == PLEDGE_CSV_COLUMNS
    aliases = {f"csv_{name}": e for name, e in columns.items() if e is not None}
    rows = plain(queryset).annotate(**aliases).values_list(*aliases)
    sql, params = rows.query.sql_with_params()
    # The outer query counts each pledge's items from its JSON array, rather than running a
    # second subquery a row; it reads the inner query's rows in their order.
    outer = ", ".join(
        "coalesce(json_array_length(csv_items), 0)" if name == "item_count" else f"csv_{name}"
        for name in PLEDGE_CSV_COLUMNS
    )
    yield next(csv_lines(PLEDGE_CSV_COLUMNS, [])).encode()  # the byte-order mark and header
    with connection.cursor() as cursor:
        query = f"SELECT {outer} FROM ({cursor.mogrify(sql, params)}) AS rows"
        with cursor.copy(f"COPY ({query}) TO STDOUT WITH (FORMAT csv)") as copy:
            # The database sends a row at a time; the browser gets them 256 kB at a time.
            buffer = bytearray()
            for row in copy:
                buffer += row
                if len(buffer) >= 262144:
                    yield bytes(buffer)
                    buffer.clear()
            yield bytes(buffer)
