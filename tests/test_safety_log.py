"""The safety log: a round trip, one header, concurrent writers, crash damage, bad records,
and a log that feeds the DOLE WAIR table and the weekly summary as it is."""

from __future__ import annotations

import csv
import multiprocessing
import warnings
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.data import DataError
from score_helpers.safety import log as safety_log
from score_helpers.safety import osh_reports
from score_helpers.safety import weekly as safety_weekly
from score_helpers.safety.log import SafetyLogWarning

WRITERS, PER_WRITER = 4, 25


def report(**changes: object) -> dict[str, object]:
    """One valid record, as the app makes it; `changes` replace fields."""
    record: dict[str, object] = {
        "date": "2024-03-04", "factory": "garments", "line": "Line A",
        "report_type": "near_miss", "hazard_category": "caught_in_machinery",
        "description": "Muntik maipit ang daliri ni kuya sa sewing machine, walang guard",
        "suggested_category": "caught_in_machinery", "confidence": 0.87,
        "likelihood": 3, "severity": 4,
    }
    return record | changes


def _write_many(path: str, writer: int) -> None:
    for i in range(PER_WRITER):
        safety_log.append_report(path, report(description=f"writer {writer}, report {i}, "
                                              "with a comma and \"quotes\""))


def test_round_trip_keeps_every_field_and_computes_the_rating(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report())
    safety_log.append_report(path, report(date="2024-03-06", report_type="lost_time",
                                          days_lost=3, hazard_category="cut_sharp",
                                          confidence=0.41, likelihood=4, severity=5))
    log = safety_log.read_log(path)
    assert list(log.columns) == list(safety_log.COLUMNS)
    assert len(log) == 2 and log.attrs["damaged_lines"] == []
    first, second = log.iloc[0], log.iloc[1]
    assert first["description"] == report()["description"]
    assert first["date"] == pd.Timestamp("2024-03-04")
    assert (first["likelihood"], first["severity"], first["risk_score"]) == (3, 4, 12)
    assert first["risk_level"] == "high" and not first["needs_review"]
    assert (second["risk_score"], second["risk_level"]) == (20, "critical")
    assert second["needs_review"], "confidence 0.41 is below REVIEW_BELOW"
    assert second["days_lost"] == 3 and second["suggested_category"] == "caught_in_machinery"
    assert second["hazard_category"] == "cut_sharp", "the person's choice is what counts"


def test_the_file_opens_in_excel_with_one_header(tmp_path: Path):
    path = tmp_path / "sub" / "log.csv"
    for _ in range(3):
        safety_log.append_report(path, report())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    assert raw.count(b"saved_at") == 1
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(safety_log.COLUMNS) and len(rows) == 4
    assert not list(path.parent.glob(".*.tmp")), "no temporary file is left behind"


def test_text_becomes_one_line_and_never_an_excel_formula(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report(description="=1+1 nadulas\nsa hagdan", line="@B"))
    log = safety_log.read_log(path)
    assert path.read_bytes().count(b"\n") == 2
    assert log.at[0, "description"] == "=1+1 nadulas sa hagdan"
    assert log.at[0, "line"] == "@B"
    raw = path.read_bytes()
    assert b",'=1+1 nadulas sa hagdan," in raw and b",'@B," in raw, "data.safe_csv's quote"


def test_concurrent_writers_lose_nothing(tmp_path: Path):
    path = tmp_path / "log.csv"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(path), w)) for w in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    log = safety_log.read_log(path)
    assert len(log) == WRITERS * PER_WRITER
    assert log.attrs["damaged_lines"] == []
    expected = {f"writer {w}, report {i}, with a comma and \"quotes\""
                for w in range(WRITERS) for i in range(PER_WRITER)}
    assert set(log["description"]) == expected
    assert path.read_bytes().count(b"saved_at") == 1


def crash_midway(path: Path, torn: bytes) -> None:
    """What a power cut in the middle of a save leaves: the start of a line, no line end."""
    with open(path, "ab") as file:
        file.write(torn)


def read_damaged(path: Path, lines: list[int]) -> pd.DataFrame:
    """Read a damaged log: it warns, names the lines, and keeps the rest."""
    with pytest.warns(SafetyLogWarning, match=f"line {lines[0]}"):
        log = safety_log.read_log(path)
    assert log.attrs["damaged_lines"] == lines
    return log


def test_a_torn_last_line_is_left_out_and_named(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report(description="first"))
    safety_log.append_report(path, report(description="second"))
    line = path.read_bytes().split(b"\r\n")[-2]
    crash_midway(path, line[: len(line) - 5])
    with pytest.warns(SafetyLogWarning, match="line 4 cut off"):
        safety_log.read_log(path)
    assert read_damaged(path, [4])["description"].tolist() == ["first", "second"]


def test_the_next_save_starts_on_a_new_line_after_a_torn_one(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report(description="first"))
    crash_midway(path, b'2024-03-05,garments,"Line B,near_miss,cut_sharp,"half a quote')
    safety_log.append_report(path, report(description="after the crash"))
    log = read_damaged(path, [3])
    assert log["description"].tolist() == ["first", "after the crash"]


def test_a_line_cut_inside_the_last_time_is_still_caught(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report(description="kept"))
    line = path.read_bytes().split(b"\r\n")[1]
    crash_midway(path, line[:-4])           # every column there, but saved_at cut short
    safety_log.append_report(path, report(description="also kept"))
    assert read_damaged(path, [3])["description"].tolist() == ["kept", "also kept"]


def test_a_clean_log_gives_no_warning(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        safety_log.read_log(path)


def test_a_missing_log_is_an_empty_table_with_the_columns(tmp_path: Path):
    log = safety_log.read_log(tmp_path / "none.csv")
    assert log.empty and list(log.columns) == list(safety_log.COLUMNS)
    assert not (tmp_path / "none.csv").exists(), "reading never creates the file"


def test_a_hand_edited_wrong_value_is_named_by_row_and_column(tmp_path: Path):
    path = tmp_path / "log.csv"
    safety_log.append_report(path, report())
    safety_log.append_report(path, report())
    lines = path.read_bytes().split(b"\r\n")
    lines[2] = lines[2].replace(b",3,4,12,", b",three,4,12,")
    path.write_bytes(b"\r\n".join(lines))
    with pytest.raises(DataError, match=r"likelihood.*row 3|row 3.*likelihood"):
        safety_log.read_log(path)


def test_a_file_that_is_not_a_log_is_named(tmp_path: Path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"(?s)other\.csv.*header"):
        safety_log.read_log(path)


@pytest.mark.parametrize(("changes", "field"), [
    ({"hazard_category": "slippery"}, "hazard_category"),
    ({"suggested_category": "fire"}, "suggested_category"),
    ({"likelihood": 6}, "likelihood"),
    ({"likelihood": 0}, "likelihood"),
    ({"severity": 2.5}, "severity"),
    ({"description": "   "}, "description"),
    ({"report_type": "accident"}, "report_type"),
    ({"date": "04/03/2024"}, "date"),
    ({"date": "2999-01-01"}, "date"),
    ({"confidence": 1.5}, "confidence"),
    ({"days_lost": 2}, "days_lost"),
    ({"reporter": "Juan"}, "reporter"),
])
def test_bad_records_are_refused_naming_the_field(tmp_path: Path, changes, field):
    path = tmp_path / "log.csv"
    with pytest.raises(ValueError, match=field):
        safety_log.append_report(path, report(**changes))
    assert not path.exists(), "nothing is written for a bad record"


def test_missing_field_is_named(tmp_path: Path):
    record = report()
    del record["severity"]
    with pytest.raises(ValueError, match="severity"):
        safety_log.append_report(tmp_path / "log.csv", record)


def test_default_path_follows_the_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("SCORE_SAFETY_LOG", str(tmp_path / "mine.csv"))
    assert safety_log.default_log_path() == tmp_path / "mine.csv"
    monkeypatch.delenv("SCORE_SAFETY_LOG")
    monkeypatch.chdir(tmp_path)
    assert safety_log.default_log_path() == tmp_path / "safety_log.csv"


def test_the_log_feeds_the_wair_and_the_weekly_summary(tmp_path: Path):
    path = tmp_path / "log.csv"
    cases = [("2024-03-04", "near_miss", 0, "high"), ("2024-03-05", "first_aid", 0, "medium"),
             ("2024-03-12", "medical treatment", 0, "high"), ("2024-03-13", "lost_time", 4,
                                                             "critical"),
             ("2024-04-01", "near_miss", 0, "low")]
    ratings = {"low": (1, 2), "medium": (3, 2), "high": (3, 4), "critical": (4, 5)}
    for date, kind, days, level in cases:
        likelihood, severity = ratings[level]
        safety_log.append_report(path, report(date=date, report_type=kind, days_lost=days,
                                              likelihood=likelihood, severity=severity))
    log = safety_log.read_log(path)
    wair = osh_reports.wair_summary(log, "2024-03").set_index("Type of case")
    assert wair.loc["Near miss (no injury)", "Number of cases"] == 1
    assert wair.loc["Medical treatment case", "Number of cases"] == 1
    assert wair.loc["Lost-time injury", "Days lost"] == 4
    assert wair.loc["Total injuries (excluding near misses)", "Number of cases"] == 3
    weekly = safety_weekly.weekly_summary(log, factory="garments").set_index("week")
    assert weekly.loc["2024-W10", "reports"] == 2
    assert weekly.loc["2024-W11", "high_or_critical"] == 2
    assert weekly.loc["2024-W14", "near_misses"] == 1
