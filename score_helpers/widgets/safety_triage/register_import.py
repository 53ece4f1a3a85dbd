"""The app's import of a whole register: upload, which column is which, check, add.

    importer = RegisterImport("en", log_path, model=lambda: app.model,
                              on_added=app.refresh_summary, run=app._run)
    importer.widget

1. Upload a CSV or Excel register (up to the apps' MAX_UPLOAD_MB; the loader's
   own limits on rows and cells apply too). The header row is found below merged titles.
2. The shared column-mapping step (widgets/common/column_mapper.py) says which column
   is which; its examples are shown with names and phone numbers replaced. "Remember"
   keeps the mapping beside the log for the next register with the same columns.
3. Every report is triaged in one go (safety.register) and shown in the ReviewTable: the
   committee unticks, changes the category, chooses the type.
4. "Add the ticked reports to the log" checks every ticked report, then appends them all
   (or none); the weekly summary is read again. Nothing is written before that press.
"""

from __future__ import annotations

import functools
import io
import warnings
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from score_helpers import data
from score_helpers.safety import log as safety_log
from score_helpers.safety import register
from score_helpers.safety.triage import TriageModel
from score_helpers.widgets.common.column_mapper import ColumnMapper
from score_helpers.widgets.common.column_mapper import words as mapper_words
from score_helpers.widgets.common.uploads import (
    MAX_UPLOAD_MB,
    UploadTooBigError,
    check_upload_size,
)
from score_helpers.widgets.safety_triage import view
from score_helpers.widgets.safety_triage.labels import text
from score_helpers.widgets.safety_triage.register_table import ReviewTable

Run = Callable[[Callable[[], Any], widgets.HTML], None]


class RegisterImport:
    """Upload a register, map its columns, check each report, add the ticked ones."""

    def __init__(self, lang: str, log_path: Path, *, model: Callable[[], TriageModel | None],
                 on_added: Callable[[], None], run: Run) -> None:
        self.lang, self.log_path = lang, Path(log_path)
        self.t = functools.partial(text, lang)
        self.model, self.on_added, self.run = model, on_added, run
        self.mapper: ColumnMapper | None = None
        self.table: ReviewTable | None = None
        self._file: tuple[str, bytes, data.FilePreview] | None = None
        self.upload = widgets.FileUpload(accept=".csv,.xlsx", multiple=False,
                                         description=self.t("import_upload"),
                                         layout=widgets.Layout(width="auto"))
        self.use_columns = widgets.Button(description=mapper_words(lang, "confirm"),
                                          button_style="primary", icon="check",
                                          layout=widgets.Layout(width="auto"))
        self.add_button = widgets.Button(button_style="success", icon="plus",
                                         layout=widgets.Layout(width="auto"))
        self.message, self.notes, self.add_message = (widgets.HTML() for _ in range(3))
        self.mapping_box, self.review_box = widgets.VBox(), widgets.VBox()
        for name, control in {"upload": self.upload, "use-columns": self.use_columns,
                              "add": self.add_button, "message": self.message,
                              "notes": self.notes, "add-message": self.add_message,
                              "mapping": self.mapping_box,
                              "review": self.review_box}.items():
            control.add_class(f"safety-register-{name}")
        self.upload.observe(lambda _c: self.run(self._uploaded, self.message), "value")
        self.use_columns.on_click(lambda _b: self.run(self.read, self.message))
        self.add_button.on_click(lambda _b: self.run(self.add, self.add_message))
        help_text = self.t("import_upload_help", limit=MAX_UPLOAD_MB)
        self.widget = widgets.VBox([
            widgets.HTML(f"<h3>{escape(self.t('import_title'))}</h3>"
                         f"<p>{escape(self.t('import_intro'))}</p>"
                         f"<div class='safety-note safety-people-decide'>"
                         f"{escape(self.t('people_decide'))}</div>"
                         f"<h4>{escape(self.t('import_step_upload'))}</h4>"),
            widgets.HBox([self.upload, widgets.HTML(
                f"<span class='safety-small'>{escape(help_text)}</span>")],
                layout=widgets.Layout(align_items="center", grid_gap="12px")),
            self.message, self.mapping_box, self.review_box,
        ])
        self.widget.add_class("safety-register")

    def _uploaded(self) -> None:
        """A file arrived: show its columns to map (or say why it cannot be read)."""
        if not self.upload.value:
            return
        entry = self.upload.value[0]
        name, content = str(entry["name"]), bytes(entry["content"])
        self.upload.value = ()           # free the memory; the same file can be sent again
        self.open_file(name, content)

    def open_file(self, name: str, content: bytes) -> None:
        """Read the file's header and examples and show the column-mapping step."""
        self._clear()
        try:
            check_upload_size(name, content)
            with data.loader_language(self.lang):
                preview = data.preview_file(content, register.REGISTER_COLUMNS, name=name)
        except UploadTooBigError as error:
            self.message.value = view.message_html("error", self.t(
                "import_too_big", file=name, size=error.megabytes, limit=MAX_UPLOAD_MB))
            return
        except data.DataError as error:
            self._failed(name, error)
            return
        self._file = (name, content, preview)
        start = data.saved_mapping(preview.headers, self.log_path.parent)
        self.mapper = ColumnMapper(register.private_preview(preview),
                                   register.REGISTER_COLUMNS, required=register.REQUIRED,
                                   lang=self.lang, start=start)
        self.mapping_box.children = [self.mapper.widget, self.use_columns]

    def _failed(self, name: str, error: data.DataError) -> None:
        self.message.value = (view.message_html("error", self.t("import_failed", file=name))
                              + f"<pre class='safety-small'>{escape(str(error))}</pre>")

    def _clear(self) -> None:
        self.message.value = self.notes.value = self.add_message.value = ""
        self.mapper, self.table, self._file = None, None, None
        self.mapping_box.children = self.review_box.children = ()

    def read(self) -> None:
        """Load the register with the person's mapping, triage every report, show the table."""
        if self.mapper is None or self._file is None:
            return
        self.message.value = ""
        if self.mapper.problems():
            return                        # the mapper says what is still missing
        model = self.model()
        if model is None:
            self.message.value = view.message_html("note", self.t("loading"))
            return
        name, content, preview = self._file
        try:
            with data.loader_language(self.lang):   # the loader's messages in the app's words
                frame = register.read_register(io.BytesIO(content), name=name,
                                               mapping=self.mapper.mapping,
                                               header_row=preview.header_row)
        except data.DataError as error:
            self._failed(name, error)
            return
        if self.mapper.remember.value:
            data.save_mapping(self.mapper.mapping, preview.headers, self.log_path.parent)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", safety_log.SafetyLogWarning)
            known = register.logged(safety_log.read_log(self.log_path))
        triaged = register.triage_register(frame, model, known)
        if not triaged.rows:
            self.message.value = view.message_html("error",
                                                   self.t("import_no_reports", file=name))
            return
        self.table = ReviewTable(triaged.rows, self.lang, on_change=self._count)
        self.notes.value = self._notes(triaged)
        self.mapping_box.children = ()
        self.review_box.children = [
            widgets.HTML(f"<h4>{escape(self.t('import_step_review'))}</h4>"
                         f"<p>{escape(self.t('import_review_intro'))}</p>"),
            self.notes, self.table.widget, widgets.HBox([self.add_button]), self.add_message]
        self._count()

    def _notes(self, triaged: register.Triaged) -> str:
        """What was read, left out, replaced and already logged, one line each."""
        rows = triaged.rows
        review = sum(row.triage.needs_review for row in rows)
        replaced = sum(1 for row in rows if row.replaced)
        in_log = sum(row.in_log for row in rows)
        lines = [self.t("import_counts", total=len(rows), review=review)]
        if triaged.blank:
            lines.append(self.t("import_blank", numbers=", ".join(triaged.blank)))
        lines.append(self.t("import_privacy", count=replaced) if replaced
                     else self.t("import_privacy_none"))
        if in_log:
            lines.append(self.t("import_in_log_note", count=in_log))
        lines.append(self.t("import_rating_note"))
        return "".join(f"<div class='safety-small'>{escape(line)}</div>" for line in lines)

    def _count(self) -> None:
        """The add button says how many reports are ticked."""
        ticked = sum(self.table.ticked) if self.table else 0
        self.add_button.description = self.t("import_add", count=ticked)

    def add(self) -> None:
        """Add the ticked reports to the log, as the person confirmed them; all or none."""
        if self.table is None:
            return
        self.add_message.value = ""
        problems = self.table.problems()
        if problems:                      # said beside the button that was pressed
            self.add_message.value = "".join(view.message_html("error", p) for p in problems)
            return
        confirmed = self.table.confirmed()
        records = [(row.number, register.log_record(row, category=category,
                                                    report_type=kind, day=day))
                   for row, category, kind, day in confirmed]
        added = register.add_to_log(self.log_path, records)
        left = len(self.table.rows) - added
        self._clear()
        self.message.value = view.message_html("saved-msg", self.t("import_added", added=added,
                                                                  left=left))
        self.on_added()
