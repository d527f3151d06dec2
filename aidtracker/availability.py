"""While the database cannot be reached, pages answer 503 with a short page and Retry-After.

Nothing is lost or half-written: a request that cannot reach the database does nothing. When the
database is back, the next request works again without a restart, since each request takes a
fresh, checked connection from the pool.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from psycopg_pool import PoolTimeout

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def database_unreachable(error: BaseException) -> bool:
    """True for the errors of a database that cannot be reached, not those of a wrong query."""
    return isinstance(error, OperationalError | InterfaceError | PoolTimeout) or isinstance(
        error.__cause__, PoolTimeout
    )


def unavailable(request) -> HttpResponse:
    html = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}, request=request)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if database_unreachable(exception):
            logger.warning("Database unreachable, answering 503: %s", exception)
            return unavailable(request)
        return None
