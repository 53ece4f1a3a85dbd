"""The progress log: one JSON line per check, hint or solution, one file per participant.

Each participant's events go to `<progress folder>/<name slug>.jsonl`, so a class can
share one network folder without two laptops ever writing to the same file. The trainer
dashboard (score_helpers.widgets.trainer_dashboard) reads every file in the folder.

Environment variables:
    SCORE_PROGRESS_DIR   the progress folder (default: a per-user data folder)
    SCORE_CONFIG_DIR     where the participant's name is saved (default: a per-user folder)
    SCORE_PARTICIPANT    the participant's name, overriding the saved one
    SCORE_PROGRESS=off   record nothing (grading runs set it)

Recording never raises into a participant's notebook: if the folder cannot be written,
it warns once and the exercises carry on. Example names are refused (participant_names).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import unicodedata
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import platformdirs

from score_helpers.exercises.messages import say
from score_helpers.exercises.participant_names import (
    is_placeholder,
    is_sample_name,
    refusal_message,
)

APP_NAME = "score-ai-lab"
PARTICIPANT_FILE = "participant.json"
EVENTS = ("check", "hint", "solution")
RESULTS = ("not_attempted", "correct", "not_yet")
COLUMNS = ("time", "participant", "module", "question", "event", "result", "hint")
NAME_LIMIT = 60
OFF_VALUES = {"off", "0", "false", "no"}
FALLBACK_PARTICIPANT = "participant"

# What a participant reads is in score_helpers/i18n (IDs `engine.progress.<key>`, English
# and Filipino); these two are for the programmers who call record() wrongly.
MESSAGES: dict[str, str] = {
    "bad_event": "event must be one of {allowed}, not {value!r}.",
    "bad_result": "result for a {event} event must be one of {allowed}, not {value!r}.",
}


class ProgressNotSavedWarning(UserWarning):
    """The progress log could not be written; the exercises carry on without it."""


_warned_not_saved = False  # warn once per process, not on every check
_unsaved_name: str | None = None  # a name whoami() could not save to disk


def progress_dir() -> Path:
    """The progress folder: $SCORE_PROGRESS_DIR, else a per-user data folder.

    It is created on the first write, not here.
    """
    override = os.environ.get("SCORE_PROGRESS_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME) / "progress"


def config_dir() -> Path:
    """Where the participant's name is saved: $SCORE_CONFIG_DIR, else a per-user folder."""
    override = os.environ.get("SCORE_CONFIG_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path(APP_NAME)


def slug(name: str) -> str:
    """A safe file name for a participant: 'Niño dela Cruz' → 'nino-dela-cruz'.

    Accents are dropped; a name with no Latin letters or digits gets a short stable code.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    if cleaned:
        return cleaned
    if not name.strip():
        return FALLBACK_PARTICIPANT
    return "p-" + hashlib.sha1(name.strip().encode("utf-8")).hexdigest()[:10]


def _validate_name(name: str) -> str:
    """The stripped name, or ValueError with a plain fix."""
    cleaned = str(name).strip()
    if not cleaned:
        raise ValueError(say("progress.name_empty"))
    if len(cleaned) > NAME_LIMIT:
        raise ValueError(say("progress.name_too_long", length=len(cleaned), limit=NAME_LIMIT))
    if "/" in cleaned or "\\" in cleaned:
        raise ValueError(say("progress.name_separator"))
    return cleaned


class _Printed(str):
    """A message that whoami() has already printed: a notebook does not show it twice."""

    def _ipython_display_(self) -> None:
        return None


def whoami(name: str) -> str:
    """Set your name once; your progress is saved under it from now on.

    Saves the name to `participant.json` in config_dir(), prints a confirmation and
    returns it. The blank `____`, a placeholder or an example name (participant_names)
    saves nothing and prints how to type your own name; an empty name, one too long or
    with a slash raises ValueError that says how to fix it.
    """
    global _unsaved_name
    blank = is_placeholder(name) and not (isinstance(name, str) and not name.strip())
    cleaned = name if blank else _validate_name(name)
    refusal = refusal_message(cleaned)  # the blank or an example name: save nothing
    if refusal is not None:
        print(refusal)
        return _Printed(refusal)
    lines = [say("progress.hello", name=cleaned)]
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / PARTICIPANT_FILE).write_text(
            json.dumps({"name": cleaned}, ensure_ascii=False), encoding="utf-8")
        _unsaved_name = None
    except OSError as error:
        _unsaved_name = cleaned
        lines.append(say("progress.name_not_saved", folder=folder, error=error.strerror))
    forced = os.environ.get("SCORE_PARTICIPANT", "").strip()
    if forced and forced != cleaned:
        lines.append(say("progress.env_wins", name=forced))
    message = _Printed("\n".join(lines))
    print(message)
    return message


def _saved_name() -> str | None:
    """The name saved by whoami(), or None if there is none, the file is unreadable or the
    name is an example name (saved by an older course version's Run All)."""
    try:
        saved = json.loads((config_dir() / PARTICIPANT_FILE).read_text(encoding="utf-8"))
        name = _validate_name(saved["name"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None if is_sample_name(name) else name


def current_participant() -> str:
    """Who is working: $SCORE_PARTICIPANT, else the saved name, else the OS user name."""
    forced = os.environ.get("SCORE_PARTICIPANT", "").strip()
    if forced:
        return forced
    name = _unsaved_name or _saved_name()
    if name:
        return name
    try:
        return getpass.getuser() or FALLBACK_PARTICIPANT
    except Exception:  # getpass raises OSError or KeyError depending on the platform
        return FALLBACK_PARTICIPANT


def recording_enabled() -> bool:
    """False when SCORE_PROGRESS=off (grading runs), True otherwise."""
    return os.environ.get("SCORE_PROGRESS", "").strip().lower() not in OFF_VALUES


def _event_line(module: str, question: str, event: str, result: str | None,
                hint: int | None) -> dict[str, Any]:
    if event not in EVENTS:
        raise ValueError(MESSAGES["bad_event"].format(allowed=", ".join(EVENTS), value=event))
    allowed = RESULTS if event == "check" else (None,)
    if result not in allowed:
        raise ValueError(MESSAGES["bad_result"].format(
            event=event, allowed=", ".join(map(str, allowed)), value=result))
    try:
        hint_number = int(hint) if hint is not None else None
    except (TypeError, ValueError):
        hint_number = None
    return {"time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "participant": current_participant(), "module": str(module),
            "question": str(question), "event": event, "result": result, "hint": hint_number}


def _append_line(path: Path, line: str) -> None:
    """Append one line in one write; start a new line if a crash left the last one unfinished."""
    data = line.encode("utf-8")
    with open(path, "a+b") as file:
        file.seek(0, os.SEEK_END)
        if file.tell() > 0:
            file.seek(-1, os.SEEK_END)
            if file.read(1) != b"\n":
                data = b"\n" + data
        file.write(data)


def record(module: str, question: str, event: str, result: str | None = None,
           hint: int | None = None) -> None:
    """Append one event to the participant's progress file.

    `event` is check, hint or solution; `result` is not_attempted, correct or not_yet for
    a check and None otherwise (a wrong value is a programming error: ValueError). A
    folder that cannot be written warns once per process and never raises.
    """
    global _warned_not_saved
    if not recording_enabled():
        return
    entry = _event_line(module, question, event, result, hint)
    folder = progress_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _append_line(folder / f"{slug(entry['participant'])}.jsonl",
                     json.dumps(entry, ensure_ascii=False) + "\n")
    except OSError as error:
        if not _warned_not_saved:
            _warned_not_saved = True
            reason = error.strerror or str(error)
            warnings.warn(say("progress.not_saved", folder=folder, error=reason),
                          ProgressNotSavedWarning, stacklevel=2)


def _is_valid(entry: object) -> bool:
    """A line is usable when its text fields are non-empty strings and hint is a whole number."""
    if not isinstance(entry, dict):
        return False
    texts = ("time", "participant", "module", "question", "event")
    if not all(isinstance(entry.get(key), str) and entry[key] for key in texts):
        return False
    hint = entry.get("hint")
    result = entry.get("result")
    return ((hint is None or (isinstance(hint, int) and not isinstance(hint, bool)))
            and (result is None or isinstance(result, str)))


def empty_events() -> pd.DataFrame:
    """An events frame with no rows and the usual columns and types."""
    return _typed(pd.DataFrame({column: [] for column in COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({c: "object" for c in ("participant", "module", "question", "event")})
    frame["time"] = pd.to_datetime(frame["time"], utc=True, format="ISO8601",
                                   errors="coerce").dt.as_unit("us")
    frame["result"] = frame["result"].astype("object").where(frame["result"].notna(), None)
    frame["hint"] = pd.to_numeric(frame["hint"], errors="coerce").astype("Int64")
    return frame


def read_events(directory: Path | str | None = None) -> pd.DataFrame:
    """Every event in every *.jsonl file of `directory` (default: progress_dir()).

    Columns: time (UTC), participant, module, question, event, result, hint; sorted by time.
    Corrupt lines (a half-written last line is normal on a shared folder) are skipped and
    counted in `frame.attrs["skipped_lines"]`; unreadable files in `attrs["unreadable_files"]`.
    A missing or empty folder gives an empty frame with those columns.
    """
    folder = Path(directory) if directory is not None else progress_dir()
    rows: list[dict[str, Any]] = []
    skipped = 0
    unreadable: list[str] = []
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            unreadable.append(path.name)
            continue
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                skipped += 1
                continue
            if _is_valid(entry):
                rows.append({column: entry.get(column) for column in COLUMNS})
            else:
                skipped += 1
    frame = _typed(pd.DataFrame(rows, columns=list(COLUMNS))) if rows else empty_events()
    bad_time = frame["time"].isna()
    skipped += int(bad_time.sum())
    frame = frame[~bad_time].sort_values("time", kind="stable").reset_index(drop=True)
    frame.attrs.update(skipped_lines=skipped, unreadable_files=unreadable, files=len(files))
    return frame
