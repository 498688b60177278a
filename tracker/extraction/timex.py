"""Rule-based temporal tagger (TIMEX3-style) for German and English news text.

A candidate grammar per language (precompiled regexes built from lexicons of months, weekdays,
parts of day, numerals, units and modifiers) finds expressions; our own calendar arithmetic
resolves them relative to the publication date (or the speech time inside quotes) and the tense
of the clause. Conventions follow ``shared/eval/ANNOTATION.md``: prepositions are outside the
extent, determiners and modifiers inside.

How it runs (``tag_timexes``):

1. one keyword scan per text (a trie-compiled regex over the lowercased text) finds digits, month
   and weekday names, units, vague words ...; each rule's regex then runs only in windows around
   the keywords it needs, so a 3,000-character article costs ~1.5 ms of CPU;
2. overlapping candidates: the longest extent wins, then the rule priority;
3. resolution in reading order, unquoted text first: the clause tense (``clause_tense``: nearest
   future/past marker in the clause, then in the sentence; present-tense verbs and requests as
   weaker cues) picks past or future readings; quotes use the speech time named around them;
   anaphors ("Vortag", "that day", "am Abend", clock times) use the days named before them;
   headlines reuse the date the body gives the same weekday.

dateparser is deliberately not used per candidate: every expression the grammar accepts is
resolved by arithmetic here (dateparser costs about a millisecond per call and its search
produces false positives such as "die" and "mit"). For languages without a grammar, only
numeric and month-name dates are tagged, with month names from dateparser's bundled locale data.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from .fuzzydate import month_end, week_bounds
from .regex_start import with_start_filter
from .sentences import split_sentences
from .types import Precision, Sentence, Timex, TimexType

__all__ = ["Tense", "clause_tense", "easter", "resolve_weekday", "tag_timexes"]

Tense = str  # "past" | "future" | "present" | "none"
TenseHint = Literal["past", "future", "present", "none"]

WS = r"[^\S\n]+"  # intra-expression whitespace: never crosses a line break
OWS = r"[^\S\n]*"
L = r"(?<![\w-])"  # left word boundary (no hyphen either: "US-Ortszeit")
R = r"(?![\w])"


def _alt(words: Iterable[str]) -> str:
    """Regex matching any of ``words`` (longest first), compiled as a character trie.

    A trie is ~30x faster than a flat alternation of hundreds of words with ``re``: the engine
    never retries every alternative at every position.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    alts = [re.escape(ch) + _trie_pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------

MONTHS_DE: dict[str, int] = {
    "Januar": 1, "Jänner": 1, "Jan.": 1, "Februar": 2, "Feber": 2, "Feb.": 2, "Febr.": 2,
    "März": 3, "Maerz": 3, "Mär.": 3, "April": 4, "Apr.": 4, "Mai": 5, "Juni": 6, "Jun.": 6,
    "Juli": 7, "Jul.": 7, "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9,
    "Oktober": 10, "Okt.": 10, "November": 11, "Nov.": 11, "Dezember": 12, "Dez.": 12,
}  # fmt: skip
MONTHS_EN: dict[str, int] = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3, "April": 4,
    "Apr.": 4, "May": 5, "June": 6, "Jun.": 6, "July": 7, "Jul.": 7, "August": 8, "Aug.": 8,
    "September": 9, "Sept.": 9, "Sep.": 9, "October": 10, "Oct.": 10, "November": 11, "Nov.": 11,
    "December": 12, "Dec.": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS_DE: dict[str, int] = {
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5,
    "Sonnabend": 5, "Sonntag": 6,
}  # fmt: skip
WEEKDAYS_EN: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "morgens": "MO", "früh": "MO", "vormittag": "MO", "vormittags": "MO",
    "mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF", "abend": "EV",
    "abends": "EV", "nacht": "NI", "nachts": "NI",
    "morning": "MO", "noon": "MI", "midday": "MI", "afternoon": "AF", "evening": "EV", "night": "NI",
}  # fmt: skip

_DE_ONES = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}  # fmt: skip
_DE_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90,
}  # fmt: skip
_EN_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def _numbers_de() -> dict[str, float | None]:
    nums: dict[str, float | None] = {}
    nums.update(_DE_ONES)
    nums.update(_DE_TEENS)
    nums.update(_DE_TENS)
    for ow, ov in _DE_ONES.items():
        if ow == "eins":
            continue
        for tw, tv in _DE_TENS.items():
            nums[f"{ow}und{tw}"] = tv + ov
    nums.update({"eine": 1, "einen": 1, "einem": 1, "einer": 1, "hundert": 100, "tausend": 1000})
    nums.update({"anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5})
    for vague in ("einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "ein paar",
                  "etliche", "etlichen", "zahlreiche", "zahlreichen", "viele", "vielen"):  # fmt: skip
        nums[vague] = None
    return nums


def _numbers_en() -> dict[str, float | None]:
    nums: dict[str, float | None] = {}
    nums.update(_EN_ONES)
    nums.update(_EN_TEENS)
    nums.update(_EN_TENS)
    for tw, tv in _EN_TENS.items():
        for ow, ov in _EN_ONES.items():
            nums[f"{tw}-{ow}"] = tv + ov
            nums[f"{tw} {ow}"] = tv + ov
    nums.update({"a": 1, "an": 1, "a dozen": 12, "a hundred": 100, "one hundred": 100, "a single": 1})
    for ow, ov in list(_EN_ONES.items()) + [("ten", 10), ("eleven", 11), ("twelve", 12)]:
        nums[f"{ow} and a half"] = ov + 0.5
    nums.update({"one and a half": 1.5, "a year and a half": 1.5, "two and a half": 2.5})
    for vague in ("a few", "several", "some", "a couple of", "many", "many, many", "dozens of", "a number of"):
        nums[vague] = None
    return nums


NUMBERS_DE = _numbers_de()
NUMBERS_EN = _numbers_en()

# unit word -> ISO-8601 designator (time units get the "T" prefix)
UNITS_DE: dict[str, str] = {
    "Sekunde": "S", "Sekunden": "S", "Minute": "M", "Minuten": "M", "Stunde": "H", "Stunden": "H",
    "Tag": "D", "Tage": "D", "Tagen": "D", "Woche": "W", "Wochen": "W", "Monat": "MON",
    "Monate": "MON", "Monaten": "MON", "Jahr": "Y", "Jahre": "Y", "Jahren": "Y", "Jahrzehnt": "DE",
    "Jahrzehnte": "DE", "Jahrzehnten": "DE", "Jahrhundert": "CE", "Jahrhunderte": "CE",
    "Jahrhunderten": "CE", "Quartal": "Q", "Quartale": "Q", "Quartalen": "Q",
}  # fmt: skip
UNITS_EN: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "MON", "months": "MON",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "quarter": "Q", "quarters": "Q",
}  # fmt: skip
_TIME_UNITS = frozenset({"S", "M", "H"})

MODS_DE: dict[str, str] = {
    "fast": "APPROX", "knapp": "APPROX", "beinahe": "APPROX", "nahezu": "APPROX", "rund": "APPROX",
    "etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX", "gut": "APPROX",
    "über": "MORE_THAN", "mehr als": "MORE_THAN", "mindestens": "EQUAL_OR_MORE",
    "weniger als": "LESS_THAN", "unter": "LESS_THAN", "höchstens": "EQUAL_OR_LESS",
    "bis zu": "EQUAL_OR_LESS",
}  # fmt: skip
MODS_EN: dict[str, str] = {
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN",
}  # fmt: skip

TIMEZONES: dict[str, str] = {
    "us-ortszeit": "US local time", "ortszeit": "local time", "us-zeit": "US time",
    "us-ostküstenzeit": "US Eastern time", "mez": "CET", "mesz": "CEST", "utc": "UTC",
    "gmt": "GMT", "kiewer zeit": "Kyiv time", "moskauer zeit": "Moscow time",
    "deutscher zeit": "German time", "washingtoner zeit": "Washington time",
    "local time": "local time", "us local time": "US local time", "et": "ET", "est": "EST",
    "edt": "EDT", "eastern time": "ET", "kyiv time": "Kyiv time", "moscow time": "Moscow time",
    "cet": "CET", "cest": "CEST", "bst": "BST",
}  # fmt: skip

_MONTH_DE = _alt(MONTHS_DE)
_MONTH_EN = _alt(MONTHS_EN)
_WD_DE = _alt(WEEKDAYS_DE)
_WD_EN = _alt(WEEKDAYS_EN)
_NUM_DE = _alt(NUMBERS_DE)
_NUM_EN = _alt(NUMBERS_EN)
_UNIT_DE = _alt(UNITS_DE)
_UNIT_EN = _alt(UNITS_EN)
_MOD_DE = _alt(MODS_DE)
_MOD_EN = _alt(MODS_EN)
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d{1,4}(?:,\d+)?"
_TZ_INLINE_RE = re.compile(
    r"[^\S\n]+((?i:"
    + _alt(TIMEZONES)
    + r")|[A-ZÄÖÜ][\w-]*er[^\S\n]+(?:Sommer)?[Zz]eit|(?:US[^\S\n]+)?[A-Z][a-z]+[^\S\n]+time)"
    r"(?![\w-])",
)
_TZ_RE = re.compile(r"[^\S\n]*(?:\(|,[^\S\n]*)?[^\S\n]*(" + _alt(TIMEZONES) + r")(?![\w-])", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------


def easter(year: int, orthodox: bool = False) -> date:
    """Western (Gregorian) or Orthodox Easter Sunday, as a Gregorian date."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1) + timedelta(days=13)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, month_end(year, month).day))


def resolve_weekday(weekday: int, anchor: date, tense: Tense, modifier: str = "") -> date:
    """The date of ``weekday`` (0=Monday) relative to ``anchor``.

    modifier "next"/"last"/"this" overrides tense; otherwise future tense picks the next
    occurrence (today included) and anything else the most recent one (today included).
    """
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    if modifier == "last":
        return anchor - timedelta(days=back or 7)
    if modifier == "this" and tense not in ("future", "past"):
        return anchor + timedelta(days=weekday - anchor.weekday())
    if tense == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _year_for(month: int, day: int, anchor: date, tense: Tense) -> int:
    """Year of a day-month (day=0: whole month) without a year, by tense, else nearest."""
    cands: list[tuple[date, int]] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        dd = min(day, month_end(y, month).day) if day else 1
        start = date(y, month, dd)
        end = start if day else month_end(y, month)
        cands.append((start, y))
        if end >= anchor >= start:
            return y
    if tense == "future":
        for start, y in cands:
            if start >= anchor - timedelta(days=14):
                return y
    if tense == "past":
        for start, y in reversed(cands):
            if start <= anchor + timedelta(days=14):
                return y
    return min(cands, key=lambda c: abs((c[0] - anchor).days))[1]


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Sub-interval for START/MID/END of a unit: years by thirds in months (Jan-Apr, May-Aug,
    Sep-Dec), months by days 1-10/11-20/21-end, weeks Mon-Tue/Wed-Thu/Fri-Sun, anything else by
    thirds of its days."""
    if mod not in ("START", "MID", "END"):
        return start, end
    idx = ("START", "MID", "END").index(mod)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        first = 1 + 4 * idx
        return date(start.year, first, 1), month_end(start.year, first + 3)
    if start.day == 1 and end == month_end(start.year, start.month):
        lo = (1, 11, 21)[idx]
        hi = (10, 20, end.day)[idx]
        return start.replace(day=lo), start.replace(day=hi)
    days = (end - start).days + 1
    if days == 7:
        lo, hi = ((0, 1), (2, 3), (4, 6))[idx]
        return start + timedelta(days=lo), start + timedelta(days=hi)
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


# ---------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------

_TENSE_RES: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?P<past>(?i:\bsoll(?:en|te|ten)?\b[^,.;]{0,80}?\b(?:ge\w+|\w+en)\s+haben\b))"
        # "ist am Freitag ... zu Ende gegangen": the perfect with "sein"
        r"|(?P<past3>(?i:\b(?:ist|sind)\b[^,.;]{0,100}?(?:gegangen|gekommen|gereist|geflogen|getroffen|gefahren|"
        r"gelaufen|gebrochen|getreten|gescheitert|gelandet|geblieben|gewesen|geworden|erschienen|verlaufen)\b))"
        r"|(?P<fut>(?i:\b(?:soll|solle|sollen|sollte|sollten|werde|werden|wird|will|wolle|wollen|plant|planen|"
        r"geplant|geplante[nmrs]?|bevorstehende?[nmrs]?|angesetzt|anberaumt|vorgesehen|beabsichtigt|"
        r"kommende[nmrs]?|nächste[nmrs]?|künftig|demnächst|vorhaben|erwartet|stattfinden|"
        r"bald|morgen|übermorgen|könnte|könnten|dürfte|dürften|hofft|hoffte|hofften|strebt|"
        r"anstreben|Aussicht|würde|würden)\b|\bzu\s+(?:verhandeln|treffen|sprechen|reisen|telefonieren|unterzeichnen|beraten|führen|"
        r"besuchen|beginnen|empfangen|vereinbaren|beenden|starten)\b|(?-i:\b[a-zäöü]{2,}zu[a-zäöüß]{3,}en\b)))"
        r"|(?P<pres>(?i:\b(?:trifft|treffen\s+sich|reist|beginnt|beginnen|kommt|kommen|spricht|sprechen|berät|"
        r"beraten|tagt|tagen|fliegt|fliegen|startet|starten|endet|enden|läuft|laufen|gilt|gelten|hält|halten|"
        r"entscheidet|empfängt|stimmt|legt|stellt|findet|finden|richtet|reisen|treffen|heißt|heisst)\b))"
        r"|(?P<req>(?i:\b(?:forderte|forderten|fordert|fordern|verlangte|verlangten|verlangt|drängte|drängten|"
        r"appellierte|appellierten|rief|riefen|schlug|schlugen|bat|baten|forderte\s+auf|aufforderten)\b))"
        r"|(?P<past2>(?i:\b(?:hatte|hatten|hattest|war|waren|wurde|wurden|hat|haben|habe|gestern|vorgestern|"
        r"vergangene[nmrs]?|letzte[nmrs]?|sagte|sagten|erklärte|erklärten|teilte|teilten|betonte|"
        r"berichtete|bestätigte|kündigte|warnte|forderte|telefonierte|telefonierten|sprach|sprachen|"
        r"traf|trafen|fand|fanden|kam|kamen|gab|gaben|ging|gingen|reiste|reisten|besuchte|warf|warfen|rief|riefen|"
        r"stand|standen|lag|lagen|hielt|hielten|nahm|nahmen|bat|baten|bot|boten|schlug|schlugen|wies|wiesen|zog|zogen|hieß|hiess|"
        r"flog|flogen|schrieb|schrieben|blieb|blieben|ließ|ließen|liess|liessen|begann|begannen|beschloss|beschlossen|verließ|lud|"
        r"luden|trat|traten|sah|sahen|verlief|verliefen|lief|liefen|galt|galten|erhielt|erhielten|gelang|misslang|"
        r"unterzeichnete|unterzeichneten|einigten|scheiterte|kürzlich|zuvor|empfing|empfingen|fiel|fielen|bekam|bekamen|"
        r"stieß|stießen|brach|brachen|wandte|wandten|verlor|verloren|gewann|gewannen)\b)"
        # any lower-case weak past form ("erneuerte", "bekräftigten"), not an adjective after an article
        r"|(?<!der\s)(?<!die\s)(?<!das\s)(?<!den\s)(?<!dem\s)(?<!des\s)(?<!ein\s)(?<!eine\s)(?<!einen\s)"
        r"(?<!einem\s)(?<!einer\s)(?<!eines\s)\b(?!(?:erste|zweite|dritte|vierte|fünfte|letzte|nächste|"
        r"sechste|siebte|zehnte|geplante|bitte|mitte)n?\b)[a-zäöü][a-zäöüß]{3,}ten?\b)"
    ),
    "en": re.compile(
        r"(?P<fut>(?i:\b(?:to\s+be\s+[a-z]+|set\s+for|slated|to\s+take\s+place|will|'ll|shall|would|"
        r"(?<!\ba\s)(?<!\bthe\s)(?<!\bUS\s)(?<!peace\s)(?<!'s\s)(?:plans?(?=\s+to\b)|plans(?=\s+(?:a|an|the)\b))|planned|planning|scheduled|expected|due|"
        r"intends?|upcoming|next|coming|soon|tomorrow|wants?|wanted|hopes?|hoped|aims?|expects?|"
        r"going\s+to|set\s+to|is\s+to|are\s+to|prepar(?:ed|es|ing)\s+to|to\s+(?:meet|talk|visit|hold|speak|travel|host|"
        r"sign|attend|"
        r"discuss|resume|start|begin|announce|call))\b)|\b(?:may|might)\b|\bcould\s+(?:take\s+place|be\s+held|meet|happen|begin|start)\b)"
        r"|(?P<pres>(?i:\b(?:(?:is|are)\s+(?!being\b)[a-z]+ing|marks|mark|meets|meet|travels|travel|visits|visit|"
        r"begins|begin|starts|start|hosts|host|holds|"
        r"hold|opens|open|heads|head|arrives|arrive|flies|fly|returns|return|convenes|convene|resumes|resume|"
        r"take\s+place|takes\s+place|takes|leaves|ends|expires|enters)\b))"
        r"|(?P<req>(?i:\b(?:demanded|demands|urged|urges|called\s+on|called\s+for|calls\s+for|asked|proposed|"
        r"proposes|suggested|pressed|insisted)\b))"
        r"|(?P<past2>(?i:\b(?:said|was|were|had|did|met|held|spoke|told|took|went|came|gave|made|"
        r"saw|last|ago|yesterday|earlier|previously|recently|has|have|agreed|sent|flew|left|began|brought|wrote|"
        r"sat|led|sought|won|lost|struck|broke|fell|fought|froze|got|knew|ran|rose|sold|shot|threw|withdrew|"
        r"became|drew|paid|kept|stood|quit)\b)|(?<!\bbe )(?<!-)\b[a-z]{2,}(?<!e)ed\b)"
    ),
}
# Every alternative of the tense patterns starts at a word boundary: one leading "\b" and a start filter let the
# scan skip other positions without trying each alternative (same matches).
_TENSE_RES = {lang: with_start_filter(re.compile(r"\b" + rx.pattern, rx.flags)) for lang, rx in _TENSE_RES.items()}
# A comma or colon between digits ("3,5 Milliarden", "18:30") separates no clauses.
_CLAUSE_SEP_RE = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()–—]|\b(?:that|dass|ob|which|who|whether|weil|because)\b")

# A tense marker: start, end and kind (future, past, a request verb, whose tense depends on the clause, or a
# present-tense verb, which counts only where nothing else marks the tense).
_Marker = tuple[int, int, Literal["fut", "past", "req", "pres"]]


_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _infinitive_after_modal(sentence: str, m: re.Match[str], markers: list[_Marker]) -> bool:
    """ "soll ... Bericht erstatten.": a clause-final "-ten" after a future modal is its infinitive, not a weak
    past form."""
    return (
        sentence.endswith("ten", m.start(), m.end())
        and sentence[m.start()].islower()
        and any(kind == "fut" for _s, _e, kind in markers)
        and _CLAUSE_END_RE.match(sentence, m.end()) is not None
    )


def _scan_markers(rx: re.Pattern[str], sentence: str, a: int, b: int) -> list[_Marker]:
    markers: list[_Marker] = []
    for m in rx.finditer(sentence, a, b):
        if m.group("pres"):
            markers.append((m.start(), m.end(), "pres"))
        elif m.group("req"):
            markers.append((m.start(), m.end(), "req"))
        elif m.group("fut"):
            markers.append((m.start(), m.end(), "fut"))
        elif not _infinitive_after_modal(sentence, m, markers):
            markers.append((m.start(), m.end(), "past"))
    return markers


@dataclass(slots=True)
class _MarkerScan:
    """The tense markers of a stretch of a sentence (present-tense verbs apart), with their ends for bisection."""

    markers: list[_Marker]
    ends: list[int]
    present: bool

    @classmethod
    def of(cls, found: Iterable[_Marker]) -> _MarkerScan:
        markers = [mk for mk in found if mk[2] != "pres"]
        present = any(mk[2] == "pres" for mk in found)
        return cls(markers, [mk[1] for mk in markers], present)

    def nearest(self, pos: int) -> _Marker | None:
        """The marker with the smallest gap to ``pos`` (the earlier one on ties, as a linear scan picks it).

        Markers do not overlap, so they are sorted by start and by end: the nearest is the last one ending at
        or before ``pos`` or one of the next two (the first of those may contain ``pos``)."""
        markers = self.markers
        k = bisect.bisect_right(self.ends, pos)
        best: tuple[int, _Marker] | None = None
        for j in range(max(k - 1, 0), min(k + 2, len(markers))):
            start, end, _kind = markers[j]
            dist = pos - end if end <= pos else abs(start - pos)
            if best is None or dist < best[0]:
                best = (dist, markers[j])
        return best[1] if best is not None else None


class TenseIndex:
    """Clause tense lookups for one sentence: clause separators and marker scans are computed once, so a
    sentence with many time expressions costs about one pass (a 70,000-character run-on sentence stays linear)."""

    __slots__ = ("_clauses", "_rx", "_sentence", "_seps")

    def __init__(self, sentence: str, language: str) -> None:
        self._sentence = sentence
        self._rx = _TENSE_RES.get(language)
        self._seps: list[int] | None = None  # clause separator offsets, found on first use
        self._clauses: dict[tuple[int, int], _MarkerScan] = {}

    def _scan(self, lo: int, hi: int) -> _MarkerScan:
        """Markers a scan of [lo, hi) finds (each clause and the whole sentence scanned at most once)."""
        assert self._rx is not None
        scan = self._clauses.get((lo, hi))
        if scan is None:
            scan = self._clauses[(lo, hi)] = _MarkerScan.of(_scan_markers(self._rx, self._sentence, lo, hi))
        return scan

    def tense_at(self, pos: int) -> Tense:
        """Tense around offset ``pos``: the marker nearest ``pos`` in its clause wins, else the nearest in the
        sentence, else "none"."""
        if self._rx is None or not self._sentence:
            return "none"
        seps = self._seps
        if seps is None:
            seps = self._seps = [m.start() for m in _CLAUSE_SEP_RE.finditer(self._sentence)]
        i = bisect.bisect_right(seps, pos)
        lo = seps[i - 1] + 1 if i > 0 else 0
        hi = seps[i] if i < len(seps) else len(self._sentence)
        for a, b in ((lo, hi), (0, len(self._sentence))):
            scan = self._scan(a, b)
            marker = scan.nearest(pos)
            if marker is not None:
                _start, end, kind = marker
                # "demanded that Russia accept a ceasefire from Monday": a request governs a later clause
                # about the future; in its own clause it is a past speech act.
                future = end <= lo if kind == "req" else kind == "fut"
                return "future" if future else "past"
            if scan.present:
                return "present"
        return "none"


def clause_tense(sentence: str, pos: int, language: str) -> Tense:
    """Tense around offset ``pos`` of ``sentence``: the marker nearest ``pos`` in its clause wins,
    else the nearest in the sentence, else "none"."""
    return TenseIndex(sentence, language).tense_at(pos)


# ---------------------------------------------------------------------------------------------
# Rule machinery
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Res:
    type: TimexType
    value: str
    start: date | None = None
    end: date | None = None
    precision: Precision = "day"
    mod: str | None = None
    note: str | None = None


_SINCE_BEFORE_RE = re.compile(r"\b(?i:seit|since)\s+(?:(?i:dem|der|den|the)\s+)?$")
_PLANNED_FOR_BEFORE_RE = re.compile(r"\b(?i:für\s+den|for)\s+$")


@dataclass(slots=True)
class _Ctx:
    text: str
    published: date
    anchor: date
    tense_index: TenseIndex | None  # the sentence's tense lookups (None: no tense rules for the language)
    language: str
    sentence: Sentence
    last_day: date | None
    span: tuple[int, int]
    day_refs: list[tuple[int, date]] = field(default_factory=list)  # resolved days in this sentence
    earlier_days: list[tuple[int, date]] = field(default_factory=list)  # unquoted days named so far, by position
    body_weekdays: dict[int, date] = field(default_factory=dict)  # weekday -> its date in the article body
    tense_pos: int = 0  # offset of the expression in its sentence
    entry_start: int = 0  # where the live-ticker entry holding the expression starts (0: no ticker)
    resolved_tense: Tense | None = None  # computed on first use: most expressions do not depend on tense

    @property
    def tense(self) -> Tense:
        """Tense of the expression's clause (see ``clause_tense``), computed when a handler first asks; what follows
        "seit"/"since" began in the past whatever the clause's tense."""
        if self.resolved_tense is None:
            index = self.tense_index
            if _SINCE_BEFORE_RE.search(self.text, max(0, self.span[0] - 16), self.span[0]):
                self.resolved_tense = "past"
            elif _PLANNED_FOR_BEFORE_RE.search(self.text, max(0, self.span[0] - 16), self.span[0]):
                self.resolved_tense = "future"
            else:
                self.resolved_tense = index.tense_at(self.tense_pos) if index is not None else "none"
        return self.resolved_tense


Handler = Callable[[re.Match[str], _Ctx], "_Res | None"]
Guard = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    priority: int = 0
    guard: Guard | None = None
    triggers: frozenset[str] = frozenset()  # keyword categories; empty: scan the whole text


def _g(m: re.Match[str], name: str) -> str:
    """Group text or ''."""
    try:
        return m.group(name) or ""
    except IndexError:
        return ""


def _in_a_name(m: re.Match[str], text: str) -> bool:
    """ "the India Today channel", "USA Today": a capitalised "Today" after a capitalised word inside a sentence is part
    of a name."""
    word = _g(m, "rel")
    if not word[:1].isupper() or word.lower() not in ("today", "tonight"):
        return False
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1].isalpha() and _prev_word(text, m.start())[:1].isupper()


def _prev_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".-"):
        j -= 1
    return text[j:i]


def _next_word(text: str, pos: int) -> str:
    i = pos
    n = len(text)
    while i < n and text[i] in " \t\u00a0":
        i += 1
    j = i
    while j < n and (text[j].isalnum() or text[j] == "-"):
        j += 1
    return text[i:j]


def _num(word: str, lexicon: dict[str, float | None]) -> float | None:
    """Numeric value of a numeral (digits or word); None for vague quantities."""
    w = word.strip().lower()
    if w[:1].isdigit():
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", w) and not (
            lexicon is NUMBERS_DE and w.count(",") == 1 and "." not in w
        ):
            return float(re.sub(r"[.,]", "", w))  # "1,000" / "1.000": thousands
        return float(w.replace(",", "."))
    return lexicon.get(w, lexicon.get(" ".join(w.split())))


def _fmt_num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    if n is not None and not float(n).is_integer():
        if unit == "Y":
            return f"P{int(round(n * 12))}M"
        if unit == "H":
            return f"PT{int(n)}H{int(round((n % 1) * 60))}M" if n >= 1 else f"PT{int(round(n * 60))}M"
        if unit == "D":
            return f"PT{int(round(n * 24))}H"
    if unit == "MON":
        return f"P{_fmt_num(n)}M"
    if unit == "DE":
        return f"P{_fmt_num(n * 10 if n is not None else None)}Y"
    if unit == "CE":
        return f"P{_fmt_num(n * 100 if n is not None else None)}Y"
    if unit == "Q":
        return f"P{_fmt_num(n * 3 if n is not None else None)}M"
    if unit in _TIME_UNITS:
        return f"PT{_fmt_num(n)}{unit}"
    return f"P{_fmt_num(n)}{unit}"


# ---- result constructors -------------------------------------------------------------------


def _day(d: date) -> _Res:
    return _Res("DATE", d.isoformat(), d, d, "day")


def _time_pod(d: date, pod: str) -> _Res:
    if pod == "MI":  # noon is a clock time ("Mittag", "Sonntagmittag", "noon": T12:00)
        return _Res("TIME", f"{d.isoformat()}T12:00", d, d, "time")
    return _Res("TIME", f"{d.isoformat()}T{pod}", d, d, "time")


def _month(y: int, mo: int, mod: str | None = None) -> _Res:
    s, e = _narrow(date(y, mo, 1), month_end(y, mo), mod)
    return _Res("DATE", f"{y:04d}-{mo:02d}", s, e, "month", mod)


def _year(y: int, mod: str | None = None) -> _Res:
    s, e = _narrow(date(y, 1, 1), date(y, 12, 31), mod)
    return _Res("DATE", f"{y:04d}", s, e, "year", mod)


def _week(d: date, mod: str | None = None) -> _Res:
    iso = d.isocalendar()
    s, e = _narrow(*week_bounds(iso[0], iso[1]), mod)
    return _Res("DATE", _week_value(d), s, e, "week", mod)


def _weekend(d: date) -> _Res:
    monday = d - timedelta(days=d.weekday())
    return _Res("DATE", f"{_week_value(d)}-WE", monday + timedelta(days=5), monday + timedelta(days=6), "week")


def _quarter(y: int, q: int) -> _Res:
    return _Res("DATE", f"{y:04d}-Q{q}", date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter")


def _half(y: int, h: int) -> _Res:
    return _Res("DATE", f"{y:04d}-H{h}", date(y, 6 * h - 5, 1), month_end(y, 6 * h), "quarter")


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(y: int, code: str) -> _Res:
    first = _SEASON_START[code]
    end = month_end(y + 1, 2) if code == "WI" else month_end(y, first + 2)
    return _Res("DATE", f"{y:04d}-{code}", date(y, first, 1), end, "quarter")


def _vague(kind: str, anchor: date) -> _Res:
    if kind == "PAST_REF":
        return _Res("DATE", kind, None, anchor, "vague")
    if kind == "FUTURE_REF":
        return _Res("DATE", kind, anchor, None, "vague")
    return _Res("DATE", kind, anchor, anchor, "vague")


def _unit_shift(anchor: date, n: int, unit: str) -> _Res | None:
    """Point ``n`` units away from ``anchor`` (negative: in the past), at the unit's granularity."""
    if unit == "D":
        return _day(anchor + timedelta(days=n))
    if unit == "W":
        return _week(anchor + timedelta(weeks=n))
    if unit == "MON":
        d = _add_months(anchor, n)
        return _month(d.year, d.month)
    if unit == "Y":
        return _year(anchor.year + n)
    if unit == "DE":
        return _year(anchor.year + 10 * n)
    if unit == "Q":
        d = _add_months(anchor, 3 * n)
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit in _TIME_UNITS:
        return _day(anchor)
    return None


# ---- handlers shared by both languages -------------------------------------------------------


def _mod_of(word: str, mods: dict[str, str]) -> str | None:
    w = " ".join(word.lower().split())
    return mods.get(w) if w else None


def _lang_tables(ctx: _Ctx) -> tuple[dict[str, float | None], dict[str, str], dict[str, str]]:
    if ctx.language == "en":
        return NUMBERS_EN, UNITS_EN, MODS_EN
    return NUMBERS_DE, UNITS_DE, MODS_DE


def _unit_code(word: str, units: dict[str, str]) -> str:
    return units.get(word, units.get(word.lower(), units.get(word.capitalize(), "")))


def h_duration(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    nums, units, mods = _lang_tables(ctx)
    unit = _unit_code(_g(m, "u"), units)
    if not unit:
        return None
    n = _num(_g(m, "n"), nums) if _g(m, "n") else None
    if _g(m, "half"):
        n = 0.5
    mod = _mod_of(_g(m, "mod"), mods)
    if n is None and _g(m, "mod").lower() in ("over", "über"):
        mod = None  # "over many months": a preposition, not a modifier
    return _Res("DURATION", _duration_value(n, unit), None, None, "vague", mod)


def h_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    nums, units, _ = _lang_tables(ctx)
    unit = _unit_code(_g(m, "u"), units)
    n = _num(_g(m, "n"), nums)
    if n is None or not unit:
        return _vague("PAST_REF", ctx.anchor)
    # "ago" counts back from the day of writing; "earlier" ("a day earlier", "four days earlier") from the day the
    # story last named.
    relative = m.group("x").lower().rstrip().endswith("earlier")
    base = ctx.last_day if relative and ctx.last_day is not None and unit in ("D", "W") else ctx.anchor
    if unit == "W" and _g(m, "mod").lower() in _ALMOST_MODS:
        base += timedelta(days=1)  # "vor knapp zwei Wochen": a day or two short of 14 days back
    return _unit_shift(base, -int(round(n)), unit)


_ALMOST_MODS = frozenset({"knapp", "fast", "beinahe", "nahezu", "nearly", "almost"})


def _this_year(anchor: date) -> _Res:
    """'heuer' (Austrian and Bavarian German): the current year."""
    return _Res("DATE", str(anchor.year), date(anchor.year, 1, 1), date(anchor.year, 12, 31), "year")


def h_units_before_after(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'einen Tag zuvor', 'zwei Tage später', 'eine Woche danach', 'two days later': counted from the day the story
    last named."""
    nums, units, _ = _lang_tables(ctx)
    unit = _unit_code(_g(m, "u"), units)
    n = _num(_g(m, "n"), nums)
    if n is None or unit not in ("D", "W"):
        return None
    sign = -1 if _g(m, "dir").lower() in ("zuvor", "vorher", "davor", "früher") else 1
    return _unit_shift(ctx.last_day or ctx.anchor, sign * int(round(n)), unit)


_FIRST_IN_RE = re.compile(r"(?i:\bfirst\b|\blongest\b|\bbiggest\b|\blargest\b|\bhighest\b|\blowest\b|\bworst\b)")


def h_in_units(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'in drei Tagen' / 'in three days': a future point, or a duration in past narration or after a first or a
    superlative ("his first visit in six years")."""
    before = ctx.text[max(ctx.sentence.start, ctx.span[0] - 80) : ctx.span[0]]
    if ctx.tense == "past" or _FIRST_IN_RE.search(before):
        return h_duration(m, ctx)
    nums, units, _ = _lang_tables(ctx)
    unit = _unit_code(_g(m, "u"), units)
    n = _num(_g(m, "n"), nums)
    if n is None or not unit:
        return _vague("FUTURE_REF", ctx.anchor)
    return _unit_shift(ctx.anchor, int(round(n)), unit)


def h_numeric_date(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d, mo, y = int(_g(m, "d")), int(_g(m, "m")), _g(m, "y")
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    year = (2000 + int(y) if len(y) == 2 else int(y)) if y else _year_for(mo, d, ctx.anchor, ctx.tense)
    try:
        return _day(date(year, mo, d))
    except ValueError:
        return None


def _month_num(word: str, months: dict[str, int]) -> int:
    return months.get(word, months.get(word.capitalize(), 0))


def _pmod(word: str) -> str | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if not w or w in ("earlier", "later"):
        return None
    if w.startswith(("anfang", "early", "beginn", "the beginning", "the start", "beginning", "start")):
        return "START"
    if w.startswith(("mitte", "mid", "the middle", "middle")):
        return "MID"
    if w.startswith(("ende", "late", "the end", "end")):
        return "END"
    return None


_YEAR_OFFSETS = {
    "last": -1, "this": 0, "next": 1, "vergangenen": -1, "letzten": -1, "vorigen": -1, "diesen": 0, "kommenden": 1,
    "nächsten": 1,
}  # fmt: skip


def h_text_date(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    months = MONTHS_EN if ctx.language == "en" else MONTHS_DE
    mo = _month_num(_g(m, "mon"), months)
    d = int(_g(m, "d"))
    if not mo:
        return None
    yrel = _g(m, "yrel").lower()
    if _g(m, "y"):
        y = int(_g(m, "y"))
    elif yrel:  # "Feb. 24 last year", "am 24. Februar vergangenen Jahres"
        y = ctx.anchor.year + _YEAR_OFFSETS[yrel]
    else:
        y = _year_for(mo, d, ctx.anchor, ctx.tense)
        if ctx.tense == "past" and _prev_word(ctx.text, m.start()).lower() in _FUTURE_PREPS:
            y = _start_or_deadline_year(mo, d, ctx.anchor, y)
    try:
        return _day(date(y, mo, d))
    except ValueError:
        return None


def _start_or_deadline_year(month: int, day: int, anchor: date, past_year: int) -> int:
    """ "agreed to halt strikes for 30 days from June 1", "has told the ambassador to leave by February 24": a start
    or deadline set in a past-tense sentence lies ahead when it is weeks away, not most of a year back."""
    try:
        ahead = next(date(y, month, day) for y in (anchor.year, anchor.year + 1) if date(y, month, day) >= anchor)
        back = date(past_year, month, day)
    except ValueError:
        return past_year
    return ahead.year if (ahead - anchor).days <= 120 and (anchor - back).days > 180 else past_year


_SAME_YEAR = frozenset({"desselben", "des gleichen", "the same"})
_YEAR_BEFORE_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d])")


def _year_named_before(text: str, pos: int) -> int | None:
    """The last four-digit year written in the 300 characters before ``pos``."""
    years = _YEAR_BEFORE_RE.findall(text, max(0, pos - 300), pos)
    return int(years[-1]) if years else None


_VAGUE_UNIT_STEMS = (
    ("minute", "M"), ("stunde", "H"), ("hour", "H"), ("tag", "D"), ("day", "D"), ("woche", "W"), ("week", "W"),
    ("monat", "MON"), ("month", "MON"), ("jahr", "Y"), ("jähr", "Y"), ("year", "Y"), ("multiyear", "Y"),
    ("multi-year", "Y"), ("mehrjähr", "Y"), ("mehrwöch", "W"), ("mehrmonat", "MON"), ("mehrtäg", "D"),
)  # fmt: skip


def h_vague_units_any(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """ "for months", "seit Wochen", "Hours later", "monatelang", "multiyear": an unspecified number of units."""
    groups = m.groupdict()
    word = next((groups[g] for g in ("x", "x2", "x3") if groups.get(g)), "")
    unit = next((code for stem, code in _VAGUE_UNIT_STEMS if word.lower().startswith(stem)), "")
    if not unit:
        unit = next((code for stem, code in _VAGUE_UNIT_STEMS if stem in word.lower()), "")
    return _Res("DURATION", _duration_value(None, unit), None, None, "vague") if unit else None


def h_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    months = MONTHS_EN if ctx.language == "en" else MONTHS_DE
    mo = _month_num(_g(m, "mon"), months)
    if not mo:
        return None
    rmod = _g(m, "rmod").lower()
    tense = _prep_tense(_prev_word(ctx.text, m.start()), ctx.tense)
    yrel = _g(m, "yrel").lower()
    if _g(m, "y"):
        y = int(_g(m, "y"))
    elif yrel in _SAME_YEAR:  # "im Juni desselben Jahres", "in June the same year": the year named before
        y = _year_named_before(ctx.text, m.start()) or ctx.anchor.year
    elif yrel:
        offset = _rel_offset(yrel)
        y = ctx.anchor.year + (offset if offset is not None else 0)
    elif rmod in ("last", "letzten", "vergangenen", "vorigen"):
        y = ctx.anchor.year if mo < ctx.anchor.month else ctx.anchor.year - 1
    elif rmod in ("next", "kommenden", "nächsten"):
        y = ctx.anchor.year if mo > ctx.anchor.month else ctx.anchor.year + 1
    elif rmod in ("this", "diesen"):
        y = ctx.anchor.year
    else:
        if _EVENT_NOUN_BEFORE_RE.search(ctx.text, max(0, m.start() - 45), m.start()):
            # "beim Nato-Gipfel im Juli", "the ASEAN summit in October", "eine für April geplante Runde": a scheduled
            # event's month is the nearest one, whatever the tense of the verb that mentions it
            tense = "none"
        y = _year_for(mo, 0, ctx.anchor, tense)
    return _month(y, mo, _pmod(_g(m, "pmod")))


_EVENT_NOUN_BEFORE_RE = re.compile(
    r"\b(?:\w*[Gg]ipfel\w*|summit|Treffen|meeting|Konferenz|conference|Forum|forum|Runde|round|Tagung|session|Sitzung)"
    r"\b[^.;,]{0,30}$"
)


_SEASON_WORDS = {
    "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
}  # fmt: skip


def h_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(_g(m, "y"))
    season = _SEASON_WORDS.get(_g(m, "season").lower())
    if season:
        return _season(y, season)
    return _year(y, _pmod(_g(m, "pmod")))


def h_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    dec = _g(m, "dec")
    start = int(dec)
    mod = _pmod(_g(m, "pmod"))
    s, e = _narrow(date(start, 1, 1), date(start + 9, 12, 31), mod)
    return _Res("DATE", dec[:3], s, e, "year", mod)


def h_season_rel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'im Sommer', 'last winter', 'diesen Herbst': the season's year from the modifier or tense."""
    code = _SEASON_WORDS[_g(m, "season").lower()]
    rmod = (_g(m, "rmod2") or _g(m, "rmod")).lower()
    a = ctx.anchor
    cur_year = a.year - 1 if (code == "WI" and a.month <= 2) else a.year
    start_this = date(cur_year, _SEASON_START[code], 1)
    end_this = month_end(cur_year + 1, 2) if code == "WI" else month_end(cur_year, _SEASON_START[code] + 2)
    if rmod in ("last", "letzten", "vergangenen", "vorigen", "past"):
        y = cur_year if end_this < a else cur_year - 1
    elif rmod in ("next", "kommenden", "nächsten", "coming"):
        y = cur_year if start_this > a else cur_year + 1
    elif rmod in ("this", "diesen", "diesem"):
        y = cur_year
    elif " ".join(_g(m, "prep").lower().split()) in _SEASON_DEADLINE_PREPS or _SEASON_DEADLINE_BEFORE_RE.search(
        ctx.text, max(0, m.start() - 20), m.start()
    ):
        # "bat um zwei Batterien noch vor dem Winter", "generators ahead of the winter": the season ahead
        y = cur_year if end_this >= a else cur_year + 1
    else:
        y = cur_year
        if ctx.tense == "past" and start_this > a:
            y -= 1
        elif ctx.tense == "future" and end_this < a:
            y += 1
    return _season(y, code)


_SEASON_DEADLINE_PREPS = frozenset({"vor dem", "bis", "bis zum", "before", "by", "until", "ahead of"})
_SEASON_DEADLINE_BEFORE_RE = re.compile(
    r"\b(?:vor|before|bis|by|until|für|for|ahead\s+of)\s+(?:dem|den|the\s+)?\s*$", re.I
)


_ORD = {
    "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "letzten": 4, "letzte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4,
}  # fmt: skip


def h_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    q = int(_g(m, "q")) if _g(m, "q") else _ORD.get(_g(m, "ord").lower(), 0)
    unit = (_g(m, "u") or "quartal").lower()
    half = unit.startswith(("halb", "half", "jahreshälfte"))
    if half:
        q = 2 if q >= 2 else 1
    if not q:
        return None
    a = ctx.anchor
    if _g(m, "y"):
        y = int(_g(m, "y"))
    else:
        cur = (a.month - 1) // 6 + 1 if half else (a.month - 1) // 3 + 1
        y = a.year
        if ctx.tense == "past" and q > cur:
            y -= 1
        elif ctx.tense == "future" and q < cur:
            y += 1
    return _half(y, q) if half else _quarter(y, q)


def _pod_code(word: str) -> str:
    return PARTS_OF_DAY.get(word.lower(), "") if word else ""


def _weekday_modifier(word: str) -> str:
    w = word.lower()
    if w in ("kommenden", "nächsten", "next", "coming", "following", "kommender", "nächster"):
        return "next"
    if w in ("vergangenen", "letzten", "vorigen", "last", "past", "previous", "vergangener", "letzter"):
        return "last"
    if w in ("diesen", "diesem", "this", "dieser"):
        return "this"
    return ""


_FUTURE_PREPS = frozenset({"bis", "ab", "by", "until", "till", "before", "from", "zum"})
_PAST_PREPS = frozenset({"seit", "since"})


def _prep_tense(prep: str, tense: Tense) -> Tense:
    p = prep.lower()
    if p in _PAST_PREPS:
        return "past"
    if p == "für":  # "hat für Samstag eingeladen", "das für Montag geplante Treffen": the day is ahead
        return "future"
    if p in _FUTURE_PREPS and tense != "past":
        return "future"
    return tense


_DEADLINE_PREPS = frozenset({"bis", "until", "till", "by"})
_FAILED_PLAN_RE = re.compile(r"\b(?:zusammengebrochen|gescheitert|geplatzt|abgesagt|ausgefallen|nicht\s+zustande)\b")
_JOINED_DAY_RE = re.compile(r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:und|oder|and|or)\s+$")


def _nearest_tense(weekday: int, anchor: date) -> Tense:
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    return "future" if 0 < ahead < back else "past"


_PAPER_BEFORE = frozenset({"welt am", "bild am", "mail on", "observer on", "welt", "bild"})
_PAPER_AFTER = frozenset({"times", "telegraph", "express", "mirror", "post", "herald", "independent", "people",
                          "zeitung", "gazette"})  # fmt: skip


def g_weekday(m: re.Match[str], text: str) -> bool:
    """Newspapers ('Welt am Sonntag', 'Sunday Times') and 'Black/Good Friday' are not weekdays."""
    wd_start = m.start("wd")
    before = text[max(0, wd_start - 10) : wd_start].lower().split()
    if len(before) >= 2 and " ".join(before[-2:]) in _PAPER_BEFORE:
        return False
    if before and before[-1] in ("black", "good", "holy", "ash"):
        return False
    return _next_word(text, m.end("wd")).lower() not in _PAPER_AFTER


def _verb_or_start_before(ctx: _Ctx, start: int) -> bool:
    """A verb ("reist am Dienstag") or nothing ("Am Freitag beraten") before the day phrase starting at ``start``."""
    before = ctx.text[max(ctx.sentence.start, start - 40) : start].split()
    return not before or before[-1][:1].islower()


def h_weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    weekdays = WEEKDAYS_EN if ctx.language == "en" else WEEKDAYS_DE
    wd = weekdays.get(_g(m, "wd").capitalize())
    if wd is None:
        return None
    wmod = _g(m, "wmod").lower()
    if wmod in ("heutigen", "heutige"):
        d = ctx.anchor
    elif wmod in ("gestrigen", "gestrige"):
        d = ctx.anchor - timedelta(days=1)
    elif wmod in ("morgigen", "morgige"):
        d = ctx.anchor + timedelta(days=1)
    else:
        prep = _g(m, "prep").lower()
        prior = [d for p, d in ctx.day_refs if p < ctx.span[0]]
        tense = _prep_tense(prep, ctx.tense)
        if prep == "für" and _FAILED_PLAN_RE.search(ctx.sentence.text):
            tense = "past"  # "eine für Samstag vereinbarte Feuerpause war zusammengebrochen": a plan that failed
        # "für Samstag und Sonntag", "on Saturday and Sunday": the second day follows the first.
        window = ctx.text[max(0, ctx.span[0] - 25) : ctx.span[0]]
        joined = not prep and not wmod and bool(prior) and _JOINED_DAY_RE.search(window) is not None
        plan_told_in_present = ctx.language == "de" and not ctx.sentence.is_headline
        if tense == "present" and plan_told_in_present and _verb_or_start_before(ctx, m.start()):
            # "Putin reist am Dienstag nach Teheran", "Am Freitag beraten die Minister": German tells plans in the
            # present; "nach einer Videokonferenz am Freitag heißt es" (a noun before the day) stays nearest.
            tense = "future"
        elif tense == "present" or (tense == "none" and ctx.sentence.is_headline):
            tense = _nearest_tense(wd, ctx.anchor)
        deadline = None
        if prep in _DEADLINE_PREPS and prior and not wmod:
            ref = prior[-1]
            deadline = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
            if tense == "future" and deadline < ctx.anchor:
                deadline = None
        if deadline is not None:
            d = deadline
        elif joined:
            d = prior[-1] + timedelta(days=(wd - prior[-1].weekday()) % 7 or 7)
        elif ctx.sentence.is_headline and not wmod and wd in ctx.body_weekdays:
            d = ctx.body_weekdays[wd]  # "… in Istanbul on Thursday": the Thursday the article body means
        else:
            d = resolve_weekday(wd, ctx.anchor, tense, _weekday_modifier(wmod))
    pod = _pod_code(_g(m, "pod") or _g(m, "pod2"))
    if not pod and _g(m, "pmod"):
        pod = "MO" if _g(m, "pmod").lower() == "early" else "NI"
    return _time_pod(d, pod) if pod else _day(d)


_REL_DAYS = {
    "heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2,
    "heutige": 0, "heutigen": 0, "heutiger": 0, "heutiges": 0, "heutigem": 0,
    "gestrige": -1, "gestrigen": -1, "gestriger": -1, "gestriges": -1, "gestrigem": -1,
    "morgige": 1, "morgigen": 1, "morgiger": 1, "morgiges": 1, "morgigem": 1,
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2, "this": 0, "last": -1,
}  # fmt: skip


def h_relday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = " ".join(_g(m, "rel").lower().split())
    offset = _REL_DAYS.get(rel)
    if offset is None:
        return None
    d = ctx.anchor + timedelta(days=offset)
    pod = _pod_code(_g(m, "pod"))
    if rel == "tonight":
        pod = "NI"
    if rel == "last" and pod != "NI":  # "last evening" is unusual; "last night"
        pod = pod or "NI"
    return _time_pod(d, pod) if pod else _day(d)


def h_night_to(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    wd = (WEEKDAYS_EN if ctx.language == "en" else WEEKDAYS_DE).get(_g(m, "wd").capitalize())
    if wd is None:
        return None
    tense = "future" if ctx.tense == "future" else "past"
    day_after = resolve_weekday(wd, ctx.anchor + timedelta(days=1), tense)
    return _time_pod(day_after - timedelta(days=1), "NI")


def _unit_name(word: str) -> str:
    w = word.lower()
    for stem, code in (
        ("wochenend", "WE"), ("weekend", "WE"), ("woche", "W"), ("week", "W"), ("monat", "MON"),
        ("month", "MON"), ("quartal", "Q"), ("quarter", "Q"), ("halbjahr", "H"), ("jahrzehnt", "DE"),
        ("decade", "DE"), ("jahr", "Y"), ("year", "Y"), ("tag", "D"), ("day", "D"),
    ):  # fmt: skip
        if w.startswith(stem):
            return code
    return ""


def _rel_offset(rmod: str) -> int | None:
    w = " ".join(rmod.lower().split())
    w = w.removeprefix("the ")
    if w in ("vergangene", "vergangenen", "vergangener", "vergangenes", "letzte", "letzten", "letzter",
             "letztes", "vorige", "vorigen", "voriger", "voriges", "last", "past", "previous"):  # fmt: skip
        return -1
    if w in ("vorletzte", "vorletzten", "vorletzter", "vorletztes"):
        return -2
    if w in ("diese", "dieser", "diesen", "dieses", "diesem", "this", "laufenden", "laufende",
             "laufendes", "current", "aktuellen"):  # fmt: skip
        return 0
    if w in ("kommende", "kommenden", "kommender", "kommendes", "nächste", "nächsten", "nächster",
             "nächstes", "next", "coming", "following"):  # fmt: skip
        return 1
    if w in ("übernächste", "übernächsten", "übernächster", "übernächstes"):
        return 2
    return None


def h_rel_unit(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'letzte Woche', 'vergangenen Jahres', 'Ende des Monats', 'earlier this month', 'next year'."""
    unit = _unit_name(_g(m, "unit"))
    rmod = _g(m, "rmod")
    offset = _rel_offset(rmod) if rmod else 0
    if offset is None:
        return None
    mod = _pmod(_g(m, "pmod"))
    a = ctx.anchor
    res: _Res | None
    if unit == "W":
        res = _week(a + timedelta(weeks=offset), mod)
    elif unit == "WE":
        if offset == 0 and not rmod:
            tense = ctx.tense
            if tense == "future":
                sat = a + timedelta(days=(5 - a.weekday()) % 7) if a.weekday() != 6 else a
            else:
                sat = a - timedelta(days=(a.weekday() - 5) % 7) if a.weekday() != 6 else a
            return _weekend(sat)
        return _weekend(a + timedelta(weeks=offset))
    elif unit == "MON":
        d = _add_months(a.replace(day=1), offset)
        res = _month(d.year, d.month, mod)
    elif unit == "Y":
        res = _year(a.year + offset, mod)
    elif unit == "Q":
        d = _add_months(a.replace(day=1), 3 * offset)
        res = _quarter(d.year, (d.month - 1) // 3 + 1)
    elif unit == "H":
        h = (a.month - 1) // 6 + 1 + offset
        res = _half(a.year + (h - 1) // 2, (h - 1) % 2 + 1)
    elif unit == "DE":
        start = (a.year // 10 + offset) * 10
        return _Res("DATE", f"{start // 10:03d}", date(start, 1, 1), date(start + 9, 12, 31), "year", mod)
    elif unit == "D":
        return _day(a + timedelta(days=offset))
    else:
        return None
    return res


def h_rel_plural(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'in den kommenden Tagen', 'in recent weeks', 'den vergangenen Monaten'."""
    offset = _rel_offset(_g(m, "rmod"))
    if offset is None:
        return None
    if offset < 0:
        return _vague("PAST_REF", ctx.anchor)
    if offset > 0:
        return _vague("FUTURE_REF", ctx.anchor)
    return _vague("PRESENT_REF", ctx.anchor)


def _const_vague(kind: str) -> Handler:
    def handler(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        return _vague(kind, ctx.anchor)

    return handler


_SET_VALUES = {
    "stündlich": "PT1H", "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
    "alljährlich": "P1Y", "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "quarterly": "P3M",
    "vierteljährlich": "P3M", "halbjährlich": "P6M",
}  # fmt: skip


def h_set(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    word = _g(m, "set").lower()
    value = _SET_VALUES.get(word)
    if value is None:  # "jeden Tag", "every week", "alle zwei Wochen"
        nums, units, _ = _lang_tables(ctx)
        unit = _unit_code(_g(m, "u"), units)
        if not unit:
            return None
        n = _num(_g(m, "n"), nums) if _g(m, "n") else 1
        value = _duration_value(n, unit)
    mod = "APPROX" if _g(m, "mod") else None
    return _Res("SET", value, None, None, "vague", mod)


_WD_SETS = {
    "montags": 1, "dienstags": 2, "mittwochs": 3, "donnerstags": 4, "freitags": 5, "samstags": 6,
    "sonnabends": 6, "sonntags": 7, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
    "fridays": 5, "saturdays": 6, "sundays": 7,
}  # fmt: skip


def h_weekday_set(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = _WD_SETS.get(_g(m, "wds").lower())
    return _Res("SET", f"XXXX-WXX-{n}", None, None, "vague") if n else None


def _clock_hm(m: re.Match[str]) -> tuple[int, int]:
    word = _g(m, "word").lower()
    if word in ("mitternacht", "midnight"):
        return 0, 0
    if word in ("noon", "mittag", "midday"):
        return 12, 0
    h = int(_g(m, "h"))
    mi = int(_g(m, "mi") or 0)
    ampm = _g(m, "ampm").lower().replace(".", "")
    pod = _g(m, "pod").lower()
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    elif pod in ("abends", "nachmittags", "nachts") and h < 12 and not (pod == "nachts" and h < 5):
        h += 12
    return h, mi


def _clock_day(ctx: _Ctx) -> date | None:
    """Day a clock time belongs to: a day named right after it ("noon on Jan. 6", "um 18 Uhr am
    Samstag"), else the nearest day named before it in the sentence, else None."""
    end = ctx.span[1]
    after = [(p, d) for p, d in ctx.day_refs if end <= p <= end + 30]
    if after:
        return min(after)[1]
    before = [(p, d) for p, d in ctx.day_refs if p < ctx.span[0]]
    return max(before)[1] if before else _recent_context_day(ctx)


def _recent_context_day(ctx: _Ctx) -> date | None:
    """The day named last before the expression that fits its tense (not after the anchor in past
    narration, not before it in future), if within a week of the anchor: the news of the day."""
    k = bisect.bisect_left(ctx.earlier_days, (ctx.span[0], date.min))
    for i in range(k - 1, -1, -1):
        if ctx.earlier_days[i][0] < ctx.entry_start:
            break  # a live ticker's earlier entries tell other stories
        day = ctx.earlier_days[i][1]
        if abs((day - ctx.anchor).days) > 7:
            continue
        if ctx.tense == "past" and day > ctx.anchor:
            continue
        if ctx.tense == "future" and day < ctx.anchor:
            continue
        return day
    return None


def _night_day(ctx: _Ctx) -> date:
    """The evening a bare "in der Nacht" starts on: that of the day the story last named, except that a past night
    told on the day itself was the one before it (the coming night has not happened yet)."""
    day = _recent_context_day(ctx)
    if ctx.tense == "future":
        return day or ctx.anchor
    if day is None or day >= ctx.anchor:
        return ctx.anchor - timedelta(days=1)
    return day


_APPROX_PREPS = frozenset({"gegen", "around", "about", "approximately", "shortly before", "shortly after",
                           "kurz vor", "kurz nach", "roughly"})  # fmt: skip


_TICKER_BEFORE_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:\+{2,}[^\S\n]*)?$")
_TICKER_AFTER_RE = re.compile(
    r"[^\S\n]*(?:(?:Uhr|BST|GMT|UTC|CET|CEST|MEZ|MESZ|EST|EDT|ET)[^\S\n]*)?(?:\+{2,}|:|[–—-][^\S\n])"
    r"|[^\S\n]+(?=[A-ZÄÖÜ„“\"])"
)


def _is_ticker_stamp(m: re.Match[str]) -> bool:
    """ "16.10 Uhr: Merz ...", "+++ 08:00 +++": a live ticker's time stamp opening a line is on the day of
    publication, whatever day its entry talks about."""
    start, end = m.span("x")
    return (
        _TICKER_BEFORE_RE.search(m.string, max(0, start - 8), start) is not None
        and _TICKER_AFTER_RE.match(m.string, end) is not None
    )


def h_clock(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    h, mi = _clock_hm(m)
    if h > 24 or mi > 59:
        return None
    word = _g(m, "word").lower()
    day = ctx.published if _is_ticker_stamp(m) else _clock_day(ctx)
    if word in ("mitternacht", "midnight"):
        if _g(m, "dd"):  # "Mitternacht zum 8. Mai": the midnight that starts that day
            dd, mo = int(_g(m, "dd")), _month_num(_g(m, "dmon"), MONTHS_DE)
            try:
                day = date(_year_for(mo, dd, ctx.anchor, ctx.tense), mo, dd)
            except ValueError:
                return None
        elif _g(m, "wd"):
            wd = WEEKDAYS_DE[_g(m, "wd")]
            prior = [d for p, d in ctx.day_refs if p < ctx.span[0]]
            if prior:
                day = prior[-1] + timedelta(days=(wd - prior[-1].weekday()) % 7 or 7)
            else:
                day = resolve_weekday(wd, ctx.anchor, "future" if ctx.tense != "past" else "past")
        elif day is not None:
            day = day + timedelta(days=1)  # midnight ending that day
        else:
            day = ctx.anchor + timedelta(days=1) if ctx.tense == "future" else ctx.anchor
    elif day is None:
        day = ctx.anchor
    prep = " ".join(_g(m, "prep").lower().split())
    mod = "APPROX" if prep in _APPROX_PREPS or _g(m, "amod") else None
    return _Res("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}", day, day, "time", mod)


_HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31),
    "silvestertag": (12, 31), "silvesterabend": (12, 31), "neujahrsmorgen": (1, 1),
    "neujahr": (1, 1), "neujahrstag": (1, 1), "ostern": "easter", "ostersonntag": "easter",
    "tag des sieges": (5, 9), "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "easter": "easter", "easter sunday": "easter",
    "victory day": (5, 9), "thanksgiving": "thanksgiving",
    # days counted from Easter Sunday ("easter+1" is Easter Monday)
    "ostermontag": "easter+1", "karfreitag": "easter-2", "karsamstag": "easter-1", "gründonnerstag": "easter-3",
    "palmsonntag": "easter-7", "pfingsten": "easter+49", "pfingstsonntag": "easter+49", "pfingstmontag": "easter+50",
    "easter monday": "easter+1", "good friday": "easter-2", "holy saturday": "easter-1", "holy thursday": "easter-3",
    "maundy thursday": "easter-3", "palm sunday": "easter-7", "pentecost": "easter+49", "whit monday": "easter+50",
}  # fmt: skip


_HOLIDAY_YEAR_RE = re.compile(r"[^\S\n]+(?:in|im|of|von)[^\S\n]+(?:[A-ZÄ][a-zä]+[^\S\n]+)?((?:19|20)\d{2})(?!\d)")


def h_holiday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    name = " ".join(_g(m, "hol").lower().split())
    orthodox = bool(_g(m, "orth"))
    spec = _HOLIDAYS.get(name)
    if spec is None:
        return None
    y_text = _g(m, "y") or _g(m, "y2")
    if not y_text:
        follow = _HOLIDAY_YEAR_RE.match(ctx.text, m.end())
        y_text = follow.group(1) if follow else ""

    def on(year: int) -> date:
        if isinstance(spec, str) and spec.startswith("easter"):
            return easter(year, orthodox) + timedelta(days=int(spec[len("easter") :] or 0))
        if spec == "thanksgiving":
            nov1 = date(year, 11, 1)
            return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21)
        assert isinstance(spec, tuple)
        if orthodox and spec == (12, 25):
            return date(year + 1, 1, 7)  # Orthodox Christmas of the season starting in year
        return date(year, *spec)

    if y_text:
        y = int(y_text)
        if orthodox and spec == (12, 25):
            return _holiday_day(name, date(y, 1, 7))
        return _holiday_day(name, on(y))
    cands = [on(y) for y in (ctx.anchor.year - 2, ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    nearest = min(cands, key=lambda c: abs((c - ctx.anchor).days))
    if abs((nearest - ctx.anchor).days) <= 14:
        pick = nearest
    elif ctx.tense == "future":
        pick = min((c for c in cands if c >= ctx.anchor), default=cands[-1])
    elif ctx.tense == "past":
        pick = max((c for c in cands if c <= ctx.anchor), default=cands[0])
        ahead = min((c for c in cands if c >= ctx.anchor), default=pick)
        # "drängten auf ein Treffen noch vor Ostern" (in February): a deadline weeks ahead, not last year's feast
        if (
            _prev_word(ctx.text, m.start()).lower() in _HOLIDAY_DEADLINE_PREPS
            and (ahead - ctx.anchor).days <= 120
            and (ctx.anchor - pick).days > 180
            and not _PLUPERFECT_RES.get(ctx.language, _PLUPERFECT_RES["en"]).search(ctx.sentence.text)
        ):
            pick = ahead
    else:
        pick = min(cands, key=lambda c: abs((c - ctx.anchor).days))
    return _holiday_day(name, pick)


_HOLIDAY_PARTS_OF_DAY = {"neujahrsmorgen": "MO", "silvesterabend": "EV"}


def _holiday_day(name: str, d: date) -> _Res:
    """The holiday's day, or its morning or evening ("Neujahrsmorgen" is 1 January TMO)."""
    pod = _HOLIDAY_PARTS_OF_DAY.get(name)
    return _time_pod(d, pod) if pod else _day(d)


_PLUPERFECT_RES = {  # English "war" is the noun
    "de": re.compile(r"\b(?:hatte|hatten|war|waren)\b"),
    "en": re.compile(r"\bhad\b", re.I),
}
_HOLIDAY_DEADLINE_PREPS = frozenset({"vor", "before", "bis", "by", "until", "till", "zu", "zum", "für", "for"})


# ---------------------------------------------------------------------------------------------
# Guards (run before overlap resolution)
# ---------------------------------------------------------------------------------------------

_COUNT_NOUN_RE = re.compile(
    r"(?i:[^\S\n]*(?:%|prozent|percent|km|kilometer|meter|menschen|personen|soldaten|einwohner|"
    r"euro|dollar|us-dollar|tonnen|stück|mal|tote|toten|opfer|drohnen|raketen|gefangene|gefangenen|"
    r"people|troops|soldiers|residents|dollars|euros|tons|tonnes|times|killed|dead|drones|missiles|"
    r"prisoners|pows|civilians|zivilisten|kämpfer|fighters|units|einheiten|panzer|tanks|mio|mrd|"
    r"millionen|milliarden|million|billion|shells|rounds|granaten|geschosse|vehicles|fahrzeuge|jets)\b"
    r"|-\d(?!\d))"  # a model number: "Mirage 2000-5"
)
_YEAR_BLOCKERS = frozenset(
    {"resolution", "nr.", "nr", "no.", "artikel", "article", "paragraf", "paragraph", "flug", "flight",
     "linie", "top", "nummer", "number", "platz", "seite", "page", "zimmer", "room", "nummern", "kapitel",
     "mirage"}
)  # fmt: skip


_YEAR_CUES_DE = frozenset(
    {"im", "in", "seit", "bis", "von", "vom", "vor", "nach", "ab", "und", "oder", "zwischen", "jahr", "jahres",
     "jahre", "anfang", "mitte", "ende", "beginn", "frühjahr", "sommer", "herbst", "winter", "für", "um", "gegen"}
)  # fmt: skip


def g_year_de(m: re.Match[str], text: str) -> bool:
    """German counts look like years: '2000 Stimmen'. A bare year followed by a capitalised noun
    needs a cue before it ('seit 2014 Krieg' is fine, '2000 Stimmen' is not)."""
    if not g_year(m, text):
        return False
    if _g(m, "pmod") or _g(m, "season") or _g(m, "jahr"):
        return True
    nxt = _next_word(text, m.end())
    if nxt[:1].isupper() and nxt not in MONTHS_DE and nxt not in WEEKDAYS_DE:
        return _prev_word(text, m.start()).lower() in _YEAR_CUES_DE
    return True


def g_year(m: re.Match[str], text: str) -> bool:
    if _g(m, "pmod") or _g(m, "season") or _g(m, "jahr") or _g(m, "prep"):
        pass
    elif _COUNT_NOUN_RE.match(text, m.end()):
        return False
    return _prev_word(text, m.start()).lower() not in _YEAR_BLOCKERS


_MONTH_CUES = frozenset(
    {"im", "in", "seit", "bis", "ab", "vom", "von", "zum", "nach", "vor", "monat", "monats", "des",
     "since", "until", "till", "by", "from", "through", "to", "of", "during", "before", "after",
     "last", "next", "this", "early", "late", "mid", "für", "for", "anfang", "mitte", "ende", "und", "and",
     "oder", "or", "as", "between", "zwischen", "late-", "end", "beginning"}
)  # fmt: skip


def g_month(m: re.Match[str], text: str) -> bool:
    if _g(m, "y") or _g(m, "pmod") or _g(m, "rmod"):
        return True
    prev = _prev_word(text, m.start()).lower()
    if prev == "as":  # "as early as July", not "leaders such as May"
        return _g(m, "mon").lower() != "may"
    return prev in _MONTH_CUES


def g_not_sentence_initial_noun(m: re.Match[str], text: str) -> bool:
    """'Morgen' as tomorrow only at the very start of a sentence, followed by a lowercase word."""
    i = m.start()
    j = i
    while j > 0 and text[j - 1] in ' \t\u00a0"„“»«':
        j -= 1
    if j > 0 and text[j - 1] not in ".!?\n:":
        return False
    nxt = _next_word(text, m.end())
    return bool(nxt) and nxt[0].islower()


def g_morgen(m: re.Match[str], text: str) -> bool:
    prev = _prev_word(text, m.start()).lower()
    return prev not in ("heute", "gestern", "guten", "am", "jeden", "den", "dem", "diesen", "frühen")


_GENITIVE_RE = re.compile(r"[^\S\n]+(?:der|des|von|of|for)\b|[^\S\n]+[A-ZÄÖÜ]\w*s\b", re.IGNORECASE)


def g_future_noun(m: re.Match[str], text: str) -> bool:
    """'die Zukunft der Ukraine' / 'the future of X' mean the fate of X: not a timex."""
    return not _GENITIVE_RE.match(text, m.end())


_NACHDEM_RE = re.compile(r"(?i)\b(?:nachdem|bevor|als|seitdem|after|before|when|since)\b")


def g_zuletzt(m: re.Match[str], text: str) -> bool:
    """'zuletzt' is PAST_REF except 'nicht zuletzt' (not least) and inside a clause anchored on
    another event ('nachdem diese zuletzt ...'), where it is relational like 'zuvor'."""
    if _prev_word(text, m.start()).lower() in ("nicht", "not", "bis"):
        return False
    start = m.start()
    lo = max(text.rfind(",", 0, start), text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    return not _NACHDEM_RE.search(text, lo, start)


def g_soon(m: re.Match[str], text: str) -> bool:
    nxt = _next_word(text, m.end()).lower()
    return nxt not in (
        "after",
        "afterwards",
        "afterward",
        "before",
        "beforehand",
        "thereafter",
        "darauf",
        "danach",
        "nach",
    )


_HOLIDAY_NAME_RE = re.compile(
    r"[^\S\n]*-?[^\S\n]*(?i:truce|ceasefire|cease-fire|waffenruhe|feuerpause|message|address|botschaft|"
    r"ansprache|offensive|tree|baum|market|markt|party|feier|greetings|grüße|grüsse|eve|day|tag|agreement|"
    r"abkommen)\b"
)


def g_holiday(m: re.Match[str], text: str) -> bool:
    """'Easter truce' / 'Oster-Waffenruhe': a holiday inside a name is not a timex."""
    return not _HOLIDAY_NAME_RE.match(text, m.end())


def g_day_anaphor(m: re.Match[str], text: str) -> bool:
    """'the day before the summit' is event-anchored: not annotated ("said that day the army would ..." is a day)."""
    if m.group("x2") is not None:
        return True
    nxt = _next_word(text, m.end())
    return not nxt or nxt.lower() not in ("the", "a", "an", "his", "her", "its", "their", "dem", "der", "des")


_ONE_WORDS = frozenset({"ein", "eine", "einen", "einem", "einer", "a", "an", "one"})
_NOT_DURATION_NEXT = frozenset({"der", "des", "x", "of", "when", "where", "that", "an", "auf", "für", "zum"})
_NOT_DURATION_PREV = frozenset({"von", "vom", "über", "zu", "als", "wie", "like", "as"})


def g_duration(m: re.Match[str], text: str) -> bool:
    """'eines Tages' (some day), 'einem Tag der Trauer', 'a day of mourning': not durations."""
    n = _g(m, "n").lower()
    if n == "eines":
        return False
    if n in _ONE_WORDS and not _g(m, "mod") and not _g(m, "rmod"):
        if _next_word(text, m.end()).lower() in _NOT_DURATION_NEXT:
            return False
        if _prev_word(text, m.start()).lower() in _NOT_DURATION_PREV:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Grammars
# ---------------------------------------------------------------------------------------------


_CI_GROUPS = ("pmod", "rmod", "rmod2", "mod", "wmod", "amod", "yrel", "ord")
_CI_DETERMINERS = ("(?:den|dem|der|des)", "(?:die|den|der)", "(?:den|die|der)", "(?:das|dem|des)",
                   "(?:der|die|das|den|dem|des)")  # fmt: skip


def _closing_paren(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the group whose content starts at ``start``."""
    depth, i, in_class = 1, start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced pattern")


def _case_insensitive_modifiers(pattern: str) -> str:
    """Modifier and determiner groups match at the start of a sentence too ("Fast zwei Stunden",
    "Early May", "Die kommenden 30 Tage"), while month and weekday names stay case-sensitive."""
    for det in _CI_DETERMINERS:
        pattern = pattern.replace(det, "(?i:" + det[3:])
    for name in _CI_GROUPS:
        head = f"(?P<{name}>"
        pos = pattern.find(head)
        while pos != -1:
            body = pos + len(head)
            if not pattern.startswith("(?i:", body):
                end = _closing_paren(pattern, body)
                pattern = pattern[:body] + "(?i:" + pattern[body:end] + ")" + pattern[end:]
            pos = pattern.find(head, body)
    return pattern


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(_case_insensitive_modifiers(pattern), flags)


_POD_DE_SUFFIX = r"(?P<pod>morgen|vormittag|mittag|nachmittag|abend|nacht)?"
_POD_DE_WORD = (
    r"(?:" + WS + r"(?P<pod2>früh|morgens|abends|nachts|(?i:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)))?"
)
_REL_UNIT_DE = (
    r"Woche|Wochenende|Wochenendes|Monat|Monats|Monates|Jahr|Jahres|Jahrs|Quartal|Quartals|Halbjahr|"
    r"Halbjahres|Jahrzehnt|Jahrzehnts"
)
_RMOD_DE = (
    r"(?i:vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?|vorletzte[nrs]?|diese[nmrs]?|kommende[nrs]?|"
    r"nächste[nrs]?|übernächste[nrs]?|laufende[nrs]?)"
)
_DET_DE = r"der|die|das|den|dem|des"
_MOD_PRE_DE = r"(?:(?P<mod>" + _MOD_DE + r")" + WS + r")?"
_MOD_PRE_EN = r"(?:(?P<mod>" + _MOD_EN + r")" + WS + r")?"
_NUM_G_DE = r"(?P<n>" + _DIGITS + r"|(?i:" + _NUM_DE + r"))"
_NUM_G_EN = r"(?P<n>" + _DIGITS + r"|(?i:" + _NUM_EN + r"))"


def _rules_de() -> list[_Rule]:
    wd = r"(?P<wd>" + _WD_DE + r")"
    month = r"(?P<mon>" + _MONTH_DE + r")"
    year = r"(?P<y>(?:1[89]|20)\d{2})(?![\d])"
    rules = [
        _Rule("iso_date", _c(r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), h_numeric_date, 5),
        _Rule(
            "numeric_date",
            _c(r"(?<![\d.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:(?P<y>\d{4}|\d{2})(?![\d.]))?"),
            h_numeric_date,
            4,
        ),
        _Rule(
            "text_date",
            _c(
                L
                + r"(?:"
                + wd
                + r",?"
                + WS
                + r"(?:(?:den|dem)"
                + WS
                + r")?)?(?P<d>\d{1,2})\."
                + OWS
                + month
                + r"(?:"
                + WS
                + year
                + r"|"
                + WS
                + r"(?P<yrel>(?i:vergangenen|letzten|vorigen|diesen|kommenden|nächsten))"
                + WS
                + r"Jahres"
                + r")?"
                + r"(?![\w])"
            ),
            h_text_date,
            5,
        ),
        _Rule(
            "month",
            _c(
                L + r"(?:(?P<pmod>Anfang|Mitte|Ende|anfang|mitte|ende)" + WS + r")?(?:(?P<rmod>kommenden|"
                r"nächsten|vergangenen|letzten|vorigen|diesen)"
                + WS
                + r")?"
                + month
                + r"(?:"
                + WS
                + year
                + r"|"
                + WS
                + r"(?P<yrel>dieses|diesen|des|vergangenen|letzten|kommenden|nächsten|desselben|des\s+gleichen)"
                + WS
                + r"Jahres)?"
                + r"(?![\w])"
            ),
            h_month,
            3,
            g_month,
        ),
        _Rule(
            "year",
            _c(
                L
                + r"(?:(?P<pmod>Anfang|Mitte|Ende|Beginn)"
                + WS
                + r"|(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)"
                + WS
                + r"|(?P<jahr>Jahr|Jahres|Jahre)"
                + WS
                + r")?"
                + r"(?<![\d.,])"
                + year
                + r"(?![.,]\d)"
            ),
            h_year,
            2,
            g_year_de,
        ),
        _Rule(
            "decade",
            _c(
                L
                + r"(?:(?P<pmod>Anfang|Mitte|Ende)"
                + WS
                + r"(?:der"
                + WS
                + r")?)?(?P<dec>(?:1[89]|20)\d0)er"
                + r"(?:"
                + WS
                + r"Jahre[n]?|-Jahre[n]?)?"
                + R
            ),
            h_decade,
            3,
        ),
        _Rule(
            "weekday",
            _c(
                r"(?:(?P<prep>(?i:am|an|seit|bis|ab|vom|zum|für|nach|vor))"
                + WS
                + r")?(?P<x>"
                + L
                + r"(?:(?:den|dem|der|des)"
                + WS
                + r")?(?:(?P<wmod>(?i:kommenden|nächsten|vergangenen|letzten|"
                r"vorigen|diesen|diesem|heutigen|gestrigen|morgigen))"
                + WS
                + r")?"
                + L
                + wd
                + _POD_DE_SUFFIX
                + r"(?![\w])"
                + _POD_DE_WORD
                + r")(?![\w])"
            ),
            h_weekday,
            1,
            g_weekday,
        ),
        _Rule(
            "night_to",
            _c(
                L + r"(?P<x>(?:der|die)" + WS + r"Nacht" + WS + r"(?:zum|zu|auf(?:" + WS + r"den)?)" + WS + wd + r")"
                + R
            ),
            h_night_to,
            3,
        ),
        _Rule(
            "relday",
            _c(
                L
                + r"(?P<rel>(?i:heute|gestern|vorgestern|übermorgen))(?:"
                + WS
                + r"(?P<pod>früh|(?i:morgen|vormittag|mittag|nachmittag|abend|nacht)))?"
                + R
            ),
            h_relday,
            2,
        ),
        _Rule(
            "morgen",
            _c(L + r"(?P<rel>morgen)(?:" + WS + r"(?P<pod>früh|Vormittag|Mittag|Nachmittag|Abend|Nacht))?" + R),
            h_relday,
            1,
            g_morgen,
        ),
        _Rule("morgen_initial", _c(L + r"(?P<rel>Morgen)" + R), h_relday, 0, g_not_sentence_initial_noun),
        _Rule(
            "relday_adj",
            _c(L + r"(?P<rel>(?i:heutige[nmrs]?|gestrige[nmrs]?|morgige[nmrs]?))" + R),
            h_relday,
            0,
        ),
        _Rule(
            "anaphoric_day",
            _c(
                r"(?:(?i:am|vom|zum|an|seit)" + WS + r")(?P<x>(?P<kind_de>Vortag|Vortages|Folgetag|Folgetages|"
                r"selben Tag|gleichen Tag|nächsten Tag|Tag zuvor|Tag danach|Tag darauf)|(?P<this>diesem Tag))" + R
            ),
            lambda m, ctx: h_anaphoric_day_de(m, ctx),
            2,
        ),
        _Rule(
            "same_pod",
            _c(
                r"(?:(?i:am|vom|zum|bis\s+zum)" + WS + r")(?P<x>(?:(?P<which>selben|gleichen|demselben|nächsten|"
                r"folgenden)" + WS + r"(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend))|(?:(?P<pod2>Morgen|Vormittag|"
                r"Mittag|Nachmittag|Abend)" + WS + r"(?:desselben|des" + WS + r"gleichen|des" + WS + r"selben)" + WS
                + r"Tages))" + R
            ),
            h_same_pod_de,
            3,
        ),
        _Rule(
            "vague_units",
            _c(
                r"(?:(?<![\w])(?i:seit|für|über|nach)" + WS + r"(?P<x>(?:Stunden|Tagen|Wochen|Monaten|Jahren))" + R
                + r")|(?:(?<![\w])(?i:über|für|binnen|innerhalb)" + WS
                + r"(?P<x2>(?:Jahre|Monate|Wochen|Tage|Minuten))" + R
                + r")"
                + r"|(?:(?<![\w-])(?P<x3>(?i:(?:stunden|tage|wochen|monate|jahre)lang\w*|mehrjährig\w*|"
                r"mehrwöchig\w*|mehrmonatig\w*|mehrtägig\w*))" + R + r")"
            ),
            lambda m, ctx: h_vague_units_any(m, ctx),
            1,
        ),
        _Rule(
            "vorabend",
            _c(L + r"(?P<x>(?:des" + WS + r")?Vorabend(?:s)?)" + R),
            lambda m, ctx: _time_pod(_past_reference_day(ctx) - timedelta(days=1), "EV"),
            2,
            # "am Vorabend des Gipfels" is anchored on an event, not on a day
            lambda m, t: _next_word(t, m.end()).lower() not in ("des", "der", "von", "vom", "seines", "ihres"),
        ),
        _Rule(
            "vortag",
            _c(L + r"(?P<x>(?:des" + WS + r")?Vortag(?:es|s)?)" + R),
            lambda m, ctx: h_anaphoric_day_de(m, ctx),
            1,
        ),
        _Rule(
            "tags_darauf",
            _c(L + r"(?P<x>(?i:tags)" + WS + r"(?:darauf|zuvor))" + R),
            lambda m, ctx: h_anaphoric_day_de(m, ctx),
            2,
        ),
        _Rule(
            "rel_unit",
            _c(
                L + r"(?:(?P<pmod>Anfang|Mitte|Ende|Beginn)" + WS + r")?(?:(?:" + _DET_DE + r")" + WS + r")?"
                r"(?:(?P<rmod>" + _RMOD_DE + r")" + WS + r")?(?P<unit>" + _REL_UNIT_DE + r")" + R
            ),
            h_rel_unit,
            2,
            lambda m, t: bool(_g(m, "rmod") or (_g(m, "pmod") and _g(m, "unit") not in ("Jahr", "Monat"))),
        ),
        _Rule(
            "rel_compound",
            _c(
                L + r"(?P<x>(?P<unitc>Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Monatsende|Monatsanfang|"
                r"Monatsmitte|Monatsbeginn|Wochenmitte|Wochenbeginn|Vorjahr|Vorjahres|Vormonat|Vormonats|"
                r"Vorwoche))" + R
            ),
            lambda m, ctx: h_compound_de(m, ctx),
            1,
        ),
        _Rule(
            "weekend",
            _c(r"(?:(?i:am|übers|über das|zum|vom|an)" + WS + r")(?P<x>(?P<unit>Wochenende))" + R),
            h_rel_unit,
            1,
        ),
        _Rule(
            "rel_plural",
            _c(
                L + r"(?P<x>(?:(?:den|die|der)" + WS + r")?(?P<rmod>kommenden|nächsten|vergangenen|letzten|"
                r"zurückliegenden|folgenden)" + WS + r"(?:Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunden|"
                r"Jahrzehnte|Jahrzehnten))" + R
            ),
            h_rel_plural,
            2,
        ),
        _Rule(
            "ago",
            _c(L + r"(?P<x>(?i:vor)" + WS + _MOD_PRE_DE + _NUM_G_DE + WS + r"(?P<u>" + _UNIT_DE + r"))" + R),
            h_ago,
            6,
        ),
        _Rule(
            "in_units",
            _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>" + _MOD_PRE_DE + _NUM_G_DE + WS + r"(?P<u>" + _UNIT_DE + r"))" + R),
            h_in_units,
            6,
        ),
        _Rule(
            "duration",
            _c(
                L + r"(?P<x>(?:(?:(?:die|den|der)" + WS + r")?(?P<rmod>(?i:kommenden|nächsten|vergangenen|letzten|"
                r"ersten|folgenden|weiteren|zurückliegenden))"
                + WS
                + r")?"
                + _MOD_PRE_DE
                + _NUM_G_DE
                + WS
                + r"(?:(?:weitere|weiteren|volle|vollen|ganze|ganzen)"
                + WS
                + r")?(?P<u>"
                + _UNIT_DE
                + r"))"
                + R
            ),
            h_duration,
            3,
            g_duration,
        ),
        _Rule(
            "duration_half",
            _c(L + r"(?P<x>(?:eine" + WS + r")?(?P<half>halbe)" + WS + r"(?P<u>Stunde|Jahr|Tag))" + R),
            h_duration,
            3,
        ),
        _Rule(
            "duration_adj",
            _c(
                L + r"(?P<x>(?P<n>\d{1,4}|(?i:" + _NUM_DE + r"))-?(?P<ua>(?i:tägig|stündig|wöchig|monatig|jährig|"
                r"minütig))(?:e[nmrs]?)?)" + R
            ),
            lambda m, ctx: h_duration_adj(m, ctx),
            4,
        ),
        _Rule(
            "duration_lang",
            _c(L + r"(?P<x>(?P<ul>(?i:tage|wochen|monate|jahre|stunden|jahrzehnte|minuten))lang(?:e[nmrs]?)?)" + R),
            lambda m, ctx: h_duration_long(m, ctx),
            2,
        ),
        _Rule(
            "clock",
            _c(
                r"(?:(?P<prep>(?i:kurz vor|kurz nach|um|gegen|ab|bis|seit|vor|nach))"
                + WS
                + r")?(?P<x>(?:(?P<amod>(?i:etwa|rund|ungefähr|ca\.|circa))"
                + WS
                + r")?(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?"
                + WS
                + r"Uhr(?:"
                + WS
                + r"(?P<pod>morgens|früh|abends|nachts|nachmittags|vormittags|mittags))?)"
                + R
            ),
            h_clock,
            4,
        ),
        _Rule(
            "midnight",
            _c(
                r"(?:(?P<prep>(?i:kurz vor|kurz nach|um|gegen|ab|bis|seit|vor|nach|von))" + WS + r")(?P<x>(?P<word>"
                r"Mitternacht|Mittag)(?:" + WS + r"(?:zum|zu|auf(?:" + WS + r"den)?)" + WS + r"(?:(?P<wd>" + _WD_DE
                + r")|(?P<dd>\d{1,2})\." + WS + r"(?P<dmon>" + _MONTH_DE + r")))?)" + R
            ),
            h_clock,
            2,
        ),
        _Rule(
            "quarter",
            _c(
                L + r"(?P<x>(?:(?:das|dem|des)" + WS + r")?(?P<ord>ersten|erste|erstes|zweiten|zweite|dritten|dritte|"
                r"vierten|vierte|letzten|[1-4]\.)" + WS + r"(?P<u>Quartal|Quartals|Halbjahr|Halbjahres|Jahreshälfte)"
                r"(?:" + WS + r"(?P<y>(?:19|20)\d{2}))?)" + R
            ),
            h_quarter,
            4,
        ),
        _Rule(
            "quarter_q",
            _c(L + r"(?P<x>(?P<ord_q>Q)(?P<q>[1-4])(?:" + OWS + r"/?" + OWS + r"(?P<y>(?:19|20)\d{2}))?)" + R),
            h_quarter,
            4,
        ),
        _Rule(
            "season",
            _c(
                r"(?:(?P<prep>(?i:im|seit|bis|ab|vom|zum|seit dem|bis zum|ab dem|nach dem|vor dem))"
                + WS
                + r"|"
                + L
                + r"(?=(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesen)"
                + WS
                + r"))(?P<x>(?:(?P<rmod2>(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesen))"
                + WS
                + r")?(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter))(?![\w])(?!"
                + WS
                + r"\d)"
            ),
            h_season_rel,
            1,
        ),
        # ---- vague references ----
        _Rule(
            "past_ref",
            _c(
                L + r"(?P<x>(?i:kürzlich|kürzliche[nmrs]?|neulich|unlängst|soeben|jüngst|vor kurzem)|"
                r"(?P<lz>letzter|jüngster|jüngerer)" + WS + r"(?:Zeit|Vergangenheit))" + R
            ),
            _const_vague("PAST_REF"),
            1,
        ),
        _Rule("zuletzt", _c(L + r"(?P<x>(?i:zuletzt))" + R), _const_vague("PAST_REF"), 1, g_zuletzt),
        _Rule(
            "past_ref_det",
            _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>der" + WS + r"Vergangenheit)" + R),
            _const_vague("PAST_REF"),
            1,
        ),
        _Rule(
            "present_ref",
            _c(
                L + r"(?P<x>(?i:derzeit|aktuell|gegenwärtig|momentan|zurzeit|zur Zeit|jetzt|heutzutage|"
                r"nunmehr)|Moment)" + R
            ),
            _const_vague("PRESENT_REF"),
            0,
            lambda m, t: m.group("x") != "Moment" or _prev_word(t, m.start()).lower() in ("im",),
        ),
        _Rule(
            "present_days",
            _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>diesen" + WS + r"Tagen)" + R),
            _const_vague("PRESENT_REF"),
            2,
        ),
        _Rule(
            "future_ref",
            _c(
                L
                + r"(?P<x>(?i:bald|demnächst|künftig|zukünftig)|(?:naher|absehbarer|nächster|gegebener)"
                + WS
                + r"(?:Zukunft|Zeit))"
                + R
            ),
            _const_vague("FUTURE_REF"),
            1,
            g_soon,
        ),
        _Rule(
            "future_noun",
            _c(r"(?<![\w])(?i:in|für|für die|in die)" + WS + r"(?P<x>(?:die" + WS + r")?Zukunft)" + R),
            _const_vague("FUTURE_REF"),
            1,
            g_future_noun,
        ),
        _Rule(
            "next_time",
            _c(L + r"(?P<x>(?:das" + WS + r")?(?i:nächste)" + WS + r"Mal|(?i:nächstes)" + WS + r"Mal)" + R),
            _const_vague("FUTURE_REF"),
            1,
        ),
        # ---- sets ----
        _Rule(
            "set",
            _c(
                L + r"(?P<x>(?:(?P<mod>fast|nahezu|beinahe)" + WS + r")?(?P<set>(?i:stündlich|täglich|wöchentlich|"
                r"monatlich|alljährlich|jährlich|vierteljährlich|halbjährlich))(?:e[nmrs]?)?)" + R
            ),
            h_set,
            2,
        ),
        _Rule(
            "set_every",
            _c(
                L
                + r"(?P<x>(?i:jede[nms]?|alle)"
                + WS
                + r"(?:(?P<n>"
                + _DIGITS
                + r"|zwei|drei|vier|fünf|sechs|zehn)"
                + WS
                + r")?(?P<u>Stunde|Stunden|Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre))"
                + R
            ),
            h_set,
            3,
        ),
        _Rule(
            "wd_set",
            _c(
                L + r"(?P<x>(?P<wds>(?i:montags|dienstags|mittwochs|donnerstags|freitags|samstags|"
                r"sonnabends|sonntags)))" + R
            ),
            h_weekday_set,
            0,
        ),
        _Rule(
            "holiday",
            _c(
                L + r"(?P<x>(?:(?P<orth>(?i:orthodoxe[nmrs]?))" + WS + r")?(?P<hol>Weihnachten|Heiligabend|"
                r"Silvestertag|Silvesterabend|Silvester|Neujahrsmorgen|Neujahrstag|Neujahr|Ostern|Ostersonntag|"
                r"Ostermontag|Karfreitag|Karsamstag|Gründonnerstag|Palmsonntag|Pfingstsonntag|Pfingstmontag|"
                r"Pfingsten|Tag des Sieges)(?:"
                + WS
                + r"(?P<y>(?:19|20)\d{2}))?)"
                + r"(?![\w-])"
            ),
            h_holiday,
            1,
            g_holiday,
        ),
    ]
    return rules


def _past_reference_day(ctx: _Ctx) -> date:
    """The day an anaphor such as "am Vorabend" looks back from: the last day named, unless that lies ahead."""
    return ctx.last_day if ctx.last_day is not None and ctx.last_day <= ctx.anchor else ctx.anchor


def _anaphor_reference_day(ctx: _Ctx) -> date:
    """The day "tags darauf", "am selben Abend" or "the next day" counts from: the day last named, but in a past-tense
    clause not a day still ahead ("die Lager sollen bis zum 1. Juli fertig sein. Kiew verlangte tags darauf ..."
    counts from the last day named before publication)."""
    last = ctx.last_day
    if last is None:
        return ctx.anchor
    if last > ctx.anchor and ctx.tense == "past":
        k = bisect.bisect_left(ctx.earlier_days, (ctx.span[0], date.min))
        past = [d for _pos, d in ctx.earlier_days[:k] if d <= ctx.anchor]
        return past[-1] if past else ctx.anchor
    return last


def h_same_pod_de(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """ "am selben Abend" (the day the story last named), "am nächsten Morgen" (the day after it)."""
    ref = _anaphor_reference_day(ctx)
    if _g(m, "which").lower() in ("nächsten", "folgenden"):
        ref += timedelta(days=1)
    return _time_pod(ref, _pod_code(_g(m, "pod") or _g(m, "pod2")))


def h_anaphoric_day_de(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    x = m.group("x").lower()
    ref = _anaphor_reference_day(ctx)
    if x.startswith(("vortag", "des vortag", "tags zuvor", "tag zuvor")):
        return _day(ref - timedelta(days=1))
    if x.startswith(("folgetag", "nächsten tag", "tags darauf", "tag danach", "tag darauf")):
        return _day(ref + timedelta(days=1))
    return _day(ref)


def h_compound_de(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    w = m.group("unitc").lower()
    a = ctx.anchor
    mod = "END" if "ende" in w else "MID" if "mitte" in w else "START" if ("anfang" in w or "beginn" in w) else None
    if w.startswith("jahres"):
        return _year(a.year, mod)
    if w.startswith("monats"):
        return _month(a.year, a.month, mod)
    if w.startswith("wochen"):
        return _week(a, mod)
    if w.startswith("vorjahr"):
        return _year(a.year - 1)
    if w.startswith("vormonat"):
        d = _add_months(a.replace(day=1), -1)
        return _month(d.year, d.month)
    if w.startswith("vorwoche"):
        return _week(a - timedelta(weeks=1))
    return None


_ADJ_UNITS = {
    "tägig": "D", "stündig": "H", "wöchig": "W", "monatig": "MON", "jährig": "Y", "minütig": "M",
    "day": "D", "hour": "H", "week": "W", "month": "MON", "year": "Y", "minute": "M", "decade": "DE",
}  # fmt: skip


def h_duration_adj(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    nums = NUMBERS_EN if ctx.language == "en" else NUMBERS_DE
    n = _num(_g(m, "n"), nums)
    unit = _ADJ_UNITS.get(_g(m, "ua").lower(), "")
    if n is None or not unit:
        return None
    return _Res("DURATION", _duration_value(n, unit), None, None, "vague")


def h_duration_long(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    unit = _unit_code(_g(m, "ul").capitalize(), UNITS_DE) or _unit_code(_g(m, "ul").lower(), UNITS_EN)
    return _Res("DURATION", _duration_value(None, unit), None, None, "vague") if unit else None


_POD_EN = r"(?P<pod>morning|afternoon|evening|night)"
_SAME_POD = r"(?:morning|afternoon|evening|night)"


def _rules_en() -> list[_Rule]:
    wd = r"(?P<wd>" + _WD_EN + r")"
    month = r"(?P<mon>" + _MONTH_EN + r")"
    year = r"(?P<y>(?:1[89]|20)\d{2})(?![\d])"
    ordsfx = r"(?:st|nd|rd|th)?"
    rules = [
        _Rule("iso_date", _c(r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), h_numeric_date, 5),
        _Rule(
            "text_date_mdy",
            _c(
                L
                + r"(?:"
                + wd
                + r","
                + OWS
                + r")?"
                + month
                + WS
                + r"(?P<d>\d{1,2})"
                + ordsfx
                + r"(?![\d\w])"
                + r"(?:(?:,"
                + OWS
                + r"|"
                + WS
                + r")"
                + year
                + r"|"
                + WS
                + r"(?P<yrel>(?i:last|this|next))"
                + WS
                + r"(?i:year)"
                + r")?"
            ),
            h_text_date,
            5,
        ),
        _Rule(
            "text_date_dmy",
            _c(
                L
                + r"(?:"
                + wd
                + r","
                + OWS
                + r")?(?:(?i:the)"
                + WS
                + r")?(?P<d>\d{1,2})"
                + ordsfx
                + WS
                + r"(?:of"
                + WS
                + r")?"
                + month
                + r"(?:,?"
                + WS
                + year
                + r")?"
                + r"(?![\w])"
            ),
            h_text_date,
            5,
        ),
        _Rule(
            "month",
            _c(
                L + r"(?:(?P<pmod>early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
                r"beginning of|start of)(?:"
                + WS
                + r"|-))?(?:(?P<rmod>last|next|this)"
                + WS
                + r")?"
                + month
                + r"(?:,?"
                + WS
                + year
                + r"|"
                + WS
                + r"(?:of"
                + WS
                + r")?(?P<yrel>this|last|next|the same|the following|the previous)"
                + WS
                + r"year)?"
                + r"(?![\w]|-[a-z])"
            ),
            h_month,
            3,
            g_month,
        ),
        _Rule(
            "year",
            _c(
                L + r"(?:(?P<pmod>early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
                r"beginning of|start of)(?:"
                + WS
                + r"|-)|(?:(?i:the)"
                + WS
                + r")?(?P<season>spring|summer|autumn|fall|winter)(?:"
                + WS
                + r"of)?"
                + WS
                + r")?(?<![\d.,$€£])"
                + year
                + r"(?![,.]\d)"
            ),
            h_year,
            2,
            g_year,
        ),
        _Rule(
            "decade",
            _c(
                L
                + r"(?:(?P<pmod>early|mid|late)(?:"
                + WS
                + r"|-))?(?:(?i:the)"
                + WS
                + r")?(?P<dec>(?:1[89]|20)\d0)['’]?s"
                + R
            ),
            h_decade,
            3,
        ),
        _Rule(
            "weekday",
            _c(
                r"(?:(?P<prep>(?i:on|since|until|till|by|from|before|after))"
                + WS
                + r")?(?P<x>"
                + L
                + r"(?:(?P<pmod>(?i:"
                r"early|late))"
                + WS
                + r"(?:(?i:on)"
                + WS
                + r")?)?(?:(?P<wmod>(?i:last|next|this|coming|past|previous|following))"
                + WS
                + r")?"
                + L
                + wd
                + r"(?:"
                + WS
                + _POD_EN
                + r")?)(?![\w])"
            ),
            h_weekday,
            1,
            g_weekday,
        ),
        _Rule(
            "morning_of",
            _c(
                L
                + r"(?P<x>(?i:the)"
                + WS
                + _POD_EN
                + WS
                + r"of"
                + WS
                + r"(?:"
                + wd
                + r","
                + OWS
                + r")?"
                + month
                + WS
                + r"(?P<d>\d{1,2})"
                + ordsfx
                + r"(?:,"
                + OWS
                + year
                + r")?)"
                + R
            ),
            lambda m, ctx: h_pod_of(m, ctx),
            6,
        ),
        _Rule(
            "relday",
            _c(
                L + r"(?P<rel>(?i:the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|"
                r"tonight))(?:" + WS + _POD_EN + r")?" + R
            ),
            h_relday,
            2,
            lambda m, t: not _in_a_name(m, t),
        ),
        _Rule(
            "this_pod",
            _c(L + r"(?P<rel>(?i:this|last))" + WS + r"(?P<pod>morning|afternoon|evening|night)" + R),
            h_relday,
            2,
        ),
        _Rule(
            "anaphoric_day",
            _c(
                L + r"(?P<x>(?i:the)" + WS + r"(?:(?P<kind_b>day before|previous day|day after|next day|following day|"
                r"same day)))" + R + r"|" + L + r"(?:(?i:on|that)" + WS + r")?(?P<x2>(?i:that)" + WS + r"day)" + R
            ),
            lambda m, ctx: h_anaphoric_en(m, ctx),
            2,
            g_day_anaphor,
        ),
        _Rule(
            "vague_units",
            _c(
                r"(?:(?<![\w])(?i:for|after|over|took|lasted|spent|in|within)" + WS
                + r"(?P<x>(?i:minutes|hours|days|weeks|months|years))" + R + r")|(?:(?<![\w])(?P<x2>Hours|Days|Weeks|"
                r"Months|Years)(?=" + WS + r"(?i:later|earlier|before|after)))"
                + r"|(?:(?<![\w-])(?P<x3>(?i:multiyear|multi-year|(?:hours|days|weeks|months|years)-long))" + R + r")"
            ),
            lambda m, ctx: h_vague_units_any(m, ctx),
            1,
        ),
        _Rule(
            "duration_for",
            _c(
                r"(?<![\w])(?i:within)" + WS + r"(?P<x>(?i:the)" + WS + r"(?i:next|coming)" + WS
                + r"(?P<u>(?i:year|month|week|day)))" + R
            ),
            lambda m, ctx: _Res("DURATION", _duration_value(1, _unit_name(_g(m, "u"))), None, None, "vague"),
            7,
        ),
        _Rule(
            "midnight",
            _c(
                r"(?:(?P<prep>(?i:at|around|about|by|before|after|shortly before|shortly after|until|from))" + WS
                + r")(?P<x>(?P<word>(?i:noon|midday)))" + R
            ),
            h_clock,
            2,
        ),
        _Rule(
            "same_pod",
            _c(
                L + r"(?P<x>(?:(?i:the)" + WS + r"(?P<kind_b>(?i:same|next|following|previous)" + WS + _SAME_POD
                + r"))|(?P<kind_t>(?i:that)" + WS + _SAME_POD + r"))" + R
            ),
            lambda m, ctx: h_anaphoric_en(m, ctx),
            2,
        ),
        _Rule(
            "rel_unit",
            _c(
                L + r"(?P<x>(?:(?P<pmod>(?i:earlier|later|early|late|the end of|the beginning of|the start of|"
                r"the middle of|end of|beginning of|start of|mid))(?:" + WS + r"|-))?(?P<rmod>(?i:last|this|next|"
                r"the previous|the coming|the next|previous|coming|the current|current))"
                + WS
                + r"(?P<unit>week|weekend|month|year|quarter|decade))"
                + R
            ),
            h_rel_unit_en,
            2,
        ),
        _Rule(
            # "at the NATO summit earlier in the week": the current week (the annotated extent is "the week")
            "in_the_unit",
            _c(r"(?:(?<=(?i:earlier) in )|(?<=(?i:later) in ))(?P<x>(?i:the)" + WS + r"(?P<unit>week|month|year))" + R),
            h_rel_unit,
            2,
        ),
        _Rule(
            "the_past_unit",
            _c(L + r"(?P<x>(?i:the)" + WS + r"(?i:past|last)" + WS + r"(?P<u>week|month|year|decade|day))" + R),
            h_duration,
            3,
        ),
        _Rule(
            "weekend",
            _c(r"(?:(?i:at|over|on|during)" + WS + r")(?P<x>(?:(?i:the)" + WS + r")?(?P<unit>weekend))" + R),
            h_rel_unit,
            1,
        ),
        _Rule(
            "rel_plural",
            _c(
                L
                + r"(?P<x>(?:(?i:the)"
                + WS
                + r")?(?P<rmod>coming|next|past|last|previous|recent)"
                + WS
                + r"(?:few"
                + WS
                + r")?(?:days|weeks|months|years|hours|decades))"
                + R
            ),
            lambda m, ctx: h_rel_plural_en(m, ctx),
            2,
        ),
        _Rule(
            "ago",
            _c(
                L + r"(?P<x>" + _MOD_PRE_EN + _NUM_G_EN + WS + r"(?P<u>" + _UNIT_EN + r")" + WS
                + r"(?:ago|earlier(?!" + WS + r"than)))" + R
            ),
            h_ago,
            6,
        ),
        _Rule(
            "units_later_en",
            _c(
                L + r"(?P<x>" + _NUM_G_EN + WS + r"(?P<u>(?i:day|days|week|weeks))" + WS
                + r"(?P<dir>(?i:later)))" + R
            ),
            h_units_before_after,
            6,
        ),
        _Rule(
            "in_units",
            _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>" + _MOD_PRE_EN + _NUM_G_EN + WS + r"(?P<u>" + _UNIT_EN + r"))" + R),
            h_in_units,
            6,
        ),
        _Rule(
            "duration",
            _c(
                L + r"(?P<x>(?:(?i:the)" + WS + r")?(?:(?P<rmod>(?i:past|last|next|coming|first|previous|following|"
                r"final))"
                + WS
                + r")?"
                + _MOD_PRE_EN
                + _NUM_G_EN
                + WS
                + r"(?:(?:more|additional|full|straight)"
                + WS
                + r")?(?P<u>"
                + _UNIT_EN
                + r"))"
                + R
            ),
            h_duration,
            3,
            g_duration_en,
        ),
        _Rule(
            "duration_half",
            _c(L + r"(?P<x>(?P<half>half)" + WS + r"(?:an?" + WS + r")(?P<u>hour|day|year))" + R),
            h_duration,
            3,
        ),
        _Rule(
            "duration_adj",
            _c(
                L + r"(?P<x>(?P<n>\d{1,4}|(?i:" + _NUM_EN + r"))-(?P<ua>(?i:day|hour|week|month|year|minute|decade))"
                r"(?:-long|-old)?)" + R
            ),
            h_duration_adj,
            4,
        ),
        _Rule(
            "duration_for",
            _c(r"(?<![\w])(?i:for)" + WS + r"(?P<x>(?P<u>hours|days|weeks|months|years|decades))" + R),
            lambda m, ctx: _Res("DURATION", _duration_value(None, UNITS_EN[m.group("u").lower()]), None, None, "vague"),
            1,
        ),
        _Rule(
            "clock",
            _c(
                r"(?:(?P<prep>(?i:shortly before|shortly after|at|by|until|from|before|after))" + WS + r")?(?P<x>"
                r"(?:(?P<amod>(?i:around|about|approximately|roughly))" + WS + r")?"
                r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?" + OWS + r"(?P<ampm>a\.m\.|p\.m\.|am|pm|AM|PM|a\.m|p\.m)"
                r"(?![\w])|(?P<word>noon|midnight)(?![\w]))"
            ),
            h_clock,
            4,
            lambda m, t: not _g(m, "word") or bool(_g(m, "prep")),
        ),
        _Rule(
            "clock24",
            _c(r"(?<![\d:])(?P<x>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d))(?=" + WS + r"(?:GMT|UTC|Zulu)\b)"),
            h_clock,
            3,
        ),
        # a live-blog stamp opening a line: "20:05 Russia has vetoed a resolution"
        _Rule(
            "clock24",
            _c(r"(?:(?<=\n)|^)(?:\+{2,}[^\S\n]*)?(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))(?=[^\S\n]+[A-Z„“\"])"),
            h_clock,
            3,
        ),
        # live-blog stamps and wire times with a zone: "16.42 BST: The talks have ended", "at 10:15 GMT"
        _Rule(
            "clock24",
            _c(
                r"(?<![\d:.])(?P<x>(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d))(?="
                + WS
                + r"(?:BST|GMT|UTC|CET|CEST|EST|EDT|ET)\b)"
            ),
            h_clock,
            3,
        ),
        _Rule(
            "clock24",
            _c(
                r"(?:(?P<prep>(?i:at|around|about|by|until|from|before|after|um|gegen|ab|bis))" + WS + r")(?P<x>"
                r"(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d))(?![\d:])"
            ),
            h_clock,
            3,
        ),
        _Rule(
            "quarter",
            _c(
                L
                + r"(?P<x>(?:(?i:the)"
                + WS
                + r")?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
                + WS
                + r"(?P<u>quarter|half)(?:"
                + WS
                + r"of)?(?:"
                + WS
                + r"(?P<y>(?:19|20)\d{2}))?)"
                + R
            ),
            h_quarter,
            4,
            lambda m, t: bool(_g(m, "y")) or _g(m, "u") == "quarter" or _next_word(t, m.end()).lower() not in ("of",),
        ),
        _Rule(
            "quarter_q",
            _c(L + r"(?P<x>Q(?P<q>[1-4])(?:" + OWS + r"/?" + OWS + r"(?P<y>(?:19|20)\d{2}))?)" + R),
            h_quarter,
            4,
        ),
        _Rule(
            "season",
            _c(
                r"(?:(?P<prep>(?i:in|since|until|by|during|over|through|throughout|before|ahead of))"
                + WS
                + r"|"
                + L
                + r"(?=(?i:last|next|this|coming|past)"
                + WS
                + r"))(?P<x>(?:(?i:the)"
                + WS
                + r")?(?:(?P<rmod>(?i:last|next|this|coming|past))"
                + WS
                + r")?"
                r"(?P<season>spring|summer|autumn|fall|winter))(?![\w])(?!" + WS + r"(?:of" + WS + r")?\d)"
            ),
            h_season_rel,
            1,
        ),
        # ---- vague references ----
        _Rule(
            "past_ref",
            _c(L + r"(?P<x>(?i:recently|lately|recent|the other day|not long ago|just now))" + R),
            _const_vague("PAST_REF"),
            1,
        ),
        _Rule(
            "past_ref_det",
            _c(
                r"(?<![\w])(?i:in)"
                + WS
                + r"(?P<x>(?i:the)"
                + WS
                + r"past)"
                + R
                + r"(?![^\S\n]+(?:\w+ly[^\S\n]+)?(?:few|\d|"
                + _NUM_EN
                + r")\b)"
            ),
            _const_vague("PAST_REF"),
            1,
        ),
        _Rule(
            "present_ref",
            _c(
                L + r"(?P<x>(?i:currently|now|nowadays|presently|right now|these days|"
                r"at this time))" + R
            ),
            _const_vague("PRESENT_REF"),
            0,
            lambda m, t: m.group("x").lower() != "now" or _next_word(t, m.end()).lower() not in ("that",),
        ),
        _Rule(
            "future_ref",
            _c(L + r"(?P<x>(?i:soon|shortly|next time|the next time))" + R),
            _const_vague("FUTURE_REF"),
            1,
            g_soon,
        ),
        _Rule(
            "future_noun",
            _c(
                r"(?<![\w])(?i:in|for|into)"
                + WS
                + r"(?P<x>(?i:the)"
                + WS
                + r"(?:(?:near|foreseeable|distant|not-too-distant|not too distant)"
                + WS
                + r")?future)"
                + R
            ),
            _const_vague("FUTURE_REF"),
            1,
            g_future_noun,
        ),
        # ---- sets ----
        _Rule(
            "set",
            _c(
                L + r"(?P<x>(?:(?P<mod>nearly|almost)" + WS + r")?(?P<set>(?i:hourly|daily|nightly|weekly|monthly|"
                r"yearly|annually|quarterly)))" + R
            ),
            h_set,
            2,
        ),
        _Rule(
            "set_every",
            _c(
                L
                + r"(?P<x>(?i:every|each)"
                + WS
                + r"(?:(?P<n>"
                + _DIGITS
                + r"|two|three|four|five|six|ten|other)"
                + WS
                + r")?(?P<u>hour|hours|day|days|week|weeks|month|months|year|years))"
                + R
            ),
            h_set,
            3,
        ),
        _Rule(
            "wd_set",
            _c(
                r"(?<![\w])(?i:on)" + WS + r"(?P<x>(?P<wds>Mondays|Tuesdays|Wednesdays|Thursdays|"
                r"Fridays|Saturdays|Sundays))" + R
            ),
            h_weekday_set,
            0,
        ),
        _Rule(
            "holiday",
            _c(
                L + r"(?P<x>(?:(?P<orth>Orthodox)" + WS + r")?(?P<hol>Christmas Eve|Christmas Day|Christmas|"
                r"New Year's Day|New Year's Eve|Easter Sunday|Easter Monday|Easter|Good Friday|Holy Saturday|"
                r"Holy Thursday|Maundy Thursday|Palm Sunday|Pentecost|Whit Monday|Victory Day|Thanksgiving)(?:"
                + WS
                + r"(?P<y>(?:19|20)\d{2}))?)(?![\w-])"
            ),
            h_holiday,
            1,
            g_holiday_en,
        ),
    ]
    return rules


_NIGHT_TO_NEXT = frozenset({"zum", "zu", "des", "vom", "von", "zwischen"})
_NIGHT_AUF_DAY_RE = re.compile(r"[^\S\n]+auf[^\S\n]+(?:den[^\S\n]+)?(?:\d|" + "|".join(WEEKDAYS_DE) + r")", re.I)


def g_in_der_nacht(m: re.Match[str], text: str) -> bool:
    """ "in der Nacht" alone; "in der Nacht zum/auf Samstag" is the night_to rule's, but "in der Nacht auf der
    Plattform X" is a night all the same."""
    if _next_word(text, m.end()).lower() in _NIGHT_TO_NEXT:
        return False
    return _NIGHT_AUF_DAY_RE.match(text, m.end()) is None


def g_holiday_en(m: re.Match[str], text: str) -> bool:
    hol = _g(m, "hol")
    if hol in ("Christmas", "Easter", "Good Friday") and _HOLIDAY_NAME_RE.match(text, m.end()):
        return False
    return hol not in ("Christmas Day", "Christmas Eve", "Easter Sunday", "Victory Day") or not re.match(
        r"[^\S\n]*(?i:truce|ceasefire|cease-fire|parade|message|address)\b", text[m.end() :]
    )


def g_duration_en(m: re.Match[str], text: str) -> bool:
    n = _g(m, "n").lower()
    if n in ("some", "many", "a number of") and not _g(m, "rmod"):
        return n == "some" and False
    if n == "one" and _g(m, "u").lower() == "day" and _next_word(text, m.end()) == "":
        return True
    # "a second round", "a second phone call": the ordinal, not one second.
    if _g(m, "u").lower() == "second" and n in ("a", "one"):
        return _next_word(text, m.end()) in ("", "later", "earlier", "ago", "before", "after")
    return True


def h_pod_of(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    res = h_text_date(m, ctx)
    if res is None or res.start is None:
        return res
    return _time_pod(res.start, _pod_code(_g(m, "pod")))


def h_anaphoric_en(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    ref = _anaphor_reference_day(ctx)
    kind = (_g(m, "kind_b") or _g(m, "kind_t")).lower()
    pod = kind.split()[-1] if kind else ""
    if kind.startswith(("next ", "following ")) and pod in PARTS_OF_DAY:  # "the next morning": the day after's
        return _time_pod(ref + timedelta(days=1), _pod_code(pod))
    if kind.startswith("previous ") and pod in PARTS_OF_DAY:  # "the previous evening"
        return _time_pod(ref - timedelta(days=1), _pod_code(pod))
    if kind.startswith("that ") and pod in PARTS_OF_DAY:  # "that evening": the evening of the day last named
        return _time_pod(ref, _pod_code(pod))
    if kind in ("day before", "previous day"):
        return _day(ref - timedelta(days=1))
    if kind in ("day after", "next day", "following day"):
        return _day(ref + timedelta(days=1))
    if kind.startswith("same ") and kind != "same day":  # "the same evening": that day's evening
        return _time_pod(ref, _pod_code(kind.split()[-1]))
    return _day(ref)


def h_rel_unit_en(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    pmod = _g(m, "pmod").lower()
    del pmod  # "earlier this month" is the month itself: _pmod ignores earlier/later
    return h_rel_unit(m, ctx)


def h_rel_plural_en(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rmod = _g(m, "rmod").lower()
    if rmod == "recent":
        return _vague("PAST_REF", ctx.anchor)
    return h_rel_plural(m, ctx)


def h_am_pod(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'am Abend': the part of the day named last in the sentence, else of the anchor day."""
    prior = [d for p, d in ctx.day_refs if p < ctx.span[0]]
    if prior:
        day = prior[-1]
    elif ctx.tense == "present":  # "Am Abend beginnt in Versailles ein Gipfel": this evening
        day = ctx.anchor
    else:
        day = _recent_context_day(ctx) or ctx.anchor
    return _time_pod(day, _pod_code(_g(m, "pod")))


def h_hour_and_half(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _Res("DURATION", "PT90M", None, None, "vague", _mod_of(_g(m, "mod"), MODS_EN))


def h_range_day(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """The day of a range whose month is written once: "vom 10. bis 12. Juni", "June 10-12"."""
    return h_text_date(m, ctx)


def h_weekday_every(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    weekdays = WEEKDAYS_EN if ctx.language == "en" else WEEKDAYS_DE
    wd = weekdays.get(_g(m, "wd"))
    return _Res("SET", f"XXXX-WXX-{wd + 1}", None, None, "vague") if wd is not None else None


_WEEK_OFFSETS = {
    "vergangenen": -1, "vergangener": -1, "letzten": -1, "letzter": -1, "vorigen": -1, "voriger": -1,
    "dieser": 0, "kommenden": 1, "kommender": 1, "nächsten": 1, "nächster": 1, "last": -1, "this": 0, "next": 1,
}  # fmt: skip


def h_weekday_of_week(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """ "Freitag vergangener Woche", "Friday of last week": that weekday in the named week."""
    weekdays = WEEKDAYS_EN if ctx.language == "en" else WEEKDAYS_DE
    wd = weekdays.get(_g(m, "wd").capitalize())
    offset = _WEEK_OFFSETS.get(_g(m, "wk").lower())
    if wd is None or offset is None:
        return None
    monday = ctx.anchor - timedelta(days=ctx.anchor.weekday()) + timedelta(weeks=offset)
    return _day(monday + timedelta(days=wd))


def _extra_rules_de() -> list[_Rule]:
    month = r"(?P<mon>" + _MONTH_DE + r")"
    return [
        _Rule(
            "weekday_of_week",
            _c(
                L + r"(?P<x>(?P<wd>" + _WD_DE + r")" + WS + r"(?:(?:in" + WS + r")?der" + WS + r")?"
                r"(?P<wk>(?i:vergangenen|vergangener|letzten|letzter|vorigen|voriger|dieser|kommenden|kommender|"
                r"nächsten|nächster))" + WS + r"Woche)" + R
            ),
            h_weekday_of_week,
            6,
        ),
        _Rule(
            "range_day",
            _c(
                r"(?<![\d.])(?P<x>(?P<d>\d{1,2})\.)(?="
                + OWS
                + r"(?:bis(?:"
                + WS
                + r"zum)?|und|-|–)"
                + OWS
                + r"\d{1,2}\."
                + OWS
                + month
                + r"(?:"
                + WS
                + r"(?P<y>(?:19|20)\d{2}))?(?![\w]))"
            ),
            h_range_day,
            5,
        ),
        _Rule(
            "today_ago",
            _c(L + r"(?P<x>(?i:heute)" + WS + r"(?i:vor)" + WS + _NUM_G_DE + WS + r"(?P<u>Jahren|Monaten|Wochen))" + R),
            lambda m, ctx: _same_day_ago(m, ctx, NUMBERS_DE, UNITS_DE),
            7,
        ),
        _Rule(
            "units_before_after",
            _c(
                L + r"(?P<x>" + _NUM_G_DE + WS + r"(?P<u>(?i:Tag|Tage|Woche|Wochen))" + WS
                + r"(?P<dir>(?i:zuvor|vorher|davor|früher|später|danach|darauf)))" + R
            ),
            h_units_before_after,
            6,
        ),
        _Rule(
            "heuer",
            _c(L + r"(?P<x>(?i:heuer))" + R),
            lambda m, ctx: _this_year(ctx.anchor),
            2,
        ),
        _Rule(
            "vor_units",
            _c(L + r"(?P<x>(?i:vor)" + WS + r"(?:vielen" + WS + r")?(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten))" + R),
            _const_vague("PAST_REF"),
            2,
        ),
        _Rule(
            "in_der_nacht",
            _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>der" + WS + r"Nacht)" + R),
            lambda m, ctx: _time_pod(_night_day(ctx), "NI"),
            1,
            g_in_der_nacht,
        ),
        _Rule(
            "clock_range",
            _c(
                r"(?<![\d.:])(?P<x>(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?)(?="
                + WS
                + r"(?:und|bis)"
                + WS
                + r"\d{1,2}(?:[:.]\d{2})?"
                + WS
                + r"Uhr(?![\w]))"
            ),
            h_clock,
            3,
        ),
        _Rule(
            "weekday_every",
            _c(L + r"(?P<x>(?i:jeden)" + WS + r"(?P<wd>" + _WD_DE + r"))" + R),
            h_weekday_every,
            3,
        ),
        _Rule(
            "am_pod",
            _c(
                r"(?<![\w])(?i:am|für" + WS + r"den)"
                + WS
                + r"(?P<x>(?:(?:frühen|späten)"
                + WS
                + r")?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend))"
                + R
            ),
            h_am_pod,
            1,
            lambda m, t: _next_word(t, m.end()).lower() not in ("des", "der", "nach", "vor", "zuvor", "danach"),
        ),
        _Rule(
            "within_units",
            _c(
                r"(?<![\w])(?i:binnen|innerhalb|innerhalb von|seit|für)"
                + WS
                + r"(?P<x>(?P<u>Stunden|Tagen|Wochen|Monaten|Jahren|Jahrzehnten))"
                + R
            ),
            h_duration,
            1,
        ),
        _Rule(
            "duration_compound",
            _c(L + r"(?P<x>" + _NUM_G_DE + r"-(?P<u>Stunden|Tage|Wochen|Monate|Jahre))(?=-\w)"),
            h_duration,
            3,
        ),
        _Rule("next_time", _c(L + r"(?P<x>(?i:next time))" + R), _const_vague("FUTURE_REF"), 1),
        _Rule("in_kuerze", _c(r"(?<![\w])(?i:in)" + WS + r"(?P<x>Kürze)" + R), _const_vague("FUTURE_REF"), 1),
    ]


def _early_hours(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    res = h_weekday(m, ctx)
    return _time_pod(res.start, "MO") if res is not None and res.start is not None else None


def _same_day_ago(m: re.Match[str], ctx: _Ctx, nums: dict[str, float | None], units: dict[str, str]) -> _Res | None:
    """'heute vor drei Jahren' / 'three years ago today': the same calendar day back then."""
    n = _num(_g(m, "n"), nums)
    unit = _unit_code(_g(m, "u"), units)
    if n is None or not float(n).is_integer():
        return None
    if unit == "Y":
        return _day(_add_months(ctx.anchor, -12 * int(n)))
    if unit == "MON":
        return _day(_add_months(ctx.anchor, -int(n)))
    if unit == "W":
        return _day(ctx.anchor - timedelta(weeks=int(n)))
    return None


def h_from_now(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    nums, units, mods = _lang_tables(ctx)
    unit = _unit_code(_g(m, "u"), units)
    n = _num(_g(m, "n"), nums)
    if n is None or not unit:
        return _vague("FUTURE_REF", ctx.anchor)
    res = _unit_shift(ctx.anchor, int(round(n)), unit)
    if res is not None:
        res.mod = _mod_of(_g(m, "mod"), mods)
    return res


def h_or_so(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    res = h_duration(m, ctx)
    if res is not None:
        res.mod = "APPROX"
    return res


def _extra_rules_en() -> list[_Rule]:
    month = r"(?P<mon>" + _MONTH_EN + r")"
    return [
        _Rule(
            "weekday_of_week",
            _c(
                L + r"(?P<x>(?P<wd>" + _WD_EN + r")" + WS + r"(?:(?i:of)" + WS + r")?(?P<wk>(?i:last|this|next))"
                + WS + r"(?i:week))" + R
            ),
            h_weekday_of_week,
            6,
        ),
        _Rule(
            "us_numeric_date",
            _c(r"(?<![\d/])(?P<x>(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2}))(?![\d/])"),
            h_numeric_date,
            4,
        ),
        _Rule(
            "range_day",
            _c(
                L
                + month
                + WS
                + r"\d{1,2}(?:st|nd|rd|th)?"
                + OWS
                + r"(?:-|–|to|through|and|until)"
                + OWS
                + r"(?P<x>(?P<d>\d{1,2}))(?:st|nd|rd|th)?(?![\d\w])(?:,?"
                + WS
                + r"(?P<y>(?:19|20)\d{2}))?"
            ),
            h_range_day,
            5,
        ),
        _Rule(
            "clock_range",
            _c(
                r"(?<![\d.:])(?P<x>(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?)(?="
                + OWS
                + r"(?:and|to|until|-|–)"
                + OWS
                + r"\d{1,2}(?::\d{2})?"
                + OWS
                + r"(?P<ampm>a\.m\.|p\.m\.|am|pm|AM|PM)(?![\w]))"
            ),
            h_clock,
            3,
        ),
        _Rule(
            "ago_today",
            _c(
                L
                + r"(?P<x>"
                + _NUM_G_EN
                + WS
                + r"(?P<u>years|months|weeks|year|month|week)"
                + WS
                + r"ago"
                + WS
                + r"(?i:today))"
                + R
            ),
            lambda m, ctx: _same_day_ago(m, ctx, NUMBERS_EN, UNITS_EN),
            7,
        ),
        _Rule(
            "units_ago",
            _c(L + r"(?P<x>(?i:days|weeks|months|years|decades)" + WS + r"ago)" + R),
            _const_vague("PAST_REF"),
            2,
        ),
        _Rule(
            "weekday_every",
            _c(L + r"(?P<x>(?i:every|each)" + WS + r"(?P<wd>" + _WD_EN + r"))" + R),
            h_weekday_every,
            3,
        ),
        _Rule(
            "early_hours",
            _c(
                L
                + r"(?P<x>(?i:the)"
                + WS
                + r"(?:early|small|wee)"
                + WS
                + r"hours"
                + WS
                + r"of"
                + WS
                + r"(?P<wd>"
                + _WD_EN
                + r"))"
                + R
            ),
            lambda m, ctx: _early_hours(m, ctx),
            4,
        ),
        _Rule(
            "from_now",
            _c(
                L
                + r"(?P<x>"
                + _MOD_PRE_EN
                + _NUM_G_EN
                + WS
                + r"(?P<u>"
                + _UNIT_EN
                + r")"
                + WS
                + r"from"
                + WS
                + r"now)"
                + R
            ),
            h_from_now,
            7,
        ),
        _Rule(
            "or_so",
            _c(L + r"(?P<x>" + _NUM_G_EN + WS + r"(?P<u>" + _UNIT_EN + r")" + WS + r"or" + WS + r"so)" + R),
            h_or_so,
            5,
        ),
        _Rule(
            "hour_and_half",
            _c(
                L
                + r"(?P<x>"
                + _MOD_PRE_EN
                + r"(?i:an|one)"
                + WS
                + r"hour"
                + WS
                + r"and"
                + WS
                + r"a"
                + WS
                + r"half)"
                + R
            ),
            h_hour_and_half,
            5,
        ),
        _Rule(
            "end_of_the",
            _c(
                L + r"(?P<x>(?P<pmod>(?i:the end of|the beginning of|the start of|the middle of|end of|beginning of|"
                r"start of))" + WS + r"(?i:the)" + WS + r"(?P<unit>week|month|year))" + R
            ),
            h_rel_unit,
            3,
        ),
        _Rule(
            "in_the_pod",
            _c(
                r"(?<![\w])(?i:in|for)" + WS + r"(?P<x>(?i:the)" + WS + r"(?:(?i:early|late)" + WS + r")?"
                + r"(?P<pod>morning|afternoon|evening))" + R
            ),
            h_am_pod,
            1,
            lambda m, t: _next_word(t, m.end()).lower() not in ("of", "before", "after"),
        ),
        _Rule(
            "at_present",
            _c(r"(?<![\w])(?i:at|in|for)" + WS + r"(?P<x>(?i:present|due course))" + R),
            lambda m, ctx: _vague("PRESENT_REF" if m.group("x").lower() == "present" else "FUTURE_REF", ctx.anchor),
            1,
        ),
        # "overnight into Tuesday", "the night to Wednesday": the night that ends on that day.
        _Rule(
            "night_into",
            _c(
                L + r"(?P<x>(?i:overnight|the" + WS + r"night)" + WS + r"(?i:into|to|before)" + WS
                + r"(?P<wd>" + _WD_EN + r"))" + R
            ),
            h_night_to,
            3,
        ),
        _Rule(
            "overnight",
            _c(L + r"(?P<x>(?i:overnight))" + R + r"(?![^\S\n]+(?:talks|stay|visit|trip|flight))"),
            lambda m, ctx: _time_pod(ctx.anchor - timedelta(days=0 if ctx.tense == "future" else 1), "NI"),
            1,
        ),
        _Rule(
            "century_part",
            _c(
                L
                + r"(?P<x>"
                + _MOD_PRE_EN
                + r"(?P<frac>(?i:a quarter of a|a quarter-|quarter of a|half a|half-a-))"
                + OWS
                + r"(?P<u>century|decade)(?:-long)?)"
                + R
            ),
            lambda m, ctx: _Res(
                "DURATION",
                _duration_value(
                    (0.25 if "quarter" in m.group("frac").lower() else 0.5)
                    * (100 if m.group("u").lower() == "century" else 10),
                    "Y",
                ),
                None,
                None,
                "vague",
                _mod_of(_g(m, "mod"), MODS_EN),
            ),
            6,
        ),
        _Rule(
            "the_moment",
            _c(r"(?<![\w])(?i:at)" + WS + r"(?P<x>(?i:the)" + WS + r"moment)" + R),
            _const_vague("PRESENT_REF"),
            1,
        ),
    ]


# ---- triggers: one fast keyword scan decides where each rule's regex has to run -------------

_UNIT_KEYS = (
    "sekunde minute stunde tag woche monat jahr quartal tägig stündig wöchig monatig jährig minütig "
    "second minute hour day week month year decade centur quarter half fortnight"
)
_KEYWORDS: dict[str, dict[str, str]] = {
    "de": {
        "month": " ".join(w.rstrip(".") for w in MONTHS_DE),
        "weekday": " ".join(WEEKDAYS_DE),
        "unit": _UNIT_KEYS,
        "relday": "heute gestern vorgestern morgen übermorgen heutig gestrig morgig",
        "pod": "morgen vormittag mittag nachmittag abend nacht mitternacht früh",
        "season": "frühjahr frühling sommer herbst winter",
        "vague": (
            "kürzlich neulich unlängst soeben jüngst kurzem zeit vergangenheit zuletzt derzeit aktuell gegenwärtig "
            "momentan zurzeit jetzt heutzutage nunmehr moment bald demnächst künftig zukünftig kürze zukunft mal "
            "time gegebener heuer"
        ),
        "set": "stündlich täglich wöchentlich monatlich jährlich",
        "holiday": (
            "weihnacht heiligabend silvester neujahr ostern ostersonntag ostermontag karfreitag karsamstag "
            "gründonnerstag palmsonntag pfingsten pfingstsonntag pfingstmontag"
        ),
    },
    "en": {
        "month": " ".join(w.rstrip(".") for w in MONTHS_EN),
        "weekday": " ".join(WEEKDAYS_EN),
        "unit": _UNIT_KEYS,
        "relday": "today yesterday tomorrow tonight",
        "pod": "morning afternoon evening night noon midnight overnight",
        "season": "spring summer autumn fall winter",
        "vague": (
            "recently lately recent ago now nowadays presently present currently soon shortly future time "
            "course moment these due"
        ),
        "set": "hourly daily nightly weekly monthly yearly annually quarterly",
        "holiday": "christmas new year easter victory thanksgiving good holy maundy palm pentecost whit",
    },
}
_RULE_TRIGGERS: dict[str, str] = {
    # both languages
    "iso_date": "digit", "numeric_date": "digit", "text_date": "digit", "text_date_mdy": "digit",
    "text_date_dmy": "digit", "year": "digit", "decade": "digit", "clock": "digit", "clock24": "digit",
    "quarter_q": "digit", "quarter": "unit", "month": "month", "morning_of": "month", "weekday": "weekday",
    "wd_set": "weekday", "night_to": "weekday", "relday": "relday", "morgen": "relday", "morgen_initial": "relday",
    "relday_adj": "relday", "this_pod": "pod", "am_pod": "pod", "in_the_pod": "pod", "midnight": "pod",
    "anaphoric_day": "unit", "vortag": "unit", "tags_darauf": "unit", "rel_unit": "unit", "rel_compound": "unit",
    "in_the_unit": "unit", "same_pod": "pod",
    "weekend": "unit", "rel_plural": "unit", "ago": "unit", "in_units": "unit", "duration": "unit",
    "duration_half": "unit", "duration_adj": "unit", "duration_lang": "unit", "duration_for": "unit",
    "within_units": "unit", "duration_compound": "unit", "the_past_unit": "unit", "from_now": "unit",
    "or_so": "unit", "end_of_the": "unit", "hour_and_half": "unit", "set_every": "unit", "present_days": "unit",
    "season": "season", "past_ref": "vague unit", "zuletzt": "vague", "past_ref_det": "vague",
    "present_ref": "vague", "future_ref": "vague", "future_noun": "vague", "next_time": "vague",
    "the_moment": "vague", "set": "set", "holiday": "holiday unit", "at_present": "vague",
    "overnight": "pod", "century_part": "unit", "in_kuerze": "vague", "range_day": "month",
    "weekday_every": "weekday", "early_hours": "weekday", "clock_range": "digit", "in_der_nacht": "pod",
    "vor_units": "unit", "units_ago": "unit", "us_numeric_date": "digit", "today_ago": "unit",
    "ago_today": "unit", "weekday_of_week": "weekday", "vorabend": "pod", "vague_units": "unit",
    "night_into": "weekday", "units_before_after": "unit", "units_later_en": "unit", "heuer": "vague",
}  # fmt: skip


def _trigger_regex(categories: dict[str, str]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    owners: dict[str, set[str]] = {}
    for cat, words in categories.items():
        for w in words.split():
            owners.setdefault(w.lower(), set()).add(cat)
    pattern = r"(?P<digit>\d+)|(?P<kw>" + _alt(owners) + ")"
    return re.compile(pattern), {w: frozenset(c) for w, c in owners.items()}


def _with_triggers(rules: list[_Rule]) -> tuple[_Rule, ...]:
    """Rules with their keyword categories and a start filter on their regex (same matches, fewer tries)."""
    return tuple(
        replace(
            r,
            regex=with_start_filter(r.regex),
            triggers=frozenset(_RULE_TRIGGERS[r.name].split()) if r.name in _RULE_TRIGGERS else r.triggers,
        )
        for r in rules
    )


_TRIGGERS = {lang: _trigger_regex(cats) for lang, cats in _KEYWORDS.items()}
_RULES: dict[str, tuple[_Rule, ...]] = {
    "de": _with_triggers(_rules_de() + _extra_rules_de()),
    "en": _with_triggers(_rules_en() + _extra_rules_en()),
}
_GENERIC_RULES: tuple[_Rule, ...] = tuple(r for r in _RULES["de"] if r.name in ("iso_date", "numeric_date"))
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")  # fmt: skip


def _locale_months(language: str) -> dict[str, int]:
    """Month names of ``language`` from dateparser's bundled locale data (no download); {} if unknown."""
    try:
        from dateparser.languages import default_loader  # local data shipped with the package

        info = default_loader.get_locale(language).info
    except Exception:  # unknown locale or dateparser unavailable: numeric dates only
        return {}
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key) or ():
            if len(name) >= 3 and not name.isdigit() and "." not in name:
                months[name.lower()] = number
    return months


_INFLECTING = frozenset({"ru", "uk", "be", "bg", "pl", "cs", "sk", "sl", "hr", "sr", "lt", "lv"})


@lru_cache(maxsize=32)
def _generic_rules(language: str) -> tuple[_Rule, ...]:
    """Numeric dates plus "19 mai 2025" / "mai 2025" style dates for languages without a grammar."""
    months = _locale_months(language) if re.fullmatch(r"[a-z]{2,3}", language or "") else {}
    if not months:
        return _GENERIC_RULES
    # inflecting languages: "в марте", "у березні", "w marcu" (case endings after the listed stem)
    suffix = r"(?P<sfx>[^\W\d_]{0,3})" if language in _INFLECTING else ""
    mon = r"(?P<mon>" + _alt(months) + r")" + suffix
    year = r"(?P<y>(?:19|20)\d{2})(?!\d)(?:" + WS + r"(?:года|году|г\.|року|roku|r\.))?"

    def resolve(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        mo = months.get(m.group("mon").lower(), 0)
        if _g(m, "sfx") and len(m.group("mon")) < 4:
            return None
        if not mo:
            return None
        if _g(m, "d"):
            d = int(_g(m, "d"))
            y = int(_g(m, "y")) if _g(m, "y") else _year_for(mo, d, ctx.anchor, ctx.tense)
            return _day(date(y, mo, d))
        return _month(int(_g(m, "y")), mo)

    flags = re.IGNORECASE
    day_month = _c(
        r"(?<![\w.])(?P<d>\d{1,2})(?:\.|er|º|-?го)?"
        + WS
        + r"(?:de"
        + WS
        + r")?"
        + mon
        + r"(?![\w])(?:"
        + WS
        + r"(?:de"
        + WS
        + r"|del"
        + WS
        + r")?"
        + year
        + r")?",
        flags,
    )
    month_year = _c(L + mon + WS + r"(?:de" + WS + r"|del" + WS + r")?" + year, flags)
    return _GENERIC_RULES + (
        _Rule("generic_day_month", day_month, resolve, 5),
        _Rule("generic_month_year", month_year, resolve, 4),
    )


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


def _xspan(m: re.Match[str]) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.group("x") is not None:
        return m.span("x")
    if "x2" in m.re.groupindex and m.group("x2") is not None:
        return m.span("x2")
    return m.span()


def _is_vague_num(word: str) -> bool:
    w = " ".join(word.lower().split())
    return (w in NUMBERS_EN or w in NUMBERS_DE) and NUMBERS_EN.get(w, NUMBERS_DE.get(w)) is None


_WINDOW_BACK = 40
_WINDOW_FWD = 40


def _trigger_windows(text: str, language: str) -> dict[str, list[tuple[int, int]]]:
    """Merged text windows around each keyword category's occurrences."""
    trig = _TRIGGERS.get(language)
    if trig is None:
        trig = _TRIGGERS["de"]
    rx, owners = trig
    size = len(text)
    lowered = text.lower()
    if len(lowered) != size:  # a few characters change length when lowered ("İ")
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    windows: dict[str, list[tuple[int, int]]] = {}
    for m in rx.finditer(lowered):
        cats = ("digit",) if m.lastgroup == "digit" else owners.get(m.group(), ())
        lo, hi = max(m.start() - _WINDOW_BACK, 0), min(m.end() + _WINDOW_FWD, size)
        for cat in cats:
            spans = windows.setdefault(cat, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return windows


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _rule_matches(rule: _Rule, text: str, windows: dict[str, list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
    if not rule.triggers:
        yield from rule.regex.finditer(text)
        return
    spans = [w for cat in rule.triggers for w in windows.get(cat, ())]
    if len(rule.triggers) > 1:
        spans = _merge(spans)
    for lo, hi in spans:
        yield from rule.regex.finditer(text, lo, hi)


def _candidates(text: str, rules: tuple[_Rule, ...], language: str = "de") -> list[_Cand]:
    cands: list[_Cand] = []
    seen: set[tuple[str, int, int]] = set()
    windows = _trigger_windows(text, language)
    for rule in rules:
        for m in _rule_matches(rule, text, windows):
            key = (rule.name, m.start(), m.end())
            if key in seen:
                continue
            seen.add(key)
            s, e = _xspan(m)
            if e <= s:
                continue
            if rule.guard is not None and not rule.guard(m, text):
                continue
            if _g(m, "mod").lower() in ("over", "über") and _g(m, "n") and _is_vague_num(_g(m, "n")):
                s = m.start("n")  # "over many months": "over" is the preposition here
            cands.append(_Cand(s, e, rule, m))
    return cands


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Longest match wins; ties go to the higher-priority rule, then the earlier start."""
    occupied = bytearray(size + 1)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start)):
        if occupied.find(1, c.start, c.end) != -1:
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


_QUOTE_RE = re.compile(r"„[^“”\"\n]*[“”\"]|“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|»[^«\n]*«|‚[^‘’\n]*[‘’]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE_RE.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    if i >= 0 and spans[i][0] < pos < spans[i][1]:
        return spans[i]
    return None


def _note_after(text: str, end: int) -> str | None:
    m = _TZ_RE.match(text, end)
    if not m:
        return None
    return TIMEZONES.get(m.group(1).lower())


def _tz_name(raw: str) -> str:
    key = " ".join(raw.lower().split())
    if key in TIMEZONES:
        return TIMEZONES[key]
    words = raw.split()
    if len(words) == 2 and words[1].lower() in ("zeit", "sommerzeit") and words[0].endswith("er"):
        city = _CITY_ADJ.get(words[0], words[0][:-2])
        return f"{city} time"
    return raw


_CITY_ADJ = {"Moskauer": "Moscow", "Kiewer": "Kyiv", "Istanbuler": "Istanbul", "Berliner": "Berlin",
             "Washingtoner": "Washington", "Pekinger": "Beijing", "Londoner": "London"}  # fmt: skip


def _inline_tz(text: str, end: int) -> tuple[int, str] | None:
    """Time zone written right after a clock time ("18 Uhr Moskauer Zeit", "noon Moscow time"):
    part of the extent, and the note."""
    m = _TZ_INLINE_RE.match(text, end)
    if not m:
        return None
    return m.end(), _tz_name(m.group(1))


_CLOCK_RULES = frozenset({"clock", "clock24", "midnight", "clock_range"})
_ANAPHORIC_RULES = frozenset({"anaphoric_day", "same_pod", "vortag", "vorabend", "tags_darauf"})


def tag_timexes(
    text: str,
    sentences: list[Sentence] | None = None,
    *,
    published: date,
    language: str,
) -> list[Timex]:
    """Find and normalise the time expressions of ``text``.

    ``sentences`` come from :func:`split_sentences` (computed when empty). Values are resolved
    against ``published`` (or the speech time inside quotes) and the tense of each clause.
    Languages other than de/en get numeric dates and month-name dates ("19 mai 2025", "мая 2025")
    from dateparser's bundled month names.
    """
    if not text:
        return []
    if not sentences:
        sentences = split_sentences(text, language)
    rules = _RULES.get(language) or _generic_rules(language)
    chosen = _select(_candidates(text, rules, language), len(text))
    if not chosen:
        return []
    starts = [s.start for s in sentences]
    quotes = _quote_spans(text)
    sent_of = [max(bisect.bisect_right(starts, c.start) - 1, 0) for c in chosen]
    quote_of = [_inside(quotes, c.start) for c in chosen]
    # Unquoted expressions first (quotes take the speech time of the sentences around them), and
    # within a sentence clock times last (they take the day named next to them).
    order = sorted(
        range(len(chosen)),
        key=lambda i: (
            quote_of[i] is not None,
            bool(sentences) and sentences[sent_of[i]].is_headline,  # headlines reuse the body's weekdays
            sent_of[i],
            chosen[i].rule.name in _CLOCK_RULES,
            i,
        ),
    )
    results: dict[int, Timex] = {}
    stamps = sorted(c.start for c in chosen if c.rule.name in _CLOCK_RULES and _is_ticker_stamp(c.match))
    day_refs: dict[int, list[tuple[int, date]]] = {}
    unquoted_days: list[tuple[int, date]] = []  # sorted by position
    body_weekdays: dict[int, date] = {}
    tense_of: dict[int, TenseIndex] = {}  # per sentence index
    for i in order:
        cand = chosen[i]
        si = sent_of[i]
        sent = sentences[si] if sentences else Sentence(0, len(text), text)
        quote = quote_of[i]
        anchor = published
        if quote is not None:
            anchor = _speech_time(quote, unquoted_days, sentences, starts) or published
        k = bisect.bisect_left(unquoted_days, (cand.start, date.min))
        last_day = unquoted_days[k - 1][1] if k else None
        index: TenseIndex | None = None
        if language in _TENSE_RES:
            index = tense_of.get(si)
            if index is None:
                index = tense_of[si] = TenseIndex(sent.text, language)
        entry = bisect.bisect_right(stamps, cand.start)
        ctx = _Ctx(text, published, anchor, index, language, sent, last_day, (cand.start, cand.end),
                   sorted(day_refs.get(si, [])), unquoted_days, body_weekdays,
                   max(cand.start - sent.start, 0), entry_start=stamps[entry - 1] if entry else 0)  # fmt: skip
        try:
            res = cand.rule.handler(cand.match, ctx)
        except (ValueError, OverflowError):  # arithmetic beyond date.min/date.max
            continue
        if res is None:
            continue
        end = cand.end
        note = res.note
        if res.type == "TIME" and ":" in res.value:
            tz = _inline_tz(text, end)
            if tz is not None:
                end, note = tz
        note = note or _note_after(text, end)
        timex = Timex(
            start=cand.start,
            end=end,
            text=text[cand.start : end],
            type=res.type,
            value=res.value,
            date_start=res.start,
            date_end=res.end,
            precision=res.precision,
            mod=res.mod,
            note=note,
            tense_hint=_tense_literal(ctx.resolved_tense or "none"),  # "none": the value does not depend on tense
        )
        results[i] = timex
        stamp = cand.rule.name in _CLOCK_RULES and _is_ticker_stamp(cand.match)  # not a day the story names
        if res.precision in ("day", "time") and res.start is not None and res.type in ("DATE", "TIME") and not stamp:
            day_refs.setdefault(si, []).append((cand.start, res.start))
            if quote is None and cand.rule.name not in _ANAPHORIC_RULES:  # antecedents are named days
                # "in der Nacht zum Dienstag ... am Abend": the evening of the day the night leads to
                scene = res.start + timedelta(days=1) if cand.rule.name == "night_to" else res.start
                bisect.insort(unquoted_days, (cand.start, scene))
            if cand.rule.name == "weekday" and not sent.is_headline and quote is None:
                body_weekdays.setdefault(res.start.weekday(), res.start)
    return [results[i] for i in sorted(results)]


def _speech_time(
    quote: tuple[int, int], days: list[tuple[int, date]], sentences: list[Sentence], starts: list[int]
) -> date | None:
    """Day the quoted words were said: a day named outside the quote in the sentences the quote
    starts and ends in ("„Gestern …“, sagte er am Donnerstag"), nearest to the quote."""
    if not sentences:
        return None
    first = sentences[max(bisect.bisect_right(starts, quote[0]) - 1, 0)]
    last = sentences[max(bisect.bisect_right(starts, quote[1] - 1) - 1, 0)]
    refs = [(p, d) for p, d in days if first.start <= p < last.end and not quote[0] <= p < quote[1]]
    if not refs:
        return None
    return min(refs, key=lambda r: min(abs(r[0] - quote[0]), abs(r[0] - quote[1])))[1]


def _tense_literal(tense: Tense) -> TenseHint:
    if tense == "past":
        return "past"
    if tense == "future":
        return "future"
    if tense == "present":
        return "present"
    return "none"
