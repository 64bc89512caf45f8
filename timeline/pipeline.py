"""The one place that knows the order of the stages.

documents (ingest) -> mentions (mentions) -> events (merge) -> reports.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import secrets
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

import pandas as pd

from timeline import ingest, mentions, merge, reports, syndication
from timeline.config import Options
from timeline.ingest import NoUsableArticles
from timeline.models import Document, Skipped

log = logging.getLogger(__name__)

__all__ = ["NoUsableArticles", "StrictFailure", "Timeline", "UnsafeOutput", "build_timeline",
           "check", "check_output", "publish", "read_articles", "run", "skip_kinds",
           "summary_line"]


class StrictFailure(RuntimeError):
    """``strict`` is on and some input was skipped; nothing was written."""


class UnsafeOutput(ValueError):
    """The output folder would replace something that is not a previous report."""


@dataclass
class Timeline:
    """The result of the analysis stages, before anything is written."""

    documents: list[Document]
    mentions: pd.DataFrame
    events: pd.DataFrame
    skipped: list[Skipped] = field(default_factory=list)
    files: int = 0  # files (and streams) read
    ignored: int = 0  # files of unsupported types left alone in folders
    sources: int = 0  # distinct sources once copies of one story count once
    check_only: bool = False  # from ``check``: read and grouped, no stages run


class _ProgressList(list):  # type: ignore[type-arg]
    """A list whose iteration draws a progress bar: lets a stage that loops over
    its documents show progress without knowing about bars."""

    label = ""

    def __iter__(self) -> Iterator[Document]:
        from tqdm import tqdm

        return iter(tqdm(super().__iter__(), total=len(self), desc=self.label, unit="article",
                         leave=False, file=sys.stderr))


def _with_progress(documents: list[Document], label: str, show: bool) -> list[Document]:
    if not show or len(documents) <= ingest.PROGRESS_MIN_FILES:
        return documents
    wrapped = _ProgressList(documents)
    wrapped.label = label
    return wrapped


def read_articles(options: Options, *, stdin: IO[bytes] | None = None,
                  progress: bool = False) -> ingest.Corpus:
    """Read the corpus, applying the run's rules: ``StrictFailure`` when
    ``options.strict`` is set and anything was skipped, ``NoUsableArticles``
    when nothing could be read."""
    corpus = ingest.read_corpus(options.inputs, options, stdin=stdin, progress=progress)
    if options.strict and corpus.skipped:
        raise StrictFailure(f"{len(corpus.skipped)} input(s) skipped and strict is on; "
                            f"first: {corpus.skipped[0]}")
    if not corpus.documents:
        raise NoUsableArticles(f"no usable articles in {', '.join(options.inputs)} "
                               f"({len(corpus.skipped)} skipped)")
    return corpus


def check(options: Options, *, stdin: IO[bytes] | None = None, progress: bool = False
          ) -> Timeline:
    """Only read and group the articles (``--check``): what a run would use and
    skip, in seconds, with nothing written. The frames are empty."""
    corpus = read_articles(options, stdin=stdin, progress=progress)
    copies = syndication.group_copies(corpus.documents, options.syndication)
    return Timeline(corpus.documents, pd.DataFrame(), pd.DataFrame(), corpus.skipped,
                    files=corpus.files, ignored=corpus.ignored,
                    sources=len(set(copies.values())), check_only=True)


def build_timeline(options: Options, *, stdin: IO[bytes] | None = None,
                   progress: bool = False) -> Timeline:
    """Read the corpus and turn it into the mentions and events frames.

    Raises ``NoUsableArticles`` when nothing could be read, and
    ``StrictFailure`` when ``options.strict`` is set and anything was skipped.
    """
    corpus = read_articles(options, stdin=stdin, progress=progress)
    found = mentions.extract_mentions(_with_progress(corpus.documents, "tagging", progress),
                                      options)
    copies = syndication.group_copies(corpus.documents, options.syndication)
    found["source_group"] = found["doc_id"].map(copies)
    events, merged = merge.merge_mentions(found, options)
    return Timeline(corpus.documents, merged, events, corpus.skipped, files=corpus.files,
                    ignored=corpus.ignored, sources=len(set(copies.values())))


def publish(timeline: Timeline, out_dir: Path, options: Options) -> list[Path]:
    """Write the reports into a fresh folder beside ``out_dir``, then swap it in.

    An interrupted run leaves the previous reports untouched: the new folder
    only replaces the old one once every file in it is complete.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out_dir)
    staging = _run_folder(out_dir)
    try:
        written = reports.write_reports(timeline.events, timeline.mentions,
                                        timeline.documents, staging, options)
        if out_dir.exists():
            retired = _run_folder(out_dir, "old-")
            os.replace(out_dir, retired / out_dir.name)
            os.replace(staging, out_dir)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out_dir / p.relative_to(staging) for p in written]


def _run_folder(out_dir: Path, kind: str = "") -> Path:
    """A new folder beside ``out_dir`` named after this process, so a later
    run can tell whether its owner is still at work."""
    folder = out_dir.parent / f".{out_dir.name}-{kind}{os.getpid()}-{secrets.token_hex(6)}"
    # Not mkdtemp: its folders are private (0700), and reports are for
    # readers and static hosts; mkdir gives what any new folder gets.
    folder.mkdir()
    return folder


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Clear what runs killed outright (SIGKILL, power loss) left beside
    ``out_dir``: the folders named after a process that no longer exists on
    this machine (on Windows, where no process can be probed, none are).
    A half-written staging folder is deleted; previous reports set aside
    for the swap go back in place if nothing replaced them. Returns the
    folders removed."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}-(old-)?(\d+)-[0-9a-f]{{12}}")
    removed: list[Path] = []
    for folder in sorted(out_dir.parent.glob(f".{glob.escape(out_dir.name)}-*")):
        found = pattern.fullmatch(folder.name)
        if not found or not folder.is_dir() or _process_alive(int(found.group(2))):
            continue
        previous = folder / out_dir.name
        if found.group(1) and previous.is_dir() and not out_dir.exists():
            os.replace(previous, out_dir)
        try:
            shutil.rmtree(folder)
        except OSError:
            continue  # not ours to fight over: the run goes on without it
        removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill there would end the process, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or a number no pid can be: leave it
    return True


def check_output(out_dir: Path, inputs: tuple[str, ...]) -> None:
    """Refuse an output folder whose replacement would destroy something else.

    ``publish`` replaces the whole folder, so it must be new, empty, or hold
    only report files from an earlier run; it must not be a file, and must not
    hold or be any input (``--out seeds/`` would otherwise delete the articles).
    Raises ``UnsafeOutput``.
    """
    out_dir = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise UnsafeOutput(f"output '{out_dir}' exists and is not a folder")
    for item in inputs:
        if item == "-":
            continue
        source = Path(item.split("*")[0] or ".").resolve()
        if source == out_dir or out_dir in source.parents or source in out_dir.parents:
            raise UnsafeOutput(f"output '{out_dir}' overlaps input '{item}'; "
                               "choose a folder apart from the articles")
    if out_dir.is_dir():
        known = {name for names in reports.FORMAT_FILES.values() for name in names} | {
            ".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"}  # left by file browsers
        foreign = sorted(p.name for p in out_dir.iterdir() if p.name not in known)
        if foreign:
            raise UnsafeOutput(f"output '{out_dir}' holds files that are not reports "
                               f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''})"
                               "; it would be replaced: choose a new or empty folder")


def run(options: Options, *, stdin: IO[bytes] | None = None, progress: bool = False) -> Timeline:
    """The whole job: check the output folder is safe to replace, build the
    timeline, and publish its reports."""
    check_output(Path(options.output), options.inputs)
    timeline = build_timeline(options, stdin=stdin, progress=progress)
    publish(timeline, Path(options.output), options)
    return timeline


def skip_kinds(skipped: list[Skipped], top: int = 5) -> str:
    """What was skipped, by kind, most frequent first: ``3 malformed JSON, 1 file is empty``.

    A kind is the reason without its specifics (quoted values, numbers,
    parenthesised details), so a thousand bad lines read as one kind.
    """
    counts: dict[str, int] = {}
    for skip in skipped:
        kind = re.sub(r"\s*\([^)]*\)?|'[^']*'|\d+(\.\d+)?", "", skip.reason)
        kind = " ".join(kind.split(";")[0].split())
        counts[kind] = counts.get(kind, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown = [f"{count} {kind}" for kind, count in ranked[:top]]
    if len(ranked) > top:
        shown.append(f"{sum(count for _, count in ranked[top:])} other")
    return ", ".join(shown)


def summary_line(timeline: Timeline, options: Options, elapsed: float) -> str:
    """The run's last line: what was read and skipped, what came out, how long it took."""
    copies = len(timeline.documents) - timeline.sources
    parts = [f"read {len(timeline.documents)} articles from {timeline.files} inputs"
             + (f" ({copies} copies of other articles)" if copies else ""),
             f"skipped {len(timeline.skipped)}"]
    if timeline.ignored:
        parts.append(f"ignored {timeline.ignored} files of other types")
    if timeline.check_only:
        return ", ".join(parts) + f"; nothing written (--check) ({elapsed:.1f} s)"
    return (", ".join(parts) + f"; {len(timeline.mentions)} mentions -> "
            f"{len(timeline.events)} events in {options.output} ({elapsed:.1f} s)")
