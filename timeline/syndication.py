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

import hashlib
import re
import zlib
from typing import Sequence

import numpy as np

from timeline.config import SyndicationOptions
from timeline.models import Document

_WORD = re.compile(r"\w+")

BANDS, ROWS = 32, 4
"""Signature layout: BANDS * ROWS MinHash values per document."""

MAX_BUCKET_PAIRS = 64
"""In a bucket shared by many documents, each is compared with at most this many
earlier members (the first ones and its predecessor), keeping the work linear
(copies already grouped are chained through their predecessors)."""

_SEED = 20250224


def _word_hashes(document: Document, cache: dict[str, int]) -> np.ndarray:
    words = _WORD.findall(document.text[document.body_start:].lower())
    for word in set(words).difference(cache):  # news vocabulary repeats: hash each once
        cache[word] = zlib.crc32(word.encode("utf-8"))
    return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))


def shingles(document: Document, size: int = 5, cache: dict[str, int] | None = None
             ) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the body's word ``size``-grams.

    A body shorter than ``size`` words is one shingle of all its words; an
    empty body has none.
    """
    words = _word_hashes(document, {} if cache is None else cache)
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


_FOLD = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                  0x27D4EB2F165667C5][:ROWS], dtype=np.uint64)


def _band_keys(values: np.ndarray) -> list[int]:
    """Each band's ROWS signature values folded into one 64-bit integer."""
    with np.errstate(over="ignore"):
        folded = (values.reshape(BANDS, ROWS) * _FOLD).sum(axis=1, dtype=np.uint64)
    return [int(key) for key in folded]


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:  # the earlier document stays the root, so it names the group
        parent[max(ri, rj)] = min(ri, rj)


def _candidate_pairs(keys: np.ndarray) -> list[tuple[int, int]]:
    """Pairs of rows sharing a band key in any band, sorted; in a bucket of many
    rows each is paired with at most MAX_BUCKET_PAIRS earlier ones."""
    pairs: set[tuple[int, int]] = set()
    for band in range(keys.shape[1]):
        order = np.argsort(keys[:, band], kind="stable")  # rows ascending within a key
        ordered = keys[order, band]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(order)]
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
            members = order[start:end].tolist()
            for j in range(1, len(members)):
                earlier = members[:j] if j <= MAX_BUCKET_PAIRS else (
                    members[:MAX_BUCKET_PAIRS - 1] + [members[j - 1]])
                pairs.update((e, members[j]) for e in earlier)
    return sorted(pairs)


def group_copies(documents: Sequence[Document],
                 options: SyndicationOptions | None = None) -> dict[str, str]:
    """Map each doc_id to the id of the first document (in corpus order) of its copies.

    Documents that copy nothing map to themselves. Copies are transitive: if
    A copies B and B copies C, all three are one group. Memory stays small:
    only each document's band keys are kept; shingles are recomputed for the
    few candidate pairs.
    """
    options = options or SyndicationOptions()
    cache: dict[str, int] = {}
    parent = list(range(len(documents)))
    a, b = _permutations()

    # Exact copies first (identical shingle sets need no estimate), then one
    # row of band keys per distinct body.
    by_content: dict[bytes, int] = {}
    distinct: list[int] = []
    keys = np.empty((len(documents), BANDS), dtype=np.uint64)
    for index, document in enumerate(documents):
        shingle_set = shingles(document, options.shingle_words, cache)
        if len(shingle_set) == 0:
            continue
        content = hashlib.blake2b(shingle_set.tobytes(), digest_size=16).digest()
        if content in by_content:
            _union(parent, by_content[content], index)
            continue
        by_content[content] = index
        keys[len(distinct)] = _band_keys(signature(shingle_set, a, b))
        distinct.append(index)

    def shingles_of(row: int) -> np.ndarray:
        return shingles(documents[distinct[row]], options.shingle_words, cache)

    recent: dict[int, np.ndarray] = {}
    for first, second in _candidate_pairs(keys[:len(distinct)]):
        if first not in recent:
            if len(recent) > 1024:
                recent.clear()
            recent[first] = shingles_of(first)
        if jaccard(recent[first], shingles_of(second)) >= options.threshold:
            _union(parent, distinct[first], distinct[second])

    return {document.doc_id: documents[_find(parent, index)].doc_id
            for index, document in enumerate(documents)}
