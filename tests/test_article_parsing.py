"""Parsing an article turns it into pending, sourced proposals; re-parsing never touches decided entries."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, ConflictFactory
from tracker.extraction.gazetteer import load_default_records
from tracker.models import Article, ArticleStatus, Citation, Event, ReviewStatus, Statement
from tracker.services.actors import actors_import
from tracker.services.articles import article_claim, article_parse, articles_requeue_stuck

pytestmark = pytest.mark.django_db

SEED = (
    "Trump und Putin sprechen am Montag\n"
    "US-Präsident Donald Trump will am Montag mit Kremlchef Wladimir Putin telefonieren. "
    "Das bestätigte Kremlsprecher Dmitri Peskow am Sonntag."
)


@pytest.fixture
def gazetteer() -> None:
    actors_import(records=load_default_records())


def parsed_article(text: str = SEED) -> Article:
    article = ArticleFactory.create(text=text, status=ArticleStatus.PARSING, published_at=dt.datetime(
        2025, 5, 18, 9, 0, tzinfo=dt.UTC))
    article_parse(article=article)
    article.refresh_from_db()
    return article


def test_parsed_article_has_pending_event_with_actors_date_and_citation(gazetteer: None) -> None:
    article = parsed_article()
    assert article.status == ArticleStatus.PARSED
    event = Event.objects.get(type="CONSULT", source_article=article)
    assert event.review_status == ReviewStatus.PENDING
    assert {a.name for a in event.participants.all()} >= {"Donald Trump", "Vladimir Putin"}
    assert event.date_start == dt.date(2025, 5, 19)
    assert event.occurrence == "planned"
    citation = Citation.objects.get(event=event)
    assert article.text[citation.start : citation.end] == citation.sentence
    assert "telefonieren" in citation.sentence


def test_local_time_note_reaches_the_event() -> None:
    article = parsed_article(
        "Telefonat geplant\nGeplant ist ein Telefonat von Trump mit Putin, das am Montagmorgen (US-Ortszeit) "
        "stattfinden soll."
    )
    event = Event.objects.get(type="CONSULT", source_article=article)
    assert (event.date_value, event.date_note) == ("2025-05-19TMO", "US local time")


def test_parsed_article_has_pending_statement_by_resolved_speaker(gazetteer: None) -> None:
    article = parsed_article()
    speakers = {s.speaker.name for s in Statement.objects.filter(source_article=article) if s.speaker}
    assert "Dmitry Peskov" in speakers


def test_pending_proposals_are_not_public(gazetteer: None) -> None:
    parsed_article()
    assert Event.objects.count() > 0
    assert Event.objects.public().count() == 0
    assert Statement.objects.public().count() == 0


def test_reparse_replaces_pending_and_keeps_confirmed(gazetteer: None) -> None:
    article = parsed_article()
    confirmed = Event.objects.filter(source_article=article).first()
    assert confirmed is not None
    Event.objects.filter(pk=confirmed.pk).update(review_status=ReviewStatus.CONFIRMED)
    before = Event.objects.filter(source_article=article).count()
    article_parse(article=article)
    article_parse(article=article)
    assert Event.objects.filter(source_article=article).count() == before
    confirmed.refresh_from_db()
    assert confirmed.review_status == ReviewStatus.CONFIRMED
    assert Event.objects.filter(pk=confirmed.pk).exists()


def test_second_report_of_an_event_is_linked_as_duplicate(gazetteer: None) -> None:
    first = parsed_article()
    original = Event.objects.get(type="CONSULT", source_article=first)
    Event.objects.filter(pk=original.pk).update(review_status=ReviewStatus.CONFIRMED)
    second = parsed_article(
        "Telefonat geplant\nTrump wird am Montag mit Putin telefonieren, wie das Weiße Haus mitteilte."
    )
    proposals = Event.objects.filter(type="CONSULT", source_article=second, participants__name="Vladimir Putin")
    assert [p.duplicate_of_id for p in proposals] == [original.pk]


def test_claim_takes_a_queued_article_only_once() -> None:
    article = ArticleFactory.create(status=ArticleStatus.QUEUED)
    assert article_claim(article_id=article.pk)
    assert not article_claim(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSING
    assert article.attempts == 1


def test_stuck_parsing_article_is_requeued(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    conflict = ConflictFactory.create()
    stuck = ArticleFactory.create(conflict=conflict, status=ArticleStatus.PARSING,
                                  status_changed_at=timezone.now() - dt.timedelta(hours=1))
    fresh = ArticleFactory.create(conflict=conflict, status=ArticleStatus.PARSING, status_changed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=False):
        ids = articles_requeue_stuck()
    assert ids == [stuck.pk]
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert stuck.status == ArticleStatus.QUEUED
    assert fresh.status == ArticleStatus.PARSING


def test_reparse_keeps_a_pending_proposal_a_moderator_edited(gazetteer: None) -> None:
    article = parsed_article()
    edited = Event.objects.filter(source_article=article, type="CONSULT").first()
    assert edited is not None
    edited.title = "Trump–Putin call (checked by a moderator)"
    edited.save()
    article_parse(article=article)
    edited.refresh_from_db()
    assert edited.title == "Trump–Putin call (checked by a moderator)"
    same_span = Citation.objects.filter(article=article, start=edited.citations.get().start, event__type="CONSULT")
    assert same_span.count() == 1


def test_reparse_keeps_a_first_approval(gazetteer: None) -> None:
    from tests.factories import ModeratorFactory

    article = parsed_article()
    approved = Statement.objects.filter(source_article=article).first()
    assert approved is not None
    Statement.objects.filter(pk=approved.pk).update(first_approved_by=ModeratorFactory.create())
    article_parse(article=article)
    assert Statement.objects.filter(pk=approved.pk, first_approved_by__isnull=False).exists()


def test_parsing_runs_the_same_number_of_queries_for_a_short_and_a_long_article(gazetteer: None) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    sentences = [
        "Trump will am Montag mit Putin telefonieren.",
        "Selenskyj traf Macron am Dienstag in Paris.",
        "Lawrow sagte am Mittwoch, Russland lehne den Plan ab.",
        "Die EU verhängte am Donnerstag neue Sanktionen gegen Russland.",
    ]
    from tracker.services.gazetteer import gazetteer_from_database

    gazetteer_from_database()  # built once and cached; not part of what is compared
    counts = []
    for repeat in (1, 4):
        text = "Meldung\n" + " ".join(f"{s[:-1]} ({i + 1}. Meldung)." for i in range(repeat) for s in sentences)
        article = ArticleFactory.create(text=text, status=ArticleStatus.PARSING)
        with CaptureQueriesContext(connection) as queries:
            article_parse(article=article)
        counts.append(len(queries))
        Event.objects.all().delete()  # no duplicate links between the two runs
    assert Event.objects.count() == 0
    assert counts[0] == counts[1]
