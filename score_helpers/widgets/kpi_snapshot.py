"""The KPI snapshot app: pick a factory and a month, see the QCDMS KPIs per line.

Its words are the IDs `app.kpi_snapshot.<key>` of score_helpers.i18n (pillar names are the
KPI dashboard's); SCORE_LANG=fil shows them in Filipino.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ipywidgets as widgets
import pandas as pd

from score_helpers import data, formatting, kpi
from score_helpers.i18n import language, text

FACTORY_DATASETS: dict[str, str] = {
    "Garments": "garments_daily",
    "Food processing": "food_daily",
    "Electronics": "electronics_daily",
}
# The shown name of each bundled factory: its ID app.kpi_snapshot.factory_<key>.
FACTORY_KEYS = {"Garments": "garments", "Food processing": "food", "Electronics": "electronics"}

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


def factory_name(label: str, lang: str | None = None) -> str:
    """A factory's label as shown: a bundled factory's name in `lang`, else the label."""
    key = FACTORY_KEYS.get(label)
    return text(f"app.kpi_snapshot.factory_{key}", lang) if key else label


def snapshot_table_html(summary: pd.DataFrame, month: str, lang: str | None = None) -> str:
    """An HTML table: one row per KPI, one column per line, for the chosen month, with its
    headings in `lang` (default SCORE_LANG)."""
    rows = summary[summary["month"] == month].set_index("line").sort_index()
    header = "".join(f"<th>{line}</th>" for line in rows.index)
    body = []
    for column in SNAPSHOT_KPIS:
        info, fmt = kpi.KPI_COLUMNS[column], kpi_formatter(column)
        cells = "".join(f"<td>{fmt(float(rows.at[line, column]))}</td>" for line in rows.index)
        label = f"{info.label} ({info.unit})" if info.unit.startswith("per ") else info.label
        pillar = text(f"app.kpi_dashboard.pillar_{info.pillar}", lang)
        body.append(f"<tr><th>{pillar}</th><td>{label}</td>{cells}</tr>")
    return (f"<table class='score-table'><thead><tr><th>{text('app.kpi_snapshot.pillar', lang)}"
            f"</th><th>{text('app.kpi_snapshot.kpi', lang)}</th>{header}"
            f"</tr></thead><tbody>{''.join(body)}</tbody></table>")


def build_app(frames: Mapping[str, pd.DataFrame] | None = None,
              lang: str | None = None) -> widgets.VBox:
    """The app: a factory chooser, a month chooser and the KPI table they drive.

    `frames` maps a factory label to its daily frame; default: the bundled datasets.
    `lang` is 'en' or 'fil' (default: SCORE_LANG).
    """
    lang = language(lang)
    frames = frames or {label: data.load(name) for label, name in FACTORY_DATASETS.items()}
    summaries = {label: monthly_by_line(frame) for label, frame in frames.items()}
    factory = widgets.Dropdown(options=[(factory_name(f, lang), f) for f in summaries],
                               description=text("app.kpi_snapshot.factory", lang))
    month = widgets.Dropdown(description=text("app.kpi_snapshot.month", lang))
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
            table.value = snapshot_table_html(summaries[factory.value], month.value, lang)

    def show_factory(*_: object) -> None:
        show_months()
        show_table()  # the month may not change, but the factory did

    factory.observe(show_factory, names="value")
    month.observe(show_table, names="value")
    show_factory()
    note = widgets.HTML(f"<p>{text('app.kpi_snapshot.note', lang)}</p>")
    return widgets.VBox([widgets.HTML(TABLE_STYLE), widgets.HBox([factory, month]), table, note])
