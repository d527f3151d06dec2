"""factory_boy factories: valid records by default, so a test states only what it is about."""

import datetime
from decimal import Decimal
from importlib import import_module

import factory
from django.apps import apps
from django.contrib.auth.models import Group

from pledges.editors import EDITORS_GROUP
from pledges.intake import Draft
from pledges.models import (
    AidItem,
    Category,
    Country,
    DatePrecision,
    Fact,
    FactKind,
    ItemType,
    Measure,
    Pledge,
    Sanction,
    SanctionTarget,
    Source,
    SourceDraft,
    TargetKind,
)

# The migration that makes a new database, with what it seeds: every country, the Editors group.
MIGRATED_SEEDS = "pledges.migrations.0001_squashed_0030_paragraph_at_most_32767"


def load_the_article():
    """The article's data file loaded as `make run` loads it: the loader's report."""
    from pledges.loading import default_files, load_source_file

    (path,) = default_files()
    return load_source_file(path)


def put_back_the_seeded_rows() -> None:
    """The countries and the Editors group as migrating made them, where a test's flush (after a
    test that commits its data) has emptied their tables."""
    seeds = import_module(MIGRATED_SEEDS)  # read only by the few tests that need it
    if not Country.objects.exists():
        seeds.add_countries(apps, None)
    if not Group.objects.filter(name=EDITORS_GROUP).exists():
        seeds.add_editors(apps, None)


# ISO 3166-1 leaves these codes for private use: they never clash with a real country's.
PRIVATE_USE_CODES = [f"X{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [
    f"Q{c}" for c in "MNOPQRSTUVWXYZ"
]


class CountryFactory(factory.django.DjangoModelFactory):
    """A made-up country with a private-use ISO code (reused once all 40 are taken)."""

    class Meta:
        model = Country
        django_get_or_create = ["iso_code"]

    iso_code = factory.Sequence(lambda n: PRIVATE_USE_CODES[n % len(PRIVATE_USE_CODES)])
    name = factory.Sequence(lambda n: f"Testland {n}")
    slug = factory.Sequence(lambda n: f"testland-{n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    reference = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Report number {n}")
    publisher = "Test Press"


class ItemTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ItemType
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Item kind {n}")
    slug = factory.Sequence(lambda n: f"item-kind-{n}")


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge

    donor = factory.SubFactory(CountryFactory)
    recipient = factory.SubFactory(CountryFactory)
    source = factory.SubFactory(SourceFactory)
    paragraph = 1
    quote = factory.Sequence(lambda n: f"figure words {n}")
    category = Category.MILITARY
    description = "Aid described in our own words."
    amount = Decimal("1000000")
    currency = "USD"
    announced_on = datetime.date(2022, 3, 1)
    announced_precision = DatePrecision.DAY


class AidItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AidItem

    pledge = factory.SubFactory(PledgeFactory)
    item_type = factory.SubFactory(ItemTypeFactory)
    name = factory.Sequence(lambda n: f"item {n}")
    quantity = 100
    paragraph = 1
    quote = factory.Sequence(lambda n: f"{n} items")


class SanctionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sanction

    imposer = factory.SubFactory(CountryFactory)
    target = factory.SubFactory(CountryFactory)
    source = factory.SubFactory(SourceFactory)
    paragraph = 1
    quote = factory.Sequence(lambda n: f"sanction words {n}")
    measure = Measure.ASSET_FREEZE
    target_kind = TargetKind.BANKS
    description = "A measure described in our own words."


class SanctionTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SanctionTarget

    sanction = factory.SubFactory(SanctionFactory)
    name = factory.Sequence(lambda n: f"Target {n}")


class FactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Fact

    country = factory.SubFactory(CountryFactory)
    source = factory.SubFactory(SourceFactory)
    paragraph = 1
    quote = factory.Sequence(lambda n: f"fact words {n}")
    kind = FactKind.FLED_ABROAD
    value = 1000
    unit = "people"
    description = "A fact described in our own words."


def inline_management(prefix: str, total: int = 0) -> dict:
    """The management form of an admin inline with `total` new forms and none existing."""
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}  # fmt: skip


# The pledge admin's inlines, left as they are: no new item or stage.
PLEDGE_INLINES = (
    inline_management("items") | inline_management("events") | inline_management("corroborations")
)
# The sanction and fact admins' inlines, left as they are.
SANCTION_INLINES = (
    inline_management("named_targets")
    | inline_management("stated_dates")
    | inline_management("corroborations")
)
FACT_INLINES = inline_management("corroborations")


def admin_form_data(client, url: str, reason: str = "Corrected against the source.") -> dict:
    """The admin change form at `url` with its current values, as an editor's browser posts them
    back, and the reason that every change to a published record needs."""
    form = client.get(url).context["adminform"].form
    return {name: form[name].value() or "" for name in form.fields} | {"change_reason": reason}


# Drafts of the editors' intake (pledges.intake), as the review page receives them.


def pledge_draft(**changes) -> Draft:
    fields = {
        "donor": "Japan", "donor_code": "JP", "donor_kind": "country",
        "recipient": "Ukraine", "recipient_code": "UA", "recipient_kind": "country",
        "category": "military", "lethality": None, "amount": None, "currency": None,
        "announced_on": "2022-03-04", "announced_precision": "derived",
        "announced_as": "Friday", "description": "Helmets and body armour.",
        "items": [
            {"name": "helmets", "quantity": 6900, "unit": None, "item_type": "helmets"},
            {"name": "body armor", "quantity": None, "unit": None, "item_type": None},
        ],
    }  # fmt: skip
    draft = Draft("pledge", fields, 1, "6,900 helmets and body armor",
                  notes=["Friday read as the Friday before publication."])  # fmt: skip
    for name, value in changes.items():
        if name in ("paragraph", "quote", "flags", "readings", "notes"):
            setattr(draft, name, value)
        else:
            draft.fields[name] = value
    return draft


def add_drafts(source, *drafts) -> list[SourceDraft]:
    return SourceDraft.objects.bulk_create(
        SourceDraft(source=source, kind=d.kind, position=n, data=d.as_json())
        for n, d in enumerate(drafts, start=1)
    )
