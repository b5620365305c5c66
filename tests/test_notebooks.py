"""Notebooks stay thin: they import only the package's `load` and `charts`, and every one is numbered."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest
from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_notebooks_are_numbered_in_reading_order():
    names = [p.name for p in NOTEBOOKS]
    assert names == ["01-overview.ipynb", "02-trends.ipynb", "03-discrepancies.ipynb", "04-data-quality.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_import_only_load_and_charts(path):
    nb = nbformat.read(path, as_version=4)
    imported = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom):
                imported |= {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
    assert imported and imported <= {"strikeclaims.load", "strikeclaims.charts"}, imported


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_carry_no_timing_metadata(path):
    text = path.read_text(encoding="utf-8")
    assert '"execution"' not in text
    assert not re.search(r'"iopub\\.|"shell\\.execute_reply', text)
