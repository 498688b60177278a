"""Security of the ingestion side: production settings pass `check --deploy`, secrets only from the environment,
upload size limits, API tokens are revocable."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**clean, "TRACKER_VAR_DIR": str(tmp_path), **env},
    )


def test_production_settings_pass_check_deploy(tmp_path: Path) -> None:
    env = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": secrets.token_urlsafe(60), "DJANGO_ALLOWED_HOSTS": "example.org"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, tmp_path=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = manage("check", env={"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "example.org"}, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_no_secret_is_written_in_the_settings() -> None:
    import re

    settings_source = (ROOT / "config" / "settings.py").read_text()
    literals = re.findall(r"""^\s*(\w*(?:SECRET|PASSWORD|TOKEN|API_KEY)\w*)\s*=\s*["']([^"']*)["']""", settings_source,
                          re.MULTILINE)

    assert 'os.environ.get("DJANGO_SECRET_KEY"' in settings_source
    # The only literal is the development key, used when DEBUG is on and refused by check --deploy otherwise.
    assert all(name == "SECRET_KEY" and value.startswith("django-insecure-") for name, value in literals), literals


def test_upload_limits_are_set(settings) -> None:
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.TRACKER_MAX_HTML_BYTES <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert settings.TRACKER_MAX_ARTICLE_CHARS > 0


@pytest.mark.django_db
def test_a_request_body_over_the_upload_limit_is_refused(admin_client, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000

    response = admin_client.post(reverse("admin:tracker_article_add"), {"content": "x" * 20_000})

    assert response.status_code == 400


@pytest.mark.django_db
def test_a_revoked_api_token_no_longer_submits_articles() -> None:
    from django.contrib.auth.models import Permission

    user = UserFactory.create(username="feeder")
    user.user_permissions.add(*Permission.objects.filter(codename="add_article"))
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    payload = {"text": "Trump und Putin telefonierten am Montag über eine Waffenruhe.", "published_at": "2025-05-18"}

    assert client.post(reverse("api:article-list"), payload, format="json").status_code == 202

    token.delete()  # revoked in the admin (Auth Token → delete) or by `manage.py drf_create_token -r`
    response = client.post(reverse("api:article-list"), {**payload, "text": payload["text"] + " Neu."},
                           format="json")

    assert response.status_code == 401
