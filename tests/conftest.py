"""Fixtures shared by the whole suite."""

import gc
import os

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from pytest_django.plugin import blocking_manager_key

from tests.factories import load_the_article


class _SharedArticle:
    """The article's data, loaded once for the tests that read it inside a transaction.

    Loading it takes most of a second, and about half the suite uses it. The first such test
    loads it inside an outer transaction that stays open: each test then runs in a savepoint of
    it (pytest-django's `db`), so what a test changes is rolled back to the freshly loaded
    article. The outer transaction is rolled back before any test that must not see the article,
    and the tests are ordered (`pytest_collection_modifyitems` below) so that this happens once.
    Tests whose data must be committed (`transactional_db`, `live_server`) load it themselves.
    """

    atomic = None
    report = None

    @classmethod
    def open(cls) -> None:
        if cls.atomic is None and not connection.in_atomic_block:
            cls.atomic = transaction.atomic()
            cls.atomic.__enter__()
            cls.report = load_the_article()

    @classmethod
    def close(cls) -> None:
        if cls.atomic is not None:
            transaction.set_rollback(True)
            cls.atomic.__exit__(None, None, None)
            cls.atomic = cls.report = None


def _commits_its_data(item) -> bool:
    """Whether a test runs outside a transaction of its own, as pytest-django decides it."""
    marker = item.get_closest_marker("django_db")
    marked = marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    )
    return bool(marked) or bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _uses_db(item) -> bool:
    return "db" in getattr(item, "fixturenames", ()) or item.get_closest_marker("django_db")


def _shares_the_article(item) -> bool:
    return "article" in getattr(item, "fixturenames", ()) and not _commits_its_data(item)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (tests in a transaction, then committing ones, then the rest):
    the tests that share the article run together, at the end of those in a transaction."""
    in_transaction = [i for i, item in enumerate(items) if _uses_db(item)
                      and not _commits_its_data(item)]  # fmt: skip
    end = max(in_transaction, default=-1) + 1
    head = sorted(items[:end], key=_shares_the_article)  # stable: else in pytest-django's order
    items[:] = head + items[end:]
    for item in head:
        if _shares_the_article(item):  # before pytest-django's marker opens the test's transaction
            item.fixturenames.remove("_article_before_the_test_transaction")
            item.fixturenames.insert(0, "_article_before_the_test_transaction")


def pytest_collection_finish(session):
    """What is alive once the tests are collected (Django, the project, the test items) lives
    until the end: kept out of the garbage collector's passes, which are made less often. The
    collector's time in a worker falls from about 3.4 s to 1.4 s (gc.callbacks, measured)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


# The modules whose tests share work done once in a process: servers set up once for the module
# (fixtures of scope="module"), or the intake's drafts of each article (kept by functools.cache).
# Under xdist each runs whole in one worker, so that work is done once, not once in each worker.
ONE_WORKER_MODULES = {"tests/test_proxy.py", "tests/intake/test_articles.py"}


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup` (tests sent one at a time, in the order above), each of
    ONE_WORKER_MODULES a group sent whole to one worker, before the rest.

    An `xdist_group` mark would say the same, but xdist 3.8 loses those marks under pytest 9.2's
    node ids (pytest-dev/pytest-xdist#1386): grouped here by the tests' ids instead."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class ModulesInOneWorker(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in ONE_WORKER_MODULES else super()._split_scope(nodeid)

    return ModulesInOneWorker(config, log)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Roll the shared article back before the first test that must not see it."""
    if _SharedArticle.atomic is not None and not _shares_the_article(item):
        with item.config.stash[blocking_manager_key].unblock():
            _SharedArticle.close()


@pytest.fixture(scope="session")
def _article_once(django_db_setup, django_db_blocker):
    """The shared article lives in the test database: rolled back before that is destroyed."""
    yield _SharedArticle
    with django_db_blocker.unblock():
        _SharedArticle.close()


@pytest.fixture(autouse=True)
def _article_before_the_test_transaction(request):
    """The shared article's transaction opens before any fixture opens the test's own."""
    if _shares_the_article(request.node):
        shared = request.getfixturevalue("_article_once")
        with request.getfixturevalue("django_db_blocker").unblock():
            shared.open()


@pytest.fixture
def article(request, db):
    """The article's data, loaded as `make run` loads it. (`db` is pytest-django's transaction
    for the test, a savepoint of the shared article's, or none for a test that commits.)"""
    if _SharedArticle.report is not None and _shares_the_article(request.node):
        return _SharedArticle.report
    return load_the_article()  # a committing test, or a test transaction was open first


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        "edith", password="a long editor password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches: what one test cached never shows in another."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _own_downloads_folder(settings, tmp_path):
    """The prebuilt downloads that `make run` leaves in the project never reach a test: each test
    has an empty downloads folder of its own (the tests of the prebuilt files build theirs)."""
    settings.DOWNLOADS_DIR = tmp_path / "downloads"


@pytest.fixture(scope="session")
def static_collected(tmp_path_factory):
    """The project's staticfiles/ collected, as the image's build collects them, for the servers
    that the tests start (tests/servers.py): once a run, whichever xdist worker needs it first."""
    from tests.servers import collect_static

    folder = tmp_path_factory.getbasetemp()
    # Under xdist each worker's temporary folder is inside the run's, which all of them share.
    collect_static(folder.parent if os.environ.get("PYTEST_XDIST_WORKER") else folder)
