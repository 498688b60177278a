"""Moderation through the Django admin: queue, row and bulk actions, edit-then-confirm, permissions, merge."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    EventFactory,
    ModeratorFactory,
    StatementFactory,
    UserFactory,
)
from tracker.models import Actor, Event, Statement, Tombstone

pytestmark = pytest.mark.django_db

QUEUE = "admin:tracker_review_queue"


@pytest.fixture
def moderator():
    return ModeratorFactory.create()


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def proposal_with_evidence(title: str = "Trump und Putin telefonieren", **kwargs):
    """A pending event cited from an article, as the parser would create it."""
    text = "Berlin. US-Präsident Trump und Putin telefonierten am Montag zwei Stunden lang. Mehr folgt."
    article = kwargs.pop("article", None) or ArticleFactory.create(text=text, title="Telefonat")
    trump = ActorFactory.create(name="Donald Trump")
    ActorAliasFactory.create(actor=trump, text="Trump")
    putin = ActorFactory.create(name="Vladimir Putin")
    ActorAliasFactory.create(actor=putin, text="Putin")
    event = EventFactory.create(title=title, source_article=article, actors=[trump, putin],
                                date_expression="am Montag", **kwargs)
    start = article.text.index("US-Präsident")
    end = article.text.index("Mehr folgt")
    trigger = article.text.index("telefonierten")
    CitationFactory.create(article=article, event=event, start=start, end=end - 1,
                           sentence=article.text[start:end - 1], trigger_start=trigger,
                           trigger_end=trigger + len("telefonierten"))
    return event


def test_queue_shows_pending_proposal_with_highlighted_evidence_and_article_link(mod_client) -> None:
    event = proposal_with_evidence()
    EventFactory.create(title="Already public", review_status="confirmed")
    response = mod_client.get(reverse(QUEUE))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Trump und Putin telefonieren" in html
    assert "Already public" not in html
    assert '<mark class="hl-trigger" title="trigger">telefonierten</mark>' in html
    assert '<mark class="hl-actor" title="actor">Putin</mark>' in html
    assert '<mark class="hl-date" title="date">am Montag</mark>' in html
    assert "2025-05-19 (day)" in html
    assert reverse("admin:tracker_review_article", args=[event.source_article_id]) in html
    assert "Donald Trump" in html


def test_queue_lists_newest_article_first(mod_client) -> None:
    old = ArticleFactory.create(published_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    new = ArticleFactory.create(published_at=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    EventFactory.create(title="Without an article")
    EventFactory.create(title="From the old article", source_article=old)
    StatementFactory.create(paraphrase="From the new article", source_article=new)
    html = mod_client.get(reverse(QUEUE)).content.decode()
    assert html.index("From the new article") < html.index("From the old article") < html.index("Without an article")


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("kind=statement", "A statement", "A consult"),
        ("type=CONSULT", "A consult", "An assault"),
        ("confidence=high", "A consult", "An assault"),
        ("duplicate=yes", "An assault", "A consult"),
    ],
)
def test_queue_filters(mod_client, query, shown, hidden) -> None:
    confirmed = EventFactory.create(review_status="confirmed", type="ASSAULT")
    EventFactory.create(title="A consult", type="CONSULT", confidence=0.9)
    EventFactory.create(title="An assault", type="ASSAULT", confidence=0.3, duplicate_of=confirmed)
    StatementFactory.create(paraphrase="A statement")
    html = mod_client.get(reverse(QUEUE) + "?" + query).content.decode()
    assert shown in html
    assert hidden not in html


def test_queue_filters_by_actor_conflict_and_article(mod_client) -> None:
    actor = ActorFactory.create(name="Emmanuel Macron")
    article = ArticleFactory.create()
    EventFactory.create(title="With Macron", actors=[actor])
    EventFactory.create(title="From the article", source_article=article)
    html = mod_client.get(reverse(QUEUE), {"actor": actor.pk}).content.decode()
    assert "With Macron" in html and "From the article" not in html
    html = mod_client.get(reverse(QUEUE), {"article": article.pk}).content.decode()
    assert "From the article" in html and "With Macron" not in html
    html = mod_client.get(reverse(QUEUE), {"conflict": 999999}).content.decode()
    assert "Nothing to review" in html


def test_confirm_button_publishes_the_proposal(mod_client, moderator) -> None:
    event = proposal_with_evidence()
    response = mod_client.post(reverse(QUEUE), {"row_action": f"confirm:event:{event.pk}"}, follow=True)
    assert response.status_code == 200
    assert "Confirmed and published event" in response.content.decode()
    event.refresh_from_db()
    assert event.review_status == "confirmed"
    assert event.reviewed_by == moderator
    assert Event.objects.public().filter(pk=event.pk).exists()


def test_reject_button_stores_the_reason_code(mod_client) -> None:
    event = EventFactory.create()
    data = {"row_action": f"reject:event:{event.pk}", f"reason-event-{event.pk}": "wrong_date"}
    mod_client.post(reverse(QUEUE), data)
    event.refresh_from_db()
    assert (event.review_status, event.reject_reason) == ("rejected", "wrong_date")


def test_bulk_confirm_and_reject_events_and_statements(mod_client) -> None:
    events = EventFactory.create_batch(3)
    statement = StatementFactory.create()
    selected = [f"event:{e.pk}" for e in events[:2]] + [f"statement:{statement.pk}"]
    mod_client.post(reverse(QUEUE), {"action": "confirm", "selected": selected})
    assert Event.objects.public().count() == 2
    assert Statement.objects.public().count() == 1
    response = mod_client.post(reverse(QUEUE), {"action": "reject", "reject_reason": "off_topic",
                                                "selected": [f"event:{events[2].pk}"]}, follow=True)
    events[2].refresh_from_db()
    assert events[2].reject_reason == "off_topic"
    assert "Rejected 1 entry" in response.content.decode()


def test_bulk_reject_without_reason_changes_nothing(mod_client) -> None:
    event = EventFactory.create()
    response = mod_client.post(reverse(QUEUE), {"action": "reject", "selected": [f"event:{event.pk}"]}, follow=True)
    event.refresh_from_db()
    assert event.review_status == "pending"
    assert "Unknown reject reason" in response.content.decode()


def test_changelist_bulk_actions_call_the_services(mod_client) -> None:
    events = EventFactory.create_batch(2)
    url = reverse("admin:tracker_event_changelist")
    mod_client.post(url, {"action": "confirm_selected", "_selected_action": [e.pk for e in events]})
    assert Event.objects.public().count() == 2
    mod_client.post(url, {"action": "unpublish_selected", "_selected_action": [events[0].pk]})
    assert Tombstone.objects.filter(object_id=events[0].pk, reason="unpublished").exists()
    other = EventFactory.create()
    mod_client.post(url, {"action": "reject_selected", "_selected_action": [other.pk], "reject_reason": "duplicate"})
    other.refresh_from_db()
    assert other.reject_reason == "duplicate"


def test_changelist_has_no_bulk_delete(mod_client) -> None:
    EventFactory.create()
    html = mod_client.get(reverse("admin:tracker_event_changelist")).content.decode()
    assert "confirm_selected" in html
    assert "delete_selected" not in html


def test_superuser_cannot_delete_a_confirmed_event(client) -> None:
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    event = EventFactory.create(review_status="confirmed")
    response = client.post(reverse("admin:tracker_event_delete", args=[event.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()


def test_staff_without_moderator_group_cannot_confirm(client) -> None:
    from django.contrib.auth.models import Permission

    staff = UserFactory.create(is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(codename__in=["view_event", "change_event"]))
    client.force_login(staff)
    event = EventFactory.create()
    response = client.post(reverse(QUEUE), {"row_action": f"confirm:event:{event.pk}"}, follow=True)
    assert "Only moderators may review events" in response.content.decode()
    event.refresh_from_db()
    assert event.review_status == "pending"
    # …and the changelist offers no confirm action to them.
    EventFactory.create()
    html = client.get(reverse("admin:tracker_event_changelist")).content.decode()
    assert "confirm_selected" not in html


def test_anonymous_user_is_sent_to_login(client) -> None:
    response = client.get(reverse(QUEUE))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_edit_then_confirm_from_the_change_form(mod_client, moderator) -> None:
    event = proposal_with_evidence()
    url = reverse("admin:tracker_event_change", args=[event.pk])
    page = mod_client.get(url)
    assert "Save and confirm" in page.content.decode()
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update({"title": "Trump and Putin talk by phone", "occurrence": "occurred", "_saveconfirm": "1",
                 **management_forms(page)})
    response = mod_client.post(url, data)
    assert response.status_code == 302, page.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.title == "Trump and Putin talk by phone"
    assert event.review_status == "confirmed"
    reasons = [h.history_change_reason for h in event.history.order_by("history_id")]
    assert reasons[-2:] == ["edited", "confirmed"]


def management_forms(page) -> dict[str, str]:
    """The inline formsets' management data and existing rows, as the browser would send them back."""
    data: dict[str, str] = {}
    for formset in page.context["inline_admin_formsets"]:
        fs = formset.formset
        for name, field in fs.management_form.fields.items():
            data[f"{fs.prefix}-{name}"] = str(fs.management_form[name].value() or field.initial or 0)
        for index, form in enumerate(fs.forms):
            for name in form.fields:
                value = form[name].value()
                if value is not None and value is not False:
                    data[f"{fs.prefix}-{index}-{name}"] = str(value)
    return data


def test_review_status_cannot_be_changed_through_the_form(mod_client) -> None:
    event = EventFactory.create()
    page = mod_client.get(reverse("admin:tracker_event_change", args=[event.pk]))
    assert "review_status" not in page.context["adminform"].form.fields
    assert "reviewed_by" not in page.context["adminform"].form.fields


def test_merge_from_the_change_page_moves_the_citation(mod_client) -> None:
    target = EventFactory.create(review_status="confirmed", title="The known call")
    proposal = proposal_with_evidence(duplicate_of=target)
    citation = proposal.citations.get()
    response = mod_client.post(reverse("admin:tracker_event_moderate", args=[proposal.pk]),
                               {"moderation": "merge", "merge_into": str(target.pk)})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:tracker_event_change", args=[target.pk])
    citation.refresh_from_db()
    proposal.refresh_from_db()
    assert citation.event_id == target.pk
    assert (proposal.review_status, proposal.merged_into_id) == ("merged", target.pk)
    assert list(Event.objects.public()) == [target]


def test_merge_button_in_the_queue_uses_the_duplicate_suggestion(mod_client) -> None:
    target = EventFactory.create(review_status="confirmed")
    proposal = proposal_with_evidence(duplicate_of=target)
    html = mod_client.get(reverse(QUEUE)).content.decode()
    assert f'value="merge:event:{proposal.pk}:{target.pk}"' in html
    mod_client.post(reverse(QUEUE), {"row_action": f"merge:event:{proposal.pk}:{target.pk}"})
    assert target.citations.count() == 1


def test_merging_a_confirmed_event_from_the_admin_records_a_tombstone(mod_client) -> None:
    target = EventFactory.create(review_status="confirmed")
    twin = EventFactory.create(review_status="confirmed")
    mod_client.post(reverse("admin:tracker_event_moderate", args=[twin.pk]),
                    {"moderation": "merge", "merge_into": f"#{target.pk}"})
    tombstone = Tombstone.objects.get(object_id=twin.pk)
    assert (tombstone.reason, tombstone.merged_into_id) == ("merged", target.pk)


def test_unpublish_from_the_change_page(mod_client) -> None:
    event = EventFactory.create(review_status="confirmed")
    mod_client.post(reverse("admin:tracker_event_moderate", args=[event.pk]),
                    {"moderation": "unpublish", "comment": "retracted"})
    event.refresh_from_db()
    assert event.review_status == "unpublished"
    assert Tombstone.objects.filter(entity="event", object_id=event.pk).exists()


def test_reject_from_the_change_page_requires_a_reason(mod_client) -> None:
    statement = StatementFactory.create()
    url = reverse("admin:tracker_statement_moderate", args=[statement.pk])
    response = mod_client.post(url, {"moderation": "reject"}, follow=True)
    assert "Unknown reject reason" in response.content.decode()
    mod_client.post(url, {"moderation": "reject", "reject_reason": "not_an_event"})
    statement.refresh_from_db()
    assert statement.reject_reason == "not_an_event"


def test_create_actor_from_unknown_speaker(mod_client) -> None:
    statement = StatementFactory.create(speaker=None, speaker_name="Kaja Kallas")
    html = mod_client.get(reverse(QUEUE)).content.decode()
    assert "Create actor “Kaja Kallas”" in html
    response = mod_client.post(reverse(QUEUE), {"row_action": f"actor:statement:{statement.pk}",
                                                f"actor-kind-{statement.pk}": "person"}, follow=True)
    actor = Actor.objects.get(name="Kaja Kallas")
    statement.refresh_from_db()
    assert statement.speaker == actor
    assert "Created actor" in response.content.decode()


def test_article_view_highlights_every_proposal_span(mod_client) -> None:
    event = proposal_with_evidence()
    article = event.source_article
    statement = StatementFactory.create(source_article=article)
    CitationFactory.create(article=article, statement=statement, start=0, end=7, sentence="Berlin.")
    response = mod_client.get(reverse("admin:tracker_review_article", args=[article.pk]))
    html = response.content.decode()
    assert f'id="span-event-{event.pk}"' in html
    assert f'id="span-statement-{statement.pk}"' in html
    assert f'id="row-event-{event.pk}"' in html
    assert "Re-parse article" in html


def test_article_view_escapes_html_in_the_article(mod_client) -> None:
    text = 'Harmless start. <script>alert("x")</script> Trump und Putin telefonierten. <img src=x onerror=alert(1)>'
    article = ArticleFactory.create(text=text)
    event = EventFactory.create(source_article=article)
    start = text.index("<script>")
    CitationFactory.create(article=article, event=event, start=start, end=start + 30, sentence=text[start:start + 30])
    html = mod_client.get(reverse("admin:tracker_review_article", args=[article.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)" in html
    assert "<img src=x" not in html
    queue = mod_client.get(reverse(QUEUE)).content.decode()
    assert "<script>alert" not in queue


def test_reparse_button_queues_the_article(mod_client, monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr("tracker.services.articles._enqueue_on_commit", calls.append)
    article = ArticleFactory.create()
    response = mod_client.post(reverse("admin:tracker_review_article", args=[article.pk]), {"reparse": "1"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "queued"
    assert calls == [article.pk]


def test_open_redirect_in_next_is_ignored(mod_client) -> None:
    event = EventFactory.create()
    response = mod_client.post(reverse(QUEUE), {"row_action": f"confirm:event:{event.pk}",
                                                "next": "https://evil.example/"})
    assert response["Location"] == reverse(QUEUE)


def test_admin_index_links_to_the_review_queue(mod_client) -> None:
    EventFactory.create()
    html = mod_client.get(reverse("admin:index")).content.decode()
    assert reverse(QUEUE) in html


@pytest.mark.parametrize("status", ["rejected", "merged"])
def test_closed_entries_are_shown_read_only(mod_client, status) -> None:
    event = proposal_with_evidence(review_status=status)
    statement = StatementFactory.create(review_status=status)
    page = mod_client.get(reverse("admin:tracker_event_change", args=[event.pk]))
    assert page.status_code == 200
    assert "title" not in page.context["adminform"].form.fields
    assert "Save and confirm" not in page.content.decode()
    assert not page.context["inline_admin_formsets"][0].has_change_permission
    page = mod_client.get(reverse("admin:tracker_statement_change", args=[statement.pk]))
    assert page.status_code == 200
    assert "paraphrase" not in page.context["adminform"].form.fields


def test_change_page_shows_highlighted_evidence(mod_client) -> None:
    event = proposal_with_evidence()
    html = mod_client.get(reverse("admin:tracker_event_change", args=[event.pk])).content.decode()
    assert '<mark class="hl-trigger" title="trigger">telefonierten</mark>' in html


def test_create_actor_for_a_missed_name_from_the_article_page(mod_client) -> None:
    article = ArticleFactory.create(language="de")
    url = reverse("admin:tracker_review_article", args=[article.pk])
    assert "Create actor" in mod_client.get(url).content.decode()
    response = mod_client.post(url, {"new_actor": "1", "name": "Kallas", "canonical_name": "Kaja Kallas",
                                     "kind": "person", "country": "ee"}, follow=True)
    actor = Actor.objects.get(slug="kaja-kallas")
    assert (actor.name, actor.country) == ("Kaja Kallas", "EE")
    assert list(actor.aliases.values_list("text", "language")) == [("Kallas", "de")]
    assert "Re-parse the article" in response.content.decode()


def test_changing_addressed_actors_is_logged(mod_client) -> None:
    statement = StatementFactory.create()
    nato = ActorFactory.create(name="NATO")
    url = reverse("admin:tracker_statement_change", args=[statement.pk])
    page = mod_client.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update({"addressed": [str(nato.pk)], **management_forms(page)})
    assert mod_client.post(url, data).status_code == 302
    assert statement.history.order_by("-history_id").first().history_change_reason == "addressed: +NATO"


def test_article_cited_by_a_confirmed_event_cannot_be_deleted(client) -> None:
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    event = proposal_with_evidence(review_status="confirmed")
    article = event.source_article
    url = reverse("admin:tracker_article_delete", args=[article.pk])
    assert "your account doesn't have permission to delete" in client.get(url).content.decode()
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert event.citations.count() == 1
    client.post(reverse("admin:tracker_article_changelist"),
                {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"})
    assert event.citations.count() == 1


def test_acting_on_a_proposal_replaced_by_a_reparse_explains_what_happened(mod_client) -> None:
    event = EventFactory.create()
    gone = event.pk
    event.delete()
    response = mod_client.post(reverse(QUEUE), {"row_action": f"confirm:event:{gone}"}, follow=True)
    assert "no longer exists" in response.content.decode()
    response = mod_client.post(reverse(QUEUE), {"action": "confirm", "selected": [f"event:{gone}"]}, follow=True)
    assert "1 selected proposal(s) no longer exist" in response.content.decode()


def test_change_page_offers_merge_candidates_of_the_same_type_and_dates(mod_client) -> None:
    proposal = EventFactory.create(type="CONSULT", title="Proposal")
    candidate = EventFactory.create(type="CONSULT", review_status="confirmed", title="Known call")
    EventFactory.create(type="ASSAULT", review_status="confirmed", title="Other type")
    EventFactory.create(type="CONSULT", review_status="confirmed", title="Other month",
                        date_start=dt.date(2025, 7, 1), date_end=dt.date(2025, 7, 1))
    html = mod_client.get(reverse("admin:tracker_event_change", args=[proposal.pk])).content.decode()
    panel = html[html.index('id="merge-candidates"'):]
    assert f'value="{candidate.pk}">Merge into #{candidate.pk}' in panel
    assert "Other type" not in panel and "Other month" not in panel
    mod_client.post(reverse("admin:tracker_event_moderate", args=[proposal.pk]),
                    {"moderation": "merge", "merge_into": str(candidate.pk)})
    proposal.refresh_from_db()
    assert proposal.merged_into_id == candidate.pk


def test_view_only_staff_sees_the_queue_without_action_buttons_and_cannot_reparse(client) -> None:
    from django.contrib.auth.models import Permission

    viewer = UserFactory.create(is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_event", "view_statement",
                                                                         "view_article"]))
    client.force_login(viewer)
    event = proposal_with_evidence()
    html = client.get(reverse(QUEUE)).content.decode()
    assert "Trump und Putin telefonieren" in html
    assert "view only" in html
    assert f'value="confirm:event:{event.pk}"' not in html
    url = reverse("admin:tracker_review_article", args=[event.source_article_id])
    assert "Re-parse article" not in client.get(url).content.decode()
    response = client.post(url, {"reparse": "1"}, follow=True)
    assert "You may not re-parse articles" in response.content.decode()
    event.source_article.refresh_from_db()
    assert event.source_article.status == "parsed"


def test_staff_without_event_view_permission_gets_403_on_the_queue(client) -> None:
    client.force_login(UserFactory.create(is_staff=True))
    assert client.get(reverse(QUEUE)).status_code == 403


def test_add_pages_render_for_a_superuser(client) -> None:
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    for model in ("event", "statement"):
        response = client.get(reverse(f"admin:tracker_{model}_add"))
        assert response.status_code == 200
        assert "Save and confirm" not in response.content.decode()
