"""Moderation pages in the admin: the review queue, the article view and the moderation endpoints.

Reads are built for a constant number of queries per page (one union for the page of ids, then one query per
model and relation). Every write goes through ``tracker.services.proposals``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.db.models import CharField, F, Prefetch, Q, QuerySet, Value
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST

from tracker.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Article,
    Citation,
    Conflict,
    Event,
    EventParticipant,
    EventType,
    RejectReason,
    ReviewStatus,
    Statement,
)
from tracker.services.proposals import (
    BulkResult,
    ModerationError,
    actor_create_from_name,
    can_moderate,
    four_eyes_required,
    proposal_confirm,
    proposal_merge,
    proposal_reject,
    proposal_unpublish,
    proposals_bulk_confirm,
    proposals_bulk_reject,
    proposals_bulk_unpublish,
)
from tracker.templatetags.moderation import Span, find_terms, highlight

Entry = Event | Statement
PAGE_SIZE = 100
MODELS: dict[str, type[Event] | type[Statement]] = {"event": Event, "statement": Statement}
CONFIDENCE_BANDS = {"low": (0.0, 0.5), "mid": (0.5, 0.8), "high": (0.8, 1.01)}
STATUS_CSS = {
    ReviewStatus.PENDING: "pending", ReviewStatus.CONFIRMED: "confirmed", ReviewStatus.REJECTED: "rejected",
    ReviewStatus.MERGED: "merged", ReviewStatus.UNPUBLISHED: "unpublished",
}


# --- filters --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class QueueFilters:
    conflict: int | None = None
    kind: str = ""
    type: str = ""
    actor: int | None = None
    article: int | None = None
    confidence: str = ""
    duplicate: str = ""
    approval: str = ""

    @classmethod
    def from_request(cls, request: HttpRequest) -> QueueFilters:
        get = request.GET

        def as_int(name: str) -> int | None:
            value = get.get(name, "")
            return int(value) if value.isdigit() else None

        kind = get.get("kind", "")
        return cls(
            conflict=as_int("conflict"),
            kind=kind if kind in MODELS else "",
            type=get.get("type", "") if get.get("type", "") in EventType.values else "",
            actor=as_int("actor"),
            article=as_int("article"),
            confidence=get.get("confidence", "") if get.get("confidence", "") in CONFIDENCE_BANDS else "",
            duplicate=get.get("duplicate", "") if get.get("duplicate", "") in ("yes", "no") else "",
            approval=get.get("approval", "") if get.get("approval", "") in ("first", "none") else "",
        )

    def common(self) -> Q:
        q = Q(review_status=ReviewStatus.PENDING)
        if self.conflict:
            q &= Q(conflict_id=self.conflict)
        if self.article:
            q &= Q(citations__article_id=self.article) | Q(source_article_id=self.article)
        if self.confidence:
            low, high = CONFIDENCE_BANDS[self.confidence]
            q &= Q(confidence__gte=low, confidence__lt=high)
        if self.duplicate == "yes":
            q &= Q(duplicate_of__isnull=False)
        elif self.duplicate == "no":
            q &= Q(duplicate_of__isnull=True)
        if self.approval == "first":
            q &= Q(first_approved_by__isnull=False)
        elif self.approval == "none":
            q &= Q(first_approved_by__isnull=True)
        return q

    def events(self) -> QuerySet[Event] | None:
        if self.kind == "statement":
            return None
        qs = Event.objects.filter(self.common())
        if self.type:
            qs = qs.filter(type=self.type)
        if self.actor:
            qs = qs.filter(participations__actor_id=self.actor)
        return qs

    def statements(self) -> QuerySet[Statement] | None:
        if self.kind == "event" or self.type:
            return None
        qs = Statement.objects.filter(self.common())
        if self.actor:
            qs = qs.filter(Q(speaker_id=self.actor) | Q(addressed__id=self.actor))
        return qs

    def querystring(self, **override: Any) -> str:
        from django.http import QueryDict

        params = QueryDict(mutable=True)
        values = {name: getattr(self, name) for name in self.__slots__} | override  # type: ignore[attr-defined]
        for name, value in values.items():
            if value not in (None, ""):
                params[name] = str(value)
        return params.urlencode()


def _page_keys(filters: QueueFilters) -> QuerySet[Any]:
    """(kind, pk) of the pending entries matching the filters, newest article first, as one UNION query."""
    parts = []
    for kind, qs in (("event", filters.events()), ("statement", filters.statements())):
        if qs is None:
            continue
        parts.append(
            qs.order_by()
            .annotate(kind=Value(kind, output_field=CharField()), published=F("source_article__published_at"),
                      article=F("source_article_id"))
            .values_list("kind", "pk", "published", "article")
            .distinct()
        )
    if not parts:
        return Event.objects.none().values_list("pk")
    combined = parts[0] if len(parts) == 1 else parts[0].union(parts[1], all=True)
    # Entries without an article (added by hand) come last on every database.
    return combined.order_by(F("published").desc(nulls_last=True), F("article").desc(nulls_last=True), "kind", "pk")


# --- rows -----------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One proposal as the queue and the article page show it."""

    kind: str
    entry: Entry
    key: str
    what: str
    actors: list[Actor]
    unknown_name: str
    date_label: str
    occurrence: str
    evidence: SafeString | str
    citation: Citation | None
    article: Article | None
    duplicate_of: Entry | None
    change_url: str
    status_css: str
    spans: list[Span] = field(default_factory=list)
    can_act: bool = True


def _aliases() -> QuerySet[ActorAlias]:
    return ActorAlias.objects.only("id", "actor_id", "text").order_by()


def event_queryset() -> QuerySet[Event]:
    return Event.objects.select_related(
        "source_article", "conflict", "duplicate_of", "first_approved_by"
    ).defer("source_article__text").prefetch_related(
        Prefetch("participations", queryset=EventParticipant.objects.select_related("actor")
                 .prefetch_related(Prefetch("actor__aliases", queryset=_aliases()))),
        Prefetch("citations", queryset=Citation.objects.order_by("article_id", "start")),
    )


def statement_queryset() -> QuerySet[Statement]:
    return Statement.objects.select_related(
        "source_article", "conflict", "duplicate_of", "first_approved_by", "speaker"
    ).defer("source_article__text").prefetch_related(
        Prefetch("addressed", queryset=Actor.objects.prefetch_related(Prefetch("aliases", queryset=_aliases()))),
        Prefetch("speaker__aliases", queryset=_aliases()),
        Prefetch("citations", queryset=Citation.objects.order_by("article_id", "start")),
    )


def date_label(entry: Entry) -> str:
    edtf = entry.date_edtf or "undated"
    precision = entry.get_date_precision_display().lower()  # type: ignore[union-attr]
    label = f"{edtf} ({precision})"
    if entry.date_expression:
        label += f" — “{entry.date_expression}”"
    if entry.date_note:
        label += f", {entry.date_note}"
    return label


def _citation_for(entry: Entry, article_id: int | None) -> Citation | None:
    citations = list(entry.citations.all())
    for citation in citations:
        if citation.article_id == (article_id or entry.source_article_id):
            return citation
    return citations[0] if citations else None


def _actor_terms(actors: Iterable[Actor]) -> list[str]:
    terms: list[str] = []
    for actor in actors:
        terms.append(actor.name)
        terms.extend(alias.text for alias in actor.aliases.all())
    return terms


def evidence_spans(entry: Entry, citation: Citation, actors: Sequence[Actor], unknown_name: str) -> list[Span]:
    """Matched words inside the citation's sentence: trigger, date expression, actor names and aliases."""
    sentence = citation.sentence
    spans: list[Span] = []
    if citation.trigger_start is not None and citation.trigger_end is not None:
        offset = citation.start
        spans.append(Span(citation.trigger_start - offset, citation.trigger_end - offset, "hl-trigger", "trigger"))
    if entry.date_expression:
        spans.extend(find_terms(sentence, [entry.date_expression], "hl-date", "date")[:1])
    spans.extend(find_terms(sentence, _actor_terms(actors), "hl-actor", "actor"))
    if unknown_name:
        spans.extend(find_terms(sentence, [unknown_name], "hl-unknown", "unknown name"))
    return spans


def build_row(entry: Entry, article_id: int | None = None) -> Row:
    kind = "event" if isinstance(entry, Event) else "statement"
    if isinstance(entry, Event):
        actors = [p.actor for p in entry.participations.all()]
        what = f"{entry.get_type_display()}: {entry.title}"  # type: ignore[attr-defined]
        occurrence = entry.get_occurrence_display()  # type: ignore[attr-defined]
        unknown = ""
    else:
        actors = ([entry.speaker] if entry.speaker else []) + list(entry.addressed.all())
        what = f"Statement: {entry.paraphrase[:200]}"
        occurrence = ""
        unknown = "" if entry.speaker_id else entry.speaker_name
    citation = _citation_for(entry, article_id)
    spans = evidence_spans(entry, citation, actors, unknown) if citation else []
    evidence = highlight(citation.sentence, spans) if citation else ""
    return Row(
        kind=kind, entry=entry, key=f"{kind}:{entry.pk}", what=what, actors=actors, unknown_name=unknown,
        date_label=date_label(entry), occurrence=occurrence, evidence=evidence, citation=citation,
        article=entry.source_article, duplicate_of=entry.duplicate_of,
        change_url=reverse(f"admin:tracker_{kind}_change", args=[entry.pk]),
        status_css=STATUS_CSS.get(ReviewStatus(entry.review_status), ""),
    )


def rows_for_keys(keys: Sequence[tuple[str, int]]) -> list[Row]:
    event_ids = [pk for kind, pk in keys if kind == "event"]
    statement_ids = [pk for kind, pk in keys if kind == "statement"]
    loaded: dict[tuple[str, int], Entry] = {}
    if event_ids:
        loaded.update((("event", e.pk), e) for e in event_queryset().filter(pk__in=event_ids))
    if statement_ids:
        loaded.update((("statement", s.pk), s) for s in statement_queryset().filter(pk__in=statement_ids))
    return [build_row(loaded[key]) for key in keys if key in loaded]


def mark_actionable(rows: list[Row], user: Any) -> list[Row]:
    """Hide the action buttons on rows the user may not moderate (the services would refuse anyway)."""
    allowed = {kind: can_moderate(user, model) for kind, model in MODELS.items()}
    for row in rows:
        row.can_act = allowed[row.kind]
    return rows


# --- POST handling --------------------------------------------------------------------------------------------------


def parse_keys(values: Iterable[str]) -> dict[str, list[int]]:
    """"event:12" / "statement:3" → {"event": [12], "statement": [3]}; anything else is ignored."""
    keys: dict[str, list[int]] = {"event": [], "statement": []}
    for value in values:
        kind, _, pk = value.partition(":")
        if kind in keys and pk.isdigit():
            keys[kind].append(int(pk))
    return keys


def _entries(keys: dict[str, list[int]]) -> list[list[Any]]:
    groups: list[list[Any]] = []
    for kind, ids in keys.items():
        if ids:
            model = MODELS[kind]
            groups.append(list(model.objects.filter(pk__in=ids).order_by("pk")))
    return groups


def _report(request: HttpRequest, verb: str, result: BulkResult) -> None:
    if result.done:
        messages.success(request, f"{verb} {len(result.done)} entr{'y' if len(result.done) == 1 else 'ies'}.")
    if result.first_approvals:
        n = len(result.first_approvals)
        messages.info(request, f"First approval recorded for {n} entr{'y' if n == 1 else 'ies'}; "
                               "a second moderator must confirm (four-eyes).")
    for entry, error in result.failed[:20]:
        messages.error(request, f"{type(entry).__name__} #{entry.pk}: {error.message}")
    if len(result.failed) > 20:
        messages.error(request, f"… and {len(result.failed) - 20} more failures.")


def bulk_action(request: HttpRequest, action: str, keys: dict[str, list[int]]) -> None:
    """Confirm, reject or un-publish the selected entries through the services, reporting each failure."""
    reason = request.POST.get("reject_reason", "")
    comment = request.POST.get("comment", "").strip()
    if not any(keys.values()):
        messages.warning(request, "Select at least one proposal.")
        return
    groups = _entries(keys)
    missing = sum(len(ids) for ids in keys.values()) - sum(len(group) for group in groups)
    if missing:
        messages.warning(request, f"{missing} selected proposal(s) no longer exist; the article was probably "
                                  "re-parsed. Check the queue again.")
    for group in groups:
        if action == "confirm":
            _report(request, "Confirmed", proposals_bulk_confirm(user=request.user, entries=group))
        elif action == "reject":
            _report(request, "Rejected", proposals_bulk_reject(user=request.user, entries=group, reason=reason,
                                                              comment=comment))
        elif action == "unpublish":
            _report(request, "Un-published", proposals_bulk_unpublish(user=request.user, entries=group,
                                                                     comment=comment))


def row_action(request: HttpRequest, value: str) -> bool:
    """A button on one row: "confirm:event:12", "reject:event:12", "merge:event:12:7", "actor:statement:3".

    Returns whether it succeeded; the outcome is reported through messages either way.
    """
    action, _, rest = value.partition(":")
    kind, _, rest = rest.partition(":")
    pk, _, target = rest.partition(":")
    handler = ROW_ACTIONS.get(action)
    if kind not in MODELS or not pk.isdigit() or handler is None:
        messages.error(request, "Unknown proposal or action.")
        return False
    entry: Any = MODELS[kind].objects.filter(pk=int(pk)).first()
    if entry is None:
        messages.warning(request, f"{kind.capitalize()} #{pk} no longer exists; the article was probably re-parsed.")
        return False
    try:
        handler(request, entry, kind, target)
    except ModerationError as exc:
        messages.error(request, exc.message)
        return False
    return True


def _row_confirm(request: HttpRequest, entry: Any, kind: str, target: str) -> None:
    done = proposal_confirm(user=request.user, entry=entry)
    if done.review_status == ReviewStatus.CONFIRMED:
        messages.success(request, f"Confirmed and published {kind} #{entry.pk}.")
        if done.duplicate_of_id and done.merged_into_id is None:
            messages.warning(request, f"{kind.capitalize()} #{entry.pk} had a duplicate suggestion "
                                      f"(#{done.duplicate_of_id}); merge them if they report the same thing.")
    else:
        messages.info(request, f"First approval recorded for {kind} #{entry.pk}; a second moderator must confirm.")


def _row_reject(request: HttpRequest, entry: Any, kind: str, target: str) -> None:
    reason = request.POST.get(f"reason-{kind}-{entry.pk}") or request.POST.get("reject_reason", "")
    proposal_reject(user=request.user, entry=entry, reason=reason, comment=request.POST.get("comment", "").strip())
    messages.success(request, f"Rejected {kind} #{entry.pk} ({reason}).")


def _row_merge(request: HttpRequest, entry: Any, kind: str, target: str) -> None:
    into: Any = MODELS[kind].objects.filter(pk=int(target)).first() if target.isdigit() else None
    if into is None:
        raise ModerationError(f"There is no {kind} #{target} to merge into.", code="not_found")
    proposal_merge(user=request.user, entry=entry, into=into)
    _merge_message(request, entry, kind, into.pk)


def _merge_message(request: HttpRequest, entry: Any, kind: str, into_pk: int) -> None:
    entry.refresh_from_db(fields=["review_status"])
    if entry.review_status == ReviewStatus.MERGED:
        messages.success(request, f"Merged {kind} #{entry.pk} into #{into_pk}; its citation moved there.")
    else:
        messages.info(request, f"First approval recorded for merging {kind} #{entry.pk} into #{into_pk}; "
                               "a second moderator must merge it (four-eyes).")


def _row_actor(request: HttpRequest, entry: Any, kind: str, target: str) -> None:
    if not isinstance(entry, Statement) or not entry.speaker_name:
        raise ModerationError("Only a statement with an unknown speaker name can create an actor.")
    actor, updated = actor_create_from_name(
        user=request.user, name=entry.speaker_name, kind=request.POST.get(f"actor-kind-{entry.pk}") or ActorKind.PERSON,
        language=entry.source_article.language if entry.source_article else "",
    )
    url = reverse("admin:tracker_actor_change", args=[actor.pk])
    messages.success(request, _format_actor_message(url, actor.name, updated))


ROW_ACTIONS = {"confirm": _row_confirm, "reject": _row_reject, "merge": _row_merge, "actor": _row_actor}


def _format_actor_message(url: str, name: str, updated: int) -> SafeString:
    return format_html('Created actor <a href="{}">{}</a>; it is now the speaker of {} pending statement(s).',
                       url, name, updated)


def safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return fallback


# --- views ----------------------------------------------------------------------------------------------------------


class ModerationViews:
    """Views mounted by EventAdmin.get_urls (they need the admin site's context and login wrapper)."""

    def __init__(self, model_admin: admin.ModelAdmin[Any]) -> None:
        self.model_admin = model_admin
        self.admin_site = model_admin.admin_site

    def _context(self, request: HttpRequest, title: str) -> dict[str, Any]:
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": Event._meta,
            "reject_reasons": RejectReason.choices,
            "actor_kinds": ActorKind.choices,
            "can_moderate_events": can_moderate(cast(Any, request.user), Event),
            "can_moderate_statements": can_moderate(cast(Any, request.user), Statement),
            "four_eyes": four_eyes_required(),
            "queue_url": reverse("admin:tracker_review_queue"),
            "offer_unpublish": False,
        }

    def _deny_unless_viewer(self, request: HttpRequest) -> None:
        from django.core.exceptions import PermissionDenied

        if not self.model_admin.has_view_permission(request):
            raise PermissionDenied

    def queue(self, request: HttpRequest) -> HttpResponse:
        self._deny_unless_viewer(request)
        if request.method == "POST":
            return self.handle_post(request, reverse("admin:tracker_review_queue"))
        filters = QueueFilters.from_request(request)
        paginator = Paginator(_page_keys(filters), PAGE_SIZE)
        page = paginator.get_page(request.GET.get("p"))
        keys = [(kind, pk) for kind, pk, *_ in page.object_list]
        rows = mark_actionable(rows_for_keys(keys), request.user)
        context = self._context(request, "Review queue")
        context.update({
            "rows": rows,
            "page": page,
            "paginator": paginator,
            "filters": filters,
            "conflicts": Conflict.objects.only("id", "name"),
            "event_types": EventType.choices,
            "filter_actors": Actor.objects.filter(
                Q(participations__event__review_status=ReviewStatus.PENDING)
                | Q(statements__review_status=ReviewStatus.PENDING)
            ).distinct().only("id", "name").order_by("name")[:500],
            "filter_articles": Article.objects.filter(
                Q(pk__in=Event.objects.pending().values("source_article"))
                | Q(pk__in=Statement.objects.pending().values("source_article"))
            ).only("id", "title", "published_at").order_by("-published_at")[:200],
            "confidence_bands": [("low", "below 0.5"), ("mid", "0.5 – 0.8"), ("high", "0.8 and above")],
            "querystring": filters.querystring(),
            "next_url": request.get_full_path(),
        })
        return TemplateResponse(request, "admin/tracker/review_queue.html", context)

    def handle_post(self, request: HttpRequest, fallback: str) -> HttpResponse:
        if request.POST.get("row_action"):
            row_action(request, request.POST["row_action"])
        elif request.POST.get("action") in ("confirm", "reject", "unpublish"):
            bulk_action(request, request.POST["action"], parse_keys(request.POST.getlist("selected")))
        else:
            return HttpResponseBadRequest("Unknown moderation action.")
        return HttpResponseRedirect(safe_next(request, fallback))

    def article(self, request: HttpRequest, pk: int) -> HttpResponse:
        self._deny_unless_viewer(request)
        article = get_object_or_404(Article.objects.select_related("conflict"), pk=pk)
        url = reverse("admin:tracker_review_article", args=[pk])
        if request.method == "POST":
            if request.POST.get("reparse"):
                return self.reparse(request, article, url)
            if request.POST.get("new_actor"):
                return self.new_actor(request, article, url)
            return self.handle_post(request, url)
        events = list(event_queryset().filter(Q(citations__article=article) | Q(source_article=article)).distinct()
                      .order_by("pk"))
        statements = list(statement_queryset().filter(Q(citations__article=article) | Q(source_article=article))
                          .distinct().order_by("pk"))
        entries: list[Entry] = [*events, *statements]
        rows = mark_actionable([build_row(entry, article.pk) for entry in entries], request.user)
        rows.sort(key=lambda row: (row.citation.start if row.citation else 0, row.kind, row.entry.pk))
        spans = []
        for row in rows:
            for citation in row.entry.citations.all():
                if citation.article_id == article.pk:
                    spans.append(Span(citation.start, citation.end, f"proposal {row.kind} {row.status_css}",
                                      f"{row.kind} #{row.entry.pk}: {row.what[:80]} ({row.entry.review_status})",
                                      f"span-{row.kind}-{row.entry.pk}"))
        context = self._context(request, f"Review article: {article}")
        context.update({
            "article": article,
            "rows": rows,
            "article_html": highlight(article.text, spans),
            "pending_count": sum(1 for row in rows if row.entry.review_status == ReviewStatus.PENDING),
            "can_reparse": request.user.has_perm("tracker.change_article"),
            "can_add_actor": request.user.has_perm("tracker.add_actor"),
            "offer_unpublish": True,
            "next_url": url,
        })
        return TemplateResponse(request, "admin/tracker/review_article.html", context)

    def new_actor(self, request: HttpRequest, article: Article, url: str) -> HttpResponse:
        """A name the parser did not know becomes an actor (with the name as alias); then re-parse to use it."""
        try:
            actor, updated = actor_create_from_name(
                user=cast(Any, request.user), name=request.POST.get("name", ""),
                canonical_name=request.POST.get("canonical_name", ""),
                kind=request.POST.get("kind") or ActorKind.PERSON, country=request.POST.get("country", ""),
                language=article.language,
            )
        except ModerationError as exc:
            messages.error(request, exc.message)
        else:
            change_url = reverse("admin:tracker_actor_change", args=[actor.pk])
            messages.success(request, _format_actor_message(change_url, actor.name, updated))
            messages.info(request, "Re-parse the article to attach the new actor to its proposals.")
        return HttpResponseRedirect(url)

    def reparse(self, request: HttpRequest, article: Article, url: str) -> HttpResponse:
        from tracker.services.articles import article_request_parse

        if not request.user.has_perm("tracker.change_article"):
            messages.error(request, "You may not re-parse articles (permission tracker.change_article).")
        else:
            article_request_parse(article=article)
            messages.success(request, "The article is queued for parsing again; its pending proposals will be "
                                      "replaced, decided entries are kept.")
        return HttpResponseRedirect(url)


def moderate_view(model_admin: admin.ModelAdmin[Any], kind: str) -> Any:
    """POST endpoint behind the moderation panel on an entry's change page."""

    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        model = MODELS[kind]
        entry: Any = get_object_or_404(model, pk=pk)
        change_url = reverse(f"admin:tracker_{kind}_change", args=[pk])
        action = request.POST.get("moderation", "")
        comment = request.POST.get("comment", "").strip()
        try:
            if action == "confirm":
                row_action(request, f"confirm:{kind}:{pk}")
                return HttpResponseRedirect(change_url)
            if action == "reject":
                proposal_reject(user=request.user, entry=entry, reason=request.POST.get("reject_reason", ""),
                                comment=comment)
                messages.success(request, f"Rejected {kind} #{pk}.")
            elif action == "unpublish":
                proposal_unpublish(user=request.user, entry=entry, comment=comment)
                messages.success(request, f"Un-published {kind} #{pk}; API mirrors are told through a tombstone.")
            elif action == "merge":
                target_id = request.POST.get("merge_into", "").strip().lstrip("#")
                if not target_id.isdigit():
                    raise ModerationError("Give the id of the entry to merge into.")
                into: Any = model.objects.filter(pk=int(target_id)).first()
                if into is None:
                    raise ModerationError(f"There is no {kind} #{target_id}.")
                proposal_merge(user=request.user, entry=entry, into=into, comment=comment)
                _merge_message(request, entry, kind, into.pk)
                if entry.review_status == ReviewStatus.MERGED:
                    return HttpResponseRedirect(reverse(f"admin:tracker_{kind}_change", args=[into.pk]))
            else:
                return HttpResponseBadRequest("Unknown moderation action.")
        except ModerationError as exc:
            messages.error(request, exc.message)
        return HttpResponseRedirect(change_url)

    return model_admin.admin_site.admin_view(view)
