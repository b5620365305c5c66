"""Charts: every published figure states a finding and its nights, never draws an empty picture, never clips its
title, never adds drones to missiles, and saves byte-identical PNGs.

The tables are published from synthetic claims (note: synthetic) into a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from synthetic_claims import seed_like

from strikeclaims import aggregate, charts, compare, load, publish


def publish_synthetic(folder: Path, with_data: bool = True) -> Path:
    claims, reports = seed_like()
    if not with_data:
        claims, reports = claims.iloc[0:0], reports.iloc[0:0]
    nightly = aggregate.build_nightly(claims, reports)
    tables = {
        "reports": reports, "claims": claims, "nightly": nightly,
        "discrepancies": compare.build_discrepancies(claims, reports, nightly),
        "rejected": pd.DataFrame({"input": ["data/raw/reports/ua_air_force/2025-05.jsonl:29"], "stage": ["read"],
                                  "reason": ["the line is not valid JSON"], "value": ["{"]}) if with_data
        else pd.DataFrame(columns=["input", "stage", "reason", "value"]),
        "coverage": aggregate.build_coverage(nightly),
    }
    publish.write_folder(folder, publish.render(tables))
    return folder


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> dict[str, pd.DataFrame]:
    return load.tables(publish_synthetic(tmp_path_factory.mktemp("full") / "clean"))


@pytest.fixture(scope="module")
def empty(tmp_path_factory) -> dict[str, pd.DataFrame]:
    return load.tables(publish_synthetic(tmp_path_factory.mktemp("empty") / "clean", with_data=False))


# Figures the synthetic tables give too little to draw (one pair, one source and status).
NOT_DRAWN_ON_SYNTHETIC = {"03-cross-source-gaps", "03-same-author", "03-breakdown-gaps", "03-revisions",
                          "04-parse-status", "04-accounting", "03-losses-against-nights"}


def test_losses_chart_sums_both_counts_over_the_nights_with_both():
    pairs = pd.DataFrame({"date": pd.to_datetime(["2025-06-02", "2025-06-03", "2025-07-01", "2025-06-02"]),
                          "item": ["drone", "drone", "drone", "cruise_missile"], "a_value": [52, 40, 10, 5],
                          "b_value": [60, 30, 20, 2], "a_source": "ua_air_force"})
    monthly = (pairs.assign(month=pairs["date"].dt.to_period("M")).groupby(["month", "item"], as_index=False)
               .agg(air_force=("a_value", "sum"), general_staff=("b_value", "sum"), nights=("date", "nunique")))
    fig = charts.losses_against_nights(pairs, monthly, "2025-07-01")
    title = fig._suptitle.get_text().replace("\n", " ")
    assert "drones 110 against 102 (3 nights)" in title and "cruise missiles 2 against 5 (1 nights)" in title
    assert len(_drawn(fig)) == 4
    assert isinstance(charts.losses_against_nights(pairs.iloc[0:0], monthly.iloc[0:0], "none"), charts.NoChart)


def _drawn(fig) -> list:
    return [ax for ax in fig.axes if ax.get_label() != "<colorbar>" and (ax.has_data() or ax.images)]


@pytest.mark.parametrize("name", sorted(set(charts.FIGURES) - NOT_DRAWN_ON_SYNTHETIC))
def test_every_figure_has_a_title_labelled_axes_a_caption_and_alt_text(full, name):
    fig = charts.FIGURES[name](full)
    assert isinstance(fig, charts.Chart), getattr(fig, "sentence", fig)
    assert fig._suptitle is not None and len(fig._suptitle.get_text()) > 10
    assert "Data to 2025-06-02" in fig._supxlabel.get_text()
    assert fig.alt.startswith(fig._suptitle.get_text().replace("\n", " ")) and "Data to 2025-06-02" in fig.alt
    drawn = _drawn(fig)
    assert drawn, "the chart draws nothing on synthetic data"
    for ax in drawn:
        # A panel above another shares its x axis and its label.
        xlabels = [a.get_xlabel() for a in ax.get_shared_x_axes().get_siblings(ax)]
        assert any(xlabels) and ax.get_ylabel(), name


@pytest.mark.parametrize("name", list(charts.FIGURES))
def test_no_figure_is_an_empty_picture(empty, name):
    """On empty tables every figure says in a sentence that it has nothing to draw, instead of a picture."""
    result = charts.FIGURES[name](empty)
    assert isinstance(result, charts.NoChart)
    assert result.sentence.endswith(".") and len(result.sentence) > 30
    assert result.sentence in result._repr_markdown_()


@pytest.mark.parametrize("name", sorted(set(charts.FIGURES) - NOT_DRAWN_ON_SYNTHETIC))
def test_titles_fit_inside_the_figure(full, name):
    fig = charts.FIGURES[name](full)
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    box, title = fig.bbox, fig._suptitle.get_window_extent(renderer)
    assert box.x0 <= title.x0 and title.x1 <= box.x1 and title.y1 <= box.y1, (name, title, box)


def test_a_long_title_is_wrapped_not_clipped(full):
    events = full["claims"][full["claims"]["window_kind"].eq("event")].copy()
    events["author"] = "a_very_long_author_name_that_would_not_fit"
    events = pd.concat([events] * 3, ignore_index=True).assign(claimant=["UA", "RU", "US"] * len(events))
    fig = charts.event_claims(events, "2025-06-02")
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    assert "\n" in fig._suptitle.get_text()
    title = fig._suptitle.get_window_extent(renderer)
    assert fig.bbox.x0 <= title.x0 and title.x1 <= fig.bbox.x1


def test_titles_state_findings_computed_from_the_data(full):
    busiest = charts.FIGURES["02-busiest-nights"](full)._suptitle.get_text().replace("\n", " ")
    assert busiest == ("The 10 busiest nights of the 29 nights with a figure: the most, 99 drones, on 17 May 2025 "
                       "(Ukraine's Air Force)")
    seed = charts.FIGURES["01-seed-night"](full)._suptitle.get_text().replace("\n", " ")
    assert seed == "Night of 2 June 2025: Ukraine says 80 drones launched; Russia says 162 drones intercepted"
    event = charts.FIGURES["03-event-claims"](full)._suptitle.get_text().replace("\n", " ")
    assert "Ukraine at least 41 aircraft hit" in event and "Russia gives no number" in event


def _month_frame(months: dict[str, tuple[int, float]], coverage_nights: dict[str, int]) -> pd.DataFrame:
    """A monthly frame of drones launched (note: synthetic), and its coverage: month -> nights in the data."""
    frame = pd.DataFrame([{"month": pd.Period(m, "M"), "author": "ua_air_force", "item_group": "drones",
                           "launched": int(n * mean), "nights": n} for m, (n, mean) in months.items()])
    days = [d for m, k in coverage_nights.items() for d in pd.date_range(m, periods=k, freq="D")]
    coverage = pd.DataFrame({"author": "ua_air_force", "date": days, "status": "figures"})
    frame = charts.with_coverage(frame, coverage)
    frame["per_night"] = frame["launched"] / frame["nights"]
    return frame


def test_with_coverage_counts_the_nights_and_leaves_out_months_under_half():
    frame = _month_frame({"2025-01": (31, 100), "2025-02": (10, 300), "2025-03": (16, 50)},
                         {"2025-01": 31, "2025-02": 10, "2025-03": 16})
    assert frame["days"].tolist() == [31, 28, 31]
    assert frame["covered"].tolist() == [31, 10, 16]
    assert frame["is_complete"].tolist() == [True, False, False]
    assert frame["is_shown"].tolist() == [True, False, True]


def test_the_last_partial_month_is_never_complete():
    """Data ending on the 13th: the month has 13 of its 31 nights, so it is incomplete and left out."""
    frame = _month_frame({"2026-03": (13, 100)}, {"2026-03": 13})
    assert not frame["is_complete"].iloc[0] and not frame["is_shown"].iloc[0]


def test_monthly_chart_leaves_out_thin_months_and_says_per_night_over_how_many_nights():
    frame = _month_frame({"2025-01": (31, 100), "2025-02": (3, 900), "2025-03": (20, 150)},
                         {"2025-01": 31, "2025-02": 3, "2025-03": 20})
    fig = charts.monthly_launches(frame, "2025-03-31")
    top = fig.axes[0]
    heights = sorted(p.get_height() for p in top.patches)
    assert heights == [100, 150], "February (3 of 28 nights) must be left out, not drawn as the busiest month"
    title = fig._suptitle.get_text().replace("\n", " ")
    assert "March 2025, 150 a night over 20 of its 31 nights" in title
    assert "left out" in fig._supxlabel.get_text()


def test_share_stopped_breaks_its_line_at_a_month_left_out():
    frame = pd.DataFrame([{"month": pd.Period(m, "M"), "author": "ua_air_force", "item_group": "drones",
                           "launched": 100 * n, "stopped": 80 * n, "nights": n}
                          for m, n in (("2025-01", 31), ("2025-02", 2), ("2025-03", 31))])
    days = [d for m, k in (("2025-01", 31), ("2025-02", 2), ("2025-03", 31))
            for d in pd.date_range(m, periods=k, freq="D")]
    frame = charts.with_coverage(frame, pd.DataFrame({"author": "ua_air_force", "date": days, "status": "figures"}))
    frame["share"] = frame["stopped"] / frame["launched"]
    fig = charts.share_stopped(frame, "2025-03-31")
    (line,) = fig.axes[0].get_lines()
    y = np.asarray(line.get_ydata(), dtype=float)
    assert np.isnan(y[1]) and y[0] == pytest.approx(0.8) and y[2] == pytest.approx(0.8)


def test_weapon_mix_never_puts_drones_and_missiles_in_one_hundred_percent(full):
    fig = charts.FIGURES["02-weapon-mix"](full)
    top_axes = [ax for ax in fig.axes if ax.get_ylabel().startswith("share of the")]
    assert top_axes
    for ax in top_axes:
        labels = {h.get_label() for h in ax.get_legend_handles_labels()[0]}
        groups = {"drones" if "drone" in label else "missiles" for label in labels}
        assert len(groups) == 1, labels
        tops = {}
        for patch in ax.patches:
            x = round(patch.get_x(), 6)
            tops[x] = max(tops.get(x, 0), patch.get_y() + patch.get_height())
        assert all(v == pytest.approx(1.0) for v in tops.values())


def test_sides_are_averaged_per_night_with_their_nights(full):
    fig = charts.FIGURES["03-sides-per-night"](full)
    title = fig._suptitle.get_text().replace("\n", " ")
    assert "per night with a figure" in title and "Ukraine 51 (28 nights), Russia 44 (28 nights)" in title


def test_a_figure_with_one_pair_is_a_sentence_not_a_picture(full):
    revised = full["discrepancies"][full["discrepancies"]["kind"].eq("revision")]
    result = charts.revisions(revised, "2025-06-02")
    assert isinstance(result, charts.NoChart) and "70" in result.sentence and "80" in result.sentence


def test_a_chart_shows_in_a_notebook_as_png_with_alt_text(full):
    fig = charts.FIGURES["02-launches-per-night"](full)
    data, metadata = fig._repr_mimebundle_()
    assert data["image/png"] and data["text/plain"] == fig.alt
    assert metadata["image/png"]["alt"] == fig.alt


def test_accounting_table_balances_lines_reports_and_rejections(full):
    reports = full["reports"].copy()
    reports["raw_path"] = [f"data/raw/reports/ua_air_force/2025-05.jsonl:{i + 1}" for i in range(len(reports))]
    rejected = full["rejected"].assign(input=f"data/raw/reports/ua_air_force/2025-05.jsonl:{len(reports) + 1}")
    t = charts.accounting_table({**full, "reports": reports, "rejected": rejected})
    assert t["balanced"].all() and int(t["lines"].iloc[0]) == len(reports) + 1


def test_save_writes_the_same_bytes_twice_without_metadata(full, tmp_path):
    a = charts.save(charts.FIGURES["02-launches-per-night"](full), tmp_path / "a.png")
    b = charts.save(charts.FIGURES["02-launches-per-night"](full), tmp_path / "b.png")
    assert a.read_bytes() == b.read_bytes()
    assert b"Software" not in a.read_bytes() and a.read_bytes().startswith(b"\x89PNG")


def test_export_all_writes_what_can_be_drawn_and_removes_a_stale_png(tmp_path):
    folder = publish_synthetic(tmp_path / "clean")
    stale = tmp_path / "figures" / "03-revisions.png"
    stale.parent.mkdir()
    stale.write_bytes(b"an old picture")
    paths, skipped = charts.export_all(folder, tmp_path / "figures")
    assert len(paths) + len(skipped) == len(charts.FIGURES) and len(paths) >= 10
    assert all(p.exists() and p.stat().st_size > 1000 for p in paths)
    assert "03-revisions" in skipped and not stale.exists()


def test_committed_figures_are_what_the_clean_tables_draw(tmp_path):
    repo = Path(__file__).resolve().parents[1]
    paths, skipped = charts.export_all(repo / "data" / "clean", tmp_path)
    committed = sorted(p.name for p in (repo / "reports" / "figures").glob("*.png"))
    assert sorted(p.name for p in paths) == committed
    assert not any((repo / "reports" / "figures" / f"{name}.png").exists() for name in skipped)
    for path in paths:
        assert path.read_bytes() == (repo / "reports" / "figures" / path.name).read_bytes(), path.name
