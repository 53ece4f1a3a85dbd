"""datasets/README.md, the data dictionary, rendered from schema.py and the generators, so
the column tables, row counts, holidays and planted errors always match the files."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth import checklists as checklist_module
from score_helpers.data.synth import machines as machine_module
from score_helpers.data.synth import suggestions as suggestion_module
from score_helpers.data.synth.calendar import holidays_between
from score_helpers.data.synth.common import END, START, WEEKDAYS, long_date
from score_helpers.data.synth.defect_causes import CAUSES, FIXES
from score_helpers.data.synth.dictionary_own import own_file_section
from score_helpers.data.synth.production import SHIFT_MINUTES, Calendar
from score_helpers.data.synth.profiles import FACTORIES, MINIMUM_WAGE, OVERTIME_PREMIUM
from score_helpers.data.synth.raw import PlantedError
from score_helpers.formatting import percent

LICENCE = ("[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/); synthetic data, "
           "no real person, company or event")
PURPOSE = {
    "garments_daily": "Daily QCDMS counts per line of the garments factory, 2024-2025.",
    "food_daily": "Daily QCDMS counts per line of the food-processing factory, 2024-2025.",
    "electronics_daily": "Daily QCDMS counts per line of the electronics factory, 2024-2025.",
    "defect_causes": "The defects of the three daily files split by cause, for Pareto "
                     "charts.",
    "garments_daily_raw": "March 2025 of `garments_daily.csv` with typing errors planted, "
                          "for the data-cleaning lesson.",
    "machine_sensors": "Hourly vibration, bearing temperature and motor current of six "
                       "machines over 90 days, for the predictive-maintenance lab.",
    "maintenance_log": "Planned services and breakdown repairs of the same machines.",
    "incident_reports": "Near-miss and incident reports in English and Taglish, labelled "
                        "with a hazard category, for the text-classification lesson.",
    "grievances": "Grievance log with (synthetic) personal data, for the privacy and "
                  "redaction lessons.",
    "safety_checklists": "Daily PPE checks and weekly 5S walks per line, item by item "
                         "(pass, fail, n/a), for the checklist-score lesson.",
    "suggestions": "The garments factory's suggestion box log of 2025 (employee numbers, "
                   "no names), for the Morale KPIs beyond absenteeism and turnover.",
}
MODULE = {
    "garments_daily": "production", "food_daily": "production", "electronics_daily": "production",
    "defect_causes": "defect_causes",
    "garments_daily_raw": "raw", "machine_sensors": "machines", "maintenance_log": "machines",
    "incident_reports": "incidents", "grievances": "grievances",
    "safety_checklists": "checklists", "suggestions": "suggestions",
}
# The Morale pillar's second KPI, after absenteeism and turnover (kpi/grievances.py).
GRIEVANCE_KPIS = [
    "#### Grievance KPIs (Morale)", "",
    "| KPI | pillar | formula | source |", "|---|---|---|---|",
    "| `median_acknowledgement_days` | Morale | median of (date_acknowledged − date_filed), "
    "in days, over acknowledged grievances | ILO Examination of Grievances Recommendation, "
    "1967 (No. 130): grievances examined without delay |",
    "| `acknowledged_within` | Morale | acknowledged within the target days ÷ grievances due "
    "(one not yet acknowledged is due, and late, once the target has passed) | ILO "
    "Recommendation No. 130 |",
    "| `resolution_rate` | Morale | resolved ÷ all grievances (optionally: resolved within "
    "the target days) | ILO Recommendation No. 130; Labor Code of the Philippines, "
    "Art. 273 [260] (grievance machinery and voluntary arbitration) |",
    "| `open_backlog` | Morale | grievances not yet resolved, by status | RA 10396 (2013), "
    "the Single Entry Approach: a case DOLE conciliates within 30 days |",
]
HAZARDS = {
    "slip_trip_fall": "slips, trips and falls, on the level or from stairs",
    "caught_in_machinery": "caught in or between moving parts, missing guards, no lockout",
    "cut_sharp": "cuts and punctures: needles, blades, knives, sharp edges",
    "electrical": "shocks, sparks, exposed wires, overloaded outlets",
    "chemical": "splashes, fumes, spills, unlabelled containers",
    "fire_hot_surface": "burns, hot surfaces and liquids, smoke, fire equipment",
    "ergonomic_manual_handling": "lifting, awkward posture, repetitive work",
    "falling_object": "objects falling from racks, stacks or machines",
    "ppe_noncompliance": "protective equipment missing, broken or not worn",
    "housekeeping": "clutter, blocked aisles and exits, 5S lapses",
    "vehicle_forklift": "forklifts, pallet jacks, trucks, carts",
    "other": "anything else: heat, animals, leaks, power cuts",
}


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def column_table(columns: tuple[schema.Column, ...]) -> list[str]:
    """The `| column | type | unit | meaning |` table of a dataset, straight from schema.py."""
    return _table(("column", "type", "unit", "meaning"),
                  ((f"`{c.name}`", c.type_label, c.unit, c.meaning) for c in columns))


def _intro(frames: dict[str, pd.DataFrame]) -> list[str]:
    rows = [(f"[`{name}.csv`](#{name}csv)", f"{len(frames[name]):,}", PURPOSE[name])
            for name in schema.DATASETS]
    return [
        "# Datasets: the data dictionary", "",
        "Every file here is **synthetic**: made up by a seeded program, describing no real",
        "person, company or event. `score-lab data --seed 2025` writes exactly these files",
        "(byte for byte, on any machine); the code is `score_helpers/data/generate.py` and the",
        "generators in `score_helpers/data/synth/`. Names come from Faker's `en_PH` locale and",
        "lists of common Filipino names; SSS and mobile numbers from Faker's `en_PH`",
        "providers. Any match with a real person or number is chance.", "",
        f"**Licence:** {LICENCE}.", "",
        "CSV conventions: UTF-8, comma-separated, one header row, dates `yyyy-mm-dd`,",
        "timestamps `yyyy-mm-dd HH:MM`, a decimal point, no thousands separators, and an",
        "empty cell for a missing value. Money is in Philippine pesos (PHP).", "",
        *_table(("file", "rows", "what it is for"), rows), "",
    ]


def _factories() -> list[str]:
    rows = []
    for profile in FACTORIES.values():
        products = ", ".join(f"{p.name} ({p.ideal_cycle_time_min:.2f} min)"
                             for p in profile.products)
        rows.append((profile.key, profile.company, profile.location, ", ".join(profile.lines),
                     products, f"{profile.wage_premium:.2f} x minimum wage"))
    wages = "; ".join(f"PHP {amount:.0f} from {long_date(start)}" for start, amount in MINIMUM_WAGE)
    return [
        "## The three factories", "",
        *_table(("factory", "company (fictional)", "location", "lines",
                 "products (ideal cycle time per piece)", "daily rate"), rows), "",
        "All three are in Metro Manila, so the NCR minimum wage for non-agriculture applies:",
        f"{wages} (Wage Orders NCR-24, -25, -26). Food and electronics pay a little above it.",
        "Counts are in pieces: for food a piece is one pack, for electronics one board or",
        "harness. Each line makes one product a week, mostly its main one.", "",
    ]


def _calendar(cal: Calendar) -> list[str]:
    holidays = holidays_between(START, END)
    rows = [(day.isoformat(), WEEKDAYS[day.weekday()],
             name + (" (a Sunday anyway)" if day.weekday() == 6 else ""))
            for day, name in holidays.items()]
    typhoons = ", ".join(d.isoformat() for d, hit in zip(cal.days, cal.typhoon, strict=True)
                         if hit)
    return [
        "## Calendar and how the daily numbers behave", "",
        f"The daily files cover {START} to {END}: {len(cal.days)} working days, Monday to",
        "Saturday, with no rows on Sundays and on the Philippine **regular holidays** below",
        "(Easter computed with the Gregorian algorithm). Eid'l Fitr and Eid'l Adha are",
        "regular holidays too, but their dates are proclaimed each year, so the files keep",
        "rows on them; special non-working days are worked too.", "",
        *_table(("date", "day", "regular holiday"), rows), "",
        "- **Shift:** one 8-hour paid shift; planned time is "
        f"{SHIFT_MINUTES:.0f} minutes (9 hours less a 1-hour lunch and",
        "  two 15-minute breaks) plus overtime of 60-120 minutes on some days.",
        "- **Christmas peak:** September ramps up, October to December run full: more overtime",
        "  and output, a few more defects, lower on-time delivery, extra hires.",
        "- **The EIT effect in 2025:** defects, downtime, absenteeism and injuries fall slowly",
        "  through 2025 while near-miss reports rise (a reporting culture grows).",
        "- **Absences** run higher on Mondays and on the first working day after a payday",
        "  (paydays: the 15th and the 30th).",
        "- **Typhoon days** hit every factory at once (absences, power cuts, late orders):",
        f"  {typhoons}.",
        "- **Labour cost** = workers present x daily rate + overtime hours x daily rate / 8 x"
        f" {OVERTIME_PREMIUM}",
        "  (no work, no pay for absences).",
        "- **Hours worked** = workers present x 8 + overtime hours.",
        "- **Every row is consistent:** defects <= units produced; reworked + scrapped = defects;",
        "  downtime < planned minutes; ideal cycle time x units <= planned - downtime",
        "  (performance <= 100 %); orders on time <= orders due; orders due >= 1; days absent",
        "  <= scheduled worker-days <= headcount; lost-time injuries <= incidents; days lost 0",
        "  without a lost-time injury.",
        "- Each **incident** and **near miss** counted here has its report in",
        "  `incident_reports.csv` (same date, factory, line; the days lost agree).", "",
    ]


def _planted(planted: list[PlantedError]) -> list[str]:
    rows = [(e.row, f"`{e.column}`", f"`{e.in_file}`" if e.in_file else "(blank)",
             f"`{e.clean_value}`", e.problem) for e in planted]
    return [
        "#### The planted errors", "",
        "Row numbers are as a spreadsheet shows them: the header is row 1. Nothing in the file",
        "marks them; every other cell is as in `garments_daily.csv`.", "",
        *_table(("row", "column", "in the file", "clean value", "what is wrong"), rows), "",
    ]


def _machines() -> list[str]:
    rows = [(f"`{m.machine_id}`", m.machine_type, m.factory, m.description, f"{m.power_kw:g} kW",
             f"{m.service_hours} h") for m in machine_module.MACHINES]
    limits = [limit for _, limit, _ in machine_module.ISO_ZONES]
    ranges = [f"below {limits[0]:g}",
              *(f"{a:g} or more, below {b:g}" for a, b in itertools.pairwise(limits[:-1])),
              f"{limits[-2]:g} or more"]
    zones = [(zone, span, meaning)
             for (zone, _, meaning), span in zip(machine_module.ISO_ZONES, ranges, strict=True)]
    return [
        "#### Machines and ISO 10816 zones", "",
        *_table(("machine", "type", "factory", "what it is", "power", "service every"), rows),
        "",
        "Vibration is velocity r.m.s. in mm/s (10-1000 Hz), read against **ISO 10816-1, class I**",
        "(motors up to 15 kW, as all six; replaced by ISO 20816-1 in 2016). An edge value is in",
        "the higher zone (1.8 mm/s is zone C), as for the alert (vibration ≥ limit):", "",
        *_table(("zone", "mm/s RMS", "meaning"), zones), "",
        "Machines run 06:00-22:00, Monday to Saturday (not on holidays or during repairs).",
        "Every hour has a row: when a machine is off, `motor_current_a` is 0, vibration is",
        "background (under 0.1 mm/s) and the bearing cools to room temperature. Running,",
        "vibration and temperature creep up with `run_hours`; a worn bearing adds a steep",
        "rise over the last 50-120 running hours before most breakdowns. A planned service",
        "(on a Sunday, once the interval is reached) or a repair resets `run_hours` and the wear;",
        "a service that falls due while a fault develops is postponed, so the fault runs on.",
        f"{', '.join(machine_module.SUDDEN_BREAKDOWNS)} breaks down with almost no warning, and",
        "a few zone C bumps (a loose belt guard, a heavy order, SEW-01's loose sensor in March)",
        "have no fault behind them: their alerts are false alarms.", "",
    ]


def _defect_causes(causes: pd.DataFrame) -> list[str]:
    totals = causes.groupby(["factory", "cause"])["defects"].sum()
    rows = []
    for factory in CAUSES:
        share = totals[factory] / totals[factory].sum()
        ordered = share.sort_values(ascending=False, kind="stable")
        rows.append((factory, ", ".join(f"{cause} ({percent(value, 0)})"
                                        for cause, value in ordered.items())))
    fixes = []
    for factory, fix in FIXES.items():
        line = causes[(causes["factory"] == factory) & (causes["line"] == fix.line)]
        shares = []
        for start, end in (("2024-01-01", "2024-12-31"), ("2025-10-01", "2025-12-31")):
            period = line[line["date"].between(start, end)]
            cause = period.loc[period["cause"] == fix.cause, "defects"].sum()
            shares.append(percent(cause / period["defects"].sum(), 0))
        fixes.append((factory, fix.line, fix.cause, fix.what, *shares))
    return [
        "For every factory, line and day the causes add up exactly to `defects` in the",
        "daily file (each failed piece counts once, under its main cause); a cause with no",
        "defects that day has no row. Causes and their share of all defects, 2024-2025:", "",
        *_table(("factory", "causes (share of the factory's defects)"), rows), "",
        "The mix differs a little from line to line and drifts from week to week. In 2025",
        "one EIT per factory works on its line's top cause, and that cause's share of the",
        "line's defects falls:", "",
        *_table(("factory", "line", "cause", "what the EIT did", "share in 2024",
                 "share in Oct-Dec 2025"), fixes), "",
    ]


def _dataset_extras(name: str) -> list[str]:
    if name == "incident_reports":
        rows = [(f"`{c}`", HAZARDS[c]) for c in schema.HAZARD_CATEGORIES]
        return ["#### Hazard categories", "", *_table(("hazard_category", "covers"), rows), "",
                "Report types: `near_miss` (nobody hurt), `first_aid`, `recordable` and "
                "`lost_time`. First-aid cases are not counted in the daily files.", "",
                "How the descriptions are written: each one says what happened (one of several",
                "sentence frames per category and report type, in `synth/incident_templates.py`,",
                "filled with hazard words, machines, places and people from",
                "`synth/incident_words.py`), often why (a short stock phrase such as \"walang",
                "guard\"), then some of the noise of real forms: typos, texting shortcuts (kc,",
                "ung, d2), all lower case, a greeting or a \"Pakiayos po\". No two descriptions",
                "are the same. `safety_triage.template_split` holds out whole frames to test the",
                "triage model on phrasings it never saw.", ""]
    if name == "grievances":
        return ["Categories: wages, overtime, safety, harassment, facilities, scheduling,",
                "supervision. A grievance is `received`, then `acknowledged` (the worker is",
                "told it arrived), then `resolved`; while open it may be `escalated` up the",
                "path in `escalation_step` (supervisor, `eit_hr`, management, `lmc_union` for",
                "the labour-management council or the union's grievance machinery, `sena` for",
                "DOLE's Single Entry Approach). A resolved one keeps the step where it was",
                "settled. Open ones leave `date_resolved` and `days_to_resolve` blank. Some",
                "descriptions name the worker, a supervisor or a co-worker, or give a mobile",
                "or SSS number: redact before sending any of it to an AI service.", "",
                *GRIEVANCE_KPIS, ""]
    return []


def render(frames: dict[str, pd.DataFrame], planted: list[PlantedError], cal: Calendar,
           seed: int) -> str:
    """The whole data dictionary as Markdown."""
    lines = [*_intro(frames), *_factories(), *_calendar(cal), "## The files", ""]
    for name, columns in schema.DATASETS.items():
        command = f"`score-lab data --seed {seed}`"
        lines += [
            f"### `{name}.csv`", "", PURPOSE[name], "",
            f"- **Provenance:** synthetic, generated by {command} "
            f"(`score_helpers/data/synth/{MODULE[name]}.py`)",
            f"- **Licence:** {LICENCE}",
            f"- **Rows:** {len(frames[name]):,}", "",
            *column_table(columns), "",
        ]
        if name == "garments_daily_raw":
            lines += _planted(planted)
        if name == "machine_sensors":
            lines += _machines()
        if name == "defect_causes":
            lines += _defect_causes(frames[name])
        if name == "safety_checklists":
            lines += checklist_module.describe(frames[name])
        if name == "suggestions":
            lines += suggestion_module.describe()
        lines += _dataset_extras(name)
    lines += own_file_section(column_table)
    return "\n".join(lines).rstrip("\n") + "\n"
