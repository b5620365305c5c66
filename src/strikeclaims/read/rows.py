"""CSV bytes -> records with their line numbers; a broken row is a rejection, never the end of the file.

In: the bytes of a CSV file of the raw layer (manual claims, night statements) or of a dataset.
Out: `Record`s in file order, the header first: each with the 1-based line it starts on and either
its cells or the reason it cannot be read. Blank lines are no records.

One bad row stays one row: a line that is not UTF-8 (a Latin-1 file has one per accented line), a
cell over `MAX_CELL_CHARS`, or an unbalanced `"` that would run a cell over the following lines (a
cell of these files never holds a line break) is rejected on its own line, and reading goes on at
the next line, so that no row after it is lost.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from strikeclaims.read.files import open_regular
from strikeclaims.read.reports import display_path, not_utf8, shorten

MAX_CELL_CHARS = 128 * 1024
UNBALANCED = ('an unbalanced quote (") opens a cell that runs over the next lines; the row is not read '
              "(a cell holds no line break)")


@dataclass(frozen=True)
class Record:
    line: int                  # 1-based line the record starts on
    cells: list[str] | None    # None when the row cannot be read
    reason: str | None = None  # why not
    value: str | None = None   # the row as far as it can be shown


class _Lines:
    """The decoded lines of a file from a position on, as the csv module reads them."""

    def __init__(self, lines: list[str]):
        self.lines, self.pos = lines, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _decode(data: bytes) -> tuple[list[str], dict[int, str]]:
    """The file's lines (line ends kept), and for each line that is not UTF-8 the reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines: list[str] = []
    bad: dict[int, str] = {}
    for i, raw in enumerate(data.splitlines(keepends=True)):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            bad[i] = not_utf8(raw, exc)
            lines.append(raw.decode("utf-8", "replace"))
    return lines, bad


def records(data: bytes, delimiter: str = ",") -> Iterator[Record]:
    """Every record of a CSV file, header first; see the module docstring for what is rejected."""
    lines, bad = _decode(data)
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=delimiter)
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        while source.pos < len(lines):
            start = source.pos
            if start in bad:
                source.pos += 1
                yield Record(start + 1, None, bad[start], shorten(lines[start]))
                continue
            if not lines[start].strip():
                source.pos += 1  # a blank line is no row
                continue
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                why = (f"a cell is over {MAX_CELL_CHARS // 1024} KB, longer than any cell of these files"
                       if "field limit" in str(exc) else f"the row is not valid CSV ({exc})")
                if source.pos - start > 1 and "field limit" in str(exc) and lines[start].count('"') % 2:
                    why = UNBALANCED
                yield from _restart(source, start, why, lines)
                reader = csv.reader(source, delimiter=delimiter)
                continue
            if source.pos - start > 1 or any("\n" in c or "\r" in c for c in cells):  # a cell ran over a line end
                yield from _restart(source, start, UNBALANCED, lines)
                reader = csv.reader(source, delimiter=delimiter)
                continue
            yield Record(start + 1, cells)
    finally:
        csv.field_size_limit(limit)


def _restart(source: _Lines, start: int, why: str, lines: list[str]) -> Iterator[Record]:
    """Reject the record's first line and read on from the line after it."""
    source.pos = start + 1
    yield Record(start + 1, None, why, shorten(lines[start]))


def table(data: bytes, delimiter: str = ",") -> tuple[list[str], list[Record]]:
    """A CSV file -> (its header's cells, its data records). A data row with more cells than the header is
    rejected; one with fewer is filled with empty cells. When the header cannot be read, it is a rejected
    record itself, the header is empty and every data row is rejected for want of one."""
    found = records(data, delimiter)
    first = next(found, None)
    if first is None:
        return [], []
    if first.cells is None:
        why = f"the file's header (line {first.line}) cannot be read, so no row can be"
        return [], [first, *(Record(r.line, None, why, r.value or shorten(delimiter.join(r.cells or [])))
                             for r in found)]
    header = [" ".join(c.split()) for c in first.cells]
    out = []
    for record in found:
        cells = record.cells
        if cells is not None and len(cells) > len(header):
            record = Record(record.line, None, f"the row has {len(cells)} cells where the header has {len(header)}",
                            shorten(delimiter.join(cells)))
        elif cells is not None and len(cells) < len(header):
            record = Record(record.line, cells + [""] * (len(header) - len(cells)))
        out.append(record)
    return header, out


def file_records(paths: Iterable[Path], root: Path | None = None) -> Iterator[tuple[str, list[str], Record]]:
    """Every data row of hand-entered CSV files, in order -> (`path:N`, the file's header, the row's record)."""
    for path in paths:
        shown = display_path(Path(path), root)
        with open_regular(Path(path)) as fh:
            header, found = table(fh.read())
        for record in found:
            yield f"{shown}:{record.line}", header, record
