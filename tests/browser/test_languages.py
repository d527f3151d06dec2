"""A reader in Ukrainian or Japanese: the switcher, the remembered choice, and the pages as they
look in each language (the README's screenshots)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.windows import DESKTOP

# They only read: one committed copy of the article serves them all (conftest's reading_site).

SWITCHER = "nav.languages"
NAMES = {"en": "English", "uk": "Українська", "ja": "日本語"}
JAPAN = {"en": "Japan", "uk": "Японія", "ja": "日本"}


@pytest.mark.parametrize("language", ["en", "uk", "ja"])
def test_home_and_japan_in_each_language(reading_site, page: Page, screenshot, language):
    """From the English home page, the switcher leads to the same page in the language, which
    links on to Japan's page in it."""
    page.set_viewport_size(DESKTOP)
    page.goto(reading_site + "/")
    page.locator(SWITCHER).get_by_role("link", name=NAMES[language]).click()
    prefix = "" if language == "en" else f"/{language}"
    expect(page).to_have_url(re.compile(rf"{prefix}/$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    current = page.locator(SWITCHER).locator('[aria-current="true"]')
    expect(current).to_have_text(NAMES[language])
    screenshot(f"home-{language}")

    page.goto(f"{reading_site}{prefix}/countries/japan/")
    expect(page.locator("h1")).to_have_text(JAPAN[language])
    screenshot(f"country-japan-{language}")


def test_the_choice_is_remembered_and_english_links_follow_it(reading_site, page: Page):
    page.goto(reading_site + "/countries/japan/")
    page.locator(SWITCHER).get_by_role("link", name="日本語").click()
    expect(page).to_have_url(re.compile(r"/ja/countries/japan/$"))
    # A link to the English address, as a journalist would share it, opens in the chosen language.
    page.goto(reading_site + "/pledges/?donor=japan")
    expect(page).to_have_url(re.compile(r"/ja/pledges/\?donor=japan$"))
    # Back to English, by the switcher: English addresses stay English from then on.
    page.locator(SWITCHER).get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/pledges/\?donor=japan$"))
    page.goto(reading_site + "/countries/japan/")
    expect(page).to_have_url(re.compile(r"/countries/japan/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_a_first_visit_follows_the_browsers_language(reading_site, browser):
    context = browser.new_context(
        locale="uk-UA", extra_http_headers={"Accept-Language": "uk,en;q=0.5"}
    )
    page = context.new_page()
    page.goto(reading_site + "/countries/japan/")
    expect(page).to_have_url(re.compile(r"/uk/countries/japan/$"))
    expect(page.locator("h1")).to_have_text("Японія")
    context.close()
