"""The public pages, read with the test client as a reader would read them."""

import re

import pytest
from django.urls import reverse

from pledges.models import Country, ItemType, Pledge, Sanction, Source
from pledges.stats import refresh_all

pytestmark = pytest.mark.django_db


def text(response) -> str:
    """The page's visible text, tags removed and white space folded."""
    assert response.status_code == 200, response.status_code
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    words = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return re.sub(r"([(“]) | ([;,.:)”])", lambda m: m[1] or m[2], words)


def listed(response) -> list:
    return list(response.context["object_list"])


# --- Home ------------------------------------------------------------------------------------


def test_home_shows_counts_latest_pledges_and_donors_with_the_most_pledges(article, client):
    response = client.get(reverse("pledges:home"))
    page = text(response)
    assert "7 pledges" in page
    assert "4 sanctions" in page
    assert "8 countries" in page
    assert response.context["donors_by_pledges"][0].name == "Japan"
    assert "US$100 million (1 pledge); 2 pledges with no stated value" in page
    assert "CA$25 million" in page
    assert response.context["latest_pledges"][0].donor.name == "Japan"  # 4 Mar 2022, worked out


# --- Countries -------------------------------------------------------------------------------


def test_country_list_shows_every_country_with_data_and_its_counts(article, client):
    response = client.get(reverse("pledges:country-list"))
    countries = {c.name: c for c in response.context["countries"]}
    assert set(countries) == {"Canada", "Japan", "Poland", "Russia", "Sweden", "Ukraine",
                              "United Kingdom", "United States"}  # fmt: skip
    japan = countries["Japan"]
    assert (japan.pledges_given_count, japan.sanctions_imposed_count) == (3, 4)
    assert countries["Russia"].sanctions_received_count == 4
    assert countries["Ukraine"].pledges_received_count == 7


def test_japan_page_shows_what_it_pledged_and_the_sanctions_it_imposed(article, client):
    response = client.get("/countries/japan/")
    page = text(response)
    assert "<h1>Japan</h1>" in response.content.decode()
    assert "3 pledges given" in page
    assert "4 sanctions imposed" in page
    assert (
        "Humanitarian 2 US$100 million (1 pledge) 1" in page
    )  # category, pledges, value, unvalued
    assert "Military 1 not stated 1" in page
    assert len(response.context["pledges_given"]) == 3
    assert len(response.context["sanctions_imposed"]) == 4
    assert "No pledges to Japan are recorded here." in page


def test_japan_page_links_each_of_its_records_and_the_list_of_its_pledges(article, client):
    response = client.get("/countries/japan/")
    records = [*response.context["pledges_given"], *response.context["sanctions_imposed"]]
    assert len(records) == 7
    for record in records:
        assert f'href="{record.get_absolute_url()}"' in response.content.decode()
    assert 'href="/pledges/?donor=japan"' in response.content.decode()


def test_country_page_never_adds_different_currencies(article, client):
    response = client.get("/countries/ukraine/")
    assert "CA$25 million (1 pledge); US$350 million (1 pledge)" in text(response)


@pytest.mark.parametrize("key", ["jp", "JP", "Jp", "JAPAN", "Japan"])
def test_iso_code_or_other_case_redirects_permanently_to_the_slug(article, client, key):
    response = client.get(f"/countries/{key}/")
    assert response.status_code == 301
    assert response.url == "/countries/japan/"


def test_a_code_with_tracking_parameters_ends_on_the_country_page(article, client):
    response = client.get("/countries/jp/?utm_source=x", follow=True)
    assert response.redirect_chain[-1] == ("/countries/japan/", 301)


@pytest.mark.parametrize("key", ["uk", "UK", "united%20kingdom"])
def test_common_names_and_abbreviations_find_the_country(article, client, key):
    assert client.get(f"/countries/{key}/").url == "/countries/united-kingdom/"


def test_united_states_has_a_readable_address(article, client):
    assert client.get("/countries/united-states/").status_code == 200
    assert client.get("/countries/us/").url == "/countries/united-states/"


def test_unknown_country_is_a_helpful_404(article, client):
    response = client.get("/countries/swedn/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "No country “swedn”" in page
    assert 'href="/countries/sweden/"' in page


def test_country_without_data_has_a_page_saying_so(db, client):
    response = client.get("/countries/iceland/")
    assert "No pledges by Iceland are recorded here." in text(response)


# --- Pledges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "donors"),
    [
        ({"donor": "sweden"}, ["Sweden"]),
        ({"donor": "SE"}, ["Sweden"]),
        ({"donor": "se"}, ["Sweden"]),
        ({"recipient": "ukraine", "category": "humanitarian"}, ["Japan", "Japan"]),
        ({"status": "approved"}, ["United States", "Sweden"]),
        ({"announced_after": "2022-02-27"}, ["Japan", "Canada"]),
        ({"announced_before": "2022-02-26"}, ["United States"]),
        ({"item": "helmets"}, ["Japan", "Sweden"]),
        ({"item": "body-armour"}, ["Japan", "United States", "Sweden"]),
        ({"currency": "USD", "amount_min": "100000000"}, ["United States", "Japan"]),
        ({"currency": "USD", "amount_max": "100,000,000"}, ["Japan"]),
        ({"currency": "USD", "amount_min": "200000000"}, ["United States"]),
        ({"currency": "CAD"}, ["Canada"]),
        ({"donor": "United Kingdom"}, ["United Kingdom"]),
        ({"donor": "uk"}, ["United Kingdom"]),
        ({"donor": "USA"}, ["United States"]),
        ({"q": "javelin"}, ["United States"]),
        ({"q": "refuge"}, ["Japan"]),
        ({"q": "RATIONS"}, ["Sweden"]),
        ({"donor": "japan", "category": "military"}, ["Japan"]),
        ({"donor": "iceland"}, []),
    ],
)
def test_pledge_filters(article, client, query, donors):
    response = client.get(reverse("pledges:pledge-list"), query)
    assert [p.donor.name for p in listed(response)] == donors
    if not donors:
        assert "No pledges match these filters." in text(response)


@pytest.mark.parametrize(
    ("sort", "first", "last"),
    [
        ("-announced", "Japan", "United Kingdom"),  # undated last, latest recorded first
        ("announced", "United States", "United Kingdom"),
        ("donor", "Canada", "United States"),
        ("-donor", "United States", "Canada"),
        # Only the two with a value in US dollars are ranked (the note is tested in
        # test_lists.py): US$350 million, then CA$25 million (about US$19.6 million).
        ("-value", "United States", "Canada"),
        ("value", "Canada", "United States"),
        ("recipient", "Japan", "United Kingdom"),
    ],
)
def test_pledge_sorts(article, client, sort, first, last):
    pledges = listed(client.get(reverse("pledges:pledge-list"), {"sort": sort}))
    assert len(pledges) == (2 if sort in ("-value", "value") else 7)
    assert (pledges[0].donor.name, pledges[-1].donor.name) == (first, last)


def test_unknown_dates_sort_last_both_ways(article, client):
    # Value rankings are tested with the notes of what lists leave out (test_lists.py).
    for sort in ("announced", "-announced"):
        pledges = listed(client.get(reverse("pledges:pledge-list"), {"sort": sort}))
        assert [p.announced_on is None for p in pledges] == [False] * 3 + [True] * 4


def test_a_country_asked_for_by_code_shows_in_the_form(article, client):
    response = client.get(reverse("pledges:pledge-list"), {"donor": "SE", "recipient": "ru"})
    page = response.content.decode()
    assert '<option value="sweden" selected>Sweden</option>' in page
    # Russia receives no pledges, so is not listed, until asked for.
    assert '<option value="russia" selected>Russia</option>' in page


def test_filtered_url_is_the_state_of_the_page(article, client):
    url = reverse("pledges:pledge-list") + "?donor=japan&category=humanitarian&sort=-value"
    first, again = client.get(url), client.get(url)
    assert listed(first) == listed(again)
    form = first.context["filter"].form
    assert form["donor"].value() == "japan"
    assert 'value="japan" selected' in first.content.decode()


def test_pledge_list_paginates_and_links_keep_the_filters(article, client):
    source = Source.objects.get()
    japan, ukraine = Country.objects.get(iso_code="JP"), Country.objects.get(iso_code="UA")
    Pledge.objects.bulk_create(
        Pledge(
            donor=japan,
            recipient=ukraine,
            source=source,
            paragraph=1,
            quote=f"extra {n}",
            category="financial",
            description="Extra.",
        )
        for n in range(30)
    )
    refresh_all()  # as bulk loads do: bulk_create bypasses the signals that keep the figures
    response = client.get(reverse("pledges:pledge-list"), {"donor": "japan"})
    assert response.context["page_obj"].paginator.count == 33
    assert len(listed(response)) == 25
    assert 'href="?donor=japan&amp;page=2"' in response.content.decode()
    second = client.get(reverse("pledges:pledge-list"), {"donor": "japan", "page": "2"})
    assert len(listed(second)) == 8
    assert not set(listed(response)) & set(listed(second))


def test_pledge_detail_shows_items_value_date_and_provenance(article, client):
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    response = client.get(pledge.get_absolute_url())
    page = text(response)
    assert "Military aid from the United States to Ukraine" in page
    # The year is worked out, and the bare "$" read as US dollars: both marked, with the note.
    assert "26 Feb 2022 worked out from “Feb. 26” (not stated by the source: worked out." in page
    assert "US$350 million (USD – United States dollar) currency read" in page
    assert "Javelin anti-tank weapons" in page
    assert "Paragraph 9" in page
    assert "<q>$350 million worth of weapons</q>" in response.content.decode()
    assert "Japan to Supply Bulletproof Vests" in page
    assert "No other pledges by the United States" in page


def test_pledge_detail_shows_unknowns_as_unknown(article, client):
    pledge = Pledge.objects.get(reference="jp-ua-defense-equipment")
    page = text(client.get(pledge.get_absolute_url()))
    assert "Announced 4 Mar 2022 worked out from “Friday”" in page
    assert "Lethal or not Non-lethal read" in page
    assert "Value not stated" in page
    assert "helmets not stated" in page  # quantity
    assert " 0 " not in page
    assert "How we read it" in page
    assert len(client.get(pledge.get_absolute_url()).context["other_pledges"]) == 2


def test_missing_pledge_is_404(article, client):
    assert client.get("/pledges/99999/").status_code == 404


# --- Sanctions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ({"imposer": "japan"}, 4),
        ({"imposer": "jp", "measure": "asset_freeze"}, 2),
        ({"target": "russia", "target_kind": "entities"}, 1),
        ({"target": "ukraine"}, 0),
        ({"imposed_after": "2022-01-01"}, 0),
    ],
)
def test_sanction_filters(article, client, query, count):
    assert len(listed(client.get(reverse("pledges:sanction-list"), query))) == count


def test_sanction_detail_shows_count_named_targets_and_provenance(article, client):
    leaders = Sanction.objects.get(reference="jp-ru-leaders-asset-freeze")
    page = text(client.get(leaders.get_absolute_url()))
    assert "Asset freeze: Japan on Russia" in page
    assert "Number of targets not stated" in page
    assert "Named targets Vladimir Putin" in page
    assert "Paragraph 14" in page
    banks = Sanction.objects.get(reference="jp-ru-bank-asset-freeze")
    assert "Number of targets 7" in text(client.get(banks.get_absolute_url()))


# --- Items and sources -------------------------------------------------------------------------


def test_item_catalogue_lists_stated_quantities_and_donors(article, client):
    response = client.get(reverse("pledges:itemtype-list"))
    page = text(response)
    # Items with no stated quantity are counted in words, never next to a quantity as a number.
    assert "Helmets 5,000 1 pledged item, quantity not stated Japan, Sweden" in page
    assert "Body armour 5,000 pieces 2 pledged items, quantity not stated Japan, Sweden" in page
    assert "Anti-tank weapons 5,000 1 pledged item, quantity not stated Sweden" in page


def test_item_type_page_shows_each_donor(article, client):
    response = client.get(ItemType.objects.get(slug="helmets").get_absolute_url())
    page = text(response)
    assert "Japan not stated 1 pledged item, quantity not stated" in page
    assert "Sweden 5,000 none" in page
    assert len(listed(response)) == 2


def test_unknown_item_type_is_404(article, client):
    assert client.get("/items/unicorns/").status_code == 404


def test_item_type_address_in_capitals_redirects(article, client):
    response = client.get("/items/HELMETS/")
    assert response.status_code == 301
    assert response.url == "/items/helmets/"


def test_item_catalogue_says_when_no_quantity_is_stated(article, client):
    page = text(client.get(reverse("pledges:itemtype-list")))
    assert "Cameras not stated 1 pledged item, quantity not stated Japan" in page


def test_missing_pages_have_the_sites_404_page(article, client):
    for path in ["/pledges/99999/", "/sources/99999/", "/nowhere/"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "There is no page at this address" in response.content.decode()
        assert 'href="/countries/"' in response.content.decode()


def test_source_pages_list_every_fact_taken_from_it(article, client):
    source = Source.objects.get()
    response = client.get(reverse("pledges:source-list"))
    assert (
        "Japan to Supply Bulletproof Vests and Other Defense Equipment to Ukraine The Epoch Times "
        "4 Mar 2022 worked out" in text(response)
    )
    assert text(response).endswith("7 4 4") or " 7 4 4 " in text(response)
    response = client.get(source.get_absolute_url())
    assert len(response.context["pledges"]) == 7
    assert len(response.context["sanctions"]) == 4
    page = text(response)
    assert len(response.context["facts"]) == 4
    assert "Published 4 Mar 2022 worked out" in page
    assert "No date is printed." in page  # the reasoning, with the mark
    assert "The original its address is not recorded" in page
    assert "Paragraphs are counted" in page


@pytest.mark.parametrize(
    "query", [{}, {"donor": "japan"}, {"recipient": "UA"}, {"donor": "se", "sort": "announced"}]
)
def test_precomputed_totals_match_the_rows_listed(article, client, query):
    response = client.get(reverse("pledges:pledge-list"), query)
    paginator = response.context["page_obj"].paginator
    assert paginator.total is not None
    assert paginator.total == response.context["filter"].qs.count()


def test_long_lists_count_only_so_far_and_say_so(article, client, monkeypatch):
    from pledges.pagination import CappedPaginator
    from pledges.views import PledgeListView

    monkeypatch.setattr(CappedPaginator, "max_rows", 5)
    monkeypatch.setattr(PledgeListView, "paginate_by", 2)
    # Filters that precomputed figures do not cover: the list counts up to its cap.
    every = {"source": Source.objects.get().pk}
    page = text(client.get(reverse("pledges:pledge-list"), every))
    assert "More than 5 pledges, showing 1–2" in page
    # Every pledge, or one country's: the precomputed figures give the exact number.
    page = text(client.get(reverse("pledges:pledge-list")))
    assert "7 pledges, showing 1–2" in page
    last = client.get(reverse("pledges:pledge-list"), {"page": "3"})
    assert "The list stops at 5 pledges: narrow the filters" in text(last)
    beyond = client.get(reverse("pledges:pledge-list"), {"page": "4"})
    assert beyond.context["page_obj"].number == 3  # no page reads past the cap
    downloaded = b"".join(
        client.get(reverse("pledges:pledge-list"), {"format": "csv"}).streaming_content
    )
    assert downloaded.count(b"\n") == 8  # the download is not capped: a header and 7 pledges
