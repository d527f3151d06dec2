"""Whole public pages, cached for anonymous readers and made stale by any edit.

Readers far outnumber editors: a page is rendered once, then served from Django's cache (local
memory by default; Redis where CACHE_URL says so) until anything changes. Cached pages are keyed
by the data's version (pledges.versions), which every change moves on in the same transaction,
so an editor's change shows on the very next request, in every server process.

Only anonymous GET and HEAD requests for pages are cached: not the admin, not downloads (they
stream), not responses that set cookies or are not 200. A request is anonymous unless it carries
a live session: a session cookie that is stale or made up is ignored, so it cannot be used to
skip the cache.

The same version makes the pages' HTTP validators: each anonymous page carries an ETag (the
version and the code's release) and a Last-Modified (when the version last moved on), with
`Cache-Control: public, no-cache`, so that browsers and shared caches (the nginx in front) keep
it and ask again before each use; a request whose copy is current is answered 304 without
rendering anything, whether or not the page cache is on.
"""

import hashlib
import logging
from datetime import datetime
from importlib import import_module
from importlib.metadata import distributions

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from pledges.versions import pages_state, readers_request_state

logger = logging.getLogger(__name__)


def _release() -> tuple[str, float]:
    """What writes the pages in this release: a short digest of the code, templates and static
    files (whose hashed names the pages link to) and of the installed packages' versions, and
    the time of the newest of those files. A page's ETag and Last-Modified change with a new
    release even if no record changed."""
    digest, newest = hashlib.sha256(), 0.0
    for folder in ("pledges", "aidtracker", "templates", "static"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(path.read_bytes())
                newest = max(newest, path.stat().st_mtime)
    for package in sorted(f"{d.name}=={d.version}" for d in distributions()):
        digest.update(package.encode())
    return digest.hexdigest()[:12], newest


RELEASE, RELEASED_AT = _release()


# Pages that the data version does not describe, answered without reading it: robots.txt and
# the prebuilt files (served even while the database is out), and the downloads page, which
# shows the files as they were last built, some seconds after an edit.
NOT_DATA_PAGES = ("/robots.txt", "/downloads/")


def _public_page_request(request) -> bool:
    """A reader's request for a page: the same page for every reader at the same data version."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith((f"/{settings.ADMIN_URL}", *NOT_DATA_PAGES))
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
    """Readers' pages: answered 304 when the reader's copy is current, else from the page cache,
    else rendered; each sent with the validators and Cache-Control that let browsers and shared
    caches (nginx) keep it and check it again before each use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            public = _public_page_request(request)
            if public:
                full_path = request.build_absolute_uri()  # an unknown host: a 400, here
                version, changed_at = pages_state()
        except DisallowedHost:
            raise
        except Exception as error:  # the database is out: the page itself will say so
            logger.warning("Page cache unavailable: %s", error)
            public = False
        if not public:
            return self.get_response(request)
        token = readers_request_state.set((version, changed_at))
        try:
            return self._answer(request, version, changed_at, full_path)
        finally:
            readers_request_state.reset(token)

    def _answer(self, request, version: int, changed_at: datetime | None, full_path: str):
        etag = f'W/"{version}-{RELEASE}"'
        # The later of the last edit and of this release's files (whole seconds: a client that
        # sends If-None-Match, as browsers and nginx do, is told apart within a second too).
        modified = max(changed_at.timestamp() if changed_at else 0, RELEASED_AT)
        not_modified = get_conditional_response(request, etag=etag, last_modified=int(modified))
        if not_modified is not None:
            return self._validated(not_modified, etag, modified)
        response = self._cached_or_rendered(request, version, full_path)
        if response.status_code == 200 and self._shared(response):
            self._validated(response, etag, modified)
        return response

    def _cached_or_rendered(self, request, version: int, full_path: str):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return self.get_response(request)
        key = f"page:{version}:{hashlib.sha256(full_path.encode()).hexdigest()}"
        try:
            response = cache.get(key)
        except Exception as error:  # the cache is out: serve the page afresh
            logger.warning("Page cache unavailable: %s", error)
            return self.get_response(request)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if response.status_code == 200 and self._shared(response):
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception as error:
                logger.warning("Page cache unavailable: %s", error)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _shared(response) -> bool:
        """Whether the response is the same for every reader (no cookie, no Vary, not a stream)."""
        return not response.streaming and not response.cookies and not response.has_header("Vary")

    @staticmethod
    def _validated(response, etag: str, modified: float):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        # Any cache may keep the page, and checks it again before each use: an edit shows on
        # the next request, and an unchanged page costs a 304.
        response["Cache-Control"] = "public, no-cache"
        return response
