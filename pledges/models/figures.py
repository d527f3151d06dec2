"""Precomputed figures of countries and of the whole site, rebuilt by pledges.stats with every
change, so that pages read a few rows rather than count a million: totals by category and
currency, months, partners, stages, and the site's months and categories."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pledges.models.choices import Category, CountryRole, Status
from pledges.models.countries import Country


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
        verbose_name_plural = _("site categories")

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
