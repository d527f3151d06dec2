"""The "Editors" group: may add and change pledges, aid items, sanctions and sources; no more.

Editors may view countries (to choose donors and recipients) but not change them, and have no
permission on users or groups. Deleting stays with administrators.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
EDITABLE = ["pledge", "aiditem", "itemtype", "sanction", "sanctiontarget", "source"]
VIEWABLE = ["country"]


def editor_permissions():
    for model in EDITABLE:
        yield from (f"add_{model}", f"change_{model}", f"view_{model}")
    for model in VIEWABLE:
        yield f"view_{model}"


def add_editors(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create them now.
    app_config = apps.get_app_config("pledges")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.set(
        Permission.objects.filter(
            content_type__app_label="pledges", codename__in=list(editor_permissions())
        )
    )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pledges", "0002_countries"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_editors, remove_editors)]
