"""Charts: every chart draws on full and on empty tables, states a finding, and saves byte-identical PNGs.

The tables are published from synthetic claims (note: synthetic) into a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
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


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_chart_has_a_title_labelled_axes_and_a_caption(full, name):
    fig = charts.CHARTS[name](full)
    assert fig._suptitle is not None and len(fig._suptitle.get_text()) > 10
    assert "Data to 2025-06-02" in fig._supxlabel.get_text()
    drawn = [ax for ax in fig.axes if ax.get_label() != "<colorbar>" and (ax.has_data() or ax.images)]
    assert drawn, "the chart draws nothing on synthetic data"
    for ax in drawn:
        assert ax.get_xlabel() and ax.get_ylabel(), name


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_chart_draws_on_empty_tables(empty, name):
    fig = charts.CHARTS[name](empty)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(t.startswith("no ") for t in texts), texts
    assert "Data to none" in fig._supxlabel.get_text()


def test_titles_state_findings_computed_from_the_data(full):
    assert charts.record_nights(full)._suptitle.get_text() == "Record night: 99 drones on 2025-05-17"
    seed = charts.seed_night(full)._suptitle.get_text()
    assert seed == "Night of 2 June 2025: Ukraine says 80 drones launched; Russia says 162 drones intercepted"
    event = charts.event_claims(full)._suptitle.get_text()
    assert "Ukraine at least 41 aircraft hit" in event and "Russia gives no number" in event


def test_accounting_table_balances_lines_reports_and_rejections(full):
    reports = full["reports"].copy()
    reports["raw_path"] = [f"data/raw/reports/ua_air_force/2025-05.jsonl:{i + 1}" for i in range(len(reports))]
    rejected = full["rejected"].assign(input=f"data/raw/reports/ua_air_force/2025-05.jsonl:{len(reports) + 1}")
    t = charts.accounting_table({**full, "reports": reports, "rejected": rejected})
    assert t["balanced"].all() and int(t["lines"].iloc[0]) == len(reports) + 1


def test_save_writes_the_same_bytes_twice_without_metadata(full, tmp_path):
    a = charts.save(charts.launches_per_night(full), tmp_path / "a.png")
    b = charts.save(charts.launches_per_night(full), tmp_path / "b.png")
    assert a.read_bytes() == b.read_bytes()
    assert b"Software" not in a.read_bytes() and a.read_bytes().startswith(b"\x89PNG")


def test_export_all_writes_every_chart(tmp_path):
    folder = publish_synthetic(tmp_path / "clean")
    paths = charts.export_all(folder, tmp_path / "figures")
    assert len(paths) >= 6 and len(paths) == len(charts.CHARTS)
    assert all(p.exists() and p.stat().st_size > 1000 for p in paths)


def test_committed_figures_are_what_the_clean_tables_draw(tmp_path):
    repo = Path(__file__).resolve().parents[1]
    paths = charts.export_all(repo / "data" / "clean", tmp_path)
    committed = sorted(p.name for p in (repo / "reports" / "figures").glob("*.png"))
    assert sorted(p.name for p in paths) == committed
    for path in paths:
        assert path.read_bytes() == (repo / "reports" / "figures" / path.name).read_bytes(), path.name
