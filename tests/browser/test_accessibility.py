"""axe-core, the accessibility engine of browsers' developer tools, finds nothing on any public page.

axe-core comes bundled with `axe-playwright-python`. The pages forbid inline and foreign scripts
(CSP), so it is injected through Playwright's `evaluate`, which the page's policy does not govern.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# Every rule axe-core applies by default: WCAG 2.x A and AA, and its best practices.
AXE = Axe()


def record_url(kind: str) -> str:
    from pledges.models import Fact, ItemType, Pledge, Sanction, Source

    records = {
        "fact": Fact.objects.get(reference="pl-refugees-from-ua"),
        "pledge": Pledge.objects.get(reference="se-ua-military-shipment"),
        "sanction": Sanction.objects.get(reference="jp-ru-bank-asset-freeze"),
        "source": Source.objects.get(),
        "item": ItemType.objects.get(slug="helmets"),
    }
    if kind in PREPARED:
        return PREPARED[kind]()
    return records[kind].get_absolute_url()


def _corrected_pledge():
    """Canada's pledge corrected with a reason, and reported by a second source that gives
    another figure: its page shows figures side by side, its history the change."""
    from decimal import Decimal

    from pledges.models import Corroboration, Pledge, Source

    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    pledge.description = "Further military aid, on top of earlier Canadian aid."
    pledge._change_reason = "Clearer wording."
    pledge.save()
    other = Source.objects.create(reference="second", title="A second report",
                                  text="Canada sends C$30 million more in military aid.")  # fmt: skip
    Corroboration.objects.create(pledge=pledge, source=other, paragraph=1,
                                 quote="C$30 million more", figure=Decimal("30000000"),
                                 currency="CAD", note="It counts a later tranche.")  # fmt: skip
    return pledge


def _sanction_over_time():
    from datetime import date

    from pledges.models import Sanction, SanctionDate

    sanction = Sanction.objects.get(reference="jp-ru-bank-asset-freeze")
    SanctionDate.objects.create(sanction=sanction, kind="in_force", occurred_on=date(2022, 3, 1),
                                occurred_precision="day", source=sanction.source,
                                paragraph=sanction.paragraph, quote=sanction.quote)  # fmt: skip
    Sanction.objects.filter(pk=sanction.pk).update(legal_act="Cabinet Order 1")
    return sanction.get_absolute_url()


PREPARED = {
    "corrected": lambda: _corrected_pledge().get_absolute_url(),
    "history": lambda: f"{_corrected_pledge().get_absolute_url()}history/",
    "changes": lambda: (_corrected_pledge(), "/changes/?country=canada")[1],
    "sanction-dates": _sanction_over_time,
}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/countries/",
        "/countries/japan/",
        "/countries/ukraine/",
        "/countries/poland/",  # a country with facts only
        "{fact}",
        "/pledges/?donor=canada",  # values read and worked out, with their marks
        "/countries/france/",  # a country with no data
        "/countries/narnia/",  # no such country: the helpful 404
        "/pledges/",
        "/pledges/?donor=sweden",
        "/pledges/?amount_min=500&amount_max=100",  # a filter that cannot apply, and its message
        "{pledge}",
        "/sanctions/",
        "{sanction}",
        "/items/",
        "{item}",
        "/sources/",
        "{source}",
        "/downloads/",
        "/compare/?countries=japan,united-states,sweden,ukraine",
        "/compare/?countries=japan,narnia",  # a country that does not exist, and its message
        "/pledges/stages/",
        "/no-such-page/",
    ],
)
def test_axe_finds_no_accessibility_violation(reading_site, page: Page, path):
    """The pages as the article's data shows them (one committed copy serves these tests)."""
    if path.startswith("{"):
        path = record_url(path.strip("{}"))
    assert_no_violation(page, reading_site, path)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "kind",
    [
        "corrected",  # figures by source side by side, a correction, adding to earlier aid
        "history",
        "changes",
        "sanction-dates",
    ],
)
def test_axe_finds_no_violation_on_pages_of_changed_records(site, page: Page, kind):
    """The pages of records an editor changed: their data is made for each test and flushed."""
    assert_no_violation(page, site, record_url(kind))


def assert_no_violation(page: Page, site: str, path: str) -> None:
    page.goto(site + path)
    results = AXE.run(page)
    assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
