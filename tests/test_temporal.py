"""Tests of the time-expression tagger, each against a fixed reference date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.models import PRECISIONS
from timeline.temporal import SUPPORTED_LANGUAGES, UnsupportedLanguageError, find_times

# A Monday: the product's examples are written against it.
MONDAY = date(2025, 2, 24)
SATURDAY = date(2010, 7, 17)


def only(text: str, reference: date = MONDAY):
    """The single expression found in ``text``."""
    found = find_times(text, reference)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    return found[0]


def values(text: str, reference: date = MONDAY) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_times(text, reference)]


# --- absolute dates -------------------------------------------------------------

@pytest.mark.parametrize("text, expected, value", [
    ("It happened on Feb. 24 in Kyiv.", "Feb. 24", "2025-02-24"),
    ("It happened on Feb . 24 , 2010 in Kyiv.", "Feb . 24 , 2010", "2010-02-24"),
    ("Signed on 24 February 2025.", "24 February 2025", "2025-02-24"),
    ("Signed on 2025-02-24.", "2025-02-24", "2025-02-24"),
    ("Sales fell in February 2025.", "February 2025", "2025-02"),
    ("He said that in 2017, Russia supplied it.", "2017", "2017"),
    ("Prices soared in the 1990s.", "the 1990s", "199"),
    ("Revenue rose in Q3.", "Q3", "2024-Q3"),
    ("Revenue rose in the third quarter of 2010.", "the third quarter of 2010", "2010-Q3"),
    ("Talks resume in mid-March.", "mid-March", "2025-03"),
    ("The store launched on April 28, 2003.", "April 28, 2003", "2003-04-28"),
    ("The store launched on Monday, February 24, 2025.", "Monday, February 24, 2025", "2025-02-24"),
    ("It was released on 02/14/2025.", "02/14/2025", "2025-02-14"),
    ("The deal was struck in early 2009.", "early 2009", "2009"),
    ("The report comes out on April 2nd.", "April 2nd", "2025-04-02"),
    ("It opened in the 21st century.", "the 21st century", "20"),
    ("Growth slowed in the first half of 2024.", "the first half of 2024", "2024-H1"),
    ("They met last summer.", "last summer", "2024-SU"),
    ("Sales peaked at Christmas.", "Christmas", "2024-12-25"),
])
def test_absolute_dates(text: str, expected: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.value) == (expected, value)
    assert found.type == "DATE"
    assert text[found.start:found.end] == found.text


def test_month_day_precision_and_interval() -> None:
    found = only("Signed on 24 February 2025.")
    assert (found.earliest, found.latest, found.precision) == (MONDAY, MONDAY, "day")


def test_in_2017_is_the_year() -> None:
    found = only("He said that in 2017, Russia supplied 15% of imports.")
    assert (found.value, found.precision) == ("2017", "year")
    assert (found.earliest, found.latest) == (date(2017, 1, 1), date(2017, 12, 31))


# --- relative dates and the news conventions ------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Putin said on Monday he was ready.", "2025-02-24"),        # a Monday article: that day
    ("Putin said on Sunday he was ready.", "2025-02-23"),
    ("Putin said on Tuesday he was ready.", "2025-02-18"),        # most recent on or before
    ("Trump will meet him on Friday.", "2025-02-28"),             # future tense: forward
    ("The trial is set to begin on Wednesday.", "2025-02-26"),
    ("They meet next Tuesday.", "2025-02-25"),
    ("They met last Friday.", "2025-02-21"),
    ("They met yesterday.", "2025-02-23"),
    ("They meet tomorrow.", "2025-02-25"),
    ("It happened two days ago.", "2025-02-22"),
    ("It happened today.", "2025-02-24"),
    ("It happened last week.", "2025-W08"),
    ("It happened last month.", "2025-01"),
    ("It happened last year.", "2024"),
    ("It happened earlier this month.", "2025-02"),
    ("It happens next week.", "2025-W10"),
    ("It happened recently.", "PAST_REF"),
    ("It is happening now.", "PRESENT_REF"),
    ("A deal could come within weeks.", "FUTURE_REF"),
])
def test_relative_dates(text: str, value: str) -> None:
    assert only(text).value == value


def test_monday_in_a_monday_article_is_that_day() -> None:
    found = only("Trump said Monday he was in talks.")
    assert (found.earliest, found.latest, found.precision, found.future) == (MONDAY, MONDAY, "day", False)


def test_last_week_is_the_previous_monday_to_sunday() -> None:
    found = only("It happened last week.")
    assert (found.earliest, found.latest, found.precision) == (date(2025, 2, 17), date(2025, 2, 23), "week")


def test_recently_is_a_bounded_window_before_the_reference() -> None:
    found = only("It happened recently.")
    assert found.precision == "vague" and not found.future
    assert found.latest == MONDAY and found.earliest == date(2025, 1, 25)


def test_this_week_or_next_week_is_one_future_interval() -> None:
    found = only("A deal may be signed this week or next week.")
    assert found.text == "this week or next week"
    assert found.future
    assert (found.earliest, found.latest) == (date(2025, 2, 24), date(2025, 3, 9))


def test_within_weeks_is_future_and_vague() -> None:
    found = only("A deal could come within weeks.")
    assert found.future and found.precision == "vague" and found.earliest == MONDAY


def test_next_week_is_future() -> None:
    assert only("They meet next week.").future
    assert not only("They met last week.").future


def test_the_same_day_refers_to_the_last_date_mentioned() -> None:
    found = find_times("The talks began on Feb. 12 in Riyadh. Kyiv replied the same day.", MONDAY)
    assert [(e.text, e.value) for e in found] == [("Feb. 12", "2025-02-12"), ("the same day", "2025-02-12")]


def test_that_day_without_an_earlier_date_is_the_reference() -> None:
    assert only("Markets fell that day.").value == "2025-02-24"


def test_datetime_reference_is_accepted() -> None:
    assert only("It happened yesterday.", datetime(2025, 2, 24, 9, 30)).value == "2025-02-23"


# --- times, durations, sets -----------------------------------------------------

@pytest.mark.parametrize("text, ttype, value", [
    ("The vote is at 9 a.m. on Tuesday.", "TIME", "2025-02-18T09:00"),
    ("They met on Friday morning.", "TIME", "2025-02-21TMO"),
    ("Apple announced it this morning.", "TIME", "2025-02-24TMO"),
    ("He served three years in prison.", "DURATION", "P3Y"),
    ("Talks lasted 48 hours.", "DURATION", "PT48H"),
    ("They have fought for decades.", "DURATION", "PXY"),
    ("It ended a decades-long partnership.", "DURATION", "PXY"),
    ("It ended after the past decade of growth.", "DURATION", "P10Y"),
    ("It takes effect within the next six months.", "DURATION", "P6M"),
    ("The board meets every Monday.", "SET", "XXXX-WXX-1"),
    ("At the annual conference he spoke.", "SET", "P1Y"),
])
def test_times_durations_sets(text: str, ttype: str, value: str) -> None:
    found = [e for e in find_times(text, MONDAY) if e.type == ttype]
    assert [e.value for e in found] == [value]


def test_durations_and_sets_carry_no_interval() -> None:
    found = only("He served three years in prison.")
    assert found.earliest is None and found.latest is None and found.precision is None


# --- false positives ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We would be happy to work together with any foreign partners.",
    "The company may raise prices.",
    "Protesters march to the capital.",
    "It was the second time he said so.",
    "They sat in the sun.",
    "Russia supplied about 15% of all American aluminum imports.",
    "The deal is worth $2 billion.",
    "It would sell about 2 million tons of aluminum.",
    "The match ended 3-2.",
    "Call 555-1234 or +1 408 996 1010.",
    "It runs iOS 4.0 and Safari 4.0.",
    "There are 3,800 attendees and 500,000 developers.",
    "It has 2000 employees.",
    "The spring broke and prices fall.",
    "Theresa May spoke.",
])
def test_words_and_numbers_that_only_look_like_dates(text: str) -> None:
    assert values(text) == []


# --- the contract -----------------------------------------------------------------

def test_offsets_text_and_precision_are_consistent() -> None:
    text = ("Putin said on Monday that in 2017 Russia supplied 15% of imports; "
            "talks may resume next week or within weeks, three years after 24 Feb. 2022.")
    for found in find_times(text, MONDAY):
        assert text[found.start:found.end] == found.text
        assert found.precision is None or found.precision in PRECISIONS
        assert found.type in ("DATE", "TIME", "DURATION", "SET")
        if found.is_dated:
            assert found.earliest <= found.latest


def test_deterministic() -> None:
    text = "Monday, last week, two days ago, recently, in 2017, Feb. 24 and every Monday."
    assert find_times(text, MONDAY) == find_times(text, MONDAY)


def test_unsupported_language_is_refused() -> None:
    assert SUPPORTED_LANGUAGES == ("en",)
    with pytest.raises(UnsupportedLanguageError):
        find_times("Le 24 février 2025", MONDAY, language="fr")
    assert issubclass(UnsupportedLanguageError, ValueError)
