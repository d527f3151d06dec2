"""Whole-list downloads, built ahead as files and listed on /downloads/; filtered ones stream."""

import csv
import hashlib
import io
import json
import sqlite3

import pytest
from django.test import override_settings
from django.urls import reverse

from pledges import prebuilt
from pledges.models import Fact, Pledge
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def downloads(tmp_path, article):
    """An empty downloads folder, with links in the files built for the test client's site."""
    with override_settings(DOWNLOADS_DIR=tmp_path, SITE_URL="http://testserver"):
        yield tmp_path


@pytest.fixture
def built(downloads):
    return prebuilt.build()


def streamed(client, url) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def test_build_writes_every_list_in_both_formats_and_the_sqlite_file(built, downloads):
    names = {entry["name"] for entry in built["files"]}
    assert names == {
        f"aidtracker-{name}.{fmt}"
        for name in ["pledges", "sanctions", "facts", "stages", "countries", "items"]
        for fmt in ["csv", "json"]
    } | {"aidtracker.sqlite3"}  # fmt: skip
    for entry in built["files"]:
        data = (downloads / entry["name"]).read_bytes()
        assert entry["size"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert json.loads((downloads / "manifest.json").read_text()) == built
    assert not list(downloads.glob(".*"))  # no temporary file left


@pytest.mark.parametrize("name", ["pledges", "sanctions", "facts"])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_built_file_holds_what_the_list_streams(built, downloads, client, name, fmt):
    # Every row, asked for with a page number so that it streams rather than redirect to the
    # file: the same rows, in the same order, written by the same code (the JSON's time of
    # writing aside).
    url = f"/{name}/?page=1&format={fmt}"
    built_file, live = (downloads / f"aidtracker-{name}.{fmt}").read_bytes(), streamed(client, url)
    if fmt == "json":
        built_file, live = json.loads(built_file)[name], json.loads(live)[name]
    assert built_file == live


def test_the_json_file_records_when_it_was_built(built, downloads):
    data = json.loads((downloads / "aidtracker-pledges.json").read_text())
    assert data["page"] == "http://testserver/pledges/"
    assert data["generated_at"][:16] == built["built_at"][:16]
    assert len(data["pledges"]) == Pledge.objects.count()


def test_a_whole_list_download_redirects_to_its_file(built, client):
    for list_url, name in [("/pledges/", "pledges"), ("/countries/", "countries"),
                           ("/items/", "items"), ("/sanctions/", "sanctions"),
                           ("/facts/", "facts")]:  # fmt: skip
        response = client.get(f"{list_url}?format=json")
        assert response.status_code == 302
        assert response["Location"] == f"/downloads/files/aidtracker-{name}.json"


def test_a_filtered_download_streams_the_rows_as_they_are(built, client):
    PledgeFactory(description="Added after the build.")
    data = json.loads(streamed(client, "/pledges/?format=json&sort=donor"))
    assert "Added after the build." in [pledge["description"] for pledge in data["pledges"]]


def test_before_any_build_a_whole_list_download_streams(downloads, client):
    rows = list(
        csv.DictReader(io.StringIO(streamed(client, "/pledges/?format=csv").decode("utf-8-sig")))
    )
    assert len(rows) == Pledge.objects.count()


def test_a_built_file_is_served_as_an_attachment_not_to_be_indexed(built, client):
    response = client.get("/downloads/files/aidtracker-pledges.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="aidtracker-pledges.csv"'
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("name", [
    "manifest.json", "aidtracker-pledges.csv.gz", "nothing.csv", "..%2Fmanifest.json",
    ".manifest.json.tmp", "%2E%2E%2F%2E%2E%2Fsettings.py",
])  # fmt: skip
def test_only_the_files_the_manifest_lists_are_served(built, client, name):
    assert client.get(f"/downloads/files/{name}").status_code == 404


def test_the_downloads_page_lists_each_file_with_its_size_and_checksum(built, client):
    page = client.get(reverse("pledges:downloads")).content.decode()
    for entry in built["files"]:
        assert f'href="/downloads/files/{entry["name"]}"' in page
        assert entry["sha256"] in page
    assert "No record has changed since." in page


def test_the_downloads_page_says_when_records_changed_since_the_build(built, client):
    PledgeFactory()
    page = client.get(reverse("pledges:downloads")).content.decode()
    assert "Records have changed since" in page
    assert prebuilt.rebuild_if_changed() is not None
    assert prebuilt.rebuild_if_changed() is None  # nothing changed since that build
    assert (
        "No record has changed since." in client.get(reverse("pledges:downloads")).content.decode()
    )


def test_the_downloads_page_says_when_nothing_was_built_yet(downloads, client):
    response = client.get(reverse("pledges:downloads"))
    assert response.status_code == 200
    assert "have not been built yet" in response.content.decode()


def test_the_sqlite_file_holds_the_public_tables_with_their_links(built, downloads):
    database = sqlite3.connect(downloads / "aidtracker.sqlite3")
    tables = {
        name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert tables == {"countries", "sources", "item_types", "pledges", "aid_items", "sanctions",
                      "sanction_targets", "facts", "pledge_stages"}  # fmt: skip
    assert not tables & {"auth_user", "django_session", "axes_accessattempt"}
    assert database.execute("SELECT count(*) FROM pledges").fetchone()[0] == Pledge.objects.count()
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    links = {row[2] for row in database.execute("PRAGMA foreign_key_list(pledges)")}
    assert links == {"countries", "sources"}
    # A value the source does not state is NULL, never 0 or an empty string.
    unknown = database.execute(
        "SELECT amount, currency FROM pledges WHERE reference = 'jp-ua-defense-equipment'"
    ).fetchone()
    assert unknown == (None, None)
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    row = database.execute(
        "SELECT d.name, p.amount, p.currency, p.page FROM pledges p "
        "JOIN countries d ON d.id = p.donor_id WHERE p.id = ?",
        [pledge.pk],
    ).fetchone()
    assert row == ("United States", 350000000, "USD", f"http://testserver/pledges/{pledge.pk}/")


def test_the_downloads_page_runs_a_fixed_number_of_queries(
    built, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(1):
        client.get(reverse("pledges:downloads"))


def test_the_sqlite_file_holds_the_facts_with_their_links(built, downloads):
    database = sqlite3.connect(downloads / "aidtracker.sqlite3")
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    links = {(row[3], row[2]) for row in database.execute("PRAGMA foreign_key_list(facts)")}
    assert links == {("country_id", "countries"), ("about_id", "countries"),
                     ("source_id", "sources")}  # fmt: skip
    fact = Fact.objects.get(reference="pl-refugees-from-ua")
    row = database.execute(
        "SELECT c.name, a.name, f.kind, f.value, f.qualifier, f.stated_on, f.page "
        "FROM facts f JOIN countries c ON c.id = f.country_id "
        "JOIN countries a ON a.id = f.about_id WHERE f.id = ?",
        [fact.pk],
    ).fetchone()
    assert row == ("Poland", "Ukraine", "refugees_hosted", 350000, "about", None,
                   f"http://testserver/facts/{fact.pk}/")  # fmt: skip
    assert database.execute("SELECT count(*) FROM facts").fetchone()[0] == 4


def test_the_sqlite_file_says_how_each_value_is_known(built, downloads):
    database = sqlite3.connect(downloads / "aidtracker.sqlite3")
    fact = Fact.objects.get(reference="pl-refugees-from-ua")
    (readings,) = database.execute("SELECT readings FROM facts WHERE id = ?", [fact.pk]).fetchone()
    assert json.loads(readings) == {"value": "derived"}
    readings = database.execute(
        "SELECT readings FROM pledges WHERE reference = 'us-ua-weapons'"
    ).fetchone()[0]
    assert json.loads(readings) == Pledge.objects.get(reference="us-ua-weapons").readings
    source = database.execute(
        "SELECT published_on, published_precision, published_note FROM sources"
    ).fetchone()
    assert source[:2] == ("2022-03-04", "derived")
    assert "Friday" in source[2]
