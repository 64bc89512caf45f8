"""End to end on the seeds: the events a careful reader finds in the two articles.

The two seed articles (2025-02-24 and 2025-02-25) report the same day from
two newsrooms. Each named event must come out once, at the right interval,
citing both articles; events that only look alike must stay apart; and
nothing may be dated from words that only look like dates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.config import load_options
from timeline.ingest import read_corpus
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS
from timeline.pipeline import Timeline, build_timeline

ROOT = Path(__file__).resolve().parent.parent
BOTH = ("000_bb6c1f37f4f1af8a", "003_3d3dd634db140664")


@pytest.fixture(scope="module")
def timeline() -> Iterator[Timeline]:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the config's paths are relative to the project
    try:
        yield build_timeline(load_options(inputs=("seeds/",)))
    finally:
        os.chdir(cwd)


def the_event(timeline: Timeline, pattern: str) -> pd.Series:
    """The event of the narrowest mention whose sentence (or clause) matches."""
    mentions = timeline.mentions
    hits = mentions[mentions["sentence"].str.contains(pattern, regex=True)]
    assert len(hits), f"no mention matches {pattern!r}"
    narrowest = hits.loc[(hits["char_end"] - hits["char_start"]).idxmin()]
    events = timeline.events
    return events[events["event_id"] == narrowest["event_id"]].iloc[0]


def test_frames_have_the_contract_columns(timeline: Timeline) -> None:
    assert tuple(timeline.mentions.columns) == MENTION_COLUMNS
    assert tuple(timeline.events.columns) == EVENT_COLUMNS


def test_riyadh_talks_are_one_event_last_week_citing_both(timeline: Timeline) -> None:
    riyadh = the_event(timeline, r"met in Riyadh")
    assert (riyadh["date"], riyadh["date_end"]) == (date(2025, 2, 17), date(2025, 2, 23))
    assert riyadh["sources"] == BOTH and riyadh["n_sources"] == 2
    assert any("attended discussions" in s for s in
               timeline.mentions.loc[timeline.mentions["event_id"] == riyadh["event_id"],
                                     "sentence"])
    assert "Riyadh, Saudi Arabia" in riyadh["locations"]
    # "Ukraine was absent from the negotiations in Saudi Arabia", the next
    # sentence, is of the talks' time, not the story's Monday.
    assert the_event(timeline, r"absent from the negotiations")["event_id"] == riyadh["event_id"]


def test_macron_visit_is_one_event_on_monday_citing_both(timeline: Timeline) -> None:
    macron = the_event(timeline, r"meeting French President Emmanuel Macron")
    assert (macron["date"], macron["date_end"]) == (date(2025, 2, 24), date(2025, 2, 24))
    assert macron["sources"] == BOTH
    assert {"Donald Trump", "Emmanuel Macron"} <= set(macron["actors"])
    sentences = timeline.mentions.loc[timeline.mentions["event_id"] == macron["event_id"],
                                      "sentence"]
    assert any("joint press conference" in s for s in sentences)


def test_putin_interview_is_one_event_on_monday_citing_both(timeline: Timeline) -> None:
    interview = the_event(timeline, r"in an interview broadcast")
    assert (interview["date"], interview["date_end"]) == (date(2025, 2, 24), date(2025, 2, 24))
    assert interview["sources"] == BOTH
    assert interview["event_type"] == "interview"
    assert "Vladimir Putin" in interview["actors"]


@pytest.mark.parametrize("pattern, first, last", [
    (r"Russia supplied about 15%", date(2017, 1, 1), date(2017, 12, 31)),
])
def test_the_2017_figure_is_its_own_event(timeline: Timeline, pattern: str, first: date,
                                          last: date) -> None:
    figure = the_event(timeline, pattern)
    assert (figure["date"], figure["date_end"]) == (first, last)
    assert len(figure["mention_ids"]) == 1


def test_anniversary_and_planned_signing_stay_apart(timeline: Timeline) -> None:
    anniversary = the_event(timeline, r"third anniversary")
    signing = the_event(timeline, r"this week or next week to sign")
    named = {the_event(timeline, p)["event_id"] for p in
             (r"met in Riyadh", r"meeting French President", r"interview broadcast",
              r"Russia supplied about 15%")}
    assert anniversary["event_id"] != signing["event_id"]
    assert not {anniversary["event_id"], signing["event_id"]} & named
    assert signing["status"] == "planned"
    assert signing["date"] >= date(2025, 2, 24)
    assert "Volodymyr Zelenskyy" in signing["actors"]


@pytest.mark.parametrize("word", ["We", "may", "15%", "2 million"])
def test_nothing_is_dated_from_words_that_only_look_like_dates(timeline: Timeline,
                                                               word: str) -> None:
    assert not (timeline.mentions["time_text"] == word).any()
    assert not timeline.mentions["time_text"].str.contains(word, regex=False).any()


def test_only_the_2017_figure_lies_outside_february_2025(timeline: Timeline) -> None:
    old = timeline.events[timeline.events["date_end"] < date(2025, 1, 1)]
    assert len(old) == 1 and old.iloc[0]["date"] == date(2017, 1, 1)


def test_mention_offsets_index_the_text_exactly(timeline: Timeline) -> None:
    texts = {d.doc_id: d.text for d in read_corpus(["seeds/"] if Path("seeds").is_dir()
                                                   else [str(ROOT / "seeds")]).documents}
    bodies = {d.doc_id: d.body_start for d in timeline.documents}
    for row in timeline.mentions.itertuples():
        text = texts[row.doc_id]
        assert text[row.char_start:row.char_end] == row.sentence
        assert row.char_start >= bodies[row.doc_id]
        if row.time_start >= 0:
            assert text[row.time_start:row.time_end] == row.time_text
        if row.trigger_start >= 0:
            assert text[row.trigger_start:row.trigger_start + len(row.trigger)] == row.trigger


def test_every_mention_is_in_exactly_one_event(timeline: Timeline) -> None:
    listed = [m for ids in timeline.events["mention_ids"] for m in ids]
    assert sorted(listed) == sorted(timeline.mentions["mention_id"])
    assert set(timeline.mentions["event_id"]) == set(timeline.events["event_id"])


def test_events_are_sorted_and_intervals_are_the_tightest(timeline: Timeline) -> None:
    events = timeline.events
    keys = list(zip(events["date"], events["date_end"], events["event_id"]))
    assert keys == sorted(keys)
    for event in events.itertuples():
        rows = timeline.mentions[timeline.mentions["event_id"] == event.event_id]
        assert event.date == max(rows["date"]) and event.date_end == min(rows["date_end"])
        assert event.date <= event.date_end


def test_two_runs_give_the_same_frames(timeline: Timeline) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        again = build_timeline(load_options(inputs=("seeds/",)))
    finally:
        os.chdir(cwd)
    pd.testing.assert_frame_equal(again.events, timeline.events)
    pd.testing.assert_frame_equal(again.mentions, timeline.mentions)
