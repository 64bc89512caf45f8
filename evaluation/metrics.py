"""Scores shared by the evaluation harnesses: P/R/F1, pairwise clustering, tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

# Mapping is invariant in its key type: a TypeVar lets dict[int, ...] through.
Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts they came from."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def prf(tp: int, fp: int, fn: int) -> PRF:
    """P/R/F1 from counts; a ratio whose denominator is 0 is reported as 0.0."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, tp, fp, fn)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_prf(gold: Mapping[Item, Hashable],
                 predicted: Mapping[Item, Hashable]) -> PRF:
    """Pairwise P/R/F1 of "these two items are in the same cluster".

    ``gold`` and ``predicted`` map item -> cluster label. Only items in
    ``gold`` are scored: predicted items absent from gold are ignored, and a
    gold item absent from ``predicted`` counts as a singleton. A true positive
    is a pair of items together in both; counts are pairs, not items.
    Runs in O(n) by counting pairs per cluster and per (gold, predicted) cell.
    """
    gold_sizes: Counter[Hashable] = Counter(gold.values())
    pred_sizes: Counter[Hashable] = Counter()
    cells: Counter[tuple[Hashable, Hashable]] = Counter()
    for item, gold_label in gold.items():
        if item in predicted:
            pred_sizes[predicted[item]] += 1
            cells[gold_label, predicted[item]] += 1
    tp = sum(_pairs(n) for n in cells.values())
    gold_pairs = sum(_pairs(n) for n in gold_sizes.values())
    pred_pairs = sum(_pairs(n) for n in pred_sizes.values())
    return prf(tp, pred_pairs - tp, gold_pairs - tp)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def format_table(rows: Sequence[Mapping[str, Any]]) -> str:
    """Rows as an aligned plain-text table with a header line.

    Columns are the keys in order of first appearance; floats are shown with
    three decimals, numbers right-aligned, other values left-aligned, missing
    values blank. Returns "" for no rows; no trailing newline.
    """
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    if not columns:
        return ""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row.get(c), (int, float)) or row.get(c) is None for row in rows)
               for c in columns]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(values) for values in cells)
    return "\n".join(out)
