"""The fixed vocabularies of the domain, and the rules on dates that pledges and sanctions share."""

from django.db import models
from django.db.models import Q


def in_choices(field: str, choices: type[models.TextChoices]) -> Q:
    return Q(**{f"{field}__in": choices.values})


class DatePrecision(models.TextChoices):
    """How much of a date the source gives."""

    DAY = "day", "Day"
    DERIVED = "derived", "Day worked out from the source's words (see the reading note)"
    MONTH = "month", "Month only"
    YEAR = "year", "Year only"
    UNKNOWN = "unknown", "Not stated"


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
        return {f"{prefix}_on": "Give the date, or set its precision to “Not stated”."}
    if date is not None and precision == DatePrecision.UNKNOWN:
        return {f"{prefix}_precision": "A date is given: say how precisely the source states it."}
    return {}


def amount_has_currency() -> Q:
    """A stated value is stored with its currency, and a currency only with a value."""
    return Q(amount__isnull=True, currency="") | (Q(amount__isnull=False) & ~Q(currency=""))


def clean_amount_currency(instance) -> dict[str, str]:
    if instance.amount is not None and not instance.currency:
        return {"currency": "Give the currency the source states the amount in."}
    if instance.currency and instance.amount is None:
        return {"amount": "A currency is given without an amount: give the amount or clear it."}
    return {}


class Basis(models.TextChoices):
    """How a recorded value comes from its source (docs/data-files.md, "Stated, read, derived")."""

    STATED = "stated", "Stated by the source"
    READ = "read", "Read from the source's words (see the reading note)"
    DERIVED = "derived", "Worked out from the source's words (see the reading note)"
    UNKNOWN = "unknown", "Not stated"


# What `readings` may say of a value that is not a date: a date's basis is its precision.
READINGS = {Basis.READ.value, Basis.DERIVED.value}


class CountryKind(models.TextChoices):
    COUNTRY = "country", "Country"
    ORGANISATION = "organisation", "International organisation"


class Category(models.TextChoices):
    MILITARY = "military", "Military"
    HUMANITARIAN = "humanitarian", "Humanitarian"
    FINANCIAL = "financial", "Financial"


class Lethality(models.TextChoices):
    LETHAL = "lethal", "Lethal"
    NON_LETHAL = "non_lethal", "Non-lethal"
    BOTH = "both", "Lethal and non-lethal"


class Status(models.TextChoices):
    ANNOUNCED = "announced", "Announced"
    APPROVED = "approved", "Approved"
    DELIVERING = "delivering", "Being delivered"
    DELIVERED = "delivered", "Delivered"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Measure(models.TextChoices):
    SWIFT_EXCLUSION = "swift_exclusion", "Exclusion from SWIFT"
    ASSET_FREEZE = "asset_freeze", "Asset freeze"
    EXPORT_BAN = "export_ban", "Export ban"
    IMPORT_BAN = "import_ban", "Import ban"
    TRAVEL_BAN = "travel_ban", "Travel ban"
    INVESTMENT_BAN = "investment_ban", "Investment ban"
    OTHER = "other", "Other measure"


class TargetKind(models.TextChoices):
    BANKS = "banks", "Banks"
    PERSONS = "persons", "Persons"
    ENTITIES = "entities", "Entities"
    SECTORS = "sectors", "Sectors"
    STATE = "state", "The state as a whole"


class FactKind(models.TextChoices):
    """What a fact about a country is: a figure about people, or a stated position."""

    FLED_ABROAD = "fled_abroad", "People who fled the country"
    REFUGEES_HOSTED = "refugees_hosted", "Refugees the country shelters"
    DISPLACED = "displaced", "People displaced within the country"
    CASUALTIES = "casualties", "People killed or wounded"
    ASSESSMENT = "assessment", "Assessment of the situation"
    POLICY = "policy", "Stated policy"


class Qualifier(models.TextChoices):
    """How the source qualifies a number: "close to 700,000", "about half"."""

    EXACT = "exact", "exactly"
    ABOUT = "about", "about"
    CLOSE_TO = "close_to", "close to"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    UP_TO = "up_to", "up to"


class CountryRole(models.TextChoices):
    GIVEN = "given", "Pledges given"
    RECEIVED = "received", "Pledges received"
    IMPOSED = "imposed", "Sanctions imposed"
    TARGETED = "targeted", "Sanctions faced"
