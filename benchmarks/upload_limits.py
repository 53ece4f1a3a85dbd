"""Upload limits: how fast a file too big for the loader is refused, and how long the
largest files it accepts take, against loading a normal practice-sized file.

Run from the repository root:  python benchmarks/upload_limits.py

The baseline, measured in the same run (best of 3): data.load_kpi_csv on a 50,000-row
CSV of the practice data (datasets/garments_daily.csv, copied with new line names, all
25 columns), as a factory's own file would be loaded. Every other file is written in a
temporary folder and goes through the same call:

- refused: an .xlsx "zip bomb" of 3,000,000 identical rows (under 1 MB zipped, far below
  the dashboard's 10 MB upload cap), one packed under the 50 MB unpacked limit, one of
  400,000 varied rows that packs like a real file (its XML counted before openpyxl opens
  it), one whose only second row is row 900,000 (stopped while openpyxl streams), an
  .xlsx of 50,000 practice rows (over the 400,000-cell Excel limit), a 1,000,000-row CSV
  (over the 50 MB file limit) and a 300,000-row one (over the row limit);
- accepted: the largest files the limits let through, a 15,900-row .xlsx of the practice
  data (397,500 cells) and a 200,000-row CSV, whose time must stay under about 10 s.

Each row prints seconds (best of 3: the machine may be busy with other work) and the
ratio to the baseline: refusals should be a small fraction of it.
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_helpers import data
from score_helpers.data.loading import limits, package

REPEATS = 3
GOAL_SECONDS = 10.0
SHEET = "xl/worksheets/sheet1.xml"
HEADER_ROW = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c>'
              b'<c r="B1" t="inlineStr"><is><t>line</t></is></c></row>')


def practice(rows: int) -> pd.DataFrame:
    """`rows` rows of the bundled garments data, each copy with its own line names."""
    base = data.load("garments_daily")
    copies = -(-rows // len(base))
    frames = [base.assign(line=base["line"].astype(str) + f" /{k}") for k in range(copies)]
    return pd.concat(frames, ignore_index=True).iloc[:rows]


def write_xlsx(frame: pd.DataFrame, path: Path) -> Path:
    """The frame as an .xlsx written by openpyxl (streaming writer), like a real export."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("daily")
    sheet.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        sheet.append([value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
                      for value in row])
    workbook.save(path)
    return path


def xlsx_with_sheet(path: Path, rows: Iterable[bytes]) -> Path:
    """A one-sheet workbook whose <sheetData> is `rows`, written as a stream."""
    template = Path(tempfile.mkdtemp()) / "template.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["date", "line"])
    book.save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w",
                                                              zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name != SHEET:
                out.writestr(name, source.read(name))
        with out.open(SHEET, "w") as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml'
                        b'/2006/main"><dimension ref="A1:B2"/><sheetData>')
            for chunk in rows:
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path


def same_rows(count: int) -> Iterable[bytes]:
    """The header, then `count` identical rows (10,000 to a chunk)."""
    yield HEADER_ROW
    chunk = b'<row><c t="n"><v>1</v></c></row>' * 10_000
    for _ in range(count // 10_000):
        yield chunk


def numbered_rows(count: int) -> Iterable[bytes]:
    """The header, then `count` rows numbered from 2, each a date serial and a count."""
    yield HEADER_ROW
    for start in range(2, count + 2, 10_000):
        yield b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>%d</v></c></row>'
                       % (n, n, 45000 + n % 700, n, n % 937)
                       for n in range(start, min(start + 10_000, count + 2)))


def timed(path: Path, repeats: int) -> tuple[float, str]:
    """Best wall time of `repeats` loads, and what happened: 'N rows' or the refusal."""
    best, outcome = float("inf"), ""
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            outcome = f"loaded, {len(data.load_kpi_csv(path)):,} rows"
        except data.DataError as error:
            outcome = "refused: " + str(error.problems[0])[:58]
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="score-bench-uploads-") as scratch:
        folder = Path(scratch)
        print("Writing the files …", flush=True)
        normal = folder / "practice_50000.csv"
        practice(50_000).to_csv(normal, index=False)
        cases: list[tuple[str, Callable[[], Path]]] = [
            ("xlsx bomb, 3,000,000 same rows", lambda: xlsx_with_sheet(
                folder / "bomb.xlsx", same_rows(3_000_000))),
            ("xlsx bomb under 50 MB unpacked", lambda: xlsx_with_sheet(
                folder / "tight.xlsx", same_rows(1_200_000))),
            ("xlsx 400,000 varied rows", lambda: xlsx_with_sheet(
                folder / "varied.xlsx", numbered_rows(400_000))),
            ("xlsx jumping to row 900,000", lambda: xlsx_with_sheet(
                folder / "far.xlsx", [HEADER_ROW, b'<row r="900000"><c r="A900000">'
                                                  b'<v>1</v></c></row>'])),
            ("xlsx 50,000 practice rows", lambda: write_xlsx(
                practice(50_000), folder / "practice_50000.xlsx")),
            ("csv 1,000,000 rows", lambda: _csv(practice(50_000), 20, folder / "million.csv")),
            ("csv 300,000 rows", lambda: _csv(practice(50_000), 6, folder / "big.csv")),
            ("xlsx 15,900 rows (largest kept)", lambda: write_xlsx(
                practice(15_900), folder / "practice_15900.xlsx")),
            ("csv 200,000 rows (largest kept)", lambda: _csv(practice(50_000), 4,
                                                              folder / "year.csv")),
        ]
        files = [(label, make()) for label, make in cases]
        baseline, outcome = timed(normal, REPEATS)
        print(f"\nLimits: {limits.MAX_ROWS:,} rows, {limits.MAX_CSV_CELLS:,} CSV cells, "
              f"{limits.MAX_EXCEL_CELLS:,} Excel cells, {limits.MAX_FILE_MB} MB a file, "
              f"{package.MAX_UNPACKED_MB} MB unpacked")
        print(f"Baseline: practice_50000.csv ({normal.stat().st_size / 1e6:.1f} MB), "
              f"{outcome}, {baseline:.2f} s (best of {REPEATS})\n")
        print(f"{'file':<33} {'MB':>6} {'seconds':>8} {'vs base':>8}  outcome")
        for label, path in files:
            seconds, outcome = timed(path, REPEATS)
            flag = "  OVER THE 10 s GOAL" if seconds > GOAL_SECONDS else ""
            print(f"{label:<33} {path.stat().st_size / 1e6:>6.2f} {seconds:>8.2f} "
                  f"{seconds / baseline:>8.2f}  {outcome}{flag}", flush=True)


def _csv(frame: pd.DataFrame, copies: int, path: Path) -> Path:
    """`copies` copies of the frame as one CSV, each copy with its own line names."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        for k in range(copies):
            part = frame.assign(line=frame["line"].astype(str) + f" #{k}")
            part.to_csv(stream, index=False, header=k == 0)
    return path


if __name__ == "__main__":
    main()
