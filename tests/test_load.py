"""Loading the published tables: the folder, the types, missing files (note: synthetic data)."""

from __future__ import annotations

import pandas as pd
import pytest
from test_charts import publish_synthetic

from strikeclaims import fields, load


def test_tables_have_the_dictionary_types(tmp_path):
    t = load.tables(publish_synthetic(tmp_path / "clean"))
    assert set(t) == set(fields.TABLES)
    n = t["nightly"]
    assert list(n.columns) == fields.TABLES["nightly"].columns
    assert pd.api.types.is_datetime64_any_dtype(n["date"])
    assert str(n["launched"].dtype) == "Int64" and str(n["defended_share"].dtype) == "Float64"
    assert n["is_headline"].dtype == bool and n["is_headline"].any()
    assert str(t["reports"]["published_at"].dt.tz) == "UTC"
    c = t["claims"]
    assert c["window_start"].isna().all() and c["count"].isna().sum() == 1  # nulls stay null, never "nan"
    assert c["is_breakdown"].sum() == 28 + 2 * 28  # a model breakdown and two regions of Russia's list a night


def test_a_missing_file_gives_an_empty_typed_table(tmp_path):
    (tmp_path / "reports.csv").write_text(",".join(fields.TABLES["reports"].columns) + "\n")
    t = load.tables(tmp_path)
    assert all(frame.empty for frame in t.values())
    assert list(t["claims"].columns) == fields.TABLES["claims"].columns
    assert str(t["claims"]["count"].dtype) == "Int64"


def test_a_mistyped_or_empty_data_folder_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("")
    publish_synthetic(tmp_path / "data" / "full")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(load.ENV, "data/ful")
    with pytest.raises(load.MissingData, match=r"no published tables in .*data/ful: the folder does not exist"):
        load.tables()
    (tmp_path / "data" / "ful").mkdir()
    with pytest.raises(load.MissingData, match="holds none of the table files"):
        load.tables()
    monkeypatch.setenv(load.ENV, "data/full")
    assert len(load.tables()["claims"])


def test_data_dir_follows_the_environment_and_finds_the_project_from_a_subfolder(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "data" / "clean").mkdir(parents=True)
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    monkeypatch.delenv(load.ENV, raising=False)
    assert load.data_dir() == tmp_path / "data" / "clean"
    monkeypatch.setenv(load.ENV, "data/full")
    assert load.data_dir() == tmp_path / "data" / "full"
    monkeypatch.setenv(load.ENV, str(tmp_path / "elsewhere"))
    assert load.data_dir() == tmp_path / "elsewhere"
