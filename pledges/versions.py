"""The version of the public pages' data, which every change to the data moves on.

Each save or delete of a record that pages show moves `PageVersion` on, in the same transaction
as the change: pages cached under an earlier version are never served again, the pages' ETags
change, the filter forms' choices are written again, the prebuilt downloads are rebuilt. Bulk
writers that bypass the signals (imports, synthetic data, restores) call `pages_changed()` or
`pages_moved_past()` themselves. The page cache that reads it is aidtracker.caching.
"""

from contextvars import ContextVar
from datetime import datetime

from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils.timezone import now

from pledges.models import (
    AidItem,
    Corroboration,
    Country,
    Fact,
    ItemType,
    PageVersion,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionDate,
    SanctionTarget,
    Source,
)

EDITED_MODELS = [AidItem, Corroboration, Country, Fact, ItemType, Pledge, PledgeEvent, Sanction,
                 SanctionDate, SanctionTarget, Source]  # fmt: skip


def pages_version() -> int:
    return pages_state()[0]


def pages_state() -> tuple[int, datetime | None]:
    """The pages' version and when it last moved on; (0, None) before any data. Read once for
    a reader's request, which changes nothing (see AnonymousPageCacheMiddleware)."""
    state = readers_request_state.get()
    if state is not None:
        return state
    row = PageVersion.objects.filter(pk=1).values_list("version", "changed_at").first()
    return row or (0, None)


# The page state read for the reader's request being answered, for the page to use again: set by
# the page cache (aidtracker.caching) while it answers.
readers_request_state: ContextVar[tuple[int, datetime | None] | None] = ContextVar(
    "readers_request_state", default=None
)


def pages_changed(**kwargs) -> None:
    """Every cached page is stale from now on (from the commit of the current transaction)."""
    moved = PageVersion.objects.filter(pk=1).update(version=F("version") + 1, changed_at=now())
    if not moved:
        PageVersion.objects.get_or_create(pk=1)


def pages_moved_past(version: int) -> None:
    """Make the page version higher than `version` and than the one it is now, so that no page
    cached under an earlier version is served again (after a restore brings an old one back)."""
    current = pages_version()
    PageVersion.objects.update_or_create(
        pk=1, defaults={"version": max(version, current) + 1, "changed_at": now()}
    )


for model in EDITED_MODELS:
    post_save.connect(pages_changed, sender=model, dispatch_uid=f"pages-{model.__name__}")
    post_delete.connect(pages_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-del")
