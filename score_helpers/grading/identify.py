"""Who handed in which assignment: one `Submission` per file in the submissions folder.

The assignment comes from the notebook's metadata (`score_ai_lab.assignment`), else from
the folder and file names (forgiving typos), and is always checked against the content:
the nbgrader cell ids of the notebook must belong to that assignment's notebook. A
notebook whose cells match another assignment better is given to that one; one whose
cells match none is `unknown_assignment`.

When a participant handed in the same notebook twice, the newest file (by modification
time, then the one without a copy marker) is graded; the others are listed with status
`error` and a message naming the graded file. So every input file appears exactly once.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from score_helpers.grading.messages import say
from score_helpers.grading.names import Target, name_keys, parse_name, participant_id
from score_helpers.grading.results import ERROR, NOT_A_NOTEBOOK, UNKNOWN_ASSIGNMENT

SKIPPED_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
OFFICE_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # zip (docx, xlsx), old Office
MIN_SHARED_IDS = 0.5  # share of a notebook's nbgrader ids that must belong to the assignment


@dataclass(frozen=True)
class NotebookSpec:
    """One notebook of an assignment, as the solutions folder defines it."""

    assignment: str
    notebook: str
    ids: frozenset[str]
    max_score: float


@dataclass(frozen=True)
class Catalogue:
    """The assignments that can be graded: every notebook in solutions/<assignment>/."""

    specs: tuple[NotebookSpec, ...]

    @property
    def assignments(self) -> list[str]:
        """The assignment names, sorted."""
        return sorted({spec.assignment for spec in self.specs})

    def spec(self, assignment: str, notebook: str) -> NotebookSpec | None:
        """The notebook `notebook` of `assignment`, if it exists."""
        return next((s for s in self.specs
                     if s.assignment == assignment and s.notebook == notebook), None)

    def notebooks(self, assignment: str) -> list[NotebookSpec]:
        """The notebooks of one assignment."""
        return [spec for spec in self.specs if spec.assignment == assignment]

    @cached_property
    def name_keys(self) -> dict[str, tuple[Target, ...]]:
        """The squashed names that point at an assignment or notebook (see names.py)."""
        return name_keys({assignment: [spec.notebook for spec in self.notebooks(assignment)]
                          for assignment in self.assignments})


@dataclass(frozen=True)
class Submission:
    """One input file and what it was recognised as.

    `status` is None when the file is to be autograded; otherwise it is why not.
    """

    file: Path
    relative: str
    participant: str
    participant_id: str
    assignment: str | None
    notebook: str | None
    status: str | None
    message: str
    mtime: float
    size: int
    copy_marked: bool = False


def nbgrader_ids(notebook: dict) -> set[str]:
    """The nbgrader grade_ids of a notebook's cells (answers, checks, locked cells)."""
    ids = set()
    for cell in notebook.get("cells", []):
        meta = cell.get("metadata", {}) if isinstance(cell, dict) else {}
        grade_id = (meta.get("nbgrader") or {}).get("grade_id") if isinstance(meta, dict) else None
        if isinstance(grade_id, str):
            ids.add(grade_id)
    return ids


def load_catalogue(solutions_dir: Path) -> Catalogue:
    """Read every solution notebook's nbgrader ids and points from solutions_dir."""
    specs = []
    for folder in sorted(p for p in solutions_dir.iterdir() if p.is_dir()):
        if folder.name.startswith((".", "_")):
            continue
        for path in sorted(folder.glob("*.ipynb")):
            notebook = json.loads(path.read_text(encoding="utf-8"))
            points = sum(float(cell["metadata"]["nbgrader"].get("points", 0))
                         for cell in notebook["cells"]
                         if cell.get("metadata", {}).get("nbgrader", {}).get("grade"))
            specs.append(NotebookSpec(folder.name, path.stem,
                                      frozenset(nbgrader_ids(notebook)), points))
    return Catalogue(tuple(specs))


def read_notebook(path: Path) -> tuple[dict | None, str]:
    """The notebook as JSON, or None and the message key saying why it is not one."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OFFICE_SIGNATURES):
        return None, "trainer_not_a_notebook_office"
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None, "trainer_not_a_notebook"
    try:
        notebook = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, MemoryError):
        return None, "trainer_not_a_notebook"
    if (not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list)
            or notebook.get("nbformat") != 4):
        return None, "trainer_not_a_notebook"
    return notebook, ""


def _metadata_assignment(notebook: dict) -> str | None:
    meta = notebook.get("metadata")
    lab = meta.get("score_ai_lab") if isinstance(meta, dict) else None
    value = lab.get("assignment") if isinstance(lab, dict) else None
    return value if isinstance(value, str) else None


def choose_notebook(ids: set[str], proposals: list[Target], catalogue: Catalogue
                    ) -> NotebookSpec | None:
    """The assignment notebook whose nbgrader ids the submission shares most.

    Proposals (metadata first, then folder and file names) break ties, and win
    whenever their notebook shares as many ids as the best one.
    """
    def shared(spec: NotebookSpec) -> int:
        return len(ids & spec.ids)

    candidates = [spec for spec in catalogue.specs
                  if ids and shared(spec) >= max(1.0, MIN_SHARED_IDS * len(ids))]
    if not candidates:
        return None
    best = max(shared(spec) for spec in candidates)
    for target in proposals:
        for spec in candidates:
            if (spec.assignment == target.assignment and shared(spec) == best
                    and target.notebook in (None, spec.notebook)):
                return spec
    return max(candidates, key=lambda spec: (shared(spec), spec.assignment, spec.notebook))


def list_input_files(folder: Path) -> list[Path]:
    """Every entry to account for: files, and links (never followed out of the folder, but
    listed so that none disappears). Hidden files and folders and OS clutter are skipped."""
    entries = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        linked_dirs = [here / d for d in dirs if (here / d).is_symlink()]
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
        for name in sorted(files):
            if (name.startswith((".", "~$")) or name.casefold() in SKIPPED_FILES):
                continue
            entries.append(here / name)
        entries += linked_dirs
    return sorted(entries)


def identify_file(path: Path, root: Path, catalogue: Catalogue) -> Submission:
    """Recognise one file: participant, assignment and notebook, or why it cannot be graded."""
    keys = catalogue.name_keys
    relative = path.relative_to(root)
    folders = [parse_name(part, keys) for part in relative.parts[:-1]]
    from_file = parse_name(path.stem if path.suffix else path.name, keys)
    person = next((p.participant for p in [*folders, from_file] if p.participant), "")
    if not person:
        person = say("trainer_unnamed", file=relative.as_posix())
    proposals = [t for parts in [*reversed(folders), from_file] for t in parts.targets]
    if path.is_symlink():
        return Submission(path, relative.as_posix(), person, participant_id(person), None,
                          None, ERROR, say("trainer_link_not_followed"), 0.0, 0,
                          from_file.copy_marked)
    stat = path.stat()
    submission = Submission(path, relative.as_posix(), person, participant_id(person), None,
                            None, None, "", stat.st_mtime, stat.st_size,
                            from_file.copy_marked)
    notebook, problem = read_notebook(path)
    guess = proposals[0] if proposals else None
    if notebook is None:
        return replace(submission, status=NOT_A_NOTEBOOK, message=say(problem),
                       assignment=guess.assignment if guess else None)
    meta = _metadata_assignment(notebook)
    if meta in catalogue.assignments:
        proposals.insert(0, Target(meta))
    spec = choose_notebook(nbgrader_ids(notebook), proposals, catalogue)
    if spec is None:
        message = say("trainer_unknown_assignment")
        if guess:
            message += " " + say("trainer_unknown_hint", assignment=guess.assignment)
        return replace(submission, status=UNKNOWN_ASSIGNMENT, message=message)
    return replace(submission, assignment=spec.assignment, notebook=spec.notebook)


def _same_names(submissions: list[Submission]) -> list[Submission]:
    """One display name per participant id: the most used spelling, capitals preferred."""
    spellings: dict[str, Counter[str]] = {}
    for sub in submissions:
        spellings.setdefault(sub.participant_id, Counter())[sub.participant] += 1
    chosen = {pid: max(names, key=lambda n: (names[n], sum(c.isupper() for c in n), n))
              for pid, names in spellings.items()}
    return [replace(sub, participant=chosen[sub.participant_id]) for sub in submissions]


def _drop_older_copies(submissions: list[Submission]) -> list[Submission]:
    """Keep the newest copy of each participant's notebook; mark the others as errors."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for index, sub in enumerate(submissions):
        if sub.status is None:
            key = (sub.participant_id, sub.assignment or "", sub.notebook or "")
            groups.setdefault(key, []).append(index)
    result = list(submissions)
    for indices in groups.values():
        ranked = sorted(indices, key=lambda i: (-submissions[i].mtime,
                                                submissions[i].copy_marked,
                                                submissions[i].relative))
        newest = submissions[ranked[0]]
        for index in ranked[1:]:
            result[index] = replace(submissions[index], status=ERROR, message=say(
                "trainer_duplicate", participant=newest.participant,
                assignment=newest.assignment, newest=newest.relative))
    return result


def identify_all(folder: Path, catalogue: Catalogue) -> list[Submission]:
    """Every input file of the submissions folder, recognised, in file order."""
    found = [identify_file(path, folder, catalogue) for path in list_input_files(folder)]
    return _drop_older_copies(_same_names(found))

