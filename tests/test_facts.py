"""Facts about countries that are neither pledges nor sanctions: who fled, who shelters them, and
stated positions, with their sources, on the countries' pages and in the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pledges.models import Country, Fact, Source
from tests.factories import FACT_INLINES, CountryFactory, FactFactory
from tests.test_views import text

pytestmark = pytest.mark.django_db


def test_poland_has_a_page_with_the_refugees_it_shelters(article, client):
    page = text(client.get("/countries/poland/"))
    assert "Refugees the country shelters" in page
    assert "about 350,000 people worked out" in page  # half of close to 700,000: marked derived
    assert "concerning Ukraine" in page
    assert "/countries/poland/" in {c.get_absolute_url() for c in Country.objects.with_data()}


def test_ukraines_page_lists_the_people_who_fled_and_the_warning(article, client):
    page = text(client.get("/countries/ukraine/"))
    assert "People who fled the country" in page
    assert "close to 700,000 people" in page
    assert "Assessment of the situation" in page
    assert "refugees the country shelters" in page.lower()  # Poland's fact concerns Ukraine too


def test_japans_refusal_to_send_weapons_has_its_place(article, client):
    fact = Fact.objects.get(reference="jp-no-weapons-to-ua")
    page = text(client.get(fact.get_absolute_url()))
    assert "Japan: stated policy" in page
    assert "Figure the source gives no figure" in page
    assert "In the source’s words Japan will not provide weapons to Ukraine" in page
    assert "Paragraph 6" in page
    assert "Japan will send Ukraine no weapons" in text(client.get("/countries/japan/"))


def test_a_facts_country_counts_are_kept_in_step(article):
    poland, ukraine = Country.objects.get(iso_code="PL"), Country.objects.get(iso_code="UA")
    # Ukraine: the people who fled and the warning, and Poland's and Japan's facts concerning it.
    assert (poland.facts_count, ukraine.facts_count) == (1, 4)
    Fact.objects.get(reference="pl-refugees-from-ua").delete()
    poland.refresh_from_db()
    ukraine.refresh_from_db()
    assert (poland.facts_count, ukraine.facts_count) == (0, 3)
    assert not Country.objects.with_data().filter(pk=poland.pk).exists()
    assert Source.objects.get().fact_count == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"qualifier": "about", "value": None}, "qualifier"), ({"about": "same"}, "about")],
)
def test_a_fact_refuses_what_cannot_be(changes, field):
    fact = FactFactory.build(country=CountryFactory(), source=FactFactory().source)
    if changes.get("about") == "same":
        changes = {"about": fact.country}
    for name, value in changes.items():
        setattr(fact, name, value)
    with pytest.raises(ValidationError) as error:
        fact.full_clean()
    assert field in error.value.message_dict


def test_an_editor_records_a_fact(article, editor_client):
    data = {
        "country": Country.objects.get(iso_code="MD").pk, "about": Country.objects.get(iso_code="UA").pk,
        "kind": "refugees_hosted", "description": "Refugees in Moldova.", "value": "80000",
        "qualifier": "more_than", "unit": "people", "stated_on": "", "stated_precision": "unknown",
        "stated_as": "", "source": Source.objects.get().pk, "paragraph": "13",
        "quote": "more than 80,000 in Moldova", "reading_note": "", "reference": "",
    }  # fmt: skip
    response = editor_client.post(reverse("admin:pledges_fact_add"), data | FACT_INLINES)
    assert response.status_code == 302, response.context["adminform"].form.errors
    fact = Fact.objects.get(quote="more than 80,000 in Moldova")
    assert fact.value_display == "more than 80,000 people"
    assert fact.history.get().history_user.username == "edith"
    assert Country.objects.get(iso_code="MD").facts_count == 1


def test_an_edited_fact_shows_at_once_on_cached_pages(article, client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/countries/poland/")
    fact = Fact.objects.get(reference="pl-refugees-from-ua")
    fact.description = "Corrected by an editor."
    fact.save()
    assert "Corrected by an editor." in text(client.get("/countries/poland/"))
