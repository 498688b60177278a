"""Celery tasks: take an id, claim the row atomically, call a service."""

from __future__ import annotations

import logging

from celery import Task, shared_task
from django.db import DatabaseError, OperationalError

from tracker.models import Article
from tracker.services.articles import article_claim, article_parse, article_record_failure, articles_requeue_stuck

logger = logging.getLogger("tracker.tasks")

MAX_RETRIES = 4


def retry_countdown(retries: int) -> int:
    """Exponential backoff: 2, 4, 8, 16 … seconds, capped at five minutes."""
    return int(min(300, 2 ** (retries + 1)))


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def parse_article(self: Task, article_id: int) -> str:
    if not article_claim(article_id=article_id):
        return "skipped: not queued"
    try:
        article = Article.objects.get(pk=article_id)
        article_parse(article=article)
    except Exception as exc:
        final = self.request.retries >= (self.max_retries or 0)
        message = f"{type(exc).__name__}: {exc}"
        logger.exception("Parsing article %s failed (attempt %s)", article_id, self.request.retries + 1)
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
