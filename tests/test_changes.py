"""The public record of changes: an editor's correction, with its reason, on the record's history
page, on /changes/ and in its feed, filterable by country; editors' names never shown."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from pledges.loading import default_files, load_source_file
from pledges.models import Change, Pledge
from tests.factories import PLEDGE_INLINES, PledgeFactory, admin_form_data, inline_management
from tests.test_views import text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
REASON = "The source says 25 million Canadian dollars; the description said too little."


def correct(client, pledge, reason=REASON, **changes):
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    data = admin_form_data(client, url, reason) | PLEDGE_INLINES | changes
    return client.post(url, data)


def test_a_correction_shows_on_the_records_history_with_its_reason(
    article, editor, editor_client, client
):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    old = pledge.description
    assert (
        correct(
            editor_client, pledge, description="Military aid, on top of earlier aid."
        ).status_code
        == 302
    )
    (change,) = Change.objects.all()
    assert (change.kind, change.record_id, change.reason) == ("pledge", pledge.pk, REASON)
    assert change.fields == [
        {"label": "Description", "old": old, "new": "Military aid, on top of earlier aid."}
    ]
    page = text(client.get(pledge.get_absolute_url()))
    assert "Corrected 1 time, last on" in page
    history = client.get(reverse("pledges:pledge-history", args=[pledge.pk]))
    words = text(history)
    assert f"Description: was {old} → now Military aid, on top of earlier aid." in words
    assert f"Reason: {REASON}" in words
    assert editor.username not in history.content.decode()


def test_the_changes_page_and_feed_list_corrections_by_country(
    article, editor, editor_client, client
):
    canada = Pledge.objects.get(reference="ca-ua-military-aid")
    correct(editor_client, canada, amount="30000000")
    japan = Pledge.objects.get(reference="jp-ua-defense-equipment")
    correct(editor_client, japan, reason="Clearer wording.", description="Defence equipment.")
    everything = text(client.get(reverse("pledges:change-list")))
    assert "2 changes." in everything
    assert "Amount: was 25,000,000 → now 30,000,000" in everything
    of_canada = client.get(reverse("pledges:change-list") + "?country=canada")
    assert [c.record_id for c in of_canada.context["changes"]] == [canada.pk]
    of_ukraine = client.get(reverse("pledges:change-list") + "?country=ukraine")
    assert [c.record_id for c in of_ukraine.context["changes"]] == [japan.pk, canada.pk]
    feed = client.get(reverse("pledges:change-feed") + "?country=canada")
    assert feed["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
    assert len(entries) == 1
    summary = entries[0].find(f"{ATOM}summary").text
    assert "Amount: 25,000,000 → 30,000,000" in summary
    assert REASON in summary
    assert editor.username not in feed.content.decode() + text(client.get("/changes/"))


def test_a_change_without_its_reason_is_refused_and_nothing_changes(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    response = correct(editor_client, pledge, reason="   ", description="Changed.")
    assert response.status_code == 200
    assert "Say why" in str(response.context["adminform"].form.errors)
    assert Pledge.objects.get(pk=pledge.pk).description == pledge.description
    assert not Change.objects.exists()


def test_a_stage_added_to_a_published_pledge_is_a_change_and_needs_its_reason(
    article, editor_client
):
    pledge = Pledge.objects.get(reference="se-ua-military-shipment")
    stage = {"stage": "delivered", "occurred_on": "", "occurred_precision": "unknown",
             "occurred_as": "", "source": pledge.source_id, "paragraph": pledge.paragraph,
             "quote": pledge.quote, "reading_note": "", "amount": "", "currency": "",
             "item": "", "quantity": ""}  # fmt: skip
    events = {f"events-0-{name}": value for name, value in stage.items()}
    events |= inline_management("events", 1)
    response = correct(editor_client, pledge, reason="", **events)
    assert response.status_code == 200
    assert "Say why" in str(response.context["inline_admin_formsets"][1].formset.non_form_errors())
    assert (
        correct(editor_client, pledge, reason="Delivered, as reported.", **events).status_code
        == 302
    )
    (change,) = Change.objects.all()  # by an editor: editors record stages
    assert change.fields[0]["label"] == "Stage added"
    assert change.reason == "Delivered, as reported."


def test_entering_a_record_is_not_a_change_but_removing_one_is(client):
    pledge = PledgeFactory()
    assert not Change.objects.exists()
    page = text(client.get(reverse("pledges:pledge-history", args=[pledge.pk])))
    assert "and not changed since" in page
    pledge_id = pledge.pk
    Pledge.objects.get(pk=pledge_id).delete()
    (change,) = Change.objects.all()
    assert (change.record_id, change.action) == (pledge_id, "removed")
    assert "The record was removed." in text(client.get(reverse("pledges:change-list")))


def test_a_data_file_update_gives_its_reason(article, tmp_path):
    (path,) = default_files()
    edited = tmp_path / path.name
    edited.write_text(path.read_text().replace("Further military aid", "More military aid"))
    load_source_file(edited, update=True)
    (change,) = Change.objects.all()
    assert change.reason == f"Updated from the data file {path.name}."


def test_bad_addresses_are_answered_without_a_server_error(article, client):
    response = client.get(reverse("pledges:change-list") + "?country=atlantis")
    assert response.status_code == 200
    assert "Some filters could not be applied" in text(response)
    assert client.get(reverse("pledges:change-feed") + "?country=atlantis").status_code == 404
    assert client.get(reverse("pledges:pledge-history", args=[999999])).status_code == 404
    assert client.get(reverse("pledges:sanction-history", args=[999999])).status_code == 404


def test_a_reason_may_be_long(article, editor_client):
    """Readers see the whole reason, however long: the history keeps it as text."""
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    reason = "Read again against the government's own statement of the same day. " * 5
    assert correct(editor_client, pledge, reason=reason, description="Reworded.").status_code == 302
    assert Change.objects.get().reason == reason.strip()


def test_entering_a_pledge_with_items_in_the_admin_is_not_a_change(article, editor_client):
    """Its lethality, read from its items after they are saved, is part of entering it."""
    from tests.test_admin import pledge_form, with_item

    data = with_item(pledge_form(category="military"))
    data |= inline_management("events") | inline_management("corroborations")
    response = editor_client.post(reverse("admin:pledges_pledge_add"), data)
    assert response.status_code == 302
    assert Pledge.objects.get(quote="€5 million for hospitals").lethality == "non_lethal"
    assert not Change.objects.exists()


def test_a_removed_records_history_stays_readable(article, editor_client, client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    correct(editor_client, pledge, description="Reworded.")
    url = reverse("pledges:pledge-history", args=[pledge.pk])
    Pledge.objects.get(pk=pledge.pk).delete()
    page = text(client.get(url))
    assert "this record has been removed" in page
    assert "Description:" in page
    html = client.get(reverse("pledges:change-list")).content.decode()
    assert f'href="{pledge.get_absolute_url()}"' not in html  # its page is gone
    assert "since removed" in html


def test_an_item_entered_on_its_own_page_needs_a_reason_and_is_a_change(article, editor_client):
    from pledges.models import ItemType

    pledge = Pledge.objects.get(reference="se-ua-military-shipment")
    data = {"pledge": pledge.pk, "item_type": ItemType.objects.get(slug="helmets").pk,
            "name": "spare helmets", "quantity": "100", "unit": "", "paragraph": pledge.paragraph,
            "quote": pledge.quote, "change_reason": ""}  # fmt: skip
    response = editor_client.post(reverse("admin:pledges_aiditem_add"), data)
    assert response.status_code == 200
    assert "Say why" in str(response.context["adminform"].form.errors)
    data["change_reason"] = "A second report lists the helmets."
    response = editor_client.post(reverse("admin:pledges_aiditem_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    (change,) = Change.objects.all()
    assert (change.record_id, change.reason) == (pledge.pk, "A second report lists the helmets.")


def test_readings_are_shown_in_words_and_status_is_left_to_the_stages(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    correct(editor_client, pledge, reading_amount="read")
    (change,) = Change.objects.all()
    (field,) = change.fields
    assert field["old"] == "currency read"
    assert field["new"] == "amount read; currency read"


def test_removing_a_record_in_the_admin_asks_its_reason(article, admin_client, client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    url = reverse("admin:pledges_pledge_delete", args=[pledge.pk])
    assert "Reason for removing it" in admin_client.get(url).content.decode()
    response = admin_client.post(url, {"post": "yes", "change_reason": "  "})
    assert response.status_code == 200
    assert "Say why it is removed" in response.content.decode()
    assert Pledge.objects.filter(pk=pledge.pk).exists()
    reason = "Entered twice: the same pledge is recorded from the official statement."
    response = admin_client.post(url, {"post": "yes", "change_reason": reason})
    assert response.status_code == 302
    (change,) = Change.objects.all()
    assert (change.action, change.reason) == ("removed", reason)
    assert reason in text(client.get(reverse("pledges:change-list")))
    changelist = admin_client.get(reverse("admin:pledges_pledge_changelist"))
    assert "delete_selected" not in changelist.content.decode()  # one at a time, with a reason
