"""Link-preview pictures: the PNG that a chat or social site shows when a page is shared.

People share the home, country and pledge pages; their `og:image` is a card, 1200 by 630 pixels,
drawn here on the server with Pillow: the site's name, the page's title, a few lines of its key
facts and, where the page has one, a short bar chart. A card states only figures its page shows,
in the page's words: amounts in the currency the source states, a value converted to US dollars
as "about US$… (computed)", an unknown value as "not stated", a worked-out date marked so.

`render_card(title, lines, bars)` draws any card; `home()`, `country()` and `pledge()` build a
page's `Card` from its records, and the tests read the same `Card` (its `alt` is the card in
words, for `og:image:alt`). Another page gets a card with one call:
`Card(title, lines, bars).png()`.

A card's words are in the page's language, for the page's `og:image:alt` and title; the picture
itself is drawn in English (pledges.views.card_response builds its card in English), since:

The text is drawn with the font Pillow ships (`ImageFont.load_default(size=...)`), since servers
and the Docker image may have no fonts at all. That font covers ASCII and a little punctuation: a
character it lacks is written with letters it has ("€5 million" is drawn "EUR 5 million", "é" as
"e"), never as an empty box. The same inputs draw the same bytes.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy, pgettext
from PIL import Image, ImageDraw, ImageFont

from pledges import charts, formatting
from pledges.currencies import CURRENCY_PREFIXES
from pledges.models import Category

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
MAX_BARS = 5
SITE_NAME = "aidtracker"
TAGLINE = gettext_lazy("Aid pledges and sanctions, traced to their sources")

# The site's colours (static/css/site.css): ink on paper, the header's accent, the charts' first
# colour from the Okabe-Ito palette (.chart-colour-0).
INK, MUTED, PAPER, LINE = "#1b1f24", "#4a525c", "#ffffff", "#c9d0d8"
ACCENT, BAR = "#12355b", "#0072b2"


@dataclass(frozen=True)
class Bar:
    label: str
    text: str  # the value as the page writes it: "about US$350 million (computed)", "3 pledges"
    share: float  # of the longest bar, 0 to 1


@dataclass(frozen=True)
class Card:
    """What a card says: drawn by `png()`, and in words by `alt`."""

    title: str
    lines: tuple[str, ...] = ()
    bars: tuple[Bar, ...] = ()
    bars_title: str = ""

    @property
    def alt(self) -> str:
        """The card in words, for `og:image:alt`: every fact it draws."""
        parts = [f"{SITE_NAME}: {self.title}", *self.lines]
        if self.bars:
            chart = formatting.listed(
                (f"{bar.label}: {bar.text}" for bar in self.bars[:MAX_BARS]), "; "
            )
            parts.append(f"{self.bars_title}: {chart}" if self.bars_title else chart)
        return ". ".join(parts) + "."

    def png(self) -> bytes:
        return render_card(str(self.title), self.lines, self.bars, str(self.bars_title))


# The cards of the pages. Each states what its page shows, in the page's words.


def home(counts: dict, donors_by_value: list) -> Card:
    """The home page's card: what the site holds, and the donors by value in US dollars
    (`counts` and `donors_by_value` as HomeView reads them)."""
    donors = donors_by_value[:MAX_BARS]
    largest = max((donor.given_usd for donor in donors), default=0)
    return Card(
        title=TAGLINE,
        lines=(
            _many(counts["pledges"], "pledge"),
            _many(counts["sanctions"], "sanction"),
            _many(counts["countries"], "country"),
        ),
        bars=tuple(
            Bar(donor.local_name, _about_usd(donor.given_usd), _share(donor.given_usd, largest))
            for donor in donors
        ),
        bars_title=_("Donors by the value of their pledges in US dollars (computed)"),
    )


def country(country) -> Card:
    """A country's card: its counts, its pledges' totals in US dollars (at least: only the
    values that could be converted) and its pledges by category; needs `totals` prefetched."""
    lines = [
        SEPARATOR.join(
            (
                _counted(COUNTRY_COUNTS["given"], country.pledges_given_count),
                _counted(COUNTRY_COUNTS["received"], country.pledges_received_count),
            )
        ),
        SEPARATOR.join(
            (
                _counted(COUNTRY_COUNTS["imposed"], country.sanctions_imposed_count),
                _counted(
                    COUNTRY_COUNTS["targeting"],
                    country.sanctions_received_count,
                    country=country.in_sentence,
                ),
            )
        ),
    ]
    for role in ("given", "received"):
        total = country.converted_total(role)
        if total.converted:
            lines.append(
                _counted(
                    CONVERTED_TOTALS[role, bool(total.left_out)],
                    total.converted,
                    value=formatting.approximate_money(total.usd, "USD"),
                )
            )
        elif total.unconverted:
            one, several = UNCONVERTED_TOTALS[role]
            lines.append(
                str(one) if total.unconverted == 1 else _counted(several, total.unconverted)
            )
    given, received = country.category_counts("given"), country.category_counts("received")
    role, counts = ("given", given) if given.total() >= received.total() else ("received", received)
    largest = max(counts.values(), default=0)
    return Card(
        title=country.local_name,
        lines=tuple(lines),
        bars=tuple(
            Bar(category.label, _many(n, "pledge"), _share(n, largest))
            for category in Category
            if (n := counts.get(category))
        ),
        bars_title=charts.ROLE_CHARTS[role]["categories"] % {"country": country.local_name},
    )


# The sentences of a country's card, one whole phrase per plural, for translators ("n" picks the
# plural; "count" is the number as written).
COUNTRY_COUNTS = {
    "given": ngettext_lazy("%(count)s pledge given", "%(count)s pledges given", "n"),
    "received": ngettext_lazy("%(count)s pledge received", "%(count)s pledges received", "n"),
    "imposed": ngettext_lazy("%(count)s sanction imposed", "%(count)s sanctions imposed", "n"),
    "targeting": ngettext_lazy(
        "%(count)s sanction targeting %(country)s", "%(count)s sanctions targeting %(country)s", "n"
    ),
}
# Between two counts on one line of a card: "3 pledges given · 1 pledge received".
SEPARATOR = " · "
CONVERTED_TOTALS = {
    ("given", False): ngettext_lazy(
        "About %(value)s (computed) across %(count)s pledge given with a stated value",
        "About %(value)s (computed) across %(count)s pledges given with a stated value",
        "n",
    ),
    ("given", True): ngettext_lazy(
        "At least about %(value)s (computed) across %(count)s pledge given with a stated value",
        "At least about %(value)s (computed) across %(count)s pledges given with a stated value",
        "n",
    ),
    ("received", False): ngettext_lazy(
        "About %(value)s (computed) across %(count)s pledge received with a stated value",
        "About %(value)s (computed) across %(count)s pledges received with a stated value",
        "n",
    ),
    ("received", True): ngettext_lazy(
        "At least about %(value)s (computed) across %(count)s pledge received with a stated value",
        "At least about %(value)s (computed) across %(count)s pledges received with a stated value",
        "n",
    ),
}
# Pledges with a stated value none of which could be converted: one value, or several (two or
# more: the plural's singular serves the languages that write 21 or 31 as they write 1).
UNCONVERTED_TOTALS = {
    "given": (
        gettext_lazy(
            "No total in US dollars of the pledges given: the value stated cannot be converted"
        ),
        ngettext_lazy(
            "No total in US dollars of the pledges given: the %(count)s value stated cannot be "
            "converted",
            "No total in US dollars of the pledges given: the %(count)s values stated cannot be "
            "converted",
            "n",
        ),
    ),
    "received": (
        gettext_lazy(
            "No total in US dollars of the pledges received: the value stated cannot be converted"
        ),
        ngettext_lazy(
            "No total in US dollars of the pledges received: the %(count)s value stated cannot "
            "be converted",
            "No total in US dollars of the pledges received: the %(count)s values stated cannot "
            "be converted",
            "n",
        ),
    ),
}


def pledge(pledge) -> Card:
    """A pledge's card: donor and recipient, its value as stated and in US dollars, its date and
    category as its page writes them, and how many aid items it names; needs `items`
    prefetched."""
    if pledge.amount is None:
        value = formatting.UNKNOWN
    else:
        value = f"{pledge.value_display}{_mark(pledge, 'amount')}"
        value += _mark(pledge, "currency", currency=True)
    lines = [_("Value: %(value)s") % {"value": value}]
    if pledge.amount is not None and pledge.currency != "USD":
        if pledge.value_usd is not None:
            lines.append(_("In US dollars: %(value)s") % {"value": _about_usd(pledge.value_usd)})
        else:
            lines.append(_("In US dollars: not converted"))
    if pledge.announced_on:
        date = pledge.date_display
        if pledge.basis("announced_on") == "derived":
            date = (
                _("%(date)s (worked out from “%(words)s”)")
                if pledge.announced_as
                else _("%(date)s (worked out)")
            ) % {"date": date, "words": pledge.announced_as}
    else:
        date = formatting.UNKNOWN
    lines.append(_("Announced: %(date)s") % {"date": date})
    category = f"{pledge.get_category_display()}{_mark(pledge, 'category')}"
    lines.append(_("Category: %(category)s") % {"category": category})
    items = len(pledge.items.all())
    lines.append(
        _("Aid items: %(count)s") % {"count": formatting.number(items)}
        if items
        else _("Aid items: none named by the source")
    )
    # Translators: a pledge's card title: its donor and its recipient, "Japan to Ukraine".
    title = _("%(donor)s to %(recipient)s") % {
        "donor": pledge.donor.local_name,
        "recipient": pledge.recipient.local_name,
    }
    return Card(title=title, lines=tuple(lines))


def compare(countries: list) -> Card:
    """The compare page's card: each country's pledges given and their total in US dollars (at
    least: only the values that could be converted), and a bar of pledges given for each;
    needs `totals` prefetched."""
    lines = []
    for country in countries:
        total = country.converted_total("given")
        if total.converted:
            line = COMPARED_LINES["at least" if total.left_out else "about"]
        elif country.pledges_given_count:
            line = COMPARED_LINES["no total"]
        else:
            line = COMPARED_LINES["none"]
        value = formatting.approximate_money(total.usd, "USD") if total.converted else ""
        lines.append(
            _counted(line, country.pledges_given_count, country=country.local_name, value=value)
        )
    largest = max((country.pledges_given_count for country in countries), default=0)
    return Card(
        title=compared_title([country.local_name for country in countries]),
        lines=tuple(lines),
        bars=tuple(
            Bar(
                c.local_name,
                _many(c.pledges_given_count, "pledge"),
                _share(c.pledges_given_count, largest),
            )
            for c in countries[:MAX_BARS]
        ),
        bars_title=_("Pledges given"),
    )


# A country's line on the compare page's card, one whole phrase per plural.
COMPARED_LINES = {
    "at least": ngettext_lazy(
        "%(country)s: %(count)s pledge given, at least about %(value)s (computed)",
        "%(country)s: %(count)s pledges given, at least about %(value)s (computed)",
        "n",
    ),
    "about": ngettext_lazy(
        "%(country)s: %(count)s pledge given, about %(value)s (computed)",
        "%(country)s: %(count)s pledges given, about %(value)s (computed)",
        "n",
    ),
    "no total": ngettext_lazy(
        "%(country)s: %(count)s pledge given, no total in US dollars",
        "%(country)s: %(count)s pledges given, no total in US dollars",
        "n",
    ),
    "none": ngettext_lazy(
        "%(country)s: %(count)s pledge given", "%(country)s: %(count)s pledges given", "n"
    ),
}


def compared_title(names: list[str]) -> str:
    """ "Japan, United States and Sweden compared", as the compare page's heading says."""
    if len(names) == 1:
        listed = names[0]
    else:
        listed = pgettext("the last of several names listed", "%(names)s and %(last)s") % {
            # Translators: between the names of a list, but the last two: "Japan, Sweden".
            "names": pgettext("names listed", ", ").join(names[:-1]),
            "last": names[-1],
        }
    # Translators: the compare page's heading: "Japan, United States and Sweden compared".
    return _("%(countries)s compared") % {"countries": listed}


# Counts as the pages write them, one whole phrase per plural ("n" picks the plural; "count" is
# the number as written).
COUNTS = {
    "pledge": ngettext_lazy("%(count)s pledge", "%(count)s pledges", "n"),
    "sanction": ngettext_lazy("%(count)s sanction", "%(count)s sanctions", "n"),
    "country": ngettext_lazy("%(count)s country", "%(count)s countries", "n"),
}


def _counted(phrase, n: int, **values) -> str:
    """A plural `phrase` (ngettext_lazy, "n" naming its number) for `n`, with `values`."""
    return phrase % {"n": n, "count": formatting.number(n), **values}


def _many(n: int, noun: str) -> str:
    """3, "pledge" -> "3 pledges", as the pages write counts."""
    return _counted(COUNTS[noun], n)


def _about_usd(amount) -> str:
    return _("about %(value)s (computed)") % {"value": formatting.approximate_money(amount, "USD")}


def _share(value, largest) -> float:
    return float(value / largest) if largest else 0.0


def _mark(record, field: str, currency: bool = False) -> str:
    """ " (read)" after a value read rather than stated, as the page's reading mark says;
    " (currency read)" for the currency of a value."""
    if record.basis(field) != "read":
        return ""
    if currency:
        # Translators: after a value whose currency was read from the source's words, not stated.
        return " " + _("(currency read)")
    # Translators: after a value that was read from the source's words rather than stated.
    return " " + _("(read)")


# Drawing.

TITLE_SIZES = (60, 52, 44)  # the largest at which the title fits its lines
FACT_SIZES = (30, 27, 24)  # the largest at which all the facts fit
FACT_GAP = 12
BAR_SIZE, SITE_SIZE = 24, 32
BAR_HEIGHT = 16
TOP, BOTTOM = 104, HEIGHT - 40  # the title's top; the last text's lowest edge
COLUMN_GAP = 64  # between the facts and the bars


def render_card(
    title: str, lines: tuple[str, ...] = (), bars: tuple[Bar, ...] = (), bars_title: str = ""
) -> bytes:
    """A card as PNG bytes: the site's name, `title` (wrapped, and shortened if it is very
    long) over the `lines` of facts, and beside them, when there are `bars`, up to five bars
    under `bars_title`."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 12), fill=ACCENT)
    draw.text((MARGIN, 40), SITE_NAME, font=_font(SITE_SIZE), fill=ACCENT)
    bars = bars[:MAX_BARS]
    width = WIDTH - 2 * MARGIN
    if bars:
        # The bars' column is as wide as its widest label and value (within bounds), the
        # facts' column takes the rest.
        font = _font(BAR_SIZE)
        widest = max(
            draw.textlength(_drawable(f"{bar.label}{bar.text}"), font=font) + 24 for bar in bars
        )
        available = width - COLUMN_GAP
        width = available - int(min(max(widest, available * 0.45), available * 0.6))
        right = MARGIN + width + COLUMN_GAP
        draw.line((right - COLUMN_GAP // 2, TOP, right - COLUMN_GAP // 2, BOTTOM), fill=LINE)
        _draw_bars(draw, bars, bars_title, right, TOP + 8, WIDTH - MARGIN - right)
    y = _draw_title(draw, title, width, most=3 if bars else 2)
    draw.line((MARGIN, y, MARGIN + width, y), fill=LINE, width=2)
    _draw_facts(draw, lines, MARGIN, y + 28, width)
    output = BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()


def _draw_title(draw, title: str, width: int, most: int) -> int:
    """The title in at most `most` lines, in the largest size that fits; the y below it."""
    for size in TITLE_SIZES:
        font = _font(size)
        wrapped = _wrap(draw, _drawable(title), font, width)
        if len(wrapped) <= most:
            break
    y = TOP
    for line in _fit(draw, wrapped, font, width, most):
        _bold(draw, (MARGIN, y), line, font, INK)
        y += round(size * 1.2)
    return y + 24


def _draw_facts(draw, lines, x: int, y: int, width: int) -> None:
    """The facts, each wrapped, in the largest size at which all fit; a fact is drawn whole or
    not at all, so that no figure loses its "(computed)" or "(worked out)"."""
    for size in FACT_SIZES:
        font, step = _font(size), round(size * 1.3)
        wrapped = [_wrap(draw, _drawable(fact), font, width) for fact in lines]
        if y + sum(len(fact) * step + FACT_GAP for fact in wrapped) - FACT_GAP <= BOTTOM:
            break
    for fact in wrapped:
        if y + len(fact) * step > BOTTOM:
            break
        for line in fact:
            draw.text((x, y), line, font=font, fill=INK)
            y += step
        y += FACT_GAP


def _draw_bars(draw, bars, bars_title: str, x: int, y: int, width: int) -> None:
    font, step = _font(BAR_SIZE), round(BAR_SIZE * 1.25)
    for line in _fit(draw, _wrap(draw, _drawable(bars_title), font, width), font, width, 2):
        draw.text((x, y), line, font=font, fill=MUTED)
        y += step
    y += 20
    for bar in bars:
        text = _drawable(bar.text)
        text_width = draw.textlength(text, font=font)
        label = _shorten(draw, _drawable(bar.label), font, width - text_width - 24)
        draw.text((x, y), label, font=font, fill=INK)
        draw.text((x + width - text_width, y), text, font=font, fill=MUTED)
        y += step + 6
        if bar.share > 0:  # a value is never drawn as nothing
            length = max(round(width * min(bar.share, 1.0)), 3)
            draw.rectangle((x, y, x + length, y + BAR_HEIGHT), fill=BAR)
        y += BAR_HEIGHT + 20


def _bold(draw, xy, text: str, font, colour: str) -> None:
    """Text drawn a little heavier (the shipped font has one weight), for the title."""
    draw.text(xy, text, font=font, fill=colour, stroke_width=1, stroke_fill=colour)


@cache
def _font(size: int):
    return ImageFont.load_default(size=size)


def _wrap(draw, text: str, font, width: float) -> list[str]:
    """`text` in lines no wider than `width`, broken between words (and within a word only
    when the word alone is wider)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(word) > 1 and draw.textlength(word, font=font) > width:
            cut = len(word) - 1
            while cut > 1 and draw.textlength(word[:cut], font=font) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _fit(draw, lines: list[str], font, width: float, most: int) -> list[str]:
    """At most `most` of `lines`; when some are left out, the last kept ends with "…"."""
    if len(lines) <= most:
        return lines
    return [*lines[: most - 1], _shorten(draw, lines[most - 1], font, width, cut=True)]


def _shorten(draw, text: str, font, width: float, cut: bool = False) -> str:
    """`text` if it fits in `width` (and is not `cut`), else its first words and "…"."""
    if not cut and draw.textlength(text, font=font) <= width:
        return text
    while text:
        shortened = text.rstrip(" ,;:.-") + "…"
        if draw.textlength(shortened, font=font) <= width:
            return shortened
        text = text.rsplit(" ", 1)[0] if " " in text else text[:-1]
    return ""


# How a currency whose symbol the font lacks is written instead: its ISO code ("EUR 5 million").
_SPELLED_PREFIXES = sorted(
    ((prefix, f"{code} ") for code, prefix in CURRENCY_PREFIXES.items()),
    key=lambda pair: -len(pair[0]),
)
_SPELLED = {"→": "to", "–": "-", "—": "-", "−": "-", "×": "x", "\u00a0": " "}


def _drawable(text: str) -> str:
    """`text` with each character the font lacks written with ones it has."""
    for prefix, spelled in _SPELLED_PREFIXES:
        if prefix in text and not _all_drawn(prefix):
            text = text.replace(prefix, spelled)
    return "".join(_drawable_character(char) for char in text)


def _drawable_character(char: str) -> str:
    """`char` if the font has it; else its spelling, or the letter without its accents, if the
    font has those; else "?"."""
    if _has_glyph(char):
        return char
    plain = _SPELLED.get(char) or _without_accents(char)
    if plain and _all_drawn(plain):
        return plain
    return "?"


def _without_accents(char: str) -> str:
    """`char` decomposed, without its combining marks: "é" -> "e"."""
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def _all_drawn(text: str) -> bool:
    """Whether the font draws every character of `text`."""
    return all(_has_glyph(c) for c in text)


@cache
def _has_glyph(char: str) -> bool:
    """Whether the font draws `char` (rather than its empty box for a missing glyph)."""
    if char.isspace():
        return True
    return _glyph_image(char) != _glyph_image("\U000f0000")  # a private-use character: no glyph


@cache
def _glyph_image(char: str) -> bytes:
    image = Image.new("L", (40, 40))
    ImageDraw.Draw(image).text((4, 4), char, font=_font(20), fill=255)
    return image.tobytes()
