"""Event proposals: PLOVER-typed triggers per sentence, with participants, occurrence, title and confidence.

Dates are attached afterwards by ``dating.date_events`` (occurrence is then refined by ``refine_occurrence``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from .gazetteer import Gazetteer
from .lexicons import (
    ADDRESSED_SIDES_RE,
    AVOIDED_AFTER_RE,
    CANCELLED_RE,
    CAPITAL_ALIASES,
    CLAUSE_BREAK_RE,
    COLLECTIVE_RE,
    COMPOUND_PREFIXES,
    CONTINUED_TALKS_RE,
    DATELINE_RE,
    DEFINITE_BEFORE_RE,
    FULL_SCAN_RULES,
    GOVERNMENT_IN_RE,
    IRREALIS_RE,
    NEWS_ABOUT_RE,
    PEACE_TALKS_RE,
    PLACE_BEFORE_RE,
    PLANNED_RE,
    PRONOUN_SUBJECT_RE,
    REJECTED_THING_RE,
    RELATIVE_START_RE,
    RULE_HEADS,
    TRIGGER_RULES,
    TRIGGER_STOPWORDS,
    TWO_PEOPLE_RE,
    UNCERTAIN_RE,
    VISIT_NEAR_RE,
    WAR_PARTIES_RE,
    TriggerRule,
    fold,
    speech_verb_spans,
)
from .regex_start import compile_filtered, with_start_filter
from .types import ActorMention, EventProposal, FuzzyDate, Occurrence, Sentence, Span, StatementProposal, Timex

# Types that describe something one party does to/with another: worth borrowing participants for.
_NEEDS_ACTORS = frozenset(
    {
        "CONSULT", "AGREE", "REJECT", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "THREATEN", "ASSAULT", "MOBILIZE",
        "COERCE", "SUPPORT", "COOPERATE",
    }
)
# Acts of a state even when an official announces or makes them (the state is added after the people): threats,
# aid, truces, sanctions, deployments, coercion, concessions, and also agreements, demands, attacks, support,
# refusals, accusations and cooperation ("Zelensky's office dismissed the offer" is Ukraine's refusal).
_STATE_ACTS = frozenset(
    {"THREATEN", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "CONCEDE"}
    | {"AGREE", "REQUEST", "ASSAULT", "SUPPORT", "REJECT", "ACCUSE", "COOPERATE"}
)
# Bodies that act for a larger actor: a proposal of the EU Commission is the EU's.
PARENT_OF = {
    "european-commission": "european-union",
    "european-council": "european-union",
    "russian-foreign-ministry": "russia",
    "russian-defence-ministry": "russia",
    "russian-armed-forces": "russia",
    "ukrainian-foreign-ministry": "ukraine",
    "ukrainian-presidential-office": "ukraine",
    "ukrainian-armed-forces": "ukraine",
    "us-state-department": "united-states",
    "pentagon": "united-states",
    "us-congress": "united-states",
    "verkhovna-rada": "ukraine",
    "state-duma": "russia",
    "un-security-council": "united-nations",
    "un-general-assembly": "united-nations",
}
# Hopes, needs and wishes report no event; demands, threats, accusations and refusals are events themselves.
_IRREALIS_WINDOW = 40  # characters before a trigger searched for hope/need cues
_IRREALIS_IMMUNE = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST"})

_TITLES = {
    "AGREE": "agreement",
    "CONSULT": "talks",
    "SUPPORT": "support",
    "CONCEDE": "concession",
    "COOPERATE": "cooperation",
    "AID": "aid",
    "RETREAT": "truce / withdrawal",
    "REQUEST": "demand / proposal",
    "ACCUSE": "accusation",
    "REJECT": "rejection",
    "THREATEN": "threat / ultimatum",
    "PROTEST": "protest",
    "SANCTION": "sanctions",
    "MOBILIZE": "mobilisation",
    "COERCE": "coercion",
    "ASSAULT": "attack",
}
_TRIGGER_TITLES = (
    (re.compile(r"telefon|phone|call", re.I), "phone call"),
    (re.compile(r"gipfel|summit", re.I), "summit"),
    (re.compile(r"treff|meet|met\b|zusammenkunft", re.I), "meeting"),
    (re.compile(r"besuch|visit", re.I), "visit"),
    (re.compile(r"gefangen|prisoner|pow", re.I), "prisoner exchange"),
    (re.compile(r"waffenruhe|waffenstillstand|feuerpause|ceasefire|cease-fire|truce", re.I), "ceasefire"),
)


@dataclass(slots=True)
class SentenceInfo:
    """A sentence with the actor mentions and time expressions inside it."""

    index: int
    sentence: Sentence
    mentions: list[ActorMention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    # Copies of the sentence's fields (read very often).
    start: int = field(init=False)
    end: int = field(init=False)
    text: str = field(init=False)
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False)  # per-sentence caches

    def __post_init__(self) -> None:
        self.start, self.end, self.text = self.sentence.start, self.sentence.end, self.sentence.text


def build_sentence_infos(
    sentences: Sequence[Sentence], mentions: Sequence[ActorMention], timexes: Sequence[Timex]
) -> list[SentenceInfo]:
    infos = [SentenceInfo(i, s) for i, s in enumerate(sentences)]
    starts = [s.start for s in sentences]
    for m in mentions:
        info = _containing(infos, starts, m.start)
        if info is not None:
            info.mentions.append(m)
    for t in timexes:
        info = _containing(infos, starts, t.start)
        if info is not None:
            info.timexes.append(t)
    return infos


def _containing(infos: list[SentenceInfo], starts: list[int], offset: int) -> SentenceInfo | None:
    k = bisect_right(starts, offset) - 1
    if k >= 0 and infos[k].start <= offset < infos[k].end:
        return infos[k]
    return None


def clause_bounds(text: str, start: int, end: int) -> Span:
    """Relative bounds of the clause of ``text`` containing [start, end)."""
    break_starts, break_ends = _clause_breaks(text)
    # The last break ending at or before ``start`` opens the clause; the first break starting at or after ``end``
    # (after that one) closes it. Breaks do not overlap, so their starts and ends are both sorted.
    k = bisect_right(break_ends, start)
    left = break_ends[k - 1] if k else 0
    j = max(k, bisect_left(break_starts, end))
    return left, (break_starts[j] if j < len(break_starts) else len(text))


@lru_cache(maxsize=4096)
def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of ``text``."""
    spans = [m.span() for m in CLAUSE_BREAK_RE.finditer(text)]
    return [b_start for b_start, _b_end in spans], [b_end for _b_start, b_end in spans]


@dataclass(slots=True)
class _Hit:
    rule: TriggerRule
    start: int  # relative to the sentence
    end: int


def _rule_matches(rule: TriggerRule, text: str) -> Iterator[tuple[int, int]]:
    """Every match of ``rule`` in ``text`` (full scan)."""
    if rule.pattern is not None:
        for m in rule.pattern.finditer(text):
            yield m.start(), m.end()
    if rule.compound is not None:
        for m in rule.compound.finditer(text):
            yield _word_start(text, m.start()), m.end()


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _longest_prefix_trie(words: Iterable[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts at a position (a character trie;
    after a complete word the longer continuations are optional and tried first)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def _prefix_index() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """Word starts where some rule's literal prefix occurs, with the longest such prefix; and for each prefix
    the rules to try there: those of every prefix it starts with (all prefixes occurring at a position start
    the longest one), in rule order."""
    rules_of: dict[str, set[int]] = {}
    for entries in RULE_HEADS.values():
        for prefix, index in entries:
            rules_of.setdefault(prefix, set()).add(index)
    to_try = {
        prefix: tuple(sorted({i for k in range(1, len(prefix) + 1) for i in rules_of.get(prefix[:k], ())}))
        for prefix in rules_of
    }
    return re.compile(r"\b(?=(" + _longest_prefix_trie(rules_of) + "))"), to_try


_PREFIX_RE, _RULES_AT_PREFIX = _prefix_index()


def _candidate_matches(folded: str) -> Iterator[tuple[TriggerRule, int, int]]:
    """Rule matches, trying each rule only where one of its literal prefixes occurs (much faster than a
    scan per rule); rules without literal prefixes scan the whole text."""
    for m in _PREFIX_RE.finditer(folded):
        pos = m.start()
        for index in _RULES_AT_PREFIX[m.group(1)]:
            rule = TRIGGER_RULES[index]
            assert rule.pattern is not None
            hit = rule.pattern.match(folded, pos)
            if hit is not None:
                yield rule, hit.start(), hit.end()
    seen: set[tuple[int, int]] = set()
    for prefix, index in COMPOUND_PREFIXES:
        rule = TRIGGER_RULES[index]
        assert rule.compound is not None
        pos = folded.find(prefix)
        while pos >= 0:
            if (index, pos) not in seen:
                seen.add((index, pos))
                hit = rule.compound.match(folded, pos)
                if hit is not None:
                    yield rule, _word_start(folded, pos), hit.end()
            pos = folded.find(prefix, pos + 1)
    for index in FULL_SCAN_RULES:
        rule = TRIGGER_RULES[index]
        for start, end in _rule_matches(rule, folded):
            yield rule, start, end


def document_hits(folded: str, infos: Sequence[SentenceInfo]) -> list[list[_Hit]]:
    """Trigger hits per sentence, with each rule's clause conditions checked."""
    per_sentence: list[list[_Hit]] = [[] for _ in infos]
    starts = [i.start for i in infos]
    for rule, start, end in _candidate_matches(folded):
        k = bisect_right(starts, start) - 1
        if k < 0 or end > infos[k].end or folded[start:end] in TRIGGER_STOPWORDS:
            continue
        info = infos[k]
        rel_start, rel_end = start - info.start, end - info.start
        sentence = folded[info.start : info.end]
        c_start, c_end = (0, len(sentence)) if rule.sentence_scope else clause_bounds(sentence, rel_start, rel_end)
        clause = sentence[c_start:c_end]
        if rule.requires is not None and not rule.requires.search(clause):
            continue
        if rule.excludes is not None:
            scope = _exclusion_scope(rule, sentence, clause, rel_start, rel_end)
            if rule.excludes.search(scope):
                # "Ankara could not approve the bid", "said the military does not strike civilians": a refusal
                if (rule.type in _REFUSED_BY_NEGATION and _negated(sentence, rel_start)) or _denied(
                    rule, sentence, rel_start
                ):
                    per_sentence[k].append(_Hit(_NEGATED_AS_REFUSAL, rel_start, rel_end))
                continue
        per_sentence[k].append(_Hit(rule, rel_start, rel_end))
    return per_sentence


_REFUSED_BY_NEGATION = frozenset({"AGREE", "SUPPORT", "AID"})
_DENIED_BY_NEGATION = frozenset({"ASSAULT", "THREATEN", "MOBILIZE", "COERCE", "ACCUSE"})
_NEGATION_BEFORE_RE = compile_filtered(
    r"\b(?:nicht|keine?[nmrs]?|not|never|nie|niemals|won't|wouldn't)\s+(?:\S+\s+){0,2}$"
)
_NEGATED_AS_REFUSAL = TriggerRule(type="REJECT", pattern=None, confidence=0.5)


def _negated(sentence: str, rel_start: int) -> bool:
    return _NEGATION_BEFORE_RE.search(sentence, max(0, rel_start - 30), rel_start) is not None


def _denied(rule: TriggerRule, sentence: str, rel_start: int) -> bool:
    """ "Russland habe die Ukraine nicht angegriffen, behauptete der Minister": a denial in what someone says."""
    return rule.type in _DENIED_BY_NEGATION and _negated(sentence, rel_start) and bool(speech_verb_spans(sentence))


def _exclusion_scope(rule: TriggerRule, sentence: str, clause: str, rel_start: int, rel_end: int) -> str:
    """A rule whose cue may stand anywhere in the sentence (a speech verb) is still ruled out only by words in the
    trigger's own clause: "Russland unterstütze Orbáns Bemühungen, Kiew habe jedoch kein Interesse" is support."""
    if not rule.sentence_scope or rule.sentence_excludes:
        return clause
    c_start, c_end = clause_bounds(sentence, rel_start, rel_end)
    return sentence[c_start:c_end]


_PROPOSAL_NOUN_RE = re.compile(
    r"\w*(?:vorschlag|vorschläge|angebot|plan|pläne|forderung|initiative|bedingung|proposal|offer|plan|demand|"
    r"condition|initiative)\w*"
)


_ACCUSATION_NOUN_RE = re.compile(
    r"\w*(?:vorwürfe|vorwurf|anschuldigung|beschuldigung|allegation|accusation|charges)\w*"
)
_OBJECT_NOUNS = {"REQUEST": _PROPOSAL_NOUN_RE, "ACCUSE": _ACCUSATION_NOUN_RE}


def _drop_nested(hits: list[_Hit], text: str) -> list[_Hit]:
    """A proposal or accusation noun inside another type's verb frame is its object ("lehnte den Vorschlag ab",
    "wies die Vorwürfe zurück"); a demand or an offer by verb ("offered to host talks") stands on its own."""
    return [
        h
        for h in hits
        if h.rule.type not in _OBJECT_NOUNS
        or not _OBJECT_NOUNS[h.rule.type].fullmatch(text, h.start, h.end)
        or not any(
            o.rule.type != h.rule.type
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in hits
        )
    ]


# A meeting hoped for or wanted is still worth a proposal (as uncertain): annotators enter "hoped such a summit could
# take place", "wants to hold a second summit" and "Putin wanted to meet him" as talks; what talks are hoped to bring
# ("die Hoffnung, dass die Gespräche zu einer Waffenruhe führen") and other acts hoped for or needed are not events.
_WANTED_TO_BEFORE_RE = re.compile(
    r"\b(?:to|zu)\s+(?:(?:hold|host|have|attend|organi[sz]e|convene)\s+)?(?:\S+\s+){0,3}$"
)
_TAKES_PLACE_AFTER_RE = re.compile(  # matched at the end of the trigger
    r"\W*(?:\S+\s+){0,3}?(?:take\s+place|be\s+held|happen|stattfinden|stattfindet|zustande\s+kommen|zustande\s+kommt)\b"
)


def _hoped_for_meeting(text: str, hit: _Hit) -> bool:
    if hit.rule.type != "CONSULT":
        return False
    before = text[max(0, hit.start - _IRREALIS_WINDOW) : hit.start]
    return bool(_WANTED_TO_BEFORE_RE.search(before) or _TAKES_PLACE_AFTER_RE.match(text, hit.end))


def _is_irrealis(text: str, hit: _Hit) -> bool:
    """ "die Hoffnung, dass die Gespräche ...", "dass Putin direkten Gesprächen ausweiche": a hoped-for, needed
    or avoided event (cue shortly before, or an avoidance verb shortly after the trigger)."""
    if hit.rule.type in _IRREALIS_IMMUNE:
        return False
    before = text[max(0, hit.start - _IRREALIS_WINDOW) : hit.start]
    after = text[hit.end : hit.end + _IRREALIS_WINDOW]
    # "Gesprächen ausweiche": only what a noun names is avoided ("pulled back to avoid encirclement" happened).
    return bool(IRREALIS_RE.search(before) or (hit.rule.nominal and AVOIDED_AFTER_RE.match(after)))


# "urged Russia to withdraw its troops", "forderte Berlin auf, Diplomaten auszuweisen": the act asked for is what the
# demand is about, not an event of its own
_DEMAND_TO_BEFORE_RE = compile_filtered(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to)\s+(?:[^\s,;.]+\s+){0,6}?to\s+(?:[^\s,;.]+\s+){0,1}$"
    r"|\b(?:forderte\w*|fordert|fordern|aufgefordert|appellierte\w*|appelliert|drängte\w*|drängt|verlangte\w*|"
    r"verlangt|bat|bittet|gebeten|rief\w*|ruft)\b[^.;:]{0,80}?,\s+(?:[^\s,;.]+\s+){0,10}?$",
    re.I,
)
_ZU_INFINITIVE_RE = re.compile(r"\b(?:zu\s+\w+|\w+zu\w+en)\b", re.I)
_NOT_DEMAND_CONTENT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SUPPORT"})


# "Russia must withdraw its troops", "Russland müsse seine Truppen abziehen": an act someone is told to do
_OBLIGED_BEFORE_RE = compile_filtered(
    r"\b(?:must|ha(?:s|ve)\s+to|needs?\s+to|ought\s+to)\s+(?:[^\s,;.]+\s+){0,1}$"
    r"|\b(?:müsse|müssen|müssten)\b[^.;:,]{0,80}$",
    re.I,
)
_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:]|$)")


def _demanded_act(text: str, hit: _Hit) -> bool:
    if hit.rule.type in _NOT_DEMAND_CONTENT:
        return False
    # "Die Diplomaten müssen das Land verlassen": an order to leave or to close is the sanction itself
    before = text[max(0, hit.start - 100) : hit.start]
    obliged = None if hit.rule.type == "SANCTION" else _OBLIGED_BEFORE_RE.search(before)
    if obliged is not None and (
        not obliged.group().lower().startswith("mü") or _CLAUSE_END_RE.match(text, hit.end) is not None
    ):
        return True
    before = text[max(0, hit.start - 140) : hit.start]
    m = _DEMAND_TO_BEFORE_RE.search(before)
    if m is None:
        return False
    if m.group().rstrip().endswith(" to") or " to " in m.group()[-25:]:
        return True
    # the trigger is the infinitive itself ("Diplomaten auszuweisen", "Panzer zu liefern"), not a noun or participle
    # in what is asked ("die im Sommer vereinbarten Austausche wieder aufzunehmen", "beim Gipfel zu billigen")
    return _ZU_INFINITIVE_RE.search(text, max(0, hit.start - 3), min(len(text), hit.end + 1)) is not None


def _is_anaphoric(text: str, hit: _Hit, info: SentenceInfo, seen_types: set[str]) -> bool:
    """'die Gespräche' with no date of its own, after an event of the same type: a re-mention."""
    if not hit.rule.nominal or hit.rule.type not in seen_types:
        return False
    dated = any(t.type in {"DATE", "TIME"} for t in info.timexes)
    if dated or NEWS_ABOUT_RE.search(text):
        return False
    return bool(DEFINITE_BEFORE_RE.search(text[max(0, hit.start - 60) : hit.start]))


@dataclass(slots=True)
class _Discourse:
    """What earlier sentences established: the last person named, the last group of participants."""

    last_person: str | None = None
    last_group: list[str] = field(default_factory=list)
    last_talks: list[str] = field(default_factory=list)
    last_dispute: int = -2  # index of the last sentence whose group came from a dispute (an accusation, ...)
    sentence: int = -1  # index of the sentence being read
    war_parties: list[str] = field(default_factory=list)  # the article's conflict parties (``war_parties``)
    recent_people: list[str] = field(default_factory=list)  # people named so far, the last named last
    last_offer: str | None = None  # the maker of the last proposal, demand or accusation
    talks_sentence: int = -9  # index of the sentence that reported ``last_talks``

    def update(
        self, info: SentenceInfo, gaz: Gazetteer, events: Sequence[EventProposal], speaker: str | None = None
    ) -> None:
        self.sentence = info.index
        for m in info.mentions:
            if m.slug and m.slug != speaker and gaz.kind_of(m.slug) == "person":
                self.recent_people = [*(p for p in self.recent_people if p != m.slug), m.slug][-4:]
        if speaker is not None and gaz.kind_of(speaker) == "person":
            # "Putin sei bereit ..., sagte Peskow. Zugleich warf er ...": the one who spoke is the next "er"
            self.last_person = speaker
            self._update_groups(events, gaz)
            return
        people = [m for m in info.mentions if m.slug and gaz.kind_of(m.slug) == "person"]
        # "Speaking alongside Lloyd Austin, Blinken said": the person after a preposition is not the subject
        # "he" will refer to next.
        free = [
            m
            for m in people
            if not _PREPOSITION_BEFORE_RE.search(info.text, max(0, m.start - info.start - 60), m.start - info.start)
        ]
        if people:
            self.last_person = (free or people)[0].slug
        self._update_groups(events, gaz)

    def _update_groups(self, events: Sequence[EventProposal], gaz: Gazetteer) -> None:
        for event in events:
            known = [s for s in event.actor_slugs if s]
            if event.type in _REJECTABLE_TYPES and known:
                self.last_offer = known[0]  # who made the offer, demand or charge a later refusal answers
            if len(known) >= 2:
                self.last_group = known
                # a dispute has two sides: not Guterres and the United Nations, nor Peskov and Russia
                if event.type in _DISPUTE_TYPES and len({_side_of(s, gaz) for s in known}) >= 2:
                    self.last_dispute = self.sentence
                # talks have two sides: "Gastgeber war der türkische Außenminister" names no new pair that met
                if event.type == "CONSULT" and len({_side_of(s, gaz) for s in known}) >= 2:
                    self.last_talks = known
                    self.talks_sentence = self.sentence


def _side_of(slug: str, gaz: Gazetteer) -> str:
    """The state (or else the organisation) someone acts for: Peskov and the Kremlin for Russia, Guterres for the
    United Nations."""
    return gaz.side_of(slug)


def _participants(
    info: SentenceInfo,
    previous: SentenceInfo | None,
    gaz: Gazetteer,
    event_type: str,
    discourse: _Discourse,
    clause: Span,
) -> tuple[list[str], list[str | None]]:
    cues = _cues(info, gaz)
    own = cues.eligible
    # "... treffen, die vom Internationalen Strafgerichtshof gesucht wird": who a relative clause mentions about
    # someone else takes no part in the event.
    own = [m for m in own if not cues.in_other_relative_clause(m, clause)] or own
    if event_type == "ASSAULT":  # "... since Russia invaded": the attacker is in the trigger's own clause
        in_clause = [m for m in own if clause[0] <= m.start - info.start < clause[1]]
        own = in_clause or own
    slugs = _unique_slugs(own)
    if event_type == "COERCE":
        # "was detained in Moscow", "in Simferopol abgeführt": the state where someone is held is the one holding them
        places = [m for m in info.mentions if m.text in CAPITAL_ALIASES and _only_a_place(info, m)]
        slugs += [s for s in _unique_slugs(places) if s not in slugs]
    extra: list[str] = []
    if discourse.last_person and cues.pronoun_refers_back:
        extra.append(discourse.last_person)
    # "Scholz sicherte ihm zu": an object pronoun is the person of the sentences before.
    if discourse.last_person and cues.object_pronoun and discourse.last_person not in _unique_slugs(info.mentions):
        extra.append(discourse.last_person)
    named_people = [m for m in cues.eligible if m.slug and gaz.kind_of(m.slug) == "person"]
    talks_people = [t for t in discourse.last_talks if gaz.kind_of(t) == "person"]
    if cues.two_people and len(talks_people) == 2 and not named_people:
        extra.extend(talks_people)  # "Kuleba und Lawrow trafen sich ... die beiden Minister": the two who met
    elif cues.two_people and len(discourse.recent_people) >= 2 and not named_people:
        extra.extend(discourse.recent_people[-2:])  # "The two leaders held a video call": the last two named
    elif cues.addressed_sides and (discourse.war_parties or discourse.last_group):
        # "Guterres urged both sides": the sides of the war, unless the sentence before reported a dispute
        if discourse.last_group and (discourse.last_dispute >= info.index - 1 or not discourse.war_parties):
            extra.extend(_with_states(discourse.last_group, gaz))
        else:
            extra.extend(discourse.war_parties)
    elif discourse.last_group and cues.collective:
        extra.extend(_with_states(discourse.last_group, gaz))
    if event_type == "CONSULT" and discourse.last_talks and cues.continued_talks:
        extra.extend(_as_states(discourse.last_talks, gaz))
    slugs = list(dict.fromkeys([*extra, *slugs]))
    # "Selenskyj hatte bei dem Treffen vor allem um weitere Unterstützung geworben": a request made by one party of
    # the talks just reported is addressed to the others
    if event_type in _ADDRESSED_AT_TALKS and discourse.last_talks and discourse.talks_sentence >= info.index - 2:
        own_sides = {_side_of(s, gaz) for s in slugs if s}
        if len(own_sides) == 1 and any(_side_of(t, gaz) in own_sides for t in discourse.last_talks):
            slugs.extend(t for t in discourse.last_talks if _side_of(t, gaz) not in own_sides)
    # "Zelensky dismissed the offer", "Peskow wies die Vorwürfe zurück": the one who made it is the other party
    offer = discourse.last_offer
    if (
        event_type == "REJECT"
        and offer
        and offer not in slugs
        and REJECTED_THING_RE.search(info.text)
        and _side_of(offer, gaz) not in {_side_of(s, gaz) for s in slugs if s}
    ):
        slugs.extend(_with_states([offer], gaz))
    slugs = list(dict.fromkeys(p for s in slugs for p in (s, PARENT_OF.get(s)) if p))
    if not slugs and previous is not None and event_type in _NEEDS_ACTORS and not _only_a_dateline(previous):
        prev = _unique_slugs(previous.mentions)
        wanted = "state" if event_type == "ASSAULT" else "person"
        preferred = [s for s in prev if gaz.kind_of(s) == wanted]
        slugs = list(dict.fromkeys(p for s in preferred or prev for p in (s, PARENT_OF.get(s)) if p))
    if event_type in _STATE_ACTS:
        slugs = _with_states(slugs, gaz)
    elif event_type == "CONSULT" and any(gaz.kind_of(s) == "state" for s in slugs):
        # "Kuleba arrived in China": talks with a state are also between the states of the people in them
        slugs = _with_states(slugs, gaz)
    # "Guterres urged ...": the Secretary-General acts for the United Nations (added after the people).
    slugs = list(dict.fromkeys([*slugs, *(o for o in map(gaz.office_of, slugs) if o)]))
    return [gaz.name_of(s) for s in slugs], list(slugs)


def _only_a_dateline(info: SentenceInfo) -> bool:
    """ "München/Rosenheim." split off as a sentence of its own: where the paper is, not who acts."""
    dateline = DATELINE_RE.match(info.text + " X")
    return dateline is not None and dateline.end() >= len(info.text.rstrip())


def _with_states(slugs: list[str], gaz: Gazetteer) -> list[str]:
    """ "Sacharowa warnte, ... würden zum Ziel": a threat, truce, aid or sanction announced by an official is
    also the act of the state the official serves (added after the people)."""
    out = list(slugs)
    for slug in slugs:
        if gaz.kind_of(slug) == "person":
            state = gaz.state_of(slug)
            if state and state not in out:
                out.append(state)
    return out


class _Cues:
    """Per-sentence facts the participant rules need: computed once per sentence, and each cue only when a
    rule asks for it (most sentences never need the pronoun, group or continued-talks cues)."""

    __slots__ = (
        "_addressed",
        "_collective",
        "_continued",
        "_gaz",
        "_info",
        "_object_pronoun",
        "_pronoun",
        "_relative",
        "_two_people",
        "eligible",
    )

    def __init__(self, info: SentenceInfo, gaz: Gazetteer) -> None:
        self._info, self._gaz = info, gaz
        # Not a participant: a mention in a parenthesised aside ("(US-Ortszeit)"), in a dateline ("Washington/Moskau
        # (dpa) –"), or a place (``_only_a_place``); the sentence's scans are done once.
        text, offset = info.text, info.start
        parens = _parenthesised(text)
        dateline = DATELINE_RE.match(text)
        dateline_end = dateline.end() if dateline is not None else -1
        eligible = []
        for m in info.mentions:
            rel = m.start - offset
            if parens and any(a < rel < b for a, b in parens):
                continue
            if m.end - offset <= dateline_end or _only_a_place(info, m):
                continue
            eligible.append(m)
        self.eligible = eligible
        self._pronoun: bool | None = None
        self._object_pronoun: bool | None = None
        self._collective: bool | None = None
        self._two_people: bool | None = None
        self._addressed: bool | None = None
        self._continued: bool | None = None
        self._relative: dict[int, tuple[int, bool]] = {}

    def in_other_relative_clause(self, m: ActorMention, clause: Span) -> bool:
        """Whether mention ``m`` lies outside ``clause``, in a clause opened by a relative pronoun (the mention's
        clause start and pronoun check are found once per mention)."""
        info = self._info
        rel = m.start - info.start
        if clause[0] <= rel < clause[1]:
            return False
        found = self._relative.get(rel)
        if found is None:
            c_start, _c_end = clause_bounds(info.text, rel, rel + 1)
            found = self._relative[rel] = (c_start, RELATIVE_START_RE.match(info.text, c_start) is not None)
        return found[0] > 0 and found[1]

    @property
    def pronoun_refers_back(self) -> bool:
        if self._pronoun is None:
            pronoun = _PRONOUN_SUBJECT_RE.search(self._info.text)
            self._pronoun = pronoun is not None and not _person_before(self._info, self._gaz, pronoun.start())
        return self._pronoun

    @property
    def object_pronoun(self) -> bool:
        if self._object_pronoun is None:
            self._object_pronoun = _OBJECT_PRONOUN_RE.search(self._info.text) is not None
        return self._object_pronoun

    @property
    def collective(self) -> bool:
        if self._collective is None:
            self._collective = bool(COLLECTIVE_RE.search(self._info.text))
        return self._collective

    @property
    def two_people(self) -> bool:
        if self._two_people is None:
            self._two_people = _TWO_PEOPLE_RE.search(self._info.text) is not None
        return self._two_people

    @property
    def addressed_sides(self) -> bool:
        if self._addressed is None:
            self._addressed = _ADDRESSED_SIDES_RE.search(self._info.text) is not None
        return self._addressed

    @property
    def continued_talks(self) -> bool:
        if self._continued is None:
            self._continued = bool(CONTINUED_TALKS_RE.search(self._info.text))
        return self._continued


_OBJECT_PRONOUN_RE = compile_filtered(r"\b(?:ihm|ihn|him)\b")
# Cues searched in whole sentences, with a start filter (the same matches, fewer positions tried).
_PRONOUN_SUBJECT_RE = with_start_filter(PRONOUN_SUBJECT_RE)
_TWO_PEOPLE_RE = with_start_filter(TWO_PEOPLE_RE)
_ADDRESSED_SIDES_RE = with_start_filter(ADDRESSED_SIDES_RE)
_PREPOSITION_BEFORE_RE = compile_filtered(
    r"\b(?:alongside|with|by|to|from|for|against|mit|neben|von|vom|bei|beim|an|gegen|für|über|zu)\s+"
    r"(?:(?:the|der|die|dem|den|des|US|U\.S\.|\w+(?:in|er|en|e|ary|ister|ent))\s+){0,3}$",
    re.I,
)


def _cues(info: SentenceInfo, gaz: Gazetteer) -> _Cues:
    cues = info.memo.get("cues")
    if cues is None:
        cues = info.memo["cues"] = _Cues(info, gaz)
    assert isinstance(cues, _Cues)
    return cues


def _as_states(slugs: Sequence[str], gaz: Gazetteer) -> list[str]:
    """The parties of earlier talks as states: "die Gespräche" continue between countries, not people."""
    out: list[str] = []
    for slug in slugs:
        state = gaz.state_of(slug) if gaz.kind_of(slug) == "person" else slug
        if state and state not in out:
            out.append(state)
    return out


def _person_before(info: SentenceInfo, gaz: Gazetteer, rel: int) -> bool:
    """A person named earlier in the sentence is what "er"/"he" refers to."""
    return any(m.slug and gaz.kind_of(m.slug) == "person" and m.end - info.start <= rel for m in info.mentions)


_CONTINENT_ALIASES = frozenset({"Europa", "Europas", "Europe", "Europe's"})
_NOUN_BEFORE_RE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+$")
_SUPERLATIVE_AFTER_RE = re.compile(r"(?:'s|’s)?\s+(?:\w+est|most|biggest|largest|first|only)\b")
_CONTINENT_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|im|nach|durch|aus|für|über|across|throughout|through|to|into|of|from|for|around|across)\s+$", re.I
)


def _only_a_place(info: SentenceInfo, m: ActorMention) -> bool:
    """ "talks in Riyadh", "received in Kyiv", "leave Kyiv": a capital after a place preposition is where, not who;
    "Reise durch Europa", "the Council of Europe": the continent after any preposition is a place."""
    rel = m.start - info.start
    if m.text in _CONTINENT_ALIASES:
        before = info.text[max(0, rel - 30) : rel]
        after = info.text[m.end - info.start : m.end - info.start + 20]
        return (
            _CONTINENT_PLACE_BEFORE_RE.search(before) is not None
            or (m.text == "Europas" and _NOUN_BEFORE_RE.search(before) is not None)  # "größte Kraftwerk Europas"
            or (m.text.startswith("Europe") and _SUPERLATIVE_AFTER_RE.match(after) is not None)  # "Europe's largest"
        )
    if m.text not in CAPITAL_ALIASES:
        return False
    if PLACE_BEFORE_RE.search(info.text[max(0, rel - 12) : rel]) is None:
        return False
    if GOVERNMENT_IN_RE.search(info.text[max(0, rel - 40) : rel]) is not None:
        return False
    if _REACTION_AFTER_RE.match(info.text, m.end - info.start):
        return False  # "In Kiew stieß der Vorstoß auf Ablehnung", "in Moskau hieß es": the government reacting
    return VISIT_NEAR_RE.search(info.text[max(0, rel - 40) : m.end - info.start + 25]) is None


_REACTION_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\b(?:hieß\s+es|hiess\s+es|reagierte\w*|stieß\w*|stiess\w*|Kritik|kritisiert\w*|Ablehnung|"
    r"begrüßt\w*|abgelehnt|officials\s+said|reacted|dismissed|welcomed|criticis\w*|criticiz\w*)\b",
    re.I,
)


_PAREN_RE = re.compile(r"[()]")


@lru_cache(maxsize=4096)
def _parenthesised(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the (outermost) parenthesised asides of ``text``; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    if "(" not in text:
        return ()
    depth, opened = 0, 0
    for m in _PAREN_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i))
    if depth:
        spans.append((opened, len(text)))
    return tuple(spans)


def _unique_slugs(mentions: Iterable[ActorMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.slug is not None and m.slug not in out:
            out.append(m.slug)
    return out


def occurrence_cue(
    text: str, trigger: Span, *, event_type: str = "CONSULT", other_clauses: tuple[Span, ...] = ()
) -> Occurrence | None:
    """Occurrence from tense/modality: the trigger's clause first, then the rest of the sentence.

    Only meetings are called off ("sagte das Treffen ab, nachdem Lawrow eine Waffenruhe ablehnte": the refusal
    happened). A cue in the clause of another event of the sentence belongs to that event."""
    c_start, c_end = clause_bounds(text, *trigger)
    return _clause_occurrence(text, c_start, c_end, event_type in _CANCELLABLE, other_clauses)


_CANCELLABLE = frozenset({"CONSULT"})


@lru_cache(maxsize=4096)
def _clause_occurrence(
    text: str, c_start: int, c_end: int, cancellable: bool, other_clauses: tuple[Span, ...]
) -> Occurrence | None:
    own = _clause_cue(text, c_start, c_end, cancellable)
    if own is not None:
        return own
    return _sentence_occurrence(text, cancellable, other_clauses)


@lru_cache(maxsize=4096)
def _clause_cue(text: str, c_start: int, c_end: int, cancellable: bool) -> Occurrence | None:
    """The cue of the clause itself (shared by the events of the clause whatever the other clauses are)."""
    clause = text[c_start:c_end]
    if cancellable and CANCELLED_RE.search(clause):
        return "cancelled"
    if UNCERTAIN_RE.search(clause):
        return "uncertain"
    if PLANNED_RE.search(clause):
        return "planned"
    if cancellable and REPORTED_FUTURE_RE.search(clause):
        return "planned"
    return None


# "Er werde mit Lawrow telefonieren": a meeting in reported future. Only for meetings: "Moskau werde keine
# Soldaten entsenden" is a refusal that was voiced, not a planned one.
REPORTED_FUTURE_RE = re.compile(r"\bwerde\b", re.I)


@lru_cache(maxsize=4096)
def _sentence_occurrence(text: str, cancellable: bool, other_clauses: tuple[Span, ...]) -> Occurrence | None:
    def free(match: re.Match[str]) -> bool:
        return not any(a <= match.start() < b for a, b in other_clauses)

    if cancellable and any(free(m) for m in CANCELLED_RE.finditer(text)):
        return "cancelled"
    if any(free(m) for m in PLANNED_RE.finditer(text)):
        return "planned"
    return None


def refine_occurrence(event: EventProposal, published: date, cue: Occurrence | None) -> Occurrence:
    if cue is not None:
        return cue
    if event.date.start is not None and event.date.start > published and event.date.basis != "published":
        return "planned"
    if event.date.value == "FUTURE_REF":
        return "planned"
    return "occurred"


@lru_cache(maxsize=8192)
def _trigger_title(trigger_text: str) -> str | None:
    """The more specific name a trigger word gives ("Telefonat" -> "phone call"); cached per trigger word."""
    return next((better for regex, better in _TRIGGER_TITLES if regex.search(trigger_text)), None)


def make_title(
    event_type: str, actor_names: Sequence[str], trigger_text: str, occurrence: Occurrence, kinds: Sequence[str] = ()
) -> str:
    phrase = _TITLES.get(event_type, event_type.lower())
    better = _trigger_title(trigger_text)
    if better is not None:
        phrase = better if event_type in {"CONSULT", "RETREAT", "CONCEDE"} else f"{better} {phrase}"
    kinds = list(kinds) or ["person"] * len(actor_names)
    # In text order; organisations only when fewer than two people or states are named
    # ("Trump–Zelensky talks", not "Trump–White House–Zelensky talks").
    pairs = list(zip(actor_names, kinds, strict=False))
    main = [(n, k) for n, k in pairs if k != "organisation"]
    chosen = main if len(main) >= 2 else pairs
    short = [n.split()[-1] if k == "person" else n for n, k in chosen[:3]]
    who = "–".join(short)
    title = f"{who} {phrase}".strip() if who else phrase.capitalize()
    if occurrence in {"planned", "cancelled", "uncertain"}:
        title += f" ({occurrence})"
    return title[:1].upper() + title[1:]


def find_events(
    infos: Sequence[SentenceInfo],
    gaz: Gazetteer,
    folded: str | None = None,
    speakers: Mapping[int, str] | None = None,
) -> list[tuple[EventProposal, Occurrence | None]]:
    """Event proposals (date still unset) with the occurrence cue found in their sentence.

    ``folded`` is ``fold(document text)``; without it the sentences are folded one by one. ``speakers`` maps a
    sentence index to the known speaker of a statement in it (whom a later "er"/"he" refers to).
    """
    out: list[tuple[EventProposal, Occurrence | None]] = []
    seen_types: set[str] = set()
    if folded is None:
        folded = _fold_sentences(infos)
    hits_per_sentence = document_hits(folded, infos)
    discourse = _Discourse(war_parties=war_parties([m for info in infos for m in info.mentions], gaz))
    for info in infos:
        text = folded[info.start : info.end]
        # One event per type and clause: the first trigger, unless a later one is much more specific.
        chosen: dict[tuple[str, Span], _Hit] = {}
        hits = _drop_nested(hits_per_sentence[info.index], text)
        hoped: set[int] = set()  # starts of hits for a meeting only hoped for or wanted
        for hit in sorted(hits, key=lambda h: (h.start, -h.rule.confidence)):
            if _is_irrealis(text, hit):
                if not _hoped_for_meeting(text, hit):
                    continue
                hoped.add(hit.start)
            if _is_anaphoric(text, hit, info, seen_types):
                continue
            if _demanded_act(text, hit):
                continue
            key = (hit.rule.type, clause_bounds(text, hit.start, hit.end))
            current = chosen.get(key)
            if current is None or hit.rule.confidence - current.rule.confidence > 0.15:
                chosen[key] = hit
        _drop_threatened_measures(chosen, text)
        previous = infos[info.index - 1] if info.index > 0 else None
        found: list[EventProposal] = []
        for (event_type, clause), hit in sorted(chosen.items(), key=lambda kv: kv[1].start):
            others = tuple(sorted({c for _type, c in chosen if c != clause}))
            proposal = _proposal(info, previous, gaz, event_type, hit, discourse, others, hoped=hit.start in hoped)
            found.append(proposal[0])
            out.append(proposal)
        discourse.update(info, gaz, found, (speakers or {}).get(info.index))
        if not info.sentence.is_headline:  # the headline sums up the lead; it does not report an event before it
            seen_types.update(event_type for event_type, _clause in chosen)
    return out


def _drop_threatened_measures(chosen: dict[tuple[str, Span], _Hit], text: str) -> None:
    """ "drohte mit Sanktionen", "would impose tariffs if ...", "der Moskau mit Sanktionen drohte": the measure named
    with a threat in its clause is what is threatened, not a sanction imposed."""
    for (event_type, clause), hit in list(chosen.items()):
        threat = chosen.get(("THREATEN", clause))
        if event_type != "SANCTION" or threat is None:
            continue
        with_before = _WITH_BEFORE_RE.search(text[max(0, hit.start - 30) : hit.start]) is not None
        if threat.start <= hit.start or (with_before and threat.start - hit.end < 40):
            del chosen[(event_type, clause)]


_WITH_BEFORE_RE = re.compile(r"\bmit\s+(?:\S+\s+){0,2}$", re.I)


def _fold_sentences(infos: Sequence[SentenceInfo]) -> str:
    """A folded stand-in for the document: sentence texts at their offsets, spaces elsewhere."""
    if not infos:
        return ""
    chars = [" "] * infos[-1].end
    for info in infos:
        chars[info.start : info.end] = fold(info.text)
    return "".join(chars)


_UNDATED = FuzzyDate("", None, None, "vague", "", basis="published")  # until ``date_events`` (immutable: shared)


def _proposal(
    info: SentenceInfo,
    previous: SentenceInfo | None,
    gaz: Gazetteer,
    event_type: str,
    hit: _Hit,
    discourse: _Discourse,
    other_clauses: tuple[Span, ...] = (),
    *,
    hoped: bool = False,
) -> tuple[EventProposal, Occurrence | None]:
    clause = clause_bounds(info.text, hit.start, hit.end)
    names, slugs = _participants(info, previous, gaz, event_type, discourse, clause)
    folded = info.memo.get("folded")
    if not isinstance(folded, str):
        folded = info.memo["folded"] = fold(info.text)
    cue = occurrence_cue(folded, (hit.start, hit.end), event_type=event_type, other_clauses=other_clauses)
    if cue == "planned" and event_type in _IRREALIS_IMMUNE:
        cue = None  # "will keine Waffen liefern", "wird fordern": the refusal or demand is made now
    if hoped and cue in {None, "occurred"}:
        cue = "uncertain"  # "officials hoped such a summit could take place": proposed as uncertain
    trigger_text = info.text[hit.start : hit.end]
    # A bare noun ("die Gespräche") is more often a re-mention or background than a verb; no actors: weak.
    confidence = hit.rule.confidence * (1.0 if names else 0.6) * (0.85 if hit.rule.nominal else 1.0)
    confidence *= 0.8 if hoped else 1.0
    event = EventProposal(
        type=event_type,
        title=make_title(event_type, names, trigger_text, "occurred", [gaz.kind_of(x) for x in slugs]),
        actors=names,
        actor_slugs=list(slugs),
        date=_UNDATED,
        occurrence=cue or "occurred",
        evidence=(info.start, info.end),
        trigger=(info.start + hit.start, info.start + hit.end),
        sentence=info.text,
        confidence=round(confidence, 2),
        nominal=hit.rule.nominal,
    )
    return event, cue


def dedupe_events(events: list[EventProposal]) -> list[EventProposal]:
    """Drop re-mentions: same type, date, participants and occurrence as an earlier proposal, either in the
    same sentence or later without a date expression of its own."""
    kept: list[EventProposal] = []
    # Kept proposals by type, date value and occurrence: only those can be duplicated.
    alike: dict[tuple[str, str, str], list[EventProposal]] = {}
    for event in events:
        key = (event.type, event.date.value, event.occurrence)
        same = alike.get(key)
        if same is None:
            same = alike[key] = []
        else:
            # a later sentence re-mentions by a noun ("die Gespräche"); a verb tells another act ("He added ...")
            later = event.nominal and event.date.basis != "text" and event.type not in _IRREALIS_IMMUNE
            actors = set(event.actors)
            if any(set(k.actors) == actors and (_same_mention(k, event) or later) for k in same):
                continue
        same.append(event)
        kept.append(event)
    return kept


def _same_mention(a: EventProposal, b: EventProposal) -> bool:
    """Two proposals of one sentence name the same act, unless each is dated by a time expression of its own
    ("Anfang April wies Berlin 40 Diplomaten aus; Moskau antwortete Ende April mit der Ausweisung ...")."""
    if a.evidence != b.evidence:
        return False
    own_times = a.date.basis == "text" and b.date.basis == "text" and a.date.expression_span != b.date.expression_span
    return not own_times


class _RoleResolver:
    """Role mentions of a sentence matched again on another day; keyed by the roles valid on the day (not the
    day itself), so a long sentence is matched again only when another set of office holders applies."""

    def __init__(self, infos: Sequence[SentenceInfo], gaz: Gazetteer) -> None:
        self._infos, self._gaz = list(infos), gaz
        self._starts = [i.start for i in self._infos]
        self._resolved: dict[tuple[int, tuple[bool, ...]], dict[tuple[int, int], ActorMention]] = {}
        self._validity: dict[date, tuple[bool, ...]] = {}

    def sentence_of(self, offset: int) -> SentenceInfo | None:
        return _containing(self._infos, self._starts, offset)

    def holder(self, info: SentenceInfo, mention: Span, day: date) -> str | None:
        """Who the role mention at ``mention`` (document offsets) of ``info`` names on ``day``."""
        if day not in self._validity:
            self._validity[day] = self._gaz.role_validity(day)
        key = (info.index, self._validity[day])
        if key not in self._resolved:
            found = self._gaz.find_mentions(info.text, on_date=day)
            self._resolved[key] = {(m.start, m.end): m for m in found}
        again = self._resolved[key].get((mention[0] - info.start, mention[1] - info.start))
        return again.slug if again is not None else None


def _dated_day(fuzzy: FuzzyDate) -> date | None:
    return fuzzy.start if fuzzy.basis != "published" else None


def resolve_roles_on_event_dates(
    events: Sequence[EventProposal], infos: Sequence[SentenceInfo], gaz: Gazetteer
) -> None:
    """Role aliases name whoever held the office on the event's date ("der US-Präsident" in a 2022 event is
    Biden even in a 2025 article): re-resolve role mentions of dated events whose day differs from the one
    the mentions were resolved on."""
    resolver = _RoleResolver(infos, gaz)
    for event in events:
        day = _dated_day(event.date)
        info = resolver.sentence_of(event.evidence[0]) if day is not None else None
        if day is None or info is None or not any(m.via_role for m in info.mentions):
            continue
        for m in info.mentions:
            if not m.via_role or m.slug not in event.actor_slugs:
                continue
            new = resolver.holder(info, (m.start, m.end), day)
            if new is None or new == m.slug:
                continue
            k = event.actor_slugs.index(m.slug)
            event.actor_slugs[k] = new
            event.actors[k] = gaz.name_of(new)


def resolve_roles_on_statement_dates(
    statements: Sequence[StatementProposal], infos: Sequence[SentenceInfo], gaz: Gazetteer
) -> None:
    """The speaker a role alias names is whoever held the office when the words were said ("Der US-Präsident
    hatte im März 2022 gesagt" is Biden)."""
    resolver = _RoleResolver(infos, gaz)
    for st in statements:
        day = _dated_day(st.date)
        span = st.speaker_role_span
        info = resolver.sentence_of(st.evidence[0]) if day is not None and span is not None else None
        if day is None or span is None or info is None:
            continue
        new = resolver.holder(info, span, day)
        if new is None or new == st.speaker_slug:
            continue
        old_name, name = st.speaker, gaz.name_of(new)
        st.speaker_slug, st.speaker = new, name
        if st.summary.startswith(old_name):
            st.summary = name + st.summary[len(old_name) :]


def drop_headline_echoes(events: list[EventProposal], infos: Sequence[SentenceInfo]) -> list[EventProposal]:
    """A headline sums up the article: its event proposals are dropped when the body proposes the same type,
    and otherwise kept with lower confidence."""
    headlines = [(i.start, i.end) for i in infos if i.sentence.is_headline]
    if not headlines:
        return events

    def in_headline(event: EventProposal) -> bool:
        return any(a <= event.evidence[0] < b for a, b in headlines)

    body_types = {e.type for e in events if not in_headline(e)}
    kept: list[EventProposal] = []
    for event in events:
        if in_headline(event):
            if event.type in body_types:
                continue
            event.confidence = round(event.confidence * 0.6, 2)
        kept.append(event)
    return kept


_TALKS_TYPES = frozenset({"CONSULT", "AGREE", "REJECT", "CONCEDE"})
# The war the tracker follows: when an article names both states, they are its conflict parties, however often
# it names others (a piece on French jets for Ukraine still reports Russian strikes on Ukraine).
KNOWN_WAR_PARTIES = ("russia", "ukraine")
_AGGRESSOR, _DEFENDER = KNOWN_WAR_PARTIES


_ADDRESSED_AT_TALKS = frozenset({"REQUEST", "AGREE", "SUPPORT"})
_REJECTABLE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
_DISPUTE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})


# An attack named as what is condemned: "condemned the strike", "die Angriffe auf die Energieinfrastruktur".
_ATTACK_NAMED_RE = compile_filtered(
    r"\b(?:strikes?|attacks?|shelling|bombing|missiles?|drones?|escalation|invasion|aggression|Angriff\w*|"
    r"Luftangriff\w*|Raketen\w*|Drohnen\w*|Beschuss|Eskalation|Kriegsakt\w*|Überfall\w*|Invasion|Aggression)\b",
    re.I,
)


# What only the aggressor of this war does: annexations, sham votes in occupied land, its war of aggression.
_AGGRESSORS_DEED_RE = re.compile(
    r"\b(?:annex\w*|Annexion\w*|annektiert\w*|Scheinreferend\w*|Pseudo-?referend\w*|sham\s+(?:referend\w*|votes?|"
    r"elections?)|Scheinwahl\w*|Pseudo-?[Ww]ahl\w*|Angriffskrieg\w*|Aggressor\w*|aggressor\w*|war\s+of\s+aggression|"
    r"besetzte\w*\s+Gebiet\w*|occupied\s+(?:territor\w*|regions?|areas?)|occupation|Besatzung\w*)",
)
_AGAINST_THE_DEED_TYPES = frozenset({"REJECT", "ACCUSE", "SANCTION", "REQUEST"})


def _state_counts(mentions: Sequence[ActorMention], gaz: Gazetteer) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.slug and gaz.kind_of(m.slug) == "state":
            counts[m.slug] = counts.get(m.slug, 0) + 1
    return counts


# What a threat by one side of the war answers: attacks, strikes, an offensive, an incident.
_WAR_THREAT_RE = compile_filtered(
    r"\b(?:attacks?|strikes?|offensive|incident|Angriff\w*|Anschl(?:ag|äge)\w*|Vorfall|Attacke\w*)\b", re.I
)

_MINSK_RE = re.compile(r"Minsk", re.I)
_WITHHELD_AID_TYPES = frozenset({"REJECT", "SANCTION"})
_DELIVERY_RE = re.compile(
    r"\b(?:\w*[Ll]ieferung\w*|liefer\w*|deliver\w*|supply|supplies|supplying|send\w*|shipments?)\b"
)
_TRUCE_ASKED_TYPES = frozenset({"REQUEST", "SUPPORT"})
_TRUCE_RE = re.compile(r"\b(?:\w*waffenruhe\w*|\w*waffenstillstand\w*|\w*feuerpause\w*|cease-?fires?|truces?)\b", re.I)


def _trigger_rel(event: EventProposal) -> tuple[int, int]:
    return event.trigger[0] - event.evidence[0], event.trigger[1] - event.evidence[0]


# Exchanges and returns of prisoners, the dead and civilians: "Der letzte Austausch hatte vor drei Wochen
# stattgefunden", "the children were brought back".
_EXCHANGE_RE = re.compile(
    r"\b(?:\w*austausch\w*|\w*übergabe\w*|\w*übergaben|Etappe|exchanges?|swaps?|Gefangene\w*|prisoners?|POWs?|"
    r"Leichnam\w*|Leichen|bodies|freigelassen|freigekommen|freiließen|released|freed|zurückgebracht|zurückgekehrt|"
    r"returned|reunited|Rückführung\w*|repatriat\w*)\b",
    re.I,
)


def _threat_of_one_side(event: EventProposal, known_war: Sequence[str], gaz: Gazetteer) -> bool:
    """One of the war's states (or its people and bodies) threatens, and no one else is named in the threat."""
    states = [slug for slug in event.actor_slugs if gaz.kind_of(slug) == "state"]
    if not known_war or len(states) != 1 or states[0] not in known_war:
        return False
    if not _WAR_THREAT_RE.search(event.sentence):  # "Gegenmaßnahmen" against NATO's enlargement are no war threat
        return False
    side = states[0]
    return all(slug == side or (slug is not None and gaz.state_of(slug) == side) for slug in event.actor_slugs)


def war_parties(mentions: Sequence[ActorMention], gaz: Gazetteer) -> list[str]:
    """The known war's two states when the article names both, else none."""
    counts = _state_counts(mentions, gaz)
    return list(KNOWN_WAR_PARTIES) if all(slug in counts for slug in KNOWN_WAR_PARTIES) else []


# A group acts through its members: "the G7 condemned ..." is also the United States, Germany, France, ...; "G7
# leaders agreed ..." also names each member's head of government on that day (found through their role aliases).
GROUP_MEMBERS: dict[str, tuple[str, ...]] = {
    "g7": ("united-states", "united-kingdom", "germany", "france", "italy", "japan", "canada", "european-union"),
}
_HEAD_ROLES: dict[str, str] = {
    "united-states": "US President",
    "germany": "German Chancellor",
    "france": "French President",
    "united-kingdom": "British Prime Minister",
    "italy": "Italian Prime Minister",
    "japan": "Japanese Prime Minister",
    "canada": "Canadian Prime Minister",
    "poland": "Polish Prime Minister",
    "ukraine": "Ukrainian President",
    "russia": "Russian President",
    "turkey": "Turkish President",
    "china": "Chinese President",
    "hungary": "Hungarian Prime Minister",
    "finland": "Finnish President",
}
_LEADERS_OF_RE = compile_filtered(
    r"\b(?:leaders\s+of|heads\s+of\s+(?:state|government)\s+of|Staats-\s+und\s+Regierungschefs\s+(?:von|aus)|"
    r"Regierungschefs\s+(?:von|aus))\s+",
    re.I,
)
# The list after "leaders of": capitalised names joined by commas and "and"/"und"/"sowie".
_LEADERS_LIST_RE = re.compile(r"(?:(?:[A-ZÄÖÜ][\w'’.-]*|and|und|sowie|,)\s*)+")
_LEADERS_RE = compile_filtered(
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|Staats-\s+und\s+Regierungschefs|Regierungschefs|Staatschefs)\b",
    re.I,
)


def add_group_members(events: Sequence[EventProposal], gaz: Gazetteer) -> None:
    """Add the members of a group named as an actor after the group itself; where the sentence speaks of leaders
    ("G7 leaders", "the leaders of France, Germany and Poland"), also each state's head on the event's day."""
    for event in events:
        added = [m for g in event.actor_slugs if g in GROUP_MEMBERS for m in GROUP_MEMBERS[g] if gaz.get(m) is not None]
        states = list(added) if added and _LEADERS_RE.search(event.sentence) else []
        listed = _LEADERS_OF_RE.search(event.sentence)
        if listed is not None:  # "the leaders of France, Germany, Britain and Poland"
            on = event.date.start or None
            span = _LEADERS_LIST_RE.match(event.sentence, listed.end())
            named = gaz.find_mentions(span.group() if span else "", on_date=on, language="")
            states += [m.slug for m in named if m.slug is not None and gaz.kind_of(m.slug) == "state"]
        added += [h for s in states if (h := _head_of(s, event, gaz)) is not None]
        for slug in added:
            if slug not in event.actor_slugs:
                event.actor_slugs.append(slug)
                event.actors.append(gaz.name_of(slug))


_JOINED_RE = compile_filtered(
    r"\b(?:zugeschaltet|schaltete\w*\s+(?:[^\s.;,]+\s+){0,8}?zu|per\s+Video|by\s+video|via\s+video|video\s+link|"
    r"joined\s+(?:the\s+)?(?:talks|meeting|summit|leaders|session|discussion)\w*)\b",
    re.IGNORECASE,
)


def add_joined_meeting_participants(events: Sequence[EventProposal]) -> None:
    """Someone who joins a meeting ("Selenskyj war per Video zugeschaltet", "joined the talks by video") meets the
    participants of the day's meeting reported before."""
    meetings: list[EventProposal] = []
    for event in events:
        if event.type != "CONSULT":
            continue
        joined = _JOINED_RE.search(event.sentence)
        same_day = [m for m in meetings if m.evidence[0] < event.evidence[0] and _same_day(m, event)]
        # the main meeting of the day: the one with the most participants (the latest of equals)
        host = max(reversed(same_day), key=lambda m: len(m.actor_slugs), default=None)
        if joined is not None and host is not None:
            for slug, name in zip(host.actor_slugs, host.actors, strict=False):
                if slug is not None and slug not in event.actor_slugs:
                    event.actor_slugs.append(slug)
                    event.actors.append(name)
        elif joined is None:
            meetings.append(event)


def _same_day(a: EventProposal, b: EventProposal) -> bool:
    return a.date.start is not None and a.date.start == b.date.start


def address_requests_to_the_meeting(events: Sequence[EventProposal], gaz: Gazetteer) -> None:
    """ "Die EU-Außenminister tagten am Montag in Kiew. ... Kuleba bat um mehr Luftverteidigung": a request made on
    the day of the article's first dated meeting by one of its sides is addressed to the other sides (their states
    and bodies)."""
    meeting = next((e for e in events if _is_dated_meeting(e, gaz)), None)
    if meeting is None:
        return
    meeting_sides = {_side_of(s, gaz) for s in meeting.actor_slugs if s}
    others = [s for s in meeting.actor_slugs if s and gaz.kind_of(s) != "person"]
    for event in events:
        if event is meeting or event.type != "REQUEST" or not _same_day(meeting, event):
            continue
        own = {_side_of(s, gaz) for s in event.actor_slugs if s}
        if len(own) != 1 or not own <= meeting_sides:
            continue
        for slug in others:
            if _side_of(slug, gaz) not in own and slug not in event.actor_slugs:
                event.actor_slugs.append(slug)
                event.actors.append(gaz.name_of(slug))


def _is_dated_meeting(event: EventProposal, gaz: Gazetteer) -> bool:
    return (
        event.type == "CONSULT"
        and event.date.basis in {"text", "context"}
        and event.date.precision in {"day", "time"}
        and len({_side_of(s, gaz) for s in event.actor_slugs if s}) >= 2
    )


def _head_of(state: str, event: EventProposal, gaz: Gazetteer) -> str | None:
    role = _HEAD_ROLES.get(state)
    if role is None:
        return None
    on = event.date.start or None
    found = [m.slug for m in gaz.find_mentions(role, on_date=on, language="en") if gaz.kind_of(m.slug) == "person"]
    return found[0] if found else None


def add_conflict_parties(events: Sequence[EventProposal], mentions: Sequence[ActorMention], gaz: Gazetteer) -> None:
    """The two states an article names most often are the parties of its conflict. An attack with only one of them
    as participant is between both ("Kyiv said it shot down 40 drones overnight"), and talks, agreements, refusals
    and exchanges with no participant at all are theirs ("Die Gespräche sollen fortgesetzt werden"). For an attack
    by or on one of the known war's states, the other one is the opposite party whenever the article names both;
    sanctions that name neither state are on the aggressor ("the EU adopted its 17th package"), and aid that names
    neither goes to the defender ("Canada pledged a further two billion dollars")."""
    counts = _state_counts(mentions, gaz)
    if len(counts) < 2:
        return
    most_named = sorted(counts, key=lambda slug: -counts[slug])[:2]
    known_war = war_parties(mentions, gaz)
    at_war = known_war or most_named
    for event in events:
        parties = most_named
        if event.type == "ASSAULT" and any(p in event.actor_slugs for p in at_war):
            parties = at_war
        present = [p for p in parties if p in event.actor_slugs]
        if event.type == "ASSAULT" and len(present) == 1:
            missing = [p for p in parties if p not in present]
        elif event.type == "ASSAULT" and not event.actor_slugs:
            missing = at_war  # "since the invasion began in February"
        elif not event.actor_slugs and (event.type in _TALKS_TYPES or WAR_PARTIES_RE.search(event.sentence)):
            missing = parties
        elif (
            event.type in _TALKS_TYPES
            and at_war is not most_named
            and not set(at_war) & set(event.actor_slugs)
            and PEACE_TALKS_RE.search(event.sentence)
        ):
            missing = at_war  # "talks in Abu Dhabi mediated by the United States": the war's sides negotiate
        elif event.type == "SANCTION" and _AGGRESSOR in counts and not set(KNOWN_WAR_PARTIES) & set(event.actor_slugs):
            missing = [_AGGRESSOR]  # "the EU adopted its 17th package": the sanctions of this war are on Russia
        elif (
            event.type == "ACCUSE"
            and _AGGRESSOR in counts
            and _AGGRESSOR not in event.actor_slugs
            and _ATTACK_NAMED_RE.search(event.sentence)
        ):
            missing = [_AGGRESSOR]  # "Guterres condemned the strike": the attacks of this war are Russia's
        elif (
            event.type in _AGAINST_THE_DEED_TYPES
            and _AGGRESSOR in counts
            and _AGGRESSOR not in {_side_of(s, gaz) for s in event.actor_slugs if s}
            and _AGGRESSORS_DEED_RE.search(event.sentence)
        ):
            missing = [_AGGRESSOR]  # "Die EU werde die Scheinwahlen nie anerkennen": the annexations are Russia's
        elif event.type == "THREATEN" and _threat_of_one_side(event, known_war, gaz):
            # "Peskov said any attack would not go unanswered": a threat by one side of the war is at the other
            missing = [p for p in known_war if p not in event.actor_slugs]
        elif event.type == "AGREE" and _MINSK_RE.match(event.sentence, *_trigger_rel(event)):
            # "die Minsker Vereinbarungen": agreed between Russia and Ukraine, whatever "Minsker" names
            if "belarus" in event.actor_slugs:
                k = event.actor_slugs.index("belarus")
                del event.actor_slugs[k], event.actors[k]
            missing = [p for p in KNOWN_WAR_PARTIES if p not in event.actor_slugs]
        elif event.type == "CONCEDE" and known_war and _EXCHANGE_RE.search(event.sentence):
            # "Der Austausch kam unter Vermittlung der Emirate zustande": an exchange is between the war's sides
            missing = [p for p in known_war if p not in event.actor_slugs]
        elif (
            event.type in _TRUCE_ASKED_TYPES
            and known_war
            and _TRUCE_RE.search(event.sentence, _trigger_rel(event)[0])
        ):
            # "Trump forderte eine vollständige Waffenruhe": a truce asked for or welcomed is between the war's sides
            missing = [p for p in known_war if p not in event.actor_slugs]
        elif event.type == "RETREAT" and known_war and _TRUCE_RE.search(event.sentence):
            # "Die Waffenruhe sollte nach dem Willen Moskaus ... gelten": a truce in this war is between its sides
            missing = [p for p in known_war if p not in event.actor_slugs]
        elif (
            event.type in _WITHHELD_AID_TYPES
            and _DEFENDER in counts
            and _DEFENDER not in event.actor_slugs
            and _DELIVERY_RE.search(event.sentence)
            and _AID_OBJECT_RE.search(event.sentence)
        ):
            missing = [_DEFENDER]  # "Scholz lehnte eine Lieferung des Taurus erneut ab": aid withheld from Ukraine
        elif event.type == "AID" and _DEFENDER in counts and not set(KNOWN_WAR_PARTIES) & set(event.actor_slugs):
            missing = [_DEFENDER]  # "Canada pledged a further two billion dollars": the aid of this war is Ukraine's
        else:
            continue
        for slug in missing:
            event.actor_slugs.append(slug)
            event.actors.append(gaz.name_of(slug))


# What aid is: weapons, equipment, money and help for Ukraine ("promised a further 5,000 interceptor drones",
# "zusätzliche Hilfe für die Räumung von Minen zugesagt", "pledged to strengthen Ukraine's air defences").
_AID_OBJECT_RE = re.compile(
    r"\b(?:drones?|missiles?|interceptors?|air\s+defen[cs]es?|Patriot\w*|IRIS-T|tanks?|jets?|F-16s?|howitzers?|"
    r"ammunition|shells|weapons|arms|equipment|generators?|transformers?|military\s+(?:support|aid|assistance)|"
    r"financial\s+(?:support|aid|assistance)|humanitarian\s+(?:aid|assistance)|(?:€|\$|£)\s?\d[\d.,]*\s*(?:bn|m|billion|million)?|"
    r"\d[\d.,]*\s*(?:billion|million|bn)\s+(?:euros?|dollars?|pounds?)|Drohnen|Raketen|Flugabwehr\w*|Luftverteidigung\w*|"
    r"\w*panzer\w*|Kampfjets?|Haubitzen|\w*munition|\w*geschoss\w*|\w*granaten|Patronen|Marschflugkörper\w*|"
    r"\w*systeme?|\w*waffen\w*|Ausrüstung|Generatoren|Transformatoren|\w*hilfe|rounds|artillery|vehicles|systems|"
    r"launchers?|"
    r"Unterstützung\s+(?:bei|für)\s+(?:die\s+|der\s+)?(?:Luftverteidigung|Minenräumung|Energie\w*)|"
    r"(?:Milliarden|Millionen|Mrd\.|Mio\.)\s+(?:Euro|Dollar|Franken|Pfund)|(?:EUR|USD|GBP|US\$)\s?\d[\d.,]*\s*"
    r"(?:bn|m|billion|million|Milliarden|Millionen)?|\d[\d.,]*-(?:Milliarden|Millionen)-(?:Euro|Dollar)\w*)",
    re.I,
)


def add_aid_for_promised_help(events: list[EventProposal], gaz: Gazetteer) -> list[EventProposal]:
    """ "Starmer promised a further 5,000 interceptor drones", "haben zusätzliche Hilfe für die Räumung von Minen
    zugesagt": a promise of weapons, equipment or money is also aid (proposed beside the agreement when the sentence
    has no aid proposal of its own)."""
    aid_sentences = {e.evidence for e in events if e.type == "AID"}
    out = list(events)
    for event in events:
        if event.type != "AGREE" or event.evidence in aid_sentences:
            continue
        c_start, c_end = clause_bounds(event.sentence, *_trigger_rel(event))
        if _AID_OBJECT_RE.search(event.sentence, c_start, c_end) is None:
            continue
        trigger_text = event.sentence[slice(*_trigger_rel(event))]
        kinds = [gaz.kind_of(slug) for slug in event.actor_slugs]
        title = make_title("AID", event.actors, trigger_text, event.occurrence, kinds)
        aid = replace(event, type="AID", title=title, confidence=round(event.confidence * 0.8, 2))
        aid.actors, aid.actor_slugs = list(event.actors), list(event.actor_slugs)
        out.append(aid)
        aid_sentences.add(event.evidence)
    return out


# Acts between two sides: when the sentence names only one side, the other is whoever the article reported just before.
_REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONSULT"})


# "Die Bundesregierung begrüßte das Inkrafttreten", "Sybiha welcomed the vote": what is welcomed was told before.
_WELCOMED_THING_RE = re.compile(
    r"(?:begrüßte\w*|begrüßt|begrüsste\w*|welcomed|welcomes|lobte\w*|praised|hailed)\s+(?:das|die|den|the|this|these)\s",
    re.I,
)


def add_reaction_targets(events: Sequence[EventProposal], gaz: Gazetteer) -> None:
    """ "Peskow nannte das «Diebstahl»", "Kremlin spokesman Dmitry Peskov called the draft ...": criticism, a refusal,
    a demand, praise, an agreement or talks whose sentence names only one side answer what the article reported just
    before, so the other sides of the closest earlier event with another side are added."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for i, event in enumerate(ordered):
        if event.type not in _REACTION_TYPES:
            continue
        sides = {_side_of(s, gaz) for s in event.actor_slugs if s}
        welcomed = event.type == "SUPPORT" and _WELCOMED_THING_RE.match(event.sentence, _trigger_rel(event)[0])
        if len(sides) != 1 and not (welcomed and sides):
            continue
        if welcomed and len(sides) > 1:
            sides = {_side_of(next(s for s in event.actor_slugs if s), gaz)}
        for before in reversed(ordered[:i]):
            if before.evidence[0] >= event.evidence[0]:
                continue
            others = [s for s in before.actor_slugs if s and _side_of(s, gaz) not in sides]
            if others:
                for slug in others:
                    if slug not in event.actor_slugs:
                        event.actor_slugs.append(slug)
                        event.actors.append(gaz.name_of(slug))
                break


# ---- charges made in statements ----
# What speakers say of the other side in condemning words ("the West was fuelling the war", "Berlin wolle sich am
# Krieg bereichern"): a general vocabulary of blame, not a list of phrasings seen in articles.
_BLAME_WORDS_RE = compile_filtered(
    r"\b(?:"
    # German
    r"Aggress\w*|aggressiv\w*|Lüge\w*|lüg\w*|gelogen|Propaganda\w*|Terror\w*|Verbrech\w*|kriminell\w*|illegal\w*|"
    r"rechtswidrig\w*|völkerrechtswidrig\w*|Provokation\w*|provozier\w*|Eskalation\w*|eskalier\w*|Bedrohung\w*|"
    r"bedroh\w*|gefährlich\w*|destabilisier\w*|Erpressung\w*|erpress\w*|zerstör\w*|Vernichtung\w*|vernicht\w*|"
    r"Heuchelei|heuchler\w*|zynisch\w*|Zynismus|barbarisch\w*|brutal\w*|unverantwortlich\w*|inakzeptabel\w*|"
    r"unannehmbar\w*|absurd\w*|lächerlich\w*|Farce|Zirkus|Sabotage|sabotier\w*|torpedier\w*|hintertreib\w*|"
    r"untergrab\w*|Einmischung\w*|einmisch\w*|anheiz\w*|angeheizt|befeuer\w*|Militarisierung|Konfrontation\w*|"
    r"feindselig\w*|feindlich\w*|Verstoß\w*|verstoß\w*|verletz\w*|Missbrauch\w*|missbrauch\w*|Diebstahl|stehl\w*|"
    r"gestohlen|Raub|Piraterie|Desinformation|Fälschung\w*|gefälscht\w*|manipulier\w*|Manipulation\w*|Hetz\w*|"
    r"Hass\w*|antisemitisch\w*|Nazi\w*|faschist\w*|Völkermord|Genozid\w*|Kriegsverbrech\w*|Folter\w*|deportier\w*|"
    r"verschlepp\w*|Besatzer\w*|Annexion\w*|Verrat|verraten|Kriegstreiber\w*|Kriegstreiberei|bereicher\w*|"
    r"finanzier\w*\s+(?:den|seinen|ihren)\s+Krieg|Schuld\w*|verantwortlich|Vorwand|Lügen\w*|"
    # English
    r"aggression|aggressive\w*|lies|lying|lied|propaganda|terror\w*|crimes?|criminal\w*|illegal\w*|unlawful\w*|"
    r"provocation\w*|provocative\w*|escalat\w*|threat\w*|dangerous\w*|destabili[sz]\w*|blackmail\w*|extortion|"
    r"destroy\w*|destruction|annihilat\w*|hypocri\w*|cynical\w*|barbaric\w*|brutal\w*|irresponsible\w*|"
    r"unacceptable|absurd\w*|ridiculous|farce|circus|sham|sabotag\w*|torpedo\w*|undermin\w*|interfer\w*|meddl\w*|"
    r"fuel\w*|prolong\w*|militari[sz]\w*|confrontation\w*|hostile|hostility|violat\w*|breach\w*|abus\w*|theft|"
    r"steal\w*|stolen|robbery|piracy|disinformation|fake|manipulat\w*|hatred|antisemit\w*|Nazis?|fascis\w*|"
    r"genocide|torture\w*|deport\w*|occupiers?|annex\w*|betray\w*|warmonger\w*|blame\w*|responsible|pretext|"
    r"negativ\w*|falsch\w*|Fehler\w*|mistake\w*|wrong"
    r")",
    re.I,
)
def _blame_words(info: SentenceInfo) -> re.Match[str] | None:
    if "blame" not in info.memo:
        info.memo["blame"] = _BLAME_WORDS_RE.search(info.text)
    found = info.memo["blame"]
    return found if isinstance(found, re.Match) else None


_CHARGE_TARGET_KINDS = frozenset({"state", "organisation", "person", "group"})


# ---- praise in statements ----
# Words of approval about another side ("called the step 'important'", "Kasachstan bleibe ein strategischer Partner").
_PRAISE_WORDS_RE = compile_filtered(
    r"\b(?:"
    r"begrü(?:ß|ss)\w*|positiv\w*|gute[nr]?\s+(?:Partner|Freund\w*|Nachbar\w*|Beziehungen)|strategische[nr]?\s+Partner\w*|"
    r"Verbündete\w*|Meilenstein\w*|Durchbruch\w*|mutig\w*|dankbar\w*|Respekt|solidarisch\w*|Solidarität|"
    r"souverän\w*|konstruktiv\w*|nützlich\w*|vernünftig\w*|pragmatisch\w*|logisch\w*|sinnvoll\w*|"
    r"welcom\w*|positive\w*|good\s+(?:partners?|friends?|neighbou?rs?|relations)|strategic\s+partners?|"
    r"allies|milestone|breakthrough|courage\w*|brave\w*|grateful|gratitude|solidarity|sovereign|constructive|"
    r"useful|reasonable|pragmatic|logical|sensible|significant\s+step|step\s+in\s+the\s+right\s+direction"
    r")",
    re.I,
)
_NEGATED_BEFORE_RE = re.compile(r"\b(?:nicht|kein\w*|not|no|never|nie|niemals)\s+(?:\S+\s+){0,2}$", re.I)


def _praise_words(info: SentenceInfo) -> re.Match[str] | None:
    """Words of approval in the sentence, unless it also blames or the approval is negated."""
    if _blame_words(info) is not None:
        return None
    praise = _PRAISE_WORDS_RE.search(info.text)
    if praise is None or _NEGATED_BEFORE_RE.search(info.text, 0, praise.start()):
        return None
    return praise


def _other_side_named(st: StatementProposal, info: SentenceInfo, side: str, gaz: Gazetteer) -> str | None:
    """The first state, body or person of another side than the speaker's named in the sentence."""
    for m in info.mentions:
        if (
            m.slug
            and gaz.kind_of(m.slug) in _CHARGE_TARGET_KINDS
            and _side_of(m.slug, gaz) != side
            and not (st.trigger[0] <= m.start < st.trigger[1])
        ):
            return m.slug
    return None


def _add_from_statement_words(
    events: list[EventProposal],
    statements: Sequence[StatementProposal],
    infos: Sequence[SentenceInfo],
    gaz: Gazetteer,
    *,
    event_type: str,
    blocking_types: frozenset[str],
    words: Callable[[SentenceInfo], re.Match[str] | None],
) -> list[EventProposal]:
    """One ``event_type`` proposal per statement whose sentence has ``words`` and names another side, when the
    sentence has no proposal of ``blocking_types`` yet: the speaker and their state towards that side."""
    taken = {e.evidence for e in events if e.type in blocking_types}
    by_start = {info.start: info for info in infos}
    out = list(events)
    for st in statements:
        info = by_start.get(st.evidence[0])
        if info is None or st.evidence in taken or not st.speaker_slug:
            continue
        found = words(info)
        if found is None:
            continue
        side = _side_of(st.speaker_slug, gaz)
        target = _other_side_named(st, info, side, gaz)
        if target is None:
            continue
        trigger = (info.start + found.start(), info.start + found.end())
        out.append(_said_of_other_side(event_type, st, [side, target], found.group(), trigger, gaz, confidence=0.35))
        taken.add(st.evidence)
    return out


def _said_of_other_side(
    event_type: str,
    st: StatementProposal,
    sides: list[str],
    cue: str,
    trigger: Span,
    gaz: Gazetteer,
    *,
    confidence: float,
) -> EventProposal:
    """The event a statement makes by what it says of another side: the speaker, their side and the other side, on
    the statement's date."""
    assert st.speaker_slug is not None
    # "die Erschöpfung der ukrainischen Armee": a side's army, ministry or parliament stands for its state too
    slugs = list(dict.fromkeys(p for s in [st.speaker_slug, *sides] for p in (s, PARENT_OF.get(s)) if p))
    names = [gaz.name_of(s) for s in slugs]
    return EventProposal(
        type=event_type,
        title=make_title(event_type, names, cue, "occurred", [gaz.kind_of(s) for s in slugs]),
        actors=names,
        actor_slugs=list[str | None](slugs),
        date=st.date,
        occurrence="occurred",
        evidence=st.evidence,
        trigger=trigger,
        sentence=st.sentence,
        confidence=confidence,
    )


def add_charges_in_statements(
    events: list[EventProposal], statements: Sequence[StatementProposal], infos: Sequence[SentenceInfo], gaz: Gazetteer
) -> list[EventProposal]:
    """A statement that speaks of another side in words of blame is also an accusation against it, when its sentence
    has no accusation yet."""
    return _add_from_statement_words(
        events, statements, infos, gaz, event_type="ACCUSE", blocking_types=frozenset({"ACCUSE"}), words=_blame_words
    )


def add_praise_in_statements(
    events: list[EventProposal], statements: Sequence[StatementProposal], infos: Sequence[SentenceInfo], gaz: Gazetteer
) -> list[EventProposal]:
    """A statement that speaks of another side in words of approval, and not of blame, is also support for it,
    when its sentence has no proposal of support, a refusal or a charge yet."""
    return _add_from_statement_words(
        events,
        statements,
        infos,
        gaz,
        event_type="SUPPORT",
        blocking_types=frozenset({"SUPPORT", "ACCUSE", "REJECT"}),
        words=_praise_words,
    )


# ---- the adversary as the subject of what was said ----
# The sides of the war as the annotated news sees them: Moscow and Minsk against Kyiv and its Western partners.
_WESTERN_SIDES = frozenset(
    {
        "ukraine", "united-states", "european-union", "united-kingdom", "germany", "france", "poland", "nato",
        "lithuania", "latvia", "estonia", "finland", "sweden", "netherlands", "canada", "japan", "czech-republic",
        "moldova", "denmark", "norway", "italy", "spain", "romania", "portugal", "g7",
    }
)
_SUBJECT_LEAD_RE = re.compile(
    # "sagte, wenn die Nato eingreife, ...": a condition's subject is not what the words are about
    r"(?:(?:,|\bthat|\bdass|:)\s*(?!(?:wenn|falls|if|weil|because|als|when|ob|whether|unless|sofern|bevor|before|"
    r"after|nachdem)\b)(?:\S+\s+){0,2}|(?<!\S)[„\"“«](?:\S+\s+){0,2}|"
    r"\b(?:said|says|warned|argued|claimed|insisted|wrote|added|noted|stressed)\s+(?:\S+\s+){0,1})$",
    re.I,
)


_MOSCOW_SIDES = frozenset({"russia", "belarus"})


def _adversaries(a: str, b: str) -> bool:
    a, b = PARENT_OF.get(a, a), PARENT_OF.get(b, b)  # the Commission and the Council are the EU's
    return (a in _MOSCOW_SIDES and b in _WESTERN_SIDES) or (b in _MOSCOW_SIDES and a in _WESTERN_SIDES)


def add_charges_against_adversaries(
    events: list[EventProposal], statements: Sequence[StatementProposal], infos: Sequence[SentenceInfo], gaz: Gazetteer
) -> list[EventProposal]:
    """ "Selenskyj sagte, Russland wolle Panik säen", "Peskov said Washington's struggle showed ...": what one side
    of the war says about the other, named as the subject of the words, is an accusation (on the annotated sets
    such words were charges far more often than not), unless the sentence already has a charge or a demand."""
    taken = {e.evidence for e in events if e.type == "ACCUSE"}
    # "Peskov said NATO leaders would meet in The Hague": a meeting of the other side is news, not a charge
    meetings: dict[tuple[int, int], list[int]] = {}
    # "forderte die Partner auf, Russland den Zugang zu verwehren": the other side in what is demanded
    demands: dict[tuple[int, int], list[int]] = {}
    for e in events:
        if e.type == "CONSULT":
            meetings.setdefault(e.evidence, []).append(e.trigger[0])
        elif e.type == "REQUEST":
            demands.setdefault(e.evidence, []).append(e.trigger[0])
    by_start = {info.start: info for info in infos}
    out = list(events)
    for st in statements:
        info = by_start.get(st.evidence[0])
        if info is None or st.evidence in taken or not st.speaker_slug:
            continue
        side = _side_of(st.speaker_slug, gaz)
        target = None
        for m in info.mentions:
            if not m.slug or st.trigger[0] <= m.start < st.trigger[1]:
                continue
            if not _adversaries(side, _side_of(m.slug, gaz)):
                continue
            if _SUBJECT_LEAD_RE.search(info.text, 0, m.start - info.start) is None:
                continue
            target = m
            break
        if target is None or target.slug is None:
            continue
        if any(start > target.start for start in meetings.get(st.evidence, ())) or any(
            start < target.start for start in demands.get(st.evidence, ())
        ):
            continue
        trigger = (target.start, target.end)
        out.append(_said_of_other_side("ACCUSE", st, [side, target.slug], target.text, trigger, gaz, confidence=0.3))
        taken.add(st.evidence)
    return out
