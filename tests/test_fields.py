"""The field dictionary, the pandera schemas, datapackage.json and the codebook agree with each other
and with the data contract."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO

from strikeclaims import fields, publish, validate

# The contract's columns (CONTRACT.md); the dictionary may add columns, never drop or rename these.
CONTRACT_COLUMNS = {
    "reports": ["report_id", "source", "claimant", "published_at", "language", "url", "raw_path", "text_sha256",
                "status", "n_claims", "method", "text"],
    "claims": ["claim_id", "report_id", "source", "claimant", "attacker", "date", "window_kind", "window_start",
               "window_end", "metric", "item", "item_model", "count", "qualifier", "region", "region_text",
               "launch_area", "is_breakdown", "quote", "method"],
    "nightly": ["date", "window_kind", "attacker", "claimant", "source", "item_group", "launched", "neutralised",
                "intercepted", "suppressed", "hit", "defended_share", "n_reports", "report_ids", "has_overlap",
                "is_headline"],
    "discrepancies": ["date", "attacker", "metric", "a_claimant", "a_source", "a_value", "b_claimant", "b_source",
                      "b_value", "difference", "ratio", "kind"],
    "rejected": ["input", "stage", "reason", "value"],
}
CONTRACT_VOCABULARIES = {
    "window_kind": {"night", "day", "day_total", "period_total", "event", "cumulative"},
    "metric": {"launched", "neutralised", "intercepted", "suppressed", "hit", "debris", "airborne", "returned",
               "damaged", "destroyed", "killed", "injured"},
    "item": {"attack_drone", "decoy_drone", "jet_drone", "tactical_drone", "drone", "cruise_missile",
             "ballistic_missile", "sam_missile", "missile", "guided_bomb", "rocket", "air_weapon", "aircraft",
             "helicopter", "vessel", "air_defence_system", "location", "people"},
    "qualifier": {"exact", "at_least", "at_most", "about", "unquantified"},
    "discrepancy_kind": {"cross_side", "cross_source", "revision", "breakdown"},
    "stage": {"read", "parse", "validate", "import"},
}


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_every_contract_column_is_in_the_dictionary(table):
    assert set(CONTRACT_COLUMNS[table]) <= set(fields.TABLES[table].columns)


# Values the project added to a contract vocabulary; each is recorded in docs/contract-extensions.md.
EXTENSIONS = {
    "discrepancy_kind": {"same_author", "losses_increment"},
    "metric": {"casualties", "captured"},
    "item": {"tank", "armoured_vehicle", "artillery_system", "mlrs", "military_vehicle", "fuel_tank",
             "vehicle_and_fuel_tank", "special_equipment", "srbm_launcher", "ground_robot", "submarine"},
}


@pytest.mark.parametrize("vocab", sorted(CONTRACT_VOCABULARIES))
def test_vocabularies_are_the_contracts_plus_recorded_extensions(vocab):
    extra = EXTENSIONS.get(vocab, set())
    assert set(fields.VOCABULARIES[vocab]) == CONTRACT_VOCABULARIES[vocab] | extra
    recorded = (Path(__file__).resolve().parents[1] / "docs" / "contract-extensions.md").read_text(encoding="utf-8")
    assert all(f"`{value}`" in recorded for value in extra)


def test_contract_statuses_are_all_allowed():
    assert {"parsed", "no_claims", "superseded", "manual"} <= set(fields.STATUSES)


@pytest.mark.parametrize("table", sorted(fields.TABLES))
def test_pandera_schema_matches_dictionary(table):
    schema = validate.schema(table)
    spec = fields.TABLES[table]
    assert list(schema.columns) == spec.columns
    for f in spec.fields:
        column = schema.columns[f.name]
        assert column.nullable is (not f.required), f.name
        assert column.unique is f.unique, f.name


@pytest.mark.parametrize("table", sorted(fields.TABLES))
def test_datapackage_schema_matches_dictionary(table):
    schema = publish.table_schema(table)
    spec = fields.TABLES[table]
    assert [f["name"] for f in schema["fields"]] == spec.columns
    for descriptor, f in zip(schema["fields"], spec.fields, strict=True):
        assert descriptor["type"] == f.type
        constraints = descriptor.get("constraints", {})
        assert constraints.get("enum") == (list(f.enum) if f.enum else None)
        assert constraints.get("required", False) is f.required
    assert schema.get("primaryKey", []) == list(spec.primary_key)


def test_codebook_documents_every_column_and_value():
    text = publish.codebook()
    for name, spec in fields.TABLES.items():
        assert f"## `{name}.csv`" in text
        for f in spec.fields:
            assert f"| `{f.name}` |" in text, (name, f.name)
    for vocab, values in fields.VOCABULARIES.items():
        for v in values:
            assert f"| `{v}` |" in text, (vocab, v)


def test_committed_codebook_is_current():
    assert (REPO / "docs" / "codebook.md").read_text(encoding="utf-8") == publish.codebook()


def test_published_datapackage_lists_every_file_with_its_hash():
    folder = REPO / "data" / "clean"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    listed = {r["path"] for r in package["resources"]}
    present = {p.name for p in folder.iterdir()} - {"datapackage.json"}
    assert listed == present
    import hashlib

    for resource in package["resources"]:
        data = (folder / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)
        assert resource["schema"] == publish.table_schema(resource["name"])


def test_frictionless_accepts_the_published_package():
    from frictionless import validate as fl_validate

    report = fl_validate(str(REPO / "data" / "clean" / "datapackage.json"))
    errors = [e.message for task in report.tasks for e in task.errors][:5]
    assert report.valid, errors


def test_published_csvs_have_the_dictionary_columns_and_no_float_counts():
    folder = REPO / "data" / "clean"
    for name, spec in fields.TABLES.items():
        frame = pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(frame.columns) == spec.columns, name
        for f in spec.fields:
            if f.type == "integer" and len(frame):
                assert not frame[f.name].str.contains(r"\.", regex=True).any(), (name, f.name)


def test_csv_bytes_are_sorted_lf_and_null_as_empty():
    frame = pd.DataFrame({
        "input": ["b:2", "a:1"], "stage": ["read", "read"], "reason": ["x", "y"], "value": [None, "v"],
    })
    data = publish.to_csv_bytes("rejected", frame).decode()
    assert data == "input,stage,reason,value\na:1,read,y,v\nb:2,read,x,\n"


def test_every_table_has_its_typed_empty_frame_and_conforming_step_in_the_field_dictionary():
    pandas_type = {"integer": "Int64", "number": "Float64", "boolean": "bool"}
    for name, table in fields.TABLES.items():
        empty = fields.empty(name)
        assert list(empty.columns) == table.columns, name
        for f in table.fields:
            assert str(empty[f.name].dtype) == pandas_type.get(f.type, "object"), (name, f.name)
        conformed = fields.conform(name, pd.DataFrame({"_private": [1]}))
        assert list(conformed.columns) == [*table.columns, "_private"], name
        typed = fields.from_text(name, pd.DataFrame({c: ["1"] for c in table.columns}))
        for f in table.fields:
            if f.type == "integer":
                assert typed[f.name].tolist() == [1], (name, f.name)


def test_every_row_rule_is_enforced_and_stated_in_the_data_package_and_the_codebook():
    enforced = {check.name for check in validate.schema("claims").checks}
    rules = fields.ROW_RULES["claims"]
    assert {r.name for r in rules} <= enforced
    package = publish.datapackage({"claims": b"", "reports": b""})
    resource = next(r for r in package["resources"] if r["name"] == "claims")
    assert [r["rule"] for r in resource["rowRules"]] == [r.rule for r in rules]
    text = publish.codebook()
    assert all(f"- {r.rule}" in text for r in rules)


def test_within_agrees_with_isin_on_text_ids_with_nulls_and_on_sets():
    values = pd.Series(["a:1", None, "b:2", "c:3", "a:1"], dtype="str")
    allowed = pd.Series(["a:1", "c:3", None], dtype="str")
    assert fields.within(values, allowed).tolist() == values.isin(allowed).tolist() == [True, True, False, True, True]
    assert fields.within(values, {"b:2"}).tolist() == [False, False, True, False, False]
    assert fields.within(values, frozenset()).tolist() == [False] * 5
    assert fields.within(values, allowed).index.equals(values.index)
