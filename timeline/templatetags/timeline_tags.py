"""Template helpers for the public timeline: dates, labels, permalinks, sources and filter URLs."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from django import template

from timeline import selectors
from timeline.dates import format_month
from timeline.dates import human_date as render_human_date
from timeline.labels import event_type_label, occurrence_label
from tracker.models import Event, Statement

register = template.Library()


@register.filter
def human_date(obj: Event | Statement) -> str:
    return render_human_date(obj)


@register.filter
def machine_date(obj: Event | Statement) -> str:
    """A valid HTML ``<time datetime>`` value for the known precision, or ""."""
    start, end, precision = obj.date_start, obj.date_end, obj.date_precision
    if start is None or (end is not None and precision in ("day", "time") and end != start):
        return ""
    if precision in ("day", "time"):
        return start.isoformat()
    if precision == "month":
        return start.isoformat()[:7]
    if precision == "year":
        return f"{start.year:04d}"
    return ""


@register.filter
def month_label(month: date | None) -> str:
    return format_month(month) if month else ""


@register.filter
def type_label(code: str) -> str:
    return event_type_label(code)


@register.filter
def occurrence_text(code: str) -> str:
    return occurrence_label(code)


@register.filter
def permalink(obj: Event | Statement) -> str:
    return selectors.entry_url(obj)


@register.filter
def sources(obj: Event | Statement) -> list[selectors.Source]:
    return selectors.entry_sources(obj)


@register.filter
def percent_of(value: int, maximum: int) -> int:
    return round(100 * value / maximum) if maximum else 0


@register.simple_tag
def query_with(params: dict[str, str], **changes: Any) -> str:
    """The current filter parameters with ``changes`` applied (None or "" removes a key), as "?a=b"."""
    merged = {**params}
    for key, value in changes.items():
        if value in (None, ""):
            merged.pop(key, None)
        else:
            merged[key] = value.isoformat() if isinstance(value, date) else str(value)
    return "?" + urlencode(sorted(merged.items())) if merged else "?"


BAR_WIDTH = 10
CHART_HEIGHT = 100


@register.filter
def bar_rects(overview: selectors.Overview) -> list[dict[str, Any]]:
    """SVG geometry for the overview bars (viewBox units; a non-empty bar is at least 2 units tall)."""
    rects = []
    for index, bar in enumerate(overview.bars):
        height = max(2, round(CHART_HEIGHT * bar.count / overview.maximum)) if bar.count and overview.maximum else 0
        rects.append({"bar": bar, "x": index * BAR_WIDTH + 1, "y": CHART_HEIGHT - height, "height": height,
                      "width": BAR_WIDTH - 2})
    return rects


@register.filter
def chart_width(overview: selectors.Overview) -> int:
    return max(1, len(overview.bars)) * BAR_WIDTH
