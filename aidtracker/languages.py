"""The site's languages: which one a page is in, its addresses in the others, and the reader's
choice.

A public page's language comes from its address alone: `/uk/countries/japan/` is Ukrainian,
`/ja/countries/japan/` Japanese, and the unprefixed `/countries/japan/`, as it always was, English.
So a page is the same for everyone who asks for its address, and the page caches (Django's and
nginx's) keep each language apart by its address.

A reader chooses a language with the switcher on every page (`/language/?to=uk&next=...`), which
remembers the choice in a cookie. An unprefixed page then takes a reader who chose Ukrainian or
Japanese to the same page in that language. A reader who never chose is taken there once, on their
first visit, if their browser asks for Ukrainian or Japanese before English; the cookie set then
means the browser's languages are never consulted again. A reader who chose English stays on the
English pages.

Downloads (`?format=csv`, `?format=json`) are data: the same bytes whatever the page's language,
with the English addresses in them. The admin keeps its addresses; it speaks the editor's chosen
language, else their browser's.
"""

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from aidtracker.canonical import accepts_query
from pledges.models.links import SAME_IN_EVERY_LANGUAGE

DEFAULT = settings.LANGUAGE_CODE
# The codes written in hreflang: the default as plain "en", its pages being for any English reader.
HREFLANG = {code: code.split("-")[0] for code, _name in settings.LANGUAGES}
NAMES = dict(settings.LANGUAGES)  # each language's name in itself, as the switcher shows it


def language_of_path(path: str) -> str:
    """The language of a public address: "uk" for "/uk/...", the default for an unprefixed one."""
    return translation.get_language_from_path(path) or DEFAULT


def unprefixed(path: str) -> str:
    """ "/uk/countries/japan/" -> "/countries/japan/": the address in the default language."""
    language = translation.get_language_from_path(path)
    return path[len(language) + 1 :] if language else path


def address_in(path: str, language: str) -> str:
    """The same page's address in `language`: "/countries/japan/" -> "/ja/countries/japan/"."""
    path = unprefixed(path)
    return path if language == DEFAULT else f"/{language}{path}"


def alternates(path: str) -> list[tuple[str, str]]:
    """(hreflang, address) of the page in every language, the default first, then the default
    again as "x-default" (the page for readers of any other language)."""
    found = [(HREFLANG[code], address_in(path, code)) for code, _name in settings.LANGUAGES]
    return [*found, ("x-default", found[0][1])]


def _is_admin(path: str) -> bool:
    return path.startswith(f"/{settings.ADMIN_URL}")


def browser_language(request) -> str | None:
    """The first of the site's languages that the browser's Accept-Language asks for, or None."""
    header = request.headers.get("Accept-Language", "")
    for code, _quality in translation.trans_real.parse_accept_lang_header(header):
        if code == "*":
            return None
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return None


class PageLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, with the language of a page taken from its address only (so no
    `Vary: Accept-Language`, which would keep shared caches from storing the English pages), and
    the admin's from the editor's choice or browser."""

    def process_request(self, request):
        if _is_admin(request.path_info):
            language = translation.get_language_from_request(request)
        else:
            language = language_of_path(request.path_info)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A download (`?format=csv|json`) is data: written in the default language, with
        its addresses unprefixed, whichever language's address it was asked from. (A format
        that does not exist is refused in the page's language.)"""
        if "format" not in request.GET or _is_admin(request.path_info):
            return
        from pledges.exports import FORMATS  # not at the top: pledges.exports imports this module

        if request.GET["format"] in FORMATS:
            translation.activate(DEFAULT)

    def process_response(self, request, response):
        if _is_admin(request.path_info):
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response.headers.setdefault("Content-Language", translation.get_language())
        translation.deactivate()  # the next request, and any work after this one, start afresh
        return response


class FirstVisitLanguageMiddleware:
    """Takes a reader to the page in their language: the one they chose, or on a first visit the
    one their browser asks for (once: the choice is then remembered)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = self._redirect_to(request)
        if language is None:
            return self.get_response(request)
        target = address_in(request.path, language)
        query = request.META.get("QUERY_STRING", "")
        response = HttpResponseRedirect(f"{target}?{query}" if query else target)
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            _remember(response, language)
        add_never_cache_headers(response)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response

    @staticmethod
    def _redirect_to(request) -> str | None:
        """The language to take this request's page to, or None to answer it as it is."""
        path = request.path_info
        if (
            request.method not in ("GET", "HEAD")
            or translation.get_language_from_path(path)
            or _is_admin(path)
            or "text/html" not in request.headers.get("Accept", "")
        ):
            return None
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in NAMES else browser_language(request) if not chosen else None
        if language in (None, DEFAULT):
            return None
        return language if _a_page_in(path, language) else None


def _a_page_in(path: str, language: str) -> bool:
    """Whether the address names a page that exists in `language`: not a file that is the same
    in every language (robots.txt, the sitemap, downloads, cards), nor no page at all."""
    with translation.override(language):  # a prefix resolves in its own language only
        try:
            match = resolve(address_in(path, language))
        except Resolver404:
            return False
    return match.url_name not in SAME_IN_EVERY_LANGUAGE


def _remember(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )


@accepts_query("to", "next")
def choose(request):
    """The switcher's link: remembers the reader's language and shows `next` in it.

    `/language/?to=ja&next=/countries/japan/` -> /ja/countries/japan/. An unknown language or an
    address on another site is a 400, not a redirect elsewhere.
    """
    language = request.GET.get("to", "")
    following = request.GET.get("next", "/") or "/"
    if language not in NAMES or not url_has_allowed_host_and_scheme(
        following, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseBadRequest(
            translation.gettext("Unknown language or address."), content_type="text/plain"
        )
    path, _, query = following.partition("?")
    target = path if _is_admin(path) else address_in(path, language)
    response = HttpResponseRedirect(f"{target}?{query}" if query else target)
    _remember(response, language)
    add_never_cache_headers(response)
    return response
