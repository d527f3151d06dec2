"""The addresses of the public pages, worked out once: a list page names hundreds of records."""

from functools import lru_cache

from django.urls import reverse


@lru_cache(maxsize=16384)
def page_url(name: str, key) -> str:
    """reverse("pledges:<name>", args=[key]), remembered."""
    return reverse(f"pledges:{name}", args=[key])
