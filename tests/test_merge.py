"""Merging mentions into events: what joins, what stays apart, what an event keeps."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pandas as pd
import pytest

from timeline.config import MergeOptions, Options
from timeline.eventwords import word_stem
from timeline.merge import _to_mentions, candidate_pairs, merge_mentions
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS

D = date(2025, 2, 24)
OPTIONS = Options(event_types={"interview": ("interview",), "talks": ("met",),
                               "visit": ("visit",), "statement": ("said",)},
                  merge=MergeOptions(related_types=(("talks", "visit"),)))


def mention(doc: str, start: int, sentence: str, first: date, last: date | None = None, *,
            actors: tuple[str, ...] = (), places: tuple[str, ...] = (),
            event_type: str = "other", precision: str = "day", status: str = "happened",
            group: str | None = None, sentence_index: int | None = None,
            time_text: str = "Monday", refers_back: bool = False,
            trigger: str = "") -> dict[str, Any]:
    last = first if last is None else last
    return {
        "mention_id": hashlib.sha1(f"{doc}{start}".encode()).hexdigest()[:16],
        "event_id": "", "doc_id": doc, "doc_date": D, "source_group": group or doc,
        "sentence": sentence, "sentence_index": start if sentence_index is None else sentence_index,
        "char_start": start, "char_end": start + len(sentence), "time_text": time_text,
        "time_value": "", "time_start": -1, "time_end": -1,
        "time_source": "explicit" if time_text else "article_date",
        "date": first, "date_end": last, "precision": precision, "status": status,
        "actors": tuple(sorted(actors)), "locations": tuple(sorted(places)),
        "event_type": event_type, "trigger": trigger, "trigger_start": -1,
        "refers_back": refers_back, "title": sentence[:40],
    }


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(MENTION_COLUMNS))


def merged(*rows: dict[str, Any], options: Options = OPTIONS) -> tuple[pd.DataFrame, pd.DataFrame]:
    return merge_mentions(frame(*rows), options)


TRUMP_MACRON = ("Donald Trump", "Emmanuel Macron")


def test_the_same_event_in_two_articles_is_one_event() -> None:
    events, mentions = merged(
        mention("b", 10, "Trump met Macron at the White House on Monday.", D,
                actors=TRUMP_MACRON, event_type="talks"),
        mention("a", 50, "Trump met French President Macron on Monday.", D,
                actors=TRUMP_MACRON, event_type="talks"),
    )
    assert tuple(events.columns) == EVENT_COLUMNS
    assert tuple(mentions.columns) == MENTION_COLUMNS
    assert len(events) == 1
    event = events.iloc[0]
    assert event["sources"] == ("a", "b") and event["n_sources"] == 2
    assert set(mentions["event_id"]) == {event["event_id"]}
    assert event["mention_ids"] == tuple(sorted(mentions["mention_id"]))
    expected = hashlib.sha1("\x1f".join(sorted(mentions["mention_id"])).encode()).hexdigest()[:16]
    assert event["event_id"] == expected


def test_copies_of_one_wire_story_count_as_one_source() -> None:
    events, _ = merged(
        mention("a", 10, "Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                event_type="talks", group="a"),
        mention("a-copy", 10, "Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                event_type="talks", group="a"),
    )
    assert len(events) == 1
    assert events.iloc[0]["n_sources"] == 1
    assert events.iloc[0]["sources"] == ("a", "a-copy")


def test_the_event_keeps_the_tightest_interval() -> None:
    recently = mention("a", 10, "Officials met in Riyadh, Saudi Arabia, recently.",
                       D - timedelta(days=30), D, places=("Riyadh, Saudi Arabia",),
                       event_type="talks", precision="vague", time_text="recently",
                       actors=("Marco Rubio",))
    last_week = mention("b", 10, "Rubio attended talks in Saudi Arabia last week.",
                        date(2025, 2, 17), date(2025, 2, 23), places=("Saudi Arabia",),
                        event_type="talks", precision="week", time_text="last week",
                        actors=("Marco Rubio",))
    events, _ = merged(recently, last_week)
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["date"], event["date_end"]) == (date(2025, 2, 17), date(2025, 2, 23))
    assert event["precision"] == "week"
    assert event["locations"] == ("Riyadh, Saudi Arabia", "Saudi Arabia")


def test_disjoint_dates_stay_apart_and_are_flagged() -> None:
    text = "Trump met Macron at the White House."
    events, _ = merged(
        mention("a", 10, text, D, actors=TRUMP_MACRON, event_type="talks"),
        mention("b", 10, text, D + timedelta(days=2), actors=TRUMP_MACRON, event_type="talks"),
    )
    assert len(events) == 2
    assert all(events["conflict"] != "")
    assert "b dates it 2025-02-26" in events.iloc[0]["conflict"]
    assert "a dates it 2025-02-24" in events.iloc[1]["conflict"]


def test_different_events_on_one_day_stay_apart() -> None:
    events, _ = merged(
        mention("a", 10, "Trump met Macron at the White House.", D, actors=TRUMP_MACRON,
                event_type="talks"),
        mention("b", 10, "Apple unveiled a phone in Cupertino.", D, actors=("Apple",),
                places=("Cupertino, United States",), event_type="other"),
    )
    assert len(events) == 2
    assert all(events["conflict"] == "")


def said(doc: str, speaker: str, *others: str) -> dict[str, Any]:
    row = mention(doc, 10, f"{speaker} said on Monday that the talks in Riyadh were useful.", D,
                  event_type="statement", places=("Riyadh, Saudi Arabia",))
    row["actors"] = (speaker, *others)  # as extracted: the speaker first
    return row


@pytest.mark.parametrize("first, second, events_made", [
    (said("a", "Vladimir Putin"), said("b", "Donald Trump"), 2),  # the same words, two speakers
    (said("a", "Vladimir Putin"), said("b", "Vladimir Putin"), 1),
    (said("a", "Vladimir Putin"), said("b", "Donald Trump", "Vladimir Putin"), 1),  # both spoke
    (said("a", "Russia"), said("b", "Vladimir Putin"), 1),  # a country speaks through anyone
    (said("a", "Kremlin"), said("b", "Dmitry Peskov"), 1),  # so does an institution
])
def test_a_statement_is_its_speaker_s(first: dict[str, Any], second: dict[str, Any],
                                      events_made: int) -> None:
    events, _ = merged(first, second)
    assert len(events) == events_made


def test_mentions_of_one_sentence_are_never_one_event() -> None:
    events, _ = merged(
        mention("a", 10, "Trump met Macron", D, actors=TRUMP_MACRON, event_type="talks",
                sentence_index=3),
        mention("a", 30, "Trump met Macron", D, actors=TRUMP_MACRON, event_type="talks",
                sentence_index=3),
    )
    assert len(events) == 2


def test_a_chain_of_weak_links_does_not_fuse_unrelated_events() -> None:
    # b shares actors with a and with c; a and c share nothing but the day.
    a = mention("a", 1, "Putin met Modi in Moscow to discuss oil supplies.", D,
                actors=("Vladimir Putin", "Narendra Modi"), event_type="talks")
    b = mention("b", 1, "Putin and Trump met Modi and Macron to discuss oil and trade.", D,
                actors=("Vladimir Putin", "Narendra Modi", "Donald Trump", "Emmanuel Macron"),
                event_type="talks")
    c = mention("c", 1, "Trump met Macron in Paris over trade tariffs.", D, actors=TRUMP_MACRON,
                event_type="talks")
    events, _ = merged(a, b, c)
    assert len(events) >= 2
    together = [set(ids) for ids in events["mention_ids"]]
    assert not any({a["mention_id"], c["mention_id"]} <= ids for ids in together)


def test_related_types_get_half_credit() -> None:
    visit = mention("a", 1, "Macron's visit to the White House on Monday.", D,
                    actors=TRUMP_MACRON, event_type="visit")
    talks = mention("b", 1, "Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                    event_type="talks")
    assert len(merged(visit, talks)[0]) == 1
    unrelated = Options(event_types=OPTIONS.event_types, merge=MergeOptions(threshold=0.75))
    assert len(merged(visit, talks, options=unrelated)[0]) == 2


def test_planned_only_when_every_mention_is_planned() -> None:
    plan = mention("a", 1, "Trump will meet Macron on Monday.", D, actors=TRUMP_MACRON,
                   event_type="talks", status="planned")
    done = mention("b", 1, "Trump met Macron on Monday at the White House.", D,
                   actors=TRUMP_MACRON, event_type="talks")
    events, _ = merged(plan, done)
    assert list(events["status"]) in (["happened"], ["planned", "happened"],
                                      ["happened", "planned"])
    alone, _ = merged(plan)
    assert alone.iloc[0]["status"] == "planned"


def test_title_and_summary_come_from_the_most_informative_mention() -> None:
    vague = mention("a", 1, "Trump said he met Macron.", D - timedelta(days=7), D,
                    actors=("Donald Trump",), event_type="talks", precision="vague",
                    time_text="")
    exact = mention("b", 1, "Trump met French President Emmanuel Macron on Monday.", D,
                    actors=TRUMP_MACRON, event_type="talks")
    event = merged(vague, exact)[0].iloc[0]
    assert event["summary"] == exact["sentence"] and event["time_text"] == "Monday"
    assert (event["date"], event["date_end"]) == (D, D)


def test_events_are_sorted_and_the_result_ignores_row_order() -> None:
    rows = [mention(f"d{i}", i, f"Event number {i} happened in town {i}.",
                    D + timedelta(days=i % 5), actors=(f"Person {i}",)) for i in range(12)]
    first, _ = merged(*rows)
    second, _ = merged(*reversed(rows))
    keys = list(zip(first["date"], first["date_end"], first["event_id"]))
    assert keys == sorted(keys)
    pd.testing.assert_frame_equal(first, second)


@pytest.mark.parametrize("article, copy", [("a", "b"), ("b", "a")])
@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0)])
def test_a_copied_mention_meets_the_same_article_bar_whichever_copy_stands_for_it(
        article: str, copy: str, order: tuple[int, int, int]) -> None:
    # "b" reprints the first sentence of "a". The visit, told later in "a",
    # is like the talks only at the bar for two articles: it stays apart in
    # every row order and under either name, and the mentions come back in
    # the order given.
    talks = mention(article, 1, "Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                    event_type="talks", sentence_index=1)
    reprint = mention(copy, 1, "Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                      event_type="talks", sentence_index=1, group=article)
    visit = mention(article, 90, "Macron paid a visit to Trump.", D, actors=TRUMP_MACRON,
                    event_type="visit", sentence_index=5)
    rows = [(talks, reprint, visit)[k] for k in order]
    events, mentions = merged(*rows)
    assert set(events["sources"]) == {(article,), tuple(sorted((article, copy)))}
    assert list(mentions["mention_id"]) == [row["mention_id"] for row in rows]
    # Across two articles the visit is the talks' event.
    visit["doc_id"] = visit["source_group"] = "c"
    assert len(merged(talks, reprint, visit)[0]) == 1


def test_a_capped_sweep_makes_the_same_events_in_any_row_order() -> None:
    # Three mentions open on one day under one key, and each compared with
    # only one earlier: which one must not depend on the rows' order.
    rows = [mention("x", 1, "Putin met Trump in Riyadh.", D, actors=("Vladimir Putin",),
                    event_type="talks"),
            mention("y", 1, "Putin said he was ready.", D, actors=("Vladimir Putin",),
                    event_type="statement"),
            mention("z", 1, "Putin and Trump met in Riyadh.", D, actors=("Vladimir Putin",),
                    event_type="talks")]
    capped = replace(OPTIONS, merge=replace(OPTIONS.merge, max_candidates=1))
    results = {tuple(sorted(merged(*(rows[k] for k in order), options=capped)[0]["mention_ids"]))
               for order in itertools.permutations(range(3))}
    assert len(results) == 1


def test_empty_input() -> None:
    events, mentions = merge_mentions(frame(), OPTIONS)
    assert tuple(events.columns) == EVENT_COLUMNS and events.empty
    assert mentions.empty


def test_blocking_compares_only_overlapping_mentions_sharing_a_key() -> None:
    rows = [mention("d", i, "Putin said it.", D + timedelta(days=2 * i),
                    actors=("Vladimir Putin",)) for i in range(200)]
    rows += [mention("e", i, "Trump said it.", D + timedelta(days=2 * i),
                     actors=("Donald Trump",)) for i in range(200)]
    items = _to_mentions(frame(*rows))
    assert list(candidate_pairs(items, max_candidates=50)) == []
    # Within a window of two days, each mention meets its neighbour (same key).
    near = list(candidate_pairs(items, max_candidates=50, slack_days=2))
    assert len(near) == 2 * 199


def test_a_report_that_names_no_party_joins_one_that_does() -> None:
    # One article names the police; the next tells only "was arrested on
    # Friday": the same arrest, though they share no actor to be paired by.
    friday = date(2025, 8, 15)
    events, _ = merged(
        mention("fire3", 1, "Police arrested a 38-year-old man on suspicion of arson on Friday.",
                friday, actors=("Greek police",), places=("Aigio, Greece",),
                event_type="legal", trigger="arrested"),
        mention("fire4", 1, "The suspect, who was arrested on Friday, denies the charges.",
                friday, event_type="legal", trigger="arrested"),
    )
    assert len(events) == 1 and events.iloc[0]["sources"] == ("fire3", "fire4")


def test_a_report_that_names_no_party_needs_the_same_event_word() -> None:
    # Both legal, both in 2024, but nothing says who was detained: a
    # detention is not the indictment of a named man.
    events, _ = merged(
        mention("trial", 1, "Kessler was indicted by a grand jury in March 2024.",
                date(2024, 3, 1), date(2024, 3, 31), precision="month", actors=("Daniel Kessler",),
                event_type="legal", trigger="indicted"),
        mention("fire", 1, "Police detained more than 200 people for causing fires in 2024.",
                date(2024, 1, 1), date(2024, 12, 31), precision="year", event_type="legal",
                trigger="detained"),
    )
    assert len(events) == 2
    # Nor is a word that names who acted: a judge ordered one thing, and another.
    events, _ = merged(
        mention("m3", 1, "On Monday a judge ordered the release of two engineers.",
                date(2025, 6, 23), event_type="legal", trigger="a judge"),
        mention("m4", 1, "The money that a judge froze in June will count toward the total.",
                date(2025, 6, 1), date(2025, 6, 30), precision="month",
                actors=("Ferronorte",), event_type="legal", trigger="a judge"),
    )
    assert len(events) == 2


def test_an_act_no_type_lists_joins_its_other_reports_by_verb_and_party() -> None:
    # "erupted" is in no type's words ("violence erupted"), yet two
    # articles that tell it of one volcano on one day tell one eruption.
    sunday = date(2025, 5, 11)
    erupted = (
        mention("v1", 1, "The Hrafnfell volcano on Iceland's Reykjanes peninsula erupted on Sunday "
                "for the first time in 15 years.", sunday, actors=("Hrafnfell", "Reykjanes"),
                trigger="erupted"),
        mention("v4", 1, "Hrafnfell, which erupted on May 11, has destroyed 11 homes.",
                sunday, actors=("Hrafnfell",), trigger="erupts"),
    )
    events, _ = merged(*erupted)
    assert len(events) == 1 and events.iloc[0]["sources"] == ("v1", "v4")
    # Not when no party is shared, nor when the verb names no act of its own.
    other_party = {**erupted[1], "actors": ("Etna",)}
    assert len(merged(erupted[0], other_party)[0]) == 2
    light = (mention("v1", 1, "Hrafnfell had a quiet night on Sunday.", sunday,
                     actors=("Hrafnfell",), trigger="had"),
             mention("v2", 1, "Hrafnfell had its first tourists back on Sunday.", sunday,
                     actors=("Hrafnfell",), trigger="had"))
    assert len(merged(*light)[0]) == 2


@pytest.mark.parametrize("forms", [
    ("erupts", "erupted", "eruption"), ("settled", "settle", "settlement"),
    ("agreed", "agrees", "agreement"), ("closes", "closed", "closing"),
    ("talks", "talked"), ("buses", "bus"), ("die", "died", "dies"),
    ("need", "needed", "needs"), ("succeed", "succeeded"), ("tries", "tried", "try"),
])
def test_an_event_words_forms_share_its_stem(forms: tuple[str, ...]) -> None:
    assert len({word_stem(word) for word in forms}) == 1


@pytest.mark.parametrize("word", ["boss", "bus", "status"])
def test_an_s_of_the_word_itself_is_no_ending(word: str) -> None:
    assert word_stem(word) == word


def test_candidates_per_mention_are_capped() -> None:
    rows = [mention("d", i, "Putin said it.", D, actors=("Vladimir Putin",))
            for i in range(100)]
    items = _to_mentions(frame(*rows))
    assert len(list(candidate_pairs(items, max_candidates=5))) <= 100 * 5


def test_weights_and_threshold_change_the_outcome() -> None:
    a = mention("a", 1, "Trump met Macron at the White House.", D, actors=TRUMP_MACRON,
                event_type="talks")
    b = mention("b", 1, "Leaders held a lunch.", D, actors=TRUMP_MACRON, event_type="talks")
    assert len(merged(a, b)[0]) == 1
    words_only = replace(OPTIONS, merge=MergeOptions(weights={
        "actors": 0, "places": 0, "event_type": 0, "text": 1, "time": 0}))
    assert len(merged(a, b, options=words_only)[0]) == 2
    assert len(merged(a, b, options=replace(OPTIONS, merge=MergeOptions(threshold=0.99)))[0]) == 2


@pytest.mark.parametrize("same_document_threshold, expected", [(0.5, 1), (1.0, 2)])
def test_mentions_of_one_article_need_the_higher_bar(same_document_threshold: float,
                                                     expected: int) -> None:
    a = mention("a", 1, "Trump met Macron at the White House.", D, actors=TRUMP_MACRON,
                event_type="talks", sentence_index=1)
    b = mention("a", 90, "Trump met Macron for lunch.", D, actors=TRUMP_MACRON,
                event_type="talks", sentence_index=5)
    options = replace(OPTIONS, merge=replace(OPTIONS.merge,
                                             same_document_threshold=same_document_threshold))
    assert len(merged(a, b, options=options)[0]) == expected


def test_a_headline_joins_its_lede_at_the_usual_bar() -> None:
    # A headline restates its article's lede: the one event an article tells twice.
    headline = mention("a", 0, "Apple unveils new MacBook Air laptops", D, actors=("Apple",),
                       event_type="talks", sentence_index=0)
    lede = mention("a", 40, "Apple met the press and showed new MacBook Air laptops.", D,
                   actors=("Apple", "Steve Jobs"), event_type="talks", sentence_index=2)
    later = mention("a", 140, "Apple met analysts about its laptops.", D, actors=("Apple",),
                    event_type="talks", sentence_index=9)
    options = replace(OPTIONS, merge=replace(OPTIONS.merge, same_document_threshold=1.0))
    events, mentions = merged(headline, lede, options=options)
    assert len(events) == 1
    # The article's first sentence, told as a sentence, is no headline: the higher bar holds.
    as_sentence = dict(headline, sentence="Apple unveiled new MacBook Air laptops.")
    assert len(merged(as_sentence, lede, options=options)[0]) == 2
    # Nor is a clause of the first sentence, nor are two sentences of the body.
    as_clause = dict(headline, sentence="who unveiled new MacBook Air laptops")
    assert len(merged(as_clause, lede, options=options)[0]) == 2
    assert len(merged(lede, later, options=options)[0]) == 2
    # Nor is a first sentence split into clauses, one of which lacks a stop.
    split = [mention("a", 0, "Apple unveiled new MacBook Air laptops and shares rose.", D,
                     actors=("Apple",), event_type="talks", sentence_index=0),
             mention("a", 5, "Apple met analysts on Monday", D, actors=("Apple",),
                     event_type="talks", sentence_index=0)]
    assert len(merged(*split, lede, options=options)[0]) == 3
    # A headline restates its lede, not any later sentence like it.
    other_lede = mention("a", 40, "Shares fell sharply in early trading.", D,
                         actors=("Nasdaq",), event_type="other", sentence_index=2)
    assert len(merged(headline, other_lede, later, options=options)[0]) == 3
    assert len(merged(headline, later, options=options)[0]) == 1  # later is the lede here


def test_a_definite_event_noun_joins_the_event_its_article_told_before() -> None:
    # "The announcement was long-awaited" shares no words, place or speaker
    # with "Apple unveiled the iPhone": it names that event all the same.
    options = replace(OPTIONS, event_types={**OPTIONS.event_types, "product_launch": ("unveiled",)},
                      merge=replace(OPTIONS.merge, related_types=(("product_launch", "statement"),)))
    unveiled = mention("a", 10, "Apple unveiled the iPhone on Monday.", D, actors=("Apple",),
                       event_type="product_launch", sentence_index=1)
    met = mention("a", 60, "Later Trump met Macron on Monday.", D, actors=TRUMP_MACRON,
                  event_type="talks", sentence_index=2)
    announcement = mention("a", 100, "The announcement was long-awaited.", D - timedelta(days=6), D,
                           event_type="statement", sentence_index=3, time_text="",
                           refers_back=True)
    reported = mention("b", 10, "Apple unveiled its iPhone at a Monday event.", D,
                       actors=("Apple",), event_type="product_launch")
    events, mentions = merged(unveiled, met, announcement, reported, options=options)
    assert len(events) == 2
    of = dict(zip(mentions["sentence"], mentions["event_id"]))
    # It skips the talks in between (an announcement names no meeting) ...
    assert of[announcement["sentence"]] == of[unveiled["sentence"]] == of[reported["sentence"]]
    assert of[met["sentence"]] != of[unveiled["sentence"]]
    launch = events[events["event_id"] == of[unveiled["sentence"]]].iloc[0]
    assert (launch["date"], launch["date_end"]) == (D, D)  # ... and keeps its day
    # Without the definite noun it is a statement like any other: apart.
    plain = dict(announcement, refers_back=False)
    assert len(merged(unveiled, met, plain, reported, options=options)[0]) == 3


def test_a_definite_event_noun_names_no_event_dated_apart() -> None:
    # The nearest settlement was in 1991: "The settlement" of this week is not it,
    # nor the one before it.
    earlier = mention("a", 5, "Apple settled with Apple Corps this week.", D,
                      actors=("Apple",), event_type="talks", sentence_index=1)
    in_1991 = mention("a", 50, "That lawsuit was settled in 1991.", date(1991, 1, 1),
                      date(1991, 12, 31), actors=("Apple",), event_type="talks",
                      sentence_index=2, precision="year", time_text="1991")
    settlement = mention("a", 90, "The settlement included an agreement.", D - timedelta(days=6),
                         D, actors=("Apple Corps",), event_type="talks", sentence_index=3,
                         time_text="", refers_back=True)
    assert len(merged(earlier, in_1991, settlement)[0]) == 3
    # Nor does a definite noun reach into another article.
    other = dict(settlement, doc_id="b", mention_id="b-settlement", source_group="b")
    assert len(merged(earlier, other)[0]) == 2


def test_a_definite_event_noun_names_an_event_told_in_a_word_of_its_stem() -> None:
    options = replace(OPTIONS, event_types={**OPTIONS.event_types, "agreement": ("settlement",),
                                            "death": ("died", "funeral"),
                                            "press_conference": ("press conference",)},
                      merge=replace(OPTIONS.merge, related_types=(
                          ("talks", "visit", "press_conference"),)))
    week = {"first": D - timedelta(days=6), "last": D}

    def later(sentence: str, event_type: str, noun: str) -> dict[str, Any]:
        return mention("a", 90, sentence, **week, event_type=event_type, sentence_index=4,
                       time_text="", refers_back=True, trigger=noun)

    settled = mention("a", 5, "Apple settled its dispute with Apple Corps.", **week,
                      actors=("Apple",), event_type="agreement", sentence_index=1,
                      trigger="settled")
    settlement = later("This new settlement replaces the 1991 agreement.", "agreement",
                       "settlement")
    assert len(merged(settled, settlement, options=options)[0]) == 1
    # One of its type, told in other words, may be another event of that type.
    died = mention("a", 5, "Pope Francis died on Monday.", **week, actors=("Pope Francis",),
                   event_type="death", sentence_index=1, trigger="died")
    funeral = later("The funeral was held in Rome.", "death", "funeral")
    assert len(merged(died, funeral, options=options)[0]) == 2
    # Nor is a statement, or a press conference, the talks its words speak of.
    held = mention("a", 2, "Trump and Putin held talks in Alaska on Friday.", D,
                   actors=("Donald Trump", "Vladimir Putin"), event_type="talks",
                   sentence_index=0, trigger="talks")
    said = mention("a", 5, "Trump said he was in serious talks with Russia.", **week,
                   actors=("Donald Trump",), event_type="statement", sentence_index=1,
                   trigger="said")
    briefed = mention("a", 50, "Trump later gave a press conference about the talks.", **week,
                      actors=("Donald Trump",), event_type="press_conference",
                      sentence_index=2, trigger="press conference")
    talks = later("The talks lasted three hours.", "talks", "talks")
    events, mentions = merged(held, said, briefed, talks, options=options)
    of = dict(zip(mentions["mention_id"], mentions["event_id"]))
    assert of[talks["mention_id"]] == of[held["mention_id"]]
    assert len(events) == 3


@pytest.mark.parametrize("interchangeable, joined", [(("talks",), True), ((), False)])
def test_a_definite_noun_names_an_event_of_a_type_whose_words_name_one_happening(
        interchangeable: tuple[str, ...], joined: bool) -> None:
    # "met", "the negotiations": one meeting, when the talks' words are
    # configured to name one happening.
    options = replace(OPTIONS, merge=replace(OPTIONS.merge, interchangeable_types=interchangeable))
    met = mention("a", 5, "Officials met Lavrov in Riyadh recently.", D - timedelta(days=30), D,
                  actors=("Mike Waltz", "Sergey Lavrov"), places=("Riyadh, Saudi Arabia",),
                  event_type="talks", sentence_index=1, trigger="met", precision="vague")
    absent = mention("a", 90, "Ukraine was absent from the negotiations in Saudi Arabia.",
                     D - timedelta(days=30), D, actors=("Volodymyr Zelenskyy",),
                     places=("Saudi Arabia",), event_type="talks", sentence_index=2,
                     trigger="negotiations", refers_back=True, precision="vague")
    events, _ = merged(met, absent, options=options)
    assert len(events) == (1 if joined else 2)
    # Who was absent is not a party to the talks.
    assert "Volodymyr Zelenskyy" not in events.iloc[0]["actors"] or not joined
    # With no party and no place in common, "the summit" is another meeting.
    skipped = {**absent, "sentence": "Modi skipped the summit.", "locations": (),
               "actors": ("Narendra Modi",), "trigger": "summit"}
    assert len(merged(met, skipped, options=options)[0]) == 2


def test_a_definite_event_noun_names_no_plan_no_other_place_and_no_copy() -> None:
    met = mention("a", 5, "Zelensky had a meeting with Macron in Paris on Monday.", D,
                  actors=("Volodymyr Zelenskyy", "Emmanuel Macron"), places=("Paris, France",),
                  event_type="talks", sentence_index=1, trigger="meeting")

    def noun(sentence: str, **fields: Any) -> dict[str, Any]:
        return mention("a", 90, sentence, D, event_type="talks", sentence_index=4,
                       time_text="", refers_back=True, trigger="meeting", **fields)

    assert len(merged(met, noun("The meeting lasted two hours."))[0]) == 1
    assert len(merged(met, noun("The meeting will go on.", status="planned"))[0]) == 2
    assert len(merged(met, noun("The meeting in Alaska lasted two hours.",
                                places=("Alaska, United States",)))[0]) == 2
    # The same background sentence in two articles names neither article's event.
    other = mention("b", 5, "Trump had a meeting with Putin in Alaska on Monday.", D,
                    actors=("Donald Trump", "Vladimir Putin"), places=("Alaska, United States",),
                    event_type="talks", sentence_index=1, trigger="meeting")
    background = noun("The meeting was part of a push to end the war.")
    copy = dict(background, doc_id="b", mention_id="b-copy", source_group="b")
    events, mentions = merged(met, background, other, copy)
    of = dict(zip(mentions["mention_id"], mentions["event_id"]))
    assert of[met["mention_id"]] != of[other["mention_id"]]
