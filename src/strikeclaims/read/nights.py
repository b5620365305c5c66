"""Statements that a night had no attack -> rows for the coverage table, and rejections.

In: CSV files under `data/raw/nights/` with the columns `author`, `date`, `status`
(`no_attack`), `quote`, `language`, `url`, `outlet`, `published_at` and `note`: for a night on
which the author (or a news report of its words) said that nothing was launched, so that the
coverage table can tell "no attack" from "no data". Nothing here is a count: a night without
an attack has no figure, never a 0.
Out: one row per night (`author`, `date`, `status`, `url`, `quote`, `_input`) and a rejection,
with its reason, for each row that cannot be used.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from strikeclaims import fields
from strikeclaims.read import rows
from strikeclaims.read.files import listed
from strikeclaims.read.reports import REJECTED_COLUMNS, shorten

COLUMNS = ("author", "date", "status", "quote", "language", "url", "outlet", "published_at", "note")
STATUSES = ("no_attack",)
NIGHT_COLUMNS = ["author", "date", "status", "url", "quote", "_input"]


def night_files(folder: Path) -> list[Path]:
    return listed(Path(folder), ".csv")


def _why(row: dict[str, str]) -> str | None:
    missing = [c for c in ("author", "date", "status", "quote", "url") if not row.get(c)]
    if missing:
        return f"a night's statement needs a {missing[0]}"
    if row["author"] not in fields.AUTHORS:
        return "author is not one of the allowed values"
    if row["status"] not in STATUSES:
        return f"status is not one of {', '.join(STATUSES)}"
    try:
        date.fromisoformat(row["date"])
        if len(row["date"]) != 10:
            raise ValueError
    except ValueError:
        return "date is not a valid YYYY-MM-DD date"
    if len(row["quote"].split()) > fields.MAX_QUOTE_WORDS:
        return f"the quote is longer than {fields.MAX_QUOTE_WORDS} words"
    return None


def read_nights(paths: Iterable[Path], root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Read night-statement files -> (nights, rejected, number of data rows)."""
    nights: list[dict] = []
    rejected: list[dict] = []
    n_rows = 0
    for where, header, record in rows.file_records(paths, root):
        n_rows += 1
        if record.cells is None:
            rejected.append({"input": where, "stage": "read", "reason": record.reason, "value": record.value})
            continue
        row = {k: v.strip() for k, v in zip(header, record.cells, strict=True)}
        why = _why(row)
        if why:
            rejected.append({"input": where, "stage": "read", "reason": why,
                             "value": shorten(row.get("date") or row.get("quote") or "")})
            continue
        nights.append({**{c: row[c] for c in NIGHT_COLUMNS[:-1]}, "_input": where})
    return (pd.DataFrame(nights, columns=NIGHT_COLUMNS), pd.DataFrame(rejected, columns=REJECTED_COLUMNS), n_rows)
