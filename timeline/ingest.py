"""Read articles from files, folders and globs into ``Document`` records.

A bad article never stops the run: it becomes a ``Skipped`` entry naming the
file (and line) and what is wrong, and the rest are read.
"""

from __future__ import annotations

import glob
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from timeline.models import Document, Skipped

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# The seeds' header: the text opens with " date YYYY-MM-DD" and the body follows.
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class ArticleError(ValueError):
    """One article cannot be used; the message says why (without the path)."""


@dataclass
class Corpus:
    """What ingest read: the usable documents, and what it skipped and why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def parse_date(value: Any) -> date:
    """An ISO date (``YYYY-MM-DD``, optionally with a time) or a ``date``."""
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ArticleError(f"date {value!r} is not an ISO date (YYYY-MM-DD)")


def parse_text_article(text: str, doc_id: str, path: str) -> Document:
    """A text or markdown article: a `` date`` header or YAML front matter."""
    header = _DATE_HEADER.match(text)
    if header:
        return Document(doc_id=doc_id, date=parse_date(header.group(1)), text=text,
                        path=path, body_start=header.end())
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            meta = yaml.safe_load(front.group(1))
        except yaml.YAMLError as exc:
            raise ArticleError(f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
        if not isinstance(meta, dict):
            raise ArticleError("front matter is not a mapping of keys to values")
        if "date" not in meta:
            raise ArticleError("front matter has no 'date'")
        return Document(
            doc_id=str(meta.get("id") or doc_id), date=parse_date(meta["date"]), text=text,
            title=str(meta.get("title") or ""), url=str(meta.get("url") or ""),
            source=str(meta.get("source") or ""), path=path, body_start=front.end(),
        )
    raise ArticleError("no publication date: expected a ' date YYYY-MM-DD' header or front matter")


def parse_record(record: Any, where: str) -> Document:
    """One JSON article: ``id``, ``date``, ``text`` and optional metadata."""
    if not isinstance(record, dict):
        raise ArticleError("expected a JSON object")
    for key in ("id", "date", "text"):
        if key not in record:
            raise ArticleError(f"missing field '{key}'")
    if not isinstance(record["text"], str) or not record["text"].strip():
        raise ArticleError("field 'text' is empty or not a string")
    return Document(
        doc_id=str(record["id"]), date=parse_date(record["date"]), text=record["text"],
        title=str(record.get("title") or ""), url=str(record.get("url") or ""),
        source=str(record.get("source") or ""), path=where,
    )


def read_file(path: Path) -> Iterator[Document | Skipped]:
    """Every article in one file, or a ``Skipped`` for each that is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read file ({exc.strerror})")
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Skipped(str(path), f"not UTF-8 text (bad byte at offset {exc.start})")
        return
    if not text.strip():
        yield Skipped(str(path), "file is empty")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield parse_record(json.loads(line), where)
            except json.JSONDecodeError as exc:
                yield Skipped(where, f"malformed JSON ({exc.msg})")
            except ArticleError as exc:
                yield Skipped(where, str(exc))
        return
    try:
        yield parse_text_article(text, path.stem, str(path))
    except ArticleError as exc:
        yield Skipped(str(path), str(exc))


def expand_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    """Files named by paths, folders (recursively) and globs, sorted, each once."""
    found: list[Path] = []
    missing: list[Skipped] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
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
    return unique, missing


def read_corpus(inputs: Iterable[str]) -> Corpus:
    """Read every article the inputs name; ids must be unique across the corpus."""
    files, skipped = expand_inputs(inputs)
    corpus = Corpus(skipped=skipped)
    seen: dict[str, str] = {}
    for path in files:
        for item in read_file(path):
            if isinstance(item, Skipped):
                corpus.skipped.append(item)
            elif item.doc_id in seen:
                corpus.skipped.append(Skipped(item.path, f"duplicate article id '{item.doc_id}' "
                                                         f"(first read from {seen[item.doc_id]})"))
            else:
                seen[item.doc_id] = item.path
                corpus.documents.append(item)
    for skip in corpus.skipped:
        log.warning("skipped %s", skip)
    return corpus
