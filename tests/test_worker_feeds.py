"""End to end with a real worker on Redis: beat's poll_feeds task → poll_feed → page fetched from a local server →
article stored → parsed into proposals."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import wait_until
from tests.local_http import local_site, rss  # noqa: F401 - fixture
from tracker.models import Article, ArticleStatus, Event, Feed
from tracker.tasks import poll_feeds

pytestmark = [pytest.mark.services, pytest.mark.slow]

PAGE = ("<html><head><title>Telefonat</title><meta property='article:published_time' content='2025-05-18'></head>"
        "<body><article><h1>Telefonat</h1><p>US-Präsident Donald Trump telefonierte am Montag mit Kremlchef "
        "Wladimir Putin über eine Waffenruhe in der Ukraine.</p></article></body></html>")


def test_a_registered_feed_is_polled_by_the_worker_and_its_items_parsed(
    celery_worker_factory: Any, local_site: Any,  # noqa: F811
) -> None:
    local_site.add("/a", PAGE)
    local_site.add("/feed.xml", rss(("Telefonat", local_site.url("/a"), "Sun, 18 May 2025 09:00:00 GMT")),
                   content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/feed.xml"), language="de")
    worker = celery_worker_factory(extra_env={"TRACKER_FEED_ALLOW_PRIVATE": "1"})

    poll_feeds.delay()  # what beat sends every TRACKER_FEED_POLL_SECONDS

    def parsed() -> bool:
        return Article.objects.filter(feed=feed, status=ArticleStatus.PARSED).exists()

    assert wait_until(parsed, timeout=60), worker.log
    article = Article.objects.get(feed=feed)
    assert article.title == "Telefonat" and article.text.startswith("US-Präsident Donald Trump telefonierte")
    assert Event.objects.filter(source_article=article).exists()
    feed.refresh_from_db()
    assert feed.last_polled_at is not None and feed.last_error == ""
    assert local_site.requests == ["/feed.xml", "/a"]
