"""Scores of the extraction pipeline over tests/data/gold plus the seed article.

python bench/evaluate_gold.py [--misses] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extraction.pipeline import extract, result_to_dict  # noqa: E402
from tracker.extraction.scoring import format_table, score_document, total  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed" / "seed_gold.json"
GOLD_DIR = ROOT / "tests" / "data" / "gold"


def gold_paths() -> list[Path]:
    paths = sorted(GOLD_DIR.glob("*.json"))
    return ([SEED] if SEED.is_file() else []) + paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list gold events/statements that were not found")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scores = []
    for path in gold_paths():
        gold = json.loads(path.read_text(encoding="utf-8"))
        result = extract(gold["text"], published=date.fromisoformat(gold["published"]), language=gold.get("lang"))
        scores.append(score_document(result_to_dict(result), gold, str(gold.get("id") or path.stem)))
    if args.json:
        print(json.dumps({"documents": [s.as_dict() for s in scores], "total": total(scores).as_dict()}, indent=2))
        return
    print(format_table(scores))
    t = total(scores)
    print(
        f"\ntimex F1 {t.timex_f1:.2f} (P {t.timex_precision:.2f} R {t.timex_recall:.2f}), value acc "
        f"{t.timex_value_accuracy:.2f}, event recall {t.event_recall:.2f} ({t.events_found}/{t.events_gold}, "
        f"{t.events_pred} proposed), statement recall {t.statement_recall:.2f}, speaker acc {t.speaker_accuracy:.2f}"
    )
    if args.misses:
        for s in scores:
            for miss in s.missed_events:
                print(f"missed event     {s.doc_id}: {miss}")
            for miss in s.missed_statements:
                print(f"missed statement {s.doc_id}: {miss}")


if __name__ == "__main__":
    main()
