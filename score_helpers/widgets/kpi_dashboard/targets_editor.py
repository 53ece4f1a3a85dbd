"""The dashboard's targets editor: green and amber for each KPI on the cards, Save, Default.

The numbers drive the cards at once and last for the session; "Save targets" writes
them to targets.json (targets.targets_path), which the dashboard loads when it starts. A
KPI with no target yet (a productivity KPI of a factory's own file) gets one as soon as
both numbers are typed. The section starts closed and its fields are made when it is
first opened: thirty fewer widgets for the browser to build when the page loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import ipywidgets as widgets

from score_helpers.kpi.targets import HEADLINE_KPIS
from score_helpers.widgets.kpi_dashboard import targets as dt
from score_helpers.widgets.kpi_dashboard.cards import Card
from score_helpers.widgets.kpi_dashboard.notices import Notice, notice_html
from score_helpers.widgets.kpi_dashboard.state import DashboardState

GRID_COLUMNS = "minmax(150px, 1fr) 90px 90px minmax(80px, auto)"


class TargetsEditor:
    """A closed 'Targets' section; `widget` is what the dashboard shows."""

    def __init__(self, state: DashboardState, on_change: Callable[[], None]) -> None:
        self.state, self.on_change = state, on_change
        self._quiet = False
        self.kpis: tuple[str, ...] = tuple(HEADLINE_KPIS.values())
        self.fields: dict[str, tuple[widgets.FloatText, widgets.FloatText]] = {}
        self.widget = widgets.Accordion([widgets.VBox()], selected_index=None)
        self.widget.add_class("kpi-dash-targets")
        self.widget.observe(self._on_open, "selected_index")

    def show_kpis(self, cards: Iterable[Card]) -> None:
        """Edit the targets of the KPIs on these cards (rebuilt only when they change)."""
        kpis = tuple(card.kpi for card in cards if card.kpi is not None)
        if kpis != self.kpis:
            self.kpis = kpis
            if self.fields:
                self._build()

    def _on_open(self, change: dict[str, Any]) -> None:
        if change["new"] is not None and not self.fields:
            self._build()

    def _build(self) -> None:
        """Make the fields and buttons (on first opening, and for other KPIs)."""
        field = widgets.Layout(width="90px")
        self.names = {kpi: widgets.HTML() for kpi in self.kpis}
        self.units = {kpi: widgets.HTML() for kpi in self.kpis}
        self.fields = {kpi: (widgets.FloatText(layout=field), widgets.FloatText(layout=field))
                       for kpi in self.kpis}
        self.head_green, self.head_amber = widgets.HTML(), widgets.HTML()
        self.help, self.status = widgets.HTML(), widgets.HTML()
        self.save = widgets.Button(icon="save", button_style="primary",
                                   layout=widgets.Layout(width="auto"))
        self.reset = widgets.Button(layout=widgets.Layout(width="auto"))
        cells: list[widgets.Widget] = [widgets.HTML(), self.head_green, self.head_amber,
                                       widgets.HTML()]
        for kpi, (green, amber) in self.fields.items():
            cells += [self.names[kpi], green, amber, self.units[kpi]]
            for box in (green, amber):
                box.observe(lambda _change, kpi=kpi: self._on_field(kpi), "value")
        grid = widgets.GridBox(cells, layout=widgets.Layout(
            grid_template_columns=GRID_COLUMNS, grid_gap="2px 8px", align_items="center"))
        self.save.on_click(self._on_save)
        self.reset.on_click(self._on_reset)
        self.save.add_class("kpi-dash-save-targets")
        self.fill()
        self.relabel()
        self.widget.children = [widgets.VBox([self.help, grid,
                                              widgets.HBox([self.save, self.reset]),
                                              self.status])]

    def fill(self) -> None:
        """Show the state's targets (rates in %, cost as × usual week; 0 for none yet)."""
        self._quiet = True
        try:
            for kpi, (green, amber) in self.fields.items():
                target = self.state.targets.get(kpi)
                green.value = dt.shown(kpi, target.green) if target else 0.0
                amber.value = dt.shown(kpi, target.amber) if target else 0.0
        finally:
            self._quiet = False

    def relabel(self) -> None:
        """Every label in the state's language."""
        text = self.state.text
        self.widget.titles = (text("targets_heading"),)
        if not self.fields:
            return
        self.help.value = f"<span class='kpi-dash-small'>{text('targets_help')}</span>"
        self.head_green.value = f"<b>{text('green')}</b>"
        self.head_amber.value = f"<b>{text('amber')}</b>"
        for kpi in self.fields:
            self.names[kpi].value = text(f"kpi_{kpi}")
            target = self.state.targets.get(kpi)
            unit = ("unit_percent" if dt.is_percent(kpi) else
                    "unit_times_usual" if target is not None and target.relative else
                    f"unit_{kpi}")
            self.units[kpi].value = f"<span class='kpi-dash-small'>{text(unit)}</span>"
        self.save.description = text("save_targets")
        self.reset.description = text("reset_targets")
        self.status.value = notice_html(self.state.targets_notice(), self.state.lang)

    def _on_field(self, kpi: str) -> None:
        if self._quiet:
            return
        green, amber = (box.value for box in self.fields[kpi])
        problem = self.state.set_target(kpi, green, amber)
        self.status.value = notice_html(Notice("warning", problem) if problem else None)
        if problem is None:
            self.on_change()

    def _on_save(self, _button: Any) -> None:
        self.status.value = notice_html(self.state.save_targets(), self.state.lang)

    def _on_reset(self, _button: Any) -> None:
        self.state.reset_targets()
        self.fill()
        self.status.value = notice_html(self.state.targets_notice(), self.state.lang)
        self.on_change()
