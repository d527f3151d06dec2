"""Values in US dollars and euros: computed at the ECB's reference rates beside the stated value,
kept current by every writer, marked as computed wherever shown, and added up honestly."""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from pledges import conversions
from pledges.importing import import_pledges
from pledges.models import Country, Pledge, Source
from tests.factories import PledgeFactory
from tests.test_admin import pledge_form
from tests.test_views import text

pytestmark = pytest.mark.django_db

FRIDAY = datetime.date(2022, 2, 25)
SUNDAY = datetime.date(2022, 2, 27)


def euros_for(currency: str, day: datetime.date) -> float:
    """The ECB's reference rate as the package ships it: euros for one unit, that day."""
    return conversions._converter().convert(1, currency, "EUR", date=day)


# --- Which rate ------------------------------------------------------------------------------


def test_a_sunday_takes_the_last_rate_published_before_it():
    found = conversions.convert(Decimal(25_000_000), "CAD", SUNDAY, "day")
    assert (found.rate_on, found.period) == (FRIDAY, "day")
    # The dollar value goes through the euro, at that Friday's two rates.
    usd_rate = euros_for("CAD", FRIDAY) / euros_for("USD", FRIDAY)
    assert found.usd == (Decimal(25_000_000) * Decimal(repr(usd_rate))).quantize(Decimal("0.01"))
    assert found.usd == Decimal("19574171.03")  # the article's CA$25 million: about US$19.6m
    assert found.eur == Decimal("17452006.98")


def test_a_date_worked_out_from_the_source_converts_as_a_day():
    stated = conversions.convert(Decimal(100), "GBP", SUNDAY, "day")
    assert conversions.convert(Decimal(100), "GBP", SUNDAY, "derived") == stated


def test_a_month_or_a_year_takes_the_average_of_its_published_rates():
    month = conversions.convert(Decimal(1000), "JPY", datetime.date(2022, 3, 1), "month")
    days = [datetime.date(2022, 3, d) for d in range(1, 32)]
    daily = []
    for day in days:
        try:
            daily.append(euros_for("JPY", day))
        except conversions.RateNotFoundError:
            continue  # a weekend
    assert len(daily) == 23  # March 2022's working days
    assert month.eur_rate == Decimal(repr(sum(daily) / len(daily))).quantize(Decimal("1e-10"))
    assert (month.rate_on, month.period) == (datetime.date(2022, 3, 1), "month")
    year = conversions.convert(Decimal(1000), "JPY", datetime.date(2022, 1, 1), "year")
    assert (year.rate_on, year.period) == (datetime.date(2022, 1, 1), "year")
    assert year.eur_rate != month.eur_rate


@pytest.mark.parametrize(
    ("currency", "on", "precision"),
    [
        ("USD", None, "unknown"),  # no date
        ("UAH", SUNDAY, "day"),  # a currency the ECB does not publish
        ("RUB", datetime.date(2022, 6, 1), "day"),  # no longer published (last: 1 March 2022)
        ("RUB", datetime.date(2022, 6, 1), "month"),
        ("USD", datetime.date(1990, 1, 1), "day"),  # before the euro
        ("JPY", datetime.date.min, "day"),  # the first day a date holds: no week before it
    ],
)
def test_no_rate_no_conversion(currency, on, precision):
    assert conversions.convert(Decimal(100), currency, on, precision) is None


def test_a_rate_a_few_days_old_is_used_but_not_one_older_than_a_week():
    last_rouble = datetime.date(2022, 3, 1)
    assert conversions.convert(Decimal(1), "RUB", last_rouble + datetime.timedelta(days=7), "day")
    assert not conversions.convert(
        Decimal(1), "RUB", last_rouble + datetime.timedelta(days=8), "day"
    )


# --- Every writer keeps them current ---------------------------------------------------------


def test_a_save_computes_the_values_and_recomputes_them_after_a_change():
    pledge = PledgeFactory(amount=Decimal(1000), currency="EUR", announced_on=FRIDAY)
    assert (pledge.value_eur, pledge.eur_rate) == (Decimal("1000.00"), Decimal(1))
    assert pledge.value_usd == Decimal("1121.60")  # 1.1216 dollars to the euro that day
    pledge.currency, pledge.amount = "SEK", Decimal(5000)
    pledge.save()
    pledge.refresh_from_db()
    assert pledge.value_eur == (Decimal(5000) * pledge.eur_rate).quantize(Decimal("0.01"))
    assert pledge.value_usd > pledge.value_eur > 0  # a dollar was worth less than a euro
    pledge.announced_on, pledge.announced_precision = None, "unknown"
    pledge.save(update_fields=["announced_on", "announced_precision"])
    pledge.refresh_from_db()
    assert (pledge.value_usd, pledge.value_eur, pledge.rate_on, pledge.rate_period) == (
        None, None, None, ""
    )  # fmt: skip


def test_an_editor_s_correction_in_the_admin_recomputes_the_values(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    before = pledge.value_usd
    data = pledge_form(
        donor=pledge.donor_id, source=pledge.source_id, paragraph="10", quote=pledge.quote,
        category="military", amount="50000000", currency="CAD", reference=pledge.reference,
        description=pledge.description, announced_on="2022-02-27",
        change_reason="The source states a larger amount.",
    )  # fmt: skip
    response = editor_client.post(reverse("admin:pledges_pledge_change", args=[pledge.pk]), data)
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.value_usd == before * 2
    # The history keeps what the editor entered, not what was computed from it.
    assert not hasattr(pledge.history.first(), "value_usd")


def test_the_article_s_pledges_are_converted_when_loaded(article):
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    assert (canada.amount, canada.currency, canada.announced_on) == (
        Decimal("25000000.00"), "CAD", SUNDAY
    )  # fmt: skip
    assert (canada.value_usd, canada.rate_on) == (Decimal("19574171.03"), FRIDAY)
    japan_undated = Pledge.objects.get(donor__iso_code="JP", amount__isnull=False)
    assert japan_undated.announced_on is None
    assert japan_undated.value_usd is None


def test_a_bulk_import_computes_what_a_save_computes(client, tmp_path, article):
    other = Source.objects.create(reference="another-source", title="Another source")
    path = tmp_path / "pledges.json"
    path.write_bytes(client.get("/pledges/?format=json").getvalue())
    import_pledges(path, source_reference=other.reference)
    fields = ["reference", *conversions.FIELDS]
    imported = list(Pledge.objects.filter(source=other).order_by("reference").values_list(*fields))
    for pledge in Pledge.objects.filter(source=other):
        pledge.save()  # computes them again, as an edit would
    assert (
        list(Pledge.objects.filter(source=other).order_by("reference").values_list(*fields))
        == imported
    )
    assert any(row[1] is not None for row in imported)


def test_the_migration_s_batch_update_writes_what_a_save_writes(article):
    Pledge.objects.update(value_usd=None, value_eur=None, rate_on=None, rate_period="")
    assert conversions.update_values(Pledge.objects.exclude(amount=None)) == 3
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    before = [getattr(canada, name) for name in conversions.FIELDS]
    canada.save()
    assert [getattr(canada, name) for name in conversions.FIELDS] == before


# --- Shown as computed -----------------------------------------------------------------------


def test_the_pledge_page_shows_the_values_as_computed_with_the_rate(article, client):
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    page = text(client.get(canada.get_absolute_url()))
    assert (
        "In US dollars and euros about US$19.6 million, or about €17.5 million computed "
        "(not stated by the source: computed at the European Central Bank’s reference rate of "
        "25 Feb 2022, the last it published on or before the date worked out for the pledge: "
        "US$0.7829668412 and €0.6980802792 to one CAD)"
    ) in page
    us = Pledge.objects.get(reference="us-ua-weapons")
    page = text(client.get(us.get_absolute_url()))
    assert "In euros about €312 million computed" in page  # its dollars are the stated value


def test_the_pledge_page_says_why_a_value_is_not_converted(article, client):
    undated = Pledge.objects.get(donor__iso_code="JP", amount__isnull=False)
    page = text(client.get(undated.get_absolute_url()))
    assert "In euros not converted (no date is stated, so there is no day’s rate" in page
    hryvnia = PledgeFactory(amount=Decimal(1000), currency="UAH", announced_on=FRIDAY)
    page = text(client.get(hryvnia.get_absolute_url()))
    assert "not converted (the European Central Bank publishes no rate for this currency)" in page


def test_ukraine_s_page_states_a_lower_bound_and_what_it_leaves_out(article, client):
    page = text(client.get(reverse("pledges:country-detail", args=["ukraine"])))
    converted = Pledge.objects.filter(recipient__slug="ukraine", value_usd__isnull=False)
    usd = sum(pledge.value_usd for pledge in converted)
    assert 360_000_000 < usd < 380_000_000
    assert (
        "At least about US$370 million (about €330 million) across 2 pledges received with a "
        "stated value computed"
    ) in page
    assert "1 more states a value that cannot be converted" in page
    assert "4 more state no value." in page
    # A country whose every value is converted: a total, not a lower bound.
    page = text(client.get(reverse("pledges:country-detail", args=["canada"])))
    assert "About US$19.6 million (about €17.5 million) across 1 pledge given" in page


def test_the_home_page_ranks_donors_by_their_value_in_dollars(article, client):
    response = client.get(reverse("pledges:home"))
    ranked = [row.name for row in response.context["donors_by_value"]]
    assert ranked == ["United States", "Canada"]  # Japan's one value has no date
    assert "United States about US$350 million about €312 million 1" in text(response)


def test_a_country_s_totals_follow_an_edit(article):
    canada = Country.objects.get(slug="canada")
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    pledge.amount = Decimal(50_000_000)
    pledge.save()
    total = Country.objects.get(pk=canada.pk).converted_total("given")
    assert (total.usd, total.converted) == (pledge.value_usd, 1)


# --- Downloads -------------------------------------------------------------------------------


def test_json_downloads_carry_the_values_with_their_rates(article, client):
    records = json.loads(client.get("/pledges/?format=json").getvalue())["pledges"]
    canada = next(r for r in records if r["reference"] == "ca-ua-military-aid")
    assert canada["value_usd"] == 19574171.03
    assert (canada["rate_on"], canada["rate_period"]) == ("2022-02-25", "day")
    assert canada["usd_rate"] == 0.7829668412
    undated = next(r for r in records if r["amount"] and not r["announced_on"])
    assert (undated["value_usd"], undated["rate_period"]) == (None, None)


def test_csv_downloads_carry_the_values_with_their_rates(article, client):
    csv_text = client.get("/pledges/?format=csv").getvalue().decode("utf-8-sig")
    header, *rows = csv_text.splitlines()
    assert ",value_usd,value_eur,usd_rate,eur_rate,rate_on,rate_period," in header
    assert any(re.search(r",19574171\.03,17452006\.98,0\.7829668412,", row) for row in rows)
