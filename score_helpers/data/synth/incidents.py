"""Near-miss and incident reports, labelled with a hazard category.

The reports match the daily production files: every near miss, recordable injury and
lost-time injury counted there has its report here (same date, factory and line; the
days lost agree). First-aid cases, which the daily files do not count, are added on top,
some of them in areas outside the lines (warehouse, canteen ...).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from score_helpers.data import schema
from score_helpers.data.synth import incident_templates as frames
from score_helpers.data.synth import incident_words as words
from score_helpers.data.synth.common import faker_for, make_person, rng_for

# How often each hazard is reported, before the factory and report-type adjustments.
BASE_WEIGHT = {
    "slip_trip_fall": 14, "caught_in_machinery": 7, "cut_sharp": 12, "electrical": 6,
    "chemical": 5, "fire_hot_surface": 6, "ergonomic_manual_handling": 11,
    "falling_object": 7, "ppe_noncompliance": 10, "housekeeping": 12, "vehicle_forklift": 6,
    "other": 4,
}
FACTORY_WEIGHT = {
    "garments": {"cut_sharp": 1.8, "ergonomic_manual_handling": 1.3, "housekeeping": 1.3,
                 "chemical": 0.5, "fire_hot_surface": 0.8, "electrical": 0.8},
    "food": {"slip_trip_fall": 1.8, "fire_hot_surface": 1.6, "chemical": 1.4,
             "cut_sharp": 1.2, "caught_in_machinery": 1.2},
    "electronics": {"electrical": 1.8, "chemical": 1.5, "fire_hot_surface": 1.3,
                    "ergonomic_manual_handling": 1.2, "slip_trip_fall": 0.6, "cut_sharp": 0.7},
}
TYPE_WEIGHT = {
    "near_miss": {"housekeeping": 1.6, "ppe_noncompliance": 1.6, "vehicle_forklift": 1.4,
                  "electrical": 1.3, "falling_object": 1.2, "cut_sharp": 0.7,
                  "ergonomic_manual_handling": 0.8},
    "injury": {"housekeeping": 0.2, "ppe_noncompliance": 0.3, "cut_sharp": 1.8,
               "ergonomic_manual_handling": 1.5, "caught_in_machinery": 1.6,
               "fire_hot_surface": 1.4, "slip_trip_fall": 1.3},
}
FIRST_AID_PER_LINE_DAY = 0.03
MIN_PER_CATEGORY = 12
CAUSE_SHARE = 0.7     # reports that also say why it happened
SLOT = re.compile(r"\{(\w+)\}")


def _events(daily: dict[str, pd.DataFrame], rng: np.random.Generator) -> list[dict]:
    """One event per near miss, recordable and lost-time injury of the daily files,
    plus the first-aid cases."""
    events: list[dict] = []
    for factory, frame in daily.items():
        counted = frame[(frame["near_misses"] > 0) | (frame["incidents"] > 0)]
        for row in counted.itertuples(index=False):
            base = {"date": row.date, "factory": factory, "line": row.line}
            events += [{**base, "report_type": "near_miss", "days_lost": 0}
                       for _ in range(row.near_misses)]
            events += [{**base, "report_type": "recordable", "days_lost": 0}
                       for _ in range(row.incidents - row.lost_time_injuries)]
            for days in _split(row.days_lost, row.lost_time_injuries, rng):
                events.append({**base, "report_type": "lost_time", "days_lost": days})
        dates = frame["date"].unique()
        lines = list(frame["line"].unique())
        for _ in range(rng.poisson(FIRST_AID_PER_LINE_DAY * len(frame))):
            where = (str(rng.choice(words.AREAS)) if rng.random() < 0.3
                     else str(rng.choice(lines)))
            events.append({"date": str(rng.choice(dates)), "factory": factory, "line": where,
                           "report_type": "first_aid", "days_lost": 0})
    return events


def _split(total: int, parts: int, rng: np.random.Generator) -> list[int]:
    """Split `total` days lost into `parts` whole numbers of at least 1."""
    if parts <= 1:
        return [int(total)] * parts
    cuts = np.sort(rng.choice(np.arange(1, total), size=parts - 1, replace=False))
    return [int(x) for x in np.diff(np.concatenate(([0], cuts, [total])))]


def _hazards(events: list[dict], rng: np.random.Generator) -> list[str]:
    categories = list(schema.HAZARD_CATEGORIES)
    chosen = []
    for event in events:
        kind = "near_miss" if event["report_type"] == "near_miss" else "injury"
        weights = np.array([BASE_WEIGHT[c] * FACTORY_WEIGHT[event["factory"]].get(c, 1.0)
                            * TYPE_WEIGHT[kind].get(c, 1.0) for c in categories])
        chosen.append(categories[rng.choice(len(categories), p=weights / weights.sum())])
    # Every category must appear a few times for the classifier lesson.
    for category in categories:
        while chosen.count(category) < MIN_PER_CATEGORY:
            common = max(categories, key=chosen.count)
            candidates = [i for i, c in enumerate(chosen)
                          if c == common and events[i]["report_type"] == "near_miss"]
            chosen[int(rng.choice(candidates))] = category
    return chosen


def _line_text(line: str, rng: np.random.Generator) -> str:
    if not line.startswith("Line ") or rng.random() < 0.7:
        return line
    return f"line {line[-1]}" if rng.random() < 0.6 else f"L{line[-1]}"


def _typo(text: str, rng: np.random.Generator) -> str:
    """Swap two letters or drop one, in one longer word."""
    spans = [m.span() for m in re.finditer(r"[A-Za-z]{5,}", text)]
    if not spans:
        return text
    start, end = spans[rng.integers(len(spans))]
    at = int(rng.integers(start + 1, end - 1))
    if rng.random() < 0.5:
        return text[:at] + text[at + 1] + text[at] + text[at + 2:]
    return text[:at] + text[at + 1:]


def _texting(text: str, rng: np.random.Generator) -> str:
    """Some words shortened the way people text: kasi → kc, yung → ung, dito → d2 …"""
    for word, short in words.TEXTING:
        if rng.random() < 0.6:
            text = re.sub(rf"\b{word}\b", short, text)
    return text


def _pick(options: tuple[str, ...], rng: np.random.Generator) -> str:
    return options[rng.integers(len(options))]


def describe(category: str, report_type: str, factory: str, line: str,
             rng: np.random.Generator) -> str:
    """A report text for one event: what happened (a frame of the category with its slots
    filled), sometimes why, where and when, then some of the noise of handwritten forms."""
    kind = "nm" if report_type == "near_miss" else "inj"
    who, whose = words.WHO_TL[rng.integers(len(words.WHO_TL))]
    chosen = {"who": who, "whose": whose, "line": _line_text(line, rng)}

    def fill(match: re.Match[str]) -> str:
        slot = match.group(1)
        if slot not in chosen:
            options = (words.FACTORY[factory].get(slot, ()) + words.COMMON.get(slot, ())
                       + words.HAZARD_WORDS.get(slot, ()))
            chosen[slot] = _pick(options, rng)
        return chosen[slot]

    parts = [SLOT.sub(fill, _pick(frames.TEMPLATES[category][kind], rng))]
    if rng.random() < CAUSE_SHARE:
        parts.append(SLOT.sub(fill, _pick(frames.CAUSES[category], rng)))
    text = " ".join(p[0].upper() + p[1:] for p in parts)
    opener = _pick(words.OPENERS, rng)
    if rng.random() < 0.08:
        opener = words.OPENER_BY_KIND[kind]
    text = opener + text + _pick(words.CLOSERS, rng)
    if rng.random() < 0.3:
        text = _typo(text, rng)
    if rng.random() < 0.2:
        text = _texting(text, rng)
    if rng.random() < 0.12:
        text = text.lower()
    if rng.random() < 0.25:
        text = text.rstrip(".")
    return text


def generate_incidents(daily: dict[str, pd.DataFrame], seed: int) -> pd.DataFrame:
    """The incident reports of every factory, numbered IR-<year>-<nnnn> in date order."""
    rng = rng_for(seed, "incident_reports")
    fake = faker_for(seed, "incident_reports")
    events = _events(daily, rng)
    events.sort(key=lambda e: (e["date"], e["factory"], e["line"], e["report_type"]))
    seen: set[str] = set()
    for event, category in zip(events, _hazards(events, rng), strict=True):
        event["hazard_category"] = category
        for _ in range(30):   # no two reports word for word the same
            text = describe(category, event["report_type"], event["factory"], event["line"], rng)
            if text.lower() not in seen:
                break
        seen.add(text.lower())
        event["description"] = text
        event["reported_by"] = make_person(fake).name
    frame = pd.DataFrame(events)
    year = frame["date"].str[:4]
    number = frame.groupby(year).cumcount() + 1
    frame["report_id"] = "IR-" + year + "-" + number.map("{:04d}".format)
    return frame[[c.name for c in schema.INCIDENT_REPORTS]]
