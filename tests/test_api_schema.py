"""The OpenAPI schema is served and valid, and schemathesis finds no server error and no response outside it.

Schemathesis calls the Django WSGI app in-process (no network, no server), so it runs offline in `make test`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from schemathesis.checks import not_a_server_error, response_schema_conformance

from config.wsgi import application
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    CitationFactory,
    EventFactory,
    StatementFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_schema_is_served_as_openapi_3_with_swagger_ui() -> None:
    client = APIClient()

    schema = client.get("/api/schema/?format=json")
    docs = client.get("/api/docs/")

    assert schema.status_code == 200
    body = schema.json()
    assert body["openapi"].startswith("3.")
    assert {"/api/v1/events/", "/api/v1/tombstones/", "/api/v1/articles/"} <= set(body["paths"])
    assert "/api/v1/tombstones/{id}/" not in body["paths"]
    assert set(body["paths"]["/api/v1/articles/"]) == {"post"}
    event_params = {p["name"] for p in body["paths"]["/api/v1/events/"]["get"]["parameters"]}
    assert {"actor", "conflict", "type", "occurrence", "date_from", "date_to", "updated_since", "q", "ordering",
            "cursor", "page_size", "review_status"} <= event_params
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content
    assert b"cdn.jsdelivr.net" not in docs.content  # the UI's assets are served locally (offline-safe)


@pytest.fixture
def api_token(db: None, settings: Any) -> Iterator[str]:
    """Seeded data and a token with moderator and submitter rights."""
    # Anonymous clients are throttled at 600/minute, more than one run makes; the cache is cleared for each test.
    # The WSGI handler closes "old" connections around each request; inside a test transaction that would drop it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    cache.clear()
    settings.TRACKER_API_CACHE_SECONDS = 0
    actors = [ActorFactory.create() for _ in range(3)]
    for actor in actors:
        ActorAliasFactory.create(actor=actor)
    for status in ("confirmed", "confirmed", "pending"):
        event = EventFactory.create(review_status=status, actors=actors[:2])
        CitationFactory.create(event=event)
        statement = StatementFactory.create(review_status=status, speaker=actors[2])
        statement.addressed.add(actors[0])
        CitationFactory.create(statement=statement)
    user = UserFactory.create(username="fuzzer")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["add_article", "confirm_event",
                                                                      "confirm_statement"]))
    yield Token.objects.create(user=user).key
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded at collection from the app itself: generating the schema touches no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@schema.parametrize()
@hypothesis_settings(
    max_examples=25, deadline=None, derandomize=True, database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.parametrize("identity", ["anonymous", "moderator-token"])
def test_api_fuzzing_finds_no_server_error(case: schemathesis.Case, api_token: str, identity: str) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Token {api_token}"} if identity == "moderator-token" else {},
        checks=[not_a_server_error, response_schema_conformance],
    )
