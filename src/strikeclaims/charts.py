"""The charts the notebooks show and `reports/figures/` keeps.

In: a frame the notebook builds from the typed tables of `load.tables()` with a few lines of pandas
(a filter, a groupby), and the data date for the caption. Out: a `Chart` (a matplotlib `Figure`
with alt text) whose title states only what the frame supports, with labelled axes and a caption
line naming the table and the data date; or, when the frame holds nothing to draw, a `NoChart`
that says so in a sentence (shown in the notebook in place of the picture, and never written as a
PNG).

Charts only draw. The rules a frame relies on are here once: how a month's coverage is counted
(`with_coverage`), which claims a nightly row counts (`behind`), what "stopped" means (`stopped`).
Every chart that sums nights shows, per period, the nights that carry the figure; months with
fewer than half of their nights in the data are left out, and lines break where a period is
missing. Drones and missiles are never added together nor shown in one 100%.

`FIGURES` builds each published figure from the tables with the same lines of pandas the notebooks
show (a test checks that both give the same frames); `export_all` writes them as PNG, without
metadata at a fixed resolution so the same data give the same bytes, and removes the PNG of a
figure that has nothing to draw.

Figures are built as `Chart` objects rather than with pyplot, so nothing is kept in global state.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from collections.abc import Callable
from pathlib import Path

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from strikeclaims import load, rules

matplotlib.rcParams["svg.hashsalt"] = "strikeclaims"
DPI = 100
SIZE = (10, 5.2)
TITLE_WIDTH = 82  # characters a line of the bold 12-point title holds in a 10-inch figure
SIDE_NAMES = {"UA": "Ukraine", "RU": "Russia", "US": "US officials", "GB": "UK officials", "XX": "unknown"}
AUTHOR_NAMES = {"ua_air_force": "Ukraine's Air Force", "ru_mod": "Russia's Defence Ministry"}
GROUP_COLOURS = {"drones": "#1f77b4", "missiles": "#d62728"}
SIDE_COLOURS = {"UA": "#0057b7", "RU": "#b22222", "US": "#6a3d9a", "GB": "#33a02c", "XX": "#777777"}
AUTHOR_COLOURS = {"ua_air_force": SIDE_COLOURS["UA"], "ru_mod": SIDE_COLOURS["RU"]}
# Each item group's own items: the generic item (type not stated) is grey.
ITEM_COLOURS = {"attack_drone": "#1f77b4", "decoy_drone": "#9ecae1", "jet_drone": "#17becf",
                "tactical_drone": "#6baed6", "drone": "#bbbbbb", "cruise_missile": "#d62728",
                "ballistic_missile": "#ff7f0e", "sam_missile": "#8c564b", "missile": "#bbbbbb"}
SEED_NIGHT = "2025-06-02"
SEED_EVENT = "2025-06-01"
# A month is drawn when at least this share of its nights is in the data for the author.
MIN_COVERED_SHARE = 0.5
COVERED_STATUSES = ("figures", "no_attack")
LEFT_OUT = "months with fewer than half of their nights in the data are left out (lower panel: the nights)"

Tables = dict[str, pd.DataFrame]


# ---------------------------------------------------------------------------- what a chart returns

def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG without metadata at the fixed resolution: same figure, same bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


class Chart(Figure):
    """A figure with its alt text (the title, what is drawn, and the caption), shown in a notebook as a PNG
    that carries the alt text (`metadata.image/png.alt`), which the HTML report puts on its `<img>`."""

    alt: str = ""

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(png_bytes(self)).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt}}


class NoChart:
    """What a chart returns when its frame holds nothing to draw: one sentence saying so, shown in the notebook
    in place of the picture. `export_all` writes no PNG for it."""

    def __init__(self, sentence: str):
        self.sentence = sentence

    def _repr_markdown_(self) -> str:
        return f"*{self.sentence}*"

    def __repr__(self) -> str:
        return self.sentence


class Text:
    """Sentences to show as Markdown (a notebook's findings, one bullet each)."""

    def __init__(self, *sentences: str):
        self.sentences = [s for s in sentences if s]

    def _repr_markdown_(self) -> str:
        return "\n".join(f"- {s}" for s in self.sentences)

    def __repr__(self) -> str:
        return "\n".join(f"- {s}" for s in self.sentences)


def findings(*sentences: str) -> Text:
    """A notebook's opening findings, one sentence a bullet."""
    return Text(*sentences)


class Table:
    """A frame shown as an HTML table whose `url` column becomes a link labelled by `outlet` (plain text
    elsewhere). The same frame gives the same HTML."""

    def __init__(self, frame: pd.DataFrame, columns: list[str]):
        self.frame = frame
        self.columns = columns

    def _cell(self, row, column: str) -> str:
        value = row[column]
        if pd.isna(value):
            return ""
        if column == "outlet" and "url" in row.index and isinstance(row["url"], str) and row["url"]:
            return f'<a href="{html.escape(row["url"])}">{html.escape(str(value))}</a>'
        if isinstance(value, pd.Timestamp):
            return fmt_date(value)
        return html.escape(str(value))

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{self._cell(row, c)}</td>" for c in self.columns) + "</tr>"
                       for _, row in self.frame.iterrows())
        return f'<table class="dataframe"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def __repr__(self) -> str:
        return self.frame[[c for c in self.columns if c in self.frame.columns]].to_string(index=False)


def table(frame: pd.DataFrame, columns: list[str] | None = None) -> Table:
    """Show a frame as a table, its outlets linked to their pages (`url`)."""
    columns = columns or [c for c in frame.columns if c != "url"]
    return Table(frame, columns)


# ---------------------------------------------------------------------------- helpers

def side(code: str) -> str:
    return SIDE_NAMES.get(code, code)


def author_name(author: str) -> str:
    return AUTHOR_NAMES.get(author, author)


def fmt_date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def long_date(value) -> str:
    t = pd.Timestamp(value)
    return f"{t.day} {t.strftime('%B %Y')}"


def month_name(period) -> str:
    return period.strftime("%B %Y")


def data_date(tables: Tables) -> str:
    """The latest date any night, day or event figure is attributed to, as `YYYY-MM-DD` ("none" without data).
    Running totals (`cumulative` claims, such as the General Staff's losses) run on a calendar of their own and
    do not move it."""
    dates = []
    for name, col in (("claims", "date"), ("coverage", "date"), ("nightly", "date")):
        frame = tables.get(name)
        if frame is not None and name == "claims" and "window_kind" in frame.columns:
            frame = frame[frame["window_kind"].ne("cumulative")]
        if frame is not None and len(frame) and frame[col].notna().any():
            dates.append(pd.Timestamp(frame[col].max()))
    return fmt_date(max(dates)) if dates else "none"


def caption_text(table_name: str, data_to: str, sources=None, note: str = "") -> str:
    names = sorted({str(s) for s in (sources if sources is not None else []) if isinstance(s, str)})
    by = f" ({', '.join(names)})" if names else ""
    note = f"{note[0].upper()}{note[1:]}.\n" if note else ""
    return f"{note}Source: strike-claims {table_name}.csv{by}; claims as published, unverified. Data to {data_to}."


def wrap(title: str, width: int = TITLE_WIDTH) -> str:
    """A title broken into lines that fit the figure, so it is never clipped."""
    return textwrap.fill(title, width=width, break_long_words=False, break_on_hyphens=False)


def new_figure(title: str, caption: str, alt: str, ncols: int = 1, nrows: int = 1, size=SIZE,
               **kw) -> tuple[Chart, list]:
    """A chart with its title (the finding, wrapped to fit), caption line and alt text, and its axes as a flat list."""
    fig = Chart(figsize=size, dpi=DPI, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kw).ravel().tolist()
    fig.suptitle(wrap(title), fontsize=12, fontweight="bold")
    fig.get_layout_engine().set(h_pad=0.12)
    fig.supxlabel(caption, fontsize=8, color="#555555")
    fig.alt = f"{title}. {alt} {caption}"
    return fig, axes


def coverage_figure(title: str, caption: str, alt: str, ncols: int = 1) -> tuple[Chart, list]:
    """A chart of monthly values above the nights each month covers: `ncols` panels of values on the top row,
    each with its coverage bars below it (axes: the top row, then the bottom row)."""
    return new_figure(title, caption, alt, ncols=ncols, nrows=2, size=(10, 6),
                      gridspec_kw={"height_ratios": [3, 1]}, sharex="col")


def stopped(frame: pd.DataFrame) -> pd.Series:
    """Items stopped: `neutralised`, else the stated parts of `intercepted` + `suppressed` (the nightly
    table's definition, the numerator of `defended_share`)."""
    return rules.defended_numbers(frame)


def behind(claims: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """The claims of the reports that the nightly `rows` count (`report_ids`), on those rows' dates, window
    kinds and authors: the figures a nightly row rests on, breakdowns included."""
    ids = rows[["date", "window_kind", "author", "report_ids"]].assign(
        report_id=rows["report_ids"].astype(str).str.split(";")).explode("report_id")
    keys = ids[["date", "window_kind", "author", "report_id"]].drop_duplicates()
    return claims.merge(keys, on=["date", "window_kind", "author", "report_id"], how="inner")


def with_coverage(frame: pd.DataFrame, coverage: pd.DataFrame) -> pd.DataFrame:
    """A monthly frame (columns `month` and `author`) with its coverage from `coverage.csv`:

    `days` (nights in the month), `covered` (the author's nights of the month in the data: a figure or a
    statement of no attack), `is_complete` (every night covered) and `is_shown` (at least half of the
    nights covered: the month is drawn). A month partly after the data's last night is never complete.
    """
    cov = coverage[coverage["status"].isin(COVERED_STATUSES)]
    per = (cov.assign(month=cov["date"].dt.to_period("M")).groupby(["author", "month"]).size()
           .rename("covered").reset_index())
    out = frame.merge(per, on=["author", "month"], how="left")
    out["covered"] = out["covered"].fillna(0).astype(int)
    out["days"] = out["month"].dt.days_in_month.astype(int)
    out["is_complete"] = out["covered"].eq(out["days"])
    out["is_shown"] = out["covered"] >= MIN_COVERED_SHARE * out["days"]
    return out


def _month_x(months: pd.Series) -> pd.Series:
    """The middle of each month, for bars."""
    return months.dt.to_timestamp() + pd.Timedelta(days=14)


def _coverage_panel(ax, per_month: pd.DataFrame, colour: str, label: str, offset_days: float = 0,
                    width: float = 25) -> None:
    """Below a monthly chart: per month, the nights in the month (outline), the author's nights in the data
    (light) and the nights that carry the figure drawn above (dark)."""
    x = _month_x(per_month["month"]) + pd.Timedelta(days=offset_days)
    ax.bar(x, per_month["days"], width=width, facecolor="none", edgecolor="#999999", lw=0.6,
           label="nights in the month")
    ax.bar(x, per_month["covered"], width=width, color=colour, alpha=0.25, label="nights in the data")
    ax.bar(x, per_month["nights"], width=width, color=colour, label=label)
    ax.set_ylim(0, 32)
    ax.set_yticks([0, 15, 30])
    ax.set_title(f"Nights per month: outline, the month; light, in the data; dark, {label}", fontsize=7, loc="left")
    ax.set_ylabel("nights")
    ax.set_xlabel("month")


def _span(ax, months: pd.Series) -> None:
    start = months.min().to_timestamp() - pd.Timedelta(days=10)
    end = (months.max() + 1).to_timestamp() + pd.Timedelta(days=10)
    ax.set_xlim(start, end)


# ---------------------------------------------------------------------------- 01-overview

def coverage_by_author(per_author: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Per author (index): nights with a figure, with a statement of no attack and with no data (columns
    `figures`, `no_attack`, `no_data`), over the span `first` to `last`."""
    if per_author.empty:
        return NoChart("No official author has a night figure yet, so there is no coverage to chart.")
    per = per_author.assign(nights=per_author[["figures", "no_attack", "no_data"]].sum(axis=1)).sort_values("nights")
    best = per.sort_values(["figures", "nights"]).iloc[-1]
    title = (f"{author_name(best.name)} has a figure for {int(best['figures']):,} of the {int(best['nights']):,} "
             f"nights from its first to its last ({best['figures'] / best['nights']:.0%})")
    fig, (ax,) = new_figure(title, caption_text("coverage", data_to, per.index),
                            "Horizontal stacked bars, one per author: nights with a figure, with a statement of "
                            "no attack, and without data.")
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


NIGHT_METRICS = ["launched", "neutralised", "intercepted", "suppressed", "hit"]


def night_figures(rows: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Each side's nightly figures (headline rows of `nightly.csv`) for one night, side by side."""
    long = rows.melt(id_vars=["date", "claimant", "attacker", "item_group", "source"], value_vars=NIGHT_METRICS,
                     var_name="metric", value_name="value")
    long = long[long["value"].notna()].copy()
    if long.empty:
        return NoChart("Neither side gives a figure for this night in the data, so there is nothing to chart.")
    long["order"] = long["metric"].map({m: i for i, m in enumerate(NIGHT_METRICS)})
    long = long.assign(_c=long["claimant"].map({"UA": 0, "RU": 1}).fillna(2)).sort_values(
        ["_c", "claimant", "attacker", "item_group", "order"])
    date = long["date"].iloc[0]
    said = []
    for claimant, part in long.groupby("claimant", sort=False):
        first = part.iloc[0]
        said.append(f"{side(claimant)} says {int(first['value']):,} {first['item_group']} {first['metric']}")
    fig, (ax,) = new_figure(f"Night of {long_date(date)}: " + "; ".join(said), caption_text("nightly", data_to,
                                                                                           long["source"]),
                            "Horizontal bars, one per side, metric and item group.")
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

def launches_per_night(launched: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Launches per night (columns `date`, `item_group`, `launched`), drones and missiles in their own panels,
    with a 7-night mean of the drones drawn only where at least 4 of the 7 nights have a figure (so it breaks at
    gaps)."""
    if launched.empty:
        return NoChart("No night in the data states how many drones or missiles were launched, so there is no "
                       "chart of launches per night.")
    groups = [g for g in ("drones", "missiles") if launched["item_group"].eq(g).any()]
    basis = launched[launched["item_group"].eq(groups[0])]
    top = basis.loc[basis["launched"].astype(float).idxmax()]
    title = (f"The most {groups[0]} launched in one night in the data: {int(top['launched']):,} on "
             f"{long_date(top['date'])} ({len(basis):,} nights with a figure)")
    fig, axes = new_figure(title, caption_text("nightly", data_to), "Dots per night (and for drones a 7-night mean "
                           f"line), one panel per item group ({', '.join(groups)}).", nrows=len(groups))
    for ax, group in zip(axes, groups, strict=True):
        part = launched[launched["item_group"].eq(group)].set_index("date")["launched"].astype(float).sort_index()
        ax.scatter(part.index, part.to_numpy(), s=6, color=GROUP_COLOURS[group], alpha=0.45,
                   label=f"one night ({len(part):,} nights)")
        if group == "drones":
            # Missiles are stated only on nights with missiles: a mean over the nights stated would mislead.
            daily = part.groupby(level=0).sum().reindex(pd.date_range(part.index.min(), part.index.max(), freq="D"))
            rolling = daily.rolling(7, min_periods=4).mean()
            ax.plot(rolling.index, rolling.to_numpy(), color=GROUP_COLOURS[group], lw=1.4,
                    label="7-night mean, where 4 of the 7 nights have a figure")
        ax.set_ylabel(f"{group} launched (count)")
        ax.set_xlabel("night (date the night ends)")
        ax.legend(loc="upper left", fontsize=8)
        ax.set_xlim(launched["date"].min() - pd.Timedelta(days=3), launched["date"].max() + pd.Timedelta(days=3))
    return fig


def _shown_span(frame: pd.DataFrame) -> str:
    shown = frame.loc[frame["is_shown"], "month"]
    return f"{month_name(shown.min())} to {month_name(shown.max())}" if len(shown) else ""


def monthly_launches(monthly: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Launches per night with a figure, per month (columns `month`, `author`, `item_group`, `launched`, `nights`,
    `per_night` and those of `with_coverage`): drones and missiles in their own panels, each with its nights."""
    shown = monthly[monthly["is_shown"]]
    if shown.empty:
        return NoChart("No month has at least half of its nights in the data, so there is no monthly chart.")
    groups = [g for g in ("drones", "missiles") if monthly["item_group"].eq(g).any()]
    lead = shown[shown["item_group"].eq(groups[0])] if shown["item_group"].eq(groups[0]).any() else shown
    best = lead.loc[lead["per_night"].astype(float).idxmax()]
    title = (f"Busiest month by {best['item_group']} launched per night with a figure: {month_name(best['month'])}, "
             f"{best['per_night']:,.0f} a night over {int(best['nights'])} of its {int(best['days'])} nights")
    fig, axes = coverage_figure(title, caption_text("nightly", data_to, note=LEFT_OUT),
                                "Bars per month of the mean launched per night with a figure, drones and missiles in "
                                "separate panels, above bars of the nights each month carries a figure; " + LEFT_OUT + ".",
                                ncols=len(groups))
    for i, group in enumerate(groups):
        top, bottom = axes[i], axes[len(groups) + i]
        part = monthly[monthly["item_group"].eq(group)].sort_values("month")
        drawn = part[part["is_shown"]]
        top.bar(_month_x(drawn["month"]), drawn["per_night"].astype(float), width=25, color=GROUP_COLOURS[group],
                label=f"mean per night with a {group} figure")
        top.set_ylabel(f"{group} launched per night (mean)")
        top.legend(loc="upper left", fontsize=7)
        _coverage_panel(bottom, part, GROUP_COLOURS[group], f"nights with a {group} figure")
        _span(bottom, part["month"])
        bottom.tick_params(axis="x", labelrotation=45)
    return fig


def weapon_mix(mix: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Each item group's launches by item, per month, as shares of that group alone (columns `month`, `author`,
    `item_group`, `item`, `count`, `nights`, and those of `with_coverage`). A group whose figures never name a
    type is left out (the title says so); drones and missiles are never in one 100%."""
    shown = mix[mix["is_shown"]]
    generic = set(rules.GENERIC_ITEMS)
    typed_groups = [g for g in ("drones", "missiles")
                    if (shown["item_group"].eq(g) & ~shown["item"].isin(generic)).any()]
    untyped = [g for g in ("drones", "missiles") if g not in typed_groups and shown["item_group"].eq(g).any()]
    if not typed_groups:
        return NoChart("No launched figure in the months covered names its weapon type, so there is no weapon-mix "
                       "chart.")
    lead = shown[shown["item_group"].eq(typed_groups[-1])]
    totals = lead.groupby("item")["count"].sum()
    named = totals[~totals.index.isin(generic)].sort_values(ascending=False)
    title = (f"{typed_groups[-1].capitalize()} by type, {_shown_span(lead)}: "
             + ", ".join(f"{i.replace('_', ' ')} {v / totals.sum():.0%}" for i, v in named.head(2).items())
             + f", type not stated {totals[totals.index.isin(generic)].sum() / totals.sum():.0%}")
    if untyped:
        title += f"; {' and '.join(g.removesuffix('s') for g in untyped)} figures name no type"
    fig, axes = coverage_figure(title, caption_text("claims", data_to, note=LEFT_OUT),
                                "Stacked bars per month of each item's share of the group's launches, one panel per "
                                "item group, above bars of the nights each month carries a figure; " + LEFT_OUT + ".",
                                ncols=len(typed_groups))
    for i, group in enumerate(typed_groups):
        top, bottom = axes[i], axes[len(typed_groups) + i]
        part = mix[mix["item_group"].eq(group)]
        wide = part[part["is_shown"]].pivot_table(index="month", columns="item", values="count", aggfunc="sum",
                                                  fill_value=0)
        share = wide.div(wide.sum(axis=1), axis=0)
        order = [i for i in wide.sum().sort_values(ascending=False).index if i not in generic]
        order += [i for i in wide.columns if i in generic]
        bottom_share = np.zeros(len(share))
        x = _month_x(pd.Series(share.index))
        for item in order:
            label = f"{item.replace('_', ' ')}" + (" (type not stated)" if item in generic else "")
            top.bar(x, share[item].to_numpy(), bottom=bottom_share, width=25, color=ITEM_COLOURS.get(item), label=label)
            bottom_share += share[item].to_numpy()
        top.set_ylim(0, 1)
        top.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        top.set_ylabel(f"share of the {group} launched")
        top.legend(loc="lower left", fontsize=7)
        per_month = part.groupby("month", as_index=False).agg(nights=("nights", "first"), covered=("covered", "first"),
                                                              days=("days", "first"))
        _coverage_panel(bottom, per_month, GROUP_COLOURS[group], f"nights with a {group} figure")
        _span(bottom, per_month["month"])
        bottom.tick_params(axis="x", labelrotation=45)
    return fig


def share_stopped(monthly: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """The share of launched items stopped per month (columns `month`, `author`, `item_group`, `launched`,
    `stopped`, `nights`, `share` and those of `with_coverage`), over the nights that state both; a line per
    item group that breaks at every month left out."""
    shown = monthly[monthly["is_shown"]]
    if shown.empty:
        return NoChart("No month has at least half of its nights in the data with launched and stopped figures, so "
                       "there is no chart of the share stopped.")
    groups = [g for g in ("drones", "missiles") if shown["item_group"].eq(g).any()]
    lead = shown[shown["item_group"].eq(groups[0])]
    overall = lead["stopped"].sum() / lead["launched"].sum()
    title = (f"{author_name(lead['author'].iloc[0])} reports stopping {overall:.0%} of the {groups[0]} launched, "
             f"{_shown_span(lead)} ({int(lead['nights'].sum()):,} nights with both figures)")
    fig, axes = coverage_figure(title, caption_text("nightly", data_to, note=LEFT_OUT),
                                "Lines with markers per month of stopped over launched, one per item group, breaking "
                                "where a month is left out, above bars of the nights each month states both figures; "
                                + LEFT_OUT + ".")
    top, bottom = axes
    months = pd.period_range(monthly["month"].min(), monthly["month"].max(), freq="M")
    width = 25 / len(groups)
    for i, group in enumerate(groups):
        part = monthly[monthly["item_group"].eq(group)].set_index("month").reindex(months)
        value = part["share"].astype(float).where(part["is_shown"].fillna(False).astype(bool))
        x = _month_x(pd.Series(months))
        top.plot(x, value.to_numpy(), marker="o", ms=4, color=GROUP_COLOURS[group], label=group)
        per_month = part.dropna(subset=["days"]).reset_index(names="month")
        _coverage_panel(bottom, per_month, GROUP_COLOURS[group], "nights with both figures",
                        offset_days=(i - (len(groups) - 1) / 2) * width, width=width)
    top.set_ylim(0, max(1.05, float(shown["share"].max()) * 1.05))
    top.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    top.set_ylabel("stopped / launched, per month (%)")
    top.legend(loc="lower left", fontsize=8)
    _span(bottom, pd.Series(months))
    return fig


def busiest_nights(busiest: pd.DataFrame, data_to: str, out_of: int | None = None) -> Chart | NoChart:
    """The busiest nights of a frame (columns `date`, `launched`, `author`, `source`), most first."""
    if busiest.empty:
        return NoChart("No night in the data states how many drones were launched, so there are no busiest nights "
                       "to chart.")
    top = busiest.sort_values(["launched", "date"], ascending=[False, True])
    first = top.iloc[0]
    of = f" of the {out_of:,} nights with a figure" if out_of else ""
    title = (f"The {len(top)} busiest nights{of}: the most, {int(first['launched']):,} drones, on "
             f"{long_date(first['date'])} ({author_name(first['author'])})")
    fig, (ax,) = new_figure(title, caption_text("nightly", data_to, top["source"]),
                            "Horizontal bars of drones launched, one per night, the busiest at the top.")
    y = np.arange(len(top))[::-1]
    ax.barh(y, top["launched"].astype(float), color=GROUP_COLOURS["drones"])
    for yi, v in zip(y, top["launched"], strict=True):
        ax.text(float(v), yi, f" {int(v):,}", va="center", fontsize=8)
    ax.set_yticks(y, [fmt_date(d) for d in top["date"]], fontsize=8)
    ax.set_xlabel("drones launched in the night (count)")
    ax.set_ylabel("night (date the night ends)")
    return fig


def russian_regions(regional: pd.DataFrame, data_to: str, n: int = 15) -> Chart | NoChart:
    """Drones a region's list gives per night, per region and month (columns `month`, `author`, `region`,
    `name`, `count`, `nights`, `per_night` and those of `with_coverage`): the `n` regions named most, months
    left out where fewer than half of their nights are in the data."""
    shown = regional[regional["is_shown"]]
    if shown.empty:
        return NoChart("No month has regional figures on at least half of its nights, so there is no chart of "
                       "regions.")
    totals = shown.groupby(["region", "name"])["count"].sum().sort_values(ascending=False).head(n)
    months = pd.period_range(regional["month"].min(), regional["month"].max(), freq="M")
    grid = shown.pivot_table(index="region", columns="month", values="per_night", aggfunc="sum")
    grid = grid.reindex(index=totals.index.get_level_values("region"), columns=months)
    per_month = regional.groupby("month")[["nights", "covered", "days", "is_shown"]].first().reindex(months)
    names = [n for n, _ in totals.head(3).index.swaplevel()]
    title = (f"Regions the Defence Ministry names most, {_shown_span(shown)}: {', '.join(names)} "
             f"({int(per_month.loc[per_month['is_shown'].fillna(False).astype(bool), 'nights'].sum()):,} nights "
             "with a regional list)")
    fig, (ax,) = new_figure(title, caption_text("claims", data_to, note=LEFT_OUT.split(" (")[0]),
                            f"Heat map of drones reported downed per night over the {len(totals)} regions named "
                            "most (rows) and months (columns); grey columns are months left out; " + LEFT_OUT
                            + ".", size=(10, 6.4))
    cmap = matplotlib.colormaps["Reds"].with_extremes(bad="#eeeeee")
    image = ax.imshow(np.ma.masked_invalid(grid.to_numpy(dtype=float)), aspect="auto", interpolation="nearest",
                      cmap=cmap, vmin=0)
    for r, region in enumerate(grid.index):
        for c, month in enumerate(grid.columns):
            v = grid.loc[region, month]
            if pd.notna(v):
                ax.text(c, r, f"{v:.0f}" if v >= 1 else f"{v:.1f}", ha="center", va="center", fontsize=6,
                        color="white" if v > 0.6 * np.nanmax(grid.to_numpy(dtype=float)) else "black")
    ax.set_yticks(np.arange(len(grid)), [f"{name} ({code})" for code, name in totals.index], fontsize=7)
    nights = per_month["nights"].fillna(0).astype(int)
    labels = [f"{m.strftime('%b %y')}\n{k}/{m.days_in_month}" for m, k in zip(months, nights, strict=True)]
    ax.set_xticks(np.arange(len(months)), labels, fontsize=6)
    ax.set_xlabel("month, and nights with a regional list / nights in the month")
    ax.set_ylabel("region or sea area")
    fig.colorbar(image, ax=ax, label="drones reported downed per night with a list")
    return fig


# ---------------------------------------------------------------------------- 03-discrepancies

def sides_per_night(per_side: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Each side's drones stopped per night with a figure, per month (columns `month`, `author`, `stopped`,
    `nights`, `per_night` and those of `with_coverage`): two campaigns side by side, each with its nights."""
    shown = per_side[per_side["is_shown"]]
    if shown.empty:
        return NoChart("No month has at least half of its nights in the data for either side, so there is no "
                       "side-by-side chart.")
    authors = [a for a in ("ua_air_force", "ru_mod") if per_side["author"].eq(a).any()]
    parts = []
    for a in authors:
        s = shown[shown["author"].eq(a)]
        if len(s):
            parts.append(f"{side(s['claimant'].iloc[0])} {s['stopped'].sum() / s['nights'].sum():,.0f} "
                         f"({int(s['nights'].sum()):,} nights)")
    title = "Drones each side says it stopped, per night with a figure, in the months covered: " + ", ".join(parts)
    fig, axes = coverage_figure(title, caption_text("nightly", data_to, note=LEFT_OUT),
                                "Paired bars per month of each side's mean drones stopped per night with a figure, "
                                "above bars of the nights each side's month carries a figure; " + LEFT_OUT + ".")
    top, bottom = axes
    width = 12
    for i, a in enumerate(authors):
        part = per_side[per_side["author"].eq(a)].sort_values("month")
        drawn = part[part["is_shown"]]
        offset = (i - (len(authors) - 1) / 2) * width
        label = ("Ukraine: Russian drones stopped" if a == "ua_air_force" else
                 "Russia: Ukrainian drones intercepted" if a == "ru_mod" else a)
        top.bar(_month_x(drawn["month"]) + pd.Timedelta(days=offset), drawn["per_night"].astype(float), width=width,
                color=AUTHOR_COLOURS.get(a, "#777777"), label=label)
        _coverage_panel(bottom, part, AUTHOR_COLOURS.get(a, "#777777"), "nights with the side's figure",
                        offset_days=offset, width=width)
    top.set_ylabel("drones stopped per night (mean)")
    top.legend(loc="upper left", fontsize=8)
    _span(bottom, per_side["month"])
    bottom.tick_params(axis="x", labelrotation=45)
    return fig


def _pairs(pairs: pd.DataFrame, data_to: str, what: str, title: str, label_a: str, label_b: str) -> Chart:
    """Dumbbells: each pair's two figures on one row."""
    shown = pairs.tail(30)
    fig, (ax,) = new_figure(title, caption_text("discrepancies", data_to,
                                                pd.concat([shown["a_source"], shown["b_source"]])),
                            f"Dot pairs, one row per {what}, joined by a line.",
                            size=(10, max(4.0, 0.28 * len(shown) + 2.2)))
    y = np.arange(len(shown))[::-1]
    a = shown["a_value"].astype(float).to_numpy()
    b = shown["b_value"].astype(float).to_numpy()
    ax.hlines(y, np.fmin(a, b), np.fmax(a, b), color="#bbbbbb")
    ax.scatter(a, y, color="#1f77b4", label=label_a, zorder=3)
    ax.scatter(b, y, color="#d62728", label=label_b, zorder=3)
    what_of = [(r.item if isinstance(r.item, str) else r.item_group) for r in shown.itertuples()]
    ax.set_yticks(y, [f"{fmt_date(r.date)} {r.a_author}: {r.metric} {w}" for r, w in
                      zip(shown.itertuples(), what_of, strict=True)], fontsize=7)
    ax.set_xlabel("figure (count)")
    ax.set_ylabel("night, author, metric and item")
    ax.legend(fontsize=8, loc="lower right")
    return fig


def _pair_sentence(r) -> str:
    what = r["item"] if isinstance(r["item"], str) else r["item_group"]
    b = "no number" if pd.isna(r["b_value"]) else f"{int(r['b_value']):,}"
    a = "no number" if pd.isna(r["a_value"]) else f"{int(r['a_value']):,}"
    return (f"on {long_date(r['date'])}, {r['a_author']} ({r['a_source']}) gives {a} {what} {r['metric']} and "
            f"{r['b_author']} ({r['b_source']}) {b}")


def same_author(pairs: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Reports of one author that give different figures for one night (`same_author` rows of
    `discrepancies.csv`): the figure the nightly table counts against the other report's."""
    pairs = pairs.dropna(subset=["a_value", "b_value"]).sort_values(["date", "discrepancy_id"])
    if pairs.empty:
        return NoChart("No two reports of one author disagree about a night in the data, so there is nothing to "
                       "chart.")
    if len(pairs) == 1:
        return NoChart("One pair of reports of one author disagrees: " + _pair_sentence(pairs.iloc[0]) + ".")
    worst = pairs.loc[(pairs["a_value"] - pairs["b_value"]).abs().idxmax()]
    title = (f"{len(pairs):,} times two reports of one author give different figures for a night; the largest gap: "
             f"{int(worst['a_value']):,} against {int(worst['b_value']):,} {worst['metric']} on "
             f"{long_date(worst['date'])} ({worst['a_author']})")
    return _pairs(pairs, data_to, "pair of reports", title, "figure the nightly table counts", "other report's figure")


def cross_source_gaps(pairs: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """One side's figures for one night from two sources or authors (`cross_source` rows of `discrepancies.csv`)."""
    pairs = pairs.dropna(subset=["a_value", "b_value"]).sort_values(["date", "discrepancy_id"])
    if pairs.empty:
        return NoChart("No night has one side's figures from two sources or authors in the data, so there is no "
                       "cross-source chart.")
    if len(pairs) == 1:
        return NoChart("One night has one side's figures from two sources or authors: " + _pair_sentence(pairs.iloc[0]) + ".")
    unequal = pairs[pairs["difference"].ne(0)]
    worst = pairs.loc[pairs["difference"].abs().idxmax()]
    title = (f"{len(unequal):,} of {len(pairs):,} cross-source pairs disagree; largest gap "
             f"{abs(int(worst['difference'])):,} ({worst['metric']}, {long_date(worst['date'])})")
    return _pairs(pairs, data_to, "pair", title, "first source's figure", "second source's figure")


LOSS_ITEM_NAMES = {"drone": "drones", "cruise_missile": "cruise missiles"}
GENERAL_STAFF_COLOUR = "#e6a100"


def losses_against_nights(pairs: pd.DataFrame, monthly: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """The General Staff's daily increments of drones and cruise missiles destroyed against the Air Force's
    count stopped in the night ending that morning (`losses_increment` rows of `discrepancies.csv`: `a_value`
    the Air Force's, `b_value` the General Staff's), night by night (top) and summed per month over the
    nights that have both (bottom: columns `month`, `item`, `air_force`, `general_staff`, `nights`)."""
    pairs = pairs.dropna(subset=["a_value", "b_value"])
    items = [i for i in LOSS_ITEM_NAMES if pairs["item"].eq(i).any()]
    if not items:
        return NoChart("No night has both the Air Force's figure and the General Staff's daily increment of drones "
                       "or cruise missiles in the data, so there is nothing to compare.")
    parts = []
    for item in items:
        p = pairs[pairs["item"].eq(item)]
        parts.append(f"{LOSS_ITEM_NAMES[item]} {int(p['b_value'].sum()):,} against {int(p['a_value'].sum()):,} "
                     f"({p['date'].nunique():,} nights)")
    title = ("Two Ukrainian counts of one air war: the General Staff's daily losses against the Air Force's "
             "nightly count stopped, summed over the nights with both: " + "; ".join(parts))
    fig, axes = new_figure(title, caption_text("discrepancies", data_to, ["general_staff", *pairs["a_source"]],
                                               note="the General Staff's increment covers the whole front and the "
                                                    "whole day that ends on the morning the night ends"),
                           "Per item, dots of each night's two figures (top) and paired monthly bars of their sums "
                           "over the nights with both, with the nights counted (bottom).",
                           nrows=2, ncols=len(items), size=(10, 7))
    grid = np.array(axes).reshape(2, len(items))
    for col, item in enumerate(items):
        p = pairs[pairs["item"].eq(item)].sort_values("date")
        top, bottom = grid[0, col], grid[1, col]
        top.scatter(p["date"], p["a_value"].astype(float), s=10, color=SIDE_COLOURS["UA"],
                    label="Air Force: stopped in the night")
        top.scatter(p["date"], p["b_value"].astype(float), s=10, color=GENERAL_STAFF_COLOUR, marker="s",
                    label="General Staff: destroyed that day")
        top.set_title(LOSS_ITEM_NAMES[item].capitalize(), fontsize=10)
        top.set_ylabel(f"{LOSS_ITEM_NAMES[item]} per night / day")
        top.legend(fontsize=7, loc="upper left")
        top.tick_params(axis="x", labelrotation=45, labelsize=7)
        m = monthly[monthly["item"].eq(item)].sort_values("month")
        x = np.arange(len(m))
        bottom.bar(x - 0.2, m["air_force"].astype(float), width=0.4, color=SIDE_COLOURS["UA"], label="Air Force")
        bottom.bar(x + 0.2, m["general_staff"].astype(float), width=0.4, color=GENERAL_STAFF_COLOUR,
                   label="General Staff")
        for xi, (high, n) in enumerate(zip(m[["air_force", "general_staff"]].astype(float).max(axis=1), m["nights"],
                                           strict=True)):
            bottom.annotate(f"{int(n)}", (xi, high), ha="center", va="bottom", fontsize=6, color="#555555")
        bottom.set_xticks(x, [month_name(v) for v in m["month"]], rotation=60, fontsize=6)
        bottom.set_ylabel(f"{LOSS_ITEM_NAMES[item]} per month")
        bottom.set_title("monthly sums over the nights with both (number: nights)", fontsize=8)
        bottom.legend(fontsize=7, loc="upper left")
    return fig


def event_claims(events: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Every side's `event` figures (claims rows, breakdowns excluded) for one date, numbers or not."""
    if events.empty:
        return NoChart("No side gives an event figure for this date in the data, so there is nothing to chart.")
    ev = events.assign(_c=events["claimant"].map({"UA": 0, "RU": 1}).fillna(2)).sort_values(
        ["_c", "claimant", "author", "item", "metric", "claim_id"])
    date = ev["date"].iloc[0]
    said = []
    for claimant, part in ev.groupby("claimant", sort=False):
        first = part.iloc[0]
        figure = "gives no number" if pd.isna(first["count"]) else f"{first['qualifier'].replace('_', ' ')} " \
            f"{int(first['count']):,} {first['item']} {first['metric']}".replace("exact ", "")
        said.append(f"{side(claimant)} {figure}")
    fig, (ax,) = new_figure(f"{long_date(date)}: " + "; ".join(said), caption_text("claims", data_to, ev["source"]),
                            "Horizontal bars, one per figure; a figure without a number has no bar.")
    y = np.arange(len(ev))[::-1]
    values = ev["count"].astype(float).fillna(0).to_numpy()
    colours = [SIDE_COLOURS.get(k, "#777777") for k in ev["claimant"]]
    bars = ax.barh(y, values, color=colours)
    for bar, count, qual in zip(bars, ev["count"], ev["qualifier"], strict=True):
        text = " no number stated" if pd.isna(count) else f" {int(count):,} ({qual.replace('_', ' ')})"
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, text, va="center", fontsize=8)
    ax.set_yticks(y, [f"{side(r.claimant)} ({r.author}): {r.metric} {r.item}" for r in ev.itertuples()], fontsize=8)
    ax.set_xlabel("figure claimed (count)")
    ax.set_ylabel("claimant (author): metric and item")
    ax.margins(x=0.15)
    return fig


def breakdown_gaps(pairs: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Totals against the sum of their breakdown rows (`breakdown` rows of `discrepancies.csv`)."""
    pairs = pairs.sort_values(["date", "discrepancy_id"])
    if pairs.empty:
        return NoChart("Every breakdown in the data adds up to its total, so there is nothing to chart.")
    if len(pairs) == 1:
        return NoChart("One breakdown does not add up to its total: " + _pair_sentence(pairs.iloc[0]) + ".")
    short = int((pairs["difference"] > 0).sum())
    title = (f"{len(pairs):,} breakdowns do not add up to their totals: {len(pairs) - short:,} list more than the "
             f"total, {short:,} less")
    return _pairs(pairs, data_to, "breakdown", title, "stated total", "sum of its breakdown rows")


def revisions(pairs: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Figures a later report or version of the same source changed (`revision` rows of `discrepancies.csv`)."""
    pairs = pairs.sort_values(["date", "discrepancy_id"])
    if pairs.empty:
        return NoChart("No figure in the data has been revised by a later report of the same source, so there is "
                       "no chart of revisions.")
    if len(pairs) == 1:
        return NoChart("One figure has been revised: " + _pair_sentence(pairs.iloc[0]) + ".")
    change = (pairs["b_value"] - pairs["a_value"]).astype("Float64")
    biggest = pairs.loc[change.abs().fillna(-1).idxmax()]
    title = (f"{len(pairs):,} figures were revised; the largest change: {biggest['metric']} on "
             f"{long_date(biggest['date'])}, {biggest['a_value']} to {biggest['b_value']}")
    return _pairs(pairs, data_to, "revision", title, "earlier figure", "later figure")


# ---------------------------------------------------------------------------- 04-data-quality

def coverage_calendar(coverage: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """A month grid per author and year: the share of the month's nights that carry a figure."""
    cov = coverage
    if cov.empty:
        return NoChart("No official author has a night figure yet, so there is no coverage calendar.")
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
    fig, (ax,) = new_figure(title, caption_text("coverage", data_to, cov["author"]),
                            "A grid of authors and years (rows) by month (columns); each cell gives the nights with "
                            "a figure over the nights of the month.",
                            size=(10, max(3.0, 0.6 * len(rows) + 1.8)))
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


def parse_status(counts: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """Reports by source (index) and by what the build made of them (columns: statuses, counts)."""
    total = int(counts.to_numpy().sum()) if counts.size else 0
    if total == 0:
        return NoChart("There are no reports yet, so there is no parse-status chart.")
    nonzero = counts.stack()
    nonzero = nonzero[nonzero > 0]
    if len(nonzero) == 1:
        (source, status), n = nonzero.index[0], int(nonzero.iloc[0])
        return NoChart(f"All {n:,} reports come from one source ({source}) with one status ({status}), so there is "
                       "nothing to compare in a chart.")
    title = f"{total:,} reports by source and by what the build made of them"
    fig, (ax,) = new_figure(title, caption_text("reports", data_to, counts.index),
                            "Horizontal stacked bars, one per source, split by status.")
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


def rejected_by_reason(counts: pd.Series, data_to: str, total: int | None = None) -> Chart | NoChart:
    """Rejected inputs per (stage, reason) (a Series, most common first)."""
    if counts.empty:
        return NoChart("No input was rejected, so there is no chart of rejections.")
    total = int(counts.sum()) if total is None else total
    (_stage, reason), top = counts.index[0], int(counts.iloc[0])
    short = reason if len(reason) <= 60 else reason[:59] + "…"
    fig, (ax,) = new_figure(f"{total:,} inputs rejected; most often ({top:,}): {short}",
                            caption_text("rejected", data_to),
                            "Horizontal bars, one per stage and reason, the most common at the top.")
    shown = counts[::-1]
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


def accounting(t: pd.DataFrame, data_to: str) -> Chart | NoChart:
    """The accounting identity, per raw file (`accounting_table`): raw lines = reports + read rejections."""
    if t.empty:
        return NoChart("No report in the data comes from a raw report file (data/raw/reports/), so there is no "
                       "per-file accounting to chart.")
    lines, reps, rejs = int(t["lines"].sum()), int(t["reports"].sum()), int(t["rejected"].sum())
    if t["balanced"].all():
        title = f"Every raw line accounted for: {lines:,} lines = {reps:,} reports + {rejs:,} rejections"
    else:
        title = f"{int((~t['balanced']).sum())} raw files do not balance: {lines:,} lines vs {reps + rejs:,} accounted"
    fig, (ax,) = new_figure(title, caption_text("reports and rejected", data_to),
                            "Horizontal stacked bars of reports and rejected lines per raw file, with a tick at the "
                            "file's line count.")
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


# ---------------------------------------------------------------------------- the published figures
# Each builds its frame from the tables with the lines the notebooks show, then draws.

def _air_force(t: Tables) -> pd.DataFrame:
    nightly = t["nightly"]
    return nightly[nightly["is_headline"] & nightly["author"].eq("ua_air_force") & nightly["window_kind"].eq("night")]


def _launched(t: Tables) -> pd.DataFrame:
    return _air_force(t)[["date", "author", "item_group", "launched"]].dropna(subset=["launched"])


def figure_coverage_by_author(t: Tables) -> Chart | NoChart:
    coverage = t["coverage"]
    per_author = coverage.groupby(["author", "status"]).size().unstack("status")
    per_author = per_author.reindex(columns=["figures", "no_attack", "no_data"]).fillna(0).astype(int)
    per_author = per_author.join(coverage.groupby("author")["date"].agg(first="min", last="max"))
    return coverage_by_author(per_author, data_date(t))


def figure_seed_night(t: Tables) -> Chart | NoChart:
    nightly = t["nightly"]
    rows = nightly[nightly["is_headline"] & nightly["window_kind"].eq("night") & nightly["date"].eq(SEED_NIGHT)]
    return night_figures(rows, data_date(t))


def figure_launches_per_night(t: Tables) -> Chart | NoChart:
    return launches_per_night(_launched(t), data_date(t))


def figure_monthly_launches(t: Tables) -> Chart | NoChart:
    launched = _launched(t)
    monthly = (launched.assign(month=launched["date"].dt.to_period("M"))
               .groupby(["month", "author", "item_group"], as_index=False)
               .agg(launched=("launched", "sum"), nights=("launched", "size")))
    monthly = with_coverage(monthly, t["coverage"])
    monthly["per_night"] = monthly["launched"] / monthly["nights"]
    return monthly_launches(monthly, data_date(t))


def figure_weapon_mix(t: Tables) -> Chart | NoChart:
    claims = behind(t["claims"], _air_force(t))
    launched = claims[claims["metric"].eq("launched") & ~claims["is_breakdown"] & claims["item_group"].notna()]
    launched = launched.assign(month=launched["date"].dt.to_period("M"))
    mix = launched.groupby(["month", "author", "item_group", "item"], as_index=False)["count"].sum()
    nights = launched.groupby(["month", "author", "item_group"], as_index=False).agg(nights=("date", "nunique"))
    mix = with_coverage(mix.merge(nights), t["coverage"])
    return weapon_mix(mix, data_date(t))


def figure_share_stopped(t: Tables) -> Chart | NoChart:
    air_force = _air_force(t)
    both = air_force.assign(stopped=stopped(air_force)).dropna(subset=["launched", "stopped"])
    monthly = (both.assign(month=both["date"].dt.to_period("M"))
               .groupby(["month", "author", "item_group"], as_index=False)
               .agg(launched=("launched", "sum"), stopped=("stopped", "sum"), nights=("launched", "size")))
    monthly = with_coverage(monthly, t["coverage"])
    monthly["share"] = monthly["stopped"] / monthly["launched"]
    return share_stopped(monthly, data_date(t))


def figure_busiest_nights(t: Tables) -> Chart | NoChart:
    launched = _launched(t)
    drones = launched[launched["item_group"].eq("drones")].assign(source=_air_force(t)["source"])
    busiest = drones.sort_values(["launched", "date"], ascending=[False, True]).head(10)
    return busiest_nights(busiest, data_date(t), out_of=len(drones))


def figure_russian_regions(t: Tables) -> Chart | NoChart:
    nightly = t["nightly"]
    ru_mod = nightly[nightly["is_headline"] & nightly["author"].eq("ru_mod") & nightly["window_kind"].eq("night")]
    claims = behind(t["claims"], ru_mod)
    listed = claims[claims["region"].notna() & claims["item_group"].eq("drones") & claims["metric"].eq("intercepted")]
    listed = listed.assign(month=listed["date"].dt.to_period("M"))
    regional = listed.groupby(["month", "author", "region"], as_index=False)["count"].sum()
    nights = listed.groupby(["month", "author"], as_index=False).agg(nights=("date", "nunique"))
    regional = with_coverage(regional.merge(nights), t["coverage"])
    regional["per_night"] = regional["count"] / regional["nights"]
    names = t["regions"].set_index("code")["name_en"]
    regional["name"] = regional["region"].map(names).fillna(regional["region"])
    return russian_regions(regional, data_date(t))


def figure_sides_per_night(t: Tables) -> Chart | NoChart:
    nightly = t["nightly"]
    sides = nightly[nightly["is_headline"] & nightly["window_kind"].eq("night") & nightly["item_group"].eq("drones")
                    & nightly["author"].isin(["ua_air_force", "ru_mod"])]
    sides = sides.assign(stopped=stopped(sides), month=sides["date"].dt.to_period("M")).dropna(subset=["stopped"])
    per_side = sides.groupby(["month", "author", "claimant"], as_index=False).agg(
        stopped=("stopped", "sum"), nights=("stopped", "size"))
    per_side = with_coverage(per_side, t["coverage"])
    per_side["per_night"] = per_side["stopped"] / per_side["nights"]
    return sides_per_night(per_side, data_date(t))


def _kind(t: Tables, kind: str) -> pd.DataFrame:
    d = t["discrepancies"]
    return d[d["kind"].eq(kind)]


def figure_same_author(t: Tables) -> Chart | NoChart:
    return same_author(_kind(t, "same_author"), data_date(t))


def figure_cross_source_gaps(t: Tables) -> Chart | NoChart:
    return cross_source_gaps(_kind(t, "cross_source"), data_date(t))


def figure_losses_against_nights(t: Tables) -> Chart | NoChart:
    pairs = _kind(t, "losses_increment")
    monthly = (pairs.assign(month=pairs["date"].dt.to_period("M"))
               .groupby(["month", "item"], as_index=False)
               .agg(air_force=("a_value", "sum"), general_staff=("b_value", "sum"), nights=("date", "nunique")))
    return losses_against_nights(pairs, monthly, data_date(t))


def figure_event_claims(t: Tables) -> Chart | NoChart:
    c = t["claims"]
    events = c[c["window_kind"].eq("event") & c["date"].eq(SEED_EVENT) & ~c["is_breakdown"]]
    return event_claims(events, data_date(t))


def figure_breakdown_gaps(t: Tables) -> Chart | NoChart:
    return breakdown_gaps(_kind(t, "breakdown"), data_date(t))


def figure_revisions(t: Tables) -> Chart | NoChart:
    return revisions(_kind(t, "revision"), data_date(t))


def figure_coverage_calendar(t: Tables) -> Chart | NoChart:
    return coverage_calendar(t["coverage"], data_date(t))


def figure_parse_status(t: Tables) -> Chart | NoChart:
    counts = t["reports"].groupby(["source", "status"]).size().unstack("status", fill_value=0)
    return parse_status(counts, data_date(t))


def figure_rejected_by_reason(t: Tables) -> Chart | NoChart:
    rejected = t["rejected"]
    counts = rejected.groupby(["stage", "reason"]).size().sort_values(ascending=False)
    return rejected_by_reason(counts.head(12), data_date(t), total=len(rejected))


def figure_accounting(t: Tables) -> Chart | NoChart:
    return accounting(accounting_table(t), data_date(t))


FIGURES: dict[str, Callable[[Tables], Chart | NoChart]] = {
    "01-coverage-by-author": figure_coverage_by_author,
    "01-seed-night": figure_seed_night,
    "02-launches-per-night": figure_launches_per_night,
    "02-monthly-per-night": figure_monthly_launches,
    "02-weapon-mix": figure_weapon_mix,
    "02-share-stopped": figure_share_stopped,
    "02-busiest-nights": figure_busiest_nights,
    "02-russian-regions": figure_russian_regions,
    "03-sides-per-night": figure_sides_per_night,
    "03-same-author": figure_same_author,
    "03-cross-source-gaps": figure_cross_source_gaps,
    "03-losses-against-nights": figure_losses_against_nights,
    "03-event-claims": figure_event_claims,
    "03-breakdown-gaps": figure_breakdown_gaps,
    "03-revisions": figure_revisions,
    "04-coverage-calendar": figure_coverage_calendar,
    "04-parse-status": figure_parse_status,
    "04-rejected-by-reason": figure_rejected_by_reason,
    "04-accounting": figure_accounting,
}


def save(fig: Figure, path: Path | str) -> Path:
    """Write a figure as PNG with no metadata and a fixed resolution: same figure, same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(png_bytes(fig))
    tmp.replace(path)
    return path


def export_all(data_dir: Path, out_dir: Path) -> tuple[list[Path], dict[str, str]]:
    """Render every figure from the tables in `data_dir` into `out_dir` as `{name}.png`.

    A figure with nothing to draw is not written, and its PNG from an earlier run is removed; -> the paths
    written, and for each figure not drawn the sentence saying why."""
    tables = load.tables(data_dir)
    written, skipped = [], {}
    for name, figure in FIGURES.items():
        path = Path(out_dir) / f"{name}.png"
        result = figure(tables)
        if isinstance(result, NoChart):
            path.unlink(missing_ok=True)
            skipped[name] = result.sentence
        else:
            written.append(save(result, path))
    return written, skipped
