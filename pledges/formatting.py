"""How figures and dates are written for people: "US$350 million", "5,000", "26 Feb 2022".

Written once here and used by the models' `__str__`, the template filters and the admin. Nothing is
rounded: a figure that words cannot state exactly is written in full with thousands separators.
An unknown value is written as "not stated", never as zero.
"""

import datetime
from decimal import Decimal

from pledges.currencies import currency_prefix

UNKNOWN = "not stated"

_SCALES = [
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
]


def number(value: int | Decimal | None) -> str:
    """5000 -> "5,000"; 12.5 -> "12.5"; None -> "not stated"."""
    if value is None:
        return UNKNOWN
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def amount_in_words(value: Decimal) -> str:
    """350000000 -> "350 million", 1250000000 -> "1.25 billion", 1234567 -> "1,234,567".

    Words are used only where they state the amount exactly with at most three decimals.
    """
    for scale, word in _SCALES:
        if value >= scale:
            scaled = value / scale
            if scaled == scaled.quantize(Decimal("0.001")):
                return f"{number(scaled.normalize())} {word}"
            break
    return number(value)


def money(amount: Decimal | None, currency: str) -> str:
    """The amount in its own currency: "US$350 million", "SEK 5,000", or "not stated"."""
    if amount is None:
        return UNKNOWN
    return f"{currency_prefix(currency)}{amount_in_words(Decimal(amount))}"


def approximate_money(amount: Decimal | None, currency: str) -> str:
    """A computed value, to three significant figures: "US$19.6 million", "€950,000", "US$0.84";
    "not stated" for None. Computed values are never exact: written as such, with "about"."""
    if amount is None:
        return UNKNOWN
    value = Decimal(amount)
    if value:
        value = round(value, 2 - value.adjusted())  # three significant figures
    for scale, word in _SCALES:
        if value >= scale:
            return f"{currency_prefix(currency)}{number(value / scale)} {word}"
    return f"{currency_prefix(currency)}{number(value)}"


def excerpt(text: str, limit: int) -> str:
    """The text, or its first words up to `limit` characters and "…": never cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–—-") + "…"


def partial_date(value: datetime.date | None, precision: str) -> str:
    """A date written at the precision it is known: "26 Feb 2022", "Feb 2022", "2022"."""
    if value is None:
        return UNKNOWN
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%b %Y')}"
