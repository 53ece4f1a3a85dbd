"""The safety triage app (apps/safety_triage.ipynb): a report in, a suggestion out, the
person decides, the report is saved to the factory's log, the weekly summary follows.

    from score_helpers.widgets.safety_triage import build_app
    build_app()                         # the Voila app's only call

1. The person types or pastes what happened (English or Taglish) and presses "Suggest a
   category". safety_triage suggests the hazard category, how sure it is and the words
   behind it; below REVIEW_BELOW it flags the report for review.
2. The category dropdown is prefilled with the suggestion and the likelihood and severity
   with hirac_suggest.suggest_rating; the level and the action follow every change
   (hirac.risk_rating). The person confirms or changes them: AI suggests, the OSH
   committee decides. Once the person has changed a number, a new category no longer
   overwrites it.
   Before saving, a name or phone number in the report (score_helpers.privacy) is named
   with a "Remove them" button that replaces it by [NAME] / [PHONE].
3. "Save to the log" appends one row to the log (safety_log.append_report: crash-safe,
   at $SCORE_SAFETY_LOG or apps/safety_log.csv) and the weekly summary is read again
   from the file. Nothing is written until that button is pressed.
4. Below, a whole register (CSV or Excel, one report per row) can be imported: every
   report is triaged, the committee checks each in a table, and only the reports it
   confirms are added (register_import).
The model trains in about two seconds on a background thread while the page shows
"Getting the model ready…"; background=False trains at once (tests).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from score_helpers import privacy
from score_helpers.safety import hirac_suggest
from score_helpers.safety import log as safety_log
from score_helpers.safety import triage as safety_triage
from score_helpers.safety import weekly as safety_weekly
from score_helpers.safety.hirac import risk_rating
from score_helpers.safety.triage import Triage, TriageModel
from score_helpers.widgets.safety_triage import view
from score_helpers.widgets.safety_triage.form import Decision, ReportForm
from score_helpers.widgets.safety_triage.labels import language_from_env, text
from score_helpers.widgets.safety_triage.register_import import RegisterImport

SUMMARY_WEEKS = 8
HIDDEN, SHOWN = "none", None


class SafetyTriage:
    """The app: `widget` is what the notebook shows."""

    def __init__(self, lang: str | None = None, log_path: str | Path | None = None,
                 background: bool = True) -> None:
        self.lang = lang or language_from_env()
        self.log_path = Path(log_path) if log_path else safety_log.default_log_path()
        self.model: TriageModel | None = None
        self.triage: Triage | None = None
        self._classified_text = ""
        self._touched = False       # the person changed likelihood or severity by hand
        self._filling = False       # the app is filling the dropdowns itself
        self._build()
        self._run(self.refresh_summary)
        if background:
            threading.Thread(target=self._run, args=(self._load_model,), daemon=True,
                             name="safety-triage-model").start()
        else:
            self._run(self._load_model)

    def t(self, key: str, **values: object) -> str:
        """A label in the app's language."""
        return text(self.lang, key, **values)

    def _build(self) -> None:
        self.form, self.decision = ReportForm(self.lang), Decision(self.lang)
        self.status = widgets.HTML(view.message_html("note", self.t("loading")))
        self.classify_button = widgets.Button(description=self.t("loading"), disabled=True,
                                              button_style="primary", icon="search",
                                              layout=widgets.Layout(width="auto"))
        self.save_button = widgets.Button(description=self.t("save"), disabled=True,
                                          button_style="success", icon="save",
                                          layout=widgets.Layout(width="auto"))
        self.message, self.result, self.review, self.privacy_note = (
            widgets.HTML() for _ in range(4))
        self.remove_button = widgets.Button(description=self.t("remove_personal"),
                                            button_style="warning", icon="eraser",
                                            layout=widgets.Layout(width="auto",
                                                                  display=HIDDEN))
        self._redacted_text: str | None = None
        self.saved, self.summary, self.log_note = (widgets.HTML() for _ in range(3))
        self.chart = widgets.Image(format="png", layout=widgets.Layout(
            width="100%", max_width="760px", height="auto", display=HIDDEN))
        self.importer = RegisterImport(self.lang, self.log_path, model=lambda: self.model,
                                       on_added=self.refresh_summary, run=self._run)
        for name, control in {"loading": self.status, "classify": self.classify_button,
                              "save": self.save_button, "message": self.message,
                              "result": self.result, "review-flag": self.review,
                              "privacy-note": self.privacy_note, "saved": self.saved,
                              "remove-personal": self.remove_button,
                              "summary": self.summary, "summary-chart": self.chart,
                              "log-path": self.log_note}.items():
            control.add_class(f"safety-{name}")
        self.classify_button.on_click(lambda _b: self._run(self.classify))
        self.save_button.on_click(lambda _b: self._run(self.save))
        self.remove_button.on_click(lambda _b: self._run(self.remove_personal))
        self.form.report_type.observe(lambda _c: self._run(self._suggest_rating), "value")
        self.decision.category.observe(lambda _c: self._run(self._suggest_rating), "value")
        for control in (self.decision.likelihood, self.decision.severity):
            control.observe(lambda _c: self._run(self._rating_changed), "value")
        self.decision.widget.layout.display = HIDDEN
        self.log_note.value = (f"<span class='safety-small'>"
                               f"{view.escape(self.t('log_place', path=str(self.log_path)))}"
                               "</span>")
        self.widget = widgets.VBox([
            widgets.HTML(view.STYLE + f"<h2>{self.t('title')}</h2><p>{self.t('subtitle')}</p>"
                         f"<div class='safety-note safety-no-blame'>{self.t('no_blame')}</div>"),
            self.status, self.form.widget, widgets.HBox([self.classify_button]), self.message,
            self.result, self.review, self.privacy_note,
            widgets.HBox([self.remove_button]), self.decision.widget,
            widgets.HBox([self.save_button]), self.saved, self.importer.widget,
            self.summary, self.chart, self.log_note,
        ])
        self.widget.add_class("safety")

    def _run(self, action: Callable[[], Any], message: widgets.HTML | None = None) -> None:
        """Run a step; show a plain message (in `message`, default the form's) instead of
        a traceback if it fails."""
        shown = self.message if message is None else message
        try:
            action()
        except ValueError as error:        # a field the person can fix, named by the helper
            shown.value = view.message_html("error", str(error))
        except Exception as error:  # a broken step must not leave a traceback on the page
            shown.value = view.message_html("error", self.t("error", error=error))

    def _load_model(self) -> None:
        """Train (or fetch the cached) triage model, then open the button."""
        self.model = safety_triage.train_triage()
        self.status.value = ""
        self.status.layout.display = HIDDEN
        self.classify_button.description = self.t("classify")
        self.classify_button.disabled = False

    def classify(self) -> None:
        """Suggest a category for the typed report and prefill the decision."""
        self.message.value, self.saved.value = "", ""
        words = self.form.report.value
        if not words.strip():
            self._clear_result()
            self.message.value = view.message_html("error", self.t("empty_report"))
            return
        if self.model is None:
            self.message.value = view.message_html("note", self.t("loading"))
            return
        self.triage = self.model.classify(words)
        self._classified_text = words
        self.result.value = view.suggestion_html(self.triage, self.lang)
        self.review.value = view.review_html(self.triage.needs_review, self.lang)
        self._warn_personal(words)
        self._touched = False
        self._filling = True
        try:
            self.decision.category.value = self.triage.category
        finally:
            self._filling = False
        self._suggest_rating()
        self.decision.widget.layout.display = SHOWN
        self.save_button.disabled = False

    def _warn_personal(self, words: str) -> None:
        """Before saving: name the names and numbers found (score_helpers.privacy) and offer
        the button that replaces them by [NAME] / [PHONE]."""
        redaction = privacy.redact(words)
        self.privacy_note.value = view.privacy_html(redaction, self.lang)
        self._redacted_text = redaction.text if redaction.findings else None
        self.remove_button.layout.display = SHOWN if redaction.findings else HIDDEN

    def remove_personal(self) -> None:
        """Replace the names and numbers found by [NAME] / [PHONE] in the report. The
        suggestion stays: the hazard words did not change."""
        if self.form.report.value != self._classified_text:
            self.classify()       # the words changed since the warning: look at them again
        if self._redacted_text is None:
            return
        self.form.report.value = self._classified_text = self._redacted_text
        self._redacted_text = None
        self.remove_button.layout.display = HIDDEN
        self.privacy_note.value = view.message_html("note", self.t("removed_personal"))

    def _suggest_rating(self) -> None:
        """Prefill likelihood and severity from hirac_suggest, unless the person changed
        them; always say where the suggested numbers come from."""
        if self.triage is None or self._filling:
            return
        suggested = hirac_suggest.suggest_rating(self.decision.category.value,
                                                 self.form.report_type.value)
        rating = suggested.rating
        self.decision.reason.value = view.rating_reason_html(
            rating.likelihood, rating.severity, suggested.reason, self.lang)
        if not self._touched:
            self._filling = True
            try:
                self.decision.set_rating(rating.likelihood, rating.severity)
            finally:
                self._filling = False
        self._show_level()

    def _rating_changed(self) -> None:
        if not self._filling:
            self._touched = True
        self._show_level()

    def _show_level(self) -> None:
        rating = risk_rating(likelihood=self.decision.likelihood.value,
                             severity=self.decision.severity.value)
        self.decision.level.value = view.level_html(rating, self.lang)

    def record(self) -> dict[str, object]:
        """The report as safety_log.append_report takes it: the form, the AI's suggestion
        and the person's decision."""
        if self.triage is None:
            raise ValueError(self.t("empty_report"))
        return {**self.form.values(), "hazard_category": self.decision.category.value,
                "suggested_category": self.triage.category,
                "confidence": self.triage.confidence,
                "needs_review": self.triage.needs_review,
                "likelihood": int(self.decision.likelihood.value),
                "severity": int(self.decision.severity.value)}

    def save(self) -> None:
        """Append the report to the log, say so, and show the summary again."""
        self.message.value = ""
        if self.form.report.value != self._classified_text:
            self.classify()          # the suggestion must match the words that are saved
            if self.triage is not None:
                self.message.value = view.message_html("note", self.t("changed"))
            return
        safety_log.append_report(self.log_path, self.record())
        self.saved.value = view.message_html("saved-msg",
                                             self.t("saved", path=str(self.log_path)))
        self.form.report.value = ""
        self._clear_result()
        self.refresh_summary()

    def _clear_result(self) -> None:
        self.triage, self._classified_text = None, ""
        self.result.value = self.review.value = self.privacy_note.value = ""
        self._redacted_text = None
        self.remove_button.layout.display = HIDDEN
        self.decision.widget.layout.display = HIDDEN
        self.save_button.disabled = True

    def refresh_summary(self) -> None:
        """Read the log again and show the last weeks (table and chart)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", safety_log.SafetyLogWarning)
            log = safety_log.read_log(self.log_path)
        damaged = log.attrs.get("damaged_lines", [])
        note = (view.message_html("note", safety_log.damaged_message(self.log_path, damaged))
                if damaged else "")
        summary = safety_weekly.weekly_summary(log, weeks=SUMMARY_WEEKS)
        self.summary.value = note + view.summary_html(summary, self.lang)
        if summary.empty:
            self.chart.layout.display = HIDDEN
            return
        self.chart.value = safety_weekly.weekly_summary_chart(summary)._repr_png_()
        self.chart.layout.display = SHOWN


def build_app(lang: str | None = None) -> widgets.VBox:
    """The safety triage app, ready to show (the Voila app's only call)."""
    return SafetyTriage(lang).widget
