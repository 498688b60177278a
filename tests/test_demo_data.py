"""`load_demo` gives a fresh install a conflict, a multilingual gazetteer and the seed article."""

import datetime as dt

import pytest
from django.core.management import call_command

from tracker.models import Actor, ActorAlias, Article, ArticleStatus, Conflict

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=False):
        call_command("load_demo")


def test_demo_has_the_russia_ukraine_conflict(demo: None) -> None:
    assert Conflict.objects.filter(slug="russia-ukraine").exists()


def test_demo_gazetteer_has_people_states_and_organisations(demo: None) -> None:
    assert Actor.objects.count() >= 40
    kinds = set(Actor.objects.values_list("kind", flat=True))
    assert {"person", "state", "organisation"} <= kinds


@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
def test_demo_actors_have_aliases_in_four_languages(demo: None, language: str) -> None:
    assert ActorAlias.objects.filter(actor__slug="volodymyr-zelensky", language=language).exists()


def test_us_president_role_alias_changes_hands_on_inauguration_day(demo: None) -> None:
    roles = ActorAlias.objects.filter(text="US-Präsident", is_role=True).select_related("actor")
    holders = {alias.actor.name for alias in roles if alias.is_valid_on(dt.date(2024, 6, 1))}
    assert holders == {"Joe Biden"}
    holders = {alias.actor.name for alias in roles if alias.is_valid_on(dt.date(2025, 5, 18))}
    assert holders == {"Donald Trump"}


def test_demo_officials_act_for_their_organisations(demo: None) -> None:
    officials = dict(Actor.objects.filter(represents__isnull=False).values_list("slug", "represents__slug"))
    assert officials["antonio-guterres"] == "united-nations"
    assert officials["mark-rutte"] == "nato"
    assert "vladimir-putin" not in officials


def test_loading_the_demo_twice_keeps_the_links(demo: None) -> None:
    call_command("load_demo")
    assert Actor.objects.get(slug="rafael-grossi").represents == Actor.objects.get(slug="iaea")


def test_seed_article_is_stored_once_and_queued(demo: None, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    article = Article.objects.get()
    assert article.published_at.date() == dt.date(2025, 5, 18)
    assert article.language == "de"
    assert article.status == ArticleStatus.QUEUED
    assert "Montagmorgen" in article.text
    with django_capture_on_commit_callbacks(execute=False):
        call_command("load_demo")
    assert Article.objects.count() == 1
