"""HIRAC helpers: 5×5 rating bands, the keyword-only API, the matrix chart and the worksheet."""

from __future__ import annotations

import dataclasses

import pytest

from score_helpers.plot_style import Chart
from score_helpers.safety import hirac

# Every score the 5×5 matrix can give, with its level (bands 1–4, 5–9, 10–16, 20–25).
EXPECTED_LEVELS = {1: "low", 2: "low", 3: "low", 4: "low", 5: "medium", 6: "medium",
                   8: "medium", 9: "medium", 10: "high", 12: "high", 15: "high", 16: "high",
                   20: "critical", 25: "critical"}


@pytest.mark.parametrize("likelihood", range(1, 6))
@pytest.mark.parametrize("severity", range(1, 6))
def test_every_cell_has_score_and_band(likelihood, severity):
    rating = hirac.risk_rating(likelihood=likelihood, severity=severity)
    assert rating.score == likelihood * severity
    assert rating.level == EXPECTED_LEVELS[rating.score]
    assert rating.action == hirac.ACTIONS[rating.level]


@pytest.mark.parametrize(("likelihood", "severity", "level"), [
    (2, 2, "low"), (1, 5, "medium"),        # 4 | 5
    (3, 3, "medium"), (2, 5, "high"),       # 9 | 10
    (4, 4, "high"), (4, 5, "critical"),     # 16 | 20
    (5, 5, "critical"), (1, 1, "low"),      # the two corners
])
def test_band_boundaries(likelihood, severity, level):
    assert hirac.risk_rating(likelihood=likelihood, severity=severity).level == level


def test_critical_action_says_stop():
    assert "Stop the task" in hirac.risk_rating(likelihood=5, severity=4).action


def test_rating_is_frozen():
    rating = hirac.risk_rating(likelihood=2, severity=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rating.score = 1  # type: ignore[misc]


def test_arguments_are_keyword_only():
    """risk_rating(4, 2) would hide a likelihood/severity swap, so it is refused."""
    with pytest.raises(TypeError):
        hirac.risk_rating(4, 2)  # type: ignore[misc]
    swapped = hirac.risk_rating(likelihood=1, severity=5)
    assert (swapped.likelihood, swapped.severity) == (1, 5)


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"likelihood": 0, "severity": 3}, "likelihood"),
    ({"likelihood": 6, "severity": 3}, "likelihood"),
    ({"likelihood": 3, "severity": 0}, "severity"),
    ({"likelihood": 3, "severity": 6}, "severity"),
    ({"likelihood": "high", "severity": 3}, "likelihood"),
    ({"likelihood": 3, "severity": 2.5}, "severity"),
    ({"likelihood": True, "severity": 3}, "likelihood"),
])
def test_out_of_range_or_wrong_type_names_argument_and_range(kwargs, name):
    with pytest.raises(ValueError, match=rf"^{name} must be a whole number from 1 to 5"):
        hirac.risk_rating(**kwargs)


def test_level_for_rejects_impossible_score():
    with pytest.raises(ValueError, match="1 to 25"):
        hirac.level_for(17)


def test_risk_matrix_chart_returns_chart_with_grid():
    chart = hirac.risk_matrix_chart()
    assert isinstance(chart, Chart)
    assert chart.data.shape == (5, 5)
    assert list(chart.data.index) == [5, 4, 3, 2, 1]
    assert chart.data.loc[5, 5] == 25 and chart.data.loc[1, 1] == 1
    texts = {t.get_text() for t in chart.figure.axes[0].texts}
    assert "25\ncritical" in texts and "1\nlow" in texts
    assert chart._repr_png_()[:4] == b"\x89PNG"


HAZARDS = [
    {"hazard": "Wet floor near washing area", "likelihood": 3, "severity": 2,
     "controls": [("administrative", "Mop schedule and wet-floor sign"), ("PPE", "Safety shoes")]},
    {"hazard": "Unguarded fan belt", "likelihood": 4, "severity": 5,
     "controls": [{"type": "Engineering", "control": "Fixed guard"}, ("ppe", "Gloves")],
     "residual_likelihood": 1, "residual_severity": 5},
    {"hazard": "Needle puncture", "likelihood": 4, "severity": 2, "controls": []},
    {"hazard": "Solvent fumes", "likelihood": 2, "severity": 4,
     "controls": [("substitution", "Water-based glue")]},
]


def test_hirac_table_sorted_by_risk_then_severity():
    table = hirac.hirac_table(HAZARDS)
    assert list(table["Hazard"]) == ["Unguarded fan belt", "Solvent fumes", "Needle puncture",
                                     "Wet floor near washing area"]
    assert list(table["Risk score"]) == [20, 8, 8, 6]
    assert list(table["Risk level"]) == ["critical", "medium", "medium", "medium"]
    assert table.loc[0, "Action"].startswith("Stop the task")


def test_hirac_table_strongest_control_and_residual():
    table = hirac.hirac_table(HAZARDS).set_index("Hazard")
    assert table.loc["Unguarded fan belt", "Strongest control"] == "engineering"
    assert table.loc["Wet floor near washing area", "Strongest control"] == "administrative"
    assert table.loc["Solvent fumes", "Strongest control"] == "substitution"
    assert table.loc["Needle puncture", "Strongest control"] == "none yet"
    assert table.loc["Unguarded fan belt", "Residual score"] == 5
    assert table.loc["Unguarded fan belt", "Residual level"] == "medium"
    assert "Fixed guard (engineering)" in table.loc["Unguarded fan belt", "Controls"]


@pytest.mark.parametrize(("change", "message"), [
    ({"controls": [("training", "Toolbox talk")]}, "not in the hierarchy of controls"),
    ({"controls": ["guard"]}, "pair \\(type, description\\)"),
    ({"likelyhood": 3}, "unknown key\\(s\\) 'likelyhood'"),
    ({"severity": 7}, "severity must be a whole number from 1 to 5"),
    ({"residual_likelihood": 2}, "both residual_likelihood and residual_severity"),
    ({"residual_likelihood": 5, "residual_severity": 5}, "higher than the risk before"),
    ({"hazard": ""}, "write what the hazard is"),
])
def test_hirac_table_validation_names_hazard(change, message):
    bad = [HAZARDS[0], {**HAZARDS[3], **change}]
    with pytest.raises(ValueError, match=message) as caught:
        hirac.hirac_table(bad)
    assert "hazard 2" in str(caught.value)


def test_hirac_table_rejects_empty_and_non_list():
    with pytest.raises(ValueError, match="empty"):
        hirac.hirac_table([])
    with pytest.raises(ValueError, match="list of dicts"):
        hirac.hirac_table(HAZARDS[0])


# --- Procedures are administrative, never engineering (ILO-OSH 2001; NIOSH; DOLE OSHS
# Rule 1200 on machine guarding). Unplugging and lockout-tagout work only when someone does
# them; an interlock that cuts the power when a guard is opened works by itself. ---------

PROCEDURES = ["Unplug before cleaning", "Unplugging the slicer first", "Lockout-tagout",
              "Lock-out of the breaker", "Tagout on the switch", "LOTO, one lock one key",
              "Training on safe cleaning", "Train the cleaners", "Warning sign at the slicer",
              "Signage on the door", "Work permit before cleaning", "Permits for hot work"]
ENGINEERING = ["Interlock: the slicer stops when the hatch is opened", "Fixed guard",
               "Exhaust hood over the table", "Anti-slip mat and a floor drain",
               "Guard designed to stay on"]


@pytest.mark.parametrize("control", PROCEDURES)
def test_a_procedure_listed_as_engineering_is_refused(control):
    hazard = {"hazard": "Slicer starts while being cleaned", "likelihood": 2, "severity": 5,
              "controls": [("engineering", control)]}
    with pytest.raises(ValueError, match="administrative control") as caught:
        hirac.hirac_table([hazard])
    assert "interlock" in str(caught.value)
    assert hirac.procedure_named(control)
    as_admin = {**hazard, "controls": [("administrative", control)]}
    assert hirac.hirac_table([as_admin]).loc[0, "Strongest control"] == "administrative"


@pytest.mark.parametrize("control", ENGINEERING)
def test_engineering_controls_that_work_by_themselves_are_accepted(control):
    assert hirac.procedure_named(control) is None
    hazard = {"hazard": "Moving blade", "likelihood": 3, "severity": 4,
              "controls": [("engineering", control)]}
    assert hirac.hirac_table([hazard]).loc[0, "Strongest control"] == "engineering"


def test_the_procedure_words_named_in_the_docs_are_all_caught():
    for word in hirac.PROCEDURE_WORDS:
        assert hirac.procedure_named(f"{word} before work") is not None, word


def _engineering_texts() -> list[tuple[str, str]]:
    """(file, text) of every control filed under engineering anywhere in the course: the
    ("engineering", "…") pairs of the code and notebooks, and the engineering rows of the
    notebooks' markdown tables."""
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    found = []
    pair = re.compile(r"""\(\s*\\?["']engineering\\?["']\s*,\s*\\?["']([^"'\\]+)""", re.I)
    files = [*(root / "score_helpers").rglob("*.py"), *(root / "modules").glob("*.ipynb"),
             *(root / "solutions").rglob("*.ipynb"), *(root / "apps").glob("*.ipynb")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            text = "\n".join("".join(cell["source"]) for cell in json.loads(text)["cells"])
        found += [(path.name, m) for m in pair.findall(text)]
        found += [(path.name, row) for row in re.findall(r"^\|\s*\**engineering\**\s*\|(.*)$",
                                                         text, flags=re.M | re.I)]
    return found


def test_no_procedure_is_filed_under_engineering_anywhere_in_the_course():
    texts = _engineering_texts()
    assert any(name == "04_safety_checks.ipynb" for name, _ in texts)     # the table is read
    assert any(name == "safety_checks_reports.py" for name, _ in texts)   # the worksheet too
    wrong = [(name, text) for name, text in texts if hirac.procedure_named(text)]
    assert wrong == [], f"procedures listed as engineering controls: {wrong}"


def test_the_module_files_unplugging_and_lockout_under_administrative():
    import json
    import re
    from pathlib import Path

    module = Path(__file__).resolve().parents[1] / "modules" / "04_safety_checks.ipynb"
    text = "\n".join("".join(c["source"]) for c in json.loads(module.read_text())["cells"])
    admin = re.search(r"^\|\s*\**administrative\**\s*\|(.*)$", text, flags=re.M)[1].lower()
    engineering = re.search(r"^\|\s*\**engineering\**\s*\|(.*)$", text, flags=re.M)[1].lower()
    assert "unplugging" in admin and "lockout-tagout" in admin
    assert "interlock" in engineering
