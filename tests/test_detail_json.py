"""Every detail page as JSON (`?format=json`): the download's record, valid by its schema."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from pledges.models import Fact, ItemType, Pledge, Sanction, Source

pytestmark = pytest.mark.django_db

SCHEMAS = Path(settings.BASE_DIR) / "docs" / "schemas"


def schema_validator(name: str) -> Draft202012Validator:
    """A validator for docs/schemas/<name>.schema.json that follows its references to the other
    schemas, as a reader's tool resolves them beside it."""
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text())))
        for path in SCHEMAS.glob("*.schema.json")
    ]
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    return Draft202012Validator(schema, registry=Registry().with_resources(resources))


def record_json(client, url: str, **headers) -> dict:
    response = client.get(url, {"format": "json"}, **headers)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def download_records(client, url: str, key: str, **params) -> dict:
    """The download's records of the list at `url`, by id (or slug)."""
    response = client.get(url, {"format": "json", **params})
    body = json.loads(b"".join(response.streaming_content))
    return {record.get("id", record.get("slug")): record for record in body[key]}


def detail_urls() -> dict[str, str]:
    return {
        "pledge": Pledge.objects.get(reference="us-ua-weapons").get_absolute_url(),
        "sanction": Sanction.objects.get(reference="jp-ru-leaders-asset-freeze").get_absolute_url(),
        "fact": Fact.objects.get(reference="pl-refugees-from-ua").get_absolute_url(),
        "country": "/countries/poland/",
        "item": "/items/helmets/",
        "source": Source.objects.get().get_absolute_url(),
    }


@pytest.mark.parametrize("kind", ["pledge", "sanction", "fact", "country", "item", "source"])
def test_every_detail_page_is_json_by_its_schema(article, client, kind):
    record = record_json(client, detail_urls()[kind])
    schema_validator(kind).validate(record)


@pytest.mark.parametrize(
    ("list_url", "key", "model"),
    [("/pledges/", "pledges", Pledge), ("/sanctions/", "sanctions", Sanction),
     ("/facts/", "facts", Fact)],
)  # fmt: skip
def test_a_records_json_is_its_record_in_the_download(article, client, list_url, key, model):
    downloaded = download_records(client, list_url, key, page="1")  # all pages, streamed
    assert len(downloaded) == model.objects.count()
    for record in model.objects.all():
        assert record_json(client, record.get_absolute_url()) == downloaded[record.pk]


def test_country_and_item_type_json_are_their_records_in_the_downloads(article, client):
    countries = download_records(client, "/countries/", "countries")
    for slug in ("japan", "poland", "ukraine"):
        assert record_json(client, f"/countries/{slug}/") == countries[slug]
    items = download_records(client, "/items/", "items")
    for item_type in ItemType.objects.all():
        assert record_json(client, item_type.get_absolute_url()) == items[item_type.slug]


def test_a_pledges_json_says_what_is_read_or_worked_out(article, client):
    record = record_json(client, detail_urls()["pledge"])
    assert (record["amount"], record["currency"], record["announced_on"]) == (
        350000000, "USD", "2022-02-26"
    )  # fmt: skip
    assert record["bases"] == {"category": "stated", "lethality": "read", "status": "read",
                               "amount": "stated", "currency": "read",
                               "announced_on": "derived"}  # fmt: skip


def test_a_facts_json_names_both_countries_and_its_worked_out_figure(article, client):
    record = record_json(client, detail_urls()["fact"])
    assert (record["country"]["code"], record["about"]["code"]) == ("PL", "UA")
    assert (record["value"], record["qualifier"], record["unit"]) == (350000, "about", "people")
    assert record["bases"]["value"] == "derived"
    assert "half of 700,000" in record["provenance"]["reading_note"]


def test_a_sources_json_gives_its_date_with_how_it_is_known_and_its_counts(article, client):
    source = Source.objects.get()
    record = record_json(client, detail_urls()["source"])
    assert record["reference"] == "epoch-times-japan-defense-equipment"
    assert (record["published_on"], record["published_precision"]) == ("2022-03-04", "derived")
    assert record["bases"] == {"published_on": "derived"}
    assert "Friday" in record["published_note"]
    assert record["counts"] == {"pledges": 7, "sanctions": 4, "facts": 4}
    assert record["page"] == f"http://testserver/sources/{source.pk}/"


def test_a_countrys_json_counts_its_records_and_facts(article, client):
    record = record_json(client, "/countries/poland/")
    assert (record["name"], record["code"], record["facts"]) == ("Poland", "PL", 1)
    assert record["pledges_given"] == record["sanctions_imposed"] == 0
    assert record_json(client, "/countries/ukraine/")["facts"] == 4


def test_addresses_in_the_json_are_those_the_reader_asked_at(article, client):
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    record = record_json(client, pledge.get_absolute_url(), HTTP_HOST="localhost", secure=True)
    assert record["url"] == f"https://localhost/pledges/{pledge.pk}/"
    country = record_json(client, "/countries/japan/", HTTP_HOST="localhost", secure=True)
    assert country["url"] == "https://localhost/countries/japan/"


def test_without_format_the_page_is_still_html(article, client):
    for url in detail_urls().values():
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("kind", ["pledge", "sanction", "fact", "country", "item", "source"])
@pytest.mark.parametrize("fmt", ["csv", "xml", "JSON", "json%00", "x" * 300])
def test_any_other_format_is_a_400(article, client, kind, fmt):
    response = client.get(f"{detail_urls()[kind]}?format={fmt}")
    assert response.status_code == 400
    assert "ask for format=json" in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/pledges/999999/", "/sanctions/999999/", "/facts/999999/", "/sources/999999/",
            "/countries/narnia/", "/items/no-such-thing/"],
)  # fmt: skip
def test_json_of_a_record_that_does_not_exist_is_a_404(article, client, url):
    assert client.get(url, {"format": "json"}).status_code == 404


@pytest.mark.parametrize(
    ("url", "location"),
    [("/countries/JP/?format=json", "/countries/japan/?format=json"),
     ("/countries/jp/", "/countries/japan/"),
     ("/items/Helmets/?format=json", "/items/helmets/?format=json")],
)  # fmt: skip
def test_another_name_for_a_country_or_item_type_redirects_keeping_the_format(
    article, client, url, location
):
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == location


def test_format_is_a_parameter_of_every_detail_page(article, client):
    """The canonical-address middleware keeps `format` and drops what a page does not read."""
    for url in detail_urls().values():
        assert client.get(f"{url}?format=json").status_code == 200
        response = client.get(f"{url}?format=json&utm_source=x")
        assert response.status_code == 301
        assert response["Location"] == f"{url}?format=json"


@pytest.mark.parametrize("kind", ["pledge", "sanction", "fact", "country", "item", "source"])
def test_a_records_json_runs_a_few_queries(article, client, django_assert_max_num_queries, kind):
    url = detail_urls()[kind]
    with django_assert_max_num_queries(3):
        response = client.get(url, {"format": "json"})
    assert response["Content-Type"] == "application/json; charset=utf-8"
