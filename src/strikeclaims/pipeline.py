"""The one way from raw input to published tables: read -> parse / import -> validate -> aggregate -> compare.

`strikeclaims build` and `strikeclaims parse` both run through this module; what differs between
them is only where the output goes (`build.py` publishes folders, `parse` writes a claims file).

- Read and parse: raw-report files are read a chunk of `chunk_size` reports at a time
  (`read.reports.ReportReader`) and parsed (`parse.parse_records`); the hand-entered claims and
  night statements of the raw layer are one more part (`manual_part`), and each external dataset
  is one part, imported from a stream by its importer (`import_part`).
- Validate: each part goes through `validate.cross_tables`, which owns every rule across tables
  (keys, orphan claims, report status and `n_claims`). A part's claims come from its own reports,
  so the rules hold part by part; `finish` checks the report keys across parts.
- Spill: a part's report and claim rows (texts and quotes included) are written as CSV rows sorted
  by key in a temporary folder, and only what aggregation and comparison read stays in memory
  (`Part.facts`, `Part.reports`). Report ids that change once every version of a message was seen
  (`x` -> `x@v1`) are settled in memory and while the sorted runs are merged (`merge`).
- Aggregate and compare: `finish` builds nightly, coverage and discrepancies from what stayed in
  memory, and counts what was published. Memory therefore grows with the published tables'
  figures, not with the raw texts.
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import gc
import heapq
import io
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import pyarrow as pa
from tqdm import tqdm

from strikeclaims import aggregate, compare, fields, parse, publish, quotecheck, read, reference, validate
from strikeclaims.importers import general_staff
from strikeclaims.read import manual
from strikeclaims.read import reports as raw

CHUNK_SIZE = 20_000
# What aggregation and comparison read of claims, and of reports.
FACT_COLUMNS = ["claim_id", "report_id", "source", "claimant", "author", "attacker", "date", "window_kind",
                "window_start", "window_end", "metric", "item", "item_group", "count", "is_breakdown", "region",
                "region_text"]
REPORT_FACT_COLUMNS = ["report_id", "status", "published_at", "raw_path"]
# Kept as categories while parts wait in memory (few distinct values); text again when stacked.
CATEGORIES = ["source", "claimant", "author", "attacker", "date", "window_kind", "window_start", "window_end", "metric",
              "item", "item_group", "region", "region_text", "status"]
STAGES = ("read", "parse", "validate", "write", "aggregate")
RUNS_PREFIX = ".strikeclaims-runs-"  # then the process id, so that a later run can tell a stale folder
KEY_REPEATED = "reports: report_id repeats a value already taken by another row"


# --- parts: one input's rows after validation ----------------------------------------------------------

@dataclass
class Part:
    """One part of the input (a chunk of raw reports, the manual claims, a dataset) after
    `validate.cross_tables`: its rows as sorted CSV runs on disk, and in memory what aggregation and
    comparison read of them, its rejections and its counts."""

    facts: pd.DataFrame  # claims, in FACT_COLUMNS
    reports: pd.DataFrame  # reports, in REPORT_FACT_COLUMNS
    rejected: list[pd.DataFrame]
    claims_run: Path | None = None
    reports_run: Path | None = None
    n_claims_invalid: int = 0
    quote_checks: pd.DataFrame = field(default_factory=lambda: fields.empty("quote_checks"))
    nights: pd.DataFrame = field(default_factory=aggregate.empty_nights)
    corrections: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=general_staff.CORRECTION_COLUMNS))
    accounting: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _libc()


def release_memory() -> None:
    """Hand what a stage let go back to the system (Python's garbage, Arrow's pool and, with glibc, the free
    pages of the C heap), so that the next stage starts from what is still held, not from the last peak."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


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


def report_rows(records: pd.DataFrame) -> pd.DataFrame:
    """Raw report records -> rows of the reports table (status and counts are set by `cross_tables`)."""
    out = records.copy()
    out["method"] = [parse.method_for(s) for s in out["source"]]
    out["author"] = out["source"].map({k: v["author"] for k, v in reference.sources().items()})
    out["n_claims"] = 0
    out["outlet"] = None
    return out


SPILLED = ("reports", "claims")  # the tables whose rows a part writes as sorted runs


def settle_part(reports: pd.DataFrame, claims: pd.DataFrame, rejected: list[pd.DataFrame], folder: Path | None,
                name: str, checks: pd.DataFrame | None = None, seconds: dict[str, float] | None = None,
                spill: tuple[str, ...] = SPILLED) -> Part:
    """Reports, claims and rejections of one part -> a `Part`: validated by `cross_tables`, the rows of
    the tables in `spill` written as sorted runs `claims-{name}.csv` and `reports-{name}.csv` in
    `folder` (none when `folder` is None: only the counts and facts are kept)."""
    seconds = dict.fromkeys(STAGES, 0.0) if seconds is None else seconds
    clock = _Clock(seconds)
    reports, claims, checks, invalid = validate.cross_tables(reports, claims, checks)
    clock.lap("validate")
    write = set(spill) if folder is not None else set()
    claims_run = _write_run(folder / f"claims-{name}.csv", "claims", claims) if "claims" in write and len(claims) else None
    reports_run = (_write_run(folder / f"reports-{name}.csv", "reports", reports) if "reports" in write and len(reports)
                   else None)
    clock.lap("write")
    part = Part(_compact(claims[FACT_COLUMNS]), _compact(reports[REPORT_FACT_COLUMNS]), [*rejected, *invalid],
                claims_run, reports_run, len(invalid[1]), checks, seconds=seconds)
    clock.lap("aggregate")
    return part


def _compact(frame: pd.DataFrame) -> pd.DataFrame:
    """A part's facts with their repeated texts as categories."""
    return frame.reset_index(drop=True).astype({c: "category" for c in CATEGORIES if c in frame.columns})


def stacked(table: str, frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Parts' facts as one frame in the table's types (categories text again), a column at a time."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return validate.conform(table, pd.DataFrame(columns=columns))[columns]
    out = {}
    for column in columns:
        parts = [f[column] for f in frames]
        if column in CATEGORIES:
            parts = [p.astype("str") for p in parts]
        out[column] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(out)


def parse_chunk(records: list[tuple], folder: Path | None, index: int, spill: tuple[str, ...] = SPILLED) -> Part:
    """Parse one chunk of raw-report record tuples and validate it -> its `Part` (run number `index`)."""
    seconds = dict.fromkeys(STAGES, 0.0)
    clock = _Clock(seconds)
    frame = raw.records_frame(records)
    clock.lap("read")
    claims, parse_rejected = parse.parse_records(frame)
    reports = report_rows(frame)
    del frame
    clock.lap("parse")
    return settle_part(reports, claims, [parse_rejected], folder, f"{index:06d}", seconds=seconds, spill=spill)


# --- read: the parts of the input ----------------------------------------------------------------------

@dataclass
class Reading:
    """The raw-report parts as they are read, and what the reader learns on the way."""

    parts: list[Part] = field(default_factory=list)
    lines: int = 0
    versions: dict[str, tuple[str, str]] = field(default_factory=dict)


def raw_report_parts(paths: Iterable[Path], folder: Path | None, *, root: Path | None = None,
                     chunk_size: int = CHUNK_SIZE, jobs: int = 1, progress: bool = False,
                     seconds: dict[str, float] | None = None, spill: tuple[str, ...] = SPILLED) -> Reading:
    """Read, parse and validate raw-report files a chunk at a time -> the parts and the settled versions.

    With `jobs` above 1, chunks are parsed in that many worker processes while this one reads; the
    output is the same. Raises OSError (or UnicodeDecodeError) only when a file cannot be read at all.
    """
    seconds = dict.fromkeys(STAGES, 0.0) if seconds is None else seconds
    clock = _Clock(seconds)
    reader = raw.ReportReader(root)
    reading = Reading()
    bar = tqdm(desc="parse", unit=" reports", disable=not progress)

    def tasks() -> Iterator[tuple[raw.Chunk, tuple]]:
        for index, chunk in enumerate(reader.chunks(paths, size=chunk_size)):
            clock.lap("read")
            yield chunk, (chunk.records, folder, index, spill)

    for chunk, part in _done(tasks(), jobs):
        clock.skip()  # the parse was timed by `parse_chunk`, stage by stage
        part.rejected.insert(0, pd.DataFrame(chunk.rejected + chunk.repeats, columns=raw.REJECTED_COLUMNS))
        part.accounting = {"raw_reports": len(chunk.records), "raw_rejected": len(chunk.rejected) + len(chunk.repeats)}
        for stage, spent in part.seconds.items():
            seconds[stage] += spent
        reading.parts.append(part)
        bar.update(len(chunk.records))
        del chunk, part
        release_memory()
    bar.close()
    reading.lines = reader.n_lines
    reading.versions = reader.versions()
    for part in reading.parts:
        settle_versions(part, reading.versions)
    clock.lap("aggregate")
    return reading


def _done(tasks: Iterator[tuple[raw.Chunk, tuple]], jobs: int) -> Iterator[tuple[raw.Chunk, Part]]:
    """Each chunk with its `Part`, in the order read; in `jobs` worker processes when above 1, with at
    most one chunk more than there are workers in memory at once."""
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


def settle_versions(part: Part, versions: dict[str, tuple[str, str]]) -> None:
    """Give a part's facts the settled ids of edited messages (`x` -> `x@v1`), and their earlier versions
    the status `superseded` (the current version keeps the status its claims gave it)."""
    if not versions:
        return
    ids = part.reports["report_id"]
    hit = fields.within(ids, versions.keys())
    if hit.any():
        reports = part.reports.copy()
        reports.loc[hit, "report_id"] = [versions[i][0] for i in ids[hit]]
        superseded = hit & ids.map(lambda i: versions.get(i, ("", ""))[1] == "superseded").astype(bool)
        status = reports["status"].astype("str")
        status[superseded] = "superseded"
        reports["status"] = status.astype("category")
        part.reports = reports
    rids = part.facts["report_id"]
    hit = fields.within(rids, versions.keys())
    if hit.any():
        facts = part.facts.copy()
        settled = [versions[i][0] for i in rids[hit]]
        facts.loc[hit, "claim_id"] = [f"{s}#{c.rpartition('#')[2]}" for s, c in zip(settled, facts.loc[hit, "claim_id"],
                                                                                   strict=True)]
        facts.loc[hit, "report_id"] = settled
        part.facts = facts


def manual_part(listing: read.RawFiles, root: Path, folder: Path | None) -> Part:
    """The hand-entered claims, the night statements and the refused entries of the raw layer -> one part."""
    m_reports, m_claims, m_rejected, n_rows = read.read_manual(listing.manual, root)
    checks = quotecheck.check(m_claims)
    nights, n_rejected, n_night_rows = read.read_nights(listing.nights, root)
    refused = pd.DataFrame([{"input": raw.display_path(path, root), "stage": "read", "reason": why, "value": None}
                            for path, why in listing.refused], columns=raw.REJECTED_COLUMNS)
    reasons = m_rejected["reason"].astype(str)
    accounting = {
        "raw_files_refused": len(refused),
        "manual_rows": n_rows, "manual_claims": len(m_claims), "manual_rejected": len(m_rejected),
        "manual_quote_mismatch": validate.with_reason(reasons, validate.QUOTE_MISMATCH),
        "manual_date_gap": validate.with_reason(reasons, validate.DATE_GAP),
        "manual_date_gap_noted": manual.dated_apart(m_claims, validate.MAX_DATE_GAP_DAYS),
        "night_rows": n_night_rows, "nights": len(nights), "night_rejected": len(n_rejected),
    }
    part = settle_part(m_reports, m_claims, [refused, m_rejected, n_rejected], folder, "manual", checks)
    part.nights, part.accounting = nights, accounting
    return part


def general_staff_part(listing: read.RawFiles, root: Path, folder: Path | None) -> Part:
    """The General Staff's bundled running totals of losses (`data/raw/general-staff/`) -> one part, with the
    General Staff's corrections kept for the daily table."""
    losses = general_staff.import_files(listing.general_staff, root)
    part = settle_part(losses.reports, losses.claims, [losses.rejected], folder, "general_staff")
    part.corrections = losses.corrections
    part.accounting = {"general_staff_records": losses.n_records, "general_staff_claims": len(losses.claims),
                       "general_staff_rejected": len(losses.rejected)}
    return part


# An importer: a binary stream and how rejected rows name it -> an `ImportResult` (reports, claims,
# rejected, n_rows, sha256).
Importer = Callable[[BinaryIO, str], object]


def import_part(name: str, importer: Importer, stream: BinaryIO, shown: str, folder: Path | None) -> tuple[Part, str]:
    """One external dataset, read from a stream by its importer -> its part and the dataset's sha256."""
    result = importer(stream, shown)
    part = settle_part(result.reports, result.claims, [result.rejected], folder, name)
    part.accounting = {f"{name}_rows": result.n_rows}
    return part, result.sha256


# --- validate across parts, aggregate, compare ---------------------------------------------------------

@dataclass
class Finished:
    """The tables built from some parts, less reports and claims, which stay on disk as sorted runs
    (`merge` writes them), with the report ids each run leaves out and the counts."""

    tables: dict[str, pd.DataFrame]
    counts: dict[str, int]
    runs: list[tuple[Path | None, Path | None, frozenset[str]]]


def finish(parts: list[Part], *, last: bool = False) -> Finished:
    """Parts -> nightly, coverage, discrepancies, rejected and quote checks, and the counts.

    Report keys are checked across parts: a report id that an earlier part already holds is rejected,
    and so are its part's claims (orphans), as `cross_tables` does within a part. With `last`, the parts
    are not finished again: their facts are let go once stacked, before aggregation."""
    seen: set[str] = set()
    dropped: list[frozenset[str]] = []
    extra: list[pd.DataFrame] = []
    facts, facts_reports = [], []
    for part in parts:
        ids = part.reports["report_id"]
        repeated = fields.within(ids, seen) if seen else pd.Series(False, index=ids.index)
        gone = frozenset(ids[repeated])
        dropped.append(gone)
        seen.update(ids.tolist())
        if gone:
            orphan = fields.within(part.facts["report_id"], gone)
            extra.append(pd.DataFrame({"input": part.reports.loc[repeated, "raw_path"], "stage": "validate",
                                       "reason": KEY_REPEATED, "value": ids[repeated]}))
            inputs = part.facts.loc[orphan, "report_id"].map(part.reports.drop_duplicates("report_id")
                                                             .set_index("report_id")["raw_path"])
            extra.append(pd.DataFrame({"input": inputs, "stage": "validate",
                                       "reason": "claims: the report this figure comes from was rejected",
                                       "value": part.facts.loc[orphan, "claim_id"]}))
            facts.append(part.facts[~orphan])
            facts_reports.append(part.reports[~repeated])
        else:
            facts.append(part.facts)
            facts_reports.append(part.reports)
    claims = stacked("claims", facts, FACT_COLUMNS)
    reports = stacked("reports", facts_reports, ["report_id", "status", "published_at"])
    del facts, facts_reports
    if last:
        for part in parts:
            part.facts, part.reports = part.facts.iloc[:0].copy(), part.reports.iloc[:0].copy()
    release_memory()
    nightly = aggregate.build_nightly(claims, reports)
    release_memory()
    corrections = pd.concat([p.corrections for p in parts], ignore_index=True) if parts else \
        pd.DataFrame(columns=general_staff.CORRECTION_COLUMNS)
    losses, unmatched = general_staff.daily(claims, corrections)
    losses, bad_losses = validate.validate("losses_daily", losses)
    discrepancies = compare.build_discrepancies(claims, reports, nightly, losses)
    nights = pd.concat([p.nights for p in parts], ignore_index=True) if parts else aggregate.empty_nights()
    coverage = aggregate.build_coverage(nightly, nights)
    rejected = validate.stack("rejected", [r for p in parts for r in p.rejected] + extra + [unmatched, bad_losses])
    checks = validate.stack("quote_checks", [p.quote_checks for p in parts])
    tables = {"nightly": nightly, "discrepancies": discrepancies, "rejected": rejected, "coverage": coverage,
              "quote_checks": checks, "losses_daily": losses}
    counts = {
        "reports": len(reports), "claims": len(claims), "claims_invalid": sum(p.n_claims_invalid for p in parts),
        "nightly": len(nightly), "discrepancies": len(discrepancies), "rejected": len(rejected),
        "losses_daily": len(losses), **quotecheck.agreement(checks),
    }
    runs = [(p.reports_run, p.claims_run, gone) for p, gone in zip(parts, dropped, strict=True)]
    return Finished(tables, counts, runs)


def accounting(parts: list[Part]) -> dict[str, int]:
    """The parts' counts of what was read, added up."""
    out: dict[str, int] = {}
    for part in parts:
        for key, value in part.accounting.items():
            out[key] = out.get(key, 0) + value
    return out


# --- sorted runs of CSV rows, merged ------------------------------------------------------------------

def _write_run(path: Path, table: str, frame: pd.DataFrame) -> Path:
    """A table's rows as CSV sorted by its key, without the header."""
    data = publish.to_csv_bytes(table, frame)
    with _naming(path):
        path.write_bytes(data[data.index(b"\n") + 1:])
    return path


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """An OSError in the block names `path` (a write to a full disk names no file of itself)."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc


def header(table: str) -> str:
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


_STATUS = fields.TABLES["reports"].columns.index("status")


def _report_id(table: str, row: str) -> str:
    """The report id of a row: a report's key, or a claim's id (`{report_id}#{k}`) less the number."""
    first = _first_field(row)
    return first if table == "reports" else first.rpartition("#")[0]


def _settle(table: str, row: str, versions: dict[str, tuple[str, str]]) -> str | None:
    """A row of a report whose id changed, with its ids (and a report's status) settled; None when unchanged."""
    settled = versions.get(_report_id(table, row))
    if settled is None:
        return None
    values = next(csv.reader([row]))
    if table == "reports":
        values[0] = settled[0]
        if settled[1] == "superseded":
            values[_STATUS] = "superseded"
    else:
        values[0], values[1] = f"{settled[0]}#{values[0].rpartition('#')[2]}", settled[0]
    return _render(values)


def merge(table: str, runs: list[tuple[Path, frozenset[str]]], out: Path,
          versions: dict[str, tuple[str, str]]) -> Path:
    """Merge runs sorted by key into one CSV file of `table` (`reports` or `claims`), leaving out the rows
    of the report ids each run names and settling the ids that changed. -> `out`."""
    def rows(path: Path, gone: frozenset[str]) -> Iterator[str]:
        for row in csv_rows(path):
            rid = _report_id(table, row)
            if rid not in gone and rid not in versions:
                yield row

    streams: list[Iterator[str]] = [rows(path, gone) for path, gone in runs]
    if versions:
        # A first pass finds the rows whose ids change, so that they merge in at their new place.
        moved = sorted((r for path, gone in runs for row in csv_rows(path)
                        if _report_id(table, row) not in gone and (r := _settle(table, row, versions))),
                       key=_first_field)
        streams.append(iter(moved))
    with _naming(out), open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(header(table))
        fh.writelines(heapq.merge(*streams, key=_first_field))
    return out


def remove_stale_runs(folder: Path) -> list[Path]:
    """Remove the folders of sorted runs that a run killed outright left in `folder`: those whose
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


def runs_folder(beside: Path) -> tempfile.TemporaryDirectory:
    """A temporary folder for sorted runs in `beside` (created when missing; stale run folders removed)."""
    beside = Path(beside)
    beside.mkdir(parents=True, exist_ok=True)
    remove_stale_runs(beside)
    return tempfile.TemporaryDirectory(prefix=f"{RUNS_PREFIX}{os.getpid()}-", dir=beside)


# --- `strikeclaims parse`: the same route, claims and rejections written to files ----------------------

@dataclass
class Result:
    """What a run of `parse` read and produced, and the seconds each stage took."""

    lines: int = 0
    reports: int = 0
    claims: int = 0
    rejected: int = 0
    nightly: pd.DataFrame | None = None
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


def parse_files(paths: Iterable[Path], *, claims_out: Path | None = None, rejects_out: Path | None = None,
                nightly: bool = False, chunk_size: int = CHUNK_SIZE, progress: bool = False,
                root: Path | None = None, jobs: int = 1) -> Result:
    """Raw-report files -> `claims_out` and `rejects_out` (and the nightly table, when asked), through
    the build's route: read and parse a chunk at a time, `cross_tables`, sorted runs merged at the end."""
    result = Result()
    beside = Path(claims_out).parent if claims_out is not None else None
    with (runs_folder(beside) if beside is not None else tempfile.TemporaryDirectory(prefix=RUNS_PREFIX)) as tmp:
        reading = raw_report_parts(paths, Path(tmp) if claims_out is not None else None, chunk_size=chunk_size,
                                   jobs=jobs, progress=progress, root=root, seconds=result.seconds,
                                   spill=("claims",))
        clock = _Clock(result.seconds)
        parts = reading.parts
        result.lines = reading.lines
        result.reports = sum(p.accounting["raw_reports"] for p in parts)
        result.claims = sum(len(p.facts) for p in parts)
        if nightly:  # of the claims, those that may count in nightly are all it reads
            claims = stacked("claims", [p.facts[aggregate.may_count(p.facts)] for p in parts], FACT_COLUMNS)
            reports = stacked("reports", [p.reports for p in parts], ["report_id", "status", "published_at"])
            result.nightly = aggregate.build_nightly(claims, reports)
            del claims, reports
            clock.lap("aggregate")
        rejected = validate.stack("rejected", [r for p in parts for r in p.rejected])
        result.rejected = len(rejected)
        if claims_out is not None:
            with publish.replacing(Path(claims_out)) as out:
                merge("claims", [(p.claims_run, frozenset()) for p in parts if p.claims_run], out, reading.versions)
        if rejects_out is not None:
            publish.write_file(Path(rejects_out), publish.to_csv_bytes("rejected", rejected))
        clock.lap("write")
    return result


def import_file(name: str, importer: Importer, path: Path, *, claims_out: Path,
                rejects_out: Path | None = None) -> tuple[int, int, int, int, str]:
    """One external dataset file -> `claims_out` and `rejects_out`, through the build's route (import from
    a stream, `cross_tables`, a sorted run merged). -> (rows, reports, claims, rejected, sha256).
    Raises OSError when the file cannot be read, `importers.DatasetError` when it cannot be imported."""
    with runs_folder(Path(claims_out).parent) as tmp:
        with read.files.open_regular(Path(path)) as stream:
            part, sha = import_part(name, importer, stream, raw.display_path(Path(path), None), Path(tmp))
        done = finish([part])
        with publish.replacing(Path(claims_out)) as out:
            merge("claims", [(part.claims_run, frozenset())] if part.claims_run else [], out, {})
    if rejects_out is not None:
        publish.write_file(Path(rejects_out), publish.to_csv_bytes("rejected", done.tables["rejected"]))
    return (part.accounting[f"{name}_rows"], done.counts["reports"], done.counts["claims"], done.counts["rejected"],
            sha)
