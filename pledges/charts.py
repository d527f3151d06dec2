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

WIDTH = 400  # the drawing's width, in its own units; it scales to the page
ROW = 40  # each bar's height with its label above it
BAR = 14
PALETTE_SIZE = 7  # classes chart-colour-0 to chart-colour-6 in static/css/site.css


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
        return "; ".join(f"{bar.label}: {bar.text}" for bar in self.bars) + "."


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
