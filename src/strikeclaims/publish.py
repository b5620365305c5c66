"""Tables -> CSV files, `datapackage.json` and the codebook; deterministic and atomic.

In: validated frames keyed by table name. Out: a folder (`data/clean/` or `data/full/`)
holding one CSV per table, the reference tables and a Frictionless `datapackage.json` with
each file's `sha256:` hash and byte size. The folder is assembled in a staging folder beside
it and swapped in with one atomic rename, so a build killed at any moment leaves either the
old folder or the new one, never a mix; a write that fails (a full disk) removes the staging
folder and leaves the old one. Same frames, same bytes.

`locked` keeps two processes from writing the same files at once (two builds in one tree, two
imports into one raw folder); `describe` says which file an `OSError` is about, and why.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import filecmp
import hashlib
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from strikeclaims import __version__, fields, reference

LICENSES = [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
             "path": "https://creativecommons.org/licenses/by/4.0/"}]
STAGING_PREFIX = ".staging-"
OLD_PREFIX = ".old-"
REMOVED_PREFIX = ".removed-"  # a folder on its way out, never restored
LOCK_WAIT = 600.0  # seconds a second build or import waits for the first before it gives up


class Busy(Exception):
    """Another process holds the lock, and did not let it go in time; one line."""


def describe(exc: OSError) -> str:
    """`path: cause` for an OSError (`data/clean/claims.csv: No space left on device`)."""
    cause = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return cause
    path = os.fsdecode(exc.filename)
    if exc.filename2 is not None:
        path = f"{path} -> {os.fsdecode(exc.filename2)}"
    return f"{path}: {cause}"


@contextmanager
def locked(path: Path, what: str, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock for the block: on `path` itself when it is a folder, else on a lock file
    `path` (created when missing, holding the process id). When another process holds it, say so on
    stderr and wait for it, at most `wait` seconds (`LOCK_WAIT`), then raise `Busy`. The lock goes with
    the process, however it ends."""
    path = Path(path)
    wait = LOCK_WAIT if wait is None else wait
    if path.is_dir():
        fd = os.open(path, os.O_RDONLY)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            holder = _holder(fd, path)
            print(f"strikeclaims: waiting for {what}{holder} to finish", file=sys.stderr, flush=True)
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise Busy(f"{what}{holder} is still running after {wait:g} s ({path} is locked); "
                               "try again when it has finished")
                time.sleep(0.1)
        if not path.is_dir():
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(fd: int, path: Path) -> str:
    if path.is_dir():
        return ""
    pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return f" (process {pid})" if pid.isdigit() else ""


def to_csv_bytes(table: str, frame: pd.DataFrame) -> bytes:
    """A table as CSV bytes: the table's columns in order, sorted by its key, stable formats."""
    spec = fields.TABLES[table]
    out = pd.DataFrame(index=frame.index)
    for f in spec.fields:
        col = frame[f.name] if f.name in frame.columns else pd.Series(pd.NA, index=frame.index)
        if f.type == "boolean":
            out[f.name] = col.map(lambda v: "" if v is None or v is pd.NA else ("true" if v else "false"))
        elif f.type == "integer":
            out[f.name] = pd.to_numeric(col, errors="coerce").astype("Int64").astype("string").fillna("")
        elif f.type == "number":
            values = pd.to_numeric(col, errors="coerce").astype("Float64")
            out[f.name] = values.map(lambda v: "" if pd.isna(v) else f"{v:.4f}")
        else:
            out[f.name] = col.astype("object").where(col.notna(), "")
    if len(out):
        out = out.sort_values(list(spec.sort_by), kind="mergesort").reset_index(drop=True)
    buffer = io.BytesIO()  # encoded as written: the text is never held twice
    out.to_csv(buffer, index=False, lineterminator="\n", encoding="utf-8")
    return buffer.getvalue()


def _field_descriptor(f: fields.Field) -> dict:
    d: dict = {"name": f.name, "type": f.type, "description": f.description}
    if f.type == "datetime":
        d["format"] = "%Y-%m-%dT%H:%M:%SZ"
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.unique:
        constraints["unique"] = True
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if f.pattern is not None and f.type == "string":
        constraints["pattern"] = f.pattern.removeprefix("^").removesuffix("$")
    if f.minimum is not None:
        constraints["minimum"] = int(f.minimum) if f.type == "integer" else f.minimum
    if f.maximum is not None:
        constraints["maximum"] = f.maximum
    if constraints:
        d["constraints"] = constraints
    if f.type == "boolean":
        d["trueValues"] = ["true"]
        d["falseValues"] = ["false"]
    return d


def table_schema(table: str) -> dict:
    """The Frictionless table schema of a table, from the field dictionary."""
    spec = fields.TABLES[table]
    schema: dict = {"fields": [_field_descriptor(f) for f in spec.fields], "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.fields), "reference": {"resource": fk.resource, "fields": list(fk.reference)}}
            for fk in spec.foreign_keys
        ]
    return schema


def digest(data: bytes | Path) -> tuple[str, int]:
    """sha256 hex digest and size of bytes, or of a file read a block at a time."""
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest(), len(data)
    sha, size = hashlib.sha256(), 0
    with open(data, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
            size += len(block)
    return sha.hexdigest(), size


def datapackage(files: dict[str, bytes | Path], extra: dict | None = None) -> dict:
    """The `datapackage.json` descriptor for the given CSV bytes (or CSV files), keyed by table name."""
    resources = []
    for name in sorted(files, key=lambda n: list(fields.TABLES).index(n)):
        spec = fields.TABLES[name]
        sha, size = digest(files[name])
        resources.append({
            "name": name, "path": f"{name}.csv", "title": spec.title, "description": spec.description,
            "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "hash": "sha256:" + sha, "bytes": size,
            "schema": table_schema(name),
            **({"rowRules": [{"name": r.name, "rule": r.rule, "fields": list(r.fields)}
                             for r in fields.ROW_RULES[name]]} if name in fields.ROW_RULES else {}),
        })
    package = {
        "profile": "tabular-data-package",
        "name": "strike-claims",
        "title": "strike-claims: drone and missile attacks of the Russia–Ukraine war as each side claims them",
        "version": __version__,
        "licenses": LICENSES,
        "resources": resources,
    }
    if extra:
        package.update(extra)
    return package


def codebook() -> str:
    """The codebook (`docs/codebook.md`): every table's columns and every vocabulary value."""
    lines = ["# Codebook", "",
             "Generated from `src/strikeclaims/fields.py` by `strikeclaims codebook`; do not edit by hand.", ""]
    for name, spec in fields.TABLES.items():
        lines += [f"## `{name}.csv`", "", spec.description, "", f"One row: {spec.row}"]
        if spec.primary_key:
            lines.append(f"Key: {', '.join(f'`{k}`' for k in spec.primary_key)}.")
        lines += ["", "| column | type | required | description | allowed values |", "|---|---|---|---|---|"]
        for f in spec.fields:
            allowed = ", ".join(f"`{v}`" for v in f.enum) if f.enum else (f"pattern `{f.pattern}`" if f.pattern else "")
            lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | "
                         f"{f.description.replace('|', '/')} | {allowed.replace('|', '/')} |")
        if name in fields.ROW_RULES:
            lines += ["", "Row rules (a row that breaks one is rejected, with the reason in `rejected.csv`):", ""]
            lines += [f"- {r.rule}" for r in fields.ROW_RULES[name]]
        lines.append("")
    lines += ["## Vocabularies", ""]
    for vocab, values in fields.VOCABULARIES.items():
        lines += [f"### {vocab}", "", "| value | meaning |", "|---|---|"]
        lines += [f"| `{v}` | {fields.VOCABULARY_DESCRIPTIONS[(vocab, v)]} |" for v in values]
        lines.append("")
    return "\n".join(lines)


def reference_frames() -> dict[str, pd.DataFrame]:
    return {name: reference.load(name) for name in fields.REFERENCE_TABLES}


def render(tables: dict[str, pd.DataFrame], extra: dict | None = None,
           written: dict[str, Path] | None = None) -> dict[str, bytes | Path]:
    """All files of a published folder: data tables, reference tables, datapackage.json, as bytes, or as
    the CSV files in `written` (table -> a file already in the table's CSV format, such as the merged runs
    of the pipeline)."""
    frames = {**tables, **reference_frames()}
    files: dict[str, bytes | Path] = {name: to_csv_bytes(name, frame) for name, frame in frames.items()}
    files.update(written or {})
    files = {name: files[name] for name in fields.TABLES if name in files}
    package = datapackage(files, extra)
    out = {f"{name}.csv": data for name, data in files.items()}
    out["datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return out


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


def clean_leftovers(target: Path) -> None:
    """Remove staging and old folders a killed build left beside `target`; restore a lost target."""
    parent = target.parent
    if not parent.exists():
        return
    olds = sorted(parent.glob(f"{OLD_PREFIX}{target.name}-*"))
    if not target.exists() and olds:
        os.replace(olds[-1], target)  # killed between the two renames of the fallback swap
        olds = olds[:-1]
    for leftover in [*parent.glob(f"{STAGING_PREFIX}{target.name}-*"), *olds,
                     *parent.glob(f"{REMOVED_PREFIX}{target.name}-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def write_folder(target: Path, files: dict[str, bytes | Path]) -> bool:
    """Publish `files` (each as bytes, or a file to copy) as the folder `target`, atomically; False when
    nothing changed."""
    target = Path(target)
    clean_leftovers(target)
    if target.exists() and _same(target, files):
        return False
    staging = target.parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
        for name, data in files.items():
            with open(staging / name, "wb") as fh:
                if isinstance(data, bytes):
                    fh.write(data)
                else:
                    with open(data, "rb") as source:
                        shutil.copyfileobj(source, fh, 1 << 20)
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk, or a stop: the old folder stays
        raise
    if target.exists():
        if _exchange(staging, target):
            shutil.rmtree(staging)
        else:
            old = target.parent / f"{OLD_PREFIX}{target.name}-{os.getpid()}"
            os.replace(target, old)
            os.replace(staging, target)
            shutil.rmtree(old)
    else:
        os.replace(staging, target)
    return True


def remove_folder(target: Path) -> bool:
    """Remove a published folder (renamed aside first, so that it is never seen half removed); False
    when there was none."""
    target = Path(target)
    clean_leftovers(target)
    if not target.exists():
        return False
    gone = target.parent / f"{REMOVED_PREFIX}{target.name}-{os.getpid()}"
    os.replace(target, gone)
    shutil.rmtree(gone, ignore_errors=True)
    return True


def _same(target: Path, files: dict[str, bytes]) -> bool:
    present = {p.name for p in target.iterdir()}
    if present != set(files):
        return False
    return all(_same_file(target / name, data) for name, data in files.items())


def _same_file(path: Path, data: bytes | Path) -> bool:
    if isinstance(data, bytes):
        return path.stat().st_size == len(data) and path.read_bytes() == data
    return filecmp.cmp(path, data, shallow=False)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to; it replaces `path` in one rename when the block
    ends, and is removed if the block fails, so that `path` is never seen half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_file(path: Path, data: bytes) -> None:
    """Write one file atomically (temporary file beside it, then rename)."""
    with replacing(path) as tmp:
        tmp.write_bytes(data)
