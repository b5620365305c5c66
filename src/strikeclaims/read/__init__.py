"""The raw layer: raw-report JSON Lines and manual-claim CSV files -> records with `path:N`."""

from strikeclaims.read import files, reports, rows
from strikeclaims.read.files import RawFiles, raw_files
from strikeclaims.read.manual import manual_claim_files, read_manual
from strikeclaims.read.nights import night_files, read_nights
from strikeclaims.read.reports import raw_report_files, read_reports

__all__ = ["RawFiles", "files", "manual_claim_files", "night_files", "raw_files", "raw_report_files", "read_manual",
           "read_nights", "read_reports", "reports", "rows"]
