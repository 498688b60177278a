"""Moderation services: the transitions the admin, the API and tasks share."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from tests.factories import (
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    EventFactory,
    ModeratorFactory,
    StatementFactory,
    UserFactory,
)
from tracker.models import Actor, Citation, Event, ReviewStatus, Statement, Tombstone
from tracker.services.proposals import (
    ModerationError,
    actor_create_from_name,
    event_confirm,
    event_merge,
    event_reject,
    event_unpublish,
    events_bulk_confirm,
    proposal_update,
    statement_confirm,
    statement_merge,
    statement_unpublish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return ModeratorFactory.create()


def test_pending_event_is_not_public() -> None:
    event = EventFactory.create()
    assert not Event.objects.public().filter(pk=event.pk).exists()


def test_confirmed_event_is_public_and_records_reviewer(moderator) -> None:
    event = EventFactory.create()
    event_confirm(user=moderator, event=event)
    event.refresh_from_db()
    assert event.review_status == ReviewStatus.CONFIRMED
    assert event.reviewed_by == moderator
    assert event.reviewed_at is not None
    assert Event.objects.public().filter(pk=event.pk).exists()
    last = event.history.first()
    assert last.history_user == moderator
    assert last.history_change_reason == "confirmed"


def test_user_without_moderator_group_cannot_confirm() -> None:
    event = EventFactory.create()
    with pytest.raises(ModerationError) as info:
        event_confirm(user=UserFactory.create(is_staff=True), event=event)
    assert info.value.code == "permission_denied"
    event.refresh_from_db()
    assert event.review_status == ReviewStatus.PENDING


def test_anonymous_user_cannot_confirm() -> None:
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(ModerationError):
        event_confirm(user=AnonymousUser(), event=EventFactory.create())


def test_superuser_can_confirm() -> None:
    event = event_confirm(user=UserFactory.create(is_superuser=True, is_staff=True), event=EventFactory.create())
    assert event.review_status == ReviewStatus.CONFIRMED


def test_statement_permission_is_separate_from_event_permission() -> None:
    user = UserFactory.create(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="confirm_event"))
    event_confirm(user=user, event=EventFactory.create())
    with pytest.raises(ModerationError):
        statement_confirm(user=user, statement=StatementFactory.create())


def test_rejected_event_cannot_be_confirmed(moderator) -> None:
    event = event_reject(user=moderator, event=EventFactory.create(), reason="wrong_date")
    assert event.reject_reason == "wrong_date"
    with pytest.raises(ModerationError) as info:
        event_confirm(user=moderator, event=event)
    assert info.value.code == "invalid_transition"
    assert "rejected" in str(info.value)


def test_reject_needs_a_known_reason_code(moderator) -> None:
    event = EventFactory.create()
    with pytest.raises(ModerationError):
        event_reject(user=moderator, event=event, reason="because")
    with pytest.raises(ModerationError):
        event_reject(user=moderator, event=event, reason="other")
    event = event_reject(user=moderator, event=event, reason="other", comment="satire piece")
    assert event.review_comment == "satire piece"


def test_confirmed_event_cannot_be_rejected_only_unpublished(moderator) -> None:
    event = event_confirm(user=moderator, event=EventFactory.create())
    with pytest.raises(ModerationError):
        event_reject(user=moderator, event=event, reason="wrong_date")


def test_confirming_uses_the_current_row_not_a_stale_copy(moderator) -> None:
    event = EventFactory.create()
    stale = Event.objects.get(pk=event.pk)
    event_reject(user=moderator, event=event, reason="off_topic")
    with pytest.raises(ModerationError):
        event_confirm(user=moderator, event=stale)


def test_unpublish_hides_event_keeps_row_and_writes_tombstone(moderator) -> None:
    event = event_confirm(user=moderator, event=EventFactory.create())
    event_unpublish(user=moderator, event=event, comment="source retracted")
    event.refresh_from_db()
    assert event.review_status == ReviewStatus.UNPUBLISHED
    assert not Event.objects.public().filter(pk=event.pk).exists()
    tombstone = Tombstone.objects.get(entity="event", object_id=event.pk)
    assert tombstone.reason == "unpublished"
    assert tombstone.merged_into_id is None


def test_pending_event_cannot_be_unpublished(moderator) -> None:
    with pytest.raises(ModerationError):
        event_unpublish(user=moderator, event=EventFactory.create())
    assert not Tombstone.objects.exists()


def test_unpublished_event_can_be_published_again(moderator) -> None:
    event = event_unpublish(user=moderator, event=event_confirm(user=moderator, event=EventFactory.create()))
    event = event_confirm(user=moderator, event=event)
    assert event.review_status == ReviewStatus.CONFIRMED


def test_merge_moves_citation_closes_proposal_and_target_gains_source(moderator) -> None:
    target = event_confirm(user=moderator, event=EventFactory.create(title="Trump-Putin call"))
    CitationFactory.create(event=target)
    proposal = EventFactory.create(title="Telefonat Trump Putin")
    other_article = ArticleFactory.create()
    citation = CitationFactory.create(event=proposal, article=other_article)
    later = EventFactory.create(duplicate_of=proposal)

    result = event_merge(user=moderator, event=proposal, into=target)

    assert result.pk == target.pk
    citation.refresh_from_db()
    assert citation.event_id == target.pk
    assert target.citations.count() == 2
    proposal.refresh_from_db()
    assert proposal.review_status == ReviewStatus.MERGED
    assert proposal.merged_into_id == target.pk
    assert proposal.reviewed_by == moderator
    later.refresh_from_db()
    assert later.duplicate_of_id == target.pk
    assert not Tombstone.objects.exists(), "a pending proposal was never public"
    assert target.history.first().history_change_reason == f"gained sources from #{proposal.pk}"


def test_merging_a_confirmed_event_records_a_tombstone_with_target(moderator) -> None:
    target = event_confirm(user=moderator, event=EventFactory.create())
    twin = event_confirm(user=moderator, event=EventFactory.create())
    event_merge(user=moderator, event=twin, into=target)
    tombstone = Tombstone.objects.get(entity="event", object_id=twin.pk)
    assert tombstone.reason == "merged"
    assert tombstone.merged_into_id == target.pk
    assert list(Event.objects.public()) == [target]


def test_merge_drops_a_citation_the_target_already_has(moderator) -> None:
    article = ArticleFactory.create()
    target = EventFactory.create()
    CitationFactory.create(event=target, article=article, start=0, end=10)
    proposal = EventFactory.create()
    CitationFactory.create(event=proposal, article=article, start=0, end=10)
    event_merge(user=moderator, event=proposal, into=target)
    assert Citation.objects.count() == 1


@pytest.mark.parametrize("target_status", ["rejected", "merged", "unpublished"])
def test_cannot_merge_into_a_closed_event(moderator, target_status) -> None:
    target = EventFactory.create(review_status=target_status)
    with pytest.raises(ModerationError):
        event_merge(user=moderator, event=EventFactory.create(), into=target)


def test_cannot_merge_into_itself(moderator) -> None:
    event = EventFactory.create()
    with pytest.raises(ModerationError):
        event_merge(user=moderator, event=event, into=event)


def test_statement_merge_and_unpublish(moderator) -> None:
    target = statement_confirm(user=moderator, statement=StatementFactory.create())
    proposal = StatementFactory.create()
    CitationFactory.create(statement=proposal)
    statement_merge(user=moderator, statement=proposal, into=target)
    assert target.citations.count() == 1
    statement_unpublish(user=moderator, statement=target)
    assert not Statement.objects.public().exists()
    assert Tombstone.objects.filter(entity="statement", object_id=target.pk, reason="unpublished").exists()


def test_bulk_confirm_reports_failures_without_undoing_successes(moderator) -> None:
    good = EventFactory.create_batch(3)
    bad = EventFactory.create(review_status="rejected")
    result = events_bulk_confirm(user=moderator, events=[*good, bad])
    assert len(result.done) == 3
    assert [entry.pk for entry, _ in result.failed] == [bad.pk]
    assert Event.objects.public().count() == 3


# --- four-eyes ----------------------------------------------------------------------------------------------------


@pytest.fixture
def four_eyes(settings):
    settings.TRACKER_FOUR_EYES = True


def test_four_eyes_first_confirmation_is_only_an_approval(four_eyes, moderator) -> None:
    event = event_confirm(user=moderator, event=EventFactory.create())
    assert event.review_status == ReviewStatus.PENDING
    assert event.first_approved_by == moderator
    assert not Event.objects.public().exists()


def test_four_eyes_same_moderator_cannot_confirm_twice(four_eyes, moderator) -> None:
    event = event_confirm(user=moderator, event=EventFactory.create())
    with pytest.raises(ModerationError) as info:
        event_confirm(user=moderator, event=event)
    assert info.value.code == "four_eyes"
    assert not Event.objects.public().exists()


def test_four_eyes_second_moderator_publishes(four_eyes, moderator) -> None:
    second = ModeratorFactory.create()
    event = event_confirm(user=second, event=event_confirm(user=moderator, event=EventFactory.create()))
    assert event.review_status == ReviewStatus.CONFIRMED
    assert event.first_approved_by == moderator
    assert event.reviewed_by == second


def test_four_eyes_edit_after_first_approval_needs_fresh_approval(four_eyes, moderator) -> None:
    second = ModeratorFactory.create()
    event = event_confirm(user=moderator, event=EventFactory.create())
    event = proposal_update(user=second, entry=event, changes={"title": "Edited by the second moderator"})
    assert event.first_approved_by is None
    event = event_confirm(user=second, event=event)
    assert event.review_status == ReviewStatus.PENDING
    assert event.first_approved_by == second
    event = event_confirm(user=moderator, event=event)
    assert event.review_status == ReviewStatus.CONFIRMED


def test_edit_then_confirm_in_one_call(moderator) -> None:
    changes = {"title": "Corrected", "occurrence": "planned"}
    event = event_confirm(user=moderator, event=EventFactory.create(), changes=changes)
    assert (event.title, event.occurrence, event.review_status) == ("Corrected", "planned", "confirmed")
    reasons = [h.history_change_reason for h in event.history.order_by("history_id")]
    assert reasons[-2:] == ["edited", "confirmed"]


def test_edit_rejects_invalid_dates_and_unknown_fields(moderator) -> None:
    event = EventFactory.create()
    with pytest.raises(ModerationError):
        proposal_update(user=moderator, entry=event, changes={"review_status": "confirmed"})
    with pytest.raises(ModerationError):
        proposal_update(user=moderator, entry=event, changes={"type": "NONSENSE"})


# --- actors ---------------------------------------------------------------------------------------------------------


def test_actor_from_unknown_name_becomes_speaker_of_pending_statements(moderator) -> None:
    unknown = StatementFactory.create(speaker=None, speaker_name="Kaja Kallas")
    confirmed = StatementFactory.create(speaker=None, speaker_name="Kaja Kallas", review_status="confirmed")
    actor, updated = actor_create_from_name(user=moderator, name=" Kaja  Kallas ", kind="person", country="ee",
                                            language="de")
    assert (actor.name, actor.slug, actor.country) == ("Kaja Kallas", "kaja-kallas", "EE")
    assert actor.aliases.get().text == "Kaja Kallas"
    assert updated == 1
    unknown.refresh_from_db()
    confirmed.refresh_from_db()
    assert unknown.speaker == actor and unknown.speaker_name == ""
    assert confirmed.speaker is None, "decided entries are not rewritten"


def test_actor_from_name_gets_a_unique_slug(moderator) -> None:
    ActorFactory.create(name="Kaja Kallas")
    actor, _ = actor_create_from_name(user=moderator, name="Kaja Kallas")
    assert actor.slug == "kaja-kallas-2"
    assert Actor.objects.count() == 2


def test_actor_from_name_needs_permission() -> None:
    with pytest.raises(ModerationError):
        actor_create_from_name(user=UserFactory.create(), name="Someone")


def test_a_confirmed_event_cannot_be_merged_into_a_pending_one(moderator) -> None:
    public = event_confirm(user=moderator, event=EventFactory.create())
    with pytest.raises(ModerationError) as info:
        event_merge(user=moderator, event=public, into=EventFactory.create())
    assert "confirm" in str(info.value)
    assert Event.objects.public().filter(pk=public.pk).exists()
    assert not Tombstone.objects.exists()


def test_moderation_errors_carry_a_code_and_http_status(moderator) -> None:
    with pytest.raises(ModerationError) as denied:
        event_confirm(user=UserFactory.create(), event=EventFactory.create())
    with pytest.raises(ModerationError) as conflict:
        event_confirm(user=moderator, event=EventFactory.create(review_status="rejected"))
    with pytest.raises(ModerationError) as invalid:
        event_reject(user=moderator, event=EventFactory.create(), reason="nope")
    assert (denied.value.code, denied.value.http_status) == ("permission_denied", 403)
    assert (conflict.value.code, conflict.value.http_status) == ("invalid_transition", 409)
    assert (invalid.value.code, invalid.value.http_status) == ("invalid_reason", 400)


def test_confirming_a_deleted_proposal_is_a_clear_error(moderator) -> None:
    event = EventFactory.create()
    Event.objects.filter(pk=event.pk).delete()
    with pytest.raises(ModerationError) as info:
        event_confirm(user=moderator, event=event)
    assert info.value.code == "not_found"


def test_edit_checks_dates_against_each_other(moderator) -> None:
    import datetime as dt

    event = EventFactory.create(date_start=dt.date(2025, 5, 19), date_end=dt.date(2025, 5, 19))
    with pytest.raises(ModerationError) as info:
        proposal_update(user=moderator, entry=event, changes={"date_end": dt.date(2025, 5, 1)})
    assert info.value.code == "invalid_data"
    event.refresh_from_db()
    assert event.date_end == dt.date(2025, 5, 19)
