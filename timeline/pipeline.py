"""The one place that knows the order of the stages.

documents (ingest) -> mentions (mentions) -> events (merge) -> reports.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from timeline import ingest, mentions, merge, reports, syndication
from timeline.config import Options
from timeline.models import Document, Skipped

log = logging.getLogger(__name__)


@dataclass
class Timeline:
    """The result of the analysis stages, before anything is written."""

    documents: list[Document]
    mentions: pd.DataFrame
    events: pd.DataFrame
    skipped: list[Skipped] = field(default_factory=list)


def build_timeline(options: Options) -> Timeline:
    """Read the corpus and turn it into the mentions and events frames."""
    corpus = ingest.read_corpus(options.inputs)
    found = mentions.extract_mentions(corpus.documents, options)
    copies = syndication.group_copies(corpus.documents)
    found["source_group"] = found["doc_id"].map(copies)
    events, merged = merge.merge_mentions(found, options)
    return Timeline(corpus.documents, merged, events, corpus.skipped)


def publish(timeline: Timeline, out_dir: Path, options: Options) -> list[Path]:
    """Write the reports into a fresh folder beside ``out_dir``, then swap it in.

    An interrupted run leaves the previous reports untouched: the new folder
    only replaces the old one once every file in it is complete.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        written = reports.write_reports(timeline.events, timeline.mentions,
                                        timeline.documents, staging, options)
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-old-", dir=out_dir.parent))
            os.replace(out_dir, retired / out_dir.name)
            os.replace(staging, out_dir)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out_dir / p.relative_to(staging) for p in written]


def run(options: Options) -> Timeline:
    """The whole job: build the timeline and publish its reports."""
    timeline = build_timeline(options)
    publish(timeline, Path(options.output), options)
    return timeline
