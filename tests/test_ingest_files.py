"""`manage.py import_articles` imports .txt, .html and .jsonl files and folders; each article once."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.factories import ConflictFactory
from tracker.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db

TEXT_DE = "Trump und Putin telefonierten am Montag über eine Waffenruhe. Der Kreml bestätigte das Gespräch."
HTML_DE = ("<html><head><title>Gipfel in Istanbul</title>"
           '<meta property="article:published_time" content="2025-05-16T08:00:00Z"></head><body>'
           "<article><h1>Gipfel in Istanbul</h1><p>Die Delegationen trafen sich am Freitag in Istanbul.</p>"
           "<p>Ein weiteres Treffen soll in zwei Wochen stattfinden.</p></article><script>x()</script></body></html>")


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_articles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(TEXT_DE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(HTML_DE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n".join([
        json.dumps({"text": "Selenskyj traf am Dienstag Macron in Paris. Beide sprachen über Hilfe.",
                    "title": "Paris", "url": "https://example.org/paris?utm_source=x", "published_at": "2025-05-20"}),
        "",
        "{not json",
        json.dumps({"html": "<p>Der Sicherheitsrat tagte am Mittwoch in New York über die Lage.</p>",
                    "published_at": "2025-05-21T10:00:00+00:00", "language": "de"}),
        json.dumps({"title": "no text"}),
    ]), encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("versteckt und nicht importiert", encoding="utf-8")
    return tmp_path


def test_importing_a_folder_stores_every_article_and_reports_the_bad_lines(folder: Path) -> None:
    conflict = ConflictFactory.create()

    out, err = run(str(folder), "--published", "2025-05-18", "--conflict", conflict.slug, "--source", "Archiv")

    assert Article.objects.count() == 4
    assert set(Article.objects.values_list("status", flat=True)) == {ArticleStatus.QUEUED}
    assert "4 created, 0 duplicates, 2 refused" in out
    assert "c.jsonl:3: refused: not valid JSON" in err
    assert "c.jsonl:5: refused: the object needs a 'text' or an 'html' string" in err
    html_article = Article.objects.get(title="Gipfel in Istanbul")
    assert html_article.text.startswith("Die Delegationen trafen sich am Freitag")
    assert timezone.localdate(html_article.published_at).isoformat() == "2025-05-18"  # --published wins
    paris = Article.objects.get(title="Paris")
    assert paris.url_normalized == "https://example.org/paris"
    assert timezone.localdate(paris.published_at).isoformat() == "2025-05-20"
    assert all(a.conflict == conflict and a.source_name == "Archiv" for a in Article.objects.all())


def test_an_html_file_without_published_option_uses_the_pages_own_date(folder: Path) -> None:
    run(str(folder / "sub" / "b.html"))

    assert timezone.localdate(Article.objects.get().published_at).isoformat() == "2025-05-16"


def test_importing_the_same_folder_twice_stores_nothing_twice(folder: Path) -> None:
    run(str(folder), "--published", "2025-05-18")

    out, _ = run(str(folder), "--published", "2025-05-18", "--json")

    assert Article.objects.count() == 4
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["outcome"] for line in lines].count("duplicate") == 4
    assert {line["article"] for line in lines if line["outcome"] == "duplicate"} == set(
        Article.objects.values_list("pk", flat=True))


def test_bad_files_are_refused_one_by_one_and_the_good_ones_still_imported(tmp_path: Path, settings) -> None:
    settings.TRACKER_MAX_ARTICLE_CHARS = 1000
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t  \n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("Wort " * 2000, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Gespräch in Genf über Grenzübergänge".encode("latin-1"))
    (tmp_path / "scripts.html").write_text("<html><script>alert(1)</script><style>b{}</style></html>")
    (tmp_path / "good.txt").write_text(TEXT_DE, encoding="utf-8")

    out, err = run(str(tmp_path), "--published", "2025-05-18")

    assert Article.objects.count() == 1
    assert "1 created, 0 duplicates, 6 refused" in out
    assert "empty.txt: refused: The article text is empty." in err
    assert "blank.txt: refused: The article text is empty." in err
    assert "big.txt: refused: the file has 10,000 bytes; the limit is 4,000" in err
    assert "binary.txt: refused: The file looks binary" in err
    assert "latin1.txt: refused: The text is not valid UTF-8" in err
    assert "scripts.html: refused: The page has no readable article text" in err


def test_wrong_options_are_clear_command_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="not YYYY-MM-DD"):
        run(str(tmp_path), "--published", "gestern")
    with pytest.raises(CommandError, match="No conflict"):
        run(str(tmp_path), "--conflict", "nope")


def test_a_missing_path_is_reported(tmp_path: Path) -> None:
    _, err = run(str(tmp_path / "nope"))
    assert "no such file or folder" in err
