"""Editors are accountable: every change is recorded, with who, when, and what it changed."""

import pytest
from django.urls import reverse

from pledges.importing import import_records
from pledges.models import AidItem, Pledge, Sanction, Source
from tests.factories import PLEDGE_INLINES, admin_form_data

pytestmark = pytest.mark.django_db


def change_pledge(client, pledge, **changes):
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    data = admin_form_data(client, url)
    data |= PLEDGE_INLINES | changes
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_an_editors_change_records_who_when_and_old_and_new_values(article, editor, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    change_pledge(editor_client, pledge, description="Corrected by Edith.", category="humanitarian")
    latest, before = pledge.history.all()[:2]
    assert latest.history_user == editor
    assert latest.history_type == "~"
    delta = latest.diff_against(before)
    changes = {change.field: (change.old, change.new) for change in delta.changes}
    assert changes["description"][1] == "Corrected by Edith."
    assert changes["category"] == ("military", "humanitarian")
    assert "amount" not in changes


def test_the_admin_shows_a_records_history_with_its_changes(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    change_pledge(editor_client, pledge, description="Corrected by Edith.")
    page = editor_client.get(reverse("admin:pledges_pledge_history", args=[pledge.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "edith" in text
    assert "Corrected by Edith." in text
    assert "Further military aid" in text  # the old value


@pytest.mark.parametrize("model", [Pledge, AidItem, Sanction, Source])
def test_loaded_records_start_their_history(article, model):
    record = model.objects.first()
    assert record.history.filter(history_type="+").exists()


def test_deleting_is_recorded_too(article, admin_client):
    sanction = Sanction.objects.get(reference="jp-ru-swift-exclusion")
    url = reverse("admin:pledges_sanction_delete", args=[sanction.pk])
    reason = "Recorded twice."
    assert admin_client.post(url, {"post": "yes", "change_reason": reason}).status_code == 302
    deleted = Sanction.history.filter(id=sanction.pk, history_type="-").get()
    assert deleted.history_user.username == "admin"
    assert deleted.history_change_reason == reason


def test_bulk_imports_record_each_pledge_and_item(article, admin_user):
    source = Source.objects.create(reference="bulk", title="Bulk")
    record = {"donor_code": "JP", "recipient_code": "UA", "category": "financial",
              "description": "A loan.", "paragraph": "1", "quote": "a loan",
              "items": [{"item_type": "tents", "name": "tents", "paragraph": 1, "quote": "tents"}]}  # fmt: skip
    import_records([("line 2", record)], source=source, user=admin_user)
    pledge = Pledge.objects.get(source=source)
    (created,) = pledge.history.all()
    assert (created.history_type, created.history_user) == ("+", admin_user)
    assert created.history_change_reason == "bulk import"
    assert pledge.items.get().history.get().history_type == "+"


def test_detail_pages_say_when_they_last_changed(article, client):
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    stamp = pledge.updated_at.strftime("%-d %b %Y, %H:%M")
    assert f"Last updated {stamp} UTC." in client.get(pledge.get_absolute_url()).content.decode()
    for url in ["/countries/japan/", "/items/helmets/"]:
        assert "Figures last changed" in client.get(url).content.decode()
    sanction = Sanction.objects.first()
    assert "Last updated" in client.get(sanction.get_absolute_url()).content.decode()


def test_changing_an_item_updates_its_pledges_date(article):
    pledge = Pledge.objects.get(reference="se-ua-military-shipment")
    before = pledge.updated_at
    item = pledge.items.first()
    item.quantity = 6000
    item.save()
    pledge.refresh_from_db()
    assert pledge.updated_at > before
