"""A class of hostile notebooks, graded with the real `score-lab grade` in the sandbox.

Each participant notebook is the released module 00 warm-up with a cell of their own
added, as anyone can, doing what a hostile participant would: read the course's sources,
a classmate's work, the trainer's keys and environment; delete and write files outside;
open a socket; leave a process running; rebind q1…q6; fill the memory; ignore SIGINT.
Afterwards nothing secret is in any output, the outside files are untouched, no process
is left, the bypass earns nothing, every participant is listed once and the originals are
byte-identical. Under CI=true a machine without the sandbox fails this test.
"""

from __future__ import annotations

import csv
import hashlib
import json
import socket
import threading
from pathlib import Path

import nbformat
import psutil
import pytest

from score_helpers.grading.sample_answers import WARMUP_RIGHT, fill_answers
from score_helpers.grading.sandbox import BUBBLEWRAP, sandbox_mode
from tests.conftest import REPO, require_or_skip

TRAINER_KEY = "sk-trainer-secret-0123456789"
SSH_KEY = "-----TRAINER PRIVATE SSH KEY-----"
CLASSMATE_WORDS = "Solver-only words: our press line needs a second guard."
SOLUTION_ONLY = "BEGIN SOLUTION"
SLEEP_MARK = "301.5"

READER = f'''
import glob, os, pathlib
found = []
for pattern in ["{REPO}/solutions/**/*.ipynb", "/tmp/**/*.ipynb", "/root/.ssh/*",
                os.path.expanduser("~/.ssh/*"), "{{home}}/.ssh/*", "/proc/*/environ"]:
    for name in glob.glob(pattern, recursive=True)[:50]:
        try:
            found.append(name + ": " + pathlib.Path(name).read_text(errors="ignore")[:3000])
        except Exception as error:
            found.append(name + ": " + repr(error))
found.append(repr(dict(os.environ)))
raise RuntimeError("\\n".join(found))
'''
VANDAL = '''
import os, pathlib, socket, subprocess
for action in [lambda: os.remove("{outside}/keep.txt"),
               lambda: pathlib.Path("{outside}/planted.txt").write_text("x"),
               lambda: open("{victim}", "a").write("tampered"),
               lambda: socket.create_connection(("127.0.0.1", {port}), timeout=3),
               lambda: subprocess.Popen(["sleep", "{sleep}"], start_new_session=True)]:
    try:
        action()
    except Exception as error:
        print(type(error).__name__)
parent = os.getppid()
try:
    print(open(f"/proc/{{parent}}/cmdline").read())
except Exception as error:
    print(type(error).__name__)
'''
REBINDER = '''
class AlwaysPasses:
    def grade(self, *args, **kwargs):
        return None
    def check(self, *args, **kwargs):
        return None
q1 = q2 = q3 = q4 = q5 = q6 = AlwaysPasses()
'''
MEMORY_HOG = "hog = bytearray(8 * 1024 ** 3)"
IGNORES_SIGINT = '''
import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    pass
'''


def own_cell(notebook: dict, code: str, before_grade_id: str = "q1_answer") -> dict:
    """The notebook with the participant's own code cell inserted before a given cell."""
    cells = notebook["cells"]
    index = next(i for i, c in enumerate(cells)
                 if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == before_grade_id)
    cell = nbformat.v4.new_code_cell(code)
    cell.pop("id", None)
    cells.insert(index, dict(cell))
    return notebook


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def listener() -> dict:
    """A local TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.5)
    seen: dict = {"port": server.getsockname()[1], "connections": 0, "stop": False}

    def serve() -> None:
        while not seen["stop"]:
            try:
                server.accept()[0].close()
                seen["connections"] += 1
            except OSError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield seen
    seen["stop"] = True
    thread.join(timeout=2)
    server.close()


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory: pytest.TempPathFactory, listener: dict) -> dict:
    require_or_skip(sandbox_mode() == BUBBLEWRAP,
                    "bubblewrap (Debian package `bubblewrap`) is needed to grade in a sandbox")
    root = tmp_path_factory.mktemp("hostile")
    home = root / "trainer_home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text(SSH_KEY)
    outside = root / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep me")
    subs = root / "submissions"
    released = json.loads((REPO / "exercises" / "00_welcome" / "warmup.ipynb").read_text())
    right = dict(WARMUP_RIGHT, q6_answer=repr(CLASSMATE_WORDS))
    victim = subs / "Sol Ver" / "warmup.ipynb"
    notebooks = {
        "Sol Ver": fill_answers(released, right),
        "Rea Der": own_cell(fill_answers(released, WARMUP_RIGHT), READER.replace(
            "{home}", str(home))),
        "Van Dal": own_cell(fill_answers(released, WARMUP_RIGHT), VANDAL.format(
            outside=outside, victim=victim, port=listener["port"], sleep=SLEEP_MARK)),
        "Re Binder": own_cell(json.loads(json.dumps(released)), REBINDER, "q6_answer"),
        "Mem Hog": own_cell(fill_answers(released, WARMUP_RIGHT), MEMORY_HOG),
        "Sig Nore": own_cell(fill_answers(released, WARMUP_RIGHT), IGNORES_SIGINT,
                             "q4_answer"),
    }
    for name, notebook in notebooks.items():
        path = subs / name / "warmup.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(notebook), encoding="utf-8")
    (subs / "Lin Ker").symlink_to(outside, target_is_directory=True)
    before = digest(subs)
    from score_helpers.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        patch.setenv("OPENAI_API_KEY", TRAINER_KEY)
        patch.setenv("SCORE_LLM_API_KEY", TRAINER_KEY)
        patch.setenv("SCORE_PROGRESS_DIR", str(root / "progress"))
        assert main(["grade", str(subs), "--out", str(root / "out"), "--timeout", "10",
                     "--workers", "2"]) == 0
    with (root / "out" / "grades.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {"root": root, "out": root / "out", "outside": outside, "subs": subs,
            "before": before, "rows": rows, "by_id": {r["participant_id"]: r for r in rows}}


def test_no_secret_or_classmate_answer_appears_in_any_output(hostile_class: dict) -> None:
    leaks = []
    for path in hostile_class["out"].rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if path.parent.name == "sol-ver" or "sol-ver" in path.parts:
            continue   # the solver's own pages may show the solver's own words
        for secret in (TRAINER_KEY, SSH_KEY, CLASSMATE_WORDS, SOLUTION_ONLY):
            if secret in text:
                leaks.append(f"{path.relative_to(hostile_class['out'])}: {secret[:20]}")
    assert leaks == []


def test_the_reader_saw_none_of_the_course_sources_or_the_trainer(hostile_class: dict) -> None:
    autograded = hostile_class["out"] / "autograded" / "rea-der" / "00_welcome" / "warmup.ipynb"
    text = autograded.read_text(encoding="utf-8")
    assert "RuntimeError" in text                      # the cell ran and reported what it saw
    for secret in (TRAINER_KEY, SSH_KEY, CLASSMATE_WORDS, "solutions/00_welcome"):
        assert secret not in text


def test_files_outside_are_untouched_and_originals_byte_identical(hostile_class: dict) -> None:
    assert (hostile_class["outside"] / "keep.txt").read_text() == "keep me"
    assert not (hostile_class["outside"] / "planted.txt").exists()
    assert digest(hostile_class["subs"]) == hostile_class["before"]


def test_no_network_and_no_process_left(hostile_class: dict, listener: dict) -> None:
    assert listener["connections"] == 0
    left = [p.info["cmdline"] for p in psutil.process_iter(["cmdline"])
            if SLEEP_MARK in " ".join(p.info["cmdline"] or [])]
    assert left == []


def test_every_participant_is_listed_once(hostile_class: dict) -> None:
    ids = [row["participant_id"] for row in hostile_class["rows"]]
    assert sorted(ids) == sorted(["sol-ver", "rea-der", "van-dal", "re-binder", "mem-hog",
                                  "sig-nore", "lin-ker"])
    link = hostile_class["by_id"]["lin-ker"]
    assert link["status"] == "error" and "links are never followed" in link["message"]


def test_the_right_answers_still_count_and_the_bypass_earns_nothing(hostile_class: dict) -> None:
    by_id = hostile_class["by_id"]
    assert (by_id["sol-ver"]["status"], by_id["sol-ver"]["score"]) == ("graded", "7")
    assert by_id["re-binder"]["score"] == "0"
    assert by_id["mem-hog"]["score"] == "7"            # MemoryError in its own cell only
    assert by_id["van-dal"]["score"] == "7"


def test_a_kernel_that_ignores_interrupts_keeps_the_points_before_it(hostile_class: dict) -> None:
    stuck = hostile_class["by_id"]["sig-nore"]
    assert stuck["status"] in {"graded", "timeout"}
    assert stuck["score"] == "4"                       # q1 (2) + q2 (1) + q3 (1)
