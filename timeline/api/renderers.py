"""Extra output formats: CSV (one row per entry) and TimelineJS JSON for events.

Both take what the JSON renderer would get: a page envelope (``results``), a single object, or an error body.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rest_framework.renderers import BaseRenderer

Row = Mapping[str, Any]


def _entries(data: Any) -> tuple[list[Row], bool]:
    """The entries of a page or a single object; the flag says whether ``data`` was an error/other body."""
    if isinstance(data, Mapping) and isinstance(data.get("results"), list):
        return list(data["results"]), False
    if isinstance(data, Mapping) and "id" in data:
        return [data], False
    return [], True


def _join(items: Iterable[Any], key: Callable[[Any], str]) -> str:
    return "; ".join(key(item) for item in items)


def _article_url(citation: Row) -> str:
    article = citation.get("article") or {}
    return str(article.get("url") or article.get("title") or article.get("id") or "")


def _date_columns(row: Row) -> dict[str, Any]:
    date = row.get("date") or {}
    return {
        "date_start": date.get("start"), "date_end": date.get("end"), "date_precision": date.get("precision"),
        "date_edtf": date.get("edtf"), "date_expression": date.get("expression"),
    }


def event_row(row: Row) -> dict[str, Any]:
    return {
        "id": row.get("id"), "conflict": row.get("conflict"), "type": row.get("type"),
        "occurrence": row.get("occurrence"), "title": row.get("title"), "summary": row.get("summary"),
        **_date_columns(row),
        "participants": _join(row.get("participants", []), lambda p: f"{p['slug']} ({p['role']})"),
        "sources": _join(row.get("citations", []), _article_url),
        "review_status": row.get("review_status"), "updated_at": row.get("updated_at"),
    }


def statement_row(row: Row) -> dict[str, Any]:
    speaker = row.get("speaker") or {}
    return {
        "id": row.get("id"), "conflict": row.get("conflict"),
        "speaker": speaker.get("slug") or row.get("speaker_name"), "paraphrase": row.get("paraphrase"),
        "quote": row.get("quote"), "quote_language": row.get("quote_language"),
        "addressed": _join(row.get("addressed", []), lambda a: str(a["slug"])),
        **_date_columns(row),
        "sources": _join(row.get("citations", []), _article_url),
        "review_status": row.get("review_status"), "updated_at": row.get("updated_at"),
    }


def actor_row(row: Row) -> dict[str, Any]:
    return {
        "id": row.get("id"), "slug": row.get("slug"), "name": row.get("name"), "kind": row.get("kind"),
        "country": row.get("country"), "represents": row.get("represents"),
        "aliases": _join(row.get("aliases", []), lambda a: f"{a['text']} [{a['language'] or '*'}]"),
        "updated_at": row.get("updated_at"),
    }


def flat_row(row: Row) -> dict[str, Any]:
    return {key: value for key, value in row.items() if not isinstance(value, dict | list)}


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (CSV injection) in text cells."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _serializer_fields(view: Any) -> list[str]:
    serializer_class = getattr(view, "get_serializer_class", lambda: None)()
    return list(getattr(getattr(serializer_class, "Meta", None), "fields", []))


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None,
               renderer_context: Mapping[str, Any] | None = None) -> bytes:
        view = (renderer_context or {}).get("view")
        to_row: Callable[[Row], dict[str, Any]] = getattr(view, "csv_row", None) or flat_row
        entries, other = _entries(data)
        rows = [flat_row(data)] if other and isinstance(data, Mapping) else [to_row(entry) for entry in entries]
        header = list(rows[0]) if rows else list(to_row({})) or _serializer_fields(view)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=header or ["id"], extrasaction="ignore")
        writer.writeheader()  # even an empty page has its header row (and so a body and a Content-Type)
        writer.writerows({k: _safe_cell(v) for k, v in row.items()} for row in rows)
        return buffer.getvalue().encode(self.charset)


class TimelineJSRenderer(BaseRenderer):
    """TimelineJS3 JSON. The event view builds the document with ``timeline.exports.timelinejs_document``
    (the public pages' builder); this renderer only serialises it (or an error body)."""

    media_type = "application/vnd.timelinejs+json"
    format = "timelinejs"
    charset = None

    def render(self, data: Any, accepted_media_type: str | None = None,
               renderer_context: Mapping[str, Any] | None = None) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
