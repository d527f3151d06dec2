"""Aid items and their normalised types, so that one kind of item can be browsed across donors."""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.models.checks import ChecksInOneQuery
from pledges.models.countries import Country
from pledges.models.links import page_url
from pledges.models.statements import paragraph_field, quote_errors


class DonorRef(NamedTuple):
    """A donor as the catalogue names it, without loading the whole country."""

    name: str
    slug: str
    iso_code: str
    items: int

    def get_absolute_url(self) -> str:
        return page_url("country-detail", self.slug)

    @property
    def local_name(self) -> str:
        """The name in the page's language, as Country.local_name."""
        return formatting.country_name(self.name, self.iso_code)


class ItemTypeQuerySet(models.QuerySet):
    def catalogue(self) -> tuple[list, dict[int, list[dict]], dict[int, list[DonorRef]]]:
        """The item types, their stated quantities per unit, and the countries that pledged each.

        Returns (item types, {type id: quantity rows per unit}, {type id: donors, most items
        first}), read from the precomputed `ItemTypeTotal`s as plain rows.
        """
        item_types = list(self.order_by("name"))
        quantities: dict[int, dict[str, dict]] = {}
        donors: dict[int, dict[str, list]] = {}
        rows = ItemTypeTotal.objects.values_list(
            "item_type", "unit", "items", "stated", "unstated", "donor__name", "donor__slug",
            "donor__iso_code",
        )  # fmt: skip
        for item_type, unit, items, stated, unstated, name, slug, code in rows:
            row = quantities.setdefault(item_type, {}).setdefault(
                unit, {"unit": unit, "items": 0, "stated": None, "unstated": 0}
            )
            row["items"] += items
            row["unstated"] += unstated
            if stated is not None:
                row["stated"] = (row["stated"] or 0) + stated
            donor = donors.setdefault(item_type, {}).setdefault(slug, [name, slug, code, 0])
            donor[3] += items
        return (
            item_types,
            {pk: [rows[unit] for unit in sorted(rows)] for pk, rows in quantities.items()},
            {
                pk: sorted(
                    (DonorRef(*d) for d in by_slug.values()),
                    key=lambda donor: (-donor.items, donor.name),
                )
                for pk, by_slug in donors.items()
            },
        )


class ItemType(models.Model):
    """A normalised kind of aid item (helmet, body armour, field ration...), across donors."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    lethal = models.BooleanField(
        null=True,
        blank=True,
        help_text=_(
            "Yes for weapons and ammunition, no for other items, empty when it varies: "
            "military aid's lethality is read from its items' types by this."
        ),
    )
    updated_at = models.DateTimeField(
        auto_now=True, help_text=_("When the item type or its figures last changed.")
    )

    objects = ItemTypeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("itemtype-detail", self.slug)


class AidItemQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related(
            "item_type", "pledge__donor", "pledge__recipient", "pledge__source"
        ).defer("pledge__source__text")

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


class AidItem(ChecksInOneQuery, models.Model):
    """One kind of thing a pledge supplies, with its quantity where the source states one."""

    # The unique constraint on (pledge, name) and the index on (item_type, ...) serve as these
    # keys' indexes.
    pledge = models.ForeignKey(
        "pledges.Pledge", on_delete=models.CASCADE, related_name="items", db_index=False
    )
    item_type = models.ForeignKey(
        ItemType, on_delete=models.PROTECT, related_name="aid_items", db_index=False
    )
    name = models.CharField(
        _("name as stated"), max_length=150, help_text=_("The item as the source names it.")
    )
    quantity = models.PositiveBigIntegerField(
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                1, message=_("A quantity must be at least 1; leave it empty when not stated.")
            )
        ],
        help_text=_("Empty when the source does not state a quantity."),
    )
    unit = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("Unit of the quantity where stated, e.g. “pieces”."),
    )
    paragraph = paragraph_field(
        help_text=_("Paragraph of the pledge's source that names this item.")
    )
    quote = models.CharField(
        _("figure words"),
        max_length=200,
        help_text=_("The few words that name the item or its quantity."),
    )

    objects = AidItemQuerySet.as_manager()
    # Every change, with who made it and what it changed, for the admin's history pages.
    history = HistoricalRecords(no_db_index=["pledge", "item_type"])

    class Meta:
        verbose_name = _("aid item")
        ordering = ["pledge", "id"]
        # An item type's page lists its items, newest pledges first.
        indexes = [models.Index(fields=["item_type", "-pledge", "-id"], name="aiditem_type_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__isnull=True) | Q(quantity__gt=0),
                name="aiditem_quantity_positive",
                violation_error_message=_("A quantity must be at least 1."),
            ),
            models.CheckConstraint(
                condition=Q(quantity__isnull=False) | Q(unit=""),
                name="aiditem_unit_needs_quantity",
                violation_error_message=_("A unit needs a quantity."),
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="aiditem_paragraph_positive"
            ),
            models.UniqueConstraint(
                fields=["pledge", "name"],
                name="aiditem_name_unique_per_pledge",
                violation_error_message=_("This pledge already lists an item of this name."),
            ),
        ]

    def __str__(self):
        if self.quantity is None:
            return f"{self.name} (quantity not stated)"
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.name}: {formatting.number(self.quantity)}{unit}"

    def get_absolute_url(self):
        return self.pledge.get_absolute_url()

    @property
    def short_description(self) -> str:
        """ "5,000 helmets", "5,000 pieces of body armor", or just "tents" when no quantity."""
        if self.quantity is None:
            return self.name
        values = {
            "quantity": formatting.number(self.quantity),
            "unit": self.unit,
            "item": self.name,
        }
        if self.unit:
            # Translators: an aid item in a pledge's summary, "5,000 pieces of body armor"; the
            # unit and the item are the source's words, in English.
            return _("%(quantity)s %(unit)s of %(item)s") % values
        # Translators: an aid item in a pledge's summary, "5,000 helmets"; the item is the
        # source's words, in English.
        return _("%(quantity)s %(item)s") % values

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.mark_counted()
        return instance

    def mark_counted(self) -> None:
        """Remember the item type this item is counted under, as stored."""
        self._counted_item_type = self.__dict__.get("item_type_id")

    def item_types_concerned(self) -> set[int]:
        """Ids of the item types this item counts for, as it is now and as it was stored."""
        return {self.__dict__.get("item_type_id"), getattr(self, "_counted_item_type", None)} - {
            None
        }

    def clean(self):
        errors = {}
        if self.unit and self.quantity is None:
            errors["unit"] = _("A unit needs a quantity: give one or clear the unit.")
        pledge = self.pledge if self.pledge_id or "pledge" in self._state.fields_cache else None
        source = pledge.source if pledge is not None and pledge.source_id else None
        errors = quote_errors(source, self.paragraph, self.quote) | errors
        if errors:
            raise ValidationError(errors)


class ItemTypeTotal(models.Model):
    """Precomputed: one donor's aid items of one type in one unit, with their stated quantities.

    `stated` adds up the quantities that are stated (empty when none is); `unstated` counts the
    items that state none; `delivered` adds up the quantities their deliveries state. Kept in
    step by `pledges.stats` whenever an aid item or a delivery changes.
    """

    item_type = models.ForeignKey(ItemType, on_delete=models.CASCADE, related_name="totals")
    donor = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    unit = models.CharField(max_length=40, blank=True)
    items = models.PositiveIntegerField()
    stated = models.PositiveBigIntegerField(null=True, blank=True)
    unstated = models.PositiveIntegerField()
    # The quantities the pledges' delivery stages state were delivered (empty when none does).
    delivered = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["item_type", "donor", "unit"]
        constraints = [
            models.UniqueConstraint(
                fields=["item_type", "donor", "unit"], name="itemtypetotal_unique"
            )
        ]

    def __str__(self):
        return f"{self.item_type_id} {self.donor_id} {self.unit}: {self.items}"
