"""`strikeclaims build`: the pipeline (`pipeline.py`) with published folders as its output.

In: the raw layer (`data/raw/reports/`, `data/raw/manual/`) and, when present, external
datasets under `data/external/`. Out: `data/clean/` (bundled raw layer only) and, when an
external dataset is present, `data/full/` (bundled plus external), each with the five data
tables, coverage, the reference tables and `datapackage.json`. Returns the accounting.
The external datasets it imports are the one list of `importers()`.

One build at a time writes a tree (a second one waits for the lock). A build that cannot go
ahead or finish (no raw layer, a full disk, an external dataset that cannot be imported) raises
`BuildError` with the path and the cause; `data/full/` never outlives its external dataset.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from strikeclaims import pipeline, publish, read, spreadsheet, validate
from strikeclaims.cache import CACHE_DIR, content_key, file_digest, remove_temporary

PITERFM_PATH = Path("data/external/piterfm/missile_attacks_daily.csv")
EODI_PATH = Path("data/external/eodi/ucrania.json")
LOCK_FILE = "build.lock"


class BuildError(Exception):
    """A build that cannot go ahead or finish, in one line: what, which path, why."""


@dataclass
class BuildResult:
    accounting: dict[str, int]
    tables: dict[str, pd.DataFrame]
    wrote: dict[str, bool]
    external: dict[str, str]
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        a = self.accounting
        lines = [
            f"raw files not read {a.get('raw_files_refused', 0):>9,}  (links, special files, files out of place: "
            "each a rejected row)",
            f"raw report lines   {a.get('raw_lines', 0):>9,}  -> reports {a.get('raw_reports', 0):,}, "
            f"rejected {a.get('raw_rejected', 0):,}",
            f"manual claim rows  {a.get('manual_rows', 0):>9,}  -> claims {a.get('manual_claims', 0):,}, "
            f"rejected {a.get('manual_rejected', 0):,}",
            f"  checks of hand entry: {a.get('manual_quote_mismatch', 0):,} counts not stated in their quote, "
            f"{a.get('manual_date_gap', 0):,} dated over {validate.MAX_DATE_GAP_DAYS} days from publication without "
            f"a note ({a.get('manual_date_gap_noted', 0):,} with one)",
            quote_check_line(a),
            f"General Staff records {a.get('general_staff_records', 0):>5,}  -> claims {a.get('general_staff_claims', 0):,}, "
            f"rejected {a.get('general_staff_rejected', 0):,}; daily rows {a.get('losses_daily', 0):,}",
            f"night statements   {a.get('night_rows', 0):>9,}  -> nights without attack {a.get('nights', 0):,}, "
            f"rejected {a.get('night_rejected', 0):,}",
            f"reports published  {a.get('reports', 0):>9,}",
            f"claims published   {a.get('claims', 0):>9,}  (rejected at validation {a.get('claims_invalid', 0):,})",
            f"nightly rows       {a.get('nightly', 0):>9,}",
            f"discrepancies      {a.get('discrepancies', 0):>9,}",
            f"rejected rows      {a.get('rejected', 0):>9,}",
        ]
        for name, digest in self.external.items():
            lines.append(f"external {name}: {a.get(f'{name}_rows', 0):,} rows, sha256 {digest}")
        if self.external:
            lines.append(f"data/full           reports {a.get('full_reports', 0):,}, claims {a.get('full_claims', 0):,}, "
                         f"nightly {a.get('full_nightly', 0):,}, discrepancies {a.get('full_discrepancies', 0):,}, "
                         f"rejected {a.get('full_rejected', 0):,}")
        for folder, changed in self.wrote.items():
            lines.append(f"{folder}: {'written' if changed else 'unchanged'}")
        for folder in self.removed:
            lines.append(f"{folder}: removed (no external dataset in data/external/)")
        return "\n".join(lines)


def quote_check_line(a: dict[str, int]) -> str:
    """The accounting line of the quote check: agreement overall and per author (largest first)."""
    checked, agrees = a.get("quote_checked", 0), a.get("quote_agrees", 0)
    authors = sorted((k.split(":", 1)[1] for k in a if k.startswith("quote_checked:")),
                     key=lambda name: (-a[f"quote_checked:{name}"], name))
    per = ", ".join(f"{name} {_share(a.get(f'quote_agrees:{name}', 0), a[f'quote_checked:{name}'])} of "
                    f"{a[f'quote_checked:{name}']:,}" for name in authors)
    return (f"  quote check: the parsers read the entered figure in the quote of {agrees:,} of {checked:,} manual "
            f"claims ({_share(agrees, checked)}){': ' + per if per else ''}; the others are in quote_checks.csv")


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def progress_enabled() -> bool:
    """Progress bars only for a person at a terminal: never under CI or when stderr is redirected."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _refused_key(root: Path, listing: read.RawFiles) -> str:
    """The entries of the raw layer that are not read, for the fingerprint: adding a link changes the build."""
    return "\n".join(f"{read.reports.display_path(path, root)}\t{why}" for path, why in listing.refused)


def importers() -> list[tuple[str, Path, pipeline.Importer]]:
    """The external datasets a build imports into `data/full/` when a user has put them in `data/external/`:
    each one's name, path and importer (a function of a binary stream and the name rejected rows give
    it, returning its reports, claims and rejections)."""
    from strikeclaims.importers import eodi, piterfm

    return [("piterfm", PITERFM_PATH, piterfm.import_stream), ("eodi", EODI_PATH, eodi.import_stream)]


def read_bundled(root: Path, listing: read.RawFiles, folder: Path, chunk_size: int = pipeline.CHUNK_SIZE
                 ) -> tuple[list[pipeline.Part], dict[str, tuple[str, str]], dict[str, int]]:
    """Read, parse and validate the bundled raw layer a chunk at a time -> its parts (rows spilled into
    `folder`), the settled ids of edited messages, and the accounting of what was read."""
    reading = pipeline.raw_report_parts(listing.reports, folder, root=root, chunk_size=chunk_size,
                                        progress=progress_enabled())
    parts = [*reading.parts, pipeline.manual_part(listing, root, folder),
             pipeline.general_staff_part(listing, root, folder)]
    return parts, reading.versions, {"raw_lines": reading.lines, **pipeline.accounting(parts)}


def read_external(root: Path, folder: Path, datasets: list[tuple[str, Path, pipeline.Importer]] | None = None
                  ) -> tuple[list[pipeline.Part], dict[str, str]]:
    """Import the external datasets a user has put in `data/external/`, each from a stream (`datasets`: those
    of `importers()` present when the build started; all of them by default).

    Raises `BuildError` when one is there but cannot be imported at all (not a regular file, not
    readable, a required column missing)."""
    from strikeclaims.importers import DatasetError

    parts: list[pipeline.Part] = []
    digests: dict[str, str] = {}
    for name, relative, importer in importers() if datasets is None else datasets:
        path = root / relative
        if not (path.exists() or path.is_symlink()):
            continue
        try:
            with read.files.open_regular(path) as stream:
                part, digest = pipeline.import_part(name, importer, stream, read.reports.display_path(path, root),
                                                    folder)
        except OSError as exc:
            raise BuildError(f"cannot read {publish.describe(exc)}") from exc
        except DatasetError as exc:
            raise BuildError(f"{relative}: {exc}") from exc
        parts.append(part)
        digests[name] = digest
    return parts, digests


def publish_tables(root: Path, folder: str, done: pipeline.Finished, versions: dict[str, tuple[str, str]],
                   runs: Path, extra: dict | None = None) -> bool:
    """Write a published folder: reports and claims merged from their sorted runs, the other tables from
    memory, the reference tables and `datapackage.json`. -> whether anything changed."""
    merged: dict[str, Path] = {}
    try:
        for table, position in (("reports", 0), ("claims", 1)):
            out = runs / f"{folder.replace('/', '-')}-{table}.csv"
            merged[table] = out
            pipeline.merge(table, [(r[position], r[2]) for r in done.runs if r[position] is not None], out, versions)
        files = publish.render(done.tables, extra, merged)
        return _write(root, folder, files)
    except OSError as exc:
        raise BuildError(f"cannot write {folder} ({publish.describe(exc)}); {folder} is as it was") from exc
    finally:
        for path in merged.values():
            path.unlink(missing_ok=True)


PUBLISHED = ("data/clean", "data/spreadsheets", "data/full")
LAST_BUILD = "last-build.json"
SHRINK_GUARDED = ("reports", "claims")


def input_files(root: Path, listing: read.RawFiles | None = None) -> list[Path]:
    """Every file a build reads: raw reports, manual claims, night statements and external datasets."""
    listing = listing or read.raw_files(root / "data" / "raw")
    external = [root / path for _, path in importers_paths()]
    return listing.inputs() + [path for path in external if path.is_file()]


def _published_digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): file_digest(p)
            for folder in PUBLISHED if (root / folder).is_dir() for p in sorted((root / folder).iterdir())}


def _unchanged_build(root: Path, fingerprint: str) -> BuildResult | None:
    """The last build's result, when neither its inputs nor its published files have changed since."""
    try:
        last = json.loads((root / CACHE_DIR / LAST_BUILD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if last.get("fingerprint") != fingerprint or last.get("published") != _published_digests(root):
        return None
    wrote = {folder: False for folder in last["folders"]}
    return BuildResult(last["accounting"], {}, wrote, last["external"])


def _raw_layer(root: Path) -> read.RawFiles:
    """The raw layer's listing; BuildError when there is no raw layer or nothing in it to read."""
    raw = root / "data" / "raw"
    if not raw.is_dir():
        raise BuildError(f"no raw layer at {raw}: the project folder (--root) holds data/raw/")
    listing = read.raw_files(raw)
    if not listing.inputs():
        raise BuildError(f"the raw layer {raw} holds no report, manual claim or night file to read"
                         + (f" ({len(listing.refused)} entries not read: links, special files or files out of "
                            "place)" if listing.refused else ""))
    return listing


def raw_bytes(listing: read.RawFiles) -> int:
    """The size of the raw layer a build reads, in bytes (the raw layer only grows)."""
    return sum(path.stat().st_size for path in listing.inputs())


def _published_rows(folder: Path, table: str) -> int | None:
    """Rows of a published table (None when it is not there or cannot be read)."""
    try:
        return len(pd.read_csv(folder / f"{table}.csv", usecols=[0], dtype=str))
    except (OSError, ValueError):
        return None


def check_shrink(root: Path, counts: dict[str, int], size: int) -> None:
    """The declining-update guard: BuildError when the build would publish fewer reports or claims than the
    last publication, from a raw layer as large as the last build's or larger.

    The last publication is the last build's record; without one (a fresh clone), the tables in
    `data/clean/`, whose raw layer is taken to be as large (the raw layer is append-only)."""
    try:
        last = json.loads((root / CACHE_DIR / LAST_BUILD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    if last.get("raw_bytes") is not None and size < last["raw_bytes"]:
        return
    shrank = []
    for table in SHRINK_GUARDED:
        before = last.get("accounting", {}).get(table) if last else _published_rows(root / "data" / "clean", table)
        if before is not None and counts[table] < before:
            shrank.append(f"{table} {before:,} -> {counts[table]:,}")
    if shrank:
        raise BuildError(f"the build would publish fewer rows in data/clean from a raw layer that did not shrink "
                         f"({'; '.join(shrank)}); data/clean is as it was. Find what is no longer read (a "
                         f"parser change, a rule), or rerun with --allow-shrink to publish it all the same")


def _write(root: Path, folder: str, files: dict[str, bytes | Path]) -> bool:
    try:
        return publish.write_folder(root / folder, files)
    except OSError as exc:
        raise BuildError(f"cannot write {folder} ({publish.describe(exc)}); {folder} is as it was") from exc


def build(root: Path = Path("."), *, force: bool = False, wait: float | None = None,
          allow_shrink: bool = False, chunk_size: int = pipeline.CHUNK_SIZE) -> BuildResult:
    """Build `data/clean/` (and `data/full/` when external datasets are present).

    When no input file and no line of the package changed since the last build, and the published
    folders are as that build left them, nothing is redone (`force` redoes everything). Another build
    of the same tree is waited for (at most `wait` seconds, `publish.LOCK_WAIT` by default). A build that
    would publish fewer reports or claims from a raw layer that did not shrink refuses (`check_shrink`)
    unless `allow_shrink`. Raw reports are read `chunk_size` at a time; the output does not depend on it.
    """
    root = Path(root)
    listing = _raw_layer(root)
    with ExitStack() as stack:
        try:
            stack.enter_context(publish.locked(root / CACHE_DIR / LOCK_FILE, "another build of this folder", wait))
        except OSError as exc:
            raise BuildError(f"cannot lock the build ({publish.describe(exc)})") from exc
        except publish.Busy as exc:
            raise BuildError(str(exc)) from exc
        return _build(root, listing, force, allow_shrink, chunk_size)


def _build(root: Path, listing: read.RawFiles, force: bool, allow_shrink: bool = False,
           chunk_size: int = pipeline.CHUNK_SIZE) -> BuildResult:
    remove_temporary(root)
    for folder in PUBLISHED:
        publish.clean_leftovers(root / folder)
    fingerprint = content_key(root, input_files(root, listing), _refused_key(root, listing))
    if not force and (last := _unchanged_build(root, fingerprint)) is not None:
        return last
    try:
        runs = pipeline.runs_folder(root / CACHE_DIR)
    except OSError as exc:
        raise BuildError(f"cannot make a temporary folder ({publish.describe(exc)})") from exc
    with runs as tmp:
        return _publish_all(root, listing, Path(tmp), fingerprint, allow_shrink, chunk_size)


def _publish_all(root: Path, listing: read.RawFiles, runs: Path, fingerprint: str, allow_shrink: bool,
                 chunk_size: int) -> BuildResult:
    try:
        bundled, versions, accounting = read_bundled(root, listing, runs, chunk_size)
    except OSError as exc:
        if exc.filename is not None and Path(os.fsdecode(exc.filename)).is_relative_to(runs):
            # The sorted runs are the first part of data/clean to be written.
            raise BuildError(f"cannot write data/clean ({publish.describe(exc)}); data/clean is as it was") from exc
        raise BuildError(f"cannot read the raw layer ({publish.describe(exc)})") from exc
    # The external datasets present when the build starts are its inputs (as in its fingerprint).
    present = [(name, path, importer) for name, path, importer in importers()
               if (root / path).exists() or (root / path).is_symlink()]
    done = pipeline.finish(bundled, last=not present)
    accounting.update(done.counts)
    size = raw_bytes(listing)
    if not allow_shrink:
        check_shrink(root, done.counts, size)
    wrote = {"data/clean": publish_tables(root, "data/clean", done, versions, runs)}
    clean = root / "data" / "clean"
    sheets = spreadsheet.render({p.name: p for p in sorted(clean.iterdir()) if p.suffix == ".csv"})
    wrote["data/spreadsheets"] = _write(root, "data/spreadsheets", sheets)
    del sheets
    removed: list[str] = []
    try:
        externals, digests = read_external(root, runs, present)
    except BuildError as exc:
        publish.remove_folder(root / "data" / "full")  # never tables of a dataset that is no longer read
        raise BuildError(f"{exc}; data/clean is published, data/full removed") from exc
    if externals:
        full = pipeline.finish([*bundled, *externals])
        paths = {name: path for name, path, _ in present}
        extra = {"sources": [{"title": name, "path": str(paths[name]), "hash": f"sha256:{d}"}
                             for name, d in digests.items()]}
        wrote["data/full"] = publish_tables(root, "data/full", full, versions, runs, extra)
        accounting.update(pipeline.accounting(externals))
        accounting.update({f"full_{k}": v for k, v in full.counts.items()})
    elif publish.remove_folder(root / "data" / "full"):
        removed.append("data/full")
    record = {"fingerprint": fingerprint, "raw_bytes": size, "accounting": accounting, "external": digests,
              "folders": list(wrote), "published": _published_digests(root)}
    try:
        publish.write_file(root / CACHE_DIR / LAST_BUILD, (json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
    except OSError:
        pass  # the next build is done in full
    return BuildResult(accounting, done.tables, wrote, digests, removed)


def importers_paths() -> list[tuple[str, Path]]:
    """Each external dataset's name and path (relative to the project folder)."""
    return [(name, path) for name, path, _ in importers()]
