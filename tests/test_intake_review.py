"""Adding a source from its text in the admin, and reviewing the drafts the intake gives:
accept, edit, reject, or add as a corroboration. Nothing is public until accepted."""

import html
import json

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pledges import intake
from pledges.intake import Draft, Drafts, IntakeError
from pledges.models import (
    NOT_A_RECORD,
    AidItem,
    Corroboration,
    Country,
    CountryKind,
    DraftStatus,
    Fact,
    ItemType,
    Pledge,
    Sanction,
    Source,
    SourceDraft,
)
from tests.factories import PledgeFactory, SourceFactory, add_drafts, pledge_draft

pytestmark = pytest.mark.django_db

TEXT = """Japan will send 6,900 helmets and body armor to Ukraine, the ministry said on Friday.

The EU froze the assets of 12 Russian banks, including Sberbank and VTB.

Close to 700,000 people have fled Ukraine, the UN said.

Western nations have now pledged a total of $5 billion to Ukraine.
"""


def sanction_draft() -> Draft:
    fields = {
        "imposer": "European Union", "imposer_code": "", "imposer_kind": "organisation",
        "target": "Russia", "target_code": "RU", "target_kind_country": "country",
        "measure": "asset_freeze", "target_kind": "banks", "targets_count": 12,
        "named_targets": ["Sberbank", "VTB"], "description": "Assets of 12 banks frozen.",
        "imposed_on": None, "imposed_precision": "unknown",
    }  # fmt: skip
    return Draft("sanction", fields, 2, "froze the assets of 12 Russian banks")


def figure_draft() -> Draft:
    fields = {
        "country": "Ukraine", "country_code": "UA", "about": None, "about_code": None,
        "kind": "fled_abroad", "value": 700000, "qualifier": "close_to", "unit": "people",
        "description": "People who fled Ukraine.",
    }  # fmt: skip
    return Draft("figure", fields, 3, "Close to 700,000 people have fled Ukraine")


def aggregate_draft() -> Draft:
    return pledge_draft(
        paragraph=4, quote="a total of $5 billion", flags=["aggregate"], items=[],
        donor="Western nations", donor_code="", amount="5000000000", currency="USD",
    )  # fmt: skip


@pytest.fixture
def source():
    return SourceFactory(text=TEXT, title="Japan sends helmets")


def review_url(source) -> str:
    return reverse("admin:pledges_source_review", args=[source.pk])


def decide(client, draft, action):
    return client.post(review_url(draft.source), {"draft": draft.pk, "action": action}, follow=True)


def test_pasted_text_saves_the_source_and_its_drafts(editor_client, monkeypatch):
    seen = {}

    def fake_draft(text, published_on):
        seen.update(text=text, published_on=published_on)
        return Drafts(pledges=[pledge_draft()], sanctions=[sanction_draft()])

    monkeypatch.setattr(intake, "draft", fake_draft)
    response = editor_client.post(
        reverse("admin:pledges_source_add_from_text"),
        {"title": "Japan sends helmets", "publisher": "Test Press", "authors": "A. Writer",
         "url": "example.com/japan", "published_on": "2022-03-05", "published_precision": "day",
         "text": "<p>" + TEXT.replace("\n\n", "</p><p>") + "</p>"},
    )  # fmt: skip
    source = Source.objects.get(title="Japan sends helmets")
    assert (response.status_code, response["Location"]) == (302, review_url(source))
    assert source.url == "https://example.com/japan"
    assert source.reference == "japan-sends-helmets"
    assert source.paragraphs[1].startswith("The EU froze")  # the HTML reduced to its words
    assert (seen["text"], str(seen["published_on"])) == (source.text, "2022-03-05")
    drafts = list(source.drafts.order_by("position"))
    assert [(d.kind, d.status, d.paragraph) for d in drafts] == [
        ("pledge", "undecided", 1),
        ("sanction", "undecided", 2),
    ]
    assert drafts[0].data["donor_code"] == "JP"
    assert LogEntry.objects.filter(object_id=str(source.pk), user__username="edith").exists()


def test_a_text_the_intake_refuses_shows_why_and_saves_nothing(editor_client, monkeypatch):
    def refuse(text, published_on):
        raise IntakeError("The text is not in English: the intake reads English articles.")

    monkeypatch.setattr(intake, "draft", refuse)
    response = editor_client.post(
        reverse("admin:pledges_source_add_from_text"),
        {"title": "Ein Artikel", "published_precision": "unknown", "text": "Ein Text."},
    )
    assert response.status_code == 200
    assert "The text is not in English" in response.content.decode()
    assert not Source.objects.filter(title="Ein Artikel").exists()
    assert not SourceDraft.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (b"\xff\xfe\x00binary", "not UTF-8 text"),
        (b"words\x00 and NUL", "control characters"),
        (("x" * 1_000_001).encode(), "over 1 MB"),
    ],
)
def test_a_bad_upload_shows_why_and_saves_nothing(editor_client, upload, message):
    response = editor_client.post(
        reverse("admin:pledges_source_add_from_text"),
        {"title": "Bad file", "published_precision": "unknown",
         "upload": SimpleUploadedFile("article.txt", upload, content_type="text/plain")},
    )  # fmt: skip
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Source.objects.filter(title="Bad file").exists()


def test_the_review_page_marks_each_drafts_words_in_its_paragraph(editor_client, source):
    pledge, aggregate = add_drafts(source, pledge_draft(), aggregate_draft())
    page = editor_client.get(review_url(source)).content.decode()
    assert (
        f'<a href="#draft-{pledge.pk}"><mark class="undecided">6,900 helmets and body armor</mark>'
        in page
    )
    assert f'id="draft-{aggregate.pk}"' in page
    assert "2 drafts to decide" in page
    assert "<dd>6900 helmets [helmets]; body armor</dd>" in page  # items as an editor reads them
    # The flagged draft offers rejection only.
    flagged = page[page.index(f'id="draft-{aggregate.pk}"') :]
    assert 'value="accept"' not in flagged
    assert "Reject: not a record" in flagged


def test_undecided_drafts_are_listed_first(editor_client, source):
    first, second = add_drafts(source, pledge_draft(), sanction_draft())
    first.status = DraftStatus.REJECTED
    first.save()
    page = editor_client.get(review_url(source)).content.decode()
    assert page.index(f'id="draft-{second.pk}"') < page.index(f'id="draft-{first.pk}"')


@pytest.fixture
def accepted(editor_client, source):
    """A pledge draft of Japan's helmets accepted in the review page: the page it answers with."""
    (draft,) = add_drafts(source, pledge_draft())
    ItemType.objects.get_or_create(slug="helmets", defaults={"name": "Helmets"})
    return decide(editor_client, draft, "accept")


def test_accepting_a_pledge_draft_records_the_pledge_as_drafted(editor_client, source, accepted):
    assert "accepted as" in accepted.content.decode()
    pledge = Pledge.objects.get(source=source)
    assert (pledge.donor.iso_code, pledge.recipient.iso_code) == ("JP", "UA")
    assert (pledge.category, pledge.status, pledge.announced_precision, pledge.paragraph) == (
        "military", "announced", "derived", 1
    )  # fmt: skip
    assert pledge.reading_note == "Friday read as the Friday before publication."
    assert pledge.reference
    assert editor_client.get(pledge.get_absolute_url()).status_code == 200


def test_accepting_a_pledge_draft_records_the_pledge_with_its_items(source, accepted):
    pledge = Pledge.objects.get(source=source)
    items = {item.name: item for item in pledge.items.select_related("item_type")}
    assert items["helmets"].quantity == 6900
    assert items["helmets"].item_type.slug == "helmets"
    assert items["body armor"].quantity is None
    assert items["body armor"].item_type.name == "Body armor"  # a new type, lethal left open
    assert items["body armor"].item_type.lethal is None


def test_accepting_a_pledge_draft_records_who_accepted_it(editor, source, accepted):
    pledge = Pledge.objects.get(source=source)
    assert pledge.history.get().history_user == editor
    assert pledge.items.get(name="helmets").history.get().history_user == editor
    assert LogEntry.objects.filter(object_id=str(pledge.pk), user=editor).exists()
    draft = SourceDraft.objects.get(source=source)
    assert (draft.status, draft.decided_by, draft.pledge) == ("accepted", editor, pledge)
    assert draft.decided_at is not None


def test_accepting_a_sanction_creates_a_missing_organisation(editor_client, source):
    Country.objects.filter(name="European Union").delete()
    (draft,) = add_drafts(source, sanction_draft())
    decide(editor_client, draft, "accept")
    sanction = Sanction.objects.get(source=source)
    assert sanction.imposer.name == "European Union"
    assert sanction.imposer.kind == CountryKind.ORGANISATION
    assert sanction.imposer.iso_code == ""
    assert sanction.imposer.slug == "european-union"
    assert sanction.target.iso_code == "RU"
    assert sanction.targets_count == 12
    assert [t.name for t in sanction.named_targets.all()] == ["Sberbank", "VTB"]


def test_accepting_a_figure_records_a_fact(editor_client, source):
    (draft,) = add_drafts(source, figure_draft())
    decide(editor_client, draft, "accept")
    fact = Fact.objects.get(source=source)
    assert (fact.country.iso_code, fact.kind, fact.value, fact.qualifier) == (
        "UA", "fled_abroad", 700000, "close_to"
    )  # fmt: skip


def test_a_draft_that_is_not_a_valid_record_shows_why_and_saves_nothing(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft(category=None, quote="7,000 helmets"))
    response = decide(editor_client, draft, "accept")
    page = response.content.decode()
    assert "was not saved" in page
    assert "not in paragraph 1" in page  # the quote check
    assert not Pledge.objects.exists()
    assert not AidItem.objects.exists()
    draft.refresh_from_db()
    assert draft.status == "undecided"


def test_rejecting_a_draft_records_nothing(editor, editor_client, source):
    (draft,) = add_drafts(source, pledge_draft())
    decide(editor_client, draft, "reject")
    draft.refresh_from_db()
    assert (draft.status, draft.decided_by) == ("rejected", editor)
    assert not Pledge.objects.exists()


@pytest.mark.parametrize("flag", sorted(NOT_A_RECORD))
def test_a_flagged_draft_can_never_be_accepted(editor_client, source, flag):
    (draft,) = add_drafts(source, pledge_draft(flags=[flag]))
    response = decide(editor_client, draft, "accept")
    assert "not a record of its own" in response.content.decode()
    assert not Pledge.objects.exists()
    draft.refresh_from_db()
    assert draft.status == "undecided"
    decide(editor_client, draft, "reject")
    draft.refresh_from_db()
    assert draft.status == "rejected"


def test_an_already_recorded_draft_adds_the_source_as_corroboration(client, editor_client, source):
    pledge = PledgeFactory()
    recorded = {"kind": "pledge", "id": pledge.pk, "url": pledge.get_absolute_url()}
    (draft,) = add_drafts(source, pledge_draft(flags=["already_recorded"], recorded=recorded))
    page = editor_client.get(review_url(source)).content.decode()
    assert "Add this source as corroboration" in page
    assert 'value="accept"' not in page

    decide(editor_client, draft, "accept")
    assert Pledge.objects.count() == 1  # never a second record of the same pledge
    decide(editor_client, draft, "corroborate")
    corroboration = Corroboration.objects.get()
    assert (corroboration.pledge, corroboration.source, corroboration.paragraph) == (
        pledge, source, 1
    )  # fmt: skip
    draft.refresh_from_db()
    assert draft.status == "corroborated"
    public = client.get(pledge.get_absolute_url()).content.decode()
    assert "Also reported by" in public
    assert source.title in public


def test_editing_a_draft_changes_its_fields_before_accepting(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft(category=None))
    url = reverse("admin:pledges_source_edit_draft", args=[source.pk, draft.pk])
    shown = html.unescape(editor_client.get(url).content.decode())  # the textarea's JSON
    assert '"donor_code": "JP"' in shown
    data = {**draft.data, "category": "humanitarian"}
    response = editor_client.post(url, {"drafted": json.dumps(data)})
    assert response.status_code == 302
    assert editor_client.post(url, {"drafted": "[1, 2"}).status_code == 200  # not JSON: shown again
    decide(editor_client, draft, "accept")
    assert Pledge.objects.get().category == "humanitarian"


def test_drafts_are_never_public(client, source):
    add_drafts(source, pledge_draft(), sanction_draft())
    page = client.get(source.get_absolute_url()).content.decode()
    assert "6,900 helmets and body armor" not in page
    assert client.get(review_url(source)).status_code == 302  # to the sign-in


def test_the_source_list_counts_and_filters_undecided_drafts(editor_client, source):
    done = SourceFactory(title="All decided")
    add_drafts(source, pledge_draft(), sanction_draft())
    (decided,) = add_drafts(done, figure_draft())
    decided.status = DraftStatus.REJECTED
    decided.save()
    changelist = reverse("admin:pledges_source_changelist")
    page = editor_client.get(changelist).content.decode()
    assert f'<a href="{review_url(source)}">2</a>' in page
    assert "Add from pasted text" in page
    filtered = editor_client.get(changelist, {"undecided": "yes"}).content.decode()
    assert "Japan sends helmets" in filtered
    assert "All decided" not in filtered
    filtered = editor_client.get(changelist, {"undecided": "no"}).content.decode()
    assert "Japan sends helmets" not in filtered
    assert "All decided" in filtered


def test_editors_may_review_and_others_may_not(client, django_user_model, source):
    (draft,) = add_drafts(source, pledge_draft())
    staff = django_user_model.objects.create_user("sam", password="x" * 20, is_staff=True)
    client.force_login(staff)
    assert client.get(review_url(source)).status_code == 403
    assert (
        client.post(review_url(source), {"draft": draft.pk, "action": "reject"}).status_code == 403
    )
    draft.refresh_from_db()
    assert draft.status == "undecided"


def test_the_source_form_keeps_a_text_and_refuses_a_binary_one(editor_client, source):
    url = reverse("admin:pledges_source_change", args=[source.pk])
    page = editor_client.get(url).content.decode()
    assert "Review the drafts from its text" in page
    form = {"title": source.title, "publisher": "", "authors": "", "contributors": "", "url": "",
            "published_precision": "unknown", "published_note": "", "notes": "",
            "reference": source.reference}  # fmt: skip
    response = editor_client.post(url, {**form, "text": "One\x01two"})
    assert response.status_code == 200
    assert "control characters" in response.content.decode()
    assert Source.objects.get(pk=source.pk).text == source.text
    response = editor_client.post(url, {**form, "text": "<p>One.</p><p>Two.</p>"})
    assert response.status_code == 302
    assert Source.objects.get(pk=source.pk).paragraphs == ["One.", "Two."]


def test_the_intakes_own_drafts_can_be_reviewed_end_to_end(editor_client):
    """With the real intake (no stand-in): the text's drafts are saved, and the pledge and the
    sanction it states are accepted as records that pass every check, quotes included."""
    response = editor_client.post(
        reverse("admin:pledges_source_add_from_text"),
        {"title": "End to end", "published_on": "2022-03-05", "published_precision": "day",
         "text": TEXT},
    )  # fmt: skip
    assert response.status_code == 302
    source = Source.objects.get(title="End to end")
    drafts = {draft.kind: draft for draft in source.drafts.order_by("-position")}
    assert drafts.keys() >= {"pledge", "sanction"}
    for kind in ("pledge", "sanction"):
        page = decide(editor_client, drafts[kind], "accept").content.decode()
        assert "accepted as" in page, page
    assert Pledge.objects.get(source=source).items.filter(quantity=6900).exists()
    assert Sanction.objects.get(source=source).targets_count == 12


def test_a_sources_history_keeps_its_text_changes(editor_client, source):
    source.text = "A corrected text."
    source.save()
    assert [h.text for h in source.history.order_by("history_id")] == [TEXT.strip(), source.text]
    url = reverse("admin:pledges_source_history", args=[source.pk])
    assert editor_client.get(url).status_code == 200


def edit_url(draft) -> str:
    return reverse("admin:pledges_source_edit_draft", args=[draft.source_id, draft.pk])


def add_from_text(client, **fields):
    form = {"title": "Japan sends helmets", "published_precision": "unknown", "text": TEXT}
    return client.post(reverse("admin:pledges_source_add_from_text"), {**form, **fields})


def test_a_review_address_with_no_id_is_not_found(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft())
    assert editor_client.get("/admin/pledges/source/abc/review/").status_code == 404
    assert editor_client.get(f"/admin/pledges/source/abc/review/{draft.pk}/edit/").status_code == (
        404
    )


@pytest.mark.parametrize("value", ["abc", "", "١", "99999999999999999999999"])
def test_a_decision_on_no_draft_is_refused_without_an_error(editor_client, source, value):
    (draft,) = add_drafts(source, pledge_draft())
    response = editor_client.post(review_url(source), {"draft": value, "action": "accept"})
    assert response.status_code in (302, 400, 404)
    draft.refresh_from_db()
    assert draft.status == "undecided"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"donor": 5}, "“donor” must be text or null"),
        ({"amount": "abc"}, "“amount” must be a number"),
        ({"amount": 5}, "“amount” must be a number"),
        ({"announced_on": "2022-13-45"}, "“announced_on” must be a date"),
        ({"items": "helmets"}, "“items” must be a list"),
        ({"items": [{"name": 3}]}, "Item 1 must have a name"),
        ({"items": [{"name": "helmets", "quantity": -1}]}, "the quantity must be a whole number"),
        ({"items": [{"name": "helmets", "quantity": "many"}]}, "the quantity must be a whole"),
        ({"items": [{"name": "helmets", "unit": 4}]}, "“unit” must be text or null"),
    ],
)
def test_an_edited_draft_of_the_wrong_types_is_refused(editor_client, source, changes, message):
    (draft,) = add_drafts(source, pledge_draft())
    saved = draft.data
    response = editor_client.post(edit_url(draft), {"drafted": json.dumps({**saved, **changes})})
    assert response.status_code == 200
    assert message in response.content.decode()
    draft.refresh_from_db()
    assert draft.data == saved


@pytest.mark.parametrize(
    "changes",
    [
        {"donor": 5, "amount": "abc", "announced_on": "2022-13-45"},
        {"donor": ["Japan"]},
        {"items": [{"name": "helmets", "quantity": "many"}]},
        {"items": ["helmets"]},
        {"amount": "NaN"},
        {"announced_on": 20220304},
    ],
)
def test_accepting_a_draft_with_bad_values_says_why_and_saves_nothing(
    editor_client, source, changes
):
    # Stored as they are (as by an edit made before edits were checked).
    (draft,) = add_drafts(source, pledge_draft(**changes))
    response = decide(editor_client, draft, "accept")
    assert response.status_code == 200
    assert "was not saved" in response.content.decode()
    assert "Edit the draft to correct it, then accept it." in response.content.decode()
    assert not Pledge.objects.exists()
    assert not AidItem.objects.exists()
    draft.refresh_from_db()
    assert draft.status == "undecided"


@pytest.mark.parametrize("flag", sorted(NOT_A_RECORD))
def test_editing_never_removes_the_intakes_flags(editor_client, source, flag):
    (draft,) = add_drafts(source, pledge_draft(flags=[flag]))
    page = editor_client.get(edit_url(draft)).content.decode()
    assert "can only be rejected" in page
    assert "then accept" not in page
    edited = {**draft.data, "flags": [], "paragraph": 2, "quote": "froze", "category": "financial"}
    assert editor_client.post(edit_url(draft), {"drafted": json.dumps(edited)}).status_code == 302
    draft.refresh_from_db()
    assert (draft.flags, draft.paragraph, draft.quote) == (
        [flag],
        1,
        "6,900 helmets and body armor",
    )
    assert draft.data["category"] == "financial"  # the fields themselves are edited
    edited.pop("flags")
    editor_client.post(edit_url(draft), {"drafted": json.dumps(edited)})
    draft.refresh_from_db()
    assert draft.flags == [flag]
    assert "not a record of its own" in decide(editor_client, draft, "accept").content.decode()
    assert not Pledge.objects.exists()


def test_a_source_pasted_twice_is_noticed(editor_client, monkeypatch):
    monkeypatch.setattr(intake, "draft", lambda text, published_on: Drafts())
    first = SourceFactory(title="Japan Sends Helmets", text="Another text.")
    response = add_from_text(editor_client, title="japan sends helmets")
    page = response.content.decode()
    assert response.status_code == 200
    assert "seems to be saved already" in page
    assert f'href="{reverse("admin:pledges_source_change", args=[first.pk])}"' in page
    response = add_from_text(editor_client, title="A new title", text="<p>Another text.</p>")
    assert "seems to be saved already" in response.content.decode()
    assert Source.objects.count() == 1
    response = add_from_text(editor_client, title="japan sends helmets", save_anyway="on")
    assert response.status_code == 302
    assert Source.objects.count() == 2


def test_a_date_given_without_its_precision_is_a_day(editor_client, monkeypatch):
    monkeypatch.setattr(intake, "draft", lambda text, published_on: Drafts())
    response = add_from_text(editor_client, published_on="2022-03-05")
    assert response.status_code == 302
    source = Source.objects.get()
    assert (str(source.published_on), source.published_precision) == ("2022-03-05", "day")


@pytest.mark.parametrize(
    ("drafts", "message"),
    [
        (Drafts(pledges=[pledge_draft()]), "Source saved with 1 draft to review."),
        (Drafts(pledges=[pledge_draft()], sanctions=[sanction_draft()]), "with 2 drafts to review"),
        (Drafts(), "The intake found no pledges, sanctions or figures in this text; add records"),
    ],
)
def test_the_saved_message_counts_the_drafts(editor_client, monkeypatch, drafts, message):
    monkeypatch.setattr(intake, "draft", lambda text, published_on: drafts)
    response = add_from_text(editor_client)
    page = editor_client.get(response["Location"]).content.decode()
    assert message in page


def test_an_accepted_record_says_where_it_came_from_in_its_history(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft())
    decide(editor_client, draft, "accept")
    pledge = Pledge.objects.get()
    reason = f"Accepted from the intake's draft 1 of {source}"
    assert pledge.history.get().history_change_reason == reason
    assert {item.history.get().history_change_reason for item in pledge.items.all()} == {reason}
    url = reverse("admin:pledges_pledge_history", args=[pledge.pk])
    assert "Accepted from the intake" in editor_client.get(url).content.decode()


def test_the_decision_buttons_are_large_enough_to_tap_on_phones():
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "review.css").read_text()
    assert "min-height: 44px" in css


def test_a_code_that_is_no_countrys_is_refused_and_creates_nothing(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft())
    data = {**draft.data, "donor": "Narnia", "donor_code": "XX"}
    assert editor_client.post(edit_url(draft), {"drafted": json.dumps(data)}).status_code == 302
    countries = Country.objects.count()
    page = decide(editor_client, draft, "accept").content.decode()
    assert "No country has the code XX" in page
    assert Country.objects.count() == countries
    assert not Pledge.objects.exists()


def test_a_description_left_as_drafted_follows_the_edited_donor(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft(category="humanitarian"))
    drafted = draft.data["description"]
    data = {**draft.data, "donor": "Canada", "donor_code": "CA"}
    editor_client.post(edit_url(draft), {"drafted": json.dumps(data)})
    draft.refresh_from_db()
    assert draft.data["description"] == "Humanitarian aid from Canada to Ukraine."
    assert draft.data["description"] != drafted
    # an editor's own description is kept
    data = {**draft.data, "donor": "Japan", "donor_code": "JP", "description": "Helmets."}
    editor_client.post(edit_url(draft), {"drafted": json.dumps(data)})
    draft.refresh_from_db()
    assert draft.data["description"] == "Helmets."


def test_a_decision_returns_to_the_decided_draft(editor_client, source):
    (draft,) = add_drafts(source, pledge_draft())
    response = editor_client.post(review_url(source), {"draft": draft.pk, "action": "reject"})
    assert response.status_code == 302
    assert response.url.endswith(f"#draft-{draft.pk}")


def test_a_text_of_markup_alone_is_empty_not_a_copy_of_a_source_without_text(editor_client):
    SourceFactory(title="A source that keeps no text", text="")
    page = add_from_text(editor_client, title="A new title", text="<p><br></p>").content.decode()
    assert "seems to be saved already" not in page
    assert "empty" in page
    assert Source.objects.count() == 1
