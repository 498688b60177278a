"""The public timeline page: confirmed entries in date order, grouped by month, with dates, actors and sources."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from tests.factories import (
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    ConflictFactory,
    EventFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The weekly overview is cached (locmem, per process): start each test without it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def call(db):
    trump = ActorFactory.create(name="Donald Trump", slug="donald-trump")
    putin = ActorFactory.create(name="Vladimir Putin", slug="vladimir-putin")
    event = EventFactory.create(
        title="Trump–Putin phone call", type="CONSULT", occurrence="planned", review_status="confirmed",
        date_start=dt.date(2025, 5, 19), date_precision="time", date_value="2025-05-19TMO", date_note="US local time",
        actors=[trump, putin],
    )
    article = ArticleFactory.create(url="https://example.org/news/1", source_name="Example News",
                                    title="Trump ruft Putin an")
    CitationFactory.create(article=article, event=event)
    return event


def timeline_url(**params) -> str:
    from urllib.parse import urlencode

    url = reverse("timeline:conflict", args=["russia-ukraine"])
    return f"{url}?{urlencode(params)}" if params else url


def test_timeline_shows_confirmed_event_with_precise_date_actors_and_numbered_source(client, call):
    response = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Trump–Putin phone call" in html
    assert "May 19, 2025, morning (US local time)" in html
    assert 'href="/actors/donald-trump/"' in html and "Vladimir Putin" in html
    assert 'class="sources"' in html and 'href="https://example.org/news/1"' in html
    assert "Planned" in html and "occurrence-planned" in html
    assert "Talks" in html


def test_timeline_in_german_shows_german_date_and_labels(client, call):
    response = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="de")
    html = response.content.decode()
    assert "19. Mai 2025, morgens (US-Ortszeit)" in html
    assert "Geplant" in html
    assert '<html lang="de">' in html


def test_pending_event_is_not_public(client, call):
    EventFactory.create(title="Secret pending proposal", review_status="pending")
    EventFactory.create(title="Rejected proposal", review_status="rejected")
    html = client.get(timeline_url()).content.decode()
    assert "Secret pending proposal" not in html
    assert "Rejected proposal" not in html


def test_entries_are_in_date_order_and_grouped_by_month(client, call):
    StatementFactory.create(paraphrase="Peskov confirms the talks", review_status="confirmed",
                            date_start=dt.date(2025, 5, 18))
    EventFactory.create(title="Istanbul talks", review_status="confirmed", date_start=dt.date(2025, 5, 16))
    EventFactory.create(title="April meeting", review_status="confirmed", date_start=dt.date(2025, 4, 2))
    html = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    positions = [html.index(text) for text in ("April meeting", "Istanbul talks", "Peskov confirms", "Trump–Putin")]
    assert positions == sorted(positions)
    assert html.index("April 2025") < html.index("April meeting") < html.index("May 2025") < html.index("Istanbul")


def test_cancelled_event_says_cancelled(client, db):
    EventFactory.create(title="Summit in Riyadh", occurrence="cancelled", review_status="confirmed")
    html = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Cancelled" in html and "occurrence-cancelled" in html


def test_unknown_conflict_is_404(client, db):
    assert client.get(reverse("timeline:conflict", args=["nowhere"])).status_code == 404


def test_home_links_each_conflict_timeline_with_its_public_counts(client, db):
    ConflictFactory.create()
    EventFactory.create(review_status="confirmed")
    EventFactory.create(review_status="pending")
    StatementFactory.create(review_status="confirmed")
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/c/russia-ukraine/"' in html
    assert "1 confirmed event, 1 statement" in html


def test_page_shows_fifty_entries_and_links_to_the_next_page(client, db):
    for i in range(60):
        EventFactory.create(title=f"Numbered event {i:03d}", review_status="confirmed",
                     date_start=dt.date(2025, 1, 1) + dt.timedelta(days=i))
    first = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert first.count('class="entry entry-event') == 50
    assert "Numbered event 049" in first and "Numbered event 050" not in first
    assert 'rel="next" href="?page=2"' in first
    second = client.get(timeline_url(page=2)).content.decode()
    assert second.count('class="entry entry-event') == 10
    assert "Numbered event 050" in second


def test_timeline_page_runs_a_constant_number_of_queries(client, db, django_assert_max_num_queries):
    article = ArticleFactory.create(url="https://example.org/a")
    actors = [ActorFactory.create() for _ in range(3)]

    def add(n: int) -> None:
        for i in range(n):
            day = dt.date(2025, 1, 1 + i % 28)
            event = EventFactory.create(review_status="confirmed", actors=actors, date_start=day)
            CitationFactory.create(article=article, event=event, start=i, end=i + 5)
            statement = StatementFactory.create(review_status="confirmed", speaker=actors[0])
            statement.addressed.set(actors[1:])  # type: ignore[attr-defined]
            CitationFactory.create(article=article, statement=statement, start=i, end=i + 5)

    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add(2)
    cache.clear()  # the overview is cached per data version; measure the uncached page both times
    with CaptureQueriesContext(connection) as small:
        client.get(timeline_url())
    add(40)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        response = client.get(timeline_url())
    assert response.status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries) <= 13
    with CaptureQueriesContext(connection) as warm:
        client.get(timeline_url())
    assert len(warm.captured_queries) <= 10  # totals, overview and filter options come from the cache
    with django_assert_max_num_queries(16):
        client.get(timeline_url(actor=actors[0].slug, q="Event"))


def test_pages_in_the_second_half_continue_the_same_date_order(client, db):
    for i in range(130):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i // 2)
        EventFactory.create(title=f"Ordered event {i:03d}", review_status="confirmed", date_start=day)
    seen: list[str] = []
    for page in (1, 2, 3):
        html = client.get(timeline_url(page=page)).content.decode()
        seen += re.findall(r"Ordered event \d{3}(?=<)", html)
    assert seen == [f"Ordered event {i:03d}" for i in range(130)]


def test_empty_timeline_says_so(client, db):
    ConflictFactory.create()
    EventFactory.create(title="Only pending", review_status="pending")
    html = client.get(timeline_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "No confirmed entries match these filters." in html and "<svg" not in html


def test_actor_page_runs_a_constant_number_of_queries(client, db):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    actor = ActorFactory.create(name="Donald Trump", slug="donald-trump")
    other = ActorFactory.create()
    article = ArticleFactory.create(url="https://example.org/b")

    def add(n: int) -> None:
        for i in range(n):
            event = EventFactory.create(review_status="confirmed", actors=[actor, other])
            CitationFactory.create(article=article, event=event, start=i, end=i + 5)
            StatementFactory.create(review_status="confirmed", speaker=actor).addressed.add(other)

    url = reverse("timeline:actor", args=["donald-trump"])
    add(1)
    cache.clear()
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    add(30)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)
