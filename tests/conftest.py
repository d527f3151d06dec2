"""Fixtures shared by the whole suite."""

import pytest
from django.contrib.auth.models import Group

from pledges.loading import default_files, load_source_file


@pytest.fixture
def article(db):
    """The article's data, loaded as `make run` loads it."""
    (path,) = default_files()
    return load_source_file(path)


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        "edith", password="a long editor password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: what one test cached never shows in another."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _own_downloads_folder(settings, tmp_path):
    """The prebuilt downloads that `make run` leaves in the project never reach a test: each test
    has an empty downloads folder of its own (the tests of the prebuilt files build theirs)."""
    settings.DOWNLOADS_DIR = tmp_path / "downloads"
