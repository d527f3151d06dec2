"""The filters of the list pages, read from the query string: the URL is the state of the page."""

import copy
import hashlib
from dataclasses import dataclass

import django_filters
import django_filters.fields
from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.forms.renderers import TemplatesSetting
from django.http import QueryDict
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from markupsafe import Markup, escape

from pledges import formatting, search
from pledges.currencies import CURRENCIES, CURRENCY_CHOICES
from pledges.models import (
    AidItem,
    Category,
    Change,
    Country,
    CountryTotal,
    Fact,
    FactKind,
    ItemType,
    Measure,
    Pledge,
    PledgeEvent,
    Sanction,
    Source,
    Status,
    TargetKind,
)
from pledges.models.pledges import OLDEST_FIRST
from pledges.versions import pages_version

MAX_TEXT = 200
EMPTY = (None, "", [], ())  # a filter left blank
# The column that names each kind of record in a filter's list.
LABELS = {Country: "name", ItemType: "name", Source: "title"}
CURRENCY_CHOICES_BY_CODE = dict(CURRENCY_CHOICES)
# `?announced=unknown`, `?value=unknown`, `?imposed=unknown`: the records that state no date (or
# value), which no date (or value) filter or order can place; `known` lists the others.
KNOWN, UNKNOWN = "known", "unknown"
# Translators: a list's filter on a date or value: records that state one.
KNOWN_CHOICES = [(KNOWN, _("Given")), (UNKNOWN, _("Not stated"))]
# Whether a pledge has a value in US dollars: computed, or none (no value, or one that cannot be
# converted: no date, or a currency the ECB publishes no rate for).
CONVERTED_CHOICES = [
    # Translators: the filter "Value in US dollars": pledges whose value in dollars is computed.
    (KNOWN, _("Computed")),
    (UNKNOWN, _("None: no value, or one not convertible")),
]
# Translators: the first choice of a list's filter, which leaves the list unfiltered.
ANY = _("Any")
# Sorts that rank values, by their value in US dollars.
VALUE_SORTS = ("-value", "value")
# The filters that, alone, select one country's pledges: the precomputed count of them.
COUNTED_BY_COUNTRY = {"donor": "pledges_given_count", "recipient": "pledges_received_count"}


def printable(value: str, limit: int = 60) -> str:
    """User input fit to quote back in a message: printable characters only, and not too long."""
    text = "".join(ch for ch in str(value) if ch.isprintable())
    return text if len(text) <= limit else text[:limit] + "…"


# A date filter's message for a date it cannot read.
INVALID_DATE = _("Enter a date as year-month-day, such as 2022-02-26.")

# The project's templates, where the public pages' Jinja2 ones (templates/forms/) draw the lists'
# filter forms: Django's own widget templates took several times longer, and a list page's form
# has a dozen fields.
PAGE_TEMPLATES = TemplatesSetting()


class PageTemplateWidget:
    """A widget drawn by its Jinja2 template in templates/forms/, whatever its form's renderer."""

    def render(self, name, value, attrs=None, renderer=None):
        return super().render(name, value, attrs, PAGE_TEMPLATES)


class PageTemplateInput(PageTemplateWidget):
    """An <input> drawn by templates/forms/input.html. A NUL in what was asked (refused with
    its message) is not written back into the page, where HTML allows none."""

    template_name = "forms/input.html"

    def format_value(self, value):
        value = super().format_value(value)
        return value.replace("\x00", "") if isinstance(value, str) else value


class FilterTextInput(PageTemplateInput, forms.TextInput):
    pass


class FilterDateInput(PageTemplateInput, forms.DateInput):
    pass


class CountryField(forms.ModelChoiceField):
    """A country given by slug, ISO code or name (`donor=sweden`, `donor=SE`, `donor=Sweden`).

    The list offers the countries with data in the filter's role; any country can be asked for.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        country = Country.objects.find(str(value))
        if country is None:
            raise ValidationError(
                _(
                    "There is no country “%(value)s”: give its name (United States), its "
                    "two-letter ISO code (US) or the name in its address (united-states)."
                ),
                code="invalid_choice",
                params={"value": printable(value)},
            )
        return country

    def validate(self, value):
        forms.Field.validate(self, value)


class CountryFilter(django_filters.ModelChoiceFilter):
    field_class = CountryField

    def __init__(self, *args, listed: Q, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", ANY)
        super().__init__(*args, queryset=Country.objects.filter(listed), **kwargs)


class AmountField(forms.DecimalField):
    """An amount as people write it: "1000000", "1,000,000" or "1 000 000"."""

    widget = FilterTextInput(attrs={"inputmode": "decimal"})
    default_error_messages = {
        "invalid": _("Enter an amount in figures, such as 1000000 or 1,000,000."),
    }

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(",", "").replace(" ", "").replace("\u00a0", "")
        return super().to_python(value)


class AmountFilter(django_filters.NumberFilter):
    field_class = AmountField


class CurrencyField(django_filters.fields.ChoiceField):
    """Lists the currencies pledges are stated in; accepts any ISO 4217 code."""

    def valid_value(self, value):
        return value in CURRENCIES


def currencies_in_use():
    used = (
        CountryTotal.objects.exclude(currency="")
        .values_list("currency", flat=True)
        .distinct()
        .order_by("currency")
    )
    return [(code, CURRENCY_CHOICES_BY_CODE[code]) for code in used]


class CurrencyFilter(django_filters.ChoiceFilter):
    field_class = CurrencyField


def date_filter(field_name: str, lookup_expr: str, label: str) -> django_filters.DateFilter:
    """A date filter that reads only ISO dates (2022-02-26), which cannot be misread."""
    return django_filters.DateFilter(
        field_name=field_name,
        lookup_expr=lookup_expr,
        label=label,
        input_formats=["%Y-%m-%d"],
        widget=FilterDateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": INVALID_DATE},
    )


class FilterSelect(PageTemplateWidget, forms.Select):
    """A <select> drawn by one template (templates/forms/select.html) from its options' HTML.

    Country lists have 250 options; Django's own widget draws each through a template of its
    own, which took most of a list page's time. The options are written as HTML once for each
    version of the data and language (`FilterForm.remembered`), and each page only marks the
    chosen ones.
    """

    template_name = "forms/select.html"
    options_from = None  # a function giving the options' HTML, called when the list is shown

    def get_context(self, name, value, attrs):
        options = self.options_from() if self.options_from is not None else self.choices
        if not isinstance(options, str):
            options = options_html(options)
        return {
            "widget": {
                "name": name,
                "attrs": self.build_attrs(self.attrs, attrs),
                "options": chosen_marked(options, self.format_value(value)),
            }
        }


def options_html(options) -> str:
    """(value, label) pairs as the <option> tags of a list, none of them chosen."""
    return "".join(
        f'<option value="{escape(value)}">{escape(label)}</option>' for value, label in options
    )


def chosen_marked(options: str, chosen) -> Markup:
    """The options' HTML (from options_html) with the options of the `chosen` values selected."""
    for value in set(chosen):
        tag = f'<option value="{escape(value)}">'
        options = options.replace(tag, f"{tag[:-1]} selected>")
    return Markup(options)


class FilterBoundField(forms.BoundField):
    @property
    def label_text(self) -> str:
        """The label as Django writes it, with the form's suffix unless it ends in punctuation
        ("Donor:", "Lethal or not?"); templates/includes/filter_form.html puts it in its tag."""
        label, suffix = str(self.label), self.form.label_suffix
        if suffix and label and label[-1] not in ":?.!":
            label += suffix
        return label

    @property
    def notice(self) -> str:
        """Why the field's choice is not applied as given, where the list is shown all the same."""
        return self.form.notices.get(self.name, "")


def _countries_in_language(rows) -> list[tuple]:
    """(value, name, code) rows of countries as (value, label) options, each named in the page's
    language and, in a language other than English, put in the order of those names."""
    named = [(value, formatting.country_name(name, code)) for value, name, code in rows]
    if formatting.page_locale() is not None:
        named.sort(key=lambda option: option[1].casefold())
    return named


class ListForm(forms.Form):
    """A list's filter form, as its page's template (templates/includes/filter_form.html) writes
    it: each field's label as text, and beside it any notice (FilterForm's)."""

    bound_field_class = FilterBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices = {}


class FilterForm(ListForm):
    """A list's filter form, of a list with dates.

    It refuses a date range that ends before it starts, or that is asked of records with no
    stated date; writes each country as its slug, so that the form shows the country however it
    was asked for; and marks each field in error (or with a notice) so that screen readers
    announce the message with the field.
    """

    range_fields: tuple[str, str]  # the date filters
    known_field: str  # the filter choosing records with or without a date

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if type(field.widget) is forms.Select:
                field.widget = FilterSelect(attrs=field.widget.attrs)
                self._list_choices(name, field)

    @cached_property
    def pages_version(self) -> int:
        return pages_version()

    def remembered(self, name: str, compute) -> str:
        """A list's options as HTML (see `options_html`), written once for each version of the
        data (see pledges.versions) and language."""
        name = f"{translation.get_language()}:{type(self).__name__}:{name}"
        key = f"filter-choices:{self.pages_version}:{hashlib.sha256(name.encode()).hexdigest()}"
        return cache.get_or_set(key, lambda: options_html(compute()), 3600)

    def _list_choices(self, name: str, field, added=None) -> None:
        """Give the field's list its options, read (as value and label only) once for each version
        of the data, when the list is shown; `added` is a country the list gains for this page.
        Countries are named in the page's language."""
        if isinstance(field, forms.ModelChoiceField):
            label = LABELS[field.queryset.model]
            pairs = field.queryset.order_by(label).values_list(field.to_field_name or "pk", label)
            options = list
            if field.queryset.model is Country:
                pairs = pairs.values_list(field.to_field_name or "pk", label, "iso_code")
                options = _countries_in_language
            field.widget.options_from = lambda: self.remembered(
                f"{name}:{added}", lambda: [("", field.empty_label), *options(pairs)]
            )
        else:
            field.widget.choices = field.choices

    def clean(self):
        cleaned = super().clean()
        self.check_date_range(cleaned)
        self.write_countries_as_slugs(cleaned)
        return cleaned

    def check_date_range(self, cleaned: dict) -> None:
        """Refuse a range that ends before it starts, or that is asked of undated records."""
        start, end = (cleaned.get(name) for name in self.range_fields)
        if start and end and start > end:
            self.add_error(self.range_fields[1], _("This date is before the start of the range."))
        if cleaned.get(self.known_field) == UNKNOWN and (start or end):
            self.add_error(
                self.known_field,
                _(
                    "Those with no stated date cannot fall between dates: clear the dates, or "
                    "choose “Any” here."
                ),
            )

    def write_countries_as_slugs(self, cleaned: dict) -> None:
        """Show each country chosen by its slug, and in its list, however it was asked for."""
        for name, field in self.fields.items():
            country = cleaned.get(name)
            if isinstance(field, CountryField) and country is not None:
                self.data = self.data.copy()
                self.data[name] = country.slug
                field.queryset = field.queryset | Country.objects.filter(pk=country.pk)
                self._list_choices(name, field, added=country.pk)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}_error"}
                )

    def add_notice(self, name: str, message: str) -> None:
        """Say beside the field why its choice is not applied, while the list is still shown."""
        self.notices[name] = message
        self.fields[name].widget.attrs["aria-describedby"] = f"id_{name}_notice"


class PledgeFilterForm(FilterForm):
    range_fields = ("announced_after", "announced_before")
    known_field = "announced"
    value_fields = ("currency", "amount_min", "amount_max")  # what only a stated value meets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Lists the currencies pledges are stated in, when the list is shown.
        self.fields["currency"].widget.options_from = lambda: self.remembered(
            "currencies", lambda: [("", ANY), *currencies_in_use()]
        )

    def clean(self):
        cleaned = super().clean()
        self.check_amounts(cleaned)
        self.check_unstated_value(cleaned)
        self.check_match_order(cleaned)
        return cleaned

    def check_amounts(self, cleaned: dict) -> None:
        """Refuse a range of amounts that ends below its start, or that names no currency."""
        low, high = cleaned.get("amount_min"), cleaned.get("amount_max")
        if low is not None and high is not None and low > high:
            self.add_error("amount_max", _("The maximum is below the minimum."))
        compares_value = low is not None or high is not None
        if compares_value and not cleaned.get("currency") and "currency" not in self.errors:
            self.add_error(
                "currency",
                _(
                    "Choose the currency of the value: amounts in different currencies cannot "
                    "be compared."
                ),
            )

    def check_unstated_value(self, cleaned: dict) -> None:
        """Refuse a currency or amount asked of the pledges that state no value."""
        if cleaned.get("value") != UNKNOWN:
            return
        if any(cleaned.get(name) not in EMPTY for name in self.value_fields):
            self.add_error(
                "value",
                _(
                    "Pledges with no stated value have no currency or amount: clear those, or "
                    "choose “Any” here."
                ),
            )

    def check_match_order(self, cleaned: dict) -> None:
        """Order by best match only when searching words; else newest first, with a notice."""
        if cleaned.get("sort") == "match" and not cleaned.get("q"):
            cleaned["sort"] = ""
            self.add_notice(
                "sort",
                _(
                    "Give words to search to order by best match. Until then the list is shown "
                    "newest first."
                ),
            )


# Sort keys offered in the query string (`sort=-announced`), each a stable, total ordering. Those
# over all pledges are read in the order of an index (see Pledge.Meta.indexes).
PLEDGE_SORTS = {
    "-announced": (_("Newest first"), [F("announced_on").desc(nulls_last=True)]),
    "announced": (_("Oldest first"), [OLDEST_FIRST]),
    "donor": (_("Donor A–Z"), ["donor__name", F("announced_on").desc(nulls_last=True)]),
    "-donor": (_("Donor Z–A"), ["-donor__name", F("announced_on").desc(nulls_last=True)]),
    "recipient": (_("Recipient A–Z"), ["recipient__name", F("announced_on").desc(nulls_last=True)]),
    "-recipient": (
        _("Recipient Z–A"),
        ["-recipient__name", F("announced_on").desc(nulls_last=True)],
    ),
    # Values are ranked by their value in US dollars at the ECB's rate for each pledge's date
    # (Pledge.value_usd), whatever their currency; pledges without one are not ranked (the list
    # says how many, and links to them). Read in the order of the dollar-value index.
    "-value": (_("Value in US dollars, largest first"), [F("value_usd").desc()]),
    "value": (_("Value in US dollars, smallest first"), [F("value_usd").asc(), F("id").asc()]),
    # The order of a search (words in `q`) unless another is chosen: the most relevant first.
    "match": (_("Best match first (when searching words)"), ["-search_rank"]),
}


@dataclass
class Unplaced:
    """Records that a list's date or value filter leaves out, or its order places apart, because
    they state no date or value; `url` lists them. The view counts them (`count`, `capped`).

    `reason` is "date_filter" or "value_filter" (left out), "date_order" (listed after the
    dated ones) or "value_rank" (not ranked; `ranking` says how the others are).
    """

    reason: str
    records: QuerySet
    url: str
    ranking: str = ""
    count: int = 0
    capped: bool = False


def search_filter(label: str) -> django_filters.CharFilter:
    return django_filters.CharFilter(
        method="search", label=label, max_length=MAX_TEXT, widget=FilterTextInput
    )


def known_filter(label: str, method: str) -> django_filters.ChoiceFilter:
    return django_filters.ChoiceFilter(
        choices=KNOWN_CHOICES, method=method, label=label, empty_label=ANY
    )


class FreshFields(dict):
    """A form's fields made for that one form, which it need not copy as it is made."""

    def __deepcopy__(self, memo):
        return FreshFields(self)


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet without its two deep copies for each list shown: the filters
    are copied shallowly (a filter keeps nothing of a request but its field, made afresh for
    each copy), and the form, whose class and fields are made for this filter set alone, uses
    those fields as they are. About 6% of a list page's time went to the copies (their choices
    lists and querysets)."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, declared in self.base_filters.items():
            filter_ = copy.copy(declared)
            vars(filter_).pop("_field", None)
            filter_.extra = dict(declared.extra)  # a model choice filter writes its queryset in
            filter_.method = declared.method  # a filter method bound to the copy, not to `declared`
            filter_.model, filter_.parent = queryset.model, self
            self.filters[name] = filter_

    def get_form_class(self):
        form_class = super().get_form_class()
        if not self._meta.form.base_fields:  # no field shared with other forms
            form_class.base_fields = FreshFields(form_class.base_fields)
        return form_class


class ListFilterSet(FilterSet):
    """A list's filters, which also tell what they cannot place (`unplaced()`): the records with
    no stated date that its date filters leave out or its date order lists last."""

    date_sorts = ("",)  # the sort keys that order by date; "" is the default order
    # The note beside the words when a search finds too many records to rank: "n" picks the
    # plural, "count" is the number as written.
    too_many_to_rank = None

    ranked = True  # False when a search found too many records to rank (search.RANKED_AT_MOST)
    search_count = None  # a search's matches, counted up to search.RANKED_AT_MOST + 1

    def search(self, queryset, name, words):
        """Records holding every word, best match first unless another order is chosen (the
        sort filter, applied after this one, replaces the order) or there are too many to rank:
        then newest first, with a note beside the words saying so."""
        if self.search_count is not None:  # the records filtered again, to count those unplaced
            return search.match(queryset, words, many=self.search_count > search.RANKED_AT_MOST)
        # Every filter but the order is declared before `q`, so these are the list's records:
        # their count (bounded) decides the order and serves the list's paginator as well.
        self.search_count = search.bounded_count(queryset, words)
        matches = search.match(queryset, words, many=self.search_count > search.RANKED_AT_MOST)
        if self.chosen().get("sort", "match") != "match":
            return matches
        if self.search_count <= search.RANKED_AT_MOST:
            return search.best_first(matches, words)
        self.ranked = False
        self.form.add_notice(
            "q",
            self.too_many_to_rank
            % {"n": search.RANKED_AT_MOST, "count": formatting.number(search.RANKED_AT_MOST)},
        )
        return matches.order_by(*self._meta.model._meta.ordering)

    def effective_sort(self) -> str:
        """The order the list is shown in: words to search order it by relevance ("match")
        unless another order is chosen, or the matches were too many to rank."""
        chosen = self.chosen()
        if "q" in chosen and chosen.get("sort", "") in ("", "match"):
            return "match" if self.ranked else ""
        return chosen.get("sort", "")

    def chosen(self) -> dict:
        """The filters in use, as the form cleaned them."""
        if not self.is_bound:
            return {}
        return {name: value for name, value in self.form.cleaned_data.items() if value not in EMPTY}

    def elsewhere(self, drop: set, **choose: str) -> tuple[QuerySet, str]:
        """The records the filters select with the filters `drop` left out and `choose` chosen,
        and the address of the list of them: the link shows exactly the records counted."""
        chosen = {name: value for name, value in self.chosen().items() if name not in drop}
        records = self.queryset.all()
        for name, value in {**chosen, **choose}.items():
            if name != "sort":
                records = self.filters[name].filter(records, value)
        query = QueryDict(mutable=True)
        for name, values in self.form.data.lists():
            if name in chosen and name not in choose and name != "sort":
                query.setlist(name, values)
        if "sort" in chosen:  # as applied: a sort refused is not passed on
            query["sort"] = chosen["sort"]
        query.update(choose)
        return records, f"?{query.urlencode()}"

    def unplaced(self) -> list[Unplaced]:
        if self.is_bound and not self.is_valid():
            return []
        form = self._meta.form
        chosen = self.chosen()
        by_date = self.effective_sort() in self.date_sorts
        unknown = {form.known_field: UNKNOWN}
        drop_sort = {"sort"} if by_date else set()
        if any(name in chosen for name in form.range_fields):
            records, url = self.elsewhere({*form.range_fields, *drop_sort}, **unknown)
            return [Unplaced("date_filter", records, url)]
        if by_date and form.known_field not in chosen:
            records, url = self.elsewhere(drop_sort, **unknown)
            return [Unplaced("date_order", records, url)]
        return []

    def filter_date_known(self, queryset, name, known):
        return queryset.dated() if known == KNOWN else queryset.undated()


class PledgeFilter(ListFilterSet):
    donor = CountryFilter(listed=Q(pledges_given_count__gt=0), label=_("Donor"))
    recipient = CountryFilter(listed=Q(pledges_received_count__gt=0), label=_("Recipient"))
    category = django_filters.ChoiceFilter(
        choices=Category.choices, empty_label=ANY, label=_("Category")
    )
    status = django_filters.ChoiceFilter(
        choices=Status.choices, empty_label=ANY, label=_("Stage (the latest)")
    )
    announced_after = date_filter("announced_on", "gte", _("Announced on or after"))
    announced_before = date_filter("announced_on", "lte", _("Announced on or before"))
    announced = known_filter(_("Announcement date"), "filter_date_known")
    item = django_filters.ModelChoiceFilter(
        queryset=ItemType.objects.all(), to_field_name="slug", method="filter_item",
        label=_("Item type"), empty_label=ANY,
    )  # fmt: skip
    currency = CurrencyFilter(
        choices=[], empty_label=ANY, label=_("Currency"), method="filter_currency"
    )
    amount_min = AmountFilter(
        field_name="amount", lookup_expr="gte", label=_("Value at least"), min_value=0,
        max_digits=18, decimal_places=2,
    )  # fmt: skip
    amount_max = AmountFilter(
        field_name="amount", lookup_expr="lte", label=_("Value at most"), min_value=0,
        max_digits=18, decimal_places=2,
    )  # fmt: skip
    value = known_filter(_("Value"), "filter_value_known")
    converted = django_filters.ChoiceFilter(
        choices=CONVERTED_CHOICES, method="filter_converted", label=_("Value in US dollars"),
        empty_label=ANY,
    )  # fmt: skip
    source = django_filters.ModelChoiceFilter(
        queryset=Source.objects.all(), empty_label=ANY, label=_("Source")
    )
    q = search_filter(_("Words in the description, items or figure words"))
    sort = django_filters.ChoiceFilter(
        choices=[(key, label) for key, (label, _order) in PLEDGE_SORTS.items()],
        method="sort_by", label=_("Sort"), empty_label=None,
        error_messages={"invalid_choice": _("There is no sort “%(value)s”: choose one listed.")},
    )  # fmt: skip

    too_many_to_rank = ngettext_lazy(
        "More than %(count)s pledge holds these words: too many to rank by best match, so they "
        "are listed newest first. Add words to narrow the search.",
        "More than %(count)s pledges hold these words: too many to rank by best match, so they "
        "are listed newest first. Add words to narrow the search.",
        "n",
    )

    class Meta:
        model = Pledge
        fields = []
        form = PledgeFilterForm

    date_sorts = ("", "-announced", "announced")

    def known_total(self) -> int | None:
        """How many pledges the filters select, from the precomputed figures, when they select
        every pledge or one country's given or received; None when they must be counted."""
        if self.is_bound and not self.is_valid():
            return None
        data = self.form.cleaned_data if self.is_bound else {}
        narrowing = self.narrowing(data)
        if not narrowing:
            return Source.objects.record_totals()["pledges"]
        if len(narrowing) == 1:
            (name,) = narrowing
            if name in COUNTED_BY_COUNTRY:
                return getattr(data[name], COUNTED_BY_COUNTRY[name])
        return None

    @staticmethod
    def narrowing(data: dict) -> set[str]:
        """The filters that narrow the list: all those chosen but the order, and "converted" for a
        value ranking, which lists only the pledges it can rank."""
        chosen = {name for name, value in data.items() if name != "sort" and value not in EMPTY}
        if data.get("sort") in VALUE_SORTS:
            chosen.add("converted")
        return chosen

    def unplaced(self) -> list[Unplaced]:
        """Also the pledges with no stated value, which value filters leave out and a value
        ranking cannot rank."""
        notes = super().unplaced()
        if self.is_bound and not self.is_valid():
            return notes
        chosen = self.chosen()
        sort = chosen.get("sort", "")
        if sort in VALUE_SORTS:
            records, url = self.elsewhere({"sort", "converted"}, converted=UNKNOWN)
            ranking = gettext("largest first") if sort == "-value" else gettext("smallest first")
            return [Unplaced("value_rank", records, url, ranking=ranking), *notes]
        value_fields = self._meta.form.value_fields
        if any(name in chosen for name in value_fields):
            records, url = self.elsewhere(set(value_fields), value=UNKNOWN)
            return [*notes, Unplaced("value_filter", records, url)]
        return notes

    def filter_currency(self, queryset, name, code):
        # Only valued pledges have a currency: saying so lets the value indexes (which lead with
        # "no value") read one currency's pledges as one stretch, to count or rank them.
        return queryset.valued().filter(currency=code)

    def filter_value_known(self, queryset, name, known):
        return queryset.valued() if known == KNOWN else queryset.unvalued()

    def filter_converted(self, queryset, name, known):
        return queryset.filter(value_usd__isnull=known != KNOWN)

    def filter_item(self, queryset, name, item_type):
        return queryset.filter(
            Exists(AidItem.objects.filter(pledge=OuterRef("pk"), item_type=item_type))
        )

    def sort_by(self, queryset, name, key):
        if key == "match" and not self.ranked:
            return queryset  # too many matches to rank: newest first, as the note says
        if key in VALUE_SORTS:  # only those with a value in dollars are ranked
            queryset = queryset.filter(value_usd__isnull=False)
        # The id last makes the order total, so that pages neither repeat nor skip a pledge.
        return queryset.order_by(*PLEDGE_SORTS[key][1], "-id")


# How far a sanction's recorded dates take it (Sanction.state).
SANCTION_STATES = [
    ("announced", _("Announced, no date in force recorded")),
    ("in_force", _("In force, not lifted")),
    ("lifted", _("Lifted")),
]


class SanctionFilterForm(FilterForm):
    range_fields = ("imposed_after", "imposed_before")
    known_field = "imposed"


class SanctionFilter(ListFilterSet):
    imposer = CountryFilter(listed=Q(sanctions_imposed_count__gt=0), label=_("Imposed by"))
    target = CountryFilter(listed=Q(sanctions_received_count__gt=0), label=_("Target country"))
    measure = django_filters.ChoiceFilter(
        choices=Measure.choices, empty_label=ANY, label=_("Measure")
    )
    target_kind = django_filters.ChoiceFilter(
        choices=TargetKind.choices, empty_label=ANY, label=_("Kind of target")
    )
    imposed_after = date_filter("imposed_on", "gte", _("Imposed on or after"))
    imposed_before = date_filter("imposed_on", "lte", _("Imposed on or before"))
    imposed = known_filter(_("Start date"), "filter_date_known")
    state = django_filters.ChoiceFilter(
        choices=SANCTION_STATES, empty_label=ANY, label=_("In force or lifted"),
        method="filter_state",
    )  # fmt: skip
    in_force_on = django_filters.DateFilter(
        label=_("In force on"),
        method="filter_in_force_on",
        input_formats=["%Y-%m-%d"],
        widget=FilterDateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": INVALID_DATE},
    )
    source = django_filters.ModelChoiceFilter(
        queryset=Source.objects.all(), empty_label=ANY, label=_("Source")
    )
    q = search_filter(_("Words in the description, measure or named targets"))

    too_many_to_rank = ngettext_lazy(
        "More than %(count)s sanction holds these words: too many to rank by best match, so "
        "they are listed newest first. Add words to narrow the search.",
        "More than %(count)s sanctions hold these words: too many to rank by best match, so "
        "they are listed newest first. Add words to narrow the search.",
        "n",
    )

    def filter_state(self, queryset, name, state):
        if state == "lifted":
            return queryset.filter(ended_on__isnull=False)
        if state == "in_force":
            return queryset.filter(in_force_on__isnull=False, ended_on__isnull=True)
        return queryset.filter(in_force_on__isnull=True, ended_on__isnull=True)

    def filter_in_force_on(self, queryset, name, day):
        """In force that day by the dates the sources give: in force on or before it, and not
        lifted by then. A sanction with no date in force is not placed."""
        return queryset.filter(in_force_on__lte=day).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gt=day)
        )

    class Meta:
        model = Sanction
        fields = []
        form = SanctionFilterForm


class StageFilter(FilterSet):
    """The stages of pledges: of one stage, by a donor or to a recipient, dated in a span."""

    stage = django_filters.ChoiceFilter(choices=Status.choices, empty_label=ANY, label=_("Stage"))
    donor = CountryFilter(
        listed=Q(pledges_given_count__gt=0), label=_("Donor"), field_name="pledge__donor"
    )
    recipient = CountryFilter(
        listed=Q(pledges_received_count__gt=0),
        label=_("Recipient"),
        field_name="pledge__recipient",
    )
    after = date_filter("occurred_on", "gte", _("On or after"))
    before = date_filter("occurred_on", "lte", _("On or before"))

    class Meta:
        model = PledgeEvent
        fields = []
        form = ListForm


class FactFilter(FilterSet):
    """The facts list: those about a country or concerning it (Poland's refugees from Ukraine
    are listed under both), and of one kind."""

    country = CountryFilter(listed=Q(facts_count__gt=0), label=_("Country"), method="concerning")
    # Translators: the facts list's filter by the kind of fact (a figure about people, a policy).
    kind = django_filters.ChoiceFilter(choices=FactKind.choices, empty_label=ANY, label=_("What"))
    q = search_filter(_("Words in the description or figure words"))

    class Meta:
        model = Fact
        fields = []
        form = ListForm

    search_count = None  # as ListFilterSet's

    def search(self, queryset, name, words):
        # `q` is the last filter, as in ListFilterSet
        self.search_count = search.bounded_count(queryset, words)
        if self.search_count <= search.RANKED_AT_MOST:
            return search.best_first(search.match(queryset, words), words)
        return search.match(queryset, words, many=True)

    def concerning(self, queryset, name, country):
        return queryset.concerning(country)


class ChangeFilter(FilterSet):
    """The changes to published records that concern one country."""

    country = CountryFilter(
        listed=Q(pledges_given_count__gt=0) | Q(pledges_received_count__gt=0)
        | Q(sanctions_imposed_count__gt=0) | Q(sanctions_received_count__gt=0)
        | Q(facts_count__gt=0),
        label=_("Country"),
        method="concerning",
    )  # fmt: skip

    class Meta:
        model = Change
        fields = []
        form = ListForm

    def concerning(self, queryset, name, country):
        return queryset.concerning(country)
