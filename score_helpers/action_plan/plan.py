"""The Enterprise Improvement Plan (EIP): from KPI gaps to actions that people own.

    from score_helpers import action_plan as ap, data
    gaps = ap.kpi_gaps(data.load("garments_daily"), "2025-03-01", "2025-03-31")
    why = ap.five_whys("Line B defect rate 4.1 %", "Skipped stitches", "Needles worn", ...)
    plan = ap.prefilled_plan(gaps)          # or action_plan_draft.draft_action_plan(gaps)
    ap.check_action_plan(plan)              # every problem, in plain words

The AI may draft a plan (`action_plan_draft`), but people review it: every row needs an
owner (a role is enough), a due date in the future, a KPI that exists and a reviewer.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from score_helpers.data import frame_checks as _v
from score_helpers.kpi import ALL_KPI_COLUMNS, qcdms_summary
from score_helpers.kpi.targets import DEFAULT_TARGETS, Target, kpi_info, kpi_text

# The columns of an EIP table, in order, with the words people read as headers.
EIP_COLUMNS: dict[str, str] = {
    "problem": "Problem", "root_cause": "Root cause (5 whys)", "action": "Action",
    "owner": "Owner", "due_date": "Due date", "kpi": "KPI to watch",
    "reviewed_by": "Reviewed by",
}
# KPIs with a fixed target (cost per unit is judged against each line's own past).
GAP_KPIS: tuple[str, ...] = ("defect_rate", "on_time_delivery", "oee", "absenteeism_rate",
                             "frequency_rate")
# Words that put the cause on a person instead of the process (English and Taglish).
PERSON_BLAME = re.compile(
    r"\b(careless(ness)?|lazy|negligen\w*|human error|operator error|worker error|"
    r"(his|her|their|the operator'?s?|the worker'?s?) fault|fault of|did not care|"
    r"does ?n[o']t care|not careful|forgot|pabaya|tamad|kasalanan|hindi nag-iingat|"
    r"bad attitude|undisciplined)\b", re.IGNORECASE)

NO_COLUMNS = "The plan has no column {columns}. Start from ap.prefilled_plan(gaps)."
FEW_WHYS = ("Only {count} why so far. Ask \"why?\" again until you reach something the "
            "team can change in the process: usually 3 to 5 times.")
STOPS_AT_PERSON = ("The chain stops at a person (\"{words}\"). Ask why that person could "
                   "make the mistake: what in the process, tools or training let it happen?")
EMPTY_WHY = "Why number {number} is empty: write what the team found, or remove it."
ROW = "Row {row}: "
NEEDS = {
    "problem": "write the problem.",
    "root_cause": "write the root cause found with the 5 whys.",
    "action": "write the action: what will be done.",
    "owner": "name an owner: a role such as 'Line B supervisor' is enough.",
    "due_date": "give a due date, written YYYY-MM-DD (ap.due_in(weeks=4) gives one).",
    "reviewed_by": "write who reviewed this row (the AI drafted it; a person checks it).",
}
BAD_DATE = "the due date '{value}' is not a date; write it as YYYY-MM-DD (year-month-day)."
PAST_DATE = "the due date {value} is not in the future (today is {today}): choose a later date."
UNKNOWN_KPI = "'{value}' is not a KPI the course computes.{hint} Use one of: {known}."
BLAME_CAUSE = ("the root cause blames a person (\"{words}\"). Write the process cause "
               "behind it: the 5 whys do not stop at a person.")
ALL_GOOD = "✔ Every row has a problem, a root cause, an action, an owner, a future due " \
           "date, a KPI that exists and a reviewer."


@dataclass(frozen=True)
class WhyChain:
    """A problem and the answers to "why?" asked again and again (the 5 whys)."""

    problem: str
    whys: tuple[str, ...]

    @property
    def root_cause(self) -> str:
        """The last answer: the cause the team will act on."""
        return self.whys[-1] if self.whys else ""

    def problems(self) -> list[str]:
        """What to improve in the chain, in plain words (empty when it is fine)."""
        found = [EMPTY_WHY.format(number=n) for n, why in enumerate(self.whys, 1)
                 if not why.strip()]
        if len(self.whys) < 3:
            found.append(FEW_WHYS.format(count=len(self.whys)))
        blame = PERSON_BLAME.search(self.root_cause)
        if blame:
            found.append(STOPS_AT_PERSON.format(words=blame.group(0)))
        return found

    def __str__(self) -> str:
        lines = [f"Problem: {self.problem}"]
        lines += [f"  {'  ' * n}↳ Why {n}? {why}" for n, why in enumerate(self.whys, 1)]
        lines += [f"Root cause: {self.root_cause or '—'}"]
        lines += [f"✘ {problem}" for problem in self.problems()]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        items = "".join(f"<li style='margin-left:{n * 14}px'>Why {n}? {html.escape(why)}</li>"
                        for n, why in enumerate(self.whys, 1))
        notes = "".join(f"<div style='color:#b35900'>✘ {html.escape(p)}</div>"
                        for p in self.problems())
        return (f"<div class='score-whys'><b>Problem:</b> {html.escape(self.problem)}"
                f"<ol style='list-style:none;padding-left:8px'>{items}</ol>"
                f"<b>Root cause:</b> {html.escape(self.root_cause or '—')}{notes}</div>")


def five_whys(problem: str, *whys: str) -> WhyChain:
    """Record a why-chain: the problem, then each answer to "why?", the deepest last.

    five_whys("Line B defect rate 4.1 %", "Skipped stitches", "Needles are blunt",
              "Needles are changed only when they break", "No needle-change schedule")
    """
    if not str(problem).strip():
        raise ValueError("five_whys: write the problem first, e.g. 'Line B defect rate 4.1 %'.")
    return WhyChain(str(problem).strip(), tuple(str(why).strip() for why in whys))


def kpi_gaps(daily: pd.DataFrame, start: Any, end: Any, *, by: str = "line",
             kpis: Sequence[str] = GAP_KPIS,
             targets: Mapping[str, Target] | None = None) -> pd.DataFrame:
    """Every KPI of every line that misses its green target between `start` and `end`.

    One row per line and KPI, the worst first: `value`, `target` (green), `amber` and
    `how_far_off` = how far the value is beyond green, in steps from green to amber
    (0 on target, 1 at the amber limit, more than 1 is red). Steps make a defect rate
    and an injury rate comparable although their units differ.
    """
    chosen = dict(DEFAULT_TARGETS) | dict(targets or {})
    for name in kpis:
        kpi_info(name)
        if name not in chosen or chosen[name].relative:
            raise ValueError(f"{name}: no fixed target to compare with; choose from "
                             f"{', '.join(k for k, t in chosen.items() if not t.relative)}.")
    dates = _v.as_dates(daily["date"]) if "date" in daily else None
    if dates is None:
        raise ValueError("The daily table has no 'date' column. Load it with data.load().")
    rows = daily[(dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))]
    if rows.empty:
        raise ValueError(f"No rows between {start} and {end}: the data run from "
                         f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}.")
    summary = qcdms_summary(rows, by=by, period=None)
    records = []
    for _, line in summary.iterrows():
        for name in kpis:
            target, value = chosen[name], float(line[name])
            sign = -1.0 if target.higher_is_better else 1.0
            step = abs(target.amber - target.green) or 1.0
            off = sign * (value - target.green) / step
            if off > 1e-9:
                records.append({by: line[by], "kpi": name, "label": kpi_info(name).label,
                                "value": value, "target": target.green, "amber": target.amber,
                                "how_far_off": off, "shown": _shown(name, value, target)})
    gaps = pd.DataFrame(records, columns=[by, "kpi", "label", "value", "target", "amber",
                                          "how_far_off", "shown"])
    gaps = gaps.sort_values("how_far_off", ascending=False, kind="stable")
    gaps.attrs.update(start=str(pd.Timestamp(start).date()), end=str(pd.Timestamp(end).date()))
    return gaps.reset_index(drop=True)


def _shown(kpi: str, value: float, target: Target) -> str:
    return f"{kpi_text(kpi, value)} (target {kpi_text(kpi, target.green)})"


def worst_per_kpi(gaps: pd.DataFrame) -> pd.DataFrame:
    """The worst line of each KPI, worst first: one EIP row per KPI, not three per KPI."""
    return gaps.drop_duplicates("kpi").reset_index(drop=True)


def problem_text(gap: Mapping[str, Any], by: str = "line") -> str:
    """One gap in words: 'Line B: Defect rate 4.1 % (target 2.0 %)'."""
    return f"{gap[by]}: {gap['label']} {gap['shown']}"


def prefilled_plan(gaps: pd.DataFrame, n: int = 3, by: str = "line") -> pd.DataFrame:
    """An EIP table with one row per gap (the `n` worst): the problem and its KPI filled
    in, every other cell empty for the team to fill."""
    top = gaps.head(n)
    plan = pd.DataFrame({column: [""] * len(top) for column in EIP_COLUMNS})
    plan["problem"] = [problem_text(gap, by) for gap in top.to_dict("records")]
    plan["kpi"] = list(top["kpi"])
    return plan


def check_action_plan(table: pd.DataFrame, today: date | str | None = None) -> PlanCheck:
    """Check an EIP table row by row; the result lists each problem in plain words.

    Every row needs a problem, a root cause that does not blame a person, an action, an
    owner (a role is enough), a due date after `today` (default: today), a KPI that
    exists (kpi.ALL_KPI_COLUMNS, productivity KPIs included) and who reviewed it.
    """
    missing = [c for c in EIP_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(NO_COLUMNS.format(columns=", ".join(map(repr, missing))))
    now = pd.Timestamp(today or date.today()).normalize()
    found: list[str] = []
    for number, row in enumerate(table.to_dict("records"), start=1):
        head = ROW.format(row=number)
        found += [head + message for message in row_problems(row, now)]
    return PlanCheck(tuple(found), len(table))


def row_problems(row: Mapping[str, Any], today: pd.Timestamp) -> list[str]:
    """The problems of one EIP row (a dict with the EIP_COLUMNS keys), in plain words."""
    return [message for _, message in row_issues(row, today)]


def row_issues(row: Mapping[str, Any], today: Any) -> list[tuple[str, str]]:
    """The problems of one EIP row as (key, message): the key names the column or the
    kind of problem ('owner', 'blame', 'past_date', 'bad_date', 'unknown_kpi', ...)."""
    now = pd.Timestamp(today).normalize()
    found = [(c, NEEDS[c]) for c in ("problem", "root_cause", "action", "owner")
             if _blank(row.get(c))]
    blame = PERSON_BLAME.search(str(row.get("root_cause") or ""))
    if blame:
        found.append(("blame", BLAME_CAUSE.format(words=blame.group(0))))
    due = row.get("due_date")
    if _blank(due):
        found.append(("due_date", NEEDS["due_date"]))
    else:
        try:
            day = pd.Timestamp(due).normalize()
        except (ValueError, TypeError):
            day = None
        if day is None or pd.isna(day):
            found.append(("bad_date", BAD_DATE.format(value=due)))
        elif day <= now:
            found.append(("past_date", PAST_DATE.format(value=f"{day:%Y-%m-%d}",
                                                        today=f"{now:%Y-%m-%d}")))
    kpi = str(row.get("kpi") or "").strip()
    if kpi not in ALL_KPI_COLUMNS:
        close = difflib.get_close_matches(kpi, ALL_KPI_COLUMNS, n=1, cutoff=0.5)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        found.append(("unknown_kpi", UNKNOWN_KPI.format(value=kpi, hint=hint,
                                                        known=", ".join(GAP_KPIS))))
    if _blank(row.get("reviewed_by")):
        found.append(("reviewed_by", NEEDS["reviewed_by"]))
    return found


@dataclass(frozen=True)
class PlanCheck:
    """The problems found in an EIP table, in plain words (none: ready to share)."""

    problems: tuple[str, ...]
    rows: int

    @property
    def ok(self) -> bool:
        """True when no row has a problem."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return ALL_GOOD
        return "\n".join([f"✘ {len(self.problems)} thing(s) to fix before the plan is "
                          "shared:", *(f"  - {p}" for p in self.problems)])

    def __repr__(self) -> str:
        return str(self)


def due_in(weeks: int = 4, today: date | str | None = None) -> str:
    """The date `weeks` weeks after today, as YYYY-MM-DD: a due date always in the future."""
    start = pd.Timestamp(today or date.today()).normalize()
    return f"{start + pd.Timedelta(weeks=int(weeks)):%Y-%m-%d}"


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(
        value).strip()


def plan_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """An EIP table from rows written as dicts; absent columns are left empty."""
    records = [{c: row.get(c, "") for c in EIP_COLUMNS} for row in rows]
    return pd.DataFrame(records, columns=list(EIP_COLUMNS))
