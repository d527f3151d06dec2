"""Countries (and organisations) with their precomputed counts and totals."""

from collections import Counter
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property

from pledges import formatting
from pledges.models.choices import Category, CountryKind, Status, in_choices
from pledges.models.links import page_url


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
        (United States) or a common abbreviation (USA, UK). None if there is none."""
        key = " ".join(key.split())
        # PostgreSQL text cannot hold NUL, and no country has such a name.
        if not key or len(key) > 100 or "\x00" in key:
            return None
        code = COUNTRY_ABBREVIATIONS.get(key.upper(), key.upper())
        return self.filter(Q(slug=key.lower()) | Q(iso_code=code) | Q(name__iexact=key)).first()


# Abbreviations people use that are not the country's ISO code.
COUNTRY_ABBREVIATIONS = {"UK": "GB", "USA": "US", "UAE": "AE", "DRC": "CD"}


class Country(models.Model):
    """A donor, recipient, sanctioning state or target: a country, or an organisation (the EU).

    The four counts are kept in step with the pledges and sanctions by `pledges.stats`, so that
    lists of countries never count a million rows per request.
    """

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Part of the country's public URL; people link to it, so never change it.",
    )
    iso_code = models.CharField(
        "ISO code",
        max_length=2,
        blank=True,
        help_text="ISO 3166-1 alpha-2 code, such as JP. Required for a country.",
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
        auto_now=True, help_text="When the country or its figures last changed."
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "countries"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["iso_code"], condition=~Q(iso_code=""), name="country_iso_code_unique"
            ),
            models.CheckConstraint(
                condition=~Q(kind="country") | ~Q(iso_code=""),
                name="country_has_iso_code",
                violation_error_message="A country needs its ISO 3166-1 alpha-2 code.",
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
    def in_sentence(self) -> str:
        """The name as a sentence uses it: "the United Kingdom", "Japan"."""
        return f"the {self.name}" if takes_the(self.name, self.kind) else self.name

    def clean(self):
        self.iso_code = self.iso_code.strip().upper()
        if self.iso_code and not (
            len(self.iso_code) == 2 and self.iso_code.isascii() and self.iso_code.isalpha()
        ):
            raise ValidationError(
                {"iso_code": "An ISO 3166-1 alpha-2 code is two letters, such as JP."}
            )
        if self.kind == CountryKind.COUNTRY and not self.iso_code:
            raise ValidationError({"iso_code": "A country needs its ISO 3166-1 alpha-2 code."})

    def category_totals(self, role: str) -> list[dict]:
        """Per category: pledges, value totals per currency, and pledges with no stated value.

        Reads the precomputed `totals`; prefetch them when showing several countries.
        """
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
        return [rows[category] for category in Category.values if category in rows]

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

        {"given": {"top": [(name, slug, count), ...], "partners": 12, "records": 40}, ...}: one
        query over the precomputed `CountryPartner` rows, however many pledges there are.
        """
        summary = {role: {"top": [], "partners": 0, "records": 0} for role in CountryRole.values}
        rows = (
            CountryPartner.objects.filter(country=self)
            .order_by("role", "-count", "partner__name")
            .values_list("role", "partner__name", "partner__slug", "count")
        )
        for role, name, slug, count in rows:
            entry = summary[role]
            if len(entry["top"]) < TOP_PARTNERS:
                entry["top"].append((name, slug, count))
            entry["partners"] += 1
            entry["records"] += count
        return summary

    def stage_rows(self, role: str) -> list["CountryStage"]:
        """The country's pledges in `role` at each stage, in the stages' order; needs `stages`
        prefetched to cost no query."""
        found = {row.stage: row for row in self.stages.all() if row.role == role}
        return [found[stage] for stage in Status.values if stage in found]

    @cached_property
    def months_by_role(self) -> dict[str, list[tuple]]:
        """Per role: (month, records, dates worked out) of the country's dated records, oldest
        first; one query over the precomputed `CountryMonth` rows."""
        by_role = {role: [] for role in CountryRole.values}
        rows = CountryMonth.objects.filter(country=self).order_by("role", "month")
        for role, month, count, derived in rows.values_list("role", "month", "count", "derived"):
            by_role[role].append((month, count, derived))
        return by_role

    def summary(self) -> str:
        """The key facts in a sentence, for link previews: "Japan: 3 pledges to Ukraine, US$100
        million humanitarian, 4 sanctions on Russia"."""
        parts = []
        for role, noun, link in SUMMARY_ROLES:
            entry = self.partner_summary[role]
            if not entry["records"]:
                continue
            count = entry["records"]
            top = [f"the {name}" if takes_the(name) else name for name, _, _ in entry["top"]]
            names = _names(top, entry["partners"])
            parts.append(f"{count:,} {noun}{'s' if count != 1 else ''} {link} {names}")
            if noun == "pledge":
                parts += [
                    f"{value.display} {row['category'].lower()}"
                    for row in self.category_totals(role)
                    for value in row["values"]
                ]
        if self.facts_count:
            count = self.facts_count
            parts.append(f"{count:,} other fact{'s' if count != 1 else ''} recorded")
        return f"{self.name}: " + (", ".join(parts) if parts else "no pledges or sanctions yet")

    def category_counts(self, role: str) -> Counter:
        """How many of the country's pledges in `role` fall in each category; needs `totals`
        prefetched."""
        counts = Counter()
        for total in self._totals(role):
            counts[total.category] += total.pledge_count
        return counts

    def _totals(self, role: str):
        return [total for total in self.totals.all() if total.role == role]


def takes_the(name: str, kind: str = CountryKind.COUNTRY) -> bool:
    """Whether English puts "the" before the name in a sentence: the United Kingdom, the
    Netherlands, the Central African Republic, the Solomon Islands, the European Union."""
    return (
        kind == CountryKind.ORGANISATION
        or name.startswith(("United ", "Isle of ", "Democratic Republic", "Republic of"))
        or name.endswith(THE_ENDINGS)
    )


THE_ENDINGS = ("Islands", "Republic", "Territory", "Territories", "Netherlands", "Philippines",
               "Bahamas", "Gambia", "Maldives", "Comoros", "Emirates")  # fmt: skip


SUMMARY_ROLES = [
    ("given", "pledge", "to"),
    ("received", "pledge", "received from"),
    ("imposed", "sanction", "on"),
    ("targeted", "sanction", "from"),
]


TOP_PARTNERS = 8


def _names(names: list[str], total: int) -> str:
    """ "Ukraine", "Ukraine and Poland", "Ukraine, Poland and 3 other countries"."""
    if total <= 2:
        return " and ".join(names[:2])
    others = total - 2
    return f"{names[0]}, {names[1]} and {others:,} other countr{'y' if others == 1 else 'ies'}"


class ValueTotal:
    """The stated values of some pledges in one currency, added up."""

    def __init__(self, currency: str):
        self.currency = currency
        self.amount = Decimal(0)
        self.pledge_count = 0

    def add(self, total: "CountryTotal") -> None:
        self.amount += total.amount
        self.pledge_count += total.pledge_count

    @property
    def display(self) -> str:
        return formatting.money(self.amount, self.currency)


class ConvertedTotal:
    """Pledges' values in US dollars and euros, added up across currencies: at least this much,
    since it counts only the pledges whose value could be converted (Pledge.value_usd)."""

    def __init__(self):
        self.usd = Decimal(0)
        self.eur = Decimal(0)
        self.converted = 0  # pledges in the total
        self.unconverted = 0  # pledges with a stated value that could not be converted
        self.unvalued = 0  # pledges stating no value
        self.in_packages = 0  # parts of packages, whose values their packages' include

    def add(self, total: "CountryTotal") -> None:
        if total.in_package:
            self.in_packages += total.pledge_count
            return
        if not total.currency:
            self.unvalued += total.pledge_count
            return
        self.converted += total.converted
        self.unconverted += total.pledge_count - total.converted
        self.usd += total.value_usd or 0
        self.eur += total.value_eur or 0

    @property
    def left_out(self) -> int:
        return self.unconverted + self.unvalued


class CountryRole(models.TextChoices):
    GIVEN = "given", "Pledges given"
    RECEIVED = "received", "Pledges received"
    IMPOSED = "imposed", "Sanctions imposed"
    TARGETED = "targeted", "Sanctions faced"


class CountryTotal(models.Model):
    """Precomputed: a country's pledges of one category in one currency, given or received.

    `amount` adds up their stated values; `currency` and `amount` are empty for the pledges that
    state no value. Rebuilt by `pledges.stats` whenever a pledge of the country changes.
    """

    Role = CountryRole

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="totals")
    role = models.CharField(max_length=8, choices=CountryRole)
    category = models.CharField(max_length=12, choices=Category)
    currency = models.CharField(max_length=3, blank=True)
    pledge_count = models.PositiveIntegerField()
    amount = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    # Their values in US dollars and euros (Pledge.value_usd), added up over the `converted`
    # pledges that have one.
    converted = models.PositiveIntegerField(default=0)
    value_usd = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    value_eur = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    # Parts of packages whose stated values are counted in their package's (Pledge.part_of):
    # counted as pledges, their values never added a second time.
    in_package = models.BooleanField(default=False, db_default=False)

    class Meta:
        ordering = ["country", "role", "category", "currency", "in_package"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "role", "category", "currency", "in_package"],
                name="countrytotal_unique",
            )
        ]

    def __str__(self):
        return f"{self.country_id} {self.role} {self.category} {self.currency}: {self.pledge_count}"


class CountryMonth(models.Model):
    """Precomputed: how many of a country's pledges or sanctions, in one role, are dated in one
    month (the first day of it), and how many of those dates were worked out rather than stated.

    Records dated by their year only, or not at all, have no month and no row: a chart over time
    says how many it leaves out. Rebuilt by `pledges.stats` with the country's other figures.
    """

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="months")
    role = models.CharField(max_length=8, choices=CountryRole)
    month = models.DateField()
    count = models.PositiveIntegerField()
    derived = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["country", "role", "month"]
        constraints = [
            models.UniqueConstraint(fields=["country", "role", "month"], name="countrymonth_unique")
        ]

    def __str__(self):
        return f"{self.country_id} {self.role} {self.month:%Y-%m}: {self.count}"


class SiteMonth(models.Model):
    """Precomputed: how many pledges (role "given") or sanctions (role "imposed") of the whole
    site are dated in one month, and how many of those dates were worked out: `CountryMonth`
    added up over every donor or imposer, each record counted once. The site-wide charts over
    time read these few dozen rows, however many countries and records there are. Rebuilt by
    `pledges.stats` after the countries' months.
    """

    role = models.CharField(max_length=8, choices=CountryRole)
    month = models.DateField()
    count = models.PositiveIntegerField()
    derived = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["role", "month"]
        constraints = [models.UniqueConstraint(fields=["role", "month"], name="sitemonth_unique")]

    def __str__(self):
        return f"{self.role} {self.month:%Y-%m}: {self.count}"


class SiteCategory(models.Model):
    """Precomputed: how many pledges of the whole site fall in one category, for the home page's
    chart. Rebuilt by `pledges.stats` with the countries' totals."""

    category = models.CharField(max_length=12, choices=Category, unique=True)
    count = models.PositiveIntegerField()

    class Meta:
        ordering = ["category"]
        verbose_name_plural = "site categories"

    def __str__(self):
        return f"{self.category}: {self.count}"


class CountryPartner(models.Model):
    """Precomputed: how many pledges or sanctions link a country to one other, in one role.

    Rebuilt by `pledges.stats` whenever a pledge or sanction of the country changes.
    """

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="partner_counts")
    role = models.CharField(max_length=8, choices=CountryRole)
    partner = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField()

    class Meta:
        ordering = ["country", "role", "-count"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "role", "partner"], name="countrypartner_unique"
            )
        ]

    def __str__(self):
        return f"{self.country_id} {self.role} {self.partner_id}: {self.count}"


class CountryStage(models.Model):
    """Precomputed: how many of a country's pledges, given or received, are at one stage
    (announced, approved, being delivered, delivered, withdrawn), and their value in US dollars
    where it can be computed (over `converted` of them). Pages set what was pledged against what
    was delivered from it. Rebuilt by `pledges.stats` with the country's other figures.
    """

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="stages")
    role = models.CharField(max_length=8, choices=CountryRole)
    stage = models.CharField(max_length=10, choices=Status)
    count = models.PositiveIntegerField()
    converted = models.PositiveIntegerField(default=0)
    value_usd = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["country", "role", "stage"]
        constraints = [
            models.UniqueConstraint(fields=["country", "role", "stage"], name="countrystage_unique")
        ]

    def __str__(self):
        return f"{self.country_id} {self.role} {self.stage}: {self.count}"
