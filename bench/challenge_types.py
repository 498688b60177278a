"""Share of the one-sentence wording challenges (tests/data/challenge/) whose event type is found.

    python bench/challenge_types.py [-v]

Two batches of 576 sentences, each split into halves. Batch 1 (both halves) and the dev half of batch 2 were
developed on; the test half of batch 2 was not, so its figure shows how the vocabulary carries over to unseen
wordings. -v lists the sentences of that held-out half whose type is not found.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extraction.pipeline import extract  # noqa: E402

DATA = ROOT / "tests" / "data" / "challenge"
PUBLISHED = date(2025, 6, 15)


def score(path: Path) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]], list[dict[str, str]]]:
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    missed: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        key = (item["type"], item["lang"])
        total[key] += 1
        kinds = {e.type for e in extract(item["text"], published=PUBLISHED, language=item["lang"]).events}
        if item["type"] in kinds:
            found[key] += 1
        else:
            missed.append(item)
    return found, total, missed


def main() -> None:
    names = ("dev", "test", "2_dev", "2_test")
    results = {name: score(DATA / f"sentences{'' if name[0] == '2' else '_'}{name}.jsonl") for name in names}
    print(f"{'type':10} " + " ".join(f"{n + ' ' + lang:>10}" for n in names for lang in ("de", "en")))
    types = sorted({t for _found, total, _missed in results.values() for t, _lang in total})
    for kind in types:
        cells = [
            f"{results[name][0][(kind, lang)]:>3}/{results[name][1][(kind, lang)]:<3}"
            for name in names
            for lang in ("de", "en")
        ]
        print(f"{kind:10} " + " ".join(f"{c:>10}" for c in cells))
    for name, (found, total, _missed) in results.items():
        held_out = " (held out)" if name == "2_test" else " (developed on)"
        rate = sum(found.values()) / sum(total.values())
        print(f"{name}{held_out}: {sum(found.values())}/{sum(total.values())} = {rate:.2f}")
    if "-v" in sys.argv:
        for item in results["2_test"][2]:
            print(f"  {item['type']:10} {item['lang']} | {item['trigger']} | {item['text']}")


if __name__ == "__main__":
    main()
