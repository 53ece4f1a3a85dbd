"""Time executing the whole curriculum against two floors measured in the same run.

    python benchmarks/notebooks.py [--repeat 3]

The curriculum is every notebook in modules/*.ipynb, solutions/**/*.ipynb (nbgrader
sources, with their hidden tests) and apps/*.ipynb, found by glob, so a new module is
timed as soon as it exists.
The floors are an empty notebook (the cost of starting a kernel) and an imports-only
notebook (kernel + the curriculum's imports), each measured before and after the
curriculum; the faster measurement counts. Each notebook's best time is printed
with its ratio to both floors: the ratio to the imports floor is the cost of the
notebook's own work, which is what a participant waits for on a low-end laptop.

The last lines give the whole-curriculum execution ratio: the total time of every
notebook divided by the time of as many floor notebooks (the same count). A notebook
that stops with an error is reported, left out of the totals, and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parents[1]
# The curriculum, by glob: a participant's own work (modules/my_work/, git-ignored) is not.
PATTERNS = {"modules": "*.ipynb", "solutions": "**/*.ipynb", "apps": "*.ipynb"}
TARGET = 2.0   # × the imports-only floor, for the whole curriculum
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


def curriculum() -> list[Path]:
    """Every curriculum notebook (modules/, solutions/, apps/), in folder then name order."""
    return [path for folder, pattern in PATTERNS.items()
            for path in sorted((REPO / folder).glob(pattern))
            if ".ipynb_checkpoints" not in path.parts]


def main() -> None:
    """Measure the floors, then every notebook; print a table of ratios and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per notebook (best is kept)")
    args = parser.parse_args()

    empty = best_of(args.repeat, floor_notebook(""), REPO)
    imports = best_of(args.repeat, floor_notebook(IMPORTS), REPO)
    print(f"floor: empty notebook        {empty:6.2f} s")
    print(f"floor: imports-only notebook {imports:6.2f} s  (measured again at the end)\n")
    notebooks = curriculum()
    width = max(len(str(path.relative_to(REPO))) for path in notebooks)
    print(f"{'notebook':{width}} {'seconds':>8} {'× empty':>8} {'× imports':>10}")
    per_folder = dict.fromkeys(PATTERNS, 0.0)
    failed: list[str] = []
    started = time.perf_counter()
    for path in notebooks:
        name = str(path.relative_to(REPO))
        try:
            seconds = best_of(args.repeat, nbformat.read(path, as_version=4), path.parent)
        except CellExecutionError as error:
            failed.append(name)
            reason = str(error).strip().splitlines()[-1][:60]
            print(f"{name:{width}} FAILED: {reason}")
            continue
        per_folder[path.relative_to(REPO).parts[0]] += seconds
        print(f"{name:{width}} {seconds:8.2f} {seconds / empty:8.2f} {seconds / imports:10.2f}")
    # The floors again, after the curriculum: the faster of the two counts, so a slow spell
    # of the machine at the start cannot make the ratios look better than they are.
    empty = min(empty, best_of(args.repeat, floor_notebook(""), REPO))
    imports = min(imports, best_of(args.repeat, floor_notebook(IMPORTS), REPO))
    print(f"\nfloors used (the faster of start and end): empty {empty:.2f} s, "
          f"imports-only {imports:.2f} s")
    timed = len(notebooks) - len(failed)
    total = sum(per_folder.values())
    print()
    for folder, seconds in per_folder.items():
        print(f"{folder + '/':12} {seconds:8.2f} s")
    print(f"\nwhole curriculum: {timed} notebooks, {total:.2f} s (best of {args.repeat}; "
          f"the benchmark took {time.perf_counter() - started:.0f} s)")
    ratio = total / (timed * imports)
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(f"whole-curriculum execution ratio: {total / (timed * empty):.2f} × {timed} empty "
          f"notebooks, {ratio:.2f} × {timed} imports-only notebooks ({verdict} the ≤ "
          f"{TARGET:g}× target)")
    if failed:
        print(f"\n{len(failed)} notebook(s) stopped with an error and are not in the totals: "
              f"{', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
