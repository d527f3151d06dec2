"""No list hides a record silently, read in a real browser as a reader would: filter and sort
through the form, read the count and the notes under it, and follow their "show them" links.

Wherever a date or value filter leaves records out for want of a date or value, what the list
shows and what it says it left out add up to the list under the other filters alone.
"""

import re

from playwright.sync_api import Page, expect

# They only read: one committed copy of the article serves them all (conftest's reading_site).


def shown(page: Page) -> int:
    """The number the list says it shows ("7 pledges."), 0 for "No pledges match"."""
    status = page.locator(".results .message").first.inner_text()
    match = re.match(r"(\d+) (pledge|sanction)", status)
    return int(match[1]) if match else 0


def rows(page: Page) -> int:
    return page.locator(".results table.records tbody tr").count()


def note(page: Page, words: str):
    """The note under the list that contains `words`."""
    found = page.locator(".results .message.unplaced", has_text=words)
    expect(found).to_have_count(1)
    return found


def left_out(page: Page, words: str) -> int:
    return int(re.search(r"(\d+) more", note(page, words).inner_text())[1])


def labelled(page: Page, label: str):
    """The form field of this label, and no other whose label begins the same."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def filter_by(page: Page, submit: str, **fields: str) -> None:
    """Fill in the filter form as a reader does, and send it."""
    for label, value in fields.items():
        field = labelled(page, label.replace("_", " "))
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)
    follow(page, page.get_by_role("button", name=submit))


def follow(page: Page, control) -> None:
    """Click a link or button and wait for the page it opens to load, so counts are of that page."""
    with page.expect_navigation():
        control.click()


def test_a_date_filter_tells_what_it_leaves_out_and_shows_it(reading_site, page: Page, screenshot):
    page.goto(reading_site + "/pledges/")
    total = shown(page)
    filter_by(page, "Show pledges", Announced_on_or_after="2022-02-01")
    expect(page).to_have_url(re.compile(r"announced_after=2022-02-01"))
    words = "state no date, so no date filter can place them"
    assert shown(page) + left_out(page, words) == total == 7
    screenshot("pledges-date-filter-left-out")

    missing = left_out(page, words)
    follow(page, note(page, words).get_by_role("link", name="show them"))
    expect(page).to_have_url(re.compile(r"announced=unknown"))
    assert shown(page) == rows(page) == missing
    dates = page.locator(".results tbody tr td:first-child")
    expect(dates).to_have_text(["not stated"] * missing)


def test_a_date_filter_with_other_filters_adds_up_to_those_filters_alone(reading_site, page: Page):
    page.goto(reading_site + "/pledges/?donor=japan")
    japan = shown(page)
    filter_by(page, "Show pledges", Announced_on_or_before="2022-12-31")
    assert shown(page) + left_out(page, "state no date") == japan == 3
    follow(page, note(page, "state no date").get_by_role("link"))
    expect(page).to_have_url(re.compile(r"donor=japan"))
    assert rows(page) == 2


def test_a_currency_filter_tells_what_states_no_value_and_shows_it(reading_site, page: Page):
    page.goto(reading_site + "/pledges/?donor=japan")
    japan = shown(page)
    filter_by(page, "Show pledges", Currency="USD – United States dollar")
    words = "state no value, so no currency or value filter can place them"
    assert shown(page) + left_out(page, words) == japan == 3
    follow(page, note(page, words).get_by_role("link", name="show them"))
    expect(page).to_have_url(re.compile(r"value=unknown"))
    assert rows(page) == 2
    expect(page.locator(".results tbody td.num")).to_have_text(["not stated"] * 2)


def test_newest_first_says_how_many_it_lists_last_and_shows_them_apart(reading_site, page: Page):
    page.goto(reading_site + "/pledges/")
    filter_by(page, "Show pledges", Sort="Newest first")
    words = "4 pledges with no stated date are listed after the dated ones"
    dates = page.locator(".results tbody tr td:first-child")
    expect(dates.first).to_contain_text("4 Mar 2022")  # Japan's, worked out from "Friday"
    expect(dates.nth(3)).to_have_text("not stated")
    follow(page, note(page, words).get_by_role("link", name="show them on their own"))
    expect(dates).to_have_text(["not stated"] * 4)


def test_a_value_sort_ranks_every_currency_by_its_value_in_dollars(
    reading_site, page: Page, screenshot
):
    page.goto(reading_site + "/pledges/")
    filter_by(page, "Show pledges", Sort="Value in US dollars, largest first")
    expect(page.locator("#id_sort_notice")).to_have_count(0)
    values = page.locator(".results tbody td.num")
    expect(values).to_have_text(
        [
            re.compile(r"^US\$350 million"),
            re.compile(r"^CA\$25 million.*about US\$19\.6 million", re.S),
        ]
    )
    ranking = note(page, "Ranked by value in US dollars, largest first")
    expect(ranking).to_contain_text("5 pledges with no value in US dollars")
    screenshot("pledges-value-ranked-usd")
    follow(page, ranking.get_by_role("link", name="show them"))
    expect(values).to_have_count(5)
    expect(page.locator(".results")).not_to_contain_text("Ranked by value")


def test_the_sanction_list_tells_what_no_date_filter_can_place(reading_site, page: Page):
    page.goto(reading_site + "/sanctions/")
    total = shown(page)
    filter_by(page, "Show sanctions", Imposed_on_or_after="2022-01-01")
    expect(page.locator(".results")).to_contain_text("No sanctions match these filters.")
    words = "state no start date, so no date filter can place them"
    assert shown(page) + left_out(page, words) == total == 4
    follow(page, note(page, words).get_by_role("link", name="show them"))
    assert shown(page) == rows(page) == 4


def test_summary_tables_link_to_what_they_cannot_place(reading_site, page: Page):
    page.goto(reading_site + "/")
    expect(page.get_by_role("heading", name="Donors with the most pledges")).to_be_visible()
    expect(page.get_by_text("Biggest", exact=False)).to_have_count(0)
    coverage = page.get_by_role("region", name="Where the data comes from")
    expect(coverage).to_contain_text("1 source, published 4 Mar 2022")
    expect(coverage).to_contain_text("not a complete record")
    latest = page.locator(".message.unplaced", has_text="cannot be placed among the latest")
    follow(page, latest.get_by_role("link"))
    assert rows(page) == 4

    page.goto(reading_site + "/countries/japan/")
    given = page.locator("#given .message.unplaced")
    expect(given).to_contain_text("2 of the 3 pledges given state no date")
    follow(page, given.get_by_role("link"))
    assert rows(page) == 2
    page.goto(reading_site + "/countries/japan/")
    follow(page, page.locator("#imposed .message.unplaced").get_by_role("link"))
    assert rows(page) == 4
