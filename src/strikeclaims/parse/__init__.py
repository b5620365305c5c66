"""Report texts -> claims.

In: report records from `read.read_reports` (columns `read.reports.RECORD_COLUMNS`).
Out: claims in the `claims.csv` columns plus `_input` (the report's `raw_path`), and
rejections for figures that cannot be published.
"""

from __future__ import annotations

import pandas as pd

from strikeclaims import fields

CLAIM_COLUMNS = fields.TABLES["claims"].columns + ["_input"]
REJECTED_COLUMNS = fields.TABLES["rejected"].columns


def method_for(source: str) -> str:
    """The `method` value of the parser that reads a source's reports."""
    return f"parser:{source}@0.0.0"


def parse_records(records: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse every record -> (claims, rejected)."""
    return pd.DataFrame(columns=CLAIM_COLUMNS), pd.DataFrame(columns=REJECTED_COLUMNS)
