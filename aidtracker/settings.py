"""Settings for aidtracker: one module, every value from the environment.

Every environment variable is read in the block just below, with its default and meaning; nothing
further down reads the environment. `.env.example` lists the same variables. The defaults are the
secure ones: with `DJANGO_DEBUG` unset, debug is off and a secret key must be given.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    return value in {"1", "true", "yes", "on"} if value else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or default


def env_number(name: str, default: int | float) -> int | float:
    """A count (when `default` is an int) or an amount of seconds (a float) from the
    environment; a value that is not one stops start-up with a message that names it."""
    value = env_str(name, default=str(default))
    try:
        return type(default)(value)
    except ValueError:
        wanted = "a whole number" if isinstance(default, int) else "a number of seconds"
        raise ImproperlyConfigured(f"{name} must be {wanted}, not {value!r}.") from None


# --- The environment ----------------------------------------------------------------------------
# DJANGO_DEBUG: "1"/"true" turns debug on (development only). Unset or anything else: off.
DEBUG = env_bool("DJANGO_DEBUG", default=False)
# DJANGO_SECRET_KEY: required when debug is off; signs sessions and CSRF tokens.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", default="")
# DJANGO_ALLOWED_HOSTS: comma-separated host names this site answers to.
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
# DATABASE_URL: unset means a SQLite file in the project; postgres://user@host:port/name means
# PostgreSQL through psycopg 3.
DATABASE_URL = env_str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
# WEB_THREADS: how many requests each gunicorn process serves at once, in threads (default 4).
WEB_THREADS = env_number("WEB_THREADS", default=4)
# DATABASE_POOL_SIZE: at most this many PostgreSQL connections per server process (default: one
# a thread, so that no request waits for another's connection).
DATABASE_POOL_SIZE = env_number("DATABASE_POOL_SIZE", default=WEB_THREADS)
# DATABASE_POOL_TIMEOUT: how many seconds a request waits for a PostgreSQL connection before its
# page says the site is away for a while, 503 (default 3).
DATABASE_POOL_TIMEOUT = env_number("DATABASE_POOL_TIMEOUT", default=3.0)
# CACHE_URL: unset means each server process caches in its own memory; redis://host:6379/0 shares
# one Redis cache between processes and machines.
CACHE_URL = env_str("CACHE_URL", default="")
# PAGE_CACHE_SECONDS: how long anonymous readers' pages are kept (0: not cached). Any edit makes
# them stale at once, whatever this says.
PAGE_CACHE_SECONDS = env_number("PAGE_CACHE_SECONDS", default=600)
# DJANGO_ADMIN_URL: where the editors' admin lives, such as "editors/" (default "admin/").
ADMIN_URL = env_str("DJANGO_ADMIN_URL", default="admin/").strip("/") + "/"
# DJANGO_HTTPS: the site is served over HTTPS, by a proxy that sets X-Forwarded-Proto. Default: on
# when debug is off. "0" for plain HTTP on a trusted machine only (make serve, load tests).
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)
# DJANGO_BEHIND_PROXY: the app is reached only through a proxy that sets X-Forwarded-For to the
# client's address, replacing whatever the client sent (docker compose's nginx does: "1"). Off
# (the default): the client's address is the connection's, and X-Forwarded-For, which any client
# can write, is ignored.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", default=False)
# DOWNLOADS_DIR: where `manage.py build_downloads` writes the prebuilt whole-list downloads, served
# at /downloads/files/ (by nginx in docker compose). Default: downloads/ in the project.
DOWNLOADS_DIR = Path(env_str("DOWNLOADS_DIR", default=str(BASE_DIR / "downloads")))
# DJANGO_SITE_URL: the site's public address, for the links inside files built outside any
# request (the prebuilt downloads). Pages build their links from the request instead.
SITE_URL = env_str("DJANGO_SITE_URL", default="http://localhost:8000").rstrip("/")
# ------------------------------------------------------------------------------------------------

# With debug off and no key, the site refuses to start serving (aidtracker/startup.py), while
# commands that need no key (migrate, makemigrations --check, check --deploy) still run.
SECRET_KEY_MISSING = not SECRET_KEY and not DEBUG
if not SECRET_KEY and DEBUG:
    # Debug only: a fixed key is acceptable on a developer's machine and nowhere else.
    SECRET_KEY = "django-insecure-development-only-key-never-used-with-debug-off"

INSTALLED_APPS = [
    "aidtracker.admin_site.EditorsAdminConfig",  # django.contrib.admin, its site ours
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles so that runserver serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "simple_history",
    "axes",
    "pledges",
]

MIDDLEWARE = [
    # First, so that every response carries the security headers: pages, static files, errors.
    "aidtracker.headers.SecurityHeadersMiddleware",
    # Early, so that every page is in its language, the error pages too: from its address alone
    # (/uk/..., /ja/..., English unprefixed), the admin's from the editor's choice.
    "aidtracker.languages.PageLanguageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "aidtracker.headers.NoIndexMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Answers 503 while the database cannot be reached.
    "aidtracker.availability.DatabaseUnavailableMiddleware",
    # A reader's request reads from the replica, where there is one; an editor's from the primary.
    "aidtracker.routers.ReadersOnReplicaMiddleware",
    # A reader's first visit may follow the browser's languages, once (before any cached page).
    "aidtracker.languages.FirstVisitLanguageMiddleware",
    # Before the session and authentication: a cached page for an anonymous reader needs neither.
    "aidtracker.caching.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Parameters a page does not read are dropped by a redirect: one address, one cached page.
    "aidtracker.canonical.CanonicalQueryMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records which editor made each change, for the models' history.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: refuses sign-ins after repeated failures.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out account or address is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "aidtracker.urls"
WSGI_APPLICATION = "aidtracker.wsgi.application"

# The public pages are Jinja2 templates (templates/, see pledges.templating); the admin, its
# additions (pledges/templates/) and the forms' widgets keep Django's own templates.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "pledges.templating.environment",
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Before the apps' own folders, so that the app's pages replace those of installed apps
        # (django-simple-history's history page).
        "DIRS": [BASE_DIR / "pledges" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Forms, the admin's included, drawn by Django's Jinja2 widget templates (aidtracker/renderers.py).
FORM_RENDERER = "aidtracker.renderers.FormRenderer"


def _database(url: str) -> dict:
    """The default database from a URL, with settings suited to each engine."""
    try:
        config = dj_database_url.parse(url)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a database URL Django knows: {error}"
        ) from None
    if config["ENGINE"] == "django.db.backends.postgresql":
        # A pool of connections per server process: a request takes one without reconnecting,
        # and a broken connection (the database restarted) is replaced instead of reused.
        config["CONN_HEALTH_CHECKS"] = True
        config["OPTIONS"] = {
            **config.get("OPTIONS", {}),
            "pool": {
                "min_size": 1,
                "max_size": DATABASE_POOL_SIZE,
                "timeout": DATABASE_POOL_TIMEOUT,
            },
            # Compiling a query to machine code takes longer than these queries run.
            "options": "-c jit=off",
        }
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at the
        # start of a transaction, so that concurrent writers wait instead of failing half-way.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
        # Each server thread keeps its connection between requests: opening one (and reading
        # the schema again) took about a millisecond of every page. A restore writes into the
        # same file (pledges.backups), which open connections see.
        config["CONN_MAX_AGE"] = 600
        config["CONN_HEALTH_CHECKS"] = True
    return config


DATABASES = {"default": _database(DATABASE_URL)}
# DATABASE_REPLICA_URL: a read replica of DATABASE_URL (PostgreSQL streaming replication), from
# which readers' pages read; editors, writes and commands use DATABASE_URL (aidtracker.routers).
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    # In tests, the replica is the test database itself.
    DATABASES["replica"] = _database(DATABASE_REPLICA_URL) | {"TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["aidtracker.routers.ReplicaRouter"]

# "rows": the tables' rows drawn once per data version (pledges.templating.rows), kept apart
# from the pages so that many small rows never push whole pages out. In a process's memory, at
# most 5,000 of them (about 10 MB); in Redis, the same server under their own prefix.
if CACHE_URL.startswith(("redis://", "rediss://")):
    _redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    CACHES = {"default": _redis, "rows": _redis | {"KEY_PREFIX": "rows"}}
elif CACHE_URL:
    raise ImproperlyConfigured(f"CACHE_URL must be a redis:// URL, not {CACHE_URL!r}.")
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "rows": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rows",
                 "OPTIONS": {"MAX_ENTRIES": 5000}},
    }  # fmt: skip
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------------------------
# English is the default and keeps the unprefixed addresses; Ukrainian and Japanese pages live under
# /uk/ and /ja/ (aidtracker.urls). Their messages are in pledges/locale/ (`manage.py translations`).
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English"), ("uk", "Українська"), ("ja", "日本語")]
# Ours first: where a message is also one of Django's or an installed app's ("Home"), the site's
# own translation is the one shown.
LOCALE_PATHS = [BASE_DIR / "pledges" / "locale"]
# The reader's choice, kept for a year; set only by the language switcher (aidtracker.languages).
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with content hashes in their names, so they can be cached for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Security ----------------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Everything the pages load comes from the site itself; no inline script or style is allowed.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The admin's sign-in: after 5 failed sign-ins for one account from one address, that account is
# refused to that address (429, with Retry-After) for 15 minutes; the account's editor signs in
# from anywhere else. The address is the client's own: behind the proxy (DJANGO_BEHIND_PROXY), the
# one the proxy saw, which django-ipware reads from X-Forwarded-For.
AXES_VERBOSE = False
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "aidtracker.signin.lockout"
AXES_IPWARE_PROXY_ORDER = "right-most"
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if BEHIND_PROXY else ["REMOTE_ADDR"]
)
# Signing in leads to the admin (the site has no other signed-in pages).
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"

# The admin shows each record's history, read-only: a change is made by editing, never by reverting.
SIMPLE_HISTORY_REVERT_DISABLED = True
# A record's history is found by its id; an index on every history row's date would only slow the
# bulk imports that write one for each record they create.
SIMPLE_HISTORY_DATE_INDEX = False
# Editors' reasons for their changes are shown to readers (pledges.changes): as long as they need.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
