"""Figures and dates written for people: exact, unambiguous, and unknown never shown as zero."""

import datetime
from decimal import Decimal

import pytest

from pledges.formatting import money, number, partial_date


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("350000000"), "USD", "US$350 million"),
        (Decimal("25000000"), "CAD", "CA$25 million"),
        (Decimal("1250000000"), "EUR", "€1.25 billion"),
        (Decimal("1234567"), "GBP", "£1,234,567"),
        (Decimal("1234567.50"), "SEK", "SEK 1,234,567.5"),
        (Decimal("999999"), "USD", "US$999,999"),
        (Decimal("2000000000000"), "JPY", "JP¥2 trillion"),
        (None, "", "not stated"),
    ],
)
def test_money_is_written_exactly_in_its_own_currency(amount, currency, expected):
    assert money(amount, currency) == expected


def test_money_never_rounds_to_words():
    assert money(Decimal("350000001"), "USD") == "US$350,000,001"


@pytest.mark.parametrize(
    ("value", "expected"), [(5000, "5,000"), (135000, "135,000"), (7, "7"), (None, "not stated")]
)
def test_numbers_have_thousands_separators(value, expected):
    assert number(value) == expected


@pytest.mark.parametrize(
    ("precision", "expected"),
    [("day", "26 Feb 2022"), ("derived", "26 Feb 2022"), ("month", "Feb 2022"), ("year", "2022")],
)
def test_dates_are_written_at_their_precision(precision, expected):
    assert partial_date(datetime.date(2022, 2, 26), precision) == expected


def test_unknown_date_is_not_stated():
    assert partial_date(None, "unknown") == "not stated"
