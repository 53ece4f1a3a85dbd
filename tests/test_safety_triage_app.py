"""The safety triage app without a browser: suggestion, decision, save, summary, errors."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import ipywidgets as widgets
import pytest

from score_helpers.safety import hirac_suggest
from score_helpers.safety import log as safety_log
from score_helpers.safety.triage import CATEGORIES, REVIEW_BELOW
from score_helpers.widgets.safety_triage import SafetyTriage, build_app, labels

REPORT = "Muntik maipit ang daliri ni kuya sa sewing machine, walang guard"


@pytest.fixture
def app(tmp_path: Path) -> SafetyTriage:
    return SafetyTriage("en", log_path=tmp_path / "log.csv", background=False)


def classify(app: SafetyTriage, words: str = REPORT) -> None:
    app.form.report.value = words
    app.classify_button.click()


def test_the_model_is_ready_and_nothing_is_written_at_start(app: SafetyTriage):
    assert not app.classify_button.disabled
    assert app.classify_button.description == "Suggest a category"
    assert app.save_button.disabled
    assert not app.log_path.exists()
    assert "No reports saved yet" in app.summary.value
    assert app.form.date.value == dt.date.today()


def test_a_taglish_report_gets_a_category_confidence_words_and_a_rating(app: SafetyTriage):
    classify(app)
    triage = app.triage
    assert triage is not None and triage.category == "caught_in_machinery"
    assert f"{triage.confidence:.0%} sure" in app.result.value
    assert "safety-confidence" in app.result.value
    assert all(word in app.result.value for word in triage.top_words)
    assert app.decision.category.value == triage.category
    suggested = hirac_suggest.suggest_rating(triage.category, "near_miss").rating
    assert (app.decision.likelihood.value, app.decision.severity.value) == (
        suggested.likelihood, suggested.severity)
    assert f"{suggested.level.upper()} risk: {suggested.score}" in app.decision.level.value
    assert app.decision.widget.layout.display is None
    assert not app.save_button.disabled
    flag = "safety-review-yes" if triage.confidence < REVIEW_BELOW else "safety-review-no"
    assert flag in app.review.value


def test_changing_the_severity_changes_the_level_live(app: SafetyTriage):
    classify(app)
    app.decision.severity.value = 1
    assert "LOW risk: 3 = likelihood 3 × severity 1" in app.decision.level.value
    app.decision.likelihood.value = 5
    app.decision.severity.value = 5
    assert "CRITICAL risk: 25" in app.decision.level.value


def test_the_persons_numbers_survive_a_change_of_category(app: SafetyTriage):
    classify(app)
    app.decision.severity.value = 2
    app.decision.category.value = "electrical"
    assert app.decision.severity.value == 2, "the person decided; the suggestion waits"
    assert "an electric shock can kill" in app.decision.reason.value


def test_a_new_category_refreshes_an_untouched_suggestion(app: SafetyTriage):
    classify(app)
    app.decision.category.value = "electrical"
    assert app.decision.severity.value == 5
    app.form.report_type.value = "first_aid"
    assert app.decision.likelihood.value == 4, "someone was hurt: likelihood goes up"


def test_a_weak_suggestion_is_flagged_for_review(app: SafetyTriage):
    classify(app, "Basta may nangyari kahapon")
    assert app.triage is not None
    assert app.triage.needs_review == (app.triage.confidence < REVIEW_BELOW)
    if app.triage.needs_review:
        assert "Needs review" in app.review.value


def test_saving_writes_the_persons_decision_and_shows_the_summary(app: SafetyTriage):
    app.form.factory.value, app.form.line.value = "garments", "Line A"
    classify(app)
    suggested = app.triage.category
    app.decision.category.value = "ppe_noncompliance"
    app.decision.severity.value = 5
    app.save_button.click()
    assert "Saved" in app.saved.value and app.message.value == ""
    log = safety_log.read_log(app.log_path)
    assert len(log) == 1
    row = log.iloc[0]
    assert row["hazard_category"] == "ppe_noncompliance"
    assert row["suggested_category"] == suggested
    assert (row["factory"], row["line"], row["description"]) == ("garments", "Line A", REPORT)
    assert row["severity"] == 5 and row["date"].date() == dt.date.today()
    assert "safety-reports'>1<" in app.summary.value
    assert "PPE not used" in app.summary.value
    assert bytes(app.chart.value).startswith(b"\x89PNG")
    assert app.form.report.value == "" and app.save_button.disabled, "ready for the next one"


def test_a_lost_time_report_saves_its_days(app: SafetyTriage):
    app.form.report_type.value = "lost_time"
    assert app.form.days_lost.layout.display is None
    app.form.days_lost.value = 3
    classify(app)
    app.save_button.click()
    row = safety_log.read_log(app.log_path).iloc[0]
    assert (row["report_type"], row["days_lost"]) == ("lost_time", 3)


def test_an_empty_report_gets_a_friendly_message(app: SafetyTriage):
    classify(app, "   ")
    assert "Type what happened first" in app.message.value
    assert app.triage is None and app.save_button.disabled


def test_a_report_changed_after_the_suggestion_is_suggested_again_before_saving(
        app: SafetyTriage):
    classify(app)
    app.form.report.value = "Nadulas sa basang sahig ng packing area, walang warning sign"
    app.save_button.click()
    assert not app.log_path.exists(), "the person has not seen the new suggestion yet"
    assert "report changed" in app.message.value
    assert app.decision.category.value == app.triage.category == "slip_trip_fall"
    app.save_button.click()
    row = safety_log.read_log(app.log_path).iloc[0]
    assert row["description"].startswith("Nadulas")
    assert row["suggested_category"] == row["hazard_category"] == "slip_trip_fall"


def test_a_bad_date_is_refused_with_the_field_named(app: SafetyTriage):
    classify(app)
    app.form.date.value = dt.date.today() + dt.timedelta(days=30)
    app.save_button.click()
    assert "date" in app.message.value and "future" in app.message.value
    assert not app.log_path.exists()


def test_a_name_in_the_report_gets_a_privacy_note(app: SafetyTriage):
    classify(app, "Naipit ang kamay ni Kuya Ramon sa roller ng makina")
    assert "Ramon" in app.privacy_note.value and "Before you save" in app.privacy_note.value
    classify(app)
    assert app.privacy_note.value == ""


def test_a_torn_log_is_reported_on_screen(tmp_path: Path):
    path = tmp_path / "log.csv"
    first = SafetyTriage("en", log_path=path, background=False)
    classify(first)
    first.save_button.click()
    with open(path, "ab") as file:
        file.write(b"2024-03-05,garments,Line")
    again = SafetyTriage("en", log_path=path, background=False)
    assert "line 3 cut off" in again.summary.value
    assert "safety-reports'>1<" in again.summary.value


def test_filipino_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SCORE_LANG", "fil")
    monkeypatch.setenv("SCORE_SAFETY_LOG", str(tmp_path / "fil.csv"))
    widget = build_app()
    buttons = [b for w in widget.children if isinstance(w, widgets.HBox) for b in w.children
               if "safety-classify" in b._dom_classes]
    assert buttons, "the classify button is on the page"
    deadline = time.monotonic() + 60
    while buttons[0].disabled and time.monotonic() < deadline:   # the model trains
        time.sleep(0.1)
    assert buttons[0].description == "Imungkahi ang kategorya"
    for key in labels.FIL:
        assert key in labels.EN, f"FIL label {key} has no English original"


def test_every_category_has_plain_words_and_labels_format():
    assert set(labels.CATEGORY_NAMES) == set(CATEGORIES)
    assert labels.text("fil", "saved", path="x").startswith("Na-save")
    assert labels.text("xx", "save") == "Save to the log"
