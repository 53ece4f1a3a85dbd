"""What the dashboard shows for one choice, computed once: the chosen rows, their weekly
KPIs and the five cards (a View). state.py keeps the choice; this module turns it into
numbers, and tables.py derives the CSV, "what changed" and the Pareto from a View."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from score_helpers import kpi
from score_helpers.kpi import targets as tg
from score_helpers.widgets.kpi_dashboard import cards as dc
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard.selection import Selection, chosen_rows


@dataclass(frozen=True)
class View:
    """Everything the dashboard shows for one choice; nothing in it changes afterwards."""

    dataset: dd.Dataset
    selection: Selection
    daily: pd.DataFrame         # the chosen lines, filters and weeks, day by day
    weekly: pd.DataFrame        # qcdms_summary of those rows per week, lines added up
    cards: tuple[dc.Card, ...]
    usual_cost: float
    targets: Mapping[str, tg.Target]

    def kpi_of(self, pillar: str) -> str | None:
        """The KPI a pillar shows (None when the file has none for it)."""
        return self.dataset.best.get(pillar)


def make_view(dataset: dd.Dataset, selection: Selection, targets: Mapping[str, tg.Target],
              usual: float | None = None) -> View:
    """Filter once, summarise once: the view for this dataset, selection and targets.
    `usual` is the usual weekly cost of the chosen lines and filters, if already known."""
    daily = chosen_rows(dataset, selection)
    weekly = kpi.qcdms_summary(daily, by=(), period="W") if len(daily) else pd.DataFrame()
    if usual is None:
        usual = usual_cost(dataset, selection)
    cards = dc.make_cards(daily, dataset.best, targets, usual, dataset.enabling)
    return View(dataset, selection, daily, weekly, cards, usual, dict(targets))


def usual_cost(dataset: dd.Dataset, selection: Selection) -> float:
    """The usual weekly cost per good unit of the chosen lines and filters over all the
    data's weeks (NaN when the Cost card shows another KPI)."""
    if dataset.best.get("C") != "cost_per_unit":
        return float("nan")
    return dc.usual_cost(chosen_rows(dataset, selection, all_weeks=True))
