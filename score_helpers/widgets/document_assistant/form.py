"""Step 1 of the document assistant: the form, built from `prompts.DOCUMENT_TYPES`.

    form = DocumentForm("en", on_change=show_preview)
    form.kind.value = "toolbox_talk"        # the boxes become topic*, hazards*, controls*, …
    form.inputs["topic"].value = "Safe use of the forklift"
    form.values()                           # {'topic': 'Safe use of the forklift'}

One box a field of the chosen document; required ones marked *, each with its hint from
`prompts.FIELD_HINTS` as placeholder text. What a person typed is kept when they switch
to another document, so a field the two share (notes, contact role) stays filled.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable

import ipywidgets as widgets

from score_helpers.drafting.prompts import DOCUMENT_TYPES, FIELD_HINTS, LANGUAGES, DocumentType
from score_helpers.widgets.document_assistant.labels import text

# Fields that take a few lines; every other field is a one-line box.
LONG_FIELDS = frozenset({"attendees", "notes", "hazards", "controls", "incident",
                         "issue_summary", "what_to_bring", "purpose", "open_issues"})
LENGTHS: dict[str, int] = {"short": 120, "medium": 300, "long": 600}  # max_tokens
MISSING_CLASS = "doc-assist-missing"


def field_label(name: str, lang: str = "en") -> str:
    """How a field is named on screen in `lang`: 'meeting_date' → 'Meeting date' (English),
    'Petsa ng meeting' (Filipino); a field without an entry gets its name spelled out."""
    try:
        return text(lang, f"field.{name}")
    except KeyError:
        return name.replace("_", " ").capitalize()


def field_hint(name: str, lang: str = "en") -> str:
    """The placeholder of a field's box in `lang` (what to type, with an example)."""
    try:
        return text(lang, f"hint.{name}")
    except KeyError:
        return FIELD_HINTS.get(name, "")


class DocumentForm:
    """The document chooser, language, length, one box a field and the roster box."""

    def __init__(self, lang: str, on_change: Callable[[], None]) -> None:
        self.lang, self._on_change = lang, on_change
        self._typed: dict[str, str] = {}
        self.inputs: dict[str, widgets.Text | widgets.Textarea] = {}
        wide = widgets.Layout(width="100%", max_width="720px")
        self.kind = widgets.Dropdown(options=[(text(lang, f"document.{kind}"), kind)
                                              for kind in DOCUMENT_TYPES],
                                     description=text(lang, "kind"),
                                     style={"description_width": "initial"})
        self.language = widgets.ToggleButtons(options=[(text(lang, f"write_in.{name}"), name)
                                                       for name in LANGUAGES],
                                              description=text(lang, "language"),
                                              style={"button_width": "auto",
                                                     "description_width": "initial"})
        self.length = widgets.ToggleButtons(
            options=[(text(lang, f"length_{key}"), tokens) for key, tokens in LENGTHS.items()],
            value=LENGTHS["medium"], description=text(lang, "length"),
            style={"button_width": "auto", "description_width": "initial"})
        self.fields = widgets.VBox()
        self.roster = widgets.Textarea(placeholder=text(lang, "roster_placeholder"), rows=2,
                                       continuous_update=False, layout=wide)
        for control, name in ((self.kind, "kind"), (self.language, "language"),
                              (self.length, "length"), (self.fields, "fields"),
                              (self.roster, "roster")):
            control.add_class(f"doc-assist-{name}")
        self.kind.observe(self._on_kind, "value")
        self.language.observe(self._changed, "value")
        self.roster.observe(self._changed, "value")
        self._show_fields()
        self.widget = widgets.VBox([
            widgets.HBox([self.kind, self.language, self.length],
                         layout=widgets.Layout(flex_flow="row wrap", grid_gap="8px 24px")),
            widgets.HTML(f"<p class='doc-assist-small'>{html.escape(text(lang, 'required_note'))}"
                         "</p>"),
            self.fields,
            widgets.HTML(f"<b>{html.escape(text(lang, 'roster'))}</b><br><span "
                         f"class='doc-assist-small'>{html.escape(text(lang, 'roster_help'))}"
                         "</span>"),
            self.roster,
        ])

    @property
    def document(self) -> DocumentType:
        """The chosen kind of document."""
        return DOCUMENT_TYPES[self.kind.value]

    def values(self) -> dict[str, str]:
        """The filled-in fields of the chosen document, trimmed; blank ones left out."""
        return {name: box.value.strip() for name, box in self.inputs.items()
                if box.value.strip()}

    def missing(self) -> list[str]:
        """The required fields still blank."""
        return [name for name in self.document.required_fields
                if not self.inputs[name].value.strip()]

    def roster_names(self) -> list[str]:
        """The names to keep out, one a line (a ';' also separates names)."""
        lines = self.roster.value.replace(";", "\n").splitlines()
        return [name.strip() for name in lines if name.strip()]

    def mark_missing(self, names: list[str]) -> None:
        """Outline the boxes of `names` in red; the others plain."""
        for name, box in self.inputs.items():
            (box.add_class if name in names else box.remove_class)(MISSING_CLASS)

    def _box(self, name: str, required: bool) -> widgets.Widget:
        kind = widgets.Textarea if name in LONG_FIELDS else widgets.Text
        box = kind(value=self._typed.get(name, ""), placeholder=field_hint(name, self.lang),
                   continuous_update=False,
                   layout=widgets.Layout(width="100%", max_width="720px"))
        if isinstance(box, widgets.Textarea):
            box.rows = 3
        box.add_class(f"doc-assist-field-{name}")
        box.observe(functools.partial(self._on_field, name), "value")
        self.inputs[name] = box
        star = " <span class='doc-assist-required'>*</span>" if required else ""
        label = html.escape(field_label(name, self.lang))
        return widgets.VBox([widgets.HTML(f"<b>{label}</b>{star}"), box])

    def _show_fields(self) -> None:
        doc, old = self.document, self.fields.children
        self.inputs = {}
        self.fields.children = [
            *(self._box(name, True) for name in doc.required_fields),
            *(self._box(name, False) for name in doc.optional_fields)]
        for row in old:  # the boxes of the document chosen before
            for part in row.children:
                part.close()
            row.close()

    def _on_field(self, name: str, change: dict[str, object]) -> None:
        self._typed[name] = str(change["new"])
        if str(change["new"]).strip():
            change["owner"].remove_class(MISSING_CLASS)
        self._on_change()

    def _on_kind(self, _change: dict[str, object]) -> None:
        self._show_fields()
        self._on_change()

    def _changed(self, _change: dict[str, object]) -> None:
        self._on_change()
