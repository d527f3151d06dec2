"""Sanctions over time: dates in force and lifted, each with its source, and the legal act;
shown on the sanction's page, filterable on the list, in the downloads, entered by editors."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pledges.loading import load_source_file
from pledges.models import Change, Sanction, SanctionDate
from tests.factories import SANCTION_INLINES, SanctionFactory, admin_form_data, inline_management
from tests.test_views import text

pytestmark = pytest.mark.django_db


def add_date(sanction, kind, day, quote="comes into force"):
    return SanctionDate.objects.create(
        sanction=sanction, kind=kind, occurred_on=day, occurred_precision="day",
        source=sanction.source, paragraph=sanction.paragraph, quote=quote,
    )  # fmt: skip


@pytest.fixture
def sanctions():
    """One sanction announced only, one in force from 1 Mar 2022, one lifted on 1 Jun 2022."""
    announced = SanctionFactory(imposed_on=date(2022, 2, 20), imposed_precision="day")
    in_force = SanctionFactory(imposed_on=date(2022, 2, 20), imposed_precision="day")
    add_date(in_force, "in_force", date(2022, 3, 1))
    lifted = SanctionFactory(imposed_on=date(2022, 2, 20), imposed_precision="day")
    add_date(lifted, "in_force", date(2022, 3, 1))
    add_date(lifted, "lifted", date(2022, 6, 1), quote="was lifted")
    return announced, in_force, lifted


def test_a_sanctions_dates_follow_the_dates_its_sources_give(sanctions):
    announced, in_force, lifted = (Sanction.objects.get(pk=s.pk) for s in sanctions)
    assert (announced.in_force_on, announced.lifted_on, announced.state) == (
        None,
        None,
        "announced",
    )
    assert (in_force.in_force_on, in_force.state) == (date(2022, 3, 1), "in_force")
    assert (lifted.ended_on, lifted.lifted_on, lifted.state) == (date(2022, 6, 1), None, "lifted")
    SanctionDate.objects.filter(sanction=lifted, kind="lifted").delete()
    assert Sanction.objects.get(pk=lifted.pk).state == "in_force"


def test_the_list_filters_by_state_and_by_the_day_in_force(sanctions, client):
    announced, in_force, lifted = sanctions

    def listed(query):
        response = client.get(f"{reverse('pledges:sanction-list')}?{query}")
        return {sanction.pk for sanction in response.context["sanctions"]}

    assert listed("state=in_force") == {in_force.pk}
    assert listed("state=lifted") == {lifted.pk}
    assert listed("state=announced") == {announced.pk}
    assert listed("in_force_on=2022-04-01") == {in_force.pk, lifted.pk}
    assert listed("in_force_on=2022-07-01") == {in_force.pk}  # lifted by then
    assert listed("in_force_on=2022-02-25") == set()  # not yet in force
    response = client.get(f"{reverse('pledges:sanction-list')}?in_force_on=1st+of+March")
    assert response.status_code == 200
    assert "Enter a date as year-month-day" in text(response)


def test_the_sanction_page_shows_each_date_with_its_source_and_the_legal_act(sanctions, client):
    _, _, lifted = sanctions
    Sanction.objects.filter(pk=lifted.pk).update(
        legal_act="Order No. 12", legal_act_url="https://example.org/order-12"
    )
    page = text(client.get(lifted.get_absolute_url()))
    assert "In force: 1 Mar 2022" in page
    assert "Lifted: 1 Jun 2022" in page
    assert "paragraph 1: was lifted" in page
    assert "Legal act: Order No. 12" in page
    assert "Lifted, as far as the sources recorded here say." in page
    row = client.get(lifted.get_absolute_url() + "?format=json").json()
    assert (row["in_force_on"], row["ended_on"], row["legal_act"]) == (
        "2022-03-01", "2022-06-01", "Order No. 12"
    )  # fmt: skip


def test_a_date_before_the_start_is_explained(sanctions):
    announced, _, _ = sanctions
    early = SanctionDate(
        sanction=announced, kind="in_force", occurred_on=date(2022, 1, 1),
        occurred_precision="day", source=announced.source, paragraph=1, quote="in force",
    )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        early.full_clean()
    assert "before the sanction's start" in raised.value.message_dict["occurred_on"][0]


def test_an_editor_enters_a_date_in_force_with_its_reason(sanctions, editor_client):
    announced, _, _ = sanctions
    url = reverse("admin:pledges_sanction_change", args=[announced.pk])
    row = {"kind": "in_force", "occurred_on": "2022-03-05", "occurred_precision": "day",
           "occurred_as": "March 5", "source": announced.source_id, "paragraph": "1",
           "quote": "in force from March 5", "reading_note": ""}  # fmt: skip
    data = admin_form_data(editor_client, url, "The order took effect on 5 March.")
    data |= SANCTION_INLINES | inline_management("stated_dates", 1)
    data |= {f"stated_dates-0-{name}": value for name, value in row.items()}
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["inline_admin_formsets"][1].formset.errors
    assert Sanction.objects.get(pk=announced.pk).in_force_on == date(2022, 3, 5)
    (change,) = Change.objects.filter(kind="sanction")
    assert change.reason == "The order took effect on 5 March."


def test_a_data_file_gives_dates_and_the_legal_act(tmp_path):
    from tests.factories import CountryFactory

    CountryFactory(iso_code="DL", name="Donorland")
    CountryFactory(iso_code="RC", name="Recipia")
    path = tmp_path / "source.toml"
    path.write_text("""
[source]
reference = "a-source"
title = "A source"

[[sanctions]]
reference = "ban"
imposer = "DL"
target = "RC"
measure = "export_ban"
target_kind = "entities"
description = "An export ban."
imposed_on = 2022-03-01
imposed_precision = "day"
legal_act = "Export Order 7"
paragraph = 1
quote = "banned exports"

[[sanctions.dates]]
kind = "in_force"
on = 2022-03-10
precision = "day"
paragraph = 2
quote = "takes effect on March 10"
""")
    load_source_file(path)
    ban = Sanction.objects.get(reference="ban")
    assert (ban.in_force_on, ban.legal_act) == (date(2022, 3, 10), "Export Order 7")
    (stated,) = ban.stated_dates.all()
    assert (stated.paragraph, stated.quote) == (2, "takes effect on March 10")
    load_source_file(path)  # loading again adds nothing
    assert SanctionDate.objects.count() == 1
