"""The printable certificate: honest results, escaped names, no network, a CLI that writes it."""

from __future__ import annotations

import argparse
import datetime
import re
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.exercises.progress import read_events
from score_helpers.grading import certificate
from score_helpers.grading.sample_class import write_sample_class

NOW = pd.Timestamp("2025-08-14T06:00:00Z")
DAY = datetime.date(2025, 8, 14)


def grades(*rows: tuple[str, str, float | None, float, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["participant", "assignment", "score", "max_score",
                                       "status"])


def test_certificate_lists_modules_scores_date_and_signatures() -> None:
    book = grades(("Ana <Cruz> & Co", "00_welcome", 8, 10, "graded"),
                  ("Ana <Cruz> & Co", "01_kpi_tracking", 7, 10, "tampered"),
                  ("Jose Santos", "00_welcome", 10, 10, "graded"))
    page = certificate.certificate_html("Ana <Cruz> & Co", grades=book, date=DAY,
                                        trainer_line="Maria Santos, Trainer")
    assert "Ana &lt;Cruz&gt; &amp; Co" in page and "Ana <Cruz>" not in page
    assert "00 · Welcome" in page and "8 of 10 points" in page
    assert "01 · KPI tracking" in page
    # a tampered notebook is graded with the original checks: score shown, with the reason
    assert ("7 of 10 points (graded with the original checks: the grading cells had been "
            "changed)") in page
    assert "Jose Santos" not in page
    assert "14 August 2025" in page
    assert "Maria Santos, Trainer" in page and "EIT / company representative" in page
    assert page.count("class=\"signature\"") == 2
    assert "Enterprise Improvement Team refresher" in page
    assert "not an official ILO certificate" in page
    assert "A4 landscape" in page


def test_certificate_fetches_nothing_from_the_network() -> None:
    page = certificate.certificate_html("Ana Cruz", grades=grades(
        ("Ana Cruz", "00_welcome", 8, 10, "graded")), date=DAY)
    assert not re.search(r"https?:|//[a-z]", page, flags=re.IGNORECASE)
    assert not re.search(r"<(img|link|script|iframe)\b|url\(|@import", page)


def test_without_grades_it_counts_practice_questions_from_the_log(tmp_path: Path) -> None:
    write_sample_class(tmp_path, now=NOW)
    events = read_events(tmp_path)
    jose = events[events["participant"] == "Jose Santos"]
    solved = jose.loc[jose["result"] == "correct", "question"].nunique()
    page = certificate.certificate_html("jose santos", events=events, date=DAY)
    assert "Jose Santos" in page  # the spelling from the log
    assert f"{solved} of 5 correct" in page


def test_an_unknown_participant_gets_the_near_match() -> None:
    book = grades(("Ana Cruz", "00_welcome", 8, 10, "graded"),
                  ("Jose Santos", "00_welcome", 9, 10, "graded"))
    with pytest.raises(ValueError, match=r"Ana Crus\. Did you mean: Ana Cruz\?"):
        certificate.certificate_html("Ana Crus", grades=book)
    with pytest.raises(ValueError, match=r"No results were found for Zzyzx\. Check"):
        certificate.certificate_html("Zzyzx", grades=book)


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="score-lab")
    certificate.register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


def test_the_cli_writes_the_certificate(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    grades_path = write_sample_class(tmp_path / "class", now=NOW)
    monkeypatch.chdir(tmp_path)
    code = run("certificate", "--participant", "Analyn Cruz", "--grades", str(grades_path),
               "--progress", str(tmp_path / "class"), "--date", "2025-08-14",
               "--trainer", "Maria Santos")
    assert code == 0
    out = tmp_path / "certificates" / "analyn-cruz.html"
    assert str(Path("certificates") / "analyn-cruz.html") in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert "Analyn Cruz" in page and "14 August 2025" in page and "Maria Santos, Trainer" in page
    assert "of 10 points" in page


def test_the_cli_explains_a_typo_with_exit_code_1(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write_sample_class(tmp_path, now=NOW)
    code = run("certificate", "--participant", "Ramon Garsia", "--progress", str(tmp_path),
               "--out", str(tmp_path / "cert.html"))
    captured = capsys.readouterr()
    assert code == 1
    assert "Did you mean: Ramon Garcia" in captured.err
    assert "Traceback" not in captured.err
    assert not (tmp_path / "cert.html").exists()


def test_the_cli_refuses_a_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("certificate", "--participant", "Ana Cruz", "--date", "14/08/2025")
    assert "Write it as YYYY-MM-DD" in capsys.readouterr().err
