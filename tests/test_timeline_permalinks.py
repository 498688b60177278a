"""Permalinks for events, statements and actors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, CitationFactory, EventFactory, StatementFactory
from timeline.selectors import event_url, statement_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Timeline totals, overview and filter options are cached (locmem, per process): start without them."""
    from django.core.cache import cache

    cache.clear()


def test_event_permalink_shows_the_event_with_its_sources(client, db):
    putin = ActorFactory.create(name="Vladimir Putin", slug="vladimir-putin")
    event = EventFactory.create(title="Trump–Putin call", review_status="confirmed", actors=[putin],
                         date_expression="am Montagmorgen")
    article = ArticleFactory.create(url="https://example.org/x", source_name="Example", title="Call")
    CitationFactory.create(article=article, event=event, start=0, end=12)
    url = event_url(event)
    assert url == f"/events/{event.pk}-trump-putin-call/"
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<h1" in html and "Trump–Putin call" in html
    assert 'href="https://example.org/x"' in html and "am Montagmorgen" in html
    assert 'href="/actors/vladimir-putin/"' in html


def test_event_permalink_with_old_words_redirects_to_the_current_title(client, db):
    event = EventFactory.create(title="Renamed event", review_status="confirmed")
    response = client.get(f"/events/{event.pk}-old-title/")
    assert response.status_code == 301 and response["Location"] == event_url(event)
    assert client.get(f"/events/{event.pk}/").status_code == 301


def test_statement_permalink_shows_quote_and_speaker(client, db):
    peskov = ActorFactory.create(name="Dmitry Peskov", slug="dmitry-peskov")
    statement = StatementFactory.create(speaker=peskov, paraphrase="The Kremlin confirms the call",
                                        quote="Ja, das stimmt", quote_language="de", review_status="confirmed")
    html = client.get(statement_url(statement)).content.decode()
    assert '<blockquote lang="de">' in html and "Ja, das stimmt" in html
    assert 'href="/actors/dmitry-peskov/"' in html


def test_actor_page_shows_their_events_and_statements_over_time(client, db):
    trump = ActorFactory.create(name="Donald Trump", slug="donald-trump")
    EventFactory.create(title="Later call", review_status="confirmed", date_start=dt.date(2025, 5, 19), actors=[trump])
    StatementFactory.create(speaker=trump, paraphrase="Earlier promise", review_status="confirmed",
                     date_start=dt.date(2025, 1, 20))
    EventFactory.create(title="Someone else's meeting", review_status="confirmed")
    html = client.get(reverse("timeline:actor", args=["donald-trump"])).content.decode()
    assert "<h1>Donald Trump</h1>" in html
    assert html.index("Earlier promise") < html.index("Later call")
    assert "Someone else" not in html


def test_unknown_actor_is_404(client, db):
    assert client.get(reverse("timeline:actor", args=["nobody"])).status_code == 404


def test_every_entry_on_the_timeline_links_to_its_permalink(client, db):
    event = EventFactory.create(review_status="confirmed")
    statement = StatementFactory.create(review_status="confirmed")
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"])).content.decode()
    assert f'href="{event_url(event)}"' in html and f'href="{statement_url(statement)}"' in html
    for url in (event_url(event), statement_url(statement)):
        assert client.get(url).status_code == 200
