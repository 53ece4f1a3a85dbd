"""The KPI snapshot app: pick a factory and a month, see the QCDMS KPIs per line."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ipywidgets as widgets
import pandas as pd

from score_helpers import data, formatting, kpi

FACTORY_DATASETS: dict[str, str] = {
    "Garments": "garments_daily",
    "Food processing": "food_daily",
    "Electronics": "electronics_daily",
}

# One headline KPI per QCDMS pillar, then OEE; labels and pillars come from kpi.KPI_COLUMNS.
SNAPSHOT_KPIS: tuple[str, ...] = (
    "defect_rate", "cost_per_unit", "on_time_delivery", "absenteeism_rate", "frequency_rate",
    "oee",
)


TABLE_STYLE = """<style>
.score-table { border-collapse: collapse; margin: 0.5em 0; }
.score-table th, .score-table td { border-bottom: 1px solid #ddd; padding: 4px 12px; }
.score-table td:nth-child(n+3) { text-align: right; font-variant-numeric: tabular-nums; }
.score-table thead th { background: #f2f2f2; }
</style>"""


def kpi_formatter(column: str) -> Callable[[float], str]:
    """How to show a KPI column: fractions as percents, PHP as pesos, rates as numbers."""
    unit = kpi.KPI_COLUMNS[column].unit
    if unit == "fraction":
        return formatting.percent
    return formatting.pesos if unit.startswith("PHP") else formatting.number


def monthly_by_line(frame: pd.DataFrame) -> pd.DataFrame:
    """QCDMS KPIs per line and calendar month, with a 'month' label column (YYYY-MM)."""
    summary = kpi.qcdms_summary(frame, by=("line",), period="M")
    summary["month"] = pd.to_datetime(summary["period_start"]).dt.strftime("%Y-%m")
    return summary


def snapshot_table_html(summary: pd.DataFrame, month: str) -> str:
    """An HTML table: one row per KPI, one column per line, for the chosen month."""
    rows = summary[summary["month"] == month].set_index("line").sort_index()
    header = "".join(f"<th>{line}</th>" for line in rows.index)
    body = []
    for column in SNAPSHOT_KPIS:
        info, fmt = kpi.KPI_COLUMNS[column], kpi_formatter(column)
        cells = "".join(f"<td>{fmt(float(rows.at[line, column]))}</td>" for line in rows.index)
        label = f"{info.label} ({info.unit})" if info.unit.startswith("per ") else info.label
        body.append(f"<tr><th>{kpi.PILLARS[info.pillar]}</th><td>{label}</td>{cells}</tr>")
    return (f"<table class='score-table'><thead><tr><th>Pillar</th><th>KPI</th>{header}"
            f"</tr></thead><tbody>{''.join(body)}</tbody></table>")


def build_app(frames: Mapping[str, pd.DataFrame] | None = None) -> widgets.VBox:
    """The app: a factory chooser, a month chooser and the KPI table they drive.

    `frames` maps a factory label to its daily frame; default: the bundled datasets.
    """
    frames = frames or {label: data.load(name) for label, name in FACTORY_DATASETS.items()}
    summaries = {label: monthly_by_line(frame) for label, frame in frames.items()}
    factory = widgets.Dropdown(options=list(summaries), description="Factory")
    month = widgets.Dropdown(description="Month")
    table = widgets.HTML()
    factory.add_class("kpi-snapshot-factory")
    month.add_class("kpi-snapshot-month")
    table.add_class("kpi-snapshot-table")

    def show_months(*_: object) -> None:
        months = sorted(summaries[factory.value]["month"].unique())
        month.options = months
        month.value = months[-1]

    def show_table(*_: object) -> None:
        if month.value is not None:
            table.value = snapshot_table_html(summaries[factory.value], month.value)

    def show_factory(*_: object) -> None:
        show_months()
        show_table()  # the month may not change, but the factory did

    factory.observe(show_factory, names="value")
    month.observe(show_table, names="value")
    show_factory()
    note = widgets.HTML("<p>Rates are for the whole month: counts are added up first, "
                        "then divided. A dash means there was nothing to measure.</p>")
    return widgets.VBox([widgets.HTML(TABLE_STYLE), widgets.HBox([factory, month]), table, note])
