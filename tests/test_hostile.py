"""Hostile input: scripts and formulas in articles, ids that try to leave the output
folder, and files or lines big enough to exhaust memory."""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import re
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline import language
from timeline.__main__ import main
from timeline.config import LimitOptions, Options
from timeline.ingest import read_corpus

MB = 1024 * 1024

HOSTILE_TEXT = (
    '=HYPERLINK("http://evil.example","click") The minister said on Monday that talks '
    "<script>alert('xss')</script> had ended in Geneva. "
    "On Tuesday, President Trump met [the envoy](javascript:alert('md')) in Riyadh "
    "<img src=x onerror=alert('img')>.\n\n# Injected heading\n\n"
    "+SUM(1,2) Officials announced on Wednesday that a deal was signed "
    "</details></div><style>body{display:none}</style>.\n"
    "@cmd said on Thursday that -2+3 talks would resume next week ``` "
    '<a href="javascript:alert(1)">x</a>'
)
HOSTILE = {"id": "hostile-1", "date": "2025-02-24", "text": HOSTILE_TEXT,
           "title": "<script>alert('title')</script>", "url": "javascript:alert('url')",
           "source": "<b onmouseover=alert(1)>Evil</b>"}


class _Tags(HTMLParser):
    """Every tag with its attributes, and the text of each script and style element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.elements: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = (tag, dict(attrs)) if tag in ("script", "style") else None
        if self._open:
            self.elements.append((tag, dict(attrs), ""))

    def handle_data(self, data: str) -> None:
        if self._open:
            tag, attrs, text = self.elements[-1]
            self.elements[-1] = (tag, attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        self._open = None


def _csp_script_hashes(page: str) -> set[str]:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy, "index.html has no Content-Security-Policy"
    script_src = re.search(r"script-src ([^;]*)", html.unescape(policy.group(1)))
    assert script_src and "'unsafe-inline'" not in script_src.group(1)
    return set(re.findall(r"'sha256-([^']+)'", script_src.group(1)))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    (root / "config.yaml").write_text(
        f"input: [{root / 'hostile.jsonl'}]\noutput: {root / 'out'}\n"
        "reports: {formats: [page, digest, csv]}\n", encoding="utf-8")
    assert main(["--config", str(root / "config.yaml"), "-q"]) == 0
    return root / "out"


def test_index_html_runs_and_restyles_nothing_from_the_article(hostile_run: Path) -> None:
    page = (hostile_run / "index.html").read_text(encoding="utf-8")
    assert "Geneva" in page  # the article did reach the page
    allowed = _csp_script_hashes(page)
    tags = _Tags()
    tags.feed(page)
    for tag, attrs in tags.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> from article text"
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, value)
        assert not (tag == "img" and attrs.get("src") == "x"), "article <img> became a tag"
    for tag, attrs, text in tags.elements:
        if tag == "style":
            assert "body{display:none}" not in text.replace(" ", ""), "article CSS in <style>"
        elif attrs.get("type") == "application/json":  # data: may hold the article, escaped
            assert "<" not in text, "unescaped '<' in a JSON data island"
        else:  # code: only the page's own scripts, each allowed by its hash
            assert "src" not in attrs
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
            assert digest in allowed, f"a script not allowed by the CSP: {text[:60]!r}"
            assert "alert(" not in text


def test_digest_md_keeps_the_article_inside_its_block(hostile_run: Path) -> None:
    digest = (hostile_run / "digest.md").read_text(encoding="utf-8")
    assert "Geneva" in digest
    for raw in ("<script", "<img", "<style", "<a ", "</details>", "</div>", "<b "):
        assert raw not in digest, f"raw HTML {raw!r} in digest.md"
    assert not re.search(r"(?<!\\)\]\(\s*javascript:", digest), "a javascript: link in digest"
    assert not re.search(r"^#+ Injected", digest, re.MULTILINE), "article text became a heading"
    assert digest.count("```") == 0 or "\\`\\`\\`" in digest, "an unescaped code fence"


@pytest.mark.parametrize("name", ["events.csv", "mentions.csv"])
def test_csv_exports_have_no_formulas(hostile_run: Path, name: str) -> None:
    rows = list(csv.reader(io.StringIO((hostile_run / name).read_text(encoding="utf-8"))))
    assert len(rows) > 1
    plain_number = re.compile(r"-?\d+(\.\d+)?")
    for row in rows:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not plain_number.fullmatch(cell):
                pytest.fail(f"{name}: cell {cell[:40]!r} would be a spreadsheet formula")


def test_ids_cannot_name_a_path_outside_the_output(tmp_path: Path, capsys) -> None:
    article = "Officials said on Monday that the talks in Geneva had ended without a deal."
    records = [{"id": bad, "date": "2025-02-24", "text": article}
               for bad in ("../../escape", "/etc/passwd", "..", "a\\..\\b", "C:x", "nul\x00")]
    records.append({"id": "fine", "date": "2025-02-24", "text": article})
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    config = _quick_config(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code = main(["--config", str(config), "--input",
                 str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out" / "reports")])
    assert code == 0
    assert "read 1 articles from 1 inputs, skipped 6" in capsys.readouterr().out
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                   if not p.is_relative_to(tmp_path / "out"))
    assert after == before


def _quick_config(folder: Path) -> Path:
    path = folder / "quick.yaml"
    path.write_text("reports: {formats: [csv]}\n", encoding="utf-8")
    return path


def _peak_mb(function) -> tuple[object, float]:
    tracemalloc.start()
    try:
        result = function()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, peak / MB


def test_a_100_mb_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b" date 2025-02-24 ")
        handle.truncate(100 * MB)  # sparse: costs no disk
    corpus, peak = _peak_mb(lambda: read_corpus([str(big)], Options()))
    assert corpus.documents == []  # type: ignore[attr-defined]
    assert "file is 100.0 MB, over limits.max_file_mb = 20 MB" in str(
        corpus.skipped[0])  # type: ignore[attr-defined]
    assert peak < 5, f"peak {peak:.1f} MB"


def test_a_100_mb_json_line_is_streamed_past(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    good = json.dumps({"id": "ok", "date": "2025-02-24",
                       "text": "Officials said on Monday that the talks had ended."})
    with path.open("wb") as handle:
        handle.write(b'{"id": "huge", "date": "2025-02-24", "text": "')
        chunk = b"word " * (MB // 5)
        for _ in range(100):
            handle.write(chunk)
        handle.write(b'"}\n' + good.encode() + b"\n")
    language._identifier()  # loaded once per process (~110 MB); not what is measured here
    corpus, peak = _peak_mb(lambda: read_corpus([str(path)], Options()))
    assert [d.doc_id for d in corpus.documents] == ["ok"]  # type: ignore[attr-defined]
    assert "big.jsonl:1: line longer than limits.max_line_mb = 1 MB" in str(
        corpus.skipped[0])  # type: ignore[attr-defined]
    assert peak < 16, f"peak {peak:.1f} MB"


def test_the_line_limit_is_configurable(tmp_path: Path) -> None:
    text = "Officials said on Monday that the talks had ended. " * 30_000  # ~1.5 MB
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "date": "2025-02-24", "text": text}) + "\n")
    assert read_corpus([str(path)], Options()).documents == []
    raised = Options(limits=LimitOptions(max_line_mb=2))
    assert [d.text for d in read_corpus([str(path)], raised).documents] == [text]


BOMB = "---\ndate: 2025-02-24\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, "
    f"*a{i - 1}, *a{i - 1}, *a{i - 1}]\n" for i in range(1, 9)) + "title: *a8\nsource: *a8\n---\n"


@pytest.mark.parametrize("name, content, reason", [
    ("deep.json", "[" * 200_000 + "]" * 200_000, "malformed JSON (nested too deeply)"),
    ("deep.jsonl", "[" * 200_000 + "\n", "malformed JSON (nested too deeply)"),
    ("deep.md", "---\ndate: 2025-02-24\ntitle: " + "[" * 5000 + "\n---\nText.", "front matter"),
], ids=["json", "jsonl", "front-matter"])
def test_deep_nesting_is_a_skip_not_a_crash(tmp_path: Path, name: str, content: str,
                                            reason: str) -> None:
    (tmp_path / name).write_text(content)
    corpus = read_corpus([str(tmp_path)], Options())
    assert corpus.documents == [] and reason in str(corpus.skipped[0])


def test_a_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path: Path) -> None:
    article = "Officials said on Monday that the talks in Geneva had ended without a deal."
    (tmp_path / "bomb.md").write_text(BOMB + article)
    language._identifier()  # loaded once per process (~110 MB); not what is measured here
    (corpus, peak) = _peak_mb(lambda: read_corpus([str(tmp_path)], Options()))
    [document] = corpus.documents  # type: ignore[attr-defined]
    assert (document.title, document.source) == ("", "")
    assert peak < 50, f"peak {peak:.1f} MB"
