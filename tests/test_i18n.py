"""English and Filipino string tables (score_helpers/i18n): complete, in step, and used.

Every English ID has a Filipino entry with the same {placeholders}; SCORE_LANG=fil
switches an app's labels, the certificate, the exercise engine's messages and the
exercises' hints; an unknown language falls back to English without an error.
"""

from __future__ import annotations

import argparse
import datetime
import string
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data, i18n
from score_helpers.exercises import EXERCISE_MODULES
from score_helpers.exercises.strings import english_exercise_strings
from score_helpers.grading import certificate
from score_helpers.i18n import tables
from score_helpers.widgets import kpi_snapshot

ENGLISH = tables.english_all()
FILIPINO = tables.filipino()
DAY = datetime.date(2025, 8, 14)


@pytest.fixture(autouse=True)
def _english_and_no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts in English (whatever the shell says) and records no progress."""
    monkeypatch.delenv("SCORE_LANG", raising=False)
    monkeypatch.setenv("SCORE_PROGRESS", "off")


def fields(sentence: str) -> Counter[str]:
    """The {placeholders} of a str.format sentence, counted by name."""
    return Counter(name for _, name, _, _ in string.Formatter().parse(sentence)
                   if name is not None)


def test_every_english_app_engine_and_certificate_id_has_a_filipino_entry() -> None:
    missing = sorted(set(tables.english()) - set(FILIPINO))
    assert not missing, f"Add these to score_helpers/i18n/fil_*.py: {missing}"


def test_every_english_id_has_a_filipino_entry_exercises_included() -> None:
    missing = sorted(set(ENGLISH) - set(FILIPINO))
    assert not missing, (f"{len(missing)} IDs have no Filipino (score_helpers/i18n/"
                         f"fil_*.py, fil_exercises*.py): {missing[:20]}")


def test_no_filipino_entry_without_an_english_one() -> None:
    extra = sorted(set(FILIPINO) - set(ENGLISH))
    assert not extra, f"These Filipino IDs match no English one: {extra}"


def test_each_filipino_entry_has_the_placeholders_of_its_english() -> None:
    wrong = {key: (sorted(fields(ENGLISH[key])), sorted(fields(sentence)))
             for key, sentence in FILIPINO.items()
             if key in ENGLISH and fields(sentence) != fields(ENGLISH[key])}
    assert not wrong, f"English vs Filipino placeholders differ: {wrong}"


def test_no_entry_is_empty() -> None:
    empty = [key for table in (ENGLISH, FILIPINO) for key, value in table.items()
             if not str(value).strip()]
    assert not empty, empty


def test_the_exercise_ids_cover_every_module_question_and_kind() -> None:
    exercise_ids = english_exercise_strings()
    assert {key.split(".")[0] for key in exercise_ids} == set(EXERCISE_MODULES)
    kinds = Counter(key.split(".")[2] for key in exercise_ids)
    assert {"title", "hint", "mistake", "prompt", "option"} <= set(kinds)
    # the English comes from the classes: the first hint of the welcome warm-up
    from score_helpers.exercises.welcome import q1

    assert exercise_ids["00_welcome.q1.hint.1"] == q1.hints[0]
    assert exercise_ids["01_kpi_tracking.message.not_a_chart"].startswith("`{name}`")


@pytest.mark.parametrize(("value", "expected"), [
    ("fil", "fil"), ("tl", "fil"), ("fil_PH", "fil"), ("Filipino", "fil"), ("Tagalog", "fil"),
    ("en", "en"), ("", "en"), ("de", "en"), ("xx-YY", "en"),
])
def test_language_from_score_lang(monkeypatch: pytest.MonkeyPatch, value: str,
                                  expected: str) -> None:
    monkeypatch.setenv("SCORE_LANG", value)
    assert i18n.language() == expected


def test_unknown_language_and_missing_filipino_fall_back_to_english(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.text("engine.correct", "klingon") == "Correct! Well done."
    monkeypatch.setenv("SCORE_LANG", "klingon")
    assert i18n.text("engine.not_yet") == "Not yet."
    assert i18n.text("engine.hint_header", number=1, total=2) == "Hint 1 of 2:"
    monkeypatch.setattr(tables, "filipino", lambda: {})
    assert i18n.text("engine.not_yet", "fil") == "Not yet."
    with pytest.raises(KeyError, match="en_"):
        i18n.text("engine.no_such_sentence")


def test_score_lang_fil_switches_an_apps_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    frames = {"Garments": data.load("garments_daily")}
    english = kpi_snapshot.build_app(frames)
    monkeypatch.setenv("SCORE_LANG", "fil")
    filipino = kpi_snapshot.build_app(frames)
    factory, month = filipino.children[1].children
    assert (factory.description, month.description) == ("Pabrika", "Buwan")
    assert factory.options == (("Damit (garments)", "Garments"),)
    table = filipino.children[2].value
    assert "<th>Kalidad</th>" in table and "<th>Quality</th>" not in table
    assert "<th>Quality</th>" in english.children[2].value
    assert english.children[1].children[0].description == "Factory"


def test_the_certificate_in_filipino(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    book = pd.DataFrame([("Ana Cruz", "00_welcome", 8, 10, "graded"),
                         ("Ana Cruz", "01_kpi_tracking", 0, 10, "error")],
                        columns=["participant", "assignment", "score", "max_score", "status"])
    monkeypatch.setenv("SCORE_LANG", "fil")
    page = certificate.certificate_html("Ana Cruz", grades=book, date=DAY)
    assert '<html lang="fil">' in page
    for words in ("Sertipiko ng pagtatapos", "Pinatutunayan nito na si", "8 sa 10 puntos",
                  "Petsa: 14 Agosto 2025", "Kinatawan ng EIT / kumpanya", "Hindi ito opisyal",
                  "Walang grade: huminto ang notebook dahil sa error"):
        assert words in page, words
    assert "Certificate of completion" not in page
    # --lang wins over SCORE_LANG, both ways
    assert "Certificate of completion" in certificate.certificate_html(
        "Ana Cruz", grades=book, date=DAY, lang="en")
    monkeypatch.delenv("SCORE_LANG")
    grades = tmp_path / "grades.csv"
    book.to_csv(grades, index=False)
    parser = argparse.ArgumentParser(prog="score-lab")
    certificate.register_cli(parser.add_subparsers(dest="command", required=True))
    out = tmp_path / "ana.html"
    args = parser.parse_args(["certificate", "--participant", "Ana Cruz", "--grades",
                              str(grades), "--progress", str(tmp_path / "none"), "--out",
                              str(out), "--trainer", "Maria Santos", "--lang", "fil"])
    assert args.handler(args) == 0
    assert "Naisulat ang sertipiko ni Ana Cruz" in capsys.readouterr().out
    written = out.read_text(encoding="utf-8")
    assert "Sertipiko ng pagtatapos" in written and "Maria Santos, Trainer" in written


def test_an_exercise_check_message_and_hint_in_filipino(monkeypatch: pytest.MonkeyPatch) -> None:
    from score_helpers.exercises import whoami
    from score_helpers.exercises.welcome import q1, q2

    wrong = {"defects": 12, "units_produced": 480, "defect_rate": 480 / 12}
    english = q1.check(wrong).text()
    assert english.startswith("✘ Not yet.") and q1.common_mistakes["upside_down"] in english
    monkeypatch.setenv("SCORE_LANG", "fil")
    filipino = q1.check(wrong)
    assert filipino.message == "Hindi pa."
    upside_down = FILIPINO.get("00_welcome.q1.mistake.upside_down")
    assert upside_down and upside_down in filipino.text()
    assert q1.check({**wrong, "defect_rate": 12 / 480}).message == "Tama! Magaling."
    hint = q1.hint(1)
    assert hint.splitlines()[0] == "Hint 1 sa 2:"
    assert hint.splitlines()[1] == FILIPINO["00_welcome.q1.hint.1"] != q1.hints[0]
    # a wrong choice explains itself in Filipino, and never names the right option
    choice = q2.check({"q2_answer": "A"}).text()
    assert FILIPINO["00_welcome.q2.mistake.A"] in choice and "B" not in choice.split("\n")[0]
    with pytest.raises(ValueError, match="Walang laman ang pangalan mo"):
        whoami("  ")


def test_the_engine_falls_back_to_the_classes_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from score_helpers.exercises.welcome import q1

    monkeypatch.setenv("SCORE_LANG", "fil")
    monkeypatch.setattr(tables, "filipino", lambda: {"engine.not_yet": "Hindi pa."})
    result = q1.check({"defects": 12, "units_produced": 480, "defect_rate": 40.0})
    assert result.message == "Hindi pa."
    assert q1.common_mistakes["upside_down"] in result.text()
    assert q1.hints[1] in q1.hint(2)


def test_grading_feedback_pages_follow_score_lang(monkeypatch):
    from score_helpers.grading.messages import say

    monkeypatch.delenv("SCORE_LANG", raising=False)
    assert say("fb_score", score=3, max_score=4) == "Your score: 3 of 4 points"
    monkeypatch.setenv("SCORE_LANG", "fil")
    assert say("fb_score", score=3, max_score=4) == "Ang iskor mo: 3 sa 4 puntos"
    assert say("fb_passed") == "Tama"


def test_gallery_cards_come_from_the_tables():
    from score_helpers.i18n import text
    from score_helpers.widgets.gallery import APPS

    for app in APPS:
        assert app.fil.title == text(f"app.gallery.{app.name}.title", "fil")
        assert app.en.title != app.fil.title
