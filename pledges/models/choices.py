"""The fixed vocabularies of the domain, and the rules on dates that pledges and sanctions share."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def in_choices(field: str, choices: type[models.TextChoices]) -> Q:
    return Q(**{f"{field}__in": choices.values})


class DatePrecision(models.TextChoices):
    """How much of a date the source gives."""

    DAY = "day", _("Day")
    DERIVED = "derived", _("Day worked out from the source's words (see the reading note)")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")
    UNKNOWN = "unknown", _("Not stated")


def date_precision_consistent(prefix: str) -> Q:
    """A date is stored exactly when its precision says one is known."""
    unknown = DatePrecision.UNKNOWN
    return Q(**{f"{prefix}_precision": unknown, f"{prefix}_on__isnull": True}) | (
        ~Q(**{f"{prefix}_precision": unknown}) & Q(**{f"{prefix}_on__isnull": False})
    )


def clean_date_precision(instance, prefix: str) -> dict[str, str]:
    date = getattr(instance, f"{prefix}_on")
    precision = getattr(instance, f"{prefix}_precision")
    if date is None and precision != DatePrecision.UNKNOWN:
        return {f"{prefix}_on": _("Give the date, or set its precision to “Not stated”.")}
    if date is not None and precision == DatePrecision.UNKNOWN:
        return {
            f"{prefix}_precision": _("A date is given: say how precisely the source states it.")
        }
    return {}


def amount_has_currency() -> Q:
    """A stated value is stored with its currency, and a currency only with a value."""
    return Q(amount__isnull=True, currency="") | (Q(amount__isnull=False) & ~Q(currency=""))


def clean_amount_currency(instance) -> dict[str, str]:
    if instance.amount is not None and not instance.currency:
        return {"currency": _("Give the currency the source states the amount in.")}
    if instance.currency and instance.amount is None:
        return {"amount": _("A currency is given without an amount: give the amount or clear it.")}
    return {}


class Basis(models.TextChoices):
    """How a recorded value comes from its source (docs/data-files.md, "Stated, read, derived")."""

    STATED = "stated", _("Stated by the source")
    READ = "read", _("Read from the source's words (see the reading note)")
    DERIVED = "derived", _("Worked out from the source's words (see the reading note)")
    UNKNOWN = "unknown", _("Not stated")


# What `readings` may say of a value that is not a date: a date's basis is its precision.
READINGS = {Basis.READ.value, Basis.DERIVED.value}


class CountryKind(models.TextChoices):
    COUNTRY = "country", _("Country")
    ORGANISATION = "organisation", _("International organisation")


class Category(models.TextChoices):
    MILITARY = "military", _("Military")
    HUMANITARIAN = "humanitarian", _("Humanitarian")
    FINANCIAL = "financial", _("Financial")


class Lethality(models.TextChoices):
    LETHAL = "lethal", _("Lethal")
    NON_LETHAL = "non_lethal", _("Non-lethal")
    BOTH = "both", _("Lethal and non-lethal")


class Status(models.TextChoices):
    ANNOUNCED = "announced", _("Announced")
    APPROVED = "approved", _("Approved")
    DELIVERING = "delivering", _("Being delivered")
    DELIVERED = "delivered", _("Delivered")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Measure(models.TextChoices):
    SWIFT_EXCLUSION = "swift_exclusion", _("Exclusion from SWIFT")
    ASSET_FREEZE = "asset_freeze", _("Asset freeze")
    EXPORT_BAN = "export_ban", _("Export ban")
    IMPORT_BAN = "import_ban", _("Import ban")
    TRAVEL_BAN = "travel_ban", _("Travel ban")
    INVESTMENT_BAN = "investment_ban", _("Investment ban")
    OTHER = "other", _("Other measure")


class TargetKind(models.TextChoices):
    BANKS = "banks", _("Banks")
    PERSONS = "persons", _("Persons")
    ENTITIES = "entities", _("Entities")
    SECTORS = "sectors", _("Sectors")
    STATE = "state", _("The state as a whole")


class FactKind(models.TextChoices):
    """What a fact about a country is: a figure about people, or a stated position."""

    FLED_ABROAD = "fled_abroad", _("People who fled the country")
    REFUGEES_HOSTED = "refugees_hosted", _("Refugees the country shelters")
    DISPLACED = "displaced", _("People displaced within the country")
    CASUALTIES = "casualties", _("People killed or wounded")
    ASSESSMENT = "assessment", _("Assessment of the situation")
    POLICY = "policy", _("Stated policy")


class Qualifier(models.TextChoices):
    """How the source qualifies a number: "close to 700,000", "about half"."""

    # Translators: how a source qualifies a number, as in "close to 700,000 people".
    EXACT = "exact", pgettext_lazy("qualifier of a number", "exactly")
    ABOUT = "about", pgettext_lazy("qualifier of a number", "about")
    CLOSE_TO = "close_to", pgettext_lazy("qualifier of a number", "close to")
    AT_LEAST = "at_least", pgettext_lazy("qualifier of a number", "at least")
    MORE_THAN = "more_than", pgettext_lazy("qualifier of a number", "more than")
    UP_TO = "up_to", pgettext_lazy("qualifier of a number", "up to")


class CountryRole(models.TextChoices):
    GIVEN = "given", _("Pledges given")
    RECEIVED = "received", _("Pledges received")
    IMPOSED = "imposed", _("Sanctions imposed")
    TARGETED = "targeted", _("Sanctions faced")
