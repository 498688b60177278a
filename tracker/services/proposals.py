"""Moderation of proposals: confirm, reject, merge, un-publish, bulk operations, actors from unknown names.

The admin, the REST API and Celery tasks all call these functions; they are the only place where a review status
changes. Every transition:

* checks the permission (``tracker.confirm_event`` / ``tracker.confirm_statement``; superusers have all),
* locks the row (``select_for_update``) and checks the current status, raising :class:`ModerationError` otherwise,
* writes ``reviewed_by``/``reviewed_at`` and a history record carrying the user and a change reason.

Four-eyes publishing (``settings.TRACKER_FOUR_EYES``): the first confirmation only records ``first_approved_by``;
the entry becomes public when a *different* moderator confirms. An edit of the content after a first approval
clears that approval (see :func:`proposal_update`), so the second pair of eyes always sees what gets published.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from tracker.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Citation,
    Event,
    RejectReason,
    ReviewStatus,
    Statement,
    Tombstone,
    TombstoneReason,
)

Entry = Event | Statement
E = TypeVar("E", Event, Statement)
User = AuthUser | AnonymousUser

CONFIRMABLE = frozenset({ReviewStatus.PENDING, ReviewStatus.UNPUBLISHED})
MERGEABLE = frozenset({ReviewStatus.PENDING, ReviewStatus.CONFIRMED})
MERGE_TARGETS = frozenset({ReviewStatus.PENDING, ReviewStatus.CONFIRMED})

# Fields a moderator may change through proposal_update / "edit then confirm".
EDITABLE_FIELDS: dict[type[Event] | type[Statement], frozenset[str]] = {
    Event: frozenset({
        "title", "summary", "type", "occurrence", "conflict", "date_start", "date_end", "date_precision",
        "date_value", "date_mod", "date_basis", "date_expression", "date_note", "duplicate_of", "review_comment",
    }),
    Statement: frozenset({
        "speaker", "speaker_name", "paraphrase", "quote", "quote_language", "conflict", "date_start", "date_end",
        "date_precision", "date_value", "date_mod", "date_basis", "date_expression", "date_note", "duplicate_of",
        "review_comment",
    }),
}
# Changing only these does not invalidate a first approval.
NON_CONTENT_FIELDS = frozenset({"review_comment", "duplicate_of"})


class ModerationError(Exception):
    """A moderation step that is not allowed; the message is meant for the moderator.

    ``code`` is stable for API clients; ``http_status`` is the matching HTTP status (403 for a missing permission,
    409 for a state conflict such as confirming a rejected entry or a four-eyes self-approval, 404, else 400).
    """

    HTTP_STATUS = {"permission_denied": 403, "invalid_transition": 409, "four_eyes": 409, "not_found": 404}

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def http_status(self) -> int:
        return self.HTTP_STATUS.get(self.code, 400)


@dataclass(slots=True)
class BulkResult:
    """What a bulk operation did; failures do not stop the others."""

    done: list[Entry] = field(default_factory=list)
    first_approvals: list[Entry] = field(default_factory=list)
    failed: list[tuple[Entry, ModerationError]] = field(default_factory=list)


# --- helpers -------------------------------------------------------------------------------------------------------


def entity_name(entry: Entry | type[Entry]) -> str:
    model = entry if isinstance(entry, type) else type(entry)
    return "event" if issubclass(model, Event) else "statement"


def confirm_permission(entry: Entry | type[Entry]) -> str:
    return f"tracker.confirm_{entity_name(entry)}"


def can_moderate(user: User | None, entry: Entry | type[Entry]) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active
                and user.has_perm(confirm_permission(entry)))


def _require_moderator(user: User | None, entry: Entry | type[Entry]) -> AuthUser:
    if user is None or not can_moderate(user, entry):
        raise ModerationError(
            f"Only moderators may review {entity_name(entry)}s (permission {confirm_permission(entry)}).",
            code="permission_denied",
        )
    assert isinstance(user, AuthUser)
    return user


def _lock(entry: E) -> E:
    """Re-read the row under a lock; the caller's copy may be stale."""
    model = type(entry)
    try:
        return model.objects.select_for_update().get(pk=entry.pk)  # type: ignore[return-value]
    except model.DoesNotExist as exc:
        raise ModerationError(
            f"{_describe(entry)} no longer exists (a re-parse replaces pending proposals).", code="not_found"
        ) from exc


def _describe(entry: Entry) -> str:
    return f"{entity_name(entry).capitalize()} #{entry.pk}"


def _require_status(entry: Entry, allowed: Iterable[str], action: str) -> None:
    allowed = set(allowed)
    if entry.review_status not in allowed:
        allowed_labels = ", ".join(sorted(ReviewStatus(s).label.lower() for s in allowed))
        raise ModerationError(
            f"{_describe(entry)} is {entry.get_review_status_display().lower()}; "  # type: ignore[union-attr]
            f"only {allowed_labels} entries can be {action}.",
            code="invalid_transition",
        )


def _save(entry: Entry, user: AuthUser, reason: str, fields: Iterable[str]) -> None:
    entry._history_user = user  # type: ignore[union-attr]
    entry._change_reason = reason[:100]  # type: ignore[union-attr]
    entry.save(update_fields=[*fields, "updated_at"])


def _tombstone(entry: Entry, reason: str, merged_into: Entry | None = None) -> Tombstone:
    return Tombstone.objects.create(
        entity=entity_name(entry), object_id=entry.pk, reason=reason,
        merged_into_id=merged_into.pk if merged_into is not None else None,
    )


def four_eyes_required() -> bool:
    return bool(getattr(settings, "TRACKER_FOUR_EYES", False))


# --- generic transitions over events and statements ----------------------------------------------------------------


def proposal_confirm(*, user: User | None, entry: E, changes: Mapping[str, Any] | None = None) -> E:
    """Confirm (publish) a pending or un-published entry, optionally after editing it.

    With four-eyes on, the first moderator's confirmation is recorded in ``first_approved_by`` and the entry stays
    pending; a second, different moderator publishes it. Check ``entry.review_status`` to see which happened.
    """
    moderator = _require_moderator(user, entry)
    with transaction.atomic():
        if changes:
            entry = proposal_update(user=moderator, entry=entry, changes=changes)
        locked = _lock(entry)
        _require_status(locked, CONFIRMABLE, "confirmed")
        now = timezone.now()
        if four_eyes_required():
            first = locked.first_approved_by_id
            if first is None:
                locked.first_approved_by = moderator
                locked.reviewed_at = now
                _save(locked, moderator, "first approval (four-eyes)", ["first_approved_by", "reviewed_at"])
                return locked
            if first == moderator.pk:
                raise ModerationError(
                    f"{_describe(locked)}: you gave the first approval; a second, different moderator must confirm.",
                    code="four_eyes",
                )
        elif locked.first_approved_by_id is None:
            locked.first_approved_by = moderator
        locked.review_status = ReviewStatus.CONFIRMED
        locked.reviewed_by = moderator
        locked.reviewed_at = now
        locked.reject_reason = ""
        _save(locked, moderator, "confirmed", ["review_status", "reviewed_by", "reviewed_at", "first_approved_by",
                                                "reject_reason"])
    return locked


def proposal_reject(*, user: User | None, entry: E, reason: str, comment: str = "") -> E:
    """Reject a pending proposal with a reason code (see ``RejectReason``)."""
    moderator = _require_moderator(user, entry)
    if reason not in RejectReason.values:
        raise ModerationError(
            f"Unknown reject reason {reason!r}; use one of: {', '.join(RejectReason.values)}.", code="invalid_reason"
        )
    if reason == RejectReason.OTHER and not comment.strip():
        raise ModerationError("Rejecting for 'other' reasons needs a comment.", code="comment_required")
    with transaction.atomic():
        locked = _lock(entry)
        _require_status(locked, [ReviewStatus.PENDING], "rejected")
        locked.review_status = ReviewStatus.REJECTED
        locked.reject_reason = reason
        if comment:
            locked.review_comment = comment
        locked.reviewed_by = moderator
        locked.reviewed_at = timezone.now()
        _save(locked, moderator, f"rejected: {reason}",
              ["review_status", "reject_reason", "review_comment", "reviewed_by", "reviewed_at"])
    return locked


def proposal_unpublish(*, user: User | None, entry: E, comment: str = "") -> E:
    """Take a confirmed entry off the public side. It is kept (with its history) and a Tombstone tells mirrors."""
    moderator = _require_moderator(user, entry)
    with transaction.atomic():
        locked = _lock(entry)
        _require_status(locked, [ReviewStatus.CONFIRMED], "un-published")
        locked.review_status = ReviewStatus.UNPUBLISHED
        locked.reviewed_by = moderator
        locked.reviewed_at = timezone.now()
        # A later re-publication needs fresh approval(s).
        locked.first_approved_by = None
        if comment:
            locked.review_comment = comment
        _save(locked, moderator, "un-published",
              ["review_status", "reviewed_by", "reviewed_at", "first_approved_by", "review_comment"])
        _tombstone(locked, TombstoneReason.UNPUBLISHED)
    return locked


def proposal_merge(*, user: User | None, entry: E, into: E, comment: str = "") -> E:
    """Merge ``entry`` into the existing ``into``: its citations move there, it is closed as merged.

    Returns the (refreshed) target. Merging a confirmed entry records a Tombstone with ``merged_into_id``.
    Proposals that pointed at ``entry`` as their probable duplicate now point at ``into``.
    With four-eyes on, merging a pending proposal into a confirmed entry publishes its source, so it needs two
    moderators: the first call only records the approval (``entry`` stays pending; check its status).
    """
    moderator = _require_moderator(user, entry)
    if type(entry) is not type(into):
        raise ModerationError("An event can only be merged into an event, a statement into a statement.",
                              code="invalid_merge")
    if entry.pk == into.pk:
        raise ModerationError(f"{_describe(entry)} cannot be merged into itself.", code="invalid_merge")
    model = type(entry)
    with transaction.atomic():
        # Lock both rows in id order so two opposite merges cannot deadlock.
        locked_rows = {row.pk: row for row in model.objects.select_for_update().filter(pk__in=[entry.pk, into.pk])
                       .order_by("pk")}
        if len(locked_rows) != 2:
            raise ModerationError("One of the entries no longer exists.", code="not_found")
        source, target = locked_rows[entry.pk], locked_rows[into.pk]
        _require_status(source, MERGEABLE, "merged")
        if target.review_status not in MERGE_TARGETS:
            raise ModerationError(
                f"{_describe(target)} is {target.get_review_status_display().lower()}; "  # type: ignore[union-attr]
                "merge into a pending or confirmed entry.", code="invalid_transition",
            )
        if source.review_status == ReviewStatus.CONFIRMED and target.review_status != ReviewStatus.CONFIRMED:
            raise ModerationError(
                f"{_describe(source)} is public; merge it only into a confirmed entry (confirm #{target.pk} first), "
                "or the public side would lose it.", code="invalid_merge",
            )
        if target.merged_into_id == source.pk:
            raise ModerationError("The target was merged into this entry; that would be a cycle.",
                                  code="invalid_merge")
        if _merge_needs_first_approval(source, target, moderator):
            return target
        _move_citations(source, target)
        was_public = source.review_status == ReviewStatus.CONFIRMED
        source.review_status = ReviewStatus.MERGED
        source.merged_into = target
        source.duplicate_of = target
        source.reviewed_by = moderator
        source.reviewed_at = timezone.now()
        if comment:
            source.review_comment = comment
        _save(source, moderator, f"merged into #{target.pk}",
              ["review_status", "merged_into", "duplicate_of", "reviewed_by", "reviewed_at", "review_comment"])
        model.objects.filter(duplicate_of=source).exclude(pk=target.pk).update(duplicate_of=target)
        if was_public:
            _tombstone(source, TombstoneReason.MERGED, merged_into=target)
        # The target gained a source: a history row says so (the citation itself is not versioned).
        _save(target, moderator, f"gained sources from #{source.pk}", [])
    target.refresh_from_db()
    return target


def _merge_needs_first_approval(source: Entry, target: Entry, moderator: AuthUser) -> bool:
    """Four-eyes for merges that publish: a pending proposal's citation joins a public entry only after two
    different moderators approved. The first one's merge records the approval (and the intended target)."""
    if not (four_eyes_required() and source.review_status == ReviewStatus.PENDING
            and target.review_status == ReviewStatus.CONFIRMED):
        return False
    if source.first_approved_by_id is None:
        source.first_approved_by = moderator
        source.duplicate_of = target  # type: ignore[assignment]
        source.reviewed_at = timezone.now()
        _save(source, moderator, f"first approval: merge into #{target.pk} (four-eyes)",
              ["first_approved_by", "duplicate_of", "reviewed_at"])
        return True
    if source.first_approved_by_id == moderator.pk:
        raise ModerationError(
            f"{_describe(source)}: you gave the first approval; a second, different moderator must merge it.",
            code="four_eyes",
        )
    return False


def _move_citations(source: Entry, target: Entry) -> int:
    key = entity_name(source)
    existing = set(Citation.objects.filter(**{key: target}).values_list("article_id", "start", "end"))
    moved = 0
    for citation in Citation.objects.filter(**{key: source}).select_for_update():
        if (citation.article_id, citation.start, citation.end) in existing:
            citation.delete()  # the target already cites this very span
            continue
        setattr(citation, key, target)
        citation.save(update_fields=[key])
        moved += 1
    return moved


def proposal_update(*, user: User | None, entry: E, changes: Mapping[str, Any]) -> E:
    """Edit an entry's content. Editing after a four-eyes first approval clears that approval."""
    moderator = _require_moderator(user, entry)
    allowed = EDITABLE_FIELDS[type(entry)]
    unknown = set(changes) - allowed
    if unknown:
        raise ModerationError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.",
                              code="invalid_field")
    with transaction.atomic():
        locked = _lock(entry)
        _require_status(locked, [ReviewStatus.PENDING, ReviewStatus.CONFIRMED, ReviewStatus.UNPUBLISHED], "edited")
        changed = [name for name, value in changes.items() if getattr(locked, name) != value]
        for name in changed:
            setattr(locked, name, changes[name])
        if not changed:
            return locked
        fields = list(changed)
        if set(changed) - NON_CONTENT_FIELDS:
            fields += clear_first_approval_if_needed(locked)
        try:
            # Validate every editable field, so a constraint over two of them (date_end ≥ date_start) is checked
            # even when only one changed.
            locked.full_clean(exclude=[f.name for f in locked._meta.fields if f.name not in allowed])
        except ValidationError as exc:
            raise ModerationError("; ".join(exc.messages), code="invalid_data") from exc
        try:
            with transaction.atomic():
                _save(locked, moderator, "edited", fields)
        except IntegrityError as exc:
            raise ModerationError(f"The change violates a database rule: {exc}", code="invalid_data") from exc
    return locked


def proposal_record_related_change(*, user: User | None, entry: E, note: str) -> E:
    """Record a change of related rows (participants, addressed actors) in the entry's history.

    Like a content edit, it clears a pending entry's four-eyes first approval.
    """
    moderator = _require_moderator(user, entry)
    with transaction.atomic():
        locked = _lock(entry)
        fields = clear_first_approval_if_needed(locked)
        _save(locked, moderator, note[:100], fields)
    return locked


def clear_first_approval_if_needed(entry: Entry) -> list[str]:
    """A content edit of a pending entry invalidates a four-eyes first approval; returns the fields touched."""
    if entry.review_status == ReviewStatus.PENDING and entry.first_approved_by_id is not None:
        entry.first_approved_by = None
        return ["first_approved_by"]
    return []


def proposals_bulk_confirm(*, user: User | None, entries: Iterable[Entry]) -> BulkResult:
    """Confirm each entry in its own transaction; one failure does not undo the others."""
    result = BulkResult()
    for entry in entries:
        try:
            done: Entry = proposal_confirm(user=user, entry=cast(Any, entry))
        except ModerationError as exc:
            result.failed.append((entry, exc))
            continue
        if done.review_status == ReviewStatus.CONFIRMED:
            result.done.append(done)
        else:
            result.first_approvals.append(done)
    return result


def proposals_bulk_reject(*, user: User | None, entries: Iterable[Entry], reason: str,
                          comment: str = "") -> BulkResult:
    result = BulkResult()
    for entry in entries:
        try:
            result.done.append(proposal_reject(user=user, entry=cast(Any, entry), reason=reason, comment=comment))
        except ModerationError as exc:
            result.failed.append((entry, exc))
    return result


def proposals_bulk_unpublish(*, user: User | None, entries: Iterable[Entry], comment: str = "") -> BulkResult:
    result = BulkResult()
    for entry in entries:
        try:
            result.done.append(proposal_unpublish(user=user, entry=cast(Any, entry), comment=comment))
        except ModerationError as exc:
            result.failed.append((entry, exc))
    return result


# --- typed entry points ----------------------------------------------------------------------------------------------


def event_confirm(*, user: User | None, event: Event, changes: Mapping[str, Any] | None = None) -> Event:
    return proposal_confirm(user=user, entry=event, changes=changes)


def event_reject(*, user: User | None, event: Event, reason: str, comment: str = "") -> Event:
    return proposal_reject(user=user, entry=event, reason=reason, comment=comment)


def event_merge(*, user: User | None, event: Event, into: Event, comment: str = "") -> Event:
    return proposal_merge(user=user, entry=event, into=into, comment=comment)


def event_unpublish(*, user: User | None, event: Event, comment: str = "") -> Event:
    return proposal_unpublish(user=user, entry=event, comment=comment)


def statement_confirm(*, user: User | None, statement: Statement,
                      changes: Mapping[str, Any] | None = None) -> Statement:
    return proposal_confirm(user=user, entry=statement, changes=changes)


def statement_reject(*, user: User | None, statement: Statement, reason: str, comment: str = "") -> Statement:
    return proposal_reject(user=user, entry=statement, reason=reason, comment=comment)


def statement_merge(*, user: User | None, statement: Statement, into: Statement, comment: str = "") -> Statement:
    return proposal_merge(user=user, entry=statement, into=into, comment=comment)


def statement_unpublish(*, user: User | None, statement: Statement, comment: str = "") -> Statement:
    return proposal_unpublish(user=user, entry=statement, comment=comment)


def events_bulk_confirm(*, user: User | None, events: Iterable[Event]) -> BulkResult:
    return proposals_bulk_confirm(user=user, entries=events)


def events_bulk_reject(*, user: User | None, events: Iterable[Event], reason: str, comment: str = "") -> BulkResult:
    return proposals_bulk_reject(user=user, entries=events, reason=reason, comment=comment)


def statements_bulk_confirm(*, user: User | None, statements: Iterable[Statement]) -> BulkResult:
    return proposals_bulk_confirm(user=user, entries=statements)


def statements_bulk_reject(*, user: User | None, statements: Iterable[Statement], reason: str,
                           comment: str = "") -> BulkResult:
    return proposals_bulk_reject(user=user, entries=statements, reason=reason, comment=comment)


# --- actors from unknown names ---------------------------------------------------------------------------------------


def _unique_slug(name: str) -> str:
    base = slugify(name)[:110] or "actor"
    slug, n = base, 2
    while Actor.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def actor_create_from_name(
    *, user: User | None, name: str, kind: str = ActorKind.PERSON, country: str = "", language: str = "",
    canonical_name: str = "",
) -> tuple[Actor, int]:
    """Create an actor for a name the parser did not know, with the raw name as an alias.

    Pending statements whose unknown speaker had exactly this name get the new actor as speaker. Returns the actor
    and the number of statements updated.
    """
    if user is None or not (user.is_authenticated and user.has_perm("tracker.add_actor")):
        raise ModerationError("Only moderators may create actors (permission tracker.add_actor).",
                              code="permission_denied")
    raw = " ".join(name.split())
    if not raw:
        raise ModerationError("The name is empty.", code="invalid")
    if kind not in ActorKind.values:
        raise ModerationError(f"Unknown actor kind {kind!r}.", code="invalid")
    canonical = " ".join(canonical_name.split()) or raw
    with transaction.atomic():
        actor = Actor(slug=_unique_slug(canonical), name=canonical[:200], kind=kind, country=country.upper()[:2])
        actor._history_user = user  # type: ignore[attr-defined]
        actor._change_reason = f"created from unknown name {raw!r}"  # type: ignore[attr-defined]
        actor.save()
        alias = ActorAlias(actor=actor, text=raw[:200], language=language)
        alias._history_user = user  # type: ignore[attr-defined]
        alias.save()
        updated = 0
        for statement in Statement.objects.select_for_update().filter(
            speaker__isnull=True, speaker_name__iexact=raw, review_status=ReviewStatus.PENDING
        ):
            statement.speaker = actor
            statement.speaker_name = ""
            _save(statement, user, f"speaker set to new actor {actor.slug}",  # type: ignore[arg-type]
                  ["speaker", "speaker_name"])
            updated += 1
    return actor, updated


__all__ = [
    "BulkResult",
    "ModerationError",
    "actor_create_from_name",
    "can_moderate",
    "event_confirm",
    "event_merge",
    "event_reject",
    "event_unpublish",
    "events_bulk_confirm",
    "events_bulk_reject",
    "proposal_confirm",
    "proposal_merge",
    "proposal_record_related_change",
    "proposal_reject",
    "proposal_unpublish",
    "proposal_update",
    "proposals_bulk_confirm",
    "proposals_bulk_reject",
    "proposals_bulk_unpublish",
    "statement_confirm",
    "statement_merge",
    "statement_reject",
    "statement_unpublish",
    "statements_bulk_confirm",
    "statements_bulk_reject",
]
