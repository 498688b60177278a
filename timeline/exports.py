"""Exports of a filtered public timeline: an ICS calendar of planned events (RFC 5545) and TimelineJS JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import condition

from timeline import selectors
from timeline.dates import human_date
from timeline.feeds import entry_html, entry_title, export_etag
from timeline.labels import event_type_label, occurrence_label
from timeline.presenters import UrlMaker
from tracker.models import Actor, Conflict, Event

# ---------------------------------------------------------------- ICS (RFC 5545)

PRODID = "-//Conflict diplomacy timeline tracker//Public timeline//EN"


def ics_escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never splitting a UTF-8 character (§3.1)."""
    chunks: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with one space
        current += char
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def _ics_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _ics_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_event_lines(event: Event, base_url: str, host: str, urls: UrlMaker | None = None) -> list[str]:
    assert event.date_start is not None
    permalink = base_url + (urls or UrlMaker()).entry_url(event)
    end = event.date_end or event.date_start
    participants = ", ".join(p.actor.name for p in event.participations.all())
    description = "\n".join(
        part
        for part in (
            human_date(event),
            f"{event_type_label(event.type)} · {occurrence_label(event.occurrence)}",
            f"{_('Actors')}: {participants}" if participants else "",
            event.summary,
            permalink,
        )
        if part
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{host}",
        f"DTSTAMP:{_ics_stamp(event.updated_at)}",
        f"LAST-MODIFIED:{_ics_stamp(event.updated_at)}",
        f"DTSTART;VALUE=DATE:{_ics_date(event.date_start)}",
        f"DTEND;VALUE=DATE:{_ics_date(end + timedelta(days=1))}",
        f"SUMMARY:{ics_escape(event.title)}",
        f"DESCRIPTION:{ics_escape(description)}",
        f"CATEGORIES:{ics_escape(event_type_label(event.type))}",
        "STATUS:TENTATIVE",
        "TRANSP:TRANSPARENT",
        f"URL:{permalink}",
        "END:VEVENT",
    ]
    return lines


def ics_calendar(events: list[Event], name: str, base_url: str, host: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(name)}",
    ]
    urls = UrlMaker()
    for event in events:
        lines.extend(ics_event_lines(event, base_url, host, urls))
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def _ics_response(request: HttpRequest, query: selectors.TimelineQuery, name: str, filename: str) -> HttpResponse:
    base_url = f"{request.scheme}://{request.get_host()}"
    body = ics_calendar(selectors.planned_events(query), name, base_url, request.get_host().split(":")[0])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@condition(etag_func=export_etag)
def conflict_ics(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = get_object_or_404(Conflict, slug=slug)
    query = selectors.timeline_query(request.GET, conflict=conflict)
    name = _("%(name)s: planned events") % {"name": conflict.name}
    return _ics_response(request, query, name, f"{conflict.slug}-planned.ics")


@condition(etag_func=export_etag)
def actor_ics(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor, slug=slug)
    query = selectors.timeline_query(request.GET, actor=actor)
    name = _("%(name)s: planned events") % {"name": actor.name}
    return _ics_response(request, query, name, f"{actor.slug}-planned.ics")


# ---------------------------------------------------------------- TimelineJS


def timelinejs_date(day: date, precision: str) -> dict[str, Any]:
    """A TimelineJS date carrying only as many fields as the precision allows."""
    value: dict[str, Any] = {"year": day.year}
    if precision in ("month", "quarter", "week", "day", "time", "vague"):
        value["month"] = day.month
    if precision in ("week", "day", "time", "vague"):
        value["day"] = day.day
    return value


def _needs_end_date(start: date | None, end: date | None, precision: str) -> bool:
    """An end date is shown when the interval spans more than one unit of its precision."""
    if start is None or end is None:
        return False
    if precision in ("month", "quarter"):
        return (end.year, end.month) != (start.year, start.month)
    if precision == "year":
        return end.year != start.year
    return end != start and precision in ("day", "week", "time")


def timelinejs_event(entry: selectors.Entry, base_url: str) -> dict[str, Any]:
    obj = entry.obj
    assert entry.when is not None
    precision = obj.date_precision
    item: dict[str, Any] = {
        "unique_id": selectors.entry_unique_id(obj),
        "group": event_type_label(obj.type) if isinstance(obj, Event) else _("Statement"),
        "start_date": timelinejs_date(entry.when, precision),
        "display_date": human_date(obj),
        "text": {"headline": escape(entry_title(obj)), "text": entry_html(obj)},
        # Not read by TimelineJS; kept for other consumers.
        "precision": precision,
        "edtf": obj.date_edtf,
        "url": base_url + selectors.entry_url(obj),
    }
    if _needs_end_date(obj.date_start, obj.date_end, precision):
        assert obj.date_end is not None
        item["end_date"] = timelinejs_date(obj.date_end, precision)
    return item


def timelinejs_document(entries: list[selectors.Entry], title: str, base_url: str) -> dict[str, Any]:
    return {
        "title": {"text": {"headline": escape(title), "text": escape(_("Confirmed events and statements"))}},
        "events": [timelinejs_event(entry, base_url) for entry in entries],
    }


def _timelinejs_response(request: HttpRequest, query: selectors.TimelineQuery, title: str) -> JsonResponse:
    base_url = f"{request.scheme}://{request.get_host()}"
    document = timelinejs_document(selectors.export_entries(query), title, base_url)
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False})


@condition(etag_func=export_etag)
def conflict_timelinejs(request: HttpRequest, slug: str) -> JsonResponse:
    conflict = get_object_or_404(Conflict, slug=slug)
    return _timelinejs_response(request, selectors.timeline_query(request.GET, conflict=conflict), conflict.name)


@condition(etag_func=export_etag)
def actor_timelinejs(request: HttpRequest, slug: str) -> JsonResponse:
    actor = get_object_or_404(Actor, slug=slug)
    return _timelinejs_response(request, selectors.timeline_query(request.GET, actor=actor), actor.name)
