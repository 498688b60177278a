"""Shared fixtures. Services (Redis, PostgreSQL, Chromium) skip when missing, and fail under REQUIRE_SERVICES=1."""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

# Each test run publishes to its own queue so that parallel runs and real workers never steal each other's tasks.
os.environ.setdefault("CELERY_QUEUE", f"tracker-test-{os.getpid()}")


def service_missing(reason: str) -> None:
    """Skip locally; fail in CI, where every service must be present."""
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}")
    pytest.skip(reason)


def port_open(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("REDIS_URL") or os.environ.get("CELERY_BROKER_URL") or DEFAULT_REDIS_URL
    if not url.startswith("redis://") or not port_open(url):
        service_missing(f"Redis is not reachable at {url}")
    return url
