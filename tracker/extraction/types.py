"""Dataclasses passed between the extraction stages.

Plain Python only: nothing in ``tracker.extraction`` may import Django.
Offsets are character offsets into the text handed to ``pipeline.extract``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["time", "day", "week", "month", "quarter", "year", "vague"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Occurrence = Literal["planned", "occurred", "cancelled", "uncertain"]
DateBasis = Literal["text", "context", "published", "vague"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    is_headline: bool = False
    paragraph: int = 0  # index of the text line (paragraph) the sentence is in


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3-style time expression found in the text."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # "2025-05-19", "2025-05-19TMO", "2025-W17", "P30D", "PAST_REF", ...
    # Calendar interval the value covers; None for durations, sets and vague refs without an anchor.
    date_start: date | None = None
    date_end: date | None = None
    precision: Precision = "day"
    mod: str | None = None  # APPROX, MORE_THAN, EQUAL_OR_MORE, END, START, MID
    note: str | None = None  # e.g. "US local time"
    tense_hint: Literal["past", "future", "present", "none"] = "none"


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    value: str
    start: date | None
    end: date | None
    precision: Precision
    edtf: str
    basis: DateBasis = "text"
    expression: str = ""
    expression_span: Span | None = None
    mod: str | None = None
    note: str | None = None  # e.g. "US local time"


@dataclass(frozen=True, slots=True)
class AliasRecord:
    text: str
    language: str = ""  # "de", "en", "uk", "ru" or "" for any
    is_role: bool = False
    valid_from: date | None = None
    valid_to: date | None = None  # exclusive


@dataclass(frozen=True, slots=True)
class ActorRecord:
    slug: str
    name: str  # canonical English name
    kind: Literal["person", "state", "organisation", "group"]
    country: str = ""
    aliases: tuple[AliasRecord, ...] = ()
    description: str = ""
    represents: str = ""  # slug of the organisation an official acts for (Guterres -> united-nations)


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    slug: str | None  # None: an unknown name proposed as a new actor
    name: str
    via_role: bool = False


@dataclass(slots=True)
class EventProposal:
    type: str  # PLOVER type
    title: str
    actors: list[str]  # canonical names
    actor_slugs: list[str | None]
    date: FuzzyDate
    occurrence: Occurrence
    evidence: Span
    trigger: Span
    sentence: str
    confidence: float
    negated: bool = False
    nominal: bool = False  # the trigger is a noun ("die Gespräche"), which may re-mention an event told before


@dataclass(slots=True)
class StatementProposal:
    speaker: str  # canonical name, or the raw name of an unknown speaker
    speaker_slug: str | None
    summary: str
    quote: str
    date: FuzzyDate
    evidence: Span
    trigger: Span
    sentence: str
    confidence: float
    addressed: list[str] = field(default_factory=list)
    speaker_role_span: Span | None = None  # the speaker's mention when a role alias named them ("der US-Präsident")


@dataclass(slots=True)
class ExtractionResult:
    language: str
    published: date
    text: str
    sentences: list[Sentence]
    timexes: list[Timex]
    actors: list[ActorMention]
    events: list[EventProposal]
    statements: list[StatementProposal]
    warnings: list[str] = field(default_factory=list)
    language_supported: bool = True  # False: dates only, no events/statements
