"""Bad query strings and addresses answer with the page and a message, or a 4xx; never a 500."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LISTS = [reverse("pledges:pledge-list"), reverse("pledges:sanction-list")]

BAD_QUERIES = [
    "donor=narnia",
    "imposer=narnia",
    "donor=" + "x" * 5000,
    "recipient=%00",
    "target=zz",
    "amount_min=abc",
    "amount_max=1e999999",
    "amount_min=NaN",
    "amount_min=-5",
    "amount_min=10&amount_max=5",
    "page=99999",
    "page=abc",
    "page=-1",
    "page=" + "9" * 400,
    "sort=unknown",
    "sort=-announced&sort=sideways",
    "announced_after=2022-02-31",
    "announced_before=31/02/2022",
    "announced_after=2022-03-01&announced_before=2022-02-01",
    "imposed_after=0000-00-00",
    "category=cultural",
    "status=%00",
    "measure=scolding&target_kind=pets",
    "item=unicorns",
    "item=%00",
    "source=abc",
    "source=" + "9" * 30,
    "source=-1",
    "currency=ZZZ",
    "q=" + "word " * 2000,
    "q=%00",
    "q=%25%5F%27%22%3B--",
    "donor=japan&donor=sweden&donor=",
    "%ZZ=%ZZ",
    "donor[]=japan",
]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_never_fails_the_server(article, client, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code < 500


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("donor=narnia", "There is no country “narnia”"),
        ("amount_min=abc&currency=USD", "Enter an amount in figures"),
        ("amount_min=5", "Choose the currency of the value"),
        ("announced_after=26/02/2022", "Enter a date as year-month-day"),
        ("announced_after=2022-02-31", "Enter a date as year-month-day"),
        ("sort=unknown", "There is no sort “unknown”"),
        ("amount_min=10&amount_max=5&currency=EUR", "The maximum is below the minimum."),
        ("announced_after=2022-03-01&announced_before=2022-02-01", "before the start of the range"),
        ("q=" + "x" * 300, "at most 200 characters"),
        ("page=99999", "There is no page “99999”: showing page 1 of 1."),
    ],
)
def test_bad_filter_is_explained_on_the_page(article, client, query, message):
    response = client.get(f"{reverse('pledges:pledge-list')}?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("url", "date"), zip(LISTS, ["announced_after", "imposed_after"], strict=True)
)
def test_a_nul_asked_for_is_refused_and_not_written_into_the_page(article, client, url, date):
    response = client.get(f"{url}?q=%00tents&{date}=%00")
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    assert b"\x00" not in response.content


def test_filter_error_marks_its_field_for_screen_readers(article, client):
    response = client.get(reverse("pledges:pledge-list"), {"amount_min": "abc"})
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert 'aria-describedby="id_amount_min_error"' in page
    assert 'id="id_amount_min_error"' in page
    assert "No pledges are shown until they are corrected." in page


def test_repeated_parameter_uses_the_last_value(article, client):
    response = client.get(reverse("pledges:pledge-list") + "?donor=japan&donor=sweden")
    assert [p.donor.name for p in response.context["object_list"]] == ["Sweden"]


@pytest.mark.parametrize(
    "path",
    [
        "/pledges/99999999999999999999999999/",
        "/pledges/0/",
        "/sanctions/99999999999999999999/",
        "/sources/99999999999999999999/",
        "/countries/%00/",
        "/countries/" + "x" * 3000 + "/",
        "/countries/%F0%9F%92%A3/",
        "/items/%00/",
        "/pledges/abc/",
        "/nowhere/",
    ],
)
def test_bad_address_is_a_404(article, client, path):
    assert client.get(path).status_code == 404
