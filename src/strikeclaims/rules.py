"""The derived rules of the contract, written once for parsers, importers, aggregation, comparison and charts.

In: figures and times. Out: the defended count (`neutralised`, else the stated parts of `intercepted` +
`suppressed`), the night window rule (a window ending by 12:00 is the night of its end date, one starting
at or after 18:00 the night of the next day, any other a day), a claimant's time zone and local dates,
and the generic items (`drone`, `missile`: the type is not stated).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pandas as pd

# A claimant's local time: the clock its reports are written in (`CONTRACT.md`, dating rules).
TIMEZONE_NAMES = {"UA": "Europe/Kyiv", "RU": "Europe/Moscow"}
DEFAULT_TIMEZONE = "UTC"
TIMEZONES = {claimant: ZoneInfo(name) for claimant, name in TIMEZONE_NAMES.items()}

# Who attacks whom: each side reports the other's attacks.
ATTACKER_OF = {"UA": "RU", "RU": "UA"}

# The night rule: a window ending by NOON is a night, one starting at or after EVENING is the next night.
NOON = time(12, 0)
EVENING = time(18, 0)

# The generic items: a figure whose type the source does not state.
GENERIC_ITEMS = ("drone", "missile")


def timezone(claimant: str | None) -> ZoneInfo:
    """The time zone a claimant's reports are written in (Kyiv, Moscow), else UTC."""
    zone = TIMEZONES.get(claimant or "")
    return zone if zone is not None else ZoneInfo(DEFAULT_TIMEZONE)  # (the UTC zone made only when asked for)


def night_or_day(start: tuple[date, time | None] | None, end: tuple[date, time | None] | None
                 ) -> tuple[str, date]:
    """A window of local (date, time) ends -> (`night` or `day`, its date), by the night rule.

    An end by 12:00 is the night of its end date; a start at or after 18:00 the night of the next day;
    else a day, dated by its end (by its start when only the start is timed).
    """
    if end is not None and end[1] is not None:
        if end[1] <= NOON:
            return "night", end[0]
        if start is not None and start[1] is not None and start[1] >= EVENING:
            return "night", start[0] + timedelta(days=1)
        return "day", end[0]
    if start is None or start[1] is None:
        raise ValueError("a window needs a timed start or end")
    if start[1] >= EVENING:
        return "night", start[0] + timedelta(days=1)
    return "day", start[0]


def classify(start: datetime | None, end: datetime | None, tz: ZoneInfo) -> tuple[str, date]:
    """A window of aware datetimes -> (`night` or `day`, its local date) in the time zone `tz`."""
    def local(stamp: datetime | None) -> tuple[date, time] | None:
        if stamp is None:
            return None
        here = stamp.astimezone(tz)
        return here.date(), here.time()
    return night_or_day(local(start), local(end))


def local_dates(stamps: pd.Series, claimants: pd.Series) -> pd.Series:
    """UTC timestamps -> `YYYY-MM-DD` in the claimant's local time (Kyiv, Moscow, else UTC); null stays null."""
    utc = pd.to_datetime(stamps, utc=True, format="ISO8601", errors="coerce")
    out = pd.Series(None, index=stamps.index, dtype="object")
    tz_of = claimants.map(TIMEZONE_NAMES).fillna(DEFAULT_TIMEZONE)
    for tz in tz_of.unique():
        mask = tz_of.eq(tz) & utc.notna()
        if mask.any():
            out[mask] = utc[mask].dt.tz_convert(tz).dt.strftime("%Y-%m-%d")
    return out


def defended_numbers(frame: pd.DataFrame) -> pd.Series:
    """`neutralised`, else the stated parts of `intercepted` + `suppressed` (null when none is stated)."""
    parts = frame[["intercepted", "suppressed"]].astype("Int64").sum(axis=1, min_count=1).astype("Int64")
    return frame["neutralised"].astype("Int64").fillna(parts)


def defended_share(frame: pd.DataFrame) -> pd.Series:
    """`defended_numbers` over `launched`; null when either is missing or nothing was launched."""
    defended = defended_numbers(frame).astype("Float64")
    launched = frame["launched"].astype("Float64")
    return (defended / launched.where(launched > 0)).astype("Float64")
