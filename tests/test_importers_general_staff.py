"""The General Staff's loss files: the bundled raw files (data/raw/general-staff/, MIT licence) import as
cumulative claims, the daily table applies and flags the corrections, and every record is accounted for."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from conftest import REPO

from strikeclaims import build, compare, fields, validate
from strikeclaims.importers import general_staff

RAW = REPO / "data" / "raw" / "general-staff"


@pytest.fixture(scope="module")
def bundled() -> general_staff.LossesResult:
    return general_staff.import_files(sorted(RAW.glob("*.json")), REPO)


def _totals(records: list[dict], kind: str = "equipment") -> tuple[list[dict], list[dict]]:
    stream = io.BytesIO(json.dumps(records).encode("utf-8"))
    out, rejected, _, _ = general_staff.import_totals(stream, "gs.json", kind)
    return out, rejected


def test_the_licence_notice_lies_beside_the_bundled_files():
    assert "MIT License" in (RAW / "LICENSE").read_text(encoding="utf-8")
    assert "Petro Ivaniuk" in (RAW / "LICENSE").read_text(encoding="utf-8")
    assert {p.name for p in RAW.glob("*.json")} == set(general_staff.FILES)


def test_every_record_is_a_report_and_every_figure_a_cumulative_claim(bundled):
    equipment = json.loads((RAW / general_staff.EQUIPMENT).read_text(encoding="utf-8"))
    assert len(bundled.reports) == len(equipment) and bundled.rejected.empty
    claims = bundled.claims
    assert set(claims["window_kind"]) == {"cumulative"}
    assert set(claims["author"]) == {"ua_general_staff"}
    assert (set(claims["claimant"]), set(claims["attacker"])) == ({"UA"}, {"RU"})
    last = claims[claims["date"].eq("2026-08-08")].set_index("item")
    assert last.loc["drone", "count"] == 449606 and last.loc["cruise_missile", "count"] == 5007
    assert last.loc["people", "metric"] == "casualties" and last.loc["people", "count"] == 1456610
    assert last.loc["people", "qualifier"] == "about"
    # A category the General Staff did not report yet is no claim, never a 0.
    first = claims[claims["date"].eq("2022-02-25")]
    assert "cruise_missile" not in set(first["item"])


def test_the_claims_pass_the_schema(bundled):
    _, bad = validate.validate("claims", bundled.claims)
    assert bad.empty


def test_more_than_gives_at_least_one_more_and_about_stays_about():
    out, rejected = _totals([{"date": "2022-03-07", "day": 12, "personnel": 11000, "personnel*": "more"},
                             {"date": "2022-03-08", "day": 13, "personnel": 12000, "personnel*": "about"}],
                            "personnel")
    assert not rejected
    assert [(f["count"], f["qualifier"]) for r in out for f in r["figures"]] == [(11001, "at_least"), (12000, "about")]


def test_bad_records_and_figures_are_rejected_with_their_record_number():
    out, rejected = _totals([
        {"date": "2022-03-01", "tank": 198, "drone": -1},
        "not a record",
        {"date": "03/01/2022", "tank": 1},
        {"date": "2022-03-02", "tank": 2.5, "satellite": 1},
        {"date": "2022-03-01", "tank": 200},
    ])
    reasons = {(r["input"], r["reason"]) for r in rejected}
    assert ("gs.json:1", "drone is negative") in reasons
    assert ("gs.json:2", "the record is not a JSON object") in reasons
    assert any(i == "gs.json:3" and "not a date" in why for i, why in reasons)
    assert ("gs.json:4", "tank is not a whole number") in reasons
    assert any(i == "gs.json:4" and "'satellite' is not a loss category" in why for i, why in reasons)
    assert ("gs.json:5", "a second record for 2022-03-01 in the file") in reasons
    assert [f["count"] for r in out for f in r["figures"]] == [198]


def test_daily_applies_corrections_and_flags_negatives(bundled):
    daily, unmatched = general_staff.daily(bundled.claims, bundled.corrections)
    assert unmatched.empty
    _, bad = validate.validate("losses_daily", daily)
    assert bad.empty
    row = daily.set_index(["date", "category"])
    # 13 Oct 2022: APC fell by 14, of which -25 a correction: 11 lost that day.
    apc = row.loc[("2022-10-13", "APC")]
    assert (apc["change"], apc["correction"], apc["increment"], apc["status"]) == (-14, -25, 11, "corrected")
    # A fall no correction explains is kept and flagged, never silent.
    negative = daily[daily["increment"].lt(0).fillna(False).astype(bool)]
    assert len(negative) and set(negative["status"]) == {"negative"}
    assert (daily.loc[daily["status"].isin(["reported", "corrected"]), "increment"] >= 0).all()
    assert row.loc[("2022-02-25", "drone"), "status"] == "first" and pd.isna(row.loc[("2022-02-25", "drone"),
                                                                                      "increment"])
    drone = row.loc[("2026-08-08", "drone")]
    assert (drone["total"], drone["increment"], drone["status"]) == (449606, 1751, "reported")
    assert not row.loc[("2026-08-08", "tank"), "is_air_war"] and row.loc[("2026-08-08", "drone"), "is_air_war"]


def test_a_correction_with_no_total_is_rejected_not_dropped():
    claims = pd.DataFrame(columns=general_staff.CLAIM_COLUMNS)
    corrections = pd.DataFrame([{"date": "2022-10-13", "category": "APC", "correction": -25, "_input": "c.json:1"}])
    daily, rejected = general_staff.daily(claims, corrections)
    assert daily.empty and rejected["input"].tolist() == ["c.json:1"]


def test_losses_increment_pairs_the_general_staff_with_the_air_force_night():
    nightly = pd.DataFrame([{
        "date": "2025-06-02", "window_kind": "night", "attacker": "RU", "claimant": "UA", "author": "ua_air_force",
        "source": "ua_air_force", "item_group": "drones", "launched": 80, "neutralised": pd.NA, "intercepted": 15,
        "suppressed": 37, "hit": pd.NA, "airborne": pd.NA, "returned": pd.NA, "report_ids": "ua_air_force:1",
        "is_headline": True}])
    losses = pd.DataFrame([
        {"date": "2025-06-02", "category": "drone", "increment": 60, "status": "reported",
         "claim_id": "general_staff:2025-06-02#9"},
        {"date": "2025-06-03", "category": "drone", "increment": 70, "status": "reported",
         "claim_id": "general_staff:2025-06-03#9"},
        {"date": "2025-06-02", "category": "tank", "increment": 5, "status": "reported",
         "claim_id": "general_staff:2025-06-02#3"}])
    pairs = compare.finish(compare.losses_increments(nightly, pd.DataFrame(columns=["item"]), losses))
    assert len(pairs) == 1
    pair = pairs.iloc[0]
    # The Air Force's defended count (15 shot down + 37 suppressed) against the General Staff's 60.
    assert (pair["kind"], pair["item"], pair["a_value"], pair["b_value"]) == ("losses_increment", "drone", 52, 60)
    assert pair["b_ref"] == "general_staff:2025-06-02#9" and pair["a_author"] == "ua_air_force"
    assert "losses_increment" in fields.VOCABULARIES["discrepancy_kind"]


def test_the_build_publishes_the_claims_and_the_daily_table(repo_copy):
    result = build.build(repo_copy, force=True)
    clean = repo_copy / "data" / "clean"
    daily = pd.read_csv(clean / "losses_daily.csv", dtype=str)
    claims = pd.read_csv(clean / "claims.csv", dtype=str)
    assert result.accounting["general_staff_claims"] == (claims["source"] == "general_staff").sum()
    assert set(daily["claim_id"]) <= set(claims["claim_id"])
    package = json.loads((clean / "datapackage.json").read_text(encoding="utf-8"))
    assert "losses_daily" in {r["name"] for r in package["resources"]}
    kinds = pd.read_csv(clean / "discrepancies.csv", dtype=str)["kind"]
    assert kinds.eq("losses_increment").sum() > 100


def test_without_the_folder_the_build_reads_no_general_staff(project):
    from conftest import synthetic_reports, write_jsonl

    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(3))
    result = build.build(project)
    assert result.accounting["general_staff_claims"] == 0
    assert pd.read_csv(project / "data/clean/losses_daily.csv").empty


def test_the_licence_file_is_not_refused_by_the_raw_listing():
    from strikeclaims import read

    listing = read.raw_files(REPO / "data" / "raw")
    assert not [p for p, _ in listing.refused if p.parent == RAW]
    assert sorted(p.name for p in listing.general_staff) == sorted(general_staff.FILES)


def test_categories_cover_every_key_of_the_bundled_files():
    known = set(general_staff.categories())
    for name in (general_staff.EQUIPMENT, general_staff.PERSONNEL):
        keys = {k for r in json.loads((RAW / name).read_text(encoding="utf-8")) for k in r}
        assert keys - {"date", "day", "personnel*", "greatest losses direction"} <= known
    assert all(spec["item"] in fields.ITEMS and spec["metric"] in fields.METRICS
               for spec in general_staff.categories().values())
