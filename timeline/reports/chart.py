"""The timeline chart (Altair): ``timeline.vl.json``, ``timeline.html``, ``.svg``, ``.png``.

One lane per event type (or per main actor), time on x in UTC so every viewer
sees the same day. A day-precise event is a point; a week, month or vague
interval is a bar from its first to its last possible day. Planned events are
hollow (points) or dashed and pale (bars). The legend filters by event type on
click, the time axis pans and zooms, and the most-reported events carry a
label so the static SVG/PNG also tell the story. Above ``ReportOptions.dense``
events the chart adds an overview of counts per day, week or month; brushing
it sets the detail's time range.

Every selection and view is named, so the spec is identical on every run.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence, cast

import altair as alt
import pandas as pd
import vl_convert as vlc

from timeline.config import Options
from timeline.models import Document
from timeline.reports import common

WIDTH = 900  # static width; the page lets the chart fill its container instead
LANE_HEIGHT = 34
SLOT_HEIGHT = 11
MAX_SLOTS = 6  # events overlapping in one lane are spread over at most this many sub-rows
LABEL_CHARS = 40  # labels are cut to this many characters
LABEL_PX_PER_CHAR = 5.6  # rough width of a 10px sans-serif character, for packing labels
PNG_SCALE = 2
DAY_MS = 86_400_000  # no axis ticks finer than a day: dates here are calendar days
# Tableau 10, the default categorical scheme of Vega-Lite, written out so that
# configured colours can replace some entries and keep the others.
PALETTE = ("#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2",
           "#ff9da6", "#9d755d", "#bab0ac")
OTHER_ACTORS = "other actors"
NO_ACTOR = "no actor named"


@dataclass(frozen=True)
class ChartData:
    """The chart's rows and the period it opens on.

    ``overview`` is true when the chart needs an overview to brush: too many
    events to show at once, or a few far-off events that would squash the
    rest into a sliver. ``window`` is then the period the detail opens on.
    """

    records: list[dict[str, Any]]
    window: tuple[date, date] | None = None
    overview: bool = False


def chart_data(events: pd.DataFrame, documents: Sequence[Document],
               options: Options) -> ChartData:
    """One JSON-ready row per event, what the chart draws and its tooltips show."""
    rows = common.event_rows(events)
    if not rows:
        return ChartData([])
    report = options.reports
    sources = common.source_index(documents)
    labelled = common.most_corroborated(rows, report.label_top)
    lanes = _lanes(rows, options)
    records: list[dict[str, Any]] = []
    for row, lane in zip(rows, lanes):
        start, end = row.date, row.date_end
        names = [s.name for s in common.sources_of(row.sources, sources)]
        shown = "; ".join(names[:6]) + (f"; and {len(names) - 6} more" if len(names) > 6 else "")
        title = common.one_line(row.title, 90) or "(untitled)"
        records.append({
            "event_id": row.event_id,
            "lane": lane,
            "event_type": row.event_type,
            "status": row.status,
            "kind": "day" if start == end else "interval",
            "start": start.isoformat(),
            "end": common.day_after(end).isoformat(),
            "title": title,
            "as_written": common.one_line(row.time_text, 60) or "(the article's date)",
            "resolved": common.resolved_text(start, end, row.precision),
            "n_sources": row.n_sources,
            "sources": shown,
            "label": common.one_line(row.title, LABEL_CHARS) if row.event_id in labelled else "",
        })
    focus = _focus_window(records)
    if len(records) > report.dense:
        window: tuple[date, date] | None = _latest_window(records, report.dense)
    else:
        window = focus
    shown_period = window or (_day(records[0]["start"]),
                              max(_day(r["end"]) for r in records))
    _place(records, shown_period)
    return ChartData(records, window, overview=window is not None)


def chart_records(events: pd.DataFrame, documents: Sequence[Document],
                  options: Options) -> list[dict[str, Any]]:
    """The chart's rows (see ``chart_data``)."""
    return chart_data(events, documents, options).records


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _focus_window(records: list[dict[str, Any]]) -> tuple[date, date] | None:
    """The period most events fall in, if a few far-off events would squash them.

    The core is the 10th to 90th percentile of start dates. When the whole
    period is more than six times the core (an event from 2017 in a story
    about one week of 2025), the chart opens on the events that begin within
    twice the core's length of it, and the overview shows where the rest lie.
    """
    starts = sorted(_day(r["start"]).toordinal() for r in records)
    n = len(starts)
    if n < 10:
        return None
    low, high = starts[n // 10], starts[(9 * n) // 10]
    core = max(high - low, 14)
    first = starts[0]
    last = max(_day(r["end"]).toordinal() for r in records)
    if last - first <= 6 * core:
        return None
    near = [r for r in records
            if low - 2 * core <= _day(r["start"]).toordinal() <= high + 2 * core]
    # Long bars (a planned "within weeks") are cut at the window's edge.
    begin = max(min(_day(r["start"]).toordinal() for r in near) - 1, low - 2 * core)
    end = min(max(_day(r["end"]).toordinal() for r in near) + 1, high + 2 * core)
    return (date.fromordinal(begin), date.fromordinal(end))


def _latest_window(records: list[dict[str, Any]], dense: int) -> tuple[date, date]:
    """The period a dense chart opens on: the latest events, about ``dense / 2`` of them.

    Opening on a readable slice (shown on the overview as the brush) beats
    opening on a solid wall of thousands of marks.
    """
    keep = min(len(records), max(1, dense // 2))
    return (_day(records[-keep]["start"]), max(_day(r["end"]) for r in records[-keep:]))


def _place(records: list[dict[str, Any]], period: tuple[date, date]) -> None:
    """Choose each label's side and spread overlapping events over sub-rows.

    Labels read rightwards from their event, except in the last third of the
    period shown, where they read leftwards so they stay inside the plot. An
    event occupies its bar (or a point's few pixels) plus its label, and
    events of one lane that would overlap go to the next free sub-row (greedy
    interval packing, in order of where they begin on screen).
    """
    first, last = period[0].toordinal(), period[1].toordinal()
    days_per_px = max(last - first, 1) / WIDTH
    point_days = 10 * days_per_px
    spans = []
    for record in records:
        start: float = _day(record["start"]).toordinal()
        end = _day(record["end"]).toordinal() if record["kind"] == "interval" \
            else start + point_days
        record["label_side"] = "left" if start > first + 0.65 * (last - first) else "right"
        # A bar's label follows the bar, so it does not sit on it.
        record["label_at"] = record["end"] if record["label_side"] == "right" \
            and record["kind"] == "interval" else record["start"]
        if record["label"]:
            width = (len(record["label"]) * LABEL_PX_PER_CHAR + 12) * days_per_px
            if record["label_side"] == "left":
                start -= width
            else:
                end = max(end, _day(record["label_at"]).toordinal() + width)
        spans.append((start, end))
    order = sorted(range(len(records)), key=lambda i: (records[i]["lane"], spans[i][0], i))
    used: dict[str, list[float]] = {}
    for i in order:
        start, end = spans[i]
        slots = used.setdefault(records[i]["lane"], [])
        free = [k for k, taken in enumerate(slots) if taken <= start]
        if free:
            slot = free[0]
        elif len(slots) < MAX_SLOTS:
            slot = len(slots)
            slots.append(end)
        else:
            slot = min(range(len(slots)), key=lambda k: (slots[k], k))
        slots[slot] = max(slots[slot], end)
        records[i]["slot"] = slot


def _lanes(rows: Sequence[common.EventRow], options: Options) -> list[str]:
    """The lane of each event: its type, or its most prominent actor."""
    if options.reports.lanes == "event_type":
        return [row.event_type for row in rows]
    counts: Counter[str] = Counter(a for row in rows for a in row.actors)
    kept = {name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            [: options.reports.max_lanes]}
    lanes = []
    for row in rows:
        named = sorted(row.actors, key=lambda a: (-counts[a], a))
        if not named:
            lanes.append(NO_ACTOR)
        else:
            lanes.append(named[0] if named[0] in kept else OTHER_ACTORS)
    return lanes


def lane_order(records: list[dict[str, Any]], options: Options) -> list[str]:
    """Lanes top to bottom: config order of event types, or actors by frequency."""
    present = Counter(r["lane"] for r in records)
    if options.reports.lanes == "event_type":
        configured = [t for t in options.event_types if t in present]
        rest = sorted(t for t in present if t not in options.event_types)
        return configured + rest
    tail = [lane for lane in (OTHER_ACTORS, NO_ACTOR) if lane in present]
    named = sorted((lane for lane in present if lane not in tail),
                   key=lambda lane: (-present[lane], lane))
    return named + tail


def type_colors(records: list[dict[str, Any]], options: Options) -> tuple[list[str], list[str]]:
    """Colour scale domain and range: configured colours first, the palette for the rest."""
    present = {r["event_type"] for r in records}
    domain = [t for t in options.event_types if t in present]
    domain += sorted(present - set(domain))
    palette = iter(PALETTE * (len(domain) // len(PALETTE) + 1))
    colors = [options.reports.colors.get(t) or next(palette) for t in domain]
    return domain, colors


def build_chart(chart: ChartData, options: Options) -> alt.TopLevelMixin:
    """The Altair chart of ``chart_data`` (a short message when there are none).

    The chart's data is left empty: ``chart_spec`` puts the rows in.
    """
    records = chart.records
    title = options.reports.title or "Timeline"
    if not records:
        return alt.Chart(alt.Data(values=[{"message": "No dated events were found."}]),
                         title=title, width=WIDTH, height=80,
                         name="empty").mark_text(fontSize=16, color="#555").encode(
            text="message:N")
    dense = chart.overview  # detail + overview instead of one zoomable view
    many = len(records) > options.reports.dense
    lanes = lane_order(records, options)
    domain, colors = type_colors(records, options)
    n_slots = max(r["slot"] for r in records) + 1
    band = max(LANE_HEIGHT, n_slots * SLOT_HEIGHT)
    height = min(900, max(120, band * len(lanes)))

    pick_type = alt.selection_point(name="pick_type", fields=["event_type"], bind="legend")
    color = alt.Color("event_type:N", title="Event type",
                      scale=alt.Scale(domain=domain, range=colors),
                      legend=alt.Legend(symbolType="circle",
                                        title="Event type (click to filter)"))
    tooltip = [
        alt.Tooltip("title:N", title="Event"),
        alt.Tooltip("as_written:N", title="Date as written"),
        alt.Tooltip("resolved:N", title="Resolved (UTC)"),
        alt.Tooltip("status:N", title="Status"),
        alt.Tooltip("event_type:N", title="Type"),
        alt.Tooltip("n_sources:Q", title="Sources"),
        alt.Tooltip("sources:N", title="Reported by"),
    ]
    window = chart.window or (_day(records[0]["start"]), _day(records[-1]["end"]))
    brush = alt.selection_interval(name="brush", encodings=["x"],
                                   value=cast(Any, {"x": [_date_time(window[0]),
                                                         _date_time(window[1])]}))
    zoom = alt.selection_interval(name="zoom", encodings=["x"], bind="scales")
    x_scale = alt.Scale(type="utc", domain=alt.ParameterExtent(param="brush")) if dense \
        else alt.Scale(type="utc", padding=14)
    x = alt.X("start:T", title="Date (UTC)", scale=x_scale,
              axis=alt.Axis(grid=True, labelOverlap=True, tickMinStep=DAY_MS))
    y = alt.Y("lane:N", sort=lanes, title=None,
              axis=alt.Axis(labelLimit=160, grid=False, domain=False, ticks=False))
    y_offset = alt.YOffset("slot:O", scale=alt.Scale(domain=list(range(n_slots))))
    faded = alt.condition(pick_type, alt.value(1.0), alt.value(0.12))
    planned = "datum.status == 'planned'"
    status_legend = alt.Legend(title="Status", symbolStrokeColor="#444")

    bars = alt.Chart(name="bars").transform_filter("datum.kind == 'interval'").mark_bar(
        height=max(4, min(9, SLOT_HEIGHT - 3)), cornerRadius=3, strokeWidth=1.2, clip=dense).encode(
        x=x, x2="end:T", y=y, yOffset=y_offset, color=color, stroke=color,
        fillOpacity=alt.condition(planned, alt.value(0.12), alt.value(0.7)),
        strokeDash=alt.condition(planned, alt.value([4, 2]), alt.value([1, 0])),
        opacity=faded, tooltip=tooltip)
    points = alt.Chart(name="points").transform_filter("datum.kind == 'day'").mark_point(
        filled=True, size=40 if many else 70, strokeWidth=1.5, clip=dense).encode(
        x=x, y=y, yOffset=y_offset, color=color, stroke=color,
        shape=alt.Shape("status:N", scale=alt.Scale(
            domain=["happened", "planned"], range=["circle", "diamond"]), legend=status_legend),
        fillOpacity=alt.condition(planned, alt.value(0.0), alt.value(0.9)),
        opacity=faded, tooltip=tooltip)
    # Labels read rightwards from their event, except near the right edge.
    label_x = alt.X("label_at:T", title="Date (UTC)", scale=x_scale,
                    axis=alt.Axis(grid=True, labelOverlap=True, tickMinStep=DAY_MS))
    labels = alt.Chart(name="labels").transform_filter(
        "datum.label != '' && datum.label_side == 'right'").mark_text(
        align="left", baseline="middle", dx=7, fontSize=10, color="#222", clip=dense).encode(
        x=label_x, y=y, yOffset=y_offset, text="label:N", opacity=faded)
    labels_left = alt.Chart(name="labels_left").transform_filter(
        "datum.label != '' && datum.label_side == 'left'").mark_text(
        align="right", baseline="middle", dx=-7, fontSize=10, color="#222", clip=dense).encode(
        x=label_x, y=y, yOffset=y_offset, text="label:N", opacity=faded)
    # Layers without rows are left out (Vega warns about their empty extents).
    layers = [layer for layer, present in (
        (bars, any(r["kind"] == "interval" for r in records)),
        (points, any(r["kind"] == "day" for r in records)),
        (labels, any(r["label"] and r["label_side"] == "right" for r in records)),
        (labels_left, any(r["label"] and r["label_side"] == "left" for r in records)),
    ) if present]
    # The selections go on the first layer: Vega-Lite makes the legend clickable
    # only when the layer that defines the legend selection comes first.
    layers[0] = layers[0].add_params(pick_type) if dense else \
        layers[0].add_params(pick_type, zoom)
    data = alt.Data(values=[])
    if not dense:
        return alt.layer(*layers, data=data, width=WIDTH, height=height,
                         title=_title(title, len(records)))
    detail = alt.layer(*layers, width=WIDTH, height=height, title=alt.TitleParams(
        f"Showing {window[0].isoformat()} to {(window[1] - timedelta(days=1)).isoformat()}"
        f" ({_count_in(records, window)} of {len(records)} events); brush the overview "
        "below to choose another period", fontSize=11, fontWeight="normal", anchor="start"))
    overview_color = alt.Color("event_type:N", scale=alt.Scale(domain=domain, range=colors))
    if many:  # counts per day, week or month
        unit, per, fmt = _overview_unit(records)
        overview = alt.Chart(name="overview").mark_bar().encode(
            x=alt.X(f"{unit}(start):T", title=f"Events per {per} (drag to choose a period)",
                    scale=alt.Scale(type="utc"), axis=alt.Axis(format=fmt)),
            y=alt.Y("count():Q", title=None, axis=alt.Axis(tickCount=3)),
            color=overview_color)
    else:  # few events: one tick each, so a lone far-off event is seen
        overview = alt.Chart(name="overview").mark_tick(thickness=2, size=22).encode(
            x=alt.X("start:T", title="Every event (drag to choose a period)",
                    scale=alt.Scale(type="utc"), axis=alt.Axis(tickMinStep=DAY_MS)),
            color=overview_color)
    overview = overview.add_params(brush).properties(width=WIDTH, height=70 if many else 30)
    return alt.vconcat(detail, overview, data=data, title=_title(title, len(records)))


def _title(title: str, n: int) -> alt.TitleParams:
    return alt.TitleParams(title, subtitle=f"{n} event{'s' if n != 1 else ''}; dates in UTC",
                           anchor="start")


def _overview_unit(records: list[dict[str, Any]]) -> tuple[str, str, str]:
    """Time unit, its name and axis format of the overview, by the period's length."""
    first = date.fromisoformat(records[0]["start"])
    last = max(date.fromisoformat(r["end"]) for r in records)
    days = (last - first).days
    if days <= 180:
        return "utcyearmonthdate", "day", "%d %b"
    if days <= 3 * 366:
        return "utcyearweek", "week", "%d %b %Y"
    return "utcyearmonth", "month", "%b %Y"


def _count_in(records: list[dict[str, Any]], window: tuple[date, date]) -> int:
    """How many events overlap ``window`` (its end exclusive)."""
    return sum(1 for r in records
               if _day(r["start"]) < window[1] and _day(r["end"]) > window[0])


def _date_time(day: date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "date": day.day, "utc": True}


def chart_spec(events: pd.DataFrame, documents: Sequence[Document],
               options: Options) -> dict[str, Any]:
    """The Vega-Lite spec as a dict (``$schema`` included), data inlined.

    Altair validates the chart without its rows (validating 5,000 inline rows
    against the schema takes seconds and proves nothing about them), then the
    rows are put in place; Altair's row limit therefore never applies.
    """
    chart = chart_data(events, documents, options)
    spec: dict[str, Any] = build_chart(chart, options).to_dict()
    if chart.records:
        spec["data"] = {"values": chart.records}
    _fix_legend_views(spec)
    return spec


def _fix_legend_views(spec: dict[str, Any]) -> None:
    """Bind the legend selection to the first layer only.

    Inside a concat, Altair lifts layer parameters to the top level and lists
    every layer of the view as the parameter's views, which makes Vega define
    the selection's signals once per layer ("Duplicate signal name").
    """
    for param in spec.get("params", []):
        if param.get("name") == "pick_type" and len(param.get("views", [])) > 1:
            param["views"] = param["views"][:1]


def spec_json(spec: dict[str, Any]) -> str:
    """The spec as stable, human-diffable JSON text."""
    return json.dumps(spec, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def to_html(spec: dict[str, Any]) -> str:
    """A self-contained HTML page of the chart (Vega, Vega-Lite, vega-embed inlined).

    vl-convert writes the spec into a script as raw JSON; article text in it
    could end the script early (``</script>``), so every ``<`` inside the spec
    literal is written as ``\\u003c``, which JSON strings read back unchanged.
    """
    html: str = vlc.vegalite_to_html(spec, bundle=True, renderer="svg")
    marker, tail = "const spec = ", ";\n    const opts = "
    begin = html.find(marker)
    stop = html.find(tail, begin)
    if begin < 0 or stop < 0 or html.count(marker) != 1:
        raise RuntimeError("unexpected vl-convert HTML layout; cannot escape the spec safely")
    begin += len(marker)
    literal = html[begin:stop].replace("<", "\\u003c").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")
    return _lf(html[:begin] + literal + html[stop:])


_CLIP_ID = re.compile(r"(?<=[\"#])clip(\d+)(?=[\")])")


def to_svg(spec: dict[str, Any]) -> str:
    """The chart as a static SVG.

    Vega numbers clip paths with a counter that lives as long as the process,
    so the second chart drawn by one process says ``clip16`` where the first
    said ``clip6``; the ids are renumbered in order of appearance.
    """
    svg: str = vlc.vegalite_to_svg(spec)
    numbers: dict[str, str] = {}
    svg = _CLIP_ID.sub(lambda m: "clip" + numbers.setdefault(m.group(1), str(len(numbers))),
                       svg)
    return _lf(svg)


def to_png(svg: str) -> bytes:
    """The chart (as drawn by ``to_svg``) as a PNG at twice the nominal size.

    Rasterising the SVG, rather than drawing the spec again, saves a second
    Vega run (a second or more with thousands of events).
    """
    png: bytes = vlc.svg_to_png(svg, scale=PNG_SCALE)
    return png


def _lf(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return text if text.endswith("\n") else text + "\n"
