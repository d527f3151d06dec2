"""Anonymous pages are cached, and any edit makes them stale at once."""

import re

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pledges.models import Country, Pledge
from tests.factories import PLEDGE_INLINES, admin_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(article):
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield
    cache.clear()


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_second_request_is_served_from_the_cache(page_cache, client):
    first, _ = get(client, "/countries/japan/")
    second, queries = get(client, "/countries/japan/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert queries == 1  # the page version, nothing else


def test_an_edit_shows_on_the_next_request(page_cache, client):
    client.get("/pledges/?donor=ca")
    assert client.get("/pledges/?donor=ca")["X-Page-Cache"] == "hit"
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    pledge.description = "Corrected by an editor."
    pledge.save()
    response = client.get("/pledges/?donor=ca")
    assert response["X-Page-Cache"] == "miss"
    assert "Corrected by an editor." in response.content.decode()


def test_an_edit_in_the_admin_shows_on_the_next_request(page_cache, client, admin_client):
    pledge = Pledge.objects.get(reference="gb-ua-lethal-and-non-lethal-aid")
    client.get(pledge.get_absolute_url())
    data = admin_form_data(admin_client, f"/admin/pledges/pledge/{pledge.pk}/change/")
    data |= {"description": "Edited in the admin.", **PLEDGE_INLINES}
    assert admin_client.post(f"/admin/pledges/pledge/{pledge.pk}/change/", data).status_code == 302
    assert "Edited in the admin." in client.get(pledge.get_absolute_url()).content.decode()


@pytest.mark.parametrize("url", ["/pledges/?format=csv", "/pledges/99999/", "/countries/narnia/"])
def test_downloads_and_errors_are_not_cached(page_cache, client, url):
    client.get(url)
    assert client.get(url).get("X-Page-Cache") != "hit"


def test_signed_in_users_are_not_served_cached_pages(page_cache, admin_client):
    admin_client.get("/")
    assert "X-Page-Cache" not in admin_client.get("/")


def test_redis_cache_shares_what_one_process_stores():
    redis = RedisCache("redis://127.0.0.1:6379/15", {})
    try:
        redis.set("aidtracker-test", "shared", 5)
    except Exception as error:  # pragma: no cover - only where no Redis runs
        pytest.skip(f"no Redis on 127.0.0.1:6379: {error}")
    assert RedisCache("redis://127.0.0.1:6379/15", {}).get("aidtracker-test") == "shared"


def test_a_broken_cache_serves_pages_afresh(page_cache, client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("the cache is down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/countries/japan/")
    assert response.status_code == 200
    assert "Japan" in response.content.decode()


def test_a_made_up_session_cookie_does_not_skip_the_cache(page_cache, client):
    client.get("/countries/japan/")
    client.cookies["sessionid"] = "made-up-session-key-0123456789abcdef"
    response = client.get("/countries/japan/")
    assert response["X-Page-Cache"] == "hit"
    assert "sessionid" not in response.cookies  # nothing set, nothing deleted


def test_a_stale_session_cookie_is_served_and_fills_the_cache(page_cache, client):
    client.cookies["sessionid"] = "expired-or-deleted-session-key-0123456789"
    assert client.get("/countries/").get("X-Page-Cache") == "miss"
    assert client.get("/countries/").get("X-Page-Cache") == "hit"


def test_unknown_parameters_share_the_pages_one_cached_copy(page_cache, client):
    client.get("/pledges/?donor=sweden")
    response = client.get("/pledges/?donor=sweden&utm_source=feed&x=1")
    assert response.status_code == 301
    assert response["Location"] == "/pledges/?donor=sweden"
    assert client.get(response["Location"])["X-Page-Cache"] == "hit"


# HTTP caching: validators on every reader's page, and 304 for a copy that is still current.


def test_a_readers_page_carries_validators_that_let_shared_caches_keep_it(article, client):
    response = client.get("/countries/japan/")
    assert response["ETag"].startswith('W/"')
    assert response["Last-Modified"].endswith(" GMT")
    assert response["Cache-Control"] == "public, no-cache"


def test_a_current_copy_is_answered_304_without_rendering(article, client):
    first = client.get("/pledges/?donor=japan")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/pledges/?donor=japan", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert len(queries) == 1  # the page version, nothing else
    since = client.get("/pledges/?donor=japan", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_after_an_edit_the_same_copy_gets_the_new_page(article, client):
    first = client.get("/countries/canada/")
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    pledge.description = "Corrected by an editor."
    pledge.save()
    again = client.get("/countries/canada/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "Corrected by an editor." in again.content.decode()


def test_a_304_comes_before_the_page_cache_and_a_hit_carries_validators(page_cache, client):
    first = client.get("/countries/japan/")
    hit = client.get("/countries/japan/")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["ETag"] == first["ETag"]
    assert client.get("/countries/japan/", HTTP_IF_NONE_MATCH=hit["ETag"]).status_code == 304


@pytest.mark.parametrize("url", ["/pledges/?format=csv", "/countries/narnia/", "/downloads/"])
def test_downloads_and_errors_carry_no_page_validators(article, client, url):
    response = client.get(url)
    assert not response.has_header("ETag")
    assert response.get("Cache-Control") != "public, no-cache"


def test_editors_pages_carry_no_shared_validators(article, admin_client):
    response = admin_client.get("/countries/japan/")
    assert response.status_code == 200
    assert not response.has_header("ETag")
    assert "public" not in response.get("Cache-Control", "")


# Parts of pages drawn once per data version, used with the page cache off (as in these tests):
# the rows of the tables of records, and the options of the filter forms' lists.


def rows_of(page: str, caption: str) -> list[str]:
    """The rows (<tr>…</tr>) of the body of the table with this caption."""
    table = page.split(f"<caption>{caption}</caption>", 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr>.*?</tr>", table.split("<tbody>", 1)[1], flags=re.S)


def test_a_tables_rows_show_an_edit_on_the_next_request(article, client):
    assert "Corrected by an editor." not in client.get("/pledges/?donor=ca").content.decode()
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    pledge.description = "Corrected by an editor."
    pledge.save()
    for url in ("/pledges/?donor=ca", "/countries/canada/", "/"):
        assert "Corrected by an editor." in client.get(url).content.decode(), url


def test_a_row_is_drawn_in_the_pages_language(article, client):
    english = rows_of(client.get("/pledges/").content.decode(), "Pledges matching the filters")
    with translation.override("uk"):
        caption = translation.gettext("Pledges matching the filters")
    ukrainian = rows_of(client.get("/uk/pledges/").content.decode(), caption)
    assert len(english) == len(ukrainian) == Pledge.objects.count()
    assert "Military aid" in english[0] + english[1] + english[2]
    assert not any("Military aid" in row for row in ukrainian)
    assert any("Військова допомога" in row for row in ukrainian)


def test_a_row_keeps_the_columns_of_its_table(article, client):
    japan = Country.objects.get(slug="japan")
    listed = rows_of(client.get("/pledges/?donor=japan").content.decode(),
                     "Pledges matching the filters")  # fmt: skip
    given = rows_of(client.get("/countries/japan/").content.decode(), "Latest pledges given")
    assert len(listed) == len(given) == japan.pledges_given_count
    # The same pledges; the country's own page leaves out the donor's column.
    assert all(row.count("<td") == 7 for row in listed)
    assert all(row.count("<td") == 6 for row in given)
    assert all(japan.get_absolute_url() not in row for row in given)


def test_an_editors_page_draws_its_rows_afresh(article, admin_client, client, monkeypatch):
    asked = []
    monkeypatch.setattr(caches["rows"], "get_many", lambda keys: asked.append(keys) or {})
    assert admin_client.get("/pledges/").status_code == 200
    assert asked == []
    assert client.get("/pledges/").status_code == 200
    assert len(asked[0]) == Pledge.objects.count()


def test_a_broken_cache_draws_the_rows_afresh(article, client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("the cache is out")

    monkeypatch.setattr(caches["rows"], "get_many", broken)
    monkeypatch.setattr(caches["rows"], "set_many", broken)
    rows = rows_of(client.get("/pledges/").content.decode(), "Pledges matching the filters")
    assert len(rows) == Pledge.objects.count()


def test_a_filter_list_follows_an_edit_on_the_next_request(article, client):
    before = client.get("/pledges/").content.decode()
    assert '<option value="canada">Canada</option>' in before
    assert 'value="new-zealand"' not in before
    for pledge in Pledge.objects.filter(donor__slug="canada"):
        pledge.donor = Country.objects.get(slug="new-zealand")
        pledge.save()
    donors = client.get("/pledges/").content.decode().split('name="donor"', 1)[1]
    donors = donors.split("</select>", 1)[0]
    assert '<option value="new-zealand">New Zealand</option>' in donors
    assert 'value="canada"' not in donors
    chosen = client.get("/pledges/?donor=new-zealand").content.decode()
    assert '<option value="new-zealand" selected>New Zealand</option>' in chosen
