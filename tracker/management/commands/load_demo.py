from typing import Any

from django.core.management.base import BaseCommand

from tracker.services.demo import demo_load


class Command(BaseCommand):
    help = "Load the Russia–Ukraine conflict, the actor gazetteer and the seed article (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        summary = demo_load()
        self.stdout.write(
            f"Conflict '{summary.conflict.name}'; {summary.actors_created} actors and "
            f"{summary.aliases_created} aliases created; seed article #{summary.article.pk} "
            f"({'queued for parsing' if summary.article_created else 'already present: ' + summary.article.status})."
        )
