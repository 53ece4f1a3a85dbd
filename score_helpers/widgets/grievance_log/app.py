"""The grievance log as ipywidgets: the counts, two filters, a privacy switch, the table.

    view = grievance_log_view(data.load("grievances"), lang="fil")
    view.status.value = "escalated"          # the table follows (tests drive it this way)

Module 02 shows it; a Voila app can place the same widget. Text a person typed reaches
the page only through pandas' HTML, which escapes it.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from score_helpers.kpi import grievances as handling
from score_helpers.widgets.grievance_log.labels import label, word
from score_helpers.widgets.grievance_log.view import log_table, status_counts


class GrievanceLogView(widgets.VBox):
    """The log view widget; `status`, `category`, `show_personal` and `table` are its parts
    (`grievances` is the checked log it shows)."""

    def __init__(self, log: pd.DataFrame, lang: str | None = None) -> None:
        self.grievances = handling.checked_log(log)
        self.lang = lang
        everything = [(label(lang, "all"), "all")]
        self.status = widgets.Dropdown(
            description=label(lang, "status"), value="all",
            options=everything + [(word(lang, "status", s), s) for s in handling.STATUSES])
        categories = sorted(self.grievances["category"].astype(str).unique())
        self.category = widgets.Dropdown(
            description=label(lang, "category"), value="all",
            options=everything + [(word(lang, "category", c), c) for c in categories])
        self.show_personal = widgets.Checkbox(value=False, description=label(
            lang, "show_personal"), indent=False)
        self.note = widgets.HTML()
        self.table = widgets.HTML()
        for control in (self.status, self.category, self.show_personal):
            control.observe(lambda _change: self.refresh(), names="value")
        counts = widgets.HTML(f"<b>{label(lang, 'title')}</b> · {status_counts(log, lang)}")
        super().__init__([counts, widgets.HBox([self.status, self.category]),
                          self.show_personal, self.note, self.table])
        self.refresh()

    def frame(self) -> pd.DataFrame:
        """The table now shown, as a DataFrame."""
        return log_table(self.grievances, status=self.status.value, category=self.category.value,
                         show_personal=self.show_personal.value, lang=self.lang)

    def refresh(self) -> None:
        """Redraw the table after a filter or the privacy switch changed."""
        shown = self.frame()
        hidden = f"<i>{label(self.lang, 'hidden_note')}</i>"
        self.note.value = "" if self.show_personal.value else hidden
        self.table.value = (f"<p>{label(self.lang, 'empty')}</p>" if shown.empty
                            else shown.to_html(index=False, escape=True, na_rep="—"))


def grievance_log_view(log: pd.DataFrame, lang: str | None = None) -> GrievanceLogView:
    """The grievance log widget for `log` (e.g. data.load("grievances")) in `lang`."""
    return GrievanceLogView(log, lang)


__all__ = ["GrievanceLogView", "grievance_log_view"]
