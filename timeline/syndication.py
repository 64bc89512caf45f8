"""Find articles that are copies of one another (the same wire story twice).

Copies stay in the corpus as provenance, but count as one source.
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from timeline.models import Document

_WORD = re.compile(r"\w+")


def _fingerprint(document: Document) -> str:
    words = _WORD.findall(document.text[document.body_start:].lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def group_copies(documents: Sequence[Document]) -> dict[str, str]:
    """Map each doc_id to the id of the first document (in corpus order) it copies."""
    first_by_print: dict[str, str] = {}
    groups: dict[str, str] = {}
    for document in documents:
        groups[document.doc_id] = first_by_print.setdefault(_fingerprint(document), document.doc_id)
    return groups
