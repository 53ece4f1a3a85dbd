"""Safety checklists for module 04: the daily PPE check and the weekly 5S walk.

One row per item checked: pass, fail or n/a. The line leader does the PPE check at the
start of every working day (the safety officer on the first working day of the month); a
supervisor, and after the factory's SCORE training an EIT member, walks the line for 5S
on Friday (Saturday when Friday is a holiday). The structure to find:

- each factory's SCORE training month (TRAINING): the chance of a pass rises over the
  three months after it, then stays up;
- the Christmas peak (September ramp-up, October to December full, as in the daily files):
  overtime and rush, so more fails, above all "Aisles and exits clear" (boxes everywhere);
- one line per factory (WORST_LINE) is clearly worse, and skips its check more often;
- one item per checklist fails far more often than the others (the lesson: fix it first);
- some items do not apply every day (n/a), e.g. safety glasses on a line with no soldering;
- missing checks: typhoon days, and a few days (more in the peak) when nobody did it.

Each line draws from its own stream ('checklists/<factory>/<line>'), so adding this
dataset changed no other file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.common import MONTHS, rng_for
from score_helpers.data.synth.production import Calendar
from score_helpers.data.synth.profiles import FACTORIES
from score_helpers.formatting import percent


@dataclass(frozen=True)
class Item:
    """One line of a checklist form: the sentence, how hard it is to keep (a logit offset:
    0 is typical, negative fails more) and the chance it does not apply on a given day."""

    text: str
    ease: float
    not_applicable: float = 0.0


PPE_ITEMS: dict[str, tuple[Item, ...]] = {
    "garments": (
        Item("Safety shoes worn by all", 0.4),
        Item("Finger guards on all machines", -1.9),
        Item("Face masks worn against lint", -0.3),
        Item("Mesh glove at the cutting table", -0.4, 0.35),
        Item("Hair tied, no loose sleeves", 0.2),
    ),
    "food": (
        Item("Hairnet covers all hair", -0.1),
        Item("Gloves changed after every break", -1.7),
        Item("Clean apron worn", 0.3),
        Item("Non-slip boots in the wet area", 0.1),
        Item("Cut-proof glove at the slicer", -0.4, 0.4),
    ),
    "electronics": (
        Item("ESD wrist strap worn and tested", -1.8),
        Item("ESD smock buttoned up", 0.0),
        Item("Safety glasses at soldering", -0.4),
        Item("ESD shoes or heel straps on", 0.2),
        Item("Finger cots on for boards", 0.1),
    ),
}
AISLES = "Aisles and exits clear"
_CLEAN_FLOOR = {
    "garments": "Fabric scraps swept up",
    "food": "Floor dry, no spills or peels",
    "electronics": "Benches free of solder and wire bits",
}
FIVE_S_ITEMS: dict[str, tuple[Item, ...]] = {
    factory: (
        Item(AISLES, 0.5),
        Item("Tools back on the shadow board", -1.4),
        Item("No unneeded items at workstations", -0.3),
        Item(floor, 0.0),
        Item("Floor markings and labels clear", 0.4),
        Item("Red-tagged items dealt with", -0.2, 0.3),
    )
    for factory, floor in _CLEAN_FLOOR.items()
}
# Lines where an item never applies: the wire-harness line does no soldering.
NEVER_APPLIES = {("electronics", "Line B", "Safety glasses at soldering")}

# The month each factory's SCORE training (OSH module) took place, and the worse line.
TRAINING: dict[str, date] = {"garments": date(2025, 2, 1), "food": date(2024, 7, 1),
                             "electronics": date(2025, 5, 1)}
WORST_LINE: dict[str, str] = {"garments": "Line C", "food": "Line B", "electronics": "Line A"}
BASE = {"ppe": 2.0, "5s": 1.8}   # logit of a typical item's pass chance before training
TRAINING_GAIN = 1.4              # logit added once the training has sunk in
RAMP_DAYS = 90                   # days over which the gain builds up
PEAK_DIP = 0.6                   # logit lost in the full peak
AISLES_PEAK_DIP = 1.2            # extra logit lost on the aisles item in the full peak
WORST_LINE_DIP = 0.8
SKIP_CHANCE = 0.05               # chance a line skips a check on an ordinary day
SKIP_PEAK = 0.06                 # extra chance in the full peak
SKIP_WORST_LINE = 0.04

PPE_BY, FIVE_S_BY = "line leader", "EIT member"
MONTHLY_BY, BEFORE_EIT_BY = "safety officer", "supervisor"
COLUMNS = [column.name for column in schema.SAFETY_CHECKLISTS]


def _five_s_days(cal: Calendar) -> np.ndarray:
    """Positions in cal.days of each week's 5S walk: Friday, or Saturday if Friday is off."""
    weeks: dict[int, int] = {}
    for i, (day, week) in enumerate(zip(cal.days, cal.week, strict=True)):
        if day.weekday() == 4 or (day.weekday() == 5 and int(week) not in weeks):
            weeks.setdefault(int(week), i)
    return np.array(sorted(weeks.values()), dtype=int)


def _first_of_month(cal: Calendar) -> np.ndarray:
    months = [(d.year, d.month) for d in cal.days]
    return np.array([i == 0 or months[i] != months[i - 1] for i in range(len(months))])


def _line(factory: str, line: str, cal: Calendar, rng: np.random.Generator) -> pd.DataFrame:
    """Every checklist row of one line."""
    ordinal = np.array([d.toordinal() for d in cal.days])
    ramp = np.clip((ordinal - TRAINING[factory].toordinal()) / RAMP_DAYS, 0.0, 1.0)
    worst = line == WORST_LINE[factory]
    # How well the line keeps its checks this week: a slowly wandering mood.
    week_mood = rng.normal(0.0, 0.35, cal.week[-1] + 1)[cal.week]
    level = (ramp * TRAINING_GAIN - PEAK_DIP * cal.peak - WORST_LINE_DIP * worst + week_mood
             + rng.normal(0.0, 0.1))
    skip = SKIP_CHANCE + SKIP_PEAK * cal.peak + SKIP_WORST_LINE * worst
    done = ~cal.typhoon & (rng.random(len(cal.days)) >= skip)
    first = _first_of_month(cal)

    rows = []
    ppe_days = np.flatnonzero(done)
    ppe_by = np.where(first[ppe_days], MONTHLY_BY, PPE_BY)
    rows.append(_checks("ppe", PPE_ITEMS[factory], ppe_days, ppe_by, level, factory, line,
                        cal, rng))
    five_s = _five_s_days(cal)
    five_s = five_s[rng.random(len(five_s)) >= 1.5 * skip[five_s]]
    five_s_by = np.where(ramp[five_s] > 0, FIVE_S_BY, BEFORE_EIT_BY)
    rows.append(_checks("5s", FIVE_S_ITEMS[factory], five_s, five_s_by, level, factory, line,
                        cal, rng))
    return pd.concat(rows, ignore_index=True)


def _checks(checklist: str, items: tuple[Item, ...], days: np.ndarray, by: np.ndarray,
            level: np.ndarray, factory: str, line: str, cal: Calendar,
            rng: np.random.Generator) -> pd.DataFrame:
    """The rows of one checklist on the given day positions, every item each day."""
    n = len(days)
    frames = []
    for item in items:
        logit = BASE[checklist] + item.ease + level[days]
        if item.text == AISLES:
            logit = logit - AISLES_PEAK_DIP * cal.peak[days]
        passed = rng.random(n) < 1.0 / (1.0 + np.exp(-logit))
        result = np.where(passed, "pass", "fail").astype(object)
        if (factory, line, item.text) in NEVER_APPLIES:
            result[:] = "n/a"
        else:
            result[rng.random(n) < item.not_applicable] = "n/a"
        frames.append(pd.DataFrame({
            "position": days, "order": len(frames),
            "date": [cal.days[i].isoformat() for i in days], "factory": factory, "line": line,
            "checklist": checklist, "item": item.text, "result": result, "checked_by": by,
        }))
    return pd.concat(frames, ignore_index=True)


def generate_checklists(cal: Calendar, seed: int) -> pd.DataFrame:
    """Every checklist row of every line of the three factories, sorted by date, factory,
    line, checklist (ppe first) and the item's place on the form."""
    lines = [_line(key, line, cal, rng_for(seed, f"checklists/{key}/{line}"))
             for key in schema.FACTORIES for line in FACTORIES[key].lines]
    frame = pd.concat(lines, ignore_index=True)
    frame["factory_order"] = frame["factory"].map(schema.FACTORIES.index)
    frame["list_order"] = frame["checklist"].map({"ppe": 0, "5s": 1})
    frame = frame.sort_values(["position", "factory_order", "line", "list_order", "order"],
                              kind="stable", ignore_index=True)
    return frame[COLUMNS]


def describe(frame: pd.DataFrame) -> list[str]:
    """The data dictionary's notes on safety_checklists.csv (Markdown lines), with the
    items of each form and their fail share computed from `frame`."""
    checked = frame[frame["result"] != "n/a"]
    fails = (checked["result"] == "fail").groupby(
        [checked["factory"], checked["checklist"], checked["item"]]).mean()
    lines = [
        "The line leader does the **PPE** check at the start of every working day (the",
        "safety officer on the first working day of each month); the **5S** walk is done",
        "each Friday (Saturday when Friday is a holiday) by a supervisor, and by an EIT",
        "member from the factory's SCORE training month on. A line-day with no check has",
        "no rows: typhoon days, and a few days per line (more in the Christmas peak).",
        "`n/a` means the item did not apply that day (no cutting, no slicing, nothing",
        "red-tagged; the wire-harness line does no soldering); it is not a fail.", "",
        "What to find in it: the score rises over the three months after each factory's",
        "SCORE training month, dips in the Christmas peak (September to December, most",
        "on *Aisles and exits clear*), one line per factory is clearly worse, and one",
        "item per form fails far more often than the rest.", "",
        "| factory | SCORE training | worse line |", "|---|---|---|",
        *(f"| {factory} | {MONTHS[TRAINING[factory].month - 1]} {TRAINING[factory].year} | "
          f"{WORST_LINE[factory]} |" for factory in schema.FACTORIES), "",
        "The items of each form, with the share of their checks that failed (n/a left out):",
        "", "| factory | checklist | item | failed |", "|---|---|---|---|",
    ]
    for factory in schema.FACTORIES:
        for checklist, items in (("ppe", PPE_ITEMS[factory]), ("5s", FIVE_S_ITEMS[factory])):
            lines += [f"| {factory} | {checklist} | {item.text} | "
                      f"{percent(fails[(factory, checklist, item.text)], 0)} |" for item in items]
    return [*lines, ""]
