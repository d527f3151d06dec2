"""An editor's decisions on the intake's drafts: a source saved with its drafts, and each draft
accepted as a record, added as a corroboration, or rejected.

Accepting builds the record the draft describes (a pledge with its aid items, a sanction with
its named targets, a fact), validated as the admin validates it, in one transaction: a draft
that does not make a valid record saves nothing, and says why.
"""

import datetime
from decimal import Decimal, InvalidOperation

import pycountry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pledges import intake
from pledges.intake.recorded import mark_recorded
from pledges.models import (
    NOT_A_RECORD,
    AidItem,
    Corroboration,
    Country,
    CountryKind,
    DatePrecision,
    DraftKind,
    DraftStatus,
    Fact,
    ItemType,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionTarget,
    Source,
    SourceDraft,
    Status,
)

MODELS = {"pledge": Pledge, "sanction": Sanction, "figure": Fact, "fact": Fact}

# What the intake found, kept as it found it when an editor edits a draft: where the draft's
# words are, its flags (a flagged draft can only be rejected), its notes and the record it is.
KEPT = ("paragraph", "quote", "flags", "notes", "recorded")
# The fields a drafted description is written from.
DESCRIBED_BY = ("category", "donor", "donor_code", "recipient", "recipient_code", "imposer",
                "imposer_code", "target", "target_code", "measure")  # fmt: skip

# The drafted fields an editor may edit, by the type each must have.
TEXT_FIELDS = frozenset({
    "donor", "donor_code", "donor_kind", "recipient", "recipient_code", "recipient_kind",
    "imposer", "imposer_code", "imposer_kind", "target", "target_code", "target_kind_country",
    "country", "country_code", "about", "about_code", "category", "lethality", "status",
    "description", "currency", "announced_precision", "announced_as", "measure", "target_kind",
    "imposed_precision", "imposed_as", "kind", "qualifier", "unit",
})  # fmt: skip
DATE_FIELDS = frozenset({"announced_on", "imposed_on"})
DECIMAL_FIELDS = frozenset({"amount"})
COUNT_FIELDS = frozenset({"targets_count", "value"})


def _is_count(value) -> bool:
    return value is None or (type(value) is int and value >= 0)


def _is_text(value) -> bool:
    """Whether `value` is text or null."""
    return value is None or isinstance(value, str)


def _is_date(value) -> bool:
    """Whether `value` is empty or a date as ISO 8601 writes it ("2022-03-04")."""
    if value in (None, ""):
        return True
    try:
        datetime.date.fromisoformat(value if isinstance(value, str) else "")
    except ValueError:
        return False
    return True


def _is_decimal(value) -> bool:
    """Whether `value` is empty or a finite number written as text ("5000000")."""
    if value in (None, ""):
        return True
    try:
        return Decimal(value if isinstance(value, str) else "x").is_finite()
    except InvalidOperation:
        return False


def _is_names(value) -> bool:
    """Whether `value` is null or a list of names (text)."""
    return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _is_object(value) -> bool:
    """Whether `value` is null or a JSON object."""
    return value is None or isinstance(value, dict)


# What each edited field must be, and what the editor is told when it is not.
FIELD_RULES = {
    **dict.fromkeys(TEXT_FIELDS, (_is_text, gettext_lazy("“%(name)s” must be text or null."))),
    **dict.fromkeys(
        DATE_FIELDS,
        (_is_date, gettext_lazy("“%(name)s” must be a date such as 2022-03-04, or null.")),
    ),
    **dict.fromkeys(
        DECIMAL_FIELDS,
        (
            _is_decimal,
            gettext_lazy('“%(name)s” must be a number in quotes, such as "5000000", or null.'),
        ),
    ),
    **dict.fromkeys(
        COUNT_FIELDS, (_is_count, gettext_lazy("“%(name)s” must be a whole number, or null."))
    ),
    "named_targets": (_is_names, gettext_lazy("“named_targets” must be a list of names.")),
    "readings": (_is_object, gettext_lazy("“readings” must be an object.")),
}


def draft_problems(data: dict) -> list[str]:
    """What is wrong with the types of a draft's edited fields: [] when nothing is."""
    problems = []
    for name, value in data.items():
        if name == "items":
            problems.extend(_item_problems(value))
        elif name in FIELD_RULES:
            is_valid, message = FIELD_RULES[name]
            if not is_valid(value):
                problems.append(message % {"name": name})
    return problems


def _item_problems(items) -> list[str]:
    """What is wrong with the types of a draft's edited items: [] when nothing is."""
    if items is None:
        return []
    if not isinstance(items, list):
        return [_("“items” must be a list of items.")]
    problems = []
    for number, item in enumerate(items, start=1):
        problems.extend(_problems_of_item(number, item))
    return problems


def _problems_of_item(number: int, item) -> list[str]:
    """What is wrong with the types of item `number` of a draft's items."""
    where = {"n": number}
    if not isinstance(item, dict):
        return [_("Item %(n)d must be an object with a name.") % where]
    problems = []
    if not isinstance(item.get("name"), str) or not item["name"].strip():
        problems.append(_("Item %(n)d must have a name.") % where)
    if not _is_count(item.get("quantity")):
        problems.append(_("Item %(n)d: the quantity must be a whole number, or null.") % where)
    for name in ("unit", "item_type", "quote"):
        if not _is_text(item.get(name)):
            problems.append(
                _("Item %(n)d: “%(name)s” must be text or null.") % {**where, "name": name}
            )
    if not _is_paragraph(item.get("paragraph")):
        problems.append(_("Item %(n)d: the paragraph must be a number.") % where)
    return problems


def _is_paragraph(value) -> bool:
    """Whether `value` is null or a paragraph's number (1 or more)."""
    return value is None or (type(value) is int and value >= 1)


def unique_slug(model, base: str, field: str = "slug", max_length: int = 100, **scope) -> str:
    """`base` slugified, with -2, -3... added until no `model` row in `scope` has it."""
    base = slugify(base)[: max_length - 4].strip("-") or "record"
    slug, number = base, 1
    while model.objects.filter(**scope, **{field: slug}).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def save_source_with_drafts(source: Source) -> list[SourceDraft]:
    """Save a new `source` (already validated) and the drafts its text gives; IntakeError, with
    nothing saved, for a text the intake cannot read."""
    drafts = mark_recorded(intake.draft(source.text, source.published_on))
    if not source.reference:
        source.reference = unique_slug(Source, source.title, field="reference")
    source.save()
    return SourceDraft.objects.bulk_create(
        SourceDraft(source=source, kind=draft.kind, position=position, data=draft.as_json())
        for position, draft in enumerate(drafts, start=1)
    )


def _decide(draft: SourceDraft, status: str, user, record=None) -> None:
    draft.status, draft.decided_by, draft.decided_at = status, user, timezone.now()
    for name in ("pledge", "sanction", "fact"):
        setattr(draft, name, record if isinstance(record, MODELS[name]) else None)
    draft.save()


def reject(draft: SourceDraft, user) -> None:
    _decide(draft, DraftStatus.REJECTED, user)


def _check_undecided(draft: SourceDraft) -> None:
    if not draft.undecided:
        raise ValidationError(_("This draft has already been decided."))


def edited(draft: SourceDraft, data: dict) -> dict:
    """The draft's fields as an editor corrected them. What the intake found (where, its flags,
    what it already is) is not an editor's to change: a flagged draft stays flagged, and can only
    be rejected. The description follows the parties and the measure where the editor changed
    those and left the drafted description as it was."""
    kept = {name: draft.data[name] for name in KEPT if name in draft.data}
    fields = {k: v for k, v in data.items() if k not in KEPT}
    if fields.get("description") == draft.data.get("description") and any(
        fields.get(name) != draft.data.get(name) for name in DESCRIBED_BY
    ):
        fields["description"] = intake.describe(draft.kind, fields) or fields["description"]
    return {**fields, **kept}


def party(name, code, kind=None) -> Country:
    """The country by its ISO code, or the organisation by its name, created when missing; a
    country only for a code of ISO 3166."""
    name, code = (name or "").strip(), (code or "").strip().upper()
    if code:
        country = Country.objects.filter(iso_code=code).first()
        if country:
            return country
        if not name or pycountry.countries.get(alpha_2=code) is None:
            raise ValidationError(
                _(
                    "No country has the code %(code)s: give a country's ISO 3166 code, or no "
                    "code for an organisation."
                )
                % {"code": code}
            )
    if not name:
        raise ValidationError(_("The draft names no country or organisation."))
    found = Country.objects.filter(name__iexact=name).first()
    if found:
        return found
    country = Country(
        name=name,
        slug=unique_slug(Country, name),
        iso_code=code,
        kind=CountryKind.COUNTRY if code else CountryKind.ORGANISATION,
    )
    country.full_clean()
    country.save()
    return country


def item_type(slug, name: str) -> ItemType:
    """The item type with this slug or name; a new one (lethal or not left open) if none."""
    for key in (slug, slugify(name or "")):
        if key:
            found = ItemType.objects.filter(slug=key).first()
            if found:
                return found
    found = ItemType.objects.filter(name__iexact=name).first()
    if found:
        return found
    label = name if not slug else slug.replace("-", " ")
    item_type = ItemType(
        name=_fitted(ItemType, "name", label.capitalize()),
        slug=unique_slug(ItemType, slug or label),
    )
    item_type.full_clean()
    item_type.save()
    return item_type


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as error:
        raise ValidationError(_("“%(value)s” is not a date.") % {"value": value}) from error


def _decimal(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation as error:
        raise ValidationError(_("“%(value)s” is not a number.") % {"value": value}) from error


def _provenance(draft: SourceDraft, model, parties) -> dict:
    data = draft.data
    readings = {
        name: how
        for name, how in (data.get("readings") or {}).items()
        if name in model.readable and data.get(name) not in (None, "")
    }
    slug_parts = [*parties, draft.kind, f"p{draft.paragraph}"]
    return {
        "source": draft.source,
        "paragraph": draft.paragraph,
        "quote": draft.quote,
        "readings": readings,
        "reading_note": " ".join(draft.notes),
        "reference": unique_slug(
            model, "-".join(str(part) for part in slug_parts if part),
            field="reference", source=draft.source,
        ),
    }  # fmt: skip


def _fitted(model, name: str, value) -> str:
    """`value` cut to the length the model's field holds: the source's words for a date."""
    return (value or "")[: model._meta.get_field(name).max_length]


def _precision(value, date) -> str:
    if date is None:
        return DatePrecision.UNKNOWN
    return value if value in DatePrecision.values else DatePrecision.DAY


def _save(record, user, reason: str = "") -> None:
    record.full_clean()
    record._history_user = user
    # Entering a record (and its parts) is not a change of it; adding a source that corroborates
    # a published record is, and readers see it with the draft's reason (pledges.changes).
    record._entering = not isinstance(record, Corroboration)
    if reason:
        record._change_reason = reason
    record.save()


def _reason(draft: SourceDraft) -> str:
    # Data, not the editor's interface: kept with the record's history and shown to every reader
    # as an editor's own reason is, so written the same whatever language the editor reads in.
    return f"Accepted from the intake's draft {draft.position} of {draft.source}"


def _build_pledge(draft: SourceDraft, user) -> Pledge:
    pledge = _pledge_of(draft)
    _save(pledge, user, _reason(draft))
    PledgeEvent.objects.add_first_events(Pledge.objects.filter(pk=pledge.pk))
    for entry in draft.data.get("items") or []:
        _save(_aid_item(pledge, draft, entry), user, _reason(draft))
    if pledge.apply_lethality_rule():
        pledge._history_user = user
        pledge.save(update_fields=["lethality", "readings", "updated_at"])
    return pledge


def _pledge_of(draft: SourceDraft) -> Pledge:
    """The pledge a draft describes, not yet saved; its donor and recipient found or created."""
    data = draft.data
    donor = party(data.get("donor"), data.get("donor_code"))
    recipient = party(data.get("recipient"), data.get("recipient_code"))
    announced_on = _date(data.get("announced_on"))
    return Pledge(
        donor=donor,
        recipient=recipient,
        category=data.get("category") or "",
        lethality=data.get("lethality") or "",
        status=data.get("status") if data.get("status") in Status.values else Status.ANNOUNCED,
        description=data.get("description") or "",
        amount=_decimal(data.get("amount")),
        currency=data.get("currency") or "",
        announced_on=announced_on,
        announced_precision=_precision(data.get("announced_precision"), announced_on),
        announced_as=_fitted(Pledge, "announced_as", data.get("announced_as")),
        **_provenance(draft, Pledge, [donor.iso_code or donor.slug, recipient.iso_code]),
    )


def _aid_item(pledge: Pledge, draft: SourceDraft, entry: dict) -> AidItem:
    """One of a pledge draft's items as the pledge's aid item, not yet saved; its item type
    found or created."""
    name = (entry.get("name") or "").strip()
    return AidItem(
        pledge=pledge,
        item_type=item_type(entry.get("item_type"), name),
        name=name,
        quantity=entry.get("quantity") or None,
        unit=entry.get("unit") or "",
        paragraph=entry.get("paragraph") or draft.paragraph,
        quote=entry.get("quote") or draft.quote,
    )


def _build_sanction(draft: SourceDraft, user) -> Sanction:
    data = draft.data
    imposer = party(data.get("imposer"), data.get("imposer_code"))
    target = party(data.get("target"), data.get("target_code"))
    imposed_on = _date(data.get("imposed_on"))
    sanction = Sanction(
        imposer=imposer,
        target=target,
        measure=data.get("measure") or "",
        target_kind=data.get("target_kind") or "",
        targets_count=data.get("targets_count") or None,
        description=data.get("description") or "",
        imposed_on=imposed_on,
        imposed_precision=_precision(data.get("imposed_precision"), imposed_on),
        imposed_as=_fitted(Sanction, "imposed_as", data.get("imposed_as")),
        **_provenance(draft, Sanction, [imposer.iso_code or imposer.slug, target.iso_code]),
    )
    _save(sanction, user, _reason(draft))
    for name in data.get("named_targets") or []:
        _save(SanctionTarget(sanction=sanction, name=name), user, _reason(draft))
    return sanction


def _build_fact(draft: SourceDraft, user) -> Fact:
    data = draft.data
    country = party(data.get("country"), data.get("country_code"))
    about_named = data.get("about") or data.get("about_code")
    about = party(data.get("about"), data.get("about_code")) if about_named else None
    fact = Fact(
        country=country,
        about=about,
        kind=data.get("kind") or "",
        value=data.get("value"),
        qualifier=data.get("qualifier") or "",
        unit=data.get("unit") or "",
        description=data.get("description") or "",
        **_provenance(draft, Fact, [country.iso_code or country.slug, data.get("kind")]),
    )
    _save(fact, user, _reason(draft))
    return fact


BUILDERS = {
    DraftKind.PLEDGE: _build_pledge,
    DraftKind.SANCTION: _build_sanction,
    DraftKind.FIGURE: _build_fact,
}


@transaction.atomic
def accept(draft: SourceDraft, user):
    """The record `draft` describes, saved with its history naming `user`; ValidationError,
    with nothing saved, when it would not be a valid record."""
    _check_undecided(draft)
    if draft.not_a_record:
        raise ValidationError(
            _("This draft is flagged as not a record of its own (%(flags)s): reject it.")
            % {"flags": ", ".join(sorted(set(draft.flags) & NOT_A_RECORD))}
        )
    if draft.recorded:
        raise ValidationError(
            _("This is already recorded: add this source as a corroboration instead.")
        )
    problems = draft_problems(draft.data)
    if problems:
        raise ValidationError(problems)
    try:
        record = BUILDERS[draft.kind](draft, user)
    except (ValueError, TypeError, AttributeError, InvalidOperation) as error:
        # A value the checks above let through that still makes no record: said, never a 500.
        raise ValidationError(
            _("A drafted value is not valid: %(error)s") % {"error": error}
        ) from error
    _decide(draft, DraftStatus.ACCEPTED, user, record)
    return record


@transaction.atomic
def corroborate(draft: SourceDraft, user) -> Corroboration:
    """Add the draft's source as another source of the record it is already recorded as."""
    _check_undecided(draft)
    recorded = draft.recorded
    model = MODELS.get((recorded or {}).get("kind"))
    if model is None:
        raise ValidationError(_("This draft is not marked as already recorded."))
    record = model.objects.filter(pk=recorded.get("id")).first()
    if record is None:
        raise ValidationError(_("The record this draft repeats no longer exists."))
    corroboration = Corroboration(
        source=draft.source,
        paragraph=draft.paragraph,
        quote=draft.quote,
        **{model._meta.model_name: record},
    )
    _save(corroboration, user)
    _decide(draft, DraftStatus.CORROBORATED, user, record)
    return corroboration
