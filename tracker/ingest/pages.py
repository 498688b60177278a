"""One entry for every ingestion channel: plain text or HTML (str or bytes) → ``article_ingest``.

Decoding, HTML cleaning, the publication-date fallback and the logging of refusals happen here, so the admin form,
the file importer, the feed poller and the REST API behave the same way.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from tracker.ingest.html import HtmlRejected, decode_html, html_to_page, looks_like_html
from tracker.models import Conflict, Feed
from tracker.services.articles import ArticleRejected, IngestResult, article_ingest, decode_bytes

__all__ = ["ingest_content"]

logger = logging.getLogger("tracker.ingest")


def _as_rejected(exc: HtmlRejected) -> ArticleRejected:
    return ArticleRejected(str(exc), code=exc.code, status=exc.status)


def _decode(content: str | bytes, *, is_html: bool | None, charset: str | None) -> tuple[str, bool]:
    if isinstance(content, str):
        return content, looks_like_html(content) if is_html is None else is_html
    if is_html is None:
        is_html = looks_like_html(content[:5000].decode("utf-8", "replace"))
    if is_html:
        try:
            return decode_html(content, charset), True
        except HtmlRejected as exc:
            raise _as_rejected(exc) from exc
    return decode_bytes(content), False


def ingest_content(
    content: str | bytes,
    *,
    channel: str,
    is_html: bool | None = None,
    charset: str | None = None,
    url: str = "",
    title: str = "",
    published_at: datetime | date | None = None,
    language: str = "",
    conflict: Conflict | None = None,
    source_name: str = "",
    submitted_by: AbstractBaseUser | None = None,
    feed: Feed | None = None,
    require_date: bool = False,
) -> IngestResult:
    """Store a text or an HTML page once and queue its parse; ArticleRejected (logged) for bad input.

    ``is_html=None`` sniffs the content. For HTML the page's own title and publication date are used unless given.
    Without any date the submission is refused when ``require_date`` (the admin form, like the API: relative dates
    such as "gestern" would be resolved against the wrong day), else dated now with a warning (feeds, imports).
    """
    try:
        text, as_html = _decode(content, is_html=is_html, charset=charset)
        if as_html:
            try:
                page = html_to_page(text, url=url)
            except HtmlRejected as exc:
                raise _as_rejected(exc) from exc
            text = page.text
            title = title or page.title
            published_at = published_at or page.published
        if published_at is None and require_date:
            raise ArticleRejected(
                "The article carries no publication date; give the date it was published.", code="missing_date"
            )
        if published_at is None:
            logger.info("%s: no publication date for %s; using the time of intake", channel, url or "a text")
            published_at = timezone.now()
        result = article_ingest(
            text=text, published_at=published_at, title=title, url=url, language=language, conflict=conflict,
            source_name=source_name, submitted_by=submitted_by, feed=feed,
        )
    except ArticleRejected as exc:
        logger.warning("%s: refused %s: %s (%s)", channel, url or "a submission", exc, exc.code)
        raise
    if result.created:
        logger.info("%s: stored article %s (%s)", channel, result.article.pk, url or "text")
    else:
        logger.info("%s: duplicate of article %s (%s)", channel, result.article.pk, url or "text")
    return result
