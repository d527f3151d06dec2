"""Whole public pages, cached for anonymous readers and made stale by any edit.

Readers far outnumber editors: a page is rendered once, then served from Django's cache (local
memory by default; Redis where CACHE_URL says so) until anything changes. Cached pages are keyed
by `PageVersion`, which every change to the data moves on in the same transaction, so an editor's
change shows on the very next request, in every server process.

Only anonymous GET and HEAD requests for pages are cached: not the admin, not downloads (they
stream), not responses that set cookies or are not 200. A request is anonymous unless it carries
a live session: a session cookie that is stale or made up is ignored, so it cannot be used to
skip the cache.
"""

import hashlib
import logging
from importlib import import_module

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from pledges.models import (
    AidItem,
    Country,
    Fact,
    ItemType,
    PageVersion,
    Pledge,
    Sanction,
    SanctionTarget,
    Source,
)

logger = logging.getLogger(__name__)
EDITED_MODELS = [AidItem, Country, Fact, ItemType, Pledge, Sanction, SanctionTarget, Source]


def pages_version() -> int:
    version = PageVersion.objects.filter(pk=1).values_list("version", flat=True).first()
    return version or 0


def pages_changed(**kwargs) -> None:
    """Every cached page is stale from now on (from the commit of the current transaction)."""
    if not PageVersion.objects.filter(pk=1).update(version=F("version") + 1):
        PageVersion.objects.get_or_create(pk=1)


def pages_moved_past(version: int) -> None:
    """Make the page version higher than `version` and than the one it is now, so that no page
    cached under an earlier version is served again (after a restore brings an old one back)."""
    current = pages_version()
    PageVersion.objects.update_or_create(pk=1, defaults={"version": max(version, current) + 1})


for model in EDITED_MODELS:
    post_save.connect(pages_changed, sender=model, dispatch_uid=f"pages-{model.__name__}")
    post_delete.connect(pages_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-del")


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(f"/{settings.ADMIN_URL}")
        and "format" not in request.GET
        and not _has_session(request)
    )


def _has_session(request) -> bool:
    """Whether the request carries a live session (an editor's). A session cookie that names no
    live session is dropped from the request, so the rest of it goes on as anonymous."""
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if key is None:
        return False
    if import_module(settings.SESSION_ENGINE).SessionStore(session_key=key).load():
        return True
    del request.COOKIES[settings.SESSION_COOKIE_NAME]
    return False


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            cacheable = _cacheable_request(request)
        except Exception as error:  # the database is out: the page itself will say so
            logger.warning("Page cache unavailable: %s", error)
            cacheable = False
        if not cacheable:
            return self.get_response(request)
        full_path = request.build_absolute_uri()  # an unknown host is refused here, with a 400
        try:
            key = f"page:{pages_version()}:{hashlib.sha256(full_path.encode()).hexdigest()}"
            response = cache.get(key)
        except Exception as error:  # the cache or the database is out: serve the page afresh
            logger.warning("Page cache unavailable: %s", error)
            return self.get_response(request)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Vary")
        ):
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception as error:
                logger.warning("Page cache unavailable: %s", error)
        response["X-Page-Cache"] = "miss"
        return response
