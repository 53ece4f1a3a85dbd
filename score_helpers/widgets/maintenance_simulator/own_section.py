"""The simulator's section "Your machine's data": a machine's own sensor export, checked
with the same ISO zones and alerts as the simulated machines.

    section = OwnDataSection("en")
    section.widget                                     # what the app shows
    section.load_file("export.csv", content)           # what the upload button does
    section.confirm_mapping()                          # the 'Use these columns' button

1 choose a file (.csv or .xlsx); 2 confirm which column is which (the shared
ColumnMapper: the date and time and at least one reading); 3 see the readings over time
with the zones, the alert line and the alerts, for each machine. A confirmed mapping is
remembered for files with the same columns (in the participant's settings folder,
$SCORE_CONFIG_DIR). Every problem shows as a plain message naming the file (and, from the
loader, the column and row), never a traceback.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from score_helpers import data
from score_helpers.exercises.progress import config_dir
from score_helpers.widgets.common.column_mapper import ColumnMapper
from score_helpers.widgets.common.column_mapper import words as mapper_words
from score_helpers.widgets.common.uploads import MAX_UPLOAD_MB
from score_helpers.widgets.maintenance_simulator import chart, view
from score_helpers.widgets.maintenance_simulator import own_data as od
from score_helpers.widgets.maintenance_simulator.labels import text
from score_helpers.widgets.maintenance_simulator.own_units import READINGS


def safely(handler: Callable[..., None]) -> Callable[..., None]:
    """Run a widget callback; on any error show the object's plain message (its
    `_failed`) instead of a traceback."""
    @functools.wraps(handler)
    def run(self: Any, *args: Any) -> None:
        try:
            handler(self, *args)
        except Exception as error:
            self._failed(error)
    return run


class OwnDataSection:
    """Upload, column mapping and results for one sensor file at a time."""

    def __init__(self, lang: str, mapping_folder: Path | None = None) -> None:
        self.lang = lang
        self.folder = mapping_folder
        self.file: str | None = None
        self.content: bytes = b""
        self.mapper: ColumnMapper | None = None
        self.readings: od.Readings | None = None
        self.found: od.Findings | None = None
        t, wide = self.t, {"description_width": "initial"}
        self.upload = widgets.FileUpload(accept=".csv,.xlsx", multiple=False,
                                         description=t("own_upload"))
        self.message, self.overview, self.rule, self.zone = (widgets.HTML() for _ in range(4))
        self.summary, self.crossings, self.alerts = (widgets.HTML() for _ in range(3))
        self.confirm = widgets.Button(description=mapper_words(lang, "confirm"),
                                      button_style="primary", icon="check")
        self.mapping = widgets.VBox([])
        self.threshold = widgets.FloatSlider(
            value=od.ZONE_FLOOR["C"], min=0.8, max=6.0, step=0.1, continuous_update=False,
            description=t("threshold"), style=wide, layout=widgets.Layout(width="420px"))
        self.machine = widgets.Dropdown(description=t("machine"), style=wide)
        self.chart = widgets.Image(format="png", layout=widgets.Layout(
            width="100%", max_width="820px", height="auto"))
        self.results = widgets.VBox([
            widgets.HTML(f"<h3>{t('own_step_results')}</h3>"), self.overview,
            widgets.HBox([self.threshold, self.zone], layout=widgets.Layout(
                flex_flow="row wrap", align_items="center", grid_gap="4px 16px")),
            self.rule, self.summary, self.crossings, self.alerts, self.machine, self.chart])
        self.results.layout.display = "none"
        for name, part in {"upload": self.upload, "message": self.message,
                           "mapping": self.mapping, "confirm": self.confirm,
                           "results": self.results, "overview": self.overview,
                           "threshold": self.threshold, "summary": self.summary,
                           "crossings": self.crossings, "alerts": self.alerts,
                           "machine": self.machine, "chart": self.chart}.items():
            part.add_class(f"msim-own-{name}")
        self.upload.observe(self._on_upload, "value")
        self.confirm.on_click(lambda _button: self.confirm_mapping())
        self.threshold.observe(self._on_threshold, "value")
        self.machine.observe(self._on_machine, "value")
        self.widget = widgets.VBox([
            widgets.HTML(f"<h2>{t('own_heading')}</h2><p>{t('own_intro')}</p>"
                         f"<h3>{t('own_step_file')}</h3>"),
            self.upload, self.message, self.mapping, self.results])
        self.widget.add_class("msim-own")

    def t(self, key: str, **values: object) -> str:
        """A word of the app in the section's language."""
        return text(self.lang, key, **values)

    def _say(self, words: str, detail: str = "", kind: str = "error") -> None:
        """A message above the mapping step; `detail` (a loader message) as written."""
        more = f"<pre class='msim-own-detail'>{html.escape(detail)}</pre>" if detail else ""
        self.message.value = f"<div class='msim-{kind}'>{html.escape(words)}{more}</div>"

    def _failed(self, error: BaseException) -> None:
        """Any problem while reading or checking the file, in plain words."""
        file = self.file or ""
        if isinstance(error, od.UploadTooBigError):
            self._say(self.t("own_too_big", file=file, size=error.megabytes,
                             limit=MAX_UPLOAD_MB))
        elif isinstance(error, data.DataError):
            self._say(self.t("own_cannot_read", file=file), str(error))
        else:
            self._say(self.t("own_error", file=file, error=error))

    @safely
    def _on_upload(self, change: dict[str, Any]) -> None:
        """The upload button: read the file it got, then let go of the widget's copy."""
        for entry in change["new"][:1]:       # nothing when the value was just cleared
            try:
                self.load_file(str(entry["name"]), entry["content"])
            finally:
                self.upload.unobserve(self._on_upload, "value")
                self.upload.value = ()    # free the memory; the same file can be sent again
                self.upload.observe(self._on_upload, "value")

    @safely
    def load_file(self, file: str, content: bytes | memoryview) -> None:
        """Step 1 → 2: read the file's columns and show the mapping step (or a message)."""
        self.file, self.mapper, self.readings, self.found = file, None, None, None
        self.results.layout.display = "none"
        self.mapping.children = []
        self._say(self.t("own_reading_file", file=file), kind="small")
        with data.loader_language(self.lang):
            preview = od.preview_upload(file, content)
        self.content = bytes(content)
        start = data.saved_mapping(preview.headers, self._folder())
        self.mapper = ColumnMapper(preview, od.COLUMNS, required=od.REQUIRED, lang=self.lang,
                                   start=start)
        self.mapping.children = [self.mapper.widget, self.confirm]
        self.message.value = ""

    @safely
    def confirm_mapping(self) -> None:
        """Step 2 → 3: load the file with the chosen columns and show what it says."""
        if self.mapper is None or self.file is None:
            return
        problems = self.mapper.problems()
        if not set(self.mapper.mapping.values()) & set(READINGS):
            problems.append(self.t("own_need_reading"))
        if problems:
            self._say(" ".join(problems))
            return
        with data.loader_language(self.lang):   # the loader's messages in the app's words
            readings = od.read_readings(self.file, self.content, self.mapper.mapping,
                                        self.mapper.preview.header_row)
        if readings.empty:
            self._say(self.t("own_no_values", file=self.file))
            return
        saved = ""
        if self.mapper.remember.value:
            try:
                data.save_mapping(self.mapper.mapping, self.mapper.preview.headers,
                                  self._folder())
                saved = f"<p class='msim-small'>{mapper_words(self.lang, 'saved')}</p>"
            except OSError:      # a read-only settings folder: the results still show
                pass
        self.readings = readings
        self.overview.value = (view.loaded_html(readings, self.lang) + saved
                               + view.units_html(readings, self.lang))
        self.machine.unobserve(self._on_machine, "value")
        self.machine.options = readings.machines
        self.machine.value = readings.machines[0]
        self.machine.observe(self._on_machine, "value")
        self.machine.layout.display = "flex" if len(readings.machines) > 1 else "none"
        self._check()
        self.message.value = ""
        self.results.layout.display = "flex"

    def _folder(self) -> Path:
        """Where confirmed mappings are kept: the given folder, else the settings folder."""
        return self.folder if self.folder is not None else config_dir()

    def _check(self) -> None:
        """Zones and alerts at the current limit; the tables and the chart."""
        readings = self.readings
        if readings is None:
            return
        has_vibration = "vibration_mm_s" in readings.signals
        self.threshold.layout.display = "flex" if has_vibration else "none"
        limit = float(self.threshold.value)
        self.zone.value = (f"<span class='msim-small'>{view.zone_words(limit, self.lang)}"
                           "</span>") if has_vibration else ""
        found = self.found = od.check_readings(readings, limit)
        self.rule.value = view.rule_html(readings, found, self.lang)
        self.summary.value = view.summary_html(readings, found, self.lang)
        self.crossings.value = view.crossings_html(found, self.lang) if has_vibration else ""
        self.alerts.value = view.alerts_html(found.alerts, limit, self.lang) \
            if has_vibration else ""
        self._draw()

    def _draw(self) -> None:
        """The chosen machine's chart."""
        if self.readings is not None and self.found is not None:
            self.chart.value = chart.own_chart_png(self.readings, self.found,
                                                   str(self.machine.value), self.lang)

    @safely
    def _on_threshold(self, _change: dict[str, Any]) -> None:
        self._check()

    @safely
    def _on_machine(self, _change: dict[str, Any]) -> None:
        self._draw()
