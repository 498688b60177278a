"""Every sentence of the developed half of the wording challenge (tests/data/challenge/sentences_dev.jsonl) yields
an event of its type. The other half is not tested here: it is the held-out measure printed by
bench/challenge_types.py.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.extraction.pipeline import extract

CHALLENGE = Path(__file__).parent / "data" / "challenge" / "sentences_dev.jsonl"
ITEMS = [json.loads(line) for line in CHALLENGE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_challenge_covers_every_type_in_both_languages() -> None:
    counts: dict[tuple[str, str], int] = {}
    for item in ITEMS:
        counts[(item["type"], item["lang"])] = counts.get((item["type"], item["lang"]), 0) + 1
    assert len(counts) == 32 and set(counts.values()) == {9}


@pytest.mark.parametrize("item", ITEMS, ids=[f"{i['type']}-{i['lang']}-{i['trigger'][:30]}" for i in ITEMS])
def test_challenge_sentence_yields_its_event_type(item: dict[str, str]) -> None:
    result = extract(item["text"], published=date(2025, 6, 15), language=item["lang"])
    assert item["type"] in {e.type for e in result.events}, [(e.type, e.title) for e in result.events]
