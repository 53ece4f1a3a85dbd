"""The maintenance what-if simulator app (apps/maintenance_simulator.ipynb).

    from score_helpers.widgets.maintenance_simulator import build_app
    build_app()

Sliders for load, the service interval (days) and the alert limit (mm/s, with its ISO
zone), a machine picker, and the cost table with the example prices it uses beside it (and,
when services are rarely due, a note saying why). The numbers come from
score_helpers.maintenance.whatif; this module only wires widgets. Below them, the section
"Your machine's data" (own_section) checks a machine's own sensor file with the same zones
and alerts.

Speed on a slow laptop: sliders send their value when released (continuous_update=False)
and one background thread (dashboard_worker.ChartWorker) recomputes and redraws; changes
made while it works are merged, so only the newest settings are drawn. The first figures
are computed while the page is built; the chart waits until the browser has built the
widgets (a jslink fires then), as in the KPI dashboard. Errors show in plain words.
"""

from __future__ import annotations

import functools
from html import escape
from typing import Any

import ipywidgets as widgets

from score_helpers.formatting import number, pesos
from score_helpers.maintenance.cost import EXAMPLE_COSTS
from score_helpers.maintenance.whatif import POLICIES, WhatIf, days_to_running_hours, whatif
from score_helpers.widgets.common.chart_worker import ChartWorker
from score_helpers.widgets.maintenance_simulator import chart
from score_helpers.widgets.maintenance_simulator.labels import language_from_env, text
from score_helpers.widgets.maintenance_simulator.own_section import OwnDataSection, safely
from score_helpers.widgets.maintenance_simulator.view import alerts_html, zone_words

COUNTS = ("breakdowns", "planned_jobs", "false_alarms", "downtime_hours")
STYLE = """<style>
.msim { font-size: 14px; color: #222; max-width: 1200px; }
.msim-table { border-collapse: collapse; margin: 0.4em 0; }
.msim-table th, .msim-table td { border-bottom: 1px solid #ddd; padding: 4px 12px; }
.msim-table td { text-align: right; font-variant-numeric: tabular-nums; }
.msim-table thead th { background: #f2f2f2; }
.msim-table td.msim-cost { font-weight: bold; font-size: 16px; }
.msim-best { color: #006b4f; font-weight: bold; }
.msim-small { color: #555; font-size: 13px; }
.msim-error { background: #fde8e0; border-left: 4px solid #D55E00; padding: 6px 10px; }
.msim-why-note { background: #fff6dc; border-left: 4px solid #E69F00; padding: 6px 10px;
            max-width: 640px; }
.msim-spinner { display: inline-block; width: 10px; height: 10px; margin-right: 6px;
                border: 2px solid #999; border-top-color: transparent; border-radius: 50%;
                animation: msim-spin 1s linear infinite; }
@keyframes msim-spin { to { transform: rotate(360deg); } }
</style>"""


def costs_html(result: WhatIf, days: int, lang: str) -> str:
    """The three policies side by side: total pesos first, then the counts."""
    table, best = result.policies, result.cheapest()
    names = {p: text(lang, f"policy_{p}", days=days) for p in POLICIES}
    head = "".join(f"<th>{escape(names[p])}"
                   + (f"<br><span class='msim-best'>✓ {text(lang, 'cheapest')}</span>"
                      if p == best else "") + "</th>" for p in POLICIES)
    rows = ["<tr><th>" + text(lang, "total_cost") + "</th>" + "".join(
        f"<td class='msim-cost msim-cost-{p}'>{pesos(float(table.at[p, 'total_cost_php']), 0)}"
        "</td>" for p in POLICIES) + "</tr>"]
    for column in COUNTS:
        rows.append(f"<tr><th>{text(lang, column)}</th>" + "".join(
            f"<td>{number(float(table.at[p, column]), 0)}</td>" for p in POLICIES) + "</tr>")
    return (f"<b>{text(lang, 'costs_heading')}</b><table class='msim-table'><thead><tr><th>"
            f"</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<div class='msim-small'>{text(lang, 'costs_note')}</div>")


def few_services_html(result: WhatIf, days: int, lang: str) -> str:
    """Why the service plan did little, when it did: the interval is counted from each
    service OR repair, so when machines break down more often than every `days` days
    (fleet machine-days ÷ breakdowns of the service run), a service is rarely due.
    Empty when the machines last longer than the interval."""
    breakdowns = int(result.policies.at["preventive", "breakdowns"])
    if breakdowns == 0:
        return ""
    stamps = result.sensors["timestamp"]
    horizon = (stamps.max().normalize() - stamps.min().normalize()).days + 1
    gap = len(result.machines) * horizon / breakdowns
    if gap >= days:
        return ""
    planned = int(result.policies.at["preventive", "planned_jobs"])
    words = text(lang, "few_services", planned=planned, days=days, gap=number(gap, 0))
    return f"<div class='msim-why-note'>{words}</div>"


class MaintenanceSimulator:
    """The simulator: `widget` is what the notebook shows. background=False runs every
    update in the caller's thread (tests)."""

    def __init__(self, lang: str | None = None, background: bool = True) -> None:
        self.lang = lang or language_from_env()
        self.result: WhatIf | None = None
        self._chart_started = not background
        self._build()
        self.worker = ChartWorker(self._redraw, self._show_busy, self._failed,
                                  background=background)
        self._redraw(frozenset({"numbers"}) if background else frozenset({"numbers", "chart"}))
        if background:
            source = widgets.Checkbox(value=True)
            self._ready = widgets.Checkbox(value=False)
            self._ready_link = widgets.jslink((source, "value"), (self._ready, "value"))
            self._ready.observe(self._on_page_up, "value")
            self.worker.start()

    def _build(self) -> None:
        t, wide = functools.partial(text, self.lang), {"description_width": "initial"}
        slider = functools.partial(widgets.FloatSlider, continuous_update=False, style=wide,
                                   layout=widgets.Layout(width="420px"))
        self.load = slider(value=1.0, min=0.5, max=2.0, step=0.1, description=t("load"))
        self.interval = widgets.IntSlider(value=30, min=7, max=120, step=1, style=wide,
                                          continuous_update=False, description=t("interval"),
                                          layout=widgets.Layout(width="420px"))
        self.threshold = slider(value=1.8, min=0.8, max=6.0, step=0.1,
                                description=t("threshold"))
        self.machine = widgets.Dropdown(description=t("machine"), style=wide)
        self.prices = {name: widgets.BoundedFloatText(
            value=value, min=0, max=10_000_000, step=100, continuous_update=False,
            description=t(f"price_{name}"), style=wide, layout=widgets.Layout(width="400px"))
            for name, value in EXAMPLE_COSTS.items()}
        self.load_help, self.interval_help, self.zone = (widgets.HTML() for _ in range(3))
        self.notice, self.busy, self.costs, self.alerts, self.why = (
            widgets.HTML() for _ in range(5))
        self.chart_message = widgets.HTML(f"<p>{t('drawing')}</p>")
        self.chart = widgets.Image(format="png", layout=widgets.Layout(
            width="100%", max_width="820px", height="auto"))
        named = {"load": self.load, "interval": self.interval, "threshold": self.threshold,
                 "machine": self.machine, "zone": self.zone, "notice": self.notice,
                 "busy": self.busy, "costs": self.costs, "alerts": self.alerts, "why": self.why,
                 "chart": self.chart, "chart-message": self.chart_message}
        named.update({f"price-{n.replace('_', '-')}": w for n, w in self.prices.items()})
        for name, control in named.items():
            control.add_class(f"msim-{name}")
        for control in (self.load, self.interval, self.threshold, self.machine,
                        *self.prices.values()):
            control.observe(self._on_change, "value")
        self.own = OwnDataSection(self.lang)
        self.price_panel = widgets.VBox([
            widgets.HTML(f"<b>{t('prices_heading')}</b><div class='msim-small'>"
                         f"{t('prices_help')}</div>"), *self.prices.values()],
            layout=widgets.Layout(width="420px"))
        self.price_panel.add_class("msim-prices")
        self.load_help.value = f"<span class='msim-small'>{t('load_help')}</span>"
        self._describe_settings()
        row = functools.partial(widgets.Layout, flex_flow="row wrap", align_items="center",
                                grid_gap="4px 16px")
        self.widget = widgets.VBox([
            widgets.HTML(STYLE + f"<h2>{t('title')}</h2><p>{t('subtitle')}</p>"),
            widgets.HBox([self.load, self.load_help], layout=row()),
            widgets.HBox([self.interval, self.interval_help], layout=row()),
            widgets.HBox([self.threshold, self.zone], layout=row()),
            widgets.HBox([self.machine, self.busy], layout=row()),
            self.notice,
            widgets.HBox([  # the prices sit beside the table they drive (under it if narrow)
                widgets.VBox([self.costs, self.why],
                             layout=widgets.Layout(width="680px", max_width="100%")),
                self.price_panel], layout=row(align_items="flex-start")),
            self.chart_message, self.chart, self.alerts, self.own.widget,
        ])
        self.widget.add_class("msim")

    def _describe_settings(self) -> None:
        """The words next to the sliders: hours per interval and the alert's ISO zone."""
        days, value = self.interval.value, self.threshold.value
        hours = number(days_to_running_hours(days), 0)
        self.interval_help.value = (f"<span class='msim-small'>"
                                    f"{text(self.lang, 'interval_help', days=days, hours=hours)}"
                                    "</span>")
        self.zone.value = f"<span class='msim-small'>{zone_words(value, self.lang)}</span>"

    def _redraw(self, work: frozenset[str]) -> None:
        """Recompute the what-if for the current settings, then show numbers and chart."""
        days, limit = int(self.interval.value), float(self.threshold.value)
        result = whatif(load=round(float(self.load.value), 2), service_every_days=days,
                        alert_threshold_mm_s=limit, machine=self.machine.value or None,
                        **{name: float(box.value) for name, box in self.prices.items()})
        self.result = result
        if list(self.machine.options) != list(result.machines):
            self.machine.unobserve(self._on_change, "value")
            self.machine.options = result.machines
            self.machine.value = result.machine
            self.machine.observe(self._on_change, "value")
        self.costs.value = costs_html(result, days, self.lang)
        self.why.value = few_services_html(result, days, self.lang)
        self.alerts.value = alerts_html(result.alerts, limit, self.lang)
        self.notice.value = ""
        if "chart" in work and self._chart_started:
            self.chart.value = chart.chart_png(result, limit, days, self.lang)
            self.chart_message.value = ""

    @safely
    def _on_change(self, _change: dict[str, Any]) -> None:
        self._describe_settings()
        self.worker.request({"numbers", "chart"})

    @safely
    def _on_page_up(self, change: dict[str, Any]) -> None:
        if change["new"] and not self._chart_started:
            self._chart_started = True
            self.worker.request({"numbers", "chart"})

    def _show_busy(self, busy: bool) -> None:
        self.busy.value = (f"<span class='msim-spinner'></span>{text(self.lang, 'updating')}"
                           if busy else "")

    def _failed(self, error: BaseException) -> None:
        """A plain message; the figures from before stay shown."""
        message = text(self.lang, "error", error=escape(str(error)))
        self.notice.value = f"<div class='msim-error'>{message}</div>"


def build_app(lang: str | None = None) -> widgets.VBox:
    """The maintenance what-if simulator, ready to show (the Voila app's only call)."""
    return MaintenanceSimulator(lang).widget
