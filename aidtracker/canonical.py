"""One address per page: parameters a page does not use are dropped by a redirect.

`/pledges/?donor=sweden&utm_source=x&q=` and `/pledges/?donor=sweden` show the same page, so the
first redirects to the second: the page cache, which keys pages by their address, then holds
one copy of it, and a client cannot make every request a cache miss with parameters that mean
nothing. A view names the parameters it reads in `query_parameters` (a class attribute, or
`accepts_query(...)` on a function); a public view that names none takes none. Empty values are
dropped too, so a filter form sent with blank fields lands on the short address.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.encoding import escape_uri_path


def accepts_query(*names: str):
    """Declare the query parameters a function view reads."""

    def decorate(view):
        view.query_parameters = frozenset(names)
        return view

    return decorate


def query_parameters(view_func) -> frozenset[str]:
    view = getattr(view_func, "view_class", view_func)  # class-based views, feeds, functions
    return frozenset(getattr(view, "query_parameters", ()))


class CanonicalQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_URL}"

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Redirect to the address without the parameters the view does not read, and without
        empty ones; None (the view runs) when there are none such."""
        if self._left_alone(request):
            return None
        accepted = query_parameters(view_func)
        pairs = [(name, value) for name, values in request.GET.lists() for value in values]
        kept = [(name, value) for name, value in pairs if name in accepted and value != ""]
        if len(kept) == len(pairs):
            return None
        return HttpResponsePermanentRedirect(_address(request.path, kept))

    def _left_alone(self, request) -> bool:
        """Whether the request goes to its view unchecked: it has no query, it is not a read
        (GET or HEAD), or its path is the admin's or starts with "//"."""
        return (
            not request.META.get("QUERY_STRING")
            or request.method not in ("GET", "HEAD")
            or request.path.startswith((self.admin_prefix, "//"))
        )


def _address(path: str, kept: list[tuple[str, str]]) -> str:
    """The address of `path` with the query `kept`."""
    query = urlencode(kept, safe=",")  # commas read better, and mean the same
    return escape_uri_path(path) + (f"?{query}" if query else "")
