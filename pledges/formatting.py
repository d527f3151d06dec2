"""How figures and dates are written for people: "US$350 million", "5,000", "26 Feb 2022".

Written once here and used by the models' `__str__`, the template filters and the admin. Nothing is
rounded: a figure that words cannot state exactly is written in full with thousands separators.
An unknown value is written as "not stated", never as zero.

Each is written in the conventions of the page's language: in Ukrainian "350 млн USD", "5 000",
"26 лют. 2022 р."; in Japanese "$3.5億", "5,000", "2022年2月26日". Those come from CLDR through
Babel; English keeps the site's own house style ("US$350 million"), which CLDR's English matches
for numbers and dates.
"""

import datetime
import functools
from decimal import Decimal

from babel import Locale
from babel import dates as cldr_dates
from babel import lists as cldr_lists
from babel import numbers as cldr_numbers
from django.conf import settings
from django.template import defaultfilters
from django.utils import translation
from django.utils.translation import gettext_lazy

from pledges.currencies import currency_prefix

UNKNOWN = gettext_lazy("not stated")

# Django's date formats in the templates, and the CLDR skeletons that say the same in any language
# (the date in the language's order and month names, then the time as the language writes it).
DATE_SKELETONS = {
    "j M Y": ("yMMMd", False),
    "M Y": ("yMMM", False),
    "j M Y, H:i": ("yMMMd", True),
    "j F Y, H:i": ("yMMMMd", True),
}
# The smallest amount written with a scale word ("350 million", "350 млн", "3.5億").
_WORDS_FROM = Decimal(10) ** 6


@functools.cache
def _locale_of(language: str) -> Locale:
    return Locale.parse(translation.to_locale(language))


def page_locale() -> Locale | None:
    """The CLDR locale of the page's language, or None for the default (English house style)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return None if language == settings.LANGUAGE_CODE else _locale_of(language)


def _exact_in_words(format_function, value: Decimal, *args, locale: Locale) -> str | None:
    """The compact form ("350 млн", "3.5億") where it states the value exactly with at most
    three decimals, else None."""
    short = format_function(value, *args, locale=locale, fraction_digits=3)
    if value < _WORDS_FROM or short != format_function(
        value, *args, locale=locale, fraction_digits=12
    ):
        return None
    return short


def _money_in_full(value: Decimal, currency: str, locale: Locale) -> str:
    """ "5 000 SEK", "SEK5,000", "0,84 USD": every digit, no decimals that were not given."""
    pattern = locale.currency_formats["standard"].pattern.replace(".00", ".##")
    return cldr_numbers.format_currency(
        value,
        currency,
        format=pattern,
        locale=locale,
        currency_digits=False,
        decimal_quantization=False,
    )


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
    locale = page_locale()
    if locale is not None:
        return cldr_numbers.format_decimal(value, locale=locale, decimal_quantization=False)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def amount_in_words(value: Decimal) -> str:
    """350000000 -> "350 million", 1250000000 -> "1.25 billion", 1234567 -> "1,234,567".

    Words are used only where they state the amount exactly with at most three decimals.
    """
    locale = page_locale()
    if locale is not None:
        words = _exact_in_words(cldr_numbers.format_compact_decimal, value, locale=locale)
        return words or number(value)
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
    locale = page_locale()
    if locale is not None:
        value = Decimal(amount)
        words = _exact_in_words(
            cldr_numbers.format_compact_currency, value, currency, locale=locale
        )
        return words or _money_in_full(value, currency, locale)
    return f"{currency_prefix(currency)}{amount_in_words(Decimal(amount))}"


def approximate_money(amount: Decimal | None, currency: str) -> str:
    """A computed value, to three significant figures: "US$19.6 million", "€950,000", "US$0.84";
    "not stated" for None. Computed values are never exact: written as such, with "about"."""
    if amount is None:
        return UNKNOWN
    value = Decimal(amount)
    if value:
        value = round(value, 2 - value.adjusted())  # three significant figures
    locale = page_locale()
    if locale is not None:
        if value >= _WORDS_FROM:
            return cldr_numbers.format_compact_currency(
                value, currency, locale=locale, fraction_digits=3
            )
        return _money_in_full(value, currency, locale)
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
    locale = page_locale()
    if locale is not None:
        skeleton = {"year": "y", "month": "yMMM"}.get(precision, "yMMMd")
        return cldr_dates.format_skeleton(skeleton, value, locale=locale)
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%b %Y')}"


def date(value, django_format: str = "") -> str:
    """The templates' `date` filter: Django's own in English ("26 Feb 2022, 14:05"), and in the
    other languages the same parts in the language's own order and words ("2022年2月26日 14:05")."""
    locale = page_locale()
    if locale is None or django_format not in DATE_SKELETONS or not value:
        return defaultfilters.date(value, django_format)
    skeleton, with_time = DATE_SKELETONS[django_format]
    day = cldr_dates.format_skeleton(skeleton, value, locale=locale)
    if not with_time:
        return day
    time = cldr_dates.format_time(value, "HH:mm", locale=locale)
    return locale.datetime_formats["medium"].format(time, day)


def country_name(name: str, iso_code: str = "") -> str:
    """A country's name in the page's language, from CLDR: "Японія", "日本" for Japan (JP). The
    recorded (English) name in English, and for an organisation or code CLDR does not name."""
    locale = page_locale()
    if locale is None or not iso_code:
        return name
    return locale.territories.get(iso_code.upper(), name)


def country_code(name: str) -> str | None:
    """The ISO code of a country named in the page's language (CLDR): "Японія" -> "JP"; None
    in English, whose names the records hold, or for a name CLDR does not give."""
    locale = page_locale()
    if locale is None:
        return None
    return _codes_by_name(locale.language).get(name.casefold())


@functools.cache
def _codes_by_name(language: str) -> dict[str, str]:
    territories = _locale_of(language).territories
    return {name.casefold(): code for code, name in territories.items() if code.isalpha()}


def listed(items, separator: str = ", ") -> str:
    """Items as a list in the page's language: joined by `separator` in English ("a, b, c"),
    by the language's own list pattern otherwise (CLDR: "a, b і c", "a、b、c")."""
    items = [str(item) for item in items]
    locale = page_locale()
    if locale is None or not items:
        return separator.join(items)
    return cldr_lists.format_list(items, style="standard", locale=locale)
