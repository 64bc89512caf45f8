"""Score ``timeline.temporal.find_times`` against human TIMEX3 annotation.

Run ``python -m evaluation.timex`` (``--eval-dir DIR``, ``--errors`` to list
our misses and wrong values, ``--whole-text``, ``--ours-only``). For each
corpus it prints, for our tagger and for a plain ``dateparser`` baseline run
in the same process, the TempEval-3 measures overall and per TimeML type:

- strict span P/R/F1: a prediction matches a gold expression with exactly
  the same character span;
- relaxed span P/R/F1: the spans overlap (each gold and each prediction is
  matched at most once);
- value accuracy: among relaxed matches, the share whose TIMEX3 value is the
  gold value; value F1 = relaxed F1 x value accuracy;
- type accuracy: among relaxed matches, the share with the gold type.

Per-type rows restrict both the gold and the predictions to that type, so an
expression of the wrong type counts against both types.

``evaluate_meantime()`` returns the figures (system -> type -> ``TimexScores``)
for code, e.g. the regression test ``tests/test_eval_timex.py``.

Scoring decisions (TempEval-3 conventions, adapted to the data):

- The document creation time is scored when it is written in the text (the
  MEANTIME dateline "March 06 , 2008" is a token span with a TIMEX3); TimeML
  corpora that keep it in a separate ``<DCT>`` element have no span for it,
  and it is not scored there.
- MEANTIME annotated time expressions in the headline and the first five
  sentences of each article only (its guidelines; the dateline is tokenised
  as sentence 1 here). Predictions and gold are compared within those six
  sentences, else every later date would count as a false positive.
  ``--whole-text`` turns the window off.
- The SemEval-2015 trial data has no TIMEX3 in its text (only the DCT), so
  there is nothing to score: the harness prints how many expressions of each
  type each system finds there, which is all the data supports.

The baseline is ``dateparser.search.search_dates`` with the article date as
``RELATIVE_BASE``; it has no notion of type or precision, so its value is the
day it returns (``YYYY-MM-DD``, with ``THH:MM`` when a clock time was found)
and its type DATE, or TIME in the latter case.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from evaluation.corpora import EVAL_DIR, EvalDoc, load_meantime, load_semeval
from evaluation.metrics import PRF, format_table, prf
from timeline.temporal import find_times

TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
MEANTIME_TIMEX_SENTENCES = 6
"""Headline + first five sentences: the part of a MEANTIME article with TIMEX3 annotation."""


@dataclass(frozen=True)
class Timex:
    """A time expression as scored: a span, a TimeML type and a TIMEX3 value."""

    start: int
    end: int
    type: str
    value: str


Tagger = Callable[[str, date], list[Timex]]


@dataclass(frozen=True)
class TimexScores:
    """TempEval-3 figures for one system on one slice of the gold."""

    gold: int
    predicted: int
    strict: PRF
    relaxed: PRF
    value_accuracy: float
    value_f1: float
    type_accuracy: float


# --- the two systems ---------------------------------------------------------------


def ours(text: str, reference: date) -> list[Timex]:
    """``find_times`` as scored."""
    return [Timex(t.start, t.end, t.type, t.value) for t in find_times(text, reference)]


def baseline(text: str, reference: date) -> list[Timex]:
    """Plain ``dateparser.search.search_dates`` with the reference date.

    search_dates returns substrings without offsets: each is located in the
    text after the previous one.
    """
    from dateparser.search import search_dates  # slow import, only when used

    settings = {"RELATIVE_BASE": datetime.combine(reference, time()),
                "RETURN_AS_TIMEZONE_AWARE": False}
    found = search_dates(text, languages=["en"], settings=settings) or []
    result = []
    cursor = 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
            if start < 0:
                continue
        end = start + len(substring)
        cursor = end
        if moment.time() != time():
            result.append(Timex(start, end, "TIME", moment.strftime("%Y-%m-%dT%H:%M")))
        else:
            result.append(Timex(start, end, "DATE", moment.date().isoformat()))
    return result


SYSTEMS: dict[str, Tagger] = {"ours": ours, "dateparser": baseline}


# --- scoring --------------------------------------------------------------------------


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _relaxed_pairs(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlap matching: each gold takes the overlapping prediction
    that overlaps it most (exact matches first), each prediction used once."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if _overlaps(g, p):
                overlap = min(g.end, p.end) - max(g.start, p.start)
                exact = (g.start, g.end) == (p.start, p.end)
                pairs.append((-(exact * 10**6 + overlap), gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for _score, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matched.append((gold[gi], predicted[pi]))
    return matched


@dataclass
class _Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: Sequence[Timex], predicted: Sequence[Timex]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        spans = {(p.start, p.end) for p in predicted}
        self.strict += sum((g.start, g.end) in spans for g in gold)
        for g, p in _relaxed_pairs(gold, predicted):
            self.relaxed += 1
            self.value += g.value == p.value
            self.type += g.type == p.type

    def scores(self) -> TimexScores:
        strict = prf(self.strict, self.predicted - self.strict, self.gold - self.strict)
        relaxed = prf(self.relaxed, self.predicted - self.relaxed, self.gold - self.relaxed)
        accuracy = self.value / self.relaxed if self.relaxed else 0.0
        type_accuracy = self.type / self.relaxed if self.relaxed else 0.0
        return TimexScores(self.gold, self.predicted, strict, relaxed, accuracy,
                           relaxed.f1 * accuracy, type_accuracy)


def _window(doc: EvalDoc, sentences: int | None) -> int:
    """End offset of the scored part of ``doc`` (the whole text when None)."""
    if sentences is None or len(doc.sentences) <= sentences:
        return len(doc.text)
    return doc.sentences[sentences - 1][1]


def score_documents(docs: Iterable[EvalDoc], tagger: Tagger, sentences: int | None = None,
                    creation_time: bool = True) -> dict[str, TimexScores]:
    """Scores of ``tagger`` on ``docs``: key ``ALL`` and one per TimeML type.

    Each document is tagged whole, with its creation date as the reference;
    only expressions that start within the first ``sentences`` sentences are
    scored (all when None). With ``creation_time=False`` the gold creation
    time (the dateline) and any prediction overlapping it are left out.
    """
    counts = {key: _Counts() for key in ("ALL", *TYPES)}
    for doc in docs:
        limit = _window(doc, sentences)
        gold = [Timex(t.start, t.end, t.type, t.value) for t in doc.timexes
                if t.start < limit and (creation_time or not t.is_creation_time)]
        predicted = [p for p in tagger(doc.text, doc.reference) if p.start < limit]
        if not creation_time:
            datelines = [Timex(t.start, t.end, t.type, t.value) for t in doc.timexes if t.is_creation_time]
            predicted = [p for p in predicted if not any(_overlaps(p, d) for d in datelines)]
        counts["ALL"].add(gold, predicted)
        for kind in TYPES:
            counts[kind].add([g for g in gold if g.type == kind], [p for p in predicted if p.type == kind])
    return {key: c.scores() for key, c in counts.items()}


def evaluate_meantime(folder: Path | None = None, systems: Mapping[str, Tagger] | None = None,
                      whole_text: bool = False, creation_time: bool = True) -> dict[str, dict[str, TimexScores]]:
    """Scores per system (``ours``, ``dateparser``) and type on MEANTIME.

    ``creation_time=False`` leaves the datelines out of the scoring.
    """
    docs = load_meantime(folder or EVAL_DIR / "meantime-apple")
    window = None if whole_text else MEANTIME_TIMEX_SENTENCES
    return {name: score_documents(docs, tagger, window, creation_time)
            for name, tagger in (systems or SYSTEMS).items()}


def count_semeval(folder: Path | None = None,
                  systems: Mapping[str, Tagger] | None = None) -> dict[str, Counter[str]]:
    """Expressions found per type on the SemEval trial documents (no gold to score)."""
    docs, _timelines = load_semeval(folder or EVAL_DIR / "semeval2015-trial")
    found: dict[str, Counter[str]] = {}
    for name, tagger in (systems or SYSTEMS).items():
        counter: Counter[str] = Counter()
        for doc in docs:
            counter.update(t.type for t in tagger(doc.text, doc.reference))
        found[name] = counter
    return found


def error_lines(docs: Iterable[EvalDoc], tagger: Tagger, sentences: int | None = None) -> list[str]:
    """One line per miss, false alarm and wrong value of ``tagger``, for tuning by eye."""
    lines = []
    for doc in docs:
        limit = _window(doc, sentences)
        gold = [Timex(t.start, t.end, t.type, t.value) for t in doc.timexes if t.start < limit]
        predicted = [p for p in tagger(doc.text, doc.reference) if p.start < limit]
        pairs = _relaxed_pairs(gold, predicted)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        where = f"{doc.doc_id} ({doc.reference})"
        lines += [f"{where} missed   {doc.text[g.start:g.end]!r} {g.type} {g.value}"
                  for g in gold if id(g) not in matched_gold]
        lines += [f"{where} spurious {doc.text[p.start:p.end]!r} {p.type} {p.value}"
                  for p in predicted if id(p) not in matched_pred]
        lines += [f"{where} value    {doc.text[g.start:g.end]!r} gold {g.type} {g.value}, "
                  f"ours {doc.text[p.start:p.end]!r} {p.type} {p.value}"
                  for g, p in pairs if g.value != p.value]
    return lines


def score_rows(corpus: str, results: Mapping[str, Mapping[str, TimexScores]]) -> list[dict[str, object]]:
    """Table rows: one per system and type, types without gold or predictions left out."""
    rows: list[dict[str, object]] = []
    for kind in ("ALL", *TYPES):
        for system, by_type in results.items():
            s = by_type[kind]
            if not (s.gold or s.predicted):
                continue
            rows.append({
                "corpus": corpus, "type": kind, "system": system, "gold": s.gold, "pred": s.predicted,
                "strict P": s.strict.precision, "strict R": s.strict.recall, "strict F1": s.strict.f1,
                "relaxed P": s.relaxed.precision, "relaxed R": s.relaxed.recall,
                "relaxed F1": s.relaxed.f1, "value acc": s.value_accuracy, "value F1": s.value_f1,
                "type acc": s.type_accuracy,
            })
    return rows


# --- command line ----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.timex", description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
                        help="folder holding meantime-apple/ and semeval2015-trial/")
    parser.add_argument("--whole-text", action="store_true",
                        help="score MEANTIME over whole articles, not only the annotated sentences")
    parser.add_argument("--ours-only", action="store_true", help="skip the (slow) dateparser baseline")
    parser.add_argument("--errors", action="store_true",
                        help="also list our misses, false alarms and wrong values on MEANTIME")
    return parser.parse_args(argv)


def process_args(args: argparse.Namespace) -> str:
    systems = {"ours": ours} if args.ours_only else SYSTEMS
    lines = []
    meantime = args.eval_dir / "meantime-apple"
    if meantime.is_dir():
        results = evaluate_meantime(meantime, systems, args.whole_text)
        window = "whole articles" if args.whole_text else "headline + first 5 sentences (annotated part)"
        lines += [f"MEANTIME-apple: time expressions, {window}", format_table(score_rows("meantime", results)), ""]
        bare = evaluate_meantime(meantime, systems, args.whole_text, creation_time=False)
        rows = [row for row in score_rows("meantime", bare) if row["type"] == "ALL"]
        lines += ["MEANTIME-apple without the datelines (creation times written in the text):",
                  format_table(rows), ""]
        if args.errors:
            window_size = None if args.whole_text else MEANTIME_TIMEX_SENTENCES
            lines += ["Our errors on MEANTIME-apple:",
                      *error_lines(load_meantime(meantime), ours, window_size), ""]
    else:
        lines.append(f"MEANTIME-apple: not found at {meantime}")
    semeval = args.eval_dir / "semeval2015-trial"
    if semeval.is_dir():
        counts = count_semeval(semeval, systems)
        lines.append("SemEval-2015 trial: no TIMEX3 gold in the text (only the DCT); expressions found:")
        lines.append(format_table([{"system": name, **{k: c.get(k, 0) for k in TYPES}, "total": sum(c.values())}
                                   for name, c in counts.items()]))
    else:
        lines.append(f"SemEval-2015 trial: not found at {semeval}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    print(process_args(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
