"""Where a text quotes someone: spans of quotation, marks included.

News quotes speech in double marks (“…”, "…") or, in British style, in
single ones (‘…’, '…'). A single mark is also an apostrophe ("don’t",
"the workers’ union"), so a single quotation opens only on a mark at the
start of a word and closes only on one that no letter follows. Every span
indexes the string it was given.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

SPEECH_VERBS = (r"said|says|told|tells|added|adds|wrote|writes|asked|stated|explained|"
                r"insisted|noted|replied|responded|warned")

# An opening curly quote the sentence splitter left unclosed ("... to do.”"
# ends up in the next sentence) still quotes to the end of the text.
_CURLY_QUOTED = re.compile(r"“[^”“]*(?:”|$)")
_STRAIGHT_QUOTE = re.compile('"')
# "Jobs said", "Steve Jobs told reporters": who spoke, within three words.
_ATTRIBUTION_AHEAD = re.compile(rf"(?:\S+\s+){{0,2}}?(?:{SPEECH_VERBS})\b", re.IGNORECASE)

# Words an apostrophe opens that no quotation does: elisions ("rock 'n'
# roll", "'til", "'cos", "‘em"), a name ("'Ndrangheta"), a decade ("the
# ’90s") and the split-off endings of tokenised text ("Apple 's", "we 're").
_ELISION = (r"(?:n|em|til|till|cause|cos|coz|tis|twas|bout|ere|ndrangheta|s|re|ve|ll|d|m|t"
            r"|\d0s)\b")
# A single mark opening a word (a number too: "‘100 people died"): a curly
# one after no letter, a straight one after a space, a bracket, a dash, a
# colon or a double mark ('She said: “'Go away,' he told me”').
_SINGLE_OPENER = {
    "‘": re.compile(rf"(?<![\w‘’'])‘(?!{_ELISION})(?=[\w“\"…])", re.IGNORECASE),
    "'": re.compile(rf"(?:^|(?<=[\s(\[—–:“\"/-]))'(?!{_ELISION})(?=[\w“\"…])", re.IGNORECASE),
}
# ... and one closing a word: before no letter (after a space only where
# what was said has been blanked out, as ``blank_out`` does).
_SINGLE_CLOSER = {"‘": re.compile(r"’(?!\w)"), "'": re.compile(r"'(?!\w)")}
# A closing mark right after the end of what was said: 'go,’ she said'.
_SAID_ENDS = tuple(",.!?…")
# ... or right before a break: "called it ‘a disgrace’, adding".
_BREAK_AFTER = tuple(",.;:!?)")
# Where a quotation left open runs on to the end of the text: one that
# opens it, or opens what a speaker says ("He said: ‘We will go.").
_OPENS_SPEECH = re.compile(rf"(?:^|[:,—–]|\b(?:{SPEECH_VERBS}))\s*\Z", re.IGNORECASE)


def quotations(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone: (start, end) spans, quote marks
    included, outermost only, in order.

    Straight double quotes pair up in order. One left over either closes a
    quotation opened before ``text`` ('... into the cloud," said Jobs') or
    opens one that runs to its end (a quotation carried on into the next
    paragraph is not closed where the first one ends). Single quotes follow
    the same idea, within the limits of what an apostrophe allows.
    """
    spans = _double_quotations(text)
    if any(mark in text for mark in "‘’'"):
        for opener in _SINGLE_OPENER:
            spans += _single_quotations(text, opener)
    spans.sort(key=lambda span: (span[0], -span[1]))
    outermost: list[tuple[int, int]] = []
    for start, end in spans:
        if not outermost or start >= outermost[-1][1]:
            outermost.append((start, end))
    return outermost


def _double_quotations(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _CURLY_QUOTED.finditer(text)] if "“" in text else []
    if '"' not in text:
        return spans
    marks = [m.start() for m in _STRAIGHT_QUOTE.finditer(text)]
    inches = [i for i in marks if i and text[i - 1].isdigit()]
    if len(marks) % 2 and inches:
        marks.remove(inches[0])  # 'a 3.5" screen' measures, it quotes nobody
    if len(marks) % 2 and _closes_quotation(text, marks[0]):
        spans.append((0, marks.pop(0) + 1))
    spans.extend((a, b + 1) for a, b in zip(marks[::2], marks[1::2]))
    if len(marks) % 2:
        spans.append((marks[-1], len(text)))
    return spans


def _closes_quotation(text: str, mark: int) -> bool:
    """Whether a lone straight quote closes: it leans on the word before it
    ('cloud," said'), or, spaced on both sides as in tokenised text, what
    follows is no capitalised start ('cloud , " said', 'has come . "') or is
    an attribution ('great , " Jobs said')."""
    before, after = text[mark - 1:mark], text[mark + 1:mark + 2]
    if before.strip() and not after.strip():
        return True
    if after.strip() and not before.strip():
        return False
    following = text[mark + 1:].lstrip()
    return not following[:1].isupper() or bool(_ATTRIBUTION_AHEAD.match(following))


def left_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end
    ('"... meet him.' or '‘We will go.' before '... win,’ she said')."""
    if text.count("“") > text.count("”") or text.count('"') % 2 == 1:
        return True
    return any(end == len(text) and not _SINGLE_CLOSER[opener].match(text, end - 1)
               for opener in _SINGLE_OPENER if opener in text
               for _, end in _single_quotations(text, opener))


def _single_quotations(text: str, opener: str) -> list[tuple[int, int]]:
    """Quotations in single marks of one style (‘…’ or '…'). Each opening
    mark closes at a closing one before the next opening mark: the first
    that follows what was said ("go,’"), else the first before a break
    ("‘a disgrace’, adding"), else the first ("called it ‘a disgrace’ and
    left"). With none, it is no quotation ("The 'Cos …"), unless it is the
    last and opens the text or what a speaker says: it then runs to the end
    of ``text``. A closing mark after what was said, before any opening
    one, closes a quotation opened before ``text`` ('... go on,’ she said')."""
    opens = [m.start() for m in _SINGLE_OPENER[opener].finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSER[opener].finditer(text)]
    spans = []
    first_open = opens[0] if opens else len(text)
    carried = [c for c in closes[:bisect_left(closes, first_open)] if _after_said(text, c)]
    if carried:
        spans.append((0, carried[0] + 1))
    for start, next_open in zip(opens, [*opens[1:], len(text)]):
        window = closes[bisect_right(closes, start):bisect_left(closes, next_open)]
        close = next((c for c in window if _after_said(text, c)), None) \
            or next((c for c in window if text[c + 1:c + 2] in ("", *_BREAK_AFTER)), None) \
            or next(iter(window), None)
        if close is not None:
            spans.append((start, close + 1))
        elif next_open == len(text) and _OPENS_SPEECH.search(text, 0, start):
            spans.append((start, len(text)))
    return spans


def _after_said(text: str, close: int) -> bool:
    """Whether the closing mark at ``close`` follows the end of what was
    said ("go,’"), not an abbreviation ("the U.S.' role")."""
    before = text[close - 1:close] if close else ""
    return before in _SAID_ENDS and not (before == "." and text[close - 2:close - 1].isupper())
