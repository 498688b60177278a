"""Filters for the public timeline, shared by the HTML pages and reusable by the REST API.

Both filter sets read the same query parameters, so one URL filters events and statements alike:
``q`` (free text), ``actor`` (actor slug), ``type`` (PLOVER event type), ``occurrence``, ``kind`` (event/statement),
``date_from`` and ``date_to`` (ISO dates; an entry matches when its interval overlaps the range).
A type or occurrence filter keeps events only: statements have neither.
They never widen the queryset they are given: pass ``Event.objects.public()``/``Statement.objects.public()``.
"""

from __future__ import annotations

from datetime import date

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from timeline.labels import event_type_choices, occurrence_choices
from tracker.models import Actor, Event, Statement

FILTER_PARAMS = ("q", "actor", "type", "occurrence", "kind", "date_from", "date_to")

KIND_CHOICES = [("event", _("Events")), ("statement", _("Statements"))]


def _date_widget() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def overlaps_from(day: date) -> Q:
    """Entries that end on or after ``day`` (open-ended or start-only entries by their start)."""
    return Q(date_end__gte=day) | Q(date_end__isnull=True, date_start__gte=day)


def overlaps_to(day: date) -> Q:
    """Entries that start on or before ``day`` (entries known only by their end, by that end)."""
    return Q(date_start__lte=day) | Q(date_start__isnull=True, date_end__lte=day)


class TimelineFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))
    actor = django_filters.ModelChoiceFilter(
        queryset=Actor.objects.order_by("name"), to_field_name="slug", method="filter_actor", label=_("Actor"),
        empty_label=_("All actors"),
    )
    type = django_filters.ChoiceFilter(
        choices=event_type_choices, method="filter_type", label=_("Type"), empty_label=_("All types")
    )
    occurrence = django_filters.ChoiceFilter(
        choices=occurrence_choices, method="filter_occurrence", label=_("Occurrence"), empty_label=_("Any")
    )
    kind = django_filters.ChoiceFilter(
        choices=KIND_CHOICES, method="filter_kind", label=_("Show"), empty_label=_("Events and statements")
    )
    date_from = django_filters.DateFilter(method="filter_date_from", label=_("From"), widget=_date_widget())
    date_to = django_filters.DateFilter(method="filter_date_to", label=_("To"), widget=_date_widget())

    entry_kind = ""

    def filter_date_from(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(overlaps_from(value))

    def filter_date_to(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(overlaps_to(value))

    def filter_kind(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset if value == self.entry_kind else queryset.none()

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        raise NotImplementedError

    def filter_actor(self, queryset: QuerySet, name: str, value: Actor) -> QuerySet:
        raise NotImplementedError

    def filter_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        raise NotImplementedError

    def filter_occurrence(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        raise NotImplementedError


class EventFilterSet(TimelineFilterSet):
    entry_kind = "event"

    class Meta:
        model = Event
        fields = list(FILTER_PARAMS)

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value)) if value else queryset

    def filter_actor(self, queryset: QuerySet, name: str, value: Actor) -> QuerySet:
        return queryset.filter(participations__actor=value)

    def filter_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(type=value)

    def filter_occurrence(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(occurrence=value)


class StatementFilterSet(TimelineFilterSet):
    entry_kind = "statement"

    class Meta:
        model = Statement
        fields = list(FILTER_PARAMS)

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(paraphrase__icontains=value) | Q(quote__icontains=value) | Q(speaker_name__icontains=value)
        )

    def filter_actor(self, queryset: QuerySet, name: str, value: Actor) -> QuerySet:
        addressed = Statement.addressed.through.objects.filter(actor=value).values("statement_id")
        return queryset.filter(Q(speaker=value) | Q(pk__in=addressed))

    def filter_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.none()

    def filter_occurrence(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.none()
