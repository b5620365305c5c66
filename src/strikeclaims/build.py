"""The pipeline: read -> parse/import -> validate -> aggregate -> compare -> publish.

In: the raw layer (`data/raw/reports/`, `data/raw/manual/`) and, when present, external
datasets under `data/external/`. Out: `data/clean/` (bundled raw layer only) and, when an
external dataset is present, `data/full/` (bundled plus external), each with the five data
tables, coverage, the reference tables and `datapackage.json`. Returns the accounting.

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
from tqdm import tqdm

from strikeclaims import aggregate, compare, parse, publish, quotecheck, read, reference, spreadsheet, validate
from strikeclaims.cache import CACHE_DIR, cached, content_key, file_digest, remove_temporary
from strikeclaims.importers import general_staff
from strikeclaims.read import manual

PITERFM_PATH = Path("data/external/piterfm/missile_attacks_daily.csv")
EODI_PATH = Path("data/external/eodi/ucrania.json")
EXTERNAL_PATHS = {"piterfm": PITERFM_PATH, "eodi": EODI_PATH}
LOCK_FILE = "build.lock"


class BuildError(Exception):
    """A build that cannot go ahead or finish, in one line: what, which path, why."""


@dataclass
class Layer:
    """Reports, claims and rejections from one kind of input, before validation."""

    reports: pd.DataFrame
    claims: pd.DataFrame
    rejected: pd.DataFrame
    accounting: dict[str, int] = field(default_factory=dict)
    nights: pd.DataFrame = field(default_factory=aggregate.empty_nights)
    quote_checks: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=quotecheck.COLUMNS))
    corrections: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=general_staff.CORRECTION_COLUMNS))


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


def report_rows(records: pd.DataFrame) -> pd.DataFrame:
    """Raw report records -> rows of the reports table (status and counts filled in later)."""
    out = records.copy()
    out["method"] = [parse.method_for(s) for s in out["source"]]
    out["author"] = out["source"].map({k: v["author"] for k, v in reference.sources().items()})
    out["n_claims"] = 0
    out["outlet"] = None
    return out


def progress_enabled() -> bool:
    """Progress bars only for a person at a terminal: never under CI or when stderr is redirected."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def parse_in_chunks(records: pd.DataFrame, chunk: int = 20_000) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse records in chunks, so that a long parse shows its progress."""
    if len(records) <= chunk:
        return parse.parse_records(records)
    parts = [parse.parse_records(records.iloc[i:i + chunk])
             for i in tqdm(range(0, len(records), chunk), desc="parse", unit="chunk", disable=not progress_enabled())]
    return (pd.concat([p[0] for p in parts], ignore_index=True),
            pd.concat([p[1] for p in parts], ignore_index=True))


def _refused_key(root: Path, listing: read.RawFiles) -> str:
    """The entries of the raw layer that are not read, for the cache key: adding a link changes the build."""
    return "\n".join(f"{read.reports.display_path(path, root)}\t{why}" for path, why in listing.refused)


def read_bundled(root: Path, *, force: bool = False, listing: read.RawFiles | None = None) -> Layer:
    """Read and parse the bundled raw layer (from the cache when nothing changed)."""
    listing = listing or read.raw_files(root / "data" / "raw")
    return cached(root, "bundled", listing.inputs(), lambda: _read_bundled(root, listing), force=force,
                  extra=_refused_key(root, listing))


def _read_bundled(root: Path, listing: read.RawFiles) -> Layer:
    records, raw_rejected, n_lines = read.read_reports(
        tqdm(listing.reports, desc="read", unit="file", disable=not progress_enabled()), root)
    parsed, parse_rejected = parse_in_chunks(records)
    m_reports, m_claims, m_rejected, n_rows = read.read_manual(listing.manual, root)
    checks = quotecheck.check(m_claims)
    nights, n_rejected, n_night_rows = read.read_nights(listing.nights, root)
    refused = pd.DataFrame([{"input": read.reports.display_path(path, root), "stage": "read", "reason": why,
                             "value": None} for path, why in listing.refused], columns=read.reports.REJECTED_COLUMNS)
    losses = general_staff.import_files(listing.general_staff, root)
    reports = pd.concat([report_rows(records), m_reports, losses.reports], ignore_index=True)
    claims = validate.stack("claims", [parsed, m_claims, losses.claims])
    rejected = validate.stack("rejected", [refused, raw_rejected, parse_rejected, m_rejected, n_rejected,
                                           losses.rejected])
    reasons = m_rejected["reason"].astype(str)
    accounting = {
        "raw_files_refused": len(refused),
        "raw_lines": n_lines, "raw_reports": len(records), "raw_rejected": len(raw_rejected),
        "manual_rows": n_rows, "manual_claims": len(m_claims), "manual_rejected": len(m_rejected),
        "manual_quote_mismatch": validate.with_reason(reasons, validate.QUOTE_MISMATCH),
        "manual_date_gap": validate.with_reason(reasons, validate.DATE_GAP),
        "manual_date_gap_noted": manual.dated_apart(m_claims, validate.MAX_DATE_GAP_DAYS),
        "night_rows": n_night_rows, "nights": len(nights), "night_rejected": len(n_rejected),
        "general_staff_records": losses.n_records, "general_staff_claims": len(losses.claims),
        "general_staff_rejected": len(losses.rejected),
    }
    return Layer(reports, claims, rejected, accounting, nights, checks, losses.corrections)


def read_external(root: Path, *, force: bool = False) -> tuple[list[Layer], dict[str, str]]:
    """Import the external datasets a user has put in `data/external/`.

    Raises `BuildError` when one is there but cannot be imported at all (not a regular file, not
    readable, a required column missing)."""
    from strikeclaims.importers import DatasetError, eodi, piterfm

    layers: list[Layer] = []
    digests: dict[str, str] = {}
    importers = {"piterfm": piterfm.import_piterfm, "eodi": eodi.import_eodi}
    for name, relative in EXTERNAL_PATHS.items():
        path = root / relative
        if not (path.exists() or path.is_symlink()):
            continue

        def compute(name: str = name, path: Path = path) -> tuple[Layer, str]:
            result = importers[name](path, root=root)
            return Layer(result.reports, result.claims, result.rejected, {f"{name}_rows": result.n_rows}), \
                result.sha256

        try:
            if not path.is_file():
                raise read.files.NotRegularFile(0, "not a regular file", str(path))
            layer, digest = cached(root, name, [path], compute, force=force)
        except OSError as exc:
            raise BuildError(f"cannot read {publish.describe(exc)}") from exc
        except DatasetError as exc:
            raise BuildError(f"{relative}: {exc}") from exc
        layers.append(layer)
        digests[name] = digest
    return layers, digests


def finish(layers: list[Layer]) -> tuple[dict[str, pd.DataFrame], dict[str, int]]:
    """Validate, aggregate and compare -> the published tables and their counts."""
    reports = pd.concat([x.reports for x in layers], ignore_index=True)
    claims = validate.stack("claims", [x.claims for x in layers])
    rejected = [x.rejected for x in layers]

    checks = validate.stack("quote_checks", [x.quote_checks for x in layers])
    reports, claims, checks, invalid = validate.cross_tables(reports, claims, checks)
    rejected += invalid
    bad_claims = invalid[1]

    nightly = aggregate.build_nightly(claims, reports)
    corrections = pd.concat([x.corrections for x in layers], ignore_index=True)
    losses, unmatched = general_staff.daily(claims, corrections)
    losses, bad_losses = validate.validate("losses_daily", losses)
    discrepancies = compare.build_discrepancies(claims, reports, nightly, losses)
    nights = pd.concat([x.nights for x in layers], ignore_index=True) if layers else aggregate.empty_nights()
    coverage = aggregate.build_coverage(nightly, nights)
    rejected_all = validate.stack("rejected", [*rejected, unmatched, bad_losses])
    tables = {
        "reports": reports, "claims": claims.drop(columns=[c for c in claims.columns if c.startswith("_")]),
        "nightly": nightly, "discrepancies": discrepancies, "rejected": rejected_all, "coverage": coverage,
        "quote_checks": checks, "losses_daily": losses,
    }
    counts = {
        "reports": len(reports), "claims": len(claims), "claims_invalid": len(bad_claims),
        "nightly": len(nightly), "discrepancies": len(discrepancies), "rejected": len(rejected_all),
        "losses_daily": len(losses),
        **quotecheck.agreement(checks),
    }
    return tables, counts


PUBLISHED = ("data/clean", "data/spreadsheets", "data/full")
LAST_BUILD = "last-build.json"
SHRINK_GUARDED = ("reports", "claims")


def input_files(root: Path, listing: read.RawFiles | None = None) -> list[Path]:
    """Every file a build reads: raw reports, manual claims, night statements and external datasets."""
    listing = listing or read.raw_files(root / "data" / "raw")
    external = [root / path for path in EXTERNAL_PATHS.values()]
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


def check_shrink(root: Path, tables: dict[str, pd.DataFrame], size: int) -> None:
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
        if before is not None and len(tables[table]) < before:
            shrank.append(f"{table} {before:,} -> {len(tables[table]):,}")
    if shrank:
        raise BuildError(f"the build would publish fewer rows in data/clean from a raw layer that did not shrink "
                         f"({'; '.join(shrank)}); data/clean is as it was. Find what is no longer read (a "
                         f"parser change, a rule), or rerun with --allow-shrink to publish it all the same")


def _write(root: Path, folder: str, files: dict[str, bytes]) -> bool:
    try:
        return publish.write_folder(root / folder, files)
    except OSError as exc:
        raise BuildError(f"cannot write {folder} ({publish.describe(exc)}); {folder} is as it was") from exc


def build(root: Path = Path("."), *, force: bool = False, wait: float | None = None,
          allow_shrink: bool = False) -> BuildResult:
    """Build `data/clean/` (and `data/full/` when external datasets are present).

    When no input file and no line of the package changed since the last build, and the published
    folders are as that build left them, nothing is redone (`force` redoes everything). Another build
    of the same tree is waited for (at most `wait` seconds, `publish.LOCK_WAIT` by default). A build that
    would publish fewer reports or claims from a raw layer that did not shrink refuses (`check_shrink`)
    unless `allow_shrink`.
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
        return _build(root, listing, force, allow_shrink)


def _build(root: Path, listing: read.RawFiles, force: bool, allow_shrink: bool = False) -> BuildResult:
    remove_temporary(root)
    for folder in PUBLISHED:
        publish.clean_leftovers(root / folder)
    fingerprint = content_key(root, input_files(root, listing), _refused_key(root, listing))
    if not force and (last := _unchanged_build(root, fingerprint)) is not None:
        return last
    try:
        bundled = read_bundled(root, force=force, listing=listing)
    except OSError as exc:
        raise BuildError(f"cannot read the raw layer ({publish.describe(exc)})") from exc
    tables, counts = finish([bundled])
    accounting = {**bundled.accounting, **counts}
    if not any((root / p).exists() or (root / p).is_symlink() for p in EXTERNAL_PATHS.values()):
        bundled = None  # no data/full to build: the unvalidated layer (texts and all) is not held while publishing
    size = raw_bytes(listing)
    if not allow_shrink:
        check_shrink(root, tables, size)
    clean = publish.render(tables)
    wrote = {"data/clean": _write(root, "data/clean", clean)}
    wrote["data/spreadsheets"] = _write(root, "data/spreadsheets", spreadsheet.render(clean))
    del clean
    removed: list[str] = []
    try:
        externals, digests = read_external(root, force=force)
    except BuildError as exc:
        publish.remove_folder(root / "data" / "full")  # never tables of a dataset that is no longer read
        raise BuildError(f"{exc}; data/clean is published, data/full removed") from exc
    if externals:
        if bundled is None:  # the dataset appeared during this build
            bundled = read_bundled(root, force=False, listing=listing)
        full_tables, full_counts = finish([bundled, *externals])
        extra = {"sources": [{"title": name, "path": str(EXTERNAL_PATHS[name]), "hash": f"sha256:{d}"}
                             for name, d in digests.items()]}
        wrote["data/full"] = _write(root, "data/full", publish.render(full_tables, extra))
        for layer in externals:
            accounting.update(layer.accounting)
        accounting.update({f"full_{k}": v for k, v in full_counts.items()})
    elif publish.remove_folder(root / "data" / "full"):
        removed.append("data/full")
    record = {"fingerprint": fingerprint, "raw_bytes": size, "accounting": accounting, "external": digests, "folders": list(wrote),
              "published": _published_digests(root)}
    try:
        publish.write_file(root / CACHE_DIR / LAST_BUILD, (json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
    except OSError:
        pass  # the next build is done in full
    return BuildResult(accounting, tables, wrote, digests, removed)
