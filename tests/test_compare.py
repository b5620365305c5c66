"""The discrepancies table: cross-side, cross-source, revision and breakdown pairs (note: synthetic figures)."""

from __future__ import annotations

import hashlib

import pandas as pd
from synthetic_claims import claim, frames, report

from strikeclaims import aggregate, compare, fields, validate

UA = "ua_air_force"
MEDIA = "media:aaaaaaaaaaaa"


def discrepancies(claims: list[dict], reports: list[dict]) -> pd.DataFrame:
    c, r = frames(claims, reports)
    return compare.build_discrepancies(c, r, aggregate.build_nightly(c, r))


def seed_night() -> tuple[list[dict], list[dict]]:
    """Shaped like the night into 2 June 2025: a news report against a dataset (figures as the test needs)."""
    d = {"date": "2025-06-02"}
    w = {"window_start": "2025-06-01T18:30:00Z", "window_end": "2025-06-02T05:30:00Z"}
    claims = [
        claim(MEDIA, metric="launched", count=80, **d), claim(MEDIA, metric="launched", item="missile", count=4, **d),
        claim(MEDIA, metric="intercepted", count=52, **d),
        claim(MEDIA, claimant="RU", attacker="UA", metric="intercepted", count=162, **d),
        claim("piterfm:1", metric="launched", item="attack_drone", count=80, **d, **w),
        claim("piterfm:1", metric="intercepted", item="attack_drone", count=15, **d, **w),
        claim("piterfm:1", metric="suppressed", item="attack_drone", count=37, **d, **w),
        claim("piterfm:2", metric="launched", item="ballistic_missile", count=3, **d, **w),
        claim("piterfm:3", metric="launched", item="cruise_missile", count=1, **d, **w),
    ]
    reports = [report(MEDIA, None, "manual"), *[report(f"piterfm:{i}", None, "imported") for i in (1, 2, 3)]]
    return claims, reports


def pick(d: pd.DataFrame, **where) -> pd.DataFrame:
    for k, v in where.items():
        d = d[d[k] == v]
    return d


def test_columns_ids_difference_and_ratio():
    d = discrepancies(*seed_night())
    assert list(d.columns) == fields.TABLES["discrepancies"].columns
    assert d["discrepancy_id"].is_unique
    assert validate.validate("discrepancies", d)[1].empty
    for _, row in d.iterrows():
        what = row["item"] if isinstance(row["item"], str) else row["item_group"]
        digest = hashlib.sha256(f"{row['a_ref']}|{row['b_ref']}|{row['metric']}|{what}".encode()).hexdigest()[:12]
        assert row["discrepancy_id"] == f"{row['kind']}:{digest}"
    shot = pick(d, kind="cross_source", metric="intercepted").iloc[0]
    assert (shot["a_source"], shot["a_value"], shot["b_source"], shot["b_value"]) == ("media", 52, "piterfm", 15)
    assert shot["difference"] == 37 and abs(shot["ratio"] - 52 / 15) < 1e-9


def test_cross_source_pairs_a_merged_shot_down_figure_with_shot_down_plus_suppressed():
    d = discrepancies(*seed_night())
    merged = pick(d, kind="cross_source", metric="neutralised", item_group="drones")
    assert len(merged) == 1
    assert (merged.iloc[0]["a_value"], merged.iloc[0]["b_value"], merged.iloc[0]["difference"]) == (52, 52, 0)


def test_cross_source_emits_equal_pairs_too():
    d = discrepancies(*seed_night())
    launched = pick(d, kind="cross_source", metric="launched")
    assert sorted(launched["item_group"]) == ["drones", "missiles"]
    assert launched["difference"].tolist() == [0, 0]


def test_no_merged_pairing_when_neither_source_splits_its_figure():
    claims = [claim(f"{UA}:1", metric="intercepted", count=50), claim(MEDIA, metric="intercepted", count=52)]
    d = discrepancies(claims, [report(f"{UA}:1"), report(MEDIA, None, "manual")])
    assert pick(d, metric="neutralised").empty
    assert len(pick(d, kind="cross_source", metric="intercepted")) == 1


def test_cross_side_compares_headline_rows_of_both_claimants_for_one_attacker():
    claims = [claim(f"{UA}:1", attacker="UA", metric="intercepted", count=40),
              claim("ru_mod:1", claimant="RU", attacker="UA", metric="intercepted", count=162)]
    d = discrepancies(claims, [report(f"{UA}:1"), report("ru_mod:1")])
    row = pick(d, kind="cross_side").iloc[0]
    assert (row["a_claimant"], row["a_value"], row["b_claimant"], row["b_value"]) == ("UA", 40, "RU", 162)
    assert row["difference"] == -122 and row["item_group"] == "drones"


def test_cross_side_never_pairs_different_attackers():
    claims, reports = seed_night()
    d = discrepancies(claims, reports)
    assert pick(d, kind="cross_side").empty  # UA's 52 are Russian drones, Russia's 162 Ukrainian ones


def test_cross_side_events_keep_a_side_that_gives_no_number():
    ev = {"date": "2025-06-01", "window_kind": "event", "attacker": "UA", "metric": "hit", "item": "aircraft"}
    claims = [claim(MEDIA, count=41, qualifier="at_least", **ev), claim(MEDIA, claimant="RU", count=None, **ev),
              claim("media:bbbbbbbbbbbb", claimant="US", count=20, qualifier="at_most", **ev)]
    d = discrepancies(claims, [report(MEDIA, None, "manual"), report("media:bbbbbbbbbbbb", None, "manual")])
    pairs = pick(d, kind="cross_side", item="aircraft")
    assert set(zip(pairs["a_claimant"], pairs["b_claimant"], strict=True)) == {("UA", "RU"), ("UA", "US"), ("RU", "US")}
    ua_ru = pick(pairs, a_claimant="UA", b_claimant="RU").iloc[0]
    assert ua_ru["a_value"] == 41 and pd.isna(ua_ru["b_value"]) and pd.isna(ua_ru["difference"])


def test_revision_from_a_superseded_version_and_from_a_later_report():
    claims = [claim(f"{UA}:5@v1", count=70), claim(f"{UA}:5", count=80),
              claim(f"{UA}:6", count=80, metric="intercepted"), claim(f"{UA}:7", count=75, metric="intercepted")]
    reports = [report(f"{UA}:5@v1", status="superseded"), report(f"{UA}:5"),
               report(f"{UA}:6", "2025-05-10T06:00:00Z"), report(f"{UA}:7", "2025-05-10T09:00:00Z")]
    d = pick(discrepancies(claims, reports), kind="revision")
    launched = pick(d, metric="launched").iloc[0]
    assert (launched["a_ref"], launched["a_value"], launched["b_ref"], launched["b_value"]) == (
        f"{UA}:5@v1#1", 70, f"{UA}:5#1", 80)
    later = pick(d, metric="intercepted").iloc[0]
    assert (later["a_value"], later["b_value"]) == (80, 75)


def test_an_unchanged_figure_is_not_a_revision():
    claims = [claim(f"{UA}:5@v1", count=80), claim(f"{UA}:5", count=80)]
    d = discrepancies(claims, [report(f"{UA}:5@v1", status="superseded"), report(f"{UA}:5")])
    assert pick(d, kind="revision").empty


def test_breakdown_that_does_not_sum_to_its_total():
    claims = [claim("ru_mod:1", claimant="RU", attacker="UA", metric="intercepted", count=162),
              claim("ru_mod:1", claimant="RU", attacker="UA", metric="intercepted", count=100, region="RU-KRS",
                    is_breakdown=True),
              claim("ru_mod:1", claimant="RU", attacker="UA", metric="intercepted", count=50, region="RU-BRY",
                    is_breakdown=True),
              claim(f"{UA}:1", count=80), claim(f"{UA}:1", item="attack_drone", count=50, is_breakdown=True),
              claim(f"{UA}:1", item="decoy_drone", count=30, is_breakdown=True)]
    d = pick(discrepancies(claims, [report("ru_mod:1"), report(f"{UA}:1")]), kind="breakdown")
    assert len(d) == 1  # the UA model split adds up; the Russian place split does not
    row = d.iloc[0]
    assert (row["a_value"], row["b_value"], row["difference"], row["item"]) == (162, 150, 12, "drone")
    assert row["b_ref"] == "ru_mod:1#2;ru_mod:1#3"


def test_empty_claims_give_an_empty_table():
    c, r = frames([], [])
    d = compare.build_discrepancies(c, r, aggregate.build_nightly(c, r))
    assert d.empty and list(d.columns) == fields.TABLES["discrepancies"].columns


def test_two_news_articles_are_not_revisions_of_each_other():
    a, b = "media:aaaaaaaaaaaa", "media:bbbbbbbbbbbb"
    claims = [claim(a, metric="launched", count=805, date="2025-09-07"),
              claim(b, metric="launched", count=810, date="2025-09-07")]
    reports = [report(a, "2025-09-07T07:00:00Z", "manual"), report(b, "2025-09-07T11:00:00Z", "manual")]
    assert pick(discrepancies(claims, reports), kind="revision").empty


def test_an_official_update_is_a_revision():
    claims = [claim("ua_air_force:1", metric="launched", count=805, date="2025-09-07"),
              claim("ua_air_force:2", metric="launched", count=810, date="2025-09-07")]
    reports = [report("ua_air_force:1", "2025-09-07T06:00:00Z"), report("ua_air_force:2", "2025-09-07T10:00:00Z")]
    rev = pick(discrepancies(claims, reports), kind="revision")
    assert list(zip(rev["a_value"], rev["b_value"], strict=True)) == [(805, 810)]


def test_a_news_articles_partial_list_of_places_is_no_breakdown_finding_but_an_over_sum_is():
    def article(parts: list[int]) -> list[dict]:
        total = claim(MEDIA, claimant="RU", attacker="UA", metric="intercepted", count=162, date="2025-06-02")
        return [total, *[claim(MEDIA, claimant="RU", attacker="UA", metric="intercepted", count=n, region="RU-KRS",
                               region_text="Kursk", is_breakdown=True, date="2025-06-02") for n in parts]]

    reports = [report(MEDIA, None, "manual")]
    assert pick(discrepancies(article([57, 31]), reports), kind="breakdown").empty
    over = pick(discrepancies(article([157, 31]), reports), kind="breakdown")
    assert list(zip(over["a_value"], over["b_value"], strict=True)) == [(162, 188)]


def test_an_official_itemised_list_that_does_not_sum_is_a_breakdown_finding():
    rid = "ru_mod:11"
    claims = [claim(rid, claimant="RU", attacker="UA", metric="intercepted", count=337, date="2025-03-11"),
              claim(rid, claimant="RU", attacker="UA", metric="intercepted", count=126, region="RU-KRS",
                    region_text="Курской", is_breakdown=True, date="2025-03-11"),
              claim(rid, claimant="RU", attacker="UA", metric="intercepted", count=181, region="RU-MOS",
                    region_text="Московской", is_breakdown=True, date="2025-03-11")]
    found = pick(discrepancies(claims, [report(rid)]), kind="breakdown")
    assert list(zip(found["a_value"], found["b_value"], strict=True)) == [(337, 307)]


def test_news_reports_of_one_author_that_disagree_are_a_same_author_finding():
    # 7 Sep 2025 as three articles carried it (figures as in the issue; the articles are synthetic).
    first, update, other = "media:aaaaaaaaaaaa", "media:bbbbbbbbbbbb", "media:cccccccccccc"
    night = {"date": "2025-09-07"}
    claims = [claim(first, metric="launched", count=805, **night),
              claim(update, metric="launched", count=810, **night),
              claim(update, metric="neutralised", count=747, **night),
              claim(other, metric="launched", count=810, author="ua_president", **night)]
    reports = [report(first, "2025-09-07T06:00:00Z", "manual"), report(update, "2025-09-07T05:00:00Z", "manual"),
               report(other, "2025-09-07T09:00:00Z", "manual")]
    found = pick(discrepancies(claims, reports), kind="same_author")
    # The complete report is counted, though the incomplete one is later; the president's figure is
    # another author's and is not compared here.
    assert list(zip(found["a_value"], found["b_value"], found["a_ref"], found["b_ref"], strict=True)) == [
        (810, 805, update, first)]
    assert set(found["a_author"]) == {"ua_air_force"} and set(found["b_author"]) == {"ua_air_force"}


def test_every_finding_names_its_authors_where_the_rows_do():
    claims = [claim("ua_air_force:1", metric="launched", count=805, date="2025-09-07"),
              claim("ua_air_force:2", metric="launched", count=810, date="2025-09-07")]
    reports = [report("ua_air_force:1", "2025-09-07T06:00:00Z"), report("ua_air_force:2", "2025-09-07T10:00:00Z")]
    rev = pick(discrepancies(claims, reports), kind="revision")
    assert list(rev["a_author"]) == ["ua_air_force"] and list(rev["b_author"]) == ["ua_air_force"]
