"""Admin registrations. Moderation actions call the services in tracker.services."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from tracker.admin_ingest import ArticleIngestAdminMixin
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
    list_display = ["name", "kind", "country", "slug"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline]


@admin.register(ActorAlias)
class ActorAliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "actor", "language", "is_role", "valid_from", "valid_to"]
    list_filter = ["language", "is_role"]
    search_fields = ["text", "actor__name"]
    list_select_related = ["actor"]
    autocomplete_fields = ["actor"]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
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


class ParticipantInline(admin.TabularInline):
    model = EventParticipant
    extra = 0
    autocomplete_fields = ["actor"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ("title", "type", "occurrence", "date_edtf", "date_precision", "review_status", "confidence",
                    "conflict")
    list_filter = ["review_status", "type", "occurrence", "date_precision", "conflict"]
    search_fields = ["title", "summary", "participants__name"]
    list_select_related = ["conflict"]
    readonly_fields = ["date_edtf", "reviewed_by", "reviewed_at", "first_approved_by", "source_article",
                       "created_at", "updated_at"]
    raw_id_fields = ["duplicate_of", "merged_into"]
    inlines = [ParticipantInline, CitationInline]


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "speaker", "date_edtf", "review_status", "confidence", "conflict"]
    list_filter = ["review_status", "date_precision", "conflict"]
    search_fields = ["paraphrase", "quote", "speaker__name", "speaker_name"]
    list_select_related = ["speaker", "conflict"]
    autocomplete_fields = ["speaker", "addressed"]
    readonly_fields = ["date_edtf", "reviewed_by", "reviewed_at", "first_approved_by", "source_article",
                       "created_at", "updated_at"]
    raw_id_fields = ["duplicate_of", "merged_into"]
    inlines = [CitationInline]


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "event", "statement", "start", "end"]
    search_fields = ["sentence"]
    list_select_related = ["article", "event", "statement"]
    raw_id_fields = ["article", "event", "statement"]


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    list_display = ["entity", "object_id", "reason", "merged_into_id", "created_at"]
    list_filter = ["entity", "reason"]
