"""A stated amount's value in US dollars and in euros, at the European Central Bank's reference
rates, computed beside the stated value and never replacing it.

The rates are the ECB's daily reference rates against the euro, as shipped with the
`currencyconverter` package (nothing is fetched at run time); a dollar value goes through the
euro, as the ECB publishes no other cross rates. Which rate, by how precisely the pledge's date
is known:

- a day (stated, or worked out from the source's words): the last rate published on or before
  it (none on weekends and holidays), and none when the last one is more than a week older than
  the date (the ECB stopped publishing the rouble's on 1 March 2022);
- a month or a year: the average of the rates published in it;
- no date: no conversion. Nor for a currency the ECB does not publish.
"""

import calendar
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache, lru_cache

from currency_converter import CurrencyConverter, RateNotFoundError
from django.utils.translation import gettext_lazy

# A rate older than this is not "the last one published" but a currency no longer published.
STALEST = datetime.timedelta(days=7)
CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0000000001")  # the stored rates: ten decimal places


class Period:
    """Which rates were used, from how precisely the date is known."""

    DAY = "day"  # the last rate published on or before the date
    MONTH = "month"  # the month's average
    YEAR = "year"  # the year's average
    CHOICES = [
        (DAY, gettext_lazy("Rate of the day")),
        (MONTH, gettext_lazy("Month's average")),
        (YEAR, gettext_lazy("Year's average")),
    ]


@dataclass(frozen=True)
class Conversion:
    usd: Decimal  # the value in US dollars, to the cent
    eur: Decimal
    usd_rate: Decimal  # US dollars for one unit of the stated currency
    eur_rate: Decimal
    rate_on: datetime.date  # the rate's day; the first day of the month or year averaged
    period: str  # Period


@cache
def _converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def published(currency: str) -> bool:
    return currency in _converter().currencies


def _in_euros(currency: str, day: datetime.date) -> float | None:
    """Euros for one unit of `currency` on `day`, if the ECB published a rate that day."""
    try:
        return _converter().convert(1, currency, "EUR", date=day)
    except RateNotFoundError:
        return None


@lru_cache(maxsize=65536)  # a few hundred bytes each; an import meets each day once
def rates(currency: str, on: datetime.date, precision: str) -> tuple | None:
    """(US dollars, euros) for one unit of `currency`, the rate's date and its period; None when
    there is no such rate. `precision` is the date's ("day", "month" or "year")."""
    if precision == "derived":  # a day worked out from the source's words: a day all the same
        precision = Period.DAY
    if not published(currency):
        return None
    if precision == Period.DAY:
        return _rates_of_day(currency, on)
    if precision in (Period.MONTH, Period.YEAR):
        return _average_rates(currency, _days_of(on, precision), precision)
    return None


def _euro_rates(currency: str, day: datetime.date) -> tuple[float, float] | None:
    """Euros for one unit of `currency` and for one US dollar on `day`, if the ECB published
    both that day."""
    eur, dollar = _in_euros(currency, day), _in_euros("USD", day)
    if eur is None or dollar is None:
        return None
    return eur, dollar


def _rates_of_day(currency: str, on: datetime.date) -> tuple | None:
    """The rates of the last day on or before `on` that has them, at most STALEST before it."""
    # not before the first day a date can hold: a pledge entered as of year 1 has no rates
    for back in range(min(STALEST.days, (on - datetime.date.min).days) + 1):
        day = on - datetime.timedelta(days=back)
        found = _euro_rates(currency, day)
        if found is not None:
            eur, dollar = found
            return _decimal(eur / dollar), _decimal(eur), day, Period.DAY
    return None


def _days_of(on: datetime.date, precision: str) -> list[datetime.date]:
    """Every day of the month (or the year) of `on`."""
    if precision == Period.MONTH:
        first, length = on.replace(day=1), calendar.monthrange(on.year, on.month)[1]
    else:
        first, length = on.replace(month=1, day=1), 366 if calendar.isleap(on.year) else 365
    return [first + datetime.timedelta(days=n) for n in range(length)]


def _average_rates(currency: str, days: list[datetime.date], precision: str) -> tuple | None:
    """The average of the rates published on `days`, dated the first of them."""
    found = [_euro_rates(currency, day) for day in days]
    pairs = [pair for pair in found if pair is not None]
    if not pairs:
        return None
    # The average of each day's rate, as the ECB averages its own monthly figures.
    usd = sum(eur / dollar for eur, dollar in pairs) / len(pairs)
    eur = sum(eur for eur, _ in pairs) / len(pairs)
    return _decimal(usd), _decimal(eur), days[0], precision


def _decimal(rate: float) -> Decimal:
    return Decimal(repr(rate)).quantize(RATE_PLACES, rounding=ROUND_HALF_EVEN)


def convert(
    amount: Decimal | None, currency: str, on: datetime.date | None, precision: str
) -> Conversion | None:
    """The amount in US dollars and euros, or None when it cannot be converted."""
    if amount is None or not currency or on is None:
        return None
    found = rates(currency, on, precision)
    if found is None:
        return None
    usd_rate, eur_rate, rate_on, period = found
    return Conversion(
        usd=(amount * usd_rate).quantize(CENT),
        eur=(amount * eur_rate).quantize(CENT),
        usd_rate=usd_rate,
        eur_rate=eur_rate,
        rate_on=rate_on,
        period=period,
    )


# A pledge's fields for a conversion (Pledge), in the order of `field_values`.
FIELDS = ("value_usd", "value_eur", "usd_rate", "eur_rate", "rate_on", "rate_period")


def field_values(amount, currency: str, on: datetime.date | None, precision: str) -> tuple:
    """The values of FIELDS for a pledge: empty when its value cannot be converted."""
    found = convert(amount, currency, on, precision)
    if found is None:
        return (None, None, None, None, None, "")
    return (found.usd, found.eur, found.usd_rate, found.eur_rate, found.rate_on, found.period)


def update_values(pledges, batch: int = 2000) -> int:
    """Compute and write the converted values of `pledges` (a queryset), a batch at a time; how
    many were written. For pledges written before the values existed, or after the rates were
    updated (a new release of the package that ships them)."""
    written, chunk = 0, []
    rows = pledges.only("id", "amount", "currency", "announced_on", "announced_precision")
    for pledge in rows.order_by("pk").iterator(chunk_size=batch):
        values = field_values(
            pledge.amount, pledge.currency, pledge.announced_on, pledge.announced_precision
        )
        for name, value in zip(FIELDS, values, strict=True):
            setattr(pledge, name, value)
        chunk.append(pledge)
        if len(chunk) == batch:
            written += pledges.bulk_update(chunk, FIELDS)
            chunk = []
    if chunk:
        written += pledges.bulk_update(chunk, FIELDS)
    return written
