"""The published Air Force nights against another digitisation of the same reports (piterfm).

In: the published `nightly` table (a `data/` folder) and the piterfm `missile_attacks_daily.csv`
a user has downloaded. Out: one row per night and figure where the two differ: the date, the
metric (`launched`, or `defended`: `neutralised`, else `intercepted + suppressed`, as in the
nightly table), our headline figure of the Air Force's drones, the dataset's, and our reports.

The two are different digitisations of the same morning reports, so a difference is not an
error on either side: it is a night to look at (a later update, a daytime wave counted in, a
merged category). Nothing here is published: piterfm's figures belong to its publisher.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from strikeclaims import aggregate, load, rules, validate

COLUMNS = ["date", "metric", "ours", "piterfm", "difference", "reason", "our_reports"]
ONLY_SHOT_DOWN = "our report states only the drones shot down; the dataset adds those lost to jamming"
SMALL = "a difference of a few drones: an update of the morning report, or a category counted in or out"
OTHER = "the figures differ: read both reports"
AUTHOR = "ua_air_force"


def _figures(nightly: pd.DataFrame) -> pd.DataFrame:
    """Night rows of the Air Force's drones -> date, launched and defended (null where not stated)."""
    rows = nightly[nightly["window_kind"].eq("night") & nightly["author"].eq(AUTHOR)
                   & nightly["item_group"].eq("drones")]
    return pd.DataFrame({
        "date": rows["date"].astype(str).str[:10].to_numpy(),
        "launched": rows["launched"].astype("Int64").to_numpy(),
        "defended": rules.defended_numbers(rows).to_numpy(),
        "reports": rows["report_ids"].astype(str).to_numpy(),
        "only_shot_down": (rows["intercepted"].notna() & rows["suppressed"].isna()
                           & rows["neutralised"].isna()).to_numpy(),
        "is_headline": rows["is_headline"].astype(bool).to_numpy(),
    })


def piterfm_nightly(path: Path) -> pd.DataFrame:
    """The piterfm dataset imported and summed into nightly rows, as a build of `data/full/` would."""
    from strikeclaims.importers import piterfm

    result = piterfm.import_piterfm(Path(path))
    reports, claims, _, _ = validate.cross_tables(result.reports, result.claims)
    return aggregate.build_nightly(claims, reports)


def compare_nights(ours: pd.DataFrame, theirs: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """Our headline Air Force nights against piterfm's -> (the differing figures, counts of nights compared)."""
    a = _figures(ours)
    a = a[a["is_headline"]]
    b = _figures(theirs).drop(columns=["reports", "is_headline", "only_shot_down"])
    both = a.merge(b, on="date", suffixes=("", "_p"))
    out = []
    counts = {"nights_ours": len(a), "nights_both": len(both)}
    for metric in ("launched", "defended"):
        pair = both[both[metric].notna() & both[f"{metric}_p"].notna()]
        differ = pair[pair[metric] != pair[f"{metric}_p"]]
        counts[f"{metric}_compared"] = len(pair)
        counts[f"{metric}_agree"] = len(pair) - len(differ)
        difference = (differ[metric].astype("Int64") - differ[f"{metric}_p"].astype("Int64")).astype("Int64")
        reason = [ONLY_SHOT_DOWN if metric == "defended" and only and d < 0 else SMALL if abs(d) <= 5 else OTHER
                  for only, d in zip(differ["only_shot_down"], difference, strict=True)]
        out.append(pd.DataFrame({
            "date": differ["date"], "metric": metric, "ours": differ[metric].astype("Int64"),
            "piterfm": differ[f"{metric}_p"].astype("Int64"), "difference": difference, "reason": reason,
            "our_reports": differ["reports"],
        }))
    table = pd.concat(out, ignore_index=True).sort_values(["date", "metric"], kind="stable").reset_index(drop=True)
    return table[COLUMNS], counts


def run(data_dir: Path, peer: Path) -> tuple[pd.DataFrame, dict[str, int]]:
    return compare_nights(load.tables(data_dir)["nightly"], piterfm_nightly(peer))
