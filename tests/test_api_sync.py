"""Cursor pages with Link headers, incremental sync by updated_since, and tombstones keep a client mirror exact."""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient

from tests.factories import CitationFactory, EventFactory, ModeratorFactory, StatementFactory
from tracker.models import Event
from tracker.services.proposals import proposal_confirm, proposal_merge, proposal_unpublish, proposal_update

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_api_state(settings: Any) -> None:
    """Fresh throttle counters; no page cache, so each request sees the data as the test left it."""
    cache.clear()
    settings.TRACKER_API_CACHE_SECONDS = 0


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


def follow_links(client: APIClient, url: str) -> list[dict[str, Any]]:
    """Walk the pages through the Link header, as a generic HTTP client would."""
    items: list[dict[str, Any]] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        items.extend(response.json()["results"])
        link = response.headers.get("Link", "")
        nexts = [part.split(";")[0].strip()[1:-1] for part in link.split(",") if 'rel="next"' in part]
        url = nexts[0] if nexts else ""
    return items


def test_cursor_pages_cover_every_event_once_in_date_order(anon: APIClient) -> None:
    days = [dt.date(2025, 5, 1) + dt.timedelta(days=i % 4) for i in range(23)]
    events = [EventFactory.create(review_status="confirmed", date_start=day) for day in days]
    undated = [EventFactory.create(review_status="confirmed", date_start=None, date_end=None, date_precision="vague")
               for _ in range(4)]

    items = follow_links(anon, "/api/v1/events/?page_size=5")

    expected = [e.pk for e in sorted(events, key=lambda e: (e.date_start, e.pk))] + [e.pk for e in undated]
    assert [i["id"] for i in items] == expected  # undated entries come last, and are not lost


@pytest.mark.parametrize("page_size", [1, 2, 3, 5, 50])
def test_descending_date_pages_and_previous_links_agree(anon: APIClient, page_size: int) -> None:
    dated = [EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 5, 1 + i % 3)) for i in range(5)]
    undated = [EventFactory.create(review_status="confirmed", date_start=None, date_end=None) for _ in range(3)]
    expected = [e.pk for e in reversed(undated)] + [
        e.pk for e in sorted(dated, key=lambda e: (e.date_start, e.pk), reverse=True)
    ]

    pages = []
    url = f"/api/v1/events/?ordering=-date&page_size={page_size}"
    while url:
        pages.append(anon.get(url).json())
        url = pages[-1]["next"]
    backwards = [pages[-1]]
    while backwards[-1]["previous"]:
        backwards.append(anon.get(backwards[-1]["previous"]).json())

    assert [i["id"] for page in pages for i in page["results"]] == expected
    assert [[i["id"] for i in p["results"]] for p in reversed(backwards)] == [
        [i["id"] for i in p["results"]] for p in pages
    ]


def test_first_page_announces_size_and_next_link(anon: APIClient) -> None:
    for _ in range(3):
        EventFactory.create(review_status="confirmed")

    response = anon.get("/api/v1/events/?page_size=2")
    body = response.json()

    assert body["page_size"] == 2
    assert response["X-Page-Size"] == "2"
    assert body["previous"] is None
    assert response["Link"] == (
        f'<{body["next"]}>; rel="next", <http://testserver/api/v1/events/?page_size=2>; rel="first"'
    )
    assert anon.get("/api/v1/events/")["X-Page-Size"] == "50"


def test_page_size_is_capped_at_the_published_maximum(anon: APIClient) -> None:
    EventFactory.create(review_status="confirmed")

    assert anon.get("/api/v1/events/?page_size=100000").json()["page_size"] == 500


def test_new_rows_do_not_shift_pages_already_handed_out(anon: APIClient) -> None:
    first_batch = [EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 5, 10)) for _ in range(4)]
    page1 = anon.get("/api/v1/events/?page_size=2").json()
    EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 5, 1))  # sorts before the cursor

    page2 = anon.get(page1["next"]).json()

    assert [i["id"] for i in page1["results"] + page2["results"]] == [e.pk for e in first_batch]


def test_previous_link_walks_back_to_the_same_pages(anon: APIClient) -> None:
    for day in range(1, 8):
        EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 5, day % 3 + 1))
    page1 = anon.get("/api/v1/events/?page_size=3").json()
    page2 = anon.get(page1["next"]).json()
    page3 = anon.get(page2["next"]).json()

    back = anon.get(page3["previous"]).json()

    assert back["results"] == page2["results"]
    assert page3["next"] is None
    assert anon.get(back["previous"]).json()["results"] == page1["results"]


def test_descending_updated_at_pages_are_complete(anon: APIClient) -> None:
    events = [EventFactory.create(review_status="confirmed") for _ in range(7)]

    items = follow_links(anon, "/api/v1/events/?page_size=3&ordering=-updated_at")

    assert [i["id"] for i in items] == [e.pk for e in sorted(events, key=lambda e: (e.updated_at, e.pk),
                                                             reverse=True)]


@pytest.mark.parametrize("payload", [None, {"v": "not-a-date", "i": 1, "r": False}, {"v": "2025-05-01", "i": "1",
                                     "r": False}, {"v": "2025-05-01", "i": 1, "r": "yes"}, {"v": "2025-05-01"}, []])
def test_tampered_cursor_is_a_404_not_a_500(anon: APIClient, payload: object) -> None:
    EventFactory.create(review_status="confirmed")
    raw = "garbage!" if payload is None else base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()

    assert anon.get("/api/v1/events/", {"cursor": raw}).status_code == 404


def test_updated_since_returns_new_and_changed_entries(anon: APIClient) -> None:
    old = EventFactory.create(review_status="confirmed")
    changed = EventFactory.create(review_status="confirmed")
    Event.objects.filter(pk__in=[old.pk, changed.pk]).update(updated_at=timezone.now() - dt.timedelta(days=2))
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    changed.refresh_from_db()
    changed.title = "Corrected"
    changed.save()
    new = EventFactory.create(review_status="confirmed")

    response = anon.get("/api/v1/events/", {"updated_since": since, "ordering": "updated_at"})

    assert [i["id"] for i in response.json()["results"]] == [changed.pk, new.pk]


def test_ids_of_merged_events_redirect_to_the_survivor(anon: APIClient) -> None:
    moderator = ModeratorFactory.create()
    survivor = EventFactory.create(review_status="confirmed")
    duplicate = EventFactory.create(review_status="confirmed")
    proposal_merge(user=moderator, entry=duplicate, into=survivor)

    response = anon.get(f"/api/v1/events/{duplicate.pk}/")

    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/v1/events/{survivor.pk}/")
    assert response.json()["merged_into"] == survivor.pk


def test_unpublished_event_is_gone(anon: APIClient) -> None:
    event = EventFactory.create(review_status="confirmed")
    proposal_unpublish(user=ModeratorFactory.create(), entry=event)

    assert anon.get(f"/api/v1/events/{event.pk}/").status_code == 410


def test_tombstones_list_unpublished_and_merged_entries(anon: APIClient) -> None:
    moderator = ModeratorFactory.create()
    survivor, duplicate, withdrawn = (EventFactory.create(review_status="confirmed") for _ in range(3))
    statement = StatementFactory.create(review_status="confirmed")
    before = timezone.now().isoformat()
    proposal_merge(user=moderator, entry=duplicate, into=survivor)
    proposal_unpublish(user=moderator, entry=withdrawn)
    proposal_unpublish(user=moderator, entry=statement)

    body = anon.get("/api/v1/tombstones/", {"updated_since": before}).json()
    events_only = anon.get("/api/v1/tombstones/?entity=event").json()

    assert [(t["entity"], t["object_id"], t["reason"], t["merged_into"]) for t in body["results"]] == [
        ("event", duplicate.pk, "merged", survivor.pk),
        ("event", withdrawn.pk, "unpublished", None),
        ("statement", statement.pk, "unpublished", None),
    ]
    assert len(events_only["results"]) == 2


def test_republished_entries_leave_the_tombstone_list(anon: APIClient) -> None:
    moderator = ModeratorFactory.create()
    event = EventFactory.create(review_status="confirmed")
    proposal_unpublish(user=moderator, entry=event)
    proposal_confirm(user=moderator, entry=Event.objects.get(pk=event.pk))

    assert anon.get("/api/v1/tombstones/").json()["results"] == []


def test_mirror_built_from_sync_equals_full_listing(anon: APIClient) -> None:
    """A client that syncs with updated_since + tombstones ends up with exactly the public set."""
    moderator = ModeratorFactory.create()
    events = [EventFactory.create(review_status="confirmed") for _ in range(6)]
    for event in events:
        CitationFactory.create(event=event)
    mirror = {item["id"]: item for item in follow_links(anon, "/api/v1/events/?page_size=4&ordering=updated_at")}
    mark = max(item["updated_at"] for item in mirror.values())
    tombstone_mark = timezone.now().isoformat()

    proposal_update(user=moderator, entry=events[0], changes={"title": "Renamed"})
    proposal_merge(user=moderator, entry=events[1], into=events[2])
    proposal_unpublish(user=moderator, entry=events[3])
    pending = EventFactory.create(review_status="pending")
    proposal_confirm(user=moderator, entry=pending)
    EventFactory.create(review_status="pending")  # never public

    for item in follow_links(anon, f"/api/v1/events/?ordering=updated_at&page_size=2&updated_since={_q(mark)}"):
        mirror[item["id"]] = item
    for tombstone in follow_links(anon, f"/api/v1/tombstones/?updated_since={_q(tombstone_mark)}&entity=event"):
        mirror.pop(tombstone["object_id"], None)

    truth = {item["id"]: item for item in follow_links(anon, "/api/v1/events/?page_size=500")}
    assert mirror == truth
    assert mirror[events[0].pk]["title"] == "Renamed"
    assert len(mirror[events[2].pk]["citations"]) == 2


def _q(value: str) -> str:
    from urllib.parse import quote

    return quote(value)


@pytest.mark.parametrize(
    "since", ["0409-03-13T19:10:19+21:32", "3501-12-27T02:29:41-18:13", "0001-01-01T00:00:00+05:00"]
)
def test_updated_since_with_absurd_offset_or_year_is_a_clear_answer_not_a_server_error(since: str) -> None:
    from rest_framework.test import APIClient

    for path in ("/api/v1/events/", "/api/v1/statements/", "/api/v1/conflicts/", "/api/v1/tombstones/"):
        response = APIClient().get(path, {"updated_since": since})
        assert response.status_code in (200, 400), (path, response.status_code)
