"""Filters by actor, type, occurrence, date range and free text; their state lives in the URL."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The weekly overview is cached (locmem, per process): start each test without it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def timeline(db):
    trump = ActorFactory.create(name="Donald Trump", slug="donald-trump")
    zelensky = ActorFactory.create(name="Volodymyr Zelensky", slug="volodymyr-zelensky")
    EventFactory.create(title="Planned phone call", type="CONSULT", occurrence="planned", review_status="confirmed",
                 date_start=dt.date(2025, 5, 19), actors=[trump])
    EventFactory.create(title="Cancelled summit", type="CONSULT", occurrence="cancelled", review_status="confirmed",
                 date_start=dt.date(2025, 3, 3), actors=[zelensky])
    EventFactory.create(title="New sanctions package", type="SANCTION", review_status="confirmed",
                 date_start=dt.date(2024, 12, 1))
    EventFactory.create(title="Vague meeting in Istanbul", type="CONSULT", review_status="confirmed", date_start=None,
                 date_end=dt.date(2025, 5, 18), date_precision="vague", date_value="PAST_REF")
    statement = StatementFactory.create(paraphrase="Zelensky calls for a ceasefire", review_status="confirmed",
                                 speaker=zelensky, date_start=dt.date(2025, 5, 10))
    peskov = ActorFactory.create(name="Dmitry Peskov", slug="dmitry-peskov")
    StatementFactory.create(paraphrase="Kremlin addresses Trump", review_status="confirmed",
                            date_start=dt.date(2025, 5, 11), speaker=peskov).addressed.add(trump)
    return statement


TITLES = ["Planned phone call", "Cancelled summit", "New sanctions package", "Vague meeting in Istanbul",
          "Zelensky calls for a ceasefire", "Kremlin addresses Trump"]


def shown(client, **params) -> set[str]:
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]), params).content.decode()
    return {title for title in TITLES if title in html}


def test_no_filter_shows_everything(client, timeline):
    assert shown(client) == set(TITLES)


def test_actor_filter_shows_their_events_and_statements_including_addressed(client, timeline):
    assert shown(client, actor="donald-trump") == {"Planned phone call", "Kremlin addresses Trump"}
    assert shown(client, actor="volodymyr-zelensky") == {"Cancelled summit", "Zelensky calls for a ceasefire"}


def test_type_filter_keeps_only_events_of_that_type(client, timeline):
    assert shown(client, type="SANCTION") == {"New sanctions package"}


def test_occurrence_filter(client, timeline):
    assert shown(client, occurrence="cancelled") == {"Cancelled summit"}
    assert shown(client, occurrence="planned") == {"Planned phone call"}


def test_kind_filter_shows_statements_only(client, timeline):
    assert shown(client, kind="statement") == {"Zelensky calls for a ceasefire", "Kremlin addresses Trump"}


def test_date_range_filter_matches_overlapping_entries_including_vague_ones(client, timeline):
    assert shown(client, date_from="2025-05-01", date_to="2025-05-31") == {
        "Planned phone call", "Vague meeting in Istanbul", "Zelensky calls for a ceasefire", "Kremlin addresses Trump"
    }
    assert shown(client, date_to="2024-12-31") == {"New sanctions package"}


def test_free_text_search(client, timeline):
    assert shown(client, q="ceasefire") == {"Zelensky calls for a ceasefire"}
    assert shown(client, q="SUMMIT") == {"Cancelled summit"}


def test_filter_form_shows_the_state_from_the_url(client, timeline):
    params = {"actor": "donald-trump", "type": "CONSULT", "q": "call", "date_from": "2025-01-01"}
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]), params).content.decode()
    assert '<option value="donald-trump" selected>' in html
    assert '<option value="CONSULT" selected>' in html
    assert 'name="q" value="call"' in html
    assert 'value="2025-01-01"' in html
    assert '<label for="id_actor">' in html


def test_invalid_filter_value_shows_an_error_instead_of_failing(client, timeline):
    response = client.get(reverse("timeline:conflict", args=["russia-ukraine"]), {"date_from": "not-a-date"})
    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()


def test_overview_bars_link_to_their_week_keeping_other_filters(client, timeline):
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]),
                      {"actor": "donald-trump"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<svg" in html
    assert 'href="?actor=donald-trump&amp;date_from=2025-05-12&amp;date_to=2025-05-18"' in html
    assert "Week of May 19, 2025: 1 entry" in html
    assert "Week of May 12, 2025: 0 entries" in html


def test_pagination_links_keep_the_filters(client, db):
    for i in range(55):
        EventFactory.create(title=f"Talk {i}", review_status="confirmed", type="CONSULT",
                     date_start=dt.date(2025, 1, 1) + dt.timedelta(days=i))
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]), {"type": "CONSULT"}).content.decode()
    assert 'href="?page=2&amp;type=CONSULT"' in html


def test_date_range_finds_a_long_interval_that_started_well_before_it(client, db):
    EventFactory.create(title="Year-long talks", review_status="confirmed", date_start=dt.date(2024, 1, 1),
                        date_end=dt.date(2024, 12, 31), date_precision="year")
    EventFactory.create(title="Early talks", review_status="confirmed", date_start=dt.date(2024, 1, 5))
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]),
                      {"date_from": "2024-12-01", "date_to": "2024-12-31"}).content.decode()
    assert "Year-long talks" in html and "Early talks" not in html


def test_active_filters_are_listed_in_words_with_links_that_remove_them(client, timeline):
    params = {"actor": "donald-trump", "type": "CONSULT", "page": "1"}
    url = reverse("timeline:conflict", args=["russia-ukraine"])
    html = client.get(url, params, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Filtered by" in html
    assert 'href="?type=CONSULT"' in html and "Actor: Donald Trump" in html
    assert 'href="?actor=donald-trump"' in html and "Type: Talks" in html


def test_submitted_form_redirects_to_a_url_with_only_the_filters_in_effect(client, timeline):
    url = reverse("timeline:conflict", args=["russia-ukraine"])
    response = client.get(url, {"q": "", "actor": "donald-trump", "type": "", "date_from": "", "date_to": ""})
    assert response.status_code == 302 and response["Location"] == f"{url}?actor=donald-trump"
    assert client.get(url, {"q": " "})["Location"] == url
