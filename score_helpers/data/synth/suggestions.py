"""The suggestion box of Tahi Pinoy Apparel (the garments factory), 2025.

The EIT put up a suggestion box on the first working day of 2025. Each slip names the
worker's employee number (about one in ten is left anonymous), the line, what it would
improve and the idea in the worker's words; the EIT writes down the day it answered the
worker (yes, no, or "we will try it") and what became of it.

The story the numbers tell: in the first quarter answers were slow (often more than two
weeks) and few people wrote; from April the EIT answered within a week and posted the ideas
it used on the notice board, and more workers wrote in. A few keen workers write many
slips, so the number of slips is always larger than the number of people who wrote.
Every person is synthetic: employee numbers only, no names.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth.calendar import working_days
from score_helpers.data.synth.common import rng_for

START, END = date(2025, 1, 2), date(2025, 12, 31)
# Workers per line (about the daily headcount of garments_daily in 2025), numbered per line.
ROSTER = {"Line A": 46, "Line B": 42, "Line C": 59}
FIRST_NUMBER = {"Line A": 1001, "Line B": 2001, "Line C": 3001}
SLIPS_PER_QUARTER = (34, 58, 70, 76)
MEDIAN_ANSWER_DAYS = (15.0, 6.0, 5.0, 4.0)      # calendar days, by quarter
ANONYMOUS_SHARE = 0.1
PILLAR_SHARE = {"quality": 0.30, "cost": 0.15, "delivery": 0.10, "morale": 0.25,
                "safety": 0.20}
OUTCOME_SHARE = {"implemented": 0.45, "accepted": 0.20, "not_adopted": 0.35}
STATUSES = ("received", *OUTCOME_SHARE)

IDEAS: dict[str, tuple[str, ...]] = {
    "quality": (
        "Lagyan po ng sample na tama ang tahi sa bawat makina para may basehan kami.",
        "Check the thread tension at the start of each shift, not only when rejects come.",
        "Palitan po agad ang mapurol na karayom, dami pong skipped stitches.",
        "Put a light over the inspection table, hard to see stains on dark fabric.",
        "Sana po may maikling training sa bagong style bago simulan.",
    ),
    "cost": (
        "Gamitin po ang natirang tela sa cutting para sa pockets at facings.",
        "Turn off the fans and lights of the idle line during break.",
        "Ibalik po ang sobrang thread cones sa stockroom, hindi itapon.",
        "Mark the cutting layout with chalk first, less waste of fabric.",
    ),
    "delivery": (
        "Ihanda po ang trims bago dumating ang cut pieces, madalas kaming naghihintay.",
        "Post the shipment dates of the week on the line board.",
        "Sana po may spare na makina para hindi tumigil ang linya kapag may sira.",
    ),
    "morale": (
        "Sana po may upuan na may sandalan sa canteen.",
        "Ayusin po ang electric fan sa Line {line}, sobrang init sa hapon.",
        "Post the OT schedule a day earlier so we can arrange for the kids.",
        "Birthday celebrants of the month, simple merienda lang po.",
        "Dagdagan po ang inuming tubig sa floor, laging ubos pagdating ng hapon.",
    ),
    "safety": (
        "Lagyan po ng guard ang belt ng makina {machine}, malapit sa kamay.",
        "Tape the cords on the floor near Line {line}, someone almost tripped.",
        "Magbigay po ng mask sa cutting area, maalikabok.",
        "Put the first-aid kit where everyone can reach it, it is locked in the office.",
    ),
}


def _roster() -> list[tuple[str, str]]:
    """(employee number, line) of every worker who might write a slip."""
    return [(f"E-{FIRST_NUMBER[line] + n}", line) for line, size in ROSTER.items()
            for n in range(size)]


def _answer(submitted: date, quarter: int, rng: np.random.Generator) -> dict[str, str]:
    """Status and answer date of one slip: received (no answer yet by the end of the year)
    or an outcome answered after a lognormal wait around the quarter's median."""
    wait = int(np.clip(round(rng.lognormal(np.log(MEDIAN_ANSWER_DAYS[quarter]), 0.55)), 1, 60))
    outcome = list(OUTCOME_SHARE)[rng.choice(3, p=list(OUTCOME_SHARE.values()))]
    answered = submitted + timedelta(days=wait)
    if answered > END:
        return {"status": "received", "date_answered": ""}
    return {"status": outcome, "date_answered": answered.isoformat()}


def generate_suggestions(seed: int) -> pd.DataFrame:
    """The suggestion box log of 2025, numbered SG-2025-<nnn> in date order."""
    rng = rng_for(seed, "suggestions")
    roster = _roster()
    keenness = rng.gamma(0.6, 1.0, len(roster))       # a few workers write many slips
    days = working_days(START, END)
    rows = []
    for quarter, slips in enumerate(SLIPS_PER_QUARTER):
        in_quarter = [d for d in days if (d.month - 1) // 3 == quarter]
        for _ in range(slips):
            submitted = in_quarter[rng.integers(len(in_quarter))]
            employee, line = roster[rng.choice(len(roster), p=keenness / keenness.sum())]
            pillar = list(PILLAR_SHARE)[rng.choice(5, p=list(PILLAR_SHARE.values()))]
            idea = IDEAS[pillar][rng.integers(len(IDEAS[pillar]))].format(
                line=line[-1], machine=f"S-{rng.integers(1, 40):02d}")
            rows.append({"date_submitted": submitted.isoformat(), "line": line,
                         "employee_id": "" if rng.random() < ANONYMOUS_SHARE else employee,
                         "pillar": pillar, "suggestion": idea,
                         **_answer(submitted, quarter, rng)})
    frame = pd.DataFrame(rows).sort_values("date_submitted", kind="stable", ignore_index=True)
    frame["suggestion_id"] = "SG-2025-" + (frame.index + 1).map("{:03d}".format)
    return frame[[c.name for c in schema.SUGGESTIONS]]


# The Morale KPIs computed from this log (kpi/suggestions.py), for the data dictionary.
SUGGESTION_KPIS = [
    "#### Suggestion KPIs (Morale)", "",
    "| KPI | pillar | formula | source |", "|---|---|---|---|",
    "| `suggestion_participation` | Morale | workers who wrote at least one named slip in "
    "the period ÷ workers (average headcount) | ILO SCORE Training Module 1, Workplace "
    "Cooperation (suggestion schemes); Imai, *Kaizen* (1986), participation in suggestion "
    "systems |",
    "| `suggestions_answered_within` | Morale | slips answered within the target days ÷ "
    "slips due (one not answered yet is due, and late, once the target has passed) | "
    "ILO SCORE Module 1; Japan Human Relations Association, *Kaizen Teian 1* (1992): "
    "every suggestion gets a quick answer |",
    "| `suggestion_implementation_rate` | Morale | slips implemented ÷ all slips of the "
    "period | Japan Human Relations Association, *Kaizen Teian 1* (1992) |",
]


def describe() -> list[str]:
    """The data dictionary's notes on the suggestion log: statuses, story and KPIs."""
    return ["Statuses: `received` (waiting for an answer), `accepted`, `implemented`,",
            "`not_adopted`. Anonymous slips leave `employee_id` blank: they count as slips,",
            "not as people. Answers were slow in January to March 2025 and within about a",
            "week from April; more workers wrote in once answers came quickly.", "",
            *SUGGESTION_KPIS, ""]
