"""Reliability with a real Celery worker on real Redis, sharing the test database.

- a worker killed with SIGKILL mid-parse: another worker parses the article, without duplicate proposals;
- Redis down when an article arrives: the client gets its 202, the row stays queued, and it is parsed once Redis is
  back (the periodic re-enqueue);
- a parse that raises is retried with backoff, then marked failed with its error in the admin, and re-parse works;
- 1,000 articles submitted concurrently by 20 clients: all stored exactly once, all parsed.

Beat's periodic re-enqueue is played by sending ``requeue_stuck_articles`` to the worker, whose environment shortens
TRACKER_STUCK_AFTER_SECONDS; TRACKER_PARSE_DELAY_SECONDS (a test-only hook in the task) keeps a parse running long
enough to kill its worker deterministically.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import wait_until
from tests.factories import UserFactory
from tracker.extraction.pipeline import extract
from tracker.models import Article, ArticleStatus, Citation, Event, Statement
from tracker.services.articles import article_ingest, article_request_parse, broker_backoff_reset
from tracker.tasks import parse_article, requeue_stuck_articles

pytestmark = [pytest.mark.services, pytest.mark.slow]

SEED = (Path(__file__).resolve().parent.parent / "tracker" / "demo" / "seed_article_de.txt").read_text("utf-8")
PUBLISHED = dt.date(2025, 5, 18)
FAST_RECOVERY = {"TRACKER_STUCK_AFTER_SECONDS": "1", "CELERY_VISIBILITY_TIMEOUT": "5"}


def status_of(article_id: int) -> str:
    return Article.objects.values_list("status", flat=True).get(pk=article_id)


def proposals_of(article: Article) -> tuple[int, int]:
    return (Event.objects.filter(source_article=article).count(),
            Statement.objects.filter(source_article=article).count())


def expected_proposals(text: str) -> tuple[int, int]:
    from tracker.services.gazetteer import gazetteer_from_database

    result = extract(text, published=PUBLISHED, language="de", gazetteer=gazetteer_from_database())
    return len(result.events), len(result.statements)


def test_a_worker_killed_mid_parse_leaves_the_article_to_another_worker_without_duplicates(
    celery_worker_factory: Any,
) -> None:
    doomed = celery_worker_factory(extra_env={"TRACKER_PARSE_DELAY_SECONDS": "60", **FAST_RECOVERY})
    article = article_ingest(text=SEED, published_at=PUBLISHED, language="de").article
    assert wait_until(lambda: status_of(article.pk) == ArticleStatus.PARSING, timeout=30), doomed.log

    doomed.kill()
    time.sleep(1.5)  # older than TRACKER_STUCK_AFTER_SECONDS in the rescuer's environment
    rescuer = celery_worker_factory(extra_env=FAST_RECOVERY)
    requeue_stuck_articles.delay()  # what beat sends every minute

    assert wait_until(lambda: status_of(article.pk) == ArticleStatus.PARSED, timeout=60), rescuer.log
    article.refresh_from_db()
    assert article.attempts == 2
    events, statements = proposals_of(article)
    assert (events, statements) == expected_proposals(article.text)
    assert events + statements > 0
    # A late copy of the message (re-delivered after the visibility timeout, or sent twice) changes nothing.
    parse_article.delay(article.pk)
    requeue_stuck_articles.delay()
    time.sleep(7)
    assert proposals_of(article) == (events, statements)
    assert Citation.objects.filter(article=article).count() == events + statements


def test_an_article_arriving_while_redis_is_down_gets_a_202_and_is_parsed_once_redis_is_back(
    celery_worker_factory: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from config.celery import app

    worker = celery_worker_factory(extra_env=FAST_RECOVERY)
    user = UserFactory.create(username="wire")
    user.user_permissions.add(*Permission.objects.filter(codename="add_article"))
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    # The producer's broker is a closed port; the shared Redis server itself keeps running.
    down = app.connection_for_write("redis://127.0.0.1:1/0")
    real_apply_async = parse_article.apply_async
    monkeypatch.setattr(parse_article, "apply_async",
                        lambda *args, **kwargs: real_apply_async(*args, connection=down, **kwargs))  # type: ignore[call-arg]
    try:
        first = client.post(reverse("api:article-list"), {
            "text": "Selenskyj und Macron trafen sich am Dienstag in Paris. Sie sprachen über eine Waffenruhe.",
            "published_at": "2025-05-20", "language": "de",
        }, format="json")
        started = time.monotonic()
        second = client.post(reverse("api:article-list"), {
            "text": "Lawrow und Rubio sprachen am Mittwoch in Riad über einen Gefangenenaustausch.",
            "published_at": "2025-05-21", "language": "de",
        }, format="json")
        second_took = time.monotonic() - started

        assert (first.status_code, second.status_code) == (202, 202), (first.content, second.content)
        assert second_took < 4  # a blocked publish takes ~6 s; after one failure the producer stops trying for a while
        ids = [first.json()["id"], second.json()["id"]]
        time.sleep(2)
        assert [status_of(pk) for pk in ids] == [ArticleStatus.QUEUED] * 2  # stored; nothing reached the worker

        monkeypatch.undo()  # Redis is back
        requeue_stuck_articles.delay()  # beat's periodic re-enqueue, run by the worker

        assert wait_until(lambda: all(status_of(pk) == ArticleStatus.PARSED for pk in ids), timeout=60), worker.log
        assert list(Article.objects.filter(pk__in=ids).values_list("attempts", flat=True)) == [1, 1]
    finally:
        broker_backoff_reset()


def test_a_parse_that_raises_is_retried_with_backoff_then_failed_and_can_be_parsed_again(
    celery_worker_factory: Any, admin_client: Any,
) -> None:
    worker = celery_worker_factory(extra_env={"TRACKER_MAX_PARSE_ATTEMPTS": "3"})
    # A row the pipeline cannot parse (whitespace-only text slipped past intake, e.g. an old import).
    broken = Article.objects.create(
        text="   \n  ", language="de", published_at=timezone.now(), content_hash="x" * 64,
        status=ArticleStatus.QUEUED, status_changed_at=timezone.now(),
    )
    started = time.monotonic()
    parse_article.delay(broken.pk)

    assert wait_until(lambda: status_of(broken.pk) == ArticleStatus.FAILED, timeout=60), worker.log
    elapsed = time.monotonic() - started
    broken.refresh_from_db()
    assert broken.attempts == 3
    assert "ExtractionError" in broken.last_error
    assert "Retry in 2s" in worker.log and "Retry in 4s" in worker.log
    assert elapsed >= 6  # 2 s + 4 s of backoff
    page = admin_client.get(reverse("admin:tracker_article_change", args=[broken.pk]))
    assert "ExtractionError" in page.content.decode()

    Article.objects.filter(pk=broken.pk).update(text="Trump und Putin telefonierten am Montag über die Ukraine.")
    article_request_parse(article=broken)

    assert wait_until(lambda: status_of(broken.pk) == ArticleStatus.PARSED, timeout=60), worker.log
    broken.refresh_from_db()
    assert broken.last_error == "" and broken.attempts == 1


SENTENCES = [
    "Trump und Putin telefonierten am Montag über eine Waffenruhe.",
    "Selenskyj traf am Dienstag Macron in Paris.",
    "Der Kreml kündigte für Mitte Mai Gespräche in Istanbul an.",
    "Lawrow und Rubio sprachen am Mittwoch über einen Gefangenenaustausch.",
    "Die EU beschloss am Freitag neue Sanktionen gegen Russland.",
]


def article_text(n: int) -> str:
    return f"{SENTENCES[n % len(SENTENCES)]} {SENTENCES[(n * 7 + 3) % len(SENTENCES)]} Meldung {n} der Agentur."


def test_a_thousand_articles_from_twenty_clients_are_stored_once_and_all_parsed(
    celery_worker_factory: Any,
) -> None:
    total, clients = 1000, 20
    worker = celery_worker_factory(concurrency=2)
    outcomes: list[tuple[int, bool]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def client(index: int) -> None:
        try:
            # Each client sends its 50 articles, then 10 of its neighbour's again (and the neighbour's URL form).
            mine = [n for n in range(total) if n % clients == index]
            theirs = [n for n in range(total) if n % clients == (index + 1) % clients][:10]
            for n in mine + theirs:
                result = article_ingest(
                    text=article_text(n), published_at=PUBLISHED, language="de",
                    url=f"https://news.example.org/{n}" + ("?utm_source=feed" if n in theirs else ""),
                )
                with lock:
                    outcomes.append((result.article.pk, result.created))
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            connections.close_all()

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    submitted = time.monotonic() - started

    assert not errors, errors
    assert len(outcomes) == total + clients * 10
    assert sum(created for _, created in outcomes) == total
    assert Article.objects.count() == total
    assert len({pk for pk, _ in outcomes}) == total

    def all_parsed() -> bool:
        return Article.objects.filter(status=ArticleStatus.PARSED).count() == total

    assert wait_until(all_parsed, timeout=240, interval=1), (
        Counter(Article.objects.values_list("status", flat=True)), worker.log[-3000:])
    elapsed = time.monotonic() - started
    assert not Article.objects.filter(attempts__gt=1).exists()
    sample = Article.objects.order_by("id").first()
    assert sample is not None and sum(proposals_of(sample)) == sum(expected_proposals(sample.text))
    print(f"\n1000 articles: submitted by 20 clients in {submitted:.1f} s, all parsed after {elapsed:.1f} s "
          f"({total / elapsed:.1f} articles/s end to end, worker concurrency 2, {connection.vendor})")
