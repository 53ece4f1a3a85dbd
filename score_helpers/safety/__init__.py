"""AI-powered safety checks in one place: the front door to module 04's tools.

    from score_helpers import data, safety
    reports = data.load("incident_reports")
    model = safety.train_triage()                          # 1. triage (TF-IDF + logistic)
    print(model.classify("Muntik maipit ang daliri sa sewing machine, walang guard"))
    print(safety.risk_rating(likelihood=2, severity=5))     # 2. HIRAC 5×5
    safety.wair_summary(reports, "2024-03", factory="food") # 3. DOLE's WAIR and AEDR
    safety.aedr_rates(reports, hours_worked=1_250_000, year=2024, factory="food")
    safety.checklist_scores(data.load("safety_checklists"), checklist="ppe")  # 4. PPE / 5S

Each tool lives in its own small module of this package; this file only gathers them:
1. triage:     triage (the model), hirac_suggest (a first rating to confirm);
2. HIRAC:      hirac (risk_rating, risk_matrix_chart, hirac_table);
3. reporting:  osh_reports (wair_summary, aedr_rates, rates per 1,000,000 hours via kpi),
               time_charges (the days charged for a death or a permanent disability),
               weekly (the weekly summary), log and log_record (the app's crash-safe log),
               register (a factory's own register triaged in bulk, to confirm row by row);
4. checklists: checklist (score = passed ÷ (passed + failed) × 100, n/a left out) and
               checklist_checks (a factory's own checklist file, checked);
   frames holds the input checks every table here shares.
It builds on data and kpi; it knows no widget, exercise or grading code.
The AI suggests; the safety officer and the OSH committee decide.
"""

from __future__ import annotations

from score_helpers.safety.checklist import (
    checklist_scores,
    checklist_trend,
    checklist_trend_chart,
    item_failures,
    load_checklists,
)
from score_helpers.safety.hirac import hirac_table, risk_matrix_chart, risk_rating
from score_helpers.safety.hirac_suggest import suggest_rating
from score_helpers.safety.log import append_report, read_log
from score_helpers.safety.osh_reports import aedr_rates, wair_summary
from score_helpers.safety.triage import (
    CATEGORIES,
    REVIEW_BELOW,
    Triage,
    TriageModel,
    evaluate_triage,
    held_out_split,
    template_split,
    train_triage,
)
from score_helpers.safety.weekly import weekly_summary, weekly_summary_chart

__all__ = [
    "CATEGORIES", "REVIEW_BELOW", "Triage", "TriageModel", "aedr_rates", "append_report",
    "checklist_scores", "checklist_trend", "checklist_trend_chart", "evaluate_triage",
    "held_out_split", "hirac_table", "item_failures", "load_checklists", "read_log",
    "risk_matrix_chart", "risk_rating", "suggest_rating", "template_split", "train_triage",
    "wair_summary", "weekly_summary", "weekly_summary_chart",
]
