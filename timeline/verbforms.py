"""English verb forms the clause rules of ``timeline.mentions`` read: the
irregular pasts and participles a suffix rule ("-ed") cannot find. Only
words live here, like ``timeline.timewords``.
"""

from __future__ import annotations

# Simple pasts that neither end in -ed nor read as a present, a noun or an
# adjective ("read", "put", "bit", "fed", "felt", "broke" do).
IRREGULAR_PAST: frozenset[str] = frozenset({
    "met", "held", "came", "went", "made", "gave", "took", "signed", "spoke", "sold",
    "bought", "won", "lost", "left", "began", "became", "brought", "fought", "led",
    "sent", "saw", "found", "told", "wrote", "struck", "hit", "ran", "rose", "fell",
    "stood", "underwent", "undertook", "overtook", "withdrew", "drew", "grew", "knew",
    "threw", "flew", "drove", "rode", "chose", "froze", "stole", "forgot", "forgave",
    "forbade", "arose", "drank", "sang", "sank", "swam", "shrank", "swung", "dug",
    "spun", "fled", "bled", "kept", "slept", "swept", "wept", "dealt", "meant", "spent",
    "lent", "built", "paid", "laid", "heard", "sought", "taught", "caught", "thought",
    "sat", "got", "understood", "withstood", "oversaw", "mistook", "shook", "hid", "slid",
    "wore", "tore", "swore", "overcame",
})


# Participles that are not also simple pasts ("taken", not "made").
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset({
    "been", "taken", "given", "grown", "gone", "done", "seen", "known", "shown", "written",
    "spoken", "driven", "risen", "fallen", "chosen", "begun", "broken", "stolen", "frozen",
    "drawn", "thrown", "flown", "worn", "torn", "sworn", "beaten", "eaten", "forgotten",
    "gotten", "hidden", "ridden", "shaken", "woken", "become", "come", "run",
})


# Simple pasts that read as presents or nouns too ("the cut", "a shot"): a
# verb only right after a subject ("police shot a teenager", "the home side
# beat their rivals", "the blaze broke out").
PASTS_LIKE_NOUNS: frozenset[str] = frozenset({"broke", "shot", "beat", "cut", "quit", "shut"})
