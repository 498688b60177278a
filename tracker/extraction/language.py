"""Rule-based language identification from stopwords, diacritics and scripts.

Fast (one regex pass over at most the first few thousand characters) and deterministic.
Returns an ISO 639-1 code, or ``"und"`` when no language is recognisable with confidence.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["SUPPORTED_FULL", "detect_language"]

SUPPORTED_FULL = frozenset({"de", "en"})

_SAMPLE_CHARS = 2500


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Short, high-frequency function words; words shared across languages are allowed, the
# exclusive ones decide.
_STOPWORDS: dict[str, frozenset[str]] = {
    "de": _words(
        "der die das und ist nicht ein eine einer einen einem eines des dem den mit von zu zum zur im auf für "
        "sich auch es sie er wir ihr ich wird werden wurde wurden hat haben hatte sind war waren noch nach "
        "bei aus wie über dass daß oder aber nur so vor um am als bis durch gegen unter sein seine ihre diese "
        "dieser dieses kein keine man nun sollen soll will kann muss müssen"
    ),
    "en": _words(
        "the and of to in is that for it with as was on be by at this are from has have had not but or an "
        "which were their they he she his her its will would been who said after about than more into also "
        "over there what when could should our we you"
    ),
    "fr": _words(
        "le la les des du de et est une un pour pas que qui dans sur au aux avec ce cette il elle ils nous "
        "vous par plus ont sont été mais ou leur sa son ses se ne lui être fait comme"
    ),
    "es": _words(
        "el la los las del de y que en un una es por con para no se su sus al lo como más pero ha han fue ser "
        "está están este esta entre sobre también muy sin ya hasta desde"
    ),
    "it": _words(
        "il lo la gli le dei delle della del di e che un una per non con su sono è anche più ma nel nella "
        "alla al dal dalla come questo questa ha hanno stato essere tra fra"
    ),
    "pt": _words(
        "o a os as do da dos das de e que em um uma para com não por se na no mais como mas foi ao ser são "
        "está pelo pela também já entre sobre quando"
    ),
    "nl": _words(
        "de het een en van is dat op te in niet met voor zijn er aan ook als bij door maar om was werd worden "
        "wordt heeft hebben naar uit dan nog wel deze dit over zou"
    ),
    "pl": _words(
        "i w na nie z się że do to jest o jak od po za przez dla ale jego jej oraz był była było są który "
        "która które tak także już może przed przy tym czy"
    ),
    "sv": _words(
        "och att det som en på är av för med till den har inte om ett var de jag han hon men från eller efter "
        "vid kan skulle"
    ),
    "cs": _words("a v se na je že to s z do o jak ale by jsou jeho pro byl které který"),
    "ru": _words(
        "и в не на что с по он как а это к из у за от о для то же так но его она они был была было были бы "
        "уже также при только или который которые после"
    ),
    "uk": _words(
        "і й в у не на що з по він як а це до із за від про для та також але його вона вони був була було "
        "були б вже при тільки або який які після щодо"
    ),
    "tr": _words("ve bir bu da de için ile olarak çok daha gibi ama olan ne en"),
}

_LATIN_MARKERS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"[äöüß]"),
    "pl": re.compile(r"[ąęłńśźżć]"),
    "cs": re.compile(r"[ěřůčšž]"),
    "fr": re.compile(r"[àâçèêëîïôœùû]"),
    "es": re.compile(r"[ñ¿¡]"),
    "pt": re.compile(r"[ãõ]"),
    "tr": re.compile(r"[ğış]"),
}

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_SCRIPT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cyrl", re.compile(r"[\u0400-\u04FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("latn", re.compile(r"[A-Za-z\u00C0-\u024F]")),
)


_LATIN_RE = _SCRIPT_RES[-1][1]
_NON_LATIN_RE = re.compile(r"[\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")


def _script_counts(sample: str) -> Counter[str]:
    if not _NON_LATIN_RE.search(sample):  # the common case: one cheap pass
        return Counter({"latn": len(_LATIN_RE.findall(sample))})
    return Counter({name: len(rx.findall(sample)) for name, rx in _SCRIPT_RES})


def _word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, vocab in _STOPWORDS.items():
        for w in vocab:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


_WORD_LANGS = _word_languages()


def _stopword_scores(words: list[str], languages: tuple[str, ...]) -> Counter[str]:
    scores: Counter[str] = Counter({lang: 0 for lang in languages})
    wanted = set(languages)
    for w in words:
        for lang in _WORD_LANGS.get(w, ()):
            if lang in wanted:
                scores[lang] += 1
    return scores


def _pick(scores: Counter[str], n_words: int) -> str:
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return "und"
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n_words >= 8 and top / n_words < 0.12:
        return "und"
    if top < 2 and n_words > 3:
        return "und"
    if top <= second or (second and top < 1.25 * second and top - second < 3):
        return "und"
    return best


def _detect_cyrillic(sample: str, words: list[str]) -> str:
    uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
    scores = _stopword_scores(words, ("ru", "uk"))
    scores["uk"] += 2 * uk
    scores["ru"] += 2 * ru
    if scores["uk"] == scores["ru"] == 0:
        return "und"
    if scores["uk"] > scores["ru"]:
        return "uk"
    if scores["ru"] > scores["uk"]:
        return "ru"
    return "und"


_LATIN_LANGS = ("de", "en", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "tr")


# Character trigrams typical of German and English words: a fallback for headlines and other
# short texts with too few stopwords ("Trump ruft Putin an", "Putin agrees to talks").
_TRIGRAMS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"(?=(sch|cht|ung|ich|ein|eit|gen|ver|ges|ruf|tzt|ieß|ieh|auf|ber|ück|ied|eru|ntl|ehr|rei|ält))"),
    "en": re.compile(r"(?=(the|ing|tio|ion|ees|ght|ork|ays|ally|ss |ks |ts |eet|rea|ow |alk|ous|ity))"),
}


def _trigram_guess(lowered: str) -> str:
    de = len(_TRIGRAMS["de"].findall(lowered))
    en = len(_TRIGRAMS["en"].findall(lowered + " "))
    if de >= en + 2:
        return "de"
    if en >= de + 2:
        return "en"
    return "und"


def _detect_latin(sample: str, words: list[str]) -> str:
    scores = _stopword_scores(words, _LATIN_LANGS)
    lowered = sample.lower()
    for lang, rx in _LATIN_MARKERS.items():
        hits = len(rx.findall(lowered))
        if hits:
            scores[lang] += min(hits, 1 + len(words) // 10)
    picked = _pick(scores, len(words))
    if picked == "und" and len(words) < 12:
        return _trigram_guess(lowered)
    return picked


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("de", "en", "fr", "uk", "ru", ...) or ``"und"``."""
    sample = (text or "")[:_SAMPLE_CHARS]
    scripts = _script_counts(sample)
    total = sum(scripts.values())
    if total < 3:
        return "und"
    script, count = scripts.most_common(1)[0]
    if count / total < 0.6:
        return "und"
    if script in ("el", "he", "ar", "ko"):
        return script
    if script in ("ja", "zh"):
        return "ja" if scripts["ja"] else "zh"
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if script == "cyrl":
        return _detect_cyrillic(sample, words)
    return _detect_latin(sample, words)
