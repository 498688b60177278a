"""End-to-end ingestion throughput: articles/s from submission to stored proposals, through a real Celery worker.

For each broker (kombu's filesystem broker and Redis, when reachable) the script makes its own var dir
(``/tmp/bench-ingest-*``: SQLite database, broker folder), migrates it, starts its own ``celery worker`` on its own
queue and measures two things:

- **stream**: ``--clients`` threads submit ``--articles`` articles concurrently through ``article_ingest`` (the
  service every channel calls) while the worker parses; the rate is articles / (first submit → last parsed).
- **backlog** (issue #3): ``--articles`` articles are queued with no worker running; then the worker starts and the
  rate is articles / (worker start → last parsed).

It never touches the development database, the shared PostgreSQL or another queue: ``DATABASE_URL`` is removed from
the environment of every process it starts, and the Redis queue key it used is deleted at the end.

    python bench/ingest_throughput.py [--articles 1000] [--clients 20] [--concurrency 2] [--chars 3000]
                                      [--brokers filesystem,redis] [--modes stream,backlog]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed" / "seed_gold.json"
GOLD_DIR = ROOT / "tests" / "data" / "gold"
DEMO = ROOT / "tracker" / "demo" / "seed_article_de.txt"
TARGET_CHARS = 3000


# ---------------------------------------------------------------- articles


def load_sources() -> list[tuple[str, str, str]]:
    """(language, text, published ISO date) for the seed and the gold corpus, else the demo article."""
    paths = sorted(GOLD_DIR.glob("*.json"))
    if SEED.is_file():
        paths.insert(0, SEED)
    out = []
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "text" in doc and "published" in doc:
            out.append((str(doc.get("lang") or "de"), str(doc["text"]), str(doc["published"])))
    if not out:
        out.append(("de", DEMO.read_text(encoding="utf-8"), "2025-05-18"))
    return out


def build_articles(n: int, chars: int = TARGET_CHARS) -> list[tuple[str, str, str]]:
    """``n`` distinct articles of about ``chars`` characters of real news text each."""
    sources = load_sources()
    articles = []
    for i in range(n):
        lang, text, published = sources[i % len(sources)]
        parts, j = [text], 1
        while sum(len(p) for p in parts) < chars:
            parts.append(sources[(i + j) % len(sources)][1] if sources[(i + j) % len(sources)][0] == lang else text)
            j += 1
        body = "\n".join(parts)[:chars]
        suffix = f"\nMeldung Nummer {i}." if lang == "de" else f"\nReport number {i}."
        articles.append((lang, body + suffix, published))
    return articles


# ---------------------------------------------------------------- child phases (inside one benchmark environment)


def _django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def child_submit(n: int, clients: int, chars: int) -> dict[str, Any]:
    _django()
    from django.db import connections

    from tracker.services.articles import article_ingest

    articles = build_articles(n, chars)
    errors: list[str] = []
    created = 0
    lock = threading.Lock()

    def client(index: int) -> None:
        nonlocal created
        try:
            for lang, text, published in articles[index::clients]:
                result = article_ingest(text=text, published_at=date.fromisoformat(published), language=lang)
                with lock:
                    created += int(result.created)
        except Exception as exc:  # reported, not raised: the parent prints it
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connections.close_all()

    start = time.time()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"start": start, "submitted": time.time(), "created": created, "errors": errors[:5]}


def child_wait(n: int, timeout: float) -> dict[str, Any]:
    _django()
    from django.db.models import Count

    from tracker.models import Article, ArticleStatus, Event, Statement

    deadline = time.time() + timeout
    counts: dict[str, int] = {}
    while time.time() < deadline:
        counts = dict(Article.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
        if counts.get(ArticleStatus.PARSED, 0) + counts.get(ArticleStatus.FAILED, 0) >= n:
            break
        time.sleep(0.25)
    done = time.time()
    return {"done": done, "statuses": counts, "events": Event.objects.count(),
            "statements": Statement.objects.count()}


# ---------------------------------------------------------------- orchestration


def port_open(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


class Environment:
    """One var dir, one SQLite file, one broker, one queue, one worker."""

    def __init__(self, broker: str, broker_url: str, concurrency: int) -> None:
        self.broker, self.broker_url, self.concurrency = broker, broker_url, concurrency
        self.var_dir = Path(tempfile.mkdtemp(prefix=f"bench-ingest-{broker}-"))
        self.queue = f"bench-ingest-{os.getpid()}-{broker}"
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "CELERY_QUEUE")}
        self.env = {**env, "TRACKER_VAR_DIR": str(self.var_dir), "CELERY_BROKER_URL": broker_url,
                    "CELERY_QUEUE": self.queue, "PYTHONUNBUFFERED": "1", "TRACKER_LOG_LEVEL": "WARNING"}
        self.worker: subprocess.Popen[bytes] | None = None

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=ROOT, env=self.env, capture_output=True, text=True,
                              check=True, timeout=1800)

    def child(self, *args: str) -> dict[str, Any]:
        out = self.run(str(Path(__file__).resolve()), "--child", *args).stdout
        return dict(json.loads(out.strip().splitlines()[-1]))

    def migrate(self) -> None:
        self.run("manage.py", "migrate", "--noinput", "-v", "0")

    def start_worker(self, timeout: float = 60) -> float:
        log_path = self.var_dir / "worker.log"
        log = log_path.open("ab")
        self.worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel", "INFO", "--concurrency",
             str(self.concurrency), "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--hostname", f"bench-{os.getpid()}-{self.broker}@localhost"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        started = time.time()
        while time.time() - started < timeout:
            if "ready." in log_path.read_text(errors="replace"):
                return time.time()
            if self.worker.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError(f"worker did not start:\n{log_path.read_text(errors='replace')[-2000:]}")

    def stop_worker(self) -> None:
        if self.worker is not None and self.worker.poll() is None:
            self.worker.terminate()
            try:
                self.worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.worker.kill()
                self.worker.wait()
        self.worker = None

    def reset(self) -> None:
        self.stop_worker()
        self.run("manage.py", "flush", "--noinput", "-v", "0")

    def close(self) -> None:
        self.stop_worker()
        if self.broker_url.startswith("redis://") and port_open(self.broker_url):
            import redis

            client = redis.Redis.from_url(self.broker_url)
            client.delete(self.queue, f"_kombu.binding.{self.queue}", f"_kombu.binding_permanent.{self.queue}")
        shutil.rmtree(self.var_dir, ignore_errors=True)


def measure(env: Environment, mode: str, n: int, clients: int, chars: int, timeout: float) -> dict[str, Any]:
    if mode == "stream":
        env.start_worker()
        submitted = env.child("submit", str(n), str(clients), str(chars))
        start = submitted["start"]
    else:
        submitted = env.child("submit", str(n), str(clients), str(chars))
        start = env.start_worker()
    waited = env.child("wait", str(n), str(timeout))
    parsed = waited["statuses"].get("parsed", 0)
    elapsed = waited["done"] - start
    return {
        "broker": env.broker, "mode": mode, "articles": n, "created": submitted["created"], "parsed": parsed,
        "failed": waited["statuses"].get("failed", 0), "seconds": round(elapsed, 1),
        "submit_seconds": round(submitted["submitted"] - submitted["start"], 1),
        "articles_per_s": round(parsed / elapsed, 1) if elapsed > 0 else 0.0,
        "events": waited["events"], "statements": waited["statements"], "errors": submitted["errors"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--chars", type=int, default=TARGET_CHARS, help="Approximate length of each article.")
    parser.add_argument("--brokers", default="filesystem,redis")
    parser.add_argument("--modes", default="stream,backlog")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    parser.add_argument("--timeout", type=float, default=900, help="Seconds to wait for the parses of one run.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object per run instead of a table.")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        phase, *rest = args.child
        if phase == "submit":
            result = child_submit(int(rest[0]), int(rest[1]), int(rest[2]))
        else:
            result = child_wait(int(rest[0]), float(rest[1]))
        print(json.dumps(result))
        return 0

    urls = {"filesystem": "filesystem://", "redis": args.redis_url}
    results = []
    for broker in [b.strip() for b in args.brokers.split(",") if b.strip()]:
        if broker == "redis" and not port_open(args.redis_url):
            print(f"redis: skipped, {args.redis_url} is not reachable", file=sys.stderr)
            continue
        env = Environment(broker, urls[broker], args.concurrency)
        try:
            env.migrate()
            for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
                env.reset()
                result = measure(env, mode, args.articles, args.clients, args.chars, args.timeout)
                results.append(result)
                if args.json:
                    print(json.dumps(result), flush=True)
                else:
                    print(f"{broker:<10} {mode:<8} {result['parsed']:>5}/{args.articles} parsed "
                          f"({result['failed']} failed) in {result['seconds']:>6.1f} s = "
                          f"{result['articles_per_s']:>6.1f} articles/s  (submit {result['submit_seconds']} s by "
                          f"{args.clients} clients; {result['events']} event + {result['statements']} statement "
                          f"proposals; ~{args.chars} chars/article; worker concurrency {args.concurrency})", flush=True)
                if result["errors"]:
                    print(f"  submit errors: {result['errors']}", file=sys.stderr)
        finally:
            env.close()
    return 0 if results and all(r["parsed"] == r["articles"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
