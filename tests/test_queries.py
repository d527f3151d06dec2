"""Each page runs a fixed number of SQL queries, however many rows the database holds."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pledges.models import (
    AidItem,
    Change,
    Country,
    Fact,
    ItemType,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionTarget,
    Source,
)
from pledges.stats import refresh_all

PAGES = [
    "/",
    "/countries/",
    "/countries/japan/",
    "/countries/ukraine/",
    "/pledges/",
    "/pledges/?donor=japan&sort=-value&q=aid",
    "/pledges/?q=helmets",
    "/sanctions/?q=asset+freeze",
    "/facts/?q=refugees",
    "/pledges/?item=helmets&recipient=ua&announced_after=2000-01-01&amount_min=1",
    "/pledges/?page=2",
    # Lists that say what their date or value filters, orders and rankings cannot place.
    "/pledges/?announced_after=2000-01-01&currency=USD&sort=-value",
    "/pledges/?currency=EUR&amount_min=1&announced_before=2030-01-01&donor=japan",
    "/pledges/?sort=value",
    "/pledges/?announced=unknown",
    "/pledges/?value=unknown&sort=donor",
    "/pledges/{pledge}/",
    "/sanctions/",
    "/sanctions/?imposer=jp&measure=asset_freeze",
    "/sanctions/?imposed_after=2000-01-01",
    "/sanctions/?imposed=known&target=russia",
    "/sanctions/{sanction}/",
    "/items/",
    "/items/helmets/",
    "/sources/",
    "/sources/{source}/",
    "/feed/",
    "/countries/japan/feed/",
    "/sitemap.xml",
    "/sitemap-pledges.xml",
    "/downloads/",
    "/countries/poland/",
    "/facts/",
    "/facts/?country=ukraine&kind=fled_abroad",
    "/facts/{fact}/",
    "/pledges/{pledge}/?format=json",
    "/pledges/stages/",
    "/pledges/stages/?stage=announced&format=csv",
    "/countries/japan/?format=json",
    "/sources/{source}/?format=json",
    "/changes/",
    "/changes/?country=japan",
    "/changes/feed/?country=japan",
    "/pledges/{pledge}/history/",
    "/sanctions/{sanction}/history/",
    "/facts/{fact}/history/",
]
MAX_QUERIES = 13


def add_rows(per_donor: int, tag: str) -> None:
    """Pledges with items, sanctions with named targets, and sources, in bulk."""
    donors = list(Country.objects.filter(iso_code__in=["JP", "US", "GB", "SE", "CA", "DE"]))
    sources = Source.objects.bulk_create(
        Source(reference=f"{tag}-{n}", title=f"Bulk report {tag} {n}") for n in range(5)
    )
    pledges = add_pledges(donors, sources, per_donor)
    add_items_and_stages(pledges)
    add_sanctions(donors, sources, per_donor // 2)
    add_changes(pledges, per_donor, tag)
    refresh_all()


def add_pledges(donors: list, sources: list, per_donor: int) -> list[Pledge]:
    """`per_donor` pledges of each donor to Ukraine, half of them in euros."""
    ukraine = Country.objects.get(iso_code="UA")
    return Pledge.objects.bulk_create(
        Pledge(
            donor=donor, recipient=ukraine, source=sources[n % 5], paragraph=n + 1,
            quote=f"bulk aid {n}", category="military", description="Bulk aid.",
            amount=1000 + n, currency="EUR" if n % 2 else "USD",
            announced_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=n),
            announced_precision="day",
        )
        for donor in donors
        for n in range(per_donor)
    )  # fmt: skip


def add_items_and_stages(pledges: list[Pledge]) -> None:
    """Three items of each pledge, and its first stage followed by a part delivered."""
    item_types = list(ItemType.objects.all())
    AidItem.objects.bulk_create(
        AidItem(pledge=pledge, item_type=item_types[(pledge.pk + k) % len(item_types)],
                name=f"bulk item {k}", quantity=10 * (k + 1), paragraph=1, quote=f"{k} items")
        for pledge in pledges
        for k in range(3)
    )  # fmt: skip
    PledgeEvent.objects.add_first_events(Pledge.objects.filter(pk__in=[p.pk for p in pledges]))
    PledgeEvent.objects.bulk_create(
        PledgeEvent(pledge=pledge, stage="delivering", source=pledge.source, paragraph=1,
                    quote="part delivered", amount=10, currency="EUR")
        for pledge in pledges
    )  # fmt: skip


def add_sanctions(donors: list, sources: list, per_donor: int) -> None:
    """`per_donor` sanctions of each donor on Russia, each naming two people."""
    russia = Country.objects.get(iso_code="RU")
    sanctions = Sanction.objects.bulk_create(
        Sanction(imposer=donor, target=russia, source=sources[n % 5], paragraph=n + 1,
                 quote=f"bulk sanction {n}", measure="asset_freeze", target_kind="persons",
                 description="Bulk measure.")
        for donor in donors
        for n in range(per_donor)
    )  # fmt: skip
    SanctionTarget.objects.bulk_create(
        SanctionTarget(sanction=sanction, name=f"Person {k}") for sanction in sanctions
        for k in range(2)
    )  # fmt: skip


def add_changes(pledges: list[Pledge], per_record: int, tag: str) -> None:
    """Corrections: `per_record` of each new pledge and of each of the article's records."""
    now = timezone.now()
    records = [(r, "pledge") for r in [*pledges, *Pledge.objects.filter(source__reference=ARTICLE)]]
    records += [(r, "sanction") for r in Sanction.objects.filter(source__reference=ARTICLE)]
    records += [(r, "fact") for r in Fact.objects.filter(source__reference=ARTICLE)]
    Change.objects.bulk_create(
        Change(kind=kind, record_id=record.pk, changed_at=now, record=f"{tag} record",
               fields=[{"label": "Description", "old": "before", "new": "after"}],
               reason="Corrected.", country_id=getattr(record, f"{record.parties[0]}_id"),
               partner_id=getattr(record, f"{record.parties[1]}_id"))
        for record, kind in records
        for _ in range(per_record)
    )  # fmt: skip


ARTICLE = "epoch-times-japan-defense-equipment"


def queries_for(client, url: str) -> int:
    for cache in caches.all():  # the worst case: nothing remembered from an earlier request
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def urls(article):
    values = {
        "pledge": Pledge.objects.get(reference="jp-ua-defense-equipment").pk,
        "sanction": Sanction.objects.get(reference="jp-ru-leaders-asset-freeze").pk,
        "source": Source.objects.get(reference="epoch-times-japan-defense-equipment").pk,
        "fact": Fact.objects.get(reference="pl-refugees-from-ua").pk,
    }
    return [page.format(**values) for page in PAGES]


def test_every_page_runs_the_same_few_queries_with_many_rows(client, urls):
    add_rows(per_donor=2, tag="few")  # every list and section has some rows, and two pages
    few = {url: queries_for(client, url) for url in urls}
    add_rows(per_donor=40, tag="many")
    assert Pledge.objects.count() > 250
    many = {url: queries_for(client, url) for url in urls}
    assert many == few
    assert max(many.values()) <= MAX_QUERIES, many


ADMIN_LISTS = [
    "/admin/pledges/pledge/",
    # Filtered (not searched: the date drill-down under a search follows the matches' dates).
    "/admin/pledges/pledge/?category__exact=military",
    "/admin/pledges/aiditem/",
    "/admin/pledges/sanction/",
    "/admin/pledges/sanctiontarget/",
    "/admin/pledges/fact/",
    "/admin/pledges/corroboration/",
    "/admin/pledges/source/",
]


def test_the_admins_change_lists_run_the_same_queries_with_many_rows(article, editor_client):
    """An editor's lists of records: a page of 100 rows costs the same few queries however many
    rows there are, each row's donor, recipient or source read in the same query."""
    add_rows(per_donor=2, tag="few")
    few = {url: queries_for(editor_client, url) for url in ADMIN_LISTS}
    add_rows(per_donor=40, tag="many")
    many = {url: queries_for(editor_client, url) for url in ADMIN_LISTS}
    assert many == few
