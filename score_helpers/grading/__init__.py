"""Trainer tools around the real nbgrader: release exercises, grade a class, give feedback."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def ensure_tools_on_path() -> None:
    """Put this environment's scripts folder on PATH: nbgrader runs `alembic` by name.

    A trainer may call `.venv/bin/score-lab` without activating the environment.
    """
    scripts = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if scripts not in path.split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + path
