"""Template helpers for the public timeline: dates, labels, permalinks, sources and filter URLs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django import forms, template
from django.core.cache import cache
from django.forms import BoundField
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from timeline import presenters, selectors
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
    return presenters.machine_date(obj)


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


FILTER_OPTIONS_SECONDS = 60


def _options_html(bound: BoundField) -> str:
    """All <option>s of a choice field, unselected; cached per field and language for a minute (new actors
    appear in the filter within that minute)."""
    key = f"timeline-filter-options:{bound.html_name}:{get_language()}"
    cached = cache.get(key)
    if cached is not None:
        return str(cached)
    choices: Iterable[tuple[Any, Any]] = bound.field.choices  # type: ignore[attr-defined]
    html = str(format_html_join("", '<option value="{}">{}</option>', ((str(v), label) for v, label in choices)))
    cache.set(key, html, FILTER_OPTIONS_SECONDS)
    return html


@register.simple_tag
def filter_control(bound: BoundField) -> str:
    """A filter field's control. Selects are built here: Django's per-option widget templates cost ~0.1 ms each."""
    field = bound.field
    if not isinstance(field, forms.ChoiceField):
        return bound.as_widget()
    current = bound.value()
    options = _options_html(bound)
    if current not in (None, ""):
        needle = str(format_html('<option value="{}">', str(current)))
        options = options.replace(needle, needle[:-1] + " selected>", 1)
    describedby = format_html(' aria-describedby="{}-errors"', bound.id_for_label) if bound.errors else ""
    return format_html(
        '<select name="{}" id="{}"{}>{}</select>',
        bound.html_name, bound.id_for_label, describedby, mark_safe(options),  # noqa: S308 - escaped above
    )
