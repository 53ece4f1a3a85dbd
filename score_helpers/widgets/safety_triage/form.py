"""The controls of the safety triage app: the report form and the person's decision.

    form = ReportForm("en")
    form.report.value = "Nadulas sa basang sahig ng packing"
    form.values()          # {'date': ..., 'factory': '', 'line': '', 'report_type': ...}
    decision = Decision("en")
    decision.set_rating(3, 4)

Only widgets and their values here; what happens on a click lives in safety_triage.py.
Each control has a stable CSS class (safety-report, safety-category, safety-likelihood …)
for the browser tests.
"""

from __future__ import annotations

import datetime as dt
import functools

import ipywidgets as widgets

from score_helpers.safety.hirac import LIKELIHOOD_WORDS, SCALE, SEVERITY_WORDS
from score_helpers.safety.osh_reports import LOSES_DAYS  # the types that ask for the days lost
from score_helpers.safety.triage import CATEGORIES
from score_helpers.widgets.safety_triage.labels import category_name, text

REPORT_TYPES = ("near_miss", "first_aid", "recordable", "lost_time", "illness")
WIDE = {"description_width": "initial"}


def _tag(named: dict[str, widgets.Widget]) -> None:
    for name, control in named.items():
        control.add_class(f"safety-{name}")


class ReportForm:
    """Date (today), factory, area or line, what happened, days lost, and the report text."""

    def __init__(self, lang: str) -> None:
        t = functools.partial(text, lang)
        self.date = widgets.DatePicker(value=dt.date.today(), description=t("date"),
                                       style=WIDE)
        self.factory = widgets.Text(description=t("factory"), style=WIDE,
                                    placeholder=t("factory_placeholder"))
        self.line = widgets.Text(description=t("line"), style=WIDE,
                                 placeholder=t("line_placeholder"))
        self.report_type = widgets.Dropdown(
            options=[(t(f"type_{kind}"), kind) for kind in REPORT_TYPES], value="near_miss",
            description=t("report_type"), style=WIDE)
        self.days_lost = widgets.BoundedIntText(value=1, min=1, max=6000,
                                                description=t("days_lost"), style=WIDE,
                                                layout=widgets.Layout(width="180px",
                                                                      display="none"))
        self.report = widgets.Textarea(placeholder=t("report_placeholder"), rows=4,
                                       layout=widgets.Layout(width="100%", max_width="760px"))
        _tag({"date": self.date, "factory": self.factory, "line": self.line,
              "report-type": self.report_type, "days-lost": self.days_lost,
              "report": self.report})
        self.report_type.observe(self._show_days, "value")
        row = widgets.Layout(flex_flow="row wrap", grid_gap="6px 20px")
        self.widget = widgets.VBox([
            widgets.HBox([self.date, self.factory, self.line], layout=row),
            widgets.HBox([self.report_type, self.days_lost], layout=row),
            widgets.HTML(f"<b>{t('report')}</b>"),
            self.report,
        ])

    def _show_days(self, _change: object = None) -> None:
        """Days lost is asked only for a lost-time injury or an illness (the others lose none)."""
        lost = self.report_type.value in LOSES_DAYS
        self.days_lost.layout.display = None if lost else "none"

    def values(self) -> dict[str, object]:
        """The fields as the log names them (see safety_log.COLUMNS)."""
        kind = self.report_type.value
        return {"date": self.date.value or dt.date.today(), "factory": self.factory.value,
                "line": self.line.value, "report_type": kind,
                "days_lost": int(self.days_lost.value) if kind in LOSES_DAYS else 0,
                "description": self.report.value}


class Decision:
    """What the person decides: the category and the likelihood and severity (1–5)."""

    def __init__(self, lang: str) -> None:
        t = functools.partial(text, lang)
        self.category = widgets.Dropdown(
            options=[(category_name(c, lang), c) for c in CATEGORIES], description=t("category"),
            style=WIDE, layout=widgets.Layout(width="380px"))
        self.likelihood = widgets.Dropdown(
            options=[(f"{k} {LIKELIHOOD_WORDS[k]}", k) for k in SCALE], value=3,
            description=t("likelihood"), style=WIDE)
        self.severity = widgets.Dropdown(
            options=[(f"{k} {SEVERITY_WORDS[k]}", k) for k in SCALE], value=3,
            description=t("severity"), style=WIDE)
        self.reason, self.level = widgets.HTML(), widgets.HTML()
        _tag({"category": self.category, "likelihood": self.likelihood,
              "severity": self.severity, "rating-reason": self.reason, "level": self.level})
        row = widgets.Layout(flex_flow="row wrap", grid_gap="6px 20px")
        self.widget = widgets.VBox([
            widgets.HTML(f"<h3>{t('decide')}</h3>"),
            self.category,
            widgets.HTML(f"<span class='safety-small'>{t('category_help')}</span>"),
            widgets.HTML(f"<b>{t('rating')}</b>"),
            widgets.HBox([self.likelihood, self.severity], layout=row),
            self.reason, self.level,
        ])
        self.widget.add_class("safety-decision")

    def set_rating(self, likelihood: int, severity: int) -> None:
        """Put numbers in both dropdowns (observers see each change)."""
        self.likelihood.value, self.severity.value = likelihood, severity
