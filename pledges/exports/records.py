"""The record builders of the downloads: each list's rows as JSON records, and those records
as CSV rows, in the formats of docs/formats.md.

Files hold raw values (135000, 2022-02-26, USD), never display strings, and an unknown value is
empty (CSV) or null (JSON), never zero; each value that a source may leave to be read or worked
out comes with its basis (stated, read, derived, unknown). Rows are read in chunks, so memory
stays flat however many rows there are. They also give a detail page's one record, as its JSON
(`?format=json`).
"""

import json
from collections.abc import Iterator

from django.urls import reverse

from pledges.exports.writing import batched, raw_number
from pledges.models import AidItem, Basis, DatePrecision, Fact, Pledge, Sanction, SanctionTarget

CHUNK = 2000


def plain(queryset):
    """The queryset without its page-rendering joins: an export names exactly what it reads."""
    return queryset.select_related(None).prefetch_related(None)


def country(row: dict, prefix: str) -> dict:
    return {
        "name": row[f"{prefix}__name"],
        "slug": row[f"{prefix}__slug"],
        "code": row[f"{prefix}__iso_code"],
    }


def provenance(row: dict) -> dict:
    return {
        "source": {
            "id": row["source_id"],
            "reference": row["source__reference"],
            "title": row["source__title"],
            "publisher": row["source__publisher"],
            "url": row["source__url"],
        },
        "paragraph": row["paragraph"],
        "quote": row["quote"],
        "reading_note": row["reading_note"],
    }


STATED, UNKNOWN, DERIVED = Basis.STATED.value, Basis.UNKNOWN.value, Basis.DERIVED.value


def value_bases(model, row: dict) -> dict[str, str]:
    """{field: "stated" | "read" | "derived" | "unknown"} for each value of a `model` record that
    can be read or worked out (docs/data-files.md, "Stated, read, derived"), from a row holding
    those values, `readings` and the dates' precisions.

    The rule of Statement.basis, restated over plain rows: building a model instance for each
    row would cost downloads several times what this does. The tests hold the two equal, and
    the PostgreSQL writer's (exports.postgresql) too.
    """
    readings = row["readings"] or {}
    bases = {
        name: UNKNOWN if row[name] is None or row[name] == "" else readings.get(name, STATED)
        for name in model.readable
    }
    for name, precision in model.dates.items():
        known = DERIVED if row[precision] == DatePrecision.DERIVED else STATED
        bases[name] = UNKNOWN if row[name] is None else known
    return bases


def origin(model, row: dict) -> dict:
    """The closing fields of a pledge's, sanction's or fact's record: where it was read, its
    reference, its last change and the basis of each value."""
    return {
        "provenance": provenance(row),
        "reference": row["reference"],
        "updated_at": row["updated_at"],
        "bases": value_bases(model, row),
    }


def flat_bases(record: dict) -> dict:
    """The CSV's `<field>_basis` columns of a JSON record's `bases`."""
    return {f"{name}_basis": basis for name, basis in record["bases"].items()}


class UrlMaker:
    """Absolute URLs of detail pages, built once from the request rather than once a row."""

    def __init__(self, request, url_name: str):
        placeholder = 987654321
        self.template = request.build_absolute_uri(reverse(url_name, args=[placeholder]))
        self.placeholder = str(placeholder)

    def __call__(self, pk: int) -> str:
        return self.template.replace(self.placeholder, str(pk))


# --- Pledges ---------------------------------------------------------------------------------

PLEDGE_VALUES = [
    "id", "reference", "category", "lethality", "status", "amount", "currency", "value_usd",
    "value_eur", "usd_rate", "eur_rate", "rate_on", "rate_period", "announced_on",
    "announced_precision", "announced_as", "description", "paragraph", "quote", "reading_note",
    "readings", "updated_at", "source_id", "source__reference", "source__title",
    "source__publisher", "source__url", "donor__name", "donor__slug", "donor__iso_code",
    "recipient__name", "recipient__slug", "recipient__iso_code", "adds_to_earlier", "adds_to_id",
    "part_of_id",
]  # fmt: skip

PLEDGE_CSV_COLUMNS = [
    "id", "url", "donor", "donor_slug", "donor_code", "recipient", "recipient_slug",
    "recipient_code", "category", "lethality", "status", "amount", "currency", "announced_on",
    "announced_precision", "announced_as", "description", "item_count", "items",
    "source_reference", "source_title", "paragraph", "quote", "reading_note", "reference",
    "updated_at", "category_basis", "lethality_basis", "status_basis", "amount_basis",
    "currency_basis", "announced_on_basis", "value_usd", "value_eur", "usd_rate", "eur_rate",
    "rate_on", "rate_period", "adds_to_earlier", "adds_to", "part_of",
]  # fmt: skip


def pledge_records(queryset, request) -> Iterator[dict]:
    """The JSON object of each pledge of `queryset`, in its order, with items and provenance."""
    url = UrlMaker(request, "pledges:pledge-detail")
    rows = plain(queryset).values(*PLEDGE_VALUES).iterator(chunk_size=CHUNK)
    for chunk in batched(rows, CHUNK):
        items: dict[int, list] = {}
        item_rows = (
            AidItem.objects.filter(pledge_id__in=[row["id"] for row in chunk])
            .order_by("pledge_id", "id")
            .values_list("pledge_id", "item_type__slug", "item_type__name", "name", "quantity",
                         "unit", "paragraph", "quote")
        )  # fmt: skip
        for pledge_id, slug, type_name, name, quantity, unit, paragraph, quote in item_rows:
            items.setdefault(pledge_id, []).append(
                {"item_type": slug, "item_type_name": type_name, "name": name,
                 "quantity": quantity, "unit": unit, "paragraph": paragraph, "quote": quote}
            )  # fmt: skip
        for row in chunk:
            yield {
                "id": row["id"],
                "url": url(row["id"]),
                "donor": country(row, "donor"),
                "recipient": country(row, "recipient"),
                "category": row["category"],
                "lethality": row["lethality"] or None,
                "status": row["status"],
                "amount": raw_number(row["amount"]),
                "currency": row["currency"] or None,
                # Computed, not stated: at the ECB's rate for the date (pledges.conversions).
                **{
                    name: raw_number(row[name])
                    for name in ("value_usd", "value_eur", "usd_rate", "eur_rate")
                },
                "rate_on": row["rate_on"],
                "rate_period": row["rate_period"] or None,
                "announced_on": row["announced_on"],
                "announced_precision": row["announced_precision"],
                "announced_as": row["announced_as"],
                "description": row["description"],
                # Top-ups and packages: totals count a part's value in its package's only.
                "adds_to_earlier": row["adds_to_earlier"],
                "adds_to": row["adds_to_id"],
                "part_of": row["part_of_id"],
                "items": items.get(row["id"], []),
                **origin(Pledge, row),
            }


def pledge_csv_rows(record: dict) -> Iterator[dict]:
    yield {
        **{key: record[key] for key in ("id", "url", "category", "lethality", "status", "amount",
                                        "currency", "value_usd", "value_eur", "usd_rate",
                                        "eur_rate", "rate_on", "rate_period",
                                        "announced_on", "announced_precision",
                                        "announced_as", "description", "reference",
                                        "updated_at", "adds_to", "part_of")},
        "adds_to_earlier": "true" if record["adds_to_earlier"] else "false",
        **flat_country(record, "donor"),
        **flat_country(record, "recipient"),
        "item_count": len(record["items"]),
        "items": json.dumps(record["items"], ensure_ascii=False),
        **flat_provenance(record),
        **flat_bases(record),
    }  # fmt: skip


# --- Sanctions -------------------------------------------------------------------------------

SANCTION_VALUES = [
    "id", "reference", "measure", "target_kind", "targets_count", "description", "imposed_on",
    "imposed_precision", "imposed_as", "lifted_on", "paragraph", "quote", "reading_note",
    "readings", "updated_at", "source_id", "source__reference", "source__title",
    "source__publisher", "source__url", "imposer__name", "imposer__slug", "imposer__iso_code",
    "target__name", "target__slug", "target__iso_code", "in_force_on", "ended_on", "legal_act",
    "legal_act_url",
]  # fmt: skip

SANCTION_CSV_COLUMNS = [
    "id", "url", "imposer", "imposer_slug", "imposer_code", "target", "target_slug",
    "target_code", "measure", "target_kind", "targets_count", "named_targets", "description",
    "imposed_on", "imposed_precision", "imposed_as", "lifted_on", "source_reference",
    "source_title", "paragraph", "quote", "reading_note", "reference", "updated_at",
    "measure_basis", "target_kind_basis", "targets_count_basis", "imposed_on_basis",
    "in_force_on", "ended_on", "legal_act", "legal_act_url",
]  # fmt: skip


def sanction_records(queryset, request) -> Iterator[dict]:
    url = UrlMaker(request, "pledges:sanction-detail")
    rows = plain(queryset).values(*SANCTION_VALUES).iterator(chunk_size=CHUNK)
    for chunk in batched(rows, CHUNK):
        named: dict[int, list[str]] = {}
        for sanction_id, name in (
            SanctionTarget.objects.filter(sanction_id__in=[row["id"] for row in chunk])
            .order_by("sanction_id", "id")
            .values_list("sanction_id", "name")
        ):
            named.setdefault(sanction_id, []).append(name)
        for row in chunk:
            yield {
                "id": row["id"],
                "url": url(row["id"]),
                "imposer": country(row, "imposer"),
                "target": country(row, "target"),
                "measure": row["measure"],
                "target_kind": row["target_kind"],
                "targets_count": row["targets_count"],
                "named_targets": named.get(row["id"], []),
                "description": row["description"],
                "imposed_on": row["imposed_on"],
                "imposed_precision": row["imposed_precision"],
                "imposed_as": row["imposed_as"],
                "lifted_on": row["lifted_on"],
                # The earliest date in force that a source gives (Sanction.in_force_on).
                "in_force_on": row["in_force_on"],
                # The end as far as the sources say: a lifting's date, or else lifted_on.
                "ended_on": row["ended_on"],
                "legal_act": row["legal_act"] or None,
                "legal_act_url": row["legal_act_url"] or None,
                **origin(Sanction, row),
            }


def sanction_csv_rows(record: dict) -> Iterator[dict]:
    yield {
        **{key: record[key] for key in ("id", "url", "measure", "target_kind", "targets_count",
                                        "description", "imposed_on", "imposed_precision",
                                        "imposed_as", "lifted_on", "reference", "updated_at",
                                        "in_force_on", "ended_on", "legal_act",
                                        "legal_act_url")},
        **flat_country(record, "imposer"),
        **flat_country(record, "target"),
        "named_targets": json.dumps(record["named_targets"], ensure_ascii=False),
        **flat_provenance(record),
        **flat_bases(record),
    }  # fmt: skip


# --- Facts -----------------------------------------------------------------------------------

FACT_VALUES = [
    "id", "reference", "kind", "value", "qualifier", "unit", "description", "stated_on",
    "stated_precision", "stated_as", "paragraph", "quote", "reading_note", "readings",
    "updated_at", "source_id", "source__reference", "source__title", "source__publisher",
    "source__url", "country__name", "country__slug", "country__iso_code", "about__name",
    "about__slug", "about__iso_code",
]  # fmt: skip

FACT_CSV_COLUMNS = [
    "id", "url", "country", "country_slug", "country_code", "about", "about_slug", "about_code",
    "kind", "value", "qualifier", "unit", "description", "stated_on", "stated_precision",
    "stated_as", "source_reference", "source_title", "paragraph", "quote", "reading_note",
    "reference", "updated_at", "kind_basis", "value_basis", "qualifier_basis", "stated_on_basis",
]  # fmt: skip


def fact_records(queryset, request) -> Iterator[dict]:
    """The JSON object of each fact of `queryset`, in its order, with its provenance."""
    url = UrlMaker(request, "pledges:fact-detail")
    rows = plain(queryset).values(*FACT_VALUES).iterator(chunk_size=CHUNK)
    for row in rows:
        yield {
            "id": row["id"],
            "url": url(row["id"]),
            "country": country(row, "country"),
            "about": country(row, "about") if row["about__slug"] else None,
            "kind": row["kind"],
            "value": row["value"],
            "qualifier": row["qualifier"] or None,
            "unit": row["unit"],
            "description": row["description"],
            "stated_on": row["stated_on"],
            "stated_precision": row["stated_precision"],
            "stated_as": row["stated_as"],
            **origin(Fact, row),
        }


def fact_csv_rows(record: dict) -> Iterator[dict]:
    yield {
        **{key: record[key] for key in ("id", "url", "kind", "value", "qualifier", "unit",
                                        "description", "stated_on", "stated_precision",
                                        "stated_as", "reference", "updated_at")},
        **flat_country(record, "country"),
        **flat_country(record, "about"),
        **flat_provenance(record),
        **flat_bases(record),
    }  # fmt: skip


# --- Pledges' stages -------------------------------------------------------------------------

STAGE_VALUES = [
    "id", "pledge_id", "stage", "stage_read", "occurred_on", "occurred_precision", "occurred_as",
    "amount", "currency", "item_id", "item__name", "item__unit", "quantity", "paragraph",
    "quote", "reading_note", "updated_at", "source_id", "source__reference", "source__title",
    "source__publisher", "source__url", "pledge__donor__name", "pledge__donor__slug",
    "pledge__donor__iso_code", "pledge__recipient__name", "pledge__recipient__slug",
    "pledge__recipient__iso_code",
]  # fmt: skip

STAGE_CSV_COLUMNS = [
    "id", "pledge_id", "pledge_url", "donor", "donor_slug", "donor_code", "recipient",
    "recipient_slug", "recipient_code", "stage", "occurred_on", "occurred_precision",
    "occurred_as", "amount", "currency", "item_id", "item_name", "quantity", "unit",
    "source_reference", "source_title", "paragraph", "quote", "reading_note", "updated_at",
    "stage_basis", "occurred_on_basis",
]  # fmt: skip


def stage_records(queryset, request) -> Iterator[dict]:
    """The JSON object of each stage of a pledge in `queryset`, in its order, with its
    provenance; a delivery's stated value or item quantity where its source gives one."""
    url = UrlMaker(request, "pledges:pledge-detail")
    rows = plain(queryset).values(*STAGE_VALUES).iterator(chunk_size=CHUNK)
    for row in rows:
        derived = row["occurred_precision"] == DatePrecision.DERIVED
        yield {
            "id": row["id"],
            "pledge_id": row["pledge_id"],
            "pledge_url": url(row["pledge_id"]),
            "donor": country(row, "pledge__donor"),
            "recipient": country(row, "pledge__recipient"),
            "stage": row["stage"],
            "occurred_on": row["occurred_on"],
            "occurred_precision": row["occurred_precision"],
            "occurred_as": row["occurred_as"],
            "amount": raw_number(row["amount"]),
            "currency": row["currency"] or None,
            "item": {"id": row["item_id"], "name": row["item__name"], "unit": row["item__unit"]}
            if row["item_id"]
            else None,
            "quantity": row["quantity"],
            "provenance": provenance(row),
            "updated_at": row["updated_at"],
            "bases": {
                "stage": Basis.READ.value if row["stage_read"] else STATED,
                "occurred_on": UNKNOWN
                if row["occurred_on"] is None
                else (DERIVED if derived else STATED),
            },
        }


def stage_csv_rows(record: dict) -> Iterator[dict]:
    item = record["item"] or {"id": None, "name": "", "unit": ""}
    own = ("id", "pledge_id", "pledge_url", "stage", "occurred_on", "occurred_precision",
           "occurred_as", "amount", "currency", "quantity", "updated_at")  # fmt: skip
    yield {
        **{key: record[key] for key in own},
        "item_id": item["id"],
        "item_name": item["name"],
        "unit": item["unit"],
        **flat_country(record, "donor"),
        **flat_country(record, "recipient"),
        **flat_provenance(record),
        **flat_bases(record),
    }


# --- Countries and item types ----------------------------------------------------------------

COUNTRY_CSV_COLUMNS = [
    "slug", "code", "name", "kind", "url", "pledges_given", "pledges_received",
    "sanctions_imposed", "sanctions_received", "facts",
]  # fmt: skip


def country_csv_rows(record: dict) -> Iterator[dict]:
    yield record


def country_records(queryset, request) -> Iterator[dict]:
    for country_ in queryset:
        yield {
            "slug": country_.slug,
            "code": country_.iso_code,
            "name": country_.name,
            "kind": country_.kind,
            "url": request.build_absolute_uri(country_.get_absolute_url()),
            "pledges_given": country_.pledges_given_count,
            "pledges_received": country_.pledges_received_count,
            "sanctions_imposed": country_.sanctions_imposed_count,
            "sanctions_received": country_.sanctions_received_count,
            "facts": country_.facts_count,
        }


ITEM_TYPE_CSV_COLUMNS = [
    "slug", "name", "url", "unit", "stated_quantity", "items", "items_without_quantity",
    "donor_codes",
]  # fmt: skip


def item_type_records(catalogue: tuple, request) -> Iterator[dict]:
    """Item types as the catalogue shows them: quantities per unit, and who pledged them."""
    item_types, quantities, donors = catalogue
    for item_type in item_types:
        yield {
            "slug": item_type.slug,
            "name": item_type.name,
            "url": request.build_absolute_uri(item_type.get_absolute_url()),
            "quantities": [
                {
                    "unit": row["unit"],
                    "stated_quantity": row["stated"],
                    "items": row["items"],
                    "items_without_quantity": row["unstated"],
                }
                for row in quantities.get(item_type.pk, [])
            ],
            "donors": [
                {"name": c.name, "slug": c.slug, "code": c.iso_code}
                for c in sorted(donors.get(item_type.pk, []), key=lambda c: c.name)
            ],
        }


def item_type_csv_rows(record: dict) -> Iterator[dict]:
    """One CSV row per item type and unit; a type no pledge names has one row of zeros."""
    donor_codes = ";".join(donor["code"] or donor["slug"] for donor in record["donors"])
    quantities = record["quantities"] or [
        {"unit": "", "stated_quantity": None, "items": 0, "items_without_quantity": 0}
    ]
    for quantity in quantities:
        yield {"slug": record["slug"], "name": record["name"], "url": record["url"],
               **quantity, "donor_codes": donor_codes}  # fmt: skip


# --- Sources (one at a time: a source's page as JSON) ----------------------------------------


def source_records(queryset, request) -> Iterator[dict]:
    """Each source of `queryset` with its publication details and how many records it gives."""
    for source in queryset:
        yield {
            "id": source.pk,
            "reference": source.reference,
            "title": source.title,
            "publisher": source.publisher,
            "authors": source.authors,
            "contributors": source.contributors,
            "published_on": source.published_on,
            "published_precision": source.published_precision,
            "published_note": source.published_note,
            "url": source.url,
            "bases": {"published_on": source.basis("published_on")},
            "counts": {
                "pledges": source.pledge_count,
                "sanctions": source.sanction_count,
                "facts": source.fact_count,
            },
            "page": request.build_absolute_uri(source.get_absolute_url()),
        }


def flat_country(record: dict, role: str) -> dict:
    """A nested country as three columns; empty for none (a fact that concerns no other)."""
    named = record[role] or {"name": "", "slug": "", "code": ""}
    return {role: named["name"], f"{role}_slug": named["slug"], f"{role}_code": named["code"]}


def flat_provenance(record: dict) -> dict:
    source = record["provenance"]["source"]
    return {
        "source_reference": source["reference"],
        "source_title": source["title"],
        "paragraph": record["provenance"]["paragraph"],
        "quote": record["provenance"]["quote"],
        "reading_note": record["provenance"]["reading_note"],
    }
