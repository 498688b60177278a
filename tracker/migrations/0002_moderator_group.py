"""The Moderator group: reviews proposals, maintains actors and articles; cannot delete entries."""

from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

MODERATOR_PERMISSIONS = {
    "event": ["view", "change", "confirm"],
    "statement": ["view", "change", "confirm"],
    "citation": ["view"],
    "eventparticipant": ["view", "add", "change", "delete"],
    "article": ["view", "add", "change"],
    "actor": ["view", "add", "change"],
    "actoralias": ["view", "add", "change", "delete"],
    "conflict": ["view"],
    "feed": ["view", "add", "change"],
    "tombstone": ["view"],
}


def codename(action: str, model: str) -> str:
    return f"confirm_{model}" if action == "confirm" else f"{action}_{model}"


def create_group(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    # Permissions are normally created after migrate; create them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name="Moderator")
    wanted = [codename(action, model) for model, actions in MODERATOR_PERMISSIONS.items() for action in actions]
    permissions = permission_model.objects.filter(content_type__app_label="tracker", codename__in=wanted)
    group.permissions.add(*permissions)


def remove_group(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("auth", "Group").objects.filter(name="Moderator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
