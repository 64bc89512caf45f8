"""The page (``index.html``): chart, digest and downloads on one static page.

Works from a plain file or any static host with no network: Vega, Vega-Lite
and vega-embed are inlined (vl-convert's bundle), the chart spec travels in a
``<script type="application/json">`` block. Article text is HTML-escaped
everywhere; on top of that a Content-Security-Policy allows only the page's
own two scripts (by hash) and no network at all, so even a missed escape could
not run injected script or load anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import lru_cache
from typing import Any, Sequence

import vl_convert as vlc

from timeline.reports.digest import STAR, Digest, DigestEvent

EMBED_SCRIPT = """
(function () {
  var target = document.getElementById("chart-view");
  var spec = JSON.parse(document.getElementById("chart-spec").textContent);
  if (spec.vconcat) {
    // Detail and overview cannot use width "container": size them to the page.
    var width = Math.max(240, target.clientWidth - (window.innerWidth < 700 ? 90 : 260));
    spec.vconcat.forEach(function (view) { view.width = width; });
  }
  if (window.matchMedia("(max-width: 700px)").matches) {
    // On a phone: legend below the chart, and no labels crowding the plot.
    spec.config = Object.assign({}, spec.config, {legend: {orient: "bottom", columns: 2}});
    var detail = spec.vconcat ? spec.vconcat[0] : spec;
    if (detail.layer) {
      detail.layer = detail.layer.filter(function (l) { return !/^labels/.test(l.name || ""); });
    }
  }
  vegaEmbed(target, spec, {
    renderer: "svg",
    actions: {export: true, source: false, compiled: false, editor: false}
  }).then(function (result) {
    window.timelineView = result.view;
    document.body.setAttribute("data-chart", "ready");
  }).catch(function (error) {
    target.textContent = "The chart could not be drawn: " + error;
    document.body.setAttribute("data-chart", "failed");
    console.error(error);
  });
})();
""".strip()

STYLE = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3;
  --accent: #4c78a8; --bg: #fff; --soft: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--bg); }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 20px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line);
  padding-bottom: 4px; }
h3 { font-size: 1.02rem; margin: 22px 0 6px; color: var(--muted); }
nav a { margin-right: 14px; }
a { color: var(--accent); }
.meta { color: var(--muted); margin: 0; }
.chart { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line);
  border-radius: 6px; padding: 8px; background: var(--bg); }
.chart img { max-width: 100%; height: auto; }
#chart-view, #chart-view.vega-embed { width: 100%; display: block; }
ol.events { list-style: none; padding: 0; margin: 0; }
ol.events > li { padding: 10px 12px; margin: 8px 0; border-left: 4px solid var(--line);
  background: var(--soft); border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
ol.events > li.top { border-left-color: #f58518; }
ol.events > li.planned { border-left-style: dashed; }
.title { font-weight: 600; }
.tag { display: inline-block; font-size: .78rem; padding: 0 6px; border-radius: 9px;
  background: #e8eef6; color: #23446b; margin-left: 4px; white-space: nowrap; }
.tag.planned { background: #fff0d9; color: #7a4a00; }
.tag.uncertain { background: #eee; color: #444; }
blockquote { margin: 6px 0; padding-left: 10px; border-left: 2px solid #ccc; color: #333; }
.when, .cites { font-size: .88rem; color: var(--muted); }
.cites a { text-decoration: none; }
ol.sources { font-size: .9rem; overflow-wrap: anywhere; }
ul.downloads { padding-left: 18px; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 28px; }
@media (max-width: 600px) { body { font-size: 15px; } h1 { font-size: 1.3rem; }
  header, main, footer { padding: 0 10px; } }
""".strip()

DOWNLOAD_NOTES = {
    "digest.md": "the digest as markdown",
    "events.csv": "one row per event (UTF-8 CSV)",
    "mentions.csv": "one row per sentence that reports an event (UTF-8 CSV)",
    "events.json": "events and their articles (JSON)",
    "timelinejs.json": "for TimelineJS3",
    "events.ics": "day-precise events for a calendar",
    "timeline.vl.json": "the chart's Vega-Lite spec",
    "timeline.html": "the chart alone",
    "timeline.svg": "the chart as a picture (SVG)",
    "timeline.png": "the chart as a picture (PNG)",
}


@lru_cache(maxsize=1)
def _bundle() -> str:
    # A script body must not contain "</script"; the bundle has none, but make sure.
    # The default snippet (window.vegaEmbed, .vega, .vegaLite): vl-convert bundles
    # it once per process and shares it with vegalite_to_html, so it costs ~3 s once.
    bundle = vlc.javascript_bundle()  # type: ignore[call-arg]  # the stub wants a snippet
    return str(bundle).replace("</script", "<\\/script")


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def json_for_script(data: Any) -> str:
    """JSON that can sit inside ``<script type="application/json">`` whatever it holds."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def responsive(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with the detail view filling the page's width (phones included)."""
    spec = dict(spec)
    if "layer" in spec or "mark" in spec:
        spec["width"] = "container"
        spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    return spec


def render_page(digest: Digest, spec: dict[str, Any], downloads: Sequence[str],
                n_marks: int) -> str:
    """``index.html``: the whole page as one string."""
    esc = html.escape
    bundle = _bundle()
    csp = ("default-src 'none'; "
           f"script-src {_hash(bundle)} {_hash(EMBED_SCRIPT)} 'unsafe-eval'; "
           "style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{esc(digest.title)}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        f'<body data-chart="loading" data-marks="{n_marks}">',
        "<header>",
        f"<h1>{esc(digest.title)}</h1>",
        f'<p class="meta">{_header_html(digest)}</p>',
        '<nav><a href="#chart">Chart</a><a href="#digest">Digest</a>'
        '<a href="#downloads">Downloads</a></nav>',
        "</header>",
        "<main>",
        '<section id="chart">',
        "<h2>Chart</h2>",
        '<p class="meta">Hover a mark for its dates and sources; click the legend to show one '
        "event type (shift-click for more, double-click to clear); "
        + ("drag on the overview under the chart to choose the period shown, and drag the "
           "shaded part to move it. " if "vconcat" in spec else
           "scroll over the chart to zoom in time and drag to pan. ")
        + "Points are events known to the day, bars span a week, month or vaguer period; "
        "hollow points and dashed bars are planned.</p>",
        '<div class="chart"><div id="chart-view"></div>',
        "<noscript>"
        + ('<img src="timeline.svg" alt="The timeline chart">' if "timeline.svg" in downloads
           else "The chart needs JavaScript.")
        + "</noscript></div>",
        "</section>",
        '<section id="digest">',
        "<h2>Digest</h2>",
        _digest_html(digest),
        "</section>",
        '<section id="downloads">',
        "<h2>Downloads</h2>",
        _downloads_html(downloads),
        "</section>",
        "</main>",
        "<footer><p>Made with timeline. Dates are calendar days in UTC; every fact "
        "cites the articles that report it.</p></footer>",
        f'<script type="application/json" id="chart-spec">{json_for_script(spec)}</script>',
        f"<script>{bundle}</script>",
        f"<script>{EMBED_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header_html(digest: Digest) -> str:
    esc = html.escape
    bits = [f"Corpus: {esc(digest.corpus) or 'none'}"]
    if digest.period:
        bits.append(f"{digest.period[0].isoformat()} to {digest.period[1].isoformat()} (UTC)")
    bits.append(f"{digest.n_documents} articles, {digest.n_mentions} mentions, "
                f"{digest.n_events} events, {len(digest.sources)} sources cited")
    return " · ".join(bits)


def _digest_html(digest: Digest) -> str:
    esc = html.escape
    if not digest.groups:
        return "<p>No dated events were found in these articles.</p>"
    legend = ('<p class="meta">' + (html.escape(digest.star_note) + "; " if digest.star_note
                                     else "") + "numbers cite the sources listed below.</p>")
    out = [legend]
    for group in digest.groups:
        out.append(f"<h3>{esc(group.heading)}</h3>")
        out.append('<ol class="events">')
        out += [_event_html(event) for event in group.events]
        out.append("</ol>")
    out.append("<h3>Sources</h3>")
    out.append('<ol class="sources">')
    for citation in digest.sources:
        source = citation.source
        title = esc(source.title or "Untitled article")
        link = (f'<a href="{esc(source.url)}" rel="nofollow noopener noreferrer">{title}</a>'
                if source.url else title)
        extra = ", ".join(esc(x) for x in (source.outlet, source.date) if x)
        out.append(f'<li id="source-{citation.number}" value="{citation.number}">{link}'
                   + (f", {extra}" if extra else "")
                   + f' <span class="meta">(article {esc(source.doc_id)}'
                   + (f", file {esc(source.path)}" if source.path and not source.url else "")
                   + ")</span></li>")
    out.append("</ol>")
    return "\n".join(out)


def _event_html(event: DigestEvent) -> str:
    esc = html.escape
    classes = " ".join(c for c, on in (("top", event.corroborated), ("planned", event.planned))
                       if on)
    tags = []
    if event.corroborated:
        tags.append(f'<span class="tag" title="most corroborated">{STAR} most reported</span>')
    if event.planned:
        tags.append('<span class="tag planned">planned</span>')
    if event.uncertain:
        tags.append(f'<span class="tag uncertain">date uncertain ({esc(event.precision)})</span>')
    cites = " ".join(f'<a href="#source-{n}">[{n}]</a>' for n in event.citations)
    written = f"“{esc(event.as_written)}”" if event.as_written else "the article's date"
    parts = [f'<li id="event-{esc(event.event_id)}"' + (f' class="{classes}"' if classes else "")
             + ">",
             f'<span class="title">{esc(event.title)}</span>{"".join(tags)}']
    if event.quote:
        parts.append(f"<blockquote>{esc(event.quote)}</blockquote>")
    parts.append(f'<div class="when">Date as written: {written}; resolved: '
                 f"{esc(event.resolved)}"
                 + (f"; sources disagree: {esc(event.conflict)}" if event.conflict else "")
                 + "</div>")
    parts.append(f'<div class="cites">{event.n_sources} source'
                 f'{"s" if event.n_sources != 1 else ""}: {cites}</div>')
    parts.append("</li>")
    return "".join(parts)


def _downloads_html(downloads: Sequence[str]) -> str:
    esc = html.escape
    items = [f'<li><a href="{esc(name)}" download>{esc(name)}</a> '
             f'<span class="meta">{esc(DOWNLOAD_NOTES.get(name, ""))}</span></li>'
             for name in downloads]
    return '<ul class="downloads">' + "".join(items) + "</ul>" if items else \
        "<p>No downloads were written.</p>"

