"""How far two human annotators agree under the same event scoring as the extraction, and how the extraction scores
against each of them and against the events both agree on.

Some blind sets were annotated a second time, independently, by an annotator who saw only the texts (not the first
annotation): ``tests/data/<set>/second_annotation.json``, events and statements with the sentence that reports them.
The scoring is the one of ``manage.py evaluate``: an event counts when type, actors (superset or Jaccard >= 0.5) and
date agree and the sentences overlap.

    python bench/annotator_agreement.py [SET ...]      # default: every set with a second annotation
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extraction.pipeline import extract, result_to_dict  # noqa: E402
from tracker.extraction.scoring import DocScore, event_matches, score_document, total  # noqa: E402

DATA_DIR = ROOT / "tests" / "data"
SECOND = "second_annotation.json"

Doc = dict[str, Any]


def first_annotation(name: str) -> list[Doc]:
    path = DATA_DIR / name / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _evidence(text: str, sentence: str, doc_id: str) -> list[int]:
    start = text.find(sentence)
    if start < 0:
        raise SystemExit(f"{doc_id}: sentence of the second annotation not in the text: {sentence[:80]!r}")
    return [start, start + len(sentence)]


def second_annotation(name: str, firsts: list[Doc]) -> dict[str, Doc]:
    """The second annotation as documents in the gold format (evidence offsets from the quoted sentences)."""
    texts = {d["id"]: d["text"] for d in firsts}
    raw = json.loads((DATA_DIR / name / SECOND).read_text(encoding="utf-8"))
    out: dict[str, Doc] = {}
    for doc in raw:
        text = texts[doc["id"]]
        events = [
            {**e, "evidence": _evidence(text, e["sentence"], doc["id"])} for e in doc.get("events", [])
        ]
        statements = [
            {**s, "evidence": _evidence(text, s["sentence"], doc["id"])} for s in doc.get("statements", [])
        ]
        out[doc["id"]] = {"id": doc["id"], "text": text, "timexes": [], "events": events, "statements": statements}
    return out


def consensus(first: Doc, second: Doc) -> Doc:
    """The first annotation's events that the second annotator also gave (each matched once)."""
    used: set[int] = set()
    kept = []
    for g in first["events"]:
        hit = next((i for i, p in enumerate(second["events"]) if i not in used and event_matches(p, g)), None)
        if hit is not None:
            used.add(hit)
            kept.append(g)
    return {**first, "events": kept}


def _line(label: str, t: DocScore) -> str:
    return (
        f"  {label:44s} event recall {t.event_recall:.2f} ({t.events_found}/{t.events_gold}, "
        f"{t.events_pred} given)   statement recall {t.statement_recall:.2f}, speakers {t.speaker_accuracy:.2f}"
    )


def report(name: str) -> None:
    firsts = first_annotation(name)
    seconds = second_annotation(name, firsts)
    b_vs_a, a_vs_b, x_vs_a, x_vs_b, x_vs_both = [], [], [], [], []
    for gold in firsts:
        other = seconds.get(gold["id"])
        if other is None:
            continue
        result = extract(gold["text"], published=date.fromisoformat(gold["published"]), language=gold.get("lang"))
        pred = result_to_dict(result)
        b_vs_a.append(score_document(other, gold))
        a_vs_b.append(score_document(gold, other))
        x_vs_a.append(score_document(pred, gold))
        x_vs_b.append(score_document(pred, other))
        x_vs_both.append(score_document(pred, consensus(gold, other)))
    print(f"{name} ({len(b_vs_a)} documents)")
    print(_line("second annotator, scored against the first", total(b_vs_a)))
    print(_line("first annotator, scored against the second", total(a_vs_b)))
    print(_line("extraction against the first annotator", total(x_vs_a)))
    print(_line("extraction against the second annotator", total(x_vs_b)))
    print(_line("extraction on the events both annotators give", total(x_vs_both)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names under tests/data (default: all with a second annotation)")
    args = parser.parse_args()
    names = args.sets or sorted(p.parent.name for p in DATA_DIR.glob(f"*/{SECOND}"))
    if not names:
        raise SystemExit(f"no tests/data/*/{SECOND} found")
    for name in names:
        report(name)


if __name__ == "__main__":
    main()
