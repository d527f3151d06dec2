"""Precomputed figures per country, kept in step with every change to pledges and sanctions.

Country pages and lists show how many pledges a country gave and received, with value totals per
category and currency, and how many sanctions it imposed and faced. Counting those from a million
pledges on every request would be slow, so they are stored (`Country.*_count`, `CountryTotal`)
and rebuilt for the countries concerned whenever a pledge or sanction is saved or deleted, in the
same transaction. `refresh_all()` rebuilds everything, after bulk loads that bypass signals.
"""

from collections import Counter

from django.db import transaction
from django.db.models import Count, Sum
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from pledges.models import Country, CountryTotal, Pledge, Sanction

PLEDGE_ROLES = {"donor": CountryTotal.Role.GIVEN, "recipient": CountryTotal.Role.RECEIVED}


@transaction.atomic
def refresh_countries(country_ids) -> None:
    """Rebuild the counts and totals of the given countries from their pledges and sanctions."""
    ids = set(country_ids) - {None}
    if not ids:
        return
    counts: dict[str, Counter] = {field: Counter() for field in
                                  ("donor", "recipient", "imposer", "target")}  # fmt: skip
    totals = []
    for field, role in PLEDGE_ROLES.items():
        rows = (
            Pledge.objects.filter(**{f"{field}__in": ids})
            .values(field, "category", "currency")
            .annotate(pledges=Count("id"), amount=Sum("amount"))
            .order_by()
        )
        for row in rows:
            counts[field][row[field]] += row["pledges"]
            totals.append(
                CountryTotal(
                    country_id=row[field],
                    role=role,
                    category=row["category"],
                    currency=row["currency"],
                    pledge_count=row["pledges"],
                    amount=row["amount"],
                )
            )
    for field in ("imposer", "target"):
        rows = (
            Sanction.objects.filter(**{f"{field}__in": ids}).values(field).annotate(n=Count("id"))
        )
        counts[field].update({row[field]: row["n"] for row in rows.order_by()})

    CountryTotal.objects.filter(country__in=ids).delete()
    CountryTotal.objects.bulk_create(totals)
    for country_id in ids:
        Country.objects.filter(pk=country_id).update(
            pledges_given_count=counts["donor"][country_id],
            pledges_received_count=counts["recipient"][country_id],
            sanctions_imposed_count=counts["imposer"][country_id],
            sanctions_received_count=counts["target"][country_id],
        )


def refresh_all() -> None:
    """Rebuild every country's counts and totals."""
    refresh_countries(Country.objects.values_list("pk", flat=True))


@receiver(post_save, sender=Pledge)
@receiver(post_delete, sender=Pledge)
@receiver(post_save, sender=Sanction)
@receiver(post_delete, sender=Sanction)
def _statement_changed(sender, instance, **kwargs):
    refresh_countries(instance.countries_concerned())
    # Once counted, the statement's countries are those it has now.
    instance._loaded_parties = instance._party_ids()
