"""Ingest: every input format, the date cascade, id rules, language, bad input."""

from __future__ import annotations

import codecs
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from timeline import ingest
from timeline.config import IngestOptions, LimitOptions, Options
from timeline.ingest import ArticleError, check_id, parse_date, read_corpus

ENGLISH = ("Officials said on Monday that the talks in Riyadh would continue next week, "
           "and the ministers met again on Tuesday to discuss the ceasefire.")
FRENCH = ("Le président de la République a déclaré lundi que les négociations avec la Russie "
          "reprendraient la semaine prochaine à Genève, selon plusieurs sources diplomatiques.")


def read(root: Path | str, **ingest_options: object) -> ingest.Corpus:
    options = Options(ingest=replace(IngestOptions(), **ingest_options))  # type: ignore[arg-type]
    return read_corpus([str(root)], options)


def reasons(corpus: ingest.Corpus) -> list[str]:
    return [str(skip) for skip in corpus.skipped]


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# --- seeds and text articles ----------------------------------------------------

def test_seeds_are_read_with_their_header_dates(seeds_dir: Path) -> None:
    corpus = read_corpus([str(seeds_dir)])
    assert corpus.skipped == []
    assert [d.date for d in corpus.documents] == [date(2025, 2, 25), date(2025, 2, 24)]
    for document in corpus.documents:
        assert document.text == Path(document.path).read_text(encoding="utf-8")
        assert document.text[:document.body_start].strip().startswith("date ")
        assert document.language == "en"


def test_front_matter_gives_date_title_url_source(make_corpus) -> None:
    text = ("---\ndate: 2025-02-24\ntitle: Talks\nurl: https://example.org/a\n"
            "source: Wire\n---\n" + ENGLISH)
    corpus = read(make_corpus({"talks.md": text}))
    [document] = corpus.documents
    assert (document.doc_id, document.date, document.title, document.url, document.source) == (
        "talks", date(2025, 2, 24), "Talks", "https://example.org/a", "Wire")
    assert document.text == text and document.text[document.body_start:] == ENGLISH


def test_text_as_read_keeps_crlf_and_strips_only_a_bom(make_corpus) -> None:
    text = " date 2025-02-24\r\n" + ENGLISH.replace(", and", ",\r\nand")
    corpus = read(make_corpus({"a.txt": codecs.BOM_UTF8 + text.encode("utf-8")}))
    assert corpus.documents[0].text == text


# --- the date cascade ------------------------------------------------------------

@pytest.mark.parametrize("name, content, default, expected", [
    ("2025-03-01-a.txt", " date 2025-02-24 " + ENGLISH, None, date(2025, 2, 24)),  # own date
    ("2025-03-01-a.txt", ENGLISH, date(2020, 1, 1), date(2025, 3, 1)),  # file name
    ("2025-03-01.txt", ENGLISH, None, date(2025, 3, 1)),
    ("a.txt", ENGLISH, date(2020, 1, 1), date(2020, 1, 1)),  # config default
    # The header as written by hand, with a colon and a blank line.
    ("a.txt", "date: 2025-02-24\n\n" + ENGLISH, None, date(2025, 2, 24)),
    ("a.txt", "Date:2025-02-24\n" + ENGLISH, None, date(2025, 2, 24)),
])
def test_date_cascade(make_corpus, name: str, content: str, default: date | None,
                      expected: date) -> None:
    corpus = read(make_corpus({name: content}), default_date=default)
    assert [d.date for d in corpus.documents] == [expected]


def test_file_name_date_can_be_turned_off(make_corpus) -> None:
    corpus = read(make_corpus({"2025-03-01-a.txt": ENGLISH}), date_from_filename=False)
    assert corpus.documents == [] and "no publication date" in reasons(corpus)[0]


def test_no_date_anywhere_is_an_error_not_a_guess(make_corpus) -> None:
    corpus = read(make_corpus({"a.txt": ENGLISH}))
    assert corpus.documents == []
    assert reasons(corpus) == [f"{corpus.skipped[0].path}: no publication date: none in the "
                               "article, its file name (YYYY-MM-DD-...) or ingest.default_date"]


def test_an_unparseable_own_date_is_not_replaced_by_the_default(make_corpus) -> None:
    root = make_corpus({"a.jsonl": jsonl({"id": "a", "date": "24/02/2025", "text": ENGLISH})})
    corpus = read(root, default_date=date(2020, 1, 1))
    assert corpus.documents == [] and "a.jsonl:1: date '24/02/2025' is not understood" in \
        reasons(corpus)[0]


@pytest.mark.parametrize("value, expected", [
    ("2025-02-24", date(2025, 2, 24)),
    ("2025-02-24T23:30:00-05:00", date(2025, 2, 24)),  # the date as written, zone ignored
    ("2025-02-24 10:00", date(2025, 2, 24)),
    ("Mon, 24 Feb 2025 10:00:00 GMT", date(2025, 2, 24)),
    (date(2025, 2, 24), date(2025, 2, 24)),
])
def test_parse_date_accepts(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["24/02/2025", "2025-02-30", "yesterday", "", 20250224,
                                   None, "0001-01-01", "9999-12-31", "2025-02-24x"])
def test_parse_date_rejects(value: object) -> None:
    with pytest.raises(ArticleError):
        parse_date(value)


# --- ids ---------------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", ["../evil", "a/b", "a\\b", "..", ".", "", " ", "C:evil",
                                    "line\nbreak", "nul\x00", "bidi\u202etxt", "x" * 201])
def test_unsafe_ids_are_rejected(doc_id: str) -> None:
    with pytest.raises(ArticleError):
        check_id(doc_id)


@pytest.mark.parametrize("doc_id", ["000_bb6c1f37", "a..b", "urn-1", "ünïcode", "x" * 200,
                                    "with space"])
def test_safe_ids_are_kept_as_given(doc_id: str) -> None:
    assert check_id(doc_id) == doc_id


def test_an_unsafe_id_skips_only_that_article(make_corpus) -> None:
    root = make_corpus({"a.jsonl": jsonl({"id": "../../etc/passwd", "date": "2025-02-24",
                                          "text": ENGLISH},
                                         {"id": "ok", "date": "2025-02-24", "text": ENGLISH})})
    corpus = read(root)
    assert [d.doc_id for d in corpus.documents] == ["ok"]
    assert "a.jsonl:1: article id '../../etc/passwd' contains a path separator" in \
        reasons(corpus)[0]


def test_given_duplicate_ids_keep_the_first(make_corpus) -> None:
    root = make_corpus({"a.jsonl": jsonl({"id": "x", "date": "2025-02-24", "text": ENGLISH}),
                        "b.md": "---\nid: x\ndate: 2025-02-25\n---\n" + ENGLISH})
    corpus = read(root)
    assert [d.date for d in corpus.documents] == [date(2025, 2, 24)]
    assert "b.md: duplicate article id 'x' (first read from" in reasons(corpus)[0]


def test_file_name_ids_that_collide_are_numbered(make_corpus) -> None:
    root = make_corpus({"a/index.html": PAGE.format(meta=META),
                        "b/index.html": PAGE.format(meta=META).replace("Riyadh", "Doha"),
                        "c/index.txt": " date 2025-02-24 " + ENGLISH,
                        "x/feed.jsonl": jsonl({"date": "2025-02-24", "text": ENGLISH}),
                        "y/feed.jsonl": jsonl({"date": "2025-02-24", "text": ENGLISH})})
    corpus = read(root)
    assert reasons(corpus) == []
    assert [d.doc_id for d in corpus.documents] == ["index", "index-2", "index-3", "feed-1",
                                                    "feed-1-2"]


# --- JSON Lines, JSON, CSV -----------------------------------------------------------

def test_json_lines_text_is_the_field_exactly(make_corpus) -> None:
    text = "  Leading spaces. " + ENGLISH + "\n\ttrailing\n"
    root = make_corpus({"a.jsonl": jsonl({"id": "x", "date": "2025-02-24", "text": text,
                                          "title": "T", "url": "u", "source": "S"})})
    [document] = read(root).documents
    assert (document.text, document.body_start, document.title, document.url,
            document.source) == (text, 0, "T", "u", "S")
    assert document.path.endswith("a.jsonl:1")


@pytest.mark.parametrize("line, reason", [
    ("{bad json", "malformed JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"id": "a", "date": "2025-02-24"}', "no text field"),
    ('{"id": "a", "date": "2025-02-24", "text": "  "}', "field 'text' is empty"),
    ('{"id": "a", "date": "2025-02-24", "text": 3}', "field 'text' is not a string"),
    ('{"id": "a", "text": "' + ENGLISH + '"}', "no publication date"),
    ("[" * 100000, "malformed JSON"),
])
def test_bad_json_lines_are_skipped_with_line_numbers(make_corpus, line: str, reason: str
                                                      ) -> None:
    good = json.dumps({"id": "good", "date": "2025-02-24", "text": ENGLISH})
    corpus = read(make_corpus({"a.jsonl": f"{good}\n\n{line}\n{good.replace('good', 'g2')}\n"}))
    assert [d.doc_id for d in corpus.documents] == ["good", "g2"]
    [skip] = corpus.skipped
    assert skip.path.endswith("a.jsonl:3") and reason in skip.reason


def test_records_without_id_are_named_after_file_and_position(make_corpus) -> None:
    root = make_corpus({"feed.jsonl": jsonl({"date": "2025-02-24", "text": ENGLISH},
                                            {"date": "2025-02-25", "text": ENGLISH + " More."})})
    assert [d.doc_id for d in read(root).documents] == ["feed-1", "feed-2"]


def test_json_array_and_news_api_object(make_corpus) -> None:
    news_api = {"status": "ok", "articles": [
        {"title": "T", "publishedAt": "2025-02-24T08:00:00Z", "content": ENGLISH,
         "url": "https://x/1", "source": {"id": None, "name": "Reuters"}}]}
    root = make_corpus({
        "array.json": json.dumps([{"id": "a1", "date": "2025-02-24", "text": ENGLISH}]),
        "api.json": json.dumps(news_api),
        "lines.json": jsonl({"id": "l1", "date": "2025-02-24", "text": ENGLISH + " Again."}),
    })
    corpus = read(root)
    assert reasons(corpus) == []
    by_id = {d.doc_id: d for d in corpus.documents}
    assert set(by_id) == {"a1", "api-1", "l1"}
    assert (by_id["api-1"].source, by_id["api-1"].date) == ("Reuters", date(2025, 2, 24))


@pytest.mark.parametrize("content, reason", [
    ('{"a": ', "malformed JSON"),
    ("[]", "the JSON array is empty"),
    ('"just a string"', "expected a JSON array"),
])
def test_bad_json_files(make_corpus, content: str, reason: str) -> None:
    corpus = read(make_corpus({"a.json": content}))
    assert corpus.documents == [] and reason in reasons(corpus)[0]


def test_csv_with_configured_columns_and_sniffed_delimiter(make_corpus) -> None:
    content = ('Headline;Story;When\n"Talks";"' + ENGLISH.replace(",", ', ""quoted"",', 1)
               + '";2025-02-24\n\n"Second";"' + ENGLISH + ' Again.";2025-02-25\n')
    root = make_corpus({"clips.csv": content})
    corpus = read(root, columns={**IngestOptions().columns, "text": ("story",),
                                 "date": ("when",), "title": ("headline",)})
    assert reasons(corpus) == []
    assert [(d.doc_id, d.title, d.date) for d in corpus.documents] == [
        ("clips-1", "Talks", date(2025, 2, 24)), ("clips-2", "Second", date(2025, 2, 25))]
    assert '"quoted"' in corpus.documents[0].text
    assert corpus.documents[1].path.endswith("clips.csv:4")


def test_csv_without_a_text_column_names_the_columns_it_found(make_corpus) -> None:
    corpus = read(make_corpus({"a.csv": "title,when\nx,2025-02-24\n"}))
    assert "no text column (expected one of: text, body, content; found: title, when; " \
           "set ingest.columns.text)" in reasons(corpus)[0]


def test_csv_bad_rows_are_skipped_and_the_rest_read(make_corpus) -> None:
    content = (f"id,date,text\na,2025-02-24,{ENGLISH.replace(',', '')}\nb,2025-02-24\n"
               f"c,bad-date,x\nd,2025-02-25,{ENGLISH.replace(',', '')}\n")
    corpus = read(make_corpus({"a.csv": content}))
    assert [d.doc_id for d in corpus.documents] == ["a", "d"]
    assert [s.path.rsplit(":", 1)[1] for s in corpus.skipped] == ["3", "4"]


def test_tsv(make_corpus) -> None:
    corpus = read(make_corpus({"a.tsv": f"id\tdate\ttext\nt1\t2025-02-24\t{ENGLISH}\n"}))
    assert [d.doc_id for d in corpus.documents] == ["t1"]


# --- HTML and feeds ----------------------------------------------------------------

PAGE = ("<html><head><title>Page</title>{meta}</head><body><nav>Home | World</nav>"
        "<article><h1>Talks resume</h1><p>" + ENGLISH + "<script>alert(1)</script></p>"
        "<p>The delegations will meet again in Geneva, officials added.</p></article>"
        "<footer>Copyright</footer></body></html>")
META = '<meta property="article:published_time" content="2025-03-01T09:00:00+00:00">'


def test_html_main_text_and_metadata_date(make_corpus) -> None:
    corpus = read(make_corpus({"page.html": PAGE.format(meta=META)}))
    [document] = corpus.documents
    assert document.date == date(2025, 3, 1)
    assert "talks in Riyadh" in document.text and "alert" not in document.text
    assert "Copyright" not in document.text and document.body_start == 0


def test_html_file_name_date_beats_page_metadata(make_corpus) -> None:
    corpus = read(make_corpus({"2025-02-20-page.htm": PAGE.format(meta=META)}))
    assert corpus.documents[0].date == date(2025, 2, 20)


def test_html_without_any_date_is_skipped(make_corpus) -> None:
    corpus = read(make_corpus({"page.html": PAGE.format(meta="")}))
    assert corpus.documents == [] and "no publication date" in reasons(corpus)[0]


def test_html_without_main_text_is_skipped(make_corpus) -> None:
    corpus = read(make_corpus({"page.html": "<html><body><script>x()</script></body></html>"}),
                  default_date=date(2025, 1, 1))
    assert "no main text found" in reasons(corpus)[0]


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<language>en-us</language>
<item><title>A</title><link>https://x/a</link><guid>https://x/a</guid>
<pubDate>Mon, 24 Feb 2025 23:00:00 -0500</pubDate>
<description>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>B</title><link>https://x/b</link><pubDate>Tue, 25 Feb 2025 10:00:00 GMT</pubDate>
<description>{text} Again.</description></item>
"""


def test_rss_one_article_per_entry_with_its_date(make_corpus) -> None:
    corpus = read(make_corpus({"wire.rss": RSS.format(text=ENGLISH) + "</channel></rss>"}))
    assert reasons(corpus) == []
    first, second = corpus.documents
    assert (first.date, first.title, first.source, first.url) == (
        date(2025, 2, 24), "A", "Wire", "https://x/a")
    assert first.text == ENGLISH + "\nSecond paragraph."
    assert first.doc_id.startswith("wire-") and first.doc_id != second.doc_id


def test_atom_feed(make_corpus) -> None:
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<title>Blog</title><entry><title>E</title><id>urn:uuid:1</id>'
            '<published>2025-02-24T10:00:00Z</published><content type="html">&lt;p&gt;'
            + ENGLISH + '&lt;/p&gt;</content></entry></feed>')
    corpus = read(make_corpus({"blog.atom": atom}))
    assert [(d.date, d.source) for d in corpus.documents] == [(date(2025, 2, 24), "Blog")]


def test_truncated_feed_keeps_complete_entries_and_reports_the_break(make_corpus) -> None:
    corpus = read(make_corpus({"wire.xml": RSS.format(text=ENGLISH) + "<item><title>C</ti"}))
    assert len(corpus.documents) == 2
    assert any("truncated or malformed feed" in r for r in reasons(corpus))


def test_xml_that_is_not_a_feed(make_corpus) -> None:
    corpus = read(make_corpus({"a.xml": "<?xml version='1.0'?><note><to>x</to></note>"}))
    assert "not an RSS or Atom feed" in reasons(corpus)[0]


# --- encodings and broken files -----------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "latin-1"])
def test_encodings_are_detected(make_corpus, encoding: str) -> None:
    text = " date 2025-02-24 " + ENGLISH + " The café’s naïve owner spoke." \
        if encoding in ("cp1252", "utf-16", "utf-8-sig") else \
        " date 2025-02-24 " + ENGLISH + " The café owner, naïve, spoke."
    corpus = read(make_corpus({"a.txt": text.encode(encoding)}))
    assert reasons(corpus) == []
    assert "café" in corpus.documents[0].text and "naïve" in corpus.documents[0].text


@pytest.mark.parametrize("content, reason", [
    (b"", "file is empty"),
    (b"  \n\t\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    (bytes(range(256)) * 8, "binary file"),
])
def test_empty_and_binary_files(make_corpus, content: bytes, reason: str) -> None:
    corpus = read(make_corpus({"a.txt": content}), default_date=date(2025, 1, 1))
    assert corpus.documents == [] and reason in reasons(corpus)[0]


def test_undecodable_line_in_json_lines_skips_that_line(make_corpus) -> None:
    good = jsonl({"id": "a", "date": "2025-02-24", "text": ENGLISH}).encode()
    bad = b'{"id": "b", "date": "2025-02-24", "text": "caf\xe9 \xff\xfe"}\n'
    corpus = read(make_corpus({"a.jsonl": good + bad + good.replace(b'"a"', b'"c"')}))
    assert [d.doc_id for d in corpus.documents] == ["a", "c"]
    assert corpus.skipped[0].path.endswith(":2") and "undecodable" in corpus.skipped[0].reason


# --- language ------------------------------------------------------------------------

def test_unsupported_language_is_skipped_with_reason(make_corpus) -> None:
    corpus = read(make_corpus({"fr.txt": " date 2025-02-24 " + FRENCH,
                               "en.txt": " date 2025-02-24 " + ENGLISH}))
    assert [d.doc_id for d in corpus.documents] == ["en"]
    assert "article looks like language 'fr'; the tagger supports: en" in reasons(corpus)[0]


def test_declared_language_wins_over_detection(make_corpus) -> None:
    root = make_corpus({"a.jsonl": jsonl(
        {"id": "a", "date": "2025-02-24", "text": FRENCH, "language": "en-GB"},
        {"id": "b", "date": "2025-02-24", "text": ENGLISH, "lang": "de"})})
    corpus = read(root)
    assert [(d.doc_id, d.language) for d in corpus.documents] == [("a", "en")]
    assert "language 'de' (declared)" in reasons(corpus)[0]


def test_short_or_unclear_text_is_kept(make_corpus) -> None:
    corpus = read(make_corpus({"a.txt": " date 2025-02-24 Talks on Monday."}))
    assert [d.language for d in corpus.documents] == ["en"]


def test_language_detection_can_be_turned_off(make_corpus) -> None:
    corpus = read(make_corpus({"fr.txt": " date 2025-02-24 " + FRENCH}), detect_language=False)
    assert len(corpus.documents) == 1


# --- inputs: folders, globs, stdin, order ------------------------------------------

def test_folders_are_recursive_sorted_and_skip_hidden_and_other_types(make_corpus) -> None:
    root = make_corpus({"b.txt": " date 2025-02-24 " + ENGLISH, "a/z.md": " date 2025-02-24 "
                        + ENGLISH + " Z.", ".git/x.txt": "junk", "page_files/s.js": "x()",
                        "img.png": b"\x89PNG\x00"})
    corpus = read(root)
    assert [Path(d.path).name for d in corpus.documents] == ["z.md", "b.txt"]
    assert (corpus.skipped, corpus.ignored, corpus.files) == ([], 2, 2)


def test_saved_page_asset_folders_are_left_out(make_corpus) -> None:
    root = make_corpus({"2025-02-24-talks.html": PAGE.format(meta=""),
                        "2025-02-24-talks_files/ad.html": "<html><body>Buy!</body></html>",
                        "2025-02-24-talks_files/frame.htm": "<p>frame</p>",
                        "other_files/kept.txt": " date 2025-02-24 " + ENGLISH})
    corpus = read(root)
    assert [Path(d.path).name for d in corpus.documents] == ["2025-02-24-talks.html", "kept.txt"]
    assert corpus.skipped == []


def test_globs_and_missing_inputs(make_corpus) -> None:
    root = make_corpus({"x1.txt": " date 2025-02-24 " + ENGLISH, "x2.txt": " date 2025-02-25 "
                        + ENGLISH + " Two.", "y.txt": " date 2025-02-26 " + ENGLISH + " Y."})
    corpus = read_corpus([str(root / "x*.txt"), str(root / "nothing*.txt")])
    assert [d.doc_id for d in corpus.documents] == ["x1", "x2"]
    assert reasons(corpus) == [f"{root / 'nothing*.txt'}: no such file, folder or matching glob"]


def test_stdin_is_json_lines() -> None:
    stream = io.BytesIO(jsonl({"id": "s1", "date": "2025-02-24", "text": ENGLISH}).encode())
    corpus = read_corpus(["-"], Options(), stdin=stream)
    assert [(d.doc_id, d.path) for d in corpus.documents] == [("s1", "<stdin>:1")]


def test_reading_is_deterministic(make_corpus) -> None:
    files = {f"{i:02d}-{j}.txt": f" date 2025-02-{10 + i} {ENGLISH} {j}" for i in range(5)
             for j in "ba"}
    files.update({"bad.json": "{", "empty.md": ""})
    root = make_corpus(files)
    first, second = read(root), read(root)
    assert first.documents == second.documents and first.skipped == second.skipped
    assert [d.doc_id for d in first.documents] == sorted(d.doc_id for d in first.documents)


# --- limits ----------------------------------------------------------------------------

def test_file_over_the_limit_is_refused_with_the_key_and_flag(make_corpus) -> None:
    root = make_corpus({"big.txt": " date 2025-02-24 " + ENGLISH * 20000})  # ~3 MB
    options = Options(limits=LimitOptions(max_file_mb=1))
    corpus = read_corpus([str(root)], options)
    assert corpus.documents == []
    assert "over limits.max_file_mb = 1 MB (raise it in config.yaml or with --max-file-mb)" \
        in reasons(corpus)[0]


def test_line_over_the_limit_is_skipped_and_the_rest_read(make_corpus) -> None:
    long_line = jsonl({"id": "long", "date": "2025-02-24", "text": "word " * 300_000})
    good = jsonl({"id": "a", "date": "2025-02-24", "text": ENGLISH})
    root = make_corpus({"a.jsonl": good + long_line + good.replace('"a"', '"b"')})
    corpus = read_corpus([str(root)], Options(limits=LimitOptions(max_line_mb=1)))
    assert [d.doc_id for d in corpus.documents] == ["a", "b"]
    assert "a.jsonl:2: line longer than limits.max_line_mb = 1 MB" in reasons(corpus)[0]


def test_line_limit_applies_to_csv(make_corpus) -> None:
    content = (f"id,date,text\na,2025-02-24,{ENGLISH.replace(',', '')}\n"
               f"b,2025-02-24,{'word ' * 300_000}\nc,2025-02-24,{ENGLISH.replace(',', '')}\n")
    corpus = read_corpus([str(make_corpus({"a.csv": content}))],
                         Options(limits=LimitOptions(max_line_mb=1)))
    assert [d.doc_id for d in corpus.documents] == ["a", "c"]
    assert "line longer than limits.max_line_mb" in reasons(corpus)[0]


def test_excel_unicode_text_export(make_corpus) -> None:
    content = f"id\tdate\ttext\r\nu1\t2025-02-24\t{ENGLISH} Café.\r\n"
    corpus = read(make_corpus({"clips.tsv": content.encode("utf-16")}))
    assert [(d.doc_id, d.text) for d in corpus.documents] == [("u1", ENGLISH + " Café.")]


def test_cp1252_csv(make_corpus) -> None:
    content = f"id;date;text\nw1;2025-02-24;{ENGLISH} The café’s owner.\n"
    corpus = read(make_corpus({"clips.csv": content.encode("cp1252")}))
    assert [d.text for d in corpus.documents] == [ENGLISH + " The café’s owner."]


def test_excel_utf8_csv_with_bom_and_capitalised_headers(make_corpus) -> None:
    content = f"ID,Date,Text\r\nb1,2025-02-24,{ENGLISH.replace(',', '')}\r\n"
    corpus = read(make_corpus({"clips.csv": codecs.BOM_UTF8 + content.encode("utf-8")}))
    assert [(d.doc_id, d.date) for d in corpus.documents] == [("b1", date(2025, 2, 24))]
