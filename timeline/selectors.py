"""Read functions for the public side. Every read starts at ``Event.objects.public()``/``Statement.objects.public()``.

A timeline page costs a constant number of queries whatever its length: two counts, one UNION for the page's
ids in date order, then one query per model plus one per prefetched relation.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal

from django.core.cache import cache
from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import slugify

from timeline.filters import EventFilterSet, StatementFilterSet
from tracker.models import Actor, Citation, Conflict, Event, EventParticipant, Occurrence, Statement

EntryKind = Literal["event", "statement"]
PAGE_SIZE = 50
OVERVIEW_CACHE_SECONDS = 300


# ---------------------------------------------------------------- base querysets


def public_events() -> QuerySet[Event]:
    return Event.objects.public()  # type: ignore[return-value]


def public_statements() -> QuerySet[Statement]:
    return Statement.objects.public()  # type: ignore[return-value]


CITATION_FIELDS = (
    "id", "event_id", "statement_id", "article_id", "start", "sentence",
    "article__id", "article__title", "article__source_name", "article__url", "article__published_at",
)
ENTRY_FIELDS = (
    "id", "conflict_id", "date_start", "date_end", "date_precision", "date_value", "date_mod", "date_note",
    "date_basis", "date_expression", "date_edtf", "review_status", "created_at", "updated_at", "reviewed_at",
    "conflict__id", "conflict__slug", "conflict__name",
)
EVENT_FIELDS = (*ENTRY_FIELDS, "title", "summary", "type", "occurrence")
STATEMENT_FIELDS = (
    *ENTRY_FIELDS, "speaker_id", "speaker_name", "paraphrase", "quote", "quote_language",
    "speaker__id", "speaker__slug", "speaker__name",
)


def _citations() -> Prefetch:
    return Prefetch(
        "citations",
        queryset=Citation.objects.select_related("article")
        .only(*CITATION_FIELDS)
        .order_by("article__published_at", "article_id", "start"),
    )


def events_with_relations(queryset: QuerySet[Event]) -> QuerySet[Event]:
    participations = (
        EventParticipant.objects.select_related("actor")
        .only("id", "event_id", "actor_id", "role", "actor__id", "actor__slug", "actor__name")
        .order_by("actor__name")
    )
    return queryset.select_related("conflict").only(*EVENT_FIELDS).prefetch_related(
        Prefetch("participations", queryset=participations),
        _citations(),
    )


def statements_with_relations(queryset: QuerySet[Statement]) -> QuerySet[Statement]:
    return queryset.select_related("conflict", "speaker").only(*STATEMENT_FIELDS).prefetch_related(
        Prefetch("addressed", queryset=Actor.objects.only("id", "slug", "name").order_by("name")),
        _citations(),
    )


# ---------------------------------------------------------------- permalinks


def entry_slug(kind: EntryKind, pk: int, text: str) -> str:
    """The permalink slug: ``<id>-<words>``; the id alone identifies the entry."""
    words = slugify(text.replace("–", "-").replace("—", "-"))[:60].strip("-")
    return f"{pk}-{words}" if words else str(pk)


def event_slug(event: Event) -> str:
    return entry_slug("event", event.pk, event.title)


def statement_slug(statement: Statement) -> str:
    speaker = statement.speaker.name if statement.speaker else statement.speaker_name
    return entry_slug("statement", statement.pk, f"{speaker} {statement.paraphrase[:50]}")


def public_event(pk: int) -> Event | None:
    return events_with_relations(public_events()).filter(pk=pk).first()


def public_statement(pk: int) -> Statement | None:
    return statements_with_relations(public_statements()).filter(pk=pk).first()


def merged_target(model: type[Event] | type[Statement], pk: int) -> int | None:
    """The public entry that entry ``pk`` was merged into, if any (asked through the public door)."""
    public = public_events() if model is Event else public_statements()
    target = public.filter(merged_from__pk=pk, merged_from__review_status="merged").values_list("pk", flat=True)
    return target.first()


def public_actor(slug: str) -> Actor | None:
    return Actor.objects.filter(slug=slug).first()


def _public_count(queryset: QuerySet) -> Subquery:
    counted = queryset.filter(conflict=OuterRef("pk")).order_by().values("conflict").annotate(n=Count("pk"))
    return Subquery(counted.values("n")[:1], output_field=IntegerField())


def public_conflicts() -> QuerySet[Conflict]:
    """Conflicts with their numbers of confirmed events and statements."""
    return Conflict.objects.order_by("name").annotate(
        public_events=Coalesce(_public_count(public_events()), 0),
        public_statements=Coalesce(_public_count(public_statements()), 0),
    )


# ---------------------------------------------------------------- filtered timeline


@dataclass(slots=True)
class TimelineQuery:
    """The filtered public events and statements of one timeline (a conflict, an actor, or everything)."""

    events: QuerySet[Event]
    statements: QuerySet[Statement]
    filters: EventFilterSet
    params: dict[str, str] = field(default_factory=dict)
    scope: str = ""
    _version: str = ""
    _cache_key: str = ""

    @property
    def cache_key(self) -> str:
        """Identifies this filtered view at the current data version (computed once per request)."""
        if not self._cache_key:
            source = f"{self.scope}|{sorted(self.params.items())}|{self._version or _data_version()}"
            self._cache_key = "timeline:" + hashlib.sha256(source.encode()).hexdigest()
        return self._cache_key


def timeline_query(
    data: Mapping[str, Any] | None, conflict: Conflict | None = None, actor: Actor | None = None
) -> TimelineQuery:
    events, statements = public_events(), public_statements()
    if conflict is not None:
        events, statements = events.filter(conflict=conflict), statements.filter(conflict=conflict)
    event_filter = EventFilterSet(data=data or {}, queryset=events)
    statement_filter = StatementFilterSet(data=data or {}, queryset=statements)
    events, statements = event_filter.qs, statement_filter.qs
    if actor is not None:
        events = event_filter.filter_actor(events, "actor", actor)
        statements = statement_filter.filter_actor(statements, "actor", actor)
    version = ""
    cleaned = event_filter.form.cleaned_data if event_filter.is_bound and event_filter.is_valid() else {}
    if cleaned.get("date_from") or cleaned.get("date_to"):
        version = _data_version()
        events, statements = (
            _bounded_by_sort_day(qs, cleaned.get("date_from"), cleaned.get("date_to"), version)
            for qs in (events, statements)
        )
    params = {
        key: str(value)
        for key, value in (data or {}).items()
        if key in event_filter.filters and value not in (None, "") and key not in event_filter.errors
    }
    scope = f"conflict:{conflict.pk}" if conflict else f"actor:{actor.pk}" if actor else "all"
    return TimelineQuery(
        events=events, statements=statements, filters=event_filter, params=params, scope=scope, _version=version
    )


def _max_span(version: str) -> timedelta:
    """The longest public date interval (end - start), cached per data version."""
    key = "timeline:max-span:" + hashlib.sha256(version.encode()).hexdigest()  # memcached-safe key
    cached = cache.get(key)
    if cached is not None:
        return timedelta(days=int(cached))
    span = ExpressionWrapper(F("date_end") - F("date_start"), output_field=DurationField())
    longest = timedelta(0)
    for qs in (public_events(), public_statements()):
        value = qs.exclude(date_start__isnull=True).exclude(date_end__isnull=True).aggregate(m=Max(span))["m"]
        if value is not None and value > longest:
            longest = value
    days = longest.days + 1
    cache.set(key, days, OVERVIEW_CACHE_SECONDS)
    return timedelta(days=days)


def _bounded_by_sort_day(qs: QuerySet, date_from: date | None, date_to: date | None, version: str) -> QuerySet:
    """Add bounds on COALESCE(date_start, date_end) that every overlapping entry already meets.

    They change no result, but let the database walk only a slice of the timeline order index: an entry that
    starts after ``date_to`` cannot overlap, and one that overlaps ``date_from`` starts at most the longest
    stored interval before it.
    """
    qs = qs.alias(sort_day=Coalesce("date_start", "date_end"))
    if date_to is not None:
        qs = qs.filter(sort_day__lte=date_to)
    if date_from is not None:
        qs = qs.filter(sort_day__gte=date_from - _max_span(version))
    return qs


@dataclass(frozen=True, slots=True)
class Entry:
    kind: EntryKind
    obj: Event | Statement
    when: date | None

    @property
    def is_event(self) -> bool:
        return self.kind == "event"


@dataclass(slots=True)
class MonthGroup:
    month: date | None
    entries: list[Entry]


@dataclass(slots=True)
class TimelinePage:
    number: int
    per_page: int
    total: int
    entries: list[Entry]

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.entries else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.entries) - 1 if self.entries else 0

    @property
    def months(self) -> list[MonthGroup]:
        return group_by_month(self.entries)


def _keys(queryset: QuerySet, kind: EntryKind) -> QuerySet:
    return (
        queryset.order_by()
        .annotate(sort_day=Coalesce("date_start", "date_end"), kind_key=Value(kind))
        .values_list("sort_day", "kind_key", "pk")
    )


# Matches the expression index tracker.models.timeline_order_index, so page 1 needs no sort.
# Entries without any date follow the database's NULL order (first on SQLite, last on PostgreSQL).
_UNION_ORDER = ("sort_day", "kind_key", "pk")
_UNION_ORDER_REVERSED = ("-sort_day", "-kind_key", "-pk")


def timeline_page(query: TimelineQuery, page: int = 1, per_page: int = PAGE_SIZE) -> TimelinePage:
    """One page of the merged event+statement list in date order.

    The page's (day, kind, id) keys are cached per filter, page and data version; the rows themselves are always
    read fresh through the public querysets, so a cached key never shows an entry that stopped being public.
    """
    total = timeline_total(query)
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    if total == 0:
        return TimelinePage(page, per_page, 0, [])
    cache_key = f"{query.cache_key}:page:{page}:{per_page}"
    keys = cache.get(cache_key)
    if keys is None:
        keys = _page_keys(query, (page - 1) * per_page, per_page, total)
        cache.set(cache_key, keys, OVERVIEW_CACHE_SECONDS)
    return TimelinePage(page, per_page, total, _load_entries(keys))


def _page_keys(query: TimelineQuery, offset: int, per_page: int, total: int) -> list[tuple[date | None, str, int]]:
    union = _keys(query.events, "event").union(_keys(query.statements, "statement"), all=True)
    if offset <= total // 2:
        return list(union.order_by(*_UNION_ORDER)[offset : offset + per_page])
    # Pages in the second half walk the index from the end, so no page skips more than half the rows.
    size = min(per_page, total - offset)
    from_end = total - offset - size
    return list(union.order_by(*_UNION_ORDER_REVERSED)[from_end : from_end + size])[::-1]


def _load_entries(keys: list[tuple[date | None, str, int]]) -> list[Entry]:
    event_ids = [pk for _day, kind, pk in keys if kind == "event"]
    statement_ids = [pk for _day, kind, pk in keys if kind == "statement"]
    events = {e.pk: e for e in events_with_relations(public_events().filter(pk__in=event_ids))} if event_ids else {}
    statements = (
        {s.pk: s for s in statements_with_relations(public_statements().filter(pk__in=statement_ids))}
        if statement_ids
        else {}
    )
    entries: list[Entry] = []
    for day, kind, pk in keys:
        obj: Event | Statement | None = events.get(pk) if kind == "event" else statements.get(pk)
        if obj is not None:
            entries.append(Entry("event" if kind == "event" else "statement", obj, day))
    return entries


def group_by_month(entries: Iterable[Entry]) -> list[MonthGroup]:
    groups: list[MonthGroup] = []
    for entry in entries:
        month = entry.when.replace(day=1) if entry.when else None
        if not groups or groups[-1].month != month:
            groups.append(MonthGroup(month, []))
        groups[-1].entries.append(entry)
    return groups


# ---------------------------------------------------------------- overview (entries per week)


@dataclass(frozen=True, slots=True)
class Bar:
    start: date
    end: date
    count: int


@dataclass(frozen=True, slots=True)
class Overview:
    bars: tuple[Bar, ...]
    unit: Literal["week", "month"]
    maximum: int
    key: str = ""

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


MAX_WEEK_BARS = 160


def data_version() -> str:
    """Public: changes whenever an event or statement is saved (used for caches and feed ETags)."""
    return _data_version()


def _data_version() -> str:
    """Changes whenever a public entry may have changed (any save bumps updated_at)."""
    ev = Event.objects.aggregate(m=Max("updated_at"))["m"]
    st = Statement.objects.aggregate(m=Max("updated_at"))["m"]
    return f"{ev}|{st}"


def _day_counts(query: TimelineQuery) -> Counter[date | None]:
    """Entries per sort day (None: undated), events and statements together, in two GROUP BY queries."""
    counts: Counter[date | None] = Counter()
    for qs in (query.events, query.statements):
        rows = (
            qs.order_by()
            .annotate(day=Coalesce("date_start", "date_end"))
            .values("day")
            .annotate(n=Count("pk"))
            .values_list("day", "n")
        )
        for day, n in rows:
            counts[day] += n
    return counts


def _bars(counts: Counter[date]) -> Overview:
    if not counts:
        return Overview((), "week", 0)
    first, last = min(counts), max(counts)
    monday, last_monday = first - timedelta(days=first.weekday()), last - timedelta(days=last.weekday())
    weeks = (last_monday - monday).days // 7 + 1
    if weeks <= MAX_WEEK_BARS:
        per_week: Counter[date] = Counter()
        for day, n in counts.items():
            per_week[day - timedelta(days=day.weekday())] += n
        bars = tuple(
            Bar(start, start + timedelta(days=6), per_week.get(start, 0))
            for start in (monday + timedelta(weeks=i) for i in range(weeks))
        )
        return Overview(bars, "week", max(b.count for b in bars))
    per_month: Counter[date] = Counter()
    for day, n in counts.items():
        per_month[day.replace(day=1)] += n
    months: list[date] = []
    cursor = first.replace(day=1)
    while cursor <= last:
        months.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    month_bars = tuple(
        Bar(m, (m + timedelta(days=32)).replace(day=1) - timedelta(days=1), per_month.get(m, 0)) for m in months
    )
    return Overview(month_bars, "month", max(b.count for b in month_bars))


def _stats(query: TimelineQuery) -> tuple[Overview, int]:
    """Overview bars and the entry total from one pass over the filtered view, cached per filter and data version.

    The data version is the newest ``updated_at`` of events and statements, so confirming, editing, rejecting or
    merging shows at once; a hard delete shows after OVERVIEW_CACHE_SECONDS at the latest.
    """
    key = query.cache_key + ":stats"
    cached = cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    counts = _day_counts(query)
    undated = counts.pop(None, 0)
    dated: Counter[date] = Counter({day: n for day, n in counts.items() if day is not None})
    stats = (replace(_bars(dated), key=key), sum(dated.values()) + undated)
    cache.set(key, stats, OVERVIEW_CACHE_SECONDS)
    return stats


def timeline_total(query: TimelineQuery) -> int:
    """How many entries the filtered view has."""
    return _stats(query)[1]


def timeline_overview(query: TimelineQuery) -> Overview:
    """Entries per week (per month when the range is long)."""
    return _stats(query)[0]


# ---------------------------------------------------------------- feeds and exports


def latest_entries(query: TimelineQuery, limit: int = 50) -> list[Entry]:
    """The most recently confirmed (or edited) entries, newest first, for the Atom feed.

    Ids come first from a join-free query (so the database walks the ``updated_at`` index), then the rows.
    """
    event_ids = list(query.events.order_by("-updated_at", "-pk").values_list("pk", flat=True)[:limit])
    statement_ids = list(query.statements.order_by("-updated_at", "-pk").values_list("pk", flat=True)[:limit])
    events = list(events_with_relations(public_events().filter(pk__in=event_ids))) if event_ids else []
    statements = (
        list(statements_with_relations(public_statements().filter(pk__in=statement_ids))) if statement_ids else []
    )
    merged = [Entry("event", e, e.date_start or e.date_end) for e in events] + [
        Entry("statement", s, s.date_start or s.date_end) for s in statements
    ]
    merged.sort(key=lambda entry: (entry.obj.updated_at, entry.obj.pk), reverse=True)
    return merged[:limit]


def planned_events(query: TimelineQuery, limit: int = 300) -> list[Event]:
    """Planned public events with a date for the calendar: the ``limit`` latest by date, in date order."""
    qs = query.events.filter(occurrence=Occurrence.PLANNED).exclude(date_start__isnull=True)
    ids = list(qs.order_by("-date_start", "-pk").values_list("pk", flat=True)[:limit])
    if not ids:
        return []
    return list(events_with_relations(public_events().filter(pk__in=ids)).order_by("date_start", "pk"))


def export_entries(query: TimelineQuery, limit: int = 2000) -> list[Entry]:
    """Dated entries in date order for the TimelineJS export: the ``limit`` latest of the filtered view."""
    keys_union = _keys(query.events, "event").union(_keys(query.statements, "statement"), all=True)
    keys = list(keys_union.order_by(*_UNION_ORDER_REVERSED)[:limit])[::-1]
    return [entry for entry in _load_entries(keys) if entry.when is not None]


# ---------------------------------------------------------------- URLs


def event_url(event: Event) -> str:
    pk, _sep, words = event_slug(event).partition("-")
    return reverse("timeline:event", args=[event.pk, words]) if words else reverse("timeline:event-short", args=[pk])


def statement_url(statement: Statement) -> str:
    pk, _sep, words = statement_slug(statement).partition("-")
    if words:
        return reverse("timeline:statement", args=[statement.pk, words])
    return reverse("timeline:statement-short", args=[pk])


def entry_url(obj: Event | Statement) -> str:
    return event_url(obj) if isinstance(obj, Event) else statement_url(obj)


def entry_unique_id(obj: Event | Statement) -> str:
    """A stable id for exports: the permalink slug with its kind ("event-12-trump-putin-call")."""
    return f"event-{event_slug(obj)}" if isinstance(obj, Event) else f"statement-{statement_slug(obj)}"


def entry_sources(obj: Event | Statement) -> list[Source]:
    """The articles reporting an entry, once each, in publication order (uses the prefetched citations)."""
    sources: list[Source] = []
    seen: set[int] = set()
    for citation in obj.citations.all():
        if citation.article_id in seen:
            continue
        seen.add(citation.article_id)
        article = citation.article
        sources.append(Source(len(sources) + 1, article.title, article.source_name, safe_http_url(article.url),
                              article.published_at.date() if article.published_at else None, citation.sentence))
    return sources


@dataclass(frozen=True, slots=True)
class Source:
    number: int
    title: str
    source_name: str
    url: str
    published: date | None
    sentence: str


def safe_http_url(url: str) -> str:
    """The URL when it is http(s), else "" (never a javascript: or data: link)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""
