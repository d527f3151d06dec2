"""Whole-list downloads, built ahead as files: `manage.py build_downloads [--watch]`.

A download of a whole list (every pledge, every sanction) is the same for every reader until
the data changes, and at a million pledges it takes longer to write than a request may last. So
the builder writes each list once, as CSV and JSON in the formats of the filtered downloads
(docs/formats.md), plus an SQLite file of the public tables that Datasette or pandas open
directly, into settings.DOWNLOADS_DIR. The files are served as they are (by nginx in docker
compose), listed with their date, size and checksum on /downloads/, and a whole-list download
(`/pledges/?format=csv`) redirects to its file. Filtered downloads keep streaming.

Each file is written under a temporary name and moved into place, and the manifest last, so a
reader never gets half a file. The manifest records the page version the files were built from
(pledges.versions): with `--watch`, the builder rebuilds whenever an edit or import has moved it.
"""

import gzip
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pledges import exports
from pledges.exports.records import UrlMaker
from pledges.exports.writing import batched, raw_number
from pledges.models import (
    AidItem,
    Country,
    Fact,
    ItemType,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionTarget,
    Source,
)
from pledges.versions import pages_version

MANIFEST = "manifest.json"
SQLITE_NAME = "aidtracker.sqlite3"


@dataclass(frozen=True)
class WholeList:
    """One list page whose every row is a download of its own."""

    export: exports.Export
    url_name: str
    contents: str  # what a reader finds in it, for /downloads/ (translated as the page is drawn)

    def rows(self):
        if self.export is exports.ITEM_TYPES:
            return ItemType.objects.catalogue()
        if self.export is exports.COUNTRIES:
            return Country.objects.with_data().order_by("name")
        model = {"pledges": Pledge, "sanctions": Sanction, "facts": Fact, "stages": PledgeEvent}[
            self.export.name
        ]
        return model.objects.for_listing()

    def file_name(self, fmt: str) -> str:
        return f"aidtracker-{self.export.name}.{fmt}"


WHOLE_LISTS = {
    whole.export.name: whole
    for whole in [
        WholeList(
            exports.PLEDGES, "pledges:pledge-list", gettext_lazy("Every pledge, with its aid items")
        ),
        WholeList(exports.SANCTIONS, "pledges:sanction-list", gettext_lazy("Every sanction")),
        WholeList(
            exports.FACTS,
            "pledges:fact-list",
            gettext_lazy("Every other fact about a country, such as people who fled"),
        ),
        WholeList(
            exports.STAGES,
            "pledges:stage-list",
            gettext_lazy(
                "Every stage of every pledge (announced, approved, delivered…), with its source"
            ),
        ),
        WholeList(
            exports.COUNTRIES, "pledges:country-list", gettext_lazy("Every country with data")
        ),
        WholeList(exports.ITEM_TYPES, "pledges:itemtype-list", gettext_lazy("Every kind of item")),
    ]
}


def site_request(path: str):
    """A request for `path` at the site's public address (settings.SITE_URL), from which the
    downloads build their absolute links, as they do from a reader's request."""
    site = urlsplit(settings.SITE_URL)
    request = RequestFactory().get(path, secure=site.scheme == "https")
    request.get_host = lambda: site.netloc  # the configured address, not a client's claim
    return request


# --- Reading what was built ------------------------------------------------------------------


def manifest(directory: Path | None = None) -> dict | None:
    """What the last build wrote, or None if nothing was built (or the manifest is unreadable)."""
    path = Path(directory or settings.DOWNLOADS_DIR) / MANIFEST
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def built_file(name: str, directory: Path | None = None) -> Path | None:
    """The path of a built file listed in the manifest, or None: nothing else is ever served."""
    built = manifest(directory)
    if built is None or name not in {entry["name"] for entry in built["files"]}:
        return None
    path = Path(directory or settings.DOWNLOADS_DIR) / name
    return path if path.is_file() else None


def contents(entry: dict) -> str:
    """What a built file holds, in words."""
    if entry["format"] == "sqlite":
        return _(
            "Every public table (pledges, aid items, sanctions, facts, countries, sources), "
            "for Datasette, pandas or sqlite3"
        )
    # Translators: a download's contents and its format: "Every sanction, as CSV".
    return _("%(contents)s, as %(format)s") % {
        "contents": WHOLE_LISTS[entry["list"]].contents,
        "format": entry["format"].upper(),
    }


def whole_list_file(list_name: str, fmt: str) -> str | None:
    """The name of the built file of a whole list in `fmt`, if there is one."""
    whole = WHOLE_LISTS.get(list_name)
    if whole is None:
        return None
    name = whole.file_name(fmt)
    return name if built_file(name) else None


# --- Building --------------------------------------------------------------------------------


class _Writer:
    """Writes a file under a temporary name, with its gzip twin (for nginx's gzip_static),
    counting its size and checksum; `commit` moves both into place."""

    def __init__(self, path: Path):
        self.path = path
        self.temporary = path.with_name(f".{path.name}.tmp")
        self.gz_temporary = path.with_name(f".{path.name}.gz.tmp")
        # Both files stay open across writes; commit() closes them.
        self.file = open(self.temporary, "wb")  # noqa: SIM115
        self.gz = gzip.open(self.gz_temporary, "wb", compresslevel=6)  # noqa: SIM115
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.sha256.update(data)
        self.size += len(data)
        self.gz.write(data)

    def commit(self) -> dict:
        self.file.close()
        self.gz.close()
        os.replace(self.temporary, self.path)
        os.replace(self.gz_temporary, self.path.with_name(self.path.name + ".gz"))
        return {"name": self.path.name, "size": self.size, "sha256": self.sha256.hexdigest()}


def _as_bytes(chunks: Iterable) -> Iterator[bytes]:
    for chunk in chunks:
        yield chunk.encode() if isinstance(chunk, str) else chunk


def _write_list(whole: WholeList, fmt: str, directory: Path) -> dict:
    request = site_request(reverse(whole.url_name) + f"?format={fmt}")
    response = whole.export.response(request, fmt, whole.rows())
    writer = _Writer(directory / whole.file_name(fmt))
    for chunk in _as_bytes(response.streaming_content):
        writer.write(chunk)
    return {**writer.commit(), "list": whole.export.name, "format": fmt}


def build(directory: Path | None = None) -> dict:
    """Write every whole-list file and the SQLite file, then the manifest; return it.

    On PostgreSQL every file is read from one snapshot of the data (REPEATABLE READ), so the
    files agree with each other and with the page version they record.
    """
    directory = Path(directory or settings.DOWNLOADS_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob(".*.tmp"):  # left by a build that was stopped
        stale.unlink()
    started = time.monotonic()
    with _snapshot():
        version = pages_version()
        counts = {
            "pledges": Pledge.objects.count(),
            "sanctions": Sanction.objects.count(),
            "countries": Country.objects.with_data().count(),
            "items": ItemType.objects.count(),
            "facts": Fact.objects.count(),
            "stages": PledgeEvent.objects.count(),
        }
        files = []
        for whole in WHOLE_LISTS.values():
            for fmt in sorted(exports.FORMATS):
                files.append(
                    {**_write_list(whole, fmt, directory), "records": counts[whole.export.name]}
                )
        files.append(
            {**write_sqlite(directory / SQLITE_NAME), "list": "all", "format": "sqlite",
             "records": None}
        )  # fmt: skip
    built = {
        "built_at": timezone.now().isoformat(timespec="seconds"),
        "pages_version": version,
        "seconds": round(time.monotonic() - started, 1),
        "files": files,
    }
    temporary = directory / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(built, indent=2) + "\n")
    os.replace(temporary, directory / MANIFEST)
    return built


@contextmanager
def _snapshot():
    """On PostgreSQL, one read-only snapshot of the data for the whole build. SQLite's
    transactions here take the write lock (settings.py), which would hold editors up for as long
    as the build lasts, so there each query reads the data as it is."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield  # (inside a transaction already, the build reads as that transaction does)
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def is_current(built: dict | None) -> bool:
    """Whether `built` holds the data as it is now (no edit since)."""
    return built is not None and built["pages_version"] == pages_version()


def rebuild_if_changed(directory: Path | None = None) -> dict | None:
    """Build the files if the data changed since they were built (or they never were)."""
    return None if is_current(manifest(directory)) else build(directory)


def watch(every: float, directory: Path | None = None, log=print) -> None:
    """Rebuild whenever the data has changed since the last build; check every `every` seconds."""
    while True:
        if built := rebuild_if_changed(directory):
            log(f"Built {len(built['files'])} downloads in {built['seconds']} s "
                f"(page version {built['pages_version']}).")  # fmt: skip
        connection.close()  # hold no connection while waiting
        time.sleep(every)


# --- The SQLite file of the public tables ------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A public table of the SQLite download: its name, the model it is read from, and its
    columns as {column: field path}, with the tables its `*_id` columns point to."""

    name: str
    model: type
    columns: dict[str, str]
    references: dict[str, str]
    url_name: str | None = None


TABLES = [
    Table("countries", Country,
          {"id": "id", "slug": "slug", "iso_code": "iso_code", "name": "name", "kind": "kind",
           "pledges_given": "pledges_given_count", "pledges_received": "pledges_received_count",
           "sanctions_imposed": "sanctions_imposed_count",
           "sanctions_received": "sanctions_received_count"}, {}),
    Table("sources", Source,
          {"id": "id", "reference": "reference", "title": "title", "publisher": "publisher",
           "authors": "authors", "published_on": "published_on", "url": "url",
           "is_synthetic": "is_synthetic", "published_precision": "published_precision",
           "published_note": "published_note"}, {}, "pledges:source-detail"),
    Table("item_types", ItemType,
          {"id": "id", "slug": "slug", "name": "name", "description": "description"}, {}),
    Table("pledges", Pledge,
          {"id": "id", "reference": "reference", "donor_id": "donor_id",
           "recipient_id": "recipient_id", "category": "category", "lethality": "lethality",
           "status": "status", "description": "description", "amount": "amount",
           "currency": "currency", "announced_on": "announced_on",
           "announced_precision": "announced_precision", "announced_as": "announced_as",
           "source_id": "source_id", "paragraph": "paragraph", "quote": "quote",
           "reading_note": "reading_note", "updated_at": "updated_at", "readings": "readings"},
          {"donor_id": "countries", "recipient_id": "countries", "source_id": "sources"},
          "pledges:pledge-detail"),
    Table("aid_items", AidItem,
          {"id": "id", "pledge_id": "pledge_id", "item_type_id": "item_type_id", "name": "name",
           "quantity": "quantity", "unit": "unit", "paragraph": "paragraph", "quote": "quote"},
          {"pledge_id": "pledges", "item_type_id": "item_types"}),
    Table("pledge_stages", PledgeEvent,
          {"id": "id", "pledge_id": "pledge_id", "stage": "stage", "stage_read": "stage_read",
           "occurred_on": "occurred_on", "occurred_precision": "occurred_precision",
           "occurred_as": "occurred_as", "amount": "amount", "currency": "currency",
           "item_id": "item_id", "quantity": "quantity", "source_id": "source_id",
           "paragraph": "paragraph", "quote": "quote", "reading_note": "reading_note",
           "updated_at": "updated_at"},
          {"pledge_id": "pledges", "item_id": "aid_items", "source_id": "sources"}),
    Table("sanctions", Sanction,
          {"id": "id", "reference": "reference", "imposer_id": "imposer_id",
           "target_id": "target_id", "measure": "measure", "target_kind": "target_kind",
           "targets_count": "targets_count", "description": "description",
           "imposed_on": "imposed_on", "imposed_precision": "imposed_precision",
           "imposed_as": "imposed_as", "lifted_on": "lifted_on", "source_id": "source_id",
           "paragraph": "paragraph", "quote": "quote", "reading_note": "reading_note",
           "updated_at": "updated_at", "readings": "readings"},
          {"imposer_id": "countries", "target_id": "countries", "source_id": "sources"},
          "pledges:sanction-detail"),
    Table("sanction_targets", SanctionTarget,
          {"id": "id", "sanction_id": "sanction_id", "name": "name"},
          {"sanction_id": "sanctions"}),
    Table("facts", Fact,
          {"id": "id", "reference": "reference", "country_id": "country_id",
           "about_id": "about_id", "kind": "kind", "value": "value", "qualifier": "qualifier",
           "unit": "unit", "description": "description", "stated_on": "stated_on",
           "stated_precision": "stated_precision", "stated_as": "stated_as",
           "source_id": "source_id", "paragraph": "paragraph", "quote": "quote",
           "reading_note": "reading_note", "readings": "readings", "updated_at": "updated_at"},
          {"country_id": "countries", "about_id": "countries", "source_id": "sources"},
          "pledges:fact-detail"),
]  # fmt: skip


def _sqlite_type(field) -> str:
    kind = field.get_internal_type()
    if kind in ("BooleanField",) or "Integer" in kind or kind in ("AutoField", "BigAutoField"):
        return "INTEGER"
    if kind == "DecimalField":
        return "NUMERIC"
    return "TEXT"


def _sqlite_value(value):
    if value == "":  # a value not stated, as the JSON downloads write it: null
        return None
    if isinstance(value, dict):  # `readings`, as JSON text: {"currency": "read"}
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Decimal):
        return raw_number(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_sqlite(path: Path) -> dict:
    """The public tables as an SQLite file, with their links declared as foreign keys (so that
    Datasette links rows) and indexed; a value not stated is NULL, as in the JSON downloads."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    database = sqlite3.connect(temporary)
    database.execute("PRAGMA journal_mode = OFF")
    database.execute("PRAGMA synchronous = OFF")
    for table in TABLES:
        _write_table(database, table)
    database.commit()
    database.close()
    sha256, size = hashlib.sha256(), 0
    with open(temporary, "rb") as built:
        while block := built.read(1 << 20):
            sha256.update(block)
            size += len(block)
    os.replace(temporary, path)
    return {"name": path.name, "size": size, "sha256": sha256.hexdigest()}


def _write_table(database: sqlite3.Connection, table: Table) -> None:
    """One public table: created, filled with its rows, and its links indexed."""
    database.execute(f'CREATE TABLE "{table.name}" ({", ".join(_definitions(table))})')
    _insert_rows(database, table)
    for column in table.references:
        database.execute(f'CREATE INDEX "{table.name}_{column}" ON "{table.name}" ("{column}")')


def _definitions(table: Table) -> list[str]:
    """The table's columns in SQL: each with its type, the key or the table it points to; and a
    `page` column, the detail page's address, for a table whose rows have one."""
    fields = {field.attname: field for field in table.model._meta.concrete_fields}
    definitions = []
    for column, path in table.columns.items():
        definition = f'"{column}" {_sqlite_type(fields[path])}'
        if column == "id":
            definition += " PRIMARY KEY"
        elif column in table.references:
            definition += f' REFERENCES "{table.references[column]}"("id")'
        definitions.append(definition)
    if table.url_name:
        definitions.append('"page" TEXT')
    return definitions


def _insert_rows(database: sqlite3.Connection, table: Table) -> None:
    """The table's rows, in the order of their ids, a few thousand at a time."""
    url = UrlMaker(site_request("/"), table.url_name) if table.url_name else None
    placeholders = ", ".join("?" * (len(table.columns) + bool(url)))
    insert = f'INSERT INTO "{table.name}" VALUES ({placeholders})'
    rows = (
        table.model._base_manager.order_by("id")
        .values_list(*table.columns.values())
        .iterator(chunk_size=5000)
    )
    for chunk in batched(rows, 5000):
        database.executemany(
            insert,
            [[*map(_sqlite_value, row), *([url(row[0])] if url else [])] for row in chunk],
        )
