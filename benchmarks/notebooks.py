"""Time executing every curriculum notebook against two floors measured in the same run.

    python benchmarks/notebooks.py [--repeat 3]

The floors are an empty notebook (the cost of starting a kernel) and an imports-only
notebook (kernel + the curriculum's imports). Each notebook's best time is printed
with its ratio to both floors: the ratio to the imports floor is the cost of the
notebook's own work, which is what a participant waits for on a low-end laptop.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("modules", "solutions", "apps")
IMPORTS = ("import pandas, seaborn, matplotlib.pyplot, ipywidgets\n"
           "from score_helpers import data, kpi")


def floor_notebook(source: str) -> nbformat.NotebookNode:
    """A one-cell notebook with `source` in its only code cell."""
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])


def execute_seconds(notebook: nbformat.NotebookNode, cwd: Path) -> float:
    """Wall-clock seconds to start a kernel, run every cell and shut down."""
    started = time.perf_counter()
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - started


def best_of(repeat: int, notebook: nbformat.NotebookNode, cwd: Path) -> float:
    """The fastest of `repeat` executions of a fresh copy of the notebook."""
    return min(execute_seconds(nbformat.from_dict(notebook), cwd) for _ in range(repeat))


def main() -> None:
    """Measure the floors, then every notebook, and print a table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per notebook (best is kept)")
    args = parser.parse_args()

    empty = best_of(args.repeat, floor_notebook(""), REPO)
    imports = best_of(args.repeat, floor_notebook(IMPORTS), REPO)
    print(f"floor: empty notebook        {empty:6.2f} s")
    print(f"floor: imports-only notebook {imports:6.2f} s\n")
    print(f"{'notebook':45} {'seconds':>8} {'× empty':>8} {'× imports':>10}")
    total = 0.0
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*.ipynb")):
            if ".ipynb_checkpoints" in path.parts:
                continue
            seconds = best_of(args.repeat, nbformat.read(path, as_version=4), path.parent)
            total += seconds
            print(f"{path.relative_to(REPO)!s:45} {seconds:8.2f} "
                  f"{seconds / empty:8.2f} {seconds / imports:10.2f}")
    print(f"\nall notebooks: {total:.2f} s in total")


if __name__ == "__main__":
    main()
