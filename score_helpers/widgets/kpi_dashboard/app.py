"""The QCDMS KPI dashboard app (apps/kpi_dashboard.ipynb): the widgets and their wiring.

    from score_helpers.widgets.kpi_dashboard import build_app
    build_app()

Choose a factory profile or upload your own file (three steps: the file, its columns, its
KPIs; upload_flow.py), the lines, the weeks and a department, shift or product when the
file has them; see the five pillar cards (each pillar's best KPI the file allows), the
weekly trend of a pillar, the Pareto of defect causes and what changed this week; set and
save targets; switch English / Filipino (SCORE_LANG=fil starts in Filipino). The numbers
come from state.py; this module only wires widgets.

Speed on a slow laptop: the cards are computed with pandas alone, so they show at once.
The charts, "what changed" and the CSV link are made by one background thread
(dashboard_worker), which starts when the browser has built the widgets (a jslink fires
then: an update sent while the page is still building its widgets can be lost). It
imports matplotlib then, not while the page loads, since on two cores that import
slows the page down. Under Voila's preheated kernels (--preheat_kernel=True, the kernel
has VOILA_PREHEAT=True) nobody waits, so the import is done at once; a targets.json
saved since then is read again when the page opens. After the first charts, a helper
process is started (widgets.common.chart_process) that draws the Pareto while the thread
draws the trend. (Uploads: see upload_flow.py.)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from score_helpers.kpi import PILLARS
from score_helpers.widgets.common import chart_process
from score_helpers.widgets.common.chart_worker import ChartWorker
from score_helpers.widgets.kpi_dashboard import charts as dc
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard import state as ds
from score_helpers.widgets.kpi_dashboard import view as dv
from score_helpers.widgets.kpi_dashboard.filters import DimensionFilters
from score_helpers.widgets.kpi_dashboard.labels import LANGUAGES, language_from_env, text
from score_helpers.widgets.kpi_dashboard.parts import ChartArea, Muted, arrange, safely
from score_helpers.widgets.kpi_dashboard.targets_editor import TargetsEditor
from score_helpers.widgets.kpi_dashboard.upload_flow import NoticeSource, UploadFlow

UPLOADED = "upload"  # the data chooser's value for the uploaded file
LATER = frozenset({"trend", "changes", "pareto"})  # drawn by the chart thread


class KpiDashboard:
    """The dashboard: `widget` is what the notebook shows."""

    def __init__(self, profile: str = "garments", lang: str | None = None,
                 targets_file: str | None = None, background: bool = True) -> None:
        self.state = ds.DashboardState(profile, lang or language_from_env(), targets_file)
        self._quiet = False
        self._uploaded: dd.Dataset | None = None
        self._notice: NoticeSource | None = None
        self._drawn: dict[str, object] = {}
        self._snapshot: tuple[ds.View, str, str] | None = None
        self._early: tuple[tuple[object, ...], Callable[[], bytes | None]] | None = None
        self._charts_started = not background
        self._background = background
        self._build()
        preheated = os.environ.get("VOILA_PREHEAT") == "True"
        self.worker = ChartWorker(self._draw_later, self._show_busy, self._chart_failed,
                                  warm_up=dc.warm_up if preheated else None,
                                  background=background)
        self._relabel()
        self._refresh()
        if background:
            self._start_charts_when_the_page_is_up()
            self.worker.start()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = widgets.HTML()
        self.language = widgets.ToggleButtons(options=[(n, k) for k, n in LANGUAGES.items()],
                                              value=self.state.lang)
        self.source = widgets.Dropdown(style={"description_width": "initial"},
                                       layout=widgets.Layout(width="330px"))
        self.flow = UploadFlow(self.state, self.say, self._on_file_loaded, self._show_busy)
        self.notice = widgets.HTML()
        self.lines_label = widgets.HTML()
        self.lines = widgets.HBox(layout=widgets.Layout(flex_flow="row wrap"))
        self.filters = DimensionFilters(self._on_filter)
        self.weeks = widgets.SelectionRangeSlider(
            options=[("", 0)], continuous_update=False, style={"description_width": "initial"},
            layout=widgets.Layout(width="560px"))
        self.period, self.busy, self.csv_link = widgets.HTML(), widgets.HTML(), widgets.HTML()
        self.cards, self.cards_note = widgets.HTML(), widgets.HTML()
        self.pillar = widgets.ToggleButtons(options=[(p, p) for p in PILLARS],
                                            style={"button_width": "auto"})
        self.trend = ChartArea("trend")
        self.pareto = ChartArea("pareto")
        self.trend_heading, self.pareto_heading = widgets.HTML(), widgets.HTML()
        self.changes = widgets.HTML()
        self.editor = TargetsEditor(self.state, on_change=self._redraw_trend)
        for control, name in ((self.language, "language"), (self.source, "data"),
                              (self.notice, "notice"), (self.lines, "lines"),
                              (self.filters.widget, "filters"), (self.weeks, "dates"),
                              (self.busy, "busy"), (self.cards, "cards"),
                              (self.period, "period"),
                              (self.pillar, "pillar-choice"), (self.changes, "changes")):
            control.add_class(f"kpi-dash-{name}")
        self._fill_data_choices()
        self._fill_lines_and_weeks()
        self.language.observe(self._on_language, "value")
        self.source.observe(self._on_source, "value")
        self.weeks.observe(self._on_weeks, "value")
        self.pillar.observe(self._redraw_trend, "value")
        self.widget = arrange(self)
        self.widget.add_class("kpi-dash")

    def _start_charts_when_the_page_is_up(self) -> None:
        """Draw the first charts once the browser has built the widgets: a jslink sets
        `ready` from the browser then. (An update sent while the page is still building
        its widgets can be lost, and the chart would stay empty.)"""
        source = widgets.Checkbox(value=True)
        self._ready = widgets.Checkbox(value=False)
        self._ready_link = widgets.jslink((source, "value"), (self._ready, "value"))
        self._ready.observe(self._on_page_up, "value")

    @safely
    def _on_page_up(self, change: dict[str, Any]) -> None:
        if change["new"] and not self._charts_started:
            self._charts_started = True
            if self.state.reload_targets():  # saved by another page since this one was built
                self.editor.fill()
                self.editor.relabel()
            self._refresh()

    # ---- filling the controls ------------------------------------------------------------

    def _fill_data_choices(self) -> None:
        text = self.state.text
        options = [(text(f"profile_{key}"), key) for key in dd.PROFILES]
        if self._uploaded is not None:
            options.append((text("your_file", file=self._uploaded.file), UPLOADED))
        key = self.state.dataset.profile or UPLOADED
        with self._muted():
            self.source.options = options
            self.source.value = key

    def _fill_lines_and_weeks(self) -> None:
        """Checkboxes for the dataset's lines, its filters and the week slider, set to the
        selection."""
        dataset, selection = self.state.dataset, self.state.selection
        boxes = [widgets.Checkbox(value=line in selection.lines, description=line,
                                  indent=False,
                                  layout=widgets.Layout(width="auto", margin="0 14px 0 0"))
                 for line in dataset.lines]
        for box in boxes:
            box.observe(self._on_lines, "value")
        with self._muted():
            self.lines.children = boxes
            self.weeks.options = [(ds.week_label(week), week) for week in dataset.weeks]
            self.weeks.value = (selection.first_week, selection.last_week)
        self.filters.fill(dataset, selection, self.state.lang)
        self.editor.show_kpis(self.state.view().cards)
        if dataset.best.get(self.pillar.value) is None:  # a pillar the file has a KPI for
            with self._muted():
                self.pillar.value = next((p for p, kpi in dataset.best.items() if kpi), "Q")

    def _relabel(self) -> None:
        """Every label in the current language."""
        text, lang = self.state.text, self.state.lang
        self.header.value = dv.header_html(lang)
        self.source.description = text("data_source")
        self._fill_data_choices()
        self.flow.relabel()
        self.lines_label.value = f"<b>{text('lines')}</b>"
        self.filters.relabel(lang)
        self.weeks.description = text("weeks")
        self.cards_note.value = f"<span class='kpi-dash-small'>{text('cards_note')}</span>"
        with self._muted():
            pillar = self.pillar.value
            self.pillar.options = [(text(f"pillar_{p}"), p) for p in PILLARS]
            self.pillar.value = pillar
        self.trend_heading.value = dv.heading_html(lang, "trend_heading")
        self.pareto_heading.value = dv.heading_html(lang, "pareto_heading")
        self.editor.relabel()

    # ---- showing -------------------------------------------------------------------------

    def _refresh(self, work: frozenset[str] = LATER) -> None:
        """Cards and period now (pandas only, fast); the rest on the chart thread."""
        if self._charts_started and "pareto" in work:
            self._start_pareto_early()
        view, lang = self.state.view(), self.state.lang
        # The period first: a page (or a test) that waits for the cards then sees both.
        self.period.value = dv.period_html(view, lang)
        self.cards.value = dv.cards_html(view.cards, lang)
        self._snapshot = (view, lang, self.pillar.value)
        if self._charts_started:
            self.worker.request(work)
        else:
            self.trend.waiting(lang)
            self.pareto.waiting(lang)

    def _start_pareto_early(self) -> None:
        """Start the Pareto before the cards are computed (it needs only the chosen lines
        and weeks), so the helper process draws it while the cards and the trend are made."""
        state = self.state
        shown = (state.dataset.key, state.selection, state.lang)
        if self._drawn.get("pareto") == shown or (self._early and self._early[0] == shown):
            return
        causes = ds.selected_causes(state.dataset, state.selection)
        self._early = (shown, dc.start_pareto(causes, state.lang, chart_process.current()))

    def _draw_later(self, work: frozenset[str]) -> None:
        """On the chart thread: the trend, the Pareto, then "what changed" with the CSV
        link (text, slower to compute than it looks: it comes last so that both charts
        show sooner), each only if what it shows has changed."""
        assert self._snapshot is not None
        view, lang, pillar = self._snapshot
        shown = (view.dataset.key, view.selection, lang)
        pareto = None   # started first: the helper process draws it while the trend is drawn
        if "pareto" in work and self._drawn.get("pareto") != shown:
            early = self._early
            pareto = (early[1] if early is not None and early[0] == shown else
                      dc.start_pareto(ds.pareto_causes(view), lang, chart_process.current()))
        if "trend" in work:
            kpi = view.kpi_of(pillar)
            target = view.targets.get(kpi) if kpi else None
            if self._drawn.get("trend") != (*shown, kpi, target):
                png = dc.trend_png(view, kpi, lang) if kpi else None
                self.trend.show(png, f"trend_{kpi}.png", lang,
                                dc.no_trend_message(view, pillar, lang))
                self._drawn["trend"] = (*shown, kpi, target)
        if pareto is not None:
            self.pareto.show(pareto(), "pareto_defects.png", lang,
                             text(lang, ds.no_pareto_reason(view)))
            self._drawn["pareto"] = shown
        if "changes" in work and self._drawn.get("changes") != shown:
            self.changes.value = dv.changes_html(ds.week_changes(view), lang)
            self.csv_link.value = dv.download_link(ds.kpi_table_csv(view), "kpi_table.csv",
                                                   "text/csv", text(lang, "download_csv"), "csv")
            self._drawn["changes"] = shown
        if self._background:   # after the first charts, so it does not slow them down
            dc.start_helper()

    def _show_busy(self, busy: bool) -> None:
        self.busy.value = f"⏳ {self.state.text('updating')}" if busy else ""

    def _chart_failed(self, error: BaseException) -> None:
        self._show_notice(ds.Notice("error", self.state.text("unexpected", error=error)))

    def say(self, source: NoticeSource | None) -> None:
        """Show the notice `source` makes; it is made again when the language changes."""
        self._notice = source
        self._show_notice(source() if source else None)

    def _show_notice(self, notice: ds.Notice | None) -> None:
        self.notice.value = dv.notice_html(notice, self.state.lang)

    def _muted(self) -> Muted:
        """`with self._muted():` set controls without running their callbacks."""
        return Muted(self)

    # ---- callbacks -----------------------------------------------------------------------

    @safely
    def _on_language(self, change: dict[str, Any]) -> None:
        self.state.lang = change["new"]
        self._relabel()
        self.say(self._notice)
        self._refresh()

    @safely
    def _on_source(self, change: dict[str, Any]) -> None:
        if change["new"] == UPLOADED and self._uploaded is not None:
            self.state.use_dataset(self._uploaded)
            self.flow.go_to(3)
            self.say(self.state.loaded_notice)
        else:
            self.state.choose_profile(change["new"])
            self.flow.go_to(1)
            self.say(None)
        self._fill_lines_and_weeks()
        self._refresh()

    def _on_file_loaded(self) -> None:
        """Step 3: the file is in the state; show its lines, weeks, filters and KPIs."""
        self._uploaded = self.state.dataset
        self._fill_data_choices()
        self._fill_lines_and_weeks()
        self._refresh()

    @safely
    def _on_lines(self, _change: dict[str, Any]) -> None:
        chosen = [box.description for box in self.lines.children if box.value]
        if not self.state.set_lines(chosen):
            self.say(self._pick_a_line)
            return
        if self._notice == self._pick_a_line:  # other notices stay
            self.say(None)
        self._refresh()

    def _pick_a_line(self) -> ds.Notice:
        return ds.Notice("warning", self.state.text("pick_a_line"))

    @safely
    def _on_filter(self, dimension: str, value: str) -> None:
        self.state.set_filter(dimension, value)
        self._refresh()

    @safely
    def _on_weeks(self, change: dict[str, Any]) -> None:
        self.state.set_weeks(*change["new"])
        self._refresh()

    @safely
    def _redraw_trend(self, *_change: object) -> None:
        """Another pillar, or a target changed in the editor: the cards' lights and the
        trend again."""
        self._refresh(frozenset({"trend"}))


def build_app(profile: str = "garments", lang: str | None = None) -> widgets.VBox:
    """The KPI dashboard, ready to show (the Voila app's only call)."""
    return KpiDashboard(profile, lang).widget
