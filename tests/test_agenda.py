"""The course follows the 3-day agenda, and the facilitator guide's minutes add up.

The agenda (which module on which day, in which order) is the facilitator guide's table
"The three days at a glance". From it:
- every module's "Keep going" cell sends the participant to the next module of the agenda,
  and only the last module of day 3 says it is the last;
- every session's time plan adds up to the minutes in its heading and to the gap in its
  day's timetable; every module's notebook minutes and its exercises' minutes are planned
  exactly once, and where a notebook gives minutes per section, the sections a session
  covers add up to what the guide plans for them.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import nbformat
import pytest

from tests.conftest import REPO
from tests.test_facilitator_guide import TEXT, day, sessions

MODULES = {path.name[:2]: path for path in sorted((REPO / "modules").glob("[0-9][0-9]_*.ipynb"))}
GLANCE = TEXT.split("## The three days at a glance")[1].split("\n## ")[0]
AGENDA = [link[:2] for row in GLANCE.splitlines() if row.startswith("| ")
          for link in re.findall(r"\]\(\.\./modules/(\d\d_\w+)\.ipynb\)", row)]
NEXT = dict(itertools.pairwise(AGENDA))
PLAN_ITEM = re.compile(r"^(?P<what>.+?),\s*(?P<minutes>\d+)\s*min$")
SECTION_RANGE = re.compile(r"sections? (\d+)(?:[–-](\d+))?")


def keep_going(number: str) -> str:
    return nbformat.read(MODULES[number], as_version=4).cells[-1].source


def stated_minutes(path: Path) -> int:
    found = re.search(r"\*\*Time:\*\* (\d+) minutes", path.read_text(encoding="utf-8"))
    assert found, f"{path.name} states no '**Time:** N minutes'"
    return int(found[1])


def sections_of(number: str) -> dict[int, int | None]:
    """Numbered section ('## N. …') → its '(N min)', or None where the heading gives none."""
    found: dict[int, int | None] = {}
    for cell in nbformat.read(MODULES[number], as_version=4).cells:
        first = cell.source.splitlines()[0] if cell.cell_type == "markdown" and cell.source else ""
        heading = re.match(r"## (\d+)\. (?:.*\((\d+) min\)\s*$)?", first)
        if heading:
            found[int(heading[1])] = int(heading[2]) if heading[2] else None
    return found


def timetable(number: int) -> dict[str, int]:
    """Session 'N.M' → its minutes in the day's timetable (the gap to the next row)."""
    rows = re.findall(r"^\| (\d{1,2}):(\d\d) \| (.+?) \|$", day(number), flags=re.M)
    starts = [(int(h) * 60 + int(m), label) for h, m, label in rows]
    assert starts == sorted(starts, key=lambda row: row[0]), f"day {number}: times go back"
    assert starts[-1][0] <= 17 * 60, f"day {number} runs past 17:00"
    gaps = {}
    for (start, label), (end, _) in itertools.pairwise(starts):
        session = re.match(r"Session (\d\.\d) ·", label)
        if session:
            gaps[session[1]] = end - start
    return gaps


def plan(heading: str) -> list[tuple[str, int]]:
    """The '**Time plan:**' items of a session: (what, minutes)."""
    body = sessions()[heading]
    line = re.search(r"\*\*Time plan:\*\* (.+)", body)
    assert line, f"{heading}: add a '**Time plan:**' line"
    items = []
    for item in line[1].split(" · "):
        found = PLAN_ITEM.match(item.strip().rstrip("."))
        assert found, f"{heading}: write each time-plan item as 'what, N min', not {item!r}"
        items.append((found["what"], int(found["minutes"])))
    return items


def test_the_agenda_has_every_module_once_in_day_order():
    assert sorted(AGENDA) == sorted(MODULES), AGENDA
    assert AGENDA == ["00", "02", "01", "05", "03", "04"]


@pytest.mark.parametrize("number", list(NEXT))
def test_keep_going_sends_to_the_next_module_of_the_agenda(number: str):
    text = keep_going(number)
    first = re.search(r"\]\((\d\d)_\w+\.ipynb\)", text)
    assert first, f"module {number}'s 'Keep going' links no module"
    assert first[1] == NEXT[number], (f"module {number} should send to {NEXT[number]} first "
                                      f"(the agenda's order), not {first[1]}")
    assert "last module" not in text.lower(), f"module {number} is not the last of the agenda"


def test_only_the_last_module_says_it_is_the_last():
    last = keep_going(AGENDA[-1])
    assert "last module" in last.lower()
    assert "certificate" in last.lower()


@pytest.mark.parametrize("heading", list(sessions()))
def test_each_session_plan_adds_up_to_its_heading_and_its_timetable_slot(heading: str):
    number = re.match(r"### Session (\d)\.(\d)", heading)
    minutes = int(re.search(r"\(about (\d+) minutes\)", heading)[1])
    assert sum(m for _, m in plan(heading)) == minutes, f"{heading}: the plan adds up to " \
        f"{sum(m for _, m in plan(heading))} min"
    slot = timetable(int(number[1]))[f"{number[1]}.{number[2]}"]
    assert slot == minutes, f"{heading}: the day's timetable gives it {slot} min"


def planned(kind: str) -> dict[str, list[tuple[str, int]]]:
    """Module number → the plan items of that kind ('module' or 'exercises')."""
    found: dict[str, list[tuple[str, int]]] = {}
    for heading in sessions():
        for what, minutes in plan(heading):
            item = re.match(rf"{kind} (\d\d)\b", what, flags=re.I)
            if item:
                found.setdefault(item[1], []).append((what, minutes))
    return found


@pytest.mark.parametrize("number", sorted(MODULES))
def test_each_module_is_planned_for_the_minutes_it_states(number: str):
    items = planned("module").get(number, [])
    assert sum(m for _, m in items) == stated_minutes(MODULES[number]), (
        f"the guide plans {sum(m for _, m in items)} min of module {number}")
    sections = sections_of(number)
    per_section = {s: m for s, m in sections.items() if m is not None}
    covered: list[int] = []
    for what, minutes in items:
        span = SECTION_RANGE.search(what)
        if not span:
            assert len(items) == 1, f"module {number} is split: name the sections of {what!r}"
            continue
        first, last = int(span[1]), int(span[2] or span[1])
        covered += range(first, last + 1)
        if len(per_section) == len(sections):
            wanted = sum(per_section[s] for s in range(first, last + 1))
            assert minutes == wanted, f"{what}: the notebook gives those sections {wanted} min"
    if covered:
        assert sorted(covered) == sorted(sections), (
            f"module {number}: plan every section once; planned {sorted(covered)}, "
            f"the notebook has {sorted(sections)}")


@pytest.mark.parametrize("number", sorted(MODULES))
def test_each_module_exercises_are_planned_once_for_their_stated_minutes(number: str):
    items = planned("exercises").get(number, [])
    assert len(items) == 1, f"plan exercises {number} once, found {items}"
    notebook = next((REPO / "solutions").glob(f"{number}_*/*.ipynb"))
    assert items[0][1] == stated_minutes(notebook), f"exercises {number}: {notebook.name} says"
