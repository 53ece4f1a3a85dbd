"""Parts of the KPI dashboard: safe and muted callbacks, a chart area, the page layout."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from score_helpers.widgets.kpi_dashboard import view as dv
from score_helpers.widgets.kpi_dashboard.labels import text
from score_helpers.widgets.kpi_dashboard.notices import Notice


def safely(handler: Callable[..., None]) -> Callable[..., None]:
    """Run a widget callback; show a plain message instead of a traceback if it fails."""
    @functools.wraps(handler)
    def run(self: Any, *args: Any) -> None:
        if self._quiet:
            return
        try:
            handler(self, *args)
        except Exception as error:
            self._show_notice(Notice("error", self.state.text("unexpected", error=error)))
    return run


class Muted:
    """`with dashboard._muted():` changes controls without running their callbacks."""

    def __init__(self, dashboard: Any) -> None:
        self.dashboard, self.before = dashboard, False

    def __enter__(self) -> None:
        self.before, self.dashboard._quiet = self.dashboard._quiet, True

    def __exit__(self, *_: object) -> None:
        self.dashboard._quiet = self.before


class ChartArea:
    """A chart's image, the message shown instead of it, and its PNG download link."""

    def __init__(self, name: str) -> None:
        self.message = widgets.HTML()
        self.image = widgets.Image(format="png", layout=widgets.Layout(
            width="100%", max_width="640px", height="auto", display="none"))
        self.link = widgets.HTML()
        self.image.add_class(f"kpi-dash-{name}")
        self.children = (self.message, self.image, self.link)

    def waiting(self, lang: str) -> None:
        """'Drawing the chart…' until the first picture."""
        if self.image.layout.display == "none":
            self.message.value = dv.message_html(text(lang, "drawing"))

    def show(self, png: bytes | None, filename: str, lang: str, why_not: str) -> None:
        """The picture and its download link, or the message saying why there is none."""
        if png is None:
            self.image.layout.display = "none"
            self.message.value, self.link.value = dv.message_html(why_not), ""
            return
        self.image.value = png
        self.image.layout.display = None
        self.message.value = ""
        self.link.value = dv.download_link(png, filename, "image/png",
                                           text(lang, "download_png"), "png")


def arrange(d: Any) -> widgets.VBox:
    """The page of a KpiDashboard `d`: controls, cards, charts, "what changed" and the
    targets, in rows that wrap on a narrow screen."""
    row = functools.partial(widgets.Layout, flex_flow="row wrap", align_items="center",
                            grid_gap="4px 16px")
    column = functools.partial(widgets.Layout, flex="1 1 0", min_width="340px")
    two_columns = functools.partial(widgets.Layout, flex_flow="row wrap", grid_gap="16px")
    return widgets.VBox([
        widgets.HTML(dv.STYLE),
        widgets.HBox([d.header, d.language], layout=widgets.Layout(
            justify_content="space-between", align_items="flex-start")),
        widgets.HBox([d.source, d.flow.upload, d.flow.help], layout=row()),
        d.flow.steps,
        d.flow.panel,
        d.notice,
        widgets.HBox([d.lines_label, d.lines, d.filters.widget, d.weeks], layout=row()),
        widgets.HBox([d.period, d.csv_link, d.busy], layout=row()),
        d.cards,
        d.cards_note,
        widgets.HBox([
            widgets.VBox([d.trend_heading, d.pillar, *d.trend.children], layout=column()),
            widgets.VBox([d.pareto_heading, *d.pareto.children], layout=column()),
        ], layout=two_columns()),
        widgets.HBox([widgets.VBox([d.changes], layout=column()),
                      widgets.VBox([d.editor.widget], layout=column())],
                     layout=two_columns()),
    ])
