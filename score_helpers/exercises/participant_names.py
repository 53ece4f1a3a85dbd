"""Names that are not a participant: the blank, placeholders and the course's example names.

Module 00's name cell starts as `my_name = "____"`. "Run All" without typing a name, or
copying an example ("Ana Cruz" was the course's example; "Juan dela Cruz" is the
Philippine placeholder name, like "John Doe"), must not sign anyone in under that name.
`whoami` refuses these names with a friendly message, and the trainer dashboard leaves
their progress lines out (and says how many).

    is_sample_name("  ana  CRUZ ")          # True
    is_sample_name("Ana B. Cruz")           # False: a real Ana Cruz adds her middle initial
    without_sample_names(events)            # (the other rows, the names left out, how many)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from score_helpers.exercises.messages import say

# Written as people type them; compared after normalise_name(). The demo class of
# score_helpers.grading.sample_class has two of them: the dashboard leaves them out of the
# demo too, and its note says so.
SAMPLE_NAMES: tuple[str, ...] = (
    "Ana Cruz", "Juan dela Cruz", "Juana dela Cruz", "Juan Cruz", "John Doe", "Jane Doe",
    "Your Name", "Your name here", "Your full name", "Your first and last name", "My Name",
    "Name", "Full name", "First Last", "First name Last name", "Firstname Lastname",
    "Name Surname", "Pangalan", "Pangalan mo", "Ang pangalan mo", "Buong pangalan",
    "Pangalan Apelyido", "Participant", "Student", "Test", "Sample", "Example",
)


def normalise_name(name: object) -> str:
    """A name without case, accents, punctuation or extra spaces: 'Ana  CRUZ.' → 'ana cruz'."""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_name.casefold()))


def _compact(name: object) -> str:
    """normalise_name without spaces, so 'Juan de la Cruz' and 'Juan dela Cruz' match."""
    return normalise_name(name).replace(" ", "")


_SAMPLES = frozenset(_compact(name) for name in SAMPLE_NAMES)


def is_placeholder(name: object) -> bool:
    """True for a name with no letter or digit in it: the blank ____, '...', '', '???'.

    The blank `____` of the exercises prints as '____'; an Ellipsis (`...`) counts too.
    """
    if name is None or name is Ellipsis:
        return True
    return not any(character.isalnum() for character in str(name))


def is_sample_name(name: object) -> bool:
    """True for a blank/placeholder or one of SAMPLE_NAMES (ignoring case, accents, dots
    and spaces)."""
    return is_placeholder(name) or _compact(name) in _SAMPLES


def refusal_message(name: object) -> str | None:
    """whoami's friendly message for the blank, a placeholder or an example name; None for
    a real name, and for an empty string (whoami's own check explains that one)."""
    if isinstance(name, str) and not name.strip():
        return None
    if is_placeholder(name):
        return say("progress.name_blank")
    if is_sample_name(name):
        return say("progress.name_sample", name=str(name).strip())
    return None


def sample_names_in(names: Iterable[object]) -> list[str]:
    """The sample names among `names`, each once, as first written, in order."""
    seen: dict[str, None] = {}
    for name in names:
        if is_sample_name(name):
            seen.setdefault(str(name), None)
    return list(seen)


def without_sample_names(frame: pd.DataFrame,
                         column: str = "participant") -> tuple[pd.DataFrame, list[str], int]:
    """The rows of `frame` whose `column` is a real name, the sample names dropped, and how
    many rows were dropped. The frame's attrs (e.g. read_events' skipped_lines) are kept."""
    if frame.empty:
        return frame, [], 0
    sample = frame[column].map(is_sample_name).astype(bool)
    kept = frame[~sample].reset_index(drop=True)
    kept.attrs.update(frame.attrs)
    return kept, sample_names_in(frame.loc[sample, column]), int(sample.sum())
