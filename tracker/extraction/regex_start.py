"""A cheap start filter for regexes tried at every position of a window.

``with_start_filter(rx)`` tells the regex engine which characters a match can start with (found from the parsed
pattern), so a search skips the other positions in C instead of trying every alternative and lookbehind there.

The set goes into the compiled pattern's info block, where the engine's own "charset prefix" optimisation keeps it
(Python does this by itself only for patterns that start with a plain character class, not for ours, which start
with "\\b", a lookbehind or a group). That needs the internals of CPython's ``re`` (checked at import); where they
are missing, a lookahead on the same characters is prepended instead, which is slower but portable. Either way the
filter is only a necessary condition: the matches are exactly those of ``rx``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_parser: Any = re._parser  # type: ignore[attr-defined]
_c: Any = re._constants  # type: ignore[attr-defined]
_compiler: Any = getattr(re, "_compiler", None)
try:
    import _sre  # type: ignore[import-not-found]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None
    _EXTRA_CASES = {}

_MAX_RANGE = 400  # wider character ranges are left unfiltered


class _Unfiltered(Exception):
    """A match may start with (almost) any character, or with nothing at all."""


def _atoms_of_class(items: list[tuple[Any, Any]]) -> list[tuple[str, Any, Any]]:
    """(lookahead atom, opcode, argument) of each member of a character class."""
    atoms: list[tuple[str, Any, Any]] = []
    for op, av in items:
        if op is _c.LITERAL:
            atoms.append((re.escape(chr(av)), op, av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            atoms.append((f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}", op, av))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            atoms.append((r"\d", op, av))
        else:
            raise _Unfiltered
    return atoms


def _first(
    seq: Any, icase: bool, out: list[tuple[bool, str]], items: list[tuple[bool, Any, Any]] | None = None
) -> bool:
    """Add to ``out`` the character-class atoms a match of ``seq`` can start with (and whether they ignore case),
    and to ``items`` the same as (ignore case, opcode, argument); True if ``seq`` can match the empty string."""
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _c.LITERAL:
            out.append((icase, re.escape(chr(av))))
            if items is not None:
                items.append((icase, op, av))
            return False
        if op is _c.IN:
            for atom, aop, aav in _atoms_of_class(av):
                out.append((icase, atom))
                if items is not None:
                    items.append((icase, aop, aav))
            return False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = _first(branch, icase, out, items) or nullable
            if not nullable:
                return False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_icase = (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            if not _first(sub, sub_icase, out, items):
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if not _first(sub, icase, out, items) and lo > 0:
                return False
            continue
        if op is _c.ATOMIC_GROUP:
            if not _first(av, icase, out, items):
                return False
            continue
        raise _Unfiltered
    return True


def start_lookahead(pattern: str, flags: int = 0) -> str | None:
    """``(?=...)`` on the possible first characters of a match of ``pattern``; None when there is no useful one."""
    if flags & ~(re.UNICODE | re.MULTILINE | re.IGNORECASE):
        return None  # VERBOSE, DOTALL, ... are left alone; MULTILINE only moves "^" and "$"
    try:
        atoms: list[tuple[bool, str]] = []
        if _first(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE), atoms):
            return None
    except _Unfiltered:
        return None
    exact = "".join(dict.fromkeys(a for icase, a in atoms if not icase))
    folded = "".join(dict.fromkeys(a for icase, a in atoms if icase))
    classes = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "(?=" + "|".join(classes) + ")"


def with_start_filter(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a start filter (``rx`` itself when none can be derived)."""
    fast = _with_start_charset(rx)
    if fast is not None:
        return fast
    head = start_lookahead(rx.pattern, rx.flags)
    if head is None:
        return rx
    flags_group = _GLOBAL_FLAGS_RE.match(rx.pattern)  # "(?i)" must stay first
    cut = flags_group.end() if flags_group else 0
    return re.compile(rx.pattern[:cut] + head + rx.pattern[cut:], rx.flags)


def _start_items(pattern: str, flags: int) -> list[tuple[bool, Any, Any]] | None:
    """(ignore case, opcode, argument) of every character a match can start with; None when there is no useful set."""
    if flags & ~(re.UNICODE | re.MULTILINE | re.IGNORECASE):
        return None
    try:
        atoms: list[tuple[bool, str]] = []
        items: list[tuple[bool, Any, Any]] = []
        if _first(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE), atoms, items):
            return None
    except _Unfiltered:
        return None
    return items


@lru_cache(maxsize=1)
def _lower_to_chars() -> dict[int, tuple[int, ...]]:
    """Lower case (as the regex engine computes it) -> every code point of the Basic Multilingual Plane with that
    lower case: the characters an ignore-case literal matches."""
    assert _sre is not None
    out: dict[int, list[int]] = {}
    for cp in range(0x10000):
        out.setdefault(_sre.unicode_tolower(cp), []).append(cp)
    return {low: tuple(cps) for low, cps in out.items()}


def _case_variants(cp: int) -> set[int]:
    """The characters an ignore-case match of ``cp`` accepts (IGNORECASE with UNICODE, as sre compares them)."""
    assert _sre is not None
    low = _sre.unicode_tolower(cp)
    lows = {low, *_EXTRA_CASES.get(low, ())}
    table = _lower_to_chars()
    return {c for lo in lows for c in (lo, *table.get(lo, ()))}


def _with_start_charset(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` compiled again with its start characters in the info block (None where that cannot be done)."""
    if _compiler is None or _sre is None or not hasattr(_compiler, "_compile"):
        return None
    items = _start_items(rx.pattern, rx.flags)
    if not items:
        return None
    parsed = _parser.parse(rx.pattern, rx.flags)
    lo, hi = parsed.getwidth()
    if lo == 0:
        return None
    flags = parsed.state.flags | rx.flags
    if flags & re.LOCALE or not flags & re.UNICODE:
        return None
    charset: list[tuple[Any, Any]] = []
    for icase, op, av in items:
        if op is _c.CATEGORY or not icase:
            charset.append((op, av))
        else:
            points = [av] if op is _c.LITERAL else range(av[0], av[1] + 1)
            charset.extend((_c.LITERAL, v) for p in points for v in sorted(_case_variants(p)))
    optimized, _cased = _compiler._optimize_charset(charset)
    maxcode = _compiler.MAXCODE
    code: list[int] = [_c.INFO, 0, _c.SRE_INFO_CHARSET, min(lo, maxcode), min(hi, maxcode)]
    _compiler._compile_charset(optimized, flags, code)
    code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(_c.SUCCESS)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return _sre.compile(  # type: ignore[no-any-return]
        rx.pattern, flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup)
    )


_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


def compile_filtered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` plus the start filter (for patterns searched at many positions)."""
    return with_start_filter(re.compile(pattern, flags))
