"""RSS/Atom feeds registered in the admin are polled; each new item's page is fetched, cleaned and stored once."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, ConflictFactory
from tests.local_http import atom, local_site, rss  # noqa: F401 - fixture
from tracker.ingest.feeds import FeedError, fetch, parse_feed
from tracker.models import Article, ArticleStatus, Feed
from tracker.services.feeds import feed_claim, feed_poll, feeds_due
from tracker.tasks import poll_feed, poll_feeds

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def allow_the_local_test_server(settings) -> None:
    settings.TRACKER_FEED_ALLOW_PRIVATE = True


def page(title: str, sentence: str, day: str = "2025-05-18") -> str:
    return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{day}T09:00:00Z">'
            f"<script>track()</script></head><body><nav>Menü</nav><article><h1>{title}</h1><p>{sentence}</p>"
            f"<p>Weitere Gespräche sollen in der kommenden Woche in Istanbul stattfinden, hieß es.</p></article>"
            f"<footer>Impressum</footer></body></html>")


@pytest.fixture
def news_site(local_site):  # noqa: F811
    local_site.add("/a1", page("Telefonat geplant", "Trump will am Montag mit Putin telefonieren."))
    local_site.add("/a2", page("Treffen in Paris", "Selenskyj traf am Dienstag Macron in Paris.", "2025-05-20"))
    local_site.add("/feed.xml", rss(
        ("Telefonat geplant", local_site.url("/a1?utm_source=rss"), "Sun, 18 May 2025 09:00:00 GMT"),
        ("Treffen in Paris", local_site.url("/a2"), "Tue, 20 May 2025 10:00:00 GMT"),
    ), content_type="application/rss+xml")
    return local_site


def test_polling_a_feed_stores_each_items_page_as_a_queued_article(news_site) -> None:
    conflict = ConflictFactory.create()
    feed = Feed.objects.create(url=news_site.url("/feed.xml"), name="Testschau", conflict=conflict, language="de")

    result = feed_poll(feed=feed)

    assert result.error == "" and len(result.created) == 2
    first = Article.objects.get(url_normalized__endswith="/a1")
    assert first.title == "Telefonat geplant"
    assert first.text.startswith("Trump will am Montag mit Putin telefonieren.")
    assert "Impressum" not in first.text and "track()" not in first.text
    assert first.feed == feed and first.conflict == conflict and first.source_name == "Testschau"
    assert first.language == "de" and first.status == ArticleStatus.QUEUED
    assert timezone.localdate(first.published_at) == date(2025, 5, 18)
    feed.refresh_from_db()
    assert feed.last_error == ""


def test_a_feeds_new_pages_are_fetched_side_by_side_and_stored_in_feed_order(local_site, settings) -> None:  # noqa: F811
    settings.TRACKER_FEED_FETCH_WORKERS = 4
    items = []
    for n in range(4):
        body = page(f"Meldung {n}", f"Selenskyj traf am Dienstag Macron zum {n + 1}. Mal.")
        local_site.add(f"/p{n}", body, delay=0.3)
        items.append((f"Meldung {n}", local_site.url(f"/p{n}"), "Tue, 20 May 2025 10:00:00 GMT"))
    local_site.add("/feed.xml", rss(*items), content_type="application/rss+xml")

    result = feed_poll(feed=Feed.objects.create(url=local_site.url("/feed.xml")))

    assert local_site.most_in_flight >= 2  # a slow page does not hold up the next ones
    titles = list(Article.objects.filter(pk__in=result.created).order_by("pk").values_list("title", flat=True))
    assert titles == [f"Meldung {n}" for n in range(4)]


def test_a_second_poll_fetches_no_known_page_again_and_stores_nothing_twice(news_site) -> None:
    feed = Feed.objects.create(url=news_site.url("/feed.xml"))
    feed_poll(feed=feed)
    news_site.requests.clear()

    again = feed_poll(feed=feed)

    assert again.created == [] and again.duplicates == 2
    assert news_site.requests == ["/feed.xml"]
    assert Article.objects.count() == 2


def test_an_atom_feed_works_too(local_site) -> None:  # noqa: F811
    local_site.add("/x", page("Waffenruhe", "Die Waffenruhe wurde am Mittwoch verlängert."))
    local_site.add("/atom", atom(("Waffenruhe", local_site.url("/x"), "2025-05-21T08:00:00Z")),
                   content_type="application/atom+xml")
    feed = Feed.objects.create(url=local_site.url("/atom"))

    assert len(feed_poll(feed=feed).created) == 1


def test_a_feed_that_is_not_xml_records_a_clear_error_and_changes_nothing(local_site, caplog) -> None:  # noqa: F811
    kept = ArticleFactory.create(url="http://127.0.0.1/kept")
    local_site.add("/notafeed", "<html><body><p>Hello, this is a web page.</p></body></html>")
    feed = Feed.objects.create(url=local_site.url("/notafeed"))

    with caplog.at_level(logging.WARNING, logger="tracker.feeds"):
        result = feed_poll(feed=feed)

    assert "not an RSS or Atom feed" in result.error
    feed.refresh_from_db()
    assert "not an RSS or Atom feed" in feed.last_error
    assert "not an RSS or Atom feed" in caplog.text
    assert list(Article.objects.values_list("pk", "status")) == [(kept.pk, kept.status)]


def test_a_feed_url_that_times_out_records_a_timeout_and_changes_nothing(local_site, settings, caplog) -> None:  # noqa: F811
    settings.TRACKER_FEED_TIMEOUT_SECONDS = 0.5
    kept = ArticleFactory.create()
    local_site.add("/slow.xml", rss(), delay=3, content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/slow.xml"))

    with caplog.at_level(logging.WARNING, logger="tracker.feeds"):
        result = feed_poll(feed=feed)

    assert "timed out" in result.error
    assert "timed out" in caplog.text
    feed.refresh_from_db()
    assert "timed out" in feed.last_error
    assert list(Article.objects.values_list("pk", flat=True)) == [kept.pk]


def test_an_item_whose_page_is_missing_is_reported_and_the_others_are_stored(local_site) -> None:  # noqa: F811
    local_site.add("/ok", page("Gipfel", "Die Außenminister trafen sich am Donnerstag in Brüssel."))
    local_site.add("/feed", rss(("Gone", local_site.url("/gone"), ""), ("Gipfel", local_site.url("/ok"), "")),
                   content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/feed"))

    result = feed_poll(feed=feed)

    assert len(result.created) == 1
    assert result.refused and "HTTP 404" in result.refused[0][1]
    feed.refresh_from_db()
    assert "1 item(s) refused" in feed.last_error


def test_a_feed_on_an_internal_address_is_refused_unless_allowed(local_site, settings) -> None:  # noqa: F811
    settings.TRACKER_FEED_ALLOW_PRIVATE = False
    local_site.add("/feed", rss(), content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/feed"))

    result = feed_poll(feed=feed)

    assert "is an internal address (127.0.0.1)" in result.error
    assert local_site.requests == []
    with pytest.raises(FeedError, match="internal address"):
        fetch("http://localhost:6379/")
    with pytest.raises(FeedError, match="internal address"):
        fetch("http://10.0.0.1/feed")


def test_a_name_that_resolves_to_an_internal_address_on_connect_is_refused(local_site, monkeypatch) -> None:  # noqa: F811
    # DNS rebinding: the name looked public when checked, the connection reaches 127.0.0.1 anyway.
    local_site.add("/feed", rss(), content_type="application/rss+xml")
    monkeypatch.setattr("tracker.ingest.feeds.check_public_host", lambda url: None)

    with pytest.raises(FeedError, match="connected to an internal address"):
        fetch(local_site.url("/feed"))
    assert local_site.requests == []


def test_a_redirect_to_a_local_file_is_refused(local_site) -> None:  # noqa: F811
    local_site.add("/hop", b"", status=302)
    local_site.routes["/hop"].headers["Location"] = "file:///etc/passwd"

    with pytest.raises(FeedError, match="file:///etc/passwd' is not allowed|Refusing a redirect"):
        fetch(local_site.url("/hop"), allow_private=True)


def test_fetch_refuses_non_http_schemes() -> None:
    with pytest.raises(FeedError, match="Only http and https"):
        fetch("file:///etc/passwd")


def test_garbage_bytes_are_not_a_feed() -> None:
    for body in (b"", b"\x00\x01\x02", b"{\"json\": true}", b"plain text"):
        with pytest.raises(FeedError):
            parse_feed(body)


def test_the_beat_task_polls_due_feeds_once(news_site, settings) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from config.celery import app

    app.conf.task_always_eager = True
    try:
        feed = Feed.objects.create(url=news_site.url("/feed.xml"))
        Feed.objects.create(url=news_site.url("/inactive.xml"), is_active=False)

        assert poll_feeds.delay().get() == 1
        assert Article.objects.filter(feed=feed).count() == 2
        assert feeds_due() == []
        assert poll_feed.delay(feed.pk).get() == "skipped: polled recently"
        assert not feed_claim(feed_id=feed.pk)
        assert feed_claim(feed_id=feed.pk, force=True)
    finally:
        app.conf.task_always_eager = False


def test_an_unchanged_feed_answering_304_is_not_read_again(local_site) -> None:  # noqa: F811
    local_site.add("/cached.xml", b"", status=304, content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/cached.xml"), etag='"v1"', last_error="old error")

    result = feed_poll(feed=feed)

    assert result.not_modified and result.error == "" and result.created == []
    feed.refresh_from_db()
    assert feed.last_error == "" and feed.etag == '"v1"'
