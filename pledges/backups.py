"""Backups that can be restored: the database's own dump for PostgreSQL, a safe copy for SQLite.

`make backup` writes `backups/aidtracker-<database>-<UTC time>.<dump|sqlite3>`; `make restore
FILE=...` brings one back, replacing what the database holds, all at once or not at all.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections

from pledges import caching

BACKUP_DIR = Path(settings.BASE_DIR) / "backups"


class BackupError(Exception):
    pass


def _database() -> dict:
    return connections["default"].settings_dict


def _sqlite(name) -> sqlite3.Connection:
    """A connection to the SQLite database, a file or (in tests) a shared in-memory one."""
    name = str(name)
    return sqlite3.connect(name, uri=name.startswith("file:"))


def _postgres_environment(config: dict) -> dict:
    """libpq's environment for the configured database, so no password is on a command line."""
    env = {**os.environ, "PGDATABASE": config["NAME"]}
    for key, variable in [("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"),
                          ("PASSWORD", "PGPASSWORD")]:  # fmt: skip
        if config.get(key):
            env[variable] = str(config[key])
    return env


def _run(command: list[str], env: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def backup(directory: Path = BACKUP_DIR) -> Path:
    """Write a dated, restorable backup of the whole database and return its path."""
    config = _database()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = Path(str(config["NAME"]).split("?")[0]).stem.removeprefix("file:")
    if config["ENGINE"] == "django.db.backends.postgresql":
        path = directory / f"aidtracker-{name}-{stamp}.dump"
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(path)],
             _postgres_environment(config))  # fmt: skip
        return path
    if config["ENGINE"] == "django.db.backends.sqlite3":
        path = directory / f"aidtracker-{name}-{stamp}.sqlite3"
        # SQLite's backup API copies a consistent snapshot even while the site writes.
        source = _sqlite(config["NAME"])
        target = sqlite3.connect(path)
        with target:
            source.backup(target)
        source.close()
        target.close()
        return path
    raise BackupError(f"no backup for the database engine {config['ENGINE']}")


def restore(path: Path) -> None:
    """Replace the database's contents with a backup, all at once or not at all.

    Cached pages are then made stale: the backup brings back an older page version, under which
    (and under the versions after it) the cache may still hold pages of the data before.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no backup at {path}")
    before = _pages_version()
    _restore(path)
    caching.pages_moved_past(before)


def _pages_version() -> int:
    try:
        return caching.pages_version()
    except DatabaseError:  # a database too damaged to read is restored all the same
        return 0


def _restore(path: Path) -> None:
    config = _database()
    connections.close_all()
    if config["ENGINE"] == "django.db.backends.postgresql":
        if path.suffix != ".dump":
            raise BackupError("a PostgreSQL backup is a .dump file made by make backup")
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              "--exit-on-error", "--dbname", str(config["NAME"]), str(path)],
             _postgres_environment(config))  # fmt: skip
        return
    if config["ENGINE"] == "django.db.backends.sqlite3":
        if path.suffix != ".sqlite3":
            raise BackupError("a SQLite backup is a .sqlite3 file made by make backup")
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            try:
                check = source.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as error:
                raise BackupError(f"the file is not a SQLite backup: {error}") from None
            if check != "ok":
                raise BackupError(f"the backup is damaged: {check}")
            target = _sqlite(config["NAME"])
            with target:
                source.backup(target)  # replaces every page of the database in one step
            target.close()
        finally:
            source.close()
        return
    raise BackupError(f"no restore for the database engine {config['ENGINE']}")
