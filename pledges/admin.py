"""The editors' admin: where pledges, aid items, sanctions, facts and sources are entered and
corrected.

Pledges, aid items, sanctions, facts and sources keep their history: each record's History page
lists every change, who made it, when, and each field's old and new value.
"""

import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from pledges import changes, reviewing
from pledges.intake import IntakeError
from pledges.models import (
    AidItem,
    Corroboration,
    Country,
    DatePrecision,
    DraftStatus,
    Fact,
    ItemType,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionDate,
    SanctionTarget,
    Source,
    SourceDraft,
)
from pledges.models.statements import quote_span


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
    gettext_lazy("Provenance"),
    {
        "description": gettext_lazy(
            "Where the source states this: every figure must trace back to it."
        ),
        "fields": ["source", "paragraph", "quote", "reading_note", "reference"],
    },
)
READING_CHOICES = [
    ("stated", gettext_lazy("Stated by the source")),
    ("read", gettext_lazy("Read: an interpretation of the source's words")),
    ("derived", gettext_lazy("Worked out from the source's words")),
]


def clean_reason(text: str | None) -> str:
    """An editor's reason as readers see it: its words, its white space folded."""
    return " ".join((text or "").split())


class ReasonedForm(forms.ModelForm):
    """The form of a published record, or of one of its parts: a change asks why it is made.
    The reason is shown to readers on the record's history and on /changes/ (pledges.changes),
    without the editor's name."""

    change_reason = forms.CharField(
        label=gettext_lazy("Reason for this change"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Required for a change to a published record. Shown to readers on the "
            "record's history page and on the list of changes; your name is not."
        ),
    )

    # A part of a record (an item, a named target, another source) entered on its own page
    # changes a published record: it asks for the reason too.
    reason_on_add = False

    def clean(self):
        cleaned = super().clean()
        reason = clean_reason(cleaned.get("change_reason"))
        changed = any(name != "change_reason" for name in self.changed_data)
        if (changed if self.instance.pk else self.reason_on_add) and not reason:
            self.add_error(
                "change_reason",
                _(
                    "Say why this published record is changed: readers see the reason on its "
                    "history."
                ),
            )
        cleaned["change_reason"] = reason
        self.instance._change_reason = reason
        return cleaned


class PartForm(ReasonedForm):
    reason_on_add = True


class StatementForm(ReasonedForm):
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


def _capitalized(field) -> str:
    """A field's name as a label: "Targets count"."""
    return str(field.verbose_name).capitalize()


# In the editor's language, when the form is drawn: the form is made when the admin is loaded.
capitalized_name = lazy(_capitalized, str)


def statement_form(model) -> type[StatementForm]:
    """The form of `model`'s admin, with a choice of basis for each of its readable values."""
    choices = {
        f"reading_{name}": forms.ChoiceField(
            label=capitalized_name(model._meta.get_field(name)),
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
        gettext_lazy("Stated, read or worked out"),
        {
            "description": gettext_lazy(
                "For each value: does the source state it, or is it read or worked "
                "out? The reading note says how. A date says so by its precision."
            ),
            "fields": [f"reading_{name}" for name in model.readable],
        },
    )


RECORD_TIMES = (
    # Translators: the title of the section with the times a record was entered and last changed.
    pgettext_lazy("fieldset", "Record"),
    {"fields": ["created_at", "updated_at"], "classes": ["collapse"]},
)
CHANGE_REASON = (
    # Translators: the title of the section asking for the reason of a change; the message
    # "Say why this published record is changed, in the “Why” section above" names it.
    gettext_lazy("Why"),
    {
        "description": gettext_lazy(
            "Readers see each change to a published record, and its reason."
        ),
        "fields": ["change_reason"],
    },
)


class ChangeReasonMixin:
    """The admin of a published kind of record: a change asks for its reason (StatementForm),
    which the history entries of the record and of its inline parts carry to pledges.changes.
    A change made only to the inline parts asks for it too."""

    form = ReasonedForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (name, {**options, "fields": [f for f in options["fields"] if f != "change_reason"]})
            for name, options in super().get_fieldsets(request, obj)
        ]
        asked = obj is not None or self.form.reason_on_add
        return [*fieldsets, CHANGE_REASON] if asked else fieldsets

    delete_confirmation_template = "admin/pledges/delete_with_reason.html"

    def get_actions(self, request):
        # Removing is one record at a time, each with its reason: no bulk deletion.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        if request.method == "POST" and not clean_reason(request.POST.get("change_reason")):
            # Asked again, with the reason that readers will see.
            extra_context = {
                **(extra_context or {}),
                "reason_error": _(
                    "Say why it is removed: readers see the reason on the list of changes."
                ),
            }
            request.POST = QueryDict()
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        obj._change_reason = clean_reason(request.POST.get("change_reason"))
        super().delete_model(request, obj)

    def save_model(self, request, obj, form, change):
        # A record entered, and saved again with its parts: not yet a change of anything.
        obj._entering = not change and not self.form.reason_on_add
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        reason = form.cleaned_data.get("change_reason", "")
        instances = formset.save(commit=False)
        changes.reasons_for([*instances, *formset.deleted_objects], reason)
        for instance in instances:
            instance._entering = not change
        for obj in formset.deleted_objects:
            obj.delete()
        for instance in instances:
            instance.save()
        formset.save_m2m()


class ReasonedInlineFormSet(forms.BaseInlineFormSet):
    """The parts of a published record (items, stages, named targets): changing them changes
    the record, so the change needs the reason its form asks for."""

    def clean(self):
        super().clean()
        if self.instance.pk is None:
            return
        changed = self.deleted_forms or any(
            form.has_changed() for form in self.forms if form not in self.deleted_forms
        )
        if changed and not clean_reason(self.data.get("change_reason")):
            raise ValidationError(
                _(
                    "Say why this published record is changed, in the “Why” section above: "
                    "readers see the reason on its history."
                )
            )


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


class UndecidedDraftsFilter(admin.SimpleListFilter):
    title = gettext_lazy("drafts to review")
    parameter_name = "undecided"

    def lookups(self, request, model_admin):
        return [("yes", _("Has undecided drafts")), ("no", _("No undecided drafts"))]

    def queryset(self, request, queryset):
        undecided = Exists(SourceDraft.objects.undecided().filter(source=OuterRef("pk")))
        if self.value() == "yes":
            return queryset.filter(undecided)
        if self.value() == "no":
            return queryset.filter(~undecided)
        return queryset


class SourceFromTextForm(forms.ModelForm):
    """A new source with its text, pasted or uploaded, for the intake to draft from."""

    url = forms.URLField(
        label=gettext_lazy("address of the original"),
        max_length=500,
        required=False,
        assume_scheme="https",
    )
    upload = forms.FileField(
        label=gettext_lazy("or a .txt file"),
        required=False,
        help_text=gettext_lazy("A plain-text file of the article, in UTF-8."),
    )
    save_anyway = forms.BooleanField(
        label=gettext_lazy("save anyway"),
        required=False,
        help_text=gettext_lazy(
            "Tick to save a source whose title or text is the same as one already saved."
        ),
    )

    class Meta:
        model = Source
        fields = ["title", "publisher", "authors", "url", "published_on", "published_precision",
                  "published_note", "text"]  # fmt: skip
        widgets = {"text": forms.Textarea(attrs={"rows": 20, "cols": 100})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = _(
            "Paste the article's text (HTML is reduced to its words), or upload it below."
        )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload:
            try:
                cleaned["text"] = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                self.add_error("upload", _("This file is not UTF-8 text: upload a .txt file."))
        elif not (cleaned.get("text") or "").strip():
            self.add_error("text", _("Paste the article's text, or upload it as a .txt file."))
        # A date given with its precision left "Not stated" is a day.
        if cleaned.get("published_on") and cleaned.get("published_precision") in (
            None,
            "",
            DatePrecision.UNKNOWN,
        ):
            cleaned["published_precision"] = DatePrecision.DAY
        if not cleaned.get("save_anyway") and not self.errors:
            same = self.same_source(cleaned.get("title"), cleaned.get("text"))
            if same is not None:
                self.add_error(
                    None,
                    format_html(
                        _(
                            'This source seems to be saved already: <a href="{url}">{title}</a>. '
                            "Tick “save anyway” to save it again."
                        ),
                        url=reverse("admin:pledges_source_change", args=[same.pk]),
                        title=same.title,
                    ),
                )
        return cleaned

    @staticmethod
    def same_source(title, text) -> Source | None:
        """A saved source with the same title (in any case) or the same text, if any."""
        from pledges.intake.text import plain_text  # the intake may read the models

        same = Q()
        if (title or "").strip():
            same |= Q(title__iexact=title.strip())
        # PostgreSQL's text holds no NUL: such a text is refused by the model's own checks. A
        # text of markup alone is empty, like a source that keeps no text: no match.
        plain = plain_text(text) if (text or "").strip() and "\x00" not in text else ""
        if plain.strip():
            same |= Q(text=plain)
        if not same:
            return None
        return Source.objects.filter(same).only("pk", "title").order_by("pk").first()


class DraftDataForm(forms.Form):
    """A draft's fields as JSON, for an editor to correct before accepting it."""

    drafted = forms.CharField(
        label=gettext_lazy("Drafted fields"),
        widget=forms.Textarea(attrs={"rows": 30, "cols": 100}),
        help_text=gettext_lazy(
            "The fields of the draft as JSON: correct them and save. Its paragraph, quote, "
            "flags and notes stay as the intake found them."
        ),
    )

    def clean_drafted(self):
        try:
            data = json.loads(self.cleaned_data["drafted"])
        except ValueError as error:
            message = _("This is not valid JSON: %(error)s") % {"error": error}
            raise ValidationError(message) from error
        if not isinstance(data, dict):
            raise ValidationError(_('Give a JSON object, such as {"donor": "Japan"}.'))
        problems = reviewing.draft_problems(data)
        if problems:
            raise ValidationError(problems)
        return data


def marked_paragraphs(source: Source, drafts) -> list[dict]:
    """The source's numbered paragraphs, each cut into pieces (words, draft): the words of each
    draft's quote with its draft, which the review page marks and links to, and the words
    between them with None."""
    by_paragraph: dict[int, list] = {}
    for draft in drafts:
        by_paragraph.setdefault(draft.paragraph, []).append(draft)
    rows = []
    for number, text in enumerate(source.paragraphs, start=1):
        spans = []
        for draft in by_paragraph.get(number, []):
            span = quote_span(text, draft.quote)
            if span and not any(span[0] < end and start < span[1] for start, end, _ in spans):
                spans.append((*span, draft))
        pieces, done = [], 0
        for start, end, draft in sorted(spans, key=lambda span: span[0]):
            pieces += [(text[done:start], None), (text[start:end], draft)]
            done = end
        pieces.append((text[done:], None))
        rows.append({"number": number, "pieces": pieces, "drafts": by_paragraph.get(number)})
    return rows


@admin.register(Source)
class SourceAdmin(SafeAutocompleteMixin, SimpleHistoryAdmin):
    # An address typed without its scheme is taken as https://, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "publisher", "authors", "published_on", "undecided_drafts"]
    list_filter = [UndecidedDraftsFilter]
    search_fields = ["title", "publisher", "authors", "reference"]
    prepopulated_fields = {"reference": ["title"]}
    readonly_fields = ["created_at", "updated_at", "review_link"]
    change_list_template = "admin/pledges/source/change_list.html"
    fieldsets = [
        (None, {"fields": ["title", "publisher", "authors", "contributors", "url"]}),
        (
            gettext_lazy("Publication date"),
            {"fields": ["published_on", "published_precision", "published_note"]},
        ),
        # Translators: the title of the section with the editors' notes on reading a source.
        (pgettext_lazy("fieldset", "Reading"), {"fields": ["notes", "reference"]}),
        (gettext_lazy("Text"), {"fields": ["text", "review_link"], "classes": ["collapse"]}),
        RECORD_TIMES,
    ]

    def get_queryset(self, request):
        undecided = Count("drafts", filter=Q(drafts__status=DraftStatus.UNDECIDED))
        # Texts of up to 1 MB each are read only where a page shows one.
        return super().get_queryset(request).defer("text").annotate(undecided=undecided)

    @admin.display(description=gettext_lazy("undecided drafts"), ordering="undecided")
    def undecided_drafts(self, source):
        if not source.undecided:
            return 0
        url = reverse("admin:pledges_source_review", args=[source.pk])
        return format_html('<a href="{}">{}</a>', url, source.undecided)

    @admin.display(description=gettext_lazy("drafts"))
    def review_link(self, source):
        if source.pk is None:
            return ""
        url = reverse("admin:pledges_source_review", args=[source.pk])
        return format_html('<a href="{}">{}</a>', url, _("Review the drafts from its text"))

    def get_urls(self):
        own = [
            path(
                "add-from-text/",
                self.admin_site.admin_view(self.add_from_text_view),
                name="pledges_source_add_from_text",
            ),
            path(
                "<path:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name="pledges_source_review",
            ),
            path(
                "<path:object_id>/review/<int:draft_id>/edit/",
                self.admin_site.admin_view(self.edit_draft_view),
                name="pledges_source_edit_draft",
            ),
        ]
        return own + super().get_urls()

    def _context(self, request, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            **extra,
        }

    def add_from_text_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = SourceFromTextForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            source = form.save(commit=False)
            try:
                drafts = reviewing.save_source_with_drafts(source)
            except IntakeError as error:
                form.add_error("text", str(error))
            else:
                self.log_addition(request, source, [{"added": {}}])
                if drafts:
                    message = ngettext(
                        "Source saved with %(count)d draft to review.",
                        "Source saved with %(count)d drafts to review.",
                        len(drafts),
                    ) % {"count": len(drafts)}
                    level = messages.SUCCESS
                else:
                    message = _(
                        "Source saved. The intake found no pledges, sanctions or figures in this "
                        "text; add records by hand."
                    )
                    level = messages.WARNING
                self.message_user(request, message, level)
                return redirect("admin:pledges_source_review", source.pk)
        context = self._context(request, _("Add a source from its text"), form=form)
        return TemplateResponse(request, "admin/pledges/source/add_from_text.html", context)

    def _may_review(self, request, source) -> bool:
        return self.has_change_permission(request, source) and request.user.has_perm(
            "pledges.change_sourcedraft"
        )

    def _draft_permission(self, request, draft) -> bool:
        model = reviewing.MODELS[draft.kind]
        return request.user.has_perm(f"pledges.add_{model._meta.model_name}")

    @staticmethod
    def _source_id(object_id) -> int:
        """The source's id from the address: a 404, never a 500, for one that is no id."""
        try:
            return int(object_id)
        except (TypeError, ValueError):
            raise Http404(_("No source has this id.")) from None

    def review_view(self, request, object_id):
        source = get_object_or_404(Source, pk=self._source_id(object_id))
        if not self._may_review(request, source):
            raise PermissionDenied
        if request.method == "POST":
            decided = self._decide(request, source)
            anchor = f"#draft-{decided.pk}" if decided else ""
            return redirect(reverse("admin:pledges_source_review", args=[source.pk]) + anchor)
        drafts = list(source.drafts.for_review())
        context = self._context(
            request,
            _("Review the drafts of “%(title)s”") % {"title": source.title},
            source=source,
            original=source,
            drafts=drafts,
            paragraphs=marked_paragraphs(source, drafts),
            undecided=sum(draft.undecided for draft in drafts),
        )
        return TemplateResponse(request, "admin/pledges/source/review.html", context)

    def _decide(self, request, source) -> SourceDraft | None:
        """Reject the draft the form names, or accept it as a record or as another source of one,
        and say what was done; the draft, for the page to return to it."""
        draft, action = self._chosen_draft(request, source)
        if draft is None:
            return None
        if action == "reject":
            reviewing.reject(draft, request.user)
            self.message_user(request, _("Draft %(n)d rejected.") % {"n": draft.position})
            return draft
        if not self._draft_permission(request, draft):
            raise PermissionDenied
        try:
            record, done = self._record(request, draft, action)
        except ValidationError as error:
            self.message_user(
                request,
                _(
                    "Draft %(n)d was not saved: %(problems)s "
                    "Edit the draft to correct it, then accept it."
                )
                % {"n": draft.position, "problems": validation_problems(error)},
                messages.ERROR,
            )
            return draft
        self.message_user(request, done % {"n": draft.position, "record": record}, messages.SUCCESS)
        return draft

    def _chosen_draft(self, request, source) -> tuple[SourceDraft | None, str]:
        """The draft of this source the form names, and what to do with it; no draft, and a
        message saying what to choose, when the form names none."""
        draft_id = request.POST.get("draft") or ""
        if not draft_id.isascii() or not draft_id.isdigit():
            self.message_user(request, _("Choose a draft of this source."), messages.ERROR)
            return None, ""
        draft = get_object_or_404(SourceDraft, source=source, pk=int(draft_id))
        action = request.POST.get("action")
        if action not in ("accept", "reject", "corroborate"):
            self.message_user(request, _("Choose accept, reject or corroborate."), messages.ERROR)
            return None, ""
        return draft, action

    def _record(self, request, draft, action: str) -> tuple:
        """Accept the draft as a record, or add its source to the record it repeats; the record,
        and the message saying which was done."""
        if action == "accept":
            record = reviewing.accept(draft, request.user)
            self.log_addition(request, record, [{"added": {}}])
            return record, _("Draft %(n)d accepted as %(record)s.")
        corroboration = reviewing.corroborate(draft, request.user)
        self.log_addition(request, corroboration, [{"added": {}}])
        return corroboration.record, _("Draft %(n)d added as another source of %(record)s.")

    def edit_draft_view(self, request, object_id, draft_id):
        source_id = self._source_id(object_id)
        draft = get_object_or_404(SourceDraft, source_id=source_id, pk=draft_id)
        if not self._may_review(request, draft.source):
            raise PermissionDenied
        if not draft.undecided:
            self.message_user(request, _("This draft has been decided."), messages.ERROR)
            return redirect("admin:pledges_source_review", draft.source_id)
        initial = {"drafted": json.dumps(draft.data, indent=2, ensure_ascii=False)}
        form = DraftDataForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            # What the intake found (where, its flags, what it already is) is not an editor's to
            # change: a flagged draft stays flagged, and can only be rejected.
            draft.data = reviewing.edited(draft, form.cleaned_data["drafted"])
            draft.save(update_fields=["data"])
            self.message_user(request, _("Draft %(n)d changed.") % {"n": draft.position})
            return redirect(
                reverse("admin:pledges_source_review", args=[draft.source_id])
                + f"#draft-{draft.pk}"
            )
        context = self._context(
            request,
            _("Edit draft %(n)d") % {"n": draft.position},
            source=draft.source,
            original=draft.source,
            draft=draft,
            form=form,
        )
        return TemplateResponse(request, "admin/pledges/source/edit_draft.html", context)


def validation_problems(error: ValidationError) -> str:
    """A refused record's problems in a line: "amount: Enter a number.; A pledge needs a donor."."""
    return "; ".join(
        f"{field}: {' '.join(errors)}" if field != NON_FIELD_ERRORS else " ".join(errors)
        for field, errors in error_dict(error).items()
    )


def error_dict(error: ValidationError) -> dict:
    return (
        error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
    )


@admin.register(Corroboration)
class CorroborationAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = PartForm
    list_display = ["__str__", "source", "paragraph", "pledge", "sanction", "fact"]
    list_select_related = ["source", "pledge__donor", "pledge__recipient", "sanction__imposer",
                           "sanction__target", "fact__country"]  # fmt: skip
    search_fields = ["quote", "source__title"]
    autocomplete_fields = ["source", "pledge", "sanction", "fact"]
    ordering = ["-id"]


@admin.register(ItemType)
class ItemTypeAdmin(PermanentSlugMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "lethal"]
    list_filter = ["lethal"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class CorroborationInline(SafeAutocompleteMixin, admin.StackedInline):
    """Other sources that report the record, each with where it does and the figure it gives;
    a figure that differs from the record's needs the reason the record keeps its own."""

    model = Corroboration
    formset = ReasonedInlineFormSet
    extra = 0
    autocomplete_fields = ["source"]
    fields = [("source", "paragraph"), "quote", ("figure", "currency"), "note"]
    verbose_name = gettext_lazy("other source reporting it")
    verbose_name_plural = gettext_lazy("other sources reporting it")


class AidItemInline(SafeAutocompleteMixin, admin.TabularInline):
    model = AidItem
    formset = ReasonedInlineFormSet
    extra = 0
    autocomplete_fields = ["item_type"]
    fields = ["item_type", "name", "quantity", "unit", "paragraph", "quote"]


class PledgeEventInline(SafeAutocompleteMixin, admin.StackedInline):
    """A pledge's stages: approved, being delivered, delivered, withdrawn, each with its source."""

    model = PledgeEvent
    formset = ReasonedInlineFormSet
    extra = 0
    autocomplete_fields = ["source"]
    verbose_name_plural = gettext_lazy("stages (the latest is the pledge's status)")
    fields = [
        ("stage", "stage_read"),
        ("occurred_on", "occurred_precision", "occurred_as"),
        ("source", "paragraph"),
        "quote",
        "reading_note",
        ("amount", "currency"),
        ("item", "quantity"),
    ]

    def get_formset(self, request, obj=None, **kwargs):
        self.pledge = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "item":
            # A delivery delivers one of this pledge's own items.
            pledge = getattr(self, "pledge", None)
            kwargs["queryset"] = (
                AidItem.objects.filter(pledge=pledge) if pledge else AidItem.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Pledge)
class PledgeAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
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
    autocomplete_fields = ["donor", "recipient", "source", "adds_to", "part_of"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [AidItemInline, PledgeEventInline, CorroborationInline]
    fieldsets = [
        (
            None,
            {"fields": ["donor", "recipient", "category", "lethality", "status", "description"]},
        ),
        (
            # Translators: the title of the section with a pledge's amount and currency.
            pgettext_lazy("fieldset", "Value"),
            {
                "description": gettext_lazy(
                    "As the source states it; leave both empty if it gives none."
                ),
                "fields": ["amount", "currency"],
            },
        ),
        (
            gettext_lazy("Date announced"),
            {"fields": ["announced_on", "announced_precision", "announced_as"]},
        ),
        (
            gettext_lazy("Top-ups and packages"),
            {
                "description": gettext_lazy(
                    "So that totals never count the same money twice: a top-up's "
                    "value is new money, counted in full; a package's parts are counted in the "
                    "package's value."
                ),
                "fields": ["adds_to_earlier", "adds_to", "part_of"],
            },
        ),
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
        # A new pledge entered without its stages gets the one its own fields state.
        PledgeEvent.objects.add_first_events(Pledge.objects.filter(pk=pledge.pk))

    def get_readonly_fields(self, request, obj=None):
        # Once entered, a pledge's status is its latest stage's: it changes through the stages.
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "status"] if obj is not None else fields

    # Translators: a column of the list of pledges: the value pledged.
    @admin.display(description=pgettext_lazy("column", "value"), ordering="amount")
    def value(self, pledge):
        return pledge.value_display

    # Translators: a column of the list of pledges: the date it was announced.
    @admin.display(description=pgettext_lazy("column", "announced"), ordering="announced_on")
    def announced(self, pledge):
        return pledge.date_display


@admin.register(AidItem)
class AidItemAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = PartForm
    list_display = ["name", "item_type", "quantity", "unit", "pledge"]
    list_select_related = ["item_type", "pledge__donor", "pledge__recipient"]
    list_filter = ["item_type"]
    search_fields = ["name", "item_type__name", "quote"]
    ordering = ["-id"]  # newest first, read in the order of the primary key
    show_full_result_count = False
    autocomplete_fields = ["pledge", "item_type"]


@admin.register(SanctionTarget)
class SanctionTargetAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    """Named targets are entered with their sanction; this list finds a name across them all."""

    form = PartForm

    list_display = ["name", "sanction"]
    list_select_related = ["sanction__imposer", "sanction__target"]
    search_fields = ["name"]
    ordering = ["-id"]
    show_full_result_count = False
    autocomplete_fields = ["sanction"]


class SanctionTargetInline(SafeAutocompleteMixin, admin.TabularInline):
    model = SanctionTarget
    formset = ReasonedInlineFormSet
    extra = 0


class SanctionDateInline(SafeAutocompleteMixin, admin.StackedInline):
    """When a sanction came into force or was lifted, each with the source that says so."""

    model = SanctionDate
    formset = ReasonedInlineFormSet
    extra = 0
    autocomplete_fields = ["source"]
    fields = [
        "kind",
        ("occurred_on", "occurred_precision", "occurred_as"),
        ("source", "paragraph"),
        "quote",
        "reading_note",
    ]


@admin.register(Sanction)
class SanctionAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
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
    inlines = [SanctionTargetInline, SanctionDateInline, CorroborationInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
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
        (
            gettext_lazy("Dates"),
            {"fields": ["imposed_on", "imposed_precision", "imposed_as", "lifted_on"]},
        ),
        (gettext_lazy("Legal act"), {"fields": ["legal_act", "legal_act_url"]}),
        PROVENANCE,
        readings_fieldset(Sanction),
        RECORD_TIMES,
    ]

    # Translators: a column of the list of sanctions: the date it came into force.
    @admin.display(description=pgettext_lazy("column", "start"), ordering="imposed_on")
    def start(self, sanction):
        return sanction.date_display


@admin.register(Fact)
class FactAdmin(ChangeReasonMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    form = statement_form(Fact)
    list_display = ["__str__", "country", "about", "kind", "figure", "as_of"]
    list_select_related = ["country", "about"]
    list_filter = ["kind"]
    search_fields = ["description", "quote", "reference", "country__name", "about__name"]
    show_full_result_count = False
    autocomplete_fields = ["country", "about", "source"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CorroborationInline]
    fieldsets = [
        (None, {"fields": ["country", "about", "kind", "description"]}),
        (
            # Translators: the title of the section with a fact's number, its qualifier and unit.
            pgettext_lazy("fieldset", "Figure"),
            {
                "description": gettext_lazy(
                    "Where the source gives a number; leave empty if it gives none."
                ),
                "fields": ["value", "qualifier", "unit"],
            },
        ),
        (gettext_lazy("Date"), {"fields": ["stated_on", "stated_precision", "stated_as"]}),
        PROVENANCE,
        readings_fieldset(Fact),
        RECORD_TIMES,
    ]

    # Translators: a column of the list of facts: the number the fact gives.
    @admin.display(description=pgettext_lazy("column", "figure"), ordering="value")
    def figure(self, fact):
        return fact.value_display

    # Translators: a column of the list of facts: the date the figure is stated for.
    @admin.display(description=gettext_lazy("as of"), ordering="stated_on")
    def as_of(self, fact):
        return fact.date_display
