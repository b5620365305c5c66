"""Synthetic claims and reports frames (note: synthetic) shared by the aggregate, compare, load and chart tests.

Every figure here is invented for the tests; none is a real claim.
"""

from __future__ import annotations

import itertools

import pandas as pd

from strikeclaims import fields, validate

_counter = itertools.count(1)
# The author a synthetic claim gets from its claimant, unless a test names one.
AUTHOR_OF = {"UA": "ua_air_force", "RU": "ru_mod", "US": "us_officials"}


def claim(report_id: str, **kw) -> dict:
    """One synthetic claim row with sensible defaults (a UA Air Force night figure about RU drones)."""
    item = kw.get("item", "drone")
    row = {
        "report_id": report_id, "source": report_id.split(":")[0], "claimant": "UA", "attacker": "RU",
        "date": "2025-05-10", "window_kind": "night", "window_start": None, "window_end": None,
        "metric": "launched", "item": item, "item_group": fields.ITEM_GROUP_OF.get(item), "item_model": None,
        "count": 10, "qualifier": "exact", "region": None, "region_text": None, "launch_area": None,
        "is_breakdown": False, "quote": "synthetic", "method": "manual", "note": "synthetic",
    }
    row.update(kw)
    row.setdefault("author", AUTHOR_OF.get(row["claimant"]))
    if "item" in kw and "item_group" not in kw:
        row["item_group"] = fields.ITEM_GROUP_OF.get(kw["item"])
    if row["count"] is None:
        row["qualifier"] = "unquantified"
    return row


def report(report_id: str, published_at: str | None = "2025-05-10T06:00:00Z", status: str = "parsed",
           claimant: str | None = None) -> dict:
    source = report_id.split(":")[0]
    default_claimant = {"ua_air_force": "UA", "ru_mod": "RU", "piterfm": "UA"}.get(source, "XX")
    author = {"ua_air_force": "ua_air_force", "ru_mod": "ru_mod", "piterfm": "ua_air_force"}.get(source)
    return {"report_id": report_id, "source": source, "claimant": claimant or default_claimant, "author": author,
            "published_at": published_at, "language": None, "url": None, "outlet": None,
            "raw_path": f"synthetic/{source}.jsonl:{next(_counter)}", "text_sha256": None, "status": status,
            "n_claims": 0, "method": "manual", "note": "synthetic", "text": None}


def frames(claims: list[dict], reports: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims and reports as validated frames; claim ids numbered per report in list order."""
    numbered = []
    per_report: dict[str, int] = {}
    for row in claims:
        k = per_report.get(row["report_id"], 0) + 1
        per_report[row["report_id"]] = k
        numbered.append({"claim_id": f"{row['report_id']}#{k}", **row})
    claims_frame = pd.DataFrame(numbered, columns=fields.TABLES["claims"].columns)
    reports_frame = pd.DataFrame(reports, columns=fields.TABLES["reports"].columns)
    valid_reports, bad_reports = validate.validate("reports", reports_frame)
    valid_claims, bad_claims = validate.validate("claims", claims_frame)
    assert bad_reports.empty, bad_reports.to_dict("records")
    assert bad_claims.empty, bad_claims.to_dict("records")
    n = valid_claims["report_id"].value_counts()
    valid_reports["n_claims"] = valid_reports["report_id"].map(n).fillna(0).astype("Int64")
    return valid_claims, valid_reports


def seed_like() -> tuple[pd.DataFrame, pd.DataFrame]:
    """A small synthetic data set shaped like the seed night and a few weeks around it (figures invented)."""
    claims: list[dict] = []
    reports: list[dict] = []
    for day in range(1, 29):
        date = f"2025-05-{day:02d}"
        rid = f"ua_air_force:{1000 + day}"
        reports.append(report(rid, f"{date}T06:00:00Z"))
        launched = 40 + (day * 7) % 60
        claims += [
            claim(rid, date=date, metric="launched", count=launched),
            claim(rid, date=date, metric="intercepted", count=launched // 2),
            claim(rid, date=date, metric="suppressed", count=launched // 4),
            claim(rid, date=date, metric="launched", item="ballistic_missile", count=day % 3),
            claim(rid, date=date, metric="launched", item="attack_drone", count=launched - 5, is_breakdown=True),
        ]
        rru = f"ru_mod:{2000 + day}"
        reports.append(report(rru, f"{date}T05:00:00Z"))
        claims.append(claim(rru, claimant="RU", attacker="UA", date=date, metric="intercepted", count=day * 3))
        claims += [claim(rru, claimant="RU", attacker="UA", date=date, metric="intercepted", count=n, region=code,
                         region_text=code, is_breakdown=True)
                   for code, n in (("RU-BRY", day * 2), ("RU-KRS", day))]
    rid = "ua_air_force:3000"
    reports += [report(f"{rid}@v1", "2025-06-02T06:00:00Z", status="superseded"), report(rid, "2025-06-02T06:00:00Z")]
    claims += [claim(f"{rid}@v1", date="2025-06-02", count=70), claim(rid, date="2025-06-02", count=80),
               claim(rid, date="2025-06-02", metric="intercepted", count=15),
               claim(rid, date="2025-06-02", metric="suppressed", count=37)]
    media = "media:0123456789ab"
    reports.append(report(media, None, status="manual"))
    claims += [
        claim(media, date="2025-06-02", metric="intercepted", count=52, method="manual"),
        claim(media, claimant="RU", attacker="UA", date="2025-06-02", metric="intercepted", count=162),
        claim(media, attacker="UA", date="2025-06-01", window_kind="event", metric="hit", item="aircraft", count=41,
              qualifier="at_least"),
        claim(media, claimant="RU", attacker="UA", date="2025-06-01", window_kind="event", metric="hit",
              item="aircraft", count=None),
    ]
    return frames(claims, reports)
