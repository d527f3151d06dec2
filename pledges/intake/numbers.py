"""Numbers, sums of money and dates as a text writes them.

Numbers in figures ("5,000", "1.2") and in words ("seven", "two thousand": text2num), with their
scale ("$350 million", "€1.2bn"); currencies by code, symbol or name; dates as written ("Feb. 26",
"26 February 2022", "Friday", "last month"), resolved against the publication date.
"""

import calendar
import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

WORD_NUMBER = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen)\b"  # whole words: "sixty-two", not "six" in it
)
WORDS = rf"(?:{WORD_NUMBER}(?:[\s-]+(?:and\s+)?{WORD_NUMBER})*)"
FIGURES = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# Thousands set apart by a space, as in much of Europe ("90 000 refugees"): read only where
# people are counted, since "18 155 mm howitzers" or "May 24 100 tanks" are two numbers.
SPACED = r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
NUMBER = (
    rf"(?:{FIGURES}|(?i:(?:a|half\s+a)\s+dozen|a\s+(?:hundred|thousand)(?:\s+and\s+{WORDS})?)"
    rf"|(?i:{WORDS})|(?i:a|an|half\s+a))"
)
SCALE = r"(?:million|billion|trillion|thousand|mln|mn|bn|m|b|k)\b"
SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
          "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12}  # fmt: skip


def number(words: str) -> Decimal | None:
    """The value of a number as written: "5,000", "1.2", "seven", "two thousand", "a"."""
    words = " ".join(words.lower().split())
    if words in ("a", "an"):
        return Decimal(1)
    if words == "half a":
        return Decimal("0.5")
    if words.endswith("dozen"):  # "a dozen", "two dozen", "half a dozen"
        times = number(words[: -len("dozen")].strip() or "a")
        return times * 12 if times is not None else None
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", words):
        words = words.replace(" ", "")  # "90 000"
    try:
        return Decimal(words.replace(",", ""))
    except InvalidOperation:
        pass
    words = re.sub(r"^a (?=hundred|thousand)", "one ", words)  # "a hundred"
    try:
        return Decimal(text2num(words.replace("-", " ").replace(" and ", " "), "en"))
    except ValueError:
        return None


def scaled(value: Decimal, scale: str | None) -> Decimal:
    return value * SCALES[scale.lower()] if scale else value


# --- Money -------------------------------------------------------------------------------------

SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "NZ$": "NZD", "NZD": "NZD", "€": "EUR",
    "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CHF": "CHF",
    "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "CZK": "CZK", "$": "$",
    "₴": "UAH", "UAH": "UAH", "NT$": "TWD", "HK$": "HKD", "S$": "SGD", "KRW": "KRW",
    "$US": "USD", "$A": "AUD", "$NZ": "NZD",  # as Australian and New Zealand papers write them
}  # fmt: skip
NAMES = {
    "U.S. dollars": "USD", "US dollars": "USD", "American dollars": "USD",
    "Canadian dollars": "CAD", "Australian dollars": "AUD", "New Zealand dollars": "NZD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "yen": "JPY", "Swiss francs": "CHF", "Swedish kronor": "SEK", "kronor": "SEK",
    "Norwegian kroner": "NOK", "Danish kroner": "DKK", "Norwegian crowns": "NOK",
    "Danish crowns": "DKK", "Swedish crowns": "SEK", "Czech crowns": "CZK", "zlotys": "PLN", "zloty": "PLN",
    "kroner": "kr", "krone": "kr", "crowns": "kr", "francs": "fr", "koruna": "CZK", "korunas": "CZK",
    "hryvnias": "UAH", "hryvnia": "UAH", "won": "KRW", "roubles": "RUB", "rubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "forints": "HUF", "forint": "HUF",
    "leva": "BGN", "lei": "lei", "Moldovan lei": "MDL", "Romanian lei": "RON", "dirhams": "AED",
    "riyals": "SAR", "Taiwan dollars": "TWD", "Singapore dollars": "SGD", "Hong Kong dollars": "HKD",
    "dollars": "$", "dollar": "$", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "CAD": "CAD", "AUD": "AUD",
    "JPY": "JPY", "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN",
    "CNY": "CNY", "INR": "INR", "RON": "RON", "HUF": "HUF", "AED": "AED", "SAR": "SAR",
    "TWD": "TWD", "SGD": "SGD",
}  # fmt: skip
# A bare "$": the donor's own dollar where it has one; otherwise US dollars, in which news
# agencies state other countries' sums.
DOLLARS = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD",
           "TW": "TWD"}  # fmt: skip
# "kroner", "francs" or "lei" alone: the donor's own where it has them; no default.
KRONER = {"DK": "DKK", "NO": "NOK", "SE": "SEK", "IS": "ISK", "CZ": "CZK"}  # "crowns" too
FRANCS = {"CH": "CHF", "LI": "CHF"}
LEI = {"MD": "MDL", "RO": "RON"}


def read_currency(written: str, party) -> tuple[str | None, str]:
    """A currency the text writes without saying whose ("$", "kroner"), read as `party`'s own,
    and the note that says so; a currency stated outright is returned as it is, with no note."""
    code = party.code if party else ""
    if written == "$":
        currency = DOLLARS.get(code, "USD")
        why = (f"the currency of {party.name}'s government" if code in DOLLARS
               else "the currency in which news agencies state sums of other countries")  # fmt: skip
        return currency, f"The source writes a bare “$”: read as {currency}, {why}."
    if written in ("kr", "fr", "lei"):
        word = {"kr": "kroner", "fr": "francs", "lei": "lei"}[written]
        currency = {"kr": KRONER, "fr": FRANCS, "lei": LEI}[written].get(code)
        if currency is None:
            return None, f"The source writes “{word}” without saying whose: it is not read."
        return currency, f"The source writes “{word}”: read as {currency}, {party.name}'s."
    return written, ""


_symbol = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
# The currencies' names, longest first: "Norwegian kroner" before "kroner".
CURRENCY_NAMES = "|".join(re.escape(s) for s in sorted(NAMES, key=len, reverse=True))
MONEY = re.compile(
    rf"(?<![\w$€£¥₴])(?P<symbol>{_symbol})\s?(?P<number>{FIGURES})(?:[\s-]*(?P<scale>{SCALE}))?"
    rf"|(?<![\w.])(?P<number2>{NUMBER})(?:[\s-]+(?P<scale2>{SCALE}))?(?:\s+|(?<=[a-z])-)(?P<name>{CURRENCY_NAMES})\b"
    # not "a EUR 300 million loan": the code of the sum after it
    r"(?!\s?\d)"
)


NAMED_DOLLARS = re.compile(
    r"\s+(?:in\s+)?((?:U\.S\.|US|American|Canadian|Australian|New Zealand) dollars)\b"
)


@dataclass
class Money:
    amount: Decimal
    currency: str  # ISO 4217, or "$" for a bare dollar sign to be read
    start: int
    end: int
    words: str


def _value_of(match: re.Match) -> tuple[Decimal | None, str | None, str]:
    """The number, scale and currency of a sum as written; no number where the words are no sum:
    "5 B" (a capital B is no billion), "500 pound bombs" (a weight)."""
    if match.group("symbol"):
        value = number(match.group("number"))
        scale, currency = match.group("scale"), SYMBOLS[match.group("symbol")]
    else:
        value = number(match.group("number2"))
        scale, currency = match.group("scale2"), NAMES[match.group("name")]
    if (
        (scale and scale.lower() in ("b", "k") and not scale.islower())
        or (match.group("name") in ("pound", "dollar") and not scale)
    ):  # "a fifty-four million pound package", "a 1.85 billion dollar package"; not "500 pound bombs"
        value = None
    return value, scale, currency


def money(text: str) -> list[Money]:
    found = []
    for match in MONEY.finditer(text):
        value, scale, currency = _value_of(match)
        if value is None:
            continue
        amount = scaled(value, scale)
        if amount <= 0:
            continue
        end = match.end()
        named = NAMED_DOLLARS.match(text, end)
        if currency == "$" and named:  # "$12.4 billion in Canadian dollars"
            currency, end = NAMES[named.group(1)], named.end()
        found.append(Money(amount.normalize(), currency, match.start(), end,
                           text[match.start() : end]))  # fmt: skip
    return found


def amount_text(amount: Decimal) -> str:
    """A Decimal as the downloads write an amount: no exponent, no trailing zeros."""
    text = format(amount.quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- Dates -------------------------------------------------------------------------------------

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAYS = [day.lower() for day in calendar.day_name]
DATE = re.compile(
    rf"\b(?P<m1>{MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_WORD})(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
    rf"|\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|from|of|[Uu]ntil)\s+(?:early\s+|mid-?|late\s+)?(?P<m3>{MONTH_WORD})(?:\s+(?P<y3>(?:19|20)\d\d))?\b(?!\s+\d{{1,2}}\b)"
    rf"|\b(?P<weekday>(?:(?i:last)\s+|on\s+)?{WEEKDAY_WORD}"
    r"(?:\s+(?:of\s+)?last\s+week)?)\b"
    r"|\b(?P<relative>(?i:yesterday|today|this morning|this afternoon|this evening|tonight|earlier today|last month|last week|earlier this month|early this month|this month))\b"
)


@dataclass
class When:
    on: datetime.date | None
    precision: str  # "day", "derived", "month", "unknown"
    words: str
    start: int
    end: int
    note: str = ""


def _month_number(words: str) -> int:
    return MONTHS[words.rstrip(".").lower()]


def dates(text: str, published: datetime.date | None) -> list[When]:
    """The dates `text` gives, worked out against the publication date where they need it."""
    found, after_weekday = [], False
    for match in DATE.finditer(text):
        when = _when(match, published)
        if not when:
            continue
        # "Sunday 27 February": the day the text states, not the last Sunday before publication
        if after_weekday and _day_after_its_weekday(text, found[-1], match):
            found.pop()
        after_weekday = bool(match.group("weekday"))
        found.append(when)
    return found


def _day_after_its_weekday(text: str, weekday: When, match: re.Match) -> bool:
    """Whether `match` is a day and month written just after the weekday: "Sunday, 27 February"."""
    return bool(
        (match.group("m1") or match.group("m2"))
        and re.fullmatch(r",?\s*(?:the\s+)?", text[weekday.end : match.start()])
    )


def _when(match: re.Match, published: datetime.date | None) -> When | None:
    """The date one match gives, read as the kind of date it writes: a day and month, a month,
    a weekday or a day relative to publication."""
    words, start, end = match.group(0), match.start(), match.end()
    groups = match.groupdict()
    if groups["m1"] or groups["m2"]:
        month = _month_number(groups["m1"] or groups["m2"])
        day = int(groups["d1"] or groups["d2"])
        return _day(month, day, groups["y1"] or groups["y2"], published, words, start, end)
    if groups["m3"]:
        return _month(groups["m3"], groups["y3"], published, words, start, end)
    if groups["weekday"]:
        return _weekday(groups["weekday"], published, words, start, end)
    if groups["relative"]:
        return _relative(groups["relative"].lower(), published, words, start, end)
    return None


def _month(month_words, year, published, words, start, end) -> When | None:
    """ "In March", "since February 2022": the month's first day, its year worked out from the
    publication date where the text gives none."""
    month = _month_number(month_words)
    if month == 5 and not month_words[0].isupper():
        return None  # "may", the verb
    if year:
        return When(datetime.date(int(year), month, 1), "month", words, start, end)
    if not published:
        return None
    guess = published.year - (1 if month > published.month else 0)
    note = f"The year of “{words.strip()}” is worked out from the publication date."
    return When(datetime.date(guess, month, 1), "month", words, start, end, note)


def _day(month, day, year, published, words, start, end) -> When | None:
    if year:
        try:
            return When(datetime.date(int(year), month, day), "day", words, start, end)
        except ValueError:
            return None
    if not published:
        return When(None, "unknown", words, start, end,
                    f"“{words}” gives no year and the source no publication date.")  # fmt: skip
    guess = published.year
    try:
        on = datetime.date(guess, month, day)
        if on > published + datetime.timedelta(days=31):
            on = datetime.date(guess - 1, month, day)
    except ValueError:
        return None
    note = f"“{words}” gives no year: {on.year} is worked out from the publication date."
    return When(on, "derived", words, start, end, note)


def _weekday(words, published, text_words, start, end) -> When | None:
    name = next(word for word in words.split() if word.lower() in WEEKDAYS)
    if not published:
        return When(None, "unknown", name, start, end,
                    f"“{name}” cannot be dated: the source gives no publication date.")  # fmt: skip
    target = WEEKDAYS.index(name.lower())
    if words.lower().endswith("last week"):
        # "On Tuesday last week": that weekday in the week (from Monday) before publication's
        on = published - datetime.timedelta(days=published.weekday() + 7 - target)
        note = (f"The source dates it “{name} last week”: the {name} of the week before its "
                f"publication date ({published:%-d %B %Y}) is {on:%-d %B %Y}.")  # fmt: skip
        return When(on, "derived", name, start + text_words.find(name), end, note)
    back = (published.weekday() - target) % 7
    if words.lower().startswith("last") and back == 0:
        back = 7
    on = published - datetime.timedelta(days=back)
    note = (f"The source dates it “{name}”: the {name} on or before its publication date "
            f"({published:%-d %B %Y}) is {on:%-d %B %Y}.")  # fmt: skip
    return When(on, "derived", name, start + text_words.find(name), end, note)


def _relative(words, published, text_words, start, end) -> When | None:
    if not published:
        return When(None, "unknown", words, start, end,
                    f"“{words}” cannot be dated: the source gives no publication date.")  # fmt: skip
    words = words.lower()
    if words in ("this morning", "this afternoon", "this evening", "tonight", "earlier today"):
        return When(published, "derived", words, start, end,
                    f"“{words}” is the day of publication, {published:%-d %B %Y}.")  # fmt: skip
    if words == "today":
        return When(published, "derived", words, start, end,
                    f"“today” is the publication date, {published:%-d %B %Y}.")  # fmt: skip
    if words == "yesterday":
        on = published - datetime.timedelta(days=1)
        return When(on, "derived", words, start, end,
                    f"“yesterday” is the day before the publication date: {on:%-d %B %Y}.")  # fmt: skip
    if words in ("this month", "earlier this month", "early this month"):
        on = published.replace(day=1)
    elif words == "last month":
        on = (published.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    else:  # last week: no day can be worked out
        return None
    note = f"“{words}” is worked out from the publication date as {on:%B %Y}."
    return When(on, "month", words, start, end, note)
