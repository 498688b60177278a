#!/usr/bin/env python3
"""Build the sixth evaluation set, ``blind6`` (annotated blind to the extraction code).

Run:  .venv/bin/python tests/data/blind6/build.py [-v]

Articles live in blind6_de.py / blind6_en.py (same directory) in the format used by
tests/data/heldout/: one sentence per line, paragraphs separated by a blank line,
the first line is the headline.  Timexes are named by surface text + index of the
whole-word occurrence, evidence by a substring that occurs in exactly one sentence.

Nothing is copied: the spec helpers (T, E, S) and vocabularies (CANONICAL, PLOVER, ...)
come from tests/data/gold/build_gold.py, and assembly + per-document validation
(``build``) and the cue report come from tests/data/heldout/build.py, loaded under
another module name with this set's length limits.  Output: one <id>.json per
document and blind6.jsonl.
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

from build_gold import (  # noqa: E402  shared vocabulary and spec helpers
    BASIS,
    CANONICAL,
    DATE_RE,
    OCCURRENCE,
    PLOVER,
    E,
    S,
    T,
)

__all__ = ["E", "S", "T"]  # imported by blind6_de.py / blind6_en.py

MIN_LEN, MAX_LEN = 1800, 3500
JSONL = "blind6.jsonl"


def _heldout_builder():
    spec = importlib.util.spec_from_file_location("heldout_build_for_blind6", HERE.parent / "heldout" / "build.py")
    assert spec is not None and spec.loader is not None
    mod: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.MIN_LEN, mod.MAX_LEN = MIN_LEN, MAX_LEN  # read as module globals by build()
    return mod


_hb = _heldout_builder()
build = _hb.build
cue_report = _hb.cue_report


def validate_files():
    """Independent re-check of the written files (not of the specs)."""
    files = sorted(HERE.glob("*.json"))
    index = [json.loads(ln) for ln in (HERE / JSONL).read_text(encoding="utf-8").splitlines() if ln.strip()]
    by_id = {d["id"]: d for d in index}
    assert len(by_id) == len(index) == len(files), f"{JSONL} and *.json disagree"
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        assert f.stem == d["id"] and by_id[d["id"]] == d, f"{f.name}: differs from {JSONL}"
        text = d["text"]
        assert d["lang"] in ("de", "en") and re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"])
        assert MIN_LEN <= len(text) <= MAX_LEN, (f.name, len(text))
        prev_end = 0
        for t in d["timexes"]:
            assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"]:t["end"]] == t["text"], (f.name, t)
            assert t["start"] >= prev_end, (f.name, "overlap", t)
            prev_end = t["end"]
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
            assert set(e["actors"]) <= set(d["actors"]), (f.name, e)
        for s_ in d["statements"]:
            assert s_["date_basis"] in BASIS and DATE_RE.match(s_["date"]), (f.name, s_)
        assert set(d["actors"]) <= CANONICAL, (f.name, set(d["actors"]) - CANONICAL)
    return len(files)


def main(argv):
    from blind6_de import DOCS as DE
    from blind6_en import DOCS as EN
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
    if "--timexes" in argv:  # print every timex in its context, for proof-reading
        for d in docs:
            print("==", d["id"], d["published"])
            for t in d["timexes"]:
                ctx = d["text"][max(0, t["start"] - 30):t["end"] + 15].replace("\n", " ")
                print(f"  {t['text']!r:34} {t['type']:8} {t['value']:18} {t.get('mod', ''):6} | {ctx}")


if __name__ == "__main__":
    main(sys.argv)
