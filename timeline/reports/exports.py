"""Exports for other tools: CSV, JSON, TimelineJS3 JSON and iCalendar.

* ``events.csv`` / ``mentions.csv``: the frames' columns in ``EVENT_COLUMNS``
  / ``MENTION_COLUMNS`` order, dates ISO, multi-valued fields joined with
  ``"; "``. Text cells that a spreadsheet would read as a formula (starting
  with ``=``, ``+``, ``-``, ``@``, tab or carriage return) get a leading
  ``'``; date and number columns are left alone.
* ``events.json``: ``{"events": [...], "documents": [...]}`` with real JSON
  types (lists, numbers, ISO dates).
* ``timelinejs.json``: the TimelineJS3 format; its text is HTML, so it is
  escaped.
* ``events.ics``: the day-precise events as all-day iCalendar events
  (RFC 5545: CRLF line ends, folded lines).
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date
from typing import Any, Sequence

import pandas as pd

from timeline.config import Options
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Document
from timeline.reports import common

LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Columns holding numbers or dates: never prefixed, a "-1" offset stays a number.
NOT_TEXT = {"date", "date_end", "doc_date", "n_sources", "sentence_index", "char_start",
            "char_end", "time_start", "time_end"}


def csv_cell(column: str, value: Any) -> str:
    """One CSV cell: ISO dates, joined lists, and text defused for spreadsheets."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    else:
        text = str(value)
    if column not in NOT_TEXT and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def frame_csv(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """``frame`` as CSV text in ``columns`` order (missing columns left empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    present = [c for c in columns if c in frame.columns]
    for record in frame[present].to_dict("records"):
        writer.writerow([csv_cell(c, record.get(c)) for c in columns])
    return out.getvalue()


def events_csv(events: pd.DataFrame) -> str:
    """``events.csv``: one row per event, in reading order."""
    return frame_csv(common.sorted_events(events), EVENT_COLUMNS)


def mentions_csv(mentions: pd.DataFrame) -> str:
    """``mentions.csv``: one row per mention, by article, then position in it."""
    frame = mentions.copy()
    keys = [c for c in ("doc_date", "doc_id", "char_start", "mention_id") if c in frame.columns]
    if keys and not frame.empty:
        frame = frame.sort_values(keys, kind="mergesort")
    return frame_csv(frame, MENTION_COLUMNS)


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [str(v) for v in value]
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def events_json(events: pd.DataFrame, documents: Sequence[Document]) -> str:
    """``events.json``: the events and the articles their ``sources`` refer to."""
    frame = common.sorted_events(events)
    rows = [{c: _json_value(r.get(c)) for c in EVENT_COLUMNS}
            for r in frame.to_dict("records")]
    docs = [{"doc_id": d.doc_id, "date": d.date.isoformat(), "title": d.title,
             "source": d.source, "url": common.safe_url(d.url)}
            for d in sorted(documents, key=lambda d: (d.date, d.doc_id))]
    return _dump({"events": rows, "documents": docs})


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _tl_date(day: date, precision: str) -> dict[str, Any]:
    """A TimelineJS date object, as fine as the precision allows."""
    out: dict[str, Any] = {"year": day.year}
    if precision in ("day", "week", "month", "vague"):
        out["month"] = day.month
    if precision in ("day", "week", "vague"):
        out["day"] = day.day
    return out


def timelinejs_json(events: pd.DataFrame, documents: Sequence[Document],
                    options: Options) -> str:
    """``timelinejs.json``: load it in TimelineJS3 (``new TL.Timeline(id, data)``)."""
    index = common.source_index(documents)
    items = []
    for row in common.event_rows(events):
        precision = row.precision
        names = [s.name for s in common.sources_of(row.sources, index)]
        text = html.escape(common.one_line(row.summary))
        text += f"<br><small>{html.escape('Sources: ' + '; '.join(names))}</small>"
        item: dict[str, Any] = {
            "unique_id": row.event_id,
            "start_date": _tl_date(row.date, precision),
            "text": {"headline": html.escape(common.one_line(row.title) or "(untitled)"),
                     "text": text},
            "group": row.event_type,
            "display_date": html.escape(common.resolved_text(row.date, row.date_end,
                                                             precision)),
        }
        if row.date_end != row.date:
            item["end_date"] = _tl_date(row.date_end, precision)
        items.append(item)
    title = common.one_line(options.reports.title) or "Timeline"
    return _dump({"title": {"text": {"headline": html.escape(title),
                                     "text": f"{len(items)} events"}},
                  "events": items})


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (common.one_line(text).replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,"))


def _fold(line: str) -> list[str]:
    """Fold a content line to at most 75 octets per line, never splitting a character."""
    if len(line.encode("utf-8")) <= 75:
        return [line]
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74  # continuation lines start with a space
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def events_ics(events: pd.DataFrame, documents: Sequence[Document]) -> str:
    """``events.ics``: day-precise events as all-day events; planned ones tentative.

    DTSTAMP is the newest article's date, not the clock, so the file is the
    same on every run.
    """
    index = common.source_index(documents)
    stamp = max((d.date for d in documents), default=date(1970, 1, 1))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline reports//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for row in common.event_rows(events):
        if row.precision != "day" or row.date != row.date_end:
            continue
        names = [s.name for s in common.sources_of(row.sources, index)]
        description = f"{common.one_line(row.summary)} (Sources: {'; '.join(names)})"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{row.event_id}@timeline",
            f"DTSTAMP:{stamp.strftime('%Y%m%d')}T000000Z",
            f"DTSTART;VALUE=DATE:{row.date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{common.day_after(row.date).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(row.title or '(untitled)')}",
            f"DESCRIPTION:{_ics_text(description)}",
            f"CATEGORIES:{_ics_text(row.event_type)}",
            f"STATUS:{'TENTATIVE' if row.planned else 'CONFIRMED'}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
