"""The records that flow between stages, and the columns of the two frames.

Data flows one way: ``Document`` (ingest) -> ``TimeExpression`` (temporal)
-> mentions frame (mentions) -> events frame (merge) -> reports. This module
is the single place where those shapes are defined; every stage imports them
from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "week", "month", "quarter", "year", "decade", "century", "vague"]
"""How finely an interval is known. ``vague`` is for "recently", "soon", "the past"."""

PRECISIONS: tuple[Precision, ...] = (
    "day", "week", "month", "quarter", "year", "decade", "century", "vague",
)

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
"""TimeML types of a time expression."""

Status = Literal["happened", "planned"]


@dataclass(frozen=True)
class Document:
    """One article, as read.

    ``text`` is exactly what was read (for JSON Lines, the ``text`` field;
    for a seed-style file, the whole file including its `` date YYYY-MM-DD``
    header). Every character offset anywhere in the product indexes this
    string. ``body_start`` is where the article body begins, so that header
    lines are never tagged as events.
    """

    doc_id: str
    date: date
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    path: str = ""
    body_start: int = 0
    language: str = "en"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, normalised against a reference date.

    ``start``/``end`` are character offsets into the text given to
    ``find_times``; ``text == source[start:end]``. ``value`` is a TIMEX3 value
    (``2025-02-24``, ``2025-W08``, ``2025-Q1``, ``P3Y``, ``PAST_REF``...).
    ``earliest``/``latest`` (inclusive) and ``precision`` are set for
    expressions that denote a calendar interval (DATE, TIME, and vague refs),
    and ``None`` for durations and sets. ``future`` is true when the
    expression points after the reference date ("next week", "this week or
    next week"), which marks a planned event.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    earliest: date | None = None
    latest: date | None = None
    precision: Precision | None = None
    future: bool = False
    # False for a clock time with no day beside it ("shortly before
    # midnight"): it is put on the reference day, which the text never said.
    names_day: bool = True

    @property
    def is_dated(self) -> bool:
        """True when the expression pins an interval on the calendar."""
        return self.earliest is not None and self.latest is not None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line, names the file)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# --- The frames -----------------------------------------------------------
# Both frames hold Python objects: dates as ``datetime.date``, multi-valued
# fields as tuples of str (sorted where order carries no meaning). Exports
# format them (ISO dates, tuples joined with "; ").

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id",    # str, stable hash of (doc_id, char_start, char_end)
    "event_id",      # str, the event this mention was merged into ("" before merge)
    "doc_id",        # str, the article's id
    "doc_date",      # date, the article's publication date
    "source_group",  # str, doc_id of the first of a set of copies (syndicated wires)
    "sentence",      # str, the sentence (or clause) that reports the event
    "sentence_index",  # int, 0-based index of the sentence in the article
    "char_start",    # int, offset of the sentence in Document.text
    "char_end",      # int, end offset (exclusive) of the sentence
    "time_text",     # str, the time expression as written ("" when anchored to doc date)
    "time_value",    # str, its TIMEX3 value
    "time_start",    # int, offset of the time expression in Document.text (-1 if none)
    "time_end",      # int, end offset (-1 if none)
    "time_source",   # str, how the date was found: "explicit" (a time expression in the
                     # clause), "inherited" (none; the day the article's story last named,
                     # or in its lede names next, e.g. "Jobs said ..." after "Yesterday,
                     # Jobs unveiled ..."; time_text and offsets are that expression's)
                     # or "article_date" (none at all: the week, or for "previously",
                     # "first introduced", the year, up to the article's date; precision
                     # vague)
    "date",          # date, earliest day the event can have happened
    "date_end",      # date, latest day (inclusive)
    "precision",     # Precision
    "status",        # Status: happened or planned
    "actors",        # tuple[str, ...], canonical actor names in the title's order:
                     # usually who did it (a statement's speaker) first
    "locations",     # tuple[str, ...], canonical place names, with containing country
    "event_type",    # str, a key of the config's event_types lexicon, or "other"
    "trigger",       # str, the word that names the event as written ("met", "interview"):
                     # the lexicon's trigger, else the clause's first past-tense verb; ""
    "trigger_start", # int, its offset in Document.text (-1 if none)
    "refers_back",   # bool, the clause opens on a definite event noun ("The announcement
                     # was long-awaited"), or names one after "its", "his" ... ("its launch"): a
                     # hint that it names an event told before
    "title",         # str, short "who did what, where"
)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",      # str, stable hash of the event's sorted mention_ids
    "date",          # date, tightest interval all mentions allow: start
    "date_end",      # date, end (inclusive)
    "precision",     # Precision of the tightest interval
    "status",        # Status: planned only if every mention is planned
    "title",         # str, from the most informative mention
    "summary",       # str, that mention's sentence
    "event_type",    # str
    "actors",        # tuple[str, ...], union over mentions
    "locations",     # tuple[str, ...], union over mentions
    "time_text",     # str, the date as written in the most informative mention
    "n_sources",     # int, distinct sources (copies of one wire story count once)
    "sources",       # tuple[str, ...], article ids, sorted
    "mention_ids",   # tuple[str, ...], sorted
    "conflict",      # str, "" or a note on mentions whose dates disagree
)
