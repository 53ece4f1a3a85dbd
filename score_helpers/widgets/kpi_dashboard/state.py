"""The KPI dashboard without widgets: what to show for a dataset, lines, weeks, filters and
targets.

    state = DashboardState("garments")
    state.set_lines(["Line A"])
    view = state.view()            # the chosen rows, weekly KPIs and the five cards
    [card.value for card in view.cards]

Every number comes from kpi.qcdms_summary (ratio of sums). Tests use this module
directly; app.py only wires it to widgets. A factory's own file comes in two steps
(open_file, then load_file with the confirmed columns; `upload` does both).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

import pandas as pd

from score_helpers import data
from score_helpers.i18n import text as any_text
from score_helpers.widgets.kpi_dashboard import cards as dc
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard import targets as dt
from score_helpers.widgets.kpi_dashboard.labels import text
from score_helpers.widgets.kpi_dashboard.notices import Notice
from score_helpers.widgets.kpi_dashboard.selection import (
    Selection,
    default_selection,
    week_label,
)
from score_helpers.widgets.kpi_dashboard.snapshot import View, make_view, usual_cost
from score_helpers.widgets.kpi_dashboard.tables import (
    kpi_table,
    kpi_table_csv,
    no_pareto_reason,
    pareto_causes,
    selected_causes,
    week_changes,
)
from score_helpers.widgets.kpi_dashboard.targets_state import TargetsState

__all__ = ["DashboardState", "Notice", "Selection", "View", "kpi_table", "kpi_table_csv",
           "make_view", "no_pareto_reason", "pareto_causes", "selected_causes", "week_changes",
           "week_label"]


class DashboardState(TargetsState):
    """The dashboard's data, choice, targets and language, and the view they give."""

    def __init__(self, profile: str = "garments", lang: str = "en",
                 targets_file: str | None = None) -> None:
        self.lang = lang
        super().__init__(dt.targets_path() if targets_file is None else Path(targets_file))
        self.dataset = dd.bundled(profile)
        self.selection = default_selection(self.dataset)
        self._view: View | None = None
        self._usual: dict[tuple[object, ...], float] = {}
        self.mapping_saved: str | None = None   # "" saved, else why not; None: not asked

    def text(self, key: str, **values: object) -> str:
        """A label in the current language."""
        return text(self.lang, key, **values)

    def view(self) -> View:
        """The view for the current choice (computed once per change)."""
        if self._view is None:
            key = (self.dataset.key, self.selection.lines, self.selection.filters)
            if key not in self._usual:
                self._usual[key] = usual_cost(self.dataset, self.selection)
            self._view = make_view(self.dataset, self.selection, self.targets,
                                   self._usual[key])
        return self._view

    def _changed(self) -> None:
        self._view = None

    # ---- what is shown -------------------------------------------------------------------

    def choose_profile(self, profile: str) -> None:
        """Show a bundled profile: all its lines, its last 13 weeks."""
        self.use_dataset(dd.bundled(profile))

    def use_dataset(self, dataset: dd.Dataset) -> None:
        """Show this dataset: all its lines, no filter, its last 13 weeks."""
        self.dataset = dataset
        self.selection = default_selection(dataset)
        self.mapping_saved = None
        self._changed()

    def set_lines(self, lines: Iterable[str]) -> bool:
        """Choose lines; False (and nothing changes) when none of the data's lines is given."""
        chosen = tuple(line for line in self.dataset.lines if line in set(lines))
        if not chosen:
            return False
        if chosen != self.selection.lines:
            self.selection = replace(self.selection, lines=chosen)
            self._changed()
        return True

    def set_weeks(self, first: pd.Timestamp, last: pd.Timestamp) -> None:
        """Choose the weeks by the Monday of the first and of the last one."""
        first, last = sorted((pd.Timestamp(first), pd.Timestamp(last)))
        if (first, last) != (self.selection.first_week, self.selection.last_week):
            self.selection = replace(self.selection, first_week=first, last_week=last)
            self._changed()

    def set_filter(self, dimension: str, value: str | None) -> None:
        """Keep only the rows whose `dimension` (department, shift, product) is `value`;
        None or '' shows them all."""
        kept = tuple((name, v) for name, v in self.selection.filters if name != dimension)
        if value:
            if value not in self.dataset.dimensions.get(dimension, ()):
                raise ValueError(f"dimension '{dimension}' has no value {value!r}")
            kept = (*kept, (dimension, value))
        if kept != self.selection.filters:
            self.selection = replace(self.selection, filters=kept)
            self._changed()

    # ---- a factory's own file ------------------------------------------------------------

    def open_file(self, file: str, content: bytes | memoryview
                  ) -> tuple[dd.OwnFile | None, Notice | None]:
        """Step 1: the file's columns for the mapping step, or a notice saying why not."""
        try:
            return dd.open_upload(file, content, self.lang), None
        except dd.UploadTooBigError as error:
            return None, Notice("error", self.text(
                "upload_too_big", file=file, size=error.megabytes, limit=dd.MAX_UPLOAD_MB))
        except (data.DataError, ValueError) as error:
            return None, self._failed(file, error)

    def first_mapping(self, own: dd.OwnFile) -> dict[str, str] | None:
        """The columns saved for files with these headers (None: none saved)."""
        return data.saved_mapping(own.preview.headers, self.mappings_folder)

    def load_file(self, own: dd.OwnFile, mapping: Mapping[str, str],
                  remember: bool = False) -> Notice:
        """Step 2: use the file with these columns; on a problem keep the data shown and
        say what is wrong. With `remember`, the columns are saved for the next file with
        the same headers (beside the targets)."""
        loaded = self._try_load(own, mapping)
        if isinstance(loaded, Notice):
            return loaded
        self.use_dataset(loaded)
        if remember:
            try:
                data.save_mapping(mapping, own.preview.headers, self.mappings_folder)
                self.mapping_saved = ""
            except OSError as error:
                self.mapping_saved = str(error.strerror or error)
        notice = self.loaded_notice()
        assert notice is not None
        return notice

    def file_problem(self, own: dd.OwnFile, mapping: Mapping[str, str]) -> Notice | None:
        """What stops this file loading with these columns, in the current language."""
        loaded = self._try_load(own, mapping)
        return loaded if isinstance(loaded, Notice) else None

    def _try_load(self, own: dd.OwnFile, mapping: Mapping[str, str]) -> dd.Dataset | Notice:
        try:
            dataset = dd.load_upload(own, mapping, self.lang)
            dc.period_totals(dataset.daily)  # a number the KPIs cannot use: say so now
        except (data.DataError, ValueError) as error:
            return self._failed(own.file, error)
        return dataset

    def upload(self, file: str, content: bytes | memoryview) -> Notice:
        """Both steps at once, with the saved or the suggested columns (no widgets)."""
        own, notice = self.open_file(file, content)
        if own is None:
            assert notice is not None
            return notice
        mapping = self.first_mapping(own) or dd.suggested_mapping(own)
        return self.load_file(own, mapping)

    def loaded_notice(self) -> Notice | None:
        """What the shown file holds, in the current language (None for practice data)."""
        dataset = self.dataset
        if dataset.file is None:
            return None
        dates = dataset.daily["date"]
        notes = [self.text("upload_loaded", file=dataset.file, rows=f"{len(dataset.daily):,}",
                           lines=len(dataset.lines), first=week_label(dates.min()),
                           last=week_label(dates.max()))]
        lacking = [self.text(f"pillar_{p}") for p, name in dataset.best.items() if name is None]
        if lacking:
            notes.append(self.text("missing_pillars", pillars=", ".join(lacking)))
        if self.mapping_saved is not None:
            notes.append(any_text("app.column_mapper.saved", self.lang) if not
                         self.mapping_saved else self.text("mapping_not_saved",
                                                           why=self.mapping_saved))
        if dataset.causes_problem is not None:
            notes.append(self.text("causes_problem"))
            return Notice("warning", " ".join(notes), str(dataset.causes_problem),
                          dataset.causes_problem)
        return Notice("warning" if lacking else "info", " ".join(notes))

    def _failed(self, file: str, error: ValueError) -> Notice:
        found = error if isinstance(error, data.DataError) else None
        return Notice("error", self.text("upload_failed", file=file), str(error), found)

    @property
    def mappings_folder(self) -> Path:
        """Where confirmed column choices are kept: beside the targets file."""
        return self.targets_file.parent
