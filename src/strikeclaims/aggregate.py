"""Claims -> the nightly table and the coverage table.

In: valid claims and reports. Out: `nightly` (one row per date, window kind, attacker,
claimant, source and item group) and `coverage` (one row per source and date).
"""

from __future__ import annotations

import pandas as pd

from strikeclaims import fields


def build_nightly(claims: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(columns=fields.TABLES["nightly"].columns)


def build_coverage(reports: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(columns=fields.TABLES["coverage"].columns)
