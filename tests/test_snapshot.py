"""The committed reports/ are the seeds' run: regenerating them changes nothing.

A change in behaviour therefore shows up as a diff of reports/ that someone
reviews, instead of passing silently.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Text outputs that are reviewed as diffs; the HTML pages inline megabytes of
# JavaScript and are checked for determinism below instead.
SNAPSHOT_FILES = ("digest.md", "events.csv", "mentions.csv", "timeline.svg")


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "reports"
    subprocess.run([sys.executable, "-m", "timeline", "--out", str(out), "-q"],
                   cwd=ROOT, check=True)
    return out


@pytest.mark.parametrize("name", SNAPSHOT_FILES)
def test_committed_report_matches_a_fresh_run(fresh_run: Path, name: str) -> None:
    committed = ROOT / "reports" / name
    assert committed.is_file(), f"reports/{name} is not committed; run `python -m timeline`"
    assert (fresh_run / name).read_bytes() == committed.read_bytes(), (
        f"reports/{name} differs from a fresh run: review the change and commit the new "
        "reports/ (python -m timeline)"
    )


def test_two_runs_are_byte_identical(fresh_run: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    subprocess.run([sys.executable, "-m", "timeline", "--out", str(again), "-q"],
                   cwd=ROOT, check=True)
    first = sorted(p.relative_to(fresh_run) for p in fresh_run.rglob("*") if p.is_file())
    second = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert first == second
    for rel in first:
        assert (fresh_run / rel).read_bytes() == (again / rel).read_bytes(), f"{rel} differs"
