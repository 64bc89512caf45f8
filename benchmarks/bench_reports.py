"""Time to render the reports as the timeline grows.

    python benchmarks/bench_reports.py [--sizes 50 500 5000]

The events and mentions are the seeds' real ones (run through the pipeline
once), repeated with their dates shifted a week per copy until each size is
reached, so titles, quotes and sources look like a real run. For each size,
the wall time of one ``write_reports`` call writing every output
(``reports.formats`` of ``config.yaml``), as a run does, then of each format
written alone (these overlap: the SVG, PNG and page each build the chart
spec, and the PNG renders the SVG); last, the growth of the one-call time
from the smallest size to the largest against the growth in events. The
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

from timeline.config import Options, load_options  # noqa: E402
from timeline.models import Document  # noqa: E402
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


def seconds_to_write(events: pd.DataFrame, mentions: pd.DataFrame,
                     documents: Sequence[Document], options: Options,
                     formats: Sequence[str]) -> float:
    """Wall seconds of one ``write_reports`` call writing ``formats``."""
    only = replace(options, reports=replace(options.reports, formats=tuple(formats)))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_reports(events, mentions, documents, Path(folder), only)
        return time.perf_counter() - started


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    sizes = sorted(parse_args(argv).sizes)
    options = replace(load_options(ROOT / "config.yaml"), inputs=(str(ROOT / "seeds"),))
    seeds = build_timeline(options)
    formats = list(options.reports.formats)
    # Warm-up: vl-convert starts its JavaScript engine once per process.
    seconds_to_write(*grow(seeds.events, seeds.mentions, sizes[0]), seeds.documents, options,
                     formats)
    together: dict[int, float] = {}
    print(f"{'events':>7}  {'all, s':>7}  " + "  ".join(f"{f:>10}" for f in formats))
    for size in sizes:
        events, mentions = grow(seeds.events, seeds.mentions, size)
        together[size] = seconds_to_write(events, mentions, seeds.documents, options, formats)
        alone = [seconds_to_write(events, mentions, seeds.documents, options, [f])
                 for f in formats]
        print(f"{size:>7,}  {together[size]:>7.2f}  " + "  ".join(f"{s:>10.2f}" for s in alone))
    first, last = sizes[0], sizes[-1]
    print(f"\nall outputs, {last:,} events vs {first:,}: {last / first:.0f}x the events, "
          f"{together[last] / together[first]:.1f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
