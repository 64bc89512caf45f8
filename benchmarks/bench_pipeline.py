"""Benchmark the analysis pipeline: ingest -> mentions -> merge (no reports).

    python benchmarks/bench_pipeline.py [--sizes 1000 10000]

For each size, a corpus of that many articles is built from the real
articles at hand (the seeds and the two evaluation corpora), each reused
with its publication date shifted by a whole number of weeks, so relative
dates ("Monday", "last week") resolve afresh while the wording stays real
news prose. The corpus is written as JSON Lines into a temporary folder and
``timeline.pipeline.build_timeline`` reads it: the same code path as the
command line, without rendering.

Each size runs in a fresh Python process, so its peak memory (resident set
size, from ``resource``) is its own. Printed per size: articles, mentions,
events, wall and CPU seconds with articles per second for each (CPU time is
the steadier figure on a shared machine), and peak memory; then how each
grows from the smallest size to the largest against the growth in articles.
The default sizes (1,000 and 10,000) take about three minutes on a
two-core machine; pass smaller ``--sizes`` for a quick run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.corpora import EVAL_DIR, load_meantime, load_semeval  # noqa: E402
from timeline.config import load_options  # noqa: E402
from timeline.ingest import read_corpus  # noqa: E402


def base_articles() -> list[tuple[str, date, str]]:
    """(id, date, body) of every real article available: seeds and eval corpora."""
    articles = [(d.doc_id, d.date, d.text[d.body_start:])
                for d in read_corpus([str(ROOT / "seeds")]).documents]
    if (EVAL_DIR / "semeval2015-trial").is_dir():
        docs, _ = load_semeval(EVAL_DIR / "semeval2015-trial")
        articles += [(f"semeval-{d.doc_id}", d.reference, d.text) for d in docs]
    if (EVAL_DIR / "meantime-apple").is_dir():
        articles += [(f"meantime-{d.doc_id}", d.reference, d.text)
                     for d in load_meantime(EVAL_DIR / "meantime-apple")]
    return articles


def write_corpus(folder: Path, size: int) -> Path:
    """``size`` articles as JSON Lines: the real ones, reused with dates
    shifted by whole weeks (round ``k`` moves every article ``k`` weeks on)."""
    articles = base_articles()
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            doc_id, day, body = articles[i % len(articles)]
            shift = timedelta(weeks=i // len(articles))
            record = {"id": f"{doc_id}-{i}", "date": (day + shift).isoformat(), "text": body}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run_one(size: int) -> dict[str, float]:
    """Build a corpus of ``size`` articles and time the pipeline on it."""
    from timeline.pipeline import build_timeline

    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        path = write_corpus(Path(tmp), size)
        options = load_options(ROOT / "config.yaml", inputs=(str(path),))
        start, cpu_start = time.perf_counter(), time.process_time()
        result = build_timeline(options)
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": len(result.documents), "mentions": len(result.mentions),
            "events": len(result.events), "seconds": seconds, "cpu_seconds": cpu_seconds,
            "articles_per_second": len(result.documents) / seconds,
            "articles_per_cpu_second": len(result.documents) / cpu_seconds,
            "peak_mb": peak_kb / 1024}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000],
                        help="corpus sizes in articles (default: 1000 10000)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    rows = []
    for size in args.sizes:
        done = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                              capture_output=True, text=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"{row['articles']:>7.0f} articles  {row['mentions']:>8.0f} mentions  "
              f"{row['events']:>8.0f} events  {row['seconds']:>7.1f} s wall "
              f"({row['articles_per_second']:>6.1f} articles/s)  {row['cpu_seconds']:>7.1f} s CPU "
              f"({row['articles_per_cpu_second']:>6.1f} articles/s)  "
              f"peak {row['peak_mb']:>7.1f} MB", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        grow = last["articles"] / first["articles"]
        print(f"growth {first['articles']:.0f} -> {last['articles']:.0f} articles (x{grow:.1f}): "
              f"wall time x{last['seconds'] / first['seconds']:.1f}, "
              f"CPU time x{last['cpu_seconds'] / first['cpu_seconds']:.1f}, "
              f"peak memory x{last['peak_mb'] / first['peak_mb']:.1f}, "
              f"articles/s x{last['articles_per_second'] / first['articles_per_second']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
