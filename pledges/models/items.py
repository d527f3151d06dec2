"""Aid items and their normalised types, so that one kind of item can be browsed across donors."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from pledges import formatting
from pledges.models.countries import Country


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

    pledge = models.ForeignKey("pledges.Pledge", on_delete=models.CASCADE, related_name="items")
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

    @property
    def short_description(self) -> str:
        """ "5,000 helmets", "5,000 pieces of body armor", or just "tents" when no quantity."""
        if self.quantity is None:
            return self.name
        unit = f" {self.unit} of" if self.unit else ""
        return f"{formatting.number(self.quantity)}{unit} {self.name}"

    def clean(self):
        if self.unit and self.quantity is None:
            raise ValidationError({"unit": "A unit needs a quantity: give one or clear the unit."})
