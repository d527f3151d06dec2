"""The domain: countries, sources, pledges with their aid items, and sanctions.

Every pledge and sanction is a statement of a source: it records the source, the paragraph and the
few words that state it (its provenance), so that each figure shown traces back to who says so.
Unknown values are stored as NULL (or an empty string for text), never as zero. The database
enforces what must never be stored; `clean()` explains the same rules to editors on the right field.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from pledges import formatting
from pledges.currencies import CURRENCY_CHOICES


def _in_choices(field: str, choices: type[models.TextChoices]) -> Q:
    return Q(**{f"{field}__in": choices.values})


class DatePrecision(models.TextChoices):
    """How much of a date the source gives."""

    DAY = "day", "Day"
    DERIVED = "derived", "Day worked out from the source's words (see the reading note)"
    MONTH = "month", "Month only"
    YEAR = "year", "Year only"
    UNKNOWN = "unknown", "Not stated"


def _date_precision_consistent(prefix: str) -> Q:
    """A date is stored exactly when its precision says one is known."""
    unknown = DatePrecision.UNKNOWN
    return Q(**{f"{prefix}_precision": unknown, f"{prefix}_on__isnull": True}) | (
        ~Q(**{f"{prefix}_precision": unknown}) & Q(**{f"{prefix}_on__isnull": False})
    )


def _clean_date_precision(instance, prefix: str) -> dict[str, str]:
    date = getattr(instance, f"{prefix}_on")
    precision = getattr(instance, f"{prefix}_precision")
    if date is None and precision != DatePrecision.UNKNOWN:
        return {f"{prefix}_on": "Give the date, or set its precision to “Not stated”."}
    if date is not None and precision == DatePrecision.UNKNOWN:
        return {f"{prefix}_precision": "A date is given: say how precisely the source states it."}
    return {}


class CountryKind(models.TextChoices):
    COUNTRY = "country", "Country"
    ORGANISATION = "organisation", "International organisation"


class Category(models.TextChoices):
    MILITARY = "military", "Military"
    HUMANITARIAN = "humanitarian", "Humanitarian"
    FINANCIAL = "financial", "Financial"


class Lethality(models.TextChoices):
    LETHAL = "lethal", "Lethal"
    NON_LETHAL = "non_lethal", "Non-lethal"
    BOTH = "both", "Lethal and non-lethal"


class Status(models.TextChoices):
    ANNOUNCED = "announced", "Announced"
    APPROVED = "approved", "Approved"
    DELIVERING = "delivering", "Being delivered"
    DELIVERED = "delivered", "Delivered"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Measure(models.TextChoices):
    SWIFT_EXCLUSION = "swift_exclusion", "Exclusion from SWIFT"
    ASSET_FREEZE = "asset_freeze", "Asset freeze"
    EXPORT_BAN = "export_ban", "Export ban"
    IMPORT_BAN = "import_ban", "Import ban"
    TRAVEL_BAN = "travel_ban", "Travel ban"
    INVESTMENT_BAN = "investment_ban", "Investment ban"
    OTHER = "other", "Other measure"


class TargetKind(models.TextChoices):
    BANKS = "banks", "Banks"
    PERSONS = "persons", "Persons"
    ENTITIES = "entities", "Entities"
    SECTORS = "sectors", "Sectors"
    STATE = "state", "The state as a whole"


class CountryQuerySet(models.QuerySet):
    def with_data(self):
        """Countries that give or receive pledges, or impose or are targeted by sanctions."""
        return self.filter(
            Q(pledges_given_count__gt=0)
            | Q(pledges_received_count__gt=0)
            | Q(sanctions_imposed_count__gt=0)
            | Q(sanctions_received_count__gt=0)
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
                condition=_in_choices("kind", CountryKind), name="country_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:country-detail", kwargs={"slug": self.slug})

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
            if total.currency:
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
            if total.currency:
                by_currency.setdefault(total.currency, ValueTotal(total.currency)).add(total)
        return sorted(by_currency.values(), key=lambda value: (-value.pledge_count, value.currency))

    def partners(self, role: str) -> list[tuple["Country", int]]:
        """The countries at the other end of `role` (recipients of its pledges, targets of its
        sanctions...), with how many pledges or sanctions link them, most first."""
        counts: dict[int, list] = {}
        for total in self._totals(role):
            entry = counts.setdefault(total.partner_id, [total.partner, 0])
            entry[1] += total.pledge_count
        return sorted(
            ((c, n) for c, n in counts.values()), key=lambda pair: (-pair[1], pair[0].name)
        )

    def summary(self) -> str:
        """The key facts in a sentence, for link previews: "Japan: 3 pledges to Ukraine, US$100
        million humanitarian, 4 sanctions on Russia"."""
        parts = []
        for role, noun, link in SUMMARY_ROLES:
            partners = self.partners(role)
            if not partners:
                continue
            count = sum(n for _, n in partners)
            parts.append(f"{count:,} {noun}{'s' if count != 1 else ''} {link} {_names(partners)}")
            if noun == "pledge":
                parts += [
                    f"{value.display} {row['category'].lower()}"
                    for row in self.category_totals(role)
                    for value in row["values"]
                ]
        return f"{self.name}: " + (", ".join(parts) if parts else "no pledges or sanctions yet")

    def _totals(self, role: str):
        return [total for total in self.totals.all() if total.role == role]


SUMMARY_ROLES = [
    ("given", "pledge", "to"),
    ("received", "pledge", "received from"),
    ("imposed", "sanction", "on"),
    ("targeted", "sanction", "from"),
]


def _names(partners: list) -> str:
    """ "Ukraine", "Ukraine and Poland", "Ukraine, Poland and 3 other countries"."""
    names = [country.name for country, _ in partners]
    if len(names) <= 2:
        return " and ".join(names)
    others = len(names) - 2
    return f"{names[0]}, {names[1]} and {others} other countr{'y' if others == 1 else 'ies'}"


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


class CountryTotal(models.Model):
    """Precomputed: how many pledges (or sanctions) link a country to one partner, in one role.

    Pledges are counted per category and currency, with their stated values added up; `currency`
    and `amount` are empty for pledges that state no value. Sanctions (roles "imposed" and
    "targeted") have no category or currency. Rebuilt by `pledges.stats` whenever a pledge or
    sanction of the country changes.
    """

    class Role(models.TextChoices):
        GIVEN = "given", "Pledges given"
        RECEIVED = "received", "Pledges received"
        IMPOSED = "imposed", "Sanctions imposed"
        TARGETED = "targeted", "Sanctions faced"

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="totals")
    role = models.CharField(max_length=8, choices=Role)
    partner = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=12, choices=Category, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    pledge_count = models.PositiveIntegerField("pledges or sanctions")
    amount = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["country", "role", "partner", "category", "currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "role", "partner", "category", "currency"],
                name="countrytotal_unique",
            )
        ]

    def __str__(self):
        return (
            f"{self.country_id} {self.role} {self.partner_id} {self.category}: {self.pledge_count}"
        )


class Source(models.Model):
    """A published document that states pledges or sanctions."""

    reference = models.SlugField(
        max_length=100,
        unique=True,
        help_text="A short stable key for this source, such as epoch-times-2022-japan-equipment.",
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    authors = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    contributors = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    published_on = models.DateField(
        null=True, blank=True, help_text="Leave empty when the source does not give its date."
    )
    url = models.URLField("URL", max_length=500, blank=True)
    notes = models.TextField(
        blank=True,
        help_text="How this source was read: how its paragraphs are counted, what it leaves open.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pledges:source-detail", kwargs={"pk": self.pk})


class ItemTypeQuerySet(models.QuerySet):
    def catalogue(self) -> tuple[list, dict[int, list[dict]], dict[int, list]]:
        """The item types, their stated quantities per unit, and the countries that pledged each.

        Returns (item types, {type id: quantity rows}, {type id: donor countries by name}).
        """
        item_types = list(self.order_by("name"))
        quantities: dict[int, list[dict]] = {}
        for row in AidItem.objects.quantities_by("item_type"):
            quantities.setdefault(row["item_type"], []).append(row)
        pairs = AidItem.objects.values_list("item_type", "pledge__donor").distinct().order_by()
        countries = Country.objects.in_bulk({donor for _, donor in pairs})
        donors: dict[int, list[Country]] = {}
        for item_type, donor in pairs:
            donors.setdefault(item_type, []).append(countries[donor])
        for names in donors.values():
            names.sort(key=lambda country: country.name)
        return item_types, quantities, donors


class ItemType(models.Model):
    """A normalised kind of aid item (helmet, body armour, field ration...), across donors."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    objects = ItemTypeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:itemtype-detail", kwargs={"slug": self.slug})


class Statement(models.Model):
    """What a source states, and where: the provenance shared by pledges and sanctions."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="%(class)ss")
    paragraph = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="Number of the paragraph of the source that states it, counting from 1.",
    )
    quote = models.CharField(
        "figure words",
        max_length=200,
        help_text="The few words of the source that state it, such as “$350 million worth of "
        "weapons”. A short phrase, never a whole sentence.",
    )
    reference = models.SlugField(
        max_length=100,
        blank=True,
        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
    )
    reading_note = models.TextField(
        blank=True,
        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The two countries a statement concerns (donor and recipient, imposer and target).
    parties: tuple[str, str]

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_parties = instance._party_ids()
        return instance

    def _party_ids(self) -> set[int]:
        return {self.__dict__.get(f"{party}_id") for party in self.parties} - {None}

    def countries_concerned(self) -> set[int]:
        """Ids of the countries this statement counts for, as it is now and as it was loaded."""
        return self._party_ids() | getattr(self, "_loaded_parties", set())


class PledgeQuerySet(models.QuerySet):
    def for_listing(self):
        """Everything a list of pledges shows, fetched in a fixed number of queries."""
        return self.select_related("donor", "recipient", "source").prefetch_related(
            models.Prefetch("items", queryset=AidItem.objects.select_related("item_type"))
        )

    def by_donor(self, country):
        return self.filter(donor=country)

    def by_recipient(self, country):
        return self.filter(recipient=country)


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
        help_text="Only where the source says whether the aid is lethal.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.ANNOUNCED)
    description = models.TextField(help_text="What was pledged, in your own words.")
    amount = models.DecimalField(
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                Decimal("0.01"),
                message="An amount must be more than zero; leave it empty when the source "
                "gives none.",
            )
        ],
        help_text="The value exactly as the source states it, unconverted. Empty when not stated.",
    )
    currency = models.CharField(
        max_length=3,
        choices=CURRENCY_CHOICES,
        blank=True,
        help_text="ISO 4217 currency of the amount as the source states it.",
    )
    announced_on = models.DateField(null=True, blank=True)
    announced_precision = models.CharField(
        "date precision",
        max_length=8,
        choices=DatePrecision,
        default=DatePrecision.UNKNOWN,
    )
    announced_as = models.CharField(
        "date as stated",
        max_length=60,
        blank=True,
        help_text="The source's words for the date, such as “Feb. 26” or “Friday”.",
    )

    objects = PledgeQuerySet.as_manager()
    parties = ("donor", "recipient")

    class Meta:
        ordering = [F("announced_on").desc(nulls_last=True), "-id"]
        indexes = [
            models.Index(fields=["donor", "-announced_on"], name="pledge_donor_date_idx"),
            models.Index(fields=["recipient", "-announced_on"], name="pledge_recipient_date_idx"),
            models.Index(fields=["-announced_on"], name="pledge_date_idx"),
            models.Index(fields=["category"], name="pledge_category_idx"),
            models.Index(fields=["status"], name="pledge_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gt=0),
                name="pledge_amount_positive",
                violation_error_message="An amount must be more than zero.",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True, currency="")
                | (Q(amount__isnull=False) & ~Q(currency="")),
                name="pledge_amount_has_currency",
                violation_error_message="An amount needs its currency, and a currency its amount.",
            ),
            models.CheckConstraint(
                condition=~Q(donor=F("recipient")),
                name="pledge_donor_not_recipient",
                violation_error_message="A donor cannot pledge to itself.",
            ),
            models.CheckConstraint(
                condition=_date_precision_consistent("announced"),
                name="pledge_date_precision_consistent",
                violation_error_message="A date is stored exactly when its precision is known.",
            ),
            models.CheckConstraint(condition=Q(paragraph__gte=1), name="pledge_paragraph_positive"),
            models.CheckConstraint(
                condition=_in_choices("category", Category), name="pledge_category_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("status", Status), name="pledge_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(lethality="") | _in_choices("lethality", Lethality),
                name="pledge_lethality_valid",
            ),
            models.UniqueConstraint(
                fields=["source", "reference"],
                condition=~Q(reference=""),
                name="pledge_reference_unique",
                violation_error_message="This source already has a pledge with this reference.",
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "donor", "recipient", "quote"],
                name="pledge_statement_unique",
                violation_error_message="This pledge is already recorded: the same source, "
                "paragraph, donor, recipient and figure words.",
            ),
        ]

    def __str__(self):
        value = f", {self.value_display}" if self.amount is not None else ""
        return f"{self.donor} → {self.recipient}: {self.get_category_display().lower()}{value}"

    def get_absolute_url(self):
        return reverse("pledges:pledge-detail", kwargs={"pk": self.pk})

    def clean(self):
        errors = _clean_date_precision(self, "announced")
        if self.amount is not None and not self.currency:
            errors["currency"] = "Give the currency the source states the amount in."
        if self.currency and self.amount is None:
            errors["amount"] = "A currency is given without an amount: give the amount or clear it."
        if self.donor_id and self.donor_id == self.recipient_id:
            errors["recipient"] = "A donor cannot pledge to itself: choose another recipient."
        if errors:
            raise ValidationError(errors)

    @property
    def value_display(self) -> str:
        return formatting.money(self.amount, self.currency)

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.announced_on, self.announced_precision)


class AidItemQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related(
            "item_type", "pledge__donor", "pledge__recipient", "pledge__source"
        )

    def quantities_by(self, *fields):
        """Stated quantities summed per `fields` and unit, with the count of items stating none.

        Quantities in different units are never added together.
        """
        return (
            self.values(*fields, "unit")
            .annotate(
                items=models.Count("id"),
                stated=models.Sum("quantity"),
                unstated=models.Count("id", filter=Q(quantity=None)),
            )
            .order_by(*fields, "unit")
        )


class AidItem(models.Model):
    """One kind of thing a pledge supplies, with its quantity where the source states one."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="items")
    item_type = models.ForeignKey(ItemType, on_delete=models.PROTECT, related_name="aid_items")
    name = models.CharField(
        "name as stated", max_length=150, help_text="The item as the source names it."
    )
    quantity = models.PositiveBigIntegerField(
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                1, message="A quantity must be at least 1; leave it empty when not stated."
            )
        ],
        help_text="Empty when the source does not state a quantity.",
    )
    unit = models.CharField(
        max_length=40, blank=True, help_text="Unit of the quantity where stated, e.g. “pieces”."
    )
    paragraph = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="Paragraph of the pledge's source that names this item.",
    )
    quote = models.CharField(
        "figure words",
        max_length=200,
        help_text="The few words that name the item or its quantity.",
    )

    objects = AidItemQuerySet.as_manager()

    class Meta:
        verbose_name = "aid item"
        ordering = ["pledge", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__isnull=True) | Q(quantity__gt=0),
                name="aiditem_quantity_positive",
                violation_error_message="A quantity must be at least 1.",
            ),
            models.CheckConstraint(
                condition=Q(quantity__isnull=False) | Q(unit=""),
                name="aiditem_unit_needs_quantity",
                violation_error_message="A unit needs a quantity.",
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="aiditem_paragraph_positive"
            ),
            models.UniqueConstraint(
                fields=["pledge", "name"],
                name="aiditem_name_unique_per_pledge",
                violation_error_message="This pledge already lists an item of this name.",
            ),
        ]

    def __str__(self):
        if self.quantity is None:
            return f"{self.name} (quantity not stated)"
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.name}: {formatting.number(self.quantity)}{unit}"

    def get_absolute_url(self):
        return self.pledge.get_absolute_url()

    def clean(self):
        if self.unit and self.quantity is None:
            raise ValidationError({"unit": "A unit needs a quantity: give one or clear the unit."})


class SanctionQuerySet(models.QuerySet):
    def for_listing(self):
        """Everything a list of sanctions shows, fetched in a fixed number of queries."""
        return self.select_related("imposer", "target", "source").prefetch_related("named_targets")


class Sanction(Statement):
    """A measure one country imposes on another country, or on its banks, people or entities."""

    imposer = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="sanctions_imposed", db_index=False
    )
    target = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="sanctions_received", db_index=False
    )
    measure = models.CharField(max_length=16, choices=Measure)
    target_kind = models.CharField("kind of target", max_length=10, choices=TargetKind)
    targets_count = models.PositiveIntegerField(
        "number of targets",
        null=True,
        blank=True,
        validators=[MinValueValidator(1, message="A number of targets must be at least 1.")],
        help_text="Empty when the source does not state how many.",
    )
    description = models.TextField(help_text="The measure, in your own words.")
    imposed_on = models.DateField("start", null=True, blank=True)
    imposed_precision = models.CharField(
        "start precision", max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    imposed_as = models.CharField(
        "start as stated", max_length=60, blank=True, help_text="The source's words for the date."
    )
    lifted_on = models.DateField("end", null=True, blank=True, help_text="Empty while in force.")

    objects = SanctionQuerySet.as_manager()
    parties = ("imposer", "target")

    class Meta:
        ordering = [F("imposed_on").desc(nulls_last=True), "-id"]
        indexes = [
            models.Index(fields=["imposer", "-imposed_on"], name="sanction_imposer_date_idx"),
            models.Index(fields=["target", "-imposed_on"], name="sanction_target_date_idx"),
            models.Index(fields=["measure"], name="sanction_measure_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(imposer=F("target")),
                name="sanction_imposer_not_target",
                violation_error_message="A country cannot sanction itself.",
            ),
            models.CheckConstraint(
                condition=Q(targets_count__isnull=True) | Q(targets_count__gt=0),
                name="sanction_targets_count_positive",
                violation_error_message="A number of targets must be at least 1.",
            ),
            models.CheckConstraint(
                condition=Q(lifted_on__isnull=True)
                | Q(imposed_on__isnull=True)
                | Q(lifted_on__gte=F("imposed_on")),
                name="sanction_ends_after_start",
                violation_error_message="A sanction cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=_date_precision_consistent("imposed"),
                name="sanction_date_precision_consistent",
                violation_error_message="A date is stored exactly when its precision is known.",
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="sanction_paragraph_positive"
            ),
            models.CheckConstraint(
                condition=_in_choices("measure", Measure), name="sanction_measure_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("target_kind", TargetKind), name="sanction_target_kind_valid"
            ),
            models.UniqueConstraint(
                fields=["source", "reference"],
                condition=~Q(reference=""),
                name="sanction_reference_unique",
                violation_error_message="This source already has a sanction with this reference.",
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "imposer", "target", "quote"],
                name="sanction_statement_unique",
                violation_error_message="This sanction is already recorded: the same source, "
                "paragraph, imposing and target countries and figure words.",
            ),
        ]

    def __str__(self):
        return f"{self.imposer} → {self.target}: {self.get_measure_display().lower()}"

    def get_absolute_url(self):
        return reverse("pledges:sanction-detail", kwargs={"pk": self.pk})

    def clean(self):
        errors = _clean_date_precision(self, "imposed")
        if self.imposer_id and self.imposer_id == self.target_id:
            errors["target"] = "A country cannot sanction itself: choose another target."
        if self.lifted_on and self.imposed_on and self.lifted_on < self.imposed_on:
            errors["lifted_on"] = "The end is before the start: check both dates."
        if errors:
            raise ValidationError(errors)

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.imposed_on, self.imposed_precision)


class SanctionTarget(models.Model):
    """A bank, person or entity that a sanction names."""

    sanction = models.ForeignKey(Sanction, on_delete=models.CASCADE, related_name="named_targets")
    name = models.CharField(max_length=200)

    class Meta:
        verbose_name = "named target"
        ordering = ["sanction", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["sanction", "name"],
                name="sanctiontarget_unique_per_sanction",
                violation_error_message="This sanction already names this target.",
            ),
        ]

    def __str__(self):
        return self.name
