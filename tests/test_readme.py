"""README.md stays true: its links resolve, and it lists every module and every app."""

from __future__ import annotations

import re

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
LINKS = re.findall(r"\]\(([^)\s]+)\)", README)


def test_every_relative_link_and_picture_exists() -> None:
    local = [link for link in LINKS if not re.match(r"[a-z]+:", link)]
    assert local, "the README should link the modules and show the app pictures"
    missing = [link for link in local if not (REPO / link.split("#")[0]).exists()]
    assert not missing, f"README links to files that do not exist: {missing}"


def test_every_module_and_app_is_listed() -> None:
    for path in [*REPO.glob("modules/[0-9][0-9]_*.ipynb"), *REPO.glob("apps/*.ipynb")]:
        assert f"{path.parent.name}/{path.name}" in README, f"README does not list {path.name}"
