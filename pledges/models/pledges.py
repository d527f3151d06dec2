"""Pledges: a donor's commitment to a recipient."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import ExpressionWrapper, F, Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from pledges import conversions, formatting
from pledges.currencies import CURRENCY_CHOICES
from pledges.models.choices import (
    Category,
    DatePrecision,
    Lethality,
    Status,
    amount_has_currency,
    clean_amount_currency,
    clean_date_precision,
    date_precision_consistent,
    in_choices,
)
from pledges.models.countries import Country
from pledges.models.indexes import NullsLastIndex
from pledges.models.items import AidItem
from pledges.models.links import page_url
from pledges.models.statements import SEARCH_FIELDS, Statement, StatementQuerySet
from pledges.search import FullTextIndex, document


def lethality_of(item_types) -> str:
    """The lethality the items' types give: weapons and ammunition are lethal, other items not.
    Empty when there are no items, or a type is neither (its `lethal` is not set)."""
    kinds = {item_type.lethal for item_type in item_types}
    if not kinds or None in kinds:
        return ""
    if kinds == {True}:
        return Lethality.LETHAL
    return Lethality.NON_LETHAL if kinds == {False} else Lethality.BOTH


# Computed from the amount, currency and date: kept out of the history, which keeps what editors
# entered.
CONVERSION_FIELDS = list(conversions.FIELDS)

NEWEST_FIRST = F("announced_on").desc(nulls_last=True)
OLDEST_FIRST = F("announced_on").asc(nulls_last=True)
# A part of a package whose stated value is within its package's: totals leave it out.
COUNTED_IN_PACKAGE = Q(part_of__isnull=False, amount__isnull=False)
# Pledges that state no value sort after those that do (False before True).
NO_VALUE = ExpressionWrapper(Q(amount__isnull=True), output_field=models.BooleanField())

# A pledge's summary, for link previews and feeds: "Japan pledged military aid to Ukraine worth
# US$100 million (26 Feb 2022): 5,000 helmets. Status: announced. Source: Reuters, paragraph 3."
# What was pledged, by category, as the sentence says it.
PLEDGED_AID = {
    Category.MILITARY: pgettext_lazy("pledged (in a pledge's summary)", "military aid"),
    Category.HUMANITARIAN: pgettext_lazy("pledged (in a pledge's summary)", "humanitarian aid"),
    Category.FINANCIAL: pgettext_lazy("pledged (in a pledge's summary)", "financial aid"),
}
# The first clause, by whether the pledge states a value and a date.
PLEDGED = {
    # Translators: "Japan pledged military aid to Ukraine".
    (False, False): _("%(donor)s pledged %(aid)s to %(recipient)s"),
    # Translators: "Japan pledged military aid to Ukraine worth US$100 million".
    (True, False): _("%(donor)s pledged %(aid)s to %(recipient)s worth %(value)s"),
    # Translators: "Japan pledged military aid to Ukraine (26 Feb 2022)".
    (False, True): _("%(donor)s pledged %(aid)s to %(recipient)s (%(date)s)"),
    # Translators: "Japan pledged military aid to Ukraine worth US$100 million (26 Feb 2022)".
    (True, True): _("%(donor)s pledged %(aid)s to %(recipient)s worth %(value)s (%(date)s)"),
}
# Translators: a pledge's summary: "Japan pledged military aid to Ukraine: 5,000 helmets, 100
# tents. Status: announced." (its source follows).
PLEDGED_ITEMS = _("%(pledged)s: %(items)s. Status: %(status)s.")
# Translators: a pledge's summary: "Japan pledged financial aid to Ukraine. A loan for the
# budget. Status: announced." (its source follows). The description is in English.
PLEDGED_DESCRIBED = _("%(pledged)s. %(description)s. Status: %(status)s.")


class PledgeQuerySet(StatementQuerySet):
    def for_listing(self, *, item_types: bool = False):
        """Everything a list of pledges shows, fetched in a fixed number of queries; with
        `item_types`, the items' types too (a pledge's page links them)."""
        items = AidItem.objects.select_related("item_type") if item_types else AidItem.objects
        # A source's text (up to 1 MB) is read only by its own page.
        return (
            self.select_related("donor", "recipient", "source")
            .defer("source__text", *SEARCH_FIELDS)
            .prefetch_related(models.Prefetch("items", queryset=items.order_by("id")))
        )

    def by_donor(self, country):
        return self.filter(donor=country)

    def by_recipient(self, country):
        return self.filter(recipient=country)

    def dated(self):
        """Pledges with an announcement date, stated or worked out: those a date can place."""
        return self.filter(announced_on__isnull=False)

    def undated(self):
        """Pledges whose source gives no announcement date, and none can be worked out."""
        return self.filter(announced_on__isnull=True)

    def valued(self):
        """Pledges with a stated value (and so a currency).

        Written `(amount IS NULL) IS FALSE`, the first column of the value indexes, so that
        PostgreSQL reads one currency's values as one stretch of an index: it does not read
        `amount IS NOT NULL` so, and would scan the other currencies' values first.
        """
        has_value = models.Func(
            NO_VALUE, template="(%(expressions)s) IS FALSE", output_field=models.BooleanField()
        )
        return self.filter(has_value)

    def unvalued(self):
        """Pledges whose source gives no value: no value filter or ranking can place them."""
        return self.filter(amount__isnull=True)


class Pledge(Statement):
    """A donor's commitment to a recipient: money, aid items, or another undertaking."""

    # A composite index below leads with each of these, so they need no index of their own.
    donor = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="pledges_given", db_index=False
    )
    recipient = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="pledges_received", db_index=False
    )
    category = models.CharField(max_length=12, choices=Category)
    lethality = models.CharField(
        max_length=10,
        choices=Lethality,
        blank=True,
        help_text=_(
            "Where the source says whether the aid is lethal. Left empty for military aid "
            "with items, it is read from the items' types (weapons and ammunition are lethal)."
        ),
    )
    status = models.CharField(
        max_length=10,
        choices=Status,
        default=Status.ANNOUNCED,
        help_text=_(
            "The stage its source states when the pledge is entered; from then on the "
            "latest of its stages (listed below the pledge), and it changes with them."
        ),
    )
    description = models.TextField(help_text=_("What was pledged, in your own words."))
    amount = models.DecimalField(
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                Decimal("0.01"),
                message=_(
                    "An amount must be more than zero; leave it empty when the source gives none."
                ),
            )
        ],
        help_text=_(
            "The value exactly as the source states it, unconverted. Empty when not stated."
        ),
    )
    currency = models.CharField(
        max_length=3,
        choices=CURRENCY_CHOICES,
        blank=True,
        help_text=_("ISO 4217 currency of the amount as the source states it."),
    )
    announced_on = models.DateField(null=True, blank=True)
    announced_precision = models.CharField(
        _("date precision"),
        max_length=8,
        choices=DatePrecision,
        default=DatePrecision.UNKNOWN,
    )
    announced_as = models.CharField(
        _("date as stated"),
        max_length=60,
        blank=True,
        help_text=_("The source's words for the date, such as “Feb. 26” or “Friday”."),
    )

    # How it relates to other pledges: money on top of earlier aid (counted in full), or one part
    # of a package whose value is stated as a whole (counted in the package, never twice).
    adds_to_earlier = models.BooleanField(
        _("adds to earlier aid"),
        default=False,
        db_default=False,
        help_text=_(
            "The source says it comes on top of earlier aid (“an additional $25 million”). "
            "Its value is new money and counts in full."
        ),
    )
    adds_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="top_ups",
        db_index=False,
        verbose_name=_("the earlier pledge it adds to"),
        help_text=_("When that earlier pledge is recorded here. Leave empty if it is not."),
    )
    part_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parts",
        db_index=False,
        verbose_name=_("part of the package"),
        help_text=_(
            "The pledge of the whole package, when the source gives this as one of its "
            "parts. Its value is then counted in the package's value, never a second time."
        ),
    )

    # The value in US dollars and euros at the ECB's rate for the date, with the rates used:
    # computed on every save and import from the three fields above (pledges.conversions), never
    # entered, and empty when the value cannot be converted (no value, no date, a currency the
    # ECB does not publish).
    value_usd = models.DecimalField(
        _("value in US dollars"), max_digits=22, decimal_places=2, null=True, editable=False
    )
    value_eur = models.DecimalField(
        _("value in euros"), max_digits=22, decimal_places=2, null=True, editable=False
    )
    usd_rate = models.DecimalField(
        _("US dollars per unit"), max_digits=24, decimal_places=10, null=True, editable=False
    )
    eur_rate = models.DecimalField(
        _("euros per unit"), max_digits=24, decimal_places=10, null=True, editable=False
    )
    rate_on = models.DateField(_("rate of"), null=True, editable=False)
    rate_period = models.CharField(
        max_length=5, choices=conversions.Period.CHOICES, blank=True, editable=False
    )

    objects = PledgeQuerySet.as_manager()
    parties = ("donor", "recipient")
    readable = ("category", "lethality", "status", "amount", "currency")
    dates = {"announced_on": "announced_precision"}
    # Every change, with who made it and what it changed, for the admin's history pages. The
    # history is read by record (its `id` index), so its other keys need no index of their own.
    history = HistoricalRecords(
        no_db_index=["source", "donor", "recipient"],
        excluded_fields=[*SEARCH_FIELDS, *CONVERSION_FIELDS],
    )

    class Meta:
        ordering = [NEWEST_FIRST, "-id"]
        # Each list is read newest first (unknown dates last), for all pledges or one donor's or
        # one recipient's: these indexes give those rows in that order, so a page reads 25 rows.
        indexes = [
            NullsLastIndex(
                F("donor"), NEWEST_FIRST, F("id").desc(), name="pledge_donor_newest_idx"
            ),
            NullsLastIndex(
                F("recipient"), NEWEST_FIRST, F("id").desc(), name="pledge_recipient_newest_idx"
            ),
            NullsLastIndex(NEWEST_FIRST, F("id").desc(), name="pledge_newest_idx"),
            # The list's other sorts across all pledges: oldest first, and by value in US
            # dollars, largest or smallest first (read forwards or backwards; only the pledges
            # with such a value are ranked).
            NullsLastIndex(OLDEST_FIRST, F("id").desc(), name="pledge_oldest_idx"),
            models.Index(
                fields=["value_usd", "id"],
                name="pledge_usd_value_idx",
                condition=Q(value_usd__isnull=False),
            ),
            # One currency's pledges by amount, valueless pledges apart: the currency filter
            # and the amount filters read one stretch of it.
            models.Index(
                NO_VALUE,
                F("currency"),
                F("amount").desc(),
                F("id").desc(),
                name="pledge_largest_idx",
            ),
            # A pledge's page lists its top-ups and parts: few pledges have either.
            models.Index(
                fields=["adds_to"], name="pledge_adds_to_idx", condition=Q(adds_to__isnull=False)
            ),
            models.Index(
                fields=["part_of"], name="pledge_part_of_idx", condition=Q(part_of__isnull=False)
            ),
            FullTextIndex(name="pledge_search_idx"),
            # A search's note of the matches with no stated date (listed after the dated ones)
            # counts them from this small index rather than from all the matches.
            FullTextIndex(name="pledge_undated_search_idx", condition=Q(announced_on__isnull=True)),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gt=0),
                name="pledge_amount_positive",
                violation_error_message=_("An amount must be more than zero."),
            ),
            models.CheckConstraint(
                condition=amount_has_currency(),
                name="pledge_amount_has_currency",
                violation_error_message=_(
                    "An amount needs its currency, and a currency its amount."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(donor=F("recipient")),
                name="pledge_donor_not_recipient",
                violation_error_message=_("A donor cannot pledge to itself."),
            ),
            models.CheckConstraint(
                condition=date_precision_consistent("announced"),
                name="pledge_date_precision_consistent",
                violation_error_message=_("A date is stored exactly when its precision is known."),
            ),
            models.CheckConstraint(condition=Q(paragraph__gte=1), name="pledge_paragraph_positive"),
            models.CheckConstraint(
                condition=Q(adds_to__isnull=True) | Q(adds_to_earlier=True),
                name="pledge_adds_to_is_earlier_aid",
                violation_error_message=_("A pledge that adds to another adds to earlier aid."),
            ),
            models.CheckConstraint(
                condition=~Q(adds_to=F("id")) & ~Q(part_of=F("id")),
                name="pledge_not_related_to_itself",
                violation_error_message=_("A pledge cannot add to itself or be part of itself."),
            ),
            models.CheckConstraint(
                condition=in_choices("category", Category), name="pledge_category_valid"
            ),
            models.CheckConstraint(
                condition=in_choices("status", Status), name="pledge_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(lethality="") | in_choices("lethality", Lethality),
                name="pledge_lethality_valid",
            ),
            models.UniqueConstraint(
                fields=["source", "reference"],
                condition=~Q(reference=""),
                name="pledge_reference_unique",
                violation_error_message=_("This source already has a pledge with this reference."),
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "donor", "recipient", "quote"],
                name="pledge_statement_unique",
                violation_error_message=_(
                    "This pledge is already recorded: the same source, "
                    "paragraph, donor, recipient and figure words."
                ),
            ),
        ]

    def save(self, *args, **kwargs):
        self.apply_conversion()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *CONVERSION_FIELDS}
        super().save(*args, **kwargs)

    def apply_conversion(self) -> None:
        """Compute the value in US dollars and euros from the amount, currency and date."""
        values = conversions.field_values(
            self.amount, self.currency, self.announced_on, self.announced_precision
        )
        for name, value in zip(CONVERSION_FIELDS, values, strict=True):
            setattr(self, name, value)

    def search_texts(self) -> list:
        """Also its items, as stated and by their type's name ("Body armour" finds "vests")."""
        if self.pk is None:
            return super().search_texts()
        items = AidItem.objects.filter(pledge_id=self.pk).values_list("name", "item_type__name")
        return [*super().search_texts(), *(name for item in items for name in item)]

    def refresh_search_document(self) -> None:
        """Write the search document again after a change to the pledge's items."""
        text = document(*self.search_texts())
        Pledge.objects.filter(pk=self.pk).update(search_document=text)

    def __str__(self):
        value = f", {self.value_display}" if self.amount is not None else ""
        return f"{self.donor} → {self.recipient}: {self.get_category_display().lower()}{value}"

    def get_absolute_url(self):
        return page_url("pledge-detail", self.pk)

    def clean(self):
        errors = clean_date_precision(self, "announced") | clean_amount_currency(self)
        if self.donor_id and self.donor_id == self.recipient_id:
            errors["recipient"] = _("A donor cannot pledge to itself: choose another recipient.")
        errors = self.clean_quote() | self.clean_readings() | self.clean_relations() | errors
        if errors:
            raise ValidationError(errors)

    def clean_relations(self) -> dict:
        """The rules of top-ups and packages, each message on the field to correct."""
        if self.adds_to_id:
            self.adds_to_earlier = True
        found = {
            "adds_to": self._adds_to_problem() if self.adds_to_id else "",
            "part_of": self._part_of_problem() if self.part_of_id else "",
            **(self._package_problems() if self.pk else {}),
        }
        return {field: message for field, message in found.items() if message}

    def _adds_to_problem(self) -> str:
        earlier = self.adds_to
        if self.pk and earlier.pk == self.pk:
            return _("A pledge cannot add to itself.")
        if earlier.donor_id != self.donor_id:
            return _("A pledge adds to an earlier pledge of the same donor.")
        if earlier.announced_on and self.announced_on and earlier.announced_on > self.announced_on:
            return _(
                "That pledge is dated %(date)s, after this one: it cannot be the earlier aid."
            ) % {"date": earlier.date_display}
        return ""

    def _part_of_problem(self) -> str:
        package = self.part_of
        if self.pk and package.pk == self.pk:
            return _("A pledge cannot be part of itself.")
        if (package.donor_id, package.recipient_id) != (self.donor_id, self.recipient_id):
            return _("A part has the same donor and recipient as its package.")
        if package.part_of_id:
            return _("That pledge is itself part of a package: choose the package it belongs to.")
        if self.pk and Pledge.objects.filter(part_of=self.pk).exists():
            return _("This pledge is a package with parts: it cannot be a part too.")
        if self.amount is not None and package.amount is None:
            return _(
                "That package states no value, so this part's value would count nowhere: give "
                "the package its value, or leave this pledge on its own."
            )
        return ""

    def _package_problems(self) -> dict:
        """As a package: its parts keep its donor and recipient, and their values need its."""
        parts = Pledge.objects.filter(part_of=self.pk)
        problems = {}
        if parts.exclude(donor=self.donor_id, recipient=self.recipient_id).exists():
            problems["donor"] = _(
                "This package's parts are from its donor to its recipient: change theirs first, "
                "or take them out of the package."
            )
        if self.amount is None and parts.filter(amount__isnull=False).exists():
            problems["amount"] = _(
                "Parts of this package state values that are counted in the package's: it needs "
                "a value too."
            )
        return problems

    def apply_lethality_rule(self) -> bool:
        """Give military aid whose lethality the source does not state in words the one its
        items' types give, marked read (docs/data-files.md, "Lethality"); True if it changed."""
        stated = self.lethality and self.basis("lethality") != "read"
        if self.category != Category.MILITARY or stated:
            return False
        lethality = lethality_of(item.item_type for item in self.items.all())
        readings = {k: v for k, v in (self.readings or {}).items() if k != "lethality"}
        if lethality:
            readings["lethality"] = "read"
        changed = (lethality, readings) != (self.lethality, self.readings or {})
        self.lethality, self.readings = lethality, readings
        return changed

    def summary(self) -> str:
        """The pledge in a sentence, with its source, for link previews and feeds."""
        valued, dated = self.amount is not None, self.announced_on is not None
        pledged = PLEDGED[valued, dated] % {
            "donor": self.donor.in_sentence,
            "aid": PLEDGED_AID[self.category],
            "recipient": self.recipient.in_sentence,
            "value": self.value_display if valued else "",
            "date": self.date_display if dated else "",
        }
        status = self.get_status_display().lower()
        items = formatting.listed(item.short_description for item in self.items.all())
        if items:
            what = PLEDGED_ITEMS % {"pledged": capfirst(pledged), "items": items, "status": status}
        else:
            description = formatting.excerpt(self.description, 200).rstrip(".")
            what = PLEDGED_DESCRIBED % {
                "pledged": capfirst(pledged),
                "description": description,
                "status": status,
            }
        return f"{what} {self.source_sentence()}"

    @property
    def conversion_gap(self) -> str:
        """Why a stated value has no value in dollars and euros: "no_date", "currency" (the ECB
        publishes no rate for it) or "no_rate" (none near the date); "" when it has one, or there
        is no value."""
        if self.amount is None or self.value_usd is not None:
            return ""
        if self.announced_on is None:
            return "no_date"
        return "no_rate" if conversions.published(self.currency) else "currency"

    @property
    def value_display(self) -> str:
        return formatting.money(self.amount, self.currency)

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.announced_on, self.announced_precision)
