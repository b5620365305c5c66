"""Claims and nightly rows -> the discrepancies table.

In: valid claims, reports and the nightly table. Out: `discrepancies`, one row per pair of
figures that should agree or be compared (cross_side, cross_source, revision, breakdown).
"""

from __future__ import annotations

import pandas as pd

from strikeclaims import fields


def build_discrepancies(claims: pd.DataFrame, reports: pd.DataFrame, nightly: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(columns=fields.TABLES["discrepancies"].columns)
