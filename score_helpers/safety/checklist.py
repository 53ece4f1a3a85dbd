"""PPE and 5S checklist scores: how often the checks pass, week by week, and what to fix.

    from score_helpers import data
    from score_helpers.safety import checklist as safety_checklist
    checks = data.load("safety_checklists")        # or safety_checklist.load_checklists(path)
    scores = safety_checklist.checklist_scores(checks, freq="W", checklist="ppe",
                                               factory="garments")
    safety_checklist.checklist_trend_chart(scores)     # the score per week, target 90 %
    safety_checklist.checklist_trend(scores)           # 'PPE score went from 78 % to 91 % ...'
    safety_checklist.item_failures(checks, checklist="ppe", factory="garments")

The input has one row per item checked, like datasets/safety_checklists.csv: columns
'date', 'checklist' (ppe or 5s), 'item', 'result' (pass, fail or n/a) and, when the file
holds several, 'factory' and 'line'.

Checklist score = items passed ÷ (items passed + items failed) × 100.
Items marked n/a (the item did not apply that day) are left out of both counts: an n/a is
neither a pass nor a fail. This is the usual 5S audit practice: the score is a share of
the perfect result (Minitab Engage help, "5S Audit" form: percentages "relative to a
perfect score of 100%"), and items that do not apply are scored N/A "and do not include
in the final total" (a widely shared "5S Routine Audit Form" template). A period with no
item checked gets no row, never 0 %. There is no standard pass mark (Minitab: "Standard
cutoff scores do not exist"); the 90 % target of the chart is a choice for the EIT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pandas as pd

from score_helpers import data
from score_helpers import plot_style as style
from score_helpers.data import frame_checks as _v
from score_helpers.data import schema
from score_helpers.plot_style import Chart, new_figure, period_word
from score_helpers.safety import checklist_checks as _c

RESULTS = _c.RESULTS                                   # ('pass', 'fail', 'n/a')
LABELS: dict[str, str] = {"ppe": "PPE", "5s": "5S"}     # how a checklist is written
GROUPS = ("factory", "line", "checklist")
SAME_WITHIN = 3.0   # percentage points: a smaller change reads as 'about the same'

# Words on the chart and in the verdict (short, plain English, easy to translate).
TITLE = "{checklist} checklist score per {period}"
SCORE_AXIS = "Score (% of items passed)"
TARGET = "Target {value:g} %"
BELOW_TARGET = "Below target"
TREND = ("{checklist} score went from {start:.0f} % to {end:.0f} % over the last {count} "
         "{periods} checked (first half against second half): {verdict}.")
BETTER, WORSE, SAME = "better", "worse", "about the same"
TOO_FEW = ("Not enough data for a trend yet: it needs at least 2 {periods} with a check "
           "(there {verb} {count}).")
WIDE = (12.0, 6.0)
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
_DASHES = ("-", "--", "-.", ":")


def load_checklists(path_or_file: Any, *, name: str | None = None) -> pd.DataFrame:
    """A factory's own checklist file (.csv or .xlsx, same columns as
    datasets/safety_checklists.csv), checked like the bundled data: one DataError listing
    each problem (a bad date, an empty cell, an item entered twice for the same day) with
    its column and spreadsheet row, or a result other than pass/fail/n/a with its date,
    line and item. 'factory', 'line' and 'checked_by' may be left out. Rows come back
    sorted by factory, line, date, checklist and item. Use this rather than
    pandas.read_csv, which turns 'n/a' into an empty cell."""
    checks = data.load_kpi_csv(path_or_file, columns=schema.SAFETY_CHECKLISTS,
                               required=_c.REQUIRED, name=name)
    return _c.clean(checks)


def checklist_scores(checklists: pd.DataFrame, freq: str = "W", *,
                     checklist: str | None = None, factory: str | None = None,
                     line: str | None = None, by_line: bool = False) -> pd.DataFrame:
    """The checklist score per period, with the counts behind it.

    score = passed ÷ (passed + failed) × 100; n/a items are counted apart and left out.
    freq: 'D' (day), 'W' (week, Monday to Sunday) or 'M' (month).
    checklist, factory, line: keep only these rows ('ppe' or '5s'; a factory and line
    that are in the data). by_line: one row per line instead of the factory as a whole
    (always so when `line` is given).
    Returns one row per factory (and line), checklist and period with at least one item
    passed or failed, columns: factory, [line,] checklist, period_start, passed, failed,
    not_applicable, checked (= passed + failed), score (0-100). A period with no check
    has no row (a missing check is not a 0 % score).
    DataError for a missing column or a result that is not pass/fail/n/a (naming the row);
    ValueError for an unknown freq, checklist, factory or line.
    """
    period = _c.frequency(freq)
    frame = _c.select(_c.clean(checklists), checklist, factory, line)
    keys = [name for name in GROUPS if name in frame and (name != "line" or by_line or line)]
    frame["period_start"] = _v.period_start(frame["date"], period)
    return _count(frame, [*keys, "period_start"])


def item_failures(checklists: pd.DataFrame, *, checklist: str | None = None,
                  factory: str | None = None, line: str | None = None,
                  start: str | dt.date | None = None,
                  end: str | dt.date | None = None) -> pd.DataFrame:
    """Which items fail most: the 'what to fix first' table.

    checklist, factory, line: as in checklist_scores. start, end: first and last day to
    count ('yyyy-mm-dd', both included; default: every day in the data).
    One row per factory (when the data has that column), line (when `line` is given),
    checklist and item, most failed first, columns: failed, checked (= passed + failed;
    n/a left out), fail_share (failed ÷ checked: how often this item fails when checked) and
    share_of_fails (failed ÷ all fails in the table: its part of the problem).
    Items never checked (always n/a) are left out.
    """
    frame = _c.select(_c.clean(checklists), checklist, factory, line)
    if start is not None:
        frame = frame[frame["date"] >= _c.day("start", start)]
    if end is not None:
        frame = frame[frame["date"] <= _c.day("end", end)]
    keys = [name for name in GROUPS if name in frame and (name != "line" or line)]
    table = _count(frame, [*keys, "item"])
    table["fail_share"] = table["failed"] / table["checked"]
    total = table["failed"].sum()
    table["share_of_fails"] = table["failed"] / total if total else 0.0
    table = table.drop(columns=["passed", "not_applicable", "score"])
    return table.sort_values(["failed", "fail_share", "item"], ascending=[False, False, True],
                             kind="stable", ignore_index=True)


def checklist_trend_chart(scores: pd.DataFrame, target: float = 90) -> Chart:
    """The checklist score over time, one line per group, with a dashed target line.

    scores: from checklist_scores. target: the score to reach, in % (default 90).
    Each line has its own marker and dash, and points below the target are circled and
    listed in the legend, so the chart reads without colour.
    data: the scores with the columns `target` and `below_target` (True where the score
    is under the target): the exact numbers drawn.
    """
    _v.require_columns(scores, ["period_start", "score"])
    goal = float(_v.number("target", target))
    if not 0 <= goal <= 100:
        raise ValueError(f"target is a score in %, from 0 to 100 (e.g. 90); got {target!r}.")
    keys = [name for name in GROUPS if name in scores]
    if scores.duplicated([*keys, "period_start"]).any():
        raise ValueError("scores has two rows for the same period: make it with "
                         "checklist_scores(...) and do not add rows to it.")
    table = scores.sort_values([*keys, "period_start"], kind="stable", ignore_index=True)
    table = table.assign(target=goal, below_target=table["score"] < goal)
    with style.score_style():
        figure, axes = new_figure(WIDE)
        ax = axes[0, 0]
        groups = list(table.groupby(keys, sort=True)) if keys else [("All", table)]
        for number, (name, rows) in enumerate(groups):
            ax.plot(rows["period_start"], rows["score"], marker=_MARKERS[number % 8],
                    linestyle=_DASHES[number % 4 if len(groups) > 1 else 0],
                    label=_group_name(name, keys))
        ax.axhline(goal, color=style.REFERENCE_COLOUR, linestyle="--", linewidth=2,
                   label=TARGET.format(value=goal))
        below = table[table["below_target"]]
        ax.scatter(below["period_start"], below["score"], s=260, facecolors="none",
                   edgecolors=style.ALERT_COLOUR, linewidths=2.5, zorder=5,
                   label=BELOW_TARGET)
        ax.set_ylim(max(0.0, min(goal, table["score"].min() if len(table) else goal) - 10),
                    102)
        ax.set_ylabel(SCORE_AXIS)
        ax.set_title(TITLE.format(checklist=_checklist_words(table),
                                  period=period_word(table["period_start"])
                                  if len(table) else "week"))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        style.date_axis(ax)
    return Chart(figure, table)


def checklist_trend(scores: pd.DataFrame, periods: int = 8) -> str:
    """The trend of the last `periods` periods in plain words, e.g.
    'PPE score went from 78 % to 91 % over the last 8 weeks checked (first half against
    second half): better.'

    The first half of those periods is pooled (all its passes ÷ all its checks), and so is
    the second half; a change of less than 3 percentage points (SAME_WITHIN) reads as
    'about the same'. Halves rather than the first and last period alone, so that one
    odd week does not decide the verdict. scores: from checklist_scores, for one factory
    (or line) and one checklist.
    """
    _v.require_columns(scores, ["period_start", "passed", "checked"])
    keys = [name for name in GROUPS if name in scores]
    if keys and len(scores.drop_duplicates(keys)) > 1:
        groups = [_group_name(tuple(row), keys)
                  for row in scores[keys].drop_duplicates().itertuples(index=False)]
        raise ValueError(f"scores holds {len(groups)} series ({', '.join(groups)}): choose "
                         "one, e.g. checklist_scores(..., checklist='ppe', factory='garments').")
    if isinstance(periods, bool) or not isinstance(periods, int) or periods < 2:
        raise ValueError(f"periods must be a whole number, 2 or more; got {periods!r}.")
    table = scores.sort_values("period_start", kind="stable").tail(periods)
    word = period_word(table["period_start"]) if len(table) > 1 else "week"
    if len(table) < 2:
        return TOO_FEW.format(periods=word + "s", verb="is" if len(table) == 1 else "are",
                              count=len(table))
    half = len(table) // 2
    first, last = table.iloc[:half], table.iloc[-half:]
    start = 100 * first["passed"].sum() / first["checked"].sum()
    end = 100 * last["passed"].sum() / last["checked"].sum()
    verdict = BETTER if end - start >= SAME_WITHIN else WORSE if start - end >= SAME_WITHIN \
        else SAME
    return TREND.format(checklist=_checklist_words(table), start=start, end=end,
                        count=len(table), periods=word + "s", verdict=verdict)


# ---- Counting and words ---------------------------------------------------------------

def _count(frame: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """passed, failed, not_applicable, checked and score per group; groups with nothing
    checked (no rows, or n/a only) are left out."""
    keys = list(keys)
    counts = pd.crosstab([frame[k] for k in keys], frame["result"]) if len(frame) else \
        pd.DataFrame(columns=list(RESULTS))
    counts = counts.reindex(columns=list(RESULTS), fill_value=0).astype("int64")
    table = counts.rename(columns={"pass": "passed", "fail": "failed",
                                   "n/a": "not_applicable"}).reset_index()
    table.columns.name = None
    if table.empty:
        table = pd.DataFrame({**{k: pd.Series(dtype=frame[k].dtype) for k in keys},
                              **{c: pd.Series(dtype="int64")
                                 for c in ("passed", "failed", "not_applicable")}})
    table["checked"] = table["passed"] + table["failed"]
    table = table[table["checked"] > 0].reset_index(drop=True)
    table["score"] = 100.0 * table["passed"] / table["checked"]
    return table


def _group_name(values: object, keys: Sequence[str]) -> str:
    values = values if isinstance(values, tuple) else (values,)
    return " · ".join(LABELS.get(str(v), str(v)) if k == "checklist" else str(v)
                      for k, v in zip(keys, values, strict=False))


def _checklist_words(table: pd.DataFrame) -> str:
    """'PPE', '5S', 'PPE and 5S' or 'Checklist' for a title or a sentence."""
    if "checklist" not in table or table.empty:
        return "Checklist"
    names = [LABELS.get(str(n), str(n)) for n in sorted(table["checklist"].unique())]
    return " and ".join(names)
