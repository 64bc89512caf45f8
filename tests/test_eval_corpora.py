"""The evaluation corpus readers and the shared metrics."""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from evaluation.corpora import (
    EVAL_DIR,
    EvalDoc,
    GoldTimeline,
    MentionRef,
    load_meantime,
    load_semeval,
    mention_span,
)
from evaluation.metrics import format_table, pairwise_prf, prf

needs_data = pytest.mark.skipif(not EVAL_DIR.is_dir(), reason=f"no eval data at {EVAL_DIR}")


@pytest.fixture(scope="module")
def meantime() -> list[EvalDoc]:
    return load_meantime(EVAL_DIR / "meantime-apple")


@pytest.fixture(scope="module")
def semeval() -> tuple[list[EvalDoc], list[GoldTimeline]]:
    return load_semeval(EVAL_DIR / "semeval2015-trial")


# --- MEANTIME ------------------------------------------------------------------


@needs_data
def test_meantime_loads_all_documents(meantime: list[EvalDoc]) -> None:
    assert len(meantime) == 30
    assert len({d.doc_id for d in meantime}) == 30


@needs_data
def test_meantime_timex_spans_match_text(meantime: list[EvalDoc]) -> None:
    timexes = [(d, t) for d in meantime for t in d.timexes]
    assert len(timexes) > 100
    for doc, timex in timexes:
        assert doc.text[timex.start:timex.end] == timex.text
        assert "\n" not in timex.text  # never crosses a sentence line


@needs_data
def test_meantime_creation_time_is_the_reference(meantime: list[EvalDoc]) -> None:
    doc = next(d for d in meantime if d.doc_id == "10450_Apple_Computer_CEO")
    assert doc.reference.isoformat() == "2005-06-06"
    for doc in meantime:
        created = [t for t in doc.timexes if t.is_creation_time]
        assert len(created) <= 1
        if created:
            assert created[0].value.startswith(doc.reference.isoformat())


@needs_data
def test_meantime_sentences_are_lines(meantime: list[EvalDoc]) -> None:
    for doc in meantime:
        assert [doc.text[s:e] for s, e in doc.sentences] == doc.text.split("\n")
        for event in doc.events:
            start, end = doc.sentences[event.sentence]
            assert start <= event.start < event.end <= end
            if len(event.parts) == 1:
                assert doc.text[event.start:event.end] == event.text


@needs_data
def test_meantime_instances_shared_across_documents(meantime: list[EvalDoc]) -> None:
    docs_of: dict[str, set[str]] = defaultdict(set)
    for doc in meantime:
        for event in doc.events:
            if event.is_cross_doc:
                docs_of[event.instance_id].add(doc.doc_id)
            else:
                assert event.instance_id.startswith(doc.doc_id + "#")
    assert sum(len(docs) > 1 for docs in docs_of.values()) >= 2
    anchored = [e for d in meantime for e in d.events if e.anchor]
    assert anchored and all(e.is_cross_doc for e in anchored)


# --- SemEval-2015 Task 4 -------------------------------------------------------


@needs_data
def test_semeval_loads(semeval: tuple[list[EvalDoc], list[GoldTimeline]]) -> None:
    docs, timelines = semeval
    assert len(docs) == 30 and len(timelines) == 6
    assert all(d.doc_id.isdigit() and d.file_stem.startswith(d.doc_id) for d in docs)
    assert all(d.title for d in docs)
    for doc in docs:
        for event in doc.events:
            assert doc.text[event.start:event.end] == event.text


@needs_data
def test_semeval_mentions_resolve_to_their_word(
        semeval: tuple[list[EvalDoc], list[GoldTimeline]]) -> None:
    docs, timelines = semeval
    by_id = {d.doc_id: d for d in docs}
    unresolved = []
    for ref in (m for t in timelines for e in t.events for m in e.mentions):
        span = mention_span(by_id, ref)
        if span is None:
            unresolved.append(ref)
            continue
        head = ref.word.split("_")[0]
        assert by_id[ref.doc_id].text[span[0]:span[1]].casefold() == head.casefold()
    # The only misses are references to a document the corpus does not have.
    assert all(ref.doc_id not in by_id for ref in unresolved)


@needs_data
def test_semeval_timeline_dates(semeval: tuple[list[EvalDoc], list[GoldTimeline]]) -> None:
    _, timelines = semeval
    dates = [e.date for t in timelines for e in t.events]
    assert all(re.fullmatch(r"[\dX]{3,4}(-[\dX]{2}){0,2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_mention_span_is_first_match_ignoring_case() -> None:
    from datetime import date

    doc = EvalDoc("1", "1-x", date(2020, 1, 1), "Head line\nIt rose and rose off", ((0, 9), (10, 29)),
                  ("1", "2"), (), ())
    docs = {"1": doc}
    assert mention_span(docs, MentionRef("1", "2", "rose")) == (13, 17)
    assert mention_span(docs, MentionRef("1", "2", "it")) == (10, 12)
    assert mention_span(docs, MentionRef("1", "2", "rose_off")) == (13, 17)
    assert mention_span(docs, MentionRef("1", "1", "rose")) is None
    assert mention_span(docs, MentionRef("2", "1", "Head")) is None


# --- metrics -------------------------------------------------------------------


def test_prf_zero_when_undefined() -> None:
    assert prf(0, 0, 0).f1 == 0.0
    score = prf(1, 1, 2)
    assert (score.precision, score.recall) == (0.5, pytest.approx(1 / 3))


@pytest.mark.parametrize("gold, predicted, expected", [
    # identical clusterings
    ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"}, (1, 0, 0)),
    # everything lumped together: 6 predicted pairs, 3 of them right
    ({"a": 1, "b": 1, "c": 1, "d": 2}, {k: "x" for k in "abcd"}, (3, 3, 0)),
    # nothing predicted: every gold item is a singleton
    ({"a": 1, "b": 1, "c": 1}, {}, (0, 0, 3)),
    # crossed pairs
    ({"a": 1, "b": 1, "c": 2, "d": 2}, {"a": "x", "c": "x", "b": "y", "d": "y"}, (0, 2, 2)),
    # predicted items outside gold are ignored
    ({"a": 1, "b": 1}, {"a": "x", "b": "x", "z": "x"}, (1, 0, 0)),
    # a split cluster
    ({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"}, (1, 0, 2)),
])
def test_pairwise_prf(gold: dict, predicted: dict, expected: tuple[int, int, int]) -> None:
    score = pairwise_prf(gold, predicted)
    assert (score.tp, score.fp, score.fn) == expected
    assert score == prf(*expected)


def test_pairwise_prf_matches_brute_force() -> None:
    rng = random.Random(7)
    items = list(range(40))
    gold = {i: rng.randrange(8) for i in items}
    predicted = {i: rng.randrange(6) for i in items if rng.random() < 0.8}
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = a in predicted and b in predicted and predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    assert pairwise_prf(gold, predicted) == prf(tp, fp, fn)


def test_format_table_aligns_columns() -> None:
    table = format_table([{"system": "ours", "f1": 0.5}, {"system": "baseline", "f1": 0.25, "n": 3}])
    lines = table.splitlines()
    assert lines[0].split() == ["system", "f1", "n"]
    assert lines[2].split() == ["ours", "0.500"]
    assert lines[3].split() == ["baseline", "0.250", "3"]
    assert len({line.index("0.") for line in lines[2:]}) == 1
    assert format_table([]) == ""
