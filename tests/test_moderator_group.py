import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_moderator_group_can_review_but_not_delete_entries() -> None:
    group = Group.objects.get(name="Moderator")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"confirm_event", "confirm_statement", "change_event", "view_article", "add_actor"} <= codenames
    assert "delete_event" not in codenames
    assert "delete_statement" not in codenames
