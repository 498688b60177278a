"""Load test of the REST API: 100,000 events in a database of its own, gunicorn, 20 concurrent clients.

    .venv/bin/python bench/api_load.py [--events 100000] [--seconds 20] [--connections 20] [--workers 2xCPUs]
        [--threads 1] [--page-size 100] [--reseed] [--db /tmp/bench_api/bench_api.sqlite3]

Database: a SQLite file under /tmp by default. When DATABASE_URL points at PostgreSQL, the bench creates and uses a
separate database ``bench_api`` on that server instead (never the dev or test databases).

Then it starts gunicorn on 127.0.0.1 (settings ``bench.api_settings``: DEBUG off, throttling lifted) and measures,
in the same run and with the same load generator (wrk when installed, else a threaded Python keep-alive client):

* ``api``:         ``/api/v1/events/?page_size=100`` -- the real endpoint as deployed (keyset cursor, prefetching,
                   ETag, and the 2-second public page cache, TRACKER_API_CACHE_SECONDS);
* ``api-nocache``: the same URL with ``Cache-Control: no-cache``, which skips that cache: every request queries and
                   serialises the page;
* ``naive``:       ``/bench/naive-events/?page_size=100`` -- a nested-ModelSerializer baseline (bench/api_urls.py).

It prints requests/s, p50/p95/p99 latency and non-2xx counts, plus the SQL queries one request costs (in-process).
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
# name: (path, request headers)
SCENARIOS: dict[str, tuple[str, dict[str, str]]] = {
    "api": ("/api/v1/events/?page_size={n}", {}),
    "api-nocache": ("/api/v1/events/?page_size={n}", {"Cache-Control": "no-cache"}),
    "naive": ("/bench/naive-events/?page_size={n}", {}),
}
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.errors.status, errors))
end
"""


@dataclass(frozen=True, slots=True)
class LoadResult:
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    bad_status: int
    socket_errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------- database


def configure(args: argparse.Namespace) -> dict[str, str]:
    """Environment for this process and gunicorn; the database is the bench's own."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        database_url = postgres_bench_database(url, args.reseed)
    else:
        db_path = Path(args.db)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if args.reseed and db_path.exists():
            db_path.unlink()
        database_url = f"sqlite:///{db_path}"
    var_dir = Path(tempfile.gettempdir()) / "bench_api_var"
    (var_dir / "static").mkdir(parents=True, exist_ok=True)
    env = {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "bench.api_settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DATABASE_CONN_MAX_AGE": "600",
        "CELERY_BROKER_URL": "memory://",
        "TRACKER_VAR_DIR": str(var_dir),
        "API_THROTTLE_ANON": "100000000/minute",
        "API_THROTTLE_USER": "100000000/minute",
        "PYTHONPATH": str(ROOT),
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    return env


def postgres_bench_database(url: str, reseed: bool) -> str:
    """Create (or reuse) the database ``bench_api`` on the server of ``url``; return its URL."""
    import psycopg

    parts = urlsplit(url)
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = 'bench_api'").fetchone()
        if exists and reseed:
            connection.execute("DROP DATABASE bench_api WITH (FORCE)")
            exists = None
        if not exists:
            connection.execute("CREATE DATABASE bench_api")
    return parts._replace(path="/bench_api").geturl()


def seed(n_events: int) -> None:
    """Events over four years: 90% confirmed, 2-3 participants and 1-2 citations each."""
    from django.core.management import call_command
    from django.db import transaction

    from tracker.extraction.fuzzydate import to_edtf
    from tracker.models import Actor, ActorAlias, Article, Citation, Conflict, Event, EventParticipant, EventType

    call_command("migrate", verbosity=0, interactive=False)
    if Event.objects.count() == n_events:
        print(f"database already holds {n_events:,} events (use --reseed to rebuild)")
        return
    if Event.objects.exists():
        raise SystemExit("the bench database holds a different number of events: run with --reseed")
    started = time.perf_counter()
    with transaction.atomic():
        conflicts = Conflict.objects.bulk_create(
            [Conflict(slug=f"bench-conflict-{i}", name=f"Bench conflict {i}") for i in range(3)]
        )
        actors = Actor.objects.bulk_create(
            [Actor(slug=f"bench-actor-{i}", name=f"Bench Actor {i:03d}", kind="person") for i in range(300)]
        )
        ActorAlias.objects.bulk_create(
            [ActorAlias(actor=a, text=f"Alias {a.slug} {k}", language="de") for a in actors for k in range(2)]
        )
        first = datetime(2022, 3, 1, 12, tzinfo=UTC)
        articles = Article.objects.bulk_create(
            [Article(conflict=conflicts[i % 3], url=f"https://example.org/a/{i}", url_normalized=f"example.org/a/{i}",
                     title=f"Article {i}", text=f"Text {i}", language="de", content_hash=f"{i:064x}",
                     published_at=first + timedelta(hours=i), source_name="Example", status="parsed")
             for i in range(20_000)],
            batch_size=2000,
        )
        types = [t.value for t in EventType]
        batch = 5000
        for offset in range(0, n_events, batch):
            events = []
            for i in range(offset, min(offset + batch, n_events)):
                day = date(2022, 3, 1) + timedelta(days=(i * 7919) % 1460)
                span = 30 if i % 10 == 0 else 0
                events.append(Event(
                    conflict=conflicts[i % 3], title=f"Bench event {i}", summary=f"Summary of bench event {i}.",
                    type=types[i % len(types)], occurrence="occurred",
                    review_status="confirmed" if i % 10 else "pending",
                    date_start=day, date_end=day + timedelta(days=span), date_precision="month" if span else "day",
                    date_edtf=to_edtf(day, day + timedelta(days=span), "month" if span else "day", None),
                ))
            created = Event.objects.bulk_create(events, batch_size=1000)
            EventParticipant.objects.bulk_create(
                [EventParticipant(event=e, actor=actors[(e.pk * k * 31) % len(actors)])
                 for e in created for k in range(1, 2 + e.pk % 2 + 1)],
                batch_size=2000, ignore_conflicts=True,
            )
            Citation.objects.bulk_create(
                [Citation(event=e, article=articles[(e.pk + k * 7) % len(articles)], start=k * 10, end=k * 10 + 40,
                          sentence=f"Sentence {k} about bench event {e.pk}.")
                 for e in created for k in range(1 + e.pk % 2)],
                batch_size=2000,
            )
    print(f"seeded {n_events:,} events in {time.perf_counter() - started:.0f} s")


def analyze() -> None:
    """Planner statistics, as PostgreSQL's autovacuum (or SQLite's PRAGMA optimize) keeps them in production."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def in_process_costs(paths: dict[str, tuple[str, dict[str, str]]]) -> dict[str, tuple[int, float]]:
    """SQL queries of one uncached request and median CPU milliseconds of one request as the scenario sends it, in
    this process (no HTTP; CPU time is far less disturbed by other work on the machine than wall time)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    costs = {}
    for name, (path, headers) in paths.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, headers={**headers, "Cache-Control": "no-cache"})
        assert response.status_code == 200, (name, response.status_code)
        queries = len(captured)  # now: every request start clears the connection's query log
        cpu = []
        for _ in range(3 if name == "naive" else 15):
            started = time.process_time()
            client.get(path, headers=headers)
            cpu.append((time.process_time() - started) * 1000)
        costs[name] = (queries, statistics.median(cpu))
    connection.close()
    return costs


# ---------------------------------------------------------------- server and load


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_gunicorn(env: dict[str, str], port: int, workers: int, threads: int) -> subprocess.Popen[bytes]:
    # The production config (config/gunicorn.conf.py), with the bind address and process counts of this run.
    command = [str(VENV_BIN / "gunicorn"), "-c", "config/gunicorn.conf.py", "config.wsgi:application",
               "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
               "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/conflicts/", timeout=5) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not come up")


def warm_up(url: str, headers: dict[str, str], rounds: int = 20, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    for _ in range(rounds):
        if time.monotonic() > deadline:
            break
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as response:
            response.read()


def run_wrk(url: str, headers: dict[str, str], seconds: int, connections: int) -> LoadResult:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        output = subprocess.run(
            ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s", "-s", script.name,
             *(arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")), url],
            check=True, capture_output=True, text=True,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    requests, duration_us, p50, p95, p99, bad_status, errors = (int(v) for v in line.split()[1:])
    return LoadResult(requests, duration_us / 1e6, p50 / 1000, p95 / 1000, p99 / 1000, bad_status, errors)


def run_python_client(url: str, headers: dict[str, str], seconds: int, connections: int) -> LoadResult:
    """Closed-loop keep-alive clients in threads (used when wrk is not installed)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    failures = [0, 0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        mine: list[float] = []
        bad = errors = 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                mine.append(time.perf_counter() - started)
                bad += response.status >= 300
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        with lock:
            latencies.extend(mine)
            failures[0] += bad
            failures[1] += errors

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0.0] * 99
    return LoadResult(len(latencies), elapsed, cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000, *failures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=20)
    # Defaults as in config/gunicorn.conf.py: two single-threaded processes per CPU.
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "bench_api" / "bench_api.sqlite3"))
    parser.add_argument("--client", choices=["auto", "wrk", "python"], default="auto")
    args = parser.parse_args()

    env = configure(args)
    import django

    django.setup()
    seed(args.events)
    analyze()
    paths = {name: (template.format(n=args.page_size), headers) for name, (template, headers) in SCENARIOS.items()}
    costs = in_process_costs(paths)

    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    load = run_wrk if use_wrk else run_python_client
    port = free_port()
    server = start_gunicorn(env, port, args.workers, args.threads)
    results: dict[str, LoadResult] = {}
    loads: dict[str, float] = {}
    try:
        for name, (path, headers) in paths.items():
            url = f"http://127.0.0.1:{port}{path}"
            warm_up(url, headers)
            load_before = os.getloadavg()[0]
            results[name] = load(url, headers, args.seconds, args.connections)
            loads[name] = load_before
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    vendor = env["DATABASE_URL"].split(":", 1)[0]
    print(f"\n{args.events:,} events ({vendor}), gunicorn {args.workers} workers x {args.threads} threads, "
          f"{args.connections} concurrent clients, {args.seconds} s each, load by "
          f"{'wrk' if use_wrk else 'python threads'}, {os.cpu_count()} CPUs")
    print(f"{'scenario':<12} {'path':<36} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
          f"{'non-2xx':>8} {'errors':>7} {'SQL/req':>8} {'CPU ms':>7} {'load1':>6}")
    for name, result in results.items():
        print(f"{name:<12} {paths[name][0]:<36} {result.rps:>8.1f} {result.p50_ms:>8.1f} {result.p95_ms:>8.1f} "
              f"{result.p99_ms:>8.1f} {result.bad_status:>8} {result.socket_errors:>7} {costs[name][0]:>8} "
              f"{costs[name][1]:>7.1f} {loads[name]:>6.2f}")
    print("SQL/req: one uncached request; CPU ms: median CPU time of one request as sent (in-process, no HTTP);")
    print("load1: the machine's load average before the run (other work shares the CPUs with gunicorn and wrk).")
    for name in ("api", "api-nocache"):
        p99 = results[name].p99_ms
        print(f"target p99 < 100 ms ({name}): {'met' if p99 < 100 else 'NOT met'} ({p99:.1f} ms)")


if __name__ == "__main__":
    main()
