"""Exercises for module 04 · AI-powered safety checks (nbgrader assignment `04_safety_checks`).

Eight questions: lost-time injuries (not near misses), the AEDR frequency rate per 1,000,000
employee-hours (not OSHA's 200,000), the severity rate with the 6,000 days charged for a
death, a HIRAC rating the right way round, a low-confidence suggestion that goes to a person,
the hierarchy of controls, and a no-blame report. Each answer is a number read from a table
or worked out as on a calculator, a click, a list read from a table, or a short text; they
are judged against the fixed tables of `safety_checks_data.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from score_helpers.exercises import safety_checks_data as d
from score_helpers.exercises.choice import ChoiceExercise
from score_helpers.exercises.core import NOT_YET, Result, collect_questions, question
from score_helpers.exercises.document_drafting import ProblemsExercise
from score_helpers.exercises.kinds import TextExercise, ValueExercise
from score_helpers.exercises.messages import say
from score_helpers.safety.hirac import RiskRating

MODULE = "04_safety_checks"


class FixedValueExercise(ValueExercise):
    """A value exercise with a fixed `right` value and the `wrong` value of each mistake."""

    right: ClassVar[float] = 0
    wrong: ClassVar[Mapping[str, float]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for key, value in cls.wrong.items():     # the engine reads mistake_<key>(ns)
            setattr(cls, f"mistake_{key}", lambda self, ns, value=value: value)

    def expected(self, ns: Mapping[str, Any]) -> float:
        return self.right


@question
class LostTimeInjuries(FixedValueExercise):
    """Q1 · How many lost-time injuries were there in March?"""

    points = 1
    answer_name = "lost_time_injuries"
    hints = (
        "A lost-time injury kept the worker off work for at least one full day. Near misses "
        "hurt nobody, and first-aid or medical treatment cases went back to work.",
        "Read the report_type column of the table row by row, and count only the rows that "
        "say \"lost_time\". Type that number.",
    )
    solution = f"lost_time_injuries = {d.march_count('lost_time')}"
    common_mistakes = {
        "near_misses_counted": "You counted the near misses too. A near miss hurt nobody: "
                               "it is a warning, not an injury.",
        "first_aid_counted": "You counted the first-aid cases too. After first aid the "
                             "worker went back to work the same day.",
        "medical_counted": "You counted the medical treatment cases (\"recordable\") too. "
                           "The worker was treated but did not lose a full day of work.",
        "all_injuries": "You counted every injury: first aid, medical treatment and lost "
                        "time. Keep only the injuries that cost a full day: \"lost_time\".",
        "all_reports": "You counted every report of the month: keep only \"lost_time\".",
        "near_misses_only": "That is the number of near misses, not of lost-time injuries.",
        "days_lost": "That is the number of days lost. Count the injuries (the rows).",
    }
    right = d.march_count("lost_time")
    wrong = {"near_misses_counted": d.march_count("lost_time", "near_miss"),
             "first_aid_counted": d.march_count("lost_time", "first_aid"),
             "medical_counted": d.march_count("lost_time", "recordable"),
             "all_injuries": d.march_count("lost_time", "first_aid", "recordable"),
             "all_reports": len(d.march_reports()), "days_lost": d.MARCH_DAYS_LOST,
             "near_misses_only": d.march_count("near_miss")}


@question
class FrequencyRate(FixedValueExercise):
    """Q2 · The AEDR frequency rate of 2024."""

    points = 2
    answer_name = "frequency_rate"
    rel_tolerance = 1e-3            # osh_reports.aedr_rates rounds to 2 decimals
    hints = (
        "Frequency rate = disabling injuries × 1,000,000 ÷ employee-hours worked. Disabling "
        "injuries are the lost-time injuries (and deaths; there were none).",
        "First employee_hours = workers * days_worked * hours_per_day. Then read the number "
        "of \"lost_time\" reports in the count table, and write that number "
        "* 1_000_000 / employee_hours.",
    )
    solution = ("employee_hours = workers * days_worked * hours_per_day\n"
                f"frequency_rate = {d.cases('lost_time')} * 1_000_000 / employee_hours")
    common_mistakes = {
        **d.HOURS_MESSAGES,
        "near_misses_counted": "You counted the near misses as injuries. They matter, but "
                               "nobody was hurt: the frequency rate counts disabling "
                               "injuries only (\"lost_time\").",
        "all_injuries": "You counted the first-aid and medical treatment cases too. The AEDR "
                        "frequency rate counts disabling injuries only: those that cost at "
                        "least a full day of work.",
        "all_reports": "You counted every report of the year: count only \"lost_time\".",
    }
    right = d.per_hours(d.cases("lost_time"))
    wrong = {**d.hours_mistakes(d.cases("lost_time")),
             "near_misses_counted": d.per_hours(d.cases("lost_time", "near_miss")),
             "all_injuries": d.per_hours(d.cases("lost_time", "first_aid", "recordable")),
             "all_reports": d.per_hours(d.cases(*d.CASES_2024))}


@question
class SeverityRate(FixedValueExercise):
    """Q3 · The AEDR severity rate of a year with a death."""

    points = 1
    answer_name = "severity_rate"
    rel_tolerance = 1e-3
    hints = (
        "Severity rate = days lost or charged × 1,000,000 ÷ employee-hours worked. The two "
        "workers who came back count the days they lost; the death is charged 6,000 days.",
        "Add the days lost of the two lost-time injuries and the 6,000 days charged for the "
        "death, then write (that sum) * 1_000_000 / cavite_hours.",
    )
    solution = (f"severity_rate = ({' + '.join(str(n) for n in d.CAVITE_DAYS)} + 6_000) "
                "* 1_000_000 / cavite_hours")
    common_mistakes = {
        "days_lost_only": "You used only the days lost. A death loses no days in the "
                          "logbook, but the AEDR charges it 6,000 days: add the charge.",
        "every_case_charged": "Only a death or a permanent disability is charged 6,000 days. "
                              "A worker who healed and came back counts the days actually "
                              "lost.",
        "charge_only": "You left out the days lost by the two workers who came back. Add "
                       "their days to the days charged for the death.",
        "osha_base": d.HOURS_MESSAGES["osha_base"],
        "no_base": d.HOURS_MESSAGES["no_base"],
        "frequency_instead": "That is the frequency rate: it counts the injuries. The "
                             "severity rate counts the days lost or charged.",
        "days_per_injury": "That is the days per case. The severity rate divides the days "
                           "lost or charged by the employee-hours, times 1,000,000.",
    }
    right = d.cavite_rate(d.CAVITE_DAYS_LOST + d.DEATH_CHARGE)
    wrong = d.severity_mistakes()


@question
class ForkliftRisk(ProblemsExercise):
    """Q4 · The HIRAC rating of the forklift at the loading bay."""

    points = 2
    answer_name = "forklift_risk"
    shared_keys = ("likelihood_off", "severity_off")
    hints = (
        "Likelihood is how often it could happen; severity is how badly someone is hurt if "
        "it does. Read the story for each one, and compare with hirac.LIKELIHOOD_WORDS and "
        "hirac.SEVERITY_WORDS.",
        "The team says a collision is unlikely. If it happens, a forklift can kill. Write "
        "hirac.risk_rating(likelihood=…, severity=…) with the numbers of those two words.",
    )
    solution = "forklift_risk = hirac.risk_rating(likelihood=2, severity=5)"
    common_mistakes = {
        "not_rating": "`forklift_risk` should be the result of hirac.risk_rating(likelihood=…, "
                      "severity=…). A score alone does not show which number is which.",
        "swapped": "Likelihood and severity are swapped. Likelihood is how OFTEN it could "
                   "happen; severity is how BADLY someone is hurt. A rare accident can "
                   "still be deadly.",
        "likelihood_off": "Look again at the likelihood: how often does the team think a "
                          "collision could happen? Find that word in hirac.LIKELIHOOD_WORDS.",
        "severity_off": "Look again at the severity: what is the worst that can happen to a "
                        "person hit by a forklift? Find that word in hirac.SEVERITY_WORDS.",
    }

    def problems(self, answer: Any) -> list[str]:
        if not isinstance(answer, RiskRating):
            return ["not_rating"]
        return d.rating_problems(answer.likelihood, answer.severity)


@question
class LowConfidence(ChoiceExercise):
    """Q5 · A triage suggestion that is only 42 % sure."""

    answer_name = "q5_answer"
    prompt = ("The model suggests \"housekeeping\" for this report, and is 42 % sure. "
              "What do you do?")
    options = {
        "A": "File it under housekeeping: the floor is wet, so the model's category fits.",
        "B": "Send it to the safety officer to read today: a person chooses the category.",
        "C": "Keep it for the OSH committee's monthly meeting: 42 % is close to 60 %.",
        "D": "Type the report again in English, and file what the model says when it is "
             "more sure.",
    }
    correct = "B"
    hints = (
        "Our rule: a suggestion less sure than 0.6 (60 %) goes to a person.",
        "Read the report yourself. Is housekeeping the only hazard in it?",
    )
    solution = 'q5_answer = "B"  # below 0.6 confidence, a person reads it and decides'
    common_mistakes = {
        "A": "42 % is below our 0.6 rule: the model is not sure, so a person reads the report "
             "before it is filed. Read it yourself: is a wet floor the only hazard in it?",
        "C": "A flagged report is read the same day, not at the next meeting. Look at what "
             "the water drips onto: could it hurt someone before the meeting?",
        "D": "Rewriting a report until the model is sure only hides the doubt, and the "
             "worker's own words are lost. Keep the report as it was written.",
    }


@question
class ReviewIds(ProblemsExercise):
    """Q6 · Which triage suggestions go to a person?"""

    points = 1
    answer_name = "review_ids"
    hints = (
        "A suggestion goes to a person when its confidence is below 0.6. Exactly 0.6 is not "
        "below.",
        "Read the confidence column of the table row by row. Copy the report_id of each row "
        "below 0.6 into the list, each in quotes: [\"R-1\", \"R-2\"].",
    )
    solution = f"review_ids = {sorted(d.ids_below(d.REVIEW_BELOW))!r}".replace("'", '"')
    common_mistakes = {
        "not_ids": "`review_ids` should be a list of report IDs in quotes, in square "
                   "brackets, such as [\"R-1\", \"R-2\"].",
        "unknown_ids": "Some IDs are not in `suggestions`. Copy them from its report_id "
                       "column.",
        "reversed": "Those are the suggestions the model is sure about. A person must read "
                    "the ones it is NOT sure about: confidence below 0.6.",
        "at_the_limit": "A suggestion of exactly 0.6 meets the rule, so it does not need a "
                        "review: only those below 0.6 go to a person.",
        "below_half": "The rule is below 0.6, not below 0.5. Suggestions between 0.5 and 0.6 "
                      "also go to a person.",
        "missed": "A suggestion below 0.6 is missing: it would be filed without anyone "
                  "reading it. Trusting a suggestion the model is unsure of is how hazards "
                  "get lost.",
        "extra": "You added a suggestion the model is sure about (0.6 or more). It can be "
                 "filed as suggested; the committee still sees it in the weekly summary.",
    }

    def problems(self, answer: Any) -> list[str]:
        return d.review_problems(answer)


@question
class ControlOrder(ProblemsExercise):
    """Q7 · The four controls for the spot-cleaning solvent, strongest first."""

    points = 1
    answer_name = "strongest_first"
    hints = (
        "The hierarchy of controls, strongest first: elimination, substitution, engineering, "
        "administrative, PPE. Name the kind of each control A to D first.",
        "A is PPE, B is administrative, C is engineering, D is substitution. Now put the "
        "four letters in the order of the hierarchy.",
    )
    solution = 'strongest_first = ["D", "C", "B", "A"]'
    common_mistakes = {
        "not_letters": "`strongest_first` should be the four letters in quotes, in square "
                       "brackets, such as [\"B\", \"A\", \"D\", \"C\"].",
        "not_four": "Use each of the letters A, B, C and D once.",
        "reversed": "That is the weakest first. Put the strongest control first: the one "
                    "that changes the hazard itself.",
        "ppe_first": "Masks and gloves (PPE) are the last line of defence: they protect only "
                     "when they fit, are worn, and are not worn out. They come last.",
        "ppe_not_last": "PPE is the weakest control: it belongs at the end of the list.",
        "engineering_first": "The hood is good, but the fumes are still there. Replacing the "
                             "solvent with a safer product removes them at the source: "
                             "substitution comes before engineering.",
        "admin_first": "Training, signs and time limits depend on people remembering them "
                       "every day. Controls that change the hazard itself come first.",
        "admin_over_engineering": "A hood works every time without anyone remembering it; "
                                  "training and signs need people to remember. Engineering "
                                  "comes before administrative controls.",
    }

    def problems(self, answer: Any) -> list[str]:
        return d.order_problems(answer)


@question
class NearMissReport(TextExercise):
    """Q8 · A short no-blame near-miss report of the forklift at Gate 2."""

    points = 2
    answer_name = "near_miss_report"
    min_words = d.MIN_WORDS
    max_words = 120
    must_include = (d.WHAT, d.WHERE, d.COULD)
    must_not_include = (d.NAME, d.BLAME)
    hints = (
        "A good near-miss report answers three questions: what happened, where, and what "
        "could have happened. It names roles (a packer), never people, and blames nobody.",
        "Start like this: \"In the packing area by Gate 2, a reversing forklift passed very "
        "close behind a packer…\" Then say what could have happened.",
    )
    solution = ('near_miss_report = ("At 7:40 in the packing area by Gate 2, a forklift reversed '
                'and stopped one metre from a packer walking behind it. The reversing alarm '
                'did not sound. The packer could have been hit and crushed.")')

    def evaluate(self, ns: Mapping[str, Any]) -> Result:
        """The rules' feedback, with the points of `safety_checks_data.report_share`: leaving
        out names and blame alone earns nothing."""
        result = super().evaluate(ns)
        if result.status != NOT_YET:
            return result
        earned = round(self.points * d.report_share(str(ns[self.answer_name])), 2)
        message = (say("correct_partial", earned=earned, possible=self.points) if earned
                   else say("not_yet"))
        return self.result(NOT_YET, message, earned=earned, details=result.details)


QUESTIONS = collect_questions(MODULE, globals())  # q1, q2, … in the order written

__all__ = ["MODULE", "QUESTIONS", *(q.question for q in QUESTIONS)]
