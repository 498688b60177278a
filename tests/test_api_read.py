"""REST API reads: what anonymous, plain-token and moderator clients see, filters, formats, ETags, query counts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    ConflictFactory,
    EventFactory,
    ModeratorFactory,
    StatementFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_api_state(settings: Any) -> None:
    """Fresh throttle counters; no page cache, so each request sees the data as the test left it."""
    cache.clear()
    settings.TRACKER_API_CACHE_SECONDS = 0


def token_client(user: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


@pytest.fixture
def plain_token_client() -> APIClient:
    user = UserFactory.create()
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    return token_client(user)


@pytest.fixture
def moderator_client() -> APIClient:
    return token_client(ModeratorFactory.create())


def ids(response: object) -> list[int]:
    return [item["id"] for item in response.json()["results"]]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- visibility


def test_anonymous_client_sees_only_confirmed_events(anon: APIClient) -> None:
    confirmed = EventFactory.create(review_status="confirmed")
    for other in ("pending", "rejected", "merged", "unpublished"):
        EventFactory.create(review_status=other)

    response = anon.get("/api/v1/events/")

    assert response.status_code == 200
    assert ids(response) == [confirmed.pk]


@pytest.mark.parametrize("client_name", ["anon", "plain_token_client"])
def test_pending_entries_never_reach_non_moderators(client_name: str, request: pytest.FixtureRequest) -> None:
    client: APIClient = request.getfixturevalue(client_name)
    pending_event = EventFactory.create(review_status="pending", title="Secret pending event")
    pending_statement = StatementFactory.create(review_status="pending", paraphrase="Secret pending statement")

    listing = client.get("/api/v1/events/?review_status=pending")
    statements = client.get("/api/v1/statements/?review_status=pending")
    detail = client.get(f"/api/v1/events/{pending_event.pk}/")
    statement_detail = client.get(f"/api/v1/statements/{pending_statement.pk}/")
    csv_listing = client.get("/api/v1/events/?format=csv")

    assert listing.status_code == 403
    assert statements.status_code == 403
    assert detail.status_code == 404
    assert statement_detail.status_code == 404
    assert b"Secret pending" not in listing.content + statements.content + detail.content + csv_listing.content


def test_moderator_lists_pending_events_on_request(moderator_client: APIClient) -> None:
    EventFactory.create(review_status="confirmed")
    pending = EventFactory.create(review_status="pending")

    response = moderator_client.get("/api/v1/events/?review_status=pending")

    assert response.status_code == 200
    assert ids(response) == [pending.pk]
    assert response.json()["results"][0]["review_status"] == "pending"


def test_unknown_review_status_is_a_400(moderator_client: APIClient) -> None:
    assert moderator_client.get("/api/v1/events/?review_status=rejected").status_code == 400


# ---------------------------------------------------------------- shape


def test_event_carries_fuzzy_date_participants_and_citations(anon: APIClient) -> None:
    trump, putin = ActorFactory.create(name="Donald Trump"), ActorFactory.create(name="Vladimir Putin")
    event = EventFactory.create(
        review_status="confirmed", actors=[trump, putin], date_start=dt.date(2025, 5, 1),
        date_end=dt.date(2025, 5, 31), date_precision="month", date_mod="MID", date_expression="Mitte Mai",
    )
    article = ArticleFactory.create(url="https://example.org/a", source_name="Example")
    CitationFactory.create(event=event, article=article, start=0, end=10)

    item = anon.get(f"/api/v1/events/{event.pk}/").json()

    assert item["date"]["start"] == "2025-05-01"
    assert item["date"]["end"] == "2025-05-31"
    assert item["date"]["precision"] == "month"
    assert item["date"]["edtf"] == event.date_edtf != ""
    assert item["date"]["expression"] == "Mitte Mai"
    assert [p["slug"] for p in item["participants"]] == ["donald-trump", "vladimir-putin"]
    assert item["citations"][0]["article"]["url"] == "https://example.org/a"
    assert item["citations"][0]["sentence"] == article.text[0:10]
    assert item["conflict"] == "russia-ukraine"
    assert item["url"].endswith(f"/api/v1/events/{event.pk}/")
    assert "review_comment" not in item and "confidence" not in item


def test_actor_lists_its_aliases(anon: APIClient) -> None:
    actor = ActorFactory.create(name="Volodymyr Zelensky")
    ActorAliasFactory.create(actor=actor, text="Selenskyj", language="de")
    ActorAliasFactory.create(actor=actor, text="Präsident der Ukraine", language="de", is_role=True,
                      valid_from=dt.date(2019, 5, 20))

    item = anon.get(f"/api/v1/actors/{actor.pk}/").json()

    assert {a["text"] for a in item["aliases"]} == {"Selenskyj", "Präsident der Ukraine"}
    role = next(a for a in item["aliases"] if a["is_role"])
    assert role["valid_from"] == "2019-05-20"


def test_actor_names_the_organisation_its_official_acts_for(anon: APIClient) -> None:
    un = ActorFactory.create(name="United Nations", kind="organisation")
    guterres = ActorFactory.create(name="António Guterres", represents=un)

    item = anon.get(f"/api/v1/actors/{guterres.pk}/").json()

    assert item["represents"] == un.slug
    assert anon.get(f"/api/v1/actors/{un.pk}/").json()["represents"] is None


def test_statement_shows_speaker_addressed_and_citations(anon: APIClient) -> None:
    peskov, kyiv = ActorFactory.create(name="Dmitry Peskov"), ActorFactory.create(name="Ukraine", kind="state")
    statement = StatementFactory.create(review_status="confirmed", speaker=peskov, quote="Wir sind bereit")
    statement.addressed.add(kyiv)
    CitationFactory.create(statement=statement)

    item = anon.get("/api/v1/statements/").json()["results"][0]

    assert item["speaker"]["slug"] == "dmitry-peskov"
    assert [a["slug"] for a in item["addressed"]] == ["ukraine"]
    assert item["quote"] == "Wir sind bereit"
    assert len(item["citations"]) == 1


def test_conflicts_are_listed_by_slug(anon: APIClient) -> None:
    ConflictFactory.create(slug="israel-gaza", name="Israel–Gaza war")

    response = anon.get("/api/v1/conflicts/")

    assert [c["slug"] for c in response.json()["results"]] == ["israel-gaza"]


# ---------------------------------------------------------------- filters


def test_event_filters_combine(anon: APIClient) -> None:
    putin = ActorFactory.create(name="Vladimir Putin")
    trump = ActorFactory.create(name="Donald Trump")
    scholz = ActorFactory.create(name="Olaf Scholz")
    other_conflict = ConflictFactory.create(slug="other", name="Other")
    call = EventFactory.create(review_status="confirmed", actors=[putin, trump], type="CONSULT",
                               title="Telefonat Trump Putin", date_start=dt.date(2025, 5, 19))
    summit = EventFactory.create(review_status="confirmed", actors=[putin, trump], type="CONSULT", occurrence="planned",
                          title="Gipfel in Budapest", date_start=dt.date(2025, 10, 20))
    scholz_call = EventFactory.create(review_status="confirmed", actors=[putin, scholz], type="CONSULT",
                               date_start=dt.date(2024, 11, 15), title="Scholz ruft an")
    sanction = EventFactory.create(review_status="confirmed", actors=[trump], type="SANCTION", conflict=other_conflict,
                            date_start=dt.date(2025, 10, 22))

    def get(query: str) -> list[int]:
        response = anon.get(f"/api/v1/events/?{query}")
        assert response.status_code == 200, response.content
        return ids(response)

    assert get("actor=donald-trump") == [call.pk, summit.pk, sanction.pk]
    assert get(f"actor={scholz.pk}") == [scholz_call.pk]
    assert get("actor=olaf-scholz,donald-trump&type=CONSULT") == [scholz_call.pk, call.pk, summit.pk]
    assert get("type=SANCTION") == [sanction.pk]
    assert get("type=SANCTION&type=CONSULT&occurrence=planned") == [summit.pk]
    assert get("conflict=other") == [sanction.pk]
    assert get("conflict=russia-ukraine&date_from=2025-01-01&date_to=2025-10-21") == [call.pk, summit.pk]
    assert get("q=budapest") == [summit.pk]
    assert get("ordering=-date") == [sanction.pk, summit.pk, call.pk, scholz_call.pk]


def test_date_filters_match_overlapping_intervals(anon: APIClient) -> None:
    may = EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 5, 1), date_end=dt.date(2025, 5, 31),
                       date_precision="month")
    EventFactory.create(review_status="confirmed", date_start=dt.date(2025, 7, 1), date_end=dt.date(2025, 7, 1))

    response = anon.get("/api/v1/events/?date_from=2025-05-19&date_to=2025-05-19")

    assert ids(response) == [may.pk]


def test_statement_actor_filter_matches_the_speaker(anon: APIClient) -> None:
    peskov = ActorFactory.create(name="Dmitry Peskov")
    said = StatementFactory.create(review_status="confirmed", speaker=peskov)
    StatementFactory.create(review_status="confirmed")

    assert ids(anon.get("/api/v1/statements/?actor=dmitry-peskov")) == [said.pk]


def test_actor_search_finds_aliases(anon: APIClient) -> None:
    zelensky = ActorFactory.create(name="Volodymyr Zelensky")
    ActorAliasFactory.create(actor=zelensky, text="Selenskyj")
    ActorFactory.create(name="Vladimir Putin")

    assert ids(anon.get("/api/v1/actors/?q=selensk")) == [zelensky.pk]


@pytest.mark.parametrize("query", ["actor=%C2%B2", "conflict=%D9%A3,x", "page_size=%C2%B2", "q=a%00b", "actor=a%00"])
def test_odd_characters_in_filters_are_never_a_server_error(anon: APIClient, query: str) -> None:
    EventFactory.create(review_status="confirmed")

    assert anon.get(f"/api/v1/events/?{query}").status_code in (200, 400)


@pytest.mark.parametrize("query", ["date_from=yesterday", "type=NOPE", "updated_since=not-a-date", "ordering=title"])
def test_bad_filter_values_are_400_or_ignored_never_500(anon: APIClient, query: str) -> None:
    EventFactory.create(review_status="confirmed")

    response = anon.get(f"/api/v1/events/?{query}")

    assert response.status_code in (200, 400)
    if query != "ordering=title":
        assert response.status_code == 400


# ---------------------------------------------------------------- formats


def test_events_as_csv_one_row_per_event(anon: APIClient) -> None:
    putin = ActorFactory.create(name="Vladimir Putin")
    EventFactory.create(review_status="confirmed", actors=[putin], title="=HYPERLINK(evil)")
    EventFactory.create(review_status="confirmed", title="Second")

    response = anon.get("/api/v1/events/?format=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["title"] for r in rows] == ["'=HYPERLINK(evil)", "Second"]
    assert rows[0]["participants"] == "vladimir-putin (participant)"
    assert rows[0]["date_edtf"] == "2025-05-19"


def test_events_as_timelinejs_escape_text(anon: APIClient) -> None:
    EventFactory.create(review_status="confirmed", title="<script>alert(1)</script>", date_start=dt.date(2025, 5, 1),
                 date_end=dt.date(2025, 5, 31), date_precision="month")

    response = anon.get("/api/v1/events/?format=timelinejs")

    assert response.status_code == 200
    document = json.loads(response.content)
    slide = document["events"][0]
    assert slide["start_date"] == {"year": 2025, "month": 5}
    assert "<script>" not in slide["text"]["headline"]


def test_actors_as_csv(anon: APIClient) -> None:
    ActorAliasFactory.create(actor=ActorFactory.create(name="Volodymyr Zelensky"), text="Selenskyj")

    rows = list(csv.DictReader(io.StringIO(anon.get("/api/v1/actors/?format=csv").content.decode())))

    assert rows[0]["aliases"] == "Selenskyj [de]"


# ---------------------------------------------------------------- conditional GET


def test_list_etag_gives_304_until_data_changes(anon: APIClient) -> None:
    event = EventFactory.create(review_status="confirmed")
    first = anon.get("/api/v1/events/")
    etag = first["ETag"]

    unchanged = anon.get("/api/v1/events/", HTTP_IF_NONE_MATCH=etag)
    event.title = "Changed title"
    event.save()
    changed = anon.get("/api/v1/events/", HTTP_IF_NONE_MATCH=etag)

    assert unchanged.status_code == 304
    assert unchanged.content == b""
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_etag_differs_between_formats(anon: APIClient) -> None:
    EventFactory.create(review_status="confirmed")

    assert anon.get("/api/v1/events/")["ETag"] != anon.get("/api/v1/events/?format=csv")["ETag"]


def test_public_pages_are_served_from_the_short_cache_until_it_expires(anon: APIClient, settings: Any) -> None:
    settings.TRACKER_API_CACHE_SECONDS = 60
    event = EventFactory.create(review_status="confirmed", title="Before")
    first = anon.get("/api/v1/events/")
    event.title = "After"
    event.save()

    with CaptureQueriesContext(connection) as captured:
        second = anon.get("/api/v1/events/")
    bypass = anon.get("/api/v1/events/", HTTP_CACHE_CONTROL="no-cache")
    csv_page = anon.get("/api/v1/events/?format=csv")

    assert (first["X-Cache"], second["X-Cache"], bypass["X-Cache"]) == ("miss", "hit", "miss")
    assert second.content == first.content
    assert second["Content-Type"] == "application/json"
    assert second["ETag"] == first["ETag"]
    assert second["Link"] == first["Link"]
    assert len(captured) == 0
    assert bypass.json()["results"][0]["title"] == "After"
    assert csv_page["Content-Type"].startswith("text/csv")
    assert anon.get("/api/v1/events/")["X-Cache"] == "hit"  # refreshed by the bypass


def test_expired_page_is_served_stale_only_while_another_request_refreshes_it(
    anon: APIClient, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import time

    settings.TRACKER_API_CACHE_SECONDS = 2
    event = EventFactory.create(review_status="confirmed", title="Before")
    anon.get("/api/v1/events/")
    event.title = "After"
    event.save()
    later = time.time() + 5
    monkeypatch.setattr("timeline.api.views.time.time", lambda: later)
    key = "api-page:" + hashlib.sha256(b"http://testserver/api/v1/events/|application/json").hexdigest()

    cache.add(f"{key}:refreshing", 1)  # another request is refreshing this page right now
    stale = anon.get("/api/v1/events/")
    cache.delete(f"{key}:refreshing")
    refreshed = anon.get("/api/v1/events/")

    assert (stale["X-Cache"], stale.json()["results"][0]["title"]) == ("hit", "Before")
    assert (refreshed["X-Cache"], refreshed.json()["results"][0]["title"]) == ("miss", "After")


def test_moderator_pending_pages_are_never_cached(moderator_client: APIClient, settings: Any) -> None:
    settings.TRACKER_API_CACHE_SECONDS = 60
    EventFactory.create(review_status="pending")

    moderator_client.get("/api/v1/events/?review_status=pending")
    again = moderator_client.get("/api/v1/events/?review_status=pending")

    assert "X-Cache" not in again
    assert APIClient().get("/api/v1/events/?review_status=pending").status_code == 403


def test_anonymous_and_token_clients_are_throttled_separately(
    anon: APIClient, plain_token_client: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/minute", "user": "3/minute"})

    anonymous = [anon.get("/api/v1/conflicts/").status_code for _ in range(3)]
    with_token = [plain_token_client.get("/api/v1/conflicts/").status_code for _ in range(4)]

    assert anonymous == [200, 200, 429]
    assert with_token == [200, 200, 200, 429]
    assert "Retry-After" in anon.get("/api/v1/conflicts/")


# ---------------------------------------------------------------- query counts


def _queries(client: APIClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _seed_events(count: int) -> None:
    actors = [ActorFactory.create() for _ in range(3)]
    for _ in range(count):
        event = EventFactory.create(review_status="confirmed", actors=actors[:2])
        CitationFactory.create(event=event)


@pytest.mark.parametrize("path", ["/api/v1/events/", "/api/v1/events/?format=csv", "/api/v1/events/?format=timelinejs",
                                  "/api/v1/statements/", "/api/v1/actors/", "/api/v1/conflicts/",
                                  "/api/v1/tombstones/"])
def test_list_endpoints_run_a_constant_number_of_queries(anon: APIClient, path: str) -> None:
    _seed_events(2)
    StatementFactory.create(review_status="confirmed")
    small = _queries(anon, path)
    _seed_events(20)
    for _ in range(10):
        statement = StatementFactory.create(review_status="confirmed")
        statement.addressed.add(ActorFactory.create())
        CitationFactory.create(statement=statement)
        ActorAliasFactory.create()
    large = _queries(anon, path)

    assert small == large
    assert large <= 5  # page keys (one or two index ranges), the rows, and one query per prefetched relation


def test_fast_event_representation_equals_the_declared_fields() -> None:
    from rest_framework.request import Request
    from rest_framework.serializers import ModelSerializer
    from rest_framework.test import APIRequestFactory

    from timeline.api.serializers import EventSerializer

    putin = ActorFactory.create(name="Vladimir Putin")
    event = EventFactory.create(review_status="confirmed", actors=[putin, ActorFactory.create()], date_mod="APPROX",
                                date_expression="Mitte Mai", date_note="US-Ortszeit")
    CitationFactory.create(event=event, article=ArticleFactory.create(url="https://example.org/x"))
    event_without_anything = EventFactory.create(review_status="confirmed", conflict=None, date_start=None,
                                                 date_end=None)
    request = Request(APIRequestFactory().get("/api/v1/events/"))

    for entry in (event, event_without_anything):
        serializer = EventSerializer(entry, context={"request": request})
        declared = ModelSerializer.to_representation(serializer, entry)
        assert serializer.data == declared
        listed = APIClient().get(f"/api/v1/events/?ids={entry.pk}").json()["results"][0]
        assert listed == declared  # the list page's plain-row relations give the same entry
