"""Writing many rows (pledges.bulk): each batch stored while the caller prepares the next, in the
caller's own transaction, on SQLite and on PostgreSQL."""

import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from pledges.bulk import BATCH, BackgroundWrites, BulkWriter
from pledges.models import ItemType

pytestmark = pytest.mark.django_db

COLUMNS = ["name", "slug", "description", "updated_at"]


def item_types(count: int, start: int = 0) -> list[tuple]:
    now = timezone.now()
    return [(f"Kind {n}", f"kind-{n}", "", now) for n in range(start, start + count)]


def test_batches_are_all_stored_once_waited_for(monkeypatch):
    written_in = set()
    if connection.vendor == "postgresql":
        copy = BackgroundWrites._copy

        def recorded(self, *args):
            written_in.add(threading.current_thread().name)
            return copy(self, *args)

        monkeypatch.setattr(BackgroundWrites, "_copy", recorded)
    with transaction.atomic(), BackgroundWrites() as writes:
        writer = BulkWriter(ItemType, COLUMNS, writes)
        for row in item_types(2 * BATCH + 7):
            writer.add(row)
        writer.flush()
        writes.wait()
        # Read in the same transaction: every row is there, however many batches.
        assert ItemType.objects.filter(slug__startswith="kind-").count() == 2 * BATCH + 7
    assert ItemType.objects.filter(slug__startswith="kind-").count() == 2 * BATCH + 7
    if connection.vendor == "postgresql":  # written by the thread of its own
        assert written_in == {"bulk-writes"}


def write_twice_the_same_kind() -> None:
    with transaction.atomic(), BackgroundWrites() as writes:
        writes.submit(ItemType._meta.db_table, COLUMNS, item_types(3))
        writes.submit(ItemType._meta.db_table, COLUMNS, item_types(2, start=2))  # kind-2 again
        writes.wait()


def test_a_failed_batch_is_raised_in_the_caller_and_nothing_is_kept():
    with pytest.raises(IntegrityError):
        write_twice_the_same_kind()
    assert not ItemType.objects.filter(slug__startswith="kind-").exists()


def test_the_block_ends_with_the_writes_even_when_the_caller_fails():
    started = []

    def fail_while_writing() -> None:
        with transaction.atomic(), BackgroundWrites() as writes:
            started.append(writes)
            writes.submit(ItemType._meta.db_table, COLUMNS, item_types(BATCH))
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail_while_writing()
    if started[0].background:
        assert not started[0].thread.is_alive()
    assert not ItemType.objects.filter(slug__startswith="kind-").exists()
