"""The extraction pipeline: text in, proposals out (no Django).

``extract`` runs language detection, sentence splitting, temporal tagging, actor matching, event and statement
classification and dating; ``result_to_dict`` renders the JSON shape documented in DESIGN.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from . import dating
from . import events as events_module
from .dating import align_with_statements, date_events, date_statements
from .errors import ExtractionError
from .events import (
    SentenceInfo,
    add_conflict_parties,
    add_group_members,
    add_joined_meeting_participants,
    add_reaction_targets,
    address_requests_to_the_meeting,
    build_sentence_infos,
    dedupe_events,
    drop_headline_echoes,
    find_events,
    resolve_roles_on_event_dates,
    resolve_roles_on_statement_dates,
)
from .gazetteer import Gazetteer, load_default_gazetteer
from .language import SUPPORTED_FULL, detect_language
from .lexicons import fold, speech_verb_spans
from .sentences import split_sentences
from .statements import credit_officials_to_states, find_statements
from .timex import tag_timexes
from .types import ActorMention, ExtractionResult, FuzzyDate, StatementProposal

__all__ = ["ExtractionError", "clear_text_caches", "extract", "result_to_dict"]


def clear_text_caches() -> None:
    """Forget what was cached per sentence text (clause breaks, quotations, speech verbs, ...).

    Benchmarks call it between articles so that sentences repeated across articles are not served from memory;
    vocabulary caches (token forms, alias candidates) stay, as they would in a long-running worker."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()


def extract(
    text: str,
    *,
    published: date,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> ExtractionResult:
    """Run every stage over ``text``; offsets in the result index into ``text`` itself."""
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("cannot extract from empty or whitespace-only text")
    lang = (language or "").strip().lower()
    if lang in {"", "auto"}:
        lang = detect_language(text)
    warnings: list[str] = []
    sentences = split_sentences(text, lang if lang in SUPPORTED_FULL else "en")
    timexes = tag_timexes(text, sentences, published=published, language=lang)
    if lang not in SUPPORTED_FULL:
        warnings.append(
            f"language {lang!r} is not fully supported: only time expressions were extracted "
            f"(events, statements and actors need one of {sorted(SUPPORTED_FULL)})"
        )
        return ExtractionResult(lang, published, text, sentences, timexes, [], [], [], warnings, False)
    gaz = gazetteer or load_default_gazetteer()
    mentions = gaz.find_mentions(text, sentences, on_date=published, language=lang)
    infos = build_sentence_infos(sentences, mentions, timexes)
    found_statements = find_statements(infos, gaz)
    speakers = _speakers_by_sentence(found_statements, infos)
    events = date_events(find_events(infos, gaz, fold(text), speakers), infos, published, lang)
    resolve_roles_on_event_dates(events, infos, gaz)
    events = dedupe_events(drop_headline_echoes(events, infos))
    events = events_module.add_aid_for_promised_help(events, gaz)
    add_conflict_parties(events, mentions, gaz)
    add_group_members(events, gaz)
    add_joined_meeting_participants(events)
    address_requests_to_the_meeting(events, gaz)
    add_reaction_targets(events, gaz)
    statements = date_statements(found_statements, infos, published, lang, events)
    resolve_roles_on_statement_dates(statements, infos, gaz)
    align_with_statements(events, statements)
    events = events_module.add_charges_in_statements(events, statements, infos, gaz)
    events = events_module.add_praise_in_statements(events, statements, infos, gaz)
    events = events_module.add_charges_against_adversaries(events, statements, infos, gaz)
    credit_officials_to_states(statements, gaz)
    return ExtractionResult(lang, published, text, sentences, timexes, mentions, events, statements, warnings, True)


def _speakers_by_sentence(statements: Sequence[StatementProposal], infos: Sequence[SentenceInfo]) -> dict[int, str]:
    """Sentence index -> the known speaker of its first statement."""
    starts = {info.start: info.index for info in infos}
    out: dict[int, str] = {}
    for st in statements:
        index = starts.get(st.evidence[0])
        if index is not None and st.speaker_slug and index not in out:
            out[index] = st.speaker_slug
    return out


_TEXT_CACHES = (
    dating._quoted,
    dating._speech_quotes,
    speech_verb_spans,
    events_module._clause_breaks,
    events_module._parenthesised,
    events_module._sentence_occurrence,
    events_module._clause_occurrence,
    events_module._clause_cue,
)


def _date_dict(fd: FuzzyDate) -> dict[str, Any]:
    return {
        "value": fd.value,
        "start": fd.start.isoformat() if fd.start else None,
        "end": fd.end.isoformat() if fd.end else None,
        "precision": fd.precision,
        "edtf": fd.edtf,
        "basis": fd.basis,
        "expression": fd.expression,
        "mod": fd.mod,
    }


def _actors_dict(mentions: Sequence[ActorMention]) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for m in mentions:
        key = m.slug or f"unknown:{m.name}"
        entry = grouped.setdefault(key, {"slug": m.slug, "name": m.name, "known": m.slug is not None, "mentions": []})
        entry["mentions"].append([m.start, m.end])
    return list(grouped.values())


def result_to_dict(result: ExtractionResult) -> dict[str, Any]:
    """The ``extract`` JSON object (DESIGN.md shape plus extra fields)."""
    return {
        "language": result.language,
        "language_supported": result.language_supported,
        "published": result.published.isoformat(),
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                **({"mod": t.mod} if t.mod else {}),
                **({"note": t.note} if t.note else {}),
            }
            for t in result.timexes
        ],
        "actors": _actors_dict(result.actors),
        "events": [
            {
                "type": e.type,
                "title": e.title,
                "actors": list(e.actors),
                "actor_slugs": list(e.actor_slugs),
                "date": _date_dict(e.date),
                "occurrence": e.occurrence,
                "evidence": list(e.evidence),
                "trigger": list(e.trigger),
                "sentence": e.sentence,
                "confidence": e.confidence,
            }
            for e in result.events
        ],
        "statements": [
            {
                "speaker": s.speaker,
                "speaker_slug": s.speaker_slug,
                "summary": s.summary,
                "quote": s.quote,
                "date": _date_dict(s.date),
                "evidence": list(s.evidence),
                "trigger": list(s.trigger),
                "sentence": s.sentence,
                "addressed": list(s.addressed),
                "confidence": s.confidence,
            }
            for s in result.statements
        ],
        "warnings": list(result.warnings),
    }
