"""What is read or worked out rather than stated: marked in the data, in the admin and on pages.

The rules are docs/data-files.md's "Stated, read, derived" and "Lethality".
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pledges import formatting
from pledges.models import Country, ItemType, Pledge, Sanction, Source
from pledges.totals import takes_the
from tests.factories import AidItemFactory, ItemTypeFactory, PledgeFactory, SourceFactory
from tests.test_admin import ITEMS_MANAGEMENT, pledge_form, with_item
from tests.test_views import text

pytestmark = pytest.mark.django_db


# --- The model's rules ------------------------------------------------------------------------


def test_a_value_is_stated_unless_marked_and_unknown_when_empty():
    pledge = PledgeFactory.build(readings={"currency": "read"}, lethality="")
    assert pledge.basis("amount") == "stated"
    assert pledge.basis("currency") == "read"
    assert pledge.basis("lethality") == "unknown"
    pledge.announced_precision = "derived"
    assert pledge.basis("announced_on") == "derived"
    pledge.announced_on, pledge.announced_precision = None, "unknown"
    assert pledge.bases()["announced_on"] == "unknown"


@pytest.mark.parametrize(
    ("readings", "note", "field", "message"),
    [
        ({"donor": "read"}, "x", "readings", "cannot be marked"),
        ({"currency": "guessed"}, "x", "readings", "neither"),
        ({"lethality": "read"}, "x", "readings", "empty"),
        ({"currency": "read"}, "", "reading_note", "Say how"),
        ({}, "", "reading_note", "Say how"),  # a derived date needs its reasoning too
    ],
)
def test_a_reading_must_name_a_value_say_how_and_be_explained(readings, note, field, message):
    pledge = PledgeFactory(lethality="")
    pledge.readings, pledge.reading_note = readings, note
    if not readings:
        pledge.announced_precision = "derived"
    with pytest.raises(ValidationError) as error:
        pledge.full_clean()
    assert message in " ".join(error.value.message_dict[field])


def test_a_worked_out_publication_date_needs_its_reasoning():
    source = SourceFactory.build(
        published_on=datetime.date(2022, 3, 4), published_precision="derived"
    )
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "published_note" in error.value.message_dict
    source.published_note = "Worked out from the news it reports."
    source.full_clean()
    assert source.basis("published_on") == "derived"


@pytest.mark.parametrize(
    ("lethal", "expected"),
    [
        ([True, True], "lethal"),
        ([False], "non_lethal"),
        ([True, False], "both"),
        ([True, None], ""),
    ],
)
def test_lethality_is_read_from_the_items_types(lethal, expected):
    pledge = PledgeFactory(lethality="")
    for n, value in enumerate(lethal):
        AidItemFactory(
            pledge=pledge, item_type=ItemTypeFactory(lethal=value, slug=f"kind-{n}-{value}")
        )
    assert pledge.apply_lethality_rule() == bool(expected)
    assert pledge.lethality == expected
    assert pledge.readings == ({"lethality": "read"} if expected else {})


def test_a_stated_lethality_and_aid_that_is_not_military_are_left_alone():
    stated = PledgeFactory(lethality="both")
    humanitarian = PledgeFactory(category="humanitarian", lethality="")
    for pledge in (stated, humanitarian):
        AidItemFactory(pledge=pledge, item_type=ItemTypeFactory(lethal=True, slug="guns"))
        assert not pledge.apply_lethality_rule()
    assert (stated.lethality, humanitarian.lethality) == ("both", "")


# --- The admin --------------------------------------------------------------------------------


def test_an_editors_military_pledge_takes_its_lethality_from_its_items(article, editor_client):
    data = with_item(
        pledge_form(category="military", quote="weapons and helmets"),
        item_type=ItemType.objects.get(slug="anti-tank-weapons").pk, name="anti-tank weapons",
        quote="anti-tank weapons",
    )  # fmt: skip
    data = with_item(data, quote="helmets")
    assert editor_client.post(reverse("admin:pledges_pledge_add"), data).status_code == 302
    pledge = Pledge.objects.get(quote="weapons and helmets")
    assert (pledge.lethality, pledge.basis("lethality")) == ("both", "read")


def test_an_editor_marks_a_value_read_with_its_note(article, editor_client):
    data = pledge_form(reading_currency="read", reading_note="A bare $ read as US dollars.")
    assert editor_client.post(reverse("admin:pledges_pledge_add"), data).status_code == 302
    pledge = Pledge.objects.get(quote=data["quote"])
    assert pledge.readings == {"currency": "read"}
    form = editor_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    assert form.context["adminform"].form["reading_currency"].value() == "read"


def test_marking_an_empty_value_read_is_explained_not_a_crash(article, editor_client):
    data = pledge_form(amount="", currency="", reading_currency="read", reading_note="A note.")
    response = editor_client.post(reverse("admin:pledges_pledge_add"), data | ITEMS_MANAGEMENT)
    assert response.status_code == 200
    assert "currency is empty" in " ".join(response.context["adminform"].form.non_field_errors())


# --- Pages ------------------------------------------------------------------------------------


def test_lists_mark_each_reading_with_its_note_for_hover_focus_and_screen_readers(article, client):
    html = client.get("/pledges/?donor=canada").content.decode()
    mark = html[html.index('<span class="reading"') :]
    assert 'tabindex="0"' in mark[:60]
    assert "currency read" in mark
    assert "read as Canadian dollars" in mark  # the reading note, in the text
    assert "worked out from “Feb. 27”" in html


def test_stated_values_carry_no_mark(article, client):
    page = text(
        client.get(Pledge.objects.get(reference="se-ua-military-shipment").get_absolute_url())
    )
    assert "Status Approved (its one recorded stage) Value" in page  # stated: no mark
    assert "Lethal or not Lethal and non-lethal read" in page


def test_sanctions_say_the_source_gives_no_end_date_rather_than_in_force(article, client):
    page = text(client.get(Sanction.objects.first().get_absolute_url()))
    # The article gives no date in force and no end: the page says so, never "in force".
    assert "No source recorded here says when it came into force or that it was lifted." in page
    assert "is in force" not in page
    assert "In force from" not in page


def test_the_footers_promise_is_literally_true(article, client):
    page = text(client.get("/"))
    assert "links to the page of the source that states it" in page
    assert "links to the original wherever its address is known" in page


# --- Words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "in_sentence"),
    [("United Kingdom", "the United Kingdom"), ("Netherlands", "the Netherlands"),
     ("Solomon Islands", "the Solomon Islands"), ("Central African Republic",
     "the Central African Republic"), ("Japan", "Japan"), ("Ukraine", "Ukraine")],
)  # fmt: skip
def test_names_that_take_the_take_it_in_sentences(name, in_sentence):
    assert (f"the {name}" if takes_the(name) else name) == in_sentence


def test_pages_write_the_united_kingdom_with_its_article(article, client):
    uk = Pledge.objects.get(reference="gb-ua-lethal-and-non-lethal-aid")
    page = text(client.get(uk.get_absolute_url()))
    assert "Military aid from the United Kingdom to Ukraine" in page
    assert "No other pledges by the United Kingdom" in page
    assert "of United Kingdom" not in page
    assert Country.objects.get(iso_code="GB").in_sentence == "the United Kingdom"


@pytest.mark.parametrize(
    ("text_", "limit", "expected"),
    [("Short enough.", 40, "Short enough."),
     ("Defence equipment to be delivered by Japan", 20, "Defence equipment…"),
     ("Supercalifragilistic words", 10, "Supercali…")],
)  # fmt: skip
def test_excerpts_are_cut_between_words(text_, limit, expected):
    assert formatting.excerpt(text_, limit) == expected
    assert len(formatting.excerpt(text_, limit)) <= limit


def test_source_names_the_original_or_says_its_address_is_unknown(article, client):
    source = Source.objects.get()
    assert "its address is not recorded" in text(client.get(source.get_absolute_url()))
    source.url = "https://example.org/article"
    source.save()
    html = client.get(source.get_absolute_url()).content.decode()
    assert (
        '<a href="https://example.org/article" rel="noopener">Read it where it was published</a>'
        in html
    )
