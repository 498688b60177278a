"""Public HTML pages: conflict timelines, actor pages and permalinks. Only confirmed entries, via the selectors."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from timeline import presenters, selectors
from timeline.filters import FILTER_PARAMS
from tracker.models import Actor, Conflict, Event, Statement


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < len(raw) < 7 else 1


def _timeline_context(request: HttpRequest, query: selectors.TimelineQuery) -> dict[str, object]:
    page = selectors.timeline_page(query, _page_number(request))
    overview = selectors.timeline_overview(query)
    return {
        "query": query,
        "filter_form": query.filters.form,
        "params": query.params,
        "page": page,
        "months": presenters.month_cards(page),
        "overview": overview,
        "overview_svg": presenters.overview_svg(overview, query.params),
        "is_filtered": bool(query.params),
        "active_filters": presenters.active_filters(query),
    }


def _without_empty_filters(request: HttpRequest) -> HttpResponse | None:
    """A submitted filter form sends every field; redirect to the same view without the empty ones, so the URL
    a reader shares names only the filters in effect."""
    empty = [key for key in FILTER_PARAMS if key in request.GET and not request.GET.get(key, "").strip()]
    if not empty:
        return None
    kept = [(key, value) for key, value in request.GET.items() if key not in empty]
    return redirect(f"{request.path}?{urlencode(kept)}" if kept else request.path)


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "timeline/home.html", {"conflicts": selectors.public_conflicts()})


def conflict_timeline(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = get_object_or_404(Conflict, slug=slug)
    cleaner = _without_empty_filters(request)
    if cleaner is not None:
        return cleaner
    query = selectors.timeline_query(request.GET, conflict=conflict)
    context = {"conflict": conflict, **_timeline_context(request, query)}
    return render(request, "timeline/conflict.html", context)


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor, slug=slug)
    cleaner = _without_empty_filters(request)
    if cleaner is not None:
        return cleaner
    query = selectors.timeline_query(request.GET, actor=actor)
    context = {"actor": actor, **_timeline_context(request, query)}
    return render(request, "timeline/actor.html", context)


def _follow_merge(model: type[Event] | type[Statement], pk: int, url_name: str) -> HttpResponse:
    """A merged entry's permalink points at the entry it was merged into, when that one is public."""
    target = selectors.merged_target(model, pk)
    if target is None or target == pk:
        raise Http404
    return HttpResponsePermanentRedirect(reverse(url_name, args=[target]))


def _canonical_redirect(name: str, pk: int, slug: str, canonical: str) -> HttpResponse | None:
    """A permanent redirect to the canonical permalink when the URL's words differ from it."""
    words = canonical.partition("-")[2]
    if slug == words:
        return None
    if not words:
        return redirect(f"timeline:{name}-short", pk=pk, permanent=True)
    return redirect(f"timeline:{name}", pk=pk, slug=words, permanent=True)


def event_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    event = selectors.public_event(pk)
    if event is None:
        return _follow_merge(Event, pk, "timeline:event-short")
    moved = _canonical_redirect("event", pk, slug, selectors.event_slug(event))
    if moved is not None:
        return moved
    return render(request, "timeline/event_detail.html", {"event": event, "conflict": event.conflict})


def event_short(request: HttpRequest, pk: int) -> HttpResponse:
    return event_detail(request, pk, "")


def statement_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    statement = selectors.public_statement(pk)
    if statement is None:
        return _follow_merge(Statement, pk, "timeline:statement-short")
    moved = _canonical_redirect("statement", pk, slug, selectors.statement_slug(statement))
    if moved is not None:
        return moved
    return render(
        request, "timeline/statement_detail.html", {"statement": statement, "conflict": statement.conflict}
    )


def statement_short(request: HttpRequest, pk: int) -> HttpResponse:
    return statement_detail(request, pk, "")
