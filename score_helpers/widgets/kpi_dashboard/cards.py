"""The five pillar cards: each pillar's best KPI for the chosen rows, with its light.

    cards = make_cards(rows, dataset.best, targets, usual, dataset.enabling)

A pillar shows the first KPI of kpi.availability.PILLAR_CHOICES the file's columns allow
(the practice data: defect rate, cost per good unit, on-time delivery, absenteeism, LTIFR).
A pillar with none shows no number: the card names the columns that would give it one.
Every value is a ratio of the period's sums (kpi.qcdms_summary with period=None).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from score_helpers import kpi
from score_helpers.kpi import targets as tg

NO_TARGET = "no target"  # the light of a KPI with no target (targets.traffic_light has none)


@dataclass(frozen=True)
class Card:
    """One pillar card: the pillar's KPI for the whole period and its traffic light.

    kpi is None when the file has no KPI of this pillar; `enabling` then names the
    columns that would give it one. green and amber are the thresholds in the KPI's own
    unit (a relative cost target is already multiplied by `usual`, the median weekly cost
    of the chosen rows), None when the KPI has no target.
    """

    pillar: str
    kpi: str | None
    value: float
    light: str          # 'green', 'amber', 'red', 'no data' or NO_TARGET
    green: float | None = None
    amber: float | None = None
    usual: float | None = None
    enabling: tuple[str, ...] = ()

    @property
    def available(self) -> bool:
        """False when the file has no KPI for this pillar."""
        return self.kpi is not None


def period_totals(rows: pd.DataFrame) -> pd.Series | None:
    """Every KPI of these rows over the whole period (ratios of sums), None for no rows."""
    return kpi.qcdms_summary(rows, by=(), period=None).iloc[0] if len(rows) else None


def usual_cost(rows: pd.DataFrame) -> float:
    """The median weekly cost per good unit of these rows (all the data's weeks): the
    baseline a relative cost target multiplies (NaN when there is none)."""
    if rows.empty:
        return math.nan
    weekly = kpi.qcdms_summary(rows, by=(), period="W")
    return float(weekly["cost_per_unit"].median())


def make_cards(rows: pd.DataFrame, best: Mapping[str, str | None],
               targets: Mapping[str, tg.Target], usual: float,
               enabling: Callable[[str], tuple[str, ...]]) -> tuple[Card, ...]:
    """The five pillar cards (Q, C, D, M, S) for these rows."""
    totals = period_totals(rows)
    cards = []
    for pillar in kpi.PILLARS:
        name = best.get(pillar)
        if name is None:
            cards.append(Card(pillar, None, math.nan, "no data", enabling=enabling(pillar)))
            continue
        value = float(totals[name]) if totals is not None else math.nan
        target = targets.get(name)
        if target is None:
            cards.append(Card(pillar, name, value, NO_TARGET))
            continue
        baseline = usual if target.relative else None
        scale = usual if target.relative else 1.0
        light = tg.traffic_light(value, target, baseline=baseline)
        cards.append(Card(pillar, name, value, light, target.green * scale,
                          target.amber * scale, baseline))
    return tuple(cards)
