"""Actor writes: loading the shipped gazetteer into the database."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from tracker.extraction.types import ActorRecord
from tracker.models import Actor, ActorAlias


@transaction.atomic
def actors_import(*, records: Iterable[ActorRecord]) -> tuple[int, int]:
    """Create or update actors and their aliases from gazetteer records; returns (actors, aliases) created."""
    actors_created = aliases_created = 0
    for record in records:
        actor, created = Actor.objects.update_or_create(
            slug=record.slug,
            defaults={
                "name": record.name, "kind": record.kind, "country": record.country,
                "description": record.description,
            },
        )
        actors_created += int(created)
        for alias in record.aliases:
            _, alias_created = ActorAlias.objects.get_or_create(
                actor=actor, text=alias.text, language=alias.language, valid_from=alias.valid_from,
                defaults={"is_role": alias.is_role, "valid_to": alias.valid_to},
            )
            aliases_created += int(alias_created)
    return actors_created, aliases_created
