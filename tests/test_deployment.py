"""The compose file's shape, and its commands run for real: migrate, load, then gunicorn serving."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers import (
    COMPOSE,
    Gunicorn,
    app_environment,
    nginx_site,
    request,
    run_service_command,
)

PROJECT_DIR = Path(settings.BASE_DIR)


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


def test_compose_publishes_nginx_only_in_front_of_the_app():
    services = COMPOSE["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    proxy = services["proxy"]
    assert proxy["image"].startswith("nginx:")
    assert proxy["ports"] == ["8000:80"]
    assert (
        "./aidtracker/nginx.conf.template:/etc/nginx/templates/default.conf.template:ro"
        in (proxy["volumes"])
    )
    assert proxy["environment"]["APP_UPSTREAM"] == "web:8000"
    assert proxy["depends_on"]["web"]["condition"] == "service_healthy"


def test_compose_app_trusts_nginxs_address_and_is_exposed_to_the_other_services_only():
    web = COMPOSE["services"]["web"]
    assert web["environment"]["DJANGO_BEHIND_PROXY"] == "1"
    assert web["expose"] == ["8000"]


def test_compose_builds_the_downloads_in_a_service_of_their_own_that_nginx_serves():
    services = COMPOSE["services"]
    builder = services["downloads"]
    assert builder["command"] == ["python", "manage.py", "build_downloads", "--watch"]
    assert builder["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    directory = builder["environment"]["DOWNLOADS_DIR"]
    assert f"downloads:{directory}" in builder["volumes"]
    assert f"downloads:{directory}:ro" in services["web"]["volumes"]
    root = services["proxy"]["environment"]["DOWNLOADS_ROOT"]
    assert f"downloads:{root}:ro" in services["proxy"]["volumes"]
    cache = Path(services["proxy"]["environment"]["CACHE_ROOT"])
    assert f"alias {root}/;" in nginx_site("web:8000", 80, 8081, Path(root), cache)


def test_makefile_serve_runs_the_same_server_as_compose():
    serve = re.search(r"^serve:.*\n((?:\t.*\n)+)", (PROJECT_DIR / "Makefile").read_text(), re.M)
    command = " ".join(COMPOSE["services"]["web"]["command"])
    assert command.replace("gunicorn", "$(BIN)/gunicorn", 1) in serve.group(1)


# The image collects static files when it is built (Dockerfile); so does `static_collected`.
@pytest.mark.usefixtures("static_collected")
def test_compose_commands_migrate_load_and_serve_the_admin(tmp_path):
    env = app_environment(f"sqlite:///{tmp_path / 'compose.sqlite3'}")
    assert "changes" in run_service_command("migrate", env)
    assert "nothing changed" in run_service_command("migrate", env)
    with Gunicorn(env, tmp_path, WEB_CONCURRENCY="2") as server:
        _, _, page = request(server.port, "/admin/login/")
        stylesheet = re.search(r'href="(/static/admin/css/base\.[0-9a-f]+\.css)"', page.decode())
        status, headers, _ = request(server.port, stylesheet.group(1))
        assert status == 200
        assert "max-age=315360000" in headers["Cache-Control"]
