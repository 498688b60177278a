"""Highlighting spans of untrusted text (article sentences and whole articles) for the moderation pages.

Every piece of text is passed through ``django.utils.html.escape`` before it is wrapped in ``<mark>``; class names,
titles and ids are inserted with ``format_html``. An article containing ``<script>`` is shown as text, never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) to highlight, with a CSS class and an optional label/anchor."""

    start: int
    end: int
    css: str
    title: str = ""
    anchor: str = ""


def clamp_spans(spans: Iterable[Span], length: int) -> list[Span]:
    kept = []
    for span in spans:
        start, end = max(0, span.start), min(length, span.end)
        if end > start:
            kept.append(Span(start, end, span.css, span.title, span.anchor))
    return kept


def highlight(text: str, spans: Iterable[Span]) -> SafeString:
    """Escape ``text`` and wrap every span in ``<mark>``; overlapping spans split into segments with all classes."""
    marks = clamp_spans(spans, len(text))
    if not marks:
        return escape(text)
    points = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    parts: list[str] = []
    for a, b in pairwise(points):
        segment = text[a:b]
        covering = [s for s in marks if s.start <= a and b <= s.end]
        if not covering:
            parts.append(escape(segment))
            continue
        classes = " ".join(sorted({c for s in covering for c in s.css.split()}))
        title = "; ".join(dict.fromkeys(s.title for s in covering if s.title))
        anchors = [s.anchor for s in covering if s.anchor and s.start == a]
        if anchors:
            parts.append(format_html('<mark class="{}" title="{}" id="{}">{}</mark>', classes, title, anchors[0],
                                     segment))
        else:
            parts.append(format_html('<mark class="{}" title="{}">{}</mark>', classes, title, segment))
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped or built by format_html


def find_terms(text: str, terms: Iterable[str], css: str, title: str = "") -> list[Span]:
    """Spans where a term starts a word (so "Putin" also marks "Putins"); case-insensitive."""
    spans: list[Span] = []
    for term in dict.fromkeys(t.strip() for t in terms if t and len(t.strip()) >= 2):
        for match in re.finditer(rf"(?<!\w){re.escape(term)}", text, flags=re.IGNORECASE):
            spans.append(Span(match.start(), match.end(), css, title))
    return spans


@register.simple_tag
def highlight_spans(text: str, spans: Sequence[Span]) -> SafeString:
    return highlight(text or "", spans or [])


@register.filter
def confidence_class(value: float | None) -> str:
    if value is None:
        return "conf-unknown"
    return "conf-high" if value >= 0.8 else "conf-mid" if value >= 0.5 else "conf-low"


@register.simple_tag
def pending_review_count() -> int:
    """Pending events and statements, for the admin index link (two COUNT queries)."""
    from tracker.models import Event, Statement

    return Event.objects.pending().count() + Statement.objects.pending().count()
