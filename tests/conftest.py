"""Shared fixtures. Services (Redis, PostgreSQL, Chromium) skip when missing, and fail under REQUIRE_SERVICES=1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
ROOT = Path(__file__).resolve().parent.parent


def port_open(url: str, default_port: int = 6379) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=1):
            return True
    except OSError:
        return False


# Settings are read once, when Django starts: decide the broker before that.
# Each test run publishes to its own queue so that parallel runs and real workers never steal each other's tasks.
os.environ.setdefault("CELERY_QUEUE", f"tracker-test-{os.getpid()}")
REDIS_URL = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
if not os.environ.get("CELERY_BROKER_URL"):
    os.environ["CELERY_BROKER_URL"] = REDIS_URL if port_open(REDIS_URL) else "memory://"


def _point_celery_at_this_run() -> None:
    """pytest-django has usually read the settings before this file runs: apply this run's queue and broker to them
    (Celery alone picks up CELERY_BROKER_URL from the environment; without this the test process would publish to
    the shared default queue "tracker", which the test workers never read)."""
    from django.conf import settings as django_settings

    django_settings.CELERY_TASK_DEFAULT_QUEUE = os.environ["CELERY_QUEUE"]
    django_settings.CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
    if not os.environ["CELERY_BROKER_URL"].startswith("filesystem://"):
        django_settings.CELERY_BROKER_TRANSPORT_OPTIONS = {}


_point_celery_at_this_run()


def service_missing(reason: str) -> None:
    """Skip locally; fail in CI, where every service must be present."""
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ["CELERY_BROKER_URL"]
    if not url.startswith("redis://") or not port_open(url):
        service_missing(f"Redis is not reachable (broker {url})")
    return url


def database_url_of_test_db() -> str:
    """A DATABASE_URL for the test database the current test uses, for worker subprocesses."""
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    if connection.vendor == "postgresql":
        user = quote(settings.get("USER") or "")
        password = f":{quote(settings['PASSWORD'])}" if settings.get("PASSWORD") else ""
        auth = f"{user}{password}@" if user else ""
        host = f"{settings.get('HOST') or '127.0.0.1'}:{settings.get('PORT') or 5432}"
        return f"postgres://{auth}{host}/{settings['NAME']}"
    raise RuntimeError(f"no worker support for {connection.vendor}")


class CeleryWorker:
    """A real `celery worker` process on the test broker and the test database."""

    def __init__(self, log_path: Path, env: dict[str, str], concurrency: int = 1) -> None:
        self.log_path = log_path
        self.env = env
        self.concurrency = concurrency
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> CeleryWorker:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel", "INFO",
             "--concurrency", str(self.concurrency), "--without-gossip", "--without-mingle",
             "--hostname", f"test-{os.getpid()}-{time.monotonic_ns()}@localhost"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "ready." in self.log_path.read_text(errors="replace"):
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        raise RuntimeError(f"Celery worker did not start:\n{self.log_path.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children)."""
        if self.process and self.process.poll() is None:
            subprocess.run(["pkill", "-KILL", "-P", str(self.process.pid)], check=False)
            self.process.kill()
            self.process.wait()

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
def celery_worker_factory(
    transactional_db: None, redis_url: str, tmp_path: Path
) -> Iterator[Any]:
    """Start real Celery workers consuming this run's queue on Redis, sharing the test database."""
    workers: list[CeleryWorker] = []

    def start(concurrency: int = 1, extra_env: dict[str, str] | None = None) -> CeleryWorker:
        env = {
            **os.environ,
            "DATABASE_URL": database_url_of_test_db(),
            "CELERY_BROKER_URL": redis_url,
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        worker = CeleryWorker(tmp_path / f"worker-{len(workers)}.log", env, concurrency)
        workers.append(worker)
        return worker.start()

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def celery_worker(celery_worker_factory: Any) -> CeleryWorker:
    worker: CeleryWorker = celery_worker_factory()
    return worker


def wait_until(predicate: Any, timeout: float = 60, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Headless Debian Chromium driven by Selenium (no browser download)."""
    binary = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        service_missing("chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary  # type: ignore[assignment]
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.implicitly_wait(3)
    yield driver
    driver.quit()


@pytest.fixture(scope="session", autouse=True)
def purge_test_queue() -> Iterator[None]:
    """Drop what this run left in its Redis queue."""
    yield
    url = os.environ.get("CELERY_BROKER_URL", "")
    if url.startswith("redis://") and port_open(url):
        import redis

        redis.Redis.from_url(url).delete(os.environ["CELERY_QUEUE"])
