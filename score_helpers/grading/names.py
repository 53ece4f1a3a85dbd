"""Participant and assignment names from folder and file names, as they arrive.

Trainers collect notebooks by e-mail, USB stick or chat, so names look like
`Ana_Cruz-00_welcome (2).ipynb`, `warmup - Jose Reyes.ipynb` or `Copy of warmup.ipynb`.
`parse_name` splits such a name into the participant's name and the assignment or
notebook it mentions, forgiving small typos ("warmpu") and copy markers.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A name part that matches an assignment or notebook name this closely is taken as it.
FUZZY_RATIO = 0.8
FUZZY_MIN_LENGTH = 5
MAX_WINDOW = 4  # "warm up" is two words; "00 welcome warm up" is four

# Words that say something about the file, never about who wrote it.
NOISE_WORDS = frozenset({
    "copy", "of", "checkpoint", "final", "submission", "submitted", "submit", "ipynb",
    "notebook", "exercise", "exercises", "module", "answers", "answer", "my", "the",
    "untitled", "assignment", "activity", "workshop", "day", "done", "finished", "and",
    "kopya", "ng", "sagot",
})
COPY_PATTERNS = (
    re.compile(r"^\s*(copy|kopya)(\s*\(\d+\))?\s+of\s+", re.IGNORECASE),
    re.compile(r"\s*\(\d+\)\s*$"),
    re.compile(r"[\s_.-]*checkpoint\s*$", re.IGNORECASE),
    re.compile(r"\s*-\s*copy(\s*\(\d+\))?\s*$", re.IGNORECASE),
    re.compile(r"[\s_]+copy(\s*\d+)?\s*$", re.IGNORECASE),
    re.compile(r"\.ipynb\s*$", re.IGNORECASE),
)
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                              *(f"lpt{i}" for i in range(1, 10))})


@dataclass(frozen=True)
class Target:
    """What a name part can point at: an assignment, and possibly one of its notebooks."""

    assignment: str
    notebook: str | None = None


@dataclass(frozen=True)
class NameParts:
    """A folder or file name split into the participant's name and what it points at."""

    participant: str
    targets: tuple[Target, ...] = ()
    copy_marked: bool = False


def strip_copy_markers(stem: str) -> tuple[str, bool]:
    """The name without "Copy of ", " (2)", "-checkpoint", " - Copy"; and whether any was there."""
    marked = False
    changed = True
    while changed:
        changed = False
        for pattern in COPY_PATTERNS:
            shorter = pattern.sub("", stem)
            if shorter != stem and shorter.strip():
                stem, changed, marked = shorter, True, True
    return stem.strip(), marked


def words(text: str) -> list[str]:
    """The words of a name: letters and digits, split at spaces, _, -, dots and brackets."""
    return [word for word in re.split(r"[\W_]+", text) if word]


def squash(text: str) -> str:
    """Lower case, letters and digits only: 'Warm-Up' and 'warm up' both give 'warmup'."""
    return "".join(words(text.casefold()))


def pretty_name(parts: Iterable[str]) -> str:
    """Join name words with spaces; 'ana cruz' or 'ANA CRUZ' become 'Ana Cruz'."""
    text = " ".join(parts).strip()
    if text and (text.islower() or text.isupper()):
        text = " ".join(word.capitalize() for word in text.split())
    return text


def participant_id(name: str) -> str:
    """A safe id for nbgrader and file names: 'José dela Cruz' gives 'jose-dela-cruz'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    return slug or "participant"


def safe_folder_name(name: str) -> str:
    """A folder name that works on Windows too (no : ? * and no reserved names like CON)."""
    cleaned = WINDOWS_FORBIDDEN.sub("_", name).strip().rstrip(". ") or "participant"
    if cleaned.split(".")[0].casefold() in WINDOWS_RESERVED:
        cleaned += "_"
    return cleaned[:100]


def name_keys(assignments: Mapping[str, Iterable[str]]) -> dict[str, tuple[Target, ...]]:
    """Every squashed name that points at an assignment or notebook.

    `assignments` maps an assignment (e.g. 00_welcome) to its notebook names (warmup).
    The assignment is known by its full name and by its words after the number
    ("welcome"); a notebook name used in two assignments points at both.
    """
    keys: dict[str, list[Target]] = {}

    def add(key: str, target: Target) -> None:
        if key and target not in keys.setdefault(key, []):
            keys[key].append(target)

    for assignment, notebooks in assignments.items():
        add(squash(assignment), Target(assignment))
        label = [word for word in words(assignment) if not word.isdigit()]
        if label:
            add(squash(" ".join(label)), Target(assignment))
        for notebook in notebooks:
            add(squash(notebook), Target(assignment, notebook))
    return {key: tuple(targets) for key, targets in keys.items()}


def _best_match(tokens: list[str], keys: Mapping[str, tuple[Target, ...]]
                ) -> tuple[int, int, str] | None:
    """The first, longest run of tokens that spells a key, exactly or nearly."""
    folded = [token.casefold() for token in tokens]
    for size in range(min(MAX_WINDOW, len(folded)), 0, -1):
        for start in range(len(folded) - size + 1):
            joined = "".join(folded[start:start + size])
            if joined in keys:
                return start, start + size, joined
    best: tuple[float, int, int, str] | None = None
    for size in range(1, min(MAX_WINDOW, len(folded)) + 1):  # at a tie, the shortest run
        for start in range(len(folded) - size + 1):
            joined = "".join(folded[start:start + size])
            for key in keys:
                if len(key) < FUZZY_MIN_LENGTH or joined.isdigit():
                    continue
                ratio = difflib.SequenceMatcher(None, joined, key).ratio()
                if ratio >= FUZZY_RATIO and (best is None or ratio > best[0]):
                    best = (ratio, start, start + size, key)
    return None if best is None else best[1:]


def parse_name(name: str, keys: Mapping[str, tuple[Target, ...]]) -> NameParts:
    """Split a folder name or file stem into participant and the targets it names.

    >>> keys = name_keys({"00_welcome": ["warmup"]})
    >>> parse_name("Ana_Cruz-00_welcome (2)", keys).participant
    'Ana Cruz'
    """
    stem, marked = strip_copy_markers(name)
    tokens = words(stem)
    targets: list[Target] = []
    while (match := _best_match(tokens, keys)) is not None:
        start, end, key = match
        targets.extend(target for target in keys[key] if target not in targets)
        del tokens[start:end]
    person = [token for token in tokens
              if token.casefold() not in NOISE_WORDS and not token.isdigit()
              and not re.fullmatch(r"v\d+", token, re.IGNORECASE)]
    return NameParts(pretty_name(person), tuple(targets), marked)
