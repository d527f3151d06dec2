"""Writing many rows fast: PostgreSQL's COPY, or batched INSERTs on SQLite.

Used where Django's bulk_create would spend more time preparing rows than the database spends
storing them: imports, the synthetic dataset, and rebuilding the precomputed figures.
"""

from django.db import connection

BATCH = 5000


class BulkWriter:
    """Writes rows to a table in batches: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self, model, columns: list[str]):
        self.table = model._meta.db_table
        self.columns = columns
        self.rows: list[tuple] = []

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        quoted = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.copy(f"COPY {self.table} ({quoted}) FROM STDIN") as copy:
                    for row in self.rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.columns))
                cursor.executemany(
                    f"INSERT INTO {self.table} ({quoted}) VALUES ({marks})", self.rows
                )
        self.rows = []


class IdAllocator:
    """Ids for new rows, taken before they are written so that other rows can refer to them."""

    def __init__(self, model):
        self.model = model
        self.free: list[int] = []
        self.from_sequence = connection.vendor == "postgresql"  # read once, not for every id
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
