"""An AI-drafted weekly KPI summary for the notice board, and the human check of its numbers.

    from score_helpers import data, kpi
    from score_helpers.drafting import kpi_summary
    weekly = kpi.qcdms_summary(data.load("garments_daily"))
    draft = kpi_summary.draft_weekly_summary(weekly)   # the AI writes a first draft
    draft                                              # the draft, marked "for review"
    draft.check()                                      # ✔ / ✘ for every number in it

The AI sees only a small table of rounded, labelled numbers (`summary_table`): no raw
data and no names of people. It writes a draft; a person checks every number against
the table (`check_numbers`), fixes the text and decides what goes on the board.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from score_helpers import formatting, llm
from score_helpers.drafting.number_check import NumberCheck, check_numbers
from score_helpers.kpi import KPI_COLUMNS

__all__ = ["HEADLINE_KPIS", "Draft", "build_prompt", "check_numbers", "draft_weekly_summary",
           "summary_table"]

# The KPIs on the notice board, one per QCDMS pillar (two for Cost: cost and OEE).
HEADLINE_KPIS = ("defect_rate", "on_time_delivery", "cost_per_unit", "absenteeism_rate",
                 "frequency_rate", "oee")

DEFAULT_AUDIENCE = "the whole team"
DEFAULT_WORDS = 120
DRAFT_TEMPERATURE = 0.1
DRAFT_MAX_TOKENS = 220

# Every sentence a person or the model reads, kept here so a Filipino version can follow.
DRAFT_NOTE = "Draft for review: a person must check every number before posting."
SYSTEM_PROMPT = (
    "You write a short notice for the notice board of a factory in the Philippines. "
    "Use plain, friendly words and short sentences. Write sentences, not a table. "
    "Use ONLY the numbers in the table. Copy each number exactly as it is written, "
    "with its % or ₱ sign. Do not calculate or round any number. "
    "Name one thing that went well and one thing for the team to discuss. "
    "Do not blame any person or group. Do not guess causes: say what the numbers show, "
    "not why.")
INTRO = "Here are the KPIs of {factory} for the week starting {week}."
INTRO_NO_WEEK = "Here are this week's KPIs of {factory}."
ASK = "Write the notice for {audience} in about {words} words, in sentences."
OUR_FACTORY = "our factory"
HIGHER_IS_BETTER = "Higher is better: {columns}."
LOWER_IS_BETTER = "Lower is better: {columns}."
UNIT_WORDS = {"per 1,000,000 hours": "per million hours"}  # no digits in a header
ERROR_MISSING_COLUMNS = ("The summary has no column {columns}. Make it with "
                         "kpi.qcdms_summary(df) and try again.")
ERROR_NOT_WEEKLY = ("This summary is not weekly: its periods do not start on a Monday. "
                    "Make it with kpi.qcdms_summary(df, period='W').")
ERROR_NO_WEEK = ("There is no week starting {week} in the summary. "
                 "It has weeks from {first} to {last}.")
ERROR_EMPTY = "The summary has no rows. Check the data you gave kpi.qcdms_summary."
ERROR_TWO_ROWS = ("The summary has more than one row for {label} in that week. Choose one "
                  "factory first, or pass by=['factory', 'line'].")


def _latest_full_week(summary_frame: pd.DataFrame, starts: pd.Series) -> pd.Timestamp:
    """The Monday of the latest week with at least 5 working days (else the latest week)."""
    if "working_days" not in summary_frame:
        return starts.max()
    full = starts[summary_frame["working_days"].to_numpy() >= 5]
    return full.max() if len(full) else starts.max()


def summary_table(summary_frame: pd.DataFrame, week: Any = None,
                  by: str | Sequence[str] = "line") -> pd.DataFrame:
    """The small table the AI is given: one week, one row per line, the headline KPIs.

    `summary_frame` is a weekly kpi.qcdms_summary. `week` is any date in the week
    (default: the latest week with five or more working days, so a two-day week at the
    end of the data does not pass for a normal one). Cells are text as people read them:
    '3.4 %', '₱176.85', '12.5' (injuries per million hours), '—' when there is no value.
    The first column holds the row labels (e.g. 'Line A'); `table.attrs['week']` is the
    week's Monday.
    """
    keys = [by] if isinstance(by, str) else list(by)
    absent = [c for c in (*keys, "period_start", *HEADLINE_KPIS) if c not in summary_frame]
    if absent:
        raise ValueError(ERROR_MISSING_COLUMNS.format(columns=", ".join(map(repr, absent))))
    if summary_frame.empty:
        raise ValueError(ERROR_EMPTY)
    starts = pd.to_datetime(summary_frame["period_start"])
    if (starts.dt.day_of_week != 0).any():
        raise ValueError(ERROR_NOT_WEEKLY)
    monday = _latest_full_week(summary_frame, starts) if week is None else _monday_of(week)
    rows = summary_frame[starts == monday]
    if rows.empty:
        raise ValueError(ERROR_NO_WEEK.format(week=_day(monday), first=_day(starts.min()),
                                              last=_day(starts.max())))
    labels = rows[keys].astype(str).agg(" · ".join, axis=1)
    repeated = labels[labels.duplicated()]
    if not repeated.empty:
        raise ValueError(ERROR_TWO_ROWS.format(label=", ".join(sorted(set(repeated)))))
    table = pd.DataFrame({" · ".join(k.replace("_", " ").capitalize() for k in keys): labels})
    for column in HEADLINE_KPIS:
        table[_header(column)] = [_cell(column, value) for value in rows[column]]
    table = table.sort_values(table.columns[0], kind="stable").reset_index(drop=True)
    table.attrs["week"] = monday
    return table


def build_prompt(table: pd.DataFrame, factory_name: str | None = None,
                 audience: str = DEFAULT_AUDIENCE, words: int = DEFAULT_WORDS,
                 ) -> list[dict[str, str]]:
    """The chat messages for the model: the rules (system) and the table (user)."""
    higher = [_header(c) for c in HEADLINE_KPIS if KPI_COLUMNS[c].higher_is_better]
    lower = [_header(c) for c in HEADLINE_KPIS if not KPI_COLUMNS[c].higher_is_better]
    direction = "\n".join((HIGHER_IS_BETTER.format(columns=", ".join(higher)),
                           LOWER_IS_BETTER.format(columns=", ".join(lower))))
    week = table.attrs.get("week")
    factory = factory_name or OUR_FACTORY
    intro = (INTRO.format(factory=factory, week=_day(week)) if week is not None
             else INTRO_NO_WEEK.format(factory=factory))
    ask = ASK.format(audience=audience, words=words)
    user = "\n\n".join((intro, markdown_table(table), direction, ask))
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


@dataclass(frozen=True, eq=False)  # eq=False: a DataFrame field cannot be compared with ==
class Draft:
    """An AI draft of the weekly summary, with the table it was given and who wrote it."""

    text: str
    table: pd.DataFrame
    provider: str
    model: str
    seconds: float = 0.0
    note: str = DRAFT_NOTE

    def check(self) -> NumberCheck:
        """Look up every number of the draft in its table (see check_numbers)."""
        return check_numbers(self.text, self.table)

    def __str__(self) -> str:
        return f"{self.note}\n\n{self.text}"

    def _repr_html_(self) -> str:
        return (f"<div class='score-draft' style='border-left:4px solid #b35900;"
                f"padding:4px 10px'><b style='color:#b35900'>{html.escape(self.note)}</b>"
                f"<div style='white-space:pre-wrap;margin-top:6px'>{html.escape(self.text)}"
                f"</div><small style='color:#555'>{html.escape(self.provider)} · "
                f"{html.escape(self.model)} · {self.seconds:.1f} s</small></div>")


def draft_weekly_summary(summary_frame: pd.DataFrame, week: Any = None,
                         provider: llm.Provider | None = None, *,
                         by: str | Sequence[str] = "line", factory_name: str | None = None,
                         audience: str = DEFAULT_AUDIENCE, words: int = DEFAULT_WORDS,
                         **chat_options: Any) -> Draft:
    """Ask the language model for a first draft of the week's notice-board summary.

    Only the summary_table of that week goes to the model. `chat_options` go to
    llm.chat (default temperature 0.1, max_tokens 220). The result is a Draft: a person
    checks it (draft.check()) and edits it before anything is posted.
    """
    table = summary_table(summary_frame, week=week, by=by)
    messages = build_prompt(table, factory_name=factory_name, audience=audience, words=words)
    options = {"temperature": DRAFT_TEMPERATURE, "max_tokens": DRAFT_MAX_TOKENS} | chat_options
    reply = llm.chat(messages, provider=provider, **options)
    return Draft(text=reply.text, table=table, provider=reply.provider, model=reply.model,
                 seconds=reply.seconds)


def markdown_table(table: pd.DataFrame) -> str:
    """The table as a plain Markdown table, every cell as written."""
    def row(cells: Sequence[object]) -> str:
        return "| " + " | ".join(str(cell) for cell in cells) + " |"

    lines = [row(table.columns), row(["---"] * len(table.columns))]
    lines += [row(values) for values in table.itertuples(index=False, name=None)]
    return "\n".join(lines)


def _header(column: str) -> str:
    info = KPI_COLUMNS[column]
    if info.unit in ("fraction", "PHP per unit"):
        return info.label
    return f"{info.label} ({UNIT_WORDS.get(info.unit, info.unit)})"


def _cell(column: str, value: Any) -> str:
    number = float("nan") if pd.isna(value) else float(value)
    unit = KPI_COLUMNS[column].unit
    if unit == "fraction":
        return formatting.percent(number, 1)
    if unit == "PHP per unit":
        return formatting.pesos(number, 2)
    return formatting.number(number, 1)


def _monday_of(week: Any) -> pd.Timestamp:
    day = pd.Timestamp(week).normalize()
    return day - pd.Timedelta(days=day.day_of_week)


def _day(moment: Any) -> str:
    """A date as people write it: 'Monday 29 December 2025'."""
    return f"{pd.Timestamp(moment):%A} {pd.Timestamp(moment).day} {pd.Timestamp(moment):%B %Y}"
