"""Atom feeds for any filtered view of a conflict's or an actor's timeline (same query parameters as the page)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _

from timeline import selectors
from timeline.dates import human_date
from timeline.labels import event_type_label, occurrence_label
from tracker.models import Actor, Conflict, Event, Statement


@dataclass(frozen=True, slots=True)
class FeedScope:
    title: str
    page_url: str
    query: selectors.TimelineQuery


def _with_params(url: str, params: dict[str, str]) -> str:
    return f"{url}?{urlencode(sorted(params.items()))}" if params else url


def entry_title(obj: Event | Statement) -> str:
    if isinstance(obj, Event):
        return obj.title
    speaker = obj.speaker.name if obj.speaker else obj.speaker_name or _("Unknown speaker")
    return f"{speaker}: {obj.paraphrase[:120]}"


def entry_html(obj: Event | Statement) -> str:
    """An HTML description in which every piece of stored text is escaped."""
    parts = [f"<p>{escape(human_date(obj))}</p>"]
    if isinstance(obj, Event):
        parts.append(f"<p>{escape(event_type_label(obj.type))} · {escape(occurrence_label(obj.occurrence))}</p>")
        if obj.summary:
            parts.append(f"<p>{escape(obj.summary)}</p>")
        names = ", ".join(p.actor.name for p in obj.participations.all())
    else:
        parts.append(f"<p>{escape(obj.paraphrase)}</p>")
        if obj.quote:
            parts.append(f"<blockquote>{escape(obj.quote)}</blockquote>")
        names = ", ".join(a.name for a in obj.addressed.all())
    if names:
        parts.append(f"<p>{escape(_('Actors'))}: {escape(names)}</p>")
    sources = selectors.entry_sources(obj)
    if sources:
        items = "".join(
            f'<li><a href="{escape(s.url)}">{escape(s.source_name or s.title)}</a></li>' if s.url
            else f"<li>{escape(s.source_name or s.title)}</li>"
            for s in sources
        )
        parts.append(f"<ol>{items}</ol>")
    return "".join(parts)


def export_etag(request: HttpRequest, *args: object, **kwargs: object) -> str:
    """ETag of a feed or export: the URL with its filters, the language and the data version.

    Pollers that send If-None-Match get 304 without the entries being read. (Renaming an actor or editing an
    article title does not bump the version: such a change shows once any entry is saved again.)
    """
    language = get_language_from_request(request)
    source = f"{request.get_full_path()}|{language}|{selectors.data_version()}"
    return hashlib.sha256(source.encode()).hexdigest()[:32]


class TimelineAtomFeed(Feed):
    feed_type = Atom1Feed

    def scope(self, request: HttpRequest, slug: str) -> FeedScope:
        raise NotImplementedError

    def get_object(self, request: HttpRequest, slug: str) -> FeedScope:  # type: ignore[override]
        return self.scope(request, slug)

    def title(self, obj: FeedScope) -> str:
        return obj.title

    def link(self, obj: FeedScope) -> str:
        return _with_params(obj.page_url, obj.query.params)

    def subtitle(self, obj: FeedScope) -> str:
        return _("Confirmed events and statements")

    def items(self, obj: FeedScope) -> list[selectors.Entry]:
        return selectors.latest_entries(obj.query)

    def item_title(self, item: selectors.Entry) -> str:
        return entry_title(item.obj)

    def item_description(self, item: selectors.Entry) -> str:
        return entry_html(item.obj)

    def item_link(self, item: selectors.Entry) -> str:
        return selectors.entry_url(item.obj)

    def item_guid(self, item: selectors.Entry) -> str:
        """A stable Atom id: the permalink's words change with the title, the entry's id does not."""
        kind = "event" if isinstance(item.obj, Event) else "statement"
        return f"tag:conflict-timeline-tracker,2025:{kind}/{item.obj.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: selectors.Entry) -> datetime:
        return item.obj.reviewed_at or item.obj.created_at

    def item_updateddate(self, item: selectors.Entry) -> datetime:
        return item.obj.updated_at

    def item_categories(self, item: selectors.Entry) -> list[str]:
        obj = item.obj
        return [event_type_label(obj.type)] if isinstance(obj, Event) else [_("Statement")]


class ConflictAtomFeed(TimelineAtomFeed):
    def scope(self, request: HttpRequest, slug: str) -> FeedScope:
        conflict = get_object_or_404(Conflict, slug=slug)
        return FeedScope(
            title=conflict.name,
            page_url=reverse("timeline:conflict", args=[conflict.slug]),
            query=selectors.timeline_query(request.GET, conflict=conflict),
        )


class ActorAtomFeed(TimelineAtomFeed):
    def scope(self, request: HttpRequest, slug: str) -> FeedScope:
        actor = get_object_or_404(Actor, slug=slug)
        return FeedScope(
            title=actor.name,
            page_url=reverse("timeline:actor", args=[actor.slug]),
            query=selectors.timeline_query(request.GET, actor=actor),
        )
