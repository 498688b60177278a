"""Statement proposals: speech verbs, their speakers (incl. "wie X mitteilte" and role aliases) and quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .events import PARENT_OF, SentenceInfo, clause_bounds
from .gazetteer import Gazetteer
from .lexicons import DATELINE_RE, GOVERNMENT_IN_RE, QUOTE_RE, TITLE_WORD_RE, attribution_re, fold, speech_verb_spans
from .regex_start import compile_filtered
from .types import ActorMention, FuzzyDate, Span, StatementProposal

_PRONOUN_SUBJECT_RE = re.compile(r"^(?:er|sie|he|she)$", re.IGNORECASE)
# Konjunktiv I, the mood of German reported speech ("sei", "habe", "wolle", "werde").
_REPORTED_SPEECH_RE = compile_filtered(
    r"\b(?:sei|seien|habe|wolle|wollen|werde|könne|müsse|solle|gebe|liege|bleibe|stehe|komme|kämen|käme|gehe|"
    r"erwarte|brauche|verfüge|lehne|trage|sehe|halte|wisse|dürfe|gelte|bestehe|strebe|arbeite|unterstütze|verlange|"
    r"fordere|biete|lasse|stelle)\b"
)
_JOINT_RE = compile_filtered(
    r"\b(?:gemeinsame[nr]?\s+(?:Erklärung|Stellungnahme|Mitteilung|Kommuniqué)|joint\s+(?:statement|communiqu[eé]|"
    r"declaration)|erklärten\s+gemeinsam|said\s+jointly)\b",
    re.I,
)
_ARTICLE_GAP_RE = re.compile(r"^\s*(?:(?:der|die|das|the|auch|also|zudem|nun|jetzt|dann|am\s+\w+)\s+)*$", re.I)
_NEAR_GAP_RE = re.compile(
    r"^[\s,]*(?:(?:who|der|die|hatte|hat|habe|haben|hatten|had|has|have|auch|also|zudem|bereits)\s+|"
    r"(?:am|an|in|im|on|at)\s+[\w-]+\s+)*$",
    re.I,
)
_ENGLISH_VERB_RE = re.compile(
    r"(?:said|says|say|told|tells|added|adds|announced|stressed|confirmed|warned|stated|declared|noted|wrote|"
    r"insisted|argued|claimed|called|described|thanked|explained|asked|replied|responded|[a-z]{3,}ed)\b"
)
# Literal cues one of which every ATTRIBUTION_RE match contains (a cheap pre-check).
_ATTRIBUTION_GROUPS = ("wie", "so", "laut", "zufolge", "hiess", "hiess_after", "angaben", "genitive")
_ATTRIBUTION_CUES = (
    "wie ", " so ", ",so ", "laut ", "according to", "angaben", "zufolge", "hieß es", "hiess es", "worten ",
)
_COMPLEMENT_RE = re.compile(r"\b(?:that|dass)\b", re.I)
_CONCESSIVE_RE = compile_filtered(r"\b(?:obwohl|während|aber|jedoch|but|although|while|whereas)\b|;", re.I)
_PREPOSITION_BEFORE_RE = compile_filtered(
    r"\b(?:in|im|nach|aus|bei|beim|mit|für|gegen|über|an|am|vor|zu|zum|zur|with|at|to|from|for|against|about|"
    r"of|on|into|between|zwischen)\s+(?:(?:der|die|den|dem|des|the)\s+)?$",
    re.I,
)
_PARTICIPLE_RE = re.compile(r"saying|warning|calling|adding|arguing|insisting", re.I)
_RELATIVE_BEFORE_RE = re.compile(r",\s*(?:who|der|die)\s+(?:(?:had|has|hatte|hat)\s+)?$", re.I)
# The word before the verb, skipping adverbs ("He also said", "Er betonte" / "Sie hatte zudem erklärt").
_WORD_BEFORE_RE = re.compile(
    r"(\w+)(?:,?\s+(?:also|later|then|further|again|however|too|earlier|previously|separately|meanwhile|"
    r"auch|zudem|später|dann|ferner|erneut|außerdem|ausserdem|allerdings|jedoch|ebenfalls|zuvor|hatte|habe|hat|has|had|"
    r"would|will|wird|werde),?)*\s*$"
)
_WORD_AFTER_RE = re.compile(r"^\s*(\w+)")
_CLAUSE_PRONOUN_RE = re.compile(r"\s*(?:Er|He|She)\b")
_PERFECT_AUXILIARY_RE = re.compile(r"\b(?:hat|hatte|hatten|haben|habe|hätte|hätten)\b")
_VERB_GLOSS = (
    (re.compile(r"warn", re.I), "warned"),
    (re.compile(r"forder|demand|called\s+for|urge", re.I), "demanded"),
    (re.compile(r"bestätig|confirm", re.I), "confirmed"),
    (re.compile(r"kündig|announc|verkünd", re.I), "announced"),
    (re.compile(r"beton|hervor|unterstr|stress|emphasi|underlin", re.I), "stressed"),
    (re.compile(r"kritis|verurteil|criticis|criticiz|condemn|warf|wirft|accus", re.I), "criticised"),
    (re.compile(r"äußer|äusser|express", re.I), "expressed"),
    (re.compile(r"zurück|reject|dement|den(y|ied)", re.I), "rejected"),
    (re.compile(r"droh|threat", re.I), "threatened"),
)


@dataclass(slots=True)
class Speaker:
    slug: str | None
    name: str
    mention: ActorMention | None


def find_statements(infos: Sequence[SentenceInfo], gaz: Gazetteer) -> list[StatementProposal]:
    """Statement proposals (date unset) in document order."""
    out: list[StatementProposal] = []
    last_speaker: Speaker | None = None
    previous_was_statement = False
    for info in infos:
        earlier = infos[max(0, info.index - 2) : info.index]
        found = _joint_statement(info, earlier, gaz) or _statements_in(info, gaz, last_speaker)
        found = found or _colon_statement(info, gaz)
        if not found and previous_was_statement and last_speaker is not None:
            found = _continued_statement(info, last_speaker, gaz)
        if not found and last_speaker is not None:
            found = _unnamed_report(info, last_speaker, gaz)
        found = found or _authorities_report(info, gaz)
        previous_was_statement = bool(found)
        if found:
            last_speaker = Speaker(found[-1].speaker_slug, found[-1].speaker, None)
        elif info.mentions and any(gaz.kind_of(m.slug) == "person" for m in info.mentions if m.slug):
            first_person = next(m for m in info.mentions if m.slug and gaz.kind_of(m.slug) == "person")
            last_speaker = Speaker(first_person.slug, first_person.name, first_person)
        elif info.mentions and info.mentions[0].slug and _STATEMENT_NOUN_RE.search(info.text):
            # "Der Kreml veröffentlichte eine Erklärung.": the body whose text the next sentences quote
            last_speaker = _speaker(info.mentions[0])
        out.extend(found)
    return out


def _joint_statement(info: SentenceInfo, earlier: Sequence[SentenceInfo], gaz: Gazetteer) -> list[StatementProposal]:
    """ "In einer gemeinsamen Erklärung hieß es ...", "In a joint statement, the two countries said ...": one
    statement by "Joint statement: A, B" (the parties named in the sentence, else in the two before)."""
    marker = _JOINT_RE.search(info.text)
    if marker is None:
        return []
    # "Macron, Merz, Starmer und Tusk warnten in einer gemeinsamen Erklärung": the names before the marker;
    # "In a joint statement, the two countries said": the states of the previous sentences.
    before = [m.slug for m in info.mentions if m.slug and m.end - info.start <= marker.start()]
    parties = list(dict.fromkeys(before))
    if len(parties) < 2:
        parties = _parties(info.mentions, gaz)
    for prior in reversed(earlier):
        if len(parties) >= 2:
            break
        parties = list(dict.fromkeys([*parties, *_parties(prior.mentions, gaz)]))
    if len(parties) < 2:
        return []
    names = [gaz.name_of(p) for p in parties[:4]]
    speaker = Speaker(None, "Joint statement: " + ", ".join(names), None)
    return [_proposal(info, speaker, marker.span(), gaz)]


def _parties(mentions: Sequence[ActorMention], gaz: Gazetteer) -> list[str]:
    """States first (a joint statement is usually between governments), then people and organisations."""
    slugs = [m.slug for m in mentions if m.slug]
    states = [s for s in slugs if gaz.kind_of(s) == "state"]
    return list(dict.fromkeys(states or slugs))


def _colon_statement(info: SentenceInfo, gaz: Gazetteer) -> list[StatementProposal]:
    """ "Lawrow ließ die Kritik abperlen: Russland werde sich nicht beeindrucken lassen.": indirect speech after a
    colon is the words of whoever the clause before the colon is about."""
    colon = info.text.find(": ")
    if colon < 0:
        return []
    marker = _REPORTED_SPEECH_RE.search(info.text, colon)
    if marker is None or speech_verb_spans(info.text[:colon]):
        return []
    before = [m for m in info.mentions if m.slug and m.end - info.start <= colon]
    if not before or DATELINE_RE.match(info.text):
        return []
    head = next((m for m in before if gaz.kind_of(m.slug) == "person"), before[0])
    return [_proposal(info, _speaker(head), marker.span(), gaz)]


_STATEMENT_NOUN_RE = compile_filtered(
    r"\b(?:Erklärung|Mitteilung|Stellungnahme|Kommuniqué|statement|readout|communiqu[eé])\b", re.I
)
# "..., hieß es in der Erklärung", "..., the statement said": words credited to a text of the one named before.
_UNNAMED_REPORT_RE = compile_filtered(
    r"\b(?:hieß|hiess)\s+es\s+(?:(?:weiter|zudem|außerdem|dort|darin)\s+)?(?:in\s+(?:der|dem|einer|einem)\s+"
    r"(?:\w+\s+)?(?:Erklärung|Mitteilung|Stellungnahme|Kommuniqué|Papier|Text|Schreiben)\b|weiter\b|darin\b|dort\b)|"
    r"\b(?:the|its|that)\s+(?:statement|readout|communiqu[eé]|declaration)\s+(?:said|added|read)\b",
    re.I,
)


def _unnamed_report(info: SentenceInfo, speaker: Speaker, gaz: Gazetteer) -> list[StatementProposal]:
    marker = _UNNAMED_REPORT_RE.search(info.text)
    if marker is None or any(m.slug for m in info.mentions if m.end - info.start > marker.start()):
        return []
    return [_proposal(info, speaker, marker.span(), gaz)]


# "..., regional officials said", "nach Behördenangaben": local authorities reporting an attack on their side.
_AUTHORITIES_RE = compile_filtered(
    r"\b(?:(?:regional|local|city)\s+(?:officials|authorities|governor|administration|military\s+administration)\s+"
    r"(?:said|say|reported)|according\s+to\s+(?:the\s+)?(?:regional|local)\s+(?:officials|authorities|governor)|"
    r"the\s+(?:regional\s+)?governor\s+said|nach\s+(?:Behördenangaben|Angaben\s+(?:der|des|von)\s+(?:örtlichen\s+)?"
    r"(?:Behörden|Regionalverwaltung|Gebietsverwaltung|Militärverwaltung|Luftwaffe|Gouverneurs|Regionalgouverneurs)))",
    re.I,
)


_PLACE_BEFORE_RE = re.compile(r"\b(?:in|im|bei|nahe|von|near|outside|of)\s+(?:der\s+|dem\s+|the\s+)?$", re.I)


def _authorities_report(info: SentenceInfo, gaz: Gazetteer) -> list[StatementProposal]:
    """The authorities of the side attacked: Ukraine's when Russia or Russian weapons are named, and Russia's when
    only Ukraine or Ukrainian ones are."""
    marker = _AUTHORITIES_RE.search(info.text)
    if marker is None:
        return []
    places = {
        m.slug
        for m in info.mentions
        if _is_subject_like(info, m) and _PLACE_BEFORE_RE.search(info.text[: m.start - info.start])
    }
    sides = {m.slug for m in info.mentions}
    if places & {"russia", "ukraine"}:  # "am Stadtrand von Moskau": the place attacked
        side: str | None = "russia" if "russia" in places else "ukraine"
    else:
        side = "ukraine" if "russia" in sides else "russia" if "ukraine" in sides else None
    if side is None or gaz.get(side) is None:
        return []
    record = gaz.get(side)
    assert record is not None
    return [_proposal(info, Speaker(side, record.name, None), marker.span(), gaz)]


def _continued_statement(info: SentenceInfo, speaker: Speaker, gaz: Gazetteer) -> list[StatementProposal]:
    """ "Er wolle ... telefonieren." / "In der Nacht seien 40 Drohnen abgefeuert worden.": indirect speech in
    Konjunktiv I, without a speech verb of its own, goes on from the previous statement."""
    marker = _REPORTED_SPEECH_RE.search(info.text)
    if marker is None or speech_verb_spans(info.text):
        return []
    # "Macron habe dabei auf eine Waffenruhe gedrungen" (after "teilte der Élysée mit"): the person the reported
    # words are about opens the sentence; what the source relays is that person's.
    subject = next(
        (
            m
            for m in _unquoted(info)
            if m.slug
            and gaz.kind_of(m.slug) == "person"
            and m.end - info.start <= marker.start()
            and len(info.text[: m.start - info.start].split()) <= 3
            and not info.text[m.end - info.start : marker.start()].strip()
            and _SPEECH_PARTICIPLE_RE.search(info.text, marker.end()) is not None
        ),
        None,
    )
    return [_proposal(info, _speaker(subject) if subject else speaker, marker.span(), gaz)]


def _statements_in(info: SentenceInfo, gaz: Gazetteer, last_speaker: Speaker | None) -> list[StatementProposal]:
    attributed = _attributed_speaker(info, gaz)
    verb_based = _verb_statements(info, gaz, last_speaker, attributed)
    if attributed is None:
        return verb_based
    # "Nach Angaben von Sprecher X forderte Scholz ...": Scholz is the original speaker, X the channel.
    # "Der Kreml bestätigte ..., wie Sprecher Peskow mitteilte": Peskov spoke for the Kremlin.
    people = [st for st in verb_based if st.speaker_slug != attributed[0].slug and _is_person(gaz, st.speaker_slug)]
    if people:
        return people
    return [_proposal(info, attributed[0], attributed[1], gaz)]


def _is_person(gaz: Gazetteer, slug: str | None) -> bool:
    return slug is None or gaz.kind_of(slug) == "person"


def _verb_statements(
    info: SentenceInfo, gaz: Gazetteer, last_speaker: Speaker | None, attributed: tuple[Speaker, Span] | None
) -> list[StatementProposal]:
    """One statement per speaker of a speech verb in the sentence."""
    text = info.text
    channel = attributed[0].name if attributed is not None else ""
    skip = attributed[1] if attributed is not None else (0, 0)
    out: list[StatementProposal] = []
    seen: set[str] = set()
    first: Speaker | None = None
    previous: Speaker | None = None
    for v_start, v_end in speech_verb_spans(text):
        if skip[0] <= v_start < skip[1]:
            continue
        # "..., behauptete Lawrow, und wies Vorwürfe zurück": a coordinated verb shares the previous subject.
        # "He signaled ..., saying ...": with no person named before it, a participle shares the subject of the
        # verb before it.
        coordinated = previous is not None and (
            _COORDINATED_RE.search(text, 0, v_start) is not None
            or (
                _PARTICIPLE_RE.fullmatch(text[v_start:v_end]) is not None
                and not any(
                    m.slug and gaz.kind_of(m.slug) == "person" and m.end - info.start <= v_start for m in info.mentions
                )
            )
        )
        speaker = previous if coordinated else _subject_of(info, v_start, v_end, last_speaker, gaz, skip)
        if speaker is None:
            continue
        previous = speaker
        key = speaker.slug or speaker.name
        if key in seen:
            continue
        seen.add(key)
        via = first.name if first is not None and _reported_by(text, first, speaker, v_start) else channel
        out.append(_proposal(info, speaker, (v_start, v_end), gaz, via))
        first = first or speaker
    return _closing_attribution(info, out, gaz) or out


def _closing_attribution(
    info: SentenceInfo, found: list[StatementProposal], gaz: Gazetteer
) -> list[StatementProposal]:
    """ "Er habe eine Waffenruhe vorgeschlagen, ..., sagte Kuleba anschließend": when the sentence closes with a
    speech verb and the name after it, the verbs before it are part of what that speaker said."""
    if len(found) < 2:
        return []
    last = found[-1]
    v_start, v_end = last.trigger[0] - info.start, last.trigger[1] - info.start
    if not _SAYING_RE.fullmatch(info.text, v_start, v_end):
        return []
    if not info.text[:v_start].rstrip().endswith((",", ",“", ",”", ',"')):
        return []
    named_after = any(
        m.slug == last.speaker_slug and v_end < m.start - info.start <= v_end + 30 for m in info.mentions
    )
    # "..., kritisierte er.": the pronoun after the closing verb is the speaker named before the sentence, unless
    # the sentence itself opens with a speaker ("Selenskyj wies das zurück: Er werde ..., sagte er").
    pronoun_after = _CLOSING_PRONOUN_RE.match(info.text, v_end) is not None and not any(
        st.trigger[0] < last.trigger[0]
        and st.speaker_slug not in {None, last.speaker_slug}
        and gaz.kind_of(st.speaker_slug) == "person"
        and _opens_sentence(info, st)
        for st in found
    )
    return [last] if (named_after or pronoun_after) and last.speaker_slug else []


def _opens_sentence(info: SentenceInfo, st: StatementProposal) -> bool:
    """The statement's speaker is named in the first words of the sentence."""
    return any(
        m.slug == st.speaker_slug and len(info.text[: m.start - info.start].split()) <= 3 for m in info.mentions
    )


_CLOSING_PRONOUN_RE = re.compile(r"\s+(?:er|sie|he|she)\b(?:\s+[\w-]+){0,4}\s*[.;]?\s*$")


# Verbs of saying that close a sentence with the speaker after them ("..., sagte Kuleba", "..., said Peskov").
_SAYING_RE = re.compile(
    r"sagte|sagten|erklärte|betonte|meinte|schrieb|fügte|kritisierte|warnte|bekräftigte|versicherte|ergänzte|"
    r"beklagte|said|added|wrote|warned|insisted|stressed",
    re.I,
)


_APPOSITION_GAP_RE = re.compile(r"\s*,\s*(?:(?:the|der|die)\s+[^,.;:\"“”„]{1,40},\s*)?")
# What someone said, in the perfect of reported speech: "Macron habe auf eine Waffenruhe gedrungen".
_SPEECH_PARTICIPLE_RE = re.compile(
    r"\b(?:gedrungen|gedrängt|gefordert|verlangt|betont|erklärt|bekräftigt|angeboten|vorgeschlagen|gewarnt|zugesichert|"
    r"versichert|erinnert|signalisiert|angekündigt|bekundet|beteuert|deutlich\s+gemacht|klargemacht|appelliert|"
    r"aufgerufen|gebeten|gesagt)\b"
)
_CALLS_RE = re.compile(r"(?:nannte|nannten|nennt|bezeichnete|bezeichneten|bezeichnet)\b", re.I)
_COORDINATED_RE = re.compile(r"(?:^|[^\w])(?:und|and|sowie|but|aber|doch)\s+$")


def _reported_by(text: str, first: Speaker, speaker: Speaker, verb_start: int) -> bool:
    """ "Ushakov said ... that Putin had warned": Putin's words reach us through Ushakov."""
    if first.slug == speaker.slug:
        return False
    before = text[:verb_start]
    return bool(_COMPLEMENT_RE.search(before)) and not _CONCESSIVE_RE.search(before)


def _attributed_speaker(info: SentenceInfo, gaz: Gazetteer) -> tuple[Speaker, Span] | None:
    """'…, wie der Kremlsprecher Dmitri Peskow mitteilte' credits the whole sentence to Peskov."""
    folded = fold(info.text)
    if not info.mentions or not any(cue in folded for cue in _ATTRIBUTION_CUES):
        return None
    for m in attribution_re(folded).finditer(folded):
        group = next(g for g in _ATTRIBUTION_GROUPS if m.group(g) is not None)
        g_start, g_end = m.span(group)
        inside = [x for x in info.mentions if g_start <= x.start - info.start and x.end - info.start <= g_end]
        if inside:
            best = _head_mention(inside, gaz)
            # "wie X mitteilte" includes its verb; "laut X", "nach Angaben von X" end with the name.
            end = m.end() if group in {"wie", "zufolge", "hiess"} else best.end - info.start
            return Speaker(best.slug, best.name, best), (m.start(), end)
    return None


def _head_mention(mentions: Sequence[ActorMention], gaz: Gazetteer) -> ActorMention:
    """Prefer a person over the organisation it speaks for ("Kremlsprecher Peskow" over "Kreml"); with no person,
    the body named first ("nach Angaben der ukrainischen Luftwaffe setzte Russland ...": the Ukrainian one)."""
    known = [m for m in mentions if m.slug is not None]
    people = [m for m in known if gaz.kind_of(m.slug) == "person"]
    if people:
        return people[-1]
    return known[0] if known else list(mentions)[-1]


def _rel(info: SentenceInfo, m: ActorMention) -> Span:
    return m.start - info.start, m.end - info.start


def _subject_of(
    info: SentenceInfo, v_start: int, v_end: int, last: Speaker | None, gaz: Gazetteer, skip: Span = (0, 0)
) -> Speaker | None:
    """The speaker of the speech verb at [v_start, v_end) (sentence offsets); ``skip``: an attribution phrase."""
    text = info.text
    c_start, c_end = clause_bounds(text, v_start, v_end)
    # Names after a preposition ("in Paris", "mit Trump") are places or partners, never the speaker.
    candidates = [m for m in _non_prepositional(info) if not skip[0] <= _rel(info, m)[0] < skip[1]]
    before = [m for m in candidates if c_start <= _rel(info, m)[0] and _rel(info, m)[1] <= v_start]
    after = [m for m in candidates if v_end <= _rel(info, m)[0] and _rel(info, m)[1] <= c_end]
    # "Zuvor hatte er den USA vorgeworfen", "Zugleich beschuldigte er Moskau": a subject pronoun right after the
    # first verb of a main clause is the one who spoke before, not a name that follows it
    if last is not None and _early_pronoun_subject(info, v_start):
        return Speaker(last.slug, last.name, None)
    # "..., saying": the participle's subject is the nearest person named before it.
    if _PARTICIPLE_RE.fullmatch(text[v_start:v_end]):
        earlier = [m for m in candidates if _rel(info, m)[1] <= v_start and m.slug]
        people = [m for m in earlier if m.slug and gaz.kind_of(m.slug) == "person"]
        if people or earlier:
            return _speaker((people or earlier)[-1])
    # "Zelensky, who told him": the name before the relative pronoun.
    relative = _RELATIVE_BEFORE_RE.search(text[:v_start])
    if relative is not None:
        named = [m for m in info.mentions if _rel(info, m)[1] <= relative.start()]
        if named and not text[_rel(info, named[-1])[1] : relative.start()].strip():
            return _speaker(named[-1])
    # "Der Leiter der Delegation, Kremlberater Wladimir Medinski, zeigte sich": an apposition right before.
    # '"...," Dmitry Peskov, the Kremlin spokesman, told reporters': a name after a closing quotation, with its title.
    apposed = [m for m in candidates if _rel(info, m)[1] <= v_start]
    # "Dmitry Peskov, the Kremlin spokesman," names one person twice: the apposition starts at the name
    first = apposed[-2] if len(apposed) > 1 and apposed[-1].slug and apposed[-2].slug == apposed[-1].slug else None
    if (
        apposed
        and apposed[-1].slug
        and gaz.kind_of(apposed[-1].slug) == "person"
        and _APPOSITION_GAP_RE.fullmatch(text, _rel(info, apposed[-1])[1], v_start)
        and text[: _rel(info, first or apposed[-1])[0]].rstrip().endswith((",", ',"', ",”", ",“"))
    ):
        return _speaker(first or apposed[-1])
    # "Stoltenberg hatte am Dienstag Nordkorea vorgeworfen": with an auxiliary before a German participle, the name
    # right before the participle is its object; the subject opens the clause.
    if (
        len(before) > 1
        and _PERFECT_AUXILIARY_RE.search(text, _rel(info, before[0])[1], _rel(info, before[-1])[0])
        and len(text[c_start : _rel(info, before[0])[0]].split()) <= 3
    ):
        return _speaker(before[0])
    # "Trump sagte", "der Kreml betont": the mention right before the verb.
    if before and _NEAR_GAP_RE.match(text[_rel(info, before[-1])[1] : v_start]):
        return _speaker(before[-1])
    # "Zelensky declined to do so, but said ...": a verb coordinated with an earlier one shares its subject, the
    # first one named ("Putin congratulated Trump ... and said": Putin), not a possessive ("Trumps Beauftragter").
    if _COORDINATED_RE.search(text, 0, v_start):
        subjects = [
            m
            for m in candidates
            if _rel(info, m)[1] <= v_start and m.slug and _is_subject_like(info, m) and not _possessive(info, m)
        ]
        people = [m for m in subjects if gaz.kind_of(m.slug) == "person"]
        if people or subjects:
            return _speaker((people or subjects)[0])
    # "Er forderte" / "fügte er hinzu" / "he said": the previous speaker.
    word_before = _WORD_BEFORE_RE.search(text[c_start:v_start])
    word_after = _WORD_AFTER_RE.match(text[v_end:c_end])
    pronoun_before = word_before is not None and bool(_PRONOUN_SUBJECT_RE.match(word_before.group(1)))
    # "fügte er hinzu" names the speaker; "said he was waiting" starts the reported clause.
    # "fügte sie hinzu" names the speaker, but "nannte sie „gefährlich“" calls something (sie: it, them)
    pronoun_after = word_after is not None and (
        word_after.group(1).lower() == "er"
        or (word_after.group(1).lower() == "sie" and not _CALLS_RE.match(text, v_start, v_end))
    )
    # "Er hatte am Mittwochabend in einer Fernsehansprache angeboten": a pronoun opening the clause is its subject
    opening_pronoun = _CLAUSE_PRONOUN_RE.match(text, c_start) is not None and not before
    pronoun_before = pronoun_before or opening_pronoun
    pronoun = pronoun_before or pronoun_after
    # '"A meeting could only crown a finished agreement," he told reporters': the pronoun after the reported words
    # is the one who spoke before, not a person the words name.
    closing = word_before is not None and re.search(r"[,“”\"]\s*$", text[: c_start + word_before.start()])
    if pronoun_before and not closing:
        # "Trump, however, said ..., citing wars he said he had ended": a person named earlier in the sentence.
        earlier_people = [
            m for m in candidates if m.slug and _rel(info, m)[1] <= v_start and gaz.kind_of(m.slug) == "person"
        ]
        if earlier_people:
            return _speaker(earlier_people[-1])
    if (pronoun or _anaphoric_title_after(info, v_end, c_end, last, gaz)) and last is not None:
        return Speaker(last.slug, last.name, None)
    # "Der russische Botschafter in Berlin, Sergej Netschajew, warf ... vor", "the Russian ambassador said": an
    # official known only by title speaks for the state of the adjective before the title.
    titled = _titled_state(info, c_start, v_start, gaz)
    if titled is not None:
        return titled
    # "Kallas, speaking in Luxembourg ..., said Moscow ...": in English, a name after "said" is its subject only
    # after a quotation ('"...," said Peskov'); otherwise the subject opening the sentence speaks.
    opening = [m for m in _unquoted(info) if _rel(info, m)[1] <= v_start]
    # "Hungarian Prime Minister Viktor Orban, who met ..., told": the person the opening state adjective owns
    head = _owned_person(info, opening[0], gaz) if opening else None
    if opening and head is not opening[0] and before:
        head = None  # "Ukraine's negotiator Umerov is expected ..., Ukrainian officials said": the clause's own
    if (
        _ENGLISH_VERB_RE.match(text[v_start:v_end].lower())
        and not (re.search(r"[\"”’]\s*,?\s*$", text[:v_start]) and text.lstrip()[:1] in _OPENING_QUOTES)
        and head is not None
        and head.slug
        and gaz.kind_of(head.slug) == "person"
        and head.end - info.start <= v_start
        and len(text[: _rel(info, opening[0])[0]].split()) <= 5
    ):
        return _speaker(head)
    # "äußerte Trump", "bestätigte der Kreml", '", said Peskov': the mention right after the verb.
    if after and _inversion_gap(text[v_end : _rel(info, after[0])[0]]) and _inversion_ok(text, v_start, v_end):
        return _speaker(after[0])
    # "Auch Präsident Donald Trump hatte erklärt": the first mention opening the clause.
    if before and len(text[c_start : _rel(info, before[0])[0]].split()) <= 2:
        return _speaker(_owned_person(info, before[0], gaz))
    # "Umerow, der die Delegation anführte, sprach von ...": the subject opening the sentence.
    opening = [m for m in _unquoted(info) if _rel(info, m)[1] <= v_start]
    if opening and len(text[: _rel(info, opening[0])[0]].split()) <= 4 and _is_subject_like(info, opening[0]):
        return _speaker(_owned_person(info, opening[0], gaz))
    # "Der Sprecher des Außenministeriums in Kiew, Oleh Nikolenko, schrieb": the title opens the sentence
    return _spokesperson_of(info, c_start, c_end) or _spokesperson_of(info, 0, v_start)


# "ein Sprecher der Bundesregierung", "eine Sprecherin des ukrainischen Grenzschutzes", "a spokesman for the Kremlin"
_SPOKESPERSON_OF_RE = re.compile(
    r"\b(?:Sprecher(?:in)?|spokes(?:man|woman|person)|Regierungssprecher(?:in)?)\s+(?:der|des|von|vom|for|of)\s+"
    r"(?:(?:the|der|des|dem)\s+)?",
    re.I,
)


_OWNER_GAP_RE = re.compile(r"^(?:'s|’s|s)?\s+(?:[\w-]+\s+){0,3}$")


_OPENING_QUOTES = frozenset('"“„‘\'«»')


def _owned_person(info: SentenceInfo, m: ActorMention, gaz: Gazetteer) -> ActorMention:
    """ "Hungary's Viktor Orbán", "Frankreichs Präsident Macron": a state naming whose person follows is not the
    subject; the person is."""
    if not m.slug or gaz.kind_of(m.slug) == "person":
        return m
    rel_end = _rel(info, m)[1]
    for other in info.mentions:
        start = _rel(info, other)[0]
        if start >= rel_end and other.slug and gaz.kind_of(other.slug) == "person":
            if _OWNER_GAP_RE.match(info.text[rel_end:start]) and gaz.state_of(other.slug) == m.slug:
                return other
            break
    return m


def _spokesperson_of(info: SentenceInfo, c_start: int, c_end: int) -> Speaker | None:
    """ "..., teilte ein Sprecher der Bundesregierung mit": an unnamed spokesperson speaks for the body (or the state
    of the adjective) named right after the title."""
    for found in _SPOKESPERSON_OF_RE.finditer(info.text, c_start, c_end):
        after = [m for m in info.mentions if m.slug and found.end() <= _rel(info, m)[0] < c_end]
        if not after:
            continue
        gap = info.text[found.end() : _rel(info, after[0])[0]]
        # "ein Sprecher des Außenministeriums in Kiew": the ministry in a capital is its state's
        if not gap.split() or (len(gap.split()) <= 3 and GOVERNMENT_IN_RE.search(gap)):
            return _speaker(after[0])
    return None


_TITLED_RE = re.compile(
    r"^\s*(?:der|die|the|ein|eine|an?)\s+$", re.I
)


def _titled_state(info: SentenceInfo, c_start: int, v_start: int, gaz: Gazetteer) -> Speaker | None:
    """ "Der russische Botschafter [in Berlin, Sergej Netschajew,] warf ... vor": the sentence opens with an article,
    a state adjective and a title word; the speaker is that state."""
    text = info.text
    for m in info.mentions:
        rel_start, rel_end = _rel(info, m)
        if rel_end > v_start or m.slug is None or gaz.kind_of(m.slug) != "state":
            continue
        title = TITLE_WORD_RE.match(text, rel_end + 1) if text[rel_end : rel_end + 1] == " " else None
        # "Ukraine's ambassador to Turkey, Vasyl Bodnar, accused ...": a state's titled official opening the sentence
        if (
            text[rel_end : rel_end + 3] in {"'s ", "’s "}
            and TITLE_WORD_RE.match(text, rel_end + 3) is not None
            and not text[:rel_start].strip()
            and not any(rel_end < a < v_start for a, _ in speech_verb_spans(text))
            and not any(
                x.slug and gaz.kind_of(x.slug) == "person" and rel_end < _rel(info, x)[0] < v_start
                for x in info.mentions
            )
        ):
            return _speaker(m)
        # "..., a Turkish official said": the titled state right before the verb at the end of the sentence
        if (
            title is not None
            and not text[title.end() : v_start].strip()
            and _ARTICLE_BEFORE_RE.search(text, 0, rel_start) is not None
        ):
            return _speaker(m)
        if _TITLED_RE.match(text[:rel_start]) is None or _is_subject_like(info, m):
            continue
        return _speaker(m) if title is not None and title.end() <= v_start else None
    return None


_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[\s,])(?:der|die|ein|eine|the|a|an)\s+$", re.I)


def _inversion_gap(gap: str) -> bool:
    """Only articles, particles or a title between verb and name: "kündigte der Sondergesandte Steve Witkoff an"."""
    if _ARTICLE_GAP_RE.match(gap):
        return True
    words = gap.split()
    while words and words[0].lower() in {"der", "die", "das", "the", "auch", "also"}:
        words.pop(0)
    if GOVERNMENT_IN_RE.search(gap) and len(words) <= 3:
        return True  # "teilte das Energieministerium in Kiew mit"
    return 0 < len(words) <= 2 and all(TITLE_WORD_RE.fullmatch(w) for w in words)


def _unquoted(info: SentenceInfo) -> list[ActorMention]:
    """The sentence's mentions outside quotations ('"Russia will have to decide," she said': Russia is quoted, not
    speaking); computed once per sentence."""
    cached = info.memo.get("unquoted")
    if cached is None:
        # an opening quotation mark is followed by a word, not a space (a split sentence may start inside a quote)
        quotes = [m.span() for m in QUOTE_RE.finditer(info.text) if not m.group(1)[:1].isspace()]
        cached = info.memo["unquoted"] = [
            m for m in info.mentions if not any(a < _rel(info, m)[0] < b for a, b in quotes)
        ]
    assert isinstance(cached, list)
    return cached


def _non_prepositional(info: SentenceInfo) -> list[ActorMention]:
    """The sentence's unquoted mentions that do not follow a preposition (computed once per sentence)."""
    cached = info.memo.get("non_prepositional")
    if cached is None:
        cached = [m for m in _unquoted(info) if not _after_preposition(info.text, _rel(info, m)[0])]
        info.memo["non_prepositional"] = cached
    assert isinstance(cached, list)
    return cached


def _after_preposition(text: str, rel_start: int) -> bool:
    if not _PREPOSITION_BEFORE_RE.search(text[max(0, rel_start - 20) : rel_start]):
        return False
    # "teilte das Energieministerium in Kiew mit": a government named by its capital speaks
    return GOVERNMENT_IN_RE.search(text[max(0, rel_start - 40) : rel_start]) is None


def _inversion_ok(text: str, v_start: int, v_end: int) -> bool:
    """German verb-second inversion always; English "said X" only after a comma or a closing quote."""
    verb = text[v_start:v_end].lower()
    if not _ENGLISH_VERB_RE.match(verb):
        return True
    return bool(re.search(r"[,\"”’]\s*$", text[:v_start]))


# "..., betonte der Franzose", "fügte der Norweger hinzu", "behauptete der Minister", "the minister said": a title or
# demonym with no name after it refers back to the one who spoke before.
_ANAPHORIC_TITLE_RE = re.compile(
    r"\s+(?:der|die|the)\s+(?:(?:frühere|ehemalige|former|russische|ukrainische|amerikanische)\s+)?"
    r"((?:[\w-]*(?:minister|präsident|president|kanzler|chancellor|chef|diplomat|politiker|sprecher|populist|envoy)"
    r"(?:in)?|Republikaner(?:in)?|Demokrat(?:in)?|Sozialdemokrat(?:in)?|Franzose|Französin|Frenchman|Brite|Britin|Russe|"
    r"Russin|Türke|Türkin|Pole|Polin|Chinese|Deutsche|Finne|Finnin|Schwede|Schwedin|Este|Estin|Lette|Lettin|Belarusse|"
    r"Slowake|Tscheche|Rumäne|Bulgare|Grieche|Portugiese|(?:Norweg|Amerikan|Ukrain|Ungar|Italien|Litau|Österreich|Schweiz|"
    r"Niederländ|Belgi|Spani|Kanadi|Japan|Brasilian|Georgi|Moldau)er(?:in)?))"
    r"(?=\s*(?:[.,;:]|$|hinzu\b|an\b|mit\b|zu\b|weiter\b|later\b|afterwards\b))",
    re.I,
)


def _anaphoric_title_after(info: SentenceInfo, v_end: int, c_end: int, last: Speaker | None, gaz: Gazetteer) -> bool:
    """A title or demonym after the verb that names nobody, or names the state of the one who spoke before ("der
    Norweger" after Stoltenberg)."""
    found = _ANAPHORIC_TITLE_RE.match(info.text, v_end, c_end + 1)
    if found is None:
        return False
    start, end = found.span(1)
    named = [m for m in info.mentions if start < _rel(info, m)[1] and _rel(info, m)[0] < end]
    own_state = gaz.nationality_of(last.slug) if last is not None and last.slug else None
    return all(m.slug is not None and m.slug == own_state for m in named)


_EARLY_PRONOUN_RE = re.compile(
    r"^(?!(?:Als|Wenn|Weil|Nachdem|Da|Ob|Dass|Während|Bevor|Obwohl|Sobald|Seit|Falls|Wie)\b)(?:[^\s,;:]+\s+){1,3}?er\b"
)


def _early_pronoun_subject(info: SentenceInfo, v_start: int) -> bool:
    found = _EARLY_PRONOUN_RE.match(info.text)
    if found is None or found.end() > v_start:
        return False
    return not any(_rel(info, m)[0] < found.end() for m in info.mentions)


_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b|\s+[A-ZÄÖÜ][\w-]*(?:\s|$)")


def _possessive(info: SentenceInfo, m: ActorMention) -> bool:
    """ "Trump's envoy", "Trumps Ukraine-Beauftragter": the name owns the noun after it."""
    end = _rel(info, m)[1]
    if info.text.startswith(("'s", "’s"), end):
        return True
    return m.text.endswith("s") and _POSSESSIVE_AFTER_RE.match(info.text, end) is not None


def _is_subject_like(info: SentenceInfo, m: ActorMention) -> bool:
    """A name or organisation, not an adjective such as "russische" or "Ukrainian"."""
    word = m.text.split()[-1]
    return word[:1].isupper() and not re.search(r"(?:isch\w*|ian|ese)$", word)


def _speaker(m: ActorMention) -> Speaker:
    return Speaker(m.slug, m.name, m)


def _proposal(info: SentenceInfo, speaker: Speaker, trigger: Span, gaz: Gazetteer, via: str = "") -> StatementProposal:
    text = info.text
    quote_match = QUOTE_RE.search(text)
    quote = quote_match.group(1).strip() if quote_match else ""
    verb = text[trigger[0] : trigger[1]]
    addressed = [
        gaz.name_of(m.slug)
        for m in info.mentions
        if m.slug is not None and m.slug != speaker.slug and (speaker.mention is None or m != speaker.mention)
    ]
    placeholder = FuzzyDate("", None, None, "vague", "", basis="published")
    # "Das ukrainische Außenministerium erklärte", "the State Department said": a ministry speaks for its state
    # (named in the summary).
    parent = PARENT_OF.get(speaker.slug or "")
    body = ""
    if parent is not None:
        body = speaker.name
        speaker = Speaker(parent, gaz.name_of(parent), speaker.mention)
    label = f"{speaker.name} ({body})" if body else speaker.name
    return StatementProposal(
        speaker=speaker.name,
        speaker_slug=speaker.slug,
        summary=_summary(f"{label} (via {via})" if via else label, verb, quote, text),
        quote=quote,
        date=placeholder,
        evidence=(info.start, info.end),
        trigger=(info.start + trigger[0], info.start + trigger[1]),
        sentence=text,
        confidence=0.8 if speaker.slug else 0.5,
        addressed=list(dict.fromkeys(addressed)),
        speaker_role_span=(speaker.mention.start, speaker.mention.end)
        if speaker.mention is not None and speaker.mention.via_role
        else None,
    )


def credit_officials_to_states(statements: Sequence[StatementProposal], gaz: Gazetteer) -> None:
    """An official whose record represents a state ("Sergei Ryabkov" -> Russia, "David Lammy" -> the United
    Kingdom) speaks for it: the words are credited to the state, and the summary still names the official. Officials
    of a body (Peskov for the Kremlin, Guterres for the UN) keep their own name. Done last, so that dating goes by
    the person who spoke."""
    for st in statements:
        slug = st.speaker_slug
        office = gaz.office_of(slug) if slug and gaz.kind_of(slug) == "person" else None
        if office is not None and gaz.kind_of(office) == "state":
            st.speaker, st.speaker_slug = gaz.name_of(office), office


@lru_cache(maxsize=8192)
def _gloss(verb: str) -> str:
    """English gloss of a speech verb (cached per verb form)."""
    return next((g for regex, g in _VERB_GLOSS if regex.search(verb)), "said")


def _summary(speaker: str, verb: str, quote: str, sentence: str) -> str:
    gloss = _gloss(verb)
    body = sentence.strip()
    if len(body) > 160:
        body = body[:157].rstrip() + "…"
    return f"{speaker} {gloss}: {body}"
