"""Link-preview cards (og:image): a PNG per page, drawn from the figures the page itself shows,
each in a fixed number of queries, cached per data version as the pages are."""

import html
import re
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.cache import cache
from django.test import override_settings
from PIL import Image

from pledges import cards
from pledges.models import Country, Pledge, Sanction
from tests.factories import PledgeFactory
from tests.test_queries import add_rows

pytestmark = pytest.mark.django_db


def meta(page: str, name: str) -> str:
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', page)
    assert match, name
    return html.unescape(match.group(1))


def png(content: bytes) -> Image.Image:
    image = Image.open(BytesIO(content))
    image.load()  # reads it whole: a broken PNG fails here
    return image


def pledge(reference: str) -> Pledge:
    return Pledge.objects.for_listing().get(reference=reference)


def country(slug: str) -> Country:
    return Country.objects.prefetch_related("totals").get(slug=slug)


@pytest.fixture
def card_urls(article):
    return {
        "home": "/card.png",
        "country": "/countries/japan/card.png",
        "pledge": f"/pledges/{pledge('ca-ua-military-aid').pk}/card.png",
    }


def test_each_card_is_a_1200_by_630_png(client, card_urls):
    for url in card_urls.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        image = png(response.content)
        assert (image.format, image.size) == ("PNG", (1200, 630))


@pytest.mark.parametrize(
    ("address", "facts"),
    [
        ("/", "7 pledges. 4 sanctions. 8 countries"),
        ("/countries/japan/", "3 pledges given · 0 pledges received"),
        ("ca-ua-military-aid", "In US dollars: about US$19.6 million (computed)"),
    ],
)
def test_each_page_names_its_card_in_its_link_preview(article, client, address, facts):
    # (Not named `page`: that is the browser tests' fixture, and its name would move these
    # tests among them, after the live server has emptied the tables.)
    if not address.startswith("/"):
        address = pledge(address).get_absolute_url()
    html_page = client.get(address).content.decode()
    image_url = meta(html_page, "og:image")
    assert re.fullmatch(r"http://testserver/.*card\.png", image_url)
    assert meta(html_page, "og:image:width") == "1200"
    assert meta(html_page, "og:image:height") == "630"
    assert facts in meta(html_page, "og:image:alt")
    assert meta(html_page, "twitter:card") == "summary_large_image"
    image = client.get(image_url)
    assert (image.status_code, image["Content-Type"]) == (200, "image/png")
    assert png(image.content).size == (1200, 630)


def test_a_page_without_a_card_keeps_the_small_preview(article, client):
    page = client.get(Sanction.objects.first().get_absolute_url()).content.decode()
    assert 'property="og:image"' not in page
    assert '<meta name="twitter:card" content="summary">' in page


def test_unknown_country_or_pledge_has_no_card(article, client):
    assert client.get("/countries/atlantis/card.png").status_code == 404
    assert client.get("/pledges/999999/card.png").status_code == 404


def test_a_countrys_code_leads_to_the_card_of_its_page(article, client):
    response = client.get("/countries/JP/card.png")
    assert (response.status_code, response["Location"]) == (301, "/countries/japan/card.png")


def test_a_card_runs_the_same_few_queries_with_many_rows(
    client, card_urls, django_assert_max_num_queries
):
    add_rows(per_donor=40, tag="many")
    assert Pledge.objects.count() > 200
    # The page version (pledges.versions), then the card's own: counts and donors for the home
    # page, the country and its totals, the pledge and its items.
    for url, queries in [(card_urls["home"], 4), (card_urls["country"], 3),
                         (card_urls["pledge"], 3)]:  # fmt: skip
        cache.clear()
        with django_assert_max_num_queries(queries):
            assert client.get(url).status_code == 200


def test_the_same_facts_draw_the_same_bytes(article):
    card = cards.country(country("japan"))
    assert card.png() == card.png()


# What a card states: only what its page shows, in its words.


def test_a_pledge_with_no_stated_value_says_so(article, client):
    record = pledge("jp-ua-defense-equipment")
    assert record.amount is None
    card = cards.pledge(record)
    assert card.title == "Japan to Ukraine"
    assert "Value: not stated" in card.lines
    assert not any("US$" in line for line in card.lines)  # no value is made up
    page = client.get(record.get_absolute_url()).content.decode()
    assert "Value: not stated" in meta(page, "og:image:alt")
    assert client.get(f"{record.get_absolute_url()}card.png").status_code == 200


def test_a_pledge_with_no_date_says_so_and_is_not_converted(db):
    record = PledgeFactory(amount=Decimal("5000000"), currency="EUR", announced_on=None,
                           announced_precision="unknown")  # fmt: skip
    card = cards.pledge(Pledge.objects.for_listing().get(pk=record.pk))
    assert card.lines == (
        "Value: €5 million",
        "In US dollars: not converted",
        "Announced: not stated",
        "Category: Military",
        "Aid items: none named by the source",
    )
    assert png(card.png()).size == (1200, 630)


def test_a_worked_out_date_and_a_computed_value_are_marked(article):
    card = cards.pledge(pledge("ca-ua-military-aid"))
    assert card.lines == (
        "Value: CA$25 million (currency read)",
        "In US dollars: about US$19.6 million (computed)",
        "Announced: 27 Feb 2022 (worked out from “Feb. 27”)",
        "Category: Military",
        "Aid items: none named by the source",
    )


def test_a_dollar_pledge_is_not_converted_to_dollars(article):
    card = cards.pledge(pledge("us-ua-weapons"))
    assert card.lines[0] == "Value: US$350 million (currency read)"
    assert not any("computed" in line for line in card.lines)


def test_the_country_card_states_the_pages_counts_and_totals(article, client):
    ukraine = cards.country(country("ukraine"))
    assert ukraine.title == "Ukraine"
    assert ukraine.lines == (
        "0 pledges given · 7 pledges received",
        "0 sanctions imposed · 0 sanctions targeting Ukraine",
        "At least about US$370 million (computed) across 2 pledges received with a stated value",
    )
    assert ukraine.bars_title == "Pledges to Ukraine by category"
    assert [(bar.label, bar.text, bar.share) for bar in ukraine.bars] == [
        ("Military", "5 pledges", 1.0),
        ("Humanitarian", "2 pledges", 0.4),
    ]
    page = client.get("/countries/ukraine/").content.decode()
    assert "At least about <strong>US$370 million</strong>" in page
    # Japan's one dollar value has no date: there is no total, and the card says why.
    japan = cards.country(country("japan"))
    assert japan.lines[2] == (
        "No total in US dollars of the pledges given: the value stated cannot be converted"
    )


def test_the_home_card_states_the_pages_counts_and_donors_by_value(article, client):
    response = client.get("/")
    card = cards.home(response.context["counts"], response.context["donors_by_value"])
    assert card.title == "Aid pledges and sanctions, traced to their sources"
    assert card.lines == ("7 pledges", "4 sanctions", "8 countries")
    assert [(bar.label, bar.text) for bar in card.bars] == [
        ("United States", "about US$350 million (computed)"),
        ("Canada", "about US$19.6 million (computed)"),
    ]
    # The same figures as the page's chart of donors by value.
    page = response.content.decode()
    for bar in card.bars:
        assert f"{bar.label}: {bar.text.removesuffix(' (computed)')}" in page
    assert response.context["card_alt"] == card.alt


# Drawing: text that fits, in the font Pillow ships.


def test_long_text_stays_inside_the_card():
    long_name = "The Democratic Republic of the Very Long Name of Somewhere Else, " * 3
    card = cards.Card(
        title=long_name,
        lines=(long_name, "Value: €5 million", "Côte d’Ivoire – Curaçao", *[long_name] * 4),
        bars=tuple(
            cards.Bar(long_name, "about US$1.25 billion (computed)", 1 / n) for n in range(1, 8)
        ),
        bars_title=long_name,
    )
    image = png(card.png()).convert("L")
    margin = 40
    right = image.crop((1200 - margin, 13, 1200, 630))
    bottom = image.crop((0, 630 - 24, 1200, 630))
    assert right.getextrema() == (255, 255)  # nothing drawn in the right margin
    assert bottom.getextrema() == (255, 255)


def test_characters_the_font_lacks_are_spelled_with_ones_it_has():
    assert cards._drawable("€5 million") == "EUR 5 million"
    assert cards._drawable("about ₴12,000 → Côte d’Ivoire") == "about UAH 12,000 to Cote d’Ivoire"


# Cached per data version, as the pages are.


def test_a_card_is_cached_and_validated_as_a_page_is(client, card_urls):
    with override_settings(PAGE_CACHE_SECONDS=600):
        first = client.get(card_urls["country"])
        second = client.get(card_urls["country"])
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
        assert second.content == first.content
        assert second["Content-Type"] == "image/png"
        assert first["ETag"] == second["ETag"]
        assert first["Cache-Control"] == "public, no-cache"
        again = client.get(card_urls["country"], HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304
        japan = Country.objects.get(slug="japan")
        japan.save()  # any edit makes the card stale
        edited = client.get(card_urls["country"], HTTP_IF_NONE_MATCH=first["ETag"])
        assert (edited.status_code, edited["X-Page-Cache"]) == (200, "miss")
        assert edited["ETag"] != first["ETag"]
