#!/usr/bin/env python3
"""Build the third evaluation set, ``blind3`` (written blind to the extraction code).

Run:  .venv/bin/python tests/data/blind3/build.py [-v]

Articles live in blind3_de.py / blind3_en.py (same directory), in the format of
tests/data/heldout/: one sentence per line, paragraphs separated by a blank line,
the first line is the headline.  Timexes are named by surface text + index of the
whole-word occurrence, evidence by a substring that occurs in exactly one sentence.

The spec helpers (T, E, S), the vocabularies (CANONICAL, PLOVER, ...) and the
span helpers come from tests/data/gold/build_gold.py; assembly and per-document
validation are reused from tests/data/heldout/build.py (loaded under another
module name), with this set's own length limits.  Output: one <id>.json per
document and blind3.jsonl.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gold"))

# The vocabulary and the span helpers are shared with the development set's builder.
from build_gold import (  # noqa: E402
    BASIS,
    DATE_RE,
    OCCURRENCE,
    PLOVER,
    E,
    S,
    T,
)

__all__ = ["E", "S", "T"]  # the spec helpers blind3_de.py and blind3_en.py import from here

MIN_LEN, MAX_LEN = 2000, 3500
JSONL = "blind3.jsonl"


def _load_heldout_builder():
    spec = importlib.util.spec_from_file_location("heldout_build", HERE.parent / "heldout" / "build.py")
    assert spec is not None and spec.loader is not None
    mod: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.MIN_LEN, mod.MAX_LEN = MIN_LEN, MAX_LEN  # build() reads these module globals at call time
    return mod


_hb = _load_heldout_builder()
build = _hb.build
cue_report = _hb.cue_report


def validate_files():
    """Independent re-check of the written files (not of the specs)."""
    files = sorted(HERE.glob("*.json"))
    index = [json.loads(line) for line in (HERE / JSONL).read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {d["id"]: d for d in index}
    assert len(by_id) == len(index) == len(files), f"{JSONL} and *.json disagree"
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        assert f.stem == d["id"] and by_id[d["id"]] == d, f"{f.name}: differs from {JSONL}"
        text = d["text"]
        assert d["lang"] in ("de", "en") and re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"])
        assert MIN_LEN <= len(text) <= MAX_LEN, f.name
        for t in d["timexes"]:
            assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"]:t["end"]] == t["text"], (f.name, t)
        head_end = text.index("\n")
        for a, b in [e["evidence"] for e in d["events"]] + [s["evidence"] for s in d["statements"]]:
            sent = text[a:b]
            assert 0 <= a < b <= len(text) and sent == sent.strip() and "\n" not in sent, (f.name, sent)
            if (a, b) != (0, head_end):
                assert text[a - 1] == "\n" or (text[a - 1] == " " and text[a - 2] in '.!?“"'), (f.name, sent)
                assert (b == len(text) or text[b] in "\n ") and sent[-1] in '.!?“"', (f.name, sent)
        for e in d["events"]:
            assert e["type"] in PLOVER and e["occurrence"] in OCCURRENCE and e["date_basis"] in BASIS, (f.name, e)
            assert DATE_RE.match(e["date"]), (f.name, e)
        for s_ in d["statements"]:
            assert s_["date_basis"] in BASIS and DATE_RE.match(s_["date"]), (f.name, s_)
    return len(files)


def main(argv):
    from blind3_de import DOCS as DE
    from blind3_en import DOCS as EN
    docs = [build(s) for s in DE + EN]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for old in HERE.glob("*.json"):
        old.unlink()
    for d in docs:
        (HERE / f"{d['id']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(HERE / JSONL, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    stats: dict[str, list[int]] = {}
    for d in docs:
        s = stats.setdefault(d["lang"], [0, 0, 0, 0])
        s[0] += 1
        s[1] += len(d["timexes"])
        s[2] += len(d["events"])
        s[3] += len(d["statements"])
    for lang, (nd, nt, ne, ns) in sorted(stats.items()):
        print(f"{lang}: docs={nd} timexes={nt} events={ne} statements={ns}")
    print("validated", validate_files(), "files")
    if "-v" in argv:
        for d in docs:
            print(d["id"], len(d["text"]), f"T={len(d['timexes'])} E={len(d['events'])} S={len(d['statements'])}",
                  "unannotated cues:", cue_report(d))


if __name__ == "__main__":
    main(sys.argv)
