"""External datasets -> reports, claims and rejections in the contract's columns.

In: a dataset file a user has downloaded (for example the piterfm CSV). Out: an
`ImportResult` per dataset (see each importer). The errors and warnings the importers
raise are defined here, so that the command line can print them in one line.
"""


from dataclasses import dataclass

import pandas as pd

from strikeclaims import fields


@dataclass
class ImportResult:
    """What one import of a dataset gives: its reports, claims and rejections in the contract's columns,
    the number of data rows (or records) read and the sha256 of the bytes read."""

    reports: pd.DataFrame
    claims: pd.DataFrame
    rejected: pd.DataFrame
    n_rows: int
    sha256: str


class DatasetError(ValueError):
    """A dataset file that cannot be imported at all (a required column is missing...)."""


class DatasetWarning(UserWarning):
    """Something in a dataset file that the import survives but a user should hear of."""


def frames(reports: list[dict], claims: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The report and claim rows an importer made -> frames in the contract's columns, counts as integers and
    breakdown flags as booleans (the claims keep their `_input`, the row each came from)."""
    report_frame = pd.DataFrame(reports, columns=fields.TABLES["reports"].columns)
    report_frame["n_claims"] = report_frame["n_claims"].astype("Int64")
    claim_frame = pd.DataFrame(claims, columns=[*fields.TABLES["claims"].columns, "_input"])
    claim_frame["count"] = claim_frame["count"].astype("Int64")
    claim_frame["is_breakdown"] = claim_frame["is_breakdown"].astype(bool)
    return report_frame, claim_frame


__all__ = ["DatasetError", "DatasetWarning", "ImportResult", "frames"]
