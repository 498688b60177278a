"""The review queue runs a constant number of queries, however many rows the page shows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    EventFactory,
    ModeratorFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def make_proposals(n: int) -> None:
    """n pending proposals (three quarters events with two actors, a quarter statements), each with a citation."""
    actors = [ActorFactory.create(name=f"Queue Actor {i}") for i in range(6)]
    for actor in actors:
        ActorAliasFactory.create(actor=actor, text=actor.name.split()[-1] + "s")
    articles = [ArticleFactory.create() for _ in range(5)]
    for i in range(n):
        article = articles[i % len(articles)]
        if i % 4 == 3:
            statement = StatementFactory.create(speaker=actors[i % 6], source_article=article)
            statement.addressed.add(actors[(i + 1) % 6])
            CitationFactory.create(article=article, statement=statement, start=0, end=20, trigger_start=0,
                                   trigger_end=5)
        else:
            duplicate = EventFactory.create(review_status="confirmed") if i % 10 == 0 else None
            event = EventFactory.create(source_article=article, actors=[actors[i % 6], actors[(i + 2) % 6]],
                                        duplicate_of=duplicate, date_expression="am Montag")
            CitationFactory.create(article=article, event=event, start=0, end=20, trigger_start=0, trigger_end=5)


def queue_queries(client, n: int) -> tuple[int, str]:
    make_proposals(n)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("admin:tracker_review_queue"))
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


@pytest.fixture
def mod_client(client):
    client.force_login(ModeratorFactory.create())
    return client


def test_queue_with_10_and_100_rows_runs_the_same_number_of_queries(mod_client, django_db_blocker) -> None:
    small, small_html = queue_queries(mod_client, 10)
    from tracker.models import Citation, Event, Statement

    Citation.objects.all().delete()
    Event.objects.all().delete()
    Statement.objects.all().delete()
    large, large_html = queue_queries(mod_client, 100)
    assert small_html.count('name="selected"') == 10
    assert large_html.count('name="selected"') == 100
    assert large == small, f"10 rows: {small} queries, 100 rows: {large} queries"


def test_queue_page_with_100_rows_stays_under_a_fixed_query_budget(mod_client, django_assert_max_num_queries) -> None:
    make_proposals(100)
    with django_assert_max_num_queries(20):
        response = mod_client.get(reverse("admin:tracker_review_queue"))
    assert response.content.decode().count('name="selected"') == 100


def test_article_view_query_count_does_not_grow_with_proposals(mod_client) -> None:
    article = ArticleFactory.create()
    counts = []
    for batch in (5, 50):
        for _ in range(batch):
            event = EventFactory.create(source_article=article, actors=[ActorFactory.create()])
            CitationFactory.create(article=article, event=event, start=0, end=20)
        with CaptureQueriesContext(connection) as ctx:
            response = mod_client.get(reverse("admin:tracker_review_article", args=[article.pk]))
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


@pytest.mark.parametrize("model", ["event", "statement"])
def test_changelists_run_a_constant_number_of_queries(mod_client, model) -> None:
    counts = []
    for batch in (10, 90):
        make_proposals(batch)
        with CaptureQueriesContext(connection) as ctx:
            response = mod_client.get(reverse(f"admin:tracker_{model}_changelist"))
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts
