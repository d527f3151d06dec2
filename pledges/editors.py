"""Editors: staff accounts in the "Editors" group, who enter and correct the data in the admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

EDITORS_GROUP = "Editors"


@transaction.atomic
def create_editor(username: str, email: str, password: str):
    """Create a staff account in the Editors group; raise ValidationError for a weak password."""
    User = get_user_model()
    user = User(username=username, email=email, is_staff=True)
    validate_password(password, user)
    user.full_clean(exclude=["password"])
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user
