"""Split article text into sentences and clauses, keeping character offsets.

Every span returned here indexes the string it was given, so callers can add
an offset and point into ``Document.text`` exactly. The rules are plain
regular expressions, written for English news prose: a sentence ends at
``.``, ``!`` or ``?`` (plus any closing quotes or brackets) followed by a
space and a capital letter, digit or opening quote, unless the period ends an
abbreviation or an initial; a line break always ends a sentence (paragraphs,
and corpora stored one sentence a line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from timeline import timewords
from timeline.quotes import left_open
from timeline.verbforms import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, PASTS_LIKE_NOUNS

# Abbreviations after which a period does not end a sentence (lower case,
# without the final period). Initials ("J.", "U.S.") are handled apart.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
    "capt", "cmdr", "adm", "maj", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd",
    "no", "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres",
    "gov", "atty", "supt", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
})

_BOUNDARY = re.compile(
    r"""[.!?]+['"’”)\]]*   # the end mark and any closing quote or bracket
        (?=\s+['"‘“(\[]*[A-Z0-9])""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_ABBREVIATION_REACH = 24  # characters
_LINE = re.compile(r"[^\n]+")

# Clause boundaries inside a sentence: a relative or parenthetical clause
# opens after a comma or dash with a relative pronoun, or at a dash pair or a
# bracket, and closes at the next comma, dash, bracket or the sentence end.
# An attribution ("..., according to figures released April 3 by NPD") is a
# clause too: its date is the source's, not the event's.
ATTRIBUTION = re.compile(r"according\s+to\b", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(
    r"(?:,|\s[–—]|\s-)\s+(?=(?:who|whom|whose|which|where|when|while|after|before|"
    rf"as|since|although|though|born|{ATTRIBUTION.pattern})\b)", re.IGNORECASE)
# "as" opens a clause only with a verb: ", as the strike entered its fourth
# day"; in "hired Ana Ruiz, whose contract ..., as chief executive on
# Monday" it is the main clause's role, and its day the hiring's.
_AS_PHRASE = re.compile(r"as\s+\S+", re.IGNORECASE)  # "as" and the word after it
_PRESENT_AFTER_SUBJECT = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bwith)\s[a-z]+[^su\s]s\b")
_DO_OR_MODAL = re.compile(r"\b(?:do|does|did|can|could|may|might|must|should|shall)\b")
# A relative clause inside an apposition: "Salinas, a career diplomat who
# took up his post in Lima in 2023, is expected to leave on Saturday"; not
# after a preposition ("the homepage of which"), nor in one that sums up
# what the sentence told ("the biggest drop which the stock has suffered
# since 2020", "the only woman who has won it since 2005", "a move which
# analysts had expected since July").
_APPOSED_RELATIVE = re.compile(r",\s+(?:a|an|the)\s+(?P<words>(?:[a-z][\w’'-]*\s+){1,4}?)"
                               r"(?=(?:who|which)\s)")
_SUPERLATIVES = ("first|only|highest|lowest|biggest|largest|smallest|worst|best|strongest"
                 "|weakest|deadliest|longest|fastest|slowest|sharpest|steepest|greatest")
# What opens an apposition that sums up the sentence, and what ends one.
_SUMMING_UP = frozenset(f"""{_SUPERLATIVES.replace("|", " ")} latest move decision step
    development blow setback sign change shift reversal twist rise fall drop jump increase
    decline record level number total""".split())
_SUMMED_UP_BY = frozenset({"move", "decision", "step"})
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "on", "from", "with", "to", "by"})


def _apposed_relatives(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The openers of the relative clauses inside appositions in
    ``text[start:end]`` (``_APPOSED_RELATIVE``)."""
    for opener in _APPOSED_RELATIVE.finditer(text, start, end):
        words = opener["words"].split()
        if words[0] not in _SUMMING_UP and words[-1] not in _SUMMED_UP_BY | _PREPOSITIONS:
            yield opener
# A second report a speaker added after a comma: ", adding that ...".
_ADDED_REPORT = re.compile(r",\s+(?:adding|saying|noting|warning|stressing|insisting)\s+(?=that\s)")
# A second verb phrase coordinated with the first: "He fought cancer in 2004
# and took six months off in early 2009" (a past verb after "and"/"but").
_COORDINATED = re.compile(
    r",?\s(?:and|but)\s+(?:then\s+|later\s+|also\s+|soon\s+after\s+)?"
    r"(?=(?:[a-z]+ed|took|went|made|gave|came|became|began|left|won|lost|sold|bought|"
    r"met|held|told|said|spoke|wrote|led|ran|saw|found|brought|fought|got|put|set)\b)")
# Coordinations that are a second fact only when each side has its own time,
# up to where the next clause opens:
# "has been fighting cancer since 2004 and has been on leave since January",
# "He started Apple in 1976, and in 1984 the Macintosh was released",
# "Russia met the US last week, and Lavrov said on Monday ..." (a subject
# and its verb: the comma before "and" keeps "Trump and Putin met" whole).
_FINITE_AFTER_NAME = "|".join(sorted(
    IRREGULAR_PAST | {"has", "have", "had", "was", "were", "is", "are", "will", "would",
                      "said", "says", "told", "tells"}))
_COORDINATED_IF_DATED = re.compile(
    r",?\s(?:and|but)\s+(?=(?:has|have|had|was|were|is|are|will|would|he|she|they|we|it)\s)"
    # a second report: "said the body will arrive on Thursday, and that a
    # funeral will be held on Aug. 3"
    r"|,\s(?:and|but)\s+(?=that\s)"
    r"|,\s(?:and|but)\s+(?=(?:in|on|by|during|since|from)\s)"
    r"|,\s(?:and|but)\s+(?=(?P<subject>(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}(?:[A-Z][\w’'.-]*\s+){1,4}"
    r"|the\s+(?:[\w’'-]+\s+){1,3}"
    # a bare plural or a mass noun: "and results were announced on Monday"
    # (not an adverb of time, "and last week announced", nor a pronoun)
    r"|(?!(?:then|later|earlier|last|next|also|soon|so|now|still|yet|not|that|this|these|those"
    r"|which|who|what|it|he|she|they|we|you|there|here|a|an|its|his|her|their|our|my)\s)"
    r"[a-z][\w’'-]*\s+(?:[a-z][\w’'-]*\s+)?)"
    # a past that reads as a present too: "and sportswear giant Veltro cut
    # ties with her the next day"
    rf"(?:[a-z]+ed|{_FINITE_AFTER_NAME}|cut|put|quit|shut|set|let)\b)"
    # ... with no comma, after a noun subject: "Pickets were lifted on Friday
    # and the first shifts will return on Saturday"; not a name ("the Kremlin
    # and the White House said", one subject).
    r"|\s(?:and|but)\s+(?=(?P<noun_subject>the\s+(?:[a-z][\w’'-]*\s+){1,3})"
    r"(?:will|would|was|were|is|are|has|have|had)\b)"
    # What it led to, with a time of its own: "peaked in 2022, prompting the
    # bank to lift rates by mid-2023".
    r"|,\s(?=(?P<led>prompting|forcing|triggering|causing|sparking|leading|pushing|driving|"
    r"sending|leaving|killing|ending|bringing)\s)"
    # A second sentence after a semicolon: a fact of its own when it has a
    # time, whether or not the first has one ("Jury convicts Kessler of
    # fraud; sentencing set for July").
    r"|(?P<semicolon>;)\s+")
# A measure's window is no time of what it led to: "bringing the toll to 50
# since January", "to levels last seen in 2008".
_WINDOW_BEFORE = re.compile(r"\b(?:since|seen\s+in|seen\s+since)\s+\Z", re.IGNORECASE)
# ... but a list is no clause: "In 2019, officials from Russia, China, and Iran
# met in May" has no verb before its "and".
_FINITE_VERB = re.compile(  # not an adjective: "Russian-backed", "so-called", ", elected leaders"
    rf"(?<![\w-])(?<!,\s)(?!hundred\b)(?:[a-z]+ed|{_FINITE_AFTER_NAME})\b")
# A participle set off after the subject, with a time of its own, tells a
# fact of its own when the rest has a time too: "The ceasefire, agreed in
# January, collapsed on Tuesday".
_PARTICIPLES = "|".join(sorted(IRREGULAR_PAST | IRREGULAR_PARTICIPLES))
_APPOSITIVE = re.compile(
    r",\s+(?=(?:(?:first|originally|initially|[a-z]+ly)\s+)?"
    rf"(?:[a-z]+ed|{_PARTICIPLES})\s+(?:in|on|at|by|during|last|this|earlier|after|since)\b)")
_MONTH_OR_DAY = "|".join(sorted((word.capitalize() for word in (
    *timewords.MONTHS, *timewords.MONTH_ABBREVIATIONS, *timewords.WEEKDAYS)), key=len, reverse=True))
# A participle right after the noun it describes, in the object of a verb
# told before it, names an act of its own: "violates an agreement reached in
# 1991", "released a US citizen detained in 2023". What follows it, up to
# where the next clause opens, is its phrase.
_REDUCED_RELATIVE = re.compile(
    rf"\b(?P<noun>[a-z][a-z’'-]*)\s+(?P<verb>(?:[a-z]+ed|{_PARTICIPLES}))\s+"
    r"(?:(?:out|up|off|down|back)\s+)?"
    r"(?=(?:by|in|on|at|during|last|this|earlier|between|with|against|over|from|near|"
    r"outside|inside|after|before|since|late|early)\b"
    # or a day or month itself ("signed Tuesday"); not an object ("recalled
    # 1.2 million vehicles", "raided City Hall": that verb is a clause's).
    rf"|(?:{_MONTH_OR_DAY})\b)")
# ... not after a word that is no noun: "were detained in", "and signed in",
# "two injured in" (after "killed and": the first verb's tale goes on).
_NO_NOUN = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets",
    "got", "not", "also", "then", "just", "first", "later", "and", "or", "but", "nor",
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "there", "this",
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozens", "hundreds", "thousands", "others", "many", "some", "several", "more",
    "most", "all", "both", "each", "none", "whom", "since", "before", "still", "already",
    "little", "having", "them", "him", "us", "me", "could", "would", "should", "will", "may",
    "might", "must", "can", "did", "does", "do", "ve", "ll", "re", "d", "s",
})
# ... nor a participle that measures or schedules: "the quarter ended in
# June", "profits compared with a year earlier", "a meeting scheduled for
# Friday" (cancelled or not, it is told where it stands).
_NO_ACT = frozenset({
    "compared", "based", "adjusted", "ended", "expected", "scheduled", "planned", "set",
    "slated", "timed", "dated", "aged", "named", "called", "located", "headquartered",
    "listed", "priced", "valued", "estimated", "measured", "seen", "known", "needed",
    "used", "required", "owned", "controlled", "held",
})
# Words that open the noun phrase of such a participle ("an agreement").
_NOUN_PHRASE_OPENS = frozenset({
    "a", "an", "the", "its", "his", "her", "their", "our", "these", "those"})
_OUTSIDE_A_NOUN_PHRASE = frozenset({
    "of", "to", "for", "with", "from", "by", "as", "in", "on", "at", "during", "and", "or",
    "but", "nor", "is", "are", "was", "were", "has", "have", "had", "be", "been"})
# A noun phrase in a setting ("said in a statement released on Monday",
# "was killed in an attack carried out on Sunday") dates the clause's act too;
# nor does a phrase coordinated with the verb's first object start an act.
_SETTING_BEFORE = frozenset({"in", "at", "during", "on", "via", "through",
                             "and", "or", "but", "nor"})
# The noun is the object of a verb told before it, in the same clause: no
# clause opens between them ("after the market closed on Wednesday", ",
# preliminary results showed on Monday", "that his company sold ...").
_CLAUSE_OPENS_BETWEEN = re.compile(
    r"[,;:()–—]|\s-\s|\b(?:after|before|when|while|as|because|since|if|until|once|where|"
    r"that|although|though|whereas|and|or|but|how|why|what|whether|who|which|whom)\b",
    re.IGNORECASE)
# Verbs in the present that take such an object ("violates an agreement
# reached in 1991"); a word in -s alone may be a plural ("rescue teams").
_PRESENT_VERB = re.compile(
    r"\b(?:says|claims|alleges|argues|insists|denies|accuses|violates|breaches|faces|"
    r"covers|includes|praises|criticises|criticizes|condemns|rejects|welcomes|cites|"
    r"blames|disputes|challenges|describes|recalls|defends|mourns|remembers)\b")
_REDUCED_RELATIVE_CLOSE = re.compile(
    r"\s(?:and|but|while|because|although|though|so|that|which|who|whom|as)\s")
# The subject such a participle follows, when the sentence opens on it: "The
# ceasefire, agreed in January, ..." (not a name: "Jobs, born in ...").
_SUBJECT_BEFORE_APPOSITIVE = re.compile(
    r"\W*(?P<subject>(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+),\s+\Z",
    re.IGNORECASE)
# A record measured since a dated fact: "their biggest one-day fall since the
# company listed in London in 2014" tells the listing, and dates no fall.
_RECORD_SINCE_CLAUSE = re.compile(
    rf"\b(?i:{_SUPERLATIVES})"
    r"(?:\s+[\w’'-]+){0,5}?\s+since\s+(?=(?:the|a|an|its|his|her|their|[A-Z][\w’'-]*)"
    rf"(?:\s+[\w’'-]+){{0,3}}?\s+(?:[a-z]+ed|{_PARTICIPLES})\b)")
# A circumstance told beside the news, "as" and a clause: "broke down late
# on Wednesday ... as the stoppage entered its fourth day on Thursday".
_CIRCUMSTANCE = re.compile(
    r"(?<![Ss]uch\s)(?<![Ww]ell\s)\b[Aa]s\s+(?=(?:the|its|his|her|their|a|an|this|these|those|"
    r"he|she|it|they|we|[A-Z][\w’'-]*)"
    rf"(?:\s+[\w’'-]+){{0,4}}?\s+(?:[a-z]+ed|{_FINITE_AFTER_NAME})\b)")
_COORDINATION_CLOSE = re.compile(r"[;]|,\s(?:and|but)\s")
# A clause the news is told after or because of, with a subject and a past
# verb: "will walk out on Thursday after talks collapsed on Tuesday"; not
# "after meeting Trump", "after being freed" (no subject), nor "a day after
# talks collapsed", "shortly after" (a span off it: the news's day).
_DATED_SUBORDINATE = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\ban\shour\s)(?<!\bhours\s)"
    r"(?<!\ba\smonth\s)(?<!\bmonths\s)(?<!\ba\syear\s)(?<!\byears\s)(?<!\bminutes\s)"
    r"(?<!\bmoments\s)(?<!\bshortly\s)(?<!\bsoon\s)(?<!\blong\s)(?<!\bjust\s)(?<!\bimmediately\s)"
    r"\b(?i:after|because|before)\s+"
    r"(?=(?:the|its|his|her|their|a|an|this|these|those|he|she|it|they|we"
    r"|[A-Z][\w’'-]*|(?![a-z]+ing\b)[a-z][\w’'-]*"
    r"|(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?)"  # "after 10 people were killed", not "after 2023 profits"
    rf"(?:\s+[\w’'-]+){{0,4}}?\s+(?:[a-z]+ed|{_FINITE_AFTER_NAME}|{'|'.join(sorted(PASTS_LIKE_NOUNS))})\b)")
# A verb, or a participle told as a headline's verb ("sentencing set for July").
_VERB_OR_PARTICIPLE = re.compile(
    rf"\b(?:[a-z]+ed|{_PARTICIPLES}|{_FINITE_AFTER_NAME}|set|due|will|would|can|could)\b")
_FRONTED_TIME = re.compile(r"(?:in|on|by|during|since|from)\s+", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[A-Za-z]{2,}")
_BARE_WORDS = frozenset({"and", "but", "in", "on", "by", "during", "since", "from"})
# What a time restated in another zone says besides its time: "(0102 GMT)".
_CLOCK_WORDS = frozenset({"gmt", "utc", "local", "time", "at", "or", "edt", "est", "cdt", "cst",
                          "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "eet", "eest", "ist",
                          "jst", "aest", "msk", "hours", "hrs", "am", "pm"})
_DASH_OPEN = re.compile(r"\s[–—]\s+|\s--?\s+")
_PAREN = re.compile(r"\([^()]*\)")
_CLAUSE_CLOSE = re.compile(r",(?=\s)|\s[–—]\s|\s--?\s|\)|;")


@dataclass(frozen=True)
class Span:
    """A piece of text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


def ends_abbreviation(text: str, mark: int) -> bool:
    """True when the period at ``mark`` ends an abbreviation or an initial."""
    if text[mark] != ".":
        return False
    # An abbreviation is short: looking a little way back is enough, and
    # searching from the text's start would cost its length at every period.
    found = _WORD_BEFORE.search(text, max(0, mark - _ABBREVIATION_REACH), mark)
    if not found:
        return False
    word = found.group(1).lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # A single capital letter ("J.", "U.S." as "U.S" -> last piece "s").
    last = word.rsplit(".", 1)[-1]
    return len(last) == 1 and text[mark - 1].isupper()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]``, offsets into ``text``, stripped of spaces.

    Line breaks end sentences; empty lines produce nothing.
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    for line in _LINE.finditer(text, start, end):
        pos = line.start()
        for mark in _BOUNDARY.finditer(text, line.start(), line.end()):
            if ends_abbreviation(text, mark.start()) or _inside_quote(text, pos, mark.end()):
                continue
            _append(out, text, pos, mark.end())
            pos = mark.end()
        _append(out, text, pos, line.end())
    return out


# A quotation longer than this is not held together as one sentence: an
# unbalanced quote mark must not swallow a paragraph.
MAX_QUOTE_CHARS = 400


def _inside_quote(text: str, start: int, end: int) -> bool:
    """True when a quotation opened in ``text[start:end]`` is still open at ``end``
    (so '"... meet him. Would meet at the Office," Trump said.' stays whole)."""
    piece = text[start:end]
    if len(piece) > MAX_QUOTE_CHARS:
        return False
    return left_open(piece)


def _append(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def _clause_end(text: str, begin: int, end: int, unbroken: Sequence[tuple[int, int]]) -> int:
    """Where a clause opened at ``begin`` closes: the next comma, dash, bracket
    or semicolon outside the ``unbroken`` spans, else ``end``."""
    pos = begin
    while True:
        close = _CLAUSE_CLOSE.search(text, pos, end)
        if close is None:
            return end
        holder = next((b for a, b in unbroken if a <= close.start() < b), None)
        if holder is None:
            return close.start()
        pos = holder


def _as_without_verb(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` is an "as" phrase with no verb, so no
    clause: "as chief executive", "as head of operations"; not "as the
    strike enters", "as it did in 2023", "as promised in March"."""
    first = _AS_PHRASE.match(text, begin, end)
    return first is not None \
        and not _FINITE_VERB.search(text, begin + 2, end) \
        and not _DO_OR_MODAL.search(text, begin + 2, end) \
        and not _PRESENT_AFTER_SUBJECT.search(text, first.end(), end)


def blank_out(text: str, base: int, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` (which starts at offset ``base``) with the ``(start, end)``
    spans turned to spaces, so that offsets into it still hold."""
    for start, end in spans:
        a, b = max(start - base, 0), max(end - base, 0)
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _has_words_besides(text: str, begin: int, end: int, dates: Sequence[tuple[int, int]],
                       bare: frozenset[str] = frozenset()) -> bool:
    """Whether ``text[begin:end]`` says more than its dates (and ``bare``
    words): "in 2006, and in 2009" lists dates, it reports no second fact."""
    rest = blank_out(text[begin:end], begin, dates)
    return any(w.lower() not in _BARE_WORDS | bare for w in _CLAUSE_WORD.findall(rest))


def subordinate_clauses(text: str, sentence: Span,
                        unbroken: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """Relative and parenthetical clauses inside ``sentence`` (offsets into ``text``).

    "Dmitriev – who attended talks in Saudi Arabia last week – told CNN" has
    one: "who attended talks in Saudi Arabia last week". Clauses do not
    overlap; what is left of the sentence is its main clause. A clause does
    not close inside an ``unbroken`` span (``(start, end)`` offsets): the
    comma of "born on February 24, 1955, ..." is the date's, not the clause's.
    """
    s, e = sentence.start, sentence.end
    found: list[tuple[int, int]] = []
    for paren in _PAREN.finditer(text, s, e):
        inside = [(a, b) for a, b in unbroken if paren.start() < a and b < paren.end()]
        if inside and not _has_words_besides(text, paren.start() + 1, paren.end() - 1, inside,
                                             _CLOCK_WORDS):
            continue  # "on Friday (0102 GMT on Saturday)": the time again, in another zone
        found.append((paren.start() + 1, paren.end() - 1))
    for opener in (*_RELATIVE_OPEN.finditer(text, s, e), *_apposed_relatives(text, s, e)):
        begin = opener.end()
        finish = _clause_end(text, begin, e, unbroken)
        if not _as_without_verb(text, begin, finish):
            found.append((begin, finish))
    for opener in _APPOSITIVE.finditer(text, s, e):
        if _FINITE_VERB.search(text, s, opener.start()):
            continue  # not after the subject
        begin = opener.end()
        finish = _clause_end(text, begin, e, unbroken)
        # Only when the rest has a time of its own: "The talks, held in Riyadh
        # last week, ended without a deal" and "The suit, filed in 2003,
        # claims ..." tell of that time.
        if any(finish <= a and b <= e for a, b in unbroken):
            found.append((begin, finish))
    for added in _ADDED_REPORT.finditer(text, s, e):
        # '..., said Carlos Mendez, adding that a decision was due by the end
        # of next week': what was added, with its own time, is not the saying's.
        begin = added.end()
        finish = _clause_end(text, begin, e, unbroken)
        if any(begin <= a and b <= finish for a, b in unbroken) \
                and _FINITE_VERB.search(text, begin, finish) \
                and not _inside_quote(text, s, added.start()):  # not "adding that capacity
            found.append((begin, finish))
    for opener in _RECORD_SINCE_CLAUSE.finditer(text, s, e):
        begin = opener.end()
        finish = _clause_end(text, begin, e, unbroken)
        if any(begin <= a and b <= finish for a, b in unbroken):
            found.append((begin, finish))
    if ATTRIBUTION.match(text, s, e):  # "According to figures released April 3, ..."
        found.append((s, _clause_end(text, s, e, unbroken)))
    for coordinated in _COORDINATED.finditer(text, s, e):
        begin = coordinated.end()
        close = _COORDINATION_CLOSE.search(text, begin, e)
        found.append((begin, close.start() if close else e))
    for coordinated in _COORDINATED_IF_DATED.finditer(text, s, e):
        begin = coordinated.end()
        # A fronted date's comma is not the clause's end: ", and in 1984, the
        # Macintosh was released".
        fronted = _FRONTED_TIME.match(text, begin)
        lead = next((b for a, b in unbroken if fronted and a == fronted.end()), begin)
        lead += text.startswith(",", lead)
        # It ends where a clause would ("and will replace Snow Leopard, which
        # was released in 2009": the date is the relative clause's).
        finish = _clause_end(text, lead, e, unbroken)
        dates_after = [(a, b) for a, b in unbroken if begin <= a and b <= finish]
        if coordinated.group("led"):
            dates_after = [(a, b) for a, b in dates_after
                           if not _WINDOW_BEFORE.search(text, max(begin, a - 20), a)]
        if (coordinated.group("subject") or coordinated.group("noun_subject")) \
                and not _FINITE_VERB.search(text, s, coordinated.start()):
            continue
        # The "and" must end the first clause right at its time: "next week,
        # the minister and the envoy said" is one subject.
        if coordinated.group("noun_subject") and not any(
                b <= coordinated.start() and not text[b:coordinated.start()].strip()
                for _, b in unbroken):
            continue
        if coordinated.group("semicolon") is not None:
            # A sentence of its own, dated before or not; not a list's next
            # item, which has no verb ("visited Paris on Monday; Berlin on
            # Tuesday"), nor a quotation's inside.
            second_fact = _VERB_OR_PARTICIPLE.search(text, begin, finish) is not None \
                and not _inside_quote(text, s, coordinated.start())
        else:
            second_fact = any(s <= a and b <= coordinated.start() for a, b in unbroken)
        if second_fact and dates_after and _has_words_besides(text, begin, finish, dates_after):
            found.append((begin, finish))
    # A dash pair around words: "Dmitriev – who ... – told".
    dashes = list(_DASH_OPEN.finditer(text, s, e))
    for first, second in zip(dashes[::2], dashes[1::2]):
        found.append((first.end(), second.start()))
    found += _dated_subordinates(text, s, e, unbroken, found)
    spans: list[Span] = []
    last_end = -1
    for begin, finish in sorted(found, key=lambda p: (p[0], -p[1])):
        if begin >= finish or begin < last_end:
            continue
        piece = Span(begin, finish, text[begin:finish])
        if piece.text.strip():
            spans.append(piece)
            last_end = finish
    return spans


# A time of day alone: "at 5am", "9:30 p.m.", "noon".
_CLOCK = re.compile(r"(?i:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)")
# An intent, whose time is the act's meant: "agreed to it on Sunday" may be.
_INTENT_TO = re.compile(r"\b(?:agreed|threatened|promised|vowed|pledged|planned|decided|voted"
                        r"|offered|refused|sought|tried|moved)\s+to\b")


def _dated_subordinates(text: str, s: int, e: int, unbroken: Sequence[tuple[int, int]],
                        others: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The "after", "because" or "before" clauses in ``text[s:e]`` that are
    facts of their own: each has a time, and so has the rest of the
    sentence outside every clause (``others``), so two facts have two days;
    not a saying ("after Marsh said ... next week") nor an intent ("after
    Trump threatened to impose tariffs in October"), whose time may be what
    was said or meant, and not a clause timed by the clock alone ("shortly
    after the runway was cleared at 5am" is of the rest's day)."""
    found = []
    for opener in _DATED_SUBORDINATE.finditer(text, s, e):
        begin = opener.start()  # "after" and all: the rest's title stops before it
        finish = _clause_end(text, opener.end(), e, unbroken)
        verb = _FINITE_VERB.search(text, opener.end(), finish)
        outside = [(begin, finish), *others]
        if any(begin <= a and b <= finish and not _CLOCK.fullmatch(text, a, b)
               for a, b in unbroken) \
                and any(not any(x <= a and b <= y for x, y in outside) for a, b in unbroken) \
                and (verb is None or verb.group(0) not in timewords.REPORTING_VERBS) \
                and not _INTENT_TO.search(text, begin, finish):
            found.append((begin, finish))
    return found


def subordinate_subject(text: str, clause: Span) -> int | None:
    """Where the subject starts of ``clause`` when it opens on "after",
    "because" or "before" and a subject with its verb: "after the central
    bank raised rates on Monday" tells the bank's act, not the sentence
    subject's. None for any other clause ("after talks in Riyadh")."""
    opener = _DATED_SUBORDINATE.match(text, clause.start, clause.end)
    return opener.end() if opener is not None else None


def circumstance_clauses(text: str, sentence: Span,
                         unbroken: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """The "as" clauses of ``sentence`` that tell a circumstance of its news
    ("as the stoppage entered its fourth day on Thursday"), up to where the
    next clause opens; a comma inside an ``unbroken`` span does not end one."""
    found: list[Span] = []
    for opener in _CIRCUMSTANCE.finditer(text, sentence.start, sentence.end):
        begin = opener.start()
        finish = _clause_end(text, begin, sentence.end, unbroken)
        found.append(Span(begin, finish, text[begin:finish]))
    return found


def appositive_subject(text: str, sentence: Span, clause: Span) -> int | None:
    """Where the subject starts that ``clause``, a participle set off by
    commas, describes, when the sentence opens on it: "The ceasefire,
    agreed in January, collapsed on Tuesday" (the ceasefire was agreed in
    January). None for any other clause."""
    opener = _APPOSITIVE.search(text, max(sentence.start, clause.start - 4), clause.end)
    if opener is None or opener.end() != clause.start:
        return None
    subject = _SUBJECT_BEFORE_APPOSITIVE.fullmatch(text, sentence.start, clause.start)
    return subject.start("subject") if subject else None


def relative_subject(text: str, sentence: Span, clause: Span) -> int | None:
    """Where the noun phrase starts that ``clause``, a "which" clause,
    describes: the sentence's subject ("The walk-out, which began on Oct. 6,
    has left dozens of vessels at anchor": the walk-out began on Oct. 6), or
    a noun with its article right before it ("arrested 12 people at the
    rally, a protest which began on Monday": a protest began on Monday), but
    not after a preposition, where it may be another noun's ("the fire in the
    village, which started on Saturday"). None for any other clause, and for
    a name ("Pinegate, which filed")."""
    if not _WHICH.match(text, clause.start):
        return None
    subject = _SUBJECT_BEFORE_APPOSITIVE.fullmatch(text, sentence.start, clause.start)
    if subject is not None and _PREPOSITIONS & set(subject.group("subject").lower().split()):
        return None  # "The head of the agency, which was created in 2002": the agency's
    if subject is None:
        subject = _NOUN_BEFORE_WHICH.search(text, max(sentence.start, clause.start - _NOUN_REACH),
                                            clause.start)
        before = text[sentence.start:subject.start("subject")].split()[-1:] if subject else []
        if before and before[0].lower() in _PREPOSITIONS:
            return None  # "the fire in the village, which started": the fire, maybe
    return None if subject is None else subject.start("subject")


# A noun with its article, and perhaps a comma, right before "which".
_NOUN_BEFORE_WHICH = re.compile(
    r"(?<![\w’'-])(?P<subject>(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    r"[a-z][\w’'-]*),?\s+\Z", re.IGNORECASE)
_NOUN_REACH = 60  # characters looked back at for it


_WHICH = re.compile(r"which\b", re.IGNORECASE)


def reduced_relatives(text: str, sentence: Span,
                      unbroken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, int]]:
    """Participles that describe a noun in ``sentence`` after its verb:
    (noun phrase start, participle start, phrase end), offsets into ``text``.

    "Peskov criticised the sanctions imposed by the EU in 2014" has one:
    "the sanctions" and "imposed by the EU in 2014". The phrase ends where a
    clause would, or at a conjunction ("... in 2014 and said ..."); a comma
    inside an ``unbroken`` span (a date's) does not end it.
    """
    s, e = sentence.start, sentence.end
    found: list[tuple[int, int, int]] = []
    for match in _REDUCED_RELATIVE.finditer(text, s, e):
        noun = match.group("noun").lower()
        if noun in _NO_NOUN or noun.endswith("ly") or match.group("verb") in _NO_ACT:
            continue
        words = list(re.finditer(r"[\w’'-]+", text[s:match.start()]))
        begin = match.start()
        for word in reversed(words[-3:]):  # "an agreement", "a US citizen"
            if word.group(0).lower() in _NOUN_PHRASE_OPENS:
                begin = s + word.start()
                break
            if word.group(0) in _OUTSIDE_A_NOUN_PHRASE:
                break  # not past "of": "a man of crimes committed in 2019"
        before = [w.group(0).lower() for w in words if s + w.start() < begin]
        verbs = [*_FINITE_VERB.finditer(text, s, begin), *_PRESENT_VERB.finditer(text, s, begin)]
        host = max((v.end() for v in verbs), default=-1)
        if not before or before[-1] in _SETTING_BEFORE or host < 0 \
                or _CLAUSE_OPENS_BETWEEN.search(text, host, begin):
            continue  # the noun is a subject, or the act's setting
        verb = match.start("verb")
        finish = _clause_end(text, verb, e, unbroken)
        close = _REDUCED_RELATIVE_CLOSE.search(text, verb, finish)
        finish = close.start() if close else finish
        while finish > verb and not text[finish - 1].isalnum():
            finish -= 1  # not the sentence's full stop
        found.append((begin, verb, finish))
    return found
