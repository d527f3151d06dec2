"""Drafts that the database already holds: the same pledge, sanction or figure, reported again.

A pledge draft matches a recorded pledge with the same donor and recipient and either the same
amount and currency or the same items (kind and quantity), announced within a fortnight of it
where both dates are known. A sanction matches on imposer, target, measure and kind of target (and
count, where both give one); a figure on country, kind and value. A match is flagged
`already_recorded`, with a link, so that the editor adds the source as corroboration rather
than recording the same money twice.
"""

import datetime
from decimal import Decimal

from django.db.models import Q

from pledges.intake.drafts import Draft, Drafts
from pledges.models import Country, Fact, Pledge, Sanction

NEAR = datetime.timedelta(days=14)


def mark_recorded(drafts: Drafts) -> Drafts:
    """Flag each draft that matches a record already in the database; returns `drafts`."""
    countries = _countries(drafts)
    for draft in drafts.pledges:
        if not draft.not_a_record:
            _flag(draft, _pledge(draft.fields, countries))
    for draft in drafts.sanctions:
        _flag(draft, _sanction(draft.fields, countries))
    for draft in drafts.figures:
        _flag(draft, _figure(draft.fields, countries))
    return drafts


def country_of(fields: dict, role: str, countries: dict) -> Country | None:
    """The recorded country or organisation a draft names in `role` (donor, target...)."""
    code, name = fields.get(f"{role}_code"), fields.get(role)
    return countries.get(code) if code else countries.get((name or "").lower())


def _countries(drafts: Drafts) -> dict:
    """Every country and organisation the drafts name, in one query: by code and by name."""
    codes, names = set(), set()
    for draft in drafts:
        for role in ("donor", "recipient", "imposer", "target", "country", "about"):
            if draft.fields.get(f"{role}_code"):
                codes.add(draft.fields[f"{role}_code"])
            elif draft.fields.get(role):
                names.add(draft.fields[role])
    found = {}
    query = Q(iso_code__in=codes)
    for name in names:
        query |= Q(name__iexact=name)
    for country in Country.objects.filter(query):
        if country.iso_code:
            found[country.iso_code] = country
        found[country.name.lower()] = country
    return found


def _flag(draft: Draft, record) -> None:
    if record is None:
        return
    draft.flags.append("already_recorded")
    kind = record._meta.model_name
    draft.fields["recorded"] = {"kind": kind, "id": record.pk, "url": record.get_absolute_url()}
    draft.notes.append(
        f"Already recorded as {kind} {record.pk} ({record.get_absolute_url()}): add this source "
        f"as corroboration rather than a new record."
    )


def _near(query: Q, field: str, on: str | None) -> Q:
    if not on:
        return query
    day = datetime.date.fromisoformat(on)
    return query & (Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__range": (day - NEAR, day + NEAR)}))  # fmt: skip


def _pledge(fields: dict, countries: dict):
    """The recorded pledge a pledge draft repeats: the same parties' pledge of the same sum,
    else of the same items, else (stating neither) of the same category."""
    donor, recipient = country_of(fields, "donor", countries), country_of(fields, "recipient", countries)  # fmt: skip
    if donor is None or recipient is None:
        return None
    query = _near(Q(donor=donor, recipient=recipient), "announced_on", fields.get("announced_on"))
    if fields.get("amount"):
        query &= Q(amount=Decimal(fields["amount"]), currency=fields.get("currency") or "")
        return Pledge.objects.filter(query).order_by("pk").first()
    quantities = _quantities(fields)
    if quantities:
        return _pledge_with_items(query, quantities)
    if fields.get("items"):
        return None
    # Neither value nor items ("both lethal and non-lethal aid"): the same parties' pledge of the
    # same category that states neither.
    query &= Q(amount__isnull=True, category=fields.get("category") or "", items__isnull=True)
    return Pledge.objects.filter(query).order_by("pk").first()


def _quantities(fields: dict) -> set:
    """The (item type, quantity) of each of a pledge draft's items that has a type."""
    return {(item["item_type"], item["quantity"]) for item in fields.get("items", [])
            if item.get("item_type")}  # fmt: skip


def _pledge_with_items(query: Q, quantities: set):
    """The first of the pledges `query` finds (of the first 50) that holds every one of
    `quantities`."""
    for pledge in Pledge.objects.filter(query).prefetch_related("items__item_type")[:50]:
        recorded = {(item.item_type.slug if item.item_type else None, item.quantity)
                    for item in pledge.items.all()}  # fmt: skip
        if quantities <= recorded:
            return pledge
    return None


def _sanction(fields: dict, countries: dict):
    imposer, target = country_of(fields, "imposer", countries), country_of(fields, "target", countries)  # fmt: skip
    if imposer is None or target is None:
        return None
    query = Q(imposer=imposer, target=target, measure=fields["measure"],
              target_kind=fields["target_kind"])  # fmt: skip
    if fields.get("targets_count"):
        query &= Q(targets_count=fields["targets_count"]) | Q(targets_count__isnull=True)
    query = _near(query, "imposed_on", fields.get("imposed_on"))
    return Sanction.objects.filter(query).order_by("pk").first()


def _figure(fields: dict, countries: dict):
    country = country_of(fields, "country", countries)
    if country is None or fields.get("value") is None:
        return None
    query = Q(country=country, kind=fields["kind"], value=fields["value"])
    return Fact.objects.filter(query).order_by("pk").first()
