"""factory_boy factories for the domain model."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser

from tracker.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleStatus,
    Citation,
    Conflict,
    Event,
    EventParticipant,
    Statement,
)
from tracker.services.articles import content_hash


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class ConflictFactory(factory.django.DjangoModelFactory[Conflict]):
    class Meta:
        model = Conflict
        django_get_or_create = ["slug"]

    slug = "russia-ukraine"
    name = "Russia–Ukraine war"


class ActorFactory(factory.django.DjangoModelFactory[Actor]):
    class Meta:
        model = Actor
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    kind = "person"


class ActorAliasFactory(factory.django.DjangoModelFactory[ActorAlias]):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    text = factory.Sequence(lambda n: f"Alias {n}")
    language = "de"


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    class Meta:
        model = Article

    conflict = factory.SubFactory(ConflictFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"Trump und Putin telefonierten am Montag. Meldung Nummer {n}.")
    language = "de"
    published_at = dt.datetime(2025, 5, 18, 12, 0, tzinfo=dt.UTC)
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))
    status = ArticleStatus.PARSED


class EventFactory(factory.django.DjangoModelFactory[Event]):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    conflict = factory.SubFactory(ConflictFactory)
    title = factory.Sequence(lambda n: f"Event {n}")
    type = "CONSULT"
    occurrence = "occurred"
    date_start = dt.date(2025, 5, 19)
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    date_precision = "day"
    review_status = "pending"

    @factory.post_generation
    def actors(obj: Event, create: bool, extracted: list[Actor] | None, **kwargs: object) -> None:
        if create and extracted:
            for actor in extracted:
                EventParticipant.objects.create(event=obj, actor=actor)


class StatementFactory(factory.django.DjangoModelFactory[Statement]):
    class Meta:
        model = Statement

    conflict = factory.SubFactory(ConflictFactory)
    speaker = factory.SubFactory(ActorFactory)
    paraphrase = factory.Sequence(lambda n: f"Said thing {n}")
    date_start = dt.date(2025, 5, 18)
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    date_precision = "day"
    review_status = "pending"


class CitationFactory(factory.django.DjangoModelFactory[Citation]):
    class Meta:
        model = Citation

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = 10
    sentence = factory.LazyAttribute(lambda o: o.article.text[o.start : o.end])


class ModeratorFactory(UserFactory):
    """A staff user in the Moderator group (confirm/reject/merge permissions, no delete)."""

    class Meta:
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"moderator{n}")
    is_staff = True

    @factory.post_generation
    def moderator_group(obj: AbstractUser, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            from django.contrib.auth.models import Group

            obj.groups.add(Group.objects.get(name="Moderator"))
