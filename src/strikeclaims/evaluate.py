"""How well the parsers read reports: precision, recall and F1 on a labelled gold set.

In: a gold set, a folder holding `reports.jsonl` (raw reports in the raw-layer format) and
`claims.csv` (the figures a person reads in them: `report_id`, `metric`, `item`, `item_model`,
`count`, `qualifier`, `date`, `window_kind`, `is_breakdown`, `region`). The default is the
synthetic gold set in `tests/gold/`.
Out: a table of true positives, false positives, false negatives, precision, recall and F1 per
source and language and overall (`scores`), and the share of reports whose figures carry the
right dates; `main` prints it.

A parsed claim matches a gold claim when all the key fields agree; each gold claim matches at
most one parsed claim (multiset matching per report).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from strikeclaims import parse, read

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
KEY = ["report_id", "metric", "item", "item_model", "count", "qualifier", "date", "window_kind", "is_breakdown",
       "region"]


def _keys(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({c: frame[c].astype("object") for c in KEY})
    for c in KEY:
        out[c] = ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in out[c]]
    out["is_breakdown"] = out["is_breakdown"].str.lower().map({"true": "True", "false": "False", "1": "True",
                                                                "0": "False", "": "False"})
    return out


def load_gold(gold: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A gold folder -> (report records, gold claims)."""
    records, _, _ = read.read_reports([gold / "reports.jsonl"])
    claims = pd.read_csv(gold / "claims.csv", dtype=str, keep_default_na=False)
    return records, claims


def compare(records: pd.DataFrame, gold: pd.DataFrame, parsed: pd.DataFrame) -> pd.DataFrame:
    """Per report: true positives, false positives, false negatives and whether the dates agree."""
    gold_keys = _keys(gold) if len(gold) else pd.DataFrame(columns=KEY)
    parsed_keys = _keys(parsed) if len(parsed) else pd.DataFrame(columns=KEY)
    g_by = {rid: Counter(map(tuple, g.to_numpy())) for rid, g in gold_keys.groupby("report_id")}
    p_by = {rid: Counter(map(tuple, g.to_numpy())) for rid, g in parsed_keys.groupby("report_id")}
    rows = []
    for rec in records.itertuples(index=False):
        g, p = g_by.get(rec.report_id, Counter()), p_by.get(rec.report_id, Counter())
        tp = sum((g & p).values())
        g_dates = {(k[6], k[7]) for k in g}
        p_dates = {(k[6], k[7]) for k in p}
        rows.append({"report_id": rec.report_id, "source": rec.source, "language": rec.language, "tp": tp,
                     "fp": sum(p.values()) - tp, "fn": sum(g.values()) - tp, "date_right": g_dates == p_dates})
    return pd.DataFrame(rows)


def _score(group: pd.DataFrame) -> dict:
    tp, fp, fn = int(group["tp"].sum()), int(group["fp"].sum()), int(group["fn"].sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"reports": len(group), "tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4), "date_right": round(float(group["date_right"].mean()), 4)}


def scores(gold: Path | None = None) -> pd.DataFrame:
    """Precision, recall, F1 and the share of reports dated right, per source and language and overall."""
    records, gold_claims = load_gold(Path(gold) if gold else DEFAULT_GOLD)
    parsed, _ = parse.parse_records(records)
    per_report = compare(records, gold_claims, parsed)
    rows = [{"source": s, "language": lang, **_score(g)}
            for (s, lang), g in per_report.groupby(["source", "language"], sort=True)]
    rows.append({"source": "all", "language": "all", **_score(per_report)})
    return pd.DataFrame(rows)


def main(gold: Path | None = None) -> int:
    """Print the scores of the parsers on a gold set (default: the one in tests/gold/)."""
    table = scores(gold)
    print(table.to_string(index=False))
    return 0
