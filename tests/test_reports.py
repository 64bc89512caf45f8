"""The report stage: every output, its contract, determinism and hostile input.

Frames are built by hand here (``make_events``/``make_mentions``), so these
tests do not depend on the analysis stages.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline.config import ConfigError, Options, ReportOptions, options_from_mapping
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Document
from timeline.reports import FORMAT_FILES, chart, digest, exports, write_reports

ALL_FILES = sorted(name for files in FORMAT_FILES.values() for name in files)
TEXT_FILES = [n for n in ALL_FILES if n != "timeline.png"]
HOSTILE = ('=HYPERLINK("http://evil")</script><script>alert(1)</script>'
           '<img src=x onerror=alert(2)> [click](javascript:alert(3)) `code` **bold**')


# --- fixtures ---------------------------------------------------------------

def make_documents(n: int = 4) -> list[Document]:
    outlets = ("AP", "Reuters", "BBC", "Kyiv Independent")
    return [Document(doc_id=f"doc{i}", date=date(2025, 2, 20) + timedelta(days=i),
                     text="x", title=f"Article {i}", source=outlets[i % len(outlets)],
                     url=f"https://news.example/{i}") for i in range(n)]


def event(event_id: str, start: date, end: date | None = None, *, precision: str = "day",
          status: str = "happened", title: str = "Trump met Zelenskyy",
          summary: str = "Trump met Zelenskyy at the White House on Friday.",
          event_type: str = "talks", actors: tuple[str, ...] = ("Donald Trump",),
          sources: tuple[str, ...] = ("doc0",), time_text: str = "Friday",
          conflict: str = "") -> dict[str, Any]:
    return {
        "event_id": event_id, "date": start, "date_end": end or start, "precision": precision,
        "status": status, "title": title, "summary": summary, "event_type": event_type,
        "actors": actors, "locations": ("Washington, United States",), "time_text": time_text,
        "n_sources": len(sources), "sources": sources, "mention_ids": (f"m-{event_id}",),
        "conflict": conflict,
    }


def make_events(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def make_mentions(events: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for ev in events.to_dict("records"):
        for doc_id in ev["sources"]:
            rows.append({
                "mention_id": f"m-{ev['event_id']}-{doc_id}", "event_id": ev["event_id"],
                "doc_id": doc_id, "doc_date": date(2025, 2, 28), "source_group": doc_id,
                "sentence": ev["summary"], "sentence_index": 0, "char_start": 10,
                "char_end": 10 + len(ev["summary"]), "time_text": ev["time_text"],
                "time_value": ev["date"].isoformat(), "time_start": -1, "time_end": -1,
                "date": ev["date"], "date_end": ev["date_end"], "precision": ev["precision"],
                "status": ev["status"], "actors": ev["actors"], "locations": ev["locations"],
                "event_type": ev["event_type"], "title": ev["title"],
            })
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def five_events() -> pd.DataFrame:
    """Three day-precise events (one planned), a week and a month."""
    return make_events([
        event("e1", date(2025, 2, 24), title="Putin interview on state TV", event_type="interview",
              actors=("Vladimir Putin",), sources=("doc0", "doc1", "doc2"), time_text="Monday"),
        event("e2", date(2025, 2, 28), sources=("doc1", "doc3")),
        event("e3", date(2025, 3, 3), status="planned", title="Zelenskyy to sign minerals deal",
              event_type="agreement", actors=("Volodymyr Zelenskyy",), time_text="next Monday"),
        event("e4", date(2025, 2, 17), date(2025, 2, 23), precision="week",
              title="Talks in Riyadh", time_text="last week", sources=("doc2",)),
        event("e5", date(2025, 1, 1), date(2025, 1, 31), precision="month",
              title="Aid paused", event_type="statement", time_text="in January",
              sources=("doc3",)),
    ])


def many_events(n: int) -> pd.DataFrame:
    types = ("talks", "visit", "agreement", "statement", "interview")
    rows = []
    for i in range(n):
        start = date(2024, 1, 1) + timedelta(days=(i * 7919) % 700)
        coarse = i % 4 == 0
        rows.append(event(f"e{i:05d}", start, start + timedelta(days=6) if coarse else start,
                          precision="week" if coarse else "day", title=f"Event number {i}",
                          event_type=types[i % len(types)], actors=(f"Actor {i % 9}",),
                          status="planned" if i % 10 == 0 else "happened",
                          sources=tuple(f"doc{j}" for j in range(i % 3 + 1))))
    return make_events(rows)


@pytest.fixture
def written(tmp_path: Path) -> Path:
    events = five_events()
    out = tmp_path / "out"
    out.mkdir()
    write_reports(events, make_mentions(events), make_documents(), out, Options())
    return out


# --- write_reports ----------------------------------------------------------

def test_write_reports_writes_every_output_and_returns_them_sorted(tmp_path: Path) -> None:
    events = five_events()
    paths = write_reports(events, make_mentions(events), make_documents(), tmp_path, Options())
    assert paths == sorted(paths)
    assert [p.name for p in paths] == ALL_FILES
    assert all(p.parent == tmp_path and p.stat().st_size > 0 for p in paths)


@pytest.mark.parametrize("formats,expected", [
    (("csv",), ["events.csv", "mentions.csv"]),
    (("digest", "ics"), ["digest.md", "events.ics"]),
    (("page",), ["index.html"]),
    ((), []),
])
def test_formats_option_chooses_the_outputs(tmp_path: Path, formats: tuple[str, ...],
                                            expected: list[str]) -> None:
    options = Options(reports=ReportOptions(formats=formats))
    events = five_events()
    paths = write_reports(events, make_mentions(events), make_documents(), tmp_path, options)
    assert [p.name for p in paths] == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


def test_page_lists_only_the_downloads_written(tmp_path: Path) -> None:
    options = Options(reports=ReportOptions(formats=("page", "csv")))
    events = five_events()
    write_reports(events, make_mentions(events), make_documents(), tmp_path, options)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="events.csv"' in page and 'href="mentions.csv"' in page
    assert 'href="digest.md"' not in page and 'href="timeline.svg"' not in page


@pytest.mark.parametrize("n", [5, 600])
def test_outputs_are_byte_identical_across_runs(tmp_path: Path, n: int) -> None:
    events = five_events() if n == 5 else many_events(n)
    mentions, docs = make_mentions(events), make_documents()
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    write_reports(events, mentions, docs, first, Options())
    # Row order of the input frames must not matter either.
    write_reports(events.iloc[::-1], mentions.iloc[::-1], docs[::-1], second, Options())
    for name in ALL_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("name", TEXT_FILES)
def test_text_outputs_are_utf8_with_lf_line_ends(written: Path, name: str) -> None:
    data = (written / name).read_bytes()
    text = data.decode("utf-8")
    if name == "events.ics":  # RFC 5545 requires CRLF
        assert "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text
    assert text.endswith("\n")


def test_no_random_ids_or_timestamps(written: Path) -> None:
    for name in ("index.html", "timeline.html", "timeline.svg", "timeline.vl.json"):
        text = (written / name).read_text(encoding="utf-8")
        # The inlined Vega bundle is vl-convert's, the same bytes on every run.
        text = re.sub(r"<script[^>]*>.{100000,}?</script>", "", text, flags=re.S)
        assert not re.search(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:", text), name
    spec = json.loads((written / "timeline.vl.json").read_text(encoding="utf-8"))
    assert "param_" not in json.dumps(spec) and "view_" not in json.dumps(spec)


def test_empty_timeline_writes_every_output(tmp_path: Path) -> None:
    events = make_events([])
    paths = write_reports(events, make_mentions(events), [], tmp_path, Options())
    assert [p.name for p in paths] == ALL_FILES
    assert "No dated events" in (tmp_path / "digest.md").read_text(encoding="utf-8")
    assert "No dated events" in (tmp_path / "index.html").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert rows == [list(EVENT_COLUMNS)]
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG")


# --- the chart --------------------------------------------------------------

def _layers(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    detail = spec["vconcat"][0] if "vconcat" in spec else spec
    return {layer["name"].removesuffix("_0"): layer for layer in detail["layer"]}


def test_chart_draws_points_for_days_and_bars_for_intervals() -> None:
    spec = chart.chart_spec(five_events(), make_documents(), Options())
    rows = spec["data"]["values"]
    assert sorted(r["kind"] for r in rows) == ["day", "day", "day", "interval", "interval"]
    layers = _layers(spec)
    assert layers["points"]["mark"]["type"] == "point"
    assert layers["bars"]["mark"]["type"] == "bar"
    assert layers["bars"]["encoding"]["x2"]["field"] == "end"
    week = next(r for r in rows if r["event_id"] == "e4")
    # The bar covers the whole inclusive interval: its end is the day after.
    assert (week["start"], week["end"]) == ("2025-02-17", "2025-02-24")


def test_chart_time_axis_is_utc_and_lanes_follow_event_types() -> None:
    options = Options(event_types={"interview": ("interview",), "talks": ("talks",)})
    spec = chart.chart_spec(five_events(), make_documents(), options)
    points = _layers(spec)["points"]["encoding"]
    assert points["x"]["scale"]["type"] == "utc"
    assert points["y"]["field"] == "lane"
    assert points["y"]["sort"] == ["interview", "talks", "agreement", "statement"]


def test_planned_events_look_different() -> None:
    spec = chart.chart_spec(five_events(), make_documents(), Options())
    layers = _layers(spec)
    points, bars = layers["points"]["encoding"], layers["bars"]["encoding"]
    assert points["shape"]["field"] == "status"
    assert points["shape"]["scale"]["range"] == ["circle", "diamond"]
    assert "planned" in points["fillOpacity"]["condition"]["test"]
    assert "planned" in bars["strokeDash"]["condition"]["test"]


def test_tooltips_legend_filter_zoom_and_labels() -> None:
    spec = chart.chart_spec(five_events(), make_documents(), Options())
    points = _layers(spec)["points"]
    fields = [t["field"] for t in points["encoding"]["tooltip"]]
    assert {"title", "as_written", "resolved", "n_sources", "sources"} <= set(fields)
    params = {p["name"]: p for p in spec["params"]}
    # On the first layer, or Vega-Lite does not make the legend clickable.
    assert params["pick_type"]["views"] == params["zoom"]["views"] == [spec["layer"][0]["name"]]
    assert params["pick_type"]["bind"] == "legend"
    assert params["pick_type"]["select"]["fields"] == ["event_type"]
    assert params["zoom"]["bind"] == "scales"
    assert params["zoom"]["select"]["encodings"] == ["x"]
    rows = {r["event_id"]: r for r in spec["data"]["values"]}
    assert rows["e1"]["sources"] == "AP; Reuters; BBC"
    assert rows["e1"]["as_written"] == "Monday"
    assert rows["e1"]["label"] == "Putin interview on state TV"  # three sources
    assert rows["e5"]["label"] == ""  # one source: no label


def test_chart_lanes_by_actor_and_configured_colours() -> None:
    options = Options(reports=ReportOptions(lanes="actor", max_lanes=1,
                                            colors={"talks": "#123456"}))
    spec = chart.chart_spec(five_events(), make_documents(), options)
    rows = spec["data"]["values"]
    assert {r["lane"] for r in rows} == {"Donald Trump", chart.OTHER_ACTORS}
    color = _layers(spec)["points"]["encoding"]["color"]["scale"]
    assert color["range"][color["domain"].index("talks")] == "#123456"


def test_dense_chart_adds_an_overview_that_brushes_the_detail() -> None:
    options = Options(reports=ReportOptions(dense=100))
    spec = chart.chart_spec(many_events(300), make_documents(), options)
    detail, overview = spec["vconcat"]
    names = [p["name"] for p in spec.get("params", [])] + \
        [p["name"] for p in overview.get("params", [])]
    assert "brush" in names and "pick_type" in names
    x = _layers(spec)["points"]["encoding"]["x"]
    assert x["scale"]["domain"] == {"param": "brush"}
    assert overview["encoding"]["y"]["aggregate"] == "count"
    # The legend selection lives in one layer only (else Vega defines its signals twice).
    pick = next(p for p in spec["params"] if p["name"] == "pick_type")
    assert len(pick["views"]) == 1


def test_a_far_off_event_does_not_squash_the_rest() -> None:
    rows = [event(f"e{i:02d}", date(2025, 2, 17) + timedelta(days=i % 10)) for i in range(20)]
    rows.append(event("old", date(2017, 1, 1), date(2017, 12, 31), precision="year"))
    spec = chart.chart_spec(make_events(rows), make_documents(), Options())
    detail, overview = spec["vconcat"]
    brush = next(p for p in spec["params"] if p["name"] == "brush")
    begin, end = brush["value"]["x"]
    assert (begin["year"], begin["month"]) == (2025, 2) and end["year"] == 2025
    assert "20 of 21 events" in detail["title"]["text"]
    assert overview["mark"]["type"] == "tick"  # few events: one tick each, the 2017 one too


def test_labels_do_not_share_a_row_with_overlapping_events() -> None:
    rows = [event(f"e{i}", date(2025, 2, 24), title=f"Much reported event {i}",
                  sources=("doc0", "doc1")) for i in range(4)]
    records = chart.chart_records(make_events(rows), make_documents(), Options())
    assert sorted(r["slot"] for r in records) == [0, 1, 2, 3]


def test_five_thousand_events_render(tmp_path: Path) -> None:
    # How long it takes is for a benchmark to print; here: it renders at all.
    events = many_events(5000)
    spec = chart.chart_spec(events, make_documents(), Options())
    svg = chart.to_svg(spec)
    assert len(spec["data"]["values"]) == 5000
    assert svg.startswith("<svg")


def test_chart_html_is_self_contained_and_does_not_break_out_of_its_script() -> None:
    events = make_events([event("e1", date(2025, 2, 24), title=HOSTILE, sources=("doc0",)),
                          event("e2", date(2025, 2, 25), title=HOSTILE, sources=("doc0", "doc1"))])
    html = chart.to_html(chart.chart_spec(events, make_documents(), Options()))
    assert "cdn.jsdelivr" not in html.split("<body>")[1]
    assert "<script src=" not in html
    assert html.count("</script>") == html.count("<script")
    assert "alert(1)</script>" not in html
    assert "<img src=x" not in html


# --- the digest -------------------------------------------------------------

def test_digest_is_chronological_and_grouped_by_precision(written: Path) -> None:
    text = (written / "digest.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["January 2025", "Week of 17 February 2025 (2025-W08)",
                        "Monday 24 February 2025", "Friday 28 February 2025",
                        "Monday 3 March 2025", "Sources"]


def test_digest_header_marks_and_citations(written: Path) -> None:
    text = (written / "digest.md").read_text(encoding="utf-8")
    assert text.startswith("# Timeline\n")
    assert "**Period:** 2025-01-01 to 2025-03-03 (UTC)" in text
    assert "4 articles, 8 mentions, 5 events, 4 sources cited" in text
    assert "- ★ **Putin interview on state TV** — 3 sources [^2][^3][^4]" in text
    assert "**Zelenskyy to sign minerals deal** — *planned* — 1 source" in text
    assert "*date uncertain (month)*" in text
    assert "“Trump met Zelenskyy at the White House on Friday.”" in text
    assert "Date as written: “next Monday”; resolved: 2025-03-03." in text
    assert "[^4]: [Article 1](<https://news.example/1>), Reuters, 2025-02-21, article doc1." \
        in text


def render_md(text: str) -> str:
    """CommonMark to HTML with raw HTML allowed, as a permissive viewer would render it."""
    markdown_it = pytest.importorskip("markdown_it")
    return str(markdown_it.MarkdownIt("commonmark", {"html": True}).render(text))


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![x](http://track.example/p.gif)",
    "`rm -rf`",
    "**bold** and _it_",
    "<b onmouseover=x>hi</b>",
    "&lt;script&gt;",
    "<https://autolink.example>",
    "# Heading",
    "> quote",
    "- item",
    "+ item",
    "1. item",
    "=== setext",
    "    indented code",
    "x\n\n# Heading",
])
def test_md_text_shows_markup_as_text(text: str) -> None:
    """Whatever the article says renders as one plain paragraph, showing its characters."""
    html = render_md(digest.md_text(text) + "\n\nQuote: " + digest.md_text(text))
    tags = set(re.findall(r"<(\w+)", html))
    assert tags == {"p"}, html
    shown = re.sub(r"<[^>]+>", "", html)
    shown = shown.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"') \
        .replace("&amp;", "&")
    assert " ".join(text.split()) in shown, html


def test_md_text_joins_lines_so_nothing_leaves_its_block() -> None:
    assert "\n" not in digest.md_text("first\n\n# second\n> third")


@pytest.mark.parametrize("url,ok", [
    ("https://news.example/a?b=1&c=2", True),
    ("http://news.example/a b", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//news.example", False),
    ("https://x.example/a)[b](javascript:alert(1)", True),
])
def test_only_http_links_are_written(url: str, ok: bool) -> None:
    link = digest.md_link(url, "label")
    assert link.startswith("[label](<http") == ok
    assert "javascript:alert(1))" not in link.replace("javascript:alert%281%29", "")
    assert " " not in link.split("](")[-1]


def _hostile_inputs() -> tuple[pd.DataFrame, list[Document]]:
    events = make_events([
        event("e1", date(2025, 2, 24), title=HOSTILE, summary="# Heading\n> quote\n- item " +
              HOSTILE, time_text="<b>Monday</b>", sources=("doc0", "doc1")),
        event("e2", date(2025, 2, 25), title="@SUM(A1:A9)", summary="-2+3", sources=("doc0",),
              actors=("=cmd|' /C calc'!A0",)),
    ])
    docs = [Document(doc_id="doc0", date=date(2025, 2, 24), text="x",
                     title="<script>alert('t')</script>", source="[Evil](javascript:alert(5))",
                     url="javascript:alert(6)"),
            Document(doc_id="doc1", date=date(2025, 2, 25), text="x", title="`Fine` title",
                     source="Wire", url='https://ok.example/"><script>alert(7)</script>')]
    return events, docs


def test_hostile_article_text_cannot_run_or_restyle_the_digest(tmp_path: Path) -> None:
    events, docs = _hostile_inputs()
    write_reports(events, make_mentions(events), docs, tmp_path, Options())
    rendered = render_md((tmp_path / "digest.md").read_text(encoding="utf-8"))
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert 'href="javascript' not in rendered.lower()
    assert "<code>" not in rendered and "<strong>bold" not in rendered
    hrefs = re.findall(r'href="([^"]*)"', rendered)
    assert hrefs and all(h.startswith("https://ok.example/") for h in hrefs)
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", rendered)
    assert [h for _, h in headings if "Heading" in h] == []
    assert "<blockquote>" not in rendered


def test_hostile_article_text_is_escaped_in_the_page(tmp_path: Path) -> None:
    events, docs = _hostile_inputs()
    write_reports(events, make_mentions(events), docs, tmp_path, Options())
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    body = page.split('<script type="application/json"')[0]
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert 'href="javascript' not in page.lower()
    assert page.count("<script") == 3  # spec (JSON), the Vega bundle, the embed call
    assert "Content-Security-Policy" in page and "connect-src 'none'" in page
    spec_block = page.split('id="chart-spec">')[1].split("</script>")[0]
    assert "<" not in spec_block
    assert json.loads(spec_block)["data"]["values"][0]["title"].startswith("=HYPERLINK")


def test_timelinejs_text_is_escaped_html() -> None:
    events, docs = _hostile_inputs()
    data = json.loads(exports.timelinejs_json(events, docs, Options()))
    headline = data["events"][0]["text"]["headline"]
    assert "<script>" not in headline and "&lt;script&gt;" in headline


# --- exports ----------------------------------------------------------------

def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_events_csv_columns_dates_and_lists(written: Path) -> None:
    text = (written / "events.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(EVENT_COLUMNS)
    rows = _csv_rows(written / "events.csv")
    assert [r["event_id"] for r in rows] == ["e5", "e4", "e1", "e2", "e3"]
    first = next(r for r in rows if r["event_id"] == "e1")
    assert first["date"] == first["date_end"] == "2025-02-24"
    assert first["sources"] == "doc0; doc1; doc2"
    assert first["n_sources"] == "3"
    assert first["locations"] == "Washington, United States"


def test_mentions_csv_columns(written: Path) -> None:
    text = (written / "mentions.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(MENTION_COLUMNS)
    rows = _csv_rows(written / "mentions.csv")
    assert len(rows) == 8
    assert rows[0]["time_start"] == "-1"  # numbers are not defused


@pytest.mark.parametrize("column,value,expected", [
    ("title", "=1+1", "'=1+1"),
    ("title", "+31 dead", "'+31 dead"),
    ("title", "-2 points", "'-2 points"),
    ("title", "@SUM(A1)", "'@SUM(A1)"),
    ("summary", "\t=1", "'\t=1"),
    ("actors", ("=cmd", "Ann"), "'=cmd; Ann"),
    ("title", "Plain", "Plain"),
    ("char_start", -1, "-1"),
    ("time_start", -1, "-1"),
    ("n_sources", 3, "3"),
    ("date", date(2025, 2, 24), "2025-02-24"),
])
def test_csv_cells_never_become_formulas(column: str, value: Any, expected: str) -> None:
    assert exports.csv_cell(column, value) == expected


def test_hostile_cells_in_csv_files(tmp_path: Path) -> None:
    events, docs = _hostile_inputs()
    write_reports(events, make_mentions(events), docs, tmp_path, Options())
    for name in ("events.csv", "mentions.csv"):
        for row in _csv_rows(tmp_path / name):
            for column, cell in row.items():
                if column not in exports.NOT_TEXT:
                    assert not cell.startswith(exports.FORMULA_STARTS), (name, column, cell)


def test_events_json(written: Path) -> None:
    data = json.loads((written / "events.json").read_text(encoding="utf-8"))
    assert [e["event_id"] for e in data["events"]] == ["e5", "e4", "e1", "e2", "e3"]
    first = data["events"][2]
    assert list(first) == list(EVENT_COLUMNS)
    assert first["sources"] == ["doc0", "doc1", "doc2"] and first["n_sources"] == 3
    assert first["date"] == "2025-02-24"
    assert {d["doc_id"] for d in data["documents"]} == {"doc0", "doc1", "doc2", "doc3"}


def test_timelinejs(written: Path) -> None:
    data = json.loads((written / "timelinejs.json").read_text(encoding="utf-8"))
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["e1"]["start_date"] == {"year": 2025, "month": 2, "day": 24}
    assert "end_date" not in by_id["e1"]
    assert by_id["e5"]["start_date"] == {"year": 2025, "month": 1}
    assert by_id["e5"]["end_date"] == {"year": 2025, "month": 1}
    assert by_id["e4"]["end_date"] == {"year": 2025, "month": 2, "day": 23}
    assert by_id["e1"]["text"]["headline"] == "Putin interview on state TV"
    assert "AP; Reuters; BBC" in by_id["e1"]["text"]["text"]
    assert by_id["e1"]["group"] == "interview"


def test_ics_has_day_precise_events_only(written: Path) -> None:
    text = (written / "events.ics").read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert text.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20250224" in lines and "DTEND;VALUE=DATE:20250225" in lines
    assert "UID:e3@timeline" in lines
    e3 = text.split("UID:e3@timeline")[1].split("END:VEVENT")[0]
    assert "STATUS:TENTATIVE" in e3
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)


def test_ics_escapes_and_folds_long_text() -> None:
    events = make_events([event("e1", date(2025, 2, 24), title="A, B; C\\D " + "é" * 80)])
    text = exports.events_ics(events, make_documents())
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:A\\, B\\; C\\\\D " + "é" * 80 in unfolded
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


# --- options ----------------------------------------------------------------

def test_report_options_from_config() -> None:
    options = options_from_mapping({"reports": {
        "formats": ["csv", "page"], "lanes": "actor", "colors": {"talks": "#f00"},
        "label_top": 3, "max_lanes": 5, "dense": 100, "title": "Minerals deal"}})
    assert options.reports == ReportOptions(formats=("csv", "page"), lanes="actor",
                                            colors={"talks": "#f00"}, label_top=3,
                                            max_lanes=5, dense=100, title="Minerals deal")


@pytest.mark.parametrize("section,key", [
    ({"formats": ["pdf"]}, "reports.formats"),
    ({"formats": "csv"}, "reports.formats"),
    ({"lanes": "place"}, "reports.lanes"),
    ({"colors": ["red"]}, "reports.colors"),
    ({"label_top": -1}, "reports.label_top"),
    ({"dense": "many"}, "reports.dense"),
    ({"max_lanes": 0}, "reports.max_lanes"),
    ({"title": 3}, "reports.title"),
    ({"colour": {}}, "reports.colour"),
])
def test_bad_report_options_name_the_key(section: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(key)):
        options_from_mapping({"reports": section})


def test_title_option_heads_page_and_digest(tmp_path: Path) -> None:
    options = Options(reports=replace(ReportOptions(), title="Minerals <deal>"))
    events = five_events()
    write_reports(events, make_mentions(events), make_documents(), tmp_path, options)
    assert (tmp_path / "digest.md").read_text(encoding="utf-8").startswith(
        "# Minerals &lt;deal&gt;\n")
    assert "<h1>Minerals &lt;deal&gt;</h1>" in (tmp_path / "index.html").read_text(
        encoding="utf-8")


def test_label_top_zero_means_no_labels_and_no_stars(tmp_path: Path) -> None:
    options = Options(reports=ReportOptions(label_top=0))
    events = five_events()
    write_reports(events, make_mentions(events), make_documents(), tmp_path, options)
    spec = json.loads((tmp_path / "timeline.vl.json").read_text(encoding="utf-8"))
    assert all(r["label"] == "" for r in spec["data"]["values"])
    assert "labels" not in _layers(spec)
    assert "- ★" not in (tmp_path / "digest.md").read_text(encoding="utf-8")


def test_config_yaml_reports_section_documents_the_defaults() -> None:
    from timeline.config import load_options

    root = Path(__file__).resolve().parent.parent
    assert load_options(root / "config.yaml").reports == ReportOptions()


def test_every_csv_column_is_documented_in_the_readme() -> None:
    # Users read the column meanings there; a new column must not go unexplained.
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("### CSV columns")
    section = readme[start:readme.index("\n### ", start + 1)]
    for column in (*EVENT_COLUMNS, *MENTION_COLUMNS):
        assert f"`{column}`" in section, f"{column} is not described in README.md"
