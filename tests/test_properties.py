"""Property-based: random bytes and text through ingest and the tagger never raise,
and every offset stays inside the text it indexes."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline import temporal
from timeline.config import IngestOptions, Options
from timeline.ingest import read_corpus
from timeline.models import Document
from timeline.readers import SUPPORTED_SUFFIXES

SETTINGS = settings(max_examples=int(os.environ.get("TIMELINE_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
# Dates may be undetected in random text; the default keeps most articles in play,
# and language detection off keeps random letters from being called a foreign language.
OPTIONS = Options(ingest=IngestOptions(default_date=date(2025, 2, 24), detect_language=False))

TIME_WORDS = ["Monday", "next", "last", "week", "month", "year", "2025", "1999", "Feb", "24",
              "24th", "February", ",", ".", "ago", "3", "days", "mid-", "'s", "1980s", "the",
              "early", "late", "this", "on", "in", "since", "until", "Q3", "2025-02-24",
              "12/31", "yesterday", "tomorrow", "tonight", "said", "will", "-", "\n", "’",
              "decade", "century", "quarter", "spring", "weekend", "00:00", "p.m.", "5pm"]
time_texts = st.lists(st.sampled_from(TIME_WORDS), max_size=40).map(" ".join)
any_texts = st.one_of(st.text(max_size=400), time_texts)
references = st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31))


def check_document(document: Document) -> None:
    assert 0 <= document.body_start <= len(document.text)
    assert document.text[document.body_start:].strip()
    assert document.doc_id and "/" not in document.doc_id and "\\" not in document.doc_id
    check_times(document.text[document.body_start:], document.date)


def check_times(body: str, reference: date) -> None:
    for found in temporal.find_times(body, reference):
        assert 0 <= found.start < found.end <= len(body)
        assert found.text == body[found.start:found.end]
        if found.is_dated:
            assert found.earliest <= found.latest  # type: ignore[operator]


def read_one(name: str, content: bytes) -> list[Document]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        corpus = read_corpus([folder], OPTIONS)
    for document in corpus.documents:
        check_document(document)
    for skip in corpus.skipped:
        assert skip.reason and "\n" not in skip.reason
    return corpus.documents


@SETTINGS
@given(content=st.binary(max_size=2000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes_in_any_format_never_raise(content: bytes, suffix: str) -> None:
    read_one("random" + suffix, content)


@SETTINGS
@given(text=any_texts, suffix=st.sampled_from((".txt", ".md", ".html")),
       encoding=st.sampled_from(("utf-8", "utf-16", "cp1252", "latin-1")))
def test_random_text_files_never_raise(text: str, suffix: str, encoding: str) -> None:
    read_one("random" + suffix, text.encode(encoding, errors="replace"))


@SETTINGS
@given(body=any_texts)
def test_a_seed_style_article_keeps_its_text_exactly(body: str) -> None:
    # More than one NUL in a short file makes it binary, by design (readers).
    assume(body.count("\x00") < 2)
    text = " date 2025-02-24 " + body
    documents = read_one("a.txt", text.encode("utf-8"))
    if body.strip():
        [document] = documents
        assert document.text == text
        assert document.text[document.body_start:].strip() == body.strip()


@SETTINGS
@given(texts=st.lists(any_texts, min_size=1, max_size=5), junk=st.text(max_size=50))
def test_json_lines_text_field_is_the_document_text(texts: list[str], junk: str) -> None:
    # More than one NUL in a short file makes it binary, by design (readers);
    # json.dumps escapes those of the texts.
    assume(junk.count("\x00") < 2)
    lines = [json.dumps({"id": f"r{i}", "date": "2025-02-24", "text": t})
             for i, t in enumerate(texts)]
    lines.insert(1, junk.replace("\n", " ").replace("\r", " "))
    documents = read_one("a.jsonl", "\n".join(lines).encode("utf-8"))
    expected = {f"r{i}": t for i, t in enumerate(texts) if t.strip()}
    assert {d.doc_id: d.text for d in documents if d.doc_id in expected} == expected


@SETTINGS
@given(text=any_texts, reference=references)
def test_the_tagger_never_raises_and_offsets_stay_in_range(text: str, reference: date) -> None:
    check_times(text, reference)
