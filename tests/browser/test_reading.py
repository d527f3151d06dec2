"""A reader's paths through the reading_site, in a real browser, at desktop and phone widths."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.windows import DESKTOP, PHONE

# They only read: one committed copy of the article serves them all (conftest's reading_site).


def test_home_to_country_to_pledge_to_source(reading_site, page: Page, screenshot):
    """What did Sweden send Ukraine, and says who? Two clicks from the home page."""
    page.set_viewport_size(DESKTOP)
    page.goto(reading_site + "/")
    expect(page.locator("h1")).to_have_text("Aid pledges and sanctions, traced to their sources")
    screenshot("home-desktop")

    page.get_by_role("link", name="Sweden", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/countries/sweden/$"))
    expect(page.locator("h1")).to_have_text("Sweden")
    screenshot("country-sweden-desktop")

    page.get_by_role("link", name="Military aid").first.click()
    expect(page.locator("h1")).to_have_text("Military aid from Sweden to Ukraine")
    items = page.get_by_role("table", name=re.compile("Items of this pledge"))
    expect(items).to_contain_text("135,000")
    expect(items).to_contain_text("5,000 pieces")
    expect(page.locator(".provenance")).to_contain_text("The Epoch Times")
    expect(page.locator(".provenance")).to_contain_text("approved the shipment")
    screenshot("pledge-sweden-desktop")

    page.locator(".provenance").get_by_role("link").click()
    expect(page.locator("h1")).to_contain_text("Japan to Supply Bulletproof Vests")
    screenshot("source-desktop")


def test_japan_page_shows_its_pledges_and_sanctions(reading_site, page: Page, screenshot):
    page.set_viewport_size(DESKTOP)
    page.goto(reading_site + "/countries/jp/")
    expect(page).to_have_url(re.compile(r"/countries/japan/$"))
    expect(page.get_by_role("table", name="Latest pledges given")).to_contain_text("US$100 million")
    expect(page.get_by_role("table", name="Latest sanctions imposed")).to_contain_text(
        "Vladimir Putin"
    )
    screenshot("country-japan-desktop")


def test_filter_applied_through_the_form_gives_a_shareable_url(
    reading_site, page: Page, browser, screenshot
):
    page.set_viewport_size(DESKTOP)
    page.goto(reading_site + "/pledges/")
    page.get_by_label("Donor").select_option(label="Canada")
    page.get_by_label("Sort").select_option(label="Value in US dollars, largest first")
    page.get_by_role("button", name="Show pledges").click()
    expect(page).to_have_url(re.compile(r"donor=canada"))
    expect(page.locator(".results .message").first).to_have_text("1 pledge.")
    screenshot("pledges-filtered-desktop")

    shared = browser.new_page()
    shared.goto(page.url)
    expect(shared.get_by_label("Donor")).to_have_value("canada")
    expect(shared.locator(".results tbody tr")).to_have_count(1)
    shared.close()


def test_bad_filter_shows_its_message_beside_the_field(reading_site, page: Page):
    page.goto(reading_site + "/pledges/")
    page.get_by_label("Value at least").fill("500")
    page.get_by_label("Value at most").fill("100")
    page.get_by_role("button", name="Show pledges").click()
    expect(page.locator("#id_amount_max_error")).to_have_text("The maximum is below the minimum.")
    expect(page.get_by_label("Value at most")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_contain_text("No pledges are shown")


def test_keyboard_reaches_the_content_first(reading_site, page: Page):
    page.goto(reading_site + "/pledges/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#content$"))


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/", "home"),
        ("/countries/japan/", "country-japan"),
        ("/countries/ukraine/", "country-ukraine"),
        ("/compare/?countries=japan,united-states,sweden", "compare"),
        ("/pledges/", "pledges"),
        ("/pledges/?donor=sweden", "pledges-sweden"),
        ("/sanctions/", "sanctions"),
        ("/items/", "items"),
        ("/items/helmets/", "item-helmets"),
        ("/countries/", "countries"),
        ("/sources/", "sources"),
        ("{source}", "source"),
        ("{pledge}", "pledge"),
        ("{sanction}", "sanction"),
    ],
)
@pytest.mark.parametrize(("viewport", "width_name"), [(PHONE, "phone"), (DESKTOP, "desktop")])
def test_every_page_fits_a_phone_and_a_desktop(reading_site, page: Page, screenshot, path, name,
                                               viewport, width_name):  # fmt: skip
    from pledges.models import Pledge, Sanction, Source

    path = path.format(
        source=Source.objects.get().get_absolute_url(),
        pledge=Pledge.objects.get(reference="se-ua-military-shipment").get_absolute_url(),
        sanction=Sanction.objects.get(reference="jp-ru-bank-asset-freeze").get_absolute_url(),
    )
    page.set_viewport_size(viewport)
    page.goto(reading_site + path)
    # The page itself never scrolls sideways; wide tables scroll inside their own region.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], f"{path} is {width}px wide"
    expect(page.locator("h1")).to_be_visible()
    screenshot(f"{name}-{width_name}")


def test_pledge_detail_fits_a_phone(reading_site, page: Page, screenshot):
    page.set_viewport_size(PHONE)
    page.goto(reading_site + "/pledges/?donor=united-states")
    page.get_by_role("link", name="Military aid").first.click()
    expect(page.locator("h1")).to_have_text("Military aid from the United States to Ukraine")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot("pledge-united-states-phone")


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_charts_are_read_out_as_their_figures_and_fit_the_page(reading_site, page: Page, width):
    page.set_viewport_size(width)
    page.goto(reading_site + "/")
    chart = page.get_by_role("img", name="Donors by the value of their pledges in US dollars")
    expect(chart).to_be_visible()
    expect(chart).to_have_accessible_description(
        "United States: about US$350 million; Canada: about US$19.6 million."
    )
    # Drawn within the page's width, its words at a readable size.
    box = chart.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= width["width"]
    label = chart.locator("text").first
    assert label.evaluate("e => e.getBoundingClientRect().height") >= 11
    page.goto(reading_site + "/countries/ukraine/")
    received = page.get_by_role("img", name="Pledges to Ukraine by category")
    expect(received).to_have_accessible_description("Military: 5 pledges; Humanitarian: 2 pledges.")
    # Each chart's link names its chart, for a screen reader's list of links.
    page.get_by_role("link", name="The pledges behind it (Pledges to Ukraine by category)").click()
    expect(page).to_have_url(re.compile(r"/pledges/\?recipient=ukraine$"))


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_charts_over_time_are_read_out_and_open_their_table(reading_site, page: Page, width):
    page.set_viewport_size(width)
    page.goto(reading_site + "/countries/ukraine/")
    chart = page.get_by_role("img", name="Pledges to Ukraine by the month they were announced")
    expect(chart).to_be_visible()
    expect(chart).to_have_accessible_description(re.compile(r"^Feb 2022: \d+ pledges?; Mar 2022"))
    box = chart.bounding_box()
    assert box["x"] + box["width"] <= width["width"]
    # The same figures as a table, opened from the keyboard, without JavaScript of ours.
    table = page.get_by_role("table", name="Pledges to Ukraine by the month they were announced")
    expect(table).to_be_hidden()
    page.get_by_text("The figures", exact=False).first.focus()
    page.keyboard.press("Enter")
    expect(table).to_be_visible()
    expect(table.get_by_role("row")).to_have_count(3)  # its header, February and March


def test_the_compare_page_reads_countries_side_by_side(reading_site, page: Page):
    page.goto(reading_site + "/countries/japan/")
    page.get_by_role("link", name="Compare Japan with other countries").click()
    field = page.get_by_label("Countries to compare")
    expect(field).to_have_value("japan")
    field.fill("Japan, USA, sweden")
    field.press("Enter")
    expect(page).to_have_url(re.compile(r"/compare/\?countries=japan,united-states,sweden$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Japan, United States and Sweden compared"
    )
    table = page.get_by_role("table", name="Japan, United States, Sweden side by side")
    expect(table.get_by_role("columnheader")).to_have_count(4)
    field = page.get_by_label("Countries to compare")
    field.fill("Japan, Narnia")
    field.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("There is no country “Narnia”")
