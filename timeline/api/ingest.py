"""Adapter from the API's validated payload to the ingestion services.

Plain text goes straight to ``tracker.services.articles.article_ingest``; raw HTML is first cleaned by the ingestion
engineer's ``tracker.ingest.html.html_to_page`` (text, title, publication date). Both services' refusals become one
``IngestFailed`` carrying the submitter-facing message, a machine code and the HTTP status.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from tracker.ingest.html import HtmlRejected, html_to_page, max_html_bytes
from tracker.services.articles import ArticleRejected, IngestResult, article_ingest


class IngestFailed(Exception):
    def __init__(self, message: str, code: str, status: int) -> None:
        super().__init__(message)
        self.message, self.code, self.status = message, code, status


def max_request_bytes() -> int:
    """Requests larger than this are refused before parsing: the largest HTML page, or UTF-8 text at the character
    limit (4 bytes a character at worst, doubled for JSON escapes), plus room for metadata."""
    return max(max_html_bytes(), settings.TRACKER_MAX_ARTICLE_CHARS * 8) + 64 * 1024


def submit_article(data: dict[str, Any], *, user: AbstractBaseUser | AnonymousUser) -> IngestResult:
    text, title, published = data["text"], data["title"], data["published_at"]
    try:
        if data["html"].strip():
            page = html_to_page(data["html"], url=data["url"])
            text, title, published = page.text, title or page.title, published or page.published
            if published is None:
                raise IngestFailed(
                    "The HTML carries no publication date; give 'published_at'.", "missing_date", 400
                )
        return article_ingest(
            text=text, published_at=published, title=title, url=data["url"], language=data["language"],
            conflict=data["conflict"], source_name=data["source_name"],
            submitted_by=user if isinstance(user, AbstractBaseUser) else None,
        )
    except (ArticleRejected, HtmlRejected) as exc:
        raise IngestFailed(str(exc), exc.code, exc.status) from exc
