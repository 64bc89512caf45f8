"""Event mentions: the sentences and clauses of an article that report a dated event.

One article at a time (``extract_mentions`` runs them all):

1. ``timeline.temporal.find_times`` tags the body once; the body is split
   into sentences, and each sentence into its main clause and its relative
   or parenthetical clauses (``timeline.sentences``).
2. A clause that holds a dated time expression is a mention dated by it
   ("Dmitriev – who attended discussions in Saudi Arabia last week – told
   CNN": the relative clause is the talks, last week). So is what a
   reporting verb reports when it carries its own time ("He said that in
   2017, Russia supplied ..."), unless it guesses at the future ("predicted
   the war could end within weeks" is the prediction, and no plan), and so
   is a source set off by a comma when it and what it told each have a
   time ("met in Riyadh last week, Lavrov told reporters on Monday"), and
   so is an event the sentence is told relative to that carries its own
   time ("Since its launch in 2003, the store has sold ...",
   ``_dated_references``). When a clause holds several times, the most
   precise wins (the others usually qualify it: "Monday ... within weeks").
   A clause told in the past ends by the article's date ("has filed a
   lawsuit this week" in a Tuesday article: Monday or Tuesday). A time
   inside a quotation is the speaker's: it is resolved against the day
   they spoke, when the text tells it (``_speech_days``).
3. A main clause with no time of its own but a past-tense verb ("Putin said
   ...", "Jobs demoed ...") is a mention too; one that did not happen ("did
   not comment", "Neither company made any statement") is none, nor is a
   relative clause in the present perfect ("a war that has killed
   thousands": it describes the war). In the simple past it takes the
   story's day: the last past day the article named within
   ``ANCHOR_WINDOW_DAYS`` of its date ("Yesterday, Jobs unveiled ..."),
   ``time_source`` "inherited"; so does a report of the lede (the first
   ``LEDE_SENTENCES``) before the sentence that names the day. Otherwise
   it is anchored on or before the article's date: the
   ``ANCHOR_WINDOW_DAYS`` before it (``LONG_BEFORE_DAYS`` when it says it
   lies an untold time back: "first introduced", "previously"), precision
   ``vague``, ``time_source`` "article_date", ``time_text`` empty. Nothing
   is dated more finely than the text allows; a dateline sets no day.
   An article's opening sentence (its headline, or its lede after a
   byline) tells the news in the present too, with a verb whose past is an
   event word of the lexicon ("Steve Jobs resigns", "Russia invades
   Ukraine"): it is dated as a report of the lede. A clause that took
   part in a happening named by a definite noun ("Ukraine was absent from
   the negotiations"), or that names one after "its" ("Since its launch
   the store has sold ..."), is of that happening's time, when an earlier
   sentence told it ("officials met in Riyadh recently").
4. Actors and places come from ``timeline.entities``; a clause without an
   actor of its own ("who was meeting ...", "he may come ...") borrows the
   last actor (for "he"/"she", person) named before it; "the president"
   is the person named with that title (``_Context.holder``). The
   speaker leads the actors; or, when the event word lies in a clause of
   its own, that clause's people ("came as Trump met Macron"). The event
   type is the first type of the ``event_types`` lexicon with a trigger in the
   clause, quotations and reported speech aside ("said that a deal ..." is a
   statement; "said ... in an interview" an interview), and so is an event
   it is told relative to when its time lies outside that phrase ("after
   his visit, Macron announced on Friday" is a statement). A clause is
   ``planned`` when its time lies ahead or it speaks of the future, and
   ``refers_back`` when it opens on a definite event noun ("The
   announcement was long-awaited"), took part in what one names
   ("attended the talks") or, with no time of its own, names an event
   after a possessive pronoun ("its launch"), a hint that it names an event
   told before.

The frame has exactly ``MENTION_COLUMNS``; offsets index ``Document.text``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pandas as pd

from timeline import temporal, timewords
from timeline.config import Options
from timeline.entities import (
    COUNTS_OF_PEOPLE,
    ORGANISATION_WORDS,
    AliasResolver,
    Entity,
    capitalised_words,
    classify,
    find_names,
    fold,
    gazetteer,
    is_adverb,
    lower_case_words,
    names_a_body,
    names_people_by_trade,
    opens_sentence,
    people_named,
    plural_written_in_lower_case,
    places_overlap,
    reads_as_full_name,
    reads_as_plural,
    spelling_key,
    without_owners_mark,
)
from timeline.eventwords import event_stem, names_alike
from timeline.models import MENTION_COLUMNS, PRECISIONS, Document, TimeExpression
from timeline.quotes import SPEECH_VERBS, quotations
from timeline.sentences import (
    ATTRIBUTION, Span, appositive_subject, blank_out, circumstance_clauses, ends_abbreviation,
    reduced_relatives, relative_subject, split_sentences, subordinate_clauses, subordinate_subject)
from timeline.verbforms import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, PASTS_LIKE_NOUNS

log = logging.getLogger(__name__)

# How far back a report with no time of its own may lie: "Putin said ..." in
# an article of the 25th happened on the 25th at the latest, and news rarely
# reports a statement more than a week old without saying when it was made.
ANCHOR_WINDOW_DAYS = 7

OTHER = "other"

# The lede: an article's first sentences. An undated report in the simple
# past there takes the story's day when a later sentence of the lede names
# it ("Jobs introduced ..." four sentences before "... made available today").
LEDE_SENTENCES = 6

# Past-tense verbs that report speech, and auxiliaries that mark the past.
_REPORTING_PAST = frozenset({
    "said", "told", "added", "announced", "stated", "declared", "claimed", "noted",
    "explained", "insisted", "argued", "warned", "wrote", "tweeted", "posted",
    "predicted", "suggested", "hinted", "confirmed", "denied", "revealed", "reported",
    "responded", "replied", "admitted", "acknowledged", "emphasized", "emphasised",
    "stressed", "urged", "called", "asked", "boasted", "commented", "remarked",
    "disclosed", "unveiled", "launched", "released", "introduced",
})
_PAST_AUX = frozenset({"was", "were", "had", "did"})
# Words that put a clause in the future: a plan, not a report.
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:going|expected|scheduled|set|due|slated)\s+to"
    r"|plans?\s+to|planning\s+to|intends?\s+to)\b|['’]ll\b", re.IGNORECASE)
_NOT_PAST = frozenset({
    "need", "feed", "speed", "seed", "bed", "red", "shed", "hundred", "indeed",
    "proceed", "exceed", "succeed", "breed", "greed", "weed", "united", "based",
    "related", "limited", "detailed", "advanced", "unprecedented", "so-called",
    "interested", "concerned", "supposed", "expected", "scheduled", "planned",
    "occupied", "red", "hundred",
})
# Regular pasts of four letters, which the "-ed, five letters or more" rule
# misses (it keeps "need", "feed", "shed" out); not "used", "tied", mostly
# participles ("being used", "tied to").
_SHORT_PAST = frozenset({"died", "sued", "axed", "lied", "vied", "eyed"})
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# A clause whose subject is a pronoun or a relative: its actor was named before.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:\S+\s+){0,3}?(?P<pronoun>who|he|she|his|her|they|which)\b",
                              re.IGNORECASE)
# A clause about "the president" or "the foreign minister": a person named
# before with that title. The last word must be one that names a person.
# Not "general" or "executive": "the general public", "the executive order".
_TITLE_HEADS = ("president|minister|chancellor|king|queen|prince|princess|emperor|pope|senator|"
                "governor|mayor|ambassador|envoy|admiral|colonel|commander|ceo|chairman|"
                "chairwoman|director|spokesman|spokeswoman|spokesperson|adviser|advisor|"
                "secretary(?:\\s+of\\s+(?:state|defen[cs]e|the\\s+\\w+))?|"
                "judge|speaker|leader|founder|chief\\s+executive")
_TITLE_PHRASE = (r"the\s+((?:(?:vice|prime|foreign|defen[cs]e|interior|finance|treasury|deputy|"
                 rf"senior|special|national|security)\s+){{0,2}}(?:{_TITLE_HEADS}))\b")
# As the subject: opening the clause, perhaps after a phrase and a comma
# ("The president on Monday predicted", "On Monday, the president signed"),
# quotations aside; or after the verb that follows a quotation ('"...," said
# the president').
_TITLE_OPENS = re.compile(
    rf"^\W*(?:[^,]{{1,60}},\s*)?(?:(?:and|but|then|later|meanwhile|however|also)\W+)?"
    rf"{_TITLE_PHRASE}", re.IGNORECASE)
# What lies between a name and the "who" that stands for it: the rest of
# the name; not "The UN envoy, who" (the envoy is who).
_NAME_BEFORE_WHO = re.compile(r"(?:\s+[A-Z][\w’'.-]*)*\s*,?\s*")  # "Helena May, who": her name
# After a quotation that opens the clause, its speaker: '"We cannot wait,"
# she told a council session'; after any quotation, a title that speaks:
# '"...," said the president'.
_PRONOUN_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:he|she)\b")
_TITLE_AFTER_QUOTE = re.compile(rf"\s*,?\s*(?:said|says|added|told)\s+{_TITLE_PHRASE}",
                                re.IGNORECASE)
# A title that is not the subject alone: "The president of Finland,
# Alexander Stubb", "The president's envoy Steve Witkoff", "The president
# Emmanuel Macron".
_TITLE_OF = re.compile(r"['’]s\b|\s+of\b|\s*,?\s*[A-Z]")
# A title held under another ("Vice President", "Former President") is not it.
_UNDER_TITLE = frozenset({"vice", "deputy", "former", "acting", "assistant", "press", "ex",
                          "under", "associate"})
# Reported speech: the complement after a reporting verb.
# Where what a reporting verb reports begins: at "that" within three words
# ("said on Monday that ..."), at a subject within two words that are not
# a preposition ("said the deal ...", not "said of the deposits in ..."), or
# at a name right after it (or after its day) that a verb follows ("said
# Putin was ...", "said on Monday Ukraine accepted ...").
_IRREGULAR_PAST = "|".join(sorted(IRREGULAR_PAST))
_COMPLEMENT = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?=that\b)"
    r"|\W*(?:(?:on\s+)?\w+day\W+)?"  # "said Putin was open to talks"; not "said Friday marked"
    r"(?=(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][\w’'.-]*\s+){0,2}"
    # ... who they are set off after it: "said Rolf Gerber, the ambassador, had"
    r"[A-Z][\w’'.-]*(?:,\s+(?i:the|a|an|his|her|its|their)\s+[^,;:“”\"()]{1,60}?,)?\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|may|might|must|should|can"
    rf"|(?!(?:need|speed|red|feed|seed|shed|bed)\b)[a-z]+ed|{_IRREGULAR_PAST})\b))"
    r"|\W*(?:(?:on\s+)?\w+day\W+)?"  # "said on Monday it was ..."
    # Not past a comma: "said Ravi Dhillon, the union's organiser" names him.
    r"(?:(?!(?:of|in|at|on|to|for|with|about|during|from|by|after|before)\b)\w+[^\w,]+){0,2}?"
    r"(?=(?:he|she|it|its|they|their|we|our|i|a|an|the|this|these)\b)",
    re.IGNORECASE)
# What a hint or a warning is about: "hinted at a meeting", "warned of an
# attack". It types nothing, but it is no event of its own either (only
# ``classify`` blanks it). Not "said of the deposits in ...", "announced at
# the event" (where), nor a noun ("the announcement of the iPhone came").
_TOPIC = re.compile(r"(?:(?<=\bhinted)\s+(?=at\s)|(?<=\bwarned)\s+(?=(?:of|about|against)\s))",
                    re.IGNORECASE)
# An event a clause is told relative to: "Five years after its launch, the
# service in February passed Wal-Mart", "priced at $29 before the press
# conference, but free until September 30". Not "during" (the clause is then
# of that event's time), nor "before the court" (in front of it).
_REFERENCE_POINT = re.compile(
    r"\b(?:after|since|before|following|until|ahead\s+of|prior\s+to)\s+"
    r"(?:(?:the|its|his|her|their|[A-Z][\w.&-]*(?:['’]s|(?<=s)['’]))\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_IN_FRONT_OF = re.compile(r"before\s+(?:the\s+)?(?:court|judge|jury|tribunal|committee|panel|"
                          r"magistrate|parliament|congress|senate)\b", re.IGNORECASE)
# Where such a phrase ends at the latest: a break in the clause.
_PHRASE_BREAK = re.compile(r"[,;:()“”\"]|\s[–—-]\s")
_REACH = 60  # characters before an event word searched for "after its"


def _reference_point(text: str, start: int, end: int, focus: int) -> bool:
    """Whether the event word at ``start:end`` of a clause follows "after",
    "since", "before" ... ("after its launch") while the clause's time, at
    ``focus``, lies outside that phrase: before it ("left on Tuesday after
    the talks") or past the break that ends it ("after his visit, Macron
    announced on Friday"). The word is then not the clause's event. A time
    in the phrase dates it ("since the 2003 launch", "following the summit
    in Alaska on Friday, ...")."""
    phrase = _REFERENCE_POINT.search(text, max(0, start - _REACH), start)
    if phrase is None or _is_past_verb(text[start:end].lower()) \
            or _IN_FRONT_OF.match(text, phrase.start()):
        return False  # "after the Shuffle was introduced" is a clause of its own
    if focus < phrase.start():
        return True
    if focus < end:
        return False
    return _PHRASE_BREAK.search(text, end, focus) is not None


_REFERENCE_OPENS = re.compile(r"\b(?:after|since|before|following|until|ahead\s+of|prior\s+to)\s+",
                              re.IGNORECASE)
_REFERENCE_WORDS = 6  # words between the preposition and the phrase's time, at most
_NOUN_AFTER_TIME = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?")  # "the 2003 launch", "Friday's summit"
_OF_WHAT = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s*(?:[,;:.!?)]|$))")


def _dated_reference(text: str, time_start: int, time_end: int,
                     lexicon: Lexicon) -> tuple[int, int, int] | None:
    """Where, in ``text`` (a sentence, quotations blanked), an event a clause
    is told relative to carries the time at ``time_start:time_end`` as its
    own: (start, event noun's start, end) of "since its launch in 2003" or
    "Following the summit in Alaska on Friday". None when the time is not in
    such a phrase, or the phrase has a verb ("after the Shuffle was
    introduced in 2005" is a clause, and its event word is no noun)."""
    if lexicon.combined is None:
        return None
    left = text[:time_start]
    breaks = list(_PHRASE_BREAK.finditer(left))
    opener = None
    for opener in _REFERENCE_OPENS.finditer(left, breaks[-1].end() if breaks else 0):
        pass
    if opener is None or _IN_FRONT_OF.match(text, opener.start()):
        return None
    between = left[opener.end():]
    if len(_words(between)) > _REFERENCE_WORDS or _has_finite_verb(between) \
            or _REFERENCE_OPENS.search(between):
        return None
    noun = next((m for m in lexicon.combined.finditer(text, opener.end(), time_start)
                 if len(_words(text[opener.end():m.start()])) <= 4
                 and not _is_past_verb(m.group(0).lower())), None)
    if noun is not None:
        return opener.start(), noun.start(), time_end
    # "since the 2003 launch of its store", "after Friday's summit"
    after = _NOUN_AFTER_TIME.match(text, time_end)
    noun = lexicon.combined.match(text, after.end()) if after is not None else None
    if noun is None or _is_past_verb(noun.group(0).lower()):
        return None
    of = _OF_WHAT.match(text, noun.end())
    end = of.end() if of is not None and not _has_finite_verb(of.group(0)) else noun.end()
    return opener.start(), noun.start(), end


# Where a title's clause ends; not at the comma of "3,800" or the colon of "10:30".
_TITLE_CUT = re.compile(r"[;“”\"(]|(?<!\d)[,:]|[,:](?!\d)|\s[–—-]\s")
TITLE_WORDS = 12
_TITLE_DANGLING = frozenset({
    "a", "an", "the", "in", "on", "at", "of", "to", "for", "with", "from", "by", "and", "or",
    "before", "after", "until", "since", "during", "within", "because",
    "but", "that", "which", "who", "as", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "its", "his", "her", "their", "our", "this", "these", "could", "would",
    "will", "may", "might", "can", "if", "than", "so", "such", "about",
    "he", "she", "they", "we", "i",  # subjects only: "sign it" ends well
})
# A clause cut off after its subject: "told CNN that Russia", "and that Putin".
_TITLE_STUB_OPENERS = frozenset({"that", "which", "who", "whether"})
# Newsroom credits and bylines report nothing that happened.
_CREDITS = re.compile(
    r"\b(?:contributed to this (?:report|story|article)|(?:additional )?reporting by|"
    r"(?:editing|edited|writing|written|compiled) by)\b", re.IGNORECASE)
# A correction tells what an earlier version got wrong: no fact ("An
# earlier version of this article said the arrests were made on Oct. 15").
_RETRACTED = re.compile(
    r"\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|post)"
    r"\b[^.;]*?\b(?:said|stated|reported|gave|misstated|misidentified|misspelled)\b"
    r"|\b(?:we|this\s+(?:article|story|report|post))\s+(?:had\s+)?"
    r"(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave)\b",
    re.IGNORECASE)
# "By Max Saltman, Katharina Krebs and Matthew Chance, CNN", before the
# opening; not "By March 2014, Russia had …" (a time right after "By").
_BYLINE = re.compile(r"^\W*By\s+(?=[A-Z])")
# A wire dateline opening a story names where it was filed and by whom, not
# who acted: "(CNN) —", "MOSCOW (Reuters) -", "WASHINGTON, Feb 24 (AP) –",
# "LYON/AMSTERDAM, Sept 2 (Reuters) -".
_WIRE_DATELINE = re.compile(r"\s*(?:(?P<place>[A-Z][A-Z .,'/-]{0,40}?)(?:,[^()\n]{0,20})?\s*"
                            # or a date alone: "Dec 17 (Reuters)"
                            r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
                            r"\((?P<wire>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})\)"
                            r"(?:\s*[–—-]|(?=[A-Z]))")
_PLACE_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'-]{3,}(?: [A-Z][A-Z.'-]+){0,2}"
                             r"|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){1,2})"  # "NEW YORK"
                             r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
                             # and the day it was filed: "NEW YORK, April 8 -"
                             r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? +[–—-] ")
# The news present of a headline or lede: a verb in -s right after its
# subject's name ("Steve Jobs resigns", "Russia says"), not after an
# article or a possessive ("His comments come", "Putin’s remarks"), nor a
# noun in -ions, -ments, -ings or -ness ("Apple earnings").
_NEWS_PRESENT = re.compile(r"\b(?!(?:The|A|An|His|Her|Its|Their|Our|My|Your|This|That|These|Those)\s)"
                           r"[A-Z][\w.’'-]{0,40}(?<![’']s)\s+(?P<verb>[a-z]*[a-rt-z]s)\b"
                           r"(?<!ions)(?<!ments)(?<!ings)(?<!ness)")
# A verb in -s is news when its past is an event word of the lexicon
# ("resigns" -> "resigned", "steps down" -> "stepped down"); a plural noun
# is not ("talks" -> "talked", "shares" -> "shared" are no triggers).
_PRESENT_TO_PAST = {
    "says": "said", "tells": "told", "buys": "bought", "sells": "sold", "meets": "met",
    "wins": "won", "loses": "lost", "leaves": "left", "takes": "took", "gives": "gave",
    "makes": "made", "holds": "held", "speaks": "spoke", "seeks": "sought",
    "brings": "brought", "strikes": "struck", "begins": "began", "quits": "quit",
    "hits": "hit", "cuts": "cut", "sets": "set", "puts": "put", "writes": "wrote"}


@dataclass(frozen=True)
class Lexicon:
    """The event-type lexicon compiled once: type -> one pattern of triggers.

    ``reporting`` are the generic types whose triggers report speech
    ("said"): what is said is not the event, so their complement ("said
    that ...", "said a deal ...") and quotations are ignored when typing a
    clause, and a reporting clause is a statement unless its frame names a
    more specific event ("said ... in an interview").
    """

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    reporting: frozenset[str] = frozenset()
    # Types whose every word names one kind of happening ("met", "the talks").
    interchangeable: frozenset[str] = frozenset()
    # All triggers in one pattern, one named group per type (``t0``, ``t1``
    # ... in lexicon order): one pass over a clause finds every type in it.
    combined: re.Pattern[str] | None = None

    @classmethod
    def from_config(cls, event_types: Mapping[str, Sequence[str]],
                    reporting: Iterable[str] = (), interchangeable: Iterable[str] = ()) -> Lexicon:
        patterns: list[tuple[str, re.Pattern[str]]] = []
        groups: list[str] = []
        for name, triggers in event_types.items():
            if not triggers:
                continue
            words = sorted((_trigger_pattern(t) for t in triggers), key=len, reverse=True)
            patterns.append((name, re.compile(rf"\b(?:{'|'.join(words)})", re.IGNORECASE)))
            groups.append(rf"(?P<t{len(groups)}>{'|'.join(words)})")
        combined = re.compile(rf"\b(?:{'|'.join(groups)})", re.IGNORECASE) if groups else None
        return cls(tuple(patterns), frozenset(reporting), frozenset(interchangeable), combined)

    def frame(self, text: str, topics: bool = False, as_written: str | None = None) -> str:
        """``text`` with quotations and reported complements blanked out
        (same length, so positions still index ``text``); with ``topics``,
        what a hint or a warning is about too. ``as_written``: ``text``
        before denials were blanked, where what was reported is found
        ("said the ceasefire isn't holding" reports a clause)."""
        masked = _unquoted(text)
        probe = _unquoted(as_written) if as_written is not None else masked
        for name, pattern in self.patterns:
            if name not in self.reporting:
                continue
            verb = pattern.search(masked)
            if verb is None:
                continue
            # '"...," said a police spokesman, Tom Reid, on Monday': after a
            # quotation, or after a comma that ends what was told, "said" may
            # only name who spoke; not after a subject's aside ("The mayor,
            # Jane Doe, said the bridge reopens on Monday").
            before = masked[:verb.start()].rstrip()
            if _INVERTED_SPEECH.match(masked, verb.start()) \
                    and (not before or before[-1] == "," and not _SUBJECT_WITH_ASIDE.fullmatch(before)) \
                    and (_SPEAKER_OPENS.match(probe, verb.end())
                         or _TITLE_SET_OFF.match(probe, verb.end())) \
                    and _names_only_the_speaker(probe[verb.end():]):
                continue
            report = _report_after(probe, verb.end())
            if report is None and topics:
                topic = _TOPIC.match(masked, verb.end())
                report = topic.end() if topic else None
            if report is not None:
                masked = masked[:report] + " " * (len(masked) - report)
        return masked

    def classify(self, text: str, focus: int | None = None,
                 as_written: str | None = None) -> tuple[str, int, int]:
        """The first type with a trigger in the frame of ``text``, and where the
        trigger is (start, end). When the clause's time ``focus`` lies in
        reported speech ("said he may come this week to sign"), the reported
        event is the one typed; an event it is told relative to, when the
        time lies outside that phrase (``_reference_point``: "after his
        visit, ... on Friday"), is not. With no trigger the type is
        ``other`` and the event word is the first past-tense verb of the
        frame (-1, -1 if none). ``as_written``: ``text`` before its denials
        were blanked (see ``frame``).
        """
        framed = self.frame(text, topics=True, as_written=as_written)
        if focus is not None and focus < len(framed) and framed[focus] == " " \
                and not text[focus].isspace():
            framed = text
        framed = _IDIOMS.sub(lambda m: " " * len(m.group(0)), framed)
        source = _ATTRIBUTION_TAIL.search(_unquoted(text))
        if source is not None and not _RELATIVE.match(text, source.start() + 1) \
                and _tells_an_action(_RELATIVE_ASIDE.sub(" ", framed[:source.start() + 1])):
            # "Drones struck a refinery, the governor said": what was told.
            framed = framed[:source.start()] + " " * (len(framed) - source.start())
        best: tuple[int, int, int] | None = None
        best_named = False
        subject: tuple[int, int, int] | None = None  # a definite noun opening the clause
        for found in self.combined.finditer(framed) if self.combined is not None else ():
            if focus is not None and _reference_point(framed, found.start(), found.end(), focus):
                continue
            if _WITHOUT.search(framed, 0, found.start()):
                continue  # "talks ended without an agreement": none was made
            if _releases_a_record(framed, found.start()):
                continue  # "released figures on Tuesday", "data released on Thursday"
            rank = int(found.lastgroup[1:])  # type: ignore[index]
            if best is None and _is_subject_noun(framed, found.start(), found.end()):
                subject = (rank, found.start(), found.end())
            # A word of a name ("the District Court", "NBC's Meet the
            # Press") names a body or a show, not what happened: it gives
            # way to the same type's word in lower case ("ruled that"), and
            # to every other type's unless the name is the clause's subject
            # ("The Supreme Court said" is a court's).
            named = _in_a_name(framed, found.start(), found.end())
            if named and not _opens_the_clause(framed, found.start()):
                rank += len(self.patterns)
            elif _describes_a_party(framed, found.start(), found.end()):
                # "apologized to the families of two drivers killed by
                # airbags", "relatives of the people who died": who they are.
                rank += len(self.patterns)
            elif best is not None and _TOPIC_OF.search(framed, 0, found.start()):
                # "an investigation into the deal", "protests over the
                # merger": what the event before it is about.
                rank += len(self.patterns)
            if best is None or rank < best[0] or rank == best[0] and best_named and not named:
                best, best_named = (rank, found.start(), found.end()), named
        if subject is not None and best is not None \
                and not (_HOSTED_IN.search(framed[:best[1]])
                         and framed[best[1]:best[2]].lower() not in _FIGURES):
            # "The statement caused a drop in share prices" is about the
            # statement; "The announcement came in a press conference" is
            # of the press conference.
            best = subject
        if best is not None and self.combined is not None:
            best = _what_was_launched(self.combined, framed, best) or best
        if best is not None:
            # The whole word: "24-hour strike", not "hour strike".
            start = _HYPHENATED.search(framed, 0, best[1]).start()  # type: ignore[union-attr]
            return self.patterns[best[0] % len(self.patterns)][0], start, best[2]
        verbs, previous = [], ""
        for word in _WORD.finditer(framed):
            if _is_past_verb(word.group(0).lower(), previous):
                verbs.append((word.start(), word.end()))
            previous = word.group(0).lower()
        # The subject's description ("The hearing, which had been set for
        # Monday, was postponed") is not what the clause tells.
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(framed)]
        told = [v for v in verbs if not any(a <= v[0] < b for a, b in asides)] or verbs
        # A capitalised word is a name's ("the Senate Armed Services
        # Committee held") or opens the sentence ("Masked gunmen robbed"):
        # a verb only when there is no other.
        told = [v for v in told if not framed[v[0]].isupper()] or told
        # "had sought": the participle says what was done, not "had".
        told = [v for v in told if framed[v[0]:v[1]].lower() not in _PAST_AUX] or told
        return (OTHER, *told[0]) if told else (OTHER, -1, -1)


# A relative clause running up to a word: "the people who died".
_IN_A_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where)\b[^,;:.!?\"“”]*\Z",
                            re.IGNORECASE)
# A participle after a plural that is its agent's: "drivers killed by airbags".
_PARTICIPLE_AFTER_PLURAL = re.compile(r"\b[a-z]{3,}s\s+\Z")
_BY_AFTER = re.compile(r"\s+by\b")


def _describes_a_party(text: str, start: int, end: int) -> bool:
    """Whether the event word at ``text[start:end]`` describes someone the
    clause names rather than telling what the clause tells: in a relative
    clause after its subject's verb, or a participle after a plural noun
    with its agent after it."""
    before = text[:start]
    relative = _IN_A_RELATIVE.search(before)
    if relative is not None:
        # Not in the subject: "The man who attacked the crowd was arrested".
        return _first_verb(before[:relative.start()]) < relative.start()
    return _first_verb(before) < len(before) \
        and _PARTICIPLE_AFTER_PLURAL.search(before) is not None \
        and _BY_AFTER.match(text, end) is not None


def _what_was_launched(combined: re.Pattern[str], text: str,
                       found: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """(rank, start, end) of the event word right after the verb "launched"
    at ``found``, if any: "launched an investigation", "launched a hostile
    bid". Not a noun ("the launch of", "its launches"), nor a list."""
    launch = _LAUNCHED.match(text, found[1])
    if launch is None or _DETERMINER_BEFORE.search(text, 0, found[1]):
        return None
    thing = combined.search(text, launch.end(), launch.end() + 40)
    if thing is None or thing.lastgroup is None:
        return None
    between = _words(text[launch.end():thing.start()])
    if len(between) > 2 or {"and", "or"} & set(between):
        return None
    after = _NEXT_WORD.match(text, thing.end())
    if after is not None and after[1].lower() not in _PREPOSITIONS | {"that", "which", "and"}:
        return None  # "launched a new stock trading app": a modifier, not the thing
    return int(thing.lastgroup[1:]), thing.start(), thing.end()


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:]*,")
_HYPHENATED = re.compile(r"(?:[\w’']+-)*$")
_LAUNCHED = re.compile(r"launch(?:ed|es|ing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?",
                       re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|of)\s+$", re.IGNORECASE)
_TOPIC_OF = re.compile(r"\b(?:into|over|about|against|regarding|concerning|anniversary\s+of)\s+"
                       r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?"
                       r"(?:[A-Za-z][\w’'-]*\s+){0,2}$",  # not "about 12 people died"
                       re.IGNORECASE)
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:a|an|any)\s+)?$", re.IGNORECASE)
# An event that another took place in: "came in a rare press conference".
_HOSTED_IN = re.compile(r"\b(?:in|at|during)\s+(?:a|an|the|its|his|her|their)?(?:\s*[\w-]+){0,2}\s*$",
                        re.IGNORECASE)


# Figures of speech that use an event word for no such event: "the ball is
# now in Russia's court", "the court of public opinion", "signs of
# unrest", "named after a former chief executive"; not "in its court
# filing", "in Delaware's court", "signs off".
_IDIOMS = re.compile(r"\bball\b(?:\s+[\w’'-]+){0,4}?\s+in\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?"
                     r"|his|her|their|its|our|your|my)\s+court\b"
                     r"|\bcourt\s+of\s+public\s+opinion\b|\bsigns?\s+of\b"
                     r"|\bnamed\s+(?:after|for)\b", re.IGNORECASE)


def _is_subject_noun(text: str, start: int, end: int) -> bool:
    """Whether the event word at ``start:end`` is a noun opening ``text`` as
    its subject, a verb after it: "The statement caused", "A US judge on
    Tuesday blocked the merger" (who acts types what was done), "Talks
    collapsed". Not another event ("The next meeting will") nor a figure
    ("The sales rose"), nor a noun something was done to ("The merger was
    blocked by a judge") or that set off another happening ("The killing
    sparked protests")."""
    opener = _SUBJECT_OPENER.match(text[:start])
    verb = _AFTER_SUBJECT.match(text, end)
    return opener is not None and verb is not None \
        and not _NOT_THE_SAME & set((opener["modifiers"] or "").lower().split()) \
        and text[start:end].lower() not in _FIGURES \
        and _is_past_verb(verb["verb"].lower()) and verb["verb"].lower() not in _PAST_AUX \
        and verb["verb"].lower() not in _SETS_OFF | _REACTIONS


# What may open a clause before its subject's event word: an article or a
# day's, and two modifiers ("A US", "The Supreme"); or nothing ("Talks").
_SUBJECT_OPENER = re.compile(
    r"^\s*(?:(?:The|This|That|These|Those|An?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day"
    r" ?['’]s)(?P<modifiers>(?:\s+[\w'’-]+){0,2}?)\s+)?$")
# What may stand between a subject and its verb: a name ("District Judge
# Amy Berman Jackson ruled") and a day ("A US judge on Tuesday blocked").
_AFTER_SUBJECT = re.compile(
    r"(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:,?\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?,?)?"
    r"\s+(?P<verb>[A-Za-z]+)")


# Verbs of those who react to an event, which tell the event's type: "Investors
# welcomed the ceasefire agreement" is of the agreement.
_REACTIONS = frozenset({"welcomed", "praised", "hailed", "cheered", "criticised", "criticized",
                        "condemned", "slammed", "denounced", "reacted", "responded", "applauded"})
_SETS_OFF = frozenset({"sparked", "triggered", "prompted", "provoked", "ignited", "unleashed",
                       "fueled", "fuelled"})


def _tells_an_action(text: str) -> bool:
    """Whether ``text`` has a verb in the past that is no auxiliary: "drones
    struck", not "the talks were useful" nor "has not been an issue"."""
    words = _words(text)
    return any(_is_past_verb(w, words[i - 1] if i else "") and w not in _PAST_AUX
               for i, w in enumerate(words))


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the event word ``text[start:end]`` ends on a capital inside
    its clause, so in a name ("the U.S. District Court", "U.S. District
    Judge Amy Berman Jackson"; not "a US judge")."""
    last = text[start:end].split()[-1]
    return last[:1].isupper() and _WORD.search(text, 0, start) is not None


_NAME_WORDS = re.compile(r"(?:\s*\b[A-Z][\w.&’'-]*)+\s*$")  # a name's words up to its event word
_ONLY_AN_ARTICLE = re.compile(r"\W*(?:(?:the|a|an)\s+)?", re.IGNORECASE)


def _opens_the_clause(text: str, start: int) -> bool:
    """Whether the name holding the event word at ``start`` opens its
    clause ("The Supreme Court said", "The G7 Summit in Canada was")."""
    return _ONLY_AN_ARTICLE.fullmatch(_NAME_WORDS.sub("", text[:start])) is not None


_RELATIVE = re.compile(r"\s*(?:which|who)\b", re.IGNORECASE)
# Where what a reporting verb reports ends, as a clause: at a stop, or at a
# comma before a new clause ("announced the deal on Friday, which ...").
_REPORTED_END = re.compile(r"[;:!?]|\.(?:\s|$)|,\s*(?:which|who|where|when|and|but|while|as"
                           r"|after|before|because|although|though)\b|\s[–—-]\s")
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "to", "for", "with", "from", "by", "about",
                           "after", "before", "during", "over", "into", "against", "between",
                           "until", "since", "under", "as", "via", "amid", "outside", "inside",
                           "near", "across", "through", "around", "behind", "beside", "beyond",
                           "toward", "towards", "within", "without", "among", "along",
                           "despite", "throughout", "upon"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "its", "his", "her",
                          "their", "our", "my", "your"})
_NOUN_PHRASE_OPENERS = _DETERMINERS | {"and", "or"}


def _report_after(text: str, verb_end: int) -> int | None:
    """Where what the reporting verb ending at ``verb_end`` reports begins
    in ``text``, if it reports anything: "told the BBC on Monday that ...":
    whom and when, then what."""
    after = _COMPLEMENT.match(text, verb_end)
    if after is None:
        return None
    shift = _report_start(text[after.end():])
    return None if shift is None else after.end() + shift


# A participle after a noun, then when or where: "(told the FAZ in) an
# interview published on Sunday (that ...)" names the telling, no clause.
_REDUCED_RELATIVE = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z]+\s+){1,2}?[a-z]+ed(?=\s+(?:on|in|at|by|last|this|earlier|"
    r"late|yesterday)\b)")


def _report_start(complement: str) -> int | None:
    """Where in ``complement`` (what follows a reporting verb, from where
    its report would begin) what was reported begins: at once when it is a
    clause ("the talks had ended", "it was ...", "the talks begin"); after
    the verb's object ("the BBC on Monday") at a "that" or a comma
    ("announced the MacBook Air, on sale now"); None when all of it is the
    object ("a ceasefire on Sunday", "the launch of the iPhone"), which
    belongs to the saying."""
    if re.match(r"\W*that\b", complement, re.IGNORECASE):
        return 0
    clause = _reported_clause(complement)
    words = _words(clause)
    if words and words[0] in _PRONOUNS:
        return 0
    that = re.search(r"\bthat\b", clause)
    if that and not _has_finite_verb(_REDUCED_RELATIVE.sub(" ", clause[:that.start()])):
        return that.start()
    if not _is_object(clause):
        return 0
    comma = clause.find(",")
    return comma if comma >= 0 else None


def _reported_clause(complement: str) -> str:
    """``complement`` up to where a clause reported in it would end, with
    relative asides blanked (same length: offsets still hold) and a source
    named last (", the ministry said") cut off."""
    clause = _RELATIVE_ASIDE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), complement)
    end = _REPORTED_END.search(clause)
    clause = clause[:end.start()] if end else clause
    source = _ATTRIBUTION_TAIL.search(clause)
    return clause[:source.start()] if source else clause


def _is_object(clause: str) -> bool:
    """Whether ``clause`` reads as a noun phrase and the phrases after it
    ("the BBC on Monday"), not as a clause: no verb in the past, no
    auxiliary, no "n't", and no noun followed by a verb in the present in
    the words before the first preposition ("the strike ends", "the talks
    begin"; a plural after a modifier not in ``_PLURAL_MODIFIERS``, "the
    Apple products", reads as one too, and is then taken for a report)."""
    if _has_finite_verb(clause) or re.search(r"n['’]t\b", clause):
        return False
    words = _words(clause)
    head = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
    for before, previous, word in zip(words[:head], words[1:head], words[2:head]):
        if previous in _NOUN_PHRASE_OPENERS or word in _NOUN_PHRASE_OPENERS:
            continue
        # After "a", a word in -s is a modifier ("a news conference", "a
        # sales meeting"), and "news" is no plural.
        # An owner's "'s" is no plural nor a verb in -s: "the bank's interest rate decision".
        plural = previous.endswith("s") and not previous.endswith(("ss", "'s", "’s")) \
            and before not in _SINGULAR_OPENERS and previous != "news"
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and not plural \
                and previous not in _PLURAL_MODIFIERS and not previous.isdigit() \
                or plural and not word.endswith("s"):
            return False
    return True


_SINGULAR_OPENERS = frozenset({"a", "an", "another", "each", "every", "one"})
# Words that often stand before a plural noun: "the new laptops", "its
# latest products", "the 600 prisoners" are noun phrases, not "noun verbs".
_PLURAL_MODIFIERS = frozenset({
    "new", "latest", "fresh", "further", "additional", "first", "last", "next", "several",
    "many", "more", "other", "major", "key", "updated", "revised", "expanded", "tougher",
    "sweeping", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozens", "hundreds", "thousands", "remaining", "upcoming", "planned", "proposed"})


def _unquoted(text: str) -> str:
    """``text`` with its quotations blanked out (offsets still hold)."""
    return blank_out(text, 0, quotations(text))


# Inflections and the suffixes that keep a word's sense ("negotiators",
# "resignation", "retirement"), so a stem does not match another word
# ("invest*" is not "investigation").
_WORD_ENDING = (r"(?:e|es|ed|d|s|ing|ings|er|ers|or|ors|ion|ions|tion|tions|ation|ations"
                r"|ment|ments|ement|ements|al|ary|able|ability|ility|ive|ise|ised|ises"
                r"|ising|isation|ize|ized|izes|izing|ization|se|sed|ses|sing|ze|zed|zes"
                r"|zing)?")


def _trigger_pattern(trigger: str) -> str:
    """A lexicon trigger as a regex: whole words; a word's final ``*`` takes
    a word ending ("launch*" is "launched", "launches", not "Launchpad";
    "hostage* was released" is "hostages was released" too); ``...``
    stands for up to three words ("released ... hostage*" is "released
    three Israeli hostages")."""
    body = ""
    for word in trigger.lower().split():
        if word == "...":
            body += _GAP
        else:
            body += (r"\s+" if body and not body.endswith(_GAP) else "") + re.escape(word.rstrip("*")) \
                + (_WORD_ENDING if word.endswith("*") else "")
    return body + r"\b"


# Records of things, which a body releases: not the things themselves.
_RECORD_WORDS = (r"(?:footage|photos?|pictures?|videos?|images?|figures|data|details|names|lists?"
                 r"|statistics|results|reports?|findings|minutes|transcripts?|documents?"
                 r"|estimates?|forecasts?|statements?|letters?|recordings?|clips?|audio|memos?"
                 r"|emails?|polls?|surveys?|guidance)")
# A number is one word ("1.2 million", "1,200"), and so is a measure ("its
# 10 mg Veltrazine tablets"). Not a record of what the trigger's words
# name: "released footage of the fighters" released no fighters.
_GAP = (rf"(?:\s+(?!{_RECORD_WORDS}\b)[\w’'-]+(?:[.,]\d+)*"
        r"(?:\s+(?:mg|mcg|ml|kg|lb|lbs|oz|mm|cm|km)\b)?){0,3}?\s+")
# A record released is no product's launch: "released figures showing",
# "released its quarterly results", "minutes released on Wednesday"; the
# record is the head of what was released, not a modifier ("released a new
# video game", "a photo-editing app").
_RELEASED_RECORD = re.compile(
    rf"releas(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){{0,3}}?{_RECORD_WORDS}"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|on|in|at|by|for|from|with|showing|that|which|to|after|and"
    r"|as|over|about|suggesting|indicating|was|were|is|are)\b)", re.IGNORECASE)
_RECORD_BEFORE = re.compile(rf"\b{_RECORD_WORDS},?\s+(?:(?:was|were|being|been|to\s+be)\s+)?\Z",
                            re.IGNORECASE)
# ... or a record heads the subject of the clause whose verb is "was
# released": "The first image from the surface, showing one of its
# footpads, was released on Friday" (not "The new video game was released").
_RECORD_SUBJECT = re.compile(rf"\W*(?:the|a|an|its|his|her|their|this|these|those)\s+"
                             rf"(?:[\w’'-]+\s+){{0,3}}?{_RECORD_WORDS}"
                             r"(?=\s*,|\s+(?:from|of|on|in|at|by|for|with|showing|that|which|was|were)\b)",
                             re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)


# Captives released, told in the passive (the lexicon's "hostage* was
# released"); what a record or a work tells of them comes before them
# ("A video of the hostage was released", "Data on prisoners will be
# released", "A documentary about the hostages").
_CAPTIVES_RELEASED = re.compile(r"(?:hostage|prisoner|detainee|captive)s?\b[^.;]{0,40}?\breleased\b",
                                re.IGNORECASE)
_RECORD_OF = re.compile(rf"\b(?:{_RECORD_WORDS}|documentar(?:y|ies)|films?|movies?|books?|songs?|albums?"
                        r"|series|podcasts?)\s+(?:of|on|about|showing)\s+(?:[\w’'-]+\s+){0,2}\Z",
                        re.IGNORECASE)


def _releases_a_record(text: str, at: int) -> bool:
    """Whether the trigger at ``at`` in ``text`` is "released" (or "release")
    told of a record, after it or before it: no launch; or captives released
    told of a record of them, or of a work's title ("The thriller The
    Hostage was released"): no one freed."""
    if _RELEASED_RECORD.match(text, at) is not None:
        return True
    if _CAPTIVES_RELEASED.match(text, at) is not None:
        return _RECORD_OF.search(text, max(0, at - 60), at) is not None \
            or text[at].isupper() and not _opens_the_clause(text, at)
    return text[at:at + 6].lower() == "releas" and (
        _RECORD_BEFORE.search(text, 0, at) is not None
        or _PASSIVE_BEFORE.search(text, 0, at) is not None and _RECORD_SUBJECT.match(text) is not None)


def mention_id(doc_id: str, start: int, end: int) -> str:
    """Stable id of a mention: a hash of its article and offsets."""
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


# After these a participle is an adjective: "the spent fuel", "to affected customers".
_BEFORE_ADJECTIVE = timewords.BEFORE_AN_ADJECTIVE


def _is_past_verb(word: str, previous: str = "") -> bool:
    """Whether ``word`` (lower case) is a verb in the past tense, given the word
    before it: after an article, a possessive or a preposition a participle
    is an adjective ("the amount of dropped calls", "a revamped notification",
    "the spent fuel")."""
    if word in _REPORTING_PAST or word in _PAST_AUX:
        return True
    if previous in _BEFORE_ADJECTIVE:
        return False
    return word in IRREGULAR_PAST or word in _SHORT_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST)


_PERFECT = frozenset({"has", "have", "'ve", "’ve"})
_COORDINATORS = frozenset({"and", "or"})
# Adverbs between a perfect's auxiliary and its participle.
_PERFECT_ADVERBS = frozenset({"already", "so", "far", "just", "also", "now", "recently", "since",
                              "still", "yet", "ever", "never", "long", "previously", "repeatedly",
                              "reportedly", "not", "all", "both", "finally", "largely", "mostly"})
_SHARES_PERFECT = _COORDINATORS | {"been"}
# Words that move a clause off the story's day without a date the tagger
# resolves ("One year later he was fired", "when he first introduced it").
_ELSEWHEN = re.compile(r"(?:\b(?P<before>[\w’']+)\s+)?"
                       r"\b(?:later|earlier|previously|formerly|originally|once|(?P<first>first)|"
                       r"ago|before that|after that|since then|had\s+already|"
                       # "came a day after the minister toured": some days
                       # off a happening this clause does not date.
                       r"(?<!\bfor )(?:a|an|the|\d{1,2}|few|several|"
                       + "|".join(sorted(timewords.SMALL_NUMBERS, key=len, reverse=True))
                       + r")\s+(?:days?|weeks?|months?|hours)\s+(?:after|before)(?=\s+[\w’']+\s+\w)|"
                       r"(?<!\bas )(?<!\bthan )(?:twice|times|ever|never)\s+before|"
                       r"(?<!ever )before(?=\s*(?:[.,;:!?]|$)))\b"
                       r"(?:\s+(?P<after>[\w’']+))?",
                       re.IGNORECASE)
# Of those, the words that put a report at an untold time before the story
# ("when Jobs first introduced iPhone 4", "Ukraine has said previously"):
# not the week before the article, but any time in the year before it. A
# year is a guess too, but one that spans the news a story looks back on.
_LONG_BEFORE = re.compile(
    r"(?:\b(?P<before>[\w’']+)\s+)?"
    r"\b(?P<word>previously|formerly|originally|first|once|before)\b"
    r"(?:\s+(?P<verb>[a-z]+))?(?:\s+(?P<after>[a-z]+))?", re.IGNORECASE)
# "has twice before sued", "had clashed before": a "before" with no event
# after it lies an untold time back; "the day before" is only off the day.
_UNTOLD_BEFORE = frozenset({"once", "twice", "times", "ever", "never"})
_LONG_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades"})
_AS_NEVER = re.compile(r"\b(?:as|than)\s+\w+\s+$", re.IGNORECASE)  # "as never before"
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")
LONG_BEFORE_DAYS = 365
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who"})
_PRONOUNS = _SUBJECT_PRONOUNS - {"who"} | {"there"}  # that open a clause: "said it was"


def _elsewhen(text: str) -> bool:
    """Whether ``text`` says it lies off the story's day ("One year later",
    "when he first introduced it", "sales of the first Air fell"); "the
    first stage" and "for the first time" do not."""
    return any(not (m["first"] and (m["before"] or "").lower() in _BEFORE_ADJECTIVE
                    and (m["after"] or "")[:1].islower())
               for m in _ELSEWHEN.finditer(text))


def _long_before(text: str) -> bool:
    """Whether ``text`` says its report lies an untold time back ("when Jobs
    first introduced", "he once worked", "has said previously").

    Not an adjective ("its previously announced acquisition", "the first
    confirmed case"), a comparison ("faster than previously expected"), an
    aside or reduced relative ("the drug, previously approved in Europe",
    "first reported by Bloomberg") or a conjunction ("would reopen once
    repaired"): "first" and "once" need a subject before them (a pronoun or
    a name) and a past verb after.
    """
    unquoted = _unquoted(text)
    for m in _LONG_BEFORE.finditer(unquoted):
        before = (m["before"] or "").lower()
        verb = (m["verb"] or "").lower()
        if before in _BEFORE_ADJECTIVE or before in ("than", "as") \
                or (m["after"] or "").lower() == "by" \
                or unquoted[:m.start("word")].rstrip().endswith(","):
            continue  # "than previously expected", "the drug, previously approved in ..."
        if m["word"].lower() == "before":
            if _AS_NEVER.search(unquoted[:m.start("word")]):
                continue  # "rose as never before": a comparison
            right_after_verb = _is_past_verb(before) or before in IRREGULAR_PARTICIPLES
            if before in _UNTOLD_BEFORE or before in _LONG_UNITS or right_after_verb \
                    and _CLAUSE_ENDS.match(unquoted, m.end("word")):
                return True  # "has twice before sued", "have clashed before.", "the year before"
            continue
        if m["word"].lower() not in ("first", "once"):
            return True  # "has said previously", "had previously held"
        subject = before in _SUBJECT_PRONOUNS or (m["before"] or "")[:1].isupper()
        if subject and _is_past_verb(verb):
            return True
    return False


# What was thought of the story's happening before it came: "The decision
# had been widely expected".
_EXPECTED = frozenset({"expected", "anticipated", "forecast", "predicted", "rumoured", "rumored",
                       "awaited"})


def _participle_follows(words: Sequence[str], start: int) -> bool:
    """Whether a participle comes at ``words[start]``, after adverbs ("had
    long sought", "had been")."""
    for word in words[start:start + 3]:
        if word in _PERFECT_ADVERBS:
            continue
        return word in IRREGULAR_PARTICIPLES or word == "been" or (
            _is_past_verb(word) and word not in _PAST_AUX)
    return False


def _simple_past(text: str) -> bool:
    """True when ``text`` tells something in the simple past ("launched",
    "was"), which is what sets a story's day. The present perfect describes
    the present, and so do the participles coordinated with it ("a war
    that has killed thousands and displaced millions")."""
    previous, perfect = "", False
    words = _words(_unquoted(text))
    for index, word in enumerate(words):
        if previous in _PERFECT and word in _PERFECT_ADVERBS:
            continue  # "have so far inspected", "has already reopened"
        if word in ("had", "'d", "’d") and _participle_follows(words, index + 1):
            # "Prosecutors had sought 10 years": before the story's day; and
            # what it had said is told in the past, backshifted ("The
            # defense had argued he was lying").
            if any(w in _REPORTING_PAST for w in words[index + 1:index + 4]):
                return False
            if any(w in _EXPECTED for w in words[index + 1:index + 4]):
                return True  # "had been widely expected": of the story's happening
            previous, perfect = "has", True
            continue
        if word in IRREGULAR_PARTICIPLES:
            # "has taken ... and sold": a perfect that a later verb shares.
            perfect = perfect or previous in _PERFECT
        elif _is_past_verb(word):
            # "has been shelled and looted": a passive perfect.
            perfect = previous in _PERFECT or (perfect and previous in _SHARES_PERFECT)
            if not perfect:
                return True
        previous = word
    return False


# A condition opening the clause: "If convicted, he faces up to 20 years".
_CONDITION = re.compile(r"^\W*(?:if|unless)\b[^,;:]*,", re.IGNORECASE)


# "Had the bank raised rates in January, …": a condition told by inversion.
_HAD_SUPPOSED = re.compile(r"^\W*had\s[^,;:]*,", re.IGNORECASE)
_PRESENT_AUX = frozenset({"is", "are", "be", "being", "been", "has", "have", "get", "gets"})
# What would have followed: "the recession could have been avoided".
_MODAL_PERFECT = re.compile(r"\b(?:would|could|might|should)(?:\s+not)?\s+have\b[^,;:]*",
                            re.IGNORECASE)


def _supposed(text: str) -> list[tuple[int, int]]:
    """Where ``text`` tells what did not happen, or may not have, by
    supposing it: a condition opening it that supposes a past, and what
    would have followed ("Had the ceasefire held, talks would have resumed
    on Monday"); else nothing. Offsets into ``text``."""
    supposed = _supposed_past(text)
    if not supposed:
        return []
    # What would have followed, subject and all: "the launch would have been scrubbed".
    return [(0, supposed), *((supposed if text.find(",", supposed, m.start()) < 0 else m.start(),
                              m.end()) for m in _MODAL_PERFECT.finditer(text, supposed))]


def _supposed_past(text: str) -> int:
    """Where a condition opening ``text`` ends when it supposes a past
    ("Had the bank raised rates in January, …", "If Kyiv had agreed to the
    deal in 2022, …", "If the troops left on Monday, …"); else 0. Not one
    that supposes what lies ahead ("If the party loses the vote on Sunday,
    …", "If convicted on Monday, …"): that time may well come; nor one that
    denies, which tells what did happen ("Had it not been for the storm on
    Friday, …")."""
    inverted = _HAD_SUPPOSED.match(text)
    condition = inverted or _CONDITION.match(text)
    if condition is None or _DENIED_BEFORE.search(condition.group(0)):
        return 0
    if inverted is not None:
        return condition.end()
    # An "if" in the past supposes only when what would have followed says
    # so: "If the bank raised rates in January, the recession could have been
    # avoided"; not "If the ceasefire announced on Sunday holds, …" nor "If
    # the talks were tense, the dinner was cordial".
    if _MODAL_PERFECT.search(text, condition.end()) is None:
        return 0
    words = _words(condition.group(0))[1:]  # after "if"
    # A past, not a present passive's participle ("If the bill is approved").
    supposes = any(word in ("had", "was", "were") or i and words[i - 1] not in _PRESENT_AUX
                   and _is_past_verb(word, words[i - 1]) for i, word in enumerate(words))
    return condition.end() if supposes else 0


def is_past_report(text: str) -> bool:
    """True when ``text`` (quotations and an opening condition aside) holds
    a past-tense verb: it reports something that happened."""
    unquoted = _CONDITION.sub(" ", _unquoted(text))
    words = _words(unquoted)
    if any(w in _REPORTING_PAST for w in words):
        return True
    if _FUTURE.search(unquoted):
        return False
    return (any(_is_past_verb(w, words[i - 1] if i else "") for i, w in enumerate(words))
            or _perfect_of_irregular(words))


# What a clause says did not happen: a negation, the verb it denies, and the
# rest of that clause ("did not comment on the situation", "has not yet
# mentioned what prompted it", "was not disclosed", "never returned",
# "Neither company made any statement", "declined to comment": a refusal
# to speak, not one to act, which is news). A timeline holds what happened: a
# clause that tells nothing else ("Papermaster did not comment") is no
# mention, and what did not happen types no clause ("No deal was reached,
# officials said").
_NEGATION = re.compile(
    r"(?:\b(?P<aux>did|does|do|was|were|had|has|have|is|are|could|would)(?:\s+not\b|n[’']t\b)"
    r"|(?<![\w-])never(?![\w-])"
    r"|^\W*(?:Neither|No)\s+(?:[\w'’-]+\s+){0,3}?(?=[a-z]+ed\b|made\b)"
    r"|^\W*(?:Nobody|No\s+one|No-one)(?=\s)"
    r"|\b(?:declined|refused|declines|refuses)\s+to(?=\s+(?:(?:immediately|publicly|further)\s+)?"
    r"(?:comment|say|disclose|confirm|elaborate|discuss|specify|reveal|answer|respond|detail|name"
    r"|identify)\b)"
    r"|\b(?:declined|declines|ignored|ignores)(?=\s+(?:\w+\s+)?requests?\s+(?:for|to)\s+comment\b))"
    r"(?:\s+(?:yet|been|be|even|actually|really|ever|always|officially|publicly|explicitly"
    r"|significantly|immediately))*\s*(?P<verb>[\w’'-]+)", re.IGNORECASE)
# Where the denied clause ends: a break, "but", or a clause of its own ("did
# not disclose the price when it acquired Beats").
_BREAK = r"[,;:()“”\"–—]|\s-\s"  # punctuation that ends a clause
_DENIAL_END = re.compile(_BREAK + r"|\b(?:but|when|after|before|while|because|although|though"
                                  r"|whereas|since)\b")
# A denial that tells it happened after all: "wasn't released until November",
# "did not stop him from signing".
_HAPPENED_ANYWAY = re.compile(r"\buntil\b|\bfrom\s+\w+ing\b")
# Not a denied verb: "did not only attack", "was not the first time" ("was
# not available for comment" is denied: no comment came).
_NOT_DENIED = frozenset({"only", "just", "merely", "simply", "the", "a", "an", "alone", "so",
                         "as", "that", "without"})
# A second verb joined to a denied one, which is not denied: "did not run
# for re-election and endorsed Harris".
_JOINED_VERB = re.compile(r"\s(?:and|or)\s+(?P<verb>[a-z]+)")


# Refusing to speak: "did not respond to a request for comment", "declined
# to say whether ...".
_SILENCE = frozenset({"comment", "say", "answer", "disclose", "confirm", "elaborate", "discuss",
                      "specify", "reveal", "detail", "explain", "speak", "requests", "request"})
_FOR_COMMENT = re.compile(r"\b(?:for|seeking|requesting)\s+comment\b", re.IGNORECASE)
# The words of a refusal itself, which tell nothing it was about.
_REFUSING = frozenset({"declined", "declines", "refused", "refuses", "ignored", "ignores", "did",
                       "does", "do", "has", "have", "had", "was", "were", "is", "are", "been",
                       "not", "to", "immediately", "publicly", "further", "comment", "return",
                       "returned", "respond", "responded", "reply", "replied", "calls",
                       "messages", "emails", "requests", "request"})


def _affirmed(text: str, only: AbstractSet[str] | None = None) -> str:
    """``text`` with what it says did not happen blanked, offsets kept;
    with ``only``, just the denials of those verbs or of a comment."""
    if only is None:
        # "Had the bank raised rates in January, the recession could have
        # been avoided": it did not, and what would have followed did not either.
        for first, last in _supposed(text):
            text = text[:first] + " " * (last - first) + text[last:]
    # A quotation's edge ends a denial too ("‘..., don't you?’ he asked").
    edges = sorted(at for a, b in quotations(text) for at in (a, b - 1))
    for found in _NEGATION.finditer(text):
        verb = found["verb"].lower()
        if verb in _NOT_DENIED:
            continue  # "was not the first time", "did not only attack"
        end = _DENIAL_END.search(text, found.end())
        stop = min([end.start() if end is not None else len(text),
                    *(at for at in edges if at >= found.end())])
        for joined in _JOINED_VERB.finditer(text, found.end(), stop):
            if _is_past_verb(joined["verb"].lower()):  # "did not run and endorsed Harris"
                stop = joined.start()
                break
        if only is not None and verb not in only \
                and not _FOR_COMMENT.search(text, found.end(), stop):
            continue  # "did not return calls seeking comment" is silence too
        if not _HAPPENED_ANYWAY.search(text, found.start(), stop):
            text = text[:found.start()] + " " * (stop - found.start()) + text[stop:]
    return text


# A relative clause in the present perfect describes its noun, up to the next
# break: "A war that has killed thousands and displaced millions", "the
# company, which has sold 3 billion songs, ..."; not the verb of its noun
# ("The war that has killed thousands ended", "Those who have known him have
# lost a friend"). Alone, it reports nothing.
_DESCRIBING = re.compile(r"\b(?:that|which|who)\s+(?:has|have)\s+\S+", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(_BREAK)
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "shall", "should"})
_NOUNS_VERB = frozenset({"has", "have", "had", "was", "were", "is", "are"})
# Words after which a past is no verb of the noun: "and displaced", "when held".
_NOT_THE_NOUNS_VERB = _COORDINATORS | {"when", "if", "unless", "while", "once", "until"}


def _reported(text: str) -> str:
    """What ``text`` tells as having happened: neither what it says did not
    happen nor what a relative clause in the present perfect says of a noun."""
    text = _affirmed(text)
    for found in _DESCRIBING.finditer(text):
        end = _CLAUSE_BREAK.search(text, found.end())
        stop = end.start() if end is not None else len(text)
        previous = found.group(0).split()[-1].lower()
        for word in _WORD.finditer(text, found.end(), stop):
            low = word.group(0).lower()
            # Not right after its own participle: "has caused dropped calls".
            if previous not in _NOT_THE_NOUNS_VERB and word.start() > found.end() + 1 \
                    and (low in _NOUNS_VERB or _is_past_verb(low, previous)):
                stop = word.start()  # the verb of the noun the clause describes
                break
            previous = low
        text = text[:found.start()] + " " * (stop - found.start()) + text[stop:]
    return text


# Who a speaker is, set off after their name: "the union's organiser", "who
# led the delegation".
_WHO_THEY_ARE = (r"(?:(?:a|an|the|his|her|its|their)\s+(?!(?:day|days|week|weeks|month|months|year"
                 r"|years|morning|evening|night|afternoon|same|next|previous|following)\b)"
                 r"|(?:who|whose)\s+)[^,;:“”\"()]{1,60}?")  # not "the day after talks collapsed"
# A source named at a clause's end ("..., the minister said."): who told it,
# not what was done.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:(?:[\w.'’-]+\s+){0,6}(?:said|added|noted|stated|wrote|told\s+\S+)"
    r"|(?:said|added|noted|stated|wrote)(?:\s+[\w.'’-]+){1,6}"
    # "said Horvat, the party spokesman, at a briefing in Zagreb"
    rf"(?:,\s+{_WHO_THEY_ARE}(?:,\s+(?:on|in|at|during)\s+[^,;:]*)?)?)\W*$", re.IGNORECASE)
_PRESENT_BE = frozenset({"is", "are", "am", "be", "being"})
# A participle set off by commas describes, it does not tell: "The summit,
# delayed from January, opens this week."
_ASIDE = re.compile(r",\s+(?:[a-z]+ed|[a-z]+en)\b[^,]*,")


def _told_as_done(text: str) -> bool:
    """Whether ``text`` tells something as done, not as going on or meant:
    "has filed a lawsuit this week", not "talks continue this week, he
    said", "the trial is being held", "hoped to sign the deal this week"."""
    core = _ASIDE.sub(",", _ATTRIBUTION_TAIL.sub("", _unquoted(text)))
    if _FUTURE.search(core):
        return False
    words = _words(core)
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        following = words[i + 1] if i + 1 < len(words) else ""
        if previous in _PRESENT_BE or following == "to":
            continue
        if _is_past_verb(word, previous) and word not in _PAST_AUX \
                or (word in IRREGULAR_PARTICIPLES and previous in _PERFECT):
            return True
    return False


def _perfect_of_irregular(words: Sequence[str]) -> bool:
    """"has chosen to step down", "have already taken": something done, told in
    the present perfect of a verb whose participle is not its past. A state
    ("has been") is not."""
    return any(w in IRREGULAR_PARTICIPLES and w not in _ALSO_PRESENT
               and (words[i - 1] in _PERFECT
                    or (i > 1 and words[i - 2] in _PERFECT and words[i - 1] not in _NOT_DONE))
               for i, w in enumerate(words) if i)


# Participles that are also present forms ("have to come"), and words that
# undo a perfect ("has not chosen", "have to choose").
_ALSO_PRESENT = frozenset({"been", "come", "run", "become"})
_NOT_DONE = frozenset({"not", "never", "to", "yet"})


# The shortest and longest whole unit of each precision, in days: within that
# range an interval is the whole unit, however long its month or year.
_WHOLE_UNIT_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "quarter": (90, 92),
                    "year": (365, 366), "decade": (3652, 3653), "century": (36524, 36525)}


# A time between an article and a noun, or before "'s" and a noun, tells
# which event the noun is: "hostages seized in the October 7 attack",
# "praised Friday's talks". An as precise time of the clause is its own.
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|its|his|her|their)[ \t]+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?P<owner>['’]s)?[ \t]+(?P<word>[a-z][\w-]*)")
_NOT_A_NOUN = _PREPOSITIONS | _MODALS | _NOUNS_VERB | {"and", "or", "but", "that", "when", "if"}
# Where a clause, and its subject, begin: after these marks and words.
_OPENS_A_CLAUSE = ".!?;:,\"“(\n"
_SUBJECT_FOLLOWS = frozenset({"that", "and", "but"}) | timewords.REPORTING_VERBS


def _modifies_a_noun(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` (found in ``text``) stands before a noun it dates,
    other than a clause's subject: "The 2024 election was the closest since
    2000" and "said Tuesday's vote would go ahead despite the storm on
    Monday" are of 2024 and of Tuesday."""
    noun = _NOUN_AFTER.match(text, time.end)
    if noun is None or noun["word"] in _NOT_A_NOUN or _is_past_verb(noun["word"]):
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, time.start - 8), time.start)
    if not noun["owner"] and article is None:
        return False
    before = text[max(0, time.start - 40):article.start() if article else time.start].rstrip()
    words = _WORD.findall(before)  # none after a dash alone: "– the yesterday"
    if not words or before[-1] in _OPENS_A_CLAUSE:
        return False
    return words[-1].lower() not in _SUBJECT_FOLLOWS


def _best_time(times: Sequence[TimeExpression], text: str) -> TimeExpression:
    """The most precise of several time expressions (first on a tie); of
    those as precise, one that does not date a noun of ``text`` (the
    document's text) before one that does.

    A part of a unit ("early 2009") is more precise than the whole unit, and
    a week ("March 3-10") less precise than a day, but a 30-day June is not
    more precise than a 31-day March: "in March and June" is dated by March.
    """
    rank: dict[str, int] = {p: i for i, p in enumerate(PRECISIONS)}

    def width(t: TimeExpression) -> int:
        if not t.is_dated:
            return 10**6
        days = (t.latest - t.earliest).days + 1  # type: ignore[operator]
        shortest, longest = _WHOLE_UNIT_DAYS.get(t.precision or "vague", (days, days))
        return shortest if shortest <= days <= longest else days

    def precision(t: TimeExpression) -> str:
        # A hedged count ("less than two weeks ago") is vague but bounded: it
        # ranks as the smallest unit it fits in, so it beats the "2010" of
        # "the 2010 conference". "recently" and "soon" stay vague.
        if t.precision == "vague" and t.is_dated and not t.value.endswith("_REF"):
            return next((p for p, (_, longest) in _WHOLE_UNIT_DAYS.items()
                         if width(t) <= longest), "vague")
        return t.precision or "vague"

    def key(t: TimeExpression) -> tuple[int, bool, bool, int, int]:
        # "now" gives way to a date as precise ("now has until March 1"),
        # unless that date names a noun ("now see … before Thursday's decision").
        return (rank.get(precision(t), len(rank)), _modifies_a_noun(text, t),
                t.value == "PRESENT_REF", width(t), t.start)

    return min(times, key=key)


def _is_planned(time: TimeExpression | None, clause: str, doc_date: date) -> bool:
    if time is None:
        return False
    if time.future or (time.earliest is not None and time.earliest > doc_date):
        return True
    if time.latest is not None and time.latest >= doc_date:
        return bool(_FUTURE.search(clause))
    return False


# The modal nearest before a reported time (or, with none, after it) tells
# whether it is a guess ("could end within weeks") or a plan ("the summit,
# which could be historic, will take place next week"); lower case: "in
# May" is a month.
_MODAL = re.compile(r"\b(?:could|might|may|will|would|shall|can|must)\b|['’]ll\b")
_HEDGES = frozenset({"could", "might", "may"})


def _guessed(text: str, time: int) -> bool:
    """Whether the time at offset ``time`` of ``text`` is told as a
    possibility: the modal nearest before it, or with none, the first after
    it ("next month, the leaders might meet"), is "could", "might" or "may"."""
    before = list(_MODAL.finditer(text, 0, time))
    modal = before[-1] if before else _MODAL.search(text, time)
    return modal is not None and modal.group(0) in _HEDGES


_SCARE_QUOTE_WORDS = 4  # "the “deal of the century”" quotes a phrase, not speech
# A short phrase fronted before the subject: "On the 30GB iPod, 75 hours
# ... can be stored", "Alongside this rumor, AppleInsider claims".
_FRONTED = re.compile(r"(?:in|on|at|alongside|after|before|during|despite|following|with|"
                      r"under|for|since|amid|besides|unlike|like|by|from|over)\s"
                      r"(?P<phrase>[^,;:“”\"()]*),\s+", re.IGNORECASE)
_FRONTED_WORDS = 5
# The occasion set before a clause's subject: "At a summit in Paris on
# Monday, ", "In an interview with Fox News, ", "During talks in Riyadh, ".
_SETTING_PHRASE = re.compile(r"\W*(?:at|during|in|on|amid)\s+(?:(?:a|an|the|its|his|her|their)\s)?"
                             r"[^,;:“”\"()]{1,60},\s+(?=(?-i:[A-Z0-9])|(?:the|a|an|its|his|her|their)\s)",
                             re.IGNORECASE)
# Its opening up to the event word: "At a", "During", "At the June 5";
# not "On Monday Apple" (unveils), nor "In 1998 Apple" (introduced).
_SETTING_OPENS = re.compile(
    r"\W*(?:[Aa]t|[Dd]uring|[Ii]n|[Oo]n|[Aa]mid)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:(?:[a-z0-9][\w’'-]*|%s)\s+){0,3}" % "|".join(m.capitalize() for m in timewords.MONTHS))
# A sentence adverb set before the subject: "Finally, new camera features
# are built in", "Competition-wise, the BlackBerry is ...". One in -ly reads
# as an adverb (``entities.is_adverb``: not "Italy, France and Spain agreed");
# these others are listed.
_SENTENCE_ADVERBS = frozenset({
    "meanwhile", "however", "still", "instead", "moreover", "furthermore", "nevertheless",
    "nonetheless", "indeed", "overall", "again", "now", "today", "then", "also", "thus",
    "therefore", "hence", "otherwise", "likewise", "first", "second", "third", "lastly",
    "later", "earlier"})
_FRONTED_WORD = re.compile(r"(?P<phrase>[A-Za-z]+(?:-wise)?)\s*,\s+")


def _fronted_adverb(snippet: str) -> re.Match[str] | None:
    """The sentence adverb and comma opening ``snippet``, if any."""
    fronted = _FRONTED_WORD.match(snippet)
    if fronted is None:
        return None
    word = fronted["phrase"].lower()
    return fronted if word.endswith("-wise") or word in _SENTENCE_ADVERBS \
        or is_adverb(word) else None


def _title_words(snippet: str) -> list[str]:
    """The words a title takes from ``snippet``: up to its first comma,
    colon, bracket, dash or quotation of speech. A quoted phrase (he is
    “getting ready” for) is kept whole; a short phrase fronted before the
    subject ("On the 30GB iPod, ...") is passed over."""
    fronted = _fronted_adverb(snippet) or _fronted_phrase(snippet)
    if fronted:
        rest = _clause_words(snippet[fronted.end():])
        if len(rest) >= 3:
            return rest
    aside = _SUBJECT_ASIDE.match(snippet)
    if aside and len(aside["subject"].split()) <= _SUBJECT_WORDS \
            and not any(_is_past_verb(w) for w in _words(aside["subject"])) \
            and (not aside["apposed"] or _is_apposition(aside["subject"], aside.group(0))):
        # "The summit, originally set for May, was moved": the summit was
        # moved; "Ted Cruz, the Texas Republican who leads the committee,
        # will hold a hearing": Cruz will.
        return _clause_words(f"{aside['subject']} {snippet[aside.end():]}")
    return _clause_words(snippet)


# A short subject with no verb, then a description set off by commas, then
# the verb in lower case: "The talks, which began in Riyadh, ended on
# Tuesday"; after a name, a noun phrase ("Cruz, the Texas Republican, will").
# Not a list ("Apple, founded in 1976, Google and Microsoft"), nor
# verbs in a row ("Russia attacked Kyiv, killed 20, and withdrew").
_SUBJECT_WORDS = 7  # "The summit between Trump and Putin", "Talks between Russia and Ukraine"
_PARTICIPLE = "|".join(sorted(IRREGULAR_PARTICIPLES | IRREGULAR_PAST))
_SUBJECT_ASIDE = re.compile(
    r"(?P<subject>[^,;:()“”\"]{1,60}?)\s*,\s+(?:[a-z]+ly\s+(?:set|due)|(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|[a-z]{{3,}}en|{_PARTICIPLE}|which|who)|(?P<apposed>the|a|an))\b"
    r"[^,;:()“”\"]*,\s+(?!(?:and|or|but|nor)\b)(?=[a-z])")


_RELATIVE_WORD = re.compile(r"\b(?:who|which|that)\b")


def _is_apposition(subject: str, aside: str) -> bool:
    """Whether the noun phrase set off after ``subject`` says who it is:
    the subject is a name ("Ted Cruz, the Texas Republican who leads the
    committee,"), not a phrase set before a clause ("Across Europe, a wave
    of strikes hit airports, ..."), and the phrase has no verb of its own
    but in a relative clause."""
    words = subject.split()
    phrase = _RELATIVE_WORD.split(aside[len(subject):])[0]
    return bool(words) and words[-1][:1].isupper() and words[0].lower() not in _PREPOSITIONS \
        and not any(_is_past_verb(w) or w in _MODALS or w in _NOUNS_VERB
                    for w in _words(phrase))


def _fronted_phrase(snippet: str, pos: int = 0) -> re.Match[str] | None:
    """The short phrase and comma set before a subject at ``pos``, if any."""
    fronted = _FRONTED.match(snippet, pos)
    return fronted if fronted and _is_fronted(fronted["phrase"], snippet[fronted.end():]) \
        else None


# A subject's first word: a name, a number, an article, or a word in lower
# case that is no participle ("lawmakers will vote"; not "claiming it").
_OPENS_AS_SUBJECT = re.compile(r"[A-Z0-9]|(?:the|a|an|this|its|his|her|their)\s"
                               r"|[a-z]+(?<!ing)(?<!ed)\s")


def _is_fronted(phrase: str, rest: str) -> bool:
    """Whether ``phrase`` (after its preposition) is set before a clause's
    subject: a few words, none a verb's past nor a name past its first
    ("On Monday Apple unveils iPad," is a clause), and what follows starts
    as a subject does, not with a participle ("claiming it copied")."""
    words = phrase.split()
    return len(words) < _FRONTED_WORDS \
        and not any(_is_past_verb(w) for w in _words(phrase)) \
        and not any(w[:1].isupper() for w in words[1:]) \
        and bool(_OPENS_AS_SUBJECT.match(rest))


def _clause_words(snippet: str) -> list[str]:
    """The words of ``snippet`` up to where its clause ends, at most
    ``TITLE_WORDS``; none when they are only punctuation."""
    # Quoted phrases ("quotations" gives the outermost only: "“a ‘b’ c”" is one).
    quoted = quotations(snippet)
    phrases = [(a, b) for a, b in quoted if _is_phrase(snippet[a:b])]
    # A comma inside the marks ('a “retina display,” which') ends the clause
    # after them.
    cuts = [b for a, b in phrases if snippet[a + 1:b - 1].rstrip()[-1:] in tuple(",;:")]
    kept = _fronted_in_complement(snippet)
    kept |= {at for age in _AGE.finditer(snippet) for at in (age.start(1), age.start(2))}
    kept |= {d.start(g) for d in _DATE_COMMA.finditer(snippet) for g in (1, 2) if d.start(g) >= 0}
    cuts += [c.start() for c in _TITLE_CUT.finditer(snippet)
             if not any(a <= c.start() < b for a, b in phrases) and c.start() not in kept]
    # A single mark cuts only where it opens or closes speech ("workers’ union").
    cuts += [at for a, b in quoted if (a, b) not in phrases
             for at in (a, b - 1) if snippet[at] in "‘’'"]
    cut = min((c for c in cuts if c > 0), default=len(snippet))
    # Tokenised text spaces a phrase's marks off ('“ getting ready ”').
    pieces, at = [], 0
    for a, b in sorted(p for p in phrases if p[1] <= cut):
        inner = " ".join(snippet[a + 1:b - 1].split()).rstrip(",;: ")
        pieces += [snippet[at:a], snippet[a], inner, snippet[b - 1]]
        at = b
    pieces.append(snippet[at:cut])
    clause_words = "".join(pieces).split()
    words = clause_words[:TITLE_WORDS]
    # Not cut inside a name or a date: "at the White House", "to June 13".
    for following in clause_words[TITLE_WORDS:TITLE_WORDS + _NAME_TAIL]:
        if not (words[-1][:1].isupper() and words[-1][-1:].isalnum()
                and (following[:1].isupper() or following[:1].isdigit())):
            break
        words.append(following)
    return words if any(_WORD.search(w) for w in words) else []


_NAME_TAIL = 2  # words a title may run over its length to finish a name or date


_THAT = re.compile(r"\bthat\s*(?P<comma>,)?\s+", re.IGNORECASE)
# An age set off by commas after a name ends no clause: "Papermaster, 49, had left".
_AGE = re.compile(r"(?<=[A-Za-z])\s*(,)\s*\d{1,3}\s*(,)")
# Nor does a comma inside a date: "began on Thursday, February 24, 2022".
_MONTH_WORD = "|".join(sorted((w.capitalize() for w in (*timewords.MONTHS,
                                                          *timewords.MONTH_ABBREVIATIONS)),
                              key=len, reverse=True))
_WEEKDAY_WORD = "|".join(sorted((w.capitalize() for w in (*timewords.WEEKDAYS,
                                                            *timewords.WEEKDAY_ABBREVIATIONS)),
                                key=len, reverse=True))
_DATE_COMMA = re.compile(
    rf"\b(?:{_WEEKDAY_WORD})\.?(,)\s+(?=(?:{_MONTH_WORD})\.?\s+\d)"
    rf"|\b(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(,)\s+(?=\d{{4}}\b)")


def _fronted_in_complement(snippet: str) -> set[int]:
    """Where the commas around a phrase fronted in a "that" clause are:
    "said that in 2017, Russia supplied ...", "said that, over the past few
    weeks, his health ..." go on to say what was said."""
    commas = set()
    for that in _THAT.finditer(snippet):
        fronted = _fronted_phrase(snippet, that.end())
        if fronted:
            commas.add(fronted.end("phrase"))
            if that["comma"]:
                commas.add(that.start("comma"))
    return commas


def _is_phrase(quotation: str) -> bool:
    """Whether a quotation (marks included) is a closed phrase, not speech:
    "the “deal of the century”"."""
    inner = quotation[1:-1]
    return len(quotation) > 1 and quotation[0] in "“\"‘'" and quotation[-1] in "”\"’'" \
        and bool(inner.strip()) \
        and len(_WORD.findall(inner)) <= _SCARE_QUOTE_WORDS


_QUOTE_MARKS = re.compile(r"[“”\"]")


def _without_quote_marks(text: str) -> str:
    """``text`` without its quote marks; a single mark only where it opens
    or closes a quotation, so "workers’ union" keeps its apostrophe."""
    bounds = {at for a, b in quotations(text) for at in (a, b - 1) if text[at] in "‘’'"}
    return _QUOTE_MARKS.sub("", "".join(c for i, c in enumerate(text) if i not in bounds))


_REPORTED_OPENER = re.compile(r"^\s*(?:that|and|but|as|while)\s+", re.IGNORECASE)
# A word that opens a reported or a subordinate clause, which no title
# needs: "that lawmakers would hold ...", "after Dekker Hollis declined ...";
# in lower case only ("That figure rose").
_CLAUSE_OPENER = re.compile(r"^\s*(?:that|after|because|before)\s+")


# Who a speaker is after their name (``_WHO_THEY_ARE``), their age, or
# their name after who they are ("said a police spokesman, Tom Reid"),
# before when or where they spoke, or the end: not "said Anne Coulter, the
# interim chair, who led the search" (what comes after is no speaker's).
# An age is theirs before anything: "said Gloria Mendez, 71, who ...".
_APPOSED = rf"(?:{_WHO_THEY_ARE}|\d{{1,3}}|(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}))"
_APPOSED_SPEAKER = re.compile(rf",\s+{_APPOSED},(?=\s+(?:on|in|at|during)\b)|,\s+{_APPOSED}"
                              r"(?=[\s.!?’'”\")]*$)|,\s+\d{1,3}(?=\s*,)", re.IGNORECASE)
# Verbs that come before their speaker with no quotation: "..., said Ravi
# Dhillon"; not "told" (whom: "told reporters") nor "warned" ("warned against").
_INVERTED_SPEECH = re.compile(r"(?:said|says|added|adds|wrote|writes|asked)\b", re.IGNORECASE)
# A subject and one aside before its verb: "The mayor, Jane Doe,", "Police,
# who arrested two men,".
_SUBJECT_WITH_ASIDE = re.compile(r"\s*[^,]+,[^,]+,")
# A title set off after "said": "said the senator, who met Trump on Tuesday".
_TITLE_SET_OFF = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*,",
                            re.IGNORECASE)
# A speaker's opening, up to a name ("said union organiser Ravi Dhillon",
# "said the Kremlin"), or a name set off after who they are ("said the
# union's organiser, Ravi Dhillon"): a title with no name ("said a ministry
# spokesman") stays in the title, where no actor names them.
_SPEAKER_OPENS = re.compile(r"\W*(?:[a-z]+\s+){0,2}[A-Z]|[^,]*,\s+[A-Z]")
# Where a speaker named after the verb ends: "said Zelensky's chief of
# staff Andriy Yermak on Monday" (not "of": "chief of staff").
_DAY_NAME = re.compile(rf"(?:{'|'.join(d.capitalize() for d in timewords.WEEKDAYS)})[.,;:]?")  # "said Sarah Lund Monday"
_AFTER_SPEAKER = frozenset({"in", "on", "at", "during", "after", "before", "while", "when",
                            "as", "because", "from", "adding", "according"})


def _speaker_span(clause: str, trigger: int) -> tuple[int, int] | None:
    """Where ``clause`` names its speaker after the verb at ``trigger`` that
    follows a quotation ('"...," said Zelensky's chief of staff Andriy Yermak
    on Monday'), or a comma, or opens the clause ("said Ravi Dhillon on
    Tuesday"): from the verb's end to a comma or a word such as "on" or
    "during", past who they are when set off by commas. None when the verb
    follows none of those ("Putin told Zarubin": that is whom he told)."""
    if trigger < 0:
        return None
    # After a quotation, or a speech verb after a comma or opening the
    # clause: "said Ravi Dhillon on Tuesday", a source aside of its own;
    # "We will not back down, said union organiser Ravi Dhillon".
    inverted = _INVERTED_SPEECH.match(clause, trigger) is not None \
        and (not clause[:trigger].strip() or clause[:trigger].rstrip().endswith(","))
    if not inverted and not any(b <= trigger and not clause[b:trigger].strip(" ,\"”“'’")
                             for _, b in quotations(clause)):
        return None
    verb = re.match(r"\S+", clause[trigger:])
    begin = trigger + (verb.end() if verb else 0)
    for word in re.finditer(r"\S+", clause[begin:]):
        if word.group().lower() in _AFTER_SPEAKER or _DAY_NAME.fullmatch(word.group()):
            return _who_spoke(clause, begin, begin + word.start(), inverted)
        bare = word.group().rstrip(",;:")  # not ".": "Apple Inc. CEO Steve Jobs"
        if bare != word.group():  # up to the comma, which still ends the title
            end = begin + word.start() + len(bare)
            # ... or past who they are: "said Ravi Dhillon, the union's organiser, on Tuesday"
            apposed = _APPOSED_SPEAKER.match(clause, end)
            return _who_spoke(clause, begin, apposed.end() if apposed else end, inverted)
    return _who_spoke(clause, begin, len(clause), inverted)


def _who_spoke(clause: str, begin: int, end: int, inverted: bool) -> tuple[int, int] | None:
    """The span ``begin:end`` after a speech verb, when it names who spoke:
    after a verb that follows no quotation, it opens as a name does, and
    the rest of its clause only names the speaker."""
    if inverted and not (_SPEAKER_OPENS.match(clause, begin)
                         and _names_only_the_speaker(clause[begin:])):
        return None
    return begin, end


def _names_only_the_speaker(after_verb: str) -> bool:
    """Whether what follows a speech verb, to the end of its clause, holds
    no verb, pronoun or "that": who spoke, and when or where ("a police
    spokesman, Tom Reid, on Monday"); not what ("he would resign", "Russia
    had agreed", "lessons from the fire made ...")."""
    rest = re.split(r"[;:]", after_verb)[0]
    return not _has_finite_verb(rest) \
        and not any(w in _PRONOUNS or w == "that" for w in _words(rest))


# How far back from a noun event word its verb may lie, and the words a
# verb's subject may end on (besides a name: "Apple Corps have decided").
_VERB_REACH = 8
_SUBJECT_END = frozenset({"has", "have", "had", "he", "she", "it", "they", "we", "i", "who"})


# Before a past participle: "had been brought", "could have been sent";
# "be" only after a modal ("will be reopened", not "to be charged").
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "being"}) | _MODALS


def _auxiliaries_ending(words: Sequence[str]) -> int:
    """How many of the last (at most four) ``words`` are auxiliaries."""
    count = 0
    while count < min(len(words), 4):
        word = words[-1 - count].lower()
        after_modal = count + 1 < len(words) and words[-2 - count].lower() in _MODALS
        if word not in _AUXILIARIES and not (word == "be" and after_modal):
            break
        count += 1
    return count


def _verb_before(words: Sequence[str], event_word: str) -> str:
    """When the event word is a noun ("lawsuit", "Court"), the words from the
    verb that acts on it ("has filed a", "have decided to take the case to
    the"), so the title says what was done; "" when no past verb right after
    a subject comes within ``_VERB_REACH`` words of it in the same clause.
    A subject that is no name is taken along when the verb has an object
    ("central bank raised its", "two sides agreed to a"; not "the sanctions
    imposed in", a description), and is all there is to take when the event
    word is the verb ("Ukrainian forces" shelled)."""
    if _is_past_verb(event_word.lower()):
        # "Ukrainian drones" struck; "the gunman who fled": the gunman did.
        if words and words[-1].lower() in _RELATIVE_PRONOUNS:
            antecedent = _common_subject(words[:-1], antecedent=True)
            # Not when the clause opens on it: "The man who attacked the
            # crowd was an Afghan" is about the man who did it.
            if antecedent and len(words) - 1 - len(antecedent) > 1:
                return " ".join(antecedent)
            if antecedent:
                return " ".join([*antecedent, words[-1]])  # "Inspectors who visited"
        auxiliaries = _auxiliaries_ending(words)  # "had been brought": all of them
        if auxiliaries:
            # "Prosecutors had sought": the auxiliaries, and their subject
            # when no verb comes before it ("The man who attacked the crowd
            # was arrested": not the crowd).
            subject = _common_subject(words[:-auxiliaries])
            ahead = words[:len(words) - auxiliaries - len(subject)]
            # Of this clause: after a comma or "but" before it.
            cut = max((i + 1 for i, w in enumerate(ahead)
                       if w.endswith((",", ";")) or w.lower() in ("but", "while")), default=0)
            if any(_is_past_verb(w.lower()) for w in ahead[cut:]):
                subject = []
            return " ".join([*subject, *words[-auxiliaries:]])
        return " ".join(_common_subject(words))
    for i in range(len(words) - 1, max(len(words) - _VERB_REACH, 0) - 1, -1):
        word = words[i]
        # A single mark opening a word opens a quotation ("had ‘recommitted").
        if _TITLE_CUT.search(word) or word in ("–", "—", "-") or word[:1] in "‘'":
            return ""
        previous = words[i - 1] if i else ""
        if not _is_past_verb(word.lower(), previous.lower()):
            continue
        if previous.lower() in _SUBJECT_END \
                or previous[:1].isupper() and not previous.endswith("ly"):
            # A name is in the title already; "Investors" opening it is not.
            people = i == 1 and names_people_by_trade(previous)
            return " ".join(words[i - 1 if people else i:])
        following = words[i + 1] if i + 1 < len(words) else event_word
        # An object or a place ("died in the blaze", "spoke at the summit").
        if following.lower() in _OBJECT_OPENERS or following.lower() in _VERB_TO_EVENT:
            subject = _common_subject(words[:i])
            if subject:
                return " ".join([*subject, *words[i:]])
    return ""


_OBJECT_OPENERS = _DETERMINERS | {"new"}
_VERB_TO_EVENT = frozenset({"to", "in", "at", "during"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_NOUN_PHRASE_WORDS = 3  # "the central bank", "the country's top court"
_NOUN_MODIFIERS = 3  # numbers and an owner besides: "the gang's $4.5 million demand"
_NOUN_MODIFIER = re.compile(r"[$€£]?\d[\d.,]*(?:-[a-z]+)*|[a-z]+['’]s")  # "96-page", "town's"
# Words a subject that is no name is not made of: function words (articles,
# prepositions, "only"), auxiliaries and modals, pronouns, and adverbs of
# the sentence or of time ("Apple today unveiled").
_NOT_IN_SUBJECT = (_BEFORE_ADJECTIVE | _NOT_DENIED | {"that", "and", "or", "but"}
                   | _NOUNS_VERB | _MODALS | {"be", "been"}
                   | _PRONOUNS
                   | _SENTENCE_ADVERBS | {"today", "yesterday", "tonight"})


# Words that open a clause before its subject: "when", "though", "where".
_SUBORDINATORS = frozenset({"when", "where", "while", "if", "because", "although", "though",
                            "once", "unless", "whether", "after", "before", "since", "until"})
# Words that open a clause or a phrase, never a noun: "which took office",
# "In third-quarter results".
_NO_NOUN_OPENERS = _PREPOSITIONS | _SUBORDINATORS | {"who", "whom", "whose", "which", "what", "how",
                                                     "why"}


def _common_subject(words: Sequence[str], antecedent: bool = False) -> list[str]:
    """The noun phrase ending ``words`` after its article ("the central
    bank": "central bank"), at most ``_NOUN_PHRASE_WORDS`` words, or one
    opening the clause with an adjective ("Ukrainian drones"); none when a
    word in it is a name, a pronoun, an adverb or a function word.
    ``antecedent``: the phrase is what a relative pronoun after it stands
    for, so it may follow a preposition ("searching for the gunman who")."""
    if words and words[-1].lower() in COUNTS_OF_PEOPLE \
            and (len(words) == 1 or words[-2].endswith(",")):
        return list(words[-1:])  # "Thousands rallied"
    if len(words) >= 3 and words[-2] == "of" and words[-3].lower() in COUNTS_OF_PEOPLE \
            and (len(words) == 3 or words[-4].endswith(",")):
        return list(words[-3:])  # "Hundreds of people fled"
    phrased = [] if antecedent else _noun_and_its_phrase(words)
    if phrased:
        return phrased  # "Relatives of the victims": not "the victims"
    modifiers = 0  # numbers and owners before the noun: "the gang's $4.5 million demand"
    for n in range(1, min(_NOUN_PHRASE_WORDS + _NOUN_MODIFIERS, len(words)) + 1):
        word = words[-n]
        opener = words[-n - 1] if n < len(words) else ""
        owner = words[-n - 2].lower() if n + 1 < len(words) else ""
        if owner in _PREPOSITIONS and not antecedent:
            return []  # "the head of the agency resigned": the agency did not
        # "Ukrainian drones", "Investors": capitalised as the clause's first
        # word; "results" in lower case opening a clause ("and results
        # were", "When ransomware was found").
        opens_clause = (n > 1 or names_people_by_trade(word) or word.islower()) \
            and (not opener or opener.endswith(",") or opener.lower() in _SUBORDINATORS)
        lower = word.lower() if opens_clause else word
        # A word, or a person told by age alone ("The 52-year-old appeared")
        wordlike = re.fullmatch(r"[a-z][a-z’'-]*", lower) or n == 1 and _AGED.fullmatch(lower)
        if n > 1 and _NOUN_MODIFIER.fullmatch(word) and not opens_clause:
            modifiers += 1
        elif n - modifiers > _NOUN_PHRASE_WORDS or not wordlike \
                or lower in _NOT_IN_SUBJECT or lower in _NO_NOUN_OPENERS or is_adverb(lower) \
                or _is_past_verb(lower) and not (opens_clause and n > 1):
            return []  # but "Masked gunmen": a participle opening the clause
        if opener.lower() in _DETERMINERS or opener.lower() == "whose" or opens_clause:
            return list(words[-n:])  # "whose son has been held": the son
    return []


_OBJECT_WORDS = 5  # "the union and management", "parts of northern Greece"


def _noun_and_its_phrase(words: Sequence[str]) -> list[str]:
    """The noun opening the clause that ``words`` end, with the phrase after
    it that says which ("Relatives of the victims", "Relations between the
    union and management", "the head of the agency"): the words after the
    last comma (or subordinator) and the article, or none. A noun with no
    article is a plural's ("Temperatures in parts of Greece"), not a name's."""
    start = max((i + 1 for i, w in enumerate(words)
                 if w.endswith(",") or w.lower() in _SUBORDINATORS), default=0)
    definite = start < len(words) and words[start].lower() in _DETERMINERS
    start += definite
    subject = words[start:]
    if len(subject) < 3 or subject[1] not in _PREPOSITIONS or len(subject) - 2 > _OBJECT_WORDS:
        return []
    head = subject[0].lower()
    if not re.fullmatch(r"[a-z][a-z’'-]*", head) or not (definite or reads_as_plural(head)) \
            or head in _NOT_IN_SUBJECT or _is_past_verb(head):
        return []
    if any(w.endswith((",", ";", ":")) or w.lower() in _NOT_IN_SUBJECT - _PHRASE_LINKS
           or _is_past_verb(w.lower()) or not w.replace("-", "").replace("’", "").isalnum()
           for w in subject[2:]):
        return []
    return list(subject)


_PHRASE_LINKS = _DETERMINERS | {"and", "of"}  # inside a phrase: "the union and management"


# A verb after a name (past, finite or in -s, maybe after an adverb): the
# name is its subject ("Apple unveiled", "Trump also says"), not the start
# of a longer name ("iPhone 4", "Apple Inc.", "Trump administration") nor
# one of several ("Rubio and Lavrov met").
_ADVERBS_BEFORE_VERB = frozenset({"also", "now", "then", "later", "again", "still", "never",
                                  "once"})
_NAMED_AGAIN = re.compile(r" (?:(?:%s|[a-z]+ly) )?(?P<verb>[a-z]+)\b"
                          % "|".join(sorted(_ADVERBS_BEFORE_VERB)))


def _reads_as_verb(word: str) -> bool:
    """A finite verb after a subject: an auxiliary, a past, or a verb in -s
    ("says", not "press")."""
    return word in _FINITE_AUX or _is_past_verb(word) \
        or word.endswith("s") and not word.endswith("ss") and word.isalpha()


# What may stand before a subject's name: "the Kremlin said", "Sen. Ted
# Cruz will", "Mr Chew held".
_BEFORE_SUBJECT = re.compile(r"(?:[Tt]he\s+)?(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Capt|Sgt|Adm|Prof|Rev"
                  r"|Sir|Dame|Lord|Lady)\.?\s+(?=[A-Z]))?")


def _verb_follows(text: str, end: int) -> bool:
    """Whether a verb, or an aside, follows the name ending at ``end`` of
    ``text``, which is then its subject ("Mr Reinholt defended", "Navarro,
    who left the palace, said"; not "The UN envoy")."""
    if text[end:end + 1] == ",":
        return True
    again = _NAMED_AGAIN.match(text, end)
    return again is not None and _reads_as_verb(again["verb"])


def _subject_named(snippet: str, actors: Sequence[str]) -> tuple[int, int] | None:
    """Which of ``actors`` opens ``snippet`` as its verb's subject, and where
    the name ends: "Marco Rubio flew", "Rubio also says" (a person's
    surname), "the Kremlin said". None when a name opens a longer one
    ("Trump administration") or none of them opens it."""
    start = len(_BEFORE_SUBJECT.match(snippet).group(0))  # type: ignore[union-attr]
    words = snippet[start:].split(" ")[:3]
    # The snippet's opening words, longest first, with where each ends.
    openings = [(spelling_key(name), start + len(name))
                for name in (" ".join(words[:k]) for k in range(len(words), 0, -1))]
    for index, actor in enumerate(actors):
        # Its spelling may differ: "Zelensky" for "Volodymyr Zelenskyy".
        keys = {spelling_key(actor)} | ({spelling_key(actor.split()[-1])} if " " in actor else set())
        for key, end in openings:
            again = _NAMED_AGAIN.match(snippet, end) if key in keys else None
            if again is not None and _reads_as_verb(again["verb"]):
                return index, end
    return None


_NAMES_OPENING_REACH = 6  # words: "Temperatures in parts of northern Greece"


def make_title(actors: Sequence[str], places: Sequence[str], clause: str, trigger: int,
               event_type: str, stop: int = -1, aside: tuple[int, int] | None = None,
               relatives: Sequence[tuple[int, int]] = ()) -> str:
    """A short "who did what, where" line, readable on its own. ``stop``:
    where in ``clause`` another mention's clause begins, after the event
    word at ``trigger``; the title ends there if it still says enough.
    ``aside``: (start, end) in ``clause`` of who told it, passed over, as
    are the ``relatives``, clauses that describe a noun."""
    for start, end in (*([aside] if aside is not None else []), *relatives):
        clause = clause[:start] + " " * (end - start) + clause[end:]
    if stop > max(trigger, 0) and len(_title_words(clause[max(trigger, 0):stop])) >= 3:
        clause = clause[:stop]
    setting = _SETTING_PHRASE.match(clause)
    if setting is not None and trigger < setting.end() \
            and _SETTING_OPENS.fullmatch(clause, 0, trigger) is not None \
            and not _has_finite_verb(setting.group(0)) \
            and len(_title_words(clause[setting.end():])) >= 3:
        # "At a summit in Paris on Monday, European leaders discussed ...":
        # the event word names the occasion; what the clause tells of it
        # is the readable part.
        clause, trigger = " " * setting.end() + clause[setting.end():], -1
    text = " ".join(clause.split())
    # Speech, not a phrase in quotation marks ("the “deal of the century”").
    spoken = [(a, b) for a, b in quotations(clause) if not _is_phrase(clause[a:b])]
    speech = [clause[a:b] for a, b in spoken]
    holding = next((clause[a:b] for a, b in spoken if a < trigger < b), None)
    if trigger >= 0 and holding is None:
        speaker = _speaker_span(clause, trigger)
        if speaker is not None:
            # '"...," said Apple CEO Steve Jobs during the keynote': the title
            # names the speaker already, so "said during the keynote".
            clause = clause[:speaker[0]] + " " * (speaker[1] - speaker[0]) + clause[speaker[1]:]
            text = " ".join(clause.split())
        # Recompute the trigger position in the whitespace-normalised text.
        head = " ".join(clause[:trigger].split())
        snippet = text[len(head):].lstrip()
        says_enough = len(_title_words(snippet)) >= 3
        verb = _verb_before(head.split(), snippet.split()[0]) if snippet else ""
        if verb and not says_enough and _is_past_verb(snippet.split()[0].lower()) \
                and len(_title_words(f"{verb} {snippet}")) >= 3:
            says_enough = True  # "farm buildings were destroyed, officials said"
        if verb and says_enough:  # "has filed a lawsuit", not "lawsuit against ..."
            snippet = f"{verb} {snippet}"
        elif snippet and says_enough:
            # The event word ends a noun phrase: "oil prices fell", "called an
            # early election", "the trade talks collapsed", not "prices fell".
            ahead = head.split()
            phrase = _common_subject([*ahead, snippet.split()[0]])
            if len(phrase) > 1:
                snippet = " ".join([*phrase[:-1], snippet])
        if not says_enough and not speech:
            # "... as part of a potential peace deal": the event word ends the
            # clause, so the clause itself says what happened.
            dateline = _WIRE_DATELINE.match(text) or _PLACE_DATELINE.match(text)
            snippet = text[dateline.end():] if dateline is not None else text
            snippet = _without_quote_marks(_REPORTED_OPENER.sub("", snippet))
    elif holding is not None:
        snippet = ""  # the event word is in a quotation: what was said is the title
    else:
        snippet = _CLAUSE_OPENER.sub("", text)
    words = _title_words(snippet)
    # End on a word that carries meaning, not on "in", "the", "that he".
    while len(words) > 1:
        last = words[-1].strip(".,;:")
        if last.lower() in _TITLE_DANGLING and last != "May":  # the month ends well
            words.pop()
        elif len(words) > 2 and words[-2].lower() in _TITLE_STUB_OPENERS:
            del words[-2:]
        else:
            break
    snippet = " ".join(words).strip(" .,;:*_")  # not a heading's markup: "collapse**"
    quote = holding or (speech[0] if speech else None)
    if len(snippet.split()) <= 3 and quote:
        # "'...,' Putin said": what was said is the readable part.
        said = " ".join(quote.strip("“”\"‘’' ").split()[:TITLE_WORDS]).rstrip(" .,;:")
        snippet = f"{snippet or 'said'}: “{said}…”" if said else snippet
    actors = list(actors)
    subject = _subject_named(snippet, actors[:2])
    if subject is not None:  # "Marco Rubio: flew home", named once
        actors.insert(0, actors.pop(subject[0]))
        snippet = snippet[subject[1]:].lstrip()
    who = ", ".join(actors[:2]) if actors else ""
    opening = " ".join(snippet.split()[:_NAMES_OPENING_REACH])
    if subject is None and actors and all(name in opening for name in actors[:2]):
        who = ""  # "Shares of Quillon have lagged": named already, where the title opens
    title = f"{who}: {snippet}" if who and snippet else (who or snippet)
    if places and not any(p.split(",")[0] in title for p in places):
        title += f" ({places[0]})"
    if not title:
        title = event_type.replace("_", " ")
    return title


@dataclass
class _Draft:
    """A mention before actor names are folded (that needs the whole corpus)."""

    doc: Document
    sentence_index: int
    span: Span
    time: TimeExpression | None
    time_source: str
    actors: list[Entity]
    places: tuple[str, ...]
    event_type: str
    trigger: int  # offsets of the event word in the span's text (-1 if none)
    trigger_end: int
    status: str
    # Told in the simple past before the article named its story's day: it
    # takes that day once it is named (``_drafts_for_document``).
    awaits_day: bool = False
    # With no time at all: how many days before the article's date it may lie.
    window_days: int = ANCHOR_WINDOW_DAYS
    # Where, in the span's text, a clause that is a mention of its own
    # begins after the event word: the title stops there (-1: no such clause).
    title_stop: int = -1
    # Where, in the span's text, an aside names who told it ("The deal,
    # Trump said on Monday, will be signed"): the title passes over it.
    title_aside: tuple[int, int] | None = None
    # Where, in the span's text, relative clauses of their own sit between
    # commas after the event word ("hired Ana Ruiz, whose contract runs until
    # 2027, as chief executive"): the title passes over them and goes on.
    title_relatives: tuple[tuple[int, int], ...] = ()
    # When set, the title is this phrase, with no actor before it: a noun and
    # the participle that tells its act ("US citizen detained in 2023").
    title_phrase: str = ""


def _shift(time: TimeExpression, offset: int) -> TimeExpression:
    return replace(time, start=time.start + offset, end=time.end + offset)


_AFTER = re.compile(r"after\b", re.IGNORECASE)
# What is foreseen, not done: "after a storm was forecast to hit on Friday".
_FORECAST = re.compile(r"\b(?:expected|forecast|predicted|due|scheduled|set)\s+to\b|"
                       + _FUTURE.pattern, re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _before_the_news(time: TimeExpression, news: TimeExpression) -> TimeExpression:
    """``time``, of what the news came after, a week earlier when it names a
    weekday alone and would lie after the news's day: "called a strike on
    Monday after the company rejected their offer on Friday" is the Friday
    before that Monday, though the article is of a Friday."""
    if time.precision != "day" or news.precision != "day" or time.earliest is None \
            or news.latest is None or time.earliest <= news.latest \
            or any(c.isdigit() for c in time.text) or not _ISO_DAY.match(time.value) \
            or not set(_words(time.text)) & set(timewords.WEEKDAYS):
        return time
    day = time.earliest - timedelta(days=7)
    return replace(time, value=day.isoformat() + time.value[10:], earliest=day, latest=day,
                   future=False)


def _dated(times: Iterable[TimeExpression]) -> list[TimeExpression]:
    return [t for t in times if t.is_dated and t.type in ("DATE", "TIME")]


# A year right after a name is part of the name, not the clause's time:
# "WWDC 2005", "Office 2007", "Vision 2030". Not after a word that opens a
# date or a sentence ("In 2020", "Throughout 2024"), a possessive ("Russia’s
# 2014 annexation") or a place ("the US 2020 election"); a holiday or quarter
# ("Christmas 2024", "Q3 2024") is part of the time expression itself.
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w.’'-])(?<![.!?]\s)(?<![\n\r])(?<!^)([A-Z][\w-]*)[ \t]+\Z")
_OPENS_DATE = frozenset({
    "in", "by", "since", "from", "until", "till", "through", "before", "after", "during",
    "of", "for", "to", "the", "and", "or", "at", "on", "as", "early", "late", "mid", "end",
    "between", "around", "circa", "fiscal", "fy", "year", "class"})


# A year between a determiner and a noun of a thing made then (an agreement,
# a version) tells which one it is: "a new settlement replaces the 1991
# agreement", "unveiled the 2011 version of iLife". What the clause tells of
# the thing did not happen then. Other nouns keep their year: "won the 2004
# election", "at the end of the 2005 fiscal year", "the 2008 crisis hit".
# It is the clause's time too when the phrase is where the clause happens
# ("at the launch of its 2010 model") or opens the sentence ("The 1991
# agreement barred ..."), where it is the subject.
_DETERMINER_BEFORE_YEAR = re.compile(
    r"(?<![\w’'-])(?P<before>(?:[\w’'-]+[ \t]+){0,5})"
    r"(?:the|its|their|his|her|a|an|[\w-]+(?:[ \t]?['’]s|s['’]))[ \t]+\Z", re.IGNORECASE)
_ARTICLES = frozenset({"the", "its", "their", "his", "her", "a", "an"})
_NOUN_AFTER_YEAR = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w'’-]*)")
_MADE_THINGS = frozenset({
    "agreement", "agreements", "settlement", "settlements", "accord", "accords", "treaty",
    "pact", "contract", "contracts", "version", "versions", "model", "models", "edition",
    "law", "laws"})
# A forecast, target or budget for a year, maybe after a word of what it
# counts: "its 2026 revenue guidance", "the 2030 emissions target".
_AIMED_AT = re.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:forecasts?|targets?|goals?|budgets?|outlook|"
                       r"guidance|estimates?|projections?)\b", re.IGNORECASE)
_MODEL_YEAR = re.compile(
    r"(?:[ \t]*(?:through|to|and|-|–)[ \t]*\d{4})?[ \t]+model[ \t-]+years?\b", re.IGNORECASE)
_SETTING = frozenset({
    "in", "at", "during", "since", "after", "before", "until", "till", "following",
    "throughout", "by", "within", "amid", "around"})
# "ahead of the 2024 vote", "on the eve of the 2016 accord"; not "a breach
# of the 1991 settlement".
_SETTING_OF = frozenset({"ahead", "eve", "wake", "day", "time"})


# "since" after a record or a first measures how long it has been, and the
# time dates nothing: "the stoppage, the first at the company since 2015,
# had cost ...", "its highest level since 2008", "for the first time since
# 2022"; unless a "when" clause tells what happened then ("since 2004, when
# Ivan came ashore").
_RECORD_SINCE = re.compile(
    r"\b(?:first|only|highest|lowest|biggest|largest|smallest|worst|best|strongest"
    r"|weakest|deadliest|longest|fastest|slowest|sharpest|steepest|greatest)"
    r"(?:\s+[\w’'-]+){0,5}?\s+since\s+\Z", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,\s*when\b")

# A time that says when a price was taken is a benchmark, and dates nothing:
# "a 27% premium to the closing price on Friday", "its undisturbed share
# price on Aug. 29", "above the stock's close on Friday", "Friday's close".
# Not a price that was changed then ("cut its price on Friday"), nor a
# verb ("the deal is expected to close on Friday").
_PRICE_TAKEN = (r"(?:closing|undisturbed|opening|share|stock|unaffected)[ \t]+(?:price|level|value)"
                r"|(?:the|its|their|[\w-]+['’]s)[ \t]+close")
_PRICE_BEFORE = re.compile(rf"\b(?:{_PRICE_TAKEN})[ \t]+(?:on|of|as[ \t]+of|at)[ \t]+\Z",
                           re.IGNORECASE)
_PRICE_AFTER = re.compile(r"['’]s[ \t]+(?:(?:closing|opening|undisturbed)[ \t]+(?:share[ \t]+)?"
                          r"(?:price|level|value)|close)\b", re.IGNORECASE)


def _when_a_price_was_taken(text: str, time: TimeExpression) -> bool:
    return bool(_PRICE_BEFORE.search(text, max(0, time.start - 60), time.start)
                or _PRICE_AFTER.match(text, time.end))


# How long a thing told of in passing lasts, not when anything happened:
# "signed a deal that runs until 2028", "a contract valid until 2030". Not
# a denied act, which happens then ("a deal that will not be signed until
# 2026"), a move ("delayed until 2027"), nor a relative clause set off by a
# comma, a mention of its own ("Kessler, whose contract runs until 2027,
# scored"). A clause's own state is its news: "The bridge will stay shut
# until at least Christmas".
_STATE_UNTIL = re.compile(
    r"(?:\b(?:that|which)\s+(?:(?:will|would)\s+)?(?:runs?|lasts?|remains?|is|are|stays?)"
    r"(?:\s+(?:valid|in\s+force|in\s+effect|in\s+place))?"
    r"|\b(?:running|lasting|valid))\s+(?:until|till|through)\s+(?:at\s+least\s+)?\Z",
    re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:not|never|nobody|no\s+one|no-one|none)\b|n[’']t\b",
                            re.IGNORECASE)
_OPENS_RELATIVE = re.compile(r"\s*(?:which|whose|who|that)\b", re.IGNORECASE)


def _bounds_a_state(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` only says until when a state lasts, which dates no event."""
    bound = _STATE_UNTIL.search(text, max(0, time.start - 60), time.start)
    if bound is None:
        return False
    clause = re.split(_BREAK + r"|[.!?]\s", text[max(0, bound.start() - 80):time.start])[-1]
    return not (_DENIED_BEFORE.search(clause) or temporal.RESCHEDULING.search(clause)
                or _OPENS_RELATIVE.match(clause))


def _names_a_thing(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` is a bare year that ends a name ("WWDC 2005") or
    tells which thing a noun is ("replaces the 1991 agreement")."""
    if not (time.text.isdigit() and len(time.text) == 4):
        return False
    if _MODEL_YEAR.match(text, time.end):
        return True  # "2023 model years", "the 2019 through 2023 model years": a product's
    before = _NAME_BEFORE_YEAR.search(text, max(0, time.start - 40), time.start)
    if before is not None and before.group(1).lower() not in _OPENS_DATE \
            and gazetteer().lookup(before.group(1), False) is None:
        return True
    determiner = _DETERMINER_BEFORE_YEAR.search(text, max(0, time.start - 80), time.start)
    if determiner is not None and _AIMED_AT.match(text, time.end):
        return True  # "cut his 2030 sales forecast": the year aimed at, not the cut's
    noun = _NOUN_AFTER_YEAR.match(text, time.end)
    if determiner is None or noun is None or noun["word"].lower() not in _MADE_THINGS:
        return False
    words = determiner["before"].lower().split()
    while words and words[-1] in _ARTICLES:  # "... of the company's 2010 model"
        words.pop()
    if not words:
        return False  # the phrase opens the sentence or an aside: the subject
    # A setting a few words back: "at the launch of its 2010 model".
    setting = any(w in _SETTING or (w == "of" and i and words[i - 1] in _SETTING_OF)
                  for i, w in enumerate(words))
    return not setting


def _wire_dateline(text: str, sentence: Span) -> re.Match[str] | None:
    """The wire dateline opening ``sentence``, if any: not an acronym and
    its expansion ("NATO (North Atlantic Treaty Organization) —")."""
    wire = _WIRE_DATELINE.match(text, sentence.start, sentence.end)
    if wire is None:
        # A newspaper's "PERUGIA — ..." or "KYIV, Ukraine — ...": a known
        # place in capitals before a dash (not "NATO — ...").
        place = _PLACE_DATELINE.match(text, sentence.start, sentence.end)
        return place if place is not None \
            and gazetteer().lookup(place["place"], True) is not None else None
    if not wire["place"]:
        return wire
    acronym = wire["place"].split(",")[0].replace(" ", "").replace(".", "")
    initials = "".join(w[0] for w in wire["wire"].split())
    return None if acronym in (initials, wire["wire"]) else wire


def _inside(start: int, end: int, span: Span) -> bool:
    return span.start <= start and end <= span.end


def _blank(text: str, base: int, spans: Iterable[Span]) -> str:
    """``text`` (which starts at offset ``base``) with the clauses ``spans`` blanked out."""
    return blank_out(text, base, ((span.start, span.end) for span in spans))


# An entry of a bulleted or numbered list: "- June 5: ...", "* Monday: ...", "2. ...".
_LIST_ENTRY = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")


class _NewsDay:
    """The day the article's current story happened, as its text last said.

    Updated with every explicit time expression, in text order. A day that
    lies within the anchoring window before the article's date ("Yesterday,
    Jobs unveiled ...", "on Monday") is the news day; a sentence with no time
    of its own that reports in the past tense inherits it. An older or
    coarser time in between ("In April, a blog obtained a prototype")
    does not reset it: the story returns to its day.
    """

    def __init__(self, doc_date: date) -> None:
        self.first = doc_date - timedelta(days=ANCHOR_WINDOW_DAYS)
        self.doc_date = doc_date
        self.day: TimeExpression | None = None
        self.first_day: TimeExpression | None = None  # the first day it was set to
        self.first_sentence = -1  # and the sentence that named it

    def see(self, time: TimeExpression, sentence_index: int, listed: bool = False) -> None:
        """Note ``time``, of sentence ``sentence_index``; ``listed``: the
        sentence is an entry of a list, whose day is no lede's."""
        if time.value == "PRESENT_REF" or time.future:
            return  # "now" is the writer's day, not the story's
        if time.precision == "day" and time.earliest is not None \
                and self.first <= time.earliest <= self.doc_date:
            self.day = time
            if self.first_day is None and not listed:
                self.first_day, self.first_sentence = time, sentence_index


def _clocks_on_the_story_day(sentence: Span, times: Sequence[TimeExpression],
                             news_day: _NewsDay) -> list[TimeExpression]:
    """``times`` of ``sentence``, where a clock time that names no day
    ("walked out shortly before midnight"), in a clause of its own told in
    the simple past, is on the story's day, as an undated past report would be."""
    day = news_day.day.earliest if news_day.day is not None else None
    if day is None or not any(not t.names_day for t in times) or not _simple_past(sentence.text):
        return list(times)
    out: list[TimeExpression] = []
    for time in times:
        before = sentence.text[:time.start - sentence.start]
        # Its own clause tells it in the past ("walked out shortly before
        # midnight"; not "said the plant reopens at 6 a.m."), and it is not
        # what lay ahead ("said the march would leave at 10am"), nor a live
        # blog's timestamp ("**14:05 — Search called off**"): the writer's day.
        own_clause = _CLAUSE_BEFORE_A_TIME.split(before)[-1]
        if not time.names_day and _simple_past(own_clause) and not _FUTURE.search(before) \
                and not _MODAL.search(before) and not _stamps_an_entry(sentence, time):
            time = replace(time, value=day.isoformat() + time.value[len(day.isoformat()):],
                           earliest=day, latest=day, names_day=True)
        out.append(time)
    return out


_MEASURED_FROM = re.compile(
    r"\b(?:since|before|after|until|following|ahead\s+of)\s+(?:last\s+|the\s+)?\Z", re.IGNORECASE)


def _measured_from(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` is a day's name that owns an event the news is
    measured from: "since last Saturday's quake", "before Sunday's vote"."""
    return text.startswith(("'s", "’s"), time.end) \
        and _MEASURED_FROM.search(text, max(0, time.start - 20), time.start) is not None


# Where the clause that holds a time opens: after a comma, "that" or a
# reporting verb ("The company said the plant reopens at 6 a.m.").
_CLAUSE_BEFORE_A_TIME = re.compile(r",|\b(?:that|said|says|told|tells|added)\b")


def _stamps_an_entry(sentence: Span, time: TimeExpression) -> bool:
    """Whether ``time`` is a clock time with no day that opens ``sentence``
    before a dash, as a live blog stamps its entries ("**09:12 — Talks
    collapse**"): the writer's day, which the entries after it tell of."""
    text = sentence.text
    return not time.names_day and not _WORD.search(text[:time.start - sentence.start]) \
        and temporal.TIMESTAMP_CLOSE.match(text, time.end - sentence.start) is not None


def _entry_heading_of_no_event(sentence: Span, times: Sequence[TimeExpression],
                               lexicon: Lexicon) -> bool:
    """Whether ``sentence`` is a live blog entry's stamp and heading that
    tells no event: "**09:05 — Setting the scene**", a question (not "**09:12 —
    Settlement talks collapse**", nor "**14:05 — Search formally ended**")."""
    stamp = next((t for t in times if _stamps_an_entry(sentence, t)), None)
    if stamp is None:
        return False
    heading = sentence.text[stamp.end - sentence.start:]
    if heading.rstrip(" \t*_").endswith("?"):
        return True  # "**10:40 — How many homes were lost?**", "Will the Fed cut today?" ask
    return len(times) == 1 and lexicon.classify(heading)[0] == OTHER \
        and not _simple_past(heading)


# When a quotation was said: a speech verb outside it, and the day named
# right after it ("Trump told reporters on Monday after the talks on
# Friday" is Monday), or opening the sentence ("On Monday, Trump said: ...").
_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_OPENING_DAY = re.compile(r"\W*(?:on\s+)?$", re.IGNORECASE)
SpeechDays = tuple[date, date]  # the earliest and the latest day it can have been said


def _speech_days(sentence: Span, outside: str, quoted: Sequence[Span],
                 times: Sequence[TimeExpression], news_day: _NewsDay) -> SpeechDays | None:
    """When the quotations of ``sentence`` were said, as the words outside
    them tell: the day named with the speech verb; for a speaker in the
    simple past with no day ('"...," Trump said'), from the story's day
    (``news_day``: the day the story's events happened) to the article's,
    since a speaker may have spoken at the event or after it. None when
    nothing outside the quotations tells (a speaker who "says" speaks on
    the article's day). ``outside``: the sentence with ``quoted`` blanked."""
    # The last speech verb: "Trump, who said on Friday that talks had
    # stalled, told reporters: ..." speaks by "told".
    verb = next(reversed(list(_SPEECH_VERB.finditer(outside))), None)
    if verb is None:
        return None
    for t in times:
        if any(_inside(t.start, t.end, q) for q in quoted):
            continue
        offset, end = t.start - sentence.start, t.end - sentence.start
        after_verb = offset >= verb.end() and "," not in outside[verb.end():offset]
        right_before = end <= verb.start() and not outside[end:verb.start()].strip()
        if (after_verb or right_before or _OPENING_DAY.fullmatch(outside[:offset])) \
                and t.precision == "day" \
                and not t.future and t.earliest is not None \
                and news_day.first <= t.earliest <= news_day.doc_date:
            return t.earliest, t.earliest
    if news_day.day is not None and news_day.day.earliest is not None \
            and _simple_past(outside):
        return news_day.day.earliest, news_day.doc_date
    return None


def _as_spoken(sentence: Span, quoted: Sequence[Span], times: Sequence[TimeExpression],
               spoken: SpeechDays, doc_date: date) -> list[TimeExpression]:
    """``times`` of ``sentence`` with those inside its quotations resolved
    against the days they were said: a speaker's "now", "tomorrow" or "this
    week" is of the day they spoke, not of the article's ("The agreement is
    being worked on now," said on Monday, in a Tuesday article). Spoken on
    one of several days, a time spans what each day makes of it (vague),
    and it is planned when it lay ahead of the earliest ("We will finish it
    today"). ``times`` are already read against ``doc_date``."""
    quoted_times = [t for t in times if any(_inside(t.start, t.end, q) for q in quoted)]
    if not quoted_times:
        return list(times)
    readings = [{(t.start, t.end): t for t in (_shift(found, sentence.start) for found in
                                               _dated(temporal.find_times(sentence.text, day)))}
                for day in dict.fromkeys(spoken) if day != doc_date]
    spoken_times: dict[int, TimeExpression] = {}
    for t in quoted_times:
        found = [reading[(t.start, t.end)] for reading in readings if (t.start, t.end) in reading]
        if len(found) != len(readings):
            continue  # not read the same way on each day: leave it as it is
        if doc_date in spoken:
            found.append(t)
        first = found[0]
        same = all((f.earliest, f.latest, f.precision)
                   == (first.earliest, first.latest, first.precision) for f in found)
        hull = replace(first,
                       earliest=min(f.earliest for f in found if f.earliest is not None),
                       latest=max(f.latest for f in found if f.latest is not None),
                       precision=first.precision if same else "vague")
        quotation = next(q for q in quoted if _inside(t.start, t.end, q))
        spoken_times[t.start] = replace(hull, future=_is_planned(hull, quotation.text, spoken[0]))
    return [spoken_times.get(t.start, t) for t in times]


def _drafts_for_document(doc: Document, lexicon: Lexicon, common: AbstractSet[str] = frozenset(),
                         known: AbstractSet[str] = frozenset()) -> list[_Draft]:
    """The mentions of one article. ``common``: the corpus's lower-case
    words; ``known``: names known to be people's (for ``people_named``)."""
    body = doc.text[doc.body_start:]
    times = [_shift(t, doc.body_start)
             for t in _dated(temporal.counted_spans(body, temporal.find_times(body, doc.date)))]
    sentences = split_sentences(doc.text, doc.body_start)
    entities = classify(doc.text, find_names(doc.text, doc.body_start))
    times = [t for t in times
             if not _names_a_thing(doc.text, t) and not temporal.former_plan(doc.text, t)
             and not _when_a_price_was_taken(doc.text, t) and not _bounds_a_state(doc.text, t)
             and not (_RECORD_SINCE.search(doc.text, max(0, t.start - 80), t.start)
                      and not _WHEN_AFTER.match(doc.text, t.end))]
    # Names inside time expressions ("Monday") are not actors.
    entities = [e for e in entities
                if not any(t.start <= e.start < t.end for t in times)]
    drafts: list[_Draft] = []
    last_actor: Entity | None = None
    last_person: Entity | None = None
    last_named: Entity | None = None  # the last person named, for "who"
    people = people_named(doc.text, entities, common, known)
    titled: dict[str, dict[str, Entity]] = {}
    seen: dict[str, int] = {}
    news_day = _NewsDay(doc.date)
    last_spoken: SpeechDays | None = None  # when the last sentence's quotation was said
    opened = False  # whether the article's opening sentence has been read
    t_index = e_index = 0
    for s_index, sentence in enumerate(sentences):
        while t_index < len(times) and times[t_index].start < sentence.start:
            t_index += 1
        s_times = [t for t in times[t_index:] if t.end <= sentence.end]
        while e_index < len(entities) and entities[e_index].start < sentence.start:
            e_index += 1
        s_entities = [e for e in entities[e_index:] if e.end <= sentence.end]
        wire = _wire_dateline(doc.text, sentence)
        if wire:  # nor does its date ("WASHINGTON, Feb. 24 (AP) –") date the news
            s_entities = [e for e in s_entities if e.start >= wire.end()]
            s_times = [t for t in s_times if t.start >= wire.end()]
        quoted = [Span(sentence.start + a, sentence.start + b, sentence.text[a:b])
                  for a, b in quotations(sentence.text)]
        spoken: SpeechDays | None = None
        if quoted:
            outside = _blank(sentence.text, sentence.start, quoted)
            # A sentence that is all quotation carries on the one before.
            spoken = _speech_days(sentence, outside, quoted, s_times, news_day) \
                if _WORD.search(outside) else last_spoken
        if spoken is not None and spoken != (doc.date, doc.date):
            s_times = _as_spoken(sentence, quoted, s_times, spoken, doc.date)
        s_times = temporal.joined_ranges(doc.text, s_times)
        s_times = _clocks_on_the_story_day(sentence, s_times, news_day)
        s_times = _counted_from_told(doc.text, sentence, s_times, drafts, lexicon)
        supposed = _supposed(sentence.text)
        s_times = [t for t in s_times if not any(
            a <= t.start - sentence.start < b for a, b in supposed)]
        last_spoken = spoken
        # The sentence's clauses, read once for its mentions and its story day.
        unbroken = [(t.start, t.end) for t in s_times]
        context = _Context(doc, s_index, sentence, s_entities, last_actor, last_person, lexicon,
                           titled, seen, people, last_named,
                           subordinate_clauses(doc.text, sentence, unbroken),
                           reduced_relatives(doc.text, sentence, unbroken) if s_times else [])
        by = _BYLINE.match(sentence.text)
        byline = not opened and by is not None \
            and not any(t.start == sentence.start + by.end() for t in s_times)
        # A byline's date ("By Jane Doe, updated February 24") is a dateline's.
        dateline = byline or _too_short(doc.text, sentence, s_times)
        if not dateline and not _CREDITS.search(sentence.text) \
                and not _RETRACTED.search(_unquoted(sentence.text)) \
                and not _entry_heading_of_no_event(sentence, s_times, lexicon):
            drafts.extend(_sentence_drafts(context, s_times, news_day, opening=not opened))
            opened = True
        # A past day sets the story's day; the article's own day only when a
        # sentence tells of it in the simple past ("today launched"): not a
        # dateline (it says when the article appeared, not when anything
        # happened) nor a present ("Today, imports have dipped").
        told_in_past = not dateline and _simple_past(sentence.text)
        telling = [t for t in s_times if told_in_past or (not dateline and t.latest != doc.date)
                   or _stamps_an_entry(sentence, t)]
        # "a proposal which the unions rejected on Friday": not the story's day.
        background = _background_clauses(context)
        # A circumstance's day ("as the strike entered its fourth day on
        # Thursday") or the day of an event the news is measured from
        # ("trapped since last Saturday's quake", "five days before Sunday's
        # election") is the story's only when the rest of the sentence names
        # none; not the event the news is about ("details of Tuesday's crash").
        circumstances = circumstance_clauses(doc.text, sentence, unbroken)
        telling.sort(key=lambda t: not (any(_inside(t.start, t.end, c) for c in circumstances)
                                        or _measured_from(doc.text, t)))
        # "- June 18: The board publishes its report", an entry opening on
        # its day, recaps a story: the lede ("Corvane says its jets could
        # fly next week") is not of its day. (Prose after it still is.)
        entry = _LIST_ENTRY.match(doc.text, sentence.start)
        listed = entry is not None and any(t.start == entry.end() for t in s_times)
        for time in telling:
            if not any(_inside(time.start, time.end, c) for c in background):
                news_day.see(time, s_index, listed)
        last_actor = _last_actor(s_entities, last_actor)
        last_person = _salient_person(sentence, s_entities, last_person, people)
        last_named = _last_actor(s_entities, last_named, people)
        _note_titles(titled, s_entities)
        seen.update((e.name, e.start) for e in s_entities if e.kind == "actor")
    # A lede often tells the news before it names the day ("Jobs introduced
    # the next generation of software ... releases were made available
    # today"): what it told in the simple past is of that day. A day named
    # further down ("since Wednesday's close") is not the lede's. Paragraphs
    # are not looked at: readers mark them differently, and a lede's day is
    # often named in the next one ("Putin, in an interview ... Monday").
    opening = news_day.first_day
    if opening is not None and news_day.first_sentence < LEDE_SENTENCES:
        drafts = [replace(d, time=opening, time_source="inherited", awaits_day=False)
                  if d.awaits_day and d.sentence_index < news_day.first_sentence
                  else d for d in drafts]
    return _dated_by_the_happening(drafts, lexicon)


_RELATIVE_PRONOUN = re.compile(r"(?:which|who|whom|whose)\b", re.IGNORECASE)
# A relative clause that says what someone or something does these days.
_WHO_THEY_ARE_NOW = re.compile(
    r"(?:which|who)\s+(?:is\s+|are\s+)?now\s+(?:works?|teach(?:es)?|lives?|runs?|leads?|heads?"
    r"|chairs?|serves?|employs?|owns?|manages?|represents?|advises?|coach(?:es)?|plays?"
    r"|sits?|holds?|based|retired|living|working|teaching|running|leading)\b", re.IGNORECASE)


def _background_clauses(ctx: _Context) -> list[Span]:
    """The clauses of the sentence that describe a noun, not what the
    sentence tells: relative clauses ("which the unions rejected on
    Friday") and participles after their noun ("a batch recalled in May")."""
    text = ctx.doc.text
    return [c for c in ctx.clauses if _RELATIVE_PRONOUN.match(c.text)] + \
        [Span(verb, end, text[verb:end]) for _, verb, end in ctx.relatives]


def _share_a_party(earlier: _Draft, later: _Draft) -> bool:
    """Whether two clauses name an actor (by surname: names are not folded
    yet) or a place in common."""
    def surnames(draft: _Draft) -> set[str]:
        return {actor.name.split()[-1] for actor in draft.actors if actor.name.split()}
    return bool(surnames(earlier) & surnames(later)) or bool(
        earlier.places and later.places and places_overlap(earlier.places, later.places))


def _dated_by_the_happening(drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """``drafts`` (one article's, in text order), where a clause with no time
    of its own that took part in a happening its article told before
    ("Ukraine was absent from the negotiations in Saudi Arabia" after
    "officials met in Riyadh recently"), or names one after "its" ("Since
    its launch the store has sold ..."), takes that happening's time, not
    the story's day: the nearest earlier one, in an earlier sentence, its
    noun can name (``names_alike``: of a type whose words all name one
    happening, it must share an actor or a place), if it has a time, the
    same status and no other place. The merge then joins the two."""
    out = list(drafts)
    for k, draft in enumerate(drafts):
        if draft.time_source == "explicit" or draft.trigger < 0:
            continue
        if _naming(draft, lexicon) not in (_TAKES_PART, _OWNED):
            continue
        clause = draft.span.text
        noun = (draft.event_type, event_stem(clause[draft.trigger:draft.trigger_end]))
        told = next((d for d in reversed(out[:k]) if d.sentence_index < draft.sentence_index
                     and d.trigger >= 0
                     and names_alike((d.event_type, event_stem(d.span.text[d.trigger:d.trigger_end])),
                                     noun, lexicon.interchangeable, _share_a_party(d, draft))),
                    None)
        if told is None or told.time is None or told.status != draft.status \
                or draft.places and told.places and not places_overlap(told.places, draft.places):
            continue
        out[k] = replace(draft, time=told.time, time_source="inherited", awaits_day=False)
    return out


# Hyphenated compounds ("Russian-occupied", "much-anticipated") are
# adjectives; a prefixed verb ("re-elected", "co-founded") is not one.
_COMPOUND = re.compile(r"\b(?!(?:re|co)-)\w+(?:-\w+)+", re.IGNORECASE)


@dataclass
class _Context:
    doc: Document
    s_index: int
    sentence: Span
    entities: list[Entity]
    last_actor: Entity | None
    last_person: Entity | None
    lexicon: Lexicon
    titled: Mapping[str, Mapping[str, Entity]]  # title (lower case) -> name -> person
    seen: Mapping[str, int]  # where each actor name was last named, before this sentence
    people: frozenset[str]  # the article's actor names that read as people's
    last_named: Entity | None = None  # the last of them named before this sentence
    clauses: Sequence[Span] = ()  # its relative, parenthetical ... clauses (``subordinate_clauses``)
    # Its participles after their nouns (``reduced_relatives``): only where a time is.
    relatives: Sequence[tuple[int, int, int]] = ()

    def antecedent(self, before: int) -> tuple[Entity | None, Entity | None]:
        """The last actor and the last person named before offset ``before``."""
        earlier = [e for e in self.entities if e.end <= before]
        return (_last_actor(earlier, self.last_actor),
                _last_actor(earlier, self.last_person, self.people))

    def holder(self, title: str, before: int) -> Entity | None:
        """Who "the president" (``title``) is: of the people named before
        ``before`` with that very title ("President Donald Trump"), else
        with a title that ends with it ("French President ..."), the one
        named last, by any of their names ("Trump")."""
        earlier = [e for e in self.entities if e.end <= before]
        titled = {t: dict(people) for t, people in self.titled.items()}
        _note_titles(titled, earlier)
        title = " ".join(title.lower().split())
        holders = list(titled.get(title, {}).values())
        if not holders:
            holders = [e for t, people in titled.items() if t.endswith(" " + title)
                       and not _UNDER_TITLE & set(t.split()) for e in people.values()]
        seen = dict(self.seen)
        seen.update((e.name, e.start) for e in earlier)

        def last_named(person: Entity) -> int:
            return max((at for name, at in seen.items()
                        if name == person.name or person.name.endswith(" " + name)),
                       default=person.start)

        return max(holders, key=last_named, default=None)


def _note_titles(titled: dict[str, dict[str, Entity]], entities: Sequence[Entity]) -> None:
    """Remember the people named with each title (title -> name -> entity)."""
    for entity in entities:
        if entity.kind == "actor" and entity.title:
            titled.setdefault(" ".join(entity.title.lower().split()), {})[entity.name] = entity


# Who told it, set off by a comma after what they told ("The talks will
# resume next week, officials said on Monday") or inside it ("The deal,
# Trump said on Monday, will be signed next week"): a few words that are
# no conjunction or subordinator ("and said", "as he said" belong to the
# sentence), a speech verb, and what follows it up to a comma or the end.
_NOT_A_SPEAKER = (r"(?!(?:and|but|or|nor|as|which|who|whom|that|when|while|after|before|"
                  r"because|if|although|though|having|not|never)\b)")
# Who may speak: up to six words, names joined by "and" ("Lavrov and Rubio",
# "the Kremlin and the White House"), a name set off by commas after a
# title ("the minister of defense, Sergei Shoigu,"), and a name with who
# they are set off after it, before the verb or after it at the sentence's
# end ("Ravi Dhillon, the union's organiser, said"; "said Ravi Dhillon, the
# union's organiser, on Tuesday").
# Figures tell their news as a speaker does: "..., official data showed on Friday".
_SHOWING_VERBS = r"showed|shows|indicated|indicates|suggested|suggests"
_SHOWING = frozenset(_SHOWING_VERBS.split("|"))
# All that may follow them in a source: when ("on Friday", "last week").
_ONLY_WHEN = re.compile(r"\s*(?:(?:on|in|at|last|this|earlier|late|early|yesterday|today)\b[^,;:]*)?"
                        r"[\s.!?’'”\")]*", re.IGNORECASE)
_SOURCE_ASIDE = re.compile(
    rf",\s+(?P<speaker>(?:{_NOT_A_SPEAKER}[\w.’'-]+\s+(?-i:and\s+(?=(?:the\s+)?[A-Z]))?){{0,6}}?"
    r"(?:[\w.’'-]+,\s+(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+"
    rf"|(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}),\s+(?P<apposed>{_WHO_THEY_ARE}),\s+)?)"
    rf"(?P<verb>{SPEECH_VERBS}|{_SHOWING_VERBS})\b[^,;:]*"
    rf"(?:,\s+(?P<apposed_after>{_APPOSED})"
    r"(?:,\s+(?=(?:on|in|at|during|late|early|last|this|earlier|yesterday|today)\b)[^,;:]*)?"
    r"(?=[\s.!?’'”\")]*$))?", re.IGNORECASE)
# After the verb, who spoke when the verb comes first ("said Lavrov", "said
# the minister"), not a passive ("said to have begun", "asked for by").
_SPEAKER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\b)")
_PASSIVE_AFTER = re.compile(r"\s+(?:to|by|for)\b")  # "once said to be planned"
# What follows a source and is still the source's: "the Kremlin said on
# Monday, confirming reports ...", "..., adding that ...".
_SOURCE_GOES_ON = re.compile(r",\s+[a-z]+ing\b[^;:]*")
_FINITE_AUX = _NOUNS_VERB | _MODALS
_CLOSING = " .!?’'”\")"


def _has_finite_verb(text: str) -> bool:
    words = _words(text)
    return any(w in _FINITE_AUX or _is_past_verb(w, words[i - 1] if i else "")
               for i, w in enumerate(words))


def _source_aside(text: str) -> tuple[int, int] | None:
    """Where ``text`` (a sentence, quotations aside) names who told it in an
    aside: (start, end) of "officials said on Monday", None if it does not.
    The aside tells nothing itself: a verb after its speech verb ("...,
    Lavrov told reporters that Russia would respond") makes it a sentence
    of its own, and so does a sentence with no verb outside it ("After the
    meeting on Monday, Lavrov told reporters ...")."""
    masked = _unquoted(text)
    for aside in _SOURCE_ASIDE.finditer(masked):
        verb_end = aside.end("verb")
        if _PASSIVE_AFTER.match(masked, verb_end) or not aside["speaker"] \
                and not _SPEAKER_AFTER.match(masked, verb_end):
            continue
        said = masked[verb_end:aside.end()]
        if aside["verb"].lower() in _SHOWING and not _ONLY_WHEN.fullmatch(said):
            continue  # "its statement showed no urgency to cut before June": what, not who

        # Who they are may hold a verb only in a relative ("who chairs the committee").
        if _THAT.search(said) or _has_finite_verb(said) \
                or aside["apposed"] and not _OPENS_RELATIVE.match(aside["apposed"]) \
                and _has_finite_verb(aside["apposed"]):
            continue
        end = aside.end()
        going_on = _SOURCE_GOES_ON.match(masked, end)
        if going_on is not None:
            end = going_on.end()
        elif masked[end:end + 1] != "," and masked[end:].strip(_CLOSING):
            continue  # a ";" or ":" goes on with a clause of its own
        if _has_finite_verb(masked[:aside.start()] + " " + masked[end:]):
            start = aside.start("speaker") if aside["speaker"] else aside.start("verb")
            return start, len(masked[:end].rstrip(_CLOSING))
    return None


def _dated_source(ctx: _Context, s_times: Sequence[TimeExpression], taken: Sequence[Span],
                  main_text: str, found: tuple[int, int] | None) -> _Draft | None:
    """The telling, when the sentence names who told it in an aside (``found``
    by ``_source_aside`` in ``main_text``) and the aside and what it told
    each have a time of their own: "officials said on Monday" in "The talks
    will resume next week, officials said on Monday". None otherwise, or
    when what it told is a guess ("The war could end within weeks, Trump
    said on Monday"): the sentence is then the saying."""
    sentence = ctx.sentence
    if found is None:
        return None
    source = Span(sentence.start + found[0], sentence.start + found[1],
                  sentence.text[found[0]:found[1]])
    own = [t for t in s_times if _inside(t.start, t.end, source)]
    told = [t for t in s_times if not _inside(t.start, t.end, source)
            and not any(_inside(t.start, t.end, c) for c in taken)]
    if not own or not told:
        return None
    best = _best_time(told, ctx.doc.text)
    if _guessed(main_text, best.start - sentence.start) \
            and _is_planned(best, main_text, ctx.doc.date):
        return None
    draft = _draft(ctx, source, _best_time(own, ctx.doc.text), "explicit",
                   [e for e in ctx.entities if _inside(e.start, e.end, source)], source.text)
    # "officials said", "the minister told Reuters": nobody named speaks, and
    # neither whom they told nor whoever the told clause names is the speaker.
    if not _speakers(draft) and not _PRONOUN_SUBJECT.match(source.text):
        return replace(draft, actors=[])
    return draft


# After a phrase, what shows it ends: a break, the end, or a coordinator
# ("since its launch in 2003 and that ..."); otherwise ``_phrase_end`` looks on.
_PHRASE_ENDS = re.compile(r"\s*(?:[,;:.!?)]|$)|\s+(?:and|but|or)\s")
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whom|whose|when|where)\b", re.IGNORECASE)
_BEFORE_OPENS = ("before", "until", "ahead", "prior")


def _first_verb(text: str) -> int:
    """Where the first finite verb of ``text`` begins (its length if none);
    a capitalised word is a name ("Mohammed bin Salman hosted ...")."""
    previous = ""
    for word in _WORD.finditer(text):
        lower = word.group(0).lower()
        if not word.group(0)[0].isupper() and (lower in _FINITE_AUX
                                              or _is_past_verb(lower, previous)):
            return word.start()
        previous = lower
    return len(text)


def _phrase_end(text: str, start: int, end: int, times: Sequence[int]) -> int:
    """Where a dated phrase found at ``start:end`` of ``text`` really ends,
    or -1 when it cannot be told apart from its clause. It ends at a break
    or a coordinator ("since its launch in 2003 and that ..."); words up to
    the next break are its own when they hold no time and no verb ("in 2021
    between Biden and Putin,"). Opening the sentence, it runs to its comma
    even over a verb ("Since the talks on Tuesday ended, ...") or a clause
    of its noun ("After the summit on Friday, which ended without a deal,
    ...")."""
    opens = not _WORD.search(text[:start])
    if opens and _RELATIVE_AFTER.match(text, end):
        close = text.find(",", end + 1)
        return close if close > 0 and _has_finite_verb(text[close:]) else -1
    if _PHRASE_ENDS.match(text, end):
        return end
    stop = _PHRASE_BREAK.search(text, end)
    close = stop.start() if stop is not None else len(text.rstrip(_CLOSING))
    if any(end <= t < close for t in times):
        return -1
    if opens and text[close:close + 1] == ",":
        return close
    tail = text[end:close]
    return close if not _has_finite_verb(tail) and not _REFERENCE_OPENS.search(tail) else -1


# "..., a day after the leaders met in London": what came that many days
# before (or after) the sentence's own day. Days only: "weeks after" is no day.
_DAYS_APART = re.compile(
    r"(?:(?<=,)|(?<=[–—]))\s*(?P<phrase>(?:(?P<n>a|an|one|the|"
    + "|".join(sorted(timewords.SMALL_NUMBERS, key=len, reverse=True))
    + r"|\d{1,2})\s+days?|(?P<hours>hours|just\s+hours|only\s+hours))\s+(?P<way>after|before))\s+",
    re.IGNORECASE)


# A list's next item after its comma: "the day after Russia, Ukraine and the
# US met" goes on past "Russia,".
_LIST_GOES_ON = re.compile(r"[^,.;]*?\band\b")


def _days_counted(found: re.Match[str]) -> int:
    """How many days ``_DAYS_APART`` counts: "a day" one, "two days" two,
    "hours" none."""
    if found.group("hours"):
        return 0
    count = found.group("n").lower()
    return int(count) if count.isdigit() else timewords.SMALL_NUMBERS.get(count, 1)


def _days_apart(ctx: _Context, s_times: Sequence[TimeExpression],
                taken: list[Span]) -> list[_Draft]:
    """What a phrase like ", a day after the leaders met in London" tells,
    a mention dated that many days off the sentence's day ("said on
    Monday, a day after ...": Sunday); its phrase joins ``taken``. Only a
    clause with a verb, or a noun that names an event ("two days after the
    vote"), and only beside a day the rest of the sentence gives."""
    sentence, base = ctx.sentence, ctx.sentence.start
    masked = _unquoted(_blank(sentence.text, base, taken))
    drafts: list[_Draft] = []
    for found in _DAYS_APART.finditer(masked):
        rest_start = found.end()
        end = _REPORTED_END.search(masked, rest_start)
        rest_end = end.start() if end else len(masked.rstrip())
        tail = _ATTRIBUTION_TAIL.search(masked, rest_start, rest_end)
        rest_end = tail.start() if tail else rest_end
        # Set off by commas before the sentence's verb, it ends at its comma:
        # "On Friday, the day after the ruling, Kettering announced ..." (what
        # follows is the sentence's), past a list's ("the day after Russia,
        # Ukraine and the US met in Riyadh, the Kremlin ..."); not "said ...,
        # a day after the leaders of Britain, France and Ukraine met".
        if not _has_finite_verb(masked[:found.start()]):
            comma = masked.find(",", rest_start, rest_end)
            while comma >= 0 and _LIST_GOES_ON.match(masked, comma + 1):
                comma = masked.find(",", comma + 1, rest_end)  # "Russia, Ukraine and the US met"
            rest_end = comma if comma >= 0 else rest_end
        rest = masked[rest_start:rest_end]
        days = [t for t in s_times if t.precision == "day" and t.earliest == t.latest
                and t.earliest is not None and not found.start() <= t.start - base < rest_end
                and masked[t.start - base] != " "]
        if not days or not _WORD.search(rest):
            continue
        event_type, trigger, _ = ctx.lexicon.classify(rest)
        if not _has_finite_verb(rest) and (event_type == OTHER or trigger > 30):
            continue  # "a day after his 70th birthday": no event told
        anchored = _best_time(days, ctx.doc.text).earliest
        if anchored is None:
            continue
        sign = -1 if found.group("way").lower() == "after" else 1
        day = anchored + timedelta(days=sign * _days_counted(found))
        # "hours after" may cross midnight: that day or the one before it.
        earliest = day - timedelta(days=1) if found.group("hours") and sign < 0 else day
        latest = day + timedelta(days=1) if found.group("hours") and sign > 0 else day
        phrase = found.group("phrase")
        time = TimeExpression(base + found.start("phrase"), base + found.end("phrase"), phrase,
                              "DATE", day.isoformat(), earliest, latest,
                              "day" if earliest == latest else "vague")
        taken.append(Span(base + found.start("phrase"), base + rest_end,
                          sentence.text[found.start("phrase"):rest_end]))
        masked = masked[:found.start()] + " " * (rest_end - found.start()) + masked[rest_end:]
        # The mention is what it tells ("the vote", no point of reference
        # here but the event); the phrase stays its time's evidence.
        span = Span(base + rest_start, base + rest_end, sentence.text[rest_start:rest_end])
        draft = _draft(ctx, span, time, "explicit",
                       [e for e in ctx.entities if _inside(e.start, e.end, span)], span.text)
        # "X named Y minister on Monday, four days after she was sworn in":
        # she is the sentence's subject, not whoever was named last.
        subject = next((e for e in ctx.entities if e.kind == "actor"
                        and e.start < base + found.start()), None)
        pronoun = _PRONOUN_SUBJECT.match(span.text)
        if pronoun is not None and subject is not None:
            draft = replace(draft, actors=[subject] + [a for a in draft.actors
                                                       if a.start >= span.start])
        drafts.append(draft)
    return drafts


# "the day after the quake", "three days before the vote", "hours after the
# attack": a count off a happening named by a definite noun. Days only, as
# in ``_DAYS_APART``.
_COUNTED_FROM = re.compile(
    r"(?<!\bfor )(?<!\bthe )\b(?P<phrase>(?:(?P<n>the(?=\s+day\b)|a(?=\s+day\b)|one|"
    + "|".join(sorted(timewords.SMALL_NUMBERS, key=len, reverse=True))
    + r"|\d{1,2})\s+days?|(?P<hours>hours|just\s+hours|only\s+hours)|(?P<week>the\s+week))"
    r"\s+(?P<way>after|before))"
    r"\s+(?P<noun>(?:the|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
    r"(?=\s*(?:[.,;:!?)–—]|$|\s(?:in|on|at|of|and|when|as|that|which)\b))",
    re.IGNORECASE)


# How far after a count's noun a time of the noun's own may start ("the
# referendum in 2014").
_OWN_TIME_REACH = 12
# A happening dated to at most this many days ("last week") is one a count
# of days can be taken from: the count moves the whole span.
_COUNTED_FROM_DAYS = 7


def _compound_of(earlier_word: str, later_word: str) -> bool:
    """Whether a later event noun is the end of an earlier compound ("the
    quake" after "an earthquake")."""
    earlier_word, later_word = earlier_word.lower(), later_word.lower()
    return len(later_word) >= 4 and earlier_word != later_word and earlier_word.endswith(later_word)


def _counted_from_told(text: str, sentence: Span, s_times: Sequence[TimeExpression],
                       told: Sequence[_Draft], lexicon: Lexicon) -> list[TimeExpression]:
    """``s_times``, with a day for a phrase like "the day after the quake"
    counted from the happening its noun names: the first one the article
    told before (``told``, in text order), as done, with a time of its own
    within a week (not one a clause took from the story's day), whose event word
    the noun names (``names_alike``, or the end of its compound). Only
    when nothing else in the sentence names a day: "On Tuesday, the day
    after the quake" is ``_days_apart``'s."""
    out = list(s_times)
    masked = _unquoted(sentence.text)
    for found in _COUNTED_FROM.finditer(masked):
        start, end = sentence.start + found.start("phrase"), sentence.start + found.end("noun")
        if any(t.precision == "day" and t.names_day and not start <= t.start < end for t in out):
            break  # the sentence's day is its own: none of its counts is needed
        if any(start <= t.start < end + _OWN_TIME_REACH for t in s_times):
            continue  # "three days after the June 1 vote", "the referendum in 2014": its own
        noun = found.group("noun")
        event_type, trigger, trigger_end = lexicon.classify(noun)
        # An untyped noun names what an earlier word of its stem told
        # ("the collapse" after "collapsed"), as a typed one does.
        word = noun[trigger:trigger_end] if trigger >= 0 else noun.split()[-1]
        later = (event_type, event_stem(word))
        # The happening is the first told that the noun names: what came of
        # it ("the death toll from the quake had risen by Sunday") is later.
        referent: tuple[date, date] | None = None  # the happening's first and last day
        for draft in told:
            if draft.trigger < 0 or draft.time is None or draft.time_source != "explicit" \
                    or draft.status != "happened" \
                    or draft.time.earliest is None \
                    or draft.time.latest is None \
                    or (draft.time.latest - draft.time.earliest).days >= _COUNTED_FROM_DAYS:
                continue
            earlier_word = draft.span.text[draft.trigger:draft.trigger_end]
            earlier = (draft.event_type, event_stem(earlier_word))
            if names_alike(earlier, later, lexicon.interchangeable, False) \
                    or event_type != OTHER and event_type == draft.event_type \
                    and _compound_of(earlier_word.split()[-1], word.split()[-1]):
                referent = (draft.time.earliest, draft.time.latest)
                break
        if referent is None:
            continue
        first, last = referent
        sign = -1 if found.group("way").lower() == "before" else 1
        if found.group("week"):
            # "the week after the attack": the seven days after it (or before).
            shift = timedelta(days=sign)
            earliest, latest = (first + shift, last + 7 * shift) if sign > 0 \
                else (first + 7 * shift, last + shift)
        else:
            shift = timedelta(days=sign * _days_counted(found))
            earliest, latest = first + shift, last + shift
        # "hours after" may cross midnight: that day or the next.
        if found.group("hours"):
            earliest, latest = (earliest - timedelta(days=1), latest) if sign < 0 \
                else (earliest, latest + timedelta(days=1))
        out.append(TimeExpression(start, end, text[start:end], "DATE", earliest.isoformat(),
                                  earliest, latest, "day" if earliest == latest else "vague"))
    return sorted(out, key=lambda t: (t.start, t.end))


def _dated_references(ctx: _Context, s_times: Sequence[TimeExpression],
                      taken: list[Span]) -> tuple[list[_Draft], date | None]:
    """The events the sentence is told relative to that carry a time of
    their own ("Since its launch in 2003, the store has sold ...": the
    launch, in 2003), each a mention; their phrases join ``taken``. Only
    when the rest of the sentence is a clause of its own, with a verb, and
    the time cannot be the rest's: "He returned to Moscow after his visit
    to Beijing on Monday" may tell when he returned. The time is the
    phrase's when the phrase comes first, when the rest has a time of its
    own (not its source's: "..., officials said on Tuesday"), or after
    "since". Also the day the rest happened on or after, when only a
    phrase that opens the sentence dates it ("After his election victory
    in November, Trump named ...")."""
    drafts: list[_Draft] = []
    after: date | None = None
    if not s_times:
        return drafts, after
    sentence, base = ctx.sentence, ctx.sentence.start
    masked = _unquoted(_blank(sentence.text, base, taken))
    as_read = masked
    source: tuple[int, int] | None = None
    looked_for_source = False  # only once a phrase is found: most sentences hold none
    for time in s_times:
        if masked[time.start - base] == " ":
            continue  # in a clause taken already, or in a quotation
        found = _dated_reference(masked, time.start - base, time.end - base, ctx.lexicon)
        if found is None:
            continue
        start, noun, end = found
        end = _phrase_end(masked, start, end, [t.start - base for t in s_times])
        if end < 0:
            continue
        if not looked_for_source:
            source, looked_for_source = _source_aside(as_read), True
        framed = ctx.lexicon.frame(masked)
        # In what someone said ("said that the attack on Monday came after
        # the talks last week"), the phrase is taken only beside another
        # time of what was said: alone, it is that saying's time.
        told = framed[time.start - base] == " "
        rest = masked[:start] + " " + masked[end:]
        fronted = not told and not _WORD.search(masked[:start]) and rest.lstrip().startswith(",")
        rest_dated = any(not start <= t.start - base < end and masked[t.start - base] != " "
                         and (framed[t.start - base] == " ") == told
                         and not (source is not None and source[0] <= t.start - base < source[1])
                         for t in s_times)
        opener = masked[start:noun].split()[0].lower()
        if not _has_finite_verb(rest) or not (
                rest_dated or not told and (fronted or opener == "since")):
            continue
        if not rest_dated and opener != "since" and time.latest is not None \
                and time.latest < ctx.doc.date:
            if opener in _BEFORE_OPENS:
                continue  # "Before the election in November, Trump promised ...": when?
            after = time.earliest
        phrase = Span(base + start, base + end, sentence.text[start:end])
        taken.append(phrase)
        masked = masked[:start] + " " * (end - start) + masked[end:]
        # "After talks with Rubio last week, Lavrov told ...": Lavrov talked,
        # with Rubio; the subject of the rest, not its object nor whom he
        # told of. A name before the noun is its own ("after Putin's visit").
        subject_ends = base + _first_verb(ctx.lexicon.frame(masked))
        inside = [e for e in ctx.entities if _inside(e.start, e.end, phrase)]
        owners = [e for e in inside if e.start < base + noun]
        doers = [] if told else [e for e in ctx.entities if e.kind == "actor"
                                 and e.start < subject_ends and masked[e.start - base] != " "]
        draft = _draft(ctx, phrase, time, "explicit",
                       owners + doers + [e for e in inside if e not in owners], phrase.text)
        # ... first, before whoever "his" may mean.
        lead = owners + doers
        drafts.append(replace(draft, actors=lead + [a for a in draft.actors if a not in lead]))
    return drafts, after


def _speakers(source: _Draft) -> list[Entity]:
    """Who speaks in a source aside: the names before its speech verb, or,
    verb first ("said Lavrov"), the first name after it."""
    verb = _SPEECH_VERB.search(source.doc.text, source.span.start, source.span.end)
    if verb is None:
        return []
    inside = [e for e in source.actors if _inside(e.start, e.end, source.span)]
    before = [e for e in inside if e.end <= verb.start()]
    if before or verb.start() > source.span.start:
        return before
    return [e for e in inside if e.start >= verb.end()][:1]


def _sentence_drafts(ctx: _Context, s_times: list[TimeExpression],
                     news_day: _NewsDay, opening: bool = False) -> list[_Draft]:
    """The mentions of one sentence: its dated clauses, then its main clause.
    ``opening``: the article's first sentence, whose present tells the news."""
    doc, sentence = ctx.doc, ctx.sentence
    drafts: list[_Draft] = []
    taken: list[Span] = []  # clauses that became mentions of their own
    for clause in ctx.clauses:
        c_times = [t for t in s_times if _inside(t.start, t.end, clause)]
        if not c_times:
            continue
        taken.append(clause)
        if ATTRIBUTION.match(clause.text):
            continue  # when a source spoke dates neither the event nor a mention
        if _WHO_THEY_ARE_NOW.match(clause.text) and all(t.value == "PRESENT_REF" for t in c_times):
            continue  # "who now teaches at Columbia": who they are, not a happening
        subject = appositive_subject(doc.text, sentence, clause)
        if subject is None:
            subject = relative_subject(doc.text, sentence, clause)
        if subject is not None:
            # "The ceasefire, agreed in January, ...", "The walk-out, which
            # began on Oct. 6, ...": the subject's act, told with it, as a
            # participle after its noun is.
            drafts.append(_described(ctx, Span(subject, clause.end, doc.text[subject:clause.end]),
                                     _best_time(c_times, doc.text)))
            continue
        best = _best_time(c_times, doc.text)
        opened = subordinate_subject(doc.text, clause)
        if opened is not None:
            # What the news came after, told as done, lies before the news.
            if _AFTER.match(clause.text) and _simple_past(clause.text) \
                    and not _FORECAST.search(clause.text):
                best = _before_the_news(best, _best_time(
                    [t for t in s_times if not any(_inside(t.start, t.end, c) for c in ctx.clauses)]
                    or c_times, doc.text))
            # "after the central bank raised rates on Monday": told from its
            # own subject on, which no actor of the sentence's stands for.
            clause = Span(opened, clause.end, doc.text[opened:clause.end])
        drafts.append(_draft(ctx, clause, best, "explicit",
                             [e for e in ctx.entities if _inside(e.start, e.end, clause)],
                             clause.text))
        if opened is not None and not drafts[-1].actors:
            # Its subject, named by no name, is what the title says:
            # "inflation fell in August", "10 people were killed on Saturday".
            drafts[-1] = replace(drafts[-1], title_phrase=clause.text)
    drafts.extend(_described_acts(ctx, s_times, taken))
    drafts.extend(_days_apart(ctx, s_times, taken))
    referred, happened_after = _dated_references(ctx, s_times, taken)
    drafts.extend(referred)
    main_text = _blank(sentence.text, sentence.start, taken)
    # "Russia and the US met in Riyadh last week, Lavrov told reporters on
    # Monday": the telling is a mention of its own; it is blanked from the
    # rest (commas too) but stops no title ("The deal, Trump said on Monday,
    # will be signed next week" is about the deal).
    source_aside = _source_aside(main_text)
    told_by = _dated_source(ctx, s_times, taken, main_text, source_aside)
    aside: list[Span] = []
    speaker: list[Entity] = []  # "The talks will resume next week, Lavrov said": his talks
    if told_by is not None:
        drafts.append(told_by)
        source, speaker = told_by.span, _speakers(told_by)
        before = len(doc.text[:source.start].rstrip()) - 1
        aside = [source, *(Span(c, c + 1, ",") for c in (before, source.end)
                           if doc.text[c:c + 1] == ",")]
        main_text = _blank(sentence.text, sentence.start, taken + aside)
    # What a reporting verb reports ("said that in 2017, Russia supplied ...")
    # is an event of its own when it carries its own time.
    framed = ctx.lexicon.frame(main_text)
    cut = len(framed.rstrip())
    speakers_now: list[TimeExpression] = []
    # What was said and its time, when a mention of its own.
    reported: tuple[Span, TimeExpression] | None = None
    if cut < len(main_text.rstrip()):
        complement = Span(sentence.start + cut, sentence.end, doc.text[sentence.start + cut:sentence.end])
        c_times = [t for t in s_times if _inside(t.start, t.end, complement)
                   and not any(_inside(t.start, t.end, c) for c in taken)]
        # "said the ball was now in Russia's court": the speaker's "now" is
        # when they spoke, which dates neither what they said nor the saying.
        # (Quoted, it is the day they spoke: ``_speech_days``.)
        quoted = [(sentence.start + a, sentence.start + b) for a, b in quotations(sentence.text)]
        speakers_now = [t for t in c_times if t.value == "PRESENT_REF"
                        and not any(a <= t.start < b for a, b in quoted)]
        c_times = [t for t in c_times if t not in speakers_now]
        # "Apple announced this morning": a time alone is when it was said.
        said = blank_out(complement.text, complement.start, ((t.start, t.end) for t in c_times))
        if c_times and _WORD.search(said):
            taken.append(complement)
            best = _best_time(c_times, doc.text)
            # "predicted the war could end within weeks": a guess, not a
            # plan; the prediction is the event, and the guess dates nothing.
            if not (_guessed(complement.text, best.start - complement.start)
                    and _is_planned(best, complement.text, doc.date)):
                reported = (complement, best)
                drafts.append(_draft(ctx, complement, best, "explicit",
                                     [e for e in ctx.entities
                                      if _inside(e.start, e.end, complement)
                                      and not any(_inside(e.start, e.end, c) for c in taken[:-1])],
                                     _blank(complement.text, complement.start, taken[:-1])))
            main_text = _blank(sentence.text, sentence.start, taken + aside)
    elsewhere = taken + aside  # what the main clause does not hold
    main_times = [t for t in s_times if not any(_inside(t.start, t.end, c) for c in elsewhere)
                  and t not in speakers_now]
    main_entities = [e for e in ctx.entities
                     if not any(_inside(e.start, e.end, c) for c in elsewhere)]
    if not any(e.kind == "actor" for e in main_entities):
        main_entities += speaker
    news = _news_present(main_text, ctx.lexicon) if opening else None
    news_present = news is not None
    if main_times and _only_silence(main_text, sentence.start, main_times, ctx.lexicon):
        pass  # "Apple declined to comment on Monday": its day dates no news
    elif main_times:
        drafts.append(_draft(ctx, sentence, _best_time(main_times, doc.text), "explicit",
                             main_entities, main_text))
        # "said on Wednesday that lawmakers would hold a hearing next week":
        # the saying's title says what was said, though it is dated apart.
        drafts[-1] = _stop_title(drafts[-1], [_said_up_to(drafts[-1], *reported)
                                              if reported and c is reported[0] else c
                                              for c in taken])
        if aside:
            drafts[-1] = replace(drafts[-1], title_aside=(
                min(a.start for a in aside) - sentence.start,
                max(a.end for a in aside) - sentence.start))
        else:
            drafts[-1] = _title_past_source(drafts[-1], main_text, source_aside)
    elif is_past_report(_reported(main_text)) or news_present:
        # Only the simple past continues the story's day: "a war that has
        # killed thousands" is not a thing of that day.
        # "Putin said he had met Trump before": what was said lies elsewhen,
        # the saying does not.
        saying = ctx.lexicon.frame(main_text)
        # "After his election victory in November, Trump named ...": on or
        # after that phrase's time, not the story's day.
        # A clause that describes a noun ("Porter, who demanded the hearing
        # the day after the announcement, said") moves no saying off the day.
        described = _blank(saying, sentence.start, _background_clauses(ctx))
        of_the_day = _simple_past(main_text) and not _elsewhen(described) \
            and happened_after is None
        if news_day.day is not None and of_the_day:
            drafts.append(_stop_title(_draft(ctx, sentence, news_day.day, "inherited",
                                             main_entities, main_text), taken))
        else:
            draft = _draft(ctx, sentence, None, "article_date", main_entities, main_text)
            if news is not None and draft.event_type == OTHER:
                # "Russia invades Ukraine": the type and event word of "invaded".
                draft = replace(draft, event_type=news[0], trigger=news[1], trigger_end=news[2])
            window = LONG_BEFORE_DAYS if _long_before(saying) else ANCHOR_WINDOW_DAYS
            if happened_after is not None:
                window = (ctx.doc.date - happened_after).days
            # The lede's day is a guess from later sentences: only a plain
            # simple past takes it ("has said" in "Russian-occupied Ukraine" does not).
            awaits = news_present or (of_the_day and _simple_past(_COMPOUND.sub(" ", main_text)))
            drafts.append(_stop_title(replace(draft, awaits_day=awaits, window_days=window),
                                      taken))
        drafts[-1] = _title_past_source(drafts[-1], main_text, source_aside)
    return drafts


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_WHICH_AFTER_SUBJECT = re.compile(r",?\s+which(?=\s)", re.IGNORECASE)
_APPOSED_COMMA = re.compile(r",(?=\s+[a-z])")  # not a date's: "February 24, 1955"
_LEAD_IN = re.compile(r"[\s,]+(?:(?:on|in|at|during|by|from|since)\s*)?\Z", re.IGNORECASE)


def _described_acts(ctx: _Context, s_times: Sequence[TimeExpression],
                    taken: list[Span]) -> list[_Draft]:
    """The dated acts a participle tells of the noun it follows, each a
    mention: "Peskov criticised the sanctions imposed by the EU in 2014" (the
    sanctions, 2014; the criticism is not of 2014). The mention runs from
    the noun phrase; only the participle's phrase joins ``taken``, so the
    clause keeps its object. Not a time ahead (what is to come is told where
    it stands)."""
    doc, drafts = ctx.doc, []
    for begin, verb, end in ctx.relatives:
        if any(c.start < end and verb < c.end for c in taken):
            continue
        times = [t for t in s_times if verb <= t.start and t.end <= end]
        if len(times) > 1:
            # "released three hostages seized in the October 7 attack on
            # Saturday": the last time is the release's.
            head = _LEAD_IN.sub("", doc.text[verb:times[-1].start])
            end, times = verb + len(head), times[:-1]
        if not times:
            continue
        time = _best_time(times, doc.text)
        if time.earliest is None or time.earliest > doc.date or _modifies_a_noun(doc.text, time):
            continue  # "seized in the October 7 attack": the attack's day
        taken.append(Span(verb, end, doc.text[verb:end]))
        drafts.append(_described(ctx, Span(begin, end, doc.text[begin:end]), time))
    return drafts


def _described(ctx: _Context, phrase: Span, time: TimeExpression) -> _Draft:
    """The mention of a noun and the participle or "which" clause that tells
    its act, titled by the phrase past its article, commas and "which":
    "sanctions imposed by the EU in 2014", "ceasefire agreed in January",
    "walk-out began on Oct. 6"."""
    draft = _draft(ctx, phrase, time, "explicit",
                   [e for e in ctx.entities if _inside(e.start, e.end, phrase)], phrase.text)
    title = _ARTICLE.sub("", _APPOSED_COMMA.sub("", _WHICH_AFTER_SUBJECT.sub("", phrase.text, 1)))
    return replace(draft, title_phrase=" ".join(title.split()))


def _title_past_source(draft: _Draft, main_text: str, found: tuple[int, int] | None) -> _Draft:
    """``draft`` (a main clause) with its title passing over the source aside
    ``found`` in ``main_text`` when it dates nothing apart: "Russian forces
    struck Kyiv overnight, killing nine people, officials said on Thursday"
    is titled by the strike, not "said on Thursday"."""
    if found is None or draft.title_aside is not None:
        return draft
    comma = main_text.rfind(",", 0, found[0])
    start = comma if comma >= 0 and not main_text[comma + 1:found[0]].strip() else found[0]
    return replace(draft, title_aside=(start, found[1]))


def _only_silence(text: str, base: int, times: Sequence[TimeExpression], lexicon: Lexicon) -> bool:
    """Whether ``text`` (starting at offset ``base``) tells nothing but a
    refusal to speak, however it is dated: "The Kremlin did not immediately
    respond to a request for comment on Monday". Not "declined to comment,
    but its shares fell on Monday", nor when what it would not speak of is
    news ("did not disclose the terms of the deal it announced on Monday",
    "declined to comment on Monday's lawsuit")."""
    silenced = _affirmed(text, _SILENCE)
    spans = [(t.start, t.end) for t in times]
    if silenced == text or _has_finite_verb(blank_out(silenced, base, spans)):
        return False
    refused = blank_out("".join(" " if s != " " else c for c, s in zip(text, silenced)), base,
                        spans)
    about = " ".join(w for w in _words(refused) if w not in _REFUSING)
    return not _has_finite_verb(about) and (lexicon.combined is None
                                            or lexicon.combined.search(about) is None)


def _said_up_to(saying: _Draft, said: Span, time: TimeExpression) -> Span:
    """Where the title of ``saying`` stops in what it reported: after that
    clause's time when the title can hold it ("said … would open in July"),
    else before it ("said on Wednesday that he would meet Putin")."""
    trigger = saying.span.start + max(saying.trigger, 0)
    fits = len(saying.doc.text[trigger:time.end].split()) <= TITLE_WORDS
    return Span(time.end if fits else time.start, said.end, "")


def _stop_title(draft: _Draft, taken: Sequence[Span]) -> _Draft:
    """``draft`` (a main clause) with its title stopping where a clause taken
    as a mention of its own begins after its event word: "fought cancer in
    2004" ends before "and took six months off in early 2009"."""
    text, base = draft.doc.text, draft.span.start
    relatives = [c for c in taken if c.start - base > max(draft.trigger, 0)
                 and _set_off_relative(text, c, draft.span.end)]
    later = [c.start - base for c in taken
             if c.start - base > max(draft.trigger, 0) and c not in relatives]
    if later:
        draft = replace(draft, title_stop=min(later))
    if relatives:
        draft = replace(draft, title_relatives=tuple(
            (text.rindex(",", base, c.start) - base, text.index(",", c.end) + 1 - base)
            for c in relatives))
    # "Following the summit on Friday, Trump said ...": the title passes over
    # a mention of its own that opens the sentence.
    opening = next((c for c in taken if not _WORD.search(text, base, c.start)
                    and (draft.trigger < 0 or c.end - base <= draft.trigger)), None)
    if opening is not None and draft.title_aside is None:
        comma = text.find(",", opening.end, draft.span.end)
        end = comma + 1 if comma >= 0 and not text[opening.end:comma].strip() else opening.end
        draft = replace(draft, title_aside=(opening.start - base, end - base))
    # "The ceasefire, agreed in January, collapsed", "The merger, announced
    # in October, is expected to close ...": nor is a clause set off by
    # commas inside the sentence the title's.
    end = draft.span.end
    between = next((c for c in taken if not c.start - base <= draft.trigger < c.end - base
                    and c.start > base and c.end < end
                    and text[base:c.start].rstrip().endswith(",")
                    and text[c.end:end].lstrip().startswith(",")), None)
    if between is not None and draft.title_aside is None:
        draft = replace(draft, title_aside=(text.rindex(",", base, between.start) - base,
                                            text.index(",", between.end, end) + 1 - base))
    return draft


def _set_off_relative(text: str, clause: Span, end: int) -> bool:
    """Whether ``clause`` is a relative clause between commas with more of
    its sentence (up to ``end``) after it: "hired Ana Ruiz, whose contract
    runs until 2027, as chief executive on Monday"; not before a source
    ("…, who said …, officials said")."""
    if not _RELATIVE_PRONOUN.match(clause.text) or not text[:clause.start].rstrip().endswith(",") \
            or not text[clause.end:end].lstrip().startswith(","):
        return False
    comma = text.index(",", clause.end)
    source = _SOURCE_ASIDE.match(text, comma, end)
    told_by = source is not None and not _THAT.search(text, source.end("verb"), source.end()) \
        and bool(source["speaker"] or _SPEAKER_AFTER.match(text, source.end("verb")))
    return bool(_WORD.search(text, comma, end)) and not told_by \
        and ATTRIBUTION.match(text[comma + 1:end].lstrip()) is None


def _news_present(text: str, lexicon: Lexicon) -> tuple[str, int, int] | None:
    """The event type and the verb's offsets when an opening sentence tells
    its news in the present ("Steve Jobs resigns", "Russia says it is open
    to ..."), not of the future ("Apple says" is news whatever it says will
    come); else None. A state ("Ukraine holds vast deposits") or a heading
    ("Live updates: ...") is not news."""
    if lexicon.combined is None:
        return None
    framed = lexicon.frame(text)
    for found in _NEWS_PRESENT.finditer(framed):
        verb, rest = found["verb"], framed[found.end("verb"):]
        stem = verb[:-1]
        pasts = (_PRESENT_TO_PAST[verb],) if verb in _PRESENT_TO_PAST else \
            (stem + "d", stem + "ed", stem + stem[-1:] + "ed", verb[:-3] + "ied")
        for past in pasts:
            trigger = lexicon.combined.match(past + rest)
            if trigger is not None and trigger.end() >= len(past):
                kind = lexicon.patterns[int(str(trigger.lastgroup)[1:])][0]
                # What a source says may lie ahead; a plan of one's own is no news.
                if kind in lexicon.reporting or not _FUTURE.search(framed):
                    return kind, found.start("verb"), found.end("verb")
                return None
    return None


def _too_short(text: str, sentence: Span, times: Sequence[TimeExpression]) -> bool:
    """A dateline or a heading: fewer than three words besides its dates
    (a date counted from a happening, "the day after the quake", names one)."""
    rest = blank_out(text[sentence.start:sentence.end], sentence.start,
                     ((t.start, t.end) for t in times if not _COUNTED_FROM.fullmatch(t.text)))
    return len(_WORD.findall(rest)) < 3


def _last_actor(entities: Sequence[Entity], fallback: Entity | None,
                people: frozenset[str] | None = None) -> Entity | None:
    """The last actor of ``entities`` (the last of ``people``, if given),
    else ``fallback``."""
    actors = [e for e in entities if e.kind == "actor" and (people is None or e.name in people)]
    return actors[-1] if actors else fallback


_OPENS_WITH_HE = re.compile(r"^\W*(?:he|she|his|her)\b", re.IGNORECASE)


def _salient_person(sentence: Span, entities: Sequence[Entity], last: Entity | None,
                    people: frozenset[str]) -> Entity | None:
    """Whom "he" or "she" opening the next sentence means, after ``sentence``:
    the person it was about, its first named outside quotations ("Tim Cook
    was recommended by Jobs" is about Cook), or, when it opens with "he" or
    names no one, still ``last``."""
    if _OPENS_WITH_HE.match(sentence.text):
        return last
    quoted = quotations(sentence.text)
    named = [e for e in entities if e.kind == "actor" and e.name in people
             and not any(a <= e.start - sentence.start < b for a, b in quoted)]
    return named[0] if named else last


# A subordinator that opens a clause of its own, with its own subject: "came
# the same day as Trump boasted ... during a press conference".
_SUBORDINATOR = re.compile(r"(?<!well )\b(?:as|when|while|after|before|because|since|until"
                           r"|whereas)\s+(?=[A-Z])")
# A clause without a subject set before the sentence's: "Later, when asked
# what makes him trust Putin, Trump responded", "After meeting Putin, Rubio said".
_FRONTED_CLAUSE = re.compile(r"^\W*(?:[A-Za-z]+\s*,\s*)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile"
                             r"|[Ss]ince|[Uu]pon)\s+[a-z]+(?:ed|ing)\b[^,;:]*,\s*")
# What follows a clause's subject: its verb ("as Trump boasted"), not "'s
# chairman" ("speaking as Berkshire Hathaway's chairman") nor a comma.
_FINITE = _NOUNS_VERB | {"will"}


def _subordinate_opening(text: str, trigger: int,
                         quoted: Sequence[tuple[int, int]]) -> int | None:
    """Where the subject of the subordinate clause that holds the event word
    at ``trigger`` begins ("came the same day as Trump boasted ... during a
    press conference": at "Trump"), if the clause has one; else None."""
    fronted = _FRONTED_CLAUSE.match(text)
    if fronted is not None and trigger < fronted.end():
        return fronted.end()  # "When asked about Putin, Trump said": Trump's asking
    opening = [m for m in _SUBORDINATOR.finditer(text, 0, trigger)
               if not any(a <= m.start() < b for a, b in quoted)]
    return opening[-1].end() if opening else None


def _subordinate_people_first(actors: list[Entity], text: str, base: int, trigger: int,
                              quoted: Sequence[tuple[int, int]]) -> list[Entity]:
    """``actors`` (offsets from ``base``), the people of the subordinate
    clause that holds the event word first when it opens on one of them and
    its verb ("Putin's statements came as Trump met Macron": Trump, Macron),
    and someone was named before it."""
    opens = _subordinate_opening(text, trigger, quoted)
    people = [e for e in actors if _is_person(e)]
    subject = next((e for e in people if e.start - base == opens), None)
    if opens is None or subject is None or not any(e.start - base < opens for e in people):
        return actors
    after = text[subject.end - base:]
    verb = _WORD.match(after.lstrip())  # its verb, not "'s chairman" nor a comma
    if verb is None or not after[:1].isspace() \
            or not (verb.group(0) in _FINITE or _is_past_verb(verb.group(0))):
        return actors
    return sorted(actors, key=lambda e: not (_is_person(e) and e.start - base >= opens))


def _is_person(entity: Entity) -> bool:
    """A name that reads as a person's: not a country, not an acronym."""
    return (gazetteer().country_name(entity.name) is None and not entity.name.isupper()
            and (bool(entity.title) or " " in entity.name or entity.name[:1].isupper()))


# A subject named by a common noun, right before its verb: "The central
# bank last cut rates", "The device goes on sale", "Its price was cut",
# "Officials said", "(said) that sales would start", perhaps after a phrase
# and a comma ("On Monday, the company said").
_SUBJECT_OPENS = re.compile(r"\W*(?:that\s+)?"
                            r"(?:(?:(?P<definite>[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)|[Ii]ts)\s+)?")
_FRONTED_PHRASE = re.compile(r"\W*[^,]{1,60},\s*")
# A short phrase of time or place before the subject, no comma: "On Friday
# the fire brigade said".
_FRONTED_WITHOUT_COMMA = re.compile(r"\W*(?:On|In|At|By|During|Early|Late|Later|Earlier|Last)"
                                    r"\s[^,]{1,30}?\s(?=(?:the|a|an)\s)", re.IGNORECASE)


# A subject no name is given for, before its verb or after a quotation's:
# "An official said", '"…," said a shareholder who asked not to be named'.
_ABOUT = r"(?:(?i:more\s+than|fewer\s+than|less\s+than|about|around|nearly|almost|some|over|at\s+least)\s+)?"
# "More than 2,000 people were", "87% of members voted".
_UNNAMED_SUBJECT = re.compile(r"^\W*(?:[^,]{1,60},\s*)?(?:(?:said|says|added|told)\s+)?"
                              r"(?:(?:[Aa]n?|[Oo]ne)\s+[a-z0-9]|(?<![\d,.])" + _ABOUT
                              + r"\d(?:[\d,.]*\d)?%?\s+[a-z])")


def _unnamed_subject(clause: str) -> bool:
    """Whether ``clause`` opens on a subject left unnamed ("An official
    said"), perhaps after a phrase ("In 2018 a fire killed 104 people")."""
    fronted = _FRONTED_WITHOUT_COMMA.match(clause)
    return _UNNAMED_SUBJECT.match(clause) is not None or (
        fronted is not None and _UNNAMED_SUBJECT.match(clause[fronted.end():]) is not None)


def _thing_subject(clause: str) -> bool:
    """Whether ``clause`` opens on a subject named by a common noun (a few
    words in lower case, the first maybe capitalised), then its verb; at
    its start or after a phrase and a comma. The start is tried first: "The
    union said the stoppage had cost about 40,000 tonnes" has a comma too."""
    fronted = [m.end() for m in (_FRONTED_PHRASE.match(clause),
                                 _FRONTED_WITHOUT_COMMA.match(clause)) if m is not None]
    return any(_opens_on_a_thing(clause[start:]) for start in (0, *fronted))


def _opens_on_a_thing(clause: str) -> bool:
    opening = _SUBJECT_OPENS.match(clause)
    words = clause[opening.end() if opening else 0:].split()
    return _short_subject(words[:5]) or _plural_then_phrase(words[:_SUBJECT_REACH]) \
        or opening is not None \
        and opening.group("definite") is not None \
        and _longer_definite_subject(words[:_SUBJECT_REACH])


def _short_subject(words: Sequence[str]) -> bool:
    """Whether ``words`` open on a few common nouns, then their verb; not on
    a relative pronoun ("which have fallen"), which stands for a noun before."""
    if words and words[0].lower() in _RELATIVE_PRONOUNS:
        return False
    if len(words) > 1:  # "Doctors' groups said": whose groups, unnamed
        words = [without_owners_mark(words[0], words[1]), *words[1:]]
    if len(words) > 1 and words[1][:1].islower() \
            and (names_people_by_trade(words[0]) or words[0].lower() in COUNTS_OF_PEOPLE):
        return True  # "Residents remain divided", "Hundreds of people lined the road"
    for n in range(1, min(3, len(words) - 1) + 1):
        noun = [w.lower() for w in words[:n]]
        if not words[0][1:].islower() or not all(w[:1].islower() for w in words[1:n]) \
                or _NOT_IN_SUBJECT & set(noun) or not all(w.isalpha() for w in noun):
            return False
        if _is_past_verb(noun[-1]):
            if n == 1 and words[0][:1].isupper():
                continue  # "Masked gunmen robbed": a participle before the noun
            return False
        verb = words[n]
        if verb in _ADVERBS_BEFORE_VERB | {"last", "first"} or is_adverb(verb):
            return n + 1 < len(words)
        if _reads_as_verb(verb) or verb in PASTS_LIKE_NOUNS:  # "The blaze broke out", "police shot"
            return True
    return False


def _plural_then_phrase(words: Sequence[str]) -> bool:
    """Whether ``words`` open on a plural common noun, a phrase or a clause
    that says which, then its verb: "Banks in the region passed", "Relations
    between the union and management have been strained", "Fans who march
    behind the band have said"."""
    return len(words) > 2 and words[0][1:].islower() and reads_as_plural(words[0]) \
        and (words[1] in _PREPOSITIONS or words[1] in ("who", "that")) \
        and words[0].lower() not in _NOT_IN_SUBJECT \
        and _verb_after_phrase(words[1:])


# Nouns that may stand for a body named before: "The company, founded in
# 2008, won approval", "The planemaker, which has lost billions since 2019".
_BODY_NOUNS = ORGANISATION_WORDS | {
    "company", "firm", "corporation", "carrier", "airline", "lender", "insurer", "regulator",
    "watchdog", "operator", "retailer", "manufacturer", "partnership", "broadcaster",
    "network", "team", "side", "consortium", "conglomerate", "startup", "business", "giant",
    "chain", "brand", "label", "studio", "outlet", "publisher", "newspaper", "channel"}
# Nouns of time open a phrase before the subject ("The day after the vote, he said").
_TIME_NOUNS = frozenset(timewords.UNITS) | timewords.SPANS_OF_TIME | {"moment", "weekend"} \
    | {w + s for w in timewords.PARTS_OF_DAY for s in ("", "s")}
_SUBJECT_REACH = 30  # words looked at for a subject's verb, asides included
_AGED = re.compile(r"\d+-year-olds?")  # "The 52-year-old": a person named before
_AGE_ASIDE = re.compile(r"\d{1,3},")  # "The suspect, 34, appeared"
_NOUNISH = re.compile(r"[a-z0-9$€£][\w$€£.%’'-]*")
_WITH_AN_OWNER = re.compile(r"['’]s$")  # "The city's mayor": whose, often someone named before
_ENDS_CLAUSE = re.compile(r"[;:!?]['’”\")]*$")


def _ends_sentence(word: str) -> bool:
    """Whether ``word`` ends its sentence: not an abbreviation ("Aug.", "U.S.")."""
    if _ENDS_CLAUSE.search(word):
        return True
    bare = word.rstrip("'’”\")")
    return bare.endswith(".") and not ends_abbreviation(bare, len(bare) - 1)


def _may_be_named_before(noun: str) -> bool:
    """Whether a subject's head noun may stand for a body named before."""
    return noun in _BODY_NOUNS or noun.endswith("maker")  # "carmaker", "chipmaker"


def _longer_definite_subject(words: Sequence[str]) -> bool:
    """Whether ``words``, after "The", are a subject named by common nouns
    that ``_short_subject`` reads too short for, then its verb: with
    numbers or hyphens ("The 96-page document promises"), a phrase after its
    noun ("The five-week gap between the discovery and the announcement
    drew"), or an aside between commas ("The agreement, approved by a state
    court, covers"). Not one whose noun may be a body named before ("The
    company, founded in 2008, won"), nor one with an owner ("The city's
    mayor", "The singer's album": of someone named before, often), nor a
    person told by age ("The 52-year-old", "The suspect, 34,"), nor a phrase
    of time ("The day after the vote, he said")."""
    nouns = 0
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        low = bare.lower()
        if _AGED.match(word) or _ends_sentence(word) or _WITH_AN_OWNER.search(low) \
                or nouns == 0 and low in _TIME_NOUNS:
            return False
        if nouns and (_reads_as_verb(low) or low in IRREGULAR_PAST) and bare == word:
            return not _may_be_named_before(words[i - 1].lower())
        if nouns and low in _PREPOSITIONS:
            return not _may_be_named_before(words[i - 1].lower()) \
                and _verb_after_phrase(words[i + 1:])
        if not _NOUNISH.fullmatch(bare) or low in _NOT_IN_SUBJECT:
            return False
        nouns += 1
        if word.endswith(","):
            return not _may_be_named_before(low) and not (
                i + 1 < len(words) and _AGE_ASIDE.fullmatch(words[i + 1])) \
                and _verb_after_phrase(words[i:])
    return False


def _verb_after_phrase(words: Sequence[str]) -> bool:
    """Whether a finite verb follows the phrase or the aside (between commas)
    that ``words`` open with: "on Tuesday evening, passed by 61 to 4, creates"."""
    previous = ""
    for i, word in enumerate(words):
        if _ends_sentence(word):
            return False
        if word.endswith(",") and i + 1 < len(words) and words[i + 1].lower() == "which":
            return True  # "The strikes, which began on March 3": the strikes began
        if word.endswith(","):
            closing = next((j for j in range(i + 1, len(words)) if words[j].endswith(",")
                            or _ends_sentence(words[j])), None)
            if closing is None or not words[closing].endswith(",") or closing + 1 >= len(words):
                return False
            verb = words[closing + 1].lower()
            if verb in _ADVERBS_BEFORE_VERB or is_adverb(verb):
                verb = words[closing + 2].lower() if closing + 2 < len(words) else ""
            return _reads_as_verb(verb) or verb in IRREGULAR_PAST
        low = word.lower()
        if i and previous not in _DETERMINERS | _PREPOSITIONS and low.isalpha() \
                and (_is_past_verb(low) or low in IRREGULAR_PAST or low in _FINITE_AUX):
            return True
        previous = low
    return False


_CLAUSE_HOLE = re.compile(r",\s{2,},(?=\s+(?:as|to|in|on|at|for|with|from|by|into|until)\s)")


def _draft(ctx: _Context, span: Span, time: TimeExpression | None, time_source: str,
           entities: list[Entity], text: str) -> _Draft:
    actors = [e for e in entities if e.kind == "actor"]
    last_actor, last_person = ctx.antecedent(span.start)
    quoted = quotations(text)
    pronoun = _PRONOUN_SUBJECT.match(text)
    after_quote = _PRONOUN_AFTER_QUOTE.match(text, quoted[0][1]) \
        if pronoun is None and quoted and not _WORD.search(text, 0, quoted[0][0]) else None
    pronoun = pronoun or after_quote
    said = re.findall(r"\w+", pronoun.group(0))[-1].lower() if pronoun else ""
    antecedent = last_person if said in ("he", "she", "his", "her") else last_actor
    if said in ("they", "their") and antecedent is not None \
            and (gazetteer().lookup(antecedent.name, True) is not None
                 or reads_as_full_name(antecedent.name) and antecedent.start < ctx.sentence.start):
        # "they expected the shelters to fill up": not Birmingham; "They
        # were made on Oct. 16" (the arrests): not the councillor named in
        # the sentence before ("Analysts at Goldman Sachs said they ...": theirs).
        antecedent = None
    if after_quote is not None and last_actor is not None and _is_person(last_actor) \
            and gazetteer().lookup(last_actor.name, True) is None \
            and not names_a_body(fold(last_actor.name)):
        # '"…," he said' after his name, known to be a person's or not
        # ("Feldhaus said …. “…,” he said"); not after a city ("asked Rome to …").
        antecedent = last_actor
    if said == "who":
        # "Dmitriev – who attended": the name before it, person or not;
        # "The Russian leader, who ...": the person named last.
        antecedent = _last_actor([e for e in ctx.entities if e.end <= span.start],
                                 ctx.last_named)
        if pronoun is not None and any(
                _NAME_BEFORE_WHO.fullmatch(text, a.end - span.start, pronoun.start("pronoun"))
                for a in actors):
            antecedent = None  # "Lavrov, who led the delegation, said": Lavrov, named here
    # Where a "which" ends that follows, in this clause, the noun it stands
    # for ("The strikes, which began", "Norway and Cuba, which act"); not one
    # opening a clause split off after its noun ("which filed for bankruptcy").
    relative_at = pronoun.end() if pronoun is not None and said == "which" \
        and _RELATIVE.match(text) is None else None
    meant = None  # whom a pronoun inside a quotation means: named, but not the subject
    if pronoun is not None and any(q < pronoun.end() <= r for q, r in quoted):
        # '"In fact, he may come in this week," Trump said': Trump speaks.
        meant, pronoun, antecedent = antecedent if said in ("he", "she") else None, None, None
    unquoted = blank_out(text, 0, quoted)
    by_title = _TITLE_OPENS.match(unquoted) \
        or next(filter(None, (_TITLE_AFTER_QUOTE.match(text, b) for _, b in quoted)), None)
    # "The president, from the Oval Office, hinted at a meeting with
    # Zelenskyy": a title before every name said outside quotations is the
    # subject; "The president told his cabinet": the title, not "his".
    holder = None
    if by_title is not None and (pronoun is None or by_title.start(1) < pronoun.end()) \
            and not _TITLE_OF.match(text, by_title.end()) \
            and all(a.start - span.start >= by_title.end()
                    or any(q <= a.start - span.start < r for q, r in quoted) for a in actors):
        holder = ctx.holder(by_title.group(1), span.start)
        # A title is its holder's: not a body's, nor whoever was named last
        # ("The president spoke" after "Commissioner Virkkunen said").
        antecedent = holder
    elif (pronoun is None or said in ("they", "their") or relative_at is not None
          or said == "who" and _plural_then_phrase(unquoted.split())) \
            and (_thing_subject(unquoted) or _unnamed_subject(unquoted)):
        # "The central bank cut rates", "A person familiar with the matter
        # said", "Survivors said they had lost everything", "The strikes,
        # which began on March 3", "Fans who march behind the band said":
        # not whoever was named last.
        antecedent = None
    elif relative_at is not None and any(a.start - span.start < relative_at for a in actors):
        antecedent = None  # "Norway and Cuba, which act as guarantors, urged": theirs
    if antecedent is not None and (not actors or pronoun or holder):
        # "He left ... Cook in charge, as in Jobs' last absences": he, named
        # again later in the sentence, still leads; not after a subject
        # named before the pronoun ("Tim Cook praised his boss Steve Jobs").
        leads = holder is not None or pronoun is not None and all(
            a.start - span.start >= pronoun.end() for a in actors)
        # "Mr Reinholt defended his record", "Porter said she would": the
        # subject is named, and the pronoun is theirs.
        opening = len(text) - len(text.lstrip(" \t\n\"“'‘"))
        titled = opening + len(_BEFORE_SUBJECT.match(text, opening).group(0))  # type: ignore[union-attr]
        named_subject = not leads and any(
            a.start - span.start in (opening, titled) and _verb_follows(text, a.end - span.start)
            and not any(q <= a.start - span.start < r for q, r in quoted) for a in actors)
        if leads or not named_subject and all(a.name != antecedent.name for a in actors):
            actors = [antecedent] + [a for a in actors if a.name != antecedent.name]
    if meant is not None and all(a.name != meant.name for a in actors):
        actors.append(meant)
    # The speaker before those named in what they said; then people, then
    # organisations, then countries; each in text order.
    actors.sort(key=lambda e: (any(a <= e.start - span.start < b for a, b in quoted),
                               gazetteer().country_name(e.name) is not None,
                               not _is_person(e)))
    places = tuple(dict.fromkeys(e.name for e in entities if e.kind == "place"))
    focus = time.start - span.start if time is not None and span.start <= time.start < span.end \
        else None
    # A clause blanked between its commas, the verb's phrase going on after
    # it, leaves the words around it one phrase: "named Ana Ruiz, <who
    # joined in 2019>, as chief executive" (not ", <...>, officials said").
    typed = _CLAUSE_HOLE.sub(lambda hole: " " * len(hole.group()), text)
    event_type, trigger, trigger_end = ctx.lexicon.classify(_affirmed(typed), focus, typed)
    speaker = _speaker_span(text, trigger)
    if speaker is not None and "," in text[speaker[0]:speaker[1]]:
        # Their name, not who they are: "said Erik Vos, an analyst at ING"
        speaker = (speaker[0], text.index(",", speaker[0]))
    named = [e for e in actors if speaker is not None
             and speaker[0] <= e.start - span.start < speaker[1]]
    if named:  # '"...," said Zelensky's chief of staff Andriy Yermak': Yermak first
        # ... but "said Dhillon and Sallis": both, in their order.
        first = named if " and " in text[speaker[0]:speaker[1]] else named[-1:]  # type: ignore[index]
        actors = first + [a for a in actors if a not in first]
    elif trigger >= 0:
        actors = _subordinate_people_first(actors, text, span.start, trigger, quoted)
    # '"We will not rush it," a spokesperson said on Monday', "said on
    # Monday that he will resign": what is said lies ahead, not the saying;
    # a time inside what is said is its own.
    status_text = text
    # (Without a word of the future, the text's tense plans nothing either way.)
    if focus is not None and _FUTURE.search(text) and not any(a <= focus < b for a, b in quoted):
        framed = ctx.lexicon.frame(unquoted)
        # The time in the saying's own words: they tell the tense, with a
        # quoted phrase of theirs ('it "will resume flights" today'), not
        # what was said.
        if focus < len(framed) and framed[focus] != " ":
            phrases = [(a, b) for a, b in quoted if _is_phrase(text[a:b])]
            status_text = "".join(c if framed[i] != " " or any(a <= i < b for a, b in phrases)
                                  else " " for i, c in enumerate(text))
    status = "planned" if _is_planned(time if time_source == "explicit" else None, status_text,
                                      ctx.doc.date) else "happened"
    if status == "happened" and time is not None and time.latest is not None \
            and time.earliest is not None and time.earliest <= ctx.doc.date < time.latest \
            and _told_as_done(text):
        # Told as done, it is done by the article's date: "has filed a
        # lawsuit this week" in a Tuesday article is Monday or Tuesday.
        time = replace(time, latest=ctx.doc.date)
    if status == "happened" and time is not None and time.latest is not None \
            and time.earliest is not None and time.latest < ctx.doc.date \
            and (ctx.doc.date - time.earliest).days <= SINCE_RUNS_ON_DAYS \
            and span.start <= time.start \
            and temporal.SINCE_BEFORE.search(ctx.doc.text, max(span.start, time.start - 12), time.start):
        # "have evacuated 14 villages since Sunday": from then to the
        # article's day, not on Sunday. Since a time long ago ("has been
        # fighting cancer since 2004"), what began then is the news.
        time = replace(time, latest=ctx.doc.date, precision="vague")
    label = _entry_label(ctx.doc.text, span, time)
    return _Draft(ctx.doc, ctx.s_index, span, time, time_source, actors, places, event_type,
                  trigger, trigger_end, status,
                  title_aside=(0, label - span.start) if label >= 0 else None)


SINCE_RUNS_ON_DAYS = 31
# What closes a list or blog entry's time label: markup, then a colon or a dash.
_LABEL_CLOSE = re.compile(r"[ \t*_\])]*(?:[:—–]|-(?=\s))[ \t*_]*(?:[A-Z]{4,}:\s*)?")  # "BREAKING:"


def _entry_label(text: str, span: Span, time: TimeExpression | None) -> int:
    """Where the label ends when ``span`` opens on its time as a list or
    blog entry does ("- June 5: Flight 2214 returns ...", "**09:12 —
    Talks collapse**"), so that its title is what the entry tells; -1 if not."""
    if time is None or not span.start <= time.start < span.end \
            or _WORD.search(text, span.start, time.start):
        return -1
    close = _LABEL_CLOSE.match(text, time.end)
    return close.end() if close is not None and close.end() < span.end else -1


def extract_mentions(documents: Sequence[Document], options: Options) -> pd.DataFrame:
    """Every event mention in ``documents``, one row each, columns ``MENTION_COLUMNS``.

    ``event_id`` is "" and ``source_group`` is the article's own id: merging
    and syndication grouping fill them in. Rows are in corpus order, then by
    offset.
    """
    lexicon = Lexicon.from_config(options.event_types, options.merge.generic_types,
                                  options.merge.interchangeable_types)
    resolver = AliasResolver(options.aliases)
    rows: list[dict[str, object]] = []
    # A lone capitalised word opening a sentence is no name when some article
    # writes it in lower case and none capitalises it inside a sentence
    # ("Industry analysts said" and "the industry"; but "said Apple" keeps
    # "Apple said" a name). Places and surnames of a full name stay.
    vocabulary: set[str] = set()
    for doc in documents:  # read whole before drafting: people_named needs it
        vocabulary |= lower_case_words(doc.text)
    capitalised: set[str] = set()
    # Configured aliases of a full name are one person's ("Zelensky").
    known = {name for canonical, others in options.aliases.items()
             if reads_as_full_name(canonical) for name in (canonical, *others)}
    openers: list[frozenset[str]] = []
    described: list[frozenset[str]] = []  # names of several words that open a sentence
    # Each draft's title stop, aside and relative clauses, and the phrase that is its title.
    title_cuts: list[tuple[int, tuple[int, int] | None, tuple[tuple[int, int], ...], str]] = []
    gaz = gazetteer()
    for doc in documents:
        capitalised |= capitalised_words(doc.text)
        for draft in _drafts_for_document(doc, lexicon, vocabulary, known):
            names = tuple(actor.name for actor in draft.actors)
            openers.append(frozenset(
                a.name for a in draft.actors
                if " " not in a.surface and opens_sentence(doc.text, a.start)
                and gaz.lookup(a.name, False) is None))
            described.append(frozenset(
                a.name for a in draft.actors if " " in a.name and opens_sentence(doc.text, a.start)))
            for name in names:
                resolver.learn(doc.doc_id, name)
            rows.append(_row(draft, names, lexicon))
            title_cuts.append((draft.title_stop, draft.title_aside, draft.title_relatives,
                               draft.title_phrase))
    # Actor names fold against the whole corpus ("Putin" -> "Vladimir
    # Putin"), so they and the titles are settled once every article is read.
    for row, opening, first_words, (stop, aside, relatives, phrase) in zip(
            rows, openers, described, title_cuts):
        doc_id = str(row["doc_id"])
        canonical = {name: resolver.canonical(doc_id, _without_descriptor(
                         name, vocabulary, capitalised, resolver) if name in first_words else name)
                     for name in row["actors"]}  # type: ignore[attr-defined]
        common = {n for n in opening
                  if (n.lower() in vocabulary or plural_written_in_lower_case(n, vocabulary))
                  and n not in capitalised and canonical[n] == n}
        actors = tuple(dict.fromkeys(canonical[n] for n in canonical if n not in common))
        trigger = int(row["trigger_start"]) - int(row["char_start"])  # type: ignore[call-overload]
        if phrase:
            row["title"] = make_title((), row["locations"], phrase, -1,  # type: ignore[arg-type]
                                      str(row["event_type"]))
        else:
            row["title"] = make_title(actors, row["locations"], str(row["sentence"]),  # type: ignore[arg-type]
                                      trigger if row["trigger"] else -1, str(row["event_type"]),
                                      stop, aside, relatives)
        row["actors"] = actors  # in the title's order: usually the subject or speaker first
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    if frame.empty:
        return frame.astype(object)
    return frame


def _without_descriptor(name: str, vocabulary: AbstractSet[str],
                        capitalised: AbstractSet[str], resolver: AliasResolver) -> str:
    """``name`` without a word that describes the person it opens, as a
    sentence's first word ("Sprinter Nadia Kettering", "Organiser Dave
    Kerrigan"): one the corpus writes in lower case and never capitalises
    inside a sentence, before a full name some article names alone. "New
    York Times" and the sign "Five Weeks Too Late" stay whole."""
    first, _, rest = name.partition(" ")
    if " " in rest and first.lower() in vocabulary and first not in capitalised \
            and first.lower() not in _NAMING_WORDS and reads_as_full_name(rest) \
            and resolver.knows(rest):
        return rest
    return name


# Words before a name that are part of who it is: "Sister Mary Smith" is
# not any Mary Smith.
_NAMING_WORDS = frozenset({"sister", "brother", "father", "mother", "saint", "uncle", "aunt",
                           "grandma", "grandpa", "cardinal", "bishop", "imam", "rabbi"})


# A clause that opens on a definite event noun may name an event its
# article told before ("The announcement was long-awaited", "This release
# leaves ...", "Monday's email announcement marked ..."): the merge decides
# which, if any. Not a quotation (the clause opens on the mark): "The
# agreement" is then the speaker's.
_DEFINITE_OPENER = re.compile(
    r"^\s*(?:The|This|That|These|Those|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day ?['’]s)"
    r"(?P<modifiers>(?:\s+[\w'’-]+){0,2}?)\s+$")
# A clause that says its subject took part in a happening, or kept out of
# it, is of that happening's time: "Ukraine was absent from the
# negotiations", "Lavrov attended the talks".
_TAKES_PART = re.compile(
    r"\b(?:attended|joined|took\s+part\s+in|participated\s+in|boycotted|skipped|chaired|"
    r"hosted|led|walked\s+out\s+of|(?:was|were)\s+(?:absent\s+from|present\s+at|"
    r"excluded\s+from|left\s+out\s+of|not\s+at|at))\s+the"
    r"(?P<modifiers>(?:\s+[\w'’-]+){0,2}?)\s+$", re.IGNORECASE)
# An event noun after a possessive pronoun names an event of one told of
# before, as a definite noun does: "Since its launch the store has sold 3
# billion songs", "her visit". Not a name's ("Samsung’s launch" after "Apple
# launched": the merge cannot tell whose), nor the owner's words ("his
# comments" are any of his statements: the ``reporting`` types).
_OWNED = re.compile(r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
                    r"(?P<modifiers>(?:\s+[\w'’-]+){0,2}?)\s+$")
# Words that make "her" an object ("called her before the talks"), not an owner.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "about", "after",
                            "before", "at", "in", "on", "to", "for", "of", "with", "from", "by",
                            "since", "during", "over", "into", "and", "or", "but"})
# Event words, or the nouns they modify, that name a quantity or an
# institution, not a happening: "The overall annual revenue made up $7.1
# billion" and "The death toll rose" tell a new figure, "The court
# sentenced him" a new event.
_FIGURES = frozenset({"revenue", "revenues", "profit", "profits", "sales", "shares", "stock",
                      "earnings", "prices", "toll", "count", "rate"})
_NOT_HAPPENINGS = _FIGURES | {"court", "courts"}
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Modifiers that make the noun another event ("The next meeting"), or the
# event word a verb ("The leaders will meet").
_NOT_THE_SAME = frozenset({
    "next", "previous", "first", "second", "third", "another", "other", "upcoming", "following",
    "latest", "last", "earlier", "later", "prior", "former", "future", "planned", "proposed",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "do",
    "does", "did", "not"})


def _naming(draft: _Draft, lexicon: Lexicon) -> re.Pattern[str] | None:
    """How the clause names an event told before, if it does: the pattern
    that found it. It opens on a definite event noun (the lexicon's event
    word, at ``draft.trigger``), says its subject took part in the happening
    such a noun names (``_TAKES_PART``; a type of ``lexicon.interchangeable``:
    one "joins" a treaty long after it was signed), or, with no time of its
    own, names an event after a possessive pronoun (``_OWNED``: "Since its
    launch the store has sold ..."; not a ``lexicon.reporting`` type, "his
    comments"). Not a verb ("The company announced", "The group says",
    "The leaders will meet") nor another event ("The next meeting", "his
    first visit")."""
    clause, trigger, trigger_end = draft.span.text, draft.trigger, draft.trigger_end
    event_type = draft.event_type
    if event_type == OTHER or trigger < 0:
        return None
    opener = _DEFINITE_OPENER.match(clause[:trigger]) or _TAKES_PART.search(clause[:trigger])
    # With a time of its own ("Five years after its launch, the service in
    # February passed Wal-Mart") the owner's noun is not what the time dates.
    if opener is None and event_type not in lexicon.reporting \
            and draft.time_source != "explicit":
        opener = _OWNED.search(clause[:trigger])
    if opener is None or _NOT_THE_SAME & set(opener["modifiers"].lower().split()):
        return None
    word = clause[trigger:trigger_end].lower()
    head = _NEXT_WORD.match(clause, trigger_end)  # the noun it may modify: "death toll"
    if word in _NOT_HAPPENINGS or head is not None and head[1].lower() in _NOT_HAPPENINGS:
        return None
    if opener.re is _TAKES_PART:
        # "attended the talks"; not "the meeting's aftermath", nor "the
        # visiting French president": the event word must be the noun.
        owner = clause[trigger_end:trigger_end + 2] in ("'s", "’s")
        names = event_type in lexicon.interchangeable and not owner \
            and not (head is not None and head[1][:1].isupper())
    elif opener.re is _OWNED:
        modifiers = opener["modifiers"].split()
        # An owner comes before a noun: "its launch", "their state visit";
        # "its chief resigned" and "its chief resigns" are verbs.
        names = not _is_past_verb(word) and not (modifiers and modifiers[-1].endswith("s")
                                                 and word.endswith("s")) \
            and not _NOT_MODIFIERS & {m.lower() for m in modifiers}
    else:
        # A word in -s right after a noun is that noun's verb, and so is any
        # word after a plural ("The leaders sign"); right after the article
        # it is a plural noun ("The talks").
        modifiers = opener["modifiers"].split()
        plural = bool(modifiers) and modifiers[-1].endswith("s") \
            and not modifiers[-1].endswith("ss")
        names = not _is_past_verb(word) and not (word.endswith("s") and modifiers) and not plural
    return opener.re if names else None


def _row(d: _Draft, actors: tuple[str, ...], lexicon: Lexicon) -> dict[str, object]:
    """A mention's row; ``actors`` as written, in text order (folded later)."""
    doc = d.doc
    if d.time is not None:
        start, end = d.time.earliest, d.time.latest
        precision = d.time.precision or "vague"
        time_text, time_value = d.time.text, d.time.value
        time_start, time_end = d.time.start, d.time.end
    else:
        start, end = doc.date - timedelta(days=d.window_days), doc.date
        precision = "vague"
        time_text, time_value, time_start, time_end = "", "PAST_REF", -1, -1
    clause = doc.text[d.span.start:d.span.end]
    return {
        "mention_id": mention_id(doc.doc_id, d.span.start, d.span.end),
        "event_id": "",
        "doc_id": doc.doc_id,
        "doc_date": doc.date,
        "source_group": doc.doc_id,
        "sentence": clause,
        "sentence_index": d.sentence_index,
        "char_start": d.span.start,
        "char_end": d.span.end,
        "time_text": time_text,
        "time_value": time_value,
        "time_start": time_start,
        "time_end": time_end,
        "time_source": d.time_source,
        "trigger": clause[d.trigger:d.trigger_end] if d.trigger >= 0 else "",
        "trigger_start": d.span.start + d.trigger if d.trigger >= 0 else -1,
        "refers_back": _naming(d, lexicon) is not None,
        "date": start,
        "date_end": end,
        "precision": precision,
        "status": d.status,
        "actors": actors,
        "locations": tuple(sorted(d.places)),
        "event_type": d.event_type,
        "title": "",
    }
