"""The editors' admin: where pledges, aid items, sanctions, facts and sources are entered and
corrected.

Pledges, aid items, sanctions, facts and sources keep their history: each record's History page
lists every change, who made it, when, and each field's old and new value.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from pledges.models import (
    AidItem,
    Country,
    Fact,
    ItemType,
    Pledge,
    Sanction,
    SanctionTarget,
    Source,
)


class SafeAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete widget, which fails when a form comes back with a value that is not
    an id (a tampered or garbled form): here such a value is shown as no choice, and the field
    says it is not valid."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        target = remote.model._meta.get_field(getattr(remote, "field_name", "pk") or "pk")
        valid = []
        for item in value:
            try:
                # Converts, and checks the range too: a number past what the column holds
                # would fail in the database.
                target.run_validators(target.to_python(item))
            except ValidationError:
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class SafeAutocompleteMixin:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


PROVENANCE = (
    "Provenance",
    {
        "description": "Where the source states this: every figure must trace back to it.",
        "fields": ["source", "paragraph", "quote", "reading_note", "reference"],
    },
)
READING_CHOICES = [
    ("stated", "Stated by the source"),
    ("read", "Read: an interpretation of the source's words"),
    ("derived", "Worked out from the source's words"),
]


class StatementForm(forms.ModelForm):
    """A statement's form, where each value that can be read or worked out has its own choice
    (stated, read, worked out) instead of `readings` to type as JSON. Made per model by
    `statement_form`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        readings = self.instance.readings or {}
        for name in self._meta.model.readable:
            self.fields[f"reading_{name}"].initial = readings.get(name, "stated")

    def clean(self):
        cleaned = super().clean()
        self.instance.readings = {
            name: cleaned[f"reading_{name}"]
            for name in self._meta.model.readable
            if cleaned.get(f"reading_{name}") not in ("", None, "stated")
        }
        return cleaned

    def _update_errors(self, errors):
        # The model reports a reading of an empty value under `readings`, not a field here.
        if hasattr(errors, "error_dict") and "readings" in errors.error_dict:
            errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(
                errors.error_dict.pop("readings")
            )
        super()._update_errors(errors)


def statement_form(model) -> type[StatementForm]:
    """The form of `model`'s admin, with a choice of basis for each of its readable values."""
    choices = {
        f"reading_{name}": forms.ChoiceField(
            label=str(model._meta.get_field(name).verbose_name).capitalize(),
            choices=READING_CHOICES,
            initial="stated",
            required=False,  # left out: stated
        )
        for name in model.readable
    }
    meta = type("Meta", (), {"model": model, "exclude": ["readings"]})
    return type(f"{model.__name__}Form", (StatementForm,), {**choices, "Meta": meta})


def readings_fieldset(model) -> tuple:
    return (
        "Stated, read or worked out",
        {
            "description": "For each value: does the source state it, or is it read or worked "
            "out? The reading note says how. A date says so by its precision.",
            "fields": [f"reading_{name}" for name in model.readable],
        },
    )


RECORD_TIMES = ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]})


class PermanentSlugMixin:
    """A slug is part of public URLs that people link to: it is set once, then never changed."""

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        return [*readonly, "slug"] if obj else readonly

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else super().get_prepopulated_fields(request, obj)


@admin.register(Country)
class CountryAdmin(PermanentSlugMixin, admin.ModelAdmin):
    list_display = ["name", "iso_code", "kind", "slug", "pledges_given_count",
                    "pledges_received_count", "sanctions_imposed_count",
                    "sanctions_received_count", "facts_count"]  # fmt: skip
    list_filter = ["kind"]
    search_fields = ["name", "iso_code", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    # An address typed without its scheme is taken as https://, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "publisher", "authors", "published_on"]
    search_fields = ["title", "publisher", "authors", "reference"]
    prepopulated_fields = {"reference": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "publisher", "authors", "contributors", "url"]}),
        ("Publication date", {"fields": ["published_on", "published_precision", "published_note"]}),
        ("Reading", {"fields": ["notes", "reference"]}),
        RECORD_TIMES,
    ]


@admin.register(ItemType)
class ItemTypeAdmin(PermanentSlugMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "lethal"]
    list_filter = ["lethal"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class AidItemInline(SafeAutocompleteMixin, admin.TabularInline):
    model = AidItem
    extra = 0
    autocomplete_fields = ["item_type"]
    fields = ["item_type", "name", "quantity", "unit", "paragraph", "quote"]


@admin.register(Pledge)
class PledgeAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = statement_form(Pledge)
    list_display = ["__str__", "donor", "recipient", "category", "status", "value", "announced"]
    list_select_related = ["donor", "recipient"]
    # The hierarchy's years and months come from the date index (PledgeQuerySet.dates).
    date_hierarchy = "announced_on"
    list_filter = [
        "category",
        "status",
        "lethality",
        ("announced_on", admin.DateFieldListFilter),
        "announced_precision",
    ]
    search_fields = ["description", "quote", "reference", "donor__name", "recipient__name"]
    show_full_result_count = False
    autocomplete_fields = ["donor", "recipient", "source"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [AidItemInline]
    fieldsets = [
        (
            None,
            {"fields": ["donor", "recipient", "category", "lethality", "status", "description"]},
        ),
        (
            "Value",
            {
                "description": "As the source states it; leave both empty if it gives none.",
                "fields": ["amount", "currency"],
            },
        ),
        ("Date announced", {"fields": ["announced_on", "announced_precision", "announced_as"]}),
        PROVENANCE,
        readings_fieldset(Pledge),
        RECORD_TIMES,
    ]

    def save_related(self, request, form, formsets, change):
        # With its items saved, military aid the source does not call lethal or not is read
        # from them (docs/data-files.md, "Lethality").
        super().save_related(request, form, formsets, change)
        pledge = form.instance
        if pledge.apply_lethality_rule():
            pledge.save(update_fields=["lethality", "readings", "updated_at"])

    @admin.display(description="value", ordering="amount")
    def value(self, pledge):
        return pledge.value_display

    @admin.display(description="announced", ordering="announced_on")
    def announced(self, pledge):
        return pledge.date_display


@admin.register(AidItem)
class AidItemAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    list_display = ["name", "item_type", "quantity", "unit", "pledge"]
    list_select_related = ["item_type", "pledge__donor", "pledge__recipient"]
    list_filter = ["item_type"]
    search_fields = ["name", "item_type__name", "quote"]
    ordering = ["-id"]  # newest first, read in the order of the primary key
    show_full_result_count = False
    autocomplete_fields = ["pledge", "item_type"]


@admin.register(SanctionTarget)
class SanctionTargetAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    """Named targets are entered with their sanction; this list finds a name across them all."""

    list_display = ["name", "sanction"]
    list_select_related = ["sanction__imposer", "sanction__target"]
    search_fields = ["name"]
    ordering = ["-id"]
    show_full_result_count = False
    autocomplete_fields = ["sanction"]


class SanctionTargetInline(SafeAutocompleteMixin, admin.TabularInline):
    model = SanctionTarget
    extra = 0


@admin.register(Sanction)
class SanctionAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = statement_form(Sanction)
    list_display = ["__str__", "imposer", "target", "measure", "target_kind", "targets_count",
                    "start"]  # fmt: skip
    list_select_related = ["imposer", "target"]
    date_hierarchy = "imposed_on"
    list_filter = [
        "measure",
        "target_kind",
        ("imposed_on", admin.DateFieldListFilter),
        "imposed_precision",
    ]
    search_fields = ["description", "quote", "reference", "imposer__name", "target__name"]
    show_full_result_count = False
    autocomplete_fields = ["imposer", "target", "source"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [SanctionTargetInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "imposer",
                    "target",
                    "measure",
                    "target_kind",
                    "targets_count",
                    "description",
                ]
            },
        ),
        ("Dates", {"fields": ["imposed_on", "imposed_precision", "imposed_as", "lifted_on"]}),
        PROVENANCE,
        readings_fieldset(Sanction),
        RECORD_TIMES,
    ]

    @admin.display(description="start", ordering="imposed_on")
    def start(self, sanction):
        return sanction.date_display


@admin.register(Fact)
class FactAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = statement_form(Fact)
    list_display = ["__str__", "country", "about", "kind", "figure", "as_of"]
    list_select_related = ["country", "about"]
    list_filter = ["kind"]
    search_fields = ["description", "quote", "reference", "country__name", "about__name"]
    show_full_result_count = False
    autocomplete_fields = ["country", "about", "source"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["country", "about", "kind", "description"]}),
        (
            "Figure",
            {
                "description": "Where the source gives a number; leave empty if it gives none.",
                "fields": ["value", "qualifier", "unit"],
            },
        ),
        ("Date", {"fields": ["stated_on", "stated_precision", "stated_as"]}),
        PROVENANCE,
        readings_fieldset(Fact),
        RECORD_TIMES,
    ]

    @admin.display(description="figure", ordering="value")
    def figure(self, fact):
        return fact.value_display

    @admin.display(description="as of", ordering="stated_on")
    def as_of(self, fact):
        return fact.date_display
