"""The second, independent annotations of blind sets (tests/data/<set>/second_annotation.json) that
bench/annotator_agreement.py scores against the first: every entry must be usable as gold data.

Plain pytest (no database).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
SECOND = sorted(DATA.glob("*/second_annotation.json"))
_VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d\d(?:-\d\d(?:T\w+(?::\d\d)?)?)?|-W\d\d(?:-WE)?|-(?:SP|SU|FA|WI|Q\d|H\d))?|"
                       r"(?:PAST|PRESENT|FUTURE)_REF)$")


def _build_gold() -> Any:
    spec = importlib.util.spec_from_file_location("build_gold_spec", DATA / "gold" / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _first(path: Path) -> dict[str, dict[str, Any]]:
    name = path.parent.name
    lines = (path.parent / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["id"]: d for d in (json.loads(line) for line in lines if line.strip())}


def test_blind33_and_blind34_have_a_second_annotation() -> None:
    assert {p.parent.name for p in SECOND} >= {"blind33", "blind34"}


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.parent.name)
def test_second_annotation_is_valid_gold(path: Path) -> None:
    gold = _build_gold()
    firsts = _first(path)
    docs = json.loads(path.read_text(encoding="utf-8"))
    assert {d["id"] for d in docs} == set(firsts), "the second annotation covers exactly the set's documents"
    for doc in docs:
        text = firsts[doc["id"]]["text"]
        for event in doc["events"]:
            assert event["type"] in gold.PLOVER, event
            assert event["occurrence"] in gold.OCCURRENCE, event
            assert set(event["actors"]) <= gold.CANONICAL, event
            assert _VALUE_RE.match(event["date"]), event
            assert event["sentence"] and event["sentence"] in text, event
        for statement in doc["statements"]:
            assert statement["speaker"], statement
            assert _VALUE_RE.match(statement["date"]), statement
            assert statement["sentence"] and statement["sentence"] in text, statement
