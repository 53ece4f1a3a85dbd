"""The trainer dashboard in real headless Chromium, reading the sample class Voila serves."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from score_helpers.exercises.participant_names import is_sample_name, without_sample_names
from score_helpers.exercises.progress import read_events, slug
from score_helpers.grading.classroom import stuck_participants
from score_helpers.grading.sample_class import QUESTIONS, sample_names, write_sample_class

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000


def event_count(page: object) -> int:
    """The number of events on the status line ("… · 12 participants · 340 events")."""
    text = page.locator(".trainer-status").inner_text()
    match = re.search(r"(\d+) events?\b", text)
    assert match, f"no event count in the status line: {text!r}"
    return int(match.group(1))


def test_dashboard_shows_the_class_and_refreshes_when_someone_gets_unstuck(
        page: object, voila_url: str, voila_progress_dir: Path) -> None:
    # Write the class again with "now" = now: the Voila server may have started long ago.
    write_sample_class(voila_progress_dir)
    # Someone signed in under the course's example name (as "Run All" on an older module 00
    # did): the dashboard must leave the entry out and say so.
    example = {"time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "participant": "Ana Cruz", "module": "00_welcome", "question": "q1",
               "event": "check", "result": "correct", "hint": None}
    (voila_progress_dir / "ana_cruz.jsonl").write_text(
        json.dumps(example, ensure_ascii=False) + "\n", encoding="utf-8")
    stuck = stuck_participants(read_events(voila_progress_dir))
    assert len(stuck) == 1, "the sample class should have exactly one stuck participant"
    name, module, question = stuck.loc[0, ["participant", "module", "question"]]

    page.goto(f"{voila_url}/voila/render/trainer_dashboard.ipynb", timeout=RENDER_TIMEOUT_MS)
    grid = page.locator("table.trainer-grid")
    grid.wait_for(timeout=RENDER_TIMEOUT_MS)
    grid_text = grid.inner_text()
    names = sample_names(12)
    assert not [name for name in names if is_sample_name(name)], "the demo class's own names"
    for participant in names:
        assert participant in grid_text, participant
    assert "Ana Cruz" not in grid_text
    notes = page.locator(".trainer-notes").inner_text()
    assert "Not shown (1 in all): entries under example names (Ana Cruz)" in notes
    assert module in grid_text
    for number in QUESTIONS:
        assert grid.locator("thead th", has_text=re.compile(rf"^{number}$")).count() == 1
    assert grid.locator("td.stuck").count() == 1

    panel = page.locator(".trainer-stuck")
    assert f"{name}: " in panel.inner_text()
    assert f"on {module} {question}" in panel.inner_text()
    assert "Go and help." in panel.inner_text()
    before = event_count(page)
    assert before == len(without_sample_names(read_events(voila_progress_dir))[0])

    solved = {"time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "participant": name,
              "module": module, "question": question, "event": "check", "result": "correct",
              "hint": None}
    with (voila_progress_dir / f"{slug(name)}.jsonl").open("a", encoding="utf-8") as log:
        log.write(json.dumps(solved, ensure_ascii=False) + "\n")
    page.locator(".trainer-refresh").click()
    page.wait_for_function(
        "name => !document.querySelector('.trainer-stuck').innerText.includes(name)",
        arg=name, timeout=30_000)

    assert "Nobody is stuck right now." in panel.inner_text()
    assert event_count(page) == before + 1
    assert grid.locator("td.stuck").count() == 0
    assert "Traceback" not in page.content()
    assert page.js_errors == []


def test_dashboard_explains_an_empty_progress_folder(page: object, voila_url: str) -> None:
    """A folder with no progress gives a plain sentence, not a traceback."""
    page.goto(f"{voila_url}/voila/render/trainer_dashboard.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.locator("table.trainer-grid").wait_for(timeout=RENDER_TIMEOUT_MS)
    folder = page.locator(".trainer-folder input")
    folder.fill("no_such_folder_for_the_dashboard")
    folder.press("Enter")
    note = page.locator(".trainer-notes", has_text="does not exist yet")
    note.wait_for(timeout=30_000)
    assert "no_such_folder_for_the_dashboard" in note.inner_text()
    assert "Traceback" not in page.content()
    assert page.js_errors == []
