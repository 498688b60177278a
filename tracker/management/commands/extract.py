"""``manage.py extract FILE|- --published YYYY-MM-DD [--lang de|en|auto]``: run the pipeline, print JSON."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.extraction.errors import ExtractionError
from tracker.extraction.pipeline import extract, result_to_dict


def read_text(source: str) -> str:
    """The text of FILE (or stdin for "-"), decoded as UTF-8 (a BOM is dropped)."""
    if source == "-":
        raw = sys.stdin.buffer.read()
        label = "standard input"
    else:
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"no such file: {source}")
        raw = path.read_bytes()
        label = str(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{label} is not valid UTF-8 (byte {exc.start}: {exc.reason}); re-encode it as UTF-8"
        ) from exc


def parse_published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, got {value!r}") from exc


class Command(BaseCommand):
    help = "Extract time expressions, actors, events and statements from an article and print them as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="path of a UTF-8 text file, or - for standard input")
        parser.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
        parser.add_argument("--lang", default="auto", help="de, en or auto (default: detect)")
        parser.add_argument("--compact", action="store_true", help="print the JSON on one line")

    def handle(self, *args: Any, **options: Any) -> None:
        published = parse_published(str(options["published"]))
        text = read_text(str(options["file"]))
        lang = str(options["lang"] or "auto").lower()
        try:
            result = extract(text, published=published, language=None if lang == "auto" else lang)
        except ExtractionError as exc:
            raise CommandError(str(exc)) from exc
        indent = None if options["compact"] else 2
        self.stdout.write(json.dumps(result_to_dict(result), ensure_ascii=False, indent=indent))
