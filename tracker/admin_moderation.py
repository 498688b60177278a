"""Moderation behaviour shared by EventAdmin and StatementAdmin.

* Bulk actions (confirm, reject with a reason code, un-publish) calling ``tracker.services.proposals``.
* "Save and confirm" on the change form (edit then confirm), a moderation panel (reject, merge, un-publish) and a
  field-by-field change log from django-simple-history.
* Review status and reviewer fields are read-only: only the services change them. Confirmed, merged and
  un-published entries cannot be deleted (un-publish instead), and there is no bulk delete.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.db.models import Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from tracker.admin_views import (
    ModerationViews,
    build_row,
    bulk_action,
    event_queryset,
    evidence_spans,
    moderate_view,
    row_action,
    safe_next,
    statement_queryset,
)
from tracker.models import Event, EventParticipant, RejectReason, ReviewStatus
from tracker.services.proposals import (
    EDITABLE_FIELDS,
    ModerationError,
    can_moderate,
    entity_name,
    four_eyes_required,
    proposal_record_related_change,
    proposal_update,
)
from tracker.templatetags.moderation import highlight

REVIEW_FIELDS = ["review_status", "reject_reason", "first_approved_by", "reviewed_by", "reviewed_at",
                 "merged_into", "source_article", "confidence", "date_edtf", "created_at", "updated_at"]
CLOSED = {ReviewStatus.REJECTED, ReviewStatus.MERGED}
# Citations of these entries cannot be deleted (so neither can their articles) in the admin.
PROTECTED_SOURCES = {ReviewStatus.CONFIRMED, ReviewStatus.UNPUBLISHED}
HIDDEN_DIFF_FIELDS = {"date_edtf"}


class ModerationActionForm(helpers.ActionForm):
    reject_reason = forms.ChoiceField(
        label="Reject reason", required=False, choices=[("", "— reason (for reject) —"), *RejectReason.choices]
    )
    comment = forms.CharField(label="Comment", required=False,
                              widget=forms.TextInput(attrs={"placeholder": "comment (optional)"}))


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class AuditRecord:
    when: Any
    user: Any
    kind: str
    reason: str
    changes: list[FieldChange]


def _display(model: type[Model], name: str, value: Any, names: dict[tuple[str, Any], str]) -> Any:
    field = model._meta.get_field(name)
    choices = dict(getattr(field, "choices", None) or [])
    if value in choices:
        return choices[value]
    if value in (None, ""):
        return "—"
    if getattr(field, "is_relation", False):
        return names.get((name, value), f"#{value}")
    return value


def _label(model: type[Model], name: str) -> str:
    return str(getattr(model._meta.get_field(name), "verbose_name", name))


def _related_names(model: type[Model], deltas: list[Any]) -> dict[tuple[str, Any], str]:
    """Readable names for the foreign keys in the diffs: one query per related model."""
    wanted: dict[str, set[Any]] = {}
    for delta in deltas:
        for change in delta.changes:
            field = model._meta.get_field(change.field)
            if getattr(field, "is_relation", False):
                wanted.setdefault(change.field, set()).update(v for v in (change.old, change.new) if v is not None)
    names: dict[tuple[str, Any], str] = {}
    for field_name, ids in wanted.items():
        related = model._meta.get_field(field_name).related_model
        if related is None or isinstance(related, str):
            continue
        for obj in related._default_manager.filter(pk__in=ids):
            names[(field_name, obj.pk)] = f"{obj} (#{obj.pk})" if related is not get_user_model() else str(obj)
    return names


def audit_trail(entry: Model, limit: int = 50) -> list[AuditRecord]:
    """Who changed what and when, newest first, with field-level old → new values."""
    history = entry.history  # type: ignore[attr-defined]
    records = list(history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    model = type(entry)
    deltas = [records[i].diff_against(records[i + 1], excluded_fields=HIDDEN_DIFF_FIELDS)
              if i + 1 < len(records) else None for i in range(min(limit, len(records)))]
    names = _related_names(model, [d for d in deltas if d is not None])
    trail = []
    for record, delta in zip(records, deltas, strict=False):
        changes = [FieldChange(_label(model, c.field), _display(model, c.field, c.old, names),
                               _display(model, c.field, c.new, names)) for c in (delta.changes if delta else [])]
        trail.append(AuditRecord(record.history_date, record.history_user, record.get_history_type_display(),
                                 record.history_change_reason or "", changes))
    return trail


def merge_candidates(entry: Any, limit: int = 8) -> list[Any]:
    """Entries this one may report again: same type (events) or speaker (statements), overlapping dates."""
    model = type(entry)
    queryset = model.objects.filter(review_status__in=[ReviewStatus.CONFIRMED, ReviewStatus.PENDING]).exclude(
        pk=entry.pk)
    if entry.date_start is not None:
        end = entry.date_end or entry.date_start
        queryset = queryset.filter(date_start__lte=end, date_end__gte=entry.date_start)
    queryset = queryset.filter(type=entry.type) if model is Event else queryset.filter(speaker_id=entry.speaker_id)
    if entry.conflict_id:
        queryset = queryset.filter(conflict_id=entry.conflict_id)
    # Confirmed first ("confirmed" < "pending"), then the suggestion's neighbours by date.
    return list(queryset.order_by("review_status", "date_start", "pk")[:limit])


def is_public_citation(citation: Any) -> bool:
    entry = citation.event if citation.event_id else citation.statement
    return bool(entry is not None and entry.review_status in PROTECTED_SOURCES)


def evidence_html(entry: Any) -> SafeString:
    """Every citation's sentence with the matched words highlighted, for the change page."""
    if entry is None or entry.pk is None:
        return format_html("{}", "—")
    model = type(entry)
    queryset = event_queryset() if model is Event else statement_queryset()
    fresh = queryset.get(pk=entry.pk)
    row = build_row(fresh)
    parts = []
    for citation in fresh.citations.all():
        spans = evidence_spans(fresh, citation, row.actors, row.unknown_name)
        url = reverse("admin:tracker_review_article", args=[citation.article_id])
        parts.append(format_html('<p class="evidence">{} <a href="{}#span-{}-{}">article #{}</a></p>',
                                 highlight(citation.sentence, spans), url, row.kind, fresh.pk, citation.article_id))
    return mark_safe("".join(parts)) if parts else format_html("{}", "no citation")  # noqa: S308 - built above


class ReadOnlyWhenClosedInlineMixin:
    """Inline rows of a rejected or merged entry (or for users who may not moderate) cannot be changed."""

    def _closed(self, request: HttpRequest, obj: Any) -> bool:
        if obj is None:
            return False
        return obj.review_status in CLOSED or not can_moderate(cast(Any, request.user), type(obj))

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not self._closed(request, obj) and super().has_add_permission(request, obj)  # type: ignore[misc]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not self._closed(request, obj) and super().has_change_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not self._closed(request, obj) and super().has_delete_permission(request, obj)  # type: ignore[misc]


class ModerationAdminMixin:
    """Mix into EventAdmin / StatementAdmin before SimpleHistoryAdmin."""

    action_form = ModerationActionForm
    actions = ["confirm_selected", "reject_selected", "unpublish_selected"]
    change_form_template = "admin/tracker/entry_change_form.html"
    model: Any
    admin_site: admin.AdminSite

    # --- permissions ---

    def has_confirm_permission(self, request: HttpRequest) -> bool:
        return can_moderate(cast(Any, request.user), cast(Any, self.model))

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.review_status not in (ReviewStatus.PENDING, ReviewStatus.REJECTED):
            return False  # confirmed entries are un-published, never deleted
        return super().has_delete_permission(request, obj)  # type: ignore[misc]

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)  # type: ignore[misc]
        actions.pop("delete_selected", None)
        return cast(dict[str, Any], actions)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))  # type: ignore[misc]
        readonly += [name for name in REVIEW_FIELDS if name not in readonly]
        if obj is not None and (obj.review_status in CLOSED or not self.has_confirm_permission(request)):
            # Closed entries (and users who may not moderate) see the entry, but cannot edit it.
            editable = EDITABLE_FIELDS[type(obj)]
            readonly += [name for name in editable if name not in readonly]
            readonly += [name for name in ("addressed", "speaker", "participants") if name not in readonly]
        return readonly

    # --- bulk actions ---

    @admin.action(description="Confirm (publish) selected proposals", permissions=["confirm"])
    def confirm_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        bulk_action(request, "confirm", {entity_name(self.model): list(queryset.values_list("pk", flat=True))})

    @admin.action(description="Reject selected proposals (choose a reason)", permissions=["confirm"])
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        if not request.POST.get("reject_reason"):
            messages.error(request, "Choose a reject reason next to the action.")
            return
        bulk_action(request, "reject", {entity_name(self.model): list(queryset.values_list("pk", flat=True))})

    @admin.action(description="Un-publish selected confirmed entries", permissions=["confirm"])
    def unpublish_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        bulk_action(request, "unpublish", {entity_name(self.model): list(queryset.values_list("pk", flat=True))})

    # --- edits go through the service ---

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm[Any], change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)  # type: ignore[misc]
            return
        editable = EDITABLE_FIELDS[type(obj)]
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in editable}
        if changes:
            try:
                proposal_update(user=cast(Any, request.user), entry=obj, changes=changes)
            except ModerationError as exc:
                messages.error(request, exc.message)

    def save_formset(self, request: HttpRequest, form: ModelForm[Any], formset: BaseInlineFormSet[Any, Any, Any],
                     change: bool) -> None:
        before = self._participant_names(formset)
        super().save_formset(request, form, formset, change)  # type: ignore[misc]
        if change and formset.model is EventParticipant and formset.has_changed():
            after = self._participant_names(formset)
            added, removed = sorted(after - before), sorted(before - after)
            note = "participants:" + "".join(f" +{n}" for n in added) + "".join(f" −{n}" for n in removed)
            proposal_record_related_change(user=cast(Any, request.user), entry=form.instance,
                                           note=note if added or removed else "participants: roles changed")

    def save_related(self, request: HttpRequest, form: ModelForm[Any], formsets: Any, change: bool) -> None:
        obj = form.instance
        tracks_addressed = change and "addressed" in form.changed_data
        before = set(obj.addressed.values_list("name", flat=True)) if tracks_addressed else set()
        super().save_related(request, form, formsets, change)  # type: ignore[misc]
        if tracks_addressed:
            after = set(obj.addressed.values_list("name", flat=True))
            added, removed = sorted(after - before), sorted(before - after)
            if added or removed:
                note = "addressed:" + "".join(f" +{n}" for n in added) + "".join(f" −{n}" for n in removed)
                proposal_record_related_change(user=cast(Any, request.user), entry=obj, note=note)

    @staticmethod
    def _participant_names(formset: BaseInlineFormSet[Any, Any, Any]) -> set[str]:
        if formset.model is not EventParticipant or formset.instance.pk is None:
            return set()
        return set(EventParticipant.objects.filter(event=formset.instance).values_list("actor__name", flat=True))

    # --- change form: save and confirm, moderation panel, change log ---

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "",
                    extra_context: dict[str, Any] | None = None) -> HttpResponse:
        obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
        extra = dict(extra_context or {})
        if obj is not None:
            kind = entity_name(self.model)
            extra.update({
                "audit_trail": audit_trail(obj),
                "entry": obj,
                "entry_kind": kind,
                "can_moderate": self.has_confirm_permission(request),
                "reject_reasons": RejectReason.choices,
                "four_eyes": four_eyes_required(),
                "moderate_url": reverse(f"admin:tracker_{kind}_moderate", args=[obj.pk]),
                "history_url": reverse(f"admin:tracker_{kind}_history", args=[obj.pk]),
                "is_pending": obj.review_status in (ReviewStatus.PENDING, ReviewStatus.UNPUBLISHED),
                "is_confirmed": obj.review_status == ReviewStatus.CONFIRMED,
                "is_mergeable": obj.review_status in (ReviewStatus.PENDING, ReviewStatus.CONFIRMED),
                "merge_candidates": merge_candidates(obj)
                if obj.review_status in (ReviewStatus.PENDING, ReviewStatus.CONFIRMED) else [],
            })
        return super().change_view(request, object_id, form_url, extra)  # type: ignore[misc, no-any-return]

    def response_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        if "_saveconfirm" in request.POST:
            if row_action(request, f"confirm:{entity_name(obj)}:{obj.pk}"):
                return HttpResponseRedirect(safe_next(request, reverse("admin:tracker_review_queue")))
            return HttpResponseRedirect(request.get_full_path())  # the edit is saved; the page says why not confirmed
        return super().response_change(request, obj)  # type: ignore[misc, no-any-return]

    def moderation_urls(self) -> list[URLPattern]:
        kind = entity_name(self.model)
        return [path("<int:pk>/moderate/", moderate_view(cast(Any, self), kind), name=f"tracker_{kind}_moderate")]


class EventModerationAdminMixin(ModerationAdminMixin):
    """EventAdmin also mounts the review queue and the article review page."""

    def get_urls(self) -> list[URLPattern]:
        views = ModerationViews(cast(Any, self))
        wrap = self.admin_site.admin_view
        return [
            path("review/", wrap(views.queue), name="tracker_review_queue"),
            path("review/article/<int:pk>/", wrap(views.article), name="tracker_review_article"),
            *self.moderation_urls(),
            *super().get_urls(),  # type: ignore[misc]
        ]


class StatementModerationAdminMixin(ModerationAdminMixin):
    def get_urls(self) -> list[URLPattern]:
        return [*self.moderation_urls(), *super().get_urls()]  # type: ignore[misc]
