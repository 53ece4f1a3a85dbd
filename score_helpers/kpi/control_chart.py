"""The individuals (XmR) control chart of module 01: is a day's value ordinary variation,
or a special cause worth finding? Re-exported by `score_helpers.kpi.charts`.

    from score_helpers.kpi import charts as plots
    plots.control_chart(line_b_days, "defect_rate").data   # date, value, mean, ucl, lcl, ...
"""

from __future__ import annotations

import pandas as pd

from score_helpers import plot_style as style
from score_helpers.data import frame_checks as _v
from score_helpers.kpi import axes as kpi_axes
from score_helpers.kpi.summary import ALL_KPI_COLUMNS, qcdms_summary
from score_helpers.kpi.targets import kpi_info, kpi_text
from score_helpers.plot_style import Chart, new_figure

# Words on the chart (short, plain English).
OUT_OF_CONTROL = "Out of control"
MEAN, UCL, LCL = "Mean {value}", "Upper limit {value}", "Lower limit {value}"
CONTROL_TITLE = "{label}: {outside}"
ALL_INSIDE = "every point inside the limits"
SOME_OUTSIDE = "{count} {points} outside the limits"
D2 = 1.128  # d2 for moving ranges of two points (ASTM / NIST control-chart constants)
WIDE = (12.0, 6.0)

# Errors a participant can act on.
TOO_FEW_POINTS = "A control chart needs at least 3 values (20 or more is better)."
ONE_PER_DAY = ("One value per day is needed: pick one line, or pass the daily frame and the "
               "chart adds the lines up.")
NAME_THE_KPI = "Name the KPI to chart, e.g. control_chart(df, 'defect_rate')."


def control_chart(series_or_frame: pd.Series | pd.DataFrame, kpi: str | None = None,
                  baseline_points: int | None = None, title: str | None = None) -> Chart:
    """Individuals control chart (XmR): the daily values, their mean and the limits
    mean ± 3σ; points outside the limits are marked.

    σ is estimated from the moving range, the standard estimate for an individuals chart:
        MR_i = |x_i − x_(i−1)|,  σ = MR̄ ÷ 1.128  (d2 for ranges of two points),
        UCL = mean + 3σ = mean + 2.66 × MR̄,  LCL = mean − 3σ, floored at 0 (no KPI is
        negative). Sources: NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.2
        "Individuals control charts"; D. C. Montgomery, Introduction to Statistical
        Quality Control, ch. 6 (control charts for individual measurements).
    The moving range is used rather than the plain standard deviation because a trend
    or a shift in the data inflates the standard deviation and would hide the very
    points the chart should show (Nelson, 1982). Only the rule "a point beyond a limit"
    is applied. For a share such as the defect rate, a p-chart with limits from each
    day's units is the textbook alternative; the XmR chart is simpler and robust.

    series_or_frame: a Series indexed by date; a frame with `date` (or period_start) and
    the `kpi` column; or a daily frame, for which the KPI is computed per day.
    baseline_points: compute mean and limits from the first n points only (a calm period),
    then judge the rest against them; default: all points. Missing values are left out.
    data: date, value, mean, ucl, lcl, out_of_control.
    What to notice: a point outside the limits has a special cause worth finding; the
    points inside are normal day-to-day variation, and chasing them makes things worse.
    """
    values = _control_values(series_or_frame, kpi)
    if len(values) < 3:
        raise ValueError(TOO_FEW_POINTS)
    base = values.iloc[:baseline_points] if baseline_points else values
    moving_range = base.diff().abs().mean()
    mean, sigma = float(base.mean()), float(moving_range / D2)
    data = pd.DataFrame({"date": values.index, "value": values.to_numpy(), "mean": mean,
                         "ucl": mean + 3 * sigma, "lcl": max(0.0, mean - 3 * sigma)})
    data["out_of_control"] = (data["value"] > data["ucl"]) | (data["value"] < data["lcl"])
    label_kpi = kpi if kpi in ALL_KPI_COLUMNS and kpi != "dpmo" else None

    def show(level: float) -> str:
        return kpi_text(label_kpi, level) if label_kpi else f"{level:,.2f}"

    with style.score_style():
        figure, axes = new_figure(WIDE)
        ax = axes[0, 0]
        ax.plot(data["date"], data["value"], color=style.CYCLE[0], marker="o", markersize=4)
        for column, words, dash in (("ucl", UCL, "--"), ("mean", MEAN, "-"), ("lcl", LCL, "--")):
            level = float(data[column].iloc[0])
            ax.axhline(level, color=style.REFERENCE_COLOUR, linestyle=dash, linewidth=1.8)
            ax.annotate(words.format(value=show(level)), (1.0, level), xycoords=("axes fraction",
                        "data"), xytext=(6, 0), textcoords="offset points", va="center")
        off = data[data["out_of_control"]]
        if len(off):
            ax.scatter(off["date"], off["value"], marker="X", s=200, color=style.ALERT_COLOUR,
                       edgecolors="black", zorder=5, label=OUT_OF_CONTROL)
            ax.legend(loc="best")
        if label_kpi:
            kpi_axes.from_zero(ax)
            ax.yaxis.set_major_formatter(kpi_axes.value_formatter(label_kpi))
            ax.set_ylabel(kpi_axes.axis_label(label_kpi))
        name = kpi_info(label_kpi).label if label_kpi else str(values.name or "Value")
        points = "point" if len(off) == 1 else "points"
        outside = SOME_OUTSIDE.format(count=len(off), points=points) if len(off) else ALL_INSIDE
        ax.set_title(title or CONTROL_TITLE.format(label=name, outside=outside))
        style.date_axis(ax)
    return Chart(figure, data)


def _control_values(source: pd.Series | pd.DataFrame, kpi: str | None) -> pd.Series:
    """The values of a control chart as a Series indexed by date, sorted, without gaps."""
    if isinstance(source, pd.Series):
        values = source
    elif kpi in source.columns:
        when = "date" if "date" in source.columns else "period_start"
        _v.require_columns(source, [when, kpi])
        if source[when].duplicated().any():
            raise ValueError(ONE_PER_DAY)
        values = source.set_index(when)[kpi]
    elif kpi is None:
        raise ValueError(NAME_THE_KPI)
    else:
        kpi_info(kpi)
        values = qcdms_summary(source, by=(), period="D").set_index("period_start")[kpi]
    values = values.astype(float).dropna()
    values.index = pd.to_datetime(values.index)
    return values.sort_index().rename(kpi or values.name)
