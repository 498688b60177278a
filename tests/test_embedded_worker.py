"""The default, server-free setup: a real Celery worker on kombu's filesystem broker parses queued articles."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, CeleryWorker, database_url_of_test_db, wait_until
from tests.factories import ArticleFactory
from tracker.models import ArticleStatus, Event


@pytest.mark.slow
def test_filesystem_broker_worker_parses_a_queued_article(transactional_db: None, tmp_path: Path) -> None:
    article = ArticleFactory.create(
        status=ArticleStatus.QUEUED,
        text="Gipfel geplant\nUS-Präsident Donald Trump will am Montag mit Wladimir Putin telefonieren.",
    )
    env = {
        **os.environ,
        "DATABASE_URL": database_url_of_test_db(),
        "CELERY_BROKER_URL": "filesystem://",
        "TRACKER_VAR_DIR": str(tmp_path / "var"),
        "PYTHONUNBUFFERED": "1",
    }
    worker = CeleryWorker(tmp_path / "worker.log", env).start()
    try:
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c",
             f"from tracker.tasks import parse_article; parse_article.delay({article.pk})"],
            cwd=ROOT, env=env, check=True, capture_output=True, timeout=60,
        )
        assert wait_until(lambda: _status(article.pk) == ArticleStatus.PARSED, timeout=60), worker.log
    finally:
        worker.stop()
    assert Event.objects.filter(source_article_id=article.pk, type="CONSULT").exists()
    assert list((tmp_path / "var" / "broker" / "queue").iterdir()) == []


def _status(article_id: int) -> str:
    from tracker.models import Article

    return Article.objects.get(pk=article_id).status
