"""The extraction gazetteer built from the Actor tables, so moderators' new actors and aliases count."""

from __future__ import annotations

from django.db.models import Count, Max

from tracker.extraction.gazetteer import Gazetteer, load_default_gazetteer
from tracker.extraction.types import ActorRecord, AliasRecord
from tracker.models import Actor, ActorAlias

_cache: dict[str, tuple[tuple[object, ...], Gazetteer]] = {}


def _version() -> tuple[object, ...]:
    actors = Actor.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    aliases = ActorAlias.objects.aggregate(n=Count("id"), last=Max("id"))
    return (actors["n"], actors["changed"], aliases["n"], aliases["last"])


def actor_records() -> list[ActorRecord]:
    records = []
    for actor in Actor.objects.select_related("represents").prefetch_related("aliases").order_by("id"):
        aliases = tuple(
            AliasRecord(
                text=alias.text, language=alias.language, is_role=alias.is_role,
                valid_from=alias.valid_from, valid_to=alias.valid_to,
            )
            for alias in actor.aliases.all()
        )
        records.append(
            ActorRecord(
                slug=actor.slug, name=actor.name, kind=actor.kind,  # type: ignore[arg-type]
                country=actor.country, aliases=aliases, description=actor.description,
                represents=actor.represents.slug if actor.represents else "",
            )
        )
    return records


def gazetteer_from_database() -> Gazetteer:
    """The gazetteer of the actors in the database (cached until they change); the shipped one if none."""
    version = _version()
    cached = _cache.get("db")
    if cached is not None and cached[0] == version:
        return cached[1]
    gazetteer = Gazetteer.from_records(actor_records()) if version[0] else load_default_gazetteer()
    _cache["db"] = (version, gazetteer)
    return gazetteer
