"""Shared fixtures: paths, and small synthetic raw layers (marked synthetic) in temporary projects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PEER_DATA = SHARED / "peer-data"

SYNTHETIC_UA = (
    "Synthetic test report. У ніч на {day} травня (з 18:00 {prev} травня) противник атакував {n} ударними БпЛА "
    "типу Shahed. Збито/подавлено {k} БпЛА."
)
SYNTHETIC_RU = (
    "Synthetic test report. В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены {n} "
    "украинских беспилотных летательных аппаратов над территорией Брянской области."
)


def synthetic_reports(n: int, start_id: int = 1) -> list[dict]:
    """n raw reports of both sources, written for the tests (note: synthetic)."""
    out = []
    for i in range(n):
        day = 2 + i % 27
        if i % 2:
            text = SYNTHETIC_RU.format(n=10 + i % 90)
            rec = {"source": "ru_mod", "message_id": start_id + i, "published_at": f"2025-05-{day:02d}T07:00:00+03:00",
                   "language": "ru", "url": None, "text": text, "note": "synthetic"}
        else:
            text = SYNTHETIC_UA.format(day=day, prev=day - 1, n=50 + i % 50, k=40 + i % 10)
            rec = {"source": "ua_air_force", "message_id": start_id + i,
                   "published_at": f"2025-05-{day:02d}T09:00:00+03:00", "language": "uk", "url": None,
                   "text": text, "note": "synthetic"}
        out.append(rec)
    return out


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for rec in records:
            fh.write((rec if isinstance(rec, str) else json.dumps(rec, ensure_ascii=False)) + "\n")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project folder with a raw layer: data/raw/reports and data/raw/manual."""
    (tmp_path / "data" / "raw" / "reports").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "manual").mkdir(parents=True)
    return tmp_path


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's raw layer (and committed clean tables) in a temporary folder."""
    shutil.copytree(REPO / "data" / "raw", tmp_path / "data" / "raw")
    return tmp_path


def wait_for_output(stream, text: str, timeout: float = 120.0) -> str:
    """Read a child process's text stream line by line until `text` appears (or the stream ends, or the
    timeout passes); return what was read. Lets a test wait for a child to reach a state, not for a time."""
    import select
    import time

    seen = ""
    deadline = time.monotonic() + timeout
    while text not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], 0.5)
        if ready:
            line = stream.readline()
            if not line:
                break
            seen += line
    return seen
