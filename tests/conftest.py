"""Shared fixtures: the seeds folder and a helper that writes a corpus to tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent

MakeCorpus = Callable[[dict[str, "str | bytes"]], Path]


@pytest.fixture
def seeds_dir() -> Path:
    """The example articles shipped in seeds/."""
    return ROOT / "seeds"


@pytest.fixture
def make_corpus(tmp_path: Path) -> MakeCorpus:
    """``make_corpus({"a.txt": "...", "sub/b.jsonl": b"..."})`` writes the files
    (str as UTF-8, bytes as they are) under a fresh folder and returns it."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")
        return root

    return make
