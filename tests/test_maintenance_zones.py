"""One ISO 10816 boundary rule everywhere: code, module, exercises, hints, data dictionary.

The rule: a reading exactly on a zone edge counts in the HIGHER zone, so zone C is
"1.8 mm/s or more" (and below 4.5). The values are vibration velocity r.m.s. in mm/s over
10-1000 Hz, the machines are class I, and ISO 10816-1 has been replaced by ISO 20816-1.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from score_helpers.exercises import predictive_maintenance as exercises
from score_helpers.i18n.fil_exercises_03 import FIL_EXERCISES_03
from score_helpers.maintenance import model as mm
from score_helpers.maintenance import simulator as sim
from tests.conftest import REPO

MODULE = REPO / "modules" / "03_predictive_maintenance.ipynb"
SOLUTION = REPO / "solutions" / "03_predictive_maintenance" / "predictive_maintenance.ipynb"
# Words that put an edge value in the LOWER zone, or leave it unclear: "above 1.8",
# "over 1.8", "up to 1.8", "1.8 - 4.5", "1.8 to 4.5", "itaas ng 1.8", "lampas sa 1.8".
WRONG_EDGE = re.compile(
    r"(above|over|up to|more than|higher than|exceeds?|itaas ng|lampas sa)\s+(0\.71|1\.8|4\.5)"
    r"|(0\.71|1\.8)\s*(-|–|to)\s*(1\.8|4\.5)", re.IGNORECASE)


def notebook_text(path: Path) -> str:
    return "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells)


def exercise_texts() -> dict[str, str]:
    """Every English word a participant of module 03's exercises can read, by place."""
    texts: dict[str, str] = {}
    for q in exercises.QUESTIONS:
        texts[f"{q.question}.title"] = q.title
        for n, hint in enumerate(q.hints, 1):
            texts[f"{q.question}.hint.{n}"] = hint
        texts[f"{q.question}.solution"] = q.solution_text
        for key, message in q.common_mistakes.items():
            texts[f"{q.question}.mistake.{key}"] = message
        for key, option in getattr(q, "options", {}).items():
            texts[f"{q.question}.option.{key}"] = option
        texts[f"{q.question}.prompt"] = getattr(q, "prompt", "")
    return texts


def places() -> dict[str, str]:
    readme = (REPO / "datasets" / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### Machines and ISO 10816 zones")[1].split("\n#### ")[0]
    return {"module": notebook_text(MODULE), "solution": notebook_text(SOLUTION),
            "datasets/README.md": section, **exercise_texts(), **FIL_EXERCISES_03,
            "vibration_zone": sim.vibration_zone.__doc__,
            "threshold_alerts": mm.threshold_alerts.__doc__}


@pytest.mark.parametrize("place", list(places()))
def test_no_text_puts_an_edge_value_in_the_lower_zone(place: str) -> None:
    text = " ".join(places()[place].split())
    found = WRONG_EDGE.search(text)
    assert found is None, f"{place}: {found[0]!r}: say '1.8 mm/s or more' (edge → higher zone)"


def test_module_exercise_and_hint_give_zone_c_the_same_start() -> None:
    module, solution = notebook_text(MODULE), notebook_text(SOLUTION)
    assert "| C | 1.8 or more, below 4.5 |" in module
    assert "**C** 1.8 mm/s or more" in solution
    assert "1.8 mm/s or more" in exercises.q1.hints[1]
    assert "1.8 mm/s or more" in exercises.q2.hints[0]
    assert "counts in the higher zone" in module and "counts in the higher zone" in solution
    assert "higher zone" in exercises.q1.hints[0]
    assert "1.8 mm/s pataas" in FIL_EXERCISES_03["03_predictive_maintenance.q1.hint.2"]


def test_the_module_says_what_the_numbers_are() -> None:
    module = " ".join(notebook_text(MODULE).split())
    for words in ("velocity, r.m.s.", "10–1000 Hz", "class I", "ISO 20816-1 (2016)",
                  "replaced by"):
        assert words in module, words


def test_the_code_follows_the_same_rule() -> None:
    edges = sim.vibration_zone([0.70, 0.71, 1.79, 1.8, 4.49, 4.5]).tolist()
    assert edges == ["A", "B", "B", "C", "C", "D"]
    hours = pd.date_range("2025-01-06 06:00", periods=4, freq="h")
    sensors = pd.DataFrame({"timestamp": hours, "machine_id": "SEW-01",
                            "vibration_mm_s": [1.0, 1.8, 1.8, 1.8], "bearing_temp_c": 40.0,
                            "motor_current_a": 2.0, "run_hours": [1.0, 2.0, 3.0, 4.0]})
    alert = mm.threshold_alerts(sensors, "C", min_hours=3)
    assert alert["zone"].tolist() == ["C"]                 # the alert and its zone agree
    assert mm.ZONE_FLOOR == {"B": 0.71, "C": 1.8, "D": 4.5}


def test_the_checker_catches_the_old_wording() -> None:
    for old in ("Zone C starts above 1.8 mm/s", "C over 1.8 up to 4.5", "| B | 0.71 - 1.8 |",
                "Nagsisimula ang Zone C sa itaas ng 1.8 mm/s"):
        assert WRONG_EDGE.search(old), old
