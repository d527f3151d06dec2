"""Pagination that stays fast at a million rows: counts are bounded, and so are page offsets."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# Lists show at most this many rows, a thousand pages of 25. Beyond it, readers narrow the filters
# or download every row (downloads have no such limit).
MAX_ROWS = 25_000


class CappedPaginator(Paginator):
    """Counts at most MAX_ROWS + 1 rows, so a request never counts a whole table, and offers pages
    only up to MAX_ROWS, so no page reads more than that many rows to skip them."""

    max_rows = MAX_ROWS

    def __init__(self, *args, known_total=None, max_rows=None, counted=None, **kwargs):
        """`max_rows` lowers the cap (a search's); `counted` is the rows' count, bounded by it
        and made already (a search counts its matches to decide their order)."""
        super().__init__(*args, **kwargs)
        self._known_total = known_total
        if max_rows is not None:
            self.max_rows = max_rows
        if counted is not None:
            self.__dict__["_bounded_count"] = counted

    @cached_property
    def total(self) -> int | None:
        """The number of rows where a precomputed figure tells it (`known_total()`), to say how
        many there are beyond the cap; asked for only then. Pages are still counted from the rows
        themselves, so a figure that were ever stale could misstate the total but never hide a row.
        """
        return self._known_total() if self._known_total else None

    @cached_property
    def _bounded_count(self) -> int:
        if isinstance(self.object_list, list):
            return len(self.object_list)
        return self.object_list.order_by()[: self.max_rows + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self._bounded_count, self.max_rows)

    @property
    def capped(self) -> bool:
        """True when there are more rows than the list shows."""
        return self._bounded_count > self.max_rows
