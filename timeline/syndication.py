"""Find articles that are copies of one another (the same wire story in two outlets).

Copies stay in the corpus as provenance, but count as one source: each
document maps to the id of the first document (in corpus order) of its group.

Two bodies are copies when the Jaccard similarity of their sets of word
shingles (``shingle_words`` consecutive lower-cased words) reaches
``threshold``. Comparing every pair would be quadratic, so candidates come
from MinHash signatures cut into bands (locality-sensitive hashing): two
documents are compared only when one band of their signatures is identical,
which happens with probability ``1 - (1 - J**ROWS)**BANDS`` for similarity
``J`` (0.99 at J = 0.5). Every candidate pair is then checked on its exact
shingle sets, so a group never rests on an estimate. Word hashes are CRC-32
and the permutations come from a fixed seed: the same corpus gives the same
groups on every run and machine.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from typing import Sequence

import numpy as np

from timeline.config import SyndicationOptions
from timeline.models import Document

_WORD = re.compile(r"\w+")

BANDS, ROWS = 32, 4
"""Signature layout: BANDS * ROWS MinHash values per document."""

MAX_BUCKET_PAIRS = 64
"""In a bucket shared by many documents, each is compared with at most this many
earlier members (the first ones and its predecessor), keeping the work linear."""

_SEED = 20250224


def _word_hashes(document: Document) -> np.ndarray:
    words = _WORD.findall(document.text[document.body_start:].lower())
    return np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64,
                       count=len(words))


def shingles(document: Document, size: int = 5) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the body's word ``size``-grams.

    A body shorter than ``size`` words is one shingle of all its words; an
    empty body has none.
    """
    words = _word_hashes(document)
    if len(words) == 0:
        return words
    size = min(size, len(words))
    with np.errstate(over="ignore"):
        combined = np.zeros(len(words) - size + 1, dtype=np.uint64)
        for offset in range(size):
            combined = combined * np.uint64(0x100000001B3) + words[offset:len(words) - size + 1
                                                                  + offset]
    return np.unique(combined)


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
    return a, b


def signature(shingle_set: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MinHash signature: for each (a, b), the least ``a * x + b`` (mod 2**64) over ``x``."""
    least = np.full(len(a), np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(shingle_set), 4096):  # bounded memory on long articles
        chunk = shingle_set[start:start + 4096]
        with np.errstate(over="ignore"):
            hashed = chunk[:, None] * a[None, :] + b[None, :]
        np.minimum(least, hashed.min(axis=0), out=least)
    return least


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted, distinct hash arrays."""
    if len(first) == 0 or len(second) == 0:
        return 0.0
    shared = len(np.intersect1d(first, second, assume_unique=True))
    return shared / (len(first) + len(second) - shared)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:  # the earlier document stays the root, so it names the group
        parent[max(ri, rj)] = min(ri, rj)


def group_copies(documents: Sequence[Document],
                 options: SyndicationOptions | None = None) -> dict[str, str]:
    """Map each doc_id to the id of the first document (in corpus order) of its copies.

    Documents that copy nothing map to themselves. Copies are transitive: if
    A copies B and B copies C, all three are one group.
    """
    options = options or SyndicationOptions()
    sets = [shingles(document, options.shingle_words) for document in documents]
    parent = list(range(len(documents)))

    # Exact copies first: identical shingle sets need no estimate.
    by_content: dict[bytes, int] = {}
    distinct: list[int] = []
    for index, shingle_set in enumerate(sets):
        if len(shingle_set) == 0:
            continue
        key = shingle_set.tobytes()
        if key in by_content:
            _union(parent, by_content[key], index)
        else:
            by_content[key] = index
            distinct.append(index)

    a, b = _permutations()
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    checked: set[tuple[int, int]] = set()
    for index in distinct:
        bands = signature(sets[index], a, b).reshape(BANDS, ROWS)
        for band_number, band in enumerate(bands):
            members = buckets[(band_number, band.tobytes())]
            earlier = members if len(members) <= MAX_BUCKET_PAIRS else (
                members[:MAX_BUCKET_PAIRS - 1] + members[-1:])
            for other in earlier:
                pair = (other, index)
                if pair in checked:
                    continue
                checked.add(pair)
                if jaccard(sets[other], sets[index]) >= options.threshold:
                    _union(parent, other, index)
            members.append(index)

    return {document.doc_id: documents[_find(parent, index)].doc_id
            for index, document in enumerate(documents)}
