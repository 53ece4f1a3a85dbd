"""What the document assistant does with the generation guards' notes (`llm.GuardNote`).

    refused(reply)                           # True: the model repeated itself and was stopped
    warnings(reply.notes, "fil", "Filipino") # the notice lines, in the app's language
    check_items(reply.notes, "en", "English")  # ✘ lines added to the review checklist

A reply stopped because it started repeating a line or the prompt is refused: no draft,
nothing to download. A reply in another language than the one asked for, or cut off for
being too long, is kept, with a warning and a ✘ line in the checklist. The words come
from the app's string tables by the note's kind, never from the note's English detail.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from score_helpers.drafting.review import CheckItem
from score_helpers.widgets.document_assistant.labels import text

REPEATING = frozenset({"repeated_line", "repeated_prompt"})
WRONG_LANGUAGE = "wrong_language"
TOO_LONG = "too_long"


def notes_of(reply: Any) -> tuple[Any, ...]:
    """The guard notes of a reply (none for a reply without guards)."""
    return tuple(getattr(reply, "notes", ()) or ())


def refused(reply: Any) -> bool:
    """True when a guard stopped the reply because the model started repeating itself."""
    return bool(getattr(reply, "stopped", False)) and any(
        note.kind in REPEATING for note in notes_of(reply))


def _kept(notes: Iterable[Any]) -> list[str]:
    """The kinds of the notes that keep the draft but need a warning, each once."""
    return list(dict.fromkeys(note.kind for note in notes if note.kind not in REPEATING))


def _words(kind: str, lang: str, language: str) -> tuple[str, str, str]:
    """(the notice's sentence, the checklist's label, its detail) for a kind of note."""
    if kind == WRONG_LANGUAGE:
        return (text(lang, "guard_wrong_language", language=language),
                text(lang, "check_language"),
                text(lang, "check_language_detail", language=language))
    if kind == TOO_LONG:
        return (text(lang, "guard_too_long"), text(lang, "check_length"),
                text(lang, "check_length_detail"))
    other = text(lang, "guard_other", kind=kind)
    return other, text(lang, "check_guard"), other


def warnings(notes: Iterable[Any], lang: str, language: str) -> list[str]:
    """One plain sentence per kind of note that keeps the draft (not a refusal)."""
    return [_words(kind, lang, language)[0] for kind in _kept(notes)]


def check_items(notes: Iterable[Any], lang: str, language: str) -> list[CheckItem]:
    """A ✘ line for the review checklist per kind of note that keeps the draft."""
    items = []
    for kind in _kept(notes):
        _, label, detail = _words(kind, lang, language)
        items.append(CheckItem(label, False, detail))
    return items
