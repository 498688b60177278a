"""Share of the one-sentence wording challenges (tests/data/challenge/) whose event type is found.

    python bench/challenge_types.py [-v]

The dev half was developed on; the test half was not, so its figure shows how the vocabulary carries over to unseen
wordings. -v lists the sentences of the test half whose type is not found.
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
    results = {name: score(DATA / f"sentences_{name}.jsonl") for name in ("dev", "test")}
    print(f"{'type':10} {'dev de':>8} {'dev en':>8} {'test de':>8} {'test en':>8}")
    types = sorted({t for _found, total, _missed in results.values() for t, _lang in total})
    for kind in types:
        cells = [
            f"{results[name][0][(kind, lang)]:>3}/{results[name][1][(kind, lang)]:<3}"
            for name in ("dev", "test")
            for lang in ("de", "en")
        ]
        print(f"{kind:10} " + " ".join(f"{c:>8}" for c in cells))
    for name, (found, total, _missed) in results.items():
        print(f"{name}: {sum(found.values())}/{sum(total.values())} = {sum(found.values()) / sum(total.values()):.2f}")
    if "-v" in sys.argv:
        for item in results["test"][2]:
            print(f"  {item['type']:10} {item['lang']} | {item['trigger']} | {item['text']}")


if __name__ == "__main__":
    main()
