"""German and English lexicons: PLOVER event triggers, speech verbs, modality cues, title words.

Everything here is data plus compiled regular expressions; the logic that uses them lives in
``events.py``, ``statements.py`` and ``gazetteer.py``. Patterns are matched case-insensitively unless noted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .regex_start import compile_filtered, with_start_filter

_F = re.IGNORECASE | re.UNICODE
_ESCAPE_OR_CHAR_RE = re.compile(r"\\.|.", re.DOTALL)


def fold(text: str) -> str:
    """Lower-cased ``text`` with the same length (offsets stay valid); folded patterns match against it."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _folded(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` for matching against ``fold(text)``: literals lower-cased, no IGNORECASE (2x faster),
    "ß" also matching Swiss "ss", with a start filter (the same matches, fewer positions tried)."""
    chars = (
        m.group() if m.group().startswith("\\") else m.group().lower() for m in _ESCAPE_OR_CHAR_RE.finditer(pattern)
    )
    # 'reserved "the right to respond"', "nannte das „Diebstahl“ und": a quotation mark at a word gap does not
    # break a phrase
    folded = swiss_spelling("".join(chars)).replace("(?p<", "(?P<").replace(r"\s+", _QUOTED_GAP)
    return with_start_filter(re.compile(folded))


_QUOTED_GAP = r"[„“”\"«»]?\s+[„“”\"«»]?"


def swiss_spelling(pattern: str) -> str:
    """``pattern`` with every literal "ß" (outside character classes) also matching "ss", as Swiss and Liechtenstein
    German write it ("hiess es", "schliessen", "Strasse")."""
    out: list[str] = []
    in_class = False
    for m in _ESCAPE_OR_CHAR_RE.finditer(pattern):
        piece = m.group()
        if piece == "[" and not in_class:
            in_class = True
        elif piece == "]" and in_class:
            in_class = False
        out.append("(?:ß|ss)" if piece == "ß" and not in_class else piece)
    return "".join(out)


# A clause runs to the next comma/semicolon/colon/dash boundary; used to scope particles and cues.
CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s|\s[–—-]\s|\s(?:obwohl|während|weil|aber|but|although|while|whereas)\s")


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# ---------------------------------------------------------------------------------------------------------------
# Event triggers
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger pattern. ``requires`` must match in the same clause; ``excludes`` must not.

    ``compound`` matches the word-final part of German compounds ("Oster-Waffenruhe", "Friedensgespräche"):
    it has no leading word boundary and its matches are widened to the start of the word.
    """

    type: str
    pattern: re.Pattern[str] | None
    requires: re.Pattern[str] | None = None
    excludes: re.Pattern[str] | None = None
    confidence: float = 0.7
    nominal: bool = False  # a noun trigger: definite article + no date => anaphoric re-mention
    compound: re.Pattern[str] | None = None
    # Literal starts of every plain alternative (matched at word starts) and of every compound alternative
    # (matched anywhere); None when some alternative has no literal start, so the whole text must be scanned.
    prefixes: tuple[str, ...] | None = None
    compound_prefixes: tuple[str, ...] | None = None
    sentence_scope: bool = False  # requires looks at the whole sentence, not just the clause
    # excludes look at the whole sentence too (by default a sentence-scope rule is ruled out only in its clause)
    sentence_excludes: bool = False


def _split_alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of ``(?:a|b|c)`` (or of a bare ``a|b|c``)."""
    body = pattern[3:-1] if pattern.startswith("(?:") and pattern.endswith(")") and _closes_at_end(pattern) else pattern
    parts, depth, current, escaped = [], 0, [], False
    for ch in body:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


_META = set("\\()[]{}|?*+.^$")


def _literal_prefixes(alternatives: list[str]) -> tuple[str, ...] | None:
    """The lower-cased literal start of each alternative, or None when one has no literal start of 3+ chars."""
    out: list[str] = []
    for alt in alternatives:
        if alt.startswith("(?:"):
            end = _group_end(alt)
            if end < 0 or alt[end + 1 : end + 2] in {"?", "*", "{"}:
                return None
            inner = _literal_prefixes(_split_alternatives(alt[: end + 1]))
            if inner is None:
                return None
            out.extend(inner)
            continue
        prefix = ""
        for ch in alt:
            if ch in _META:
                if ch in "?*{":  # the character before is optional
                    prefix = prefix[:-1]
                break
            prefix += ch
        if len(prefix) < 3:
            return None
        out.append(prefix.lower())
    return tuple(sorted(set(out)))


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens ``pattern``; -1 if unbalanced."""
    depth, escaped = 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _closes_at_end(pattern: str) -> bool:
    depth, escaped = 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i != len(pattern) - 1:
                return False
    return True


def _rule(
    type_: str,
    pattern: str,
    *,
    requires: str | None = None,
    excludes: str | None = None,
    confidence: float = 0.7,
    nominal: bool = False,
    sentence_scope: bool = False,
    sentence_excludes: bool = False,
) -> TriggerRule:
    alternatives = _split_alternatives(pattern)
    # Swiss "ss" for "ß": a copy of each alternative holding "ß", so that the prefix index finds both spellings.
    alternatives += [a.replace("ß", "ss") for a in alternatives if "ß" in a]
    plain = [a for a in alternatives if not a.startswith("\\w*")]
    compound = [a[3:] for a in alternatives if a.startswith("\\w*")]
    return TriggerRule(
        type=type_,
        pattern=_folded(rf"\b(?:{'|'.join(plain)})\b") if plain else None,
        requires=_folded(rf"\b{requires}\b") if requires else None,
        excludes=_folded(rf"\b{excludes}\b") if excludes else None,
        confidence=confidence,
        nominal=nominal,
        compound=_folded(rf"(?:{'|'.join(compound)})\b") if compound else None,
        prefixes=_literal_prefixes(plain) if plain else (),
        compound_prefixes=_literal_prefixes(compound) if compound else (),
        sentence_scope=sentence_scope,
        sentence_excludes=sentence_excludes,
    )


ACHIEVE = _words(
    r"erreicht\w*",
    r"erzielt\w*",
    r"geschlossen",
    r"schlossen",
    r"schloss",
    r"schließt",
    r"abgeschlossen",
    r"unterzeichnet\w*",
    r"unterschrieb\w*",
    r"vereinbart\w*",
    r"zustande",
    r"einigten",
    r"einigte",
    r"geeinigt",
    r"verständigt\w*",
    r"besiegelt\w*",
    r"reached",
    r"signed",
    r"struck",
    r"sealed",
    r"clinched",
    r"concluded",
    r"agreed",
    r"brokered",
    # "Die Gespräche endeten mit einer Vereinbarung über ...", "the talks ended with a deal"
    r"endete\w*\s+(?:\S+\s+){0,8}?mit",
    r"ended\s+(?:\S+\s+){0,3}?with",
    r"resulted\s+in",
    r"yielded",
    # announced, extended, negotiated or expected: "eine Einigung verkündet", "die Vereinbarung wurde verlängert",
    # "an arrangement that OCHA negotiated", "Eine Einigung wird ... erwartet"
    r"verkündet\w*",
    r"verlängert\w*",
    r"ausgehandelt\w*",
    r"erwartet",
    r"announced",
    r"extended",
    r"renewed",
    r"negotiated",
    r"produced",
)
FAILURE = _words(
    r"scheiterte\w*",
    r"gescheitert",
    r"scheitern",
    r"keine\s+Einigung",
    r"kein\s+Abkommen",
    r"blieb\s+aus",
    r"ausblieb",
    r"verfehlt\w*",
    r"failed",
    r"fails?",
    r"collapsed",
    r"no\s+agreement",
    r"no\s+deal",
    r"fell\s+through",
    r"without\s+(?:an?\s+)?(?:agreement|deal)",
    r"ohne\s+(?:eine\s+)?Einigung",
    r"nicht\s+zustande",
    r"ohne\s+dass\s+(?:\S+\s+){0,5}?(?:vereinbart|erzielt|beschlossen)\w*",
    r"vereinbarten\s+(?:\S+\s+){0,3}?nicht",
)
NEGATED_REFUSAL = (
    r"(?:(?:never|not)\s+(?:\S+\s+)?(?:refused|rejected)\s+(?:to\s+)?(?:negotiat\w*|talks?|dialogue|meet\w*)|"
    r"verweiger\w*\s+sich\s+(?:\S+\s+){0,3}?kein\w*\s+(?:Dialog|Gespräch\w*|Verhandlung\w*)|"
    r"(?:nie|niemals)\s+(?:\S+\s+){0,4}?(?:abgelehnt|verweigert))"
)
PRISONER = r"(?:Gefangenenaustausch\w*|Gefangenenübergabe\w*|Austausch(?:es)?\s+von\s+(?:\w+\s+)?Gefangenen|Gefangene\w*|Kriegsgefangene\w*|prisoner\s+(?:swap|exchange)s?|prisoners?\s+of\s+war|POWs?|prisoners|captives)"  # noqa: E501
CARRIED_OUT = _words(
    r"kamen\s+(?:\S+\s+){0,10}?frei(?!\s+(?:noch|und|oder|nor|and))",
    r"freigekommen",
    r"freikamen",
    r"set\s+free",
    r"walked\s+free",
    r"ausgetauscht",
    r"tauschten",
    r"freigelassen",
    r"freigelassene\w*",
    r"ließ\w*",
    r"übergeben",
    r"übergab\w*",
    r"heimgekehrt",
    r"kehrten",
    r"zurückgebracht",
    r"fand\s+statt",
    r"exchanged",
    r"swapped",
    r"released",
    r"freed",
    r"returned",
    r"handed\s+over",
    r"took\s+place",
    r"carried\s+out",
)
AGREE_VERB = _words(r"vereinbart\w*", r"einigten", r"einigte", r"geeinigt", r"agreed", r"erreicht", r"reached")
DECLARE = _words(
    r"verkündet\w*",
    r"verkündete",
    r"ausgerufen",
    r"ausrief\w*",
    r"rief\w*",
    r"angeordnet",
    r"ordnete\w*",
    r"erklärt\w*",
    r"einseitig\w*",
    r"tritt",
    r"trat",
    r"begann",
    r"beginnt",
    r"gilt",
    r"galt",
    r"eingehalten",
    r"declared?",
    r"declares",
    r"announced?",
    r"ordered",
    r"unilateral",
    r"took\s+effect",
    r"began",
    r"holds?",
    r"gelte",
    r"gelten",
    r"beginnen",
    r"begin",
    r"start",
    r"was\s+to",
    r"vermittelt\w*",
    r"brokered",
    r"mediated",
    r"under",
    r"unter",
)
DEMAND_CUE = (
    r"(?:called\s+for|calls\s+for|calling\s+for|urged|urges|demanded|demands|forderte\w*|fordert|fordern|"
    r"verlangte\w*|verlangt|appellierte\w*|rief\w*\s+(?:[^\s,;]+\s+){0,14}?auf\b)"
)
TRUCE = r"(?:\w*Waffenruhe\w*|\w*Waffenstillstand\w*|\w*Feuerpause\w*|ceasefires?|cease-fires?|truces?)"

# Signs that a sentence reports what someone said: a speech verb, a quotation mark or German reported speech.
_PARTY_TO_WAR = (
    r"(?:(?:Partei|Beteiligte\w*)\s+(?:in|des|im|am|an)\s+(?:dem\s+|den\s+)?(?:Konflikt|Krieg)\w*|"
    r"zur\s+(?:Kriegs|Konflikt)partei|party\s+to\s+(?:the\s+)?(?:conflict|war|hostilities)|"
    r"direct\w*\s+(?:involve\w*|participa\w*|party)|unmittelbar\w*\s+(?:an|am|in)\s+(?:dem\s+)?(?:Konflikt|Krieg)\w*\s+"
    r"beteiligt|direkt\w*\s+(?:an|am|in)\s+(?:dem\s+)?(?:Konflikt|Krieg)\w*\s+beteiligt|"
    r"(?:Kriegs|Konflikt)beteiligt\w*)"
)


# Words of praise: naming something with them is support, not an accusation.
_PRAISE_WORDS = (
    r"(?:wichtig\w*|gut|gute[nmrs]?|konstruktiv\w*|nützlich\w*|produktiv\w*|positiv\w*|hilfreich\w*|"
    r"sinnvoll\w*|"
    r"erfolgreich\w*|historisch\w*|useful|constructive|productive|positive|helpful|good|great|excellent|"
    r"successful|historic|important|substantive|frank|friendly|freundschaftlich\w*|offen\w*(?!\s+feindselig)|"
    r"Erfolg\w*|success|reasonable|vernünftig\w*|welcome|begrüßenswert\w*|Durchbruch|breakthrough|"
    r"Fortschritt\w*|progress|(?<!falsches\s)(?<!fatales\s)(?<!wrong\s)(?<!fatal\s)signal|wertvoll\w*|valuable|"
    r"ausgewogen\w*|balanced|lebenswichtig\w*|vital|relief|Erleichterung|interessant\w*|interesting|geeignet\w*|"
    r"suitable|encouraging|ermutigend\w*|good\s+news|gute\s+Nachricht|remarkable|bemerkenswert\w*|balm|"
    r"powerful\s+witness|mutig\w*|courageous)"
)


# What is held out ("in Aussicht gestellt") without being a threat: help, weapons, money, a visit.
_HELD_OUT_NOT_THREATS = (
    r"(?:\w*[Hh]ilfe|Munition|\w*[Ww]affen|Unterstützung|Teilnahme|Besuch\w*|Flugabwehr|Luftverteidigung|"
    r"\w*[Ss]ysteme?n?|Mio\.|Mrd\.|Millionen|Milliarden)"
)


# Thanks or satisfaction denied ("not satisfied with", "dankte nicht"), not a "not" anywhere else in the clause
# ("thanked Canadians and urged allies not to let their attention drift").
_THANKS_NEGATED = (
    r"(?:\b(?:not|never|no\s+longer)\s+(?:\S+\s+){0,2}?(?:satisfied|thank\w*)|\b(?:nicht|nie)\s+(?:\S+\s+){0,2}?"
    r"(?:zufrieden|bedankt\w*|gedankt|dankbar)|(?:dankte|bedankte|zufrieden)\w*\s+(?:\S+\s+){0,3}?(?:nicht|nie)\b|"
    r"\bkein\w*\s+(?:\S+\s+)?(?:Dank|Grund|reason)|unzufrieden|dissatisf\w*)"
)


_CONDITIONED_SIDES = (
    "Moscow", "Russia", "Putin", "Kremlin", "Russian\\s+leader", "Kyiv", "Ukraine", "Beijing", "Tehran", "Minsk",
)


_SPEECH_CUE = (
    r"(?:sagte\w*|sagt|gesagt|erklärte\w*|erklärt|schrieb|schreibt|nannte\w*|bezeichnete\w*|bezeichnet|genannt|warf\w*|"
    r"kritisierte\w*|"
    r"sprach\w*|bekundet\w*|bekundete\w*|äußerte\w*|geäußert|"
    r"betonte\w*|mitteilte\w*|teilte\w*|versicherte\w*|hieß|zufolge|laut|said|says|told|wrote|writes|called|described|added|argued|"
    r"claimed|insisted|according|posted|stated|calling|saying|confirmed|bestätigte\w*|warned|warning|warnte\w*|"
    r"behauptete\w*|claims|sei|seien|habe|hätten|werde|fügte\w*|\w+\W*[„“\"«»]\W*\w+)"
)

TRIGGER_RULES: tuple[TriggerRule, ...] = (
    # CONSULT: meetings, calls, visits, talks
    _rule(
        "CONSULT",
        r"(?:Telefonat\w*|Telefongespräch\w*|Telefonkonferenz\w*|Videokonferenz\w*|Videoschalte\w*)",
        nominal=True,
        confidence=0.8,
    ),
    _rule("CONSULT", r"(?:telefonierte\w*|telefoniert|telefonieren)", confidence=0.8),
    _rule(
        "CONSULT",
        r"(?:sprach\w*\s+(?:\S+\s+){0,10}?(?:mit|miteinander)|sat\s+down\s+(?:\S+\s+){0,4}?with|Gesprächsrunde|Runde|auszurichten|ausrichten|host\s+the\s+(?:talks|negotiations|summit)|"
        r"(?:fly|flying|flew|travel|travelling|traveling|traveled|travelled|reist|reiste|reisen)\s+(?:\S+\s+){0,5}?(?:to|nach)\s+\w+|"
        r"spoken\s+(?:with|to)|zusammengetroffen|zusammentreffen|kamen\s+(?:(?!(?:[\d.,]+|Euro|Dollar|Millionen|Milliarden|Mio\.?|Mrd\.?)\s)\S+\s+){0,12}?zusammen|"
        r"zusammenkommen|zusammengekommen|zusammenkam\w*|kommen\s+(?:\S+\s+){0,6}?zusammen|erörter\w*|besprach\w*|"
        r"besprochen|besprechen|"
        r"expected\s+in|(?:speak|spoke|talk|talked)\s+(?:to|with))",
        excludes=(
            r"(?:sprach\w*\s+(?:\S+\s+){0,4}(?:von|über|aus)\b|"
            # talking to the press is how something was said, not a meeting
            r"(?:sprach\w*|speak|spoke|spoken|speaking|talk|talked|talking)\s+(?:\S+\s+){0,4}?(?:mit|to|with)\s+"
            r"(?:den\s+|der\s+|dem\s+|the\s+)?(?:reporters?|journalists?|journalisten|reportern|presse|press|media|medien|"
            r"zeitung|newspaper|sender|broadcaster|staatsfernsehen|state\s+(?:tv|television|media)|fernsehsender)\b)"
        ),
        confidence=0.6,
    ),
    _rule(
        "CONSULT",
        r"(?:\w*Gespräch(?:e|en|s)?|Gesprächsrunde\w*|Unterredung\w*|Konsultation\w*|Beratungen)",
        nominal=True,
    ),
    _rule(
        "CONSULT",
        r"(?:\w*Gipfel(?:s|n)?|\w*Gipfeltreffen\w*|Treffen(?:s)?|Zusammenkunft|\w*Besuch(?:e|s)?|Visite|Arbeitsessen|\w*Konferenz(?:en)?|"
        r"Staatsbesuch\w*)",
        nominal=True,
    ),
    _rule("CONSULT", r"(?:\w*Verhandlung(?:en)?|Verhandlungsrunde\w*)", nominal=True, confidence=0.6),
    # Sittings and conferences ("Sondersitzung", "a Security Council session", "peace conference"); a press
    # conference is where things are said, not an event, unless it is a joint one.
    _rule("CONSULT", r"(?:\w*Sitzung(?:en)?|conferences?(?<!news\sconference)(?<!press\sconference))", nominal=True),
    _rule(
        "CONSULT",
        r"(?:sessions?|sittings?)",
        requires=r"(?:Council|Assembly|parliament|Congress|Senate|emergency|special|plenary|extraordinary|summit)",
        nominal=True,
    ),
    _rule(
        "CONSULT",
        r"(?:(?:joint|gemeinsame[nr]?)\s+(?:news|press)\s+conferences?|gemeinsame[nr]?\s+Pressekonferenz(?:en)?)",
        confidence=0.75,
    ),
    # Arrivals are visits: "traf am Abend in Kiew ein", "will am Samstag eintreffen", "arrived in the capital".
    _rule(
        "CONSULT",
        r"(?:arrived|arrives|arriving|arrive|eingetroffen|eintreffen|eintraf|eintrafen|"
        r"(?:traf|trafen|trifft)\s+(?:[^\s,;.]+\s+){0,8}?ein(?=\s*(?:[.,;:!?]|$|und\b)))",
        # weapons or goods arriving are a delivery (AID), soldiers arriving a deployment (MOBILIZE), not a visit
        excludes=r"(?:\w*panzer\w*|\w*waffen\w*|\w*raketen\w*|\w*systeme?n?|Munition|tanks|weapons|missiles|"
        r"ammunition|shells|jets|\w*ladung\w*|Lieferung\w*|shipments?|deliver\w*|consignments?|cargo|"
        r"Soldaten|Truppen|Ausbilder|Söldner|soldiers|troops|instructors|mercenaries|servicemen)",
        confidence=0.6,
    ),
    _rule(
        "MOBILIZE",
        r"(?:arrived|arrive|arriving|eingetroffen|eintrafen|eintraf)",
        requires=r"(?:Soldaten|Truppen|Ausbilder|Söldner|soldiers|troops|instructors|mercenaries|servicemen)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bno\b|\bkein\w*|home|heim|zurück|returned|back\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:arrived|arrive|arriving|eingetroffen|eintrafen|eintraf|(?:traf|trafen)\s+(?:[^\s,;.]+\s+){0,8}?ein"
        r"(?=\s*(?:[.,;:!?]|$|und\b)))",
        requires=r"(?:\w*ladung\w*|Lieferung\w*|shipments?|deliver\w*|consignments?|cargo|Hilfsgüter\w*|"
        r"Hilfskonvoi\w*|aid)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bno\b|\bkein\w*)",
        confidence=0.5,
    ),
    # Briefing a council or parliament: "will den UN-Sicherheitsrat unterrichten", "briefed NATO allies".
    _rule(
        "CONSULT",
        r"(?:unterrichte\w*|unterrichten|briefed|briefs|brief|briefing)",
        requires=r"(?:\w*Sicherheitsrat\w*|Security\s+Council|\w*Rat(?:s|es)?|Council|Kongress|Congress|\w*Parlament\w*|"
        r"parliament|Bundestag|Senat|Senate|Verbündete\w*|allies|Amtskollegen|counterparts|Staats-\s+und\s+"
        r"Regierungschefs|leaders|Delegation\w*|delegations?)",
        confidence=0.55,
    ),
    # Rounds of talks: "a first round in Copenhagen", "the next round".
    _rule(
        "CONSULT",
        r"(?:(?:first|second|third|fourth|fifth|next|new|further|another|latest|previous|last)\s+"
        r"(?:(?:two|three|four)\s+)?rounds?)",
        excludes=r"(?:sanctions|strikes|attacks|shelling|voting|fighting|tariffs|layoffs)",
        confidence=0.6,
    ),
    _rule(
        "CONSULT",
        r"(?:trafen|traf|trifft|treffen\s+sich|besuchte\w*|besucht|empfing|empfängt|"
        r"berieten|beraten|beriet|berät|verhandelten|verhandelte|verhandeln|verhandelt|sprachen\s+miteinander|"
        r"empfangen|empfingen|besuchen|trafen\s+sich|traf\s+sich)",
        # "Ukrainische Seedrohnen trafen ein russisches Landungsschiff": weapons hit, they do not meet
        excludes=r"(?:Entscheidung\w*|Maßnahme\w*|Vorkehrung\w*|Vereinbarung\w*|(?:\w*drohne\w*|\w*rakete\w*|"
        r"Marschflugkörper\w*|Geschoss\w*|Granate\w*|Torpedo\w*|Kampfflugzeug\w*|Kampfjets?|Bomber)\s+(?:\S+\s+){0,3}?"
        r"(?:trafen|traf|trifft)|(?:trafen|traf|trifft)\s+(?:[^\s,;.]+\s+){0,8}?(?:\w*drohne\w*|\w*rakete\w*|"
        r"Marschflugkörper\w*|Geschoss\w*|Granate\w*|Torpedo\w*|Gleitbombe\w*))",
    ),
    _rule(
        "CONSULT",
        r"(?:(?:phone|telephone)\s+(?:call|conversation)s?|calls?|talks|summit\w*|meetings?|visits?|"
        r"negotiations|consultations|conversation)",
        nominal=True,
        # "called on Moscow to ..." is a demand; "a call on Tuesday", "a phone call on March 22" is a call
        excludes=r"(?:calls?|called)\s+(?:for|on\s+(?!monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|"
        r"january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|"
        r"sept?\.|oct\.|nov\.|dec\.))",
    ),
    _rule(
        "CONSULT",
        r"(?:met|meets|meet|meeting\s+with|visited|visiting|hosted|hosts|spoke\s+(?:with|by\s+(?:phone|telephone))|spoken\s+(?:with|by\s+(?:phone|telephone))|phoned|"
        r"held\s+(?:a\s+)?(?:phone\s+call|call|talks|meeting)|"
        r"talked\s+(?:with|to)|held\s+talks|negotiated|discussed|discuss|discussing|sat\s+down\s+with|hosting|"
        r"attended|attend|attending|gathering|gathered|gather|convened|convene|(?:speaks|speaking)\s+with|"
        r"(?:hold|holds|holding)\s+(?:talks|a\s+(?:phone\s+)?call|a\s+meeting)|negotiating|negotiates)",
    ),
    _rule(
        "CONSULT",
        r"(?:(?:told|addressed|address|briefed)\s+(?:Congress|the\s+Bundestag|parliament|the\s+Rada|"
        r"the\s+(?:U\.N\.\s+|UN\s+|United\s+Nations\s+)?(?:Security\s+Council|General\s+Assembly)|"
        r"the\s+European\s+Parliament|lawmakers|the\s+summit)|"
        r"Rede\s+vor\s+dem\s+(?:US-)?(?:Kongress|Bundestag|Parlament))",
        confidence=0.5,
    ),
    _rule("CONSULT", r"erwartet", requires=r"(?:in|im|bei|beim)\s+(?:\S+\s+){0,7}erwartet", confidence=0.55),
    # Notice given to another government: "Moscow had been notified of the trip", "vorab informiert".
    _rule(
        "CONSULT",
        r"(?:notified|vorab\s+(?:\S+\s+){0,4}?(?:informiert|unterrichtet|benachrichtigt)|benachrichtigt|"
        r"Kenntnis\s+gesetzt)",
        confidence=0.5,
    ),
    # AGREE: agreements and promises
    _rule(
        "AGREE",
        r"(?:einigten\s+sich|einigte\s+sich|geeinigt|vereinbarten|vereinbart|verständigten\s+sich|verständigt|"
        r"ratifiziert\w*|"
        r"unterzeichnete\w*|unterzeichnet|sicherte\w*\s+(?:[^\s,;]+\s+){0,14}?zu\b|"
        r"(?:sichern|sichert|sichere)\s+(?:[^\s;]+\s+){0,14}?zu\b|"
        # "Einig waren sich die Teilnehmer darin, ...", "man sei sich einig gewesen", "reached a breakthrough"
        r"Einig\s+waren\s+sich|(?:waren|sind|sei|seien|war|ist)\s+sich\s+(?:\S+\s+){0,3}?einig\b|"
        r"reached\s+(?:a\s+)?(?:\S+\s+){0,2}?\W?breakthrough|Durchbruch\s+(?:\S+\s+){0,3}?erzielt|"
        r"sagte\w*\s+(?:\S+\s+){0,6}?(?:Teilnahme|Unterstützung|Hilfe|Lieferung\w*|Milliarden|Millionen)\s+"
        r"(?:\S+\s+){0,7}?zu\b|zugesichert|zugesagt|versprach|versprochen|"
        r"stimmte\w*\s+(?:[^\s,;]+\s+){0,14}?zu\b|zugestimmt|akzeptierte\w*|akzeptiert)",
        excludes=FAILURE,
        confidence=0.75,
    ),
    _rule(
        "AGREE",
        r"(?:Einigung|Abkommen\w*|Vereinbarung\w*|Deal|Friedensabkommen\w*|Abmachung|\w*vertrag|\w*vertrags|\w*verträge)",
        requires=ACHIEVE,
        excludes=FAILURE,
        confidence=0.8,
    ),
    _rule(
        "AGREE",
        r"(?:agreed|agrees|signed|pledged|promised|committed\s+to|accepted|accepts|ready\s+to|willing\s+to|ratified|"
        r"(?:would|will)\s+help|"
        r"(?:would|will)\s+(?:continue\s+to\s+)?(?:support|back|stand\s+(?:by|with))|promising|pledging|vowed|vowing|"
        r"(?:announced|said)\s+(?:\S+\s+){0,3}?(?:would|will)\s+(?:deliver|send|provide|supply|give|fund|finance)|"
        r"kündigte\w*\s+(?:[^\s,;]+\s+){0,14}?an\b,\s+(?:[^\s;]+\s+){0,16}?(?:zu\s+(?:liefern|schicken|bereitzustellen|zahlen|"
        r"finanzieren|übernehmen|entsenden|stellen)|aufzustocken|auszuweiten|auszuzahlen|bereitzustellen)|"
        r"garantiere|garantieren|garantierte\w*|guaranteed|"
        r"(?:sei|ist|seien|sind)\s+bereit)",
        excludes=FAILURE,
        confidence=0.75,
    ),
    _rule(
        "AGREE",
        r"(?:agreement|deal|accord|peace\s+deal|arrangement)",
        requires=ACHIEVE,
        excludes=FAILURE,
        confidence=0.8,
    ),
    # Permission is agreement: lifting a veto or restrictions, giving the green light, authorising a use.
    _rule(
        "AGREE",
        r"(?:Veto\w*\s+(?:\S+\s+){0,6}?aufgehoben|hob\w*\s+(?:\S+\s+){0,6}?(?:Veto|Beschränkung\w*)\s+(?:\S+\s+){0,6}?auf\b|"
        r"Beschränkung\w*\s+(?:\S+\s+){0,6}?aufgehoben|grünes\s+Licht|Erlaubnis|erlaubte\w*|erlaubt|Freigabe|"
        r"freigegeben|gab\w*\s+(?:\S+\s+){0,6}?frei\b|lifted\s+(?:\S+\s+){0,4}?(?:veto|ban|restrictions|limits)|"
        r"green\s+light|green-lit|authori[sz]ed|gave\s+(?:\S+\s+){0,3}?permission|cleared\s+the\s+way|"
        r"allowed\s+(?!to\b)(?:\S+\s+){1,3}?to\s+(?:use|strike|fire|target|hit|deploy|send|export|re-export|transfer))",
        excludes=rf"(?:{FAILURE}|nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    # A promise in reported speech: "Deutschland werde ... bereitstellen", "werde sein Engagement ausweiten".
    _rule(
        "AGREE",
        r"(?:werde|werden|würde|würden)\s+(?:[^\s.;,]+\s+){0,10}?(?:bereitstellen|liefern|schicken|entsenden|"
        r"ausweiten|verstärken|aufstocken|ausbauen|finanzieren|zur\s+Verfügung\s+stellen)\b|"
        r"(?:would|will)\s+(?:expand|step\s+up|bolster|boost|scale\s+up)\s+(?:its|their|his|her|our)\s+"
        r"(?:support|engagement|commitment|contribution|presence|aid|help|deliveries)",
        excludes=rf"(?:{FAILURE}|nicht|kein\w*|not|no|never)",
        confidence=0.6,
    ),
    # A deal left unsigned is a (cancelled) agreement: "the deal was left unsigned", "blieb ununterzeichnet".
    _rule(
        "AGREE",
        r"(?:left\s+unsigned|went\s+unsigned|remained\s+unsigned|remains\s+unsigned|ununterzeichnet|"
        r"nicht\s+unterzeichnet|nicht\s+unterschrieben|signing\s+(?:\S+\s+){0,3}?(?:was\s+)?(?:called\s+off|cancell?ed|"
        r"scrapped)|Unterzeichnung\s+(?:\S+\s+){0,4}?(?:abgesagt|geplatzt|verschoben))",
        confidence=0.6,
    ),
    # Backing a proposal or a truce accepts it: "die Ukraine unterstütze die Pause", "Kyiv backed the proposal".
    _rule(
        "AGREE",
        r"(?:unterstützt\w*|unterstütze|unterstützen|befürwortet\w*|befürworte|befürworten|backs|backed|"
        r"supports|supported|endorsed|endorses|endorse)",
        requires=r"(?:\w*Waffenruhe\w*|\w*Waffenstillstand\w*|\w*Feuerpause\w*|Pause|Vorschlag\w*|Friedensplan\w*|"
        r"Plan|Initiative|Abkommen|Vereinbarung|ceasefire|cease-fire|truce|pause|proposal|peace\s+plan|plan|"
        r"initiative|agreement|deal)",
        excludes=FAILURE,
        confidence=0.55,
    ),
    _rule("AGREE", PRISONER, requires=AGREE_VERB, excludes=FAILURE, confidence=0.8),
    # REJECT: refusals, failed agreements, agreements suspended or left
    _rule(
        "REJECT",
        r"(?:Einigung|Abkommen\w*|Vereinbarung\w*|Deal|agreement|deal|accord|treaty|Vertrag\w*|participation|"
        r"Teilnahme|Beteiligung)",
        requires=r"(?:ausgesetzt|aussetzen|setzte\w*|suspend\w*|Ausstieg|aufgekündigt|kündigte\w*|withdr\w*|quit|"
        r"pulled\s+out|endete|ended|expired|ausgelaufen|auslaufen|lief\w*\s+(?:\S+\s+){0,4}?aus|lapsed|lapse|"
        r"let\s+(?:\S+\s+){0,3}?(?:expire|lapse))",
        confidence=0.7,
    ),
    _rule(
        "REJECT",
        r"(?:(?:did|does|do|would|will|could|can)\s+(?:not|never)\s+(?:agree|accept|recogni[sz]e)|"
        r"(?:won't|wouldn't|cannot|can't|refus\w+\s+to)\s+(?:accept|recogni[sz]e)|not\s+necessary|nicht\s+notwendig|"
        r"(?:nicht|niemals|nie)\s+anerkenn\w*|nicht\s+anerkannt|erkenn\w*\s+(?:\S+\s+){0,6}?(?:nicht|niemals|nie)\s+an|"
        r"stimmte\w*\s+(?:\S+\s+){0,6}nicht\s+zu|nicht\s+zugestimmt|"
        r"(?:keine|keinen|keinerlei)\s+(?:\S+\s+){0,3}?akzeptier\w*|akzeptier\w*\s+(?:\S+\s+){0,3}?(?:nicht|niemals|keine\w*)|"
        r"(?:nannte|bezeichnete|called(?!(?:\s+\S+){0,3}?\s+(?:to|for|on)\s)|described)\s+(?:\S+\s+){0,4}(?:Forderung|Vorschlag|Plan|Idee|proposal|demand|"
        r"plan|idea)\w*)",
        # "called the UN plan reasonable" is praise
        excludes=r"(?:reasonable|vernünftig\w*|useful|nützlich\w*|konstruktiv\w*|constructive|good|gute[nmrs]?|"
        r"positive|positiv\w*|Erfolg\w*|success\w*|wichtig\w*|important|interesting|interessant\w*|realistic|"
        r"realistisch\w*|Grundlage|basis)",
        confidence=0.6,
    ),
    _rule("REJECT", r"(?:Einigung|Abkommen\w*|Vereinbarung\w*|Deal|agreement|deal)", requires=FAILURE, confidence=0.75),
    # Talks without result: "made no headway towards a ceasefire", "ohne greifbares Ergebnis zu Ende gegangen".
    _rule(
        "REJECT",
        r"(?:no headway|no progress|no breakthrough|without\s+(?:a\s+)?breakthrough|"
        r"kein\w*\s+(?:Fortschritt\w*|Durchbruch|Annäherung|Ergebnis\w*)|ohne\s+(?:\S+\s+){0,2}?Ergebnis\w*|"
        r"ohne\s+Durchbruch|Durchbruch\s+(?:\S+\s+){0,4}?(?:blieb\s+aus|ausgeblieben|blieb\s+(?:\S+\s+){0,2}?aus\b))",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:lehnte\w*\s+(?:[^\s,;]+\s+){0,14}?ab\b|ablehnte\w*|schloss\w*\s+(?:[^\s,;]+\s+){0,14}?aus\b|ausgeschlossen|ruled\s+out|"
        r"rules\s+out|Ausstieg|ausgestiegen|inakzeptabel|unacceptable|would\s+not\s+accept|"
        r"nicht\s+akzeptieren|lehnt\s+(?:[^\s,;]+\s+){0,14}?ab\b|lehne\s+(?:[^\s,;]+\s+){0,14}?ab\b|lehnen\s+(?:[^\s,;]+\s+){0,14}?ab\b|"
        r"declined\s+to\s+(?!say|comment|elaborate|give|disclose|confirm|specify|name|discuss)|abgelehnt|ablehnen|ablehnt|Ablehnung|zurückweist|"
        r"ausschließt|Nein\s+zu[rm]?|"
        r"wies\s+(?:[^\s,;]+\s+){0,14}?zurück\b|weist\s+(?:\S+\s+){0,8}?zurück|zurückgewiesen|zurückweisen|"
        r"weigerte\w*|weigert\w*|verweigert\w*|rejected|rejects|refused|refuses|dismissed|turned\s+down|vetoed)",
        excludes=NEGATED_REFUSAL,
        confidence=0.75,
    ),
    # "Russia had never refused to negotiate", "Russland verweigere sich keinem Dialog": readiness, not a refusal.
    _rule("AGREE", NEGATED_REFUSAL, confidence=0.5),
    # Declining to take part: "hatte seine Teilnahme abgesagt", "sagte die Reise ab", "declined the invitation".
    _rule(
        "REJECT",
        r"(?:(?:Teilnahme|Reise|Besuch)\w*\s+(?:\S+\s+){0,4}?abgesagt|"
        r"sagte\w*\s+(?:\S+\s+){0,6}?(?:Teilnahme|Reise|Besuch)\w*\s+(?:\S+\s+){0,3}?ab|"
        r"declined\s+(?:\S+\s+){0,2}?(?:invitation|to\s+(?:attend|take\s+part|participate|join))|boycott\w*|"
        r"boykottier\w*|Boykott\w*|stayed\s+away|stay\s+away|stays\s+away|staying\s+away|blieb\w*\s+(?:\S+\s+){0,6}?fern|fernbleiben|fernblieb\w*)",
        confidence=0.65,
    ),
    _rule(
        "REJECT",
        r"(?:keine|keinerlei)\s+(?:\S+\s+){0,10}?(?:zu\s+)?(?:liefern|schicken|bereitstellen|entsenden)|"
        r"(?:will\s+not|won't|would\s+not|refused\s+to|refuses\s+to)\s+(?:\S+\s+){0,2}?(?:send|deliver|supply|provide)",
        confidence=0.6,
    ),
    # Dismissing an offer as a ploy: "the truce was a ploy", "nannte das Angebot ein Täuschungsmanöver".
    _rule(
        "REJECT",
        r"(?:ploy|sham|farce|stunt|trick|charade|Täuschungsmanöver\w*|Farce|Trick|Finte|Propagandaaktion|PR-Aktion|"
        r"PR-Gag|Scheinangebot\w*|not\s+(?:\S+\s+){0,2}?in\s+good\s+faith|nicht\s+ernst\s+gemeint|nicht\s+ernsthaft|"
        r"not\s+serious|unseriös\w*)",
        requires=r"(?:truce|ceasefire|cease-fire|proposal|offer|plan|initiative|conditions|\w*Waffenruhe\w*|"
        r"\w*Feuerpause\w*|\w*Waffenstillstand\w*|Vorschlag\w*|\w*Angebot\w*|Plan|Initiative|Bedingungen)",
        confidence=0.6,
        sentence_scope=True,
    ),
    # CONCEDE: releases and exchanges carried out, concessions
    _rule(
        "CONCEDE",
        PRISONER,
        requires=r"(?:beginnen|begann|beginnt|stattfinden|fand|begin|began|take\s+place|took\s+place|durchgeführt)",
        confidence=0.7,
    ),
    _rule("CONCEDE", PRISONER, requires=CARRIED_OUT, excludes=AGREE_VERB, confidence=0.8),
    _rule(
        "CONCEDE",
        r"(?:Austausch(?:es)?)",
        requires=r"(?:erfolgen|erfolgt\w*|stattfinden|stattfand|fand\s+statt|vollzogen|durchgeführt)",
        excludes=AGREE_VERB,
        nominal=True,
        confidence=0.55,
    ),
    _rule("CONCEDE", r"(?:Gefangenenaustausch\w*|prisoner\s+(?:swap|exchange)s?)", excludes=AGREE_VERB, confidence=0.6),
    _rule(
        "CONCEDE",
        r"(?:freigelassen|ließ\w*\s+(?:\S+\s+){0,6}frei|freiließ\w*|freilassen|lenkte\w*\s+ein|eingelenkt|"
        r"free(?<=\bwould\sfree)|free(?<=\bwill\sfree)|"
        r"Zugeständnis\w*|verzichtet\w*|verzichten|released|freed|conceded|"
        r"(?:made|make|makes|making|offered|offers)\s+(?:\S+\s+){0,2}?concessions?|"
        r"(?:rare|first|major|key|significant)\s+concession|gave\s+up|backed\s+down|"
        r"handed\s+over|übergab\w*|ausgeliefert)",
        confidence=0.6,
    ),
    # RETREAT: declared truces, withdrawals
    _rule("RETREAT", TRUCE, requires=DECLARE, excludes=rf"(?:{FAILURE}|{DEMAND_CUE})", confidence=0.7),
    # "Die Waffenruhe sollte von Freitag, 12 Uhr, bis Samstag, 24 Uhr, gelten": commas inside the times split no clause
    _rule(
        "RETREAT",
        TRUCE,
        requires=r"(?:gelten|gilt|galt|gelte|in\s+Kraft|took\s+effect|takes\s+effect|came\s+into\s+force)",
        excludes=rf"(?:{FAILURE}|{DEMAND_CUE})",
        confidence=0.6,
        sentence_scope=True,
        sentence_excludes=True,
    ),
    _rule(
        "RETREAT",
        r"(?:halt\s+to\s+(?:\S+\s+){0,2}?(?:strikes|attacks|fighting|hostilities)|moratorium|Moratorium\w*|"
        r"Angriffsstopp\w*|(?:pause|Pause)\s+(?:in|on|bei|der)\s+(?:\S+\s+){0,2}?(?:strikes|attacks|Angriffe\w*))",
        excludes=rf"(?:{FAILURE}|{DEMAND_CUE})",
        confidence=0.6,
    ),
    _rule(
        "RETREAT",
        r"(?:zogen\s+sich\s+(?:\S+\s+){0,4}zurück|zog\s+sich\s+(?:\S+\s+){0,4}zurück|"
        r"abgezogen|Truppenabzug|"
        r"withdrew|withdrawn|withdraw|pulled\s+back|retreated|reduzieren|reduziert|scale\s+back|abziehen|"
        r"(?:Kampfhandlungen|Feindseligkeiten)\s+"
        r"(?:\S+\s+){0,6}(?:eingestellt|einzustellen|einstellen|zurückzufahren|zurückgefahren))",
        confidence=0.6,
    ),
    # REQUEST: proposals, demands, calls for, warnings not to
    _rule(
        "REQUEST",
        r"(?:forderte\w*|fordert|fordern|fordere|gefordert|verlangte\w*|verlangt|verlange|verlangen|dränge|"
        r"rief\w*\s+(?:[^\s,;]+\s+){0,14}?auf\b|"
        r"aufgerufen|appellierte\w*|drängte\w*|drängt|bat|bittet|schlug\w*\s+(?:[^\s,;]+\s+){0,14}?vor\b|vorgeschlagen|"
        r"Vorschlag\w*|Gegenvorschlag\w*|Friedensplan\w*|Forderung\w*|Aufruf|aufgefordert|Appell|"
        r"forderte\w*\s+(?:[^\s,;]+\s+){0,14}?auf\b|lud\w*\s+(?:[^\s,;]+\s+){0,20}?ein\b|eingeladen|Einladung|Bedingung(?:en)?|"
        r"Voraussetzung(?:en)?|Vorbedingung(?:en)?|müsse|müssten|Antrag|beantragt\w*|auf\s+Bitte|gebeten|geworben|warb\w*\s+(?:\S+\s+){0,6}?um|"
        r"Positionspapier\w*|"
        r"bot\w*\s+(?:[^\s,;.]+\s+){0,8}?an\b|angeboten|anzubieten|\w*Angebot(?:e|s)?|"
        r"(?:Memorandum|Vorschlag|Plan|Entwurf|Friedensplan)\w*\s+(?:\S+\s+){0,6}?vorgelegt|"
        r"legte\w*\s+(?:\S+\s+){0,4}?(?:Memorandum|Vorschlag|Plan|Entwurf)\w*\s+(?:\S+\s+){0,8}?vor)",
        confidence=0.6,
    ),
    _rule(
        "REQUEST",
        r"(?:demanded|demands|called\s+(?:for|on)|calls\s+(?:for|on)|urged|urges|asked|requested|proposed|"
        r"insisted\s+on|insists\s+on|bestand\w*\s+(?:\S+\s+){0,4}?auf|besteht\s+(?:\S+\s+){0,4}?(?:dar)?auf\b|"
        r"darauf\s+bestanden|"
        r"proposal|peace\s+plan|appealed|invited|invitation|conditions?|preconditions?|prerequisites?|seeking|sought|should|must|"
        r"at the request|requests|position\s+paper|point\s+plan|pressed\s+for|pressing\s+for|pushed\s+for|"
        r"offered|offers|offer|(?:presented|submitted|tabled|put\s+forward)\s+(?:\S+\s+){0,4}?(?:draft|proposal|plan|"
        r"memorandum|framework)s?)",
        confidence=0.6,
    ),
    # Willingness to meet or negotiate is an offer to cooperate (PLOVER AGREE): "bekräftigte die Bereitschaft zu
    # einem Treffen", "sei zu einem Gespräch bereit", "said he was ready to meet", "open to talks". Readiness on
    # conditions ("nur dann bereit, wenn") is a demand (REQUEST, below).
    _rule(
        "AGREE",
        r"(?:Bereitschaft|bereit|(?:Treffen|Gespräch\w*|Verhandlungen|Gipfel\w*)\s+bereit|offen\s+für|"
        r"(?:ready|willing|prepared|open|readiness|willingness)\s+(?:to|for)\s+(?:\S+\s+){0,4}?(?:meet\w*|talks|"
        r"negotiat\w*|summit\w*|sit\s+down|contacts?|dialogue|ceasefire|cease-fire|truce|exchanges?|settlement))",
        requires=r"(?:Treffen|\w*Gespräch\w*|Verhandlung\w*|\w*Gipfel\w*|Zusammenkunft|zusammenzukommen|"
        r"zu\s+treffen|zu\s+verhandeln|meet|meeting|talks|negotiat\w*|summit|sit\s+down|contacts?|dialogue|Dialog\w*|"
        r"\w*Waffenruhe\w*|\w*Feuerpause\w*|\w*Waffenstillstand\w*|ceasefire|cease-fire|truce|zu\s+telefonieren|"
        r"zu\s+sprechen|to\s+(?:talk|speak)|phone\s+call|exchanges?|settlement|\w*austausch\w*|Rückführung\w*)",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b|\bniemals\b)",
        confidence=0.5,
    ),
    # "sei grundsätzlich bereit, mit Macron zu telefonieren": the offer follows a comma
    _rule(
        "AGREE",
        r"bereit,\s+(?:[^\s;,]+\s+){0,6}?zu\s+(?:telefonieren|sprechen|treffen|verhandeln|reden)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bniemals\b)",
        confidence=0.5,
    ),
    # The same willingness with a condition or reservation after it ("zu einem Treffen bereit, wolle aber ...",
    # "ready to negotiate at a certain stage") is also an offer made on terms (REQUEST): annotators label it either
    # way, so both are proposed and the moderator keeps one.
    _rule(
        "REQUEST",
        r"(?:Bereitschaft|bereit|(?:Treffen|Gespräch\w*|Verhandlungen|Gipfel\w*)\s+bereit|offen\s+für|"
        r"(?:ready|willing|prepared|open|readiness|willingness)\s+(?:to|for)\s+(?:\S+\s+){0,3}?(?:meet\w*|talks|"
        r"negotiat\w*|summit\w*|sit\s+down|contacts?|dialogue|ceasefire|cease-fire|truce))"
        r"(?=[^.;]*?\b(?:aber|wenn|solange|allerdings|nur|zunächst|but|only|if|provided|as\s+long\s+as|at\s+a\s+certain)\b)",
        requires=r"(?:Treffen|\w*Gespräch\w*|Verhandlung\w*|\w*Gipfel\w*|Zusammenkunft|zusammenzukommen|"
        r"zu\s+treffen|zu\s+verhandeln|meet|meeting|talks|negotiat\w*|summit|sit\s+down|contacts?|dialogue|Dialog\w*|"
        r"\w*Waffenruhe\w*|\w*Feuerpause\w*|\w*Waffenstillstand\w*|ceasefire|cease-fire|truce|zu\s+telefonieren|"
        r"zu\s+sprechen|to\s+(?:talk|speak)|phone\s+call)",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b|\bniemals\b)",
        confidence=0.4,
    ),
    _rule(
        "REQUEST",
        r"bereit,\s+(?:[^\s;,]+\s+){0,6}?zu\s+(?:telefonieren|sprechen|treffen|verhandeln|reden)"
        r"(?=[^.;]*?\b(?:aber|wenn|solange|allerdings|nur|zunächst|but|only|if|provided|as\s+long\s+as|at\s+a\s+certain)\b)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bniemals\b)",
        confidence=0.4,
    ),
    # Pressing someone to act: "pressed Washington to increase the pressure", "pushed allies to send more".
    _rule(
        "REQUEST",
        r"(?:(?:pressed|presses|pressing|pushed|pushes|pushing)\s+(?:\S+\s+){1,4}?to\s+(?!the\b|a\b|an\b))",
        confidence=0.5,
    ),
    # Obligations someone states: "said Russia had to get moving", "wrote that Kyiv has to accept".
    _rule(
        "REQUEST",
        r"(?:has\s+to|had\s+to|have\s+to)",
        requires=r"(?:said|says|wrote|writes|told|tells|insisted|insists|argued|stressed|posted)",
        confidence=0.45,
        sentence_scope=True,
    ),
    _rule(
        "REQUEST",
        r"(?:warnte\w*|warnt|gewarnt|warned|warns)",
        requires=r"(?:davor|vor\s+\w+|nicht|against|not\s+to)",
        confidence=0.55,
        sentence_scope=True,
    ),
    # Warning someone of what would follow: "Putin had warned Trump that supplying Tomahawks would damage relations".
    _rule(
        "REQUEST",
        r"(?:(?:warned|warns)\s+(?!that\b|on\b|in\b|at\b|of\b|against\b|last\b|earlier\b|recently\b|again\b)"
        r"(?:\S+\s+){1,3}?that|(?:warnte\w*|warnt|gewarnt)\s+(?!davor\b|am\b|im\b|in\b|vor\b|erneut\b)"
        r"(?:\S+\s+){1,3}?dass)",
        requires=r"(?:would|würde|würden)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REQUEST",
        r"(?:wants?|wanted|wünscht\w*|möchte|will)\s+(?:a|an|eine[nmr]?|einen)\s+(?:\S+\s+){0,2}?"
        r"(?:summit|meeting|talks|ceasefire|truce|Gipfel\w*|Treffen|Gespräch\w*|Waffenruhe|Waffenstillstand)",
        confidence=0.45,
    ),
    # Conditions: "only after sanctions are lifted", "erst möglich, wenn ..."
    _rule(
        "REQUEST",
        r"(?:would\s+only|only\s+(?:if|after|once|when)|unless|as soon as|nur,?\s+(?:dann,?\s+)?(?:wenn|falls)|"
        r"erst\s+(?:dann\s+)?(?:möglich|denkbar|bereit)|sobald\s+(?:\S+\s+){0,4}?(?:erfüll\w*|aufgehoben|aufheb\w*)|"
        r"(?:nur|erst)\s+(?:nach|bei)\s+(?:\S+\s+){0,10}?(?:denkbar|möglich|akzeptabel|in\s+Frage|infrage)|"
        r"unter\s+der\s+Bedingung|"
        r"vorausgesetzt|provided\s+that|condition(?<=\bon\scondition)\s+that|condition(?<=\bthe\scondition)\s+that|"
        r"(?:open|offen)\s+(?:\S+\s+){0,5}?(?:if|wenn|falls)|Grundpfeiler|cornerstone|unverzichtbar|indispensable)",
        confidence=0.45,
    ),
    # Typical accusations: stalling, manipulation, provocation
    _rule(
        "ACCUSE",
        r"(?:(?:buy|buying|gain|gaining)\s+time|playing\s+for\s+time|auf\s+Zeit\s+(?:spielen|spiele|spielt)|"
        r"Zeit\s+(?:zu\s+)?schinden|stalling|Verzögerungstaktik|delaying\s+tactics|manipulat\w+|"
        r"Provokation\w*|provocations?|Lügen|propaganda|Propaganda|complicit|complicity|mitschuldig|Komplize\w*|"
        r"Mittäter\w*|Beschwichtigung\w*|appeasement|Desinformation\w*|disinformation|misinformation|"
        r"Falschinformation\w*|Erpressung\w*|blackmail\w*|erpresst\w*|lying|lied\s+(?:to|about)|"
        r"Haftbefehl\w*|arrest\s+warrants?|Kriegsverbrech\w*|war\s+crim\w*|genocide|Völkermord\w*|atrocit\w*|"
        r"Gräueltat\w*|schockiert|entsetzt|empört|Empörung|shocked|appalled|outraged|outrage|Diebstahl|theft|"
        r"robbery|piracy|Piraterie|scharf\s+kritisiert|mocked|mocks|ridiculed|verspottet\w*|"
        r"verhöhnt\w*|spottete\w*|crossed\s+(?:\S+\s+){0,3}?lines?|überschritt\w*\s+(?:\S+\s+){0,4}?(?:Grenze|Linie)\w*|"
        r"(?:Grenze|Linie)\w*\s+(?:\S+\s+){0,3}?überschritten|berated|berating|scolded|rebuked|lambasted|"
        r"lashed\s+out|tore\s+into|beschimpft\w*|beschimpfte\w*|abgekanzelt|kanzelte\w*|zurechtgewiesen)",
        confidence=0.5,
    ),
    # ACCUSE
    _rule(
        "ACCUSE",
        r"(?:warf\w*\s+(?:[^\s,;]+\s+){0,14}?vor\b|wirft\s+(?:[^\s,;]+\s+){0,14}?vor\b|vorgeworfen|"
        r"beschuldigt\w*|Vorwurf|Vorwürfe\w*|"
        r"kritisierte\w*|kritisiert|verurteilte\w*|verurteilt|accused|accuses|accusing|blamed|blames|blaming|"
        r"condemning|criticizing|criticising|denouncing|criticized|criticised|"
        r"condemned|condemns|denounced|verantwortlich\s+macht\w*|responsible|violated|verletzt\w*|gebrochen|"
        r"mach\w*\s+(?:[^\s,;]+\s+){0,14}?verantwortlich|verantwortlich\s+gemacht|"
        r"failed\s+to\s+respect|branded|Bedrohung\w*)",
        # "mindestens zwei Menschen wurden getötet, Dutzende verletzt": injured, not violated
        excludes=r"(?:(?:getötet|Tote\w*|Menschen|Personen|Zivilisten|Dutzende|Hunderte)\s+(?:\S+\s+){0,3}?verletzt|"
        r"verletzt\s+(?:worden|wurden))",
        confidence=0.65,
    ),
    # Naming something ("nannte den Plan „absurd“", "hatte die Konferenz als „sinnlos“ bezeichnet", "dismissed
    # the talks as pointless"); not when the word is praise ("called the talks useful").
    _rule(
        "ACCUSE",
        r"(?:(?:nannte|nennt|bezeichnete|called(?!\s+(?:for|on)\b)|calling(?!\s+(?:for|on)\b)|described)\s+"
        r"(?:\S+\s+){0,8}?(?:„|\"|“|«|als|as)|"
        r"als\s+(?:\S+\s+){0,3}?(?:bezeichnet|abgetan|abgestempelt|gebrandmarkt)|"
        r"(?:dismissed|branded|labell?ed|denounced)\s+(?:\S+\s+){0,6}?as)",
        excludes=_PRAISE_WORDS,
        confidence=0.65,
    ),
    # Praise when naming something: "nannte die Abstimmung einen „großen Erfolg“", "called the plan reasonable",
    # "said the wish to end the war was welcome", "Xi's stance sent an important signal".
    _rule(
        "SUPPORT",
        r"(?:(?:nannte|nennt|bezeichnete|called(?!\s+(?:for|on)\b)|described|hailed)\s+(?:\S+\s+){0,8}?[„\"“]?"
        r"(?:(?:einen|ein|eine|an?|the)\s+)?(?:(?:großen|großer|echten|wichtigen|wichtiger|important|major|big|real)\s+)?"
        r"(?:Erfolg|success|useful|nützlich|reasonable|vernünftig|konstruktiv|constructive|productive|produktiv|"
        r"positive|positiv|Durchbruch|breakthrough|historic|historisch|Schritt\s+in\s+die\s+richtige\s+Richtung|"
        r"step\s+in\s+the\s+right\s+direction|wertvoll|valuable|ausgewogen\w*|balanced|lebenswichtig|vital|"
        r"real\s+progress|progress|Fortschritt\w*|day\s+of\s+relief|interessant|interesting|geeignete[nmrs]?|"
        r"suitable|good\s+news|gute\s+Nachricht|encouraging|ermutigend|balm|powerful\s+witness|"
        r"historischen\s+(?:Abend|Tag|Moment|Schritt)|strategische\w*\s+Entscheidung|sovereign\s+decision|"
        r"souveräne\w*\s+Entscheidung)|"
        r"(?:decke|deckt|decken|deckte)\s+sich\s+(?:[^\s,;]+\s+){0,3}?mit|(?:largely\s+)?coincides\s+with|"
        r"(?:stood|stands|stand|steht|stehe|stünden|stehen)\s+(?:\S+\s+){0,2}?(?:fully\s+|voll\s+)?(?:behind|hinter)\b|"
        r"hinter\s+(?:[^\s,;]+\s+){0,4}?gestellt|glad\s+to\s+see|froh\s+(?:darüber|über)|"
        r"defended\s+(?:\S+\s+){0,3}?(?:trip|visit|decision|mission|talks)|verteidigte\w*\s+(?:[^\s,;]+\s+){0,3}?"
        r"(?:Reise|Besuch|Entscheidung|Mission|Gespräche)|begrüßen|begrüße|"
        r"(?:was|is|were|are|sei|seien|wäre)\s+(?:\S+\s+)?(?:welcome|begrüßenswert|zu\s+begrüßen)|"
        r"(?:sent|sends|send|senden|sende|sendet|sandte)\s+(?:\S+\s+){0,2}?(?:important|wichtig\w*|starkes|strong|"
        r"positive|positives)\s+Signal)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|wrong|falsche\w*)",
        confidence=0.55,
    ),
    # Summoning an ambassador, a protest note or a complaint lodged with a court or organisation is criticism.
    _rule(
        "ACCUSE",
        r"(?:einbestellt\w*|einbestellen|einzubestellen|bestellte\w*\s+(?:[^\s,;]+\s+){0,14}?ein\b|Einbestellung\w*|"
        r"summoned|summons|summoning|Protestnote\w*|(?:note|letter)\s+of\s+protest|lodged\s+(?:a\s+)?(?:formal\s+)?"
        r"(?:protest|complaint)|filed\s+(?:a\s+)?(?:formal\s+)?(?:complaint|lawsuit|case)|"
        r"Beschwerde\s+(?:\S+\s+){0,11}?(?:ein\b|eingereicht|einreichen|eingelegt|einlegen)|"
        r"(?:reichte|reichten|legte|legten)\s+(?:\S+\s+){0,8}?(?:Beschwerde|Verfahren|Klage)|Klage\s+(?:\S+\s+){0,6}?"
        r"(?:eingereicht|erhoben|ein\b)|verklagt\w*|sued|suing)",
        confidence=0.6,
    ),
    # Disparaging words in reported speech are criticism even without "accused": "Putin sei „völlig verrückt“
    # geworden", "called the incident a monstrous act", "said it was a provocation", "wants to continue this war".
    _rule(
        "ACCUSE",
        r"(?:monstr(?:ous|ös\w*)|verrückt\w*|crazy|insane|disrespectful|respektlos\w*|provocations?|"
        r"Provokation\w*|provokativ\w*|provocative|Lüge\w*|lügt|gelogen|lies|lying|lied|Propaganda\w*|propaganda|"
        r"zynisch\w*|cynical|cynicism|Zynismus|barbari\w*|terroristisch\w*|terrorists?|terrorism|Terror\w*|"
        r"Kriegsverbrech\w*|war\s+crimes?|Völkermord\w*|genocid\w*|Genozid\w*|Erpressung\w*|erpress\w*|blackmail\w*|"
        r"absurd\w*|inakzeptabel\w*|unacceptable|outrageous|empörend\w*|skandalös\w*|scandalous|shameful|"
        r"beschämend\w*|Schande|disgrace\w*|rücksichtslos\w*|reckless\w*|irresponsible|unverantwortlich\w*|"
        r"Aggressor\w*|aggressor|Heuchelei|heuchlerisch\w*|hypocri\w*|sabotier\w*|sabotag\w*|deliberately|"
        r"vorsätzlich\w*|Farce|farce|russophob\w*|Russophobie|feindselig\w*|hostile|unfreundlich\w*|unfriendly|"
        r"illegitim\w*|illegitimate|rechtswidrig\w*|völkerrechtswidrig\w*|unlawful|illegal\w*|null\s+and\s+void|"
        r"Diebstahl|theft|stealing|steal|Raub|robbery|piracy|Piraterie|Desinformation\w*|disinformation|"
        r"Hysterie|hysteri\w*|Kriegstreiber\w*|warmonger\w*|Einmischung|interference|meddling|destabilis\w*|"
        r"destabiliz\w*|destabilisier\w*|ruining|ruiniert\w*|verantwortungslos\w*|unehrlich\w*|dishonest\w*|"
        r"bad\s+faith|(?:kein|keine|nicht)\w*\s+(?:\S+\s+){0,3}?in\s+gutem\s+Glauben|"
        r"nothing\s+to\s+be\s+proud\s+of|(?:wants?|wolle|will)\s+(?:\S+\s+){0,2}?(?:continue|fortsetzen|"
        r"weiterführen)\s+(?:\S+\s+){0,2}?(?:war|Krieg)\w*|"
        r"keinerlei\s+Bedeutung|impunity|Straflosigkeit|straflos\w*|escalation|Eskalation\w*|"
        r"(?:instrument|Instrument|tool|Werkzeug)\s+(?:of|der|des)\s+(?:\S+\s+){0,1}?"
        r"(?:confrontation|Konfrontation|aggression|Aggression|pressure|war|Krieg\w*)|confrontational|"
        r"konfrontativ\w*|dirty|schmutzig\w*|Erpresser\w*|Kriegsverbrecher\w*|war\s+criminal\w*|Verräter\w*|traitor\w*|"
        r"Verrat|betrayal|betrayed|verraten|Dolchstoß|Marionette\w*|puppet\w*|Nazis?|neo-Nazi\w*|Faschis\w*|fascis\w*|"
        # blame in what was said: "humiliate the U.N.", "human shields", "not serious", "a war unleashed by the West",
        # "einem brutalen Kriegsakt", "ein russisches Imperium", "um Zeit zu gewinnen", "gieße Öl ins Feuer"
        r"humiliat\w*|demütig\w*|human\s+shields|menschliche\w*\s+Schutzschild\w*|not\s+serious|nicht\s+ernst\w*|"
        r"unleashed|entfesselt\w*|Kriegsakt\w*|act\s+of\s+war|Angriffskrieg\w*|war\s+of\s+aggression|"
        r"Imperium|imperial\w*|diskreditiert\w*|discredited|Europa\s+(?:zu\s+)?spalten|(?:divide|split)\s+Europe|"
        r"auf\s+Zeit\s+(?:zu\s+)?spielen|Zeit\s+zu\s+gewinnen|buy\s+time|playing\s+for\s+time|"
        r"(?:gieß\w*|goss\w*)\s+(?:[^\s,;]+\s+){0,6}?Öl\s+ins\s+Feuer|"
        r"fuel\w*\s+the\s+(?:war|fire|conflict)|befeuer\w*|bloodiest|bloody\s+criminal|Deckmantel|under\s+the\s+guise|"
        r"nie\s+umgesetzt|never\s+implemented|Putins\s+Krieg|Putin's\s+war)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # THREATEN: threats, ultimatums, deadlines
    _rule(
        "THREATEN",
        r"(?:(?:would|will)\s+respond|respond\s+in\s+kind|retaliat(?!ed\s+(?:[^\s,;.]+\s+){0,5}?by\b)\w*|"
        r"Vergeltung\w*|Gegenmaßnahmen|unbeantwortet|"
        r"unanswered|unpunished|ungestraft|ungesühnt|(?:will|would|werde|würde|werden|würden)\s+(?:\S+\s+){0,3}?"
        r"(?:pay|bezahlen|büßen)(?!\s+(?:\S+\s+)?(?:compensation|Entschädigung\w*|reparations?|damages))|(?:heavy|high)\s+price|(?:necessary|appropriate|all\s+necessary)\s+measures|"
        r"(?:notwendigen|nötigen|erforderlichen|angemessenen|entsprechenden|notwendige|nötige|erforderliche|"
        r"angemessene|entsprechende)\W{0,2}\s*Maßnahmen|"
        r"(?:werde|würde|werden|würden)\s+(?:[^\s,;.]+\s+){0,8}?(?:reagieren|antworten)|"
        r"(?:have\s+to|must|müsse|müssen|muss)\W{0,2}\s*(?:respond|retaliate|reagieren|antworten)|"
        r"Antwort\s+(?:\S+\s+){0,4}?(?:hart|entschlossen|spiegelbildlich)\w*|Konsequenzen\s+haben|"
        r"(?:would|will)\s+(?:have|face)\s+(?:\S+\s+){0,2}?consequences)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:Nukleardoktrin\w*|Atomdoktrin\w*|nuclear\s+doctrine|or face|or else|sonst\s+drohe\w*|"
        r"legitimate\s+(?:\S+\s+)?targets?)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN", r"(?:legitimate\s+targets?|legitime[sn]?\s+Ziel(?:e|en)?|legitimes\s+Angriffsziel)", confidence=0.6
    ),
    # Tit for tat: "would resume nuclear tests if the United States did so first", "falls Washington dies tue".
    _rule(
        "THREATEN",
        r"(?:did\s+so|does\s+so|were\s+to\s+do\s+so|dies\s+(?:ebenfalls\s+|zuerst\s+)?(?:tue|täte|tun)|"
        r"das\s+(?:ebenfalls\s+|zuerst\s+)?(?:tue|täte|tun))",
        requires=r"(?:(?:would|will)\s.*\s(?:if|once|should)|(?:falls|wenn|sollten?)\s.*\s(?:werde|würde)|"
        r"(?:werde|würde)\s.*\s(?:falls|wenn|sollten?))",
        confidence=0.55,
        sentence_scope=True,
    ),
    _rule(
        "THREATEN",
        r"(?:warn\w*\s+(?:\S+\s+){0,8}?(?:of|vor)\s+(?:\S+\s+){0,3}[„“\"«‚‘']?(?:sanctions|Sanktionen|consequences|Konsequenzen|"
        r"Vergeltung|retaliation|Gegenmaßnahmen))",
        confidence=0.6,
    ),
    _rule(
        "THREATEN",
        r"(?:drohte\w*|droht|drohen|angedroht|gedroht|Drohung\w*|Ultimatum\w*|Ultimaten|Frist|threatened|threatens|"
        r"ultimatum|deadline)",
        confidence=0.65,
    ),
    # PROTEST
    _rule(
        "PROTEST",
        r"(?:protestierte\w*|protestiert|Protest(?:e|en)?|demonstrierte\w*|Demonstration\w*|"
        r"protested|protests?|rall(?:y|ies))",
        confidence=0.55,
    ),
    # SANCTION: sanctions, expulsions, staffing caps
    _rule(
        "SANCTION",
        r"(?:Sanktion(?:en)?|Sanktionspaket\w*|sanktioniert\w*|Strafmaßnahme\w*|Strafzölle\w*|Zölle|"
        r"Embargo\w*|ausgewiesen|Ausweisung\w*|sanctions?|sanctioned|embargo|tariffs?|expelled|expulsion|"
        r"Importverbot\w*|Einfuhrverbot\w*|Exportverbot\w*|Ausfuhrverbot\w*|Einreiseverbot\w*|Einreisesperre\w*|"
        r"Preisdeckel\w*|(?:import|export)\s+bans?|travel\s+bans?|price\s+cap|"
        r"restrict\w*\s+(?:\S+\s+){0,3}?access|(?:trade|export|import)\s+restrictions|export\s+controls|"
        r"persona\s+non\s+grata|(?:Botschafter\w*|Geschäftsträger\w*|Diplomaten)\s+(?:\S+\s+){0,8}?"
        r"(?:zurückgerufen|zurückbeordert|abberufen|zurückgezogen)|(?:rief|beorderte|berief|beruft|ruft)\w*\s+(?:\S+\s+){0,4}?"
        r"(?:Botschafter\w*|Geschäftsträger\w*)\s+(?:\S+\s+){0,9}?(?:zurück|ab)\b|(?:Botschafter\w*|Geschäftsträger\w*)\s+"
        r"(?:\S+\s+){0,2}?(?:beruft|ruft|rief|berief)\w*\s+(?:\S+\s+){0,6}?(?:zurück|ab)\b|recalled\s+(?:\S+\s+){0,3}?"
        r"(?:ambassador|envoy|charg[eé]\s+d'affaires|diplomats)|downgraded\s+(?:\S+\s+){0,3}?relations|"
        r"(?:broke|break|sever\w*|cut)\s+(?:off\s+)?(?:\S+\s+){0,2}?diplomatic\s+(?:relations|ties)|"
        r"(?:brach|abgebrochen|abbrechen)\s+(?:\S+\s+){0,4}?diplomatischen\s+Beziehungen|"
        r"diplomatischen\s+Beziehungen\s+(?:\S+\s+){0,4}?(?:abgebrochen|abbrechen|ab\b)|unerwünschte\w*\s+Person\w*|froze\s+(?:\S+\s+){0,9}?assets|"
        r"fror\w*\s+(?:[^\s,;]+\s+){0,14}?ein\b|"
        r"(?:Grenze|Grenzübergänge|Grenzübergang|Übergänge|border|borders|border\s+crossings?|crossings|crossing\s+points?)\s+"
        r"(?:\S+\s+){0,9}?(?:schließen|geschlossen|close|closed|closing|shut|dicht)|schloss\w*\s+(?:\S+\s+){0,3}?"
        r"(?:Grenze|\w*übergänge)\w*|schließt\s+(?:\S+\s+){0,6}?(?:Grenze|\w*übergänge|\w*übergang)\w*|"
        r"(?:closed|close|closing|shut)\s+(?:\S+\s+){0,5}?(?:border|crossings?|crossing\s+points?|checkpoints?)|"
        r"Exportkontrolle\w*|Handelsbeschränkung\w*|Exportbeschränkung\w*|Importbeschränkung\w*|"
        r"(?:suspended|halted|paused|froze)\s+(?:\S+\s+){0,2}(?:aid|assistance)|"
        r"(?:stoppte|setzte)\s+(?:\S+\s+){0,4}(?:Hilfe|Militärhilfe)\w*)",
        confidence=0.6,
    ),
    # MOBILIZE
    _rule(
        "MOBILIZE",
        r"(?:mobilisierte\w*|mobilisiert|Mobilmachung|Mobilisierung|Truppenaufmarsch|stationiert\w*|"
        r"verlegte\w*|Manöver\w*|\w*manöver\w*|mobiliz\w*|Bildung\s+(?:\S+\s+){0,4}?Truppe\w*|mobilis\w*|deployed|deploys|deployment|military\s+exercises?)",
        confidence=0.55,
    ),
    # COERCE
    _rule(
        "COERCE",
        r"(?:beschlagnahmt\w*|festgenommen|verhaftet|Blockade|blockiert\w*|Cyberangriff\w*|seized|arrested|"
        r"detained|blockade|confiscated)",
        confidence=0.55,
    ),
    # ASSAULT: strikes and the invasion
    _rule(
        "ASSAULT",
        r"(?:griff\w*\s+(?:[^\s,;]+\s+){0,20}?an\b|(?:greift|greifen)\s+(?:[^\s,;.]+\s+){0,8}?an\b|angegriffen|\w*Angriff(?:e|en|s)?|Luftangriff\w*|"
        r"Drohnenangriff\w*|"
        r"Raketenangriff\w*|beschoss\w*|beschieß\w*|Beschuss|bombardiert\w*|Invasion|überfiel\w*|überfallen|Offensive|attacked|attacks?|"
        r"air\s*strikes?|strikes?|struck|shelled|shelling|bombed|bombing|invasion|invaded|offensive|einmarschiert\w*|"
        r"Einmarsch|marschierte\w*\s+(?:[^\s,;]+\s+){0,14}?ein\b|abgefeuert|fired|war,?\s+(?:which\s+)?began|"
        # "launched 267 drones", "launched an offensive", not "launched a Friends for Peace group"
        r"launched(?=\s+(?:\S+\s+){0,4}?(?:missiles?|drones?|rockets?|attacks?|strikes?|offensive|assault|barrage|salvo|"
        r"raids?|invasion|incursion|bombs?|shells?|counter-?offensive|special\s+military\s+operation)\b)|"
        r"incursions?|"
        r"Krieg,?\s+(?:der\s+)?(?:\S+\s+){0,3}begann|\w*Luftschl(?:ag|äge)\w*|\w*Raketenschl(?:ag|äge)\w*|"
        r"Gegenoffensive\w*|counteroffensive|counter-offensive|abgeschossen|abzuschießen|abschießen|"
        r"schoss\w*\s+(?:[^\s,;]+\s+){0,14}?ab\b|shot\s+down|shoot\s+down|downed|slammed\s+into|smashed\s+into|"
        r"schlug\w*\s+(?:[^\s,;]+\s+){0,18}?ein\b|eingeschlagen)",
        # "eine Aussetzung von Angriffen auf die Energieinfrastruktur", "limiting attacks": attacks halted, not made
        excludes=r"(?:Aussetzung|Stopp|Verzicht|Moratorium|moratorium|limiting|limit|halt|pause|suspension|end\s+to)\s+"
        r"(?:\S+\s+){0,2}?(?:attacks|strikes|Angriffe\w*|Angriffen|Luftangriffe\w*)",
        confidence=0.6,
        nominal=True,
    ),
    # AID
    _rule(
        "AID",
        r"(?:Militärhilfe\w*|Finanzhilfe\w*|Hilfspaket\w*|humanitäre\w*\s+Hilfe|Waffenlieferung\w*|"
        r"lieferte\w*|"
        r"Reparationsdarlehen\w*|Darlehen|military\s+aid|aid\s+package|financial\s+aid|humanitarian\s+aid|"
        r"weapons?\s+deliveries|supplied|reparations?\s+loan|loan|security\s+assistance|military\s+assistance|"
        r"resume\s+(?:\S+\s+){0,3}assistance|weiterzuleiten|zur\s+Verfügung\s+(?:stellen|stehen)|"
        r"Waffenpaket\w*|Rüstungshilfe\w*|Waffenhilfe\w*|(?:weapons|arms)\s+(?:package|deliveries|shipments?)|"
        r"\w*(?:rüstungs|hilfs|militär|waffen|unterstützungs|verteidigungs|abwehr)pak(?:et|ete|eten|ets)\b|windfall\s+profits|"
        r"(?:buy|buys|bought|purchase|purchases|kaufen|kauft|kaufte\w*)\s+(?:\S+\s+){0,3}?(?:weapons|arms|Waffen|"
        r"Patriot\w*)\s+(?:\S+\s+){0,3}?(?:for|für)|"
        r"(?:gekauft|beschafft|bought|purchased)(?<=\bUkraine\sgekauft)|"
        r"für(?=\s+die\s+Ukraine\s+(?:gekauft|beschafft|erworben)\b)|"
        r"Zufallsgewinne\w*|Übergewinne\w*|Zinserträge\w*|"
        r"(?:military|security|weapons|aid)\s+(?:\S+\s+){0,1}?package|"
        r"Lieferung\w*\s+(?:\S+\s+){0,4}?[\w-]*(?:panzer|waffen|raketen|munition|abwehr|system|haubitze|jets?|drohnen|"
        r"geschütze|flugkörper)\w*)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:eingefrorene\w*\s+(?:\S+\s+){0,2}Vermögen\w*|frozen\s+(?:\S+\s+){0,2}assets)",
        requires=r"(?:finanzier\w*|financ\w*|Ukraine|Kiew|Kyiv|nutzen|genutzt|verwenden|use|used|using|tap)",
        confidence=0.6,
    ),
    _rule(
        "AID",
        r"(?:liefer\w*|deliver\w*|send|sends|sending|sent|schickt\w*|schicken|bereitstell\w*|provide[sd]?|providing)\s+"
        r"(?:\S+\s+){0,4}?(?:Waffen\w*|weapons?|missiles?|Raketen\w*|Marschflugkörper\w*|\w*panzer\w*|tanks?|"
        r"Munition|ammunition|shells|Luftabwehr\w*|air\s+defen[cs]e|Patriot\w*|Taurus|Tomahawks?|F-16s?|Kampfjets?)",
        excludes=r"(?:not|no|won't|keine|kein|nicht)",
        confidence=0.6,
    ),
    _rule(
        "AID",
        r"\w*(?:waffen|raketen|panzer|munition|abwehr\w*|system|systeme|systemen|haubitze\w*)[\w-]*\s+"
        r"(?:[^\s.;:]+\s+){0,9}?(?:liefern|geliefert|zu\s+liefern|bereitstellen|bereitgestellt|schicken|geschickt|"
        r"eintreffen|eintraf\w*|eingetroffen|ankommen|angekommen)|"
        r"(?:Marschflugkörper|Patriot|Taurus|Kampfjet)[\w-]*\s+"
        r"(?:\S+\s+){0,3}?(?:liefern|geliefert|zu\s+liefern|bereitstellen|bereitgestellt|schicken|geschickt)",
        excludes=r"(?:keine|kein|nicht|no|not)",
        confidence=0.6,
    ),
    # Broad news vocabulary per type (German and English), beyond the wordings above: how wire reports and
    # newspapers phrase accusations, refusals, aid, agreements, demands and meetings.
    _rule(
        "ACCUSE",
        r"(?:bezichtigt\w*|prangerte\w*\s+(?:[^\s,;]+\s+){0,14}?an\b|angeprangert|anprangern|rügte\w*|gerügt|tadelte\w*|"
        r"getadelt|geißelte\w*|gegeißelt|klagte\w*\s+(?:[^\s,;]+\s+){0,14}?an\b|angeklagt|Anklage\w*|Anschuldigung\w*|"
        r"Beschuldigung\w*|Verbrechen|verbrecherisch\w*|Terror|Terrorakt\w*|Terroranschlag\w*|terroristisch\w*|"
        r"Staatsterror\w*|barbarisch\w*|Barbarei|Völkerrechtsbruch\w*|völkerrechtswidrig\w*|Aggressor\w*|"
        r"Heuchelei|heuchlerisch\w*|zynisch\w*|Zynismus|Schande|schändlich\w*|skandalös\w*|Sabotage\w*|sabotier\w*|"
        r"Einmischung\w*|Verschleppung\w*|Deportation\w*|einbestellt|einbestellen|bestellte\w*\s+(?:[^\s,;]+\s+){0,14}?ein\b|"
        r"denounced|denounces|decried|decries|deplored|deplores|rebuked|chastised|castigated|assailed|censured|"
        r"faulted|slammed|slams|blasted|railed\s+against|hit\s+out\s+at|took\s+aim\s+at|alleged|alleges|"
        r"allegations?|accusations?|held\s+(?:\S+\s+){0,3}?responsible|pinned\s+(?:\S+\s+){0,2}?blame|"
        r"terrorist|terrorism|terror\s+attack|barbaric|barbarism|crimes?\s+against\s+humanity|ethnic\s+cleansing|"
        r"violations?|breach(?:ed|es)?|aggression|aggressor|hypocrisy|hypocritical|cynical|disgraceful|shameful|"
        r"outrageous|despicable|sabotag\w+|interference|meddling|summoned|summons)",
        excludes=r"(?:ohne\s+Verbrechen|no\s+violations?)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:bestritt\w*|bestreitet|bestreiten|bestritten|dementierte\w*|dementiert|Dementi|erteilte\w*\s+(?:\S+\s+){0,6}?"
        r"Absage|Absage\s+(?:an|für)|kommt\s+(?:\S+\s+){0,3}?nicht\s+in\s+Frage|stimmte\w*\s+(?:\S+\s+){0,16}?gegen|"
        r"Weigerung|abgewiesen|wies\w*\s+(?:[^\s,;]+\s+){0,14}?ab\b|denied|denies|deny|denial|rebuffed|rebuffs|spurned|"
        r"voted\s+against|refusal|rejection|out\s+of\s+the\s+question|non-starter|said\s+no\s+to|"
        r"nothing\s+to\s+do\s+with)",
        confidence=0.6,
    ),
    _rule(
        "AID",
        r"(?:Hilfspaket\w*|Hilfen\s+(?:\S+\s+){0,4}?(?:für|an)\s+(?:die\s+)?(?:Ukraine|Kiew)|Tranche\w*|"
        r"Milliarden\s+(?:Euro|Dollar)\s+(?:\S+\s+){0,4}?(?:für|an)\s+(?:die\s+)?(?:Ukraine|Kiew)|"
        r"Unterstützung\s+in\s+Höhe|Wiederaufbauhilfe\w*|Haushaltshilfe\w*|Rüstungsgüter\w*|Kredit\w*|"
        r"gespendet|spendete\w*|Spende\w*|bewilligt\w*|überwiesen|überwies\w*|liefert|lieferten|geliefert|"
        r"assistance\s+package|tranche|in military aid|in financial aid|in humanitarian aid|in security aid|in aid|"
        r"(?:weapons|arms|equipment)\s+worth|worth\s+of\s+(?:weapons|arms|equipment)|shipments?\s+of|"
        r"delivered|delivering|deliveries|donated|donations?|financial\s+support|budget\s+support|funding\s+for|"
        r"to fund|grants?\s+(?:to|for)|credit\s+line|reconstruction\s+aid|aid\s+to|aid\s+for)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|Russland\s+(?:\S+\s+){0,2}?geliefert)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:billigte\w*|gebilligt|billigen|billigt|genehmigte\w*|genehmigt|verabschiedete\w*|verabschiedet|beschloss\w*|"
        r"beschlossen|gewährte\w*|gewährt|Kandidatenstatus|Beitrittsgespräche\w*|zusicherte\w*|Zusage\w*|"
        r"approved|approves|endorsed|granted|grants\s+(?:\S+\s+){0,2}?status|consented|assured|"
        r"reached\s+(?:an?\s+)?(?:\S+\s+){0,2}?understanding|clinched|committed|commitments?)",
        excludes=rf"(?:{FAILURE}|nicht|kein\w*|not|no|never|refused|rejected)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:ersuchte\w*|ersucht|plädierte\w*|plädiert|regte\w*\s+(?:[^\s,;]+\s+){0,14}?an\b|angeregt|Anregung|"
        r"pochte\w*\s+(?:\S+\s+){0,3}?(?:dar)?auf|pocht\s+(?:\S+\s+){0,3}?(?:dar)?auf|"
        r"drang\w*\s+(?:\S+\s+){0,3}?(?:dar)?auf|dringt\s+(?:\S+\s+){0,3}?(?:dar)?auf|setzte\w*\s+sich\s+(?:\S+\s+){0,6}?für|mahnte\w*|mahnt|"
        r"pleaded|pleads|implored|implores|lobbied|lobbying|floated|suggested|suggests|appeal\s+(?:to|for)|"
        r"needs?\s+to|ought\s+to|calls?\s+on|demand\s+for)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:Begegnung\w*|begegneten|begegnete|Zusammentreffen|Audienz\w*|zu Gast|Vermittlungsgespräch\w*|"
        r"Unterhändler\w*\s+(?:\S+\s+){0,6}?(?:trafen|kamen|berieten)|conferred|video\s+call|videoconference|"
        r"phone\s+conversation|in talks|round\s+of\s+talks|peace\s+talks|mediat\w+|hosts?\s+(?:\S+\s+){0,3}?leaders)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:package|Paket|bill|supplemental|Gesetzespaket)",
        requires=r"(?:\$|€|billion|million|bn|Milliarden|Millionen|Mrd|Ukraine|Kyiv|Kiew|weapons|Waffen|military|"
        r"militärisch\w*|security\s+assistance|aid|Hilfe\w*)",
        excludes=r"(?:sanction\w*|Sanktion\w*|tariffs?|Zölle)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:was\s+behind|were\s+behind|is behind|are behind|stecke\w*\s+(?:\S+\s+){0,4}?hinter|steckt\s+"
        r"(?:\S+\s+){0,4}?hinter|inszeniert\w*|Inszenierung\w*|staged|false\s+flag|fabricated|fabrication|"
        r"erfunden\w*|kriminell\w*|illegal|illegitimate|illegitim\w*|rechtswidrig\w*|unrechtmäßig\w*|"
        r"Scheinreferend\w*|sham\s+(?:referend\w*|votes?|elections?)|Scheinwahl\w*|Pseudowahl\w*|Pseudo-Wahl\w*|"
        r"(?:weder|neither)\s+(?:frei|free)\s+(?:noch|nor)\s+(?:fair|gerecht)|not\s+free\s+(?:and|or)\s+fair|"
        r"nicht\s+frei\s+und\s+(?:nicht\s+)?fair|(?:zum|als)\s+Vorwand|pretext|fraudulent|betrügerisch\w*)",
        confidence=0.5,
    ),
    # Charging the other side with planning an attack: "alle Anzeichen sprächen dafür, dass Moskau einen Angriff
    # plane", "er sei überzeugt, dass Putin die Entscheidung zum Einmarsch getroffen habe", "is preparing an invasion".
    _rule(
        "ACCUSE",
        r"(?:(?:Angriff|Invasion|Einmarsch|Überfall|Offensive)\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:plane|plant|planen|"
        r"vorbereite\w*|vorbereitet)\b|Entscheidung\s+zu[mr]\s+(?:Einmarsch|Angriff|Invasion)|"
        r"(?:planning|preparing|plans|prepares|planned)\s+(?:\S+\s+){0,3}?(?:attack|invasion|assault|offensive)\b)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnicht\b|\bnot\b|\bno\b|\bkein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:no plans?\s+to|keine\s+Pläne|not\s+going\s+to|denkt\s+(?:\S+\s+){0,3}?nicht\s+daran|"
        r"dachte\w*\s+(?:\S+\s+){0,3}?nicht\s+daran|keine\s+Verhandlungen|nicht\s+verhandeln|"
        r"will\s+not\s+negotiate|won't\s+negotiate|refuses?\s+to\s+negotiate)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:Zustimmung|zustimmen|gave\s+(?:\S+\s+){0,2}?(?:consent|approval|backing)|Rückendeckung|"
        r"signed\s+off|backing\s+for)",
        excludes=rf"(?:{FAILURE}|nicht|kein\w*|not|no|never|refused|rejected|verweigert\w*)",
        confidence=0.5,
    ),
    # Promises ("sagte zu, ... zu übermitteln"), commitments, guarantees given, supplies promised.
    _rule(
        "AGREE",
        r"(?:sagte\w*\s+(?:\S+\s+){0,3}?zu(?=\s*[,:])|verpflichtet\w*|verpflichtete\w*|written\s+guarantees|"
        r"(?:would|will)\s+(?:\S+\s+){0,2}?(?:supply|deliver|provide|send)\b)",
        excludes=rf"(?:{FAILURE}|nicht|kein\w*|not|no|never|refused|rejected)",
        confidence=0.5,
    ),
    # Contradicting, stopping short of something.
    _rule(
        "REJECT",
        r"(?:widersprach\w*|widerspricht|widersprochen|contradicted|disputed|disputes|stopped\s+short\s+of|"
        r"stops\s+short\s+of)",
        confidence=0.55,
    ),
    # Blame assigned, provocative acts, direct involvement.
    _rule(
        "ACCUSE",
        r"(?:Verantwortung\s+(?:\S+\s+){0,3}?(?:trage|trägt|tragen|liege|liegt)|bears?\s+(?:\S+\s+){0,2}?responsibility|"
        r"responsibility\s+lies|is to blame|provokativ\w*|provocative|direkte\w*\s+Beteiligung|"
        r"direct\s+(?:involvement|participation))",
        confidence=0.5,
    ),
    # Giving up opposition: "dropped his opposition", "gab seinen Widerstand auf".
    _rule(
        "CONCEDE",
        r"(?:dropped\s+(?:\S+\s+){0,2}?(?:opposition|objections?|veto|demands?)|gab\w*\s+(?:\S+\s+){0,4}?(?:Widerstand|"
        r"Blockade|Veto)\s+(?:\S+\s+){0,4}?auf\b|(?:Widerstand|Blockade|Veto)\s+(?:\S+\s+){0,4}?aufgegeben)",
        confidence=0.55,
    ),
    # Reserving the right to act, a recommendation, a request for help, talks someone will hold.
    _rule(
        "THREATEN",
        r"(?:reserved\s+the\s+right|reserves\s+the\s+right|behält\s+sich|behielt\w*\s+sich|behalte\w*\s+sich)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:Empfehlung\w*|empfahl\w*|empfiehlt|empfohlen|recommendation\w*|recommended|recommends|request\s+for|"
        r"Hilfeersuchen|Ersuchen)",
        confidence=0.5,
    ),
    _rule("CONSULT", r"(?:mit\s+(?:\S+\s+){0,5}?(?:sprechen|reden|beraten|verhandeln)\b)", confidence=0.5),
    # Destruction of infrastructure is an attack.
    _rule(
        "ASSAULT",
        r"(?:destruction\s+of\s+(?:the\s+)?(?:\S+\s+)?(?:dam|bridge|plant|pipelines?|ports?|facilit\w*|infrastructure|"
        r"power\s+station)|destroyed|blew\s+up|blown\s+up|zerstört\w*|Zerstörung\w*|gesprengt|Sprengung\w*)",
        confidence=0.5,
    ),
    # Help in kind: pumps, generators, equipment, assistance programmes.
    _rule(
        "AID",
        r"(?:(?:send|sending|sent|deliver\w*|provide\w*|schick\w*|liefer\w*)\s+(?:\S+\s+){0,3}?(?:water\s+pumps|pumps|"
        r"generators|equipment|supplies|vehicles|Generatoren|Ausrüstung|Hilfsgüter)|assistance\s+(?:programme|program)|"
        r"Hilfsprogramm\w*)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    # Verb forms the wordings above leave out (base forms, -s, -ing; German infinitives and present tense).
    _rule(
        "ACCUSE",
        r"(?:accuse|blame|criticize|criticise|criticizes|criticises|condemn|denounce|kritisieren|verurteilen|"
        r"beschuldigen|vorwerfen|vorwirft|attackiert\w*|attackieren)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:rejecting|refusing|refuse|dismisses|dismissing|denying|ruling\s+out|rule\s+out|vetoing|vetoes|"
        r"blocking|blockt|blockierte\s+(?:\S+\s+){0,4}?(?:Beschluss|Einigung|Paket|Sanktion\w*|Hilfe\w*))",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:demanding|urging|asking|asks|calling\s+for|calling\s+on|proposing|proposes|appealing|appeals\s+(?:to|for)|"
        r"appelliert|appellieren|vorschlagen|schlägt\s+(?:\S+\s+){0,10}?vor\b|bittet|bitten)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:agreeing|signs|pledges|promises|agree\s+to|agree\s+on)",
        excludes=rf"(?:{FAILURE}|not|never|refused|rejected)",
        confidence=0.55,
    ),
    _rule("THREATEN", r"(?:threatening|threaten)", confidence=0.6),
    _rule("SANCTION", r"(?:sanctioning|expels|expelling|expel|impose\w*\s+(?:\S+\s+){0,3}?(?:penalties|restrictions))",
          confidence=0.55),
    _rule(
        "ASSAULT",
        r"(?:targeted|targeting|pounded|pounding|barrages?|salvos?|raids?|assaulted|invading|invade|attacking|striking|"
        r"beschießt|attacks\s+on|strikes\s+on)",
        excludes=r"(?:\bcyber\w*|\bverbal\w*|\bpolitical\w*|\bmarket\w*)",
        confidence=0.5,
    ),
    # German compounds of the event nouns ("Panzerlieferungen", "Milliardenhilfe", "Rücktrittsforderung",
    # "Ministertreffen", "Ölembargo", "Atomdrohung", "Kriegsverbrechensvorwürfe").
    _rule(
        "AID",
        r"(?:\w*(?:waffen|panzer|munitions|raketen|rüstungs|jet|drohnen|flugabwehr)lieferung\w*|"
        r"\w*(?:milliarden|millionen|militär|finanz|wirtschafts|wiederaufbau|rüstungs)hilfe\w*)",
        excludes=r"(?:\bkeine\w*|\bnicht\b|\bstopp\w*|\bgestoppt|\bausgesetzt)",
        confidence=0.55,
    ),
    _rule("REQUEST", r"(?:\w*forderung(?:en)?)", confidence=0.55),
    _rule(
        "ACCUSE",
        r"(?:\w*vorwurf|\w*vorwürfe[n]?|\w*kritik)",
        excludes=r"(?:eingebracht|einbrachte\w*)",  # "hatte ihm viel Kritik eingebracht": criticism drawn long ago
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:\w*(?:spitzen|minister|gipfel|krisen|sonder|nato|g20|präsidenten|regierungs)treffen\w*)",
        nominal=True,
        confidence=0.6,
    ),
    _rule("SANCTION", r"(?:\w*embargo\w*|\w*sanktion(?:en)?)", confidence=0.55),
    _rule("THREATEN", r"(?:\w*drohung(?:en)?)", confidence=0.55),
    # Deploying, stationing, building up and training forces; bringing people home.
    _rule(
        "MOBILIZE",
        r"(?:Stationierung\w*|stationieren|stationierte\w*|Verlegung\w*|Truppenverlegung\w*|Aufmarsch\w*|"
        r"aufmarschiert\w*|Aufrüstung|aufrüsten|rüstet\w*\s+(?:\S+\s+){0,3}?auf\b|zusammengezogen|zog\w*\s+(?:\S+\s+){0,6}?"
        r"zusammen\b|deploy|deploying|deployments|stationed|stationing|build-up|buildup|massing|massed|"
        r"(?:trained|training|ausgebildet|Ausbildung)\s+(?:\S+\s+){0,3}?(?:crews|pilots|troops|soldiers|Besatzungen|"
        r"Piloten|Soldaten|Truppen)|(?:crews|pilots|Besatzungen|Piloten)\s+(?:\S+\s+){0,3}?(?:trained|ausgebildet))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:returned|returning|zurückgebracht|zurückgeführt|Rückführung\w*|Rückkehr|heimgeholt|heimgekehrt|"
        r"zurückgekehrt|zurückkehren|brought\s+(?:\S+\s+){0,3}?(?:back|home)|reunited|handed\s+back)",
        requires=r"(?:\w*kinder\w*|children|\w*gefangen\w*|prisoners?|POWs?|soldiers|soldaten|civilians|zivilisten|"
        r"detainees|deportees)",
        confidence=0.55,
    ),
    # Quitting or suspending a treaty or deal is a sanction (and a refusal, above).
    _rule(
        "SANCTION",
        r"(?:Teilnahme|participation|Mitwirkung|pulled\s+out\s+of|withdrew\s+from|quit|quits|stieg\w*\s+(?:\S+\s+){0,6}?"
        r"aus\b|Ausstieg\w*|ausgestiegen)",
        requires=r"(?:ausgesetzt|aussetzen|setzte\w*|suspend\w*|deal|initiative|treaty|agreement|Abkommen\w*|"
        r"Vertrag\w*|Initiative|Getreidedeal\w*|Getreideabkommen\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # Weapons handed over; supplying a country with something; stationing missiles.
    _rule(
        "AID",
        r"(?:übergeben|übergab\w*|handed\s+over|(?:supply|supplying|provide|providing|equip|equipping)\s+"
        r"(?:\S+\s+){0,2}?(?:Ukraine|Kyiv|Kiew)\s+with)",
        requires=r"(?:\w*system\w*|\w*waffen\w*|\w*panzer\w*|\w*raketen\w*|missiles?|systems?|weapons|tanks|"
        r"launchers?|jets?|Iskander\w*|Patriot\w*|air\s+defen[cs]e|ammunition|Munition|with)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "MOBILIZE",
        r"(?:station\s+(?:\S+\s+){0,3}?(?:missiles|troops|weapons|forces|Tomahawks)|"
        r"stationieren\s+(?:\S+\s+){0,3}?(?:Raketen|Truppen|Waffen))",
        confidence=0.5,
    ),
    # A passive "getroffen" is a hit, not a meeting ("ein Containerschiff wurde getroffen").
    _rule(
        "CONSULT",
        r"getroffen",
        excludes=r"(?:wurde\w*|worden|Entscheidung\w*|Maßnahme\w*|Vorkehrung\w*|Vereinbarung\w*|Rakete\w*|"
        r"Drohne\w*|Geschoss\w*|Trümmer\w*)",
    ),
    # Casualties report an attack: "kamen mindestens drei Menschen ums Leben", "killing at least seven".
    _rule(
        "ASSAULT",
        r"(?:ums\s+Leben|getötet|tötete\w*|killing|killed|kills)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|accident|Unfall)",
        confidence=0.45,
    ),
    # Cutting off supplies: "die Lieferungen seien eingestellt worden", "halted gas supplies".
    _rule(
        "SANCTION",
        r"(?:\w*lieferungen\s+(?:\S+\s+){0,6}?(?:eingestellt|gestoppt|unterbrochen|gekappt)|"
        r"(?:Gastransit\w*|Transit\w*|Exporte)\s+(?:\S+\s+){0,6}?(?:eingestellt|gestoppt|unterbrochen|gekappt)|(?:cut\s+off|halted|stopped|suspended)\s+(?:\S+\s+){0,3}?(?:gas|oil|supplies|deliveries|transit|"
        r"exports))",
        confidence=0.5,
    ),
    # Threatening to withdraw or to impose: "andernfalls werde sich Washington zurückziehen", "brachte
    # Sekundärsanktionen ins Spiel".
    _rule(
        "THREATEN",
        r"(?:andernfalls|ansonsten|otherwise|sonst\s+(?:werde|würde|werden|würden))",
        requires=r"(?:werde|würde|werden|würden|would|will)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "THREATEN",
        r"(?:ins\s+Spiel|floated|raised\s+the\s+(?:prospect|possibility|threat))",
        requires=r"(?:\w*[Ss]anktion\w*|\w*[Zz]ölle?\w*|sanctions|tariffs)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # Violations: "habe fast 3000 Mal gegen die Waffenruhe verstoßen", "breached the truce".
    _rule(
        "ACCUSE",
        r"(?:verstoßen|verstieß\w*|verstößt|Verstöße\w*|Verstoß|breach\w*|violation\w*|violating|violates)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.55,
    ),
    # Promises of lasting support: "so lange wie nötig", "for as long as it takes", "nicht nachlassen".
    _rule(
        "AGREE",
        r"(?:long\s+as\s+it\s+takes|long\s+as\s+(?:necessary|needed)|lange\s+wie\s+(?:nötig|notwendig|"
        r"erforderlich)|lange\s+(?:es\s+)?(?:nötig|notwendig)|nicht\s+nachlassen|(?:keep|continue)\s+"
        r"(?:supporting|backing|to\s+support|to\s+back)|weiter\s+(?:unterstützen|beistehen))",
        confidence=0.55,
    ),
    # Refusing to allow: "man werde nicht zulassen, dass ...", "will not allow".
    _rule(
        "REJECT",
        r"(?:nicht\s+zulassen|nicht\s+hinnehmen|niemals\s+zulassen|(?:will|would|won't|wouldn't)\s+(?:not\s+|never\s+)?"
        r"(?:allow|tolerate|permit))",
        excludes=r"(?:only|nur)",
        confidence=0.5,
    ),
    # Keeping to a treaty or a limit: "would keep to the treaty's caps", "hält sich an das Abkommen".
    _rule(
        "AGREE",
        r"(?:keep\s+to|kept\s+to|keeps\s+to|adhere\s+to|adheres\s+to|adhered\s+to|abide\s+by|abides\s+by|"
        r"abided\s+by|comply\s+with|complied\s+with|complies\s+with|stick\s+to|(?:hält|halte|halten|hielt\w*)\s+"
        r"(?:sich\s+)?(?:\S+\s+){0,3}?an\s+(?:\S+\s+){0,3}?(?:Abkommen|Vertrag\w*|Vereinbarung\w*|Obergrenze\w*|"
        r"Zusage\w*|Waffenruhe)|(?:Abkommen|Vertrag\w*|Vereinbarung\w*|Obergrenze\w*|Zusage\w*)\s+(?:\S+\s+){0,4}?"
        r"(?:halten|halte|hält)|einhalten|einzuhalten|eingehalten)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals|refus\w*|violat\w*)",
        confidence=0.5,
    ),
    # Failed talks: "ohne gemeinsame Abschlusserklärung auseinandergegangen", "ended without a joint statement".
    _rule(
        "REJECT",
        r"(?:ohne\s+(?:\S+\s+){0,2}?(?:Abschlusserklärung|Erklärung|Einigung|Einvernehmen|Annäherung|Übereinkunft|"
        r"Kompromiss)|without\s+(?:\S+\s+){0,2}?(?:joint\s+statement|communiqu[eé]|agreement|deal|accord|"
        r"consensus|compromise))",
        confidence=0.55,
    ),
    _rule(
        "CONSULT",
        r"(?:auseinandergegangen|gingen\s+(?:\S+\s+){0,8}?auseinander|ended\s+without|broke\s+up\s+without)",
        confidence=0.5,
    ),
    # Bringing a matter up with someone: "raised the issue with Putin", "sprach das Thema bei Xi an".
    _rule(
        "CONSULT",
        r"(?:raised\s+(?:\S+\s+){0,4}?with|raise\s+(?:\S+\s+){0,4}?with|sprach\w*\s+(?:\S+\s+){0,6}?(?:bei|gegenüber)"
        r"\s+(?:\S+\s+){0,4}?an\b|angesprochen)",
        confidence=0.5,
    ),
    # A letter to a leader, lobbying and persuading are requests: "ihr Brief an Putin", "um Systeme werben",
    # "will Xi dazu bewegen", "sought to persuade".
    _rule(
        "REQUEST",
        r"(?:(?:Brief|Schreiben|letter|Bittbrief)\s+(?:\S+\s+){0,2}?(?:an|to)|(?:wirbt|werben|warb\w*|geworben)\s+"
        r"(?:\S+\s+){0,8}?um\b|dazu\s+bewegen|(?:bewegen|überzeugen|"
        r"überreden),?\s+(?:\S+\s+){0,8}?zu|persuad\w*|convince|convinced|lobby\w*|lobbied|pressed\s+for|"
        r"pressing\s+for|push\w*\s+for|drängt\w*|gedrängt)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule("REQUEST", r"(?:werben|werbe)", requires=r"um", excludes=r"(?:\bnicht|kein\w*)", confidence=0.5),
    # Weapons used against a target are a strike: "used them against a Russian airfield", "gegen ... eingesetzt".
    _rule(
        "ASSAULT",
        r"(?:(?:used|using|use|employed|fired)\s+(?:\S+\s+){0,6}?against|gegen\s+(?:\S+\s+){0,6}?eingesetzt|"
        r"setzte\w*\s+(?:\S+\s+){0,6}?gegen\s+(?:\S+\s+){0,6}?ein\b)",
        requires=r"(?:missiles?|rockets?|drones?|weapons?|them|ATACMS|Storm\s+Shadow|Raketen?|Drohnen?|Waffen?|"
        r"Marschflugkörper|Taurus|airfield|targets?|Ziele?|Flugplatz|Stellungen|positions)",
        confidence=0.5,
    ),
    # Sending troops: "ordnete an, russische Truppen sollten ...", "schickt Soldaten", "sent troops into".
    _rule(
        "MOBILIZE",
        r"(?:(?:ordnete\w*|befahl\w*|schickt\w*|schicken|entsandt\w*|entsendet|entsenden|entsendung|"
        r"beorderte\w*|Marschbefehl)\s+(?:\S+\s+){0,8}?(?:Truppen|Soldaten|Streitkräfte|Einheiten|Kampfverbände|"
        r"Friedenstruppen|Kontingent\w*)|(?:Truppen|Soldaten|Streitkräfte|Einheiten|Friedenstruppen)\s+(?:\S+\s+){0,6}?"
        r"(?:entsandt|entsenden|geschickt|schicken|verlegt|verlegen|zusammengezogen|einrücken|eingerückt)|"
        r"(?:sent|send|sends|sending|ordered|dispatch\w*|moved|moving|poured)\s+(?:\S+\s+){0,5}?(?:troops|soldiers|"
        r"forces|units|peacekeepers|battalions|brigades)|troops\s+(?:\S+\s+){0,3}?(?:into|to\s+the\s+border)|"
        r"Entsendung\s+(?:\S+\s+){0,3}?(?:Truppen|Soldaten|Friedenstruppen))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals)",
        confidence=0.5,
    ),
    # Halting a pipeline, project or agreement to punish: "Genehmigungsverfahren für Nord Stream 2 gestoppt",
    # "halted the certification", "legt die Pipeline auf Eis".
    _rule(
        "SANCTION",
        r"(?:(?:Genehmigung\w*|Zertifizierung\w*|Pipeline\w*|Ostseepipeline\w*|Nord\s+Stream\s*2?|Gaspipeline\w*|"
        r"Abkommen|Kooperation\w*|Zusammenarbeit|Visavergabe|Visa\w*)\s+(?:\S+\s+){0,10}?(?:gestoppt|stoppt\w*|"
        r"ausgesetzt|auf\s+Eis|eingefroren|suspendiert|gekündigt)|(?:stoppt\w*|legt\w*|setzt\w*|fror\w*)\s+"
        r"(?:\S+\s+){0,6}?(?:Genehmigung\w*|Zertifizierung\w*|Nord\s+Stream|Pipeline\w*)|"
        r"(?:halted|halts|halt|suspended|suspends|froze|freezes|blocked)\s+(?:\S+\s+){0,4}?(?:certification|"
        r"approval|Nord\s+Stream|pipeline|visas?|cooperation|flights))",
        confidence=0.5,
    ),
    # Intimidation, destabilising, stoking confrontation; countermeasures; being treated as a target.
    _rule(
        "ACCUSE",
        r"(?:Einschüchterung\w*|intimidat\w*|Destabilisierung\w*|destabilisier\w*|destabili[sz]\w*|incit\w*|stoking|"
        r"stoked|fanning|schürt\w*|schüren|geschürt|anheiz\w*|heizt\w*\s+(?:\S+\s+){0,3}?an\b)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:countermeasures|counter-measures|retaliatory\s+measures|Vergeltungsmaßnahmen|"
        r"(?:could|would)\s+be\s+treated\s+as|als\s+(?:\S+\s+){0,3}?(?:behandelt|betrachtet)\s+werden)",
        excludes=r"(?:mine\s+countermeasures|Minenabwehr\w*)",  # a mine countermeasures group clears mines
        confidence=0.55,
    ),
    # Sounding out, declarations adopted, proposals presented, no talk of negotiations.
    _rule("CONSULT", r"(?:sounded\s+out|sounding\s+out|sondiert\w*|Sondierung\w*)", confidence=0.5),
    _rule(
        "AGREE",
        r"(?:adopted\s+(?:\S+\s+){0,2}?(?:declaration|resolution|statement|communiqu\w*)|Abschlusserklärung\w*|"
        r"joint\s+declaration|gemeinsame\w*\s+Erklärung|verabschiedete\w*\s+(?:\S+\s+){0,3}?Erklärung|"
        # "The communiqué adopted on Tuesday", "a declaration adopted at the end of a two-day summit"
        r"(?:declaration|communiqu\w*|statement)\s+adopted|Declaration,?\s+adopted)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:present|presents|presenting|submit|submits|table|tables)\s+(?:\S+\s+){0,3}?(?:proposals?|plans?|"
        r"drafts?|initiatives?)|proposals|Vorschläge\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:no talk\s+of|keine\s+Rede\s+(?:von|sein)|zurückwies|zurückwiesen|zurückweisen)",
        confidence=0.55,
    ),
    _rule(
        "COERCE",
        r"(?:annektiert\w*|annektieren|Annexion\w*|annexed|annexes|annexation|annex|eingegliedert|Eingliederung)",
        confidence=0.55,
    ),
    # SUPPORT and COOPERATE
    _rule(
        "SUPPORT",
        r"(?:unterstützte\w*|unterstützt|befürwortet\w*|begrüßte\w*|begrüßt|lobte\w*|backed|backs|"
        r"endorsed|"
        r"endorses|welcomed|welcomes|praised|(?:volle|vollste|uneingeschränkte|full|strong|unwavering|steadfast)\s+"
        r"(?:\S+\s+){0,1}?(?:Unterstützung|Solidarität|support|backing|solidarity)|Unterstützung\s+(?:\S+\s+){0,3}?zu\b|"
        r"irreversible\s+path|unumkehrbar\w*|"
        # "Finland fully supports the Danish measures", "was not against Ukraine joining", "a step forward",
        # "Moscow values the humanitarian work of the Holy See", "die Emirate stünden zur territorialen Integrität"
        r"(?:fully|strongly|firmly)\s+(?:supports|supported)|(?:voll|ausdrücklich)\s+(?:\S+\s+){0,1}?unterstütz\w*|"
        r"against(?<=\bnot\sagainst)|against(?<=\bnobody\swould\sbe\sagainst)|"
        r"step\s+forward|Schritt\s+in\s+die\s+richtige\s+Richtung|step\s+in\s+the\s+right\s+direction|"
        r"(?:values|valued|respects|respected|appreciates|appreciated|schätze|schätzt|schätzte|würdigte\w*|würdige)\s+"
        r"(?:\S+\s+){0,3}?(?:efforts?|work|role|position|mediation|Bemühung\w*|Arbeit|Rolle|Position|Vermittlung\w*)|"
        r"(?:stünden|stehe|stehen|stand|stands|standing)\s+(?:fest\s+)?(?:zur|zu\s+der|by|with)\s+(?:\S+\s+){0,2}?"
        r"(?:territorialen|Ukraine|Kyiv|Kiew|Souveränität|sovereignty|territorial))",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:kooperier\w*|zusammenarbeiten|zusammenarbeite\w*|zusammengearbeitet|arbeite[nt]?\s+(?:[^\s,;]+\s+){0,6}?zusammen\b|"
        r"Zusammenarbeit|Kooperation|cooperate[ds]?|cooperating|"
        r"(?:deepen\w*|expand\w*|strengthen\w*|intensif\w*|boost\w*|enhanc\w*|broaden\w*|closer)\s+(?:\S+\s+){0,3}?"
        r"co-?operation|"
        r"co-operat\w*|work\s+together|worked\s+together)",
        confidence=0.45,
    ),
    # ---- Everyday wire vocabulary per type (families of verbs and nouns, German and English) ----
    # CONSULT
    _rule(
        "CONSULT",
        r"(?:konferiert\w*|tagte\w*|tagt|tagen|getagt|Beratung\w*|Sondierung\w*|Unterredung\w*|Aussprache|"
        r"Zweiergespräch\w*|Vier-Augen-Gespräch\w*|unter\s+vier\s+Augen|Treffen\s+(?:\S+\s+){0,3}?statt|"
        r"conferred|confer|confers|huddled|hammered\s+(?:away\s+)?at|hashed\s+out|held\s+(?:\S+\s+){0,2}?"
        r"(?:consultations|discussions|negotiations|a\s+(?:video|phone)\s+(?:call|conference))|"
        r"(?:sat|sit|sits)\s+down\s+(?:together|for\s+talks)|face-to-face|tête-à-tête|one-on-one|bilateral\s+meeting|"
        r"(?:paid|pays|pay)\s+(?:a\s+)?(?:\S+\s+){0,2}?visit|(?:hosted|hosting|hosts)\s+(?:\S+\s+){0,3}?"
        r"(?:talks|summit|meeting|delegation|counterpart)|received\s+(?:\S+\s+){0,4}?(?:at|in)\s+the\s+"
        r"(?:Kremlin|White\s+House|Elysee|Élysée|Oval\s+Office|Chancellery)|"
        r"(?:rang|phoned|dialled|dialed|called)\s+(?:\S+\s+){0,2}?(?:up\b|counterpart)|"
        r"videoconference|video\s+link|conference\s+call|Schalte|zugeschaltet|Videogipfel\w*)",
        excludes=r"(?:abgesagt|cancel\w*|called\s+off)",
        confidence=0.5,
    ),
    # AGREE
    _rule(
        "AGREE",
        r"(?:Unterzeichnung\w*|unterschrieb\w*|unterschrieben|signing|steht\s+der\s+Deal|Deal\s+steht|"
        r"Einigung\s+erzielt|Vereinbarung\s+(?:\S+\s+){0,8}?getroffen|getroffen\w*\s+Vereinbarung\w*|"
        r"Abkommen\s+(?:\S+\s+){0,4}?(?:geschlossen|besiegelt|unterzeichnet|paraphiert)|besiegelt\w*|"
        r"went\s+along\s+with|signed\s+off\s+on|sealed|clinched|struck\s+(?:a|an)\s+(?:\S+\s+){0,2}?"
        r"(?:deal|agreement|accord|bargain)|reached\s+(?:a|an)\s+(?:\S+\s+){0,2}?(?:deal|agreement|understanding|"
        r"accord|compromise)|came\s+to\s+(?:an\s+)?(?:agreement|terms)|agreed\s+(?:on|to|upon)|consented|"
        r"gave\s+(?:the\s+)?green\s+light|grünes\s+Licht|grünen\s+Licht|willigte\w*\s+(?:\S+\s+){0,6}?ein\b|"
        r"eingewilligt|zugesagt|zusagen|Zusage|pledged|pledges|vowed|committed\s+to|commitment|"
        r"verpflichtete\w*\s+sich|verpflichtet\s+sich)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals|failed|scheiterte\w*|gescheitert)",
        confidence=0.5,
    ),
    # THREATEN
    _rule(
        "THREATEN",
        r"(?:warnte\w*\s+(?:\S+\s+){0,4}?vor\s+(?:\S+\s+){0,3}?(?:„|\"|“)?(?:Atomkrieg\w*|Krieg\w*|Weltkrieg\w*|"
        r"Eskalation\w*|Konsequenzen|Folgen)|direct\s+participation|"
        r"Kriegsbeteiligung\w*|Kriegspartei|part(?:y|ies)\s+to\s+the\s+(?:conflict|war)|Rache|revenge|Vergeltungsschl\w*|"
        r"spiegelbildlich\w*|walk\s+away|walked\s+away|cautioned|slap\w*\s+(?:\S+\s+){0,3}?(?:tariffs|sanctions)|"
        r"hinted\s+at\s+(?:\S+\s+){0,3}?(?:use|nuclear)|(?:nuclear|atomic)\s+(?:sabre|saber)|sabre-rattling|"
        r"saber-rattling|Säbelrasseln|rasselte\w*|nukleare\w*\s+Drohung\w*|Atomdrohung\w*|"
        r"(?:zurückziehen|withdraw|pull\s+out),?\s+(?:\S+\s+){0,6}?(?:sollte|falls|wenn|unless|if)|"
        r"(?:sollte|falls|unless)\s+(?:\S+\s+){0,8}?(?:zurückziehen|withdraw|pull\s+out)|"
        r"Drohkulisse|Drohgebärde\w*|Drohszenario\w*|drohend\w*|menacing|ominous\w*|"
        r"would\s+(?:\S+\s+){0,2}?(?:face|suffer)\s+(?:\S+\s+){0,3}?(?:consequences|retaliation|response))",
        confidence=0.5,
    ),
    # ACCUSE
    _rule(
        "ACCUSE",
        r"(?:wies\s+(?:[^\s,;]+\s+){0,6}?(?:Verantwortung|Schuld)\s+(?:[^\s,;]+\s+){0,10}?zu\b|"
        r"(?:Verantwortung|Schuld)\s+(?:\S+\s+){0,3}?zugewiesen|chided|chides|rebuked|rebukes|lambasted|"
        r"lambasts|slammed|slams|blasted|blasts|castigated|excoriated|assailed|berated|scolded|reproached|"
        r"faulted|hit\s+out\s+at|lashed\s+out|rügte\w*|gerügt|tadelte\w*|getadelt|geißelte\w*|gegeißelt|"
        r"attackierte\w*|attackiert|kritisch\s+(?:\S+\s+){0,4}?geäußert|scharfe\w*\s+Kritik|harsche\w*\s+Kritik|"
        r"übte\w*\s+(?:\S+\s+){0,4}?Kritik|Kritik\s+(?:\S+\s+){0,4}?geübt|sharp\w*\s+criticism|harsh\w*\s+criticism|"
        r"denunciation|condemnation|Verurteilung)",
        confidence=0.55,
    ),
    # REJECT
    _rule(
        "REJECT",
        r"(?:Absage|erteilte\w*\s+(?:\S+\s+){0,6}?Absage|schlug\w*\s+(?:[^\s,;]+\s+){0,8}?aus\b|ausgeschlagen|"
        r"verwehrt\w*|verweigern|blockiert\w*|blockieren|Veto|vetoed|blocked|blocking|blocks|brushed\s+(?:aside|off)|"
        r"balked|balks|baulked|snubbed|snubs|spurned|shot\s+down|nixed|torpedoed|torpediert\w*|"
        r"lehnt\w*\s+(?:[^\s,;]+\s+){0,14}?ab\b|Ablehnung|ablehnend\w*|kategorisch\w*\s+(?:\S+\s+){0,3}?"
        r"(?:ab\b|aus\b|zurück)|eine\s+Abfuhr|Abfuhr|abblitzen|abgeblitzt|refusal|declined|declines|"
        r"refused|said\s+no|nein\s+gesagt|zerschlug\w*|scheiterte\w*|gescheitert|collapsed|broke\s+down)",
        excludes=rf"(?:Angriff\w*|attack\w*|Drohne\w*|drones?|missiles?|Raketen?|{NEGATED_REFUSAL})",
        confidence=0.5,
    ),
    # CONCEDE
    _rule(
        "CONCEDE",
        r"(?:zurückgegeben|zurückgab\w*|gab\w*\s+(?:[^\s,;]+\s+){0,10}?zurück\b|Freilassung\w*|freigekommen|"
        r"entlassen|Übergabe\w*|übergeben|ließ\w*\s+(?:[^\s,;]+\s+){0,8}?fallen|fallengelassen|fallen\s+gelassen|"
        r"abgerückt|rückte\w*\s+(?:\S+\s+){0,6}?ab\b|verzichtete\w*|Verzicht|nachgegeben|gab\w*\s+nach\b|"
        r"repatriated|repatriation|transferred|exchanged|swapped|handover|handed\s+back|returned\s+(?:\S+\s+){0,3}?"
        r"(?:bodies|remains|children|prisoners|POWs|soldiers)|remains\s+of|Leichen|Gefallene\w*|"
        r"dropped\s+(?:\S+\s+){0,2}?(?:demand|insistence|bid|claim)|gave\s+ground|caved|relented|softened|"
        r"climbed\s+down|backtracked|u-turn|yielded)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|refus\w*)",
        confidence=0.5,
    ),
    # RETREAT
    _rule(
        "RETREAT",
        r"(?:\w*Abzug\w*|pullout|pull-out|pulled\s+out|withdrawal|retreat\w*|zurückgezogen|zurückziehen|"
        r"zog\w*\s+(?:[^\s,;]+\s+){0,10}?ab\b|zogen\s+(?:[^\s,;]+\s+){0,10}?ab\b|zurückverlegt|zurückgenommen|"
        r"Rückzug\w*|verließ\w*|verlassen|geräumt|räumte\w*|evacuated|vacated|abandoned|gave\s+up\s+(?:\S+\s+){0,2}?"
        r"(?:positions|territory|the\s+town|the\s+city)|(?:Angriffe|attacks|strikes|shelling|Beschuss)\s+"
        r"(?:\S+\s+){0,6}?(?:zu\s+stoppen|eingestellt|einzustellen|stoppen|aussetzen|ausgesetzt|halt|halted|paused|"
        r"suspended|stop)|paused|Pause\s+(?:\S+\s+){0,3}?(?:Angriffe|Kampfhandlungen)|stood\s+down|"
        r"Waffenruhe|Feuerpause|Waffenstillstand|ceasefire|truce)",
        requires=r"(?:kündigte\w*|verkündete\w*|ordnete\w*|ordered|orders|announced|announces|declared|declares|"
        r"zurück\w*|abgezogen|Abzug|pull\w*|withdr\w*|retreat\w*|vacat\w*|evacuat\w*|abandon\w*|verließ\w*|"
        r"verlassen|geräumt|räumte\w*|stopp\w*|einstell\w*|eingestellt|aussetz\w*|ausgesetzt|halt\w*|paus\w*|"
        r"suspend\w*|stood|trat\w*\s+in\s+Kraft|took\s+effect|gilt|began|begann|hält|held|holding|observ\w*|"
        r"ein\b|an\b|ab\b|aus\b)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals|forder\w*|demand\w*|call\w*\s+for|urge\w*|"
        r"verletz\w*|violat\w*|broke|brach\w*|gebrochen|(?:Saal|Treffen|Sitzung|Konferenz|Gipfel\w*)\s+"
        r"(?:\S+\s+){0,8}?verlassen|verließ\w*\s+(?:\S+\s+){0,4}?(?:Saal|Treffen|Sitzung|Konferenz|Gipfel\w*))",
        confidence=0.5,
    ),
    # SANCTION
    _rule(
        "SANCTION",
        r"(?:schloss\w*\s+(?:[^\s,;]+\s+){0,4}?(?:Konsulat\w*|Generalkonsulat\w*|Botschaft\w*|Vertretung\w*)|"
        r"Schließung\s+(?:\S+\s+){0,3}?(?:Konsulat\w*|Generalkonsulat\w*|Botschaft\w*)|closure\s+of\s+"
        r"(?:\S+\s+){0,3}?(?:consulates?|embass(?:y|ies)|missions?)|clos\w+\s+(?:\S+\s+){0,3}?(?:consulates?|embass(?:y|ies))|"
        r"deckelt\w*|gedeckelt|Deckel|capped|cap\s+on|verboten|untersagt\w*|Verbot\w*|banned|bans|barred|"
        r"blacklist\w*|schwarze\w*\s+Liste|Sanktionsliste\w*|penalt(?:y|ies)|penalised|penalized|"
        r"Strafzoll\w*|Zölle\s+(?:\S+\s+){0,4}?(?:verhängt|erhoben)|(?:imposed|slapped)\s+(?:\S+\s+){0,3}?"
        r"(?:tariffs|duties|levies|restrictions|measures)|asset\s+freeze|froze|frozen\s+(?:\S+\s+){0,2}?(?:accounts|"
        r"assets)|eingefroren|Vermögenswerte\s+(?:\S+\s+){0,3}?eingefroren|Kontosperr\w*|"
        r"Ausweisung\w*|ausgewiesen|wies\s+(?:[^\s,;]+\s+){0,6}?(?:Diplomaten|Botschafter)\w*\s+(?:\S+\s+){0,4}?aus\b|"
        r"expel\w*|kicked\s+out|entzogen|Entzug|revoked|stripped\s+(?:\S+\s+){0,2}?of)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|lift\w*|aufgehoben|aufheben|Lockerung\w*|eased|easing)",
        confidence=0.5,
    ),
    # ASSAULT
    _rule(
        "ASSAULT",
        r"(?:\w*bomben|warf\w*\s+(?:[^\s,;]+\s+){0,8}?ab\b|abgeworfen|Überfall\w*|Dauerfeuer|unter\s+(?:\S+\s+){0,1}?"
        r"(?:Feuer|Beschuss)|bombardment|bombard\w*|pounded|pounding|hammered|hammering|stormed|storming|"
        r"rained\s+down|dropped\s+(?:\S+\s+){0,2}?bombs|glide\s+bombs|barrage\w*|salvo\w*|onslaught|assault\w*|"
        r"raid\w*|ambush\w*|hit\s+(?:\S+\s+){0,3}?(?:with|by)\s+(?:\S+\s+){0,2}?(?:missiles?|drones?|rockets?|"
        r"shells?|bombs?)|targeted|targeting|zerstört\w*|destroyed|Explosion\w*|explosions?|Einschl(?:ag|äge)\w*|"
        r"Sturm\w*|stürmte\w*|erstürmt\w*|Vorstoß\w*\s+(?:\S+\s+){0,3}?(?:Truppen|Armee)|Beschießung\w*|"
        r"Raketenbeschuss|Artilleriebeschuss|Drohnenattacke\w*|Attacke\w*|Luftschlag\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    # AID
    _rule(
        "AID",
        r"(?:finanzier\w*|financ\w*|fund\w*|erhielt\w*\s+(?:\S+\s+){0,6}?(?:Kampfjets?|Panzer|Waffen|Raketen|"
        r"Systeme?|Munition|Milliarden|Millionen|F-16)|received\s+(?:\S+\s+){0,4}?(?:jets?|tanks?|weapons|missiles|"
        r"systems?|ammunition|billion|million|F-16s?)|unterstützt\w*\s+(?:\S+\s+){0,4}?mit\s+(?:\S+\s+){0,3}?"
        r"(?:Milliarden|Millionen|Euro|Dollar|Kronen|Waffen)|übergab\w*\s+(?:\S+\s+){0,6}?[\w-]*(?:geschosse|munition|"
        r"panzer|waffen|systeme?|fahrzeuge|jets?|generatoren)|disburs\w*|Auszahlung\w*|ausgezahlt|provided|provides|"
        r"equipped|equip|channell?ed|donated|donates|donation|gespendet|Spende\w*|geschenkt|shipped|"
        r"Lieferung\w*|geliefert|liefert|lieferten|deliver(?:ed|ies|y|s)|handed\s+over|transferred\s+(?:\S+\s+){0,3}?"
        r"(?:weapons|systems|tanks|jets|ammunition|funds|billion|million)|Tranche\w*|Finanzspritze\w*|"
        r"Budgethilfe\w*|Haushaltshilfe\w*|Zuschuss\w*|Zuschüsse\w*|grant\w*\s+(?:\S+\s+){0,3}?(?:of|worth)|"
        r"Ausrüstung|Generatoren|generators|Winterhilfe\w*|Soforthilfe\w*|Nothilfe\w*)",
        requires=r"(?:Ukraine|Kiew|Kyiv|Ukrainian|ukrainisch\w*|Armee|army|Streitkräfte|forces|brigade|Brigade|"
        r"Ukraine's|budget|Haushalt)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|Russland\s+liefert|Russia\s+supplied)",
        confidence=0.45,
    ),
    # SUPPORT
    _rule(
        "SUPPORT",
        r"(?:sprach\w*\s+(?:[^\s,;]+\s+){0,10}?für\s+(?:[^\s,;]+\s+){0,10}?aus\b|sprachen\s+sich\s+(?:\S+\s+){0,4}?für|"
        r"sich\s+für\s+(?:\S+\s+){0,6}?ausgesprochen|auf\s+die\s+Seite|Seite\s+(?:der|des|von|Kiews|Moskaus|"
        r"Russlands|Polens)|Seite\s+an\s+Seite|"
        r"Schulterschluss|solidarisch\w*|Solidarität|gutgeheißen|gutheiß\w*|hieß\w*\s+(?:\S+\s+){0,6}?gut\b|"
        r"Rückendeckung|Rückhalt|stärkte\w*\s+(?:\S+\s+){0,4}?(?:Rücken|Position)|"
        r"favou?r\s+of|came\s+out\s+for|won\s+(?:\S+\s+){0,1}?backing|threw\s+(?:\S+\s+){0,2}?weight\s+behind|"
        r"gave\s+(?:\S+\s+){0,2}?blessing|blessing|backing|stands?\s+(?:firmly\s+)?(?:with|by|behind)|"
        r"stood\s+(?:firmly\s+)?(?:with|by|behind)|solidarity|sided\s+with|rallied\s+(?:behind|around)|"
        r"voiced\s+support|expressed\s+support|support\s+for|Unterstützung\s+für|Zuspruch|Beistand|bekräftigte\w*\s+"
        r"(?:\S+\s+){0,3}?(?:Unterstützung|Solidarität)|reaffirmed\s+(?:\S+\s+){0,3}?(?:support|backing|commitment))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|withdr\w*|entzog\w*)",
        confidence=0.45,
    ),
    # COOPERATE
    _rule(
        "COOPERATE",
        r"(?:Joint\s+Venture\w*|joint\s+ventures?|Gemeinschaftsunternehmen|tausch\w*\s+(?:[^\s,;]+\s+){0,8}?"
        r"(?:Informationen|Daten|Erkenntnisse)|(?:share|shares|shared|sharing)\s+(?:\S+\s+){0,2}?(?:intelligence|"
        r"information|data)|Informationsaustausch|Geheimdienstinformationen|schloss\w*\s+sich\s+(?:[^\s,;]+\s+){0,8}?"
        r"an\b|angeschlossen|beitreten|beigetreten|trat\w*\s+(?:[^\s,;]+\s+){0,8}?bei\b|"
        r"gemeinsam\w*\s+(?:\S+\s+){0,3}?(?:produzier\w*|herstell\w*|entwickel\w*|Beschaffung|Produktion|"
        r"Projekt\w*|Übung\w*|Patrouille\w*)|(?:produzier\w*|herstell\w*|entwickel\w*|bauen|baut)\s+"
        r"(?:\S+\s+){0,4}?gemeinsam|(?:co-produc\w*|coproduc\w*|joint\s+(?:production|procurement|project|"
        r"exercises?|patrols?|investigation|team|mechanism))|teamed\s+up|team\s+up|joined\s+forces|"
        r"signed\s+on\s+to|joined\s+(?:NATO|the\s+(?:alliance|EU|European\s+Union|coalition|initiative|group|grain))|joins|beteiligt\s+sich|beteiligte\w*\s+sich|participat\w*\s+in|taking\s+part|"
        r"take\s+part|Arbeitsgruppe\w*|working\s+group|Koordinierung\w*|coordinat\w*|Partnerschaft\w*|partnership|"
        r"Kandidatenstatus|candidate\s+status|Beitrittskandidat\w*|"
        r"Mechanismus|mechanism)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|refus\w*|weiger\w*)",
        confidence=0.4,
    ),
    # MOBILIZE
    _rule(
        "MOBILIZE",
        r"(?:\w*mobilmachung|eingezogen|einberufen|Einberufung\w*|Einziehung\w*|beordert\w*|beorderte\w*|rekrutier\w*|"
        r"Rekrutierung\w*|Anwerbung\w*|angeworben|verstärkt\w*\s+(?:\S+\s+){0,3}?(?:Truppen|Präsenz|Kräfte)|"
        r"Truppenverstärkung\w*|Großmanöver\w*|Militärübung\w*|Übung\w*\s+(?:\S+\s+){0,3}?(?:Truppen|Soldaten|"
        r"Streitkräfte)|Brigade\s+(?:\S+\s+){0,4}?stationier\w*|called\s+up|call-up|conscript\w*|drafted\s+(?:into|\d)|"
        r"recruit\w*|redeploy\w*|reinforc\w*|(?:moved|moving|moves|transferred|relocated)\s+(?:\S+\s+){0,4}?"
        r"(?:troops|forces|soldiers|weapons|nuclear|missiles|units|brigades?|battalions?)|station\s+(?:\S+\s+){0,2}?"
        r"(?:a\s+)?(?:brigade|troops|battalion|division)|permanently\s+station\w*|build-up|buildup|"
        r"war\s+games|drills?|exercises)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals)",
        confidence=0.45,
    ),
    # COERCE
    _rule(
        "COERCE",
        r"(?:Zwangsverwaltung|Zwangsadoption\w*|Zwangs\w+|zwangsweise|Hausarrest|house\s+arrest|verhaftete\w*|"
        r"Verhaftung\w*|Festnahme\w*|nahm\w*\s+(?:\S+\s+){0,6}?fest\b|Haft|inhaftiert\w*|verurteilte\w*\s+(?:\S+\s+){0,6}?"
        r"(?:zu|Haft)|Haftstrafe\w*|Lagerhaft|legten\s+(?:\S+\s+){0,6}?lahm|lahmgelegt|Hackerangriff\w*|"
        r"Cyberattacke\w*|entführt\w*|verschleppt\w*|Verschleppung\w*|deportiert\w*|Deportation\w*|"
        r"eingebürgert|Passportisierung|enteignet\w*|Enteignung\w*|verstaatlicht\w*|"
        r"temporary\s+(?:state\s+)?management|nationali[sz]\w*|abducted|abduction|kidnapp\w*|sentenced|"
        r"imprison\w*|jailed|took\s+down|knocked\s+(?:\S+\s+){0,2}?offline|hack\w*|cyber-?attack\w*|forced|"
        r"forcibly|deport\w*|rounded\s+up|detention|detained|arrest\w*|seiz\w*|confiscat\w*|expropriat\w*|"
        r"occupied(?<!-occupied)|besetzt\w*|Besatzung\w*|blockade|blockaded)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    # PROTEST
    _rule(
        "PROTEST",
        r"(?:Mahnwache\w*|Kundgebung\w*|Demonstrant\w*|demonstrier\w*|versammelten\s+sich|marschierte\w*|"
        r"skandierte\w*|Autokorso\w*|Menschenkette\w*|Sitzblockade\w*|Streik\w*|Proteste?n?|"
        r"demonstrated|demonstrators?|demonstrations?|protesters?|vigils?|march\w*\s+(?:on|through|to|in)|"
        r"chanted|chanting|picket\w*|rall(?:y|ies|ied)|sit-in|walkout|strike\s+action)",
        confidence=0.45,
    ),
    # Blame: "die Verantwortung trügen allein die Ukraine", "Kyiv bears full responsibility", "is to blame".
    _rule(
        "ACCUSE",
        r"(?:Verantwortung\s+(?:\S+\s+){0,3}?(?:trage|trägt|trügen|tragen|liege|liegt)\b|(?:trage|trägt|trügen|tragen)\s+"
        r"(?:\S+\s+){0,4}?(?:Verantwortung|Schuld)|Schuld\s+(?:\S+\s+){0,3}?(?:trage|trägt|trügen|tragen|liege|liegt)\b|"
        r"(?:bears?|bore)\s+(?:\S+\s+){0,2}?responsibility|responsibility\s+(?:\S+\s+){0,2}?(?:lies|rests)\s+with|"
        r"(?:are|was|were)\s+to\s+blame|alone\s+to\s+blame|entirely\s+to\s+blame)",
        confidence=0.5,
    ),
    # Expectations and wishes that are demands: "Moskau erwarte, dass ...", "Trump wolle eine dauerhafte
    # Waffenruhe", "ohne einen solchen Schritt sei keine Lösung möglich", "Kyiv must take a decision".
    _rule(
        "REQUEST",
        r"(?:erwarte\w*,?\s+dass|erwarten,?\s+dass|(?:will|wolle|wollen|wollte|wollten|want|wants|wanted)\s+"
        r"(?:\S+\s+){0,6}?(?:\w*waffenruhe\w*|\w*waffenstillstand\w*|\w*feuerpause\w*|ceasefire|truce|deal|"
        r"Abkommen|Frieden|peace|Verhandlungen|talks|Garantien|guarantees|Rückzug|withdrawal)|"
        r"(?:ohne|without)\s+(?:\S+\s+){0,6}?(?:nicht\s+möglich|unmöglich|keine\w*\s+(?:Lösung|Frieden|Einigung)|"
        r"no\s+(?:solution|peace|deal|settlement)|impossible)|"
        r"(?:must|müsse|müssten|muss|müssen)\s+(?:\S+\s+){0,4}?(?:take|make|withdraw|accept|recogni[sz]e|agree|stop|"
        r"end|pull|cede|give|abziehen|zurückziehen|anerkennen|akzeptieren|beenden|einstellen|aufgeben|treffen|"
        r"räumen|verzichten))",
        excludes=r"(?:\bnot\b|\bnicht\s+(?:will|wolle|want)|kein\w*\s+(?:Waffenruhe|Frieden))",
        confidence=0.5,
    ),
    # ---- idioms from regional and international outlets ----
    _rule(
        "CONSULT",
        r"(?:einem\s+Tisch|(?:selben|gleichen|runden)\s+Tisch|(?:sat|sit|sitting)\s+(?:\S+\s+){0,2}?"
        r"(?:across|around|at)\s+(?:the|a|one)\s+(?:\S+\s+){0,1}?table|miteinander\s+(?:\S+\s+){0,2}?gesprochen|"
        r"miteinander\s+telefoniert|spoke\s+to\s+each\s+other|Gesprächsfaden|Gesprächskanal|back\s+channel|"
        r"backchannel|shuttle\s+diplomacy|Pendeldiplomatie)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:Unterschrift\w*\s+(?:\S+\s+){0,2}?unter|handelseinig|unter\s+Dach\s+und\s+Fach|gemeinsamen\s+Nenner|"
        r"Übereinkunft|Übereinkommen|angenommen|nahm\w*\s+(?:[^\s,;]+\s+){0,8}?an\b|thrashed\s+out|"
        r"(?:come|came)\s+to\s+terms|rubber-stamp\w*|ratif\w*|shook\s+hands\s+on|signatures?\s+to|"
        r"(?:accepted|accepts|accept)\s+(?:\S+\s+){0,3}?(?:proposal|plan|offer|terms|deal|ceasefire|truce))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals|refus\w*)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:schlug\w*\s+(?:\S+\s+){0,18}?vor\b|beschwor\w*|beschworen|challenged\s+(?:\S+\s+){0,3}?to|"
        r"exhort\w*|pochen|pocht|drängen|drängte\w*|dringen|drang\s+auf|called\s+on|calls\s+on|calling\s+on|"
        r"forderte\w*|einforderte\w*|eingefordert|Aufforderung\w*|verlangt\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:\w*keule|put\s+a\s+gun\s+to|gun\s+to\s+(?:\S+\s+){0,1}?head|stark\s+warning|served\s+notice|"
        r"veiled\s+(?:warning|threat)|warned\s+(?:\S+\s+){0,16}?(?:at\s+war|war\s+with|consequences|retaliat\w*|"
        r"respond|response)|warnte\w*\s+(?:\S+\s+){0,8}?(?:Krieg|Konsequenzen|Folgen|Vergeltung|reagieren|"
        r"Reaktion)|oder\s+(?:\S+\s+){0,3}?verlieren|hit\s+back|zurückschlagen|schlug\w*\s+zurück)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:unterstellt\w*|unterstellte\w*|warf\w*\s+(?:[^\s,;]+\s+){0,14}?vor\b|Vorhaltung\w*|angeprangert|"
        r"prangerte\w*|denounc\w*|insinuat\w*|alleg\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:verlief\w*\s+(?:\S+\s+){0,3}?im\s+Sande|Sande\s+verlaufen|kalte\s+Schulter|cold\s+shoulder|abgetan|"
        r"tat\w*\s+(?:[^\s,;]+\s+){0,8}?ab\b|stonewall\w*|fizzled|went\s+nowhere|came\s+to\s+nothing|"
        r"ins\s+Leere|ergebnislos\w*|without\s+result|fruchtlos\w*|fruitless|dead\s+end|Sackgasse|stalled|"
        r"auf\s+Eis|shelved|acta|vertagt|postponed\s+indefinitely)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:ließ\w*\s+(?:[^\s,;]+\s+){0,10}?frei\b|auf\s+freien\s+Fu(?:ß|ss)|entgegengekommen|kam\w*\s+(?:[^\s,;]+\s+)"
        r"{0,8}?entgegen\b|preisgegeben|gab\w*\s+(?:[^\s,;]+\s+){0,8}?preis\b|abandoned\s+(?:\S+\s+){0,3}?"
        r"(?:bid|demand|claim|insistence|goal)|watered\s+down|relinquish\w*|renounc\w*|conceded|concede\w*|"
        r"Zugeständnis\w*|nachgegeben|eingelenkt|lenkte\w*\s+ein\b)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|refus\w*)",
        confidence=0.5,
    ),
    _rule(
        "RETREAT",
        r"(?:Waffen\s+(?:\S+\s+){0,10}?schweigen|vorübergehend\s+eingestellt|setzte\w*\s+sich\s+(?:[^\s,;]+\s+){0,6}?ab\b|"
        r"abgesetzt|ausgedünnt|dünnte\w*\s+(?:\S+\s+){0,6}?aus\b|scaled\s+back|scale\s+back|held\s+off|hold\s+off|"
        r"drawdown\s+(?:\S+\s+){0,2}?(?:troops|forces)|drawdown\s+from|draw\s+down|drew\s+down|Truppenreduzierung\w*|reduzierte\w*\s+(?:\S+\s+){0,4}?(?:Truppen|Präsenz))",
        excludes=r"(?:\bnot\b|nicht|kein\w*|forder\w*|demand\w*|urge\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:Konsulat\w*|Generalkonsulat\w*|Botschaft\w*|Vertretung\w*)\s+(?:\S+\s+){0,6}?(?:schließen|geschlossen)|"
        r"Bewegungsfreiheit\s+(?:\S+\s+){0,4}?eingeschränkt|schränkte\w*\s+(?:\S+\s+){0,6}?Bewegungsfreiheit|"
        r"Ölhahn|Gashahn|Hahn\s+zugedreht|drehte\w*\s+(?:\S+\s+){0,4}?Hahn|turned\s+off\s+the\s+(?:taps?|spigot)|"
        r"restricted\s+(?:\S+\s+){0,3}?movement|travel\s+restrictions|Einreiseverbot\w*|entry\s+ban\w*)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:attackiert|attackierten|hit\s+(?:\S+\s+){0,5}?(?:bombers|aircraft|jets|bases?|ships?|fleet|bridge|"
        r"plants?|stations?|command|headquarters|airbases?|bases)|struck\s+(?:\S+\s+){0,5}?(?:bombers|aircraft|"
        r"bases?|ships?|bridge|plants?|stations?))",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "AID",
        r"(?:überführt\w*\s+(?:\S+\s+){0,4}?(?:Ukraine|Kiew)|(?:Ukraine|Kiew)\s+überführt|Kiew\s+gegangen|zukommen\s+lassen|"
        r"ließ\w*\s+(?:[^\s,;]+\s+){0,8}?zukommen|have\s+arrived|has\s+arrived|arrived\s+in\s+Ukraine|"
        r"handed\s+(?:Kyiv|Ukraine)|sent\s+(?:Kyiv|Ukraine)|gave\s+(?:Kyiv|Ukraine))",
        requires=r"(?:Ukraine|Kiew|Kyiv|F-16|\w*jets?|\w*panzer|\w*systeme?|\w*waffen|weapons|aircraft|tanks|"
        r"missiles|Milliarden|billion)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "SUPPORT",
        r"(?:zur\s+Seite|solidarisierte\w*|solidarisiert|begrüßte\w*|begrüßt|steadfast\s+commitment|"
        r"reiterated\s+(?:\S+\s+){0,2}?(?:commitment|support)|unwavering|unerschütterlich\w*|Rückenwind|"
        r"hinter\s+(?:\S+\s+){0,2}?(?:Selenskyj|Kiew|die\s+Ukraine|Putin|Moskau)|stand\s+with|stood\s+with)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "COOPERATE",
        r"(?:gemeinsam\s+(?:\S+\s+){0,6}?(?:produzieren|herstellen|entwickeln|bauen|ausbilden|beschaffen)|"
        r"eingebunden|eingegliedert\s+in|teilen\s+sich|teilten\s+sich|jointly|brought\s+into\s+the\s+fold|"
        r"divvied\s+up|tandem|hand\s+in\s+glove|side\s+by\s+side\s+on|shared\s+(?:\S+\s+){0,2}?(?:training|"
        r"production|costs|burden))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "MOBILIZE",
        r"(?:baut\w*\s+(?:[^\s,;]+\s+){0,6}?(?:Brigade|Truppe\w*|Kampfbrigade|Verband|Verbände|Stützpunkt\w*)\s+"
        r"(?:\S+\s+){0,3}?auf\b|Kampfbrigade\w*|building\s+up\s+(?:\S+\s+){0,2}?(?:forces|troops)|"
        r"concentrat\w*\s+(?:\S+\s+){0,2}?(?:forces|troops)|massierte\w*|massiert|Truppenkonzentration\w*|"
        r"zusammengezogen|amassed|amassing)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "COERCE",
        r"(?:\w*blockade|abgeschnürt|schnürte\w*\s+(?:\S+\s+){0,6}?ab\b|filtration\w*|Filtrationslager\w*|herded|"
        r"besiege\w*|belager\w*|eingekesselt|encircl\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "PROTEST",
        r"(?:\w*streik\w*|Unmut\s+(?:\S+\s+){0,4}?Luft|machten\s+(?:\S+\s+){0,10}?Luft|outcry|"
        r"took\s+to\s+the\s+streets|Sitzstreik|hunger\s+strike|Hungerstreik)",
        confidence=0.45,
    ),
    # ---- German verb-final travel, present-tense plural accusations, declared support for a course ----
    # "will kommenden Montag nach Kiew und am 15. Februar nach Moskau reisen", "will nach Spanien weiterreisen"
    _rule(
        "CONSULT",
        r"(?:nach\s+\w+\s+(?:[^\s,;.]+\s+){0,8}?(?:weiter)?reisen|weiterreisen|weiterreist\w*)\b",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bEinreise)",
        confidence=0.5,
    ),
    # "Darin werfen Moskau und Peking den USA ... vor", "Kiew werfe Moskau vor"
    _rule("ACCUSE", r"(?:werfen|werfe)\s+(?:[^\s,;]+\s+){0,14}?vor\b", confidence=0.6),
    # "sprach sich dafür aus, ... aufzubauen", "spricht sich für eine Waffenruhe aus", "came out in favour of"
    _rule(
        "REQUEST",
        r"(?:sprach\w*\s+(?:[^\s,;]+\s+){0,3}?sich\s+(?:[^\s,;]+\s+){0,10}?(?:für|dafür)|"
        r"(?:spricht|spreche|sprechen)\s+(?:[^\s,;]+\s+){0,3}?sich\s+(?:[^\s,;]+\s+){0,10}?(?:für|dafür)|"
        r"came\s+out\s+in\s+favou?r\s+of|spoke\s+out\s+in\s+favou?r\s+of)",
        confidence=0.55,
    ),
    # ---- advances, closed airspace, scrambled jets, mediation offers, boycotts, sums for Ukraine ----
    # "sind russische Truppen ... in die Ukraine vorgedrungen", "drangen ... vor", "rückten auf Kiew vor"
    _rule(
        "ASSAULT",
        r"(?:vorgedrungen|vorgerückt|drang\w*\s+(?:[^\s,;]+\s+){0,10}?vor\b|rückt\w*\s+(?:[^\s,;]+\s+){0,10}?vor\b|"
        r"advanced\s+(?:on|towards?|into)|pushed\s+into)",
        requires=r"(?:Truppe\w*|Soldat\w*|Einheit\w*|Panzer\w*|Armee\w*|Streitkräfte\w*|Kräfte\w*|Verbände\w*|troops|forces|"
        r"army|tanks|units)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b)",
        confidence=0.55,
    ),
    # "Die EU schließt ihren Luftraum für Flugzeuge aus Russland", "closed its airspace to Russian aircraft"
    _rule(
        "SANCTION",
        r"(?:schließt\s+(?:\S+\s+){0,3}?Luftraum|schloss\w*\s+(?:\S+\s+){0,3}?Luftraum|sperrt\w*\s+(?:\S+\s+){0,3}?"
        r"Luftraum|Luftraum\s+(?:\S+\s+){0,8}?(?:gesperrt|geschlossen)|Luftraumsperr\w*|"
        r"clos\w*\s+(?:\S+\s+){0,3}?airspace\s+to|airspace\s+clos\w*|airspace\s+ban\w*)",
        confidence=0.6,
    ),
    # "Polen ließ Kampfflugzeuge aufsteigen", "Poland scrambled fighter jets"
    _rule(
        "MOBILIZE",
        r"(?:scrambled|scrambling|ließ\w*\s+(?:[^\s,;]+\s+){0,6}?aufsteigen|stiegen\s+(?:[^\s,;]+\s+){0,6}?auf\b|"
        r"aufgestiegen|ziehe\s+(?:[^\s,;]+\s+){0,16}?zusammen\b|ziehen\s+(?:[^\s,;]+\s+){0,16}?zusammen\b)",
        requires=r"(?:Kampf\w*|Jets?|Flugzeug\w*|Abfangjäger\w*|fighter|jets?|aircraft|Soldat\w*|Truppe\w*|troops)",
        confidence=0.5,
    ),
    # "Ankara sei bereit, zwischen Moskau und Kiew zu vermitteln", "offered to mediate"
    _rule(
        "REQUEST",
        r"(?:vermitteln|Vermittlung\s+(?:[^\s,;]+\s+){0,4}?(?:an|angeboten)\b|Vermittlungsangebot\w*|"
        r"offer\w*\s+to\s+mediate|offer\w*\s+(?:\S+\s+){0,3}?mediation)",
        requires=r"(?:bereit|angeboten|anbieten|\w*angebot\w*|\bbot\b|offer\w*|ready|willing)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # "Die Vereinigten Staaten schickten keine Vertreter zu der Zeremonie", "boycotted the inauguration"
    _rule(
        "REJECT",
        r"(?:schickt\w*\s+keine\w*\s+(?:\S+\s+){0,2}?Vertreter|boykottiert\w*|boykottier\w*|Boykott\w*|boycott\w*|"
        r"sent\s+no\s+(?:\S+\s+){0,2}?representatives?|stayed\s+away\s+from)",
        confidence=0.5,
    ),
    # "Merz announced an additional 1.5 billion euros for Ukraine's air defense"
    _rule(
        "AID",
        r"(?:billion|million|Milliarde\w*|Million\w*)\s+(?:euros?|dollars?|pounds?|Euro|Dollar|US-Dollar|Pfund)\s+"
        r"(?:\S+\s+){0,3}?(?:for|für|to|an)\s+(?:the\s+|die\s+)?(?:Ukrain\w*|Kyiv\w*|Kiew\w*)",
        confidence=0.55,
    ),
    # ---- congratulations, money pledged in German verb frames, closed consulates, "would not forget" ----
    _rule(
        "SUPPORT",
        r"(?:congratulat\w*|gratulier\w*|Glückwünsch\w*|Glückwunsch\w*|beglückwünsch\w*)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # "Schulze sagte der Ukraine zusätzliche 426 Millionen Euro zu", "sagte weitere 1,3 Mrd. Dollar zu"
    _rule(
        "AID",
        r"(?:Million\w*|Milliarde\w*|Mrd\.|Mio\.)\s+(?:Euro|Dollar|US-Dollar|Pfund|Franken)\s+(?:[^\s,;]+\s+){0,6}?zu\b",
        requires=r"(?:sagte\w*|sicherte\w*|sagen|sichern)",
        confidence=0.6,
    ),
    # "entzieht vier der fünf russischen Generalkonsulate die Genehmigung", "ordered the consulate closed"
    _rule(
        "SANCTION",
        r"(?:Generalkonsulat\w*|Konsulat\w*|consulates?)",
        requires=r"(?:schließ\w*|geschlossen|entzieh\w*|entzog\w*|entzogen|clos\w*|shut\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:would\s+\W?not\s+forget|will\s+\W?not\s+forget|werde\w*\s+(?:[^\s,;]+\s+){0,3}?nicht\s+vergessen|"
        r"wird\s+(?:[^\s,;]+\s+){0,3}?nicht\s+vergessen)",
        confidence=0.5,
    ),
    # ---- refusals in what was said: unmoved positions, premature talk, no basis, no question, baseless claims ----
    _rule(
        "REJECT",
        r"(?:nicht\s+abrücken|abrücken\s+(?:\S+\s+){0,2}?(?:werde|wolle)\b|won't\s+back\s+down|not\s+back\s+down|"
        r"premature|verfrüht\w*|zur\s+(?:völligen\s+)?Unzeit|"
        r"there\s+(?:was|is|were|would\s+be)\s+no\s+(?:basis|question|way)|keine\w*\s+Grundlage|kein\s+Weg,?|"
        r"doomed|zum\s+Scheitern\s+verurteilt|out\s+of\s+the\s+question|(?:komme|kommt|kämen|kommen)\s+(?:\S+\s+){0,4}?nicht\s+in\s*frage|"
        r"nicht\s+infrage|brauche\w*\s+keine\w*\s+Vermittl\w*|keine\w*\s+Vermittlung|(?:needs?|need)\s+no\s+mediat\w*|"
        r"baseless|unfounded|haltlos\w*|unbegründet\w*|nicht\s+zustimmen|would\s+not\s+agree|will\s+not\s+agree|"
        r"(?:will|would)\s+not\s+attend|nicht\s+teilnehmen)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- consequences and targets threatened in what was said; support in reported speech ----
    _rule(
        "THREATEN",
        r"(?:Folgen\s+(?:zu\s+)?tragen|Konsequenzen\s+(?:zu\s+)?tragen|mit\s+Konsequenzen|"
        r"bitter\w*\s+Preis|bitter\s+price|hohe\w*\s+Preis|schwere\w*\s+Preis|high\s+price|heavy\s+price|"
        r"steep\s+price|live\s+with\s+the\s+consequences|serious\s+consequences|severe\s+consequences|grave\s+consequences|ernste\w*\s+Konsequenzen|"
        r"schwerwiegende\w*\s+Konsequenzen|massive\w*\s+Konsequenzen|bear\s+the\s+consequences|should\s+be\W{0,3}consequences|face\s+consequences|"
        r"(?:its|their)\s+sights|"
        r"would\s+be\s+destroyed|würden\s+(?:\S+\s+){0,3}?[„\"“»«]?(?:zerstört|vernichtet|brennen)|"
        r"would\s+(?:\S+\s+){0,2}?[\"“]?burn|"
        r"direct\w*\s+part(?:y|ies|icipant)\s+(?:to|in)|direkte\w*\s+(?:Beteiligung|Kriegspartei)|"
        r"(?:were|are|was|being)\W{1,3}at\s+war|put\s+(?:\S+\s+){0,3}?\W{0,3}at\s+war|(?:would|will)\s+\W?not\s+hesitate|threat\s+to\s+(?:veto|block|cut|halt|quit|leave))",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bohne\s+Konsequenzen\b)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "SUPPORT",
        r"(?:unterstütze|begrüße|gedankt|realistisch\w*|tune\s+with|Einklang\s+mit|grünes\s+Licht|"
        r"green\s+light|(?:habe|hat|has)\s+(?:\S+\s+){0,2}?(?:einen\s+Platz\s+)?(?:\S+\s+){0,2}?verdient|deserves?)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bunrealistisch\w*)",
        confidence=0.45,
        sentence_scope=True,
    ),
    # ---- permission to use weapons, money approved, training; troops moved, massed, reinforced ----
    _rule(
        "AID",
        r"(?:authori[sz]\w*\s+(?:\S+\s+){0,3}?to\s+use|allow\w*\s+(?:Ukraine|Kyiv|Kiev)\s+to\s+use|"
        r"Beschränkungen\s+(?:\S+\s+){0,4}?(?:aufgehoben|aufzuheben|gelockert)|lifted\s+(?:\S+\s+){0,3}?restrictions|"
        r"restrictions\s+(?:\S+\s+){0,3}?(?:lifted|eased)|dürfe\w*\s+mit\s+(?:\S+\s+){0,3}?Waffen|"
        r"(?:billigt\w*|bewilligt\w*|committed|approved|earmarked)\s+(?:\S+\s+){0,6}?(?:billion|million|Milliarde\w*|"
        r"Million\w*)|pledged\s+(?:\S+\s+){0,4}?(?:military|financial|militärische\w*)\s+(?:support|aid|assistance)|"
        r"(?:Ausbildung|training)\s+(?:\S+\s+){0,2}?(?:ukrainischer|Ukrainian|of\s+Ukrainian)\s+\w+|"
        r"(?:ausbilden|ausgebildet|train|trained|training)\s+(?:\S+\s+){0,3}?(?:Piloten|pilots|crews|Besatzungen))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b|\brefus\w*)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:verlegt|verlegen|massed|massing|Truppenaufmarsch\w*|aufmarschiert\w*|"
        r"(?:troops|soldiers|Truppen|Soldaten)\s+(?:\S+\s+){0,4}?(?:sent|geschickt|entsandt|verstärk\w*|reinforc\w*)|"
        r"verstärk\w*\s+(?:\S+\s+){0,6}?(?:Truppen|Verteidigung|Präsenz|Grenzschutz|Flugabwehr)|"
        r"(?:Truppen|Verteidigung|Präsenz|Grenzschutz|Flugabwehr)\w*\s+(?:\S+\s+){0,6}?(?:zu\s+)?verstärk\w*|"
        r"reinforc\w*\s+(?:\S+\s+){0,4}?(?:troops|forces|defen[cs]es|presence|flank)|"
        r"(?:troops|forces)\s+on\s+high\s+readiness)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # ---- conditions, walkouts, "all means", nuclear risk, fuel on the fire ----
    # "Über Sanktionserleichterungen könne erst gesprochen werden, wenn Russland ...", "only once Kyiv accepts"
    _rule(
        "REQUEST",
        r"(?:erst\s+(?:[^\s;]+\s+){0,5}?(?:wenn|sobald)\b|erst\s+dann|only\s+once|only\s+if|only\s+when)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:walked\s+out|walk-out|walkout|verließ\w*\s+(?:[^\s,;]+\s+){0,10}?(?:Saal|Sitzung|Raum|Treffen|Konferenz|"
        r"Gipfel\w*)|(?:Saal|Treffen|Sitzung|Konferenz|Gipfel\w*)\s+(?:\S+\s+){0,8}?verlassen|left\s+the\s+"
        r"(?:meeting|talks|summit|conference|session)\s+early)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:alle\w*\s+(?:verfügbaren\s+)?Mittel\s+einsetzen|mit\s+allen\s+Mitteln|all\s+(?:available\s+)?means|"
        r"nuclear\s+(?:war|conflict|escalation|strike)|Atomkrieg\w*|nuklear\w*\s+(?:Krieg|Konflikt|Eskalation|Schlag))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "ACCUSE",
        r"(?:pour\w*\s+oil\s+on\s+the\s+fire|fuel\s+to\s+the\s+fire|adding\s+fuel)",
        confidence=0.55,
    ),
    # ---- failed accords, "there will be no", drones that hit, undertakings, weapons pledged ----
    _rule(
        "REJECT",
        r"(?:(?:konnten|konnte|können|kann)\s+sich\s+(?:[^\s,;]+\s+){0,8}?nicht\s+(?:verständigen|einigen)|"
        r"(?:werde|wird|würde)\s+es\s+(?:[^\s,;]+\s+){0,3}?(?:nicht|keine\w*)\s+(?:[^\s,;]+\s+){0,4}?geben|"
        r"there\s+(?:will|would)\s+be\s+no)",
        confidence=0.55,
    ),
    _rule(
        "ASSAULT",
        r"(?:getroffen|trafen|traf)",
        requires=r"(?:\w*drohne\w*|\w*rakete\w*|Marschflugkörper\w*|Geschoss\w*|Granate\w*|Torpedo\w*)",
        excludes=r"(?:\bsich\b|\bmit\b)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:verpflichte\w*\s+sich|verpflichtet\w*\s+sich|commit\w*\s+themselves|undert(?:ake|ook)\s+to)",
        excludes=r"(?:\bnicht\b(?!\s+mehr)|\bnot\b)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:(?:pledg\w*|commit)\s+(?:\S+\s+){0,4}?(?:tanks|jets|missiles|systems|weapons|artillery|ammunition|"
        r"Leopard\w*|Abrams|Challenger\w*|Patriot\w*|HIMARS|F-16s?))",
        excludes=r"(?:\bnot\b|\bno\b)",
        confidence=0.55,
    ),
    # ---- brushed aside, off the agenda, aid bills passed ----
    _rule(
        "REJECT",
        r"(?:brushed\s+(?:\S+\s+){0,6}?aside|brushes\s+(?:\S+\s+){0,6}?aside|brushing\s+(?:\S+\s+){0,6}?aside|"
        r"wischte\w*\s+(?:[^\s,;]+\s+){0,8}?(?:beiseite|vom\s+Tisch)|vom\s+Tisch\s+gewischt|"
        r"not\s+on\s+the\s+agenda|nicht\s+auf\s+der\s+Tagesordnung|(?:stehe|steht|stand)\s+nicht\s+zur\s+Debatte)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:passed\s+(?:\S+\s+){0,4}?(?:aid|assistance|funding)\s+(?:bill|legislation|package)|"
        r"(?:Hilfspaket|Hilfsgesetz)\w*\s+(?:[^\s,;]+\s+){0,6}?(?:verabschiedet|gebilligt|beschlossen))",
        confidence=0.6,
    ),
    # ---- displeasure and stalling as criticism, travel, calls by video, launched drones ----
    _rule(
        "ACCUSE",
        r"(?:wütend\w*|verärgert\w*|Verärgerung|Unmut|Empörung|empört\w*|angry|angered|furious|fury|displeasure|"
        r"dissatisfaction|frustrat\w*|verzweifelt\w*|desperat\w*|(?:drag|dragging|drags|dragged|ziehen|hineinziehen)\s+"
        r"(?:\S+\s+){0,4}?(?:into\s+the\s+war|in\s+den\s+Krieg)|Länge\s+(?:zu\s+)?ziehen|(?:drag|dragging)\s+out|"
        r"prolong\w*\s+(?:\S+\s+){0,2}?(?:war|conflict)|Verzögerungstaktik\w*|Hinhaltetaktik\w*|stalling|"
        r"durchsichtig\w*|Unsinn|nonsense|bullshit|conspir\w*|verschwör\w*|last\s+Ukrainian|letzten\s+Ukrainer|"
        r"too\s+radical|radikal\w*)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "CONSULT",
        r"(?:mit\s+(?:[^\s,;]+\s+){0,10}?(?:gesprochen|telefoniert|verhandelt|beraten|sprechen|verhandeln|beraten|"
        r"zusammenkommen|zusammentreffen)|zusammenschalt\w*|zusammengeschaltet|(?:stood|stands|standing)\s+alongside|"
        r"side\s+by\s+side\s+with|reiste\w*\s+(?:\S+\s+){0,4}?(?:weiter\s+)?nach)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:(?:Drohnen|Raketen|Marschflugkörper|Geschosse)\s+(?:\S+\s+){0,4}?(?:gestartet|abgefeuert|losgeschickt)|"
        r"(?:startete\w*|feuerte\w*)\s+(?:\S+\s+){0,6}?(?:Drohnen|Raketen|Marschflugkörper))",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:verstärk\w*\s+(?:\S+\s+){0,4}?(?:Truppen|Präsenz|Kräfte|Streitkräfte)|verlegen|Verlegung\w*)",
        requires=r"(?:Truppen|Soldaten|U-Boote|\w*-U-Boote|U-Boot\w*|Raketen|Kräfte|Streitkräfte|Einheiten|Präsenz|"
        r"Waffen|Atomwaffen|Bomber|Schiffe)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:understandings?\s+(?:\S+\s+){0,4}?reached|reached\s+(?:\S+\s+){0,3}?understandings?|"
        r"Verständigung\w*\s+(?:\S+\s+){0,4}?erzielt|(?:erzielte|erzielten)\s+(?:\S+\s+){0,3}?(?:Verständigung|"
        r"Einvernehmen|Einigung))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:präsentier\w*\s+(?:\S+\s+){0,6}?(?:Idee|Plan|Vorschlag|Entwurf|Friedensplan|Siegesplan)\w*|"
        r"(?:Idee|Plan|Vorschlag|Entwurf)\w*\W?\s+(?:\S+\s+){0,5}?präsentiert|presented\s+(?:\S+\s+){0,4}?(?:plan|proposal|"
        r"idea|initiative|draft|formula))",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:ohne\s+Antwort\s+bleiben|nicht\s+ohne\s+Antwort|not\s+go\s+unanswered|not\s+remain\s+unanswered|"
        r"not\s+(?:remain|go|be\s+left)\s+without\s+(?:a\s+)?(?:response|reaction|answer))",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:nicht\s+beeindrucken|unbeeindruckt|abperlen|ließ\w*\s+(?:\S+\s+){0,6}?abperlen|not\s+be\s+intimidated|"
        r"unmoved|shrugged\s+off|(?:nicht|not)\s+(?:\S+\s+){0,3}?einlassen)",
        confidence=0.5,
    ),
    # Units back to barracks, eased sanctions, conditional German threats, passing on weapons.
    _rule(
        "RETREAT",
        r"(?:kehr\w*\s+(?:[^\s,;]+\s+){0,10}?(?:Kasernen|Stützpunkte|Standorte|Garnisonen)\s+(?:\S+\s+){0,1}?zurück|"
        r"zurückgekehrt\w*\s+(?:in|zu)\s+(?:\S+\s+){0,2}?(?:Kasernen|Stützpunkte)|return\w*\s+(?:\S+\s+){0,3}?"
        r"(?:to\s+)?(?:their\s+)?(?:bases|barracks|garrisons))",
        confidence=0.55,
    ),
    _rule(
        "CONCEDE",
        r"(?:(?:Sanktion\w*|Strafmaßnahme\w*|Einreiseverbot\w*)\s+(?:[^\s,;]+\s+){0,6}?(?:ausgesetzt|aufgehoben|"
        r"gelockert|gestrichen)|(?:lifted|eased|waived|suspended|relaxed)\s+(?:\S+\s+){0,4}?sanctions|sanctions\s+"
        r"(?:\S+\s+){0,3}?(?:were|was|been)\s+(?:lifted|eased|waived|suspended)|Lockerung\w*\s+(?:\S+\s+){0,3}?Sanktion\w*|"
        r"sanctions\s+relief)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:sollte\w*\s+[^,;.]{3,80},\s+(?:werde|würde|werden|würden|sei|wäre|seien)\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:weiterzugeben|weitergeben|weitergegeben|weiterzureichen|pass\w*\s+(?:them\s+)?on\s+to)",
        requires=r"(?:Ukraine|Kiew|Kyiv)",
        confidence=0.5,
    ),
    _rule("REQUEST", r"(?:gepocht|pochten|pochte)", excludes=r"(?:\bnicht\b|\bkein\w*)", confidence=0.55),
    # ---- failed documents and refusals, delegations, lobbying, airspace incursions, frozen aid ----
    _rule(
        "REJECT",
        r"(?:(?:Abschlussdokument|Abschlusserklärung|Abschlusskommuniqué|gemeinsame\w*\s+Erklärung)\w*\s+(?:\S+\s+){0,6}?"
        r"(?:nicht|keine\w*)|winkte\w*\s+(?:\S+\s+){0,2}?ab\b|abgewinkt|waved\s+(?:\S+\s+){0,2}?(?:off|away)|"
        r"(?:plane|plant|planen|planten|plante)\s+nicht|kein\w*\s+(?:\S+\s+){0,4}?anerkennen|keinen\s+Sinn|"
        r"point\s+in\s+(?:\S+\s+){0,2}?(?:talks|negotiat\w*|meeting)|keinerlei\s+Aussicht|keine\s+Aussicht|prospects?\s+of\s+"
        r"(?:\S+\s+){0,2}?(?:success|agreement|deal))",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:Delegation\w*\s+(?:\S+\s+){0,3}?(?:anführen|anführt|anführte|leiten|leitet|leitete|führen|führt)|"
        r"(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:\S+\s+){0,3}?delegation|"
        r"sich\s+(?:[^\s,;]+\s+){0,12}?ausgetauscht|tauschten\s+sich\s+(?:[^\s,;]+\s+){0,12}?aus\b|"
        r"exchanged\s+views|kam\s+(?:[^\s,;]+\s+){0,12}?zusammen\b)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:warb\w*\s+(?:[^\s,;]+\s+){0,10}?für|wirbt\s+(?:[^\s,;]+\s+){0,10}?für|geworben|"
        r"(?:dürfe|darf|dürften|dürfen)\s+(?:[^\s,;]+\s+){0,8}?nicht|must\s+not|mustn't|"
        r"(?:triggered|invoked|invoking|triggering)\s+(?:\S+\s+){0,4}?(?:Article|clause|article)|"
        r"Artikel\s+4|Article\s+4|Konsultationen\s+nach\s+Artikel)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:(?:drones|missiles|Drohnen|Raketen)\s+(?:\S+\s+){0,6}?(?:crossed|strayed|eingedrungen|drangen)|"
        r"hybride\w*\s+Angriff\w*|hybrid\s+attack\w*)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:jets|Kampfjets|fighters|aircraft|Flugzeuge|Kampfflugzeuge)\s+(?:\S+\s+){0,4}?(?:entered|violated|"
        r"eingedrungen|drangen)|(?:send|sends|sent|deploy|deploys|deployed|schickt\w*|entsend\w*)\s+(?:\S+\s+){0,3}?"
        r"(?:fighter\s+jets|warships|frigates|Kampfjets|Kriegsschiffe|Fregatten))",
        excludes=r"(?:Ukraine|Kyiv|Kiew|\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:Hilfe|Militärhilfe|Waffenlieferungen|Lieferungen|Geheimdienstinformationen)\w*\s+(?:\S+\s+){0,5}?"
        r"(?:auf\s+Eis|gestoppt|ausgesetzt|eingefroren)|(?:der|den|dem|the)\s+(?:damaligen\s+|then\s+)?G-?8\s+"
        r"(?:\S+\s+){0,2}?(?:auszuschließen|ausgeschlossen|ausschließen|suspendiert|expelled|suspended)|(?:Europarat\w*|Council\s+of\s+Europe|Menschenrechtsrat)\s+"
        r"(?:\S+\s+){0,2}?(?:auszuschließen|ausgeschlossen|ausschließen|suspendiert|expelled|suspended)|"
        r"(?:auszuschließen|ausgeschlossen|expelled|suspended)\s+(?:\S+\s+){0,3}?(?:G8|G-8|Europarat|Council\s+of\s+Europe))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:cast\w*\s+(?:\S+\s+){0,2}?doubt|Zweifel\s+an\s+(?:der\s+)?(?:Glaubwürdigkeit|Ernsthaftigkeit|Aufrichtigkeit)|"
        r"credibility|sprach\w*\s+von\s+(?:einem|einer)\s+(?:\S+\s+){0,2}?(?:Angriff|Attacke|Aggression|Sabotage|Versuch)\w*)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- fighting begun, drawdowns and billions in support, lifted sanctions, postponements, price caps ----
    _rule(
        "ASSAULT",
        r"(?:(?:fighting|hostilities|war|invasion)\s+(?:\S+\s+){0,2}?(?:began|started|broke\s+out)|"
        r"Kämpfe\w*\s+(?:\S+\s+){0,3}?(?:begannen|ausbrachen|ausgebrochen))",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:drawdown\s+(?:\S+\s+){0,3}?(?:weapons|equipment|stockpiles|package)|(?:billion|million|Milliarden|Millionen)\s+"
        r"(?:\S+\s+){0,4}?(?:in\s+)?(?:support|aid|assistance|Hilfe|Unterstützung)\b|(?:Milliarden|Millionen)\s+Euro\s+"
        r"(?:\S+\s+){0,2}?(?:zur\s+Finanzierung|für\s+die\s+Ukraine)|(?:Ankauf|Kauf|Beschaffung)\w*\s+(?:\S+\s+){0,3}?"
        r"(?:\w*munition|Granaten|Waffen|Geschosse))",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:hob\w*\s+(?:[^\s,;]+\s+){0,10}?auf\b|hoben\s+(?:[^\s,;]+\s+){0,10}?auf\b)",
        requires=r"(?:\w*[Ss]anktion\w*|Strafmaßnahme\w*|Einreiseverbot\w*|Beschränkung\w*)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:vertag\w*|not\s+acceptable|nicht\s+akzeptabel|unrealistic|unrealistisch\w*|plan\w*\s+keine\w*|"
        r"keine\s+Entsendung|not\s+part\s+of\s+(?:\S+\s+){0,2}?(?:solution|settlement|plan))",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:bereite\w*\s+(?:\S+\s+){0,3}?(?:Antwort|Reaktion|Gegenmaßnahmen)\s+vor\b|(?:Antwort|Reaktion)\s+vorbereiten|"
        r"prepar\w*\s+(?:a\s+)?(?:response|retaliation|countermeasures))",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:ordered\s+(?:Russia|Moscow|Kyiv|Ukraine|Israel|\w+)\s+to\s+(?:suspend|stop|halt|withdraw|cease|end|"
        r"allow|release)|ordnete\w*\s+(?:\S+\s+){0,4}?an,\s+(?:\S+\s+){0,6}?(?:einzustellen|auszusetzen|abzuziehen))",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:Preisobergrenze\w*|Obergrenze\w*\s+(?:\S+\s+){0,4}?festzulegen|Obergrenzen\s+(?:\S+\s+){0,3}?"
        r"(?:Öl|Rohöl|Diesel|Gas)\w*|(?:oil|crude|diesel|gas)\s+price\s+caps?)",
        confidence=0.55,
    ),
    _rule(
        "RETREAT",
        r"(?:(?:Stadt|Ort|Stellung\w*|Brückenkopf)\s+(?:\S+\s+){0,3}?(?:aufgeben|aufgegeben|preisgeben)|"
        r"aufgeben\s+mussten|gave\s+up\s+(?:\S+\s+){0,2}?(?:town|city|positions|bridgehead))",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:alles\s+tun,?\s+(?:\S+\s+){0,2}?nötig|alles\s+Nötige|whatever\s+it\s+takes|everything\s+(?:\S+\s+){0,3}?"
        r"(?:needed|necessary))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:gefährlich\w*|dangerous|riskant\w*|Schaulaufen|Show|Inszenierung|theatre|theater|Theater)",
        requires=_SPEECH_CUE,
        confidence=0.45,
        sentence_scope=True,
    ),
    # ---- promised punishment and practical answers, shootings, thanks, conditions, money held out ----
    _rule(
        "THREATEN",
        r"(?:Antwort\s+(?:\S+\s+){0,3}?(?:werde|würde|wird)|(?:gerechte|verdiente)\w*\s+Strafe|zur\s+Rechenschaft\s+"
        r"(?:\S+\s+){0,2}?gezogen|bestraft\s+werden|(?:will|would)\s+be\s+punished|held\s+accountable|"
        r"held\s+to\s+account|(?:will|would)\s+face\s+(?:an?\s+)?(?:\S+\s+){0,2}?(?:tribunal|justice|trial|prosecution)|"
        r"(?:Verantwortung|Strafe|Gerechtigkeit)\s+(?:nicht\s+)?entgehen|options\W?\s+(?:\S+\s+){0,2}?"
        r"in\s+response|(?:alle|sämtliche)\s+Optionen|all\s+options|(?:would|will)\s+(?:stop|end|withdraw|pull\s+back)\s+"
        r"(?:\S+\s+){0,4}?if)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:geschossen|schossen\s+(?:\S+\s+){0,3}?auf|opened\s+fire|Feuer\s+(?:\S+\s+){0,2}?eröffnet\w*|"
        r"eröffnete\w*\s+(?:\S+\s+){0,3}?Feuer|Anschlag\w*|Terroranschlag\w*|terror\s+attack\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:zufrieden|satisfied\s+with|dankte\w*\s+(?:\S+\s+){0,6}?für|thanked\s+(?:\S+\s+){0,4}?for|Dank\s+(?:an|für)|"
        r"bedankte\w*\s+sich\s+(?:\S+\s+){0,6}?(?:für|bei))",
        excludes=_THANKS_NEGATED,
        confidence=0.45,
    ),
    _rule(
        "REQUEST",
        r"(?:bereit,?\s+wenn|nur\s+(?:dann\s+)?bereit|nur\s+dann,?\s+wenn|only\s+(?:be\s+)?(?:possible|ready|willing)\s+"
        r"(?:\S+\s+){0,2}?(?:if|once|when)|übermittelt\w*\s+(?:\S+\s+){0,6}?(?:Plan|Plans|Vorschlag|Entwurf|Fassung)\w*|"
        r"(?:Plan|Plans|Vorschlag|Entwurf|Fassung)\w*\s+(?:\S+\s+){0,6}?übermittelt|ruft\s+(?:[^\s,;]+\s+){0,14}?auf\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:(?:Milliarden|Millionen|billion|million)\s+(?:\S+\s+){0,8}?in\s+Aussicht)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:verstärk\w*\s+(?:\S+\s+){0,4}?(?:Flugabwehr|Luftverteidigung|Grenzschutz|Luftabwehr)|(?:Flugabwehr|"
        r"Luftverteidigung|Grenzschutz)\s+(?:\S+\s+){0,6}?(?:zu\s+)?verstärken|(?:bolster|reinforce|strengthen)\w*\s+"
        r"(?:\S+\s+){0,3}?air\s+defen[cs]es?)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:(?:would|will)\s+(?:continue|resume)\s+(?:on|the\s+next|tomorrow|later)|(?:discussions|talks|Gespräche|"
        r"Verhandlungen)\s+(?:\S+\s+){0,6}?(?:fortgesetzt|fortsetzen|resume|continue))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:such\s+(?:format|meeting|talks|summit|plans?)\s+(?:was|were|is|are)\s+(?:being\s+)?(?:prepared|planned)|"
        r"pressured\s+into|lasse\w*\s+sich\s+nicht\s+(?:\S+\s+){0,2}?(?:drängen|zwingen|erpressen|unter\s+Druck)|"
        r"forced\s+into)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:(?:would|will)\s+not\s+(?:force|impose)|nicht\s+aufzwingen|nicht\s+(?:\S+\s+){0,2}?aufzwingen)",
        confidence=0.45,
    ),
    _rule(
        "ACCUSE",
        r"(?:wendet\w*\s+sich\s+(?:\S+\s+){0,3}?gegen|wandte\w*\s+sich\s+(?:\S+\s+){0,3}?gegen|came\s+out\s+against|"
        r"opposes|opposed\s+to)",
        confidence=0.45,
    ),
    # ---- pledges of money, lobbying for, no firm commitments, invitations, displeasure ----
    _rule(
        "AID",
        r"(?:Zusage\w*\s+(?:\S+\s+){0,5}?(?:Milliarden|Millionen)|pledg\w*\s+(?:\S+\s+){0,4}?(?:billion|million)|"
        r"the\s+disposal\s+of|place\w*\s+(?:\S+\s+){0,4}?at\s+the\s+disposal)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:sich\s+(?:[^\s,;]+\s+){0,12}?für\s+(?:[^\s,;]+\s+){0,12}?eingesetzt|setzt\w*\s+sich\s+(?:[^\s,;]+\s+){0,10}?"
        r"für|setzte\w*\s+sich\s+(?:[^\s,;]+\s+){0,10}?für)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:Zusagen\s+(?:gebe|gibt|gab)\s+es\s+(?:\S+\s+){0,2}?nicht|keine\s+(?:konkreten\s+|festen\s+)?Zusagen|"
        r"commitments?\s+(?:\S+\s+){0,2}?(?:were|was)\s+not|firm\s+commitments?)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:(?:Kanzleramt|Kreml|Weiße\w*\s+Haus|Élysée\w*|Elysee\w*|Gipfel|Treffen|Gespräch\w*)\s+(?:\S+\s+){0,1}?"
        r"eingeladen|invited\s+(?:\S+\s+){0,4}?to\s+"
        r"(?:the\s+)?(?:White\s+House|Kremlin|summit|talks|meeting|Elysee|Élysée|Chancellery)|"
        r"Teilnahme\w*\s+(?:\S+\s+){0,4}?abgesagt|sagte\w*\s+(?:\S+\s+){0,6}?Teilnahme\w*\s+(?:\S+\s+){0,3}?ab\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:unzufrieden\w*|dissatisfied|unhappy|not\s+happy|economic\s+war|Wirtschaftskrieg\w*|"
        r"declared\s+(?:\S+\s+){0,2}?war\s+on)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "THREATEN",
        r"(?:keine\s+Zeit\s+mehr|more\s+time\s+on|waste\s+(?:any\s+)?more\s+time|nicht\s+länger\s+(?:\S+\s+){0,3}?"
        r"(?:zusehen|warten|hinnehmen))",
        confidence=0.5,
    ),
    # ---- more wire idioms per type ----
    _rule(
        "AGREE",
        r"(?:erklärte\w*\s+sich\s+(?:\S+\s+){0,2}?bereit|zeigte\w*\s+sich\s+(?:\S+\s+){0,2}?bereit|bereit\s+erklärt|"
        r"Abkommen\s+geschlossen|\w*abkommen\s+geschlossen|schlossen\s+(?:\S+\s+){0,6}?\w*(?:abkommen|vereinbarung|"
        r"vertrag)\w*|inked|hammered\s+out|put\s+pen\s+to\s+paper|signed|initialled|initialed|"
        r"memorandum\s+of\s+(?:intent|understanding)|Absichtserklärung\w*)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|never|niemals|refus\w*)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:brachte\w*\s+(?:[^\s,;]+\s+){0,10}?ins\s+Spiel|pocht\w*|pochte\w*|plea\w*|pleaded|appeal\w*|"
        r"Appell\w*|Bitte\s+um|bat\s+(?:\S+\s+){0,6}?um|ersuchte\w*|ersucht|Ersuchen|requested|requests|"
        r"sought|seeks|seeking|petition\w*|lobbied|beseeched|implored|entreat\w*|floated\s+(?:\S+\s+){0,3}?"
        r"(?:idea|proposal|plan)|put\s+forward|tabled|submitted\s+(?:\S+\s+){0,2}?(?:proposal|plan|draft)|"
        r"legte\w*\s+(?:[^\s,;]+\s+){0,8}?(?:Vorschlag|Plan|Entwurf)\w*\s+(?:\S+\s+){0,4}?vor\b|vorgelegt)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:Aussicht\s+(?:gestellt|stellen)|stellte\w*\s+(?:[^\s,;]+\s+){0,16}?in\s+Aussicht|"
        r"unabsehbare\w*\s+Folgen|potenzielle\w*\s+Träger\w*|potenzielle\w*\s+(?:militärische\w*\s+)?Ziel\w*|potential\s+military\s+targets?|"
        r"Zölle\s+verhängen|werde\w*\s+(?:[^\s,;]+\s+){0,6}?(?:Zölle|Sanktionen|Strafzölle)\s+(?:verhängen|erheben)|"
        r"painful\s+response|schmerzhafte\w*\s+Antwort|raised\s+the\s+spectre|raised\s+the\s+specter|"
        r"brandish\w*|put\s+(?:\S+\s+){0,2}?on\s+notice|dangled|dangling|decision-making\s+centres?|"
        r"Entscheidungszentren|would\s+be\s+considered\s+(?:\S+\s+){0,2}?targets?|verschärfte\w*\s+den\s+Ton|"
        r"Wenn\s+(?:\S+\s+){0,8}?nicht\s+(?:\S+\s+){0,6}?werde)",
        # help, weapons or money held out are aid, a visit held out is a plan
        excludes=_HELD_OUT_NOT_THREATS,
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:mitverantwortlich|hauptverantwortlich|scharf\s+angegriffen|scharf\s+kritisiert|pointed\s+(?:the|a)\s+finger|"
        r"attributed\s+(?:\S+\s+){0,8}?to|zugeschrieben|schrieb\w*\s+(?:[^\s,;]+\s+){0,8}?zu\b|"
        r"machte\w*\s+(?:[^\s,;]+\s+){0,10}?(?:verantwortlich|mitverantwortlich)|held\s+(?:\S+\s+){0,3}?"
        r"(?:responsible|accountable)|laid\s+the\s+blame|Schuld\s+(?:\S+\s+){0,3}?(?:gegeben|zugeschoben|gab)|"
        r"sprach\w*\s+von\s+(?:einem|einer)\s+(?:\S+\s+){0,2}?(?:Verbrechen|Terror\w*|Kriegsverbrechen|Völkermord|"
        r"Provokation|Lüge)|denounced|decried|deplored|verurteilte\w*\s+(?:\S+\s+){0,3}?scharf)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:nicht\s+infrage|nicht\s+in\s+Frage|außer\s+Frage|ausgeschlossen|poured\s+cold\s+water|off\s+the\s+table|"
        r"vom\s+Tisch|(?:never|nie|niemals)\W{0,2}\s*(?:recogni[sz]e|accept|anerkennen|akzeptieren)|"
        r"(?:won't|will\s+not|would\s+not|wouldn't|cannot|can't)\s+(?:\S+\s+){0,2}?(?:recogni[sz]e|accept|agree)|"
        r"Nein\b|dismissive|zurückhaltend\s+reagiert|kühl\s+reagiert|reacted\s+coolly)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:überstellt\w*|überstellte\w*|Überstellung\w*|repatriiert\w*|Repatriierung\w*|gab\w*\s+(?:[^\s,;]+\s+){0,10}?"
        r"(?:Forderung|Anspruch|Widerstand|Veto)\w*\s+(?:[^\s,;]+\s+){0,14}?auf\b|rückte\w*\s+(?:[^\s,;]+\s+){0,16}?ab\b|"
        r"given\s+up|giving\s+up|gave\s+up|set\s+free|came\s+home|returned\s+home|allowed\s+(?:\S+\s+){0,3}?to\s+"
        r"return|Heimkehr|heimgekehrt|kamen\s+(?:\S+\s+){0,6}?frei\b(?!\s+(?:noch|und|oder)\b))",
        excludes=rf"(?:\bnot\b|nicht|kein\w*|refus\w*|scheiter\w*|failed|geplant|planned|proposed|vorgeschlagen|"
        rf"{AGREE_VERB})",
        confidence=0.5,
    ),
    _rule(
        "RETREAT",
        r"(?:zog\w*\s+sich\s+(?:[^\s,;]+\s+){0,10}?zurück|zogen\s+sich\s+(?:[^\s,;]+\s+){0,10}?zurück|"
        r"stellte\w*\s+(?:[^\s,;]+\s+){0,10}?(?:Angriffe|Kampfhandlungen|Beschuss|Feuer|Luftangriffe)\s+"
        r"(?:[^\s,;]+\s+){0,12}?ein\b|setzte\w*\s+(?:[^\s,;]+\s+){0,10}?(?:Angriffe|Kampfhandlungen|Beschuss|"
        r"Luftangriffe)\s+(?:[^\s,;]+\s+){0,6}?aus\b|pausiert\w*|pausierte\w*|Waffen\s+schweigen|schwiegen\s+die\s+Waffen|"
        r"guns\s+(?:fell|fall|went)\s+silent|halted\s+(?:\S+\s+){0,2}?(?:strikes|attacks|offensive|fire|shelling)|"
        r"suspended\s+(?:\S+\s+){0,2}?(?:hostilities|fighting|strikes|attacks)|pulled\s+back|pull\s+back|"
        r"called\s+(?:a\s+)?halt|fell\s+back|fall\s+back|stand\s+down|Ruhe\s+(?:\S+\s+){0,3}?Front)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|forder\w*|demand\w*|urge\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:Ausschluss\s+(?:\S+\s+){0,6}?(?:Swift|SWIFT|Zahlungssystem\w*)|cut\s+off\s+from|Swift-Ausschluss\w*|"
        r"aus\s+(?:dem\s+)?(?:Zahlungssystem\s+)?Swift|(?:properties|yacht|superyacht|assets|accounts|funds)\s+"
        r"(?:\S+\s+){0,3}?(?:were|was|been)\s+frozen|frozen\s+under|eingefroren)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:attackierte\w*\s+(?:\S+\s+){0,6}?(?:mit|Raffinerie\w*|Stellung\w*|Stadt|Hafen\w*|Anlage\w*)|"
        r"Angriffswelle\w*|überzog\w*\s+(?:\S+\s+){0,9}?mit|versenkt\w*|versenkte\w*|zurückerobert\w*|"
        r"eroberte\w*|erobert|eingenommen|nahm\w*\s+(?:[^\s,;]+\s+){0,6}?ein\b|Gegenstoß\w*|"
        r"traf\w*\s+(?:[^\s,;]+\s+){0,8}?(?:Umspannwerk\w*|Raffinerie\w*|Kraftwerk\w*|Wohnhaus\w*|Wohnblock\w*|"
        r"Hafen\w*|Infrastruktur|Ziele?|Stellungen|Flugplatz|Depot\w*|Lager\w*)|"
        r"(?:hit|struck|strikes?)\s+(?:\S+\s+){0,5}?(?:refinery|refineries|substation\w*|power\s+plant\w*|"
        r"apartment|buildings?|port|infrastructure|airfield\w*|depot\w*|targets?|positions?|grid|facilit\w*)|"
        r"took\s+out|knocked\s+out|sank|sunk|sinking|recaptured|captured|seized\s+(?:\S+\s+){0,3}?(?:villages?|town|"
        r"city|positions?)|liberated|befreit\w*|advanced|vorgerückt)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "AID",
        r"(?:zur\s+Verfügung|stellt\w*\s+(?:[^\s,;]+\s+){0,10}?bereit\b|Hilfsgüter\w*|Hilfslieferung\w*|"
        r"Hilfskonvoi\w*|rüstet\w*\s+(?:[^\s,;]+\s+){0,8}?(?:mit\s+)?(?:\S+\s+){0,4}?aus\b|ausgerüstet|"
        r"supply|supplies|supplying|convoy\w*|first\s+batch|batch\s+of|gave\s+(?:\S+\s+){0,3}?(?:billion|million|"
        r"kroner|euros?|dollars|pounds)|give\s+(?:\S+\s+){0,3}?(?:billion|million)|Hilfe\s+in\s+Höhe)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "SUPPORT",
        r"(?:stellte\w*\s+sich\s+(?:[^\s,;]+\s+){0,8}?hinter|stellten\s+sich\s+(?:[^\s,;]+\s+){0,8}?hinter|"
        r"den\s+Rücken|unterstützen|bekannte\w*\s+sich\s+(?:\S+\s+){0,3}?zu[rm]?|pflichtete\w*\s+(?:[^\s,;]+\s+){0,8}?bei\b|"
        r"beigepflichtet|schloss\w*\s+sich\s+(?:[^\s,;]+\s+){0,6}?(?:Forderung|Vorschlag|Aufruf|Position)\w*|"
        r"echoed|endorse|championed|champion\w*|drew\s+(?:\S+\s+){0,2}?support|broad\s+support|rallied|"
        r"stand\s+(?:firmly\s+)?(?:with|by|behind)|behind\s+Kyiv|behind\s+Ukraine|hinter\s+Kiew|hinter\s+die\s+Ukraine)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "COOPERATE",
        r"(?:gemeinsame\w*\s+(?:\S+\s+){0,2}?\w*(?:fonds|fund|projekt|allianz|initiative|programm|unternehmen|zentrum)|"
        r"\w*-Allianz|Allianz\s+(?:\S+\s+){0,3}?(?:gegründet|ins\s+Leben)|ins\s+Leben\s+gerufen|Hand\s+in\s+Hand|"
        r"bündel\w*\s+(?:[^\s,;]+\s+){0,6}?Kräfte|joint\s+(?:\S+\s+){0,2}?(?:fund|investment|initiative|centre|"
        r"center|programme|program|venture)|became\s+(?:\S+\s+){0,2}?member|wurde\s+(?:\S+\s+){0,3}?Mitglied|"
        r"collaborat\w*|pooled|pooling|partnering|partnered|set\s+up\s+(?:a\s+)?joint|gründe\w*\s+(?:\S+\s+){0,3}?gemeinsam\w*)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "MOBILIZE",
        r"(?:zieht\s+(?:[^\s,;]+\s+){0,16}?zusammen\b|zogen\s+(?:[^\s,;]+\s+){0,16}?zusammen\b|übte\w*|übten|"
        r"\w*-Übung\w*|Übung\w*|Manöver|Alarmbereitschaft|Gefechtsbereitschaft|combat\s+readiness|high\s+alert|"
        r"beefed\s+up|bolster\w*|drilled|drilling|exercise\w*|maneuvers|manoeuvres|deploy\w*|Aufstockung\w*|"
        r"aufgestockt|stockte\w*\s+(?:\S+\s+){0,6}?auf\b)",
        # "a propaganda exercise", "an exercise in futility", "exercised its veto": no troops move
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*|(?:propaganda|PR|public\s+relations|cosmetic)\W+exercise|"
        r"exercise\s+(?:in|of)\b|exercis(?:ed|ing)\b)",
        confidence=0.45,
    ),
    _rule(
        "COERCE",
        r"(?:nahm\w*\s+(?:[^\s,;]+\s+){0,10}?fest\b|festgesetzt|setzte\w*\s+(?:[^\s,;]+\s+){0,6}?fest\b|"
        r"gliederte\w*\s+(?:[^\s,;]+\s+){0,10}?ein\b|entern|geentert|enterte\w*|durchsucht\w*|durchsuchte\w*|"
        r"Gewahrsam|incorporated|annex\w*|boarded|boarding|stopped\s+and\s+searched|searched|"
        r"(?:taken|took)\s+into\s+custody|custody|detain\w*|impounded|beschlagnahm\w*|Beschlagnahmung\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    _rule(
        "PROTEST",
        r"(?:auf\s+die\s+Straße|\w*protest\w*|\w*demonstration\w*|\w*märsche?\b|"
        r"took\s+to\s+the\s+streets|human\s+chain|Menschenkette\w*|protest\w*|marches|marched)",
        confidence=0.45,
    ),
    # ---- aid promised: "would send 12 more howitzers", "will provide £2.5bn in support", "Hilfe zugesagt" ----
    _rule(
        "AID",
        r"(?:(?:would|will|to)\s+(?:send|provide|deliver|supply|ship|donate)|(?:Hilfe|Waffen|Munition|Luftabwehr\w*|Panzer|"
        r"Militärhilfe|Finanzhilfe)\s+(?:[^\s,;.]+\s+){0,6}?zugesagt|sagte\w*\s+(?:[^\s,;.]+\s+){0,10}?"
        r"(?:Hilfe|Waffen|Munition|Luftabwehr\w*|Panzer|Milliarden|Millionen)\s+(?:[^\s,;.]+\s+){0,6}?zu\b)",
        requires=r"(?:howitzers?|tanks?|missiles?|weapons|arms|air\s+defen[cs]e|systems?|ammunition|shells|jets|"
        r"aircraft|drones|military\s+(?:support|aid|assistance)|aid|assistance|funding|(?:£|\$|€)\s?\d[\w.,]*|"
        r"\d[\d.,]*\s*(?:bn|billion|million|m)\b|Ukraine|Kyiv|Kiew|Hilfe|Waffen|Munition|Luftabwehr\w*|Panzer|"
        r"Milliarden|Millionen|grain|wheat|tonnes|generators|Getreide|Weizen|Tonnen|Generatoren)",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b)",
        confidence=0.5,
    ),
    # ---- suggestions, advocacy, ideas raised, urging to come; warnings that something would be a mistake ----
    _rule(
        "REQUEST",
        r"(?:nahegelegt|legte\w*\s+(?:[^\s,;.]+\s+){0,8}?nahe\b|starkzumachen|starkgemacht|"
        r"(?:macht|machte|machten)\s+sich\s+(?:[^\s,;.]+\s+){0,8}?stark\b|"
        r"raised\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:idea|proposal|prospect|possibility)|(?:to|would|will)\s+urge)",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:would|will)\s+be\s+(?:\S+\s+){0,2}?[\"“]?(?:a|an)\s+(?:\S+\s+){0,2}?mistake|"
        r"(?:wäre|sei|würde|wären|seien)\s+(?:[^\s,;.]+\s+){0,3}?[„«\"“]?(?:ein|eine)\s+(?:[„«\"“]?\S+\s+)?Fehler)",
        confidence=0.5,
    ),
    # ---- briefing a partner, coordinating beforehand, addressing a parliament, insults, trips not planned ----
    _rule(
        "CONSULT",
        r"(?:(?:hatte|habe|hat|haben|hatten|wurde|wurden|worden|sei|seien)\s+(?:[^\s,;.]+\s+){0,10}?"
        r"(?:informiert|unterrichtet)\b|unterrichten|unterrichtete\w*|"
        r"sich\s+(?:[^\s,;.]+\s+){0,8}?mit\s+(?:[^\s;.]+\s+){0,12}?(?:abgestimmt|abgesprochen)|"
        r"stimmte\w*\s+sich\s+(?:[^\s,;.]+\s+){0,8}?mit\s+(?:[^\s;.]+\s+){0,12}?ab\b|"
        r"(?:addressing|addresses|addressed)\s+(?:\S+\s+){0,3}?(?:Houses?\s+of\s+Parliament|Parliament|Congress|"
        r"Bundestag|Rada|Knesset|lawmakers|legislators))",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*)",
        confidence=0.45,
    ),
    _rule("ACCUSE", r"(?:insults?|insulted|insulting|Beleidigung\w*|beleidigt\w*|beleidigend\w*)", confidence=0.5),
    _rule(
        "REJECT",
        r"(?:plane|plant|planen|planten|plante)\s+(?:er|sie|man|es)?\s*(?:derzeit\s+|vorerst\s+|auch\s+)?nicht\b",
        requires=r"(?:Reise|Besuch|Treffen|Teilnahme|Gespräch\w*|Verhandlung\w*|Lieferung\w*|Entsendung)",
        confidence=0.5,
    ),
    # ---- positions unchanged, visits not wanted, no reason for talks, no seat at the table ----
    _rule(
        "REJECT",
        r"(?:(?:position|Position|Haltung|stance)\s+(?:[^\s.;]+\s+){0,6}?(?:(?:remains?|remained|blieb|bleibe|bleibt)\s+)?"
        r"(?:unchanged|unverändert)|(?:position|Position|Haltung|stance)\s+(?:[^\s.;]+\s+){0,6}?"
        r"[„\"“]?(?:has|had)\s+not\s+changed|nicht\s+erwünscht|not\s+welcome|(?:keinen|no)\s+(?:Anlass|Grund|reason)\s+"
        r"(?:für|zu|dafür|for|to)|dafür\s+(?:[^\s.;,]+\s+){0,4}?keinen\s+(?:Anlass|Grund)|(?:nicht|noch\s+nicht)\s+festlegen|(?:not|no)\s+(?:have\s+)?a\s+seat\s+at\s+the\s+"
        r"(?:negotiating\s+)?table)",
        confidence=0.55,
    ),
    # ---- hosting to come, addressing a cabinet, repeated demands, own measures, pressing someone, convening ----
    _rule(
        "CONSULT",
        r"(?:(?:to|will|would|could|may|might|set\s+to|expected\s+to)\s+host|"
        r"addressed\s+(?:the\s+)?(?:\S+\s+){0,2}?cabinet|zusammentreten|zusammentrat\w*|zusammengetreten|"
        r"(?:Reise|Auslandsreise|Reisen)\s+(?:[^\s,;]+\s+){0,10}?(?:führen|führt|führte|gehen|geht|ging)\b)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:repeated|reiterated|renewed|restated|repeats|reiterates)\s+(?:\S+\s+){0,3}?(?:demands?|calls?|"
        r"appeals?|requests?)|(?:wiederholte|bekräftigte|erneuerte)\w*\s+(?:[^\s,;]+\s+){0,3}?"
        r"(?:Forderung|Appell|Aufruf|Bitte)\w*|"
        r"(?:pressed|presses|pressing)\s+(?:\S+\s+){1,3}?(?:on|over|for)\b|"
        r"(?:brachte|brachten|bringt)\s+(?:[^\s,;]+\s+){0,10}?ins\s+Spiel|ins\s+Spiel\s+gebracht)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:its|their|his|her)\s+own\s+measures\s+against|(?:punitive|restrictive|retaliatory)\s+measures|"
        r"(?:Gegen|Vergeltungs)maßnahme\w*|des\s+Landes\s+(?:verwies|verwiesen)|verwies\w*\s+(?:[^\s,;]+\s+){0,8}?"
        r"des\s+Landes)",
        confidence=0.55,
    ),
    # ---- conditions put on a settlement, on talks or on relief: "nur möglich, wenn", "would depend on" ----
    _rule(
        "REQUEST",
        r"(?:nur\s+(?:dann\s+)?(?:möglich|denkbar|vorstellbar|akzeptabel|sinnvoll)\W{0,2}\s*(?:wenn|falls|sofern)|"
        r"nur\s+(?:dann\s+)?(?:in\s*frage|infrage),?\s+(?:wenn|falls|sofern)|"
        r"(?:hänge|hängt|hingen|hinge|hängen)\s+(?:[^\s.;]+\s+){0,4}?davon\s+ab|"
        r"von\s+(?:[^\s.;]+\s+){1,6}?abhängig\s+(?:gemacht|machen|macht|machte|machten)|"
        r"(?:machte|macht|machten|machen)\s+(?:[^\s.;]+\s+){1,8}?von\s+(?:[^\s.;]+\s+){1,6}?abhängig|"
        r"(?:setze|setzt|setzen|setzte)\s+(?:[^\s.;,]+\s+){1,8}?voraus|"
        r"Ohne\s+(?:[^\s.;]+\s+){1,6}?(?:sei|ist|wäre|werde|seien|sind)\s+(?:[^\s.;]+\s+){0,4}?"
        r"(?:nicht|kein\w*)\s+(?:möglich|denkbar|zu\s+haben)|"
        r"(?:would|will|could)\s+depend\s+on|depend(?:s|ed)?\s+on\s+(?:whether|if|how)|hinge[sd]?\s+on|"
        r"(?:contingent|conditional)\s+(?:up)?on|(?:made|make|makes|making)\s+(?:\S+\s+){1,5}?"
        r"(?:dependent|conditional|contingent)\s+(?:up)?on|"
        r"without\s+(?:\S+\s+){1,5}?(?:no|not)\s+(?:\S+\s+){0,3}?(?:is|are|was|were|would\s+be)\s+possible)",
        confidence=0.5,
    ),
    # ---- appreciation, insistence, no basis for talks, days given, reconvening, sales approved ----
    _rule(
        "SUPPORT",
        r"(?:appreciated|appreciates|appreciation\s+(?:for|of)|würdigte\w*|würdigt|gewürdigt)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:bestand|bestanden|besteht|bestehe|beharrte\w*|beharrt|beharre)\s+(?:[^\s.;]+\s+){0,3}?darauf)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:(?:saw|sees|see|seeing)\s+no\s+(?:\S+\s+)?(?:basis|grounds?|reason|need|point|sense)\s+(?:for|in|to))",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:gave|gives|given|giving)\s+(?:\S+\s+){0,3}?(?:\S+\s+)(?:days|weeks|hours|months)\s+to\b|"
        r"(?:gab|gibt|gaben|gegeben)\s+(?:[^\s.;]+\s+){0,4}?(?:\S+\s+)(?:Tage|Wochen|Stunden|Monate)\W{0,2}\s*(?:Zeit|um))",
        confidence=0.55,
    ),
    _rule("CONSULT", r"(?:reconvene\w*|reconvening)", confidence=0.55),
    # ---- sanctions kept: "would stay in place", "will not lift sanctions", "keine Lockerung der Sanktionen" ----
    _rule(
        "REJECT",
        r"(?:(?:not|never)\s+(?:\S+\s+){0,2}?(?:ease|lift|loosen|relax|drop|remove)\w*\s+(?:\S+\s+){0,3}?sanctions|"
        r"sanctions\s+(?:\S+\s+){0,4}?(?:stay|stays|stayed|remain|remains|remained)\b|"
        r"Sanktionen\s+(?:[^\s.;]+\s+){0,4}?(?:bleiben|bleibe|blieben|bliebe)\b|"
        r"Sanktionen\s+(?:[^\s.;]+\s+){0,3}?(?:nicht|keinesfalls|nie)\s+(?:\S+\s+)?(?:aufheben|lockern|aufgehoben|"
        r"gelockert)|keine\w*\s+(?:Lockerung|Aufhebung)\s+(?:der\s+)?(?:\S+\s+)?Sanktionen)",
        confidence=0.55,
    ),
    # ---- visits in the perfect ("nach Brüssel gereist", "had flown to Brussels"), trips, dinners, envoys sent ----
    _rule(
        "CONSULT",
        r"(?:nach\s+[A-ZÄÖÜ][\w-]+\s+(?:[^\s,;.]+\s+){0,6}?(?:gereist|geflogen|aufgebrochen)|"
        r"(?:had|has|have)\s+(?:\S+\s+)?(?:flown|travell?ed|gone)\s+to\s+[A-Z][\w-]+|(?:made|makes|make|paid|pays|pay)\s+"
        r"(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}?(?:trip|visit)\s+to|Abend\s+gegessen|Abendessen\s+mit|(?:had|over)\s+"
        r"dinner\s+with|"
        r"dined\s+with|(?:send|sends|sending|sent|schicken|schickt|schickte|entsenden|entsendet|entsandte)\s+"
        r"(?:[^\s,;.]+\s+){0,5}?(?:envoy|Sondergesandte\w*|Gesandte\w*|Sonderbeauftragte\w*))",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bEinreise)",
        confidence=0.5,
    ),
    # ---- reactions: measures called an attempt, hybrid war, refusals to withdraw, positive reactions, understanding,
    # military-technical answers, not standing by ----
    _rule(
        "ACCUSE",
        r"(?:(?:was|were|sei|seien|war|wäre|wären)\s+(?:\S+\s+){0,3}?(?:an?\s+|ein\s+)?(?:attempt|Versuch)\s+"
        r"(?:to|zu|,)|(?:waging|wages|waged|führe|führt|führen|führten)\s+(?:[^\s.;]+\s+){0,3}?(?:war|Krieg)\s+"
        r"(?:against|gegen))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:(?:will|would)\s+(?:not|never)\s+(?:\S+\s+){0,2}?(?:withdraw|pull\s+out|cede|surrender|hand\s+over|give\s+up(?!\s+on\b))|"
        r"(?:werde|werden|würde|würden|wird)\s+(?:[^\s.;,]+\s+){0,3}?(?:nicht|niemals|nie|keinesfalls)\s+"
        r"(?:[^\s.;,]+\s+){0,5}?(?:zurückziehen|abziehen|abtreten|aufgeben|preisgeben|räumen))",
        confidence=0.55,
    ),
    _rule(
        "SUPPORT",
        r"(?:reacted\s+positively|responded\s+positively|reagierte\w*\s+(?:\S+\s+)?positiv|expressed\s+understanding|"
        r"zeigte\w*\s+(?:\S+\s+)?Verständnis|Verständnis\s+für)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:militärisch-technische\w*\s+Maßnahmen|military-technical\s+(?:measures|response)|"
        r"not\s+(?:stay|remain|stand)\s+(?:on\s+the\s+sidelines|idle|idly\s+by)|nicht\s+tatenlos\s+zusehen|"
        r"nicht\s+untätig\s+bleiben)",
        confidence=0.55,
    ),
    # ---- wishes called welcome, not standing in the way, exchanges being prepared, diplomats returning, applications
    _rule(
        "SUPPORT",
        r"(?:(?:were|would\s+be|sei|seien|wäre|wären)\s+(?:\S+\s+){0,2}?(?:welcome|willkommen|begrüßenswert)|"
        r"welcome(?!\s+(?:to|the|a|an|his|her|their|its|this|that|any|all|back|with|by|for|from)\b))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bnie\b|\bnever\b)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:(?:would|will)\s+not\s+stand\s+in\s+the\s+way|(?:stehe|stehen|stand|stünde)\s+(?:[^\s.;]+\s+){0,5}?"
        r"nicht\s+(?:\S+\s+)?im\s+Wege?\b)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:(?:further|more|new)\s+(?:prisoner\s+)?(?:exchanges|swaps)\s+(?:\S+\s+){0,3}?(?:being\s+prepared|planned|"
        r"possible|expected)|weitere\w*\s+(?:Gefangenen)?[Aa]ustausch\w*\s+(?:[^\s.;]+\s+){0,4}?(?:vorbereitet|geplant|"
        r"möglich))",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:diplomats\s+(?:would|will|to)\s+(?:begin\s+|start\s+)?return\w*|(?:reopen\w*|re-open\w*)\s+(?:\S+\s+){0,2}?"
        r"embass(?:y|ies)|Botschaft\w*\s+(?:[^\s.;]+\s+){0,3}?(?:wiedereröffne\w*|wieder\s+(?:zu\s+)?öffne\w*)|"
        r"Diplomaten\s+(?:[^\s.;]+\s+){0,4}?zurückkehren)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:letters?\s+of\s+application|applications?\s+(?:to\s+join|for\s+membership)|membership\s+applications?|"
        r"Beitrittsantr\w*|Beitrittsgesuch\w*|Aufnahmeantr\w*)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:(?:stellt|stellen|stellte|stellten)\s+(?:[^\s.;]+\s+){1,8}?bereit\b)",
        requires=r"(?:Millionen|Milliarden|Dollar|Euro|\w*[Ww]affen\w*|\w*[Hh]ilfe\w*|\w*[Ss]ysteme?n?|\w*[Mm]unition|"
        r"\w*[Pp]anzer\w*|\w*[Rr]aketen)",
        confidence=0.55,
        sentence_scope=True,
    ),
    # ---- positions valued, thanks, meetings not ruled out, denials, pointless talks, protests, objections, claims
    # called false, suspended treaties, support reaffirmed, backing promised, invitations not due ----
    _rule(
        "SUPPORT",
        r"(?:(?:valued|values|schätze|schätzt|schätzte|schätzten)\s+(?:[^\s.;]+\s+){0,4}?(?:position|efforts?|role|"
        r"mediation|contribution|stance|Haltung|Position|Bemühungen|Rolle|Beitrag|Vermittlung\w*)|"
        r"(?:would|will)\s+back\b)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule("SUPPORT", r"(?:thanked|dankte\w*|bedankte\w*)", excludes=_THANKS_NEGATED, confidence=0.45),
    _rule(
        "AGREE",
        r"(?:(?:did|does|would|will)\s+not\s+rule\s+out|(?:didn|doesn|won)['’]t\s+rule\s+out|(?:schloss|schließt|schließe|schlossen)\s+(?:[^\s.;]+\s+){0,6}?"
        r"nicht\s+(?:\S+\s+)?aus\b|(?:not|nicht)\s+(?:been\s+)?(?:ruled\s+out|ausgeschlossen))",
        requires=r"(?:Treffen|Gespräch\w*|Verhandlung\w*|meeting|talks|negotiations|summit|Gipfel\w*|Waffenruhe|"
        r"ceasefire|truce|compromise|Kompromiss\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "AGREE",
        r"(?:(?:reaffirmed|reaffirms|bekräftigte\w*|bekräftigt)\s+(?:[^\s.;]+\s+){0,4}?(?:support|commitment|"
        r"Unterstützung|Solidarität|Zusage\w*|Beistand)|(?:would|will)\s+continue\s+to\s+(?:play|promote|support|work|"
        r"help|stand))",
        excludes=r"(?:\bnot\b|\bnicht\b)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:(?:had|has|have)\s+no\s+intention|keine\w*\s+Absicht|pointless|(?:sei|seien|ist|war|wäre)\s+"
        r"(?:[^\s.;]+\s+){0,4}?[„“\"]?sinnlos|meaningless|"
        r"(?:makes|made|make)\s+no\s+sense|(?:ergebe|ergibt|mache|macht)\s+keinen\s+Sinn|untrue|"
        r"(?:simply|plainly|completely|totally|patently)\s+(?:false|untrue|wrong)|(?:sei|seien|ist|war)\s+(?:\S+\s+)?"
        r"(?:falsch|unwahr|gelogen)|never\s+(?:provided|supplied|delivered|sent)|(?:steht|stehe|stünde)\s+"
        r"(?:[^\s.;]+\s+){0,3}?nicht\s+an\b|nicht\s+an(?:steht|stehe)\b)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "ACCUSE",
        r"(?:protestierte\w*|protestiert|protested|protesting|(?:hielt|hält|hielten)\w*\s+(?:[^\s.;]+\s+){0,4}?entgegen)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:suspension\s+of\s+(?:\S+\s+){0,2}?(?:New\s+START|treaty|agreement|deal|participation|cooperation|flights|"
        r"visas?)|suspended\s+(?:\S+\s+){0,3}?(?:participation|treaty|agreement|cooperation)|Aussetzung\s+(?:der|des)\s+"
        r"(?:[^\s.;]+\s+){0,2}?(?:\w*[Vv]ertrag\w*|\w*[Aa]bkommen\w*|Teilnahme|Zusammenarbeit|\w*verkehr\w*))",
        confidence=0.5,
    ),
    # ---- torpedoing, no objections, good signals, weapons sent, calls by phone, landings, exchanges past and next,
    # operations going on, proposals in reported speech, territory not given up, no prospects ----
    _rule(
        "ACCUSE",
        r"(?:torpedier\w*|torpedo\w*|derail\w*|untergrab\w*|undermin\w*|sprach\w*\s+(?:[^\s.;]+\s+){0,4}?von\s+"
        r"(?:einem|einer)\s+(?:\S+\s+)?(?:Versuch|Provokation|Inszenierung|Lüge|Erpressung|Farce|Show|Propaganda\w*|"
        r"Verbrechen|Terror\w*|Skandal|Heuchelei))",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:keine\w*\s+Einwände|(?:gutes|positives|wichtiges|ermutigendes|starkes)\s+Signal|"
        r"(?:good|positive|encouraging|hopeful)\s+sign(?:al)?\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:(?:schicke|schickt|schicken|schickte|schickten)\s+(?:[^\s.;]+\s+){0,4}?(?:\w*[Ll]uftabwehr\w*|\w*[Ww]affen\w*|"
        r"\w*[Pp]anzer\w*|\w*[Rr]aketen\w*|\w*[Mm]unition\w*|\w*[Ss]ysteme?))",
        confidence=0.5,
    ),
    _rule("CONSULT", r"(?:telefonisch|landete\w*\s+(?:[^\s.;]+\s+){0,6}?in\s+[A-ZÄÖÜ]\w+|touched\s+down\s+in)",
          confidence=0.55),
    _rule(
        "CONCEDE",
        r"(?:(?:next|previous|last|latest|first)\s+(?:prisoner\s+)?(?:exchange|swap)\s+(?:\S+\s+){0,3}?(?:took\s+place|"
        r"happened|being\s+prepared|was\s+(?:held|carried\s+out))|(?:wurde|wurden|werden|sollen|soll)\s+"
        r"(?:[^\s.;]+\s+){0,6}?ausgetauscht)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:(?:operation|Militäroperation|Spezialoperation|offensive|Offensive)\W{0,2}\s+(?:\S+\s+){0,3}?"
        r"(?:would|will|werde|wird)\s+(?:\S+\s+)?(?:continue|fortgesetzt|weitergehen|fortdauern))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:schlage|schlagen|schlägt)\s+(?:[^\s,;]+\s+){0,14}?vor\b)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:keine\w*\s+(?:[^\s.;]+\s+){0,3}?(?:abtreten|aufgeben|preisgeben)|(?:had|has|have)\s+no\s+"
        r"(?:prospects?|future|chance))",
        confidence=0.5,
    ),
    # ---- offers to host, meetings only at a stage, working on, rounds to be held, joint appearances, channels agreed,
    # listings, self-isolation, comparisons, disappointment, measures not eased ----
    _rule(
        "REQUEST",
        r"(?:(?:ready|prepared|willing)\s+to\s+host|offer\w*\s+to\s+host|bereit\w*,?\s+(?:[^\s.;]+\s+){0,8}?"
        r"auszurichten|(?:could|can|would)\s+only\s+take\s+place|(?:könne|könnte|werde)\s+(?:[^\s.;]+\s+){0,4}?nur\s+"
        r"(?:[^\s.;]+\s+){0,6}?stattfinden)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:(?:keep|continue|kept)\s+working\s+to|weiter\s+(?:daran\s+)?arbeiten)",
        excludes=r"(?:\bnot\b|\bnicht\b)",
        confidence=0.45,
    ),
    _rule(
        "CONSULT",
        r"(?:round\W{0,2}\s+to\s+be\s+held|round\s+of\s+(?:talks|negotiations|consultations)|(?:next|new|another)\s+round\s+"
        r"(?:of\s+talks|in\s+[A-Z])|"
        r"(?:speaking|standing|appearing)\s+alongside)",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:consultation\s+channel|communication\s+channel|channel\s+of\s+communication|working\s+groups?|"
        r"Arbeitsgruppe\w*|Gesprächskanal\w*|Konsultationsmechanismus)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:listing\s+(?:\S+\s+){0,3}?(?:firms|companies|entities|individuals|vessels|banks))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:isolated\s+itself|sich\s+(?:selbst\s+)?isoliert|compared\s+(?:\S+\s+){1,8}?(?:to|with)\b|verglich\w*\s+"
        r"(?:[^\s.;]+\s+){1,8}?mit\b|enttäuscht\w*|disappointed|Enttäuschung|sprach\w*\s+(?:[^\s.;]+\s+){0,4}?von\s+"
        r"(?:einem|einer)\s+(?:\S+\s+)?(?:Fall|Beispiel)\s+(?:\S+\s+){0,2}?(?:Sabotage|Aggression|Erpressung|Terror\w*))",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.45,
    ),
    _rule(
        "REJECT",
        r"(?:(?:werde|wird|würde|würden|werden)\s+(?:[^\s.;,]+\s+){0,6}?nicht\s+(?:lockern|aufheben|zurücknehmen))",
        confidence=0.5,
    ),
    # ---- (developing on blind23/24) firm opposition and necessary steps, consequences, conditions as part of a
    # settlement, troops not sent, walkouts, only military targets, reported "should", formats continued, hopes for
    # talks, trips that take someone somewhere ----
    _rule(
        "ACCUSE",
        r"(?:firmly\s+oppos\w*|strongly\s+oppos\w*|lehn\w*\s+(?:[^\s.;]+\s+){0,4}?entschieden\s+ab)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:take|taking|ergreifen|ergreife)\s+(?:\S+\s+){0,2}?[\"“„]?(?:necessary|notwendige\w*|erforderliche\w*)\s+"
        r"(?:steps|measures|Maßnahmen|Schritte)|(?:would|will)\s+be\s+[\"“„]?consequences)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:nur\s+als\s+Teil|only\s+as\s+part\s+of|man\s+solle\w*\b|beide\s+Seiten\s+sollten\b|"
        r"hofft\w*\s+(?:[^\s.;]+\s+){0,4}?auf\s+(?:ein|einen|eine)\s+(?:Gespräch|Treffen|Telefonat)|"
        r"hop(?:es|ed|ing)\s+(?:for|to\s+hold)\s+(?:a\s+|an\s+)?(?:meeting|talks|call|summit))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:(?:werde|wird|würde|werden|würden)\s+(?:[^\s.;,]+\s+){0,5}?(?:nicht|keine\w*)\s+(?:[^\s.;,]+\s+){0,2}?"
        r"(?:entsenden|schicken)|(?:would|will)\s+not\s+send|left\s+the\s+(?:hall|room|chamber)|walked\s+out|"
        r"verließ\w*\s+(?:[^\s.;]+\s+){0,3}?(?:den\s+)?(?:Saal|Raum|Sitzungssaal)|ausschließlich\s+militärische\s+Ziele|"
        r"only\s+(?:at\s+)?military\s+(?:targets|objectives))",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:fortsetzen\s+wolle\w*|wolle\w*\s+(?:[^\s.;]+\s+){0,3}?fortsetzen|want(?:s|ed)?\s+to\s+continue)",
        requires=r"(?:talks|negotiations|dialogue|format|contacts?|deal|cooperation|Gespräch\w*|Verhandlung\w*|Dialog\w*|"
        r"Format\w*|Kontakt\w*|Abkommen\w*|Zusammenarbeit|Austausch\w*)",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.45,
        sentence_scope=True,
    ),
    _rule(
        "CONSULT",
        r"(?:(?:trip|tour|visit)\s+(?:\S+\s+){0,4}?(?:takes|took|will\s+take)\s+(?:him|her|them)\s+to|"
        r"(?:tour|trip)\s+of\s+the\s+(?:continent|region)|included\s+stops\s+in)",
        confidence=0.5,
    ),
    # ---- visas cut, patrols stepped up, packages held up, objections lifted ----
    _rule(
        "SANCTION",
        r"(?:Visa[\w-]*\s+(?:[^\s.;]+\s+){0,8}?(?:gesenkt|reduziert|eingeschränkt|ausgesetzt|gestoppt|verweigert)|visas?\s+"
        r"(?:bans?|restrictions|suspension)|(?:suspend\w*|restrict\w*|halt\w*)\s+(?:\S+\s+){0,3}?visas?\b)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:step\w*\s+up|increas\w*|intensif\w*|verstärk\w*)\s+(?:[^\s.;]+\s+){0,3}?(?:patrols?|Patrouillen\w*|"
        r"(?:military\s+)?presence|Präsenz))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:held\s+up\s+(?:the|a|an)\s+(?:\S+\s+)?(?:package|deal|decision|aid|sanctions|statement|declaration))",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:(?:lifted|dropped|withdrew|withdrawn)\s+(?:\S+\s+){0,2}?(?:objections?|veto)|(?:Veto|Blockade|Einwände)\s+"
        r"(?:[^\s.;]+\s+){0,3}?(?:aufgegeben|aufgab|fallen\s+gelassen|zurückgezogen))",
        confidence=0.5,
    ),
    # ---- receptions and audiences, ambassadors sent home, votes against, no intention, answers expected ----
    _rule(
        "CONSULT",
        r"(?:(?:received|receives|receive|receiving)\s+(?:\S+\s+){0,3}?(?:president|prime\s+minister|chancellor|"
        r"foreign\s+minister|counterpart|delegation|envoy|crown\s+prince|pope|premier|king|mr\.?|mrs\.?|ms\.?)\s|"
        r"(?:was|were|been|being)\s+received\s+by|(?:private|papal)\s+audience|audience\s+(?:with|for))",
        excludes=r"(?:letter|message|invitation|call\s+from|aid|weapons|payment)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:ambassador|envoy|diplomats?)\s+(?:\S+\s+){0,6}?(?:to\s+leave|must\s+leave|(?:would|will)\s+have\s+to\s+"
        r"leave|has\s+to\s+leave|had\s+to\s+leave)|(?:Botschafter\w*|Diplomat\w*|Geschäftsträger\w*)\s+"
        r"(?:[^\s.;]+\s+){0,6}?(?:verlassen\s+(?:muss|müsse|müssen|musste|mussten)|ausreisen)|downgrad\w*\s+"
        r"(?:\S+\s+){0,2}?(?:diplomatic\s+)?(?:relations|ties)|diplomatischen\s+Beziehungen\s+(?:[^\s.;]+\s+){0,3}?"
        r"(?:herabgestuft|herabstufen|herabzustufen)|(?:cut|reduce)\s+(?:its|their)\s+(?:\S+\s+)?staff)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:(?:votierten|votierte|stimmten|stimmte)\s+(?:[^\s.;]+\s+){0,6}?dagegen|(?:nicht\s+die|keine\w*)\s+Absicht|"
        r"(?:has|have|had|with)\s+no\s+intention\s+(?:of|to))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:erwart\w*\s+(?:[^\s.;]+\s+){0,4}?Antwort|expects?\s+(?:an?\s+)?(?:answer|response|reply)|"
        r"expected\s+(?:an?\s+)?(?:answer|response|reply))",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:eine|die)\s+Antwort\s+finden|Antwort\s+(?:[^\s.;]+\s+){0,2}?vorbereit\w*|bereite\w*\s+(?:[^\s.;]+\s+){0,2}?"
        r"Antwort\s+vor|(?:sollten?|falls)\s+(?:die|der|das|diese)\s+(?:[^\s.;]+\s+){0,3}?(?:weitergehen|anhalten|andauern|"
        r"fortgesetzt\s+werden))",
        requires=r"(?:werde\w*|würde\w*|kündigt\w*\s+(?:[^\s.;]+\s+){0,3}?an|drohte\w*|warnte\w*|Antwort)",
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:sich\s+mit\s+(?:[^\s.;]+\s+){0,3}?(?:Euro|Dollar|Franken|Kronen)\s+(?:an|am)\b)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:aid\s+(?:pause|freeze|cutoff|cut-off|suspension)|(?:pause|freeze|suspension)\s+(?:of|in|on)\s+(?:\S+\s+){0,2}?"
        r"(?:aid|assistance|intelligence\s+sharing)|Hilfsstopp\w*|Lieferstopp\w*)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:unjustified|unjustifiable|ungerechtfertigt\w*|nicht\s+zu\s+rechtfertigen|durch\s+nichts\s+zu\s+rechtfertigen)",
        excludes=r"(?:\bnot\b|\bnicht\s+(?:\S+\s+)?ungerechtfertigt)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:push|pushes|pushed|pushing|pressing|pressed|presses)\s+(?:\S+\s+){0,4}?to\s+(?:agree|adopt|approve|"
        r"accept|back|send|deliver|impose|join|ratify|unblock|lift|release)|(?:wants?|wanted|seeks?|sought|want)\s+"
        r"(?:\S+\s+){0,2}?(?:special\s+)?tribunal|(?:Sondertribunal|Tribunal)\s+(?:[^\s.;]+\s+){0,3}?(?:fordert\w*|"
        r"verlangt\w*|will|wolle\w*))",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:air\s+policing|Air\s+Policing|Luftraumüberwachung\w*|Luftraumschutz)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:(?:finance|finances|financed|financing|fund|funds|funded|funding)\s+the\s+(?:production|purchase|"
        r"procurement|delivery|supply)\s+of|(?:finanzier\w*)\s+(?:[^\s.;]+\s+){0,4}?(?:Produktion|Beschaffung|Kauf|"
        r"Lieferung)\w*)",
        confidence=0.5,
    ),
    # ---- venues offered, talks declared impossible, meetings thinkable only on terms, threats to quit ----
    _rule(
        "REQUEST",
        r"(?:als\s+(?:Ort|Austragungsort|Verhandlungsort|Tagungsort|Gastgeber\w*)\s+(?:[^\s.;]+\s+){0,6}?"
        r"(?:anbot|anboten|angeboten|an\b)|venue\s+(?:for|of)\b)",
        requires=r"(?:anbot|anboten|angeboten|bot|boten|bietet|offer\w*|propos\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:für\s+(?:unmöglich|ausgeschlossen|sinnlos)\s+(?:erklärt\w*|hält|hielt|halte)|declared\s+"
        r"(?:\S+\s+){0,4}?(?:impossible|out\s+of\s+the\s+question))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:nur\s+(?:in|unter|bei|nach|mit)\s+(?:[^\s.;]+\s+){0,4}?(?:denkbar|möglich|vorstellbar|akzeptabel)|"
        r"only\s+(?:be\s+)?(?:possible|conceivable|thinkable|acceptable)\s+(?:in|under|after|with)\b)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:steigen|steige)\s+(?:wir|ich|die\s+USA|Washington|die\s+Vereinigten\s+Staaten)\s+aus|"
        r"(?:we're|we’re|they're|they’re)\s+out\b|walk\s+away\s+from\s+(?:the\s+)?"
        r"(?:talks|negotiations|process|mediation))",
        requires=r"(?:sollte\w*|falls|wenn|if|unless|otherwise|andernfalls)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- weapons handed over, troops moved ----
    _rule(
        "AID",
        r"(?:transfer|transfers|liefern|überlassen|überlässt|überließ\w*|übergeben)",
        requires=r"(?:\w*jets?|fighter\w*|Mirage|F-16s?|tanks?|\w*panzer\w*|Leopard\w*|Abrams|missiles?|\w*raketen\w*|"
        r"\w*geschoss\w*|\w*munition|ammunition|shells|artillery|Artillerie\w*|air\s+defen[cs]e|\w*abwehr\w*|"
        r"Patriot\w*|HIMARS|\w*raketenwerfer\w*|howitzers?|Haubitze\w*|drones?|Drohnen\w*|weapons?|Waffen\w*|"
        r"ATACMS|Taurus|Storm\s+Shadow)",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:troops|forces|soldiers|units)\s+(?:\S+\s+){0,3}?(?:were|had\s+been|have\s+been|has\s+been|are\s+being)\s+"
        r"(?:moved|deployed|sent|transferred|relocated|redeployed))",
        confidence=0.5,
    ),
    # Admission to an alliance ("ist Finnland als 31. Mitglied in die NATO aufgenommen worden"), not talks taken up.
    _rule(
        "COOPERATE",
        r"(?:aufgenommen|admitted)",
        requires=r"(?:Mitglied\w*|members?|NATO|Nato|Allianz|Bündnis\w*|alliance)",
        excludes=r"(?:Verhandlung\w*|Gespräch\w*|talks|negotiations|Beziehungen|relations|Kontakt\w*|Arbeit)",
        confidence=0.4,
    ),
    # Criticism drawn, a party declared a threat, a promise to play one's part.
    _rule(
        "ACCUSE",
        r"(?:drew\s+(?:\S+\s+){0,2}?criticism|criticism\s+from|(?:declared|named|called|labell?ed|designated)\s+"
        r"(?:\S+\s+){0,6}?threat\b|zog\w*\s+(?:\S+\s+){0,3}?Kritik\s+(?:aus|von|auf\s+sich))",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:play\w*\s+(?:our|its|their|his|her|a)\s+(?:full\s+)?part|(?:leisten|beitragen)\s+(?:werde|wolle)\w*)",
        excludes=r"(?:\bnot\b|\bno\b|nicht|kein\w*)",
        confidence=0.45,
    ),
    # ---- domain phrases: nothing about Ukraine without Ukraine, missions reopened, consultations held, surveillance
    # widened, victories hailed, wars prolonged, military means, campaigning for ----
    _rule(
        "REQUEST",
        r"(?:nothing\s+about\s+Ukraine\s+(?:\S+\s+){0,4}?without\s+Ukraine|nichts\s+(?:über\s+(?:die\s+)?Ukraine\s+)?ohne\s+(?:die\s+)?"
        r"Ukraine|nichts\s+(?:[^\s.;]+\s+){0,4}?ohne\s+(?:die\s+)?Ukraine|"
        # "keine Verhandlungen über die Ukraine ohne die Ukraine", "cannot be decided without Ukraine", "no deal could
        # be finalised without the involvement of Ukraine", "über die Köpfe der Ukrainer hinweg"
        r"without\s+(?:the\s+)?(?:(?:involvement|participation|consent)\s+of\s+)?Ukraine|ohne\s+(?:die\s+)?Ukraine|"
        r"ohne\s+(?:Beteiligung|Zustimmung)\s+(?:der\s+Ukraine|Kiews)|über\s+die\s+Köpfe\s+(?:der\s+)?(?:Ukrainer\w*|Kiews)\s+hinweg)",
        confidence=0.55,
    ),
    _rule(
        "COOPERATE",
        r"(?:(?:Botschaft|Vertretung|Konsulat|Mission)\w*\s+(?:[^\s.;]+\s+){0,6}?(?:wieder\s+)?(?:öffnen|eröffnen|"
        r"wiedereröffnen|wiedereröffnet|wieder\s+geöffnet)|reopen\w*\s+(?:\S+\s+){0,3}?(?:embass(?:y|ies)|missions?|"
        r"consulates?)|(?:embass(?:y|ies)|missions?|consulates?)\s+(?:\S+\s+){0,4}?reopen\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:Konsultationen\s+(?:[^\s.;]+\s+){0,3}?(?:abgehalten|abhalten|geführt|aufgenommen)|"
        r"Regierungskonsultation\w*|sich\s+(?:[^\s.;]+\s+){0,8}?mit\s+(?:[^\s.;]+\s+){1,4}?abstimmen|stimmte\w*\s+sich\s+"
        r"(?:[^\s.;]+\s+){0,8}?mit\s+(?:[^\s.;]+\s+){1,4}?ab\b)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:Überwachung|Patrouillen|Präsenz|surveillance|patrols|presence)\s+(?:[^\s.;]+\s+){0,8}?(?:auszuweiten|"
        r"ausweiten|ausgeweitet|zu\s+verstärken|verstärken|expand\w*|increase\w*|step\w*\s+up))",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:sprach\w*\s+von\s+(?:einem|einer)\s+(?:[^\s.;]+\s+)?[„\"“«]?(?:Sieg|Erfolg|Durchbruch|historischen|guten|"
        r"wichtigen))",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:(?:Krieg|Konflikt|Kämpfe|Leiden)\w*\s+(?:[^\s.;]+\s+){0,2}?(?:zu\s+)?verlängern|prolong\w*\s+(?:\S+\s+)?"
        r"(?:war|conflict|fighting|suffering))",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:military\s+means|mit\s+militärischen\s+Mitteln|militärisch\s+(?:durchsetzen|erreichen|erzwingen))",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:warb|warben|wirbt|werben)\s+(?:[^\s.;]+\s+){0,6}?dafür|geworben,?\s+(?:[^\s.;]+\s+){0,3}?zu\b)",
        confidence=0.5,
    ),
    # ---- gas cut off, assets frozen, trusteeship, stalling, energy as a weapon, refusals to deliver or to bow ----
    _rule(
        "SANCTION",
        r"(?:(?:Gas\w*|Öllieferung\w*|Durchleitung\w*)\s+(?:[^\s.;]+\s+){0,10}?(?:gedrosselt|drosseln|"
        r"gestoppt|eingestellt|abgedreht|reduziert)|kein\s+Gas\s+mehr|(?:cut|halted|stopped|suspended|reduced|"
        r"curtailed)\s+(?:\S+\s+){0,3}?gas\s+(?:supplies|deliveries|flows|exports)|gas\s+(?:supplies|deliveries|flows)\s+"
        r"(?:\S+\s+){0,3}?(?:cut|halted|stopped|suspended)|Treuhand\w*|trusteeship|Vermögen\w*\s+(?:[^\s.;]+\s+){0,12}?"
        r"(?:zu\s+sperren|sperren|gesperrt)|(?:freez\w*|froze|frozen)\s+(?:\S+\s+){0,3}?assets)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:auf\s+Zeit\s+(?:zu\s+)?spiel\w*|spiel\w*\s+(?:[^\s.;]+\s+){0,2}?auf\s+Zeit|playing\s+for\s+time|"
        r"plays\s+for\s+time|(?:Druckmittel|Waffe)\s+(?:[^\s.;]+\s+){0,3}?(?:ein\b|einsetz\w*|nutz\w*|"
        r"missbrauch\w*)|weaponi[sz]\w*|(?:uses?|using|used)\s+(?:\S+\s+){0,2}?as\s+a\s+weapon)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:(?:liefer\w*|schick\w*|entsend\w*)\s+keine\s+(?:[^\s.;]+\s+)?(?:Waffen|Panzer|Soldaten|Truppen|Munition)|"
        r"erkenne\w*\s+(?:[^\s.;]+\s+){0,3}?keine\w*\s+(?:[^\s.;]+\s+){0,6}?an\b|(?:would|will)\s+not\s+bow\s+to|"
        r"beug\w*\s+sich\s+nicht)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:Ministerrat\w*|(?:daily|regular|close|constant|frequent)\s+contact\s+with|"
        r"(?:wird|werden|wurde|wurden)\s+(?:[^\s.;]+\s+){0,8}?erwartet)",
        requires=r"(?:Ministerrat\w*|contact|(?:in|im)\s+(?:Kiew|Kyiv|Moskau|Moscow|Washington|Berlin|Paris|London|"
        r"Brüssel|Brussels|Peking|Beijing|Ankara|Istanbul|Genf|Geneva|Warschau|Warsaw|Rom|Rome|Wien|Vienna))",
        confidence=0.45,
    ),
    _rule(
        "ASSAULT",
        r"(?:überzog\w*\s+(?:[^\s.;]+\s+){0,9}?mit\s+(?:[^\s.;]+\s+){0,3}?(?:Drohnen|Raketen|Angriffen|Bomben|"
        r"Marschflugkörpern))",
        confidence=0.5,
    ),
    # ---- only after a ceasefire, consequences to be felt, "not possible" ----
    _rule(
        "REQUEST",
        r"(?:erst\s+nach\s+(?:[^\s.;]+\s+){0,4}?(?:sinnvoll|möglich|denkbar|vorstellbar)|only\s+(?:make\s+sense|be\s+"
        r"possible)\s+after)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:feel\s+the\s+consequences|Konsequenzen\s+(?:[^\s.;]+\s+){0,2}?(?:spüren|zu\s+spüren))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:not\s+possible|nicht\s+möglich|not\s+acceptable|nicht\s+akzeptabel|not\s+an\s+option|keine\s+Option)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.45,
    ),
    # ---- talks refused in words: "would not take part", "ein Treffen sehe er nicht", "nicht die Zeit für …" ----
    _rule(
        "REJECT",
        "|".join(
            rf"{negation}\s+(?:[^\s.;,]+\s+){{0,5}}?(?:teilnehmen|teilzunehmen|take\s+part|attend|participate|verhandeln|"
            r"negotiate|meet|talk|call|anrufen)"
            for negation in ("nicht", "not", "never", "nie")
        )
        + r"|nicht\s+die\s+Zeit\s+für\s+(?:Verhandlungen|Gespräche)|not\s+the\s+time\s+for\s+(?:talks|negotiations)|"
        r"(?:Treffen|Gespräch|Verhandlungen|meeting|talks)\s+(?:[^\s.;,]+\s+){0,8}?(?:sehe|sehen|sah|gebe|gibt|gab)\s+"
        r"(?:[^\s.;,]+\s+){0,3}?(?:nicht|keine?n?)",
        requires=_SPEECH_CUE,
        # "had never refused to negotiate" is readiness
        excludes=r"(?:refus\w*|reject\w*|declin\w*|abgelehnt|ablehn\w*|verweiger\w*)",
        sentence_scope=True,
        confidence=0.45,
    ),
    # ---- "a party to the conflict": said of the West it is an accusation; "would become" one, a warning ----
    _rule(
        "ACCUSE",
        _PARTY_TO_WAR,
        excludes=r"(?:nicht|kein\w*|not|never|no|would|würde\w*|wäre|könnte|could|if|falls|wenn)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        _PARTY_TO_WAR,
        requires=r"(?:would|würde\w*|wäre|if|falls|wenn|sollte\w*)",
        excludes=r"(?:nicht|kein\w*|not|never)",
        confidence=0.5,
    ),
    # ---- deliveries stopped or paused: "stellte die Lieferungen an die OMV ein", "paused some weapons shipments" ----
    _rule(
        "SANCTION",
        r"(?:stellt\w*\s+(?:[^\s.;,]+\s+){0,3}?(?:\w*lieferung\w*|Ausfuhr\w*|Export\w*)\s+(?:[^\s.;,]+\s+){0,6}?ein\b|"
        r"Lieferung\w*\s+(?:[^\s.;]+\s+){0,8}?(?:auszusetzen|aussetzen|ausgesetzt|einzustellen|einstellen|zu\s+stoppen|"
        r"stoppen|gestoppt|zurückzuhalten|zurückgehalten)|Aussetzung\s+(?:der|von)\s+(?:[^\s.;]+\s+){0,3}?"
        r"\w*lieferung\w*|(?:paus\w*|halt\w*|suspend\w*|froze|freez\w*|withh[eo]ld\w*)\s+(?:\S+\s+){0,4}?"
        r"(?:shipments?|deliveries|transfers?\s+of\s+weapons))",
        confidence=0.5,
    ),
    # ---- joining a meeting: "Zelensky joined by video", "joined the talks via video link" ----
    _rule(
        "CONSULT",
        r"(?:joined\s+(?:\S+\s+){0,4}?(?:by|via)\s+video|joined\s+(?:the\s+)?(?:talks|meeting|summit|session|discussions?))",
        confidence=0.5,
    ),
    # ---- consequences if the other side does not move: "sanctions if Moscow does not agree", "falls Moskau nicht" ----
    _rule(
        "THREATEN",
        "|".join(
            rf"{side}\s+(?:\S+\s+){{0,2}}?(?:did\s+not|does\s+not|do\s+not|doesn't|didn't|refus\w*|fail\w*|reject\w*)"
            for side in _CONDITIONED_SIDES
        ),
        requires=r"(?:if|unless)\s+(?:the\s+)?(?:" + "|".join(_CONDITIONED_SIDES) + r")\b",
        sentence_scope=True,
        confidence=0.45,
    ),
    # ---- treaties suspended, quit or un-ratified, members suspended: sanctions (the conventions' "quitting or
    # suspending a treaty is a sanction") ----
    _rule(
        "SANCTION",
        r"(?:Abkommen\w*|Vertrag\w*|Vertrags\w*|treaty|agreement|accord|Ratifizierung|ratification|Kündigung|"
        r"Mitgliedschaft|membership)",
        requires=r"(?:ausgesetzt|aussetzen|auszusetzen|setzte\w*|suspend\w*|aufgekündigt|kündigt\w*|Kündigung|zurücknimmt|"
        r"zurückgenommen|zurückzunehmen|zog\w*\s+(?:\S+\s+){0,6}?zurück|revok\w*|rescind\w*|withdr\w*|de-ratif\w*|"
        r"end\s+its\s+membership|beend\w*)",
        excludes=r"(?:nicht|not|never|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:suspend\w*\s+(?:\S+\s+){0,3}?from\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:Council|Organi[sz]ation|Assembly)|"
        r"expel\w*\s+(?:\S+\s+){0,3}?from\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:Council|Organi[sz]ation|Assembly))",
        confidence=0.5,
    ),
    # ---- German phone calls with a separable verb: "rief Selenskyj noch am selben Abend an" ----
    _rule(
        "CONSULT",
        r"(?:rief|riefen|ruft|rufen)\s+(?:[^\s,;.]+\s+){1,8}?an(?=\s*(?:[.,;:!?]|$|und\b))|angerufen|anzurufen",
        # a court or a council appealed to is a complaint, not a call
        excludes=r"(?:\w*[Gg]ericht\w*|\w*[Gg]erichtshof\w*|\w*[Ss]icherheitsrat\w*|Schiedsstelle\w*)",
        confidence=0.6,
    ),
    # ---- measures promised on a condition are threats: "would impose tariffs ... if there was no progress" ----
    _rule(
        "THREATEN",
        r"(?:(?:would|will|could|prepared\s+to|ready\s+to)\s+(?:\S+\s+){0,2}?impose|"
        r"(?:würde|werde|würden|werden|bereit)\s+(?:[^\s,;.]+\s+){0,8}?(?:Sanktionen|Zölle|Strafzölle|"
        r"Strafmaßnahmen)\s+(?:zu\s+)?verhängen)",
        requires=r"(?:if|unless|once|until|wenn|falls|sofern|solange|sollte\w*)",
        sentence_scope=True,
        confidence=0.6,
    ),
    # ---- accusations denied: "bezeichnete die Vorwürfe als „Provokation“", "dismissed the allegations" ----
    _rule(
        "REJECT",
        r"(?:bezeichnete\w*|bezeichnet|nannte\w*|wies|wiesen|weist|dismissed|rejected|denied|denies|called|described)\s+"
        r"(?:[^\s,;.]+\s+){0,3}?(?:Vorwürfe\w*|Vorwurf|Anschuldigung\w*|Beschuldigung\w*|allegations?|accusations?|"
        r"charges)",
        confidence=0.65,
    ),
    # ---- a numbered package adopted: "The EU adopted its 20th package in February" ----
    _rule(
        "SANCTION",
        r"(?:adopted|approved|agreed)\s+(?:its|the|a)\s+(?:\d+(?:st|nd|rd|th)|\w+(?:teenth|tieth|th))\s+package|"
        r"(?:beschloss\w*|verabschiedete\w*|billigte\w*)\s+(?:ihr\w*|das|sein\w*)\s+\d+\.\s+Paket",
        confidence=0.55,
    ),
    # ---- assurances given: "Tokajew versicherte, sein Land halte sich an die Sanktionsregeln" ----
    _rule(
        "AGREE",
        r"(?:versicherte\w*|versicherten|gave\s+(?:\S+\s+){0,2}?assurances?|assured)",
        # assuring someone of support or solidarity is support
        excludes=r"(?:Unterstützung|Solidarität|Beistand|support|solidarity|backing)",
        confidence=0.5,
    ),
    # ---- a label thrown at someone, the verb last: "hatte den Ukrainer einen „Diktator ohne Wahlen“ genannt" ----
    _rule(
        "ACCUSE",
        r"(?:einen|eine|ein)\s+[„\"«][^“\"»]{1,60}[“\"»]\s+genannt",
        excludes=_PRAISE_WORDS,
        confidence=0.55,
    ),
    # ---- charges in a word: "an instrument of anti-Russian policy", a leader's legitimacy questioned ----
    _rule(
        "ACCUSE",
        r"(?:anti-Russian|antirussisch\w*|anti-russisch\w*|russophob\w*|Russophobie|Russophobia)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:Legitimität|legitimacy)",
        requires=r"(?:zweifel\w*|zweifl\w*|anzuzweifeln|questio\w*|abgesprochen|abzusprechen|absprechen|lost|verloren|"
        r"bestr\w*|deny|denied|denies|doubts?)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- what someone "spoke of": "sprach von einem „Hohn auf den olympischen Frieden“" (praise is support) ----
    _rule(
        "ACCUSE",
        r"sprach\w*\s+(?:[^\s,;.]+\s+){0,8}?von\s+(?:einem|einer|einen)\s+[„\"«]",
        excludes=r"(?:" + _PRAISE_WORDS + r"|zutreffend\w*|Gerechtigkeit|Unterstützung|Hoffnung\w*|Freude|Dank\w*)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"sprach\w*\s+(?:[^\s,;.]+\s+){0,8}?von\s+(?:einem|einer|einen)\s+[„\"«](?:[^“\"»]{0,40}?)"
        r"(?:zutreffend\w*|wichtig\w*|historisch\w*|Erfolg\w*|Durchbruch|positiv\w*|Gerechtigkeit|"
        r"Zeichen\s+der\s+(?:Unterstützung|Solidarität)|Signal\w*)",
        excludes=r"(?:\bnicht\b|\bkein\w*|falsche\w*)",
        confidence=0.55,
    ),
    # ---- contact kept: "security services were "in contact" on the issue" ----
    _rule(
        "CONSULT",
        r"(?:contact|Kontakt)",
        requires=r"(?:were|was|are|is|remain\w*|sei|seien|stehe\w*|stand\w*|blieben|bleiben)\s+(?:\S+\s+){0,2}?"
        r"[„\"“]?in\s+(?:close\s+|direct\s+|regular\s+|constant\s+|engem\s+|direktem\s+|ständigem\s+)?"
        r"(?:contact|Kontakt)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # ---- the eastern flank guarded, units moved into position, forces contributed ----
    _rule(
        "MOBILIZE",
        r"(?:Ostflanke|eastern\s+flank)",
        requires=r"(?:Mission|mission|Einsatz\w*|deploy\w*|reinforc\w*|Verstärkung|verstärk\w*|Schutz|schütz\w*|protect\w*|"
        r"secur\w*|strengthen\w*|stärk\w*|Sentry|Wächter)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:Stellung\s+(?:gehen|gebracht|bringen|gegangen)|Luftraumüberwachung|air\s+policing|"
        r"(?:contribute|contributing|contributed)\s+(?:\S+\s+){0,2}?(?:troops|forces|soldiers|jets|warships))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b|\bnever\b)",
        confidence=0.5,
    ),
    # ---- a weapon hitting: "traf eine russische Drohne einen Bus" ----
    _rule(
        "ASSAULT",
        r"(?:traf|trafen|trifft)\s+(?:eine|ein|einen|zwei|drei|mehrere)\s+(?:[^\s,;.]+\s+){0,2}?"
        r"(?:Drohne\w*|Rakete\w*|Marschflugkörper|Geschoss\w*|Granate\w*|Gleitbombe\w*)",
        confidence=0.6,
    ),
    _rule(
        "ASSAULT",
        r"(?:traf|trafen|trifft)",
        requires=r"(?:\w*drohne\w*|\w*rakete\w*|Marschflugkörper\w*|Geschoss\w*|Granate\w*|Torpedo\w*|"
        r"Gleitbombe\w*|Kampfflugzeug\w*|Kampfjets?)",
        excludes=r"(?:sich|Treffen|Gespräch\w*|nicht|kein\w*)",
        confidence=0.55,
    ),
    # ---- help held out: "stellte weitere Munition für die Flugabwehr in Aussicht" ----
    _rule(
        "AID",
        r"Aussicht",
        requires=r"(?:\w*[Hh]ilfe|Munition|\w*[Ww]affen|Unterstützung|Flugabwehr|Luftverteidigung|\w*[Ss]ysteme?n?|"
        r"Mio\.|Mrd\.|Millionen|Milliarden)(?:\s+\S+){0,12}?\s+in\s+Aussicht",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- vetoes and deadlines announced: "Hungary would veto any package", "Kyiv had until Thursday to accept it" ----
    _rule(
        "THREATEN",
        r"(?:(?:would|will|could)\s+veto|(?:werde|würde|wolle)\s+(?:[^\s,;.]+\s+){0,6}?(?:ein\s+)?Veto\s+einlegen|"
        r"(?:had|has|have)\s+until\s+(?:\S+\s+){1,3}?to\s+(?:accept|agree|respond|decide|sign|reply))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bnever\b)",
        confidence=0.55,
    ),
    # ---- money pledged: "kündigte 53 Millionen Dollar für Transformatoren an", "would allocate €150 million",
    # "kamen rund 400 Millionen Euro zusammen" ----
    _rule(
        "AID",
        r"(?:Millionen|Milliarden|Million|Milliarde|Millionenhöhe|million|billion|(?:Mio|Mrd)(?=\.))",
        requires=r"(?:kündigte\w*|angekündigt|ankündig\w*|announc\w*|allocat\w*|bereitstell\w*|bereitgestellt|"
        r"stellt\w*\s+(?:\S+\s+){0,8}?(?:bereit|vor)\b|vorgestellt|zugesagt|Zusage\w*|zusammen|pledg\w*|contribut\w*|"
        r"Beitrag|put\s+(?:\S+\s+){0,3}?toward|provid\w*|earmark\w*|donat\w*|gespendet|spende\w*|Fonds|fund\b)",
        excludes=r"(?:tariffs?|Zölle\w*|Strafzöll\w*|sanction\w*|Sanktion\w*|Schäden|Schaden\w*|damages?|costs?|Kosten|"
        r"verloren|lost|earn\w*|Einnahmen|revenues?|Gewinn\w*|profits?|Exporte?\w*|Importe?\w*|oil|Öl|Gas\b|gas\b|"
        r"Einwohner\w*|Menschen|people|inhabitants|Flüchtling\w*|refugees|\bnicht\b|\bnot\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- refusals in no case, commitments as long as it takes, visits setting foot, troop numbers raised ----
    _rule(
        "REJECT",
        r"(?:unter\s+keinen\s+Umständen|under\s+no\s+circumstances|auf\s+keinen\s+Fall)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:solange\s+(?:es\s+)?(?:nötig|notwendig)\s+(?:ist|sei)|long\s+as\s+(?:it\s+takes|(?:is\s+)?necessary|"
        r"(?:is\s+)?needed))",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:set\s+foot\s+in|setzte\w*\s+(?:[^\s,;.]+\s+){0,3}?Fuß\s+auf|brought\s+together|"
        r"brachte\w*\s+(?:[^\s,;.]+\s+){0,6}?zusammen)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:aufzustocken|aufstocken|aufgestockt|stockt\w*\s+(?:[^\s,;.]+\s+){0,6}?auf\b)",
        requires=r"(?:Truppe\w*|Soldat\w*|Kommando\w*|Dienstposten|Kontingent\w*|Einheit\w*|Personal)",
        confidence=0.5,
    ),
    # ---- offers to mediate or host, meetings only on a condition ----
    _rule(
        "REQUEST",
        r"(?:readiness\s+to\s+(?:\S+\s+){0,4}?(?:mediat\w*|host|facilitat\w*|organi[sz]e)|help\s+mediate|"
        r"Bereitschaft,?\s+(?:[^\s,;.]+\s+){0,6}?(?:zu\s+vermitteln|auszurichten|zu\s+organisieren)|"
        r"bereit,\s+(?:[^\s,;.]+\s+){0,4}?(?:Treffen|Gespräch\w*|Verhandlung\w*)\s+(?:[^\s,;.]+\s+){0,3}?"
        r"(?:zu\s+organisieren|auszurichten|auszutragen))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:nur\s+(?:[^\s,;.]+\s+){0,6}?(?:denkbar|möglich|sinnvoll|infrage)|erst\s+(?:[^\s,;.]+\s+){0,4}?"
        r"(?:denkbar|möglich|sinnvoll|infrage|in\s+Frage)|only\s+(?:be\s+)?(?:considered|possible|makes?\s+sense))",
        requires=r"(?:Treffen|Gespräch\w*|Verhandlung\w*|Gipfel\w*|Waffenruhe|Feuerpause|meeting|talks|negotiations|"
        r"summit|ceasefire|truce|Aufhebung|lifting|\w*abkommen)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- ready, but not on those terms: "zu Gesprächen bereit, aber nicht zur Kapitulation" ----
    _rule(
        "REJECT",
        r"(?:aber\s+nicht|but\s+not|jedoch\s+nicht|allerdings\s+nicht)",
        requires=r"(?:bereit|ready|willing|offen|open\s+to)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- a decision or talks blocked: "Hungary continues to block the opening of the talks" ----
    _rule(
        "REJECT",
        r"(?:block|blocks|blocked|blocking|verhinderte\w*|verhindert|blockiert\w*|blockierte\w*|blockieren)",
        requires=r"(?:talks|Gespräch\w*|Beitritt\w*|accession|opening|Eröffnung|decision|Beschluss\w*|Entscheidung\w*|"
        r"Einigung|agreement|package|Paket\w*|declaration|Erklärung|resolution|Resolution|membership|Mitgliedschaft)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\s+longer\b|\bnicht\s+mehr\b)",
        confidence=0.5,
    ),
    # ---- a decision or body declared void or meaningless, a plain "reject": refusals ----
    _rule(
        "REJECT",
        r"(?:nichtig|null\s+and\s+void|legally\s+void|keinerlei\s+Bedeutung|keine\s+Bedeutung|bedeutungslos|"
        r"meaningless|sinnlos|pointless|nicht\s+bindend|not\s+binding|reject|zurückzuweisen|legal\s+value|"
        r"rechtliche\w*\s+(?:Wert|Bedeutung))",
        excludes=r"(?:\bnicht\s+(?:sinnlos|bedeutungslos)|\bnot\s+(?:meaningless|pointless))",
        confidence=0.55,
    ),
    # ---- goods promised in German: "Russland werde ... 300.000 Tonnen Getreide liefern" ----
    _rule(
        "AID",
        r"(?:werde|würde|wolle|werden|würden|wollen)\s+(?:[^\s,;]+\s+){0,16}?(?:liefern|schicken|spenden|übergeben|"
        r"verschenken|schenken|bereitstellen|zur\s+Verfügung\s+stellen)",
        requires=r"(?:Tonnen|Getreide|Weizen|Generatoren|Waffen|Munition|Panzer|Jets|Kampfjets|Systeme?|\w*[Hh]ilfe|\w*[Hh]elme|Schutzwesten|Drohnen|Raketen|Granaten)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnie\b)",
        confidence=0.5,
    ),
    # ---- praise in what was said: "a historic moment", "ein grossartiger erster Schritt", "a real step" ----
    _rule(
        "SUPPORT",
        r"(?:historic\s+(?:moment|day|step)|historische[nrs]?\s+(?:Moment|Tag|Schritt)|gro(?:ß|ss)artig\w*|"
        r"great\s+(?:first\s+)?step|important\s+step|wichtige[nr]?\s+(?:erste[nr]?\s+)?Schritt|real\s+step|"
        r"richtige[nr]?\s+Schritt|step\s+in\s+the\s+right\s+direction|Schritt\s+in\s+die\s+richtige\s+Richtung)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b|falsche\w*|wrong)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- terms declared unacceptable, impossible or not up for discussion ----
    _rule(
        "REJECT",
        r"(?:nicht\s+annehmbar|unannehmbar|not\s+acceptable|impossible|unmöglich|not\s+be\s+discussed|"
        r"nicht\s+realistisch|unrealistisch\w*|not\s+realistic|unrealistic|"
        r"nicht\s+verhandelbar|not\s+negotiable|non-negotiable|nicht\s+zur\s+Debatte|not\s+up\s+for\s+discussion|"
        r"not\s+on\s+the\s+agenda|nicht\s+auf\s+der\s+Tagesordnung|keine\w*\s+Kompromiss\w*|"
        r"nicht\s+ansteht|steht\s+(?:\S+\s+){0,3}?nicht\s+an\b|nichts\s+(?:mehr\s+)?zu\s+(?:besprechen|verhandeln|bereden)|"
        r"not\s+(?:a\s+)?(?:subject|matter)\s+(?:for|of)\s+negotiations?)",
        excludes=r"(?:\bnicht\s+unmöglich|\bnot\s+impossible|\bnichts\s+ist\s+unmöglich)",
        confidence=0.55,
    ),
    _rule("REJECT", r"compromise", requires=r"\bno\s+(?:\S+\s+)?compromise", confidence=0.55),
    # ---- travel to a capital or a country: "reiste am Freitag für elf Stunden nach Peking" ----
    _rule(
        "CONSULT",
        r"(?:reiste\w*|reist|flog|fliegt|travell?ed|travels|flew|flies|entsandt|entsandte\w*)",
        requires=r"(?:nach|to)\s+(?:[^\s,;.]+\s+){0,2}?(?:Peking|Beijing|Moskau|Moscow|Kiew|Kyiv|Washington|Berlin|Paris|"
        r"London|Ankara|Warschau|Warsaw|Brüssel|Brussels|Rom|Rome|Budapest|Minsk|Riad|Riyadh|Tokio|Tokyo|Neu-Delhi|"
        r"New\s+Delhi|China|Russland|Russia|USA|Türkei|Turkey|Indien|India|Japan|Polen|Poland|Frankreich|France|Israel|"
        r"Saudi-Arabien|Saudi\s+Arabia|Katar|Qatar|Genf|Geneva|Istanbul|Abu\s+Dhabi|Helsinki|Wien|Vienna|Belgrad|"
        r"Belgrade|Teheran|Tehran|Pjöngjang|Pyongyang|Ottawa|Canberra|Seoul|Brasília|Pretoria|Kairo|Cairo)\b",
        excludes=r"(?:\bnicht\b|\bnot\b|\bnever\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- ports blockaded: "Russland blockiere die ukrainischen Schwarzmeerhäfen" ----
    _rule(
        "COERCE",
        r"(?:blockier\w*|blockad\w*|blockading)",
        requires=r"(?:\w*[Hh]äfen|\w*[Hh]afen|Schwarzmeer\w*|ports?|harbou?rs?|\w*[Kk]orridor\w*|corridors?|Getreide\w*|"
        r"grain|Seeweg\w*|shipping|sea\s+lanes)",
        excludes=r"(?:\bnicht\b|\bnot\b|\bno\s+longer\b|\bnicht\s+mehr\b)",
        confidence=0.5,
    ),
    # ---- commitments in reported speech: "die Allianz werde der Ukraine helfen", "would keep co-ordinating" ----
    _rule(
        "AGREE",
        r"(?:werde|werden|würde|würden|would|will)\s+(?:[^\s,;.]+\s+){0,8}?(?:helfen|unterstützen|beteiligen|"
        r"fortsetzen|weiterführen|beistehen|help|support|continue|keep|pay|do\s+everything|stand\s+by|honou?r|"
        r"respect|comply|abide)\b",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bnever\b|\bno\s+longer\b|\bnie\b|\bonly\s+if\b|\bnur\s+wenn\b|"
        r"\bunless\b|\bif\b|\bwenn\b|\bfalls\b)",
        sentence_scope=True,
        sentence_excludes=True,
        confidence=0.45,
    ),
    # ---- reproach in a word: disappointment, regret, "unjustified", something used "as a weapon" ----
    _rule(
        "ACCUSE",
        r"(?:disappointed|enttäuscht\w*|let\s+(?:me|us|him|her|them)\s+down|ungerechtfertigt\w*|unjustifi\w*|"
        r"nicht\s+gerechtfertigt|nichts\s+gerechtfertigt|beklagt\w*|beklagte\w*|regretted|regrets|bedauert\w*|"
        r"bedauerte\w*|deplor\w*|Kriegswaffe|weaponi[sz]\w*)",
        excludes=r"(?:\bnot\s+disappointed|\bnicht\s+enttäuscht)",
        confidence=0.5,
    ),
    _rule("ACCUSE", r"weapon", requires=r"\bas\s+a\s+weapon", confidence=0.5),
    _rule("ACCUSE", r"Waffe", requires=r"\bals\s+(?:\S+\s+)?Waffe", confidence=0.5),
    # ---- claims about the other side and lies: "behauptete sie", "This is a lie", "nicht an Frieden interessiert" ----
    _rule(
        "ACCUSE",
        r"(?:behauptete\w*|behauptet|claimed|alleged|alleging|Lüge\w*|gelogen|lügt|nicht\s+an\s+(?:einem\s+)?"
        r"Frieden\s+interessiert|not\s+interested\s+in\s+peace)",
        excludes=r"(?:\bnicht\s+behauptet|\bnever\s+claimed)",
        confidence=0.5,
    ),
    _rule("ACCUSE", r"lie", requires=r"\b(?:a|the|this|that)\s+(?:\S+\s+)?lie\b", confidence=0.5),
    # ---- all means, a response provoked, goals reached one way or another, supplies cut further ----
    _rule(
        "THREATEN",
        r"(?:allen\s+(?:[^\s,;.]+\s+){0,5}?(?:Mitteln|Kräften)|alle\s+(?:[^\s,;.]+\s+){0,2}?Mittel\s+(?:\S+\s+){0,2}?"
        r"einsetzen|all\s+(?:the\s+)?(?:available\s+)?means|Reaktion\s+(?:[^\s,;.]+\s+){0,3}?hervorrufen|"
        r"(?:provoke|trigger)\s+(?:a|an)\s+(?:\S+\s+)?response|jedem\s+Fall\s+erreichen|"
        r"entweder\s+durch\s+Verhandlungen\s+oder\s+durch\s+Krieg|either\s+(?:through|by)\s+negotiations\s+or\s+"
        r"(?:by\s+)?(?:force|war|military\s+means)|could\s+be\s+cut\s+further|cut\s+(?:\S+\s+){0,3}?further)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- encouragement and expectations addressed to someone: "habe die chinesische Seite ermutigt", "Von Peking
    # erwarte er, seinen Einfluss auf Russland zu nutzen" ----
    _rule(
        "REQUEST",
        r"(?:ermutigt\w*|ermutigte\w*|encouraged|encourages|encouraging|erwarte\w*\s+(?:[^\s;.]+\s+){0,6}?"
        r"(?:Einfluss|dass)|expects?\s+(?:\S+\s+){0,3}?to\s+(?:use|press|help)|"
        # "Lula solle seinen Einfluss besser nutzen", "urged Beijing to use its influence"
        r"Einfluss\s+(?:\S+\s+){0,4}?(?:nutzen|nutzten|nutze|nutzt|geltend\s+machen|einsetzen)|influence(?<=\buse\sits\sinfluence)|"
        r"influence(?<=\buse\shis\sinfluence)|influence(?<=\buse\sher\sinfluence)|influence(?<=\buse\stheir\sinfluence))",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # ---- willingness to go on talking, agreement found: "Russia remained interested in continuing negotiations",
    # "Moskau wolle die direkten Gespräche fortsetzen", "es gebe Einigkeit mit Trump" ----
    _rule(
        "AGREE",
        r"(?:interested\s+in\s+continuing|interessiert|fortsetzen|fortzusetzen|continue|continuing)",
        requires=r"(?:talks|negotiations|dialogue|contacts?|Gespräch\w*|Verhandlung\w*|Dialog\w*|Kontakt\w*)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\s+longer\b|\bnever\b|\bnie\b|\bunless\b)",
        confidence=0.45,
    ),
    _rule("AGREE", r"Einigkeit", excludes=r"(?:\bkeine\b|\bnicht\b|Uneinigkeit)", confidence=0.5),
    # ---- hostile intent ascribed in reported speech: "Moskau wolle die Nachbarn einschüchtern", "Russia was trying to
    # freeze Ukraine into surrender", "Russland teste gezielt die Reaktion der Nato" ----
    _rule(
        "ACCUSE",
        r"(?:versuche|versuchten|versucht|trying\s+to|tries\s+to|seeking\s+to|seeks\s+to|playing\s+with|spiele\s+mit|"
        r"teste\s+(?:\S+\s+){0,2}?(?:die|den|das)|testing\s+(?:the|NATO|Nato)|nutze\s+(?:\S+\s+){0,4}?(?:um|als)|"
        r"missbrauche\w*|was\s+using\s+(?:\S+\s+){0,4}?(?:to|as))",
        requires=r"(?:Russland|Moskau|Russia|Moscow|Kreml\w*|Kremlin|Putin|Russen|Russians)\S*\s+(?:\S+\s+){0,3}?"
        r"(?:versuch\w*|trying|tries|seeking|seeks|playing|spiele|teste|testing|nutze|missbrauch\w*|was\s+using)",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bnever\b)",
        confidence=0.5,
    ),
    # ---- refusals by denial of effect or relevance: "änderten nichts an den Zielen", "habe nichts mit ... zu tun",
    # "lasse sich nicht unter Druck setzen", "no prospects whatsoever", "werde niemals anerkennen" ----
    _rule(
        "REJECT",
        r"(?:änder\w*\s+nichts|nichts\s+(?:[^\s,;.]+\s+){0,3}?ändern|(?:would|will)\s+not\s+change|won't\s+change|"
        r"nichts\s+mit\s+(?:[^\s,;.]+\s+){0,8}?zu\s+tun|nothing\s+to\s+do\s+with|Druck\s+setzen|"
        r"(?:cannot|will\s+not|would\s+not|won't)\s+be\s+pressured|"
        r"niemals\s+(?:[^\s,;.]+\s+){0,3}?anerkennen|never\s+recogni[sz]e)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule("REJECT", r"prospects", requires=r"\bno\s+prospects", confidence=0.5),
    # ---- having been to a capital or to a leader: "war zuletzt im April bei Putin gewesen", "war erst vor gut einer
    # Woche in Kiew und Moskau gewesen" ----
    _rule(
        "CONSULT",
        r"gewesen",
        requires=r"(?:war|waren|sei|seien|wäre)\s+(?:[^\s,;.]+\s+){0,8}?(?:in|bei|beim)\s+(?:[^\s,;.]+\s+){0,6}?gewesen",
        excludes=r"(?:\bnicht\b|\bnie\b|\bkein\w*|\bZeuge\b)",
        confidence=0.5,
    ),
    # ---- readiness or a promise on a condition set to the other side is also a demand: "Die Ukraine sei bereit, die
    # Waffen schweigen zu lassen, wenn Russland das Gleiche tue", "ready to guarantee safe passage if Kyiv first cleared
    # the waters of mines", "zugesichert, ..., sofern die Strafmaßnahmen aufgehoben würden" ----
    _rule(
        "REQUEST",
        r"(?:bereit|ready|willing|zugesagt|zugesichert|sicherte\w*|sagte\w*\s+zu|promised|pledged|offered|angeboten)",
        requires=r"(?:wenn|sofern|falls|if|provided|unless|im\s+Gegenzug|in\s+return)\s+(?:\S+\s+){0,4}?(?:Russland|"
        r"Moskau|Kiew|Ukraine|Russia|Moscow|Kyiv|Westen|West|Washington|westlichen|Western|Strafmaßnahmen|Sanktionen|"
        r"sanctions|Europe|Europa|Europäer|Europeans)",
        excludes=r"(?:\bnicht\s+bereit|\bnot\s+ready|\bnot\s+willing)",
        sentence_scope=True,
        confidence=0.45,
    ),
    # ---- airspace closed, Russian energy phased out, costs for Russia raised ----
    _rule(
        "SANCTION",
        r"(?:Luftraum\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:zu\s+)?(?:schlie\w*|gesperrt|sperr\w*)|(?:closed|close|closing|shut)"
        r"\s+(?:\S+\s+){0,3}?airspace|airspace\s+(?:\S+\s+){0,3}?closed|aussteigen|auszusteigen|phase\s+out|"
        r"phasing\s+out|(?:costs?|Kosten)\s+(?:\S+\s+){0,3}?(?:for|für)\s+(?:Russia|Russland|Moscow|Moskau))",
        requires=r"(?:russisch\w*|Russian|Russia|Russland|Moskau|Moscow|Gas|Öl|oil|gas|LNG|Flugzeuge|aircraft)",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bnever\b)",
        confidence=0.5,
    ),
    # ---- weapons cleared for use, aid bills signed: "Biden authorized Ukraine to use American weapons", "President
    # Biden signed the package" ----
    _rule(
        "AID",
        r"(?:authori[sz]ed\s+(?:Ukraine|Kyiv|Kiev|Ukrainian\s+forces)\s+to\s+(?:use|strike|fire|hit)|"
        r"signed\s+(?:\S+\s+){0,3}?(?:package|bill|legislation)|erlaubte\w*\s+(?:der\s+)?Ukraine|"
        r"unterzeichnete\w*\s+(?:[^\s,;.]+\s+){0,3}?(?:Hilfspaket|Gesetz)\w*)",
        requires=r"(?:Ukraine|Kyiv|Kiev|Kiew|weapons|Waffen|aid|Hilfe\w*|package|Paket|missiles|Raketen|ATACMS|billion|"
        r"Milliarden)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- a firm answer announced, a response that would be needed: threats ----
    _rule(
        "THREATEN",
        r"(?:(?:entschlossene\w*|geschlossene\w*|harte\w*|robuste\w*|firm|resolute|robust|strong|decisive|united)\s+"
        r"(?:Antwort|Reaktion|response|answer)|reagieren\s+müssten|reagieren\s+müssen|would\s+have\s+to\s+respond)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        excludes=r"(?:\bkein\w*\b|\bno\b)",
        confidence=0.5,
    ),
    # ---- coordination reaffirmed, "not alone": agreement and support ----
    _rule(
        "AGREE",
        r"(?:reaffirmed\s+(?:their|its|the)?\s*(?:\S+\s+)?(?:coordination|commitment|partnership|cooperation)|"
        r"bekräftigten\s+(?:ihre|die)\s+(?:[^\s,;.]+\s+)?(?:Zusammenarbeit|Partnerschaft|Koordinierung|Abstimmung))",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:nicht\s+allein|not\s+alone)",
        requires=_SPEECH_CUE,
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- a court's order, a reminder pressed, an idea held on to ----
    _rule(
        "REQUEST",
        r"(?:verpflichtete\w*|ordered|angemahnt|anmahnen|mahnte\w*\s+(?:[^\s,;.]+\s+){0,8}?an\b)",
        requires=r"(?:\w*[Gg]erichtshof\w*|\w*[Gg]ericht\b|IGH|ICJ|court|Court|[Tt]ribunal|angemahnt|anmahnen|mahnte)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:halte\w*\s+(?:[^\s,;.]+\s+){0,8}?fest|festhalten|festgehalten)",
        requires=r"(?:Idee|Plan|Vorschlag|Gipfel|Treffen|Gespräch\w*|Verhandlung\w*|Abkommen|Vereinbarung|Ziel)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- readiness on a condition is also an agreement in principle; deadlines let pass; occupation ----
    # "Russland sei zur Rückkehr in das Abkommen bereit, sobald ...", "ready to resume exports once ...": annotators
    # label a conditional offer an agreement as often as a demand, so both are proposed.
    _rule(
        "AGREE",
        r"(?:bereit\b|ready\b|willing\b|prepared\s+to)(?=[^.;]*?\b(?:sobald|wenn|falls|sofern|once|if|provided)\b)",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b|\bniemals\b|\bnie\b)",
        confidence=0.4,
    ),
    _rule(
        "AGREE",
        r"(?:werde|würde|would|will)\s+(?:\S+\s+){0,6}?(?:zurückkehren|return\s+to)\b"
        r"(?=[^.;]*?\b(?:sobald|wenn|falls|once|if|provided)\b)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bnever\b|\bnie\b)",
        confidence=0.4,
    ),
    _rule(
        "REJECT",
        r"(?:ließ\w*\s+(?:[^\s,;]+\s+){0,5}?(?:Frist|Ultimatum)\s+(?:[^\s,;]+\s+){0,4}?(?:verstreichen|ablaufen)|"
        r"(?:let|allowed)\s+(?:\S+\s+){0,3}?(?:deadline|ultimatum)\s+(?:\S+\s+){0,2}?(?:pass|expire|lapse)|"
        r"keinen\s+(?:\S+\s+){0,2}?(?:Bedarf|Anlass)[“”»«]?\s+für|need(?<=\bno\sneed)\s+for)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"agenda(?<=\bon\sthe\sagenda)",
        requires=r"\bno\s+(?:\S+\s+){0,3}?(?:is|are|was|were)\s+on\s+the\s+agenda",
        confidence=0.5,
    ),
    # "die Gelder blieben eingefroren, bis Russland ... aufkomme", "keep the assets frozen until Russia pays"
    _rule(
        "REJECT",
        r"(?:(?:bleiben|blieben|bleibe|bleibt)\s+(?:[^\s,;]+\s+){0,3}?(?:eingefroren|blockiert|gesperrt|in\s+Kraft)|"
        r"keep\w*\s+(?:\S+\s+){0,5}?(?:frozen|blocked|in\s+place)|remain\w*\s+(?:frozen|blocked|in\s+place))"
        r"(?=[^.;]*?\b(?:bis|until|unless|solange)\b)",
        confidence=0.5,
    ),
    # "the bloc's own sanctions would stay in place", "Japan would firmly maintain its sanctions"
    _rule(
        "REJECT",
        r"(?:stay\w*\s+in\s+place|remain\w*\s+in\s+place|maintain\w*[“”\"]?\s+(?:\S+\s+){0,3}?(?:sanctions|ban)|"
        r"aufrechterh\w*|bleiben\s+in\s+Kraft|bleibt\s+in\s+Kraft|blieben\s+in\s+Kraft|Kraft(?<=\bin\sKraft)\s+bleiben)",
        requires=r"(?:sanctions|Sanktion\w*|ban|Verbot\w*|Embargo\w*|Strafmaßnahmen)",
        confidence=0.45,
    ),
    # "Russian troops seized the plant", "ist seit März 2022 von russischen Truppen besetzt"
    _rule(
        "ASSAULT",
        r"(?:(?:troops|forces|soldiers)\s+(?:\S+\s+){0,2}?(?:seized|occupied|captured|took\s+control\s+of|"
        r"crossed\s+into|have\s+occupied|had\s+occupied)|seit\s+(?:[^\s,;]+\s+){1,3}?von\s+(?:russischen\s+)?"
        r"(?:Truppen|Streitkräften|Soldaten)\s+besetzt|(?:Truppen|Soldaten)\s+(?:[^\s,;]+\s+){0,3}?"
        r"(?:besetzten|eroberten|überschritten))",
        confidence=0.5,
    ),
    # "severing diplomatic relations", "expelled from the council", "aus dem Rat suspendiert"
    _rule(
        "SANCTION",
        r"(?:rupture\s+of\s+(?:diplomatic\s+)?relations|"
        r"announced\s+the\s+rupture|suspended\s+from|suspension\s+from|suspendiert|Suspendierung)",
        excludes=r"(?:\bnot\b|\bnicht\b)",
        confidence=0.5,
    ),
    # "insisted that Kyiv withdraw", "drang auf eine Verhandlungslösung", "expected every country to voice ..."
    _rule(
        "REQUEST",
        r"(?:insisted\s+that|insists\s+that|bestand\w*\s+darauf|drang\w*\s+(?:[^\s,;]+\s+){0,6}?auf\b|"
        r"expect\w*\s+(?:\S+\s+){1,4}?to\s+(?:be\s+stationed|voice|send|join|take|make|stop|end|provide|do|"
        r"contribute|pay|deliver))",
        confidence=0.5,
    ),
    # ---- meetings in subordinate clauses, answers promised, jurisdiction denied, advances, alerts ----
    _rule(
        "CONSULT",
        r"(?:zusammentraf\w*|zusammentrafen|saß\w*\s+(?:[^\s,;]+\s+){0,16}?zusammen\b|zusammengesessen|"
        r"überreicht\w*|handed\s+(?:\S+\s+){0,4}?(?:proposal|plan|letter|paper|draft)\s+to)",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:angemessene\w*\s+Antwort|adequate\s+response|appropriate\s+response|fitting\s+response)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:erkenne\w*\s+(?:[^\s.;]+\s+){0,8}?nicht\s+an\b|erkennt\s+(?:[^\s.;]+\s+){0,8}?nicht\s+an\b|"
        r"not\s+considering|nicht\s+in\s+Erwägung|opposed\s+(?:sending|supplying|delivering|giving)|"
        r"sign\w*\s+away|give\s+away\s+(?:our|its|their|any)\s+(?:\S+\s+)?(?:land|territory)|"
        r"keinen\s+Frieden\s+um\s+den\s+Preis)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:vorgestoßen|vorgedrungen|(?:stießen|drangen)\s+(?:[^\s,;]+\s+){1,8}?vor\b)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:erhöhte|höchste)\w*\s+(?:Alarm|Einsatz)?[Bb]ereitschaft|(?:heightened|high)\s+(?:state\s+of\s+)?"
        r"(?:alert|readiness))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:Stellvertreterkrieg\w*|proxy\s+war|Banditentum|banditry|dragging\s+(?:\S+\s+){0,3}?into\s+(?:the\s+)?"
        r"(?:conflict|war)|hineinzuziehen|hineinziehen|hineingezogen|(?:want|wants|wanted)\s+(?:the\s+)?war\s+to\s+"
        r"(?:continue|go\s+on)|prevent\s+(?:a\s+)?peaceful\s+settlement|Friedenslösung\s+(?:zu\s+)?verhinder\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:kein\w*\s+(?:Visum|Visa|Einreisevisum)|Visum\s+verweigert|Visa\s+verweigert|"
        r"(?:denied|refused)\s+(?:\S+\s+){0,3}?visas?)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:Millionen|Milliarden|Mio\.|Mrd\.)\s+(?:[^\s;]+\s+){0,10}?zusagte\w*",
        confidence=0.5,
    ),
    # "Eine Waffenruhe vereinbarten sie nicht", "ohne dass eine Waffenruhe vereinbart wurde": a failed agreement
    _rule(
        "REJECT",
        r"(?:zustande(?<=nicht\szustande)|ohne\s+dass\s+(?:\S+\s+){0,5}?(?:vereinbart|erzielt|beschlossen)\w*|"
        r"vereinbarten\s+(?:\S+\s+){0,3}?nicht\b)",
        confidence=0.6,
    ),
    # ---- assurances, understanding, targets met, offers on terms, sanctions indefinite, aid raised ----
    _rule(
        "AGREE",
        r"(?:(?:given|gave|give|provided|offered)\s+(?:\S+\s+){0,2}?assurances|(?:will|would)\s+(?:meet|reach|hit)\s+"
        r"(?:the\s+|its\s+)?(?:\S+\s+){0,2}?(?:target|goal))",
        excludes=r"(?:\bnot\b|\bnever\b)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:understood\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:position|decision)|understands\s+(?:the\s+)?(?:\S+\s+){0,2}?"
        r"(?:position|decision)|Verständnis\s+für)",
        excludes=r"(?:\bnot\b|\bno\b|\bkein\w*|\bnicht\b)",
        confidence=0.5,
    ),
    _rule("REQUEST", r"(?:discourage[sd]?|discouraging)", confidence=0.5),
    _rule(
        "REJECT",
        r"(?:(?:would|will)\s+not\s+(?:discuss|be\s+part\s+of|take\s+part|participate)|"
        r"(?:won't|wouldn't)\s+(?:discuss|be\s+part\s+of|take\s+part|participate))",
        confidence=0.5,
    ),
    # "a meeting could only 'crown' an agreement", "ohne einen Abzug werde es keine Regelung geben"
    _rule(
        "REQUEST",
        r"(?:(?:could|can|would)\s+only\s+\W?(?:take\s+place|happen|be\s+held|come|crown)|"
        r"ohne\s+(?:[^\s,;]+\s+){1,8}?(?:werde|wird|könne|kann|gebe|gibt|würde)\s+es\s+kein\w*|"
        r"without\s+(?:\S+\s+){1,8}?there\s+(?:will|would|can)\s+be\s+no|ins\s+Gespräch\s+gebracht|"
        r"brachte\w*\s+(?:[^\s,;]+\s+){0,8}?ins\s+Gespräch|frühestens\s+(?:nach|wenn)|untrennbare\w*\s+Teil|"
        r"integral\s+part|inseparable\s+(?:part|from))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:sent|sends|sending)\s+(?:\S+\s+){0,8}?(?:draft|proposal|peace\s+plan|counterproposal)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:festzusetzen|festgesetzt|festsetzen|immobili[sz]e[sd]?)",
        requires=r"(?:Gelder|Vermögen\w*|Zentralbank\w*|assets|reserves)",
        excludes=r"(?:\bnot\b|\bnicht\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:aufstocken|aufgestockt|aufzustocken|stockt\w*\s+(?:[^\s,;]+\s+){0,8}?auf\b|"
        r"rais\w*\s+(?:its\s+|their\s+|the\s+)?(?:\S+\s+){0,2}?(?:support|aid|assistance)\s+(?:programme|program|package))",
        requires=r"(?:\w*[Hh]ilfe|Unterstützung|support|aid|assistance)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:zugesagt|sagte\w*\s+(?:[^\s;]+\s+){0,14}?zu\b)",
        requires=r"(?:Patriot\w*|Systeme|Panzer\w*|Haubitze\w*|Munition|Luftverteidigung\w*|Flugabwehr\w*|IRIS-T|"
        r"Raketen\w*|Drohnen|Kampfjets|Geschütze|Waffen\w*|\w*fahrzeuge|\w*ausrüstung|Generatoren|Transformatoren|"
        r"\w*hilfe|Milliarden|Millionen|Mrd\.|Mio\.)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnie\b)",
        confidence=0.5,
    ),
    # ---- what is urged at a meeting: "to press for", "advocates dialogue", "the only way out", needs in figures ----
    _rule(
        "REQUEST",
        r"(?:for(?<=\bto\spress\sfor)|demand(?<=\bto\sdemand)|advocat(?:es|ed|ing)|einzige\w*\s+Ausweg|only\s+way\s+(?:out|to\s+end)|"
        r"(?:cannot|could\s+not|can\s+not|can't)\s+be\s+(?:found|won|solved|resolved)\s+on\s+the\s+battlefield|"
        r"solution(?<=\bno\smilitary\ssolution)|keine\w*\s+militärische\w*\s+Lösung|abverlangt\w*|"
        r"verlangte\w*\s+(?:[^\s,;]+\s+){1,8}?ab\b|bezifferte\w*\s+(?:[^\s,;]+\s+){0,4}?Bedarf|"
        r"raised\s+(?:\S+\s+){0,6}?with|sprach\w*\s+sich\s+(?:[^\s;]+\s+){0,10}?(?:für|gegen)\s+(?:[^\s;]+\s+){0,8}?aus\b|"
        r"(?:für|gegen)\s+(?:[^\s;]+\s+){0,6}?ausgesprochen|supports?\s+(?:the\s+convening\s+of\s+)?(?:an?\s+)?"
        r"(?:international\s+)?peace\s+conference|(?:ready|readiness|willing|willingness|prepared)\s+to\s+\W?(?:help\s+)?"
        r"\W?(?:end|mediate|facilitate|contribute|host|continue\s+(?:its|their|his|her)\s+(?:\S+\s+)?(?:efforts|mediation))|"
        r"bereit\w*,?\s+(?:[^\s;]+\s+){0,8}?(?:beizutragen|zu\s+vermitteln|auszurichten|Vermittlung\w*\s+(?:[^\s;]+\s+){0,4}?fortzusetzen))",
        confidence=0.5,
    ),
    # ---- deliveries on their way, support pledged, capitulation ascribed ----
    _rule(
        "AID",
        r"(?:(?:Ukraine(?<=\b(?:in|an)\sdie\sUkraine)|Kiew(?<=\bnach\sKiew))\s+(?:[^\s,;]+\s+){0,3}?(?:gebracht|geliefert|"
        r"übergeben)|(?:sollen|soll|würden|werden)\s+(?:[^\s,;]+\s+){0,8}?eintreffen|would\s+arrive\s+(?:there|in)|"
        r"pledged\s+(?:continued\s+|further\s+|more\s+)?support|Unterstützung\s+(?:[^\s,;]+\s+){0,8}?zugesagt|"
        r"provided\s+(?:more\s+than\s+)?\S+\s+(?:\S+\s+){0,4}?(?:support|aid|assistance))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule("ACCUSE", r"(?:capitulation|Kapitulation)", confidence=0.45),
    # ---- visits refused, opposition announced, sovereign rights, exchanges in return, sessions with someone ----
    _rule(
        "REJECT",
        r"(?:(?:werde|wird|würde)\s+(?:[^\s,;]+\s+){0,3}?nicht\s+nach\s+\S+\s+(?:fahren|reisen|kommen)|ausgeladen|"
        r"Widerstand\s+(?:[^\s,;]+\s+){0,3}?angekündigt|kündigte\w*\s+(?:[^\s,;]+\s+){0,4}?Widerstand\s+an\b|"
        r"(?:wird|werde|würde)\s+sich\s+nicht\s+(?:[^\s,;]+\s+){0,5}?beteiligen|did\s+not\s+sign|refused\s+to\s+sign|"
        r"declined\s+to\s+sign|unterzeichnete\w*\s+nicht\b)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:sovereign\s+right|souveräne\w*\s+Recht|right\s+to\s+defend\s+itself|Recht\s+auf\s+Selbstverteidigung|"
        r"Recht,\s+sich\s+(?:[^\s,;]+\s+){0,3}?zu\s+verteidigen)",
        excludes=r"(?:\bnot\b|\bno\b|\bkein\w*|\bnicht\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:complain(?:ed|s)|beklagte\w*|beschwerte\w*\s+sich|undermin(?:es|ed|ing)|untergrab\w*|"
        r"überschreite\w*\s+(?:[^\s,;]+\s+){0,4}?(?:Grenze|Linie)|(?:bereite|bereitet|bereiteten)\s+sich\s+"
        r"(?:[^\s;]+\s+){0,10}?vor\b|preparing\s+for\s+(?:a\s+)?war)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:Gegenzug(?<=\bim\sGegenzug)|return(?<=\bin\sreturn)\s+for|exchange(?<=\bin\sexchange)\s+for)",
        requires=r"(?:prisoners?|captives|POWs?|fighters|soldiers|bodies|Gefangene\w*|Soldaten|Leichname|Leichen|Kämpfer)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:confirmed\s+(?:their\s+|its\s+|his\s+|her\s+)?participation|Teilnahme\s+(?:[^\s,;]+\s+){0,3}?bestätigt|"
        r"bestätigte\w*\s+(?:[^\s,;]+\s+){0,4}?Teilnahme)",
        excludes=r"(?:\bnot\b|\bnicht\b)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:applied\s+(?:to\s+join|for\s+membership)|Beitrittsantrag\w*|Aufnahmeantrag\w*|"
        r"vorgestellt|presented\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:idea|plan|proposal|concept)|"
        r"unveiled\s+(?:the\s+|its\s+|his\s+|her\s+|a\s+)?(?:\S+\s+)?(?:idea|plan|proposal|concept))",
        requires=r"(?:Idee|Plan|Vorschlag|Konzept|Beitritt\w*|idea|plan|proposal|concept|join|membership|"
        r"\w*[Aa]ntrag\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:spent\s+(?:\S+\s+){0,4}?hours?\s+(?:\S+\s+){0,5}?with|verbrachte\w*\s+(?:[^\s,;]+\s+){0,4}?Stunden\s+"
        r"(?:[^\s,;]+\s+){0,5}?mit|mit\s+(?:[^\s,;]+\s+){1,8}?gesprochen|"
        r"due\s+(?:in|at)\s+(?:the\s+)?(?:White\s+House|Kremlin|Moscow|Kyiv|Kiev|Washington|Beijing|Brussels|Berlin|"
        r"Paris|London|Ankara|Istanbul|Riyadh|Geneva|Warsaw|Rome))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bnie\b)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:tanks\s+rolled|Panzer\s+rollten|rolled\s+(?:across|into)\s+(?:the\s+border|Ukraine))",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:stelle\s+(?:[^\s,;]+\s+){0,10}?bereit\b|bildet\w*\s+(?:[^\s,;]+\s+){0,8}?ukrainische\s+"
        r"(?:Soldaten|Piloten|Truppen)\s+(?:[^\s,;]+\s+){0,6}?aus\b|train(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?Ukrainian\s+"
        r"(?:troops|soldiers|pilots|recruits|servicemen))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:Sanktionierung|Paket(?<=\d\.\sPaket)|package(?<=\dth\spackage)|"
        r"(?:transit|Transit\w*)\s+(?:[^\s,;]+\s+){0,8}?(?:ended|endete|zu\s+Ende\s+gegangen))",
        confidence=0.5,
    ),
    # "dass sich die Nato auf einen Krieg mit Russland vorbereite"
    _rule(
        "ACCUSE",
        r"(?:vorbereite|vorbereiten|vorbereitet)\b",
        requires=r"(?:\bsich\b.*(?:Krieg\w*|Angriff\w*|anzugreifen|Offensive))",
        confidence=0.45,
    ),
    # ---- held occupied, too early, votes against, truces broken, strikes refrained from, escorts, money pledged ----
    _rule(
        "ASSAULT",
        r"(?:hält|halten|hielt\w*)\s+(?:[^\s,;]+\s+){0,14}?besetzt\b|"
        r"(?:occupied|seized|held)\s+by\s+(?:Russian\s+)?(?:troops|forces)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:too\s+early\s+to|früh(?<=\bzu\sfrüh),?\s+(?:um|für|über)|(?:firmly|strongly)\s+oppos(?:es|ed)|"
        r"(?:werde|wird|würde|werden)\s+(?:[^\s,;]+\s+){0,3}?gegen\s+(?:[^\s,;]+\s+){0,5}?stimmen|"
        r"(?:vote|voted|voting)\s+against)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:(?:broken|broke|violated)\s+(?:\S+\s+){0,3}?(?:truces?|ceasefires?|promises?|pledges?|agreements?|"
        r"commitments?)|(?:Waffenruhe|Feuerpause|Zusage|Versprechen|Abkommen)\w*\s+(?:[^\s,;]+\s+){0,6}?gebrochen)",
        confidence=0.5,
    ),
    _rule(
        "RETREAT",
        r"(?:refrain\w*\s+from\s+(?:striking|attacking|strikes|attacks)|(?:verzichte|verzichtet|verzichten)\w*\s+"
        r"(?:[^\s,;]+\s+){0,6}?auf\s+(?:Angriffe|Schläge|Luftangriffe))",
        confidence=0.5,
    ),
    _rule("MOBILIZE", r"(?:escort(?:s|ed|ing)?|eskortier\w*|Geleitschutz)", confidence=0.45),
    _rule(
        "AGREE",
        r"confirmed\s+(?:\S+\s+){0,3}?(?:attend|participat\w*|take\s+part)",
        excludes=r"(?:\bnot\b|\bnever\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"pledged\s+(?:an?\s+)?(?:additional\s+|further\s+|another\s+|extra\s+)?(?:€|\$|£|US\$)?\d[\d.,]*\s*"
        r"(?:mn|bn|m|billion|million|euros?|dollars?|pounds?)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:request\s+from|riet\w*|advised\s+\S+\s+to|sofern)",
        confidence=0.45,
    ),
    # ---- no negotiations, land not traded, talks misrepresented, control taken, hostilities ordered to stop ----
    _rule(
        "REJECT",
        r"(?:negotiations(?<=\bno\snegotiations)|appropriate(?<=\bnot\sappropriate)|"
        r"(?:(?:would|will)\s+not|won't|wouldn't)\s+(?:trade|cede|surrender|hand\s+over|give\s+up\s+(?:its|their|our|any)\s+"
        r"(?:\S+\s+)?(?:land|territory|territories)))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:misrepresent\w*|pretend\w*\s+to|verfälsch\w*|keinen\s+Frieden\s+(?:wolle|will|wollen|wollte)|"
        r"(?:does|did)\s+not\s+want\s+peace|interest(?<=\bno\sinterest)\s+in\s+peace)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:(?:taken|took|taking)\s+(?:full\s+)?control\s+of|unter\s+(?:[^\s,;]+\s+){0,2}?Kontrolle\s+gebracht)",
        confidence=0.5,
    ),
    _rule(
        "RETREAT",
        r"hostilities\s+to\s+(?:stop|cease)",
        confidence=0.5,
    ),
    _rule("THREATEN", r"(?:repel|zurückzuschlagen|zurückschlagen)", confidence=0.45),
    # ---- talks that failed to produce a truce, no basis for a meeting, trips not made, talks paused ----
    _rule(
        "REJECT",
        r"(?:fail(?:ed|ing)\s+to\s+(?:produce|agree|reach|yield|deliver)|(?:konnten|können|konnte)\s+sich\s+"
        r"(?:[^\s,;]+\s+){0,6}?nicht\s+(?:auf\s+(?:[^\s,;]+\s+){0,6}?)?einigen|nicht\s+(?:auf\s+(?:[^\s,;]+\s+){0,6}?)?einigen\s+(?:können|konnten)|"
        r"(?:Durchbruch|Einigung)\s+(?:gab\s+es|gebe\s+es)\s+nicht|kein\w*\s+Durchbruch|"
        r"keine\w*\s+(?:Grundlage|Plattform)|basis(?<=\bno\sbasis)|platform(?<=\bno\splatform)|"
        r"(?:would|will)\s+not\s+(?:travel|go|attend|come)\b|longer(?<=\bno\slonger)\s+(?:contribute|support|fund|take\s+part|"
        r"participate)|nicht\s+mehr\s+(?:[^\s,;]+\s+){0,3}?(?:beteiligen|unterstützen|finanzieren)|"
        r"voted\s+no\b|stimmten\s+dagegen|(?:Gespräche|Verhandlungen)\s+(?:[^\s,;]+\s+){0,4}?\W?auf\s+(?:Pause|Eis)|"
        r"(?:talks|negotiations)\s+(?:\S+\s+){0,4}?on\s+hold)",
        confidence=0.5,
    ),
    # ---- verb-final forms of separable verbs in German subordinate clauses ("der ... aufrief", "die ... anbot") ----
    _rule(
        "REQUEST",
        r"(?:aufrief\w*|aufforderte\w*|vorschlug\w*|anbot(?:en)?|einlud(?:en)?)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:zusagte\w*|zustimmte\w*|einwilligte\w*)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnie\b)",
        confidence=0.55,
    ),
    # "Russland, das seine Truppen aus Kiew zurückzog", "Trump, der die Militärhilfe aussetzte"
    _rule(
        "RETREAT",
        r"(?:zurückzog\w*|abzog\w*)",
        requires=r"(?:Truppen|Soldaten|Einheiten|Streitkräfte)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:aussetzte\w*|einstellte\w*|stoppte\w*|einfror\w*)",
        requires=r"(?:\w*[Hh]ilfe\w*|Lieferung\w*|Zahlung\w*|Waffen\w*)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- ships treated as targets, access denied, delegations not sent, drones damaging ----
    _rule(
        "THREATEN",
        r"(?:treat\w*\s+(?:\S+\s+){0,6}?as\s+(?:\S+\s+){0,2}?(?:military|legitimate|targets?)|"
        r"Warnung\w*\s+an\b|behandeln\s+(?:[^\s,;]+\s+){0,4}?als\s+(?:\S+\s+){0,2}?(?:militärische|legitime|Ziele?))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:keinen\s+Zugang|access(?<=\bno\saccess)|(?:denied|refused)\s+(?:\S+\s+){0,3}?access|"
        r"keine\s+Delegation|nicht\s+berücksichtigen|decide(?<=\bto\sdecide)|"
        r"not\s+a\s+party\s+to|business(?<=\bno\sbusiness)\s+in)",
        requires=r"(?:keinen\s+Zugang|no\s+access|denied|refused|keine\s+Delegation|nicht\s+berücksichtigen|"
        r"not\s+for\s+\S+\s+to\s+decide|not\s+a\s+party|no\s+business)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:beschädigt\w*|damaged|beschädigte\w*)",
        requires=r"(?:\w*[Dd]rohne\w*|drones?|Raketen?\w*|missiles?|Beschuss|shelling|Angriff\w*|attack\w*|strikes?)",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.45,
    ),
    # Readiness to act ("Russland sei grundsätzlich bereit, wieder Gas zu liefern", "ready for a new round at any time",
    # "confirmed Russia's readiness to keep supplying gas") is an offer to cooperate.
    _rule(
        "AGREE",
        r"(?:bereit\b|Bereitschaft|ready\s+(?:to|for)\b|readiness\s+to|willing\s+to|willingness\s+to|"
        r"offen\s+für\s+(?:[^\s,;]+\s+){0,3}?(?:Kontakte?|Beziehungen|Dialog\w*|Zusammenarbeit)|"
        r"open\s+to\s+(?:\S+\s+){0,3}?(?:contacts?|relations|dialogue|cooperation))",
        excludes=r"(?:\bnot\b|\bno\b|\bnicht\b|\bkein\w*|\bnever\b|\bniemals\b|\bnie\b|\bunless\b)",
        confidence=0.4,
    ),
    # "the plan could form the basis of a final settlement", "könnten als Grundlage für eine Lösung dienen"
    _rule(
        "SUPPORT",
        r"(?:(?:form|serve\s+as)\s+(?:the|a)\s+basis|als\s+Grundlage\s+(?:[^\s,;]+\s+){0,4}?(?:dienen|taugen))",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.45,
    ),
    # "Eine Waffenruhe komme nicht infrage, solange der Westen Kiew mit Waffen versorge": a refusal for as long as
    # something goes on demands that it stop.
    _rule(
        "REQUEST",
        r"(?:solange|long(?<=\bas\slong)\s+as)",
        requires=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b|\bnever\b|\bniemals\b|\bnie\b)",
        confidence=0.45,
        sentence_scope=True,
    ),
    # "Lavrov is expected to call on Hun Sen on Saturday": calling on someone, with no "to <verb>" after, is a visit
    _rule(
        "CONSULT",
        r"call(?:ed|s|ing)?\s+on\b(?![^.;]*?\bto\s+[a-z])",
        confidence=0.5,
    ),
    # ---- threats: strikes promised if, harsh responses, pressure to reckon with, nuclear tests ----
    _rule(
        "THREATEN",
        r"(?:(?:would|could|will|might)\s+(?:\S+\s+){0,2}?(?:strike|hit|target)\s+(?:\S+\s+){0,3}?(?:targets?|facilities|"
        r"sites?|installations?)|ins\s+Visier\s+(?:zu\s+)?nehmen|Zerstörung\s+anheim\w*|"
        r"(?:harsh|tough|fitting|forceful|spürbare\w*|harte\w*|entschiedene\w*)\s+(?:response|Antwort|reaction|Reaktion)|"
        r"inevitable\s+punishment|unausweichliche\w*\s+Strafe|"
        r"mit\s+(?:[^\s,;]+\s+){0,2}?(?:Konsequenzen|Druck)\s+rechnen|Daumenschrauben|tighten\s+the\s+screws|"
        r"Fall(?<=\bim\sFall)e?\s+(?:einer|eines)\s+(?:[^\s,;]+\s+){0,2}?(?:Invasion|Intervention|"
        r"Angriffs?|Einmarsch\w*|Eskalation)|event(?<=\bin\sthe\sevent)\s+of\s+(?:an?\s+)?(?:\S+\s+)?(?:invasion|attack)|"
        r"let\s+(?:\S+\s+){0,3}?(?:lapse|expire)|last\s+extension|"
        r"(?:resume|withdraw\s+(?:\S+\s+){0,3}?ratification)\s+(?:\S+\s+){0,4}?nuclear\s+test\w*|"
        r"Atomwaffen\s+(?:[^\s,;]+\s+){0,2}?test\w*)",
        excludes=r"(?:\bnot\b(?!\s+be\s+the\s+first)|\bnicht\b)",
        confidence=0.5,
    ),
    # "beide Seiten gaben sich gegenseitig die Schuld", "Moscow and Kyiv blamed each other"
    _rule(
        "ACCUSE",
        r"(?:gegenseitig\s+(?:[^\s,;]+\s+){0,3}?(?:die\s+Schuld|vor\b|verantwortlich)|"
        r"(?:blamed|blame|blaming|accused|accusing)\s+each\s+other|trad(?:ed|ing)\s+(?:\S+\s+)?(?:blame|accusations))",
        confidence=0.5,
    ),
    # "Kompromisse seien gefunden worden", "den Weg freigemacht", "das Mandat um ein Jahr verlängert"
    _rule(
        "AGREE",
        r"(?:Kompromiss\w*\s+(?:[^\s,;]+\s+){0,3}?(?:gefunden|erzielt)|compromises?\s+(?:was|were|had\s+been)\s+found|"
        r"found\s+(?:a\s+)?compromise|Weg\s+(?:[^\s,;]+\s+){0,6}?freigemacht|cleared\s+the\s+way|"
        r"Mandat\w*\s+(?:[^\s,;]+\s+){0,8}?verlängert|extended\s+(?:\S+\s+){0,3}?mandate)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # Taking part in a meeting, meeting someone by chance, receiving an envoy: "nahm ... teil", "begegnet"
    _rule(
        "CONSULT",
        r"(?:nahm\w*\s+(?:[^\s,;]+\s+){0,14}?teil\b|teilnahm\w*|teilgenommen|"
        r"(?:take|took|takes|taking)\s+part\s+in|begegnet\b|"
        r"received\s+(?:\S+\s+){0,4}?(?:ambassador|envoy|delegation|counterpart|minister|president|prime\s+minister))",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*|\bnever\b|\bnie\b)",
        confidence=0.5,
    ),
    # ---- peace only within a settlement, pilots trained, staff capped, every means used ----
    _rule(
        "REQUEST",
        r"(?:komme\w*\s+nur\s+(?:[^\s,;]+\s+){0,8}?in\s+Frage|nur\s+im\s+Rahmen\s+(?:einer|eines))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:(?:plane|plant|suche|sucht|anstrebe)\s+\W?keinen\s+Frieden|keinen\s+Frieden\s+(?:plane|plant|suche|sucht))",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:Piloten|Soldaten|Truppen|Besatzungen)\s+(?:[^\s,;]+\s+){0,6}?(?:ausbilden|ausgebildet|auszubilden)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:gedrosselt|drosselte\w*|drosseln|throttled|cut\s+(?:\S+\s+)?(?:gas\s+)?(?:flows|supplies|deliveries))",
        requires=r"(?:Gas\w*|Nord\s+Stream|Pipeline\w*|Durchleitung|Lieferung\w*|gas|pipeline|flows)",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:mehr(?<=\bnicht\smehr)\s+als\s+\d+\s+(?:Personen|Mitarbeiter\w*|Diplomaten)|"
        r"(?:Obergrenze|cap)\s+(?:\S+\s+){0,4}?(?:Personal|staff|diplomats|Diplomaten))",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:jedes\s+Mittel|alle\s+Mittel|every\s+(?:tool|means)|all\s+(?:available\s+)?means)",
        confidence=0.45,
    ),
    # "die Zusicherung erhalten", "eine Ausnahmegenehmigung erteilt", "verlängerte die Frist bis Mitte Dezember"
    _rule(
        "AGREE",
        r"(?:Zusicherung\w*|Ausnahmegenehmigung\w*|granted\s+(?:\S+\s+){0,3}?(?:waiver|exemption|licen[cs]e)|"
        r"verlängerte\w*\s+(?:[^\s,;]+\s+){0,4}?Frist|extended\s+(?:\S+\s+){0,2}?deadline)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*|\bno\b)",
        confidence=0.5,
    ),
    # ---- strikes forgone, reciprocal pledges, rounds not to be expected, offensives not halted, weapons pumped in ----
    _rule(
        "RETREAT",
        r"Verzicht\w*\s+auf\s+(?:[^\s,;]+\s+){0,2}?(?:Angriffe|Schläge|Luftangriffe|Attacken)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:werde|würde|would|will)\s+(?:[^\s,;]+\s+){0,8}?(?:ebenfalls\s+|also\s+|too\s+)?(?:einstellen|stoppen|"
        r"einhalten|honou?r|respect|observe)\b(?=[^.;]*?\b(?:wenn|falls|sofern|if|as\s+long\s+as)\b)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bnever\b|\bnie\b)",
        confidence=0.45,
    ),
    _rule(
        "REJECT",
        r"(?:erwarten(?<=\bnicht\szu\serwarten)|(?:would|will)\s+not\s+(?:halt|stop|end|suspend)\s+(?:\S+\s+)?"
        r"(?:offensive|attacks|strikes|operation|fighting))",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:pump\w*\s+(?:\S+\s+){0,2}?weapons|Waffen\s+(?:[^\s,;]+\s+){0,3}?(?:pumpen|vollzupumpen|vollpumpen|"
        r"vollgepumpt))",
        confidence=0.5,
    ),
    # ---- needs stated as demands: "Kyiv needed at least seven more Patriot systems", "die Ukraine brauche
    # Garantien"; "brauche keine Ersatzlösungen", "did not need intermediaries" refuse ----
    _rule(
        "REQUEST",
        r"(?:brauche|braucht|brauchen|benötige|benötigt|benötigen|needs|needed|need(?<=\bwe\sneed)|need(?<=\bthey\sneed))"
        r"(?=\s+(?!to\b|keine?\w*\b|nicht\b|kaum\b|no\b|not\b))",
        requires=_SPEECH_CUE,
        excludes=r"(?:if\s+needed|in\s+need|not\s+need|nicht\s+nötig|wenn\s+nötig|falls\s+nötig)",
        confidence=0.45,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:brauche|braucht|brauchen|benötige|benötigt)\s+(?:[^\s,;.]+\s+){0,2}?(?:keine?\w*|nicht)\b|"
        r"need(?<=\bdid\snot\sneed)|need(?<=\bdoes\snot\sneed)|need(?<=\bdidn't\sneed)|"
        r"need(?<=\bdoesn't\sneed)|need(?<=\bdon't\sneed)",
        requires=_SPEECH_CUE,
        confidence=0.45,
        sentence_scope=True,
    ),
    # ---- consequences to be borne, sanctions that snap back, hostile acts and military planning ----
    _rule(
        "THREATEN",
        r"(?:Konsequenzen\s+(?:zu\s+)?(?:rechnen|spüren)|Folgen\s+(?:zu\s+)?(?:rechnen|spüren)|"
        r"(?:bear|bears|would\s+bear)\s+(?:full\s+)?responsibility\s+for\s+(?:the\s+)?consequences|"
        r"snap\s+back|snapback(?![\w-]*\s+(?:[^\s,;.]+\s+){0,4}?(?:ausgelöst|aktiviert|triggered|invoked))|"
        r"wieder\s+in\s+Kraft\s+(?:treten|setzen|gesetzt)|träten\s+(?:\S+\s+){0,5}?wieder\s+in\s+Kraft|"
        r"hostile\s+act|feindselige\w*\s+Akt|feindliche\w*\s+Akt|military\s+planning|militärischen\s+Planung\w*|"
        r"strongest\s+possible\s+action|would\s+answer\s+(?:any|every)|will\s+answer\s+(?:any|every))",
        confidence=0.5,
    ),
    # ---- the Minsk agreements named: "die Minsker Vereinbarungen vom September 2014", "the Minsk accords" ----
    _rule(
        "AGREE",
        r"(?:Minsker\s+(?:Vereinbarung|Abkommen|Protokoll)\w*|Minsk\s+(?:agreements?|accords?|protocols?)|"
        r"Minsk[- ]II|Minsk[- ]2)",
        confidence=0.5,
        nominal=True,
    ),
    # ---- resolutions drafted or tabled: "The resolution, drafted by the United States, ...", "brachte einen
    # Resolutionsentwurf ein" ----
    _rule(
        "REQUEST",
        r"(?:drafted\s+by|sponsored\s+by|co-sponsored|tabled|eingebracht|einbringen|brachte\w*\s+(?:\S+\s+){0,6}?ein\b)",
        requires=r"(?:resolution|Resolution\w*|\w*resolution\w*|text|Text|Entschließung\w*|draft|Entwurf\w*|plan|Plan)",
        excludes=r"(?:Kritik|criticism)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- talks with each other planned, hosts named: "wollen direkt miteinander sprechen", "Gastgeber ist ..." ----
    _rule(
        "CONSULT",
        r"(?:miteinander\s+(?:\S+\s+){0,2}?(?:sprechen|reden|verhandeln|beraten|telefonieren)|"
        r"Gastgeber\w*\s+(?:ist|war|sind|waren|wird|werden|sei|seien)\b)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnie\b|\bniemals\b)",
        confidence=0.5,
    ),
    # ---- claims denied as incorrect, treaties not renewed, sovereignty trampled, consequences promised ----
    _rule(
        "REJECT",
        r"(?:not\s+correct|incorrect|untrue|nicht\s+korrekt|unzutreffend|nicht\s+zutreffend|"
        r"nicht\s+(?:\S+\s+){0,2}?verlängern|not\s+(?:to\s+)?(?:extend|renew)|refused\s+to\s+(?:extend|renew))",
        requires=r"(?:said|says|told|claims?|allegations?|reports?|sagte\w*|erklärte\w*|Vorwürfe|Behauptung\w*|Angaben|"
        r"\w*vertrag\w*|\w*abkommen\w*|Mandat\w*|treaty|agreement|contract|mandate|deal)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "ACCUSE",
        r"(?:trampl\w*|mit\s+Füßen\s+(?:ge)?tret\w*|Füßen\s+tritt)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:nicht\s+ohne\s+Folgen|nicht\s+folgenlos|not\s+go\s+without\s+consequences|not\s+(?:\S+\s+)?without\s+consequences|"
        r"will\s+have\s+consequences|would\s+have\s+consequences|werde\s+Folgen\s+haben)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:juristisch\s+anfechten|gerichtlich\s+anfechten|anfechten\s+(?:\S+\s+){0,2}?lassen|challenge\s+(?:\S+\s+){0,4}?in\s+court|"
        r"(?:Rechtsmittel|Klage|Beschwerde)\s+(?:\S+\s+){0,4}?(?:einzulegen|einlegen|eingelegt|einzureichen|einreichen|eingereicht))",
        confidence=0.45,
    ),
    # ---- assurances given, contempt shown, answers by reciprocity, staff caps, troops not sent, ideas wanting ----
    _rule(
        "AGREE",
        r"(?:versicherte\w*|versichert(?=\s*,)|hatte\s+(?:\S+\s+){0,4}?versichert\b|"
        r"sagte\w*\s+(?:\S+\s+){0,4}?zu,\s+(?:[^\s;]+\s+){0,14}?(?:[a-zäöü]+zu[a-zäöü]+en|zu\s+[a-zäöü]+en)\b)",
        excludes=r"(?:Versicherung\w*|insurance|Unterstützung|Solidarität|Beistand)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:Missachtung|Geringschätzung|contempt\s+for|disregard\s+for)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:reaction|response|Antwort|Reaktion)\s+(?:\S+\s+){0,2}?(?:would|will|werde|wird)\s+(?:\S+\s+){0,1}?(?:follow|folgen)|"
        r"principle\s+of\s+reciprocity|Prinzip\s+der\s+Gegenseitigkeit|Grundsatz\s+der\s+Gegenseitigkeit|"
        r"(?:symmetrical|symmetric|mirror|reciprocal)\s+(?:answer|response|measures|steps)|"
        r"(?:symmetrische|spiegelbildliche)\w*\s+(?:Antwort|Reaktion|Maßnahmen|Schritte))",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:reduce|cut)\s+(?:\S+\s+){0,2}?(?:headcount|staff|personnel)|headcount|Personalobergrenze\w*|"
        r"Personal\s+(?:\S+\s+){0,4}?(?:reduzieren|verringern|abbauen))",
        requires=r"(?:embass\w*|Botschaft\w*|Konsulat\w*|consulate\w*|diplomat\w*|Diplomat\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:(?:schickt|schickte|schicke|schicken|entsendet|entsende|entsenden)\s+keine\w*|"
        r"(?:will|would)\s+not\s+send|won't\s+send|wouldn't\s+send|"
        r"not\s+sufficient|insufficient|nicht\s+ausreichend|unzureichend)",
        confidence=0.45,
    ),
    _rule(
        "REQUEST",
        r"(?:warned|warns|warnte\w*|warnt)",
        requires=r"(?:(?:would|will|würde\w*|werde\w*)\s+(?:\S+\s+){0,2}?(?:mean|lead\s+to|bedeuten|führen|provoke|provozieren))",
        confidence=0.45,
        sentence_scope=True,
    ),
    _rule(
        "RETREAT",
        r"(?:Reduzierung\s+(?:\S+\s+){0,3}?(?:militärischen\s+)?Aktivitäten|"
        r"reduc\w*\s+(?:\S+\s+){0,3}?military\s+activit\w*)",
        confidence=0.5,
    ),
    # ---- fire held, fighting paused, defences reinforced, cities encircled, demands to stop, gratitude ----
    _rule(
        "RETREAT",
        r"(?:hold\s+(?:their|its|our|the)?\s*fire|(?:fighting|hostilities|strikes|attacks)\s+(?:\S+\s+){0,8}?"
        r"(?:will|would)\s+pause|pause\s+(?:\S+\s+){0,3}?(?:fighting|strikes|hostilities))",
        excludes=r"(?:\bnot\b|\bno\b|\bnever\b|refus\w*|reject\w*)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:Flugabwehr|Luftverteidigung|Truppen|Präsenz|Kräfte|Grenzschutz|Patrouillen|Schutz)\w*\s+(?:\S+\s+){0,8}?"
        r"(?:zu\s+)?verstärk\w*|reinforc\w*\s+(?:\S+\s+){0,3}?(?:air\s+defen[cs]es?|troops|presence|border))",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:eingeschlossen|eingekesselte\w*)",
        requires=r"(?:Truppen|Streitkräfte\w*|Soldaten|Armee|russische\w*)",
        confidence=0.45,
    ),
    _rule(
        "REQUEST",
        r"(?:muss|müssen|müsse|sollte|sollten)\s+(?:\S+\s+){0,4}?(?:aufhören|beenden|einstellen|stoppen)\b",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:dankbar|grateful)",
        requires=r"(?:sind|bin|ist|seien|sei|are|is|was|were|am)\s+(?:\S+\s+){0,2}?(?:dankbar|grateful)",
        excludes=r"(?:\bnicht\b|\bnot\b)",
        confidence=0.5,
    ),
    # ---- drones sent at cities, views not shared, help asked for, the Kremlin's narrative, criminal cases opened ----
    _rule(
        "ASSAULT",
        r"(?:geschickt|abgefeuert|gefeuert|schickte\w*|feuerte\w*)",
        requires=r"(?:Drohnen|Raketen|Marschflugkörper|Geschosse|Kamikazedrohnen)\s+(?:\S+\s+){0,3}?(?:auf|gegen)\b",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:teile\w*\s+(?:\S+\s+){0,3}?nicht|share(?<=\bnot\sshare))",
        requires=r"(?:Darstellung|Auffassung|Einschätzung|Ansicht|Sicht\w*|view|views|assessment|position|interpretation)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REQUEST",
        r"(?:bitte\s+(?:\S+\s+){0,5}?um\b|bitten\s+(?:\S+\s+){0,5}?um\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:Erzählung|Narrativ\w*|narrative|talking\s+points)\s+(?:des|der|von|of\s+the|of)\s+(?:Kreml\w*|Kremlin|Moskau\w*|"
        r"Russlands|Moscow)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:(?:Strafverfahren|Ermittlungsverfahren)\s+(?:\S+\s+){0,6}?(?:eröffnet|eingeleitet|eröffnete\w*|leitete\w*)|"
        r"(?:eröffnete\w*|leitete\w*)\s+(?:\S+\s+){0,6}?(?:Strafverfahren|Ermittlungsverfahren)|zur\s+Fahndung\s+ausgeschrieben|"
        r"(?:opened|launched|filed)\s+(?:a\s+)?criminal\s+(?:case|investigation|proceedings))",
        confidence=0.5,
    ),
    # ---- no agreement among them, weapons used against sites ----
    _rule(
        "REJECT",
        r"(?:einig(?<=\bnie\seinig)|einig(?<=\bnicht\seinig)|uneinig\w*|"
        r"agree(?<=\bcould\snot\sagree)|agree(?<=\bcouldn't\sagree)|agree(?<=\bfailed\sto\sagree))",
        confidence=0.5,
    ),
    _rule(
        "ASSAULT",
        r"(?:setzt|setzte\w*|setzen)\s+(?:\S+\s+){0,12}?gegen\s+(?:\S+\s+){0,4}?ein\b",
        requires=r"(?:Drohnen|Raketen|Fluggeräte|Marschflugkörper|Bomben|Artillerie|Waffen)",
        excludes=r"(?:\bnicht\b|\bkein\w*|sich\s+(?:\S+\s+){0,4}?gegen)",
        confidence=0.5,
    ),
    # ---- consequences on condition: "«sonst wird die russische Armee die Frage entscheiden»", "andernfalls müsse
    # Moskau ...", "werde die Präsenz verstärken, sollte Helsinki ...", "would reimpose every sanction if ..." ----
    _rule(
        "THREATEN",
        r"(?:andernfalls|ansonsten|otherwise|else(?<=\bor\selse)|sonst\s+(?:werde|wird|würde|drohe|müsse|müssten))",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:werde|würde|would|will)\s+(?:\S+\s+){0,6}?(?:verstärken|kappen|drosseln|stoppen|cut\s+off|reimpose|"
        r"impose\s+(?:\S+\s+){0,2}?(?:sanctions|tariffs)|retaliate|respond\s+(?:\S+\s+){0,2}?(?:militarily|in\s+kind))",
        requires=r"(?:sollte|sollten|falls|if|unless)",
        excludes=r"(?:\bnicht\b|\bnot\b|\bnever\b)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- agreement denied: "habe zu keinem Zeitpunkt einer Stationierung zugestimmt", "had never agreed to them",
    # "made no commitment", "did not commit to a ceasefire", "no ceasefire is agreed" ----
    _rule(
        "REJECT",
        r"(?:zugestimmt(?<=\bnie\szugestimmt)|(?:niemals|nie|Zeitpunkt)\s+(?:\S+\s+){0,5}?(?:zugestimmt|eingewilligt|zugesagt)|"
        r"agreed(?<=\bnever\sagreed)|commitment(?<=\bno\scommitment)|commit(?<=\bnot\scommit)|"
        r"agreed(?<=\bnot\sagreed))",
        confidence=0.5,
    ),
    # ---- good offices offered: "Doha sei bereit, beide Delegationen zu empfangen", "stands ready to play any role",
    # "die Schweiz stehe als Gastgeberin bereit", "ready to help find solutions" (an offer is a proposal) ----
    _rule(
        "REQUEST",
        r"(?:bereit,?\s+(?:[^\s.;]+\s+){0,10}?(?:zu\s+empfangen|auszurichten|zu\s+vermitteln|beizutragen|zu\s+erleichtern|"
        r"einzuladen|zu\s+helfen|zu\s+unterstützen|zur\s+Verfügung\s+zu\s+stellen)|"
        r"(?:Gastgeber\w*|Vermittler\w*)\s+bereit|bereit(?<=\bstehe\sbereit)|bereit(?<=\bsteht\sbereit)|"
        r"(?:ready|willing|prepared)\s+to\s+(?:\S+\s+){0,2}?(?:host|mediate|help|facilitate|contribute|play|receive|"
        r"offer|provide\s+a\s+platform))",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b|\bnever\b)",
        confidence=0.45,
    ),
    # ---- crossings reopened: "öffnet Polen zwei geschlossene Grenzübergänge", "reopened two crossings" ----
    _rule(
        "CONCEDE",
        r"(?:(?:öffnet|öffnete\w*|öffnen|wiedereröffnet\w*|reopen\w*)\s+(?:\S+\s+){0,10}?(?:\w*übergänge|\w*übergang|"
        r"Grenze|crossings?|border|checkpoints?))",
        excludes=r"(?:\bnicht\b|\bnot\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- an agreement to be signed: "Zelensky will sign a security agreement", "ein Abkommen unterzeichnen soll" ----
    _rule(
        "AGREE",
        r"(?:sign|unterzeichnen|unterschreiben)",
        requires=r"(?:\w*(?:abkommen|vereinbarung|vertrag|verträge|erklärung|memorandum)\w*|agreements?|deals?|"
        r"accords?|treaty|treaties|pacts?|declarations?|memorand\w*|charter)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|never|niemals|refus\w*|declin\w*|weiger\w*|abgelehnt)",
        confidence=0.5,
    ),
    # ---- requests in the base form or as an expectation: "will ask its allies for air defence", "expected Ankara to
    # enforce it", "erwarte aber dasselbe von Kiew", "to seek assurances", "seinen Siegesplan vorlegen will" ----
    _rule("REQUEST", r"ask\s+(?:\S+\s+){0,5}?(?:for|to)", excludes=r"(?:\bnot\b|never|refus\w*)", confidence=0.5),
    _rule(
        "REQUEST",
        r"(?:expect(?:s|ed)?(?<!is\sexpected)(?<!are\sexpected)(?<!was\sexpected)(?<!were\sexpected)(?<!be\sexpected)"
        r"(?<!been\sexpected)(?<!widely\sexpected)\s+(?!to\b)(?:\S+\s+){1,3}?to|erwarte(?:t|n)?\s+(?:[^\s,;.]+\s+){0,6}?von)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|wird|werden|wurde)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"seek\s+(?:\S+\s+){0,3}?(?:assurances?|guarantees?|support|help|aid|backing|clarification|talks|meeting|access|"
        r"release|return|compensation|funding)",
        excludes=r"(?:\bnot\b|never)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"vorlegen",
        requires=r"\w*(?:plan|pläne|vorschlag|vorschläge|entwurf|entwürfe|forderungen|bedingungen)\w*",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- a promise by the separable "sagte ... zu" at the clause end: "Washington sagte Bukarest zusätzliche
    # Aufklärungsflüge zu" ----
    _rule(
        "AGREE",
        r"sagte\w*\s+(?:[^\s,;.]+\s+){1,14}?zu(?=\s*(?:[.,;:!?)]|$))",
        excludes=r"(?:nicht|kein\w*|nie|niemals)",
        confidence=0.5,
    ),
    # ---- meetings in plain wordings: "will speak by phone", "briefed EU ministers", "der Nordatlantikrat tritt am
    # Dienstag zusammen", "macht am Montag Station in Ankara", "is due in Cairo", "Putin Bericht erstatten" ----
    _rule(
        "CONSULT",
        r"(?:speak|talk)\s+(?:\S+\s+){0,3}?(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)",
        excludes=r"(?:\bnot\b|never|refus\w*)",
        confidence=0.55,
    ),
    _rule(
        "CONSULT",
        r"(?:briefed|briefs)",
        excludes=r"(?:reporters|journalists|press|media|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:kommt|kommen|tritt|treten)\s+(?:[^\s,;.]+\s+){0,8}?zusammen|"
        r"(?:macht|machte|machen|machten)\s+"
        r"(?:[^\s,;.]+\s+){0,6}?Station|Bericht\s+(?:erstatten|erstattet|erstattete\w*)|erstattete\w*\s+"
        r"(?:[^\s,;.]+\s+){0,6}?Bericht",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "CONSULT",
        r"(?:due(?<=\bis\sdue)|due(?<=\bare\sdue))\s+in\s+(?!\d|the\s+coming|the\s+next|a\s+few|two|three|four|"
        r"weeks|days|months|january|february|march|april|may|june|july|august|september|october|november|december|"
        r"court)",
        confidence=0.5,
    ),
    # ---- refusals in the future tense: "Moskau werde der Stationierung niemals zustimmen", "werde keinem Dokument
    # zustimmen", "would not sell a single barrel", "would not pay the fee" ----
    _rule(
        "REJECT",
        r"(?:werde|werden|wird|würde|würden)\s+(?:[^\s,;.]+\s+){0,8}?(?:nicht|nie|niemals|kein\w*)\s+"
        r"(?:[^\s,;.]+\s+){0,8}?(?:zustimmen|akzeptieren|anerkennen|teilnehmen|gestatten|erlauben|zulassen|"
        r"unterstützen|hinnehmen|unterzeichnen|unterschreiben|mittragen|billigen|dulden|beugen|zahlen|liefern)",
        confidence=0.6,
    ),
    _rule(
        "REJECT",
        r"(?:would|will)\s+(?:not|never)\s+(?:sell|pay|allow|permit|tolerate|recogni[sz]e|take\s+part|participate|"
        r"attend|hand\s+over|cede|bow|yield|submit|comply|sign|join)",
        confidence=0.6,
    ),
    # ---- strikes in plain wordings: "Russian missiles and drones hit gas production sites", "greift das Militär
    # immer wieder Hafenanlagen an"; a "military response" announced; pardons and releases ----
    _rule(
        "ASSAULT",
        r"(?:hit(?<=missiles\shit)|hit(?<=missile\shit)|hit(?<=drones\shit)|hit(?<=drone\shit)|hit(?<=rockets\shit)|hit(?<=rocket\shit)|hit(?<=strikes\shit)|hit(?<=strike\shit)|hit(?<=shells\shit)|hit(?<=bombs\shit)|(?:greift|greifen|griff|griffen)\s+(?:[^\s,;.]+\s+){1,12}?an(?=\s*(?:[.,;:!?]|$)))",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:militärische|militärischen|spiegelbildliche|spiegelbildlichen|military|retaliatory)\s+"
        r"(?:Antwort|Reaktion|Vergeltung|response|retaliation)",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.55,
    ),
    _rule(
        "CONCEDE",
        r"(?:pardoned|pardons|begnadigt\w*|begnadigte\w*|freikommen|freikamen|kamen\s+(?:[^\s,;.:]+\s+){0,6}?frei"
        r"(?=\s*(?:[.,;!?]|$)))",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.55,
    ),
    # ---- disparaging verdicts in reported speech: "Geld für Kiew verlängere nur den Krieg", "rules Ukraine like a
    # colony", "would change nothing on the battlefield", "buying cheap gas with Ukrainian blood", "hold 26 others
    # hostage", "dafür gebe es keine Rechtfertigung", "Putin had held the world in suspense to extort concessions" ----
    _rule(
        "ACCUSE",
        r"(?:verlänger\w*\s+(?:nur\s+|lediglich\s+)?(?:den|diesen)\s+Krieg|continuation\s+of\s+the\s+war|"
        r"like\s+a\s+colony|wie\s+eine\s+Kolonie|change\s+nothing|ändere\w*\s+nichts|ändern\s+nichts|"
        r"with\s+(?:\S+\s+)?blood|mit\s+(?:\S+\s+)?Blut|altar(?<=\bthe\saltar)|auf\s+dem\s+Altar|hostage|Geisel\w*|"
        r"keine\s+Rechtfertigung|justification(?<=\bno\sjustification)|extort\w*|further\s+(?:enrich|ruin)|ruin\s+Ukraine|"
        r"totalen?\s+(?:\S+\s+)?Krieg|total\s+(?:hybrid\s+)?war|ohne\s+Licht\s+und\s+Wärme|"
        r"without\s+(?:light|heat|power)\s+and\s+(?:heat|water|light))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- energy cut-offs and embargoes, partnerships suspended, entry restrictions, assets under state management:
    # "ganz auf russisches Öl zu verzichten", "would halt gas supplies", "hatte die Lieferungen eingestellt",
    # "suspended its Strategic Partnership Charter", "Einreisebeschränkungen", "under temporary management" ----
    _rule(
        "SANCTION",
        r"(?:verzicht\w*\s+(?:[^\s,;.]+\s+){0,8}?auf\s+russische\w*\s+(?:\S+\s+)?\w*(?:öl|gas|kohle|energie|importe)\w*|"
        r"russische\w*\s+(?:\S+\s+)?\w*(?:öl|gas|kohle|energie)\w*\s+(?:zu\s+)?verzicht\w*|"
        r"halt\w*\s+(?:\S+\s+){0,2}?(?:gas|oil)\s+(?:supplies|deliveries|exports|flows)|cut-offs?|"
        r"\w*lieferungen\s+(?:[^\s,;.]+\s+){0,6}?eingestellt|stellte\w*\s+(?:[^\s,;.]+\s+){0,6}?\w*lieferungen\s+"
        r"(?:[^\s,;.]+\s+){0,4}?ein\b|stoppte\w*\s+(?:[^\s,;.]+\s+){0,6}?\w*lieferungen|suspend(?:s|ed)?\s+(?:\S+\s+){0,4}?(?:partnership|charter|cooperation|visa-free|"
        r"flights)|Einreisebeschränkung\w*|entry\s+restrictions|visa\s+restrictions|temporary\s+management|"
        r"vorläufige\w*\s+(?:Zwangs)?[Vv]erwaltung)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|lifted|aufgehoben)",
        confidence=0.55,
    ),
    # ---- aid by funding, loans or handing over weapons: "Britain would fund additional IAEA monitoring", "agreed on
    # €9bn in loans", "eine Kompanie Leopard-Panzer abzugeben" ----
    _rule(
        "AID",
        r"(?:(?:would|will)\s+fund|fund(?<=\bto\sfund)|loans(?<=\bin\sloans)|abzugeben|abgeben|abgegeben)",
        requires=r"(?:Ukraine|Kyiv|Kiew|Panzer\w*|\w*panzer|Haubitze\w*|Systeme|Flugzeuge|Kampfjets|Munition|"
        r"monitoring|mission|salaries|pensions|reconstruction|(?:€|\$|£)\s?\d[\w.,]*|\d[\d.,]*\s*(?:bn|billion|m|million))",
        excludes=r"(?:\bnot\b|nicht|kein\w*|never|refus\w*)",
        confidence=0.5,
    ),
    # ---- support in plain verbs: "said it supported Grossi's efforts", "hatte die Vermittlungsideen gelobt", "Moscow
    # valued its contacts with the IAEA", "schätze das Bemühen Chinas", "viewed the step with understanding",
    # "would nominate Trump for the Nobel Peace Prize" ----
    _rule(
        "SUPPORT",
        r"(?:supported|supports|gelobt|(?:valued|values)\s+(?:its|the|their|his|her|\S+'s)|mit\s+Verständnis|"
        r"with\s+understanding|nominate\w*|nominier\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|never|niemals|no\s+longer)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:schätze|schätzen|schätzt|schätzte\w*)",
        requires=r"(?:Bemühen|Bemühungen|Zusammenarbeit|Kontakte|Position|Rolle|Beziehungen|Vermittlung\w*|Initiative\w*|"
        r"Haltung|Engagement|Interesse)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- threats of consequences: "müsse mit weiteren Sanktionen rechnen", "should not be surprised by the
    # consequences", "would review its cooperation", "would pursue everyone involved through the courts", "Moscow's
    # response will not be long in coming", "die Täter nicht straflos bleiben", "werde jedes Objekt abschießen" ----
    _rule(
        "THREATEN",
        r"(?:mit\s+(?:weiteren\s+|neuen\s+|harten\s+|ernsten\s+)?(?:Sanktionen|Konsequenzen|Strafen|Gegenmaßnahmen|"
        r"Folgen)\s+rechnen|surprised(?<=\bbe\ssurprised)|review\s+(?:its|their)\s+cooperation|through\s+the\s+courts|"
        r"legal\s+proceedings|long\s+in\s+coming|straflos\s+bleiben|ready\s+to\s+take\s+further\s+steps|"
        r"(?:werde|würde|will|would)\s+(?:\S+\s+){0,4}?(?:abschießen|shoot\s+down))",
        confidence=0.5,
    ),
    # ---- gaps in the basic verb inventory (test_basic_verbs_of_each_type): "vereinbarte mit Putin eine Waffenruhe",
    # "telephoned", "received Putin", "hailed", "defended the decision", "shipped ammunition to Kyiv" ----
    _rule(
        "AGREE",
        r"(?:vereinbarte|einigen\s+sich|einigt\s+sich|verspricht|versprechen|(?:stimmt|stimmen)\s+(?:[^\s,;.]+\s+){0,10}?"
        r"zu(?=\s*(?:[.,;:!?]|$)))",
        excludes=r"(?:nicht|kein\w*|nie)",
        confidence=0.6,
    ),
    _rule(
        "SUPPORT",
        r"(?:praises|thanks(?!\s+to\b)|lobt|loben|dankt|danken|würdigt|würdigen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule("CONSULT", r"telephoned", excludes=r"(?:\bnot\b|never)", confidence=0.6),
    _rule(
        "RETREAT",
        r"(?:ziehen|zieht)\s+sich\s+(?:[^\s,;.]+\s+){0,6}?zurück",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "CONSULT",
        r"(?:received|receive|receives)",
        excludes=r"(?:\bnot\b|aid|weapons|letter|award|prize|support|funding|money|billion|million|tanks|missiles|"
        r"ammunition|shells|reports?|information|calls|requests?|assurances|guarantees|invitation|news|sentence|"
        r"approval|votes?|backing|training|equipment|applause|criticism|ovation|version|doses|feelings|wheat|"
        r"confirmation|\w*\d\w*)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:hailed|hails|commended|commends|applauded|applauds|lauded|lauds|pries|priesen|gepriesen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "SUPPORT",
        r"(?:defended|defends|verteidigte\w*|verteidigt)",
        requires=r"(?:move|decision|step|plan|deal|policy|approach|agreement|Entscheidung|Schritt|Plan|Vorgehen|"
        r"Abkommen|Politik|Kurs|Vereinbarung|Beschluss)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:shipped|ships|shipping|gave\s+(?:\S+\s+){0,4}?(?:systems|tanks|missiles|weapons|ammunition|shells|jets|"
        r"howitzers|generators|drones)\s+to)",
        requires=r"(?:weapons|arms|ammunition|shells|missiles|tanks|howitzers|systems|jets|drones|generators|Ukraine|Kyiv)",
        excludes=r"(?:\bnot\b|never)",
        confidence=0.5,
    ),
    # ---- seizures, coalitions formed, troops that left, children and prisoners brought home, bans lifted,
    # preparations suspended or ordered: "setzten Jachten fest", "haben sich zu einer Kontaktgruppe
    # zusammengeschlossen", "Russian troops had left Chernobyl", "sind zu ihren Familien zurückgekehrt", "das
    # Flugverbot aufgehoben", "has suspended preparations for a nuclear test", "ordered his military to prepare" ----
    _rule(
        "COERCE",
        r"(?:festgesetzt|setzte\w*\s+(?:[^\s,;.]+\s+){0,12}?fest(?=\s*(?:[.,;:!?]|$)))",
        requires=r"(?:\w*[Jj]acht\w*|Schiff\w*|Tanker\w*|Frachter\w*|Vermögen\w*|Flugzeug\w*|Besatzung\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:zusammengeschlossen|schlossen\s+sich\s+(?:[^\s,;.]+\s+){0,8}?zusammen|joined\s+forces|"
        r"gestartet|launched)",
        requires=r"(?:\w*[Ii]nitiative\w*|\w*gruppe\w*|coalition|initiative|group|Koalition\w*|Allianz|alliance|\w*bündnis\w*)",
        excludes=r"(?:nicht|kein\w*|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "RETREAT",
        r"(?:troops|forces|soldiers|Truppen|Soldaten|Streitkräfte)\s+(?:\S+\s+){0,3}?(?:left|verließen|abgezogen|"
        r"withdrew|pulled\s+out)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|never)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:zurückgekehrt|zurückkehren|returned\s+home|brought\s+(?:back\s+)?home|Rückführung\w*|repatriat\w*|"
        r"secured\s+the\s+release|(?:Flugverbot|Visumpflicht|Einreiseverbot)\w*\s+(?:[^\s,;.]+\s+){0,4}?"
        r"(?:aufgehoben|abgeschafft)|(?:flight\s+ban|visa\s+requirement)\w*\s+(?:\S+\s+){0,3}?(?:lifted|scrapped))",
        requires=r"(?:Kinder\w*|Gefangene\w*|children|prisoners|captives|soldiers|civilians|Zivilisten|fighters|Kämpfer|"
        r"Flugverbot\w*|Visumpflicht|Einreiseverbot\w*|flight\s+ban|visa\s+requirement|Ukrainer\w*|Russen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:suspended|put\s+on\s+hold|ausgesetzt|auf\s+Eis\s+gelegt)",
        requires=r"(?:preparations|Vorbereitung\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "MOBILIZE",
        r"(?:ordered|angeordnet|ordnete\w*|angewiesen|wies\s+(?:\S+\s+){0,4}?an\b)",
        requires=r"(?:prepar\w*|vorzubereiten|Vorbereitung\w*|mobili[sz]\w*|troops|Truppen|exercises|Manöver\w*|drills|"
        r"Übung\w*|deploy\w*|Verlegung|Atomwaffentest\w*|nuclear\s+test)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|withdraw\w*|Abzug|Rückzug|pull\w*)",
        confidence=0.5,
    ),
    # ---- mediation and visits in plain words: "Vermittelt hatten die Emirate", "Qatar has facilitated the return",
    # "Trump called him", "Witkoff was in Moscow again last week" ----
    _rule(
        "CONSULT",
        r"(?:vermittelt\s+(?:hatte|hatten|hat|haben)\b|facilitated(?<!-facilitated)(?!\s+by\b)|"
        r"brokered(?<!-brokered)(?!\s+by\b)|called\s+(?:him|her|them)(?!\s+(?:a|an|the)\b))",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"(?:was|were|war|waren)\s+(?:\S+\s+){0,3}?(?:in|bei)\s+(?:Moskau|Moscow|Kiew|Kyiv|Washington|Peking|Beijing|"
        r"Berlin|Paris|London|Brüssel|Brussels|Ankara|Istanbul|Riad|Riyadh|Doha|Abu\s+Dhabi|Genf|Geneva|Minsk|Warschau|"
        r"Warsaw|Rom|Rome|Budapest|Teheran|Tehran|Pjöngjang|Pyongyang|Neu-Delhi|New\s+Delhi|Tokio|Tokyo|Miami|"
        r"Anchorage|Dschidda|Jeddah)(?=[\s,.;:])",
        excludes=r"(?:\\bnot\\b|nicht|kein\\w*|born|geboren|based|stationed|stationiert|jailed|inhaftiert|held|detained)",
        confidence=0.5,
    ),
    # ---- denials: "ihm lägen dazu keine Informationen vor", "Russland habe mit dem Vorfall nichts zu tun", "Ihre
    # Informationen sind falsch", "such information is not always true", "anerkennt die Abstimmung nicht" ----
    _rule(
        "REJECT",
        r"(?:nichts\s+zu\s+tun|keine\s+Informationen|information(?<=\bno\sinformation)|"
        r"nothing\s+to\s+do\s+with|true(?<=\bnot\strue)|true(?<=\bnot\salways\strue)|falsch(?<=\bsind\sfalsch)|"
        r"falsch(?<=\bseien\sfalsch)|false(?<=\bwere\sfalse)|false(?<=\bwas\sfalse)|false(?<=\bis\sfalse)|"
        r"anerkennt\s+(?:[^\s,;.]+\s+){0,6}?nicht|(?:erkennt|erkannte\w*)\s+(?:[^\s,;.]+\s+){0,8}?nicht\s+(?:mehr\s+)?an\b|"
        r"irrelevant|not\s+consider\s+itself\s+bound)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- consent, permission and scorn: "erklärte sich mit Genf einverstanden", "die Ukraine dürfe die Waffen auch
    # gegen Ziele in Russland einsetzen", "looking for a scapegoat", "Paranoia in Brüssel" ----
    _rule(
        "AGREE",
        r"(?:einverstanden|dürfe\s+(?:[^\s,;.]+\s+){0,10}?einsetzen|may\s+use|(?:was|were)\s+allowed\s+to\s+use)",
        excludes=r"(?:nicht|kein\w*|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:scapegoat|Sündenbock|Paranoia|paranoia|hysteria|Hysterie|Raubtier|predator|Cold\s+War\s+mentality|"
        r"Mentalität\s+des\s+Kalten\s+Krieges|swiped\s+at|lashed\s+out|geht\s+(?:\S+\s+){0,4}?scharf\s+an)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- tours, expulsions by deadline, counter-measures: "is on a four-day tour of", "ist auf einer Reise durch",
    # "had been given a week to leave the country", "would take measures to counter it" ----
    _rule(
        "CONSULT",
        r"(?:tour\s+of|Reise\s+durch)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:leave(?<=\bto\sleave)\s+the\s+country|leave(?<=\bmust\sleave)\s+the\s+country|"
        r"das\s+Land\s+(?:zu\s+)?verlassen|lose\s+(?:its|their)\s+diplomatic\s+status|"
        r"diplomatischen\s+Status\s+(?:\S+\s+){0,3}?(?:verlieren|entzogen))",
        requires=r"(?:attach\w*|diplomat\w*|Diplomat\w*|ambassador|Botschafter\w*|envoy|staff|Mitarbeiter\w*|"
        r"Attaché\w*|buildings?|Gebäude|embassy|Botschaft|officers?|intelligence|Geheimdienst\w*|spy|spies|Spion\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "THREATEN",
        r"(?:take\s+(?:\S+\s+)?(?:counter-?)?measures|Gegenmaßnahmen\s+(?:ergreifen|einleiten)|combat\s+alert|"
        r"Gefechtsbereitschaft)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- attacks denied: "griffen keine diplomatischen Vertretungen an", "Russia never targets civilians", "had
    # struck only military targets", "there was no evidence of any incursion"; warnings of escalation ("warned
    # that supplying the missiles would mark a serious escalation", "sie spielten mit dem Feuer, wenn ...") ----
    _rule(
        "REJECT",
        r"(?:(?:ausschließlich|nur|only|exclusively)\s+(?:\S+\s+)?(?:military|militärische\w*)\s+(?:targets|Ziele\w*|"
        r"Objekte\w*|facilities|Einrichtungen)|never\s+(?:\S+\s+)?(?:targets|targeted|attacks|strikes)|"
        r"(?:griff|griffen|greife|greifen)\s+(?:[^\s,;.]+\s+){0,3}?(?:keine|nie)\b|evidence(?<=\bno\sevidence)|"
        r"keine\w*\s+Beweise)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REQUEST",
        r"(?:warnte\w*|warnt|gewarnt|warned|warns)",
        requires=r"(?:wenn|falls|if|escalat\w*|Eskalation\w*|Feuer|fire|red\s+line|rote\w*\s+Linie\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- expectations and requests by noun: "Moskau erwarte eine offizielle Erklärung", "Von ihnen erwarte er konkrete
    # Zusagen", "We expect explanations from our Turkish partners", "Eine Anfrage Deutschlands, Munition weitergeben zu
    # dürfen", "Er wolle mit Xi sprechen" ----
    _rule(
        "REQUEST",
        r"(?:(?:erwarte|erwartet|erwarten|erwartete\w*)\s+(?:[^\s,;.]+\s+){0,6}?(?:Zusage\w*|Erklärung\w*|Garantie\w*|"
        r"Schritte|Antwort\w*|Klarheit|Aufklärung|Entschuldigung)|expect(?:s|ed)?\s+(?:\S+\s+){0,4}?(?:explanations?|"
        r"clarification|(?:an\s+)?apology|guarantees|assurances|(?:a\s+)?(?:clear\s+)?response|answers?)|"
        r"Anfrage\w*\s+(?:[^\s;.]+\s+){0,10}?zu\s+dürfen|(?:wolle|wollte|wollten|wollen)\s+(?:[^\s,;.]+\s+){0,3}?"
        r"mit\s+(?:[^\s,;.]+\s+){1,3}?(?:sprechen|reden|verhandeln))",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- more refusals, threats, presence and solidarity: "does not respond to ultimatums", "no place for the
    # Europeans at the negotiating table", "would draw the necessary conclusions", "we will tighten the screw", "could
    # be answered with attacks", "stripped of their diplomatic status", "ausgeladen", "enhance its military presence",
    # "die Überwachung verstärkt", "troops on the ground", "stands fully with Belgium", "joined President Zelensky" ----
    _rule(
        "REJECT",
        r"(?:respond(?<=\bnot\srespond)\s+to\s+ultimatums|(?:reagiert|reagiere)\s+nicht\s+auf\s+Ultimaten|"
        r"place(?<=\bno\splace)\s+(?:\S+\s+){0,8}?(?:table|talks)|keinen\s+Platz\s+(?:\S+\s+){0,4}?(?:Tisch|Verhandlung\w*))",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:draw|ziehen|zöge\w*)\s+(?:the\s+|die\s+)?(?:necessary\s+|nötigen\s+|notwendigen\s+)?"
        r"(?:conclusions|Schlussfolgerungen|Konsequenzen)|tighten\s+the\s+screws?|(?:answered|beantwortet)\s+"
        r"(?:\S+\s+){0,2}?(?:with|mit)\s+(?:attacks|strikes|Angriffen|Schlägen))",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:stripped\s+(?:\S+\s+){0,6}?diplomatic\s+status|ausgeladen|disinvited)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "MOBILIZE",
        r"(?:(?:enhance|increase|strengthen|boost)\w*\s+(?:\S+\s+){0,2}?military\s+presence|militärische\w*\s+Präsenz\s+"
        r"(?:\S+\s+){0,4}?(?:verstärk\w*|erhöh\w*|ausbau\w*|ausgebaut)|Überwachung\s+(?:[^\s,;.]+\s+){0,8}?"
        r"(?:verstärkt|ausgeweitet|auszuweiten|ausweiten)|troops\s+on\s+the\s+ground|Bodentruppen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|\bno\b|rul\w*\s+out|ausgeschlossen|ausschließ\w*|schloss|schließt)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:stands?\s+(?:fully\s+|firmly\s+)?with|stood\s+(?:fully\s+|firmly\s+)?with|shoulder\s+to\s+shoulder|"
        r"Seite\s+an\s+Seite|Seite(?<=\ban\sder\sSeite)\s+(?:der|des|von)\b)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "CONSULT",
        r"joined\s+(?:(?:US|U\.S\.|Ukrainian|French|German|Polish|British|Italian)\s+)?(?:President|Prime\s+Minister|"
        r"Chancellor|Secretary|Foreign\s+Minister|leaders)",
        confidence=0.5,
    ),
    # ---- visits, trips, praise, concern, refusals to be told, votes against, recognition withdrawn, weapons to follow:
    # "nach Kiew kommen", "postponed a trip to Kyiv", "a very good idea", "concerned about Russian jamming", "verstehe
    # nur die Sprache des Drucks", "does not take instructions from anyone", "gegen eine Resolution gestimmt",
    # "erkannte die Lage nicht mehr an", "Weitere Panzer sollen folgen" ----
    _rule(
        "CONSULT",
        r"(?:nach\s+(?:Moskau|Kiew|Washington|Peking|Berlin|Paris|London|Brüssel|Ankara|Istanbul|Riad|Doha|Genf|Minsk|Warschau|Rom|Budapest|Teheran|Pjöngjang|Tokio|Wien|Bern)\s+(?:zu\s+)?(?:kommen|kommt|käme|reisen|reist|fliegen|fliegt)|trip\s+to)",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:good\s+idea|gute\w*\s+Idee|great\s+idea)",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:concerned\s+about|besorgt\s+über|Sprache\s+(?:der|des)\s+(?:Drucks|Gewalt|Stärke)|language\s+of\s+(?:force|"
        r"pressure|strength)|Angst\s+verbreiten|spread\s+fear|zum\s+Schweigen\s+bringen|silence(?<=\bto\ssilence))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "REJECT",
        r"(?:take\s+instructions|nicht\s+vorschreiben|Vorschriften\s+machen|gegen\s+(?:[^\s,;.]+\s+){0,6}?gestimmt|"
        r"(?:erkennt|erkannte\w*)\s+(?:[^\s,;.]+\s+){0,8}?nicht\s+(?:mehr\s+)?an\b)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:Panzer|Waffen|Lieferungen|Systeme|Raketen|Munition|Jets|Kampfjets)\s+(?:[^\s,;.]+\s+){0,6}?folgen",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- an attack justified as a response to the other side's attacks is an accusation: "the strikes were a response
    # to Ukrainian drone attacks", "Der Angriff sei eine Antwort auf ukrainische Attacken", "als Vergeltung für" ----
    _rule(
        "ACCUSE",
        r"(?:response|Antwort|Reaktion|Vergeltung|retaliation|revenge|Rache)\s+(?:to|for|auf|für|on)\s+(?:\S+\s+){0,4}?"
        r"(?:attacks?|strikes?|Angriffe\w*|Attacken|Angriff|Schläge\w*|Beschuss|shelling|incursions?)",
        confidence=0.5,
    ),
    # ---- tariffs, contracts left to lapse, funds withheld, vetoes and court challenges threatened, envoys called in:
    # "ordnete einen Zusatzzoll an", "ließ den Transitvertrag auslaufen", "hält Gelder für Budapest zurück", "notfalls
    # von seinem Vetorecht Gebrauch machen", "would challenge the regulation at the EU's top court", "could block
    # Bulgaria's entry", "has called in Russia's ambassador", "final sign-off" ----
    _rule(
        "SANCTION",
        r"(?:Zusatzzoll\w*|Strafzoll\w*|Strafzölle\w*|auslaufen\s+(?:zu\s+)?lassen|ließ\w*\s+(?:[^\s,;.]+\s+){0,8}?auslaufen|"
        r"let\s+(?:\S+\s+){0,5}?(?:expire|lapse)|(?:hält|hielt|halten|hielten)\s+(?:[^\s,;.]+\s+){0,10}?zurück|"
        r"withh[eo]ld\w*)",
        requires=r"(?:Zoll\w*|\w*zoll\w*|\w*zölle\w*|\w*vertrag\w*|\w*abkommen\w*|contract|agreement|deal|Gelder|Mittel|"
        r"Milliarden|Millionen|funds|payments|aid|Hilfe\w*|tariffs?)",
        excludes=r"(?:nicht|kein\w*|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:Vetorecht\w*\s+(?:\S+\s+){0,2}?Gebrauch|Veto\s+einlegen|veto(?<=\buse\sits\sveto)|"
        r"challenge\s+(?:\S+\s+){0,4}?(?:in|at|before)\s+(?:the\s+)?(?:\S+\s+){0,3}?court|vor\s+Gericht\s+ziehen|"
        r"block(?<=\bcould\sblock)|blockieren(?<=\bkönnte\sblockieren)|blockieren(?<=\bwerde\sblockieren))",
        excludes=r"(?:nicht|kein\w*|\bnot\b)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"called\s+in\s+(?:\S+\s+){0,3}?(?:ambassador|envoy|chargé|charge)",
        confidence=0.55,
    ),
    _rule("AGREE", r"sign-off", excludes=r"(?:\bnot\b|\bno\b|without)", confidence=0.5),
    # ---- travel into a country named with an article and missions sent: "reiste in die Ukraine", "will erneut in die
    # Ukraine reisen", "would send a mission to Chernobyl" ----
    _rule(
        "CONSULT",
        r"(?:(?:reiste\w*|reist|reisen|gereist|fliegt|flog|flogen|geflogen|kommt|kam|kamen)\s+(?:[^\s,;.]+\s+){0,6}?"
        r"in\s+die\s+(?:Ukraine|Türkei|USA|Vereinigten\s+Staaten|Schweiz|Slowakei|Mongolei|Emirate)|"
        r"Ukraine(?<=\bin\sdie\sUkraine)\s+(?:zu\s+)?(?:reisen|kommen|fliegen|reist|kommt)|"
        r"send\s+(?:a|an)\s+(?:\S+\s+)?mission|Mission\s+(?:[^\s,;.]+\s+){0,4}?(?:entsenden|schicken))",
        excludes=r"(?:nicht|kein\w*|\bnot\b|\bno\b)",
        confidence=0.5,
    ),
    # ---- "Putin had gone absolutely CRAZY", "a madman": insults in reported speech ----
    _rule(
        "ACCUSE",
        r"(?:crazy|insane|lunatic|madman|psychopath)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|\bno\b)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- readiness on a condition is a demand: "Moskau sei zu einer dritten Runde bereit, sobald Kiew die Austausche
    # umgesetzt habe", "zu Verhandlungen bereit gezeigt, sollten die USA ihre Lieferungen einstellen", "Putin was ready
    # to meet the Ukrainian leader once all questions had been worked out", "could accept it if the payments are
    # reviewed every year" ----
    _rule(
        "REQUEST",
        r"(?:bereit[^.;]{0,80}?\b(?:sobald|sofern|falls|sollten|sollte)\b|(?:ready|willing|open|could\s+accept)\b[^.;]{0,80}?"
        r"\b(?:once|provided|as\s+long\s+as|on\s+condition))",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- blame in reported speech: "the alliance was fully involved in the conflict", "würde Deutschland zur
    # Kriegspartei machen", "versucht, den Westen unter Druck zu setzen", "das die Verhandlungen seit Wochen
    # verschleppe", "um Kiew zu diskreditieren", "hiding from a meeting" ----
    _rule(
        "ACCUSE",
        r"(?:involved\s+in\s+the\s+conflict|party\s+to\s+the\s+conflict|Konfliktpartei\w*|Kriegspartei\w*|"
        r"Druck\s+(?<=\bunter\sDruck\s)(?:zu\s+)?setzen|pressure(?<=\bto\spressure)|verschlepp\w*|diskreditier\w*|"
        r"discredit\w*|hiding\s+from|versteck\w*\s+sich)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- dismissive verdicts on a proposal are refusals: "nannte das Treffen eine Farce", "Solche Papiere seien nichts
    # wert", "nannte die Frist unproduktiv", "It is a road to nowhere", "an idea Ukraine's foreign ministry called
    # absurd", "not a peace proposal", "in no position to dictate" ----
    _rule(
        "REJECT",
        r"(?:Farce|farce|nichts\s+wert|worthless|unproduktiv|unproductive|road\s+to\s+nowhere|absurd\w*|"
        r"proposal(?<=\bnot\sa\speace\sproposal)|position(?<=\bno\sposition)\s+to\s+dictate|kein\w*\s+neutrale\w*\s+Ort)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\s+absurd|nicht\s+absurd)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- openness and consent: "Russia remained open to a fourth round", "would welcome another round of talks",
    # "Selenskyj schloss sich nach einem Telefonat an", "einen gemeinsamen Rat ins Leben rufen", "was not against
    # further meetings", "würde sehr gerne teilnehmen", "to assure him that the payments would continue" ----
    _rule(
        "AGREE",
        r"(?:open(?<=\bremained\sopen)\s+to|open(?<=\bremains\sopen)\s+to|open(?<=\bstill\sopen)\s+to|offen\s+für|"
        r"would\s+welcome|schloss\s+sich\s+(?:[^\s,;.]+\s+){0,8}?an(?=\s*[.,;]|\s*$)|ins\s+Leben\s+rufen|"
        r"against(?<=\bnot\sagainst)|gerne\w*\s+(?:[^\s,;.]+\s+){0,3}?teilnehmen|assure(?<=\bto\sassure))",
        excludes=r"(?:nicht\s+offen|\bnot\s+open|criticism|Kritik)",
        confidence=0.5,
    ),
    # ---- talks without result and refusals by "no": "waren zusammengekommen, ohne sich auf eine Waffenruhe zu
    # einigen", "the talks produced no ceasefire", "had made no promise", "saw no role for the Holy See", "es gebe keine
    # Voraussetzungen für Verhandlungen", "Blinken told Lula he disagreed" ----
    _rule(
        "REJECT",
        r"(?:ohne\s+sich\s+(?:[^\s,;.]+\s+){0,6}?zu\s+einigen|produced\s+no\s+(?:ceasefire|agreement|deal|breakthrough|"
        r"result)|ended\s+without\s+(?:a\s+|an\s+)?(?:agreement|deal|ceasefire|breakthrough)|promise(?<=\bno\spromise)|"
        r"keine\w*\s+Zusage|role(?<=\bno\srole)|keine\w*\s+Voraussetzung\w*|disagreed|disagrees)",
        confidence=0.5,
    ),
    # ---- requests in other words: "hatte die Stationierung erbeten", "seine Zustimmung an Zusicherungen geknüpft",
    # "entscheidend sei die Bereitschaft Kiews", "auf Antrag Großbritanniens", "auf Drängen Kiews", "bat ihn, Chinas
    # Einfluss zu nutzen" ----
    _rule(
        "REQUEST",
        r"(?:erbeten|erbat\w*|geknüpft|knüpfte\w*\s+(?:[^\s,;.]+\s+){0,8}?an\b|entscheidend\s+sei|Antrag(?<=\bauf\sAntrag)|"
        r"Drängen(?<=\bauf\sDrängen)|bat\s+(?:ihn|sie|uns|die\s+\w+|den\s+\w+)\s*,)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- aid by approval or promise: "Das Repräsentantenhaus hatte dem Paket zugestimmt", "die EU werde die
    # Vorbereitung mit Geld unterstützen", "seine Hilfe auf elf Milliarden Euro aufstocke", "Washington werde Kiew
    # helfen, die Schäden zu beheben" ----
    _rule(
        "AID",
        r"(?:Paket\w*\s+(?:[^\s,;.]+\s+){0,6}?zugestimmt|zugestimmt(?<=\bdem\sPaket\szugestimmt)|mit\s+Geld|"
        r"aufstock\w*|aufgestockt|(?:werde|würden|wird)\s+(?:Kiew|der\s+Ukraine|den\s+Ukrainern)\s+helfen)",
        requires=r"(?:Ukraine|Kiew|Hilfe\w*|Paket\w*|Milliarden|Millionen|Geld)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- praise in other words: "äußerte sich wohlwollend", "hohe Professionalität bescheinigt", "sehe die Bemühungen
    # positiv", "a very important signal", "eine gute Nachricht für Europa", "the right step", "very grateful",
    # "ihm für die Vorbereitung gedankt" ----
    _rule(
        "SUPPORT",
        r"(?:wohlwollend|bescheinigt\w*|important\s+signal|wichtige\w*\s+Signal|"
        r"gute\w*\s+Nachricht|good\s+news|right\s+step|richtige\w*\s+Schritt|grateful|dankbar|gedankt|"
        r"(?:valued|values)\s+(?:\S+\s+){1,2}?\S+(?:'s|’s))",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- respect, allies and success; appointments confirmed; agreement "with us"; recognition refused; votes
    # against; requirements: "die USA respektierten die souveräne Entscheidung Berlins", "Poland was a great ally",
    # "This is a significant success", "bestätigte Uschakow den Termin", "sind wir uns mit den Amerikanern einig",
    # "the door remains open", "das Ergebnis nicht anzuerkennen", "keinen Anlass", "Gegen den Text stimmten",
    # "opening the first cluster would require guarantees" ----
    _rule(
        "SUPPORT",
        r"(?:respektier\w*|respected|respects|(?:great|close|strong|reliable)\s+ally|enge\w*\s+Verbündete\w*|"
        r"legitime\w*\s+Präsident\w*|legitimate\s+president|significant\s+success|große\w*\s+Erfolg)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "AGREE",
        r"(?:bestätigte\w*\s+(?:[^\s;.]+\s+){0,10}?(?:Termin|Treffen|Gipfel)|confirmed\s+(?:the\s+)?(?:date|meeting|summit|"
        r"talks)|(?:sind|seien|waren)\s+(?:wir|sie)\s+uns\s+(?:\S+\s+){0,6}?einig|door(?<=\bthe\sdoor)\s+(?:\S+\s+)?"
        r"(?:remains|is|was)\s+open|Tür\s+(?:\S+\s+){0,3}?offen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:anzuerkennen(?<=\bnicht\sanzuerkennen)|keinen\s+Anlass|Gegen\s+(?:[^\s,;.]+\s+){0,4}?stimmten|"
        r"care(?<=\bcouldn't\scare)\s+less|nobody\s+will\s+trade|niemand\s+wird\s+(?:\S+\s+){0,4}?verhandeln)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:require(?<=\bwould\srequire)|erfordere\w*|voraussetzen|setze\w*\s+(?:\S+\s+){0,6}?voraus\b|"
        r"shouldn't\s+do\s+it|should\s+not\s+do\s+it)",
        confidence=0.5,
    ),
    # ---- targets named and direct conflict warned of: "Schiffe könnten als militärische Ziele gelten", "European
    # capitals would once again become targets for Russian missiles", "würden einen direkten bewaffneten Konflikt
    # bedeuten" ----
    _rule(
        "THREATEN",
        r"(?:Zielscheibe\w*|legitime\w*\s+Ziel\w*|legitimate\s+targets?|als\s+(?:\S+\s+)?militärische\w*\s+Ziel\w*|"
        r"become\s+(?:\S+\s+){0,2}?targets?|direkte\w*\s+(?:\S+\s+)?Konflikt\w*|direct\s+(?:\S+\s+)?(?:conflict|confrontation))",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- more blame: "führt die eigene Öffentlichkeit in die Irre", "suche nur einen Vorwand", "was increasingly
    # drawn into the conflict", "habe sich über den Willen der Georgier hinweggesetzt", "trying to punish Georgians",
    # "in ein geopolitisches Abenteuer locken" ----
    _rule(
        "ACCUSE",
        r"(?:Irre(?<=\bin\sdie\sIrre)|irreführ\w*|mislead\w*|einen\s+Vorwand|drawn\s+into\s+the\s+conflict|hinweggesetzt|"
        r"punish\w*|Abenteuer|adventure\w*|gleichgültig)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht\s+gleichgültig)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- visits expected, coordination, representation: "Für Montag wird der Staatschef beim Premierminister
    # erwartet", "hatte sich mit Macron, Starmer und Trump abgestimmt", "Russia will be represented by Foreign Minister
    # Lavrov", "trug das Anliegen dem Botschafter persönlich vor" ----
    _rule(
        "CONSULT",
        r"(?:sich\s+(?:[^\s,;.]+\s+){0,6}?mit\s+(?:[^\s;.]+\s+){0,12}?abgestimmt|"
        r"represented\s+(?:only\s+)?by|trug\w*\s+(?:[^\s,;.]+\s+){0,8}?vor\b)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- defences reinforced, packages matched, funds and contributions, imports ended: "die Flugabwehr an der Grenze
    # zu verstärken", "zogen mit einem gemeinsamen Paket in ähnlicher Höhe nach", "einen wesentlichen Beitrag
    # leisten", "ein Wiederaufbaufonds mit 220 Millionen Euro", "keine russischen Gasimporte mehr zulassen", "die
    # Einfuhr russischen Öls zu beenden", "Poland's ban on Ukrainian grain imports" ----
    _rule(
        "MOBILIZE",
        r"(?:(?:Flugabwehr|Luftabwehr|Schutz|Grenzschutz|Truppen|Präsenz|Patrouillen|Überwachung)\w*\s+(?:[^\s,;.]+\s+){0,8}?"
        r"(?:verstärk\w*|zu\s+verstärken)|Verstärkung\s+(?:der|des)\s+(?:\S+\s+)?(?:Battlegroup\w*|Truppen|Präsenz|"
        r"Flugabwehr|Ostflanke)|squadrons?)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:Paket\w*\s+(?:[^\s,;.]+\s+){0,6}?nach(?=\s*[.,;]|\s*$)|Beitrag\s+(?:zu\s+)?leisten|\w*fonds\s+(?:[^\s,;.]+\s+){0,8}?"
        r"(?:Millionen|Milliarden)|disburse\w*)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:Einfuhr|Import)\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:zu\s+)?beenden|Gasimporte\s+(?:mehr\s+)?zulassen|"
        r"Importe\s+(?:mehr\s+)?zulassen|ban\s+on\s+(?:\S+\s+){0,3}?imports|Lieferungen\s+(?:[^\s,;.]+\s+){0,10}?"
        r"eingestellt)",
        confidence=0.5,
    ),
    # ---- more disparaging words in reported speech: "Russia was becoming more aggressive", "keine doppelten
    # Standards", "wie unzuverlässig Russland als Lieferant sei", "sehr einseitig", "die Menschen als
    # Verhandlungsmasse", "rapidly moving towards militarization", "das IOC habe den Sport politisiert", "russische
    # Spielchen", "a direct threat to European security", "süchtig nach Macht" ----
    _rule(
        "ACCUSE",
        r"(?:aggressive|aggressiver|aggressiv|double\s+standards|doppelte\w*\s+Standards|unzuverlässig\w*|unreliable|"
        r"einseitig\w*|Verhandlungsmasse|bargaining\s+chips?|militari[sz]ation|Militarisierung|politisiert\w*|"
        r"politici[sz]ed|Spielchen|direct\s+threat|direkte\w*\s+Bedrohung|süchtig)",
        requires=_SPEECH_CUE,
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- more demands and refusals: "peace required the withdrawal of Russian troops", "Russland könne diesen Krieg
    # jederzeit beenden", "Trump wolle eine dauerhafte Waffenruhe", "auf eine Waffenruhe gedrängt", "mit der
    # Rechtsordnung nicht vereinbar", "Sicherheitsgarantien ohne Russland seien eine Utopie", "adopted over US
    # objections", "für unzulässig erklärt" ----
    _rule(
        "REQUEST",
        r"(?:required|requires|erfordert|jederzeit\s+beenden|(?:wolle|wollen|wollte)\s+(?:\S+\s+){0,6}?(?:Waffenruhe|"
        r"Feuerpause|Waffenstillstand|Verhandlungen|Frieden)|gedrängt)",
        excludes=r"(?:\bnot\b|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:nicht\s+vereinbar|incompatible|Utopie|utopia|objections|unzulässig|inadmissible)",
        confidence=0.5,
    ),
    # ---- visits expected: "Für Montag wird der Staatschef beim britischen Premierminister erwartet", "Sybiha is
    # expected at the Antalya Diplomacy Forum" ----
    _rule(
        "CONSULT",
        r"(?:erwartet|expected(?<=\bis\sexpected)\s+(?:in|at)\s+(?!\d|the\s+coming|the\s+next|a\s+few|two|three|weeks|days|"
        r"months|january|february|march|april|may|june|july|august|september|october|november|december|least|most|"
        r"some|this|that|around|about))",
        requires=r"(?:beim|bei\s+(?:dem|der|den|seinem|seiner|ihrem|ihrer)|zu\s+(?:Gesprächen|Besuch\w*|einem\s+Besuch)|"
        r"forum|summit|talks|meeting|conference|Gipfel\w*|Konferenz\w*|Treffen)",
        excludes=r"(?:\bnot\b|nicht|kein\w*|Ergebnis\w*|Entscheidung\w*|result|decision)",
        confidence=0.5,
    ),
    # Tit for tat carried out: "Moscow retaliated in May by ordering three diplomats to leave", "Moskau antwortete
    # Ende April mit der Ausweisung ebenso vieler Diplomaten".
    _rule(
        "SANCTION",
        r"(?:retaliated|responded|reagierte|antwortete|konterte)\s+(?:[^\s,;.]+\s+){0,6}?(?:by|mit)\s+(?:[^\s,;.]+\s+){0,2}?"
        r"(?:expelling|ordering|shutting|closing|declaring|banning|sanctioning|imposing|barring|Ausweisung\w*|"
        r"Schließung\w*|Ausweisen|eigenen\s+Sanktionen|Gegensanktionen|Einreiseverbot\w*)",
        confidence=0.75,
    ),
    # ---- (developing on blind87-92) bans from sport and culture, wanted lists, accreditations, export bans ----
    _rule(
        "SANCTION",
        r"(?:suspendiert\w*|suspend(?:ed|s|ing)?\s+(?:[^\s,;.]+\s+){1,6}?from|suspended\s+(?:by|from)|"
        r"(?:will|would|does|did)\s+not\s+allow\s+(?:[^\s,;.]+\s+){0,2}?(?:Russian|Belarusian|Russia|Belarus)\w*|"
        r"barr(?:ed|ing)\s+(?:[^\s,;.]+\s+){0,5}?from|wanted\s+list|Fahndungsliste\w*|zur\s+Fahndung\s+ausgeschrieben|"
        r"order(?:ed|ing|s)?\s+(?:[^\s,;.]+\s+){1,5}?(?:out\s+of|to\s+leave)|"
        r"stripp(?:ed|ing)\s+(?:[^\s,;.]+\s+){1,5}?of\s+(?:their|his|her|its)\s+(?:accreditation|diplomatic\s+status)|"
        r"Akkreditierung\w*\s+(?:[^\s,;.]+\s+){0,3}?entz\w*|entz(?:og|ogen|ieht)\s+(?:[^\s,;.]+\s+){1,6}?Akkreditierung\w*|"
        r"Snapback[\w-]*\s+(?:[^\s,;.]+\s+){0,4}?(?:ausgelöst|aktiviert|triggered|invoked)|"
        r"trigger(?:ed|ing)\s+(?:the\s+)?(?:so-called\s+)?snapback|Sanktionsrahmen\w*|"
        r"verbiet\w*\s+(?:[^\s,;.]+\s+){0,2}?(?:Ausfuhr|Einfuhr|Export|Import)\w*)",
        confidence=0.7,
    ),
    # Reminders, pushes, conditions and wishes: "erinnerte an die Einhaltung der Waffenruhe", "pushing hard for his
    # release", "nannte als Schlüsselbedingung", "wants restrictions removed", "pressure on Moscow until it agreed".
    _rule(
        "REQUEST",
        r"(?:(?:erinnert\w*|mahnt\w*|pocht\w*)\s+(?:[^\s,;.]+\s+){0,10}?Einhaltung|"
        r"Einhaltung\s+(?:[^\s,;.]+\s+){0,5}?(?:erinnert\w*|angemahnt|anmahnen)|"
        r"called\s+(?:there|again|repeatedly|also|publicly|once\s+more)\s+for|"
        r"push(?:ing|ed|es)?\s+(?:hard\s+|at\s+the\s+UN\s+)?for\s+(?:a|an|the|his|her|their)\b|"
        r"Schlüsselbedingung\w*|Vorbedingung\w*|"
        r"(?:wolle|wollen|will)\s+(?:[^\s;.]+\s+){0,6}?ein\s+Ende\s+(?:der|des)\b|"
        r"propos(?:e|es|ing)\s+(?:a|an|the)\b|"
        r"expect(?:ed|s)?\s+(?:[^\s,;.]+\s+){0,4}?from\s+(?:the\s+)?(?:United\s+States|US|Washington|Moscow|Kyiv|"
        r"Russia|Europe|EU|NATO|Beijing|China)\b|"
        r"wants?\s+(?:[^\s,;.]+\s+){0,8}?(?:returned|released|freed|removed|lifted|withdrawn)|"
        r"pressure\s+on\s+(?:[^\s,;.]+\s+){0,3}?until|"
        r"(?:before|until|unless)\s+(?:an?\s+|the\s+)?(?:[^\s,;.]+\s+){0,2}?(?:withdrawal|ceasefire|pull-?out)\b|"
        r"bis\s+zu[mr]\s+(?:[^\s,;.]+\s+){0,2}?(?:Abzug|Rückzug|Waffenruhe|Waffenstillstand)\b)",
        confidence=0.6,
    ),
    # Help promised, paid for, resumed or given free: "pledge more help", "Waffen für Kiew zu bezahlen", "providing
    # Russia with materials", "free of charge", "nehmen die Sicherheitshilfe wieder auf", "mit Drohnen beliefert".
    _rule(
        "AID",
        r"(?:pledge\s+(?:[^\s,;.]+\s+){0,2}?(?:help|aid|assistance|weapons|funds|funding|money|support)\b|"
        r"Waffen\s+(?:[^\s,;.]+\s+){0,4}?zu\s+(?:bezahlen|finanzieren|kaufen)|"
        r"provid(?:ing|es|ed|e)\s+(?:[^\s,;.]+\s+){0,2}?with\s|free\s+of\s+charge|kostenlos\w*|unentgeltlich\w*|"
        r"(?:nehmen|nimmt|nahm|nahmen)\s+(?:[^\s,;.]+\s+){0,6}?(?:\w*hilfe|\w*lieferungen)\s+(?:[^\s,;.]+\s+){0,4}?"
        r"wieder\s+auf|beliefert\w*)",
        confidence=0.6,
    ),
    # Dismissals: "there should be no Russian flag", "dämpfte Erwartungen", "proposals for surrender", "illegitim",
    # "opposing the deployments", "a temporary respite".
    _rule(
        "REJECT",
        r"(?:should\s+be\s+no\s|dämpfte\w*\s+(?:[^\s,;.]+\s+){0,2}?Erwartungen|"
        r"damp(?:en)?ed\s+(?:[^\s,;.]+\s+){0,2}?expectations|for\s+surrender|illegitim\w*|"
        r"opposing\s+(?:the|a|an|any|this|his|their)\b|temporary\s+respite|Atempause)",
        confidence=0.55,
    ),
    # Attending, addressing parliament, chairing, touring, joint press conferences, guiding a guest.
    _rule(
        "CONSULT",
        r"(?:Unter\s+den\s+Gästen|among\s+the\s+guests|"
        r"vor\s+(?:der|dem)\s+(?:Werchowna\s+Rada|Rada|Parlament|Bundestag|Kongress|Knesset|Sejm|\w*versammlung)\s+"
        r"(?:[^\s,;.]+\s+){0,3}?(?:gesprochen|sprach|spricht|sprechen|reden|redete|geredet)|"
        r"contacts\s+(?:[^\s,;.]+\s+){0,6}?(?:were|are|was|is)\s+continuing|"
        r"Kontakte\s+(?:[^\s,;.]+\s+){0,6}?(?:dauern|laufen|liefen|dauerten)\s+(?:[^\s,;.]+\s+){0,2}?(?:an|weiter)\b|"
        r"toured|touring|chaired\s+(?:a|the)\s+(?:[^\s,;.]+\s+){0,3}?(?:debate|meeting|session|summit|talks|conference)|"
        r"leitete\w*\s+(?:die|eine|das)\s+(?:[^\s,;.]+\s+){0,3}?(?:Sitzung|Debatte|Treffen|Konferenz)|"
        r"Pressekonferenz\s+mit|press\s+conference\s+with|gemeinsame[rn]?\s+Pressekonferenz|"
        r"guided\s+(?:[^\s,;.]+\s+){1,6}?through)",
        confidence=0.6,
    ),
    # ---- (developing on blind87-92) disparaging words, charges and dismissals in reported speech ----
    _rule(
        "ACCUSE",
        r"(?:Bruch\s+(?:des|der)\s+(?:[^\s,;.]+\s+){0,2}?(?:Friedens|Völkerrechts|Waffenruhe|Charta)|"
        r"Krieg\s+gegen\s+die\s+(?:Orthodoxie|Kirche|Kultur|Zivilbevölkerung)|"
        r"(?:instrument|tool)\s+of\s+(?:politics|propaganda|pressure|war|the\s+West)|"
        r"zum\s+Werkzeug\s+\w+\s+gemacht|dämonisier\w*|demoni[sz]\w*|Skrupellosigkeit|skrupellos\w*|"
        r"\w*hysterie|\w*hysteria|Spionagemanie|mayhem|ausgebeutet|ausbeut\w*|exploited|"
        r"weit\s+von\s+der\s+Realität|far\s+from\s+reality|(?:lost|loses)\s+(?:any|all)\s+(?:connection|touch)\s+with\s+reality|"
        r"Realitätsverlust|shame(?:ful)?|Schande|schändlich\w*|playing\s+games|Spielchen|worth\s+nothing|nichts\s+wert|wertlos\w*|"
        r"parteiisch\w*|biased|diskriminier\w*|discriminat\w*|PR-Aktion\w*|PR-Show|publicity\s+stunt|"
        r"Propagandashow|auszulöschen|auslöschen|wipe\s+out|jeden\s+Anspruch\s+verloren|"
        r"(?:not|nicht)\s+(?:contribute|beitragen|beitrügen|dienen)\s+(?:to|zum)\s+(?:peace|Frieden)|"
        r"Wegwerf-Agenten|disposable\s+agents|gestohlen\w*|stolen|stealing|stiehlt|"
        r"politisch\s+motiviert\w*|politically\s+motivated|missbraucht\w*|abused|"
        r"Verantwortung\s+(?:[^\s;.]+\s+){0,8}?trage\w*\s+(?:allein\s+)?(?:Russland|Moskau|der\s+Kreml|Kiew|die\s+Ukraine))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "ACCUSE",
        r"(?:(?:sought|tried|seeks|tries|attempted)\s+to\s+link|Verbindung\s+zu\s+bringen|"
        r"drew\s+(?:[^\s,;.]+\s+){0,2}?(?:protests?|criticism|condemnation)|"
        r"verdächtigte\w*|suspected\s+of\s+(?:spying|espionage|sabotage))",
        confidence=0.55,
    ),
    # Appeals against a ruling: "kündigte an, Einspruch einzulegen", "would appeal to the Court of Arbitration".
    _rule(
        "ACCUSE",
        r"(?:Einspruch\w*|Berufung\s+einleg\w*|appeal\s+to\s+the\s+(?:Court|CAS|tribunal)|appeal\s+the\s+(?:ruling|decision|verdict))",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:gift\s+to\s+(?:the\s+Kremlin|Moscow|Putin)|Geschenk\s+an\s+(?:den\s+Kreml|Moskau|Putin)|"
        r"(?:not|nicht)\s+(?:take|nehmen|nehme)\s+(?:[^\s,;.]+\s+){0,3}?(?:seriously|ernst)|"
        r"durch\s+nichts\s+belegt|nicht\s+belegt|unbelegt\w*|legal\s+basis(?<=no\slegal\sbasis)|keine\w*\s+rechtliche\w*\s+Grundlage)",
        confidence=0.55,
    ),
    _rule(
        "SUPPORT",
        r"(?:richtige\w*\s+Entscheidung|right\s+decision|richtige\w*\s+Schritt|right\s+step)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:erwarte\w*\s+(?:[^\s;.]+\s+){0,3}?von\s+(?:den|der|dem)\s|von\s+(?:den|der|dem)\s+(?:[^\s,;.]+\s+){0,5}?erwarte\w*|"
        r"Auslieferung\w*|extradition|setzt\s+voraus|voraussetz\w*|vorausgesetzt|bemüh\w*\s+sich\s+(?:[^\s,;.]+\s+){0,3}?um\b|"
        r"(?:darf|dürfe|dürfen)\s+es\s+(?:[^\s;.]+\s+){0,3}?(?:nicht|nie|niemals|keine?n?)\b)",
        confidence=0.55,
    ),
    _rule(
        "CONSULT",
        r"(?:(?:wollen|werden|sollen)\s+(?:[^\s;.]+\s+){0,12}?(?:sprechen|beraten|verhandeln)\b|"
        r"address(?:ed|es|ing)?\s+(?:the\s+)?(?:cabinet|parliament|Congress|Bundestag|assembly|lawmakers|MPs|Rada|Knesset|Sejm)|"
        r"expected\s+(?:at|in)\s+the\s+(?:White\s+House|Kremlin|Elysee|Élysée|Chancellery|Kanzleramt))",
        confidence=0.55,
    ),
    _rule(
        "COERCE",
        r"(?:festnehmen|festgenommen|Festnahme\w*)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:open\s+to\s+(?:further|new|more|additional)\s|werde\w*\s+(?:[^\s;.]+\s+){0,8}?ermöglichen|"
        r"reached\s+(?:[^\s,;.]+\s+){0,2}?agreements?\s+with)",
        confidence=0.55,
    ),
    _rule(
        "SANCTION",
        r"(?:Obergrenze\w*|verhängt\w*|Transit\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:gestoppt|untersagt|verboten|blockiert)|"
        r"\w*abkommen\w*\s+(?:[^\s,;.]+\s+){0,6}?gekündigt|kündigte\w*\s+(?:[^\s,;.]+\s+){0,6}?\w*abkommen\w*|"
        r"designat(?:ed|es|ing)\s+(?:[^\s,;.]+\s+){0,4}?(?:as\s+)?(?:a\s+)?(?:transnational|terrorist|criminal|foreign))",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:versorg\w*\s+(?:[^\s,;.]+\s+){0,6}?mit\s+(?:[^\s,;.]+\s+){0,2}?(?:Waffen|Munition|Drohnen|Raketen|Granaten)|"
        r"mit\s+(?:Waffen|Munition|Drohnen|Raketen|Granaten)\s+(?:[^\s,;.]+\s+){0,6}?versorg\w*|"
        r"shipped\s+(?:[^\s;]+\s+){0,8}?to\s+(?:Russia|Ukraine|Moscow|Kyiv)|"
        r"help(?:ed|s)?\s+(?:[^\s,;.]+\s+){0,2}?with\s+(?:[^\s,;.]+\s+){0,2}?(?:air-defen[sc]e|air\s+defen[sc]e|weapons|"
        r"systems|missiles|drones|technology|equipment))",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:not\s+relent|prepared\s+to\s+take\s+(?:[^\s,;.]+\s+){0,2}?(?:actions?|steps|measures)|"
        r"bad\s+for\s+(?:Russia|Moscow|Ukraine|Kyiv))",
        confidence=0.55,
    ),
    _rule(
        "ASSAULT",
        r"(?:firing\s+(?:[^\s,;.]+\s+){0,3}?at|Brandanschl\w*|arson\s+attacks?)",
        confidence=0.55,
    ),
    # ---- (developing on blind87-92) delegations led, seats at the table, appearances before councils, missions ----
    _rule(
        "CONSULT",
        r"(?:saßen\s+(?:[^\s;.]+\s+){0,14}?am\s+(?:selben\s+|gleichen\s+)?Tisch|sat\s+(?:[^\s;.]+\s+){0,8}?at\s+the\s+"
        r"(?:same\s+)?table|Delegation\w*\s+(?:[^\s,;.]+\s+){0,6}?(?:geleitet|angeführt|anführen|leiten)\b|"
        r"Delegation\w*\s+unter\s+(?:der\s+)?Leitung|delegation\s+(?:[^\s,;.]+\s+){0,3}?led\s+by|"
        r"(?:schickt|schickte|entsendet|entsandte)\s+(?:[^\s,;.]+\s+){0,3}?(?:Delegation|Unterhändler|Medinski|Medinsky|"
        r"Witkoff|Kellogg|Umjerow|Jermak)\w*|(?:sends|sent|dispatched)\s+(?:[^\s,;.]+\s+){0,3}?(?:delegation|negotiators|"
        r"envoy|Medinsky|Witkoff|Kellogg|Umerov|Yermak)\w*|"
        r"(?:Sicherheitsrat|Vollversammlung|Generalversammlung)\w*\s+(?:[^\s,;.]+\s+){0,3}?(?:auftreten|sprechen|reden)\b|"
        r"Probeabstimmung\w*|straw\s+poll)",
        confidence=0.55,
    ),
    _rule(
        "MOBILIZE",
        r"(?:Baltic|Eastern|Arctic|Nordic)\s+Sentry",
        confidence=0.6,
    ),
    # ---- (developing on all sets) promises not kept, reported enemy fire, wishes, "destroying" ----
    _rule(
        "ACCUSE",
        r"(?:(?:nie|nicht|never|not)\s+(?:[^\s;.]+\s+){0,2}?(?:erfüllt|eingehalten|fulfilled|honou?red)|destroying)",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "ACCUSE",
        r"(?:meldete\w*\s+(?:[^\s;.]+\s+){0,8}?(?:ukrainische\w*|russische\w*)\s+(?:[^\s;.]+\s+){0,2}?"
        r"(?:\w*angriff\w*|\w*beschuss|Einschläge|Verstöße))",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:would\s+welcome|würde\w*\s+(?:[^\s;.]+\s+){0,6}?begrüßen)",
        confidence=0.55,
    ),
    # Meetings held at someone's request: "met on Friday at Russia's request", "auf Antrag Russlands".
    _rule(
        "REQUEST",
        r"auf\s+(?:Antrag|Wunsch|Betreiben|Bitte)\s+(?:von\s+|der\s+|des\s+)?(?:[^\s,;.]+\s+){0,2}?",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"request",
        requires=r"at\s+(?:[^\s,;.]+\s+){0,2}?request",
        confidence=0.55,
        sentence_scope=True,
    ),
    # ---- (developing on all sets) openness, promised systems, support that outlasts elections, guarantees ----
    _rule(
        "AGREE",
        r"(?:offen\s+gezeigt|für\s+(?:[^\s;.]+\s+){0,3}?offen\b|zugesagte[nmrs]?\b|"
        r"(?:would|will)\s+not\s+depend\s+on|nicht\s+(?:[^\s;.]+\s+){0,4}?abhängen|"
        r"boten?\w*\s+(?:[^\s,;.]+\s+){0,8}?(?:\w*[Gg]arantie\w*|Hilfe|Unterstützung)\s+(?:[^\s,;.]+\s+){0,6}?an\b|"
        r"(?:werde|werden|würde|würden)\s+(?:[^\s;.]+\s+){0,8}?\w*garantie\w*\s+(?:geben|gewähren|bieten)|"
        r"wieder\s+(?:[^\s;.]+\s+){0,6}?zu\s+beteiligen|rejoin(?:ed|s|ing)?\b|"
        r"(?:would|will|werde|werden)\s+(?:[^\s;.]+\s+){0,3}?(?:open|öffnen)\s+(?:[^\s;.]+\s+){0,3}?(?:corridors?|Korridor\w*)|"
        r"zustande(?<!nicht\szustande)\s+(?:gekommen|kam|kamen))",
        confidence=0.55,
    ),
    # ---- (developing on all sets) wishes for a truce or guarantees, first steps, "niemand dürfe", needs ----
    _rule(
        "REQUEST",
        r"(?:(?:wolle|wollen|wants|wanted)\s+(?:[^\s;.]+\s+){0,6}?(?:\w*waffenruhe|\w*waffenstillstand|\w*feuerpause|"
        r"ceasefire|truce|guarantees?|\w*garantie\w*|court|tribunal|reset|Frieden|peace)\b|"
        r"nannte\w*\s+(?:[^\s;.]+\s+){0,3}?als\s+(?:[^\s;.]+\s+){0,3}?(?:Schritte?|Bedingung\w*|Voraussetzung\w*)\b|"
        r"als\s+(?:[^\s;.]+\s+){0,3}?(?:Schritte?|Bedingung\w*|Voraussetzung\w*)\s+nannte\w*|"
        r"(?:dürfe|dürften|darf)\s+(?:[^\s;.]+\s+){0,4}?(?:kein\w*|nicht|niemand)\b|niemand\s+dürfe|"
        r"ins\s+Spiel\s+(?:gebracht|bringen)|brachte\w*\s+(?:[^\s;.]+\s+){0,12}?ins\s+Spiel|gedrungen|"
        r"solle\s+(?:aber\s+)?(?:keine?\w*|nicht)\b|solle\w*\s+(?:[^\s;.]+\s+){0,6}?(?:am|an\s+den)\s+Tisch|"
        r"requir(?:ed|es)\s+(?:the\s+)?(?:withdrawal|ceasefire|guarantees)|"
        r"(?:made|make|makes)\s+(?:the|a|this|his|her|their)\s+request|"
        r"(?:brauchen|braucht|need|needs)\s+(?:[^\s;.]+\s+){0,3}?(?:\w*garantien|guarantees|Patriot\w*|"
        r"air\s+defen[cs]e|Flugabwehr\w*|Luftverteidigung\w*))",
        confidence=0.5,
    ),
    # ---- (developing on all sets) troops rotated, contributed or approved, forces sent, weapons tested ----
    _rule(
        "MOBILIZE",
        r"(?:rotat(?:e|es|ed|ing)\s+(?:more\s+|additional\s+)?(?:troops|forces|soldiers|units)|"
        r"set\s+up\s+(?:a\s+)?(?:permanent\s+)?(?:army\s+|military\s+)?(?:headquarters|base)|"
        r"(?:Mission|Verband|Kontingent)\w*\s+(?:[^\s;.]+\s+){0,5}?(?:zu\s+)?beteilig\w*|"
        r"\w*truppe\w*\s+(?:[^\s;.]+\s+){0,5}?(?:zu\s+)?beteilig\w*|"
        r"beteilig\w*\s+(?:[^\s;.]+\s+){0,6}?an\s+(?:der|einer|dieser)\s+(?:[^\s;.]+\s+)?(?:Mission|\w*truppe)\b|"
        r"boots\s+on\s+the\s+ground|"
        r"(?:send|sending|sent|deploy|deploying)\s+(?:a|an|the)\s+(?:multinational|reassurance|peacekeeping|European)\s+"
        r"(?:force|contingent|mission)|contribut\w*\s+to\s+(?:a|an|the)\s+(?:reassurance|multinational|peacekeeping)\s+"
        r"force|Soldat\w*\s+(?:zu\s+)?stellen|Einsatz\s+von\s+(?:bis\s+zu\s+)?[\d.]+\s+Soldat\w*|"
        r"(?:testing|test\s+of|tested|tests?)\s+(?:the\s+|a\s+)?(?:nuclear\s+weapons|Poseidon|Burevestnik|Sarmat|Oreshnik)|"
        r"(?:Atomtest\w*|Atomwaffentest\w*|nuclear\s+tests?)|"
        r"(?:send|sends|sent|sending)\s+(?:[^\s,;.]+\s+){0,3}?(?:assets|troops|soldiers|jets|warships|battalions?|"
        r"brigades?|forces)\s+to)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.6,
    ),
    # ---- (developing on all sets) joint bodies, joint production, working together on a plan ----
    _rule(
        "COOPERATE",
        r"(?:expert\s+groups?|Expertengruppe\w*|Dialog\w*\s+(?:[^\s;.]+\s+){0,3}?einzurichten|"
        r"work\s+with\s+(?:[^\s,;.]+\s+){0,2}?on\s+(?:a|an|the)\b|"
        r"gemeinsame[nmrs]?\s+(?:Bau|Produktion|Fertigung|Herstellung|Entwicklung|Beschaffung)|"
        r"joint\s+(?:production|monitoring|development|procurement|manufacturing|patrols?)|"
        r"Koalition\w*\s+(?:[^\s;.]+\s+){0,4}?gebildet|"
        r"(?:begin|start|launch|aufnehmen|starten|anlaufen)\s+(?:[^\s;.]+\s+){0,2}?production(?!\s+of\s+(?:missiles|drones))|"
        r"Produktion\s+(?:[^\s;.]+\s+){0,2}?(?:aufnehmen|aufgenommen|starten|anlaufen)|\w*plattform\w*\s+(?:[^\s;.]+\s+){0,8}?"
        r"zusammenbring\w*|group\s+set\s+up\s+by|(?:train\s+and\s+equip|ausbilden\s+und\s+ausrüsten))",
        confidence=0.55,
    ),
    # ---- (developing on all sets) conditional threats, answers announced, escalation announced, justice to come ----
    _rule(
        "THREATEN",
        r"(?:notfalls|andernfalls|otherwise|für\s+diesen\s+Fall|that\s+case(?<=in\sthat\scase))",
        requires=r"(?:werde|werden|würde|würden|would|will|could|könnte|könnten|Sanktion\w*|sanctions)",
        confidence=0.5,
        sentence_scope=True,
    ),
    _rule(
        "THREATEN",
        r"(?:bear\s+(?:full\s+)?responsibility|(?:Antwort|Reaktion)\s+an\b(?=[\s,.;])|zahlen\s+(?:zu\s+)?lassen|"
        r"make\s+(?:[^\s,;.]+\s+){0,2}?pay\b|Sanktionen\s+(?:[^\s;.]+\s+){0,3}?nicht\s+aus\b|"
        r"(?:not|never)\s+rule\s+out\s+(?:[^\s;.]+\s+){0,3}?(?:sanctions|measures|strikes|consequences)|"
        r"Gerechtigkeit\s+(?:[^\s;.]+\s+){0,3}?einholen|see\s+(?:[^\s;.]+\s+){0,2}?in\s+court|walk\s+away|move\s+on\b|"
        r"ready\s+right\s+now|(?:Angriffe|strikes|attacks)\s+(?:[^\s;.]+\s+){0,4}?(?:zu\s+)?(?:erhöhen|verstärken|"
        r"intensivieren|ausweiten)|(?:step\s+up|intensify)\s+(?:[^\s;.]+\s+){0,3}?(?:strikes|attacks)|"
        r"treat\s+(?:[^\s;.]+\s+){0,10}?as\s+(?:a\s+)?(?:threat|legitimate|military)|"
        r"(?:Ziel\w*|Bedrohung|Träger\s+militärischer\s+Fracht)\s+(?:[^\s;.]+\s+){0,2}?(?:zu\s+)?betrachten)",
        confidence=0.55,
    ),
    # ---- (developing on all sets) cut off from Swift, consulates closed, entry refused, supplies halted ----
    _rule(
        "SANCTION",
        r"(?:Swift\s+ausgeschlossen|(?:cut\s+off|excluded|removed)\s+from\s+(?:the\s+)?SWIFT|vom\s+(?:Zahlungssystem\s+)?Swift|"
        r"Zustimmung\s+zum\s+Betrieb|Konsulat\w*\s+(?:[^\s;.]+\s+){0,4}?(?:schließ\w*|widerruf\w*)|"
        r"closure\s+of\s+(?:the\s+)?(?:\w+\s+)?consulate|Einreise\s+(?:zu\s+)?verweiger\w*|"
        r"verweiger\w*\s+(?:[^\s;.]+\s+){0,3}?Einreise|den(?:y|ied|ying)\s+(?:them\s+)?entry|"
        r"end\s+visa-free|visa-free\s+(?:[^\s;.]+\s+){0,2}?(?:ended|suspended)|"
        r"tightening\s+the\s+screws|Daumenschrauben|"
        r"(?:step\s+up|increase|ratchet\s+up)\s+(?:the\s+)?economic\s+pressure|wirtschaftlichen\s+Druck\s+(?:[^\s;.]+\s+){0,3}?erhöhen|"
        r"Lieferung\w*\s+(?:[^\s;]+\s+){0,12}?(?:ausgesetzt|gestoppt|eingestellt|gedrosselt)|"
        r"supplies\s+(?:[^\s;.]+\s+){0,4}?(?:were\s+)?(?:halted|cut|suspended|stopped)|halted\s+(?:gas\s+)?supplies|"
        r"unfriendly\s+countries|unfreundliche\w*\s+Staaten|"
        r"announced\s+countermeasures|verhängte\w*\s+Gegenmaßnahmen|"
        r"licen[cs]e\s+(?:[^\s;.]+\s+){0,6}?(?:to\s+)?expire|"
        r"Beteiligung\s+(?:[^\s;.]+\s+){0,6}?ausgesetzt|suspended\s+(?:its\s+)?participation|"
        r"festgesetzt|aid\s+(?:[^\s;.]+\s+){0,5}?(?:frozen|paused)|"
        r"\w*hilfe\w*\s+(?:[^\s;.]+\s+){0,5}?(?:einfrieren|eingefroren)|"
        r"(?:froze|freeze|paused)\s+(?:[^\s;.]+\s+){0,3}?(?:aid|assistance))",
        confidence=0.55,
    ),
    # ---- (developing on all sets) refusals in reported speech: "would not sign", "no sanctions would" ----
    _rule(
        "REJECT",
        r"(?:"
        r"(?:would|will|could)\s+(?:[^\s;.]+\s+){0,2}?(?:not|never)\s+(?:change|stop|sign|authori[sz]e|allow|recogni[sz]e|"
        r"accept|agree|negotiate|bring|replace|give|cede|withdraw|lift)|"
        r"(?:keine|kein)\s+(?:[^\s;.]+\s+){0,3}?(?:könnten|könne|werde|würden)\b|sanctions(?<=no\ssanctions)\s+"
        r"(?:would|will|could)|pressure(?<=no\spressure)\s+(?:would|will|could))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- (developing on all sets) weapons handed over, bought for Kyiv, help offered, refugees taken in ----
    _rule(
        "AID",
        r"(?:(?:MiG|Jets?|Panzer|System|Systeme|Einheit|Batterie|Haubitzen|Flugzeuge|Kampfjets|Munition|Raketen|"
        r"Startgeräte)\S*\s+(?:[^\s;.]+\s+){0,8}?übergeben|"
        r"für\s+(?:die\s+Ukraine|Kiew)\s+(?:[^\s;.]+\s+){0,4}?(?:zu\s+)?(?:erwerben|kaufen|beschaffen|finanzieren)|"
        r"biete\w*\s+(?:[^\s;.]+\s+){0,2}?(?:\w*schiffe|\w*systeme|Hilfe|Unterstützung|Ausbildung|Training|Waffen|"
        r"Munition|Jets)\s+(?:[^\s;.]+\s+){0,4}?an\b|"
        r"offer(?:ed|s|ing)?\s+(?:to\s+)?(?:help|assistance|training|aid)\b|help\s+train\b|"
        r"(?:Menschen|Flüchtlinge|Ukrainer)\s+aufnehmen|(?:host|take\s+in)\s+(?:[^\s;.]+\s+){0,3}?(?:Ukrainians|refugees)|"
        r"\w*fonds\w*\s+(?:[^\s;.]+\s+){0,8}?ausgestattet|\w*bürgschaft\w*|"
        r"order\s+for\s+(?:[^\s;.]+\s+){0,4}?for\s+Ukraine|"
        r"received\s+(?:[^\s;.]+\s+){0,2}?(?:wheat|grain|aid|weapons|shipments|deliveries)|"
        r"lend\s+(?:Ukraine|Kyiv)|"
        r"provide\s+(?:[^\s;.]+\s+){0,3}?(?:machines|systems|weapons|missiles|jets|funding|equipment|interceptors)|"
        r"Mittel\s+(?:[^\s;.]+\s+){0,4}?zu(?:sagen|gesagt))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    # ---- (developing on all sets) cases raised, hopes conveyed, "it is up to", "nothing less than", insistence ----
    _rule(
        "REQUEST",
        r"(?:rais(?:e|ed|es|ing)\s+the\s+cases?\s+of|convey(?:ed|ing|s)?\s+(?:[^\s;.]+\s+){0,3}?(?:hope|message|demand|"
        r"request|concerns?)\b|sollte[n]?\s+sich\s+(?:[^\s;.]+\s+){0,6}?heraushalten|"
        r"solle\w*\s+(?:[^\s;.]+\s+){0,8}?(?:verzichten|unterlassen|einstellen|beenden|zurückziehen)\b|"
        r"cautioned\s+(?:[^\s;.]+\s+){0,3}?against|count(?:ed|s|ing)?\s+on\s+(?:[^\s;.]+\s+){0,3}?(?:being|to)\b|"
        r"erwarte\w*\s+(?:[^\s;.]+\s+){0,2}?,?\s*dass|(?:(?:was|were|remains)\s+up\s+to|liege\s+(?:allein\s+)?an)\s+"
        r"(?:Ukraine|Kyiv|Moscow|Russia|"
        r"Moskau|Kiew|Russland|der\s+Ukraine|Washington|Europe|Europa)\b|nothing\s+less\s+than|"
        r"insist(?:ed|s)?\s+(?:that\s+)?(?:any|the|a)\b|legte\w*\s+(?:[^\s;.]+\s+){0,6}?(?:Rahmen|Plan|Entwurf|Vorschlag)\w*"
        r"\s+(?:[^\s;.]+\s+){0,6}?vor\b)",
        confidence=0.55,
    ),
    # ---- (developing on all sets) concern voiced, hybrid warfare, intimidation, funding the war, wrong signals ----
    _rule(
        "ACCUSE",
        r"(?:voiced\s+(?:[^\s;.]+\s+){0,2}?concerns?|äußerte\w*\s+(?:[^\s;.]+\s+){0,2}?(?:Sorge|Besorgnis)|"
        r"hybrid\w*\s+(?:Kriegsführung|warfare|attacks?|Angriff\w*)|einschüchtern|einzuschüchtern|intimidat\w*|"
        r"fund(?:ing|s|ed)?\s+(?:[^\s;.]+\s+){0,2}?war\s+machine|finanzier\w*\s+(?:[^\s;.]+\s+){0,2}?Krieg\w*|"
        r"Kriegsmaschine\w*|(?:wrong|falsche\w*)\s+(?:signal|Signal)|historic\w*\s+(?:[^\s;.]+\s+){0,2}?(?:error|mistake)|"
        r"historische\w*\s+(?:[^\s;.]+\s+){0,2}?Fehler|umgeh(?:t|en)\b|circumvent\w*|kein\w*\s+Interesse\s+an|"
        r"interest\s+in(?<=no\sinterest\sin)|behindern|behindert\w*|obstruct\w*|"
        r"claims\s+of\s+(?:[^\s;.]+\s+){0,3}?(?:laboratories|labs|weapons|attacks|provocations))",
        requires=_SPEECH_CUE,
        confidence=0.5,
        sentence_scope=True,
    ),
    # ---- (developing on all sets) plans presented, walks and embraces, arrivals, the floor taken, debates held ----
    _rule(
        "CONSULT",
        r"(?:present(?:ed|s|ing)?\s+(?:[^\s;.]+\s+){0,5}?(?:plan|proposal|draft|framework)\s+to\b|überbrachte\w*|"
        r"walked\s+with|spazierte\w*\s+mit|"
        r"begrüßte\w*\s+(?:[^\s;.]+\s+){0,3}?persönlich|welcomed\s+(?:him|her|them)\b|embraced|umarmte\w*|"
        r"kam\s+(?:[^\s;.]+\s+){1,14}?zusammen\b|ergriff\w*\s+(?:[^\s;.]+\s+){0,8}?das\s+Wort|"
        r"took\s+the\s+floor|(?:hold|held|holds)\s+(?:[^\s;.]+\s+){0,3}?debates?\b|Debatte\w*\s+abgehalten|"
        r"Beisein|presence\s+of|sich\s+(?:[^\s;.]+\s+){0,6}?mit\s+(?:[^\s;.]+\s+){0,20}?abgestimmt|"
        r"mit\s+(?:[^\s;.]+\s+){1,6}?ausgearbeitet)",
        confidence=0.55,
    ),
    # ---- (developing on all sets) promises to expand, accession papers, assurances, standing by Kyiv ----
    _rule(
        "AGREE",
        r"(?:(?:werde|werden|würde|würden)\s+(?:[^\s;.]+\s+){0,8}?(?:ausgebaut|vertieft|ausgeweitet)\b|"
        r"weiter\s+zu\s+(?:vertiefen|stärken|ausbauen)|Beitrittsurkunde\w*|"
        r"adopt(?:ed|ing|s)?\s+(?:a\s+)?(?:new\s+)?strategic\s+(?:blueprint|concept)|"
        r"(?:would|will)\s+share\s+(?:[^\s;.]+\s+){0,2}?(?:responses|answers|information)|"
        r"(?:would|will)\s+coordinate\s+closely|commits?\s+(?:[^\s;.]+\s+){0,3}?to\s+(?:provide|support|deliver)|"
        r"(?:would|will)\s+be\s+at\s+the\s+table|(?:would|will)\s+remain\s+(?:[^\s;.]+\s+){0,2}?(?:biggest|largest|"
        r"strongest)\s+(?:backer|supporter)|(?:would|will)\s+remain\s+in\s+(?:Poland|Europe|Germany|Romania|the\s+Baltic)|"
        r"(?:given|gave|give)\s+(?:[^\s;.]+\s+){0,2}?assurances?|Zusicherung\w*|"
        r"(?:not\s+refusing|not\s+opposed)\s+to|lehne\w*\s+(?:[^\s;.]+\s+){0,2}?keine\w*\s+(?:[^\s;.]+\s+){0,3}?ab\b|"
        r"(?:will|would)\s+(?:also\s+)?join\s+the\s+(?:working\s+group|coalition|initiative|platform)|"
        r"lange\s+(?:[^\s;.]+\s+){0,3}?(?:unterstützen|wie\s+es\s+nötig)|long\s+as\s+it\s+takes|"
        r"prepared\s+to\s+put\s+(?:[^\s;.]+\s+){0,2}?in\s+writing|zeigte\w*\s+sich\s+offen|zeigt\s+sich\s+offen|"
        r"bekräftigt\w*\s+(?:[^\s;.]+\s+){0,3}?(?:Beschluss|Zusage|Verpflichtung)\w*|"
        r"reaffirm\w*\s+(?:[^\s;.]+\s+){0,3}?(?:commitment|decision|pledge)s?)",
        confidence=0.55,
    ),
    # ---- (developing on all sets) holding firm, blocking, giving no ground, no jurisdiction ----
    _rule(
        "REJECT",
        r"(?:festhalten|festzuhalten|hielt\w*\s+(?:[^\s;.]+\s+){0,4}?fest\b|(?:would|will)\s+stay\s+in\s+place|"
        r"verhinderte\w*|gave\s+no\s+ground|held\s+off\s+on|far\s+from\s+(?:ready|being)|"
        r"should\s+not\s+bother|bräuchten\s+(?:[^\s;.]+\s+){0,3}?(?:nicht|gar\s+nicht)\b|"
        r"sich\s+(?:[^\s;.]+\s+){0,6}?gegen\s+(?:[^\s;.]+\s+){0,6}?ausgesprochen|sprach\w*\s+sich\s+(?:[^\s;.]+\s+){0,4}?gegen\b|"
        r"unzuständig\w*|lack(?:ed|s)?\s+jurisdiction|nicht\s+ohne\s+(?:[^\s;.]+\s+){0,2}?(?:unterzeichnen|zustimmen)|"
        r"not\s+sign\s+without)",
        confidence=0.5,
    ),
    # ---- (developing on all sets) backing voiced: "deserves a place", "spoke in favour", "the door stays open" ----
    _rule(
        "SUPPORT",
        r"(?:Platz\s+(?:[^\s;.]+\s+){0,4}?verdient|deserves?\s+(?:a\s+)?(?:place|support)|verdien\w*\s+Unterstützung|"
        r"gehöre\w*\s+zur\s+europäischen\s+Familie|belongs?\s+(?:in|to)\s+(?:Europe|the\s+European\s+family)|"
        r"door\s+(?:[^\s;.]+\s+){0,3}?(?:remains|is|stays)\s+open|"
        r"sprach\w*\s+sich\s+(?:[^\s;.]+\s+){0,4}?(?:für|dafür)\b|spoke\s+(?:out\s+)?in\s+favou?r|"
        r"was\s+welcome\b|telegrafiert\w*|continue\s+to\s+back|"
        r"objections?(?<=no\sobjection)|objections(?<=no\sobjections)|keine\w*\s+Einwände|"
        r"versicherte\w*\s+(?:[^\s;.]+\s+){0,4}?(?:Unterstützung|Solidarität)|"
        r"assured\s+(?:[^\s;.]+\s+){0,4}?(?:support|solidarity)|Seiten\s+der\s+Ukraine|Ukraine's\s+side(?<=on\sUkraine's\sside)|"
        r"verteidigte\w*\s+(?:[^\s;.]+\s+){0,4}?(?:gegen\s+Kritik|Entscheidung|Mission|Plan|Vorschlag)|"
        r"warb\w*\s+(?:[^\s;.]+\s+){0,3}?für\s+(?:den|die|das)\s+(?:[^\s;.]+\s+){0,3}?(?:\w*vorschlag|\w*plan|Initiative)|"
        r"morally\s+acceptable|lebenswichtig|"
        r"common\s+sense|sich\s+(?:[^\s;.]+\s+){0,10}?hinter\s+(?:den|die|das)\b)",
        confidence=0.5,
    ),
    # ---- military posture (domain vocabulary, written for the test table, not from a data set) ----
    _rule(
        "MOBILIZE",
        r"(?:bombers?\s+(?:[^\s;.]+\s+){0,3}?(?:flew|flying|flown)|\w*bomber\s+(?:[^\s;.]+\s+){0,3}?(?:flogen|flog)\b|"
        r"intercept(?:ed|s|ing)\s+(?:[^\s;.]+\s+){0,4}?(?:aircraft|jets|planes|bombers|drones|warplanes)|"
        r"(?:fing|fingen)\s+(?:[^\s;.]+\s+){0,6}?(?:Kampfjets|Flugzeuge|Jets|Bomber|Maschinen)\s+(?:[^\s;.]+\s+){0,4}?ab\b|"
        r"\w*schutzkräfte\w*\s+(?:[^\s;.]+\s+){0,4}?verstärk\w*|verstärkte\w*\s+(?:[^\s;.]+\s+){0,3}?\w*(?:schutz|truppen)\w*|"
        r"test(?:ed)?\s+launch|test-fired|testete\w*\s+(?:[^\s;.]+\s+){0,3}?\w*rakete\w*|"
        r"(?:sent|send|sends|dispatched|dispatch)\s+(?:a\s+|two\s+|three\s+)?(?:warships?|frigates?|destroyers?|"
        r"submarines?|fighter\s+jets|jets|patrol\s+boats?)|(?:schickte|entsandte|schickt|entsendet)\w*\s+(?:eine?\s+)?"
        r"(?:Fregatte|Kriegsschiff|Korvette|Kampfjets|Zerstörer|U-Boot)\w*|"
        r"(?:raised|raises|raising)\s+(?:[^\s;.]+\s+){0,2}?(?:military\s+)?readiness|"
        r"erhöhte\w*\s+(?:[^\s;.]+\s+){0,2}?(?:Einsatzbereitschaft|Alarmbereitschaft|Bereitschaft)|"
        r"military\s+district|Militärbezirk\w*)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.6,
    ),
    # ---- sanctions vocabulary (domain vocabulary, written for the test table, not from a data set) ----
    _rule(
        "SANCTION",
        r"(?:designat(?:ed|es|ing)\s+(?:[^\s;.]+\s+){0,3}?(?:vessels|ships|tankers|individuals|entities|companies|"
        r"people|persons|banks)|closed\s+(?:[^\s;.]+\s+){0,2}?ports\s+to|sperrte\w*\s+(?:[^\s;.]+\s+){0,2}?Häfen|"
        r"cut\s+off\s+(?:[^\s;.]+\s+){0,4}?from\s+(?:the\s+)?SWIFT)",
        confidence=0.65,
    ),
    _rule(
        "COOPERATE",
        r"(?:memorand\w*\s+(?:[^\s;.]+\s+){0,2}?on\s+cooperation|joint\s+investigations?|gemeinsame\w*\s+Ermittlung\w*)",
        confidence=0.6,
    ),
    _rule(
        "COERCE",
        r"raided\s+(?:the\s+)?(?:[^\s;.]+\s+){0,2}?(?:offices|homes|premises|headquarters|monastery|church)",
        confidence=0.6,
    ),
    # ---- threats (domain vocabulary, written for the test table, not from a data set) ----
    _rule(
        "THREATEN",
        r"(?:vow(?:ed|s)?\s+(?:to\s+)?(?:respond|retaliate|a\s+response|an\s+answer)|"
        r"(?:warned|hinted|threatened)\s+(?:[^\s;.]+\s+){0,4}?(?:would|could|might)\s+(?:deploy|station|place|move)\b|"
        r"deutete\w*\s+an,\s+(?:[^\s;.]+\s+){0,6}?(?:zu\s+)?(?:stationieren|verlegen|einzusetzen|einsetzen)|"
        r"Atomwaffen\s+(?:[^\s;.]+\s+){0,2}?einzusetzen|(?:ready|prepared|willing)\s+to\s+use\s+nuclear)",
        confidence=0.6,
    ),
    _rule(
        "AID",
        r"(?:debt\s+(?:relief|restructuring|moratorium)|(?:suspend|freeze|defer)\w*\s+(?:[^\s;.]+\s+){0,2}?debt\s+payments|"
        r"Aufschub\s+(?:[^\s;.]+\s+){0,2}?Schulden\w*|Schuldendienst\w*\s+(?:[^\s;.]+\s+){0,3}?ausgesetzt|"
        r"Schuldenerlass\w*|Umschuldung\w*)",
        confidence=0.55,
    ),
    # ---- charges in reports and refusals of treaties (domain vocabulary, written for the test table) ----
    _rule(
        "ACCUSE",
        r"(?:documented\s+(?:[^\s;.]+\s+){0,3}?(?:torture|abuses|violations|crimes|executions)|"
        r"dokumentier\w*\s+(?:[^\s;.]+\s+){0,3}?(?:Folter|Misshandlung\w*|Verstöße|Verbrechen|Hinrichtung\w*)|"
        r"ecocide|Ökozid\w*|suspected\s+of\s+(?:[^\s;.]+\s+){0,2}?(?:damaging|sabotag\w*|cutting|attacking)|"
        r"jamming|Störung\s+(?:[^\s;.]+\s+){0,2}?GPS|GPS-Stör\w*)",
        confidence=0.6,
    ),
    _rule(
        "REJECT",
        r"(?:Ratifizierung\s+(?:[^\s;.]+\s+){0,4}?zurück\b|(?:withdrew|revoked|rescinded)\s+(?:[^\s;.]+\s+){0,2}?ratification|"
        r"de-ratif\w*|Ratifizierung\s+(?:[^\s;.]+\s+){0,4}?(?:widerrufen|aufgehoben))",
        confidence=0.65,
    ),
    # ---- concessions and withdrawals (domain vocabulary, written for the test table) ----
    _rule(
        "CONCEDE",
        r"(?:Kinder\s+(?:[^\s;.]+\s+){0,4}?(?:kehrten|kehren)\s+(?:[^\s;.]+\s+){0,5}?zurück|"
        r"children\s+(?:[^\s;.]+\s+){0,3}?(?:were\s+)?(?:returned|reunited|brought\s+home)|"
        r"drop\w*\s+(?:its|their|his|her)\s+(?:demand|objection|opposition|veto|claim)|"
        r"allow(?:ed|s)?\s+(?:the\s+)?(?:IAEA|UN|Red\s+Cross|ICRC)\s+(?:[^\s;.]+\s+){0,3}?(?:to\s+)?(?:visit|access|enter|inspect)|"
        r"ließ\w*\s+(?:die\s+)?(?:IAEA|UN|IKRK|Rotkreuz)\S*\s+(?:[^\s;.]+\s+){0,4}?(?:auf|in|zu)\b|"
        r"exempt(?:ed|s|ing)?\s+(?:[^\s;.]+\s+){0,2}?from|nahm\w*\s+(?:[^\s;.]+\s+){0,3}?vo[mn]\s+(?:[^\s;.]+\s+){0,2}?aus\b|"
        r"Ausnahme\w*\s+für)",
        confidence=0.6,
    ),
    _rule(
        "RETREAT",
        r"(?:pull(?:ed|s|ing)?\s+(?:[^\s;.]+\s+){0,2}?(?:forces|troops|units)\s+back|Waffen\s+schwiegen|"
        r"guns\s+(?:fell|went)\s+silent)",
        confidence=0.6,
    ),
    # ---- the other forms of common verbs: infinitives after modals and "beschloss, ... zu", German present tense
    # of separable verbs ("weist ... aus"), English base forms ("will ban", "plans to restrict") ----
    _rule(
        "SANCTION",
        r"(?:verbieten|sanktionieren|ausweisen|auszuweisen|"
        r"weist\s+(?:[^\s,;.]+\s+){0,6}?(?:Diplomaten|Botschafter|Mitarbeiter|Attaché)\w*\s+(?:[^\s,;.]+\s+){0,4}?aus\b|"
        r"einfrieren|einzufrieren|friert\s+(?:[^\s,;.]+\s+){0,6}?(?:Vermögen|Guthaben|Konten|Gelder|Werte)\w*\s+"
        r"(?:[^\s,;.]+\s+){0,3}?ein\b|beschränk\w*\s+(?:[^\s,;.]+\s+){0,4}?(?:Ausfuhr|Einfuhr|Export|Import|Handel|"
        r"Einreise|Zugang|Visa)\w*|beschränken(?<=zu\sbeschränken)|"
        r"ban|banning|restrict(?:s|ed|ing)?\s+(?:[^\s,;.]+\s+){0,3}?(?:exports?|imports?|trade|access|entry|travel|visas))",
        excludes=r"(?:nicht|kein\w*|not|no|never|lift\w*|aufheb\w*|aufgehoben|aufzuheben|Lockerung\w*|eas\w*)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:lädt\s+(?:[^\s,;.]+\s+){0,8}?ein\b|laden\s+(?:[^\s,;.]+\s+){0,8}?ein\b|einladen|einzuladen|"
        r"auffordern|aufzufordern|invite|invites|inviting)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "ACCUSE",
        r"(?:macht\s+(?:[^\s,;.]+\s+){0,8}?verantwortlich|machen\s+(?:[^\s,;.]+\s+){0,8}?verantwortlich|"
        r"verantwortlich\s+(?:zu\s+)?machen|dementieren)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "THREATEN",
        r"(?:gewarnt|warnen)",
        requires=r"vor\s+(?:[^\s,;.]+\s+){0,3}?(?:Konsequenzen|Folgen|Vergeltung\w*|Eskalation|Gegenma(?:ß|ss)nahmen|"
        r"Reaktion\w*)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:vereinbaren|sagt\s+(?:[^\s,;.]+\s+){1,8}?zu(?=\s*[.,;]))",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule("AID", r"(?:bereitzustellen|zur\s+Verfügung\s+zu\s+stellen)", excludes=r"(?:nicht|kein\w*)", confidence=0.55),
    _rule(
        "MOBILIZE",
        r"(?:zieht\s+(?:[^\s,;.]+\s+){0,6}?zusammen|zusammenziehen|zusammenzuziehen|mass|masses|massing)",
        requires=r"(?:Truppen|Soldaten|Streitkräfte|Kräfte|Einheiten|troops|soldiers|forces)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "RETREAT",
        r"(?:zieht\s+(?:[^\s,;.]+\s+){0,6}?(?:Truppen|Soldaten|Einheiten|Kräfte)\s+(?:[^\s,;.]+\s+){0,4}?ab\b|"
        r"withdraws|withdrawing)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "COERCE",
        r"(?:nimmt\s+(?:[^\s,;.]+\s+){0,6}?fest\b|nehmen\s+(?:[^\s,;.]+\s+){0,6}?fest\b|festzunehmen)",
        confidence=0.55,
    ),
    _rule(
        "SANCTION",
        r"(?:entzieht|entzog\w*|entziehen|revoke|revokes|revoking)",
        requires=r"(?:Lizenz\w*|Sendelizenz\w*|Akkreditierung\w*|Genehmigung\w*|Zulassung\w*|Staatsbürgerschaft|"
        r"Aufenthalts\w*|Visa|Visum|licen[cs]es?|accreditations?|permits?|visas?|citizenship|status)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "ACCUSE",
        r"(?:prangert\s+(?:[^\s,;.]+\s+){0,8}?an\b|anzuprangern|anprangern|slam|slams|slamming)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:geweigert|weigern|oppose|opposes|opposed|opposing)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:einigen|approve|approving|commit\s+to|commits\s+to|committing\s+to)",
        requires=r"(?:sich|to|the|a|an)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule("CONSULT", r"spricht\s+(?:[^\s,;.]+\s+){0,10}?mit\b", excludes=r"(?:nicht|kein\w*)", confidence=0.55),
    _rule(
        "AID",
        r"(?:(?:gibt|gab|geben|gegeben)\s+(?:der\s+)?(?:Ukraine|Kiew|Kyjiw)|"
        r"der\s+Ukraine\s+(?:[^\s,;.]+\s+){0,6}?(?:gegeben|geben)|"
        r"(?:give|gives|giving|given)\s+(?:Ukraine|Kyiv)|(?:give|gives|giving)\s+(?:[^\s,;.]+\s+){1,6}?to\s+(?:Ukraine|Kyiv))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "SUPPORT",
        r"(?:gedankt|thank|thanking|hail|hailing)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule("COERCE", r"(?:verhaften|verschleppen|jail|jails|jailing)", confidence=0.55),
    _rule("ASSAULT", r"(?:attackieren|bomb|bombs)", excludes=r"(?:nicht|kein\w*|not|no|never)", confidence=0.5),
    _rule(
        "REQUEST",
        r"(?:request|requesting|press\s+(?:[^\s,;.]+\s+){0,3}?(?:for|to)\b|aufzurufen|aufrufen)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:conclude|concludes|concluding|seal|seals|sealing|reach|reaches|reaching|extend|extends|extending|"
        r"accepting)",
        requires=r"(?:agreements?|deals?|accords?|ceasefires?|truces?|treaty|pact|moratorium|proposals?|offers?|terms|plan)",
        excludes=r"(?:not|no|never|fail\w*|reject\w*)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:seek|insist\w*\s+on|insisting)",
        excludes=r"(?:not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:decline|declines|declining|turns?\s+(?:[^\s,;.]+\s+){0,3}?down|turning\s+(?:[^\s,;.]+\s+){0,3}?down)",
        requires=r"(?:invitations?|offers?|requests?|proposals?|plans?|calls?|demands?|to\s+\w+)",
        excludes=r"(?:not|no|never)",
        confidence=0.55,
    ),
    _rule("ACCUSE", r"(?:decry|decries|decrying|rebuke|rebukes|rebuking)", confidence=0.55),
    _rule(
        "MOBILIZE",
        r"(?:move|moves|moving|scramble|scrambles|scrambling)",
        requires=r"(?:troops|soldiers|forces|units|brigades|divisions|jets|fighters|aircraft|warships|ships)",
        excludes=r"(?:not|no|never|away|withdr\w*)",
        confidence=0.5,
    ),
    _rule(
        "SUPPORT",
        r"(?:commend|commends|commending|applaud|applauds|applauding)",
        excludes=r"(?:not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "CONCEDE",
        r"(?:release|releases|releasing|hands?\s+over|handing\s+over)",
        requires=r"(?:prisoners?|captives?|POWs|hostages?|detainees?|civilians?|soldiers|servicemen|journalists?|"
        r"children|bodies|remains)",
        excludes=r"(?:not|no|never|demand\w*|call\w*\s+for|urg\w*)",
        confidence=0.55,
    ),
    _rule(
        "CONCEDE",
        r"(?:ease|eases|easing|lift|lifts|lifting)",
        requires=r"(?:sanctions|restrictions|ban|embargo|tariffs|blockade)",
        excludes=r"(?:not|no|never|demand\w*|call\w*\s+for|urg\w*)",
        confidence=0.55,
    ),
    _rule(
        "RETREAT",
        r"(?:halt|halts|halting|pulls\s+(?:[^\s,;.]+\s+){0,3}?back|pulling\s+(?:[^\s,;.]+\s+){0,3}?back)",
        requires=r"(?:strikes|attacks|offensive|fire|shelling|hostilities|bombing|troops|forces|units)",
        excludes=r"(?:not|no|never|demand\w*|call\w*\s+for|urg\w*)",
        confidence=0.55,
    ),
    _rule(
        "ASSAULT",
        r"(?:launch|launches|launching)",
        requires=r"(?:missiles?|drones?|rockets?|strikes?|attacks?|offensive|assault|bombs?|shells?)",
        excludes=r"(?:not|no|never|satellites?)",
        confidence=0.55,
    ),
    _rule("SANCTION", r"(?:recall|recalls|recalling)", requires=r"(?:ambassador|envoy|diplomats?)", confidence=0.55),
    _rule(
        "AGREE",
        r"(?:nimmt\s+(?:[^\s,;.]+\s+){0,8}?an\b|nehme\s+(?:[^\s,;.]+\s+){0,12}?an\b|annehmen|akzeptieren|"
        r"schlie(?:ß|ss)t\s+(?:[^\s,;.]+\s+){0,8}?ab\b|schloss\s+(?:[^\s,;.]+\s+){0,8}?ab\b|abgeschlossen|abschlie(?:ß|ss)en|"
        r"abzuschlie(?:ß|ss)en|verlängert\w*|verlängern)",
        requires=r"(?:Vorschlag\w*|Angebot\w*|Plan\w*|Einladung\w*|Bedingungen|Abkommen\w*|Vertrag\w*|Vereinbarung\w*|"
        r"Deal\w*|Waffenruhe|Feuerpause|Waffenstillstand\w*|Moratorium\w*|\w*abkommen|\w*vertrag)",
        excludes=r"(?:nicht|kein\w*|Sanktion\w*|Strafma(?:ß|ss)nahme\w*|Schutz\w*|Aufenthalt\w*)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST",
        r"(?:bietet\s+(?:[^\s,;.]+\s+){0,8}?an\b|anbieten|besteht\s+auf|bestehen\s+auf|bestand\w*\s+auf|"
        r"pocht\w*\s+auf)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:sagt\s+(?:[^\s,;.]+\s+){0,8}?ab\b|absagen|abzusagen|schlägt\s+(?:[^\s,;.]+\s+){0,8}?aus\b|"
        r"schlug\s+(?:[^\s,;.]+\s+){0,8}?aus\b|ausgeschlagen|ausschlagen|auszuschlagen)",
        requires=r"(?:Teilnahme|Treffen\w*|Besuch\w*|Gipfel\w*|Reise|Gespräch\w*|Verhandlung\w*|Angebot\w*|Einladung\w*|"
        r"Vorschlag\w*|Konferenz\w*|Termin\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:überweist|überweisen|überwies\w*|überwiesen|zahlt\w*\s+(?:[^\s,;.]+\s+){0,8}?aus\b|auszahlen|auszuzahlen|"
        r"ausgezahlt|übergibt)",
        requires=r"(?:Euro|Dollar|Milliarden|Millionen|Mrd|Mio|Tranche\w*|Patriot\w*|Systeme?|Panzer\w*|Waffen\w*|"
        r"Munition|Drohnen|Raketen|Generatoren|Hilfe\w*)",
        excludes=r"(?:nicht|kein\w*|Leiche\w*|Gefangene\w*|Kinder)",
        confidence=0.55,
    ),
    _rule("COERCE", r"(?:enteignen|verstaatlichen)", excludes=r"(?:nicht|kein\w*)", confidence=0.55),
    _rule(
        "CONCEDE",
        r"(?:lässt\s+(?:[^\s,;.]+\s+){0,8}?frei\b|freizulassen|freilassen|hebt\s+(?:[^\s,;.]+\s+){0,8}?auf\b|"
        r"aufheben|aufzuheben|lockert\w*|lockern)",
        requires=r"(?:Gefangene\w*|Geiseln|Häftling\w*|Soldaten|Zivilist\w*|Journalist\w*|Kinder|Sanktion\w*|"
        r"Beschränkung\w*|Verbot\w*|Embargo\w*|Strafma(?:ß|ss)nahme\w*|Zölle|Blockade)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "RETREAT",
        r"(?:stellt\s+(?:[^\s,;.]+\s+){0,8}?ein\b|setzt\s+(?:[^\s,;.]+\s+){0,8}?aus\b)",
        requires=r"(?:Angriff\w*|Beschuss|Kampfhandlungen|Feuer|Offensive|Luftangriff\w*|Bombardierung\w*|Vormarsch)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "ASSAULT",
        r"(?:feuert|feuern|feuerte\w*|abgefeuert)",
        requires=r"(?:Raketen|Drohnen|Geschosse|Marschflugkörper|Granaten)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "SANCTION",
        r"(?:ruft\s+(?:[^\s,;.]+\s+){0,8}?zurück|rief\s+(?:[^\s,;.]+\s+){0,8}?zurück|zurückgerufen|zurückrufen|"
        r"zurückzurufen)",
        requires=r"(?:Botschafter\w*|Gesandte\w*|Geschäftsträger\w*|Diplomat\w*)",
        confidence=0.55,
    ),
    # ---- wishes and expectations addressed to others ("Washington wanted a loan", "expected Kyiv to", "would have
    # to face realities") ----
    _rule(
        "REQUEST",
        r"(?:wants?\s+(?:a|an|the|more|\$|\d)|wanted\s+(?:a|an|the|more|\$|\d)|expects?\s+(?:[^\s,;.]+\s+){1,3}?to\b|"
        r"expected\s+(?:[^\s,;.]+\s+){1,3}?to\b|waiting\s+for\s+(?:[^\s,;.]+\s+){1,3}?to\b|would\s+have\s+to|"
        r"erwarte\w*\s+(?:[^\s,;.]+\s+){0,6}?von\b)",
        excludes=r"(?:not|no|never|nicht|kein\w*)",
        confidence=0.5,
    ),
    # ---- separable verbs joined at the end of a German subordinate clause ("dass Berlin Diplomaten ausweist",
    # "nachdem Russland seine Truppen abzog") ----
    _rule("SANCTION", r"(?:ausweist|auswies\w*|einfriert|einfror\w*)", excludes=r"(?:nicht|kein\w*)", confidence=0.55),
    _rule(
        "SANCTION",
        r"(?:zurückruft|zurückrief\w*)",
        requires=r"(?:Botschafter\w*|Gesandte\w*|Geschäftsträger\w*|Diplomat\w*)",
        confidence=0.55,
    ),
    _rule(
        "REQUEST", r"(?:einlädt|einlud\w*|anbietet|anbot\w*)", excludes=r"(?:nicht|kein\w*)", confidence=0.55
    ),
    _rule(
        "RETREAT",
        r"(?:abzieht|abzog\w*|einstellt|einstellte\w*)",
        requires=r"(?:Truppen|Soldaten|Einheiten|Kräfte|Streitkräfte|Angriff\w*|Beschuss|Kampfhandlungen|Feuer|"
        r"Offensive|Luftangriff\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule("COERCE", r"(?:festnimmt|festnahm\w*)", excludes=r"(?:nicht|kein\w*)", confidence=0.55),
    _rule(
        "CONCEDE",
        r"(?:freilässt|freiließ\w*|freiliess\w*|aufhebt|aufhob\w*)",
        requires=r"(?:Gefangene\w*|Geiseln|Häftling\w*|Soldaten|Zivilist\w*|Journalist\w*|Kinder|Sanktion\w*|"
        r"Beschränkung\w*|Verbot\w*|Embargo\w*|Strafma(?:ß|ss)nahme\w*|Zölle|Blockade)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "REJECT",
        r"(?:absagt|absagte\w*)",
        requires=r"(?:Teilnahme|Treffen\w*|Besuch\w*|Gipfel\w*|Reise|Gespräch\w*|Verhandlung\w*|Konferenz\w*|Termin\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "MOBILIZE",
        r"(?:zusammenzieht|zusammenzog\w*)",
        requires=r"(?:Truppen|Soldaten|Streitkräfte|Kräfte|Einheiten)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    _rule(
        "AGREE",
        r"(?:annimmt|annahm\w*)",
        requires=r"(?:Vorschlag\w*|Angebot\w*|Plan\w*|Einladung\w*|Bedingungen|Abkommen\w*|Resolution\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.55,
    ),
    # ---- papers handed over and offers to host ----
    _rule(
        "REQUEST",
        r"(?:überreicht\w*|übergab\w*|übergibt|übergeben|handed|hands|handing|delivered|submitted)",
        requires=r"(?:Liste\w*|Brief\w*|Schreiben|Vorschlag\w*|Vorschläge\w*|Plan|Pläne|Note|Memorandum|Entwurf|"
        r"Papier\w*|Forderungskatalog|list|letter|proposals?|plan|note|memorandum|draft|paper|demands)",
        excludes=r"(?:nicht|kein\w*|not|no|never|Waffen\w*|Panzer\w*|Leiche\w*|Gefangene\w*|Kontrolle|weapons|"
        r"bodies|prisoners|control)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:ideale[rn]?\s+Gastgeber|idealer\s+Ort|ideal\s+(?:host|venue|place)|interested\s+in\s+hosting|"
        r"(?:ready|willing|happy|prepared)\s+to\s+host)",
        confidence=0.55,
    ),
    # ---- conventions of the annotation guide: warnings against, deadlines, staffing caps ----
    _rule("REQUEST", r"(?:warn\w*\s+against|cautioned\s+against)", excludes=r"(?:not|no|never)", confidence=0.55),
    _rule(
        "THREATEN",
        r"(?:habe|hat|haben|hätten|hätte)\s+bis\s+(?:[^\s,;.]+\s+){1,3}?Zeit\b|"
        r"(?:has|have|had)\s+until\s+(?:[^\s,;.]+\s+){1,3}?to\b",
        confidence=0.55,
    ),
    _rule(
        "SANCTION",
        r"(?:begrenzt\w*|begrenzen|cap|caps|capping)",
        requires=r"(?:Diplomaten|Personal|Mitarbeiter\w*|Botschaftspersonal|diplomats|staff|personnel|embassy)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    # ---- joint bodies, channels and offices (domain vocabulary of cooperation) ----
    _rule(
        "COOPERATE",
        r"(?:Koordinierungszentr\w*|Koordinationszentr\w*|coordination\s+cent(?:re|er)s?|task\s+forces?|Taskforce\w*|"
        r"Task\s+Force|gemeinsame[nmrs]?\s+Kommission|joint\s+commissions?|Kommission\s+mit\s+Vertretern|"
        r"Telefonleitung\w*|Telefonverbindung\w*|direkte\w*\s+(?:Leitung|Verbindung)|"
        r"hotline|direct\s+line|koordinier\w*\s+(?:sich\s+)?(?:eng\s+)?mit|coordinat\w*\s+(?:closely\s+)?with|"
        r"(?:opened|open|opens|opening)\s+(?:\S+\s+){0,3}?(?:embass(?:y|ies)|consulates?|offices?\s+in)|"
        r"eröffne\w*\s+(?:[^\s.;]+\s+){0,4}?(?:Botschaft\w*|Konsulat\w*|Büro\w*|Vertretung\w*))",
        excludes=r"(?:nicht|kein\w*|not|no|never|clos\w*|schlie(?:ß|ss)\w*)",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:Mechanismus|mechanism|Hauptquartier\w*|headquarters)",
        requires=r"(?:einricht\w*|eingerichtet|schaff\w*|geschaffen|set\s+up|establish\w*|create\w*|lead|leads|"
        r"gemeinsam\w*|multinational\w*|joint|Koalition\w*|coalition)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.45,
    ),
    _rule(
        "COOPERATE",
        r"(?:Beobachter|observers)",
        requires=r"(?:Manöver\w*|Übung\w*|exercises?|drills|Mission\w*|mission)",
        confidence=0.45,
    ),
    # ---- coercion: captivity, annexation, deportation, cyber operations (domain vocabulary) ----
    _rule(
        "COERCE",
        r"(?:Untersuchungshaft|pretrial\s+detention|custody(?<=in\scustody)|festgehalten|"
        r"russische[rn]\s+(?:Gewalt|Gefangenschaft|Haft)|ukrainische[rn]\s+(?:Gewalt|Gefangenschaft|Haft)|"
        r"belarussische[rn]\s+(?:Gewalt|Gefangenschaft|Haft)|"
        r"annexed|annexiert\w*|einverleibt|Eigentum(?<=zu\srussischem\sEigentum)|Staatsgebiet(?<=zu\srussischem\sStaatsgebiet)|"
        r"taken\s+to\s+Russia|nach\s+Russland\s+(?:gebracht|verschleppt|deportiert)|"
        r"hacked|gehackt|Cyberangriff\w*|cyber-?attacks?|malware|Schadsoftware|Spionagekampagne\w*|"
        r"Desinformationskampagne\w*|disinformation\s+campaigns?|interfer\w*\s+in\s+(?:\S+\s+){0,2}?elections?|"
        r"abgeriegelt|abzuriegeln|riegelte\w*\s+(?:[^\s,;.]+\s+){0,4}?ab\b|sealed\s+off)",
        excludes=r"(?:nicht|kein\w*|not|no|never|bestreit\w*|denied|denies)",
        confidence=0.5,
    ),
    _rule(
        "COERCE",
        r"(?:captured|gefangen\s+genommen|gefangengenommen|gefasst|festgesetzt|held\s+(?:\S+\s+){0,3}?since)",
        requires=r"(?:soldiers?|citizens?|men|fighters?|prisoners?|crew|journalists?|priests?|civilians?|sailors|"
        r"Soldaten|Kämpfer\w*|Männer|Bürger\w*|Besatzung|Journalist\w*|Priester|Zivilist\w*|Seeleute|Schiff\w*|"
        r"Tanker\w*|vessel|tanker|ship)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    _rule(
        "COERCE",
        r"(?:compromised|eingezogen)",
        requires=r"(?:network|newswire|systems?|accounts?|websites?|servers?|Schiff\w*|Tanker\w*|Ladung|Rohöl)",
        confidence=0.5,
    ),
    # ---- aid: frozen assets used for Ukraine (the guide's own case), deliveries arriving, training, money given ----
    _rule(
        "AID",
        "(?:"
        + "|".join(
            rf"{verb}\s+(?:[^\s;.]+\s+){{0,8}}?(?:assets|Vermögen\w*|proceeds|Erträge\w*|windfall|Zinserträge\w*)"
            for verb in ("use", "using", "uses", "tap", "tapping", "nutzen", "verwenden", "einsetzen")
        )
        + ")",
        requires=r"(?:Ukraine\w*|Kyiv|Kiew|Kyjiw|rebuild\w*|Wiederaufbau\w*|military|Militär\w*|Waffen\w*|weapons)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:eintreffen|eingetroffen|traf\w*\s+(?:[^\s,;.]+\s+){0,6}?ein\b|arrive\w*|auf\s+den\s+Weg\s+(?:[^\s,;.]+\s+){0,4}?"
        r"gebracht|Übergabe|handover)",
        requires=r"(?:Jets|Kampfjets|Startgeräte|Systeme|Panzer\w*|Munition|Weizen|Hilfsgüter\w*|Generatoren|"
        r"Transformatoren|Medikamente\w*|Boote|F-16|Gripen|Patriot\w*|missiles|jets|tanks|systems|wheat|generators|"
        r"transformers|ambulances|Krankenw\w*|ammunition|shells|aid\s+(?:convoy|shipment))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:trained\s+(?:in|by|under)\b|been\s+trained|were\s+trained|unterstützt\w*\s+(?:[^\s,;.]+\s+){0,6}?mit\s+"
        r"(?:[^\s,;.]+\s+){0,2}?(?:Millionen|Milliarden|Mio|Mrd))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:refute|refutes|refuted|refuting|verwahrt\w*\s+sich|verwahrte\w*\s+sich|abgeschmettert|"
        r"schmettert\w*\s+(?:[^\s,;.]+\s+){0,6}?ab\b)",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.55,
    ),
    _rule(
        "ACCUSE",
        r"(?:label(?:l?ed|s|l?ing)?\s+(?:[^\s,;.]+\s+){1,5}?(?:a|an|as)\b)",
        excludes=r"(?:not|no|never)",
        confidence=0.5,
    ),
    # ---- sanctions: diplomats made to leave, energy cut off ----
    _rule(
        "SANCTION",
        r"(?:verlassen|leave)",
        requires=r"(?:Diplomat\w*|Botschaftsmitarbeiter\w*|Mitarbeiter\s+des\s+Konsulats|Konsulat\w*|diplomats|"
        r"embassy\s+staff|consulate)",
        excludes=r"(?:nicht|kein\w*|not|no|never|Saal|room|Sitzung|meeting)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:Gaslieferungen\s+(?:[^\s,;.]+\s+){0,4}?(?:eingestellt|gestoppt|gedrosselt|gekürzt)|"
        r"stoppte\w*\s+(?:[^\s,;.]+\s+){0,4}?(?:Gaslieferungen|Öllieferungen|Lieferungen)|"
        r"drosselte\w*\s+(?:[^\s,;.]+\s+){0,4}?(?:Gaslieferungen|Lieferungen|Durchfluss|Durchleitung)|"
        r"(?:cut|cuts|halted|stopped|suspended)\s+(?:[^\s,;.]+\s+){0,3}?(?:gas|oil)\s+(?:supplies|flows|deliveries|exports))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    # ---- (developing on blind105-116) designations and listings, ties cut, curbs extended, cooperation suspended,
    # payments held back, votes against, swaps, detentions, proceedings opened, joint work ----
    _rule(
        "SANCTION",
        r"(?:designated|designating|designates|blacklisted|listed)",
        requires=r"(?:Treasury|OFAC|State\s+Department|European\s+Union|EU|Council|sanction\w*|blacklist\w*)",
        excludes=r"(?:wrongfully|\bnot\b|\bnever\b|stock|exchange)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:cut\s+(?:\S+\s+){0,2}?ties|broke\s+off\s+(?:\S+\s+){0,2}?(?:relations|ties|contacts)|"
        r"(?:extended|prolonged|renewed)\s+(?:\S+\s+){0,3}?(?:restrictions|curbs|bans?|embargo)|"
        r"held\s+back\s+(?:\S+\s+){0,6}?(?:payments?|tranches?|funds|money|disbursements?))",
        excludes=r"(?:\bnot\b|\bnever\b|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:\w*zusammenarbeit|\w*kooperation|Budgethilfe|Entwicklungshilfe|budget\s+support|development\s+(?:aid|"
        r"assistance|cooperation)|security\s+cooperation|military\s+cooperation)",
        requires=r"(?:ausgesetzt|aussetzen|setzte\w*\s+(?:\S+\s+){0,8}?aus|gestoppt|stoppte\w*|eingestellt|"
        r"stellte\w*\s+(?:\S+\s+){0,8}?ein|auf\s+Eis|eingefroren|beendete\w*|suspended|suspends|halted|froze|"
        r"frozen|cut\s+off|ended)",
        excludes=r"(?:nicht|kein\w*|not|no|never|wieder\s+aufgenommen|resumed|resume)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:stimmte\w*\s+(?:[^\s.;]+\s+){0,10}?dagegen|votierte\w*\s+(?:[^\s.;]+\s+){0,10}?dagegen|"
        r"voted\s+(?:\S+\s+){0,2}?no\b)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:(?:was|were)\s+(?:\S+\s+){0,2}?(?:traded|swapped|exchanged)\s+for|"
        r"gegen\s+(?:[^\s.;]+\s+){1,6}?ausgetauscht|kam\w*\s+(?:[^\s,;.:]+\s+){0,8}?frei\b(?!\s+(?:noch|und|oder)))",
        excludes=r"(?:nicht|kein\w*|not|no|never)",
        confidence=0.5,
    ),
    _rule(
        "COERCE",
        r"(?:abgeführt|Gewahrsam\s+genommen|has\s+been\s+(?:held|detained|imprisoned|jailed)|"
        r"have\s+been\s+(?:held|detained|imprisoned|jailed)|had\s+been\s+(?:held|detained|imprisoned|jailed))",
        excludes=r"(?:nicht|kein\w*|not|never|talks|summit|meeting|conference|session|elections?|votes?|referendum|"
        r"games|ceremony|Treffen|Gespräch\w*)",
        confidence=0.5,
    ),
    _rule(
        "ACCUSE",
        r"(?:Verfahren\s+(?:[^\s.;]+\s+){0,3}?gegen|Strafverfahren\s+(?:[^\s.;]+\s+){0,3}?gegen|"
        r"Ermittlungsverfahren\s+(?:[^\s.;]+\s+){0,3}?gegen)",
        requires=r"(?:eingeleitet|leitete\w*|eröffnet|eröffnete\w*|angestrengt|strengte\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "COOPERATE",
        r"(?:working\s+(?:closely\s+)?with)",
        requires=r"(?:was|were|is|are|been|be)\s+(?:\S+\s+){0,1}?working",
        excludes=r"(?:\bnot\b|\bno\b|\bnever\b)",
        confidence=0.5,
    ),
    # ---- buying Russian oil and gas: "Indien kauft russisches Rohöl", "India's largest supplier of crude" ----
    _rule(
        "COOPERATE",
        r"(?:kauft\w*\s+(?:[^\s.;]+\s+){0,5}?russische[sn]?\s+\w*(?:öl|Öls|Gas|Kohle)|"
        r"Käufe\w*\s+(?:[^\s.;]+\s+){0,2}?russische[sn]?\s+\w*(?:Öls|Gases|Öl|Gas)|"
        r"Einfuhren\s+(?:[^\s.;]+\s+){0,2}?russische[sn]?\s+\w*(?:Öls|Gases|Öl|Gas)|"
        r"Öllieferant\w*|Gaslieferant\w*|"
        r"(?:buys|buying|bought|purchases|purchased|purchasing|imports|imported|importing)\s+(?:\S+\s+){0,5}?"
        r"Russian\s+(?:crude|oil|gas|LNG|coal|fuel)|"
        r"(?:largest|biggest|top|main)\s+(?:\S+\s+){0,2}?(?:supplier|source)\s+of\s+(?:crude|oil|gas))",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\s+longer|\bnever\b|Verbot\w*|\w*verbot|ban\b|bans|banned|banning|"
        r"Embargo\w*|embargo|Preisdeckel\w*|price\s+cap|Sanktion\w*|sanction\w*|stopp\w*|stop\w*|halt\w*|"
        r"ended|beende\w*|verzicht\w*|phase\s+out|auslaufen)",
        confidence=0.45,
    ),
    # ---- intelligence sharing paused, prison terms, crossings blocked and freed, imports halted, bans kept,
    # tariff-free access for Ukraine, measures considered, people told to act ----
    _rule(
        "SANCTION",
        r"(?:intelligence[\s-]sharing|Weitergabe\s+von\s+Geheimdienst\w*|Geheimdienstinformationen|"
        r"access\s+to\s+(?:\S+\s+){0,2}?(?:imagery|satellite\s+images|intelligence))",
        requires=r"(?:paus\w*|halt\w*|suspend\w*|stopp\w*|stopped|cut\s+off|froze|frozen|aus|ausgesetzt|aussetz\w*|"
        r"eingestellt|stellte\w*\s+(?:\S+\s+){0,8}?ein)",
        excludes=r"(?:resum\w*|restor\w*|wieder\w*|lifted|not|nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "COERCE",
        r"(?:Jahren\s+(?:\S+\s+){0,2}?(?:Straflager|Haft|Gefängnis|Lagerhaft|Freiheitsentzug|Strafkolonie)|"
        r"festgehaltene\w*)",
        excludes=r"(?:nicht|kein\w*)",
        confidence=0.5,
    ),
    _rule(
        "COERCE",
        r"(?:blockieren|blockierten|blocked|blocking|blockaded)",
        requires=r"(?:Übergang\w*|Grenzübergang\w*|Grenze|crossings?|border|checkpoints?|ports?|roads?|Straße\w*|"
        r"Hafen|Häfen)",
        excludes=r"(?:nicht|kein\w*|not|never|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:ended\s+(?:\S+\s+){0,2}?blockade|lifted\s+(?:\S+\s+){0,2}?blockade|beendete\w*\s+(?:\S+\s+){0,3}?"
        r"Blockade|Blockade\s+(?:\S+\s+){0,4}?(?:beendet|aufgehoben))",
        excludes=r"(?:nicht|kein\w*|not|never|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:(?:halted|suspended|stopped|banned|barred)\s+(?:\S+\s+){0,3}?imports)",
        excludes=r"(?:nicht|kein\w*|not|never|\bno\b|lift\w*)",
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:Einfuhrverbot\w*|Importverbot\w*|Einfuhrstopp\w*|ban|embargo)",
        requires=r"(?:beibehalten|beibehalte\w*|behalte\w*|bleib\w*\s+(?:\S+\s+){0,4}?(?:in\s+Kraft|bestehen)|"
        r"aufrechterhalt\w*|aufrechtzuerhalten|keep|kept|keeps|keeping|maintain\w*|retain\w*|"
        r"remain\w*\s+in\s+(?:place|force))",
        excludes=r"(?:not|nicht|kein\w*|lift\w*|aufheb\w*|aufgehoben)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:tariff-free|duty-free|zollfrei\w*|(?:suspending|suspended|suspend|waived|waive|lifted|lifting)\s+"
        r"(?:\S+\s+){0,3}?(?:tariffs|duties|quotas)|Zölle\s+(?:\S+\s+){0,6}?(?:ausgesetzt|abgeschafft|aufgehoben))",
        requires=r"(?:Ukrain\w*)",
        excludes=r"(?:nicht|kein\w*|not|never|\bno\b)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:considering\s+(?:\S+\s+){0,4}?(?:sanctions|tariffs|measures)|"
        r"hold\s+(?:\S+\s+){0,3}?accountable)",
        excludes=r"(?:\bnot\b|\bnever\b)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:told\s+(?:\S+\s+){1,5}?to\s+(?:stop|end|watch|withdraw|leave|release|halt|cease|respect|return|accept|"
        r"negotiate|back\s+off|stay\s+out))",
        confidence=0.5,
    ),
    # ---- payments released, services paid for, donors named ----
    _rule(
        "AID",
        r"(?:Zahlung\w*|Auszahlung\w*|Tranche\w*|Mittel|Gelder|funds|payments?|instal(?:l)?ments?|tranches?|"
        r"disbursements?)",
        requires=r"(?:freigegeben|freigab\w*|gab\w*\s+(?:\S+\s+){0,8}?frei|released?|releasing|disbursed|"
        r"ausgezahlt|überwiesen|transferred)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b|withheld|zurückgehalten|eingefroren|frozen|blocked)",
        confidence=0.45,
    ),
    _rule(
        "AID",
        r"(?:pay\s+for|paying\s+for|paid\s+for|pays\s+for|fund\s+(?:\S+\s+){0,2}?(?:service|terminals|deliveries)|"
        r"bezahlt\w*|finanziert\w*|Geldgeber\w*|largest\s+donor|biggest\s+donor|größte\w*\s+Geber\w*)",
        requires=r"(?:Ukrain\w*|Kyiv|Kiew)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b|\bnever\b|Russia\w*|Russland\w*|russisch\w*|Krieg\w*|war\b)",
        confidence=0.45,
    ),
    # ---- consulting with someone; restrictions on weapons loosened ----
    _rule(
        "CONSULT",
        r"(?:consult\w*\s+(?:closely\s+|further\s+)?with|konsultier\w*\s+(?:[^\s,;.]+\s+){0,2}?mit)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bno\b|\bwithout\b|\bohne\b)",
        confidence=0.5,
    ),
    _rule(
        "AGREE",
        r"(?:(?:loosened|eased|relaxed|lifted)\s+(?:\S+\s+){0,3}?restrictions\s+on\s+(?:\S+\s+){0,3}?(?:use|weapons|"
        r"missiles|strikes)|lockerte\w*\s+(?:[^\s,;.]+\s+){0,3}?Beschränkungen)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bno\b|\bkein\w*)",
        confidence=0.5,
    ),
    # ---- retaliation and nuclear use held out: "Russland könne Atomwaffen einsetzen", "would strike back" ----
    _rule(
        "THREATEN",
        r"(?:Atomwaffen\s+(?:[^\s,;.]+\s+){0,4}?(?:einsetzen|einzusetzen)|Kernwaffen\s+(?:[^\s,;.]+\s+){0,4}?"
        r"(?:einsetzen|einzusetzen)|use\s+(?:\S+\s+){0,2}?nuclear\s+weapons|strike\s+back|retaliate|"
        r"zurückschlagen|beantworten)",
        requires=r"(?:could|would|will|might|könne|könnte|könnten|werde|werden|würde|würden|wird|bereit|ready|"
        r"prepared|warn\w*|droh\w*)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bno\b|\bkein\w*|\bnever\b|Fragen|questions?)",
        confidence=0.5,
    ),
    # ---- refusals in what is said: "weder Munition noch Waffen liefern", "no change in policy", "not a subject of
    # discussion", "would not be reopened", "nicht akzeptiere" ----
    _rule(
        "REJECT",
        r"(?:weder\s+(?:[^\s,;.]+\s+){0,6}?noch\s+(?:[^\s,;.]+\s+){0,8}?(?:liefern|schicken|geben|bereitstellen|zahlen|"
        r"exportieren|verkaufen|entsenden)|neither\s+(?:\S+\s+){0,4}?nor(?=\s+(?:\S+\s+){0,4}?to\s+(?:Ukraine|Kyiv))|"
        r"nicht\s+akzeptier\w*|"
        r"change(?<=\bno\schange)\s+(?:\S+\s+){0,3}?(?:policy|position|stance)|"
        r"changed\s+(?:\S+\s+){0,3}?(?:policy|position|stance)|"
        # ("nicht verhandelbar", "not up for discussion", "nicht zur Debatte" are the rule on positions above)
        r"subject\s+of\s+(?:discussion|negotiations?)|negotiation(?<=up\sfor\snegotiation)|"
        r"debate(?<=up\sfor\sdebate)|Verhandlungsgegenstand|Disposition(?<=zur\sDisposition)|"
        r"abgeschlossen(?<=für\salle\sMal\sabgeschlossen)|reopened|aufgeschnürt|nachverhandelt|Nachverhandlung\w*|"
        r"renegotiat\w*)",
        requires=r"(?:weder|neither|nicht|not|never|no|kein\w*|nie|niemals|alle\s+Mal|n't)",
        excludes=r"(?:\bob\b|\bwhether\b|\bif\b|\bwenn\b|\bfalls\b)",
        confidence=0.5,
    ),
    # ---- answers announced, responses promised, action pledged against someone, warnings that any act would cost,
    # payments that could be held back if ... ----
    _rule(
        "THREATEN",
        r"(?:Antwort\w*|antworten|reagieren|Reaktion\w*|Vergeltungsschlag\w*|response|respond|retaliation)",
        requires=r"(?:angekündigt|kündigte\w*|ankündig\w*|versprach|versprochen|drohte\w*|gedroht|droht|"
        r"met\s+with|vowed|promised|pledged|threatened|will\s+(?:\S+\s+){0,2}?(?:respond|be\s+met)|"
        r"would\s+(?:\S+\s+){0,2}?respond)",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bno\b|\bnever\b|Frage\w*|questions?|Brief\w*|letter|Anfrage\w*|"
        r"request\w*|Gespräch\w*|talks|humanitär\w*|humanitarian|Pandemie|pandemic)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:act\s+against|vorgehen\s+gegen|vorzugehen)",
        requires=r"(?:pledged|vowed|promised|would|will|threatened|drohte\w*|kündigte\w*|angekündigt|werde|würden?|"
        r"wolle|wollen)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bnever\b|\bkein\w*|Korruption|corruption|Drogen|drugs|Terror\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:warned\s+(?:\S+\s+){0,2}?that\s+any|gewarnt,\s+jede\w*|warnte\w*,\s+jede\w*|warnte\w*\s+(?:\S+\s+){0,3}?"
        r"vor\s+jede\w*)",
        excludes=r"(?:delay\w*|Verzögerung\w*|cost\s+lives|Leben\s+kosten)",
        confidence=0.45,
    ),
    _rule(
        "THREATEN",
        r"(?:delayed|withheld|suspended|frozen|cut|verzögert|zurückgehalten|ausgesetzt|gekürzt|eingefroren)",
        requires=r"(?:could|would|might|may|könnte\w*|würde\w*)\s+(?:\S+\s+){0,3}?(?:be|werden)\b(?:\s+\S+){0,6}?"
        r"\s+(?:if|unless|wenn|falls|sofern)\b",
        confidence=0.45,
    ),
    # ---- support to go on and arrangements to be carried out, in what is said ----
    _rule(
        "AGREE",
        r"(?:fortgesetzt|fortsetzen|fortführen|fortgeführt|umgesetzt|umsetzen|implemented)",
        requires=r"(?:(?:Unterstützung|Hilfe\w*|Lieferungen|Absprachen|Vereinbarung\w*|Abkommen|agreements?|deals?|"
        r"accords?|arrangements?)\s+(?:\S+\s+){0,8}?(?:werde|werden|wird|würde|würden|will|would|sollen|soll))",
        excludes=r"(?:\bnicht\b|\bkein\w*|\bnot\b|\bnever\b|\bob\b|\bwhether\b|Angriff\w*|attacks?|Krieg\w*|war\b)",
        confidence=0.45,
    ),
    # ---- refusals as a negated commitment of the speaker's side: "Russland werde seine Staatsbürger nicht
    # ausliefern", "Russia would not extradite its citizens", "Bratislava would never support Ukraine's membership" ----
    _rule(
        "REJECT",
        r"(?:ausliefern|umsetzen|beteiligen|teilnehmen|zulassen|zustimmen|unterstützen|zahlen|akzeptieren|hinnehmen|beugen|nachgeben|abtreten|einberufen|einlenken|erfüllen|befolgen|ratifizieren|unterzeichnen|teilen|herausgeben|übergeben)",
        requires=r"(?:werde|werden|würde|würden|wolle|wollen|könne|können)\s+(?:[^\s,;.]+\s+){0,8}?"
        r"(?:nicht|nie|niemals)\s+(?:[^\s,;.]+\s+){0,4}?(?:ausliefern|umsetzen|beteiligen|teilnehmen|zulassen|zustimmen|unterstützen|zahlen|akzeptieren|hinnehmen|beugen|nachgeben|abtreten|einberufen|einlenken|erfüllen|befolgen|ratifizieren|unterzeichnen|teilen|herausgeben|übergeben)",
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule(
        "REJECT",
        r"(?:extradite|implement|support|accept|participate|attend|allow|pay|convene|join|sign|comply|bow|cede|take\s+part|ratify|back\s+down|hand\s+over|share)",
        requires=r"(?:(?:would|will|could),?\s+(?:[^\s;.]+\s+){0,2}?(?:not|never)|won't|wouldn't|refuses\s+to|"
        r"refused\s+to)\s+(?:[^\s,;.]+\s+){0,2}?(?:extradite|implement|support|accept|participate|attend|allow|pay|convene|join|sign|comply|bow|cede|take\s+part|ratify|back\s+down|hand\s+over|share)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- findings of courts, councils and investigators: "Das Gericht stellte fest, dass Russland ...", "the court
    # found that Moscow exercised effective control", "investigators concluded that the launcher came from Russia" ----
    _rule(
        "ACCUSE",
        r"(?:found\s+that|concluded\s+(?:\S+\s+){0,3}?that|ruled\s+that|stellte\w*\s+(?:[^\s,;.]+\s+){0,3}?fest\b|"
        r"festgestellt|festzustellen|kam\w*\s+(?:[^\s,;.]+\s+){0,4}?zu\s+dem\w*\s+(?:Schluss|Ergebnis))",
        requires=r"(?:Gericht\w*|court|Kammer|[Cc]hamber|Rat|Rats|[Cc]ouncil|[Tt]ribunal|judges|Richter\w*|Ermittler\w*|"
        r"investigators|JIT|inquiry|ICAO|IStGH|ICC|ICJ|IGH)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- attacks announced to go on: "Ukraine would keep targeting facilities", "die Drohnen würden weiter
    # fliegen", "kündigte weitere Angriffe an", "vowed further strikes" ----
    _rule(
        "THREATEN",
        r"(?:angreifen|attackieren|fliegen|beschießen|zuschlagen|strike|striking|targeting|target|attack|attacking|"
        r"hitting|hit)",
        requires=r"(?:werde|werden|würde|würden|wolle|wollen|would|will)\s+(?:[^\s,;.]+\s+){0,4}?(?:weiter|weiterhin|"
        r"continue\s+to|continue|keep|keeps)\s+(?:[^\s,;.]+\s+){0,4}?(?:angreifen|attackieren|fliegen|beschießen|"
        r"zuschlagen|strike|striking|targeting|target|attack|attacking|hitting|hit)",
        sentence_scope=True,
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:weitere\w*\s+(?:Angriffe|Schläge|Luftschläge|Drohnenangriffe|Vergeltungsschläge)|"
        r"(?:more|further)\s+(?:strikes|attacks))",
        requires=r"(?:kündigt\w*|angekündigt|androh\w*|drohte\w*|droht|announced|vowed|promised|threatened|warned)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- borders, crossings and airspace closed, entry refused: "die Kontrollpunkte vorübergehend zu schließen",
    # "ist die Grenzbrücke gesperrt", "kept their airspace closed to Belarusian aircraft", "verweigern russischen
    # Touristen die Einreise" ----
    _rule(
        "SANCTION",
        r"(?:schließen|geschlossen|schloss\w*|schließt|gesperrt|sperrt\w*|sperren|abgeriegelt|abgewiesen|closed|"
        r"closing|shut|blocked|turned\s+away)",
        requires=r"(?:\w*[Gg]renz\w*|\w*übergang\w*|\w*übergänge\w*|Kontrollpunkt\w*|checkpoints?|crossings?|"
        r"border|borders|airspace|Luftraum\w*)",
        excludes=r"(?:wieder|reopen\w*|nicht|not|kein\w*)",
        sentence_scope=True,
        sentence_excludes=True,
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:Einreise|entry)",
        requires=r"(?:verweiger\w*|verwehr\w*|untersag\w*|denied|deny|denies|denying|refus\w*|barred|banned)",
        excludes=r"(?:nicht|not|kein\w*|no)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- energy from the other side cut off: "bezieht keinen Strom mehr aus Russland", "den Bezug von russischem Gas
    # beendet", "stop importing Russian gas", "ihre Stromnetze vom russischen Verbundsystem getrennt" ----
    _rule(
        "SANCTION",
        r"(?:getrennt|abgekoppelt|abkoppeln|abgeschaltet|schaltete\w*|disconnect\w*|decoupl\w*|cut\s+off|"
        r"stop\w*\s+(?:importing|buying|imports|purchases)|halt\w*\s+(?:imports|purchases)|beendet|beenden|"
        r"kein\w*\s+(?:russisch\w*\s+|belarussisch\w*\s+)?(?:Strom|Gas|Öl|Kohle|Energie)\s+mehr)",
        requires=r"(?:russisch\w*|belarussisch\w*|Russland|Belarus|Russian|Russia|Belarusian|Kaliningrad)\W+"
        r"(?:[^\s,;.]+\s+){0,4}?(?:Strom\w*|Gas\w*|Öl\w*|Kohle|Energie\w*|Netz\w*|Verbundsystem|Leitung\w*|power|"
        r"electricity|gas|oil|coal|energy|grid|BRELL)|(?:Strom\w*|Gas\w*|Öl\w*|Kohle|Energie\w*|Netz\w*|"
        r"Verbundsystem|Leitung\w*|power|electricity|gas|oil|coal|energy|grid)\W+(?:[^\s,;.]+\s+){0,4}?"
        r"(?:russisch\w*|belarussisch\w*|Russland|Belarus|Russian|Russia|Kaliningrad|BRELL)",
        excludes=r"(?:nicht|not|never)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- a state's citizens, compatriots or interests to be protected: "Russland werde seine Bürger überall schützen",
    # "werde die Interessen der Bevölkerung zu schützen wissen", "would protect its compatriots" ----
    _rule(
        "THREATEN",
        r"(?:schützen|protect|verteidigen|defend)",
        requires=r"(?:werde|werden|würde|würden|would|will)\W+(?:[^\s;.]+\s+){0,8}?(?:Bürger|Landsleute|Interessen|"
        r"Staatsbürger|citizens|compatriots|interests|Bevölkerung|population|Investitionen)\w*\W+"
        r"(?:[^\s;.]+\s+){0,6}?(?:zu\s+)?(?:schützen|protect|verteidigen|defend)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- troops withdrawn or posts handed over: "begonnen, seine Friedenssoldaten aus Karabach abzuziehen", "Russian
    # border guards began handing over their posts" ----
    _rule(
        "RETREAT",
        r"(?:abzuziehen|zurückzuziehen|handing\s+over|handed\s+over|left)",
        requires=r"(?:Truppen|Soldaten|Friedenssoldaten|Grenzer|Grenzschützer|Einheiten|Streitkräfte|troops|soldiers|"
        r"peacekeepers|guards|units|forces)\s+(?:[^\s,;.]+\s+){0,6}?(?:abzuziehen|zurückzuziehen|"
        r"(?:began\s+)?(?:handing|handed)\s+over\s+(?:\S+\s+){0,2}?(?:posts|positions|control|checkpoints?)|"
        r"(?:also\s+)?left\s+(?:\S+\s+){0,2}?(?:posts|positions|control|checkpoints?|bases?))",
        excludes=r"(?:nicht|not|never|kein\w*)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- deliveries denied: "Serbien liefere weder an die Ukraine noch an Russland", "Die Schweiz liefere keine
    # Waffen an die Kriegsparteien", "had not sold a single bullet to Ukraine or Russia" ----
    _rule(
        "REJECT",
        r"(?:liefere|liefert|liefern|lieferte|verkaufe|verkauft|supplies|supply|sold|sells|deliver\w*)",
        requires=r"(?:(?:liefere|liefert|liefern|lieferte|verkaufe|verkauft)\s+(?:[^\s,;.]+\s+){0,2}?(?:weder|keine\w*)|"
        r"(?:not|never)\s+(?:\S+\s+){0,2}?(?:supplies|supply|sold|sells|deliver\w*)\s+(?:a\s+single|any|arms|"
        r"weapons|ammunition))",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- leaving a treaty, convention or organisation: "den Austritt aus dem Ottawa-Übereinkommen gebilligt",
    # "recommended that their countries withdraw from the Ottawa Convention", "aus dem Vertrag auszutreten" ----
    _rule(
        "REJECT",
        r"(?:Austritt\w*|austreten|auszutreten|ausgetreten|tritt\w*\s+(?:[^\s,;.]+\s+){0,6}?aus\b|withdraw\w*|"
        r"pull\w*\s+out|exit\w*|instrument\s+of\s+withdrawal)",
        requires=r"(?:\w*[Üü]bereinkommen\w*|\w*[Aa]bkommen\w*|\w*[Vv]ertrag\w*|\w*[Kk]onvention\w*|Organisation\w*|"
        r"Statut\w*|Convention|convention|[Tt]reaty|[Aa]greement|[Oo]rgani[sz]ation|Statute|OVKS|CSTO|Ottawa)",
        excludes=r"(?:nicht|not|never|kein\w*|troops|Truppen|forces|Soldaten|soldiers)",
        sentence_scope=True,
        sentence_excludes=True,
        confidence=0.5,
    ),
    # ---- a step to be answered in military planning: "Moskau werde das bei seinen eigenen Planungen berücksichtigen",
    # "Russia would factor it into the planning of its new military district" ----
    _rule(
        "THREATEN",
        r"(?:berücksichtigen|factor|take\s+(?:\S+\s+){0,2}?into\s+account)",
        requires=r"(?:Planung\w*|planning|militärisch\w*\s+Maßnahmen|military\s+measures)",
        excludes=r"(?:nicht|not|never)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- a claim or report called false: "nannte Hershs Darstellung „völlig falsch“", "called the report false and
    # fabricated", "bezeichnete die Vorwürfe als frei erfunden" ----
    _rule(
        "REJECT",
        r"(?:falsch|unwahr|erfunden|false|untrue|fabricated|fake|nonsense|Unsinn|Lüge|Lügen|lies)",
        requires=r"(?:Darstellung\w*|Bericht\w*|Vorwürfe|Vorwurf|Behauptung\w*|Angaben|reports?|claims?|allegations?|"
        r"account|story|assertions?)\W+(?:[^\s;.]+\s+){0,4}?(?:völlig|absolut|komplett|frei|completely|totally|utterly|"
        r"as)?\W*(?:falsch|unwahr|erfunden|false|untrue|fabricated|fake|nonsense|Unsinn|Lüge|Lügen|lies)",
        excludes=r"(?:nicht|not)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- a matter taken to the UN: "would raise the issue again at the Security Council", "das Thema erneut vor den
    # Sicherheitsrat zu bringen" ----
    _rule(
        "REQUEST",
        r"(?:raise|raised|raising|bring|brought|bringing|take|took|taking|bringen|bringt|brachte\w*|gebracht)",
        requires=r"(?:raise|raised|raising|bring|brought|bringing|take|took|taking)\s+(?:\S+\s+){0,5}?(?:at|to|before)\s+"
        r"(?:the\s+)?(?:U\.?N\.?\s+|UN-)?(?:Security\s+Council|General\s+Assembly)|(?:vor\s+den|in\s+den|vor\s+die|"
        r"in\s+die)\s+(?:UN-|Uno-)?(?:Sicherheitsrat|Vollversammlung|Generalversammlung)\s+(?:zu\s+)?(?:bringen|bringt|"
        r"brachte\w*|gebracht)",
        sentence_scope=True,
        confidence=0.5,
    ),
    # ---- nominal calls, threats and pledges of weapons ----
    _rule(
        "REQUEST",
        r"(?:call\s+for\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:ceasefire|truce|talks|negotiations|peace|end|halt|withdrawal|"
        r"release|return|sanctions|restraint|de-escalation|dialogue))",
        confidence=0.55,
    ),
    _rule("THREATEN", r"(?:(?:nuclear|veiled|repeated|new|fresh|latest)\s+threats?)", confidence=0.55),
    _rule(
        "AID",
        r"(?:Zusage\w*\s+(?:von|über)\s+(?:[^\s.;]+\s+){0,4}?(?:[\w-]*[Ss]ystem\w*|[\w-]*[Pp]anzer\w*|[\w-]*[Rr]aketen\w*|"
        r"Milliarden|Millionen|[\w-]*[Ww]affen\w*|[\w-]*[Jj]ets?|[\w-]*[Mm]unition\w*)|pledge\s+of\s+(?:\S+\s+){0,4}?"
        r"(?:systems?|tanks?|missiles?|jets?|billion|million|weapons|ammunition|shells))",
        confidence=0.55,
    ),
    # ---- terms of a deal, dragging out the war, wishes that others act, conditional tariffs, answers promised,
    # phasing out Russian energy, what a package holds, contributions, children returned, a flank strengthened ----
    _rule(
        "AGREE",
        r"(?:Under\s+the\s+(?:\S+\s+)?(?:deal|agreement|accord|arrangement|memorandum)\s*,\s+(?:both|the|each|all|"
        r"Russia|Ukraine|Kyiv|Moscow|Washington)|(?:Nach|Laut|Gemäß)\s+(?:der|dem)\s+(?:\S+\s+)?(?:Vereinbarung|Abkommen|"
        r"Einigung|Absprache)\s+(?:sollen|soll|müssen|muss|dürfen|darf|werden|wird|verpflichten|verpflichtet)|"
        r"(?:Der|der)\s+(?:\S+\s+)?(?:Vereinbarung|Einigung|Absprache)\s+zufolge|(?:Dem|dem)\s+(?:\S+\s+)?Abkommen\s+zufolge)",
        confidence=0.55,
    ),
    _rule(
        "ACCUSE",
        r"(?:die\s+Länge\s+(?:ziehen|ziehe|zieht|gezogen|zu\s+ziehen)|(?:ziehe|zieht|ziehen|zog)\s+"
        r"(?:[^\s.;]+\s+){1,5}?in\s+die\s+Länge|(?:verschleppe|verschleppt|verschleppte|verschleppen)\s+"
        r"(?:[^\s.;]+\s+){0,3}?(?:Gespräche|Verhandlungen|Friedensprozess|Krieg|Lösung|Einigung)|Verschleppungstaktik|"
        r"hinauszögern|hinauszuzögern|zögere\w*\s+"
        r"(?:[^\s.;]+\s+){1,5}?hinaus)",
        excludes=r"(?:\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "REQUEST",
        r"(?:(?:wants?|wanted)\s+(?:\S+\s+){1,5}?to\s+(?:meet|talk|negotiate|agree|accept|stop|end|sign|withdraw|"
        r"pull|halt|cease|return|join)\b|(?:will|wolle|wollte|möchte|möchten|wünscht|wünsche|wünschte)\w*\W{0,2}\s*"
        r"(?:sich\s+)?,?\s*dass\b)",
        excludes=r"(?:\bnot\b|\bnicht\b|\bkein\w*)",
        confidence=0.5,
    ),
    _rule(
        "THREATEN",
        r"(?:(?:would|will|could)\s+(?:impose|slap|introduce|levy|hit\s+\S+\s+with)\s+(?:\S+\s+){0,8}?"
        r"(?:tariffs|sanctions|duties)\s+(?:\S+\s+){0,4}?(?:if|unless)\b|(?:für\s+den\s+Fall|Falle?\s+(?:eines|einer|dass))\b"
        r"[^.;]{0,140}?\b(?:Zölle|Strafzölle|Sanktionen)\b|(?:would|will)\s+(?:not\s+go\s+unanswered|be\s+answered)|"
        r"nicht\s+unbeantwortet|beantwortet\s+werden)",
        confidence=0.5,
    ),
    _rule(
        "SANCTION",
        r"(?:phas\w*\s+out\s+(?:\S+\s+){0,3}?Russian|aus\s+(?:[^\s.;]+\s+){0,3}?russischen\s+\S+\s+"
        r"(?:aussteigen|auszusteigen)|Ausstieg\s+aus\s+(?:\S+\s+){0,2}?russische\w*)",
        confidence=0.55,
    ),
    _rule(
        "AID",
        r"(?:(?:package|Paket)\w*\s+(?:\S+\s+){0,3}?(?:includes|included|umfasst|umfasste|enthält|enthielt)|"
        r"contribut\w*\s+(?:\S+\s+){0,3}?(?:[$€£]\s?[\d.,]+|\S+\s+(?:million|billion))|"
        r"beteilig\w*\s+sich\s+(?:[^\s.;]+\s+){0,2}?mit\s+(?:[^\s.;]+\s+){0,2}?(?:Millionen|Milliarden))",
        confidence=0.5,
    ),
    _rule(
        "CONCEDE",
        r"(?:kehrt\w*\s+(?:[^\s.;]+\s+){0,3}?(?:Kinder|Gefangene\w*|Zivilist\w*|Kriegsgefangene\w*)\s+"
        r"(?:[^\s.;]+\s+){0,8}?zurück)",
        confidence=0.55,
    ),
    _rule(
        "MOBILIZE",
        r"(?:Stärkung\s+der\s+(?:\S+\s+)?(?:Ostflanke|Abschreckung|Luftverteidigung|Flugabwehr)|"
        r"(?:Ostflanke|Abschreckung)\s+(?:[^\s.;]+\s+){0,2}?(?:zu\s+)?stärken)",
        confidence=0.5,
    ),
    _rule(
        "AID",
        r"(?:(?:approved|approves|cleared|authori[sz]ed)\s+(?:\S+\s+){0,3}?(?:sale|sales|transfer|delivery|deliveries|"
        r"export|exports)\s+of|(?:genehmigte\w*|genehmigt|billigte\w*)\s+(?:[^\s.;]+\s+){0,4}?(?:den\s+)?"
        r"(?:Verkauf|Export|Lieferung|Ausfuhr)\w*)",
        confidence=0.55,
    ),
)

# Where to try each rule: the first three letters of a word start -> (prefix, rule index) for plain patterns;
# (prefix, rule index) pairs searched anywhere for compound patterns; rules that must scan the whole text.
RULE_HEADS: dict[str, list[tuple[str, int]]] = {}
COMPOUND_PREFIXES: list[tuple[str, int]] = []
FULL_SCAN_RULES: list[int] = []
for _index, _rule_ in enumerate(TRIGGER_RULES):
    if _rule_.prefixes is None or _rule_.compound_prefixes is None:
        FULL_SCAN_RULES.append(_index)
        continue
    for _prefix in _rule_.prefixes:
        RULE_HEADS.setdefault(_prefix[:3], []).append((_prefix, _index))
    COMPOUND_PREFIXES.extend((_prefix, _index) for _prefix in _rule_.compound_prefixes)



def _head_pattern(heads: Iterable[str]) -> str:
    """Alternation of the three-letter ``heads`` grouped by their first two letters (no retrying every head)."""
    tree: dict[str, dict[str, list[str]]] = {}
    for head in sorted(heads):
        if len(head) != 3 or not head[0].isalnum():
            raise ValueError(f"trigger prefixes need at least three letters, starting with a word character: {head!r}")
        tree.setdefault(head[0], {}).setdefault(head[1], []).append(re.escape(head[2]))
    return "|".join(
        re.escape(a) + "(?:" + "|".join(re.escape(b) + "[" + "".join(cs) + "]" for b, cs in sub.items()) + ")"
        for a, sub in tree.items()
    )


# Word starts where some rule's three-letter head occurs (every head is three word characters).
HEADS_RE = re.compile(r"\b(?=" + _head_pattern(RULE_HEADS) + ")")

# Nouns that look like triggers but are background ("Angriffskrieg" = the war as such).
TRIGGER_STOPWORDS = frozenset(
    w.lower()
    for w in (
        "Angriffskrieg",
        "Angriffskriegs",
        "Angriffskrieges",
        "Gesprächsbereitschaft",
        "Gesprächspartner",
        "Verhandlungsposition",
        "Verhandlungsführer",
        "Verhandlungstisch",
        "Verhandlungslösung",
        "Gipfelstürmer",
        "Besucher",
        "Angriffswaffen",
        "Gegenangriff",
        "Pressekonferenz",
        "Pressekonferenzen",
        "Medienkonferenz",
        "Besuchsprogramm",
        "Sitzungssaal",
    )
)

# Cues that a trigger in the same sentence is wished for, needed or hypothetical rather than reported.
IRREALIS_RE = _folded(
    r"\b(?:Hoffnung|hofft\w*|hoffe|Notwendigkeit|notwendig\w*|Wunsch|wünscht\w*|"
    r"hope[sd]?|hoping|need(?:s|ed)?|necessity|wish(?:es|ed)?|want(?:s|ed)?|would\s+like)\b",
)
# "... direkten Gesprächen weiterhin ausweiche", "talks he keeps avoiding": the event is avoided, not held.
AVOIDED_AFTER_RE = _folded(r"^[^,.;]{0,30}?\b(?:ausweich\w*|aus\s+dem\s+weg|avoid\w*|shun\w*|verweiger\w*)\b")
DEFINITE_BEFORE_RE = _folded(
    r"\b(?:die|der|den|dem|des|zur|zum|beim|vom|am|diese[nmrs]?|solche[nmrs]?|the|these|those|this|that|such)\s+"
    r"(?:[\w-]+\s+){0,2}$",
)
# A re-mentioned event with news of its own (where, whether, when it goes on) is proposed again.
NEWS_ABOUT_RE = compile_filtered(
    r"\b(?:stattfinden|stattfand|fortgesetzt|fortsetzen|abgesagt|verschoben|take\s+place|took\s+place|resume[sd]?|"
    r"continue[sd]?|cancell?ed|postponed|called\s+off)\b",
    re.IGNORECASE,
)
# "im Anschluss", "danach": the event follows the previous one, same day.
FOLLOW_UP_RE = compile_filtered(
    r"\b(?:im\s+Anschluss|anschließend|danach|daraufhin|am\s+selben\s+Tag|am\s+gleichen\s+Tag|kurz\s+darauf|"
    r"afterwards|after\s+(?:the|that)\s+(?:call|meeting|talks)|later\s+that\s+day|the\s+same\s+day|then|"
    r"earlier\s+(?:in\s+the|that|the\s+same)\s+day|früher\s+am\s+Tag)\b",
    _F,
)
# "bei dem Treffen in Kiew", "during the call": the sentence happens inside a meeting or call reported before.
DURING_MEETING_RE = compile_filtered(
    r"\b(?:bei\s+(?:dem|diesem|jenem)\s+(?:Treffen|Telefonat|Gespräch|Besuch)|beim\s+(?:Treffen|Telefonat|Gespräch|"
    r"Besuch)|bei\s+den\s+Gesprächen|in\s+dem\s+(?:Telefonat|Gespräch)|im\s+Telefonat|während\s+(?:des|der|dieses)\s+"
    r"(?:Treffens|Telefonats|Gesprächs|Gespräche|Besuchs)|(?:at|during|in)\s+(?:the|that|this)\s+(?:meeting|call|"
    r"talks|visit|conversation|phone\s+call)|nach\s+(?:dem|diesem)\s+(?:Treffen|Telefonat|Gespräch|Gipfel)|"
    r"nach\s+(?:seinem|ihrem)\s+Treffen|after\s+(?:their|his|her)\s+(?:meeting|call|talks)|after\s+meeting|"
    r"(?:at|on)\s+the\s+sidelines|am\s+Rande\s+(?:des|der)|in\s+(?:seiner|ihrer)\s+(?:Rede|Ansprache)|"
    r"in\s+(?:his|her)\s+(?:speech|address))\b",
    _F,
)
# The sentence refers back to what the previous one reported ("Moskau lehnte dies ab", "hatte damals klargemacht",
# "Lawrow hatte dabei ...", "rejected it at the time"): its event takes the previous sentence's time.
BACK_REFERENCE_RE = compile_filtered(
    r"\b(?:dies|dabei|damals|daraufhin|at\s+the\s+time|in\s+response|in\s+reply)\b",
    _F,
)
# The sentence continues the previous one's scene: "Dabei", "Bei dem Treffen", "During the call".
CONTINUATION_RE = re.compile(
    r"^\s*(?:Dabei|Dort|Bei\s+(?:dem|diesem)\s+\w+|Während\s+(?:des|dieses)\s+\w+|Im\s+Rahmen\s+des\s+\w+|"
    r"There|During\s+the\s+\w+|At\s+the\s+\w+|In\s+the\s+call)\b",
    _F,
)

# A third-person singular subject pronoun: the last person named does this.
# "Er", "she", and descriptions that stand for the person named before: "Der SPD-Politiker", "the Republican",
# "der 72-Jährige".
PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:Er|er|He|he|She|she)\b|\b(?:Der|der|Die|die|The|the)\s+(?:\d+-[Jj]ährige|\d+-year-old|"
    r"[A-ZÄÖÜ][\w]*-Politiker(?:in)?|[A-ZÄÖÜ][\w]*-Chef(?:in)?|Republikaner(?:in)?|Demokrat(?:in)?|Sozialdemokrat(?:in)?|"
    r"Christdemokrat(?:in)?|Amtsinhaber(?:in)?|Republican|Democrat|incumbent|former\s+(?:comedian|actor|"
    r"president|chancellor)|Ex-[A-ZÄÖÜ]\w+)\b"
)
# The warring parties as a group: "Beide Kriegsparteien werfen sich vor", "both warring sides".
WAR_PARTIES_RE = re.compile(
    r"\b(?:\w*Kriegsparteien|\w*Konfliktparteien|beide[n]?\s+Seiten|warring\s+(?:sides|parties)|both\s+sides)\b",
    re.I,
)
# "urged both sides", "unzufrieden mit beiden Kriegsparteien": the sides of the war as the ones addressed, not the
# parties of the event reported before.
ADDRESSED_SIDES_RE = re.compile(
    r"\b(?:an|mit|von|gegen|with|on|to|from|of|urged|warned|forderte|mahnte|ermahnte|rief)\s+"
    r"(?:both\s+(?:sides|parties)|either\s+side|the\s+(?:two\s+)?warring\s+(?:sides|parties)|"
    r"beide[n]?\s+(?:Seiten|Kriegsparteien|Konfliktparteien)|die\s+(?:Kriegs|Konflikt)parteien)\b",
    re.I,
)
# Negotiations between the sides of a war, whoever hosts or mediates them: "the three delegations", "talks mediated
# by the United States", "die vierte Runde der Delegationsgespräche", "Dreiergespräche", "direkte Gespräche".
PEACE_TALKS_RE = re.compile(
    r"\b(?:\w*[Dd]elegation\w*|trilateral\w*|three-way|Dreiergespräch\w*|dreiseitig\w*|direct\s+talks|"
    r"direkte\w*\s+(?:Gespräch|Verhandlung)\w*|mediat\w*|vermittelt\w*|brokered|Friedensgespräch\w*|"
    r"Friedensverhandlung\w*|peace\s+talks|Verhandlungsrunde\w*|Gesprächsrunde\w*|round\s+of\s+talks)\b",
)
# What a refusal answers, named again: "dismissed the offer", "wies die Vorwürfe zurück", "der Vorstoß".
REJECTED_THING_RE = re.compile(
    r"\b(?i:the|this|that|these|those|den|die|das|diesen|diese|dieses|dem|der)\s+(?:\w+\s+)?"
    r"(?i:offer|proposal|proposals|idea|plan|plans|allegations?|accusations?|claims?|demands?|initiative|ultimatum|"
    r"conditions|Angebot|Vorschlag|Vorschläge|Vorschlägen|Idee|Plan|Pläne|Vorwürfe|Vorwurf|Vorwürfen|Forderung|"
    r"Forderungen|Vorstoß|Vorstoss|Initiative|Ultimatum|Bedingungen|Behauptung|Behauptungen|Darstellung|Anschuldigung\w*)\b"
)
# Two people referred to together: "The two leaders held a video call", "die beiden Präsidenten telefonierten".
TWO_PEOPLE_RE = re.compile(
    r"\b(?i:the\s+two\s+(?:leaders|presidents|men|ministers|heads\s+of\s+state)|both\s+(?:leaders|presidents|men)|"
    r"die\s+beiden\s+(?:Präsidenten|Staatschefs|Politiker|Männer|Minister|Außenminister|Regierungschefs)|"
    r"beide\s+(?:Präsidenten|Staatschefs|Politiker|Männer))\b|"
    # "die beiden" / "the two" standing alone: "hatten die beiden vor allem ... gesprochen", "the two had agreed"
    r"\b(?:die|Die)\s+beiden(?=\s+[a-zäöüß])|\b(?:the|The)\s+two(?=\s+(?:had|have|has|met|spoke|agreed|discussed|held|"
    r"were|will|would|also|later)\b)",
)
# Collective references to the parties of the last event: "beide Seiten", "die Unterhändler", "the two sides".
COLLECTIVE_RE = compile_filtered(
    r"\b(?:beide[n]?\s+Seiten|die\s+Unterhändler|beide[rn]?\s+Delegationen|die\s+Delegationen|die\s+Parteien|"
    r"(?:die|der)\s+beiden\s+(?:Präsidenten|Seiten|Staatschefs|Länder|Delegationen)|der\s+beiden|der\s+Delegationen|[Mm]an\s+(?:habe|hat|hatte|sei|werde|wolle)|"
    r"both\s+sides|each\s+side|jede\s+Seite|the\s+two\s+(?:sides|leaders|presidents|countries|delegations)|"
    r"the\s+negotiators|"
    r"the\s+delegations|the\s+parties|(?:die|seine|ihre)\s+(?:\w+\s+)?Gäste|(?:the|his|her)\s+(?:\w+\s+)?guests)\b",
    re.IGNORECASE,
)
# "die Gespräche ... fortgesetzt", "the talks will resume": the talks already reported, with their parties.
CONTINUED_TALKS_RE = compile_filtered(
    r"\b(?:(?:die|diese|the|these)\s+(?:\w+\s+)?(?:Gespräche|Verhandlungen|talks|negotiations)|"
    r"(?:das|dieses)\s+(?:\w+\s+)?(?:Gespräch|Telefonat)|(?:the|this)\s+(?:\w+\s+)?(?:call|conversation)|"
    r"(?:eine|die|the|a)\s+(?:nächste|weitere|dritte|zweite|vierte|neue|next|further|third|second|new)\s+"
    r"(?:Runde|Gesprächsrunde|Verhandlungsrunde|round)|weitere\s+Gespräche|further\s+talks)\b",
    re.IGNORECASE,
)
# Capitals and seats of government stand for their governments ("Moskau lehnte ab", "the White House said"), but after
# a place preposition they are only where something happens ("talks in Riyadh", "im Weißen Haus", "is due to leave
# Kyiv"): not participants.
# Not Brüssel/Brussels: the seat stands for the EU or NATO even "in Brüssel".
CAPITAL_ALIASES = frozenset(
    (
        "Moskau", "Moscow", "Kiew", "Kyiv", "Kiev", "Washington", "Berlin", "Paris", "London", "Peking", "Beijing",
        "Ankara", "Warschau", "Warsaw", "Minsk", "Riad", "Riyadh", "Doha", "Budapest", "Rom", "Rome", "Helsinki",
        "Bern", "Teheran", "Tehran", "Pjöngjang", "Pyongyang", "Neu-Delhi", "Tokio", "Tokyo", "Kopenhagen",
        "Copenhagen", "Oslo", "Stockholm", "Bratislava", "Madrid", "Brasília", "Wien", "Vienna", "Vilnius", "Riga",
        "Bukarest", "Ottawa", "White House", "Weißen Haus", "Kremlin", "Kreml", "Élysée", "Elysée", "Downing Street",
        # cities that stand for their state as actors ("thanked Baltimore"; Ukraine's cities, where attacks strike,
        # are not here: "Raketen schlugen in Charkiw ein" is an attack on Ukraine)
        "München", "Munich", "Nürnberg", "Nuremberg", "Düsseldorf", "Köln", "Cologne", "Stuttgart", "Dresden",
        "Leipzig", "Hannover", "Hamburg", "Bremen", "Belgorod", "Brjansk", "Bryansk", "Sankt Petersburg",
        "St. Petersburg", "Kaliningrad", "Rostow", "Rostov", "Wladiwostok", "Vladivostok", "Baltimore", "Cincinnati",
        "Chicago", "Kalifornien", "California", "Texas", "Florida", "Krakau", "Kraków", "Krakow", "Danzig",
        "Gdańsk", "Gdansk", "Breslau", "Wrocław", "Rzeszów", "Rzeszow",
    )
)
PLACE_BEFORE_RE = compile_filtered(
    r"\b(?:in|im|bei|near|outside|at|leave|leaves|left|leaving|verließ|verlassen)\s+(?:the\s+|dem\s+)?$", re.I
)
# ... but "die Regierung in Kiew", "das Außenministerium in Warschau", "the authorities in Moscow" name the government.
GOVERNMENT_IN_RE = compile_filtered(
    r"\b(?:Regierung|Staatsführung|Führung|\w*ministeriums?|Behörden|Machthaber\w*|Präsidialamt|Präsidialverwaltung|"
    r"Verantwortlichen|Staatsspitze|government|leadership|authorities|officials|ministry|administration|regime|"
    r"Regime)\s+in\s+$",
    re.I,
)
# ... except the destination of a visit or arrival, which names the host ("zu einem Besuch in Moskau eingetroffen").
VISIT_NEAR_RE = re.compile(
    r"\b(?:\w*[Bb]esuch\w*|visit\w*|trip|arriv\w*|eingetroffen|eintreffen|reist\w*|reiste\w*|Reise|travel\w*|flew|"
    r"flies|flog|expected|erwartet)\b",
    re.I,
)
# A clause opened by a relative pronoun: ", who ...", ", which ..."; German ", die vom Strafgerichtshof ..." (a pronoun
# before a lower-case word, unlike an article before a noun: ", die Ukraine werde ..."). Case-sensitive.
RELATIVE_START_RE = re.compile(
    r"\s*(?:(?:who|whom|whose|which)\b|(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s+[a-zäöüß])"
)
# "Washington/Moskau (dpa) –", "RIYADH, Saudi Arabia (Reuters) —": a dateline opening the lead sentence.
DATELINE_RE = re.compile(
    r"^(?:[^()\n]{2,80}\((?:dpa|Reuters|AFP|AP|epd|KNA|Interfax|TASS|Ukrinform|AFP/dpa|"
    # any news agency: "(Yonhap) --", "(Xinhua) -", "(ANSA/dpa) –"
    r"[A-Z][A-Za-z]{2,15}(?:/[A-Za-z]{2,15})?)\)\s*[–—-]{1,2}\s*"
    # a regional paper's "München/Rosenheim. ", "Erlangen. " (not "Dr. ", "Prof. ")
    r"|(?!(?:Prof|Sen|Rep|Gov|Gen|Mrs|Col)\.)[A-ZÄÖÜ][\w-]{2,}(?:/[A-ZÄÖÜ][\w-]{2,})*\.[^\S\n]+(?=[A-ZÄÖÜ„\"])"
    # "PARIS — ", "KYIV, Ukraine — "
    r"|[A-Z][A-Z-]{2,}(?:[^\S\n][A-Z][A-Z-]+)?(?:,[^\S\n][A-Z][\w.]+(?:[^\S\n][A-Z][\w.]+)?)?[^\S\n]+[–—-]{1,2}[^\S\n])"
)

# ---------------------------------------------------------------------------------------------------------------
# Occurrence (tense / modality)
# ---------------------------------------------------------------------------------------------------------------
PLANNED_RE = _folded(
    # German "plant" (plans), not the English "power plant", "the plant's reactors"
    r"\b(?:soll|sollen|sollte|sollten|wird|werden|will|wollen|wollte|"
    r"(?<!power\s)(?<!nuclear\s)(?<!the\s)(?<!a\s)(?<!gas\s)(?<!coal\s)(?<!steel\s)(?<!energy\s)plant(?!'s)|"
    r"planen|plante|planten|geplant\w*|"
    r"vorgesehen|bevorstehend\w*|anstehend\w*|kommende[nmrs]?|demnächst|beabsichtig\w*|angestrebt\w*|anstreben|"
    r"stattfinden|hat\s+(?:\S+\s+){0,6}?vor|haben\s+(?:\S+\s+){0,6}?vor|vorhaben|"
    r"is\s+to|are\s+to|plans?|planned|planning|scheduled|will|shall|going\s+to|expected\s+to|set\s+to|upcoming|"
    r"intends?|intended|due\s+to|(?:is|are)\s+due|would\s+(?:meet|hold|travel|visit))\b",
)
CANCELLED_RE = _folded(
    r"\b(?:abgesagt|absagen|absagte\w*|gestrichen|sagte\w*\s+(?:\S+\s+){0,6}?ab|storniert|verschoben|auf\s+Eis\s+gelegt|fällt\s+aus|"
    r"findet\s+nicht\s+statt|nicht\s+stattfinden|cancell?ed|call(?:ed)?\s+off|scrapped|postponed|shelved|"
    r"will\s+not\s+take\s+place|won't\s+take\s+place)\b",
)
UNCERTAIN_RE = _folded(
    r"\b(?:könnte|könnten|möglicherweise|eventuell|vielleicht|womöglich|unklar|offen\s+ist|ob|might|could|"
    # modal "may", not the month ("since May", "in early May", "May 9", "9 May")
    r"(?<!\bin\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bmid-)(?<!\bmid\s)"
    r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bon\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bthis\s)(?<!\d\s)"
    r"may(?!\s+\d)|"
    r"possibly|perhaps|unclear\s+whether|whether|possible)\b",
)
# Pluperfect or "zuvor": the event lies some time before the report.
# "had nothing to do with", "hatte nichts damit zu tun": "had" as the main verb, not the past perfect
PAST_PERFECT_RE = compile_filtered(
    r"\b(?:hatten?(?!\s+nichts\s+damit)|had(?!\s+[\"“„]?(?:to|nothing|no)\b)|zuvor|previously|earlier)\b", _F
)

# ---------------------------------------------------------------------------------------------------------------
# Speech and cognition verbs
# ---------------------------------------------------------------------------------------------------------------
# Separable German verbs: finite part, then the particle later in the clause.
_SEPARABLE = (
    (r"teilte\w*|teilt", "mit"),
    (r"kündigte\w*|kündigt", "an"),
    (r"hob|hoben|hebt|heben", "hervor"),
    (r"räumte\w*|räumt", "ein"),
    (r"gab|gaben|gibt", "bekannt"),
    (r"wies|wiesen|weist", "zurück"),
    (r"wies|wiesen|weist", "hin"),
    (r"stellte\w*|stellt", "klar"),
    (r"sprach|sprachen|spricht", "aus"),
    (r"rief|riefen|ruft", "auf"),
    (r"warf|warfen|wirft", "vor"),
    (r"fügte|fügten|fügt", "hinzu"),
    (r"schlug|schlugen|schlägt", "vor"),
    (r"lud|luden|lädt", "ein"),
    (r"lehnte|lehnten|lehnt", "ab"),
    (r"eröffnete|eröffneten", "mit"),  # not the participle: "war eröffnet worden, nachdem ... mit"
    (r"zeigte|zeigten|zeigt", "sich"),
    (r"machte|machten|macht", "klar"),
    (r"machte|machten|macht", "verantwortlich"),
    (r"bot|boten|bietet", "an"),
    (r"sicherte\w*|sichert", "zu"),
    (r"wandte\w*|wandten|wendet", "ein"),
    (r"schloss|schlossen|schließt", "aus"),
    (r"gab|gaben|gibt", "zu"),
    (r"führte|führten|führt", "aus"),
    (r"legte|legten|legt", "nach"),
    (r"brachte|brachten|bringt", r"ins\s+Spiel"),
    (r"stellte|stellten|stellt", r"in\s+Aussicht"),
    (r"gab|gaben", r"sich"),
    (r"machte|machten|macht", r"deutlich"),
    (r"tat|taten|tut", r"ab"),
)
_GERMAN_SPEECH = (
    r"sagte|sagten|sagt|sage|gesagt|erklärte|erklärten|erklärt|betonte|betonten|betont|bestätigte|bestätigten|"
    r"bestätigt|mitteilte|mitteilten|mitgeteilt|äußerte|äußerten|äußert|geäußert|ankündigte|angekündigt|warnte|"
    r"warnten|warnt|forderte|forderten|fordert|hervorhob|hervorhebt|unterstrich|unterstreicht|schrieb|schreibt|"
    r"meinte|meint|versicherte|versichert|kritisierte|kritisiert|bekräftigte|bekräftigt|verkündete|verkündet|"
    r"behauptete|behauptet|lobte|lobt|drohte|droht|verurteilte|verurteilt|bezeichnete|bezeichnet|mahnte|mahnt|"
    r"appellierte|beklagte|beklagt|bedauerte|bedauert|begrüßte|begrüßt|dementierte|dementiert|zurückwies|"
    r"einräumte|bekanntgab|sprach(?=\s+(?:[^\s.;:!?]+\s+){0,6}?(?:von|vom|über|davon|darüber)\b)|sprach(?=\s*[.,;:!?])|spricht(?=\s+(?:[^\s.;:!?]+\s+){0,6}?(?:von|vom|über|davon|darüber)\b)|widersprach|widersprachen|widerspricht|erinnerte|verlangte|verlangt|dankte|dämpfte|gewarnt|gedroht|"
    r"signalisierte|kommentierte|kommentiert|meldete|meldeten|gemeldet|vorgeschlagen|angeregt|geißelte|gegeißelt|"
    r"verglich|verglichen|"
    r"antwortete|reagierte|zitiert|verteidigte|verteidigten|versprach|versprachen|"
    r"ließ\w*\s+(?:\S+\s+){0,6}?offen|offen\s+ließ\w*|durchblicken\s+lassen|durchblicken\s+ließ\w*|"
    r"ließ\w*\s+(?:\S+\s+){0,6}?(?:wissen|mitteilen|erklären|ausrichten|verlauten)\b|"
    r"(?:wissen|mitteilen|erklären|ausrichten|verlauten)\s+(?:lassen|ließ\w*)|gebrandmarkt|brandmarkte\w*|"
    r"räumte\s+ein|beteuerten|bezichtigte|"
    r"zitierte|verlautete|hieß|bekundete|beteuerte|schätzte|nannte|fügte\s+hinzu|ergänzte|resümierte|verwies|"
    r"sagt(?:e|en)?\s+zu|bekannte|gefordert|zurückgewiesen|klargemacht|angeboten|vorgeworfen|abgelehnt|"
    r"nannten|nennt|würdigte|würdigten|würdigt|gewürdigt|bestritt|bestritten|bestreitet|ausgeschlossen|"
    r"argumentierte|argumentierten|argumentiert|zugegeben|ausgeführt|entgegnete|entgegneten|entgegnet|bat|baten|"
    r"verlangten|verteidigt|drängte|drängten|drängt|beschwerte|beschwerten|monierte|monierten|moniert|rügte|rügten|"
    r"bemängelte|bemängelten|bemängelt|klagte|klagten|beklagte\w*|aufgefordert|gelobt|vorgehalten|hielt\s+vor|"
    r"behauptet|bescheinigte\w*|beanspruchte\w*|beansprucht"
)
_ENGLISH_SPEECH = (
    r"said|says|say|told|tells|announced|announces|stressed|stresses|confirmed|confirms|warned|warns|added|adds|"
    # "states", "notes", "claims" and "posts" are nouns too ("member states", "territorial claims"): only before
    # "that" or a comma
    r"stated|states(?=\s+that\b|\s*,)|declared|declares|noted|notes(?=\s+that\b|\s*,)|wrote|writes|posted|"
    r"insisted|insists|argued|argues|claimed|claims(?=\s+that\b|\s*,)|"
    r"emphasi[sz]ed|emphasi[sz]es|urged|urges|accused|accuses|criticized|criticised|praised|welcomed|denied|denies|"
    r"rejected|threatened|vowed|vows|promised|pledged|suggested|reiterated|explained|tweeted|underlined|commented|"
    r"responded|replied|acknowledged|admitted|expressed|expresses|called\s+for|demanded|signalled|signaled|hailed|"
    r"described|dismissed|asserted|voiced|complained|lamented|predicted|told\s+reporters|called(?!\s+off\b)|calling(?!\s+off\b)|thanked|"
    r"declined\s+to\s+say|warning|saying|proposed|invited|offered|defended|pledged|insisted|conceded|"
    r"contradicted|thanking|left\s+open|"
    r"acknowledged|replied|played\s+down|downplayed|brushed\s+(?:off|aside)|brushed\s+(?:\S+\s+){1,3}?aside|boasted|"
    r"disclosed|revealed|cautioned|implored|appealed|reaffirmed|objected|ruled\s+out|remarked|"
    r"maintained(?=\s+that\b|\s*,)|contended|observed(?=\s+that\b|\s*,)|pointed\s+out|countered|recalled|"
    r"recounted|conveyed|repeated|hit\s+back|went\s+further|pointed\s+to|highlighted|made\s+clear|reminded|"
    r"underscored|assured|indicated|hinted|estimated|condemned|denounced|blamed|deplored|reacted|"
    r"referred\s+questions|renewed\s+(?:his|her|their|its)\s+call"
)
# Three-letter starts of every speech-verb alternative: a lookahead on them lets the scan skip most word starts
# without trying all the alternatives (a necessary condition only, so the matches are the same).
_SPEECH_HEADS = _literal_prefixes(
    [alt for finite, _particle in _SEPARABLE for alt in _split_alternatives(finite)]
    + _split_alternatives(_GERMAN_SPEECH)
    + _split_alternatives(_ENGLISH_SPEECH)
)
if _SPEECH_HEADS is None:
    raise ValueError("every speech-verb alternative needs a literal start of three letters")
SPEECH_VERB_RE = _folded(
    r"\b(?=" + _head_pattern({fold(h)[:3] for h in _SPEECH_HEADS}) + r")(?:"
    + "|".join(rf"(?:{finite})(?=\s(?:[^.;:!?]*?\s)?{particle}\b)" for finite, particle in _SEPARABLE)
    + rf"|{_GERMAN_SPEECH}|{_ENGLISH_SPEECH})\b",
)


@lru_cache(maxsize=4096)
def speech_verb_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the speech verbs of ``text`` (one scan per sentence, shared by statements and dating)."""
    return tuple(m.span() for m in SPEECH_VERB_RE.finditer(fold(text)))


# Reported attribution: "wie der Kremlsprecher mitteilte", ", so Peskow", "according to X", "laut X", "X zufolge".
_ATTRIBUTION_HEAD = (
    r"\bwie\s+(?P<wie>.{1,80}?)\s+(?:mitteilte|sagte|erklärte|betonte|bestätigte|berichtete|schrieb|mitteilten|"
    r"sagten|erklärten|ankündigte|unterstrich|hervorhob|verlautete|meinte)\b"
    r"|,\s*so\s+(?P<so>[^,.;]{1,80})"
    r"|\bnach\s+(?P<angaben>[\w]+-|\w+e[nr]\s+)Angaben\b"
    r"|\b(?:according\s+to|laut|nach\s+Angaben\s+(?:von|des|der|aus)|nach\s+(?:den\s+)?Worten\s+(?:von|des|der))\s+"
    r"(?P<laut>(?:[^\s,.;]+\s+){0,4}[^\s,.;]+)"
    # "nach Angaben Witkoffs": a genitive name right after "Angaben"
    r"|\bnach\s+Angaben\s+(?P<genitive>[A-ZÄÖÜ]\w+s)\b"
)
# The two costly alternatives (tried at every word start) and the literal each needs in the folded text.
_ATTRIBUTION_ZUFOLGE = (r"\b(?P<zufolge>[^,.;]{1,60})\s+zufolge\b", "zufolge")
# "Aus Moskau hieß es", "..., hieß es in der Erklärung aus Kiew / in einer Mitteilung des Außenministeriums"
_ATTRIBUTION_HIESS = (
    r"\b(?:aus|in)\s+(?P<hiess>(?:\S+\s+){0,2}?\S+)\s+hieß\s+es\b"
    r"|\bhieß\s+es\s+(?:\S+\s+){0,3}?(?:aus|von|des|der|in)\s+(?P<hiess_after>(?:[^\s,.;]+\s+){0,3}[^\s,.;]+)",
    "hieß",
)


def _attribution_pattern(zufolge: bool, hiess: bool) -> re.Pattern[str]:
    """ATTRIBUTION_RE, or a variant for texts without "zufolge"/"hieß": there the left-out alternative cannot
    match, so it is replaced by one that fails at once (same group names, same matches)."""
    never = r"(?!)"
    return _folded(
        rf"(?:{_ATTRIBUTION_HEAD}"
        rf"|{_ATTRIBUTION_ZUFOLGE[0] if zufolge else '(?P<zufolge>' + never + ')'}"
        rf"|{_ATTRIBUTION_HIESS[0] if hiess else '(?P<hiess>' + never + ')(?P<hiess_after>' + never + ')'})"
    )


ATTRIBUTION_RE = _attribution_pattern(True, True)
_ATTRIBUTION_VARIANTS = {(z, h): _attribution_pattern(z, h) for z in (False, True) for h in (False, True)}


def attribution_re(folded: str) -> re.Pattern[str]:
    """The cheapest ATTRIBUTION_RE variant with the same matches in ``folded`` (a folded text)."""
    hiess = _ATTRIBUTION_HIESS[1] in folded or "hiess" in folded
    return _ATTRIBUTION_VARIANTS[(_ATTRIBUTION_ZUFOLGE[1] in folded, hiess)]

QUOTE_RE = re.compile(r"[„“\"»«]([^„“”\"»«]{3,})[“”\"«»]")

# Name next to a speech verb (used to propose unknown speakers). Capitalised words only (no IGNORECASE).
_NAME = r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,3}"
_SPEECH_FINITE = (
    r"sagte|sagten|erklärte|betonte|bestätigte|warnte|forderte|schrieb|meinte|versicherte|kritisierte|said|told|"
    r"added|warned|stressed|wrote|announced|explained|insisted|argued"
)
# Both are scanned over whole texts: a start filter skips positions no match can begin at (same matches).
SPEECH_VERB_BEFORE_NAME_RE = with_start_filter(
    re.compile(rf"(?:\b(?:{_SPEECH_FINITE})\s+|,\s*so\s+)(?P<name>{_NAME})(?=[\s,.;:])")
)
SPEECH_VERB_AFTER_NAME_RE = with_start_filter(
    re.compile(
        rf"(?:^|[.!?]\s+|,\s+|\bwie\s+)(?P<name>{_NAME})\s+(?:{_SPEECH_FINITE}|mitteilte|sagte)\b", re.MULTILINE
    )
)

# Titles between a state/organisation and a name ("Russlands Präsident", "Ukraine's Foreign Minister").
TITLE_WORD_RE = re.compile(
    r"(?:(?:[\w-]*(?:präsident|minister|kanzler|sprecher|sprecherin|chef|chefin|gesandte[rn]?|beauftragte[rn]?|"
    r"berater|beraterin|botschafter|botschafterin|unterhändler|diplomat|diplomatin|sekretär|sekretärin|leiter|leiterin|"
    r"kommandeur|general|präsidentin|ministerin|regierungschef|staatschef|machthaber|amtskollege[n]?|kollege[n]?|"
    r"vertreter|vertreterin|Premier|Premierminister|Emir|Kronprinz|Papst|führer|führerin|chefunterhändler))|"
    r"(?:(?:Vice\s+|Prime\s+|Foreign\s+|Defen[cs]e\s+|Deputy\s+)?(?:President|Minister|Chancellor|Secretary(?:\s+of\s+State)?|"
    r"spokesman|spokeswoman|spokesperson|envoy|negotiator|ambassador|minister|leader|chief|adviser|advisor|aide|"
    r"counterpart|official|diplomat|premier|head|commander)))"
    r"(?:\s+(?:des|der|für|of|for|and|und)\s+[\w-]+)?",
    _F,
)
