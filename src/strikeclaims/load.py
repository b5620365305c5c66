"""The published tables, loaded with their proper types: what notebooks and charts call.

In: a published folder (`data/clean/` by default; another one through the environment variable
`STRIKECLAIMS_DATA`, such as `data/full`). Out: `tables()`, a dict of table name to DataFrame
for every table of `fields.TABLES` (a missing file gives an empty frame with the table's
columns): dates and timestamps as datetime64 (timestamps in UTC), counts as `Int64`, shares as
`Float64`, booleans as `bool`, text as `str`. A folder that does not exist, or holds none of the
tables (a mistyped `STRIKECLAIMS_DATA`), raises `MissingData` naming it, rather than giving empty
tables.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from strikeclaims import fields

ENV = "STRIKECLAIMS_DATA"


class MissingData(FileNotFoundError):
    """No published tables where they were looked for; the message names the folder."""
DEFAULT = Path("data") / "clean"
_MARKERS = ("pyproject.toml",)


def repo_root(start: Path | None = None) -> Path:
    """The project folder: the first parent of `start` (default: the working folder) holding `pyproject.toml`
    and a `data/` folder; else the folder this package was installed from."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if all((folder / m).exists() for m in _MARKERS) and (folder / "data").is_dir():
            return folder
    return Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The folder to read: `$STRIKECLAIMS_DATA` (relative paths taken from the working folder when they exist
    there, else from the project folder), or `data/clean` of the project folder."""
    value = os.environ.get(ENV)
    if value:
        path = Path(value)
        if path.is_absolute() or path.exists():
            return path.resolve()
        return repo_root() / path
    return repo_root() / DEFAULT


def _empty(table: str) -> pd.DataFrame:
    return fields.from_text(table, fields.empty(table).astype("str"))


conform = fields.from_text


def read_table(table: str, data_dir: Path | str) -> pd.DataFrame:
    """One published table from a folder, typed; empty (with its columns) when the file is missing."""
    path = Path(data_dir) / f"{table}.csv"
    if not path.exists():
        return _empty(table)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return conform(table, frame)


def tables(data_dir: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the data set, typed: the one call a notebook needs. `MissingData` when the folder
    does not exist or holds none of the tables."""
    folder = Path(data_dir) if data_dir is not None else globals()["data_dir"]()
    check(folder)
    return {name: read_table(name, folder) for name in fields.TABLES}


def check(folder: Path | str) -> Path:
    """The folder, when it holds published tables; else `MissingData` saying which folder and what to do."""
    folder = Path(folder)
    hint = f"build it with `strikeclaims build`, or set {ENV} to a published folder such as data/clean or data/full"
    if not folder.is_dir():
        raise MissingData(f"no published tables in {folder}: the folder does not exist ({hint})")
    if not any((folder / f"{name}.csv").is_file() for name in fields.TABLES):
        raise MissingData(f"no published tables in {folder}: the folder holds none of the table files ({hint})")
    return folder
