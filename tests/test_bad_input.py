"""Bad input through the ingestion service (every channel ends there): each case is a clear error, logged, and
nothing already stored changes."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from tests.factories import ArticleFactory
from tracker.ingest.pages import ingest_content
from tracker.models import Article
from tracker.services.articles import ArticleRejected

pytestmark = pytest.mark.django_db

TWENTY_MB = 20 * 1024 * 1024


def snapshot() -> list[tuple[object, ...]]:
    return list(Article.objects.order_by("pk").values_list("pk", "text", "status", "content_hash", "updated_at"))


@pytest.mark.parametrize(("content", "is_html", "code", "message"), [
    ("", None, "empty", "The article text is empty."),
    (" \n\t\u00a0 \r\n", None, "empty", "The article text is empty."),
    (b"", False, "empty", "The article text is empty."),
    ("Wort " * (TWENTY_MB // 5), False, "too_large", "the limit is 200,000"),
    (b"<p>" + b"x" * TWENTY_MB + b"</p>", True, "too_large", "the limit is 5,242,880"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", False, "binary", "looks binary"),
    ("Text mit \x00 NUL", False, "binary", "NUL bytes"),
    ("Gespräch in Genf über Grenzübergänge".encode("latin-1"), False, "encoding", "not valid UTF-8"),
    ("<html><head><script>steal()</script><style>p{}</style></head><body><script>more()</script></body></html>",
     None, "empty", "no readable article text"),
    ("Zzxq vvbn qqwp rrtz.", False, "unknown_language", "Could not recognise the article's language"),
])
def test_bad_input_is_refused_with_a_clear_logged_error_and_nothing_changes(
    content: str | bytes, is_html: bool | None, code: str, message: str, caplog: pytest.LogCaptureFixture,
) -> None:
    ArticleFactory.create_batch(2)
    before = snapshot()

    with caplog.at_level(logging.WARNING, logger="tracker.ingest"), pytest.raises(ArticleRejected) as info:
        ingest_content(content, channel="test", is_html=is_html, published_at=date(2025, 5, 18))

    assert info.value.code == code
    assert message in str(info.value)
    assert message in caplog.text and "test: refused" in caplog.text
    assert snapshot() == before


def test_too_large_is_reported_as_http_413() -> None:
    with pytest.raises(ArticleRejected) as info:
        ingest_content("Wort " * 50_000, channel="test", published_at=date(2025, 5, 18))
    assert info.value.status == 413


def test_html_full_of_scripts_keeps_only_the_visible_article_text() -> None:
    html = ("<html><head><script>document.write('<p>INJECTED</p>')</script></head><body>"
            "<p onclick=\"alert('x')\">Die Außenminister trafen sich am Donnerstag in Brüssel.</p>"
            "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
            "<img src=x onerror=alert(1)></body></html>")

    article = ingest_content(html, channel="test", published_at=date(2025, 5, 18)).article

    assert article.text == "Die Außenminister trafen sich am Donnerstag in Brüssel."


def test_a_duplicate_submission_reports_the_existing_article_and_changes_nothing() -> None:
    first = ingest_content("Trump und Putin telefonierten am Montag über eine Waffenruhe.", channel="test",
                           url="https://www.example.org/a/?utm_source=x#top", published_at=date(2025, 5, 18))
    before = snapshot()

    by_url = ingest_content("Ein ganz anderer Text über die Gespräche in Istanbul am Freitag.", channel="test",
                            url="http://example.org/a", published_at=date(2025, 5, 19))
    by_text = ingest_content("  Trump und Putin telefonierten am Montag über eine Waffenruhe.\n", channel="test",
                             published_at=date(2025, 5, 19))

    assert first.created and not by_url.created and not by_text.created
    assert by_url.article.pk == by_text.article.pk == first.article.pk
    assert snapshot() == before
