"""The facilitator guide covers three days, every module, and only commands that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from score_helpers.cli import build_parser
from tests.conftest import REPO

GUIDE = REPO / "trainer" / "facilitator_guide.md"
TEXT = GUIDE.read_text(encoding="utf-8")
MODULES = sorted((REPO / "modules").glob("[0-9][0-9]_*.ipynb"))
SESSION_PARTS = ("**Objectives:**", "**Materials:**", "**Discussion questions:**",
                 "**Common difficulties and how to help:**", "**In the progress dashboard:**")
DAYS = {1: ("00", "02"), 2: ("01", "05"), 3: ("03", "04")}


def sessions() -> dict[str, str]:
    """Session heading → its text, up to the next heading of any level 2 or 3."""
    parts = re.split(r"^(### Session [^\n]+)$", TEXT, flags=re.M)
    return {parts[i]: re.split(r"^#{2,3} ", parts[i + 1], flags=re.M)[0]
            for i in range(1, len(parts), 2)}


def day(number: int) -> str:
    return re.split(r"^## ", TEXT.split(f"## Day {number} ·")[1], flags=re.M)[0]


def test_three_days_each_with_its_modules():
    for number, modules in DAYS.items():
        text = day(number)
        for module in modules:
            assert f"Module {module}" in text, f"day {number} should teach module {module}"


@pytest.mark.parametrize("heading", list(sessions()))
def test_every_session_has_timing_objectives_materials_questions_difficulties_dashboard(heading):
    body = sessions()[heading]
    assert re.search(r"\(about \d+ minutes\)", heading), "say how long the session takes"
    for part in SESSION_PARTS:
        assert part in body, f"{heading}: '{part}' is missing"
    questions = body.split("**Discussion questions:**")[1].split("**Common")[0]
    assert questions.count("\n  - ") >= 2, f"{heading}: give at least two discussion questions"


def test_every_session_is_in_a_day_timetable():
    for heading in sessions():
        number = re.match(r"### Session (\d)\.(\d)", heading)
        assert number, heading
        assert f"Session {number[1]}.{number[2]} ·" in day(int(number[1]))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_every_module_is_linked_with_the_time_its_notebook_gives(path: Path):
    assert f"](../modules/{path.name})" in TEXT, f"link {path.name} from the agenda"
    declared = re.search(r"\*\*Time:\*\* (\d+) minutes", path.read_text(encoding="utf-8"))
    assert declared, f"{path.name} has no '**Time:** N minutes'"
    row = next(line for line in TEXT.splitlines() if f"../modules/{path.name}" in line)
    minutes = [int(m) for m in re.findall(r"(\d+)(?= \+| min)", row.split("|")[-2])]
    assert int(declared[1]) in minutes, f"the agenda gives {minutes} min for {path.name}"


def test_links_resolve():
    for target in re.findall(r"\]\(([^)#]+)\)", TEXT):
        if "://" not in target:
            assert (GUIDE.parent / target).exists(), f"broken link {target}"


def test_the_commands_it_names_exist():
    commands = set(re.findall(r"score-lab (\w+)", TEXT))
    known = set(build_parser()._subparsers._group_actions[0].choices)
    assert commands <= known, f"unknown score-lab commands: {commands - known}"
    makefile = (REPO / "Makefile").read_text()
    for target in set(re.findall(r"`make (\w+)", TEXT)):
        assert re.search(rf"^{target}:", makefile, flags=re.M), f"no 'make {target}'"
    for folder in set(re.findall(r"`exercises/(\d\d_\w+)/`", TEXT)):
        assert (REPO / "exercises" / folder).is_dir(), folder
    assert "SCORE_PROGRESS_DIR" in (REPO / "score_helpers/exercises/progress.py").read_text()
