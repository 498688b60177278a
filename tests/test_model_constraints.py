"""The database itself refuses inconsistent rows, whatever code path writes them."""

import datetime as dt
import os

import pytest
from django.db import IntegrityError, connection, transaction

from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    EventFactory,
    StatementFactory,
)
from tracker.models import Article, Event

pytestmark = pytest.mark.django_db


def assert_refused(create) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_ci_runs_on_postgresql() -> None:
    if os.environ.get("REQUIRE_SERVICES") != "1":
        pytest.skip("only meaningful in CI (REQUIRE_SERVICES=1)")
    assert connection.vendor == "postgresql"


def test_event_end_before_start_is_refused() -> None:
    assert_refused(lambda: EventFactory.create(date_start=dt.date(2025, 5, 19), date_end=dt.date(2025, 5, 18)))


def test_event_with_open_interval_is_accepted() -> None:
    event = EventFactory.create(date_start=None, date_end=None, date_precision="vague", date_value="PAST_REF")
    assert Event.objects.filter(pk=event.pk).exists()


def test_statement_end_before_start_is_refused() -> None:
    assert_refused(lambda: StatementFactory.create(date_start=dt.date(2025, 5, 19), date_end=dt.date(2025, 5, 1)))


def test_confidence_outside_zero_one_is_refused() -> None:
    assert_refused(lambda: EventFactory.create(confidence=1.5))


def test_duplicate_content_hash_is_refused() -> None:
    article = ArticleFactory.create()
    assert_refused(lambda: ArticleFactory.create(text=f"{article.text} ", content_hash=article.content_hash))
    assert Article.objects.count() == 1


def test_duplicate_normalized_url_is_refused_but_blank_urls_are_many() -> None:
    ArticleFactory.create(url="https://example.org/a", url_normalized="https://example.org/a")
    assert_refused(lambda: ArticleFactory.create(url="https://example.org/a/", url_normalized="https://example.org/a"))
    ArticleFactory.create(url_normalized="")
    ArticleFactory.create(url_normalized="")


def test_empty_article_text_is_refused() -> None:
    assert_refused(lambda: ArticleFactory.create(text="", content_hash="x" * 64))


def test_one_citation_per_article_span_and_entry() -> None:
    event = EventFactory.create()
    citation = CitationFactory.create(event=event, start=0, end=20)
    assert_refused(lambda: CitationFactory.create(event=event, article=citation.article, start=0, end=20))
    # The same span may support a different event (one sentence, several events).
    CitationFactory.create(event=EventFactory.create(type="AGREE"), article=citation.article, start=0, end=20)


def test_citation_must_cite_exactly_one_entry() -> None:
    assert_refused(lambda: CitationFactory.create(event=None, statement=None))
    assert_refused(lambda: CitationFactory.create(event=EventFactory.create(), statement=StatementFactory.create()))


def test_citation_span_must_not_be_empty() -> None:
    assert_refused(lambda: CitationFactory.create(event=EventFactory.create(), start=5, end=5))


def test_alias_validity_must_end_after_it_starts() -> None:
    assert_refused(
        lambda: ActorAliasFactory.create(valid_from=dt.date(2025, 1, 20), valid_to=dt.date(2025, 1, 20), is_role=True)
    )


def test_an_actor_cannot_represent_itself() -> None:
    actor = ActorFactory.create(name="United Nations", kind="organisation")
    actor.represents = actor
    assert_refused(actor.save)


def test_role_alias_is_valid_only_in_its_period() -> None:
    alias = ActorAliasFactory.create(
        actor=ActorFactory.create(name="Joe Biden"), text="US-Präsident", is_role=True, valid_to=dt.date(2025, 1, 20)
    )
    assert alias.is_valid_on(dt.date(2024, 6, 1))
    assert not alias.is_valid_on(dt.date(2025, 1, 20))


@pytest.mark.parametrize(
    ("start", "end", "precision", "mod", "edtf"),
    [
        (dt.date(2025, 5, 19), dt.date(2025, 5, 19), "day", "", "2025-05-19"),
        (dt.date(2025, 5, 19), dt.date(2025, 5, 19), "time", "", "2025-05-19"),
        (dt.date(2025, 5, 1), dt.date(2025, 5, 31), "month", "", "2025-05"),
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year", "", "2025"),
        (dt.date(2025, 5, 12), dt.date(2025, 5, 18), "week", "", "2025-05-12/2025-05-18"),
        (dt.date(2025, 5, 10), dt.date(2025, 5, 14), "day", "", "2025-05-10/2025-05-14"),
        (dt.date(2025, 5, 1), dt.date(2025, 5, 31), "month", "APPROX", "2025-05~"),
    ],
)
def test_saved_event_carries_its_edtf(start, end, precision, mod, edtf) -> None:  # type: ignore[no-untyped-def]
    event = EventFactory.create(date_start=start, date_end=end, date_precision=precision, date_mod=mod)
    event.refresh_from_db()
    assert event.date_edtf == edtf
