"""Regression guard for the event stage on the annotated corpora.

Thresholds sit just below what ``python -m evaluation.events`` reached when
they were set (see the README's event-stage section for the figures and
what they mean); a change that lowers one of them must be looked at, not
waved through. The corpora live outside the repository (``../shared/eval``);
without them the test is skipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from evaluation.corpora import EVAL_DIR, EvalDoc
from evaluation.events import (
    Figures,
    MentionIndex,
    across_sentences,
    evaluate,
    gold_interval,
    run_stage,
)
from evaluation.metrics import pairwise_prf
from timeline.config import load_options

ROOT = Path(__file__).resolve().parent.parent
needs_corpora = pytest.mark.skipif(
    not (EVAL_DIR / "semeval2015-trial").is_dir()
    or not (EVAL_DIR / "meantime-apple").is_dir(),
    reason="evaluation corpora not found beside the repository")


@pytest.fixture(scope="module")
def figures() -> Figures:
    return evaluate(EVAL_DIR, load_options(ROOT / "config.yaml"))


@needs_corpora
def test_time_anchoring(figures: Figures) -> None:
    ours, baseline = figures.anchoring, figures.anchoring_baseline
    assert ours.n == baseline.n > 100
    assert ours.strict >= 0.74
    assert ours.consistent >= 0.83
    assert ours.strict > baseline.strict + 0.15
    assert ours.no_mention <= 0.05


@needs_corpora
def test_merging_beats_the_same_date_baseline(figures: Figures) -> None:
    for merging in (figures.semeval, figures.meantime, figures.meantime_cross_doc):
        assert merging.ours.precision > merging.baseline.precision
        assert merging.ours_across.precision > 2 * merging.baseline_across.precision


@needs_corpora
def test_merging_figures_do_not_regress(figures: Figures) -> None:
    assert figures.semeval.ours.f1 >= 0.24
    # Across sentences the gold still counts words inside one clause of ours
    # as other events (a quotation's "said", the "farewell" of a resignation),
    # and SemEval keeps Jobs's "has chosen to step down" apart from his
    # "resigned" (MEANTIME makes them one instance): joining the reports of
    # the resignation costs precision here and gains it on MEANTIME.
    assert figures.semeval.ours_across.precision >= 0.38
    assert figures.semeval.ours_across.f1 >= 0.41
    assert figures.semeval.ours_event_word.precision >= 0.5
    assert figures.semeval.ours_event_word.recall >= 0.1
    assert figures.meantime.ours.f1 >= 0.09
    assert figures.meantime_cross_doc.ours.f1 >= 0.35
    assert figures.meantime_cross_doc.ours_across.precision >= 0.53
    assert figures.meantime_cross_doc.ours_across.f1 >= 0.48
    assert figures.meantime_cross_doc.ours_event_word.precision >= 0.9
    assert figures.semeval.coverage >= 0.9
    assert figures.meantime.coverage >= 0.75


@pytest.mark.parametrize("value, expected", [
    ("2010-06-07", (date(2010, 6, 7), date(2010, 6, 7))),
    ("2008-02", (date(2008, 2, 1), date(2008, 2, 29))),
    ("1976", (date(1976, 1, 1), date(1976, 12, 31))),
    ("XXXX-XX-XX", None),
    ("2008-03-XX", None),
])
def test_gold_intervals(value: str, expected: tuple[date, date] | None) -> None:
    assert gold_interval(value) == expected


def test_pairs_inside_one_sentence_are_left_out() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "x", "d": "y"}
    sentence = {"a": 1, "b": 2, "c": 2, "d": 3}
    full = pairwise_prf(gold, predicted)
    across = across_sentences(gold, predicted, sentence)
    # (b, c) share a sentence: a false positive in full, absent across.
    assert (full.tp, full.fp, full.fn) == (1, 2, 1)
    assert (across.tp, across.fp, across.fn) == (1, 1, 1)


def test_gold_tokens_map_to_the_narrowest_mention_holding_them() -> None:
    text = "Dmitriev, who attended talks in Saudi Arabia last week, told CNN on Monday."
    doc = EvalDoc(doc_id="d", file_stem="d", reference=date(2025, 2, 25), text=text,
                  sentences=((0, len(text)),), sentence_ids=("1",), timexes=(), events=())
    index = MentionIndex(run_stage([doc], load_options(ROOT / "config.yaml")))
    attended = text.index("attended")
    told = text.index("told")
    clause = index.find("d", attended, attended + 8)
    main = index.find("d", told, told + 4)
    assert clause is not None and main is not None and clause != main
    assert index.mentions.at[clause, "time_text"] == "last week"
    assert index.find_trigger("d", attended, attended + 8) in (clause, None)
