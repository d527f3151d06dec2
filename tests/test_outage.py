"""While PostgreSQL cannot be reached, pages answer 503; when it is back, they work again.

The production server (gunicorn, as docker compose runs it) talks to PostgreSQL through a small TCP
relay that the test can cut and restore, so the database can "go away" without stopping the
machine's server. Needs the PostgreSQL server on 127.0.0.1:5432, as on every machine here.
"""

import contextlib
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from tests.servers import Gunicorn, app_environment, free_port, run_service_command

POSTGRES = "postgres://postgres@127.0.0.1:5432"


class Relay:
    """Forwards TCP connections from a local port to PostgreSQL, until cut."""

    def __init__(self, port: int):
        self.port = port
        self.sockets: list[socket.socket] = []
        self.listener: socket.socket | None = None

    def start(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self) -> None:
        """Stop listening and break every open connection, as a database outage would."""
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets = []

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", 5432))
            self.sockets += [client, upstream]
            for a, b in [(client, upstream), (upstream, client)]:
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.close()


def get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def database():
    """A PostgreSQL database of its own, migrated and loaded, dropped afterwards."""
    name = f"aidtracker_outage_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432: {error}")
    admin.execute(f'CREATE DATABASE "{name}"')
    run_service_command("migrate", app_environment(f"{POSTGRES}/{name}"))
    yield name
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def server(database_url: str, workdir: Path) -> Gunicorn:
    """gunicorn as compose runs it, in 2 processes of 4 threads, on `database_url`, with no
    page cache and an empty downloads folder of its own (no file that `make run` prebuilt
    answers for the database). A request waits 1 s for a database connection, not 3: the
    same path to the 503, in a third of the time."""
    env = app_environment(database_url, DJANGO_HTTPS="0", PAGE_CACHE_SECONDS="0",
                          DATABASE_POOL_TIMEOUT="1",
                          DOWNLOADS_DIR=str(workdir / "downloads"))  # fmt: skip
    return Gunicorn(env, workdir, WEB_CONCURRENCY="2", WEB_THREADS="4")


def assert_unavailable_for_now(url: str) -> None:
    """The page says the site is away for a while and when to try again, and shows no error."""
    status, headers, page = get(url)  # get() times out after 15 s
    assert status == 503, url
    assert headers["Retry-After"] == "30"
    assert "Temporarily unavailable" in page
    assert "Traceback" not in page


def wait_until_answered(url: str, deadline: float) -> None:
    """Ask for the page until it answers 200; fail once the deadline (a monotonic time) passes."""
    while get(url)[0] != 200:
        assert time.monotonic() < deadline, f"{url} did not come back without a restart"
        time.sleep(0.5)


def at_once(check, site: str, paths: list[str]) -> None:
    """`check(url)` for each path of the site, all at the same time; the first failure fails."""
    with ThreadPoolExecutor(len(paths)) as threads:
        for done in [threads.submit(check, site + path) for path in paths]:
            done.result()


@pytest.mark.usefixtures("static_collected")  # the server's pages name their static files
def test_pages_answer_503_while_the_database_is_away_and_recover(database, tmp_path):
    relay = Relay(free_port())
    relay.start()
    try:
        with server(f"postgres://postgres@127.0.0.1:{relay.port}/{database}", tmp_path) as app:
            status, _, page = get(f"{app.url}/countries/japan/")
            assert status == 200
            assert "Japan" in page

            relay.cut()
            # Each answer waits out the pool's timeout (twice for a reader's page, which the
            # page cache asks for first): asked for at once, as by readers at the same time,
            # they wait together, each in a thread of the server's 2 x 4.
            at_once(assert_unavailable_for_now, app.url,
                    ["/countries/japan/", "/pledges/", "/pledges/?format=csv", "/sanctions/1/"])  # fmt: skip

            relay.start()
            # Each worker thread's pooled connection is found broken and replaced on its next
            # use, so every page comes back, within a bound, without a restart.
            deadline = time.monotonic() + 20
            at_once(lambda url: wait_until_answered(url, deadline), app.url,
                    ["/countries/japan/", "/pledges/", "/sanctions/1/"])  # fmt: skip
    finally:
        relay.cut()


@pytest.mark.usefixtures("static_collected")
def test_server_starts_and_answers_503_when_the_database_was_never_there(tmp_path):
    closed = free_port()  # nothing listens there
    with server(f"postgres://postgres@127.0.0.1:{closed}/aidtracker", tmp_path) as app:
        status, headers, _ = get(f"{app.url}/")
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert get(f"{app.url}/robots.txt")[0] == 200  # what needs no database still works
