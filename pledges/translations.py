"""The interface's message catalogues (pledges/locale/): extracted, checked and compiled with Babel.

Messages are gathered from the Python code, the public pages' Jinja2 templates (templates/) and the
admin's Django templates (pledges/templates/), into one catalogue per language other than English,
which is the messages' own language:

    manage.py translations --update    # add new messages to each .po, mark changed ones fuzzy
    manage.py translations --check     # fail on any message without a translation (CI runs it)
    manage.py translations --compile   # write the .mo files Django reads (make install runs it)

Babel does it all in Python, so no system gettext is needed on a fresh machine or in the image.
"""

import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy, to_locale
from django.utils.translation import template as django_template

DOMAIN = "django"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
COMMENT_TAGS = ("Translators:",)
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
# Where messages are, and how each kind of file is read. Migrations hold no interface text, and
# the tests' strings are the tests' own.
SOURCES = [
    ("pledges", [("**/migrations/**", "ignore"), ("**.py", "python")]),
    ("aidtracker", [("**.py", "python")]),
    ("templates", [("**.html", "jinja2")]),
    ("pledges/templates", [("**.html", "pledges.translations:extract_django")]),
]


def extract_django(fileobj, keywords, comment_tags, options):
    """Babel's extractor for Django templates: Django turns the template into code that names
    each message (its own `makemessages` does the same), which Babel's Python extractor reads."""
    code = django_template.templatize(fileobj.read().decode("utf-8"))
    return extract_python(io.BytesIO(code.encode("utf-8")), keywords, comment_tags, options)


def extracted() -> Catalog:
    """Every message of the interface, with where it is used and its translators' comments."""
    catalog = Catalog(project="aidtracker", domain=DOMAIN, fuzzy=False)
    for folder, method_map in SOURCES:
        options = {"**.html": {"extensions": "jinja2.ext.i18n"}}
        for filename, lineno, message, comments, context in extract_from_dir(
            settings.BASE_DIR / folder,
            method_map,
            options_map=options,
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            catalog.add(
                message,
                locations=[(f"{folder}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
                flags=("python-format",) if _python_format(*_strings(message)) else (),
            )
    for holder, _attribute, english in automatic_names(apps.get_app_config("pledges")):
        catalog.add(english, locations=[("pledges/models", 0)], auto_comments=[_named(holder)])
    return catalog


def _named(holder) -> str:
    if hasattr(holder, "model_name"):
        return f"The name of a kind of record in the admin ({holder.model_name})."
    return f"A field's name in the admin: {holder.model.__name__}.{holder.name}."


def automatic_names(app_config):
    """The names Django makes up from the code where a model or field declares none: a model's
    "pledge" and "pledges", a field's "announced on". Yields (holder, attribute, English): each
    is set to its translation at start-up, and added to the catalogues as any other message. (A
    name declared in the code would be part of the migrations; these stay out of them.)"""
    with translation.override(None):  # their English, even once translated (str() of a lazy name)
        yield from _automatic_names(app_config)


def _automatic_names(app_config):
    for model in app_config.get_models():
        options = model._meta
        if "verbose_name" not in options.original_attrs:
            yield options, "verbose_name", str(options.verbose_name)
        if "verbose_name_plural" not in options.original_attrs:
            yield options, "verbose_name_plural", str(options.verbose_name_plural)
        for field in options.get_fields(include_hidden=False):
            if getattr(field, "_verbose_name", "") is None and field.model is model:
                yield field, "verbose_name", str(field.verbose_name)


def translate_automatic_names(app_config) -> None:
    for holder, attribute, english in automatic_names(app_config):
        setattr(holder, attribute, gettext_lazy(english))


def po_path(language: str) -> Path:
    return LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(
            locale=to_locale(language),
            domain=DOMAIN,
            project="aidtracker",
            header_comment=f"# aidtracker's interface in {language}: `manage.py translations`.",
            fuzzy=False,
        )
    with path.open("rb") as file:
        return read_po(file, locale=to_locale(language), domain=DOMAIN)


def update() -> dict[str, int]:
    """Bring each language's catalogue in line with the code: new messages added untranslated,
    changed ones kept as fuzzy suggestions, gone ones dropped. Returns the messages left to
    translate per language."""
    template = extracted()
    left = {}
    for language in LANGUAGES:
        catalog = read(language)
        created = catalog.creation_date
        catalog.update(template, no_fuzzy_matching=False)
        catalog.creation_date = created  # a date that changed on every run would only be noise
        catalog.obsolete.clear()
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as file:
            write_po(file, catalog, width=100, sort_output=False, include_previous=True)
        left[language] = len(problems_in(language, template, catalog))
    return left


@dataclass(frozen=True)
class Problem:
    language: str
    message: str
    what: str

    def __str__(self):
        return f"{self.language}: {self.what}: {self.message!r}"


def problems_in(language: str, template: Catalog, catalog: Catalog) -> list[Problem]:
    """What keeps the catalogue from translating the whole interface into `language`."""
    found = []
    for message in template:
        if not message.id:
            continue
        shown = message.id if isinstance(message.id, str) else message.id[0]
        translated = catalog.get(message.id, message.context)
        if translated is None:
            found.append(Problem(language, shown, "missing from the catalogue"))
        elif translated.fuzzy:
            found.append(Problem(language, shown, "fuzzy (its English changed)"))
        elif not all(_strings(translated.string)):
            found.append(Problem(language, shown, "not translated"))
        else:
            found.extend(
                Problem(language, shown, str(error)) for error in _placeholder_errors(translated)
            )
    return found


def _strings(string) -> tuple:
    return string if isinstance(string, tuple) else (string,)


def _placeholder_errors(message) -> list[str]:
    """How a translation's placeholders differ from its English: each form must name every
    placeholder the English does ("%(count)s", "{first}"), and no other, and hold no stray "%"
    (templates format every message, so "100 %" would fail when the page is drawn)."""
    wanted = _placeholders(*_strings(message.id))
    errors = []
    for text in _strings(message.string):
        found = _placeholders(text)
        if found != wanted:
            errors.append(f"placeholders {sorted(found)} instead of {sorted(wanted)}")
        if "%" in PLACEHOLDER.sub("", text) and not any("%" in e for e in _strings(message.id)):
            errors.append("a stray % (write %% for a percent sign)")
    return errors


PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sd]|%%|\{\w+\}")


def _placeholders(*texts: str) -> set[str]:
    """The placeholders the texts name, as written: "%(count)s", "%s", "{first}"."""
    return {m.group(0) for text in texts for m in PLACEHOLDER.finditer(text) if m.group(0) != "%%"}


def _python_format(*texts: str) -> bool:
    """Whether the texts hold "%"-placeholders, as gettext's python-format flag says."""
    return any(placeholder.startswith("%") for placeholder in _placeholders(*texts))


def problems() -> list[Problem]:
    template = extracted()
    return [
        problem
        for language in LANGUAGES
        for problem in problems_in(language, template, read(language))
    ]


def compile_all() -> list[Path]:
    """Write each language's .mo next to its .po (fuzzy translations left out, as gettext does)."""
    written = []
    for language in LANGUAGES:
        catalog = read(language)
        path = po_path(language).with_suffix(".mo")
        with path.open("wb") as file:
            write_mo(file, catalog, use_fuzzy=False)
        written.append(path)
    return written
