"""The report stage: turn the events and mentions frames into files people read.

``write_reports`` is the whole API. One module per output:

* ``chart``   -> ``timeline.vl.json``, ``timeline.html``, ``timeline.svg``, ``timeline.png``
* ``digest``  -> ``digest.md``
* ``exports`` -> ``events.csv``, ``mentions.csv``, ``events.json``, ``timelinejs.json``,
  ``events.ics``
* ``page``    -> ``index.html`` (chart, digest and downloads; works offline)

Which outputs are written is ``ReportOptions.formats``. Outputs are
deterministic: the same frames give byte-identical files.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from timeline.config import Options
from timeline.models import Document
from timeline.reports import chart, digest, exports, page

log = logging.getLogger(__name__)

# Output name in ReportOptions.formats -> the files it writes.
FORMAT_FILES: dict[str, tuple[str, ...]] = {
    "chart": ("timeline.vl.json", "timeline.html"),
    "svg": ("timeline.svg",),
    "png": ("timeline.png",),
    "digest": ("digest.md",),
    "csv": ("events.csv", "mentions.csv"),
    "json": ("events.json",),
    "timelinejs": ("timelinejs.json",),
    "ics": ("events.ics",),
    "page": ("index.html",),
}


def write_reports(events: pd.DataFrame, mentions: pd.DataFrame,
                  documents: Sequence[Document], out_dir: Path,
                  options: Options) -> list[Path]:
    """Write the outputs chosen in ``options.reports.formats`` into ``out_dir``.

    ``out_dir`` must exist. Returns the paths written, sorted. Text files are
    UTF-8 with "\\n" line ends (``events.ics`` uses CRLF, as RFC 5545 requires).
    """
    out_dir = Path(out_dir)
    formats = set(options.reports.formats)
    names = sorted(name for fmt in formats for name in FORMAT_FILES[fmt])
    # Shared intermediate results, computed once and only if an output needs them.
    spec = cache(lambda: chart.chart_spec(events, documents, options))
    content = cache(lambda: digest.build_digest(events, mentions, documents, options))
    svg = cache(lambda: chart.to_svg(spec()))
    writers: dict[str, Callable[[], str | bytes]] = {
        "timeline.vl.json": lambda: chart.spec_json(spec()),
        "timeline.html": lambda: chart.to_html(spec()),
        "timeline.svg": svg,
        "timeline.png": lambda: chart.to_png(svg()),
        "digest.md": lambda: digest.render_markdown(content()),
        "events.csv": lambda: exports.events_csv(events),
        "mentions.csv": lambda: exports.mentions_csv(mentions),
        "events.json": lambda: exports.events_json(events, documents),
        "timelinejs.json": lambda: exports.timelinejs_json(events, documents, options),
        "events.ics": lambda: exports.events_ics(events, documents),
        "index.html": lambda: page.render_page(
            content(), page.responsive(spec()), [n for n in names if n != "index.html"],
            len(events)),
    }
    written = []
    for name in names:
        data = writers[name]()
        path = out_dir / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            # newline="" keeps "\n" as written (and the CRLF the ics format needs).
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(data)
        written.append(path)
        log.debug("wrote %s", path)
    return sorted(written)


__all__ = ["write_reports", "FORMAT_FILES"]
