"""Top-ups and packages: a pledge marked as adding to earlier aid, or as one part of a package,
and totals that never count the same money twice."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pledges.loading import SourceFileError, load_source_file
from pledges.models import Country, CountryStage, Pledge, Source
from tests.factories import PLEDGE_INLINES, CountryFactory, PledgeFactory, admin_form_data
from tests.test_stats import assert_consistent
from tests.test_views import text

pytestmark = pytest.mark.django_db


def test_canadas_pledge_adds_to_earlier_aid_and_counts_in_full(article, client):
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    assert canada.adds_to_earlier
    assert canada.adds_to is None
    page = text(client.get(canada.get_absolute_url()))
    assert "Adds to earlier aid that is not recorded here." in page
    assert "Its value is new money, so totals count it in full." in page
    country = text(client.get(reverse("pledges:country-detail", args=["canada"])))
    assert "About US$19.6 million (about €17.5 million) across 1 pledge given" in country
    others = Pledge.objects.exclude(pk=canada.pk)
    assert not others.filter(adds_to_earlier=True).exists()


@pytest.fixture
def package():
    """A US$100 million package from one donor to one recipient, and two of its parts."""
    donor, recipient = CountryFactory(name="Donorland"), CountryFactory(name="Recipia")
    whole = PledgeFactory(donor=donor, recipient=recipient, amount=Decimal("100000000"))
    parts = [
        PledgeFactory(donor=donor, recipient=recipient, amount=Decimal(amount), part_of=whole)
        for amount in ("60000000", "40000000")
    ]
    return whole, parts


def test_a_packages_parts_are_never_counted_twice(package, client):
    whole, _ = package
    donor = Country.objects.get(pk=whole.donor_id)
    assert donor.pledges_given_count == 3
    assert donor.given_usd == whole.value_usd == Decimal("100000000.00")
    assert donor.given_converted == 1
    donor = Country.objects.prefetch_related("totals").get(pk=donor.pk)
    [stated] = donor.value_totals("given")
    assert (stated.amount, stated.pledge_count) == (Decimal("100000000.00"), 1)
    total = donor.converted_total("given")
    assert (total.usd, total.converted, total.in_packages, total.left_out) == (
        Decimal("100000000.00"), 1, 2, 0
    )  # fmt: skip
    stage = CountryStage.objects.get(country=donor, role="given", stage="announced")
    assert (stage.count, stage.converted, stage.value_usd) == (3, 1, Decimal("100000000.00"))
    page = text(client.get(reverse("pledges:country-detail", args=[donor.slug])))
    assert "About US$100 million (about €89.6 million) across 1 pledge given" in page
    assert "2 more are parts of packages whose values include theirs, so they are not counted " \
        "twice." in page  # fmt: skip
    assert "(and 2 parts of packages, whose values are in their packages’)" in page
    assert_consistent()


def test_a_part_taken_out_of_its_package_counts_again(package):
    whole, parts = package
    part = Pledge.objects.get(pk=parts[0].pk)
    part.part_of = None
    part.save()
    donor = Country.objects.get(pk=whole.donor_id)
    assert donor.given_usd == Decimal("160000000.00")
    assert donor.given_converted == 2
    assert_consistent()


def test_the_pages_of_a_package_and_its_parts_link_each_other(package, client):
    whole, parts = package
    page = text(client.get(whole.get_absolute_url()))
    assert "Its parts" in page
    assert "Their values are within this package’s, so totals count US$100 million once." in page
    html = client.get(whole.get_absolute_url()).content.decode()
    for part in parts:
        assert f'href="{part.get_absolute_url()}"' in html
    page = text(client.get(parts[0].get_absolute_url()))
    assert "Part of the package" in page
    assert "Its value is within the package’s, so totals leave it out" in page


def test_a_top_up_links_its_earlier_pledge_both_ways(client):
    earlier = PledgeFactory(announced_on=date(2022, 2, 1))
    later = PledgeFactory(
        donor=earlier.donor, recipient=earlier.recipient, adds_to=earlier,
        adds_to_earlier=True, announced_on=date(2022, 3, 1),
    )  # fmt: skip
    page = text(client.get(later.get_absolute_url()))
    assert "Adds to an earlier pledge:" in page
    assert (
        f'href="{earlier.get_absolute_url()}"'
        in client.get(later.get_absolute_url()).content.decode()
    )
    page = text(client.get(earlier.get_absolute_url()))
    assert "Added to by" in page
    assert "Each adds new money, counted in full." in page
    donor = Country.objects.get(pk=earlier.donor_id)
    assert donor.given_usd == Decimal("2000000.00")  # both counted: the top-up is new money


def errors(pledge: Pledge) -> dict:
    with pytest.raises(ValidationError) as raised:
        pledge.full_clean()
    return raised.value.message_dict


def test_the_rules_of_packages_and_top_ups_are_explained_on_the_field(package):
    whole, parts = package
    other_donor = PledgeFactory(recipient=whole.recipient, part_of=None)
    other_donor.part_of = whole
    assert "same donor and recipient" in errors(other_donor)["part_of"][0]
    part_of_part = PledgeFactory(donor=whole.donor, recipient=whole.recipient)
    part_of_part.part_of = Pledge.objects.get(pk=parts[0].pk)
    assert "itself part of a package" in errors(part_of_part)["part_of"][0]
    package = Pledge.objects.get(pk=whole.pk)
    package.amount = package.currency = None
    package.currency = ""
    assert "it needs a value too" in errors(package)["amount"][0]
    package = Pledge.objects.get(pk=whole.pk)
    package.part_of = PledgeFactory(donor=whole.donor, recipient=whole.recipient)
    assert "a package with parts" in errors(package)["part_of"][0]
    valueless = PledgeFactory(donor=whole.donor, recipient=whole.recipient, amount=None,
                              currency="")  # fmt: skip
    part = Pledge.objects.get(pk=parts[1].pk)
    part.part_of = valueless
    assert "states no value" in errors(part)["part_of"][0]
    earlier = PledgeFactory(donor=whole.donor, announced_on=date(2023, 1, 1))
    top_up = Pledge.objects.get(pk=whole.pk)
    top_up.adds_to = earlier
    assert "after this one" in errors(top_up)["adds_to"][0]


def test_an_editor_marks_a_pledge_as_part_of_a_package_in_the_admin(package, editor_client):
    whole, _ = package
    pledge = PledgeFactory(donor=whole.donor, recipient=whole.recipient, amount=Decimal("5"))
    url = f"/admin/pledges/pledge/{pledge.pk}/change/"
    data = admin_form_data(editor_client, url) | PLEDGE_INLINES
    data |= {"part_of": whole.pk, "adds_to_earlier": ""}
    response = editor_client.post(data=data, path=url)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Pledge.objects.get(pk=pledge.pk).part_of == whole
    donor = Country.objects.get(pk=whole.donor_id)
    assert donor.given_converted == 1  # still the package alone
    data["part_of"] = PledgeFactory().pk  # another donor's
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "same donor and recipient" in str(response.context["adminform"].form.errors)


def test_a_data_file_names_the_package_by_reference(tmp_path):
    CountryFactory(iso_code="DL", name="Donorland")
    CountryFactory(iso_code="RC", name="Recipia")
    text = """
[source]
reference = "a-source"
title = "A source"
notes = "One paragraph."

[[pledges]]
reference = "package"
donor = "DL"
recipient = "RC"
category = "military"
description = "A package."
amount = "10000000"
currency = "USD"
paragraph = 1
quote = "a package of $10 million"

[[pledges]]
reference = "demining"
donor = "DL"
recipient = "RC"
category = "military"
description = "Demining, within the package."
amount = "4000000"
currency = "USD"
part_of = "{ref}"
paragraph = 1
quote = "$4 million for demining"
"""
    path = tmp_path / "source.toml"
    path.write_text(text.replace("{ref}", "nothing-such"))
    with pytest.raises(SourceFileError, match="no pledge listed before this one"):
        load_source_file(path)
    assert not Source.objects.filter(reference="a-source").exists()
    path.write_text(text.replace("{ref}", "package"))
    load_source_file(path)
    part = Pledge.objects.get(reference="demining")
    assert part.part_of == Pledge.objects.get(reference="package")


def test_a_packages_donor_cannot_leave_its_parts_behind(package):
    whole, _ = package
    moved = Pledge.objects.get(pk=whole.pk)
    moved.donor = CountryFactory()
    assert "change theirs first" in errors(moved)["donor"][0]
