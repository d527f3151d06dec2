"""Sanctions: measures one country imposes on another, or on its banks, people or entities."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.models.checks import ChecksInOneQuery
from pledges.models.choices import (
    DatePrecision,
    Measure,
    TargetKind,
    clean_date_precision,
    date_precision_consistent,
    in_choices,
)
from pledges.models.countries import Country
from pledges.models.indexes import NullsLastIndex
from pledges.models.links import page_url
from pledges.models.sources import Source
from pledges.models.statements import (
    SEARCH_FIELDS,
    Statement,
    StatementQuerySet,
    dated_statement_errors,
    paragraph_field,
)
from pledges.search import FullTextIndex, document

NEWEST_FIRST = F("imposed_on").desc(nulls_last=True)

# A sanction's summary, for link previews and feeds: "Asset freeze imposed by Japan on Russia
# (1 Mar 2022): 3 banks, including Bank A, Bank B. Source: Reuters, paragraph 4."
# The first clause, by whether a start date is stated.
IMPOSED = {
    # Translators: "Asset freeze imposed by Japan on Russia" (a sanction's summary).
    False: _("%(measure)s imposed by %(imposer)s on %(target)s"),
    # Translators: "Asset freeze imposed by Japan on Russia (1 Mar 2022)" (a sanction's summary).
    True: _("%(measure)s imposed by %(imposer)s on %(target)s (%(date)s)"),
}
# Its targets, by whether their number is stated and whether any are named; the kind of target
# is its label in lower case ("banks", "the state as a whole"), the named ones are data.
TARGETED = {
    # Translators: a sanction's targets in its summary, "3 banks".
    (True, False): _("%(count)s %(kind)s"),
    # Translators: a sanction's targets in its summary when the source gives no number: "number
    # not stated, banks".
    (False, False): _("number not stated, %(kind)s"),
    # Translators: a sanction's targets in its summary, "3 banks, including Bank A, Bank B".
    (True, True): _("%(count)s %(kind)s, including %(named)s"),
    # Translators: a sanction's targets in its summary when the source gives no number: "number
    # not stated, banks, including Bank A, Bank B".
    (False, True): _("number not stated, %(kind)s, including %(named)s"),
}
# Translators: a sanction's summary: "Asset freeze imposed by Japan on Russia: 3 banks." (its
# source follows).
SANCTION_SUMMARY = _("%(imposed)s: %(targets)s.")


class SanctionQuerySet(StatementQuerySet):
    def for_listing(self):
        """Everything a list of sanctions shows, fetched in a fixed number of queries."""
        return (
            self.select_related("imposer", "target", "source")
            .defer("source__text", *SEARCH_FIELDS)
            .prefetch_related("named_targets")
        )

    def dated(self):
        """Sanctions with a start date, stated or worked out: those a date can place."""
        return self.filter(imposed_on__isnull=False)

    def undated(self):
        """Sanctions whose source gives no start date, and none can be worked out."""
        return self.filter(imposed_on__isnull=True)


class Sanction(Statement):
    """A measure one country imposes on another country, or on its banks, people or entities."""

    imposer = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="sanctions_imposed", db_index=False
    )
    target = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="sanctions_received", db_index=False
    )
    measure = models.CharField(max_length=16, choices=Measure)
    target_kind = models.CharField(_("kind of target"), max_length=10, choices=TargetKind)
    targets_count = models.PositiveIntegerField(
        _("number of targets"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1, message=_("A number of targets must be at least 1."))],
        help_text=_("Empty when the source does not state how many."),
    )
    description = models.TextField(help_text=_("The measure, in your own words."))
    imposed_on = models.DateField(_("start"), null=True, blank=True)
    imposed_precision = models.CharField(
        _("start precision"), max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    imposed_as = models.CharField(
        _("start as stated"),
        max_length=60,
        blank=True,
        help_text=_("The source's words for the date."),
    )
    lifted_on = models.DateField(
        _("end"),
        null=True,
        blank=True,
        help_text=_(
            "As this record's source states it; empty while in force. A lifting can also "
            "be entered below with its own source."
        ),
    )
    # The first day it is known to be in force: the earliest "in force" date entered below with
    # its source (SanctionDate), kept here so that lists filter by it. Never entered directly.
    in_force_on = models.DateField(_("in force from"), null=True, blank=True, editable=False)
    # When it ended as far as the sources say: the latest lifting entered below with its source,
    # or else `lifted_on`. Kept here for the lists' filters; never entered directly.
    ended_on = models.DateField(_("ended"), null=True, blank=True, editable=False)
    legal_act = models.CharField(
        _("legal act"),
        max_length=300,
        blank=True,
        default="",
        db_default="",
        help_text=_(
            "The act that imposes it, where known, such as “Council Regulation (EU) "
            "2022/263” or a cabinet order's number."
        ),
    )
    legal_act_url = models.URLField(
        _("legal act's address"),
        max_length=500,
        blank=True,
        default="",
        db_default="",
        help_text=_("Where the act is published."),
    )

    objects = SanctionQuerySet.as_manager()
    parties = ("imposer", "target")
    readable = ("measure", "target_kind", "targets_count")
    dates = {"imposed_on": "imposed_precision"}
    # Every change, with who made it and what it changed, for the admin's history pages.
    history = HistoricalRecords(
        no_db_index=["source", "imposer", "target"], excluded_fields=SEARCH_FIELDS
    )

    class Meta:
        ordering = [NEWEST_FIRST, "-id"]
        indexes = [
            NullsLastIndex(
                F("imposer"), NEWEST_FIRST, F("id").desc(), name="sanction_imposer_newest_idx"
            ),
            NullsLastIndex(
                F("target"), NEWEST_FIRST, F("id").desc(), name="sanction_target_newest_idx"
            ),
            NullsLastIndex(NEWEST_FIRST, F("id").desc(), name="sanction_newest_idx"),
            FullTextIndex(name="sanction_search_idx"),
            # A search's note of the matches with no stated date (listed after the dated ones)
            # counts them from this small index rather than from all the matches.
            FullTextIndex(name="sanction_undated_search_idx", condition=Q(imposed_on__isnull=True)),
            # The list's filters by the dates in force and lifted read the few sanctions with one.
            models.Index(
                fields=["in_force_on"],
                name="sanction_in_force_idx",
                condition=Q(in_force_on__isnull=False),
            ),
            models.Index(
                fields=["ended_on"],
                name="sanction_ended_idx",
                condition=Q(ended_on__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(imposer=F("target")),
                name="sanction_imposer_not_target",
                violation_error_message=_("A country cannot sanction itself."),
            ),
            models.CheckConstraint(
                condition=Q(targets_count__isnull=True) | Q(targets_count__gt=0),
                name="sanction_targets_count_positive",
                violation_error_message=_("A number of targets must be at least 1."),
            ),
            models.CheckConstraint(
                condition=Q(lifted_on__isnull=True)
                | Q(imposed_on__isnull=True)
                | Q(lifted_on__gte=F("imposed_on")),
                name="sanction_ends_after_start",
                violation_error_message=_("A sanction cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=date_precision_consistent("imposed"),
                name="sanction_date_precision_consistent",
                violation_error_message=_("A date is stored exactly when its precision is known."),
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="sanction_paragraph_positive"
            ),
            models.CheckConstraint(
                condition=in_choices("measure", Measure), name="sanction_measure_valid"
            ),
            models.CheckConstraint(
                condition=in_choices("target_kind", TargetKind), name="sanction_target_kind_valid"
            ),
            models.UniqueConstraint(
                fields=["source", "reference"],
                condition=~Q(reference=""),
                name="sanction_reference_unique",
                violation_error_message=_(
                    "This source already has a sanction with this reference."
                ),
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "imposer", "target", "quote"],
                name="sanction_statement_unique",
                violation_error_message=_(
                    "This sanction is already recorded: the same source, "
                    "paragraph, imposing and target countries and figure words."
                ),
            ),
        ]

    def search_texts(self) -> list:
        """Also what the measure is, the kind of target, and the targets it names."""
        named = self.named_targets.values_list("name", flat=True) if self.pk else []
        # The stored search document is the same whatever the language of the editor's page.
        with translation.override(settings.LANGUAGE_CODE):
            labels = [self.get_measure_display(), self.get_target_kind_display()]
        texts = [*labels, *named]
        return [*super().search_texts(), *texts]

    def refresh_search_document(self) -> None:
        """Write the search document again after a change to the targets it names."""
        text = document(*self.search_texts())
        Sanction.objects.filter(pk=self.pk).update(search_document=text)

    def __str__(self):
        # The label keeps its own capitals: "Exclusion from SWIFT".
        return f"{self.imposer} → {self.target}: {self.get_measure_display()}"

    def get_absolute_url(self):
        return page_url("sanction-detail", self.pk)

    @property
    def state(self) -> str:
        """ "lifted", "in_force" or "announced": how far its dates, as recorded, take it."""
        if self.ended_on:
            return "lifted"
        return "in_force" if self.in_force_on else "announced"

    def save(self, *args, **kwargs):
        liftings = SanctionDate.objects.filter(sanction=self.pk, kind=SanctionDateKind.LIFTED)
        dates = liftings.values_list("occurred_on", flat=True) if self.pk else []
        self.ended_on = ended(dates, self.lifted_on)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "ended_on"}
        super().save(*args, **kwargs)

    def clean(self):
        errors = clean_date_precision(self, "imposed")
        if self.imposer_id and self.imposer_id == self.target_id:
            errors["target"] = _("A country cannot sanction itself: choose another target.")
        if self.lifted_on and self.imposed_on and self.lifted_on < self.imposed_on:
            errors["lifted_on"] = _("The end is before the start: check both dates.")
        errors = self.clean_quote() | self.clean_readings() | errors
        if errors:
            raise ValidationError(errors)

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.imposed_on, self.imposed_precision)

    def summary(self) -> str:
        """The sanction in a sentence, with its source, for link previews and feeds."""
        counted, dated = bool(self.targets_count), self.imposed_on is not None
        named = formatting.listed(target.name for target in self.named_targets.all())
        imposed = IMPOSED[dated] % {
            "measure": self.get_measure_display(),
            "imposer": self.imposer.in_sentence,
            "target": self.target.in_sentence,
            "date": self.date_display if dated else "",
        }
        targets = TARGETED[counted, bool(named)] % {
            "count": formatting.number(self.targets_count) if counted else "",
            "kind": self.get_target_kind_display().lower(),
            "named": named,
        }
        summary = SANCTION_SUMMARY % {"imposed": imposed, "targets": targets}
        return f"{summary} {self.source_sentence()}"


class SanctionTarget(models.Model):
    """A bank, person or entity that a sanction names."""

    sanction = models.ForeignKey(Sanction, on_delete=models.CASCADE, related_name="named_targets")
    name = models.CharField(max_length=200)

    history = HistoricalRecords(no_db_index=["sanction"])

    class Meta:
        verbose_name = _("named target")
        ordering = ["sanction", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["sanction", "name"],
                name="sanctiontarget_unique_per_sanction",
                violation_error_message=_("This sanction already names this target."),
            ),
        ]

    def __str__(self):
        return self.name


class SanctionDateKind(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    LIFTED = "lifted", _("Lifted")


class SanctionDate(ChecksInOneQuery, models.Model):
    """A date in a sanction's life after its announcement, as a source states it: when it came
    into force, or was lifted. Each has its own source, paragraph and words, as every figure
    here does. The sanction's `in_force_on` and `lifted_on` follow them (`refresh_dates`)."""

    sanction = models.ForeignKey(Sanction, on_delete=models.CASCADE, related_name="stated_dates")
    kind = models.CharField(max_length=8, choices=SanctionDateKind)
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    occurred_precision = models.CharField(
        _("date precision"), max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    occurred_as = models.CharField(
        _("date as stated"), max_length=60, blank=True,
        help_text=_("The source's words for the date, such as “from March 1”."),
    )  # fmt: skip
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="sanction_dates")
    paragraph = paragraph_field()
    quote = models.CharField(
        _("figure words"),
        max_length=200,
        help_text=_(
            "The few words of the source that state it, such as “takes effect on March 1”."
        ),
    )
    reading_note = models.TextField(
        blank=True, help_text=_("How the date was worked out, if it was.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(no_db_index=["source"])

    class Meta:
        verbose_name = _("date in force or lifted")
        verbose_name_plural = _("dates in force or lifted")
        ordering = ["sanction", "occurred_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=in_choices("kind", SanctionDateKind), name="sanctiondate_kind_valid"
            ),
            models.CheckConstraint(
                condition=date_precision_consistent("occurred"),
                name="sanctiondate_date_precision_consistent",
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="sanctiondate_paragraph_positive"
            ),
        ]

    def __str__(self):
        when = self.date_display if self.occurred_on else "date not stated"
        return f"{self.get_kind_display()}: {when}"

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.occurred_on, self.occurred_precision)

    def clean(self):
        errors = dated_statement_errors(self, "occurred")
        sanction = self.sanction if self.sanction_id else None
        if (
            sanction is not None
            and self.occurred_on
            and sanction.imposed_on
            and self.occurred_on < sanction.imposed_on
        ):
            errors["occurred_on"] = _(
                "This is before the sanction's start (%(date)s): check both dates."
            ) % {"date": sanction.date_display}
        if errors:
            raise ValidationError(errors)


def ended(liftings, lifted_on):
    """When a sanction ended as far as the sources say: its latest dated lifting stated with a
    source of its own, or else the end its record states."""
    return max((day for day in liftings if day is not None), default=None) or lifted_on


@transaction.atomic
def refresh_dates(sanction_ids) -> None:
    """Set each sanction's `in_force_on` (its earliest dated "in force") and `ended_on` (its
    latest dated lifting, or else its record's `lifted_on`) from its dates."""
    ids = set(sanction_ids) - {None}
    # Two changes to one sanction's dates set its dates one after the other.
    list(Sanction.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))
    dates: dict[int, dict[str, list]] = {pk: {"in_force": [], "lifted": []} for pk in ids}
    rows = SanctionDate.objects.filter(sanction__in=ids, occurred_on__isnull=False)
    for sanction_id, kind, day in rows.values_list("sanction", "kind", "occurred_on"):
        dates[sanction_id][kind].append(day)
    for sanction_id, lifted_on in Sanction.objects.filter(pk__in=ids).values_list(
        "pk", "lifted_on"
    ):
        found = dates[sanction_id]
        Sanction.objects.filter(pk=sanction_id).update(
            in_force_on=min(found["in_force"], default=None),
            ended_on=ended(found["lifted"], lifted_on),
            updated_at=timezone.now(),
        )
