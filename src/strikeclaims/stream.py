"""Raw-report files of any size -> claims, rejections and the nightly table, chunk by chunk.

In: raw-report JSON Lines files. Out: `claims.csv` and `rejected.csv` byte for byte as they are
written from the whole file at once (sorted by their keys), and, when asked, the nightly table.

Each chunk of reports is read, parsed and validated on its own. Its claims are rendered to CSV rows
sorted by `claim_id` in a temporary folder, and only the columns the nightly table needs stay in
memory, with the low-cardinality ones as categories. At the end the sorted runs are merged into one
file, and report ids that changed once every version of a message was seen (`x` -> `x@v1`) are
settled. Memory therefore grows with the number of nightly figures, not with the texts.
"""

from __future__ import annotations

import csv
import heapq
import io
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals
from tqdm import tqdm

from strikeclaims import aggregate, fields, parse, publish, validate
from strikeclaims.read import reports as raw

CHUNK_SIZE = 20_000
# What `aggregate.build_nightly` reads of claims and of reports.
NIGHTLY_CLAIM_COLUMNS = ["report_id", "source", "claimant", "author", "attacker", "date", "window_kind", "window_start",
                         "window_end", "metric", "item", "item_group", "count", "is_breakdown"]
_CATEGORIES = [c for c in NIGHTLY_CLAIM_COLUMNS if c not in ("report_id", "count", "is_breakdown")]
_PUBLISHED = raw.RECORD_COLUMNS.index("published_at")
NIGHTLY_REPORT_COLUMNS = ["report_id", "status", "published_at"]
STAGES = ("read", "parse", "validate", "write", "aggregate")
RUNS_PREFIX = ".strikeclaims-runs-"  # then the process id, so that a later parse can tell a stale folder


@dataclass
class Result:
    """What a streamed run read and produced, and the seconds each stage took."""

    lines: int = 0
    reports: int = 0
    claims: int = 0
    rejected: int = 0
    nightly: pd.DataFrame | None = None
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


class _Clock:
    """Adds the seconds since the last call to a stage."""

    def __init__(self, seconds: dict[str, float]):
        self.seconds = seconds
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] += now - self.last
        self.last = now

    def skip(self) -> None:
        """Count the seconds since the last call in no stage."""
        self.last = time.perf_counter()


def run(paths: Iterable[Path], *, claims_out: Path | None = None, rejects_out: Path | None = None,
        nightly: bool = False, chunk_size: int = CHUNK_SIZE, progress: bool = False,
        root: Path | None = None, jobs: int = 1) -> Result:
    """Read, parse and validate reports chunk by chunk; write claims and rejections; optionally aggregate.

    With `jobs` above 1, chunks are parsed and validated in that many worker processes while this
    one reads; the output is the same. Stage seconds then add up the workers' time.
    Raises OSError (or UnicodeDecodeError) only when a file cannot be read at all.
    """
    result = Result()
    clock = _Clock(result.seconds)
    reader = raw.ReportReader(root)
    rejected: list[pd.DataFrame] = []
    kept = _NightlyInputs()
    # Sorted runs go beside the output: the same disk, where the user has made room for the claims.
    runs_dir = Path(claims_out).parent if claims_out is not None else None
    if runs_dir is not None:
        runs_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_runs(runs_dir)
    with tempfile.TemporaryDirectory(prefix=f"{RUNS_PREFIX}{os.getpid()}-", dir=runs_dir) as tmp:
        runs: list[Path] = []
        bar = tqdm(desc="parse", unit=" reports", disable=not progress)
        tasks = _tasks(reader.chunks(paths, size=chunk_size), Path(tmp), claims_out is not None, nightly, clock)
        for chunk, done in _done(tasks, jobs):
            clock.skip()  # the parse was timed by `parse_chunk`, stage by stage
            rejected += [pd.DataFrame(chunk.rejected + chunk.repeats, columns=raw.REJECTED_COLUMNS), *done.rejected]
            result.reports += len(chunk.records)
            result.claims += done.claims
            for stage, seconds in done.seconds.items():
                result.seconds[stage] += seconds
            if done.run is not None:
                runs.append(done.run)
            clock.lap("validate")
            if nightly:
                kept.add(chunk.records, done.nightly)
            clock.lap("aggregate")
            bar.update(len(chunk.records))
        bar.close()
        result.lines = reader.n_lines
        versions = reader.versions()
        del reader, tasks  # what the reader keeps per report is not needed any more
        if claims_out is not None:
            _merge_runs(runs, Path(claims_out), versions)
            clock.lap("write")
    all_rejected = validate.stack("rejected", rejected)
    result.rejected = len(all_rejected)
    if rejects_out is not None:
        publish.write_file(Path(rejects_out), publish.to_csv_bytes("rejected", all_rejected))
        clock.lap("write")
    if nightly:
        result.nightly = aggregate.build_nightly(*kept.frames(versions))
        clock.lap("aggregate")
    return result


def remove_stale_runs(folder: Path) -> list[Path]:
    """Remove the folders of sorted runs that a parse killed outright left in `folder`: those whose
    process (the number in their name) is no longer running. Gives the folders removed."""
    removed = []
    for path in sorted(Path(folder).glob(f"{RUNS_PREFIX}*-*")):
        pid = path.name[len(RUNS_PREFIX):].partition("-")[0]
        if path.is_dir() and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@dataclass
class _Done:
    """What parsing one chunk gave: its claims' count, sorted run and nightly inputs, and its rejections."""

    claims: int
    run: Path | None
    nightly: pd.DataFrame | None
    rejected: list[pd.DataFrame]
    seconds: dict[str, float]


def parse_chunk(records: list[tuple], folder: Path, index: int, write: bool, nightly: bool) -> _Done:
    """Parse and validate one chunk's record tuples; write its claims as run `index` in `folder`."""
    seconds = dict.fromkeys(STAGES, 0.0)
    clock = _Clock(seconds)
    frame = raw.records_frame(records)
    clock.lap("read")
    claims, parse_rejected = parse.parse_records(frame)
    clock.lap("parse")
    claims, invalid = validate.validate("claims", claims)
    clock.lap("validate")
    run = _write_run(folder, index, claims) if write and len(claims) else None
    clock.lap("write")
    kept = _NightlyInputs.subset(claims) if nightly else None
    clock.lap("aggregate")
    return _Done(len(claims), run, kept, [parse_rejected, invalid], seconds)


def _tasks(chunks: Iterator[raw.Chunk], folder: Path, write: bool, nightly: bool,
           clock: _Clock) -> Iterator[tuple[raw.Chunk, tuple]]:
    """(chunk, arguments of `parse_chunk`) for every chunk, the reading timed as the read stage."""
    for index, chunk in enumerate(chunks):
        clock.lap("read")
        yield chunk, (chunk.records, folder, index, write, nightly)


def _done(tasks: Iterator[tuple[raw.Chunk, tuple]], jobs: int) -> Iterator[tuple[raw.Chunk, _Done]]:
    """Each chunk with what `parse_chunk` gave for it, in the order read; in `jobs` worker processes
    when above 1, with at most one chunk more than there are workers in memory at once."""
    if jobs <= 1:
        for chunk, args in tasks:
            yield chunk, parse_chunk(*args)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: deque[tuple[raw.Chunk, Future]] = deque()
        for chunk, args in tasks:
            pending.append((chunk, pool.submit(parse_chunk, *args)))
            while len(pending) > jobs or (pending and pending[0][1].done()):
                first, future = pending.popleft()
                yield first, future.result()
        while pending:
            first, future = pending.popleft()
            yield first, future.result()
    finally:
        try:
            pool.shutdown(wait=True)
        except RuntimeError:
            pass  # a signal stopped the pool while it was starting its manager thread: nothing runs to wait for


class _NightlyInputs:
    """What `aggregate.build_nightly` needs of every chunk, in little memory.

    Of claims, those that may count in nightly, in the columns it reads, with repeated texts as
    categories and the report as its number; of reports, the id and the publication time (as
    nanoseconds). `frames` gives them back as the frames `build_nightly` takes.
    """

    def __init__(self) -> None:
        self.claims: list[pd.DataFrame] = []
        self.report_ids = _CompactText()
        self.published: list[np.ndarray] = []

    @staticmethod
    def subset(claims: pd.DataFrame) -> pd.DataFrame:
        """The claims of a chunk that may count in nightly, in the columns it reads, texts as categories."""
        out = claims.loc[aggregate.may_count(claims), NIGHTLY_CLAIM_COLUMNS]
        return out.astype(dict.fromkeys(_CATEGORIES, "category"))

    def add(self, records: list[tuple], subset: pd.DataFrame) -> None:
        """A chunk's record tuples and the `subset` of its claims."""
        first = len(self.report_ids)
        ids = [r[0] for r in records]
        number = pd.Series(np.arange(first, first + len(ids), dtype=np.int64), index=ids)
        self.claims.append(subset.assign(report_id=subset["report_id"].map(number).astype(np.int64)))
        self.report_ids.extend(ids)
        stamps = pd.to_datetime(pd.Series([r[_PUBLISHED] for r in records], dtype=object), utc=True,
                                format="ISO8601", errors="coerce")
        self.published.append(stamps.to_numpy(dtype="datetime64[ns]").view(np.int64))

    def frames(self, versions: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(claims, reports) with settled report ids; reports only those the claims come from."""
        frames = [f for f in self.claims if len(f)]
        if not frames:
            return pd.DataFrame(columns=NIGHTLY_CLAIM_COLUMNS), pd.DataFrame(columns=NIGHTLY_REPORT_COLUMNS)
        claims = pd.concat(frames, ignore_index=True)
        for col in _CATEGORIES:  # one sorted set of categories, so that codes keep the order of the texts
            claims[col] = union_categoricals([f[col] for f in frames], sort_categories=True)
        numbers = claims["report_id"].to_numpy()
        used = np.unique(numbers)
        ids = np.asarray(self.report_ids.tolist(), dtype=object)[used]
        reports = pd.DataFrame({
            "report_id": ids, "status": "parsed",
            "published_at": pd.to_datetime(np.concatenate(self.published)[used], utc=True),
        })
        reports = raw.apply_versions(reports, versions)
        claims["report_id"] = reports["report_id"].to_numpy(dtype=object)[np.searchsorted(used, numbers)]
        return claims, reports


class _CompactText:
    """Many short texts held as one string per chunk and the end offset of each text in it."""

    def __init__(self) -> None:
        self.blobs: list[str] = []
        self.ends: list[np.ndarray] = []
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def extend(self, values: list[str]) -> None:
        self.blobs.append("".join(values))
        self.ends.append(np.cumsum([len(v) for v in values], dtype=np.int64))
        self.size += len(values)

    def tolist(self) -> list[str]:
        out: list[str] = []
        for blob, ends in zip(self.blobs, self.ends, strict=True):
            start = 0
            for end in ends.tolist():
                out.append(blob[start:end])
                start = end
        return out


# --- sorted runs of CSV rows, merged ----------------------------------------------------------------

def _write_run(folder: Path, n: int, claims: pd.DataFrame) -> Path:
    """A chunk's claims as CSV rows sorted by claim_id, without the header."""
    data = publish.to_csv_bytes("claims", claims)
    path = folder / f"run-{n:06d}.csv"
    path.write_bytes(data[data.index(b"\n") + 1:])
    return path


def _header(table: str) -> str:
    return publish.to_csv_bytes(table, pd.DataFrame(columns=fields.TABLES[table].columns)).decode("utf-8")


def csv_rows(path: Path) -> Iterator[str]:
    """The rows of a CSV file (a row may span lines inside a quoted field), each with its line end."""
    with open(path, encoding="utf-8", newline="") as fh:
        pending = ""
        for line in fh:
            line = pending + line
            if line.count('"') % 2:
                pending = line  # an open quoted field: the row goes on
                continue
            pending = ""
            yield line
        if pending:
            yield pending


def _first_field(row: str) -> str:
    if row.startswith('"'):
        return next(csv.reader([row]))[0]
    return row[:row.index(",")]


def _render(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _report_id(row: str) -> str:
    """The report id of a claims row: its claim id (`{report_id}#{k}`) less the number."""
    return _first_field(row).rpartition("#")[0]


def _settle(row: str, versions: dict[str, tuple[str, str]]) -> str | None:
    """A row of a report whose id changed, with its claim and report ids settled; None when unchanged."""
    settled = versions.get(_report_id(row))
    if settled is None:
        return None
    values = next(csv.reader([row]))
    values[0], values[1] = f"{settled[0]}#{values[0].rpartition('#')[2]}", settled[0]
    return _render(values)


def _merge_runs(runs: list[Path], out: Path, versions: dict[str, tuple[str, str]]) -> None:
    """Merge runs sorted by claim_id into one claims CSV, settling the ids that changed."""
    streams: list[Iterator[str]] = [csv_rows(path) for path in runs]
    if versions:
        # A first pass finds the rows whose ids change, so that they merge in at their new place.
        moved = sorted((r for path in runs for row in csv_rows(path) if (r := _settle(row, versions))),
                       key=_first_field)
        streams = [_unchanged(path, versions) for path in runs] + [iter(moved)]
    with publish.replacing(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(_header("claims"))
        fh.writelines(heapq.merge(*streams, key=_first_field))


def _unchanged(path: Path, versions: dict[str, tuple[str, str]]) -> Iterator[str]:
    return (row for row in csv_rows(path) if _report_id(row) not in versions)
