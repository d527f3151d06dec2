"""The Jinja2 environment of the public pages: the functions and filters their templates use.

The public pages (templates/) are Jinja2 templates, which render several times faster than
Django's own; the admin keeps Django's templates (pledges/templates/). In a template:
`{{ url("pledges:country-detail", country.slug) }}`, `{{ item.quantity|number }}`,
`{{ query(page=2) }}`, `{{ reading(pledge, "announced_on", pledge.announced_as) }}`,
`{% for row in rows("pledge", pledges, pledge_row, hide_donor) %}` (a table's rows, each drawn
once per version of the data).

The formatting itself lives in `pledges.formatting`, shared with the models and the admin.
The lists' filter forms are drawn with these templates too (templates/forms/).
"""

import logging
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db.models import prefetch_related_objects
from django.http import QueryDict
from django.template import defaultfilters
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from jinja2 import ChainableUndefined, Environment, pass_context
from markupsafe import Markup

from aidtracker import languages
from aidtracker.caching import RELEASE
from pledges import formatting
from pledges.models.links import address
from pledges.versions import readers_request_state

logger = logging.getLogger(__name__)

READING_MARK = "includes/reading_mark.html"  # the mark of a value read or worked out
WRITTEN = "includes/written.html"  # a record's own text, in the language it was written in
# The language that records' own texts (descriptions, reading notes) are written in, as their
# editors enter them; quotes are in their source's words. Pages in other languages say so.
RECORDS_LANGUAGE = "en"


def environment(**options) -> Environment:
    # As in Django's templates, whose pages these were: a missing value or attribute renders as
    # nothing (in debug too), and a template's last line break is kept.
    env = Environment(
        **{
            **options,
            "undefined": ChainableUndefined,
            "keep_trailing_newline": True,
            "extensions": [*options.get("extensions", ()), "jinja2.ext.i18n"],
        }
    )
    # {{ _("Pledges") }}, {{ ngettext("%(num)d pledge", "%(num)d pledges", n) }},
    # {{ pgettext("menu", "Items") }}, {% trans %}...{% endtrans %}: Django's catalogues, with
    # Jinja2's new-style gettext (placeholders filled and escaped by the call).
    env.install_gettext_callables(
        gettext=_remembered(translation.gettext),
        ngettext=translation.ngettext,
        pgettext=_remembered(translation.pgettext),
        npgettext=translation.npgettext,
        newstyle=True,
    )
    env.globals.update(
        url=address,
        static=static,
        query=query,
        canonical_url=canonical_url,
        absolute_url=absolute_url,
        reading=lambda *args, **kwargs: reading(env, *args, **kwargs),
        rows=rows,
        page_language=page_language,
        page_languages=page_languages,
        alternate_urls=alternate_urls,
        records_language=RECORDS_LANGUAGE,
    )
    env.filters.update(
        number=formatting.number,
        about=formatting.approximate_money,  # {{ pledge.value_usd|about("USD") }}
        excerpt=excerpt,
        written=lambda *args, **kwargs: written(env, *args, **kwargs),
        or_unknown=or_unknown,
        stated_quantities=stated_quantities,
        unstated_total=unstated_total,
        # Django's own, so that plurals and sizes read as they always have.
        date=formatting.date,  # Django's in English; the language's own order and words otherwise
        pluralize=defaultfilters.pluralize,
        truncatewords=defaultfilters.truncatewords,
        linebreaksbr=defaultfilters.linebreaksbr,
        filesizeformat=defaultfilters.filesizeformat,
        capfirst=defaultfilters.capfirst,
    )
    return env


# Each message as translated into each language, looked up once: a page asks for a hundred or
# more, and Django's lookup goes through every catalogue that lacks the message before the one
# that has it. Forgotten when a setting changes (tests that change the languages).
_TRANSLATED: dict[tuple, str] = {}
setting_changed.connect(lambda **kwargs: _TRANSLATED.clear(), weak=False)


def _remembered(translate):
    """`translate` (gettext, pgettext), remembering each answer for the active language."""

    def remembered(*message: str) -> str:
        key = (translate, translation.get_language(), message)
        try:
            return _TRANSLATED[key]
        except KeyError:
            _TRANSLATED[key] = result = translate(*message)
            return result

    return remembered


def rows(kind: str, records, draw, *variant) -> list:
    """The rows of a table of records (`kind`: "pledge", "sanction"), each drawn by `draw`
    (the table's macro, given the record and `variant`) once for each version of the data,
    language and release, then taken from the cache.

    A record's row is the same on every page that lists it (the lists, whatever their filters,
    the country and detail pages), and rows were most of those pages' work. Only a reader's
    page, whose data version the page cache has read (aidtracker.caching), is drawn from the
    cache; an editor's is drawn afresh. Records given through `for_rows` have their related
    records (items, named targets) read here, for the rows to draw alone.
    """
    related = getattr(records, "related_for_rows", ())
    records = list(records)
    state = readers_request_state.get()
    if state is None:  # an editor's page
        prefetch_related_objects(records, *related)
        return [draw(record, *variant) for record in records]
    shape = ":".join(str(int(bool(flag))) for flag in variant)
    prefix = f"rows:{state[0]}:{RELEASE}:{translation.get_language()}:{kind}:{shape}:"
    keys = [f"{prefix}{record.pk}" for record in records]
    kept = _cached_rows(keys)
    missing = {key: record for key, record in zip(keys, records, strict=True) if key not in kept}
    prefetch_related_objects(list(missing.values()), *related)
    drawn = {key: str(draw(record, *variant)) for key, record in missing.items()}
    if drawn:
        _keep_rows(drawn)
    kept.update(drawn)
    return [Markup(kept[key]) for key in keys]


def for_rows(records):
    """A queryset of records for a table drawn by `rows`, read without the related records it
    would prefetch (such as items): `rows` reads those for the rows it draws, so that a page
    whose rows are all cached does not read them at all. Records already read (a list) are
    given as they are."""
    related = getattr(records, "_prefetch_related_lookups", ())
    if not related:
        return records
    records = records.prefetch_related(None)
    records.related_for_rows = related
    return records


def _cached_rows(keys: list[str]) -> dict[str, str]:
    try:
        return caches["rows"].get_many(keys)
    except Exception as error:  # the cache is out: the rows are drawn afresh
        logger.warning("Row cache unavailable: %s", error)
        return {}


def _keep_rows(drawn: dict[str, str]) -> None:
    try:
        caches["rows"].set_many(drawn, 3600)
    except Exception as error:
        logger.warning("Row cache unavailable: %s", error)


def excerpt(text, limit: int) -> str:
    """{{ pledge.description|excerpt(160) }}: the first words, never cut mid-word."""
    return formatting.excerpt(str(text), int(limit))


def written(env: Environment, text, labelled: bool = False):
    """A record's own text (a description, a reading note, a quote, an item's name) as it was
    written, in English: on a page in another language it is marked `lang="en"` for screen
    readers and, `labelled`, followed by "(in English)". Never translated; on English pages left
    as it is."""
    if text in (None, "") or translation.get_language() in (None, settings.LANGUAGE_CODE):
        return text
    context = {"text": text, "language": RECORDS_LANGUAGE, "labelled": labelled}
    return Markup(env.get_template(WRITTEN).render(context).rstrip("\n"))


def or_unknown(value):
    """The value, or "not stated" when it is empty."""
    return formatting.UNKNOWN if value in (None, "") else value


def stated_quantities(rows) -> str:
    """Quantity rows per unit -> "5,000; 5,000 pieces", or "" when none is stated."""
    return formatting.listed(
        (
            f"{formatting.number(row['stated'])}{' ' + row['unit'] if row['unit'] else ''}"
            for row in rows
            if row["stated"] is not None
        ),
        "; ",
    )


def unstated_total(rows) -> int:
    """Quantity rows per unit -> how many of the items state no quantity."""
    return sum(row["unstated"] for row in rows)


@pass_context
def query(context, **changes) -> str:
    """The current query string with some parameters changed ("?donor=sweden&page=2").

    A parameter set to None or "" is removed, so a link can also clear a filter.
    """
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value not in (None, ""):
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@pass_context
def canonical_url(context) -> str:
    """The page's one address: no query string, except a list's filters and page number.

    Empty and unknown parameters, and `format`, are left out, so that the many ways of writing a
    filtered list's address name one canonical page.
    """
    request = context["request"]
    params = QueryDict(mutable=True)
    filterset = context.get("filter")
    if filterset is not None and not filterset.errors:
        for name in filterset.form.fields:
            if request.GET.get(name):
                params[name] = filterset.form.data.get(name)
    page = context.get("page_obj")
    if page is not None and page.number > 1:
        params["page"] = page.number
    query = f"?{params.urlencode()}" if params else ""
    try:
        return request.build_absolute_uri(request.path) + query
    except DisallowedHost:  # the page is the 400 that answers a request for a foreign host
        return request.path + query


def page_language() -> str:
    """The page's language as `lang` and `hreflang` write it: "en", "uk", "ja"."""
    return languages.HREFLANG[translation.get_language() or settings.LANGUAGE_CODE]


@pass_context
def page_languages(context) -> list[dict]:
    """The language switcher's entries: each language, named in itself, with the link that
    remembers the choice and shows this page in it."""
    here = translation.get_language() or settings.LANGUAGE_CODE
    following = context["request"].get_full_path()
    return [
        {
            "hreflang": languages.HREFLANG[code],
            "name": name,
            "current": code == here,
            "href": f"{reverse('choose-language')}?{urlencode({'to': code, 'next': following})}",
        }
        for code, name in settings.LANGUAGES
    ]


@pass_context
def alternate_urls(context) -> list[dict]:
    """The page in every language, for `<link rel="alternate" hreflang>`: its canonical address
    in each (x-default, the English one, too)."""
    canonical = urlsplit(canonical_url(context))
    return [
        {"hreflang": hreflang, "href": urlunsplit(canonical._replace(path=address))}
        for hreflang, address in languages.alternates(canonical.path)
    ]


@pass_context
def absolute_url(context, location: str) -> str:
    """{{ absolute_url("/card.png") }} -> "https://example.org/card.png", on the request's host
    (link previews need whole addresses)."""
    try:
        return context["request"].build_absolute_uri(location)
    except DisallowedHost:
        return location


def reading(env: Environment, record, field: str, stated_as: str = "", what: str = "") -> str:
    """A visible mark after a value that is read or worked out rather than stated, with the
    record's reading note shown on hover or focus and read out by screen readers; nothing after
    a stated or unknown value. `reading(pledge, "currency", what="currency")` ("currency read"),
    `reading(pledge, "announced_on", pledge.announced_as)` ("worked out from “Friday”")."""
    basis = record.basis(field)
    if basis not in ("read", "derived"):
        return ""
    note = getattr(record, "reading_note", "") or getattr(record, "published_note", "")
    context = {"basis": basis, "note": note, "stated_as": stated_as, "what": what}
    return Markup(env.get_template(READING_MARK).render(context))
