"""The Air Force nights against the piterfm digitisation: a report to read, never a failure.

The comparison logic is tested on synthetic nightly rows (note: synthetic); the real comparison
runs on the snapshot in ../shared/peer-data when it is there, and lists its differences as a
warning in the test output. Nothing of the dataset is written into the project.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import PEER_DATA, REPO
from synthetic_claims import claim, frames, report

from strikeclaims import aggregate, crosscheck

SNAPSHOT = PEER_DATA / "missile_attacks_daily.csv"


def _nightly(rows: list[tuple[str, dict]]) -> pd.DataFrame:
    claims = [claim(rid, **kw) for rid, kw in rows]
    reports = [report(rid, None, "manual") for rid in dict.fromkeys(rid for rid, _ in rows)]
    c, r = frames(claims, reports)
    return aggregate.build_nightly(c, r)


def test_differences_are_listed_with_a_reason():
    ours = _nightly([("media:aaaaaaaaaaaa", {"count": 100}),
                     ("media:aaaaaaaaaaaa", {"metric": "intercepted", "count": 40}),
                     ("media:bbbbbbbbbbbb", {"date": "2025-05-11", "count": 50}),
                     ("media:bbbbbbbbbbbb", {"date": "2025-05-11", "metric": "neutralised", "count": 45})])
    theirs = _nightly([("piterfm:1", {"count": 100}), ("piterfm:1", {"metric": "neutralised", "count": 90}),
                       ("piterfm:2", {"date": "2025-05-11", "count": 52}),
                       ("piterfm:2", {"date": "2025-05-11", "metric": "neutralised", "count": 45})])
    table, counts = crosscheck.compare_nights(ours, theirs)
    assert counts == {"nights_ours": 2, "nights_both": 2, "launched_compared": 2, "launched_agree": 1,
                      "defended_compared": 2, "defended_agree": 1}
    assert list(zip(table["date"], table["metric"], table["ours"], table["piterfm"], strict=True)) == [
        ("2025-05-10", "defended", 40, 90), ("2025-05-11", "launched", 50, 52)]
    assert list(table["reason"]) == [crosscheck.ONLY_SHOT_DOWN, crosscheck.SMALL]


@pytest.mark.skipif(not SNAPSHOT.exists(), reason=f"the piterfm snapshot is not here ({SNAPSHOT}); users download "
                                                  "the dataset themselves")
def test_the_published_air_force_nights_against_the_snapshot():
    table, counts = crosscheck.run(REPO / "data" / "clean", SNAPSHOT)
    assert counts["nights_both"] > 0 and counts["launched_compared"] > 0
    assert table["ours"].notna().all() and table["piterfm"].notna().all()
    assert (table["ours"] != table["piterfm"]).all()
    listing = "\n".join(f"{r.date} {r.metric}: ours {r.ours}, piterfm {r.piterfm} ({r.reason})"
                        for r in table.itertuples())
    warnings.warn(f"{len(table)} Air Force figures differ from the piterfm snapshot "
                  f"(launched agree on {counts['launched_agree']} of {counts['launched_compared']} nights, "
                  f"stopped on {counts['defended_agree']} of {counts['defended_compared']}):\n{listing}",
                  stacklevel=1)
