"""The charts the notebooks show and `reports/figures/` keeps.

In: the typed tables of `load.tables()`. Out: one `matplotlib.figure.Figure` per chart, with
a title that states what the data show (computed from the data), labelled axes with units and
a caption line naming the table, the sources and the data date. Every chart draws on empty
tables too, saying "no data". `save` writes a PNG without metadata at a fixed resolution so the
same data give the same bytes; `export_all` renders every chart into a folder.

Figures are built with `Figure()` rather than pyplot, so nothing is kept in global state.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from strikeclaims import load

matplotlib.rcParams["svg.hashsalt"] = "strikeclaims"
DPI = 100
SIZE = (10, 5.2)
SIDE_NAMES = {"UA": "Ukraine", "RU": "Russia", "US": "US officials", "GB": "UK officials", "XX": "unknown"}
GROUP_COLOURS = {"drones": "#1f77b4", "missiles": "#d62728"}
SIDE_COLOURS = {"UA": "#0057b7", "RU": "#b22222", "US": "#6a3d9a", "GB": "#33a02c", "XX": "#777777"}
SEED_NIGHT = "2025-06-02"
SEED_EVENT = "2025-06-01"

Tables = dict[str, pd.DataFrame]


# ---------------------------------------------------------------------------- helpers

def side(code: str) -> str:
    return SIDE_NAMES.get(code, code)


def fmt_date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def long_date(value) -> str:
    t = pd.Timestamp(value)
    return f"{t.day} {t.strftime('%B %Y')}"


def data_date(tables: Tables) -> str:
    """The latest date any claim or report is attributed to, as `YYYY-MM-DD` ("none" without data)."""
    dates = []
    for name, col in (("claims", "date"), ("coverage", "date"), ("nightly", "date")):
        frame = tables.get(name)
        if frame is not None and len(frame) and frame[col].notna().any():
            dates.append(pd.Timestamp(frame[col].max()))
    return fmt_date(max(dates)) if dates else "none"


def caption_text(tables: Tables, table: str, sources: pd.Series | list | None = None) -> str:
    names = sorted({str(s) for s in (sources if sources is not None else []) if isinstance(s, str)})
    by = f" ({', '.join(names)})" if names else ""
    return f"Source: strike-claims {table}.csv{by}; claims as published, unverified. Data to {data_date(tables)}."


def new_figure(title: str, caption: str, ncols: int = 1, nrows: int = 1, size=SIZE, **kw) -> tuple[Figure, list]:
    """A figure with its title (the finding) and caption line, and its axes as a flat list."""
    fig = Figure(figsize=size, dpi=DPI, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kw).ravel().tolist()
    fig.suptitle(title, fontsize=12, fontweight="bold")
    fig.get_layout_engine().set(h_pad=0.12)
    fig.supxlabel(caption, fontsize=8, color="#555555")
    return fig, axes


def no_data(ax, what: str = "no data") -> None:
    ax.text(0.5, 0.5, what, ha="center", va="center", fontsize=14, color="#888888", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def empty_figure(title: str, caption: str) -> Figure:
    """The figure a chart shows when its tables hold nothing to draw."""
    fig, (ax,) = new_figure(title, caption)
    no_data(ax)
    return fig


def headline_rows(tables: Tables, attacker: str | None = "RU", claimant: str | None = "UA",
                  window_kind: str | None = "night") -> pd.DataFrame:
    """The nightly rows a chart should use (`is_headline`), for one attacker, claimant and window kind."""
    n = tables["nightly"]
    mask = n["is_headline"].astype(bool)
    for col, value in (("attacker", attacker), ("claimant", claimant), ("window_kind", window_kind)):
        if value is not None:
            mask &= n[col].eq(value)
    return n[mask]


def defended(frame: pd.DataFrame) -> pd.Series:
    """`neutralised`, else the stated parts of `intercepted` + `suppressed` (the nightly table's definition)."""
    parts = frame[["intercepted", "suppressed"]].sum(axis=1, min_count=1)
    return frame["neutralised"].astype("Float64").fillna(parts.astype("Float64"))


# ---------------------------------------------------------------------------- 01-overview

def coverage_by_author(tables: Tables) -> Figure:
    """Nights with a figure, with a statement of no attack, and with no data, per author, over each author's span."""
    cov = tables["coverage"]
    if cov.empty:
        return empty_figure("No coverage yet: no official author has a night figure", caption_text(tables, "coverage"))
    per = cov.groupby("author").agg(nights=("date", "size"), first=("date", "min"), last=("date", "max"),
                                    figures=("status", lambda s: int(s.eq("figures").sum())),
                                    no_attack=("status", lambda s: int(s.eq("no_attack").sum()))).sort_values("nights")
    per["no_data"] = per["nights"] - per["figures"] - per["no_attack"]
    best = per.sort_values(["figures", "nights"]).iloc[-1]
    title = (f"{best.name} has a figure for {int(best['figures']):,} of {int(best['nights']):,} nights "
             f"({best['figures'] / best['nights']:.0%})")
    fig, (ax,) = new_figure(title, caption_text(tables, "coverage", per.index))
    y = np.arange(len(per))
    left = np.zeros(len(per))
    for col, colour, label in (("figures", "#1f77b4", "nights with a figure"),
                               ("no_attack", "#9ecae1", "nights with a statement of no attack"),
                               ("no_data", "#dddddd", "nights without data (not 'no attack')")):
        ax.barh(y, per[col], left=left, color=colour, label=label)
        left += per[col].to_numpy()
    ax.set_yticks(y, [f"{a}\n{fmt_date(r['first'])} to {fmt_date(r['last'])}" for a, r in per.iterrows()])
    ax.set_xlabel("nights from the author's first to its last night figure (nights)")
    ax.set_ylabel("author")
    ax.legend(loc="lower right", fontsize=8)
    return fig


def _night_figures(tables: Tables, date: str) -> pd.DataFrame:
    n = tables["nightly"]
    rows = n[n["is_headline"].astype(bool) & n["date"].eq(pd.Timestamp(date)) & n["window_kind"].eq("night")]
    metrics = ["launched", "neutralised", "intercepted", "suppressed", "hit"]
    long = rows.melt(id_vars=["claimant", "attacker", "item_group", "source"], value_vars=metrics,
                     var_name="metric", value_name="value")
    long = long[long["value"].notna()].copy()
    long["order"] = long["metric"].map({m: i for i, m in enumerate(metrics)})
    claimant_order = long["claimant"].map({"UA": 0, "RU": 1}).fillna(2)
    return long.assign(_c=claimant_order).sort_values(["_c", "claimant", "attacker", "item_group", "order"])


def seed_night(tables: Tables, date: str = SEED_NIGHT) -> Figure:
    """Each side's figures for one night side by side (default: the night into 2 June 2025)."""
    long = _night_figures(tables, date)
    cap = caption_text(tables, "nightly", long["source"] if len(long) else None)
    if long.empty:
        return empty_figure(f"Night of {long_date(date)}: no figures from either side yet", cap)
    said = []
    for claimant, part in long.groupby("claimant", sort=False):
        first = part.iloc[0]
        said.append(f"{side(claimant)} says {int(first['value']):,} {first['item_group']} {first['metric']}")
    fig, (ax,) = new_figure(f"Night of {long_date(date)}: " + "; ".join(said), cap)
    labels = [f"{side(r.claimant)}: {r.metric} {r.item_group}\n({side(r.attacker)}'s attack, {r.source})"
              for r in long.itertuples()]
    y = np.arange(len(long))[::-1]
    colours = [SIDE_COLOURS.get(c, "#777777") for c in long["claimant"]]
    ax.barh(y, long["value"].astype(float), color=colours)
    for yi, v in zip(y, long["value"], strict=True):
        ax.text(float(v), yi, f" {int(v):,}", va="center", fontsize=9)
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlabel("items claimed (drones or missiles, count)")
    ax.set_ylabel("claimant: metric and item group")
    return fig


# ---------------------------------------------------------------------------- 02-trends

def launches_per_night(tables: Tables) -> Figure:
    """Drones and missiles launched at Ukraine per night, as Ukraine claims, with a 7-day rolling mean."""
    rows = headline_rows(tables)
    rows = rows[rows["launched"].notna()]
    cap = caption_text(tables, "nightly", rows["source"])
    if rows.empty:
        fig, axes = new_figure("Launches per night: no data yet", cap, nrows=2)
        for ax in axes:
            no_data(ax)
        return fig
    drones = rows[rows["item_group"].eq("drones")]
    top = drones.loc[drones["launched"].idxmax()] if len(drones) else rows.loc[rows["launched"].idxmax()]
    title = f"Record night: {int(top['launched']):,} {top['item_group']} on {fmt_date(top['date'])}"
    fig, axes = new_figure(title, cap, nrows=2)
    for ax, group in zip(axes, ("drones", "missiles"), strict=True):
        part = rows[rows["item_group"].eq(group)].set_index("date")["launched"].astype(float).sort_index()
        if part.empty:
            no_data(ax, f"no {group} figures")
            continue
        ax.scatter(part.index, part.to_numpy(), s=6, color=GROUP_COLOURS[group], alpha=0.45, label="per night")
        # Mean of the nights stated in the last 7 days; a gap of more than 7 days breaks the line.
        daily = part.groupby(level=0).sum().reindex(pd.date_range(part.index.min(), part.index.max(), freq="D"))
        rolling = daily.rolling(7, min_periods=1).mean()
        ax.plot(rolling.index, rolling.to_numpy(), color=GROUP_COLOURS[group], lw=1.4, label="7-day rolling mean")
        ax.set_ylabel(f"{group} launched (count)")
        ax.set_xlabel("night (date the night ends)")
        ax.legend(loc="upper left", fontsize=8)
        ax.set_xlim(rows["date"].min() - pd.Timedelta(days=3), rows["date"].max() + pd.Timedelta(days=3))
    return fig


def monthly_totals(tables: Tables) -> Figure:
    """Launches per month by item group (night and day windows, as Ukraine claims them)."""
    rows = headline_rows(tables, window_kind=None)
    rows = rows[rows["launched"].notna()]
    cap = caption_text(tables, "nightly", rows["source"])
    if rows.empty:
        return empty_figure("Monthly launches: no data yet", cap)
    month = rows["date"].dt.to_period("M")
    totals = rows.groupby([month, "item_group"])["launched"].sum().unstack("item_group").fillna(0).astype(int)
    group = "drones" if "drones" in totals.columns else totals.columns[0]
    best = totals[group].idxmax()
    title = f"Busiest month: {best.strftime('%B %Y')} with {int(totals.loc[best, group]):,} {group} launched"
    fig, axes = new_figure(title, cap, ncols=2)
    for ax, g in zip(axes, ("drones", "missiles"), strict=True):
        if g not in totals.columns or totals[g].sum() == 0:
            no_data(ax, f"no {g} figures")
            continue
        x = totals.index.to_timestamp()
        ax.bar(x, totals[g].to_numpy(), width=25, color=GROUP_COLOURS[g])
        ax.set_ylabel(f"{g} launched per month (count)")
        ax.set_xlabel("month")
        ax.tick_params(axis="x", labelrotation=45)
    return fig


def weapon_mix_table(tables: Tables) -> pd.DataFrame:
    """Launches per month and item, from the claims behind the headline rows (Russian attacks, Ukraine's claims)."""
    rows = headline_rows(tables, window_kind=None)
    claims = tables["claims"]
    if rows.empty or claims.empty:
        return pd.DataFrame(columns=["month", "item", "launched"])
    ids = rows[["date", "report_ids"]].assign(report_id=rows["report_ids"].str.split(";")).explode("report_id")
    used = claims.merge(ids[["date", "report_id"]].drop_duplicates(), on=["date", "report_id"], how="inner")
    used = used[used["metric"].eq("launched") & ~used["is_breakdown"] & used["item_group"].notna()
                & used["attacker"].eq("RU") & used["window_kind"].isin(["night", "day"]) & used["count"].notna()]
    out = used.groupby([used["date"].dt.to_period("M").rename("month"), "item"])["count"].sum()
    return out.rename("launched").reset_index()


def weapon_mix(tables: Tables) -> Figure:
    """The weapon mix over time: the share of each item in the month's stated launches."""
    mix = weapon_mix_table(tables)
    cap = caption_text(tables, "claims", tables["nightly"].loc[tables["nightly"]["is_headline"], "source"])
    if mix.empty:
        return empty_figure("Weapon mix: no launches stated by item yet", cap)
    wide = mix.pivot_table(index="month", columns="item", values="launched", aggfunc="sum").fillna(0)
    share = wide.div(wide.sum(axis=1), axis=0)
    overall = wide.sum().sort_values(ascending=False)
    lead = overall.index[0]
    title = f"{lead.replace('_', ' ')} figures make up {overall.iloc[0] / overall.sum():.0%} of the launches stated"
    fig, (ax,) = new_figure(title, cap)
    x = share.index.to_timestamp()
    ax.stackplot(x, [share[c].to_numpy() for c in overall.index], labels=[c.replace("_", " ") for c in overall.index])
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_ylabel("share of launches stated that month (%)")
    ax.set_xlabel("month")
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
    return fig


def defended_share_over_time(tables: Tables) -> Figure:
    """Ukraine's claimed share of items stopped (neutralised, or shot down plus suppressed, over launched)."""
    rows = headline_rows(tables)
    rows = rows[rows["defended_share"].notna()]
    cap = caption_text(tables, "nightly", rows["source"])
    if rows.empty:
        return empty_figure("Share of drones and missiles stopped: no data yet", cap)
    drones = rows[rows["item_group"].eq("drones")]
    basis = drones if len(drones) else rows
    last = basis[basis["date"] > basis["date"].max() - pd.Timedelta(days=30)]
    g = basis["item_group"].iloc[0]
    title = f"Ukraine reports stopping a median {last['defended_share'].median():.0%} of {g} over the last 30 days"
    fig, (ax,) = new_figure(title, cap)
    for group, part in rows.groupby("item_group"):
        s = part.set_index("date")["defended_share"].astype(float).sort_index()
        ax.scatter(s.index, s.to_numpy(), s=8, alpha=0.4, color=GROUP_COLOURS.get(group))
        ax.plot(s.index, s.rolling("30D").median().to_numpy(), color=GROUP_COLOURS.get(group),
                label=f"{group}: 30-day rolling median")
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_ylabel("stopped / launched (%)")
    ax.set_xlabel("night (date the night ends)")
    ax.legend(loc="lower left", fontsize=8)
    return fig


def record_nights(tables: Tables, n: int = 10) -> Figure:
    """The nights with the most drones launched at Ukraine, as Ukraine claims."""
    rows = headline_rows(tables, window_kind=None)
    rows = rows[rows["item_group"].eq("drones") & rows["launched"].notna()]
    cap = caption_text(tables, "nightly", rows["source"])
    if rows.empty:
        return empty_figure("Record nights: no drone launches stated yet", cap)
    top = rows.sort_values(["launched", "date"], ascending=[False, True]).head(n)
    first = top.iloc[0]
    fig, (ax,) = new_figure(f"Record night: {int(first['launched']):,} drones on {fmt_date(first['date'])}", cap)
    y = np.arange(len(top))[::-1]
    ax.barh(y, top["launched"].astype(float), color=GROUP_COLOURS["drones"])
    ax.set_yticks(y, [f"{fmt_date(d)} ({k}, {s})" for d, k, s in zip(top["date"], top["window_kind"], top["source"],
                                                                     strict=True)], fontsize=8)
    ax.set_xlabel("drones launched (count)")
    ax.set_ylabel("date")
    return fig


# ---------------------------------------------------------------------------- 03-discrepancies

def sides_success_table(tables: Tables) -> pd.DataFrame:
    """Per month: drones each side claims to have stopped (Ukraine: Russian drones; Russia: Ukrainian ones)."""
    n = tables["nightly"]
    rows = n[n["is_headline"].astype(bool) & n["item_group"].eq("drones")]
    rows = rows[(rows["claimant"].eq("UA") & rows["attacker"].eq("RU"))
                | (rows["claimant"].eq("RU") & rows["attacker"].eq("UA"))]
    if rows.empty:
        return pd.DataFrame(columns=["month", "claimant", "stopped"])
    rows = rows.assign(stopped=defended(rows), month=rows["date"].dt.to_period("M"))
    out = rows.groupby(["month", "claimant"])["stopped"].sum(min_count=1).dropna().reset_index()
    return out


def sides_success(tables: Tables) -> Figure:
    """Each side's claimed air-defence success per month, side by side."""
    t = sides_success_table(tables)
    rows = tables["nightly"]
    cap = caption_text(tables, "nightly", rows.loc[rows["is_headline"], "source"] if len(rows) else None)
    if t.empty:
        return empty_figure("Drones each side says it stopped: no data yet", cap)
    wide = t.pivot_table(index="month", columns="claimant", values="stopped", aggfunc="sum")
    last = wide.dropna(how="any").index.max() if wide.dropna(how="any").shape[0] else wide.index.max()
    parts = [f"{side(c)} {int(wide.loc[last, c]):,}" for c in wide.columns if pd.notna(wide.loc[last, c])]
    title = f"Drones each side says it stopped in {last.strftime('%B %Y')}: " + ", ".join(parts)
    fig, (ax,) = new_figure(title, cap)
    x = wide.index.to_timestamp()
    width = 12
    for i, c in enumerate(wide.columns):
        label = ("Ukraine: Russian drones stopped" if c == "UA" else "Russia: Ukrainian drones intercepted")
        ax.bar(x + pd.Timedelta(days=(i - 0.5) * width), wide[c].fillna(0).to_numpy(), width=width,
               color=SIDE_COLOURS.get(c), label=label)
    ax.set_ylabel("drones claimed stopped per month (count)")
    ax.set_xlabel("month")
    ax.legend(loc="upper left", fontsize=8)
    return fig


def cross_source_gaps(tables: Tables) -> Figure:
    """One side's figures from two sources: the first source's figure against the second's."""
    d = tables["discrepancies"]
    d = d[d["kind"].eq("cross_source") & d["a_value"].notna() & d["b_value"].notna()]
    cap = caption_text(tables, "discrepancies", pd.concat([d["a_source"], d["b_source"]]) if len(d) else None)
    if d.empty:
        return empty_figure("Cross-source comparison: no night has figures from two sources yet", cap)
    unequal = d[d["difference"].ne(0)]
    worst = d.loc[d["difference"].abs().idxmax()]
    title = (f"{len(unequal):,} of {len(d):,} cross-source pairs disagree; largest gap {abs(int(worst['difference'])):,} "
             f"({worst['metric']}, {fmt_date(worst['date'])})")
    fig, (ax,) = new_figure(title, cap)
    for metric, part in d.groupby("metric"):
        ax.scatter(part["b_value"].astype(float), part["a_value"].astype(float), s=18, alpha=0.7, label=metric)
    top = float(max(d["a_value"].max(), d["b_value"].max()))
    ax.plot([0, top], [0, top], color="#999999", lw=1, ls="--", label="agreement")
    ax.set_xlabel("second source's figure (count)")
    ax.set_ylabel("preferred source's figure (count)")
    ax.legend(fontsize=8, loc="upper left")
    return fig


def event_claims(tables: Tables, date: str = SEED_EVENT) -> Figure:
    """Every side's `event` figures for one date (default: the 1 June 2025 operation), numbers or not."""
    c = tables["claims"]
    ev = c[c["window_kind"].eq("event") & c["date"].eq(pd.Timestamp(date)) & ~c["is_breakdown"]]
    cap = caption_text(tables, "claims", ev["source"])
    if ev.empty:
        return empty_figure(f"{long_date(date)}: no event claims yet", cap)
    ev = ev.assign(_c=ev["claimant"].map({"UA": 0, "RU": 1}).fillna(2)).sort_values(["_c", "claimant", "item",
                                                                                       "metric", "claim_id"])
    said = []
    for claimant, part in ev.groupby("claimant", sort=False):
        first = part.iloc[0]
        figure = "gives no number" if pd.isna(first["count"]) else f"{first['qualifier'].replace('_', ' ')} " \
            f"{int(first['count']):,} {first['item']} {first['metric']}".replace("exact ", "")
        said.append(f"{side(claimant)} {figure}")
    fig, (ax,) = new_figure(f"{long_date(date)}: " + "; ".join(said), cap)
    y = np.arange(len(ev))[::-1]
    values = ev["count"].astype(float).fillna(0).to_numpy()
    colours = [SIDE_COLOURS.get(k, "#777777") for k in ev["claimant"]]
    bars = ax.barh(y, values, color=colours)
    for bar, count, qual in zip(bars, ev["count"], ev["qualifier"], strict=True):
        text = " no number stated" if pd.isna(count) else f" {int(count):,} ({qual.replace('_', ' ')})"
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, text, va="center", fontsize=8)
    ax.set_yticks(y, [f"{side(r.claimant)}: {r.metric} {r.item}" for r in ev.itertuples()], fontsize=8)
    ax.set_xlabel("figure claimed (count)")
    ax.set_ylabel("claimant: metric and item")
    return fig


def breakdown_gaps(tables: Tables) -> Figure:
    """Totals against the sum of their breakdown rows, where they differ."""
    d = tables["discrepancies"]
    d = d[d["kind"].eq("breakdown")]
    cap = caption_text(tables, "discrepancies", d["a_source"])
    if d.empty:
        fig, (ax,) = new_figure("Every breakdown adds up to its total", cap)
        no_data(ax, "no breakdown that fails to add up")
        return fig
    short = int((d["difference"] > 0).sum())
    title = f"{len(d):,} breakdowns do not add up to their totals; {short:,} list less than the total"
    fig, (ax,) = new_figure(title, cap)
    ax.scatter(d["a_value"].astype(float), d["b_value"].astype(float), s=18, alpha=0.7, color="#ff7f0e")
    top = float(max(d["a_value"].max(), d["b_value"].max()))
    ax.plot([0, top], [0, top], color="#999999", lw=1, ls="--", label="breakdown = total")
    ax.set_xlabel("stated total (count)")
    ax.set_ylabel("sum of its breakdown rows (count)")
    ax.legend(fontsize=8, loc="upper left")
    return fig


def revisions(tables: Tables) -> Figure:
    """Figures a later report or version of the same source changed: before and after."""
    d = tables["discrepancies"]
    d = d[d["kind"].eq("revision")].sort_values(["date", "discrepancy_id"])
    cap = caption_text(tables, "discrepancies", d["a_source"])
    if d.empty:
        fig, (ax,) = new_figure("No figure has been revised", cap)
        no_data(ax, "no revision")
        return fig
    change = (d["b_value"] - d["a_value"]).astype("Float64")
    biggest = d.loc[change.abs().fillna(-1).idxmax()]
    title = (f"{len(d):,} figures were revised; the largest change: {biggest['metric']} {biggest['item']} on "
             f"{fmt_date(biggest['date'])}, {biggest['a_value']} to {biggest['b_value']}")
    fig, (ax,) = new_figure(title, cap)
    shown = d.tail(30)
    y = np.arange(len(shown))[::-1]
    a = shown["a_value"].astype(float).to_numpy()
    b = shown["b_value"].astype(float).to_numpy()
    ax.hlines(y, np.fmin(a, b), np.fmax(a, b), color="#bbbbbb")
    ax.scatter(a, y, color="#999999", label="earlier figure", zorder=3)
    ax.scatter(b, y, color="#d62728", label="later figure", zorder=3)
    ax.set_yticks(y, [f"{fmt_date(r.date)} {r.a_source}: {r.metric} {r.item}" for r in shown.itertuples()], fontsize=7)
    ax.set_xlabel("figure (count)")
    ax.set_ylabel("date, source, metric and item")
    ax.legend(fontsize=8)
    return fig


# ---------------------------------------------------------------------------- 04-data-quality

def coverage_calendar(tables: Tables) -> Figure:
    """A month grid per author and year: the share of the month's nights that carry a figure."""
    cov = tables["coverage"]
    cap = caption_text(tables, "coverage", cov["author"])
    if cov.empty:
        return empty_figure("Coverage calendar: no night figures yet", cap)
    dates = pd.to_datetime(cov["date"])
    grid = cov.assign(year=dates.dt.year, month=dates.dt.month, figure=cov["status"].eq("figures"))
    per = grid.groupby(["author", "year", "month"]).agg(nights=("date", "size"), figures=("figure", "sum"))
    rows = sorted({(a, y) for a, y, _ in per.index})
    share = np.full((len(rows), 12), np.nan)
    for (a, y, m), r in per.iterrows():
        share[rows.index((a, y)), m - 1] = r["figures"] / r["nights"]
    total = per.groupby("author")[["figures", "nights"]].sum()
    total["share"] = total["figures"] / total["nights"]
    worst = total["share"].idxmin()
    title = (f"{worst} has a night figure on {total.loc[worst, 'share']:.0%} of the nights in its span; "
             f"grey cells are months outside it")
    fig, (ax,) = new_figure(title, cap, size=(10, max(3.0, 0.6 * len(rows) + 1.8)))
    cmap = matplotlib.colormaps["Blues"].with_extremes(bad="#eeeeee")
    image = ax.imshow(np.ma.masked_invalid(share * 100), aspect="auto", interpolation="nearest", cmap=cmap,
                      vmin=0, vmax=100)
    for (a, y, m), r in per.iterrows():
        value = r["figures"] / r["nights"]
        ax.text(m - 1, rows.index((a, y)), f"{int(r['figures'])}/{int(r['nights'])}", ha="center", va="center",
                fontsize=7, color="white" if value > 0.6 else "black")
    ax.set_yticks(np.arange(len(rows)), [f"{a} {y}" for a, y in rows])
    ax.set_xticks(np.arange(12), [pd.Timestamp(2000, m, 1).strftime("%b") for m in range(1, 13)])
    ax.set_xlabel("month (cell: nights with a figure / nights of the month in the author's span)")
    ax.set_ylabel("author and year")
    fig.colorbar(image, ax=ax, label="nights with a figure (%)")
    return fig


def parse_status(tables: Tables) -> Figure:
    """Reports by source and by what the build made of them."""
    r = tables["reports"]
    cap = caption_text(tables, "reports", r["source"])
    if r.empty:
        return empty_figure("Parse status: no reports yet", cap)
    counts = r.groupby(["source", "status"]).size().unstack("status").fillna(0).astype(int)
    with_figures = int((r["n_claims"].fillna(0) > 0).sum())
    title = f"{with_figures:,} of {len(r):,} reports yielded figures"
    fig, (ax,) = new_figure(title, cap)
    left = np.zeros(len(counts))
    y = np.arange(len(counts))
    for status in counts.columns:
        ax.barh(y, counts[status].to_numpy(), left=left, label=status)
        left += counts[status].to_numpy()
    ax.set_yticks(y, counts.index)
    ax.set_xlabel("reports (count)")
    ax.set_ylabel("source")
    ax.legend(title="status", fontsize=8)
    return fig


def rejected_by_reason(tables: Tables, n: int = 12) -> Figure:
    """Rejected inputs by stage and reason (the most common reasons)."""
    rej = tables["rejected"]
    cap = caption_text(tables, "rejected")
    if rej.empty:
        fig, (ax,) = new_figure("No input was rejected", cap)
        no_data(ax, "no rejected input")
        return fig
    counts = rej.groupby(["stage", "reason"]).size().sort_values(ascending=False)
    (_stage, reason), top = counts.index[0], int(counts.iloc[0])
    short = reason if len(reason) <= 60 else reason[:59] + "…"
    fig, (ax,) = new_figure(f"{len(rej):,} inputs rejected; most often ({top:,}): {short}", cap)
    shown = counts.head(n)[::-1]
    y = np.arange(len(shown))
    ax.barh(y, shown.to_numpy(), color="#8c564b")
    ax.set_yticks(y, [f"{s}: {r if len(r) <= 70 else r[:69] + '…'}" for s, r in shown.index], fontsize=7)
    ax.set_xlabel("rejected inputs (count)")
    ax.set_ylabel("stage: reason")
    return fig


def accounting_table(tables: Tables) -> pd.DataFrame:
    """Per raw report file: its lines (the highest line number seen), reports, rejections, and whether they balance.

    Every line of a raw file ends as a report or a rejection, so `lines == reports + rejected`.
    """
    r = tables["reports"]
    rej = tables["rejected"]
    raw = r["raw_path"].astype("str").str.extract(r"^(?P<file>data/raw/reports/.+):(?P<line>\d+)$").dropna()
    bad = rej[rej["stage"].eq("read") | rej["reason"].astype("str").str.startswith("reports:")]
    bad = bad["input"].astype("str").str.extract(r"^(?P<file>data/raw/reports/.+):(?P<line>\d+)$").dropna()
    columns = ["file", "lines", "reports", "rejected", "balanced"]
    if raw.empty and bad.empty:
        return pd.DataFrame(columns=columns)
    both = pd.concat([raw.assign(kind="reports"), bad.drop_duplicates().assign(kind="rejected")])
    both["line"] = both["line"].astype(int)
    counts = both.groupby(["file", "kind"]).size().unstack("kind").reindex(columns=["reports", "rejected"]).fillna(0)
    out = counts.astype(int).assign(lines=both.groupby("file")["line"].max()).reset_index()
    out["balanced"] = out["lines"].eq(out["reports"] + out["rejected"])
    return out[columns]


def accounting(tables: Tables) -> Figure:
    """The accounting identity, per raw file: raw lines = reports + read rejections."""
    t = accounting_table(tables)
    cap = caption_text(tables, "reports and rejected")
    if t.empty:
        return empty_figure("Accounting: no raw report file read yet", cap)
    lines, reps, rejs = int(t["lines"].sum()), int(t["reports"].sum()), int(t["rejected"].sum())
    if t["balanced"].all():
        title = f"Every raw line accounted for: {lines:,} lines = {reps:,} reports + {rejs:,} rejections"
    else:
        title = f"{int((~t['balanced']).sum())} raw files do not balance: {lines:,} lines vs {reps + rejs:,} accounted"
    fig, (ax,) = new_figure(title, cap)
    shown = t.tail(40)
    y = np.arange(len(shown))
    ax.barh(y, shown["reports"], color="#2ca02c", label="reports")
    ax.barh(y, shown["rejected"], left=shown["reports"], color="#d62728", label="rejected lines")
    ax.scatter(shown["lines"], y, marker="|", s=200, color="black", label="lines in the file", zorder=3)
    ax.set_yticks(y, [f.removeprefix("data/raw/reports/") for f in shown["file"]], fontsize=7)
    ax.set_xlabel("raw lines (count)")
    ax.set_ylabel("raw file")
    ax.legend(fontsize=8)
    return fig


# ---------------------------------------------------------------------------- export

CHARTS: dict[str, Callable[[Tables], Figure]] = {
    "01-coverage-by-author": coverage_by_author,
    "01-seed-night": seed_night,
    "02-launches-per-night": launches_per_night,
    "02-monthly-totals": monthly_totals,
    "02-weapon-mix": weapon_mix,
    "02-defended-share": defended_share_over_time,
    "02-record-nights": record_nights,
    "03-sides-success": sides_success,
    "03-cross-source-gaps": cross_source_gaps,
    "03-event-claims": event_claims,
    "03-breakdown-gaps": breakdown_gaps,
    "03-revisions": revisions,
    "04-coverage-calendar": coverage_calendar,
    "04-parse-status": parse_status,
    "04-rejected-by-reason": rejected_by_reason,
    "04-accounting": accounting,
}


def save(fig: Figure, path: Path | str) -> Path:
    """Write a figure as PNG with no metadata and a fixed resolution: same figure, same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fig.savefig(tmp, format="png", dpi=DPI, metadata={"Software": None})
    tmp.replace(path)
    return path


def export_all(data_dir: Path, out_dir: Path) -> list[Path]:
    """Render every chart from the tables in `data_dir` into `out_dir` as `{name}.png`; the paths written."""
    tables = load.tables(data_dir)
    return [save(chart(tables), Path(out_dir) / f"{name}.png") for name, chart in CHARTS.items()]
