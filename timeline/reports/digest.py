"""The digest (``digest.md``): the timeline as something to read, with citations.

Chronological, grouped by day, or by week, month, quarter or year for coarser
dates. Each event has a one-line title, a short quote and numbered citations
to its sources (title, outlet, date, link); the ``label_top`` most corroborated
events carry a star, planned events and uncertain dates say so.

``build_digest`` turns the frames into plain data (shared with the page,
which renders the same digest as HTML); ``render_markdown`` writes it out.
Article text is hostile until proven otherwise: every piece of it goes
through ``md_text``, so a quote cannot open a heading, a link, raw HTML or a
code span, and only http(s) links are ever written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

import pandas as pd

from timeline.config import Options
from timeline.models import Document
from timeline.reports import common

QUOTE_LIMIT = 240
TITLE_LIMIT = 120
STAR = "★"


@dataclass(frozen=True)
class Citation:
    """One source of an event, numbered in order of first citation."""

    number: int
    source: common.SourceInfo


@dataclass(frozen=True)
class DigestEvent:
    """One event as the digest shows it (plain, unescaped text)."""

    event_id: str
    title: str
    quote: str
    as_written: str
    resolved: str
    precision: str
    planned: bool
    uncertain: bool
    corroborated: bool
    n_sources: int
    citations: tuple[int, ...]
    conflict: str


@dataclass(frozen=True)
class DigestGroup:
    """Events under one heading: a day, a week, a month..."""

    heading: str
    events: list[DigestEvent] = field(default_factory=list)


@dataclass(frozen=True)
class Digest:
    """Everything the digest says, before it is written as markdown or HTML."""

    title: str
    corpus: str
    n_documents: int
    n_mentions: int
    period: tuple[date, date] | None
    groups: list[DigestGroup]
    sources: list[Citation]
    star_threshold: int

    @property
    def n_events(self) -> int:
        return sum(len(g.events) for g in self.groups)

    @property
    def star_note(self) -> str:
        """What the star means here, in plain text ("" when no event has one)."""
        starred = sum(e.corroborated for g in self.groups for e in g.events)
        if not starred:
            return ""
        which = "most corroborated event" if starred == 1 \
            else f"{starred} most corroborated events"
        return f"{STAR} marks the {which} ({self.star_threshold} or more sources each)"


def build_digest(events: pd.DataFrame, mentions: pd.DataFrame,
                 documents: Sequence[Document], options: Options) -> Digest:
    """The digest's content, in reading order, with sources numbered."""
    rows = common.event_rows(events)
    index = common.source_index(documents)
    starred = common.most_corroborated(rows, options.reports.label_top)
    numbers: dict[str, int] = {}
    groups: dict[str, DigestGroup] = {}
    for row in rows:
        cited = []
        for doc_id in row.sources:
            numbers.setdefault(doc_id, len(numbers) + 1)
            cited.append(numbers[doc_id])
        precision = row.precision
        heading = common.period_label(row.date, row.date_end, precision)
        groups.setdefault(heading, DigestGroup(heading)).events.append(DigestEvent(
            event_id=row.event_id,
            title=common.one_line(row.title, TITLE_LIMIT) or "(untitled)",
            quote=common.one_line(row.summary, QUOTE_LIMIT),
            as_written=common.one_line(row.time_text, 80),
            resolved=common.resolved_text(row.date, row.date_end, precision),
            precision=precision,
            planned=row.planned,
            uncertain=common.is_uncertain(precision),
            corroborated=row.event_id in starred,
            n_sources=row.n_sources,
            citations=tuple(sorted(cited)),
            conflict=common.one_line(row.conflict, 200),
        ))
    period = (min(r.date for r in rows), max(r.date_end for r in rows)) if rows else None
    sources = [Citation(n, common.sources_of([doc_id], index)[0])
               for doc_id, n in sorted(numbers.items(), key=lambda kv: kv[1])]
    star_threshold = min((r.n_sources for r in rows if r.event_id in starred), default=0)
    return Digest(
        title=common.one_line(options.reports.title) or "Timeline",
        corpus=", ".join(options.inputs),
        n_documents=len(documents), n_mentions=len(mentions), period=period,
        groups=list(groups.values()), sources=sources, star_threshold=star_threshold,
    )


# --- markdown ---------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|~$])")
_MD_LEADING = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_text(text: str) -> str:
    """Article text made inert in markdown: it shows as written, on one line.

    Backslash-escapes the characters that start emphasis, code, links,
    footnotes, tables, strikethrough and maths; writes ``<``, ``>`` and
    entity-like ``&`` as entities so no HTML tag or autolink survives; and
    escapes a leading ``#``, ``>``, list or heading marker.
    """
    line = common.one_line(text)
    line = _ENTITY.sub("&amp;", line)
    line = line.replace("<", "&lt;").replace(">", "&gt;")
    line = _MD_SPECIAL.sub(r"\\\1", line)
    return _MD_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def md_link(url: str, label: str) -> str:
    """A markdown link to an http(s) ``url`` (already made safe), or just the label."""
    safe = common.safe_url(url)
    return f"[{md_text(label)}](<{safe}>)" if safe else md_text(label)


def render_markdown(digest: Digest) -> str:
    """The digest as GitHub-flavoured markdown (footnotes for citations)."""
    lines = [f"# {md_text(digest.title)}", ""]
    lines += [_header(digest), ""]
    if not digest.groups:
        lines += ["No dated events were found in these articles.", ""]
    for group in digest.groups:
        lines += [f"## {md_text(group.heading)}", ""]
        for event in group.events:
            lines += _event_lines(event)
        lines.append("")
    if digest.sources:
        lines += ["## Sources", ""]
        for citation in digest.sources:
            lines.append(f"[^{citation.number}]: {_source_text(citation.source)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _header(digest: Digest) -> str:
    parts = [f"**Corpus:** {md_text(digest.corpus) or 'none'}"]
    if digest.period:
        first, last = digest.period
        parts.append(f"**Period:** {first.isoformat()} to {last.isoformat()} (UTC)")
    parts.append(f"**Counts:** {digest.n_documents} articles, {digest.n_mentions} mentions, "
                 f"{digest.n_events} events, {len(digest.sources)} sources cited")
    legend = ((digest.star_note + "; " if digest.star_note else "")
              + "*planned* marks events announced for later; *date uncertain* marks dates "
              "not known to the day. Numbers in brackets cite the sources listed at the end.")
    return "  \n".join(parts) + "\n\n" + legend


def _event_lines(event: DigestEvent) -> list[str]:
    marks = [STAR] if event.corroborated else []
    head = " ".join(marks + [f"**{md_text(event.title)}**"])
    notes = []
    if event.planned:
        notes.append("*planned*")
    if event.uncertain:
        notes.append(f"*date uncertain ({event.precision})*")
    sources = f"{event.n_sources} source{'s' if event.n_sources != 1 else ''}"
    cites = "".join(f"[^{n}]" for n in event.citations)
    first = f"- {head}" + (f" — {', '.join(notes)}" if notes else "") + f" — {sources} {cites}"
    lines = [first.rstrip() + "  "]
    if event.quote:
        lines.append(f"  {quoted(md_text(event.quote))}  ")
    written = f"“{md_text(event.as_written)}”" if event.as_written else "the article's date"
    lines.append(f"  Date as written: {written}; resolved: {event.resolved}."
                 + (f" Sources disagree: {md_text(event.conflict)}." if event.conflict else ""))
    return lines


def _source_text(source: common.SourceInfo) -> str:
    title = source.title or "Untitled article"
    parts = [md_link(source.url, title) if source.url else f"*{md_text(title)}*"]
    if source.outlet:
        parts.append(md_text(source.outlet))
    if source.date:
        parts.append(source.date)
    where = f"file {md_text(source.path)}" if source.path and not source.url else ""
    parts.append(f"article {md_text(source.doc_id)}" + (f" ({where})" if where else ""))
    return ", ".join(parts) + "."


def quoted(text: str) -> str:
    """``text`` in curly quotes, unless it already opens with a quotation mark."""
    return text if text[:1] in "\"“‘'«„" else f"“{text}”"
