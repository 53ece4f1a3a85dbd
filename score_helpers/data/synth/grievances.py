"""The grievance log: what workers filed, in their words, and what became of it.

Many descriptions carry personal data on purpose, for the privacy and redaction lesson:
the worker's own name, a mobile number (written in several ways), a supervisor's name,
sometimes an SSS number. Every person is synthetic.

How each grievance was handled (acknowledged when, resolved when, its status and the step
of the escalation path it reached) comes from its own random stream, "grievance_handling",
so the older columns keep their values. Most are acknowledged within three working days,
about one in ten late; resolved ones mostly at the supervisor or EIT/HR, escalations rarer.
The step names are `kpi.grievances.ESCALATION_STEPS` (a test keeps the two the same).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd
from faker import Faker

from score_helpers.data import schema
from score_helpers.data.synth.calendar import holidays_between, working_days
from score_helpers.data.synth.common import (
    END,
    MONTHS,
    START,
    WEEKDAYS,
    Person,
    faker_for,
    make_person,
    mobile_number,
    rng_for,
)
from score_helpers.data.synth.profiles import FACTORIES, minimum_wage

COUNT = 150
STAFF = 120   # workers per factory who might file
FACTORY_SHARE = {"garments": 0.45, "food": 0.25, "electronics": 0.30}
CATEGORY_SHARE = {"wages": 0.20, "overtime": 0.18, "facilities": 0.17, "supervision": 0.15,
                  "scheduling": 0.12, "safety": 0.10, "harassment": 0.08}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "wages": (
        "Kulang po ang sahod ko ngayong cut-off, parang hindi binayaran ang {days} araw.",
        "My pay for the {cutoff} cut-off was short by PHP {amount}. Please check the payroll.",
        "Hindi pa po nahuhulog ang SSS contribution ko since {month}. SSS no. ko {sss}.",
        "Late po ang sahod ng dalawang araw, walang paliwanag.",
        "Holiday pay for {holiday} was not in my payslip.",
        "Bakit po may deduction na PHP {amount} sa payslip ko na hindi ko alam?",
        "Our daily rate is still below the minimum wage of PHP {wage}.",
    ),
    "overtime": (
        "Pinipilit po kaming mag-overtime hanggang {clock} kahit masama ang pakiramdam.",
        "Overtime pay last {weekday} was computed as regular hours.",
        "Hindi po bayad yung {hours} oras na OT namin noong {month}.",
        "We are told about overtime only at the end of the shift, no time to arrange for "
        "the kids.",
        "Sunod-sunod na OT ngayong buwan, pagod na po kami, wala nang pahinga.",
        "OT is only given to the favourites of {sup}.",
    ),
    "facilities": (
        "Walang tubig sa CR ng {line} since {weekday}.",
        "The drinking water dispenser in the canteen has been broken for a week.",
        "Kulang ang upuan sa canteen, sa sahig na kami kumakain.",
        "The lockers are broken and my things were stolen.",
        "Sobrang init sa {line}, sira ang mga electric fan.",
        "Mabaho at walang sabon sa comfort room.",
    ),
    "supervision": (
        "Unfair po ang pagbibigay ng assignment ni {sup}, laging kami ang sa mabigat.",
        "Our line leader does not explain the new quota, we just get scolded.",
        "Walang feedback sa mga suggestion namin sa EIT meeting.",
        "{sup} gives written warnings without asking our side.",
        "May favoritism po si {sup} sa pagbibigay ng day-off.",
    ),
    "scheduling": (
        "Na-schedule po ako sa Saturday kahit naka-file na ang leave ko.",
        "The shift schedule is posted only the night before, hard to plan.",
        "Hindi po inaprubahan ang leave ko para sa {event} kahit maaga akong nag-file.",
        "I was moved to {line} without notice and was not trained on that product.",
        "Pwede po bang magpalit ng rest day, may klase ako tuwing {weekday}.",
    ),
    "safety": (
        "Sira pa rin po ang exhaust fan sa {line}, ang init at ang daming alikabok.",
        "We reported the broken machine guard at {line} three times already, no action.",
        "Walang first aid kit sa {line}.",
        "The floor near {line} is wet every day, someone will get hurt.",
        "Wala pong sapat na gloves at mask para sa lahat.",
    ),
    "harassment": (
        "{sup} keeps shouting at us and calling us names in front of everyone.",
        "May katrabaho po akong paulit-ulit nagko-comment sa itsura ko, hindi na ako "
        "komportable.",
        "Pinapahiya po ako ni {sup} tuwing hindi naaabot ang quota.",
        "I received rude and personal messages from {coworker} on Messenger.",
        "Binabantaan po kami na tatanggalin kapag sumali sa union.",
    ),
}
INTROS = ("Ako po si {name} ng {line}. ", "This is {name} from {line}. ", "Good day po, {name} "
          "po ito. ", "Ako po si {first}, {line}. ")
CONTACTS = (" Pakitext na lang po ako sa {mobile}.", " You can reach me at {mobile}.",
            " Contact no.: {mobile}", " Text me po {mobile} kung may update.")
EVENTS = ("graduation ng anak ko", "binyag ng pamangkin ko", "fiesta sa probinsya",
          "check-up ko sa health center")
SLOT = re.compile(r"\{(\w+)\}")


def _mobile_written(number: str, rng: np.random.Generator) -> str:
    """The same mobile number, written the way people write it."""
    digits = number.replace("-", "")
    forms = (number, digits, f"+63 {digits[1:4]} {digits[4:7]} {digits[7:]}",
             f"{digits[:4]} {digits[4:7]} {digits[7:]}")
    return forms[rng.integers(len(forms))]


def _last_holiday(filed: date) -> str:
    """The name of the last regular holiday before `filed`."""
    before = holidays_between(filed - timedelta(days=400), filed - timedelta(days=1))
    return before[max(before)]


def _describe(category: str, worker: dict, line: str, filed: date, sup: Person,
              coworker: Person, rng: np.random.Generator) -> str:
    template = TEMPLATES[category][rng.integers(len(TEMPLATES[category]))]
    sup_name = (sup.title, sup.name, f"our supervisor {sup.name}", f"Supervisor {sup.last}")
    values = {
        "line": line, "sss": worker["sss_number"], "name": worker["employee_name"],
        "first": worker["employee_name"].split()[0], "sup": sup_name[rng.integers(4)],
        "coworker": coworker.name, "wage": f"{minimum_wage(filed):.0f}",
        "days": str(rng.integers(1, 4)), "amount": f"{rng.integers(3, 40) * 50:,}",
        "cutoff": ("15th", "30th")[rng.integers(2)], "hours": str(rng.integers(4, 17)),
        "month": MONTHS[(filed.month - 2) % 12],
        "holiday": _last_holiday(filed), "clock": f"{rng.integers(8, 11)} pm",
        "weekday": WEEKDAYS[rng.integers(6)], "event": EVENTS[rng.integers(len(EVENTS))],
        "mobile": _mobile_written(worker["mobile_number"], rng),
    }
    text = SLOT.sub(lambda m: values[m.group(1)], template)
    if rng.random() < 0.3:
        text = SLOT.sub(lambda m: values[m.group(1)], INTROS[rng.integers(len(INTROS))]) + text
    if rng.random() < 0.2:
        text += SLOT.sub(lambda m: values[m.group(1)], CONTACTS[rng.integers(len(CONTACTS))])
    return text


def _outcome(category: str, filed: date, rng: np.random.Generator) -> tuple[str, int | None]:
    """Status and days to resolve; recent grievances are more often still open."""
    recent = (END - filed).days < 45
    if rng.random() < (0.6 if recent else 0.04):
        return "open", None
    escalate = 0.30 if category in ("harassment", "wages") else 0.08
    if rng.random() < escalate:
        status, days = "escalated", int(rng.integers(14, 91))
    else:
        status, days = "resolved", int(np.clip(rng.gamma(2.0, 5.0), 1, 60))
    if filed + timedelta(days=days) > END:
        return "open", None
    return status, days


# The escalation path's steps, lowest first (kpi/grievances.py describes them and cites the
# sources); the data layer cannot import kpi, so the names are repeated here.
STEPS = ("supervisor", "eit_hr", "management", "lmc_union", "sena")
ACK_DAYS = (0, 1, 2, 3, 4, 6, 8, 11)            # working days from filing to acknowledgement
ACK_SHARE = (0.22, 0.30, 0.18, 0.10, 0.08, 0.06, 0.04, 0.02)


def _handling(filed: date, old_status: str, days: int | None, workdays: list[date],
              rng: np.random.Generator) -> dict[str, object]:
    """Acknowledged and resolved dates, status and escalation step of one grievance.

    `old_status` and `days` come from `_outcome`: 'escalated' there means it went up the
    path before being resolved; 'open' ones are received (not acknowledged yet),
    acknowledged, or escalated and still waiting; one open for over 90 days was settled
    late (its `days_to_resolve` is drawn here).
    """
    index = workdays.index(filed)
    late = int(ACK_DAYS[rng.choice(len(ACK_DAYS), p=ACK_SHARE)])
    acknowledged = workdays[min(index + late, len(workdays) - 1)]
    pending = rng.random() < 0.5 and (END - filed).days < 30
    late_settled = int(rng.integers(20, 61))
    if old_status == "open" and (END - filed).days > 90:    # an old open case: settled late
        old_status, days = "resolved", late_settled
    if old_status == "open":
        up = rng.random() < 0.3
        step = STEPS[2 + rng.choice(3, p=(0.45, 0.4, 0.15))] if up else STEPS[rng.integers(2)]
        status = "escalated" if up else "acknowledged"
        if not up and (pending or acknowledged >= END):
            return {"days_to_resolve": None, "date_acknowledged": "", "date_resolved": "",
                    "status": "received", "escalation_step": STEPS[0]}
        return {"days_to_resolve": None, "date_acknowledged": acknowledged.isoformat(),
                "date_resolved": "", "status": status, "escalation_step": step}
    resolved = filed + timedelta(days=int(days or 0))
    if old_status == "escalated":
        step = STEPS[2 + rng.choice(3, p=(0.5, 0.4, 0.1))]
    else:
        step = STEPS[rng.choice(3, p=(0.55, 0.4, 0.05))]
    return {"days_to_resolve": days, "date_acknowledged": min(acknowledged, resolved).isoformat(),
            "date_resolved": resolved.isoformat(), "status": "resolved",
            "escalation_step": step}


def _workers(fake: Faker, count: int) -> list[dict]:
    return [{"employee_name": make_person(fake).name, "sss_number": fake.sss(),
             "mobile_number": mobile_number(fake)} for _ in range(count)]


def generate_grievances(seed: int) -> pd.DataFrame:
    """The grievance log of the three factories, numbered GR-<year>-<nnn> in date order."""
    rng = rng_for(seed, "grievances")
    fake = faker_for(seed, "grievances")
    factories = list(FACTORY_SHARE)
    staff = {f: _workers(fake, STAFF) for f in factories}     # some file more than once
    supervisors = {f: [make_person(fake) for _ in range(4)] for f in factories}
    days = working_days(START, END)
    handling = rng_for(seed, "grievance_handling")
    rows = []
    for _ in range(COUNT):
        factory = factories[rng.choice(3, p=list(FACTORY_SHARE.values()))]
        category = list(CATEGORY_SHARE)[rng.choice(7, p=list(CATEGORY_SHARE.values()))]
        filed = days[rng.integers(len(days))]
        worker = staff[factory][rng.integers(STAFF)]
        line = FACTORIES[factory].lines[rng.integers(len(FACTORIES[factory].lines))]
        sup = supervisors[factory][rng.integers(4)]
        coworker = make_person(fake)
        status, resolve = _outcome(category, filed, rng)
        rows.append({"date_filed": filed.isoformat(), "factory": factory, **worker,
                     "category": category,
                     "description": _describe(category, worker, line, filed, sup, coworker, rng),
                     **_handling(filed, status, resolve, days, handling)})
    frame = pd.DataFrame(rows).sort_values("date_filed", kind="stable", ignore_index=True)
    year = frame["date_filed"].str[:4]
    frame["grievance_id"] = "GR-" + year + "-" + (frame.groupby(year).cumcount() + 1).map(
        "{:03d}".format)
    frame["days_to_resolve"] = frame["days_to_resolve"].astype("Int64")
    return frame[[c.name for c in schema.GRIEVANCES]]
