"""Article intake and parsing: validation, dedup, the parse state machine, pipeline → proposals."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from time import monotonic
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from tracker.extraction.errors import ExtractionError
from tracker.extraction.language import SUPPORTED_FULL, detect_language
from tracker.extraction.pipeline import extract
from tracker.extraction.types import EventProposal, ExtractionResult, FuzzyDate, StatementProposal
from tracker.models import (
    Actor,
    Article,
    ArticleStatus,
    Citation,
    Conflict,
    Event,
    EventParticipant,
    Feed,
    ReviewStatus,
    Statement,
)
from tracker.services.gazetteer import gazetteer_from_database

logger = logging.getLogger("tracker.articles")

# Languages dateparser can at least date; anything else is refused at intake.
KNOWN_LANGUAGES = frozenset(
    {
        "de", "en", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sk", "sl", "hr", "sr", "bg", "ro",
        "hu", "fi", "sv", "da", "no", "nb", "et", "lv", "lt", "el", "tr", "ar", "he", "fa", "zh", "ja", "ko",
    }
)
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$", re.IGNORECASE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ArticleRejected(ValueError):
    """Input that cannot become an article; the message is meant for the submitter."""

    def __init__(self, message: str, *, code: str = "invalid", status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: Article
    created: bool


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop fragments, tracking parameters, default ports and trailing slashes."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme.lower(), host, path, query, ""))


def normalize_text(text: str) -> str:
    """NFC, unified newlines, no control characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    collapsed = " ".join(text.split()).casefold()
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()


def decode_bytes(raw: bytes) -> str:
    """Decode an uploaded file: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused."""
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleRejected("The file looks binary, not text.", code="binary")
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleRejected(
            f"The text is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8.", code="encoding"
        ) from exc


def _validate_text(text: str) -> str:
    if not isinstance(text, str):
        raise ArticleRejected("The article text must be a string.", code="invalid")
    if "\x00" in text:
        raise ArticleRejected("The text contains NUL bytes; it looks binary.", code="binary")
    cleaned = normalize_text(text)
    if not cleaned:
        raise ArticleRejected("The article text is empty.", code="empty")
    limit = settings.TRACKER_MAX_ARTICLE_CHARS
    if len(cleaned) > limit:
        raise ArticleRejected(
            f"The article has {len(cleaned):,} characters; the limit is {limit:,}.", code="too_large", status=413
        )
    return cleaned


def _validate_language(language: str, text: str) -> str:
    language = (language or "").strip().lower()
    if language in ("", "auto"):
        detected = detect_language(text)
        if detected == "und":
            raise ArticleRejected(
                "Could not recognise the article's language; give it explicitly (e.g. 'de' or 'en').",
                code="unknown_language",
            )
        return detected
    if language not in KNOWN_LANGUAGES:
        raise ArticleRejected(f"Unknown language '{language}'. Use an ISO 639-1 code such as 'de' or 'en'.",
                              code="unknown_language")
    return language


def _as_datetime(published_at: datetime | date) -> datetime:
    if isinstance(published_at, datetime):
        return published_at if timezone.is_aware(published_at) else timezone.make_aware(published_at)
    return timezone.make_aware(datetime.combine(published_at, time(12, 0)))


def find_existing_article(*, url: str = "", text: str = "") -> Article | None:
    condition = Q()
    if url:
        condition |= Q(url_normalized=normalize_url(url))
    if text:
        condition |= Q(content_hash=content_hash(normalize_text(text)))
    if not condition:
        return None
    return Article.objects.filter(condition).order_by("id").first()


def article_ingest(
    *,
    text: str,
    published_at: datetime | date,
    title: str = "",
    url: str = "",
    language: str = "",
    conflict: Conflict | None = None,
    source_name: str = "",
    submitted_by: AbstractBaseUser | None = None,
    feed: Feed | None = None,
) -> IngestResult:
    """Store an article once (dedup by normalised URL and content hash) and enqueue its parse."""
    cleaned = _validate_text(text)
    lang = _validate_language(language, cleaned)
    existing = find_existing_article(url=url, text=cleaned)
    if existing is not None:
        return IngestResult(article=existing, created=False)
    article = Article(
        text=cleaned,
        title=normalize_text(title)[:500],
        url=url.strip(),
        url_normalized=normalize_url(url),
        language=lang,
        language_supported=lang in SUPPORTED_FULL,
        published_at=_as_datetime(published_at),
        source_name=source_name[:200],
        conflict=conflict,
        feed=feed,
        submitted_by=submitted_by if submitted_by is not None and submitted_by.is_authenticated else None,  # type: ignore[misc]
        content_hash=content_hash(cleaned),
        status=ArticleStatus.QUEUED,
        status_changed_at=timezone.now(),
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # A concurrent submission of the same article won the race.
        existing = find_existing_article(url=url, text=cleaned)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    _enqueue_on_commit(article.pk)
    return IngestResult(article=article, created=True)


# After a failed publish, skip publishing for a while: with the broker down each attempt costs seconds (the client's
# own connection retries), which every submitter would wait for. Rows stay queued; the periodic re-enqueue sends them.
BROKER_BACKOFF_SECONDS = 15.0
_broker_down_until = 0.0


def broker_backoff_reset() -> None:
    """Publish again at once (tests, or after the broker is known to be back)."""
    global _broker_down_until
    _broker_down_until = 0.0


def _enqueue_on_commit(article_id: int) -> None:
    def send() -> None:
        global _broker_down_until
        from tracker.tasks import parse_article

        if monotonic() < _broker_down_until:
            logger.info("Broker recently unavailable; article %s stays queued for the periodic re-enqueue", article_id)
            return
        try:
            parse_article.apply_async(args=(article_id,), retry=False)
        except Exception:  # broker down: the row stays queued and the periodic task sends it later
            _broker_down_until = monotonic() + BROKER_BACKOFF_SECONDS
            logger.warning("Broker unavailable; article %s stays queued for the periodic re-enqueue", article_id)

    transaction.on_commit(send)


def article_request_parse(*, article: Article) -> Article:
    """Queue an article for (re-)parsing, e.g. from the admin. Confirmed entries are never touched by a parse."""
    Article.objects.filter(pk=article.pk).update(
        status=ArticleStatus.QUEUED, status_changed_at=timezone.now(), attempts=0, last_error=""
    )
    _enqueue_on_commit(article.pk)
    article.refresh_from_db()
    return article


def article_claim(*, article_id: int) -> bool:
    """Atomically move queued → parsing; False when another worker has it or it is already done."""
    now = timezone.now()
    from django.db.models import F

    claimed = Article.objects.filter(pk=article_id, status=ArticleStatus.QUEUED).update(
        status=ArticleStatus.PARSING, status_changed_at=now, attempts=F("attempts") + 1
    )
    return claimed == 1


def article_record_failure(*, article_id: int, error: str, final: bool) -> None:
    status = ArticleStatus.FAILED if final else ArticleStatus.QUEUED
    Article.objects.filter(pk=article_id).update(
        status=status, last_error=error[:5000], status_changed_at=timezone.now()
    )


def articles_requeue_stuck(*, now: datetime | None = None) -> list[int]:
    """Articles left queued or parsing for too long (lost message, killed worker, broker down) go back to queued."""
    now = now or timezone.now()
    cutoff = now - settings.TRACKER_STUCK_AFTER
    stuck = Article.objects.filter(
        Q(status__in=[ArticleStatus.QUEUED, ArticleStatus.PARSING])
        & (Q(status_changed_at__lt=cutoff) | Q(status_changed_at__isnull=True))
    )
    # A row that keeps killing its worker (claimed again and again, never finished) is a poison pill: stop it.
    poisoned = stuck.filter(status=ArticleStatus.PARSING, attempts__gte=settings.TRACKER_MAX_PARSE_ATTEMPTS)
    poisoned.update(
        status=ArticleStatus.FAILED, status_changed_at=now,
        last_error="The worker was lost while parsing this article on every attempt (crash, kill or timeout).",
    )
    ids = list(stuck.values_list("pk", flat=True)[:1000])
    # Same conditions again: a row that finished in between is not sent back.
    stuck.filter(pk__in=ids).update(status=ArticleStatus.QUEUED, status_changed_at=now)
    for article_id in ids:
        _enqueue_on_commit(article_id)
    return ids


def _published_date(article: Article) -> date:
    return timezone.localtime(article.published_at, timezone.get_default_timezone()).date()


def _date_fields(fuzzy: FuzzyDate) -> dict[str, object]:
    return {
        "date_start": fuzzy.start,
        "date_end": fuzzy.end or fuzzy.start,
        "date_precision": fuzzy.precision,
        "date_value": fuzzy.value[:40],
        "date_mod": (fuzzy.mod or "")[:20],
        "date_basis": fuzzy.basis,
        "date_expression": fuzzy.expression[:200],
        "date_note": (fuzzy.note or "")[:200],
    }


def _actors_by_slug(result: ExtractionResult) -> dict[str, Actor]:
    slugs = {m.slug for m in result.actors if m.slug}
    for proposal in result.events:
        slugs.update(s for s in proposal.actor_slugs if s)
    slugs.update(p.speaker_slug for p in result.statements if p.speaker_slug)
    return {actor.slug: actor for actor in Actor.objects.filter(slug__in=slugs)}


def _untouched_pending(model: type[Event] | type[Statement], article: Article) -> QuerySet[Any]:
    """This article's pending proposals that no moderator has edited or first-approved: a re-parse may replace them."""
    edited = model.history.filter(history_type="~").values("id")  # type: ignore[attr-defined]
    return model.objects.filter(
        source_article=article, review_status=ReviewStatus.PENDING, first_approved_by__isnull=True
    ).exclude(pk__in=edited)


def _kept_spans(article: Article) -> tuple[set[tuple[str, int, int]], set[tuple[str, int, int]]]:
    """Keys of the entries this article still cites (decided, edited or first-approved), so a re-parse skips them."""
    citations = Citation.objects.filter(article=article)
    event_keys = set(citations.filter(event__isnull=False).values_list("event__type", "start", "end"))
    statement_keys = {
        (slug or name, start, end)
        for slug, name, start, end in citations.filter(statement__isnull=False).values_list(
            "statement__speaker__slug", "statement__speaker_name", "start", "end"
        )
    }
    return event_keys, statement_keys


def _citation(article: Article, proposal: EventProposal | StatementProposal, **entry: Event | Statement) -> Citation:
    return Citation(
        article=article, start=proposal.evidence[0], end=proposal.evidence[1], sentence=proposal.sentence,
        trigger_start=proposal.trigger[0], trigger_end=proposal.trigger[1], **entry,  # type: ignore[arg-type]
    )


def _new_event(article: Article, proposal: EventProposal) -> Event:
    event = Event(
        conflict=article.conflict,
        title=proposal.title[:300],
        summary=proposal.sentence,
        type=proposal.type,
        occurrence=proposal.occurrence,
        confidence=max(0.0, min(1.0, proposal.confidence)),
        source_article=article,
        **_date_fields(proposal.date),  # type: ignore[arg-type]
    )
    event.refresh_edtf()  # bulk_create does not call save()
    return event


def _new_statement(article: Article, proposal: StatementProposal, actors: dict[str, Actor]) -> Statement:
    speaker = actors.get(proposal.speaker_slug) if proposal.speaker_slug else None
    statement = Statement(
        conflict=article.conflict,
        speaker=speaker,
        speaker_name="" if speaker else proposal.speaker[:200],
        paraphrase=proposal.summary or proposal.sentence,
        quote=proposal.quote,
        quote_language=article.language if proposal.quote else "",
        confidence=max(0.0, min(1.0, proposal.confidence)),
        source_article=article,
        **_date_fields(proposal.date),  # type: ignore[arg-type]
    )
    statement.refresh_edtf()
    return statement


def _create_events(article: Article, proposals: list[EventProposal], actors: dict[str, Actor]) -> list[Event]:
    """Insert the event proposals, their participants and citations in a few bulk queries."""
    events = bulk_create_with_history([_new_event(article, p) for p in proposals], Event)
    participant_ids = [
        {actors[slug].pk for slug in proposal.actor_slugs if slug and slug in actors} for proposal in proposals
    ]
    EventParticipant.objects.bulk_create(
        EventParticipant(event=event, actor_id=actor_id)
        for event, ids in zip(events, participant_ids, strict=True)
        for actor_id in sorted(ids)
    )
    Citation.objects.bulk_create(
        _citation(article, proposal, event=event) for event, proposal in zip(events, proposals, strict=True)
    )
    _link_duplicates(article, events, participant_ids)
    return events


def _create_statements(
    article: Article, proposals: list[StatementProposal], actors: dict[str, Actor]
) -> list[Statement]:
    statements = bulk_create_with_history([_new_statement(article, p, actors) for p in proposals], Statement)
    Citation.objects.bulk_create(
        _citation(article, proposal, statement=statement)
        for statement, proposal in zip(statements, proposals, strict=True)
    )
    return statements


def _duplicate_candidates(article: Article, events: list[Event]) -> list[tuple[Event, set[int]]]:
    """Existing events (not rejected or merged, from other articles) that may report the same as ``events``."""
    dated = [e for e in events if e.date_start is not None]
    if not dated:
        return []
    earliest = min(e.date_start for e in dated if e.date_start)
    latest = max((e.date_end or e.date_start) for e in dated if e.date_start)
    candidates = (
        Event.objects.filter(
            type__in={e.type for e in dated}, date_start__lte=latest, date_end__gte=earliest
        )
        .exclude(review_status__in=[ReviewStatus.REJECTED, ReviewStatus.MERGED])
        .exclude(source_article=article)
        .only("id", "type", "date_start", "date_end", "review_status")
        .prefetch_related("participations")
        .order_by("-review_status", "id")[:500]
    )
    return [(c, {p.actor_id for p in c.participations.all()}) for c in candidates]


def best_duplicate(event: Event, actor_ids: set[int], candidates: list[tuple[Event, set[int]]]) -> Event | None:
    """Same type, overlapping dates, and at least half the actors shared (confirmed events preferred)."""
    if event.date_start is None or not actor_ids:
        return None
    end = event.date_end or event.date_start
    best: tuple[float, Event] | None = None
    for candidate, theirs in candidates:
        if candidate.type != event.type or not theirs or candidate.date_start is None:
            continue
        if candidate.date_start > end or (candidate.date_end or candidate.date_start) < event.date_start:
            continue
        overlap = len(theirs & actor_ids) / len(theirs | actor_ids)
        score = overlap + (0.1 if candidate.review_status == ReviewStatus.CONFIRMED else 0.0)
        if overlap >= 0.5 and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


def _link_duplicates(article: Article, events: list[Event], participant_ids: list[set[int]]) -> None:
    candidates = _duplicate_candidates(article, events)
    if not candidates:
        return
    for event, ids in zip(events, participant_ids, strict=True):
        duplicate = best_duplicate(event, ids, candidates)
        if duplicate is not None:
            event.duplicate_of = duplicate
            Event.objects.filter(pk=event.pk).update(duplicate_of=duplicate)


def article_parse(*, article: Article) -> ExtractionResult:
    """Run the pipeline and replace this article's untouched pending proposals.

    Decided entries, and pending ones a moderator edited or first-approved, are kept and not proposed again.
    """
    result = extract(
        article.text,
        published=_published_date(article),
        language=article.language or None,
        gazetteer=gazetteer_from_database(),
    )
    with transaction.atomic():
        # One parse of an article at a time (a re-enqueued copy may run concurrently): lock the row first, so the
        # second parse deletes the first one's pending proposals instead of adding duplicates.
        list(Article.objects.select_for_update().filter(pk=article.pk).values_list("pk", flat=True))
        _untouched_pending(Event, article).delete()
        _untouched_pending(Statement, article).delete()
        kept_events, kept_statements = _kept_spans(article)
        actors = _actors_by_slug(result)
        _create_events(
            article, [p for p in result.events if (p.type, *p.evidence) not in kept_events], actors
        )
        _create_statements(
            article,
            [p for p in result.statements if (p.speaker_slug or p.speaker, *p.evidence) not in kept_statements],
            actors,
        )
        Article.objects.filter(pk=article.pk).update(
            status=ArticleStatus.PARSED,
            language=result.language,
            language_supported=result.language_supported,
            warnings=result.warnings,
            last_error="",
            parsed_at=timezone.now(),
            status_changed_at=timezone.now(),
        )
    return result


__all__ = [
    "ArticleRejected",
    "ExtractionError",
    "IngestResult",
    "article_claim",
    "article_ingest",
    "article_parse",
    "article_record_failure",
    "article_request_parse",
    "articles_requeue_stuck",
    "content_hash",
    "decode_bytes",
    "normalize_url",
]
