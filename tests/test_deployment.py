"""The compose file's shape, and its commands run for real: migrate, load, then gunicorn serving."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from django.conf import settings

PROJECT_DIR = Path(settings.BASE_DIR)
COMPOSE = yaml.safe_load((PROJECT_DIR / "docker-compose.yml").read_text())


def test_compose_runs_postgresql_16_with_a_volume_and_a_healthcheck():
    db = COMPOSE["services"]["db"]
    assert db["image"] == "postgres:16"
    assert any(volume.endswith(":/var/lib/postgresql/data") for volume in db["volumes"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_app_waits_for_a_healthy_database_and_its_migrations():
    web = COMPOSE["services"]["web"]
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert COMPOSE["services"]["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert web["environment"]["DATABASE_URL"].startswith("postgres://")


def test_compose_shares_one_redis_page_cache_between_workers():
    assert COMPOSE["services"]["cache"]["image"].startswith("redis:")
    web = COMPOSE["services"]["web"]
    assert web["depends_on"]["cache"]["condition"] == "service_healthy"
    assert web["environment"]["CACHE_URL"].startswith("redis://cache:")


def test_makefile_serve_runs_the_same_server_as_compose():
    serve = re.search(r"^serve:.*\n((?:\t.*\n)+)", (PROJECT_DIR / "Makefile").read_text(), re.M)
    command = " ".join(COMPOSE["services"]["web"]["command"])
    assert command.replace("gunicorn", "$(BIN)/gunicorn", 1) in serve.group(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError as error:
            pytest.fail(f"{url} answered {error.code}")
        except OSError:
            time.sleep(0.2)  # polling for the server's start, bounded by the deadline
    pytest.fail(f"{url} did not answer within {seconds} s")


def interpolated(value: str) -> str:
    """A compose value with ${VAR:-default} and ${VAR:?message} filled in as compose does."""

    def fill(match: re.Match) -> str:
        name, operator, default = match.groups()
        if os.environ.get(name):
            return os.environ[name]
        assert operator != "?", f"compose would refuse to start: {default}"
        return default or ""

    return re.sub(r"\$\{(\w+)(?::([-?])([^}]*))?\}", fill, value)


@pytest.fixture
def compose_environment(tmp_path, monkeypatch):
    """The compose app's environment, on a SQLite file of its own and a free port."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    monkeypatch.setenv("DJANGO_SECRET_KEY", "compose-test-key-" + "x" * 40)  # as .env would
    env.update({k: interpolated(v) for k, v in COMPOSE["services"]["web"]["environment"].items()})
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'compose.sqlite3'}",
        CACHE_URL="redis://127.0.0.1:6379/14",  # the machine's Redis stands in for the service
        HOST="127.0.0.1",
        PORT=str(free_port()),
        WEB_CONCURRENCY="2",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}",
    )
    return env


def run_service_command(service: str, env: dict) -> str:
    result = subprocess.run(
        COMPOSE["services"][service]["command"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_compose_commands_migrate_load_and_serve_the_admin(compose_environment):
    env = compose_environment
    assert "changes" in run_service_command("migrate", env)
    assert "nothing changed" in run_service_command("migrate", env)
    # The image collects static files when it is built (Dockerfile); do the same here.
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=PROJECT_DIR, env=env, check=True)  # fmt: skip

    server = subprocess.Popen(
        COMPOSE["services"]["web"]["command"],
        cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{env['PORT']}"
    try:
        wait_for(f"{base}/admin/login/", server)
        page = urllib.request.urlopen(f"{base}/admin/login/").read().decode()
        stylesheet = re.search(r'href="(/static/admin/css/base\.[0-9a-f]+\.css)"', page).group(1)
        response = urllib.request.urlopen(base + stylesheet)
        assert response.status == 200
        assert "max-age=315360000" in response.headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=30)
