"""The problem record, the collector that gathers them, and the DataError that reports them.

A file with 1,138 repeated rows has 1,138 problems of one kind. The DataError's message
shows each kind once, with the first problem in full and the rows of the others:

    my_kpis.csv: 1,138 problems found.
      - row 3: this row is for the same line and day as row 2: 'Line A', 2025-03-01. …
        The same problem in 1,137 more rows, such as 4, 5, 6, 7, 8.
    Fix these cells in your spreadsheet and load the file again.

`DataError.groups()` gives the same grouping to the apps (one ProblemGroup per kind).
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field

from score_helpers.data.loading import messages as msg

MAX_SHOWN = 10       # entries (a problem, or a group of one kind) in a DataError message
LISTED_IN_FULL = 3   # a kind with at most this many problems shows each of them in full
OTHERS_NAMED = 5     # the other rows (or places) a group's second line names
_MAX_VALUE_CHARS = 40


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is (column, spreadsheet row) and what to do.

    `row` is numbered as a spreadsheet shows it (the header is row 1), or None when the
    problem is about the whole file or a whole column. `column` is the header as written
    in the file, or None. `kind` names the sentence it was made from (the messages.py name,
    e.g. 'DUPLICATE_KEY'); it is taken from the message when not given, '' if unknown.
    """

    file: str
    column: str | None
    row: int | None
    message: str
    kind: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", str(getattr(self.message, "kind", "") or ""))
        if type(self.message) is not str:  # a messages.Template: keep plain text
            object.__setattr__(self, "message", str(self.message))

    def __str__(self) -> str:
        where = location(self.column, self.row)
        return f"{where}: {self.message}" if where else _capitalise(self.message)


@dataclass(frozen=True)
class ProblemGroup:
    """The problems of one kind in a DataError: how many, and the first few as examples.

    `kind` is the messages.py name ('NOT_WHOLE_NUMBER'; for a problem without a kind, its
    message). Each example keeps its column and row; `examples[0]` is the first problem
    of that kind in the file. `language` is the loader's language when the error was made
    ('en', 'fil'): `lines()` speaks it.
    """

    kind: str
    count: int
    examples: tuple[Problem, ...]
    language: str | None = field(default=None, compare=False)

    @property
    def message(self) -> str:
        """The first example's message (the others differ only in their values)."""
        return self.examples[0].message

    @property
    def rows(self) -> tuple[int, ...]:
        """The spreadsheet rows of the examples that have one."""
        return tuple(p.row for p in self.examples if p.row is not None)

    @property
    def listed_in_full(self) -> bool:
        """True when `lines()` shows every example in full: a kind with only a few
        problems, or problems about the whole file (nothing to name them by)."""
        return (self.count <= min(LISTED_IN_FULL, len(self.examples))
                or any(p.column is None and p.row is None for p in self.examples))

    def lines(self) -> list[str]:
        """The group as a person reads it: each example in full when `listed_in_full`,
        else the first one and a line naming the rows (or places) of the others."""
        speaking = (nullcontext() if self.language is None
                    else msg.loader_language(self.language))
        with speaking:
            return self._lines()

    def _lines(self) -> list[str]:
        if self.listed_in_full:
            return [str(problem) for problem in self.examples]
        others = self.examples[1:]
        some = self.count - 1 > len(others)
        count = f"{self.count - 1:,}"
        if all(p.row is not None and p.column == self.examples[0].column for p in others):
            rows = ", ".join(str(p.row) for p in others)
            template = msg.SAME_IN_ROWS_SOME if some else msg.SAME_IN_ROWS
            return [str(self.examples[0]), template.format(count=count, rows=rows)]
        places = "; ".join(location(p.column, p.row) for p in others)
        template = msg.SAME_IN_PLACES_SOME if some else msg.SAME_IN_PLACES
        return [str(self.examples[0]), template.format(count=count, places=places)]


def location(column: str | None, row: int | None) -> str:
    """'column 'x', row 14' / 'column 'x'' / 'row 14' / '' for a problem's place."""
    if column is not None and row is not None:
        return msg.WHERE_COLUMN_ROW.format(column=quote(column), row=row)
    if column is not None:
        return msg.WHERE_COLUMN.format(column=quote(column))
    if row is not None:
        return msg.WHERE_ROW.format(row=row)
    return ""


def quote(value: object) -> str:
    """A cell value or name in single quotes, shortened if very long."""
    text = " ".join(str(value).splitlines())  # a cell with line breaks stays on one line
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 1] + "…"
    return f"'{text}'"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class DataError(ValueError):
    """A data file has problems a participant can fix in the spreadsheet.

    Public as `score_helpers.data.DataError` (defined here so that every loading module
    can raise it without importing the public module).

    `problems` lists every problem found (file, column, row, message, kind); `groups()`
    gathers them by kind. The message shows up to ten entries: each problem of a kind that
    has only a few, else the first one and the rows of the others (ProblemGroup.lines);
    it ends with how to fix them. It is a ValueError, so `except ValueError` catches it.
    """

    def __init__(self, problems: list[Problem], fix: str | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        self.language = msg.current_language()   # the message's language ('en', 'fil')
        self.fix = str(fix or _default_fix(self.problems))
        super().__init__(self._format())

    def groups(self, limit_examples: int = 3) -> list[ProblemGroup]:
        """One ProblemGroup per kind of problem, in the order each kind first appears,
        with its count and at most `limit_examples` examples (at least one)."""
        found: dict[str, list[Problem]] = {}
        for problem in self.problems:
            found.setdefault(problem.kind or problem.message, []).append(problem)
        keep = max(1, int(limit_examples))
        return [ProblemGroup(kind, len(members), tuple(members[:keep]), self.language)
                for kind, members in found.items()]

    def _format(self) -> str:
        files = {problem.file for problem in self.problems}
        file = files.pop() if len(files) == 1 else msg.SEVERAL_FILES
        count = len(self.problems)
        template = msg.SUMMARY_ONE if count == 1 else msg.SUMMARY_MANY
        lines = [template.format(file=file, count=f"{count:,}")]
        entries = shown = 0
        for group in self.groups(limit_examples=OTHERS_NAMED + 1):
            if entries >= MAX_SHOWN:
                break
            described = group.lines()
            if group.listed_in_full:
                for line in described[: MAX_SHOWN - entries]:
                    lines.append(f"  - {line}")
                    entries += 1
                    shown += 1
            else:
                lines += [f"  - {described[0]}", f"    {described[1]}"]
                entries += 1
                shown += group.count
        if count > shown:
            lines.append("  " + msg.MORE.format(count=f"{count - shown:,}"))
        lines.append(self.fix)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore, (type(self), self.problems, self.fix, self.language))


def _restore(cls: type[DataError], problems: list[Problem], fix: str,
             language: str) -> DataError:
    """A pickled DataError made again in its own language."""
    with msg.loader_language(language):
        return cls(problems, fix)


class DataFileNotFoundError(DataError, FileNotFoundError):
    """The file does not exist: a DataError that `except FileNotFoundError` also catches."""

    def __str__(self) -> str:
        return self.args[0]


def _default_fix(problems: list[Problem]) -> str:
    if problems and all(problem.row is not None for problem in problems):
        return msg.FIX_CELLS
    return msg.FIX_FILE if len(problems) <= 1 else msg.FIX_PROBLEMS


def file_error(file: str, message: str, fix: str | None = None) -> DataError:
    """A DataError with a single problem about the whole file."""
    return DataError([Problem(file, None, None, message)], fix)


class Problems:
    """Collects the problems of one file, so that all of them are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def add(self, message: str, column: str | None = None, row: int | None = None,
            kind: str = "") -> None:
        """Record one problem; its kind is the message's (a messages.py sentence) if not
        given."""
        self.items.append(Problem(self.file, column, None if row is None else int(row),
                                  message, kind))

    def __len__(self) -> int:
        return len(self.items)

    def error(self, fix: str | None = None) -> DataError:
        """One DataError with every problem: whole-file and column problems first, then rows."""
        ordered = sorted(self.items, key=lambda p: (p.row is not None, p.row or 0))
        return DataError(ordered, fix)

    def raise_if_any(self, fix: str | None = None) -> None:
        """Raise the DataError if anything was collected."""
        if self.items:
            raise self.error(fix)
