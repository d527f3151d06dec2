"""The public record of changes, written from the history that every save keeps.

django-simple-history keeps each version of a record, with its editor, for the admin. Readers see
a narrower account (`Change`): each change to a record that was already published, what changed
from what to what, when, and the reason the editor gave, which the admin asks for on every change
(`ChangeReasonMixin`). Entering a record is not a change of it; neither are the parts entered with
it. A change to a pledge's items or stages, or to a sanction's named targets, is a change of the
pledge or sanction. Editors' names are never copied here.

A change is recorded as text, in the site's default language (English) whatever language the
editor's admin speaks, so that the public record reads alike for everyone who made it: its labels
and values are data, written once, not interface strings translated as a page is drawn.
"""

import datetime
import json
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.dispatch import receiver
from django.utils import translation
from simple_history.signals import post_create_historical_record

from pledges import formatting
from pledges.models import (
    AidItem,
    Change,
    ChangeAction,
    Corroboration,
    Fact,
    Pledge,
    PledgeEvent,
    RecordKind,
    Sanction,
    SanctionDate,
    SanctionTarget,
)

RECORDS = {Pledge: RecordKind.PLEDGE, Sanction: RecordKind.SANCTION, Fact: RecordKind.FACT}
# The parts of a record, with the field that names the record and how a part is called.
PARTS = {
    AidItem: ("pledge", "Item"),
    PledgeEvent: ("pledge", "Stage"),
    SanctionTarget: ("sanction", "Named target"),
    SanctionDate: ("sanction", "Date"),
    Corroboration: (None, "Other source"),  # of a pledge, a sanction or a fact
}
# Kept by the database for itself, not facts a reader needs to follow; and a pledge's status,
# which follows its stages (whose own changes are shown) rather than being edited.
UNSHOWN = {"created_at", "updated_at", "id", "status"}


@receiver(post_create_historical_record)
def _record_change(sender, instance, history_instance, **kwargs):
    # Labels, choices and names in the site's language, as every change is recorded.
    with translation.override(settings.LANGUAGE_CODE):
        _record(instance, history_instance)


def _record(instance, history_instance) -> None:
    changed = _changed_record(instance, history_instance)
    if changed is None:
        return
    record, label = changed
    kind = RECORDS[type(record)]
    removed = history_instance.history_type == "-" and type(instance) in RECORDS
    fields = [] if removed else _fields(history_instance, label, instance)
    if not removed and not fields:
        return  # saved with nothing a reader would see changed
    if removed:
        # Its earlier changes stay listed, no longer linking to a page that is gone.
        Change.objects.of(kind, record.pk).update(record_removed=True)
    country, partner = (getattr(record, f"{name}_id") for name in record.parties)
    Change.objects.create(
        kind=kind,
        record_id=record.pk,
        action=ChangeAction.REMOVED if removed else ChangeAction.CHANGED,
        record_removed=removed,
        changed_at=history_instance.history_date,
        record=str(record)[:300],
        fields=fields,
        reason=history_instance.history_change_reason or "",
        country_id=country,
        partner_id=partner,
    )


def _changed_record(instance, history_instance):
    """(the published record this history entry changes, how a part of it is called), or None
    when the entry changes no published record."""
    if getattr(instance, "_entering", False):
        return None  # saved again, or given its parts, while being entered: not yet published
    model, entry = type(instance), history_instance.history_type
    if model in RECORDS:
        return None if entry == "+" else (instance, "")  # entered is not changed
    if model not in PARTS:
        return None
    if entry != "~" and not history_instance.history_change_reason:
        return None  # entered or removed with its record, not a change of it
    field, label = PARTS[model]
    record = _parent(model, field or _reported(instance), instance)
    return None if record is None else (record, label)


def _reported(corroboration) -> str:
    """Which kind of record a corroboration reports."""
    return next(
        name for name in ("pledge", "sanction", "fact") if getattr(corroboration, f"{name}_id")
    )


def _parent(model, field: str, instance):
    """The record a part belongs to; None while that record is being removed with it."""
    related = model._meta.get_field(field).related_model
    return related.objects.filter(pk=getattr(instance, f"{field}_id")).first()


def _fields(history_instance, label: str, instance) -> list[dict]:
    """What the history entry changed, in words: [{"label", "old", "new"}, ...]."""
    kind = history_instance.history_type
    prefix = f"{label} “{instance}”: " if label else ""
    if kind == "+":
        return [{"label": f"{label} added", "old": "", "new": str(instance)}]
    if kind == "-":
        return [{"label": f"{label} removed", "old": str(instance), "new": ""}]
    previous = history_instance.prev_record
    if previous is None:
        return []
    delta = history_instance.diff_against(previous, excluded_fields=UNSHOWN)
    model = type(instance)
    return [
        {
            "label": prefix + str(model._meta.get_field(change.field).verbose_name).capitalize(),
            "old": shown(model, change.field, change.old),
            "new": shown(model, change.field, change.new),
        }
        for change in delta.changes
    ]


def shown(model, name: str, value) -> str:
    """A stored value as a reader reads it: a choice's label, a country's name, "not stated"."""
    if name == "readings":  # {"currency": "read"}: which values were read or worked out
        return _readings_shown(value)
    if value is None or value == "":
        return "not stated"
    field = model._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    for kind, write in SHOWN_BY_TYPE:
        if isinstance(value, kind):
            return write(value)
    return formatting.excerpt(str(value), 300)


def _readings_shown(readings) -> str:
    if not readings:
        return "all stated"
    return "; ".join(
        f"{key.replace('_', ' ')} {'worked out' if basis == 'derived' else basis}"
        for key, basis in sorted(readings.items())
    )


# How values of each type are written, in this order (a bool is an int, so it comes first).
SHOWN_BY_TYPE = [
    (bool, lambda value: "yes" if value else "no"),
    (Decimal | int, formatting.number),
    (datetime.date, lambda value: value.isoformat()),
    (dict | list, lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True)),
]


def reasons_for(instances, reason: str) -> None:
    """Give each of `instances` the editor's reason, for the history entry its save writes."""
    for instance in instances:
        instance._change_reason = reason
