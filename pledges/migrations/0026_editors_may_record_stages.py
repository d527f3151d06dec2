"""Editors may add and change the stages of pledges (approved, delivered...), which they enter
inline on a pledge's page in the admin, as they may the pledges themselves."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_pledgeevent", "change_pledgeevent", "view_pledgeevent"]


def let_editors_record_stages(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create them now.
    app_config = apps.get_app_config("pledges")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="pledges", codename__in=CODENAMES
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.add(*permissions)


def take_stages_from_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="pledges", codename__in=CODENAMES
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("pledges", "0025_changes"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(let_editors_record_stages, take_stages_from_editors)]
