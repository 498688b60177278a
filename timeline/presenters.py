"""Entry cards: everything an entry on the timeline shows, computed once in Python in the active language.

The template then only prints plain strings (autoescaped), which keeps a page of 50 entries cheap to render.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from timeline import selectors
from timeline.dates import format_day, format_month, human_date
from timeline.labels import event_type_label, occurrence_label
from tracker.models import Event, Statement


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True, slots=True)
class SourceLink:
    number: int
    text: str
    url: str
    published: str


@dataclass(frozen=True, slots=True)
class Card:
    kind: str
    dom_id: str
    css_class: str
    date_text: str
    machine_date: str
    type_text: str
    occurrence: str
    occurrence_text: str
    title: str
    url: str
    speaker: Link | None
    summary: str
    quote: str
    quote_language: str
    actors_label: str
    actors: tuple[Link, ...]
    sources: tuple[SourceLink, ...]


class UrlMaker:
    """Reverses each URL pattern once, then fills in ids and slugs (reverse() per entry is slow)."""

    def __init__(self) -> None:
        self.actor = reverse("timeline:actor", args=["SLUG"]).replace("SLUG", "{}")
        self.event = reverse("timeline:event", args=[1, "SLUG"]).replace("1-SLUG", "{}")
        self.event_short = reverse("timeline:event-short", args=[1]).replace("/1/", "/{}/")
        self.statement = reverse("timeline:statement", args=[1, "SLUG"]).replace("1-SLUG", "{}")
        self.statement_short = reverse("timeline:statement-short", args=[1]).replace("/1/", "/{}/")

    def actor_url(self, slug: str) -> str:
        return self.actor.format(slug)

    def entry_url(self, obj: Event | Statement) -> str:
        if isinstance(obj, Event):
            slug, full, short = selectors.event_slug(obj), self.event, self.event_short
        else:
            slug, full, short = selectors.statement_slug(obj), self.statement, self.statement_short
        return full.format(slug) if "-" in slug else short.format(slug)


def machine_date(obj: Event | Statement) -> str:
    """A valid HTML ``<time datetime>`` value for the known precision, or ""."""
    start, end, precision = obj.date_start, obj.date_end, obj.date_precision
    if start is None or (end is not None and end != start and precision in ("day", "time")):
        return ""
    if precision in ("day", "time"):
        return start.isoformat()
    if precision == "month":
        return start.isoformat()[:7]
    if precision == "year":
        return f"{start.year:04d}"
    return ""


def _published(day: date | None) -> str:
    return date_format(day, "DATE_FORMAT") if day else ""


def source_links(obj: Event | Statement) -> tuple[SourceLink, ...]:
    article_word = _("Article")
    return tuple(
        SourceLink(s.number, s.source_name or s.title or article_word, s.url, _published(s.published))
        for s in selectors.entry_sources(obj)
    )


def event_card(event: Event, urls: UrlMaker) -> Card:
    return Card(
        kind="event",
        dom_id=f"event-{event.pk}",
        css_class=f"entry entry-event occurrence-{event.occurrence}",
        date_text=human_date(event),
        machine_date=machine_date(event),
        type_text=event_type_label(event.type),
        occurrence=event.occurrence,
        occurrence_text=occurrence_label(event.occurrence),
        title=event.title,
        url=urls.entry_url(event),
        speaker=None,
        summary=event.summary,
        quote="",
        quote_language="",
        actors_label=_("Actors"),
        actors=tuple(Link(p.actor.name, urls.actor_url(p.actor.slug)) for p in event.participations.all()),
        sources=source_links(event),
    )


def statement_card(statement: Statement, urls: UrlMaker) -> Card:
    speaker = (
        Link(statement.speaker.name, urls.actor_url(statement.speaker.slug))
        if statement.speaker
        else Link(statement.speaker_name or _("Unknown speaker"), "")
    )
    return Card(
        kind="statement",
        dom_id=f"statement-{statement.pk}",
        css_class="entry entry-statement",
        date_text=human_date(statement),
        machine_date=machine_date(statement),
        type_text=_("Statement"),
        occurrence="",
        occurrence_text="",
        title=Truncator(statement.paraphrase).words(30),
        url=urls.entry_url(statement),
        speaker=speaker,
        summary="",
        quote=statement.quote,
        quote_language=statement.quote_language,
        actors_label=_("Addressed"),
        actors=tuple(Link(a.name, urls.actor_url(a.slug)) for a in statement.addressed.all()),
        sources=source_links(statement),
    )


def card(obj: Event | Statement, urls: UrlMaker | None = None) -> Card:
    urls = urls or UrlMaker()
    return event_card(obj, urls) if isinstance(obj, Event) else statement_card(obj, urls)


@dataclass(frozen=True, slots=True)
class MonthCards:
    label: str
    cards: list[Card]


def month_cards(page: selectors.TimelinePage) -> list[MonthCards]:
    """The page's entries as cards, grouped under localized month headings."""
    urls = UrlMaker()
    unknown = _("Date unknown")
    return [
        MonthCards(date_format(group.month, "YEAR_MONTH_FORMAT") if group.month else unknown,
                   [card(entry.obj, urls) for entry in group.entries])
        for group in page.months
    ]


BAR_WIDTH = 10
CHART_HEIGHT = 100
MIN_SLOTS = 26  # a few bars stay bar-shaped instead of filling the whole width


def _bar_title(overview: selectors.Overview, bar: selectors.Bar) -> str:
    if overview.unit == "week":
        return ngettext("Week of %(day)s: %(count)s entry", "Week of %(day)s: %(count)s entries", bar.count) % {
            "day": format_day(bar.start), "count": bar.count
        }
    return ngettext("%(month)s: %(count)s entry", "%(month)s: %(count)s entries", bar.count) % {
        "month": format_month(bar.start), "count": bar.count
    }


def _bar_href(params: dict[str, str], bar: selectors.Bar) -> str:
    merged = {key: value for key, value in params.items() if key != "page"}
    merged.update(date_from=bar.start.isoformat(), date_to=bar.end.isoformat())
    return "?" + urlencode(sorted(merged.items()))


def overview_svg(overview: selectors.Overview, params: dict[str, str]) -> SafeString:
    """The bar chart as inline SVG; each bar links to the filtered period. Cached per overview and language."""
    key = f"{overview.key}:svg:{get_language()}" if overview.key else ""
    if key:
        cached = cache.get(key)
        if cached is not None:
            return mark_safe(cached)  # noqa: S308 - built below with format_html from escaped parts
    rects = []
    for index, bar in enumerate(overview.bars):
        height = max(2, round(CHART_HEIGHT * bar.count / overview.maximum)) if bar.count and overview.maximum else 0
        rects.append(format_html(
            '<a href="{}"><rect x="{}" y="{}" width="{}" height="{}"></rect><title>{}</title></a>',
            _bar_href(params, bar), index * BAR_WIDTH + 1, CHART_HEIGHT - height, BAR_WIDTH - 2, height,
            _bar_title(overview, bar),
        ))
    svg = format_html(
        '<svg viewBox="0 0 {} {}" preserveAspectRatio="none" aria-labelledby="overview-caption">{}</svg>',
        max(MIN_SLOTS, len(overview.bars)) * BAR_WIDTH, CHART_HEIGHT, mark_safe("".join(rects)),  # noqa: S308
    )
    if key:
        cache.set(key, str(svg), selectors.OVERVIEW_CACHE_SECONDS)
    return svg


@dataclass(frozen=True, slots=True)
class ActiveFilter:
    label: str
    value: str
    remove_url: str


def active_filters(query: selectors.TimelineQuery) -> list[ActiveFilter]:
    """The filters in effect, in words, each with a link that drops it (and the page number)."""
    form = query.filters.form
    cleaned = getattr(form, "cleaned_data", {})  # invalid fields are absent, and so not in query.params either
    shown: list[ActiveFilter] = []
    for name in ("q", "actor", "type", "occurrence", "kind", "date_from", "date_to"):
        value = cleaned.get(name)
        if name not in query.params or value in (None, ""):
            continue
        if name == "actor":
            text = value.name
        elif name in ("date_from", "date_to"):
            text = format_day(value)
        elif name == "q":
            text = f"„{value}“"
        else:
            text = str(dict(form.fields[name].choices).get(value, value))  # type: ignore[attr-defined]
        rest = {key: v for key, v in query.params.items() if key not in (name, "page")}
        shown.append(ActiveFilter(str(form.fields[name].label), text, "?" + urlencode(sorted(rest.items()))))
    return shown
