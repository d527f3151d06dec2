"""CSV and JSON downloads: exactly the filtered rows, all pages, raw values, documented shape."""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.http import StreamingHttpResponse

from pledges.exports import PLEDGE_CSV_COLUMNS, SANCTION_CSV_COLUMNS
from pledges.models import Country, Pledge, Source

pytestmark = pytest.mark.django_db

SCHEMAS = Path(settings.BASE_DIR) / "docs" / "schemas"


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


def test_csv_round_trip_keeps_raw_values(article, client):
    (row,) = csv_rows(client, "/pledges/?donor=united-states&format=csv")
    assert list(row) == PLEDGE_CSV_COLUMNS
    assert row["donor"] == "United States"
    assert row["donor_code"] == "US"
    assert row["amount"] == "350000000"
    assert row["currency"] == "USD"
    assert row["announced_on"] == "2022-02-26"
    assert row["announced_precision"] == "day"
    assert row["paragraph"] == "9"
    assert row["quote"] == "$350 million worth of weapons"
    assert row["url"] == f"http://testserver/pledges/{row['id']}/"
    items = json.loads(row["items"])
    assert row["item_count"] == "4"
    assert items[0]["name"] == "Javelin anti-tank weapons"
    assert items[0]["quantity"] is None


def test_csv_leaves_unknown_values_empty_never_zero(article, client):
    (row,) = csv_rows(client, "/pledges/?donor=sweden&format=csv")
    assert (row["amount"], row["currency"], row["announced_on"], row["lethality"]) == (
        "",
        "",
        "",
        "",
    )
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


def test_json_nests_items_and_provenance_and_matches_the_schema(article, client):
    body = json_body(client, "/pledges/?format=json")
    validate(body, "pledges")
    assert len(body["pledges"]) == 7
    assert body["page"] == "http://testserver/pledges/"
    sweden = next(p for p in body["pledges"] if p["donor"]["code"] == "SE")
    assert sweden["amount"] is None
    assert [i["quantity"] for i in sweden["items"]] == [5000, 135000, 5000, 5000]
    assert sweden["provenance"]["paragraph"] == 11
    assert sweden["provenance"]["source"]["publisher"] == "The Epoch Times"
    canada = next(p for p in body["pledges"] if p["donor"]["code"] == "CA")
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
    japan = next(row for row in rows if row["code"] == "JP")
    assert (japan["pledges_given"], japan["sanctions_imposed"]) == ("3", "4")
    body = json_body(client, "/countries/?format=json")
    validate(body, "countries")
    assert len(body["countries"]) == len(rows) == 7


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


@pytest.mark.parametrize("url", ["/pledges/", "/sanctions/", "/countries/", "/items/"])
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
    for url in ["/sanctions/", "/countries/", "/items/"]:
        assert 'format=csv"' in client.get(url).content.decode()


def test_download_reads_in_chunks_not_row_by_row(article, client, django_assert_max_num_queries):
    add_pledges(250)
    with django_assert_max_num_queries(4):  # the rows, their items, and the session's setup
        download(client, "/pledges/?format=csv")
