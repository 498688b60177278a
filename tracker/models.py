"""Domain model: conflicts, actors with aliases, articles, proposed/confirmed events and statements, citations."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

from tracker.extraction.fuzzydate import to_edtf


class Conflict(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    STATE = "state", "State"
    ORGANISATION = "organisation", "Organisation"
    GROUP = "group", "Group"


class Actor(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField(max_length=200, help_text="Canonical English name.")
    kind = models.CharField(max_length=20, choices=ActorKind.choices, default=ActorKind.PERSON)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2.")
    description = models.TextField(blank=True)
    represents = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="officials",
        help_text="The organisation this official acts for (the UN Secretary-General for the United Nations); "
        "events with the official also name it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(represents=models.F("id")), name="actor_does_not_represent_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    language = models.CharField(max_length=8, blank=True, help_text="ISO 639-1; blank for any language.")
    is_role = models.BooleanField(default=False, help_text="A role such as 'US-Präsident', valid for a period.")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True, help_text="Exclusive end of validity.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["actor__name", "text"]
        verbose_name_plural = "actor aliases"
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gt=F("valid_from")),
                name="alias_valid_to_after_valid_from",
            ),
            models.UniqueConstraint(
                fields=["actor", "text", "language", "valid_from"], name="alias_unique_per_actor_language_period"
            ),
        ]
        indexes = [models.Index(fields=["text"])]

    def __str__(self) -> str:
        return f"{self.text} → {self.actor.name}"

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


class ArticleStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    QUEUED = "queued", "Queued"
    PARSING = "parsing", "Parsing"
    PARSED = "parsed", "Parsed"
    FAILED = "failed", "Failed"


class Feed(models.Model):
    """An RSS/Atom feed polled for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    name = models.CharField(max_length=200, blank=True)
    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, null=True, blank=True, related_name="feeds")
    language = models.CharField(max_length=8, blank=True)
    is_active = models.BooleanField(default=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    etag = models.CharField(max_length=300, blank=True)
    modified = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name or self.url


class Article(models.Model):
    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, null=True, blank=True, related_name="articles")
    feed = models.ForeignKey(Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles")
    url = models.URLField(max_length=2000, blank=True)
    url_normalized = models.CharField(max_length=2000, blank=True, db_index=True, editable=False)
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    language_supported = models.BooleanField(default=True)
    published_at = models.DateTimeField()
    source_name = models.CharField(max_length=200, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.RECEIVED, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    parsed_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url_normalized"], condition=~Q(url_normalized=""), name="article_unique_normalized_url"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="article_text_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


class Precision(models.TextChoices):
    TIME = "time", "Time of day"
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    QUARTER = "quarter", "Quarter"
    YEAR = "year", "Year"
    VAGUE = "vague", "Vague"


class DateBasis(models.TextChoices):
    TEXT = "text", "Expression in the sentence"
    CONTEXT = "context", "Expression nearby"
    PUBLISHED = "published", "Publication date"
    VAGUE = "vague", "Vague reference"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"
    MERGED = "merged", "Merged"
    UNPUBLISHED = "unpublished", "Unpublished"


class RejectReason(models.TextChoices):
    NOT_AN_EVENT = "not_an_event", "Not an event or statement"
    WRONG_ACTORS = "wrong_actors", "Wrong actors"
    WRONG_DATE = "wrong_date", "Wrong date"
    DUPLICATE = "duplicate", "Duplicate"
    OFF_TOPIC = "off_topic", "Off topic"
    UNRELIABLE = "unreliable", "Unreliable source"
    OTHER = "other", "Other"


class FuzzyDateModel(models.Model):
    """A precision-aware date: interval, precision, source expression, and the derived EDTF string."""

    date_start = models.DateField(null=True, blank=True, db_index=True)
    date_end = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.DAY)
    date_value = models.CharField(max_length=40, blank=True, help_text="TIMEX3 value, e.g. 2025-05-19TMO.")
    date_mod = models.CharField(max_length=20, blank=True, help_text="APPROX, MID, START, END, …")
    date_basis = models.CharField(max_length=10, choices=DateBasis.choices, default=DateBasis.TEXT)
    date_expression = models.CharField(max_length=200, blank=True, help_text="The words in the source.")
    date_note = models.CharField(max_length=200, blank=True, help_text="E.g. 'US local time'.")
    date_edtf = models.CharField(max_length=60, blank=True, editable=False)

    class Meta:
        abstract = True

    def refresh_edtf(self) -> None:
        self.date_edtf = to_edtf(
            self.date_start, self.date_end, self.date_precision, self.date_mod or None  # type: ignore[arg-type]
        )

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_edtf()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "date_edtf" not in update_fields:  # type: ignore[operator]
            kwargs["update_fields"] = [*update_fields, "date_edtf"]  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]


def entry_constraints(prefix: str) -> list[models.BaseConstraint]:
    return [
        models.CheckConstraint(
            condition=Q(date_end__isnull=True) | Q(date_start__isnull=True) | Q(date_end__gte=F("date_start")),
            name=f"{prefix}_date_end_not_before_start",
        ),
        models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1), name=f"{prefix}_confidence_0_1"),
    ]


def timeline_order_index(prefix: str) -> models.Index:
    """(review_status, conflict, COALESCE(date_start, date_end), id): the public timeline pages without a sort.

    date_start and date_end ride along so that counting entries per day reads the index only (covering).
    """
    return models.Index(
        F("review_status"), F("conflict"), Coalesce("date_start", "date_end"), F("id"), F("date_start"), F("date_end"),
        name=f"{prefix}_timeline_cover_idx",
    )


class EntryQuerySet(models.QuerySet):
    def public(self) -> EntryQuerySet:
        """The one door for the public side: confirmed entries only."""
        return self.filter(review_status=ReviewStatus.CONFIRMED)

    def pending(self) -> EntryQuerySet:
        return self.filter(review_status=ReviewStatus.PENDING)


class ReviewModel(FuzzyDateModel):
    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, null=True, blank=True)
    review_status = models.CharField(
        max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.PENDING, db_index=True
    )
    reject_reason = models.CharField(max_length=20, choices=RejectReason.choices, blank=True)
    review_comment = models.TextField(blank=True)
    first_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    source_article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The article whose parse proposed this entry.",
    )
    confidence = models.FloatField(default=0.5)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self) -> bool:
        return self.review_status == ReviewStatus.CONFIRMED


class EventType(models.TextChoices):
    """PLOVER event types."""

    AGREE = "AGREE", "Agree"
    CONSULT = "CONSULT", "Consult"
    SUPPORT = "SUPPORT", "Support"
    CONCEDE = "CONCEDE", "Concede"
    COOPERATE = "COOPERATE", "Cooperate"
    AID = "AID", "Aid"
    RETREAT = "RETREAT", "Retreat"
    REQUEST = "REQUEST", "Request"
    ACCUSE = "ACCUSE", "Accuse"
    REJECT = "REJECT", "Reject"
    THREATEN = "THREATEN", "Threaten"
    PROTEST = "PROTEST", "Protest"
    SANCTION = "SANCTION", "Sanction"
    MOBILIZE = "MOBILIZE", "Mobilize"
    COERCE = "COERCE", "Coerce"
    ASSAULT = "ASSAULT", "Assault"


class Occurrence(models.TextChoices):
    PLANNED = "planned", "Planned"
    OCCURRED = "occurred", "Occurred"
    CANCELLED = "cancelled", "Cancelled"
    UNCERTAIN = "uncertain", "Uncertain"


class Event(ReviewModel):
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    type = models.CharField(max_length=12, choices=EventType.choices, db_index=True)
    occurrence = models.CharField(max_length=10, choices=Occurrence.choices, default=Occurrence.OCCURRED)
    participants = models.ManyToManyField(Actor, through="EventParticipant", related_name="events", blank=True)
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="suggested_duplicates",
        help_text="An existing event this proposal probably reports again.",
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_from"
    )
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["date_start", "id"]
        constraints = entry_constraints("event")
        permissions = [("confirm_event", "Can confirm, publish and merge events")]
        indexes = [
            models.Index(fields=["review_status", "date_start"]),
            models.Index(fields=["conflict", "review_status"]),
            # The public timeline's date order (timeline.selectors): confirmed entries of a conflict by sort day.
            timeline_order_index("event"),
        ]

    def __str__(self) -> str:
        return self.title


class ParticipantRole(models.TextChoices):
    PARTICIPANT = "participant", "Participant"
    INITIATOR = "initiator", "Initiator"
    TARGET = "target", "Target"


class EventParticipant(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=12, choices=ParticipantRole.choices, default=ParticipantRole.PARTICIPANT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "actor"], name="participant_once_per_event")]

    def __str__(self) -> str:
        return f"{self.actor} in {self.event}"


class Statement(ReviewModel):
    speaker = models.ForeignKey(Actor, on_delete=models.PROTECT, null=True, blank=True, related_name="statements")
    speaker_name = models.CharField(max_length=200, blank=True, help_text="Raw name when the speaker is unknown.")
    paraphrase = models.TextField()
    quote = models.TextField(blank=True)
    quote_language = models.CharField(max_length=8, blank=True)
    addressed = models.ManyToManyField(Actor, related_name="addressed_in", blank=True)
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="suggested_duplicates"
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_from"
    )
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["date_start", "id"]
        constraints = entry_constraints("statement")
        permissions = [("confirm_statement", "Can confirm, publish and merge statements")]
        indexes = [models.Index(fields=["review_status", "date_start"]), timeline_order_index("statement")]

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker_id and self.speaker else self.speaker_name or "Unknown"
        return f"{who}: {self.paraphrase[:60]}"


class Citation(models.Model):
    """A span of an article that reports an event or a statement."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="citations")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, null=True, blank=True, related_name="citations")
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField()
    trigger_start = models.PositiveIntegerField(null=True, blank=True)
    trigger_end = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article__published_at", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="citation_end_after_start"),
            models.CheckConstraint(
                condition=(Q(event__isnull=False) & Q(statement__isnull=True))
                | (Q(event__isnull=True) & Q(statement__isnull=False)),
                name="citation_cites_exactly_one_entry",
            ),
            models.UniqueConstraint(
                fields=["event", "article", "start", "end"], condition=Q(event__isnull=False),
                name="citation_one_per_event_article_span",
            ),
            models.UniqueConstraint(
                fields=["statement", "article", "start", "end"], condition=Q(statement__isnull=False),
                name="citation_one_per_statement_article_span",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}[{self.start}:{self.end}]"


class TombstoneReason(models.TextChoices):
    UNPUBLISHED = "unpublished", "Un-published"
    MERGED = "merged", "Merged"


class Tombstone(models.Model):
    """Records a public entry that left the public set, so API mirrors can follow."""

    entity = models.CharField(max_length=20)  # "event" | "statement"
    object_id = models.BigIntegerField()
    reason = models.CharField(max_length=12, choices=TombstoneReason.choices)
    merged_into_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.entity} {self.object_id} {self.reason}"
