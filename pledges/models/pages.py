"""The version of the public pages, which every edit moves on; see pledges.versions."""

from django.db import models
from django.utils import timezone


class PageVersion(models.Model):
    """One row: a number that changes whenever any record changes.

    Cached pages are stored under the version they were made at, so an edit makes every cached
    page stale at once, in every server process, whatever the cache backend.
    """

    version = models.PositiveBigIntegerField(default=1)
    # When the version last moved on: the pages' Last-Modified.
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"pages version {self.version}"
