"""The reviewed Enterprise Improvement Plan as files to share: CSV, Markdown and Word.

    from score_helpers.action_plan import export as ape
    paths = ape.export_plan(plan, "my_work", title="EIP · Tahi Pinoy Apparel · April 2025")

The CSV opens in Excel (UTF-8 with a byte-order mark, so ₱ and ñ show right), and no cell
of it runs as a formula (`data.safe_csv`). Every file
says whether the plan passed `action_plan.check_action_plan`; a plan with open problems is
still written, marked "DRAFT: not yet reviewed", so a team can finish it on paper.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd

from score_helpers.action_plan.plan import EIP_COLUMNS, check_action_plan
from score_helpers.data import safe_csv
from score_helpers.drafting.export import safe_filename

REVIEWED = "Reviewed: every row has an owner, a future due date, a KPI and a reviewer."
NOT_REVIEWED = "DRAFT: not yet reviewed. Open points:"


def status_lines(table: pd.DataFrame, today: date | str | None = None) -> list[str]:
    """The status line(s) every file carries: reviewed, or the open points."""
    check = check_action_plan(table, today=today)
    return [REVIEWED] if check.ok else [NOT_REVIEWED, *(f"- {p}" for p in check.problems)]


def _cell(value: object) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return text.replace("|", "/").replace("\n", " ").strip()


def to_markdown(table: pd.DataFrame, title: str, today: date | str | None = None) -> str:
    """The plan as a Markdown table under its title, with its review status."""
    headers = list(EIP_COLUMNS.values())
    lines = [f"# {title}", "", "| " + " | ".join(headers) + " |",
             "|" + "---|" * len(headers)]
    for row in table[list(EIP_COLUMNS)].itertuples(index=False):
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return "\n".join([*lines, "", *status_lines(table, today), ""])


def docx_bytes(table: pd.DataFrame, title: str, today: date | str | None = None) -> bytes:
    """The plan as a Word document: title, a table with a header row, the status."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    grid = document.add_table(rows=1, cols=len(EIP_COLUMNS))
    grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, EIP_COLUMNS.values(), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(header).bold = True
    for row in table[list(EIP_COLUMNS)].itertuples(index=False):
        for cell, value in zip(grid.add_row().cells, row, strict=True):
            cell.text = _cell(value)
    for line in status_lines(table, today):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def export_plan(table: pd.DataFrame, folder: str | Path, title: str = "Enterprise "
                "Improvement Plan", today: date | str | None = None) -> dict[str, Path]:
    """Write the plan as .csv, .md and .docx into `folder` (created if needed); return the
    three paths by extension. File names carry the day: eip_2025-04-07.csv."""
    missing = [c for c in EIP_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"The plan has no column {', '.join(map(repr, missing))}. "
                         "Start from action_plan.prefilled_plan(gaps).")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    day = pd.Timestamp(today or date.today()).date()
    paths = {ext: out / safe_filename("eip", ext, day) for ext in ("csv", "md", "docx")}
    shown = table[list(EIP_COLUMNS)].rename(columns=EIP_COLUMNS)
    safe_csv.frame_to_csv(shown, paths["csv"], encoding="utf-8-sig")
    paths["md"].write_text(to_markdown(table, title, today), encoding="utf-8")
    paths["docx"].write_bytes(docx_bytes(table, title, today))
    return paths
