"""Property-based: arbitrary query strings and form data never make the server fail (no 5xx)."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledges.models import Country, ItemType, Pledge, Source
from tests.factories import PLEDGE_INLINES, SANCTION_INLINES, admin_form_data

pytestmark = pytest.mark.django_db

LISTS = ["/pledges/", "/sanctions/", "/countries/", "/items/", "/items/helmets/", "/sources/", "/",
         "/feed/", "/countries/japan/feed/", "/sitemap.xml", "/facts/", "/countries/poland/",
         "/downloads/"]  # fmt: skip
PARAMETERS = [
    "donor", "recipient", "category", "status", "announced_after", "announced_before", "item",
    "currency", "amount_min", "amount_max", "source", "q", "sort", "page", "format", "imposer",
    "target", "measure", "target_kind", "imposed_after", "imposed_before", "announced", "value",
    "imposed", "country", "kind",
]  # fmt: skip
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text of every kind: unicode, control characters, NUL, huge numbers, dates, SQL and HTML.
values = st.one_of(
    st.text(max_size=300),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(str),
    st.sampled_from(
        [
            "csv",
            "json",
            "JP",
            "japan",
            "-value",
            "%",
            "_",
            "'",
            "\x00",
            "1e999",
            "<script>",
            "' OR 1=1 --",
            "9" * 40,
            "-1",
            "0",
        ]
    ),
)
queries = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=20)), values), max_size=6
)


@FUZZ
@given(path=st.sampled_from(LISTS), query=queries)
def test_any_query_string_on_any_list_is_answered_without_a_server_error(article, client, path,
                                                                       query):  # fmt: skip
    response = client.get(f"{path}?{urlencode(query)}")
    assert response.status_code < 500, (path, query)
    if response.streaming:
        b"".join(response.streaming_content)  # a download must stream to its end


@FUZZ
@given(key=st.one_of(st.text(max_size=120), values))
def test_any_country_address_is_answered_without_a_server_error(article, client, key):
    response = client.get(f"/countries/{key.replace('/', '')}/")
    assert response.status_code < 500, key


def form_data(fields: list[str]):
    return st.fixed_dictionaries({}, optional={name: values for name in fields})


PLEDGE_FIELDS = ["donor", "recipient", "category", "lethality", "status", "description",
                 "amount", "currency", "announced_on", "announced_precision", "announced_as",
                 "source", "paragraph", "quote", "reading_note", "reference"]  # fmt: skip
INLINE = PLEDGE_INLINES | {"items-TOTAL_FORMS": "1"}


@FUZZ
@given(data=form_data(PLEDGE_FIELDS), item=form_data(["item_type", "name", "quantity", "unit",
                                                      "paragraph", "quote"]))  # fmt: skip
def test_any_pledge_form_is_answered_without_a_server_error(article, admin_client, data, item):
    # Now and then use real ids, so that some forms get past the first checks.
    data.setdefault("donor", str(Country.objects.get(iso_code="JP").pk))
    data.setdefault("source", str(Source.objects.get().pk))
    item = {f"items-0-{name}": value for name, value in item.items()}
    item.setdefault("items-0-item_type", str(ItemType.objects.first().pk))
    response = admin_client.post(reverse("admin:pledges_pledge_add"), {**data, **INLINE, **item})
    assert response.status_code in (200, 302), response.status_code


@FUZZ
@given(data=form_data(["imposer", "target", "measure", "target_kind", "targets_count",
                       "description", "imposed_on", "imposed_precision", "lifted_on", "source",
                       "paragraph", "quote"]),
       named=st.lists(values, max_size=3))  # fmt: skip
def test_any_sanction_form_is_answered_without_a_server_error(article, admin_client, data, named):
    inline = {"named_targets-TOTAL_FORMS": str(len(named)), "named_targets-INITIAL_FORMS": "0",
              "named_targets-MIN_NUM_FORMS": "0", "named_targets-MAX_NUM_FORMS": "1000"}  # fmt: skip
    inline |= {f"named_targets-{n}-name": name for n, name in enumerate(named)}
    inline = SANCTION_INLINES | inline
    response = admin_client.post(reverse("admin:pledges_sanction_add"), {**data, **inline})
    assert response.status_code in (200, 302), response.status_code


@FUZZ
@given(data=form_data(["pledge", "item_type", "name", "quantity", "unit", "paragraph", "quote"]))
def test_any_aid_item_form_is_answered_without_a_server_error(article, admin_client, data):
    data.setdefault("pledge", str(Pledge.objects.first().pk))
    response = admin_client.post(reverse("admin:pledges_aiditem_add"), data)
    assert response.status_code in (200, 302), response.status_code


@FUZZ
@given(data=form_data(["name", "slug"]))
def test_any_item_type_form_is_answered_without_a_server_error(article, admin_client, data):
    response = admin_client.post(reverse("admin:pledges_itemtype_add"), data)
    assert response.status_code in (200, 302), response.status_code


@FUZZ
@given(data=form_data(["title", "reference", "publisher", "authors", "contributors",
                       "published_on", "url", "notes"]))  # fmt: skip
def test_any_source_form_is_answered_without_a_server_error(article, admin_client, data):
    response = admin_client.post(reverse("admin:pledges_source_add"), data)
    assert response.status_code in (200, 302), response.status_code


@pytest.fixture
def pledge_change_form(article, admin_client) -> tuple[str, dict]:
    """A pledge's change form and its values as the editor's browser first shows them: each
    example posts them back with its own changes, as an editor who had the form open would.
    (Read once, not for each example: rendering the form took half of each example's time.)"""
    pledge = Pledge.objects.get(reference="ca-ua-military-aid")
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    return url, admin_form_data(admin_client, url)


@FUZZ
@given(data=form_data(["description", "amount", "currency", "quote", "announced_on"]))
def test_any_change_to_a_pledge_is_answered_without_a_server_error(
    pledge_change_form, admin_client, data
):
    url, shown = pledge_change_form
    inline = {**INLINE, "items-TOTAL_FORMS": "0"}
    response = admin_client.post(url, {**shown, **data, **inline})
    assert response.status_code in (200, 302), response.status_code
