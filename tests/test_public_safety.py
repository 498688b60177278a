"""Only confirmed entries are public, everywhere; stored text is always escaped."""

from __future__ import annotations

import datetime as dt
import json

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

HIDDEN_STATUSES = ["pending", "rejected", "merged", "unpublished"]


@pytest.fixture
def actor(db):
    return ActorFactory.create(name="Dmitry Peskov", slug="dmitry-peskov")


def public_urls(actor_slug: str) -> list[str]:
    return [
        reverse("timeline:conflict", args=["russia-ukraine"]),
        reverse("timeline:conflict-atom", args=["russia-ukraine"]),
        reverse("timeline:conflict-ics", args=["russia-ukraine"]),
        reverse("timeline:conflict-timelinejs", args=["russia-ukraine"]),
        reverse("timeline:actor", args=[actor_slug]),
        reverse("timeline:actor-atom", args=[actor_slug]),
        reverse("timeline:actor-ics", args=[actor_slug]),
        reverse("timeline:actor-timelinejs", args=[actor_slug]),
    ]


@pytest.mark.parametrize("status", HIDDEN_STATUSES)
def test_hidden_event_appears_on_no_page_feed_or_export(client, actor, status):
    EventFactory.create(title="Visible confirmed talks", review_status="confirmed", occurrence="planned",
                        actors=[actor])
    hidden = EventFactory.create(title=f"Hidden {status} summit", review_status=status, occurrence="planned",
                                 actors=[actor])
    for url in public_urls(actor.slug):
        body = client.get(url).content.decode()
        assert "Hidden" not in body, url
    assert "Visible confirmed talks" in client.get(public_urls(actor.slug)[2]).content.decode()  # ICS has the real one
    assert client.get(reverse("timeline:event-short", args=[hidden.pk])).status_code == 404


@pytest.mark.parametrize("status", HIDDEN_STATUSES)
def test_hidden_statement_appears_on_no_page_feed_or_export(client, actor, status):
    StatementFactory.create(paraphrase="Visible remark", review_status="confirmed", speaker=actor)
    hidden = StatementFactory.create(paraphrase=f"Hidden {status} remark", review_status=status, speaker=actor)
    for url in public_urls(actor.slug):
        assert "Hidden" not in client.get(url).content.decode(), url
    assert client.get(reverse("timeline:statement-short", args=[hidden.pk])).status_code == 404


def test_merged_event_permalink_redirects_to_the_event_it_was_merged_into(client):
    target = EventFactory.create(title="Phone call", review_status="confirmed")
    merged = EventFactory.create(title="Phone call (duplicate)", review_status="merged", merged_into=target)
    response = client.get(reverse("timeline:event-short", args=[merged.pk]), follow=True)
    assert response.redirect_chain[0][1] == 301
    assert response.request["PATH_INFO"] == event_url(target)
    assert "Phone call (duplicate)" not in response.content.decode()


def test_merged_into_a_pending_event_is_still_404(client):
    target = EventFactory.create(review_status="pending")
    merged = EventFactory.create(review_status="merged", merged_into=target)
    assert client.get(reverse("timeline:event-short", args=[merged.pk])).status_code == 404


SCRIPT = '<script>alert("x")</script>'


@pytest.fixture
def hostile(actor):
    article = ArticleFactory.create(title=f"Headline {SCRIPT}", source_name=f"Source {SCRIPT}",
                             url="javascript:alert(1)", text=f"Body {SCRIPT} text and more text.")
    event = EventFactory.create(title=f"Talks {SCRIPT}", summary=f"Summary {SCRIPT}", review_status="confirmed",
                         occurrence="planned", actors=[actor])
    CitationFactory.create(article=article, event=event, start=0, end=20)
    statement = StatementFactory.create(paraphrase=f"Said {SCRIPT}", quote=f"Quote {SCRIPT}", review_status="confirmed",
                                 speaker=actor, date_start=dt.date(2025, 5, 18))
    CitationFactory.create(article=article, statement=statement, start=0, end=20)
    return event, statement


def test_script_in_article_text_and_quotes_is_escaped_on_every_page(client, hostile):
    event, statement = hostile
    pages = [
        reverse("timeline:conflict", args=["russia-ukraine"]),
        reverse("timeline:actor", args=["dmitry-peskov"]),
        event_url(event),
        statement_url(statement),
    ]
    for url in pages:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "<script>" not in html, url
        assert "&lt;script&gt;" in html, url
        assert 'href="javascript:' not in html, url


def test_script_is_escaped_in_atom_and_timelinejs(client, hostile):
    atom = client.get(reverse("timeline:conflict-atom", args=["russia-ukraine"])).content.decode()
    assert "<script>" not in atom
    # The summary is HTML carried as escaped text: a reader decodes it once and must still see escaped tags.
    assert "&amp;lt;script&amp;gt;" in atom
    data = json.loads(client.get(reverse("timeline:conflict-timelinejs", args=["russia-ukraine"])).content)
    for item in data["events"]:
        assert "<script>" not in item["text"]["headline"] + item["text"]["text"]
        assert "&lt;script&gt;" in item["text"]["headline"]


def test_cached_page_never_shows_an_entry_unpublished_behind_the_caches_back(client, db):
    from tracker.models import Event

    event = EventFactory.create(title="Soon rejected", review_status="confirmed")
    url = reverse("timeline:conflict", args=["russia-ukraine"])
    assert "Soon rejected" in client.get(url).content.decode()  # page keys and totals now cached
    Event.objects.filter(pk=event.pk).update(review_status="rejected")  # no save(): the data version stays
    assert "Soon rejected" not in client.get(url).content.decode()
    feed = client.get(reverse("timeline:conflict-atom", args=["russia-ukraine"]))
    assert "Soon rejected" not in feed.content.decode()
