"""The filters of the list pages, read from the query string: the URL is the state of the page."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, F, OuterRef, Q

from pledges.currencies import CURRENCY_CHOICES
from pledges.models import (
    AidItem,
    Category,
    Country,
    ItemType,
    Measure,
    Pledge,
    Sanction,
    Source,
    Status,
    TargetKind,
)

MAX_TEXT = 200


class CountryField(forms.ModelChoiceField):
    """A country given by slug (as the form's list sends it) or ISO code (as people type it).

    The list offers only the countries with data in that role; any country can be asked for.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value)
        country = Country.objects.find(value) if len(value) <= 100 else None
        if country is None:
            raise ValidationError(
                "There is no country “%(value)s”: give its name as in the list, or its two-letter "
                "ISO code such as JP.",
                code="invalid_choice",
                params={"value": value[:100]},
            )
        return country

    def validate(self, value):
        forms.Field.validate(self, value)


class CountryFilter(django_filters.ModelChoiceFilter):
    field_class = CountryField

    def __init__(self, *args, listed: Q, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", "Any")
        super().__init__(*args, queryset=Country.objects.filter(listed), **kwargs)


class FilterForm(forms.Form):
    """A list's filter form: refuses a date range that ends before it starts, and marks each
    field in error so that screen readers announce the message with the field."""

    range_fields: tuple[str, str]

    def clean(self):
        cleaned = super().clean()
        start, end = (cleaned.get(name) for name in self.range_fields)
        if start and end and start > end:
            self.add_error(self.range_fields[1], "This date is before the start of the range.")
        return cleaned

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}_error"}
                )


class PledgeFilterForm(FilterForm):
    range_fields = ("announced_after", "announced_before")

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("amount_min"), cleaned.get("amount_max")
        if low is not None and high is not None and low > high:
            self.add_error("amount_max", "The maximum is below the minimum.")
        return cleaned


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


# Sort keys offered in the query string (`sort=-announced`), each a stable, total ordering.
PLEDGE_SORTS = {
    "-announced": ("Newest first", [F("announced_on").desc(nulls_last=True)]),
    "announced": ("Oldest first", [F("announced_on").asc(nulls_last=True)]),
    "donor": ("Donor A–Z", ["donor__name", F("announced_on").desc(nulls_last=True)]),
    "-donor": ("Donor Z–A", ["-donor__name", F("announced_on").desc(nulls_last=True)]),
    "recipient": ("Recipient A–Z", ["recipient__name", F("announced_on").desc(nulls_last=True)]),
    "-recipient": ("Recipient Z–A", ["-recipient__name", F("announced_on").desc(nulls_last=True)]),
    "-value": ("Largest value first", [F("amount").desc(nulls_last=True)]),
    "value": ("Smallest value first", [F("amount").asc(nulls_last=True)]),
}


class PledgeFilter(django_filters.FilterSet):
    donor = CountryFilter(listed=Q(pledges_given_count__gt=0), label="Donor")
    recipient = CountryFilter(listed=Q(pledges_received_count__gt=0), label="Recipient")
    category = django_filters.ChoiceFilter(choices=Category.choices, empty_label="Any")
    status = django_filters.ChoiceFilter(choices=Status.choices, empty_label="Any")
    announced_after = django_filters.DateFilter(
        field_name="announced_on", lookup_expr="gte", label="Announced on or after",
        widget=date_input(),
    )  # fmt: skip
    announced_before = django_filters.DateFilter(
        field_name="announced_on", lookup_expr="lte", label="Announced on or before",
        widget=date_input(),
    )  # fmt: skip
    item = django_filters.ModelChoiceFilter(
        queryset=ItemType.objects.all(), to_field_name="slug", method="filter_item",
        label="Item type", empty_label="Any",
    )  # fmt: skip
    currency = django_filters.ChoiceFilter(choices=CURRENCY_CHOICES, empty_label="Any")
    amount_min = django_filters.NumberFilter(
        field_name="amount", lookup_expr="gte", label="Value at least", min_value=0,
        max_digits=18, decimal_places=2,
    )  # fmt: skip
    amount_max = django_filters.NumberFilter(
        field_name="amount", lookup_expr="lte", label="Value at most", min_value=0,
        max_digits=18, decimal_places=2,
    )  # fmt: skip
    source = django_filters.ModelChoiceFilter(queryset=Source.objects.all(), empty_label="Any")
    q = django_filters.CharFilter(
        method="search", label="Words in the description or items", max_length=MAX_TEXT
    )
    sort = django_filters.ChoiceFilter(
        choices=[(key, label) for key, (label, _) in PLEDGE_SORTS.items()],
        method="sort_by", label="Sort", empty_label=None,
    )  # fmt: skip

    class Meta:
        model = Pledge
        fields = []
        form = PledgeFilterForm

    def filter_item(self, queryset, name, item_type):
        return queryset.filter(
            Exists(AidItem.objects.filter(pledge=OuterRef("pk"), item_type=item_type))
        )

    def search(self, queryset, name, words):
        for word in words.split():
            in_items = AidItem.objects.filter(pledge=OuterRef("pk"), name__icontains=word)
            queryset = queryset.filter(
                Q(description__icontains=word) | Q(quote__icontains=word) | Exists(in_items)
            )
        return queryset

    def sort_by(self, queryset, name, key):
        # The id last makes the order total, so that pages neither repeat nor skip a pledge.
        return queryset.order_by(*PLEDGE_SORTS[key][1], "-id")


class SanctionFilterForm(FilterForm):
    range_fields = ("imposed_after", "imposed_before")


class SanctionFilter(django_filters.FilterSet):
    imposer = CountryFilter(listed=Q(sanctions_imposed_count__gt=0), label="Imposed by")
    target = CountryFilter(listed=Q(sanctions_received_count__gt=0), label="Target country")
    measure = django_filters.ChoiceFilter(choices=Measure.choices, empty_label="Any")
    target_kind = django_filters.ChoiceFilter(
        choices=TargetKind.choices, empty_label="Any", label="Kind of target"
    )
    imposed_after = django_filters.DateFilter(
        field_name="imposed_on", lookup_expr="gte", label="Imposed on or after",
        widget=date_input(),
    )  # fmt: skip
    imposed_before = django_filters.DateFilter(
        field_name="imposed_on", lookup_expr="lte", label="Imposed on or before",
        widget=date_input(),
    )  # fmt: skip
    source = django_filters.ModelChoiceFilter(queryset=Source.objects.all(), empty_label="Any")

    class Meta:
        model = Sanction
        fields = []
        form = SanctionFilterForm
