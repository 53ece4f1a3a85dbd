"""score_helpers.safety gathers the module 04 tools; the docstring's example runs as written."""

from __future__ import annotations

import importlib

from score_helpers import data, safety


def test_every_name_is_the_tool_itself():
    for name in safety.__all__:
        tool = getattr(safety, name)
        home = getattr(tool, "__module__", None)
        if home:   # functions and classes: the object of their own module, not a copy
            assert getattr(importlib.import_module(home), name) is tool, name


def test_the_docstring_example_runs():
    reports = data.load("incident_reports")
    model = safety.train_triage()
    triage = model.classify("Muntik maipit ang daliri sa sewing machine, walang guard")
    assert triage.category == "caught_in_machinery"
    assert safety.risk_rating(likelihood=2, severity=5).level == "high"
    wair = safety.wair_summary(reports, "2024-03", factory="food")
    assert "Type of case" in wair.columns
    rates = safety.aedr_rates(reports, hours_worked=1_250_000, year=2024, factory="food")
    assert len(rates) == 1
    scores = safety.checklist_scores(data.load("safety_checklists"), checklist="ppe")
    assert scores["score"].between(0, 100).all()
