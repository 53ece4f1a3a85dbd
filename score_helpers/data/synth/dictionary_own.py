"""The data dictionary's last part: the columns a factory's own daily file may add, and
the productivity KPIs they allow (rendered into datasets/README.md by dictionary.py)."""

from __future__ import annotations

from pathlib import Path

from score_helpers.data import schema

INTRO = [
    "## A factory's own daily file",
    "",
    "The apps and `data.load_kpi_csv` also read a factory's own daily file. Its headers may",
    "be its own ('Team', 'Output', 'Sira'): the mapping step, or `data.suggest_mapping`,",
    "says which is which, using the other names factories use in English and Filipino",
    "(`score_helpers/data/loading/synonyms.py`). Beside the columns above, it may have these",
    "optional ones (`DAILY_PRODUCTION_EXTRA` in `score_helpers/data/schema.py`). Several rows",
    "for one line and day are fine when `department`, `shift` or `product` tells them apart:",
    "counts are added up and every KPI is a ratio of the sums.",
    "",
]

# The productivity KPIs' formulas and sources (kept as Markdown: its table rows are long).
KPIS = (Path(__file__).with_name("own_file_kpis.md")).read_text(encoding="utf-8")



def own_file_section(column_table: object) -> list[str]:
    """The section's Markdown lines; `column_table` renders a column table."""
    table = column_table(schema.DAILY_PRODUCTION_EXTRA)  # type: ignore[operator]
    return [*INTRO, *table, "", *KPIS.replace("## Productivity", "### Productivity")
            .splitlines(), ""]
