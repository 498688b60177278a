"""Read-only API viewsets and the article submission endpoint.

Public reads start at ``Event.objects.public()``/``Statement.objects.public()``; only users with the model's
``confirm_*`` permission may ask for ``review_status=pending``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import HttpResponseBase, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags, quote_etag
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.filters import OrderingFilter
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.schemas.inspectors import ViewInspector
from rest_framework.views import APIView

from timeline.api import filters, serializers
from timeline.api.ingest import IngestFailed, max_request_bytes, submit_article
from timeline.api.pagination import ApiCursorPagination
from timeline.api.renderers import CSVRenderer, TimelineJSRenderer, actor_row, event_row, flat_row, statement_row
from timeline.api.schema import ApiAutoSchema
from timeline.api.serializers import attach_event_relations
from timeline.exports import timelinejs_document
from timeline.selectors import Entry
from tracker.models import (
    Actor,
    ActorAlias,
    Article,
    Citation,
    Conflict,
    Event,
    EventParticipant,
    ReviewStatus,
    Statement,
    Tombstone,
    TombstoneReason,
)

FORMAT_PARAMETER = OpenApiParameter(
    "format", OpenApiTypes.STR, enum=["json", "csv"], description="Output format (or use the Accept header)."
)
EVENT_FORMAT_PARAMETER = OpenApiParameter(
    "format", OpenApiTypes.STR, enum=["json", "csv", "timelinejs"],
    description="Output format: json, csv, or timelinejs (TimelineJS3 JSON of this page).",
)


# ---------------------------------------------------------------- shared behaviour


class ApiFilterBackend(DjangoFilterBackend):
    """django-filter, skipped when the request names none of the filter set's parameters (nothing to narrow:
    building and validating the filter form would cost a sixth of an uncached page)."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and not set(request.query_params).intersection(filterset_class.base_filters):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StableOrderingFilter(OrderingFilter):
    """``?ordering=`` on one whitelisted field; ``id`` always breaks ties, so cursors stay exact.

    The cursor paginator applies the order (``date`` sorts by the start date, undated entries last)."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        return queryset

    def get_ordering(self, request: Request, queryset: QuerySet, view: APIView) -> list[str]:
        ordering = list(super().get_ordering(request, queryset, view) or ["id"])[:1]
        first = ordering[0]
        if first.lstrip("-") != "id":
            ordering.append("-id" if first.startswith("-") else "id")
        return ordering


class ConditionalGetMixin:
    """Strong ETags on successful GETs (a hash of the rendered body) and 304 on a matching If-None-Match."""

    schema: ViewInspector | None = ApiAutoSchema()

    def finalize_response(self, request: Request, response: HttpResponseBase, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        if request.method not in ("GET", "HEAD") or response.status_code != status.HTTP_200_OK:
            return response
        patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        response["Cache-Control"] = "no-cache"
        if isinstance(response, Response):
            response.render()
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:40])  # type: ignore[attr-defined]
        response["ETag"] = etag
        wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
        if etag in wanted or "*" in wanted:
            not_modified = HttpResponseNotModified()
            for header in ("ETag", "Vary", "Cache-Control", "Link"):
                if header in response:
                    not_modified[header] = response[header]
            return not_modified
        return response


CACHED_HEADERS = ("Link", "X-Page-Size")
STALE_GRACE_SECONDS = 30  # how long an expired page may still be served while one request refreshes it


def api_cache_seconds() -> int:
    return int(getattr(settings, "TRACKER_API_CACHE_SECONDS", 0))


class PublicPageCacheMixin:
    """Serve identical public GETs from a short per-process cache (``TRACKER_API_CACHE_SECONDS``).

    Only confirmed-entry reads are cached, after authentication, permissions and throttling ran. The key is the
    absolute URL and the negotiated media type, so every format and host has its own entry. A request with
    ``Cache-Control: no-cache`` skips the cache. Staleness is bounded by the TTL; an incremental-sync client
    loses nothing by it, because it resumes from the largest ``updated_at`` it has seen.
    """

    def cached(self, request: Request, produce: Callable[[], Response]) -> Response:
        ttl = api_cache_seconds()
        wanted = request.query_params.get("review_status") or ReviewStatus.CONFIRMED
        if ttl <= 0 or request.method != "GET" or wanted != ReviewStatus.CONFIRMED:
            return produce()
        fingerprint = f"{request.build_absolute_uri()}|{request.accepted_media_type}"
        key = "api-page:" + hashlib.sha256(fingerprint.encode()).hexdigest()
        if "no-cache" not in request.headers.get("Cache-Control", ""):
            entry = cache.get(key)
            # A fresh entry is served; so is an expired one while another request of this process refreshes it
            # (stale-while-revalidate: one request pays for the refresh instead of every request queueing behind it).
            if entry is not None and (entry[0] > time.time() or not cache.add(f"{key}:refreshing", 1, timeout=10)):
                return self._from_cache(entry)
        try:
            response = produce()
            if isinstance(response, Response) and response.status_code == status.HTTP_200_OK:
                response.accepted_renderer = request.accepted_renderer
                response.accepted_media_type = request.accepted_media_type
                response.renderer_context = self.get_renderer_context()  # type: ignore[attr-defined]
                response.render()
                headers = [(h, response[h]) for h in CACHED_HEADERS if h in response]
                entry = (time.time() + ttl, response.content, response["Content-Type"], headers)
                cache.set(key, entry, ttl + STALE_GRACE_SECONDS)
                response["X-Cache"] = "miss"
        finally:
            cache.delete(f"{key}:refreshing")
        return response

    @staticmethod
    def _from_cache(entry: tuple[float, bytes, str, list[tuple[str, str]]]) -> Response:
        _, content, content_type, headers = entry
        response = Response(status=status.HTTP_200_OK)
        response.content = content  # marks the response rendered: DRF will not render it again
        response["Content-Type"] = content_type
        for header, value in headers:
            response[header] = value
        response["X-Cache"] = "hit"
        return response

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.cached(request, lambda: super(PublicPageCacheMixin, self).list(  # type: ignore[misc]
            request, *args, **kwargs))


class PublicDetailCacheMixin(PublicPageCacheMixin):
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.cached(request, lambda: super(PublicDetailCacheMixin, self).retrieve(  # type: ignore[misc]
            request, *args, **kwargs))


class ReadOnlyApiViewSet(ConditionalGetMixin, PublicDetailCacheMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[0-9]+"
    renderer_classes = [JSONRenderer, CSVRenderer]
    pagination_class = ApiCursorPagination
    filter_backends = [ApiFilterBackend, StableOrderingFilter]
    ordering_fields = ["id", "updated_at"]
    ordering = ["id"]


def visible_entries(request: Request, model: type[Event] | type[Statement]) -> QuerySet:
    """Confirmed entries; pending ones only for users holding ``tracker.confirm_<model>``."""
    wanted = request.query_params.get("review_status") or ReviewStatus.CONFIRMED
    if wanted == ReviewStatus.CONFIRMED:
        return model.objects.public()  # type: ignore[attr-defined, no-any-return]
    if wanted != ReviewStatus.PENDING:
        raise ValidationError({"review_status": "Use 'confirmed' or 'pending'."})
    if not request.user.has_perm(f"tracker.confirm_{model._meta.model_name}"):
        raise PermissionDenied("Only moderators may list pending entries.")
    return model.objects.pending()  # type: ignore[attr-defined, no-any-return]


CITED_ARTICLE_FIELDS = ["article__id", "article__url", "article__title", "article__source_name",
                        "article__language", "article__published_at"]


def citations_prefetch() -> Prefetch:
    """Citations with just the article columns the API shows (never the article text)."""
    citations = Citation.objects.select_related("article").only(
        "id", "event_id", "statement_id", "start", "end", "sentence", *CITED_ARTICLE_FIELDS
    )
    return Prefetch("citations", queryset=citations.order_by("article__published_at", "article_id", "start"))


class EntryViewSet(ReadOnlyApiViewSet):
    """Events and statements: date ordering and a redirect for ids that were merged away."""

    ordering_fields = ["date", "id", "updated_at"]
    ordering = ["date"]
    entity = ""

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        lookup = str(kwargs.get(self.lookup_field, ""))
        visible = self.filter_queryset(self.get_queryset())
        if lookup.isascii() and lookup.isdigit() and not visible.filter(pk=int(lookup)).exists():
            gone = Tombstone.objects.filter(entity=self.entity, object_id=int(lookup)).order_by("-created_at").first()
            if gone is not None and gone.reason == TombstoneReason.MERGED and gone.merged_into_id:
                target = reverse(f"api:{self.entity}-detail", args=[gone.merged_into_id], request=request)
                return Response(
                    {"detail": f"This {self.entity} was merged into {gone.merged_into_id}.",
                     "merged_into": gone.merged_into_id},
                    status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": target},
                )
            if gone is not None:
                return Response({"detail": f"This {self.entity} is no longer published."}, status=status.HTTP_410_GONE)
        return super().retrieve(request, *args, **kwargs)


# ---------------------------------------------------------------- read endpoints


@extend_schema_view(
    list=extend_schema(summary="Confirmed events", parameters=[EVENT_FORMAT_PARAMETER]),
    retrieve=extend_schema(
        summary="One event", parameters=[EVENT_FORMAT_PARAMETER],
        responses={200: serializers.EventSerializer, 301: OpenApiResponse(description="Merged into another event."),
                   404: OpenApiResponse(description="No such public event."),
                   410: OpenApiResponse(description="Un-published.")},
    ),
)
class EventViewSet(EntryViewSet):
    """Events with participants, citations and fuzzy dates. Default order: date, then id."""

    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter
    renderer_classes = [JSONRenderer, CSVRenderer, TimelineJSRenderer]
    entity = "event"
    csv_row = staticmethod(event_row)

    def get_queryset(self) -> QuerySet[Event]:
        queryset = visible_entries(self.request, Event).select_related("conflict")
        if not self.wants_timelinejs():
            return queryset  # list pages attach participants and citations as plain rows (paginate_queryset)
        return queryset.prefetch_related(  # the TimelineJS exporter reads model relations
            Prefetch("participations", queryset=EventParticipant.objects.select_related("actor").only(
                "id", "event_id", "role", "actor__id", "actor__slug", "actor__name", "actor__kind").order_by("id")),
            citations_prefetch(),
        )

    def wants_timelinejs(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return getattr(renderer, "format", "") == TimelineJSRenderer.format

    def paginate_queryset(self, queryset: QuerySet[Any, Any] | Sequence[Any]) -> list[Any] | None:
        page = super().paginate_queryset(queryset)
        if page is not None and not self.wants_timelinejs():
            attach_event_relations(page)
        return page

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        if not self.wants_timelinejs():
            return super().list(request, *args, **kwargs)
        return self.cached(request, lambda: self.timelinejs_page(request))

    def timelinejs_page(self, request: Request) -> Response:
        """This page of events as a TimelineJS document, built by the public pages' exporter."""
        page: list[Event] = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        entries = [Entry("event", event, event.date_start or event.date_end) for event in page]
        base_url = request.build_absolute_uri("/").rstrip("/")
        document = timelinejs_document([e for e in entries if e.when is not None], "Events", base_url)
        paged = self.get_paginated_response([])
        return Response(document, headers={k: paged[k] for k in ("Link", "X-Page-Size") if k in paged})


@extend_schema_view(
    list=extend_schema(summary="Confirmed statements", parameters=[FORMAT_PARAMETER]),
    retrieve=extend_schema(
        summary="One statement", parameters=[FORMAT_PARAMETER],
        responses={200: serializers.StatementSerializer,
                   301: OpenApiResponse(description="Merged into another statement."),
                   404: OpenApiResponse(description="No such public statement."),
                   410: OpenApiResponse(description="Un-published.")},
    ),
)
class StatementViewSet(EntryViewSet):
    """Statements with speaker, addressed actors, citations and fuzzy dates."""

    serializer_class = serializers.StatementSerializer
    filterset_class = filters.StatementFilter
    entity = "statement"
    csv_row = staticmethod(statement_row)

    def get_queryset(self) -> QuerySet[Statement]:
        return visible_entries(self.request, Statement).select_related("conflict", "speaker").prefetch_related(
            Prefetch("addressed", queryset=Actor.objects.order_by("name", "id")), citations_prefetch()
        )


@extend_schema_view(
    list=extend_schema(summary="Actors with aliases", parameters=[FORMAT_PARAMETER]),
    retrieve=extend_schema(summary="One actor", parameters=[FORMAT_PARAMETER]),
)
class ActorViewSet(ReadOnlyApiViewSet):
    serializer_class = serializers.ActorSerializer
    filterset_class = filters.ActorFilter
    csv_row = staticmethod(actor_row)

    def get_queryset(self) -> QuerySet[Actor]:
        aliases = ActorAlias.objects.order_by("text", "language", "id")
        return Actor.objects.select_related("represents").prefetch_related(Prefetch("aliases", queryset=aliases))


@extend_schema_view(
    list=extend_schema(summary="Conflicts", parameters=[FORMAT_PARAMETER]),
    retrieve=extend_schema(summary="One conflict", parameters=[FORMAT_PARAMETER]),
)
class ConflictViewSet(ReadOnlyApiViewSet):
    serializer_class = serializers.ConflictSerializer
    filterset_class = filters.ConflictFilter
    csv_row = staticmethod(flat_row)

    def get_queryset(self) -> QuerySet[Conflict]:
        return Conflict.objects.all()


@extend_schema_view(
    list=extend_schema(
        summary="Entries that left the public set",
        description="Un-published or merged events and statements, oldest first. A mirror applies these after the "
        "`updated_since` pages of the same time. Entries that are public again are left out.",
        parameters=[FORMAT_PARAMETER],
    ),
)
class TombstoneViewSet(ConditionalGetMixin, PublicPageCacheMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = serializers.TombstoneSerializer
    filterset_class = filters.TombstoneFilter
    renderer_classes = [JSONRenderer, CSVRenderer]
    pagination_class = ApiCursorPagination
    filter_backends = [ApiFilterBackend, StableOrderingFilter]
    ordering_fields = ["created_at", "id"]
    ordering = ["created_at"]
    csv_row = staticmethod(flat_row)

    def get_queryset(self) -> QuerySet[Tombstone]:
        event_public = Exists(Event.objects.public().filter(pk=OuterRef("object_id")))
        statement_public = Exists(Statement.objects.public().filter(pk=OuterRef("object_id")))
        return Tombstone.objects.exclude(Q(entity="event") & event_public).exclude(
            Q(entity="statement") & statement_public
        )


# ---------------------------------------------------------------- articles


class CanSubmitArticles(BasePermission):
    message = "Submitting articles needs the permission tracker.add_article."

    def has_permission(self, request: Request, view: APIView) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("tracker.add_article"))


@extend_schema_view(
    create=extend_schema(
        summary="Submit an article for parsing",
        request=serializers.ArticleSubmitSerializer,
        responses={
            202: serializers.ArticleAcceptedSerializer,
            200: OpenApiResponse(serializers.ArticleAcceptedSerializer, description="Already known (deduplicated)."),
            400: OpenApiResponse(description="Invalid payload; nothing stored."),
            413: OpenApiResponse(description="Article larger than the limit; nothing stored."),
        },
    ),
    retrieve=extend_schema(summary="Parse status and proposals of an article you submitted"),
)
class ArticleViewSet(mixins.CreateModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    authentication_classes = [TokenAuthentication, SessionAuthentication]  # Token first: 401 with WWW-Authenticate
    permission_classes = [IsAuthenticated, CanSubmitArticles]
    lookup_value_regex = "[0-9]+"
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
    serializer_class = serializers.ArticleStatusSerializer
    pagination_class = None
    filter_backends: list[type] = []

    def get_serializer_class(self) -> type:
        return serializers.ArticleSubmitSerializer if self.action == "create" else serializers.ArticleStatusSerializer

    def get_queryset(self) -> QuerySet[Article]:
        """The submitter's own articles; moderators see all."""
        user = self.request.user
        if user.has_perm("tracker.confirm_event"):
            return Article.objects.all()
        return Article.objects.filter(submitted_by_id=user.pk)

    def get_object(self) -> Article:
        article: Article = super().get_object()
        events = Event.objects.filter(source_article=article).prefetch_related(
            Prefetch("participations", queryset=EventParticipant.objects.select_related("actor").order_by("id"))
        ).order_by("date_start", "id")
        statements = Statement.objects.filter(source_article=article).select_related("speaker").order_by(
            "date_start", "id"
        )
        article.proposed_events = list(events)  # type: ignore[attr-defined]
        article.proposed_statements = list(statements)  # type: ignore[attr-defined]
        return article

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if declared.isascii() and declared.isdigit() and int(declared) > max_request_bytes():
            return Response(
                {"detail": f"The request has {int(declared):,} bytes; the limit is {max_request_bytes():,}.",
                 "code": "too_large"}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
            )
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            with transaction.atomic():
                result = submit_article(serializer.validated_data, user=request.user)
        except IngestFailed as exc:
            return Response({"detail": exc.message, "code": exc.code}, status=exc.status)
        status_url = reverse("api:article-detail", args=[result.article.pk], request=request)
        body = {"id": result.article.pk, "status": result.article.status, "status_url": status_url,
                "created": result.created}
        code = status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
        return Response(body, status=code, headers={"Location": status_url})
