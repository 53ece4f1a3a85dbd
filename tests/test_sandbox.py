"""The grading sandbox's pieces: what a kernel sees, gets and may use, in both modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from score_helpers.grading import sandbox
from score_helpers.paths import PACKAGE_DIR, REPO_DIR
from tests.conftest import IN_CI, require_or_skip


def test_the_kernel_environment_has_nothing_of_the_trainers(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    monkeypatch.setenv("SCORE_LLM_API_KEY", "sk-secret")
    env = sandbox.kernel_environment("/tmp/home", "/work")
    assert "sk-secret" not in repr(env)
    assert set(env) <= {"PATH", "HOME", "MPLCONFIGDIR", "MPLBACKEND", "LANG",
                        "PYTHONNOUSERSITE", "SCORE_PROGRESS", "PWD", "SCORE_DATASETS_DIR",
                        "SCORE_LANG", "PYTHONPATH"}
    assert env["HOME"] == "/tmp/home" and env["SCORE_PROGRESS"] == "off"


def test_the_course_sources_home_and_temp_folders_are_hidden() -> None:
    hidden = sandbox.hidden_roots()
    for folder in (str(REPO_DIR), str(Path.home()), "/tmp", "/root", "/home"):
        assert folder in hidden
    assert "/" not in hidden
    readable = sandbox.readable_roots()
    assert os.path.realpath(PACKAGE_DIR) in readable
    assert os.path.realpath(sys.base_prefix) in readable
    assert os.path.realpath(REPO_DIR) not in readable      # only the package, not solutions/


def test_the_command_binds_only_the_private_copy_read_write(tmp_path: Path) -> None:
    command = sandbox.bubblewrap_command(["python", "-m", "ipykernel_launcher"],
                                         workdir=str(tmp_path / "work"),
                                         runtime_dir=str(tmp_path / "run"))
    assert command[0] == "bwrap" and "--unshare-net" in command and "--clearenv" in command
    writable = [command[i + 1] for i, part in enumerate(command) if part == "--bind"]
    assert writable == [str(tmp_path / "run"), str(tmp_path / "work")]
    kernel = command[command.index("--") + 1:]
    assert kernel[-3:] == ["python", "-m", "ipykernel_launcher"]
    assert any(part.startswith("--as=") for part in kernel)      # memory limit
    if os.geteuid() == 0:
        assert kernel[0] == "setpriv" and f"--reuid={sandbox.NOBODY}" in kernel
        assert any(part.startswith("--nproc=") for part in kernel)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="bubblewrap is Linux only")
def test_bubblewrap_is_found_on_linux() -> None:
    require_or_skip(sandbox.sandbox_mode() == sandbox.BUBBLEWRAP,
                    "bubblewrap is not installed (Debian package `bubblewrap`)")


def test_a_sandboxed_command_runs_as_nobody_without_network(tmp_path: Path) -> None:
    require_or_skip(sandbox.sandbox_mode() == sandbox.BUBBLEWRAP, "bubblewrap is missing")
    code = ("import os, socket, pathlib\n"
            "s = socket.socket(); s.settimeout(2)\n"
            "print(os.getuid(), s.connect_ex(('1.1.1.1', 53)) != 0,\n"
            f"      pathlib.Path('{REPO_DIR}/solutions').exists(),\n"
            f"      pathlib.Path('{PACKAGE_DIR}/__init__.py').exists())\n")
    (tmp_path / "work").mkdir()
    (tmp_path / "run").mkdir()
    command = sandbox.bubblewrap_command([sys.executable, "-c", code],
                                         workdir=str(tmp_path / "work"),
                                         runtime_dir=str(tmp_path / "run"))
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    uid, offline, sees_solutions, sees_package = done.stdout.split()
    if os.geteuid() == 0:
        assert uid == str(sandbox.NOBODY)
    assert (offline, sees_solutions, sees_package) == ("True", "False", "True")


def test_doctor_names_the_grading_mode() -> None:
    from score_helpers.course.doctor import check_grading_sandbox

    check = check_grading_sandbox()
    assert check.name == "Grading sandbox"
    mode = sandbox.sandbox_mode()
    assert (mode == sandbox.BUBBLEWRAP) == check.detail.startswith("bubblewrap")
    if IN_CI and sys.platform.startswith("linux"):
        assert check.ok


def test_basic_mode_still_gives_a_clean_environment_and_a_private_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no sandbox exists, a kernel still starts without the trainer's secrets."""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setattr(sandbox, "sandbox_mode", lambda: sandbox.BASIC)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-trainer-secret")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import os, resource\n"
        "print(sorted(os.environ), os.getcwd(), resource.getrlimit(resource.RLIMIT_AS)[0])")])
    client = NotebookClient(notebook, timeout=60, kernel_name="python3",
                            kernel_manager_class=sandbox.SandboxedKernelManager,
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    text = notebook.cells[0].outputs[0]["text"]
    assert "OPENAI_API_KEY" not in text and "sk-trainer-secret" not in text
    assert str(tmp_path) in text
    assert text.split()[-1] == str(sandbox.DEFAULT_LIMITS.memory_bytes)


def test_a_readable_folder_below_a_private_temporary_folder_is_reachable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A course (or its .venv) kept under a 0700 folder in /tmp, as pytest's and a fresh
    clone's are: the sandbox must still let the kernel walk down to it."""
    require_or_skip(sandbox.sandbox_mode() == sandbox.BUBBLEWRAP, "bubblewrap is missing")
    private = tmp_path / "private"
    package = private / "deeper" / "package"
    package.mkdir(parents=True)
    (package / "marker.txt").write_text("reachable")
    private.chmod(0o700)
    real_roots = sandbox.readable_roots()
    monkeypatch.setattr(sandbox, "readable_roots", lambda: sorted({*real_roots, str(package)}))
    (tmp_path / "work").mkdir()
    (tmp_path / "run").mkdir()
    command = sandbox.bubblewrap_command(
        [sys.executable, "-c", f"print(open('{package}/marker.txt').read())"],
        workdir=str(tmp_path / "work"), runtime_dir=str(tmp_path / "run"))
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "reachable"), done.stderr
