"""Event mentions: which clauses, which date, which type, offsets that index the text."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import mentions as mentions_module
from timeline.config import Options, load_options
from timeline.mentions import (ANCHOR_WINDOW_DAYS, LEDE_SENTENCES, LONG_BEFORE_DAYS, OTHER,
                               Lexicon, extract_mentions, make_title, mention_id)
from timeline.models import MENTION_COLUMNS, Document, TimeExpression
from timeline.sentences import reduced_relatives, split_sentences, subordinate_clauses
from timeline.temporal import find_times

DAY = date(2025, 2, 24)  # a Monday


@pytest.fixture(scope="module")
def options() -> Options:
    return load_options(None)  # config.yaml of the working directory, or defaults


@pytest.fixture(scope="module")
def lexicon_options() -> Options:
    from pathlib import Path
    return load_options(Path(__file__).resolve().parent.parent / "config.yaml")


def extract(text: str, options: Options, day: date = DAY, header: str = "") -> pd.DataFrame:
    doc = Document(doc_id="a", date=day, text=header + text, body_start=len(header))
    return extract_mentions([doc], options)


def test_columns_are_the_contract(lexicon_options: Options) -> None:
    frame = extract("Putin said the talks went well.", lexicon_options)
    assert tuple(frame.columns) == MENTION_COLUMNS
    empty = extract("Nothing here happens at all.", lexicon_options)
    assert tuple(empty.columns) == MENTION_COLUMNS and empty.empty


def test_relative_clause_with_its_own_time_is_its_own_mention(lexicon_options: Options) -> None:
    text = ("Dmitriev – who attended discussions with the US in Saudi Arabia last week – "
            "told CNN that Russia was open to cooperation.")
    frame = extract(text, lexicon_options)
    talks = frame[frame["time_text"] == "last week"].iloc[0]
    assert talks["sentence"] == "who attended discussions with the US in Saudi Arabia last week"
    assert (talks["date"], talks["date_end"]) == (date(2025, 2, 17), date(2025, 2, 23))
    assert talks["event_type"] == "talks"
    assert "Dmitriev" in talks["actors"] and talks["locations"] == ("Saudi Arabia",)
    told = frame[frame["time_text"] != "last week"].iloc[0]
    assert told["date_end"] == DAY and told["time_source"] == "article_date"


def test_a_report_without_time_is_on_or_before_the_article_date(lexicon_options: Options) -> None:
    row = extract("Putin said the talks had gone well.", lexicon_options).iloc[0]
    assert row["time_source"] == "article_date" and row["time_text"] == ""
    assert row["date_end"] == DAY
    assert row["date"] == DAY - timedelta(days=ANCHOR_WINDOW_DAYS)
    assert row["precision"] == "vague"
    assert row["status"] == "happened"


def test_a_report_inherits_the_day_the_story_named(lexicon_options: Options) -> None:
    text = "Yesterday, Apple unveiled the new phone. Jobs said it was the best phone yet."
    frame = extract(text, lexicon_options)
    said = frame[frame["sentence"].str.startswith("Jobs said")].iloc[0]
    assert said["time_source"] == "inherited" and said["time_text"] == "Yesterday"
    assert said["date"] == said["date_end"] == DAY - timedelta(days=1)


@pytest.mark.parametrize("report, inherits", [
    ("Dmitriev said the first stage of the deal would include energy.", True),
    ("Apple for the first time sold more phones than Nokia.", True),
    # Told as lying off the story's day: the week before the article instead.
    ("Sales of the first Air fell soon after its introduction.", False),
    ("Jobs first introduced the phone in San Francisco.", False),
    ("One year later he was fired.", False),
    # "before" with no event after it: some other time.
    ("Apple Corps has twice before sued Apple Computer.", False),
    ("The two companies clashed before.", False),
    ("Jobs had met him two years before.", False),
    ("Before the launch, Jobs spoke to reporters.", True),
    ("Jobs said he had met Cook before.", True),  # what was said lies elsewhen
    ("Sales rose as never before.", True),  # a comparison
    ("The government had already declared a state of emergency.", False),  # before the day
    # Some days off a happening it does not date: not the story's day either.
    ("The arrest came a day after the minister toured the area.", False),
    ("He was sentenced two weeks before the election was held.", False),
    ("Jobs spoke for two hours after the launch.", True),  # how long, not when
])
def test_first_as_an_ordinal_keeps_the_story_day(lexicon_options: Options, report: str,
                                                  inherits: bool) -> None:
    frame = extract("Yesterday, Apple unveiled the new phone. " + report, lexicon_options)
    told = frame[frame["sentence"] == report].iloc[0]
    assert (told["time_source"] == "inherited") == inherits


def _lede(fillers: int, between: str = " ") -> str:
    """A report, ``fillers`` present-tense sentences, then a sentence naming the day."""
    filler = "".join(f"The phone has feature number {n}. " for n in range(fillers))
    return (f"Apple introduced a new phone at its conference.{between}{filler}"
            "Developer copies were made available yesterday.")


def test_a_lede_takes_the_day_it_names_later(lexicon_options: Options) -> None:
    # The day is named in the lede's last sentence.
    introduced = extract(_lede(LEDE_SENTENCES - 2), lexicon_options).iloc[0]
    assert introduced["sentence"].startswith("Apple introduced")
    assert introduced["time_source"] == "inherited" and introduced["time_text"] == "yesterday"
    assert introduced["date"] == introduced["date_end"] == DAY - timedelta(days=1)


def test_a_lede_takes_the_day_named_in_its_next_paragraph(lexicon_options: Options) -> None:
    introduced = extract(_lede(0, between="\n\n"), lexicon_options).iloc[0]
    assert introduced["time_source"] == "inherited"
    # A prefixed verb is a verb, not a compound adjective.
    reelected = extract("Voters re-elected the mayor by a wide margin. The count ended "
                        "yesterday, officials said.", lexicon_options).iloc[0]
    assert reelected["time_source"] == "inherited"


@pytest.mark.parametrize("text", [
    _lede(LEDE_SENTENCES - 1),  # the day is named after the lede
    # In the same sentence, a relative clause's day is its own.
    "Jobs, who resigned on Monday, founded Apple in a garage.",
    # "has said" is no simple past, whatever the compound after it.
    "Putin has said that Moscow could mine in Russian-occupied Ukraine. He spoke on Monday.",
])
def test_a_report_that_is_not_the_ledes_takes_no_later_day(lexicon_options: Options,
                                                           text: str) -> None:
    frame = extract(text, lexicon_options)
    report = frame[frame["time_source"] != "explicit"].iloc[0]
    assert report["time_source"] == "article_date" and report["precision"] == "vague"


@pytest.mark.parametrize("opening", [
    "Apple executive Steve Jobs resigns\n",  # a headline
    "By Jane Doe, Wire Service\n(CNN) — Apple says Steve Jobs resigns as its chief.\n",
    "By Jane Doe, CNN, updated February 24, 2025\nApple says Steve Jobs resigns.\n",
    "By AFP staff writers\nApple says Steve Jobs resigns.\n",
])
def test_the_opening_tells_the_news_in_the_present(lexicon_options: Options,
                                                    opening: str) -> None:
    text = opening + "Jobs has chosen to step down from his post. Apple sells phones."
    frame = extract(text, lexicon_options)
    news = frame.iloc[0]
    assert "Jobs resigns" in news["sentence"]
    assert news["time_source"] == "article_date" and news["precision"] == "vague"
    assert news["date_end"] == DAY and "Steve Jobs" in news["actors"]
    assert "CNN" not in news["actors"]  # the wire's name in a dateline did nothing
    # Only the opening's present is news; a later one is a state, not an event.
    assert not frame["sentence"].str.contains("sells phones").any()
    # The lede's day, once named, is the headline's too.
    dated = extract(opening + "Jobs stepped down. The board met yesterday.", lexicon_options)
    assert dated.iloc[0]["time_source"] == "inherited"
    assert dated.iloc[0]["date"] == DAY - timedelta(days=1)


def test_a_headline_and_its_lede_are_one_event(lexicon_options: Options) -> None:
    from timeline.merge import merge_mentions
    text = ("Apple co-founder Steve Jobs dies aged 56\nOctober 6, 2011\n"
            "Apple co-founder Steve Jobs died yesterday at the age of 56. "
            "Bill Gates said Jobs had changed the world.")
    mentions = extract(text, lexicon_options, day=date(2011, 10, 6))
    events, merged = merge_mentions(mentions, lexicon_options)
    headline, lede = merged.iloc[0], merged.iloc[1]
    assert headline["sentence"].endswith("dies aged 56") and headline["event_type"] == "death"
    assert headline["date"] == lede["date"] == date(2011, 10, 5)  # the lede's "yesterday"
    assert headline["event_id"] == lede["event_id"]
    assert merged.iloc[2]["event_id"] != lede["event_id"]


def test_only_the_opening_can_be_a_byline(lexicon_options: Options) -> None:
    frame = extract("Apple reported results on Monday.\nBy March 2014, Russia had annexed "
                    "Crimea. By Jane Doe’s count, Apple Stores sold out on Friday.",
                    lexicon_options)
    assert frame["sentence"].str.startswith("By March 2014").any()
    assert frame["sentence"].str.startswith("By Jane Doe").any()
    # Nor is an opening that starts with a time after "By".
    assert extract("By Friday Apple Stores had sold out.", lexicon_options).iloc[0][
        "time_text"] == "Friday"


@pytest.mark.parametrize("headline, event_type", [
    ("Russia invades Ukraine", "attack"),  # typed by "invaded"
    ("Steve Jobs steps down as Apple CEO", "personnel"),
    ("Microsoft acquires LinkedIn", "acquisition"),
    ("Putin warns the West", "statement"),
])
def test_a_headline_verb_is_news_when_its_past_is_an_event_word(
        lexicon_options: Options, headline: str, event_type: str) -> None:
    row = extract(headline + "\nNothing else is new.", lexicon_options).iloc[0]
    assert row["sentence"] == headline and row["event_type"] == event_type
    assert row["time_source"] == "article_date"


def test_what_a_present_opening_says_may_lie_ahead(lexicon_options: Options) -> None:
    for said in ("Apple says it will unveil a phone", "Zelensky says Ukraine will not cede land"):
        row = extract(said + "\nNothing else is new.", lexicon_options).iloc[0]
        assert row["event_type"] == "statement" and row["time_source"] == "article_date"
    # A plan of its own is no news of the day.
    assert extract("Apple unveils a phone and will ship it\nNothing else is new.",
                   lexicon_options).empty


@pytest.mark.parametrize("opening", [
    "By Jane Doe and John Roe, Wire Service\n",  # a byline tells nothing
    "The new phone is faster\n",  # no news verb
    "Ukraine holds vast deposits of rare earth minerals.\n",  # a state
    "Live updates: Russia’s war in Ukraine\n",  # a heading
    "Apple earnings preview\n",
    # Plural nouns: "talked", "shared", "remarked" are no event words.
    "Russia-Ukraine talks: what we know\n",
    "Apple shares in focus\n",
    "Putin’s remarks on Ukraine\n",
])
def test_an_opening_without_news_in_the_present_is_no_report(lexicon_options: Options,
                                                              opening: str) -> None:
    frame = extract(opening + "Nothing else happens here.", lexicon_options)
    assert not (frame["time_source"] == "article_date").any()


@pytest.mark.parametrize("text, expected", [
    # The year names the conference: the clause takes the day the story names.
    ("Jobs gives the keynote at WWDC 2005\nYesterday, Jobs opened the conference.", "Yesterday"),
    ("Microsoft released Office 2003 to businesses.", ""),
    # A year after a word that opens a date, or inside a holiday's name, is a time.
    ("In 2005, Jobs opened the conference.", "2005"),
    ("Shops were busy at Christmas 2004, traders said.", "Christmas 2004"),
    # Nor is one after a possessive, a sentence's first word or a place.
    ("Nothing new.\nRussia’s 2004 annexation of the island was condemned.", "2004"),
    ("Nothing new.\nThroughout 2004, Jobs fought cancer, Apple said.", "2004"),
    ("Nothing new. Throughout 2004, Jobs fought cancer, Apple said.", "2004"),
    ("Nothing new from Tim Cook\n\nIn 2004, Jobs fought cancer.", "2004"),
    ("Nothing new.\nThe US 2004 election was won by George Bush.", "2004"),
    # A year between a determiner and a thing made then tells which one it
    # is: what the clause tells of it happened later.
    ("The new settlement replaced the 1991 agreement.", ""),
    ("Apple Corps argued that the store was a breach of the 1991 settlement.", ""),
    ("Apple unveiled new laptops and the 2004 version of iLife.", ""),
    # A forecast, target or budget for a year is aimed at it, as subject too.
    ("The company raised its 2008 revenue guidance.", ""),
    ("Analysts said Apple would miss the 2008 sales target.", ""),
    ("The 2006 budget was approved by parliament.", ""),
    # A model year names a product line, as subject too.
    ("Ford recalled SUVs from the 2001 through 2004 model years.", ""),
    ("The 2004 model year vehicles are affected.", ""),
    # Unless the phrase is where the clause happens, or its subject ...
    ("Jobs spoke at the launch of the company's 2004 model.", "2004"),
    ("Jobs spoke at the company 's 2004 model launch.", "2004"),
    ("Russia signed on the eve of the 2004 accord, officials said.", "2004"),
    ("The 1991 agreement barred Apple Computer from the music business.", "1991"),
    # ... or the noun is not a thing made then.
    ("Bush won the 2004 election by a narrow margin.", "2004"),
    ("Apple's profit doubled at the end of the 2004 fiscal year.", "2004"),
    ("Critics condemned Russia’s 2004 annexation of the island.", "2004"),
    ("Jobs said that 2004 was a record year.", "2004"),
])
def test_a_year_in_a_name_does_not_date_the_clause(lexicon_options: Options, text: str,
                                                   expected: str) -> None:
    frame = extract(text, lexicon_options, day=date(2005, 6, 7))
    assert frame.iloc[0]["time_text"] == expected


@pytest.mark.parametrize("sentence, window", [
    ("When Jobs first introduced the phone, he praised its antenna.", LONG_BEFORE_DAYS),
    ("Ukraine has said previously that it wants security guarantees.", LONG_BEFORE_DAYS),
    ("He once worked for IBM.", LONG_BEFORE_DAYS),
    ("Apple Corps has twice before sued Apple Computer.", LONG_BEFORE_DAYS),
    ("The two companies have clashed before.", LONG_BEFORE_DAYS),
    ("The companies had clashed the year before.", LONG_BEFORE_DAYS),
    ("Putin said the two had met before.", ANCHOR_WINDOW_DAYS),  # the saying is recent
    # An adjective, not a time: "the first stage", "once again".
    ("Dmitriev said the first stage would include energy.", ANCHOR_WINDOW_DAYS),
    ("Putin once again said he was ready.", ANCHOR_WINDOW_DAYS),
    ("Apple completed its previously announced acquisition of Beats.", ANCHOR_WINDOW_DAYS),
    ("The first confirmed case of the virus was reported.", ANCHOR_WINDOW_DAYS),
    ("The deal, first reported by Bloomberg, was signed.", ANCHOR_WINDOW_DAYS),
    ("Officials said the bridge would reopen once repaired.", ANCHOR_WINDOW_DAYS),
    ("Inflation rose faster than previously expected, the agency said.", ANCHOR_WINDOW_DAYS),
    ("The drug, previously approved in Europe, was cleared by regulators.", ANCHOR_WINDOW_DAYS),
])
def test_a_report_of_an_untold_earlier_time_is_not_put_in_the_last_week(
        lexicon_options: Options, sentence: str, window: int) -> None:
    row = extract(sentence, lexicon_options).iloc[0]
    assert row["time_source"] == "article_date" and row["precision"] == "vague"
    assert (row["date"], row["date_end"]) == (DAY - timedelta(days=window), DAY)


def test_what_was_done_this_week_was_done_by_the_article_date(lexicon_options: Options) -> None:
    tuesday = date(2006, 3, 28)
    done = extract("Apple Corps has filed a lawsuit in a London court this week.",
                   lexicon_options, day=tuesday).iloc[0]
    assert (done["date"], done["date_end"]) == (date(2006, 3, 27), tuesday)

@pytest.mark.parametrize("text", [
    "The two companies meet in a London court this week.",
    "Talks continue in Geneva this week, the minister said.",
    "The trial is being held in London this week.",
    "Officials agreed to hold a second round of talks this week.",
    "The summit, delayed from January, opens in Brussels this week.",
])
def test_what_is_not_told_as_done_keeps_the_whole_week(lexicon_options: Options,
                                                       text: str) -> None:
    row = extract(text, lexicon_options, day=date(2006, 3, 28)).iloc[0]
    assert (row["date"], row["date_end"]) == (date(2006, 3, 27), date(2006, 4, 2))


@pytest.mark.parametrize("text, actor", [
    # "the president" is who was named "President X", not the last name before it.
    ("President Donald Trump spoke on Monday. He met French President Emmanuel Macron on "
     "Monday. Trump talked with Putin on Monday. The president on Monday predicted that the war "
     "could end.", "Donald Trump"),
    # Without a bare title, the last person whose title ends with it.
    ("Russian Foreign Minister Sergey Lavrov arrived on Monday. He met Rubio on Monday. "
     "The foreign minister said on Monday that talks went well.", "Sergey Lavrov"),
    # Of two presidents, the one named last, by any of his names.
    ("President Donald Trump met President Volodymyr Zelensky on Friday. Trump shouted at him "
     "on Friday. The president later said on Friday that peace was near.", "Donald Trump"),
    # A vice or deputy holds another title.
    ("Deputy Foreign Minister Sergei Ryabkov came on Monday. Russian Foreign Minister Sergey "
     "Lavrov came on Monday. Ryabkov spoke on Monday. The foreign minister said on Monday that "
     "talks went well.", "Sergey Lavrov"),
    ("Secretary of State Marco Rubio spoke on Monday. Press Secretary Karoline Leavitt spoke "
     "on Monday. The secretary of state said on Monday that it was good.", "Marco Rubio"),
    # "the president" as the object: the subject is still "he".
    ("President Donald Trump arrived on Sunday. Emmanuel Macron flew in on Monday. He met the "
     "president on Monday.", "Emmanuel Macron"),
    # After an opening phrase, and before "his", it is still the subject.
    ("President Donald Trump met Macron on Friday. On Monday, the president signed an order.",
     "Donald Trump"),
    ("President Donald Trump met Macron on Friday. The president told his cabinet on Monday "
     "that tariffs would rise.", "Donald Trump"),
])
def test_the_president_is_the_person_named_with_that_title(lexicon_options: Options, text: str,
                                                           actor: str) -> None:
    last = extract(text, lexicon_options).iloc[-1]
    assert last["actors"] == (actor,)


@pytest.mark.parametrize("text, actors", [
    # A title before every name said outside quotations is the subject.
    ("President Donald Trump met Macron on Friday. The president, from the Oval Office Monday, "
     "hinted at a meeting with Ukrainian President Volodymyr Zelenskyy.",
     ("Donald Trump", "Volodymyr Zelenskyy")),
    # "he" inside a quotation is whom the speaker means, not who speaks.
    ('President Donald Trump met Macron on Friday. On Monday, the president hinted at a '
     'meeting with Ukrainian President Volodymyr Zelenskyy. "In fact, he may come in this '
     'week to sign the agreement, which would be nice, I would love to meet him," Trump said.',
     ("Donald Trump", "Volodymyr Zelenskyy")),
    # Who spoke first, though another name sorts before it.
    ("Zelensky said on Monday that Trump would visit.", ("Volodymyr Zelenskyy", "Donald Trump")),
    # A title with its own name or owner is not the subject alone.
    ("President Donald Trump met Macron on Friday. The president of Finland, Alexander Stubb, "
     "met Zelensky in Kyiv on Tuesday.", ("Alexander Stubb", "Volodymyr Zelenskyy", "Finland")),
    ("President Donald Trump met Macron on Friday. The president's envoy Steve Witkoff met "
     "Putin in Moscow on Tuesday.", ("Steve Witkoff", "Vladimir Putin")),
    # The event word in a clause of its own: its subject leads, and whom it names.
    ("The statements by Vladimir Putin came the same day as Donald Trump boasted during a press "
     "conference with Emmanuel Macron.", ("Donald Trump", "Emmanuel Macron", "Vladimir Putin")),
    # ... or in a clause before the subject, which has none of its own.
    ("Later, when asked about Vladimir Putin, Donald Trump responded.",
     ("Donald Trump", "Vladimir Putin")),
    # The subject of the main clause stays first when the event word is its own.
    ("Vladimir Putin met Donald Trump on Monday, as Emmanuel Macron had hoped.",
     ("Vladimir Putin", "Donald Trump", "Emmanuel Macron")),
    # A name in a clause set before the subject is no participle ("Ted", "Fred").
    ("When Ted Cruz met Pete Hegseth on Tuesday, Chuck Schumer walked out.",
     ("Ted Cruz", "Pete Hegseth", "Chuck Schumer")),
    # "as" and "after" that open no clause with a subject and a verb.
    ("Donald Trump as well as JD Vance met Volodymyr Zelensky on Friday.",
     ("Donald Trump", "JD Vance", "Volodymyr Zelenskyy")),
    ("Keir Starmer, who had visited after Emmanuel Macron, met Donald Trump on Thursday.",
     ("Keir Starmer", "Emmanuel Macron", "Donald Trump")),
    ("Warren Buffett, speaking as Berkshire Hathaway's chairman, announced his retirement "
     "on Saturday.", ("Warren Buffett", "Berkshire Hathaway")),
])
def test_who_did_it_leads_the_actors(lexicon_options: Options, text: str,
                                     actors: tuple[str, ...]) -> None:
    last = extract(text, lexicon_options).iloc[-1]
    assert last["actors"] == actors
    assert last["title"].startswith(actors[0] + ", ")


@pytest.mark.parametrize("text, event_type", [
    ("Trump on Monday hinted at a potential meeting with Zelensky.", "statement"),
    ("Putin on Monday warned of an attack on Kyiv.", "statement"),
    ("Apple on Monday announced the phone at a developers' conference.", "statement"),
    ("Putin met Trump on Monday.", "talks"),
    # A noun's "of" is not a topic; and a hint's topic is no event of its own.
    ("The announcement of the iPhone came at Macworld on Tuesday.", "statement"),
    ("Trump hinted at a meeting with Zelensky on Monday.", "talks"),
])
def test_what_a_hint_or_a_warning_is_about_does_not_type_the_clause(
        lexicon_options: Options, text: str, event_type: str) -> None:
    frame = extract(text, lexicon_options)
    assert list(frame["event_type"]) == [event_type]
    assert frame.iloc[0]["sentence"] == text  # one mention, the whole sentence


@pytest.mark.parametrize("text, speaker", [
    ("“We love the Beatles and it has been painful,” said Steve Jobs on Monday.", "Steve Jobs"),
    ("“We are ready to sign the deal,” said Zelensky's chief of staff Andriy Yermak on Monday.",
     "Andriy Yermak"),
    ("“We love the Beatles and it has been painful,” said Apple Inc. CEO Steve Jobs on Monday.",
     "Steve Jobs"),
])
def test_the_speaker_comes_first(lexicon_options: Options, text: str, speaker: str) -> None:
    row = extract(text, lexicon_options).iloc[0]
    assert row["title"].startswith(speaker + ":") or row["title"].startswith(speaker + ",")
    assert "said on Monday" in row["title"]


@pytest.mark.parametrize("text, told, said", [
    # Who spoke, with who they are set off, is the source of what they told.
    ("The union will meet again next week, Ravi Dhillon, the union's organiser, said on"
     " Tuesday.", "meet again next week", "said on Tuesday"),
    ("The union will meet again next week, said Ravi Dhillon, the union's organiser, on"
     " Tuesday.", "meet again next week", "said on Tuesday"),
    ("The union will meet again next week, said Ravi Dhillon on Tuesday.",
     "meet again next week", "said on Tuesday"),
    ("The union will meet again next week, said the union's organiser, Ravi Dhillon, on"
     " Tuesday.", "meet again next week", "said on Tuesday"),
])
def test_a_source_named_with_who_they_are_is_an_aside(lexicon_options: Options, text: str,
                                                      told: str, said: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 9, 5))
    assert sorted(frame["title"]) == sorted([f"Ravi Dhillon: {told}", f"Ravi Dhillon: {said}"])
    assert sorted(frame["date"]) == [date(2025, 9, 2), date(2025, 9, 8)]


@pytest.mark.parametrize("text, title", [
    # A speaker named after the verb is named once, past who they are.
    ("We will not back down, said union organiser Ravi Dhillon on Tuesday.",
     "Ravi Dhillon: said on Tuesday"),
    ("“We will not back down,” said Ravi Dhillon, the union's organiser, on Tuesday.",
     "Ravi Dhillon: said on Tuesday: “We will not back down…”"),
    ("“Markets will stay calm,” said Erik Vos, an analyst at ING.",
     "Erik Vos, ING: Markets will stay calm"),
    # ... but what follows "said" after a comma may be what was said, and a
    # description after who they are is not theirs to drop.
    ("Trump, speaking in Riyadh, said Russia had agreed on Tuesday.",
     "Donald Trump: said Russia had agreed on Tuesday (Riyadh, Saudi Arabia)"),
    ("The plant will close next year, said Sarah Lund Monday.", "Sarah Lund: said Monday"),
    ("The strike will go ahead next week, said Dhillon and Sallis on Monday.",
     "Dhillon, Sallis: said on Monday"),
    # A title with no name names no actor: it stays.
    ("The airport will reopen on Friday, said a ministry spokesman on Tuesday.",
     "said a ministry spokesman on Tuesday"),
    # A name set off by who they are may still open what was said.
    ("The ministry said Rolf Gerber, the ambassador, had been recalled on Monday.",
     "Rolf Gerber: had been recalled on Monday"),
    ("“We owe our shareholders an account,” said Anne Coulter, the interim chair, who led the"
     " search on Tuesday.", "Anne Coulter: said: “We owe our shareholders an account…”"),
    ("“The chances diminish with every hour,” Lieutenant Carla Mendes, a fire department"
     " spokeswoman, told reporters at the scene on Tuesday.",
     "Lieutenant Carla Mendes: told reporters at the scene on Tuesday"),
    # Who they are may come first, with the name set off after it, and an
    # age set off after the name is theirs whatever follows.
    ("“We will not back down,” said a police spokesman, Tom Reid, on Monday.",
     "Tom Reid: said on Monday: “We will not back down…”"),
    ("“I have banked here for 30 years,” said Gloria Mendez, 71, who said she would leave.",
     "Gloria Mendez: said: “I have banked here for 30 years…”"),
    ("“We want our money back now,” said Owen Price, 52, on Sunday.",
     "Owen Price: said on Sunday: “We want our money back now…”"),
])
def test_a_speaker_after_the_verb_is_named_once(lexicon_options: Options, text: str,
                                                title: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 9, 5))
    assert title in list(frame["title"])


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")])
@pytest.mark.parametrize("text, rows", [
    # Speech in single marks, as British news quotes it, reads as speech in
    # double ones: the speaker is named once, what was said is the title ...
    ("{o}We will not back down,{c} said union organiser Ravi Dhillon on Tuesday.",
     [("Ravi Dhillon: said on Tuesday: “We will not back down…”", ("Ravi Dhillon",), "2025-09-02")]),
    # ... a denial inside the quotation ends with it ...
    ("Sarah Lund spoke on Monday. {o}You don't have an interest in this company?{c} she asked.",
     [("Sarah Lund: spoke on Monday", ("Sarah Lund",), "2025-09-01"),
      ("Sarah Lund: asked: “You don't have an interest in this company?…”", ("Sarah Lund",),
       "2025-09-01")]),
    # ... the word that opens it names nobody ...
    ("{o}Everything we have seen says it is ready,{c} Dana Okafor said on Monday.",
     [("Dana Okafor: said on Monday: “Everything we have seen says it is ready…”",
       ("Dana Okafor",), "2025-09-01")]),
    # ... and a verb inside it is not the one done to the event word.
    ("The talks resumed under Khalid al-Mansouri, who told reporters on Tuesday evening that both"
     " sides had {o}recommitted to the letter and spirit{c} of the deal signed in Doha on June 9.",
     [("Khalid al-Mansouri: deal signed in Doha on June 9", ("Khalid al-Mansouri",),
       "2025-09-02"),
      ("talks resumed under Khalid al-Mansouri", ("Khalid al-Mansouri",),
       "2025-08-29")]),
])
def test_speech_in_single_marks_reads_as_speech_in_double_ones(
        lexicon_options: Options, opening: str, closing: str, text: str,
        rows: list[tuple[str, tuple[str, ...], str]]) -> None:
    frame = extract(text.format(o=opening, c=closing), lexicon_options, day=date(2025, 9, 5))
    assert [(r.title, tuple(r.actors), str(r.date)) for r in frame.itertuples()] == rows


@pytest.mark.parametrize("text, titles", [
    # "said" after a subject set off with an aside is the subject's verb:
    # what follows it is what was said, with its own time.
    ("The mayor, Jane Doe, said the bridge reopens on Monday.",
     ["the bridge reopens on Monday", "Jane Doe: said the bridge reopens on Monday"]),
    ("Jane Doe, the mayor, said Leeds hosts the games next year.",
     ["Leeds: the games next year", "Jane Doe, Leeds: said"]),
    # ... while after what it told, it names who told it.
    ("The strike ends on Friday, said Mick Lynch, 63, the union's leader.",
     ["Mick Lynch: The strike ends on Friday"]),
])
def test_said_after_a_subjects_aside_reports_what_follows(lexicon_options: Options, text: str,
                                                           titles: list[str]) -> None:
    assert list(extract(text, lexicon_options, day=date(2025, 9, 5))["title"]) == titles


def test_the_president_in_a_quotation_is_not_the_speaker(lexicon_options: Options) -> None:
    last = extract("President Donald Trump met Macron on Friday. “The president is lying about "
                   "the economy,” a senator said on Monday.", lexicon_options).iloc[-1]
    assert "Donald Trump" not in last["actors"]


TUESDAY = DAY + timedelta(days=1)


@pytest.mark.parametrize("text, quoted_time, expected", [
    # The day named with the speech verb, after it or opening the sentence.
    ('"We will sign it tomorrow," Trump said on Sunday.', "tomorrow", (DAY, DAY)),
    ('"We will sign it tomorrow," Trump told reporters on Monday after the talks on Friday.',
     "tomorrow", (TUESDAY, TUESDAY)),
    ('On Monday, Trump said: "We will sign it tomorrow."', "tomorrow", (TUESDAY, TUESDAY)),
    ('The French leader on Monday said: "We agreed yesterday."', "yesterday",
     (DAY - timedelta(days=1),) * 2),
    # The speech verb of the quotation is the last one outside it.
    ('Trump, who said on Friday that talks had stalled, told reporters: "We will sign '
     'tomorrow."', "tomorrow", (TUESDAY + timedelta(days=1),) * 2),
    # Said in the simple past with no day: at the story's event or after it,
    # up to the article's day; a sentence that is all quotation carries on.
    ('Trump met Macron on Monday. "He may come in," Trump said. '
     '"The agreement is being worked on now."', "now", (DAY, TUESDAY)),
    ('The deal was signed on Monday. "We signed it yesterday," Trump told reporters.',
     "yesterday", (DAY - timedelta(days=1), DAY)),
    # Said in the present: the article's day is the speaker's.
    ('Trump met Macron on Monday. "We will sign it tomorrow," Trump says.', "tomorrow",
     (TUESDAY + timedelta(days=1),) * 2),
    # A quotation with no speaker in sight is not known to be Monday's.
    ('Trump met Macron on Monday. Talks went on. "The agreement is being worked on now."',
     "now", (TUESDAY, TUESDAY)),
    # A day named outside the speaking ("who met Trump on Friday") is not its day.
    ('Zelensky, who met Trump on Friday, said: "We will sign the deal tomorrow."', "tomorrow",
     (TUESDAY + timedelta(days=1),) * 2),
    # A date that does not hang on the day of speaking stays as it is.
    ('Trump met Macron on Monday. "We signed it on February 3," Trump said.', "February 3",
     (date(2025, 2, 3),) * 2),
])
def test_a_speakers_now_is_the_day_they_spoke(lexicon_options: Options, text: str,
                                              quoted_time: str,
                                              expected: tuple[date, date]) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    row = frame[frame["time_text"] == quoted_time].iloc[0]
    assert (row["date"], row["date_end"]) == expected
    assert (row["precision"] == "vague") == (expected[0] != expected[1])


def test_what_a_speaker_said_lay_ahead_stays_planned(lexicon_options: Options) -> None:
    frame = extract('"We will finish the work today," Trump said on Sunday.', lexicon_options,
                    day=TUESDAY)
    row, sunday = frame.iloc[0], DAY - timedelta(days=1)
    assert (row["date"], row["date_end"]) == (sunday, sunday) and row["status"] == "planned"


@pytest.mark.parametrize("text, told, told_dates, told_type, source, actors", [
    ("Russia and the US met in Riyadh last week, Lavrov told reporters on Monday.",
     "met in Riyadh", (date(2025, 2, 17), date(2025, 2, 23)), "talks",
     "Lavrov told reporters on Monday", ("Russia", "United States")),
    ("The talks will resume next week, officials said on Monday.",
     "talks will resume next week", (date(2025, 3, 3), date(2025, 3, 9)), "talks",
     "officials said on Monday", ()),
    ("Russia met the US last week, said Lavrov on Monday.",
     "met the US last week", (date(2025, 2, 17), date(2025, 2, 23)), "talks",
     "said Lavrov on Monday", ("Russia", "United States")),
    # In the middle of what it told: the title passes over it.
    ("The deal, Trump said on Monday, will be signed next week.",
     "deal will be signed next week", (date(2025, 3, 3), date(2025, 3, 9)), "agreement",
     "Trump said on Monday", ("Donald Trump",)),
    # A phrase after the source is the source's.
    ("Trump met Putin last week in Alaska, the Kremlin said on Monday, confirming reports "
     "that first emerged on Friday.", "met Putin last week in Alaska",
     (date(2025, 2, 17), date(2025, 2, 23)), "talks",
     "the Kremlin said on Monday, confirming reports that first emerged on Friday",
     ("Donald Trump", "Vladimir Putin")),
    # Two sources joined by "and"; a name set off by commas after a title.
    ("Apple sold 3 million phones in 2010, Jobs and Cook told analysts on Monday.",
     "sold 3 million phones", (date(2010, 1, 1), date(2010, 12, 31)), "business",
     "Jobs and Cook told analysts on Monday", ("Apple",)),
    ("The talks will resume next week, the Kremlin and the White House said on Monday.",
     "talks will resume next week", (date(2025, 3, 3), date(2025, 3, 9)), "talks",
     "the Kremlin and the White House said on Monday", ("Kremlin", "White House")),
    ("The talks will resume next week, the minister of defense, Sergei Shoigu, said on Monday.",
     "talks will resume next week", (date(2025, 3, 3), date(2025, 3, 9)), "talks",
     "the minister of defense, Sergei Shoigu, said on Monday", ("Sergei Shoigu",)),
])
def test_who_told_it_after_a_comma_keeps_what_they_told_its_own_time(
        lexicon_options: Options, text: str, told: str, told_dates: tuple[date, date],
        told_type: str, source: str, actors: tuple[str, ...]) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert len(frame) == 2
    telling = frame[frame["sentence"] == source].iloc[0]
    assert (telling["date"], telling["date_end"]) == (DAY, DAY)
    assert telling["event_type"] == "statement"
    what = frame[frame["sentence"] == text].iloc[0]
    assert (what["date"], what["date_end"]) == told_dates
    assert what["event_type"] == told_type and told in what["title"]
    assert what["actors"] == actors


@pytest.mark.parametrize("text, told, told_dates, source", [
    # Figures tell their news as a speaker does.
    ("Retail sales fell 0.9% in January, official data showed on Monday.",
     "sales fell 0.9% in January", (date(2025, 1, 1), date(2025, 1, 31)),
     "official data showed on Monday"),
    ("The party won Sunday's election, preliminary results showed on Monday.",
     "won Sunday's election", (date(2025, 2, 23), date(2025, 2, 23)),
     "preliminary results showed on Monday"),
])
def test_figures_that_showed_it_after_a_comma_keep_what_they_showed_its_own_time(
        lexicon_options: Options, text: str, told: str, told_dates: tuple[date, date],
        source: str) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert sorted(frame["sentence"]) == sorted([text, source])
    telling = frame[frame["sentence"] == source].iloc[0]
    assert (telling["date"], telling["date_end"]) == (DAY, DAY)
    what = frame[frame["sentence"] == text].iloc[0]
    assert (what["date"], what["date_end"]) == told_dates and told in what["title"]


@pytest.mark.parametrize("text, told", [
    # What the source says after its verb is a clause of its own.
    ("The talks will resume next week, Lavrov told reporters on Monday that the sides "
     "met on Friday.", " that the sides met on Friday."),
    ("The talks ended on Friday, Lavrov told reporters that Russia would respond next week.",
     " that Russia would respond next week."),
])
def test_a_source_that_says_what_it_told_is_no_aside(lexicon_options: Options, text: str,
                                                     told: str) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert sorted(frame["sentence"]) == sorted([text, told])


@pytest.mark.parametrize("text, source, told_actors", [
    ("Ukraine, Russia and the US met last week in Riyadh, officials said on Monday.",
     "officials said on Monday", ("Ukraine", "Russia", "United States")),
    # Whom the source told is not the speaker.
    ("The plan was approved last week, the minister told Reuters on Monday.",
     "the minister told Reuters on Monday", ()),
])
def test_a_source_that_names_nobody_takes_no_actor_of_what_it_told(
        lexicon_options: Options, text: str, source: str,
        told_actors: tuple[str, ...]) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert frame[frame["sentence"] == source].iloc[0]["actors"] == ()
    assert frame[frame["sentence"] == text].iloc[0]["actors"] == told_actors


@pytest.mark.parametrize("text", [
    "The war could end within weeks, Trump said on Monday.",  # a guess dates nothing
    "The deal was good, Trump said on Monday.",  # nothing told has a time of its own
    "In Riyadh last week, Lavrov told reporters on Monday.",  # no verb before it
    # Not a source: a passive participle.
    "The talks, said to have begun on Monday, will continue next week.",
    "The inquiry, asked for by the opposition last month, will report on Friday.",
    "The summit, once said to be planned for March, was held on Monday.",
])
def test_a_source_after_a_comma_stays_in_its_sentence_otherwise(lexicon_options: Options,
                                                                 text: str) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert list(frame["sentence"]) == [text]


@pytest.mark.parametrize("text, phrase, when, kind, rest_when", [
    ("Since its launch in 2003, the store has sold more than 3 billion songs.",
     "Since its launch in 2003", (date(2003, 1, 1), date(2003, 12, 31)), "product_launch", None),
    ("The company has grown fast since the 2003 launch of its store, analysts said.",
     "since the 2003 launch of its store", (date(2003, 1, 1), date(2003, 12, 31)),
     "product_launch", None),
    ("Russia has stepped up attacks since the invasion in February 2022.",
     "since the invasion in February 2022", (date(2022, 2, 1), date(2022, 2, 28)), "attack", None),
    # A phrase that comes first: its time is not the clause's.
    ("After the talks in Riyadh last week, Lavrov told reporters on Monday.",
     "After the talks in Riyadh last week", (date(2025, 2, 17), date(2025, 2, 23)), "talks",
     (DAY, DAY)),
    ("Ahead of the vote next week, lawmakers met in Kyiv.",
     "Ahead of the vote next week", (date(2025, 3, 3), date(2025, 3, 9)), "vote", None),
    # The clause has a time of its own.
    ("Macron met Trump on Monday after his visit to London in January.",
     "after his visit to London in January", (date(2025, 1, 1), date(2025, 1, 31)), "visit",
     (DAY, DAY)),
])
def test_an_event_told_relative_to_with_a_time_of_its_own_is_a_mention(
        lexicon_options: Options, text: str, phrase: str, when: tuple[date, date], kind: str,
        rest_when: tuple[date, date] | None) -> None:
    frame = extract(text, lexicon_options)
    told = frame[frame["sentence"] == phrase]
    assert len(told) == 1, list(frame["sentence"])
    assert (told.iloc[0]["date"], told.iloc[0]["date_end"]) == when
    assert told.iloc[0]["event_type"] == kind
    rest = frame[frame["sentence"] == text].iloc[0]
    assert (rest["date"], rest["date_end"]) != when
    if rest_when is not None:
        assert (rest["date"], rest["date_end"]) == rest_when


@pytest.mark.parametrize("text, phrase", [
    # An opening phrase runs to its comma: over more words, a verb, a clause of its noun.
    ("Since the meeting in Geneva in 2021 between Biden and Putin, relations have worsened.",
     "Since the meeting in Geneva in 2021 between Biden and Putin"),
    ("Since the talks in Riyadh in 2021 ended, Russia has stepped up attacks.",
     "Since the talks in Riyadh in 2021 ended"),
    ("After the summit in Alaska in 2021, which ended without a deal, Zelensky flew home.",
     "After the summit in Alaska in 2021, which ended without a deal"),
    # Later in the sentence, to the next break when nothing in it is a verb.
    ("Russia has stepped up attacks since the talks in Riyadh in 2021 between Rubio and Lavrov.",
     "since the talks in Riyadh in 2021 between Rubio and Lavrov"),
])
def test_a_dated_phrase_ends_where_its_clause_resumes(lexicon_options: Options, text: str,
                                                      phrase: str) -> None:
    frame = extract(text, lexicon_options, day=TUESDAY)
    taken = frame[frame["sentence"] == phrase]
    assert len(taken) == 1 and taken.iloc[0]["date"] == date(2021, 1, 1), list(frame["sentence"])
    rest = frame[frame["sentence"] == text].iloc[0]
    assert rest["date_end"] == TUESDAY and rest["time_source"] != "explicit"


def test_a_dated_phrase_in_what_was_said_beside_another_time(lexicon_options: Options) -> None:
    text = "The EU confirmed the sanctions on Monday after the summit in Brussels in January."
    frame = extract(text, lexicon_options, day=TUESDAY)
    summit = frame[frame["sentence"] == "after the summit in Brussels in January"]
    assert len(summit) == 1 and summit.iloc[0]["date"] == date(2025, 1, 1)


def test_a_time_in_a_source_aside_does_not_free_a_phrase_s_time(
        lexicon_options: Options) -> None:
    text = "He returned to Moscow after his visit to Beijing on Monday, officials said on Tuesday."
    frame = extract(text, lexicon_options, day=TUESDAY)
    returned = frame[frame["sentence"] == text].iloc[0]
    assert (returned["date"], returned["date_end"]) == (DAY, DAY)


def test_a_phrase_in_what_was_said_is_left_to_it(lexicon_options: Options) -> None:
    text = ("Zelensky said on Monday that Russia had launched 1,000 drones since the talks in "
            "Riyadh last week.")
    frame = extract(text, lexicon_options, day=TUESDAY)
    assert "since the talks in Riyadh last week" not in set(frame["sentence"])
    said = frame[frame["time_text"] == "last week"].iloc[0]
    assert said["actors"][0] == "Russia"


def test_what_follows_a_dated_phrase_lies_after_it(lexicon_options: Options) -> None:
    text = ("Apple unveiled a new iPhone on Monday. Following the launch of the iPhone in 2007, "
            "Apple became the world's most valuable company.")
    frame = extract(text, lexicon_options, day=TUESDAY)
    became = frame[frame["sentence"].str.startswith("Following")]
    became = became[became["time_source"] != "explicit"].iloc[0]
    # not Monday, the story's day, nor the week before the article
    assert (became["date"], became["date_end"]) == (date(2007, 1, 1), TUESDAY)
    assert became["precision"] == "vague"


def test_a_name_in_ed_is_no_verb_of_the_subject(lexicon_options: Options) -> None:
    frame = extract("After the talks in Riyadh last week, Mohammed bin Salman hosted Zelensky.",
                    lexicon_options, day=TUESDAY)
    talks = frame[frame["time_text"] == "last week"].iloc[0]
    assert talks["actors"][:1] == ("Mohammed bin Salman",)


def test_a_phrase_before_the_subject_shares_only_the_subject(lexicon_options: Options) -> None:
    frame = extract("After the summit in Alaska on Friday, Trump called Zelensky and Macron "
                    "on Sunday.", lexicon_options, day=TUESDAY)
    summit = frame[frame["time_text"] == "on Friday"]
    summit = summit if not summit.empty else frame[frame["time_text"] == "Friday"]
    assert summit.iloc[0]["actors"] == ("Donald Trump",)


def test_a_phrase_before_the_subject_shares_it_and_leaves_the_title(
        lexicon_options: Options) -> None:
    text = "After meeting Vladimir Putin in Riyadh on Monday, Marco Rubio flew home."
    frame = extract(text, lexicon_options, day=date(2025, 2, 26))
    met = frame[frame["time_text"] == "Monday"].iloc[0]
    assert met["actors"] == ("Marco Rubio", "Vladimir Putin") and met["event_type"] == "talks"
    flew = frame[frame["sentence"] == text].iloc[0]
    assert flew["title"] == "Marco Rubio: flew home"
    assert flew["time_source"] != "explicit"


@pytest.mark.parametrize("text", [
    # The day may be when he returned.
    "He returned to Moscow after his visit to Beijing on Monday.",
    # A clause, not a phrase: its event word is a verb.
    "The Shuffle sold well after it was introduced in 2005.",
    "He appeared before the court on Monday.",  # in front of it
    "After the meeting on Monday.",  # nothing else is told
    '"Since its launch in 2003, the store has grown," Jobs said.',  # the speaker's words
    # After the sentence's verb, more than a phrase: a clause of its own.
    "Russia has stepped up attacks since the talks in Riyadh on Tuesday ended.",
    # Before a past time, the rest has no day we could give it.
    "Before the election in November, Trump promised to end the war.",
])
def test_a_phrase_that_may_date_its_clause_stays_in_it(lexicon_options: Options,
                                                        text: str) -> None:
    frame = extract(text, lexicon_options)
    assert list(frame["sentence"]) == [text]


def test_a_present_tense_today_does_not_set_the_story_day(lexicon_options: Options) -> None:
    text = "Today, imports have dipped threefold. Putin said the move could help."
    said = extract(text, lexicon_options).iloc[-1]
    assert said["time_source"] == "article_date"


def test_a_circumstance_does_not_move_the_story_day(lexicon_options: Options) -> None:
    # Thursday is the article's day and only the strike's circumstance: the
    # walk-out told next is of the talks' Wednesday.
    text = ("Talks to end the strike broke down late on Wednesday, officials said, as the"
            " stoppage entered its fourth day on Thursday. Negotiators walked out of the"
            " meeting after the authority refused a higher offer.")
    walked = extract(text, lexicon_options, day=date(2024, 6, 6)).iloc[-1]
    assert walked["sentence"].startswith("Negotiators walked out")
    assert (walked["date"], walked["time_source"]) == (date(2024, 6, 5), "inherited")


def test_a_second_subject_named_after_its_description_is_a_fact_of_its_own(
        lexicon_options: Options) -> None:
    text = ("Last week her B sample confirmed the original finding, and sportswear giant"
            " Veltro cut ties with her the next day.")
    frame = extract(text, lexicon_options, day=date(2025, 3, 21))
    cut = frame[frame["sentence"].str.startswith("sportswear giant Veltro")].iloc[0]
    assert (cut["time_text"], cut["date"], cut["date_end"]) == \
        ("the next day", date(2025, 3, 11), date(2025, 3, 17))
    confirmed = frame[frame["time_text"] == "Last week"].iloc[0]
    assert (confirmed["date"], confirmed["date_end"]) == (date(2025, 3, 10), date(2025, 3, 16))


def test_a_day_that_names_an_earlier_event_does_not_move_the_story_day(
        lexicon_options: Options) -> None:
    text = ("Yesterday afternoon all fourteen men trapped since last Saturday's quake were back"
            " on the surface. They emerged one by one from the rescue cage.")
    emerged = extract(text, lexicon_options, day=date(2024, 10, 9)).iloc[-1]
    assert emerged["sentence"].startswith("They emerged")
    assert emerged["date"] == date(2024, 10, 8)


def test_the_day_of_the_event_a_report_tells_stays_the_storys(lexicon_options: Options) -> None:
    text = ("Police said on Wednesday that Monday's attack was carried out by two men."
            " The gunmen fled in a stolen car.")
    fled = extract(text, lexicon_options, day=date(2025, 3, 21)).iloc[-1]
    assert fled["sentence"].startswith("The gunmen") and fled["date"] == date(2025, 3, 17)


def test_a_live_blogs_timestamp_is_the_writers_day(lexicon_options: Options) -> None:
    text = "The aftershock struck last Sunday.\n\n**2:05 p.m. — Rescuers found two survivors**\n"
    frame = extract(text, lexicon_options, day=date(2024, 10, 12))
    found = frame[frame["sentence"].str.contains("survivors")].iloc[0]
    assert found["date"] == date(2024, 10, 12)


def test_a_fronted_day_apart_leaves_the_sentence_its_day(lexicon_options: Options) -> None:
    text = "On Friday, the day after the ruling, Kettering announced that she would appeal."
    frame = extract(text, lexicon_options, day=date(2025, 3, 31))
    announced = frame[frame["sentence"].str.contains("announced")]
    assert list(announced["date"]) == [date(2025, 3, 28)]


def test_a_live_blogs_entries_are_of_the_writers_day(lexicon_options: Options) -> None:
    text = ("*Recap of our live coverage.*\n\n**09:05 — Setting the scene**\n\n"
            "Late on Wednesday the Board rejected a settlement offer.\n\n"
            "**09:34 — Marlowe sworn in**\n\nMarlowe took the oath and smiled briefly.\n")
    frame = extract(text, lexicon_options, day=date(2024, 11, 14))
    by_text = {row["sentence"].strip("* \n"): row for _, row in frame.iterrows()}
    assert by_text["Late on Wednesday the Board rejected a settlement offer."]["date"] == \
        date(2024, 11, 13)
    # The entry stamped 09:34 is of the article's day, not Wednesday's.
    assert by_text["Marlowe took the oath and smiled briefly."]["date"] == date(2024, 11, 14)
    assert by_text["09:34 — Marlowe sworn in"]["date"] == date(2024, 11, 14)
    # A heading that tells no event is no mention.
    assert not any("Setting the scene" in s for s in by_text)


def test_an_entrys_time_label_is_not_its_title(lexicon_options: Options) -> None:
    text = ("Here is how the crisis has unfolded.\n\n"
            "- June 6: Corvane grounds its nine jets and starts cancelling flights.\n"
            "- June 20: Chief executive Alastair Penhallow resigns.\n\n"
            "**10:40 — How many homes were lost?**\n\n"
            "**14:05 — BREAKING: Search-and-rescue phase formally ended**\n")
    frame = extract(text, lexicon_options, day=date(2025, 6, 25))
    titles = dict(zip(frame["time_text"], frame["title"]))
    assert titles["June 6"].endswith("grounds its nine jets and starts cancelling flights")
    assert titles["June 20"].endswith("Penhallow resigns")
    assert titles["14:05"].endswith("Search-and-rescue phase formally ended")
    assert "BREAKING" not in titles["14:05"]
    # A heading that asks tells nothing; a label is no actor.
    assert "10:40" not in titles
    assert all("BREAKING" not in actors for actors in frame["actors"])


def test_a_list_entrys_day_is_not_the_ledes(lexicon_options: Options) -> None:
    text = ("Corvane Air says its jets could fly again next month.\n\n"
            "- June 18: The board publishes its preliminary report.\n")
    frame = extract(text, lexicon_options, day=date(2025, 6, 25))
    says = frame[frame["sentence"].str.startswith("Corvane")].iloc[0]
    assert says["date_end"] == date(2025, 6, 25)


def test_what_a_saying_says_lies_ahead_does_not_plan_the_saying(lexicon_options: Options) -> None:
    for text in ("“We will not rush it,” a spokesperson said on Monday.",
                 "He said on Monday that he will resign."):
        said = extract(text, lexicon_options).iloc[-1]
        assert (said["event_type"], said["status"]) == ("statement", "happened")
    # A time inside what is said is its own, and a quoted phrase is the clause's.
    for text in ("“We will meet today,” he said.", 'The union "will walk out" today.'):
        assert extract(text, lexicon_options).iloc[0]["status"] == "planned"


def test_a_circumstance_alone_sets_the_story_day(lexicon_options: Options) -> None:
    text = "Shares fell sharply as the company warned on Tuesday. Analysts said the fall was overdone."
    said = extract(text, lexicon_options).iloc[-1]
    assert (said["date"], said["time_source"]) == (date(2025, 2, 18), "inherited")


@pytest.mark.parametrize("sentence, day", [
    # A clock time with no day, told in the past, is on the story's day ...
    ("Kestrel touched down at 6:41 p.m. EDT.", date(2025, 2, 20)),
    ("Negotiators walked out shortly before midnight.", date(2025, 2, 20)),
    # ... not what lay ahead, nor what is told in the present.
    ("Organisers said the march would leave at 10 a.m.", DAY),
    ("The march leaves at 10 a.m.", DAY),
    ("The company said the plant reopens at 6 a.m.", DAY),
])
def test_a_clock_time_with_no_day_is_on_the_story_day(lexicon_options: Options, sentence: str,
                                                      day: date) -> None:
    frame = extract("The lander reached the moon on Thursday evening. " + sentence,
                    lexicon_options)
    clocked = frame[frame["time_text"].str.contains(r"\d|midnight")].iloc[-1]
    assert clocked["date"] == day


@pytest.mark.parametrize("background", [
    "The unions rejected a proposal, which the ministry made on Friday.",
    "Van den Berg, who was freed by rebels on Friday, spoke to reporters.",
    "Officials studied a batch recalled on Friday.",
])
def test_a_day_that_describes_a_noun_is_not_the_storys(lexicon_options: Options,
                                                       background: str) -> None:
    # What describes a noun is background: "He said" after it is not of Friday.
    frame = extract(background + " He said the talks had stalled.", lexicon_options)
    said = frame.iloc[-1]
    assert said["sentence"].startswith("He said")
    assert said["time_source"] == "article_date"


@pytest.mark.parametrize("perfect", [
    "The war has killed thousands and displaced millions.",
    "Imports have dipped and stayed low.",
    "Russia has taken the city and killed thousands.",  # an irregular participle
    "The war has killed 12,000 civilians, driven 6 million abroad and destroyed cities.",
    "The city has been shelled and looted.",  # a passive perfect
    "Technicians have so far inspected 1,240 buildings.",  # adverbs inside the perfect
    "Some shops have already reopened.",
])
def test_the_present_perfect_does_not_inherit_the_story_day(lexicon_options: Options,
                                                            perfect: str) -> None:
    frame = extract("Yesterday, Apple unveiled the new phone. " + perfect, lexicon_options)
    assert frame.iloc[-1]["time_source"] == "article_date"


def test_a_time_in_what_is_reported_dates_its_own_mention(lexicon_options: Options) -> None:
    frame = extract("He said that in 2017, Russia supplied about 15% of imports.",
                    lexicon_options)
    supplied = frame[frame["time_text"] == "2017"].iloc[0]
    assert supplied["sentence"].startswith("in 2017") or "2017" in supplied["sentence"]
    assert (supplied["date"], supplied["date_end"]) == (date(2017, 1, 1), date(2017, 12, 31))
    assert len(frame) == 2  # and the saying itself


def test_a_day_that_opens_what_was_said_is_not_its_subject(lexicon_options: Options) -> None:
    frame = extract("Officials said Friday marked three years since the invasion.", lexicon_options)
    assert list(frame["time_text"]) == ["Friday"]


@pytest.mark.parametrize("text", [
    "The Kremlin said on Wednesday Ukraine accepted the plan at talks on Tuesday.",
    "The Kremlin said on Wednesday it was studying a plan that Ukraine accepted at talks on Tuesday.",
    "The Kremlin said on Wednesday its envoys met Ukraine for talks on Tuesday.",
])
def test_what_is_reported_after_the_day_it_was_said_keeps_its_own_day(
        lexicon_options: Options, text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 3, 13))
    dated = sorted(zip(frame["date"], frame["event_type"]))
    assert dated == [(date(2025, 3, 11), "talks"), (date(2025, 3, 12), "statement")]


@pytest.mark.parametrize("text", [
    "The Kremlin said the talks begin on Thursday.",
    "The union announced the strike ends on Thursday.",
])
def test_a_report_in_the_present_is_a_clause_not_an_object(lexicon_options: Options,
                                                          text: str) -> None:
    frame = extract(text, lexicon_options)
    assert sorted(frame["time_source"]) == ["article_date", "explicit"]
    assert list(frame.loc[frame["time_source"] == "explicit", "status"]) == ["planned"]


@pytest.mark.parametrize("text", [
    "Peskov said on Sunday the talks look promising.",
    "Officials said on Sunday the ceasefire isn't holding.",
    "Rubio said the ceasefire doesn't cover Crimea.",
    "The ministry told reporters the shelling continues.",
])
def test_what_is_said_in_the_present_does_not_type_the_saying(lexicon_options: Options,
                                                             text: str) -> None:
    assert list(extract(text, lexicon_options)["event_type"]) == ["statement"]


@pytest.mark.parametrize("text, day, event_type", [
    ("Putin told the BBC on Sunday.", date(2025, 2, 23), "statement"),
    ("The government announced a ceasefire on Sunday.", date(2025, 2, 23), "agreement"),
    ("Apple announced the launch of the iPhone on Sunday.", date(2025, 2, 23), "product_launch"),
    ("The company announced the new laptops on Sunday.", date(2025, 2, 23), "statement"),
    ("The government announced a ceasefire on Sunday, the ministry said.", date(2025, 2, 23),
     "agreement"),
    # Whom it was told, and when, come before what: the telling is dated.
    ("Putin told the BBC on Sunday that the talks had stalled.", date(2025, 2, 23), "statement"),
    # ... the interview it was told in too.
    ("Scholz told the FAZ in an interview published on Sunday that Europe must spend more.",
     date(2025, 2, 23), "interview"),
    # A word in -s after "a" is a modifier, and "news" no plural: no "noun verb".
    ("Fontes told a news conference on Sunday.", date(2025, 2, 23), "press_conference"),
    ("Fontes told a sales conference on Sunday.", date(2025, 2, 23), "business"),
    # A place's name after "outside" is in a phrase of the object.
    ('"We will not be silenced," Correia told a rally outside FN\'s headquarters on Sunday.',
     date(2025, 2, 23), "statement"),
    # An owner's "'s" is no plural before a verb: "bank's interest" is a noun phrase.
    ("The governor announced the bank's interest rate decision on Sunday.", date(2025, 2, 23),
     "business"),
])
def test_a_reporting_verbs_object_is_no_report_of_its_own(
        lexicon_options: Options, text: str, day: date, event_type: str) -> None:
    frame = extract(text, lexicon_options)
    assert list(zip(frame["date"], frame["time_source"], frame["event_type"])) == [
        (day, "explicit", event_type)]


@pytest.mark.parametrize("text", [
    '"We met with the minister," said Carlos Mendez, head of the union, adding that a decision'
    ' was due by the end of next week.',
    "Carlos Mendez said the union met the minister, adding that a decision was due by the end"
    " of next week.",
])
def test_what_a_speaker_added_keeps_its_time_apart_from_the_saying(
        lexicon_options: Options, text: str) -> None:
    frame = extract(text, lexicon_options)
    saying = frame[frame["trigger"] == "said"].iloc[0]
    assert saying["time_source"] != "explicit" and saying["status"] == "happened"
    added = frame[frame["time_text"] == "the end of next week"].iloc[0]
    assert added["status"] == "planned" and "decision was due" in added["title"]


def test_what_will_be_announced_today_is_planned(lexicon_options: Options) -> None:
    frame = extract("The governor will announce the bank's interest rate decision at 9:45 a.m."
                    " today.", lexicon_options)
    assert list(zip(frame["date"], frame["status"])) == [(DAY, "planned")]


@pytest.mark.parametrize("text, reported", [
    ("Apple announced the iPhone, which goes on sale in June.", "June"),
    ("Jobs announced the new laptops, on sale from March 3.", "March 3"),
])
def test_what_follows_the_object_after_a_comma_is_told_apart(
        lexicon_options: Options, text: str, reported: str) -> None:
    frame = extract(text, lexicon_options)
    assert sorted(frame["time_text"]) == ["", reported]
    announced = frame[frame["time_text"] == ""]
    assert list(announced["event_type"]) == ["statement"]
    assert list(announced["time_source"]) == ["article_date"]


@pytest.mark.parametrize("text, event_type", [
    ("Ukrainian drones struck an oil refinery on Sunday, the governor said.", "attack"),
    ("Russian troops seized two villages on Sunday, the ministry said.", OTHER),
    # The source is the event when what it told is no action.
    ("The talks were useful, Peskov said.", "talks"),
    ("The grip has not been an issue for other phones, said Mike Gikas.", "statement"),
])
def test_a_source_named_last_does_not_type_what_it_told(
        lexicon_options: Options, text: str, event_type: str) -> None:
    assert list(extract(text, lexicon_options)["event_type"]) == [event_type]


@pytest.mark.parametrize("text, event_type", [
    ("The statement caused a sharp decrease of Apple share prices.", "statement"),
    ("The announcement sent shares up 5% on Monday.", "statement"),
    # Not a figure, nor another event.
    ("The sales rose 5% in March.", "business"),
    ("The next meeting brought a deal on Monday.", "talks"),
    # ... nor something done to it, nor what it set off.
    ("The merger was blocked by a federal judge on Friday.", "legal"),
    ("The killing sparked protests across the country on Saturday.", "protest"),
    # ... nor when it took place in another.
    ("The announcement came in a rare press conference on Friday.", "press_conference"),
])
def test_a_clause_about_a_definite_event_noun_is_of_its_type(
        lexicon_options: Options, text: str, event_type: str) -> None:
    assert list(extract(text, lexicon_options)["event_type"]) == [event_type]


def test_a_speakers_now_dates_neither_the_saying_nor_what_was_said(
        lexicon_options: Options) -> None:
    frame = extract("Rubio said the ball was now in Russia's court.", lexicon_options)
    assert list(zip(frame["time_source"], frame["event_type"])) == [("article_date", "statement")]


@pytest.mark.parametrize("text, event_type", [
    ("Rubio said on Sunday the ball was in Russia's court.", "statement"),
    ("Officials said on Sunday the decision was in their court.", "statement"),
    # A court that is one.
    ("The case was heard in Britain's High Court on Sunday.", "legal"),
    ("The case was heard in Delaware's court on Sunday.", "legal"),
    ("Apple argued in its court filing on Sunday that the ban was unlawful.", "legal"),
    ("Apple sued Samsung in a London court on Sunday.", "legal"),
    # "signs of" are no signature.
    ("The volcano had shown signs of unrest since Sunday.", "other"),
    ("The talks showed no sign of progress on Sunday.", "talks"),
    ("Putin signs off on the deal on Sunday.", "agreement"),
])
def test_a_figure_of_speech_is_no_event(lexicon_options: Options, text: str,
                                        event_type: str) -> None:
    assert list(extract(text, lexicon_options)["event_type"]) == [event_type]


def test_a_time_restated_in_another_zone_is_no_mention_of_its_own(
        lexicon_options: Options) -> None:
    frame = extract("Lumen said its lander touched down at 6:41 p.m. EDT on Sunday (2241 GMT "
                    "on Sunday), and the launch is targeted for 9:02 p.m. EDT on Friday "
                    "(0102 GMT on Saturday).", lexicon_options)
    assert "Saturday" not in set(frame["time_text"])
    assert not any("GMT" in title for title in frame["title"])
    assert "2025-02-28" in {str(d) for d in frame["date"]}
    # A parenthesis that tells something is one: "(held on Monday)".
    frame = extract("The vote (held on Monday) was close, officials said on Tuesday.",
                    lexicon_options)
    assert "Monday" in set(frame["time_text"])


@pytest.mark.parametrize("text, guessed", [
    ("Trump predicted that the war could end within weeks.", "within weeks"),
    ("Trump suggested the war might end by next month.", "next month"),
    ("Putin said a deal may be reached next week.", "next week"),
    # The time told first, the hedge after it.
    ("Trump said that next month, the two leaders might meet in Riyadh.", "next month"),
])
def test_a_reported_guess_about_the_future_is_no_planned_event(
        lexicon_options: Options, text: str, guessed: str) -> None:
    frame = extract("Trump met reporters on Monday. " + text, lexicon_options)
    said = frame[frame["sentence"].str.contains(text.split()[1])]
    assert len(said) == 1  # the saying, not the guess
    assert guessed not in set(frame["time_text"])
    assert set(frame["status"]) == {"happened"}


@pytest.mark.parametrize("text, planned", [
    ("Trump said the summit will take place in Riyadh next week.", "next week"),
    ("Trump said the leaders will meet in May.", "May"),  # a month, not "may"
    # A hedge elsewhere in what was said does not make the plan a guess.
    ("Trump announced that the summit, which could be historic, will take place next week.",
     "next week"),
    ("Apple said the new iPhone, which may cost more, will go on sale on Friday.", "Friday"),
    ("Trump said the talks will start next week and could last long.", "next week"),
])
def test_a_reported_plan_is_a_planned_event(lexicon_options: Options, text: str,
                                            planned: str) -> None:
    frame = extract(text, lexicon_options)
    plan = frame[frame["time_text"] == planned]
    assert list(plan["status"]) == ["planned"]


def test_a_time_alone_after_a_reporting_verb_is_when_it_was_said(
        lexicon_options: Options) -> None:
    frame = extract("The change will occur within months, Apple announced this morning.",
                    lexicon_options)
    assert len(frame) == 1
    said = frame.iloc[0]
    assert (said["time_text"], said["date"], said["date_end"]) == ("this morning", DAY, DAY)
    assert said["title"] == "Apple: announced this morning"


def test_a_fact_counted_from_an_earlier_date_takes_that_date(lexicon_options: Options) -> None:
    frame = extract("In 1984 the first Macintosh was released. One year later he was fired from "
                    "the company.", lexicon_options)
    fired = frame[frame["sentence"].str.contains("fired")].iloc[0]
    assert (fired["date"], fired["date_end"], fired["precision"]) == \
        (date(1985, 1, 1), date(1985, 12, 31), "year")


@pytest.mark.parametrize("text, expected", [
    # A 30-day June is no more precise than a 31-day March: the first is taken.
    ("He made an appearance in March and June to unveil the iPad 2.", "March"),
    ("He took six months off in 2009, early 2009, after surgery.", "early 2009"),
    # A hedged count is vague but says more than the year in a name.
    ("The phone was introduced at the 2010 conference less than two weeks ago.",
     "less than two weeks ago"),
])
def test_the_most_precise_time_dates_a_clause(lexicon_options: Options, text: str,
                                              expected: str) -> None:
    frame = extract(text, lexicon_options, day=date(2011, 8, 25))
    assert list(frame["time_text"]) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Bush served as governor of Texas from 1995 to 2000.",
     ("1995 to 2000", date(1995, 1, 1), date(2000, 12, 31))),
    ("Sales of the iPod fell between May and July 2010.",
     ("May and July 2010", date(2010, 5, 1), date(2010, 7, 31))),
    # Moved away from May: the new date alone.
    ("The summit was postponed from May to June 2025.",
     ("June 2025", date(2025, 6, 1), date(2025, 6, 30))),
])
def test_what_went_on_over_a_range_is_dated_by_all_of_it(lexicon_options: Options, text: str,
                                                         expected: tuple) -> None:
    row = extract(text, lexicon_options).iloc[0]
    assert (row["time_text"], row["date"], row["date_end"]) == expected


def test_a_span_of_days_is_less_precise_than_one_day() -> None:
    times = find_times("He toured from March 3-10 and on March 5", DAY)
    assert mentions_module._best_time(times, "").text == "March 5"


@pytest.mark.parametrize("text, dated", [
    # A record or a first "since" a time measures a gap: the time dates nothing.
    ("The union said the stoppage, the first at the company since 2015, had cost a lot.", False),
    ("The rate reached its highest level since 2015.", False),
    ("Russian and US officials met for the first time since 2015.", False),
    ("At least 400 people have been killed, most of them since 2015.", True),
    ("It was the strongest storm since 2015, when Ivan came ashore.", True),  # that year's
    ("Sales have risen since 2015.", True),
])
def test_a_record_since_a_time_is_not_of_that_time(lexicon_options: Options, text: str,
                                                   dated: bool) -> None:
    frame = extract(text, lexicon_options)
    assert ("2015" in set(frame["time_text"])) == dated


@pytest.mark.parametrize("text, dated", [
    # A time a price was taken at is a benchmark: nothing happened then.
    ("Arvion said it would offer 38 euros a share, a 27% premium to the closing price on "
     "Friday.", False),
    ("The offer is a 30% premium to its undisturbed share price on Friday.", False),
    ("The bid is 40% above the stock's close on Friday.", False),
    ("The bid is 12% above Friday's closing price.", False),
    ("Apple cut its price on Friday.", True),  # a price changed then
    ("The deal is expected to close on Friday.", True),  # a verb
])
def test_when_a_price_was_taken_dates_nothing(lexicon_options: Options, text: str,
                                              dated: bool) -> None:
    frame = extract(text, lexicon_options)
    assert ("Friday" in set(frame["time_text"])) == dated


@pytest.mark.parametrize("text, earliest", [
    # What went on since a time runs from it to the article's day.
    ("Authorities have evacuated at least 14 villages since Friday.", date(2025, 2, 21)),
    ("At least 400 people were killed, most of them since Friday.", date(2025, 2, 21)),
    ("Since last week, the army has shelled the town.", date(2025, 2, 17)),
])
def test_since_a_time_is_from_it_to_the_articles_day(lexicon_options: Options, text: str,
                                                     earliest: date) -> None:
    [row] = extract(text, lexicon_options).itertuples()
    assert (row.date, row.date_end) == (earliest, DAY)


def test_since_a_time_long_ago_is_when_it_began(lexicon_options: Options) -> None:
    [row] = extract("He has been fighting cancer since 2004.", lexicon_options).itertuples()
    assert (row.date, row.date_end) == (date(2004, 1, 1), date(2004, 12, 31))


@pytest.mark.parametrize("text", [
    # A condition tells what may happen, not what did.
    "If convicted of the most serious counts, Kessler faces up to 20 years in prison.",
    "If found guilty, he could face life in prison.",
    "Unless the deal is approved, workers will strike.",
])
def test_a_condition_is_no_mention(lexicon_options: Options, text: str) -> None:
    assert extract(text, lexicon_options).empty


@pytest.mark.parametrize("text, kept", [
    # A condition that supposes a past tells what did not happen, or may
    # not have, and so does what would have followed: its time dates nothing.
    ("Had the central bank raised rates in January, the recession could have been avoided.",
     []),
    ("Had the ceasefire held, talks would have resumed on Monday.", []),
    ("If the bank raised rates in January, the recession could have been avoided.", []),
    ("If Kyiv had agreed to the deal in 2022, the war would have ended, Putin said on Monday.",
     [("statement", date(2025, 2, 24))]),
    # What is supposed ahead may well come; a denied supposition happened.
    ("If the party loses the vote on Sunday, Smith will resign.",
     [("personnel", date(2025, 3, 2))]),
    ("If the bill is approved next week, Smith will resign.",
     [("personnel", date(2025, 3, 3))]),
    ("Had it not been for the storm on Friday, the match would have gone ahead.",
     [("other", date(2025, 2, 21))]),
])
def test_a_supposed_past_dates_nothing(lexicon_options: Options, text: str,
                                      kept: list[tuple[str, date]]) -> None:
    frame = extract(text, lexicon_options)
    assert [(r.event_type, r.date) for r in frame.itertuples()] == kept


@pytest.mark.parametrize("text, title", [
    # What had been done lies before the story's day: not that day's, and
    # not a later sentence's day for a lede.
    ("Prosecutors had sought 10 years. The judge ruled on Monday.",
     "Prosecutors had sought 10 years"),
    ("The defense had argued he was lying. The judge ruled on Monday.",
     "defense had argued he was lying"),
])
def test_a_past_perfect_takes_no_story_day(lexicon_options: Options, text: str,
                                           title: str) -> None:
    first = extract(text, lexicon_options).iloc[0]
    assert (first["time_source"], first["title"]) == ("article_date", title)


def test_what_had_been_expected_is_of_the_story_day(lexicon_options: Options) -> None:
    frame = extract("The central bank cut rates on Sunday. The decision, taken at a meeting in"
                    " Frankfurt, had been widely expected.", lexicon_options)
    assert list(frame["date"]) == [date(2025, 2, 23)] * 2


def test_a_pronoun_days_apart_is_the_sentences_subject(lexicon_options: Options) -> None:
    text = ("Isabel de la Cruz named Javier Ortega housing minister on Sunday, four days after"
            " she was sworn in.")
    frame = extract(text, lexicon_options)
    sworn = frame[frame["sentence"] == "she was sworn in"].iloc[0]
    assert (sworn["date"], tuple(sworn["actors"])) == (date(2025, 2, 19), ("Isabel de la Cruz",))


def test_he_or_she_after_a_quotation_is_the_person_named_before(lexicon_options: Options) -> None:
    text = ("Regional president Donatella Tesei said the money was a first step and asked Rome to"
            " name a commissioner by the end of the month. “We cannot wait eight years again,” she"
            " told a council on Wednesday.")
    last = extract(text, lexicon_options).iloc[-1]
    assert tuple(last["actors"]) == ("Donatella Tesei",)


def test_he_after_a_quotation_is_the_person_named_just_before(lexicon_options: Options) -> None:
    text = ("Stahlwerke Rheinhausen rejected the bid on Tuesday. In an interview, Feldhaus said the"
            " offer was too low. “We are not against consolidation, but not at this price,” he"
            " said.")
    last = extract(text, lexicon_options).iloc[-1]
    assert tuple(last["actors"]) == ("Feldhaus",)


def test_he_after_a_quotation_is_no_body(lexicon_options: Options) -> None:
    text = ("His attorney said Kessler would appeal to the Circuit Court of Appeals. “We believe"
            " the verdict will not stand,” he said.")
    last = extract(text, lexicon_options).iloc[-1]
    assert "Circuit Court of Appeals" not in last["actors"]


def test_they_is_no_place(lexicon_options: Options) -> None:
    frame = extract("Birmingham opened shelters on Tuesday. Volunteers said they expected the"
                    " shelters to fill up on Thursday.", lexicon_options)
    reported = frame[frame["time_text"] == "Thursday"].iloc[0]
    assert tuple(reported["actors"]) == ()


def test_now_keeps_a_clause_whose_other_day_names_a_noun(lexicon_options: Options) -> None:
    row = extract("Traders now expect two cuts, up from one before Tuesday's jobs report.",
                  lexicon_options).iloc[0]
    assert (row["time_text"], row["status"]) == ("now", "happened")


def test_a_deadline_dates_the_clause_ahead_not_now(lexicon_options: Options) -> None:
    row = extract("The Commission now has until March 1 to reach a decision.", lexicon_options,
                  day=date(2023, 10, 17)).iloc[0]
    assert (row["time_text"], row["date"], row["status"]) == ("March 1", date(2024, 3, 1),
                                                              "planned")


def test_an_event_word_is_its_whole_hyphenated_word(lexicon_options: Options) -> None:
    row = extract("The union staged a 24-hour strike on Monday.", lexicon_options).iloc[0]
    assert row["event_type"] == "protest"
    assert "a 24-hour strike" in row["title"]


def test_plans_are_planned(lexicon_options: Options) -> None:
    text = "“In fact, he may come in this week or next week to sign the agreement,” Trump said."
    row = extract(text, lexicon_options)
    planned = row[row["time_text"] == "this week or next week"].iloc[0]
    assert planned["status"] == "planned"
    assert planned["event_type"] in ("agreement", "visit", "talks")


@pytest.mark.parametrize("text, expected", [
    ("Putin said of the deposits in an interview with state media.", "interview"),
    ("Putin said that a deal could be reached.", "statement"),
    ("Apple confirmed that Papermaster had left the company.", "statement"),
    ("Officials met in Riyadh on Monday.", "talks"),
    ("Apple unveiled the iPhone on Monday.", "product_launch"),
    ("The weather was mild on Monday.", "other"),
    ("The former chief executive has died at the age of 56, Apple said on Monday.", "death"),
    ("A soldier died in an attack on Monday.", "attack"),  # the cause comes first
    # A war's words: an offensive is launched, not released.
    ("Russia launched a new offensive in Kharkiv on Friday.", "attack"),
    ("Russian forces struck Kyiv overnight, killing nine people, officials said.", "attack"),
    ("The two sides struck a deal on Monday.", "agreement"),
    # A court rules on a case; a ruler rules a country.
    ("The judge ruled in favour of Apple on Monday.", "legal"),
    ("Putin has ruled Russia since 2000.", OTHER),
    ("A federal judge ruled Tuesday that the tariffs were illegal.", "legal"),
    # Words of war only where they are war's.
    ("Boeing machinists went on strike on Friday.", "protest"),  # a walkout, no attack
    ("Republicans moved to kill the bill on Wednesday.", OTHER),
    ("Zelensky called the remarks offensive on Monday.", "statement"),
    ("A federal judge struck down the executive order on Monday.", "legal"),
    # The clause's subject types it: who acts, or the event word itself.
    ("A US judge on Tuesday blocked the merger deal between the two grocers.", "legal"),
    ("The court blocked the deal on Tuesday.", "legal"),
    ("Voters rejected the peace deal in a referendum on Sunday.", "election"),
    ("Talks collapsed on Monday after the deal fell through.", "talks"),
    ("The statement caused a drop in share prices on Monday.", "statement"),
    ("A deal was signed on Monday.", "agreement"),  # done to it: still the deal
    # An attack told after a comma is still the attack, whatever was fired.
    ("Hamas fighters launched rockets at Tel Aviv on Saturday, killing two people.", "attack"),
    ("Police fired on the crowd on Saturday, killing three people.", "attack"),
    # Words near the new ones that name no probe, takeover or walkout.
    ("Ukrainian troops were probing Russian positions near Pokrovsk on Wednesday.", OTHER),
    ("The Taliban takeover of Kabul in August 2021 shocked the world.", OTHER),
    ("A rush-hour strike on Kharkiv on Monday killed 12 people.", "attack"),
    ("Investors welcomed the ceasefire agreement on Friday.", "agreement"),  # a reaction
    ("The company launched a new stock trading app on Thursday.", "product_launch"),
    # What an event is about does not type it; what was launched does.
    ("The European Commission opened an in-depth investigation into the deal on Friday.", "legal"),
    ("Workers staged protests over the merger on Monday.", "protest"),
    ("The company signed a deal with the union over pay on Monday.", "agreement"),
    ("Norrsteel launched a hostile bid for Rheinhausen on Monday.", "acquisition"),
    ("The lawyers launched an appeal on Monday.", "legal"),
    ("Apple launched a new music service on Monday.", "product_launch"),
    # Words of fires, courts and arrivals.
    ("A blaze broke out near Aigio on Sunday.", "disaster"),
    ("The jury found Kessler guilty on Tuesday.", "legal"),
    ("Police detained a man on Friday.", "legal"),
    ("A shepherd was found dead on Monday.", "death"),
    ("Two water bombers landed in Patras on Wednesday.", "visit"),
    ("Greece arrests suspected arsonist over deadly blaze", "legal"),
    ("The agency linked the inflators to 27 deaths on Monday.", OTHER),  # a count, no death
    ("The company apologized on Thursday.", "statement"),
    ("He was sworn in on Monday.", "personnel"),
    # Who took a post, whatever the occasion or the election before it.
    ("Marant was sworn in by the president at a ceremony in the palace on Friday.", "personnel"),
    ("Marant took the oath of office on Friday after her party won the election.", "personnel"),
    ("The company said on Monday retirees would keep their pensions.", "statement"),
    # The words of bids, debates, dissolutions and marches.
    ("Arvion launches hostile 4.2 billion euro bid for Dutch rival Dekker Hollis", "acquisition"),
    ("Dekker Hollis rejected Arvion's first offer on Wednesday.", "acquisition"),
    ("Arvion made a €38-per-share offer on Monday.", "acquisition"),
    ("The mayor lost his bid for a third term on Tuesday.", OTHER),  # no takeover
    ("The rivals clashed in a televised debate on Tuesday night.", "debate"),
    ("The president dissolved parliament on Friday.", "election"),
    ("Thousands marched through the capital on Saturday.", "protest"),
    ("Gunmen attacked an election rally on Friday.", "attack"),
    # A takeover is not any business: its shares moving are another event.
    ("Shares in Dekker Hollis jumped 19% on Monday after the bid.", "business"),
    ("He spoke on the third anniversary of Russia's invasion of Ukraine.", "commemoration"),
    ("Jobs gave a demonstration of the new iPhone on Monday.", OTHER),
    # What was not reached is no event: "ended without an agreement".
    ("The walkout ended without an agreement on Friday.", "protest"),
    # "about" before a number is no topic: "about 12 people died".
    ("Officials said about 12 people died in the region on Tuesday.", "death"),
    ("The union said it will stage a 24-hour strike on Monday.", "protest"),
    ("Investors will judge the company on its results in April.", "business"),
    ("China launched a charm offensive against Europe on Monday.", "product_launch"),
    # What is said after a name and its verb is reported ("said Putin was ...").
    ("The Kremlin said on Monday Putin was open to talks.", "statement"),
    # A disaster is the event, not the deaths it causes; the same words
    # used of markets or protests are not disasters.
    ("The earthquake struck at 3:17 a.m. local time on Monday, killing at least 40 people.",
     "disaster"),
    ("Hurricane Helene made landfall in Florida on Thursday night.", "disaster"),
    ("Flash flooding in Valencia killed more than 200 people in October.", "disaster"),
    ("The company was flooded with orders on Monday.", OTHER),
    ("Russian drones struck Odesa on Monday, killing two people and causing flooding.", "attack"),
    ("Labour won a landslide in July 2024.", OTHER),
    ("The Hurricanes beat the Rangers 4-2 on Sunday.", OTHER),
    ("The Lions ended their 30-year title drought on Sunday.", OTHER),
    ("Britain sent Typhoon jets to Romania on Monday.", OTHER),
    ("Protests erupted in Tbilisi on Sunday.", "protest"),
    ("Markets quaked on Monday.", OTHER),
    # The words of wars' ends, courts, central banks, calls and streets.
    ("Israel and Hamas agreed to a ceasefire on Jan. 15.", "agreement"),
    ("The journalist was sentenced to 16 years in prison on Friday.", "legal"),
    ("The Fed raised interest rates on Wednesday.", "business"),
    ("The two leaders spoke by phone for 90 minutes on Feb. 12.", "talks"),
    ("Thousands took to the streets of Belgrade on Saturday.", "protest"),
    # Captives released are no product released; words of air war.
    ("Hamas released three hostages on Saturday.", "prisoner_release"),
    ("Israel released 600 Palestinian prisoners on Thursday.", "prisoner_release"),
    ("Russia released a detained US citizen on Tuesday.", "prisoner_release"),
    # A number in a trigger's gap: "1,200", "1.2 million".
    ("Israel released 1,200 Palestinian prisoners on Thursday.", "prisoner_release"),
    ("The carmaker announced a recall of 1.2 million vehicles on Tuesday.", "recall"),
    ("Norvale recalled three batches of the drug on Monday.", "recall"),
    ("He recalled his childhood in an essay on Monday.", OTHER),
    # An eruption is a volcano's; violence that erupted is not.
    ("A second eruption on Thursday sent lava toward the town.", "disaster"),
    ("Violence erupted in the city on Sunday.", OTHER),
    ("The board ousted its chief executive on Thursday.", "personnel"),
    ("The board reinstated its founder on Friday.", "personnel"),
    ("The union lost its appeal against the injunction on Friday.", "legal"),
    ("Iran released two French nationals on Friday.", "prisoner_release"),
    ("Belarus released the jailed journalist on Thursday.", "prisoner_release"),
    ("Qatar secured the release of all detainees on Monday.", "prisoner_release"),
    ("The government released 12 imprisoned guerrillas on Monday.", "prisoner_release"),
    ("Keller was released from prison on Tuesday.", "prisoner_release"),
    # ... and in the passive, whatever its auxiliaries.
    ("The hostage was released on Tuesday after 400 days in captivity.", "prisoner_release"),
    ("Three prisoners will be released on Sunday.", "prisoner_release"),
    ("The hostages have been released, officials said on Monday.", "prisoner_release"),
    # ... but not a record of them, a work's title, nor a suspect let go.
    ("A video of the hostage was released by Hamas on Monday.", OTHER),
    ("Data on prisoners will be released by the justice ministry on Monday.", OTHER),
    ("The thriller The Hostage was released in cinemas on Friday.", OTHER),
    ("The detainee was released without charge on Wednesday.", "legal"),
    # A person's release is their freedom; a thing's is a launch.
    ("The Dutch government had sought his release through diplomatic channels since March.",
     "prisoner_release"),
    ("The band announced its release on Friday.", "product_launch"),
    ("The label confirmed his release would arrive in stores on October 10.",
     "product_launch"),
    # Footage of people is no release of them, nor a launch of anything;
    # neither are figures or results, which a company reports.
    ("The army released footage of the fighters crossing the border on Sunday.", "other"),
    ("The statistics office released figures on Tuesday showing inflation rose.", "other"),
    ("The bank released its quarterly results on Tuesday.", "business"),
    ("Lumora is due to report its quarterly results on Sept. 25.", "business"),
    ("The band released a new album on Friday.", "product_launch"),
    ("Nintendo released a new video game on Friday.", "product_launch"),
    ("Minutes released on Wednesday showed Fed officials were divided.", "other"),
    ("The family released a letter on Tuesday.", "other"),
    ("The first image from the surface, showing one of its footpads, was released on Friday.",
     "other"),
    ("The new phone, with a larger screen, was released on Friday.", "product_launch"),
    ("The new video game was released on Friday.", "product_launch"),  # "video" heads nothing
    ("The survey, released on Wednesday, showed support falling.", "other"),
    ("Interim results from the electoral commission on Monday showed the party ahead.", "other"),
    # A case or a cabinet launched or unveiled is no product.
    ("The regulator launched the case in 2022.", "legal"),
    ("The premier unveiled her cabinet on Tuesday.", "personnel"),
    ("Apple launched the iPhone on Monday after it acquired a chipmaker.", "product_launch"),
    # A suspect's release is the case's, not a product's; a bailout is no bail.
    ("Both men were released on bail on Friday.", "legal"),
    ("The suspect was released from police custody on Tuesday.", "legal"),
    ("The government bailed out the airline on Friday.", OTHER),
    # A regulator's investigation, whatever its determiner; a drug's recall.
    ("The regulator opened its investigation on Oct. 12.", "legal"),
    ("The watchdog launched a formal investigation on Monday.", "legal"),
    ("Larkfield recalled its 10 mg Veltrazine tablets on Oct. 10.", "recall"),
    ("The company widened the recall to the 20 mg strength on Wednesday.", "recall"),
    ("The government intervened on Friday by appointing a mediator.", "personnel"),
    # Ships are no shipment.
    ("Twenty ships were stranded offshore on Thursday.", OTHER),
    # ... but captives harmed, mourned or defended are other events.
    ("An Israeli airstrike killed three hostages in Gaza on Saturday.", "attack"),
    ("Four hostages died in captivity on Monday.", "death"),
    ("Lawyers for the detainees filed a lawsuit on Monday.", "legal"),
    ("Guards beat prisoners at the jail on Monday.", OTHER),
    # ... and a release told beside a killing is still a release.
    ("Hamas freed three Israelis on Saturday.", "prisoner_release"),
    ("Israel freed 600 Palestinian prisoners on Thursday in exchange for the bodies of four "
     "hostages killed in captivity.", "prisoner_release"),
    ("Russia and Ukraine exchanged 150 prisoners of war on Wednesday.", "prisoner_release"),
    ("Apple released iOS 18 on Monday.", "product_launch"),
    ("Ukrainian drones hit an oil depot on Sunday.", "attack"),
    ("Air raids on Gaza killed 30 people on Tuesday.", "attack"),
    ("Rubio flew to Riyadh on Monday.", "visit"),
    ("The Bank of England cut interest rates on Thursday.", "business"),
    # A phone is no call between leaders; showing a product is no protest.
    ("Cisco sold a device that makes phone calls over the internet in 2006.", "business"),
    ("Jobs demonstrated the new iPhone on Monday.", OTHER),
])
def test_event_types_come_from_the_lexicon(lexicon_options: Options, text: str,
                                           expected: str) -> None:
    assert extract(text, lexicon_options).iloc[0]["event_type"] == expected


@pytest.mark.parametrize("text, expected", [
    # The clause is told relative to an event its time does not date: that
    # event is not what it tells.
    ("Two weeks after his visit to Moscow, Macron announced sanctions on Friday.", "statement"),
    ("The cases were priced at $29 before the press conference, but will be free until "
     "September 30.", "business"),
    ("Lavrov left Riyadh on Tuesday after the talks.", OTHER),
    ("A week after the French president’s state visit to Beijing, China imposed tariffs on "
     "Friday.", OTHER),
    # The time dates that event: it is what the clause tells.
    ("Since its launch in 2003 the store has sold 3 billion songs.", "product_launch"),
    ("Since the 2003 launch the store has sold 3 billion songs.", "product_launch"),
    ("After the talks ended on Friday, Lavrov left for Moscow.", "talks"),
    ("After the talks were held in Riyadh on Tuesday, Rubio flew to Jerusalem.", "talks"),
    ("Ahead of the summit next week, Lavrov flew to Ankara.", "talks"),
    ("Following the summit in Alaska on Friday, Putin flew to Moscow.", "talks"),
    ("Zelensky left Washington after the meeting with Trump on Friday.", "talks"),
    ("After visiting Kyiv on Monday, Macron flew to Warsaw.", "visit"),
    # "Before the court" is in front of it.
    ("On Monday, Trump appeared before the court in Manhattan.", "legal"),
    # "During" puts the clause inside the event; a verb is a clause of its own.
    ("Trump spoke during the press conference on Monday.", "press_conference"),
    ("Sales rose on Friday after Apple launched the phone.", "product_launch"),
])
def test_an_event_the_clause_is_told_relative_to_does_not_type_it(
        lexicon_options: Options, text: str, expected: str) -> None:
    assert extract(text, lexicon_options).iloc[0]["event_type"] == expected


def test_lexicon_matches_whole_words_and_starred_prefixes() -> None:
    lexicon = Lexicon.from_config({"talks": ["met", "negotiat*"]})
    assert lexicon.classify("the metal price rose")[0] == "other"
    assert lexicon.classify("they met twice")[0] == "talks"
    assert lexicon.classify("negotiations resumed")[0] == "talks"
    # A star takes a word ending, not the rest of another word.
    lexicon = Lexicon.from_config({"product_launch": ["launch*"], "business": ["invest*"]})
    assert lexicon.classify("Launchpad lists the apps")[0] == "other"
    assert lexicon.classify("an investigation began")[0] == "other"
    assert lexicon.classify("the launches and investors")[0] == "product_launch"
    assert lexicon.classify("investors fled")[0] == "business"
    lexicon = Lexicon.from_config({"statement": ["emphasi*"], "business": ["profit*"]})
    assert lexicon.classify("he kept emphasizing it")[0] == "statement"
    assert lexicon.classify("profitability rose")[0] == "business"


def test_present_tense_sentences_without_time_are_not_mentions(lexicon_options: Options) -> None:
    assert extract("His comments come as the administration seeks a deal.",
                   lexicon_options).empty
    # After the opening (whose present tells the news), a present is a state.
    assert extract("Nothing is new here.\nThe Fed raises rates.", lexicon_options).empty
    # An -ed word after an article or a preposition is an adjective, not a past.
    assert extract("The phone has a new frame, reducing the amount of dropped calls.",
                   lexicon_options).empty
    assert extract("It has a revamped notification system.", lexicon_options).empty
    # ... or after "any", "every", "no": what may come, not what came.
    assert extract("Nothing is new.\nAny agreed offer would also need approval from "
                   "shareholders at a general meeting.", lexicon_options).empty
    assert not extract("The frame dropped calls.", lexicon_options).empty


@pytest.mark.parametrize("text, kept", [
    ("Papermaster did not comment on the situation.", ""),
    ("Apple didn't comment.", ""),
    ("Neither company made any official statement about the issues.", ""),
    ("Nobody was hurt.", ""),
    ("No one was arrested.", ""),
    ("It was not disclosed whether the catalog was part of the deal.", ""),
    ("He never returned to the company.", ""),
    ("A spokesman for Apple declined to comment on the report.", ""),
    ("Apple refused to say how many phones it sold.", ""),
    # Something else in the clause did happen: that is the mention.
    ("Apple confirmed that he had left, but did not say whether he was fired.", "confirmed"),
    ("Jobs has not yet mentioned what prompted it, but said he will stay.", "said"),
    ("The grip has not been as big an issue for other phones, said Mike Gikas.", "said"),
    ("No deal was reached, officials said.", "said"),
    # What is denied ends at a break or at a clause of its own.
    ("The company did not wait: it sued Samsung.", "sued"),
    ("The company did not wait—it sued Samsung.", "sued"),
    ("Apple did not disclose the price when it acquired Beats.", "acquired"),
    # Denials that tell it happened, or deny no verb.
    ("The iPhone wasn't released in Europe until November 2007.", "released"),
    ("The ruling did not stop him from signing the deal.", "signing"),
    ("It was not the first time Russia attacked Kyiv.", "attacked"),
    ("Russia did not only attack Kyiv but also struck Lviv.", "attack"),
    ("Apple sued Samsung, a move that was not unexpected.", "sued"),
    ("A never-before-seen prototype was unveiled.", "unveiled"),
    # Nothing came of it, though nothing is a verb.
    ("The company was not immediately available for comment.", ""),
    # A verb joined to a denied one is not denied.
    ("Biden did not run for re-election and endorsed Harris.", "endorsed"),
    # A refusal to act is news; a refusal to speak is not.
    ("Russia refused to withdraw its troops.", "refused"),
    ("The Kremlin declined to comment, but Putin said he was ready.", "said"),
    # However it is put, and however it is dated.
    ("The Kremlin declined to immediately comment.", ""),
    ("The White House declined requests for comment.", ""),
    ("Apple declined to comment on Monday.", ""),
    ("The Kremlin did not immediately respond to a request for comment on Monday.", ""),
    ("A spokesman did not return calls seeking comment on Monday.", ""),
    ("The Kremlin declined to elaborate on Monday.", ""),
    ("Apple declined to comment on Monday, but its shares fell 3 percent.", "shares"),
])
def test_what_did_not_happen_is_no_mention(lexicon_options: Options, text: str,
                                           kept: str) -> None:
    frame = extract("Apple met reporters on Monday. " + text, lexicon_options)
    told = frame[frame["sentence"] == text]
    assert list(told["trigger"].str.lower()) == ([kept] if kept else [])


@pytest.mark.parametrize("text", [
    "Russia did not attend the talks on Monday.",  # the talks were that day
    "The troops did not return to their base on Monday.",  # a return, not a reply
    "Israel did not respond to the missile attack on Monday.",  # not a reply to a question
    # What a refusal to speak is about may be news of that day.
    "Microsoft did not disclose the terms of the deal it announced on Monday.",
    "Apple declined to comment on Monday's lawsuit.",
    "Apple declined to comment on Monday as its shares fell 3 percent.",
])
def test_a_dated_denial_of_anything_but_speech_is_still_told(lexicon_options: Options,
                                                             text: str) -> None:
    told = extract(text, lexicon_options)
    assert list(told["date"]) == [DAY]


@pytest.mark.parametrize("text, reported", [
    ("A war that has killed thousands of civilians and displaced millions.", False),
    ("Apple is the company that has sold the most phones.", False),
    ("The antenna is a strip that wraps the phone, which has caused dropped calls.", False),
    ("The antenna is a strip, which has caused dropped calls when held tightly.", False),
    # The relative clause describes; the verb of its noun still reports.
    ("The war that has killed thousands ended.", True),
    ("The lawsuit that has dragged on for years was settled.", True),
    ("Those of us who have known him have lost a friend.", True),
    ("The store, which has sold 3 billion songs, announced a new service.", True),
])
def test_what_a_clause_in_the_present_perfect_says_of_a_noun_reports_nothing(
        lexicon_options: Options, text: str, reported: bool) -> None:
    assert extract(text, lexicon_options).empty != reported


def test_a_dateline_is_not_a_mention(lexicon_options: Options) -> None:
    frame = extract("June 8, 2010\nYesterday, Apple unveiled iPhone 4.", lexicon_options,
                    day=date(2010, 6, 8))
    assert list(frame["sentence"]) == ["Yesterday, Apple unveiled iPhone 4."]
    # A wire's dateline names who filed the story, not who acted in it, and
    # its date is the article's, not the news's.
    for wire in ("(CNN) — ", "(CNN)", "MOSCOW (Reuters) - ", "WASHINGTON, Feb. 20 (AP) – ",
                 "PERUGIA — ", "KYIV, Ukraine — ", "Feb 24 (Reuters) - ",
                 "NEW YORK, Feb. 20 - ", "SPRINGFIELD, Ill., Feb. 20 — ", "NEW DELHI — ",
                 "LYON/AMSTERDAM, Feb 20 (Reuters) - "):
        row = extract(f"{wire}Apple said Jobs had resigned.", lexicon_options).iloc[0]
        assert "Apple" in row["actors"], wire
        assert not {"CNN", "Reuters", "AP", "MOSCOW", "WASHINGTON", "PERUGIA", "KYIV",
                    "NEW YORK", "SPRINGFIELD", "NEW DELHI", "LYON", "AMSTERDAM"} \
            & set(row["actors"]) and not row["locations"], wire
        assert row["time_source"] == "article_date", wire
        # A title that tells the whole clause does not open on the dateline.
        row = extract(f"{wire}The chamber approved a fund for towns hit by the earthquake, with"
                      " 281 votes on Monday.", lexicon_options).iloc[0]
        assert row["title"].startswith("The chamber approved"), wire
    # An expansion in brackets, or a ticker, is no wire.
    row = extract("NATO (North Atlantic Treaty Organization) — the alliance met on Monday.",
                  lexicon_options).iloc[0]
    assert "North Atlantic Treaty Organization" in row["actors"]  # NATO, by its full name
    assert "Apple" in extract("Apple (AAPL) shares fell on Monday.",
                              lexicon_options).iloc[0]["actors"]
    for acronym in ("UN (United Nations) — the body voted on Monday.",
                    "IBM (IBM)Shares fell on Monday."):
        assert acronym[:acronym.index(" ")] in extract(acronym, lexicon_options).iloc[0][
            "actors"], acronym


def test_offsets_index_the_text_as_read(lexicon_options: Options) -> None:
    header = " date 2025-02-24 "
    text = "Putin, in an interview broadcast on Monday, said he was open to a deal."
    doc = Document(doc_id="a", date=DAY, text=header + text, body_start=len(header))
    frame = extract_mentions([doc], lexicon_options)
    for row in frame.itertuples():
        assert doc.text[row.char_start:row.char_end] == row.sentence
        assert doc.text[row.time_start:row.time_end] == row.time_text
        assert doc.text[row.trigger_start:row.trigger_start + len(row.trigger)] == row.trigger
        assert row.char_start >= len(header)
        assert row.mention_id == mention_id("a", row.char_start, row.char_end)
        assert row.event_id == "" and row.source_group == "a"


def test_uses_find_times_from_the_temporal_stage(monkeypatch: pytest.MonkeyPatch,
                                                 lexicon_options: Options) -> None:
    """The stage relies only on the TimeExpression contract."""
    text = "The summit opened on the feast day."
    start = text.index("the feast day")

    def fake(body: str, reference: date, language: str = "en") -> list[TimeExpression]:
        assert body == text and reference == DAY
        return [TimeExpression(start, start + 13, "the feast day", "DATE", "2025-02-20",
                               date(2025, 2, 20), date(2025, 2, 20), "day")]

    monkeypatch.setattr(mentions_module.temporal, "find_times", fake)
    row = extract(text, lexicon_options).iloc[0]
    assert row["date"] == date(2025, 2, 20) and row["time_text"] == "the feast day"
    assert row["time_source"] == "explicit"


def test_same_input_same_ids(lexicon_options: Options) -> None:
    text = "Putin said Monday that Moscow was ready. Trump met Macron on Monday."
    first, second = extract(text, lexicon_options), extract(text, lexicon_options)
    pd.testing.assert_frame_equal(first, second)


@pytest.mark.parametrize("text, count", [
    ("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.", 2),
    ('"I love it. It works," he said. Then he left.', 2),
    ("One.\nTwo words here.\n\nThree more words here.", 3),
])
def test_sentence_splitting(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count
    for span in spans:
        assert text[span.start:span.end] == span.text


def test_subordinate_clauses() -> None:
    text = "Dmitriev, who attended talks in Saudi Arabia last week, told CNN on Monday."
    sentence = split_sentences(text)[0]
    clauses = subordinate_clauses(text, sentence)
    assert [c.text for c in clauses] == ["who attended talks in Saudi Arabia last week"]


def test_a_date_inside_a_clause_does_not_end_it(lexicon_options: Options) -> None:
    text = ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable "
            "company in the world and was fired in 1985.")
    frame = extract(text, lexicon_options)
    born = frame[frame["time_text"] == "February 24, 1955"].iloc[0]
    assert born["sentence"] == "born in San Francisco on February 24, 1955"
    # The building and the firing are not dated by the birth.
    rest = frame[frame["sentence"].str.contains("fired")]
    assert len(rest) and (rest["date"] != date(1955, 2, 24)).all()


@pytest.mark.parametrize("text, phrases", [
    ("Peskov criticised the sanctions imposed by the European Union in 2014.",
     [("the sanctions", "imposed by the European Union in 2014")]),
    ("Apple Corps claims that the store violates an agreement reached between the two "
     "companies in 1991, which barred Apple Computer from music.",
     [("an agreement", "reached between the two companies in 1991")]),
    ("A judge ordered the release of two of the three engineers detained last week.",
     [("the three engineers", "detained last week")]),
    ("Russia freed a US teacher detained Tuesday and said it was a goodwill gesture.",
     [("a US teacher", "detained Tuesday")]),
    # The noun is a subject: of the sentence, or of a clause opened before it.
    ("The talks held in Riyadh on Tuesday ended without a deal.", []),
    ("The board spoke after the market closed on Wednesday.", []),
    ("Jobs said that his company sold 13.7 million Macs last year.", []),
    ("Lavrov told reporters on Monday that the sides met on Friday.", []),
    ("Shares rose on Friday, while bank stocks fell on worries about margins.", []),
    ("Italy sent planes, and Romanian firefighters arrived on Wednesday.", []),
    # Not a participle describing a noun: a verb with its object, a coordinated
    # verb, a setting of the act, a measure.
    ("Officials said the firm recalled 1.2 million vehicles in March.", []),
    ("Three people were killed and two injured in the attack on Monday.", []),
    ("The minister said in a statement released on Monday that talks would resume.", []),
    ("Apple reported record profits for the quarter ended in June.", []),
    ("She said a vote could come before the summer recess.", []),
])
def test_a_participle_after_its_noun_tells_an_act_of_its_own(
        text: str, phrases: list[tuple[str, str]]) -> None:
    sentence = split_sentences(text)[0]
    found = reduced_relatives(text, sentence)
    assert [(text[a:b].strip(), text[b:c]) for a, b, c in found] == phrases


@pytest.mark.parametrize("text, title, day, released", [
    ("Peskov criticised the sanctions imposed by the European Union in 2014.",
     "sanctions imposed by the European Union in 2014", date(2014, 1, 1), "criticised"),
    ("Russia has released a US citizen detained in 2023.",
     "US citizen detained in 2023", date(2023, 1, 1), "released"),
    ("A court convicted a man of crimes committed in March 2019.",
     "crimes committed in March 2019", date(2019, 3, 1), "convicted"),
])
def test_the_act_a_participle_tells_is_dated_apart_from_its_clause(
        lexicon_options: Options, text: str, title: str, day: date, released: str) -> None:
    frame = extract(text, lexicon_options)
    described = frame[frame["title"] == title]
    assert len(described) == 1 and described.iloc[0]["date"] == day
    # What the clause itself tells is not of that time.
    main = frame[frame["title"].str.contains(released)]
    assert len(main) == 1 and main.iloc[0]["date_end"] >= DAY - timedelta(days=ANCHOR_WINDOW_DAYS)


@pytest.mark.parametrize("text, time_text", [
    # What lies ahead is told where it stands: the meeting is no act yet.
    ("Trump cancelled a meeting scheduled for Friday.", "Friday"),
    ("Putin rejected a proposal set to be discussed next week.", "next week"),
])
def test_a_participle_of_what_lies_ahead_dates_its_clause(
        lexicon_options: Options, text: str, time_text: str) -> None:
    assert list(extract(text, lexicon_options)["time_text"]) == [time_text]


@pytest.mark.parametrize("text", [
    "In February the service passed Wal-Mart to become the top seller, according to "
    "figures released April 3 by NPD Group.",
    "According to figures released April 3, the service passed Wal-Mart in February.",
])
def test_an_attribution_dates_the_source_not_the_event(lexicon_options: Options,
                                                       text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2008, 4, 9))
    assert len(frame) == 1  # the attribution is no event of its own
    passed = frame.iloc[0]
    assert passed["time_text"] == "February"
    assert (passed["date"], passed["date_end"]) == (date(2008, 2, 1), date(2008, 2, 29))


def test_clauses_close_outside_unbroken_spans() -> None:
    text = "Jobs, born on February 24, 1955, built Apple."
    sentence = split_sentences(text)[0]
    date_span = (text.index("February"), text.index("1955") + 4)
    assert [c.text for c in subordinate_clauses(text, sentence)] == ["born on February 24"]
    assert [c.text for c in subordinate_clauses(text, sentence, [date_span])] == [
        "born on February 24, 1955"]


@pytest.mark.parametrize("text, first, second", [
    ("He started Apple in 1976, and in 1984 the first Macintosh was released to the public.",
     "1976", "1984"),
    ("He started Apple in 1976, and in 1984, the first Macintosh was released to the public.",
     "1976", "1984"),
    ("Talks were held in Riyadh on Monday, and on Tuesday, Trump met Putin in Helsinki.",
     "Monday", "Tuesday"),
    ("Jobs has been fighting cancer since 2004 and has been on medical leave since January.",
     "2004", "January"),
    ("Jobs resigned on August 24 and he died on October 5.", "August 24", "October 5"),
    # A subject of its own after ", and": the telling is not the meeting.
    ("Russia met the US in Riyadh last week, and Lavrov said on Monday that the talks "
     "were useful.", "last week", "Monday"),
    ("Talks were held in Riyadh on Monday, and the deal was signed on Friday.",
     "Monday", "Friday"),
    # What it led to, with a time of its own: not the peak's.
    ("Inflation peaked at 14.2% in 2022 after a surge in food prices, prompting the bank to "
     "lift rates to a record 11.5% by mid-2023.", "2022", "mid-2023"),
    ("The jury convicted Kessler of fraud on Monday; sentencing was set for July.",
     "Monday", "July"),
    ("Pickets were lifted on Friday morning and the first full shifts will return to the "
     "terminals on Saturday.", "Friday morning", "Saturday"),
])
def test_two_coordinated_facts_keep_their_own_dates(lexicon_options: Options, text: str,
                                                    first: str, second: str) -> None:
    frame = extract(text, lexicon_options, day=date(2011, 10, 6))
    assert sorted(frame["time_text"]) == sorted([first, second])
    second_fact = frame[frame["time_text"] == second].iloc[0]
    assert first not in second_fact["sentence"]
    assert len(second_fact["sentence"].split()) > 3  # the fact, not its date alone


@pytest.mark.parametrize("text, year, since", [
    ("Shares closed down 14% at 612 pence, their biggest one-day fall since the company "
     "listed in London in 2014.", "2014", "the company listed in London in 2014."),
    ("It was the deadliest attack since the war began in 2022.", "2022", "the war began in 2022."),
    # A noun phrase after "since" is no clause: the time is the sentence's.
    ("The yen fell to its weakest level since the 1990s on Monday.", "Monday",
     "The yen fell to its weakest level since the 1990s on Monday."),
])
def test_a_record_is_not_dated_by_the_fact_it_is_measured_from(
        lexicon_options: Options, text: str, year: str, since: str) -> None:
    frame = extract(text, lexicon_options)
    assert list(frame.loc[frame["time_text"] == year, "sentence"]) == [since]


def test_a_second_report_after_and_that_keeps_its_own_date(lexicon_options: Options) -> None:
    frame = extract("She said Rotich's body is expected to arrive on Thursday, and that a funeral "
                    "will be held in Kiptuiya on Aug. 3.", lexicon_options)
    assert sorted(frame["time_text"]) == ["Aug. 3", "Thursday"]
    funeral = frame[frame["time_text"] == "Aug. 3"].iloc[0]
    assert funeral["sentence"] == "that a funeral will be held in Kiptuiya on Aug. 3."


def test_a_dated_sentence_after_a_semicolon_does_not_date_the_first(
        lexicon_options: Options) -> None:
    frame = extract("Jury convicts Kessler of fraud; sentencing set for July", lexicon_options)
    conviction = frame[frame["sentence"].str.contains("convicts")].iloc[0]
    sentencing = frame[frame["sentence"].str.startswith("sentencing")].iloc[0]
    assert (sentencing["time_text"], sentencing["status"]) == ("July", "planned")
    assert conviction["time_text"] != "July"


@pytest.mark.parametrize("text, rows", [
    # A clause the news came after, or because of, with a day of its own, is
    # a fact of its own; the news keeps its day and its title ends before it.
    ("The drivers will walk out on Thursday after talks with rail operators collapsed on"
     " Tuesday evening.",
     [("talks with rail operators collapsed on Tuesday evening", "2025-03-11"),
      ("The drivers will walk out on Thursday", "2025-03-13")]),
    ("After talks collapsed on Tuesday, drivers will walk out on Thursday.",
     [("talks collapsed on Tuesday", "2025-03-11"),
      ("drivers will walk out on Thursday", "2025-03-13")]),
    ("Kessler was indicted in March 2024 after an FBI investigation became public in 2022.",
     [("FBI: became public in 2022", "2022-01-01"),
      ("Kessler: was indicted in March 2024", "2024-03-01")]),
    # Not a saying, whose time may be what was said; not a count of days off
    # it; not when the rest has no day of its own.
    ("The shares rose on Monday after Marsh said deliveries would resume next week.",
     [("shares rose on Monday after Marsh said deliveries would resume next week",
       "2025-03-10")]),
    ("The strike began on Monday, a day after talks collapsed on Sunday.",
     [("talks collapsed on Sunday", "2025-03-09"), ("strike began on Monday", "2025-03-10")]),
    ("The airport reopened on Wednesday, shortly after the runway was cleared at 5am.",
     [("airport reopened on Wednesday", "2025-03-12")]),
    ("Markets fell on Wednesday after Trump threatened to impose tariffs in October.",
     [("Markets, Donald Trump: fell on Wednesday after Trump threatened to impose tariffs in"
       " October", "2025-03-12")]),
    ("The election produced a negotiation before Pettigrew was sworn in in November 2023.",
     [("election produced a negotiation before Pettigrew was sworn in in November"
       " 2023", "2023-11-01")]),
])
def test_a_dated_clause_after_because_or_before_is_a_fact_of_its_own(
        lexicon_options: Options, text: str, rows: list[tuple[str, str]]) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 3, 12))
    assert [(r.title, str(r.date)) for r in frame.itertuples()] == rows


@pytest.mark.parametrize("text, dates", [
    ("He met Putin in Moscow and he flew to Riyadh on Monday.", ["Monday"]),  # one date: one fact
    ("Putin visited Berlin in 2004, in 2006, and in 2009.", ["2004", "2006", "2009"]),  # a list
    # No subject's own verb before "and": a list of names, not two facts.
    ("In 2019, officials from Russia, China, and Iran met in Tehran in May.", ["2019", "May"]),
    ("Trump and Putin spoke on Feb. 12, and on Monday.", ["Feb. 12", "Monday"]),
    # What it led to, told without a time of its own, is the same fact.
    ("The volcano erupted on Sunday, forcing the evacuation of 3,200 people.", ["Sunday"]),
    # A measure's window is no time of what it led to.
    ("Two more patients died on Monday, bringing the toll to 50 since January.",
     ["Monday", "January"]),
    ("The Fed raised rates in 2022, pushing mortgage costs to levels last seen in 2008.",
     ["2022", "2008"]),
    # Two speakers are one subject.
    ("The talks will resume next week, the minister and the envoy said on Monday.",
     ["next week", "Monday"]),
    # A list's next item after a semicolon tells no fact of its own, nor
    # does a quotation's second half.
    ("The minister visited Paris on Monday; Berlin on Tuesday; and Rome on Friday.",
     ["Monday", "Tuesday", "Friday"]),
    ("The minister visited factories on Monday; schools on Tuesday.", ["Monday", "Tuesday"]),
    ('"Prices will rise in April; wages will not in May," the governor said on Tuesday.',
     ["April", "May", "Tuesday"]),
    # The "and" does not end the first clause right after its time.
    ("He said on Monday the minister and the envoy agreed to meet in June.",
     ["Monday", "June"]),
])
def test_a_coordination_without_a_second_dated_fact_is_not_split(text: str, dates: list[str]) -> None:
    sentence = split_sentences(text)[0]
    spans = [(m.start(), m.end()) for d in dates for m in re.finditer(d, text)]
    assert subordinate_clauses(text, sentence, spans) == []


@pytest.mark.parametrize("text, appositive, rest", [
    # The aside is told with its subject: the ceasefire was agreed in January.
    ("The ceasefire, agreed in January, collapsed on Tuesday.",
     ("The ceasefire, agreed in January", "ceasefire agreed in January", "agreement"),
     ("Tuesday", "ceasefire collapsed on Tuesday")),
    # The aside is passed over after the event word too.
    ("The merger, announced in October, was completed in the second quarter.",
     ("The merger, announced in October", "merger announced in October", "acquisition"),
     ("the second quarter", "merger was completed in the second quarter")),
])
def test_a_participle_after_the_subject_with_a_time_of_its_own_is_a_fact_of_its_own(
        lexicon_options: Options, text: str, appositive: tuple[str, str, str],
        rest: tuple[str, str]) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 3, 20))
    evidence, title, event_type = appositive
    agreed = frame[frame["sentence"] == evidence].iloc[0]
    assert (agreed["title"], agreed["event_type"]) == (title, event_type)
    assert agreed["time_text"] == evidence.split(" in ")[-1]
    assert agreed["date_end"] < date(2025, 3, 20)
    collapsed = frame[frame["sentence"] == text].iloc[0]
    assert (collapsed["time_text"], collapsed["title"]) == rest


@pytest.mark.parametrize("text, told, title, rest", [
    # A "which" clause after the subject tells the subject's act.
    ("The walk-out, which began on Oct. 6, has left dozens of vessels at anchor.",
     "The walk-out, which began on Oct. 6", "walk-out began on Oct. 6",
     "walk-out has left dozens of vessels at anchor"),
    ("The talks, which opened in Geneva on Monday, ended without a deal on Friday.",
     "The talks, which opened in Geneva on Monday", "talks opened in Geneva on Monday",
     "talks ended without a deal on Friday"),
])
def test_a_which_clause_after_the_subject_is_titled_with_its_subject(
        lexicon_options: Options, text: str, told: str, title: str, rest: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 10, 14))
    assert frame[frame["sentence"] == told]["title"].tolist() == [title]
    assert frame[frame["sentence"] == text]["title"].tolist() == [rest]


@pytest.mark.parametrize("text, told, title", [
    # So does one after a noun with its article later in the sentence: the
    # noun's act, not the sentence subject's.
    ("Police said on Monday they had arrested 12 people at the rally, a protest which began on"
     " Sunday outside the ministry.", "a protest which began on Sunday outside the ministry.",
     "protest began on Sunday outside the ministry"),
    ("The fire service said the fire, which broke out near Athens on Aug. 10, was out.",
     "the fire, which broke out near Athens on Aug. 10",
     "fire broke out near Athens on Aug. 10"),
    # Not a noun after a preposition, which may be another's.
    ("Firefighters said on Monday the fire in the village, which started on Saturday, had been"
     " contained.", "which started on Saturday", "started on Saturday"),
])
def test_a_which_clause_after_a_noun_is_titled_with_it(lexicon_options: Options, text: str,
                                                       told: str, title: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 10, 14))
    described = frame[frame["sentence"] == told]
    assert described["title"].tolist() == [title]
    assert described["actors"].map(tuple).tolist() == [()]


def test_a_relative_clause_inside_an_apposition_is_a_fact_of_its_own(
        lexicon_options: Options) -> None:
    text = ("Salinas, a career diplomat who took up his post in Lima in 2023, is expected "
            "to leave for Santiago on Saturday.")
    frame = extract(text, lexicon_options, day=date(2025, 5, 9))
    took = frame[frame["time_text"] == "2023"].iloc[0]
    assert (took["sentence"], took["status"]) == (
        "who took up his post in Lima in 2023", "happened")
    leaves = frame[frame["time_text"] == "Saturday"].iloc[0]
    assert (leaves["date"], leaves["status"]) == (date(2025, 5, 10), "planned")
    assert "is expected to leave" in leaves["title"] and "took" not in leaves["title"]


@pytest.mark.parametrize("text, time_text", [
    # An apposition that sums up what the sentence told holds no fact apart.
    ("Shares fell 9% on Tuesday, the biggest drop which the stock has suffered since 2020.",
     "Tuesday"),
    ("She won the race on Sunday, the only woman who has won it twice since 2005.", "Sunday"),
    ("The bank cut rates on Monday, a move which analysts had expected since July.", "Monday"),
])
def test_an_apposition_that_sums_up_the_sentence_is_not_split(
        lexicon_options: Options, text: str, time_text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 10, 14))
    assert frame["time_text"].tolist() == [time_text]


def test_a_which_clause_after_a_linked_noun_is_not_told_of_the_subject(
        lexicon_options: Options) -> None:
    frame = extract("The head of the agency, which was created in 2002, resigned on Monday.",
                    lexicon_options, day=date(2025, 10, 14))
    created = frame[frame["time_text"] == "2002"].iloc[0]
    assert "head" not in created["title"]


@pytest.mark.parametrize("text", [
    "The firm, which now employs 300 people, was founded in 1990.",
    '"It worked," said Jennifer Ashby, a former prosecutor who now teaches at Columbia.',
    # Not after a preposition: "of which" is no apposition's relative.
    "The website, the homepage of which now shows a photograph, was updated in 2011.",
])
def test_a_relative_clause_told_only_now_is_no_mention(lexicon_options: Options,
                                                      text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 3, 11))
    assert not frame["sentence"].str.match(r"(?:which|who) now").any()


def test_they_opening_a_sentence_is_not_the_person_named_before(lexicon_options: Options) -> None:
    frame = extract("Councillor Ravi Dhillon said he wanted it sooner. They were made on Oct. 16.",
                    lexicon_options, day=date(2025, 10, 24))
    made = frame[frame["time_text"] == "Oct. 16"].iloc[0]
    assert made["actors"] == ()


def test_a_relative_clause_that_tells_news_now_stays_a_mention(lexicon_options: Options) -> None:
    frame = extract("The company, which now says it will appeal, lost the case on Monday.",
                    lexicon_options, day=date(2025, 3, 11))
    assert frame["time_text"].tolist() == ["now", "Monday"]


@pytest.mark.parametrize("text", [
    # What the rest tells in the present holds since that time.
    "Apple Corps' latest suit, filed in September 2003, claims that Apple violated the deal.",
    # With no time of its own the rest is of the aside's time: the talks, last week.
    "The talks, held in Riyadh last week, ended without a deal.",
    "The strike, launched on Sunday, killed 12 people in Sumy.",
    # After a verb it is no aside of the subject.
    "Trump met Putin in Riyadh, arrived in Jeddah on Monday, then flew home on Tuesday.",
])
def test_a_participle_phrase_that_tells_no_fact_apart_is_not_split(text: str) -> None:
    sentence = split_sentences(text)[0]
    spans = [(m.start(), m.end())
             for m in re.finditer(r"September 2003|Monday|Tuesday|last week|Sunday", text)]
    assert subordinate_clauses(text, sentence, spans) == []


def test_a_coordinated_clause_ends_where_a_relative_clause_opens(lexicon_options: Options) -> None:
    frame = extract("Lion was announced several months ago and will replace Snow Leopard, which "
                    "was released in 2009.", lexicon_options, day=date(2011, 8, 25))
    released = frame[frame["time_text"] == "2009"].iloc[0]
    assert released["sentence"] == "which was released in 2009."  # not "will replace ..."


@pytest.mark.parametrize("text, time_text", [
    ("The launch, delayed from January, happened on Tuesday.", "Tuesday"),
    ("The launch was delayed from January.", ""),
    ("Apple pushed the launch back from January to March.", "March"),
    ("The summit, originally scheduled for May, was moved to June.", "June"),
    ("The summit was moved from May to June.", "June"),
    # What the subject's description did is not what the clause tells.
    ("The hearing, which had been set for Monday, was postponed until Friday.", "Friday"),
    # Not a rescheduling: "from" opens the time it went on for.
    ("Putin has ruled Russia from 2000 to 2008.", "2000 to 2008"),
    ("Apple moved into its new campus from April 2005.", "April 2005"),
])
def test_the_date_an_event_was_moved_from_dates_nothing(lexicon_options: Options,
                                                        text: str, time_text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2006, 3, 28))
    assert list(frame["time_text"]) == [time_text]


@pytest.mark.parametrize("text, time_text", [
    # How long a state lasts dates no event: the signing is undated.
    ("The company signed a supply deal with Norvex that runs until at least 2028.", ""),
    ("The company signed a supply deal with Norvex that is valid until 2028.", ""),
    ("Norvex signed a contract valid through 2030 on Monday.", "Monday"),
    # ... but a move is to its new date, and a clause's own state, or one
    # set off by commas, is news of its own.
    ("The deal, which will not be signed until 2026, was agreed on Monday.", "2026|Monday"),
    ("The vote was postponed until Friday.", "Friday"),
    ("Regional elections were delayed until at least 2027.", "2027"),
    ("The bridge will stay shut until at least Christmas.", "Christmas"),
    # A relative clause set off by commas is a mention of its own.
    ("Kessler, whose contract runs until at least 2027, scored twice on Saturday.",
     "2027|Saturday"),
])
def test_until_when_a_state_lasts_dates_no_event(lexicon_options: Options, text: str,
                                                 time_text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 9, 5))
    assert sorted(frame["time_text"]) == time_text.split("|")


def test_an_untyped_clause_is_told_by_its_verb_not_its_subject_s_description(
        lexicon_options: Options) -> None:
    text = "The hearing, which had been set for Monday, was postponed until Friday."
    row = extract(text, lexicon_options).iloc[0]
    assert (row["trigger"], row["title"]) == ("postponed", "was postponed until Friday")


WORDS = ["Putin", "said", "met", "Monday", "in", "Riyadh", ",", "Saudi", "Arabia", "last",
         "week", "who", "–", "“", "”", '"', "(", ")", ".", "U.S.", "the", "deal", "will",
         "sign", "2017", "iPhone", "\n", "yesterday", "Apple", "unveiled", "and", "took"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.text(max_size=40))
def test_any_text_gives_offsets_that_index_it(words: list[str], noise: str) -> None:
    text = " ".join(words) + " " + noise
    doc = Document(doc_id="h", date=DAY, text=text)
    frame = extract_mentions([doc], _LEXICON_OPTIONS)
    assert tuple(frame.columns) == MENTION_COLUMNS
    for row in frame.itertuples():
        assert text[row.char_start:row.char_end] == row.sentence
        assert row.date <= row.date_end
        if row.time_start >= 0:
            assert text[row.time_start:row.time_end] == row.time_text


def test_a_time_after_a_dash_alone_is_read() -> None:
    # Found by the test above: no word before the article once raised IndexError.
    doc = Document(doc_id="h", date=DAY, text="– the yesterday last Putin ")
    frame = extract_mentions([doc], _LEXICON_OPTIONS)
    assert tuple(frame.columns) == MENTION_COLUMNS


_LEXICON_OPTIONS = load_options(__import__("pathlib").Path(__file__).resolve().parent.parent
                                / "config.yaml")


@pytest.mark.parametrize("clause, trigger, expected", [
    # The title starts at the event word and stops at the clause's edge.
    ("Envoys met in Riyadh on Monday, officials said.", "met", "Putin: met in Riyadh on Monday"),
    # ... but people named by what they do, opening it, are its subject.
    ("Officials met in Riyadh on Monday.", "met", "Putin: Officials met in Riyadh on Monday"),
    # An event word at the very end says too little: the clause says it.
    ("that the war could end within weeks as part of a peace deal.", "deal",
     "Putin: the war could end within weeks as part of a peace deal"),
    # An event word inside a quotation: the quotation, attributed, is the title.
    ("“He may come next week to sign the agreement,” Trump said.", "agreement",
     "Putin: said: “He may come next week to sign the agreement…”"),
    # A quotation the sentence splitter left unclosed is still a quotation.
    ("Trump responded: “I think it is good to make a deal and to go on.", "deal",
     "Putin: said: “I think it is good to make a deal and to go…”"),
    # Of two quotations, the one that holds the event word.
    ("“We are ready,” he said, “to sign the agreement this week.”", "agreement",
     "Putin: said: “to sign the agreement this week…”"),
    # Quotation marks around a phrase are not speech.
    ("The “deal of the century” was signed.", "deal", "Putin: deal of the century"),
    # A quoted phrase is part of what was done: the title goes on past it.
    ("He posted on Truth Social that he was in “serious discussions” with Putin.", "posted",
     "Putin: posted on Truth Social that he was in “serious discussions” with Putin"),
    ('He said that Apple is " getting ready " for the switch to Intel .', "said",
     "Putin: said that Apple is \"getting ready\" for the switch to Intel"),
    # ... up to a comma inside its marks, which ends the clause.
    ("It has a new screen, dubbed a “retina display,” which shows more.", "dubbed",
     "Putin: dubbed a “retina display”"),
    # A noun event word: the title starts at the verb that acts on it.
    ("Apple Corps has filed a lawsuit against Apple Computer in London.", "lawsuit",
     "Putin: filed a lawsuit against Apple Computer in London"),
    ("Apple Corps have decided to take the case to the Court of Appeal.", "Court",
     "Putin: decided to take the case to the Court of Appeal"),
    # A subject that is no name comes along when its verb takes an object,
    # or is the event word.
    ("On Thursday, the central bank raised its key rate to 21%.", "key rate",
     "Putin: central bank raised its key rate to 21%"),
    ("The company filed a lawsuit against the regulator.", "lawsuit",
     "Putin: company filed a lawsuit against the regulator"),
    ("Ukrainian forces shelled the bridge overnight.", "shelled",
     "Putin: Ukrainian forces shelled the bridge overnight"),
    ("Masked gunmen robbed the bank overnight.", "robbed",
     "Putin: Masked gunmen robbed the bank overnight"),
    # ... or a place it happened in, when the event word names the cause.
    ("A shepherd died in the blaze overnight.", "blaze",
     "Putin: A shepherd died in the blaze overnight"),
    # Auxiliaries before a participle come along, and a subject with them.
    ("The fire had been brought under control at the weekend.", "brought",
     "Putin: fire had been brought under control at the weekend"),
    ("The farm buildings were destroyed, officials said.", "destroyed",
     "Putin: The farm buildings were destroyed"),
    # ... with its numbers and its owner.
    ("A 64-year-old shepherd was found dead on Aug. 12 near his farm.", "found",
     "Putin: 64-year-old shepherd was found dead on Aug. 12 near his farm"),
    ("The gang's $4.5 million demand was made public on Oct. 10.", "made",
     "Putin: gang's $4.5 million demand was made public on Oct. 10"),
    # ... or a person told by age alone, before a verb that takes a place.
    ("The 52-year-old appeared at Leeds Crown Court on Tuesday.", "Court",
     "Putin: 52-year-old appeared at Leeds Crown Court on Tuesday"),
    # ... but not a number that is the verb's object ("said 12 people").
    ("Officials said 12 people were killed in the blast on Monday.", "killed",
     "Putin: were killed in the blast on Monday"),
    ("Hundreds of people fled the city overnight.", "fled",
     "Putin: Hundreds of people fled the city overnight"),
    ("Thousands rallied in the city overnight.", "rallied",
     "Putin: Thousands rallied in the city overnight"),
    # ... with the phrase after its noun that says which: not the noun
    # after the preposition alone ("the agency resigned").
    ("The head of the agency resigned from the board.", "resigned",
     "Putin: head of the agency resigned from the board"),
    ("Relatives of the victims sued the airline.", "sued",
     "Putin: Relatives of the victims sued the airline"),
    ("Hours after the blast, relatives of the victims sued the airline.", "sued",
     "Putin: relatives of the victims sued the airline"),
    ("The talks between the union and management collapsed on Friday night.", "collapsed",
     "Putin: talks between the union and management collapsed on Friday night"),
    # ... not a pronoun, an adverb, an auxiliary or a description, nor a
    # phrase that goes on past a comma or a verb.
    ("The head of the agency, Lisa Ray, resigned from the board.", "resigned",
     "Putin: resigned from the board"),
    ("He also announced a new iPod.", "announced", "Putin: announced a new iPod"),
    ("Apple today unveiled its latest iPod.", "unveiled", "Putin: unveiled its latest iPod"),
    ("The sanctions imposed after the attack hit banks.", "attack", "Putin: attack hit banks"),
    # ... not a participle before a noun, nor a verb in another clause.
    ("The newly elected president's visit to Kyiv went well.", "visit",
     "Putin: visit to Kyiv went well"),
    ("Trump spoke, and a meeting in Riyadh followed.", "meeting",
     "Putin: meeting in Riyadh followed"),
    # A short phrase fronted before the subject is passed over.
    ("On the 30GB iPod, 75 hours of video can be stored.", "stored",
     "Putin: 75 hours of video can be stored"),
    ("Alongside this rumor, AppleInsider claims to have seen a new device.", "nothing",
     "Putin: AppleInsider claims to have seen a new device"),
    ("In 1998 Apple introduced the iMac, in 2001 the iPod.", "nothing",
     "Putin: In 1998 Apple introduced the iMac"),
    # ... but not a clause of its own, nor before a participle.
    ("On Monday Apple unveils iPad, a tablet costing $499.", "nothing",
     "Putin: On Monday Apple unveils iPad"),
    ("In May Apple sued Samsung, claiming it copied the iPhone.", "nothing",
     "Putin: In May Apple sued Samsung"),
    # A sentence adverb is passed over too, and a phrase fronted in what was said.
    ("Finally, new camera features are built into the phone.", "nothing",
     "Putin: new camera features are built into the phone"),
    ("Competition-wise, the BlackBerry is still the most popular phone.", "nothing",
     "Putin: the BlackBerry is still the most popular phone"),
    ("The insider said that, over the past weeks, his health declined.", "said",
     "Putin: insider said that, over the past weeks, his health declined"),
    # A name is no adverb, though it ends in -ly.
    ("Italy, France and Spain agreed to the deal.", "nothing", "Putin: Italy"),
    # Quotations inside quotations, and a clause that is only a quote mark.
    ('He said “a " b " c” on Monday, and left.', "said", 'Putin: said “a " b " c” on Monday'),
    ('"', "nothing", "Putin"),
    # The comma of a number, or of a phrase fronted in what was said, ends nothing.
    ("Jobs announced that there were 3,800 attendees.", "announced",
     "Putin: announced that there were 3,800 attendees"),
    ("Apple sold 300 iPods, 20 Macs and 5 phones.", "sold", "Putin: sold 300 iPods"),
    ("He said that in Riyadh, the talks went well.", "said",
     "Putin: said that in Riyadh, the talks went well"),
    ("Apple confirmed that Papermaster, 49, had left the company.", "confirmed",
     "Putin: confirmed that Papermaster, 49, had left the company"),
    # A clause cut off after its subject is dropped, not left dangling.
    ("Dmitriev told CNN that Russia, long isolated, was “open for cooperation.”", "told",
     "Putin: told CNN"),
    ("Putin said he would sign it.", "said", "Putin: said he would sign it"),
    # A date's commas end no clause.
    ("Putin began the war on Thursday, February 24, 2022, when troops crossed.", "began",
     "Putin: began the war on Thursday, February 24, 2022"),
    ("Putin began the war on Feb. 24, 2022.", "began", "Putin: began the war on Feb. 24, 2022"),
    # "May" the month ends a title; "may" the modal does not.
    ("Putin voted to extend martial law until May.", "voted",
     "Putin: voted to extend martial law until May"),
    ("Putin said the war may", "said", "Putin: said the war"),
    ("He predicted that the war could end within weeks and that Putin would accept it.",
     "predicted", "Putin: predicted that the war could end within weeks"),
    # After a quotation the speaker follows the verb; the title names them already.
    ("“They are very close to a final deal,” said the president, who met Macron.", "said",
     "Putin: said: “They are very close to a final deal…”"),
    ("“We are moving into the cloud,” said Apple CEO Steve Jobs during the keynote.", "said",
     "Putin: said during the keynote"),
    ("“We are ready,” said Zelensky's chief of staff Andriy Yermak on Monday.", "said",
     "Putin: said on Monday"),
    ("“We are ready to sign the deal,” said the president, who met Macron.", "said",
     "Putin: said: “We are ready to sign the deal…”"),
    # ... but not when the speaker comes first: that is whom he told.
    ("“Russia is one of the leaders,” Putin told state media correspondent Pavel Zarubin.",
     "told", "Putin: told state media correspondent Pavel Zarubin"),
    # A description set off after a short subject is passed over; not a
    # list, nor verbs in a row.
    ("The summit, originally scheduled for May, was moved to June.", "summit",
     "Putin: summit was moved to June"),
    ("The talks, which began in Riyadh, ended on Tuesday.", "talks", "Putin: talks ended on Tuesday"),
    ("Talks between Russia and Ukraine, which began in Riyadh, ended on Tuesday.", "Talks",
     "Putin: Talks between Russia and Ukraine ended on Tuesday"),
    ("The talks, Apple, Google and Microsoft said, were hard.", "talks", "Putin: The talks"),
    ("Apple, founded in 1976, Google and Microsoft met.", "Apple", "Putin: Apple"),
    ("Russia attacked Kyiv on Monday, killed 20 people, and then withdrew.", "attacked",
     "Putin: attacked Kyiv on Monday"),
    # A long title is not cut inside a name or a date.
    ("Zelensky arrived in Washington on Friday for talks with Trump at the White House.",
     "arrived", "Putin: arrived in Washington on Friday for talks with Trump at the White House"),
    ("Apple will hold its big annual worldwide developer conference from June 9 to June 13.",
     "hold", "Putin: hold its big annual worldwide developer conference from June 9 to June 13"),
])
def test_titles_say_who_did_what(clause: str, trigger: str, expected: str) -> None:
    assert make_title(["Putin"], [], clause, clause.find(trigger), "talks") == expected


@pytest.mark.parametrize("actor, clause, expected", [
    # A short clause is its own title: its subject is named once.
    ("Marco Rubio", "Marco Rubio flew home.", "Marco Rubio: flew home"),
    # ... but a name is not cut out of a longer one, which names it
    # already: the title needs no name before it.
    ("iPhone", "iPhone 4 will be available on June 24.", "iPhone 4 will be available on June 24"),
    ("Apple", "Apple Inc. rose 5 percent.", "Apple Inc. rose 5 percent"),
    ("Marco Rubio", "Marco Rubio and Sergei Lavrov met.", "Marco Rubio and Sergei Lavrov met"),
    ("Trump", "Trump administration officials will meet.",
     "Trump administration officials will meet"),
    ("Quillon", "Shares of Quillon have lagged the index.", "Shares of Quillon have lagged the index"),
    # ... and one named further on is put first.
    ("Quillon", "The broader technology index has comfortably outrun Quillon this year.",
     "Quillon: The broader technology index has comfortably outrun Quillon this year"),
    # A verb in -s, or after an adverb, follows its subject too.
    ("Donald Trump", "Donald Trump says he will meet Putin.", "Donald Trump: says he will meet Putin"),
    ("Donald Trump", "Donald Trump also signed the order.", "Donald Trump: also signed the order"),
])
def test_a_title_names_its_subject_once(actor: str, clause: str, expected: str) -> None:
    assert make_title([actor], [], clause, -1, "other") == expected


def test_a_title_stops_where_another_mention_of_the_sentence_begins(
        lexicon_options: Options) -> None:
    clause = "He fought cancer in 2004 and took six months off in early 2009."
    stop = clause.index("took")
    assert make_title(["Jobs"], [], clause, clause.index("fought"), "other", stop) \
        == "Jobs: fought cancer in 2004"
    frame = extract("Steve Jobs fought pancreatic cancer in 2004 and took six months off "
                    "in early 2009.", lexicon_options)
    assert sorted(frame["title"]) == ["Steve Jobs: fought pancreatic cancer in 2004",
                                      "Steve Jobs: took six months off in early 2009"]
    # ... unless that leaves too little to say what happened.
    clause = "He said that in 2017, Russia supplied 15% of American aluminium."
    assert make_title(["Putin"], [], clause, clause.index("said"), "statement",
                      clause.index("in 2017")) \
        == "Putin: said that in 2017, Russia supplied 15% of American aluminium"


@pytest.mark.parametrize("text, title", [
    ("The two sides agreed to a prisoner swap, the Kremlin said on Monday.",
     "Kremlin: two sides agreed to a prisoner swap"),
    ("The two sides agreed to a prisoner swap, the Kremlin said.",
     "Kremlin: two sides agreed to a prisoner swap"),
    ("Russian forces struck Kyiv overnight, killing nine people, officials said.",
     "Kyiv: killing nine people"),
])
def test_a_title_tells_what_a_source_told_not_that_it_spoke(lexicon_options: Options,
                                                           text: str, title: str) -> None:
    assert list(extract(text, lexicon_options)["title"]) == [title]


def test_an_event_word_inside_a_quotation_left_open_does_not_type_the_clause(
        lexicon_options: Options) -> None:
    text = ('Jobs resigned in a letter to the board stating, "I could no longer meet '
            'my duties as chief executive.')
    row = extract(text, lexicon_options).iloc[0]
    assert (row["event_type"], row["trigger"]) == ("personnel", "resigned")


@pytest.mark.parametrize("texts, kept", [
    # A country, a surname of a full name, a name after "Mr." stay actors.
    (("Turkey said on Monday it signed the deal.", "They ate turkey."), "Turkey"),
    (("Secretary of State Condoleezza Rice arrived in Cairo on Monday. "
      "Rice met Mubarak on Tuesday.", "Prices of rice rose."), "Condoleezza Rice"),
    (("Mr. Brown signed the deal on Monday.", "The brown bag was empty."), "Brown"),
    # Capitalised inside a sentence anywhere, it is a name.
    (("Apple said on Monday it sold more phones.", "He ate an apple, said Apple."), "Apple"),
])
def test_names_opening_a_sentence_stay_actors(texts: tuple[str, ...], kept: str,
                                               lexicon_options: Options) -> None:
    docs = [Document(doc_id=str(i), date=DAY, text=t) for i, t in enumerate(texts)]
    frame = extract_mentions(docs, lexicon_options)
    assert kept in frame[frame["doc_id"] == "0"].iloc[-1]["actors"]


def test_a_word_the_corpus_writes_in_lower_case_opening_a_sentence_is_no_actor(
        lexicon_options: Options) -> None:
    first = Document(doc_id="a", date=DAY, text="Industry analysts said on Monday that "
                     "Apple sold more phones. Apple said so too.")
    second = Document(doc_id="b", date=DAY, text="The industry grew on Monday, and "
                      "Apple pie sales grew as apple growers said.")
    frame = extract_mentions([first, second], lexicon_options)
    actors = {a for row in frame["actors"] for a in row}
    assert "Industry" not in actors
    # A name opening a sentence stays when the corpus capitalises it elsewhere too.
    assert "Apple" in actors
    alone = extract_mentions([first], lexicon_options)
    assert "Industry" in {a for row in alone["actors"] for a in row}


def test_a_plural_whose_singular_the_corpus_writes_in_lower_case_is_no_actor(
        lexicon_options: Options) -> None:
    first = Document(doc_id="a", date=DAY, text="Pickets gathered at the gate on Monday.")
    second = Document(doc_id="b", date=DAY, text="The picket line held on Tuesday. Greens won"
                      " on Monday, and the green vote rose.")
    frame = extract_mentions([first, second], lexicon_options)
    actors = {a for row in frame["actors"] for a in row}
    assert "Pickets" not in actors
    assert "Greens" in actors  # a party's members, whatever "green" means
    alone = extract_mentions([first], lexicon_options)
    assert "Pickets" in {a for row in alone["actors"] for a in row}


@pytest.mark.parametrize("text, reported", [
    ("Steve Jobs has chosen to step down from his post.", True),
    ("The army has already taken the city.", True),
    ("Jobs has been ill for a long time.", False),  # a state, not something done
    ("Jobs is known for his keynotes.", False),
    ("Jobs has not chosen a successor.", False),
    ("The two sides have to come to an agreement.", False),
    # Pasts that also read as nouns or adjectives after an article.
    ("The new iPhone is a bit thinner than the old one.", False),
    ("The Fed raises rates.", False),
])
def test_a_present_perfect_of_an_irregular_verb_reports_something_done(
        text: str, reported: bool, lexicon_options: Options) -> None:
    # In the body: an article's opening tells its news in any tense.
    frame = extract("Nothing is new here.\n" + text, lexicon_options)
    assert (not frame.empty) == reported
    if reported:
        row = frame.iloc[0]
        assert (row["date_end"], row["time_source"]) == (DAY, "article_date")


@pytest.mark.parametrize("text", [
    "He also stood in Jobs's place while the CEO underwent liver transplant surgery.",
    "The company kept its forecast and paid a dividend.",
    "Protesters fled the square.",
])
def test_irregular_simple_pasts_report_something_done(text: str, lexicon_options: Options) -> None:
    row = extract(text, lexicon_options).iloc[0]
    assert (row["date_end"], row["time_source"]) == (DAY, "article_date")


@pytest.mark.parametrize("text, actors", [
    # A pronoun after a subject named at the clause's start is theirs: no
    # one named before joins them.
    ("Dario Keszler spoke on Monday. Mr Reinholt defended his record on Tuesday.",
     ("Reinholt",)),
    ("Mark Feldstein, his lawyer, spoke on Monday. Ochoa acknowledged that he pleaded guilty"
     " in 2024.", ("Ochoa",)),
    # ... but a name that opens a quotation is not the subject, and a name
    # after a phrase is not either: "he" is the one named before.
    ("Daniel Whitcomb spoke on Monday outside the Northgate Bank offices. “Northgate sat on"
     " this for weeks,” he said on Tuesday.",
     ("Daniel Whitcomb", "Northgate")),
    ("Vladimir Putin spoke on Monday. After meeting Trump, he said on Tuesday the talks went"
     " well.", ("Vladimir Putin", "Donald Trump")),
])
def test_a_named_subject_keeps_its_pronoun(lexicon_options: Options, text: str,
                                           actors: tuple[str, ...]) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 9, 5))
    last = frame[frame["sentence_index"] == 1]
    assert set(map(tuple, last["actors"])) == {actors}


@pytest.mark.parametrize("text, actor", [
    # "He" is a person: not a product or a company named in between.
    ("Steve Jobs spoke on Monday. Sales of the MacBook Air rose. He praised it on Monday.",
     "Steve Jobs"),
    ("Steve Jobs spoke on Monday. Sales of Tiger rose at Apple. He praised it on Monday.",
     "Steve Jobs"),
    # The person a sentence is about, named first, not the last one named.
    ("Steve Jobs left on Monday. Tim Cook was recommended by Jobs to take over. He is known "
     "for his calm. He received a bonus on Monday.", "Tim Cook"),
    # "who" with no name before it in its sentence: the person named last.
    ("President Donald Trump spoke with Vladimir Putin on Tuesday. The Russian leader, who "
     "agreed to a ceasefire on Wednesday, was happy.", "Vladimir Putin"),
    # A configured alias is a person's name ("Zelensky" of Volodymyr Zelenskyy).
    ("President Donald Trump met Zelensky on Friday. Zelensky said on Saturday the talks "
     "failed. He added on Sunday that Ukraine would hold.", "Volodymyr Zelenskyy"),
    # A quotation's names are not what the sentence is about.
    ("Tim Cook spoke on Monday. Steve Jobs said: \"Bill Gates called me.\" He left on Monday.",
     "Steve Jobs"),
    # "He", named again later in his sentence, still leads ...
    ("Apple CEO Steve Jobs left on Monday. Jobs did not say why. He left Timothy Cook in "
     "charge on Monday, as in Jobs' last absences.", "Steve Jobs"),
    # ... but "his" after a named subject is not the subject.
    ("Steve Jobs spoke on Sunday. Tim Cook praised his boss Steve Jobs on Monday.",
     "Tim Cook"),
])
def test_he_is_the_person_the_story_is_about(lexicon_options: Options, text: str,
                                             actor: str) -> None:
    last = extract(text, lexicon_options).iloc[-1]
    assert last["title"].split(":")[0].split(", ")[0] == actor


@pytest.mark.parametrize("text, people", [
    ("CEO Tim Cook met Steve Jobs. Jobs and Cook spoke of the MacBook Air and Mac OS X.",
     {"Tim Cook", "Steve Jobs", "Jobs", "Cook"}),
    # A company's name before a longer name makes that a thing's.
    ("Apple said future Apple Macintosh computers use Intel chips.", set()),
    # A lone word is no one's name unless it is known: a configured alias.
    ("Macron flew in on Monday. Tiger sold well.", set()),
    ("Zelensky flew in on Monday.", {"Zelensky"}),
    # "that" introduces a clause, not a thing.
    ("Apple said that Steve Jobs would speak.", {"Steve Jobs"}),
])
def test_people_are_names_that_read_as_persons(text: str, people: set[str]) -> None:
    from timeline.entities import classify, find_names, people_named
    known = {"Volodymyr Zelenskyy", "Zelensky"}
    assert set(people_named(text, classify(text, find_names(text)), known=known)) == people


@pytest.mark.parametrize("sentence, refers_back", [
    ("The announcement was long-awaited but not a surprise.", True),
    ("This release left only one PowerPC computer on sale.", True),
    ("Monday's email announcement marked the third time.", True),
    ("The talks lasted four hours.", True),
    ("The company also announced an update.", False),  # a verb, not a noun
    ("The group said the move was a first step.", False),
    ("The overall annual revenue made up $7.1 billion.", False),  # a quantity
    ("“The agreement is being worked on now,” Trump said.", False),  # the speaker's words
    ("Apple's announcement was long-awaited.", False),  # an owner's, maybe first told here
    ("The next meeting was held in Paris.", False),  # another event
    ("The leaders sign the agreement this week.", False),  # a verb after a plural
    ("The leaders will meet again in Moscow soon.", False),  # a verb after a modal
    ("The court sentenced him to 16 years.", False),  # an institution
    ("The death toll rose to 12.", False),  # a figure
    ("Ukraine was absent from the negotiations in Kyiv.", True),  # took part, or not
    ("Lavrov attended the talks in Moscow.", True),
    ("Lavrov praised the talks.", False),  # a happening of its own
    ("Lavrov attended the next meeting.", False),  # another event
    ("Macron hosted the visiting French delegation.", False),  # an adjective
    ("Belarus joined the agreement.", False),  # one joins a treaty long after
    # An event named by its owner, in a clause with no time of its own.
    ("Since its launch the phone has sold 3 million units.", True),
    ("Crowds gathered for its unveiling.", True),
    ("Their iPhone launch drew crowds.", True),
    ("His comments drew criticism.", False),  # any of his statements
    ("Its next launch drew crowds.", False),  # another event
    ("Its launch on Friday drew crowds.", False),  # dated by its own time
    ("Its chief resigned.", False),  # a verb
    ("Samsung’s launch drew smaller crowds.", False),  # a name's: maybe another's
    ("Reporters asked her about the launch.", False),  # "her", an object
    ("That’s the launch fans wanted.", False),  # "that is"
])
def test_a_definite_event_noun_tells_again_an_event_told_before(
        lexicon_options: Options, sentence: str, refers_back: bool) -> None:
    frame = extract("Apple unveiled the iPhone on Monday. " + sentence, lexicon_options)
    later = frame[frame["sentence_index"] == 1]
    assert len(later) == 1
    assert later.iloc[0]["refers_back"] == refers_back
    assert not frame.iloc[0]["refers_back"]


# Officials met last week; the article's story day is Monday the 24th.
_RIYADH = ("Putin said on Monday that he was ready for a deal. "
           "Officials met in Riyadh, Saudi Arabia, last week with Sergey Lavrov. ")


@pytest.mark.parametrize("between, sentence, dated_by_the_talks", [
    # Took part in, or kept out of, the happening told before: its time.
    ("", "Ukraine was absent from the negotiations in Saudi Arabia.", True),
    ("", "Sergey Lavrov attended the talks.", True),
    ("", "Ukraine was absent from the meeting in Riyadh.", True),
    # A happening of its own, told on the story's day.
    ("", "Zelenskyy praised the negotiations in Saudi Arabia.", False),
    # Another place, another meeting, or no party in common: not the talks.
    ("", "Ukraine was absent from the negotiations in Geneva.", False),
    ("", "Ukraine attended the next meeting.", False),
    ("", "Narendra Modi skipped the summit.", False),
    ("", "Lavrov attended the meeting's aftermath.", False),
    # The nearest meeting it can name is a plan: it names none.
    ("Officials will meet again in Saudi Arabia next month. ",
     "Ukraine was absent from the negotiations in Saudi Arabia.", False),
    # Types whose words are happenings of their own: "the funeral" is not
    # "died", and one joins a treaty long after it was signed.
    ("Lavrov's predecessor died in Moscow last week. ", "Lavrov attended the funeral.", False),
    ("Russia signed the agreement in Moscow last week. ", "Belarus joined the agreement.",
     False),
])
def test_taking_part_in_a_happening_told_before_is_of_its_time(
        lexicon_options: Options, between: str, sentence: str, dated_by_the_talks: bool) -> None:
    frame = extract(_RIYADH + between + sentence, lexicon_options)
    later = frame[frame["sentence"] == sentence].iloc[0]
    talks = frame[frame["time_text"] == "last week"].iloc[0]
    if dated_by_the_talks:
        assert (later["date"], later["date_end"]) == (date(2025, 2, 17), date(2025, 2, 23))
        assert later["time_source"] == "inherited" and later["time_text"] == "last week"
        assert (later["time_start"], later["time_end"]) == (talks["time_start"], talks["time_end"])
        assert later["refers_back"]
    else:
        assert later["date"] >= DAY - timedelta(days=ANCHOR_WINDOW_DAYS)
        assert later["time_text"] != "last week"


_STORE = "Apple launched the iTunes store in Cupertino on April 28, 2003. "


@pytest.mark.parametrize("before, sentence, dated_by_the_launch", [
    ("", "Since its launch the store has sold 3 billion songs.", True),
    ("", "Crowds have queued since its launch.", True),
    # A name's event may be another's: "Samsung’s launch" is not Apple's.
    ("", "Samsung’s launch drew smaller crowds.", False),
    # Nothing told before that the noun can name, or only a plan: the
    # clause keeps the article's date.
    ("", "Since his resignation the store has sold 3 billion songs.", False),
    ("Apple will launch a store in Paris next year. ",
     "Since its launch the store has sold 3 billion songs.", False),
    # The owner's words are any of his statements.
    ("Jobs said on April 28, 2003 that it would sell well. ", "His comments drew praise.", False),
])
def test_an_event_named_by_its_owner_is_of_the_event_told_before(
        lexicon_options: Options, before: str, sentence: str, dated_by_the_launch: bool) -> None:
    frame = extract(_STORE + before + sentence, lexicon_options)
    later = frame[frame["sentence"] == sentence].iloc[0]
    if dated_by_the_launch:
        assert (later["date"], later["date_end"]) == (date(2003, 4, 28), date(2003, 4, 28))
        assert later["time_source"] == "inherited" and later["refers_back"]
        from timeline.merge import merge_mentions
        _, merged = merge_mentions(frame, lexicon_options)
        launch = frame[frame["sentence_index"] == 0].iloc[0]
        assert merged.set_index("mention_id").at[later["mention_id"], "event_id"] \
            == merged.set_index("mention_id").at[launch["mention_id"], "event_id"]
    else:
        assert later["date"] >= DAY - timedelta(days=ANCHOR_WINDOW_DAYS)


def test_taking_part_in_a_happening_told_without_a_time_takes_none(
        lexicon_options: Options) -> None:
    frame = extract("Officials met in Riyadh, Saudi Arabia. "
                    "Ukraine was absent from the negotiations in Saudi Arabia.", lexicon_options)
    later = frame[frame["sentence_index"] == 1].iloc[0]
    assert later["time_source"] == "article_date" and later["date_end"] == DAY


@pytest.mark.parametrize("text, time_text", [
    # A time between an article and a noun, or before "'s", names which
    # event the noun is; the clause's own time, as precise, dates it.
    ("Hamas released three hostages seized in the October 7 attack on Saturday.", "Saturday"),
    ("Putin praised Friday's talks on Sunday.", "Sunday"),
    # A more precise time wins, whichever names a noun.
    ("Putin defended the 2014 annexation on Monday.", "Monday"),
    # Nothing to choose between: the only time dates the clause.
    ("Hamas released three hostages on Saturday.", "Saturday"),
    # A time naming the clause's subject is the clause's own.
    ("The 2024 election was the closest since 2000.", "2024"),
    ("Tuesday's vote passed narrowly after a debate on Monday.", "Tuesday"),
    ("Officials said Friday's talks ended without a deal despite a ceasefire on Thursday.",
     "Friday"),
])
def test_a_time_that_names_a_noun_gives_way_to_the_clauses_own(
        lexicon_options: Options, text: str, time_text: str) -> None:
    frame = extract(text, lexicon_options)
    assert list(frame["time_text"]) == [time_text]


@pytest.mark.parametrize("clause, expected", [
    # The noun a relative pronoun stands for did it, not the sentence's subject.
    ("Police are searching for the gunman who opened fire on Sunday.",
     "Police: gunman opened fire on Sunday"),
    ("Officials interviewed the soldiers that fled on Sunday.",
     "Police: soldiers fled on Sunday"),
])
def test_a_relative_clause_title_names_the_noun_it_is_about(clause: str, expected: str) -> None:
    trigger = clause.index("opened" if "opened" in clause else "fled")
    assert make_title(["Police"], [], clause, trigger, "other") == expected


@pytest.mark.parametrize("clause, expected", [
    # A clause that opens on the noun is about it, relative clause and all.
    ("The man who attacked the crowd on Thursday was an Afghan.",
     "man who attacked the crowd on Thursday was an Afghan"),
    ("Officials who fled the city will return on Monday.",
     "Officials who fled the city will return on Monday"),
])
def test_a_subject_with_a_relative_clause_stays_whole(clause: str, expected: str) -> None:
    assert make_title([], [], clause, clause.index("attacked" if "attacked" in clause else "fled"),
                      "other") == expected


@pytest.mark.parametrize("clause, trigger, actors, expected", [
    # The event word names the occasion set before the subject: the title
    # tells what the clause says of it.
    ("At a summit in Paris on Monday, European leaders discussed sending troops to Ukraine.",
     "summit", [], "European leaders discussed sending troops to Ukraine"),
    ("During talks in Riyadh on Tuesday, the two sides agreed to restore embassies.",
     "talks", [], "the two sides agreed to restore embassies"),
    # ... naming its subject once, as the title's first actor.
    ("In an interview with Fox News on Friday, Trump criticised Zelensky.",
     "interview", ["Fox News", "Donald Trump"], "Donald Trump, Fox News: criticised Zelensky"),
    ("In a statement on Monday, the Kremlin said talks would continue.",
     "statement", ["Kremlin"], "Kremlin: said talks would continue"),
    # Not when the clause after it says too little ...
    ("At a press conference on Monday, Trump said.", "press", ["Donald Trump"],
     "Donald Trump: press conference on Monday"),
    # ... nor when the opening phrase is a clause with its own verb.
    ("On Monday Apple unveils iPad, a tablet costing $499.", "unveils", ["Apple"],
     "On Monday Apple unveils iPad"),
    # ... nor when an aside, not the subject, follows its comma.
    ("In the attack on Monday, according to police, gunmen killed 12 people.",
     "attack", [], "attack on Monday"),
])
def test_a_title_tells_what_happened_at_the_occasion_set_before_it(
        clause: str, trigger: str, actors: list[str], expected: str) -> None:
    assert make_title(actors, [], clause, clause.index(trigger), "talks") == expected


def test_a_subject_is_named_once_in_any_spelling() -> None:
    assert make_title(["Volodymyr Zelenskyy"], [], "Zelensky awarded medals on Monday.", -1,
                      "other") == "Volodymyr Zelenskyy: awarded medals on Monday"


@pytest.mark.parametrize("text", [
    "On Monday, lawmakers will vote again.",
    "On Monday, lawmakers who fought the bill will vote again.",
])
def test_a_time_opening_the_sentence_is_no_title_of_its_own(lexicon_options: Options,
                                                           text: str) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 2, 25))
    assert list(frame["title"]) == [text[len("On Monday, "):].rstrip(".")]
    # The Monday ahead: "will vote", whatever the relative clause tells.
    assert list(frame["date"]) == [date(2025, 3, 3)]


@pytest.mark.parametrize("text, actors, title", [
    # A subject named by a common noun is not whoever was named last.
    ("Trump called for lower rates on Monday. The central bank last cut rates in December.",
     (), "cut rates in December"),
    ("Steve Jobs unveiled the iPad on Monday. Its price was cut in June.",
     (), "price was cut in June"),
    ("Apple unveiled the iPad on Monday. The company said on Tuesday it would ship in April.",
     (), "company said on Tuesday it would ship in April"),
    # ... though a number's comma follows it.
    ("Trump called for lower rates on Monday. The union said the cut had cost 40,000 jobs.",
     (), "union said the cut had cost 40,000 jobs"),
    # Nor are people named by what they do, nor "they" after them.
    ("Trump called for lower rates on Monday. Survivors said on Tuesday they had lost"
     " everything.", (), "Survivors said on Tuesday they had lost everything"),
    ("Trump called for lower rates on Monday. Investors welcomed the cut on Tuesday.",
     (), "Investors welcomed the cut on Tuesday"),
    # Nor is a source left unnamed ("a person familiar with the matter").
    ("Trump called for lower rates on Monday. An official said on Tuesday the bank would wait.",
     (), "official said on Tuesday the bank would wait"),
    ('Trump called for lower rates on Monday. “Rates must fall,” said a banker who asked not'
     ' to be named.', (), "Rates must fall"),
    # ... nor counts of people, nor a fire.
    ("Trump called for lower rates on Monday. Hundreds of people lined the road on Tuesday.",
     (), "Hundreds of people lined the road on Tuesday"),
    ("Trump called for lower rates on Monday. The blaze broke out on Tuesday near a village.",
     (), "blaze broke out on Tuesday near a village"),
    # ... after a phrase of time with no comma too.
    ("Trump called for lower rates on Monday. On Tuesday the fire brigade said the blaze was"
     " out.", (), "fire brigade said the blaze was out"),
    ("Trump called for lower rates on Monday. On Tuesday the fire brigade said the blaze was"
     " out, with no active fronts.", (), "fire brigade said the blaze was out"),
    # ... after a participle too, which is no name nor the event word.
    ("Trump called for lower rates on Monday. Unidentified attackers killed two guards on"
     " Tuesday.", (), "Unidentified attackers killed two guards on Tuesday"),
    ("Trump called for lower rates on Monday. Masked gunmen robbed a bank on Tuesday.",
     (), "Masked gunmen robbed a bank on Tuesday"),
    # ... and a noun of people's ("Doctors' groups").
    ("Trump called for lower rates on Monday. Doctors' groups warned on Tuesday of shortages.",
     (), "Doctors' groups warned on Tuesday of shortages"),
    # ... nor a longer subject: with numbers, a phrase after its noun or an
    # aside between commas.
    ("Trump called for lower rates on Monday. The 96-page report was published on Tuesday.",
     (), "96-page report was published on Tuesday"),
    ("Trump called for lower rates on Monday. The five-week gap between the discovery and the"
     " announcement drew criticism on Tuesday.", (), "announcement drew criticism on Tuesday"),
    ("Trump called for lower rates on Monday. The vote on Tuesday evening, passed by 61 to 4,"
     " creates a panel of 11 senators.", (), "vote on Tuesday evening creates a panel of 11"
     " senators"),
    ("Trump called for lower rates on Monday. The agreement, signed on Tuesday, splits the"
     " difference.", (), "agreement splits the difference"),
    # ... nor is a name before "which" anyone but itself.
    ("Trump called for lower rates on Monday. Norway and Cuba, which act as guarantors, urged"
     " both sides on Tuesday to talk.", ("Norway", "Cuba"),
     "Norway, Cuba: urged both sides on Tuesday to talk"),
    # A pronoun or a title still means someone named before.
    ("Trump called for lower rates on Monday. He spoke again on Tuesday.",
     ("Donald Trump",), "Donald Trump: spoke again on Tuesday"),
    ("President Donald Trump spoke on Monday. The president said on Tuesday he was ready.",
     ("Donald Trump",), "Donald Trump: president said on Tuesday he was ready"),
])
def test_a_thing_as_subject_takes_no_actor_from_before(lexicon_options: Options, text: str,
                                                       actors: tuple[str, ...],
                                                       title: str) -> None:
    frame = extract(text, lexicon_options)
    second = frame[frame["sentence_index"] == 1].iloc[-1]
    assert (tuple(second["actors"]), second["title"]) == (actors, title)


@pytest.mark.parametrize("text, actors", [
    # What a body owns, or the body itself, may be the one named before.
    ("Acme Corp reported a loss on Monday. The company's shares fell 4% on Tuesday.",
     ("Acme",)),
    ("Acme Corp reported a loss on Monday. The company's shares, which have fallen since the"
     " recall, edged down on Tuesday.", ("Acme",)),
    ("Acme Corp reported a loss on Monday. The company, founded in 2008, won approval on"
     " Tuesday.", ("Acme",)),
    ("Boeing said on Monday it would cut jobs. The planemaker, which has lost billions since"
     " 2019, will report results on Oct. 23.", ("Boeing",)),
    # So may a person told by age, and a noun's owner.
    ("Police charged John Smith on Monday. The 52-year-old appeared in court on Tuesday.",
     ("John Smith",)),
    ("Police charged John Smith on Monday. The suspect, 34, appeared in court on Tuesday.",
     ("John Smith",)),
    ("Mayor Eric Adams unveiled a housing plan on Monday. The city's mayor said on Tuesday the"
     " plan would cost $2 billion.", ("Eric Adams",)),
    # A relative clause on its own stands for the name before it.
    ("Pinegate, which filed for bankruptcy in November 2023, was sold on Tuesday.",
     ("Pinegate",)),
])
def test_a_subject_that_may_be_named_before_keeps_its_actor(lexicon_options: Options,
                                                           text: str,
                                                           actors: tuple[str, ...]) -> None:
    frame = extract(text, lexicon_options)
    last = frame[frame["sentence_index"] == frame["sentence_index"].max()]
    assert set(map(tuple, last["actors"])) == {actors}


@pytest.mark.parametrize("text, actors", [
    # A "who" after a name in the clause is that name's: no one named before.
    ("Ravi Dhillon spoke on Monday. Maureen Sallis, who runs a café, said on Tuesday takings"
     " had fallen.", ("Maureen Sallis",)),
    ("Ravi Dhillon spoke on Monday. Fans who march behind the band said on Tuesday they would"
     " march again.", ()),
    # ... but a title before it may stand for the one named before, even
    # with a name in it.
    ("Nils Ekberg, the UN envoy, arrived on Monday. The UN envoy, who flew in from Geneva, met"
     " rebels on Tuesday.", ("Nils Ekberg", "UN")),
    ("Ravi Dhillon spoke on Monday. The organiser, who called the strike, said on Tuesday it"
     " would go on.", ("Ravi Dhillon",)),
])
def test_who_after_a_name_takes_no_actor_from_before(lexicon_options: Options, text: str,
                                                     actors: tuple[str, ...]) -> None:
    frame = extract(text, lexicon_options, day=date(2025, 9, 5))
    last = frame[frame["sentence_index"] == 1]
    assert [tuple(a) for a in last["actors"]] == [actors]


def test_a_thing_told_with_which_takes_no_actor_from_before(lexicon_options: Options) -> None:
    frame = extract("Ana Correia said on Monday that talks had failed. The strikes, which began"
                    " on March 3, cancelled trains on Tuesday.", lexicon_options)
    second = frame[frame["sentence_index"] == 1]
    assert sorted(second["title"]) == ["strikes began on March 3", "strikes cancelled trains on"
                                       " Tuesday"]
    assert [tuple(a) for a in second["actors"]] == [(), ()]


def test_a_title_past_a_comma_with_no_subject_before_it_is_made() -> None:
    # An aside with no words before its comma once raised IndexError.
    clause = "Owen Price said , the chief of the fire service, on Sunday."
    assert make_title(["Owen Price"], [], clause, clause.index(" ,"), "statement",
                      len(clause) - 1) == "Owen Price: said"


def test_an_aside_after_the_occasion_is_not_the_title() -> None:
    clause = "During the meeting on Tuesday, which lasted three hours, the leaders discussed Ukraine."
    title = make_title([], [], clause, clause.index("meeting"), "talks")
    assert title.startswith("meeting on Tuesday") and "lasted" not in title


@pytest.mark.parametrize("text, event_type", [
    # A body's vote is no election; what it decides may type it.
    ("Lawmakers voted on Monday to approve the budget.", "vote"),
    ("Policymakers voted on Monday to leave the benchmark rate unchanged.", "business"),
    ("The Fed reduced rates by 25 basis points on Monday.", "business"),
    ("Voters went to the polls on Sunday.", "election"),
    # A result in votes is an election's.
    ("The conservatives won the most votes on Sunday.", "election"),
    ("The party took 28.6 percent of the vote on Sunday.", "election"),
])
def test_votes_and_elections_are_told_apart(lexicon_options: Options, text: str,
                                            event_type: str) -> None:
    assert list(extract(text, lexicon_options)["event_type"]) == [event_type]


@pytest.mark.parametrize("text, event_type, trigger", [
    # A word of a name ("District Court", "G20 Summit") names an institution
    # or an occasion: the same type's word in lower case is the event word.
    ("Judge Amy Berman Jackson, of the U.S. District Court, ruled on Tuesday that ByteDance "
     "was likely to succeed.", "legal", "ruled on"),
    ("Leaders at the G20 Summit held talks on Monday.", "talks", "talks"),
    # ... and with no other word, the name's still types the clause,
    # whatever other type's word follows ("said").
    ("The Riyadh Summit ended on Tuesday.", "talks", "Summit"),
    ("The Supreme Court said on Monday that the law stands.", "legal", "Court"),
    # A judge's ruling told in other words.
    ("A US judge halted the forced sale of TikTok on Tuesday.", "legal", "US judge"),
    # A name that is no subject gives way to every other type's word.
    ("Wallen told NBC's Meet the Press on Sunday that he was grateful.", "statement", "told"),
    ("Leaders at the G20 Summit signed a deal on Monday.", "agreement", "signed"),
    # With no event word, the clause's verb is none of a name's words.
    ("The Senate Armed Services Committee held a hearing on Monday.", OTHER, "held"),
])
def test_the_event_word_is_no_word_of_a_name(lexicon_options: Options, text: str,
                                             event_type: str, trigger: str) -> None:
    [row] = extract(text, lexicon_options).itertuples()
    assert (row.event_type, row.trigger) == (event_type, trigger)


@pytest.mark.parametrize("actor, clause, expected", [
    # A description set off after a name is passed over ...
    ("Ted Cruz", "Sen. Ted Cruz, the Texas Republican who leads the committee, will hold a "
     "hearing next Tuesday.", "Ted Cruz: will hold a hearing next Tuesday"),
    ("Donald Trump", "Trump, a Republican, won the election.", "Donald Trump: won the election"),
    # A courtesy title is no part of the subject's name.
    ("Shou Zi Chew", "Mr Chew will travel to London.", "Shou Zi Chew: will travel to London"),
])
def test_a_title_passes_over_who_the_subject_is(actor: str, clause: str, expected: str) -> None:
    assert make_title([actor], [], clause, -1, "other") == expected


def test_a_saying_dated_apart_from_what_was_said_says_what_it_was(
        lexicon_options: Options) -> None:
    frame = extract("Ted Cruz said on Wednesday that lawmakers would hold a hearing next week.",
                    lexicon_options)
    assert sorted(frame["title"]) == [
        "Ted Cruz: said on Wednesday that lawmakers would hold a hearing next week",
        "lawmakers would hold a hearing next week"]
    # ... up to that clause's time when all of it is too long.
    frame = extract("Donald Trump said on Wednesday that he would meet Putin before the end of "
                    "the month in Saudi Arabia.", lexicon_options)
    assert "Donald Trump: said on Wednesday that he would meet Putin" in list(frame["title"])


@pytest.mark.parametrize("clause, expected", [
    # Not a list of names, nor a clause after a fronted phrase.
    ("Apple, the BBC, and Google will cooperate.", "Apple"),
    ("Across Europe, a wave of strikes hit airports on Monday, stranding thousands.",
     "Across Europe"),
    # A demonstrative opening a clause stays.
    ("That figure rose on Monday.", "That figure rose on Monday"),
])
def test_a_title_keeps_what_is_no_description(clause: str, expected: str) -> None:
    assert make_title([], [], clause, -1, "other") == expected



@pytest.mark.parametrize("before", [
    "The company was fined by the Information Commissioner's Office in April.",
    "Commissioner Henna Virkkunen said in April that the fine stands.",
])
def test_a_title_as_subject_means_its_holder_not_whoever_was_named(
        lexicon_options: Options, before: str) -> None:
    frame = extract(f"{before} The president spoke on Monday.", lexicon_options)
    spoke = frame[frame["sentence_index"] == 1].iloc[0]
    assert tuple(spoke["actors"]) == ()


def test_a_body_named_by_its_initials_is_one_actor(lexicon_options: Options) -> None:
    frame = extract("The European Central Bank (ECB) raised interest rates on Thursday. "
                    "The ECB said on Friday that inflation was too high.", lexicon_options)
    assert [tuple(a) for a in frame["actors"]] == [("European Central Bank",)] * 2


def test_a_capitalised_word_inside_a_clause_carries_no_tense(lexicon_options: Options) -> None:
    # "Meet" of "Meet the Press" is a show's name: "told" dates the Sunday
    # before the article (DAY is a Monday), not the one after.
    [row] = extract("Wallen told NBC's Meet the Press on Sunday that he was grateful.",
                    lexicon_options).itertuples()
    assert (row.date, row.status) == (DAY - timedelta(days=1), "happened")
    # ... but a headline's capitals are its words.
    [row] = extract("Trump Will Meet Putin on Friday", lexicon_options).itertuples()
    assert row.status == "planned"



@pytest.mark.parametrize("text, told, day, latest, event_type", [
    # "a day after <what happened>": that many days before the sentence's day.
    ("Merz said on Sunday that Europe must be ready, a day after the leaders of Britain,"
     " France and Ukraine met in London.",
     "the leaders of Britain, France and Ukraine met in London", date(2025, 2, 22),
     date(2025, 2, 22), "talks"),
    ("He was sworn in on Saturday, two days after the vote.", "the vote", date(2025, 2, 20),
     date(2025, 2, 20), "vote"),
    ("The talks ended on Friday, the day before the ceasefire took effect.",
     "the ceasefire took effect", date(2025, 2, 22), date(2025, 2, 22), "agreement"),
    # "hours after" may cross midnight.
    ("Drones hit Kyiv on Sunday, hours after talks collapsed in Riyadh.",
     "talks collapsed in Riyadh", date(2025, 2, 22), date(2025, 2, 23), "talks"),
    # Set off by commas before the sentence's verb, the phrase ends at its comma.
    ("On Friday, two days after the vote, Kettering announced that she would appeal.",
     "the vote", date(2025, 2, 19), date(2025, 2, 19), "vote"),
    # ... but a list's comma does not end it.
    ("On Thursday, the day after Russia, Ukraine and the US met in Riyadh, the Kremlin"
     " rejected the plan.", "Russia, Ukraine and the US met in Riyadh", date(2025, 2, 19),
     date(2025, 2, 19), "talks"),
])
def test_what_came_days_apart_from_the_sentences_day_is_dated_by_it(
        lexicon_options: Options, text: str, told: str, day: date, latest: date,
        event_type: str) -> None:
    frame = extract(text, lexicon_options)
    assert len(frame) == 2
    row = frame[frame["sentence"] == told].iloc[0]
    assert (row["date"], row["date_end"], row["event_type"]) == (day, latest, event_type)
    # The rest of the sentence keeps its own day, and no more the other's words.
    main = frame[frame["sentence"] != told].iloc[0]
    assert main["time_text"] in text and told not in main["title"]


@pytest.mark.parametrize("text", [
    # No day to count from, no event told, or no day counted.
    "Merz said Europe must be ready, a day after the leaders met in London.",
    "He died on Friday, two days before his 70th birthday.",
    "He resigned on Friday, just days after the scandal broke.",
])
def test_days_apart_from_no_day_date_nothing(lexicon_options: Options, text: str) -> None:
    assert len(extract(text, lexicon_options)) == 1


@pytest.mark.parametrize("later, day, latest, event_type", [
    # Counted from the day the article told the quake (Saturday 22 Feb).
    ("The government declared a state of emergency the day after the quake.",
     date(2025, 2, 23), date(2025, 2, 23), "statement"),
    ("Rescuers pulled a girl from the rubble three days after the earthquake.",
     date(2025, 2, 25), date(2025, 2, 25), OTHER),
    ("Two days before the quake, seismologists recorded a swarm of tremors.",
     date(2025, 2, 20), date(2025, 2, 20), OTHER),
    # "hours after" may cross midnight.
    ("Hours after the quake, the president flew to the region.",
     date(2025, 2, 22), date(2025, 2, 23), "visit"),
    # "the week after": the seven days after it, none past the article's day.
    ("Schools reopened the week after the quake.", date(2025, 2, 23), date(2025, 2, 26), OTHER),
])
def test_days_after_a_happening_told_before_count_from_its_day(
        lexicon_options: Options, later: str, day: date, latest: date, event_type: str) -> None:
    text = "An earthquake struck the region on Saturday, killing 40 people. " + later
    frame = extract(text, lexicon_options, day=date(2025, 2, 26))
    row = frame[frame["sentence"] == later].iloc[0]
    assert (row["date"], row["date_end"]) == (day, latest)
    # The phrase is its time; the quake it names is not what the sentence tells.
    assert row["event_type"] == event_type and row["time_text"] in later


def test_days_after_a_happening_of_last_week_move_the_week(lexicon_options: Options) -> None:
    later = "The government declared a state of emergency the day after the quake."
    text = "An earthquake struck the region last week. " + later
    frame = extract(text, lexicon_options, day=date(2025, 2, 26))
    row = frame[frame["sentence"] == later].iloc[0]
    assert (row["date"], row["date_end"], row["precision"]) == \
        (date(2025, 2, 18), date(2025, 2, 24), "vague")


@pytest.mark.parametrize("later, expected", [
    # Counted from the quake itself, not from what came of it later.
    ("By Sunday, the death toll from the quake had risen to 40. Two days after the quake,"
     " rescuers pulled a girl from the rubble.", "Two days after the quake"),
    # A span or a duration is no count of days; a noun with a date is its own.
    ("In the days after the quake, aid poured in.", None),
    ("Schools were closed for a day after the quake.", None),
    ("Three days after the June 1 vote, protests began.", None),
])
def test_a_count_off_a_happening_needs_the_happening_and_a_count(
        lexicon_options: Options, later: str, expected: str | None) -> None:
    text = "An earthquake struck the region on Thursday. " + later
    frame = extract(text, lexicon_options, day=date(2025, 6, 9))
    counted = frame[frame["time_text"].str.contains("after the", regex=False)]
    if expected is None:
        assert counted.empty
    else:
        assert list(counted["date"]) == [date(2025, 6, 7)]


def test_a_relative_clause_counting_days_keeps_the_saying_on_the_story_day(
        lexicon_options: Options) -> None:
    said = ("Senator Porter, who demanded the hearing a day after the bank's announcement,"
            " said the explanation did not pass the smell test.")
    frame = extract("The hearing was held on Tuesday. " + said, lexicon_options,
                    day=date(2025, 2, 26))
    row = frame[frame["sentence"] == said].iloc[0]
    assert (row["date"], row["date_end"]) == (date(2025, 2, 25), date(2025, 2, 25))


@pytest.mark.parametrize("earlier", [
    # No happening of that noun told before, or none within a week.
    "Officials met in the capital on Saturday.",
    "An earthquake struck the region in 2023.",
    # A quake whose day is only the story's, taken by a clause that names none.
    "Officials met on Saturday. The quake destroyed hundreds of homes.",
])
def test_days_after_a_happening_not_told_take_no_day_of_it(lexicon_options: Options,
                                                           earlier: str) -> None:
    later = "The government declared a state of emergency the day after the quake."
    frame = extract(earlier + " " + later, lexicon_options, day=date(2025, 2, 26))
    row = frame[frame["sentence"] == later].iloc[0]
    # Nor the story's day: the phrase says it lies a day off it.
    assert row["time_text"] == "" and row["precision"] == "vague"


def test_what_a_correction_retracts_is_no_fact(lexicon_options: Options) -> None:
    text = ("Police arrested two men on Oct. 16. Correction: An earlier version of this article"
            " said the arrests were made on Oct. 15. They were made on Oct. 16.")
    frame = extract(text, lexicon_options, day=date(2025, 10, 24))
    assert date(2025, 10, 15) not in set(frame["date"])
    # The note's label is no party to what it says.
    assert all("Correction" not in actors for actors in frame["actors"])
    # What someone says a report got wrong is their saying, quoted or not.
    said = "The minister said on Monday that the report wrongly stated the figures."
    assert len(extract(said, lexicon_options)) == 1
    quoted = '"We wrongly said the drug was safe," the chief executive admitted on Monday.'
    assert len(extract(quoted, lexicon_options)) == 1


def test_a_saying_after_a_relative_aside_is_the_statement(lexicon_options: Options) -> None:
    # ", said the summit was unlikely" after "who asked not to be named" is
    # the diplomat's saying, not a source named last.
    text = "A Chilean diplomat, who asked not to be named, said the summit was now unlikely."
    [row] = extract(text, lexicon_options).itertuples()
    assert (row.event_type, row.trigger) == ("statement", "said")


@pytest.mark.parametrize("text, event_type, title", [
    # An event word that says who someone is does not type what was done.
    ("The company apologized on Sunday to the families of two drivers killed by exploding"
     " airbags.", "statement",
     "company apologized on Sunday to the families of two drivers killed"),
    ("Jane Doe expressed condolences on Sunday to relatives of the people who died in the"
     " fire.", "statement", "Jane Doe: expressed condolences on Sunday to relatives of the people"),
    # ... but in the subject, nothing is done before it.
    ("The man who attacked the crowd was arrested on Sunday.", "legal", "was arrested on Sunday"),
    ("Two drivers killed by airbags were buried on Sunday.", "attack",
     "Two drivers killed by airbags were buried on Sunday"),
])
def test_an_event_word_describing_a_party_types_nothing(lexicon_options: Options, text: str,
                                                        event_type: str, title: str) -> None:
    [row] = extract(text, lexicon_options).itertuples()
    assert (row.event_type, row.title) == (event_type, title)


def test_a_word_that_describes_a_named_person_is_not_their_name(lexicon_options: Options) -> None:
    first = Document(doc_id="a", date=date(2025, 3, 3),
                     text="Nadia Kettering was suspended on Monday. The sprinter denied it.")
    second = Document(doc_id="b", date=date(2025, 3, 21),
                      text="Sprinter Nadia Kettering appeared before the tribunal yesterday."
                           " Protesters carried signs reading Five Weeks Too Late on Friday.")
    frame = extract_mentions([first, second], lexicon_options)
    assert frame.iloc[2]["actors"] == ("Nadia Kettering",)
    # A name no article writes alone is left whole.
    assert "Five Weeks Too Late" in frame.iloc[3]["actors"]
    # A word that is part of who it is stays.
    nun = Document(doc_id="c", date=date(2025, 3, 21),
                   text="Mary Smith spoke on Monday. Sister Mary Smith prayed on Tuesday."
                        " The sister and the prayer.")
    names = extract_mentions([nun], lexicon_options)["actors"]
    assert ("Sister Mary Smith",) in list(names)


def test_a_relative_clause_set_off_inside_the_main_clause_neither_splits_nor_dates_it(
        lexicon_options: Options) -> None:
    # The hiring goes on past the clause about her contract: one hiring, on
    # the Monday before this Friday article, titled whole; "as chief
    # executive" is no clause of its own.
    friday = DAY + timedelta(days=4)
    text = "The firm hired Ana Ruiz, whose contract runs until 2027, as chief executive on Monday."
    frame = extract(text, lexicon_options, friday)
    hiring = frame[frame["trigger"] == "hired"]
    assert len(frame) == 2 and len(hiring) == 1
    row = hiring.iloc[0]
    assert (row["date"], row["status"], row["event_type"]) == (DAY, "happened", "personnel")
    assert row["title"] == "firm hired Ana Ruiz as chief executive on Monday"
    # Not into a source after the clause: that is no phrase of the verb's.
    text = ("The government fired the head of the agency, who said on Monday that the data was"
            " sound, officials said.")
    fired = extract(text, lexicon_options, friday)
    assert "government fired the head of the agency" in list(fired["title"])
    # The words around such a clause are one phrase to the lexicon.
    text = "The company named Ana Ruiz, who joined in 2019, as chief executive on Monday."
    named = extract(text, lexicon_options, friday)
    assert list(named["event_type"]) == ["other", "personnel"]


@pytest.mark.parametrize("text, clauses", [
    # "as" and a role or a manner is the main clause's, not a clause.
    ("The firm hired Ana Ruiz, a banker, as chief executive on Monday.", []),
    ("The firm hired Ana Ruiz, whose deal runs to 2027, as head of operations on Monday.",
     ["whose deal runs to 2027"]),
    # "as" with a verb is one: a subject and its verb, "do" or a modal, a participle.
    ("The company cut 500 jobs on Tuesday, as it did in 2023.", ["as it did in 2023."]),
    ("The tax will rise on Monday, as promised in March by the minister.",
     ["as promised in March by the minister."]),
    ("Talks broke down on Wednesday, as the strike entered its fourth day on Thursday.",
     ["as the strike entered its fourth day on Thursday."]),
    ("Prices fell on Monday, as the fleet remains on the ground.",
     ["as the fleet remains on the ground."]),
])
def test_as_opens_a_clause_only_with_a_verb(text: str, clauses: list[str]) -> None:
    sentence = split_sentences(text)[0]
    assert [c.text for c in subordinate_clauses(text, sentence)] == clauses


@pytest.mark.parametrize("text, event_type", [
    ("The company named Ana Ruiz as chief executive on Monday.", "personnel"),
    ("The club named Tom Berg as its new head coach on Monday.", "personnel"),
    ("The board named Ana Ruiz chairwoman on Monday.", "personnel"),
    ("The street was named after the president on Monday.", "other"),
    ("Unilever named Fernando Fernandez as its new chief executive on Tuesday.", "personnel"),
    # Naming after someone, or who someone was, appoints no one.
    ("The wing was named after a former chief executive of the trust in 2019.", "other"),
    ("The coroner named the dead man as a company director on Monday.", "other"),
    ("The victim was named on Wednesday as a bank manager.", "other"),
])
def test_naming_someone_to_a_role_is_personnel(lexicon_options: Options, text: str,
                                               event_type: str) -> None:
    [row] = extract(text, lexicon_options).itertuples()
    assert row.event_type == event_type


def test_a_dated_after_clause_is_told_from_its_own_subject(lexicon_options: Options) -> None:
    friday = DAY + timedelta(days=4)
    text = "Shares rose on Tuesday after the central bank raised rates on Monday."
    frame = extract(text, lexicon_options, friday)
    raised = frame[frame["time_text"] == "Monday"].iloc[0]
    # The bank raised rates: no actor of the sentence's stands for it, and
    # the evidence starts at its subject.
    assert raised["actors"] == () and raised["date"] == DAY
    assert text[raised["char_start"]:raised["char_end"]] == raised["sentence"] \
        == "the central bank raised rates on Monday."
    # Pasts that read as nouns too, and a number as the subject, open one.
    for text, subject in [("Protests erupted on Monday after police shot a teenager on Saturday.",
                           "police shot a teenager on Saturday."),
                          ("Protests erupted on Monday after 10 people were killed on Saturday.",
                           "10 people were killed on Saturday.")]:
        frame = extract(text, lexicon_options, friday)
        clause = frame[frame["time_text"] == "Saturday"].iloc[0]
        assert (clause["sentence"], clause["actors"], clause["date"]) \
            == (subject, (), DAY - timedelta(days=2))
        assert clause["title"] == subject.rstrip(".")  # its subject, named by no name, too
    # A year that qualifies a noun is no subject of its own.
    text = "Shares fell on Tuesday after 2023 profits were restated."
    assert list(extract(text, lexicon_options, friday)["time_text"]) == ["Tuesday"]


def test_what_the_news_came_after_lies_before_it(lexicon_options: Options) -> None:
    # In a Friday article, the Friday the offer was rejected is the one
    # before Monday's strike call, not the article's own day.
    friday = DAY + timedelta(days=4)
    text = ("Union leaders called a strike on Monday after the company rejected their offer"
            " on Friday.")
    frame = extract(text, lexicon_options, friday)
    rejected = frame[frame["time_text"] == "Friday"].iloc[0]
    assert (rejected["date"], rejected["time_value"]) == (DAY - timedelta(days=3), "2025-02-21")
    # A "before" clause lies after it; so may a cause foreseen.
    for text in ["Fans rioted on Monday before the club apologised on Friday.",
                 "The match was postponed on Monday because a storm is expected on Friday.",
                 "The match was postponed on Monday after a storm was forecast to hit on Friday."]:
        frame = extract(text, lexicon_options, friday)
        assert frame[frame["time_text"] == "Friday"].iloc[0]["date"] == friday, text


def test_a_subject_of_a_number_of_people_borrows_no_actor(lexicon_options: Options) -> None:
    text = ("Canadair planes dropped water on Monday. More than 2,000 people were evacuated"
            " on Sunday.")
    assert extract(text, lexicon_options).iloc[1]["actors"] == ()
    text = "Unite called a strike on Monday. 87% of members voted for it on Sunday."
    assert extract(text, lexicon_options).iloc[1]["actors"] == ()
    # ... but a number inside what "it" did is no subject.
    text = ("Icelandair resumed flights on Monday. It had carried 9,000 stranded passengers"
            " on Tuesday.")
    assert extract(text, lexicon_options).iloc[1]["actors"] == ("Icelandair",)


def test_a_plan_dated_by_a_count_ahead_is_a_planned_mention(lexicon_options: Options) -> None:
    # "in two weeks" ahead had dated nothing, and a plan with no date is dropped.
    frame = extract("The parliament will vote on the budget in two weeks.", lexicon_options)
    vote = frame.iloc[0]
    assert (vote["event_type"], vote["status"], vote["date"], vote["date_end"]) == (
        "vote", "planned", date(2025, 3, 10), date(2025, 3, 16))


@pytest.mark.parametrize("text, day, title", [
    # A subject in lower case after ", and" opens a fact of its own.
    ("The election was held on Sunday, and results were announced on Monday.", date(2025, 2, 24),
     "results were announced on Monday"),
    ("Troops withdrew on Sunday, and oil prices fell sharply on Monday.", date(2025, 2, 24),
     "oil prices fell sharply on Monday"),
])
def test_a_second_fact_with_a_common_noun_subject_is_its_own_mention(
        lexicon_options: Options, text: str, day: date, title: str) -> None:
    frame = extract(text, lexicon_options)
    assert len(frame) == 2
    second = frame[frame["title"] == title]
    assert list(second["date"]) == [day] and list(second["actors"]) == [()]


@pytest.mark.parametrize("text, title", [
    # The subject and the modal of a passive ahead.
    ("The bridge will be reopened on Monday.", "bridge will be reopened on Monday"),
    # Words before an event noun that say which one.
    ("A magnitude 6.8 earthquake struck the highlands on Saturday.",
     "magnitude 6.8 earthquake struck the highlands on Saturday"),
    # A subject after a word that opens the clause, not the word.
    ("When ransomware was found on its servers on Friday, the partnership shut every system.",
     "ransomware was found on its servers on Friday"),
    ("The family, whose son has been held since 2021, met the minister on Monday.",
     "son has been held since 2021"),
    ("Inspectors who visited the plant on Oct. 17 found that staff had flagged the risk.",
     "Inspectors who visited the plant on Oct. 17"),
])
def test_a_title_keeps_the_subject_of_its_verb(lexicon_options: Options, text: str,
                                               title: str) -> None:
    titles = list(extract(text, lexicon_options)["title"])
    assert any(t.startswith(title) for t in titles), titles
