"""The public record of changes, written from the history that every save keeps.

django-simple-history keeps each version of a record, with its editor, for the admin. Readers see
a narrower account (`Change`): each change to a record that was already published, what changed
from what to what, when, and the reason the editor gave, which the admin asks for on every change
(`ChangeReasonMixin`). Entering a record is not a change of it; neither are the parts entered with
it. A change to a pledge's items or stages, or to a sanction's named targets, is a change of the
pledge or sanction. Editors' names are never copied here.
"""

import datetime
import json
from decimal import Decimal

from django.db import models
from django.dispatch import receiver
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
    if getattr(instance, "_entering", False):
        return  # saved again, or given its parts, while being entered: not yet published
    model = type(instance)
    if model in RECORDS:
        record, label = instance, ""
        if history_instance.history_type == "+":
            return  # entered, not changed
    elif model in PARTS:
        field, label = PARTS[model]
        record = _parent(model, field or _reported(instance), instance)
        if record is None:
            return
        if history_instance.history_type != "~" and not history_instance.history_change_reason:
            return  # entered or removed with its record, not a change of it
    else:
        return
    reason = history_instance.history_change_reason or ""
    if history_instance.history_type == "-" and model in RECORDS:
        action, fields = ChangeAction.REMOVED, []
    else:
        action, fields = ChangeAction.CHANGED, _fields(history_instance, label, instance)
        if not fields:
            return  # saved with nothing a reader would see changed
    country, partner = (getattr(record, f"{name}_id") for name in record.parties)
    if action == ChangeAction.REMOVED:
        # Its earlier changes stay listed, no longer linking to a page that is gone.
        Change.objects.of(RECORDS[type(record)], record.pk).update(record_removed=True)
    Change.objects.create(
        record_removed=action == ChangeAction.REMOVED,
        kind=RECORDS[type(record)],
        record_id=record.pk,
        action=action,
        changed_at=history_instance.history_date,
        record=str(record)[:300],
        fields=fields,
        reason=reason,
        country_id=country,
        partner_id=partner,
    )


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
    if value is None or value == "" or value == {}:
        return "all stated" if name == "readings" else "not stated"
    field = model._meta.get_field(name)
    if name == "readings":  # {"currency": "read"}: which values were read or worked out
        return "; ".join(
            f"{key.replace('_', ' ')} {'worked out' if basis == 'derived' else basis}"
            for key, basis in sorted(value.items())
        )
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal | int):
        return formatting.number(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return formatting.excerpt(str(value), 300)


def reasons_for(instances, reason: str) -> None:
    """Give each of `instances` the editor's reason, for the history entry its save writes."""
    for instance in instances:
        instance._change_reason = reason
