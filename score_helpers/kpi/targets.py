"""Targets and traffic lights for the weekly QCDMS board, and "what changed this week".

    from score_helpers import kpi
    from score_helpers.kpi import targets
    weekly = kpi.qcdms_summary(df, by="line", period="W")
    board = targets.traffic_lights(weekly)        # adds defect_rate_light, oee_light, ...
    changes = targets.week_changes(df)            # the latest full week against the one before
    print("\\n".join(changes["sentence"]))

A factory keeps its own targets in a small JSON file beside its data:

    targets.targets_to_json(targets.DEFAULT_TARGETS, "my_targets.json")
    mine = targets.targets_from_json("my_targets.json")
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from score_helpers.data import frame_checks as _v
from score_helpers.formatting import number, percent, pesos
from score_helpers.kpi.formulas import KpiInfo
from score_helpers.kpi.summary import ALL_KPI_COLUMNS, qcdms_summary

Light = Literal["green", "amber", "red", "no data"]
LIGHTS: tuple[str, ...] = ("green", "amber", "red", "no data")

# The one KPI each pillar shows on the board (keys as kpi.PILLARS).
HEADLINE_KPIS: dict[str, str] = {
    "Q": "defect_rate", "C": "cost_per_unit", "D": "on_time_delivery",
    "M": "absenteeism_rate", "S": "frequency_rate",
}

# Messages (plain English, short).
UNKNOWN_KPI = "'{kpi}' is not a KPI column.{hint} Use one of: {known}."
WRONG_ORDER = ("{label}: {better} is better, so green ({green}) must be {bound} "
               "amber ({amber}).")
NOT_A_FRACTION = "{label} is a fraction: write 0.02 for 2 %, between 0 and 1 (found {value})."
NEED_BASELINE = ("{label}: this target is relative to a baseline; pass the baseline "
                 "value (e.g. the median of your own past weeks).")
MIXED_FACTORIES = ("The data hold {count} factories ({names}): line names would mix. Pick "
                   "one first, e.g. df[df['factory'] == 'garments'], or use by=['factory', "
                   "'line'].")
NO_WEEK = "There is no data for the week starting {week}. The data run from {first} to {last}."
BAD_WEEK = "week must be a date in the week or an ISO week such as '2025-W10' (found {week!r})."
CHANGE = "{group}: {label} {verb} from {before} to {after} ({direction})."
STEADY = "{group}: {label} held steady at {after}."
NO_COMPARISON = "{group}: no {label} for both weeks to compare."
ALL_GROUPS = "All lines"
NO_TARGETED_KPI = "The table has none of the KPI columns with a target ({names})."
BAD_JSON = ("{file}, line {line}: not valid JSON ({why}). Check the commas, quotes and "
            "brackets near that line.")
NOT_TEXT = "{file}: not a text file. Save it as UTF-8 text."
NOT_TARGETS = ('{file}: expected targets such as {{"defect_rate": {{"green": 0.02, '
               '"amber": 0.04}}}}.')
BAD_ENTRY = 'expected {{"green": ..., "amber": ...}}, found {entry!r}.'
BAD_FIELDS = "write 'green' and 'amber', and 'relative' if needed; nothing else."
BAD_RELATIVE = "'relative' must be true or false."
_FIELDS = {"green", "amber", "relative"}


# ---- KPI names and values --------------------------------------------------------------

def kpi_info(kpi: str) -> KpiInfo:
    """Label, pillar, unit and direction of a KPI column; ValueError for an unknown name."""
    info = ALL_KPI_COLUMNS.get(kpi)
    if info is None:
        known = list(ALL_KPI_COLUMNS)
        close = difflib.get_close_matches(str(kpi), known, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        raise ValueError(UNKNOWN_KPI.format(kpi=kpi, hint=hint, known=", ".join(known)))
    return info


def kpi_text(kpi: str, value: float, extra_decimals: int = 0) -> str:
    """A KPI value as people read it: '3.4 %', '₱130.25', '2,512.6'; missing → '—'."""
    unit = kpi_info(kpi).unit
    if unit == "fraction":
        return percent(value, 1 + extra_decimals)
    if unit.startswith("PHP"):
        return pesos(value, 2 + extra_decimals)
    return number(value, 1 + extra_decimals)


# ---- Targets and lights ------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """Traffic-light thresholds for one KPI (fractions as fractions: 0.02 for 2 %).

    Green when the value is at least as good as `green`, amber when at least as good as
    `amber`, red otherwise; "at least as good" is ≥ when higher is better (KpiInfo), else ≤.
    With relative=True both thresholds are multiples of a baseline value, e.g. green 1.0 and
    amber 1.05 for cost per unit: green up to the baseline, amber up to 5 % above it.
    """

    kpi: str
    green: float
    amber: float
    relative: bool = False

    def __post_init__(self) -> None:
        info = kpi_info(self.kpi)
        for name in ("green", "amber"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or not math.isfinite(value):
                raise ValueError(f"{info.label}: '{name}' must be a number, found {value!r}.")
            if info.unit == "fraction" and not self.relative and not 0 <= value <= 1:
                raise ValueError(NOT_A_FRACTION.format(label=info.label, value=value))
        better, bound = ("higher", "at least") if self.higher_is_better else ("lower", "at most")
        if (self.green < self.amber) if self.higher_is_better else (self.green > self.amber):
            raise ValueError(WRONG_ORDER.format(label=info.label, better=better, bound=bound,
                                                green=self.green, amber=self.amber))

    @property
    def higher_is_better(self) -> bool:
        """True when a bigger value is better (from kpi.KPI_COLUMNS)."""
        return kpi_info(self.kpi).higher_is_better


# Sensible starting points for an SME; each factory should agree its own in the EIT.
# Cost per unit has no universal target (products differ), so it is judged against the
# line's own baseline: the median weekly cost per unit of the baseline weeks (see
# traffic_lights). Green up to the median, amber up to 5 % above it, red beyond.
DEFAULT_TARGETS: dict[str, Target] = {target.kpi: target for target in (
    Target("defect_rate", green=0.02, amber=0.04),
    Target("cost_per_unit", green=1.00, amber=1.05, relative=True),
    Target("on_time_delivery", green=0.95, amber=0.90),
    Target("oee", green=0.75, amber=0.60),
    Target("absenteeism_rate", green=0.03, amber=0.06),
    Target("frequency_rate", green=0.0, amber=10.0),
)}
# Starting points for the productivity KPIs of a factory's own file (kpi.productivity),
# which no outside standard fixes: the EIT sets its own from the line's record. Output vs
# target: green on plan, amber within 10 %. Overtime: green up to 0.5 h a worker-day (3 h
# in a 6-day week), amber up to 1 h (6 h a week), on top of the 8 normal hours a day
# (Labor Code of the Philippines, Art. 83). traffic_lights uses them (with
# DEFAULT_TARGETS) when no targets are given.
PRODUCTIVITY_TARGETS: dict[str, Target] = {target.kpi: target for target in (
    Target("sewing_efficiency", green=0.70, amber=0.55),
    Target("productivity_vs_target", green=1.00, amber=0.90),
    Target("overtime_per_worker", green=0.5, amber=1.0),
    Target("idle_time_share", green=0.02, amber=0.05),
    Target("line_balance_efficiency", green=0.85, amber=0.75),
)}


def _lights(values: np.ndarray, green: np.ndarray | float, amber: np.ndarray | float,
            higher_is_better: bool) -> np.ndarray:
    """The light of each value; a boundary value gets the better light (tiny float slack)."""
    sign = 1.0 if higher_is_better else -1.0

    def as_good(limit: np.ndarray | float) -> np.ndarray:
        slack = 1e-9 * np.maximum(1.0, np.abs(limit))
        return sign * (values - limit) >= -slack

    missing = np.isnan(values) | np.isnan(green) | np.isnan(amber)
    return np.select([missing, as_good(green), as_good(amber)], ["no data", "green", "amber"],
                     "red")


def traffic_light(value: float | None, target: Target, baseline: float | None = None) -> Light:
    """'green', 'amber', 'red' or 'no data' (a missing value) for one KPI value.

    Relative targets (cost per unit) need `baseline`, the value the thresholds multiply.
    """
    if target.relative and baseline is None:
        raise ValueError(NEED_BASELINE.format(label=kpi_info(target.kpi).label))
    scale = 1.0 if not target.relative else float(baseline)
    values = np.array([np.nan if value is None else float(value)])
    return str(_lights(values, target.green * scale, target.amber * scale,
                       target.higher_is_better)[0])  # type: ignore[return-value]


def traffic_lights(summary: pd.DataFrame, targets: Mapping[str, Target] | Iterable[Target]
                   | None = None, baseline: pd.DataFrame | None = None,
                   baseline_by: Sequence[str] | None = None) -> pd.DataFrame:
    """A copy of `summary` (from kpi.qcdms_summary) with a `<kpi>_light` column for every
    target whose KPI is a column: 'green', 'amber', 'red' or 'no data'. Default targets:
    DEFAULT_TARGETS and PRODUCTIVITY_TARGETS.

    Relative targets use the median of the KPI in `baseline` (a summary of reference weeks,
    e.g. 2024 before the EIT started; default: `summary` itself), per `baseline_by` group
    (default: the 'factory' and 'line' columns present), since each line makes other
    products and so has its own usual cost.
    """
    chosen = list(_as_targets(targets).values())
    present = [t for t in chosen if t.kpi in summary.columns]
    if not present:
        raise ValueError(NO_TARGETED_KPI.format(names=", ".join(t.kpi for t in chosen)))
    out = summary.copy()
    keys = list(baseline_by) if baseline_by is not None else [
        c for c in ("factory", "line") if c in summary.columns]
    for target in present:
        scale: np.ndarray | float = 1.0
        if target.relative:
            reference = summary if baseline is None else baseline
            if keys:
                medians = reference.groupby(keys)[target.kpi].median().rename("_base")
                scale = out[keys].join(medians, on=keys)["_base"].to_numpy(dtype=float)
            else:
                scale = float(reference[target.kpi].median())
        values = out[target.kpi].to_numpy(dtype=float)
        out[f"{target.kpi}_light"] = _lights(values, target.green * scale,
                                             target.amber * scale, target.higher_is_better)
    return out


def _as_targets(targets: Mapping[str, Target] | Iterable[Target] | None) -> dict[str, Target]:
    if targets is None:
        return DEFAULT_TARGETS | PRODUCTIVITY_TARGETS
    items = targets.values() if isinstance(targets, Mapping) else targets
    return {target.kpi: target for target in items}


# ---- The targets file --------------------------------------------------------------------

def targets_to_json(targets: Mapping[str, Target] | Iterable[Target], path: str | Path) -> Path:
    """Save targets as a small JSON file, e.g. {"defect_rate": {"green": 0.02, "amber": 0.04}}.

    Relative targets also get "relative": true. Returns the path written.
    """
    document = {}
    for target in _as_targets(targets).values():
        entry: dict[str, float | bool] = {"green": target.green, "amber": target.amber}
        if target.relative:
            entry["relative"] = True
        document[target.kpi] = entry
    path = Path(path)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path


def targets_from_json(path: str | Path) -> dict[str, Target]:
    """Read targets saved by targets_to_json (or typed by hand): {kpi: Target}.

    A broken file raises ValueError naming the file, and the key when one is at fault.
    """
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(BAD_JSON.format(file=path.name, line=error.lineno,
                                         why=error.msg)) from None
    except UnicodeDecodeError:
        raise ValueError(NOT_TEXT.format(file=path.name)) from None
    if not isinstance(document, dict) or not document:
        raise ValueError(NOT_TARGETS.format(file=path.name))
    targets = {}
    for kpi, entry in document.items():
        try:
            targets[kpi] = _target_from_entry(kpi, entry)
        except ValueError as error:
            raise ValueError(f"{path.name}, key '{kpi}': {error}") from None
    return targets


def _target_from_entry(kpi: str, entry: object) -> Target:
    """One entry of the targets file as a Target; ValueError saying what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError(BAD_ENTRY.format(entry=entry))
    if not {"green", "amber"} <= set(entry) <= _FIELDS:
        raise ValueError(BAD_FIELDS)
    relative = entry.get("relative", False)
    if not isinstance(relative, bool):
        raise ValueError(BAD_RELATIVE)
    return Target(kpi, entry["green"], entry["amber"], relative)


# ---- What changed this week ---------------------------------------------------------------

def check_one_factory(frame: pd.DataFrame, keys: Sequence[str]) -> None:
    """ValueError when groups by line would mix factories ('Line A' of two factories)."""
    if keys and "factory" in frame and "factory" not in keys:
        names = sorted(frame["factory"].dropna().unique())
        if len(names) > 1:
            raise ValueError(MIXED_FACTORIES.format(count=len(names), names=", ".join(names)))


def week_changes(daily: pd.DataFrame, by: str | Sequence[str] | None = "line",
                 kpi_columns: Sequence[str] | None = None, week: object = None,
                 tolerance: float = 0.02) -> pd.DataFrame:
    """What changed this week: each KPI of each group, one week against the week before.

    `daily` is the daily frame (schema.DAILY_PRODUCTION); weekly KPIs come from
    kpi.qcdms_summary (ratio of the week's sums). `week` is any date in the week, or an ISO
    week such as '2025-W10'; by default the latest full week: the one holding the last
    date, if the data reach its Saturday (the factories work Monday to Saturday), else the
    week before. Columns: the `by` columns, kpi, label, week_start, value, previous, change
    (value − previous), relative_change (change ÷ previous; NaN when previous is 0),
    direction ('better', 'worse', 'same' when |change| ≤ tolerance × |previous|, or
    'no data') and sentence. Sorted with the biggest worsening (relative) first, so a rise
    from 0 (e.g. the first injury) comes on top; improvements come last.
    """
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    check_one_factory(daily, keys)
    kpis = list(kpi_columns) if kpi_columns is not None else list(HEADLINE_KPIS.values())
    for kpi in kpis:
        kpi_info(kpi)
    dates = _v.as_dates(daily["date"])
    start = _week_start(dates, week)
    weekly = qcdms_summary(daily, by=keys, period="W")
    now = weekly[weekly["period_start"] == start]
    if now.empty:
        raise ValueError(NO_WEEK.format(week=start.date(), first=dates.min().date(),
                                        last=dates.max().date()))
    before = weekly[weekly["period_start"] == start - pd.Timedelta(days=7)]
    both = now.merge(before, on=keys, how="left", suffixes=("", "_previous")) if keys else \
        now.reset_index(drop=True).join(before.reset_index(drop=True), rsuffix="_previous")
    rows = []
    for kpi in kpis:
        part = both[keys].copy()
        part["kpi"], part["label"] = kpi, kpi_info(kpi).label
        part["week_start"] = start
        part["value"] = both[kpi].astype(float)
        part["previous"] = both[f"{kpi}_previous"].astype(float)
        rows.append(part)
    out = pd.concat(rows, ignore_index=True)
    out["change"] = out["value"] - out["previous"]
    out["relative_change"] = out["change"] / out["previous"].where(out["previous"] != 0)
    worse_sign = np.where([kpi_info(k).higher_is_better for k in out["kpi"]], -1.0, 1.0)
    steady = out["change"].abs() <= tolerance * out["previous"].abs()
    out["direction"] = np.select(
        [out["change"].isna(), steady, worse_sign * out["change"] > 0],
        ["no data", "same", "worse"], "better")
    from_zero = np.where(out["change"] > 0, np.inf, 0.0)  # values are never below 0
    score = worse_sign * np.where(out["previous"] == 0, from_zero, out["relative_change"])
    out["sentence"] = [_sentence(row, keys) for row in out.itertuples(index=False)]
    out["_score"] = score
    out = out.sort_values("_score", ascending=False, kind="stable", na_position="last")
    return out.drop(columns="_score").reset_index(drop=True)


def _week_start(dates: pd.Series, week: object) -> pd.Timestamp:
    """The Monday of the chosen week (see week_changes)."""
    if week is None:
        last = dates.max()
        monday = last.normalize() - pd.Timedelta(days=last.weekday())
        return monday if last.weekday() >= 5 else monday - pd.Timedelta(days=7)
    iso = re.fullmatch(r"(\d{4})-?W(\d{1,2})", str(week).strip().upper())
    try:
        day = pd.Timestamp(date.fromisocalendar(int(iso[1]), int(iso[2]), 1) if iso else week)
    except (ValueError, TypeError):
        raise ValueError(BAD_WEEK.format(week=week)) from None
    return day.normalize() - pd.Timedelta(days=day.weekday())


def _sentence(row: Any, keys: list[str]) -> str:
    """One plain sentence for a row of week_changes."""
    group = " · ".join(str(getattr(row, key)) for key in keys) or ALL_GROUPS
    label = row.label if row.label[1:2].isupper() else row.label[0].lower() + row.label[1:]
    if row.direction == "no data":
        return NO_COMPARISON.format(group=group, label=label)
    after = kpi_text(row.kpi, row.value)
    if row.direction == "same":
        return STEADY.format(group=group, label=label, after=after)
    before, extra = kpi_text(row.kpi, row.previous), 0
    while before == after and extra < 3:  # 2.14 % → 2.16 % would read "2.1 % to 2.1 %"
        extra += 1
        before, after = (kpi_text(row.kpi, v, extra) for v in (row.previous, row.value))
    verb = "rose" if row.change > 0 else "fell"
    return CHANGE.format(group=group, label=label, verb=verb, before=before, after=after,
                         direction=row.direction)
