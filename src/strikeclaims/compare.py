"""Claims and nightly rows -> the discrepancies table.

In: valid claims, reports and the nightly table. Out: `discrepancies`, one row per pair of
figures that should agree or be compared. Six kinds:

- `cross_side`: the headline nightly rows of two claimants (UA against RU; a third party such
  as US officials against either) for the same date, window kind, attacker, item group and
  metric, where both state a number; and `event` claims (one operation) of two claimants for
  the same date, attacker, metric and item, where at least one gives a number (the other may
  be an unquantified "several": its value is null).
- `cross_source`: nightly rows of one claimant from two sources (an external dataset
  included) for the same date, window kind, attacker, item group and metric, where both state
  a number. Because a source may merge "shot down" and "suppressed" into one figure (a news
  report's "52 drones shot down" against the Air Force's 15 shot down and 37 locally lost), a
  second pairing is emitted under metric `neutralised`: each side's `neutralised`, else its
  `intercepted` plus any stated `suppressed`, whenever at least one side states `suppressed`
  or `neutralised` and the two do not both state `neutralised` (that pair is already there).
  `a` is the preferred source (official, media, dataset, as for `is_headline`).
- `revision`: for one source, window (stated bounds, or date and window kind), attacker,
  claimant, metric and item, consecutive versions (`published_at`, then the edition of the
  report id: `x@v1`, `x@v2`, `x`), superseded versions included, whose figures differ; `a` is
  the earlier. Only official sources publish versions of one statement: external datasets are
  tables, and two news articles are different outlets' reports, not revisions of each other.
- `breakdown`: within one report and window, breakdown rows (split by place, or by model)
  whose sum differs from the stated total they split. A breakdown's total is the
  non-breakdown row of the same metric and item, else of the item group's least specific
  item (`drone`, `missile`), else the `air_weapon` row. Place and model breakdowns are
  compared separately. An official report's itemised list is meant to be complete, so any
  difference counts; a news article or a dataset row often lists only some places or models,
  so there only a breakdown that sums to more than its total is a discrepancy.

- `same_author`: news reports of one author's statement (the Air Force's figures as two outlets
  carry them) that give different figures for one window: `a` is the report the nightly table
  counts (the latest complete one), `b` each other report, for every metric where they differ.

- `losses_increment`: the General Staff's daily increment of drones (`item` `drone`) or cruise missiles
  (`cruise_missile`) destroyed (`b`, from `losses_daily.csv`, rows `reported` or `corrected` only) against the
  Air Force's count stopped in the night that ends that morning (`a`): the defended count (`rules.py`:
  `neutralised`, else `intercepted` + `suppressed`) of its headline nightly drone row, or of the cruise-missile
  figures (not breakdowns) of the reports that row counts for missiles. Metric `neutralised`. The two are
  different counts (the General Staff's covers the whole front and the whole day), and no one publishes them
  side by side.

Each row names the authors of both figures (`a_author`, `b_author`) where their rows name one.
Pairs of `cross_side` and `cross_source` are emitted even when equal (agreement is a finding
too); `revision` and `breakdown` only when the figures differ. `difference` = a - b and
`ratio` = a / b where both are numbers and b > 0. `discrepancy_id` is
`{kind}:{first 12 hex of sha256("a_ref|b_ref|metric|item or item group")}`.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from strikeclaims import aggregate, fields, rules
from strikeclaims.aggregate import (
    METRICS,
    SOURCE_KIND_ORDER,
    decode,
    encode,
    publication_order,
    report_order,
    source_kinds,
)

COLUMNS = fields.TABLES["discrepancies"].columns
CLAIMANT_ORDER = {"UA": 0, "RU": 1}
NIGHTLY_PAIR_KEY = ["date", "window_kind", "attacker", "item_group"]


def _empty() -> pd.DataFrame:
    return fields.empty("discrepancies")


def discrepancy_ids(kind: pd.Series, a_ref: pd.Series, b_ref: pd.Series, metric: pd.Series,
                    what: pd.Series) -> pd.Series:
    """`{kind}:{first 12 hex of sha256(a_ref|b_ref|metric|item or group)}` per row."""
    sha = hashlib.sha256
    ids = [f"{k}:{sha(f'{a}|{b}|{m}|{w}'.encode()).hexdigest()[:12]}"
           for k, a, b, m, w in zip(kind.tolist(), a_ref.tolist(), b_ref.tolist(), metric.tolist(), what.tolist(),
                                    strict=True)]
    return pd.Series(ids, index=kind.index, dtype="object")


def finish(pairs: pd.DataFrame) -> pd.DataFrame:
    """Fill difference, ratio and id (in `pairs` itself); conform to the table's columns and types."""
    if pairs.empty:
        return _empty()
    out = pairs  # the caller's frame of pairs, filled in place
    for c in ("item", "item_group", "a_author", "b_author"):
        if c not in out.columns:
            out[c] = None
    a = out["a_value"].astype("Int64")
    b = out["b_value"].astype("Int64")
    out["a_value"], out["b_value"] = a, b
    out["difference"] = (a - b).astype("Int64")
    out["ratio"] = (a.astype("Float64") / b.astype("Float64").where(b > 0)).astype("Float64")
    what = out["item"].astype("object").where(out["item"].notna(), out["item_group"])
    out["discrepancy_id"] = discrepancy_ids(out["kind"], out["a_ref"], out["b_ref"], out["metric"], what)
    out = out.drop_duplicates("discrepancy_id")
    for c in COLUMNS:
        if c not in ("a_value", "b_value", "difference", "ratio"):
            out[c] = _objects(out[c])
    return out[COLUMNS].sort_values(list(fields.TABLES["discrepancies"].sort_by), kind="stable").reset_index(drop=True)


def _objects(column: pd.Series) -> pd.Series:
    """A column as Python objects, nulls as None; each distinct text is one object that its rows share."""
    codes, uniques = pd.factorize(column)
    values = np.empty(len(uniques) + 1, dtype=object)
    values[:-1] = np.asarray(uniques, dtype=object)
    values[-1] = None
    return pd.Series(values[codes], index=column.index, dtype=object)


def _long_nightly(nightly: pd.DataFrame, extra: tuple[str, ...] = ()) -> pd.DataFrame:
    """Nightly rows -> one row per metric stated (value not null), with the row's report ids as ref."""
    ids = [*NIGHTLY_PAIR_KEY, "claimant", "author", "source", "report_ids", *extra]
    long = nightly[[*ids, *METRICS]].melt(id_vars=ids, value_vars=METRICS,
                     var_name="metric", value_name="value")
    return long[long["value"].notna()].rename(columns={"report_ids": "ref"})


def _pair(long: pd.DataFrame, keys: list[str], a_mask: pd.Series, b_mask: pd.Series, kind: str) -> pd.DataFrame:
    a = long[a_mask].rename(columns={"claimant": "a_claimant", "author": "a_author", "source": "a_source",
                                     "value": "a_value", "ref": "a_ref"})
    b = long[b_mask].rename(columns={"claimant": "b_claimant", "author": "b_author", "source": "b_source",
                                     "value": "b_value", "ref": "b_ref"})
    pairs = a.merge(b, on=keys, how="inner")
    return pairs.assign(kind=kind)


def _claimant_rank(claimant: pd.Series) -> pd.Series:
    # UA first, RU second, third parties after them in code order.
    codes = sorted(set(claimant.dropna()) - set(CLAIMANT_ORDER))
    order = {**CLAIMANT_ORDER, **{c: 2 + i for i, c in enumerate(codes)}}
    return claimant.map(order)


def cross_side_nightly(nightly: pd.DataFrame) -> pd.DataFrame:
    """Headline nightly rows of two claimants, metric by metric, where both give a number."""
    heads = nightly[nightly["is_headline"].astype(bool) & nightly["claimant"].ne("XX")]
    if heads.empty:
        return pd.DataFrame()
    long = _long_nightly(heads)
    everything = pd.Series(True, index=long.index)
    pairs = _pair(long, [*NIGHTLY_PAIR_KEY, "metric"], everything, everything, "cross_side")
    pairs = pairs[_claimant_rank(pairs["a_claimant"]) < _claimant_rank(pairs["b_claimant"])]
    return pairs.drop(columns="window_kind")


def cross_side_events(claims: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """`event` claims of two claimants for one date, attacker, metric and item; one value may be null."""
    ok = _not_superseded(claims, reports)
    ev = claims[ok & claims["window_kind"].eq("event") & ~claims["is_breakdown"].astype(bool)
                & claims["claimant"].ne("XX")]
    if ev.empty:
        return pd.DataFrame()
    long = pd.DataFrame({
        "date": ev["date"], "attacker": ev["attacker"], "metric": ev["metric"], "item": ev["item"],
        "claimant": ev["claimant"], "author": ev["author"], "source": ev["source"], "value": ev["count"],
        "ref": ev["claim_id"],
    })
    everything = pd.Series(True, index=long.index)
    pairs = _pair(long, ["date", "attacker", "metric", "item"], everything, everything, "cross_side")
    pairs = pairs[_claimant_rank(pairs["a_claimant"]) < _claimant_rank(pairs["b_claimant"])]
    return pairs[pairs["a_value"].notna() | pairs["b_value"].notna()]


def _merged_defended(nightly: pd.DataFrame) -> pd.DataFrame:
    """Per nightly row: the `neutralised` figure or its merge, and whether the source splits it."""
    merged = rules.defended_numbers(nightly)
    return pd.DataFrame({
        "merged": merged,
        "splits": nightly["suppressed"].notna() | nightly["neutralised"].notna(),
        "direct": nightly["neutralised"].notna(),
    }, index=nightly.index)


def cross_source(nightly: pd.DataFrame, kinds: dict[str, str] | None = None) -> pd.DataFrame:
    """Nightly rows of one claimant from two sources: metric by metric, and merged `neutralised`."""
    if nightly.empty:
        return pd.DataFrame()
    kinds = source_kinds() if kinds is None else kinds
    keys = [*NIGHTLY_PAIR_KEY, "claimant"]
    rank = nightly["source"].map(kinds).map(SOURCE_KIND_ORDER).fillna(len(SOURCE_KIND_ORDER))
    rows = nightly.assign(_rank=rank.astype(int).astype(str) + "|" + nightly["source"].astype(str) + "|"
                          + nightly["author"].astype(str))

    long = _long_nightly(rows, ("_rank",))
    a = long.rename(columns={"source": "a_source", "author": "a_author", "value": "a_value", "ref": "a_ref",
                             "_rank": "_ra"})
    b = long.rename(columns={"source": "b_source", "author": "b_author", "value": "b_value", "ref": "b_ref",
                             "_rank": "_rb"})
    direct = a.merge(b, on=[*keys, "metric"], how="inner")
    direct = direct[direct["_ra"] < direct["_rb"]]

    m = rows.join(_merged_defended(rows))
    m = m.loc[m["merged"].notna(), [*keys, "source", "author", "merged", "splits", "direct", "report_ids", "_rank"]]
    ma = m.rename(columns={"source": "a_source", "author": "a_author", "merged": "a_value", "splits": "_sa",
                           "direct": "_da", "report_ids": "a_ref", "_rank": "_ra"})
    mb = m.rename(columns={"source": "b_source", "author": "b_author", "merged": "b_value", "splits": "_sb",
                           "direct": "_db", "report_ids": "b_ref", "_rank": "_rb"})
    merged = ma.merge(mb, on=keys, how="inner")
    merged = merged[(merged["_ra"] < merged["_rb"]) & (merged["_sa"] | merged["_sb"]) & ~(merged["_da"] & merged["_db"])]
    merged = merged.assign(metric="neutralised")
    pairs = pd.concat([direct, merged], ignore_index=True)
    pairs = pairs.assign(kind="cross_source", a_claimant=pairs["claimant"], b_claimant=pairs["claimant"])
    return pairs.drop(columns=["window_kind", "claimant", "_ra", "_rb", "_sa", "_sb", "_da", "_db"], errors="ignore")


def join_ids(frame: pd.DataFrame, keys: list[str], column: str = "claim_id") -> pd.Series:
    """Per group of `keys`: the sorted `column` values joined by `;` (indexed by the keys).

    Most groups hold one row, which is taken as it is; only the others are joined.
    """
    ordered = frame.sort_values(column, kind="stable")
    size = ordered.groupby(keys, sort=False)[column].transform("size")
    single = ordered[size.eq(1)].set_index(keys)[column]
    multi = ordered[size.gt(1)].groupby(keys, sort=False)[column].agg(";".join)
    return pd.concat([single, multi])


def _not_superseded(claims: pd.DataFrame, reports: pd.DataFrame) -> pd.Series:
    status = claims["report_id"].map(reports.drop_duplicates("report_id").set_index("report_id")["status"])
    return status.ne("superseded").fillna(True).astype(bool)


def _item_codes(items: pd.Series) -> np.ndarray:
    """Items -> their position in the item vocabulary (-1 when null), for fast grouping."""
    return items.map({item: i for i, item in enumerate(fields.ITEMS)}).fillna(-1).astype("int64").to_numpy()


def _item_names(codes: pd.Series) -> pd.Series:
    return codes.map(dict(enumerate(fields.ITEMS)))


def revisions(claims: pd.DataFrame, reports: pd.DataFrame, kinds: dict[str, str] | None = None) -> pd.DataFrame:
    """Consecutive versions of one source's figure for one window, metric and item that differ."""
    kinds = source_kinds() if kinds is None else kinds
    official = {s for s, k in kinds.items() if k == "official"}
    facts = reports.drop_duplicates("report_id").set_index("report_id")
    c = claims.loc[~claims["is_breakdown"].astype(bool) & claims["source"].isin(official),
                   ["claim_id", "report_id", "source", "claimant", "author", "attacker", "date", "window_kind",
                    "window_start", "window_end", "metric", "item", "count"]]
    c = c[c["report_id"].map(facts["status"]).ne("imported").fillna(True).astype(bool)]
    if c.empty:
        return pd.DataFrame()
    c = c.assign(item=_item_codes(c["item"]))
    window = ["source", "claimant", "author", "attacker", "date", "window_kind", "window_start", "window_end", "metric",
              "item"]
    c, decoders = encode(c, [w for w in window if w != "item"] + ["report_id"])
    # Only windows stated by two reports or more can have been revised.
    c = c[c.groupby(window, sort=False)["report_id"].transform("nunique").gt(1)]
    if c.empty:
        return pd.DataFrame()
    keys = [*window, "report_id"]
    per_report = c.groupby(keys, sort=False).agg(value=("count", "sum"), n_stated=("count", "count"))
    per_report["value"] = per_report["value"].astype("Int64").where(per_report["n_stated"].gt(0))
    per_report["ref"] = join_ids(c, keys)
    per_report = decode(per_report.reset_index(), {"report_id": decoders["report_id"]})
    per_report["_pub"] = publication_order(per_report["report_id"].map(facts["published_at"]))
    per_report["_edition"] = report_order(per_report["report_id"])
    per_report = per_report.sort_values([*window, "_pub", "_edition", "report_id"], kind="stable")
    group = per_report.groupby(window, sort=False)
    prev_value = group["value"].shift(1)
    prev_ref = group["ref"].shift(1)
    both_null = prev_value.isna() & per_report["value"].isna()
    same = prev_value.eq(per_report["value"]).fillna(False).astype(bool)
    changed = prev_ref.notna() & ~both_null & ~same
    rows = decode(per_report[changed], {k: v for k, v in decoders.items() if k != "report_id"})
    return pd.DataFrame({
        "kind": "revision", "date": rows["date"], "attacker": rows["attacker"], "metric": rows["metric"],
        "item": _item_names(rows["item"]), "item_group": None,
        "a_claimant": rows["claimant"], "a_author": rows["author"], "a_source": rows["source"],
        "a_value": prev_value[changed], "a_ref": prev_ref[changed],
        "b_claimant": rows["claimant"], "b_author": rows["author"], "b_source": rows["source"], "b_value": rows["value"],
        "b_ref": rows["ref"],
    })


def _parents(parts: pd.DataFrame, totals: pd.DataFrame, scope: list[str]) -> pd.Series:
    """The item of the total each breakdown row splits: same item, else the group's generic, else air_weapon."""
    group = parts["item"].map(dict(enumerate(fields.ITEMS))).map(fields.ITEM_GROUP_OF)
    candidates = [
        parts["item"].to_numpy(),
        _item_codes(group.map(fields.GENERIC_ITEM_OF_GROUP)),
        np.where(group.notna(), fields.ITEMS.index("air_weapon"), -1),
    ]
    known = totals[[*scope, "item"]].drop_duplicates().assign(_hit=True)
    parent = np.full(len(parts), -1, dtype="int64")
    for cand in candidates:
        probe = parts[scope].assign(item=cand)
        hit = probe.merge(known, on=[*scope, "item"], how="left")["_hit"].fillna(False).astype(bool).to_numpy()
        parent = np.where((parent < 0) & hit & (cand >= 0), cand, parent)
    return pd.Series(parent, index=parts.index)


def breakdowns(claims: pd.DataFrame, reports: pd.DataFrame, kinds: dict[str, str] | None = None) -> pd.DataFrame:
    """Breakdown rows of one report whose sum differs from the total they split (see the module docstring)."""
    kinds = source_kinds() if kinds is None else kinds
    is_b = claims["is_breakdown"].astype(bool)
    if not is_b.any():
        return pd.DataFrame()
    # Only reports holding both a breakdown and a total can disagree with themselves.
    both = fields.within(claims["report_id"], claims.loc[is_b, "report_id"]) & fields.within(
        claims["report_id"], claims.loc[~is_b, "report_id"])
    c = claims[both & claims["count"].notna()]
    c = c[_not_superseded(c, reports)]
    if c.empty:
        return pd.DataFrame()
    scope = ["report_id", "source", "date", "window_kind", "window_start", "window_end", "attacker", "claimant",
             "author", "metric"]
    c = c.assign(
        item=_item_codes(c["item"]), family=(c["region"].notna() | c["region_text"].notna()).to_numpy(),
    )[[*scope, "item", "family", "is_breakdown", "count", "claim_id"]]
    c, decoders = encode(c, scope)
    is_b = c["is_breakdown"].astype(bool)
    stated = c[~is_b]
    totals = stated.groupby([*scope, "item"], sort=False).agg(total=("count", "sum"))
    totals["t_ref"] = join_ids(stated, [*scope, "item"])
    totals = totals.reset_index()
    parts = c[is_b].copy()
    parts["parent"] = _parents(parts, totals, scope)
    parts = parts[parts["parent"] >= 0]
    if parts.empty:
        return pd.DataFrame()
    pkeys = [*scope, "parent", "family"]
    sums = parts.groupby(pkeys, sort=False).agg(part_sum=("count", "sum"))
    sums["p_ref"] = join_ids(parts, pkeys)
    sums = sums.reset_index().rename(columns={"parent": "item"})
    joined = sums.merge(totals, on=[*scope, "item"], how="inner")
    joined = decode(joined[joined["total"] != joined["part_sum"]], decoders)
    complete_list = joined["source"].map(kinds).eq("official").to_numpy()
    joined = joined[complete_list | (joined["part_sum"] > joined["total"]).to_numpy()]
    return pd.DataFrame({
        "kind": "breakdown", "date": joined["date"], "attacker": joined["attacker"], "metric": joined["metric"],
        "item": _item_names(joined["item"]), "item_group": None,
        "a_claimant": joined["claimant"], "a_author": joined["author"], "a_source": joined["source"],
        "a_value": joined["total"], "a_ref": joined["t_ref"],
        "b_claimant": joined["claimant"], "b_author": joined["author"], "b_source": joined["source"],
        "b_value": joined["part_sum"],
        "b_ref": joined["p_ref"],
    })


def same_author(claims: pd.DataFrame, reports: pd.DataFrame, nightly: pd.DataFrame,
                kinds: dict[str, str] | None = None) -> pd.DataFrame:
    """News reports of one author's statement that give another figure for the window nightly counts.

    Per source, author, window (date, window kind and stated bounds), item group and metric: the
    figure of the report the nightly table counts (`a`) against each other report's figure (`b`)
    where the two differ. Official sources' own reports of one window are `revision`s instead.
    """
    kinds = source_kinds() if kinds is None else kinds
    media = {s for s, k in kinds.items() if k == "media"}
    c = claims[claims["source"].isin(media) & claims["author"].notna()]
    if c.empty or nightly.empty:
        return pd.DataFrame()
    c = aggregate.eligible_claims(c, aggregate.report_facts(reports), set())
    if c.empty:
        return pd.DataFrame()
    c, decoders = encode(c, aggregate.ENCODED)
    per = decode(aggregate.combine_items(c), decoders)
    counted = fields.within(per["report_id"], set(nightly["report_ids"].astype(str).str.split(";").explode()))
    window = ["source", "author", "attacker", "claimant", "item_group", "date", "window_kind", "window_start",
              "window_end", "metric"]
    keep = [*window, "report_id", "count"]
    pairs = per.loc[counted, keep].merge(per.loc[~counted, keep], on=window, suffixes=("_a", "_b"))
    pairs = pairs[pairs["count_a"] != pairs["count_b"]]
    return pd.DataFrame({
        "kind": "same_author", "date": pairs["date"], "attacker": pairs["attacker"], "metric": pairs["metric"],
        "item": None, "item_group": pairs["item_group"],
        "a_claimant": pairs["claimant"], "a_author": pairs["author"], "a_source": pairs["source"],
        "a_value": pairs["count_a"], "a_ref": pairs["report_id_a"],
        "b_claimant": pairs["claimant"], "b_author": pairs["author"], "b_source": pairs["source"],
        "b_value": pairs["count_b"], "b_ref": pairs["report_id_b"],
    })


# The General Staff's loss categories set beside the Air Force's nightly figures, and their items.
LOSS_ITEMS = {"drone": "drone", "cruise missiles": "cruise_missile"}
COUNTED_LOSSES = ("reported", "corrected")  # `losses_daily` statuses whose increments are the day's losses
AIR_FORCE = "ua_air_force"


def air_force_stopped(nightly: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The Air Force's count stopped per night (date, item `drone` or `cruise_missile`, value, ref, source):
    drones from its headline nightly rows, cruise missiles from the cruise-missile claims (not breakdowns) of
    the reports its headline missile rows count."""
    heads = nightly[nightly["is_headline"].astype(bool) & nightly["window_kind"].eq("night")
                    & nightly["author"].eq(AIR_FORCE) & nightly["attacker"].eq("RU")]
    drones = heads[heads["item_group"].eq("drones")]
    out = [pd.DataFrame({"date": drones["date"], "item": "drone", "value": rules.defended_numbers(drones),
                         "ref": drones["report_ids"], "source": drones["source"]})]
    missiles = heads[heads["item_group"].eq("missiles")]
    if len(missiles) and len(claims):
        counted = missiles.assign(report_id=missiles["report_ids"].astype(str).str.split(";")).explode("report_id")
        c = claims[claims["item"].eq("cruise_missile") & ~claims["is_breakdown"].astype(bool)
                   & claims["window_kind"].eq("night") & claims["metric"].isin(aggregate.STOPPED_METRICS)]
        c = c.merge(counted[["date", "source", "report_id", "report_ids"]], on=["date", "source", "report_id"])
        if len(c):
            wide = c.pivot_table(index=["date", "source", "report_ids"], columns="metric", values="count",
                                 aggfunc="sum").reset_index()
            for metric in aggregate.STOPPED_METRICS:
                if metric not in wide.columns:
                    wide[metric] = pd.NA
            out.append(pd.DataFrame({"date": wide["date"], "item": "cruise_missile",
                                     "value": rules.defended_numbers(wide), "ref": wide["report_ids"],
                                     "source": wide["source"]}))
    both = pd.concat(out, ignore_index=True)
    return both[both["value"].notna()]


def losses_increments(nightly: pd.DataFrame, claims: pd.DataFrame, losses: pd.DataFrame | None) -> pd.DataFrame:
    """The General Staff's daily increments of drones and cruise missiles against the Air Force's night
    figures (see the module docstring)."""
    if losses is None or losses.empty or nightly.empty:
        return pd.DataFrame()
    gs = losses[losses["category"].isin(list(LOSS_ITEMS)) & losses["status"].isin(COUNTED_LOSSES)
                & losses["increment"].notna()]
    gs = pd.DataFrame({"date": gs["date"].astype(str), "item": gs["category"].map(LOSS_ITEMS),
                       "b_value": gs["increment"], "b_ref": gs["claim_id"]})
    af = air_force_stopped(nightly, claims).rename(columns={"value": "a_value", "ref": "a_ref", "source": "a_source"})
    pairs = af.assign(date=af["date"].astype(str)).merge(gs, on=["date", "item"], how="inner")
    return pairs.assign(kind="losses_increment", attacker="RU", metric="neutralised", item_group=None,
                        a_claimant="UA", a_author=AIR_FORCE, b_claimant="UA", b_author="ua_general_staff",
                        b_source="general_staff")


def build_discrepancies(claims: pd.DataFrame, reports: pd.DataFrame, nightly: pd.DataFrame,
                        losses: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims, reports and nightly rows (and the General Staff's `losses_daily` rows) -> the discrepancies
    table (see the module docstring)."""
    if claims.empty:
        return _empty()
    kinds = source_kinds()
    parts = [
        cross_side_nightly(nightly), cross_side_events(claims, reports), cross_source(nightly, kinds),
        revisions(claims, reports, kinds), breakdowns(claims, reports, kinds),
        same_author(claims, reports, nightly, kinds), losses_increments(nightly, claims, losses),
    ]
    parts = [p for p in parts if len(p)]
    if not parts:
        return _empty()
    pairs = pd.concat(parts, ignore_index=True)
    del parts
    return finish(pairs)
