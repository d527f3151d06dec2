"""The addresses of the public pages, worked out once: a list page names hundreds of records."""

from functools import lru_cache

from django.urls import reverse
from django.utils import translation


def page_url(name: str, key) -> str:
    """reverse("pledges:<name>", args=[key]), remembered for each language (whose pages have
    their own addresses: /countries/japan/, /uk/countries/japan/)."""
    return _page_url(name, key, translation.get_language())


@lru_cache(maxsize=16384)
def _page_url(name: str, key, language: str | None) -> str:
    return reverse(f"pledges:{name}", args=[key])
