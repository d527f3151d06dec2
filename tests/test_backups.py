"""Backups round-trip all the data, on SQLite and PostgreSQL alike, are private to their owner,
and a restore refuses any file that is not an aidtracker backup of a schema this code knows."""

import io
import shutil
import sqlite3
import stat
import subprocess
from contextlib import closing

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from pledges import versions
from pledges.backups import BackupError, _postgres_environment, backup, restore
from pledges.models import PageVersion, Pledge, Source
from tests.factories import load_the_article, put_back_the_seeded_rows

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
    put_back_the_seeded_rows()  # what an earlier flush removed
    load_the_article()
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
        versions.pages_changed()
    newest = versions.pages_version()
    restore(path)
    connection.close()
    assert versions.pages_version() > newest


def test_each_backup_is_a_file_of_its_own_that_restores_its_own_data(loaded, tmp_path):
    """Backups taken one after the other (here within the same second) never overwrite each
    other, and each brings back the data of its moment."""
    first = backup(tmp_path)
    Source.objects.update(title="Renamed after the first backup")
    after_the_edit = everything()
    second = backup(tmp_path)
    assert first != second
    assert sorted(tmp_path.iterdir()) == sorted([first, second])
    restore(first)
    connection.close()
    assert everything() == loaded
    restore(second)
    connection.close()
    assert everything() == after_the_edit


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


def backup_suffix() -> str:
    return ".dump" if connection.vendor == "postgresql" else ".sqlite3"


@pytest.fixture
def migration_records():
    """The database's record of applied migrations, put back as it was after the test: a restore
    brings back the backup's, and the flush between tests leaves django_migrations alone."""
    recorder = MigrationRecorder(connection)
    before = set(recorder.applied_migrations())
    yield recorder
    after = set(recorder.applied_migrations())
    for app, name in after - before:
        recorder.record_unapplied(app, name)
    for app, name in before - after:
        recorder.record_applied(app, name)


def test_backups_are_readable_by_their_owner_only(loaded, tmp_path):
    """A backup holds password hashes and sessions."""
    directory = tmp_path / "backups"
    path = backup(directory)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_a_backup_name_is_not_read_as_a_uri(loaded, tmp_path):
    """SQLite would decode %73 to "s" and take what follows ? and # for a query and a fragment."""
    path = backup(tmp_path).rename(tmp_path / f"aidtracker-%73 ?x#y{backup_suffix()}")
    another_apps_database(None, tmp_path / "aidtracker-s ")  # what the name would open instead
    Pledge.objects.filter(reference="us-ua-weapons").delete()
    restore(path)
    connection.close()
    assert everything() == loaded


def test_a_backup_of_an_older_schema_is_restored_with_a_call_to_migrate(
    loaded, tmp_path, migration_records
):
    (latest,) = MigrationLoader(None).graph.leaf_nodes("pledges")
    migration_records.record_unapplied(*latest)
    path = backup(tmp_path)
    migration_records.record_applied(*latest)
    Source.objects.update(title="Edited after the backup")
    output = io.StringIO()
    call_command("restore", str(path), "--yes", stdout=output)
    connection.close()
    assert everything() == loaded
    assert latest not in migration_records.applied_migrations()
    assert f"{'.'.join(latest)}: run `manage.py migrate` now" in output.getvalue()


@pytest.mark.parametrize("app", ["pledges", "auth"])
def test_a_backup_of_a_newer_or_unknown_schema_is_refused(loaded, tmp_path, migration_records, app):
    migration_records.record_applied(app, "9999_from_the_future")
    path = backup(tmp_path)
    Source.objects.update(title="Edited after the backup")
    edited = everything()
    with pytest.raises(BackupError, match=rf"newer or unknown version .*{app}\.9999_from_the_f"):
        restore(path)
    connection.close()
    assert everything() == edited


# Decoys, each made from a real backup (or not) at `path`.


def text(backup_path, path):
    path.write_text("not a backup at all\n")


def empty(backup_path, path):
    path.touch()


def another_apps_database(backup_path, path):
    with closing(sqlite3.connect(path)) as database, database:
        database.execute("CREATE TABLE notes (body text)")
        database.execute("INSERT INTO notes VALUES ('not aid')")


def another_django_projects_database(backup_path, path):
    with closing(sqlite3.connect(path)) as database, database:
        database.execute("CREATE TABLE django_migrations (id integer, app text, name text)")
        database.executemany(
            "INSERT INTO django_migrations (app, name) VALUES (?, ?)",
            [("contenttypes", "0001_initial"), ("auth", "0001_initial"), ("blog", "0001_initial")],
        )


def truncated(backup_path, path):
    data = backup_path.read_bytes()
    path.write_bytes(data[: len(data) - 5000])


def without_the_pledges_table(backup_path, path):
    if connection.vendor == "postgresql":
        subprocess.run(
            ["pg_dump", "--format=custom", "--exclude-table=pledges_pledge", "--file", path],
            env=_postgres_environment(connection.settings_dict),
            check=True,
        )
    else:
        shutil.copy(backup_path, path)
        with closing(sqlite3.connect(path)) as database:
            database.execute("DROP TABLE pledges_pledge")


@pytest.mark.parametrize(
    ("make", "on_sqlite", "on_postgresql"),
    [
        (text, "is not a readable SQLite database", "is not a pg_dump archive"),
        (empty, "is not an aidtracker backup: it has no django_migrations", "not a pg_dump"),
        (another_apps_database, "it has no django_migrations", "is not a pg_dump archive"),
        (another_django_projects_database, "no migration of the pledges app", "not a pg_dump"),
        (truncated, "is not a readable SQLite database", "is damaged"),
        (without_the_pledges_table, "it lacks pledges_pledge", "it lacks pledges_pledge"),
    ],
    ids=["text", "empty", "another app's", "another project's", "truncated", "partial"],
)
def test_a_file_that_is_no_aidtracker_backup_is_refused(
    loaded, tmp_path, make, on_sqlite, on_postgresql
):
    path = tmp_path / f"aidtracker-decoy{backup_suffix()}"
    make(backup(tmp_path), path)
    Source.objects.update(title="Edited after the backup")
    edited = everything()
    with pytest.raises(BackupError) as refusal:
        restore(path)
    message = str(refusal.value)
    assert (on_postgresql if connection.vendor == "postgresql" else on_sqlite) in message
    assert message.startswith(path.name)
    assert "\n" not in message
    connection.close()
    assert everything() == edited


def test_restore_command_refuses_a_decoy_in_one_line(loaded, tmp_path):
    path = tmp_path / f"aidtracker-decoy{backup_suffix()}"
    another_apps_database(None, path)
    with pytest.raises(CommandError) as refusal:
        call_command("restore", str(path), "--yes")
    assert str(refusal.value).endswith("Nothing was restored.")
    assert "\n" not in str(refusal.value)
    connection.close()
    assert everything() == loaded
