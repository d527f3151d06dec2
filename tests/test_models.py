"""The models: what the database refuses to store, and what validation explains to editors."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.test.utils import CaptureQueriesContext

from pledges.models import AidItem, Country, Pledge, Sanction
from tests.factories import (
    AidItemFactory,
    CountryFactory,
    PledgeFactory,
    SanctionFactory,
    SanctionTargetFactory,
)

pytestmark = pytest.mark.django_db


def refused_by_database(model, pk, **changes) -> bool:
    """Write `changes` straight to the row, past all validation; True if the database refuses."""
    try:
        with transaction.atomic():
            model.objects.filter(pk=pk).update(**changes)
    except IntegrityError:
        return True
    return False


def field_errors(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as raised:
        instance.full_clean()
    return raised.value.message_dict


# --- What the database itself enforces ------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"amount": Decimal("-5")},
        {"amount": Decimal("0")},
        {"currency": ""},  # an amount without its currency
        {"amount": None},  # a currency without its amount
        {"announced_on": None},  # a day-precision date with no date
        {"announced_precision": "unknown"},  # a date said to be unknown
        {"paragraph": 0},
        {"category": "cultural"},
        {"status": "rumoured"},
        {"lethality": "maybe"},
    ],
)
def test_database_refuses_an_impossible_pledge(changes):
    pledge = PledgeFactory()
    assert refused_by_database(Pledge, pledge.pk, **changes)


def test_database_refuses_a_donor_pledging_to_itself():
    pledge = PledgeFactory()
    assert refused_by_database(Pledge, pledge.pk, recipient=pledge.donor)


def test_database_accepts_a_pledge_with_no_value_and_no_date():
    pledge = PledgeFactory()
    assert not refused_by_database(
        Pledge,
        pledge.pk,
        amount=None,
        currency="",
        announced_on=None,
        announced_precision="unknown",
    )


def test_database_refuses_a_duplicate_statement():
    pledge = PledgeFactory()
    with pytest.raises(IntegrityError):
        PledgeFactory(
            source=pledge.source,
            paragraph=pledge.paragraph,
            donor=pledge.donor,
            recipient=pledge.recipient,
            quote=pledge.quote,
        )


def test_database_refuses_a_duplicate_reference_within_a_source():
    pledge = PledgeFactory(reference="same")
    with pytest.raises(IntegrityError):
        PledgeFactory(source=pledge.source, reference="same")


def test_pledges_entered_without_reference_do_not_clash():
    first = PledgeFactory(reference="")
    PledgeFactory(source=first.source, reference="")
    assert Pledge.objects.filter(reference="").count() == 2


@pytest.mark.parametrize("changes", [{"quantity": 0}, {"quantity": None, "unit": "pieces"}])
def test_database_refuses_an_impossible_aid_item(changes):
    item = AidItemFactory(unit="")
    assert refused_by_database(AidItem, item.pk, **changes)


def test_database_refuses_the_same_item_twice_in_a_pledge():
    item = AidItemFactory()
    with pytest.raises(IntegrityError):
        AidItemFactory(pledge=item.pledge, name=item.name)


@pytest.mark.parametrize(
    "changes",
    [
        {"targets_count": 0},
        {"imposed_on": datetime.date(2022, 3, 1), "imposed_precision": "day",
         "lifted_on": datetime.date(2022, 2, 1)},
        {"imposed_on": datetime.date(2022, 3, 1)},  # a date whose precision is "not stated"
        {"measure": "scolding"},
        {"target_kind": "pets"},
    ],
)  # fmt: skip
def test_database_refuses_an_impossible_sanction(changes):
    sanction = SanctionFactory()
    assert refused_by_database(Sanction, sanction.pk, **changes)


def test_database_refuses_a_country_sanctioning_itself():
    sanction = SanctionFactory()
    assert refused_by_database(Sanction, sanction.pk, target=sanction.imposer)


def test_database_refuses_a_country_without_iso_code():
    country = CountryFactory()
    assert refused_by_database(Country, country.pk, iso_code="")
    assert not refused_by_database(Country, country.pk, iso_code="", kind="organisation")


def test_database_refuses_two_countries_with_one_code():
    with pytest.raises(IntegrityError):
        Country.objects.create(name="Japan again", slug="japan-again", iso_code="JP")


# --- What validation explains, on the field concerned ---------------------------------------


def test_negative_amount_is_explained_on_the_amount():
    errors = field_errors(PledgeFactory.build(donor=CountryFactory(), recipient=CountryFactory(),
                                              source=PledgeFactory().source, amount=Decimal("-1")))  # fmt: skip
    assert errors["amount"] == [
        "An amount must be more than zero; leave it empty when the source gives none."
    ]


def test_amount_without_currency_is_explained_on_the_currency():
    pledge = PledgeFactory()
    pledge.currency = ""
    assert field_errors(pledge) == {
        "currency": ["Give the currency the source states the amount in."]
    }


def test_currency_without_amount_is_explained_on_the_amount():
    pledge = PledgeFactory()
    pledge.amount = None
    assert list(field_errors(pledge)) == ["amount"]


def test_unknown_currency_code_is_refused():
    pledge = PledgeFactory()
    pledge.currency = "XYZ"
    assert list(field_errors(pledge)) == ["currency"]


def test_donor_pledging_to_itself_is_explained_on_the_recipient():
    pledge = PledgeFactory()
    pledge.recipient = pledge.donor
    assert field_errors(pledge) == {
        "recipient": ["A donor cannot pledge to itself: choose another recipient."]
    }


def test_date_without_precision_and_precision_without_date_are_explained():
    pledge = PledgeFactory()
    pledge.announced_precision = "unknown"
    assert list(field_errors(pledge)) == ["announced_precision"]
    pledge.announced_on, pledge.announced_precision = None, "day"
    assert list(field_errors(pledge)) == ["announced_on"]


def test_zero_quantity_is_explained_on_the_quantity():
    item = AidItemFactory()
    item.quantity = 0
    assert field_errors(item) == {
        "quantity": ["A quantity must be at least 1; leave it empty when not stated."]
    }


def test_sanction_ending_before_it_starts_is_explained_on_the_end():
    sanction = SanctionFactory(imposed_on=datetime.date(2022, 3, 1), imposed_precision="day")
    sanction.lifted_on = datetime.date(2022, 2, 28)
    assert field_errors(sanction) == {
        "lifted_on": ["The end is before the start: check both dates."]
    }


def test_iso_code_is_normalised_and_checked():
    country = Country(name="Freedonia", slug="freedonia", iso_code="xf")
    country.full_clean()
    assert country.iso_code == "XF"
    country.iso_code = "X1"
    assert list(field_errors(country)) == ["iso_code"]


def test_duplicate_statement_is_explained_before_the_database_refuses_it():
    pledge = PledgeFactory()
    twin = Pledge(
        source=pledge.source,
        paragraph=pledge.paragraph,
        donor=pledge.donor,
        recipient=pledge.recipient,
        quote=pledge.quote,
        category="military",
        description="Entered twice.",
    )
    assert "This pledge is already recorded" in field_errors(twin)["__all__"][0]


# --- Check constraints validated in one query ----------------------------------------------

PLEDGE_CHANGES = [
    {"amount": Decimal("-5")},
    {"amount": Decimal("0"), "paragraph": 0},  # two checks fail at once
    {"currency": ""},
    {"amount": None},
    {"announced_on": None},
    {"announced_precision": "unknown"},
    {"category": "cultural", "status": "rumoured", "lethality": "maybe"},
]
SANCTION_CHANGES = [
    {"targets_count": 0},
    {"imposed_on": datetime.date(2022, 3, 1), "imposed_precision": "day",
     "lifted_on": datetime.date(2022, 2, 1)},
    {"imposed_on": datetime.date(2022, 3, 1)},
]  # fmt: skip


def constraint_errors(instance, validate, **kwargs) -> dict[str, list[tuple]]:
    """{field: [(message, code), ...]} of a constraint validation, in the order given."""
    try:
        validate(instance, **kwargs)
    except ValidationError as error:
        return {field: [(e.message % (e.params or {}), e.code) for e in errors]
                for field, errors in error.error_dict.items()}  # fmt: skip
    return {}


@pytest.mark.parametrize(
    ("factory", "changes"),
    [(PledgeFactory, changes) for changes in PLEDGE_CHANGES]
    + [(SanctionFactory, changes) for changes in SANCTION_CHANGES]
    + [(AidItemFactory, {"quantity": 0}), (AidItemFactory, {"quantity": None, "unit": "pieces"})],
)
def test_checks_in_one_query_give_djangos_own_errors(factory, changes):
    """The same messages, codes and order as Django's one query a constraint, for records that
    break one check or several; and with a field excluded, the checks naming it are skipped
    as Django skips them."""
    instance = factory(unit="") if factory is AidItemFactory else factory()
    for name, value in changes.items():
        setattr(instance, name, value)
    ours = constraint_errors(instance, type(instance).validate_constraints)
    assert ours, "the record breaks a check"
    assert ours == constraint_errors(instance, models.Model.validate_constraints)
    exclude = {next(iter(changes))}
    assert constraint_errors(instance, type(instance).validate_constraints, exclude=exclude) == (
        constraint_errors(instance, models.Model.validate_constraints, exclude=exclude)
    )


def test_checks_are_validated_one_by_one_where_the_one_query_fails(monkeypatch):
    """A value the database refuses in the query of all checks (text with a NUL on PostgreSQL,
    here a refusal made to order) lets no check pass: each is then validated alone, as Django
    does, and a value that cannot be read as its field's type gives Django's own message."""
    from django.db.models.sql.compiler import SQLCompiler

    pledge = PledgeFactory()
    pledge.amount, pledge.paragraph = Decimal("-5"), 0
    real = SQLCompiler.execute_sql

    def refused(self, *args, **kwargs):
        if any(alias.startswith("_check_") for alias in self.query.annotation_select):
            raise DatabaseError("refused")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "execute_sql", refused)
    ours = constraint_errors(pledge, Pledge.validate_constraints)
    assert len(ours["__all__"]) >= 2  # the amount's check and the paragraph's
    assert ours == constraint_errors(pledge, models.Model.validate_constraints)
    monkeypatch.undo()
    pledge.amount = "abc"
    ours = constraint_errors(pledge, Pledge.validate_constraints)
    assert ours
    assert ours == constraint_errors(pledge, models.Model.validate_constraints)


def test_a_valid_record_passes_its_checks_in_one_query():
    pledge = PledgeFactory()
    with CaptureQueriesContext(connection) as queries:
        pledge.validate_constraints()
    checks = [query["sql"] for query in queries if "_check_" in query["sql"]]
    assert len(checks) == 1
    assert checks[0].count("_check_") == sum(
        isinstance(constraint, models.CheckConstraint) for constraint in Pledge._meta.constraints
    )


def test_every_model_with_several_checks_validates_them_in_one_query():
    from django.apps import apps

    from pledges.models.checks import ChecksInOneQuery

    several = [
        model
        for model in apps.get_app_config("pledges").get_models()
        if sum(isinstance(c, models.CheckConstraint) for c in model._meta.constraints) > 1
    ]
    assert several
    assert [model for model in several if not issubclass(model, ChecksInOneQuery)] == []


# --- How records name themselves -------------------------------------------------------------


def test_str_says_who_gave_what():
    japan, ukraine = Country.objects.get(iso_code="JP"), Country.objects.get(iso_code="UA")
    pledge = PledgeFactory(donor=japan, recipient=ukraine, amount=Decimal("100000000"),
                           currency="USD", category="humanitarian")  # fmt: skip
    assert str(pledge) == "Japan → Ukraine: humanitarian, US$100 million"
    assert str(AidItemFactory(name="helmets", quantity=5000)) == "helmets: 5,000"
    assert str(AidItemFactory(name="tents", quantity=None)) == "tents (quantity not stated)"
    assert str(SanctionTargetFactory(name="Vladimir Putin")) == "Vladimir Putin"


def test_a_sanction_names_its_measure_with_the_labels_capitals():
    japan, russia = Country.objects.get(iso_code="JP"), Country.objects.get(iso_code="RU")
    sanction = SanctionFactory(imposer=japan, target=russia, measure="swift_exclusion")
    assert str(sanction) == "Japan → Russia: Exclusion from SWIFT"
