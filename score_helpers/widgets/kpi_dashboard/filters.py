"""Drop-downs for the dimension columns a file has (department, shift, product): choose one
value and the cards, trend and table are sums and ratios of those rows only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from score_helpers.widgets.common.column_mapper import column_label
from score_helpers.widgets.kpi_dashboard.data import Dataset
from score_helpers.widgets.kpi_dashboard.labels import text
from score_helpers.widgets.kpi_dashboard.selection import Selection

ALL = ""  # a drop-down's value for "all of them"


class DimensionFilters:
    """One drop-down per dimension with two values or more; `widget` holds them."""

    def __init__(self, on_change: Callable[[str, str], None]) -> None:
        self.on_change = on_change
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        self.widget = widgets.HBox(layout=widgets.Layout(flex_flow="row wrap",
                                                         grid_gap="4px 16px"))
        self._values: dict[str, tuple[str, ...]] = {}
        self._quiet = False

    def fill(self, dataset: Dataset, selection: Selection, lang: str) -> None:
        """Drop-downs for this dataset's dimensions, set to the selection's filters."""
        chosen = dict(selection.filters)
        self.dropdowns = {}
        for name in dataset.dimensions:
            dropdown = widgets.Dropdown(style={"description_width": "initial"},
                                        layout=widgets.Layout(width="auto"))
            dropdown.add_class(f"kpi-dash-filter-{name}")
            dropdown.observe(lambda change, name=name: self._on_value(name, change), "value")
            self.dropdowns[name] = dropdown
        self.widget.children = tuple(self.dropdowns.values())
        self._values = dataset.dimensions
        self.relabel(lang, chosen)

    def relabel(self, lang: str, chosen: dict[str, str] | None = None) -> None:
        """Labels and the 'all' choice in `lang`, keeping each drop-down's value."""
        self._quiet = True
        try:
            for name, dropdown in self.dropdowns.items():
                value = (chosen or {}).get(name, dropdown.value or ALL)
                dropdown.description = column_label(name, lang)
                dropdown.options = [(text(lang, "filter_all"), ALL),
                                    *((v, v) for v in self._values[name])]
                dropdown.value = value
        finally:
            self._quiet = False

    def _on_value(self, name: str, change: dict[str, Any]) -> None:
        if not self._quiet:
            self.on_change(name, change["new"] or ALL)
