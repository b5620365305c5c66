"""How well the parsers read reports: precision, recall, F1 and dates on labelled gold sets.

In: gold sets, each a pair of files: raw reports (JSON Lines in the raw-layer format) and the claims
a person reads in them (CSV: `report_id`, `metric`, `item`, `item_model`, `count`, `qualifier`,
`date`, `window_kind`, `is_breakdown`, `region`, and optionally `window_start`, `window_end`). The
sets (`GOLD_SETS`):
- `real`, `real_heldout4` and `real_heldout14`: reports of real wording (the sides' statements as news pages quote
  them), labelled by hand, shipped with the package (`strikeclaims/gold/`); the parsers were tuned on `real` and
  never on the held-out sets, whose texts were labelled before the parsers were run on them;
- `synthetic` and `synthetic_heldout`: reports written for the tests from the sides' formats, in the
  source repository's `tests/gold/` (skipped, with a note, where the package is installed without it).
Out: per set, true positives, false positives, false negatives, precision, recall and F1 per source
and language and overall (`scores`), and the share of reports whose figures carry the right dates
(date and window kind, and the window's start and end where the set states them); `main` prints them,
and a line for the held-out sets together (`HELD_OUT`), the part the parsers' goal is measured on.

F1 and the share dated right each come with a 95% interval (`f1_low`, `f1_high`, `date_low`, `date_high`):
the 2.5th and 97.5th percentiles over 1,000 resamplings of the set's reports with replacement (a percentile
bootstrap, seeded, so the same readings give the same interval). A report's figures stay together, since a
misreading tends to take its neighbours with it. The interval says how far the score could move on another draw
of quotes like these: on a set of a few hundred figures, about two points of F1 either way.

A parsed claim matches a gold claim when all the key fields agree; each gold claim matches at
most one parsed claim (multiset matching per report).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from strikeclaims import parse, read

PACKAGE_GOLD = Path(__file__).resolve().parents[1] / "gold"
TESTS_GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold"
DEFAULT_GOLD = TESTS_GOLD
KEY = ["report_id", "metric", "item", "item_model", "count", "qualifier", "date", "window_kind", "is_breakdown",
       "region"]
WINDOW = ["window_start", "window_end"]
RESAMPLES = 1000  # of the bootstrap intervals
SEED = 20231  # of the resampling, fixed so that the intervals are reproducible


@dataclass(frozen=True)
class GoldSet:
    name: str
    reports: Path
    claims: Path
    about: str

    def exists(self) -> bool:
        return self.reports.is_file() and self.claims.is_file()


def folder_set(gold: Path, about: str | None = None) -> GoldSet:
    """A gold folder holding `reports.jsonl` and `claims.csv` (and what the set is, to print with its scores)."""
    gold = Path(gold)
    return GoldSet(gold.name, gold / "reports.jsonl", gold / "claims.csv", about or f"the gold set in {gold}")


GOLD_SETS = (
    folder_set(PACKAGE_GOLD / "real_heldout4",
               "real wording of pages whose quotes were never read while the parsers were tuned, labelled by hand "
               "before the parsers were run on them and again, blind, by other readers, never used to tune them"),
    folder_set(PACKAGE_GOLD / "real_heldout14",
               "real wording of pages of 2023 to 2026 outside the manual layer and every other set, labelled by hand "
               "before the parsers were run on them and again, blind, by other readers, scored only with parsers as "
               "released (1.10.0 to 1.50.0), never used to tune them"),
    folder_set(PACKAGE_GOLD / "real", "real wording, labelled by hand, used to tune the parsers"),
    GoldSet("synthetic", TESTS_GOLD / "reports.jsonl", TESTS_GOLD / "claims.csv",
            "written for the tests from the sides' formats"),
    GoldSet("synthetic_heldout", TESTS_GOLD / "heldout_reports.jsonl", TESTS_GOLD / "heldout_claims.csv",
            "written for the tests in other wordings, not used to tune the parsers"),
)

# The held-out sets, never used to tune the parsers, and the name of their scores as one set.
HELD_OUT = ("real_heldout4", "real_heldout14")
HELD_OUT_TOGETHER = "real_heldout_together"


def _keys(frame: pd.DataFrame, columns: list[str] = KEY) -> pd.DataFrame:
    out = pd.DataFrame({c: frame[c].astype("object") for c in columns})
    for c in columns:
        out[c] = ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in out[c]]
    if "is_breakdown" in out:
        out["is_breakdown"] = out["is_breakdown"].str.lower().map({"true": "True", "false": "False", "1": "True",
                                                                    "0": "False", "": "False"})
    return out


def load_gold(gold: Path | GoldSet) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A gold folder or set -> (report records, gold claims)."""
    gold_set = gold if isinstance(gold, GoldSet) else folder_set(gold)
    records, _, _ = read.read_reports([gold_set.reports])
    claims = pd.read_csv(gold_set.claims, dtype=str, keep_default_na=False)
    return records, claims


def _by_report(frame: pd.DataFrame, columns: list[str]) -> dict[str, Counter]:
    if not len(frame):
        return {}
    keys = _keys(frame, ["report_id", *columns])
    return {rid: Counter(map(tuple, g[columns].to_numpy())) for rid, g in keys.groupby("report_id")}


def compare(records: pd.DataFrame, gold: pd.DataFrame, parsed: pd.DataFrame) -> pd.DataFrame:
    """Per report: true positives, false positives, false negatives and whether the dates agree (date and
    window kind of every figure, and the window's start and end where the gold set states them)."""
    g_by = _by_report(gold, KEY[1:])
    p_by = _by_report(parsed, KEY[1:])
    dating = ["date", "window_kind"] + (WINDOW if all(c in gold.columns for c in WINDOW) else [])
    g_dates = _by_report(gold, dating)
    p_dates = _by_report(parsed, dating)
    rows = []
    for rec in records.itertuples(index=False):
        g, p = g_by.get(rec.report_id, Counter()), p_by.get(rec.report_id, Counter())
        tp = sum((g & p).values())
        rows.append({"report_id": rec.report_id, "source": rec.source, "language": rec.language, "tp": tp,
                     "fp": sum(p.values()) - tp, "fn": sum(g.values()) - tp,
                     "date_right": set(g_dates.get(rec.report_id, ())) == set(p_dates.get(rec.report_id, ()))})
    return pd.DataFrame(rows)


def _rates(tp, fp, fn) -> tuple:
    """Precision, recall and F1 from counts (numbers or arrays): precision and recall are 1.0 where there is no
    figure to find or none found, F1 0.0 where both are 0."""
    tp, fp, fn = (np.asarray(x, dtype=float) for x in (tp, fp, fn))
    found, there = tp + fp, tp + fn
    precision = np.divide(tp, found, out=np.ones_like(tp), where=found > 0)
    recall = np.divide(tp, there, out=np.ones_like(tp), where=there > 0)
    both = precision + recall
    return precision, recall, np.divide(2 * precision * recall, both, out=np.zeros_like(tp), where=both > 0)


_BOUNDS = (("low", 2.5), ("high", 97.5))  # the percentiles of a 95% interval


def _intervals(group: pd.DataFrame) -> dict:
    """95% percentile-bootstrap intervals of F1 and of the share dated right, resampling whole reports."""
    n = len(group)
    if n:
        picks = np.random.default_rng(SEED).integers(0, n, size=(RESAMPLES, n))
        tp, fp, fn = (group[c].to_numpy(dtype=float)[picks].sum(axis=1) for c in ("tp", "fp", "fn"))
        resampled = {"f1": _rates(tp, fp, fn)[2], "date": group["date_right"].to_numpy(dtype=float)[picks].mean(axis=1)}
    return {f"{name}_{end}": round(float(np.percentile(resampled[name], q)), 4) if n else float("nan")
            for name in ("f1", "date") for end, q in _BOUNDS}


def _score(group: pd.DataFrame) -> dict:
    tp, fp, fn = int(group["tp"].sum()), int(group["fp"].sum()), int(group["fn"].sum())
    precision, recall, f1 = (round(float(x), 4) for x in _rates(tp, fp, fn))
    return {"reports": len(group), "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "date_right": round(float(group["date_right"].mean()), 4), **_intervals(group)}


def per_report(gold: Path | GoldSet | None = None) -> pd.DataFrame:
    """The parsers' readings of one gold set compared with its labels, report by report (`compare`)."""
    records, gold_claims = load_gold(gold if gold is not None else DEFAULT_GOLD)
    parsed, _ = parse.parse_records(records)
    return compare(records, gold_claims, parsed)


def table(reports: pd.DataFrame) -> pd.DataFrame:
    """Report-by-report comparisons -> scores per source and language, then overall (the last row)."""
    rows = [{"source": s, "language": lang, **_score(g)}
            for (s, lang), g in reports.groupby(["source", "language"], sort=True)]
    rows.append({"source": "all", "language": "all", **_score(reports)})
    return pd.DataFrame(rows)


def scores(gold: Path | GoldSet | None = None) -> pd.DataFrame:
    """Precision, recall, F1 and the share of reports dated right (each with its interval), per source and
    language and overall, on one gold set (a folder, or one of `GOLD_SETS`; default: the synthetic set in
    tests/gold/)."""
    return table(per_report(gold))


def all_scores(sets: tuple[GoldSet, ...] | None = None) -> tuple[dict[str, pd.DataFrame], list[GoldSet]]:
    """Scores of every gold set present (default: `GOLD_SETS`) -> ({set name: table}, the sets not found).
    Where every held-out set is present, `HELD_OUT_TOGETHER` scores them as one set."""
    sets = GOLD_SETS if sets is None else sets
    present = {s.name: s.exists() for s in sets}
    compared = {s.name: per_report(s) for s in sets if present[s.name]}
    tables = {name: table(reports) for name, reports in compared.items()}
    if all(name in compared for name in HELD_OUT):
        tables[HELD_OUT_TOGETHER] = table(pd.concat([compared[name] for name in HELD_OUT], ignore_index=True))
    return tables, [s for s in sets if not present[s.name]]


def summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One line per gold set: its overall figures."""
    return pd.DataFrame([{"gold_set": name, **t.iloc[-1].drop(["source", "language"]).to_dict()}
                         for name, t in tables.items()])


def main(gold: Path | None = None) -> int:
    """Print the scores of the parsers on each gold set, or on the one folder given."""
    if gold is not None:
        print(scores(Path(gold)).to_string(index=False))
        return 0
    tables, missing = all_scores()
    about = {s.name: s.about for s in GOLD_SETS}
    about[HELD_OUT_TOGETHER] = f"{' and '.join(HELD_OUT)} as one set, the wording the parsers' goal is measured on"
    for name, scored in tables.items():
        print(f"{name}: {about[name]}")
        print(scored.to_string(index=False))
        print()
    for s in missing:
        print(f"{s.name}: not found ({s.about}; it ships with the source repository, in tests/gold/)")
    print("overall, per gold set (date_right: every figure of the report has the right date and window; "
          "_low and _high: a 95% bootstrap interval over the set's reports)")
    print(summary(tables).to_string(index=False))
    return 0
