"""A module as reveal.js slides for the projector, that open with no internet at all.

    score-lab slides 04                    run module 04, write slides/04_safety_checks.slides.html
    score-lab slides 01 --no-execute       quicker: code and text only, no charts or tables
    score-lab slides --mark                write the slide layout into every modules/*.ipynb

How the cells become slides (`mark_slides` writes this into each cell's
`metadata.slideshow.slide_type`, the field JupyterLab's property inspector shows):

1. The title cell and every `# ` or `## ` heading start a new slide (right arrow).
2. A `### ` heading starts a sub-slide, below the current one (down arrow).
3. A code cell starts a sub-slide, with its output and the text after it, and takes the
   text cell just before it along (that text cell starts the sub-slide instead).
   Right after a heading nothing starts a sub-slide: it stays on the heading's slide.
4. The setup cell, the "Run the cell below first" note before it and nbgrader grading
   cells are skipped.
5. Every other cell continues the current (sub-)slide.

Space goes through everything in order, Esc shows an overview, a slide too tall for the
screen scrolls. reveal.js comes from the `sphinx-revealjs` wheel and is copied into
`reveal.js/` beside the HTML: copy the whole folder to take the slides to another laptop.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from score_helpers.paths import REPO_DIR

if TYPE_CHECKING:   # nbformat is imported where it is used: `score-lab` starts faster
    import nbformat

MODULES_DIR = REPO_DIR / "modules"
DEFAULT_FOLDER = Path("slides")
ASSETS = "reveal.js"
# What the slides need from reveal.js, relative to sphinx_revealjs/_static/revealjs/.
REVEAL_FILES = ("LICENSE", "dist/reveal.css", "dist/reveal.js", "dist/theme/white.css",
                "dist/theme/fonts/source-sans-pro", "plugin/notes/notes.js")
SETUP_MARK = "Setup complete"
RUN_FIRST = "Run the cell below"

# nbconvert's reveal template, minus everything it fetches from the internet (jQuery,
# RequireJS, Mermaid, MathJax, the widget manager): reveal.js is loaded from beside the HTML.
TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_css -%}
<style>
.reveal .slides section:not(.stack) { height: 100%; overflow-y: auto !important; }
.reveal .slides section .jp-Cell { text-align: left; }
</style>
{%- endblock html_head_css -%}
{% block footer_js %}
<script src="{{ resources.reveal.url_prefix }}/dist/reveal.js"></script>
<script src="{{ resources.reveal.url_prefix }}/plugin/notes/notes.js"></script>
<script>
Reveal.initialize({
  controls: true, progress: true, history: true, center: false,
  transition: "{{ resources.reveal.transition | default('slide', true) }}",
  slideNumber: "{{ resources.reveal.number | default('c/t', true) }}",
  width: {{ resources.reveal.width | default(960, true) }},
  height: {{ resources.reveal.height | default(700, true) }},
  plugins: [RevealNotes]
});
</script>
{% endblock footer_js %}
"""


class SlidesError(ValueError):
    """A module or output folder that cannot be made into slides, with how to fix it."""


def _is_heading(cell: nbformat.NotebookNode, levels: tuple[str, ...] = ("# ", "## ")) -> bool:
    return cell.cell_type == "markdown" and cell.source.lstrip().startswith(levels)


def _is_skipped(cells: list[nbformat.NotebookNode], index: int) -> bool:
    cell = cells[index]
    if cell.get("metadata", {}).get("nbgrader", {}).get("grade"):
        return True
    if cell.cell_type == "code":
        return SETUP_MARK in cell.source
    following = cells[index + 1] if index + 1 < len(cells) else None
    return (cell.cell_type == "markdown" and cell.source.lstrip().startswith(RUN_FIRST)
            and following is not None and following.cell_type == "code"
            and SETUP_MARK in following.source)


def slide_types(notebook: nbformat.NotebookNode) -> list[str]:
    """The slide type of every cell by the rule in this module's docstring."""
    cells = notebook.cells
    types = ["skip" if _is_skipped(cells, i) else "-" for i in range(len(cells))]
    shown = [i for i, kind in enumerate(types) if kind != "skip"]
    for position, index in enumerate(shown):
        cell = cells[index]
        if position == 0 or _is_heading(cell):
            types[index] = "slide"
        elif _is_heading(cell, ("### ",)):
            types[index] = "subslide"
        elif cell.cell_type == "code":
            # The text cell just before the code, if any, opens the sub-slide.
            before = cells[shown[position - 1]]
            start = position - 1 if before.cell_type == "markdown" and \
                not _is_heading(before, ("#",)) else position
            after_heading = start == 0 or _is_heading(cells[shown[start - 1]], ("#",))
            if not after_heading and types[shown[start]] == "-":
                types[shown[start]] = "subslide"
    return types


def mark_slides(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of `notebook` with `metadata.slideshow.slide_type` set on every cell.

    Follows the rule in this module's docstring. Cell sources and all other metadata are
    kept; marking a marked notebook again changes nothing.
    """
    marked = copy.deepcopy(notebook)
    for cell, kind in zip(marked.cells, slide_types(marked), strict=True):
        cell.metadata.setdefault("slideshow", {})["slide_type"] = kind
    return marked


def module_paths() -> list[Path]:
    """The curriculum's module notebooks, modules/NN_topic.ipynb, in order."""
    return sorted(MODULES_DIR.glob("[0-9][0-9]_*.ipynb"))


def resolve_module(name: str | Path) -> Path:
    """The notebook for `name`: a number (`4`, `04`), a name (`04_safety_checks`) or a path."""
    text = str(name).strip()
    given = Path(text)
    if given.suffix == ".ipynb" and given.is_file():
        return given
    key = text.removesuffix(".ipynb").split("/")[-1]
    key = key.zfill(2) if key.isdigit() else key
    for path in module_paths():
        if key in (path.stem, path.stem[:2]):
            return path
    known = ", ".join(path.stem for path in module_paths()) or "none (modules/ is empty)"
    raise SlidesError(f"There is no module '{text}'. Give a number (04), a name "
                      f"(04_safety_checks) or a path to a notebook. The modules are: {known}.")


def reveal_source() -> Path:
    """The reveal.js folder inside the installed sphinx-revealjs wheel."""
    spec = importlib.util.find_spec("sphinx_revealjs")
    folder = Path(next(iter(spec.submodule_search_locations or []), "")) if spec else None
    if folder is None or not (folder / "_static" / "revealjs" / "dist" / "reveal.js").is_file():
        raise SlidesError("reveal.js is missing: it comes with the sphinx-revealjs package. "
                          "Run `make start` again to install it, then try once more.")
    return folder / "_static" / "revealjs"


def copy_reveal(out_dir: Path) -> Path:
    """Copy the reveal.js files the slides need into `out_dir`/reveal.js; return that folder."""
    source, target = reveal_source(), out_dir / ASSETS
    for name in REVEAL_FILES:
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name, dirs_exist_ok=True)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, target / name)
    return target


def _execute(notebook: nbformat.NotebookNode, path: Path) -> None:
    """Run every cell in the notebook's folder, leaving the trainer's progress log alone."""
    import nbclient

    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "SCORE_PROGRESS": "off", "SCORE_CONFIG_DIR": config}
        client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                         resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute(env=env)
        except nbclient.exceptions.CellExecutionError as error:
            raise SlidesError(f"{path.name} stopped with an error while it ran, so no slides "
                              f"were written. Open it in JupyterLab and run it to see the "
                              f"problem, or use --no-execute.\n{error}") from error


def export_slides(module: str | Path, out_dir: Path | None = None,
                  execute: bool = False) -> Path:
    """Write `module` as reveal.js slides, `out_dir`/NN_topic.slides.html; return its path.

    Cells keep the slide types saved in the notebook; any cell without one follows
    `mark_slides`. With `execute=True` the notebook runs first (in its own folder) so the
    slides show its tables and charts. reveal.js is copied beside the HTML, so the slides
    work offline.
    """
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import SlidesExporter

    path = resolve_module(module)
    out_dir = Path(out_dir) if out_dir is not None else DEFAULT_FOLDER
    notebook = nbformat.read(path, as_version=4)
    for cell, kind in zip(notebook.cells, slide_types(notebook), strict=True):
        cell.metadata.setdefault("slideshow", {}).setdefault("slide_type", kind)
    if execute:
        _execute(notebook, path)
    notebook.metadata.pop("widgets", None)
    first = notebook.cells[0] if notebook.cells else None
    title = first.source.lstrip("# ").splitlines() if first and _is_heading(first) else []
    notebook.metadata["title"] = title[0] if title else path.stem
    exporter = SlidesExporter(template_file="score_reveal.html.j2", reveal_url_prefix=ASSETS,
                              extra_loaders=[DictLoader({"score_reveal.html.j2": TEMPLATE})],
                              exclude_input_prompt=True, exclude_output_prompt=True,
                              reveal_theme="white")
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": path.stem}})
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        copy_reveal(out_dir)
        target = out_dir / f"{path.stem}.slides.html"
        target.write_text(body, encoding="utf-8")
    except OSError as error:
        raise SlidesError(f"Could not write the slides to {out_dir}: {error.strerror}. "
                          "Choose another folder with --out.") from error
    return target


def mark_modules(modules: list[str] | None = None) -> list[Path]:
    """Write the slide types into the given module notebooks (default: all); return them."""
    import nbformat

    paths = [resolve_module(m) for m in modules] if modules else module_paths()
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        marked = mark_slides(notebook)
        if marked != notebook:
            nbformat.write(marked, path)
    return paths


def run_cli(args: argparse.Namespace) -> int:
    """`score-lab slides`: mark notebooks, or export one or more modules as slides."""
    try:
        if args.mark:
            for path in mark_modules(args.modules):
                print(f"marked the slides of {path}")
            return 0
        if not args.modules:
            raise SlidesError("Say which module, for example: score-lab slides 04")
        for module in args.modules:
            if not args.no_execute:
                print(f"Running {resolve_module(module).name} so the slides show its "
                      "charts (up to a few minutes)...", flush=True)
            target = export_slides(module, Path(args.out), execute=not args.no_execute)
            html = target.read_text(encoding="utf-8")
            count = html.count("<section") - html.count("<section><section")
            print(f"Wrote {target} ({count} slides). Open it in a web browser: space for the "
                  "next slide, Esc for an overview. Keep the reveal.js folder beside it.")
    except SlidesError as error:
        print(f"No slides were written. {error}", file=sys.stderr)
        return 1
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `slides` sub-command to score-lab's sub-parsers; return its parser."""
    parser = subparsers.add_parser("slides", help="export modules as reveal.js slides")
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help="a module number (04), name (04_safety_checks) or notebook path")
    parser.add_argument("--out", default=str(DEFAULT_FOLDER), metavar="DIR",
                        help=f"folder for the HTML and reveal.js (default: {DEFAULT_FOLDER}/)")
    parser.add_argument("--no-execute", action="store_true",
                        help="do not run the notebook first (no charts, but quick)")
    parser.add_argument("--mark", action="store_true",
                        help="write the slide types into the notebooks (default: all modules)")
    parser.set_defaults(handler=run_cli)
    return parser
