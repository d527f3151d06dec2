"""Sources: the published documents every figure comes from."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.models.choices import (
    Basis,
    DatePrecision,
    clean_date_precision,
    date_precision_consistent,
)
from pledges.models.links import page_url


class SourceQuerySet(models.QuerySet):
    def record_totals(self) -> dict:
        """How many pledges, sanctions and other facts these sources give, from their kept
        counts."""
        totals = self.aggregate(
            pledges=Sum("pledge_count"), sanctions=Sum("sanction_count"), facts=Sum("fact_count")
        )
        return {kind: total or 0 for kind, total in totals.items()}


class Source(models.Model):
    """A published document that states pledges or sanctions."""

    reference = models.SlugField(
        max_length=100,
        unique=True,
        help_text=_(
            "A short stable key for this source, such as epoch-times-2022-japan-equipment."
        ),
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    authors = models.CharField(max_length=300, blank=True, help_text=_("Comma-separated."))
    contributors = models.CharField(max_length=300, blank=True, help_text=_("Comma-separated."))
    published_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("Leave empty when the source gives no date and none can be worked out."),
    )
    published_precision = models.CharField(
        _("date precision"), max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    published_note = models.TextField(
        _("how the date was worked out"),
        blank=True,
        help_text=_("Where the date is worked out rather than printed: from what, and how."),
    )
    url = models.URLField(
        _("address of the original"),
        max_length=500,
        blank=True,
        help_text=_("Where readers can read the source itself. Empty only when it is not known."),
    )
    notes = models.TextField(
        blank=True,
        help_text=_(
            "How this source was read: how its paragraphs are counted, what it leaves open."
        ),
    )
    text = models.TextField(
        blank=True,
        help_text=_(
            "The source's text as published, HTML reduced to plain text. Where it is kept, "
            "each record's paragraph and words are checked against it. Never a copy the "
            "licence forbids keeping."
        ),
    )
    is_synthetic = models.BooleanField(
        _("synthetic"),
        default=False,
        editable=False,
        help_text=_(
            "Made-up data for tests and benchmarks (manage.py generate_synthetic); never real."
        ),
    )
    # Kept in step by pledges.stats, so that lists of sources never count a million rows.
    pledge_count = models.PositiveIntegerField(default=0, editable=False)
    sanction_count = models.PositiveIntegerField(default=0, editable=False)
    fact_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Every change, with who made it; the counts are figures kept by pledges.stats, not edits.
    # History tables are read by record (their `id` index), so their other keys go unindexed:
    # imports write a history row for every record they create.
    history = HistoricalRecords(excluded_fields=["pledge_count", "sanction_count", "fact_count"])

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=date_precision_consistent("published"),
                name="source_date_precision_consistent",
                violation_error_message=_("A date is stored exactly when its precision is known."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        from pledges.intake.text import plain_text  # the intake may read the models

        self.text = plain_text(self.text) if self.text else ""
        self.__dict__.pop("paragraphs", None)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_url("source-detail", self.pk)

    def clean(self):
        errors = clean_date_precision(self, "published")
        text_error = text_problem(self.text)
        if text_error:
            errors["text"] = text_error
        elif self.text:
            from pledges.intake.text import plain_text

            self.text = plain_text(self.text)
            self.__dict__.pop("paragraphs", None)
        derived = self.published_precision == DatePrecision.DERIVED
        if derived and not self.published_note.strip():
            errors["published_note"] = _("Say how the date was worked out.")
        if errors:
            raise ValidationError(errors)

    def basis(self, name: str) -> str:
        """How the publication date (the one value of a source that can be worked out) is known."""
        if name != "published_on" or self.published_on is None:
            return (Basis.UNKNOWN if name == "published_on" else Basis.STATED).value
        derived = self.published_precision == DatePrecision.DERIVED
        return (Basis.DERIVED if derived else Basis.STATED).value

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.published_on, self.published_precision)

    @cached_property
    def paragraphs(self) -> list[str]:
        """The text's numbered paragraphs: paragraph N is `paragraphs[N - 1]`."""
        from pledges.intake import paragraphs

        return paragraphs(self.text) if self.text else []


def text_problem(text: str) -> str:
    """Why `text` cannot be kept as a source's text, or "" when it can: no longer than the
    intake reads (`pledges.intake.text.MAX_TEXT`)."""
    from pledges.intake.text import too_long

    if too_long(text):
        return _("The text is over 1 MB: an article is far shorter. Nothing was saved.")
    if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
        return _(
            "The text holds control characters (such as NUL): it looks like a binary file, "
            "not text. Paste the article's words."
        )
    return ""
