"""The charts of module 01: KPI trends, the QCDMS board, Pareto, control chart, heatmap.

The control chart lives in `kpi/control_chart.py` and is re-exported here.

    from score_helpers import data, kpi
    from score_helpers.kpi import charts as plots
    weekly = kpi.qcdms_summary(df, by="line", period="W")
    chart = plots.trend_with_target(weekly, "defect_rate", target=0.02)
    chart                       # in a notebook, shows the picture
    chart.data                  # the exact numbers drawn

Every function returns a Chart: (figure, data). `data` is the DataFrame drawn, so an
exercise can check the numbers, not the pixels. Figures are made without pyplot: nothing
piles up however often a chart is drawn, and a notebook shows the returned chart.
The look (colours, fonts) comes from score_helpers.plot_style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import seaborn as sns
from matplotlib.ticker import FuncFormatter

from score_helpers import plot_style as style
from score_helpers.data import frame_checks as _v
from score_helpers.formatting import percent
from score_helpers.kpi import axes as kpi_axes
from score_helpers.kpi.control_chart import control_chart  # noqa: F401  (re-exported)
from score_helpers.kpi.summary import qcdms_summary
from score_helpers.kpi.targets import HEADLINE_KPIS, Target, check_one_factory, kpi_info, kpi_text
from score_helpers.plot_style import Chart, new_figure, period_word

# Words on the charts (short, plain English).
TARGET = "Target {value}"
BEYOND_TARGET = "Missed target"
TREND_TITLE = "{label} per {period}"
BOARD_TITLE = "QCDMS per {period}"
BOARD_NOTE = "Each point is one {period}.\nDashed line: target."
PARETO_TITLE = "Defects by cause: {count} causes make {share} of them"
PARETO_TITLE_ONE = "Defects by cause: 1 cause makes {share} of them"
PARETO_LINE = "Cumulative share"
DEFECTS_AXIS = "Defects (pieces)"
EIGHTY = "80 %"
HEATMAP_TITLE = "{label}, by {by} and week"
WEEK_AXIS = "ISO week (starting Monday)"
WIDE, TALL = (12.0, 6.0), (14.0, 8.0)

# Errors a participant can act on.
TWO_ROWS_PER_PERIOD = ("More than one row per group and period: choose `by` to match the "
                       "summary (e.g. by=['factory', 'line']).")
SEVERAL_PER_PERIOD = ("The summary has several rows per period: give one factory or line, "
                      "or the daily frame.")
NO_DEFECTS = "There are no defects to chart: check the filter (factory, line, dates)."
def _keys(by: str | Sequence[str] | None) -> list[str]:
    return [] if by is None else [by] if isinstance(by, str) else list(by)


def _group_name(values: object) -> str:
    return " · ".join(map(str, values)) if isinstance(values, tuple) else str(values)


def trend_with_target(summary: pd.DataFrame, kpi: str, target: float | Target,
                      by: str | Sequence[str] | None = "line", title: str | None = None) -> Chart:
    """A KPI over time, one line per group, with a dashed target line; points on the wrong
    side of the target are circled.

    summary: from kpi.qcdms_summary (columns `period_start`, the `by` columns and `kpi`).
    target: a number (0.02 for 2 %) or a Target (its green threshold is drawn).
    data: the `by` columns, period_start, the KPI, target and beyond_target (True where the
    value is worse than the target: above it when lower is better, below when higher is).
    What to notice: the circled points are the weeks to talk about at the EIT meeting.
    """
    info, keys = kpi_info(kpi), _keys(by)
    goal = float(target.green if isinstance(target, Target) else target)
    _v.require_columns(summary, [*keys, "period_start", kpi])
    check_one_factory(summary, keys)
    if summary.duplicated([*keys, "period_start"]).any():
        raise ValueError(TWO_ROWS_PER_PERIOD)
    data = summary[[*keys, "period_start", kpi]].sort_values([*keys, "period_start"])
    data = data.reset_index(drop=True).assign(target=goal)
    worse = data[kpi] < goal if info.higher_is_better else data[kpi] > goal
    data["beyond_target"] = worse.fillna(False).astype(bool)
    with style.score_style():
        figure, axes = new_figure(WIDE)
        ax = axes[0, 0]
        groups = data.groupby(keys, sort=True) if keys else [("All", data)]
        for name, rows in groups:
            ax.plot(rows["period_start"], rows[kpi], marker="o", label=_group_name(name))
        ax.axhline(goal, color=style.REFERENCE_COLOUR, linestyle="--", linewidth=2,
                   label=TARGET.format(value=kpi_text(kpi, goal)))
        off = data[data["beyond_target"]]
        ax.scatter(off["period_start"], off[kpi], s=260, facecolors="none",
                   edgecolors=style.ALERT_COLOUR, linewidths=2.5, zorder=5, label=BEYOND_TARGET)
        kpi_axes.from_zero(ax)
        ax.yaxis.set_major_formatter(kpi_axes.value_formatter(kpi))
        ax.set_ylabel(kpi_axes.axis_label(kpi))
        ax.set_title(title or TREND_TITLE.format(label=info.label,
                                                 period=period_word(data["period_start"])))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        style.date_axis(ax)
    return Chart(figure, data)


def pillar_small_multiples(daily_or_summary: pd.DataFrame, period: str = "W",
                           kpis: Mapping[str, str] | None = None,
                           targets: Mapping[str, Target] | None = None,
                           title: str | None = None) -> Chart:
    """The five QCDMS pillars side by side, one headline KPI each, one panel per pillar.

    daily_or_summary: the daily frame (summed over all its rows per `period`), or one row
    per period from kpi.qcdms_summary. kpis: pillar letter → KPI column (default
    targets.HEADLINE_KPIS). targets: optional; each panel then shows its green target, dashed.
    data: period_start, pillar, kpi, label and value, one row per pillar and period.
    What to notice: read across the panels for the same weeks: does a better week in one
    pillar cost another (more output, more absences or injuries)?
    """
    chosen = dict(kpis or HEADLINE_KPIS)
    frame = daily_or_summary
    if "period_start" not in frame.columns:
        frame = qcdms_summary(frame, by=(), period=period)
    _v.require_columns(frame, ["period_start", *chosen.values()])
    if frame["period_start"].duplicated().any():
        raise ValueError(SEVERAL_PER_PERIOD)
    frame = frame.sort_values("period_start")
    data = pd.concat([pd.DataFrame({
        "period_start": frame["period_start"].to_numpy(), "pillar": pillar, "kpi": kpi,
        "label": kpi_info(kpi).label, "value": frame[kpi].to_numpy(dtype=float)})
        for pillar, kpi in chosen.items()], ignore_index=True)
    with style.score_style():
        figure, axes = new_figure(TALL, 2, 3)
        panels = axes.ravel()
        for ax, (pillar, kpi) in zip(panels, chosen.items(), strict=False):
            rows = data[data["pillar"] == pillar]
            colour = style.PILLAR_COLOURS.get(pillar, style.CYCLE[0])
            ax.plot(rows["period_start"], rows["value"], color=colour, marker="o",
                    markersize=4)
            if targets and kpi in targets and not targets[kpi].relative:
                ax.axhline(targets[kpi].green, color=style.REFERENCE_COLOUR, linestyle="--")
            kpi_axes.from_zero(ax)
            ax.yaxis.set_major_formatter(kpi_axes.value_formatter(kpi))
            ax.set_title(kpi_axes.pillar_title(kpi), color=colour, fontsize=15)
            if not (kpi_axes.is_fraction(kpi) or kpi_axes.is_pesos(kpi)):
                ax.set_ylabel(kpi_info(kpi).unit, fontsize=12)
            style.date_axis(ax)
        for ax in panels[len(chosen):]:
            ax.axis("off")
        word = period_word(data["period_start"])
        if len(chosen) < len(panels):
            note = BOARD_NOTE if targets else BOARD_NOTE.split("\n")[0]
            panels[-1].text(0.05, 0.5, note.format(period=word), fontsize=15, va="center")
        figure.suptitle(title or BOARD_TITLE.format(period=word))
    return Chart(figure, data)


def pareto(causes: pd.DataFrame, cause: str = "cause", value: str = "defects",
           title: str | None = None) -> Chart:
    """Pareto chart: causes as bars, largest first, with the cumulative share as a line
    and a dashed 80 % line.

    causes: rows with a cause and a count (e.g. data.load("defect_causes"), filtered to one
    factory); rows of the same cause are added up.
    data: cause, defects, share (of all defects) and cumulative_share, largest first (ties
    in name order).
    What to notice: the few bars left of where the line crosses 80 % are where an EIT
    project pays off most.
    """
    _v.require_columns(causes, [cause, value])
    totals = causes.groupby(cause, sort=True)[value].sum()
    if totals.sum() <= 0:
        raise ValueError(NO_DEFECTS)
    totals = totals.sort_values(ascending=False, kind="stable")
    data = pd.DataFrame({"cause": totals.index.astype(str), "defects": totals.to_numpy()})
    data["share"] = data["defects"] / data["defects"].sum()
    data["cumulative_share"] = data["share"].cumsum()
    vital = int((data["cumulative_share"] < 0.8 - 1e-9).sum()) + 1
    with style.score_style():
        figure, axes = new_figure(WIDE)
        ax = axes[0, 0]
        bars = ax.bar(data["cause"], data["defects"], color=style.PILLAR_COLOURS["Q"])
        ax.bar_label(bars, labels=[f"{n:,}" for n in data["defects"]], padding=3)
        ax.set_ylim(0, data["defects"].max() * 1.12)   # room for the labels
        ax.set_ylabel(DEFECTS_AXIS)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.tick_params(axis="x", labelrotation=30)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
        share_ax = ax.twinx()
        share_ax.plot(data["cause"], data["cumulative_share"], color=style.REFERENCE_COLOUR,
                      marker="o", label=PARETO_LINE)
        share_ax.axhline(0.8, color=style.ALERT_COLOUR, linestyle="--", linewidth=2)
        share_ax.text(len(data) - 0.5, 0.8, EIGHTY, color=style.ALERT_COLOUR, va="bottom",
                      ha="right")
        share_ax.set_ylim(0, 1.05)
        share_ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v * 100:.0f} %"))
        share_ax.grid(False)
        share_ax.spines["right"].set_visible(True)
        share_ax.set_ylabel(PARETO_LINE)
        share = percent(data["cumulative_share"].iloc[vital - 1], 0)
        words = PARETO_TITLE_ONE if vital == 1 else PARETO_TITLE
        ax.set_title(title or words.format(count=vital, share=share))
    return Chart(figure, data)


def line_week_heatmap(daily: pd.DataFrame, kpi: str, by: str = "line",
                      weeks: int | None = 13, title: str | None = None) -> Chart:
    """A heatmap of a KPI: one row per line, one column per ISO week, the value in each cell.

    Each cell is a ratio of the week's sums (kpi.qcdms_summary), e.g. Σ defects ÷ Σ units
    of that line and week, never an average of daily rates. Darker is worse, whichever
    way the KPI points. weeks: the last n weeks (default 13, a quarter); None for all.
    data: the grid drawn: index the `by` values, columns the ISO weeks ('2025-W10').
    What to notice: a dark row is a line with a lasting problem; a dark column is a week
    that hit every line (a typhoon, a material problem, the Christmas rush).
    """
    info = kpi_info(kpi)
    check_one_factory(daily, [by])
    weekly = qcdms_summary(daily, by=by, period="W")
    starts = sorted(weekly["period_start"].unique())
    if weeks:
        weekly = weekly[weekly["period_start"].isin(starts[-weeks:])]
    iso = weekly["period_start"].dt.isocalendar()
    weekly = weekly.assign(iso_week=[f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"],
                                                                        strict=True)])
    data = weekly.pivot(index=by, columns="iso_week", values=kpi).sort_index(axis=1)
    with style.score_style():
        figure, axes = new_figure((max(8.0, 0.9 * data.shape[1] + 3), 1.2 * len(data) + 2.5))
        ax = axes[0, 0]
        annotate = data.shape[1] <= 16
        labels = data.map(lambda v: kpi_text(kpi, v)) if annotate else False
        sns.heatmap(data, ax=ax, cmap="rocket" if info.higher_is_better else "rocket_r",
                    annot=labels, fmt="", linewidths=1, linecolor="white",
                    cbar_kws={"format": kpi_axes.value_formatter(kpi),
                              "label": kpi_axes.axis_label(kpi)})
        years = [c[:4] for c in data.columns]
        ax.set_xticklabels([c[5:] + (f"\n{y}" if i == 0 or y != years[i - 1] else "")
                            for i, (c, y) in enumerate(zip(data.columns, years, strict=True))],
                           rotation=0)
        ax.set_xlabel(WEEK_AXIS)
        ax.set_ylabel("")
        ax.tick_params(axis="y", labelrotation=0)
        ax.set_title(title or HEATMAP_TITLE.format(label=info.label, by=by))
    return Chart(figure, data)
