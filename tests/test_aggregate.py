"""The nightly and coverage tables: one test per summing rule, on synthetic claims (note: synthetic)."""

from __future__ import annotations

import pandas as pd
import pytest
from synthetic_claims import claim, frames, report

from strikeclaims import aggregate, fields, validate

UA = "ua_air_force"
RU = "ru_mod"


def nightly(claims: list[dict], reports: list[dict]) -> pd.DataFrame:
    c, r = frames(claims, reports)
    return aggregate.build_nightly(c, r)


def one(n: pd.DataFrame, **where) -> pd.Series:
    rows = n
    for k, v in where.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_columns_and_types_follow_the_field_dictionary():
    n = nightly([claim(f"{UA}:1", count=80)], [report(f"{UA}:1")])
    assert list(n.columns) == fields.TABLES["nightly"].columns
    assert str(n["launched"].dtype) == "Int64" and n["is_headline"].dtype == bool
    empty = aggregate.build_nightly(*frames([], []))
    assert list(empty.columns) == fields.TABLES["nightly"].columns and empty.empty


def test_later_report_of_the_same_window_replaces_the_earlier_one():
    claims = [claim(f"{UA}:1", count=50), claim(f"{UA}:2", count=80)]
    reports = [report(f"{UA}:1", "2025-05-10T05:00:00Z"), report(f"{UA}:2", "2025-05-10T07:00:00Z")]
    row = one(nightly(claims, reports))
    assert row["launched"] == 80
    assert row["report_ids"] == f"{UA}:2" and row["n_reports"] == 1
    assert not row["has_overlap"]  # a replaced version is not an overlapping window


def test_later_report_replaces_earlier_for_a_stated_window_even_when_published_in_reverse_id_order():
    w = {"window_start": "2025-05-09T15:00:00Z", "window_end": "2025-05-10T05:00:00Z"}
    claims = [claim(f"{UA}:9", count=50, **w), claim(f"{UA}:2", count=80, **w)]
    reports = [report(f"{UA}:9", "2025-05-10T05:00:00Z"), report(f"{UA}:2", "2025-05-10T07:00:00Z")]
    row = one(nightly(claims, reports))
    assert row["launched"] == 80 and not row["has_overlap"]


def test_non_overlapping_windows_of_one_source_and_date_add_up():
    claims = [
        claim(f"{UA}:1", count=30, window_start="2025-05-09T15:00:00Z", window_end="2025-05-09T21:00:00Z"),
        claim(f"{UA}:2", count=20, window_start="2025-05-09T21:00:00Z", window_end="2025-05-10T04:00:00Z"),
    ]
    reports = [report(f"{UA}:1", "2025-05-09T21:30:00Z"), report(f"{UA}:2", "2025-05-10T05:00:00Z")]
    row = one(nightly(claims, reports))
    assert row["launched"] == 50
    assert not row["has_overlap"]
    assert row["report_ids"] == f"{UA}:1;{UA}:2" and row["n_reports"] == 2


def test_overlapping_windows_are_counted_once_keeping_the_widest_and_flagged():
    claims = [
        claim(f"{UA}:1", count=30, window_start="2025-05-09T15:00:00Z", window_end="2025-05-09T23:00:00Z"),
        claim(f"{UA}:2", count=70, window_start="2025-05-09T15:00:00Z", window_end="2025-05-10T05:00:00Z"),
        claim(f"{UA}:3", count=5, window_start="2025-05-10T06:00:00Z", window_end="2025-05-10T08:00:00Z"),
    ]
    reports = [report(f"{UA}:1", "2025-05-09T23:10:00Z"), report(f"{UA}:2", "2025-05-10T05:10:00Z"),
               report(f"{UA}:3", "2025-05-10T08:10:00Z")]
    row = one(nightly(claims, reports))
    assert row["launched"] == 75  # the wide window (70) once, plus the separate later window (5)
    assert row["has_overlap"]
    assert row["report_ids"] == f"{UA}:2;{UA}:3"


def test_a_window_without_stated_times_overlaps_the_stated_windows_of_its_night():
    claims = [claim(f"{UA}:1", count=30, window_start="2025-05-09T15:00:00Z", window_end="2025-05-09T23:00:00Z"),
              claim(f"{UA}:2", count=90)]
    reports = [report(f"{UA}:1", "2025-05-09T23:10:00Z"), report(f"{UA}:2", "2025-05-10T05:10:00Z")]
    row = one(nightly(claims, reports))
    assert row["launched"] == 90 and row["has_overlap"]


def test_a_stated_total_wins_over_the_sum_of_its_breakdown():
    claims = [claim(f"{UA}:1", count=80),
              claim(f"{UA}:1", item="attack_drone", count=50, is_breakdown=True),
              claim(f"{UA}:1", item="decoy_drone", count=40, is_breakdown=True),
              claim(f"{UA}:1", count=60, region="UA-63", is_breakdown=True)]
    assert one(nightly(claims, [report(f"{UA}:1")]))["launched"] == 80


def test_the_least_specific_item_of_a_report_is_its_group_total():
    # Not marked as breakdowns, yet splits of the same figure: the generic total is taken.
    claims = [claim(f"{UA}:1", count=80), claim(f"{UA}:1", item="attack_drone", count=50),
              claim(f"{UA}:1", item="decoy_drone", count=30)]
    assert one(nightly(claims, [report(f"{UA}:1")]))["launched"] == 80


def test_specific_items_add_up_when_the_report_states_no_group_total():
    claims = [claim(f"{UA}:1", item="cruise_missile", count=7), claim(f"{UA}:1", item="ballistic_missile", count=3)]
    assert one(nightly(claims, [report(f"{UA}:1")]))["launched"] == 10


def test_drones_and_missiles_are_never_added_together_and_air_weapon_never_enters():
    claims = [claim(f"{UA}:1", count=80), claim(f"{UA}:1", item="missile", count=4),
              claim(f"{UA}:1", item="air_weapon", count=84)]
    n = nightly(claims, [report(f"{UA}:1")])
    assert set(n["item_group"]) == {"drones", "missiles"}
    assert one(n, item_group="drones")["launched"] == 80
    assert one(n, item_group="missiles")["launched"] == 4


@pytest.mark.parametrize("kind", ["day_total", "period_total", "event", "cumulative"])
def test_summaries_events_and_running_totals_are_never_summed_in(kind):
    claims = [claim(f"{UA}:1", count=80), claim(f"{UA}:2", count=500, window_kind=kind)]
    n = nightly(claims, [report(f"{UA}:1"), report(f"{UA}:2", "2025-05-10T18:00:00Z")])
    assert one(n)["launched"] == 80 and one(n)["window_kind"] == "night"


def test_night_and_day_windows_are_separate_rows():
    claims = [claim(f"{UA}:1", count=80), claim(f"{UA}:2", count=12, window_kind="day")]
    n = nightly(claims, [report(f"{UA}:1"), report(f"{UA}:2", "2025-05-10T18:00:00Z")])
    assert one(n, window_kind="night")["launched"] == 80 and one(n, window_kind="day")["launched"] == 12


def test_superseded_versions_never_count():
    claims = [claim(f"{UA}:1@v1", count=99), claim(f"{UA}:1", count=80, date="2025-05-11"),
              claim(f"{UA}:7@v1", count=15, date="2025-05-12")]
    reports = [report(f"{UA}:1@v1", "2025-05-10T06:00:00Z", status="superseded"), report(f"{UA}:1"),
               report(f"{UA}:7@v1", "2025-05-12T06:00:00Z", status="superseded")]
    n = nightly(claims, reports)
    assert list(n["date"]) == ["2025-05-11"] and n["launched"].tolist() == [80]


def test_nothing_is_dated_twice_a_stated_window_counts_once_on_the_latest_reports_date():
    w = {"window_start": "2025-05-09T16:00:00Z", "window_end": "2025-05-10T03:00:00Z"}
    claims = [claim(f"{UA}:1", count=50, date="2025-05-09", **w), claim(f"{UA}:2", count=55, date="2025-05-10", **w)]
    reports = [report(f"{UA}:1", "2025-05-10T03:30:00Z"), report(f"{UA}:2", "2025-05-10T06:00:00Z")]
    n = nightly(claims, reports)
    assert list(n["date"]) == ["2025-05-10"] and n["launched"].sum() == 55


def test_unstated_metrics_are_null_never_zero_and_unquantified_figures_add_nothing():
    claims = [claim(f"{UA}:1", count=80), claim(f"{UA}:1", metric="hit", item="drone", count=None),
              claim(f"{UA}:2", count=None, window_start="2025-05-10T06:00:00Z", window_end="2025-05-10T08:00:00Z")]
    row = one(nightly(claims, [report(f"{UA}:1"), report(f"{UA}:2", "2025-05-10T08:30:00Z")]))
    assert row["launched"] == 80
    for m in ("neutralised", "intercepted", "suppressed", "hit", "airborne", "returned"):
        assert pd.isna(row[m]), m


def test_defended_share_prefers_neutralised_else_intercepted_plus_suppressed():
    claims = [
        claim(f"{UA}:1", count=100), claim(f"{UA}:1", metric="neutralised", count=90),
        claim(f"{UA}:1", metric="intercepted", count=10),
        claim(f"{UA}:2", count=100, date="2025-05-11"), claim(f"{UA}:2", metric="intercepted", count=60, date="2025-05-11"),
        claim(f"{UA}:2", metric="suppressed", count=20, date="2025-05-11"),
        claim(f"{UA}:3", count=0, date="2025-05-12"), claim(f"{UA}:3", metric="intercepted", count=0, date="2025-05-12"),
        claim(f"{UA}:4", metric="intercepted", count=5, date="2025-05-13"),
    ]
    reports = [report(f"{UA}:{i}", f"2025-05-{9 + i}T06:00:00Z") for i in range(1, 5)]
    n = nightly(claims, reports).set_index("date")
    assert n.loc["2025-05-10", "defended_share"] == pytest.approx(0.9)
    assert n.loc["2025-05-11", "defended_share"] == pytest.approx(0.8)
    assert pd.isna(n.loc["2025-05-12", "defended_share"])  # launched 0
    assert pd.isna(n.loc["2025-05-13", "defended_share"])  # launched not stated


def test_headline_prefers_official_then_media_then_dataset():
    claims = [claim(f"{UA}:1", count=80), claim("media:aaaaaaaaaaaa", count=81), claim("piterfm:1", count=82)]
    reports = [report(f"{UA}:1"), report("media:aaaaaaaaaaaa", None, status="manual"),
               report("piterfm:1", None, status="imported")]
    n = nightly(claims, reports)
    assert n.loc[n["is_headline"], "source"].tolist() == [UA]
    n2 = nightly(claims[1:], reports[1:])
    assert n2.loc[n2["is_headline"], "source"].tolist() == ["media"]
    assert n2.groupby(["date", "window_kind", "attacker", "claimant", "item_group"])["is_headline"].sum().eq(1).all()
    assert validate.validate("nightly", n)[1].empty


def test_rows_of_an_external_dataset_for_one_window_add_up():
    w = {"window_start": "2025-05-09T18:30:00Z", "window_end": "2025-05-10T05:30:00Z"}
    claims = [claim("piterfm:1", item="ballistic_missile", count=3, **w),
              claim("piterfm:2", item="cruise_missile", count=1, **w),
              claim("piterfm:3", item="attack_drone", count=80, **w)]
    reports = [report(f"piterfm:{i}", None, status="imported") for i in (1, 2, 3)]
    n = nightly(claims, reports)
    assert one(n, item_group="missiles")["launched"] == 4
    assert one(n, item_group="missiles")["report_ids"] == "piterfm:1;piterfm:2"
    assert one(n, item_group="drones")["launched"] == 80


def test_each_claimant_and_attacker_gets_its_own_row():
    claims = [claim("media:aaaaaaaaaaaa", metric="intercepted", count=52),
              claim("media:aaaaaaaaaaaa", claimant="RU", attacker="UA", metric="intercepted", count=162)]
    n = nightly(claims, [report("media:aaaaaaaaaaaa", None, status="manual")])
    assert one(n, claimant="RU")["intercepted"] == 162 and one(n, claimant="UA")["intercepted"] == 52
    assert n["is_headline"].all()


def test_coverage_has_a_row_for_every_night_of_an_official_author_and_keeps_no_data_apart():
    media = "media:aaaaaaaaaaaa"
    claims = [claim(f"{UA}:1"), claim(f"{UA}:2", date="2025-05-13", metric="intercepted"),
              claim(media, date="2025-05-11", item="cruise_missile"),
              claim(media, claimant="UA", author="ua_president", date="2025-05-20"),
              claim(f"{RU}:1", claimant="RU", attacker="UA", date="2025-05-12", metric="intercepted")]
    reports = [report(f"{UA}:1"), report(f"{UA}:2", "2025-05-13T06:00:00Z"), report(media, None, status="manual"),
               report(f"{RU}:1", "2025-05-12T06:00:00Z")]
    c, r = frames(claims, reports)
    nights = pd.DataFrame([{"author": "ua_air_force", "date": "2025-05-14", "status": "no_attack",
                            "url": "https://x.test/quiet", "quote": "no drones (synthetic)"}])
    cov = aggregate.build_coverage(aggregate.build_nightly(c, r), nights)
    assert list(cov.columns) == fields.TABLES["coverage"].columns
    ua = cov[cov["author"].eq("ua_air_force")]
    assert ua["date"].tolist() == ["2025-05-10", "2025-05-11", "2025-05-12", "2025-05-13", "2025-05-14"]
    assert ua["status"].tolist() == ["figures", "figures", "no_data", "figures", "no_attack"]
    assert ua["has_launched"].tolist() == [True, True, False, False, False]
    assert ua["has_stopped"].tolist() == [False, False, False, True, False]
    assert ua["sources"].tolist()[:2] == ["ua_air_force", "media"]
    assert ua["url"].tolist()[-1] == "https://x.test/quiet" and ua["url"].isna().sum() == 4
    assert cov.loc[cov["author"].eq("ru_mod"), ["claimant", "attacker"]].values.tolist() == [["RU", "UA"]]
    assert "ua_president" not in set(cov["author"])  # not an official source's author: no nightly routine


def test_empty_inputs_give_empty_tables_with_the_right_columns():
    c, r = frames([], [])
    assert list(aggregate.build_coverage(aggregate.build_nightly(c, r)).columns) == fields.TABLES["coverage"].columns
    assert aggregate.build_nightly(c, r).empty


def test_a_large_frame_is_aggregated_with_the_same_totals():
    n_nights = 20_000
    dates = pd.date_range("2020-01-01", periods=n_nights, freq="D").strftime("%Y-%m-%d")
    base = pd.DataFrame({"date": dates.repeat(5), "k": list(range(5)) * n_nights})
    claims = pd.DataFrame({
        "claim_id": "ua_air_force:" + base["date"] + "#" + (base["k"] + 1).astype(str),
        "report_id": "ua_air_force:" + base["date"], "source": UA, "claimant": "UA", "author": "ua_air_force",
        "attacker": "RU",
        "date": base["date"], "window_kind": "night", "window_start": None, "window_end": None,
        "metric": ["launched", "intercepted", "suppressed", "launched", "launched"] * n_nights,
        "item": ["drone", "drone", "drone", "attack_drone", "cruise_missile"] * n_nights,
        "count": pd.array([10, 6, 2, 9, 3] * n_nights, dtype="Int64"), "is_breakdown": [False, False, False, True,
                                                                                     False] * n_nights,
    })
    claims["item_group"] = claims["item"].map(fields.ITEM_GROUP_OF)
    reports = pd.DataFrame({"report_id": "ua_air_force:" + dates, "status": "parsed",
                            "published_at": dates + "T06:00:00Z"})
    n = aggregate.build_nightly(claims, reports)
    assert len(n) == 2 * n_nights
    assert n.loc[n["item_group"] == "drones", "launched"].sum() == 10 * n_nights
    assert n.loc[n["item_group"] == "missiles", "launched"].sum() == 3 * n_nights
    assert n["defended_share"].dropna().round(4).eq(0.8).all()


def test_a_later_report_of_a_stated_window_replaces_the_earlier_one_when_built_in_parts(monkeypatch):
    # The same window dated to two nights by two reports: the later report wins, even when parts are small.
    w = {"window_start": "2025-05-09T15:00:00Z", "window_end": "2025-05-10T05:00:00Z"}
    claims = [claim(f"{UA}:1", count=50, date="2025-05-09", **w), claim(f"{UA}:2", count=80, **w),
              claim(f"{UA}:3", count=7, date="2025-05-20")]
    reports = [report(f"{UA}:1", "2025-05-10T05:00:00Z"), report(f"{UA}:2", "2025-05-10T07:00:00Z"),
               report(f"{UA}:3", "2025-05-20T07:00:00Z")]
    monkeypatch.setattr(aggregate, "PART_ROWS", 1)
    n = nightly(claims, reports)
    assert list(n["date"]) == ["2025-05-10", "2025-05-20"] and list(n["launched"]) == [80, 7]


MEDIA_A, MEDIA_B, MEDIA_C = "media:aaaaaaaaaaaa", "media:bbbbbbbbbbbb", "media:cccccccccccc"


def test_the_headline_is_the_authors_latest_complete_figure():
    # An incomplete later article does not replace a complete earlier one.
    claims = [claim(MEDIA_A, count=810), claim(MEDIA_A, metric="neutralised", count=747),
              claim(MEDIA_B, count=805)]
    reports = [report(MEDIA_A, "2025-05-10T05:00:00Z", "manual"), report(MEDIA_B, "2025-05-10T09:00:00Z", "manual")]
    row = one(nightly(claims, reports), author="ua_air_force")
    assert (row["launched"], row["neutralised"], row["report_ids"]) == (810, 747, MEDIA_A)


def test_between_equal_articles_the_figure_more_reports_repeat_is_kept():
    # Three articles dated by day alone: two say 810, one 805; each states both figures.
    claims = [claim(MEDIA_A, count=805), claim(MEDIA_A, metric="neutralised", count=747),
              claim(MEDIA_B, count=810), claim(MEDIA_B, metric="neutralised", count=747),
              claim(MEDIA_C, count=810), claim(MEDIA_C, metric="neutralised", count=740)]
    reports = [report(r, None, "manual") for r in (MEDIA_A, MEDIA_B, MEDIA_C)]
    assert one(nightly(claims, reports), author="ua_air_force")["report_ids"] == MEDIA_B


def test_a_complete_report_wins_over_an_overlapping_window_of_an_incomplete_one():
    # One article states a window start; another, complete, states none: the windows overlap.
    claims = [claim(MEDIA_A, count=810, window_start="2025-05-09T14:00:00Z"),
              claim(MEDIA_B, count=810), claim(MEDIA_B, metric="neutralised", count=747)]
    reports = [report(MEDIA_A, "2025-05-10T07:30:00Z", "manual"), report(MEDIA_B, None, "manual")]
    row = one(nightly(claims, reports), author="ua_air_force")
    assert row["neutralised"] == 747 and bool(row["has_overlap"])


def test_each_author_gets_its_own_row_and_the_official_author_heads():
    claims = [claim(MEDIA_A, count=472, author="ua_president"), claim(MEDIA_B, count=479)]
    n = nightly(claims, [report(MEDIA_A, None, "manual"), report(MEDIA_B, None, "manual")])
    assert sorted(n["author"]) == ["ua_air_force", "ua_president"]
    assert one(n, is_headline=True)["author"] == "ua_air_force"
