"""One address per page: parameters a page does not read are dropped by a redirect."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("address", "canonical"),
    [
        ("/?x=1", "/"),
        ("/countries/japan/?utm_source=newsletter", "/countries/japan/"),
        ("/pledges/?donor=sweden&junk=1", "/pledges/?donor=sweden"),
        ("/pledges/?donor=&category=&q=helmets&page=", "/pledges/?q=helmets"),
        ("/pledges/?Donor=sweden", "/pledges/"),
        ("/sanctions/?imposer=japan&donor=japan", "/sanctions/?imposer=japan"),
        ("/items/helmets/?page=2&sort=x", "/items/helmets/?page=2"),
        ("/countries/?format=csv&q=x", "/countries/?format=csv"),
        ("/sitemap.xml?x=junk", "/sitemap.xml"),
        ("/sitemap-pledges.xml?p=2&x=junk", "/sitemap-pledges.xml?p=2"),
        ("/feed/?x=1", "/feed/"),
        ("/robots.txt?x=1", "/robots.txt"),
        ("/downloads/?x=1", "/downloads/"),
        ("/pledges/?q=%C3%A9l%C3%A8ve&x=%00", "/pledges/?q=%C3%A9l%C3%A8ve"),
    ],
)
def test_parameters_a_page_does_not_read_are_dropped(article, client, address, canonical):
    response = client.get(address)
    assert response.status_code == 301
    assert response["Location"] == canonical


@pytest.mark.parametrize(
    "address",
    [
        "/pledges/?donor=sweden&category=military&sort=donor&page=1",
        "/pledges/?format=json&q=helmets",
        "/sanctions/?measure=asset_freeze",
        "/sitemap-pledges.xml?p=1",
        "/pledges/?q=a&q=b",
    ],
)
def test_addresses_with_only_what_a_page_reads_are_answered(article, client, address):
    assert client.get(address).status_code in (200, 400)  # never redirected


def test_the_admin_keeps_its_own_parameters(admin_client):
    response = admin_client.get(reverse("admin:pledges_pledge_changelist") + "?o=1&q=x&e=1")
    assert response.status_code != 301


def test_forms_sent_to_a_page_are_not_redirected(article, client):
    assert client.post("/pledges/?junk=1").status_code != 301
