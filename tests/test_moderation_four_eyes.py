"""Four-eyes publishing in the admin: a second, different moderator must confirm."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import CitationFactory, EventFactory, ModeratorFactory, StatementFactory
from tracker.models import Event, Statement

pytestmark = pytest.mark.django_db
QUEUE = "admin:tracker_review_queue"


@pytest.fixture(autouse=True)
def four_eyes(settings):
    settings.TRACKER_FOUR_EYES = True


def logged_in(username: str) -> Client:
    client = Client()
    client.force_login(ModeratorFactory.create(username=username))
    return client


def confirm(client: Client, event: Event) -> str:
    response = client.post(reverse(QUEUE), {"row_action": f"confirm:event:{event.pk}"}, follow=True)
    return response.content.decode()


def test_first_confirmation_only_records_an_approval() -> None:
    alice = logged_in("alice")
    event = EventFactory.create(title="Needs two")
    html = confirm(alice, event)
    assert "First approval recorded" in html
    assert "1st approval: alice" in html
    event.refresh_from_db()
    assert event.review_status == "pending"
    assert event.first_approved_by is not None and event.first_approved_by.username == "alice"
    assert not Event.objects.public().exists()


def test_same_moderator_cannot_give_the_second_approval() -> None:
    alice = logged_in("alice")
    event = EventFactory.create()
    confirm(alice, event)
    html = confirm(alice, event)
    assert "a second, different moderator must confirm" in html
    assert not Event.objects.public().exists()


def test_second_moderator_publishes() -> None:
    alice, bob = logged_in("alice"), logged_in("bob")
    event = EventFactory.create()
    confirm(alice, event)
    html = confirm(bob, event)
    assert "Confirmed and published" in html
    event.refresh_from_db()
    assert event.first_approved_by is not None and event.reviewed_by is not None
    assert (event.review_status, event.first_approved_by.username, event.reviewed_by.username) == (
        "confirmed", "alice", "bob")


def test_bulk_confirm_with_four_eyes_needs_two_moderators() -> None:
    alice, bob = logged_in("alice"), logged_in("bob")
    events = EventFactory.create_batch(3)
    statement = StatementFactory.create()
    selected = [f"event:{e.pk}" for e in events] + [f"statement:{statement.pk}"]
    html = alice.post(reverse(QUEUE), {"action": "confirm", "selected": selected}, follow=True).content.decode()
    assert "First approval recorded for 3 entries" in html
    assert not Event.objects.public().exists()
    bob.post(reverse(QUEUE), {"action": "confirm", "selected": selected})
    assert Event.objects.public().count() == 3
    assert Statement.objects.public().count() == 1


def test_queue_filters_entries_awaiting_second_approval() -> None:
    alice = logged_in("alice")
    approved = EventFactory.create(title="Approved once")
    EventFactory.create(title="Untouched")
    confirm(alice, approved)
    html = alice.get(reverse(QUEUE), {"approval": "first"}).content.decode()
    assert "Approved once" in html and "Untouched" not in html
    html = alice.get(reverse(QUEUE), {"approval": "none"}).content.decode()
    assert "Untouched" in html and "Approved once" not in html


def test_save_and_confirm_button_says_four_eyes() -> None:
    alice = logged_in("alice")
    event = EventFactory.create()
    html = alice.get(reverse("admin:tracker_event_change", args=[event.pk])).content.decode()
    assert "Save and confirm (four-eyes approval)" in html


def test_queue_shows_whose_turn_it_is() -> None:
    alice, bob = logged_in("alice"), logged_in("bob")
    event = EventFactory.create()
    assert "Approve (1st)" in alice.get(reverse(QUEUE)).content.decode()
    confirm(alice, event)
    assert "Awaiting 2nd moderator" in alice.get(reverse(QUEUE)).content.decode()
    html = bob.get(reverse(QUEUE)).content.decode()
    assert f'value="confirm:event:{event.pk}"' in html and "Awaiting 2nd moderator" not in html


def test_merging_a_proposal_into_a_public_event_needs_two_moderators() -> None:
    alice, bob = logged_in("alice"), logged_in("bob")
    target = EventFactory.create(review_status="confirmed")
    proposal = EventFactory.create()
    CitationFactory.create(event=proposal)
    action = {"row_action": f"merge:event:{proposal.pk}:{target.pk}"}
    html = alice.post(reverse(QUEUE), action, follow=True).content.decode()
    assert "First approval recorded for merging" in html
    proposal.refresh_from_db()
    assert (proposal.review_status, proposal.duplicate_of_id) == ("pending", target.pk)
    assert target.citations.count() == 0, "nothing new is public after one approval"
    html = alice.post(reverse(QUEUE), action, follow=True).content.decode()
    assert "a second, different moderator must merge it" in html
    bob.post(reverse(QUEUE), action)
    proposal.refresh_from_db()
    assert proposal.review_status == "merged"
    assert target.citations.count() == 1


def test_merging_into_a_pending_event_needs_no_second_moderator() -> None:
    alice = logged_in("alice")
    target, proposal = EventFactory.create(), EventFactory.create()
    alice.post(reverse(QUEUE), {"row_action": f"merge:event:{proposal.pk}:{target.pk}"})
    proposal.refresh_from_db()
    assert proposal.review_status == "merged"


def test_save_and_confirm_by_the_first_approver_keeps_the_edit_and_stays_on_the_page() -> None:
    from tests.test_moderation_admin import management_forms

    alice = logged_in("alice")
    event = EventFactory.create(title="Before")
    confirm(alice, event)
    url = reverse("admin:tracker_event_change", args=[event.pk])
    page = alice.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update({"review_comment": "checked the date", "_saveconfirm": "1", **management_forms(page)})
    response = alice.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == url
    event.refresh_from_db()
    assert event.review_comment == "checked the date"
    assert event.review_status == "pending"
    assert "a second, different moderator must confirm" in alice.get(url).content.decode()
