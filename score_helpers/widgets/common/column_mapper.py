"""The column-mapping step of every app that reads a factory's own file.

    preview = data.preview_file(upload_bytes, schema.DAILY_OWN_FILE, name="daily.xlsx")
    mapper = ColumnMapper(preview, schema.DAILY_OWN_FILE, required=("date", "line"),
                          lang="fil")
    mapper.widget            # one row per file column: name, examples, a drop-down
    mapper.mapping           # {'Team': 'line', 'Output': 'units_produced', 'Remarks': ''}
    mapper.problems()        # what still stops loading, in the app's language ([] = fine)

The drop-downs start at the suggestion (a mapping saved for these headers when there is
one, else data.suggestion_for). Every word comes from the string tables
(`app.column_mapper.*`, our columns as `data.column.<name>`).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

import ipywidgets as widgets

from score_helpers.data import FilePreview, schema, suggestion_for
from score_helpers.data.loading.mapping import NOT_USED
from score_helpers.i18n import section_text, text

words = section_text("app.column_mapper")


def column_label(name: str, lang: str | None) -> str:
    """Our column `name` in plain words ('Line or team', 'Linya o team')."""
    return text(f"data.column.{name}", lang)


class ColumnMapper:
    """Drop-downs that say which of the file's columns is which of ours."""

    def __init__(self, preview: FilePreview, columns: Iterable[schema.Column], *,
                 required: Sequence[str] = (), lang: str | None = None,
                 start: Mapping[str, str] | None = None) -> None:
        self.preview = preview
        self.columns = tuple(columns)
        self.required = tuple(required)
        self.lang = lang
        self.from_saved = start is not None
        initial = dict(start) if start is not None else suggestion_for(
            preview.headers, self.columns).mapping
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        for header in preview.headers:
            dropdown = widgets.Dropdown(options=self._options(),
                                        value=initial.get(header, NOT_USED),
                                        layout=widgets.Layout(width="20rem"))
            dropdown.add_class("score-column-choice")
            self.dropdowns[header] = dropdown
        self.status = widgets.HTML()
        self.remember = widgets.Checkbox(value=True, description=words(lang, "remember"),
                                         indent=False, layout=widgets.Layout(width="auto"))
        self.widget = widgets.VBox([])
        self.widget.add_class("score-column-mapper")
        for dropdown in self.dropdowns.values():
            dropdown.observe(lambda _change: self._show_status(), names="value")
        self.render()

    def _options(self) -> list[tuple[str, str]]:
        ours = sorted(((column_label(c.name, self.lang), c.name) for c in self.columns),
                      key=lambda option: option[0].lower())
        return [(words(self.lang, "not_used"), NOT_USED), *ours]

    def _row(self, header: str) -> widgets.HBox:
        examples = self.preview.samples.get(header, ())
        shown = ", ".join(examples) if examples else words(self.lang, "no_examples")
        name = widgets.HTML(f"<b>{html.escape(header)}</b>",
                            layout=widgets.Layout(width="14rem"))
        sample = widgets.HTML(f"<span class='score-examples'>{html.escape(shown)}</span>",
                              layout=widgets.Layout(width="18rem"))
        return widgets.HBox([name, sample, self.dropdowns[header]])

    def render(self) -> None:
        """(Re)build the rows in the current language, keeping every choice."""
        for dropdown in self.dropdowns.values():
            value = dropdown.value
            dropdown.options = self._options()
            dropdown.value = value
        heading = widgets.HTML(
            f"<h3>{html.escape(words(self.lang, 'title'))}</h3>"
            f"<p>{html.escape(words(self.lang, 'intro'))} "
            f"{html.escape(words(self.lang, 'header_row', row=self.preview.header_row))} "
            f"{html.escape(words(self.lang, 'rows', rows=f'{self.preview.rows:,}'))}</p>"
            + (f"<p>{html.escape(words(self.lang, 'guessed_saved'))}</p>"
               if self.from_saved else ""))
        titles = widgets.HBox([widgets.HTML(f"<i>{html.escape(words(self.lang, key))}</i>",
                                            layout=widgets.Layout(width=width))
                               for key, width in (("your_column", "14rem"),
                                                  ("examples", "18rem"), ("means", "20rem"))])
        self.remember.description = words(self.lang, "remember")
        rows = [self._row(header) for header in self.preview.headers]
        self.widget.children = [heading, titles, *rows, self.remember, self.status]
        self._show_status()

    def set_language(self, lang: str | None) -> None:
        """Show every word in `lang`."""
        self.lang = lang
        self.render()

    @property
    def mapping(self) -> dict[str, str]:
        """File column → our column ("" for a column not used)."""
        return {header: dropdown.value for header, dropdown in self.dropdowns.items()}

    def problems(self) -> list[str]:
        """What must change before loading: a column chosen twice, a needed one missing."""
        found = []
        chosen = [name for name in self.mapping.values() if name]
        for name in sorted({n for n in chosen if chosen.count(n) > 1}):
            headers = ", ".join(f"'{h}'" for h, n in self.mapping.items() if n == name)
            found.append(words(self.lang, "twice", name=column_label(name, self.lang),
                               headers=headers))
        missing = [column_label(n, self.lang) for n in self.required if n not in chosen]
        if missing:
            key = "missing_one" if len(missing) == 1 else "missing_many"
            found.append(words(self.lang, key, columns=", ".join(missing)))
        return found

    def _show_status(self) -> None:
        self.status.value = "".join(f"<p class='score-mapping-problem'>✘ {html.escape(p)}</p>"
                                    for p in self.problems())
