"""Shared builder of the blind evaluation sets written on 2026-11-25 (blind4, blind5, blind6).

Each set keeps its articles in ``<name>_de.py`` / ``<name>_en.py`` next to a small ``build.py`` that names the set
and its length limits. Nothing here is specific to a set: the spec helpers (T, E, S) and vocabularies come from
tests/data/gold/build_gold.py, assembly and per-document validation (``build``) and the cue report from
tests/data/heldout/build.py (loaded under another module name with the set's length limits). Output: one
``<id>.json`` per document and ``<name>.jsonl``, then an independent re-check of the written files.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build_gold import BASIS, CANONICAL, DATE_RE, OCCURRENCE, PLOVER


@dataclass(frozen=True)
class BlindSet:
    here: Path
    name: str
    min_len: int
    max_len: int

    @property
    def jsonl(self) -> Path:
        return self.here / f"{self.name}.jsonl"

    def heldout_builder(self) -> Any:
        """tests/data/heldout/build.py with this set's length limits (read as module globals by its build())."""
        path = self.here.parent / "heldout" / "build.py"
        spec = importlib.util.spec_from_file_location(f"heldout_build_for_{self.name}", path)
        assert spec is not None and spec.loader is not None
        mod: Any = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.MIN_LEN, mod.MAX_LEN = self.min_len, self.max_len
        return mod

    def validate_files(self) -> int:
        """Independent re-check of the written files (not of the specs)."""
        files = sorted(self.here.glob("*.json"))
        index = [json.loads(ln) for ln in self.jsonl.read_text(encoding="utf-8").splitlines() if ln.strip()]
        by_id = {d["id"]: d for d in index}
        assert len(by_id) == len(index) == len(files), f"{self.jsonl.name} and *.json disagree"
        for f in files:
            d = json.loads(f.read_text(encoding="utf-8"))
            assert f.stem == d["id"] and by_id[d["id"]] == d, f"{f.name}: differs from {self.jsonl.name}"
            text = d["text"]
            assert d["lang"] in ("de", "en") and re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"])
            assert self.min_len <= len(text) <= self.max_len, (f.name, len(text))
            prev_end = 0
            for t in d["timexes"]:
                assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"] : t["end"]] == t["text"], (f, t)
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
                assert e["type"] in PLOVER and e["occurrence"] in OCCURRENCE and e["date_basis"] in BASIS, (f, e)
                assert DATE_RE.match(e["date"]), (f.name, e)
                assert set(e["actors"]) <= set(d["actors"]), (f.name, e)
            for s_ in d["statements"]:
                assert s_["date_basis"] in BASIS and DATE_RE.match(s_["date"]), (f.name, s_)
            assert set(d["actors"]) <= CANONICAL, (f.name, set(d["actors"]) - CANONICAL)
        return len(files)

    def main(self, argv: list[str]) -> None:
        builder = self.heldout_builder()
        specs = importlib.import_module(f"{self.name}_de").DOCS + importlib.import_module(f"{self.name}_en").DOCS
        docs = [builder.build(s) for s in specs]
        ids = [d["id"] for d in docs]
        assert len(ids) == len(set(ids))
        for old in self.here.glob("*.json"):
            old.unlink()
        for d in docs:
            out = self.here / f"{d['id']}.json"
            out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        with open(self.jsonl, "w", encoding="utf-8") as fh:
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
        print("validated", self.validate_files(), "files")
        if "-v" in argv:
            for d in docs:
                counts = f"T={len(d['timexes'])} E={len(d['events'])} S={len(d['statements'])}"
                print(d["id"], len(d["text"]), counts, "unannotated cues:", builder.cue_report(d))
        if "--timexes" in argv:  # every timex in its context, for proof-reading
            for d in docs:
                print("==", d["id"], d["published"])
                for t in d["timexes"]:
                    ctx = d["text"][max(0, t["start"] - 30) : t["end"] + 15].replace("\n", " ")
                    print(f"  {t['text']!r:34} {t['type']:8} {t['value']:18} {t.get('mod', ''):6} | {ctx}")
