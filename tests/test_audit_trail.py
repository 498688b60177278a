"""Who changed what and when, field by field, on each entry's admin page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory, ModeratorFactory, StatementFactory
from tests.test_moderation_admin import management_forms
from tracker.services.proposals import event_confirm, proposal_update, statement_confirm

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return ModeratorFactory.create(username="alice")


def change_page(client, entry) -> str:
    kind = type(entry).__name__.lower()
    response = client.get(reverse(f"admin:tracker_{kind}_change", args=[entry.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_change_log_shows_field_level_diffs_with_user(client, moderator) -> None:
    event = EventFactory.create(title="Telefonat", occurrence="planned")
    changes = {"title": "Trump–Putin call", "occurrence": "occurred"}
    event = proposal_update(user=moderator, entry=event, changes=changes)
    event_confirm(user=moderator, event=event)
    client.force_login(moderator)
    html = change_page(client, event)
    trail = html[html.index('id="audit-trail"'):]
    assert "<strong>title</strong>: Telefonat → Trump–Putin call" in trail
    assert "<strong>occurrence</strong>: Planned → Occurred" in trail
    assert "<strong>review status</strong>: Pending review → Confirmed" in trail
    assert "alice" in trail
    assert "Changed: confirmed" in trail
    assert "<strong>reviewed by</strong>: — → alice" in trail


def test_admin_form_edit_is_recorded_with_the_editing_user(client, moderator) -> None:
    event = EventFactory.create(title="Old title")
    client.force_login(moderator)
    url = reverse("admin:tracker_event_change", args=[event.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update({"title": "New title", **management_forms(page)})
    assert client.post(url, data).status_code == 302
    record = event.history.order_by("-history_id").first()
    assert record.history_user == moderator
    assert record.history_change_reason == "edited"
    assert "<strong>title</strong>: Old title → New title" in change_page(client, event)


def test_participant_changes_are_logged_on_the_event(client, moderator) -> None:
    putin = ActorFactory.create(name="Vladimir Putin")
    event = EventFactory.create(actors=[putin])
    trump = ActorFactory.create(name="Donald Trump")
    client.force_login(moderator)
    url = reverse("admin:tracker_event_change", args=[event.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(management_forms(page))
    prefix = page.context["inline_admin_formsets"][0].formset.prefix
    data[f"{prefix}-TOTAL_FORMS"] = "2"
    data.update({f"{prefix}-1-actor": str(trump.pk), f"{prefix}-1-role": "participant",
                 f"{prefix}-1-event": str(event.pk)})
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert event.participations.count() == 2
    assert "participants: +Donald Trump" in change_page(client, event)


def test_statement_change_log_and_full_history_page(client, moderator) -> None:
    statement = statement_confirm(user=moderator, statement=StatementFactory.create())
    client.force_login(moderator)
    assert "Pending review → Confirmed" in change_page(client, statement)
    history = client.get(reverse("admin:tracker_statement_history", args=[statement.pk]))
    assert history.status_code == 200
    assert "alice" in history.content.decode()
