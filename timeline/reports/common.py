"""What every report shares: event order, date wording, source names, safe links.

The chart, digest, page and exports all describe the same events; they read
them through these helpers so that the order, the date wording and the set of
"most corroborated" events are the same in every output.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote, urlsplit

import pandas as pd

from timeline.models import EVENT_COLUMNS, Document

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def sorted_events(events: pd.DataFrame) -> pd.DataFrame:
    """The events in reading order: by start, then end, most sources first, then id.

    Missing columns are filled with empty values so a report never fails on a
    frame from an older stage; the index is reset to 0..n-1.
    """
    frame = events.copy()
    for column in EVENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = [_empty_value(column)] * len(frame)
    if frame.empty:
        return frame.reset_index(drop=True)
    frame["date_end"] = [end if isinstance(end, date) else start
                         for start, end in zip(frame["date"], frame["date_end"])]
    frame["n_sources"] = frame["n_sources"].fillna(0).astype(int)
    keys = pd.DataFrame({
        "date": frame["date"], "date_end": frame["date_end"],
        "n": -frame["n_sources"], "id": frame["event_id"].astype(str),
    })
    order = keys.sort_values(["date", "date_end", "n", "id"], kind="mergesort").index
    return frame.loc[order].reset_index(drop=True)


def _empty_value(column: str) -> Any:
    if column in ("actors", "locations", "sources", "mention_ids"):
        return ()
    if column == "n_sources":
        return 0
    if column == "status":
        return "happened"
    return ""


def iso(value: Any) -> str:
    """An ISO date, or "" for a missing one."""
    return value.isoformat() if isinstance(value, date) else ""


def resolved_text(start: date, end: date, precision: str) -> str:
    """How a resolved interval reads: ``2025-02-24`` or ``2025-02-17 to 2025-02-23 (week)``."""
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()} ({precision})"


def period_label(start: date, end: date, precision: str) -> str:
    """The heading an event is grouped under in the digest.

    Day-precise events are grouped by day; coarser ones by the week, month,
    quarter or year they fall in, so "last week" is not pinned to a day it
    never named.
    """
    if precision == "day" or start == end:
        return f"{_WEEKDAYS[start.weekday()]} {start.day} {_MONTHS[start.month - 1]} {start.year}"
    if precision == "week":
        iso_year, iso_week, _ = start.isocalendar()
        return (f"Week of {start.day} {_MONTHS[start.month - 1]} {start.year} "
                f"({iso_year}-W{iso_week:02d})")
    if precision == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year":
        return str(start.year)
    if precision == "decade":
        return f"{start.year // 10 * 10}s"
    if precision == "century":
        return f"{start.year // 100 + 1}th century"
    return f"Sometime between {start.isoformat()} and {end.isoformat()}"


def is_uncertain(precision: str) -> bool:
    """True when the date is not known to the day."""
    return precision != "day"


def day_after(value: date) -> date:
    """The exclusive end of an inclusive interval ending on ``value``."""
    return value + timedelta(days=1)


@dataclass(frozen=True)
class EventRow:
    """One row of the events frame, typed (see ``EVENT_COLUMNS``)."""

    event_id: str
    date: datetime.date
    date_end: datetime.date
    precision: str
    status: str
    title: str
    summary: str
    event_type: str
    actors: tuple[str, ...]
    locations: tuple[str, ...]
    time_text: str
    n_sources: int
    sources: tuple[str, ...]
    mention_ids: tuple[str, ...]
    conflict: str

    @property
    def planned(self) -> bool:
        return self.status == "planned"


def event_rows(events: pd.DataFrame) -> list[EventRow]:
    """The events in reading order (``sorted_events``) as typed rows."""
    rows = []
    for record in sorted_events(events).to_dict("records"):
        start = record["date"]
        rows.append(EventRow(
            event_id=str(record["event_id"]),
            date=start,
            date_end=record["date_end"] if isinstance(record["date_end"], date) else start,
            precision=str(record["precision"] or "day"),
            status="planned" if record["status"] == "planned" else "happened",
            title=_text(record["title"]),
            summary=_text(record["summary"]),
            event_type=_text(record["event_type"]) or "other",
            actors=as_tuple(record["actors"]),
            locations=as_tuple(record["locations"]),
            time_text=_text(record["time_text"]),
            n_sources=int(record["n_sources"]),
            sources=as_tuple(record["sources"]),
            mention_ids=as_tuple(record["mention_ids"]),
            conflict=_text(record["conflict"]),
        ))
    return rows


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def most_corroborated(rows: Sequence[EventRow], top: int) -> set[str]:
    """Ids of the ``top`` events with the most sources, among those with two or more.

    Ties are broken by date then id, so the set is the same on every run.
    """
    ranked = sorted((r for r in rows if r.n_sources >= 2),
                    key=lambda r: (-r.n_sources, r.date, r.event_id))
    return {r.event_id for r in ranked[:max(top, 0)]}


@dataclass(frozen=True)
class SourceInfo:
    """What a report says about one article: a name to show and a safe link."""

    doc_id: str
    title: str
    outlet: str
    date: str
    url: str
    path: str = ""

    @property
    def name(self) -> str:
        """The outlet when known, else the title, else the article id."""
        return self.outlet or self.title or self.doc_id


def source_index(documents: Sequence[Document]) -> dict[str, SourceInfo]:
    """Article id -> what the reports show about that article."""
    return {
        doc.doc_id: SourceInfo(doc.doc_id, one_line(doc.title), one_line(doc.source),
                               iso(doc.date), safe_url(doc.url), one_line(doc.path))
        for doc in documents
    }


def sources_of(doc_ids: Iterable[str], index: Mapping[str, SourceInfo]) -> list[SourceInfo]:
    """The articles behind an event, in the event's order; unknown ids still named."""
    return [index.get(doc_id) or SourceInfo(doc_id, "", "", "", "") for doc_id in doc_ids]


def one_line(text: Any, limit: int = 0) -> str:
    """``text`` as a single line with collapsed whitespace, cut to ``limit`` characters."""
    line = " ".join(_CONTROL.sub(" ", str(text or "")).split())
    if limit and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) link, else "" (no ``javascript:``, ``data:``...).

    Characters that could end a link in HTML or markdown (spaces, quotes,
    angle brackets, parentheses) are percent-encoded.
    """
    url = (url or "").strip()
    if not url or _CONTROL.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(url, safe=":/?#[]@!$&*+,;=%~-._")


def as_tuple(value: Any) -> tuple[str, ...]:
    """A multi-valued field as a tuple of str (tolerates lists, None and "")."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(v) for v in value)
