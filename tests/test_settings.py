"""Settings come from the environment, and are secure when it says nothing."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

PROJECT_DIR = settings.BASE_DIR


def settings_in(env: dict, expression: str) -> subprocess.CompletedProcess:
    """Import the settings in a fresh interpreter with exactly `env`, and print `expression`."""
    clean = {"PATH": os.environ["PATH"], **env}
    code = f"import aidtracker.settings as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_DIR, env=clean, capture_output=True, text=True
    )


def test_without_debug_a_missing_secret_key_stops_start_up_with_a_clear_message():
    for entry_point in ["aidtracker.wsgi", "aidtracker.asgi"]:
        result = subprocess.run(
            [sys.executable, "-c", f"import {entry_point}"], cwd=PROJECT_DIR,
            env={"PATH": os.environ["PATH"]}, capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode != 0, entry_point
        assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_commands_that_need_no_secret_key_run_without_one():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"], cwd=PROJECT_DIR,
        env={"PATH": os.environ["PATH"]}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_debug_is_off_unless_asked_for():
    assert settings_in({"DJANGO_SECRET_KEY": "k" * 50}, "s.DEBUG").stdout.strip() == "False"
    assert (
        settings_in({"DJANGO_SECRET_KEY": "k", "DJANGO_DEBUG": "no"}, "s.DEBUG").stdout.strip()
        == "False"
    )
    assert settings_in({"DJANGO_DEBUG": "1"}, "s.DEBUG").stdout.strip() == "True"


def test_database_url_selects_postgresql_through_psycopg():
    env = {"DJANGO_DEBUG": "1", "DATABASE_URL": "postgres://editor@db.example:5433/aid"}
    result = settings_in(
        env, "[s.DATABASES['default'][k] for k in ('ENGINE', 'HOST', 'PORT', 'NAME')]"
    )
    assert result.stdout.strip() == "['django.db.backends.postgresql', 'db.example', 5433, 'aid']"


def test_the_pool_waits_three_seconds_for_a_connection_unless_told():
    env = {"DJANGO_DEBUG": "1", "DATABASE_URL": "postgres://editor@db.example:5433/aid"}
    pool = "s.DATABASES['default']['OPTIONS']['pool']['timeout']"
    assert settings_in(env, pool).stdout.strip() == "3.0"
    assert settings_in({**env, "DATABASE_POOL_TIMEOUT": "0.5"}, pool).stdout.strip() == "0.5"


@pytest.mark.parametrize(("name", "value", "wanted"), [
    ("DATABASE_POOL_TIMEOUT", "3s", "a number of seconds"),
    ("WEB_THREADS", "four", "a whole number"),
])  # fmt: skip
def test_a_number_that_is_not_one_stops_start_up_naming_it(name, value, wanted):
    result = settings_in({"DJANGO_DEBUG": "1", name: value}, "1")
    assert result.returncode != 0
    assert f"{name} must be {wanted}, not '{value}'." in result.stderr
    assert "ValueError" not in result.stderr


def test_without_database_url_sqlite_lives_in_the_project():
    result = settings_in({"DJANGO_DEBUG": "1"}, "s.DATABASES['default']['NAME']")
    assert result.stdout.strip() == str(PROJECT_DIR / "db.sqlite3")


def test_bad_database_url_is_explained():
    result = settings_in({"DJANGO_DEBUG": "1", "DATABASE_URL": "mongo://x"}, "1")
    assert "DATABASE_URL is not a database URL Django knows" in result.stderr


def test_cache_url_selects_redis_and_defaults_to_local_memory():
    env = {"DJANGO_DEBUG": "1", "CACHE_URL": "redis://cache.example:6379/0"}
    backend = "(s.CACHES['default']['BACKEND'], s.CACHES['default'].get('LOCATION'))"
    assert settings_in(env, backend).stdout.strip() == (
        "('django.core.cache.backends.redis.RedisCache', 'redis://cache.example:6379/0')"
    )
    result = settings_in({"DJANGO_DEBUG": "1"}, backend)
    assert result.stdout.strip() == "('django.core.cache.backends.locmem.LocMemCache', None)"
    assert (
        "CACHE_URL must be a redis://"
        in settings_in({**env, "CACHE_URL": "memcached://x"}, "1").stderr
    )
    # The tables' rows in a cache of their own: the same Redis under their own prefix, or a
    # bounded part of the process's memory.
    rows = "(s.CACHES['rows'].get('LOCATION'), s.CACHES['rows'].get('KEY_PREFIX'), s.CACHES['rows'].get('OPTIONS'))"
    assert settings_in(env, rows).stdout.strip() == "('redis://cache.example:6379/0', 'rows', None)"
    assert (
        settings_in({"DJANGO_DEBUG": "1"}, rows).stdout.strip()
        == "('rows', None, {'MAX_ENTRIES': 5000})"
    )


def test_allowed_hosts_come_from_a_comma_separated_list():
    env = {"DJANGO_DEBUG": "1", "DJANGO_ALLOWED_HOSTS": "aid.example, www.aid.example"}
    assert (
        settings_in(env, "s.ALLOWED_HOSTS").stdout.strip() == "['aid.example', 'www.aid.example']"
    )


def test_env_example_lists_every_variable_the_settings_read():
    read = set(
        re.findall(r'env_\w+\("(\w+)"', (PROJECT_DIR / "aidtracker/settings.py").read_text())
    )
    example = (PROJECT_DIR / ".env.example").read_text()
    listed = {
        line.split("=")[0]
        for line in example.splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert read <= listed
