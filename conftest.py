"""Session-wide test settings, for tests and for the notebooks nbval executes.

Progress logs and the participant's saved name go to a temporary folder, so running the
suite never writes into the real home folder of the person running it.
"""

from __future__ import annotations

import os
import tempfile

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Point the curriculum's per-user folders at one temporary folder for this run."""
    scratch = tempfile.mkdtemp(prefix="score-tests-")
    os.environ.setdefault("SCORE_PROGRESS_DIR", os.path.join(scratch, "progress"))
    os.environ.setdefault("SCORE_CONFIG_DIR", os.path.join(scratch, "config"))
    os.environ.setdefault("SCORE_DATA_DIR", os.path.join(scratch, "data"))
    os.environ.setdefault("MPLBACKEND", "Agg")
