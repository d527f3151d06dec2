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

# (field of the country, field of its partner, role) for pledges and for sanctions
PLEDGE_ROLES = [("donor", "recipient", CountryTotal.Role.GIVEN),
                ("recipient", "donor", CountryTotal.Role.RECEIVED)]  # fmt: skip
SANCTION_ROLES = [("imposer", "target", CountryTotal.Role.IMPOSED),
                  ("target", "imposer", CountryTotal.Role.TARGETED)]  # fmt: skip
COUNTERS = {
    CountryTotal.Role.GIVEN: "pledges_given_count",
    CountryTotal.Role.RECEIVED: "pledges_received_count",
    CountryTotal.Role.IMPOSED: "sanctions_imposed_count",
    CountryTotal.Role.TARGETED: "sanctions_received_count",
}


@transaction.atomic
def refresh_countries(country_ids) -> None:
    """Rebuild the counts and totals of the given countries from their pledges and sanctions."""
    ids = set(country_ids) - {None}
    if not ids:
        return
    counts: dict[str, Counter] = {role: Counter() for role in COUNTERS}
    totals = []
    for model, roles, extra in [(Pledge, PLEDGE_ROLES, ("category", "currency")),
                                (Sanction, SANCTION_ROLES, ())]:  # fmt: skip
        for field, partner, role in roles:
            rows = (
                model.objects.filter(**{f"{field}__in": ids})
                .values(field, partner, *extra)
                .annotate(n=Count("id"), **({"amount": Sum("amount")} if extra else {}))
                .order_by()
            )
            for row in rows:
                counts[role][row[field]] += row["n"]
                totals.append(
                    CountryTotal(
                        country_id=row[field],
                        role=role,
                        partner_id=row[partner],
                        category=row.get("category", ""),
                        currency=row.get("currency", ""),
                        pledge_count=row["n"],
                        amount=row.get("amount"),
                    )
                )
    CountryTotal.objects.filter(country__in=ids).delete()
    CountryTotal.objects.bulk_create(totals)
    for country_id in ids:
        Country.objects.filter(pk=country_id).update(
            **{counter: counts[role][country_id] for role, counter in COUNTERS.items()}
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
