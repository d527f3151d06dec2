"""Site-wide guards: every page is well-formed, accessible in structure, and every record links."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from pledges.models import Country, ItemType, Pledge, Sanction, Source

pytestmark = pytest.mark.django_db


def public_urls() -> list[str]:
    urls = ["/", "/countries/", "/pledges/", "/sanctions/", "/items/", "/sources/", "/downloads/"]
    # Lists with the notes of what they cannot place, and a value sort refused beside its field.
    urls += ["/pledges/?announced_after=2022-02-01&currency=USD&sort=-value", "/pledges/?sort=value",
             "/sanctions/?imposed_after=2022-01-01", "/compare/",
             "/compare/?countries=japan,united-states,sweden,ukraine", "/pledges/stages/",
             "/pledges/stages/?stage=approved", "/changes/", "/changes/?country=japan"]  # fmt: skip
    for model in (Pledge, Sanction, Source, ItemType):
        urls += [record.get_absolute_url() for record in model.objects.all()]
    urls += [f"{record.get_absolute_url()}history/" for record in Pledge.objects.all()[:1]]
    urls += [country.get_absolute_url() for country in Country.objects.with_data()]
    return urls


def test_every_page_has_one_h1_a_title_and_a_language(article, client):
    for url in public_urls():
        page = client.get(url).content.decode()
        assert len(re.findall(r"<h1[ >]", page)) == 1, url
        assert re.search(r"<title>[^<]+ · aidtracker</title>", page), url
        assert '<html lang="en">' in page, url
        assert '<meta name="viewport"' in page, url
        assert '<link rel="canonical" href="http://testserver/' in page, url


def test_every_record_url_answers(article, client):
    for url in public_urls():
        assert client.get(url).status_code == 200, url


def test_every_table_has_a_caption_and_header_cells(article, client):
    for url in public_urls():
        page = client.get(url).content.decode()
        tables = re.findall(r"<table.*?</table>", page, flags=re.S)
        for table in tables:
            assert re.search(r"<caption[ >]", table), url
            assert '<th scope="col"' in table, url


def test_every_form_control_has_a_label(article, client):
    for url in ["/pledges/", "/sanctions/"]:
        page = client.get(url).content.decode()
        ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', page)
        assert ids, url
        for control in ids:
            assert f'<label for="{control}"' in page, (url, control)


def served(url: str) -> bytes:
    response = Client().get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def test_icons_are_linked_and_served(client):
    page = client.get("/").content.decode()
    svg = re.search(r'<link rel="icon" href="([^"]+\.svg)" type="image/svg\+xml">', page)
    ico = re.search(r'<link rel="icon" href="([^"]+\.ico)" sizes="32x32">', page)
    assert served(svg.group(1)).startswith(b"<svg ")
    assert served(ico.group(1)).startswith(b"\x00\x00\x01\x00")  # an ICO file's header


def test_stylesheet_is_served(client):
    page = client.get("/").content.decode()
    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page).group(1)
    response = Client().get(href)
    assert response.status_code == 200
    assert b":focus-visible" in b"".join(response.streaming_content)


def test_no_model_change_lacks_its_migration():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()
