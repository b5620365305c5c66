"""The General Staff's running totals of Russian losses -> reports, claims, rejections, and the daily table.

In: the three JSON files of Petro Ivaniuk's "2022-Ukraine-Russia-War-Dataset" (MIT licence), bundled in
`data/raw/general-staff/`: `russia_losses_equipment.json` and `russia_losses_personnel.json` (each a JSON
array of records: `date`, `day`, one running total per category since 24 Feb 2022) and
`russia_losses_equipment_correction.json` (the dates on which the General Staff corrected its totals, with
the correction per category). Each function reads a binary stream.

Out: one report `general_staff:{date}` per date (the General Staff's morning statement), one `cumulative`
claim per category stated (author `ua_general_staff`, claimant UA, attacker RU; equipment `destroyed`,
personnel `casualties`: killed and wounded together, prisoners `captured`), and one rejection (stage
`import`, input `path:N`, N the 1-based record) for every record or figure that cannot be read. A category
missing from a record is not reported that day: no claim, never a 0. `daily` derives `losses_daily.csv`
from the valid claims and the corrections. The categories, their items and metrics are in
`reference/general_staff_categories.csv`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from strikeclaims import fields, reference, rules
from strikeclaims.importers import frames
from strikeclaims.read.files import open_regular
from strikeclaims.read.reports import display_path, shorten

SOURCE = "general_staff"
CLAIMANT = reference.sources()[SOURCE]["claimant"]
AUTHOR = reference.sources()[SOURCE]["author"]
ATTACKER = rules.ATTACKER_OF[CLAIMANT]
METHOD = "import:general_staff"

EQUIPMENT = "russia_losses_equipment.json"
PERSONNEL = "russia_losses_personnel.json"
CORRECTIONS = "russia_losses_equipment_correction.json"
FILES = (EQUIPMENT, PERSONNEL, CORRECTIONS)

# Keys of a record that are not loss categories.
DATE_KEY, DAY_KEY = "date", "day"
QUALIFIER_KEY = "personnel*"  # "about" or "more" (than), for the personnel figure
DIRECTION_KEY = "greatest losses direction"  # words, not a figure: kept in the report's note
QUALIFIERS = {"about": "about", "more": "at_least"}

CLAIM_COLUMNS = fields.TABLES["claims"].columns + ["_input"]
REJECTED_COLUMNS = fields.TABLES["rejected"].columns
CORRECTION_COLUMNS = ["date", "category", "correction", "_input"]


@dataclass
class LossesResult:
    """What one import of the General Staff's files gives."""

    reports: pd.DataFrame
    claims: pd.DataFrame
    rejected: pd.DataFrame
    corrections: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CORRECTION_COLUMNS))
    n_records: int = 0
    sha256: dict[str, str] = field(default_factory=dict)


def categories() -> dict[str, dict[str, str]]:
    return reference.general_staff_categories()


def _reject(where: str, reason: str, value: object) -> dict:
    return {"input": where, "stage": "import", "reason": reason, "value": shorten(str(value))}


def read_records(data: bytes, shown: str) -> tuple[list[tuple[str, dict]], list[dict], int]:
    """JSON bytes -> ([(where, record)], rejections, number of records): a record that is not an object is a
    rejection; a file that is not a JSON array is one rejection (`shown:1`)."""
    try:
        records = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return [], [_reject(f"{shown}:1", "the file is not readable JSON", exc)], 1
    if not isinstance(records, list):
        return [], [_reject(f"{shown}:1", "the file is not a JSON array of records", type(records).__name__)], 1
    good, bad = [], []
    for n, record in enumerate(records, start=1):
        where = f"{shown}:{n}"
        if isinstance(record, dict):
            good.append((where, record))
        else:
            bad.append(_reject(where, "the record is not a JSON object", record))
    return good, bad, len(records)


def record_date(record: dict) -> tuple[str | None, str | None]:
    """A record's `date` -> (YYYY-MM-DD, None) or (None, reason)."""
    value = record.get(DATE_KEY)
    try:
        day = date.fromisoformat(str(value)) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return None, "the record's date is missing or not a date (YYYY-MM-DD)"
    first, last = fields.war_span()
    if not first <= day <= last:
        return None, f"the record's date lies outside the war's span ({first.year} to a day after the import)"
    return day.isoformat(), None


def whole(value: object) -> tuple[int | None, str | None]:
    """A figure -> (int, None), (None, None) when null (not reported), or (None, reason)."""
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, "is not a number"
    if value != value or value in (float("inf"), float("-inf")) or value != int(value):
        return None, "is not a whole number"
    if value < 0:
        return None, "is negative"
    if value > fields.MAX_COUNT:
        return None, f"is over {fields.MAX_COUNT:,}, too large to be a count of anything"
    return int(value), None


def _figures(where: str, record: dict, kind: str) -> tuple[list[dict], list[dict], str | None]:
    """One record -> (figures: category, item, metric, count, qualifier, quote), rejections, note."""
    known = categories()
    figures, rejected, note = [], [], None
    qualifier_text = record.get(QUALIFIER_KEY)
    for key, value in record.items():
        if key in (DATE_KEY, DAY_KEY, QUALIFIER_KEY):
            continue
        if key == DIRECTION_KEY:
            note = f"greatest losses direction: {' '.join(str(value).split())}" if value else None
            continue
        spec = known.get(key)
        if spec is None or spec["file"] != kind:
            rejected.append(_reject(where, f"'{key}' is not a loss category of the {kind} file "
                                           "(general_staff_categories.csv)", f"{key}={value}"))
            continue
        count, bad = whole(value)
        if bad:
            rejected.append(_reject(where, f"{key} {bad}", value))
            continue
        if count is None:
            continue  # not reported that day
        qualifier, quote = "exact", f"{key}={value}"
        if key == "personnel" and qualifier_text is not None:
            qualifier = QUALIFIERS.get(str(qualifier_text).strip().casefold())
            if qualifier is None:
                rejected.append(_reject(where, f"{QUALIFIER_KEY} is neither 'about' nor 'more'", qualifier_text))
                continue
            quote = f"{key}={value} ({qualifier_text})"
            if qualifier == "at_least":
                count += 1  # "more than 11000" gives 11001
        figures.append({"category": key, "item": spec["item"], "metric": spec["metric"], "count": count,
                        "qualifier": qualifier, "quote": quote, "_input": where})
    return figures, rejected, note


def import_totals(stream: BinaryIO, shown: str, kind: str) -> tuple[list[dict], list[dict], int, str]:
    """The equipment (`kind` `equipment`) or personnel (`personnel`) file from a binary stream ->
    ([per record: date, where, figures, note], rejections, number of records, sha256)."""
    data = stream.read()
    records, rejected, n = read_records(data, shown)
    out, seen = [], set()
    for where, record in records:
        day, why = record_date(record)
        if day is None:
            rejected.append(_reject(where, why, record.get(DATE_KEY)))
            continue
        if day in seen:
            rejected.append(_reject(where, f"a second record for {day} in the file", day))
            continue
        seen.add(day)
        figures, bad, note = _figures(where, record, kind)
        rejected.extend(bad)
        if not figures and not bad:
            rejected.append(_reject(where, "the record states no figure", day))
            continue
        if figures:
            out.append({"date": day, "where": where, "figures": figures, "note": note})
    return out, rejected, n, hashlib.sha256(data).hexdigest()


def import_corrections(stream: BinaryIO, shown: str) -> tuple[pd.DataFrame, list[dict], int, str]:
    """The corrections file from a binary stream -> (date, category, correction, _input per non-zero
    correction; rejections; number of records; sha256)."""
    data = stream.read()
    records, rejected, n = read_records(data, shown)
    known = categories()
    rows = []
    for where, record in records:
        day, why = record_date(record)
        if day is None:
            rejected.append(_reject(where, why, record.get(DATE_KEY)))
            continue
        for key, value in record.items():
            if key in (DATE_KEY, DAY_KEY):
                continue
            if key not in known:
                rejected.append(_reject(where, f"'{key}' is not a loss category (general_staff_categories.csv)",
                                        f"{key}={value}"))
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                rejected.append(_reject(where, f"the correction of {key} is not a whole number", value))
                continue
            if value:
                rows.append({"date": day, "category": key, "correction": value, "_input": where})
    return pd.DataFrame(rows, columns=CORRECTION_COLUMNS), rejected, n, hashlib.sha256(data).hexdigest()


def assemble(per_file: list[list[dict]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records of the equipment and personnel files -> (reports, claims): one report per date, its claims
    numbered in file order (equipment first)."""
    by_date: dict[str, dict] = {}
    for records in per_file:
        for rec in records:
            entry = by_date.setdefault(rec["date"], {"where": rec["where"], "figures": [], "notes": []})
            entry["figures"].extend(rec["figures"])
            if rec["note"]:
                entry["notes"].append(rec["note"])
    reports, claims = [], []
    for day in sorted(by_date):
        entry = by_date[day]
        report_id = f"{SOURCE}:{day}"
        for k, fig in enumerate(entry["figures"], start=1):
            claims.append({
                "claim_id": f"{report_id}#{k}", "report_id": report_id, "source": SOURCE, "claimant": CLAIMANT,
                "author": AUTHOR, "attacker": ATTACKER, "date": day, "window_kind": "cumulative",
                "window_start": None, "window_end": None, "metric": fig["metric"], "item": fig["item"],
                "item_group": fields.ITEM_GROUP_OF.get(fig["item"]), "item_model": None, "count": fig["count"],
                "qualifier": fig["qualifier"], "region": None, "region_text": None, "launch_area": None,
                "is_breakdown": False, "quote": fig["quote"], "method": METHOD, "note": None,
                "_input": fig["_input"],
            })
        reports.append({
            "report_id": report_id, "source": SOURCE, "claimant": CLAIMANT, "author": AUTHOR, "published_at": None,
            "language": None, "url": None, "outlet": None, "raw_path": entry["where"], "text_sha256": None,
            "status": "imported", "n_claims": len(entry["figures"]), "method": METHOD,
            "note": "; ".join(entry["notes"]) or None, "text": None,
        })
    report_frame, claim_frame = frames(reports, claims)
    return report_frame, claim_frame


def import_files(paths: list[Path], root: Path | None = None) -> LossesResult:
    """Import the General Staff's files among `paths` (by file name; others are rejected), named relative
    to `root` in `path:N`. `OSError` when one cannot be read."""
    per_file, rejected, n_records, digests = [], [], 0, {}
    corrections = pd.DataFrame(columns=CORRECTION_COLUMNS)
    for path in sorted(paths, key=lambda p: (FILES.index(p.name) if p.name in FILES else len(FILES), p.name)):
        shown = display_path(Path(path), root)
        if path.name not in FILES:
            rejected.append(_reject(f"{shown}:1", f"not one of the General Staff's files ({', '.join(FILES)})",
                                    path.name))
            continue
        with open_regular(Path(path)) as fh:
            if path.name == CORRECTIONS:
                corrections, bad, n, digest = import_corrections(fh, shown)
            else:
                records, bad, n, digest = import_totals(fh, shown, "equipment" if path.name == EQUIPMENT
                                                        else "personnel")
                per_file.append(records)
        rejected.extend(bad)
        n_records += n
        digests[path.name] = digest
    reports, claims = assemble(per_file)
    return LossesResult(reports, claims, pd.DataFrame(rejected, columns=REJECTED_COLUMNS), corrections, n_records,
                        digests)


# --- the daily table ------------------------------------------------------------------------------

def daily(claims: pd.DataFrame, corrections: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Valid claims (the General Staff's `cumulative` ones are used) and the corrections -> (`losses_daily`
    rows, rejections of corrections that match no running total).

    Per category, in date order: `change` is the total less the previous total; `increment` is the change
    less the day's correction; the status says which (`first`, `reported`, `corrected`), and `negative`
    where the increment is below zero all the same: flagged, never silent.
    """
    known = categories()
    category_of = {(spec["item"], spec["metric"]): name for name, spec in known.items()}
    totals = claims[claims["source"].eq(SOURCE) & claims["window_kind"].eq("cumulative")
                    & ~claims["is_breakdown"].astype(bool)]
    columns = fields.TABLES["losses_daily"].columns
    if totals.empty:
        rejected = [_reject(r["_input"], "a correction for a date with no running total of its category",
                            f"{r['category']}={r['correction']}") for _, r in corrections.iterrows()]
        return fields.empty("losses_daily"), pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
    out = pd.DataFrame({
        "date": totals["date"].astype(str).to_numpy(),
        "category": [category_of.get((i, m)) for i, m in zip(totals["item"], totals["metric"], strict=True)],
        "item": totals["item"].to_numpy(), "metric": totals["metric"].to_numpy(),
        "total": totals["count"].astype("Int64").to_numpy(), "claim_id": totals["claim_id"].to_numpy(),
    })
    out = out.dropna(subset=["category", "total"]).sort_values(["category", "date"], kind="stable")
    out["change"] = (out["total"] - out.groupby("category")["total"].shift(1)).astype("Int64")
    fixes = corrections.drop_duplicates(["date", "category"], keep="last")
    merged = out.merge(fixes[["date", "category", "correction", "_input"]], on=["date", "category"], how="left",
                       indicator=True)
    unmatched = fixes.merge(out[["date", "category"]], on=["date", "category"], how="left", indicator=True)
    unmatched = unmatched[unmatched["_merge"].eq("left_only")]
    merged["correction"] = merged["correction"].astype("Int64")
    merged["increment"] = (merged["change"] - merged["correction"].fillna(0)).astype("Int64")
    status = pd.Series("reported", index=merged.index, dtype="object")
    status[merged["correction"].notna()] = "corrected"
    status[merged["increment"].lt(0).fillna(False).astype(bool)] = "negative"
    status[merged["change"].isna()] = "first"
    merged["status"] = status
    merged.loc[merged["change"].isna(), "increment"] = pd.NA
    merged["is_air_war"] = merged["category"].map({k: v["air_war"] == "true" for k, v in known.items()}).astype(bool)
    rejected = [_reject(r["_input"], "a correction for a date with no running total of its category",
                        f"{r['category']}={r['correction']}") for _, r in unmatched.iterrows()]
    return (merged[columns].sort_values(["date", "category"], kind="stable").reset_index(drop=True),
            pd.DataFrame(rejected, columns=REJECTED_COLUMNS))
