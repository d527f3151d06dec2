"""Charts drawn on the server: from the precomputed figures, each bar as long as its share, one
image to screen readers with every bar's label and value in words, and a link to its rows."""

import re
from datetime import date

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pledges import charts
from pledges.models import CountryMonth, Pledge
from tests.factories import CountryFactory, PledgeFactory, SanctionFactory

pytestmark = pytest.mark.django_db


def figure_of(html: str, key: str, kind: str = "chart") -> str:
    """The figure of the chart `key` of a page (`kind`: its classes)."""
    figure = re.search(
        rf'<figure class="{kind}">\s*<svg[^>]*aria-describedby="chart-{key}-desc".*?</figure>',
        html,
        re.S,
    )
    assert figure, key
    return figure[0]


def drawn(html: str, key: str) -> dict:
    """The chart `key` of a page: its description, bars' widths and caption's link."""
    figure = figure_of(html, key)
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


def drawn_over_time(html: str, key: str) -> dict:
    """The chart over time `key` of a page: its description, columns, caption and table."""
    figure = figure_of(html, key, "chart chart-time")
    return {
        "description": re.search(r"<desc[^>]*>(.*?)</desc>", figure)[1],
        "heights": [float(h) for h in re.findall(r'<rect[^>]* height="([\d.]+)"', figure)],
        "caption": re.sub(r"<[^>]+>", "", re.search(r"<figcaption>(.*?)</figcaption>", figure)[1]),
        "rows": re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', figure),
        "legend": re.findall(r'aria-hidden="true"></span>([^<]+)</li>', figure),
        "inline_style": "style=" in figure or "<style" in figure,
    }


def test_a_chart_over_time_draws_every_month_between_the_first_and_the_last():
    chart = charts.time_chart(
        "k",
        "T",
        "/",
        [(date(2022, 2, 1), 0, 4), (date(2022, 5, 1), 0, 2), (date(2022, 2, 1), 0, 4)],
        noun="pledge",
    )
    assert [column.label for column in chart.columns] == [
        "Feb 2022", "Mar 2022", "Apr 2022", "May 2022",
    ]  # fmt: skip
    assert [column.total for column in chart.columns] == [8, 0, 0, 2]
    heights = [sum(s.height for s in column.segments) for column in chart.columns]
    assert heights == [charts.PLOT_HEIGHT, 0, 0, charts.PLOT_HEIGHT / 4]
    # Empty months are drawn as nothing and not read out.
    assert chart.description == "Feb 2022: 8 pledges; May 2022: 2 pledges."
    assert [column.year for column in chart.columns] == ["2022", "", "", ""]


def test_a_chart_over_time_counts_by_year_past_three_years_of_months():
    rows = [(date(2019, 12, 1), 0, 1), (date(2023, 1, 1), 0, 3), (date(2023, 6, 1), 0, 1)]
    chart = charts.time_chart("k", "T", "/", rows, noun="sanction")
    assert chart.by_year
    assert [(c.label, c.total) for c in chart.columns] == [
        ("2019", 1), ("2020", 0), ("2021", 0), ("2022", 0), ("2023", 4),
    ]  # fmt: skip
    assert chart.columns[0].text == "1 sanction"


def test_a_chart_over_time_stacks_its_series_and_reads_them_out():
    rows = [(date(2022, 3, 1), 0, 3), (date(2022, 3, 1), 1, 1), (date(2022, 4, 1), 1, 2)]
    chart = charts.time_chart("k", "T", "/", rows, noun="sanction", series=["Japan", "Canada"])
    march = chart.columns[0]
    assert [(s.series, s.value) for s in march.segments] == [(0, 3), (1, 1)]
    # The second segment sits on the first, and the column is as tall as the largest.
    assert march.segments[1].y + march.segments[1].height == march.segments[0].y
    assert march.segments[0].height + march.segments[1].height == charts.PLOT_HEIGHT
    assert chart.description == (
        "Mar 2022: 4 sanctions (Japan 3, Canada 1); Apr 2022: 2 sanctions (Canada 2)."
    )


def test_months_are_recounted_when_a_date_changes_and_unplaced_dates_are_left_out():
    pledge = PledgeFactory(announced_on=date(2022, 3, 15))
    donor = pledge.donor
    PledgeFactory(donor=donor, announced_on=date(2022, 3, 1), announced_precision="derived")
    PledgeFactory(donor=donor, announced_on=date(2022, 1, 1), announced_precision="year")
    PledgeFactory(donor=donor, announced_on=None, announced_precision="unknown")

    def months():
        return list(
            CountryMonth.objects.filter(country=donor, role="given").values_list(
                "month", "count", "derived"
            )
        )

    assert months() == [(date(2022, 3, 1), 2, 1)]
    pledge.announced_on = date(2022, 4, 2)
    pledge.save()
    assert months() == [(date(2022, 3, 1), 1, 1), (date(2022, 4, 1), 1, 0)]
    pledge.delete()
    assert months() == [(date(2022, 3, 1), 1, 1)]


def test_the_home_page_charts_pledges_over_time_and_says_what_it_leaves_out(article, client):
    html = client.get(reverse("pledges:home")).content.decode()
    chart = drawn_over_time(html, "pledges-time")
    months = dict(
        Pledge.objects.filter(announced_precision__in=["day", "derived", "month"])
        .annotate(month=TruncMonth("announced_on"))
        .values_list("month")
        .annotate(n=Count("id"))
        .order_by()
    )
    described = "; ".join(
        f"{month:%b %Y}: {n} pledge{'' if n == 1 else 's'}" for month, n in sorted(months.items())
    )
    assert chart["description"] == described + "."
    unplaced = Pledge.objects.count() - sum(months.values())
    assert f"{unplaced} pledges that state no month are not drawn." in chart["caption"]
    assert "worked out from a source’s words" in chart["caption"]
    assert [label for label, _ in chart["rows"]] == [f"{m:%b %Y}" for m in sorted(months)]
    assert not chart["inline_style"]
    # Donors by number of pledges too.
    assert drawn(html, "donors-count")["description"].startswith("Japan: 3 pledges;")


def test_a_country_page_charts_its_pledges_over_time(article, client):
    html = client.get(reverse("pledges:country-detail", args=["ukraine"])).content.decode()
    chart = drawn_over_time(html, "time-received")
    assert chart["description"].startswith("Feb 2022:")
    assert "Pledges to Ukraine by the month they were announced" in chart["caption"]
    assert "chart-time-given" not in html  # nothing given: no chart


def test_the_sanction_list_charts_sanctions_over_time_by_imposer(client):
    japan = CountryFactory()  # the imposer of most sanctions
    others = [CountryFactory() for _ in range(charts.PALETTE_SIZE - 1)]
    for month in (3, 3, 4):
        SanctionFactory(imposer=japan, imposed_on=date(2022, month, 1), imposed_precision="day")
    for country in others:
        SanctionFactory(imposer=country, imposed_on=date(2022, 4, 1), imposed_precision="month")
    SanctionFactory(imposer=japan)  # no date: left out, and said so
    html = client.get(reverse("pledges:sanction-list")).content.decode()
    chart = drawn_over_time(html, "sanctions-time")
    legend = chart["legend"]
    assert legend[0] == japan.name
    assert legend[-1] == "Other imposers"
    assert len(legend) == charts.PALETTE_SIZE - 1
    assert chart["description"].startswith(
        f"Mar 2022: 2 sanctions ({japan.name} 2); Apr 2022: 7 sanctions ({japan.name} 1, "
    )
    assert "Other imposers 2" in chart["description"]
    assert "1 sanction that states no month is not drawn." in chart["caption"]


def test_the_sanction_list_says_when_no_sanction_states_its_month(client):
    SanctionFactory()
    html = client.get(reverse("pledges:sanction-list")).content.decode()
    assert "The one sanction states no month, so there is nothing to draw over time." in html
