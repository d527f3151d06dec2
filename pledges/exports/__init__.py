"""CSV and JSON downloads of the list pages: every filtered row, streamed, in documented formats.

The formats are described in docs/formats.md, with a JSON Schema per list in docs/schemas/. Three
layers, each importing only those below it: writing.py (CSV cells and lines that no spreadsheet
runs as formulas, JSON), records.py (each list's rows as JSON records and CSV rows) and
postgresql.py (the pledge CSV written by PostgreSQL's COPY, the same file faster). This module
puts them together: one `Export` per list, which the views and the prebuilt files use.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.db import connection
from django.http import StreamingHttpResponse
from django.utils import timezone

from aidtracker import languages
from pledges.exports.records import (
    COUNTRY_CSV_COLUMNS,
    FACT_CSV_COLUMNS,
    ITEM_TYPE_CSV_COLUMNS,
    PLEDGE_CSV_COLUMNS,
    PLEDGE_VALUES,
    SANCTION_CSV_COLUMNS,
    STAGE_CSV_COLUMNS,
    country_csv_rows,
    country_records,
    fact_csv_rows,
    fact_records,
    item_type_csv_rows,
    item_type_records,
    plain,
    pledge_csv_rows,
    pledge_records,
    sanction_csv_rows,
    sanction_records,
    source_records,
    stage_csv_rows,
    stage_records,
)
from pledges.exports.writing import csv_cell, csv_lines, json_chunks, json_record

FORMATS = {"csv", "json"}


@dataclass(frozen=True)
class Export:
    """One list's download: how its rows become JSON records, and those records CSV rows."""

    name: str
    records: Callable[..., Iterator[dict]]  # (rows, request) -> JSON records
    csv_columns: list[str]
    csv_rows: Callable[[dict], Iterable[dict]]  # JSON record -> CSV rows
    # (rows, request) -> the CSV written by PostgreSQL, the same file much faster
    postgresql_csv: Callable[..., Iterator[bytes]] | None = None

    def response(self, request, fmt: str, rows) -> StreamingHttpResponse:
        """A streamed download of `rows` as CSV or JSON, named after the list and the day."""
        records = self.records(rows, request)
        if fmt == "csv" and self.postgresql_csv and connection.vendor == "postgresql":
            lines = self.postgresql_csv(rows, request)
            response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        elif fmt == "csv":
            lines = csv_lines(self.csv_columns, (r for rec in records for r in self.csv_rows(rec)))
            response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        else:
            params = request.GET.copy()
            params.pop("format", None)
            params.pop("page", None)
            query = f"?{params.urlencode()}" if params else ""
            meta = {
                "generated_at": timezone.now().isoformat(timespec="seconds"),
                # The list's English address: a download is the same from every language's page.
                "page": request.build_absolute_uri(languages.unprefixed(request.path) + query),
            }
            response = StreamingHttpResponse(
                json_chunks(self.name, records, meta),
                content_type="application/json; charset=utf-8",
            )
        stamp = timezone.now().date().isoformat()
        filename = f"aidtracker-{self.name}-{stamp}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def _pledge_csv_by_postgresql(rows, request):
    from pledges.exports.postgresql import pledge_csv  # PostgreSQL only: import when used

    return pledge_csv(rows, request)


PLEDGES = Export("pledges", pledge_records, PLEDGE_CSV_COLUMNS, pledge_csv_rows,
                 _pledge_csv_by_postgresql)  # fmt: skip
SANCTIONS = Export("sanctions", sanction_records, SANCTION_CSV_COLUMNS, sanction_csv_rows)
FACTS = Export("facts", fact_records, FACT_CSV_COLUMNS, fact_csv_rows)
STAGES = Export("stages", stage_records, STAGE_CSV_COLUMNS, stage_csv_rows)
COUNTRIES = Export("countries", country_records, COUNTRY_CSV_COLUMNS, country_csv_rows)
ITEM_TYPES = Export("items", item_type_records, ITEM_TYPE_CSV_COLUMNS, item_type_csv_rows)

__all__ = [
    "COUNTRIES",
    "COUNTRY_CSV_COLUMNS",
    "FACTS",
    "FACT_CSV_COLUMNS",
    "FORMATS",
    "ITEM_TYPES",
    "ITEM_TYPE_CSV_COLUMNS",
    "PLEDGES",
    "PLEDGE_CSV_COLUMNS",
    "PLEDGE_VALUES",
    "SANCTIONS",
    "SANCTION_CSV_COLUMNS",
    "STAGES",
    "STAGE_CSV_COLUMNS",
    "Export",
    "csv_cell",
    "csv_lines",
    "fact_records",
    "json_record",
    "plain",
    "pledge_records",
    "sanction_records",
    "source_records",
    "stage_records",
]  # fmt: skip
