"""The KPI snapshot app: pick a factory and a month, see the QCDMS KPIs per line, each
with its traffic light.

Its words are the IDs `app.kpi_snapshot.<key>` of score_helpers.i18n; the pillar and KPI
names, the lights and the month names are the KPI dashboard's, and so are the targets
(the dashboard's saved targets.json, else its defaults) and the way a light is shown
(colour, symbol and word: kpi_dashboard.lights). SCORE_LANG=fil shows them in Filipino.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ipywidgets as widgets
import pandas as pd

from score_helpers import data, formatting, kpi
from score_helpers.i18n import language, text
from score_helpers.kpi import targets as tg
from score_helpers.widgets.kpi_dashboard.cards import NO_TARGET
from score_helpers.widgets.kpi_dashboard.lights import LIGHT_STYLE, light_badge_html
from score_helpers.widgets.kpi_dashboard.targets import load_targets, targets_path

FACTORY_DATASETS: dict[str, str] = {
    "Garments": "garments_daily",
    "Food processing": "food_daily",
    "Electronics": "electronics_daily",
}
# The shown name of each bundled factory: its ID app.kpi_snapshot.factory_<key>.
FACTORY_KEYS = {"Garments": "garments", "Food processing": "food", "Electronics": "electronics"}

# One headline KPI per QCDMS pillar, and OEE; shown in QCDMS order, each under the pillar
# kpi.KPI_COLUMNS gives it (OEE: Cost), so the order has one truth (by_pillar).
HEADLINE_AND_OEE: tuple[str, ...] = (
    "defect_rate", "cost_per_unit", "on_time_delivery", "absenteeism_rate", "frequency_rate",
    "oee",
)


def by_pillar(columns: tuple[str, ...]) -> tuple[str, ...]:
    """KPI columns in QCDMS order (kpi.PILLARS) of their pillars (kpi.KPI_COLUMNS), keeping
    the given order within a pillar."""
    order = list(kpi.PILLARS)
    return tuple(sorted(columns, key=lambda column: order.index(kpi.KPI_COLUMNS[column].pillar)))


SNAPSHOT_KPIS = by_pillar(HEADLINE_AND_OEE)


TABLE_STYLE = """<style>
.score-table { border-collapse: collapse; margin: 0.5em 0; }
.score-table th, .score-table td { border-bottom: 1px solid #ddd; padding: 4px 12px; }
.score-table td:nth-child(n+3) { text-align: right; font-variant-numeric: tabular-nums; }
.score-table thead th { background: #f2f2f2; }
.score-table .kpi-dash-badge { font-size: 12px; margin: 2px 0 0; }
""" + LIGHT_STYLE + "</style>"


def kpi_formatter(column: str) -> Callable[[float], str]:
    """How to show a KPI column: fractions as percents, PHP as pesos, rates as numbers."""
    unit = kpi.KPI_COLUMNS[column].unit
    if unit == "fraction":
        return formatting.percent
    return formatting.pesos if unit.startswith("PHP") else formatting.number


def monthly_by_line(frame: pd.DataFrame,
                    targets: Mapping[str, tg.Target] | None = None) -> pd.DataFrame:
    """QCDMS KPIs per line and calendar month, with a 'month' key column (YYYY-MM) and a
    `<kpi>_light` column for each KPI with a target (default: the dashboard's targets).
    A relative target (cost per unit) is judged against the line's median month
    (targets.traffic_lights), since each line makes other products."""
    summary = kpi.qcdms_summary(frame, by=("line",), period="M")
    summary["month"] = pd.to_datetime(summary["period_start"]).dt.strftime("%Y-%m")
    chosen = dashboard_targets() if targets is None else targets
    return tg.traffic_lights(summary, {k: t for k, t in chosen.items() if k in summary})


def dashboard_targets() -> dict[str, tg.Target]:
    """The targets the KPI dashboard uses: its saved targets.json, else its defaults."""
    return load_targets(targets_path())[0]


def month_name(month: str, lang: str | None = None) -> str:
    """A month key as people read it: '2025-12' → 'Dec 2025', 'Disyembre 2025' in
    Filipino (IDs app.kpi_dashboard.month_*)."""
    year, number = month.split("-")
    name = text(f"app.kpi_dashboard.month_{int(number)}", lang)
    return text("app.kpi_dashboard.month_label", lang, month=name, year=year)


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
        cells = "".join(
            f"<td data-kpi='{column}'>{fmt(float(rows.at[line, column]))}"
            f"{light_badge_html(_light(rows, line, column), language(lang))}</td>"
            for line in rows.index)
        label = text(f"app.kpi_dashboard.kpi_{column}", lang)
        if info.unit.startswith("per "):
            label += f" ({text(f'app.kpi_dashboard.unit_{column}', lang)})"
        pillar = text(f"app.kpi_dashboard.pillar_{info.pillar}", lang)
        body.append(f"<tr><th>{pillar}</th><td>{label}</td>{cells}</tr>")
    return (f"<table class='score-table'><thead><tr><th>{text('app.kpi_snapshot.pillar', lang)}"
            f"</th><th>{text('app.kpi_snapshot.kpi', lang)}</th>{header}"
            f"</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _light(rows: pd.DataFrame, line: str, column: str) -> str:
    """The light of one line's KPI; NO_TARGET when the KPI has no target."""
    light = f"{column}_light"
    return str(rows.at[line, light]) if light in rows.columns else NO_TARGET


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
        month.options = [(month_name(key, lang), key) for key in months]
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
    header = (f"<h2 class='kpi-snapshot-title'>{text('app.kpi_snapshot.title', lang)}</h2>"
              f"<p>{text('app.kpi_snapshot.intro', lang)}</p>")
    return widgets.VBox([widgets.HTML(TABLE_STYLE + header), widgets.HBox([factory, month]),
                         table, note])
