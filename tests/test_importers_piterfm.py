"""The piterfm importer: synthetic fixtures (tests/fixtures/piterfm/synthetic_*.csv) and, where the
folder is present, the real snapshot in ../shared/peer-data (never copied into the project)."""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

import pandas as pd
import pytest

from strikeclaims import cli, fields, reference, validate
from strikeclaims.importers import DatasetError, DatasetWarning, piterfm

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "piterfm"
SYNTHETIC = FIXTURES / "synthetic_missile_attacks_daily.csv"
SYNTHETIC_STATUS = FIXTURES / "synthetic_status_data.csv"
PEER_DATA = Path(__file__).resolve().parents[2] / "shared" / "peer-data"
REAL = PEER_DATA / "missile_attacks_daily.csv"
REAL_SHA256 = "683877cdd70da6db9b313d6af93245acc311a4854dbf2dbceff0606b7ebc0879"


@pytest.fixture(scope="module")
def synthetic() -> piterfm.ImportResult:
    return piterfm.import_piterfm(SYNTHETIC)


def claims_of(result: piterfm.ImportResult, row: int) -> pd.DataFrame:
    return result.claims[result.claims["report_id"] == f"piterfm:{row}"].set_index("quote")


# --- synthetic fixtures ---------------------------------------------------------------------

def test_every_row_is_claims_or_a_rejection(synthetic):
    with_claims = set(synthetic.claims["_input"])
    rejected = set(synthetic.rejected["input"])
    every = {f"{SYNTHETIC.as_posix()}:{n}" for n in range(1, synthetic.n_rows + 1)}
    assert synthetic.n_rows == 13
    assert with_claims | rejected == every
    assert set(synthetic.reports["raw_path"]) == with_claims
    assert (synthetic.rejected["stage"] == "import").all()
    assert synthetic.rejected["reason"].str.len().gt(10).all()


def test_reports_and_claims_have_the_contract_columns(synthetic):
    assert list(synthetic.reports.columns) == fields.TABLES["reports"].columns
    assert list(synthetic.claims.columns) == fields.TABLES["claims"].columns + ["_input"]
    assert list(synthetic.rejected.columns) == fields.TABLES["rejected"].columns
    assert synthetic.claims["count"].dtype == "Int64"
    assert synthetic.claims["is_breakdown"].dtype == bool
    first = synthetic.reports.set_index("report_id").loc["piterfm:1"]
    assert first["url"] == "synthetic/posts/1"
    assert (first["status"], first["method"], first["n_claims"]) == ("imported", "import:piterfm", 12)
    assert pd.isna(first["text"])
    assert set(synthetic.claims["claimant"]) == {"UA"} and set(synthetic.claims["attacker"]) == {"RU"}


def test_raw_path_is_relative_to_root():
    result = piterfm.import_piterfm(SYNTHETIC, root=FIXTURES.parents[1])
    assert result.reports["raw_path"].iloc[0] == "fixtures/piterfm/synthetic_missile_attacks_daily.csv:1"
    assert result.sha256 == hashlib.sha256(SYNTHETIC.read_bytes()).hexdigest()


def test_a_shahed_row_gives_each_figure_once(synthetic):
    row = claims_of(synthetic, 1)
    launched = row.loc["launched=53.0"]
    assert (launched["item"], launched["item_model"], launched["is_breakdown"]) == ("drone", "shahed-136", False)
    shaheds = row.loc["is_shahed=30.0"]
    assert (shaheds["metric"], shaheds["item"], shaheds["count"]) == ("launched", "attack_drone", 30)
    assert shaheds["is_breakdown"] and shaheds["qualifier"] == "about"
    assert row.loc["turbojet=8.0", ["item", "metric", "is_breakdown"]].tolist() == ["jet_drone", "launched", True]
    assert row.loc["turbojet_destroyed=8.0", "metric"] == "neutralised"
    assert row.loc["still_attacking=0.0", ["metric", "count"]].tolist() == ["airborne", 0]
    assert row.loc["num_hit_location=3.0", ["metric", "item", "count"]].tolist() == ["hit", "location", 3]
    assert row.loc["num_fall_fragment_location=0.0", ["metric", "item", "count"]].tolist() == ["debris", "location", 0]
    returned = row[row["metric"] == "returned"]
    assert dict(zip(returned["region_text"], returned["count"], strict=True)) == {"Belarus": 2, "Russia": 1}
    assert returned["region"].isna().all()
    # from 24 July 2025 a not_reach_goal of 0 means "not reported apart": no claim
    assert not (row["metric"] == "suppressed").any()
    assert row["launch_area"].loc["launched=53.0"] == "Kursk oblast and Millerovo"


def test_destroyed_is_intercepted_then_neutralised(synthetic):
    before, after = claims_of(synthetic, 11), claims_of(synthetic, 10)
    assert before.loc["destroyed=60.0", ["date", "metric"]].tolist() == ["2025-07-23", "intercepted"]
    assert after.loc["destroyed=90.0", ["date", "metric"]].tolist() == ["2025-07-24", "neutralised"]
    assert before.loc["not_reach_goal=30.0", "metric"] == "suppressed"
    assert after.loc["not_reach_goal=4.0", ["metric", "count"]].tolist() == ["suppressed", 4]  # positive: kept
    # before the change a 0 is a stated zero
    assert claims_of(synthetic, 2).loc["not_reach_goal=0.0", "count"] == 0


def test_zone_breakdowns_are_never_totals(synthetic):
    zones = claims_of(synthetic, 1).filter(like="destroyed_details", axis=0)
    assert len(zones) == 2  # 'east': NaN gives no claim
    assert zones["is_breakdown"].all()
    south = zones.loc["destroyed_details[south]=12"]
    assert (south["region_text"], south["metric"]) == ("Air Command South", "neutralised")
    assert pd.isna(south["region"])
    assert zones.loc["destroyed_details[Kyiv oblast]=4", "region"] == "UA-32"


def test_a_bundle_is_kept_once_and_its_breakdown_marked(synthetic):
    row = claims_of(synthetic, 2)
    totals = row[(row["metric"] == "launched") & ~row["is_breakdown"]]
    assert len(totals) == 1
    assert (totals.iloc[0]["item"], totals.iloc[0]["count"]) == ("cruise_missile", 55)
    assert pd.isna(totals.iloc[0]["item_model"])
    parts = row[row["is_breakdown"]]
    assert dict(zip(parts["item_model"], parts["count"], strict=True)) == {"kh-101": 45, "kalibr": 10}
    assert dict(zip(parts["item_model"], parts["launch_area"], strict=True)) == {
        "kh-101": "Volgograd oblast", "kalibr": "Black Sea"}
    assert row["note"].eq("carrier: Tu-95MS").all()


def test_empty_cells_give_no_claim(synthetic):
    row = claims_of(synthetic, 3)
    assert sorted(row.index) == ["destroyed=1.0", "launched=1.0"]
    assert row["region"].eq("UA-63").all()


def test_rejections_say_why(synthetic):
    reasons = dict(zip(synthetic.rejected["input"].str.rsplit(":", n=1).str[1].astype(int),
                       synthetic.rejected["reason"], strict=True))
    assert "window cannot be read" in reasons[4]
    assert "not in the weapons reference" in reasons[5]
    assert reasons[6] == "the row states no figure"
    assert reasons[9] == "destroyed is not a whole number"
    assert len(claims_of(synthetic, 9)) == 1  # the row's other figure stays


def test_validation_rejects_only_the_implausible_figure(synthetic):
    valid, invalid = validate.validate("claims", synthetic.claims)
    assert len(valid) == len(synthetic.claims) - 1
    assert invalid["input"].tolist() == [f"{SYNTHETIC.as_posix()}:13"]
    assert "implausible" in invalid["reason"].iloc[0]
    assert validate.validate("reports", synthetic.reports)[1].empty


@pytest.mark.parametrize(("start", "end", "expected"), [
    # a night, winter time (UTC+2)
    ("2025-01-04 20:00", "2025-01-05 07:00", ("2025-01-05", "night", "2025-01-04T18:00:00Z", "2025-01-05T05:00:00Z")),
    # a night, summer time (UTC+3), stray spaces
    (" 2025-08-01 18:00 ", "2025-08-02  09:00", ("2025-08-02", "night", "2025-08-01T15:00:00Z",
                                                 "2025-08-02T06:00:00Z")),
    # an evening window belongs to the coming night
    ("2025-01-04 20:00", "2025-01-04 23:00", ("2025-01-05", "night", "2025-01-04T18:00:00Z", "2025-01-04T21:00:00Z")),
    # a day window
    ("2024-03-13 10:00", "2024-03-13 14:00", ("2024-03-13", "day", "2024-03-13T08:00:00Z", "2024-03-13T12:00:00Z")),
    # ends at 12:00 exactly: still a night
    ("2025-04-13 12:00", "2025-04-13 12:00", ("2025-04-13", "night", "2025-04-13T09:00:00Z", "2025-04-13T09:00:00Z")),
    # dates alone
    ("2024-05-16", "2024-05-16", ("2024-05-16", "day_total", None, None)),
    ("2024-06-01", "2024-06-07", ("2024-06-07", "period_total", None, None)),
    # only one end timed
    ("2025-02-20", "2025-02-20 10:00", ("2025-02-20", "night", None, "2025-02-20T08:00:00Z")),
    ("2025-11-21", "2025-11-21 15:00", ("2025-11-21", "day", None, "2025-11-21T13:00:00Z")),
    ("2024-10-28 19:00", "2024-10-29", ("2024-10-29", "night", "2024-10-28T17:00:00Z", None)),
    ("2023-05-16 3:30", "2023-05-16 07:00", ("2023-05-16", "night", "2023-05-16T00:30:00Z", "2023-05-16T04:00:00Z")),
])
def test_windows_follow_the_contract(start, end, expected):
    window, why = piterfm.read_window(start, end)
    assert why is None
    assert (window.date, window.kind, window.start, window.end) == expected


@pytest.mark.parametrize(("start", "end"), [
    ("yesterday", "2024-05-17"), ("2024-02-30", "2024-03-01"), ("2024-05-17 08:00", "2024-05-17 07:00"),
    ("2024-05-17", "2024-05-16"), ("", "2024-05-16"),
])
def test_unreadable_windows_give_a_reason(start, end):
    window, why = piterfm.read_window(start, end)
    assert window is None and why


@pytest.mark.parametrize(("text", "code"), [
    ("Kharkiv oblast", "UA-63"), ("Dnipropetrovsk oblast, Dnipro Raion", "UA-12"), ("Kyiv", "UA-30"),
    ("Odesa oblast and Mykolaiv oblast", None), ("Odesa oblast, Black Sea", None), ("Ukraine", None),
    ("south", None), ("", None), (None, None),
])
def test_a_region_code_only_for_exactly_one_region(text, code):
    assert piterfm.region_of(text) == code


def test_literals_are_parsed_never_evaluated(tmp_path):
    marker = tmp_path / "touched"
    value, why = piterfm.literal(f"__import__('pathlib').Path({str(marker)!r}).touch()")
    assert value is None and why and not marker.exists()
    assert piterfm.literal("{'south': 49, 'east': NaN}") == ({"south": 49, "east": None}, None)
    assert piterfm.literal("{}") == ({}, None)


def test_withheld_placeholders_become_nulls():
    result = piterfm.import_piterfm(SYNTHETIC_STATUS)
    withheld = claims_of(result, 1)
    assert withheld.index.tolist() == ["launched=120.0"]  # the zeros of destroyed, still_attacking, is_shahed
    assert result.rejected["reason"].tolist() == ["every figure of the row is a placeholder for a withheld figure"]
    assert claims_of(result, 3).loc["destroyed=0.0", "count"] == 0  # no status: a zero is a zero


def _write_without(tmp_path: Path, column: str) -> Path:
    frame = pd.read_csv(SYNTHETIC, dtype=str, keep_default_na=False).drop(columns=[column])
    path = tmp_path / "synthetic_missing.csv"
    frame.to_csv(path, index=False)
    return path


def test_a_missing_required_column_fails_in_one_line(tmp_path):
    with pytest.raises(DatasetError) as err:
        piterfm.import_piterfm(_write_without(tmp_path, "model"))
    assert "'model'" in str(err.value) and "\n" not in str(err.value)


def test_a_missing_optional_column_is_no_error(tmp_path):
    result = piterfm.import_piterfm(_write_without(tmp_path, "turbojet"))
    assert not result.claims["quote"].str.startswith("turbojet=").any()


def test_an_unknown_column_warns_and_is_ignored(tmp_path):
    frame = pd.read_csv(SYNTHETIC, dtype=str, keep_default_na=False)
    frame["synthetic_extra"] = "x"
    path = tmp_path / "synthetic_extra.csv"
    frame.to_csv(path, index=False)
    with pytest.warns(DatasetWarning, match="synthetic_extra"):
        result = piterfm.import_piterfm(path)
    assert len(result.claims) == len(piterfm.import_piterfm(SYNTHETIC).claims)


def test_weapon_names_reference_is_consistent():
    names = pd.read_csv(reference.REFERENCE_DIR / "weapon_names.csv", dtype=str, keep_default_na=False)
    models = set(reference.load("weapons")["item_model"])
    assert names["item"].isin(fields.ITEMS).all()
    assert names["item_model"].eq("").__or__(names["item_model"].isin(models)).all()
    assert names["name"].is_unique
    # a listed bundle maps as its members would: the table only writes the rule down
    for name, item, model in names.itertuples(index=False):
        if " and " in name:
            assert piterfm.bundle(name) == (item, model or None), name


def test_weapon_lookup_reads_look_alikes_and_new_bundles():
    assert piterfm.weapon("C-300") == ("sam_missile", "s-300")
    assert piterfm.weapon("X-101/X-555") == ("cruise_missile", "kh-101")
    assert piterfm.weapon("Молнія") == ("tactical_drone", "molniya")
    assert piterfm.weapon("Kalibr and X-59") == ("cruise_missile", None)
    assert piterfm.weapon("Iskander-M and Kalibr") == ("missile", None)
    assert piterfm.weapon("Synthetic-999") is None


def test_cli_writes_claims_and_rejects(tmp_path, capsys):
    out, rejects = tmp_path / "claims.csv", tmp_path / "rejected.csv"
    assert cli.main(["import-piterfm", str(SYNTHETIC), "-o", str(out), "--rejects", str(rejects)]) == 0
    claims = pd.read_csv(out, dtype=str)
    assert list(claims.columns) == fields.TABLES["claims"].columns
    assert len(pd.read_csv(rejects)) == 5  # four at import, one at validation
    assert "13 rows" in capsys.readouterr().err


# --- hostile and broken files: one bad row is one rejection, never a wrong figure or a traceback ---------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ROW = "2025-08-01 18:00,2025-08-02 09:00,Shahed-136/131,{launched},{destroyed},synthetic/posts/{n}"
SMALL_HEADER = "time_start,time_end,model,launched,destroyed,source"


def _import(tmp_path: Path, text: str | bytes, name: str = "synthetic.csv") -> piterfm.ImportResult:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return piterfm.import_piterfm(path)


def _launched(result: piterfm.ImportResult) -> dict[int, int]:
    rows = result.claims[result.claims["quote"].str.startswith("launched=")]
    return dict(zip(rows["report_id"].str.split(":").str[1].astype(int), rows["count"], strict=True))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=0, max_value=10**6), decimals=st.sampled_from(["0", "00", "0000"]))
def test_a_decimal_comma_is_a_decimal_comma(tmp_path, n, decimals):
    result = _import(tmp_path, "\n".join([SMALL_HEADER, ROW.format(launched=f'"{n},{decimals}"', destroyed='"1,5"',
                                                                      n=1)]) + "\n")
    assert _launched(result) == {1: n}
    assert result.rejected["reason"].tolist() == ["destroyed is not a whole number"]


def test_a_comma_that_groups_thousands_still_groups_them(tmp_path):
    # In a file separated by commas, "1,234" groups thousands; in one separated by semicolons it is 1.234.
    result = _import(tmp_path, "\n".join([SMALL_HEADER, ROW.format(launched='"1,234"', destroyed='"1,234,567"', n=1)]))
    assert sorted(result.claims["count"]) == [1234, 1234567]


def test_a_semicolon_export_with_decimal_commas_gives_the_same_claims(tmp_path):
    frame = pd.read_csv(SYNTHETIC, dtype=str, keep_default_na=False)
    for column in piterfm.FIGURE_COLUMNS:
        frame[column] = frame[column].str.replace(".", ",", regex=False)
    frame.to_csv(tmp_path / "semicolons.csv", sep=";", index=False)
    result = piterfm.import_piterfm(tmp_path / "semicolons.csv")
    original = piterfm.import_piterfm(SYNTHETIC)
    columns = ["claim_id", "metric", "item", "count", "is_breakdown", "date", "window_kind"]
    assert result.claims[columns].equals(original.claims[columns])
    assert result.n_rows == original.n_rows


def test_a_row_with_extra_cells_is_rejected_alone(tmp_path):
    lines = [SMALL_HEADER, ROW.format(launched="10.0", destroyed="8.0", n=1),
             ROW.format(launched="11.0", destroyed="9.0", n=2) + ",extra,cells,here",
             ROW.format(launched="12.0", destroyed="10.0", n=3)]
    result = _import(tmp_path, "\n".join(lines) + "\n")
    assert _launched(result) == {1: 10, 3: 12} and result.n_rows == 3
    assert result.rejected["input"].str.endswith(":2").all()
    assert result.rejected["reason"].tolist() == ["the row has 9 cells where the header has 6"]


def test_a_row_that_is_not_utf8_is_rejected_alone(tmp_path):
    lines = [SMALL_HEADER.encode(), ROW.format(launched="10.0", destroyed="8.0", n=1).encode(),
             ROW.format(launched="11.0", destroyed="9.0", n=2).replace("Shahed", "Sh\xe4hed").encode("latin-1"),
             ROW.format(launched="12.0", destroyed="10.0", n=3).encode()]
    result = _import(tmp_path, b"\n".join(lines) + b"\n")
    assert _launched(result) == {1: 10, 3: 12}
    assert result.rejected["reason"].str.startswith("not UTF-8 text").tolist() == [True]


@pytest.mark.parametrize(("launched", "reason"), [
    ("1e30", "launched is over 1,000,000,000, too large to be a count of anything"),
    ("10000000000.0", "launched is over 1,000,000,000, too large to be a count of anything"),
    ("inf", "launched is not a number"),
])
def test_a_figure_too_large_to_be_a_count_is_rejected(tmp_path, launched, reason):
    result = _import(tmp_path, "\n".join([SMALL_HEADER, ROW.format(launched=launched, destroyed="8.0", n=1)]))
    assert result.rejected["reason"].tolist() == [reason]
    valid, invalid = validate.validate("claims", result.claims)
    assert len(valid) + len(invalid) == len(result.claims) == 1


@pytest.mark.parametrize(("start", "end"), [
    ("0001-01-01 18:00", "0001-01-02 09:00"), ("9999-12-31 18:00", "9999-12-31 24:00"),
    ("9999-12-30", "9999-12-31"), ("1900-01-01 02:00", "1900-01-01 09:00"),
])
def test_a_window_outside_the_war_is_rejected(tmp_path, start, end):
    row = ROW.format(launched="10.0", destroyed="8.0", n=1).replace("2025-08-01 18:00,2025-08-02 09:00",
                                                                    f"{start},{end}")
    result = _import(tmp_path, "\n".join([SMALL_HEADER, row, ROW.format(launched="12.0", destroyed="9.0", n=2)]))
    assert _launched(result) == {2: 12}
    assert "lies outside the war's span" in result.rejected["reason"].item()


def test_a_build_with_such_an_external_file_accounts_for_every_row(project):
    from conftest import synthetic_reports, write_jsonl

    from strikeclaims import build

    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(4))
    rows = [ROW.format(launched="10.0", destroyed="8.0", n=1),
            ROW.format(launched="1e30", destroyed="8.0", n=2),
            ROW.format(launched="12.0", destroyed="9.0", n=3).replace("2025-08-01 18:00,2025-08-02 09:00",
                                                                      "9999-12-31 18:00,9999-12-31 24:00"),
            ROW.format(launched='"13,0"', destroyed="9.0", n=4) + ",extra"]
    path = project / build.PITERFM_PATH
    path.parent.mkdir(parents=True)
    path.write_text("\n".join([SMALL_HEADER, *rows]) + "\n", encoding="utf-8")
    result = build.build(project)
    full = pd.read_csv(project / "data/full/rejected.csv", dtype=str)
    external = full[full["input"].str.startswith("data/external/")]
    assert result.accounting["piterfm_rows"] == 4
    assert sorted(external["input"].str.rsplit(":", n=1).str[1].astype(int)) == [2, 3, 4]
    claims = pd.read_csv(project / "data/full/claims.csv", dtype=str)
    assert claims.loc[claims["claim_id"].str.startswith("piterfm:"), "claim_id"].str.split("#").str[0].unique().tolist() \
        == ["piterfm:1", "piterfm:2"]


# --- the real snapshot ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def real() -> piterfm.ImportResult:
    if not REAL.exists():
        pytest.skip(f"the piterfm snapshot is not here ({PEER_DATA}); users download the dataset themselves")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatasetWarning)  # the snapshot's columns are all known
        return piterfm.import_piterfm(REAL)


def test_real_snapshot_is_the_expected_file(real):
    assert real.sha256 == REAL_SHA256
    assert real.n_rows == 3468


def test_real_every_row_accounted_for(real):
    with_claims = set(real.claims["_input"])
    row_rejected = set(real.rejected["input"]) - with_claims
    assert real.claims["report_id"].nunique() + len(row_rejected) == real.n_rows
    assert len(row_rejected) <= 0.01 * real.n_rows
    assert real.rejected["reason"].str.len().gt(10).all()


def test_real_claims_all_validate(real):
    valid, invalid = validate.validate("claims", real.claims)
    assert invalid.empty, invalid["reason"].value_counts().to_dict()
    assert validate.validate("reports", real.reports)[1].empty


def test_real_august_2025_shahed_type_launches_match_afp(real):
    c = real.claims
    august = c[(c["item"] == "drone") & (c["item_model"] == "shahed-136") & (c["metric"] == "launched")
               & ~c["is_breakdown"] & c["date"].str.startswith("2025-08")]
    assert august["count"].sum() == 4132


def test_real_all_model_strings_map(real):
    models = pd.read_csv(REAL, dtype=str, keep_default_na=False, usecols=["model"])["model"].unique()
    assert len(models) == 71
    assert [m for m in models if piterfm.weapon(m) is None] == []


def test_real_bundles_kept_once_and_details_never_totals(real):
    c = real.claims
    totals = c[(c["metric"] == "launched") & ~c["is_breakdown"]]
    assert not totals["report_id"].duplicated().any()
    split = c["quote"].str.match(r"^(destroyed_details|launched_details|is_shahed|turbojet)")
    assert c.loc[split, "is_breakdown"].all()
    assert not c.loc[~split, "is_breakdown"].any()


def test_the_importer_reads_a_stream_as_it_reads_the_file():
    from_file = piterfm.import_piterfm(SYNTHETIC, root=FIXTURES.parents[1])
    shown = SYNTHETIC.relative_to(FIXTURES.parents[1]).as_posix()
    from_stream = piterfm.import_stream(io.BytesIO(SYNTHETIC.read_bytes()), shown)
    for table in ("reports", "claims", "rejected"):
        pd.testing.assert_frame_equal(getattr(from_stream, table), getattr(from_file, table))
    assert (from_stream.n_rows, from_stream.sha256) == (from_file.n_rows, from_file.sha256)
