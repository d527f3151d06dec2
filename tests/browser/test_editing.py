"""An editor's session in the admin, in a real browser, under the site's Content-Security-Policy."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect

from tests.factories import put_back_the_seeded_rows

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def editor_account(site, django_user_model):
    put_back_the_seeded_rows()  # what a flush removed
    user = django_user_model.objects.create_user("edith", password="a long editor password",
                                                 is_staff=True)  # fmt: skip
    user.groups.add(Group.objects.get(name="Editors"))
    return site


def test_editor_signs_in_corrects_a_pledge_and_sees_its_history(editor_account, page: Page,
                                                                screenshot):  # fmt: skip
    refused = []
    page.on("console", lambda message: refused.append((page.url, message.text, message.location))
            if "Content Security Policy" in message.text else None)  # fmt: skip
    page.goto(editor_account + "/admin/")
    page.get_by_label("Username").fill("edith")
    page.get_by_label("Password").fill("a long editor password")
    page.get_by_role("button", name="Log in").click()
    expect(
        page.get_by_role("heading", name="Pledges, aid items, sanctions and sources")
    ).to_be_visible()

    page.goto(editor_account + "/admin/pledges/pledge/?q=Canada")
    page.locator("#result_list").get_by_role("link", name=re.compile("Canada → Ukraine")).click()
    page.get_by_label("Description").fill("Further military aid; corrected in the browser.")
    page.get_by_role("button", name="Save", exact=True).click()
    # A published record: the change needs its reason, which readers will see.
    expect(page.locator(".errorlist")).to_contain_text("Say why this published record is changed")
    page.get_by_label("Reason for this change").fill("Reworded after reading the source again.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    screenshot("admin-pledges-desktop")

    page.locator("#result_list").get_by_role("link", name=re.compile("Canada → Ukraine")).click()
    page.get_by_role("link", name="History").click()
    expect(page.locator("body")).to_contain_text("edith")
    expect(page.locator("body")).to_contain_text("corrected in the browser")
    screenshot("admin-history-desktop")
    # Readers see the change and its reason on the pledge's public history, never who made it.
    page.goto(editor_account + "/changes/")
    page.get_by_role("link", name="its history").first.click()
    expect(page.locator("main")).to_contain_text("Reworded after reading the source again.")
    expect(page.locator("main")).not_to_contain_text("edith")
    assert refused == [], refused
