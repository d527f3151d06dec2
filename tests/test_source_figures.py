"""More than one source: a record cites several, and where they disagree on a figure its page
sets each source's figure side by side, says which one the record uses, and why."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pledges.models import Change, Corroboration, Pledge
from tests.factories import PLEDGE_INLINES, SourceFactory, admin_form_data, inline_management
from tests.test_views import text

pytestmark = pytest.mark.django_db


def other_source(text_: str):
    return SourceFactory(text=text_)


def reported_also_by(source_text: str, **corroboration) -> Corroboration:
    """Another source, of `source_text`, reporting the record in its paragraph 1."""
    return Corroboration.objects.create(
        source=other_source(source_text), paragraph=1, **corroboration
    )


def test_a_source_that_gives_another_figure_is_shown_beside_the_records_own(article, client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    reported_also_by(
        "Canada adds C$30 million in military aid to Ukraine.",
        pledge=pledge, quote="adds C$30 million", figure=Decimal("30000000"), currency="CAD",
        note="A later report that counts a further tranche; the record keeps the figure of the day.",
    )  # fmt: skip
    page = text(client.get(pledge.get_absolute_url()))
    assert "The sources that report this do not all give the same figure." in page
    assert "CA$25 million Yes: the record’s own source" in page
    assert "CA$30 million No, it differs: A later report that counts a further tranche" in page


def test_sources_that_agree_say_so(article, client):
    pledge = Pledge.objects.get(reference="us-ua-weapons")
    reported_also_by("Washington approved $350 million of weapons for Ukraine.",
                     pledge=pledge, quote="$350 million of weapons", figure=Decimal("350000000"),
                     currency="USD")  # fmt: skip
    page = text(client.get(pledge.get_absolute_url()))
    assert "The sources that report this give the same figure." in page
    assert "The same figure" in page


def test_a_differing_figure_needs_its_reason_and_a_pledges_its_currency(article):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    source = other_source("Canada adds C$30 million in military aid to Ukraine.")
    differing = Corroboration(pledge=pledge, source=source, paragraph=1,
                              quote="adds C$30 million", figure=Decimal("30000000"),
                              currency="CAD")  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        differing.full_clean()
    assert "say why the record keeps its own" in raised.value.message_dict["note"][0]
    differing.currency = ""
    with pytest.raises(ValidationError) as raised:
        differing.full_clean()
    assert "needs its currency" in raised.value.message_dict["currency"][0]


def test_a_sanctions_other_source_may_count_its_targets_differently(article, client):
    from pledges.models import Sanction

    sanction = Sanction.objects.get(reference="jp-ru-entity-export-ban")
    reported_also_by("Tokyo barred exports to 50 Russian entities.", sanction=sanction,
                     quote="exports to 50 Russian entities", figure=Decimal("50"),
                     note="It counts one entity the order lists twice.")  # fmt: skip
    page = text(client.get(sanction.get_absolute_url()))
    assert "49 Yes: the record’s own source" in page
    assert "50 No, it differs: It counts one entity the order lists twice." in page


def test_an_editor_adds_another_source_with_its_figure_in_the_admin(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    source = other_source("Canada adds C$30 million in military aid to Ukraine.")
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    row = {"source": source.pk, "paragraph": "1", "quote": "adds C$30 million",
           "figure": "30000000", "currency": "CAD", "note": ""}  # fmt: skip
    data = admin_form_data(editor_client, url, "A second report.") | PLEDGE_INLINES
    data |= inline_management("corroborations", 1)
    data |= {f"corroborations-0-{name}": value for name, value in row.items()}
    response = editor_client.post(url, data)
    assert response.status_code == 200  # the differing figure needs its reason
    errors = response.context["inline_admin_formsets"][2].formset.errors
    assert "say why the record keeps its own" in str(errors)
    data["corroborations-0-note"] = "The later report adds a second tranche."
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert pledge.corroborations.get().figure == Decimal("30000000")
    (change,) = Change.objects.all()
    assert change.fields[0]["label"] == "Other source added"


def test_a_facts_other_source_with_another_figure(article, client):
    from pledges.models import Fact

    fact = Fact.objects.get(reference="pl-refugees-from-ua")
    reported_also_by("About 400,000 of those who fled are in Poland.",
                     fact=fact, quote="About 400,000", figure=Decimal("400000"),
                     note="An estimate from another day.")  # fmt: skip
    page = text(client.get(fact.get_absolute_url()))
    assert "400,000 No, it differs: An estimate from another day." in page
