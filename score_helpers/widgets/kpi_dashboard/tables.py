"""What the chart thread derives from a View: the KPI table (CSV download), "what changed
this week" and the defects by cause for the Pareto chart. Only the KPIs the file allows
appear; a KPI without its columns is left out, never computed from zeros."""

from __future__ import annotations

import pandas as pd

from score_helpers import kpi
from score_helpers.data import safe_csv
from score_helpers.kpi import availability
from score_helpers.kpi import targets as tg
from score_helpers.widgets.kpi_dashboard.data import Dataset
from score_helpers.widgets.kpi_dashboard.selection import Selection, in_weeks
from score_helpers.widgets.kpi_dashboard.snapshot import View


def shown_kpis(view: View) -> list[str]:
    """The KPIs on the cards, in pillar order (pillars with none left out)."""
    return [card.kpi for card in view.cards if card.kpi is not None]


def kpi_table(view: View) -> pd.DataFrame:
    """The weekly KPIs of each chosen line, from the chosen rows (the table behind the CSV
    download): the cards' KPIs first, then the other KPIs and sums the file allows."""
    if view.daily.empty:
        return pd.DataFrame(columns=["week_start", "line", *shown_kpis(view)])
    weekly = kpi.qcdms_summary(view.daily, by="line", period="W")
    table = weekly.rename(columns={"period_start": "week_start"})
    table = table.assign(week_start=table["week_start"].dt.strftime("%Y-%m-%d"))
    possible = set(availability.available_kpis(view.dataset.daily))
    known = set(kpi.ALL_KPI_COLUMNS)
    first = ["week_start", "line", *shown_kpis(view)]
    rest = [c for c in table.columns if c not in first and (
        c in possible if c in known else bool(table[c].notna().any()))]
    return table[first + rest].reset_index(drop=True)


def kpi_table_csv(view: View) -> bytes:
    """The KPI table as CSV bytes, with the UTF-8 mark Excel needs to read accents; no
    cell runs as a formula (data.safe_csv)."""
    return str(safe_csv.frame_to_csv(kpi_table(view))).encode("utf-8-sig")


def week_changes(view: View) -> pd.DataFrame | None:
    """targets.week_changes of the cards' KPIs for the chosen rows, line by line: the
    latest full week of the period against the week before; None when the period has
    fewer than two weeks or the file has no KPI."""
    names = shown_kpis(view)
    if view.daily.empty or view.selection.last_week <= view.selection.first_week or not names:
        return None
    try:
        return tg.week_changes(view.daily, by="line", kpi_columns=names)
    except ValueError:  # the latest full week is not in the period
        return None


def pareto_causes(view: View) -> pd.DataFrame | None:
    """Defects by cause for the chosen lines and weeks, or None when the data have none or
    a filter is set (causes are kept per line and day, not per department, shift or
    product, so they cannot follow the filter)."""
    return selected_causes(view.dataset, view.selection)


def selected_causes(dataset: Dataset, selection: Selection) -> pd.DataFrame | None:
    """pareto_causes from the dataset and the choice alone, before the view is made (the
    dashboard starts the Pareto with it while the cards are computed)."""
    causes = dataset.causes()
    if causes is None or selection.filters:
        return None
    chosen = causes["line"].isin(selection.lines) & in_weeks(causes["date"], selection)
    return causes[chosen]


def no_pareto_reason(view: View) -> str:
    """The label key of the message shown when there is no Pareto chart."""
    if view.dataset.causes() is None:
        return "pareto_needs_causes"
    return "pareto_not_filtered" if view.selection.filters else "pareto_no_defects"
