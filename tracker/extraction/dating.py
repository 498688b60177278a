"""Attach a FuzzyDate to every proposal: a timex in its sentence, else one nearby, else the publication date."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .events import SentenceInfo, clause_bounds, refine_occurrence
from .fuzzydate import VAGUE_VALUES, fuzzy_from_published, fuzzy_from_timex, to_edtf
from .lexicons import (
    BACK_REFERENCE_RE,
    CONTINUATION_RE,
    DATELINE_RE,
    DURING_MEETING_RE,
    FOLLOW_UP_RE,
    PAST_PERFECT_RE,
    PLANNED_RE,
    fold,
    speech_verb_spans,
)
from .regex_start import compile_filtered
from .types import DateBasis, EventProposal, FuzzyDate, Occurrence, StatementProposal, Timex

_NIGHT_RE = re.compile(r"nacht|night", re.I)
_THAT_RE = re.compile(r"\b(?:dass|that)\b", re.I)
_COMPLEMENT_RE = re.compile(r",?\s*\b(?:dass|that|er\s+werde|sie\s+werde)\b|,\s", re.I)
_SCARE_QUOTE_WORDS = 2  # a quotation of at most this many words is a quoted word, not quoted speech
_QUOTED_TIME_WORDS = 4
_RECENT_SCENE_DAYS = 7
_SPEAKING_INTRO_RE = re.compile(r"^\s*(?:Speaking|Asked|Addressing|Sprechend|Befragt|Bei\s+einer|In\s+einem)\b", re.I)
_COMPLEMENTIZER_RE = re.compile(r"\b(?:that|dass)\b", re.I)
# "Zelensky, in his nightly address on Tuesday, had urged": an aside ending right before the verb dates the words.
_ASIDE_BEFORE_VERB_RE = re.compile(r"\s*,\s*(?:(?:had|has|have|hatte|hat|hatten|haben)\s+)?", re.I)
_PAST_PERFECT_AFTER_VERB_RE = re.compile(r"\b(?:had|hatte|hatten)\b", re.I)
_NOT_ANCHOR_BEFORE_RE = compile_filtered(
    r"\b(?:bis|seit|until|by|since|ahead\s+of)\s+(?:(?:zum|zur|dem|den|der|spätestens|the\s+end\s+of|end\s+of|the)\s+)?$",
    re.I,
)
# How many sentences after an undated lead sentence may give its day.
LEAD_LOOKAHEAD = 2
# How many sentences back an undated event may take its date from (the scene of the report).
SCENE_WINDOW = 5


def _is_dated(t: Timex) -> bool:
    return t.type in {"DATE", "TIME"} and (t.date_start is not None or t.value in VAGUE_VALUES or t.value[:4].isdigit())


def _is_day(t: Timex) -> bool:
    return _is_dated(t) and t.value not in VAGUE_VALUES and t.precision in {"day", "time"}


def as_day(fd: FuzzyDate, basis: DateBasis) -> FuzzyDate:
    """The same date with another basis, at day precision when it was a part of day or clock time."""
    if fd.precision == "time" and fd.start is not None:
        day = fd.start
        return replace(
            fd, value=day.isoformat(), start=day, end=day, precision="day", edtf=day.isoformat(), basis=basis
        )
    return fd if fd.basis == basis else replace(fd, basis=basis)  # immutable: the same date may serve twice


def _sentence_index(infos: Sequence[SentenceInfo], offset: int, starts: list[int] | None = None) -> int:
    """Index of the sentence containing ``offset``; ``starts`` are the sentences' starts, if already listed."""
    if starts is None:
        starts = [i.start for i in infos]
    return max(0, bisect_right(starts, offset) - 1)


def _in_quote(text: str, rel: int) -> bool:
    """Inside quoted speech („German“, “English” or "straight" quotes) at offset ``rel``; a quoted word or two
    ('he would speak to him "soon"') is part of the reporter's sentence, not quoted speech."""
    spans = _speech_quotes(text)
    k = bisect_right(spans, (rel, len(text) + 1)) - 1  # quotations do not overlap: only the last one starting
    return k >= 0 and spans[k][0] < rel < spans[k][1]  # before ``rel`` can contain it


@lru_cache(maxsize=4096)
def _speech_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of ``text`` longer than a scare-quoted word or two."""
    return tuple((a, b) for a, b in _quoted(text) if len(text[a:b].split()) > _SCARE_QUOTE_WORDS)


_QUOTE_OPEN_RE = re.compile('[„“"]')
_QUOTE_CLOSE = {"„": "“", "“": "”", '"': '"'}


@lru_cache(maxsize=4096)
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations in ``text`` („…“, “…”, "…"); an unclosed quote runs to the end."""
    low_opening = "„" in text  # then “ closes German quotes and opens none
    spans: list[tuple[int, int]] = []
    i = 0
    while (m := _QUOTE_OPEN_RE.search(text, i)) is not None:
        i = m.start()
        if low_opening and text[i] == "“":
            i += 1
            continue
        end = text.find(_QUOTE_CLOSE[text[i]], i + 1)
        end = len(text) if end < 0 else end
        spans.append((i, end))
        i = end + 1
    return tuple(spans)


def _anchors_event(info: SentenceInfo, t: Timex) -> bool:
    """A time that can date the event: not quoted speech, not "bis Donnerstag" (a deadline), not "seit Februar"."""
    rel = t.start - info.start
    if (_in_quote(info.text, rel) and not _quoted_time(info.text, t, rel)) or _in_dateline(info.text, rel):
        return False
    return not _NOT_ANCHOR_BEFORE_RE.search(info.text[max(0, rel - 12) : rel])


def _quoted_time(text: str, t: Timex, rel: int) -> bool:
    """ 'would travel to Kyiv "in the coming weeks"': a short quotation that is little more than the time is the
    reporter's dating of the plan, not quoted speech."""
    span = next((q for q in _quoted(text) if q[0] < rel < q[1]), None)
    if span is None:
        return False
    quoted = text[span[0] + 1 : span[1]].strip(" ,.")
    return len(quoted.split()) <= _QUOTED_TIME_WORDS and len(t.text) >= 0.5 * len(quoted)


def _in_dateline(text: str, rel: int) -> bool:
    """ "ISTANBUL, July 24 (Reuters) -", "16.10 Uhr: ...": the date of filing or a live ticker's time stamp, not
    of what the report tells."""
    if rel >= 80:
        return False
    dateline = DATELINE_RE.match(text) or TICKER_STAMP_RE.match(text)
    return dateline is not None and rel < dateline.end()


# "16.10 Uhr: Merz ...", "+++ 08:00 +++ ...", "19:05 – ...": the time stamp opening a live ticker's entry.
TICKER_STAMP_RE = re.compile(
    r"[^\S\n]*(?:\+{2,}[^\S\n]*)?\d{1,2}[.:]\d{2}(?:[^\S\n]*(?:Uhr|BST|GMT|UTC|CET|CEST|MEZ|MESZ|EST|EDT|ET))?"
    r"[^\S\n]*(?:\+{2,}|:|[–—-][^\S\n])"
)


def _speech_verbs(text: str) -> tuple[tuple[int, int], ...]:
    return speech_verb_spans(text)


def _first_speech_verb(text: str, before: int) -> tuple[int, int] | None:
    """The first speech verb of ``text`` that starts before offset ``before``."""
    verbs = _speech_verbs(text)
    return verbs[0] if verbs and verbs[0][0] < before else None


def _speech_time_spans(text: str, trigger_start: int, said_now: bool = False) -> list[tuple[int, int]]:
    """Where the time of speaking may stand when the trigger is reported in the past perfect after a speech
    verb: "Peskov told reporters on Thursday that Putin had invited Trump" (Thursday dates the telling).

    A charge, demand, refusal or threat made in the telling itself ("said on Monday that Moscow had broken the
    truce") is dated by the telling unless the trigger is the verb in the past perfect ("had rejected")."""
    verb = _first_speech_verb(text, trigger_start)
    if verb is None:
        return []
    if PAST_PERFECT_RE.search(text, verb[1], trigger_start + 40) is None:
        return []
    if said_now and PAST_PERFECT_RE.search(text, max(verb[1], trigger_start - 25), trigger_start + 40) is None:
        return []
    return [(max(0, verb[0] - 30), verb[1] + 30)]


def _speech_frame_end(text: str, trigger_start: int) -> int:
    """Where a "that"/"dass" clause after a speech verb starts, if the trigger is inside one (else 0)."""
    verb = _first_speech_verb(text, trigger_start)
    if verb is None:
        return 0
    comp = _COMPLEMENTIZER_RE.search(text, verb[1], trigger_start)
    return comp.end() if comp is not None else 0


_SEMICOLON_RE = re.compile(r";")


def _closest_timex(
    info: SentenceInfo, trigger_rel: tuple[int, int], *, german_verb: bool = False, said_now: bool = False
) -> Timex | None:
    speech_time = _speech_time_spans(info.text, trigger_rel[0], said_now) or _speech_time_if_other(info, trigger_rel[0])
    dated = [t for t in _anchoring_timexes(info) if not any(a <= t.start - info.start < b for a, b in speech_time)]
    c_start, c_end = clause_bounds(info.text, *trigger_rel)
    in_clause = [t for t in dated if c_start <= t.start - info.start < c_end]
    if not in_clause:
        deadline = _planned_deadline(info, c_start, c_end) or _later_plan_deadline(info, trigger_rel[1])
        if deadline is not None:
            return deadline
    if not dated:
        return None
    if not in_clause:
        # "Scholz, der die G7 in diesem Jahr führt, sicherte ... zu": a relative clause before the trigger
        # describes a participant, not the event; a day in it sets the scene ("Sybiha, who joined the ministers on
        # Wednesday, thanked Canada").
        dated = [
            t
            for t in dated
            if t.precision in {"day", "time"} or not _relative_before(info.text, t.start - info.start, trigger_rel[0])
        ]
        if not dated:
            return None
    if not in_clause and (german_verb or info.text[trigger_rel[1] : c_end].strip(" .!?\"'“”«»")):
        # "Germany released X, who had been serving a sentence for a 2019 murder", "warf Moskau vor, eine Feuerpause
        # missachtet zu haben, die am 25. Januar begonnen hatte": a relative clause about someone or something else
        # does not date the event (one right after the trigger noun describes it: "ein Telefonat, das am
        # Montagmorgen stattfinden soll").
        noun = info.text[trigger_rel[0] : trigger_rel[0] + 1].isupper()
        dated = [t for t in dated if not _in_relative_clause(info.text, t.start - info.start, noun)]
        if not dated:
            return None
    if not in_clause:
        # "Beide Seiten vereinbarten, die Gespräche fortzusetzen; eine dritte Runde könne Anfang kommender Woche
        # stattfinden": a time after a semicolon that closes the trigger's clause belongs to the clause it is in
        dated = [t for t in dated if not _SEMICOLON_RE.search(info.text, c_end, max(c_end, t.start - info.start))]
        if not dated:
            return None
    pool = in_clause or dated
    # "the visit would now take place on March 10": a named date beats a vague "now"/"soon" next to it.
    pool = [t for t in pool if t.value not in VAGUE_VALUES] or pool
    # "war am Freitag zum vierten Mal in diesem Jahr empfangen worden": in its own clause, a day beats the year or
    # month that frames it.
    if in_clause and len(pool) > 1:
        days = [t for t in pool if t.precision in {"day", "time"}]
        framing = [t for t in pool if t.precision in {"year", "month"} and t.date_start is not None]
        if days and framing and all(
            f.date_start is not None and f.date_end is not None and f.date_start <= d.date_start <= f.date_end
            for f in framing
            for d in days
            if d.date_start is not None
        ):
            pool = days
    centre = (trigger_rel[0] + trigger_rel[1]) / 2
    best = min(pool, key=lambda t: abs((t.start - info.start) - centre))
    # "für Samstag und Sonntag", "from Monday to Wednesday": an event over joined days is dated by its start.
    for t in pool:
        between = info.text[t.end - info.start : best.start - info.start].strip().lower()
        if t.end <= best.start and between in _JOINING_WORDS:
            return t
    return best


def _planned_deadline(info: SentenceInfo, c_start: int, c_end: int) -> Timex | None:
    """ "bis zum 24. Februar will die EU ein Sanktionspaket beschließen", "by the end of June the EU plans to ...":
    a planned act whose clause names only the day it is due by is dated by that day."""
    clause = info.text[c_start:c_end]
    if not PLANNED_RE.search(fold(clause)) and not _REPORTED_PLAN_RE.search(clause):
        return None
    for t in info.timexes:
        rel = t.start - info.start
        if (
            c_start <= rel < c_end
            and _is_dated(t)
            and t.value not in VAGUE_VALUES
            and not _in_quote(info.text, rel)
            and _DEADLINE_BEFORE_RE.search(info.text[max(0, rel - 20) : rel])
        ):
            return t
    return None


def _later_plan_deadline(info: SentenceInfo, trigger_end: int) -> Timex | None:
    """ "a 16th package, which it aims to adopt by February 24", "as part of a 16th package due by the end of
    February": a later clause that plans the act by a deadline dates it."""
    for t in info.timexes:
        rel = t.start - info.start
        if rel < trigger_end or not _is_dated(t) or t.value in VAGUE_VALUES or _in_quote(info.text, rel):
            continue
        if not _DEADLINE_BEFORE_RE.search(info.text[max(0, rel - 20) : rel]):
            continue
        between = info.text[trigger_end:rel]
        planned = _REPORTED_PLAN_RE.search(between) or PLANNED_RE.search(fold(between))
        if _DUE_BY_RE.search(between) or (_PLAN_RELATIVE_RE.search(between) and planned):
            return t
    return None


_DUE_BY_RE = re.compile(r"\b(?:due|fällig)\s+(?:by|until|bis)\s+(?:the\s+end\s+of\s+|zum\s+|Ende\s+)?$", re.I)
# a deadline in a relative clause on the trigger's object: ", which it aims to adopt by", ", das bis ... stehen soll"
_PLAN_RELATIVE_RE = re.compile(r"^[^,;:.]{0,60},\s+(?:which|that|das|die|der|den)\s", re.I)


# A plan in reported speech: "Deutschland werde bis Jahresende zwei Systeme liefern", "would arrive by the end of June"
# ... or announced with an infinitive: "kündigte an, bis März weitere Milliarden auszuzahlen", "pledged to deliver
# the jets by the end of the year"
_REPORTED_PLAN_RE = compile_filtered(
    r"\b(?:werde|solle|würde|würden|would|could|[a-zäöü]{2,}zu[a-zäöüß]{3,}en|zu\s+(?!haben\b|sein\b)[a-zäöüß]{3,}en|"
    r"(?:pledged|promised|vowed|committed|intends|aims)\s+to)\b",
    re.I,
)
_DEADLINE_BEFORE_RE = re.compile(
    r"\b(?:bis|by|until|vor|before)\s+(?:(?:zum|zur|spätestens|the\s+end\s+of|end\s+of|the|dem)\s+)?$", re.I
)


def _relative_before(text: str, rel: int, trigger_start: int) -> bool:
    """Whether offset ``rel`` lies in a relative clause (", der ...", ", who ...") that ends before the trigger."""
    c_start, c_end = clause_bounds(text, rel, rel + 1)
    if c_start == 0 or c_end > trigger_start:
        return False
    return (
        _RELATIVE_START_RE.match(text, c_start) is not None
        or _GERMAN_RELATIVE_START_RE.match(text, c_start) is not None
    )


_JOINING_WORDS = frozenset({"und", "and", "bis", "to", "through", "-", "–"})


def _speech_time_if_other(info: SentenceInfo, trigger_start: int) -> list[tuple[int, int]]:
    """ "Trump said on Thursday he could meet Putin 'very soon'": a time next to the speech verb dates the telling
    when the reported clause after the verb names a time of its own."""
    verb = _first_speech_verb(info.text, trigger_start)
    if verb is None or verb[1] > trigger_start:
        return []
    window = (max(0, verb[0] - 30), verb[1] + 30)
    timexes = _anchoring_timexes(info)
    # the time of telling is not a year named in what was said ("erinnerte an die Minsker Abkommen von 2014 und 2015")
    at_verb = [t for t in timexes if window[0] <= t.start - info.start < window[1] and t.precision != "year"]
    # Only a time in the reported clause itself counts ("announced aid on Saturday, part of a push before Trump
    # takes office on January 20": the later date belongs to another clause).
    _c_start, c_end = clause_bounds(info.text, trigger_start, trigger_start + 1)
    later = [t for t in timexes if max(window[1], trigger_start) <= t.start - info.start < c_end]
    return [window] if at_verb and later else []


# ", who ...", ", which ..."; German ", die vom Strafgerichtshof ..." (a pronoun before a lower-case word, unlike an
# article before a noun: ", die Ukraine werde ...").
# Clauses about a person (", who ...", participles ", citing ..."); German relative clauses (", der seit ...") only
# count when the trigger is a verb: after a noun trigger they may describe the event itself ("ein Telefonat von
# Trump mit Putin, das am Montagmorgen stattfinden soll").
_RELATIVE_START_RE = re.compile(r"\s*(?:who|whom|whose|which|citing|saying|adding|noting|including)\b")
_GERMAN_RELATIVE_START_RE = re.compile(r"\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s+[a-zäöüß]")


def _in_relative_clause(text: str, rel: int, trigger_is_noun: bool) -> bool:
    """Whether offset ``rel`` lies in a clause opened by a relative pronoun (", who ...", ", die ...")."""
    c_start, _c_end = clause_bounds(text, rel, rel + 1)
    if c_start == 0:
        return False
    if _RELATIVE_START_RE.match(text, c_start) is not None:
        return True
    return not trigger_is_noun and _GERMAN_RELATIVE_START_RE.match(text, c_start) is not None


def _anchoring_timexes(info: SentenceInfo) -> list[Timex]:
    """The dated timexes of the sentence that can date an event in it (computed once per sentence)."""
    found = info.memo.get("anchoring")
    if found is None:
        found = info.memo["anchoring"] = [t for t in info.timexes if _is_dated(t) and _anchors_event(info, t)]
    assert isinstance(found, list)
    return found


def _previous_day_timex(
    infos: Sequence[SentenceInfo], index: int, window: int = 1, published: date | None = None
) -> Timex | None:
    """The day of the nearest earlier sentence (of the ``window`` before ``index``) that names one, not after
    ``published``: its first day, the one of its main clause ("met Biden on Sunday, having flown in on Saturday")."""
    for k in range(index - 1, max(-1, index - 1 - window), -1):
        if TICKER_STAMP_RE.match(infos[k].text) and not any(_is_day(t) for t in infos[k].timexes[1:]):
            return None  # the entry of a live ticker before this sentence names no day: news of the day
        days = [
            t
            for t in infos[k].timexes
            if _is_day(t)
            and (published is None or (t.date_start is not None and t.date_start <= published))
            and not _in_dateline(infos[k].text, t.start - infos[k].start)
        ]
        if days:
            return days[0]
    return None


def date_events(
    events: Sequence[tuple[EventProposal, Occurrence | None]],
    infos: Sequence[SentenceInfo],
    published: date,
    language: str = "",
) -> list[EventProposal]:
    dated: list[EventProposal] = []
    also: list[EventProposal] = []  # the same act on other days named in its clause
    starts = [i.start for i in infos]
    for event, cue in events:
        idx = _sentence_index(infos, event.evidence[0], starts)
        info = infos[idx]
        rel = (event.trigger[0] - info.start, event.trigger[1] - info.start)
        event.date = _event_date(info, infos, rel, dated, published, event.type, language, event.actor_slugs)
        if _late_act_of_the_day(event, info, infos, published):
            event.date = fuzzy_from_published(published)
        event.occurrence = refine_occurrence(event, published, cue)
        if event.date.basis == "published":  # no time named anywhere near: less sure it is news of the day
            event.confidence = round(event.confidence * 0.9, 2)
        if event.occurrence != "occurred" and not event.title.endswith(")"):
            event.title += f" ({event.occurrence})"
        dated.append(event)
        if event.date.basis == "text":
            also.extend(_other_days_in_clause(event, info, rel))
        earlier = _earlier_act_date(info, rel, event.type)
        if earlier is not None and not _same_day(earlier, event.date):
            # "repeated Moscow's demand ..., a condition Putin first set out in June": the first demand is an event
            # of its own, dated by the time named with it
            dated.append(replace(event, date=earlier, confidence=round(event.confidence * 0.8, 2)))
    for event in dated:
        if _dates_the_accused_deed(event, dated):
            event.date = fuzzy_from_published(published)
    return dated + also


def _other_days_in_clause(event: EventProposal, info: SentenceInfo, rel: tuple[int, int]) -> list[EventProposal]:
    """ "hatte Putin am Dienstag Xi und am Mittwoch Erdoğan getroffen", "would travel to Kyiv on Monday and to Moscow
    on Tuesday": each further day named in the trigger's own clause is the same kind of act on that day (a copy
    with the same participants, less confident)."""
    speech_time = _speech_time_spans(info.text, rel[0]) or _speech_time_if_other(info, rel[0])
    c_start, c_end = clause_bounds(info.text, *rel)
    seen = {event.date.value[:10]}
    out: list[EventProposal] = []
    days = _anchoring_timexes(info)
    # "die Minsker Vereinbarungen vom September 2014 und vom Februar 2015": agreements in the plural are one per time
    several = event.type == "AGREE" and _AGREEMENTS_RE.search(info.text, rel[0], rel[1] + 12) is not None
    for k, t in enumerate(days):
        r = t.start - info.start
        if not c_start <= r < c_end or t.value in VAGUE_VALUES or t.date_start is None:
            continue
        if not (_is_day(t) or (several and t.precision in {"year", "month"})):
            continue
        joined = k > 0 and info.text[days[k - 1].end - info.start : r].strip().lower() in _JOINING_WORDS
        if joined and not several:  # "für Samstag und Sonntag", "from Monday to Wednesday": one event over joined days
            continue
        if any(a <= r < b for a, b in speech_time) or t.value[:10] in seen:
            continue
        seen.add(t.value[:10])
        copy = replace(event, date=fuzzy_from_timex(t, "text"), confidence=round(event.confidence * 0.8, 2))
        copy.actors, copy.actor_slugs = list(event.actors), list(event.actor_slugs)
        out.append(copy)
    return out


_AGREEMENTS_RE = re.compile(r"\b(?:Vereinbarungen|Abkommen|agreements|accords)\b", re.I)
_BLAME_RE = re.compile(r"verantwortlich|responsible|blam\w*|schuld", re.I)


def _rel(event: EventProposal) -> tuple[int, int]:
    """The trigger's offsets inside the event's sentence."""
    return event.trigger[0] - event.evidence[0], event.trigger[1] - event.evidence[0]


def _dates_the_accused_deed(event: EventProposal, earlier: Sequence[EventProposal]) -> bool:
    """ "Kiew machte Russland für den Beschuss in der Nacht zum Freitag verantwortlich", "ein Angriff, für den Moskau
    Kiew verantwortlich macht": the time dates the attack blamed, not the accusation (news of the day)."""
    if event.type != "ACCUSE" or event.date.basis != "text" or not _BLAME_RE.search(event.sentence, *_rel(event)):
        return False
    return any(
        e.type == "ASSAULT" and e.evidence == event.evidence and e.date.value == event.date.value for e in earlier
    )


def _event_date(
    info: SentenceInfo,
    infos: Sequence[SentenceInfo],
    rel: tuple[int, int],
    earlier: Sequence[EventProposal],
    published: date,
    event_type: str = "",
    language: str = "",
    actors: Sequence[str | None] = (),
) -> FuzzyDate:
    attached = _participle_time(info, rel)
    if attached is not None:
        return fuzzy_from_timex(attached, "text")
    timex = _closest_timex(
        info,
        rel,
        german_verb=language == "de" and info.text[rel[0] : rel[0] + 1].islower(),
        said_now=event_type in _SAID_NOW_TYPES,
    )
    if timex is not None and not _dates_the_content(info, rel, timex, published, event_type):
        return fuzzy_from_timex(timex, "text")
    if timex is not None:
        # "Lawrow schlug am Mittwoch eine zweite Runde ... für den 2. Juni vor": the time of what is proposed does
        # not date the proposal; another time in the trigger's clause may
        other = _other_time_in_clause(info, rel, timex, published, event_type)
        if other is not None:
            return fuzzy_from_timex(other, "text")
    # "Kyiv has refused to repay that bond since 2015": an ongoing refusal is dated by its start, even where a long
    # past year would otherwise date only what was said
    since = _since_timex(info, rel)
    if since is not None:
        return fuzzy_from_timex(since, "text")
    if TICKER_STAMP_RE.match(info.text):
        # A live ticker's entry without a time of its own is news of the day, not a continuation of the one before.
        past = _past_perfect_cue(info)
        return _past_ref(published) if past else fuzzy_from_published(published)
    meeting = _meeting_referred_to(info, earlier, actors) if event_type != "CONSULT" else None
    if meeting is None and event_type != "CONSULT":
        meeting = _visit_at_place(info, earlier)
    if meeting is not None:
        return as_day(meeting.date, "context")
    if _sentence_has(info, "follow_up", FOLLOW_UP_RE):
        for prev in reversed(earlier):
            if (
                prev.date.basis in {"text", "context"}
                and prev.date.precision in {"day", "time"}
                and prev.evidence[0] < info.start
            ):
                return as_day(prev.date, "context")
    back = _back_reference_timex(infos, info, published)
    if back is not None:
        return as_day(fuzzy_from_timex(back, "context"), "context")
    if event_type in _SAID_NOW_TYPES and _in_present_tense(info.text, rel, language):
        return fuzzy_from_published(published)
    c_start, c_end = clause_bounds(info.text, *rel)
    if _STILL_NOW_RE.search(info.text, c_start, c_end):
        return fuzzy_from_published(published)  # "a $61bn aid package remains stalled": the state of today
    prev_timex = _previous_day_timex(infos, info.index, SCENE_WINDOW, published)
    continued = (
        prev_timex is not None
        and (_sentence_has(info, "continuation", CONTINUATION_RE) or prev_timex.date_start is not None)
        and not _scene_closed(infos, info, prev_timex, published)
        and not _old_scene_for_an_act(prev_timex, published, event_type)
    )
    if prev_timex is not None and continued:
        return as_day(fuzzy_from_timex(prev_timex, "context"), "context")
    lead_timex = _lead_day_timex(infos, info, published)
    if lead_timex is not None:
        return as_day(fuzzy_from_timex(lead_timex, "context"), "context")
    story = _story_day(infos, published) if event_type else None
    if story is not None and event_type in _SPEECH_ACT_TYPES and not _day_before(story, published):
        story = None  # words said far from the lead's day are the news of the day, unless the story is yesterday's
    if story is not None:
        # far from any day named, a meeting, aid or measure (not words said) belongs to the story's day
        return as_day(fuzzy_from_timex(story, "context"), "context")
    yesterday = _yesterdays_story_goes_on(info, infos, earlier, published)
    if yesterday is not None:
        return yesterday
    return fuzzy_from_published(published)


def _late_act_of_the_day(
    event: EventProposal, info: SentenceInfo, infos: Sequence[SentenceInfo], published: date
) -> bool:
    """In the last third of an article, a meeting, measure, attack or aid with no time of its own, dated only by an
    earlier day (nearby or the lead's), is more often the news of the day (on the annotated sets about 48 to 35)."""
    return (
        event.date.basis == "context"
        and event.type not in _SPEECH_ACT_TYPES
        and info.start * 3 > infos[-1].end * 2
        and event.date.start is not None
        and event.date.start < published
    )


def _yesterdays_story_goes_on(
    info: SentenceInfo, infos: Sequence[SentenceInfo], earlier: Sequence[EventProposal], published: date
) -> FuzzyDate | None:
    """In the first third of an article, an act with no time of its own after an act dated the day before publication
    continues yesterday's story, as does one in an article that names yesterday anywhere and today nowhere before it
    (on the annotated sets about twice and one and a half times as often as it was the news of the day)."""
    if info.start * 3 > infos[-1].end:
        return None
    yesterday = published - timedelta(days=1)
    last = earlier[-1] if earlier else None
    if last is not None and last.date.precision in {"day", "time"} and last.date.start == yesterday:
        return as_day(last.date, "context")
    days = [t for i in infos for t in i.timexes if _is_day(t) and t.date_start in {yesterday, published}]
    # (a day in the sentence itself was weighed above: it dates what was said about, not the act)
    named = next((t for t in days if t.date_start == yesterday and not info.start <= t.start < info.end), None)
    if named is None or any(t.date_start == published and t.start < info.start for t in days):
        return None
    return as_day(fuzzy_from_timex(named, "context"), "context")


# "Zelensky's proposal, made on Wednesday, ...", "den am Mittwoch vorgelegten Vorschlag": a participle next to the
# trigger noun gives the time of the act the noun names
_MADE_AFTER_RE = re.compile(
    r"\W{0,3}(?:first\s+)?(?:made|announced|presented|submitted|unveiled|issued|tabled|put\s+forward|signed|agreed|"
    r"reached|concluded)\s+(?:on|in|at|last|earlier\s+this|late\s+on|early\s+on)?\s*$",
    re.I,
)
_MADE_BEFORE_RE = re.compile(
    r"^\s+(?:vorgelegte|vorgestellte|angekündigte|unterbreitete|eingebrachte|verkündete|beschlossene|vereinbarte|"
    r"geschlossene|unterzeichnete|erzielte|verhängte)[nmrs]?\s+(?:\w+\s+)?$",
    re.I,
)


def _participle_time(info: SentenceInfo, rel: tuple[int, int]) -> Timex | None:
    if not info.text[rel[0] : rel[0] + 1].isalpha():
        return None
    for t in _anchoring_timexes(info):
        t_start, t_end = t.start - info.start, t.end - info.start
        if rel[1] <= t_start <= rel[1] + 40 and _MADE_AFTER_RE.match(info.text[rel[1] : t_start]):
            return t
        if t_end <= rel[0] <= t_end + 40 and _MADE_BEFORE_RE.match(info.text[t_end : rel[0]]):
            return t
    return None


def _other_time_in_clause(
    info: SentenceInfo, rel: tuple[int, int], rejected: Timex, published: date, event_type: str
) -> Timex | None:
    c_start, c_end = clause_bounds(info.text, *rel)
    candidates = [
        t
        for t in _anchoring_timexes(info)
        if t is not rejected
        and c_start <= t.start - info.start < c_end
        and t.value not in VAGUE_VALUES
        and t.precision != "year"
        and t.date_start is not None
        and t.date_start <= published
        and not _dates_the_content(info, rel, t, published, event_type)
    ]
    centre = (rel[0] + rel[1]) / 2
    return min(candidates, key=lambda t: abs((t.start - info.start) - centre), default=None)


def _day_before(t: Timex, published: date) -> bool:
    """The timex is the day before publication (a report of yesterday's meeting or summit)."""
    return t.date_start is not None and (published - t.date_start).days == 1


def _old_scene_for_an_act(day: Timex, published: date, event_type: str) -> bool:
    """A meeting, measure or attack without a day of its own after a sentence about two or more days before
    publication is the news of the day, not a continuation (on the annotated sets the news of the day was right
    about three times as often); words said keep continuing the scene."""
    if not event_type or event_type in _SPEECH_ACT_TYPES or day.date_start is None:
        return False
    return (published - day.date_start).days >= 2


def _scene_closed(infos: Sequence[SentenceInfo], info: SentenceInfo, day: Timex, published: date) -> bool:
    """A day named in an earlier paragraph, two days or more before publication, no longer sets the scene: a new
    paragraph without a day of its own reports the news of the day (on the annotated sets, continuing such a scene
    was never right)."""
    if day.date_start is None or (published - day.date_start).days < 2:
        return False
    return infos[_sentence_index(infos, day.start)].sentence.paragraph < info.sentence.paragraph


def _story_day(infos: Sequence[SentenceInfo], published: date) -> Timex | None:
    """The day the lead (the first two body sentences) names, if it is one of the three days before publication."""
    body = [i for i in infos if not i.sentence.is_headline][:2]
    for info in body:
        for t in info.timexes:
            if (
                _is_day(t)
                and t.date_start is not None
                and 0 < (published - t.date_start).days <= 3
                and not _in_dateline(info.text, t.start - info.start)
            ):
                return t
    return None


def _past_perfect_cue(info: SentenceInfo) -> bool:
    """A pluperfect or "earlier"/"zuvor" outside a time expression ("announced earlier this week" is dated by
    that week, not a vague past)."""
    found = info.memo.get("past_perfect_cue")
    if found is None:
        spans = [(t.start - info.start, t.end - info.start) for t in info.timexes]
        found = info.memo["past_perfect_cue"] = any(
            not any(a <= m.start() < b for a, b in spans) for m in PAST_PERFECT_RE.finditer(info.text)
        )
    assert isinstance(found, bool)
    return found


def _meeting_referred_to(
    info: SentenceInfo, earlier: Sequence[EventProposal], actors: Sequence[str | None]
) -> EventProposal | None:
    """ "Selenskyj hatte bei dem Treffen in Kiew um Unterstützung geworben": the dated meeting or call reported
    before, preferably one with a participant of this event."""
    if not _sentence_has(info, "during_meeting", DURING_MEETING_RE):
        return None
    meetings = [
        e
        for e in earlier
        if e.type == "CONSULT"
        and e.evidence[0] < info.start
        and e.date.basis in {"text", "context"}
        and e.date.precision in {"day", "time"}
    ]
    shared = [e for e in meetings if set(e.actor_slugs) & {a for a in actors if a}]
    return (shared or meetings)[-1] if meetings else None


_IN_PLACE_RE = compile_filtered(r"\b(?:in|In)\s+([A-ZÄÖÜ][\w-]{2,})\b")


def _visit_at_place(info: SentenceInfo, earlier: Sequence[EventProposal]) -> EventProposal | None:
    """ "Tusk sprach in Kiew von russischem Terror" after "Tusk hat bei einem Besuch in Kiew am Mittwoch ...": words
    said at the place of a dated visit or meeting reported before take its day."""
    places = {m.group(1) for m in _IN_PLACE_RE.finditer(info.text)}
    if not places:
        return None
    for e in reversed(earlier):
        if (
            e.type == "CONSULT"
            and e.evidence[0] < info.start
            and e.date.basis in {"text", "context"}
            and e.date.precision in {"day", "time"}
            and any(re.search(rf"\b(?:in|nach|to)\s+{re.escape(p)}\b", e.sentence) for p in places)
        ):
            return e
    return None


def _sentence_has(info: SentenceInfo, name: str, regex: re.Pattern[str]) -> bool:
    """Whether ``regex`` matches somewhere in the sentence (searched once per sentence, whatever its events)."""
    found = info.memo.get(name)
    if found is None:
        found = info.memo[name] = regex.search(info.text) is not None
    assert isinstance(found, bool)
    return found


_GERMAN_FINITE_T_RE = re.compile(r"(?:[^\W\d_]+t)$")
_GERMAN_AUXILIARY_RE = re.compile(
    r"\b(?:hat|hatte|hatten|haben|habe|hätte|hätten|wurde|wurden|worden|war|waren|ist|sind|sei|seien|wird|werde|"
    r"werden|soll|sollte|solle|will|wolle|kann|könne|könnte|muss|müsse)\b",
    re.I,
)


def _german_present(text: str, rel: tuple[int, int]) -> bool:
    """ "Kiew verlangt, das Papier vorab einzusehen", "Moskau lehnt dies weiterhin ab": a demand or refusal in the
    German present tense (a finite verb in -t with no auxiliary in its clause) stands on the day of publication, not
    on the day of the scene before."""
    word = text[rel[0] : rel[1]].split()
    if not word or not _GERMAN_FINITE_T_RE.search(word[0]) or not word[0][:1].islower():
        return False
    if word[0].lower() in _STRONG_PAST_IN_T:
        return False
    c_start, c_end = clause_bounds(text, *rel)
    return _GERMAN_AUXILIARY_RE.search(text, c_start, c_end) is None


# Strong verbs whose simple past ends in -t like a present: "Er bat Saudi-Arabien ...", "bot an", "hielt entgegen".
_STRONG_PAST_IN_T = frozenset(
    {"bat", "baten", "bot", "verbot", "hielt", "riet", "trat", "vertrat", "galt", "stritt", "bestritt", "tat"}
)


_ENGLISH_PRESENT_RE = re.compile(r"[a-z]+[^s\W]s$")
_ENGLISH_SUBJECT_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b(?:he|she|it|they|still|also|now|again))\s+$")
_ENGLISH_AUXILIARY_RE = re.compile(
    r"\b(?:has|have|had|was|were|is|are|will|would|did|does|do|could|should|may|might)\b", re.I
)


def _in_present_tense(text: str, rel: tuple[int, int], language: str) -> bool:
    if language == "de":
        return _german_present(text, rel)
    if language != "en":
        return False
    word = text[rel[0] : rel[1]].split()
    if not word or not _ENGLISH_PRESENT_RE.search(word[0]):
        return False
    if not _ENGLISH_SUBJECT_BEFORE_RE.search(text, max(0, rel[0] - 40), rel[0]):
        return False
    c_start, _c_end = clause_bounds(text, *rel)
    return _ENGLISH_AUXILIARY_RE.search(text, c_start, rel[0]) is None


def _back_reference_timex(infos: Sequence[SentenceInfo], info: SentenceInfo, published: date) -> Timex | None:
    """ "Bereits Anfang August hatte Guterres ... gefordert. Moskau lehnte dies ab.": a sentence that refers back
    takes the last time (of any precision, not after publication) the previous sentence gives."""
    if info.index == 0 or not _sentence_has(info, "back_reference", BACK_REFERENCE_RE):
        return None
    prev = infos[info.index - 1]
    dated = [
        t
        for t in _anchoring_timexes(prev)
        if t.value not in VAGUE_VALUES and t.date_start is not None and t.date_start <= published
    ]
    return dated[-1] if dated else None


_PAST_TRIGGER_RE = re.compile(
    r"(?!expected|scheduled|planned|slated|invited)(?:\w+ed|\w+te|\w+ten|lud|luden|bat|baten|bot|boten|warb|warben|"
    r"rief|riefen|schlug|schlugen|sprach|sprachen|drang|drangen|gab|gaben)\b",
    re.I,
)


_EARLIER_PART_RE = re.compile(r"(?:earlier|early|Anfang|zu\s+Beginn|Beginn)\b", re.I)


def _dates_the_content(
    info: SentenceInfo, rel: tuple[int, int], timex: Timex, published: date, event_type: str = ""
) -> bool:
    """ "agreed to continue consultations in the coming weeks", "summoned the ambassador, a sign that tensions will
    persist for the foreseeable future": a future time after a past-tense trigger dates what was agreed or said,
    not the act itself.

    A demand, accusation, refusal or threat is made when it is said: a vague future ("would order an immediate
    ceasefire as soon as ...") dates what is demanded. An invitation or promise "for later this year" (a period
    holding the publication day, after the trigger) dates what is offered, not the offer."""
    if event_type in _SAID_NOW_TYPES and timex.value == "FUTURE_REF":
        return True
    if (
        event_type in _OFFER_TYPES
        and timex.start - info.start > rel[0]
        and timex.precision in {"year", "month", "week", "quarter"}
        and timex.date_start is not None
        and timex.date_end is not None
        and timex.date_start <= published <= timex.date_end
        and not _EARLIER_PART_RE.match(timex.text)  # "urged both sides earlier this year": already past
    ):
        return True
    # "erinnerte an die Minsker Abkommen von 2014, die Russland nie umgesetzt habe", "demands a withdrawal to the 1991
    # borders": a year or month long past, named in what is said, dates its content, not the saying
    if (
        event_type in _SPEECH_ACT_TYPES - {"AGREE"}  # "brokered the grain deal in July 2022": the deal itself
        and timex.precision in {"year", "month"}
        and timex.date_end is not None
        and timex.date_end.year < published.year - 1
        and (
            timex.start - info.start > rel[1] + 15
            or any(end <= timex.start - info.start for _start, end in _speech_verbs(info.text))
        )
    ):
        return True
    # "open to talks on the basis of the understandings reached in Istanbul in the spring of 2022", "a condition
    # Putin first set in June": a time after a participle that names an earlier act dates that act, not this one
    if _names_earlier_act(info, rel, timex, event_type):
        return True
    # "wenn Russland seine Einheiten hinter die Linien vom 24. Februar zurückziehe": the lines of a day, not the day of
    # the demand
    t_rel = timex.start - info.start
    if event_type in _SPEECH_ACT_TYPES and _LINES_OF_BEFORE_RE.search(info.text, max(0, t_rel - 30), t_rel):
        return True
    future = timex.value == "FUTURE_REF" or (timex.date_start is not None and timex.date_start > published)
    if not future or timex.start - info.start <= rel[0]:
        return False
    # "calling on Canada to help with more air defence before winter": a demand, charge or threat is made when it is
    # said; a time ahead after it dates what is demanded
    if event_type in _SAID_NOW_TYPES and not _planned_act(info, rel):
        return True
    if event_type == "AID":
        return False  # "pledged 25 million euros for mine clearance next year": aid is dated by when it is given
    return _PAST_TRIGGER_RE.match(info.text, rel[0]) is not None


def _planned_act(info: SentenceInfo, rel: tuple[int, int]) -> bool:
    """ "Beijing is expected to publish a position paper on Friday": the act itself lies ahead."""
    c_start, _c_end = clause_bounds(info.text, *rel)
    return PLANNED_RE.search(fold(info.text[c_start : rel[1]])) is not None


def _names_earlier_act(info: SentenceInfo, rel: tuple[int, int], timex: Timex, event_type: str) -> bool:
    t_rel = timex.start - info.start
    return (
        event_type in _SPEECH_ACT_TYPES
        and t_rel > rel[1]
        and _EARLIER_ACT_BEFORE_RE.search(info.text[rel[1] : t_rel]) is not None
    )


def _earlier_act_date(info: SentenceInfo, rel: tuple[int, int], event_type: str) -> FuzzyDate | None:
    """The date of the earlier act a speech act refers to, when a time is named with it; for a meeting, the date of
    the one before it ("their first conversation since the Alaska summit in August")."""
    if event_type == "CONSULT":
        return _meeting_before_date(info)
    if event_type not in _SPEECH_ACT_TYPES:
        return None
    for t in _anchoring_timexes(info):
        if t.value not in VAGUE_VALUES and _names_earlier_act(info, rel, t, event_type):
            return fuzzy_from_timex(t, "text")
    return None


_FIRST_SINCE_RE = re.compile(r"\b(?:erste[nmrs]?|first)\b[^.;]{0,80}?\b(?:seit|since)\s+", re.I)
_MEETING_NOUN_RE = re.compile(
    r"\b(?:summit|meeting|talks|call|conversation|visit|encounter|\w*gipfel\w*|\w*treffen\w*|gespräch\w*|"
    r"telefonat\w*|besuch\w*)\b",
    re.I,
)
_NOT_A_MEETING_RE = re.compile(
    r"\b(?:invasion|war|krieg\w*|einmarsch\w*|angriff\w*|election|wahl\w*|took\s+office)\b", re.I
)


def _meeting_before_date(info: SentenceInfo) -> FuzzyDate | None:
    """ "Es war das erste Gespräch der beiden seit Dezember 2022", "the first meeting since their encounter in Alaska
    in August": the meeting before this one, in the month or on the day named after "seit"/"since"."""
    for m in _FIRST_SINCE_RE.finditer(info.text):
        for t in info.timexes:
            t_rel = t.start - info.start
            between = info.text[m.end() : t_rel]
            if not m.end() <= t_rel <= m.end() + 60 or t.precision not in {"month", "day"} or t.date_start is None:
                continue
            direct = not between.strip() or between.strip().lower() in {"dem", "der", "the"}
            if direct or (_MEETING_NOUN_RE.search(between) and not _NOT_A_MEETING_RE.search(between)):
                return fuzzy_from_timex(t, "text")
    return None


def _same_day(a: FuzzyDate, b: FuzzyDate) -> bool:
    return a.value[:10] == b.value[:10]


_EARLIER_ACT_BEFORE_RE = re.compile(
    r"\b(?:reached|set|launched|agreed|signed|issued|imposed|put\s+forward|begun|started|presented|announced|blocked|"
    r"proposed|adopted|erzielt\w*|vereinbart\w*|"
    r"unterzeichnet\w*|begonnen|verhängt\w*|geschlossen\w*|eingeleitet\w*|gestellt\w*|vorgelegt\w*)"
    r"(?:\s+[\w'’-]+){0,4}\s+(?:in|on|at|im|am|vom|seit|since|last|earlier|this)?\s*$",
    re.I,
)
_LINES_OF_BEFORE_RE = re.compile(
    r"\b(?:Linien|Linie|Grenzen|Frontlinie|Stand|Positionen|lines|line|borders|positions)\s+(?:vom|von|des|of|as\s+of)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# A state that holds on the day of publication: "remains stalled", "continues to block", "blockiert nach wie vor".
_STILL_NOW_RE = re.compile(
    r"\b(?:remains?|continues?\s+to|is\s+still|are\s+still|nach\s+wie\s+vor|noch\s+immer)\b"
)
_SAID_NOW_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_OFFER_TYPES = frozenset({"REQUEST", "AGREE"})


# not the demonstrative in "has refused to repay that bond since 2015"
_RELATIVE_BETWEEN_RE = re.compile(r"\b(?:that(?!\s+\w+\s+since\s*$)|which|who|whom)\b|,\s*(?:der|die|das|dem|den)\s")
_SEIT_BEFORE_RE = re.compile(r"\bseit\s+(?:(?:dem|der)\s+)?$", re.I)
_SINCE_BEFORE_RE = re.compile(r"\b(?:seit|since)\s+(?:(?:dem|der|the)\s+)?$", re.I)


_PERFECT_RE = re.compile(r"\b(?:has|have|had|hat|haben|hatte|hatten|been|is|are|ist|sind)\b", re.I)


def _since_timex(info: SentenceInfo, trigger_rel: tuple[int, int]) -> Timex | None:
    """ "Seit Mitte Juli greift die Armee ... an", "have demanded since early May": with no other time in the
    sentence, an ongoing event is dated by its start; not a time in a relative clause after the trigger ("agreed to
    the ceasefire that Kyiv has demanded since May")."""
    for t in info.timexes:
        rel = t.start - info.start
        between = info.text[trigger_rel[1] : rel] if rel > trigger_rel[1] else ""
        # "the third round of talks since May" counts rounds; only an ongoing act ("has demanded since May",
        # "Seit Juli greift ... an") starts then.
        ongoing = (
            rel < trigger_rel[0]
            or _PERFECT_RE.search(info.text, 0, rel) is not None
            # "bildet ... seit 2022 ... aus", "liefern seit 2023": German tells an ongoing act in the present
            or (
                _SEIT_BEFORE_RE.search(info.text[max(0, rel - 12) : rel]) is not None
                and "," not in info.text[trigger_rel[0] : rel]  # not "warf Moskau vor, seit dem Sommer ... anzugreifen"
            )
        )
        if (
            ongoing
            and not _RELATIVE_BETWEEN_RE.search(between)
            and _is_dated(t)
            and t.value not in VAGUE_VALUES
            and not _in_quote(info.text, rel)
            and _SINCE_BEFORE_RE.search(info.text[max(0, rel - 12) : rel])
            # "Lawrow, der erstmals seit Februar 2022 Schweizer Boden betrat": the first time since, not a start
            and not _FIRST_SINCE_BEFORE_RE.search(info.text[max(0, rel - 110) : rel])
        ):
            return t
    return None


_FIRST_SINCE_BEFORE_RE = re.compile(
    r"\b(?:erste[nmrs]?|erstmals|first)\b[^.;]{0,80}?\b(?:seit|since)\s+(?:(?:dem|der|the)\s+)?$", re.I
)


def _past_ref(published: date) -> FuzzyDate:
    """ "Zuvor hatten Trump und Putin eingelenkt": some time before publication."""
    return FuzzyDate("PAST_REF", None, published, "vague", to_edtf(None, published, "vague"), "vague")


def _lead_day_timex(infos: Sequence[SentenceInfo], info: SentenceInfo, published: date) -> Timex | None:
    """A lead sentence without a date ("Trump hat ... gedroht.") takes the day the next sentences give."""
    body = [i for i in infos if not i.sentence.is_headline]
    if not body or info.index > body[0].index or info.sentence.is_headline:
        return None
    for nxt in infos[info.index + 1 : info.index + 1 + LEAD_LOOKAHEAD]:
        days = [
            t
            for t in nxt.timexes
            if _is_day(t) and t.date_start is not None and t.date_start <= published and _anchors_event(nxt, t)
        ]
        if days:
            return days[0]
    return None


def date_statements(
    statements: Sequence[StatementProposal],
    infos: Sequence[SentenceInfo],
    published: date,
    language: str = "",
    events: Sequence[EventProposal] = (),
) -> list[StatementProposal]:
    previous: StatementProposal | None = None
    starts = [i.start for i in infos]
    for st in statements:
        idx = _sentence_index(infos, st.evidence[0], starts)
        info = infos[idx]
        st.date = _statement_date(st, info, infos, previous, published, starts, language, events)
        previous = st
    return list(statements)


def _statement_date(
    st: StatementProposal,
    info: SentenceInfo,
    infos: Sequence[SentenceInfo],
    previous: StatementProposal | None,
    published: date,
    starts: list[int] | None = None,
    language: str = "",
    events: Sequence[EventProposal] = (),
) -> FuzzyDate:
    own = _speech_timex(st, info, published)
    # "Kiew machte Russland für den Angriff in der Nacht zum Samstag verantwortlich": the night is the attack's
    if own is not None and not own.value.endswith("TNI"):
        return fuzzy_from_timex(own, "text")
    verb = (st.trigger[0] - info.start, st.trigger[1] - info.start)
    if not any(_is_day(t) for t in info.timexes) and _in_present_tense(info.text, verb, language):
        return fuzzy_from_published(published)  # "Kiew verlangt, ...", "Moscow insists ...": said now
    # A day earlier in the sentence ("Biden on Wednesday signed ..., and said ...", "On Thursday, in his first
    # meeting with Xi, Putin said", "Selenskyj, der am Dienstag am G7-Gipfel teilnahm, forderte ...") is the scene of
    # the words.
    verb_rel = st.trigger[0] - info.start
    own_day = next(
        (
            t
            for t in info.timexes
            if _is_day(t) and _anchors_event(info, t) and t.date_start is not None and t.date_start <= published
            and t.start - info.start < verb_rel
            # a day in a relative clause about the speaker is the scene only if it is recent ("who attended the
            # summit on Tuesday"), not "who hands over to Rutte on Oct. 1"
            and (
                not _in_relative_clause(info.text, t.start - info.start, False)
                or (published - t.date_start).days <= _RECENT_SCENE_DAYS
            )
            # "Peskov told reporters on Thursday that Putin had invited Trump": Thursday is Peskov's, not Putin's
            and not _THAT_RE.search(info.text, t.end - info.start, verb_rel)
            # "In der Nacht zum Dienstag griff Russland an, teilte die Luftwaffe mit": a night attack is reported
            # the morning after
            and not _NIGHT_RE.search(t.text)
        ),
        None,
    )
    if own_day is not None:
        return as_day(fuzzy_from_timex(own_day, "context"), "context")
    # "Nach dem Treffen sagte Selenskyj ...", "Tusk sprach in Kiew von ...": words said at a dated meeting or at
    # the place of a dated visit reported before
    if not any(_is_day(t) for t in info.timexes):
        meeting = _meeting_referred_to(info, events, [st.speaker_slug]) or _visit_at_place(info, events)
        if meeting is not None:
            return as_day(meeting.date, "context")
    same_speaker = (
        previous is not None
        and previous.speaker == st.speaker
        and previous.date.basis in {"text", "context"}
        and _sentence_index(infos, previous.evidence[0], starts) >= info.index - 2
    )
    if previous is not None and same_speaker:
        return as_day(previous.date, "context")
    # The scene of the report: the last day named in the previous sentences, if the speaker took part in it.
    prev_timex = _previous_day_timex(infos, info.index, SCENE_WINDOW, published)
    if prev_timex is not None and not _scene_closed(infos, info, prev_timex, published):
        scene = infos[_sentence_index(infos, prev_timex.start, starts) : info.index]
        present = any(m.slug == st.speaker_slug or m.name == st.speaker for si in scene for m in si.mentions)
        # The lead of a report sets the scene for the reactions that follow it ("PARIS (AFP) - Britain and France
        # signed ... on Tuesday. Starmer said ...").
        present = present or _is_lead(infos, scene[0])
        # "Shortly afterwards, the Kremlin said ...": the words follow the scene just reported.
        if present or FOLLOW_UP_RE.search(info.text[: st.trigger[0] - info.start]):
            return _morning_after(prev_timex, published) or as_day(fuzzy_from_timex(prev_timex, "context"), "context")
    # An undated lead ("26 Länder haben sich nach Angaben Macrons verpflichtet ...") takes the day the next
    # sentences give ("Macron gab das Ergebnis am Donnerstagabend bekannt"), as its events do.
    lead_timex = _lead_day_timex(infos, info, published)
    if lead_timex is not None:
        return as_day(fuzzy_from_timex(lead_timex, "context"), "context")
    own_days = any(_is_day(t) for t in info.timexes)  # a day of what was said about ("spoken on Tuesday")
    story = _story_day(infos, published) if _in_lead_paragraph(infos, info) and not own_days else None
    # words reported in the lead paragraph were said on the story's day (a night's attack is reported after it)
    if story is not None and not story.value.endswith("TNI"):
        return as_day(fuzzy_from_timex(story, "context"), "context")
    before = sorted((e for e in events if e.evidence[0] < info.start), key=lambda e: e.evidence[0])
    yesterday = _yesterdays_story_goes_on(info, infos, before, published)
    if yesterday is not None:
        return yesterday
    return fuzzy_from_published(published)


def _in_lead_paragraph(infos: Sequence[SentenceInfo], info: SentenceInfo) -> bool:
    body = next((i for i in infos if not i.sentence.is_headline), None)
    return body is not None and info.sentence.paragraph == body.sentence.paragraph


def _morning_after(t: Timex, published: date) -> FuzzyDate | None:
    """ "Overnight, Russia attacked Odesa. Ukraine's air force said ...": what is said about a night is said the
    morning after it (None when ``t`` is not a night)."""
    if not t.value.endswith("TNI") or t.date_start is None:
        return None
    morning = t.date_start + timedelta(days=1)
    if morning >= published:
        return fuzzy_from_published(published)
    return as_day(replace(fuzzy_from_published(morning), basis="context"), "context")


def _is_lead(infos: Sequence[SentenceInfo], info: SentenceInfo) -> bool:
    """Whether ``info`` is the first sentence of the article body (after any headline)."""
    body = next((i for i in infos if not i.sentence.is_headline), None)
    return body is info


def _speech_timex(st: StatementProposal, info: SentenceInfo, published: date) -> Timex | None:
    """When the words were said: a time next to the speech verb, outside the reported clause ("sagte am Freitag",
    "hatte letzte Woche gewarnt", "Speaking on Tuesday evening, Trump said"); not after publication."""
    verb_rel = st.trigger[0] - info.start
    after: list[Timex] = []
    before: list[Timex] = []
    for t in info.timexes:
        if not _can_date_speech(t, published) or not _anchors_event(info, t):
            continue
        t_rel = t.start - info.start
        if t_rel >= verb_rel:
            # "lud Putin zu einem Gegenbesuch noch in diesem Jahr ein": the current year after the verb is when
            # what was said should happen, not when it was said.
            if _is_current_year(t, published):
                continue
            # "said he had spoken with Putin on Tuesday": the time of a past-perfect report is not the speaking's
            between = info.text[verb_rel:t_rel]
            # "sprach von einem Zeitfenster für Verhandlungen im Winter": a season or year after the verb is what
            # is talked about; the words themselves are dated by a day ("sagte am Freitag").
            if t.precision in {"season", "year", "quarter", "half"} and len(between.split()) > 2:
                continue
            # "rief Selenskyj in Anspielung auf die Rede Reagans im Juni 1987": a month long past, far from the
            # verb, is what the words refer to
            long_past = t.date_start is not None and t.date_start.year < published.year - 1
            if t.precision == "month" and len(between.split()) > 4 and long_past:
                continue
            if not _COMPLEMENT_RE.search(between) and not _PAST_PERFECT_AFTER_VERB_RE.search(between):
                after.append(t)
        elif _in_relative_clause(info.text, t_rel, False):
            continue  # "Stoltenberg, who hands over on Oct. 1, warned": the time is about someone, not the words
        elif _NIGHT_RE.search(t.text):
            continue  # "In der Nacht griff Russland nach Angaben Kiews an": the night is the attack's
        elif (
            _SPEAKING_INTRO_RE.match(info.text)
            or _ASIDE_BEFORE_VERB_RE.fullmatch(info.text, t.end - info.start, verb_rel)
            or not re.search(r",\s|\b(?:dass|that)\b", info.text[t_rel:verb_rel], re.I)
        ):
            before.append(t)
    if after:
        return after[0]
    return before[-1] if before else None


def _is_current_year(t: Timex, published: date) -> bool:
    return t.precision == "year" and t.date_start is not None and t.date_start.year == published.year


def _can_date_speech(t: Timex, published: date) -> bool:
    if t.type not in {"DATE", "TIME"}:
        return False
    if t.value in {"PAST_REF", "PRESENT_REF"}:
        return True
    return t.date_start is not None and t.date_start <= published and t.value not in VAGUE_VALUES


# Events that are speech acts: their date is the day the words were said.
_SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT"})


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _reports_earlier_event(event: EventProposal, st: StatementProposal) -> bool:
    """ "... that Putin had invited Trump": a past-perfect event reported in a that-clause, older than the words."""
    trigger = event.trigger[0] - st.evidence[0]
    frame_end = _speech_frame_end(st.sentence, trigger)
    return frame_end > 0 and bool(PAST_PERFECT_RE.search(st.sentence, frame_end, trigger + 40))


def _is_speech_verb(event: EventProposal) -> bool:
    start, end = _rel(event)
    return any(a < end and start < b for a, b in _speech_verbs(event.sentence))


def align_with_statements(events: Sequence[EventProposal], statements: Sequence[StatementProposal]) -> None:
    """A demand, accusation, refusal, threat or promise made in a statement gets the statement's date
    unless the sentence dates the event itself."""
    by_evidence: dict[tuple[int, int], list[StatementProposal]] = {}
    for statement in statements:
        by_evidence.setdefault(statement.evidence, []).append(statement)
    for event in events:
        # "Wer jetzt verhandeln wolle, müsse ...": a vague "now" in the words is the day they were said.
        said_now = event.date.basis == "vague" and event.date.value == "PRESENT_REF"
        # "said Russia had 'no intention' ... and accused Britain": a past perfect elsewhere in the sentence (no time
        # named) does not make the speech act itself a vague past
        cue_past = event.date.value == "PAST_REF" and not event.date.expression and _is_speech_verb(event)
        if event.type not in _SPEECH_ACT_TYPES or (
            event.date.basis in {"text", "vague"} and not said_now and not cue_past
        ):
            continue
        # "Moskau lehnte dies ab": an event dated by the sentence it refers back to keeps that date rather than
        # the publication date of an undated statement.
        back_ref = BACK_REFERENCE_RE.search(event.sentence) is not None
        candidates = by_evidence.get(event.evidence, [])
        # The speech act itself ("forderte", "warf ... vor") or what is said without "dass/that"; an event
        # reported in a that-clause ("said on Thursday that Putin had invited Trump") keeps its own date.
        st = next((x for x in candidates if _overlap(x.trigger, event.trigger)), None)
        if st is None and candidates and (_is_speech_verb(event) or not _reports_earlier_event(event, candidates[0])):
            # "Trump said on Thursday that ..., and he again urged Moscow": a second speech verb of the same
            # speaker is said at the same time.
            st = candidates[0]
        if st is not None and not (back_ref and event.date.basis == "context" and st.date.basis != "text"):
            # ... nor does the accusation take the time of the attack blamed from the statement.
            deed = any(
                e.type == "ASSAULT" and e.evidence == event.evidence and e.date.value == st.date.value for e in events
            )
            if not (deed and _BLAME_RE.search(event.sentence, *_rel(event))):
                event.date = st.date
