"""The page in a real browser: headless Debian Chromium driven by Playwright.

Opens ``index.html`` from disk with no network, waits for the chart, counts
its marks, checks the console stays clean and that hostile article text runs
nothing, and saves screenshots under ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any, Iterator

import pytest

from test_reports import HOSTILE, event, five_events, make_documents, make_events, \
    make_mentions, many_events
from timeline.config import Options, ReportOptions
from timeline.models import Document
from timeline.reports import write_reports

CHROMIUM = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"Debian's chromium is not installed ({CHROMIUM}); `bash tests/setup.sh` installs it",
)

# Counts rendered marks by their Vega role: points are symbols, bars are rects.
COUNT_MARKS = """() => {
  const count = (cls) => Array.from(document.querySelectorAll('#chart-view svg g.' + cls))
      .reduce((n, g) => n + g.querySelectorAll(':scope > path').length, 0);
  const named = (prefix) => Array.from(document.querySelectorAll('#chart-view svg g.role-mark'))
      .filter(g => Array.from(g.classList).some(c => c.startsWith(prefix)))
      .reduce((n, g) => n + g.querySelectorAll(':scope > path, :scope > text').length, 0);
  return {symbols: count('mark-symbol'), points: named('points'), bars: named('bars'),
          labels: named('labels'), overview: named('overview')};
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageRun:
    """A page opened from disk, with everything the browser said about it."""

    def __init__(self, browser: Any, path: Path, viewport: dict[str, int]) -> None:
        self.context = browser.new_context(viewport=viewport, java_script_enabled=True)
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.chart !== 'loading'", timeout=60_000)

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, events: Any, documents: list[Document],
           options: Options | None = None) -> Path:
    out = tmp_path / "site"
    out.mkdir()
    write_reports(events, make_mentions(events), documents, out, options or Options())
    return out / "index.html"


def _screenshot(run: PageRun, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    run.page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def test_page_renders_the_chart_offline_with_the_right_marks(browser: Any,
                                                              tmp_path: Path) -> None:
    run = PageRun(browser, _write(tmp_path, five_events(), make_documents()),
                  {"width": 1280, "height": 900})
    try:
        assert run.page.evaluate("document.body.dataset.chart") == "ready"
        marks = run.page.evaluate(COUNT_MARKS)
        # five_events: three day-precise events (points) and a week and a month (bars).
        assert marks["points"] == 3 and marks["bars"] == 2, marks
        assert marks["labels"] == 2, marks  # the two events with two or more sources
        assert run.page.evaluate("document.body.dataset.marks") == "5"
        assert run.errors == []
        assert [m for m in run.console if m[0] in ("error", "warning")] == []
        assert all(url.startswith("file:") for url in run.requests), run.requests
        # The digest and downloads are there too.
        assert run.page.locator("#digest ol.events > li").count() == 5
        assert run.page.locator("#downloads a").count() == 10
        _screenshot(run, "page-desktop.png")
    finally:
        run.close()


def test_legend_click_filters_and_tooltip_names_sources(browser: Any, tmp_path: Path) -> None:
    run = PageRun(browser, _write(tmp_path, five_events(), make_documents()),
                  {"width": 1280, "height": 900})
    try:
        state = run.page.evaluate("""() => {
          const view = window.timelineView;
          const before = view.data('pick_type_store').length;
          return {before, signals: Object.keys(view.getState().signals).join(',')};
        }""")
        assert state["before"] == 0
        # Vega listens on its own SVG, not on the symbol: click where the symbol is drawn.
        box = run.page.locator("#chart-view g.role-legend-symbol path").first.bounding_box()
        run.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        run.page.wait_for_timeout(200)
        assert run.page.evaluate("window.timelineView.data('pick_type_store').length") == 1
        aria = run.page.evaluate("""() => Array.from(
            document.querySelectorAll('#chart-view g.role-mark path[aria-label]'))
            .map(p => p.getAttribute('aria-label')).join('\\n')""")
        assert "AP; Reuters; BBC" in aria and "Monday" in aria
        assert run.errors == []
    finally:
        run.close()


def test_page_is_readable_on_a_phone(browser: Any, tmp_path: Path) -> None:
    run = PageRun(browser, _write(tmp_path, five_events(), make_documents()),
                  {"width": 390, "height": 844})
    try:
        assert run.page.evaluate("document.body.dataset.chart") == "ready"
        # Nothing but the chart's own scroller may be wider than the screen.
        overflow = run.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
        chart_width = run.page.evaluate(
            "document.querySelector('#chart-view svg').getBoundingClientRect().width")
        assert chart_width <= 390
        assert run.errors == []
        _screenshot(run, "page-phone.png")
    finally:
        run.close()


def test_hostile_article_text_runs_nothing(browser: Any, tmp_path: Path) -> None:
    events = make_events([
        event("e1", date(2025, 2, 24), title=HOSTILE, summary=HOSTILE, time_text=HOSTILE,
              sources=("doc0", "doc1")),
        event("e2", date(2025, 2, 26), title="<script>window.pwned = 1</script>",
              sources=("doc0",)),
    ])
    docs = [Document(doc_id="doc0", date=date(2025, 2, 24), text="x",
                     title="<img src=x onerror=\"window.pwned=2\">", source="<b>Wire</b>",
                     url="javascript:window.pwned=3"),
            Document(doc_id="doc1", date=date(2025, 2, 25), text="x", title="ok",
                     url="https://ok.example/\"><script>window.pwned=4</script>")]
    run = PageRun(browser, _write(tmp_path, events, docs), {"width": 1280, "height": 900})
    try:
        assert run.page.evaluate("document.body.dataset.chart") == "ready"
        assert run.page.evaluate("typeof window.pwned") == "undefined"
        assert run.dialogs == []
        assert run.page.locator("#digest img, #digest script, #digest b").count() == 0
        hrefs = run.page.evaluate(
            "Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript")]
        assert "<script>window.pwned = 1</script>" in run.page.inner_text("#digest")
        # Tooltips show the hostile title as text too.
        point = run.page.locator("#chart-view g.role-mark[class*='points'] > path").first
        box = point.bounding_box()
        run.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tooltip = run.page.locator("#vg-tooltip-element")
        tooltip.wait_for(state="visible", timeout=5_000)
        assert "alert(1)" in tooltip.inner_text()
        assert tooltip.locator("img, script, b").count() == 0
        assert run.page.evaluate("typeof window.pwned") == "undefined"
        assert run.errors == []
    finally:
        run.close()


def test_dense_page_with_5000_events(browser: Any, tmp_path: Path) -> None:
    options = Options(reports=ReportOptions(formats=("page",)))
    run = PageRun(browser, _write(tmp_path, many_events(5000), make_documents(), options),
                  {"width": 1280, "height": 1000})
    try:
        assert run.page.evaluate("document.body.dataset.chart") == "ready"
        marks = run.page.evaluate(COUNT_MARKS)
        assert marks["points"] + marks["bars"] == 5000, marks
        assert marks["overview"] > 0
        assert run.errors == []
        assert [m for m in run.console if m[0] == "error"] == []
        _screenshot(run, "page-5000.png", full_page=False)  # the digest is very long
    finally:
        run.close()


def test_empty_page(browser: Any, tmp_path: Path) -> None:
    run = PageRun(browser, _write(tmp_path, make_events([]), []), {"width": 800, "height": 600})
    try:
        assert run.page.evaluate("document.body.dataset.chart") == "ready"
        assert "No dated events" in run.page.inner_text("#chart-view")
        assert run.errors == []
    finally:
        run.close()


def test_chart_html_renders_alone(browser: Any, tmp_path: Path) -> None:
    events = five_events()
    out = tmp_path / "site"
    out.mkdir()
    write_reports(events, make_mentions(events), make_documents(), out,
                  Options(reports=ReportOptions(formats=("chart",))))
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((out / "timeline.html").as_uri())
    page.wait_for_selector("#vega-chart svg g.role-mark", timeout=60_000)
    assert page.locator("#vega-chart g.role-mark.mark-symbol > path").count() == 3
    assert errors == []
    context.close()
