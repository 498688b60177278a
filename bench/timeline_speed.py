"""Timeline page speed with many confirmed events, on its own SQLite database (never the dev database).

    .venv/bin/python bench/timeline_speed.py [--events 100000] [--statements 20000] [--runs 40] [--reseed]
        [--db var/bench.sqlite3]

Seeds one conflict with N confirmed events (two participants and one citation each), some pending/rejected/merged
noise, and confirmed statements; then requests timeline pages in-process through Django's full stack
(middleware, view, template) and prints the median and 90th-percentile server time per scenario, plus the number
of SQL queries. "cold" scenarios clear the cache first (the weekly overview is cached per filter and data version).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure(db_path: Path) -> None:
    """Point Django at the bench database before settings load; production-like flags (DEBUG off)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_SECRET_KEY"] = "bench-only-secret-key-" + "x" * 40
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    os.environ["DJANGO_SECURE_COOKIES"] = "0"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["CELERY_BROKER_URL"] = "memory://"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def seed(n_events: int, n_statements: int) -> None:
    from django.core.management import call_command
    from django.db import transaction

    from tracker.extraction.fuzzydate import to_edtf
    from tracker.models import (
        Actor,
        Article,
        Citation,
        Conflict,
        Event,
        EventParticipant,
        EventType,
        Occurrence,
        Statement,
    )

    call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()
    with transaction.atomic():
        conflict, _ = Conflict.objects.get_or_create(slug="russia-ukraine", defaults={"name": "Russia–Ukraine war"})
        actors = Actor.objects.bulk_create(
            [Actor(slug=f"bench-actor-{i}", name=f"Bench Actor {i:03d}", kind="person") for i in range(200)]
        )
        published = datetime(2022, 3, 1, 12, tzinfo=UTC)
        articles = Article.objects.bulk_create(
            [
                Article(conflict=conflict, url=f"https://example.org/a/{i}", url_normalized=f"example.org/a/{i}",
                        title=f"Article {i}", text=f"Text {i}", language="de", content_hash=f"{i:064x}",
                        published_at=published + timedelta(days=i % 1400), source_name="Example", status="parsed")
                for i in range(3000)
            ],
            batch_size=1000,
        )
        types = [t.value for t in EventType]
        occurrences = [Occurrence.OCCURRED] * 6 + [Occurrence.PLANNED, Occurrence.CANCELLED, Occurrence.UNCERTAIN]
        first_day = date(2022, 3, 1)
        extra = n_events // 10  # pending, rejected and merged noise
        events = []
        for i in range(n_events + extra):
            day = first_day + timedelta(days=(i * 1400) // (n_events + extra))
            precision = ("day", "day", "day", "time", "month", "week")[i % 6]
            status = "confirmed" if i % 11 else ("pending", "rejected", "merged")[i % 3]
            end = day + timedelta(days=6) if precision == "week" else day
            events.append(Event(
                conflict=conflict, title=f"Bench event {i} talks", summary=f"Summary of event {i}.",
                type=types[i % len(types)], occurrence=occurrences[i % len(occurrences)], date_start=day,
                date_end=end, date_precision=precision, date_value=day.isoformat(), review_status=status,
                date_edtf=to_edtf(day, end, precision), confidence=0.8,  # type: ignore[arg-type]
            ))
        events = Event.objects.bulk_create(events, batch_size=2000)
        EventParticipant.objects.bulk_create(
            [EventParticipant(event=e, actor=actors[(k * 7 + j) % len(actors)])
             for k, e in enumerate(events) for j in (0, 1)],
            batch_size=5000,
        )
        Citation.objects.bulk_create(
            [Citation(article=articles[k % len(articles)], event=e, start=0, end=5, sentence="Text.")
             for k, e in enumerate(events)],
            batch_size=5000,
        )
        statements = Statement.objects.bulk_create(
            [Statement(conflict=conflict, speaker=actors[i % len(actors)], paraphrase=f"Bench statement {i}",
                       quote="<script>alert(1)</script>", date_start=first_day + timedelta(days=i % 1400),
                       date_end=first_day + timedelta(days=i % 1400), date_precision="day",
                       review_status="confirmed" if i % 9 else "pending", confidence=0.8)
             for i in range(n_statements)],
            batch_size=2000,
        )
        Citation.objects.bulk_create(
            [Citation(article=articles[k % len(articles)], statement=s, start=0, end=5, sentence="Text.")
             for k, s in enumerate(statements)],
            batch_size=5000,
        )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"seeded {n_events + extra} events ({Event.objects.public().count()} confirmed), "
          f"{n_statements} statements in {time.perf_counter() - started:.1f}s")


def measure(path: str, runs: int, cold: bool, language: str = "en") -> tuple[float, float, float, int, int]:
    import warnings

    from django.core.cache import cache
    from django.db import connection, reset_queries

    warnings.filterwarnings("ignore", message="No directory at")
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.get(path)  # warm-up: templates, translations, connection
    timings = []
    cpu = []
    queries = 0
    size = 0
    for _ in range(runs):
        if cold:
            cache.clear()
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        queries = len(captured.captured_queries)
        size = len(response.content)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9) - 1], statistics.median(cpu), queries, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--db", type=Path, default=ROOT / "var" / "bench.sqlite3")
    parser.add_argument("--reseed", action="store_true")
    args = parser.parse_args()
    db_path = args.db.resolve()
    if db_path == (ROOT / "var" / "tracker.sqlite3").resolve():
        raise SystemExit("refusing to use the development database")
    if args.reseed and db_path.exists():
        db_path.unlink()
    fresh = not db_path.exists()
    configure(db_path)
    from tracker.models import Event

    if fresh:
        seed(args.events, args.statements)
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, also for indexes added since seeding
        print(f"reusing {db_path} ({Event.objects.public().count()} confirmed events; --reseed to rebuild)")

    from timeline.selectors import event_url

    base = "/c/russia-ukraine/"
    permalink = event_url(Event.objects.public().order_by("pk").first())  # type: ignore[arg-type]
    scenarios = [
        ("home (conflicts with counts)", "/", False, "en"),
        ("page 1", base, False, "en"),
        ("page 1 (German)", base, False, "de"),
        ("page 1, cold overview cache", base, True, "en"),
        ("page 1000 (middle)", base + "?page=1000", False, "en"),
        ("last page", base + "?page=2400", False, "en"),
        ("filter: actor", base + "?actor=bench-actor-7", False, "en"),
        ("filter: actor, cold", base + "?actor=bench-actor-7", True, "en"),
        ("filter: type + occurrence", base + "?type=CONSULT&occurrence=planned", False, "en"),
        ("filter: date range", base + "?date_from=2024-01-01&date_to=2024-03-31", False, "en"),
        ("filter: text 'talks 777'", base + "?q=event+777", False, "en"),
        ("filter: text, cold", base + "?q=event+777", True, "en"),
        ("actor page", "/actors/bench-actor-7/", False, "en"),
        ("event permalink", permalink, False, "en"),
        ("Atom feed", base + "feed.atom", False, "en"),
        ("ICS planned", base + "planned.ics?date_from=2025-01-01", False, "en"),
    ]
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          "(wall time includes waiting for the CPU; cpu ms is this process only)")
    print(f"{'scenario':34} {'median ms':>10} {'p90 ms':>8} {'cpu ms':>7} {'queries':>8} {'KB':>6}")
    for name, path, cold, language in scenarios:
        runs = max(5, args.runs // 4) if cold else args.runs
        median, p90, cpu, queries, size = measure(path, runs, cold, language)
        print(f"{name:34} {median:10.1f} {p90:8.1f} {cpu:7.1f} {queries:8d} {size / 1024:6.0f}")


if __name__ == "__main__":
    main()
