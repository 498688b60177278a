"""Throughput of ``extract`` vs naive ``dateparser.search.search_dates`` on the same ~3,000-character articles.

Articles are built from the seed article and the gold corpus (concatenated and rotated to about 3,000 characters),
so they are realistic German/English news text. Single-threaded; both are timed in the same run.

    python bench/extract_speed.py [--articles 200] [--naive-sample 40] [--keep-caches] [--run-on 70000]

Targets: >= 50 articles/s for extract and >= 10x the naive tagger. The temporal tagger alone (sentence splitting
and ``tag_timexes``, the like-for-like replacement of ``search_dates``) is timed too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extraction.pipeline import clear_text_caches, extract  # noqa: E402
from tracker.extraction.sentences import split_sentences  # noqa: E402
from tracker.extraction.timex import tag_timexes  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed" / "seed_gold.json"
GOLD_DIR = ROOT / "tests" / "data" / "gold"
TARGET_CHARS = 3000


def load_sources() -> list[tuple[str, str, date]]:
    """(language, text, published) for the seed and every gold document available."""
    paths = sorted(GOLD_DIR.glob("*.json"))
    if SEED.is_file():
        paths.insert(0, SEED)
    out = []
    for p in paths:
        doc = json.loads(p.read_text(encoding="utf-8"))
        out.append((str(doc.get("lang") or "de"), str(doc["text"]), date.fromisoformat(str(doc["published"]))))
    if not out:
        raise SystemExit("no source articles found (seed or tests/data/gold/*.json)")
    return out


def build_articles(n: int) -> list[tuple[str, str, date]]:
    """``n`` articles of ~3,000 characters: a source plus following same-language sources, rotated per article."""
    sources = load_sources()
    by_lang: dict[str, list[tuple[str, str, date]]] = {}
    for src in sources:
        by_lang.setdefault(src[0], []).append(src)
    articles = []
    for i in range(n):
        lang, text, published = sources[i % len(sources)]
        pool = by_lang[lang]
        k = i // len(sources)
        parts = [text]
        j = 1
        while sum(len(p) for p in parts) < TARGET_CHARS:
            parts.append(pool[(pool.index((lang, text, published)) + j + k) % len(pool)][1])
            j += 1
        articles.append((lang, "\n".join(parts)[: TARGET_CHARS + 400], published))
    return articles


Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def time_extract(articles: list[tuple[str, str, date]], *, keep_caches: bool = False) -> Timing:
    """Total time of ``extract`` over ``articles``.

    The bench articles share sentences (they are rotations of the same sources), so per-sentence caches are
    cleared before each article and only the extract calls are timed: every article pays for its own text,
    as a new article would. Warm-up runs a few articles first (gazetteer, compiled regexes, dateparser data)."""
    for lang, text, published in articles[:5]:
        extract(text, published=published, language=lang)
    wall = cpu = 0.0
    for lang, text, published in articles:
        if not keep_caches:
            clear_text_caches()
        start = _clock()
        extract(text, published=published, language=lang)
        w, c = _since(start)
        wall, cpu = wall + w, cpu + c
    return wall, cpu


def time_tagger(articles: list[tuple[str, str, date]]) -> Timing:
    """The temporal tagger alone (sentence splitting and ``tag_timexes``): what replaces ``search_dates``, so the
    like-for-like comparison with the naive tagger (the full pipeline above does much more than find dates)."""
    for lang, text, published in articles[:5]:
        tag_timexes(text, split_sentences(text, lang), published=published, language=lang)
    wall = cpu = 0.0
    for lang, text, published in articles:
        clear_text_caches()
        start = _clock()
        tag_timexes(text, split_sentences(text, lang), published=published, language=lang)
        w, c = _since(start)
        wall, cpu = wall + w, cpu + c
    return wall, cpu


def time_naive(articles: list[tuple[str, str, date]]) -> Timing:
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    for lang, text, _published in articles[:5]:  # warm up dateparser's language data, as for extract
        search_dates(text, languages=[lang])
    start = _clock()
    for lang, text, _published in articles:
        search_dates(text, languages=[lang])
    return _since(start)


def run_on_sentence(chars: int) -> str:
    """One sentence of ``chars`` characters: the German gold texts with sentence ends turned into commas."""
    import re

    texts = [src[1] for src in load_sources() if src[0] == "de"]
    big = " ".join(re.sub(r"[.!?\n]+", ",", t) for t in texts)
    while len(big) < chars:
        big += " " + big
    return big[:chars]


def time_run_on(chars: int) -> None:
    """CPU time of one run-on sentence at half and full length (linear work doubles, quadratic quadruples)."""
    for n in (chars // 2, chars):
        text = run_on_sentence(n)
        start = _clock()
        extract(text, published=date(2025, 6, 1), language="de")
        print(f"run-on sentence of {n} chars: {_since(start)[1]:.2f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--naive-sample", type=int, default=0, help="time the naive tagger on only N articles")
    parser.add_argument(
        "--keep-caches", action="store_true", help="let extract reuse per-sentence caches across articles (flatters it)"
    )
    parser.add_argument("--run-on", type=int, default=0, help="also time one run-on sentence of N chars (e.g. 70000)")
    args = parser.parse_args()
    if args.run_on:
        time_run_on(args.run_on)
    articles = build_articles(args.articles)
    avg = sum(len(a[1]) for a in articles) / len(articles)
    ours = time_extract(articles, keep_caches=args.keep_caches)
    tagger = time_tagger(articles)
    sample = articles[: args.naive_sample] if args.naive_sample else articles
    naive = time_naive(sample)
    print(f"articles: {len(articles)} (avg {avg:.0f} chars; naive timed on {len(sample)})")
    for label, k in (("wall clock", 0), ("CPU time", 1)):
        ours_rate = len(articles) / ours[k]
        naive_rate = len(sample) / naive[k]
        print(f"[{label}]")
        ours_ms = ours[k] / len(articles) * 1000
        naive_ms = naive[k] / len(sample) * 1000
        print(f"  extract (full pipeline):         {ours_rate:8.1f} articles/s  ({ours_ms:.1f} ms each)")
        print(f"  dateparser.search_dates (naive): {naive_rate:8.1f} articles/s  ({naive_ms:.1f} ms each)")
        print(f"  speed-up: {ours_rate / naive_rate:.1f}x")
        tagger_rate = len(articles) / tagger[k]
        print(
            f"  temporal tagger alone (split + tag_timexes): {tagger_rate:8.1f} articles/s "
            f"({tagger[k] / len(articles) * 1000:.1f} ms each), {tagger_rate / naive_rate:.1f}x naive"
        )
    print("targets: >= 50 articles/s, >= 10x naive (CPU time is robust to other load on the machine)")


if __name__ == "__main__":
    main()
