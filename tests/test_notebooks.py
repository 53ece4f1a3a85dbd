"""Committed notebooks are clean, follow the curriculum skeleton and travel well.

Executing them is nbval's job (`pytest --nbval-lax`, run by `make test`); these tests
check what execution cannot: no stored outputs, the skeleton in CONTRIBUTING.md, links that
resolve, seeded randomness, relative paths and no secrets.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_FOLDERS = ("modules", "solutions", "exercises", "apps")
ALL_NOTEBOOKS = sorted(p for folder in NOTEBOOK_FOLDERS for p in (REPO / folder).rglob("*.ipynb")
                       if ".ipynb_checkpoints" not in p.parts)
MODULE_NOTEBOOKS = sorted((REPO / "modules").glob("[0-9][0-9]_*.ipynb"))
MARKDOWN_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
SECRET = re.compile(r"sk-[A-Za-z0-9_-]{16,}|(?i:api[_-]?key)\s*=\s*['\"][^'\"]{8,}")


def _id(path: Path) -> str:
    return str(path.relative_to(REPO))


def read(path: Path) -> nbformat.NotebookNode:
    """Read a notebook as nbformat v4."""
    return nbformat.read(path, as_version=4)


def test_there_is_something_to_check() -> None:
    assert MODULE_NOTEBOOKS, "modules/ holds no NN_topic.ipynb notebook"
    assert (REPO / "modules" / "00_welcome.ipynb") in MODULE_NOTEBOOKS


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    notebook = read(path)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        assert not cell.get("outputs"), f"cell {index} has stored outputs: clear them"
        assert cell.get("execution_count") is None, f"cell {index} has an execution count"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_notebook_is_valid_nbformat(path: Path) -> None:
    nbformat.validate(read(path))


@pytest.mark.parametrize("path", MODULE_NOTEBOOKS, ids=_id)
def test_module_notebook_follows_the_skeleton(path: Path) -> None:
    """Title, one-line summary, objectives, time, setup cell, sections, Keep going."""
    cells = read(path).cells
    first = cells[0].source.splitlines()
    number = path.name[:2]
    assert cells[0].cell_type == "markdown"
    assert re.match(rf"# {number} · \S", first[0]), "title must read '# NN · Topic'"
    assert any(line.startswith("> ") for line in first[1:]), "one-line summary '> …' missing"
    head = "\n".join(cell.source for cell in cells[:3])
    assert "**You will learn to**" in head
    assert "**Time:**" in head
    setup = next(cell for cell in cells if cell.cell_type == "code")
    assert "Setup complete" in setup.source, "the first code cell is the setup cell"
    sections = [c for c in cells if c.cell_type == "markdown" and c.source.startswith("## ")]
    assert len(sections) >= 3, "a module needs sections ('## …')"
    assert any("Your turn" in c.source for c in sections), "a '## Your turn' section is missing"
    assert cells[-1].cell_type == "markdown" and cells[-1].source.startswith("# Keep going")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_relative_links_resolve(path: Path) -> None:
    for cell in read(path).cells:
        if cell.cell_type != "markdown":
            continue
        for target in MARKDOWN_LINK.findall(cell.source):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (path.parent / target).exists(), f"broken link to {target}"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_randomness_is_seeded_and_paths_are_relative(path: Path) -> None:
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        source = cell.source
        if re.search(r"\brandom\b|default_rng|\.sample\(", source):
            assert re.search(r"seed|random_state|default_rng\(\d", source), (
                f"cell {index} uses randomness without a seed")
        assert not re.search(r"['\"](/|[A-Za-z]:\\\\)(home|Users|work|tmp|root)", source), (
            f"cell {index} uses an absolute path; use a path relative to the notebook")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_no_secret_is_saved_in_a_notebook(path: Path) -> None:
    assert not SECRET.search(path.read_text()), "a key-like string is saved in the notebook"
