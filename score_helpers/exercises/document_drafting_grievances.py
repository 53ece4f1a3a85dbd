"""The grievance workflow questions of module 02's exercise set, written here to keep the
set file short: `document_drafting.py` makes them questions 8 and 9 (a set's questions
are the @question classes written in its own file, so it subclasses these two).

Q8 computes the share of grievances acknowledged within 5 days from the course's log;
Q9 picks the next step of the escalation path (kpi.grievances.ESCALATION_PATH).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from score_helpers import data, kpi
from score_helpers.exercises.choice import ChoiceExercise
from score_helpers.exercises.kinds import ValueExercise


def _log() -> Any:
    """The course's grievance log, loaded fresh (a participant cannot change it)."""
    return data.load("grievances")


class AcknowledgedOnTimeQuestion(ValueExercise):
    """The share of grievances acknowledged within 5 days (Q8 of module 02)."""

    points = 1
    answer_name = "share_on_time"
    hints = (
        "kpi.acknowledged_within(log, days=…) gives the share of grievances acknowledged "
        "within that many days of filing.",
        "Give it the whole log, `grievances`, and the target of 5 days.",
    )
    solution = "share_on_time = kpi.acknowledged_within(grievances, days=5)"
    common_mistakes = {
        "percent": "Give the share as a fraction between 0 and 1, not as a percentage.",
        "only_acknowledged": "A grievance nobody has acknowledged yet is late too, once "
                             "5 days have passed: count it, do not leave it out.",
        "other_days": "Check the number of days: the target here is 5 days, not 3.",
        "strictly_less": "Acknowledged on day 5 is still within 5 days: count it.",
        "resolution": "That is the resolution rate (grievances resolved). This question "
                      "asks about acknowledgement: the worker told it was received.",
        "median": "That is the median number of days, not a share. Ask for the share "
                  "acknowledged within 5 days.",
    }

    def expected(self, ns: Mapping[str, Any]) -> float:
        return kpi.acknowledged_within(_log(), days=5)

    def mistake_percent(self, ns: Mapping[str, Any]) -> float:
        return 100 * self.expected(ns)

    def mistake_only_acknowledged(self, ns: Mapping[str, Any]) -> float:
        waited = kpi.acknowledgement_days(_log())
        return float((waited <= 5).sum() / waited.notna().sum())

    def mistake_other_days(self, ns: Mapping[str, Any]) -> float:
        return kpi.acknowledged_within(_log(), days=3)

    def mistake_strictly_less(self, ns: Mapping[str, Any]) -> float:
        return kpi.acknowledged_within(_log(), days=4.999)

    def mistake_resolution(self, ns: Mapping[str, Any]) -> float:
        return kpi.resolution_rate(_log())

    def mistake_median(self, ns: Mapping[str, Any]) -> float:
        return kpi.median_acknowledgement_days(_log())


class NextEscalationStepQuestion(ChoiceExercise):
    """Where an unsettled grievance goes next on the escalation path (Q9 of module 02)."""

    answer_name = "q9_answer"
    prompt = ("Rosa's grievance about unpaid overtime went first to her line supervisor, "
              "then to the EIT and the HR officer. The time in the procedure has passed and "
              "it is still not settled. Where does it go next?")
    options = {
        "A": "Straight to DOLE's Single Entry Approach (SEnA)",
        "B": "Management: the plant manager",
        "C": "Back to the EIT and the HR officer, as a new written complaint",
        "D": "The labour-management council or the union (CBA grievance machinery)",
    }
    correct = "B"
    hints = ("The path: supervisor → EIT or HR → management → labour-management council or "
             "union → DOLE SEnA.",
             "Rosa's case has passed the first two steps. Which one comes third?")
    solution = 'q9_answer = "B"  # kpi.next_escalation_step("eit_hr") is management'
    common_mistakes = {
        "A": "SEnA is the last step, outside the factory. The steps inside come first: most "
             "grievances are settled there, faster and with less cost to both sides.",
        "C": "The EIT and HR already had the case, and the time in the procedure has "
             "passed. A grievance moves up the path, not around the same step again.",
        "D": "The council or the union comes after management has had its chance to settle "
             "it.",
    }



__all__ = ["AcknowledgedOnTimeQuestion", "NextEscalationStepQuestion"]
