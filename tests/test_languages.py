"""The site in English, Ukrainian and Japanese: addresses, the reader's choice, the catalogues,
and every page rendered in each language."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from aidtracker import languages
from pledges import translations
from pledges.models import Country
from tests.test_site import public_urls

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8"}
PREFIXES = {"en-gb": "", "uk": "/uk", "ja": "/ja"}
LANGUAGE_OF_PAGE = {"en-gb": "en", "uk": "uk", "ja": "ja"}


# --- The catalogues ------------------------------------------------------------------------------


def test_every_message_of_the_interface_is_translated_in_every_language():
    """The CI check: a message added to the code or templates without its Ukrainian and Japanese
    translations (or whose English changed since it was translated) fails here, naming it."""
    found = translations.problems()
    assert not found, "\n".join(str(problem) for problem in found[:40])


def test_the_catalogues_cover_the_interface():
    template = translations.extracted()
    assert len(template) > 300  # the whole interface, not a handful of words
    ids = {message.id for message in template}
    for message in ("Skip to content", "Countries", "not stated"):
        assert message in ids


def test_a_translation_that_drops_a_placeholder_is_reported(tmp_path, monkeypatch):
    catalog = translations.read("uk")
    message = next(m for m in catalog if m.id and isinstance(m.id, str) and "%(" in m.id)
    message.string = "без заповнювача"
    monkeypatch.setattr(translations, "read", lambda language: catalog)
    found = translations.problems_in("uk", translations.extracted(), catalog)
    assert any(problem.message == message.id for problem in found)


# --- Addresses -----------------------------------------------------------------------------------


def test_english_addresses_are_unchanged_and_other_languages_are_prefixed(article):
    client = Client()
    english = client.get("/countries/japan/")
    assert english.status_code == 200
    assert english["Content-Language"] == "en-gb"
    assert '<html lang="en">' in english.content.decode()
    for code in ("uk", "ja"):
        page = client.get(f"/{code}/countries/japan/")
        assert page.status_code == 200
        assert page["Content-Language"] == code
        assert f'<html lang="{code}">' in page.content.decode()
    assert client.get("/en-gb/countries/japan/").status_code == 404
    assert client.get("/fr/countries/japan/").status_code == 404


def test_each_page_names_its_versions_in_every_language(article, client):
    page = client.get("/uk/pledges/?donor=japan").content.decode()
    for hreflang, prefix in (("en", ""), ("uk", "/uk"), ("ja", "/ja"), ("x-default", "")):
        assert (
            f'<link rel="alternate" hreflang="{hreflang}" '
            f'href="http://testserver{prefix}/pledges/?donor=japan">'
        ) in page


def test_the_switcher_links_every_language_and_marks_the_current_one(article, client):
    page = client.get("/ja/countries/japan/").content.decode()
    switcher = re.search(r'<nav aria-label="[^"]+" class="languages">(.*?)</nav>', page, re.S)
    assert switcher
    links = re.findall(r'<a href="([^"]+)" lang="([a-z]+)"([^>]*)>([^<]+)</a>', switcher.group(1))
    assert [(lang, name) for _href, lang, _rest, name in links] == [
        ("en", "English"),
        ("uk", "Українська"),
        ("ja", "日本語"),
    ]
    assert [lang for _href, lang, rest, _name in links if 'aria-current="true"' in rest] == ["ja"]
    assert all("next=%2Fja%2Fcountries%2Fjapan%2F" in href for href, *_ in links)


def test_choosing_a_language_shows_the_same_page_in_it_and_is_remembered(article):
    client = Client()
    answer = client.get("/language/", {"to": "uk", "next": "/ja/pledges/?donor=japan"})
    assert answer.status_code == 302
    assert answer["Location"] == "/uk/pledges/?donor=japan"
    assert answer.cookies[settings.LANGUAGE_COOKIE_NAME].value == "uk"
    assert "no-cache" in answer["Cache-Control"]
    # Chosen: an English link now leads to the Ukrainian page, whatever the browser says.
    answer = client.get("/countries/japan/", HTTP_ACCEPT_LANGUAGE="ja", **BROWSER)
    assert answer["Location"] == "/uk/countries/japan/"
    answer = client.get("/language/", {"to": "en-gb", "next": "/uk/countries/japan/"})
    assert answer["Location"] == "/countries/japan/"
    assert client.get("/countries/japan/", HTTP_ACCEPT_LANGUAGE="ja", **BROWSER).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {"to": "fr", "next": "/"},
        {"to": "", "next": "/"},
        {"to": "uk", "next": "https://elsewhere.example/"},
        {"to": "uk", "next": "//elsewhere.example/"},
    ],
)
def test_an_unknown_language_or_a_foreign_address_is_refused(client, query):
    answer = client.get("/language/", query, follow=True)  # an empty value is dropped first
    assert answer.status_code == 400
    assert settings.LANGUAGE_COOKIE_NAME not in answer.cookies


def test_a_first_visit_follows_the_browsers_language_once(article):
    client = Client()
    answer = client.get(
        "/countries/japan/", HTTP_ACCEPT_LANGUAGE="ja-JP,ja;q=0.9,en;q=0.5", **BROWSER
    )
    assert answer.status_code == 302
    assert answer["Location"] == "/ja/countries/japan/"
    assert answer.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ja"
    assert "Accept-Language" in answer["Vary"]
    assert "no-store" in answer["Cache-Control"]


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9,uk;q=0.8", **BROWSER},  # English first
        {"HTTP_ACCEPT_LANGUAGE": "fr-FR,de;q=0.9", **BROWSER},  # none of the site's
        {"HTTP_ACCEPT_LANGUAGE": "uk"},  # not a browser asking for a page (a feed reader)
        {"HTTP_ACCEPT_LANGUAGE": "uk;q=0.5,*;q=0.9", **BROWSER},  # malformed weights are read
        {"HTTP_ACCEPT_LANGUAGE": "\x00\x01;;;q=x", **BROWSER},  # garbage
        {**BROWSER},  # no Accept-Language at all (crawlers)
    ],
)
def test_other_first_visits_stay_on_the_english_page(article, headers):
    answer = Client().get("/countries/japan/", **headers)
    assert answer.status_code in (200, 302)
    if answer.status_code == 302:  # only the weighted one may prefer Ukrainian
        assert answer["Location"] == "/uk/countries/japan/"
        assert headers["HTTP_ACCEPT_LANGUAGE"].startswith("uk;q=0.5")
    else:
        assert settings.LANGUAGE_COOKIE_NAME not in answer.cookies


def test_the_admin_and_files_are_never_redirected(article):
    client = Client()
    for address in (f"/{settings.ADMIN_URL}login/", "/robots.txt", "/sitemap.xml"):
        answer = client.get(address, HTTP_ACCEPT_LANGUAGE="ja", **BROWSER)
        assert answer.status_code == 200, address
    answer = client.post("/pledges/", HTTP_ACCEPT_LANGUAGE="ja", **BROWSER)
    assert answer.status_code != 302


def test_the_admin_speaks_the_editors_language(editor_client):
    page = editor_client.get(f"/{settings.ADMIN_URL}", HTTP_ACCEPT_LANGUAGE="uk")
    assert page["Content-Language"] == "uk"
    assert "Accept-Language" in page["Vary"]
    editor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ja"
    page = editor_client.get(f"/{settings.ADMIN_URL}", HTTP_ACCEPT_LANGUAGE="uk")
    assert page["Content-Language"] == "ja"


def test_the_sitemap_lists_every_language_with_its_alternates(article, client):
    sitemap = client.get("/sitemap-countries.xml").content.decode()
    for prefix in ("", "/uk", "/ja"):
        assert f"<loc>http://testserver{prefix}/countries/japan/</loc>" in sitemap
    assert sitemap.count('hreflang="x-default"') == 3 * Country.objects.with_data().count()
    assert (
        '<xhtml:link rel="alternate" hreflang="ja" href="http://testserver/ja/countries/japan/"/>'
        in sitemap
    )


# --- Every page in every language ----------------------------------------------------------------


@pytest.mark.parametrize("language", ["en-gb", "uk", "ja"])
def test_every_page_renders_in_every_language(article, client, language):
    with translation.override(language):
        skip, countries = translation.gettext("Skip to content"), translation.gettext("Countries")
    prefix = PREFIXES[language]
    for url in public_urls():
        page = client.get(prefix + url)
        assert page.status_code == 200, prefix + url
        html = page.content.decode()
        assert f'<html lang="{LANGUAGE_OF_PAGE[language]}">' in html, prefix + url
        assert skip in html, prefix + url
        assert countries in html, prefix + url
        assert len(re.findall(r"<h1[ >]", html)) == 1, prefix + url
    if language != "en-gb":
        assert skip != "Skip to content"


@pytest.mark.parametrize("language", ["uk", "ja"])
def test_a_page_in_another_language_has_no_english_interface_left(article, client, language):
    """The words of the interface (not the records' own texts, which stay in English and say so)
    are all translated: no English message of the catalogue appears as a page's text."""
    english = _translated_sentences(language)
    for url in ("/", "/countries/japan/", "/pledges/", "/sanctions/", "/sources/"):
        html = client.get(f"/{language}{url}").content.decode()
        # The records' own texts, marked as written in English, are left out.
        html = re.sub(r'<(span|blockquote) lang="en">.*?</\1>', " ", html, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", html)
        left = [message for message in english if f" {message} " in f" {text} "]
        assert not left, (url, left[:5])


def _translated_sentences(language: str) -> set[str]:
    """The catalogue's English messages of more than a word, without placeholders or markup,
    that have a translation in `language`."""
    with translation.override(language):
        return {
            message.id
            for message in translations.extracted()
            if isinstance(message.id, str)
            and re.fullmatch(r"[^%<]* [^%<]*", message.id)
            and translation.gettext(message.id) != message.id
        }


@pytest.mark.parametrize(
    ("language", "name"), [("en-gb", "Japan"), ("uk", "Японія"), ("ja", "日本")]
)
def test_country_names_follow_the_language(article, client, language, name):
    html = client.get(f"{PREFIXES[language]}/countries/japan/").content.decode()
    assert f"<h1>{name}</h1>" in html


def test_records_own_texts_say_they_are_in_english(article, client):
    english = client.get("/countries/japan/").content.decode()
    assert "Records are written in English" not in english
    for language in ("uk", "ja"):
        html = client.get(f"/{language}/countries/japan/").content.decode()
        assert 'lang="en"' in html


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_downloads_are_the_same_in_every_language(article, client, fmt):
    english = client.get("/pledges/", {"format": fmt, "donor": "japan"})
    assert english.status_code == 200
    expected = _download(english)
    for language in ("uk", "ja"):
        answer = client.get(f"/{language}/pledges/", {"format": fmt, "donor": "japan"})
        assert _download(answer) == expected, language


def _download(answer) -> bytes:
    """The download's bytes, but for the second it was written at (JSON's generated_at)."""
    body = b"".join(answer.streaming_content) if answer.streaming else answer.content
    return re.sub(rb'"generated_at": "[^"]+"', b"", body)


def test_record_addresses_follow_the_language_whichever_was_asked_first(article):
    japan = Country.objects.get(slug="japan")
    for language, address in [("ja", "/ja/countries/japan/"), ("en-gb", "/countries/japan/"),
                              ("uk", "/uk/countries/japan/"), ("ja", "/ja/countries/japan/")]:  # fmt: skip
        with translation.override(language):
            assert japan.get_absolute_url() == address


def test_the_interface_follows_the_language_whichever_was_asked_first(article, client):
    """Templates look each message up once per language (pledges.templating): asking in one
    language never answers another."""
    words = {}
    for language in ("ja", "en-gb", "uk", "ja", "en-gb"):
        with translation.override(language):
            expected = (translation.gettext("Skip to content"),
                        translation.pgettext("sanction", "Start"))  # fmt: skip
        page = client.get(f"{PREFIXES[language]}/sanctions/").content.decode()
        assert all(word in page for word in expected), language
        words[language] = expected
    assert len(set(words.values())) == 3


def test_the_page_cache_keeps_languages_apart(article, settings):
    settings.PAGE_CACHE_SECONDS = 60
    client = Client()
    first = client.get("/countries/japan/")
    japanese = client.get("/ja/countries/japan/")
    again = client.get("/countries/japan/")
    assert again["X-Page-Cache"] == "hit"
    assert japanese["X-Page-Cache"] == "miss"
    assert again.content == first.content
    assert '<html lang="ja">' in japanese.content.decode()
    assert '<html lang="en">' in again.content.decode()


def test_every_language_runs_the_same_queries(article, client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for language, prefix in PREFIXES.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{prefix}/countries/japan/").status_code == 200
        counts[language] = len(queries)
    assert len(set(counts.values())) == 1, counts


# --- Figures and dates in each language's conventions (CLDR) -------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-gb", ["5,000", "US$350 million", "SEK 1,234,567", "26 Feb 2022", "Feb 2022"]),
        ("uk", ["5 000", "350 млн USD", "1 234 567 SEK", "26 лют. 2022 р.", "лют. 2022 р."]),
        ("ja", ["5,000", "$3.5億", "SEK1,234,567", "2022年2月26日", "2022年2月"]),
    ],
)
def test_figures_and_dates_follow_the_language(language, expected):
    import datetime

    from pledges import formatting

    day = datetime.date(2022, 2, 26)
    with translation.override(language):
        written = [
            formatting.number(5000),
            formatting.money(Decimal(350_000_000), "USD"),
            formatting.money(Decimal(1_234_567), "SEK"),
            formatting.partial_date(day, "day"),
            formatting.partial_date(day, "month"),
        ]
    # CLDR separates with (narrow) no-break spaces, which read as spaces.
    assert [re.sub(r"[\xa0\u202f]", " ", text) for text in written] == expected


@pytest.mark.parametrize("language", ["uk", "ja"])
def test_an_amount_words_cannot_state_exactly_is_written_in_full(language):
    from pledges import formatting

    with translation.override(language):
        written = formatting.money(Decimal(1_234_567), "USD")
    assert re.sub(r"\D", "", written) == "1234567"


def test_addresses_in_other_languages():
    assert languages.address_in("/countries/japan/", "ja") == "/ja/countries/japan/"
    assert languages.address_in("/uk/countries/japan/", "ja") == "/ja/countries/japan/"
    assert (
        languages.address_in("/ja/countries/japan/", settings.LANGUAGE_CODE) == "/countries/japan/"
    )
    assert languages.unprefixed("/ukraine/") == "/ukraine/"  # a word that starts like a code


@pytest.mark.parametrize(
    ("address", "location"),
    [
        ("/uk/compare/?countries=Японія,Швеція", "/uk/compare/?countries=japan,sweden"),
        ("/ja/compare/?countries=日本,スウェーデン", "/ja/compare/?countries=japan,sweden"),
        ("/ja/countries/日本/", "/ja/countries/japan/"),
    ],
)
def test_a_country_may_be_named_in_the_pages_language(article, client, address, location):
    answer = client.get(address)
    assert answer.status_code in (301, 302)
    assert answer["Location"] == location


def test_a_pledge_list_filters_by_a_country_named_in_the_pages_language(article, client):
    assert client.get("/uk/pledges/", {"donor": "Японія"}).context["page_obj"].paginator.count == 3


@pytest.mark.parametrize(
    ("language", "name"), [("en-gb", "Japan"), ("uk", "Японія"), ("ja", "日本")]
)
def test_filter_lists_name_countries_in_the_pages_language(article, client, language, name):
    html = client.get(f"{PREFIXES[language]}/pledges/").content.decode()
    assert re.search(rf'<option value="japan"[^>]*>{name}</option>', html)


def test_a_link_preview_picture_has_one_address_in_every_language(article, client):
    for prefix in ("", "/uk", "/ja"):
        html = client.get(f"{prefix}/countries/japan/").content.decode()
        assert 'property="og:image" content="http://testserver/countries/japan/card.png"' in html
