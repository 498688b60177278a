"""Sentence splitting with exact character offsets.

Rules (German and English; other languages get the same punctuation rules):

* a line break always ends a sentence; a short line without final punctuation is a headline;
* ``.``, ``!``, ``?``, ``…`` (possibly repeated, possibly followed by closing quotes/brackets) end a
  sentence when followed by whitespace and an uppercase letter, a digit or an opening quote/bracket;
* no split after abbreviations ("Dr.", "z. B.", "u. a.", "St.", "Mr.", "Jan."), initials ("J."),
  dotted acronyms ("U.S.", unless the next word plainly starts a sentence) and German ordinals
  ("19. Mai", "am 3. Oktober", "der 2. Weltkrieg").
"""

from __future__ import annotations

import re

from .types import Sentence

__all__ = ["split_sentences"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# Terminal punctuation, closing quotes/brackets, then whitespace and the start of the next sentence.
_BOUNDARY_RE = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>[\"'»«“”’‘)\]]*)(?P<space>\s+)(?=(?P<next>[\"'„“‚‘«»(\[]?\s?[^\W_]))"
)
_NEXT_WORD_RE = re.compile(r"[\"'„“‚‘«»(\[]?\s?([^\W_][\w-]*)")

_ABBREVIATIONS = _words(
    "dr prof dipl ing mag hr fr frl nr bzw ca vgl ggf evtl inkl zzgl exkl mio mrd tsd str abs bd kap jh "
    "jhd geb gest ehem sog rd min sek std tel okt dez jan feb febr mär apr jun jul aug sep sept nov mo di "
    "mi do sa so gen oberst lt col capt cpt sgt adm maj brig mr mrs ms messrs jr sr st mt ft sen rep gov "
    "pres vs approx dept est inc ltd corp co no nos vol pp pt abb art bsp ggü usw etc pkt ziff lit verf "
    "hrsg jg jhrg zt"
)
# Abbreviations after which a capitalised word is still part of the same sentence.
_ALWAYS_ABBREV = _words(
    "dr prof dipl ing mag hr fr frl nr ca vgl st mr mrs ms messrs sen rep gov gen lt col capt sgt adm maj "
    "brig mt ft no nos jan feb febr apr jun jul aug sep sept okt oct nov dez dec bzw ggf evtl sog rd inkl "
    "zzgl ehem geb gest abs art bd kap tel pres jr sr vs"
)
_SENTENCE_STARTERS = _words(
    "der die das den dem des ein eine er sie es wir ihr ich man dies diese dieser dieses damit dabei dann "
    "doch denn auch aber und so nun jetzt am im in an auf aus bei mit nach seit von vor zu zum zur als "
    "wie was wer wo wann warum laut trotz während unterdessen zudem außerdem ausserdem allerdings the a he she it "
    "they we i you this that these those there then but and on at after before when while since however "
    "meanwhile according his her its their our mr mrs ms dr danach deshalb daher dennoch trotzdem später "
    "zuvor bereits inzwischen mittlerweile seitdem heute gestern beim für gegen ohne über unter um wegen "
    "weil wenn ob obwohl sein seine ihre unser unsere kein keine alle viele einige nur selbst erst schon "
    "also if in an as for with from by to of not no yet still now today yesterday some many all both"
)
_MONTHS = _words(
    "januar jänner februar märz maerz april mai juni juli august september oktober november dezember jan "
    "feb mär apr jun jul aug sep sept okt nov dez"
)
_ORDINAL_RE = re.compile(r"\d{1,3}")
_INITIAL_RE = re.compile(r"[^\W\d_]")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_HEADLINE_MAX_CHARS = 200
_FINAL_PUNCT = frozenset(".!?…:;\"'»«“”’)")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


# Words before the platform X ("on X.", "auf X.", "Plattform X."), after which "X." ends a sentence.
_BEFORE_PLATFORM = frozenset({"on", "auf", "via", "bei", "plattform", "platform", "network", "netzwerk", "dienst"})


def _previous_word(text: str, line_start: int, end: int) -> str:
    words = text[line_start:end].split()
    return words[-1] if words else ""


def _is_false_boundary(text: str, line_start: int, m: re.Match[str], language: str) -> bool:
    """True when the period at ``m`` belongs to an abbreviation, initial or ordinal."""
    if _next_word(text, m.end())[:1].islower():
        return True  # "9 a.m. and", "ca. zehn", "…, bzw. die": a lowercase word continues the sentence
    punct = m.group("punct")
    if punct != "." or m.group("close"):
        return False
    i = m.start()
    while i > line_start and not text[i - 1].isspace():
        i -= 1
    token = text[i : m.start()].lstrip("\"'„“‚‘«»([")
    if not token:
        return False
    next_word = _next_word(text, m.end())
    starter = next_word.lower() in _SENTENCE_STARTERS
    low = token.lower()
    if low in _ALWAYS_ABBREV:
        return True
    if low in _ABBREVIATIONS:
        return not starter
    if _INITIAL_RE.fullmatch(token):
        # "z. B.", "u. a." never end a sentence; "Donald J. Trump" neither, but "Plattform X. Er ..." does, and so
        # does "wrote on X. German Chancellor ...": an initial follows a capitalised name, not "on".
        if token.isupper() and _previous_word(text, line_start, i).lower() in _BEFORE_PLATFORM:
            return False
        return token.islower() or not starter
    if _DOTTED_RE.fullmatch(token):
        return not starter  # "U.S", "z.B", "a.m"
    if _ORDINAL_RE.fullmatch(token):
        if next_word.lower().rstrip(".") in _MONTHS:
            return True
        if language == "en":
            return False
        # German ordinals before nouns ("der 2. Weltkrieg", "zum 3. Mal"); a sentence starter wins.
        return not starter and next_word[:1].isupper() and not next_word.isupper()
    return False


def _split_line(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if _is_false_boundary(text, start, m, language):
            continue
        cut = m.start("space")
        if cut > cursor:
            spans.append((cursor, cut))
        cursor = m.end("space")
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _is_headline(text: str, line: tuple[int, int], span: tuple[int, int]) -> bool:
    if span != line:
        return False
    s = text[span[0] : span[1]]
    return len(s) <= _HEADLINE_MAX_CHARS and s[-1] not in _FINAL_PUNCT


def split_sentences(text: str, language: str = "de") -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each.

    ``language`` switches off the German ordinal rule ("19. Mai") for English.
    """
    sentences: list[Sentence] = []
    paragraph = -1
    for line in _LINE_RE.finditer(text or ""):
        lstart, lend = _strip_span(text, line.start(), line.end())
        if lstart >= lend:
            continue
        paragraph += 1
        for a, b in _split_line(text, lstart, lend, language):
            a, b = _strip_span(text, a, b)
            if a >= b:
                continue
            headline = _is_headline(text, (lstart, lend), (a, b))
            sentences.append(Sentence(a, b, text[a:b], headline, paragraph))
    return sentences
