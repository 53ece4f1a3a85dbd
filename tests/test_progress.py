"""The progress log: one well-formed line per event, one file per participant, never a crash."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.exercises import progress


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Progress and config folders under tmp_path; no participant set; recording on."""
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(tmp_path / "progress"))
    monkeypatch.setenv("SCORE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("SCORE_PARTICIPANT", raising=False)
    monkeypatch.delenv("SCORE_PROGRESS", raising=False)
    monkeypatch.setattr(progress, "_warned_not_saved", False)
    monkeypatch.setattr(progress, "_unsaved_name", None)
    return tmp_path / "progress"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_record_appends_one_well_formed_line_per_call(folders: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PARTICIPANT", "Ana Cruz")
    before = datetime.now(UTC).replace(microsecond=0)
    progress.record("00_welcome", "q2", "check", result="not_yet")
    progress.record("00_welcome", "q2", "hint", hint=1)
    progress.record("00_welcome", "q2", "solution")
    written = lines(folders / "ana-cruz.jsonl")
    assert len(written) == 3
    assert written[0] == {"time": written[0]["time"], "participant": "Ana Cruz",
                          "module": "00_welcome", "question": "q2", "event": "check",
                          "result": "not_yet", "hint": None}
    assert [e["event"] for e in written] == ["check", "hint", "solution"]
    assert written[1]["hint"] == 1 and written[1]["result"] is None
    stamp = datetime.strptime(written[0]["time"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= stamp <= before + timedelta(seconds=5)


def test_record_rejects_an_unknown_event_or_result(folders: Path) -> None:
    with pytest.raises(ValueError, match="event must be one of"):
        progress.record("00_welcome", "q1", "peek")
    with pytest.raises(ValueError, match="result for a check"):
        progress.record("00_welcome", "q1", "check", result="wrong")
    assert not folders.exists()


def test_record_starts_a_new_line_after_a_half_written_one(folders: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PARTICIPANT", "Ana Cruz")
    folders.mkdir(parents=True)
    (folders / "ana-cruz.jsonl").write_text('{"time": "2025-08-1', encoding="utf-8")
    progress.record("00_welcome", "q1", "check", result="correct")
    events = progress.read_events(folders)
    assert len(events) == 1 and events.attrs["skipped_lines"] == 1


def test_whoami_saves_the_name_and_current_participant_reads_it(
        folders: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = progress.whoami("  Rosa Dizon ")
    assert message == "Hello, Rosa Dizon! Your progress will be saved under this name."
    assert message in capsys.readouterr().out
    saved = json.loads((tmp_path / "config" / "participant.json").read_text(encoding="utf-8"))
    assert saved == {"name": "Rosa Dizon"}
    assert progress.current_participant() == "Rosa Dizon"
    progress.record("00_welcome", "q1", "hint", hint=1)
    assert lines(folders / "rosa-dizon.jsonl")[0]["participant"] == "Rosa Dizon"


@pytest.mark.parametrize(("name", "fix"), [
    ("   ", "Your name is empty"),
    ("A" * 61, "the limit is 60"),
    ("../Ana", "cannot contain /"),
    ("Ana\\Cruz", "cannot contain /"),
])
def test_whoami_refuses_a_bad_name_with_a_plain_fix(folders: Path, tmp_path: Path, name: str,
                                                    fix: str) -> None:
    with pytest.raises(ValueError, match=fix):
        progress.whoami(name)
    assert not (tmp_path / "config" / "participant.json").exists()


def test_the_environment_overrides_the_saved_name(folders: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    progress.whoami("Rosa Dizon")
    monkeypatch.setenv("SCORE_PARTICIPANT", "Jose Santos")
    assert progress.current_participant() == "Jose Santos"
    progress.record("00_welcome", "q1", "check", result="correct")
    assert [p.name for p in folders.iterdir()] == ["jose-santos.jsonl"]


def test_without_a_saved_name_the_os_user_name_is_used(folders: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress.getpass, "getuser", lambda: "worker7")
    assert progress.current_participant() == "worker7"

    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(progress.getpass, "getuser", no_user)
    assert progress.current_participant() == "participant"


def test_progress_off_writes_nothing(folders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_PROGRESS", "off")
    progress.record("00_welcome", "q1", "check", result="correct")
    assert not folders.exists()


def test_an_unwritable_folder_warns_once_and_never_raises(tmp_path: Path, folders: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a_file_not_a_folder"  # works even as root, unlike chmod
    blocker.write_text("x")
    monkeypatch.setenv("SCORE_PROGRESS_DIR", str(blocker / "progress"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            progress.record("00_welcome", "q1", "check", result="not_yet")
    assert len(caught) == 1
    assert issubclass(caught[0].category, progress.ProgressNotSavedWarning)
    text = str(caught[0].message)
    assert str(blocker / "progress") in text and "SCORE_PROGRESS_DIR" in text


def test_read_events_skips_a_corrupt_half_line_and_reads_the_rest(tmp_path: Path) -> None:
    good = {"time": "2025-08-14T05:00:00Z", "participant": "Ana Cruz", "module": "00_welcome",
            "question": "q1", "event": "check", "result": "correct", "hint": None}
    text = (json.dumps(good) + "\n" + json.dumps(good | {"question": "q2"}) + "\n"
            + '["not", "an", "event"]\n' + '{"time": "2025-08-14T05:0')
    (tmp_path / "ana-cruz.jsonl").write_text(text, encoding="utf-8")
    events = progress.read_events(tmp_path)
    assert list(events["question"]) == ["q1", "q2"]
    assert events.attrs["skipped_lines"] == 2
    assert list(events.columns) == list(progress.COLUMNS)
    assert isinstance(events["time"].dtype, pd.DatetimeTZDtype)
    assert str(events["time"].dt.tz) == "UTC"


def test_read_events_of_an_empty_or_missing_folder_is_an_empty_frame(tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path / "missing"):
        events = progress.read_events(folder)
        assert events.empty
        assert list(events.columns) == list(progress.COLUMNS)


def test_two_participants_write_two_files_that_read_back_together(
        folders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("Ana Cruz", "Niño Castillo", "Ana Cruz"):
        monkeypatch.setenv("SCORE_PARTICIPANT", name)
        progress.record("00_welcome", "q1", "check", result="not_yet")
    assert sorted(p.name for p in folders.iterdir()) == ["ana-cruz.jsonl", "nino-castillo.jsonl"]
    events = progress.read_events()  # default: SCORE_PROGRESS_DIR
    assert events["participant"].value_counts().to_dict() == {"Ana Cruz": 2, "Niño Castillo": 1}


def test_slug_makes_safe_distinct_file_names() -> None:
    assert progress.slug("Niño dela Cruz") == "nino-dela-cruz"
    assert progress.slug("ANA_cruz") == progress.slug("Ana Cruz") == "ana-cruz"
    assert progress.slug("李明").startswith("p-")
    assert progress.slug("李明") != progress.slug("王芳")
