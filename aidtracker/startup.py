"""What the site checks before it serves its first request (wsgi.py and asgi.py call it)."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def refuse_to_serve_without_a_secret_key() -> None:
    if settings.SECRET_KEY_MISSING:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Debug is off (DJANGO_DEBUG is unset), so a secret key "
            "is required: set DJANGO_SECRET_KEY to a long random string, or set DJANGO_DEBUG=1 "
            "for local development only."
        )
