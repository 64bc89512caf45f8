"""Read articles from files, folders, globs and standard input into ``Document`` records.

A bad article never stops the run: it becomes a ``Skipped`` entry naming the
file (and line) and what is wrong, and the rest are read. Files are read in
sorted order, so what is read and what is skipped is the same on every run.

Each format has its reader in ``timeline.readers``; this module turns what a
reader found into a ``Document``, deciding three things the same way for
every format:

- the publication date, first hit wins: the article's own date (`` date``
  header, front matter, ``date`` field or column, feed entry date), then a
  file name starting ``YYYY-MM-DD``, then an HTML page's metadata date
  (htmldate), then ``ingest.default_date``. A date that is present but not
  understood is an error, never replaced by a later guess.
- the id: the article's ``id`` field, else its file name without the
  extension (``NAME-N`` for the Nth record of a multi-article file, a hash of
  the entry's guid for feeds). When a made-up id is already taken (two saved
  pages both called ``index.html``) the later one becomes ``index-2``; two
  articles that *give* the same id are duplicates and the later is skipped. Ids are *rejected*, not rewritten, when they
  could name a path outside a folder: a path separator (``/`` or ``\\``),
  ``.`` or ``..``, a drive prefix (``C:``), a control character, or more than
  200 characters. Rewriting would make the id differ from the one the user
  searches for; rejecting says exactly which article to fix.
- the language: one declared by the article (``language`` field, front
  matter, feed) wins; otherwise py3langid decides (``timeline.language``).
  Articles in a language the tagger does not support are skipped.
"""

from __future__ import annotations

import email.utils
import glob
import logging
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from timeline import language, readers
from timeline.config import IngestOptions, LimitOptions, Options
from timeline.models import Document, Skipped
from timeline.readers import ArticleError, RawArticle

log = logging.getLogger(__name__)

__all__ = ["ArticleError", "Corpus", "NoUsableArticles", "check_id", "parse_date",
           "read_corpus", "expand_inputs", "to_document"]

MIN_YEAR, MAX_YEAR = 1800, 2199
"""Publication years outside this range are typing errors, not history."""

MAX_ID_CHARS = 200
MAX_SKIP_WARNINGS = 50
"""Skips beyond this many are logged at INFO (-v), so a broken file cannot flood the terminal."""
PROGRESS_MIN_FILES = 10
"""A progress bar is shown for corpora of more files than this (on a terminal)."""

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_FILENAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[^0-9])")
_DRIVE = re.compile(r"\A[A-Za-z]:")


class NoUsableArticles(RuntimeError):
    """The inputs held no article that could be used."""


@dataclass
class Corpus:
    """What ingest read: the usable documents, and what it skipped and why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: int = 0  # files (and streams) read
    ignored: int = 0  # files in folders not of a supported type, left alone


# --- the three decisions ------------------------------------------------------

def parse_date(value: Any) -> date:
    """A ``date``, an ISO date (optionally with a time: the date as written, its
    zone ignored) or an RFC 2822 date (``Mon, 24 Feb 2025 10:00:00 GMT``)."""
    found: date | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        iso = _ISO_DATE.match(value)
        try:
            if iso:
                found = date(int(iso[1]), int(iso[2]), int(iso[3]))
            elif re.search(r"[A-Za-z]{3}", value):
                found = email.utils.parsedate_to_datetime(value.strip()).date()
        except (ValueError, TypeError, IndexError, OverflowError):
            found = None
    if found is None:
        shown = repr(value)[:60]
        raise ArticleError(f"date {shown} is not understood (expected YYYY-MM-DD)")
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        raise ArticleError(f"date {found.isoformat()} is out of range "
                           f"({MIN_YEAR}-{MAX_YEAR})")
    return found


def date_from_filename(path: str) -> date | None:
    """The date a file name starts with (``2025-02-24-talks.html``), if any."""
    match = _FILENAME_DATE.match(Path(path).name)
    if not match:
        return None
    try:
        found = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def publication_date(raw: RawArticle, path: str, options: IngestOptions) -> date:
    """The first date found in the cascade described in the module docstring."""
    if raw.date is not None and raw.date != "":
        return parse_date(raw.date)
    if options.date_from_filename and path:
        named = date_from_filename(path)
        if named:
            return named
    if raw.page_date:
        return parse_date(raw.page_date)
    if options.default_date is not None:
        return options.default_date
    raise ArticleError("no publication date: none in the article, its file name "
                       "(YYYY-MM-DD-...) or ingest.default_date")


def check_id(doc_id: str) -> str:
    """``doc_id`` if it is safe to use as a file name inside a folder; ``ArticleError``
    otherwise (see the module docstring for the rules)."""
    if not doc_id.strip():
        raise ArticleError("article id is empty")
    if len(doc_id) > MAX_ID_CHARS:
        raise ArticleError(f"article id is longer than {MAX_ID_CHARS} characters")
    if "/" in doc_id or "\\" in doc_id:
        raise ArticleError(f"article id {doc_id!r} contains a path separator")
    if doc_id in (".", ".."):
        raise ArticleError(f"article id {doc_id!r} names a folder")
    if _DRIVE.match(doc_id):
        raise ArticleError(f"article id {doc_id!r} starts with a drive name")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in doc_id):
        raise ArticleError(f"article id {doc_id!r} contains a control character")
    return doc_id


def to_document(raw: RawArticle, path: str, options: IngestOptions,
                supported: tuple[str, ...]) -> Document:
    """A reader's ``RawArticle`` as a checked ``Document`` (``ArticleError`` if unusable)."""
    doc_id = check_id(raw.doc_id or Path(path).stem)
    if not raw.text[raw.body_start:].strip():
        raise ArticleError("article has no text")
    when = publication_date(raw, path, options)
    code = language.normalise_code(raw.language)
    if code and code not in supported:
        raise ArticleError(f"article is in language '{code}' (declared); the tagger "
                           f"supports: {', '.join(supported)}")
    if not code and options.detect_language:
        detected = language.unsupported_language(raw.text[raw.body_start:], supported)
        if detected:
            raise ArticleError(f"article looks like language '{detected}'; the tagger "
                               f"supports: {', '.join(supported)} (declare a 'language' "
                               "field or set ingest.detect_language: false to override)")
    return Document(doc_id=doc_id, date=when, text=raw.text, title=raw.title, url=raw.url,
                    source=raw.source, path=raw.where, body_start=raw.body_start,
                    language=code or supported[0])


# --- finding and reading files -----------------------------------------------

def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _page_assets(path: Path, root: Path) -> bool:
    """True inside ``NAME_files/`` beside ``NAME.html``: the scripts, styles and
    frames a browser's "save page, complete" stores with a page."""
    for folder in path.relative_to(root).parents:
        name = folder.name
        if name.endswith("_files") and any(
                (root / folder.parent / (name[:-6] + suffix)).is_file()
                for suffix in (".html", ".htm")):
            return True
    return False


def expand_inputs(inputs: Iterable[str]) -> tuple[list[Path | str], list[Skipped], int]:
    """Files named by paths, folders (recursively) and globs, each once, in input
    order with each folder or glob sorted; ``-`` stays as is (standard input).

    Folders contribute their files of supported types (hidden ones, and the
    ``NAME_files/`` folders saved beside ``NAME.html``, left out); the count of
    other files is returned so the summary can mention them.
    """
    found: list[Path | str] = []
    missing: list[Skipped] = []
    ignored = 0
    for item in inputs:
        path = Path(item)
        if item == "-":
            found.append("-")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or _hidden(child, path) or _page_assets(child, path):
                    continue
                if child.suffix.lower() in readers.SUPPORTED_SUFFIXES:
                    found.append(child)
                else:
                    ignored += 1
                    log.info("ignored %s (not a supported file type)", child)
        elif path.is_file():
            found.append(path)
        else:
            matches = sorted(Path(m) for m in glob.glob(item, recursive=True))
            files = [m for m in matches if m.is_file()]
            if files:
                found.extend(files)
            else:
                missing.append(Skipped(item, "no such file, folder or matching glob"))
    unique = list(dict.fromkeys(found))
    return unique, missing, ignored


def _progress(files: list[Path | str], show: bool) -> Iterable[Path | str]:
    if not show or len(files) <= PROGRESS_MIN_FILES:
        return files
    from tqdm import tqdm

    return tqdm(files, desc="reading", unit="file", leave=False, file=sys.stderr)


def _read_items(item: Path | str, options: Options, stdin: IO[bytes] | None
                ) -> Iterator[RawArticle | Skipped]:
    if item == "-":
        if stdin is None and sys.stdin.isatty():
            log.warning("reading JSON Lines from the terminal; end with Ctrl-D")
        stream = stdin if stdin is not None else sys.stdin.buffer
        return readers.read_stream(stream, "<stdin>", options.ingest, options.limits)
    return readers.read_path(Path(item), options.ingest, options.limits)


def _unused_id(doc_id: str, seen: dict[str, str]) -> str:
    """``doc_id-2``, ``doc_id-3``...: the first not yet taken (files are read in
    sorted order, so the same corpus gets the same ids)."""
    number = 2
    while f"{doc_id}-{number}" in seen:
        number += 1
    return f"{doc_id}-{number}"


def read_corpus(inputs: Iterable[str], options: Options | None = None, *,
                stdin: IO[bytes] | None = None, progress: bool = False) -> Corpus:
    """Read every article the inputs name; ids must be unique across the corpus.

    ``options`` defaults to ``Options()``; ``stdin`` replaces standard input
    for ``-``; ``progress`` shows a bar on standard error for large corpora.
    """
    options = options or Options()
    files, skipped, ignored = expand_inputs(inputs)
    corpus = Corpus(skipped=skipped, ignored=ignored)
    supported = language.supported_languages()
    seen: dict[str, str] = {}
    for item in _progress(files, progress):
        corpus.files += 1
        path = "" if item == "-" else str(item)
        for found in _read_items(item, options, stdin):
            if isinstance(found, Skipped):
                corpus.skipped.append(found)
                continue
            try:
                document = to_document(found, path, options.ingest, supported)
            except ArticleError as exc:
                corpus.skipped.append(Skipped(found.where, str(exc)))
                continue
            if document.doc_id in seen and not found.id_given:
                taken = document.doc_id
                document = replace(document, doc_id=_unused_id(taken, seen))
                log.info("%s: id '%s' was taken (by %s); using '%s'", found.where, taken,
                         seen[taken], document.doc_id)
            if document.doc_id in seen:
                corpus.skipped.append(Skipped(found.where, f"duplicate article id "
                                              f"'{document.doc_id}' (first read from "
                                              f"{seen[document.doc_id]})"))
                continue
            seen[document.doc_id] = document.path
            corpus.documents.append(document)
    for number, skip in enumerate(corpus.skipped):
        log.log(logging.WARNING if number < MAX_SKIP_WARNINGS else logging.INFO, "skipped %s", skip)
    if len(corpus.skipped) > MAX_SKIP_WARNINGS:
        log.warning("... and %d more skipped (-v lists them all)",
                    len(corpus.skipped) - MAX_SKIP_WARNINGS)
    return corpus
