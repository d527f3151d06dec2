"""Creating editor accounts: `make editor` runs `manage.py create_editor`."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from pledges.editors import create_editor

pytestmark = pytest.mark.django_db


def test_editor_is_staff_in_the_editors_group_and_can_add_pledges():
    user = create_editor("maria", "maria@example.org", "correct horse battery staple")
    assert user.is_staff
    assert not user.is_superuser
    assert [g.name for g in user.groups.all()] == ["Editors"]
    assert user.has_perm("pledges.add_pledge")
    assert not user.has_perm("auth.add_user")
    assert user.check_password("correct horse battery staple")


def test_weak_password_is_refused():
    with pytest.raises(ValidationError, match="too common"):
        create_editor("maria", "maria@example.org", "password")


def test_command_asks_and_creates(monkeypatch, capsys):
    passwords = iter(["correct horse battery staple"] * 2)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(passwords))
    call_command("create_editor", username="maria", email="maria@example.org")
    assert "Created editor 'maria'" in capsys.readouterr().out


def test_command_refuses_mismatched_passwords(monkeypatch, django_user_model):
    passwords = iter(["correct horse battery staple", "another one entirely"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(passwords))
    with pytest.raises(CommandError, match="differ"):
        call_command("create_editor", username="maria", email="")
    assert not django_user_model.objects.exists()


def test_command_refuses_a_taken_username(monkeypatch, django_user_model):
    django_user_model.objects.create_user("maria")
    monkeypatch.setattr("getpass.getpass", lambda prompt: "correct horse battery staple")
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_editor", username="maria", email="")
