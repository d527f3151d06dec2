"""Backups that can be restored: the database's own dump for PostgreSQL, a safe copy for SQLite.

`make backup` writes `backups/aidtracker-<database>-<UTC time>.<dump|sqlite3>`, readable by its
owner only (it holds password hashes and sessions); `make restore FILE=...` brings one back,
replacing what the database holds, all at once or not at all. Before anything is replaced, the
file must prove to be an aidtracker backup whose schema this code knows: a decoy, a damaged file or
a backup from a newer version is refused with the database untouched.
"""

import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import UTC, datetime
from itertools import takewhile
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader

from pledges import versions
from pledges.models import AidItem, Country, ItemType, Pledge, Sanction, SanctionTarget, Source

BACKUP_DIR = Path(settings.BASE_DIR) / "backups"
POSTGRESQL = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"
# Tables every aidtracker database has had since pledges' first migration: a file without them
# is no aidtracker backup, whatever its django_migrations table says.
CORE_MODELS = [Country, Source, Pledge, AidItem, ItemType, Sanction, SanctionTarget]


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


def _run(command: list[str], env: dict, failure: str = "") -> str:
    """Run a PostgreSQL client program and return what it printed; BackupError, saying `failure`
    (or that the program failed) and the program's first error line, if it fails."""
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    result = subprocess.run(command, env=env, capture_output=True, text=True, errors="replace")
    if result.returncode:
        error = (result.stderr.strip() or f"exit status {result.returncode}").splitlines()[0]
        raise BackupError(f"{failure or command[0] + ' failed'}: {error}")
    return result.stdout


def backup(directory: Path = BACKUP_DIR) -> Path:
    """Write a dated, restorable backup of the whole database and return its path."""
    config = _database()
    if config["ENGINE"] not in (POSTGRESQL, SQLITE):
        raise BackupError(f"no backup for the database engine {config['ENGINE']}")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = Path(str(config["NAME"]).split("?")[0]).stem.removeprefix("file:")
    suffix = ".dump" if config["ENGINE"] == POSTGRESQL else ".sqlite3"
    path = _new_private_file(directory, f"aidtracker-{name}-{stamp}", suffix)
    try:
        if config["ENGINE"] == POSTGRESQL:
            _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(path)],
                 _postgres_environment(config))  # fmt: skip
        else:
            _copy_sqlite(config["NAME"], path)
    except BaseException:
        path.unlink(missing_ok=True)  # a half-written backup must not be taken for one
        raise
    return path


def _new_private_file(directory: Path, stem: str, suffix: str) -> Path:
    """Create an empty file that only its owner can read and write, before anything is written
    into it: a backup holds password hashes and sessions. A backup taken in the same second as
    another gets a file of its own ("-2"), never the other's."""
    for number in range(1, 100):
        path = directory / f"{stem}{'' if number == 1 else f'-{number}'}{suffix}"
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.fchmod(descriptor, 0o600)  # exactly, whatever the umask
        os.close(descriptor)
        return path
    raise BackupError(f"{directory / stem}{suffix} and 98 more backups of that second exist")


def _copy_sqlite(name, path: Path) -> None:
    # SQLite's backup API copies a consistent snapshot even while the site writes.
    with closing(_sqlite(name)) as source, closing(sqlite3.connect(path)) as target:
        with target:
            source.backup(target)
        # The copy inherits the site's WAL mode, in which merely reading it would leave -wal and
        # -shm files beside it: a backup is one self-contained file.
        target.execute("PRAGMA journal_mode=DELETE")


def restore(path: Path) -> list[str]:
    """Replace the database's contents with a backup, all at once or not at all, and return this
    code's latest migrations that the backup predates (`manage.py migrate` should run them).

    Nothing is touched unless the file is an aidtracker backup of a schema this code knows.
    Cached pages are then made stale: the backup brings back an older page version, under which
    (and under the versions after it) the cache may still hold pages of the data before.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no backup at {path}")
    config = _database()
    if config["ENGINE"] == POSTGRESQL:
        if path.suffix != ".dump":
            raise BackupError("a PostgreSQL backup is a .dump file made by make backup")
        env = _postgres_environment(config)
        predates = _check_schema(path, *_read_archive(path, env))
        before = _pages_version()
        connections.close_all()
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              "--exit-on-error", "--dbname", str(config["NAME"]), str(path)], env)  # fmt: skip
    elif config["ENGINE"] == SQLITE:
        if path.suffix != ".sqlite3":
            raise BackupError("a SQLite backup is a .sqlite3 file made by make backup")
        # The file checked is the very one copied: it stays open from the check to the copy.
        with closing(_open_sqlite_backup(path)) as source:
            predates = _check_schema(path, *_read_sqlite_backup(source, path))
            before = _pages_version()
            connections.close_all()
            with closing(_sqlite(config["NAME"])) as target, target:
                source.backup(target)  # replaces every page of the database in one step
    else:
        raise BackupError(f"no restore for the database engine {config['ENGINE']}")
    versions.pages_moved_past(before)
    return predates


def _pages_version() -> int:
    try:
        return versions.pages_version()
    except DatabaseError:  # a database too damaged to read is restored all the same
        return 0


def _check_schema(path: Path, tables: set[str], migrations: set[tuple[str, str]]) -> list[str]:
    """Refuse a backup that is not aidtracker's or whose schema this code does not know; return
    the latest migrations of this code that it predates.

    `tables` are the backup's tables, `migrations` the (app, name) rows of its django_migrations.
    """
    loader = MigrationLoader(None, ignore_no_migrations=True)
    _refuse_without_pledges(path, migrations)
    _refuse_unknown_migrations(path, migrations, set(loader.disk_migrations))
    _refuse_missing_tables(path, tables)
    return sorted(
        f"{app}.{name}" for app, name in loader.graph.leaf_nodes() if (app, name) not in migrations
    )


def _refuse_without_pledges(path: Path, migrations: set[tuple[str, str]]) -> None:
    """Refuse a backup that records no migration of the pledges app."""
    if not any(app == "pledges" for app, _ in migrations):
        raise BackupError(
            f"{path.name} is not an aidtracker backup: it records no migration of the pledges app"
        )


def _refuse_unknown_migrations(
    path: Path, migrations: set[tuple[str, str]], known: set[tuple[str, str]]
) -> None:
    """Refuse a backup that records migrations of this project's apps that this code lacks."""
    # Rows of apps this project does not have (ones removed long ago, say) are no schema of ours.
    ours = {app for app, _ in known}
    unknown = sorted(f"{app}.{name}" for app, name in migrations - known if app in ours)
    if unknown:
        raise BackupError(
            f"{path.name} comes from a newer or unknown version of aidtracker: it records "
            f"migrations this code does not know ({', '.join(unknown[:3])}"
            f"{', ...' if len(unknown) > 3 else ''})"
        )


def _refuse_missing_tables(path: Path, tables: set[str]) -> None:
    """Refuse a backup that lacks one of the tables every aidtracker database has."""
    missing = [m._meta.db_table for m in CORE_MODELS if m._meta.db_table not in tables]
    if missing:
        raise BackupError(f"{path.name} is not a whole aidtracker backup: it lacks {missing[0]}")


def _open_sqlite_backup(path: Path) -> sqlite3.Connection:
    # A URI built by pathlib percent-encodes the name's %, ? and #, which SQLite would otherwise
    # take for escapes, a query or a fragment and so open another file.
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(f"{path.name} cannot be opened: {error}") from None


def _read_sqlite_backup(source: sqlite3.Connection, path: Path) -> tuple[set, set]:
    """The tables and the migrations recorded in a SQLite backup, once it proves undamaged."""
    try:
        check = source.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name} is not a readable SQLite database: {error}") from None
    if check != "ok":
        raise BackupError(f"{path.name} is damaged: {' '.join(check.split())}")
    rows = source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {name for (name,) in rows}
    if "django_migrations" not in tables:
        raise BackupError(f"{path.name} is not an aidtracker backup: it has no django_migrations")
    try:
        migrations = set(source.execute("SELECT app, name FROM django_migrations"))
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name} is not an aidtracker backup: {error}") from None
    return tables, migrations


def _read_archive(path: Path, env: dict) -> tuple[set, set]:
    """The tables and the migrations recorded in a pg_dump archive, once it proves whole."""
    listing = _run(
        ["pg_restore", "--list", str(path)], env, f"{path.name} is not a pg_dump archive"
    )
    # Lines such as "3761; 0 19620 TABLE DATA public pledges_pledge postgres".
    tables = set(re.findall(r"^\d+; \d+ \d+ TABLE DATA \S+ (\S+) ", listing, re.MULTILINE))
    # Reading every block finds a truncated archive, whose list of contents is still whole.
    _run(["pg_restore", "--file", os.devnull, str(path)], env, f"{path.name} is damaged")
    if "django_migrations" not in tables:
        raise BackupError(f"{path.name} is not an aidtracker backup: it has no django_migrations")
    script = _run(["pg_restore", "--data-only", "--table=django_migrations", "--file=-",
                   str(path)], env, f"{path.name} is damaged")  # fmt: skip
    return tables, _copied_migrations(script)


def _copied_migrations(script: str) -> set[tuple[str, str]]:
    """The (app, name) rows in the COPY of django_migrations of pg_restore's script."""
    lines = iter(script.splitlines())
    for line in lines:
        if copy := re.fullmatch(r"COPY \S*django_migrations \((.*)\) FROM stdin;", line):
            columns = copy[1].split(", ")
            if not {"app", "name"} <= set(columns):
                break
            app, name = columns.index("app"), columns.index("name")
            rows = (row.split("\t") for row in takewhile(lambda row: row != "\\.", lines))
            return {(row[app], row[name]) for row in rows if len(row) == len(columns)}
    return set()
