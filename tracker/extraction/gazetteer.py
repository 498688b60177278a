"""Actor gazetteer: alias matching over a token trie, inflection-aware, with date-bounded role aliases.

Matching works on tokens (runs of letters/digits, or single punctuation characters). Each text token is
expanded to a small set of candidate base forms by stripping inflectional endings (German genitive -s,
adjective endings -e/-en/-er/-es/-em, Russian/Ukrainian case endings); an alias token matches when its own
candidate set intersects the text token's. Short tokens and acronyms ("US", "EU", "NATO") match exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from .lexicons import SPEECH_VERB_AFTER_NAME_RE, SPEECH_VERB_BEFORE_NAME_RE, TITLE_WORD_RE, fold
from .regex_start import compile_filtered
from .types import ActorMention, ActorRecord, AliasRecord, Sentence

DEFAULT_GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.json"

_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_SUFFIXES = ("s", "es", "n", "en", "e", "er", "em", "ns", "ern")
_CYRILLIC_SUFFIXES = (
    "а",
    "у",
    "ом",
    "ым",
    "ем",
    "е",
    "ой",
    "ого",
    "ому",
    "им",
    "ю",
    "я",
    "и",
    "ы",
    "ів",
    "ові",
    "ою",
    "ім",
    "ий",
    "ій",
    "ый",
    "его",
    "ему",
    "ых",
    "их",
)
_MIN_STEM = 4
_APOSTROPHES = "'’"
# Between a role/title and a name: whitespace, optionally one comma.
_ROLE_NAME_GAP_RE = re.compile(r"\s*,?\s*")
_NOT_NAME_TEXT = """der die das den dem des ein eine einer einem eines er sie es wir ihr man dies diese dieser
    the a an he she it they we this that these those there his her its their mr mrs ms
    am im in on at auf aus bei mit nach von vor zu zum zur and und oder but aber doch jedoch
    montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday
    sunday januar februar märz april mai juni juli august september oktober november dezember january february
    march june july october december heute gestern morgen today yesterday tomorrow zudem außerdem also auch
    später zuvor dabei damals bereits reuters dpa afp ap"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())


def _is_cyrillic(token: str) -> bool:
    return bool(_CYRILLIC_RE.search(token))


def _is_acronym(token: str) -> bool:
    upper = sum(1 for ch in token if ch.isupper())
    return len(token) <= 2 or (upper >= 2 and upper >= len(token) - 1) or any(ch.isdigit() for ch in token)


@lru_cache(maxsize=200_000)
def token_forms(token: str) -> frozenset[str]:
    """Lower-cased candidate base forms of a token (the token itself plus de-inflected stems)."""
    low = token.lower()
    forms = {low}
    suffixes = _CYRILLIC_SUFFIXES if _is_cyrillic(low) else _LATIN_SUFFIXES
    for suffix in suffixes:
        if low.endswith(suffix) and len(low) - len(suffix) >= _MIN_STEM:
            forms.add(low[: -len(suffix)])
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class _AliasToken:
    raw: str
    exact: bool  # acronym, punctuation or short token: compare literally (plus a genitive -s)
    case_sensitive: bool
    forms: frozenset[str]

    @classmethod
    def build(cls, raw: str) -> _AliasToken:
        is_word = raw[0].isalnum()
        exact = not is_word or len(raw) <= _MIN_STEM or _is_acronym(raw)
        case_sensitive = is_word and _is_acronym(raw) and not _is_cyrillic(raw)
        return cls(raw=raw, exact=exact, case_sensitive=case_sensitive, forms=token_forms(raw))

    def matches(self, token: str, token_forms_: frozenset[str], *, require_capital: bool) -> bool:
        if self.exact:
            if self.case_sensitive:
                return token == self.raw or token == self.raw + "s"
            low = token.lower()
            raw_low = self.raw.lower()
            if low not in (raw_low, raw_low + "s", raw_low + "es"):
                return False
        elif not (self.forms & token_forms_):
            return False
        return not (require_capital and self.raw[:1].isupper() and not token[:1].isupper())


@dataclass(frozen=True, slots=True)
class _AliasEntry:
    slug: str
    alias: AliasRecord
    tokens: tuple[_AliasToken, ...]

    def valid_on(self, on_date: date | None) -> bool:
        if on_date is None:
            return True
        if self.alias.valid_from and on_date < self.alias.valid_from:
            return False
        return not (self.alias.valid_to and on_date >= self.alias.valid_to)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    _forms: frozenset[str] | None = None

    @property
    def forms(self) -> frozenset[str]:
        if self._forms is None:
            self._forms = token_forms(self.text)
        return self._forms


# "Deputy Secretary of State Wendy Sherman", "der frühere US-Präsident", "Vize-Kanzler": the title before a role
# names someone other than its holder on that day.
_NOT_THE_HOLDER_RE = compile_filtered(
    r"\b(?:Deputy|deputy|Vice|vice|Under|Assistant|Acting|acting|Former|former|Ex|ex|ehemalige\w*|Ehemalige\w*|"
    r"frühere\w*|Frühere\w*|stellvertretende\w*|Stellvertretende\w*|Vize|vize)[\s-]*$"
)


def _not_the_holder(text: str, start: int) -> bool:
    return _NOT_THE_HOLDER_RE.search(text, max(0, start - 30), start) is not None


@dataclass(slots=True)
class _RawMatch:
    start: int
    end: int
    slug: str | None
    via_role: bool
    first_token: int
    last_token: int
    role_of: frozenset[str] = frozenset()  # for a role alias: everyone who ever held it


_Signature = tuple[frozenset[str] | None, tuple[_AliasEntry, ...]]
# Alias entries of one length: their signatures, and for aliases of two or more tokens the signatures each key of
# the second token can select (in signature order; None when some signature has no second-token keys).
_Group = tuple[int, tuple[_Signature, ...], "dict[str, tuple[int, ...]] | None"]


def _by_signature(entries: Iterable[_AliasEntry]) -> tuple[_Signature, ...]:
    """Entries grouped by alias tokens and matching rule (same alias text and role flag match alike), each with
    the keys its second token can have (a cheap pre-check before the full match; None for one-token aliases)."""
    groups: dict[tuple[tuple[str, ...], bool], list[_AliasEntry]] = {}
    for e in entries:
        groups.setdefault((tuple(t.raw for t in e.tokens), e.alias.is_role), []).append(e)
    return tuple((_second_keys(g[0]), tuple(g)) for g in groups.values())


def _second_index(signatures: tuple[_Signature, ...]) -> dict[str, tuple[int, ...]] | None:
    """Key of the second text token -> indices of the signatures whose second alias token it can match."""
    index: dict[str, list[int]] = {}
    for j, (second, _entries) in enumerate(signatures):
        if second is None:
            return None
        for key in second:
            index.setdefault(key, []).append(j)
    return {key: tuple(js) for key, js in index.items()}


def _second_keys(entry: _AliasEntry) -> frozenset[str] | None:
    if len(entry.tokens) < 2:
        return None
    second = entry.tokens[1]
    low = second.raw.lower()
    return frozenset({low, low + "s", low + "es"}) if second.exact else second.forms


def _token_keys(tok: _Token) -> frozenset[str]:
    return _text_keys(tok.text)


@lru_cache(maxsize=200_000)
def _text_keys(text: str) -> frozenset[str]:
    return token_forms(text) | {text.lower()}


class _LazyTokens:
    """The tokens of ``text`` from a first one on, read only as far as alias matching asks."""

    __slots__ = ("_done", "_items", "_text")

    def __init__(self, text: str, first: _Token) -> None:
        self._text, self._items, self._done = text, [first], False

    def get(self, k: int) -> _Token | None:
        items = self._items
        while len(items) <= k and not self._done:
            m = _TOKEN_RE.search(self._text, items[-1].end)
            if m is None:
                self._done = True
                break
            items.append(_Token(m.start(), m.end(), m.group()))
        return items[k] if k < len(items) else None

    def end_of(self, k: int) -> int:
        token = self.get(k)
        assert token is not None
        return token.end


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` as a prefix, as a character trie (no alternative is tried
    twice); a word that is a prefix of another ends the match early, which is all a start position needs."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        if "" in node:
            return ""  # a shorter key already makes this a start
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie)


@dataclass
class Gazetteer:
    actors: dict[str, ActorRecord]
    _index: dict[str, list[_AliasEntry]] = field(default_factory=dict, repr=False)
    _candidates: dict[str, tuple[_Group, ...]] = field(default_factory=dict, repr=False)
    _states_by_country: dict[str, str] = field(default_factory=dict, repr=False)
    _roles: tuple[_AliasEntry, ...] | None = field(default=None, repr=False)
    _starts: re.Pattern[str] | None = field(default=None, repr=False)
    _validity: dict[date | None, tuple[bool, ...]] = field(default_factory=dict, repr=False)
    _titles: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _sides: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_records(cls, records: Iterable[ActorRecord]) -> Gazetteer:
        actors: dict[str, ActorRecord] = {}
        index: dict[str, list[_AliasEntry]] = {}
        for record in records:
            actors[record.slug] = record
            aliases = (AliasRecord(text=record.name), *record.aliases)
            # Swiss spelling: "Weisses Haus", "Aussenministerium" for "Weißes Haus", "Außenministerium".
            aliases += tuple(replace(a, text=a.text.replace("ß", "ss")) for a in aliases if "ß" in a.text)
            for alias in aliases:
                tokens = tuple(_AliasToken.build(t) for t in _TOKEN_RE.findall(alias.text))
                if not tokens:
                    continue
                entry = _AliasEntry(record.slug, alias, tokens)
                keys = {tokens[0].raw.lower()} if tokens[0].exact else set(tokens[0].forms)
                for key in keys:
                    index.setdefault(key, []).append(entry)
        for entries in index.values():
            entries.sort(key=lambda e: -len(e.tokens))
        return cls(actors=actors, _index=index)

    @classmethod
    def from_json(cls, path: Path) -> Gazetteer:
        return cls.from_records(records_from_json(json.loads(path.read_text(encoding="utf-8"))))

    # -- lookups -------------------------------------------------------------------------------------------------
    def get(self, slug: str | None) -> ActorRecord | None:
        return self.actors.get(slug) if slug else None

    def name_of(self, slug: str) -> str:
        record = self.actors.get(slug)
        return record.name if record else slug

    def kind_of(self, slug: str | None) -> str:
        record = self.actors.get(slug) if slug else None
        return record.kind if record else "person"

    def state_of(self, slug: str) -> str | None:
        """The state a person or body belongs to (by country code); a state is its own state. An official of an
        international body (Guterres, Kallas) acts for that body, not for the state of their nationality."""
        record = self.actors.get(slug)
        if record is None:
            return None
        if record.kind == "state":
            return slug
        if record.kind == "person" and record.represents in self.actors:
            return self.state_of(record.represents)
        return self.nationality_of(slug)

    def nationality_of(self, slug: str) -> str | None:
        """The state of the actor's country code, whatever body it acts for ("der Norweger" for Stoltenberg)."""
        record = self.actors.get(slug)
        if record is None:
            return None
        if not self._states_by_country:
            self._states_by_country.update(
                {r.country: r.slug for r in self.actors.values() if r.kind == "state" and r.country}
            )
        return self._states_by_country.get(record.country)

    def office_of(self, slug: str) -> str | None:
        """The organisation an official acts for ("Guterres" -> the United Nations), if it is in the gazetteer."""
        record = self.actors.get(slug)
        if record is None or not record.represents or record.represents not in self.actors:
            return None
        return record.represents

    def side_of(self, slug: str) -> str:
        """The state (or else the organisation) someone acts for: Peskov and the Kremlin for Russia, Guterres for
        the United Nations (cached per slug: asked for every participant of every proposal)."""
        side = self._sides.get(slug)
        if side is None:
            office = self.office_of(slug)
            side = self._sides[slug] = self.state_of(office or slug) or office or slug
        return side

    def __len__(self) -> int:
        return len(self.actors)

    def role_validity(self, on_date: date | None) -> tuple[bool, ...]:
        """Which role aliases hold on ``on_date``: matching depends on the date only through these, so two
        dates with the same tuple give the same mentions."""
        if self._roles is None:
            unique = {id(e): e for entries in self._index.values() for e in entries if e.alias.is_role}
            self._roles = tuple(unique.values())
        validity = self._validity.get(on_date)
        if validity is None:
            if len(self._validity) > 10_000:
                self._validity.clear()
            validity = self._validity[on_date] = tuple(e.valid_on(on_date) for e in self._roles)
        return validity

    # -- matching ------------------------------------------------------------------------------------------------
    def find_mentions(
        self,
        text: str,
        sentences: Sequence[Sentence] | None = None,
        *,
        on_date: date | None = None,
        language: str = "",
    ) -> list[ActorMention]:
        """Actor mentions in ``text``; role aliases resolved on ``on_date``; unknown speakers with slug None."""
        raw = [m for m in self._match_text(text, on_date) if not (m.via_role and _not_the_holder(text, m.start))]
        merged = _merge_roles_with_names(raw, text, self)
        merged = [_office_of_someone_else(m, text, raw, self) for m in merged]
        mentions = [
            ActorMention(m.start, m.end, text[m.start : m.end], m.slug, self.name_of(m.slug), m.via_role)
            for m in merged
            if m.slug is not None
        ]
        mentions.extend(_title_anaphora(text, mentions, self))
        mentions.extend(_council_anaphora(text, mentions))
        mentions.extend(_unknown_speakers(text, mentions, language))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def titles_of(self, slug: str) -> frozenset[str]:
        """The bare titles a person's role aliases carry ("präsident", "leader", "chancellor")."""
        cached = self._titles.get(slug)
        if cached is None:
            record = self.actors.get(slug)
            words = {
                w.lower()
                for a in (record.aliases if record else ())
                if a.is_role
                for w in re.split(r"[\s-]+", a.text)
            }
            cached = self._titles[slug] = frozenset(words & _TITLE_WORDS)
        return cached

    def _match_text(self, text: str, on_date: date | None) -> list[_RawMatch]:
        """Alias matches in ``text``, left to right, longest first: the same as matching every token of the text,
        but only tokens that can start an alias (a regular expression over the alias first tokens finds them) are
        looked at, with the few tokens after them."""
        out: list[_RawMatch] = []
        cache = self._candidates
        resume = 0
        for start in self._starts_regex().finditer(fold(text)):
            if start.start() < resume:
                continue
            first = _TOKEN_RE.match(text, start.start())
            if first is None:
                continue
            token = _Token(first.start(), first.end(), first.group())
            groups = cache.get(token.text)
            if groups is None:
                groups = self._candidates_for(token)
            if not groups:
                continue
            best = self._best_at(_LazyTokens(text, token), 0, on_date)
            if best is not None:
                out.append(best)
                resume = best.end
        return out

    def _starts_regex(self) -> re.Pattern[str]:
        """Where an alias can start in the folded text: a token beginning with a first-token key. Keys of up to
        three characters come from exact tokens ("us", "eu"), which match whole (plus a plural/genitive -s/-es);
        longer keys are prefixes (inflected forms only add endings)."""
        if self._starts is None:
            short = sorted((k for k in self._index if len(k) <= 3), key=len, reverse=True)
            long = [k for k in self._index if len(k) > 3]
            parts = []
            if short:
                parts.append("(?:" + "|".join(map(re.escape, short)) + r")(?:e?s)?(?![^\W_])")
            if long:
                parts.append(_trie_pattern(long))
            self._starts = re.compile(r"(?<![^\W_])(?:" + ("|".join(parts) or "(?!)") + ")")
        return self._starts

    def _best_at(self, tokens: _LazyTokens, i: int, on_date: date | None) -> _RawMatch | None:
        first = tokens.get(i)
        assert first is not None
        groups = self._candidates_for(first)
        if not groups:
            return None
        unresolved: _RawMatch | None = None
        next_keys: frozenset[str] | None = None
        for length, signatures, by_second in groups:
            if length == 1:  # the first token already matched when the candidates were gathered
                hits = [e for _second, entries in signatures for e in entries]
            else:
                if next_keys is None:
                    following = tokens.get(i + 1)
                    next_keys = _token_keys(following) if following is not None else frozenset()
                keys = next_keys
                if by_second is None:
                    hits = [
                        e
                        for second, entries in signatures
                        if (second is None or not second.isdisjoint(keys)) and self._rest_matches(entries[0], tokens, i)
                        for e in entries
                    ]
                else:  # the same hits: only the signatures a key of the next token selects, in signature order
                    selected: set[int] = set()
                    for key in keys:
                        js = by_second.get(key)
                        if js is not None:
                            selected.update(js)
                    hits = []
                    for j in sorted(selected):
                        entries = signatures[j][1]
                        if self._rest_matches(entries[0], tokens, i):
                            hits.extend(entries)
            if not hits:
                continue
            last = i + length - 1
            end = tokens.end_of(last)
            names = [h for h in hits if not h.alias.is_role]
            if names:
                return _RawMatch(first.start, end, names[0].slug, False, i, last)
            valid = [h for h in hits if h.valid_on(on_date)]
            if valid:
                holders = frozenset(h.slug for h in hits)
                return _RawMatch(first.start, end, valid[0].slug, True, i, last, holders)
            if unresolved is None:  # a role with nobody in office that day; a shorter alias may still match
                holders = frozenset(h.slug for h in hits)
                unresolved = _RawMatch(first.start, end, None, True, i, last, holders)
        return unresolved

    def _candidates_for(self, tok: _Token) -> tuple[_Group, ...]:
        """Alias entries whose first token may match ``tok``, grouped by length (longest first) and by identical
        alias text (matched once for all actors and periods that share it); cached per token string."""
        cached = self._candidates.get(tok.text)
        if cached is not None:
            return cached
        seen: set[int] = set()
        found: list[_AliasEntry] = []
        for key in (tok.text.lower(), *tok.forms):
            for entry in self._index.get(key, ()):
                if id(entry) not in seen:
                    seen.add(id(entry))
                    found.append(entry)
        # The first token decides alike for every occurrence of this token text: check it once, here.
        found = [e for e in found if e.tokens[0].matches(tok.text, tok.forms, require_capital=not e.alias.is_role)]
        lengths = sorted({len(e.tokens) for e in found}, reverse=True)
        by_length = [(n, _by_signature(e for e in found if len(e.tokens) == n)) for n in lengths]
        result = tuple((n, sigs, _second_index(sigs) if n > 1 else None) for n, sigs in by_length)
        if len(self._candidates) > 200_000:
            self._candidates.clear()
        self._candidates[tok.text] = result
        return result

    @staticmethod
    def _rest_matches(entry: _AliasEntry, tokens: _LazyTokens, i: int) -> bool:
        """Whether the alias tokens after the first (which matched already) match the tokens after ``i``."""
        require_capital = not entry.alias.is_role
        prev_end = tokens.end_of(i)
        for k in range(1, len(entry.tokens)):
            tok = tokens.get(i + k)
            if tok is None or tok.start - prev_end > 1:  # allow at most one space between alias tokens
                return False
            if not entry.tokens[k].matches(tok.text, tok.forms, require_capital=require_capital):
                return False
            prev_end = tok.end
        return True


def _merge_roles_with_names(raw: list[_RawMatch], text: str, gaz: Gazetteer) -> list[_RawMatch]:
    """ "Kremlsprecher Dmitri Peskow" / "Russlands Präsident Putin" → one mention of the named person."""
    out: list[_RawMatch] = []
    for match in raw:
        if out and gaz.kind_of(match.slug) == "person" and not match.via_role and match.slug is not None:
            prev = out[-1]
            gap = text[prev.end : match.start]
            if _absorbs(prev, gap, gaz, match):
                out[-1] = _RawMatch(prev.start, match.end, match.slug, False, prev.first_token, match.last_token)
                continue
        out.append(match)
    return out


# "US-Sondergesandte John Coale", "Kremlin spokesman Jan Novak": a role title followed by a name of two or three
# capitalised words
_NAME_AFTER_ROLE_RE = re.compile(
    r" (?!(?:Mitte|Anfang|Ende|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|"
    r"Mai|Juni|Juli|August|September|Oktober|November|Dezember|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|May|June|July|October|December)\b)"
    r"[A-ZÄÖÜ][a-zäöüßáéíóúčćšžłńęąėīū'’-]+(?: [A-ZÄÖÜ][a-zäöüßáéíóúčćšžłńęąėīū'’-]+){1,2}\b"
)


def _office_of_someone_else(match: _RawMatch, text: str, raw: Sequence[_RawMatch], gaz: Gazetteer) -> _RawMatch:
    """A role title followed by a name nobody in the gazetteer has is that person's title, not the holder's: the
    mention stands for the state or body the office belongs to ("US-Sondergesandte John Coale" -> United States)."""
    if not match.via_role or match.slug is None or gaz.kind_of(match.slug) != "person":
        return match
    name = _NAME_AFTER_ROLE_RE.match(text, match.end)
    if name is None or any(m.start < name.end() and name.start() < m.end for m in raw if m is not match):
        return match
    body = gaz.office_of(match.slug) or gaz.state_of(match.slug)
    return _RawMatch(match.start, match.end, body, False, match.first_token, match.last_token)


def _absorbs(prev: _RawMatch, gap: str, gaz: Gazetteer, name: _RawMatch) -> bool:
    if prev.via_role:
        # "US-Präsident Donald Trump" (also in 2024), but not "der US-Präsident Putin" (subject and object).
        return bool(_ROLE_NAME_GAP_RE.fullmatch(gap)) and name.slug in prev.role_of
    if gaz.kind_of(prev.slug) in {"state", "organisation"}:
        stripped = gap.strip()
        if stripped.startswith(("'s", "’s")):
            stripped = stripped[2:].strip()
        if stripped.startswith("-"):
            stripped = stripped[1:]
        return bool(stripped) and len(stripped) < 60 and bool(TITLE_WORD_RE.fullmatch(stripped))
    return False


_TITLE_WORDS = frozenset(
    {"präsident", "president", "staatschef", "regierungschef", "leader", "kanzler", "chancellor", "premier"}
)
# "der Präsident", "the president", "the Ukrainian leader" with no name after them: the person named before with that
# title ("Selenskyj ... Bereits am Samstag war der Präsident in Rom empfangen worden").
_BARE_TITLE_RE = compile_filtered(
    r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en|[Tt]he)\s+(Präsident|Präsidenten|Staatschef|Staatschefs|Regierungschef|"
    r"Regierungschefs|Premier|Premiers|president|leader|chancellor|premier)\b(?!['’]s\s+[A-Z]|\s+(?:der|des|von|of)\b|"
    r"\s+[A-ZÄÖÜ])"
)
_TITLE_LOOKBACK = 800  # characters: a title refers back a few sentences at most


def _title_anaphora(text: str, known: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    out: list[ActorMention] = []
    people = [m for m in known if m.slug and gaz.kind_of(m.slug) == "person"]
    if not people:
        return out
    for found in _BARE_TITLE_RE.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in known):
            continue
        title = found.group(1).lower().rstrip("s")
        title = "präsident" if title.startswith("präsident") else title
        earlier = [m for m in people if m.end <= start and start - m.end <= _TITLE_LOOKBACK]
        match = next((m for m in reversed(earlier) if title in gaz.titles_of(m.slug or "")), None)
        if match is not None:
            out.append(ActorMention(start, end, text[start:end], match.slug, match.name, True))
    return out


# "the Council", "der Rat", "des Sicherheitsrats" with no name of their own: the council named last before them
# ("Russia requested the meeting in a letter to the Council president" after "the Security Council")
_BARE_COUNCIL_RE = re.compile(
    r"\b(?:[Tt]he|[Dd]er|[Dd]es|[Dd]em|[Dd]en|[Ii]m|[Bb]eim|[Vv]om|[Zz]um)\s+(Council|Rat|Rats|Rates|Sicherheitsrat|"
    r"Sicherheitsrats|Sicherheitsrates)\b(?!\s+(?:der|des|of)\b)"
)
_COUNCIL_NAME_RE = re.compile(r"(?:Council|[Rr]at(?:s|es)?)\b")
_COUNCIL_OF_RE = re.compile(r"(?:Council\s+of(?:\s+the)?|Rat(?:s|es)?\s+(?:der|des))\s+$")
_COUNCIL_LOOKBACK = 1500  # characters


def _council_anaphora(text: str, known: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    councils = [
        m
        for m in known
        if m.slug
        and (_COUNCIL_NAME_RE.search(m.text) or _COUNCIL_OF_RE.search(text, max(0, m.start - 20), m.start))
    ]
    if not councils:
        return out
    for found in _BARE_COUNCIL_RE.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in known):
            continue
        earlier = [m for m in councils if m.end <= start and start - m.end <= _COUNCIL_LOOKBACK]
        if earlier:
            last = earlier[-1]
            out.append(ActorMention(start, end, text[start:end], last.slug, last.name, False))
    return out


def _unknown_speakers(text: str, known: list[ActorMention], language: str) -> list[ActorMention]:
    """Capitalised names next to a speech verb that the gazetteer does not know."""
    spans = [(m.start, m.end) for m in known]
    out: list[ActorMention] = []
    for regex, name_group in ((SPEECH_VERB_BEFORE_NAME_RE, "name"), (SPEECH_VERB_AFTER_NAME_RE, "name")):
        for match in regex.finditer(text):
            start, end = match.span(name_group)
            surname_after_verb = regex is SPEECH_VERB_BEFORE_NAME_RE and _after_reported_words(text, match, language)
            name_span = _clean_name(text, start, end, surname_alone=surname_after_verb)
            if name_span is None:
                continue
            s, e = name_span
            if any(s < ke and ks < e for ks, ke in spans):
                continue
            spans.append((s, e))
            out.append(ActorMention(s, e, text[s:e], None, text[s:e]))
    return out


def _clean_name(text: str, start: int, end: int, *, surname_alone: bool = False) -> tuple[int, int] | None:
    """The name in a capitalised run next to a speech verb, without the state and title before it ("Serbiens
    Präsident Aleksandar Vučić" -> "Aleksandar Vučić"). One word alone counts only after a title, or as the
    inverted German subject ("sagte Vučić vor Journalisten"), not the dative of "sagte Journalisten"."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    titles = [i for i, (s, e) in enumerate(words) if TITLE_WORD_RE.fullmatch(text[s:e])]
    titled = bool(titles)
    if titles:
        words = words[titles[-1] + 1 :]
    if not words or any(text[s:e].lower() in _NOT_NAME_WORDS for s, e in words):
        return None
    words = words[-3:]
    if len(words) == 1 and not titled:
        word = text[words[0][0] : words[0][1]]
        if not surname_alone or word.lower() in _NOT_SPEAKER_NOUNS or not word[1:].islower():
            return None
    return words[0][0], words[-1][1]


# "…", sagte Vučić' / '…, erklärte Vučić': after reported words a German speech verb puts its subject next.
_INVERTED_SPEECH_RE = compile_filtered(
    r"[,“”\"»«]\s*(?:sagte|sagten|erklärte|betonte|bestätigte|schrieb|meinte|versicherte)\s+$"
)


def _after_reported_words(text: str, match: re.Match[str], language: str) -> bool:
    if language != "de":
        return False
    start, end = match.span("name")
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
        return False  # "sagte Table.Briefings": a brand, not a surname
    return _INVERTED_SPEECH_RE.search(text, max(0, start - 40), start) is not None


# Plural nouns that follow "sagte" as its dative object ("sagte Journalisten in Kiew"), not as its subject.
_NOT_SPEAKER_TEXT = """journalisten reportern medien zeitungen abgeordneten diplomaten vertretern teilnehmern zuhörern
    anhängern kollegen parteifreunden soldaten studenten gästen unterstützern kritikern beobachtern experten analysten
    ministern partnern verbündeten delegierten moderatoren sendern agenturen"""
_NOT_SPEAKER_NOUNS = frozenset(_NOT_SPEAKER_TEXT.split())


def records_from_json(data: list[dict[str, object]]) -> list[ActorRecord]:
    records: list[ActorRecord] = []
    for item in data:
        aliases_raw = item.get("aliases") or []
        assert isinstance(aliases_raw, list)
        aliases = tuple(
            AliasRecord(
                text=str(a["text"]),
                language=str(a.get("language") or ""),
                is_role=bool(a.get("is_role", False)),
                valid_from=date.fromisoformat(str(a["valid_from"])) if a.get("valid_from") else None,
                valid_to=date.fromisoformat(str(a["valid_to"])) if a.get("valid_to") else None,
            )
            for a in aliases_raw
        )
        kind = str(item["kind"])
        if kind not in {"person", "state", "organisation", "group"}:
            raise ValueError(f"bad actor kind {kind!r} for {item.get('slug')!r}")
        records.append(
            ActorRecord(
                slug=str(item["slug"]),
                name=str(item["name"]),
                kind=kind,  # type: ignore[arg-type]
                country=str(item.get("country") or ""),
                aliases=aliases,
                description=str(item.get("description") or ""),
                represents=str(item.get("represents") or ""),
            )
        )
    return records


def load_default_records() -> list[ActorRecord]:
    return records_from_json(json.loads(DEFAULT_GAZETTEER_PATH.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    return Gazetteer.from_records(load_default_records())


def find_mentions(
    text: str,
    sentences: Sequence[Sentence] | None = None,
    *,
    on_date: date | None = None,
    language: str = "",
    gazetteer: Gazetteer | None = None,
) -> list[ActorMention]:
    gaz = gazetteer or load_default_gazetteer()
    return gaz.find_mentions(text, sentences, on_date=on_date, language=language)
