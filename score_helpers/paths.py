"""Where the curriculum's files live, so that notebooks use relative, portable paths."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def datasets_dir() -> Path:
    """The folder holding the bundled CSVs: $SCORE_DATASETS_DIR, or datasets/ in the repo."""
    override = os.environ.get("SCORE_DATASETS_DIR")
    return Path(override) if override else REPO_DIR / "datasets"


def dataset_path(name: str) -> Path:
    """Path of the bundled dataset `name` (file stem, e.g. 'garments_daily')."""
    return datasets_dir() / f"{name}.csv"
