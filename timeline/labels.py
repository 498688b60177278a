"""Translatable reader-facing labels for the model's choices (the model's own labels are plain English)."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tracker.models import EventType, Occurrence

EVENT_TYPE_LABELS: dict[str, Promise] = {
    EventType.AGREE: pgettext_lazy("event type", "Agreement"),
    EventType.CONSULT: pgettext_lazy("event type", "Talks"),
    EventType.SUPPORT: pgettext_lazy("event type", "Support"),
    EventType.CONCEDE: pgettext_lazy("event type", "Concession"),
    EventType.COOPERATE: pgettext_lazy("event type", "Cooperation"),
    EventType.AID: pgettext_lazy("event type", "Aid"),
    EventType.RETREAT: pgettext_lazy("event type", "Retreat"),
    EventType.REQUEST: pgettext_lazy("event type", "Request"),
    EventType.ACCUSE: pgettext_lazy("event type", "Accusation"),
    EventType.REJECT: pgettext_lazy("event type", "Rejection"),
    EventType.THREATEN: pgettext_lazy("event type", "Threat"),
    EventType.PROTEST: pgettext_lazy("event type", "Protest"),
    EventType.SANCTION: pgettext_lazy("event type", "Sanctions"),
    EventType.MOBILIZE: pgettext_lazy("event type", "Mobilisation"),
    EventType.COERCE: pgettext_lazy("event type", "Coercion"),
    EventType.ASSAULT: pgettext_lazy("event type", "Attack"),
}

OCCURRENCE_LABELS: dict[str, Promise] = {
    Occurrence.PLANNED: _("Planned"),
    Occurrence.OCCURRED: _("Took place"),
    Occurrence.CANCELLED: _("Cancelled"),
    Occurrence.UNCERTAIN: _("Unconfirmed"),
}

STATEMENT_LABEL = _("Statement")


def event_type_label(code: str) -> str:
    return str(EVENT_TYPE_LABELS.get(code, code))


def occurrence_label(code: str) -> str:
    return str(OCCURRENCE_LABELS.get(code, code))


def event_type_choices() -> list[tuple[str, Promise]]:
    return list(EVENT_TYPE_LABELS.items())


def occurrence_choices() -> list[tuple[str, Promise]]:
    return list(OCCURRENCE_LABELS.items())
