"""Notebooks stay thin and say what the tables say.

They import only the package's `load` and `charts` (and pandas), every one is numbered, each chart they show is drawn
from the same frame as the figure `reports/figures/` publishes, their opening findings match the tables (recomputed
here with plain pandas from the CSVs), and the HTML report of them has titles, alt text and folded code.
"""

from __future__ import annotations

import ast
import re

import nbformat
import pandas as pd
import pytest
from conftest import REPO

from strikeclaims import charts, load
from strikeclaims.dev import notebooks

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
CLEAN = REPO / "data" / "clean"


def test_notebooks_are_numbered_in_reading_order():
    names = [p.name for p in NOTEBOOKS]
    assert names == ["01-overview.ipynb", "02-trends.ipynb", "03-discrepancies.ipynb", "04-data-quality.ipynb"]


def _code(nb) -> list[str]:
    return ["\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
            for cell in nb.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_import_only_load_and_charts(path):
    nb = nbformat.read(path, as_version=4)
    imported = set()
    for source in _code(nb):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom):
                imported |= {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
    assert {"strikeclaims.load", "strikeclaims.charts"} <= imported <= {"strikeclaims.load", "strikeclaims.charts",
                                                                         "pandas"}, imported


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_carry_no_timing_metadata(path):
    text = path.read_text(encoding="utf-8")
    assert '"execution"' not in text
    assert not re.search(r'"iopub\\.|"shell\\.execute_reply', text)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_each_notebook_opens_with_findings_before_its_first_chart(path):
    nb = nbformat.read(path, as_version=4)
    kinds = [("findings" if "text/markdown" in o.get("data", {}) and "\n- " in "".join(o["data"]["text/markdown"])
              else "chart" if "image/png" in o.get("data", {}) else "other")
             for cell in nb.cells for o in cell.get("outputs", [])]
    assert "findings" in kinds and kinds.index("findings") < (kinds.index("chart") if "chart" in kinds else 99)


# ---------------------------------------------------------------------------- same frames as the figures

DRAWERS = sorted({name for name in dir(charts) if callable(getattr(charts, name)) and not name.startswith("_")
                  and getattr(getattr(charts, name), "__annotations__", {}).get("return") == "Chart | NoChart"
                  and not name.startswith("figure_")})


def _record(monkeypatch) -> dict[str, tuple]:
    calls: dict[str, tuple] = {}
    for name in DRAWERS:
        original = getattr(charts, name)

        def recorder(*args, _name=name, _original=original, **kwargs):
            calls[_name] = (args, kwargs)
            return _original(*args, **kwargs)

        monkeypatch.setattr(charts, name, recorder)
    return calls


def _equal(a, b) -> None:
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))
    elif isinstance(a, pd.Series):
        pd.testing.assert_series_equal(a, b)
    else:
        assert a == b


@pytest.mark.slow
def test_the_notebooks_draw_each_published_figure_from_the_same_frame(monkeypatch):
    """The few lines of pandas a notebook shows before a chart build the frame the published PNG is drawn from."""
    monkeypatch.delenv(load.ENV, raising=False)
    monkeypatch.chdir(REPO)
    calls = _record(monkeypatch)
    for path in NOTEBOOKS:
        namespace: dict = {}
        for source in _code(nbformat.read(path, as_version=4)):
            exec(compile(source, path.name, "exec"), namespace)
    from_notebooks = dict(calls)
    tables = load.tables(CLEAN)
    for name, figure in charts.FIGURES.items():
        calls.clear()
        figure(tables)
        (drawer,) = calls
        assert drawer in from_notebooks, f"{name}: no notebook draws it"
        (args, kwargs), (nb_args, nb_kwargs) = calls[drawer], from_notebooks[drawer]
        assert len(args) == len(nb_args) and kwargs.keys() == nb_kwargs.keys(), name
        for a, b in zip([*args, *kwargs.values()], [*nb_args, *nb_kwargs.values()], strict=True):
            _equal(a, b)


# ---------------------------------------------------------------------------- findings match the tables

def _findings(path) -> str:
    """The notebook's committed opening findings: its first Markdown output."""
    for cell in nbformat.read(path, as_version=4).cells:
        for output in cell.get("outputs", []):
            if "text/markdown" in output.get("data", {}):
                return "".join(output["data"]["text/markdown"])
    return ""


def test_the_overview_findings_match_the_tables():
    """Two opening findings of notebook 01, recomputed with plain pandas from the published CSVs."""
    text = _findings(REPO / "notebooks" / "01-overview.ipynb")
    nightly = pd.read_csv(CLEAN / "nightly.csv")
    coverage = pd.read_csv(CLEAN / "coverage.csv")

    af = nightly[nightly["is_headline"] & (nightly["window_kind"] == "night") & (nightly["author"] == "ua_air_force")
                 & (nightly["item_group"] == "drones")]
    top = af.loc[af["launched"].idxmax()]
    day = pd.Timestamp(top["date"])
    assert (f"{int(top['launched']):,} drones launched at Ukraine on the night of "
            f"{day.day} {day.strftime('%B %Y')}") in text

    in_2025 = coverage[coverage["date"].str.startswith("2025") & (coverage["status"] == "figures")]
    per_author = in_2025.groupby("author").size()
    assert (f"Air Force's night figures for {per_author['ua_air_force']} of the 365 nights and the Defence "
            f"Ministry's for {per_author['ru_mod']}") in text


def test_the_share_stopped_finding_matches_the_tables():
    """The Air Force's share of drones stopped over the months with at least half of their nights in the data."""
    text = _findings(REPO / "notebooks" / "01-overview.ipynb")
    nightly = pd.read_csv(CLEAN / "nightly.csv")
    coverage = pd.read_csv(CLEAN / "coverage.csv")
    covered = coverage[coverage["status"].isin(["figures", "no_attack"]) & (coverage["author"] == "ua_air_force")]
    per_month = covered.groupby(covered["date"].str[:7]).size()
    days = {m: pd.Period(m, "M").days_in_month for m in per_month.index}
    shown = {m for m, n in per_month.items() if 2 * n >= days[m]}
    af = nightly[nightly["is_headline"] & (nightly["window_kind"] == "night") & (nightly["author"] == "ua_air_force")
                 & (nightly["item_group"] == "drones") & nightly["date"].str[:7].isin(shown)]
    af = af.dropna(subset=["launched"])
    stopped = af["neutralised"].fillna(af[["intercepted", "suppressed"]].sum(axis=1, min_count=1))
    both = af[stopped.notna()]
    share = stopped.dropna().sum() / both["launched"].sum()
    assert f"stopping {share:.0%} of the drones launched on the {len(both)} nights" in text


# ---------------------------------------------------------------------------- the report

@pytest.fixture(scope="module")
def report_pages():
    facts = notebooks.data_facts(CLEAN)
    executed = [(p.stem + ".html", nbformat.read(p, as_version=4)) for p in NOTEBOOKS]
    return facts, {name: notebooks.page(nb, facts) for name, nb in executed}, notebooks.index(executed, facts)


def test_report_pages_have_titles_alt_text_and_folded_code(report_pages):
    facts, pages, _ = report_pages
    for name, page in pages.items():
        assert notebooks.check_page(page) == [], name
        assert "<title>01 · Overview: what the data hold · strike-claims</title>" in pages["01-overview.html"]
        assert f"data version {facts['version']}, data to {facts['date']}" in page
        assert 'src="https://' not in page and "<details" in page


def test_report_index_links_every_page_and_states_the_data(report_pages):
    facts, pages, index = report_pages
    assert notebooks.check_page(index, is_index=True, pages=list(pages)) == []
    assert f"Data version {facts['version']}, data to {facts['date']}" in index
    assert "02 · Trends" in index and "<li>" in index


def test_check_page_finds_what_a_reader_would_miss():
    bad = '<html><head><title>Notebook</title></head><body><img src="x.png"><details open><div ' \
          'class="jp-InputArea-editor"></div></details></body></html>'
    problems = notebooks.check_page(bad)
    assert any("title" in p for p in problems) and any("alt" in p for p in problems)
    assert any("unfolded" in p for p in problems) and any("index" in p for p in problems)
    assert notebooks.check_page("<title>x</title>", is_index=True, pages=["01-overview.html"])
