"""The problem record, the collector that gathers them, and the DataError that reports them."""

from __future__ import annotations

from dataclasses import dataclass

from score_helpers.data.loading import messages as msg

MAX_SHOWN = 10  # problem lines shown in a DataError message; the rest are counted
_MAX_VALUE_CHARS = 40


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is (column, spreadsheet row) and what to do.

    `row` is numbered as a spreadsheet shows it (the header is row 1), or None when the
    problem is about the whole file or a whole column. `column` is the header as written
    in the file, or None.
    """

    file: str
    column: str | None
    row: int | None
    message: str

    def __str__(self) -> str:
        where = location(self.column, self.row)
        return f"{where}: {self.message}" if where else _capitalise(self.message)


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

    `problems` lists every problem found (file, column, row, message). The message shows
    the first ten, one per line, and ends with how to fix them. It is a ValueError, so
    `except ValueError` also catches it.
    """

    def __init__(self, problems: list[Problem], fix: str | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        self.fix = fix or _default_fix(self.problems)
        super().__init__(self._format())

    def _format(self) -> str:
        files = {problem.file for problem in self.problems}
        file = files.pop() if len(files) == 1 else msg.SEVERAL_FILES
        count = len(self.problems)
        template = msg.SUMMARY_ONE if count == 1 else msg.SUMMARY_MANY
        lines = [template.format(file=file, count=count)]
        lines += [f"  - {problem}" for problem in self.problems[:MAX_SHOWN]]
        if count > MAX_SHOWN:
            lines.append("  " + msg.MORE.format(count=count - MAX_SHOWN))
        lines.append(self.fix)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems, self.fix))


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

    def add(self, message: str, column: str | None = None, row: int | None = None) -> None:
        """Record one problem."""
        self.items.append(Problem(self.file, column, None if row is None else int(row),
                                  message))

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
