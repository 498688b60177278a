"""POST /api/v1/articles/: what a token client sees, and that refused payloads store nothing."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import ActorFactory, EventFactory, ModeratorFactory, StatementFactory, UserFactory
from tracker.models import Article, Event

pytestmark = pytest.mark.django_db

TEXT = "Trump und Putin telefonierten am Montag über eine Waffenruhe in der Ukraine. Der Kreml bestätigte das Gespräch."
HTML = """<html><head><title>Trump und Putin telefonieren</title>
<meta property="article:published_time" content="2025-05-18T10:00:00+02:00"></head>
<body><nav>Menü Startseite Politik</nav><article><h1>Trump und Putin telefonieren</h1>
<p>Trump und Putin telefonierten am Montag über eine Waffenruhe in der Ukraine.</p>
<p>Der Kreml bestätigte das Gespräch am Abend, wie ein Sprecher in Moskau mitteilte.</p></article>
<script>var tracking = 1;</script></body></html>"""


@pytest.fixture(autouse=True)
def _fresh_api_state(settings: Any) -> None:
    """Fresh throttle counters; no page cache, so each request sees the data as the test left it."""
    cache.clear()
    settings.TRACKER_API_CACHE_SECONDS = 0


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def submitter() -> Any:
    user = UserFactory.create(username="wire-service")
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    return user


@pytest.fixture
def api(submitter: Any) -> APIClient:
    return client_for(submitter)


def post(client: APIClient, payload: object) -> Any:
    return client.post("/api/v1/articles/", payload, format="json")


def valid(**overrides: object) -> dict[str, object]:
    return {"url": "https://example.org/news/1?utm_source=x", "title": "Telefonat", "text": TEXT,
            "language": "de", "published_at": "2025-05-18", **overrides}


def test_submitting_an_article_returns_202_and_its_status_url(api: APIClient, submitter: Any) -> None:
    response = post(api, valid())

    assert response.status_code == 202, response.content
    body = response.json()
    article = Article.objects.get()
    assert body == {"id": article.pk, "status": "queued", "status_url": body["status_url"], "created": True}
    assert response["Location"] == body["status_url"]
    assert body["status_url"].endswith(f"/api/v1/articles/{article.pk}/")
    assert article.submitted_by == submitter
    assert article.language == "de"
    assert article.published_at.date() == dt.date(2025, 5, 18)


def test_same_url_or_same_text_is_deduplicated(api: APIClient) -> None:
    first = post(api, valid()).json()

    same_url = post(api, valid(text=TEXT + " Nachtrag.", url="https://www.example.org/news/1/"))
    same_text = post(api, valid(url="https://other.example.net/copy"))

    assert same_url.status_code == same_text.status_code == 200
    assert same_url.json()["id"] == same_text.json()["id"] == first["id"]
    assert same_url.json()["created"] is False
    assert Article.objects.count() == 1


def test_raw_html_is_cleaned_to_text_title_and_date(api: APIClient) -> None:
    response = post(api, {"html": HTML, "url": "https://example.org/html"})

    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert "Waffenruhe" in article.text
    assert "tracking" not in article.text and "Menü" not in article.text
    assert article.title == "Trump und Putin telefonieren"
    assert article.published_at.date() == dt.date(2025, 5, 18)


def test_html_without_any_date_needs_published_at(api: APIClient) -> None:
    undated = "<html><body><article><p>" + TEXT + "</p></article></body></html>"

    refused = post(api, {"html": undated})
    accepted = post(api, {"html": undated, "published_at": "2025-05-18T09:30:00+02:00"})

    assert refused.status_code == 400
    assert refused.json()["code"] == "missing_date"
    assert accepted.status_code == 202
    assert Article.objects.get().published_at == dt.datetime(2025, 5, 18, 7, 30, tzinfo=dt.UTC)


def test_html_over_the_page_limit_is_413(api: APIClient, settings: Any) -> None:
    settings.TRACKER_MAX_HTML_BYTES = 500

    response = post(api, {"html": HTML * 3, "published_at": "2025-05-18"})

    assert response.status_code == 413
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("payload", "field_or_text"),
    [
        (valid(text=""), "empty"),
        (valid(text="   \n\t  "), "empty"),
        (valid(text=None), "text"),
        (valid(text=["a", "list"]), "text"),
        (valid(text={"nested": 1}), "text"),
        (valid(published_at="yesterday"), "ISO 8601"),
        (valid(published_at="2025-02-30"), "ISO 8601"),
        (valid(published_at=20250518), "not a valid string"),
        (valid(text=12345), "not a valid string"),
        (valid(published_at=(timezone.now() + dt.timedelta(days=30)).date().isoformat()), "future"),
        (valid(published_at="1066-10-14"), "1900"),
        (valid(published_at=""), "required"),
        (valid(language="klingon"), "language"),
        (valid(language="xx"), "Unknown language"),
        (valid(url="not a url"), "URL"),
        (valid(conflict="no-such-conflict"), "conflict"),
        (valid(conflict="bad\x00slug"), "conflict"),
        (valid(conflict=17), "conflict"),
        (valid(html="<p>x</p>"), "not both"),
        (valid(text="binary\x00data"), "text"),
        ([1, 2, 3], "Invalid data"),
        ("just a string", "Invalid data"),
    ],
)
def test_bad_payloads_get_a_400_with_a_message_and_store_nothing(
    api: APIClient, payload: object, field_or_text: str
) -> None:
    response = post(api, payload)

    assert response.status_code == 400, response.content
    assert field_or_text.lower() in response.content.decode().lower()
    assert Article.objects.count() == 0


def test_malformed_json_is_a_400(api: APIClient) -> None:
    response = api.post("/api/v1/articles/", data=b'{"text": "unterminated', content_type="application/json")

    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_non_json_bodies_are_refused(api: APIClient) -> None:
    response = api.post("/api/v1/articles/", data="text=hello", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 415
    assert Article.objects.count() == 0


def test_article_over_the_size_limit_is_413(api: APIClient, settings: Any) -> None:
    settings.TRACKER_MAX_ARTICLE_CHARS = 100  # type: ignore[attr-defined]

    response = post(api, valid(text="Wort " * 100))

    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_request_body_over_the_byte_limit_is_413_before_parsing(api: APIClient, settings: Any) -> None:
    settings.TRACKER_MAX_ARTICLE_CHARS = 100  # type: ignore[attr-defined]
    settings.TRACKER_MAX_HTML_BYTES = 1000  # type: ignore[attr-defined]

    response = api.post("/api/v1/articles/", data=b"{" + b" " * 200_000 + b"}", content_type="application/json")

    assert response.status_code == 413
    assert Article.objects.count() == 0


def test_anonymous_clients_cannot_submit() -> None:
    response = post(APIClient(), valid())

    assert response.status_code == 401
    assert Article.objects.count() == 0


def test_token_without_add_article_permission_cannot_submit() -> None:
    response = post(client_for(UserFactory.create()), valid())

    assert response.status_code == 403
    assert "tracker.add_article" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_submitter_sees_parse_status_and_proposals(api: APIClient) -> None:
    article = Article.objects.get(pk=post(api, valid()).json()["id"])
    Article.objects.filter(pk=article.pk).update(status="parsed")
    putin = ActorFactory.create(name="Vladimir Putin")
    event = EventFactory.create(source_article=article, actors=[putin], title="Telefonat Trump–Putin")
    StatementFactory.create(source_article=article, paraphrase="Kreml bestätigt")

    body = api.get(f"/api/v1/articles/{article.pk}/").json()

    assert body["status"] == "parsed"
    assert [e["id"] for e in body["events"]] == [event.pk]
    assert body["events"][0]["review_status"] == "pending"
    assert body["events"][0]["participants"][0]["slug"] == "vladimir-putin"
    assert body["statements"][0]["paraphrase"] == "Kreml bestätigt"


def test_other_clients_cannot_see_someone_elses_article(api: APIClient) -> None:
    article_id = post(api, valid()).json()["id"]
    stranger = UserFactory.create()
    stranger.user_permissions.add(Permission.objects.get(codename="add_article"))

    assert client_for(stranger).get(f"/api/v1/articles/{article_id}/").status_code == 404
    assert APIClient().get(f"/api/v1/articles/{article_id}/").status_code == 401
    assert client_for(ModeratorFactory.create()).get(f"/api/v1/articles/{article_id}/").status_code == 200


def test_articles_cannot_be_listed_or_changed(api: APIClient) -> None:
    article_id = post(api, valid()).json()["id"]

    assert api.get("/api/v1/articles/").status_code == 405
    assert api.delete(f"/api/v1/articles/{article_id}/").status_code == 405
    assert api.put(f"/api/v1/articles/{article_id}/", valid(), format="json").status_code == 405
    assert Event.objects.count() == 0
    assert json.loads(api.get(f"/api/v1/articles/{article_id}/").content)["id"] == article_id
