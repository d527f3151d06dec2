"""One rule per fact: the importer refuses the records the models refuse, on the same field.

Each bad record breaks one rule, and goes both to the importer and to the model's `full_clean()`,
built from the same values. The rules are read from the models' fields (every text's
`max_length`, every choice, every numeric bound, every required field...), so that a rule
declared on a model is held here without a new line.
"""

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from pledges.importing import ITEM_COLUMNS, PLEDGE_COLUMNS, ImportFileError, import_records
from pledges.models import AidItem, Country, ItemType, Pledge, Source
from tests.factories import CountryFactory, ItemTypeFactory, SourceFactory

pytestmark = pytest.mark.django_db

# The file's column of each field it names otherwise (docs/formats.md); an item's keys are its
# fields' names.
COLUMNS = {"source": "source_reference", "donor": "donor_slug", "recipient": "recipient_slug"}
FIELDS = {column: name for name, column in COLUMNS.items()}
# The records a foreign key's column names, by the key of each.
LOOKUPS = {Source: "reference", Country: "slug", ItemType: "slug"}
# A problem's field: "line 2: field currency: ..." or "line 2: field items, item 1, unit: ...".
PROBLEM = re.compile(r"line 2: field (items, item 1, )?(\w+)")


def imported_fields(model: type[models.Model], columns: list[str]) -> list[models.Field]:
    """The fields of `model` the importer writes from a file's values. A pledge's `readings`
    come from the `<field>_basis` columns, whose rules tests/test_importing.py holds."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.attname in columns and field.editable and not field.primary_key
        and field.name not in ("pledge", "readings")
    ]  # fmt: skip


def number_values(field: models.Field) -> Iterator[tuple[str, str]]:
    """A value past each bound of a numeric field: its validators' and its digits'."""
    step = 1
    if isinstance(field, models.DecimalField):
        step = Decimal(1).scaleb(-field.decimal_places)
        yield "too-many-decimals", str(1 + step / 10)
        yield "too-many-digits", str(Decimal(10) ** (field.max_digits - field.decimal_places))
    yield "not-a-number", "several"
    for validator in field.validators:
        if isinstance(validator, MinValueValidator):
            yield "below-minimum", str(validator.limit_value - step)
        if isinstance(validator, MaxValueValidator):
            yield "above-maximum", str(validator.limit_value + step)


def bad_values(field: models.Field) -> Iterator[tuple[str, str]]:
    """(why, value): a value breaking each rule the model declares for `field`."""
    if not field.blank and not field.has_default():
        yield "missing", ""
    if field.max_length:
        yield "too-long", "x" * (field.max_length + 1)
    if field.choices:
        yield "not-a-choice", "?"
    if isinstance(field, models.SlugField):
        yield "not-a-slug", "not a slug"
    if field.is_relation:
        yield "unknown", "no-such-record"
    if isinstance(field, models.DateField):
        yield "impossible-date", "2022-02-30"
        yield "not-a-date", "26 February 2022"
    if isinstance(field, models.IntegerField | models.DecimalField):
        yield from number_values(field)


def field_cases() -> Iterator:
    """A case for each rule of each field the importer writes, read from the models."""
    for model, columns in ((Pledge, PLEDGE_COLUMNS), (AidItem, ITEM_COLUMNS)):
        for field in imported_fields(model, columns):
            for why, value in bad_values(field):
                name = f"{model.__name__}.{field.name}-{why}"
                yield pytest.param(model, field.name, value, field.name, id=name)


# The rules of the models' clean() between two fields: (model, field set, value, field named).
BETWEEN_FIELDS = [
    pytest.param(Pledge, "recipient", "donorland", "recipient", id="donor-is-recipient"),
    pytest.param(Pledge, "currency", "", "currency", id="amount-without-currency"),
    pytest.param(Pledge, "announced_precision", "unknown", "announced_precision",
                 id="date-whose-precision-is-unknown"),
    pytest.param(AidItem, "quantity", "", "unit", id="unit-without-quantity"),
]  # fmt: skip


@pytest.fixture
def record(db) -> dict:
    """A record, in the flat shape of a CSV row, that the importer and the models both take."""
    SourceFactory(reference="parity-source")
    CountryFactory(slug="donorland")
    CountryFactory(slug="recipientland")
    ItemTypeFactory(slug="helmet")
    return {
        "source_reference": "parity-source", "donor_slug": "donorland",
        "recipient_slug": "recipientland", "category": "military", "lethality": "non_lethal",
        "status": "approved", "description": "Helmets for the army.", "paragraph": "2",
        "quote": "helmets worth €1 million", "reference": "helmets", "reading_note": "",
        "amount": "1000000.50", "currency": "EUR", "announced_on": "2022-02-26",
        "announced_precision": "day", "announced_as": "Feb. 26",
        "items": [{"item_type": "helmet", "name": "helmets", "quantity": "5000",
                   "unit": "pieces", "paragraph": "2", "quote": "5,000 helmets"}],
    }  # fmt: skip


def instance(model: type[models.Model], values: dict, columns: list[str]) -> models.Model:
    """A `model` instance of the record's `values`, each foreign key looked up as the file
    names it."""
    fields = {}
    for field in imported_fields(model, columns):
        value = values.get(COLUMNS.get(field.name, field.name))
        if value == "" and field.null:
            value = None  # an empty cell is an unknown value, stored as NULL
        elif field.is_relation:
            lookup = {LOOKUPS[field.related_model]: value}
            value = field.related_model.objects.filter(**lookup).first()
        fields[field.name] = value
    return model(**fields)


def named_by_models(record: dict) -> set[tuple[type, str]]:
    """(model, field) of each error full_clean() finds in the pledge and in its first item."""
    pledge = instance(Pledge, record, PLEDGE_COLUMNS)
    item = instance(AidItem, record["items"][0], ITEM_COLUMNS)
    named = set()
    for model, built, exclude in ((Pledge, pledge, []), (AidItem, item, ["pledge"])):
        try:
            built.full_clean(exclude=exclude)
        except ValidationError as error:
            named |= {(model, name) for name in error.message_dict}
    return named


def named_by_importer(record: dict) -> set[tuple[type, str]]:
    """(model, field) of each problem the importer reports for the record; nothing if it
    takes it."""
    try:
        import_records([("line 2", record)])
    except ImportFileError as error:
        problems = [PROBLEM.match(problem).groups() for problem in error.problems]
        return {
            (AidItem, name) if item else (Pledge, FIELDS.get(name, name)) for item, name in problems
        }
    return set()


def test_the_valid_record_is_taken_by_both(record):
    assert named_by_models(record) == set()
    assert named_by_importer(record) == set()
    assert Pledge.objects.get(reference="helmets").items.count() == 1


@pytest.mark.parametrize(("model", "name", "value", "named"), [*field_cases(), *BETWEEN_FIELDS])
def test_a_bad_value_is_refused_by_both_on_its_field(record, model, name, value, named):
    """Both refuse the record, and name the same fields: the one at fault, and no other."""
    if model is AidItem:
        record["items"][0][name] = value
    else:
        record[COLUMNS.get(name, name)] = value
    refused = named_by_models(record)
    assert refused == {(model, named)}
    assert named_by_importer(record) == refused


def test_every_kind_of_limit_is_read_from_the_models():
    """The cases read from the models hold each kind of rule the importer checks."""
    cases = {param.id for param in field_cases()}
    assert {"Pledge.quote-too-long", "Pledge.reference-not-a-slug", "Pledge.category-not-a-choice",
            "Pledge.currency-not-a-choice", "Pledge.amount-below-minimum",
            "Pledge.amount-too-many-digits", "Pledge.amount-too-many-decimals",
            "Pledge.paragraph-above-maximum", "Pledge.announced_on-impossible-date",
            "Pledge.description-missing", "Pledge.donor-unknown", "AidItem.name-too-long",
            "AidItem.unit-too-long", "AidItem.quantity-below-minimum",
            "AidItem.item_type-missing"} <= cases  # fmt: skip
