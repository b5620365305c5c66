"""The piterfm "Massive Missile Attacks on Ukraine" CSV -> reports, claims and rejections.

In: `missile_attacks_daily.csv` as published on Kaggle (one row per weapon model per attack
window, figures from the Ukrainian Air Force's reports, times in Kyiv time).
Out: an `ImportResult`: one report `piterfm:N` per data row that gives at least one claim
(N the 1-based data row, header excluded), one claim per figure in the row, and one
rejection (stage `import`, input `path:N`) for every row or figure that cannot be read.
Every data row ends as claims, as a rejection, or both (a row whose window reads but one of
whose cells does not). A row that cannot be read as CSV (more cells than the header, not UTF-8)
is a rejection, never the end of the import; exports separated by `;` (with decimal commas) are
read as well as those separated by `,`. `docs/piterfm.md` explains the mapping column by column.
"""

from __future__ import annotations

import ast
import hashlib
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from strikeclaims import fields, reference, rules
from strikeclaims.importers import DatasetError, DatasetWarning, ImportResult, frames
from strikeclaims.read import rows
from strikeclaims.read.files import open_regular
from strikeclaims.read.reports import display_path, shorten

SOURCE = "piterfm"
CLAIMANT = reference.sources()[SOURCE]["claimant"]
AUTHOR = reference.sources()[SOURCE]["author"]
ATTACKER = rules.ATTACKER_OF[CLAIMANT]
METHOD = "import:piterfm"
KYIV = rules.timezone(CLAIMANT)

REJECTED_COLUMNS = fields.TABLES["rejected"].columns

REQUIRED_COLUMNS = ("time_start", "time_end", "model", "launched", "destroyed")
OPTIONAL_COLUMNS = (
    "launch_place", "target", "target_main", "carrier", "not_reach_goal", "still_attacking", "border_crossing",
    "is_shahed", "num_hit_location", "num_fall_fragment_location", "turbojet", "turbojet_destroyed",
    "affected region", "destroyed_details", "launched_details", "launch_place_details", "source", "status_data",
)

# From this window date on, the Air Force's one "shot down or suppressed" figure is what the
# dataset's `destroyed` holds, and `not_reach_goal` is no longer reported apart.
COMBINED_FROM = date(2025, 7, 24)
DESTROYED = "destroyed"  # a metric decided by the window's date: intercepted, then neutralised

# `status_data` values that mean the row's figures were all published; any other non-empty
# value marks the row's zeros as placeholders for withheld figures.
COMPLETE_STATUSES = frozenset({"", "complete", "completed", "full", "confirmed", "final", "ok", "published"})

_EMPTY = frozenset({"", "nan", "none", "null"})
_STAMP = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_NAN = re.compile(r"\bNaN\b|\bnan\b")
_AIR_COMMAND = re.compile(r"^(north|south|east|west|center|centre)(-(north|south|east|west))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """One figure column: the metric and item it gives, and whether it splits another figure."""

    column: str
    metric: str  # or DESTROYED
    item: str | None = None  # None: the item of the row's model
    item_model: str | None = None  # used with `item`
    is_breakdown: bool = False
    qualifier: str = "exact"


# In the file's column order, which is the claims' order within a report.
FIGURES = (
    Figure("launched", "launched"),
    Figure("destroyed", DESTROYED),
    Figure("not_reach_goal", "suppressed"),
    Figure("still_attacking", "airborne"),
    # "of them about N were Shaheds": a part of the row's drone figure, and approximate.
    Figure("is_shahed", "launched", "attack_drone", "shahed-136", is_breakdown=True, qualifier="about"),
    Figure("num_hit_location", "hit", "location"),
    Figure("num_fall_fragment_location", "debris", "location"),
    # Jet drones are counted inside the row's drone figure (one row has turbojet = launched).
    Figure("turbojet", "launched", "jet_drone", is_breakdown=True),
    Figure("turbojet_destroyed", DESTROYED, "jet_drone", is_breakdown=True),
)
FIGURE_COLUMNS = tuple(f.column for f in FIGURES)


@dataclass(frozen=True)
class Window:
    """A row's reporting window: the claim date, its kind, and the UTC ends the row states."""

    date: str
    kind: str
    start: str | None
    end: str | None


# --- weapons ------------------------------------------------------------------------------

def _lookup(name: str) -> tuple[str, str | None] | None:
    key = " ".join(name.split()).casefold()
    names = reference.weapon_names()
    if key in names:
        return names[key]
    model = reference.weapon_aliases().get(key)
    if model is not None:
        return reference.weapon_items()[model], model
    return None


def _shared(members: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    """The item and model family several members share, else their group's generic item."""
    items = {item for item, _ in members}
    models = {model for _, model in members}
    model = models.pop() if len(models) == 1 else None
    if len(items) == 1:
        return items.pop(), model
    groups = {fields.ITEM_GROUP_OF.get(item) for item in items}
    if groups == {"drones"}:
        return "drone", None
    if groups == {"missiles"}:
        return "missile", None
    return "air_weapon", None


def bundle(name: str) -> tuple[str, str | None] | None:
    """A bundle ("A and B", "A/B") -> the item and model family its members share, else `missile`,
    `drone` (or `air_weapon` across groups); None when a member is unknown.
    """
    members = []
    for part in (p for p in re.split(r"\s+and\s+", name.strip()) if p):
        member = _lookup(part)
        if member is None and "/" in part:
            pieces = [_lookup(p) for p in part.split("/") if p.strip()]
            member = None if not pieces or None in pieces else _shared(pieces)
        if member is None:
            return None
        members.append(member)
    return _shared(members) if members else None


@cache
def weapon(name: str) -> tuple[str, str | None] | None:
    """A dataset model string -> (item, item_model or None), or None when it is unknown.

    Looked up in `weapon_names.csv`, then in the names and aliases of `weapons.csv`; a bundle
    listed in neither is read member by member (`bundle`), so that a later release's new
    combination of known models still maps. A bundle's figure is never split.
    """
    return _lookup(name) or (bundle(name) if name.strip() else None)


# --- windows ------------------------------------------------------------------------------

def _local(text: str) -> tuple[date, time | None] | None:
    """`YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (stray spaces, one-digit hours) -> (date, time or None)."""
    m = _STAMP.match(" ".join(str(text).split()))
    if not m:
        return None
    year, month, day, hour, minute, _ = m.groups()
    try:
        day_ = date(int(year), int(month), int(day))
        if hour is None:
            return day_, None
        if int(hour) == 24 and int(minute) == 0:  # 24:00 is the next midnight
            return (day_ + timedelta(days=1) if day_ < date.max else day_), time(0, 0)
        return day_, time(int(hour), int(minute))
    except ValueError:
        return None


def _utc(day: date, clock: time) -> str:
    return datetime.combine(day, clock, tzinfo=KYIV).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def read_window(start_text: str, end_text: str) -> tuple[Window | None, str | None]:
    """A row's `time_start` and `time_end` (Kyiv time) -> (Window, None), or (None, reason).

    Dated by the contract's rules: a timed window ending by 12:00 is the night of its end date,
    one starting at 18:00 or later the night of the next day, any other a day dated by its end;
    a window of dates alone is a `day_total` (one date) or a `period_total` (by its last date).
    """
    start, end = _local(start_text), _local(end_text)
    if start is None or end is None:
        which = "time_start" if start is None else "time_end"
        return None, f"{which} is not a date or a date and time (YYYY-MM-DD[ HH:MM])"
    (s_day, s_time), (e_day, e_time) = start, end
    first, last = fields.war_span()
    for which, day in (("time_start", s_day), ("time_end", e_day)):
        if not first <= day <= last:
            return None, f"{which} lies outside the war's span ({first.year} to a day after the import)"
    if (e_day, e_time or time(23, 59)) < (s_day, s_time or time(0, 0)):
        return None, "the window ends before it starts"
    w_start = _utc(s_day, s_time) if s_time is not None else None
    w_end = _utc(e_day, e_time) if e_time is not None else None
    if s_time is None and e_time is None:
        kind = "day_total" if s_day == e_day else "period_total"
        return Window(e_day.isoformat(), kind, None, None), None
    kind, day = rules.night_or_day((s_day, s_time), (e_day, e_time))
    return Window(day.isoformat(), kind, w_start, w_end), None


# --- places -------------------------------------------------------------------------------

def region_of(text: str | None) -> str | None:
    """The region code of a place text that names exactly one region of `regions.csv`, else None.

    "Dnipropetrovsk oblast, Dnipro Raion" gives UA-12; "Odesa oblast and Mykolaiv oblast",
    "Odesa oblast, Black Sea" and "Ukraine" give None.
    """
    if not text:
        return None
    places = [p for p in re.split(r"\s+and\s+", text.strip()) if p.strip()]
    if len(places) != 1:
        return None
    aliases = reference.region_aliases()
    codes = {aliases.get(" ".join(part.split()).casefold()) for part in places[0].split(",")} - {None}
    return codes.pop() if len(codes) == 1 else None


def zone_text(key: str) -> str:
    """A breakdown key as worded; a direction ("south") is an air command of the Air Force."""
    key = " ".join(str(key).split())
    return f"Air Command {key.title()}" if _AIR_COMMAND.match(key) else key


def literal(text: str | None) -> tuple[object, str | None]:
    """A Python-literal cell (`{'south': 49, 'east': NaN}`, `['Kyiv oblast']`) -> (value, None) or (None, reason).

    Parsed with `ast.literal_eval`, never evaluated; NaN becomes None.
    """
    if text is None or text.strip().casefold() in _EMPTY:
        return None, None
    try:
        return ast.literal_eval(_NAN.sub("None", text.strip())), None
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None, "is not a readable Python literal"


# --- figures ------------------------------------------------------------------------------

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def count_of(value: object, decimal_comma: bool = False) -> tuple[int | None, str | None]:
    """A figure cell or dict value -> (int, None), (None, None) when empty, or (None, reason).

    A comma is a decimal comma ("123,0" is 123) where the file uses them (`decimal_comma`), or where it
    does not group thousands ("1,234" is 1234).
    """
    if value is None or (isinstance(value, float) and value != value):
        return None, None
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() in _EMPTY:
            return None, None
        if "," in text:
            text = text.replace(",", "") if not decimal_comma and _THOUSANDS.fullmatch(text) else \
                text.replace(",", ".", 1)
        try:
            value = float(text)
        except ValueError:
            return None, "is not a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, "is not a number"
    if value != value or value in (float("inf"), float("-inf")):
        return None, "is not a number"
    if value < 0:
        return None, "is negative"
    if value > fields.MAX_COUNT:
        return None, f"is over {fields.MAX_COUNT:,}, too large to be a count of anything"
    if value != int(value):
        return None, "is not a whole number"
    return int(value), None


def _metric(metric: str, window: Window) -> str:
    if metric != DESTROYED:
        return metric
    return "neutralised" if window.date >= COMBINED_FROM.isoformat() else "intercepted"


# --- the file -----------------------------------------------------------------------------

def delimiter_of(data: bytes) -> str:
    """`;` for an export whose header is separated by semicolons (a spreadsheet in a decimal-comma
    locale), else `,`."""
    header = data.split(b"\n", 1)[0]
    return ";" if header.count(b";") > header.count(b",") else ","


def read_table(data: bytes) -> tuple[pd.DataFrame, list[dict]]:
    """The CSV bytes -> (a frame of strings with each row's data row number in `_row`, the rows that
    cannot be read as rejections without their path).

    A missing required column raises `DatasetError`; unknown extra columns warn.
    """
    header, found = rows.table(data, delimiter_of(data))
    if not header:
        reason = found[0].reason if found else "the file is empty"
        raise DatasetError(f"piterfm: the file has no readable header row ({reason})")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise DatasetError(f"piterfm: required column {', '.join(repr(c) for c in missing)} is missing")
    extra = [c for c in header if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if extra:
        warnings.warn(f"piterfm: unknown columns ignored: {', '.join(repr(c) for c in extra)}",
                      DatasetWarning, stacklevel=3)
    good, bad = [], []
    for n, record in enumerate(found, start=1):
        if record.cells is None:
            bad.append({"row": n, "reason": record.reason, "value": record.value})
        else:
            good.append([*record.cells, n])
    frame = pd.DataFrame(good, columns=[*header, "_row"]).astype({c: str for c in header})
    frame = frame.loc[:, ~frame.columns.duplicated()]
    for c in OPTIONAL_COLUMNS:
        if c not in frame.columns:
            frame[c] = ""
    frame.attrs["decimal_comma"] = delimiter_of(data) == ";"
    frame.attrs["n_rows"] = len(found)
    return frame, bad


def _note(row: dict) -> str | None:
    parts = []
    if row["carrier"].strip():
        parts.append(f"carrier: {' '.join(row['carrier'].split())}")
    if row["target_main"].strip():
        parts.append(f"main targets: {' '.join(row['target_main'].split())}")
    return "; ".join(parts) or None


def _affected(row: dict) -> tuple[str | None, str | None]:
    """`affected region` (a list literal) -> (region_text, region), else the row's target."""
    value, _ = literal(row["affected region"])
    if isinstance(value, list | tuple) and value:
        names = [" ".join(str(v).split()) for v in value if v is not None]
        return "; ".join(names), region_of(names[0]) if len(names) == 1 else None
    target = " ".join(row["target"].split()) or None
    return target, region_of(target)


def row_claims(row: dict, where: str, report_id: str, decimal_comma: bool = False) -> tuple[list[dict], list[dict]]:
    """One data row (a dict of cell strings) -> (claims, rejections)."""
    rejected: list[dict] = []

    def reject(reason: str, value: object) -> tuple[list[dict], list[dict]]:
        rejected.append({"input": where, "stage": "import", "reason": reason, "value": shorten(str(value))})
        return [], rejected

    window, why = read_window(row["time_start"], row["time_end"])
    if window is None:
        return reject(f"the window cannot be read: {why}", f"{row['time_start']} → {row['time_end']}")
    model_name = " ".join(row["model"].split())
    if not model_name:
        return reject("the model is empty, so what is counted is unknown", row["model"])
    found = weapon(model_name)
    if found is None:
        return reject("the model is not in the weapons reference tables (weapons.csv, weapon_names.csv)", model_name)
    item, item_model = found

    status = " ".join(row["status_data"].split()).casefold()
    withheld = status not in COMPLETE_STATUSES
    combined = window.date >= COMBINED_FROM.isoformat()
    target = " ".join(row["target"].split()) or None
    launch_place = " ".join(row["launch_place"].split()) or None
    note = _note(row)
    base = {
        "source": SOURCE, "claimant": CLAIMANT, "author": AUTHOR, "attacker": ATTACKER, "date": window.date,
        "window_kind": window.kind, "window_start": window.start, "window_end": window.end,
        "method": METHOD, "note": note, "report_id": report_id, "_input": where,
    }
    claims: list[dict] = []

    def add(metric: str, it: str, model: str | None, count: int, *, quote: str, region: str | None = None,
            region_text: str | None = None, launch_area: str | None = None, breakdown: bool = False,
            qualifier: str = "exact") -> None:
        claims.append({**base, "metric": _metric(metric, window), "item": it, "item_group": fields.ITEM_GROUP_OF.get(it),
                       "item_model": model, "count": count, "qualifier": qualifier, "region": region,
                       "region_text": region_text, "launch_area": launch_area, "is_breakdown": breakdown,
                       "quote": quote})

    def figure(column: str, value: object) -> int | None:
        n, bad = count_of(value, decimal_comma)
        if bad:
            rejected.append({"input": where, "stage": "import", "reason": f"{column} {bad}",
                             "value": shorten(str(value))})
            return None
        if n == 0 and withheld:
            return None  # a placeholder for a withheld figure, not a zero
        return n

    def place_dict(column: str) -> dict:
        value, bad = literal(row[column])
        if bad or (value is not None and not isinstance(value, dict)):
            rejected.append({"input": where, "stage": "import", "reason": f"{column} is not a readable dictionary",
                             "value": shorten(row[column])})
            return {}
        return value or {}

    hit_text, hit_region = _affected(row)

    def plain(spec: Figure) -> None:
        n = figure(spec.column, row[spec.column])
        if n is None or (spec.column == "not_reach_goal" and combined and n == 0):
            return  # from COMBINED_FROM on, a 0 there means "not reported apart"
        quote = f"{spec.column}={row[spec.column].strip()}"
        if spec.item == "location":
            add(spec.metric, "location", None, n, quote=quote, region=hit_region, region_text=hit_text)
            return
        it, model = (spec.item, spec.item_model) if spec.item else (item, item_model)
        add(spec.metric, it, model, n, quote=quote, region=region_of(target), region_text=target,
            launch_area=launch_place, breakdown=spec.is_breakdown, qualifier=spec.qualifier)

    for spec in FIGURES:
        if spec.column == "is_shahed":  # border crossings sit before it in the file
            for country, value in place_dict("border_crossing").items():
                n = figure(f"border_crossing[{country}]", value)
                if n is not None:
                    add("returned", item, item_model, n, quote=f"border_crossing[{country}]={value}",
                        region_text=str(country).strip().title(), launch_area=launch_place)
        plain(spec)
    for key, value in place_dict("destroyed_details").items():
        n = figure(f"destroyed_details[{key}]", value)
        if n is not None:
            text = zone_text(key)
            add(DESTROYED, item, item_model, n, quote=f"destroyed_details[{key}]={value}", region=region_of(text),
                region_text=text, launch_area=launch_place, breakdown=True)
    places = place_dict("launch_place_details")
    for key, value in place_dict("launched_details").items():
        n = figure(f"launched_details[{key}]", value)
        if n is None:
            continue
        member = weapon(str(key))
        if member is None:
            rejected.append({"input": where, "stage": "import", "value": shorten(str(key)),
                             "reason": "a model in launched_details is not in the weapons reference tables"})
            continue
        area = places.get(key)
        add("launched", member[0], member[1], n, quote=f"launched_details[{key}]={value}",
            region=region_of(target), region_text=target,
            launch_area=" ".join(str(area).split()) if area else None, breakdown=True)
    if not claims and not rejected:
        reason = ("every figure of the row is a placeholder for a withheld figure" if withheld
                  else "the row states no figure")
        return reject(reason, model_name)
    return claims, rejected


def import_frame(frame: pd.DataFrame, shown: str, unreadable: list[dict] | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A checked frame of the file -> (reports, claims, rejected); `shown` is the path used in `path:N`.
    `unreadable` holds the rows `read_table` could not read (their `row`, `reason` and `value`)."""
    reports: list[dict] = []
    claims: list[dict] = []
    rejected: list[dict] = [{"input": f"{shown}:{bad['row']}", "stage": "import", "reason": bad["reason"],
                             "value": bad["value"]} for bad in unreadable or []]
    decimal_comma = bool(frame.attrs.get("decimal_comma"))
    records = frame.to_dict("records")
    for position, row in enumerate(records, start=1):
        n = int(row.get("_row", position))
        where = f"{shown}:{n}"
        report_id = f"{SOURCE}:{n}"
        got, bad = row_claims(row, where, report_id, decimal_comma)
        rejected.extend(bad)
        if not got:
            continue
        for k, claim in enumerate(got, start=1):
            claim["claim_id"] = f"{report_id}#{k}"
        claims.extend(got)
        url = " ".join(row["source"].split()) or None
        reports.append({
            "report_id": report_id, "source": SOURCE, "claimant": CLAIMANT, "author": AUTHOR, "published_at": None,
            "language": None,
            "url": url, "outlet": None, "raw_path": where, "text_sha256": None, "status": "imported",
            "n_claims": len(got), "method": METHOD, "note": None, "text": None,
        })
    report_frame, claim_frame = frames(reports, claims)
    return report_frame, claim_frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS)


def import_stream(stream: BinaryIO, shown: str) -> ImportResult:
    """Read `missile_attacks_daily.csv` from a binary stream -> ImportResult (reports, claims, rejected,
    n_rows, sha256); `shown` is how rejected rows name the input (`shown:N`).

    Raises `DatasetError` (one line) when a required column is missing or the file has no header.
    Unknown extra columns give a `DatasetWarning`.
    """
    data = stream.read()
    frame, unreadable = read_table(data)
    reports, claims, rejected = import_frame(frame, shown, unreadable)
    return ImportResult(reports, claims, rejected, frame.attrs["n_rows"], hashlib.sha256(data).hexdigest())


def import_piterfm(path: Path, root: Path | None = None) -> ImportResult:
    """`import_stream` of a file, named relative to `root`; `OSError` when it cannot be read
    (`NotRegularFile` for a FIFO or a device)."""
    with open_regular(Path(path)) as fh:
        return import_stream(fh, display_path(Path(path), root))
