"""django-filter FilterSets of the REST API. They only narrow the queryset the view hands them (public or pending).

Stable identifiers everywhere: conflicts and actors are given by slug (or numeric id), several values comma-separated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters.fields import IsoDateTimeField

from tracker.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Conflict,
    Event,
    EventParticipant,
    EventType,
    Occurrence,
    Precision,
    ReviewStatus,
    Statement,
    Tombstone,
    TombstoneReason,
)


class UtcIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time normalised to UTC; absurd offsets or years are a 400, not a database error."""

    def to_python(self, value: Any) -> datetime | None:
        result = super().to_python(value)
        if result is None:
            return None
        try:
            return result.astimezone(UTC)
        except (OverflowError, ValueError) as exc:
            raise ValidationError("Date-time out of range.", code="invalid") from exc


class UtcIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField

REVIEW_STATUS_CHOICES = [
    (ReviewStatus.CONFIRMED.value, "confirmed (default)"),
    (ReviewStatus.PENDING.value, "pending (moderators only)"),
]
TOMBSTONE_ENTITIES = [("event", "event"), ("statement", "statement")]


def is_ascii_number(value: str) -> bool:
    """``str.isdigit`` also accepts "²" or "٣", which ``int()`` refuses."""
    return value.isascii() and value.isdigit()


def split_values(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()][:50]


def by_slug_or_id(values: list[str], prefix: str = "") -> Q:
    """``Q`` matching slugs or numeric ids of a related object under ``prefix`` (e.g. ``actor__``)."""
    ids = [int(v) for v in values if is_ascii_number(v) and len(v) < 19]
    slugs = [v for v in values if not is_ascii_number(v)]
    return Q(**{f"{prefix}pk__in": ids}) | Q(**{f"{prefix}slug__in": slugs})


def overlaps(date_from: date | None, date_to: date | None) -> Q:
    """Entries whose [start, end] interval overlaps [date_from, date_to]; a missing end counts as the start."""
    condition = Q()
    if date_from is not None:
        condition &= Q(date_end__gte=date_from) | Q(date_end__isnull=True, date_start__gte=date_from)
    if date_to is not None:
        condition &= Q(date_start__lte=date_to) | Q(date_start__isnull=True, date_end__lte=date_to)
    return condition


class IdInFilter(django_filters.BaseInFilter, django_filters.NumberFilter):
    """Comma-separated numeric ids; anything else is a 400."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        kwargs.setdefault("help_text", "Comma-separated ids.")
        super().__init__(*args, **kwargs)


class EntryFilterSet(django_filters.FilterSet):
    """Filters common to events and statements."""

    review_status = django_filters.ChoiceFilter(
        choices=REVIEW_STATUS_CHOICES, method="filter_noop",
        help_text="`confirmed` (default). `pending` needs moderator rights (403 otherwise).",
    )
    conflict = django_filters.CharFilter(
        method="filter_conflict", help_text="Conflict slug or id; several comma-separated."
    )
    date_from = django_filters.DateFilter(
        method="filter_date_from", help_text="ISO date; entries whose date interval ends on or after it."
    )
    date_to = django_filters.DateFilter(
        method="filter_date_to", help_text="ISO date; entries whose date interval starts on or before it."
    )
    precision = django_filters.MultipleChoiceFilter(choices=Precision.choices, field_name="date_precision")
    updated_since = UtcIsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte",
        help_text="ISO 8601 date-time; entries created or changed at or after it (inclusive). "
        "Pass the largest `updated_at` you have seen; apply /tombstones/ from the same time afterwards.",
    )
    ids = IdInFilter(field_name="id")

    def filter_noop(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # applied by the view, which decides who may see what

    def filter_conflict(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        values = split_values(value)
        return queryset.filter(by_slug_or_id(values, "conflict__")) if values else queryset

    def filter_date_from(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(overlaps(value, None))

    def filter_date_to(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(overlaps(None, value))


class EventFilter(EntryFilterSet):
    actor = django_filters.CharFilter(
        method="filter_actor", help_text="Actor slug or id (any participant); several comma-separated = any of them."
    )
    type = django_filters.MultipleChoiceFilter(choices=EventType.choices, help_text="PLOVER type; repeat for several.")
    occurrence = django_filters.MultipleChoiceFilter(choices=Occurrence.choices)
    q = django_filters.CharFilter(method="filter_text", help_text="Words in the title or summary.")

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_actor(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        values = split_values(value)
        if not values:
            return queryset
        participations = EventParticipant.objects.filter(by_slug_or_id(values, "actor__"), event=OuterRef("pk"))
        return queryset.filter(Exists(participations))

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        words = value.split()[:10]
        for word in words:
            queryset = queryset.filter(Q(title__icontains=word) | Q(summary__icontains=word))
        return queryset


class StatementFilter(EntryFilterSet):
    actor = django_filters.CharFilter(
        method="filter_actor", help_text="Speaker slug or id; several comma-separated = any of them."
    )
    addressed = django_filters.CharFilter(
        method="filter_addressed", help_text="Slug or id of an actor the statement addresses."
    )
    q = django_filters.CharFilter(method="filter_text", help_text="Words in the paraphrase, quote or speaker name.")

    class Meta:
        model = Statement
        fields: list[str] = []

    def filter_actor(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        values = split_values(value)
        return queryset.filter(by_slug_or_id(values, "speaker__")) if values else queryset

    def filter_addressed(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        values = split_values(value)
        if not values:
            return queryset
        addressed = Statement.addressed.through.objects.filter(
            by_slug_or_id(values, "actor__"), statement=OuterRef("pk")
        )
        return queryset.filter(Exists(addressed))

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split()[:10]:
            queryset = queryset.filter(
                Q(paraphrase__icontains=word) | Q(quote__icontains=word) | Q(speaker_name__icontains=word)
                | Q(speaker__name__icontains=word)
            )
        return queryset


class ActorFilter(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(choices=ActorKind.choices)
    country = django_filters.CharFilter(method="filter_country", help_text="ISO 3166-1 alpha-2 code.")
    q = django_filters.CharFilter(method="filter_text", help_text="Words in the name or any alias.")
    updated_since = UtcIsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    ids = IdInFilter(field_name="id")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(country__iexact=value.strip())

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split()[:10]:
            alias_match = ActorAlias.objects.filter(actor=OuterRef("pk"), text__icontains=word)
            queryset = queryset.filter(Q(name__icontains=word) | Q(slug__icontains=word) | Exists(alias_match))
        return queryset


class ConflictFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", help_text="Words in the name or description.")
    updated_since = UtcIsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = Conflict
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        for word in value.split()[:10]:
            queryset = queryset.filter(Q(name__icontains=word) | Q(description__icontains=word))
        return queryset


class TombstoneFilter(django_filters.FilterSet):
    entity = django_filters.ChoiceFilter(choices=TOMBSTONE_ENTITIES)
    reason = django_filters.ChoiceFilter(choices=TombstoneReason.choices)
    updated_since = UtcIsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte",
        help_text="ISO 8601 date-time; entries that left the public set at or after it (inclusive).",
    )

    class Meta:
        model = Tombstone
        fields: list[str] = []
