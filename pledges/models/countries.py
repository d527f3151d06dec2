"""Countries (and organisations), with the counts kept on them; their other precomputed figures
are in figures.py."""

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from pledges import formatting
from pledges.models.checks import ChecksInOneQuery
from pledges.models.choices import Category, CountryKind, CountryRole, Status, in_choices
from pledges.models.links import page_url
from pledges.totals import (
    OTHER_FACTS,
    SUMMARY_PHRASES,
    TOP_PARTNERS,
    ConvertedTotal,
    ValueTotal,
    counted,
    names_listed,
    takes_the,
)


class CountryQuerySet(models.QuerySet):
    def with_data(self):
        """Countries that give or receive pledges, impose or are targeted by sanctions, or that
        facts concern."""
        return self.filter(
            Q(pledges_given_count__gt=0)
            | Q(pledges_received_count__gt=0)
            | Q(sanctions_imposed_count__gt=0)
            | Q(sanctions_received_count__gt=0)
            | Q(facts_count__gt=0)
        )

    def find(self, key: str):
        """The country called `key`, in any case: by slug (united-states), ISO code (US), name
        (United States), its name in the page's language (Японія, 日本) or a common abbreviation
        (USA, UK). None if there is none."""
        key = " ".join(key.split())
        # PostgreSQL text cannot hold NUL, and no country has such a name.
        if not key or len(key) > 100 or "\x00" in key:
            return None
        code = formatting.country_code(key) or COUNTRY_ABBREVIATIONS.get(key.upper(), key.upper())
        return self.filter(Q(slug=key.lower()) | Q(iso_code=code) | Q(name__iexact=key)).first()


# The value of a country's pledges of one category in one currency, in its link-preview summary.
CATEGORY_VALUE = {
    # Translators: in a country's summary, "Japan: 3 pledges to Ukraine, US$100 million
    # military, ..." (military aid worth US$100 million).
    Category.MILITARY: _("%(value)s military"),
    # Translators: in a country's summary, "US$100 million humanitarian" (humanitarian aid).
    Category.HUMANITARIAN: _("%(value)s humanitarian"),
    # Translators: in a country's summary, "US$100 million financial" (financial aid).
    Category.FINANCIAL: _("%(value)s financial"),
}

# Abbreviations people use that are not the country's ISO code.
COUNTRY_ABBREVIATIONS = {"UK": "GB", "USA": "US", "UAE": "AE", "DRC": "CD"}


def in_sentence(name: str, iso_code: str = "", organisation: bool = False) -> str:
    """A country's name in the page's language as a sentence uses it: in English "the United
    Kingdom", "Japan"; in the other languages, which put no article before it, its CLDR name."""
    local = formatting.country_name(name, iso_code)
    if local == name and takes_the(name, organisation) and formatting.page_locale() is None:
        return f"the {name}"
    return local


class Country(ChecksInOneQuery, models.Model):
    """A donor, recipient, sanctioning state or target: a country, or an organisation (the EU).

    The four counts are kept in step with the pledges and sanctions by `pledges.stats`, so that
    lists of countries never count a million rows per request.
    """

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text=_("Part of the country's public URL; people link to it, so never change it."),
    )
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        blank=True,
        help_text=_("ISO 3166-1 alpha-2 code, such as JP. Required for a country."),
    )
    kind = models.CharField(max_length=12, choices=CountryKind, default=CountryKind.COUNTRY)
    pledges_given_count = models.PositiveIntegerField(default=0, editable=False)
    pledges_received_count = models.PositiveIntegerField(default=0, editable=False)
    sanctions_imposed_count = models.PositiveIntegerField(default=0, editable=False)
    sanctions_received_count = models.PositiveIntegerField(default=0, editable=False)
    facts_count = models.PositiveIntegerField(default=0, editable=False)
    # The value of the pledges it gave in US dollars and euros, added up over the
    # `given_converted` of them whose value could be converted: what the home page ranks donors by.
    given_usd = models.DecimalField(
        max_digits=24, decimal_places=2, null=True, blank=True, editable=False
    )
    given_eur = models.DecimalField(
        max_digits=24, decimal_places=2, null=True, blank=True, editable=False
    )
    given_converted = models.PositiveIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(
        auto_now=True, help_text=_("When the country or its figures last changed.")
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["iso_code"], condition=~Q(iso_code=""), name="country_iso_code_unique"
            ),
            models.CheckConstraint(
                condition=~Q(kind="country") | ~Q(iso_code=""),
                name="country_has_iso_code",
                violation_error_message=_("A country needs its ISO 3166-1 alpha-2 code."),
            ),
            models.CheckConstraint(
                condition=in_choices("kind", CountryKind), name="country_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("country-detail", self.slug)

    @property
    def local_name(self) -> str:
        """The name in the page's language (CLDR's, by the ISO code): "Japan", "Японія", "日本"."""
        return formatting.country_name(self.name, self.iso_code)

    @property
    def in_sentence(self) -> str:
        """The name as a sentence uses it: "the United Kingdom", "Japan" (in English; the other
        languages put no article before a name)."""
        return in_sentence(self.name, self.iso_code, self.kind == CountryKind.ORGANISATION)

    def clean(self):
        self.iso_code = self.iso_code.strip().upper()
        if self.iso_code and not (
            len(self.iso_code) == 2 and self.iso_code.isascii() and self.iso_code.isalpha()
        ):
            raise ValidationError(
                {"iso_code": _("An ISO 3166-1 alpha-2 code is two letters, such as JP.")}
            )
        if self.kind == CountryKind.COUNTRY and not self.iso_code:
            raise ValidationError({"iso_code": _("A country needs its ISO 3166-1 alpha-2 code.")})

    def category_totals(self, role: str) -> list[dict]:
        """Per category: pledges, value totals per currency, and pledges with no stated value.

        Reads the precomputed `totals`; prefetch them when showing several countries.
        """
        return list(self._category_rows(role).values())

    def _category_rows(self, role: str) -> dict[str, dict]:
        """category_totals(), by category (its value), in the categories' order."""
        rows: dict[str, dict] = {}
        for total in self._totals(role):
            empty = {"category": Category(total.category).label, "pledges": 0, "values": {},
                     "unvalued": 0}  # fmt: skip
            row = rows.setdefault(total.category, empty)
            row["pledges"] += total.pledge_count
            if total.in_package:
                row["in_packages"] = row.get("in_packages", 0) + total.pledge_count
            elif total.currency:
                value = row["values"].setdefault(total.currency, ValueTotal(total.currency))
                value.add(total)
            else:
                row["unvalued"] += total.pledge_count
        for row in rows.values():
            row["values"] = sorted(row["values"].values(), key=lambda value: value.currency)
        return {category: rows[category] for category in Category.values if category in rows}

    def unvalued_count(self, role: str) -> int:
        """How many of the country's pledges in `role` state no value; needs `totals` prefetched."""
        return sum(t.pledge_count for t in self._totals(role) if not t.currency)

    def value_totals(self, role: str) -> list["ValueTotal"]:
        """The value of the country's pledges in `role`, totalled per currency, most pledges first.

        Each currency stands alone: amounts in different currencies are never added together.
        """
        by_currency: dict[str, ValueTotal] = {}
        for total in self._totals(role):
            if total.currency and not total.in_package:
                by_currency.setdefault(total.currency, ValueTotal(total.currency)).add(total)
        return sorted(by_currency.values(), key=lambda value: (-value.pledge_count, value.currency))

    def converted_total(self, role: str) -> "ConvertedTotal":
        """The country's pledges in `role` added up in US dollars and euros: a lower bound, with
        how many pledges it leaves out and why; needs `totals` prefetched."""
        total = ConvertedTotal()
        for row in self._totals(role):
            total.add(row)
        return total

    @cached_property
    def partner_summary(self) -> dict[str, dict]:
        """Per role: the most linked partner countries, how many partners, and how many records.

        {"given": {"top": [(name, slug, count), ...], "partners": 12, "records": 40}, ...}, each
        name in the page's language: one
        query over the precomputed `CountryPartner` rows, however many pledges there are.
        """
        summary = {role: {"top": [], "partners": 0, "records": 0} for role in CountryRole.values}
        rows = self.partner_counts.order_by("role", "-count", "partner__name").values_list(
            "role", "partner__name", "partner__iso_code", "partner__slug", "count"
        )
        for role, name, iso_code, slug, count in rows:
            entry = summary[role]
            if len(entry["top"]) < TOP_PARTNERS:
                entry["top"].append((formatting.country_name(name, iso_code), slug, count))
            entry["partners"] += 1
            entry["records"] += count
        return summary

    def stage_rows(self, role: str) -> list:
        """The country's pledges in `role` at each stage, in the stages' order; needs `stages`
        prefetched to cost no query."""
        found = {row.stage: row for row in self.stages.all() if row.role == role}
        return [found[stage] for stage in Status.values if stage in found]

    @cached_property
    def months_by_role(self) -> dict[str, list[tuple]]:
        """Per role: (month, records, dates worked out) of the country's dated records, oldest
        first; one query over the precomputed months (figures.CountryMonth)."""
        by_role = {role: [] for role in CountryRole.values}
        rows = self.months.order_by("role", "month")
        for role, month, count, derived in rows.values_list("role", "month", "count", "derived"):
            by_role[role].append((month, count, derived))
        return by_role

    def summary(self) -> str:
        """The key facts in a sentence, for link previews: "Japan: 3 pledges to Ukraine, US$100
        million humanitarian, 4 sanctions on Russia"."""
        parts = [
            part
            for role in SUMMARY_PHRASES
            if self.partner_summary[role]["records"]
            for part in self._summary_parts(role)
        ]
        if self.facts_count:
            parts.append(OTHER_FACTS % counted(self.facts_count))
        return f"{self.local_name}: " + (
            formatting.listed(parts) if parts else gettext("no pledges or sanctions yet")
        )

    def _summary_parts(self, role: str) -> list[str]:
        """ "3 pledges to Ukraine", then for pledges their values by category."""
        entry = self.partner_summary[role]
        partners = names_listed(
            [in_sentence(name) for name, _, _ in entry["top"]], entry["partners"]
        )
        parts = [SUMMARY_PHRASES[role] % (counted(entry["records"]) | {"partners": partners})]
        if role in (CountryRole.GIVEN, CountryRole.RECEIVED):
            parts += [
                CATEGORY_VALUE[category] % {"value": value.display}
                for category, row in self._category_rows(role).items()
                for value in row["values"]
            ]
        return parts

    def category_counts(self, role: str) -> Counter:
        """How many of the country's pledges in `role` fall in each category; needs `totals`
        prefetched."""
        counts = Counter()
        for total in self._totals(role):
            counts[total.category] += total.pledge_count
        return counts

    def _totals(self, role: str):
        return [total for total in self.totals.all() if total.role == role]
