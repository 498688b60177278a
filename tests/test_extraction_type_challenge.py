"""Every sentence the vocabulary was developed on (tests/data/challenge/: both halves of the first batch and the dev
half of the second) yields an event of its type. The second batch's test half is not tested here: it is the
held-out measure printed by bench/challenge_types.py.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.extraction.pipeline import extract

CHALLENGE = Path(__file__).parent / "data" / "challenge"
DEVELOPED_ON = ("sentences_dev.jsonl", "sentences_test.jsonl", "sentences2_dev.jsonl")
ITEMS = [
    json.loads(line)
    for name in DEVELOPED_ON
    for line in (CHALLENGE / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
# Wordings of the developed sets that the rules still miss (kept visible instead of dropped).
KNOWN_MISSES: set[str] = set()


def test_the_challenge_covers_every_type_in_both_languages() -> None:
    counts: dict[tuple[str, str], int] = {}
    for item in ITEMS:
        counts[(item["type"], item["lang"])] = counts.get((item["type"], item["lang"]), 0) + 1
    assert len(counts) == 32 and set(counts.values()) == {27}


@pytest.mark.parametrize("item", ITEMS, ids=[f"{i['type']}-{i['lang']}-{i['trigger'][:30]}" for i in ITEMS])
def test_challenge_sentence_yields_its_event_type(item: dict[str, str]) -> None:
    if item["text"] in KNOWN_MISSES:
        pytest.xfail("wording not covered yet")
    result = extract(item["text"], published=date(2025, 6, 15), language=item["lang"])
    assert item["type"] in {e.type for e in result.events}, [(e.type, e.title) for e in result.events]
