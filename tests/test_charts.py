"""Charts drawn on the server: from the precomputed figures, each bar as long as its share, one
image to screen readers with every bar's label and value in words, and a link to its rows."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pledges import charts
from pledges.models import Pledge
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db


def drawn(html: str, key: str) -> dict:
    """The chart `key` of a page: its description, bars' widths and caption's link."""
    figure = re.search(
        rf'<figure class="chart">\s*<svg[^>]*aria-describedby="chart-{key}-desc"'
        r".*?</figure>",
        html,
        re.S,
    )
    assert figure, key
    figure = figure[0]
    return {
        "description": re.search(r"<desc[^>]*>(.*?)</desc>", figure)[1],
        "widths": [float(w) for w in re.findall(r'<rect[^>]* width="([\d.]+)"', figure)],
        "link": re.search(r'<a href="([^"]+)">The pledges behind it<span', figure)[1],
        "inline_style": "style=" in figure or "<style" in figure,
    }


def test_bars_are_as_long_as_their_share_of_the_largest():
    chart = charts.bar_chart(
        "k", "T", "/", [charts.Bar("a", "", 200), charts.Bar("b", "", 50), charts.Bar("c", "", 0)]
    )
    assert [bar.width for bar in chart.bars] == [charts.WIDTH, charts.WIDTH / 4, 0]
    tiny = charts.bar_chart("k", "T", "/", [charts.Bar("a", "", 10**9), charts.Bar("b", "", 1)])
    assert tiny.bars[1].width == 1.0  # a value is never drawn as nothing
    assert tiny.height == 2 * charts.ROW


def test_the_home_page_charts_donors_by_value_and_pledges_by_category(article, client):
    html = client.get(reverse("pledges:home")).content.decode()
    value = drawn(html, "donors-value")
    assert value["description"] == (
        "United States: about US$350 million; Canada: about US$19.6 million."
    )
    canada_share = Pledge.objects.get(reference="ca-ua-military-aid").value_usd / 350_000_000
    assert value["widths"] == [charts.WIDTH, round(charts.WIDTH * float(canada_share), 1)]
    assert value["link"] == "/pledges/?sort=-value"
    category = drawn(html, "categories")
    military = Pledge.objects.filter(category="military").count()
    humanitarian = Pledge.objects.filter(category="humanitarian").count()
    assert category["description"] == (
        f"Military: {military} pledges; Humanitarian: {humanitarian} pledges."
    )
    assert not value["inline_style"]
    assert not category["inline_style"]


def test_a_country_page_charts_what_it_gave_and_received_by_category(article, client):
    html = client.get(reverse("pledges:country-detail", args=["ukraine"])).content.decode()
    received = drawn(html, "received")
    assert received["description"] == "Military: 5 pledges; Humanitarian: 2 pledges."
    assert received["link"] == "/pledges/?recipient=ukraine"
    assert "chart-given-title" not in html  # Ukraine gave nothing here: no empty chart
    donors = drawn(html, "partners-received")
    assert donors["description"] == (
        "Japan: 3 pledges; Canada: 1 pledge; Sweden: 1 pledge; United Kingdom: 1 pledge; "
        "United States: 1 pledge."
    )
    assert donors["widths"][0] == charts.WIDTH
    assert donors["widths"][1] == round(charts.WIDTH / 3, 1)
    # One partner alone is a list, not a chart.
    html = client.get(reverse("pledges:country-detail", args=["japan"])).content.decode()
    assert "chart-partners-given" not in html


def test_charts_cost_the_same_queries_however_many_pledges(article, client):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("pledges:home")).status_code == 200
        return len(captured)

    before = queries()
    for n in range(30):
        PledgeFactory(currency="EUR", amount=1000 + n, category=["military", "financial"][n % 2])
    assert queries() == before


def test_an_item_type_page_charts_stated_quantities_by_donor_in_one_unit(article, client):
    from pledges.models import ItemType
    from pledges.stats import refresh_all
    from tests.factories import AidItemFactory

    helmets = ItemType.objects.get(slug="helmets")
    for quantity, unit in ((12_000, ""), (40, "crates")):
        AidItemFactory(item_type=helmets, quantity=quantity, unit=unit)
    refresh_all()
    html = client.get(helmets.get_absolute_url()).content.decode()
    chart = drawn(html, "quantities")
    # Sweden's 5,000 and the new donor's 12,000, largest first; the crates are another unit.
    description = chart["description"]
    assert description.endswith("12,000; Sweden: 5,000.")
    assert chart["widths"] == [charts.WIDTH, round(charts.WIDTH * 5000 / 12000, 1)]
    assert "The table below gives the same quantities, and those in other units." in html
