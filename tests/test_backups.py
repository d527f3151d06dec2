"""Backups round-trip all the data, on SQLite and PostgreSQL alike."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from pledges import caching
from pledges.backups import BackupError, backup, restore
from pledges.loading import default_files, load_source_file
from pledges.models import Country, PageVersion, Pledge, Source

# The backup is read by another connection (pg_dump), so the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def everything() -> dict:
    """Every row of every table: records, their history, totals, users, groups and sessions.
    The page version is left out: a restore moves it on (see the test below)."""
    return {
        model._meta.label: sorted(model._base_manager.values_list(), key=repr)
        for model in apps.get_models()
        if model is not PageVersion
    }


@pytest.fixture
def loaded():
    if not Country.objects.exists():  # put back what an earlier flush removed
        from importlib import import_module

        import_module("pledges.migrations.0002_countries").add_countries(apps, None)
    load_source_file(default_files()[0])
    return everything()


def test_a_backup_restores_every_record(loaded, tmp_path):
    path = backup(tmp_path)
    assert path.stat().st_size > 0
    Pledge.objects.filter(reference="us-ua-weapons").delete()
    Source.objects.update(title="Damaged")
    assert everything() != loaded
    restore(path)
    connection.close()
    assert everything() == loaded


def test_a_restore_makes_every_cached_page_stale(loaded, tmp_path):
    path = backup(tmp_path)
    for _ in range(3):  # edits after the backup, each caching pages under a newer version
        caching.pages_changed()
    newest = caching.pages_version()
    restore(path)
    connection.close()
    assert caching.pages_version() > newest


def test_backup_files_are_dated_and_named_for_their_database(loaded, tmp_path):
    path = backup(tmp_path)
    assert path.name.startswith("aidtracker-")
    assert path.suffix == (".dump" if connection.vendor == "postgresql" else ".sqlite3")


def test_restoring_a_missing_or_wrong_file_changes_nothing(loaded, tmp_path):
    with pytest.raises(BackupError, match="no backup at"):
        restore(tmp_path / "missing.dump")
    wrong = tmp_path / ("wrong.dump" if connection.vendor == "postgresql" else "wrong.sqlite3")
    wrong.write_bytes(b"not a backup at all")
    with pytest.raises(BackupError):
        restore(wrong)
    connection.close()
    assert everything() == loaded


def test_restore_command_asks_first(loaded, tmp_path, monkeypatch):
    path = backup(tmp_path)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing was restored"):
        call_command("restore", str(path))
    call_command("restore", str(path), "--yes")
    connection.close()
    assert everything() == loaded
