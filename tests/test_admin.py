"""The editors' admin, driven with the test client as an editor would use it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pledges.models import Country, ItemType, Pledge, Sanction, Source
from tests.factories import PLEDGE_INLINES, admin_form_data, inline_management

pytestmark = pytest.mark.django_db

ITEMS_MANAGEMENT = PLEDGE_INLINES


def pledge_form(**changes) -> dict:
    """A complete, valid add-pledge form, as the admin posts it."""
    data = {
        "donor": Country.objects.get(iso_code="DE").pk,
        "recipient": Country.objects.get(iso_code="UA").pk,
        "category": "humanitarian",
        "lethality": "",
        "status": "announced",
        "description": "Medical supplies for hospitals.",
        "amount": "5000000",
        "currency": "EUR",
        "announced_on": "2022-03-02",
        "announced_precision": "day",
        "announced_as": "March 2",
        "source": Source.objects.get().pk,
        "paragraph": "3",
        "quote": "€5 million for hospitals",
        "reading_note": "",
        "reference": "",
        **ITEMS_MANAGEMENT,
    }
    data.update(changes)
    return data


def with_item(data: dict, **item) -> dict:
    index = int(data["items-TOTAL_FORMS"])
    fields = {"item_type": ItemType.objects.get(slug="helmets").pk, "name": "helmets",
              "quantity": "200", "unit": "", "paragraph": "3", "quote": "200 helmets"}  # fmt: skip
    fields.update(item)
    data = data | {f"items-{index}-{name}": value for name, value in fields.items()}
    data["items-TOTAL_FORMS"] = str(index + 1)
    return data


def form_errors(response) -> dict:
    assert response.status_code == 200, "the form was accepted"
    return response.context["adminform"].form.errors


def test_editor_adds_a_pledge_with_its_items(article, editor_client):
    add_url = reverse("admin:pledges_pledge_add")
    assert editor_client.get(add_url).status_code == 200

    response = editor_client.post(add_url, with_item(pledge_form()))

    assert response.status_code == 302
    pledge = Pledge.objects.get(quote="€5 million for hospitals")
    assert pledge.donor.name == "Germany"
    assert str(pledge.amount) == "5000000.00"
    assert [(i.name, i.quantity) for i in pledge.items.all()] == [("helmets", 200)]


def test_editor_corrects_a_loaded_pledge(article, editor_client):
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    data = pledge_form(
        donor=pledge.donor_id, source=pledge.source_id, paragraph="10", quote=pledge.quote,
        category="military", amount="25000000", currency="CAD", reference=pledge.reference,
        description="Corrected wording.", announced_on="2022-02-27",
    )  # fmt: skip
    response = editor_client.post(url, data)  # a published record: the change needs its reason
    assert response.status_code == 200
    assert "Say why this published record is changed" in str(
        response.context["adminform"].form.errors["change_reason"]
    )
    assert Pledge.objects.get(pk=pledge.pk).description != "Corrected wording."
    response = editor_client.post(url, data | {"change_reason": "Reworded after a second read."})
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.description == "Corrected wording."


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"amount": "-5"}, "amount", "An amount must be more than zero"),
        ({"amount": "0"}, "amount", "An amount must be more than zero"),
        ({"amount": "lots"}, "amount", "Enter a number."),
        ({"currency": ""}, "currency", "Give the currency the source states the amount in."),
        ({"amount": ""}, "amount", "A currency is given without an amount"),
        ({"currency": "ABC"}, "currency", "Select a valid choice."),
        ({"recipient": "__donor__"}, "recipient", "A donor cannot pledge to itself"),
        ({"announced_on": "2022-02-31"}, "announced_on", "Enter a valid date."),
        ({"announced_on": ""}, "announced_on", "Give the date, or set its precision"),
        ({"paragraph": "0"}, "paragraph", "greater than or equal to 1"),
        ({"quote": ""}, "quote", "This field is required."),
    ],
)
def test_bad_pledge_input_is_explained_on_its_field(
    article, editor_client, changes, field, message
):
    data = pledge_form(**changes)
    if data["recipient"] == "__donor__":
        data["recipient"] = data["donor"]
    response = editor_client.post(reverse("admin:pledges_pledge_add"), data)
    errors = form_errors(response)
    assert message in " ".join(errors[field]), errors
    assert message in response.content.decode()
    assert Pledge.objects.count() == 7


def test_zero_quantity_is_explained_on_the_item(article, editor_client):
    data = with_item(pledge_form(), quantity="0")
    response = editor_client.post(reverse("admin:pledges_pledge_add"), data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0]  # the items; then the stages
    assert "A quantity must be at least 1" in formset.formset.errors[0]["quantity"][0]
    assert Pledge.objects.count() == 7


def sanction_form(**changes) -> dict:
    data = {
        "imposer": Country.objects.get(iso_code="JP").pk,
        "target": Country.objects.get(iso_code="RU").pk,
        "measure": "travel_ban",
        "target_kind": "persons",
        "targets_count": "",
        "description": "Entry refused to named officials.",
        "imposed_on": "2022-03-01",
        "imposed_precision": "day",
        "imposed_as": "",
        "lifted_on": "",
        "source": Source.objects.get().pk,
        "paragraph": "14",
        "quote": "a travel ban",
        "reading_note": "",
        "reference": "",
        "named_targets-TOTAL_FORMS": "1",
        "named_targets-INITIAL_FORMS": "0",
        "named_targets-MIN_NUM_FORMS": "0",
        "named_targets-MAX_NUM_FORMS": "1000",
        "named_targets-0-name": "An official",
        **inline_management("stated_dates"),
        **inline_management("corroborations"),
    }
    data.update(changes)
    return data


def test_editor_adds_a_sanction_with_a_named_target(article, editor_client):
    response = editor_client.post(reverse("admin:pledges_sanction_add"), sanction_form())
    assert response.status_code == 302
    sanction = Sanction.objects.get(measure="travel_ban")
    assert [t.name for t in sanction.named_targets.all()] == ["An official"]


def test_sanction_ending_before_it_starts_is_explained(article, editor_client):
    data = sanction_form(lifted_on="2022-02-01")
    response = editor_client.post(reverse("admin:pledges_sanction_add"), data)
    assert form_errors(response)["lifted_on"] == ["The end is before the start: check both dates."]
    assert Sanction.objects.count() == 4


def test_sanction_on_itself_and_zero_targets_are_explained(article, editor_client):
    japan = Country.objects.get(iso_code="JP").pk
    response = editor_client.post(
        reverse("admin:pledges_sanction_add"), sanction_form(target=japan, targets_count="0")
    )
    errors = form_errors(response)
    assert errors["target"] == ["A country cannot sanction itself: choose another target."]
    assert "at least 1" in errors["targets_count"][0]


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:pledges_pledge_changelist",
        "admin:pledges_aiditem_changelist",
        "admin:pledges_sanction_changelist",
        "admin:pledges_source_changelist",
        "admin:pledges_itemtype_changelist",
        "admin:pledges_country_changelist",
        "admin:pledges_sanctiontarget_changelist",
    ],
)
def test_editor_browses_every_list(article, editor_client, url_name):
    response = editor_client.get(reverse(url_name), {"q": "Japan"})
    assert response.status_code == 200


def add_dated_pledges(*days: str) -> None:
    japan, ukraine = Country.objects.get(iso_code="JP"), Country.objects.get(iso_code="UA")
    for n, day in enumerate(days):
        Pledge.objects.create(
            donor=japan, recipient=ukraine, source=Source.objects.get(), paragraph=50 + n,
            quote=f"dated aid {n}", category="financial", description="Dated aid.",
            announced_on=day, announced_precision="day",
        )  # fmt: skip


def test_date_hierarchy_offers_the_years_and_months_that_have_pledges(article, editor_client):
    add_dated_pledges("2019-06-01", "2024-01-15", "2024-03-31")
    url = reverse("admin:pledges_pledge_changelist")
    page = editor_client.get(url).content.decode()
    # The article's dated pledges are of 2022; no pledge is of 2020, 2021 or 2023.
    assert set(re.findall(r"announced_on__year=(\d+)", page)) == {"2019", "2022", "2024"}
    page = editor_client.get(url, {"announced_on__year": "2024"}).content.decode()
    assert set(re.findall(r"announced_on__month=(\d+)", page)) == {"1", "3"}
    # A year chosen in the hierarchy filters the list, with the other filters.
    response = editor_client.get(
        url, {"category__exact": "financial", "announced_on__year": "2019"}
    )
    assert response.context["cl"].result_count == 1


def test_pledge_list_filters_and_searches(article, editor_client):
    url = reverse("admin:pledges_pledge_changelist")
    response = editor_client.get(url, {"category__exact": "humanitarian"})
    assert response.context["cl"].result_count == 2
    response = editor_client.get(url, {"q": "Sweden"})
    assert response.context["cl"].result_count == 1
    response = editor_client.get(
        url, {"announced_on__gte": "2022-01-01", "announced_on__lt": "2023-01-01"}
    )
    assert response.context["cl"].result_count == 3  # the US's, Canada's, Japan's worked-out date


def test_every_loaded_record_opens_in_the_admin(article, editor_client):
    for pledge in Pledge.objects.all():
        url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
        assert editor_client.get(url).status_code == 200
    for sanction in Sanction.objects.all():
        url = reverse("admin:pledges_sanction_change", args=[sanction.pk])
        assert editor_client.get(url).status_code == 200


def _as_read(html: bytes) -> str:
    """A page as a browser reads it: the spacing between tags, the spelling of quotes as
    entities and the form's one-time token left aside."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html.decode())
    for entity, character in [("&#x27;", "'"), ("&#39;", "'"), ("&quot;", '"'), ("&#34;", '"')]:
        text = text.replace(entity, character)
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", text))


def test_forms_drawn_by_jinja2_read_as_djangos_own_templates_draw_them(
    article, editor_client, settings
):
    """The site's form renderer draws Django's widgets with their Jinja2 templates (faster), the
    admin's own widgets with Django's: a pledge's form, refused with its messages and with its
    inline items and stages, reads the same as Django's own renderer draws it."""
    from django.forms.renderers import get_default_renderer
    from django.template.backends.django import Template as DjangoTemplate
    from django.template.backends.jinja2 import Template as Jinja2Template

    from aidtracker.renderers import FormRenderer

    renderer = FormRenderer()
    assert isinstance(renderer.get_template("django/forms/widgets/select.html"), Jinja2Template)
    wrapper = renderer.get_template("admin/widgets/related_widget_wrapper.html")
    assert isinstance(wrapper, DjangoTemplate)

    url = reverse(
        "admin:pledges_pledge_change",
        args=[Pledge.objects.get(reference="jp-ua-defense-equipment").pk],
    )
    form = {**admin_form_data(editor_client, url), "amount": "a lot", "paragraph": "0"}
    drawn = {}
    try:
        for name in ["aidtracker.renderers.FormRenderer", "django.forms.renderers.DjangoTemplates"]:
            settings.FORM_RENDERER = name
            get_default_renderer.cache_clear()
            drawn[name] = editor_client.post(url, form)
    finally:
        get_default_renderer.cache_clear()
    ours, djangos = drawn.values()
    assert ours.status_code == djangos.status_code == 200
    assert "Enter a number." in ours.content.decode()
    assert _as_read(ours.content) == _as_read(djangos.content)


def test_country_autocomplete_finds_countries_for_editors(article, editor_client):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "pledges", "model_name": "pledge", "field_name": "donor", "term": "swe"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Sweden"]


def test_editors_group_has_exactly_the_editing_permissions():
    granted = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    editable = ["pledge", "aiditem", "itemtype", "sanction", "sanctiontarget", "source", "fact",
                "sourcedraft", "corroboration", "pledgeevent", "sanctiondate"]  # fmt: skip
    expected = {f"{action}_{model}" for model in editable for action in ("add", "change", "view")}
    assert granted == expected | {"view_country"}


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_user_add"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:pledges_country_add"),
    ],
)
def test_editor_is_refused_user_management_and_country_changes(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_editor_cannot_delete_a_pledge(article, editor_client):
    pledge = Pledge.objects.first()
    response = editor_client.post(reverse("admin:pledges_pledge_delete", args=[pledge.pk]),
                                  {"post": "yes"})  # fmt: skip
    assert response.status_code == 403
    assert Pledge.objects.filter(pk=pledge.pk).exists()


@pytest.mark.parametrize(
    "url", [reverse("admin:index"), reverse("admin:pledges_pledge_changelist")]
)
def test_anonymous_visitor_is_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_staff_without_group_sees_no_data(article, client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="x" * 20, is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:pledges_pledge_changelist")).status_code == 403


def test_slugs_in_public_urls_cannot_be_changed_once_set(article, admin_client):
    japan = Country.objects.get(iso_code="JP")
    response = admin_client.get(reverse("admin:pledges_country_change", args=[japan.pk]))
    assert "slug" not in response.context["adminform"].form.fields
    helmets = ItemType.objects.get(slug="helmets")
    response = admin_client.get(reverse("admin:pledges_itemtype_change", args=[helmets.pk]))
    assert "slug" not in response.context["adminform"].form.fields
    assert (
        "slug"
        in admin_client.get(reverse("admin:pledges_itemtype_add")).context["adminform"].form.fields
    )
