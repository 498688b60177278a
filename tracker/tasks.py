"""Celery tasks: take an id, claim the row atomically, call a service."""

from __future__ import annotations

import logging
import os
import time

from celery import Task, shared_task
from django.conf import settings
from django.db import DatabaseError, OperationalError

from tracker.models import Article, Feed
from tracker.services.articles import article_claim, article_parse, article_record_failure, articles_requeue_stuck
from tracker.services.feeds import feed_claim, feed_poll, feeds_due

logger = logging.getLogger("tracker.tasks")

MAX_RETRIES = 4


def retry_countdown(retries: int) -> int:
    """Exponential backoff: 2, 4, 8, 16 … seconds, capped at five minutes."""
    return int(min(300, 2 ** (retries + 1)))


def _test_delay() -> None:
    """Test-only hook: TRACKER_PARSE_DELAY_SECONDS makes a parse last that long after its claim, so that a test can
    kill the worker deterministically mid-parse. Unset (the default and in production) it does nothing."""
    delay = float(os.environ.get("TRACKER_PARSE_DELAY_SECONDS") or 0)
    if delay > 0:
        time.sleep(delay)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def parse_article(self: Task, article_id: int) -> str:
    if not article_claim(article_id=article_id):
        return "skipped: not queued"
    try:
        _test_delay()
        article = Article.objects.get(pk=article_id)
        article_parse(article=article)
    except Exception as exc:
        # The attempt counter lives on the row, so re-enqueued copies of the task cannot retry for ever.
        attempts = Article.objects.filter(pk=article_id).values_list("attempts", flat=True).first() or 0
        final = self.request.retries >= (self.max_retries or 0) or attempts >= settings.TRACKER_MAX_PARSE_ATTEMPTS
        message = f"{type(exc).__name__}: {exc}"
        logger.exception("Parsing article %s failed (attempt %s)", article_id, attempts)
        try:
            article_record_failure(article_id=article_id, error=message, final=final)
        except DatabaseError:
            logger.exception("Could not record the failure of article %s", article_id)
        if final:
            return f"failed: {message}"
        raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries)) from exc
    return "parsed"


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def requeue_stuck_articles() -> int:
    ids = articles_requeue_stuck()
    if ids:
        logger.info("Re-enqueued %d stuck articles", len(ids))
    return len(ids)


@shared_task(acks_late=True)
def poll_feed(feed_id: int, force: bool = False) -> str:
    """Poll one feed; a second copy of the task (two beats, a re-delivery) finds it claimed and does nothing."""
    if not feed_claim(feed_id=feed_id, force=force):
        return "skipped: polled recently"
    feed = Feed.objects.get(pk=feed_id)
    result = feed_poll(feed=feed)
    if result.error:
        return f"failed: {result.error}"
    return f"{len(result.created)} new, {result.duplicates} known, {len(result.refused)} refused"


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def poll_feeds() -> int:
    """Beat entry: one poll_feed task per active feed that is due."""
    ids = feeds_due()
    for feed_id in ids:
        poll_feed.delay(feed_id)
    return len(ids)
