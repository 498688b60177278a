"""Scores over the gold corpus (tests/data/gold) plus the seed, and unit checks of the scorer itself.

Plain pytest (no database). Targets from the project brief: timex F1 >= 0.90, value accuracy >= 0.85,
event recall >= 0.75, speaker accuracy >= 0.85. Event recall reached its target (0.76, 180 of 238 on the
28-document corpus plus seed, with a small margin); the floor below stays as a coarse guard.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.extraction.pipeline import extract, result_to_dict
from tracker.extraction.scoring import DocScore, actors_match, same_date, score_document, speaker_matches, total

DATA = Path(__file__).resolve().parent / "data"


def gold_docs() -> list[dict[str, Any]]:
    paths = [DATA / "seed" / "seed_gold.json", *sorted((DATA / "gold").glob("*.json"))]
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths if p.is_file()]


@pytest.fixture(scope="module")
def scores() -> DocScore:
    docs = gold_docs()
    assert len(docs) >= 10, "gold corpus missing"
    rows = []
    for gold in docs:
        result = extract(gold["text"], published=date.fromisoformat(gold["published"]), language=gold.get("lang"))
        rows.append(score_document(result_to_dict(result), gold))
    return total(rows)


def test_timex_targets(scores: DocScore) -> None:
    assert scores.timex_f1 >= 0.90
    assert scores.timex_value_accuracy >= 0.85


def test_speaker_target(scores: DocScore) -> None:
    assert scores.statement_recall >= 0.75
    assert scores.speaker_accuracy >= 0.85


def test_event_recall_floor(scores: DocScore) -> None:
    assert scores.event_recall >= 0.55


def test_event_recall_target(scores: DocScore) -> None:
    assert scores.event_recall >= 0.75


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("2025-05-19TMO", "2025-05-19", True),
        ("2025-05-19", "2025-05-19T21:00", True),
        ("2025-05", "2025-05-19", False),
        ("PAST_REF", "PAST_REF", True),
        ("2025-W21", "2025-W21", True),
    ],
)
def test_same_date(pred: str, gold: str, ok: bool) -> None:
    assert same_date(pred, gold) is ok


def test_actor_and_speaker_matching() -> None:
    assert actors_match(["Russia", "Ukraine", "Vladimir Putin"], ["Russia", "Ukraine"])
    assert actors_match(["Russia"], ["Russia", "Ukraine"])  # Jaccard 0.5
    assert not actors_match(["Turkey"], ["Russia", "Ukraine"])
    assert speaker_matches("Vladimir Putin", "Vladimir Putin, via Dmitry Peskov")
    assert speaker_matches("Ukraine", "Joint statement: United States, Ukraine")
    assert speaker_matches("Joint statement: Ukraine, United States", "Joint statement: United States, Ukraine")
    assert not speaker_matches("Joint statement: Russia, China, Iran", "Joint statement: United States, Ukraine")
    assert not speaker_matches("Kremlin", "Dmitry Peskov")


def test_score_document_counts() -> None:
    gold = {
        "text": "x" * 100,
        "timexes": [{"start": 0, "end": 5, "value": "2025-05-19"}, {"start": 10, "end": 15, "value": "PAST_REF"}],
        "events": [
            {"type": "CONSULT", "actors": ["A", "B"], "date": "2025-05-19", "evidence": [0, 50]},
            {"type": "AGREE", "actors": ["A"], "date": "2025-05-19", "evidence": [0, 50]},
        ],
        "statements": [{"speaker": "A", "date": "2025-05-18", "evidence": [50, 100]}],
    }
    pred = {
        "timexes": [{"start": 1, "end": 4, "value": "2025-05-19"}, {"start": 20, "end": 25, "value": "x"}],
        "events": [
            {"type": "CONSULT", "actors": ["A", "B", "C"], "date": {"value": "2025-05-19"}, "evidence": [0, 50]}
        ],
        "statements": [{"speaker": "B", "date": {"value": "2025-05-18"}, "evidence": [60, 70]}],
    }
    s = score_document(pred, gold, "t")
    assert (s.timex_matched, s.timex_value_ok, s.timex_precision, s.timex_recall) == (1, 1, 0.5, 0.5)
    assert (s.events_found, s.events_gold) == (1, 2)
    assert (s.statements_found, s.speakers_ok, s.statement_dates_ok) == (1, 0, 1)
