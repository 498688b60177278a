"""Import article files (.txt, .html, .jsonl) and folders of them; each article is queued for parsing."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_date, parse_datetime

from tracker.ingest.files import ImportDefaults, import_path
from tracker.models import Conflict


class Command(BaseCommand):
    help = "Import articles from .txt, .html/.htm and .jsonl files or folders (recursively). Duplicates are skipped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--published", default="", help="YYYY-MM-DD[THH:MM] for files that carry no date.")
        parser.add_argument("--lang", default="", help="ISO 639-1 code; default: detect.")
        parser.add_argument("--conflict", default="", help="Conflict slug.")
        parser.add_argument("--source", default="", help="Source name, e.g. 'tagesschau.de'.")
        parser.add_argument("--no-recursive", action="store_true", help="Do not descend into sub-folders.")
        parser.add_argument("--json", action="store_true", help="One JSON line per article instead of text.")

    def handle(self, *args: Any, **options: Any) -> None:
        published = None
        if options["published"]:
            published = parse_datetime(options["published"]) or parse_date(options["published"])
            if published is None:
                raise CommandError(f"--published {options['published']!r} is not YYYY-MM-DD or an ISO datetime.")
        conflict = None
        if options["conflict"]:
            conflict = Conflict.objects.filter(slug=options["conflict"]).first()
            if conflict is None:
                raise CommandError(f"No conflict with slug {options['conflict']!r}.")
        defaults = ImportDefaults(
            published_at=published, language=options["lang"], conflict=conflict, source_name=options["source"]
        )
        counts: Counter[str] = Counter()
        for path in options["paths"]:
            for outcome in import_path(path, defaults, recursive=not options["no_recursive"]):
                counts[outcome.outcome] += 1
                if options["json"]:
                    self.stdout.write(json.dumps({
                        "source": outcome.source, "outcome": outcome.outcome, "article": outcome.article_id,
                        "message": outcome.message, "code": outcome.code,
                    }, ensure_ascii=False))
                elif outcome.outcome == "rejected":
                    self.stderr.write(f"{outcome.source}: refused: {outcome.message}")
                else:
                    note = f" ({outcome.message})" if outcome.message else ""
                    self.stdout.write(f"{outcome.source}: {outcome.outcome} article {outcome.article_id}{note}")
        summary = (f"{counts['created']} created, {counts['duplicate']} duplicates, "
                   f"{counts['rejected']} refused")
        if options["json"]:
            self.stderr.write(summary)
        else:
            self.stdout.write(self.style.SUCCESS(summary) if not counts["rejected"] else self.style.WARNING(summary))
