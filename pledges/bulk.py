"""Writing many rows fast: PostgreSQL's COPY, or batched INSERTs on SQLite.

Used where Django's bulk_create would spend more time preparing rows than the database spends
storing them: imports, the synthetic dataset, and rebuilding the precomputed figures.

`BackgroundWrites` lets the database store one batch while the caller prepares the next: on
PostgreSQL the batches go to a thread of their own, on the same connection and so in the same
transaction.
"""

import queue
import threading

from django.db import DEFAULT_DB_ALIAS, connection, connections

BATCH = 5000


class BulkWriter:
    """Writes rows to a table in batches: COPY on PostgreSQL, executemany elsewhere; through
    `writes` (a BackgroundWrites) where given."""

    def __init__(self, model, columns: list[str], writes: "BackgroundWrites | None" = None):
        self.table = model._meta.db_table
        self.columns = columns
        self.rows: list[tuple] = []
        self.writes = writes

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        if self.writes is not None:
            self.writes.submit(self.table, self.columns, rows)
        else:
            write_rows(self.table, self.columns, rows)


def write_rows(table: str, columns: list[str], rows: list[tuple]) -> None:
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)


class BackgroundWrites:
    """`with BackgroundWrites() as writes:` inside a transaction: batches given to `submit`
    are written in order by a thread of their own while the caller goes on (PostgreSQL only;
    elsewhere each is written at once).

    The thread uses the transaction's own psycopg connection, whose lock lets one statement run
    at a time: a query of the caller's waits for the batch being written. `wait()` returns once
    every batch given so far is written, before the caller reads what they hold. A failed write
    is raised in the caller at its next `submit`, `wait` or at the end of the block, and the
    block never ends before the thread has stopped, so the transaction rolls back or commits
    with nothing left running.
    """

    def __init__(self):
        self.background = connection.vendor == "postgresql"
        self.error: BaseException | None = None

    def __enter__(self) -> "BackgroundWrites":
        if self.background:
            connection.ensure_connection()
            self.wrapper = connections[DEFAULT_DB_ALIAS]  # errors read as Django's, as before
            self.raw = self.wrapper.connection  # psycopg's, shared by both threads
            self.batches: queue.Queue = queue.Queue(maxsize=2)  # at most two batches waiting
            self.thread = threading.Thread(target=self._run, name="bulk-writes", daemon=True)
            self.thread.start()
        return self

    def submit(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        self._raise_failure()
        if not self.background:
            write_rows(table, columns, rows)
            return
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        self.batches.put((f"COPY {table} ({quoted}) FROM STDIN", rows))

    def wait(self) -> None:
        """Return once every batch submitted is written."""
        if self.background:
            self.batches.join()
        self._raise_failure()

    def __exit__(self, *exc) -> None:
        if self.background:
            self.batches.put(None)
            self.thread.join()
        if exc[0] is None:
            self._raise_failure()

    def _raise_failure(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (batch := self.batches.get()) is not None:
            try:
                if self.error is None:  # after a failure, the rest is dropped
                    self._copy(*batch)
            except BaseException as error:  # raised in the caller
                self.error = error
            finally:
                self.batches.task_done()
        self.batches.task_done()

    def _copy(self, statement: str, rows: list[tuple]) -> None:
        with (
            self.wrapper.wrap_database_errors,
            self.raw.cursor() as cursor,
            cursor.copy(statement) as copy,
        ):
            for row in rows:
                copy.write_row(row)


class IdAllocator:
    """Ids for new rows, taken before they are written so that other rows can refer to them."""

    def __init__(self, model):
        self.model = model
        self.free: list[int] = []
        self.from_sequence = connection.vendor == "postgresql"
        if not self.from_sequence:
            # SQLite has one writer at a time, and this import holds the write lock.
            last = model.objects.order_by("-id").values_list("id", flat=True).first()
            self.next_id = (last or 0) + 1

    def take(self) -> int:
        if not self.from_sequence:
            self.next_id += 1
            return self.next_id - 1
        if not self.free:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                    [self.model._meta.db_table, BATCH],
                )
                self.free = [row[0] for row in reversed(cursor.fetchall())]
        return self.free.pop()
