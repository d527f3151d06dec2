"""Browser tests: Playwright for Python driving Debian's Chromium against the live test server.

Chromium comes from the system (`apt-get install chromium`; `.ci/run` and `make test` install it
where they can); Playwright's own browser download is neither possible here nor needed.
"""

import os
from importlib import import_module
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Playwright's sync API keeps an event loop running in the test thread; Django would otherwise
# refuse database work from the tests' own fixtures there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """Every test here is marked `browser` (`pytest -m "not browser"` runs the rest alone), and
    skipped, saying why, where there is no Chromium."""
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")
    for item in items:
        if "browser" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"],
    }  # fmt: skip


@pytest.fixture
def site(live_server):
    """The live server's address, with the article's data loaded and committed.

    Tests using it are marked `django_db(transaction=True, serialized_rollback=True)`: their
    data must be committed for the server's thread to see it, and is flushed after each test.
    The countries, which the migrations created, are put back when a flush has removed them.
    """
    from django.apps import apps

    from pledges.loading import default_files, load_source_file
    from pledges.models import Country

    if not Country.objects.exists():
        import_module("pledges.migrations.0002_countries").add_countries(apps, None)
    for path in default_files():
        load_source_file(path)
    return live_server.url


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot of the page as it is: `screenshot("home-desktop")`."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
