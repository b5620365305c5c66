"""Published tables -> Parquet files or one SQLite database, every column with its type.

In: a published folder (`data/clean/` by default), read with `load.read_table`. Out, in a folder:
- `parquet`: `<table>.parquet` for every table of `fields.TABLES`, with Arrow types from the field
  dictionary (integer -> int64, number -> float64, boolean -> bool, date -> date32,
  datetime -> timestamp in UTC, string -> string); nulls stay null, never 0. Each file's schema
  carries the table's description and every column's description.
- `sqlite`: `strikeclaims.sqlite`, one table per published table, the table's key as its
  primary key, columns declared `INTEGER`, `REAL`, `BOOLEAN` (0 or 1), `DATE` (`YYYY-MM-DD`),
  `TIMESTAMP` (ISO 8601 in UTC, `…Z`) or `TEXT`, nulls as NULL.
A file is written beside its final name and moved into place, so a reader never sees half of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

from strikeclaims import fields, load

FORMATS = ("parquet", "sqlite")
SQLITE_NAME = "strikeclaims.sqlite"
_SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "BOOLEAN", "date": "DATE",
              "datetime": "TIMESTAMP", "string": "TEXT"}


def _arrow_type(kind: str):
    import pyarrow as pa

    return {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32(),
            "datetime": pa.timestamp("us", tz="UTC"), "string": pa.string()}[kind]


def arrow_table(name: str, frame: pd.DataFrame):
    """A typed table (`load.read_table`) as an Arrow table with the field dictionary's types and descriptions."""
    import pyarrow as pa

    spec = fields.TABLES[name]
    columns, schema = [], []
    for f in spec.fields:
        col = frame[f.name]
        if f.type == "date":
            values = [None if pd.isna(v) else v.date() for v in col]
        elif f.type == "datetime":
            values = [None if pd.isna(v) else v.to_pydatetime() for v in col]
        elif f.type in ("integer", "number"):
            values = [None if pd.isna(v) else v for v in col.astype("object")]
        elif f.type == "boolean":
            values = [bool(v) for v in col]
        else:
            values = [None if pd.isna(v) else str(v) for v in col.astype("object")]
        columns.append(pa.array(values, type=_arrow_type(f.type)))
        schema.append(pa.field(f.name, _arrow_type(f.type), metadata={"description": f.description}))
    return pa.Table.from_arrays(columns, schema=pa.schema(schema, metadata={"table": name,
                                                                           "description": spec.description}))


def _sql_value(kind: str, value):
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return int(bool(value))
    if kind == "date":
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if kind == "datetime":
        return pd.Timestamp(value).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)


def _create_sql(name: str) -> str:
    spec = fields.TABLES[name]
    cols = [f'"{f.name}" {_SQL_TYPES[f.type]}' + (" NOT NULL" if f.name in spec.primary_key else "")
            for f in spec.fields]
    if spec.primary_key:
        cols.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in spec.primary_key) + ")")
    return f'CREATE TABLE "{name}" (' + ", ".join(cols) + ")"


def write_sqlite(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as db:
        for name, frame in tables.items():
            spec = fields.TABLES[name]
            db.execute(_create_sql(name))
            rows = [tuple(_sql_value(f.type, v) for f, v in zip(spec.fields, record, strict=True))
                    for record in frame[list(spec.columns)].itertuples(index=False, name=None)]
            marks = ", ".join("?" for _ in spec.fields)
            db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    db.close()
    tmp.replace(path)
    return path


def write_parquet(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    import pyarrow.parquet as pq

    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.parquet"
        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(arrow_table(name, frame), tmp)
        tmp.replace(path)
        written.append(path)
    return written


def export(data_dir: Path, out_dir: Path, fmt: str) -> list[Path]:
    """Every published table of `data_dir` into `out_dir` in `fmt` (`parquet` or `sqlite`); -> the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not (Path(data_dir) / "datapackage.json").exists():
        raise FileNotFoundError(f"{data_dir} holds no published tables (no datapackage.json)")
    tables = {name: load.read_table(name, data_dir) for name in fields.TABLES}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "sqlite":
        return [write_sqlite(tables, out_dir / SQLITE_NAME)]
    return write_parquet(tables, out_dir)
