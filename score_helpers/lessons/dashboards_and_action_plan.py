"""A small KPI dashboard built step by step in module 05, and saved as a Voila app.

    from score_helpers.lessons import dashboards_and_action_plan as md
    weekly = md.weekly_table("Garments", line="Line B")     # the numbers behind it
    md.kpi_card(weekly, "defect_rate")                     # one card: value, light, target
    md.build_dashboard("Garments", kpis=["defect_rate", "on_time_delivery"])  # the whole app
    md.save_dashboard_notebook("my_work/my_dashboard.ipynb", factory="Garments",
                               kpis=["defect_rate", "on_time_delivery"])
    # then, in a terminal:  voila my_work/my_dashboard.ipynb

The saved notebook is thin: a title and one cell calling build_dashboard. All the logic
stays here, so a factory can re-run it on new data without touching code.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import pandas as pd

from score_helpers import data
from score_helpers.kpi import charts as plots
from score_helpers.kpi import qcdms_summary
from score_helpers.kpi.targets import DEFAULT_TARGETS, kpi_info, kpi_text, traffic_lights
from score_helpers.widgets.kpi_dashboard.view import SYMBOLS
from score_helpers.widgets.kpi_snapshot import FACTORY_DATASETS

if TYPE_CHECKING:
    from nbformat import NotebookNode

ALL_LINES = "All lines"
DEFAULT_KPIS: tuple[str, ...] = ("defect_rate", "on_time_delivery", "absenteeism_rate")
DEFAULT_WEEKS = 12
COLOURS = {"green": "#1a7f37", "amber": "#9a6700", "red": "#cf222e", "no data": "#57606a"}
CARD_STYLE = ("display:inline-block;min-width:180px;margin:4px;padding:8px 12px;"
              "border:1px solid #d0d7de;border-left:8px solid {colour};border-radius:6px")
WEEK_NOTE = "Week starting {week}; each card compares the week with the team's target."
UNKNOWN_FACTORY = "'{factory}' is not a practice factory. Use one of: {known}."
TOO_MANY = "Choose 1 to 4 KPIs for the cards (found {count}): a dashboard shows few numbers."
BAD_PATH = "The dashboard file must end with .ipynb, e.g. 'my_dashboard.ipynb' (found '{path}')."


def _check_factory(factory: str) -> str:
    if factory not in FACTORY_DATASETS:
        raise ValueError(UNKNOWN_FACTORY.format(factory=factory,
                                                known=", ".join(FACTORY_DATASETS)))
    return factory


def _check_kpis(kpis: Sequence[str]) -> tuple[str, ...]:
    chosen = (kpis,) if isinstance(kpis, str) else tuple(kpis)
    if not 1 <= len(chosen) <= 4:
        raise ValueError(TOO_MANY.format(count=len(chosen)))
    for name in chosen:
        kpi_info(name)                       # a clear error for a misspelt KPI
        if name not in DEFAULT_TARGETS:
            raise ValueError(f"{name} has no target for a card; choose from "
                             f"{', '.join(DEFAULT_TARGETS)}.")
    return chosen


def weekly_table(factory: str | pd.DataFrame, line: str = ALL_LINES,
                 weeks: int = DEFAULT_WEEKS) -> pd.DataFrame:
    """The last `weeks` full weeks of one factory (or a daily frame), for one line or all
    lines together, with a `<kpi>_light` column per target (targets.traffic_lights)."""
    daily = data.load(FACTORY_DATASETS[_check_factory(factory)]) if isinstance(
        factory, str) else factory
    if line != ALL_LINES:
        known = sorted(daily["line"].unique())
        if line not in known:
            raise ValueError(f"'{line}' is not a line of this factory. Use one of: "
                             f"{', '.join(known)}, or '{ALL_LINES}'.")
        daily = daily[daily["line"] == line]
    weekly = qcdms_summary(daily, by=(), period="W")
    weekly = weekly[weekly["working_days"] >= 5].tail(weeks).reset_index(drop=True)
    return traffic_lights(weekly)


def line_names(factory: str) -> list[str]:
    """'All lines' and the factory's own lines, for the line picker."""
    daily = data.load(FACTORY_DATASETS[_check_factory(factory)])
    return [ALL_LINES, *sorted(daily["line"].unique())]


def card_html(weekly: pd.DataFrame, kpi: str) -> str:
    """One KPI card for the latest week: the value, its light as colour + symbol + word,
    and the target, so a colour-blind reader misses nothing."""
    info, target = kpi_info(kpi), DEFAULT_TARGETS[kpi]
    last = weekly.iloc[-1]
    light = str(last[f"{kpi}_light"])
    goal = ("your own usual level" if target.relative else
            f"{'≥' if target.higher_is_better else '≤'} {kpi_text(kpi, target.green)}")
    return (f"<div class='mini-dash-card' style='{CARD_STYLE.format(colour=COLOURS[light])}'>"
            f"<div>{html.escape(info.label)}</div>"
            f"<div class='mini-dash-value' style='font-size:1.6em;font-weight:bold'>"
            f"{html.escape(kpi_text(kpi, float(last[kpi])))}</div>"
            f"<div style='color:{COLOURS[light]}'>{SYMBOLS[light]} {light}</div>"
            f"<small>target {html.escape(goal)}</small></div>")


def kpi_card(weekly: pd.DataFrame, kpi: str) -> widgets.HTML:
    """`card_html` as a widget, to show in a notebook or put in a dashboard."""
    return widgets.HTML(card_html(weekly, kpi))


def kpi_cards(weekly: pd.DataFrame, kpis: Sequence[str] = DEFAULT_KPIS) -> widgets.HTML:
    """A row of cards, one per KPI, for the latest week."""
    week = pd.Timestamp(weekly["period_start"].iloc[-1])
    note = f"<p>{WEEK_NOTE.format(week=f'{week:%d %B %Y}')}</p>"
    return widgets.HTML(note + "".join(card_html(weekly, k) for k in _check_kpis(kpis)))


def trend_png(weekly: pd.DataFrame, kpi: str, title: str | None = None) -> bytes:
    """The week-by-week trend of one KPI against its target, as PNG bytes."""
    target = DEFAULT_TARGETS[kpi]
    goal = target.green * (weekly[kpi].median() if target.relative else 1.0)
    chart = plots.trend_with_target(weekly, kpi, target=float(goal), by=None, title=title)
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=80)
    return buffer.getvalue()


def trend_chart(weekly: pd.DataFrame, kpi: str) -> widgets.Image:
    """`trend_png` as an image widget."""
    image = widgets.Image(value=trend_png(weekly, kpi), format="png",
                          layout=widgets.Layout(max_width="800px"))
    image.add_class("mini-dash-trend")
    return image


def build_dashboard(factory: str = "Garments", kpis: Sequence[str] = DEFAULT_KPIS,
                    weeks: int = DEFAULT_WEEKS,
                    frames: Mapping[str, pd.DataFrame] | None = None) -> widgets.VBox:
    """The dashboard: factory and line pickers, a KPI card per KPI, and the trend of the
    KPI chosen in the chart picker. Changing a picker redraws the cards and the chart."""
    chosen = _check_kpis(kpis)
    frames = dict(frames or {})
    factory_picker = widgets.Dropdown(options=list(frames or FACTORY_DATASETS),
                                      value=factory if not frames else next(iter(frames)),
                                      description="Factory")
    line_picker = widgets.Dropdown(description="Line")
    chart_picker = widgets.Dropdown(options=[(kpi_info(k).label, k) for k in chosen],
                                    description="Chart")
    cards = widgets.HTML()
    chart = widgets.Image(format="png", layout=widgets.Layout(max_width="800px"))
    for box, name in ((factory_picker, "factory"), (line_picker, "line"),
                      (chart_picker, "chart-kpi"), (cards, "cards"), (chart, "trend")):
        box.add_class(f"mini-dash-{name}")

    def daily() -> pd.DataFrame:
        name = factory_picker.value
        return frames[name] if frames else data.load(FACTORY_DATASETS[name])

    def redraw(*_: object) -> None:
        if line_picker.value is None:
            return
        weekly = weekly_table(daily(), line=line_picker.value, weeks=weeks)
        cards.value = kpi_cards(weekly, chosen).value
        label = kpi_info(chart_picker.value).label
        chart.value = trend_png(weekly, chart_picker.value, title=f"{label} per week · "
                                f"{factory_picker.value} · {line_picker.value}")

    def new_factory(*_: object) -> None:
        lines = [ALL_LINES, *sorted(daily()["line"].unique())]
        line_picker.unobserve(redraw, names="value")
        line_picker.options, line_picker.value = lines, ALL_LINES
        line_picker.observe(redraw, names="value")
        redraw()

    factory_picker.observe(new_factory, names="value")
    line_picker.observe(redraw, names="value")
    chart_picker.observe(redraw, names="value")
    new_factory()
    return widgets.VBox([widgets.HBox([factory_picker, line_picker, chart_picker]), cards,
                         chart])


def _notebook_dict(factory: str, kpis: Sequence[str], title: str) -> dict[str, Any]:
    """The dashboard notebook as nbformat 4.5 JSON: a title and one cell that calls
    build_dashboard. Built by hand, not with nbformat: importing nbformat loads jsonschema's
    format checkers, over a second on a laptop, for two cells (tests validate it)."""
    chosen = _check_kpis(kpis)
    _check_factory(factory)
    code = ("from score_helpers.lessons.dashboards_and_action_plan import build_dashboard\n\n"
            f"build_dashboard(factory={factory!r}, kpis={list(chosen)!r})")
    title_text = f"# {title}\n> {factory}: the latest week's KPIs against target, and the trend."
    return {"cells": [{"cell_type": "markdown", "id": "title", "metadata": {},
                       "source": title_text},
                      {"cell_type": "code", "execution_count": None, "id": "dashboard",
                       "metadata": {}, "outputs": [], "source": code}],
            "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                        "language": "python", "name": "python3"},
                         "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def dashboard_notebook(factory: str = "Garments", kpis: Sequence[str] = DEFAULT_KPIS,
                       title: str = "Our KPI dashboard") -> NotebookNode:
    """A thin notebook for Voila: a title and one cell that calls build_dashboard."""
    import nbformat

    return nbformat.from_dict(_notebook_dict(factory, kpis, title))


def save_dashboard_notebook(path: str | Path, factory: str = "Garments",
                            kpis: Sequence[str] = DEFAULT_KPIS,
                            title: str = "Our KPI dashboard") -> Path:
    """Write the dashboard notebook to `path` (folders are created); serve it with
    `voila PATH`, or copy it into apps/ and run `make apps`. Returns the path."""
    target = Path(path)
    if target.suffix != ".ipynb":
        raise ValueError(BAD_PATH.format(path=path))
    notebook = _notebook_dict(factory, kpis, title)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target
