"""Readers for the human-annotated evaluation corpora in ``shared/eval/``.

Two corpora, one shape: every article becomes an ``EvalDoc`` whose ``text`` is
rebuilt from the corpus tokens (single spaces between tokens, one sentence a
line) and whose gold annotations carry character offsets into that text, so a
harness can run our own stages on ``doc.text`` and compare spans directly.

- ``load_meantime``: NewsReader MEANTIME (time expressions with TIMEX3 values,
  event mentions with cross-document instance ids and instance time anchors).
- ``load_semeval``: SemEval-2015 Task 4 trial data (event mentions and the gold
  timelines, whose mentions ``mention_span`` turns into character spans).

The readers never look at which article they read: everything comes from the
markup, so the same code reads the full corpora too.
"""

from __future__ import annotations

import csv
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# Where the evaluation data lives: ``../shared/eval`` beside the repository,
# or ``TIMELINE_EVAL_DIR``. Every scorer, test and benchmark reads it here.
EVAL_DIR = Path(os.environ.get("TIMELINE_EVAL_DIR",
                               Path(__file__).resolve().parents[2] / "shared" / "eval"))

# (start, end) character offsets, end exclusive, into ``EvalDoc.text``.
Span = tuple[int, int]


class CorpusError(ValueError):
    """A corpus file that does not have the structure the reader relies on."""


@dataclass(frozen=True)
class GoldTimex:
    """A time expression written in the text, with its normalized TIMEX3 value.

    ``doc.text[start:end] == text`` always holds (TIMEX3 anchors are contiguous
    tokens). ``type`` is DATE, TIME, DURATION or SET; ``value`` is the TIMEX3
    value as annotated (e.g. ``2008-03-06``, ``2008-W10``, ``P10Y``, ``PRESENT_REF``).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    is_creation_time: bool = False


@dataclass(frozen=True)
class GoldEvent:
    """An annotated event mention.

    ``start``/``end`` cover the first to the last anchored token. Most mentions
    are one contiguous run of tokens; for the few discontinuous ones (e.g.
    "set ... up") ``parts`` lists each run and ``text`` joins the anchored
    tokens with single spaces, so ``text == doc.text[start:end]`` only when
    ``len(parts) == 1``.

    ``sentence`` is a position in ``EvalDoc.sentences`` (0-based).

    ``instance_id`` names the real-world event: equal ids are the same event.
    When ``is_cross_doc`` is true it is the corpus-level id, comparable across
    documents; otherwise it is local to the document (``"<doc_id>#<m_id>"``), so
    it still groups the mentions of one document that corefer.

    ``anchor`` is the gold date the event happened (MEANTIME instance ``TIME``,
    or else the begin of its interval), ``anchor_begin``/``anchor_end`` the
    interval as annotated; values may hold ``X`` placeholders (``2008-03-XX``,
    ``XXXX-XX-XX``) and are None where nothing was annotated.
    """

    start: int
    end: int
    text: str
    sentence: int
    instance_id: str
    is_cross_doc: bool = False
    anchor: str | None = None
    anchor_begin: str | None = None
    anchor_end: str | None = None
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True)
class EvalDoc:
    """One article with its gold annotations.

    ``reference`` is the publication date (the reference for relative
    expressions). ``sentences[i]`` is the character span of sentence ``i``
    (one line of ``text``); ``sentence_ids[i]`` is that sentence's label in
    the corpus (MEANTIME ``sentence`` attribute, SemEval ``<s id>``).
    ``doc_id`` is the id the corpus uses to cross-reference the article (file
    stem for MEANTIME, numeric DOCID for SemEval); ``file_stem`` is the file
    name without extension. ``title`` is the separate headline when the corpus
    keeps one apart from the text (SemEval ``EXTRAINFO``), else None (MEANTIME
    has the headline as the first sentence of ``text``).
    """

    doc_id: str
    file_stem: str
    reference: date
    text: str
    sentences: tuple[Span, ...]
    sentence_ids: tuple[str, ...]
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...]
    title: str | None = None


@dataclass(frozen=True)
class MentionRef:
    """One mention in a SemEval gold timeline: ``DOCID-SENTENCE-word``."""

    doc_id: str
    sentence: str
    word: str


@dataclass(frozen=True)
class GoldTimelineEvent:
    """One line of a gold timeline: mentions that are the same event.

    ``order`` is the position on the timeline (several lines may share it:
    simultaneous events); ``date`` is as annotated: ``YYYY-MM-DD``, ``YYYY-MM``,
    ``YYYY``, or with ``X`` placeholders when the text gives no date.
    """

    order: int
    date: str
    mentions: tuple[MentionRef, ...]


@dataclass(frozen=True)
class GoldTimeline:
    """The gold timeline of one target entity, in file order."""

    entity: str
    events: tuple[GoldTimelineEvent, ...]


# --- shared text rebuilding ----------------------------------------------------


@dataclass(frozen=True)
class _Rebuilt:
    text: str
    token_spans: tuple[Span, ...]
    sentences: tuple[Span, ...]
    sentence_of_token: tuple[int, ...]


def _rebuild(sentences: Sequence[Sequence[str]]) -> _Rebuilt:
    """Join tokens with single spaces, sentences with newlines, keeping offsets."""
    pieces: list[str] = []
    token_spans: list[Span] = []
    sentence_spans: list[Span] = []
    sentence_of_token: list[int] = []
    pos = 0
    for index, tokens in enumerate(sentences):
        if index:
            pieces.append("\n")
            pos += 1
        sentence_start = pos
        for t_index, token in enumerate(tokens):
            if t_index:
                pieces.append(" ")
                pos += 1
            pieces.append(token)
            token_spans.append((pos, pos + len(token)))
            sentence_of_token.append(index)
            pos += len(token)
        sentence_spans.append((sentence_start, pos))
    return _Rebuilt("".join(pieces), tuple(token_spans), tuple(sentence_spans),
                    tuple(sentence_of_token))


def _runs(indices: Iterable[int]) -> list[list[int]]:
    """Sorted token indices grouped into runs of consecutive tokens."""
    runs: list[list[int]] = []
    for i in sorted(set(indices)):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError as err:
        raise CorpusError(f"{where}: creation time {value!r} is not a date") from err


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


# --- MEANTIME ------------------------------------------------------------------


@dataclass(frozen=True)
class _Instance:
    anchor: str | None
    begin: str | None
    end: str | None


def _read_instances(path: Path) -> dict[str, _Instance]:
    """Time anchors of the corpus-level instances in ``list_instances.csv``."""
    if not path.exists():
        return {}
    instances: dict[str, _Instance] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            begin = _blank_to_none(row.get("BEGINTERVAL"))
            # A durative event "happened" when it began: that is the date a
            # timeline places it at when no single TIME was annotated.
            anchor = _blank_to_none(row.get("TIME")) or begin
            instances[row["#ID"]] = _Instance(anchor, begin, _blank_to_none(row.get("ENDINTERVAL")))
    return instances


def _meantime_doc(path: Path, instances: Mapping[str, _Instance]) -> EvalDoc:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    if not tokens:
        raise CorpusError(f"{path.name}: no <token> elements")
    # Sentence labels in first-appearance order; tokens are stored in text order.
    by_sentence: dict[str, list[str]] = {}
    for token in tokens:
        by_sentence.setdefault(token.get("sentence", ""), []).append(token.text or "")
    rebuilt = _rebuild(list(by_sentence.values()))
    index_of = {token.get("t_id", ""): i for i, token in enumerate(tokens)}

    markables = root.find("Markables")
    relations = root.find("Relations")
    elements = list(markables) if markables is not None else []
    by_mid = {el.get("m_id", ""): el for el in elements}

    def anchored(el: ET.Element) -> list[int]:
        return [index_of[a.get("t_id", "")] for a in el.findall("token_anchor")]

    def span_text(indices: list[int]) -> tuple[Span, str, tuple[Span, ...]]:
        spans = [rebuilt.token_spans[i] for i in sorted(set(indices))]
        parts = tuple((rebuilt.token_spans[r[0]][0], rebuilt.token_spans[r[-1]][1])
                      for r in _runs(indices))
        text = " ".join(rebuilt.text[s:e] for s, e in spans)
        return (spans[0][0], spans[-1][1]), text, parts

    reference: date | None = None
    timexes: list[GoldTimex] = []
    for el in elements:
        if el.tag != "TIMEX3":
            continue
        is_ct = el.get("functionInDocument") == "CREATION_TIME"
        if is_ct:
            reference = _parse_date(el.get("value", ""), path.name)
        indices = anchored(el)
        if not indices:
            continue  # implicit time: nothing in the text to find
        (start, end), text, _ = span_text(indices)
        timexes.append(GoldTimex(start, end, text, el.get("type", ""), el.get("value", ""), is_ct))
    if reference is None:
        raise CorpusError(f"{path.name}: no TIMEX3 with functionInDocument=CREATION_TIME")

    doc_id = path.stem
    # REFERS_TO links each mention (source) to its in-document instance (target),
    # which carries the corpus-level instance_id when one was annotated.
    target_of: dict[str, str] = {}
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for source in rel.findall("source"):
                target_of[source.get("m_id", "")] = target.get("m_id", "")

    events: list[GoldEvent] = []
    for el in elements:
        if el.tag != "EVENT_MENTION":
            continue
        indices = anchored(el)
        if not indices:
            continue
        (start, end), text, parts = span_text(indices)
        target_mid = target_of.get(el.get("m_id", ""))
        target = by_mid.get(target_mid) if target_mid else None
        cross_id = target.get("instance_id") if target is not None else None
        if cross_id:
            instance_id = cross_id
        elif target_mid:
            instance_id = f"{doc_id}#{target_mid}"
        else:  # not linked to any instance: an event of its own
            instance_id = f"{doc_id}#{el.get('m_id', '')}"
        inst = instances.get(cross_id) if cross_id else None
        events.append(GoldEvent(
            start, end, text, rebuilt.sentence_of_token[min(indices)], instance_id,
            is_cross_doc=bool(cross_id),
            anchor=inst.anchor if inst else None,
            anchor_begin=inst.begin if inst else None,
            anchor_end=inst.end if inst else None,
            parts=parts,
        ))

    return EvalDoc(
        doc_id=doc_id, file_stem=path.stem, reference=reference, text=rebuilt.text,
        sentences=rebuilt.sentences, sentence_ids=tuple(by_sentence),
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        events=tuple(sorted(events, key=lambda e: (e.start, e.end))),
    )


def load_meantime(folder: Path) -> list[EvalDoc]:
    """All MEANTIME articles in ``folder`` (``*.xml``), sorted by file name.

    Instance time anchors come from ``folder/list_instances.csv`` when present.
    Raises ``CorpusError`` for a file without tokens or creation time.
    """
    folder = Path(folder)
    instances = _read_instances(folder / "list_instances.csv")
    return [_meantime_doc(path, instances) for path in sorted(folder.glob("*.xml"))]


# --- SemEval-2015 Task 4 -------------------------------------------------------


def _semeval_doc(path: Path) -> EvalDoc:
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or "").strip()
    if not doc_id:
        raise CorpusError(f"{path.name}: no <DOCID>")
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        raise CorpusError(f"{path.name}: no <DCT><TIMEX3>")
    reference = _parse_date(dct.get("value", ""), path.name)
    body = root.find("TEXT")
    sentence_elements = body.findall("s") if body is not None else []

    # Tokens are whitespace-separated; inline <EVENT> tags wrap single tokens.
    # Remember which tokens each tag covers, then rebuild the text as usual.
    sentences: list[list[str]] = []
    tagged: list[tuple[str, int, int, int]] = []  # (eid, sentence, first, last token)
    for s_index, s_el in enumerate(sentence_elements):
        words: list[str] = (s_el.text or "").split()
        for child in s_el:
            inner = "".join(child.itertext()).split()
            if child.tag == "EVENT" and inner:
                tagged.append((child.get("eid", ""), s_index, len(words), len(words) + len(inner) - 1))
            words.extend(inner)
            words.extend((child.tail or "").split())
        sentences.append(words)
    rebuilt = _rebuild(sentences)
    first_token = [0]
    for words in sentences:
        first_token.append(first_token[-1] + len(words))

    events: list[GoldEvent] = []
    for eid, s_index, first, last in tagged:
        start = rebuilt.token_spans[first_token[s_index] + first][0]
        end = rebuilt.token_spans[first_token[s_index] + last][1]
        events.append(GoldEvent(start, end, rebuilt.text[start:end], s_index,
                                f"{doc_id}#{eid}", parts=((start, end),)))

    return EvalDoc(
        doc_id=doc_id, file_stem=path.stem, reference=reference, text=rebuilt.text,
        sentences=rebuilt.sentences,
        sentence_ids=tuple(s.get("id", str(i)) for i, s in enumerate(sentence_elements)),
        timexes=(), events=tuple(events),
        title=_blank_to_none(root.findtext("EXTRAINFO")),
    )


def _parse_mention(field: str, where: str) -> MentionRef:
    # The word itself may contain '-' ("co-founded"): split only twice.
    parts = field.strip().split("-", 2)
    if len(parts) != 3 or not all(parts):
        raise CorpusError(f"{where}: mention {field!r} is not DOCID-SENTENCE-word")
    return MentionRef(*parts)


def read_timeline(path: Path) -> GoldTimeline:
    """One SemEval gold timeline file: entity on the first line, then events."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise CorpusError(f"{path.name}: empty timeline")
    events: list[GoldTimelineEvent] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        where = f"{path.name}:{number}"
        if len(fields) < 3:
            raise CorpusError(f"{where}: expected order, date and mentions")
        try:
            order = int(fields[0])
        except ValueError as err:
            raise CorpusError(f"{where}: order {fields[0]!r} is not a number") from err
        mentions = tuple(_parse_mention(f, where) for f in fields[2:] if f.strip())
        events.append(GoldTimelineEvent(order, fields[1].strip(), mentions))
    return GoldTimeline(lines[0].strip(), tuple(events))


def load_semeval(folder: Path) -> tuple[list[EvalDoc], list[GoldTimeline]]:
    """SemEval-2015 Task 4 documents (``documents/*.tml``) and gold timelines.

    Documents are sorted by file name, timelines by file name. ``EvalDoc.doc_id``
    is the DOCID the timelines refer to. The TimeML here tags events inline
    but no time expressions (only the DCT, which is not part of the text), so
    ``timexes`` is empty and each event's ``instance_id`` is local to its
    document; cross-document identity lives in the timelines.
    """
    folder = Path(folder)
    docs = [_semeval_doc(p) for p in sorted((folder / "documents").glob("*.tml"))]
    timelines = [read_timeline(p) for p in sorted((folder / "timelines").glob("*.txt"))]
    return docs, timelines


def mention_span(docs_by_id: Mapping[str, EvalDoc], ref: MentionRef) -> Span | None:
    """Character span in ``docs_by_id[ref.doc_id].text`` of a timeline mention.

    The first token of sentence ``ref.sentence`` (matched against
    ``EvalDoc.sentence_ids``) equal to ``ref.word``, ignoring case (the
    timelines lowercase words: ``pre-orders`` for "Pre-orders"). A multi-word
    mention such as ``rounded_off`` or ``court_case`` resolves to its first
    word, the token TimeML tags as the event (the particle may stand further
    on: "rounded the services off"). None when the document, sentence or word
    is missing. Relies on tokens being single-space separated within a
    sentence line, as the readers build them.
    """
    doc = docs_by_id.get(ref.doc_id)
    if doc is None or ref.sentence not in doc.sentence_ids:
        return None
    start, end = doc.sentences[doc.sentence_ids.index(ref.sentence)]
    head = ref.word.split("_", 1)[0].casefold()
    pos = start
    for token in doc.text[start:end].split(" "):
        if token.casefold() == head:
            return pos, pos + len(token)
        pos += len(token) + 1
    return None
