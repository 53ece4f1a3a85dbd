"""Step 5's gate: the files are offered only after a review.

    box = SignOffBox("en", on_change=offer_the_files)
    box.show(flagged=True)          # the checklist has ✘ lines: ask for the tick and a name
    box.tick.value, box.name.value = True, "Ana Cruz"
    box.sign_off()                  # SignOff('Ana Cruz', today, flagged_checked=True)

With no ✘ line the box stays hidden and the files come at once; with ✘ lines they come
only once the reviewer ticks "I checked these myself" and types their name, which goes
into the files (`drafting.export.SignOff`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as widgets

from score_helpers.drafting.export import SignOff
from score_helpers.widgets.document_assistant.labels import text


class SignOffBox:
    """The tick, the name box and a line of help; `widget` is what the app shows."""

    def __init__(self, lang: str, on_change: Callable[[], None]) -> None:
        self.lang, self._on_change = lang, on_change
        self.tick = widgets.Checkbox(value=False, description=text(lang, "signoff_tick"),
                                     indent=False, layout=widgets.Layout(width="auto"))
        self.name = widgets.Text(description=text(lang, "signoff_name"),
                                 placeholder=text(lang, "signoff_name_placeholder"),
                                 continuous_update=True,
                                 style={"description_width": "initial"},
                                 layout=widgets.Layout(width="100%", max_width="420px"))
        self.tick.add_class("doc-assist-signoff-tick")
        self.name.add_class("doc-assist-signoff-name")
        self.tick.observe(self._changed, "value")
        self.name.observe(self._changed, "value")
        self.widget = widgets.VBox([
            widgets.HTML(f"<div class='doc-assist-warning'>"
                         f"{html.escape(text(lang, 'signoff_help'))}</div>"),
            self.tick, self.name])
        self.widget.add_class("doc-assist-signoff")
        self.show(flagged=False)

    @property
    def flagged(self) -> bool:
        """True while the checklist shown has ✘ lines (the box is on screen)."""
        return self.widget.layout.display != "none"

    def show(self, flagged: bool) -> None:
        """Show the box for a checklist with ✘ lines; hide it (and untick) otherwise."""
        self.widget.layout.display = None if flagged else "none"
        if not flagged:
            self.tick.value = False

    def sign_off(self, day: date | None = None) -> SignOff | None:
        """The reviewer's sign-off when the box is ticked and a name typed, else None."""
        if not (self.tick.value and self.name.value.strip()):
            return None
        return SignOff(self.name.value, day or date.today(), flagged_checked=True)

    def _changed(self, _change: dict[str, Any]) -> None:
        if self.flagged:
            self._on_change()
