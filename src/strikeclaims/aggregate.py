"""Claims -> the nightly table and the coverage table.

In: valid claims and reports (the `claims` and `reports` columns of `fields.py`), and the
statements of nights without attack (`read.nights`).
Out: `nightly` (one row per date, window kind, attacker, claimant, author, source and item
group) and `coverage` (one row per author and night).

How a nightly row is summed, step by step (every step is a groupby, no loop over claims):

1. Eligible claims: window kind `night` or `day`, not a breakdown, a report that is not
   `superseded`, an item with an item group (drones, missiles: never added together), a
   nightly metric, and a count (an unquantified figure adds nothing).
2. Within one report, window and item group, per metric: the figure of the least specific
   item (`drone`, `missile`) is the group total when the report states it; otherwise the
   specific items (`attack_drone` + `decoy_drone`, `cruise_missile` + `ballistic_missile`...)
   are summed. Several rows of one item (a report listing places without a total) add up.
   `air_weapon` (drones and missiles together) has no group and never enters.
3. One window of one source and author is counted once: a later report (`published_at`, then
   the edition of the report id) replaces an earlier one, but a complete report (one that states
   both `launched` and a stopped figure) is preferred to an incomplete one, whatever their order:
   the headline is the author's latest complete figure. Between reports equally complete and
   equally recent (articles dated by day alone), the one whose figures most other reports of
   the window repeat is kept. A window is its stated
   `window_start`/`window_end` when both are stated (so a window dated differently by two
   reports is still counted once, on the latest report's date: nothing is dated twice);
   otherwise it is the stated bound(s) together with the date and window kind. Rows of an
   external dataset (source kind `dataset`, or status `imported`) are not versions of one
   another but the lines of one table (one row per weapon model), so all rows of a dataset
   window add up.
4. Different windows of one source, date and window kind add up when they do not overlap
   (touching windows such as 18:00-00:00 and 00:00-06:00 do not overlap). Windows that
   overlap form a cluster (a chain of overlapping windows) that is counted once: the
   cluster's widest window is kept (a missing bound counts as open, so a window with no
   stated times is the widest), ties going to a complete report, then to the latest; the row's `has_overlap`
   is true.
5. `defended_share` = `neutralised`, else the sum of the stated parts of `intercepted` and
   `suppressed` (null when neither is stated), over `launched`; null when either side is
   missing or `launched` is 0.
6. `is_headline`: per date, window kind, attacker, claimant and item group, the row of the
   preferred source: kind `official` first, then `media`, then `dataset` (`sources.csv`);
   within a kind, the official author (the Air Force, the Defence Ministry) before other
   authors; then the source key and the author.

Coverage is one row per author of an official source and night, from the author's first to
its last night: `figures`
where any source's nightly row gives the author's figure of drones or missiles for that night,
`no_attack` where a cited statement (`data/raw/nights/`) says there was none, `no_data` otherwise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from strikeclaims import fields, reference, rules

NIGHTLY_KEY = ["date", "window_kind", "attacker", "claimant", "author", "source", "item_group"]
HEADLINE_KEY = ["date", "window_kind", "attacker", "claimant", "item_group"]
METRICS = list(fields.NIGHTLY_METRICS)
GENERIC_ITEMS = rules.GENERIC_ITEMS
# Metrics that say how many were stopped: a report stating one of them and `launched` is complete.
STOPPED_METRICS = ("neutralised", "intercepted", "suppressed")
SOURCE_KIND_ORDER = {"official": 0, "media": 1, "dataset": 2}

# Columns identifying one report's figures for one window and item group.
_REPORT_WINDOW = ["source", "author", "attacker", "claimant", "item_group", "date", "window_kind", "window_start", "window_end",
                  "report_id"]


def source_kinds() -> dict[str, str]:
    """Source key -> kind (`official`, `media`, `dataset`) from `sources.csv`."""
    frame = reference.load("sources")
    return dict(zip(frame["source"], frame["kind"], strict=True))


def official_authors() -> set[str]:
    """Authors of the official sources (`sources.csv`): a news report of their statements is preferred to
    a news report of anyone else's."""
    frame = reference.load("sources")
    return set(frame.loc[frame["kind"].eq("official"), "author"].dropna())


def report_order(report_ids: pd.Series) -> pd.Series:
    """Edition of a report id: `x@v1` < `x@v2` < `x` (the current version), for ordering versions."""
    edition = report_ids.astype(str).str.extract(r"@v(\d+)$", expand=False)
    return pd.to_numeric(edition, errors="coerce").fillna(np.iinfo(np.int32).max).astype("int64")


def publication_order(published_at: pd.Series) -> pd.Series:
    """Publication times -> seconds since 1970 for ordering (a missing time sorts first)."""
    stamps = pd.to_datetime(published_at, utc=True, format="ISO8601", errors="coerce")
    seconds = (stamps - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds()
    return seconds.astype("float64").fillna(-np.inf)


def report_facts(reports: pd.DataFrame) -> pd.DataFrame:
    facts = reports[["report_id", "status", "published_at"]].drop_duplicates("report_id").set_index("report_id")
    facts["published_at"] = publication_order(facts["published_at"])
    return facts


# Key columns replaced by integer codes (sorted, so code order is text order) while summing.
ENCODED = ["source", "author", "attacker", "claimant", "item_group", "date", "window_kind", "window_start", "window_end",
           "report_id", "metric"]


def _bounds(values: pd.Series, missing: float) -> np.ndarray:
    """Window bounds -> seconds since 1970 (a missing bound is open: -inf for a start, +inf for an end)."""
    stamps = pd.to_datetime(values, utc=True, format="ISO8601", errors="coerce")
    seconds = (stamps - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds()
    return seconds.astype("float64").fillna(missing).to_numpy()


def encode(frame: pd.DataFrame, columns: list[str]) -> tuple[pd.DataFrame, dict[str, pd.Index]]:
    """Replace text columns by sorted integer codes; return the frame and the decoders."""
    out = frame.copy()
    decoders: dict[str, pd.Index] = {}
    for col in columns:
        codes, uniques = pd.factorize(out[col], sort=True, use_na_sentinel=True)
        out[col] = codes.astype(np.int32)
        decoders[col] = pd.Index(uniques)
    return out, decoders


def decode(frame: pd.DataFrame, decoders: dict[str, pd.Index]) -> pd.DataFrame:
    """Integer codes back to text (code -1 is null)."""
    out = frame.copy()
    for col, uniques in decoders.items():
        if col in out.columns:
            codes = out[col].to_numpy()
            # Each distinct text becomes one object that its rows share; the last slot, taken by code -1, is null.
            values = np.empty(len(uniques) + 1, dtype=object)
            values[:-1] = np.asarray(uniques, dtype=object)
            values[-1] = None
            out[col] = pd.Series(values[codes], index=out.index, dtype=object)
    return out


def may_count(claims: pd.DataFrame) -> pd.Series:
    """The claims whose kind can count in nightly: a night or day window, not a breakdown, an item
    group, a nightly metric and a stated count (the report's status is checked apart)."""
    return (
        claims["window_kind"].isin(fields.NIGHTLY_WINDOW_KINDS)
        & ~claims["is_breakdown"].astype(bool)
        & claims["item_group"].isin(fields.ITEM_GROUPS)
        & claims["metric"].isin(METRICS)
        & claims["count"].notna()
    )


def eligible_claims(claims: pd.DataFrame, facts: pd.DataFrame, dataset_sources: set[str]) -> pd.DataFrame:
    """Step 1: the claims that may count in nightly, with what ordering and windows need.

    `facts` is `report_facts(reports)`. Adds `_pub` (publication time in seconds, missing first),
    `_edition` (`x@v1` < `x`), `_dataset` (rows of an external dataset), `_generic`
    (`drone`/`missile`) and the window bounds `_s`/`_e` in seconds (open where not stated).
    """
    cols = ["report_id", "source", "claimant", "author", "attacker", "date", "window_kind", "window_start", "window_end",
            "metric", "item", "item_group", "count"]
    out = claims.loc[may_count(claims), cols]
    status = out["report_id"].map(facts["status"])
    keep = status.ne("superseded").fillna(True).astype(bool)
    out, status = out[keep], status[keep]
    out = out.assign(
        count=out["count"].astype("int64"),
        _pub=out["report_id"].map(facts["published_at"]).astype("float64").fillna(-np.inf),
        _dataset=(out["source"].isin(dataset_sources) | status.eq("imported")).to_numpy(),
        _generic=out["item"].isin(GENERIC_ITEMS),
        _launched=out["metric"].eq("launched"),
        _stopped=out["metric"].isin(STOPPED_METRICS),
    ).drop(columns="item")
    for col, missing in (("window_start", -np.inf), ("window_end", np.inf)):
        codes, uniques = pd.factorize(out[col], use_na_sentinel=True)
        bounds = np.append(_bounds(pd.Series(uniques, dtype="object"), missing), missing)
        out[f"_{col[7]}"] = bounds[codes]  # `_s` and `_e`; code -1 (not stated) takes the open bound
    codes, uniques = pd.factorize(out["report_id"])
    out["_edition"] = report_order(pd.Series(uniques, dtype="object")).to_numpy()[codes]
    return out


def combine_items(c: pd.DataFrame) -> pd.DataFrame:
    """Step 2: one figure per report, window, item group and metric (the least specific item wins)."""
    keys = [*_REPORT_WINDOW, "metric"]
    carried = ["_pub", "_edition", "_dataset", "_s", "_e", "_launched", "_stopped"]
    summed = (c.groupby([*keys, "_generic"], sort=False)
              .agg(count=("count", "sum"), **{k: (k, "first") for k in carried}).reset_index())
    summed = summed.sort_values("_generic", ascending=False, kind="stable").drop_duplicates(keys)
    return summed.drop(columns="_generic")


def latest_versions(f: pd.DataFrame) -> pd.DataFrame:
    """Step 3: for each window of a source and author, the figures of its latest complete report (all rows
    for a dataset)."""
    both = np.isfinite(f["_s"]) & np.isfinite(f["_e"])
    day = f.groupby(["date", "window_kind"], sort=False).ngroup()
    f = f.assign(_day=np.where(both, -1, day), _version=np.where(f["_dataset"], -1, f["report_id"]))
    window = ["source", "author", "attacker", "claimant", "item_group", "window_start", "window_end", "_day"]
    # How many other reports of the window state the same figure: among reports equally complete and equally
    # recent (articles dated by day alone), the one whose figures most others repeat is kept.
    stating = f.groupby([*window, "metric", "count"], sort=False)["_version"].transform("nunique")
    f = f.assign(_agree=stating - 1)
    versions = f.groupby([*window, "_version"], sort=False).agg(
        _pub=("_pub", "max"), _ed=("_edition", "max"), _launched=("_launched", "max"), _stopped=("_stopped", "max"),
        _support=("_agree", "sum"))
    versions["_complete"] = versions["_launched"] & versions["_stopped"]
    versions = versions.reset_index().sort_values([*window, "_complete", "_pub", "_ed", "_support", "_version"],
                                                  kind="stable")
    latest = versions.drop_duplicates(window, keep="last")[[*window, "_version", "_complete"]]
    return f.merge(latest, on=[*window, "_version"], how="inner").drop(columns=["_day", "_launched", "_stopped",
                                                                             "_agree"])


def resolve_overlaps(windows: pd.DataFrame) -> pd.DataFrame:
    """Step 4: mark which windows count (`_keep`) and which buckets had overlapping windows (`has_overlap`).

    `windows` holds one row per bucket (nightly key), window and version, with bounds `_s`/`_e`
    and the ordering columns `_pub`, `_edition`, `_version`.
    """
    w = windows.sort_values([*NIGHTLY_KEY, "_s", "_e"], kind="stable").reset_index(drop=True)
    bucket = w.groupby(NIGHTLY_KEY, sort=False).ngroup()
    reach = w["_e"].groupby(bucket, sort=False).cummax()
    previous_reach = reach.groupby(bucket, sort=False).shift(1)
    new_cluster = previous_reach.isna() | (w["_s"] >= previous_reach)
    w["_cluster"] = new_cluster.cumsum()
    size = w.groupby("_cluster")["_cluster"].transform("size")
    w["has_overlap"] = (size > 1).groupby(bucket).transform("any")
    w["_width"] = w["_e"] - w["_s"]
    w = w.sort_values(["_cluster", "_width", "_complete", "_pub", "_edition", "_version"], kind="stable")
    w["_keep"] = ~w["_cluster"].duplicated(keep="last")
    return w.drop(columns=["_width", "_cluster", "_complete"])


defended_numbers = rules.defended_numbers
defended_share = rules.defended_share


def headline(frame: pd.DataFrame, kinds: dict[str, str] | None = None) -> pd.Series:
    """Step 6: True for the preferred source's row per date, window kind, attacker, claimant and item group."""
    kinds = source_kinds() if kinds is None else kinds
    if frame.empty:
        return pd.Series(False, index=frame.index, dtype=bool)
    rank = frame["source"].map(kinds).map(SOURCE_KIND_ORDER).fillna(len(SOURCE_KIND_ORDER))
    author_rank = (~frame["author"].isin(official_authors())).astype(int)
    order = frame.assign(_rank=rank, _author_rank=author_rank).sort_values(
        [*HEADLINE_KEY, "_rank", "_author_rank", "source", "author"], kind="stable")
    first = ~order.duplicated(HEADLINE_KEY, keep="first")
    return first.reindex(frame.index).astype(bool)


def empty_nightly() -> pd.DataFrame:
    return fields.empty("nightly")


# Every step before the headline groups rows within these columns and within one date or one window
# (start and end), so the table is built a part at a time: its memory is that of a part, not of all claims.
PARTITION = ["source", "author", "attacker", "claimant", "item_group"]
PART_ROWS = 100_000  # parts are joined up to about this many rows (one night may make a larger one)


def build_nightly(claims: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Claims and reports -> the nightly table (see the module docstring for the rules)."""
    kinds = source_kinds()
    datasets = {s for s, k in kinds.items() if k == "dataset"}
    facts = report_facts(reports)
    parts = [p for rows in _parts(claims) if (p := _nightly_part(claims.take(rows), facts, datasets)) is not None]
    if not parts:
        return empty_nightly()
    out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    out["is_headline"] = headline(out, kinds)
    out = out.sort_values(NIGHTLY_KEY, kind="stable").reset_index(drop=True)
    return out[fields.TABLES["nightly"].columns]


def _parts(claims: pd.DataFrame) -> list[np.ndarray]:
    """Row positions of claims, in parts such that no step before the headline groups rows of two parts.

    Rows are apart when they differ in a `PARTITION` column, or in date unless a window (start and
    end) links their dates. Whole groups are joined into parts of about `PART_ROWS` rows.
    """
    if claims.empty:
        return []
    date_codes, _ = pd.factorize(claims["date"], use_na_sentinel=True)
    parent = list(range(date_codes.max() + 2))  # the last one stands for a missing date

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    stated = claims["window_start"].notna().to_numpy() & claims["window_end"].notna().to_numpy()
    linked = pd.DataFrame({"s": claims["window_start"].to_numpy(dtype=object)[stated],
                           "e": claims["window_end"].to_numpy(dtype=object)[stated], "d": date_codes[stated]})
    for dates in linked.drop_duplicates().groupby(["s", "e"], sort=False)["d"]:
        first = root(int(dates[1].iloc[0]))
        for d in dates[1].iloc[1:]:
            parent[root(int(d))] = first
    block = np.array([root(i) for i in range(len(parent))])[date_codes]  # code -1 takes the last
    keys = claims[PARTITION].astype(object).assign(_block=block)
    groups = keys.groupby([*PARTITION, "_block"], sort=True, dropna=False).indices
    out: list[np.ndarray] = []
    pending: list[np.ndarray] = []
    size = 0
    for key in sorted(groups, key=str):
        pending.append(groups[key])
        size += len(groups[key])
        if size >= PART_ROWS:
            out.append(np.sort(np.concatenate(pending)))
            pending, size = [], 0
    if pending:
        out.append(np.sort(np.concatenate(pending)))
    return out


def _nightly_part(claims: pd.DataFrame, facts: pd.DataFrame, datasets: set[str]) -> pd.DataFrame | None:
    """Steps 1-5 for the claims of one part (see `PARTITION`); None when none of them counts."""
    c = eligible_claims(claims, facts, datasets)
    if c.empty:
        return None
    c, decoders = encode(c, ENCODED)
    kept = latest_versions(combine_items(c))
    window_cols = [*NIGHTLY_KEY, "window_start", "window_end", "_version"]
    windows = (kept.groupby(window_cols, sort=False)
               .agg(_pub=("_pub", "max"), _edition=("_edition", "max"), _s=("_s", "first"), _e=("_e", "first"),
                    _complete=("_complete", "max"))
               .reset_index())
    windows = resolve_overlaps(windows)
    counted = kept.merge(windows.loc[windows["_keep"], window_cols], on=window_cols, how="inner")

    sums = counted.groupby([*NIGHTLY_KEY, "metric"], sort=False)["count"].sum()
    values = sums.unstack("metric")
    values.columns = decoders["metric"].take(values.columns)
    values = values.reindex(columns=METRICS).astype("Int64")
    values.columns.name = None
    out = values.reset_index()

    reports_used = counted[[*NIGHTLY_KEY, "report_id"]].drop_duplicates()
    reports_used = decode(reports_used, {"report_id": decoders["report_id"]}).sort_values("report_id", kind="stable")
    grouped = reports_used.groupby(NIGHTLY_KEY, sort=False)["report_id"]
    ids = pd.DataFrame({"n_reports": grouped.size(), "report_ids": grouped.agg(";".join)}).reset_index()
    overlap = windows.groupby(NIGHTLY_KEY, sort=False)["has_overlap"].any().reset_index()
    out = out.merge(ids, on=NIGHTLY_KEY, how="left").merge(overlap, on=NIGHTLY_KEY, how="left")
    out = decode(out, {k: decoders[k] for k in NIGHTLY_KEY})
    out["n_reports"] = out["n_reports"].astype("Int64")
    out["has_overlap"] = out["has_overlap"].astype(bool)
    out["defended_share"] = defended_share(out)
    return out


local_dates = rules.local_dates


def empty_nights() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in ("author", "date", "status", "url", "quote")})


def build_coverage(nightly: pd.DataFrame, nights: pd.DataFrame | None = None) -> pd.DataFrame:
    """Nightly rows and statements of nights without attack -> one row per author and night.

    The authors are those of the official sources (the Air Force, the Defence Ministry), whose
    statements come every night; each author's span runs from its first to its last night (a figure or a statement of no attack);
    every night of the span has a row: `figures` where any source gives the author's night figure of
    drones or missiles, else `no_attack` where a cited statement says there was none, else `no_data`.
    """
    columns = fields.TABLES["coverage"].columns
    nights = empty_nights() if nights is None else nights
    rows = nightly[nightly["window_kind"].eq("night") & nightly["author"].isin(official_authors())]
    nights = nights[nights["author"].isin(official_authors())]
    stopped = rows[list(STOPPED_METRICS)].notna().any(axis=1)
    rows = rows.assign(_launched=rows["launched"].notna(), _stopped=stopped,
                       _ids=rows["report_ids"].astype(str).str.split(";"))
    per_night = rows.groupby(["author", "date"], sort=True).agg(
        claimant=("claimant", "first"), attacker=("attacker", "first"), has_launched=("_launched", "any"),
        has_stopped=("_stopped", "any"), sources=("source", lambda s: ";".join(sorted(set(s)))),
        n_reports=("_ids", lambda ids: len({i for part in ids for i in part})),
    ).reset_index()
    said = nights.drop_duplicates(["author", "date"]).set_index(["author", "date"])
    spans = pd.concat([per_night[["author", "date"]], nights[["author", "date"]]], ignore_index=True)
    if spans.empty:
        return fields.empty("coverage")
    sides = rows.groupby("author")[["claimant", "attacker"]].first()
    official = reference.load("sources").dropna(subset=["author"]).drop_duplicates("author").set_index("author")
    frames = []
    for author, dates in spans.groupby("author")["date"]:
        days = pd.date_range(dates.min(), dates.max(), freq="D").strftime("%Y-%m-%d")
        frames.append(pd.DataFrame({"author": author, "date": days}))
    out = pd.concat(frames, ignore_index=True).merge(per_night, on=["author", "date"], how="left")
    fallback_claimant = out["author"].map(official["claimant"]) if len(official) else None
    out["claimant"] = out["claimant"].fillna(out["author"].map(sides["claimant"])).fillna(fallback_claimant)
    out["attacker"] = out["attacker"].fillna(out["author"].map(sides["attacker"]))
    out["attacker"] = out["attacker"].fillna(out["claimant"].map(rules.ATTACKER_OF))
    figures = out["sources"].notna()
    key = pd.MultiIndex.from_frame(out[["author", "date"]])
    no_attack = key.isin(said.index) & ~figures
    out["status"] = np.where(figures, "figures", np.where(no_attack, "no_attack", "no_data"))
    for col in ("url", "quote"):
        values = pd.Series(said[col].reindex(key).to_numpy(), index=out.index) if len(said) else None
        out[col] = values.where(pd.Series(no_attack, index=out.index)) if values is not None else None
    out["has_launched"] = out["has_launched"].astype("boolean").fillna(False).astype(bool)
    out["has_stopped"] = out["has_stopped"].astype("boolean").fillna(False).astype(bool)
    out["n_reports"] = out["n_reports"].fillna(0).astype("Int64")
    return out.sort_values(["author", "date"], kind="stable").reset_index(drop=True)[columns]
