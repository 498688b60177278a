"""Admin registrations. Moderation actions call the services in tracker.services."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from tracker.admin_ingest import ArticleIngestAdminMixin, FeedPollAdminMixin
from tracker.admin_moderation import (
    EventModerationAdminMixin,
    ReadOnlyWhenClosedInlineMixin,
    StatementModerationAdminMixin,
    evidence_html,
    is_public_citation,
)
from tracker.models import (
    Actor,
    ActorAlias,
    Article,
    Citation,
    Conflict,
    Event,
    EventParticipant,
    Feed,
    Statement,
    Tombstone,
)


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "updated_at"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ["text", "language", "is_role", "valid_from", "valid_to"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "represents", "slug"]
    list_filter = ["kind", "country"]
    list_select_related = ["represents"]
    search_fields = ["name", "slug", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["represents"]
    inlines = [ActorAliasInline]


@admin.register(ActorAlias)
class ActorAliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "actor", "language", "is_role", "valid_from", "valid_to"]
    list_filter = ["language", "is_role"]
    search_fields = ["text", "actor__name"]
    list_select_related = ["actor"]
    autocomplete_fields = ["actor"]


@admin.register(Feed)
class FeedAdmin(FeedPollAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "url", "conflict", "is_active", "last_polled_at", "last_error"]
    list_filter = ["is_active", "conflict"]
    search_fields = ["name", "url"]


@admin.register(Article)
class ArticleAdmin(ArticleIngestAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "language", "published_at", "status", "attempts", "source_name", "conflict"]
    list_filter = ["status", "language", "conflict", "source_name"]
    search_fields = ["title", "url", "text"]
    date_hierarchy = "published_at"
    readonly_fields = ["content_hash", "url_normalized", "status", "attempts", "last_error", "warnings",
                       "status_changed_at", "parsed_at", "created_at", "updated_at"]
    list_select_related = ["conflict"]


class CitationInline(admin.TabularInline):
    model = Citation
    extra = 0
    fields = ("article", "start", "end", "sentence")
    readonly_fields = fields
    can_delete = False


class ParticipantInline(ReadOnlyWhenClosedInlineMixin, admin.TabularInline):
    model = EventParticipant
    extra = 0
    autocomplete_fields = ["actor"]


class EntryAdminBase(SimpleHistoryAdmin):
    """Moderation columns shared by events and statements (the behaviour lives in tracker.admin_moderation)."""

    list_per_page = 100

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return super().get_queryset(request).defer("source_article__text")

    @admin.display(description="article", ordering="source_article__published_at")
    def article_link(self, obj: Event | Statement) -> str:
        if obj.source_article_id is None or obj.source_article is None:
            return "—"
        url = reverse("admin:tracker_review_article", args=[obj.source_article_id])
        return format_html('<a href="{}">{}</a>', url, str(obj.source_article)[:60])

    @admin.display(description="1st approval")
    def first_approval(self, obj: Event | Statement) -> str:
        return str(obj.first_approved_by) if obj.first_approved_by_id else ""

    @admin.display(description="evidence")
    def evidence(self, obj: Event | Statement) -> str:
        return evidence_html(obj)


@admin.register(Event)
class EventAdmin(EventModerationAdminMixin, EntryAdminBase):
    list_display = ("title", "type", "occurrence", "date_edtf", "date_precision", "review_status", "confidence",
                    "first_approval", "article_link", "conflict")
    list_filter = ["review_status", "type", "occurrence", "date_precision", "conflict",
                   ("duplicate_of", admin.EmptyFieldListFilter), ("first_approved_by", admin.EmptyFieldListFilter)]
    search_fields = ["title", "summary", "participants__name"]
    list_select_related = ["conflict", "source_article", "first_approved_by"]
    readonly_fields = ["evidence", "date_edtf", "reviewed_by", "reviewed_at", "first_approved_by", "source_article",
                       "created_at", "updated_at"]
    raw_id_fields = ["duplicate_of"]
    inlines = [ParticipantInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["evidence", "title", ("type", "occurrence"), "summary", "conflict", "duplicate_of"]}),
        ("Date", {"fields": [("date_start", "date_end", "date_precision"), ("date_expression", "date_note"),
                             ("date_value", "date_mod", "date_basis"), "date_edtf"]}),
        ("Review", {"fields": [("review_status", "reject_reason"), "review_comment",
                               ("first_approved_by", "reviewed_by", "reviewed_at"), "merged_into",
                               ("source_article", "confidence"), ("created_at", "updated_at")]}),
    ]


@admin.register(Statement)
class StatementAdmin(StatementModerationAdminMixin, EntryAdminBase):
    list_display = ["__str__", "speaker", "speaker_name", "date_edtf", "review_status", "confidence",
                    "first_approval", "article_link", "conflict"]
    list_filter = ["review_status", "date_precision", "conflict", ("speaker", admin.EmptyFieldListFilter),
                   ("duplicate_of", admin.EmptyFieldListFilter), ("first_approved_by", admin.EmptyFieldListFilter)]
    search_fields = ["paraphrase", "quote", "speaker__name", "speaker_name"]
    list_select_related = ["speaker", "conflict", "source_article", "first_approved_by"]
    autocomplete_fields = ["speaker", "addressed"]
    readonly_fields = ["evidence", "date_edtf", "reviewed_by", "reviewed_at", "first_approved_by", "source_article",
                       "created_at", "updated_at"]
    raw_id_fields = ["duplicate_of"]
    inlines = [CitationInline]
    fieldsets = [
        (None, {"fields": ["evidence", ("speaker", "speaker_name"), "paraphrase", ("quote", "quote_language"),
                           "addressed", "conflict", "duplicate_of"]}),
        ("Date", {"fields": [("date_start", "date_end", "date_precision"), ("date_expression", "date_note"),
                             ("date_value", "date_mod", "date_basis"), "date_edtf"]}),
        ("Review", {"fields": [("review_status", "reject_reason"), "review_comment",
                               ("first_approved_by", "reviewed_by", "reviewed_at"), "merged_into",
                               ("source_article", "confidence"), ("created_at", "updated_at")]}),
    ]


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "event", "statement", "start", "end"]
    search_fields = ["sentence"]
    list_select_related = ["article", "event", "statement"]
    raw_id_fields = ["article", "event", "statement"]

    def has_delete_permission(self, request: HttpRequest, obj: Citation | None = None) -> bool:
        # A public entry's source is never removed silently, not even by deleting its article.
        if obj is not None and is_public_citation(obj):
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    list_display = ["entity", "object_id", "reason", "merged_into_id", "created_at"]
    list_filter = ["entity", "reason"]
