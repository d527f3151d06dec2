"""The headers every response carries, whoever answers: a page, a static file, an error.

Middleware order does the work (settings.MIDDLEWARE): Django's security middleware, the
Content-Security-Policy and the frame options come before WhiteNoise, so that they also reach
the static files it answers, and `SecurityHeadersMiddleware`, outermost, fills in what an error
raised among them left out. `security_headers()` gives the same values to the answers gunicorn
writes itself (aidtracker/workers.py); nginx's template repeats them for its own answers, and a
test checks that they all agree.
"""

import functools

from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed


@functools.cache
def security_headers() -> dict[str, str]:
    """The security headers of every page, as the settings give them (worked out once)."""
    return {
        "Content-Security-Policy": build_policy(),
        "X-Frame-Options": settings.X_FRAME_OPTIONS,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": settings.SECURE_REFERRER_POLICY,
        "Cross-Origin-Opener-Policy": settings.SECURE_CROSS_ORIGIN_OPENER_POLICY,
    }


def _settings_changed(**kwargs):
    security_headers.cache_clear()  # tests that override a setting


setting_changed.connect(_settings_changed)


class SecurityHeadersMiddleware:
    """Outermost: gives any answer that lacks them the security headers every page has.

    The middleware that set them (Django's security middleware, django-csp, the frame options)
    do so on the way out of a request they saw through; an error raised in one of them (such as
    an unknown host, read while building the redirect to HTTPS) ends the request before they do.
    With debug on, Django's own error pages keep the inline styles they need.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.DEBUG:
            for name, value in security_headers().items():
                response.headers.setdefault(name, value)
        return response


class NoIndexMiddleware:
    """The admin and every file to download (a response with Content-Disposition) ask search
    engines not to index them; robots.txt then need not name them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_URL}"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix) or response.has_header("Content-Disposition"):
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
