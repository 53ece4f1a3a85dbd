"""Old module names keep working: notebooks saved before the package was regrouped.

Participants keep their own notebooks after the workshop, and module 05 writes
`from score_helpers.mini_dashboard import build_dashboard` into the dashboard each
participant saves. When score_helpers was regrouped into one package per concern
(`score_helpers.targets` became `score_helpers.kpi.targets`, and so on), every old name
below was kept as an alias of the module that now holds the code, so

    from score_helpers import targets                      # the old way
    from score_helpers.mini_dashboard import build_dashboard

give the very same module objects as the new names. New code uses the new names; this
map only grows when a module moves again (tests/test_compat.py checks every entry).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from types import ModuleType

PACKAGE = "score_helpers"

# old name → new name, both relative to score_helpers; a folder's modules follow it.
OLD_NAMES: dict[str, str] = {
    "_validate": "data.frame_checks",
    "action_plan_draft": "action_plan.draft",
    "action_plan_export": "action_plan.export",
    "ai4i": "maintenance.ai4i",
    "apps_gallery": "widgets.gallery",
    "certificate": "grading.certificate",
    "classroom": "grading.classroom",
    "datasets": "data.generate",
    "deploy_check": "course.deploy_check",
    "doctor": "course.doctor",
    "document_export": "drafting.export",
    "drafting_lessons": "lessons.document_drafting",
    "hirac": "safety.hirac",
    "hirac_suggest": "safety.hirac_suggest",
    "i18n.exercise_strings": "exercises.strings",
    "kpi_lessons": "lessons.kpi_tracking",
    "kpi_summary": "drafting.kpi_summary",
    "llm_serve": "llm.serve",
    "loading": "data.loading",
    "maintenance_cost": "maintenance.cost",
    "maintenance_eval": "maintenance.evaluation",
    "maintenance_lessons": "lessons.predictive_maintenance",
    "maintenance_model": "maintenance.model",
    "maintenance_sim": "maintenance.simulator",
    "maintenance_whatif": "maintenance.whatif",
    "mini_dashboard": "lessons.dashboards_and_action_plan",
    "number_check": "drafting.number_check",
    "offline_model": "llm.offline_model",
    "osh_reports": "safety.osh_reports",
    "plots": "kpi.charts",
    "prompts": "drafting.prompts",
    "review": "drafting.review",
    "safety_checklist": "safety.checklist",
    "safety_checklist_checks": "safety.checklist_checks",
    "safety_frames": "safety.frames",
    "safety_log": "safety.log",
    "safety_log_record": "safety.log_record",
    "safety_report_lessons": "lessons.safety_checks_reports",
    "safety_triage": "safety.triage",
    "safety_triage_lessons": "lessons.safety_checks",
    "safety_weekly": "safety.weekly",
    "sample_class": "grading.sample_class",
    "schema": "data.schema",
    "slides": "course.slides",
    "synth": "data.synth",
    "targets": "kpi.targets",
    "token_cost": "llm.token_cost",
    "welcome_lessons": "lessons.welcome",
    "widgets.dashboard_charts": "widgets.kpi_dashboard.charts",
    "widgets.dashboard_data": "widgets.kpi_dashboard.data",
    "widgets.dashboard_labels": "widgets.kpi_dashboard.labels",
    "widgets.dashboard_parts": "widgets.kpi_dashboard.parts",
    "widgets.dashboard_state": "widgets.kpi_dashboard.state",
    "widgets.dashboard_targets": "widgets.kpi_dashboard.targets",
    "widgets.dashboard_targets_editor": "widgets.kpi_dashboard.targets_editor",
    "widgets.dashboard_view": "widgets.kpi_dashboard.view",
    "widgets.dashboard_worker": "widgets.common.chart_worker",
    "widgets.document_assistant_form": "widgets.document_assistant.form",
    "widgets.document_assistant_labels": "widgets.document_assistant.labels",
    "widgets.document_assistant_view": "widgets.document_assistant.view",
    "widgets.maintenance_simulator_chart": "widgets.maintenance_simulator.chart",
    "widgets.maintenance_simulator_labels": "widgets.maintenance_simulator.labels",
    "widgets.safety_triage_form": "widgets.safety_triage.form",
    "widgets.safety_triage_labels": "widgets.safety_triage.labels",
    "widgets.safety_triage_view": "widgets.safety_triage.view",}


def new_name(fullname: str) -> str | None:
    """The current dotted name of an old module name ('score_helpers.targets' →
    'score_helpers.kpi.targets'), or None when the name did not move."""
    if not fullname.startswith(PACKAGE + "."):
        return None
    parts = fullname[len(PACKAGE) + 1:].split(".")
    for end in range(len(parts), 0, -1):
        moved = OLD_NAMES.get(".".join(parts[:end]))
        if moved:
            return ".".join([PACKAGE, moved, *parts[end:]])
    return None


class OldNameFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports an old module name as the module that now holds its code (same object)."""

    def find_spec(self, fullname: str, path: object = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        """A spec for old names only; every other import goes on as usual."""
        if new_name(fullname) is None:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        """The module under its new name, imported if needed."""
        return importlib.import_module(new_name(spec.name) or spec.name)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module was run under its new name."""


def install() -> None:
    """Put the finder first on sys.meta_path, once."""
    if not any(isinstance(finder, OldNameFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, OldNameFinder())
