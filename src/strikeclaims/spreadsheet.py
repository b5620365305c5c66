"""Tables -> XLSX workbooks whose text cells are typed as text, for spreadsheet users.

In: a published table (frame) and its name. Out: the bytes of an .xlsx file with one sheet.
Free-text columns (`text`, `quote`, `region_text`, ...) may start with `=`, `+`, `-` or `@`;
opened from CSV, a spreadsheet program would take such a cell for a formula. Here every
non-numeric cell is an inline string with the text number format (`@`), so it is shown, never
evaluated, and integer columns stay numbers. The zip entries carry a fixed date, so the same
table gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd

from strikeclaims import fields

TABLES = ("reports", "claims", "nightly", "rejected", "discrepancies", "quote_checks", "losses_daily")
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = _HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
_ROOT_RELS = _HEAD + (
    f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK_RELS = _HEAD + (
    f'<Relationships xmlns="{_PKG}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
# Style 1 is the text number format (numFmtId 49, "@").
_STYLES = _HEAD + (
    f'<styleSheet xmlns="{_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '</styleSheet>')


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text_cell(ref: str, value: str) -> str:
    value = _XML_ILLEGAL.sub("", value)
    return f'<c r="{ref}" t="inlineStr" s="1"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def _sheet_parts(table: str, csv_data: bytes | Path, rows_per_part: int = 2_000) -> Iterator[str]:
    """The worksheet XML in parts of a few thousand rows, so that a large table is never one string; the
    CSV (bytes, or a file) is read as many rows at a time."""
    def source():
        return io.BytesIO(csv_data) if isinstance(csv_data, bytes) else csv_data

    integer = {f.name for f in fields.TABLES[table].fields if f.type == "integer"}
    columns = list(pd.read_csv(source(), dtype=str, nrows=0).columns)
    letters = [column_letter(i) for i in range(len(columns))]
    yield _HEAD + f'<worksheet xmlns="{_NS}"><sheetData>'
    rows = ['<row r="1">' + "".join(_text_cell(f"{c}1", name) for c, name in zip(letters, columns, strict=True))
            + "</row>"]
    done = 1
    with pd.read_csv(source(), dtype=str, keep_default_na=False, chunksize=rows_per_part) as reader:
        for csv_frame in reader:
            first, done = done + 1, done + len(csv_frame)
            for r, record in enumerate(csv_frame.itertuples(index=False, name=None), start=first):
                cells = []
                for c, name, value in zip(letters, csv_frame.columns, record, strict=True):
                    if value == "":
                        continue
                    if name in integer:
                        cells.append(f'<c r="{c}{r}"><v>{int(value)}</v></c>')
                    else:
                        cells.append(_text_cell(f"{c}{r}", value))
                rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
            yield "".join(rows)
            rows = []
    yield "".join(rows) + "</sheetData></worksheet>"


def to_xlsx_bytes(table: str, frame: pd.DataFrame) -> bytes:
    """A table as a workbook, its cells as in the table's CSV."""
    from strikeclaims.publish import to_csv_bytes

    return _workbook(table, to_csv_bytes(table, frame))


def _workbook(table: str, csv_data: bytes | Path) -> bytes:
    workbook = _HEAD + (f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
                        f'<sheet name="{escape(table)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _ROOT_RELS, "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS, "xl/styles.xml": _STYLES,
        "xl/worksheets/sheet1.xml": _sheet_parts(table, csv_data),
    }
    size = len(csv_data) if isinstance(csv_data, bytes) else Path(csv_data).stat().st_size
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if isinstance(text, str):
                archive.writestr(info, text.encode("utf-8"))
                continue
            with archive.open(info, "w", force_zip64=size * 4 > zipfile.ZIP64_LIMIT) as entry:  # the sheet, part by part
                for part in text:
                    entry.write(part.encode("utf-8"))
    return buffer.getvalue()


def render(files: dict[str, bytes | Path]) -> dict[str, bytes]:
    """The spreadsheet folder's files, from a published folder's CSV files (as bytes or paths): one workbook
    per free-text table, and the nightly table, the one journalists want most."""
    return {f"{name}.xlsx": _workbook(name, files[f"{name}.csv"]) for name in TABLES if f"{name}.csv" in files}
