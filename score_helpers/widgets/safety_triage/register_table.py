"""The table where the committee checks an imported register, one report per row.

    table = ReviewTable(triaged.rows, "en")      # safety.register.triage_register(...).rows
    table.widget                # Add? · date · report · type · AI suggestion and category · rating
    table.problems()            # what stops adding: a ticked report with no type or no date
    table.confirmed()           # [(row, category, report_type, date)] of the ticked reports

Each row starts ticked (unless it is already in the log), with the AI's category and the
register's type when the register says it clearly; the person unticks, changes the
category, chooses the type. The choices live in lists, one entry per report; the page
shows PAGE_SIZE reports at a time in the same widgets, so a register of hundreds of
reports costs no more widgets than one of twenty. Every control has a CSS class
(safety-import-add, -date, -type, -category, -suggestion, -risk) for the browser tests.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from html import escape

import ipywidgets as widgets

from score_helpers.safety import hirac_suggest
from score_helpers.safety.frames import CASE_TYPES
from score_helpers.safety.hirac import LEVEL_COLOURS
from score_helpers.safety.register import RegisterRow
from score_helpers.safety.triage import CATEGORIES
from score_helpers.widgets.safety_triage.labels import category_name, text

PAGE_SIZE = 20
COLUMNS = ("add", "date", "report", "type", "category", "risk")
WIDTHS = "3.6rem 9.5rem minmax(12rem, 1fr) 10.5rem 13.5rem 6.5rem"
Confirmed = tuple[RegisterRow, str, str, dt.date]


class ReviewTable:
    """The imported reports with the person's choices, shown a page at a time."""

    def __init__(self, rows: Sequence[RegisterRow], lang: str,
                 on_change: Callable[[], None] | None = None) -> None:
        self.rows, self.lang = tuple(rows), lang
        self.t = functools.partial(text, lang)
        self.on_change = on_change or (lambda: None)
        self.ticked = [not row.in_log for row in self.rows]
        self.category = [row.triage.category for row in self.rows]
        self.report_type = [row.report_type for row in self.rows]
        self.date: list[dt.date | None] = [row.date for row in self.rows]
        self.page, self._filling = 0, False
        self.slots = [self._slot(i) for i in range(min(PAGE_SIZE, len(self.rows)))]
        heads = [widgets.HTML(f"<b>{escape(self.t(f'import_col_{c}'))}</b>") for c in COLUMNS]
        self.cells = [self._cells(slot) for slot in self.slots]
        self.grid = widgets.GridBox(
            [*heads, *(cell for cells in self.cells for cell in cells)],
            layout=widgets.Layout(grid_template_columns=WIDTHS, grid_gap="4px 10px",
                                  align_items="center", width="100%"))
        self.grid.add_class("safety-import-table")
        self.where = widgets.HTML()
        self.previous = widgets.Button(description=self.t("import_prev"), icon="arrow-left")
        self.next = widgets.Button(description=self.t("import_next"), icon="arrow-right")
        for name, control in {"where": self.where, "prev": self.previous,
                              "next": self.next}.items():
            control.add_class(f"safety-import-{name}")
        self.previous.on_click(lambda _b: self.show_page(self.page - 1))
        self.next.on_click(lambda _b: self.show_page(self.page + 1))
        pages = widgets.HBox([self.previous, self.where, self.next],
                             layout=widgets.Layout(align_items="center", grid_gap="12px"))
        pages.layout.display = None if len(self.rows) > PAGE_SIZE else "none"
        self.widget = widgets.VBox([self.grid, pages])
        self.show_page(0)

    def _slot(self, position: int) -> dict[str, widgets.Widget]:
        """The widgets of one line of the page; they show report page × PAGE_SIZE + position."""
        slot: dict[str, widgets.Widget] = {
            "add": widgets.Checkbox(indent=False, layout=widgets.Layout(width="2rem")),
            "date": widgets.DatePicker(layout=widgets.Layout(width="9.5rem")),
            "report": widgets.HTML(),
            "type": widgets.Dropdown(options=self._type_options(),
                                     layout=widgets.Layout(width="10.5rem")),
            "suggestion": widgets.HTML(),
            "category": widgets.Dropdown(options=[(category_name(c, self.lang), c)
                                                  for c in CATEGORIES],
                                         layout=widgets.Layout(width="13rem")),
            "risk": widgets.HTML(),
        }
        for name, control in slot.items():
            control.add_class(f"safety-import-{name}")
        for name, store in (("add", self.ticked), ("date", self.date),
                            ("type", self.report_type), ("category", self.category)):
            slot[name].observe(functools.partial(self._changed, position, store), "value")
        return slot

    @staticmethod
    def _cells(slot: dict[str, widgets.Widget]) -> list[widgets.Widget]:
        """The grid cells of one line: the AI's suggestion sits above the person's category."""
        decide = widgets.VBox([slot["suggestion"], slot["category"]])
        return [slot["add"], slot["date"], slot["report"], slot["type"], decide, slot["risk"]]

    def _type_options(self) -> list[tuple[str, str]]:
        return [(self.t("import_choose"), ""),
                *((self.t(f"type_{kind}"), kind) for kind in CASE_TYPES)]

    def _index(self, position: int) -> int:
        return self.page * PAGE_SIZE + position

    def _changed(self, position: int, store: list[object], change: dict[str, object]) -> None:
        """A person changed a control: keep the choice for its report."""
        if self._filling:
            return
        store[self._index(position)] = change["new"]
        self._show_risk(position)
        self.on_change()

    def show_page(self, page: int) -> None:
        """Show the reports of `page` (0 = the first PAGE_SIZE) in the page's widgets."""
        last_page = max(0, (len(self.rows) - 1) // PAGE_SIZE)
        self.page = min(max(page, 0), last_page)
        self._filling = True
        try:
            for position, slot in enumerate(self.slots):
                index = self._index(position)
                shown = index < len(self.rows)
                for cell in self.cells[position]:
                    cell.layout.display = None if shown else "none"
                if shown:
                    self._fill(slot, index)
                    self._show_risk(position)
        finally:
            self._filling = False
        first = self.page * PAGE_SIZE + 1
        self.where.value = escape(self.t("import_page", first=first, total=len(self.rows),
                                         last=min(first + PAGE_SIZE - 1, len(self.rows))))
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == last_page

    def _fill(self, slot: dict[str, widgets.Widget], index: int) -> None:
        row = self.rows[index]
        slot["add"].value = self.ticked[index]
        slot["date"].value = self.date[index]
        slot["type"].value = self.report_type[index]
        slot["category"].value = self.category[index]
        notes = []
        if row.register_type and not row.report_type:      # a word the person must read
            notes.append(self.t("import_register_said", word=row.register_type))
        if row.in_log:
            notes.append(self.t("import_in_log"))
        small = "".join(f"<br><span class='safety-small'>{escape(n)}</span>" for n in notes)
        place = f" · {escape(row.line)}" if row.line else ""
        slot["report"].value = (f"<div class='safety-import-text'><b>No. {escape(row.number)}"
                                f"</b>{place}<br>{escape(row.description)}{small}</div>")
        triage = row.triage
        flag = (f"<br><span class='safety-review-flag-row'>{escape(self.t('import_unsure'))}"
                "</span>") if triage.needs_review else ""
        slot["suggestion"].value = (
            f"<span data-category='{escape(triage.category)}'>"
            f"{escape(category_name(triage.category, self.lang))}</span> · "
            f"{escape(self.t('confidence', percent=f'{triage.confidence:.0%}'))}{flag}")

    def _show_risk(self, position: int) -> None:
        """The first-guess level of the chosen category and type (hirac_suggest)."""
        index = self._index(position)
        kind = self.report_type[index]
        cell = self.slots[position]["risk"]
        if not kind:
            cell.value = f"<span class='safety-small'>{escape(self.t('import_no_rating'))}</span>"
            return
        rating = hirac_suggest.suggest_rating(self.category[index], kind).rating
        words = self.t("import_risk", level=self.t(f"level_{rating.level}"), score=rating.score)
        colour = LEVEL_COLOURS[rating.level]
        cell.value = (f"<span class='safety-level-box safety-level-{rating.level}' "
                      f"style='background:{colour}33'>{escape(words)}</span>")

    def problems(self) -> list[str]:
        """What stops adding the ticked reports, in the app's language ([] = fine)."""
        ticked = [i for i, on in enumerate(self.ticked) if on]
        if not ticked:
            return [self.t("import_none_ticked")]
        found = []
        for key, missing in (("import_need_type", [i for i in ticked if not self.report_type[i]]),
                             ("import_need_date", [i for i in ticked if self.date[i] is None])):
            if missing:
                found.append(self.t(key, numbers=", ".join(self.rows[i].number
                                                           for i in missing)))
        return found

    def confirmed(self) -> list[Confirmed]:
        """(row, category, report type, date) of every ticked report, in the register's order."""
        return [(row, self.category[i], self.report_type[i], self.date[i])  # type: ignore[misc]
                for i, row in enumerate(self.rows) if self.ticked[i]]
