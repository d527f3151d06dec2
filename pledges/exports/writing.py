"""Writing downloads: CSV cells and lines that no spreadsheet runs as formulas, and JSON.

The lowest layer of the exports: the record builders (records.py) and PostgreSQL's COPY writer
(postgresql.py) write through it, and the bulk import reads files written by it (reversing the
neutralising "'" by the same patterns).
"""

import csv
import datetime
import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import islice


def batched(iterable: Iterable, size: int) -> Iterator[list]:
    """[1, 2, 3, 4, 5] in 2s -> [1, 2], [3, 4], [5] (itertools.batched arrives in Python 3.12)."""
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


# A value a spreadsheet would run as a formula starts with one of these; it gets a leading "'".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
# A formula can also start inside a cell, wherever a spreadsheet may cut it into fields or lines:
# after a field separator (, ; tab |) or a line break, with any spaces, tabs and line breaks
# between ("x;=1+1", "x\n =1"). Such a formula character (= + - @) gets a "'" just before it.
# Run on the text after a line break, which stands for the cell's start, so that " =1" is caught
# too. PostgreSQL's COPY path runs the same pattern (exports.postgresql); the bulk import
# removes the "'" again where the second pattern finds one.
FORMULA_AFTER_SEPARATOR = re.compile(r"([,;\t|\r\n][ \t\r\n]*)([-=+@])")
NEUTRALISED_AFTER_SEPARATOR = re.compile(r"([,;\t|\r\n][ \t\r\n]*)'([-=+@])")
# A formula character right after a separator or a blank: text without one is left as it is.
MAYBE_FORMULA = re.compile(r"[,;\t|\r\n ][-=+@]")


def raw_number(value: Decimal | int | None) -> int | float | None:
    """350000000.00 -> 350000000; 12.50 -> 12.5: numbers as numbers, without display padding."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _quoted(match: re.Match) -> str:
    return f"{match[1]}'{match[2]}"


def neutralised(text: str) -> str:
    """Text with a "'" before each place a spreadsheet could start a formula: "=1" -> "'=1",
    "x;=1+1" -> "x;'=1+1", "\\n-2" -> "\\n'-2". Nothing else changes (see docs/formats.md)."""
    if text[:1] in FORMULA_FIRST:
        text = "'" + text
    # The fast path: wherever the pattern matches, a formula character follows a separator or a
    # blank, and most text has no formula character at all, let alone one placed so.
    if ("-" in text or "=" in text or "+" in text or "@" in text) and MAYBE_FORMULA.search(text):
        text = FORMULA_AFTER_SEPARATOR.sub(_quoted, "\n" + text)[1:]
    return text


def csv_cell(value) -> str:
    """A value as spreadsheets should see it: raw, ISO-dated, never run as a formula."""
    kind = type(value)
    if kind is str:
        return neutralised(value)
    if value is None:
        return ""
    if kind is int or kind is float:
        return str(value)
    if kind is Decimal:
        return str(raw_number(value))
    if kind is datetime.date or kind is datetime.datetime:
        return value.isoformat()
    return neutralised(str(value))


class _Line:
    """A file-like object whose write() returns what was written, for csv.writer to stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(columns: list[str], rows: Iterable[dict], batch: int = 200) -> Iterator[str]:
    """The CSV file, a few hundred rows at a time (one write per row would cost more than it)."""
    writer = csv.writer(_Line())
    # A byte-order mark tells spreadsheets that the file is UTF-8.
    yield "\ufeff" + writer.writerow(columns)
    lines = []
    for row in rows:
        lines.append(writer.writerow([csv_cell(row.get(column)) for column in columns]))
        if len(lines) >= batch:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def _json_default(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return raw_number(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_record(record: dict) -> str:
    """One record as a JSON document, its values written as the downloads write them."""
    return json.dumps(record, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def json_chunks(key: str, records: Iterable[dict], meta: dict) -> Iterator[str]:
    """A JSON object with `meta` and the array `key`, one record a line, as they are read."""
    head = json.dumps(meta, ensure_ascii=False, default=_json_default)[:-1]
    yield f'{head}, "{key}": [\n'
    encode = json.JSONEncoder(ensure_ascii=False, default=_json_default).encode
    separator = ""
    for chunk in batched(records, 200):  # a few hundred records a write, one a line
        yield separator + ",\n".join(map(encode, chunk))
        separator = ",\n"
    yield "\n]}\n"
