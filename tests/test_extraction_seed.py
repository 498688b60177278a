"""The seed article (shared/eval, vendored in tests/data/seed): every gold event and statement is found.

Plain pytest (no database). Matching uses the scorer's criteria: same type, actors covering the gold set
(or Jaccard >= 0.5), same date value, overlapping evidence; statements by evidence and speaker.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.extraction.pipeline import extract, result_to_dict
from tracker.extraction.scoring import event_matches, score_document, speaker_matches

SEED = Path(__file__).resolve().parent / "data" / "seed" / "seed_gold.json"


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def output(gold: dict[str, Any]) -> dict[str, Any]:
    return result_to_dict(extract(gold["text"], published=date.fromisoformat(gold["published"]), language="de"))


def test_seed_text_matches_the_shared_article(gold: dict[str, Any]) -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_article_de.txt"
    if shared.is_file():
        assert shared.read_text(encoding="utf-8") == gold["text"]


def test_every_gold_event_is_found(gold: dict[str, Any], output: dict[str, Any]) -> None:
    for g in gold["events"]:
        hits = [p for p in output["events"] if event_matches(p, g)]
        assert hits, f"missing {g['type']} {g['actors']} {g['date']}"
        best = hits[0]
        assert set(g["actors"]) <= set(best["actors"])
        assert best["occurrence"] == g["occurrence"]


def test_event_dates_and_bases(output: dict[str, Any]) -> None:
    consult = [e for e in output["events"] if e["type"] == "CONSULT"]
    by_evidence = {tuple(e["evidence"]): e for e in consult}
    call = by_evidence[(286, 364)]
    assert (call["date"]["value"], call["date"]["basis"], call["occurrence"]) == ("2025-05-19TMO", "text", "planned")
    assert call["actors"] == ["Donald Trump", "Vladimir Putin"]
    follow_up = by_evidence[(365, 501)]
    assert (follow_up["date"]["value"], follow_up["date"]["basis"]) == ("2025-05-19", "context")
    assert follow_up["actors"] == ["Donald Trump", "Volodymyr Zelensky", "NATO"]
    istanbul = [e for e in output["events"] if e["evidence"] == [831, 1100]]
    assert {e["type"] for e in istanbul} == {"CONSULT", "AGREE", "REJECT"}
    assert all((e["date"]["value"], e["date"]["basis"]) == ("PAST_REF", "vague") for e in istanbul)


def test_every_gold_statement_is_found_with_its_speaker(gold: dict[str, Any], output: dict[str, Any]) -> None:
    for g in gold["statements"]:
        hits = [
            p
            for p in output["statements"]
            if p["evidence"] == g["evidence"] and speaker_matches(p["speaker"], g["speaker"])
        ]
        assert hits, f"missing statement by {g['speaker']} at {g['evidence']}"
        assert hits[0]["date"]["value"] == g["date"]
        assert hits[0]["date"]["basis"] == g["date_basis"]


def test_timexes(output: dict[str, Any]) -> None:
    values = [(t["text"], t["value"]) for t in output["timexes"]]
    assert ("Montagmorgen", "2025-05-19TMO") in values
    assert not any(t["text"].lower() in {"die", "mit"} for t in output["timexes"])


def test_scores_are_perfect(gold: dict[str, Any], output: dict[str, Any]) -> None:
    score = score_document(output, gold)
    assert score.event_recall == 1.0
    assert score.statement_recall == 1.0
    assert score.speaker_accuracy == 1.0
    assert score.timex_f1 == 1.0


def test_actors_of_the_seed(gold: dict[str, Any], output: dict[str, Any]) -> None:
    assert set(gold["actors"]) <= {a["name"] for a in output["actors"]}
