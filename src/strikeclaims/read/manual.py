"""Manual claims (hand-entered CSV) -> report rows, claim rows and rejections.

In: CSV files with the `claims.csv` columns (less `claim_id`, `report_id`, `method`, which
are derived) plus `url`, `outlet`, `published_at` (the article's date, or time with offset; empty
only where the page shows none, with a note saying how the figure was dated), the quote's
`language` and an optional `note`.
Out: one report per source and URL (`{source}:{first 12 hex of sha256(url)}`, status
`manual`), one claim per data row (`_input` holding `path:N`, N the file's 1-based line),
and a rejection for each row that cannot be read. Two checks catch slips of hand entry: the
quote must state the count (`validate.quote_states_count`), and a figure dated more than two
days from its article's publication needs a note saying why. Vocabularies are checked later,
by `validate`, like every other claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pandas as pd

from strikeclaims import fields, validate
from strikeclaims.read import rows
from strikeclaims.read.files import listed
from strikeclaims.read.reports import REJECTED_COLUMNS, out_of_span, sha256, shorten, to_utc

REQUIRED = ("source", "author", "claimant", "attacker", "date", "window_kind", "metric", "item", "count", "qualifier",
            "quote", "url", "outlet", "published_at")
OPTIONAL = ("window_start", "window_end", "item_model", "region", "region_text", "launch_area", "is_breakdown", "note",
            "language")
REPORT_COLUMNS = fields.TABLES["reports"].columns
CLAIM_COLUMNS = fields.TABLES["claims"].columns + ["_input", "_published_day", "_language"]
_TRUE = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False, "": False}


def manual_claim_files(manual_dir: Path) -> list[Path]:
    return listed(Path(manual_dir), ".csv")


def _published(value: str) -> tuple[str | None, str | None, str | None]:
    """An article's publication time -> (UTC timestamp or None, its local date or None, note for the report)."""
    value = value.strip()
    if not value:
        return None, None, "the page shows no publication date"
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValueError("published_at is not a valid date") from None
        why = out_of_span(datetime.combine(day, time(12), tzinfo=UTC))
        if why:
            raise ValueError(why)
        return None, value, f"published {value} (time of day not given)"
    stamp, why = to_utc(value)
    if why:
        raise ValueError(why)
    return stamp, value[:10], None


def dated_apart(claims: pd.DataFrame, days: int) -> int:
    """How many manual claims are dated more than `days` from their article's publication date."""
    if claims.empty:
        return 0
    gaps = [validate.date_gap_days(d, p) for d, p in zip(claims["date"], claims["_published_day"], strict=True)]
    return sum(1 for g in gaps if g is not None and g > days)


def _entry_slip(row: dict[str, str], published_day: str | None) -> str | None:
    """Why a hand-entered row cannot be right as it stands, or None."""
    count = row.get("count", "")
    if count and not validate.quote_states_count(row["quote"], int(count), row.get("qualifier", "")):
        return validate.QUOTE_MISMATCH.format(count=count)
    if not row.get("note"):
        if published_day is None:
            return "the page shows no publication date and no note says how the figure was dated"
        days = validate.date_gap_days(row.get("date", ""), published_day)
        if days is not None and days > validate.MAX_DATE_GAP_DAYS:
            return validate.DATE_GAP.format(days=days, published=published_day)
    return None


def read_manual(paths: Iterable[Path], root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """Read manual-claim files -> (reports, claims, rejected, number of data rows)."""
    reports: dict[str, dict] = {}
    claims: list[dict] = []
    rejected: list[dict] = []
    counters: dict[str, int] = {}
    n_rows = 0
    for where, header, record in rows.file_records(paths, root):
        n_rows += 1
        missing = [c for c in REQUIRED if c not in header]
        if record.cells is None:
            rejected.append({"input": where, "stage": "read", "reason": record.reason, "value": record.value})
            continue
        if missing:
            rejected.append({"input": where, "stage": "read",
                             "reason": f"the file has no column {', '.join(missing)}", "value": None})
            continue
        row = dict(zip(header, record.cells, strict=True))
        row = {k: v.strip() for k, v in row.items()}
        empty = [c for c in ("source", "author", "url", "quote") if not row.get(c)]
        if empty:
            rejected.append({"input": where, "stage": "read",
                             "reason": f"a manual claim needs {'an' if empty[0] == 'author' else 'a'} {empty[0]}",
                             "value": None})
            continue
        count = row.get("count", "")
        if count and not (count.isascii() and count.isdigit()):
            rejected.append({"input": where, "stage": "read",
                             "reason": "count is not a whole number of 0 or more, in the digits 0-9",
                             "value": shorten(count)})
            continue
        if count and (len(count) > 10 or int(count) > fields.MAX_COUNT):
            rejected.append({"input": where, "stage": "read", "value": shorten(count),
                             "reason": f"count is over {fields.MAX_COUNT:,}, too large to be a count of anything"})
            continue
        flag = row.get("is_breakdown", "").lower()
        if flag not in _TRUE:
            rejected.append({"input": where, "stage": "read",
                             "reason": "is_breakdown is not true or false", "value": shorten(flag)})
            continue
        try:
            published, published_day, date_note = _published(row["published_at"])
        except ValueError as exc:
            rejected.append({"input": where, "stage": "read", "reason": str(exc),
                             "value": shorten(row["published_at"])})
            continue
        why = _entry_slip(row, published_day)
        if why:
            rejected.append({"input": where, "stage": "validate", "reason": why, "value": shorten(row["quote"])})
            continue
        report_id = f"{row['source']}:{sha256(row['url'])[:12]}"
        if report_id not in reports:
            reports[report_id] = {
                "report_id": report_id, "source": row["source"], "claimant": row["claimant"],
                "author": row["author"], "published_at": published, "language": row.get("language") or None,
                "url": row["url"],
                "outlet": row.get("outlet") or None, "raw_path": where, "text_sha256": None,
                "status": "manual", "n_claims": 0, "method": "manual", "note": date_note, "text": None,
            }
        else:
            known = reports[report_id]
            if known["claimant"] != row["claimant"]:
                known["claimant"] = "XX"  # an article reporting both sides' claims
            if known["author"] != row["author"]:
                known["author"] = None  # several authors' statements: each claim names its own
            if known["language"] != (row.get("language") or None):
                known["language"] = None
        k = counters.get(report_id, 0) + 1
        counters[report_id] = k
        claim = {c: (row.get(c) or None) for c in fields.TABLES["claims"].columns}
        claim.update({
            "claim_id": f"{report_id}#{k}", "report_id": report_id, "method": "manual",
            "count": int(count) if count else None, "is_breakdown": _TRUE[flag],
            "item_group": fields.ITEM_GROUP_OF.get(row.get("item", "")),
            "_input": where, "_published_day": published_day, "_language": row.get("language") or None,
        })
        claims.append(claim)
    report_frame = pd.DataFrame(list(reports.values()), columns=REPORT_COLUMNS)
    claim_frame = pd.DataFrame(claims, columns=CLAIM_COLUMNS)
    claim_frame["count"] = claim_frame["count"].astype("Int64")
    claim_frame["is_breakdown"] = claim_frame["is_breakdown"].astype(bool)
    return report_frame, claim_frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS), n_rows
