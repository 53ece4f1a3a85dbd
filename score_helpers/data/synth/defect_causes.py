"""Defects by cause, for the Pareto charts of module 01: each daily row's defects split
among the causes an inspector writes down.

For every factory, line and working day the causes add up exactly to that row's `defects`
in the daily file: the split is one multinomial draw. The mix is Pareto-shaped (two or
three causes make about three quarters of the defects), differs a little from line to
line and drifts from week to week. In 2025 the EIT of one line per factory works on that
line's top cause (FIXES): its weight falls steadily until, by December, it is a third of
what it was, so the other causes take a bigger share of what is left.

Each line draws from its own stream ('defect_causes/<factory>/<line>'), so adding this
dataset changed no other file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.common import rng_for

# Each factory's causes with their typical share of the defects, largest first.
CAUSES: dict[str, tuple[tuple[str, float], ...]] = {
    "garments": (("skipped stitches", 0.36), ("open seams", 0.24), ("broken stitches", 0.15),
                 ("puckering", 0.09), ("stains", 0.07), ("wrong measurement", 0.05),
                 ("loose threads", 0.04)),
    "food": (("underweight pack", 0.42), ("seal leak", 0.30), ("wrong label", 0.12),
             ("burnt or discoloured", 0.10), ("foreign matter", 0.06)),
    "electronics": (("solder bridge", 0.40), ("missing component", 0.25), ("cold joint", 0.17),
                    ("wrong polarity", 0.10), ("scratched casing", 0.08)),
}


@dataclass(frozen=True)
class Fix:
    """An EIT project on one line in 2025 that works on one cause."""

    line: str
    cause: str
    what: str                 # what the team did, for the data dictionary
    remaining: float = 1 / 3  # the cause's weight at the end of 2025, as a share of 2024's


FIXES: dict[str, Fix] = {
    "garments": Fix("Line A", "skipped stitches",
                    "needles changed on a schedule and stitch timing checked every morning"),
    "food": Fix("Line B", "underweight pack",
                "filler scales checked with a test weight each shift"),
    "electronics": Fix("Line A", "solder bridge",
                       "the solder-paste stencil wiped after every ten boards"),
}

LINE_TILT = 0.2        # sd of the log of each line's fixed tilt of the cause weights
WEEKLY_SPREAD = 150.0  # Dirichlet concentration of the week's mix: larger is steadier
COLUMNS = [column.name for column in schema.DEFECT_CAUSES]
_START_2025 = date(2025, 1, 1).toordinal()


def _line(daily: pd.DataFrame, factory: str, line: str,
          rng: np.random.Generator) -> pd.DataFrame:
    """One line's rows: the defects of each day split among the causes."""
    causes = [name for name, _ in CAUSES[factory]]
    base = np.array([share for _, share in CAUSES[factory]])
    weights = base * rng.lognormal(0.0, LINE_TILT, len(base))
    rows = daily[daily["line"] == line]
    ordinal = np.array([date.fromisoformat(d).toordinal() for d in rows["date"]])
    week = (ordinal - 1) // 7    # ordinal 1 (1 January of year 1) is a Monday
    weeks, week_of_day = np.unique(week, return_inverse=True)
    mix = rng.dirichlet(WEEKLY_SPREAD * weights / weights.sum(), size=len(weeks))[week_of_day]
    fix = FIXES[factory]
    if fix.line == line:
        trend = np.clip((ordinal - _START_2025) / 365.0, 0.0, 1.0)
        mix[:, causes.index(fix.cause)] *= 1.0 - (1.0 - fix.remaining) * trend
    mix /= mix.sum(axis=1, keepdims=True)
    counts = rng.multinomial(rows["defects"].to_numpy(), mix)
    frame = pd.DataFrame({
        "date": np.repeat(rows["date"].to_numpy(), len(causes)),
        "factory": factory,
        "line": line,
        "cause": np.tile(causes, len(rows)),
        "defects": counts.ravel(),
    }, columns=COLUMNS)
    return frame[frame["defects"] > 0]


def generate_defect_causes(daily: dict[str, pd.DataFrame], seed: int) -> pd.DataFrame:
    """Defects by cause for every factory (schema order), date, line and cause (CAUSES
    order), from the clean daily frames {factory: frame}. Causes with no defects that
    day have no row."""
    parts = []
    for factory in schema.FACTORIES:
        frame = daily[factory]
        for line in sorted(frame["line"].unique()):
            rng = rng_for(seed, f"defect_causes/{factory}/{line}")
            parts.append(_line(frame, factory, line, rng))
    causes = pd.concat(parts, ignore_index=True)
    rank = {(f, c): i for f, pairs in CAUSES.items() for i, (c, _) in enumerate(pairs)}
    causes["_factory"] = causes["factory"].map(schema.FACTORIES.index)
    causes["_cause"] = [rank[key] for key in zip(causes["factory"], causes["cause"], strict=True)]
    causes = causes.sort_values(["_factory", "date", "line", "_cause"], kind="stable")
    causes = causes[COLUMNS].reset_index(drop=True)
    problems = sum_problems(causes, daily)
    if problems:
        raise AssertionError(f"defect causes do not add up to the daily defects: {problems}")
    return causes


def sum_problems(causes: pd.DataFrame, daily: dict[str, pd.DataFrame]) -> list[str]:
    """Factory, line and day where the causes do not add up to the daily defects."""
    key = ["factory", "line", "date"]
    expected = pd.concat(list(daily.values())).set_index(key)["defects"]
    found = causes.groupby(key)["defects"].sum().reindex(expected.index, fill_value=0)
    wrong = expected.index[(found != expected).to_numpy()]
    return [" / ".join(map(str, row)) for row in wrong[:5]]
