"""What an event word names, for the mention and merge stages alike: its
stem, and whether a later definite noun ("the negotiations") can name an
event an article told before ("met")."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def stem(word: str) -> str:
    """A word cut to six letters: a crude stemmer ("settlement", "settled")."""
    return word[:6].lower()


def event_stem(phrase: str) -> str:
    """The stem of an event word's last word ("press conference" -> "confer")."""
    words = _WORD.findall(phrase)
    return stem(words[-1]) if words else ""


def names_alike(earlier: tuple[str, str], later: tuple[str, str],
                interchangeable: AbstractSet[str], share_a_party: bool) -> bool:
    """Whether a later definite noun, (type, stem of its event word), can
    name an earlier event that is not a statement: one whose event word has
    its stem ("This release" after "releases"), or of the same type when
    all its words name one happening (``interchangeable``: "the
    negotiations" after "met") and the two name a party or a place in
    common (``share_a_party``: not "Modi skipped the summit" after "Xi met
    Putin"); not merely one of its type ("The funeral" after "died")."""
    (earlier_type, earlier_stem), (later_type, later_stem) = earlier, later
    if later_stem and earlier_stem == later_stem:
        return True
    return later_type == earlier_type and later_type in interchangeable and share_a_party
