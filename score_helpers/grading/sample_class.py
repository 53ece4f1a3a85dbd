"""A synthetic class for demos and tests: progress logs and a matching gradebook.

    from score_helpers.grading.sample_class import write_sample_class
    write_sample_class("demo_progress")   # 12 participants, module 00_welcome, q1..q5

Twelve participants with Filipino names work through 00 · Welcome: some finish quickly,
some struggle and recover, one viewed a solution, one started late, and exactly one is
stuck right now (several "not yet" checks in the last few minutes). The names are
invented; no real person is described.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import pandas as pd

from score_helpers.data import safe_csv
from score_helpers.exercises.progress import COLUMNS, slug
from score_helpers.grading.classroom import QUESTIONS_FILE

MODULE = "00_welcome"
QUESTIONS = ("q1", "q2", "q3", "q4", "q5")
POINTS_PER_QUESTION = 2
GRADES_FILE = "grades.csv"
NAMES = (
    "Analyn Cruz", "Jose Santos", "Maria Clara Reyes", "Juanito dela Paz", "Rosalinda Bautista",
    "Mark Anthony Villanueva", "Kristine Mendoza", "Ramon Garcia", "Liza Aquino",
    "Jerome Ramos", "Maricel Torres", "Niño Castillo",
)
FIRST_NAMES = ("Grace", "Paolo", "Joy", "Rey", "Carmela", "Arnel", "Lourdes", "Danilo")
LAST_NAMES = ("Fernandez", "Navarro", "Dizon", "Flores", "Mercado", "Salazar", "Domingo")
# One participant is stuck; the others cycle through these ways of working.
OTHER_PROFILES = ("strong", "steady", "struggling", "recovered", "strong", "steady",
                  "solution", "late", "struggling", "steady", "strong")


def sample_names(count: int) -> list[str]:
    """`count` distinct invented Filipino names, the same ones every time."""
    extra = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
    names = [*NAMES, *extra]
    if count > len(names):
        raise ValueError(f"The sample class has at most {len(names)} participants.")
    return names[:count]


class _Timeline:
    """One participant's events, written in time order."""

    def __init__(self, name: str, start: pd.Timestamp, rng: random.Random) -> None:
        self.name, self.time, self.rng, self.lines = name, start, rng, []

    def at(self, time: pd.Timestamp) -> _Timeline:
        self.time = time
        return self

    def event(self, question: str, event: str, result: str | None = None,
              hint: int | None = None, minutes: float = 1.0) -> None:
        self.time += pd.Timedelta(seconds=int(minutes * 60 * self.rng.uniform(0.6, 1.4)))
        self.lines.append({"time": self.time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "participant": self.name, "module": MODULE, "question": question,
                           "event": event, "result": result, "hint": hint})

    def solve(self, question: str, wrong: int = 0, hints: int = 0, solution: bool = False,
              finish: bool = True, minutes: float = 3.0) -> None:
        """Read the question, try `wrong` times, ask `hints` hints, then (maybe) get it."""
        if self.rng.random() < 0.3:  # ran check() before typing anything
            self.event(question, "check", "not_attempted", minutes=minutes / 2)
        for attempt in range(wrong):
            self.event(question, "check", "not_yet", minutes=minutes)
            if attempt < hints:
                self.event(question, "hint", hint=attempt + 1, minutes=0.5)
        if solution:
            self.event(question, "solution", minutes=1)
        if finish:
            self.event(question, "check", "correct", minutes=minutes)


def _play(profile: str, line: _Timeline, now: pd.Timestamp) -> None:
    """Write the events of one way of working through q1..q5."""
    rng = line.rng
    if profile == "strong":
        for question in QUESTIONS:
            line.solve(question, wrong=rng.randint(0, 1), minutes=4)
    elif profile == "steady":
        for question in QUESTIONS[:4]:
            wrong = rng.randint(0, 2)
            line.solve(question, wrong=wrong, hints=min(wrong, 1), minutes=5)
    elif profile == "struggling":
        for question in QUESTIONS[:3]:
            line.solve(question, wrong=rng.randint(2, 3), hints=2, minutes=5)
        line.solve("q4", wrong=2, hints=1, finish=False, minutes=4)  # two tries: not stuck yet
    elif profile == "recovered":
        for question in QUESTIONS[:2]:
            line.solve(question, wrong=1, minutes=5)
        line.at(now - pd.Timedelta(minutes=16))
        line.solve("q3", wrong=4, hints=2, minutes=2)  # right after four tries: not stuck
    elif profile == "solution":
        line.solve("q1", minutes=5)
        line.solve("q2", wrong=3, hints=2, solution=True, minutes=5)
        line.solve("q3", wrong=1, minutes=6)
    elif profile == "late":
        line.at(now - pd.Timedelta(minutes=35))
        line.solve("q1", wrong=1, minutes=6)
    elif profile == "stuck":
        line.solve("q1", minutes=5)
        line.solve("q2", wrong=1, minutes=5)
        line.at(now - pd.Timedelta(minutes=12))
        line.solve("q3", wrong=5, hints=2, finish=False, minutes=1.6)


def sample_events(seed: int = 2025, participants: int = 12,
                  now: datetime | pd.Timestamp | None = None) -> list[dict[str, object]]:
    """The sample class's events (dicts like the progress log's lines), in time order."""
    rng = random.Random(seed)
    now = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    now = (now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")).floor("s")
    names = sample_names(participants)
    profiles = ["stuck", *(OTHER_PROFILES[i % len(OTHER_PROFILES)]
                           for i in range(participants - 1))][:participants]
    rng.shuffle(profiles)
    lines: list[dict[str, object]] = []
    for name, profile in zip(names, profiles, strict=True):
        start = now - pd.Timedelta(minutes=rng.randint(80, 110))
        timeline = _Timeline(name, start, random.Random(f"{seed}-{name}"))
        _play(profile, timeline, now)
        latest = now - pd.Timedelta(seconds=30)
        lines += [entry for entry in timeline.lines if pd.Timestamp(entry["time"]) <= latest]
    return sorted(lines, key=lambda entry: str(entry["time"]))


def _gradebook(lines: list[dict[str, object]], names: list[str]) -> tuple[list[dict], list[dict]]:
    solved = {(e["participant"], e["question"]) for e in lines if e["result"] == "correct"}
    grades, questions = [], []
    for index, name in enumerate(names):
        passed = [question in QUESTIONS and (name, question) in solved for question in QUESTIONS]
        timed_out = index == len(names) - 1  # one notebook ran too long: shown honestly
        score = "" if timed_out else sum(passed) * POINTS_PER_QUESTION
        grades.append({"participant": name, "assignment": MODULE, "score": score,
                       "max_score": len(QUESTIONS) * POINTS_PER_QUESTION,
                       "status": "timeout" if timed_out else "graded"})
        if not timed_out:
            questions += [{"participant": name, "assignment": MODULE, "question": question,
                           "points": POINTS_PER_QUESTION * ok, "max_points": POINTS_PER_QUESTION,
                           "passed": ok} for question, ok in zip(QUESTIONS, passed, strict=True)]
    return grades, questions


def write_sample_class(directory: Path | str, seed: int = 2025, participants: int = 12,
                       now: datetime | pd.Timestamp | None = None) -> Path:
    """Write a sample class into `directory` and return the path of its grades.csv.

    One `<name>.jsonl` progress file per participant (overwritten if present), plus
    grades.csv and questions.csv as the grading run writes them. `now` (default: the
    current time) is when the stuck participant is stuck.
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    lines = sample_events(seed=seed, participants=participants, now=now)
    names = sample_names(participants)
    for name in names:
        text = "".join(json.dumps({key: entry[key] for key in COLUMNS}, ensure_ascii=False)
                       + "\n" for entry in lines if entry["participant"] == name)
        (folder / f"{slug(name)}.jsonl").write_text(text, encoding="utf-8")
    grades, questions = _gradebook(lines, names)
    safe_csv.frame_to_csv(pd.DataFrame(grades), folder / GRADES_FILE)
    safe_csv.frame_to_csv(pd.DataFrame(questions), folder / QUESTIONS_FILE)
    return folder / GRADES_FILE
