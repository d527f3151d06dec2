"""Readers' pages read from a replica of the database, where one is configured.

With `DATABASE_REPLICA_URL` set (a PostgreSQL streaming replica of `DATABASE_URL`), the reads of
a reader's page (an anonymous GET or HEAD outside the admin) go to the replica, which can be
scaled out and taken off the primary's load. Everything else reads and writes the primary:
editors (a request with a session cookie, or for the admin), forms sent, management commands,
migrations, and any read inside a transaction, so that an editor sees their own change at once,
however far the replica lags.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"

# Whether reads may go to the replica: only within a reader's request (see ReadersOnReplica).
_readers_request: ContextVar[bool] = ContextVar("readers_request", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _readers_request.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


def readers_request(request) -> bool:
    """A request whose reads may be served by the replica: a reader's, not an editor's."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(f"/{settings.ADMIN_URL}")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class ReadersOnReplicaMiddleware:
    """Marks a reader's request, so that ReplicaRouter sends its reads to the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _readers_request.set(REPLICA in settings.DATABASES and readers_request(request))
        try:
            return self.get_response(request)
        finally:
            _readers_request.reset(token)
