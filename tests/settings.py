"""Settings for the test suite: the project's settings, with what tests need set."""

import os

# Tests run with debug off, as production does; they only need a key to sign with.
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-any-real-deployment")
# The test client speaks plain HTTP; HTTPS settings have tests of their own (test_security.py).
os.environ.setdefault("DJANGO_HTTPS", "0")

from aidtracker.settings import *  # noqa: F403

# Hashing passwords slowly is a defence in production and only a delay in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest needs `collectstatic`; tests serve static files straight from the source folders.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Whitenoise serves the source folders directly, as under `make run`, with no `collectstatic`.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Pages are not cached in tests, where each test starts from the same page version; the cache's
# own tests turn it on.
PAGE_CACHE_SECONDS = 0
# Jinja2 pages tell the test client their context, as Django's templates do.
TEMPLATES = [
    {**TEMPLATES[0], "BACKEND": "tests.instrumented_jinja2.Jinja2"},  # noqa: F405
    *TEMPLATES[1:],  # noqa: F405
]
