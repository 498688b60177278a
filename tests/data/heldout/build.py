#!/usr/bin/env python3
"""Build the second evaluation set (written blind to the extraction code; see tests/data/README.md).

Run:  .venv/bin/python tests/data/heldout/build.py [-v]

Articles live in heldout_de.py / heldout_en.py (same directory).  Each body
has one sentence per line; paragraphs are separated by a blank line; the first
line is the headline.  Text = headline + "\\n" + "\\n".join(paragraphs), the
sentences of a paragraph joined by one space.  Hence every sentence span is
known exactly and every evidence span is one whole, stripped sentence.

Timexes are given by surface text + index of the whole-word occurrence;
evidence by a substring that must occur in exactly one sentence.  Offsets are
computed with str.find and asserted; nothing is counted by hand.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gold"))

# The vocabulary and the span helpers are shared with the development set's builder.
from build_gold import (  # noqa: E402
    BASIS,
    CANONICAL,
    DATE_RE,
    DUR_RE,
    MODS,
    OCCURRENCE,
    PLOVER,
    TIMEX_TYPES,
    VAGUE,
    E,
    S,
    T,
    check_date,
    find_word,
    sentence_for,
)
from build_gold import assemble as assemble_gold  # noqa: E402

__all__ = ["E", "S", "T"]  # the spec helpers heldout_de.py and heldout_en.py import from here

MIN_LEN, MAX_LEN = 1200, 3000


# ---------------------------------------------------------------- assembly
def assemble(body: str):
    """The gold builder's assembly, plus: every body sentence ends with punctuation."""
    text, spans = assemble_gold(body)
    for a, b in spans[1:]:
        assert text[b - 1] in '.!?“"', f"sentence does not end with punctuation: {text[a:b]!r}"
    return text, spans


def build(spec):
    text, spans = assemble(spec["body"])
    did = spec["id"]
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", spec["published"]), did
    doc = {"id": did, "lang": spec["lang"], "published": spec["published"]}
    if spec.get("published_basis"):
        doc["published_basis"] = spec["published_basis"]
    doc["text"] = text
    timexes = []
    for t in spec["timexes"]:
        s = find_word(text, t["text"], t["n"])
        e = s + len(t["text"])
        assert text[s:e] == t["text"]
        assert t["type"] in TIMEX_TYPES, (did, t)
        if t["type"] in ("DURATION", "SET"):
            assert DUR_RE.match(t["value"]), f"{did}: bad duration {t['value']!r}"
        else:
            check_date(t["value"], f"{did} timex {t['text']!r}")
            if "T" in t["value"][4:] and not t["value"].endswith("REF"):
                assert t["type"] == "TIME", (did, t)
            if t["type"] == "TIME":
                assert "T" in t["value"], (did, t)
        rec = {"text": t["text"], "start": s, "end": e, "type": t["type"], "value": t["value"]}
        if t["mod"]:
            assert t["mod"] in MODS, (did, t)
            rec["mod"] = t["mod"]
        if t["note"]:
            rec["note"] = t["note"]
        timexes.append(rec)
    timexes.sort(key=lambda r: r["start"])
    for a, b in zip(timexes, timexes[1:], strict=False):
        assert a["end"] <= b["start"], f"{did}: overlapping timexes {a} {b}"
    events = []
    for ev in spec["events"]:
        assert ev["type"] in PLOVER, (did, ev)
        assert ev["occurrence"] in OCCURRENCE, (did, ev)
        assert ev["date_basis"] in BASIS, (did, ev)
        check_date(ev["date"], f"{did} event {ev['summary']!r}")
        assert (ev["date"] in VAGUE) == (ev["date_basis"] == "vague"), (did, ev)
        if ev["date_basis"] == "published":
            assert ev["date"] == spec["published"], (did, ev)
        assert ev["actors"], (did, ev)
        for a in ev["actors"]:
            assert a in CANONICAL, (did, a)
        rec = {"summary": ev["summary"], "type": ev["type"], "actors": ev["actors"],
               "date": ev["date"], "date_basis": ev["date_basis"],
               "occurrence": ev["occurrence"],
               "evidence": sentence_for(text, spans, ev["ev"], did)}
        if ev["date_mod"]:
            assert ev["date_mod"] in MODS, (did, ev)
            rec["date_mod"] = ev["date_mod"]
        if ev["note"]:
            rec["note"] = ev["note"]
        events.append(rec)
    statements = []
    for st in spec["statements"]:
        assert st["date_basis"] in BASIS, (did, st)
        check_date(st["date"], f"{did} statement {st['summary']!r}")
        assert (st["date"] in VAGUE) == (st["date_basis"] == "vague"), (did, st)
        if st["date_basis"] == "published":
            assert st["date"] == spec["published"], (did, st)
        for part in re.split(r", via |Joint statement: |, ", st["speaker"]):
            if part:
                assert part in CANONICAL, (did, part)
        statements.append({"speaker": st["speaker"], "summary": st["summary"],
                           "date": st["date"], "date_basis": st["date_basis"],
                           "evidence": sentence_for(text, spans, st["ev"], did)})
    for a in spec["actors"]:
        assert a in CANONICAL, (did, a)
    assert len(set(spec["actors"])) == len(spec["actors"]), did
    used = {a for ev in events for a in ev["actors"]}
    for st in statements:
        used |= {p for p in re.split(r", via |Joint statement: |, ", st["speaker"]) if p}
    missing = used - set(spec["actors"])
    assert not missing, f"{did}: event/statement actors not in actors list: {missing}"
    doc.update(timexes=timexes, events=events, statements=statements, actors=spec["actors"])
    assert MIN_LEN <= len(text) <= MAX_LEN, f"{did}: length {len(text)}"
    return doc


CUES = re.compile(
    r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember|gestern|heute|Heute|morgen|Woche|Wochen|Tage|Tagen|Monat|Monaten|"
    r"Jahr|Jahren|Stunden|Uhr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|week|"
    r"weeks|days|months|years|hours|ago|tonight|now|currently|recently|soon|nun|jetzt|derzeit|aktuell|kürzlich|bald|zuletzt|Zukunft|future|\d{4})\b")


def cue_report(doc):
    covered = [(t["start"], t["end"]) for t in doc["timexes"]]
    return [m.group(0) for m in CUES.finditer(doc["text"])
            if not any(a <= m.start() < b for a, b in covered)]


def validate_files():
    """Independent re-check of the written files."""
    files = sorted(p for p in HERE.glob("*.json"))
    index = [
        json.loads(line)
        for line in (HERE / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    by_id = {d["id"]: d for d in index}
    assert len(by_id) == len(index) == len(files), "heldout.jsonl and *.json disagree"
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        assert f.stem == d["id"], f
        assert by_id[d["id"]] == d, f"{f.name}: differs from heldout.jsonl"
        assert list(d)[:4] == ["id", "lang", "published", "text"] or list(d)[:5] == ["id", "lang", "published", "published_basis", "text"]
        text = d["text"]
        assert d["lang"] in ("de", "en") and re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"])
        assert MIN_LEN <= len(text) <= MAX_LEN, f.name
        for t in d["timexes"]:
            assert 0 <= t["start"] < t["end"] <= len(text) and text[t["start"]:t["end"]] == t["text"], (f.name, t)
            assert t["text"] == t["text"].strip()
        head_end = text.index("\n")
        spans = [e["evidence"] for e in d["events"]] + [s["evidence"] for s in d["statements"]]
        for a, b in spans:
            assert 0 <= a < b <= len(text), (f.name, a, b)
            sent = text[a:b]
            assert sent == sent.strip() and "\n" not in sent, (f.name, sent)
            if (a, b) == (0, head_end):
                continue
            assert a == 0 or text[a - 1] == "\n" or (text[a - 1] == " " and text[a - 2] in '.!?“"'), (f.name, sent)
            assert b == len(text) or text[b] in "\n ", (f.name, sent)
            assert sent[-1] in '.!?“"', (f.name, sent)
        for e in d["events"]:
            assert e["type"] in PLOVER and e["occurrence"] in OCCURRENCE and e["date_basis"] in BASIS, (f.name, e)
            assert DATE_RE.match(e["date"]), (f.name, e)
        for s_ in d["statements"]:
            assert s_["date_basis"] in BASIS and DATE_RE.match(s_["date"]), (f.name, s_)
    return len(files)


def main(argv):
    from heldout_de import DOCS as DE
    from heldout_en import DOCS as EN
    docs = [build(s) for s in DE + EN]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    for old in HERE.glob("*.json"):
        old.unlink()
    for d in docs:
        (HERE / f"{d['id']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
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
            print(d["id"], len(d["text"]), "unannotated cues:", cue_report(d))


if __name__ == "__main__":
    main(sys.argv)
