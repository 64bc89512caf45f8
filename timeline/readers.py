"""One reader per input format; each yields ``RawArticle`` records or ``Skipped``.

A reader only finds the text and the fields an article carries; turning them
into a ``Document`` (the date cascade, the id rules, the language check) is
``timeline.ingest``'s job. What "the text as read" is, per format:

- text and markdown: the whole decoded file, header or front matter included
  (``body_start`` points past it), line ends untouched, only a byte-order
  mark dropped;
- HTML: the page's main text as trafilatura extracts it (boilerplate, menus
  and scripts removed) -- offsets index that extracted text;
- RSS/Atom: the entry's content (or summary) with its markup removed;
- CSV, JSON, JSON Lines: the text column or field, exactly as stored.

Whole-file formats (text, HTML, feeds, JSON arrays) are refused above
``limits.max_file_mb``; line formats (JSON Lines, CSV, standard input) are
streamed, and a line above ``limits.max_line_mb`` is skipped unread.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Iterator

import yaml

from timeline.config import DEFAULT_COLUMNS, IngestOptions, LimitOptions
from timeline.models import Skipped

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + JSON_SUFFIXES
                      + JSONL_SUFFIXES + CSV_SUFFIXES)

MB = 1024 * 1024
SAMPLE_BYTES = 64 * 1024
"""How much of a streamed file is looked at to tell its encoding."""

# The seeds' header: the text opens with " date YYYY-MM-DD" (or "Date:
# YYYY-MM-DD", as people write it by hand) and the body follows.
_DATE_HEADER = re.compile(r"\A\s*date(?:\s*:\s*|\s+)(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Keys under which a JSON document holds its list of articles (news API dumps).
_LIST_KEYS = ("articles", "items", "data", "results", "documents", "entries", "records")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class ArticleError(ValueError):
    """One article cannot be used; the message says why (without the path)."""


class FileError(ValueError):
    """A whole file cannot be used; the message says why (without the path)."""


@dataclass(frozen=True)
class RawArticle:
    """An article's text and the fields it carries, before ingest checks them.

    ``date`` is the article's own date as found (a string or a date; ``None``
    when it has none); ``page_date`` is the date from an HTML page's metadata,
    which only counts when neither the article nor its file name gives one.
    ``id_given`` is false when ``doc_id`` was made up from the file name (and
    position): such an id may be renamed when another file makes the same one.
    """

    where: str
    text: str
    doc_id: str | None = None
    date: Any = None
    page_date: str | None = None
    title: str = ""
    url: str = ""
    source: str = ""
    language: str = ""
    body_start: int = 0
    id_given: bool = False


Item = RawArticle | Skipped


# --- bytes to text ---------------------------------------------------------

def _bom_encoding(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes make a file binary when they are more than a stray one or two
    (two, and 1% of the first 8 KB) or when the bytes are not UTF-8 either; a text file
    with one stray NUL stays text (a streamed line holding it is skipped alone)."""
    sample = raw[:8192]
    nuls = sample.count(0)
    if not nuls:
        return False
    if nuls > 1 and nuls > len(sample) / 100:
        return True
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return True
    return False


def _control_ratio(text: str) -> float:
    sample = text[:SAMPLE_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample)


def _western(raw: bytes) -> str | None:
    """``raw`` as Windows-1252 when that reads as Western European text: a few
    accented letters and typographic quotes among mostly ASCII letters.

    Short texts give charset-normalizer too little to tell cp1252 from its
    Baltic or Central European cousins; Cyrillic or Greek read as cp1252 is
    almost all accented letters, so the ratio keeps those for the detector.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if ord(ch) > 127)
    if not letters or accented / len(letters) > 0.15:
        return None
    if any(ord(ch) > 127 and not (ch.isalpha() or ch in _CP1252_PUNCTUATION) for ch in text):
        return None
    return text


_CP1252_PUNCTUATION = "‘’‚“”„–—…•€«»°±·×÷§¶©®™¿¡£¥¢ ´¨¸ªº¹²³¼½¾"


def decode_bytes(raw: bytes, where: str = "") -> str:
    """The text of a file's bytes: UTF-8 (with or without BOM), another BOM'd
    Unicode form, Windows-1252 when it reads as Western text, or the encoding
    charset-normalizer finds. ``FileError`` for binary content or bytes no
    encoding explains; never ``UnicodeDecodeError``.
    """
    bom = _bom_encoding(raw)
    if bom:
        try:
            return raw.decode(bom)
        except UnicodeDecodeError as exc:
            raise FileError(f"undecodable bytes: starts with a {bom} byte-order mark "
                            f"but byte {exc.start} is not {bom}") from exc
    if _looks_binary(raw):
        raise FileError("binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(raw)
    if western is not None:
        log.info("%s: decoded as cp1252 (not UTF-8)", where)
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise FileError("undecodable bytes: not UTF-8 and no other text encoding fits")
    text = str(best)
    if _control_ratio(text) > 0.02:
        raise FileError("binary file (control characters throughout), not text")
    log.info("%s: decoded as %s (not UTF-8)", where, best.encoding)
    return text


def _stream_encoding(sample: bytes, detect: bool, where: str = "") -> str:
    """The encoding of a streamed file, judged from its first bytes; UTF-8
    unless ``detect`` (JSON Lines is UTF-8 by definition: a line that is not
    is an undecodable line, not a reason to guess another encoding)."""
    if _bom_encoding(sample) is None and _looks_binary(sample):
        raise FileError("binary file (contains NUL bytes), not text")
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _bom_encoding(sample):
        return str(_bom_encoding(sample))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        if not detect:
            return "utf-8"
    if _western(sample) is not None:
        log.info("%s: decoding as cp1252 (not UTF-8)", where)
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise FileError("undecodable bytes: not UTF-8 and no other text encoding fits")
    log.info("%s: decoding as %s (not UTF-8)", where, best.encoding)
    return str(best.encoding)


def iter_lines(stream: IO[bytes], max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line, ``bytes`` being ``None`` for a line
    longer than ``max_line_bytes``: it is read past in chunks, never held whole."""
    number = 0
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_line_bytes and not (len(line) == max_line_bytes + 1
                                               and line.endswith(b"\n")):
            while line and not line.endswith(b"\n"):
                line = stream.readline(MB)
            yield number, None
        else:
            yield number, line


def _limit_message(size: float, key: str, flag: str, limit: float) -> str:
    return (f"{size / MB:.1f} MB, over limits.{key} = {limit:g} MB "
            f"(raise it in config.yaml or with {flag})")


# --- fields of a record ------------------------------------------------------

def _field(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first of ``names`` present in ``record`` (exact, then ignoring case)."""
    for name in names:
        if name in record:
            return name, record[name]
    lowered = {str(k).lower(): k for k in record}
    for name in names:
        if name.lower() in lowered:
            key = lowered[name.lower()]
            return str(key), record[key]
    return None, None


_SCALARS = (str, int, float, date)


def _as_str(value: Any) -> str:
    """A metadata field as text. Only scalars count (a YAML alias bomb or a
    nested structure must not be turned into a string of any size)."""
    if isinstance(value, dict):  # {"id": ..., "name": "Reuters"} in news API dumps
        value = next((value[k] for k in ("name", "title", "id")
                      if isinstance(value.get(k), _SCALARS) and value.get(k) != ""), "")
    elif isinstance(value, list):  # ["Ann", "Bob"]: scalar items only
        value = "; ".join(str(v).strip() for v in value[:20] if isinstance(v, _SCALARS))
    if not isinstance(value, _SCALARS) or isinstance(value, bool):
        return ""
    return str(value).strip()[:1000]


def record_article(record: Any, where: str, fallback_id: str,
                   columns: dict[str, tuple[str, ...]]) -> RawArticle:
    """One CSV row or JSON object as a ``RawArticle`` (``ArticleError`` if unusable)."""
    if not isinstance(record, dict):
        raise ArticleError(f"expected a JSON object, got {type(record).__name__}")
    text_names = columns.get("text", DEFAULT_COLUMNS["text"])
    key, text = _field(record, text_names)
    if key is None:
        raise ArticleError(f"no text field (expected one of: {', '.join(text_names)}; "
                           "set ingest.columns.text)")
    if not isinstance(text, str):
        raise ArticleError(f"field '{key}' is not a string")
    if not text.strip():
        raise ArticleError(f"field '{key}' is empty")
    values = {name: _field(record, columns.get(name, DEFAULT_COLUMNS[name]))[1]
              for name in ("id", "date", "title", "url", "source", "language")}
    doc_id = _as_str(values["id"])
    when = values["date"]
    if isinstance(when, str) and not when.strip():
        when = None
    return RawArticle(where=where, text=text, doc_id=doc_id or fallback_id, id_given=bool(doc_id),
                      date=when,
                      title=_as_str(values["title"]), url=_as_str(values["url"]),
                      source=_as_str(values["source"]), language=_as_str(values["language"]))


# --- whole-file formats ------------------------------------------------------

def parse_text(text: str, where: str, doc_id: str) -> RawArticle:
    """A text or markdown article: a `` date`` header, YAML front matter, or neither."""
    header = _DATE_HEADER.match(text)
    if header:
        return RawArticle(where=where, text=text, doc_id=doc_id, date=header.group(1),
                          body_start=header.end())
    front = _FRONT_MATTER.match(text)
    if not front:
        return RawArticle(where=where, text=text, doc_id=doc_id)
    try:
        meta = yaml.safe_load(front.group(1))
    except RecursionError as exc:
        raise ArticleError("front matter is nested too deeply") from exc
    except yaml.YAMLError as exc:
        raise ArticleError(f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(meta, dict):
        raise ArticleError("front matter is not a mapping of keys to values")
    if not text[front.end():].strip():
        raise ArticleError("no text after the front matter")
    return RawArticle(
        where=where, text=text, doc_id=_as_str(meta.get("id")) or doc_id,
        id_given=bool(_as_str(meta.get("id"))), date=meta.get("date"),
        title=_as_str(meta.get("title")), url=_as_str(meta.get("url")),
        source=_as_str(meta.get("source")), language=_as_str(meta.get("language")),
        body_start=front.end(),
    )


def parse_html(html: str, where: str, doc_id: str) -> RawArticle:
    """The main text of a saved web page (trafilatura) and its metadata date (htmldate)."""
    try:
        import trafilatura
    except ImportError as exc:  # trafilatura 2 on lxml >= 5.2 needs lxml_html_clean
        raise FileError(f"HTML cannot be read here ({_one_line(str(exc))})") from exc

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        raise ArticleError("no main text found in the HTML page")
    return RawArticle(where=where, text=text, doc_id=doc_id,
                      page_date=getattr(extracted, "date", None) or None,
                      title=getattr(extracted, "title", None) or "",
                      url=getattr(extracted, "url", None) or "",
                      source=getattr(extracted, "sitename", None) or "")


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "tr", "section", "article", "pre")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), blocks on their own lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", text)
    return text.strip()


def _entry_id(entry: Any, stem: str, number: int) -> str:
    key = entry.get("id") or entry.get("link") or ""
    if not key:
        return f"{stem}-{number}"
    return f"{stem}-{hashlib.sha1(str(key).encode('utf-8')).hexdigest()[:12]}"


def parse_feed(raw: bytes, where: str, stem: str) -> Iterator[Item]:
    """One article per RSS or Atom entry; a truncated feed keeps the entries before the break."""
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries and (feed.bozo or not feed.version):
        problem = getattr(feed, "bozo_exception", None)
        raise FileError("not an RSS or Atom feed"
                        + (f" ({_one_line(str(problem))})" if problem else ""))
    source = _as_str(feed.feed.get("title"))
    language = _as_str(feed.feed.get("language"))
    for number, entry in enumerate(feed.entries, start=1):
        entry_where = f"{where}:entry {number}"
        content = entry.get("content") or []
        fragment = (content[0].get("value") if content else None) or entry.get("summary") or ""
        text = fragment_text(fragment)
        if not text:
            yield Skipped(entry_where, "entry has no content or summary")
            continue
        yield RawArticle(
            where=entry_where, text=text, doc_id=_entry_id(entry, stem, number),
            date=entry.get("published") or entry.get("updated") or None,
            title=_as_str(entry.get("title")), url=_as_str(entry.get("link")),
            source=source, language=language,
        )
    if feed.bozo:
        problem = getattr(feed, "bozo_exception", "malformed XML")
        yield Skipped(where, f"truncated or malformed feed ({_one_line(str(problem))}); "
                             f"kept the {len(feed.entries)} entries read before the error")


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def parse_json(text: str, where: str, stem: str, columns: dict[str, tuple[str, ...]]
               ) -> Iterator[Item]:
    """A JSON array of articles, or an object holding one under ``articles``, ``items``..."""
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise FileError("malformed JSON (nested too deeply)") from exc
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines saved as .json
            yield from _json_lines(enumerate(text.splitlines(), start=1), where, stem, columns)
            return
        raise FileError(f"malformed JSON ({exc.msg} at line {exc.lineno}, "
                        f"column {exc.colno})") from exc
    if isinstance(data, dict):
        lists = [k for k in _LIST_KEYS if isinstance(data.get(k), list)]
        if lists:
            data = data[lists[0]]
        elif _field(data, columns.get("text", DEFAULT_COLUMNS["text"]))[0] is not None:
            data = [data]
    if not isinstance(data, list):
        raise FileError(f"expected a JSON array of articles (or an object with one of "
                        f"{', '.join(_LIST_KEYS)}), got {type(data).__name__}")
    if not data:
        raise FileError("the JSON array is empty")
    for number, record in enumerate(data, start=1):
        record_where = f"{where}:record {number}"
        try:
            yield record_article(record, record_where, f"{stem}-{number}", columns)
        except ArticleError as exc:
            yield Skipped(record_where, str(exc))


# --- streamed formats --------------------------------------------------------

def _json_lines(lines: Any, where: str, stem: str, columns: dict[str, tuple[str, ...]]
                ) -> Iterator[Item]:
    for number, line in lines:
        line_where = f"{where}:{number}"
        if isinstance(line, Skipped):
            yield line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(line_where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield Skipped(line_where, "malformed JSON (nested too deeply)")
            continue
        try:
            yield record_article(record, line_where, f"{stem}-{number}", columns)
        except ArticleError as exc:
            yield Skipped(line_where, str(exc))


def _decoded_lines(stream: IO[bytes], where: str, limits: LimitOptions, detect: bool = False
                   ) -> Iterator[tuple[int, str | Skipped]]:
    """Decoded lines of a streamed file; an undecodable line comes as ``Skipped``."""
    max_line = int(limits.max_line_mb * MB)
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(
        stream, buffer_size=SAMPLE_BYTES)  # type: ignore[arg-type]
    sample = buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
    encoding = _stream_encoding(sample, detect, where)
    if encoding in ("utf-16", "utf-32"):  # Excel's "Unicode text": no byte-wise lines
        raw = buffered.read(int(limits.max_file_mb * MB) + 1)
        if len(raw) > limits.max_file_mb * MB:
            raise FileError(f"{encoding} text is read whole and this file is over "
                            f"limits.max_file_mb = {limits.max_file_mb:g} MB")
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise FileError(f"undecodable bytes ({encoding}, bad byte at {exc.start})") from exc
        yield from enumerate(text.splitlines(keepends=True), start=1)
        return
    for number, line in iter_lines(buffered, max_line):
        if line is None:
            yield number, Skipped(f"{where}:{number}", f"line longer than limits.max_line_mb = "
                                  f"{limits.max_line_mb:g} MB (raise it in config.yaml or "
                                  "with --max-line-mb); not read")
            continue
        if number == 1 and encoding == "utf-8-sig":
            line = line.removeprefix(codecs.BOM_UTF8)
        try:
            yield number, line.decode("utf-8" if encoding == "utf-8-sig" else encoding)
        except UnicodeDecodeError as exc:
            yield number, Skipped(f"{where}:{number}", f"undecodable bytes ({encoding} "
                                  f"expected, bad byte at column {exc.start + 1})")


def read_json_lines(stream: IO[bytes], where: str, stem: str, options: IngestOptions,
                    limits: LimitOptions) -> Iterator[Item]:
    """JSON Lines, one article per line, streamed."""
    lines = _decoded_lines(stream, where, limits)
    yield from _json_lines(lines, where, stem, options.columns)


def read_csv(stream: IO[bytes], where: str, stem: str, options: IngestOptions,
             limits: LimitOptions, delimiter: str | None = None) -> Iterator[Item]:
    """CSV (or TSV) with a header row naming the columns, one article a row, streamed."""
    problems: list[Skipped] = []

    def lines() -> Iterator[str]:
        for number, line in _decoded_lines(stream, where, limits, detect=True):
            if isinstance(line, Skipped):
                problems.append(line)
                yield "\n"  # keeps the row structure; the row it was in is reported
            else:
                yield line

    source = lines()
    first = next(source, None)
    if first is None or not first.strip():
        raise FileError("no header row naming the columns")
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(first, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(max(int(limits.max_line_mb * MB), 131072))

    def chained() -> Iterator[str]:
        yield first
        yield from source

    reader = csv.reader(chained(), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except csv.Error as exc:
        raise FileError(f"malformed CSV header ({exc})") from exc
    columns = options.columns
    text_names = columns.get("text", DEFAULT_COLUMNS["text"])
    if _field(dict.fromkeys(header), text_names)[0] is None:
        raise FileError(f"no text column (expected one of: {', '.join(text_names)}; found: "
                        f"{', '.join(header)}; set ingest.columns.text)")
    row_number = 0
    last_line = reader.line_num
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Skipped(f"{where}:{start}", f"malformed CSV ({exc})")
            last_line = reader.line_num
            continue
        last_line = reader.line_num
        while problems:
            yield problems.pop(0)
        if not any(cell.strip() for cell in row):
            continue
        row_number += 1
        row_where = f"{where}:{start}"
        if len(row) != len(header):
            yield Skipped(row_where, f"row has {len(row)} cells, the header {len(header)}")
            continue
        try:
            yield record_article(dict(zip(header, row)), row_where, f"{stem}-{row_number}",
                                 columns)
        except ArticleError as exc:
            yield Skipped(row_where, str(exc))
    yield from problems


# --- dispatch ----------------------------------------------------------------

def read_path(path: Path, options: IngestOptions, limits: LimitOptions) -> Iterator[Item]:
    """Every article in one file, by its suffix (unknown suffixes are read as text)."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size == 0:
            yield Skipped(where, "file is empty")
            return
        if suffix in JSONL_SUFFIXES + CSV_SUFFIXES:
            with path.open("rb") as stream:
                if suffix in JSONL_SUFFIXES:
                    yield from read_json_lines(stream, where, path.stem, options, limits)
                else:
                    yield from read_csv(stream, where, path.stem, options, limits,
                                        "\t" if suffix == ".tsv" else None)
            return
        if size > limits.max_file_mb * MB:
            yield Skipped(where, "file is " + _limit_message(size, "max_file_mb",
                                                             "--max-file-mb", limits.max_file_mb)
                          + "; not read")
            return
        raw = path.read_bytes()
        if suffix in FEED_SUFFIXES:
            yield from parse_feed(raw, where, path.stem)
            return
        text = decode_bytes(raw, where)
        if not text.strip():
            yield Skipped(where, "file is empty (only whitespace)")
            return
        if suffix in JSON_SUFFIXES:
            yield from parse_json(text, where, path.stem, options.columns)
        elif suffix in HTML_SUFFIXES:
            yield parse_html(text, where, path.stem)
        else:
            yield parse_text(text, where, path.stem)
    except OSError as exc:
        yield Skipped(where, f"cannot read file ({exc.strerror or exc})")
    except (FileError, ArticleError) as exc:
        yield Skipped(where, str(exc))


def read_stream(stream: IO[bytes], where: str, options: IngestOptions,
                limits: LimitOptions) -> Iterator[Item]:
    """JSON Lines from a byte stream (standard input)."""
    try:
        yield from read_json_lines(stream, where, "stdin", options, limits)
    except FileError as exc:
        yield Skipped(where, str(exc))
