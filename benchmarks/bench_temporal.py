"""Throughput and memory of ``find_times`` beside a plain ``dateparser`` baseline.

    python benchmarks/bench_temporal.py [--eval-dir DIR] [--rounds N]

The corpus is every article of the evaluation data (MEANTIME and SemEval
trial, rebuilt text) plus the seed articles: real news, tagged one article at
a time with its own date as the reference, in one process. Prints characters
per second for our tagger and for ``dateparser.search.search_dates`` and the
ratio, then the peak memory (tracemalloc) of tagging the corpus once and four
times over, article by article: the peak should not grow with the corpus.

Timings are CPU time, best of N runs per article for each system, the two
systems interleaved article by article, after a warm-up call of each (so
dateparser's lazy loading of its language data is not counted against it).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.corpora import EVAL_DIR, load_meantime, load_semeval  # noqa: E402
from timeline.temporal import find_times  # noqa: E402


Article = tuple[str, date]


def load_corpus(eval_dir: Path) -> list[Article]:
    """(text, reference) for every evaluation and seed article found."""
    articles: list[Article] = []
    if (eval_dir / "meantime-apple").is_dir():
        articles += [(d.text, d.reference) for d in load_meantime(eval_dir / "meantime-apple")]
    if (eval_dir / "semeval2015-trial").is_dir():
        docs, _ = load_semeval(eval_dir / "semeval2015-trial")
        articles += [(d.text, d.reference) for d in docs]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = re.search(r"date (\d{4}-\d\d-\d\d)", text)
        if found:
            articles.append((text, date.fromisoformat(found.group(1))))
    return articles


def tag_ours(text: str, reference: date) -> int:
    return len(find_times(text, reference))


_SEARCH: Callable[..., object] | None = None


def tag_baseline(text: str, reference: date) -> int:
    """The evaluation baseline: search_dates with the reference as RELATIVE_BASE."""
    global _SEARCH
    if _SEARCH is None:
        from dateparser.search import search_dates
        _SEARCH = search_dates
    settings = {"RELATIVE_BASE": datetime.combine(reference, datetime.min.time()),
                "RETURN_AS_TIMEZONE_AWARE": False}
    found = _SEARCH(text, languages=["en"], settings=settings)
    return len(found or [])  # type: ignore[arg-type]


def compare(articles: Sequence[Article], rounds: int) -> tuple[float, float]:
    """Characters per second of (find_times, search_dates).

    The two run article by article, interleaved, so that load from other
    processes falls on both alike; each article's time is the best of
    ``rounds`` runs of CPU time (``time.process_time``), for both systems.
    """
    chars = sum(len(text) for text, _ in articles)
    spent = {tag_ours: 0.0, tag_baseline: 0.0}
    for text, reference in articles:
        for tagger in spent:
            best = float("inf")
            for _ in range(rounds):
                started = time.process_time()
                tagger(text, reference)
                best = min(best, time.process_time() - started)
            spent[tagger] += best
    return chars / spent[tag_ours], chars / spent[tag_baseline]


def peak_memory(tagger: Callable[[str, date], int], articles: Iterable[Article]) -> int:
    """Peak traced bytes while tagging ``articles`` one by one."""
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    for text, reference in articles:
        tagger(text, reference)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--rounds", type=int, default=3, help="runs per article and system (best is kept)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    articles = load_corpus(args.eval_dir)
    if not articles:
        print(f"no articles found (eval dir {args.eval_dir})")
        return 1
    chars = sum(len(text) for text, _ in articles)
    print(f"corpus: {len(articles)} articles, {chars:,} characters")
    text, reference = articles[0]
    tag_ours(text, reference)  # warm-up: compiled patterns
    tag_baseline(text, reference)  # warm-up: dateparser's language data

    ours, base = compare(articles, args.rounds)
    print(f"find_times    {ours:12,.0f} chars/s")
    print(f"search_dates  {base:12,.0f} chars/s")
    print(f"ratio         {ours / base:12.1f} x")

    peak_memory(tag_ours, articles)  # a first pass settles one-time allocations
    once = peak_memory(tag_ours, articles)
    four = peak_memory(tag_ours, articles * 4)
    print(f"peak memory, find_times, corpus x1: {once / 1024:8.0f} KiB")
    print(f"peak memory, find_times, corpus x4: {four / 1024:8.0f} KiB  ({four / once:.2f} x the x1 peak)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
