"""Scores of the extraction pipeline over tests/data/gold plus the seed article.

python bench/evaluate_gold.py [--misses] [--json] [--all-sets]
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


DATA_DIR = ROOT / "tests" / "data"
EVALUATION_SETS = {
    "gold (tuned on)": DATA_DIR / "gold" / "index.jsonl",
    "heldout (blind once, then developed on)": DATA_DIR / "heldout" / "heldout.jsonl",
    "blind3 (blind once, then developed on)": DATA_DIR / "blind3" / "blind3.jsonl",
    "blind4 (blind once, then developed on)": DATA_DIR / "blind4" / "blind4.jsonl",
    "blind5 (blind once, then developed on)": DATA_DIR / "blind5" / "blind5.jsonl",
    "blind6 (blind once, then developed on)": DATA_DIR / "blind6" / "blind6.jsonl",
    "blind8 (blind once, then developed on)": DATA_DIR / "blind8" / "blind8.jsonl",
    "blind9 (blind once, then developed on)": DATA_DIR / "blind9" / "blind9.jsonl",
    "blind10 (blind once, then developed on)": DATA_DIR / "blind10" / "blind10.jsonl",
    "blind11 (blind once, then developed on)": DATA_DIR / "blind11" / "blind11.jsonl",
    "blind12 (blind once, then developed on)": DATA_DIR / "blind12" / "blind12.jsonl",
    "blind14 (blind once, then developed on)": DATA_DIR / "blind14" / "blind14.jsonl",
    "blind15 (blind once, then developed on)": DATA_DIR / "blind15" / "blind15.jsonl",
    "blind16 (blind once, then developed on)": DATA_DIR / "blind16" / "blind16.jsonl",
    "blind17 (blind once, then developed on)": DATA_DIR / "blind17" / "blind17.jsonl",
    "blind18 (blind once, then developed on)": DATA_DIR / "blind18" / "blind18.jsonl",
    "blind19 (blind once, then developed on)": DATA_DIR / "blind19" / "blind19.jsonl",
    "blind20 (blind once, then developed on)": DATA_DIR / "blind20" / "blind20.jsonl",
    "blind21 (blind once, then developed on)": DATA_DIR / "blind21" / "blind21.jsonl",
    "blind22 (blind once, then developed on)": DATA_DIR / "blind22" / "blind22.jsonl",
    "blind23 (blind once, then developed on)": DATA_DIR / "blind23" / "blind23.jsonl",
    "blind24 (blind once, then developed on)": DATA_DIR / "blind24" / "blind24.jsonl",
    "blind25 (blind at the end of a session, then developed on)": DATA_DIR / "blind25" / "blind25.jsonl",
    "blind26 (blind at the end of a session, then developed on)": DATA_DIR / "blind26" / "blind26.jsonl",
    "blind27 (blind once, then developed on)": DATA_DIR / "blind27" / "blind27.jsonl",
    "blind28 (blind once, then developed on)": DATA_DIR / "blind28" / "blind28.jsonl",
    "blind29 (blind once, then developed on)": DATA_DIR / "blind29" / "blind29.jsonl",
    "blind30 (blind once, then developed on)": DATA_DIR / "blind30" / "blind30.jsonl",
    "blind31 (blind once, then developed on)": DATA_DIR / "blind31" / "blind31.jsonl",
    "blind32 (blind once, then developed on)": DATA_DIR / "blind32" / "blind32.jsonl",
    "blind33 (blind once, then developed on)": DATA_DIR / "blind33" / "blind33.jsonl",
    "blind34 (blind once, then developed on)": DATA_DIR / "blind34" / "blind34.jsonl",
    "blind35 (blind once, then developed on)": DATA_DIR / "blind35" / "blind35.jsonl",
    "blind36 (blind once, then developed on)": DATA_DIR / "blind36" / "blind36.jsonl",
    "blind37 (blind once, then developed on)": DATA_DIR / "blind37" / "blind37.jsonl",
    "blind38 (blind once, then developed on)": DATA_DIR / "blind38" / "blind38.jsonl",
    "blind39 (blind once, then developed on)": DATA_DIR / "blind39" / "blind39.jsonl",
    "blind40 (blind once, then developed on)": DATA_DIR / "blind40" / "blind40.jsonl",
    "blind41 (blind once, then developed on)": DATA_DIR / "blind41" / "blind41.jsonl",
    "blind42 (blind once, then developed on)": DATA_DIR / "blind42" / "blind42.jsonl",
    "blind43 (blind once, then developed on)": DATA_DIR / "blind43" / "blind43.jsonl",
    "blind44 (blind once, then developed on)": DATA_DIR / "blind44" / "blind44.jsonl",
    "blind45 (blind once, then developed on)": DATA_DIR / "blind45" / "blind45.jsonl",
    "blind46 (blind once, then developed on)": DATA_DIR / "blind46" / "blind46.jsonl",
    "blind47 (blind once, then developed on)": DATA_DIR / "blind47" / "blind47.jsonl",
    "blind48 (blind once, then developed on)": DATA_DIR / "blind48" / "blind48.jsonl",
    "blind49 (blind once, then developed on)": DATA_DIR / "blind49" / "blind49.jsonl",
    "blind50 (blind once, then developed on)": DATA_DIR / "blind50" / "blind50.jsonl",
    "blind51 (blind once, then developed on)": DATA_DIR / "blind51" / "blind51.jsonl",
    "blind52 (blind once, then developed on)": DATA_DIR / "blind52" / "blind52.jsonl",
    "blind53 (blind once, then developed on)": DATA_DIR / "blind53" / "blind53.jsonl",
    "blind54 (blind once, then developed on)": DATA_DIR / "blind54" / "blind54.jsonl",
    "blind55 (blind once, then developed on)": DATA_DIR / "blind55" / "blind55.jsonl",
    "blind56 (blind once, then developed on)": DATA_DIR / "blind56" / "blind56.jsonl",
    "blind57 (blind once, then developed on)": DATA_DIR / "blind57" / "blind57.jsonl",
    "blind58 (blind once, then developed on)": DATA_DIR / "blind58" / "blind58.jsonl",
    "blind59 (blind once, then developed on)": DATA_DIR / "blind59" / "blind59.jsonl",
    "blind60 (blind once, then developed on)": DATA_DIR / "blind60" / "blind60.jsonl",
    "blind61 (blind once, then developed on)": DATA_DIR / "blind61" / "blind61.jsonl",
    "blind62 (blind once, then developed on)": DATA_DIR / "blind62" / "blind62.jsonl",
    "blind63 (blind once, then developed on)": DATA_DIR / "blind63" / "blind63.jsonl",
    "blind64 (blind once, then developed on)": DATA_DIR / "blind64" / "blind64.jsonl",
    "blind65 (blind once, then developed on)": DATA_DIR / "blind65" / "blind65.jsonl",
    "blind66 (blind once, then developed on)": DATA_DIR / "blind66" / "blind66.jsonl",
    "blind67 (blind once, then developed on)": DATA_DIR / "blind67" / "blind67.jsonl",
    "blind68 (blind once, then developed on)": DATA_DIR / "blind68" / "blind68.jsonl",
    "blind69 (blind once, then developed on)": DATA_DIR / "blind69" / "blind69.jsonl",
    "blind70 (blind once, then developed on)": DATA_DIR / "blind70" / "blind70.jsonl",
    "blind71 (blind once, then developed on)": DATA_DIR / "blind71" / "blind71.jsonl",
    "blind72 (blind once, then developed on)": DATA_DIR / "blind72" / "blind72.jsonl",
    "blind73 (blind once, then developed on)": DATA_DIR / "blind73" / "blind73.jsonl",
    "blind74 (blind once, then developed on)": DATA_DIR / "blind74" / "blind74.jsonl",
    "blind75 (blind once, then developed on)": DATA_DIR / "blind75" / "blind75.jsonl",
    "blind76 (blind once, then developed on)": DATA_DIR / "blind76" / "blind76.jsonl",
    "blind77 (blind once, then developed on)": DATA_DIR / "blind77" / "blind77.jsonl",
    "blind78 (blind once, then developed on)": DATA_DIR / "blind78" / "blind78.jsonl",
    "blind79 (blind once, then developed on)": DATA_DIR / "blind79" / "blind79.jsonl",
    "blind80 (blind once, then developed on)": DATA_DIR / "blind80" / "blind80.jsonl",
    "blind81 (blind once, then developed on)": DATA_DIR / "blind81" / "blind81.jsonl",
    "blind82 (blind once, then developed on)": DATA_DIR / "blind82" / "blind82.jsonl",
    "blind83 (blind once, then developed on)": DATA_DIR / "blind83" / "blind83.jsonl",
    "blind84 (blind once, then developed on)": DATA_DIR / "blind84" / "blind84.jsonl",
    "blind85 (blind once, then developed on)": DATA_DIR / "blind85" / "blind85.jsonl",
    "blind86 (blind once, then developed on)": DATA_DIR / "blind86" / "blind86.jsonl",
    "blind87 (blind once, then developed on)": DATA_DIR / "blind87" / "blind87.jsonl",
    "blind88 (blind once, then developed on)": DATA_DIR / "blind88" / "blind88.jsonl",
    "blind89 (blind once, then developed on)": DATA_DIR / "blind89" / "blind89.jsonl",
    "blind90 (blind once, then developed on)": DATA_DIR / "blind90" / "blind90.jsonl",
    "blind91 (blind once, then developed on)": DATA_DIR / "blind91" / "blind91.jsonl",
    "blind92 (blind once, then developed on)": DATA_DIR / "blind92" / "blind92.jsonl",
    "blind93 (blind once, then developed on)": DATA_DIR / "blind93" / "blind93.jsonl",
    "blind94 (blind once, then developed on)": DATA_DIR / "blind94" / "blind94.jsonl",
    "blind95 (blind once, then developed on)": DATA_DIR / "blind95" / "blind95.jsonl",
    "blind96 (blind once, then developed on)": DATA_DIR / "blind96" / "blind96.jsonl",
    "blind97 (blind once, then developed on)": DATA_DIR / "blind97" / "blind97.jsonl",
    "blind98 (blind once, then developed on)": DATA_DIR / "blind98" / "blind98.jsonl",
    "blind99 (blind once, then developed on)": DATA_DIR / "blind99" / "blind99.jsonl",
    "blind100 (blind once, then developed on)": DATA_DIR / "blind100" / "blind100.jsonl",
    "blind101 (blind once, then developed on)": DATA_DIR / "blind101" / "blind101.jsonl",
    "blind102 (blind once, then developed on)": DATA_DIR / "blind102" / "blind102.jsonl",
    "blind103 (blind once, then developed on)": DATA_DIR / "blind103" / "blind103.jsonl",
    "blind104 (blind once, then developed on)": DATA_DIR / "blind104" / "blind104.jsonl",
    "blind105 (blind once, then developed on)": DATA_DIR / "blind105" / "blind105.jsonl",
    "blind106 (blind once, then developed on)": DATA_DIR / "blind106" / "blind106.jsonl",
    "blind107 (blind once, then developed on)": DATA_DIR / "blind107" / "blind107.jsonl",
    "blind108 (blind once, then developed on)": DATA_DIR / "blind108" / "blind108.jsonl",
    "blind109 (blind once, then developed on)": DATA_DIR / "blind109" / "blind109.jsonl",
    "blind110 (blind once, then developed on)": DATA_DIR / "blind110" / "blind110.jsonl",
    "blind111 (blind once, then developed on)": DATA_DIR / "blind111" / "blind111.jsonl",
    "blind112 (blind once, then developed on)": DATA_DIR / "blind112" / "blind112.jsonl",
    "blind113 (blind once, then developed on)": DATA_DIR / "blind113" / "blind113.jsonl",
    "blind114 (blind once, then developed on)": DATA_DIR / "blind114" / "blind114.jsonl",
    "blind115 (blind once, then developed on)": DATA_DIR / "blind115" / "blind115.jsonl",
    "blind116 (blind once, then developed on)": DATA_DIR / "blind116" / "blind116.jsonl",
    "blind117 (blind once, then developed on)": DATA_DIR / "blind117" / "blind117.jsonl",
    "blind118 (blind once, then developed on)": DATA_DIR / "blind118" / "blind118.jsonl",
    "blind119 (blind once, then developed on)": DATA_DIR / "blind119" / "blind119.jsonl",
    "blind120 (blind once, then developed on)": DATA_DIR / "blind120" / "blind120.jsonl",
    "blind121 (blind once, then developed on)": DATA_DIR / "blind121" / "blind121.jsonl",
    "blind122 (blind once, then developed on)": DATA_DIR / "blind122" / "blind122.jsonl",
    "blind123 (blind once, then developed on)": DATA_DIR / "blind123" / "blind123.jsonl",
    "blind124 (blind once, then developed on)": DATA_DIR / "blind124" / "blind124.jsonl",
    "blind125 (blind once, then developed on)": DATA_DIR / "blind125" / "blind125.jsonl",
    "blind126 (blind once, then developed on)": DATA_DIR / "blind126" / "blind126.jsonl",
    "blind127 (blind once, then developed on)": DATA_DIR / "blind127" / "blind127.jsonl",
    "blind128 (blind once, then developed on)": DATA_DIR / "blind128" / "blind128.jsonl",
    "blind129 (blind, totals only; not developed on)": DATA_DIR / "blind129" / "blind129.jsonl",
    "blind130 (blind, totals only; not developed on)": DATA_DIR / "blind130" / "blind130.jsonl",
    "blind131 (blind, totals only; not developed on)": DATA_DIR / "blind131" / "blind131.jsonl",
    "blind132 (blind, totals only; not developed on)": DATA_DIR / "blind132" / "blind132.jsonl",
    "blind133 (blind, totals only; not developed on)": DATA_DIR / "blind133" / "blind133.jsonl",
    "blind134 (blind, totals only; not developed on)": DATA_DIR / "blind134" / "blind134.jsonl",
    "blind135 (blind, totals only; not developed on)": DATA_DIR / "blind135" / "blind135.jsonl",
    "blind136 (blind, totals only; not developed on)": DATA_DIR / "blind136" / "blind136.jsonl",
    "blind137 (blind, totals only; not developed on)": DATA_DIR / "blind137" / "blind137.jsonl",
    "blind138 (blind, totals only; not developed on)": DATA_DIR / "blind138" / "blind138.jsonl",
    "blind139 (blind, totals only; not developed on)": DATA_DIR / "blind139" / "blind139.jsonl",
    "blind140 (blind, totals only; not developed on)": DATA_DIR / "blind140" / "blind140.jsonl",
    "blind7 (blind once, then developed on)": DATA_DIR / "blind7" / "blind7.jsonl",
    "blind13 (blind once, then developed on)": DATA_DIR / "blind13" / "blind13.jsonl",
}


def print_set_totals() -> None:
    """Event recall and the other totals of every evaluation set, so that tuned and (nearly) blind sets are seen
    side by side."""
    print(f"{'set':70s} {'tx F1':>6} {'value':>6} {'ev R':>6} {'events':>9} {'st R':>5} {'spk':>5} {'st dt':>6}")
    for label, path in EVALUATION_SETS.items():
        if not path.is_file():
            continue
        scores = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            result = extract(gold["text"], published=date.fromisoformat(gold["published"]), language=gold.get("lang"))
            scores.append(score_document(result_to_dict(result), gold, str(gold.get("id"))))
        t = total(scores)
        print(
            f"{label:70s} {t.timex_f1:6.2f} {t.timex_value_accuracy:6.2f} {t.event_recall:6.2f} "
            f"{t.events_found:>4}/{t.events_gold:<4} {t.statement_recall:5.2f} {t.speaker_accuracy:5.2f} "
            f"{t.statement_date_accuracy:6.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list gold events/statements that were not found")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--all-sets",
        action="store_true",
        help="one total line per evaluation set (gold, heldout, blind3-20)",
    )
    args = parser.parse_args()
    if args.all_sets:
        print_set_totals()
        return
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
