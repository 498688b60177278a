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
    records = list(records)
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
    _link_offices(records)
    return actors_created, aliases_created


def _link_offices(records: Iterable[ActorRecord]) -> None:
    """Point officials at the organisation they act for, once every actor of the import exists."""
    wanted = {r.slug: r.represents for r in records if r.represents}
    ids = dict(Actor.objects.filter(slug__in={*wanted, *wanted.values()}).values_list("slug", "id"))
    for slug, office in wanted.items():
        if slug in ids and office in ids:
            Actor.objects.filter(id=ids[slug]).exclude(represents_id=ids[office]).update(represents_id=ids[office])
