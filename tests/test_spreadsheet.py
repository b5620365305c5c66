"""Spreadsheet users get workbooks in which text that looks like a formula stays text."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import pandas as pd

from strikeclaims import spreadsheet

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
DANGEROUS = ["=HYPERLINK(\"http://x.test\")", "+380 drones", "-5 over Kursk", "@SUM(1)"]


def _claims() -> pd.DataFrame:
    return pd.DataFrame({
        "claim_id": [f"media:abc#{i}" for i in range(1, 5)], "report_id": "media:abc", "source": "media",
        "claimant": "UA", "attacker": "RU", "date": "2025-06-02", "window_kind": "night", "metric": "launched",
        "item": "drone", "count": pd.array([80, 4, None, 7], dtype="Int64"), "qualifier": "exact",
        "is_breakdown": False, "quote": DANGEROUS, "region_text": DANGEROUS, "method": "manual",
    })


def _cells(data: bytes) -> list[list[ET.Element]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        root = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    return [row.findall("m:c", NS) for row in root.iter(f"{{{NS['m']}}}row")]


def test_formula_like_text_is_an_inline_text_cell_and_never_a_formula():
    rows = _cells(spreadsheet.to_xlsx_bytes("claims", _claims()))
    header = [c.find("m:is/m:t", NS).text for c in rows[0]]
    quote_col = header.index("quote")
    quotes = []
    for row in rows[1:]:
        by_col = {"".join(ch for ch in c.get("r") if ch.isalpha()): c for c in row}
        cell = by_col[spreadsheet.column_letter(quote_col)]
        assert cell.get("t") == "inlineStr" and cell.get("s") == "1"
        assert cell.find("m:f", NS) is None
        quotes.append(cell.find("m:is/m:t", NS).text)
    assert quotes == DANGEROUS


def test_counts_stay_numbers_and_nulls_stay_empty():
    rows = _cells(spreadsheet.to_xlsx_bytes("claims", _claims()))
    header = [c.find("m:is/m:t", NS).text for c in rows[0]]
    letter = spreadsheet.column_letter(header.index("count"))
    counts = []
    for row in rows[1:]:
        cell = next((c for c in row if c.get("r").rstrip("0123456789") == letter), None)
        counts.append(None if cell is None else (cell.get("t"), cell.find("m:v", NS).text))
    assert counts == [(None, "80"), (None, "4"), None, (None, "7")]


def test_workbooks_are_byte_identical_for_the_same_table():
    assert spreadsheet.to_xlsx_bytes("claims", _claims()) == spreadsheet.to_xlsx_bytes("claims", _claims())


def test_column_letters():
    assert [spreadsheet.column_letter(i) for i in (0, 25, 26, 51, 52)] == ["A", "Z", "AA", "AZ", "BA"]
