"""Merge mentions of the same real-world event into one event.

0. *Copies.* Mentions that repeat one another word for word, with the
   same interval, actors, places, type and status (syndicated copies of a
   wire story), are one group from the start and are compared once; the
   copies that share an article with another group's meet its bar.
1. *Blocking.* Two mentions are compared only when their intervals overlap
   and they share a key: an actor, a place's country, or the event type
   (of a mention with neither, or of a specific type). A type alone pairs
   two mentions only when one names no actor ("the suspect, who was
   arrested on Friday" is the arrest another article tells of the
   police): two that name their parties, none in common, are two events.
   Within each key the mentions are swept in date order, each compared
   with at most ``merge.max_candidates`` earlier ones still open, so the
   cost grows like n log n (the sort), not n².
2. *Scoring.* A weighted mean of five similarities in 0..1: shared actors
   (Dice), shared places (a city counts as lying in its country), event type
   (same specific type 1, same generic type such as ``statement`` ½), words
   of the two sentences (Jaccard on stems) and time (how much the intervals
   overlap). Mentions of one sentence are never the same event; two of
   one article need ``merge.same_document_threshold``, unless they are
   its headline and the lede it restates.
3. *Clustering.* Complete linkage: pairs are taken best first, and two
   clusters join only if *every* cross pair scores at least
   ``merge.threshold`` and their intervals still intersect. A chain of links
   (a like b, b like c) therefore cannot fuse a and c unless a is like c.
   A mention that opens on a definite event noun ("The announcement was
   long-awaited") may name the event its article told before: it then joins
   it before clustering and is not compared (``_referred_events``).
4. *Conflicts.* Mentions that look like the same event (everything but the
   time scores at least ``merge.conflict_threshold``) whose precise intervals
   are disjoint but within ``merge.conflict_window_days`` stay apart, and
   each event says so in ``conflict`` rather than one date silently winning.

The event keeps the tightest interval its mentions allow; its title and
summary come from the most informative mention.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from timeline.config import MergeOptions, Options
from timeline.entities import gazetteer, places_overlap, reads_as_full_name
from timeline.eventwords import event_stem, names_alike, stem, word_stem
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, PRECISIONS

OTHER = "other"
TYPE_KEY = "t:"  # blocking key of an event type (after "a:" actors and "p:" countries)
STATUS_MISMATCH = 0.7  # factor on the score of a planned and a happened mention

# Event words that name who acted, not the act ("a judge ordered the
# release", "a judge froze the assets"): no sign that two acts are one.
_PARTY_WORDS = frozenset(word_stem(w) for w in ("judge", "court"))
# Verbs that name no happening of their own ("had", "made a decision"):
# two untyped mentions sharing one are not the same kind of act.
_LIGHT_VERBS = frozenset(word_stem(w) for w in """
    was were is are been be had has have did does do made make makes took take takes
    got get gets went go goes came come comes gave give gives put kept keep held
    called began begun started led left saw seen""".split())
_STOP = frozenset("""
a an the and or but if of to in on at by for with from as into over after before about
than then that this these those there here it its he she his her they them their we our
you your i me my is are was were be been being has have had do does did will would can
could may might shall should not no also just so very more most such said says say told
tell new one two who whom whose which what when where while up out off all any some
""".split())
_WORD = re.compile(r"[A-Za-z0-9]+")


def _stems(text: str) -> frozenset[str]:
    """Content words of a sentence, stemmed.

    Capitalised words are left out: names are compared as actors and
    places, and the words should say what happened, not to whom again.
    """
    return frozenset(stem(w) for w in _WORD.findall(text)
                     if not w[0].isupper() and w.lower() not in _STOP and len(w) > 2)


@dataclass
class _Mention:
    row: int
    mention_id: str
    doc_id: str
    sentence_key: tuple[str, int]
    start: int  # date ordinals, inclusive
    end: int
    precision: str
    actors: frozenset[str]  # people and organisations
    countries: frozenset[str]  # countries named as actors ("Russia says")
    places: tuple[str, ...]
    event_type: str
    stems: frozenset[str]
    explicit: bool
    status: str
    keys: tuple[str, ...] = field(default=())
    content: tuple[object, ...] = field(default=())  # what copies of one mention share
    headline: bool = False  # its article's headline: it restates the lede
    lede: bool = False  # of the sentence after its article's headline
    speaker: str = ""  # a statement's speaker, when a person named in full
    refers_back: bool = False  # opens on a definite event noun: "The announcement was ..."
    event_word: str = ""  # the stem of its event word ("talk", "settl")


def _precision_for_days(days: int) -> str:
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (92, "quarter"),
                        (366, "year"), (3653, "decade"), (36525, "century")):
        if days <= limit:
            return name
    return "vague"


class _Scorer:
    def __init__(self, options: MergeOptions) -> None:
        self.options = options
        weights = options.weights
        self.w_actors = weights.get("actors", 0.0)
        self.w_places = weights.get("places", 0.0)
        self.w_type = weights.get("event_type", 0.0)
        self.w_text = weights.get("text", 0.0)
        self.w_time = weights.get("time", 0.0)
        self.total = sum(weights.values()) or 1.0
        self.generic = frozenset(options.generic_types)
        self.interchangeable = frozenset(options.interchangeable_types)
        self.related = frozenset(frozenset((x, y)) for group in options.related_types
                                 for x in group for y in group if x != y)

    def parts(self, a: _Mention, b: _Mention) -> tuple[float, float, float]:
        """(weighted score without time, time similarity, total weight used).

        A feature only counts when both mentions carry it: a mention that
        names no place says nothing about where the other happened. Where
        both name the same kind of gathering in the same place ("talks in
        Riyadh", "discussions in Saudi Arabia"), different participants named
        are not evidence against: each report names some of them. A
        statement (or an untyped mention) is another mention's event only if
        they say alike things: below ``merge.generic_min_text`` the score is 0;
        but two untyped mentions told by one verb of a party or a place they
        share are one kind of act, as two mentions of one type are.
        Two statements whose speakers differ, each unnamed in the other, score 0.
        When one names no actor, a type whose words each name a happening of
        their own counts fully only for the same event word, one that names
        an act ("arrested", not "a judge"): nothing else says that
        "detained" and "indicted" are the same act.
        """
        union = len(a.stems | b.stems)
        text = len(a.stems & b.stems) / union if union else 0.0
        same_place = bool(a.places and b.places and places_overlap(a.places, b.places))
        generic = any(t in self.generic or t == OTHER for t in (a.event_type, b.event_type))
        # No type lists the verb, but both tell it of a party they share
        # ("Hrafnfell erupted", "the volcano, which erupted on May 11"): one
        # kind of act, as two mentions of a type are.
        same_act = a.event_type == b.event_type == OTHER and a.event_word == b.event_word \
            and a.event_word not in _LIGHT_VERBS and bool(a.event_word) \
            and (bool(a.actors & b.actors) or same_place)
        if generic and not same_act and text < self.options.generic_min_text:
            return 0.0, 0.0, 1.0
        if a.speaker and b.speaker and a.speaker not in b.actors | b.countries \
                and b.speaker not in a.actors | a.countries:
            return 0.0, 0.0, 1.0  # "Putin said X", "Trump said X": two statements
        weight = self.w_type + self.w_text + self.w_time
        static = 0.0
        if same_act:
            kind = 1.0
        elif a.event_type == b.event_type and a.event_type != OTHER:
            kind = 0.5 if a.event_type in self.generic else 1.0
            if kind == 1.0 and not (a.actors and b.actors) \
                    and a.event_type not in self.interchangeable \
                    and (a.event_word != b.event_word or a.event_word in _PARTY_WORDS):
                kind = 0.5
        elif frozenset((a.event_type, b.event_type)) in self.related:
            kind = 0.5
        elif a.event_type in self.generic or b.event_type in self.generic \
                or OTHER in (a.event_type, b.event_type):
            kind = 0.25
        else:
            kind = 0.0
        if a.actors and b.actors:
            shared = len(a.actors & b.actors)
            if shared or not (same_place and kind == 1.0):
                static += self.w_actors * 2 * shared / (len(a.actors) + len(b.actors))
                weight += self.w_actors
        if a.places and b.places:
            if same_place:
                static += self.w_places
            elif a.countries & b.countries:
                static += self.w_places / 2
            weight += self.w_places
        static += self.w_type * kind
        static += self.w_text * text
        # Time: half how far the shorter interval lies inside the longer one,
        # half how much of both they share: one day twice beats a day inside
        # a vague week.
        overlap = max(min(a.end, b.end) - max(a.start, b.start) + 1, 0)
        shorter = min(a.end - a.start, b.end - b.start) + 1
        spread = max(a.end, b.end) - min(a.start, b.start) + 1
        time = 0.5 * overlap / shorter + 0.5 * overlap / spread
        return static, time, weight or 1.0

    def may_refer_to(self, earlier: _Mention, later: _Mention) -> bool:
        """Whether ``later``'s definite event noun can name ``earlier``'s event.
        A noun of a generic type names the last statement or event of a
        related type ("The announcement" after "Apple unveiled", "The
        statement" after "Jobs announced"). Any other names only an event
        whose event word has its stem ("This release" after "Apple releases
        Macbook", "The talks" after "held talks") or, for a type whose words
        all name one happening, one of its type with a party or a place in
        common ("the negotiations in Saudi Arabia" after "met in Riyadh");
        not merely one of its type ("The funeral" after "died") nor one
        that speaks of it ("gave a press conference about the talks")."""
        if later.event_type in self.generic:
            return earlier.event_type in self.generic \
                or frozenset((earlier.event_type, later.event_type)) in self.related
        shared = bool(earlier.actors & later.actors) or bool(
            earlier.places and later.places and places_overlap(earlier.places, later.places))
        return names_alike((earlier.event_type, earlier.event_word),
                           (later.event_type, later.event_word), self.interchangeable, shared)

    def score(self, a: _Mention, b: _Mention) -> float:
        if a.sentence_key == b.sentence_key:
            return 0.0
        if min(a.end, b.end) < max(a.start, b.start):
            return 0.0
        static, time, weight = self.parts(a, b)
        score = (static + self.w_time * time) / weight
        if a.status != b.status:
            # A plan and a report of something done: the same event only when
            # everything else agrees ("will visit Friday", "visited Friday").
            score *= STATUS_MISMATCH
        if a.doc_id == b.doc_id and not (a.headline and b.lede or a.lede and b.headline) \
                and score < self.options.same_document_threshold:
            return 0.0  # an article rarely tells one event twice: a higher bar
        return score

    def static_score(self, a: _Mention, b: _Mention) -> float:
        """The score as if the two intervals were the same: for conflicts."""
        static, _, weight = self.parts(a, b)
        return (static + self.w_time) / weight


def _to_mentions(frame: pd.DataFrame, generic: frozenset[str] = frozenset()) -> list[_Mention]:
    """The rows of ``frame``; ``generic``: the types whose first actor is a speaker."""
    out: list[_Mention] = []
    gaz = gazetteer()
    # Each article's first two sentences with a mention: its headline, if
    # the first is one, and its lede.
    opening: dict[str, list[int]] = {
        str(doc): sorted(set(indexes))[:2]
        for doc, indexes in frame.groupby("doc_id")["sentence_index"]} if len(frame) else {}
    columns = {c: frame[c].tolist() for c in ("mention_id", "doc_id", "sentence_index", "date",
                                              "date_end", "precision", "actors", "locations",
                                              "event_type", "sentence", "time_text", "status",
                                              "refers_back", "trigger")}
    # A headline is one mention, the whole of its sentence: not a sentence
    # split into clauses, one of which happens to lack a final stop.
    per_sentence = Counter(zip(columns["doc_id"], columns["sentence_index"]))
    headed = {doc for doc, index, sentence in zip(columns["doc_id"], columns["sentence_index"],
                                                  columns["sentence"])
              if index == opening[doc][0] and per_sentence[doc, index] == 1
              and _is_headline(sentence)}
    for i in range(len(frame)):
        doc, index = columns["doc_id"][i], int(columns["sentence_index"][i])
        places = tuple(columns["locations"][i])
        named = frozenset(columns["actors"][i])
        nations = frozenset(a for a in named if gaz.country_name(a) is not None)
        actors = named - nations
        # A place's country: the place itself, or what follows its comma
        # ("Riyadh, Saudi Arabia"); a facility ("Oval Office") has none known.
        countries = {p if gaz.country_name(p) else p.rsplit(", ", 1)[-1]
                     for p in places if ", " in p or gaz.country_name(p)} | nations
        keys = tuple(sorted({f"a:{a}" for a in actors} | {f"p:{c}" for c in countries if c}))
        kind = columns["event_type"][i]
        if not keys or (kind not in generic and kind != OTHER):
            keys = keys + (f"{TYPE_KEY}{kind}",)
        out.append(_Mention(
            row=i, mention_id=columns["mention_id"][i], doc_id=columns["doc_id"][i],
            sentence_key=(columns["doc_id"][i], int(columns["sentence_index"][i])),
            start=columns["date"][i].toordinal(), end=columns["date_end"][i].toordinal(),
            precision=columns["precision"][i], actors=actors, countries=nations, places=places,
            event_type=columns["event_type"][i], stems=_stems(columns["sentence"][i]),
            explicit=bool(columns["time_text"][i]), status=columns["status"][i], keys=keys,
            content=(columns["sentence"][i], columns["date"][i], columns["date_end"][i],
                     tuple(columns["actors"][i]), places, columns["event_type"][i],
                     columns["status"][i]),
            headline=doc in headed and index == opening[doc][0],
            lede=doc in headed and index == opening[doc][-1] != opening[doc][0],
            speaker=_speaker(columns["actors"][i]) if columns["event_type"][i] in generic else "",
            refers_back=bool(columns["refers_back"][i]),
            event_word=event_stem(columns["trigger"][i]),
        ))
    return out


def _speaker(actors: Sequence[str]) -> str:
    """Who a statement is by: its first actor (the mentions list the speaker
    first) when that reads as a person's full name. An institution or a
    country speaks through anyone ("Russia says it is open" is what Putin
    said, "the Kremlin said" what Peskov told reporters)."""
    if not actors or not reads_as_full_name(actors[0]):
        return ""
    return actors[0]


def _referred_events(mentions: Sequence[_Mention], scorer: _Scorer) -> dict[int, int]:
    """Mention index -> index of the earlier mention whose event its definite
    event noun names (``_Mention.refers_back``): the nearest of its article,
    in an earlier sentence, that the noun may name (``_Scorer.may_refer_to``),
    if it has the same status and names no place apart from it; the dates
    must meet too (``_Clusters.attach``). A nearer event the noun may name
    that fails these means the noun names neither ("The meeting will go on"
    after "had a meeting on Monday"; "The settlement" after "That lawsuit
    was settled in 1991"). ``mentions`` are in text order (``merge_mentions``)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.doc_id].append(i)
    referred: dict[int, int] = {}
    for indexes in by_doc.values():
        for k, i in enumerate(indexes):
            later = mentions[i]
            if not later.refers_back:
                continue
            j = next((j for j in reversed(indexes[:k])
                      if mentions[j].sentence_key[1] < later.sentence_key[1]
                      and scorer.may_refer_to(mentions[j], later)), None)
            if j is None:
                continue
            earlier = mentions[j]
            if earlier.status == later.status \
                    and (not earlier.places or not later.places
                         or places_overlap(earlier.places, later.places)):
                referred[i] = j
    return referred


def _is_headline(sentence: str) -> bool:
    """Whether an article's first sentence reads as a headline: it starts in
    upper case (not a clause such as "who attended talks last week") and
    has no sentence's final punctuation."""
    text = sentence.strip()
    return text[:1].isupper() and text[-1:] not in tuple(".!?\"”’'…)")


def candidate_pairs(mentions: Sequence[_Mention], max_candidates: int,
                    slack_days: int = 0) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) sharing a key whose intervals, widened by
    ``slack_days``, overlap; each mention paired with at most
    ``max_candidates`` earlier-starting ones per key (the latest to start).
    Each pair once. Cost: a sort per key, then O(log n + max_candidates)
    per mention and key."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in m.keys:
            blocks[key].append(i)
    for key in sorted(blocks):
        members = sorted(blocks[key], key=lambda i: (mentions[i].start, mentions[i].end, i))
        by_type = key.startswith(TYPE_KEY)
        # Open mentions in start order (a dict keeps insertion order), and a
        # heap of their ends to close them as the sweep passes.
        active: dict[int, None] = {}
        ends: list[tuple[int, int]] = []
        for i in members:
            m = mentions[i]
            while ends and ends[0][0] < m.start:
                del active[heapq.heappop(ends)[1]]
            for j in itertools.islice(reversed(active), max_candidates):
                if by_type and m.actors and mentions[j].actors:
                    continue  # both say who, and no one in common: two events
                # A pair sharing several keys is yielded under the first only
                # (no set of seen pairs: memory stays linear).
                shared = [k for k in m.keys if k in mentions[j].keys]
                if shared[0] == key:
                    yield (j, i) if j < i else (i, j)
            active[i] = None
            heapq.heappush(ends, (m.end + slack_days, i))


class _Clusters:
    """Union of mentions under complete linkage, with interval bookkeeping."""

    def __init__(self, mentions: Sequence[_Mention], scorer: _Scorer) -> None:
        self.mentions = mentions
        self.scorer = scorer
        self.parent = list(range(len(mentions)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
        self.interval = {i: (m.start, m.end) for i, m in enumerate(mentions)}
        self.apart: set[tuple[int, int, int, int]] = set()
        # One member per distinct content: copies of a wire story repeat a
        # mention word for word, and complete linkage need test it only once.
        self.reps: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
        first: dict[tuple[object, ...], int] = {}
        # Where each representative's copies are: one per article.
        self.copies: dict[int, dict[str, int]] = {}
        for i, m in enumerate(mentions):
            j = first.setdefault(m.content, i)
            if j != i and m.sentence_key != mentions[j].sentence_key:
                self._union(self.find(j), i, *self.interval[self.find(j)])
                self.copies.setdefault(j, {mentions[j].doc_id: j}).setdefault(m.doc_id, i)
        # The first mention of each content, in order: the only ones to compare.
        self.distinct: list[int] = sorted(first.values())

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def pair_score(self, i: int, j: int) -> float:
        """The score of two representatives, and of their copies that share
        an article: there the same-article bar holds, whichever copy stands
        for its group."""
        # Not cached: a cache of every pair of a large group of copies costs
        # more memory than recomputing the few that are asked twice.
        score = self.scorer.score(self.mentions[i], self.mentions[j])
        if i not in self.copies and j not in self.copies:
            return score  # the usual case: one article each
        here = self.copies.get(i, {self.mentions[i].doc_id: i})
        there = self.copies.get(j, {self.mentions[j].doc_id: j})
        # Copies differ only in where they sit in their article: score each
        # way two can share one once, not once per article of a large wire.
        ways: set[tuple[bool, ...]] = set()
        for doc in here.keys() & there.keys():
            a, b = self.mentions[here[doc]], self.mentions[there[doc]]
            way = (a.sentence_key == b.sentence_key, a.headline, a.lede, b.headline, b.lede)
            if way not in ways:
                ways.add(way)
                score = min(score, self.scorer.score(a, b))
        return score

    def try_join(self, i: int, j: int, threshold: float) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        (s1, e1), (s2, e2) = self.interval[a], self.interval[b]
        start, end = max(s1, s2), min(e1, e2)
        if start > end:
            return False
        left, right = self.reps[a], self.reps[b]
        # A group only grows, so (root, size) names its state: two states
        # found apart once are not compared again.
        size_a, size_b = len(self.members[a]), len(self.members[b])
        state = (a, size_a, b, size_b) if a < b else (b, size_b, a, size_a)
        if state in self.apart:
            return False
        # Complete linkage: every cross pair must reach the threshold, so a
        # mention joins a group only if it is like each of its members.
        for x in left:
            for y in right:
                if self.pair_score(x, y) < threshold:
                    self.apart.add(state)
                    return False
        self._union(a, b, start, end)
        return True

    def attach(self, i: int, j: int) -> bool:
        """Put mention ``i``, alone in its group, in ``j``'s group if their
        intervals still meet: ``i`` names ``j``'s event (``_referred_events``).
        It says too little to be compared, so it is no representative:
        complete linkage tests the group by its other members."""
        a, b = self.find(j), self.find(i)
        (s1, e1), (s2, e2) = self.interval[a], self.interval[b]
        if a == b or max(s1, s2) > min(e1, e2) or len(self.members[b]) > 1:
            return False
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        del self.reps[b]
        self.interval[a] = (max(s1, s2), min(e1, e2))
        return True

    def _union(self, a: int, b: int, start: int, end: int) -> None:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        known = {self.mentions[r].content for r in self.reps[a]}
        self.reps[a].extend(r for r in self.reps.pop(b) if self.mentions[r].content not in known)
        self.interval[a] = (start, end)


def _event_id(mention_ids: Sequence[str]) -> str:
    return hashlib.sha1("\x1f".join(sorted(mention_ids)).encode()).hexdigest()[:16]


def _informative(cols: dict[str, list[object]], rows: Sequence[int]) -> int:
    """The row of the mention that says most: one that does not merely name
    an event told before ("The announcement came today"), an explicit date,
    the narrowest interval, then the most actors and places, then a known
    event type."""
    def key(row: int) -> tuple[object, ...]:
        span = (cols["date_end"][row] - cols["date"][row]).days  # type: ignore[operator]
        return (not cols["refers_back"][row], cols["time_source"][row] == "explicit", -span,
                len(cols["actors"][row]) + len(cols["locations"][row]),  # type: ignore[arg-type]
                cols["event_type"][row] != OTHER,
                -abs(len(cols["sentence"][row]) - 160),  # type: ignore[arg-type]
                cols["mention_id"][row])
    return max(rows, key=key)


def _event_type(types: Sequence[str], order: Sequence[str]) -> str:
    """The most specific type among the mentions: the lexicon lists the
    specific types first."""
    known = [t for t in order if t in types]
    return known[0] if known else (sorted(set(types))[0] if types else OTHER)


def _fmt(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def merge_mentions(mentions: pd.DataFrame, options: Options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events made from ``mentions``, and the mentions with ``event_id`` set.

    Events have exactly ``EVENT_COLUMNS``, sorted by date, end date, then
    ``event_id``. Every mention belongs to exactly one event.
    """
    opts = options.merge
    # Ties below (which copy stands for its group, which earlier mentions a
    # capped sweep compares) fall to position: put the rows in one order,
    # text order, first, so the same mentions in any row order make the
    # same events.
    given = mentions.reset_index(drop=True)
    if given.empty:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in EVENT_COLUMNS})
        return empty, given
    # Row k of ``frame`` is row given_row[k] of ``given``.
    given_row = given.sort_values(["doc_id", "char_start", "char_end", "mention_id"],
                                  kind="stable").index
    frame = given.take(given_row.to_numpy()).reset_index(drop=True)
    items = _to_mentions(frame, frozenset(opts.generic_types))
    scorer = _Scorer(opts)
    clusters = _Clusters(items, scorer)

    edges: list[tuple[float, str, str, int, int]] = []
    near_misses: list[tuple[int, int]] = []
    # A mention naming an earlier one's event ("The announcement was
    # long-awaited") joins it first, in text order (a noun naming another
    # such noun's event finds it joined). Not one with copies: the same
    # background sentence in two articles names each article's own event.
    referred = _referred_events(items, scorer)
    attached = {i for i in sorted(referred) if clusters.attach(i, referred[i])}
    # Copies of one mention were joined up front: only one of each is a candidate.
    distinct = [i for i in clusters.distinct if i not in attached]
    subset = [items[i] for i in distinct]
    for si, sj in candidate_pairs(subset, opts.max_candidates, opts.conflict_window_days):
        i, j = distinct[si], distinct[sj]
        a, b = items[i], items[j]
        if min(a.end, b.end) < max(a.start, b.start):
            near_misses.append((i, j))
            continue
        score = scorer.score(a, b)
        if score >= opts.threshold:
            edges.append((-score, a.mention_id, b.mention_id, i, j))
    edges.sort()
    for _, _, _, i, j in edges:
        clusters.try_join(i, j, opts.threshold)

    # Conflicts: near, disjoint, precise, and alike in everything but time.
    precise = {"day", "week", "month"}
    notes: dict[int, list[str]] = defaultdict(list)
    for i, j in near_misses:
        a, b = items[i], items[j]
        if a.sentence_key == b.sentence_key or a.precision not in precise \
                or b.precision not in precise or not (a.explicit and b.explicit):
            continue
        if scorer.static_score(a, b) < opts.conflict_threshold:
            continue
        ra, rb = clusters.find(i), clusters.find(j)
        if ra == rb:
            continue
        notes[ra].append(f"{b.doc_id} dates it {_fmt(date.fromordinal(b.start), date.fromordinal(b.end))}")
        notes[rb].append(f"{a.doc_id} dates it {_fmt(date.fromordinal(a.start), date.fromordinal(a.end))}")

    order = list(options.event_types)
    cols = {c: frame[c].tolist() for c in ("mention_id", "doc_id", "source_group", "status",
                                           "date", "date_end", "time_source", "time_text",
                                           "actors", "locations", "event_type", "sentence",
                                           "title", "refers_back")}
    event_of_row: list[str] = [""] * len(frame)
    records: list[dict[str, object]] = []
    for root in sorted(clusters.members):
        rows = sorted(clusters.members[root])
        ids = sorted(items[r].mention_id for r in rows)
        event_id = _event_id(ids)
        for r in rows:
            event_of_row[r] = event_id
        start, end = clusters.interval[root]
        best = _informative(cols, rows)
        narrowest = min(rows, key=lambda r: (items[r].end - items[r].start, items[r].mention_id))
        if (items[narrowest].start, items[narrowest].end) == (start, end):
            precision = items[narrowest].precision
        elif any(items[r].precision == "vague" for r in rows):
            precision = "vague"  # two vague bounds meeting say no more than "vague"
        else:
            precision = _precision_for_days(end - start + 1)
        records.append({
            "event_id": event_id,
            "date": date.fromordinal(start),
            "date_end": date.fromordinal(end),
            "precision": precision,
            "status": "planned" if all(cols["status"][r] == "planned" for r in rows)
            else "happened",
            "title": cols["title"][best],
            "summary": cols["sentence"][best],
            "event_type": _event_type([cols["event_type"][r] for r in rows], order),  # type: ignore[misc]
            # A clause that only names the event says who took part, or not
            # ("Ukraine was absent from the negotiations"): its actors stay its own.
            "actors": tuple(sorted({a for r in rows if r not in attached
                                    for a in cols["actors"][r]})),  # type: ignore[attr-defined]
            "locations": tuple(sorted({p for r in rows for p in cols["locations"][r]})),  # type: ignore[attr-defined]
            "time_text": cols["time_text"][best],
            "n_sources": len({cols["source_group"][r] for r in rows}),
            "sources": tuple(sorted({cols["doc_id"][r] for r in rows})),  # type: ignore[type-var]
            "mention_ids": tuple(ids),
            "conflict": "; ".join(sorted(set(notes.get(root, [])))),
        })
    events = pd.DataFrame(records, columns=list(EVENT_COLUMNS))
    events = events.sort_values(["date", "date_end", "event_id"], kind="stable").reset_index(drop=True)
    event_of_given = [""] * len(given)
    for row, event_id in zip(given_row, event_of_row):
        event_of_given[row] = event_id
    given["event_id"] = event_of_given
    return events, given[list(MENTION_COLUMNS)]
