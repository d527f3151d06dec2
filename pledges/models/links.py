"""The addresses of the public pages, worked out once: a list page names hundreds of records."""

from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils import translation

# Addresses that serve the same bytes in every language: written unprefixed on every page, so that
# nginx serves the files and caches keep one copy (`address` below, and the first-visit redirect).
SAME_IN_EVERY_LANGUAGE = frozenset(
    {
        "home-card",
        "country-card",
        "compare-card",
        "pledge-card",
        "download-file",
        "robots",
        "favicon",
        "sitemap",
        "sitemap-section",
    }
)


def address(name: str, *args) -> str:
    """reverse(name, args): "/countries/japan/" ("/uk/countries/japan/" on a Ukrainian page);
    files that are the same in every language keep their one address."""
    if name.removeprefix("pledges:") in SAME_IN_EVERY_LANGUAGE:
        with translation.override(settings.LANGUAGE_CODE):
            return reverse(name, args=args or None)
    return reverse(name, args=args or None)


def page_url(name: str, key) -> str:
    """reverse("pledges:<name>", args=[key]), remembered for each language (whose pages have
    their own addresses: /countries/japan/, /uk/countries/japan/)."""
    return _page_url(name, key, translation.get_language())


@lru_cache(maxsize=16384)
def _page_url(name: str, key, language: str | None) -> str:
    return reverse(f"pledges:{name}", args=[key])
