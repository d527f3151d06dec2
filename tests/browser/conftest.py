"""Browser tests: Playwright for Python driving Debian's Chromium against the live test server.

Chromium comes from the system (`apt-get install chromium`; `.ci/run` and `make test` install it
where they can); Playwright's own browser download is neither possible here nor needed.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError

from tests.browser.windows import NEW_CONTEXT

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Screenshots are taken when asked for (`make screenshots`, or SCREENSHOTS=1 make test): each is a
# full page drawn again and encoded, a tenth of the browser tests' CPU, and no test reads them.
TAKE_SCREENSHOTS = os.environ.get("SCREENSHOTS", "") not in ("", "0")

# The database the settings name, before pytest-django puts the test database in its place.
CONFIGURED_DATABASE = settings.DATABASES["default"]["NAME"]

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
    """Chromium headless, without what a test has no use for. RenderDocument off: a navigation
    within the site then keeps its frame, as Chromium long did, rather than building a new one
    each time; the browser tests' CPU falls by 8% (66.5 s to 61 s, two runs each), and no page
    behaves otherwise."""
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-features=RenderDocument"],
    }  # fmt: skip


def _the_article_on_the_migrated_tables() -> None:
    """The article loaded as `make run` loads it, committed, onto the tables as the migrations
    left them (put back where a flush has emptied them)."""
    from django.db import connection

    from pledges.models import Country
    from tests.factories import load_the_article, put_back_the_seeded_rows

    serialized = getattr(connection, "_test_serialized_contents", None)
    if not Country.objects.exists() and serialized:
        connection.creation.deserialize_db_from_string(serialized)
    put_back_the_seeded_rows()
    load_the_article()


@pytest.fixture
def site(live_server):
    """The live server's address, with the article's data loaded and committed, for tests that
    change data.

    Tests using it are marked `django_db(transaction=True, serialized_rollback=True)`: their
    data must be committed for the server's thread to see it, and is flushed after each test.
    """
    _the_article_on_the_migrated_tables()
    return live_server.url


@pytest.fixture(scope="session")
def _test_database(django_db_setup, django_db_blocker, django_db_keepdb):
    """The test database, also when the tests that only read run alone.

    pytest-django sets it up only for a run with a test that asks for the database (a
    `django_db` mark, `db`, `transactional_db` or `live_server`), and those tests ask for none:
    their data is committed once and kept (`_article_kept`). Run alone, they found the database
    the settings name, the developer's own, and wrote the article into it."""
    from django.db import DEFAULT_DB_ALIAS, connection
    from django.test.utils import setup_databases, teardown_databases

    if connection.settings_dict["NAME"] != CONFIGURED_DATABASE:  # pytest-django set it up
        yield
        return
    with django_db_blocker.unblock():  # as pytest-django sets it up, --reuse-db included
        created = setup_databases(
            verbosity=0, interactive=False, keepdb=django_db_keepdb, aliases={DEFAULT_DB_ALIAS}
        )
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def _article_kept(_test_database, django_db_blocker):
    """The article committed once in this worker's test database, for the tests that only read.

    Those tests have no database mark, so pytest-django runs them after every test that has
    one (its order: in a transaction, then committing, then the rest), and nothing they leave
    is seen by another test; the test database goes at the session's end."""
    with django_db_blocker.unblock():
        _the_article_on_the_migrated_tables()


@pytest.fixture
def reading_site(request, _article_kept, django_db_blocker):
    """The live server's address over the article's data, loaded once and never flushed: for
    tests that only read. The test may read the database too (to find a record's address)."""
    server = request.getfixturevalue("live_server")  # not by name: no transactional_db
    with django_db_blocker.unblock():
        yield server.url


@pytest.fixture(scope="session")
def _reading_page(browser, browser_context_args):
    """One page for the tests that only read, opened once in each worker: opening a browser
    context for each test took a quarter of a second or more, a sixth of such a test."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page(request):
    """The page a test drives. Tests that only read (`reading_site`) share one, put back as a new
    one would be: no cookie (so no language chosen), a new context's window size, an empty
    document. The others (data changed, an editor signed in) get a browser context of their own,
    as pytest-playwright gives them."""
    if "reading_site" not in request.fixturenames:
        return request.getfixturevalue("context").new_page()
    page = request.getfixturevalue("_reading_page")
    page.context.clear_cookies()
    page.set_viewport_size(NEW_CONTEXT)
    # Emptied in place, not sent to about:blank: leaving the site for about:blank and coming
    # back started a new renderer process for each test, a fifth of the browser tests' CPU.
    page.set_content("")
    return page


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot of the page as it is, `screenshot("home-desktop")`, where
    screenshots are asked for (TAKE_SCREENSHOTS)."""

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        if not TAKE_SCREENSHOTS:
            return path
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(path), full_page=True)
        except PlaywrightError as error:
            # Chromium now and then fails to capture a tall page while the machine is loaded
            # ("Unable to capture screenshot"; seen once in a full run): asked again, it does.
            if "Unable to capture screenshot" not in str(error):
                raise
            page.wait_for_timeout(500)
            page.screenshot(path=str(path), full_page=True)
        return path

    return take
