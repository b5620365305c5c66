"""Report texts -> claims.

In: report records from `read.read_reports` (columns `read.reports.RECORD_COLUMNS`).
Out: claims in the `claims.csv` columns plus `_input` (the report's `raw_path`), and
rejections (stage `parse`) for figures that cannot be published.

The parsers of the two official sources share one grammar (`grammar.py`) and one dating
module (`dates.py`); `report.py` makes one report's claim rows from them; `sources.py` says who
attacks whom in each source's reports. Records of other sources (news articles, entered as manual
claims) give no claims here.
"""

from __future__ import annotations

import gc

import pandas as pd

from strikeclaims import fields
from strikeclaims.parse import compiled

compiled.choose()  # (before the parser modules are imported: compiled, or their source)
from strikeclaims.parse import dates, grammar, lexicon, report  # noqa: E402, F401
from strikeclaims.parse.report import CLAIM_COLUMNS, method_for  # noqa: E402, F401  (`method_for` is public here)
from strikeclaims.parse.sources import PARSERS  # noqa: E402

REJECTED_COLUMNS = fields.TABLES["rejected"].columns


def parse_text(text: str, source: str, published_at: str, report_id: str = "", raw_path: str = "",
               claimant: str | None = None) -> tuple[list[dict], list[dict]]:
    """One report -> (claim rows, rejection rows). Never raises on any text."""
    return _parse_rows(text, source, published_at, report_id, raw_path, claimant, as_dicts=True)


def _parse_rows(text: str, source: str, published_at: str, report_id: str, raw_path: str,
                claimant: str | None, as_dicts: bool = False) -> tuple[list, list[dict]]:
    """As `parse_text`, with each claim a tuple of its values in `CLAIM_COLUMNS` order (a dict with `as_dicts`)."""
    parser = PARSERS.get(source)
    if parser is None or not isinstance(text, str) or not text:
        return [], []
    try:
        return report.read(parser, text, published_at, report_id, raw_path, claimant or parser.claimant, as_dicts)
    except Exception as exc:  # noqa: BLE001 - one odd report must not stop a build
        return [], [{"input": raw_path, "stage": "parse", "value": report_id,
                     "reason": f"the report could not be parsed ({type(exc).__name__}); no figures taken from it"}]


def parse_records(records: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse every record -> (claims, rejected)."""
    # Claims are kept as tuples, not dicts: a fifth of the memory on a channel's whole history.
    claims: list[tuple] = []
    rejected: list[dict] = []
    if len(records):
        columns = [records[c].tolist() for c in ("text", "source", "published_at", "report_id", "raw_path", "claimant")]
        # The parse makes no reference cycles (a test checks), so the collector would only walk the growing list of
        # claims again and again: it is paused for the loop.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for text, source, published_at, report_id, raw_path, claimant in zip(*columns, strict=True):
                if source not in PARSERS:
                    continue
                got, bad = _parse_rows(text, source, published_at, report_id, raw_path, claimant)
                claims.extend(got)
                rejected.extend(bad)
        finally:
            if collecting:
                gc.enable()
    frame = pd.DataFrame(claims, columns=CLAIM_COLUMNS) if claims else pd.DataFrame(columns=CLAIM_COLUMNS)
    frame["count"] = frame["count"].astype("Int64")
    frame["is_breakdown"] = frame["is_breakdown"].astype(bool)
    return frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
