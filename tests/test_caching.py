"""Anonymous pages are cached, and any edit makes them stale at once."""

import pytest
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from pledges.models import Pledge
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
