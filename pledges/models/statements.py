"""What a source states, and where: the provenance shared by pledges and sanctions."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.db.models import F, Max, Min
from django.utils.translation import gettext_lazy as _

from pledges.models.checks import ChecksInOneQuery
from pledges.models.choices import READINGS, Basis, DatePrecision, clean_date_precision
from pledges.models.sources import Source
from pledges.search import document, document_fields

# Derived from the record's texts: kept out of its history.
SEARCH_FIELDS = ["search_document", "search_vector"]

# Translators: the last sentence of a record's summary in link previews and feeds: its source
# (the publisher, or else the title) and the number of the paragraph that states it.
SOURCE_SENTENCE = _("Source: %(source)s, paragraph %(paragraph)s.")


class StatementQuerySet(models.QuerySet):
    # The most periods (years, or months of a year) that dates() looks for one by one.
    MAX_PROBES = 60

    def dates(self, field_name, kind, order="ASC"):
        """The years, or the months of a year, that have records, as the admin's date hierarchy
        asks for them.

        Django finds them with a DISTINCT over every row, a scan of the whole table at a million
        pledges. On PostgreSQL this looks for the latest record of each period between the first
        and last dates instead, each a short read of the date index, all in one query.
        """
        if kind not in ("year", "month") or connection.vendor != "postgresql":
            return super().dates(field_name, kind, order)
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        first, last = bounds["first"], bounds["last"]
        if first is None:
            return []
        periods = _periods(first, last, kind)
        if len(periods) > self.MAX_PROBES:
            return super().dates(field_name, kind, order)
        probes = [
            self.filter(**{f"{field_name}__gte": start, f"{field_name}__lt": end})
            .order_by(F(field_name).desc(nulls_last=True))  # the order of the date indexes
            .values_list(field_name, flat=True)[:1]
            for start, end in periods
        ]
        found = probes[0].union(*probes[1:], all=True) if len(probes) > 1 else probes[0]
        return sorted({_period_start(day, kind) for day in found}, reverse=order == "DESC")


def _period_start(day: datetime.date, kind: str) -> datetime.date:
    return day.replace(month=1, day=1) if kind == "year" else day.replace(day=1)


def _periods(first: datetime.date, last: datetime.date, kind: str) -> list:
    """(start, end) of each year or month from the one holding `first` to the one holding `last`."""
    periods, start = [], _period_start(first, kind)
    while start <= last:
        if kind == "year":
            end = start.replace(year=start.year + 1)
        else:
            end = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        periods.append((start, end))
        start = end
    return periods


# Typographic quotes and apostrophes, read as the straight ones an editor types.
STRAIGHT_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def comparable(words: str) -> str:
    """`words` as a quote is compared: whitespace collapsed, typographic quotes straightened."""
    return " ".join(words.translate(STRAIGHT_QUOTES).split())


def quote_span(paragraph: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` stands in `paragraph` (start, end), compared as `comparable` compares;
    None if it is not there. A source's paragraphs have single spaces, so translating quotes
    one character for another keeps the positions."""
    wanted = comparable(quote)
    if not wanted:
        return None
    start = paragraph.translate(STRAIGHT_QUOTES).find(wanted)
    return None if start < 0 else (start, start + len(wanted))


def dated_statement_errors(record, prefix: str) -> dict[str, str]:
    """The rules of a dated statement of a source (a pledge's stage, a sanction's date): its
    date's precision, a worked-out date's reading note, its words found in their paragraph."""
    errors = clean_date_precision(record, prefix)
    derived = getattr(record, f"{prefix}_precision") == DatePrecision.DERIVED
    if derived and not record.reading_note.strip():
        errors["reading_note"] = _("Say how the date was worked out from the source's words.")
    source = record.source if record.source_id else None
    return quote_errors(source, record.paragraph, record.quote) | errors


def quote_errors(source, paragraph, quote) -> dict[str, str]:
    """What is wrong with `paragraph` and `quote` against the text of `source`, by field: a
    source without its text is not checked."""
    if source is None or not source.text or paragraph is None or not quote:
        return {}
    numbered = source.paragraphs
    if not 1 <= paragraph <= len(numbered):
        return {
            "paragraph": _(
                "The source's text has %(count)d paragraphs: there is no paragraph %(number)d."
            )
            % {"count": len(numbered), "number": paragraph}
        }
    if comparable(quote) not in comparable(numbered[paragraph - 1]):
        return {
            "quote": _(
                "These words are not in paragraph %(number)d of the source's text: copy them "
                "exactly as the source writes them."
            )
            % {"number": paragraph}
        }
    return {}


# The highest paragraph number: a small integer's limit, declared so that SQLite (which would
# store any number) refuses what PostgreSQL cannot store.
MAX_PARAGRAPH = 32767


def paragraph_field(
    help_text: str = _("Number of the paragraph of the source that states it, counting from 1."),
) -> models.PositiveSmallIntegerField:
    """The number of the paragraph of a source that states a record: its provenance."""
    return models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARAGRAPH)], help_text=help_text
    )


class Statement(ChecksInOneQuery, models.Model):
    """What a source states, and where: the provenance shared by pledges and sanctions."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="%(class)ss")
    paragraph = paragraph_field()
    quote = models.CharField(
        _("figure words"),
        max_length=200,
        help_text=_(
            "The few words of the source that state it, such as “$350 million worth of "
            "weapons”. A short phrase, never a whole sentence."
        ),
    )
    reference = models.SlugField(
        max_length=100,
        blank=True,
        help_text=_(
            "Stable key of a record loaded from a data file; empty for records entered here."
        ),
    )
    reading_note = models.TextField(
        blank=True,
        help_text=_("How an ambiguous statement was read, e.g. which currency a bare “$” means."),
    )
    readings = models.JSONField(
        _("read or worked out"),
        default=dict,
        # Bulk writers (imports, synthetic data) that leave the column out get the same {}.
        db_default=models.Value({}, output_field=models.JSONField()),
        blank=True,
        help_text=_(
            "The values the source does not state in so many words, each “read” (an "
            "interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, "
            "such as half of a stated number); the reading note says how. Dates say so by their "
            "precision."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The words it is found by, and (on PostgreSQL) their index: see pledges.search.
    search_document, search_vector = document_fields()

    # The two countries a statement concerns (donor and recipient, imposer and target).
    parties: tuple[str, ...]
    # The values other than dates that a source may leave to be read or worked out.
    readable: tuple[str, ...] = ()
    # Each date, with the field of its precision: a date's basis is its precision.
    dates: dict[str, str] = {}

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_document = document(*self.search_texts())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_document"}
        super().save(*args, **kwargs)

    def search_texts(self) -> list:
        """The texts a search finds it by: its own words and the source's figure words."""
        return [self.description, self.quote]

    def basis(self, name: str) -> str:
        """How the value of field `name` comes from the source: a `Basis` value."""
        if getattr(self, name) in (None, ""):
            return Basis.UNKNOWN.value
        if name in self.dates:
            derived = getattr(self, self.dates[name]) == DatePrecision.DERIVED
            return (Basis.DERIVED if derived else Basis.STATED).value
        return (self.readings or {}).get(name, Basis.STATED.value)

    def bases(self) -> dict[str, str]:
        """The basis of every value that can be read or worked out, by field name."""
        return {name: self.basis(name) for name in (*self.readable, *self.dates)}

    def source_sentence(self) -> str:
        """ "Source: Reuters, paragraph 3.": the end of a summary for link previews and feeds."""
        source = self.source.publisher or self.source.title
        return SOURCE_SENTENCE % {"source": source, "paragraph": self.paragraph}

    def clean_quote(self) -> dict[str, str]:
        """What is wrong with the paragraph and quote against the source's text, by field."""
        source = self.source if self.source_id else None
        return quote_errors(source, self.paragraph, self.quote)

    def clean_readings(self) -> dict[str, str]:
        """What is wrong with `readings`, by field, for `clean()` to raise with its own errors."""
        readings = self.readings
        if not isinstance(readings, dict):
            return {"readings": _('Give an object such as {"currency": "read"}.')}
        for name, how in readings.items():
            if name not in self.readable:
                allowed = ", ".join(self.readable)
                return {
                    "readings": _("“%(name)s” cannot be marked: only %(allowed)s can.")
                    % {"name": name, "allowed": allowed}
                }
            if how not in READINGS:
                return {"readings": _("“%(how)s” is neither “read” nor “derived”.") % {"how": how}}
            if getattr(self, name) in (None, ""):
                return {
                    "readings": _("%(name)s is empty: an unknown value is not a reading.")
                    % {"name": name}
                }
        marked = readings or any(basis == Basis.DERIVED for basis in self.bases().values())
        if marked and not self.reading_note.strip():
            return {"reading_note": _("Say how the values marked read or worked out were read.")}
        return {}

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.mark_counted()
        return instance

    def _ids(self, fields) -> set[int]:
        return {self.__dict__.get(f"{field}_id") for field in fields} - {None}

    def mark_counted(self) -> None:
        """Remember the countries and source this statement is counted under, as stored."""
        self._counted_parties = self._ids(self.parties)
        self._counted_sources = self._ids(["source"])

    def countries_concerned(self) -> set[int]:
        """Ids of the countries this statement counts for, as it is now and as it was stored."""
        return self._ids(self.parties) | getattr(self, "_counted_parties", set())

    def sources_concerned(self) -> set[int]:
        """Ids of the sources this statement counts for, as it is now and as it was stored."""
        return self._ids(["source"]) | getattr(self, "_counted_sources", set())
