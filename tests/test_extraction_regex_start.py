"""The start filter of the extraction regexes: a necessary condition only, so the matches never change."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tracker.extraction import lexicons
from tracker.extraction.regex_start import start_lookahead, with_start_filter
from tracker.extraction.timex import _RULES

GOLD = Path(__file__).parent / "data" / "gold" / "index.jsonl"

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
    assert filtered is not rx and filtered.pattern == pattern  # the set sits in the compiled code, not the pattern
    assert [m.span() for m in filtered.finditer(TEXT)] == [m.span() for m in rx.finditer(TEXT)]


@pytest.mark.parametrize("pattern", [r"\w*", r"(?:a|)b?", r"[^\S\n]+x", r"."])
def test_no_filter_when_a_match_may_start_anywhere(pattern: str) -> None:
    assert start_lookahead(pattern) is None
    rx = re.compile(pattern)
    assert with_start_filter(rx) is rx


def test_timex_rules_carry_the_filter() -> None:
    rules = [rule for group in _RULES.values() for rule in group]
    assert all(rule.regex is not re.compile(rule.regex.pattern, rule.regex.flags) for rule in rules)


def test_global_inline_flags_and_ignore_case() -> None:
    rx = re.compile(r"(?i)\b(?:montag|tuesday|kremlin|seit)\b")
    filtered = with_start_filter(rx)
    # "ſeit" (long s) and the Kelvin sign match "s" and "k" when case is ignored
    text = TEXT + " \u212aREMLIN ſEIT İ"
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert len(rx.findall(text)) >= 5


def test_the_lookahead_form_matches_alike() -> None:
    head = start_lookahead(r"\b(?:said|sagte)\b")
    assert head is not None
    rx = re.compile(head + r"\b(?:said|sagte)\b")
    assert [m.span() for m in rx.finditer(TEXT)] == [m.span() for m in re.finditer(r"\b(?:said|sagte)\b", TEXT)]


def test_every_event_rule_matches_alike_with_and_without_the_filter() -> None:
    texts = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines()[:12]]
    folded = [lexicons.fold(t) for t in texts]
    patterns = [r.pattern for r in lexicons.TRIGGER_RULES if r.pattern is not None] + [lexicons.SPEECH_VERB_RE]
    for filtered in patterns:
        plain = re.compile(filtered.pattern, filtered.flags)
        for text in folded:
            assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_new_event_rules_are_tried_only_where_their_literal_start_occurs() -> None:
    """Each trigger rule is indexed by the literal letters its alternatives start with, so an article is scanned once
    per word start rather than once per rule; only the few rules written before this index may scan everything."""
    assert len(lexicons.FULL_SCAN_RULES) <= 6, [lexicons.TRIGGER_RULES[i].pattern for i in lexicons.FULL_SCAN_RULES]
