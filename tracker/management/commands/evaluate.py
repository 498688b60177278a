"""``manage.py evaluate GOLD [GOLD ...] [--json]``: score the pipeline against gold documents.

GOLD may be a .json file (one document), a .jsonl file (one document per line) or a directory (its *.json and
*.jsonl files; a directory's index.jsonl is skipped when the .json files it lists are there too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.extraction.pipeline import extract, result_to_dict
from tracker.extraction.scoring import DocScore, format_table, score_document, total


def iter_gold(paths: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(document id, gold dict) for every document under ``paths``; duplicates by id are skipped."""
    seen: set[str] = set()
    for raw in paths:
        for doc_id, doc in _iter_path(Path(raw)):
            if doc_id in seen:
                continue
            seen.add(doc_id)
            yield doc_id, doc


def _iter_path(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    if path.is_dir():
        files = sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl"))
        for f in files:
            yield from _iter_path(f)
        return
    if not path.is_file():
        raise CommandError(f"no such file or directory: {path}")
    if path.suffix == ".jsonl":
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                doc = _load(line, f"{path}:{n}")
                yield str(doc.get("id") or f"{path.stem}:{n}"), doc
        return
    doc = _load(path.read_text(encoding="utf-8"), str(path))
    yield str(doc.get("id") or path.stem), doc


def _load(raw: str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{where}: not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or "text" not in doc or "published" not in doc:
        raise CommandError(f"{where}: a gold document needs at least 'text' and 'published'")
    return doc


def evaluate_documents(docs: list[tuple[str, dict[str, Any]]]) -> list[DocScore]:
    scores = []
    for doc_id, gold in docs:
        result = extract(
            str(gold["text"]), published=date.fromisoformat(str(gold["published"])), language=gold.get("lang")
        )
        scores.append(score_document(result_to_dict(result), gold, doc_id))
    return scores


class Command(BaseCommand):
    help = "Score extraction against gold documents (.json, .jsonl or directories); prints a table and totals."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gold", nargs="+", help="gold .json/.jsonl files or directories")
        parser.add_argument("--json", action="store_true", help="print per-document rows and totals as JSON")
        parser.add_argument("--misses", action="store_true", help="list the gold events/statements not found")

    def handle(self, *args: Any, **options: Any) -> None:
        docs = list(iter_gold([str(p) for p in options["gold"]]))
        if not docs:
            raise CommandError("no gold documents found")
        scores = evaluate_documents(docs)
        if options["json"]:
            payload = {"documents": [s.as_dict() for s in scores], "total": total(scores).as_dict()}
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self.stdout.write(format_table(scores))
        if options["misses"]:
            for s in scores:
                for miss in s.missed_events:
                    self.stdout.write(f"missed event     {s.doc_id}: {miss}")
                for miss in s.missed_statements:
                    self.stdout.write(f"missed statement {s.doc_id}: {miss}")
