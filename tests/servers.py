"""Real servers for the tests that need them, started as docker compose starts them.

- `Gunicorn`: the compose file's `web` command (aidtracker/gunicorn.conf.py), in a process group
  of its own.
- `Nginx`: Debian's nginx running the compose file's `proxy` configuration,
  aidtracker/nginx.conf.template, with its ${VARIABLES} filled in as the official image's
  envsubst step fills them, inside the few lines the image's own nginx.conf wraps around it.
- `served_database`: a database of their own, on the suite's engine (PostgreSQL when
  DATABASE_URL names it, else a SQLite file), migrated and loaded as compose's migrate service
  does.
- `collect_static`: the static files they serve, collected as the image's build collects them,
  once a test run (tests/conftest.py's `static_collected`).

Only the standard library talks to them, so what is measured is the servers, not a client.
"""

import contextlib
import fcntl
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from django.conf import settings

PROJECT_DIR = Path(settings.BASE_DIR)
COMPOSE = yaml.safe_load((PROJECT_DIR / "docker-compose.yml").read_text())
NGINX_TEMPLATE = PROJECT_DIR / "aidtracker" / "nginx.conf.template"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(
    port: int,
    path: str,
    *,
    method: str = "GET",
    headers: dict | None = None,
    body: str | None = None,
    source: str = "127.0.0.1",
    timeout: float = 15,
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request from the client address `source` (any 127.x.y.z is this machine)."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0)
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def wait_until_answering(port: int, process: subprocess.Popen, log: Path, seconds=30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped: {log.read_text()[-3000:]}")
        try:
            request(port, "/robots.txt", timeout=2)
            return
        except OSError:
            time.sleep(0.2)  # starting; bounded by the deadline
    pytest.fail(f"the server did not answer within {seconds} s: {log.read_text()[-3000:]}")


def answers_within(url: str, seconds: float, pause: float = 0.2) -> bool:
    """Whether the server at `url` answers for its /robots.txt within `seconds`: it has started."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=2)
            return True
        except OSError:
            time.sleep(pause)  # starting; bounded by the deadline
    return False


class _Process:
    """A server process in its own group, stopped with everything it started."""

    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def app_environment(database_url: str, **extra: str) -> dict:
    """The compose app's environment, with the database, port and paths of this machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        {k: interpolated(str(v)) for k, v in COMPOSE["services"]["web"]["environment"].items()}
    )
    env.update(
        DJANGO_SECRET_KEY="served-test-key-" + "s" * 40,
        DATABASE_URL=database_url,
        CACHE_URL="",  # each process's memory: the tests need no Redis
        HOST="127.0.0.1",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    )
    env.update(extra)
    return env


def interpolated(value: str) -> str:
    """A compose value with ${VAR:-default} and ${VAR:?message} filled in as compose does."""

    def fill(match: re.Match) -> str:
        name, operator, default = match.groups()
        if os.environ.get(name):
            return os.environ[name]
        if operator == "?":
            return ""  # compose would refuse to start; the caller sets the variable itself
        return default or ""

    return re.sub(r"\$\{(\w+)(?::([-?])([^}]*))?\}", fill, value)


def manage(env: dict, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_service_command(service: str, env: dict) -> str:
    """The command of the compose file's `service` (`migrate`: migrated and loaded with the
    article), run here with `env`: its output."""
    result = subprocess.run(
        COMPOSE["services"][service]["command"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def collect_static(run_folder: Path) -> None:
    """`collectstatic` into the project's staticfiles/, as the image does when it is built: once
    for the whole test run, `run_folder` being the folder that all its processes share.

    Every server the tests start serves that one folder, and a collectstatic deletes and rewrites
    its manifest and hashed files: run again while a server of another xdist worker reads them,
    it could leave that server without them. So the first test to need them collects them, under
    a lock, and the others (in any worker) wait for it and find them there.
    """
    with (run_folder / "collectstatic.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        collected = run_folder / "collectstatic.done"
        if not collected.exists():
            manage(app_environment("sqlite://:memory:"), "collectstatic", "--noinput", "-v0")
            collected.touch()


class Gunicorn(_Process):
    """gunicorn as the compose file's `web` service runs it."""

    def __init__(self, env: dict, workdir: Path, **extra: str):
        self.port = free_port()
        self.log = workdir / f"gunicorn-{self.port}.log"
        env = env | {"PORT": str(self.port), **extra}
        self.process = subprocess.Popen(
            COMPOSE["services"]["web"]["command"], cwd=PROJECT_DIR, env=env,
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        wait_until_answering(self.port, self.process, self.log)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def nginx_site(upstream: str, port: int, limiter: int, downloads: Path, cache: Path) -> str:
    """The proxy's configuration with its variables filled in, as the image's envsubst does."""
    values = {"APP_UPSTREAM": upstream, "LISTEN_PORT": str(port), "LIMITER_PORT": str(limiter),
              "DOWNLOADS_ROOT": str(downloads), "CACHE_ROOT": str(cache)}  # fmt: skip
    text = NGINX_TEMPLATE.read_text()
    used = set(re.findall(r"\$\{(\w+)\}", text))
    assert used <= set(COMPOSE["services"]["proxy"]["environment"]), "compose must set them all"
    assert used == set(values), used
    return re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text)


class Nginx(_Process):
    """Debian's nginx with the compose file's proxy configuration, in front of `upstream`."""

    def __init__(self, upstream_port: int, workdir: Path, downloads: Path):
        if not Path(NGINX).exists():
            pytest.skip("no nginx here: apt-get install nginx-light (make test does)")
        self.port = free_port()
        root = workdir / f"nginx-{self.port}"
        root.mkdir()
        (root / "cache").mkdir()
        (root / "site.conf").write_text(
            nginx_site(
                f"127.0.0.1:{upstream_port}", self.port, free_port(), downloads, root / "cache"
            )
        )
        # What the official image's nginx.conf puts around conf.d/*.conf, with every path in
        # this scratch folder; as root, the workers keep root's rights to read it.
        user = "user root;" if os.geteuid() == 0 else ""
        (root / "nginx.conf").write_text(f"""
{user}
daemon off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {root}/client_body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    include {root}/site.conf;
}}
""")
        self.log = root / "error.log"
        self.log.touch()
        self.process = subprocess.Popen(
            [NGINX, "-c", str(root / "nginx.conf"), "-e", str(self.log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        wait_until_answering(self.port, self.process, self.log)


@contextlib.contextmanager
def served_database(workdir: Path):
    """A database for servers started by a test, on the suite's engine: its URL."""
    suite_url = os.environ.get("DATABASE_URL", "")
    if not suite_url.startswith("postgres"):
        yield f"sqlite:///{workdir / 'served.sqlite3'}"
        return
    import psycopg

    parts = urlsplit(suite_url)
    name = f"aidtracker_served_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield parts._replace(path=f"/{name}").geturl()
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
