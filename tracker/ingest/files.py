"""Import articles from files and folders: ``.txt`` (plain text), ``.html``/``.htm`` (a saved page), ``.jsonl``.

A JSON Lines file holds one article per line: ``{"text": …}`` or ``{"html": …}`` plus optional ``title``, ``url``,
``published_at`` (ISO date or datetime), ``language`` and ``source_name``. Every file or line gets its own outcome;
one bad item never stops the others, and nothing already stored changes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.utils.dateparse import parse_date, parse_datetime

from tracker.ingest.html import max_html_bytes
from tracker.ingest.pages import ingest_content
from tracker.models import Conflict
from tracker.services.articles import ArticleRejected

__all__ = ["SUFFIXES", "ImportDefaults", "ImportOutcome", "import_path", "iter_article_files"]

logger = logging.getLogger("tracker.ingest")

SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl"})
Outcome = Literal["created", "duplicate", "rejected"]


@dataclass(frozen=True, slots=True)
class ImportDefaults:
    published_at: datetime | date | None = None
    language: str = ""
    conflict: Conflict | None = None
    source_name: str = ""
    submitted_by: AbstractBaseUser | None = None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    source: str
    outcome: Outcome
    message: str = ""
    article_id: int | None = None
    code: str = field(default="")


def max_file_bytes(suffix: str) -> int:
    if suffix in (".html", ".htm"):
        return max_html_bytes()
    # UTF-8 needs at most four bytes a character; the character limit itself is checked at intake.
    return int(settings.TRACKER_MAX_ARTICLE_CHARS) * 4


def iter_article_files(path: Path, *, recursive: bool = True) -> Iterator[Path]:
    """The importable files under ``path`` (or ``path`` itself), sorted, hidden files skipped."""
    if path.is_file():
        yield path
        return
    pattern = "**/*" if recursive else "*"
    for candidate in sorted(path.glob(pattern)):
        relative = candidate.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if candidate.is_file() and candidate.suffix.lower() in SUFFIXES:
            yield candidate


def _ingest(source: str, content: str | bytes, *, is_html: bool, url: str = "", title: str = "",
            published_at: datetime | date | None, language: str, source_name: str,
            defaults: ImportDefaults) -> ImportOutcome:
    try:
        result = ingest_content(
            content, channel="import", is_html=is_html, url=url, title=title, published_at=published_at,
            language=language, conflict=defaults.conflict, source_name=source_name,
            submitted_by=defaults.submitted_by,
        )
    except ArticleRejected as exc:
        return ImportOutcome(source, "rejected", str(exc), code=exc.code)
    outcome: Outcome = "created" if result.created else "duplicate"
    message = "" if result.created else f"already stored as article {result.article.pk}"
    return ImportOutcome(source, outcome, message, result.article.pk)


def _parse_published(value: object) -> datetime | date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ArticleRejected("published_at must be an ISO date string.", code="invalid")
    parsed = parse_datetime(value) or parse_date(value)
    if parsed is None:
        raise ArticleRejected(f"published_at {value!r} is not an ISO date or datetime.", code="invalid")
    return parsed


def _jsonl_item(source: str, line: str, defaults: ImportDefaults) -> ImportOutcome:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return ImportOutcome(source, "rejected", f"not valid JSON: {exc.msg} (column {exc.colno})", code="invalid")
    if not isinstance(item, dict):
        return ImportOutcome(source, "rejected", "each line must be a JSON object", code="invalid")
    html, text = item.get("html"), item.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str):
        return ImportOutcome(source, "rejected", "the object needs a 'text' or an 'html' string", code="empty")
    try:
        published = _parse_published(item.get("published_at", item.get("published")))
    except ArticleRejected as exc:
        return ImportOutcome(source, "rejected", str(exc), code=exc.code)
    return _ingest(
        source, content, is_html=content is html, url=str(item.get("url") or ""), title=str(item.get("title") or ""),
        published_at=published or defaults.published_at, language=str(item.get("language") or defaults.language),
        source_name=str(item.get("source_name") or defaults.source_name), defaults=defaults,
    )


def _import_jsonl(path: Path, defaults: ImportDefaults) -> Iterator[ImportOutcome]:
    limit = max_file_bytes(".html")
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > limit:
                yield ImportOutcome(source, "rejected", f"the line has {len(raw):,} bytes; the limit is {limit:,}",
                                    code="too_large")
                continue
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield ImportOutcome(source, "rejected", f"not valid UTF-8 (byte {exc.start})", code="encoding")
                continue
            yield _jsonl_item(source, line, defaults)


def import_file(path: Path, defaults: ImportDefaults) -> Iterator[ImportOutcome]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ImportOutcome(str(path), "rejected", f"unsupported file type {suffix or '(none)'}", code="invalid")
        return
    if suffix == ".jsonl":
        yield from _import_jsonl(path, defaults)
        return
    size, limit = path.stat().st_size, max_file_bytes(suffix)
    if size > limit:
        yield ImportOutcome(str(path), "rejected", f"the file has {size:,} bytes; the limit is {limit:,}",
                            code="too_large")
        return
    yield _ingest(
        str(path), path.read_bytes(), is_html=suffix != ".txt", published_at=defaults.published_at,
        language=defaults.language, source_name=defaults.source_name, defaults=defaults,
    )


def import_path(path: Path, defaults: ImportDefaults, *, recursive: bool = True) -> Iterator[ImportOutcome]:
    """Import one file or every importable file in a folder; yields one outcome per article."""
    if not path.exists():
        yield ImportOutcome(str(path), "rejected", "no such file or folder", code="missing")
        return
    for file_path in iter_article_files(path, recursive=recursive):
        for outcome in import_file(file_path, defaults):
            if outcome.outcome == "rejected":
                logger.warning("import: %s refused: %s", outcome.source, outcome.message)
            yield outcome
