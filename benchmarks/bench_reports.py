"""Time to render the reports as the timeline grows.

    python benchmarks/bench_reports.py [--sizes 50 500 5000]

The events and mentions are the seeds' real ones (run through the pipeline
once), repeated with their dates shifted a week per copy until each size is
reached, so titles, quotes and sources look like a real run. For each size,
every output (``reports.formats`` of ``config.yaml``) is written into a
temporary folder, one format at a time, and its wall time printed; then the
total and its ratio to the smallest size against the growth in events. The
first render pays vl-convert's one-off start-up, so a warm-up render of the
smallest size runs first and is not counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import load_options  # noqa: E402
from timeline.pipeline import build_timeline  # noqa: E402
from timeline.reports import write_reports  # noqa: E402


def grow(events: pd.DataFrame, mentions: pd.DataFrame,
         size: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``size`` events: copies of ``events`` a week apart, ids made unique."""
    copies, mention_copies = [], []
    for n in range((size + len(events) - 1) // len(events)):
        shift = timedelta(weeks=n)
        copy, mention_copy = events.copy(), mentions.copy()
        for frame in (copy, mention_copy):
            frame["date"] = [d + shift for d in frame["date"]]
            frame["date_end"] = [d + shift for d in frame["date_end"]]
            frame["event_id"] = [f"{e}-{n}" for e in frame["event_id"]]
        copy["mention_ids"] = [tuple(f"{m}-{n}" for m in ids) for ids in copy["mention_ids"]]
        mention_copy["mention_id"] = [f"{m}-{n}" for m in mention_copy["mention_id"]]
        copies.append(copy)
        mention_copies.append(mention_copy)
    grown = pd.concat(copies, ignore_index=True).head(size)
    kept = set(grown["event_id"])
    grown_mentions = pd.concat(mention_copies, ignore_index=True)
    return grown, grown_mentions[grown_mentions["event_id"].isin(kept)].reset_index(drop=True)


def render_times(events: pd.DataFrame, mentions: pd.DataFrame, documents: Sequence[object],
                 options, formats: Sequence[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds to write each format on its own."""
    seconds: dict[str, float] = {}
    for name in formats:
        only = replace(options, reports=replace(options.reports, formats=(name,)))
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            write_reports(events, mentions, documents, Path(folder), only)  # type: ignore[arg-type]
            seconds[name] = time.perf_counter() - started
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    args = parser.parse_args(argv)
    options = load_options(ROOT / "config.yaml")
    options = replace(options, inputs=(str(ROOT / "seeds"),))
    seeds = build_timeline(options)
    formats = list(options.reports.formats)
    sizes = sorted(args.sizes)
    render_times(*grow(seeds.events, seeds.mentions, sizes[0]), seeds.documents, options,
                 formats)  # warm-up: vl-convert starts its JavaScript engine once
    totals: dict[int, float] = {}
    print(f"{'events':>7}  " + "  ".join(f"{f:>10}" for f in formats) + f"  {'total s':>8}")
    for size in sizes:
        events, mentions = grow(seeds.events, seeds.mentions, size)
        seconds = render_times(events, mentions, seeds.documents, options, formats)
        totals[size] = sum(seconds.values())
        print(f"{size:>7,}  " + "  ".join(f"{seconds[f]:>10.2f}" for f in formats)
              + f"  {totals[size]:>8.2f}")
    first, last = sizes[0], sizes[-1]
    print(f"\n{last:,} events vs {first:,}: {last / first:.0f}x the events, "
          f"{totals[last] / totals[first]:.1f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
