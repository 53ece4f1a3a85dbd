"""`score-lab slides`: the slide layout rule, the metadata in the modules, and an export
that opens offline in real headless Chromium and moves to the next slide."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from score_helpers import cli
from score_helpers.course import slides
from tests.conftest import REPO

MODULES = sorted((REPO / "modules").glob("[0-9][0-9]_*.ipynb"))
SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}


def small_module() -> nbformat.NotebookNode:
    """A module-shaped notebook, with the slide type the rule must give each cell."""
    cells = [
        (new_markdown_cell("# 09 · Test module\n> One line."), "slide"),
        (new_markdown_cell("Run the cell below first."), "skip"),
        (new_code_cell("x = 1\nprint('Setup complete.')"), "skip"),
        (new_markdown_cell("## 1. First section"), "slide"),
        (new_markdown_cell("Text right after the heading."), "-"),
        (new_code_cell("x + 1"), "-"),
        (new_markdown_cell("Notice the answer."), "-"),
        (new_markdown_cell("Now a chart."), "subslide"),
        (new_code_cell("x + 2"), "-"),
        (new_code_cell("x + 3"), "subslide"),
        (new_markdown_cell("### A smaller topic"), "subslide"),
        (new_code_cell("x + 4"), "-"),
        (new_code_cell("assert x == 1", metadata={"nbgrader": {"grade": True, "points": 1}}),
         "skip"),
        (new_markdown_cell("## Your turn\nOpen the exercises."), "slide"),
        (new_markdown_cell("# Keep going"), "slide"),
    ]
    notebook = new_notebook(cells=[cell for cell, _ in cells])
    notebook.metadata["expected"] = [kind for _, kind in cells]
    return notebook


def kinds(notebook: nbformat.NotebookNode) -> list[str]:
    return [cell.metadata["slideshow"]["slide_type"] for cell in notebook.cells]


def test_marking_follows_the_documented_rule() -> None:
    notebook = small_module()
    assert kinds(slides.mark_slides(notebook)) == notebook.metadata["expected"]


def test_marking_keeps_sources_and_other_metadata_and_leaves_the_input_alone() -> None:
    notebook = small_module()
    notebook.cells[5].metadata["tags"] = ["keep-me"]
    notebook.cells[5].metadata["slideshow"] = {"slide_type": "fragment", "other": 1}
    marked = slides.mark_slides(notebook)
    assert [c.source for c in marked.cells] == [c.source for c in notebook.cells]
    assert marked.cells[5].metadata["tags"] == ["keep-me"]
    assert marked.cells[5].metadata["slideshow"] == {"slide_type": "-", "other": 1}
    assert marked.cells[12].metadata["nbgrader"] == {"grade": True, "points": 1}
    assert notebook.cells[5].metadata["slideshow"]["slide_type"] == "fragment"
    assert "slideshow" not in notebook.cells[0].metadata


def test_marking_twice_changes_nothing() -> None:
    once = slides.mark_slides(small_module())
    assert slides.mark_slides(once) == once


def test_marking_a_notebook_file_is_idempotent_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "09_test.ipynb"
    nbformat.write(small_module(), path)
    slides.mark_modules([str(path)])
    first = path.read_bytes()
    assert kinds(nbformat.read(path, as_version=4)) == small_module().metadata["expected"]
    slides.mark_modules([str(path)])
    assert path.read_bytes() == first


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_module_cell_has_slide_metadata(path: Path) -> None:
    """Run `score-lab slides --mark` after adding cells to a module."""
    for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
        kind = cell.metadata.get("slideshow", {}).get("slide_type")
        assert kind in SLIDE_TYPES, (f"cell {index} has no slide type: run "
                                     f"`score-lab slides --mark {path.stem[:2]}`")


@pytest.mark.parametrize("name", ["1", "01", "01_kpi_tracking", "modules/01_kpi_tracking.ipynb"])
def test_a_module_is_found_by_number_name_or_path(name: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    assert slides.resolve_module(name).resolve() == REPO / "modules" / "01_kpi_tracking.ipynb"


def test_an_unknown_module_is_refused_with_the_list_of_modules(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["slides", "99", "--no-execute", "--out", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert "There is no module '99'" in error
    assert "01_kpi_tracking" in error and "04_safety_checks" in error
    assert not list(tmp_path.iterdir()), "nothing is written for an unknown module"


def test_no_module_given_says_how_to_name_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["slides"]) == 1
    assert "score-lab slides 04" in capsys.readouterr().err


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Module 01 exported once through the CLI, without running it (seconds, not minutes)."""
    out = tmp_path_factory.mktemp("slides")
    assert cli.main(["slides", "01", "--no-execute", "--out", str(out)]) == 0
    return out / "01_kpi_tracking.slides.html"


def test_the_export_loads_reveal_js_from_beside_the_html(exported: Path) -> None:
    html = exported.read_text(encoding="utf-8")
    sources = re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', html)
    assert any(s.endswith("dist/reveal.js") for s in sources), sources
    for source in sources:
        assert "://" not in source and not source.startswith("//"), f"{source} needs internet"
        assert (exported.parent / source).is_file(), f"{source} was not copied beside the HTML"
    assert "@import url(http" not in html
    assert "# 01 · Real-time" not in html and "Real-time QCDMS KPI tracking" in html


def test_the_setup_cell_is_not_on_the_slides(exported: Path) -> None:
    assert "Setup complete" not in exported.read_text(encoding="utf-8")


@pytest.mark.browser
def test_the_slides_render_and_move_on_offline_in_chromium(exported: Path, page: object) -> None:
    remote: list[str] = []

    def offline(route: object) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            remote.append(route.request.url)
            route.abort()

    page.route("**/*", offline)
    page.goto(exported.as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15_000)
    assert page.locator(".reveal .slides section").count() > 20
    assert page.evaluate("Reveal.getTotalSlides()") > 20
    assert page.evaluate("Reveal.getIndices().h") == 0
    page.keyboard.press("ArrowRight")
    page.wait_for_function("Reveal.getIndices().h === 1")
    shown = page.locator("section.present").first.inner_text().lower()
    assert "a month of daily records" in shown, shown[:200]
    page.keyboard.press("Space")
    page.wait_for_function("Reveal.getIndices().v === 1")
    assert remote == [], f"the slides tried to reach the internet: {remote}"
    assert page.js_errors == []


def test_an_executed_export_shows_the_outputs(tmp_path: Path) -> None:
    """execute=True runs the notebook in its own folder, so outputs reach the slides."""
    notebook = new_notebook(cells=[
        new_markdown_cell("# 09 · Run me"),
        new_code_cell("from pathlib import Path\nprint('Setup complete.')"),
        new_markdown_cell("## 1. Where am I"),
        new_code_cell("print('I run in', Path.cwd().name, 6 * 7)"),
    ])
    folder = tmp_path / "course"
    folder.mkdir()
    nbformat.write(notebook, folder / "09_run_me.ipynb")
    target = slides.export_slides(folder / "09_run_me.ipynb", tmp_path / "out", execute=True)
    html = target.read_text(encoding="utf-8")
    assert "I run in course 42" in html
    assert "slideshow" not in nbformat.read(folder / "09_run_me.ipynb", as_version=4).cells[0]\
        .metadata, "exporting never changes the notebook"


def test_a_notebook_that_stops_with_an_error_writes_no_slides(tmp_path: Path) -> None:
    path = tmp_path / "09_broken.ipynb"
    nbformat.write(new_notebook(cells=[new_markdown_cell("# 09 · Broken"),
                                       new_code_cell("1 / 0")]), path)
    with pytest.raises(slides.SlidesError, match=r"09_broken\.ipynb stopped with an error"):
        slides.export_slides(path, tmp_path / "out", execute=True)
    assert not (tmp_path / "out").exists()


def test_mark_without_modules_marks_every_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(slides, "MODULES_DIR", tmp_path)
    for name in ("08_one.ipynb", "09_two.ipynb"):
        nbformat.write(small_module(), tmp_path / name)
    assert cli.main(["slides", "--mark"]) == 0
    assert capsys.readouterr().out.count("marked the slides of") == 2
    for name in ("08_one.ipynb", "09_two.ipynb"):
        marked = nbformat.read(tmp_path / name, as_version=4)
        assert kinds(marked) == marked.metadata["expected"]
