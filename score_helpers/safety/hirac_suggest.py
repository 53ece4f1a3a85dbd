"""A first-guess HIRAC rating for a triaged report, for the OSH committee to confirm or change.

    from score_helpers.safety import hirac_suggest
    suggestion = hirac_suggest.suggest_rating("caught_in_machinery", report_type="near_miss")
    print(suggestion)            # HIGH risk (12 = likelihood 3 × severity 4) … + the reason

The guess is a starting point for the discussion, never the decision. It comes from a
table: the worst *credible* outcome of each hazard category (severity) and how often a
hazard that has already been reported could happen again (likelihood). A report that
already hurt someone raises the likelihood by one step: the hazard is not hypothetical.
The committee knows the place, the task and the people; the table does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_helpers.safety.frames import CASE_TYPES
from score_helpers.safety.hirac import SEVERITY_WORDS, RiskRating, risk_rating

# category → (severity 1–5, the worst credible outcome in words)
TYPICAL_SEVERITY: dict[str, tuple[int, str]] = {
    "slip_trip_fall": (3, "a fall can break a wrist or an ankle (lost time)"),
    "caught_in_machinery": (4, "a caught hand can lose a finger (lasting injury)"),
    "cut_sharp": (2, "most cuts need first aid; deep ones need stitches"),
    "electrical": (5, "an electric shock can kill"),
    "chemical": (3, "a splash in the eye needs medical treatment"),
    "fire_hot_surface": (4, "a fire can injure many people at once"),
    "ergonomic_manual_handling": (3, "a back injury can keep a worker home for days"),
    "falling_object": (4, "a heavy object on the head can cause a serious injury"),
    "ppe_noncompliance": (3, "the injury depends on what the missing PPE protects against"),
    "housekeeping": (2, "clutter mostly leads to trips and bumps; a blocked exit is worse"),
    "vehicle_forklift": (5, "a forklift can crush or kill a person on foot"),
    "other": (2, "unknown: the committee must judge this one"),
}
REPORTED_LIKELIHOOD = 3          # "possible": it was seen once, so it can happen
HURT_LIKELIHOOD = 4              # "likely": it already hurt someone
# Every report type in which someone was harmed: all but the near miss.
INJURY_TYPES = tuple(kind for kind in CASE_TYPES if kind != "near_miss")


@dataclass(frozen=True)
class SuggestedRating:
    """A suggested rating and the reason for it. `rating.level` says what to do."""

    category: str
    rating: RiskRating
    reason: str

    def __str__(self) -> str:
        return f"{self.rating} Suggested because {self.reason}. Confirm or change it."


def suggest_rating(category: str, report_type: str = "near_miss") -> SuggestedRating:
    """A first-guess rating for a report of `category`, to confirm or change.

    severity = the worst credible outcome of the category (TYPICAL_SEVERITY);
    likelihood = 3 "possible" for a near miss, 4 "likely" once someone was hurt
    (report_type first_aid, recordable, lost_time or fatality);
    score = likelihood × severity (hirac.risk_rating).
    ValueError naming the allowed values for an unknown category or report type.
    """
    if category not in TYPICAL_SEVERITY:
        raise ValueError(f"Unknown hazard category {category!r}. Use one of: "
                         f"{', '.join(TYPICAL_SEVERITY)}.")
    if report_type != "near_miss" and report_type not in INJURY_TYPES:
        raise ValueError(f"Unknown report_type {report_type!r}. Use 'near_miss' or one of: "
                         f"{', '.join(INJURY_TYPES)}.")
    severity, outcome = TYPICAL_SEVERITY[category]
    hurt = report_type in INJURY_TYPES
    likelihood = HURT_LIKELIHOOD if hurt else REPORTED_LIKELIHOOD
    why_often = ("someone was already hurt" if hurt
                 else "it was reported once, so it can happen")
    reason = (f"{outcome} (severity {severity}, {SEVERITY_WORDS[severity]}) and "
              f"{why_often} (likelihood {likelihood})")
    return SuggestedRating(category, risk_rating(likelihood=likelihood, severity=severity),
                           reason)
