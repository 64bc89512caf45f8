"""What an event word names, for the mention and merge stages alike: its
stem, and whether a later definite noun ("the negotiations") can name an
event an article told before ("met")."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from timeline.timewords import NOT_PAST_ED

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def stem(word: str) -> str:
    """A word cut to six letters: a crude stemmer ("settlement", "settled")."""
    return word[:6].lower()


# Endings of one word's forms, tried in this order: a plural before its
# noun's ending ("negotiations"), a long ending before its tail ("-ies"
# before "-es", "-es" before "-s").
_ENDINGS = ("ments", "ment", "ions", "ion", "ings", "ing", "ies", "ied", "es", "ed", "s")


def word_stem(word: str) -> str:
    """An event word without its ending, cut to six letters, so that a
    verb's forms and its noun meet ("erupts" in a headline, "erupted",
    "eruption"; "agreed", "agreement"). Sentences are compared by ``stem``,
    the plain cut the word-overlap bar was set with: there, stems without
    endings made unrelated statements alike ("deals" and "deal")."""
    w = word.lower()
    if w.endswith("eed") and w in NOT_PAST_ED:
        pass  # "need", "succeed": no past
    elif w.endswith(("eed", "ees")):
        w = w[:-1]  # "agreed", "frees": the verb's own "e" stays
    else:
        for ending in _ENDINGS:
            rest = len(w) - len(ending)
            if not w.endswith(ending) or rest < (1 if ending in ("ies", "ied") else 3):
                continue
            if ending == "s" and w[-2] in "su" or ending == "es" and w[-3] not in "sxzhi":
                continue  # "boss", "bus"; "closes" is "close" and "s"
            if rest == 1:
                w = w[:-1]  # "died", "dies": "die"
            else:
                w = w[:rest] + ("y" if ending in ("ies", "ied") else "")
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # "settle", "settl(ed)"
    return w[:6]


def event_stem(phrase: str) -> str:
    """The stem of an event word's last word ("press conference" -> "confer")."""
    words = _WORD.findall(phrase)
    return word_stem(words[-1]) if words else ""


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
