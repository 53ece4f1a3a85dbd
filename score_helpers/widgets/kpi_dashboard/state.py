"""The KPI dashboard without widgets: what to show for a dataset, lines, weeks and targets.

    state = DashboardState("garments")
    state.set_lines(["Line A"])
    view = state.view()            # the chosen rows, weekly KPIs and the five cards
    [card.value for card in view.cards]

Every number comes from kpi.qcdms_summary (ratio of sums). Tests use this module
directly; kpi_dashboard.py only wires it to widgets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from score_helpers import data, kpi
from score_helpers.data import safe_csv
from score_helpers.kpi import targets as tg
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard import targets as dt
from score_helpers.widgets.kpi_dashboard.labels import text

DEFAULT_WEEKS = 13
WEEK = pd.Timedelta(days=7)


@dataclass(frozen=True)
class Selection:
    """The lines and the weeks (Monday of the first and of the last week) chosen."""

    lines: tuple[str, ...]
    first_week: pd.Timestamp
    last_week: pd.Timestamp


@dataclass(frozen=True)
class Card:
    """One pillar card: the headline KPI for the whole period and its traffic light.

    green and amber are the thresholds in the KPI's own unit (a relative cost target is
    already multiplied by `usual`, the median weekly cost of the chosen lines).
    """

    pillar: str
    kpi: str
    value: float
    light: str          # 'green', 'amber', 'red' or 'no data' (targets.traffic_light)
    green: float
    amber: float
    usual: float | None
    available: bool     # False when an uploaded file lacks the KPI's columns


@dataclass(frozen=True)
class View:
    """Everything the dashboard shows for one choice; nothing in it changes afterwards."""

    dataset: dd.Dataset
    selection: Selection
    daily: pd.DataFrame         # the chosen lines and weeks, day by day
    weekly: pd.DataFrame        # qcdms_summary of those rows per week, lines added up
    cards: tuple[Card, ...]
    usual_cost: float
    targets: Mapping[str, tg.Target]


@dataclass(frozen=True)
class Notice:
    """A message for the page: kind 'info', 'warning' or 'error', a sentence, a detail."""

    kind: str
    text: str
    detail: str = ""


def default_selection(dataset: dd.Dataset, weeks: int = DEFAULT_WEEKS) -> Selection:
    """All lines and the last `weeks` weeks of the data."""
    return Selection(dataset.lines, dataset.weeks[-weeks:][0], dataset.weeks[-1])


def filter_daily(dataset: dd.Dataset, selection: Selection) -> pd.DataFrame:
    """The daily rows of the chosen lines, from the first Monday to the last Sunday."""
    daily = dataset.daily
    chosen = (daily["line"].isin(selection.lines) & (daily["date"] >= selection.first_week)
              & (daily["date"] < selection.last_week + WEEK))
    return daily[chosen]


def usual_cost(dataset: dd.Dataset, lines: Iterable[str]) -> float:
    """The median weekly cost per good unit of these lines over all the data's weeks: the
    baseline a relative cost target multiplies (NaN when there is none)."""
    weekly = dataset.weekly_by_line[dataset.weekly_by_line["line"].isin(list(lines))]
    sums = weekly.groupby("period_start")[["total_cost_php", "good_units"]].sum()
    if sums.empty:
        return math.nan
    return float(kpi.cost_per_unit(sums["total_cost_php"], sums["good_units"]).median())


def make_cards(daily: pd.DataFrame, targets: Mapping[str, tg.Target], usual: float,
               missing: Iterable[str] = ()) -> tuple[Card, ...]:
    """The five pillar cards: each headline KPI as a ratio of the period's sums
    (kpi.qcdms_summary with period=None), with its traffic light."""
    totals = kpi.qcdms_summary(daily, by=(), period=None).iloc[0] if len(daily) else None
    cards = []
    for pillar, name in tg.HEADLINE_KPIS.items():
        target, available = targets[name], name not in set(missing)
        value = float(totals[name]) if totals is not None and available else math.nan
        scale = usual if target.relative else 1.0
        light = tg.traffic_light(value, target, baseline=usual if target.relative else None)
        cards.append(Card(pillar, name, value, light, target.green * scale,
                          target.amber * scale, usual if target.relative else None,
                          available))
    return tuple(cards)


def make_view(dataset: dd.Dataset, selection: Selection,
              targets: Mapping[str, tg.Target]) -> View:
    """Filter once, summarise once: the view for this dataset, selection and targets."""
    daily = filter_daily(dataset, selection)
    weekly = kpi.qcdms_summary(daily, by=(), period="W") if len(daily) else pd.DataFrame()
    usual = usual_cost(dataset, selection.lines)
    cards = make_cards(daily, targets, usual, dataset.missing)
    return View(dataset, selection, daily, weekly, cards, usual, dict(targets))


def kpi_table(view: View) -> pd.DataFrame:
    """The weekly KPIs of each chosen line (the table behind the CSV download)."""
    selection, weekly = view.selection, view.dataset.weekly_by_line
    rows = weekly[weekly["line"].isin(selection.lines)
                  & weekly["period_start"].between(selection.first_week, selection.last_week)]
    table = rows.rename(columns={"period_start": "week_start"})
    table = table.assign(week_start=table["week_start"].dt.strftime("%Y-%m-%d"))
    for name in view.dataset.missing:
        table[name] = math.nan
    first = ["week_start", "line", *tg.HEADLINE_KPIS.values()]
    return table[first + [c for c in table.columns if c not in first]].reset_index(drop=True)


def kpi_table_csv(view: View) -> bytes:
    """The KPI table as CSV bytes, with the UTF-8 mark Excel needs to read accents; no
    cell runs as a formula (data.safe_csv)."""
    return str(safe_csv.frame_to_csv(kpi_table(view))).encode("utf-8-sig")


def week_changes(view: View) -> pd.DataFrame | None:
    """targets.week_changes for the chosen lines, line by line: the latest full week of
    the period against the week before; None when the period has fewer than two weeks."""
    if view.daily.empty or view.selection.last_week <= view.selection.first_week:
        return None
    names = [name for name in tg.HEADLINE_KPIS.values() if name not in view.dataset.missing]
    try:
        return tg.week_changes(view.daily, by="line", kpi_columns=names)
    except ValueError:  # the latest full week is not in the period
        return None


def pareto_causes(view: View) -> pd.DataFrame | None:
    """Defects by cause for the chosen lines and weeks, or None when the data have none."""
    causes = view.dataset.causes()
    if causes is None:
        return None
    selection = view.selection
    chosen = (causes["line"].isin(selection.lines) & (causes["date"] >= selection.first_week)
              & (causes["date"] < selection.last_week + WEEK))
    return causes[chosen]


class DashboardState:
    """The dashboard's data, choice, targets and language, and the view they give."""

    def __init__(self, profile: str = "garments", lang: str = "en",
                 targets_file: str | None = None) -> None:
        self.lang = lang
        self.targets_file = dt.targets_path() if targets_file is None else Path(targets_file)
        self.targets, self.targets_problem = dt.load_targets(self.targets_file)
        self._targets_stamp = dt.file_stamp(self.targets_file)
        self.dataset = dd.bundled(profile)
        self.selection = default_selection(self.dataset)
        self._view: View | None = None

    def text(self, key: str, **values: object) -> str:
        """A label in the current language."""
        return text(self.lang, key, **values)

    def targets_notice(self) -> Notice:
        """Where the targets come from: the saved file, or the defaults (and why)."""
        if self.targets_problem:
            return Notice("warning", self.text("targets_bad_file", problem=self.targets_problem))
        if self.targets_file.is_file():
            return Notice("info", self.text("targets_loaded", path=self.targets_file))
        return Notice("info", self.text("targets_default"))

    def view(self) -> View:
        """The view for the current choice (computed once per change)."""
        if self._view is None:
            self._view = make_view(self.dataset, self.selection, self.targets)
        return self._view

    def _changed(self) -> None:
        self._view = None

    def choose_profile(self, profile: str) -> None:
        """Show a bundled profile: all its lines, its last 13 weeks."""
        self.dataset = dd.bundled(profile)
        self.selection = default_selection(self.dataset)
        self._changed()

    def upload(self, file: str, content: bytes | memoryview) -> Notice:
        """Use an uploaded file; on any problem keep the data shown and say what is wrong."""
        try:
            dataset = dd.read_upload(file, content)
        except dd.UploadTooBigError as error:
            return Notice("error", self.text("upload_too_big", file=file, size=error.megabytes,
                                             limit=dd.MAX_UPLOAD_MB))
        except (data.DataError, ValueError) as error:
            return Notice("error", self.text("upload_failed", file=file), str(error))
        self.use_dataset(dataset)
        dates = dataset.daily["date"]
        notes = [self.text("upload_loaded", file=file, rows=len(dataset.daily),
                           lines=len(dataset.lines), first=week_label(dates.min()),
                           last=week_label(dates.max()))]
        if dataset.missing:
            names = ", ".join(self.text(f"kpi_{name}") for name in dataset.missing)
            notes.append(self.text("missing_columns", kpis=names))
        if dataset.causes_problem:
            notes.append(self.text("causes_problem"))
            return Notice("warning", " ".join(notes), dataset.causes_problem)
        return Notice("warning" if dataset.missing else "info", " ".join(notes))

    def use_dataset(self, dataset: dd.Dataset) -> None:
        """Show this dataset: all its lines, its last 13 weeks."""
        self.dataset = dataset
        self.selection = default_selection(dataset)
        self._changed()

    def set_lines(self, lines: Iterable[str]) -> bool:
        """Choose lines; False (and nothing changes) when none of the data's lines is given."""
        chosen = tuple(line for line in self.dataset.lines if line in set(lines))
        if not chosen:
            return False
        if chosen != self.selection.lines:
            self.selection = replace(self.selection, lines=chosen)
            self._changed()
        return True

    def set_weeks(self, first: pd.Timestamp, last: pd.Timestamp) -> None:
        """Choose the weeks by the Monday of the first and of the last one."""
        first, last = sorted((pd.Timestamp(first), pd.Timestamp(last)))
        if (first, last) != (self.selection.first_week, self.selection.last_week):
            self.selection = replace(self.selection, first_week=first, last_week=last)
            self._changed()

    def set_target(self, name: str, green: float, amber: float) -> str | None:
        """Change one KPI's target from the editor's numbers; a message if they cannot be."""
        try:
            target = dt.target_from_editor(name, green, amber, self.targets[name].relative)
        except dt.TargetInputError as error:
            return self.text(error.key, label=self.text(f"kpi_{name}"))
        if target != self.targets[name]:
            self.targets = {**self.targets, name: target}
            self._changed()
        return None

    def reset_targets(self) -> None:
        """Go back to targets.DEFAULT_TARGETS (the file is untouched until Save)."""
        self.targets = dict(tg.DEFAULT_TARGETS)
        self._changed()

    def save_targets(self) -> Notice:
        """Write the targets to the targets file; say where, or why not."""
        try:
            path = dt.save_targets(self.targets, self.targets_file)
        except OSError as error:
            return Notice("error", self.text("targets_save_failed", path=self.targets_file,
                                             why=error.strerror or error))
        self._targets_stamp = dt.file_stamp(path)
        return Notice("info", self.text("targets_saved", path=path))

    def reload_targets(self) -> bool:
        """Read the targets file again if it changed since it was read; True if it did."""
        if dt.file_stamp(self.targets_file) == self._targets_stamp:
            return False
        self.targets, self.targets_problem = dt.load_targets(self.targets_file)
        self._targets_stamp = dt.file_stamp(self.targets_file)
        self._changed()
        return True


def week_label(day: pd.Timestamp) -> str:
    """'6 Oct 2025': day, short month, year (the same in both languages)."""
    return f"{day.day} {day:%b %Y}"
