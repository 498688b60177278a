"""A cheap start filter for regexes tried at every position of a window.

``with_start_filter(rx)`` prepends a lookahead on the characters a match can start with (found from the parsed
pattern), so the engine skips most positions after one character test instead of trying every alternative and
lookbehind. The lookahead is only a necessary condition: the matches are exactly those of ``rx``.
"""

from __future__ import annotations

import re
from typing import Any

_parser: Any = re._parser  # type: ignore[attr-defined]
_c: Any = re._constants  # type: ignore[attr-defined]

_MAX_RANGE = 400  # wider character ranges are left unfiltered


class _Unfiltered(Exception):
    """A match may start with (almost) any character, or with nothing at all."""


def _atoms_of_class(items: list[tuple[Any, Any]]) -> list[str]:
    atoms: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            atoms.append(re.escape(chr(av)))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            atoms.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            atoms.append(r"\d")
        else:
            raise _Unfiltered
    return atoms


def _first(seq: Any, icase: bool, out: list[tuple[bool, str]]) -> bool:
    """Add to ``out`` the character-class atoms a match of ``seq`` can start with (and whether they ignore case);
    True if ``seq`` can match the empty string."""
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _c.LITERAL:
            out.append((icase, re.escape(chr(av))))
            return False
        if op is _c.IN:
            out.extend((icase, a) for a in _atoms_of_class(av))
            return False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = _first(branch, icase, out) or nullable
            if not nullable:
                return False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_icase = (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            if not _first(sub, sub_icase, out):
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if not _first(sub, icase, out) and lo > 0:
                return False
            continue
        if op is _c.ATOMIC_GROUP:
            if not _first(av, icase, out):
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
    """``rx`` with a start lookahead in front (``rx`` itself when none can be derived)."""
    head = start_lookahead(rx.pattern, rx.flags)
    if head is None:
        return rx
    flags_group = _GLOBAL_FLAGS_RE.match(rx.pattern)  # "(?i)" must stay first
    cut = flags_group.end() if flags_group else 0
    return re.compile(rx.pattern[:cut] + head + rx.pattern[cut:], rx.flags)


_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


def compile_filtered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` plus the start filter (for patterns searched at many positions)."""
    return with_start_filter(re.compile(pattern, flags))
