"""A pledge's stages: the article's records as their first stages, later stages entered in the
admin moving the status and the figures, and the stages' list and downloads."""

import json
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from pledges.importing import import_pledges
from pledges.models import AidItem, CountryStage, ItemTypeTotal, Pledge, PledgeEvent
from tests.factories import PLEDGE_INLINES, admin_form_data, inline_management

pytestmark = pytest.mark.django_db
SCHEMAS = Path(settings.BASE_DIR) / "docs" / "schemas"


def stages_of(reference: str) -> list[tuple]:
    events = PledgeEvent.objects.filter(pledge__reference=reference).order_by("id")
    return list(events.values_list("stage", "stage_read", "occurred_on", "paragraph", "quote"))


def test_the_articles_records_are_their_first_stages(article):
    assert PledgeEvent.objects.count() == Pledge.objects.count() == 7
    (us,) = stages_of("us-ua-weapons")
    assert us[:2] == ("approved", True)  # an order to deploy, read as approved
    assert us[2].isoformat() == "2022-02-26"
    us_pledge = Pledge.objects.get(reference="us-ua-weapons")
    assert (us[3], us[4]) == (us_pledge.paragraph, us_pledge.quote)
    sweden = Pledge.objects.get(donor__iso_code="SE")
    assert [e.stage for e in sweden.events.all()] == ["approved"]
    others = Pledge.objects.exclude(pk__in=[us_pledge.pk, sweden.pk])
    assert set(PledgeEvent.objects.filter(pledge__in=others).values_list("stage", flat=True)) == {
        "announced"
    }
    for event in PledgeEvent.objects.all():
        event.full_clean()  # each first stage's words are in its paragraph


def test_loading_again_adds_no_stage(article):
    from pledges.loading import default_files, load_source_file

    (path,) = default_files()
    load_source_file(path)
    assert PledgeEvent.objects.count() == 7


def add_stage(client, pledge, **fields):
    url = f"/admin/pledges/pledge/{pledge.pk}/change/"
    data = admin_form_data(client, url)
    stage = {"stage": "delivered", "occurred_on": "2022-03-20", "occurred_precision": "day",
             "occurred_as": "March 20", "source": pledge.source_id, "paragraph": pledge.paragraph,
             "quote": pledge.quote, "reading_note": "", "amount": "", "currency": "",
             "item": "", "quantity": ""} | fields  # fmt: skip
    data |= PLEDGE_INLINES | inline_management("events", 1)
    data |= {f"events-0-{name}": value for name, value in stage.items()}
    return client.post(url, data)


def deliver_swedens_helmets(client) -> tuple[Pledge, AidItem]:
    """2,000 of the 5,000 helmets Sweden pledged, entered in the admin as delivered."""
    sweden = Pledge.objects.get(donor__iso_code="SE")
    helmets = AidItem.objects.get(pledge=sweden, name__icontains="helmet")
    response = add_stage(client, sweden, item=helmets.pk, quantity="2000")
    assert response.status_code == 302, response.context["inline_admin_formsets"][1].formset.errors
    sweden.refresh_from_db()
    return sweden, helmets


def test_a_delivery_entered_in_the_admin_moves_the_status_and_the_figures(article, admin_client):
    sweden, helmets = deliver_swedens_helmets(admin_client)
    assert sweden.status == "delivered"
    assert sweden.history.first().history_user is not None  # the pledge's own history is kept
    given = CountryStage.objects.get(country=sweden.donor, role="given")
    assert (given.stage, given.count) == ("delivered", 1)
    total = ItemTypeTotal.objects.get(item_type=helmets.item_type, donor=sweden.donor)
    assert (total.stated, total.delivered) == (5000, 2000)


def test_a_delivery_entered_in_the_admin_shows_on_the_public_pages(article, admin_client):
    sweden, helmets = deliver_swedens_helmets(admin_client)
    page = admin_client.get(sweden.get_absolute_url()).content.decode()
    assert "Delivered" in page
    assert "20 Mar 2022" in page
    assert "2,000 × " in page
    item_page = admin_client.get(helmets.item_type.get_absolute_url()).content.decode()
    assert "2,000" in item_page
    country = admin_client.get(sweden.donor.get_absolute_url()).content.decode()
    assert "?donor=sweden&amp;status=delivered" in country


def test_a_stage_that_is_not_a_delivery_states_nothing_delivered(article, admin_client):
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    response = add_stage(admin_client, canada, stage="approved", amount="5", currency="CAD")
    assert response.status_code == 200
    assert canada.events.count() == 1
    canada.refresh_from_db()
    assert canada.status == "announced"


def test_a_delivery_delivers_only_its_own_pledges_items(article):
    sweden = Pledge.objects.get(donor__iso_code="SE")
    other = AidItem.objects.exclude(pledge=sweden).first()
    event = PledgeEvent(pledge=sweden, stage="delivered", source=sweden.source,
                        paragraph=sweden.paragraph, quote=sweden.quote, item=other, quantity=1)  # fmt: skip
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "item" in error.value.message_dict


def test_a_stage_quote_must_be_in_its_paragraph(article):
    sweden = Pledge.objects.get(donor__iso_code="SE")
    type(sweden.source).objects.filter(pk=sweden.source_id).update(
        text="Sweden sent aid.\n\nThe government approved the shipment."
    )
    sweden.refresh_from_db()
    event = PledgeEvent(pledge=sweden, stage="delivered", source=sweden.source, paragraph=1,
                        quote="approved the shipment")  # fmt: skip
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "quote" in error.value.message_dict


def test_the_latest_stage_is_the_furthest_along_whatever_the_dates_known(article):
    sweden = Pledge.objects.get(donor__iso_code="SE")
    PledgeEvent.objects.create(pledge=sweden, stage="delivering", source=sweden.source,
                               paragraph=sweden.paragraph, quote=sweden.quote)  # fmt: skip
    sweden.refresh_from_db()
    assert sweden.status == "delivering"
    PledgeEvent.objects.filter(pledge=sweden, stage="delivering").delete()
    sweden.refresh_from_db()
    assert sweden.status == "approved"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_stages_download_by_stage(article, client, fmt):
    response = client.get(f"/pledges/stages/?stage=approved&format={fmt}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    if fmt == "json":
        data = json.loads(body)
        jsonschema.validate(data, json.loads((SCHEMAS / "stages.schema.json").read_text()))
        assert {r["donor"]["code"] for r in data["stages"]} == {"US", "SE"}
        us = next(r for r in data["stages"] if r["donor"]["code"] == "US")
        assert us["bases"] == {"stage": "read", "occurred_on": "derived"}
    else:
        lines = body.splitlines()
        assert len(lines) == 3
        assert "stage_basis" in lines[0]


def test_the_stages_list_refuses_bad_filters_clearly(article, client):
    response = client.get("/pledges/stages/?stage=bogus&after=2022-13-45")
    assert response.status_code == 200
    assert "could not be applied" in response.content.decode()
    assert client.get("/pledges/stages/?stage=bogus&format=csv").status_code == 400


def test_an_import_gives_each_new_pledge_its_first_stage(article, client, tmp_path):
    from pledges.models import Source

    Source.objects.create(reference="another-source", title="Another source")
    path = tmp_path / "pledges.csv"
    path.write_bytes(b"".join(client.get("/pledges/?format=csv").streaming_content))
    import_pledges(path, source_reference="another-source")
    assert PledgeEvent.objects.count() == Pledge.objects.count() == 14
    imported = PledgeEvent.objects.filter(source__reference="another-source")
    assert sorted(imported.values_list("stage", flat=True)) == sorted(
        Pledge.objects.filter(source__reference="another-source").values_list("status", flat=True)
    )
