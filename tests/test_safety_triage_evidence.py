"""Issue 18: the evidence words leave out filler words, and the app offers to remove a
name before a report is saved (with the detectors of score_helpers.privacy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from score_helpers.safety import log as safety_log
from score_helpers.safety import triage as st
from score_helpers.safety.triage_words import FILLER_WORDS, is_evidence
from score_helpers.widgets.safety_triage import SafetyTriage

# The words of issue 18: “sahig”, “madulas”, “sa”, “muntik”, “si”
REPORTED = "Muntik madulas si Jun sa sahig ng packing, madulas kasi basa"
NAMED = "Naipit ang daliri ni kuya sa roller, si Jun ang nakakita, walang guard"


@pytest.fixture(scope="module")
def model() -> st.TriageModel:
    return st.train_triage()


def test_the_filler_words_of_the_issue_are_never_evidence():
    for word in ("sa", "muntik", "si", "ng", "ang", "na", "the", "a"):
        assert not is_evidence(word), word
    for word in ("sahig", "madulas", "sa sahig", "muntik madulas"):
        assert is_evidence(word), word


def test_the_issue_example_shows_hazard_words_only(model):
    words = model.classify(REPORTED).top_words
    assert {"sahig", "madulas"} <= set(words)
    assert not {"sa", "muntik", "si"} & set(words)
    assert all(is_evidence(w) for w in words)


@pytest.mark.parametrize("text", [
    "the worker slipped on the wet floor near the sink",
    "natapunan ng thinner ang kamay ni ate sa mixing area",
    "nahulog ang kahon mula sa rack, muntik na tamaan si kuya",
])
def test_no_single_filler_word_in_the_evidence(model, text):
    words = model.classify(text).top_words
    assert words
    assert not [w for w in words if w in FILLER_WORDS]


def classify(app: SafetyTriage, words: str) -> None:
    app.form.report.value = words
    app.classify_button.click()


@pytest.mark.parametrize("lang, warning, button", [
    ("en", "Before you save", "Remove them"),
    ("fil", "Bago i-save", "Tanggalin"),
])
def test_a_name_is_warned_about_and_removed_before_saving(tmp_path: Path, lang, warning,
                                                          button):
    app = SafetyTriage(lang, log_path=tmp_path / "log.csv", background=False)
    classify(app, NAMED)
    assert warning in app.privacy_note.value and "Jun" in app.privacy_note.value
    assert app.remove_button.layout.display is None
    assert app.remove_button.description == button
    app.remove_button.click()
    assert "Jun" not in app.form.report.value and "[NAME]" in app.form.report.value
    assert app.remove_button.layout.display == "none"
    app.save_button.click()
    assert "saved-msg" in app.saved.value
    saved = safety_log.read_log(app.log_path)
    assert len(saved) == 1
    assert "Jun" not in saved["description"].iloc[0]
    assert "roller" in saved["description"].iloc[0]


def test_no_name_no_warning_and_no_button(tmp_path: Path):
    app = SafetyTriage("en", log_path=tmp_path / "log.csv", background=False)
    classify(app, "Naipit ang daliri sa roller, walang guard")
    assert app.privacy_note.value == ""
    assert app.remove_button.layout.display == "none"


def test_a_name_typed_after_the_suggestion_is_still_caught(tmp_path: Path):
    app = SafetyTriage("en", log_path=tmp_path / "log.csv", background=False)
    classify(app, "Naipit ang daliri sa roller, walang guard")
    app.form.report.value += ", si Jun ang nakakita"
    app.remove_button.click()
    assert "Jun" not in app.form.report.value
    app.save_button.click()
    assert "Jun" not in safety_log.read_log(app.log_path)["description"].iloc[0]
