"""The start filter of timex rule regexes: a necessary condition only, so the matches never change."""

from __future__ import annotations

import re

import pytest

from tracker.extraction.regex_start import start_lookahead, with_start_filter
from tracker.extraction.timex import _RULES

TEXT = (
    "Am Montag, dem 3. März 2025, sagte Kanzler Scholz in Berlin: Die Gespräche beginnen um 18 Uhr. "
    "On Tuesday evening, two weeks ago, the KREMLIN said talks would resume next month; ſeit Wochen, K."
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?P<x>(?i:vor)[^\S\n]+\d+)",
        r"(?:(?i:am|an)[^\S\n]+)?(?P<wd>Montag|Tuesday)",
        r"\b(?:said|sagte)\b",
        r"(?i:k)\w*",
        r"[0-9]{1,2}\.",
    ],
)
def test_filtered_pattern_finds_the_same_matches(pattern: str) -> None:
    rx = re.compile(pattern)
    filtered = with_start_filter(rx)
    assert filtered.pattern.startswith("(?=")
    assert [m.span() for m in filtered.finditer(TEXT)] == [m.span() for m in rx.finditer(TEXT)]


@pytest.mark.parametrize("pattern", [r"\w*", r"(?:a|)b?", r"[^\S\n]+x", r"."])
def test_no_filter_when_a_match_may_start_anywhere(pattern: str) -> None:
    assert start_lookahead(pattern) is None
    assert with_start_filter(re.compile(pattern)).pattern == pattern


def test_timex_rules_carry_the_filter() -> None:
    assert all(rule.regex.pattern.startswith("(?=") for rules in _RULES.values() for rule in rules)


def test_global_inline_flags_stay_first() -> None:
    rx = re.compile(r"(?i)\b(?:montag|tuesday)\b")
    filtered = with_start_filter(rx)
    assert filtered.pattern.startswith("(?i)(?=")
    assert [m.span() for m in filtered.finditer(TEXT)] == [m.span() for m in rx.finditer(TEXT)]
