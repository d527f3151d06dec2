"""What the intake drafts from a source's text, kept for an editor to review; and corroborations,
other sources that report a record already recorded.

A draft is never public: only the record an editor accepts from it is.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.currencies import CURRENCY_CHOICES
from pledges.intake.drafts import NOT_A_RECORD  # the intake's flags, declared once
from pledges.models.checks import ChecksInOneQuery
from pledges.models.facts import Fact
from pledges.models.pledges import Pledge
from pledges.models.sanctions import Sanction
from pledges.models.sources import Source
from pledges.models.statements import quote_errors


class DraftKind(models.TextChoices):
    PLEDGE = "pledge", _("Pledge")
    SANCTION = "sanction", _("Sanction")
    FIGURE = "figure", _("Figure about people")


class DraftStatus(models.TextChoices):
    UNDECIDED = "undecided", _("Undecided")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    CORROBORATED = "corroborated", _("Added as corroboration")


class SourceDraftQuerySet(models.QuerySet):
    def undecided(self):
        return self.filter(status=DraftStatus.UNDECIDED)

    def for_review(self):
        """Undecided drafts first, then the decided, each in the order of the text."""
        decided = models.ExpressionWrapper(
            ~Q(status=DraftStatus.UNDECIDED), output_field=models.BooleanField()
        )
        records = ["pledge__donor", "pledge__recipient", "sanction__imposer", "sanction__target",
                   "fact__country"]  # fmt: skip
        return self.select_related("decided_by", *records).order_by(decided, "position")


class SourceDraft(ChecksInOneQuery, models.Model):
    """A record the intake drafted from a source's text, as `pledges.intake.Draft.as_json()`
    gives it, with the editor's decision."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="drafts")
    kind = models.CharField(max_length=8, choices=DraftKind)
    position = models.PositiveIntegerField(help_text=_("Order of the draft in the text."))
    data = models.JSONField(help_text=_("The drafted fields, paragraph, quote, flags and notes."))
    status = models.CharField(max_length=12, choices=DraftStatus, default=DraftStatus.UNDECIDED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # The record accepted from the draft, or the one it corroborates.
    pledge = models.ForeignKey(
        Pledge, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sanction = models.ForeignKey(
        Sanction, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    fact = models.ForeignKey(
        Fact, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceDraftQuerySet.as_manager()

    class Meta:
        verbose_name = _("source draft")
        ordering = ["source", "position"]
        indexes = [models.Index(fields=["source", "status"], name="sourcedraft_status_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "position"], name="sourcedraft_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DraftKind.values), name="sourcedraft_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DraftStatus.values), name="sourcedraft_status_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.position}: {self.quote}"

    @property
    def paragraph(self) -> int | None:
        return self.data.get("paragraph")

    @property
    def quote(self) -> str:
        return self.data.get("quote") or ""

    @property
    def flags(self) -> list[str]:
        return list(self.data.get("flags") or [])

    @property
    def notes(self) -> list[str]:
        return list(self.data.get("notes") or [])

    @property
    def drafted_fields(self) -> list[tuple[str, object]]:
        """The drafted values, without the provenance shown apart or those left empty."""
        apart = {"paragraph", "quote", "flags", "notes", "recorded"}
        return [
            (name, _readable(value))
            for name, value in self.data.items()
            if name not in apart and value not in (None, "", [], {})
        ]

    @property
    def not_a_record(self) -> bool:
        """Flagged as a sum, a running total or part of a package: never to be accepted."""
        return bool(NOT_A_RECORD.intersection(self.flags))

    @property
    def recorded(self) -> dict | None:
        """The record this draft already is, for a draft flagged already_recorded."""
        if "already_recorded" not in self.flags:
            return None
        recorded = self.data.get("recorded")
        return recorded if isinstance(recorded, dict) else None

    @property
    def undecided(self) -> bool:
        return self.status == DraftStatus.UNDECIDED

    @property
    def record(self):
        return self.pledge or self.sanction or self.fact


def _readable(value) -> str:
    """A drafted value as an editor reads it: items as "6900 pieces helmets [helmets]"."""
    if isinstance(value, list):
        return "; ".join(_readable(entry) for entry in value)
    if isinstance(value, dict):
        words = [str(value.get(key)) for key in ("quantity", "unit", "name") if value.get(key)]
        kind = f" [{value['item_type']}]" if value.get("item_type") else ""
        return " ".join(words) + kind if words else str(value)
    return str(value)


def exactly_one(*fields: str) -> Q:
    condition = Q()
    for field in fields:
        others = {f"{other}__isnull": True for other in fields if other != field}
        condition |= Q(**{f"{field}__isnull": False}, **others)
    return condition


class CorroborationQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("source").defer("source__text").order_by("source__title", "id")


class Corroboration(ChecksInOneQuery, models.Model):
    """Another source that reports a recorded pledge, sanction or fact, and where it does."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="corroborations")
    paragraph = models.PositiveSmallIntegerField(
        help_text=_("Number of the paragraph of this source that reports it, counting from 1.")
    )
    quote = models.CharField(
        _("figure words"), max_length=200, help_text=_("The few words of this source that say it.")
    )
    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, null=True, blank=True, related_name="corroborations"
    )
    sanction = models.ForeignKey(
        Sanction, on_delete=models.CASCADE, null=True, blank=True, related_name="corroborations"
    )
    fact = models.ForeignKey(
        Fact, on_delete=models.CASCADE, null=True, blank=True, related_name="corroborations"
    )
    # The figure this source gives, where it gives one: a pledge's value (with its currency), a
    # sanction's number of targets, a fact's figure. Where it differs from the record's, the
    # record's page sets them side by side, with `note` saying why the record keeps its own.
    figure = models.DecimalField(
        _("figure it states"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_(
            "The value (of a pledge, with its currency), number of targets (of a "
            "sanction) or figure (of a fact) this source gives. Empty when it gives none."
        ),
    )
    currency = models.CharField(
        max_length=3, choices=CURRENCY_CHOICES, blank=True, default="", db_default="",
        help_text=_("For a pledge's value: its currency, as this source states it."),
    )  # fmt: skip
    note = models.TextField(
        _("why the record keeps its own figure"),
        blank=True,
        default="",
        db_default="",
        help_text=_(
            "Required when this source's figure differs from the record's: which to "
            "trust, and why (a later or official source, a rounder figure...)."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CorroborationQuerySet.as_manager()
    history = HistoricalRecords(no_db_index=["source", "pledge", "sanction", "fact"])

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one("pledge", "sanction", "fact"),
                name="corroboration_of_one_record",
                violation_error_message=_("A corroboration reports exactly one record."),
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="corroboration_paragraph_positive"
            ),
        ]

    def __str__(self):
        return f"{self.source}, ¶{self.paragraph}: {self.quote}"

    def get_absolute_url(self):
        return self.record.get_absolute_url()

    @property
    def record_figure(self):
        """(figure, currency) as the record itself states it: its value, targets or figure."""
        record = self.record
        if isinstance(record, Pledge):
            return record.amount, record.currency
        if isinstance(record, Sanction):
            count = record.targets_count
            return (Decimal(count) if count is not None else None), ""
        if isinstance(record, Fact):
            return record.value, ""
        return None, ""

    @property
    def disagrees(self) -> bool:
        """It states a figure, and not the record's."""
        return self.figure is not None and (self.figure, self.currency) != self.record_figure

    @property
    def figure_display(self) -> str:
        return _figure_display(self.figure, self.currency)

    @property
    def record_figure_display(self) -> str:
        return _figure_display(*self.record_figure)

    def clean(self):
        # An inline on a record being entered holds the record, not yet its id.
        given = [
            getattr(self, f"{name}_id") is not None
            or self._state.fields_cache.get(name) is not None
            for name in ("pledge", "sanction", "fact")
        ]
        if sum(given) != 1:
            errors = {"__all__": _("Choose exactly one pledge, sanction or fact.")}
        else:
            errors = self._figure_errors(of_pledge=given[0])
        source = self.source if self.source_id else None
        errors |= quote_errors(source, self.paragraph, self.quote)
        if errors:
            raise ValidationError(errors)

    def _figure_errors(self, *, of_pledge: bool) -> dict:
        """A figure is the record's kind of figure, and one that differs says why it is not used."""
        if self.figure is not None and of_pledge and not self.currency:
            return {"currency": _("A pledge's value needs its currency, as this source states it.")}
        if self.currency and not of_pledge:
            return {"currency": _("Only a pledge's value has a currency: leave it empty.")}
        if self.currency and self.figure is None:
            return {"figure": _("A currency needs its value.")}
        if self.disagrees and not self.note.strip():
            return {
                "note": _(
                    "This source's figure differs from the record's: say why the record keeps "
                    "its own."
                )
            }
        return {}

    @property
    def record(self):
        return self.pledge or self.sanction or self.fact


def _figure_display(figure, currency: str) -> str:
    """A figure as a page writes it: "CA$25,000,000", "49"; empty when there is none."""
    if figure is None:
        return ""
    if currency:
        return formatting.money(figure, currency)
    return formatting.number(figure)
