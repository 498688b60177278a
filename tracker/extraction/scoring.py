"""Score ``extract`` output dicts against gold dicts (ANNOTATION.md format). Pure functions, no I/O.

* Timexes: a predicted span matches a gold span when they overlap (one-to-one, greedy in text order);
  precision/recall/F1 over spans, value accuracy over matched pairs.
* Events: a gold event is found when an unused predicted event has the same type, actors that cover the gold set
  or have Jaccard >= 0.5, the same date value (day-level values compared on the day) and overlapping evidence.
* Statements: a gold statement is found when a predicted statement's evidence overlaps; speaker accuracy counts
  matched pairs with the same speaker ("Putin, via Peskov" accepts either; "Joint statement: A, B" accepts any).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

Doc = Mapping[str, Any]
_DAY_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")


@dataclass
class DocScore:
    doc_id: str
    timex_gold: int = 0
    timex_pred: int = 0
    timex_matched: int = 0
    timex_value_ok: int = 0
    events_gold: int = 0
    events_pred: int = 0
    events_found: int = 0
    statements_gold: int = 0
    statements_pred: int = 0
    statements_found: int = 0
    speakers_ok: int = 0
    statement_dates_ok: int = 0
    missed_events: list[str] = field(default_factory=list)
    missed_statements: list[str] = field(default_factory=list)

    # ratios ---------------------------------------------------------------------------------------------------------
    @property
    def timex_precision(self) -> float:
        return _ratio(self.timex_matched, self.timex_pred)

    @property
    def timex_recall(self) -> float:
        return _ratio(self.timex_matched, self.timex_gold)

    @property
    def timex_f1(self) -> float:
        p, r = self.timex_precision, self.timex_recall
        return 2 * p * r / (p + r) if p + r else (1.0 if not self.timex_gold and not self.timex_pred else 0.0)

    @property
    def timex_value_accuracy(self) -> float:
        return _ratio(self.timex_value_ok, self.timex_matched)

    @property
    def event_recall(self) -> float:
        return _ratio(self.events_found, self.events_gold)

    @property
    def statement_recall(self) -> float:
        return _ratio(self.statements_found, self.statements_gold)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speakers_ok, self.statements_found)

    @property
    def statement_date_accuracy(self) -> float:
        return _ratio(self.statement_dates_ok, self.statements_found)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in (
            "timex_precision",
            "timex_recall",
            "timex_f1",
            "timex_value_accuracy",
            "event_recall",
            "statement_recall",
            "speaker_accuracy",
            "statement_date_accuracy",
        ):
            data[name] = round(getattr(self, name), 4)
        return data


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return int(a[0]) < int(b[1]) and int(b[0]) < int(a[1])


def _date_value(date_field: Any) -> str:
    if isinstance(date_field, Mapping):
        return str(date_field.get("value") or "")
    return str(date_field or "")


def same_date(pred: str, gold: str) -> bool:
    """Equal values, or the same calendar day when both are day-level ("2025-05-19TMO" ~ "2025-05-19")."""
    if pred == gold:
        return True
    pm, gm = _DAY_RE.match(pred), _DAY_RE.match(gold)
    return bool(pm and gm and pm.group(1) == gm.group(1))


def actors_match(pred: Iterable[str], gold: Iterable[str]) -> bool:
    p, g = set(pred), set(gold)
    if not g:
        return True
    return p >= g or len(p & g) / len(p | g) >= 0.5


def _joint_parties(name: str) -> set[str]:
    return {x.strip() for x in name.split(":", 1)[1].split(",")}


def speaker_matches(pred: str, gold: str) -> bool:
    if pred == gold:
        return True
    if gold.startswith("Joint statement:"):
        parties = _joint_parties(gold)
        if pred.startswith("Joint statement:"):  # the same parties in any order (half of them at least)
            mine = _joint_parties(pred)
            return len(mine & parties) / len(mine | parties) >= 0.5
        return pred in parties
    if ", via " in gold:
        return pred in {x.strip() for x in gold.split(", via ", 1)}
    return False


def _score_timexes(score: DocScore, pred: Sequence[Doc], gold: Sequence[Doc]) -> None:
    score.timex_gold, score.timex_pred = len(gold), len(pred)
    used: set[int] = set()
    for g in sorted(gold, key=lambda x: x["start"]):
        for i, p in enumerate(pred):
            if i not in used and _overlaps((p["start"], p["end"]), (g["start"], g["end"])):
                used.add(i)
                score.timex_matched += 1
                score.timex_value_ok += int(str(p.get("value")) == str(g.get("value")))
                break


def event_matches(p: Doc, g: Doc) -> bool:
    return (
        p.get("type") == g.get("type")
        and actors_match(p.get("actors") or [], g.get("actors") or [])
        and same_date(_date_value(p.get("date")), _date_value(g.get("date")))
        and _overlaps(p["evidence"], g["evidence"])
    )


def _score_events(score: DocScore, pred: Sequence[Doc], gold: Sequence[Doc], text: str) -> None:
    score.events_gold, score.events_pred = len(gold), len(pred)
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and event_matches(p, g)), None)
        if hit is None:
            ev = g["evidence"]
            score.missed_events.append(
                f"{g.get('type')} {g.get('actors')} {_date_value(g.get('date'))}: {text[ev[0] : ev[1]][:90]}"
            )
            continue
        used.add(hit)
        score.events_found += 1


def _score_statements(score: DocScore, pred: Sequence[Doc], gold: Sequence[Doc], text: str) -> None:
    score.statements_gold, score.statements_pred = len(gold), len(pred)
    used: set[int] = set()
    for g in gold:
        overlapping = [i for i, p in enumerate(pred) if i not in used and _overlaps(p["evidence"], g["evidence"])]
        if not overlapping:
            ev = g["evidence"]
            score.missed_statements.append(f"{g.get('speaker')}: {text[ev[0] : ev[1]][:90]}")
            continue
        best = next((i for i in overlapping if speaker_matches(str(pred[i].get("speaker")), str(g["speaker"]))), None)
        chosen = overlapping[0] if best is None else best
        used.add(chosen)
        score.statements_found += 1
        score.speakers_ok += int(best is not None)
        score.statement_dates_ok += int(same_date(_date_value(pred[chosen].get("date")), _date_value(g.get("date"))))


def score_document(pred: Doc, gold: Doc, doc_id: str | None = None) -> DocScore:
    score = DocScore(doc_id=str(doc_id or gold.get("id") or "?"))
    text = str(gold.get("text") or "")
    _score_timexes(score, pred.get("timexes") or [], gold.get("timexes") or [])
    _score_events(score, pred.get("events") or [], gold.get("events") or [], text)
    _score_statements(score, pred.get("statements") or [], gold.get("statements") or [], text)
    return score


_COUNTERS = (
    "timex_gold",
    "timex_pred",
    "timex_matched",
    "timex_value_ok",
    "events_gold",
    "events_pred",
    "events_found",
    "statements_gold",
    "statements_pred",
    "statements_found",
    "speakers_ok",
    "statement_dates_ok",
)


def total(scores: Iterable[DocScore]) -> DocScore:
    """Micro-averaged totals over documents."""
    out = DocScore(doc_id="TOTAL")
    for s in scores:
        for name in _COUNTERS:
            setattr(out, name, getattr(out, name) + getattr(s, name))
    return out


def format_table(scores: Sequence[DocScore]) -> str:
    header = f"{'document':34} {'tx F1':>6} {'val':>6} {'ev R':>6} {'ev':>7} {'st R':>6} {'spk':>6} {'st dt':>6}"
    rows = [header, "-" * len(header)]
    for s in [*scores, total(scores)]:
        rows.append(
            f"{s.doc_id[:34]:34} {s.timex_f1:6.2f} {s.timex_value_accuracy:6.2f} {s.event_recall:6.2f} "
            f"{s.events_found:>3}/{s.events_gold:<3} {s.statement_recall:6.2f} {s.speaker_accuracy:6.2f} "
            f"{s.statement_date_accuracy:6.2f}"
        )
    return "\n".join(rows)
