"""The quote check: the build reads every manual claim's quote and compares the parsed figure with the one
entered by hand, per claim (quote_checks.csv) and per author (the accounting)."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import REPO

from strikeclaims import build, fields, quotecheck

CLAIM = {"claim_id": "media:abc#1", "_input": "data/raw/manual/x.csv:2", "author": "ru_mod", "attacker": "UA",
         "date": "2025-06-14", "_language": "ru", "metric": "intercepted", "item": "drone", "count": 8,
         "qualifier": "exact", "quote": "Над Ставропольем уничтожены 8 беспилотников"}


@pytest.mark.parametrize("changes,status,reason", [
    ({}, "agrees", None),
    ({"item": "attack_drone"}, "agrees", None),  # an item of the same group
    ({"metric": "launched"}, "other_meaning", "the parser reads 8 with metric intercepted"),
    ({"count": 18}, "other_count", "the parser reads 8, not 18"),
    ({"quote": "8 — над Ставропольем"}, "agrees", None),  # a list line of the Defence Ministry's: drones intercepted
    ({"quote": "Над Ставропольем работала ПВО"}, "no_figure", "the parser reads no figure in the quote"),
    ({"quote": "Над Ставропольем сбиты беспилотники"}, "other_count", "the parser reads no number, not 8"),
    ({"qualifier": "about"}, "other_meaning", "qualifier exact"),
])
def test_each_status_of_the_check(changes, status, reason):
    row = quotecheck.check_one({**CLAIM, **changes})
    assert row["status"] == status and row["status"] in fields.VOCABULARIES["quote_check"]
    assert (row["reason"] is None) == (reason is None) and (reason is None or reason in row["reason"])
    assert row["claim_id"] == CLAIM["claim_id"] and row["input"] == CLAIM["_input"]


def test_a_quote_in_a_language_the_parsers_do_not_read_is_not_checked_nor_counted():
    row = quotecheck.check_one({**CLAIM, "_language": None, "quote": "Rusko v noci zaútočilo 80 drony"})
    assert row["status"] == "not_read" and row["n_parsed"] == 0 and "language" in row["reason"]
    checks = quotecheck.check(pd.DataFrame([CLAIM, {**CLAIM, "claim_id": "media:abc#2", "_language": None}]))
    assert list(checks["status"]) == ["agrees", "not_read"]
    assert quotecheck.agreement(checks) == {"quote_checked": 1, "quote_agrees": 1, "quote_checked:ru_mod": 1,
                                            "quote_agrees:ru_mod": 1}


def test_the_quote_is_read_by_the_parser_of_the_attacked_side():
    ua = quotecheck.check_one({**CLAIM, "author": "ua_air_force", "attacker": "RU", "metric": "launched",
                               "count": 80, "quote": "Russia launched 80 drones at Ukraine overnight"})
    assert ua["status"] == "agrees" and ua["method"].startswith("parser:ua_air_force@")
    nobody = quotecheck.check_one({**CLAIM, "attacker": "XX"})
    assert nobody["status"] == "no_figure" and nobody["n_parsed"] == 0


def test_the_build_checks_every_published_manual_claim_and_prints_the_agreement_per_author():
    checks = pd.read_csv(REPO / "data" / "clean" / "quote_checks.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(REPO / "data" / "clean" / "claims.csv", dtype=str, keep_default_na=False)
    manual = claims[claims["method"] == "manual"]
    assert list(checks.columns) == fields.TABLES["quote_checks"].columns
    assert sorted(checks["claim_id"]) == sorted(manual["claim_id"])
    assert set(checks["status"]) <= set(fields.VOCABULARIES["quote_check"])
    disagree = checks[checks["status"] != "agrees"]
    assert (disagree["reason"] != "").all() and (checks.loc[checks["status"] == "agrees", "reason"] == "").all()
    assert checks["input"].str.startswith("data/raw/manual/").all()
    quotes = dict(zip(manual["claim_id"], manual["quote"], strict=True))
    assert (checks["quote"] == checks["claim_id"].map(quotes)).all()


def test_the_accounting_line_names_each_author_and_the_overall_share(project):
    (project / "data/raw/manual/ru_mod_2025-06.csv").write_text(
        "source,author,claimant,attacker,date,window_kind,window_start,window_end,metric,item,item_model,count,"
        "qualifier,region,region_text,launch_area,is_breakdown,quote,language,url,outlet,published_at,note\n"
        "media,ru_mod,RU,UA,2025-06-14,night,,,intercepted,drone,,8,exact,RU-STA,Ставропольем,,false,"
        "Над Ставропольем уничтожены 8 беспилотников,ru,https://example.org/a,Example,2025-06-14,\n"
        "media,ru_mod,RU,UA,2025-06-14,night,,,intercepted,drone,,3,exact,RU-BEL,Белгородской,,true,"
        "ещё 3 — тоже,ru,https://example.org/a,Example,2025-06-14,\n", encoding="utf-8")
    result = build.build(project)
    assert result.accounting["quote_checked"] == 2 and result.accounting["quote_agrees"] == 1
    assert result.accounting["quote_checked:ru_mod"] == 2
    line = next(x for x in result.summary().splitlines() if "quote check" in x)
    assert "1 of 2 manual claims (50.0%)" in line and "ru_mod 50.0% of 2" in line
    checks = result.tables["quote_checks"]
    assert list(checks["status"]) == ["agrees", "no_figure"]
