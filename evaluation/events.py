"""Score the event stage (mentions + merge) on the annotated news corpora.

``python -m evaluation.events`` prints, ours beside a baseline:

- *Time anchoring* (SemEval-2015 trial): every gold timeline mention whose
  line has a date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) is looked up in our
  mentions: ours is the narrowest mention whose ``[char_start, char_end)``
  holds the gold token. *Strict*: our interval is exactly the gold date at its
  granularity (the day; the whole month, first to last day; the whole year).
  *Within*: our interval lies inside the gold unit (a day inside the gold
  month counts). *Consistent*: within, or our interval holds the gold unit
  (a vague "on or before the article's date" that holds the gold day is not
  wrong, only less precise). A gold mention without any mention of ours is
  counted wrong and reported apart (``no mention``). Baseline: every gold mention
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

from evaluation.corpora import EVAL_DIR, EvalDoc, load_meantime, load_semeval, mention_span
from evaluation.metrics import PRF, format_table, pairwise_prf, prf
from timeline.config import Options, load_options
from timeline.mentions import extract_mentions
from timeline.merge import merge_mentions
from timeline.models import Document

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Anchoring:
    """Time-anchoring figures over ``n`` dated gold mentions."""

    n: int
    strict: float
    within: float
    no_mention: float
    consistent: float = 0.0  # our interval holds the gold date, or lies inside it: not wrong


@dataclass(frozen=True)
class Merging:
    """Pairwise merging figures on one gold clustering, ours and the baseline's:
    over all pairs, and over the pairs whose items lie in different sentences."""

    ours: PRF
    baseline: PRF
    ours_across: PRF
    baseline_across: PRF
    ours_event_word: PRF  # a gold mention is ours only if it is our mention's event word
    coverage: float  # share of gold mentions inside a mention of ours
    coverage_event_word: float  # share that is the event word of a mention of ours


@dataclass(frozen=True)
class Figures:
    """Everything ``python -m evaluation.events`` prints, for tests to check."""

    anchoring: Anchoring
    anchoring_baseline: Anchoring
    semeval: Merging
    meantime: Merging
    meantime_cross_doc: Merging  # MEANTIME instances annotated across documents only


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
        self._triggers: dict[tuple[str, int], int] = {}
        for row, (doc, start, word) in enumerate(zip(mentions["doc_id"],
                                                     mentions["trigger_start"],
                                                     mentions["trigger"])):
            for offset in range(int(start), int(start) + len(word)) if start >= 0 else ():
                self._triggers.setdefault((doc, offset), row)
        self.mentions = mentions

    def find_trigger(self, doc_id: str, start: int, end: int) -> int | None:
        """Our mention whose event word overlaps the span, if any."""
        for offset in range(start, end):
            row = self._triggers.get((doc_id, offset))
            if row is not None:
                return row
        return None

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
    consistent = sum(1 for gold, ours in results if ours is not None and (
        (gold[0] <= ours[0] and ours[1] <= gold[1]) or (ours[0] <= gold[0] and gold[1] <= ours[1])))
    return Anchoring(n, strict / n, within / n, missing / n, consistent / n)


def across_sentences(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable],
                     sentence_of: Mapping[Hashable, Hashable]) -> PRF:
    """Pairwise P/R/F1 over the pairs whose two items lie in different sentences.

    Our mentions are sentences or clauses, so two gold events of one
    sentence usually share a mention; those pairs measure segmentation, not
    merging, and are left out here. Counts are the full ones minus those of
    the pairs inside each sentence.
    """
    full = pairwise_prf(gold, predicted)
    groups: dict[Hashable, list[Hashable]] = {}
    for item in gold:
        groups.setdefault(sentence_of[item], []).append(item)
    tp, fp, fn = full.tp, full.fp, full.fn
    for items in groups.values():
        if len(items) < 2:
            continue
        inner = pairwise_prf({i: gold[i] for i in items},
                             {i: predicted[i] for i in items if i in predicted})
        tp, fp, fn = tp - inner.tp, fp - inner.fp, fn - inner.fn
    return prf(tp, fp, fn)


def _predicted(index: MentionIndex, spans: Mapping[Hashable, tuple[str, int, int]],
               by_event_word: bool = False) -> dict[Hashable, Hashable]:
    predicted: dict[Hashable, Hashable] = {}
    for item, (doc_id, start, end) in spans.items():
        row = (index.find_trigger if by_event_word else index.find)(doc_id, start, end)
        if row is not None:
            predicted[item] = index.mentions.at[row, "event_id"]
    return predicted


def _merging(gold: Mapping[Hashable, Hashable], index: MentionIndex,
             spans: Mapping[Hashable, tuple[str, int, int]],
             sentence_of: Mapping[Hashable, Hashable],
             reference: Mapping[Hashable, date]) -> Merging:
    predicted = _predicted(index, spans)
    heads = _predicted(index, spans, by_event_word=True)
    baseline = {item: reference[item] for item in gold}
    return Merging(
        ours=pairwise_prf(gold, predicted),
        baseline=pairwise_prf(gold, baseline),
        ours_across=across_sentences(gold, predicted, sentence_of),
        baseline_across=across_sentences(gold, baseline, sentence_of),
        ours_event_word=pairwise_prf(gold, heads),
        coverage=len(predicted) / len(gold) if gold else 0.0,
        coverage_event_word=len(heads) / len(gold) if gold else 0.0,
    )


def semeval_figures(folder: Path, options: Options) -> tuple[Anchoring, Anchoring, Merging]:
    """Anchoring (ours, baseline) and merging on the timelines' lines."""
    docs, timelines = load_semeval(folder)
    by_id = {d.doc_id: d for d in docs}
    index = MentionIndex(run_stage(docs, options))
    gold: dict[Hashable, Hashable] = {}
    spans: dict[Hashable, tuple[str, int, int]] = {}
    dates: dict[Hashable, str] = {}
    refs: list[tuple[str, str, str]] = []
    for timeline in timelines:
        for line, event in enumerate(timeline.events):
            for ref in event.mentions:
                item = (ref.doc_id, ref.sentence, ref.word)
                span = mention_span(by_id, ref)
                if item in gold or span is None:
                    continue  # a mention on two timelines is scored once
                gold[item] = (timeline.entity, line)
                refs.append(item)
                spans[item] = (ref.doc_id, *span)
                dates[item] = event.date
    ours: list[tuple[tuple[date, date], tuple[date, date] | None]] = []
    base: list[tuple[tuple[date, date], tuple[date, date] | None]] = []
    for key, value in dates.items():
        interval = gold_interval(value)
        if interval is None:
            continue
        doc_id, start, end = spans[key]
        row = index.find(doc_id, start, end)
        found: tuple[date, date] | None = None
        if row is not None:
            found = (index.mentions.at[row, "date"],  # type: ignore[assignment]
                     index.mentions.at[row, "date_end"])
        ours.append((interval, found))
        reference = by_id[doc_id].reference
        base.append((interval, (reference, reference)))
    sentence_of: dict[Hashable, Hashable] = {ref: ref[:2] for ref in refs}
    references: dict[Hashable, date] = {ref: by_id[ref[0]].reference for ref in refs}
    merging = _merging(gold, index, spans, sentence_of, references)
    return _anchoring(ours), _anchoring(base), merging


def meantime_figures(folder: Path, options: Options) -> tuple[Merging, Merging]:
    """Merging on instance ids: all annotated mentions, and the mentions of
    instances annotated across documents."""
    docs = load_meantime(folder)
    index = MentionIndex(run_stage(docs, options))
    gold: dict[Hashable, Hashable] = {}
    cross: dict[Hashable, Hashable] = {}
    spans: dict[Hashable, tuple[str, int, int]] = {}
    sentence_of: dict[Hashable, Hashable] = {}
    reference: dict[Hashable, date] = {}
    for doc in docs:
        for event in doc.events:
            item = (doc.doc_id, event.start, event.end)
            gold[item] = event.instance_id
            spans[item] = item
            sentence_of[item] = (doc.doc_id, event.sentence)
            reference[item] = doc.reference
            if event.is_cross_doc:
                cross[item] = event.instance_id
    return (_merging(gold, index, spans, sentence_of, reference),
            _merging(cross, index, {k: spans[k] for k in cross}, sentence_of, reference))


def evaluate(eval_dir: Path = EVAL_DIR, options: Options | None = None) -> Figures:
    """All figures, from ``eval_dir/semeval2015-trial`` and ``eval_dir/meantime-apple``."""
    if options is None:
        options = load_options(ROOT / "config.yaml")
    anchoring, anchoring_base, semeval = semeval_figures(eval_dir / "semeval2015-trial", options)
    meantime, cross = meantime_figures(eval_dir / "meantime-apple", options)
    return Figures(anchoring, anchoring_base, semeval, meantime, cross)


def _prf_row(name: str, pairs: str, system: str, prf: PRF,
             coverage: float | None = None) -> dict[str, object]:
    row: dict[str, object] = {"gold": name, "pairs": pairs, "system": system,
                              "P": prf.precision,
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
         "consistent": a.consistent, "no mention": a.no_mention},
        {"system": "baseline: article date", "gold dated": b.n, "strict": b.strict,
         "within": b.within, "consistent": b.consistent, "no mention": b.no_mention},
    ])
    rows: list[dict[str, object]] = []
    for name, merging in (("semeval lines", figures.semeval),
                          ("meantime instances", figures.meantime),
                          ("meantime cross-doc instances", figures.meantime_cross_doc)):
        rows.append(_prf_row(name, "all", "ours", merging.ours, merging.coverage))
        rows.append(_prf_row(name, "all", "baseline", merging.baseline))
        rows.append(_prf_row(name, "across sentences", "ours", merging.ours_across))
        rows.append(_prf_row(name, "across sentences", "baseline", merging.baseline_across))
        rows.append(_prf_row(name, "event words", "ours", merging.ours_event_word,
                             merging.coverage_event_word))
    return ("Time anchoring of dated gold events (SemEval-2015 trial)\n" + anchoring
            + "\n\nPairwise merging: two gold mentions in one event of ours"
            + " (baseline: article date, same date merged)\n" + format_table(rows))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.events",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
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
