"""A factory's own file in three steps: (1) choose the file, (2) confirm or change which
of its columns is which, (3) see the KPIs (the dashboard below, once the file is in use).

    flow = UploadFlow(state, say=dashboard.say, on_loaded=dashboard.show_new_data)
    flow.upload          # step 1: the upload button; '(1)' while a file is checked or used
    flow.steps           # where the person is: 1 · 2 · 3
    flow.panel           # step 2: the shared ColumnMapper, 'Use these columns', 'Cancel'

The mapper starts at the columns saved for files with the same headers (beside the
targets), else at the suggestion. Problems are said in the app's language; switching the
language redraws steps 2 and 3 (`relabel`).

Uploads over 10 MB get a plain message, nothing parsed. Voila's websocket (tornado)
drops any message over 10 MiB before the kernel sees it, though; for the message to
show, the server needs Voila.tornado_settings = {"websocket_max_message_size":
104857600} (e.g. in a voila.json where voila is started).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from score_helpers.data import schema
from score_helpers.i18n import text as any_text
from score_helpers.widgets.common.column_mapper import ColumnMapper
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard.notices import Notice
from score_helpers.widgets.kpi_dashboard.parts import Muted, safely
from score_helpers.widgets.kpi_dashboard.state import DashboardState

NoticeSource = Callable[[], Notice | None]   # the notice, made again in the current language
STEPS = ("step_choose", "step_columns", "step_kpis")


def received(entry: dict[str, Any]) -> dict[str, Any]:
    """An upload entry without its content: what the button keeps to count the file."""
    return {**entry, "content": b""}


class UploadFlow:
    """Steps 1 and 2 of using a factory's own file; `say(source)` shows a notice,
    `on_loaded()` is called once the file's data are in the state."""

    def __init__(self, state: DashboardState, say: Callable[[NoticeSource | None], None],
                 on_loaded: Callable[[], None], busy: Callable[[bool], None]) -> None:
        self.state, self.say, self.on_loaded, self.busy = state, say, on_loaded, busy
        self._quiet = False
        self.own: dd.OwnFile | None = None
        self.in_use: dict[str, Any] | None = None   # the upload entry of the file in use
        self.mapper: ColumnMapper | None = None
        self.step = 1
        self.upload = widgets.FileUpload(accept=".csv,.xlsx", multiple=False,
                                         layout=widgets.Layout(width="auto"))
        self.help, self.steps = widgets.HTML(), widgets.HTML()
        self.confirm = widgets.Button(button_style="primary", icon="check",
                                      layout=widgets.Layout(width="auto"))
        self.cancel = widgets.Button(layout=widgets.Layout(width="auto"))
        self.panel = widgets.VBox(layout=widgets.Layout(display="none"))
        for control, name in ((self.upload, "upload"), (self.steps, "steps"),
                              (self.confirm, "confirm"), (self.cancel, "cancel"),
                              (self.panel, "mapping")):
            control.add_class(f"kpi-dash-{name}")
        self.upload.observe(self._on_upload, "value")
        self.confirm.on_click(self._on_confirm)
        self.cancel.on_click(self._on_cancel)
        self.relabel()

    def _show_notice(self, notice: Notice | None) -> None:
        """What `safely` calls when a callback fails."""
        self.say(lambda: notice)

    def relabel(self) -> None:
        """Every word in the state's language: the button, the steps, the mapping step."""
        lang = self.state.lang
        self.upload.description = self.state.text("upload_button")
        self.help.value = (f"<span class='kpi-dash-small'>"
                           f"{html.escape(self.state.text('upload_help', limit=dd.MAX_UPLOAD_MB))}"
                           "</span>")
        self.confirm.description = any_text("app.column_mapper.confirm", lang)
        self.cancel.description = self.state.text("mapping_cancel")
        if self.mapper is not None:
            self.mapper.set_language(lang)
        self._show_steps()

    def _show_steps(self) -> None:
        parts = []
        for number, key in enumerate(STEPS, start=1):
            state = "done" if number < self.step else "now" if number == self.step else ""
            mark = "✔ " if state == "done" else ""
            parts.append(f"<span class='{state}'>{mark}{number} · "
                         f"{html.escape(self.state.text(key))}</span>")
        self.steps.value = " → ".join(parts)

    def go_to(self, step: int) -> None:
        """Show step 1 (nothing chosen), 2 (the mapping) or 3 (the KPIs of the file)."""
        self.step = step
        if step != 2:
            self.own, self.mapper = None, None
            self.panel.children = ()
        self.panel.layout.display = None if step == 2 else "none"
        self._show_steps()

    @safely
    def _on_upload(self, change: dict[str, Any]) -> None:
        files = change["new"]
        if not files:
            return
        entry = files[0]
        name, content = entry["name"], bytes(entry["content"])
        self._hold(received(entry))
        self.busy(True)
        try:
            own, problem = self.state.open_file(name, content)
        finally:
            self.busy(False)
        if own is None:
            self._hold(self.in_use)
            self.go_to(3 if self.state.dataset.file else 1)
            self.say(self._kept(problem, lambda: self.state.open_file(name, content)[1]))
            return
        self.own = own
        self.mapper = ColumnMapper(own.preview, schema.DAILY_OWN_FILE, required=dd.REQUIRED,
                                   lang=self.state.lang, start=self.state.first_mapping(own))
        self.panel.children = (self.mapper.widget,
                               widgets.HBox([self.confirm, self.cancel]))
        self.say(None)
        self.go_to(2)

    @safely
    def _on_confirm(self, _button: Any) -> None:
        if self.own is None or self.mapper is None or self.mapper.problems():
            return  # the mapper already says what is missing
        own, mapping = self.own, self.mapper.mapping
        self.busy(True)
        try:
            notice = self.state.load_file(own, mapping, self.mapper.remember.value)
        finally:
            self.busy(False)
        if notice.kind == "error":
            self._hold(self.in_use)
            self.say(self._kept(notice, lambda: self.state.file_problem(own, mapping)))
            return
        self.in_use = self.upload.value[0] if self.upload.value else None
        self.go_to(3)
        self.on_loaded()
        self.say(self.state.loaded_notice)

    def _hold(self, entry: dict[str, Any] | None) -> None:
        """What the upload button counts: the file being checked or in use, "(1)", or
        none, "(0)". Its content is dropped (the kernel keeps no copy), so sending the
        same file again is still a change the button reports."""
        with Muted(self):
            self.upload.value = () if entry is None else (entry,)

    def _kept(self, notice: Notice | None, again: NoticeSource) -> NoticeSource:
        """`notice` while the language stays; made `again` (the file read once more) in
        another language, since the loader's sentences are made as it reads."""
        lang = self.state.lang
        return lambda: notice if self.state.lang == lang else again()

    @safely
    def _on_cancel(self, _button: Any) -> None:
        self._hold(self.in_use)
        self.go_to(3 if self.state.dataset.file else 1)
        self.say(self.state.loaded_notice)
