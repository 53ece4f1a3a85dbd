"""The dashboard's targets as part of its state: the editor's changes, the targets file
(read at the start, saved on request, read again when another page saved it)."""

from __future__ import annotations

from pathlib import Path

from score_helpers.widgets.kpi_dashboard import targets as dt
from score_helpers.widgets.kpi_dashboard.notices import Notice


class TargetsState:
    """Targets, where they are kept and the notice saying so; DashboardState adds the rest
    (`text` in its language and `_changed`, which forgets the computed view)."""

    lang: str

    def __init__(self, targets_file: Path) -> None:
        self.targets_file = targets_file
        self.targets, self.targets_problem = dt.load_targets(self.targets_file)
        self._targets_stamp = dt.file_stamp(self.targets_file)

    def text(self, key: str, **values: object) -> str:  # pragma: no cover - overridden
        """A label in the current language."""
        raise NotImplementedError

    def _changed(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def targets_notice(self) -> Notice:
        """Where the targets come from: the saved file, or the defaults (and why)."""
        if self.targets_problem:
            return Notice("warning", self.text("targets_bad_file", problem=self.targets_problem))
        if self.targets_file.is_file():
            return Notice("info", self.text("targets_loaded", path=self.targets_file))
        return Notice("info", self.text("targets_default"))

    def set_target(self, name: str, green: float, amber: float) -> str | None:
        """Change one KPI's target from the editor's numbers; a message if they cannot be."""
        target = self.targets.get(name)
        relative = target.relative if target is not None else False
        try:
            new = dt.target_from_editor(name, green, amber, relative)
        except dt.TargetInputError as error:
            return self.text(error.key, label=self.text(f"kpi_{name}"))
        if new != target:
            self.targets = {**self.targets, name: new}
            self._changed()
        return None

    def reset_targets(self) -> None:
        """Go back to the default targets (the file is untouched until Save)."""
        self.targets = dict(dt.DEFAULTS)
        self._changed()

    def save_targets(self) -> Notice:
        """Write the targets to the targets file; say where, or why not."""
        try:
            path = dt.save_targets(self.targets, self.targets_file)
        except OSError as error:
            return Notice("error", self.text("targets_save_failed", path=self.targets_file,
                                             why=error.strerror or error))
        self._targets_stamp = dt.file_stamp(path)
        return Notice("info", self.text("targets_saved", path=path))

    def reload_targets(self) -> bool:
        """Read the targets file again if it changed since it was read; True if it did."""
        if dt.file_stamp(self.targets_file) == self._targets_stamp:
            return False
        self.targets, self.targets_problem = dt.load_targets(self.targets_file)
        self._targets_stamp = dt.file_stamp(self.targets_file)
        self._changed()
        return True
