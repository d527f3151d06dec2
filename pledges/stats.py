"""Precomputed figures, kept in step with every change to pledges, aid items, sanctions, facts.

Pages show how many pledges each country gave and received (per partner, category and currency,
with value totals), how many sanctions it imposed and faced, how many records each source gave,
and each item type's stated quantities per donor. Counting those from a million rows on every
request would be slow, so they are stored (`Country.*_count`, `CountryTotal`, `Source.*_count`,
`ItemTypeTotal`) and rebuilt for what a change concerns, in the same transaction as the change.

Every writer (the admin, the data files, the bulk import, synthetic data, the intake) writes
inside one call, `with figures_rebuilt() as touched:`. The model signals below note what each
saved record concerns; a writer that bypasses them (bulk COPY) notes it with `touched.add()`.
At the end of the block the figures of all that was touched are rebuilt once, and the pages move
on to a new version. A record saved outside any writer (the shell) has its figures rebuilt at
once. `refresh_all()` rebuilds everything from scratch; tests compare each writer with it.
"""

import dataclasses
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Sum
from django.db.models.functions import TruncMonth
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from pledges import versions
from pledges.bulk import BulkWriter
from pledges.models import (
    AidItem,
    Country,
    CountryMonth,
    CountryPartner,
    CountryRole,
    CountryStage,
    CountryTotal,
    DatePrecision,
    Fact,
    ItemType,
    ItemTypeTotal,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionDate,
    SiteCategory,
    SiteMonth,
    Source,
    refresh_dates,
    refresh_status,
)
from pledges.models.pledges import COUNTED_IN_PACKAGE

# (model, field of the country, field of its partner, role)
ROLES = [
    (Pledge, "donor", "recipient", CountryRole.GIVEN),
    (Pledge, "recipient", "donor", CountryRole.RECEIVED),
    (Sanction, "imposer", "target", CountryRole.IMPOSED),
    (Sanction, "target", "imposer", CountryRole.TARGETED),
]
IN_PACKAGE = ExpressionWrapper(COUNTED_IN_PACKAGE, output_field=BooleanField())
# The precisions of a date that give its month.
MONTH_KNOWN = [DatePrecision.DAY, DatePrecision.DERIVED, DatePrecision.MONTH]
COUNTERS = {
    CountryRole.GIVEN: "pledges_given_count",
    CountryRole.RECEIVED: "pledges_received_count",
    CountryRole.IMPOSED: "sanctions_imposed_count",
    CountryRole.TARGETED: "sanctions_received_count",
}


def _lock(model, ids) -> None:
    """Lock the rows whose figures are about to be rebuilt, in id order, until the transaction
    ends: two editors' changes to the same country then rebuild its figures one after the other,
    each from the other's committed rows, rather than both inserting the same totals at once."""
    list(model.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))


@transaction.atomic
def refresh_countries(country_ids) -> None:
    """Rebuild the counts, totals and partners of the given countries from their records."""
    ids = set(country_ids) - {None}
    if not ids:
        return
    _lock_site()
    _lock(Country, ids)
    for model in (CountryTotal, CountryPartner, CountryMonth, CountryStage):
        model.objects.filter(country__in=ids).delete()
    writers = _CountryWriters()
    counts = {role: _write_role(writers, model, field, partner, role, ids)
              for model, field, partner, role in ROLES}  # fmt: skip
    writers.flush()
    _update_countries(ids, counts)
    _refresh_site()


class _CountryWriters:
    """The bulk writers of a country's precomputed rows."""

    def __init__(self):
        self.totals = BulkWriter(CountryTotal, ["country_id", "role", "category", "currency",
                                                "in_package", "pledge_count", "amount",
                                                "converted", "value_usd", "value_eur"])  # fmt: skip
        self.partners = BulkWriter(CountryPartner, ["country_id", "role", "partner_id", "count"])
        self.months = BulkWriter(CountryMonth, ["country_id", "role", "month", "count", "derived"])
        self.stages = BulkWriter(CountryStage, ["country_id", "role", "stage", "count",
                                                "converted", "value_usd"])  # fmt: skip

    def flush(self) -> None:
        for writer in (self.totals, self.partners, self.months, self.stages):
            writer.flush()


def _write_role(writers: _CountryWriters, model, field: str, partner: str, role: str,
                ids) -> Counter:  # fmt: skip
    """Write the countries' rows in one role (partners, months, and for pledges totals and
    stages); return how many records each country has in it."""
    counts = Counter()
    rows = (
        model.objects.filter(**{f"{field}__in": ids})
        .values_list(field, partner)
        .annotate(n=Count("id"))
        .order_by()
    )
    for country_id, partner_id, n in rows:
        counts[country_id] += n
        writers.partners.add((country_id, role, partner_id, n))
    for row in _by_month(model, field, ids):
        writers.months.add((row[0], role, *row[1:]))
    if model is Pledge:
        _write_pledge_values(writers, field, role, ids)
    return counts


def _write_pledge_values(writers: _CountryWriters, field: str, role: str, ids) -> None:
    """The countries' pledge totals per category and currency, and their values per stage."""
    rows = (
        Pledge.objects.filter(**{f"{field}__in": ids})
        .annotate(in_package=IN_PACKAGE)
        .values_list(field, "category", "currency", "in_package")
        .annotate(n=Count("id"), amount=Sum("amount"), converted=Count("value_usd"),
                  usd=Sum("value_usd"), eur=Sum("value_eur"))
        .order_by()
    )  # fmt: skip
    for row in rows:
        writers.totals.add((row[0], role, *row[1:]))
    # What was pledged at each stage: a package's parts are in the package's value.
    rows = (
        Pledge.objects.filter(**{f"{field}__in": ids})
        .values_list(field, "status")
        .annotate(n=Count("id"), converted=Count("value_usd", filter=~COUNTED_IN_PACKAGE),
                  usd=Sum("value_usd", filter=~COUNTED_IN_PACKAGE))
        .order_by()
    )  # fmt: skip
    for row in rows:
        writers.stages.add((row[0], role, *row[1:]))


def _update_countries(ids, counts: dict[str, Counter]) -> None:
    """Store on each country its counts per role, its facts and what it gave in US$ and €."""
    facts = Counter()
    for field in Fact.parties:
        rows = (
            Fact.objects.filter(**{f"{field}__in": ids}).values_list(field).annotate(n=Count("id"))
        )
        for country_id, n in rows.order_by():
            facts[country_id] += n
    given = {
        country_id: (usd, eur, converted)
        for country_id, usd, eur, converted in CountryTotal.objects.filter(
            country__in=ids, role=CountryRole.GIVEN, converted__gt=0, in_package=False
        )
        .values_list("country")
        .annotate(Sum("value_usd"), Sum("value_eur"), Sum("converted"))
        .order_by()
    }
    now = timezone.now()
    for country_id in ids:
        usd, eur, converted = given.get(country_id, (None, None, 0))
        Country.objects.filter(pk=country_id).update(
            updated_at=now,
            facts_count=facts[country_id],
            given_usd=usd,
            given_eur=eur,
            given_converted=converted,
            **{counter: counts[role][country_id] for role, counter in COUNTERS.items()},
        )


# The roles in which each record has exactly one country: the site's figures add them up.
SITE_ROLES = [CountryRole.GIVEN, CountryRole.IMPOSED]


def _lock_site() -> None:
    """Take the site's figures for this transaction, before any country's: they are rebuilt
    from every country's rows, so two changes rebuild them one after the other, each reading the
    other's committed rows. SQLite lets one transaction write at a time anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SITE_LOCK])


SITE_LOCK = 0x616964  # any number that no other advisory lock of the database uses


def _refresh_site() -> None:
    """Rebuild the site-wide months and categories from the countries' precomputed rows (a
    few thousand at most), so that pages read a few dozen."""
    SiteMonth.objects.all().delete()
    months = (
        CountryMonth.objects.filter(role__in=SITE_ROLES)
        .values_list("role", "month")
        .annotate(Sum("count"), Sum("derived"))
        .order_by()
    )
    SiteMonth.objects.bulk_create(
        SiteMonth(role=role, month=month, count=n, derived=derived)
        for role, month, n, derived in months
    )
    SiteCategory.objects.all().delete()
    categories = (
        CountryTotal.objects.filter(role=CountryRole.GIVEN)
        .values_list("category")
        .annotate(Sum("pledge_count"))
        .order_by()
    )
    SiteCategory.objects.bulk_create(
        SiteCategory(category=category, count=n) for category, n in categories
    )


def _by_month(model, field: str, ids):
    """(country, month, records, dates worked out) of the records whose date gives its month."""
    [(date, precision)] = model.dates.items()
    return (
        model.objects.filter(**{f"{field}__in": ids, f"{precision}__in": MONTH_KNOWN})
        .annotate(month=TruncMonth(date))
        .values_list(field, "month")
        .annotate(
            n=Count("id"), derived=Count("id", filter=Q(**{precision: DatePrecision.DERIVED}))
        )
        .order_by()
    )


@transaction.atomic
def refresh_sources(source_ids) -> None:
    """Recount the pledges, sanctions and facts taken from the given sources."""
    ids = set(source_ids) - {None}
    for source_id in ids:
        Source.objects.filter(pk=source_id).update(
            pledge_count=Pledge.objects.filter(source_id=source_id).count(),
            sanction_count=Sanction.objects.filter(source_id=source_id).count(),
            fact_count=Fact.objects.filter(source_id=source_id).count(),
        )


@transaction.atomic
def refresh_item_types(item_type_ids, donor_ids=None) -> None:
    """Rebuild the item type totals of the given types, for the given donors (None: all)."""
    types = set(item_type_ids) - {None}
    if not types or (donor_ids is not None and not set(donor_ids) - {None}):
        return
    _lock_site()  # before any row, as refresh_countries takes it: never in the other order
    _lock(ItemType, types)
    items = AidItem.objects.filter(item_type__in=types)
    totals = ItemTypeTotal.objects.filter(item_type__in=types)
    if donor_ids is not None:
        donors = set(donor_ids) - {None}
        items = items.filter(pledge__donor__in=donors)
        totals = totals.filter(donor__in=donors)
    rows = (
        items.values("item_type", "pledge__donor", "unit")
        .annotate(
            n=Count("id"), stated=Sum("quantity"), unstated=Count("id", filter=Q(quantity=None))
        )
        .order_by()
    )
    totals.delete()
    ItemType.objects.filter(pk__in=types).update(updated_at=timezone.now())
    deliveries = PledgeEvent.objects.filter(item__in=items).values_list(
        "item__item_type", "pledge__donor", "item__unit"
    )
    delivered = {
        (item_type, donor, unit): n
        for item_type, donor, unit, n in deliveries.annotate(n=Sum("quantity")).order_by()
    }
    writer = BulkWriter(ItemTypeTotal, ["item_type_id", "donor_id", "unit", "items", "stated",
                                        "unstated", "delivered"])  # fmt: skip
    for row in rows:
        key = (row["item_type"], row["pledge__donor"], row["unit"])
        writer.add((*key, row["n"], row["stated"], row["unstated"], delivered.get(key)))
    writer.flush()


def refresh_all() -> None:
    """Rebuild every precomputed figure from the stored records."""
    with transaction.atomic():
        refresh_countries(Country.objects.values_list("pk", flat=True))
        refresh_sources(Source.objects.values_list("pk", flat=True))
        refresh_item_types(ItemType.objects.values_list("pk", flat=True))


@dataclasses.dataclass
class Touched:
    """What a writer changed: the countries, sources and item types whose figures it moves."""

    countries: set = dataclasses.field(default_factory=set)
    sources: set = dataclasses.field(default_factory=set)
    item_types: set = dataclasses.field(default_factory=set)
    donors: set | None = dataclasses.field(default_factory=set)  # whose item type totals; None: all

    def add(self, *, countries: Iterable = (), sources: Iterable = (),
            item_types: Iterable = (), donors: Iterable | None = ()) -> "Touched":  # fmt: skip
        self.countries |= set(countries) - {None}
        self.sources |= set(sources) - {None}
        types = set(item_types) - {None}
        if types:
            self.item_types |= types
            self.donors = (
                None if donors is None or self.donors is None else self.donors | set(donors)
            )
        return self

    def __bool__(self) -> bool:
        return bool(self.countries or self.sources or self.item_types)


_writing: ContextVar[Touched | None] = ContextVar("figures_writing", default=None)


@contextmanager
def figures_rebuilt():
    """`with figures_rebuilt() as touched:` around any writing of records: a transaction, at
    whose end the figures of everything touched are rebuilt, once. Nested, it is a savepoint
    of the outermost, which rebuilds for both; a block that gave up (rolled back) rebuilds none."""
    outer = _writing.get()
    touched = Touched() if outer is None else outer
    token = _writing.set(touched)
    try:
        with transaction.atomic():
            yield touched
            if outer is None and touched and not transaction.get_rollback():
                rebuild(touched)
                versions.pages_changed()  # for the writers that no model signal sees
    finally:
        _writing.reset(token)


def rebuild(touched: Touched) -> None:
    """Rebuild the figures of what was touched (each kind in a transaction of its own, inside
    the writer's)."""
    if touched.countries:
        refresh_countries(touched.countries)
    if touched.sources:
        refresh_sources(touched.sources)
    if touched.item_types:
        refresh_item_types(touched.item_types, touched.donors)


def figures_changed(**what) -> None:
    """What a saved record concerns (as `Touched.add`): noted for the end of the writer's
    `figures_rebuilt()`, or rebuilt now when it was saved outside any writer."""
    touched = _writing.get()
    if touched is not None:
        touched.add(**what)
    else:
        rebuild(Touched().add(**what))


@receiver(post_save, sender=Pledge)
@receiver(post_delete, sender=Pledge)
@receiver(post_save, sender=Sanction)
@receiver(post_delete, sender=Sanction)
@receiver(post_save, sender=Fact)
@receiver(post_delete, sender=Fact)
def _statement_changed(sender, instance, **kwargs):
    countries = instance.countries_concerned()
    figures_changed(countries=countries, sources=instance.sources_concerned())
    if sender is Pledge and kwargs.get("signal") is post_save:
        # A pledge moved to another donor moves its items' quantities with it.
        item_types = AidItem.objects.filter(pledge=instance).values_list("item_type", flat=True)
        figures_changed(item_types=item_types, donors=countries)
    instance.mark_counted()


@receiver(post_save, sender=PledgeEvent)
@receiver(post_delete, sender=PledgeEvent)
def _event_changed(sender, instance, **kwargs):
    """A pledge's stage is its latest event's: a change of events may move it, and what was
    delivered counts on its item types' pages."""
    pledge = Pledge.objects.filter(pk=instance.pledge_id).first()
    if pledge is None:
        return  # the pledge itself is being deleted
    if refresh_status([pledge.pk]):
        figures_changed(countries=[pledge.donor_id, pledge.recipient_id])
    Pledge.objects.filter(pk=pledge.pk).update(updated_at=timezone.now())
    item_types = AidItem.objects.filter(pledge=pledge).values_list("item_type", flat=True)
    figures_changed(item_types=item_types, donors=[pledge.donor_id])


@receiver(post_save, sender=SanctionDate)
@receiver(post_delete, sender=SanctionDate)
def _sanction_date_changed(sender, instance, **kwargs):
    """A sanction is in force from its earliest date in force, and ends at its lifting."""
    refresh_dates([instance.sanction_id])


@receiver(post_save, sender=AidItem)
@receiver(post_delete, sender=AidItem)
def _aid_item_changed(sender, instance, **kwargs):
    # A pledge's items are part of it: the pledge was updated too.
    Pledge.objects.filter(pk=instance.pledge_id).update(updated_at=timezone.now())
    donor = Pledge.objects.filter(pk=instance.pledge_id).values_list("donor", flat=True).first()
    figures_changed(item_types=instance.item_types_concerned(), donors=[donor])
    instance.mark_counted()
