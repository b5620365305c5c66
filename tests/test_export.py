"""`strikeclaims export`: every published table, every column with its type, in Parquet or SQLite.

Exports the committed `data/clean/` (real figures) into a temporary folder and reads it back.
"""

from __future__ import annotations

import datetime
import sqlite3

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import REPO

from strikeclaims import cli, export, fields, load

CLEAN = REPO / "data" / "clean"
ARROW = {"integer": "int64", "number": "double", "boolean": "bool", "date": "date32[day]",
         "datetime": "timestamp[us, tz=UTC]", "string": "string"}


@pytest.fixture(scope="module")
def parquet_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("parquet")
    assert cli.main(["export", "--format", "parquet", "-o", str(out), "--data", str(CLEAN)]) == 0
    return out


@pytest.fixture(scope="module")
def sqlite_path(tmp_path_factory):
    out = tmp_path_factory.mktemp("sqlite")
    assert cli.main(["export", "--format", "sqlite", "-o", str(out), "--data", str(CLEAN)]) == 0
    return out / export.SQLITE_NAME


def test_parquet_has_every_table_with_the_field_dictionarys_types(parquet_dir):
    assert sorted(p.stem for p in parquet_dir.glob("*.parquet")) == sorted(fields.TABLES)
    for name, spec in fields.TABLES.items():
        schema = pq.read_schema(parquet_dir / f"{name}.parquet")
        assert schema.names == spec.columns, name
        for f in spec.fields:
            assert str(schema.field(f.name).type) == ARROW[f.type], (name, f.name)
            assert schema.field(f.name).metadata[b"description"].decode() == f.description


def test_parquet_holds_the_same_values_as_the_csv_nulls_included(parquet_dir):
    for name in ("nightly", "claims", "coverage"):
        csv = load.read_table(name, CLEAN)
        back = pq.read_table(parquet_dir / f"{name}.parquet").to_pandas()
        assert len(back) == len(csv)
        counts = [f.name for f in fields.TABLES[name].fields if f.type == "integer"]
        for col in counts:
            assert back[col].isna().sum() == csv[col].isna().sum(), (name, col)  # null stays null, never 0
            assert back[col].dropna().astype("int64").tolist() == csv[col].dropna().astype("int64").tolist()
    nightly = pq.read_table(parquet_dir / "nightly.parquet").to_pandas()
    assert nightly["launched"].max() == load.read_table("nightly", CLEAN)["launched"].max()


def test_sqlite_has_every_table_typed_and_keyed(sqlite_path):
    with sqlite3.connect(sqlite_path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == set(fields.TABLES)
        for name, spec in fields.TABLES.items():
            info = db.execute(f'PRAGMA table_info("{name}")').fetchall()
            assert [r[1] for r in info] == spec.columns
            assert [r[2] for r in info] == [export._SQL_TYPES[f.type] for f in spec.fields]
            assert [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] == list(spec.primary_key)
            n = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert n == len(load.read_table(name, CLEAN)), name
        # Counts are integers, null where the source states none; booleans 0/1; dates as written in the CSV.
        row = db.execute("SELECT typeof(launched), is_headline, date FROM nightly WHERE launched IS NOT NULL "
                         "ORDER BY launched DESC LIMIT 1").fetchone()
        assert row[0] == "integer" and row[1] in (0, 1) and len(row[2]) == 10
        nulls = db.execute("SELECT count(*) FROM nightly WHERE launched IS NULL").fetchone()[0]
        assert nulls == int(load.read_table("nightly", CLEAN)["launched"].isna().sum())


def test_sqlite_answers_a_question_as_pandas_does(sqlite_path):
    nightly = load.read_table("nightly", CLEAN)
    af = nightly[nightly["is_headline"] & nightly["author"].eq("ua_air_force") & nightly["item_group"].eq("drones")]
    with sqlite3.connect(sqlite_path) as db:
        total = db.execute("SELECT sum(launched) FROM nightly WHERE is_headline AND author = 'ua_air_force' "
                           "AND item_group = 'drones'").fetchone()[0]
    assert total == int(af["launched"].sum())


def test_export_refuses_a_folder_without_published_tables(tmp_path, capsys):
    assert cli.main(["export", "--format", "sqlite", "-o", str(tmp_path / "out"), "--data", str(tmp_path)]) == 2
    assert "no published tables" in capsys.readouterr().err


def test_export_is_git_ignored_where_the_readme_says():
    assert "exports/" in (REPO / ".gitignore").read_text().splitlines()
    readme = (REPO / "README.md").read_text()
    assert "strikeclaims export --format parquet" in readme and "exports/" in readme


def test_nightly_is_published_as_a_workbook_too():
    assert (REPO / "data" / "spreadsheets" / "nightly.xlsx").exists()


def test_parquet_round_trips_types_pandas_understands(parquet_dir):
    claims = pd.read_parquet(parquet_dir / "claims.parquet")
    first = claims["date"].dropna().iloc[0]
    assert pd.api.types.is_datetime64_any_dtype(claims["date"]) or isinstance(first, datetime.date)
    assert claims["is_breakdown"].dtype == bool
