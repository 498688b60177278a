"""Demo data: the Russia–Ukraine conflict, the shipped gazetteer and the seed article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.extraction.gazetteer import load_default_records
from tracker.models import Article, Conflict
from tracker.services.actors import actors_import
from tracker.services.articles import article_ingest

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo"
SEED_ARTICLE = DEMO_DIR / "seed_article_de.txt"
SEED_PUBLISHED = date(2025, 5, 18)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    conflict: Conflict
    actors_created: int
    aliases_created: int
    article: Article
    article_created: bool


def demo_load() -> DemoSummary:
    conflict, _ = Conflict.objects.get_or_create(
        slug="russia-ukraine",
        defaults={
            "name": "Russia–Ukraine war",
            "description": "Diplomacy around Russia's full-scale invasion of Ukraine (since 24 February 2022).",
        },
    )
    actors_created, aliases_created = actors_import(records=load_default_records())
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    result = article_ingest(
        text=text,
        title=text.splitlines()[0],
        published_at=SEED_PUBLISHED,
        language="de",
        conflict=conflict,
        source_name="Seed article",
    )
    return DemoSummary(conflict, actors_created, aliases_created, result.article, result.created)
