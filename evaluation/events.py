"""Score the event stage (mentions + merge) on the annotated news corpora.

``python -m evaluation.events`` prints, ours beside a baseline:

- *Time anchoring* (SemEval-2015 trial): every gold timeline mention whose
  line has a date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) is looked up in our
  mentions: ours is the narrowest mention whose ``[char_start, char_end)``
  holds the gold token. *Strict*: our interval is exactly the gold date at its
  granularity (the day; the whole month, first to last day; the whole year).
  *Within*: our interval lies inside the gold unit (a day inside the gold
  month counts). A gold mention without any mention of ours is counted
  wrong and reported apart (``no mention``). Baseline: every gold mention
  dated with its article's date, as one day.
- *Merging* (SemEval timelines and MEANTIME instances): pairwise P/R/F1 of
  "these two gold mentions are in the same event of ours". Gold clusters:
  a timeline line (SemEval), an ``instance_id`` (MEANTIME; all mentions, and
  the cross-document instances alone). Ours: the ``event_id`` of our mention
  for the gold token; a gold mention without one is a singleton. Baseline:
  every mention dated with its article's date and merged with every mention
  of the same date.

Our run is the real one: ``Document`` records are built from the corpus
text and publication date and go through ``extract_mentions`` and
``merge_mentions`` with the project's ``config.yaml`` options.
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import sys
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from evaluation.corpora import EvalDoc, load_meantime, load_semeval, mention_span
from evaluation.metrics import PRF, format_table, pairwise_prf
from timeline.config import Options, load_options
from timeline.mentions import extract_mentions
from timeline.merge import merge_mentions
from timeline.models import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


@dataclass(frozen=True)
class Anchoring:
    """Time-anchoring figures over ``n`` dated gold mentions."""

    n: int
    strict: float
    within: float
    no_mention: float


@dataclass(frozen=True)
class Figures:
    """Everything ``python -m evaluation.events`` prints, for tests to check."""

    anchoring: Anchoring
    anchoring_baseline: Anchoring
    semeval: PRF
    semeval_baseline: PRF
    semeval_coverage: float
    meantime: PRF
    meantime_baseline: PRF
    meantime_cross: PRF
    meantime_cross_baseline: PRF
    meantime_coverage: float


def to_documents(docs: Sequence[EvalDoc]) -> list[Document]:
    """One ``Document`` per corpus article: its id, publication date and text."""
    return [Document(doc_id=d.doc_id, date=d.reference, text=d.text, title=d.title or "",
                     path=d.file_stem) for d in docs]


def run_stage(docs: Sequence[EvalDoc], options: Options) -> pd.DataFrame:
    """Our mentions (``event_id`` filled in) for the corpus articles."""
    documents = to_documents(docs)
    mentions = extract_mentions(documents, options)
    _, merged = merge_mentions(mentions, options)
    return merged


class MentionIndex:
    """Finds our narrowest mention holding a character span of an article."""

    def __init__(self, mentions: pd.DataFrame) -> None:
        self._by_doc: dict[str, list[tuple[int, int, int]]] = {}
        for row, (doc, start, end) in enumerate(zip(mentions["doc_id"], mentions["char_start"],
                                                    mentions["char_end"])):
            self._by_doc.setdefault(doc, []).append((int(start), int(end), row))
        for spans in self._by_doc.values():
            spans.sort()
        self.mentions = mentions

    def find(self, doc_id: str, start: int, end: int) -> int | None:
        spans = self._by_doc.get(doc_id, [])
        stop = bisect.bisect_right(spans, (start, 10**12, 10**12))
        holding = [(e - s, row) for s, e, row in spans[:stop] if s <= start and end <= e]
        return min(holding)[1] if holding else None


def gold_interval(value: str) -> tuple[date, date] | None:
    """The calendar interval of a gold date ``YYYY-MM-DD``, ``YYYY-MM`` or
    ``YYYY``; None for values with ``X`` placeholders or anything else."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return day, day
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return None


def _anchoring(results: Sequence[tuple[tuple[date, date], tuple[date, date] | None]]) -> Anchoring:
    n = len(results)
    if not n:
        return Anchoring(0, 0.0, 0.0, 0.0)
    strict = sum(1 for gold, ours in results if ours is not None and ours == gold)
    within = sum(1 for gold, ours in results
                 if ours is not None and gold[0] <= ours[0] and ours[1] <= gold[1])
    missing = sum(1 for _, ours in results if ours is None)
    return Anchoring(n, strict / n, within / n, missing / n)


def _pairwise(gold: Mapping[Hashable, Hashable], index: MentionIndex,
              spans: Mapping[Hashable, tuple[str, int, int]]) -> tuple[PRF, float]:
    predicted: dict[Hashable, Hashable] = {}
    for item, (doc_id, start, end) in spans.items():
        row = index.find(doc_id, start, end)
        if row is not None:
            predicted[item] = index.mentions.at[row, "event_id"]
    coverage = len(predicted) / len(gold) if gold else 0.0
    return pairwise_prf(gold, predicted), coverage


def semeval_figures(folder: Path, options: Options) -> tuple[Anchoring, Anchoring, PRF, PRF, float]:
    """Anchoring (ours, baseline), pairwise merging (ours, baseline), coverage."""
    docs, timelines = load_semeval(folder)
    by_id = {d.doc_id: d for d in docs}
    index = MentionIndex(run_stage(docs, options))
    gold: dict[Hashable, Hashable] = {}
    spans: dict[Hashable, tuple[str, int, int]] = {}
    dates: dict[Hashable, str] = {}
    for timeline in timelines:
        for line, event in enumerate(timeline.events):
            for ref in event.mentions:
                item = (ref.doc_id, ref.sentence, ref.word)
                span = mention_span(by_id, ref)
                if item in gold or span is None:
                    continue  # a mention on two timelines is scored once
                gold[item] = (timeline.entity, line)
                spans[item] = (ref.doc_id, *span)
                dates[item] = event.date
    ours: list[tuple[tuple[date, date], tuple[date, date] | None]] = []
    base: list[tuple[tuple[date, date], tuple[date, date] | None]] = []
    for item, value in dates.items():
        interval = gold_interval(value)
        if interval is None:
            continue
        doc_id, start, end = spans[item]
        row = index.find(doc_id, start, end)
        found = None
        if row is not None:
            found = (index.mentions.at[row, "date"], index.mentions.at[row, "date_end"])
        ours.append((interval, found))
        reference = by_id[doc_id].reference
        base.append((interval, (reference, reference)))
    merged, coverage = _pairwise(gold, index, spans)
    baseline = pairwise_prf(gold, {item: by_id[spans[item][0]].reference for item in gold})
    return _anchoring(ours), _anchoring(base), merged, baseline, coverage


def meantime_figures(folder: Path, options: Options) -> tuple[PRF, PRF, PRF, PRF, float]:
    """Pairwise merging on instance ids: all mentions (ours, baseline), the
    cross-document instances only (ours, baseline), and coverage."""
    docs = load_meantime(folder)
    index = MentionIndex(run_stage(docs, options))
    gold: dict[Hashable, Hashable] = {}
    cross: dict[Hashable, Hashable] = {}
    spans: dict[Hashable, tuple[str, int, int]] = {}
    reference: dict[Hashable, date] = {}
    for doc in docs:
        for event in doc.events:
            item = (doc.doc_id, event.start, event.end)
            gold[item] = event.instance_id
            spans[item] = item
            reference[item] = doc.reference
            if event.is_cross_doc:
                cross[item] = event.instance_id
    merged, coverage = _pairwise(gold, index, spans)
    merged_cross, _ = _pairwise(cross, index, {k: spans[k] for k in cross})
    return (merged, pairwise_prf(gold, reference), merged_cross,
            pairwise_prf(cross, {k: reference[k] for k in cross}), coverage)


def evaluate(eval_dir: Path = DEFAULT_EVAL, options: Options | None = None) -> Figures:
    """All figures, from ``eval_dir/semeval2015-trial`` and ``eval_dir/meantime-apple``."""
    if options is None:
        options = load_options(ROOT / "config.yaml")
    anchoring, anchoring_base, semeval, semeval_base, semeval_cov = semeval_figures(
        eval_dir / "semeval2015-trial", options)
    meantime, meantime_base, cross, cross_base, meantime_cov = meantime_figures(
        eval_dir / "meantime-apple", options)
    return Figures(anchoring, anchoring_base, semeval, semeval_base, semeval_cov,
                   meantime, meantime_base, cross, cross_base, meantime_cov)


def _prf_row(name: str, system: str, prf: PRF, coverage: float | None = None) -> dict[str, object]:
    row: dict[str, object] = {"data": name, "system": system, "P": prf.precision,
                              "R": prf.recall, "F1": prf.f1, "tp": prf.tp, "fp": prf.fp,
                              "fn": prf.fn}
    if coverage is not None:
        row["coverage"] = coverage
    return row


def report(figures: Figures) -> str:
    """The two tables, as printed by the command."""
    a, b = figures.anchoring, figures.anchoring_baseline
    anchoring = format_table([
        {"system": "ours", "gold dated": a.n, "strict": a.strict, "within": a.within,
         "no mention": a.no_mention},
        {"system": "baseline: article date", "gold dated": b.n, "strict": b.strict,
         "within": b.within, "no mention": b.no_mention},
    ])
    merging = format_table([
        _prf_row("semeval lines", "ours", figures.semeval, figures.semeval_coverage),
        _prf_row("semeval lines", "baseline: same article date", figures.semeval_baseline),
        _prf_row("meantime instances", "ours", figures.meantime, figures.meantime_coverage),
        _prf_row("meantime instances", "baseline: same article date", figures.meantime_baseline),
        _prf_row("meantime cross-doc", "ours", figures.meantime_cross),
        _prf_row("meantime cross-doc", "baseline: same article date",
                 figures.meantime_cross_baseline),
    ])
    return ("Time anchoring of dated gold events (SemEval-2015 trial)\n" + anchoring
            + "\n\nPairwise merging: two gold mentions in one event of ours\n" + merging)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.events",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL,
                        help="folder holding semeval2015-trial/ and meantime-apple/")
    parser.add_argument("--config", type=Path, default=ROOT / "config.yaml",
                        help="config file whose options the run uses")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(report(evaluate(args.eval_dir, load_options(args.config))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
