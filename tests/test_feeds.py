"""Atom for any filtered view, an ICS calendar of planned events, and TimelineJS JSON."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET  # our own feed output, not untrusted input

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, CitationFactory, EventFactory, StatementFactory
from timeline.exports import ics_escape, ics_fold
from timeline.selectors import event_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Timeline totals, overview and filter options are cached (locmem, per process): start without them."""
    from django.core.cache import cache

    cache.clear()
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def trump(db):
    return ActorFactory.create(name="Donald Trump", slug="donald-trump")


@pytest.fixture
def putin(db):
    return ActorFactory.create(name="Vladimir Putin", slug="vladimir-putin")


@pytest.fixture
def monday_call(trump, putin):
    """The seed article: a Trump–Putin call planned for Monday morning (US local time), 19 May 2025."""
    event = EventFactory.create(
        title="Telefonat Trump–Putin", type="CONSULT", occurrence="planned", review_status="confirmed",
        date_start=dt.date(2025, 5, 19), date_precision="time", date_value="2025-05-19TMO",
        date_note="US local time", date_expression="am Montagmorgen (US-Ortszeit)", actors=[trump, putin],
    )
    article = ArticleFactory.create(url="https://example.org/seed", source_name="Seed")
    CitationFactory.create(article=article, event=event)
    return event


def test_atom_feed_lists_confirmed_entries_with_permalinks(client, monday_call):
    StatementFactory.create(paraphrase="Kremlin confirms the call", review_status="confirmed")
    response = client.get(reverse("timeline:conflict-atom", args=["russia-ukraine"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(  # noqa: S314
        response.content)
    titles = [entry.findtext(f"{ATOM}title") or "" for entry in root.iter(f"{ATOM}entry")]
    assert "Telefonat Trump–Putin" in titles and any("Kremlin confirms" in t for t in titles)
    links = [link.get("href") or "" for link in root.iter(f"{ATOM}link")]
    assert any(href.endswith(event_url(monday_call)) for href in links)


def test_atom_feed_follows_the_filters_in_its_url(client, monday_call, trump):
    EventFactory.create(title="Unrelated sanctions", type="SANCTION", review_status="confirmed")
    url = reverse("timeline:conflict-atom", args=["russia-ukraine"])
    filtered = ET.fromstring(  # noqa: S314
        client.get(url, {"actor": trump.slug}).content)
    titles = [entry.findtext(f"{ATOM}title") for entry in filtered.iter(f"{ATOM}entry")]
    assert titles == ["Telefonat Trump–Putin"]
    by_type = ET.fromstring(  # noqa: S314
        client.get(url, {"type": "SANCTION"}).content)
    assert [e.findtext(f"{ATOM}title") for e in by_type.iter(f"{ATOM}entry")] == ["Unrelated sanctions"]
    # the feed's alternate link is the same filtered HTML view
    alternate = [link.get("href") or "" for link in filtered.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
    assert alternate and "actor=donald-trump" in alternate[0]


def test_actor_page_offers_its_own_atom_feed(client, monday_call, putin):
    response = client.get(reverse("timeline:actor-atom", args=[putin.slug]))
    assert b"Telefonat Trump" in response.content


def test_ics_calendar_has_the_planned_monday_call(client, monday_call):
    EventFactory.create(title="Istanbul talks held", occurrence="occurred", review_status="confirmed")
    response = client.get(reverse("timeline:conflict-ics", args=["russia-ukraine"]))
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")  # every line ends in CRLF
    unfolded = body.replace("\r\n ", "")
    assert "SUMMARY:Telefonat Trump–Putin" in unfolded
    assert "DTSTART;VALUE=DATE:20250519\r\n" in unfolded and "DTEND;VALUE=DATE:20250520\r\n" in unfolded
    assert f"UID:event-{monday_call.pk}@testserver" in unfolded
    assert "morning (US local time)" in unfolded
    assert "Istanbul talks held" not in unfolded  # occurred, not planned
    assert unfolded.count("BEGIN:VEVENT") == 1
    for line in body.split("\r\n"):
        assert len(line.encode()) <= 75


def test_ics_calendar_in_german(client, monday_call):
    body = client.get(reverse("timeline:conflict-ics", args=["russia-ukraine"]), HTTP_ACCEPT_LANGUAGE="de")
    assert "19. Mai 2025\\, morgens (US-Ortszeit)" in body.content.decode().replace("\r\n ", "")


def test_ics_text_is_escaped_and_folded():
    assert ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = ics_fold("SUMMARY:" + "ä" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "ä" * 80


def test_timelinejs_export_uses_permalink_ids_type_groups_and_date_precision(client, monday_call):
    month = EventFactory.create(title="May ceasefire talks", type="AGREE", review_status="confirmed",
                         date_start=dt.date(2025, 5, 1), date_end=dt.date(2025, 5, 31), date_precision="month")
    response = client.get(reverse("timeline:conflict-timelinejs", args=["russia-ukraine"]), HTTP_ACCEPT_LANGUAGE="en")
    data = json.loads(response.content)
    by_title = {item["text"]["headline"]: item for item in data["events"]}
    call = by_title["Telefonat Trump–Putin"]
    assert call["unique_id"] == "event-" + event_url(monday_call).rstrip("/").rsplit("/", 1)[1]
    assert call["group"] == "Talks"
    assert call["start_date"] == {"year": 2025, "month": 5, "day": 19}
    assert call["display_date"] == "May 19, 2025, morning (US local time)"
    monthly = by_title["May ceasefire talks"]
    assert monthly["start_date"] == {"year": 2025, "month": 5}
    assert "end_date" not in monthly
    assert monthly["group"] == "Agreement" and monthly["precision"] == "month" and monthly["edtf"] == "2025-05"
    assert month.pk


def test_timelinejs_export_follows_filters(client, monday_call):
    EventFactory.create(title="Sanctions package", type="SANCTION", review_status="confirmed")
    url = reverse("timeline:conflict-timelinejs", args=["russia-ukraine"])
    data = json.loads(client.get(url, {"type": "SANCTION"}).content)
    assert [item["text"]["headline"] for item in data["events"]] == ["Sanctions package"]


def test_feed_links_on_the_page_carry_the_current_filters(client, monday_call, trump):
    html = client.get(reverse("timeline:conflict", args=["russia-ukraine"]), {"actor": trump.slug}).content.decode()
    assert 'href="/c/russia-ukraine/feed.atom?actor=donald-trump"' in html
    assert 'href="/c/russia-ukraine/planned.ics?actor=donald-trump"' in html
    assert 'href="/c/russia-ukraine/timeline.json?actor=donald-trump"' in html


@pytest.mark.parametrize("name", ["conflict-atom", "conflict-ics", "conflict-timelinejs"])
def test_feed_pollers_get_304_until_something_is_confirmed(client, monday_call, name):
    url = reverse(f"timeline:{name}", args=["russia-ukraine"])
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    EventFactory.create(title="Newly confirmed", occurrence="planned", review_status="confirmed")
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and b"Newly confirmed" in changed.content
    other_language = client.get(url, HTTP_IF_NONE_MATCH=changed["ETag"], HTTP_ACCEPT_LANGUAGE="de")
    assert other_language.status_code == 200


def test_atom_entry_ids_stay_the_same_when_a_title_is_edited(client, monday_call):
    url = reverse("timeline:conflict-atom", args=["russia-ukraine"])

    def ids() -> list[str]:
        root = ET.fromstring(client.get(url).content)  # noqa: S314
        return [entry.findtext(f"{ATOM}id") or "" for entry in root.iter(f"{ATOM}entry")]

    before = ids()
    monday_call.title = "Phone call between Trump and Putin"
    monday_call.save()
    assert ids() == before == [f"tag:conflict-timeline-tracker,2025:event/{monday_call.pk}"]
