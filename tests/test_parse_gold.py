"""The parsers on the synthetic gold set (tests/gold/, every report marked synthetic) and on held-out texts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from strikeclaims import fields, parse, read
from strikeclaims.dev import evaluate

GOLD = Path(__file__).parent / "gold"


def test_gold_set_is_synthetic_and_covers_sources_and_languages():
    lines = [json.loads(x) for x in (GOLD / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 80
    assert all(x["note"] == "synthetic" for x in lines)
    assert {(x["source"], x["language"]) for x in lines} >= {
        ("ua_air_force", "uk"), ("ua_air_force", "en"), ("ru_mod", "ru"), ("ru_mod", "en")}


def test_gold_set_f1_is_at_least_095_overall_and_per_source():
    table = evaluate.scores(GOLD)
    overall = table[table["source"] == "all"].iloc[0]
    assert overall["f1"] >= 0.95
    assert overall["date_right"] >= 0.9
    for source in ("ua_air_force", "ru_mod"):
        assert table[table["source"] == source]["f1"].min() >= 0.85


@pytest.fixture
def heldout(tmp_path: Path) -> Path:
    shutil.copy(GOLD / "heldout_reports.jsonl", tmp_path / "reports.jsonl")
    shutil.copy(GOLD / "heldout_claims.csv", tmp_path / "claims.csv")
    return tmp_path


def test_held_out_texts_reach_f1_090(heldout):
    overall = evaluate.scores(heldout).iloc[-1]
    assert overall["f1"] >= 0.90
    assert overall["date_right"] >= 0.9


def test_evaluate_main_prints_a_table_and_returns_zero(capsys):
    assert evaluate.main(None) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "ua_air_force" in out and "ru_mod" in out


def test_claims_have_the_contract_columns_and_types():
    records, _, _ = read.read_reports([GOLD / "reports.jsonl"])
    claims, rejected = parse.parse_records(records)
    assert list(claims.columns) == fields.TABLES["claims"].columns + ["_input"]
    assert claims["count"].dtype == "Int64" and claims["is_breakdown"].dtype == bool
    assert set(claims["method"]) == {"parser:ua_air_force@1.50.0", "parser:ru_mod@1.50.0"}
    assert claims["item_group"].equals(claims["item"].map(fields.ITEM_GROUP_OF)) or \
        (claims["item_group"].fillna("") == claims["item"].map(fields.ITEM_GROUP_OF).fillna("")).all()
    assert claims["claim_id"].is_unique
    first = claims.groupby("report_id")["claim_id"].first()
    assert all(cid.endswith("#1") for cid in first)
    assert rejected.empty


def test_every_quote_is_an_exact_short_span_of_its_report():
    records, _, _ = read.read_reports([GOLD / "reports.jsonl"])
    claims, _ = parse.parse_records(records)
    texts = dict(zip(records["report_id"], records["text"], strict=True))
    for claim in claims.itertuples():
        assert claim.quote in texts[claim.report_id]
        assert len(claim.quote.split()) <= fields.MAX_QUOTE_WORDS
        assert str(claim.count) in claim.quote.replace(",", "").replace(" ", "") or claim.qualifier != "exact" \
            or not claim.quote[0].isdigit()


def test_non_attack_posts_and_other_sources_give_no_claims():
    records = pd.DataFrame([
        {"report_id": "ua_air_force:1", "source": "ua_air_force", "claimant": "UA", "published_at": "2025-03-10T17:00:00Z",
         "language": "uk", "text": "Вітаємо захисників неба зі святом! 30 років служби.", "raw_path": "x:1"},
        {"report_id": "media:abc", "source": "media", "claimant": "XX", "published_at": "2025-03-10T17:00:00Z",
         "language": "en", "text": "Russia launched 80 drones overnight.", "raw_path": "x:2"},
    ])
    claims, rejected = parse.parse_records(records)
    assert claims.empty and rejected.empty


def test_the_parse_makes_no_reference_cycles_so_pausing_the_collector_keeps_nothing_alive():
    # `parse_records` pauses the garbage collector for its loop: that frees the same memory only because reading a
    # report leaves no cycles behind (a rule that kept one would grow the heap for a whole chunk).
    import gc

    records, _, _ = read.read_reports([GOLD / "reports.jsonl", GOLD / "heldout_reports.jsonl",
                                       evaluate.PACKAGE_GOLD / "real" / "reports.jsonl"])
    gc.collect()
    gc.disable()
    try:
        parse.parse_records(records)
        assert gc.collect() == 0
    finally:
        gc.enable()
    parse.parse_records(records.head(3))
    assert gc.isenabled()
