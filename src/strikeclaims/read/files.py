"""The raw layer's folders -> the files a build reads, and the entries it refuses to read.

In: `data/raw/` (`reports/<source>/*.jsonl`, `manual/*.csv`, `nights/*.csv`, `general-staff/*.json`). Out: a `RawFiles`
listing: the regular files to read, in a stable order, and every other entry with the reason it
is not read. Only regular files inside the raw layer are read: a symbolic link (which could lead
to a system file, `/dev/zero` or a FIFO), a FIFO, a device or a socket is refused, and so is a file
in a nested folder or with another suffix, so that nothing is skipped without a word. Suffixes are
matched without regard to case (`2025-06.JSONL` is read). Hidden files (names starting with `.`,
such as the collectors' state), `*.md` notes and licence files (`LICENSE`) are not inputs and are passed over.

`open_regular` opens a file for reading only when it is a regular file, without blocking on a FIFO.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

NOT_READ_NOTE = ".md"  # notes beside the data (README.md), not inputs
NOT_READ_NAMES = ("license", "licence")  # a dataset's licence notice, kept beside its files


@dataclass
class RawFiles:
    """What a build reads of the raw layer, and what it refuses (path, reason)."""

    reports: list[Path] = field(default_factory=list)
    manual: list[Path] = field(default_factory=list)
    nights: list[Path] = field(default_factory=list)
    general_staff: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)

    def inputs(self) -> list[Path]:
        return [*self.reports, *self.manual, *self.nights, *self.general_staff]


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _entries(folder: Path) -> list[tuple[Path, int]]:
    """The entries of a folder with their modes (links not followed), sorted by name."""
    out = []
    with os.scandir(folder) as it:
        for entry in it:
            out.append((Path(entry.path), entry.stat(follow_symlinks=False).st_mode))
    return sorted(out)


def _nested(folder: Path, where: str, refused: list[tuple[Path, str]]) -> None:
    """Refuse every entry under a folder that should hold no folder."""
    for path, mode in _entries(folder):
        if stat.S_ISDIR(mode):
            _nested(path, where, refused)
        elif not path.name.startswith("."):
            refused.append((path, f"in a nested folder, not read: {where}"))


def _files(folder: Path, suffix: str, where: str, refused: list[tuple[Path, str]]) -> list[Path]:
    """The regular `*{suffix}` files directly in `folder`; everything else but notes is refused."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for path, mode in _entries(folder):
        name = path.name
        if name.startswith("."):
            continue
        if stat.S_ISDIR(mode):
            _nested(path, where, refused)
        elif not stat.S_ISREG(mode):
            refused.append((path, f"{_kind(mode)}: only regular files of the raw layer are read"))
        elif name.casefold().endswith(suffix):
            found.append(path)
        elif not name.casefold().endswith(NOT_READ_NOTE) and name.casefold() not in NOT_READ_NAMES:
            refused.append((path, f"not a {suffix} file, not read: {where}"))
    return found


def listed(folder: Path, suffix: str) -> list[Path]:
    """The regular `*{suffix}` files directly in a folder (see `raw_files` for what is refused)."""
    return _files(Path(folder), suffix, "", [])


def report_files(reports: Path, refused: list[tuple[Path, str]]) -> list[Path]:
    """The regular `<source>/*.jsonl` files under a raw-reports folder; the rest is added to `refused`."""
    found: list[Path] = []
    where = "raw reports lie in data/raw/reports/<source>/<YYYY-MM>.jsonl"
    if not Path(reports).is_dir():
        return found
    for path, mode in _entries(Path(reports)):
        name = path.name
        if name.startswith("."):
            continue
        if stat.S_ISDIR(mode):
            found += _files(path, ".jsonl", where, refused)
        elif not stat.S_ISREG(mode):
            refused.append((path, f"{_kind(mode)}: only regular files of the raw layer are read"))
        elif not name.casefold().endswith(NOT_READ_NOTE):
            refused.append((path, f"not in a source folder, not read: {where}"))
    return found


def raw_files(raw: Path) -> RawFiles:
    """List the raw layer under `raw` (`data/raw`)."""
    raw = Path(raw)
    out = RawFiles()
    out.reports = report_files(raw / "reports", out.refused)
    out.manual = _files(raw / "manual", ".csv", "manual claims lie in data/raw/manual/*.csv", out.refused)
    out.nights = _files(raw / "nights", ".csv", "night statements lie in data/raw/nights/*.csv", out.refused)
    out.general_staff = _files(raw / "general-staff", ".json",
                               "the General Staff's loss files lie in data/raw/general-staff/*.json", out.refused)
    out.refused.sort()
    return out


class NotRegularFile(OSError):
    """A path that is not a regular file (a FIFO, a device, a folder...), so it is not read."""


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading in binary; `NotRegularFile` for anything else (a FIFO is not
    waited on: it is opened without blocking, then refused)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(0, f"{_kind(mode) if not stat.S_ISDIR(mode) else 'a folder'}, not a regular file",
                                 str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
