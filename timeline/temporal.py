"""Find the time expressions in a news text and normalise them (TimeML TIMEX3).

Public API::

    find_times(text, reference, language="en") -> list[TimeExpression]
    joined_ranges(text, times) -> list[TimeExpression]
    former_plan(text, time) -> bool
    SUPPORTED_LANGUAGES
    UnsupportedLanguageError

How it works, top to bottom:

1. *Detection* runs a table of compiled regular expressions (``_RULES``),
   built from the lexicon in ``timeline.timewords``. Each rule has a handler
   that reads the match and returns a candidate, or ``None`` when a guard
   says the words only look like a date ("We", "may", "15%", "$2 billion",
   "2 million tons", "Room 2010", ...). Rules are not run over the whole
   text: one pass with ``str.find`` locates the words that can head an
   expression (month and day names, units, year-shaped numbers, "today"...),
   and each rule runs only in a small window around its own heads; a match
   must contain one. This gives the same result as a full scan (a test checks
   it) at a fraction of the cost.
2. *Selection* keeps the longest candidates that do not overlap ("March 6,
   2008" beats "March 6" beats "March").
3. *Resolution* walks the kept candidates in text order and resolves the ones
   that refer back to an earlier date ("that day", "the following week") and
   attaches clock times to the date they belong to.

Conventions a caller may rely on (the rest of the pipeline does):

- A weekday is the most recent such day on or before the reference date (a
  Monday article's "Monday" is that same day), unless the clause is about the
  future ("will meet on Friday", "is scheduled for Friday") or the weekday is
  qualified ("next Friday": the first one after the reference; "last Friday":
  the one in the week before the reference's, "this past Friday": the last
  one before it; "this Friday": the one in the reference's week;
  an awaited event's, "ahead of Friday's vote": the nearer one, either way).
- A month or a day of a month without a year ("in April", "June 24") is put
  in the year that the clause's tense points to; without a tense cue, in the
  nearest such month or day, leaning to the past (news mostly reports). In
  the clause a sentence opens with a year and a comma ("In 2019, officials
  met in May"), it is of that year. A day of the month alone ("on the
  22nd") is of the reference's month or a month beside it, placed the same way.
- "last week" is the previous Monday-Sunday week (value ``2025-W08``); "last
  month", "last year", "last quarter" are the previous calendar unit.
- "recently" (and "lately", "more recently") is ``PAST_REF``: the 30 days up
  to and including the reference date, precision ``vague``. "in recent
  weeks/months/years" look back 60 days / 1 year / 5 years. "now",
  "currently" are ``PRESENT_REF`` on the reference day. "soon" and "within
  weeks" are ``FUTURE_REF``: from the reference date 90 and 60 days forward.
- "the same day", "that day", "the next day", "the following week", ... are
  resolved against the last date mentioned before them in the same text (the
  reference date if there is none), not a clock time with no day beside it
  nor a circumstance's day ("as the strike entered its fourth day on
  Thursday") after a day its sentence told; a day counted from a date known only to
  its month or year ("in March 2020 ... that same day") is that unit,
  ``vague``.
- ``future`` is true when the whole interval lies after the reference date,
  or the expression says so ("this week or next week", "within weeks"), or
  a weekday in a future clause falls on the reference day ("will meet on
  Monday" in a Monday article: that Monday, planned).
  "this week or next week" is one expression covering both weeks, with the
  value of the first (``2025-W09``).
- A clock time ("9 a.m.") takes the day of the nearest day-precision date in
  its sentence, else the reference date (value ``2025-02-24T09:00``,
  ``names_day`` false: the mention stage may put it on the story's day).
- Early/mid/late and "the beginning/end of" keep the value of the unit they
  modify (``early 2009`` is ``2009``, as TIMEX3 does, the modifier belonging
  in TIMEX3's ``mod``) and narrow the interval to the first, middle or last
  third of it.
- A hedged count keeps its value but not its precision: "about a year ago"
  widens the year by a quarter of the count on each side, "more than two
  weeks ago" reaches a further two weeks back, "less than two weeks ago" runs
  on to the reference date (with "a week later", towards the date counted
  from); "no more than" is "less than". Its precision is ``vague`` and its
  text includes the hedge (TIMEX3 would put it in ``mod``: APPROX,
  MORE_THAN, LESS_THAN). What counts from it ("a year later") is widened as
  much. A particle ("took over a year ago") is no hedge.
- "the Christmas holidays" (season, break, sales period...) run from 1
  December (Black Friday for shopping or sales) to 6 January: ``vague``;
  the season the article is written in, unless the clause tells in the
  past of one that has hardly begun.
- "48 hours ago" is two days back; "36 hours ago" either of two days
  (``vague``); under 24 hours, the reference day.
- Durations (``P3Y``, ``PT48H``, ``PXY`` for "decades") and sets (``P1Y`` for
  "annual", ``XXXX-WXX-1`` for "every Monday") carry no interval.

Only English is supported; ``find_times`` raises ``UnsupportedLanguageError``
for another language rather than guessing. A language would plug in by giving
its own lexicon module and rule table.

The tagger does not call dateparser: every pattern it accepts is normalised
here, which is what makes it fast (see ``benchmarks/bench_temporal.py``).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from timeline import timewords as tw
from timeline.sentences import Span, circumstance_clauses
from timeline.verbforms import IRREGULAR_PAST
from timeline.models import PRECISIONS, Precision, TimeExpression, TimexType

__all__ = ["SUPPORTED_LANGUAGES", "UnsupportedLanguageError", "find_times"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en",)

RECENT_DAYS = 30
"""How far back "recently" reaches (PAST_REF interval)."""
SOON_DAYS = 90
"""How far forward "soon", "in the near future" reach (FUTURE_REF interval)."""


class UnsupportedLanguageError(ValueError):
    """``find_times`` was asked to tag a language it has no lexicon for."""


# --- calendar arithmetic -------------------------------------------------------

Interval = tuple[date, date]


def _month_interval(year: int, month: int) -> Interval:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _week_interval(day: date) -> Interval:
    """The Monday-to-Sunday week that contains ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _quarter_interval(year: int, quarter: int) -> Interval:
    """The first and last day of a calendar quarter (1-4)."""
    first = _month_interval(year, 3 * quarter - 2)[0]
    return first, _month_interval(year, 3 * quarter)[1]


def _year_interval(year: int) -> Interval:
    """The first and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months after the given one (before it when negative)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_value(day: date) -> str:
    """The TIMEX3 value of the ISO week containing ``day`` (``2025-W09``)."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year}-W{iso_week:02d}"


def _narrow(interval: Interval, part: str | None) -> Interval:
    """The first, middle or last third of an interval ("early", "mid", "late")."""
    if not part:
        return interval
    first, last = interval
    span = (last - first).days + 1
    third = max(span // 3, 1)
    if part == "start":
        return first, first + timedelta(days=third - 1)
    if part == "end":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)


_PART_OF_UNIT = {
    "early": "start", "beginning": "start", "start": "start", "dawn": "start",
    "mid": "mid", "middle": "mid",
    "late": "end", "end": "end", "close": "end",
}


def _part(words: str | None) -> str | None:
    """"start", "mid" or "end" for early/mid/late, "the beginning/end of"."""
    if not words:
        return None
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in _PART_OF_UNIT:
            return _PART_OF_UNIT[word]
    return None


# --- candidates ----------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """A time expression before overlap selection and anaphora resolution."""

    start: int
    end: int
    type: TimexType
    value: str
    earliest: date | None = None
    latest: date | None = None
    precision: Precision | None = None
    # Planned although the interval does not lie after the reference ("will
    # meet on Monday" in a Monday article, "within weeks", "later this month").
    # An interval after the reference is future anyway: ``find_times`` adds it.
    future: bool = False
    # "that day", "the following week": (unit, offset) from the last date.
    anaphor: tuple[str, int] | None = None
    # "two days later": the anaphor counts from a date at least as precise as
    # the unit ("in 2004 ... three months later" has no month to count from);
    # without one it is this DURATION ("two days").
    fallback: _Candidate | None = None
    # A clock time whose day is the nearest date in its sentence.
    clock: str | None = None
    names_day: bool = True  # False for a clock time with no day near it
    # A month or day without a year: a range partner may give it one.
    yearless: bool = False
    # A count of calendar units: (days, direction back -1 or forward +1,
    # counted from the reference rather than from an earlier date); "two
    # weeks ago" is (14, -1, True). A hedge before it widens it (``_hedged``).
    count: tuple[int, int, bool] | None = None


@dataclass(frozen=True)
class _Context:
    text: str
    reference: date


def _date_candidate(span: tuple[int, int], value: str, interval: Interval,
                    precision: Precision, *, ttype: TimexType = "DATE",
                    future: bool = False) -> _Candidate:
    """A DATE (or ``ttype``) candidate over ``interval``."""
    return _Candidate(span[0], span[1], ttype, value, interval[0], interval[1],
                      precision, future)


def _anaphor(span: tuple[int, int], unit: str, offset: int) -> _Candidate:
    """"that day", "the following week": resolved by ``_resolve`` to the unit
    ``offset`` units from the last date mentioned before it."""
    return _Candidate(span[0], span[1], "DATE", "", anaphor=(unit, offset))


def _counted_anaphor(span: tuple[int, int], unit: str, offset: int,
                     fallback: _Candidate) -> _Candidate:
    """"two days later", "a year earlier": ``offset`` units from the last date."""
    return _Candidate(span[0], span[1], "DATE", "", anaphor=(unit, offset), fallback=fallback,
                      count=(abs(offset) * _UNIT_DAYS[unit], 1 if offset > 0 else -1, False))


def _day_candidate(span: tuple[int, int], day: date, time: str = "", *,
                   future: bool = False) -> _Candidate:
    """One calendar day; with a ``time`` ("09:30", "MO" for morning) a TIME
    whose value is the day's followed by ``T`` and the time."""
    if time:
        return _date_candidate(span, f"{day.isoformat()}T{time}", (day, day), "day",
                               ttype="TIME", future=future)
    return _date_candidate(span, day.isoformat(), (day, day), "day", future=future)


def _unit_candidate(span: tuple[int, int], unit: str, base: date, offset: int,
                    part: str | None = None) -> _Candidate | None:
    """The calendar unit (day, week, month...) ``offset`` units from ``base``;
    "weekday:N" is the first day N (0 = Monday) after ``base``."""
    if unit.startswith("weekday:"):
        ahead = (int(unit.split(":")[1]) - base.weekday()) % 7 or 7
        return _day_candidate(span, base + timedelta(days=ahead))
    if unit == "day":
        day = base + timedelta(days=offset)
        return _day_candidate(span, day)
    if unit == "week":
        day = base + timedelta(weeks=offset)
        return _date_candidate(span, _week_value(day), _narrow(_week_interval(day), part), "week")
    if unit == "weekend":
        monday = _week_interval(base)[0] + timedelta(weeks=offset)
        saturday = monday + timedelta(days=5)
        return _date_candidate(span, _week_value(saturday) + "-WE",
                               (saturday, saturday + timedelta(days=1)), "week")
    if unit == "month":
        year, month = _add_months(base.year, base.month, offset)
        return _date_candidate(span, f"{year:04d}-{month:02d}",
                               _narrow(_month_interval(year, month), part), "month")
    if unit == "quarter":
        index = base.year * 4 + (base.month - 1) // 3 + offset
        year, quarter = index // 4, index % 4 + 1
        return _date_candidate(span, f"{year}-Q{quarter}",
                               _narrow(_quarter_interval(year, quarter), part), "quarter")
    if unit in ("year", "fiscal year", "financial year"):
        year = base.year + offset
        value = f"FY{year}" if unit != "year" else f"{year:04d}"
        return _date_candidate(span, value, _narrow(_year_interval(year), part), "year")
    if unit == "decade":
        first = (base.year // 10 + offset) * 10
        return _date_candidate(span, f"{first // 10}",
                               _narrow((date(first, 1, 1), date(first + 9, 12, 31)), part),
                               "decade")
    if unit == "century":
        first = (base.year // 100 + offset) * 100
        return _date_candidate(span, f"{first // 100}",
                               _narrow((date(first, 1, 1), date(first + 99, 12, 31)), part),
                               "century")
    return None


# --- context: tense and neighbouring words --------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Not the stop of "p.m." or "a.m." within a clause ("targeted for 9:02 p.m.
# on Friday", "at 9 a.m. EDT"); before a new sentence it is one.
_ZONE = r"(?:[A-Z]{2,3}T|UTC|Eastern|Pacific|Central|Mountain)\b"
_CLAUSE_END = re.compile(rf"(?<![aApP]\.[mM])[.!?;:]\s"
                         rf"|(?<=[aApP]\.[mM])\.\s+(?=[\"“]|(?!{_ZONE})[A-Z])|\n")


# After a determiner, "plan" is a thing agreed or rejected and tells no
# tense ("accepted the plan on Tuesday"), unless it is a plan to do
# something ("announced its plan to hold elections in May").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
                          "this", "that", "these", "those"})
_NOUN_CUES = frozenset({"plan", "plans"})


# Subjects of a verb's plain present that do not end in -s: "people vote".
_PLURAL_SUBJECTS = frozenset({"they", "we", "you", "i", "people", "police", "both", "men",
                              "women", "children", "staff", "leaders", "who", "which", "that"})


def _schedule_verb(word: str, previous: str) -> bool:
    """Whether a word of ``tw.SCHEDULE_VERBS`` is a verb here, not a noun:
    not after a determiner or a preposition ("the vote", "by the end"), and
    in its plain form only after a plural subject ("talks resume", "people
    vote"), not after another noun ("a confidence vote")."""
    if previous in tw.BEFORE_AN_ADJECTIVE:
        return False
    return word.endswith("s") or not previous or previous in _PLURAL_SUBJECTS \
        or previous.endswith("s") and not previous.endswith("ss")


def _word_cue(word: str, following: str = "", previous: str = "") -> str | None:
    """The tense a word signals; ``following`` and ``previous`` are the
    words beside it, lower-cased."""
    lower = word.lower().replace("’", "'")
    if lower in _NOUN_CUES and following != "to" \
            and (previous in _DETERMINERS or previous.endswith(("'s", "’s"))):
        return None
    if lower in tw.FUTURE_IF_FOLLOWED:
        return "future" if following in tw.FUTURE_IF_FOLLOWED[lower] else None
    if lower in tw.MODALS:  # "may", not the month "May"
        return None if following in ("have", "not", "n't") or word[0].isupper() else "future"
    if lower in tw.SCHEDULE_VERBS and not _schedule_verb(lower, previous):
        return None  # "won a confidence vote on Thursday", "by the end of May"
    if lower in tw.FUTURE_CUES or lower in tw.SCHEDULE_VERBS or lower.endswith("'ll"):
        return "future"
    if lower in ("have", "has") and following == "to":
        return "future"  # "may have to wait until May": a need, still ahead
    if lower == "last" and (previous in _VERB_BEFORE_LAST or previous in tw.MODALS):
        return None  # "will last until Thursday": the verb, whose tense is further left
    if lower in tw.PAST_CUES or lower in IRREGULAR_PAST:
        return "past"
    if lower.endswith("ed") and len(lower) > 4 and lower not in tw.NOT_PAST_ED:
        # "letters to affected customers", "the injured workers": an adjective.
        return None if previous in tw.BEFORE_AN_ADJECTIVE else "past"
    return None


# Words after which "last" is a verb: "will last", "is expected to last";
# not "would" ("began in June and would last until August" lies behind).
_VERB_BEFORE_LAST = frozenset({"will", "to", "'ll", "won't", "not"})


def _clause_before(text: str, start: int) -> str:
    """The text from the start of its clause (at most 160 characters back) to ``start``."""
    left = text[max(0, start - 160):start]
    last_end = None
    for last_end in _CLAUSE_END.finditer(left):
        pass
    return left[last_end.end():] if last_end else left


def _clause_after(text: str, end: int) -> str:
    """The text from ``end`` to the end of its clause (at most 120 characters on)."""
    right = text[end:end + 120]
    stop = _CLAUSE_END.search(right)
    return right[:stop.start()] if stop else right


_WILL = frozenset({"will", "shall"})  # before "have", a future perfect
_SET_OFF_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,]*,", re.IGNORECASE)
_PHRASE_OPENERS = frozenset({"after", "before", "following", "since", "amid", "despite", "during"})
# Verbs after which a participle is a state, not a past: "will remain closed".
_COPULAS = frozenset({"be", "being", "been", "remain", "remains", "remaining", "stay", "stays",
                      "staying", "remained", "stayed"})
# A present passive right before its time tells what is to come after a
# future ("will take place after parliament is dissolved on Friday"), or
# when it tells a schedule ("The election is held on Sunday", "is invited
# to the summit in June"): the participle gives way to "is", a future cue.
# Not a headline's present told of the past ("The hospital is hit by a
# missile on Tuesday"), one that tells a state a past led to ("is accused
# of murder on Saturday", "are trapped since Monday"), nor one before a
# day's event ("is caused by Monday's strike").
_PRESENT_PASSIVE = frozenset({"is", "are"})
_WILL_BEFORE = frozenset({"will", "shall", "'ll", "wo", "would"})
_SCHEDULED_PARTICIPLES = frozenset({"held", "invited", "hosted", "staged", "convened", "closed",
                                    "scheduled", "planned"})
_PRESENT_PASSIVE_REACH = 5  # words from the participle to the time
_STATE_PARTICIPLES = frozenset({
    "accused", "charged", "suspected", "alleged", "believed", "thought", "said", "reported",
    "known", "feared", "presumed", "wanted", "blamed", "credited", "detained", "jailed",
    "imprisoned", "injured", "wounded", "hurt", "killed", "hospitalised", "hospitalized",
    "trapped", "stranded", "displaced", "missing", "estimated", "involved", "linked", "tied",
    "based", "located", "married", "owned", "worried", "concerned", "convinced", "pleased",
    "surprised", "disappointed", "shocked", "divided", "split", "finished", "done", "gone"})
# Rescheduling. Verbs that always put a date off or forward, then verbs
# that do with a particle ("pushed back", "put off"), then bare "moved",
# "pushed", "extended", which move many things besides dates.
_RESCHEDULE = r"(?:postpone|delay|defer|reschedul|adjourn)[a-z]*"
_FEW_WORDS = r"(?:\s+[\w’'-]+){0,3}?"
_SOME_WORDS = r"(?:\s+[\w’'-]+){0,4}?"
_PART = r"(?:early\s+|mid-?|late\s+)?"  # "to early March", "until mid-June"
_RESCHEDULE_WITH_PARTICLE = (rf"(?:mov(?:e|ed|es|ing)|push|pushe[ds]|pushing){_FEW_WORDS}"
                             r"\s+(?:back|up|forward)"
                             rf"|(?:put|puts|putting|pushed){_FEW_WORDS}\s+off"
                             rf"|(?:brought|bring|brings|bringing){_FEW_WORDS}\s+forward")
_MOVE = r"mov(?:e|ed|es|ing)|push|pushe[ds]|pushing|shift(?:s|ed|ing)?|extend(?:s|ed|ing)?"
# A verb that puts something off or moves it: "delayed until at least 2027".
RESCHEDULING = re.compile(rf"\b(?:{_RESCHEDULE}|{_RESCHEDULE_WITH_PARTICLE}|{_MOVE})\b",
                          re.IGNORECASE)
# The new date of something put off or moved lies ahead, whatever the verb's
# tense: "was postponed until March", "delayed the vote to Friday", "pushed
# back to next year", "extended until June", "was moved to June",
# "rescheduled for Friday"; not "moved into December" (a market's moving).
_RESCHEDULED_TO = re.compile(
    rf"\b(?:(?:{_RESCHEDULE}){_SOME_WORDS}\s+(?:until|till|to|into|for)"
    rf"|(?:{_RESCHEDULE_WITH_PARTICLE}){_SOME_WORDS}\s+(?:until|till|to|into)"
    rf"|(?:{_MOVE}){_SOME_WORDS}\s+(?:until|till|to)"
    # A deadline lies ahead: "now has until March 1 to decide", "was given until Friday".
    rf"|(?:has|have|given|gives|get|gets)\s+(?:\w+\s+)?(?:until|till)"
    # A date set for what is to come: "set sentencing for December 16",
    # "resets moon launch for Friday".
    rf"|\b(?:re)?set(?:s|ting)?{_SOME_WORDS}\s+for"
    # ... or aimed at: "is targeted for (9:02 p.m. EDT on) Friday"; not
    # "was targeted for a third night on Friday".
    rf"|\b(?:targeted|targetted|targeting|targets|earmarked|pencilled|penciled)(?:\s+in)?\s+for"
    r"(?:\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?(?:\s+on)?)?)\s+"
    rf"(?:at\s+least\s+)?{_PART}$",  # "adjourned until at least October"
    re.IGNORECASE)
# "delayed from January", "pushed the launch back from May 4 to May 11":
# the time after "from" is the plan given up, not when anything happened.
# A bare "moved" only when something was moved ("was moved", "moved the
# vote") to a new date: "forces pushed from October to February",
# "moved into its campus from April 2017" and "ruled Russia from 2000" are dated.
_RESCHEDULED_FROM = re.compile(
    rf"\b(?:{_RESCHEDULE}|{_RESCHEDULE_WITH_PARTICLE}){_SOME_WORDS}\s+from\s+\Z", re.IGNORECASE)
_MOVED_FROM = re.compile(
    rf"\b(?:(?:was|were|been|be|being|is|are|got)\s+(?:{_MOVE}){_SOME_WORDS}"
    rf"|(?:{_MOVE})(?:\s+[\w’'-]+){{1,4}}?)\s+from\s+\Z", re.IGNORECASE)
_TO_A_NEW_DATE = re.compile(rf"\s+(?:to|until|till)\s+{_PART}(?:next\s+)?(?:[A-Z][a-z]|\d)")
# A plan told as one that was: "originally scheduled for May" always; "had
# been planned for March" when the sentence goes on to change it ("…, was
# moved to June", "but Russia pulled out"). Not "went ahead as originally
# planned on Monday", nor "the cap, which had been set in 2019, was raised".
_PLAN_WORDS = (r"(?:scheduled|planned|slated|set|due|expected)\s+(?:for|on|in|to\s+\w+\s+(?:on|in))\s+"
               + _PART)
_FIRST_PLANNED = re.compile(
    rf"(?<!\bas )\b(?:originally|initially|first)\s+(?:been\s+)?{_PLAN_WORDS}\Z", re.IGNORECASE)
_HAD_BEEN_PLANNED = re.compile(
    rf"\bhad\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?{_PLAN_WORDS}\Z", re.IGNORECASE)
_CHANGED_AFTER = re.compile(
    rf"\b(?:{_RESCHEDULE}|{_RESCHEDULE_WITH_PARTICLE}|{_MOVE}|cancel[a-z]*|called\s+off|scrapped"
    r"|pulled\s+out|instead|but)\b", re.IGNORECASE)
_MONTH_AND_DAY_NAMES = "|".join(w.capitalize() for w in (*tw.MONTHS, *tw.WEEKDAYS))
_ANOTHER_DATE = re.compile(rf"\b(?:(?:{_MONTH_AND_DAY_NAMES})\b|\d{{4}}\b)")
_PLAN_REACH = 80  # characters looked back for the rescheduling verb
_CHANGE_REACH = 120  # characters looked ahead for the change of a former plan


def former_plan(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` (found in ``text``) is the date an event was moved
    away from, or a plan the sentence goes on to change: it dates nothing."""
    before = max(0, time.start - _PLAN_REACH)
    if _RESCHEDULED_FROM.search(text, before, time.start):
        return True
    if _MOVED_FROM.search(text, before, time.start):
        return _TO_A_NEW_DATE.match(text, time.end) is not None
    first = _FIRST_PLANNED.search(text, before, time.start) is not None
    if not first and not _HAD_BEEN_PLANNED.search(text, before, time.start):
        return False
    rest = re.split(r"[.!?](?:\s|$)", text[time.end:time.end + _CHANGE_REACH], maxsplit=1)[0]
    # "originally set for May, took place in June": a first plan with another
    # date after it was given up, as is any plan the sentence changes.
    return _CHANGED_AFTER.search(rest) is not None \
        or (first and _ANOTHER_DATE.search(rest) is not None)


_HAD_BEFORE = re.compile(r"\bhad(?:\s+[\w’'-]+){0,2}\s+$", re.IGNORECASE)


def _done_after_all(before: str, rescheduled: re.Match[str], after: str) -> bool:
    """Whether a clause that puts something off to a date tells that the
    date has come: "had been delayed to January" (a past before the past),
    "postponed until Monday, when it passed", "until September last year"."""
    had = _HAD_BEFORE.search(before, 0, rescheduled.start())
    if had is not None:
        # Not when said: "Officials said the vote had been postponed until
        # Friday" is the speech's past, and Friday still ahead.
        return not any(w.lower() in tw.REPORTING_VERBS for w in _WORD.findall(before[:had.start()]))
    # Up to another verb's clause with words of its own: "set sentencing for
    # December 16 and allowed him to remain free" does not tell that
    # December 16 came ("postponed until Monday and passed" does).
    own, *joined = re.split(r"\b(?:and|but)\b", after, maxsplit=1)
    if not joined or len(_WORD.findall(joined[0])) < 3:
        own = after
    words = _WORD.findall(own)[:8]
    return any(_word_cue(w, words[i + 1].lower() if i + 1 < len(words) else "") == "past"
               and w.lower() not in tw.REPORTING_VERBS  # "..., lawmakers said"
               for i, w in enumerate(words))


def _intends(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` tells an intent or a likelihood whose object
    is what the time dates: "possible", "ready", "agreed to meet"; not
    "agreed to a ceasefire" (a noun after "to")."""
    word = words[index].lower()
    if word in tw.OPEN_TENSE_WORDS:
        return True
    if word not in tw.OPEN_TENSE_BEFORE_TO or index + 2 >= len(words) \
            or words[index + 1].lower() != "to":
        return False
    verb = words[index + 2]
    return verb.isalpha() and verb.islower() and verb not in _NOT_A_VERB


# Words after "to" that make it a preposition ("agreed to a ceasefire",
# "the truce they agreed to in June"), or a passive ("to be").
_NOT_A_VERB = _DETERMINERS | {
    "some", "all", "any", "no", "each", "every", "both", "be", "in", "on", "at", "by", "for",
    "with", "from", "into", "during", "after", "before", "until", "over", "under", "about",
    "against", "between", "since"}


# Words of a plan that, after "as" or "than", compare what came with it:
# "went ahead as originally planned", "ended sooner than expected".
_AS_PLANNED = frozenset({"planned", "scheduled", "expected", "agreed", "promised", "intended",
                         "anticipated", "forecast", "predicted", "hoped", "feared"})


def _capitalised_in_clause(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]``, capitalised after the clause's first word,
    is part of a name; not in a headline, where every word is capitalised
    ("Trump Will Meet Putin on Friday")."""
    return words[index][:1].isupper() and words[index] != "I" \
        and any(w[:1].islower() and len(w) > 3 for w in words)


# ("was expected to recede through the weekend" is a forecast: not here.)
_PLANNED_TO = frozenset({"due", "scheduled", "supposed", "set", "slated", "planned", "meant"})
# What began to be let be happens from then on: "began allowing cargo to be
# unloaded on Monday" tells its tense by "began" (but "permitted the merger
# to be completed by December" looks ahead).
_LETTING = frozenset({"allowing", "letting", "permitting"})
_BEGAN = frozenset({"began", "begun", "started", "continued", "stopped"})


def _began_allowing(words: Sequence[str]) -> bool:
    """Whether ``words`` hold "allowing" (or "letting", "permitting") right
    after "began" (or "started", "continued", "stopped")."""
    lower = [w.lower() for w in words]
    return any(w in _LETTING and i and lower[i - 1] in _BEGAN for i, w in enumerate(lower))
# A past verb after what was planned, early in the rest of the clause.
_PAST_AFTER = re.compile(r"(?:\W+\w+){0,6}?\W+(?:was|were|had)\s+(?:been\s+)?(?:\w+ed|called"
                         r"|put|cut)\b", re.IGNORECASE)


def _tense(text: str, start: int, end: int) -> str | None:
    """``future``, ``past`` or None: the nearest tense cue in the clause;
    ``nearest`` after a word of intent with no future cue further left.

    Looks back up to sixteen words to the start of the clause, then forward
    up to six words; the first cue wins.
    """
    before = _clause_before(text, start)
    rescheduled = _RESCHEDULED_TO.search(before)
    if rescheduled and not _done_after_all(before, rescheduled, _clause_after(text, end)):
        return "future"
    # "not" carries no tense and stands between the auxiliaries read below
    # ("will not have shipped").
    # Sixteen: "will go ahead with a 24-hour strike at all of its German
    # sites on Monday" tells its tense eleven words back.
    # A relative clause set off by commas tells another verb's tense: "hired
    # Ana Ruiz, whose contract runs until 2027, as chief executive on Monday".
    words = [w for w in _WORD.findall(_SET_OFF_RELATIVE.sub(" ", before))
             if w.lower() != "not"][-16:]
    if _PHRASE_OPENERS & {w.lower() for w in words[-10:]}:
        # Past a phrase the time may lie in ("will need more batteries after
        # a barrage of 90 drones and six missiles on Sunday"), as before.
        words = words[-10:]
    meant = False  # past a word of intent: "agreed to meet in March"
    for index in range(len(words) - 1, -1, -1):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        previous = words[index - 1].lower() if index else ""
        if index and _capitalised_in_clause(words, index):
            continue  # "told NBC's Meet the Press on Sunday": a show, no verb
        cue = _word_cue(words[index], following, previous)
        before_previous = words[index - 2].lower() if index > 1 else ""
        if words[index].lower() in _AS_PLANNED and {"as", "than"} & {previous, before_previous} \
                and following not in ("for", "to"):
            continue  # "went ahead as planned on Monday": what was planned came
        if _intends(words, index):
            meant = True
            continue
        if meant and cue == "past":
            continue  # "said a meeting was possible in March": the past places nothing
        if cue == "past" and (previous in _COPULAS
                              or (words[index].lower() == "have" and previous in _WILL)
                              or (previous == "have" and before_previous in _WILL)):
            continue  # "to be held", "will remain closed": the tense is further left
        if cue == "past" and previous in _PRESENT_PASSIVE and index >= len(words) - _PRESENT_PASSIVE_REACH \
                and words[index].lower() not in _STATE_PARTICIPLES and not text.startswith(("'s", "’s"), end) \
                and (words[index].lower() in _SCHEDULED_PARTICIPLES
                     or _WILL_BEFORE & {w.lower() for w in words[:index - 1]}):
            continue  # "after parliament is dissolved on Friday": "is" tells it
        if previous == "to" and before_previous in _PLANNED_TO and (
                index > 2 and words[index - 3].lower() in ("was", "were", "been")
                or _PAST_AFTER.match(_clause_after(text, end))):
            # "was due to take place in May", "A summit due to be held in
            # May was cancelled": a plan told in the past may have passed.
            return "nearest"
        if words[index].lower() in _AS_PLANNED | _PLANNED_TO and previous == "been" \
                and before_previous == "had":
            # "which had been scheduled for Monday": a plan that no longer
            # holds, or whose day has come; the nearer reading.
            return "nearest"
        if words[index].lower() == "be" and previous == "to" \
                and not _began_allowing(words[max(0, index - 6):index - 1]):
            return "future"  # "is to be held on October 12"
        if cue:
            return cue
    if meant:
        return "nearest"
    after = _clause_after(text, end)
    found = list(_WORD.finditer(after))[:7]
    words = [m.group() for m in found]
    for index, word in enumerate(words[:6]):
        if word.lower() in tw.REPORTING_VERBS:
            if after[found[index].end():].lstrip().startswith(","):
                continue  # "The talks on Monday, officials said, will be hard"
            # "On Monday, Trump said tariffs would rise": what he said has
            # its own tense; the saying is the time's.
            return "past" if _word_cue(word) == "past" else None
        previous = words[index - 1].lower() if index else ""
        if previous in ("who", "which", "that"):
            continue  # "On Monday, lawmakers who fought the bill will vote": not the clause's
        if word.lower() in ("have", "has") and index + 1 < len(words) \
                and words[index + 1].lower() == "to":
            continue  # "The ruling on Friday means the company has to pay": not its time's
        cue = _word_cue(word, words[index + 1].lower() if index + 1 < len(words) else "", previous)
        if cue:
            return cue
    if _HEADLINE_INFINITIVE.match(before):
        return "future"  # "Rail strike to go ahead on Thursday": a headline's plan
    return None


# A clause with no verb but an infinitive after its subject, as headlines
# tell what is to come: "Rail strike to go ahead", "Apple to unveil iPhone".
_HEADLINE_INFINITIVE = re.compile(
    r"\W*(?:[\w’'.-]+\s+){1,5}?to\s+(?!(?:the|a|an|be|its|his|her|their|this|that)\b)[a-z]+\b")


_PREV_TOKEN = re.compile(r"(\S+)\s*$")
_NEXT_TOKEN = re.compile(r"^\s*([^\s]+)")


def _prev_token(text: str, start: int) -> str:
    """The white-space-delimited token that ends right before ``start`` (within 40 characters)."""
    match = _PREV_TOKEN.search(text[max(0, start - 40):start])
    return match.group(1) if match else ""


def _next_token(text: str, end: int) -> str:
    """The white-space-delimited token that starts right after ``end`` (within 40 characters)."""
    match = _NEXT_TOKEN.match(text[end:end + 40])
    return match.group(1) if match else ""


def _prev_word(text: str, start: int) -> str:
    """The previous token, lower-cased, without quotes, brackets or commas around it."""
    return _prev_token(text, start).lower().strip(",(\"'“‘")


def _next_word(text: str, end: int) -> str:
    """The next token, lower-cased, without punctuation, quotes or brackets around it."""
    return _next_token(text, end).lower().strip(",.;:)\"'”’")


def _words(text: str) -> str:
    """``text`` lower-cased, its runs of white space made one space ("Last  Week" -> "last week")."""
    return " ".join(text.lower().split())


_QUANTITY_AFTER = re.compile(r"\s*(%|per\s*cent|[.,]\d|:\d)")
_YEAR_BEFORE_DASH = re.compile(r"(?:1\d|20|21)\d\d\s*$")
_DASH_NUMBER = re.compile(r"\s*[-–]\s*\d")
_DASH_YEAR = re.compile(r"\s*[-–]\s*(?:1\d|20|21)\d\d\b")
_NOT_A_YEAR_AFTER = re.compile(r"[/:]\d|['’]?s\b")


def _is_quantity_context(text: str, start: int, end: int) -> bool:
    """True when the number at [start, end) is a count, money or a percentage."""
    before = text[max(0, start - 3):start].rstrip()
    if before and before[-1] in "$£€¥#":
        return True
    after = text[end:end + 12]
    if _QUANTITY_AFTER.match(after):
        return True
    if _next_word(text, end) in tw.QUANTITY_WORDS:
        return True
    return _prev_word(text, start) in tw.IDENTIFIER_WORDS


def _is_sentence_start(text: str, start: int) -> bool:
    """True when ``start`` opens a sentence or follows a colon (quotes and brackets
    between are skipped): there a capital letter says nothing."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


# --- resolving dates without a year ---------------------------------------------

def _pick(candidates: list[date], reference: date, tense: str | None, overrule: int = 0) -> date:
    """The candidate date the tense points to (ties and no cue: lean past).

    With ``overrule`` > 0, the other direction wins when it is more than that
    many times nearer: a tense cue is a word nearby, not a parse, and should
    not move "Feb. 20" a year ahead of a Feb. 24 article.
    """
    past = [d for d in candidates if d <= reference]
    future = [d for d in candidates if d >= reference]
    best_past = max(past) if past else None
    best_future = min(future) if future else None
    if tense in ("future", "past"):
        wanted, other = (best_future, best_past) if tense == "future" else (best_past, best_future)
        if wanted is not None:
            if overrule and other is not None and \
                    abs((other - reference).days) * overrule < abs((wanted - reference).days):
                return other
            return wanted
    if best_past is None:
        return best_future  # type: ignore[return-value]
    if best_future is None:
        return best_past
    if tense == "nearest":  # what is meant lies on either side: the nearer
        return best_future if best_future - reference < reference - best_past else best_past
    # Without a cue, the future reading must be clearly nearer: news reports.
    if 2 * (best_future - reference).days < (reference - best_past).days:
        return best_future
    return best_past


def _month_day_year(month: int, day: int, reference: date, tense: str | None) -> date | None:
    """The date of a month and day without a year, the year chosen by ``_pick``; None when the day never
    exists (Feb 30)."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _pick(candidates, reference, tense, overrule=8) if candidates else None


def _month_year(month: int, reference: date, tense: str | None) -> int:
    """The year of a bare month name."""
    if month == reference.month:
        return reference.year
    # Month starts against the reference month's start: a month is past or future as a whole.
    candidates = [date(y, month, 1) for y in (reference.year - 1, reference.year, reference.year + 1)]
    pivot = date(reference.year, reference.month, 1)
    return _pick(candidates, pivot, tense).year


def _weekday_date(weekday: int, reference: date, relation: str | None, tense: str | None) -> date:
    """The date of a weekday (0 = Monday) qualified by ``relation`` ("last", "next", "this"...) or placed
    by the tense."""
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    words = _words(relation or "")
    if words == "last":
        # That day of the week before: news names a day of this week by
        # its name alone ("on Wednesday"), so "last Wednesday" in a Friday
        # article is nine days back, not two. On a Sunday the working week
        # just ended is the last one: "last Thursday" is three days back.
        if reference.weekday() == 6 and weekday < 5:
            return reference - timedelta(days=back)
        return _week_interval(reference)[0] - timedelta(days=7 - weekday)
    if words in ("past", "this past"):
        return reference - timedelta(days=back or 7)
    if words in ("next", "coming", "this coming"):
        return reference + timedelta(days=forward or 7)
    if words == "this":
        return _week_interval(reference)[0] + timedelta(days=weekday)
    if tense == "future" or tense == "nearest" and forward < back:
        return reference + timedelta(days=forward)
    return reference - timedelta(days=back)


# --- numbers -------------------------------------------------------------------

def _number(words: str) -> float | None:
    """The value of a number written in digits or words; None when vague."""
    words = _words(words.replace("-", " "))
    if words in tw.VAGUE_QUANTITIES:
        return None
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words in ("a", "an", "one", "a single", "single"):
        return 1 + half
    if words in ("half a", "half an"):
        return 0.5
    if words in ("a dozen", "dozen"):
        return 12
    if words in ("a hundred", "hundred", "one hundred"):
        return 100
    try:
        return float(words.replace(",", "")) + half
    except ValueError:
        pass
    total = 0
    for word in words.split():
        if word in tw.SMALL_NUMBERS:
            total += tw.SMALL_NUMBERS[word]
        elif word in tw.TENS:
            total += tw.TENS[word]
        else:
            return None
    return total + half


def _format_number(value: float) -> str:
    """A number as TIMEX3 writes it: ``3``, ``1.5``."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _unit_key(word: str) -> str:
    """The lexicon key (``tw.UNITS``) of a unit word: "years" -> "year", "centuries" -> "century"."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in tw.UNITS else word


def _duration_value(amount: float | None, unit_word: str) -> str | None:
    """The TIMEX3 duration of ``amount`` units (``P3Y``, ``PT48H``; ``PXY`` when the amount is vague); None
    for an unknown unit."""
    unit = _unit_key(unit_word)
    if unit not in tw.UNITS:
        return None
    letter, is_time, factor = tw.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    return f"{prefix}{_format_number(amount * factor)}{letter}"


# --- pattern building blocks -----------------------------------------------------

def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so no word shadows a longer one)."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cased(words: Iterable[str]) -> str:
    """Title-case and upper-case forms of lexicon words, for case-sensitive rules."""
    forms = set()
    for word in words:
        forms.add(word[:1].upper() + word[1:])
        forms.add(word.upper())
    return _alternation(forms)


_MONTH_FULL = _cased(tw.MONTHS)
_MONTH_ABBR = _cased(tw.MONTH_ABBREVIATIONS)
_MONTH = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b(?:\s?\.)?)"
_WEEKDAY_FULL = _cased(tw.WEEKDAYS)
_WEEKDAY_ABBR = _cased(tw.WEEKDAY_ABBREVIATIONS)
_WEEKDAY_PREFIX = rf"(?:(?:(?:{_WEEKDAY_FULL})\b|(?:{_WEEKDAY_ABBR})\b(?:\s?\.)?)\s*,?\s*)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_DAYS_JOIN = r"[-–—]|to|through|until|and"  # what joins the days of a range
_YEAR = r"(?<![\d.,])(?:1\d\d\d|20\d\d|21\d\d)(?!\d|[.,]\d)"
_MOD = r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of)(?:\s*-\s*|\s+))?"
_NUMBER_WORD = rf"(?:(?:{_alternation(tw.TENS)})(?:[\s-](?:{_alternation(k for k, v in tw.SMALL_NUMBERS.items() if 0 < v < 10)}))?|{_alternation(tw.SMALL_NUMBERS)})"
_NUMBER = (rf"(?:a\s+couple\s+of|a\s+dozen|a\s+hundred|half\s+an?|an?|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|"
          rf"{_NUMBER_WORD}|several|a\s+few|few|many|some|numerous)(?:\s+and\s+a\s+half)?")
_UNIT = (r"(?:seconds?|secs|minutes?|mins|hours?|hrs?|days?|weeks?|fortnights?|months?|"
        r"quarters?|years?|yrs|decades?|century|centuries)")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_CENTURY_ORDINALS = _alternation(k for k in tw.ORDINALS if k not in ("last", "final"))
# (A fortnight or an hour is no calendar unit: only "the past fortnight",
# "the last hour" are read, as durations.)
_UNIT_WORDS = (r"(?:week|month|year|quarter|weekend|decade|century|day|fortnight|hour|fiscal\s+year|"
              r"financial\s+year|(?:fiscal|financial)\s+quarter)")

_I = re.IGNORECASE


# --- rules: each a pattern and a handler -------------------------------------------

Handler = Callable[[re.Match[str], _Context], "_Candidate | None"]


def _first_group(match: re.Match[str], *names: str) -> str | None:
    """The first of the named groups that the pattern has and that matched.

    Lets one handler serve patterns whose alternatives bind the same meaning
    to differently named groups (Python forbids duplicate group names).
    """
    for name in names:
        if name in match.re.groupindex and match[name] is not None:
            return match[name]
    return None


def _month_number(word: str) -> int:
    """The month (1-12) of a month name or abbreviation ("Feb.", "February")."""
    key = word.lower().rstrip(". ").strip()
    return tw.MONTHS.get(key) or tw.MONTH_ABBREVIATIONS[key]


def _day_number(word: str) -> int:
    """The day of a ``_DAY`` match: "24", "2nd"."""
    return int(word.rstrip("stndrh"))


def _iso(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"2025-02-24", "2025/02/24", "2025-02-24T09:30"."""
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return _day_candidate(match.span(), day, f"{match['H']}:{match['M']}" if match["H"] else "")


def _slash(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"02/14/2025" (month first, as in US news, unless the first number is
    over 12), "14/02/25", and "24.02.2025" (day first, as where it is used)."""
    if match["dd"]:
        day, month, year = int(match["dd"]), int(match["mm"]), int(match["yyyy"])
    else:
        first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
        if year < 100:
            year += 2000 if year <= (ctx.reference.year % 100) + 10 else 1900
        month, day = (second, first) if first > 12 else (first, second)
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return _day_candidate(match.span(), found)


def _full_date(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """Month, day and year in any order: "Feb. 24, 2025", "24 February 2025"."""
    try:
        found = date(int(match["y"]), _month_number(match["mon"]), _day_number(match["d"]))
    except ValueError:
        return None
    return _day_candidate(match.span(), found)


def _month_day(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"Feb. 24", "24 February", "April 2nd": the year comes from the reference."""
    start, end = match.span()
    if _is_quantity_context(ctx.text, match.start("d"), match.end("d")):
        return None
    if re.match(r"\s*[-–]\s*\d{2,}", ctx.text[end:end + 6]) and not re.match(
            r"\s*[-–]\s*\d{1,2}\b", ctx.text[end:end + 6]):
        return None
    found = _month_day_year(_month_number(match["mon"]), _day_number(match["d"]),
                            ctx.reference, _tense(ctx.text, start, end))
    if found is None:
        return None
    return replace(_day_candidate((start, end), found), yearless=True)


def _day_of_month(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"on the 22nd": that day of the reference's month, or of the month
    before or after it, the one the tense points to (as "June 24" is put)."""
    start, end = match.span("the")
    if _ORDINAL_OF_A_RACE.search(ctx.text, max(0, start - 80), min(len(ctx.text), end + 80)):
        return None  # "birdie on the 18th", "up to 2nd by the 10th": holes, laps
    day = int(match["d"])
    candidates = []
    for shift in (-2, -1, 0, 1):
        try:
            candidates.append(date(*_add_months(ctx.reference.year, ctx.reference.month, shift),
                                   day))
        except ValueError:
            continue  # "the 31st" of a 30-day month
    tense = _tense(ctx.text, start, end)
    # "was held on the 30th" in a March 10 article: January's, not March's ahead.
    if tense == "past":
        candidates = [c for c in candidates if c <= ctx.reference]
    elif tense == "future":
        candidates = [c for c in candidates if c >= ctx.reference]
    if not candidates:
        return None
    found = _pick(candidates, ctx.reference, tense, overrule=8)
    return _day_candidate((start, end), found)


# Words of a race or a game, where an ordinal counts holes, laps or rounds.
_ORDINAL_OF_A_RACE = re.compile(
    r"\b(?:holes?|birdie|bogey|par|laps?|rounds?|innings?|minute|overs?|floors?|storey|stage)\b",
    re.IGNORECASE)


_RANGE_OPENS = re.compile(r"\b(?P<opener>from|between)\s+\Z", re.IGNORECASE)
_OPENER_REACH = 12  # characters looked back for a range's "between" or "from"


def _range_opener(text: str, start: int) -> str:
    """"from" or "between" when one opens a range at ``start``, else ""."""
    opens = _RANGE_OPENS.search(text, max(0, start - _OPENER_REACH), start)
    return opens["opener"].lower() if opens else ""


def _month_day_range(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"March 18-19", "Jan. 30 to Feb. 2, 2025", "3-5 March", "between March
    3 and 5": one expression over the days.

    The value is the first day's (TIMEX3 has no value for a range); the
    interval runs to the last day.
    """
    if match["join"].lower() == "and" and _range_opener(ctx.text, match.start()) != "between":
        return None  # "March 3 and 5" is a range only after "between"; otherwise two days
    if _is_quantity_context(ctx.text, match.start("d2"), match.end("d2")):
        return None
    reach = max(0, match.start() - _PLAN_REACH)
    if _RESCHEDULED_FROM.search(ctx.text, reach, match.start()) \
            or _MOVED_FROM.search(ctx.text, reach, match.start()):
        return None  # "moved from March 3 to March 10": two dates, the first given up
    # A day-first range names its month once, after the last day ("3-5 March").
    first_month = _month_number(match["mon"] or match["mon2"])
    last_month = _month_number(match["mon2"] or match["mon"])
    first_day, last_day = _day_number(match["d"]), _day_number(match["d2"])
    try:
        if match["y"]:
            year = int(match["y"])
            last = date(year, last_month, last_day)
            first = date(year - (first_month > last_month), first_month, first_day)
        else:
            first = _month_day_year(first_month, first_day, ctx.reference,
                                    _tense(ctx.text, *match.span()))  # type: ignore[assignment]
            if first is None:
                return None
            last = date(first.year + (last_month < first_month), last_month, last_day)
    except ValueError:
        return None
    if last <= first or (last - first).days > 62:
        return None
    return _date_candidate(match.span(), first.isoformat(), (first, last), "day")


def _month_and_year(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"March 2025", "mid-March 2025", "March of 2025"."""
    year, month = int(match["y"]), _month_number(match["mon"])
    if not 1000 <= year <= 2199:
        return None
    interval = _narrow(_month_interval(year, month), _part(match["mod"]))
    return _date_candidate(match.span(), f"{year:04d}-{month:02d}", interval, "month")


def _month_alone(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """A month name without day or year ("in March", "last May"); an ambiguous name ("may", "march") only
    after a word that introduces a time."""
    name = match["mon"].lower()
    start, end = match.span()
    relation = (match["rel"] or "").lower()
    previous = _prev_word(ctx.text, start).rstrip("-")
    introduced = previous in tw.MONTH_INTRODUCERS
    if not (match["mod"] or relation or introduced) and (
            name in tw.AMBIGUOUS_MONTHS
            # "April Holmes"; not "the April CPI report"
            or name in tw.GIVEN_NAME_MONTHS and _next_token(ctx.text, end)[:1].isupper()
            and previous not in _DETERMINERS):
        return None
    month = tw.MONTHS[name]
    ref = ctx.reference
    if relation == "last" or relation == "past":
        year = ref.year if month < ref.month else ref.year - 1
    elif relation in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif relation == "this":
        year = ref.year
    else:
        year = _month_year(month, ref, _tense(ctx.text, start, end))
    interval = _narrow(_month_interval(year, month), _part(match["mod"]))
    found = _date_candidate((start, end), f"{year:04d}-{month:02d}", interval, "month")
    return replace(found, yearless=not relation)


_YEAR_INTRODUCERS = frozenset({
    "in", "since", "of", "by", "until", "till", "from", "year", "circa", "c.",
    "before", "after", "during", "through", "and", "or", "to", "early", "mid",
    "late", "fiscal", "the", "between", "around", "about",
})


def _year(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"2017", "fiscal 2010", "FY2010", "early 2009"; numbers that are counts, labels, scores or parts of
    another form are not years."""
    text = ctx.text
    ys, ye = match.span("y")
    year = int(match["y"])
    before = text[max(0, ys - 1):ys]
    after = text[ye:ye + 6]
    # A year range "2009-2010" is two years; "3-2009" or "2009-10" is not a year.
    if before == "-" and not match["mod"] and not _YEAR_BEFORE_DASH.search(text[max(0, ys - 7):ys - 1]):
        return None
    if _DASH_NUMBER.match(after) and not _DASH_YEAR.match(after):
        return None
    if before and (before.isalnum() or before in "$£€¥#'/"):
        if not (match["fy"] and before.isalpha()):
            return None
    if _NOT_A_YEAR_AFTER.match(after):
        return None
    if _is_quantity_context(text, ys, ye):
        return None
    introduced = bool(match["mod"] or match["fy"]) or _prev_word(text, match.start()) in _YEAR_INTRODUCERS
    if not (1900 <= year <= 2099 or (introduced and 1000 <= year <= 2199)):
        return None
    interval = _narrow(_year_interval(year), _part(match["mod"]))
    value = f"FY{year}" if match["fy"] else f"{year:04d}"
    return _date_candidate(match.span(), value, interval, "year")


def _decade(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"the 1990s", "the '90s", "the nineties": a two-digit decade is the
    latest one that has begun by the reference year."""
    if match["full"]:
        first = int(match["full"])
    else:
        short = _first_group(match, "short", "short2")
        digit = int(short) if short else tw.DECADE_WORDS[(match["word"] or "").lower()]
        first = ctx.reference.year // 100 * 100 + digit * 10
        if first > ctx.reference.year:
            first -= 100
    interval = _narrow((date(first, 1, 1), date(first + 9, 12, 31)), _part(match["mod"]))
    return _date_candidate(match.span(), f"{first // 10}", interval, "decade")


def _century(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"the 20th century", "the nineteenth century"."""
    ordinal = match["n"]
    digits = re.match(r"\d+", ordinal)
    number = int(digits.group()) if digits else tw.ORDINALS.get(ordinal.lower())
    if not number or number > 22:
        return None
    first = (number - 1) * 100
    interval = _narrow((date(max(first, 1), 1, 1), date(first + 99, 12, 31)), _part(match["mod"]))
    return _date_candidate(match.span(), f"{number - 1:02d}", interval, "century")


def _quarter(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"Q3 2010", "the third quarter", "the last quarter" (the previous calendar quarter)."""
    ref = ctx.reference
    word = (_first_group(match, "q") or "").lower()
    year_text = _first_group(match, "y")
    if word == "last" and not year_text and _first_group(match, "the"):
        return _unit_candidate(match.span(), "quarter", ref, -1)
    quarter = int(word) if word.isdigit() else tw.ORDINALS.get(word)
    if not quarter or quarter > 4:
        return None
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
    else:
        starts = [_quarter_interval(y, quarter)[0] for y in (ref.year - 1, ref.year, ref.year + 1)]
        current = _quarter_interval(ref.year, (ref.month - 1) // 3 + 1)[0]
        year = _pick(starts, current, _tense(ctx.text, *match.span())).year
    interval = _narrow(_quarter_interval(year, quarter), _part(_first_group(match, "mod")))
    return _date_candidate(match.span(), f"{year}-Q{quarter}", interval, "quarter")


def _half(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"the first half of 2010", "the second half of this year", "H1 2025"."""
    half = 1 if match["h"].lower() in ("first", "1st", "1") else 2
    ref = ctx.reference
    year_text = _first_group(match, "y", "y2")
    if year_text:
        year = int(year_text)
    else:
        relation = (_first_group(match, "rel") or "this").lower()
        year = ref.year + {"last": -1, "next": 1}.get(relation, 0)
    first = date(year, 1 if half == 1 else 7, 1)
    last = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return _date_candidate(match.span(), f"{year}-H{half}", (first, last), "quarter")


# Words that, right before a season name without a year or a relation, make
# it a season ("in summer"); "fall" alone ("prices fall before...") needs one
# of the narrower set.
_SEASON_INTRODUCERS = frozenset({"in", "during", "by", "until", "since", "through", "over", "before", "after"})
_FALL_INTRODUCERS = frozenset({"in", "by", "until", "since"})


def _season(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"summer 2010", "last winter", "in the fall"; a bare season name only after a word that introduces a
    time."""
    code = tw.SEASONS[match["s"].lower()]
    relation = (match["rel"] or "").lower()
    ref = ctx.reference
    start = match.start()
    prev = _prev_word(ctx.text, start)
    if not (match["y"] or match["mod"] or relation in ("this", "last", "next", "coming", "past")):
        if prev not in _SEASON_INTRODUCERS:
            return None
        if relation != "the" and code == "FA" and prev not in _FALL_INTRODUCERS:
            return None  # "fall" is also a verb: "in fall", "by fall", not "after fall"
        if not relation and match["s"][0].isupper() and not _is_sentence_start(ctx.text, start):
            return None
    month = tw.SEASON_START_MONTH[code]
    if match["y"]:
        year = int(match["y"])
    else:
        # The season's year: the one containing its first month.
        current = ref.year if not (code == "WI" and ref.month <= 2) else ref.year - 1
        if relation in ("last", "past"):
            # The last season of that name that is over by the reference date.
            year = current if _month_interval(*_add_months(current, month, 2))[1] < ref else current - 1
        elif relation in ("next", "coming"):
            year = current + 1 if date(current, month, 1) <= ref else current
        elif relation == "this":
            year = current
        else:
            starts = [date(y, month, 1) for y in (current - 1, current, current + 1)]
            year = _pick(starts, ref, _tense(ctx.text, *match.span())).year
    first = date(year, month, 1)
    last = _month_interval(*_add_months(year, month, 2))[1]
    interval = _narrow((first, last), _part(match["mod"]))
    return _date_candidate(match.span(), f"{year}-{code}", interval, "quarter")


_DAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                "the day before yesterday": -2, "the day after tomorrow": 2,
                "this": 0, "last": -1}


def _relative_day(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"today", "tomorrow morning", "tonight", "last night", "this afternoon"."""
    word = _words(match["w"])
    day = ctx.reference + timedelta(days=_DAY_OFFSETS[word])
    part = (match["pod"] or "").lower()
    if word == "tonight":
        part = "night"
    if word == "last" and part != "night":
        return None
    if word == "this" and not part:
        return None
    return _day_candidate(match.span(), day, tw.PARTS_OF_DAY[part] if part else "")


def _present(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"now", "currently", "at the moment": ``PRESENT_REF`` on the reference day."""
    if match["w"].lower() == "now" and re.match(r"-\w", ctx.text[match.end():match.end() + 2]):
        return None
    ref = ctx.reference
    return _date_candidate(match.span(), "PRESENT_REF", (ref, ref), "day")


# How many days "in recent weeks", "in the coming months", "years ago"... reach.
_VAGUE_WINDOW_DAYS = {"day": 14, "week": 60, "month": 365, "year": 5 * 365, "decade": 20 * 365,
                      "time": 90}


def _past_ref(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"recently", "in recent weeks", "the past": ``PAST_REF`` over a window before the reference."""
    unit = _unit_key(match["u"]) if match["u"] else None
    days = _VAGUE_WINDOW_DAYS.get(unit or "", RECENT_DAYS)
    if match["x"].lower().endswith("past"):
        if re.match(rf"\s+(?:few|several|\d|{_NUMBER_WORD}\b|{_UNIT})", ctx.text[match.end():match.end() + 20],
                    re.IGNORECASE):
            return None  # "the past fortnight", "the past two hours": a duration
        days = 10 * 365
    ref = ctx.reference
    return _date_candidate(match.span(), "PAST_REF", (ref - timedelta(days=days), ref), "vague")


def _future_ref(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"soon", "in the coming months", "the near future": ``FUTURE_REF`` over a window after the reference."""
    text = _words(match.group())
    if text in ("soon", "shortly") and re.match(r"\s+(?:as|after|before|thereafter|afterwards?)\b",
                                                 ctx.text[match.end():match.end() + 14]):
        return None
    if text == "soon" and _prev_word(ctx.text, match.start()) in ("as", "how", "too"):
        return None
    unit_word = _first_group(match, "u", "u2", "u3", "u4")
    unit = _unit_key(unit_word) if unit_word else None
    days = _VAGUE_WINDOW_DAYS.get(unit or "", SOON_DAYS)
    if "future" in text and "near" not in text:
        days = 10 * 365
    ref = ctx.reference
    return _date_candidate(match.span(), "FUTURE_REF", (ref, ref + timedelta(days=days)),
                           "vague", future=True)


# How many units from the reference's a relation word moves ("last week": -1).
_RELATION_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "the current": 0,
                     "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "this past": -1,
                     "past": -1, "the past": -1, "the last": -1}


def _relative_unit(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"last week", "this year", "next month", "earlier this month", "that day"..."""
    relation = _words(match["rel"])
    unit = _words(match["u"])
    if unit.endswith("quarter"):
        unit = "quarter"  # fiscal quarters are taken as calendar quarters
    adverb = (match["adv"] or "").lower()
    boundary = (match["bnd"] or "").lower()
    ref = ctx.reference
    span = match.span()
    # "the end of last year" narrows by its boundary, "early next year" by its
    # adverb; "earlier this year" is handled below, not as a third.
    part = _part(boundary or adverb) if boundary or adverb in ("early", "late") else None
    if relation == "the":
        if unit == "weekend" and not boundary:
            # "over the weekend": the one just past, or the coming one when the
            # clause is about the future; on a Saturday or Sunday, that weekend.
            future = _tense(ctx.text, *span) == "future"
            return _unit_candidate(span, "weekend", ref, 0 if future or ref.weekday() >= 5 else -1)
        if adverb in ("earlier", "later") and not boundary:
            # "later in the day": the day (week...) of the last date mentioned
            return _anaphor(span, unit, 0)
        if not boundary:
            return None
        relation = "this"
    if relation in ("that", "the same", "that same", "the very same"):
        return _anaphor(span, unit, 0)
    if relation == "the following" or (relation == "the next" and unit == "day"):
        return _anaphor(span, unit, 1)
    if relation == "the previous":
        return _anaphor(span, unit, -1)
    if unit == "day":
        return None
    if relation in ("the past", "the last", "past", "the next") and not boundary:
        if unit == "quarter" and relation in ("the last", "the past"):
            return _unit_candidate(span, "quarter", ref, -1)
        if unit == "weekend" and relation in ("the last", "the past"):
            return _unit_candidate(span, "weekend", ref, -1)
        value = _duration_value(1, unit.split()[-1])
        return _Candidate(span[0], span[1], "DURATION", value) if value else None
    offset = _RELATION_OFFSETS.get(relation)
    if offset is None:
        return None
    found = _unit_candidate(span, unit, ref, offset, part)
    if found is None:
        return None
    earliest, latest = found.earliest, found.latest
    if adverb == "earlier" and earliest and earliest <= ref:
        latest = min(latest, ref)  # type: ignore[type-var]
    elif adverb == "later" and latest and latest >= ref:
        earliest = max(earliest, ref)  # type: ignore[type-var]
    return replace(found, earliest=earliest, latest=latest, future=adverb == "later")


def _this_or_next(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"this week or next week": one future interval over both units."""
    unit = match["u"].lower()
    this = _unit_candidate(match.span(), unit, ctx.reference, 0)
    following = _unit_candidate(match.span(), unit, ctx.reference, 1)
    if this is None or following is None:
        return None
    return replace(this, latest=following.latest, future=True)


# The calendar unit of a duration letter (a fortnight counts in weeks).
_CALENDAR_UNIT = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _ago(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"two days ago", "three weeks from now", "years ago": the unit that far from the reference."""
    direction = -1 if match["dir"].lower() == "ago" else 1
    return _units_from_reference(match.span(), _number(match["n"]), match["u"], direction, ctx.reference,
                                 today=bool(match["today"]))


def _units_from_reference(span: tuple[int, int], amount: float | None, unit_word: str, direction: int,
                          ref: date, today: bool = False) -> _Candidate | None:
    """The calendar unit ``amount`` units of ``unit_word`` back (``direction``
    -1) or ahead (+1) of ``ref``; a vague window when the amount is ("years
    ago"). With ``today``, that very day ("a week ago today")."""
    unit = _unit_key(unit_word)
    if unit not in tw.UNITS:
        return None
    if amount is None:
        days = _VAGUE_WINDOW_DAYS.get(unit, 90)
        if direction < 0:
            return _date_candidate(span, "PAST_REF", (ref - timedelta(days=days), ref), "vague")
        return _date_candidate(span, "FUTURE_REF", (ref, ref + timedelta(days=days)),
                               "vague", future=True)
    letter, is_time, factor = tw.UNITS[unit]
    amount *= factor
    if amount != int(amount):
        return None
    count = int(amount) * direction
    if today and direction < 0 and _CALENDAR_UNIT[letter] in ("week", "month", "year"):
        # "a week ago today": that very day, the unit's length back.
        months = {"month": 1, "year": 12}.get(_CALENDAR_UNIT[letter], 0) * count
        year, month = _add_months(ref.year, ref.month, months)
        try:
            that_day = date(year, month, ref.day) + timedelta(weeks=count if not months else 0)
            return _day_candidate(span, that_day)
        except ValueError:
            pass  # "a month ago today" on March 31: no such day, the month it was
    if is_time:  # "three hours ago": that day; "48 hours ago": two days back
        days, rest = divmod(abs(count), 24) if letter == "H" else (0, 0)
        # Under a day back is taken as the article's day: a date says no
        # more, and a story is rarely filed within hours of midnight.
        near = ref + timedelta(days=direction * days)
        far = ref + timedelta(days=direction * (days + (rest > 0 and days > 0)))
        day = _day_candidate(span, near)
        if far != near:  # "36 hours ago": one of two days
            day = replace(day, earliest=min(near, far), latest=max(near, far), precision="vague")
        return replace(day, count=(days, direction, True))
    if unit in ("decade", "century"):
        found = _unit_candidate(span, unit, ref, count // factor)
    else:
        found = _unit_candidate(span, _CALENDAR_UNIT[letter], ref, count)
    days = abs(count) * _UNIT_DAYS[_CALENDAR_UNIT[letter]]
    return None if found is None else replace(found, count=(days, direction, True))


# Days in a calendar unit, to size a hedge ("about a month ago").
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
# Words before a count that make it approximate, a lower bound or an upper
# bound: "about a year later", "more than a decade ago", "less than two weeks
# ago"; "no more than" is an upper bound. Within one line: a headline's last
# word ("... is not over") hedges nothing on the next.
_HEDGE = re.compile(
    r"(?:\b(?P<verb>(?!not?\b)[a-z]+)[^\S\n]+)?"
    r"\b(?:(?P<neg>no|not)[^\S\n]+)?"
    r"(?:(?P<approx>about|around|roughly|approximately|some|circa|nearly|almost|close[^\S\n]+to)"
    r"|(?P<more>more[^\S\n]+than|over|at[^\S\n]+least|upwards[^\S\n]+of)"
    r"|(?P<less>less[^\S\n]+than|under|fewer[^\S\n]+than|not[^\S\n]+even))[^\S\n]+$",
    re.IGNORECASE)
_HEDGE_REACH = 30  # characters
# Verbs whose particle looks like a hedge: "took over a year ago", "went under
# two years ago" say when, not how roughly ("passed over a year ago" hedges).
_PARTICLE_VERBS = frozenset("""
take takes took taken taking hand hands handed handing turn turns turned turning
go goes went gone going
""".split())
_PARTICLES = frozenset({"over", "under"})


def _hedge_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    """The hedge right before ``start`` (not before ``floor``), if there is one."""
    hedge = _HEDGE.search(text, max(floor, start - _HEDGE_REACH), start)
    if hedge is None:
        return None
    word = (hedge["approx"] or hedge["more"] or hedge["less"]).lower()
    if word in _PARTICLES and not hedge["neg"] and (hedge["verb"] or "").lower() in _PARTICLE_VERBS:
        return None
    return hedge


def _hedge_start(hedge: re.Match[str]) -> int:
    """Where the hedge's own words begin (the verb before it is not one)."""
    return next(hedge.start(group) for group in ("neg", "approx", "more", "less") if hedge[group])


def _hedged(candidate: _Candidate, ctx: _Context, floor: int) -> _Candidate:
    """A count with a hedge before it, widened as far as the hedge allows.

    "about N units": a quarter of the count more on each side; "more than":
    N units further from the date counted from; "less than": N units nearer
    it. A count back from the reference never passes it ("less than two
    weeks ago" ends on the reference date). The hedge is looked for after
    ``floor``, the end of the expression before.
    """
    if candidate.count is None or candidate.earliest is None or candidate.latest is None \
            or candidate.count[0] == 0:
        return candidate
    hedge = _hedge_before(ctx.text, candidate.start, floor)
    if hedge is None:
        return candidate
    days, direction, from_reference = candidate.count
    earliest, latest = candidate.earliest, candidate.latest
    more = (hedge["more"] is not None) != (hedge["neg"] is not None)  # "no less than" is more
    if hedge["approx"]:
        margin = timedelta(days=max(1, -(-days // 4)))
        earliest, latest = earliest - margin, latest + margin
    elif more == (direction < 0):
        earliest -= timedelta(days=days)  # further back, or nearer a date counted forward from
    else:
        latest += timedelta(days=days)
    if from_reference:  # "ago", "from now": not past the reference
        earliest, latest = (earliest, min(latest, ctx.reference)) if direction < 0 \
            else (max(earliest, ctx.reference), latest)
    return replace(candidate, start=_hedge_start(hedge), earliest=earliest, latest=latest,
                   precision="vague")


# "up 5% from a year earlier", "$20bn a year earlier", "2.5% a year earlier":
# a comparison of figures dates nothing.
_COMPARISON = re.compile(
    r"(?:\b(?:from|than|over|versus|vs\.?|against|compared\s+(?:with|to)|on)\s+"
    r"|(?:[$£€]\S*|\d[\d.,]*\s*%|\b(?:percent|million|billion|trillion|bn)\b)(?:\s+[A-Za-z]+)?\s+)$",
    re.IGNORECASE)


def _later_or_earlier(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"One year later he was fired": that many units from the last date mentioned.

    Decades and centuries are left as durations: "a decade later" is a
    period of about ten years, not the next calendar decade.
    """
    amount = _number(match["n"])
    unit = _unit_key(match["u"])
    value = _duration_value(amount, match["u"])
    before = ctx.text[max(0, match.start() - 40):match.start()]
    # A hedge is no comparison ("More than a year later he left"), but what
    # comes before it may be one ("sales rose 5% more than a year earlier").
    hedge = _hedge_before(before, len(before), 0)
    if hedge is not None:
        before = before[:_hedge_start(hedge)]
    if amount is None or value is None or unit in ("decade", "century") or _COMPARISON.search(before):
        return None
    duration = _Candidate(match.start(), match.end("u"), "DURATION", value)
    letter, is_time, factor = tw.UNITS[unit]
    count = amount * factor
    if count != int(count):
        return None
    direction = 1 if match["dir"].lower() == "later" else -1
    if is_time:  # "three hours later": the same day; "48 hours later": two days on
        if letter != "H" or count < 24:
            return _counted_anaphor(match.span(), "day", 0, duration)
        if count % 24:
            return duration
        return _counted_anaphor(match.span(), "day", int(count) // 24 * direction, duration)
    return _counted_anaphor(match.span(), _CALENDAR_UNIT[letter], int(count) * direction, duration)


# Words that await an event ("ahead of Thursday's vote", "to call off
# Wednesday's strike"): the day may lie ahead as well as behind.
_AWAITED = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|prepar(?:e|es|ed|ing)\s+for|"
    r"call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing)?|postpon(?:e|es|ed|ing))\s+\Z",
    re.IGNORECASE)


# What makes a day's name a habit's ("the weekly Monday call", "compulsory
# Saturday working"), or, after "the", a paper's or a show's ("the Sunday
# Courier", "the Friday Review"; not "the Monday Cabinet meeting").
_RECURRING_BEFORE = re.compile(r"\b(?:weekly|compulsory|mandatory)\s+\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_NAME_AFTER_THE_DAY = re.compile(
    r"\s+(?:Times|Telegraph|Courier|Post|Express|Mirror|Herald|Review|Star|Mail|Independent"
    r"|Observer|Gazette|Chronicle|Journal|Tribune|Record|Sport|Business|Standard|Age|Sun|Ledger"
    r"|Globe|Guardian|Inquirer|Argus|Leader)\b")


def _weekday(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"Monday", "last Friday", "Tuesday morning"; "Mondays" is a SET."""
    weekday = tw.WEEKDAYS[match["wd"].lower()]
    start, end = match.span()
    if match["pl"]:
        if match["rel"]:
            return None
        return _Candidate(start, end, "SET", f"XXXX-WXX-{weekday + 1}")
    relation = match["rel"]
    if not relation and (_RECURRING_BEFORE.search(ctx.text, max(0, start - 14), start)
                         or _NAME_AFTER_THE_DAY.match(ctx.text, end)
                         and _THE_BEFORE.search(ctx.text, max(0, start - 5), start)):
        return None  # "the weekly Monday call", "the Sunday Courier": no day
    tense = None if relation else _tense(ctx.text, start, end)
    if not relation and _AWAITED.search(ctx.text, max(0, start - 40), start) \
            and ctx.text.startswith(("'s", "’s"), end):
        # "urged the unions to call off Wednesday's strike", "ahead of
        # Thursday's vote": the nearer one, ahead or just passed.
        tense = "nearest"
    day = _weekday_date(weekday, ctx.reference, relation, tense)
    # "will meet on Monday" in a Monday article: that day, but still planned.
    future = tense == "future" and day == ctx.reference
    part = tw.PARTS_OF_DAY[match["pod"].lower()] if match["pod"] else ""
    return _day_candidate((start, end), day, part, future=future)


def _following_weekday(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"the following Monday", "the next Friday": the first such day after
    the last day told (``_resolve``); with none told, or told as ahead of a
    day before the reference, the first after the reference (its fallback).
    Not before a date that says which ("the following Monday, June 16")."""
    if _DATE_APPOSED.match(ctx.text, match.end()):
        return None
    weekday = tw.WEEKDAYS[match["wd"].lower()]
    ahead = _day_candidate(match.span(), _weekday_date(weekday, ctx.reference, "next", None),
                           future=True)
    return replace(_anaphor(match.span(), "weekday:%d" % weekday, 1), fallback=ahead)


_DATE_APPOSED = re.compile(r",?\s+(?:%s)\.?\s+\d" % "|".join(
    (*tw.MONTHS, *tw.MONTH_ABBREVIATIONS)), re.IGNORECASE)


# Anywhere before it in the clause: "won't be settled overnight", "I don't
# think anyone should expect rates to fall overnight", "became a household
# name overnight".
_NOT_OVERNIGHT = re.compile(r"(?:\b(?:not|never|cannot|nobody|unlikely|became|become|becomes)"
                            r"|n[’']t)\b", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY_AFTER = re.compile(rf"\b(?P<wd>{_WEEKDAY_FULL})\b")
# Words right before "overnight" that make it "all at once": "almost
# overnight", "won't happen overnight", "changed overnight".
_FIGURATIVE_OVERNIGHT = frozenset({
    "almost", "virtually", "seemingly", "practically", "nearly", "literally", "just",
    "happen", "happens", "happened", "change", "changes", "changed", "disappear",
    "disappeared", "vanish", "vanished", "transformed", "doubled", "tripled", "famous",
    "success", "sensation"})


def _overnight(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"overnight on Monday", "Monday overnight": the night into or out of
    that day, so the day before it to the day after (`vague`); "overnight
    into Tuesday", "overnight Monday into Tuesday": the two days. Alone
    ("shook the area overnight"), the night into the article's date, or out
    of it when ahead."""
    start, end = match.span()
    if match["bare"]:
        before, after = _clause_before(ctx.text, start), _clause_after(ctx.text, end)
        if _prev_word(ctx.text, start) in _FIGURATIVE_OVERNIGHT \
                or _NOT_OVERNIGHT.search(before) or _YEAR_NAMED.search(before + after):
            # "will not come overnight" is no night; "In 2022, the dam was
            # destroyed overnight" a night of that year, not last night.
            return None
        # The night runs over two dates: into the article's (out of it when ahead).
        ahead = _tense(ctx.text, start, end) == "future"
        night = ctx.reference + timedelta(days=0 if ahead else -1)
        told = _DAY_AFTER.search(after)
        if told is not None and _tense(ctx.text, end + told.start(), end + told.end()) == "future":
            told = None  # "who returned overnight, … will speak on Thursday"
        if told is not None and not ahead:
            # "struck Kyiv overnight, officials said on Thursday", "stayed
            # overnight and left on Tuesday": the night into that day.
            night = _weekday_date(tw.WEEKDAYS[told["wd"].lower()], ctx.reference, None,
                                  "past") - timedelta(days=1)
        return _date_candidate(match.span(), f"{night.isoformat()}TNI",
                               (night, night + timedelta(days=1)), "vague", ttype="TIME",
                               future=ahead)
    named = match["wd"] or match["before"] or match["only_into"]
    day = _weekday_date(tw.WEEKDAYS[named.lower()], ctx.reference, None,
                        _tense(ctx.text, start, end))
    if match["into"]:
        first, last = day, day + timedelta(days=1)
    elif match["only_into"]:
        first, last = day - timedelta(days=1), day
    else:
        first, last = day - timedelta(days=1), day + timedelta(days=1)
    night = first if match["into"] or match["only_into"] else day
    return _date_candidate(match.span(), f"{night.isoformat()}TNI", (first, last), "vague",
                           ttype="TIME", future=first > ctx.reference)


_WEEK_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _weekday_of_week(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"Monday last week", "Tuesday of next week": that day of the week named."""
    offset = _WEEK_OFFSETS[match["rel"].lower()]
    monday = _week_interval(ctx.reference)[0] + timedelta(weeks=offset)
    day = monday + timedelta(days=tw.WEEKDAYS[match["wd"].lower()])
    return _day_candidate(match.span(), day, future=day > ctx.reference)


_CLOCK_INTRODUCERS = frozenset({
    "at", "by", "from", "until", "till", "to", "before", "after", "around", "about",
    "since", "between", "and", "-", "–", "approximately", "circa", "past",
})


# A live blog's entry opens on its time and a dash: "**09:12 — Talks collapse**".
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t*_#>\[(]*\Z")
TIMESTAMP_CLOSE = re.compile(r"[ \t*_\])]*[—–-]\s")
"""What follows a live blog's timestamp: markup, then a dash."""


def _opens_a_timestamp(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``start``..``end`` opens its line before a
    dash, as a live blog stamps its entries."""
    return _LINE_OPENING.search(text, max(0, start - 8), start) is not None \
        and TIMESTAMP_CLOSE.match(text, end) is not None


def _clock(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"9 a.m.", "10:30 EST", "noon", "ten o'clock": a TIME on the reference day until ``_resolve`` finds
    its day."""
    word = (match["word"] or "").lower()
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    elif match["h3"]:
        hour, minute = int(_number(match["h3"]) or 0), 0
    else:
        hour = int(_first_group(match, "h", "h2") or 0)
        minute = int(_first_group(match, "mi", "mi2") or 0)
        meridiem = (match["ap"] or "").lower().replace(".", "").replace(" ", "")
        if meridiem:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
        elif _is_quantity_context(ctx.text, match.start(), match.end()):
            return None
        elif not match["tz"] and _prev_word(ctx.text, match.start()) not in _CLOCK_INTRODUCERS \
                and not _opens_a_timestamp(ctx.text, match.start(), match.end()):
            return None  # "the score was 21:14", "a 16:9 ratio"
    clock = f"T{hour:02d}:{minute:02d}"
    ref = ctx.reference
    return _Candidate(match.start(), match.end(), "TIME", ref.isoformat() + clock,
                      ref, ref, "day", clock=clock)


def _duration(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"three years", "48 hours", "a decade"; "$500 million a year" and "twice a week" are SETs."""
    number_text = _words(match["n"])
    unit_word = match["u"].lower()
    unit = _unit_key(unit_word)
    text = ctx.text
    start, end = match.span()
    if unit == "second" and not number_text[0].isdigit():
        return None  # "a second phone", "one second-generation"
    if unit == "quarter" and (number_text in ("a", "an") or _next_word(text, end) == "of"):
        return None  # "a quarter of the market"
    if unit == "hour" and number_text == "a" and _prev_word(text, start) in ("per", "miles", "kilometres", "kilometers"):
        return None
    if number_text[0].isdigit() and _is_quantity_context(text, *match.span("n")):
        return None
    if number_text in ("some",) and _prev_word(text, start) not in ("for", "over", "in", "after", "within"):
        return None
    amount = _number(number_text)
    if amount is not None and match["half"]:
        amount += 0.5
    value = _duration_value(amount, unit_word)
    if value is None:
        return None
    if number_text in ("a", "an", "per"):
        prev = _prev_token(text, start)
        if re.search(r"\d", prev) or prev.lower() in tw.QUANTITY_WORDS or prev.lower() in ("once", "twice", "times"):
            # "$500 million a year", "twice a week": a rate, a TimeML SET
            return _Candidate(start, end, "SET", _duration_value(1, unit_word) or value)
    if unit in _DATE_UNITS and _ahead_after_in(text, start, end):
        return _units_from_reference((start, end), amount, unit_word, 1, ctx.reference)
    return _Candidate(start, end, "DURATION", value)


def _ahead_after_in(text: str, start: int, end: int) -> bool:
    """Whether the count at [start, end) after "in" dates what is to come:
    "will be held in two weeks", as "two weeks from now". Not a span
    looked back over ("the first strike in ten years"), one of something
    ("in two years of talks", "play three matches in seven days"), nor
    beside a time that dates the clause ("in two hours on Sunday")."""
    if not _IN_BEFORE.search(text, max(0, start - 20), start) or _NO_TIME_AFTER.match(text, end):
        return False
    before = _clause_before(text, start)
    return not _LOOKED_BACK_OVER.search(before) \
        and not _OTHER_TIME.search(before + " " + _clause_after(text, end)) \
        and _tense(text, start, end) == "future"


# "in", perhaps with a count's approximation: "in about a week".
_IN_BEFORE = re.compile(r"(?<![\w-])[Ii]n\s+(?:(?:about|around|roughly|approximately|some|nearly"
                        r"|almost)\s+)?\Z")
# What makes a count after "in" a span looked back over: a superlative or
# "first" a few words before it with no verb between ("the first strike in
# ten years", "at their highest in a decade", "the first at the port in");
# not "The first flight will take off in two weeks", nor words in -est that
# are none ("The protest will be held in two weeks", "interest").
_NOT_SUPERLATIVES = r"(?:prot|inter|requ|arr|harv|for|cont|sugg|inv|dig|att|det|manif|conqu|inqu|beh|hon|mod)est"
_LOOKED_BACK_OVER = re.compile(
    rf"\b(?:first|last|only|most|least|ever|best|worst|any\s+time|(?!{_NOT_SUPERLATIVES}\b)\w{{3,}}est"
    # a count of what is done in the span: "will play three matches in"
    rf"|\d[\d,.]*|{_NUMBER_WORD})\b"
    r"(?:\s+(?!(?:will|would|is|are|was|were|be|been|has|have|had|to)\b)[\w’'-]+){0,5}\s+in\s+\Z"
    r"|\b(?:since|never)\b", re.IGNORECASE)
# Units a date is counted in: not hours or minutes, which a journey or a
# task takes more often than they date anything.
_DATE_UNITS = frozenset({"day", "week", "fortnight", "month", "year"})
# Another time in the clause, which dates it instead.
_OTHER_TIME = re.compile(
    rf"\b(?:(?:{_MONTH_AND_DAY_NAMES})\b|(?:1\d|20)\d\d\b|(?:next|last|this)\s+(?:week|month|year)\b"
    r"|today\b|tomorrow\b|tonight\b)")
_NO_TIME_AFTER = re.compile(r"['’]?\s+(?:of|old)\b|-old\b", re.IGNORECASE)


def _bare_duration(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"for years", "decades-long": a duration of unknown length."""
    span = match.span("x") if match["x"] else match.span("x2")
    value = _duration_value(None, _first_group(match, "u", "u2") or "")
    return _Candidate(span[0], span[1], "DURATION", value) if value else None


def _anchored_duration(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"the past three years", "the next six months": a duration (TimeML)."""
    value = _duration_value(_number(match["n"]), match["u"])
    return _Candidate(*match.span(), "DURATION", value) if value else None


def _set(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"every Friday", "each week", "every other year": a SET."""
    unit = match["u"].lower()
    every_other = bool(match["other"])
    amount = _number(match["n"]) if match["n"] else 1
    if amount is None:
        return None
    if every_other:
        amount *= 2
    if unit in tw.WEEKDAYS:
        return _Candidate(*match.span(), "SET", f"XXXX-WXX-{tw.WEEKDAYS[unit] + 1}")
    if unit in tw.PARTS_OF_DAY:
        return _Candidate(*match.span(), "SET", f"XXXX-XX-XXT{tw.PARTS_OF_DAY[unit]}")
    if unit in ("weekend", "weekends"):
        return _Candidate(*match.span(), "SET", "XXXX-WXX-WE")
    value = _duration_value(amount, unit)
    return _Candidate(*match.span(), "SET", value) if value else None


def _frequency(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"twice a year", "per month": a SET of one unit."""
    value = _duration_value(1, match["u"])
    return _Candidate(*match.span(), "SET", value) if value else None


def _recurrence_word(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"annual", "weekly", "daily": a SET, unless capitalised mid-sentence (a name: "Daily Mail")."""
    word = match.group()
    if word[0].isupper() and not word.isupper() and not _is_sentence_start(ctx.text, match.start()):
        return None  # "Daily Mail", "Monthly Review"
    return _Candidate(*match.span(), "SET", tw.RECURRENCE_WORDS[word.lower()])


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; the last one when ``n`` is negative."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_interval(year, month)[1]
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in ``year``; None for a name it does not know."""
    name = name.lower().replace("’", "'")
    if name in tw.FIXED_HOLIDAYS:
        month, day = tw.FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "black friday":
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=1)
    if name == "cyber monday":
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=4)
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - timedelta(days=2)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    return None


def _holiday(match: re.Match[str], ctx: _Context) -> _Candidate | None:
    """"Christmas", "Thanksgiving 2010", "Easter": the year from the tense when none is given.

    "the Christmas holidays" ("season", "sales period", "and New Year
    holidays") are no one day: see ``_christmas_season``.
    """
    name = " ".join(match["h"].split())
    lowered = name.lower()
    season = lowered.startswith("christmas") and lowered not in ("christmas", "christmas day",
                                                                 "christmas eve")
    shopping = season and ("shopping" in lowered or "sales" in lowered)
    ref = ctx.reference
    tense = _tense(ctx.text, *match.span())
    if season and not match["y"]:
        # An article written in the season means this one, unless it tells
        # in the past of a season not a week old ("spent the Christmas
        # holidays" on 3 December is last year's).
        for year in (ref.year - 1, ref.year):
            first, last = _christmas_season(year, shopping)
            if first <= ref <= last and (tense != "past" or ref >= first + timedelta(days=7)):
                return _date_candidate(match.span(), f"{year}-12", (first, last), "vague")
    if season:
        name = "Christmas"
    if match["y"]:
        found = _holiday_date(name, int(match["y"]))
    else:
        days = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                if (d := _holiday_date(name, y)) is not None]
        found = _pick(days, ref, tense) if days else None
    if found is None:
        return None
    if season:
        return _date_candidate(match.span(), f"{found.year}-12",
                               _christmas_season(found.year, shopping), "vague")
    return _day_candidate(match.span(), found)


def _christmas_season(year: int, shopping: bool) -> Interval:
    """The Christmas season of ``year``: 1 December (Black Friday for its
    shopping or sales) to Epiphany, 6 January, when the holidays end."""
    first = _holiday_date("black friday", year) if shopping else date(year, 12, 1)
    return first or date(year, 12, 1), date(year + 1, 1, 6)


# The rule table: (name, pattern, handler). Order breaks ties between
# candidates of equal length (earlier wins).
_RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", re.compile(
        r"(?<![\w./-])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)"
        r"(?:(?:T|\s)(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
        r"(?![\w/-]|\.\d)"), _iso),
    ("slash", re.compile(r"(?<![\w./-])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
                         r"|(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<yyyy>\d{4}))(?![\w/]|\.\d)"), _slash),
    ("month_day_year", re.compile(
        rf"{_WEEKDAY_PREFIX}(?P<mon>{_MONTH})\s*(?P<d>{_DAY})(?:\s*,\s*|\s+)(?P<y>{_YEAR})"), _full_date),
    ("day_month_year", re.compile(
        rf"(?<![\w$£€.,]){_WEEKDAY_PREFIX}(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})\s*,?\s*(?P<y>{_YEAR})"),
     _full_date),
    ("month_day", re.compile(rf"{_WEEKDAY_PREFIX}(?P<mon>{_MONTH})\s*(?P<d>{_DAY})"), _month_day),
    ("day_month", re.compile(
        rf"(?<![\w$£€.,]){_WEEKDAY_PREFIX}(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})"), _month_day),
    # "on the 22nd": a day of the month the tense points to. Not a floor,
    # a birthday or an anniversary ("on the 14th floor", "the 3rd of each month").
    ("day_of_month", re.compile(
        r"\b(?:on|by|until|till|from|since|before|after)\s+(?P<the>the\s+(?P<d>[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th))(?=\s*(?:[,.;:)–—]|\Z|\s(?:and|or|but|at|to|in|when|as|after|before|"
        r"with|from|until|while|[A-Z])\b))"), _day_of_month),
    ("month_day_range", re.compile(
        rf"{_WEEKDAY_PREFIX}(?P<mon>{_MONTH})\s*(?P<d>{_DAY})\s*(?P<join>{_DAYS_JOIN})\s*(?:(?P<mon2>{_MONTH})\s*)?"
        rf"(?P<d2>{_DAY})(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR}))?"), _month_day_range),
    ("day_month_range", re.compile(
        rf"(?<![\w$£€.,])(?:the\s+)?(?P<d>{_DAY})(?:\s+(?:of\s+)?(?P<mon>{_MONTH}))?\s*(?P<join>{_DAYS_JOIN})\s*"
        rf"(?:the\s+)?(?P<d2>{_DAY})(?:\s+of)?\s+(?P<mon2>{_MONTH})(?!\s*\d{{1,2}}(?!\d))"
        rf"(?:\s*,?\s*(?P<y>{_YEAR}))?"), _month_day_range),
    ("month_year", re.compile(rf"{_MOD}(?P<mon>{_MONTH})(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>{_YEAR})"), _month_and_year),
    ("month", re.compile(
        rf"{_MOD}(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?(?P<mon>{_MONTH_FULL})\b(?!\s*\d)"),
     _month_alone),
    ("year", re.compile(
        rf"{_MOD}(?:(?P<fy>[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s*)|[Tt]he\s+year\s+)?(?P<y>{_YEAR})"), _year),
    ("decade", re.compile(
        r"(?:[Tt]he\s+)?" + _MOD +
        r"(?:(?<![\d.,])(?P<full>1\d\d0|20\d0)(?:\s?['’]\s?)?s\b|['’](?P<short>\d)0s\b|(?<=[Tt]he\s)(?P<short2>\d)0s\b"
        rf"|(?<=[Tt]he\s)(?P<word>{_alternation(tw.DECADE_WORDS)})\b)"),
     _decade),
    ("century", re.compile(
        rf"(?:[Tt]he\s+)?{_MOD}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_CENTURY_ORDINALS})[\s-]+[Cc]entury\b"),
     _century),
    ("quarter_code", re.compile(
        rf"(?<![\w-])Q(?P<q>[1-4])(?:\s*,?\s*(?:of\s+)?(?:FY\s*)?(?P<y>{_YEAR}))?(?![\w-])"), _quarter),
    ("quarter", re.compile(
        rf"(?P<the>[Tt]he\s+)?{_MOD}(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th)"
        rf"[\s-]+(?:(?:fiscal|calendar|financial)[\s-]+)?quarter\b"
        rf"(?:(?:\s+of|,)?\s+(?:(?:fiscal|the\s+fiscal\s+year|the\s+year|the\s+financial\s+year)\s+)?(?P<y>{_YEAR}))?"),
     _quarter),
    ("half", re.compile(
        rf"(?:[Tt]he\s+)?(?P<h>[Ff]irst|[Ss]econd|1st|2nd)[\s-]+half(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year)|\s+(?P<y2>{_YEAR}))"),
     _half),
    ("half_code", re.compile(rf"(?<![\w-])H(?P<h>[12])\s*(?P<y>{_YEAR})"), _half),
    ("season", re.compile(
        rf"{_MOD}(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Tt]he)\s+)?(?P<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\b(?!-)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"),
     _season),
    ("holiday", re.compile(
        r"\b(?P<h>Christmas\s+Day|Christmas\s+Eve"
        r"|Christmas(?:\s+and\s+New\s+Year['’]?s?)?(?:\s+(?:shopping|holiday|sales))*\s+(?:season|holidays?|period|break|sales|shopping)"
        r"|Christmas|New\s+Year['’]?s?\s+Day|New\s+Year['’]?s?\s+Eve|Halloween|"
        r"Valentine['’]s\s+Day|Independence\s+Day|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Black\s+Friday|"
        rf"Cyber\s+Monday|Easter(?:\s+Sunday)?|Good\s+Friday|Labor\s+Day|Memorial\s+Day)\b(?:\s*,?\s*(?P<y>{_YEAR}))?"),
     _holiday),
    ("relative_day", re.compile(
        rf"\b(?P<w>today|tonight|tomorrow|yesterday|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this|last)"
        rf"(?:\s+(?P<pod>{_PART_OF_DAY}))?\b", _I), _relative_day),
    ("present", re.compile(
        r"\b(?P<w>right\s+now|now|currently|(?<=at\s)present|presently|at\s+the\s+moment|nowadays|these\s+days|"
        r"the\s+present\s+day|the\s+present(?=\s*[,.;:!?)]))\b", _I), _present),
    ("past_ref", re.compile(
        r"\b(?P<x>(?:more\s+|most\s+|very\s+)?recently|lately|recent\s+(?P<u>days|weeks|months|years|decades|times)|"
        r"the\s+recent\s+past|the\s+past)\b", _I), _past_ref),
    ("future_ref", re.compile(
        r"\b(?:soon|shortly|the\s+(?:near|distant|foreseeable|immediate)\s+future|the\s+future(?=\s*[,.;])|"
        r"(?<=in\s)future|(?:the\s+)?coming\s+(?P<u>days|weeks|months|years)|within\s+(?P<u2>days|weeks|months|years)|"
        r"a\s+later\s+(?:time|date|stage)|the\s+near\s+term|the\s+(?P<u3>days|weeks|months|years)\s+ahead|"
        r"(?P<u4>days|weeks|months|years)\s+to\s+come)\b", _I), _future_ref),
    ("this_or_next", re.compile(r"\bthis\s+(?P<u>week|month|year|weekend)\s+or\s+next(?:\s+(?P=u))?\b", _I),
     _this_or_next),
    ("relative_unit", re.compile(
        rf"\b(?:(?P<adv>earlier|later|early|late)\s+(?:in\s+)?)?(?:(?:the\s+)?(?:very\s+)?(?P<bnd>beginning|start|end|middle|close)\s+of\s+)?"
        rf"(?P<rel>last|this\s+past|this\s+coming|this|next|coming|past|previous|current|the\s+current|the\s+following|the\s+previous|"
        rf"the\s+coming|the\s+past|the\s+last|the\s+next|the\s+same|the\s+very\s+same|that\s+same|that|the)\s+(?P<u>{_UNIT_WORDS})\b(?!-)",
        _I), _relative_unit),
    ("same_period_last_year", re.compile(
        r"\bthe\s+same\s+(?:period|time|quarter|month|week|season)\s+(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year\b",
        _I), lambda m, c: _unit_candidate(m.span(), "year", c.reference, -1)),
    # Only at the end of a clause: "the day before the launch" is relative to an event.
    ("day_before_after", re.compile(r"\bthe\s+day\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)]|$))", _I),
     lambda m, c: _anaphor(m.span(), "day", -1 if m["dir"].lower() == "before" else 1)),
    ("ago", re.compile(
        rf"(?<![\w$£€.,])(?P<n>{_NUMBER})[\s-]+(?P<u>{_UNIT})\s+(?P<dir>ago|from\s+now|hence)(?P<today>\s+today)?\b", _I), _ago),
    ("later_or_earlier", re.compile(
        rf"(?<![\w$£€.,])(?P<n>{_NUMBER})[\s-]+(?P<u>{_UNIT})\s+(?P<dir>later|earlier)\b(?!\s+than\b)", _I),
     _later_or_earlier),
    ("overnight", re.compile(
        rf"\b[Oo]vernight\s+(?:(?:on|from)\s+)?(?P<wd>{_WEEKDAY_FULL})"
        rf"(?:\s+(?:into|to)\s+(?P<into>{_WEEKDAY_FULL}))?\b"
        rf"|\b[Oo]vernight\s+into\s+(?P<only_into>{_WEEKDAY_FULL})\b"
        rf"|(?P<before>{_WEEKDAY_FULL})\s+overnight\b"
        # Alone, and not a figure of speech ("almost overnight", "won't
        # happen overnight") nor a modifier ("the overnight rate").
        rf"|(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)\b(?P<bare>[Oo]vernight)"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|and|as|after|when|while|with|from|into|near|across"
        r"|killing|injuring|wounding|damaging|leaving|according|officials|the)\b)"), _overnight),
    ("following_weekday", re.compile(
        rf"\b(?i:the)\s+(?i:following|next)\s+(?P<wd>{_WEEKDAY_FULL})\b(?!s)"), _following_weekday),
    ("weekday_of_week", re.compile(
        rf"(?P<wd>{_WEEKDAY_FULL})\s+(?i:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:week)\b(?!['’]s)"),
     _weekday_of_week),
    # "past" alone is a preposition: "won't last past Sunday" (but "the past Sunday").
    ("weekday", re.compile(
        rf"(?:(?P<rel>[Ll]ast|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Nn]ext|(?<=[Tt]he\s)[Pp]ast"
        rf"|[Cc]oming)\s+)?(?P<wd>{_WEEKDAY_FULL})"
        rf"(?P<pl>s)?\b(?:\s+(?P<pod>{_PART_OF_DAY})\b)?"), _weekday),
    ("clock", re.compile(
        r"(?<![\w:.$£€])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?|[AP]\.?\s?M\b\.?)"
        r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])|(?P<word>noon|midnight|midday)"
        rf"|(?P<h3>1[0-2]|0?[1-9]|{_alternation(k for k, v in tw.SMALL_NUMBERS.items() if 0 < v <= 12)})\s+o['’]\s?clock\b)"
        r"(?:\s*\(?(?P<tz>[ECMP][SD]?T|UTC|GMT|BST|CET|CEST)\)?\b)?", _I), _clock),
    ("anchored_duration", re.compile(
        rf"\b(?:the\s+)?(?:past|last|next|first|coming|previous|following)\s+(?P<n>{_NUMBER})\s+(?P<u>{_UNIT})\b", _I),
     _anchored_duration),
    ("duration", re.compile(
        rf"(?<![\w$£€.,'’-])(?P<n>{_NUMBER})(?:[\s-]+|(?<=\d)(?=[a-z]))(?P<u>{_UNIT})\b(?:-old\b|(?P<half>\s+and\s+a\s+half\b))?",
        _I), _duration),
    ("bare_duration", re.compile(
        r"(?:\b(?:for|over|in)\s+(?P<x>(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b"
        r"|\b(?P<x2>(?P<u2>days|weeks|months|years|decades)-long)\b)", _I), _bare_duration),
    ("set", re.compile(
        rf"\b(?:every|each)\s+(?P<other>other\s+)?(?:(?P<n>{_NUMBER})\s+)?"
        rf"(?P<u>{_UNIT}|{_alternation(tw.WEEKDAYS)}|{_PART_OF_DAY}|weekends?)\b", _I), _set),
    ("frequency", re.compile(
        rf"\b(?:once|twice|thrice|(?:{_NUMBER})\s+times)\s+(?:a|an|per|every|each)\s+(?P<u>{_UNIT})\b", _I), _frequency),
    ("per_unit", re.compile(r"\bper\s+(?P<u>second|minute|hour|day|week|month|quarter|year)\b", _I), _frequency),
    ("recurrence", re.compile(rf"\b(?:{_alternation(tw.RECURRENCE_WORDS)})\b", _I), _recurrence_word),
]


# --- triggers: which rules can match near which word ---------------------------------
#
# Running every rule over the whole text is what makes a regex tagger slow.
# Every rule needs at least one "head" word (a month name, a unit, "today",
# a year-like number...), so one cheap pass over the tokens finds the heads,
# and each rule then only runs in a window around its own heads.

_RULE_INDEX = {name: index for index, (name, _pattern, _handler) in enumerate(_RULES)}


def _rule_ids(*names: str) -> frozenset[int]:
    """The indexes in ``_RULES`` of the named rules."""
    return frozenset(_RULE_INDEX[name] for name in names)


# How far (characters) each rule's matches may reach before and after a head.
_REACH: dict[str, tuple[int, int]] = {
    "iso": (12, 20), "slash": (8, 12), "month_day_year": (45, 25), "day_month_year": (45, 25),
    "month_day": (45, 20), "day_month": (45, 20), "day_of_month": (16, 16), "month_day_range": (20, 40),
    "day_month_range": (40, 25), "month_year": (30, 20), "month": (40, 5),
    "year": (40, 8), "decade": (30, 8), "century": (40, 15), "quarter_code": (3, 20), "quarter": (45, 45),
    "half": (20, 25), "half_code": (3, 10), "season": (40, 12), "holiday": (12, 45),
    "relative_day": (30, 15), "present": (12, 8), "past_ref": (15, 10), "future_ref": (30, 15),
    "this_or_next": (20, 20), "relative_unit": (55, 5), "same_period_last_year": (40, 30), "day_before_after": (8, 10), "ago": (45, 15), "later_or_earlier": (45, 15),
    "overnight": (20, 25), "following_weekday": (20, 10), "weekday_of_week": (0, 30), "weekday": (18, 15), "clock": (12, 16), "anchored_duration": (50, 5), "duration": (40, 16),
    "bare_duration": (10, 6), "set": (35, 5), "frequency": (40, 5), "per_unit": (5, 5), "recurrence": (0, 0),
}
_UNIT_RULES = _rule_ids("relative_unit", "this_or_next", "ago", "later_or_earlier", "anchored_duration", "duration",
                        "bare_duration", "set", "frequency", "per_unit")
_TRIGGERS: dict[str, frozenset[int]] = {}


def _trigger(words: Iterable[str], rules: frozenset[int]) -> None:
    """Make each of ``words`` a head of ``rules``."""
    for word in words:
        _TRIGGERS[word] = _TRIGGERS.get(word, frozenset()) | rules


_MONTH_HEADS = (*tw.MONTHS, *tw.MONTH_ABBREVIATIONS)
_WEEKDAY_HEADS = (*tw.WEEKDAYS, *(day + "s" for day in tw.WEEKDAYS))
_UNIT_HEADS = (*(form for unit in tw.UNITS if unit != "century" for form in (unit, unit + "s")),
               "weekend", "weekends", "century", "centuries")
_trigger(_MONTH_HEADS,
         _rule_ids("month_day_year", "day_month_year", "month_day", "day_month", "month_day_range",
                   "day_month_range",
                   "month_year", "month"))
_trigger(_WEEKDAY_HEADS, _rule_ids("overnight", "following_weekday", "weekday_of_week", "weekday",
                                   "holiday", "set"))
_trigger(_UNIT_HEADS, _UNIT_RULES)
_trigger(["quarter"], _rule_ids("quarter"))
_trigger(["century"], _rule_ids("century"))
_trigger(["day"], _rule_ids("day_before_after"))
_trigger(["same"], _rule_ids("same_period_last_year"))
_trigger(["days"], _rule_ids("present"))
_trigger(["year"], _rule_ids("holiday", "half"))
_trigger(["today", "tonight", "tomorrow", "yesterday"], _rule_ids("relative_day"))
_trigger(tw.PARTS_OF_DAY, _rule_ids("relative_day", "set"))
_trigger(["noon", "midnight", "midday", "clock"], _rule_ids("clock"))
_trigger(["now", "currently", "present", "presently", "moment", "nowadays"], _rule_ids("present"))
_trigger(["recently", "lately", "recent", "past"], _rule_ids("past_ref"))
_trigger(["soon", "shortly", "future", "coming", "within", "later", "term", "ahead", "come"], _rule_ids("future_ref"))
_trigger(tw.SEASONS, _rule_ids("season"))
_trigger(["half"], _rule_ids("half"))
_trigger(["overnight"], _rule_ids("overnight"))
_trigger(["q1", "q2", "q3", "q4"], _rule_ids("quarter_code"))
_trigger(["h1", "h2"], _rule_ids("half_code"))
_trigger(tw.DECADE_WORDS, _rule_ids("decade"))
_trigger(["christmas", "halloween", "valentine", "independence", "boxing", "thanksgiving", "easter",
          "labor", "memorial"], _rule_ids("holiday"))
_trigger(tw.RECURRENCE_WORDS, _rule_ids("recurrence"))

_YEAR_RULE = _RULE_INDEX["year"]
_ISO_RULE = _RULE_INDEX["iso"]
_SLASH_RULE = _RULE_INDEX["slash"]
_CLOCK_RULE = _RULE_INDEX["clock"]
_DECADE_RULE = _RULE_INDEX["decade"]
_DAY_OF_MONTH_RULE = _RULE_INDEX["day_of_month"]
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_DIGITS = re.compile(r"\d+")
_CLOCK_AFTER = re.compile(r"[:.][0-5]\d|\s?[AaPp]\.?\s?[Mm]\b")
_DECADE_AFTER = re.compile(r"0?\s?['’]?\s?s\b")
_BARE_BEFORE = re.compile(r"(?:for|over|in)\s+$")
# Month and day names are only matched capitalised ("may" is not May).
_CAPITALISED = frozenset((*_MONTH_HEADS, *_WEEKDAY_HEADS))
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _any_in(words: tuple[str, ...], window: str) -> bool:
    """True when one of ``words`` occurs in ``window``."""
    return any(word in window for word in words)


# Cheap tests on the lower-cased text around a head that a rule's other
# required words are there at all; a rule whose test fails is not run.
Guard = Callable[[str, int, int, str], bool]
# A day's name that names a thing, not a day: "Sunday school", "Sunday
# best", a paper ("the Sunday Times"), "Sunday trading" laws. (A "Sunday
# Mass" or "Friday prayers" is held on a day, and dates it.)
_SUNDAY_NAMES_A_THING = re.compile(
    r"\s+(?:school|schools|best|league|trading\s+laws?|times|telegraph|express|mirror|post)\b",
    re.IGNORECASE)
_SUNDAY_AS_A_DAY = re.compile(r"\b(?:on|in|a|early|late|last|this|next)\s+\Z")


def _names_a_day(low: str, start: int, end: int, word: str) -> bool:
    """Not "Sunday school", "Sunday best", "Sunday league", "Sunday trading
    laws", a Sunday paper; but "on Sunday schools reopened" is a day."""
    return word != "sunday" or not _SUNDAY_NAMES_A_THING.match(low, end) \
        or _SUNDAY_AS_A_DAY.search(low, max(0, start - 8), start) is not None


_GUARDS: dict[int, Guard] = {
    **{_RULE_INDEX[rule]: _names_a_day for rule in ("weekday", "weekday_of_week", "overnight")},
    _RULE_INDEX["ago"]: lambda low, s, e, w: _any_in(("ago", "from now", "hence"), low[e:e + 15]),
    _RULE_INDEX["this_or_next"]: lambda low, s, e, w: "or next" in low[max(0, s - 20):e + 20],
    _RULE_INDEX["frequency"]: lambda low, s, e, w: _any_in(("once", "twice", "thrice", "times"),
                                                           low[max(0, s - 40):s]),
    _RULE_INDEX["per_unit"]: lambda low, s, e, w: low[max(0, s - 5):s].rstrip().endswith("per"),
    _RULE_INDEX["set"]: lambda low, s, e, w: _any_in(("every", "each"), low[max(0, s - 35):s]),
    _RULE_INDEX["bare_duration"]: lambda low, s, e, w: bool(_BARE_BEFORE.search(low, max(0, s - 6), s))
    or low.startswith("-long", e),
    _RULE_INDEX["anchored_duration"]: lambda low, s, e, w: _any_in(
        ("past", "last", "next", "first", "coming", "previous", "following"), low[max(0, s - 50):s]),
    _RULE_INDEX["holiday"]: lambda low, s, e, w: w not in tw.WEEKDAYS
    or _any_in(("black", "cyber", "good", "easter"), low[max(0, s - 7):s]),
}


def _heads(text: str) -> dict[int, list[tuple[int, int]]]:
    """Rule index -> sorted spans of the words in ``text`` that can head its matches.

    Words are found with ``str.find`` on an ASCII-lowered copy (same length,
    same offsets) and kept when they stand alone; numbers by their shape.
    """
    heads: dict[int, list[tuple[int, int]]] = {}
    lowered = text.translate(_ASCII_LOWER)
    size = len(text)
    for word, rules in _TRIGGERS.items():
        length = len(word)
        at = lowered.find(word)
        while at >= 0:
            end = at + length
            if (at == 0 or not lowered[at - 1].isalpha()) and (end == size or not lowered[end].isalpha()) \
                    and (word not in _CAPITALISED or text[at].isupper()):
                for rule in rules:
                    guard = _GUARDS.get(rule)
                    if guard is None or guard(lowered, at, end, word):
                        heads.setdefault(rule, []).append((at, end))
            at = lowered.find(word, end)
    for number in _DIGITS.finditer(text):
        word = number.group()
        start, end = number.span()
        found: list[int] = []
        if len(word) == 4 and "1000" <= word <= "2199":
            found.append(_YEAR_RULE)
            if text.startswith(("-", "/"), end):
                found.append(_ISO_RULE)
        if text.startswith("/", end) or (start and text[start - 1] in "/."):
            found.append(_SLASH_RULE)
        if _CLOCK_AFTER.match(text, end):
            found.append(_CLOCK_RULE)
        if len(word) in (2, 4) and _DECADE_AFTER.match(text, end):
            found.append(_DECADE_RULE)
        if len(word) <= 2 and _ORDINAL_AFTER.match(text, end):
            found.append(_DAY_OF_MONTH_RULE)
        for rule in found:
            heads.setdefault(rule, []).append((start, end))
    for spans in heads.values():
        spans.sort()
    return heads


# --- the pipeline ------------------------------------------------------------------


def _candidates(ctx: _Context) -> list[tuple[int, _Candidate]]:
    """Every rule's candidates, each rule run only in windows around its heads.

    A match is kept only if it contains one of the rule's heads, so a window
    cut short never yields a fragment of an expression.
    """
    text = ctx.text
    size = len(text)
    found = []
    for rule, spans in sorted(_heads(text).items()):
        name, pattern, handler = _RULES[rule]
        before, after = _REACH[name]
        windows: list[list[int]] = []
        for start, end in spans:
            lo, hi = max(0, start - before), min(size, end + after)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        starts = [start for start, _end in spans]
        for lo, hi in windows:
            for match in pattern.finditer(text, lo, hi):
                first = bisect.bisect_left(starts, match.start())
                if first == len(spans) or spans[first][1] > match.end():
                    continue  # no head of this rule inside the match
                try:
                    candidate = handler(match, ctx)
                except (ValueError, OverflowError):
                    continue  # a date off the calendar ("2025 decades ago", year 10000)
                if candidate is not None and candidate.end > candidate.start:
                    found.append((rule, candidate))
    return found


def _select(found: list[tuple[int, _Candidate]]) -> list[_Candidate]:
    """The longest candidates that do not overlap, in text order.

    Ties in length go to the earlier rule in ``_RULES``, then to the earlier
    position. Taken spans are kept sorted, so each overlap test only looks at
    the two neighbours.
    """
    found.sort(key=lambda item: (-(item[1].end - item[1].start), item[0], item[1].start))
    starts: list[int] = []
    taken: list[_Candidate] = []  # parallel to ``starts``, sorted by start
    for _priority, candidate in found:
        at = bisect.bisect_left(starts, candidate.start)
        if at < len(taken) and taken[at].start < candidate.end:
            continue
        if at > 0 and taken[at - 1].end > candidate.start:
            continue
        starts.insert(at, candidate.start)
        taken.insert(at, candidate)
    return taken


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def _resolve(selected: list[_Candidate], ctx: _Context) -> list[_Candidate]:
    """Resolve "that day"-style references and attach clock times to their day."""
    ref = ctx.reference
    selected = _years_from_a_framing_year(_years_from_range_partners(selected, ctx), ctx)
    selected = _months_of_that_year(selected, ctx)
    resolved: list[_Candidate] = []
    last_day: date | None = None  # the last day-precise date
    last_day_end = -1  # where it was written
    last_date: _Candidate | None = None  # the last date of any precision, before a hedge
    # How far a hedge widened each of those, before and after: what counts
    # from "about two years later" is as rough ("a year later" after it).
    no_slack = (timedelta(0), timedelta(0))
    day_slack = any_slack = inherited = no_slack
    days_told: list[date] = []  # every last_day, in text order
    for index, candidate in enumerate(selected):
        inherited = no_slack
        if candidate.anaphor is not None:
            unit, offset = candidate.anaphor
            base: date | None = ref
            if unit.startswith("weekday:"):
                # From a day only: after "in May", or none, it is the one ahead.
                assert candidate.fallback is not None
                found = None if last_day is None else \
                    _unit_candidate((candidate.start, candidate.end), unit, last_day, offset)
                if found is None or found.earliest is None or found.earliest <= ref \
                        and _tense(ctx.text, candidate.start, candidate.end) == "future":
                    found = candidate.fallback  # "will strike the next Friday"
                resolved.append(found)
                if found.earliest is not None and found.precision == "day":
                    last_day, day_slack, last_day_end = found.earliest, no_slack, found.end
                    days_told.append(found.earliest)
                last_date, any_slack = found, no_slack
                continue
            if unit == "day" and last_day is not None \
                    and not _week_or_month_since(ctx.text, last_date, last_day_end, candidate.start):
                base, inherited = last_day, day_slack
            elif unit == "day" and last_date is not None and (
                    candidate.fallback is None or _spans_a_month_at_most(last_date)
                    and not _restates(resolved, candidate, ctx)):
                # "That same day" after "in March 2020": a day of that month,
                # no day of its own; "two days later" after "in early May":
                # those days on from the whole span, not a bare duration.
                resolved.append(_shifted(candidate, last_date, offset, any_slack))
                continue
            elif unit != "day" and last_date is not None:
                base, inherited = last_date.earliest, any_slack
            if candidate.fallback is not None:
                base = last_date.earliest if last_date is not None \
                    and _counts_in(unit, last_date.precision) \
                    and not _restates(resolved, candidate, ctx) else None
                inherited = any_slack
            try:
                found = None if base is None else \
                    _unit_candidate((candidate.start, candidate.end), unit, base, offset)
            except (ValueError, OverflowError):
                found = None  # the day after 9999-12-31
            if found is not None and found.earliest is not None and found.earliest > ref \
                    and offset > 0 and unit == "day" and last_day is not None and base == last_day \
                    and _tense(ctx.text, candidate.start, candidate.end) == "past":
                # "grounded its jets the following day" after "arrived on
                # Monday" in a Monday article: told as past, it counts from
                # an earlier day the text told, the latest that fits.
                earlier = next((d for d in reversed(days_told)
                                if d < last_day and d + timedelta(days=offset) <= ref
                                and (ref - d).days <= _STORY_DAYS_BACK), None)
                if earlier is not None:
                    found = _unit_candidate((candidate.start, candidate.end), unit, earlier, offset)
            if candidate.fallback is not None and (
                    found is None or found.earliest is None
                    # Counted forward from the article's own day (a dateline,
                    # "today"), "A year later, the war grinds on" is a year
                    # after something untold, not a year from now.
                    or (base == ref < found.earliest)):
                resolved.append(candidate.fallback)
                continue
            if found is None:
                continue
            candidate = replace(found, count=candidate.count)
        elif candidate.clock is not None:
            day = _nearby_day(selected, index, ctx)
            if day is not None:
                candidate = replace(candidate, value=day.isoformat() + candidate.clock,
                                    earliest=day, latest=day)
            else:  # "shortly before midnight" names no day to count from
                candidate = replace(candidate, names_day=False)
        shown = _hedged(candidate, ctx, resolved[-1].end if resolved else 0)
        if candidate.type in ("DATE", "TIME") and candidate.earliest is not None \
                and candidate.latest is not None and shown.earliest is not None \
                and shown.latest is not None and candidate.precision != "vague":
            widened = (inherited[0] + max(candidate.earliest - shown.earliest, timedelta(0)),
                       inherited[1] + max(shown.latest - candidate.latest, timedelta(0)))
            if widened != no_slack:
                shown = replace(shown, earliest=candidate.earliest - widened[0],
                                latest=candidate.latest + widened[1], precision="vague")
            if candidate.precision == "day" and candidate.names_day \
                    and not _beside_the_news(ctx.text, last_day_end, candidate.start):
                last_day, day_slack, last_day_end = candidate.earliest, widened, candidate.end
                days_told.append(candidate.earliest)
            last_date, any_slack = candidate, widened
        resolved.append(shown)
    return resolved


# How far back an earlier day a past "the following day" counts from may
# lie: the story's week, not a day of last month.
_STORY_DAYS_BACK = 7


def _shifted(anaphor: _Candidate, base: _Candidate, days: int,
             slack: tuple[timedelta, timedelta]) -> _Candidate:
    """A day counted from a date known only to a coarser unit: the whole
    unit, moved by ``days`` and widened by the base's ``slack``, ``vague``."""
    assert base.earliest is not None and base.latest is not None
    return _Candidate(anaphor.start, anaphor.end, "DATE", base.value,
                      base.earliest + timedelta(days=days) - slack[0],
                      base.latest + timedelta(days=days) + slack[1], "vague")


def _spans_a_month_at_most(found: _Candidate) -> bool:
    """Whether a date is known to a month or finer ("in early May", "in
    March"): days counted from it still say when, within a month."""
    return found.earliest is not None and found.latest is not None \
        and (found.latest - found.earliest).days < 31


_PRECISION_RANK: dict[str, int] = {p: i for i, p in enumerate(PRECISIONS)}


def _week_or_month_since(text: str, last_date: _Candidate | None, day_end: int,
                         start: int) -> bool:
    """Whether the last date told is a week or a month that the sentence of
    the count at ``start`` told after the last day, in its own words:
    "spent yesterday in a hearing ... Last week her B sample confirmed the
    finding, and Veltro cut ties the next day" counts from last week. Not
    one a sentence before ("Last week, prosecutors filed an appeal. He was
    released the following day"), one in what someone said ("said the bank
    ended the contract last week"), thought or describes ("Dmitriev, who
    attended talks last week"), a measure's start ("since last month") or a
    noun's ("last week's attack"): the story goes on from its day."""
    if last_date is None or last_date.end <= day_end \
            or last_date.precision not in ("week", "month") or last_date.value.endswith("_REF") \
            or _SENTENCE_BREAK.search(text, last_date.end, start + 1) \
            or text.startswith(("'s", "’s"), last_date.end) \
            or SINCE_BEFORE.search(text, max(0, last_date.start - 8), last_date.start):
        return False
    opening = max(last_date.start - _SENTENCE_REACH, 0)
    breaks = list(_SENTENCE_BREAK.finditer(text, opening, last_date.start + 1))
    told = text[breaks[-1].end() if breaks else opening:last_date.start]
    return not _ASIDE_OR_REPORT.search(told)


# How far back a sentence's opening is looked for, and the words after which
# what follows is what someone said or thought, or describes someone.
_SENTENCE_REACH = 400
SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
""""since" right before a time: "since last month", "since Sunday"."""
_ASIDE_OR_REPORT = re.compile(
    r"\b(?:said|says|told|tells|that|added|noted|argued|warned|according|believes?|"
    r"believed|thinks?|thought|who|whom|whose|which)\b", re.IGNORECASE)


def _counts_in(unit: str, precision: Precision | None) -> bool:
    """Whether a date of ``precision`` is fine enough to count ``unit``s (day,
    week, month, quarter or year) from."""
    return precision is not None and unit in _PRECISION_RANK and \
        _PRECISION_RANK[precision] <= _PRECISION_RANK[unit]


def _restates(resolved: list[_Candidate], counted: _Candidate, ctx: _Context) -> bool:
    """Whether a count sits right after a date, only a comma between: it
    restates that date ("finished in 2021, two years later")."""
    return bool(resolved) and resolved[-1].earliest is not None \
        and ctx.text[resolved[-1].end:counted.start].strip() == ","


_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|and|or|through|until|till|into)\s*", re.IGNORECASE)


def _years_from_range_partners(selected: list[_Candidate], ctx: _Context) -> list[_Candidate]:
    """"from May to July 2010": a month or day without a year takes the year of
    the dated expression it is joined to."""
    result = list(selected)
    for index in range(len(result) - 2, -1, -1):
        candidate, partner = result[index], result[index + 1]
        if not candidate.yearless or partner.yearless or partner.earliest is None \
                or partner.precision not in ("day", "month") or candidate.earliest is None \
                or candidate.latest is None \
                or not _RANGE_JOIN.fullmatch(ctx.text, candidate.end, partner.start):
            continue
        year = partner.earliest.year - (candidate.earliest.month > partner.earliest.month)
        result[index] = _in_year(candidate, year) or candidate
    return result


_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
# Between a month and the relative year it is of: "March (of) last year".
_OF_RELATIVE_YEAR = re.compile(r"(?:\s+of)?\s+(?:last|this|next|the\s+previous|the\s+past)\s",
                               re.IGNORECASE)


def _of_relative_year(text: str, month_end: int, year_start: int, year_end: int) -> bool:
    """Whether the relative year at ``year_start`` names the year of the month
    ending at ``month_end``: not "in March, last year's winner"."""
    found = _OF_RELATIVE_YEAR.match(text, month_end)
    return found is not None and found.end() > year_start \
        and not text.startswith(("'s", "’s"), year_end)


def _months_of_that_year(selected: list[_Candidate], ctx: _Context) -> list[_Candidate]:
    """"in August of that year", "in May of the following year": one
    expression, the month of the year the anaphor names, counted from the
    last date with a year before it (not from the month itself)."""
    result: list[_Candidate] = []
    last_year: int | None = None
    for candidate in selected:
        month = result[-1] if result else None
        if month is not None and month.yearless and month.precision == "month" \
                and candidate.anaphor is not None and candidate.anaphor[0] == "year" \
                and _OF.fullmatch(ctx.text, month.end, candidate.start) and last_year is not None:
            year = last_year + candidate.anaphor[1]
            moved = _in_year(month, year) or month
            result[-1] = replace(moved, end=candidate.end, yearless=False,
                                 future=moved.future and moved.earliest is not None
                                 and moved.earliest > ctx.reference)
            last_year = year
            continue
        if month is not None and month.yearless and month.precision == "month" \
                and candidate.type == "DATE" and candidate.precision == "year" \
                and candidate.anaphor is None and candidate.earliest is not None \
                and _of_relative_year(ctx.text, month.end, candidate.start, candidate.end):
            # "in March of last year", "in May this year": that year's month.
            moved = _in_year(month, candidate.earliest.year) or month
            result[-1] = replace(moved, end=candidate.end, yearless=False,
                                 future=moved.earliest is not None
                                 and moved.earliest > ctx.reference)
            continue
        if candidate.type == "DATE" and candidate.earliest is not None \
                and candidate.anaphor is None and not candidate.yearless \
                and candidate.precision in ("day", "week", "month", "quarter", "year"):
            last_year = candidate.earliest.year  # not "the 14th-century basilica"
        result.append(candidate)
    return result


def _in_year(candidate: _Candidate, year: int) -> _Candidate | None:
    """A month or day without a year (``candidate``) put in ``year``; None when
    it is there already or cannot be (February 29)."""
    if candidate.earliest is None or candidate.latest is None \
            or candidate.earliest.year == year:
        return None
    shift = year - candidate.earliest.year
    try:
        earliest = candidate.earliest.replace(year=year)
        latest = candidate.latest.replace(year=candidate.latest.year + shift)
    except ValueError:
        return None
    return replace(candidate, value=f"{year:04d}" + candidate.value[4:], earliest=earliest,
                   latest=latest, yearless=False)


# A year that opens a sentence frames its clause: "In June 2022, leaders
# visited Kyiv on June 16", "In 2019, officials met in May".
_FRAMING_YEAR = re.compile(r"(?:(?:back|later|earlier)\s+)?(?:in|during)\s+$", re.IGNORECASE)
_FRAMING_COMMA = re.compile(r"\s*,")
_WRITTEN_YEAR = re.compile(r"\d{4}")  # "2019", "June 2022": not "last year"
# Where the framed clause ends: a sentence's end (a closing quote or bracket
# may follow its mark), a semicolon, a quotation mark, a second clause, or a
# source aside ("..., the Kremlin said on Jan. 14"). Another date with a year
# of its own ends it too.
_FRAME_ENDS = re.compile(
    r"[.!?][\"”’)\]]*\s|\n|[;“”\"]|,\s+(?:and|but)\b"
    r"|,\s+(?:[\w.’'-]+\s+){0,5}?(?:said|says|told|tells|added|wrote|stated|according)\b",
    re.IGNORECASE)


def _years_from_a_framing_year(selected: list[_Candidate], ctx: _Context) -> list[_Candidate]:
    """A month or day without a year, in the clause a sentence opens with a
    year and a comma ("In 2019, officials met in May"), is of that year, not
    of the article's (a tense could only guess). The frame ends with the
    clause (``_FRAME_ENDS``): "In 2024, Trump won, and he took office on
    Jan. 20" leaves January 20 to the tense."""
    result = list(selected)
    frame: _Candidate | None = None
    for index, candidate in enumerate(result):
        if frame is not None and (_FRAME_ENDS.search(ctx.text, frame.end, candidate.start)
                                  or not candidate.yearless and candidate.type == "DATE"):
            frame = None
        # The text up to here is searched: the next gap starts after it.
        framing, frame = frame, frame and replace(frame, end=max(frame.end, candidate.end))
        lead = _FRAMING_YEAR.search(ctx.text, max(0, candidate.start - 20), candidate.start)
        comma = _FRAMING_COMMA.match(ctx.text, candidate.end)
        if not candidate.yearless and candidate.precision in ("year", "month") \
                and candidate.earliest is not None and candidate.type == "DATE" \
                and _WRITTEN_YEAR.search(ctx.text, candidate.start, candidate.end) \
                and lead is not None and _is_sentence_start(ctx.text, lead.start()) \
                and comma is not None:
            frame = replace(candidate, end=comma.end())
            continue
        if framing is None or not candidate.yearless or framing.earliest is None:
            continue
        moved = _in_year(candidate, framing.earliest.year)
        if moved is not None and moved.earliest is not None:
            result[index] = replace(moved, future=moved.earliest > ctx.reference and moved.future)
    return result


def _beside_the_news(text: str, day_end: int, start: int) -> bool:
    """Whether a day at ``start`` is a circumstance's ("as the strike entered
    its fourth day on Thursday") after a day the same sentence told at
    ``day_end`` ("talks broke down late on Wednesday"): "the previous day"
    further on counts from the news, not from its circumstance."""
    if day_end < 0 or _SENTENCE_BREAK.search(text, day_end, start + 1):
        return False
    between = Span(day_end, start, text[day_end:start])
    return any(clause.end == start for clause in circumstance_clauses(text, between))


def _nearby_day(selected: list[_Candidate], index: int, ctx: _Context) -> date | None:
    """The day of the closest day-precision date in the same sentence as a clock time."""
    clock = selected[index]
    best: tuple[int, date] | None = None
    for other in selected:
        if other is clock or other.precision != "day" or other.clock is not None \
                or other.anaphor is not None or other.earliest is None or other.value.endswith("_REF"):
            continue
        lo, hi = (other.end, clock.start) if other.end <= clock.start else (clock.end, other.start)
        if hi - lo > 40 or _SENTENCE_BREAK.search(ctx.text, lo, hi):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, other.earliest)
    return best[1] if best else None


def find_times(text: str, reference: date | datetime, language: str = "en") -> list[TimeExpression]:
    """All time expressions in ``text``, in text order, normalised against ``reference``.

    ``reference`` is the article's publication date (a datetime is cut to its
    date). Offsets index ``text``; expressions never overlap. The result is
    deterministic. ``language`` is an ISO 639-1 code; a region is ignored
    ("en-GB" is English). Raises ``UnsupportedLanguageError`` when it is not
    one of ``SUPPORTED_LANGUAGES``.
    """
    if language.lower().replace("_", "-").split("-")[0] not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(
            f"time expressions in language {language!r} are not supported "
            f"(supported: {', '.join(SUPPORTED_LANGUAGES)})")
    if isinstance(reference, datetime):
        reference = reference.date()
    ctx = _Context(text, reference)
    expressions = []
    for candidate in _resolve(_select(_candidates(ctx)), ctx):
        expressions.append(TimeExpression(
            start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
            type=candidate.type, value=candidate.value,
            earliest=candidate.earliest, latest=candidate.latest,
            precision=candidate.precision, names_day=candidate.names_day,
            future=candidate.future or (candidate.earliest is not None and candidate.earliest > reference)))
    return expressions


# "from 2001 to 2005", "between May and July 2010", "2009-2010": TIMEX3 tags
# two expressions, but what happened over them happened over both.
_RANGE_TO = re.compile(r"\s*(?P<joint>to|through|until|till|and)\s+|\s*[-–—]\s*", re.IGNORECASE)
_RANGE_UNITS = frozenset({"day", "week", "month", "quarter", "year"})
_RANGE_MAX_YEARS = 100


def joined_ranges(text: str, times: Iterable[TimeExpression]) -> list[TimeExpression]:
    """``times`` (found in ``text``, in text order) with each range of two
    dated expressions joined into one over both: "from 2001 to 2005" is
    2001-01-01 to 2005-12-31, at the coarser of the two precisions.

    A range is "from A to B" (or through, until), "between A and B", or two
    dates joined by a dash ("2009-2010"). Not when A is the date something
    was moved away from ("postponed from May to June" is June), nor ends
    that do not run forward; a joined range is joined to nothing more.
    """
    result: list[TimeExpression] = []
    joined: set[int] = set()  # indexes in ``result`` of joined ranges
    for time in times:
        first = result[-1] if result else None
        if first is None or len(result) - 1 in joined or not _is_range(text, first, time):
            result.append(time)
            continue
        assert first.precision is not None and time.precision is not None
        precision = max(first.precision, time.precision, key=_PRECISION_RANK.__getitem__)
        result[-1] = TimeExpression(first.start, time.end, text[first.start:time.end], "DATE",
                                    first.value, first.earliest, time.latest, precision,
                                    first.future)
        joined.add(len(result) - 1)
    return result


def counted_spans(text: str, times: Iterable[TimeExpression]) -> list[TimeExpression]:
    """``times`` (found in ``text``, in text order) with a day and a count
    of days or weeks that runs from it joined into one span: "for five days
    from March 24" is March 24 to 28. The count is a duration, so this runs
    before durations are set aside."""
    result: list[TimeExpression] = []
    for time in times:
        first = result[-1] if result else None
        days = _days_from(text, first, time) if first is not None else None
        if first is None or days is None:
            result.append(time)
            continue
        day = time if time.type == "DATE" else first
        assert day.earliest is not None
        result[-1] = TimeExpression(first.start, time.end, text[first.start:time.end], "DATE",
                                    day.value, day.earliest,
                                    day.earliest + timedelta(days=days - 1), "day", day.future)
    return result


# A count of days or weeks that runs from a day: "for five days from March
# 24", "from Monday for two weeks", "for 10 days starting on June 1".
_FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_FROM_A_DAY = re.compile(r"\s+(?:from|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?)\s+",
                         re.IGNORECASE)
_FOR_A_COUNT = re.compile(r"\s+for\s+", re.IGNORECASE)
_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")


def _days_from(text: str, first: TimeExpression, last: TimeExpression) -> int | None:
    """How many days ``first`` and ``last`` span when one is a day and the
    other a count of days or weeks that runs from it (see ``_FROM_A_DAY``);
    else None."""
    if first.type == "DURATION" and last.type == "DATE":
        count, day = first, last
        joint = _FROM_A_DAY.fullmatch(text, first.end, last.start)
        led = _FOR_BEFORE.search(text, max(0, first.start - 4), first.start)
    elif first.type == "DATE" and last.type == "DURATION":
        day, count = first, last
        joint = _FOR_A_COUNT.fullmatch(text, first.end, last.start)
        led = joint
    else:
        return None
    length = _DAYS_OR_WEEKS.fullmatch(count.value or "")
    if joint is None or led is None or length is None or day.precision != "day" \
            or day.earliest is None or day.earliest != day.latest:
        return None
    return int(length[1]) * (7 if length[2] == "W" else 1)


def _is_range(text: str, first: TimeExpression, last: TimeExpression) -> bool:
    """Whether ``first`` and ``last`` are the two ends of one range."""
    joint = _RANGE_TO.fullmatch(text, first.end, last.start)
    if joint is None or not _runs_forward(first, last) or former_plan(text, first):
        return False
    if not joint["joint"]:
        return True  # a dash
    opener = _range_opener(text, first.start)
    return opener == "between" if joint["joint"].lower() == "and" else bool(opener)


def _runs_forward(first: TimeExpression, last: TimeExpression) -> bool:
    """Two dated calendar units, the second after the first, at most a
    century apart."""
    if not (first.is_dated and last.is_dated and first.type == last.type == "DATE"
            and first.precision in _RANGE_UNITS and last.precision in _RANGE_UNITS):
        return False
    assert first.latest is not None and last.earliest is not None and last.latest is not None
    return first.latest < last.earliest \
        and last.latest.year - first.latest.year <= _RANGE_MAX_YEARS
