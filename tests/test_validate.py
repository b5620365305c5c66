"""Validation: every failing claim is rejected with its path:N and a sentence a person understands."""

from __future__ import annotations

import pandas as pd
from synthetic_claims import claim

from strikeclaims import validate


def _claims(**changes_by_row) -> pd.DataFrame:
    rows = []
    for i in range(6):
        row = claim(f"ua_air_force:{i}", claim_id=f"ua_air_force:{i}#1", _input=f"raw.jsonl:{i + 1}")
        row.update(changes_by_row.get(f"r{i}", {}))
        rows.append(row)
    return pd.DataFrame(rows)


def test_each_failure_is_rejected_with_its_line_and_reason():
    frame = _claims(
        r1={"count": 6000},
        r2={"count": -3},
        r3={"quote": " ".join(["слово"] * 26)},
        r4={"metric": "exploded"},
        r5={"date": "2025-02-30x"},
    )
    valid, rejected = validate.validate("claims", frame)
    assert list(valid["claim_id"]) == ["ua_air_force:0#1"]
    reasons = dict(zip(rejected["input"], rejected["reason"], strict=True))
    assert "over 5,000" in reasons["raw.jsonl:2"] and "implausible" in reasons["raw.jsonl:2"]
    assert "negative" in reasons["raw.jsonl:3"]
    assert "longer than 25 words" in reasons["raw.jsonl:4"]
    assert "metric is not one of the allowed values" in reasons["raw.jsonl:5"]
    assert "date is not in the expected format" in reasons["raw.jsonl:6"]
    assert set(rejected["stage"]) == {"validate"}


def test_cumulative_totals_may_exceed_the_plausible_count():
    frame = _claims(r0={"count": 84512, "window_kind": "cumulative"})
    valid, rejected = validate.validate("claims", frame)
    assert rejected.empty and 84512 in set(valid["count"])


def test_unquantified_needs_a_null_count_and_a_count_needs_a_qualifier_other_than_unquantified():
    frame = _claims(r0={"count": None, "qualifier": "unquantified"}, r1={"count": 5, "qualifier": "unquantified"},
                    r2={"count": None, "qualifier": "exact"})
    _, rejected = validate.validate("claims", frame)
    assert sorted(rejected["input"]) == ["raw.jsonl:2", "raw.jsonl:3"]


def test_duplicate_claim_ids_are_rejected_after_the_first():
    frame = _claims(r1={"claim_id": "ua_air_force:0#1"})
    valid, rejected = validate.validate("claims", frame)
    assert list(rejected["input"]) == ["raw.jsonl:2"] and len(valid) == 5


def test_the_cross_table_rules_reject_the_claims_of_a_rejected_report_and_count_the_rest():
    from pathlib import Path

    from strikeclaims.importers import piterfm

    result = piterfm.import_piterfm(Path(__file__).parent / "fixtures" / "piterfm" / "synthetic_missile_attacks_daily.csv")
    reports = result.reports.copy()
    reports.loc[0, "published_at"] = "not a time"  # the first report is rejected
    lost = result.claims["report_id"].eq(reports.loc[0, "report_id"])
    assert lost.any()
    reports, claims, _, (bad_reports, bad_claims, _) = validate.cross_tables(reports, result.claims)
    orphans = bad_reports[bad_reports["reason"].str.contains("the report this figure comes from was rejected")]
    assert sorted(orphans["value"]) == sorted(result.claims.loc[lost, "claim_id"])
    assert len(claims) + len(bad_claims) == (~lost).sum()
    counted = claims["report_id"].value_counts().reindex(reports["report_id"], fill_value=0)
    assert reports["n_claims"].tolist() == counted.tolist()

