"""The compare page: countries side by side from the precomputed figures, at one address per
comparison, with the pledges behind it as downloads; anything it cannot read is a 400."""

import csv
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from pledges.models import Country, Pledge, Sanction
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db

COMPARE = reverse("pledges:compare")


def cells(html: str, row: str) -> list[str]:
    """The text of each country's cell in the table's row headed `row`."""
    found = re.search(rf'<tr><th scope="row">{re.escape(row)}</th>(.*?)</tr>', html, re.S)
    assert found, row
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", found[1], re.S)]  # fmt: skip


def test_countries_are_shown_side_by_side_in_the_order_asked(article, client):
    response = client.get(f"{COMPARE}?countries=united-states,japan,sweden")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>United States, Japan and Sweden compared</h1>" in html
    names = [Country.objects.get(slug=s) for s in ("united-states", "japan", "sweden")]
    assert cells(html, "Pledges given") == [str(c.pledges_given_count) for c in names]
    assert cells(html, "Sanctions imposed") == [
        str(Sanction.objects.filter(imposer=c).count()) for c in names
    ]
    value = cells(html, "Value given, in US dollars and euros (computed)")
    assert value[0].startswith("about US$350 million (about €")
    # Japan's pledges state no value, or none that can be converted: no total, and why.
    japan = Pledge.objects.filter(donor__slug="japan")
    unvalued = japan.filter(amount=None).count()
    assert value[1].startswith("no total")
    assert f"{unvalued} with no stated value" in value[1]
    assert "Helmets: 5,000" in cells(html, "Items given most")[2]


def test_each_compared_countrys_column_links_to_its_page_and_back(article, client):
    html = client.get(f"{COMPARE}?countries=united-states,japan,sweden").content.decode()
    assert '<a href="/countries/japan/">Japan</a>' in html
    page = client.get(reverse("pledges:country-detail", args=["japan"])).content.decode()
    assert f'href="{COMPARE}?countries=japan"' in page


def test_a_total_that_leaves_pledges_out_says_it_is_a_lower_bound(article, client):
    us = Country.objects.get(slug="united-states")
    PledgeFactory(donor=us, amount=None, currency="")
    html = client.get(f"{COMPARE}?countries=united-states").content.decode()
    value = cells(html, "Value given, in US dollars and euros (computed)")[0]
    assert value.startswith("at least about US$350 million")
    assert "1 more with no stated value" in value


@pytest.mark.parametrize(
    ("asked", "canonical"),
    [
        ("countries=JP,usa", "countries=japan,united-states"),
        ("countries=japan&countries=Sweden", "countries=japan,sweden"),
        ("countries=japan,+japan+,JP", "countries=japan"),
        ("countries=japan,sweden&format=csv&countries=", "countries=japan,sweden&format=csv"),
        ("countries=,,", ""),
    ],
)
def test_each_comparison_has_one_address(article, client, asked, canonical):
    response = client.get(f"{COMPARE}?{asked}")
    assert response.status_code in (301, 302)
    assert response["Location"] == COMPARE + (f"?{canonical}" if canonical else "")


@pytest.mark.parametrize(
    ("asked", "message"),
    [
        ("countries=japan,narnia", "There is no country “narnia”"),
        ("countries=a,b,c,d,e,f,g", "Up to 6 countries can be compared at a time, not 7."),
        ("countries=japan&format=xml", "There is no format “xml”"),
        ("format=csv", "Name the countries whose pledges to download."),
        ("countries=%00", "There is no country"),
        ("countries=" + "x" * 5000, "There is no country"),
    ],
)
def test_what_cannot_be_compared_is_a_clear_400(article, client, asked, message):
    response = client.get(f"{COMPARE}?{asked}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_download_holds_the_pledges_the_countries_gave_or_received(article, client):
    response = client.get(f"{COMPARE}?countries=japan,canada&format=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = Pledge.objects.filter(donor__slug__in=["japan", "canada"]) | Pledge.objects.filter(
        recipient__slug__in=["japan", "canada"]
    )
    assert sorted(int(row["id"]) for row in rows) == sorted(expected.values_list("pk", flat=True))
    assert {row["donor_slug"] for row in rows} == {"japan", "canada"}


def test_the_page_costs_the_same_queries_however_many_pledges(article, client):
    url = f"{COMPARE}?countries=japan,united-states,ukraine"

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = queries()
    japan = Country.objects.get(slug="japan")
    for n in range(20):
        PledgeFactory(donor=japan, currency=["EUR", "JPY"][n % 2], amount=1000 + n)
    assert queries() == before


def test_a_shared_comparison_shows_its_card(article, client):
    html = client.get(f"{COMPARE}?countries=united-states,japan").content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html)[1]
    assert image == "http://testserver/compare/card.png?countries=united-states,japan"
    alt = re.search(r'<meta property="og:image:alt" content="([^"]+)">', html)[1]
    assert "United States and Japan compared" in alt
    assert "United States: 1 pledge given, about US$350 million (computed)" in alt
    response = client.get(image)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
    for bad in ("countries=narnia", "countries=,", "countries=a,b,c,d,e,f,g"):
        assert client.get(f"{COMPARE}card.png?{bad}").status_code == 404, bad
