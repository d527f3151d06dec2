"""Facts about a country that are neither pledges nor sanctions: figures about people, positions.

"Close to 700,000 people have fled Ukraine", "around half of them are in Poland", "Japan will not
provide weapons": a source's statements that frame the pledges and sanctions, recorded with the
same provenance (source, paragraph, the words that state them) and shown on the country pages.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.models.choices import (
    DatePrecision,
    FactKind,
    Qualifier,
    clean_date_precision,
    date_precision_consistent,
    in_choices,
)
from pledges.models.countries import Country
from pledges.models.indexes import NullsLastIndex
from pledges.models.links import page_url
from pledges.models.statements import SEARCH_FIELDS, Statement, StatementQuerySet
from pledges.search import FullTextIndex

NEWEST_FIRST = F("stated_on").desc(nulls_last=True)

# A number as the source qualifies it: "close to 700,000" (the unit, a record's data, follows).
QUALIFIED = {
    # Translators: a number as the source qualifies it, "exactly 700,000" (people).
    Qualifier.EXACT: _("exactly %(number)s"),
    # Translators: a number as the source qualifies it, "about 700,000" (people).
    Qualifier.ABOUT: _("about %(number)s"),
    # Translators: a number as the source qualifies it, "close to 700,000" (people).
    Qualifier.CLOSE_TO: _("close to %(number)s"),
    # Translators: a number as the source qualifies it, "at least 700,000" (people).
    Qualifier.AT_LEAST: _("at least %(number)s"),
    # Translators: a number as the source qualifies it, "more than 700,000" (people).
    Qualifier.MORE_THAN: _("more than %(number)s"),
    # Translators: a number as the source qualifies it, "up to 700,000" (people).
    Qualifier.UP_TO: _("up to %(number)s"),
}


class FactQuerySet(StatementQuerySet):
    def for_listing(self):
        """Everything a list of facts shows, in one query."""
        related = self.select_related("country", "about", "source")
        return related.defer("source__text", *SEARCH_FIELDS)

    def concerning(self, country):
        """Facts about `country`, or about another country that concern it."""
        return self.filter(Q(country=country) | Q(about=country))


class Fact(Statement):
    """A fact a source states about a country, other than a pledge or a sanction."""

    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="facts", db_index=False
    )
    about = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="facts_about",
        null=True,
        blank=True,
        db_index=False,
        verbose_name=_("concerning"),
        help_text=_(
            "The other country it concerns, if any: where refugees come from, whom a "
            "policy is about."
        ),
    )
    kind = models.CharField(max_length=16, choices=FactKind)
    value = models.PositiveBigIntegerField(
        null=True,
        blank=True,
        help_text=_("The number the source gives, such as 700000; empty when it gives none."),
    )
    qualifier = models.CharField(
        max_length=10,
        choices=Qualifier,
        blank=True,
        help_text=_("How the source qualifies the number (“close to 700,000”)."),
    )
    unit = models.CharField(
        max_length=40, blank=True, help_text=_("What is counted, such as “people”.")
    )
    description = models.TextField(help_text=_("The fact, in your own words."))
    stated_on = models.DateField(_("as of"), null=True, blank=True)
    stated_precision = models.CharField(
        _("date precision"), max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    stated_as = models.CharField(
        _("date as stated"),
        max_length=60,
        blank=True,
        help_text=_("The source's words for the date."),
    )

    objects = FactQuerySet.as_manager()
    parties = ("country", "about")
    readable = ("kind", "value", "qualifier")
    dates = {"stated_on": "stated_precision"}
    history = HistoricalRecords(
        no_db_index=["source", "country", "about"], excluded_fields=SEARCH_FIELDS
    )

    class Meta:
        ordering = [NEWEST_FIRST, "-id"]
        indexes = [
            NullsLastIndex(F("country"), NEWEST_FIRST, F("id").desc(), name="fact_country_idx"),
            NullsLastIndex(F("about"), NEWEST_FIRST, F("id").desc(), name="fact_about_idx"),
            FullTextIndex(name="fact_search_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(about__isnull=True) | ~Q(about=F("country")),
                name="fact_about_another_country",
                violation_error_message=_("A fact concerns another country, or none."),
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(qualifier=""),
                name="fact_qualifier_has_value",
                violation_error_message=_("A qualifier qualifies a number: give the number."),
            ),
            models.CheckConstraint(
                condition=date_precision_consistent("stated"),
                name="fact_date_precision_consistent",
                violation_error_message=_("A date is stored exactly when its precision is known."),
            ),
            models.CheckConstraint(condition=Q(paragraph__gte=1), name="fact_paragraph_positive"),
            models.CheckConstraint(condition=in_choices("kind", FactKind), name="fact_kind_valid"),
            models.CheckConstraint(
                condition=Q(qualifier="") | in_choices("qualifier", Qualifier),
                name="fact_qualifier_valid",
            ),
            models.UniqueConstraint(
                fields=["source", "reference"],
                condition=~Q(reference=""),
                name="fact_reference_unique",
                violation_error_message=_("This source already has a fact with this reference."),
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "country", "kind", "quote"],
                name="fact_statement_unique",
                violation_error_message=_(
                    "This fact is already recorded: the same source, "
                    "paragraph, country, kind and figure words."
                ),
            ),
        ]

    def search_texts(self) -> list:
        """Also what kind of figure it is and what it counts ("refugees", "people")."""
        # The stored search document is the same whatever the language of the editor's page.
        with translation.override(settings.LANGUAGE_CODE):
            kind = self.get_kind_display()
        return [*super().search_texts(), kind, self.unit]

    def __str__(self):
        value = f": {self.value_display}" if self.value is not None else ""
        return f"{self.country}, {self.get_kind_display().lower()}{value}"

    def get_absolute_url(self):
        return page_url("fact-detail", self.pk)

    def clean(self):
        errors = clean_date_precision(self, "stated")
        if self.about_id and self.about_id == self.country_id:
            errors["about"] = _("Choose another country, or none: a fact concerns another country.")
        if self.qualifier and self.value is None:
            errors["qualifier"] = _("A qualifier qualifies a number: give the number or clear it.")
        errors = self.clean_quote() | self.clean_readings() | errors
        if errors:
            raise ValidationError(errors)

    @property
    def value_display(self) -> str:
        """ "close to 700,000 people", or "not stated"."""
        if self.value is None:
            return formatting.UNKNOWN
        number = formatting.number(self.value)
        if self.qualifier:
            number = QUALIFIED[self.qualifier] % {"number": number}
        unit = f" {self.unit}" if self.unit else ""
        return f"{number}{unit}"

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.stated_on, self.stated_precision)

    def summary(self) -> str:
        """The fact in a sentence, with its source, for link previews and feeds."""
        what = {"country": self.country.local_name, "kind": self.get_kind_display().lower()}
        if self.value is not None:
            # Translators: a fact in a link preview or feed, "Poland: refugees the country
            # shelters. close to 700,000 people." (its description and source follow).
            head = _("%(country)s: %(kind)s. %(value)s.") % (what | {"value": self.value_display})
        else:
            # Translators: a fact in a link preview or feed, "Japan: stated policy." (its
            # description and source follow).
            head = _("%(country)s: %(kind)s.") % what
        return f"{head} {self.description} {self.source_sentence()}"
