"""The EODI importer on tests/fixtures/eodi/ucrania_sample.json: seven records taken from the public file
ucrania.json of the European Observatory of Drone Incidents (EODI), values kept; data © EODI, CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/); the quoted source sentences belong to their authors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from strikeclaims import build, cli, fields, validate
from strikeclaims.importers import DatasetError, eodi

SAMPLE = Path(__file__).resolve().parent / "fixtures" / "eodi" / "ucrania_sample.json"


@pytest.fixture(scope="module")
def sample() -> eodi.ImportResult:
    return eodi.import_eodi(SAMPLE)


def _of(result: eodi.ImportResult, n: int) -> pd.DataFrame:
    return result.claims[result.claims["report_id"].eq(f"eodi:{n}")].set_index("quote")


def _import(document: object) -> eodi.ImportResult:
    return eodi.import_stream(io.BytesIO(json.dumps(document).encode("utf-8")), "u.json")


def test_every_record_is_claims_or_a_rejection(sample):
    every = {f"{SAMPLE.as_posix()}:{n}" for n in range(1, sample.n_rows + 1)}
    assert sample.n_rows == 7
    assert set(sample.claims["_input"]) | set(sample.rejected["input"]) == every
    assert list(sample.claims.columns) == fields.TABLES["claims"].columns + ["_input"]
    _, claims, _, invalid = validate.cross_tables(sample.reports, sample.claims)
    assert len(claims) == len(sample.claims) and all(part.empty for part in invalid)


def test_both_directions_with_their_authors_and_links(sample):
    reports = sample.reports.set_index("report_id")
    assert (reports.loc["eodi:1", "claimant"], reports.loc["eodi:1", "author"]) == ("UA", "ua_air_force")
    assert (reports.loc["eodi:3", "claimant"], reports.loc["eodi:3", "author"]) == ("RU", "ru_mod")
    assert reports.loc["eodi:3", "url"] == "https://t.me/mod_russia/48050"
    assert reports.loc["eodi:3", "note"] == "EODI-UA-2025-0410"
    # A synthetic variation: a list with no count (the regions missiles struck) is kept in the note.
    night = json.loads(SAMPLE.read_text(encoding="utf-8"))["ataques"][1]
    varied = _import({"ataques": [{**night, "regiones_misiles": ["UA-48"]}]}).reports
    assert varied.loc[0, "note"] == "EODI-UA-2022-0003; regiones_misiles: UA-48"
    ua = sample.claims[sample.claims["claimant"].eq("UA")]
    ru = sample.claims[sample.claims["claimant"].eq("RU")]
    assert set(ua["attacker"]) == {"RU"} and set(ru["attacker"]) == {"UA"}


def test_per_region_rows_are_breakdowns_of_the_bulletin_total(sample):
    bulletin = _of(sample, 3)
    total = bulletin.loc["derribados=31"]
    assert (total["metric"], total["item"], total["count"], total["is_breakdown"]) == ("intercepted", "drone", 31,
                                                                                       False)
    regions = bulletin[bulletin["is_breakdown"]]
    assert regions["count"].sum() == 31 and regions.loc["regiones[RU-BRY].derribados=14", "region"] == "RU-BRY"
    # "В течение прошедшей ночи": an approximate window dates the night but is not published as stated.
    assert (total["window_kind"], total["date"]) == ("night", "2025-01-20") and pd.isna(total["window_start"])
    timed = _of(sample, 4).loc["derribados=2"]
    assert (timed["window_start"], timed["window_end"]) == ("2025-01-20T03:00:00Z", "2025-01-20T04:00:00Z")


def test_ranges_map_to_qualifiers(sample):
    night = _of(sample, 5)
    assert (night.loc["lanzados.total=144", "count"], night.loc["lanzados.total=144", "qualifier"]) == (144, "exact")
    shahed = night.loc["lanzados.shahed_geran=100-144"]
    assert (shahed["count"], shahed["qualifier"], shahed["item_model"]) == (100, "at_least", "shahed-136")
    decoys = night.loc["lanzados.gerbera_senuelos=0-144"]
    assert pd.isna(decoys["count"]) and decoys["qualifier"] == "unquantified"
    assert night.loc["derribados=124", "metric"] == "neutralised"
    assert night.loc["localizaciones_impacto=11", "metric"] == "hit"
    assert "Приморсько-Ахтарськ" in night.loc["lanzados.total=144", "launch_area"]
    assert eodi.qualify(0, 10) == (10, "at_most")


def test_impacts_give_places_and_casualties(sample):
    kharkiv = _of(sample, 7)
    assert (kharkiv.loc["fallecidos=66", "metric"], kharkiv.loc["fallecidos=66", "count"]) == ("killed", 66)
    assert kharkiv.loc["heridos=49", "window_kind"] == "day_total" and kharkiv.loc["heridos=49", "date"] == "2026-10-02"
    assert kharkiv.loc["impacto=impacto", "region"] == "UA-63"
    assert _of(sample, 6).loc["impacto=restos", "metric"] == "debris"


def test_unreadable_records_and_figures_are_rejected_with_a_reason():
    good = json.loads(SAMPLE.read_text(encoding="utf-8"))["ataques"][3]
    bad_range = {**good, "derribados": {"min": 5, "max": 2}}
    no_side = {**good, "sentido": "XX"}
    denied = {**good, "estado": {"actual": "desmentido"}}
    unknown_kind = {**good, "derribados_categoria": "otra"}
    result = _import({"ataques": [good, bad_range, no_side, denied, "x", unknown_kind, {"tipo": "aviso"}]})
    reasons = dict(zip(result.rejected["input"], result.rejected["reason"], strict=False))
    assert "minimum above its maximum" in reasons["u.json:2"]
    assert "sentido" in reasons["u.json:3"]
    assert "desmentido" in reasons["u.json:4"]
    assert reasons["u.json:5"] == "the record is not a JSON object"
    assert "derribados_categoria" in reasons["u.json:6"]
    assert "neither an attack" in reasons["u.json:7"]
    assert set(result.claims["report_id"]) == {"eodi:1", "eodi:2"}  # 6: both its figures uncategorised


def test_jamming_losses_and_border_crossings():
    # A synthetic variation of a real record (EODI-UA-2022-0003): figures the fixture's records leave unknown.
    night = json.loads(SAMPLE.read_text(encoding="utf-8"))["ataques"][1]
    night = {**night, "perdidos_guerra_electronica": {"min": 37, "max": 37},
             "cruces": [{"pais": "Bielorrusia", "numero": {"min": 2, "max": 2}}]}
    claims = _import({"ataques": [night]}).claims.set_index("quote")
    assert (claims.loc["perdidos_guerra_electronica=37", "metric"], claims.loc["perdidos_guerra_electronica=37",
                                                                                "count"]) == ("suppressed", 37)
    crossing = claims.loc["cruces[Bielorrusia].numero=2"]
    assert (crossing["metric"], crossing["region_text"], crossing["is_breakdown"]) == ("returned", "Bielorrusia", False)


def test_a_file_that_is_not_the_dataset_is_an_error():
    with pytest.raises(DatasetError):
        eodi.import_stream(io.BytesIO(b"not json"), "u.json")
    with pytest.raises(DatasetError):
        _import({"ataques": "none"})


def test_the_command_writes_claims_and_rejects(tmp_path, capsys):
    out, rejects = tmp_path / "claims.csv", tmp_path / "rejected.csv"
    assert cli.main(["import-eodi", str(SAMPLE), "-o", str(out), "--rejects", str(rejects)]) == 0
    assert len(pd.read_csv(out)) == 29
    assert "7 records" in capsys.readouterr().err


def test_the_build_puts_eodi_into_data_full_only(repo_copy):
    target = repo_copy / build.EODI_PATH
    target.parent.mkdir(parents=True)
    target.write_bytes(SAMPLE.read_bytes())
    result = build.build(repo_copy, force=True)
    assert result.accounting["eodi_rows"] == 7
    clean = pd.read_csv(repo_copy / "data/clean/claims.csv", dtype=str)
    full = pd.read_csv(repo_copy / "data/full/claims.csv", dtype=str)
    assert not clean["source"].eq("eodi").any() and full["source"].eq("eodi").sum() == 29
    nightly = pd.read_csv(repo_copy / "data/full/nightly.csv", dtype=str)
    assert {"eodi"} <= set(nightly["source"])
    # The Defence Ministry's night into 20 Jan 2025, as a news report and as the observatory carry it.
    pairs = pd.read_csv(repo_copy / "data/full/discrepancies.csv", dtype=str)
    aligned = pairs[pairs["kind"].eq("cross_source") & pairs["b_source"].eq("eodi") & pairs["date"].eq("2025-01-20")]
    assert len(aligned) and set(aligned["a_author"]) == {"ru_mod"}
    package = json.loads((repo_copy / "data/full/datapackage.json").read_text(encoding="utf-8"))
    assert any(s["title"] == "eodi" for s in package["sources"])


def test_the_attribution_is_in_the_readme_and_sources():
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "droneobservatory.eu/datos/ucrania.json" in readme
    assert "European Observatory of Drone Incidents" in (REPO / "src/strikeclaims/reference/sources.csv").read_text(
        encoding="utf-8")
