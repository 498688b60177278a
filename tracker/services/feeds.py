"""Feed polling: fetch a registered RSS/Atom feed, fetch each new item's page, ingest it once.

A poll never changes stored articles: items whose normalised URL is already stored are skipped without a request,
and a feed that times out or is not XML only records its error on the feed (visible in the admin) and is logged.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from tracker.ingest.feeds import FeedError, FeedItem, Fetched, fetch, parse_feed
from tracker.ingest.html import max_html_bytes
from tracker.ingest.pages import ingest_content
from tracker.models import Feed
from tracker.services.articles import ArticleRejected, find_existing_article

__all__ = ["FeedPollResult", "feed_claim", "feed_poll", "feeds_due"]

logger = logging.getLogger("tracker.feeds")


@dataclass(slots=True)
class FeedPollResult:
    feed_id: int
    created: list[int] = field(default_factory=list)
    duplicates: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""
    not_modified: bool = False


def _timeout() -> float:
    return float(getattr(settings, "TRACKER_FEED_TIMEOUT_SECONDS", 10))


def _allow_private() -> bool:
    return bool(getattr(settings, "TRACKER_FEED_ALLOW_PRIVATE", False))


def _poll_interval() -> timedelta:
    return timedelta(seconds=int(getattr(settings, "TRACKER_FEED_POLL_SECONDS", 900)))


def feeds_due(*, now: datetime | None = None) -> list[int]:
    """Active feeds not polled within the poll interval."""
    now = now or timezone.now()
    cutoff = now - _poll_interval() + timedelta(seconds=5)  # beat jitter must not skip a round
    due = Feed.objects.filter(is_active=True).filter(Q(last_polled_at__isnull=True) | Q(last_polled_at__lt=cutoff))
    return list(due.order_by("id").values_list("pk", flat=True))


def feed_claim(*, feed_id: int, now: datetime | None = None, force: bool = False) -> bool:
    """Atomically mark a feed as being polled now; False when another poll just did (two beats, two workers)."""
    now = now or timezone.now()
    rows = Feed.objects.filter(pk=feed_id, is_active=True)
    if not force:
        rows = rows.filter(Q(last_polled_at__isnull=True) | Q(last_polled_at__lt=now - _poll_interval() / 2))
    return rows.update(last_polled_at=now) == 1


def _fetch_workers() -> int:
    return max(1, int(getattr(settings, "TRACKER_FEED_FETCH_WORKERS", 4)))


def _fetch_page(item: FeedItem) -> Fetched | FeedError:
    """The item's page, or the error that kept it (network only, no database: runs in a worker thread)."""
    try:
        return fetch(item.url, timeout=_timeout(), max_bytes=max_html_bytes(), accept="text/html,*/*;q=0.5",
                     allow_private=_allow_private())
    except FeedError as exc:
        return exc


def _ingest_items(feed: Feed, items: list[FeedItem]) -> list[tuple[str, int | str]]:
    """('created', id) | ('duplicate', id) | ('refused', message) per item, in feed order. Known URLs are skipped
    without a request; the new pages are fetched a few at a time (one slow site does not hold up the rest) and
    stored one after the other."""
    outcomes: list[tuple[str, int | str] | None] = []
    new: list[tuple[int, FeedItem]] = []
    for item in items:
        existing = find_existing_article(url=item.url)
        outcomes.append(("duplicate", existing.pk) if existing is not None else None)
        if existing is None:
            new.append((len(outcomes) - 1, item))
    with ThreadPoolExecutor(max_workers=_fetch_workers()) as pool:
        pages = list(pool.map(_fetch_page, [item for _index, item in new]))
    for (index, item), page in zip(new, pages, strict=True):
        outcomes[index] = _store_page(feed, item, page)
    return [outcome for outcome in outcomes if outcome is not None]


def _store_page(feed: Feed, item: FeedItem, page: Fetched | FeedError) -> tuple[str, int | str]:
    if isinstance(page, FeedError):
        logger.warning("feed %s: item %s not fetched: %s", feed.pk, item.url, page)
        return "refused", str(page)
    source = feed.name or urlsplit(feed.url).hostname or ""
    try:
        result = ingest_content(
            page.body, channel=f"feed {feed.pk}", is_html=True, charset=page.charset, url=item.url,
            title=item.title, published_at=item.published, language=feed.language, conflict=feed.conflict,
            source_name=source, feed=feed,
        )
    except ArticleRejected as exc:
        return "refused", str(exc)
    return ("created" if result.created else "duplicate"), result.article.pk


def _record(feed: Feed, *, error: str, etag: str | None = None, modified: str | None = None) -> None:
    fields: dict[str, object] = {"last_error": error[:5000]}
    if etag is not None:
        fields["etag"] = etag[:300]
    if modified is not None:
        fields["modified"] = modified[:100]
    Feed.objects.filter(pk=feed.pk).update(**fields)


def feed_poll(*, feed: Feed) -> FeedPollResult:
    """Poll one feed now; errors are recorded on the feed and logged, never raised."""
    result = FeedPollResult(feed_id=feed.pk)
    max_items = int(getattr(settings, "TRACKER_FEED_MAX_ITEMS", 50))
    try:
        fetched = fetch(feed.url, timeout=_timeout(), max_bytes=max_html_bytes(), etag=feed.etag,
                        modified=feed.modified, allow_private=_allow_private(),
                        accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        if fetched.not_modified:
            result.not_modified = True
            _record(feed, error="")
            return result
        items = parse_feed(fetched.body)
    except FeedError as exc:
        result.error = str(exc)
        logger.warning("feed %s (%s) failed: %s", feed.pk, feed.url, exc)
        _record(feed, error=result.error)
        return result
    for item, (outcome, value) in zip(items[:max_items], _ingest_items(feed, items[:max_items]), strict=True):
        if outcome == "created":
            result.created.append(int(value))
        elif outcome == "duplicate":
            result.duplicates += 1
        else:
            result.refused.append((item.url, str(value)))
    summary = "; ".join(f"{url}: {message}" for url, message in result.refused[:5])
    _record(feed, error=f"{len(result.refused)} item(s) refused: {summary}" if result.refused else "",
            etag=fetched.etag, modified=fetched.modified)
    logger.info("feed %s polled: %d new, %d known, %d refused", feed.pk, len(result.created), result.duplicates,
                len(result.refused))
    return result
