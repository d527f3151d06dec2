"""No list hides a record silently: what a date or value filter leaves out, or an order places
apart, for want of a date or value, is counted under the list with a link that shows it; values
are ranked only within one currency; the home page says where its data comes from."""

import datetime
import re
from decimal import Decimal
from urllib.parse import urljoin

import pytest
from django.urls import reverse

from pledges.models import Pledge, Sanction
from tests.factories import CountryFactory, PledgeFactory, SanctionFactory, SourceFactory
from tests.test_views import listed, text

pytestmark = pytest.mark.django_db

PLEDGES = reverse("pledges:pledge-list")
SANCTIONS = reverse("pledges:sanction-list")
UNDATED = {"announced_on": None, "announced_precision": "unknown"}
UNVALUED = {"amount": None, "currency": ""}


def notes(response) -> list[tuple[str, str]]:
    """Each note under the list (or a table) that says what it cannot place: its words, and the
    address of its link, made absolute against the page's."""
    found = []
    page = response.content.decode()
    for note in re.findall(r'<p class="message unplaced">(.*?)</p>', page, flags=re.S):
        words = " ".join(re.sub(r"<[^>]+>", " ", note).split()).replace(" .", ".")
        href = re.search(r'href="([^"]+)"', note)
        url = urljoin(response.request["PATH_INFO"], href[1].replace("&amp;", "&")) if href else ""
        found.append((words, url))
    return found


def count(response) -> int:
    return response.context["page_obj"].paginator.count


# --- Date filters leave out what states no date ----------------------------------------------


def test_a_date_filter_says_how_many_pledges_state_no_date_and_links_to_them(article, client):
    response = client.get(PLEDGES, {"announced_after": "2022-02-01"})
    assert count(response) == 3
    assert notes(response) == [
        (
            "4 more pledges match the other filters but state no date, so no date filter can "
            "place them: show them.",
            "/pledges/?announced=unknown",
        )
    ]
    shown = listed(client.get(notes(response)[0][1]))
    assert len(shown) == 4
    assert all(pledge.announced_on is None for pledge in shown)


def test_the_link_keeps_the_other_filters_and_drops_the_dates_and_the_page(article, client):
    query = {"donor": "jp", "announced_before": "2022-12-31", "page": "1"}
    response = client.get(PLEDGES, query)
    assert count(response) == 1
    ((words, url),) = notes(response)
    assert words.startswith("2 more pledges match the other filters but state no date")
    assert url == "/pledges/?donor=japan&announced=unknown"
    assert {p.reference for p in listed(client.get(url))} == {
        "jp-ua-emergency-humanitarian-aid",
        "jp-ua-refugee-admission",
    }


def test_one_pledge_left_out_is_told_in_the_singular(db, client):
    ukraine = CountryFactory()
    PledgeFactory(recipient=ukraine)
    PledgeFactory(recipient=ukraine, **UNDATED)
    response = client.get(PLEDGES, {"announced_after": "2000-01-01"})
    assert notes(response)[0][0] == (
        "1 more pledge matches the other filters but states no date, so no date filter can "
        "place it: show it."
    )


def test_a_date_filter_that_matches_nothing_still_says_what_it_left_out(article, client):
    response = client.get(SANCTIONS, {"imposed_after": "2022-01-01"})
    page = text(response)
    assert "No sanctions match these filters." in page
    assert notes(response) == [
        (
            "4 more sanctions match the other filters but state no start date, so no date "
            "filter can place them: show them.",
            "/sanctions/?imposed=unknown",
        )
    ]
    assert len(listed(client.get(notes(response)[0][1]))) == 4


@pytest.mark.parametrize(
    ("choice", "references"),
    [
        ("unknown", {"gb-ua-lethal-and-non-lethal-aid", "se-ua-military-shipment",
                     "jp-ua-emergency-humanitarian-aid", "jp-ua-refugee-admission"}),
        ("known", {"jp-ua-defense-equipment", "us-ua-weapons", "ca-ua-military-aid"}),
    ],
)  # fmt: skip
def test_pledges_can_be_chosen_by_whether_they_state_a_date(article, client, choice, references):
    response = client.get(PLEDGES, {"announced": choice})
    assert {pledge.reference for pledge in listed(response)} == references


def test_no_stated_date_and_a_date_range_contradict_each_other(article, client):
    response = client.get(PLEDGES, {"announced": "unknown", "announced_after": "2022-01-01"})
    assert "Those with no stated date cannot fall between dates" in text(response)
    select = re.search(r'<select name="announced"[^>]*>', response.content.decode())[0]
    assert 'aria-invalid="true"' in select
    assert listed(response) == []


def test_sanctions_can_be_chosen_by_whether_they_state_a_start_date(db, client):
    SanctionFactory(imposed_on=datetime.date(2022, 3, 1), imposed_precision="day")
    undated = SanctionFactory()
    assert listed(client.get(SANCTIONS, {"imposed": "unknown"})) == [undated]
    assert len(listed(client.get(SANCTIONS, {"imposed": "known"}))) == 1


# --- Date orders place undated records apart ---------------------------------------------------


@pytest.mark.parametrize("query", [{}, {"sort": "-announced"}, {"sort": "announced"}])
def test_date_orders_say_how_many_pledges_they_list_after_the_dated_ones(article, client, query):
    response = client.get(PLEDGES, query)
    assert [pledge.announced_on is None for pledge in listed(response)] == [False] * 3 + [True] * 4
    assert notes(response) == [
        (
            "4 pledges with no stated date are listed after the dated ones: show them on their "
            "own.",
            "/pledges/?announced=unknown",
        )
    ]


def test_newest_first_puts_the_worked_out_date_of_japans_pledge_first(article, client):
    assert listed(client.get(PLEDGES))[0].reference == "jp-ua-defense-equipment"  # 4 Mar 2022


def test_orders_by_name_place_nothing_apart(article, client):
    assert notes(client.get(PLEDGES, {"sort": "donor"})) == []


def test_a_list_of_undated_records_only_places_none_apart(article, client):
    assert notes(client.get(SANCTIONS)) == []  # none of the article's sanctions is dated
    assert notes(client.get(PLEDGES, {"donor": "sweden"})) == []


def test_the_sanction_list_says_how_many_it_lists_after_the_dated_ones(db, client):
    SanctionFactory(imposed_on=datetime.date(2022, 3, 1), imposed_precision="day")
    SanctionFactory.create_batch(2)
    response = client.get(SANCTIONS)
    assert [sanction.imposed_on is None for sanction in listed(response)] == [False, True, True]
    assert notes(response) == [
        (
            "2 sanctions with no stated start date are listed after the dated ones: show them on "
            "their own.",
            "/sanctions/?imposed=unknown",
        )
    ]


# --- Value filters leave out what states no value ----------------------------------------------


@pytest.mark.parametrize(
    ("query", "shown"),
    [({"currency": "USD"}, 2), ({"currency": "USD", "amount_min": "200,000,000"}, 1)],
)
def test_value_filters_say_how_many_pledges_state_no_value(article, client, query, shown):
    response = client.get(PLEDGES, query)
    assert count(response) == shown
    value_note = notes(response)[-1]
    assert value_note == (
        "4 more pledges match the other filters but state no value, so no currency or value "
        "filter can place them: show them.",
        "/pledges/?value=unknown",
    )
    unvalued = listed(client.get(value_note[1]))
    assert len(unvalued) == 4
    assert all(pledge.amount is None for pledge in unvalued)


def test_no_stated_value_and_a_currency_contradict_each_other(article, client):
    response = client.get(PLEDGES, {"value": "unknown", "currency": "USD"})
    assert "Pledges with no stated value have no currency or amount" in text(response)
    assert listed(response) == []


# --- Values are ranked by their value in US dollars -------------------------------------------


@pytest.mark.parametrize(
    ("sort", "references", "words"),
    [
        ("-value", ["us-ua-weapons", "ca-ua-military-aid"], "largest first"),
        ("value", ["ca-ua-military-aid", "us-ua-weapons"], "smallest first"),
    ],
)
def test_values_in_any_currency_are_ranked_by_their_value_in_dollars(article, client, sort,
                                                                     references, words):  # fmt: skip
    response = client.get(PLEDGES, {"sort": sort})
    assert response.status_code == 200
    assert [p.reference for p in listed(response)] == references  # US$350m, then CA$25m
    # Japan's US$100 million states no date, so it has no value in dollars: not ranked, and
    # counted with the four that state no value.
    assert notes(response) == [
        (
            f"Ranked by value in US dollars, {words}: each value converted at the European "
            "Central Bank’s reference rate for its date (computed, not stated); 5 pledges with "
            "no value in US dollars (none stated, or none that can be converted) are not "
            "ranked: show them.",
            "/pledges/?converted=unknown",
        )
    ]
    assert 'id="id_sort_notice"' not in response.content.decode()


def test_a_ranking_within_a_currency_keeps_the_currency_filter(article, client):
    response = client.get(PLEDGES, {"currency": "USD", "sort": "-value"})
    assert [(p.currency, p.amount) for p in listed(response)] == [("USD", 350_000_000)]
    (note,) = notes(response)
    assert "1 pledge with no value in US dollars" in note[0]
    assert note[1] == "/pledges/?currency=USD&converted=unknown"


def test_a_ranking_with_every_pledge_converted_says_only_how_it_ranks(db, client):
    PledgeFactory(amount=Decimal("5"), currency="EUR")
    response = client.get(PLEDGES, {"sort": "-value"})
    assert notes(response)[0] == (
        "Ranked by value in US dollars, largest first: each value converted at the European "
        "Central Bank’s reference rate for its date (computed, not stated).",
        "",
    )


# --- Counts and links agree ------------------------------------------------------------------


FILTERED = [
    {"announced_after": "2022-02-01"},
    {"announced_before": "2022-02-26", "recipient": "ukraine"},
    {"announced_after": "2022-02-27", "currency": "USD"},
    {"currency": "CAD"},
    {"currency": "USD", "sort": "-value", "category": "humanitarian"},
    {"sort": "-value"},
    {"converted": "unknown"},
    {"sort": "announced", "category": "military"},
    {"donor": "japan"},
    {"value": "unknown"},
]


@pytest.mark.parametrize("query", FILTERED)
def test_every_show_them_link_lists_exactly_the_pledges_counted(article, client, query):
    response = client.get(PLEDGES, query)
    assert any(url for _words, url in notes(response)), query
    for words, url in notes(response):
        if url:
            said = int(re.search(r"\b(\d+) (?:more )?pledges?\b", words)[1])
            assert count(client.get(url)) == said, (words, url)


@pytest.mark.parametrize(
    ("query", "without"),
    [
        # Ranges and values that every dated (or valued) pledge of the others meets.
        ({"announced_after": "2022-02-01"}, ["announced_after"]),
        ({"announced_before": "2022-12-31", "category": "military"}, ["announced_before"]),
        ({"donor": "japan", "currency": "USD", "amount_min": "1"}, ["currency", "amount_min"]),
    ],
)
def test_shown_and_left_out_add_up_to_the_other_filters_total(article, client, query, without):
    response = client.get(PLEDGES, query)
    (words,) = [words for words, _url in notes(response) if " more " in words]
    left_out = int(re.search(r"(\d+) more", words)[1])
    others = {name: value for name, value in query.items() if name not in without}
    assert count(response) + left_out == count(client.get(PLEDGES, others))


def test_counts_of_what_is_left_out_stop_at_a_bound_and_say_more_than(db, client, monkeypatch):
    monkeypatch.setattr("pledges.views.UNPLACED_ROWS", 2)
    PledgeFactory.create_batch(3, **UNDATED)
    PledgeFactory()
    response = client.get(PLEDGES, {"announced_after": "2000-01-01"})
    assert notes(response)[0][0].startswith("More than 2 more pledges match the other filters")


# --- Summary pages -----------------------------------------------------------------------------


def test_the_home_page_ranks_donors_by_how_many_pledges_and_never_calls_it_biggest(article,
                                                                                  client):  # fmt: skip
    response = client.get("/")
    page = text(response)
    assert "biggest" not in page.lower()
    assert "Donors with the most pledges" in page
    assert "Ranked by how many pledges each donor made." in page
    assert response.context["donors_by_pledges"][0].name == "Japan"


def test_the_home_page_says_where_its_data_comes_from_and_what_it_does_not_cover(article, client):
    page = text(client.get("/"))
    worked_out = "worked out (not stated by the source: worked out)"
    assert f"Everything here is taken from 1 source, published 4 Mar 2022 {worked_out}." in page
    assert (
        f"The pledges were announced between 26 Feb 2022 {worked_out} and 4 Mar 2022 "
        f"{worked_out}; 4 of the 7 state no date."
    ) in page
    assert "None of the 4 sanctions states a start date." in page
    assert "it is not a complete record of all the aid pledged" in page
    assert (
        "only those computed values are added up across currencies, and each total says how "
        "many pledges it leaves out"
    ) in page


def test_the_span_of_dates_is_computed_from_the_data(db, client):
    source = SourceFactory(published_on=datetime.date(2021, 5, 1), published_precision="month")
    SourceFactory(published_on=datetime.date(2023, 1, 9), published_precision="day")
    SourceFactory()
    PledgeFactory(source=source, announced_on=datetime.date(2022, 6, 3))
    SanctionFactory(
        source=source,
        imposed_on=datetime.date(2020, 2, 2),
        imposed_precision="derived",
        reading_note="Worked out.",
    )
    SanctionFactory(source=source, imposed_on=datetime.date(2020, 2, 2), imposed_precision="day")
    page = text(client.get("/"))
    assert (
        "from 3 sources, published between May 2021 and 9 Jan 2023 (1 of them gives no date)."
        in page
    )
    assert "The pledges were announced 3 Jun 2022." in page
    assert "The sanctions started 2 Feb 2020." in page  # stated by one, so not marked


def test_the_home_page_says_how_many_pledges_the_latest_cannot_place(article, client):
    response = client.get("/")
    assert response.context["latest_pledges"][0].reference == "jp-ua-defense-equipment"
    assert notes(response) == [
        (
            "4 pledges state no date, so they cannot be placed among the latest (any listed "
            "here come after the dated ones): show them.",
            "/pledges/?announced=unknown",
        )
    ]


def test_a_country_page_says_how_many_of_its_records_state_no_date(article, client):
    response = client.get("/countries/japan/")
    assert notes(response) == [
        (
            "2 of the 3 pledges given state no date, so they cannot be placed among the latest "
            "and come after the dated ones: show them.",
            "/pledges/?donor=japan&announced=unknown",
        ),
        (
            "None of these 4 sanctions imposed states a start date, so they cannot be put in "
            "date order: show them.",
            "/sanctions/?imposer=japan&imposed=unknown",
        ),
    ]
    assert count(client.get(notes(response)[0][1])) == 2
    assert count(client.get(notes(response)[1][1])) == 4


def test_a_country_whose_records_all_give_a_date_has_no_such_note(db, client):
    donor = PledgeFactory().donor
    assert notes(client.get(donor.get_absolute_url())) == []


def test_the_received_side_is_told_too(article, client):
    ((words, url),) = notes(client.get("/countries/ukraine/"))
    assert words.startswith("4 of the 7 pledges received state no date")
    assert url == "/pledges/?recipient=ukraine&announced=unknown"


def test_records_left_out_are_counted_from_the_rows_not_assumed(db, client):
    PledgeFactory(**UNDATED, **UNVALUED)
    assert Pledge.objects.undated().unvalued().count() == 1
    assert Sanction.objects.undated().count() == 0
    response = client.get(PLEDGES, {"currency": "USD"})
    assert count(response) == 0
    assert "1 more pledge matches the other filters but states no value" in notes(response)[0][0]
