"""CSV and JSON downloads: exactly the filtered rows, all pages, raw values, documented shape."""

import csv
import datetime
import io
import itertools
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from pledges import conversions
from pledges.exports.records import (
    COUNTRY_CSV_COLUMNS,
    FACT_CSV_COLUMNS,
    PLEDGE_CSV_COLUMNS,
    SANCTION_CSV_COLUMNS,
    pledge_csv_rows,
    pledge_records,
    value_bases,
)
from pledges.exports.writing import FORMULA_AFTER_SEPARATOR, FORMULA_STARTS, csv_cell, csv_lines
from pledges.models import Country, Fact, Pledge, Sanction, Source
from tests.factories import (
    AidItemFactory,
    PledgeFactory,
    SanctionFactory,
    SanctionTargetFactory,
)

pytestmark = pytest.mark.django_db

SCHEMAS = Path(settings.BASE_DIR) / "docs" / "schemas"
# The pledge CSV has a second writer on PostgreSQL (COPY), which must write the same cells.
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's COPY writer"
)


def download(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content)


def csv_rows(client, url: str) -> list[dict]:
    body = download(client, url)
    assert body.startswith("\ufeff".encode())  # spreadsheets recognise UTF-8 by it
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def json_body(client, url: str) -> dict:
    return json.loads(download(client, url))


def validate(body: dict, schema: str) -> None:
    jsonschema.validate(body, json.loads((SCHEMAS / f"{schema}.schema.json").read_text()))


def add_pledges(count: int, **fields) -> None:
    source = Source.objects.get()
    japan, ukraine = Country.objects.get(iso_code="JP"), Country.objects.get(iso_code="UA")
    values = {"donor": japan, "recipient": ukraine, "source": source, "paragraph": 1,
              "category": "financial", "description": "Extra."} | fields  # fmt: skip
    Pledge.objects.bulk_create(Pledge(quote=f"extra {n}", **values) for n in range(count))


def picked(record: dict, expected: dict) -> dict:
    """The record's values under the keys `expected` has, to compare with it whole."""
    return {key: record[key] for key in expected}


def test_csv_round_trip_keeps_raw_values(article, client):
    (row,) = csv_rows(client, "/pledges/?donor=united-states&format=csv")
    assert list(row) == PLEDGE_CSV_COLUMNS
    expected = {
        "donor": "United States", "donor_code": "US", "amount": "350000000", "currency": "USD",
        "announced_on": "2022-02-26",
        "announced_precision": "derived",  # the article gives "Feb. 26", no year
        "paragraph": "9", "quote": "$350 million worth of weapons",
        "url": f"http://testserver/pledges/{row['id']}/", "item_count": "4",
    }  # fmt: skip
    assert picked(row, expected) == expected
    items = json.loads(row["items"])
    assert (items[0]["name"], items[0]["quantity"]) == ("Javelin anti-tank weapons", None)


def test_csv_leaves_unknown_values_empty_never_zero(article, client):
    (row,) = csv_rows(client, "/pledges/?donor=sweden&format=csv")
    assert (row["amount"], row["currency"], row["announced_on"]) == ("", "", "")
    assert (row["amount_basis"], row["currency_basis"], row["announced_on_basis"]) == (
        "unknown", "unknown", "unknown"
    )  # fmt: skip
    quantities = {item["name"]: item["quantity"] for item in json.loads(row["items"])}
    assert quantities == {"anti-tank weapons": 5000, "field rations": 135000, "helmets": 5000,
                          "body armor": 5000}  # fmt: skip


def test_download_has_every_filtered_row_across_all_pages(article, client):
    add_pledges(60)
    rows = csv_rows(client, "/pledges/?donor=japan&format=csv")
    assert len(rows) == 63
    page = client.get("/pledges/?donor=japan")
    assert len(page.context["object_list"]) == 25
    assert {row["donor"] for row in rows} == {"Japan"}
    body = json_body(client, "/pledges/?donor=japan&page=2&format=json")
    assert len(body["pledges"]) == 63


def test_download_follows_the_lists_sort(article, client):
    rows = csv_rows(client, "/pledges/?sort=donor&format=csv")
    assert [row["donor"] for row in rows] == sorted(row["donor"] for row in rows)


def test_csv_neutralises_formulas(article, client):
    for text in ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)"]:
        Pledge.objects.filter(reference="gb-ua-lethal-and-non-lethal-aid").update(description=text)
        (row,) = csv_rows(client, "/pledges/?donor=gb&format=csv")
        assert row["description"] == "'" + text


def test_csv_neutralises_slugs_and_references_that_start_like_formulas(article, client):
    Pledge.objects.filter(reference="gb-ua-lethal-and-non-lethal-aid").update(reference="-gb-aid")
    (row,) = csv_rows(client, "/pledges/?donor=gb&format=csv")
    assert row["reference"] == "'-gb-aid"
    assert row["donor_slug"] == "united-kingdom"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("x;=1+1", "x;'=1+1"),
        ("\n=1+1", "\n'=1+1"),
        (" =1", " '=1"),
        ("a, -b", "a, '-b"),
        ("a|@b", "a|'@b"),
        ("a\t+b", "a\t'+b"),
        ("a\r\n \t-b", "a\r\n \t'-b"),
        ("\t=1", "'\t'=1"),
        ("=1;=2,+3|@4", "'=1;'=2,'+3|'@4"),
        ("--", "'--"),
        ("Київ;=СУММ(1)", "Київ;'=СУММ(1)"),
        ("x =1", "x =1"),  # a space alone separates no fields
        ("a,b;c|d", "a,b;c|d"),
        ("united-kingdom", "united-kingdom"),
        ("   ", "   "),
    ],
)
def test_csv_cell_puts_a_quote_before_a_formula_after_a_separator_or_line_break(value, written):
    assert csv_cell(value) == written


def test_no_piece_of_a_cell_a_spreadsheet_may_split_off_starts_a_formula():
    """Whichever separator a spreadsheet splits on, no field or line begins with a formula."""
    for length in range(5):
        for letters in itertools.product("й ,;|\t\r\n-=+@", repeat=length):
            cell = csv_cell("".join(letters))
            assert cell[:1] not in FORMULA_STARTS
            for separator in ",;|\t\r\n":
                for piece in cell.split(separator):
                    assert piece.lstrip(" \t\r\n")[:1] not in ("=", "+", "-", "@"), repr(cell)


def test_the_fast_path_skips_only_cells_the_pattern_leaves_alone():
    for length in range(5):
        for letters in itertools.product("й ,;|\t\r\n-=+@'", repeat=length):
            value = "".join(letters)
            started = "'" + value if value[:1] in FORMULA_STARTS else value
            everywhere = FORMULA_AFTER_SEPARATOR.sub(r"\1'\2", "\n" + started)[1:]
            assert csv_cell(value) == everywhere, repr(value)


def test_csv_neutralises_formulas_after_separators_and_line_breaks(client):
    pledge = PledgeFactory(description="x;=1+1", reading_note="\n=1+1", announced_as=" =1",
                           quote="a, -b")  # fmt: skip
    AidItemFactory(pledge=pledge, name='Javelins;=HYPERLINK("http://x")')
    (row,) = csv_rows(client, f"/pledges/?donor={pledge.donor.slug}&format=csv")
    assert (row["description"], row["reading_note"], row["announced_as"], row["quote"]) == (
        "x;'=1+1", "\n'=1+1", " '=1", "a, '-b"
    )  # fmt: skip
    assert 'Javelins;\'=HYPERLINK(\\"http://x\\")' in row["items"]
    assert json.loads(row["items"])[0]["name"] == 'Javelins;\'=HYPERLINK("http://x")'


def test_sanctions_csv_neutralises_formulas_after_separators(client):
    sanction = SanctionFactory(description="banks|-2")
    SanctionTargetFactory(sanction=sanction, name="Bank;@x")
    (row,) = csv_rows(client, f"/sanctions/?imposer={sanction.imposer.slug}&format=csv")
    assert row["description"] == "banks|'-2"
    assert json.loads(row["named_targets"]) == ["Bank;'@x"]


def test_empty_lists_are_empty_json_arrays_in_the_csv(client):
    """pandas reads an empty cell as NaN: an empty list is written `[]`, as the docs promise."""
    pledge = PledgeFactory()
    body = download(client, f"/pledges/?donor={pledge.donor.slug}&format=csv")
    (row,) = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    assert (row["item_count"], row["items"]) == ("0", "[]")
    assert b",0,[]," in body  # the raw cell, unquoted
    sanction = SanctionFactory()
    (row,) = csv_rows(client, f"/sanctions/?imposer={sanction.imposer.slug}&format=csv")
    assert row["named_targets"] == "[]"


def test_items_and_named_targets_cells_always_read_as_json(article, client):
    rows = csv_rows(client, "/pledges/?format=csv")
    assert {row["item_count"] for row in rows} >= {"0", "4"}
    assert all(len(json.loads(row["items"])) == int(row["item_count"]) for row in rows)
    rows = csv_rows(client, "/sanctions/?format=csv")
    assert [json.loads(row["named_targets"]) for row in rows].count([]) >= 1


def test_pythons_csv_module_reads_a_download_opened_as_utf_8_sig(article, client, tmp_path):
    """The file starts with a byte-order mark, which "utf-8-sig" drops (docs/formats.md)."""
    path = tmp_path / "pledges.csv"
    path.write_bytes(download(client, "/pledges/?format=csv"))
    with path.open(encoding="utf-8-sig", newline="") as file:
        assert csv.DictReader(file).fieldnames == PLEDGE_CSV_COLUMNS
    with path.open(encoding="utf-8", newline="") as file:
        assert next(csv.reader(file))[0] == "\ufeffid"


TRICKY_TEXTS = ["x;=1+1", "\n=1+1", " =1", "=1;=2,+3|@4\t-5", "--", "a, -b", "x =1", "   ",
          "Київ;=СУММ(1)", "\t=1", "\r\n @x", "'=1", 'x;=HYPERLINK("http://x")', "a,b"]  # fmt: skip


@on_postgresql
def test_postgresql_neutralises_every_short_string_as_python_does():
    from pledges.exports.postgresql import neutralised_sql

    values = ["".join(letters) for length in range(5)
              for letters in itertools.product("й ,;|\t\r\n-=+@'", repeat=length)]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {neutralised_sql('v')} FROM unnest(%s::text[]) AS v", [values])
        written = [row[0] for row in cursor.fetchall()]
    assert written == [csv_cell(value) for value in values]


def add_tricky_pledges() -> None:
    """Pledges whose text cells are TRICKY_TEXTS, with items, one of each basis, and times of
    update with and without a fraction of a second."""
    pledges = [PledgeFactory(description=value, reading_note=value,
                             announced_as=value[:60], quote=f"{value} {n}")
               for n, value in enumerate(TRICKY_TEXTS)]  # fmt: skip
    for pledge, value in zip(pledges, TRICKY_TEXTS, strict=True):
        AidItemFactory(pledge=pledge, name=value, unit=value[:40], quote=f"{value} q")
        AidItemFactory(pledge=pledge)
    PledgeFactory(reference="-starts-like-a-formula")  # and no items: []
    # Each basis: read and derived values, a derived date, unknown values, a reading that is not
    # one of the words (written as it stands, neutralised) and one of a value that is empty.
    PledgeFactory(readings={"currency": "read", "status": "derived", "category": "=x"},
                  reading_note="read so", announced_precision="derived")  # fmt: skip
    PledgeFactory(amount=None, currency="", announced_on=None, announced_precision="unknown",
                  readings={"lethality": "read", "amount": ""})  # fmt: skip
    # Python writes six digits of a fraction of a second, or none at all.
    for pledge, microsecond in zip(pledges, [614450, 0, 1], strict=False):
        moment = datetime.datetime(2026, 12, 1, 15, 26, 16, microsecond, tzinfo=datetime.UTC)
        Pledge.objects.filter(pk=pledge.pk).update(updated_at=moment)


def pledge_csv_by_both_writers(request) -> tuple[list[dict], list[dict]]:
    """Every pledge's CSV row as Python writes it, and as PostgreSQL's COPY writes it."""
    from pledges.exports.postgresql import pledge_csv

    rows = Pledge.objects.order_by("id")
    python = "".join(csv_lines(PLEDGE_CSV_COLUMNS,
                               (r for record in pledge_records(rows, request)
                                for r in pledge_csv_rows(record))))  # fmt: skip
    copy = b"".join(pledge_csv(rows, request)).decode()
    python_rows, copy_rows = (list(csv.DictReader(io.StringIO(f.removeprefix("\ufeff"))))
                              for f in (python, copy))  # fmt: skip
    return python_rows, copy_rows


@on_postgresql
def test_postgresql_copy_writes_the_cells_python_writes(rf):
    add_tricky_pledges()
    python_rows, copy_rows = pledge_csv_by_both_writers(rf.get("/pledges/"))
    assert len(copy_rows) == len(python_rows) == len(TRICKY_TEXTS) + 3
    for by_python, by_copy in zip(python_rows, copy_rows, strict=True):
        # PostgreSQL spaces the JSON differently ("name" : "x"); the text within is the same.
        assert json.loads(by_copy.pop("items")) == json.loads(by_python.pop("items"))
        assert by_copy == by_python
    assert [row["currency_basis"] for row in copy_rows[-2:]] == ["read", "unknown"]
    assert [row["category_basis"] for row in copy_rows[-2:]] == ["'=x", "stated"]
    assert [row["announced_on_basis"] for row in copy_rows[-3:]] == ["stated", "derived", "unknown"]
    assert [row["updated_at"] for row in copy_rows[:3]] == [
        "2026-12-01T15:26:16.614450+00:00", "2026-12-01T15:26:16+00:00",
        "2026-12-01T15:26:16.000001+00:00"
    ]  # fmt: skip


def test_the_pledges_json_matches_the_schema_and_holds_every_pledge(article, client):
    body = json_body(client, "/pledges/?format=json")
    validate(body, "pledges")
    assert len(body["pledges"]) == 7
    assert body["page"] == "http://testserver/pledges/"


def test_json_nests_items_and_provenance(article, client):
    pledges = {p["donor"]["code"]: p for p in json_body(client, "/pledges/?format=json")["pledges"]}
    sweden, canada = pledges["SE"], pledges["CA"]
    assert sweden["amount"] is None
    assert [i["quantity"] for i in sweden["items"]] == [5000, 135000, 5000, 5000]
    assert sweden["provenance"]["paragraph"] == 11
    assert sweden["provenance"]["source"]["publisher"] == "The Epoch Times"
    assert (canada["amount"], canada["currency"], canada["announced_on"]) == (25000000, "CAD",
                                                                             "2022-02-27")  # fmt: skip


def test_amounts_with_cents_keep_them(article, client):
    Pledge.objects.filter(reference="ca-ua-military-aid").update(amount=Decimal("1234.50"))
    (row,) = csv_rows(client, "/pledges/?donor=ca&format=csv")
    assert row["amount"] == "1234.5"
    assert json_body(client, "/pledges/?donor=ca&format=json")["pledges"][0]["amount"] == 1234.5


def test_sanctions_download_in_both_formats(article, client):
    rows = csv_rows(client, "/sanctions/?imposer=japan&measure=asset_freeze&format=csv")
    assert list(rows[0]) == SANCTION_CSV_COLUMNS
    by_kind = {row["target_kind"]: row for row in rows}
    assert by_kind["banks"]["targets_count"] == "7"
    assert by_kind["persons"]["targets_count"] == ""
    assert json.loads(by_kind["persons"]["named_targets"]) == ["Vladimir Putin"]
    body = json_body(client, "/sanctions/?format=json")
    validate(body, "sanctions")
    assert len(body["sanctions"]) == 4


def test_countries_download(article, client):
    rows = csv_rows(client, "/countries/?format=csv")
    assert list(rows[0]) == COUNTRY_CSV_COLUMNS
    japan = next(row for row in rows if row["code"] == "JP")
    assert (japan["pledges_given"], japan["sanctions_imposed"], japan["facts"]) == ("3", "4", "1")
    body = json_body(client, "/countries/?format=json")
    validate(body, "countries")
    assert len(body["countries"]) == len(rows) == 8  # Poland has facts only
    poland = next(c for c in body["countries"] if c["code"] == "PL")
    assert (poland["pledges_received"], poland["facts"]) == (0, 1)


def test_items_download(article, client):
    rows = csv_rows(client, "/items/?format=csv")
    body_armour = [row for row in rows if row["slug"] == "body-armour"]
    assert [
        (r["unit"], r["stated_quantity"], r["items_without_quantity"]) for r in body_armour
    ] == [("", "", "2"), ("pieces", "5000", "0")]
    assert body_armour[0]["donor_codes"] == "JP;SE;US"
    body = json_body(client, "/items/?format=json")
    validate(body, "items")
    helmets = next(item for item in body["items"] if item["slug"] == "helmets")
    assert helmets["quantities"] == [{"unit": "", "stated_quantity": 5000, "items": 2,
                                      "items_without_quantity": 1}]  # fmt: skip


def test_download_is_named_after_the_list(article, client):
    response = client.get("/sanctions/?format=json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="aidtracker-sanctions-')
    assert client.get("/pledges/?format=csv")["Content-Type"] == "text/csv; charset=utf-8"


@pytest.mark.parametrize("url", ["/pledges/", "/sanctions/", "/facts/", "/countries/", "/items/"])
@pytest.mark.parametrize("fmt", ["xml", "CSV", "csv%00", "x" * 300])
def test_unknown_format_is_a_400(article, client, url, fmt):
    response = client.get(f"{url}?format={fmt}")
    assert response.status_code == 400
    assert "ask for format=csv or format=json" in response.content.decode()


def test_download_with_a_bad_filter_is_a_400_that_says_why(article, client):
    response = client.get("/pledges/?donor=narnia&format=csv")
    assert response.status_code == 400
    assert "There is no country “narnia”" in response.content.decode()


def test_every_list_links_to_its_downloads(article, client):
    page = client.get("/pledges/?donor=sweden").content.decode()
    assert 'href="?donor=sweden&amp;format=csv"' in page
    assert 'href="?donor=sweden&amp;format=json"' in page
    for url in ["/sanctions/", "/facts/", "/countries/", "/items/"]:
        assert 'format=csv"' in client.get(url).content.decode()


def test_download_reads_in_chunks_not_row_by_row(article, client, django_assert_max_num_queries):
    add_pledges(250)
    with django_assert_max_num_queries(4):  # the rows, their items, and the session's setup
        download(client, "/pledges/?format=csv")


# --- Stated, read, derived -------------------------------------------------------------------

# The columns as first published: new columns only ever come after them (docs/formats.md).
PUBLISHED_PLEDGE_COLUMNS = [
    "id", "url", "donor", "donor_slug", "donor_code", "recipient", "recipient_slug",
    "recipient_code", "category", "lethality", "status", "amount", "currency", "announced_on",
    "announced_precision", "announced_as", "description", "item_count", "items",
    "source_reference", "source_title", "paragraph", "quote", "reading_note", "reference",
    "updated_at",
]  # fmt: skip
PUBLISHED_SANCTION_COLUMNS = [
    "id", "url", "imposer", "imposer_slug", "imposer_code", "target", "target_slug",
    "target_code", "measure", "target_kind", "targets_count", "named_targets", "description",
    "imposed_on", "imposed_precision", "imposed_as", "lifted_on", "source_reference",
    "source_title", "paragraph", "quote", "reading_note", "reference", "updated_at",
]  # fmt: skip


@pytest.mark.parametrize(
    ("columns", "published", "model"),
    [(PLEDGE_CSV_COLUMNS, PUBLISHED_PLEDGE_COLUMNS, Pledge),
     (SANCTION_CSV_COLUMNS, PUBLISHED_SANCTION_COLUMNS, Sanction),
     (FACT_CSV_COLUMNS, FACT_CSV_COLUMNS[:-4], Fact)],
)  # fmt: skip
def test_a_basis_column_for_every_readable_value_after_the_published_columns(
    columns, published, model
):
    assert columns[: len(published)] == published
    readable = [f"{name}_basis" for name in (*model.readable, *model.dates)]
    assert columns[len(published) : len(published) + len(readable)] == readable
    # Then what was added later: for pledges their computed values, top-ups and packages; for
    # sanctions their dates in force and ended and their legal act.
    later = {
        Pledge: [*conversions.FIELDS, "adds_to_earlier", "adds_to", "part_of"],
        Sanction: ["in_force_on", "ended_on", "legal_act", "legal_act_url"],
    }.get(model, [])
    assert columns[len(published) + len(readable) :] == later


def test_downloads_say_whether_each_value_is_stated_read_or_derived(article, client):
    (us,) = csv_rows(client, "/pledges/?donor=united-states&format=csv")
    assert {column: us[column] for column in PLEDGE_CSV_COLUMNS if column.endswith("_basis")} == {
        "category_basis": "stated", "lethality_basis": "read", "status_basis": "read",
        "amount_basis": "stated", "currency_basis": "read", "announced_on_basis": "derived",
    }  # fmt: skip
    (uk,) = csv_rows(client, "/pledges/?donor=gb&format=csv")
    assert (uk["category_basis"], uk["lethality_basis"], uk["amount_basis"]) == (
        "read", "stated", "unknown"
    )  # fmt: skip
    (canada,) = json_body(client, "/pledges/?donor=ca&format=json")["pledges"]
    assert canada["bases"]["currency"] == "read"  # the article's bare "$25 million"
    assert canada["bases"]["lethality"] == "unknown"


@pytest.mark.parametrize(
    ("url", "key", "model"),
    [("/pledges/", "pledges", Pledge), ("/sanctions/", "sanctions", Sanction),
     ("/facts/", "facts", Fact)],
)  # fmt: skip
def test_every_records_bases_follow_the_models_rule(article, client, url, key, model):
    records = json_body(client, f"{url}?format=json&page=1")[key]
    assert len(records) == model.objects.count()
    rows = csv_rows(client, f"{url}?format=csv&page=1")
    for record, row in zip(records, rows, strict=True):
        bases = model.objects.get(pk=record["id"]).bases()
        assert record["bases"] == bases
        assert {name: row[f"{name}_basis"] for name in bases} == bases


def test_the_downloads_bases_are_the_models_for_any_values():
    """exports.value_bases restates Statement.basis over plain rows: the two always agree."""
    for amount, lethality, readings, precision in itertools.product(
        [None, Decimal("5")], ["", "lethal"],
        [{}, {"amount": "read"}, {"lethality": "derived", "status": "read"}, {"currency": "x"}],
        ["day", "derived", "month", "unknown"],
    ):  # fmt: skip
        pledge = Pledge(amount=amount, currency="USD" if amount else "", lethality=lethality,
                        category="military", readings=readings, announced_precision=precision,
                        announced_on=None if precision == "unknown" else datetime.date(2022, 3, 4))  # fmt: skip
        fields = [field for field in Pledge._meta.fields if not field.generated]
        row = {field.attname: getattr(pledge, field.attname) for field in fields}
        assert value_bases(Pledge, row) == pledge.bases()


def test_a_value_worked_out_is_derived_and_one_not_stated_unknown(client):
    pledge = PledgeFactory(readings={"amount": "derived"}, reading_note="Half of a stated sum.",
                           announced_precision="derived", lethality="")  # fmt: skip
    (row,) = csv_rows(client, f"/pledges/?donor={pledge.donor.slug}&format=csv")
    assert (row["amount_basis"], row["announced_on_basis"], row["lethality_basis"]) == (
        "derived", "derived", "unknown"
    )  # fmt: skip
    assert (row["currency_basis"], row["category_basis"]) == ("stated", "stated")


# --- Facts -----------------------------------------------------------------------------------


def test_facts_download_as_csv_with_raw_values(article, client):
    rows = csv_rows(client, "/facts/?format=csv")
    assert list(rows[0]) == FACT_CSV_COLUMNS
    assert len(rows) == 4
    by_reference = {row["reference"]: row for row in rows}
    poland = {
        "country_code": "PL", "about": "Ukraine", "about_code": "UA",
        "value": "350000", "qualifier": "about", "unit": "people",
        "value_basis": "derived", "stated_on": "", "stated_on_basis": "unknown",
    }  # fmt: skip
    assert picked(by_reference["pl-refugees-from-ua"], poland) == poland
    warning = {"about": "", "value": "", "qualifier": ""}
    assert picked(by_reference["ua-refugee-crisis-warning"], warning) == warning


def test_facts_download_as_json_matching_the_schema(article, client):
    body = json_body(client, "/facts/?format=json")
    validate(body, "facts")
    assert len(body["facts"]) == 4
    fled = next(fact for fact in body["facts"] if fact["reference"] == "ua-fled-abroad")
    assert (fled["value"], fled["qualifier"], fled["about"]) == (700000, "close_to", None)
    assert fled["provenance"]["quote"] == "close to 700,000 people have fled Ukraine"


@pytest.mark.parametrize(
    ("query", "references"),
    [("country=ukraine", {"ua-fled-abroad", "ua-refugee-crisis-warning", "pl-refugees-from-ua",
                          "jp-no-weapons-to-ua"}),
     ("country=PL", {"pl-refugees-from-ua"}),
     ("country=japan&kind=policy", {"jp-no-weapons-to-ua"}),
     ("kind=fled_abroad", {"ua-fled-abroad"})],
)  # fmt: skip
def test_facts_list_filters_by_the_country_concerned_and_kind(article, client, query, references):
    page = client.get(f"/facts/?{query}")
    assert page.status_code == 200
    assert {fact.reference for fact in page.context["facts"]} == references
    rows = csv_rows(client, f"/facts/?{query}&format=csv")
    assert {row["reference"] for row in rows} == references


def test_a_countrys_facts_link_lists_all_it_concerns(article, client):
    ukraine = Country.objects.get(iso_code="UA")
    page = client.get("/facts/?country=ukraine")
    assert len(page.context["facts"]) == ukraine.facts_count == 4


def test_facts_download_with_a_bad_filter_is_a_400_that_says_why(article, client):
    response = client.get("/facts/?country=narnia&format=csv")
    assert response.status_code == 400
    assert "There is no country “narnia”" in response.content.decode()


def test_facts_list_runs_the_same_few_queries_however_many_facts(article, client):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/facts/?country=ukraine").status_code == 200
        return len(captured)

    few = queries()
    source, ukraine = Source.objects.get(), Country.objects.get(iso_code="UA")
    Fact.objects.bulk_create(
        Fact(country=ukraine, source=source, paragraph=13, kind="displaced", value=n,
             description="More.", quote=f"{n} displaced")
        for n in range(1, 60)
    )  # fmt: skip
    assert queries() == few <= 8


@pytest.mark.parametrize(
    "columns",
    [PLEDGE_CSV_COLUMNS, SANCTION_CSV_COLUMNS, FACT_CSV_COLUMNS, COUNTRY_CSV_COLUMNS],
)
def test_every_column_is_documented(columns):
    documented = (Path(settings.BASE_DIR) / "docs" / "formats.md").read_text()
    assert [column for column in columns if f"`{column}`" not in documented] == []
