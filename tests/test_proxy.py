"""The production front door, run for real: nginx with the compose file's configuration in front
of gunicorn as compose starts it, on a database of their own with 4,000 synthetic pledges.

What one client can do to the site: read answers slowly, ask for uncached pages fast, guess
passwords, send a request line too long. Clients come from different addresses of this machine
(127.0.0.2, 127.0.0.3, ...), as different people would.
"""

import contextlib
import re
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.servers import (
    Gunicorn,
    Nginx,
    app_environment,
    manage,
    request,
    run_service_command,
    served_database,
)

# A filtered download (so streamed, not prebuilt) of about 6.3 MB: more than the kernel buffers
# between a client and the server hold (4 MB at most here: net.ipv4.tcp_wmem; 3 MB seen), so a
# client that reads none of it holds its sender. The timeout test below fails if it ever does not.
BIG_DOWNLOAD = "/pledges/?format=json&sort=-announced"
EDITOR_PASSWORD = "a long editor password"
SYNTHETIC_PLEDGES = 4000
# The servers below are set up once for the module, which runs whole in one xdist worker
# (tests/conftest.py's ONE_WORKER_MODULES). The stalled reader of the timeout test starts with
# the module's first test, and waits for its server to drop it while the others run.
pytestmark = pytest.mark.usefixtures("stalled_reader")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("proxy")


@pytest.fixture(scope="module")
def app_env(workdir, static_collected):
    """The compose app's environment, on a database migrated, loaded and filled."""
    with served_database(workdir) as database_url:
        env = app_environment(
            database_url, DOWNLOADS_DIR=str(workdir / "downloads"), PAGE_CACHE_SECONDS="0"
        )
        run_service_command("migrate", env)
        manage(env, "generate_synthetic", "--pledges", str(SYNTHETIC_PLEDGES), "--seed", "5")
        manage(env, "shell", "-c", "from pledges.editors import create_editor; "
               f"create_editor('edith', '', '{EDITOR_PASSWORD}')")  # fmt: skip
        manage(env, "build_downloads")
        yield env


@pytest.fixture(scope="module")
def app(app_env, workdir):
    """gunicorn as compose runs it: here two processes of four threads."""
    with Gunicorn(app_env, workdir, WEB_CONCURRENCY="2", WEB_THREADS="4") as server:
        yield server


@pytest.fixture(scope="module")
def proxy(app, workdir):
    with Nginx(app.port, workdir, workdir / "downloads") as server:
        yield server


class SlowReader:
    """A client that asks for `path`, takes the first bytes of the answer, then reads nothing."""

    def __init__(self, port: int, path: str, source: str):
        self.sock = socket.socket()
        # A small receive window, so the server's answer backs up at once.
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.sock.bind((source, 0))
        self.sock.settimeout(15)
        self.sock.connect(("127.0.0.1", port))
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.first = self.sock.recv(1024)  # the answer has begun

    def close(self):
        self.sock.close()


def timed_get(port: int, path: str, source: str = "127.0.0.9") -> tuple[int, float]:
    """The status of `path` and the quickest of three tries, in seconds: one try slowed by
    the rest of a busy machine does not decide."""
    tries = []
    for _ in range(3):
        started = time.monotonic()
        status, _, _ = request(port, path, source=source, timeout=10)
        tries.append((status, time.monotonic() - started))
    return min(tries, key=lambda attempt: attempt[1])


def wait_for_log(server, text: str, count: int, seconds: float = 60) -> None:
    """Until `text` is in `count` lines of the server's log (its access log, for gunicorn)."""
    deadline = time.monotonic() + seconds
    while server.log.read_text().count(text) < count:
        assert time.monotonic() < deadline, f"{text!r} not logged {count} times"
        time.sleep(0.2)  # polling a log, bounded by the deadline


@contextlib.contextmanager
def slow_readers(port: int, count: int):
    """`count` clients, each from its own address, that asked for the big download and stopped
    reading it once it had begun."""
    readers = []
    try:
        for n in range(count):
            readers.append(SlowReader(port, BIG_DOWNLOAD, f"127.0.0.{10 + n}"))
        assert all(reader.first.startswith(b"HTTP/1.1 200") for reader in readers)
        yield
    finally:
        for reader in readers:
            reader.close()


def assert_answered_within_a_second(port: int, paths: list[str]) -> None:
    for path in paths:
        status, seconds = timed_get(port, path)
        assert status == 200, path
        assert seconds < 1, f"{path} took {seconds:.1f} s"


def test_slow_readers_through_the_proxy_hold_no_app_thread(app, proxy):
    logged = app.log.read_text().count(BIG_DOWNLOAD)
    with slow_readers(proxy.port, 9):  # more than the app's 2 x 4 threads
        # The app has written every answer whole, to nginx, while the readers read nothing.
        wait_for_log(app, BIG_DOWNLOAD, logged + 9)
        assert_answered_within_a_second(
            proxy.port, ["/robots.txt", "/countries/", "/pledges/?donor=japan"]
        )


def test_slow_readers_reaching_the_app_directly_hold_threads_not_processes(app):
    with slow_readers(app.port, 3):  # more than the app's 2 processes
        assert_answered_within_a_second(app.port, ["/robots.txt", "/countries/"])


# --- Many requests, and what answers them -----------------------------------------------------

SECURITY_HEADERS = [
    "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
]  # fmt: skip


def security(headers) -> dict:
    """The security headers, the policy's directives in any order (they mean the same)."""
    values = {name: headers.get(name) for name in SECURITY_HEADERS}
    policy = values["Content-Security-Policy"]
    values["Content-Security-Policy"] = policy and sorted(policy.split("; "))
    return values


def test_one_client_asking_fast_for_uncached_pages_is_slowed_others_are_not(proxy):
    # Addresses with a query string are those the page cache cannot have ready.
    statuses = [request(proxy.port, f"/robots.txt?n={n}", source="127.0.0.40")[0]
                for n in range(40)]  # fmt: skip
    assert statuses[:20] == [301] * 20  # a burst is let through...
    assert statuses.count(429) >= 10  # ...then the client is held to a few a second
    status, headers, _ = request(proxy.port, "/robots.txt?n=x", source="127.0.0.40")
    assert status == 429
    assert int(headers["Retry-After"]) > 0
    assert request(proxy.port, "/robots.txt", source="127.0.0.40")[0] == 200  # cached pages
    assert request(proxy.port, "/robots.txt?n=1", source="127.0.0.41")[0] == 301  # others


def test_every_answer_carries_the_pages_security_headers(app, proxy):
    _, page, _ = request(proxy.port, "/countries/", source="127.0.0.50")
    assert "default-src 'self'" in page["Content-Security-Policy"]
    long_path = "/pledges/?q=" + "x" * 5000  # over gunicorn's 4,094-byte request line
    answers = {
        "app page, direct": request(app.port, "/countries/", source="127.0.0.50"),
        "414 from gunicorn": request(app.port, long_path, source="127.0.0.50"),
        "414 from gunicorn, through nginx": request(proxy.port, long_path, source="127.0.0.51"),
        "414 from nginx": request(proxy.port, "/" + "x" * 9000, source="127.0.0.52"),
        "static file": request(proxy.port, "/static/css/site.css", source="127.0.0.53"),
        "prebuilt download": request(
            proxy.port, "/downloads/files/aidtracker-countries.csv", source="127.0.0.54"
        ),
        "bad host": request(proxy.port, "/", headers={"Host": "evil.example"}, source="127.0.0.55"),
    }
    statuses = {name: status for name, (status, _, _) in answers.items()}
    assert statuses == {
        "app page, direct": 200, "414 from gunicorn": 414,
        "414 from gunicorn, through nginx": 414, "414 from nginx": 414, "static file": 200,
        "prebuilt download": 200, "bad host": 400,
    }  # fmt: skip
    for name, (_, headers, _) in answers.items():
        assert security(headers) == security(page), name
        assert "gunicorn" not in headers.get("Server", "").lower(), name


PLEDGES_FILE = "/downloads/files/aidtracker-pledges.csv"


def test_a_whole_list_download_redirects_to_its_prebuilt_file(proxy):
    status, headers, _ = request(proxy.port, "/pledges/?format=csv", source="127.0.0.60")
    assert (status, headers["Location"]) == (302, PLEDGES_FILE)


def test_whole_list_downloads_are_prebuilt_files_served_by_nginx(proxy):
    status, headers, body = request(proxy.port, PLEDGES_FILE, source="127.0.0.60")
    assert status == 200
    assert headers["Server"] == "nginx"  # from disk, without the app
    assert headers["X-Robots-Tag"] == "noindex"
    assert body.startswith("\ufeffid,url,donor".encode())
    assert body.count(b"\n") > SYNTHETIC_PLEDGES  # a line each, and the article's


def test_a_prebuilt_file_is_sent_gzipped_to_a_client_that_takes_it(proxy):
    _, _, body = request(proxy.port, PLEDGES_FILE, source="127.0.0.60")
    _, headers, gzipped = request(
        proxy.port, PLEDGES_FILE, headers={"Accept-Encoding": "gzip"}, source="127.0.0.60"
    )
    assert headers["Content-Encoding"] == "gzip"
    assert len(gzipped) < len(body) / 4


@pytest.mark.parametrize("name", ["nothing.csv", ".manifest.json.tmp"])
def test_a_file_that_was_never_built_is_answered_by_the_app_which_says_so(proxy, name):
    assert request(proxy.port, f"/downloads/files/{name}", source="127.0.0.60")[0] == 404


# --- Signing in behind the proxy --------------------------------------------------------------


def sign_in(port: int, username: str, password: str, source: str, **headers):
    """The admin's sign-in form, fetched and sent as a browser at `source` would."""
    _, form_headers, form = request(port, "/admin/login/", source=source)
    cookie = re.search(r"csrftoken=([^;]+)", form_headers["Set-Cookie"]).group(1)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1).decode()
    body = urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password})
    return request(port, "/admin/login/", method="POST", body=body, source=source, headers={
        "Cookie": f"csrftoken={cookie}",
        "Content-Type": "application/x-www-form-urlencoded",
        **headers,
    })  # fmt: skip


def test_failed_sign_ins_lock_one_address_out_of_one_account_not_its_editor(proxy):
    attacker, editor = "127.0.0.70", "127.0.0.71"
    # The attacker claims to be the editor's address: the proxy's word is taken, not theirs.
    statuses = [
        sign_in(proxy.port, "edith", f"guess {n}", attacker, **{"X-Forwarded-For": editor})[0]
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    status, headers, page = sign_in(proxy.port, "edith", EDITOR_PASSWORD, attacker)
    assert status == 429  # even the right password, from there
    assert headers["Retry-After"] == "900"
    assert "15\xa0minutes" in page.decode()
    assert "PT15M" not in page.decode()
    # Another account from the attacker's address, and the editor from theirs, are not locked.
    assert sign_in(proxy.port, "someone", "a guess", attacker)[0] == 200
    status, headers, _ = sign_in(proxy.port, "edith", EDITOR_PASSWORD, editor)
    assert status == 302
    assert headers["Location"] == "/admin/"  # into the admin, not /accounts/profile/


def test_readers_pages_are_answered_from_nginx(proxy):
    first = request(proxy.port, "/countries/japan/", source="127.0.0.60")
    again = request(proxy.port, "/countries/japan/", source="127.0.0.60")
    assert (first[0], again[0]) == (200, 200)
    assert again[1]["X-Proxy-Cache"] == "HIT"
    assert again[2] == first[2]
    # A reader's cached pages cost nothing of its allowance: far past the limit, all answered.
    statuses = {request(proxy.port, "/countries/japan/", source="127.0.0.61")[0] for _ in range(80)}
    assert statuses == {200}


def first_answer_showing(port: int, path: str, text: str, seconds: float = 5):
    """Ask for `path` until its page shows `text`: that answer, or the last one after `seconds`."""
    asked_at = time.monotonic()
    while True:
        answer = request(port, path, source="127.0.0.60")
        if text in answer[2].decode() or time.monotonic() - asked_at >= seconds:
            return answer
        time.sleep(0.1)  # polling the cache, bounded by the deadline


def test_an_edit_shows_on_readers_pages_within_a_second(app_env, proxy):
    assert request(proxy.port, "/countries/japan/", source="127.0.0.60")[0] == 200  # now kept
    manage(app_env, "shell", "-c", "from pledges.models import Country; "
           "c = Country.objects.get(slug='japan'); c.name = 'Japan (edited)'; c.save()")  # fmt: skip
    # The front keeps a copy for a second (counted in whole seconds: one to two), then checks
    # it with the app.
    edited_at = time.monotonic()
    _, headers, page = first_answer_showing(proxy.port, "/countries/japan/", "Japan (edited)")
    assert "Japan (edited)" in page.decode()
    assert time.monotonic() - edited_at < 2.5
    assert headers["X-Proxy-Cache"] in ("EXPIRED", "REVALIDATED", "MISS")


@pytest.mark.parametrize("path", ["/admin/login/", "/pledges/?format=csv&donor=japan", "/nowhere/"])
def test_what_is_not_a_readers_page_is_never_kept(proxy, path):
    request(proxy.port, path, source="127.0.0.62")
    status, headers, _ = request(proxy.port, path, source="127.0.0.62")
    assert headers.get("X-Proxy-Cache") != "HIT", (path, status)


def test_an_editor_is_never_answered_from_the_cache(proxy):
    request(proxy.port, "/countries/sweden/", source="127.0.0.63")
    cookie = {"Cookie": "sessionid=whatever"}
    status, headers, _ = request(
        proxy.port, "/countries/sweden/", source="127.0.0.63", headers=cookie
    )
    assert status == 200
    assert headers["X-Proxy-Cache"] == "BYPASS"


BROWSER = {"Accept": "text/html,*/*;q=0.8"}


def test_each_language_is_kept_apart_by_nginx(proxy):
    for path in ("/countries/canada/", "/ja/countries/canada/", "/uk/countries/canada/"):
        request(proxy.port, path, source="127.0.0.64")
    english = request(proxy.port, "/countries/canada/", source="127.0.0.64")
    japanese = request(proxy.port, "/ja/countries/canada/", source="127.0.0.64")
    assert english[1]["X-Proxy-Cache"] == japanese[1]["X-Proxy-Cache"] == "HIT"
    assert '<html lang="en">' in english[2].decode()
    assert '<html lang="ja">' in japanese[2].decode()


@pytest.mark.parametrize(
    ("headers", "location"),
    [
        ({"Accept-Language": "ja,en;q=0.5"}, "/ja/countries/canada/"),  # first visit
        ({"Accept-Language": "en", "Cookie": "language=uk"}, "/uk/countries/canada/"),  # chosen
    ],
)
def test_a_reader_in_another_language_is_not_given_the_cached_english_page(
    proxy, headers, location
):
    request(proxy.port, "/countries/canada/", source="127.0.0.65")
    assert (
        request(proxy.port, "/countries/canada/", source="127.0.0.65")[1]["X-Proxy-Cache"] == "HIT"
    )
    status, answer, _ = request(
        proxy.port, "/countries/canada/", source="127.0.0.65", headers={**BROWSER, **headers}
    )
    assert status == 302
    assert answer["Location"] == location


def test_a_reader_who_chose_english_is_answered_from_the_cache(proxy):
    request(proxy.port, "/countries/canada/", source="127.0.0.66")
    headers = {**BROWSER, "Accept-Language": "ja", "Cookie": "language=en-gb"}
    status, answer, _ = request(
        proxy.port, "/countries/canada/", source="127.0.0.66", headers=headers
    )
    assert status == 200
    assert answer["X-Proxy-Cache"] == "HIT"


# --- Last, so that the others ran while it waited: the stalled reader, dropped ----------------


@pytest.fixture(scope="module")
def stalled_reader(app_env, workdir):
    """A slow reader of a server of one process and one thread, with gunicorn's `--timeout 2`,
    and a request for /robots.txt that waits behind it, in a thread of its own: (the reader, the
    request's future).

    Set up with the module's first test (pytestmark, above), so that the seconds the request
    waits for the server to drop the reader pass while the module's other tests run. Its server
    works only in the first half-second (writing what the kernel takes of the download), while
    the first test is still starting its readers, before any answer is timed."""
    with Gunicorn(app_env, workdir, WEB_CONCURRENCY="1", WEB_THREADS="1",
                  GUNICORN_CMD_ARGS="--timeout 2") as server:  # fmt: skip
        reader = SlowReader(server.port, BIG_DOWNLOAD, "127.0.0.20")
        with ThreadPoolExecutor(1) as waiting:
            try:
                answered = waiting.submit(
                    request, server.port, "/robots.txt", source="127.0.0.21", timeout=30
                )
                yield reader, answered
            finally:
                reader.close()  # frees the server's one thread, if it still held it


def test_a_client_that_stops_reading_is_dropped_after_the_timeout(stalled_reader):
    reader, answered = stalled_reader
    # One process with one thread: while the slow reader holds it, nothing else is answered.
    # Answered once the reader has been dropped, 2 s after it stopped taking data (and after
    # the time it took to write what it could), not when it goes away.
    status, _, _ = answered.result(timeout=40)
    assert status == 200
    reader.sock.settimeout(5)
    received = b""
    while chunk := reader.sock.recv(1 << 20):  # what was sent before the drop, then EOF
        received += chunk
    assert not received.endswith(b"]}\n")  # cut short: the answer never completed
