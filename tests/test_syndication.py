"""Linking and following: Atom feeds, the sitemap, robots.txt, canonical links, link previews."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import feedparser
import pytest
from django.conf import settings

from pledges.models import Country, Fact, ItemType, Measure, Pledge, Sanction, Source
from pledges.sitemaps import SITEMAPS, PledgeSitemap
from tests.factories import (
    AidItemFactory,
    CountryFactory,
    PledgeFactory,
    SanctionFactory,
    SanctionTargetFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entry_links(feed: ET.Element) -> list[str]:
    return [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]


def parsed(client, url: str) -> feedparser.FeedParserDict:
    """The feed as a feed reader reads it, without feedparser's sanitiser to hide our mistakes."""
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content, sanitize_html=False)
    assert not feed.bozo, feed.bozo_exception
    return feed


class RenderedHTML(HTMLParser):
    """What a reader shows of an HTML summary: its text, and the elements it would build."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def meta(page: str, name: str) -> str:
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', page)
    assert match, name
    return match.group(1)


def test_site_feed_has_the_latest_pledges_and_sanctions(article, client):
    feed = atom(client, "/feed/")
    links = entry_links(feed)
    assert len(links) == 11
    assert all(link.startswith("http://testserver/") for link in links)
    newest = Sanction.objects.order_by("-id").first()
    assert links[0] == f"http://testserver{newest.get_absolute_url()}"
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert "Source: The Epoch Times, paragraph 14." in summary


def test_newly_added_pledge_leads_the_feed(article, client):
    pledge = PledgeFactory(donor=Country.objects.get(iso_code="JP"))
    assert entry_links(atom(client, "/feed/"))[0] == f"http://testserver{pledge.get_absolute_url()}"
    assert entry_links(atom(client, "/countries/japan/feed/"))[0].endswith(
        pledge.get_absolute_url()
    )


def test_country_feed_has_only_that_countrys_records(article, client):
    feed = atom(client, "/countries/japan/feed/")
    assert feed.find(f"{ATOM}title").text == "aidtracker: new pledges and sanctions of Japan"
    assert len(entry_links(feed)) == 7  # 3 pledges, 4 sanctions
    sweden = atom(client, "/countries/se/feed/")
    (link,) = entry_links(sweden)
    assert link.endswith(Pledge.objects.get(reference="se-ua-military-shipment").get_absolute_url())


def test_unknown_countrys_feed_is_404(article, client):
    assert client.get("/countries/narnia/feed/").status_code == 404


HOSTILE = "<img src=x onerror=alert(1)> &amp;"


@pytest.fixture
def hostile_records(db):
    """A pledge and a sanction whose country, item and target names an editor typed as markup."""
    country = CountryFactory(name=f"Markupland {HOSTILE}", slug="markupland")
    pledge = PledgeFactory(donor=country)
    AidItemFactory(pledge=pledge, name=f"vests {HOSTILE}", quantity=None)
    sanction = SanctionFactory(imposer=country, measure=Measure.SWIFT_EXCLUSION)
    SanctionTargetFactory(sanction=sanction, name=f"Bank {HOSTILE}")
    return country


@pytest.mark.parametrize("url", ["/feed/", "/countries/markupland/feed/"])
def test_names_reach_feed_readers_as_text_never_as_markup(hostile_records, client, url):
    feed = parsed(client, url)
    assert len(feed.entries) == 2
    assert {entry.summary_detail.type for entry in feed.entries} == {"text/html"}
    shown = [RenderedHTML(entry.summary) for entry in feed.entries]
    assert [summary.tags for summary in shown] == [[], []]
    text = " ".join(summary.text for summary in shown)
    assert f"vests {HOSTILE}" in text
    assert f"Bank {HOSTILE}" in text


@pytest.mark.parametrize("url", ["/feed/", "/countries/markupland/feed/"])
def test_names_reach_feed_readers_in_entry_titles_as_plain_text(hostile_records, client, url):
    entries = parsed(client, url).entries
    assert len(entries) == 2
    for entry in entries:
        assert entry.title_detail.type == "text/plain"
        assert entry.title.startswith(f"Markupland {HOSTILE} → ")


def test_a_countrys_feed_is_titled_with_its_name_as_text(hostile_records, client):
    feed = parsed(client, "/countries/markupland/feed/")
    assert feed.feed.title == f"aidtracker: new pledges and sanctions of Markupland {HOSTILE}"


def test_feed_titles_keep_the_labels_capitals(article, client):
    titles = [entry.title for entry in parsed(client, "/countries/japan/feed/").entries]
    assert "Japan → Russia: Exclusion from SWIFT" in titles
    assert "Japan → Ukraine: Humanitarian aid" in titles


@pytest.mark.parametrize("url", ["/feed/", "/countries/japan/feed/"])
def test_feeds_name_their_author(article, client, url):
    assert parsed(client, url).feed.author_detail.name == "aidtracker editors"


def test_pages_advertise_their_feeds(article, client):
    page = client.get("/countries/japan/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert 'href="/countries/japan/feed/"' in page
    assert 'href="/feed/"' in client.get("/").content.decode()


def sitemap_locations(client) -> set[str]:
    index = ET.fromstring(client.get("/sitemap.xml").content)
    locations = set()
    for section in index.findall(f"{SITEMAP}sitemap/{SITEMAP}loc"):
        response = client.get(section.text.removeprefix("http://testserver"))
        assert response.status_code == 200
        urlset = ET.fromstring(response.content)
        locations |= {loc.text for loc in urlset.findall(f"{SITEMAP}url/{SITEMAP}loc")}
    return locations


def test_sitemap_lists_every_public_page(article, client):
    locations = sitemap_locations(client)
    expected = {
        "/",
        "/countries/",
        "/pledges/",
        "/sanctions/",
        "/facts/",
        "/items/",
        "/sources/",
        "/downloads/",
    }
    for model in (Pledge, Sanction, Fact, ItemType, Source):
        expected |= {record.get_absolute_url() for record in model.objects.all()}
    expected |= {country.get_absolute_url() for country in Country.objects.with_data()}
    # Each page in every language: /countries/japan/, /uk/countries/japan/, /ja/countries/japan/.
    assert locations == {
        f"http://testserver{prefix}{url}" for url in expected for prefix in ("", "/uk", "/ja")
    }


def test_sitemap_sections_are_split_into_pages_within_the_protocols_limit(
    article, client, monkeypatch
):
    # Each record is listed once per language.
    assert all(section.limit * len(settings.LANGUAGES) <= 50_000 for section in SITEMAPS.values())
    monkeypatch.setattr(PledgeSitemap, "limit", 3)
    index = ET.fromstring(client.get("/sitemap.xml").content)
    pages = [loc.text for loc in index.findall(f"{SITEMAP}sitemap/{SITEMAP}loc")
             if "sitemap-pledges" in loc.text]  # fmt: skip
    assert len(pages) == 3  # 7 pledges, 3 a page
    counts = [
        len(ET.fromstring(client.get(page.removeprefix("http://testserver")).content))
        for page in pages
    ]
    assert counts == [9, 9, 3]  # each pledge in three languages


def test_robots_txt_welcomes_crawlers_and_points_to_the_sitemap(client):
    # The admin and the downloads say noindex in their own answers (test_security.py): no
    # Disallow line that needs wildcards or would name the admin's address.
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines == ["User-agent: *", "Disallow:", "Sitemap: http://testserver/sitemap.xml"]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/", "http://testserver/"),
        ("/countries/japan/?utm_source=chat", "http://testserver/countries/japan/"),
        ("/pledges/?donor=SE&q=&format=&junk=1", "http://testserver/pledges/?donor=sweden"),
        (
            "/pledges/?sort=donor&category=military",
            "http://testserver/pledges/?category=military&sort=donor",
        ),
        ("/items/helmets/", "http://testserver/items/helmets/"),
    ],
)
def test_every_page_names_its_canonical_address(article, client, url, canonical):
    page = client.get(url, follow=True).content.decode()
    assert f'<link rel="canonical" href="{canonical.replace("&", "&amp;")}">' in page


def test_country_preview_states_the_key_facts(article, client):
    page = client.get("/countries/japan/").content.decode()
    facts = (
        "Japan: 3 pledges to Ukraine, US$100 million humanitarian, 4 sanctions on Russia, "
        "1 other fact recorded"
    )
    assert meta(page, "og:description") == facts
    assert meta(page, "twitter:description") == facts
    assert meta(page, "og:title") == facts
    assert meta(page, "twitter:title") == facts
    assert meta(page, "og:url") == "http://testserver/countries/japan/"
    assert (
        meta(page, "twitter:card") == "summary_large_image"
    )  # with its card (tests/test_cards.py)


def test_pledge_sanction_and_source_previews_state_their_facts(article, client):
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    page = client.get(pledge.get_absolute_url()).content.decode()
    assert meta(page, "og:title") == "Military aid from the United States to Ukraine"
    assert meta(page, "og:description").startswith(
        "The United States pledged military aid to Ukraine worth US$350 million (26 Feb 2022)"
    )
    sanction = Sanction.objects.get(reference="jp-ru-bank-asset-freeze")
    page = client.get(sanction.get_absolute_url()).content.decode()
    assert meta(page, "og:description") == (
        "Asset freeze imposed by Japan on Russia: 7 banks. Source: The Epoch Times, paragraph 14."
    )
    page = client.get(Source.objects.get().get_absolute_url()).content.decode()
    assert meta(page, "og:description").startswith(
        "Source by The Epoch Times of 7 pledges and 4 sanctions"
    )


def test_home_preview_states_the_sites_counts(article, client):
    page = client.get("/").content.decode()
    facts = (
        "7 aid pledges, 4 sanctions and 4 other facts concerning 8 countries, taken from 1 source: "
        "every figure links to the paragraph and words that state it."
    )
    assert meta(page, "description") == facts
    assert meta(page, "og:description") == facts
    assert meta(page, "twitter:description") == facts
    assert meta(page, "og:title") == "Aid pledges and sanctions, traced to their sources"
    assert meta(page, "twitter:title") == "Aid pledges and sanctions, traced to their sources"
    assert meta(page, "og:url") == "http://testserver/"
    assert page.count('<meta name="description"') == 1
