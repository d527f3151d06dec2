"""Bar charts drawn on the server as SVG, from figures the page already has (the precomputed
totals), so a chart costs the same at a million pledges as at ten.

Each chart is a list of bars, each with its label, its value written out and its length as a
share of the longest, and the address of the records behind the chart. The template
(templates/includes/bar_chart.html) places them: label and value above each bar, so both stay
readable when the drawing is scaled down to a phone's width. It needs no JavaScript, and has no
inline style for the strict Content-Security-Policy to refuse: colours come from the site's
stylesheet, by class, from a palette that colour-blind readers can tell apart (Okabe and Ito).
The drawing is one image to screen readers, its title and description (every bar's label and
value) read out; its caption names the table with the same figures and links to the records.
"""

from dataclasses import dataclass, field
from datetime import date
from math import ceil

from babel import dates as cldr_dates
from django.utils.translation import gettext_lazy, ngettext_lazy

from pledges import formatting

# A country's charts of the pledges it gave or received, on its page and its link-preview card:
# the pledge list's filter naming the country in that role, and each chart's title.
ROLE_CHARTS = {
    "given": {
        "filter": "donor",
        "partners": gettext_lazy("Recipients of %(country)s’s pledges, most pledges first"),
        "categories": gettext_lazy("Pledges by %(country)s by category"),
        "months": gettext_lazy("Pledges by %(country)s by the month they were announced"),
    },
    "received": {
        "filter": "recipient",
        "partners": gettext_lazy("Donors of %(country)s’s pledges, most pledges first"),
        "categories": gettext_lazy("Pledges to %(country)s by category"),
        "months": gettext_lazy("Pledges to %(country)s by the month they were announced"),
    },
}


WIDTH = 400  # the drawing's width, in its own units; it scales to the page
ROW = 40  # each bar's height with its label above it
BAR = 14
PALETTE_SIZE = 7  # classes chart-colour-0 to chart-colour-6 in static/css/site.css

# A count of records of each kind a chart counts, as its bars and columns write it: one whole
# phrase per plural, for translators ("n" picks the plural; "count" is the number as written).
COUNTED = {
    "pledge": ngettext_lazy("%(count)s pledge", "%(count)s pledges", "n"),
    "sanction": ngettext_lazy("%(count)s sanction", "%(count)s sanctions", "n"),
}


def counted(noun: str, n: int) -> str:
    """3 records of the kind `noun` ("pledge", "sanction") in words: "3 pledges"."""
    return COUNTED[noun] % {"n": n, "count": formatting.number(n)}


@dataclass
class Bar:
    label: str
    text: str  # the value, written out ("about US$19.6 million", "3 pledges")
    value: float
    width: float = 0.0  # in the drawing's units
    colour: int = 0
    y: int = 0  # top of the label's line


@dataclass
class BarChart:
    key: str  # unique on the page: ids of its title and description
    title: str
    url: str  # the records behind it
    bars: list[Bar] = field(default_factory=list)
    width: int = WIDTH
    bar_height: int = BAR
    other_units: bool = False  # a quantity chart: some quantities are in another unit, not drawn

    @property
    def height(self) -> int:
        return ROW * len(self.bars)

    @property
    def description(self) -> str:
        """The chart in words, for screen readers: each bar's label and value."""
        return formatting.listed((f"{bar.label}: {bar.text}" for bar in self.bars), "; ") + "."


def bar_chart(
    key: str, title: str, url: str, bars: list[Bar], *, colour_each: bool = False
) -> BarChart:
    """A chart of `bars` in the order given, each as long as its share of the largest. Bars
    are one colour unless `colour_each` (for categories, which have no order of size)."""
    largest = max((bar.value for bar in bars), default=0)
    for index, bar in enumerate(bars):
        bar.width = round(WIDTH * bar.value / largest, 1) if largest > 0 else 0.0
        bar.width = max(bar.width, 1.0) if bar.value > 0 else 0.0  # a value is never invisible
        bar.colour = index % PALETTE_SIZE if colour_each else 0
        bar.y = ROW * index
    return BarChart(key, title, url, bars)


# Charts over time: a column per month (per year when the months would be too many to read),
# stacked by series where there are several (each imposer of sanctions, say).
PLOT_TOP = 22  # room for the largest column's value
PLOT_HEIGHT = 110
BASELINE = PLOT_TOP + PLOT_HEIGHT
TIME_HEIGHT = BASELINE + 36  # two lines of labels under the columns: month, then year
MOST_MONTHS = 36  # past three years of months, columns are years
LABEL_ROOM = 30  # the narrowest column slot that still takes its own label


@dataclass
class Segment:
    series: int  # its colour, and its column in the table
    value: int
    y: float = 0.0
    height: float = 0.0


@dataclass
class Column:
    start: date
    label: str  # "Feb 2022", or "2022" by year
    values: list[int]  # per series, for the table
    total: int = 0
    text: str = ""  # "3 pledges"
    segments: list[Segment] = field(default_factory=list)
    x: float = 0.0
    width: float = 0.0
    tick: str = ""  # written under the column: its month, or its year by year
    year: str = ""  # written under the ticks: the year, where one starts


@dataclass
class TimeChart:
    key: str
    title: str
    url: str
    noun: str  # what is counted, a key of COUNTED: "pledge", "sanction"
    columns: list[Column] = field(default_factory=list)
    series: list[str] = field(default_factory=list)  # names, for the legend; one: no legend
    by_year: bool = False
    unplaced: int = 0  # records whose date gives no month: not drawn
    derived: int = 0  # dates drawn that were worked out from a source's words
    width: int = WIDTH
    height: int = TIME_HEIGHT
    largest: int = 0
    value_labels: bool = True  # each column's value above it, where there is room

    @property
    def description(self) -> str:
        """The chart in words, for screen readers: each period that has records, and its count."""
        parts = []
        for column in self.columns:
            if not column.total:
                continue
            split = ""
            if len(self.series) > 1:
                split = (
                    " ("
                    + formatting.listed(
                        f"{name} {formatting.number(value)}"
                        for name, value in zip(self.series, column.values, strict=True)
                        if value
                    )
                    + ")"
                )
            parts.append(f"{column.label}: {column.text}{split}")
        return formatting.listed(parts, "; ") + "." if parts else ""

    @property
    def baseline(self) -> int:
        return BASELINE


def time_chart(
    key: str,
    title: str,
    url: str,
    rows,
    *,
    noun: str,
    series: list[str] | None = None,
    unplaced: int = 0,
    derived: int = 0,
) -> TimeChart:
    """A chart of how many records fall in each month, from `rows` of (month, series, count):
    month the first day of a month, series an index into `series` (0 with a single series).
    Every month between the first and the last is drawn, those with none as empty; past
    MOST_MONTHS of them, years are drawn instead."""
    series = series or [""]
    counts = _counts(rows)
    chart = TimeChart(key, title, url, noun, series=series, unplaced=unplaced, derived=derived)
    if not counts:
        return chart
    months = sorted({month for month, _ in counts})
    first, last = months[0], months[-1]
    chart.by_year = _month_span(first, last) > MOST_MONTHS
    chart.columns = _columns(_column_starts(first, last, chart.by_year), counts, chart)
    _place_columns(chart)
    return chart


def _counts(rows) -> dict[tuple[date, int], int]:
    """The counts of `rows` summed by (month, series)."""
    counts: dict[tuple[date, int], int] = {}
    for month, index, count in rows:
        counts[(month, index)] = counts.get((month, index), 0) + count
    return counts


def _month_span(first: date, last: date) -> int:
    """How many months from the month of `first` to that of `last`, both included."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _column_starts(first: date, last: date, by_year: bool) -> list[date]:
    """The first day of each column's period, from `first`'s to `last`'s: years or months."""
    if by_year:
        return [date(year, 1, 1) for year in range(first.year, last.year + 1)]
    return [_add_months(first, n) for n in range(_month_span(first, last))]


def _columns(starts: list[date], counts: dict, chart: TimeChart) -> list[Column]:
    """A column for each of `starts`, holding each series' count in its period."""
    index_of = {start: n for n, start in enumerate(starts)}
    precision = "year" if chart.by_year else "month"
    columns = [
        Column(start, formatting.partial_date(start, precision), [0] * len(chart.series))
        for start in starts
    ]
    for (month, index), count in counts.items():
        start = date(month.year, 1, 1) if chart.by_year else month
        columns[index_of[start]].values[index] += count
    return columns


def _add_months(start: date, n: int) -> date:
    months = start.month - 1 + n
    return date(start.year + months // 12, months % 12 + 1, 1)


def _place_columns(chart: TimeChart) -> None:
    """Where each column and each of its segments go, and which labels there is room for."""
    for column in chart.columns:
        column.total = sum(column.values)
        column.text = counted(chart.noun, column.total)
    chart.largest = max(column.total for column in chart.columns)
    slot = WIDTH / len(chart.columns)
    chart.value_labels = slot >= LABEL_ROOM
    every = max(1, ceil(LABEL_ROOM / slot))  # by year: label every n-th year
    for n, column in enumerate(chart.columns):
        column.width = round(max(slot * 0.7, 1.0), 1)
        column.x = round(n * slot + (slot - column.width) / 2, 1)
        if chart.by_year:
            column.tick = column.label if n % every == 0 else ""
        else:
            _label_month(column, n, slot)
        _stack_segments(column, chart.largest)


def _label_month(column: Column, n: int, slot: float) -> None:
    """A month's column (the `n`-th): its month, where there is room, and its year under it
    where a year starts (and under the first column)."""
    column.tick = _month_name(column.start) if slot >= LABEL_ROOM else ""
    if n == 0 or column.start.month == 1:
        column.year = formatting.partial_date(column.start, "year")


def _month_name(day: date) -> str:
    """The month of `day`, abbreviated in the page's language: "Feb", "лют.", "2月"."""
    locale = formatting.page_locale()
    if locale is None:
        return f"{day:%b}"
    return cldr_dates.format_date(day, "LLL", locale=locale)


def _stack_segments(column: Column, largest: int) -> None:
    """A segment for each series with records in the column, stacked up from the baseline."""
    top = BASELINE
    for index, value in enumerate(column.values):
        if not value:
            continue
        height = max(PLOT_HEIGHT * value / largest, 1.0)  # never invisible
        top -= height
        column.segments.append(
            Segment(index % PALETTE_SIZE, value, round(top, 1), round(height, 1))
        )
