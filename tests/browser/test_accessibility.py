"""axe-core, the accessibility engine of browsers' developer tools, finds nothing on any public page.

axe-core comes bundled with `axe-playwright-python`. The pages forbid inline and foreign scripts
(CSP), so it is injected through Playwright's `evaluate`, which the page's policy does not govern.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

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
    return records[kind].get_absolute_url()


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
        "/no-such-page/",
    ],
)
def test_axe_finds_no_accessibility_violation(site, page: Page, path):
    if path.startswith("{"):
        path = record_url(path.strip("{}"))
    page.goto(site + path)
    results = AXE.run(page)
    assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
