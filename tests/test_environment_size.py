"""`make start` installs what participants and trainers need, in at most 1 GB of disk.

The size is measured from the installed distributions' metadata, so this test can run in
the fuller `make test` environment: start from pyproject.toml's dependencies (no extras),
follow every distribution's `Requires-Dist` whose marker holds (the extras a requirement
names included), add what bootstrap.py puts in .venv besides (pip from the venv itself and
the packages it installs with --no-deps: the offline model, reveal.js), and sum the sizes
of the files each distribution's RECORD lists, as they are on disk (.pyc files included).
1 GB here is 1024³ bytes (and 1 MB 1024² bytes), the units of `du -h` and of Windows'
folder sizes. This counts the files' bytes: on a disk of 4 KB blocks the many small files
take about 9 % more (what `du` without `--apparent-size` shows).
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import importlib.util
import json
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPO

MB = 1024**2
GB = 1024**3
LIMIT = 1 * GB
# Run only on the class server, installed by `bootstrap.py setup-hub` (the `hub` extra).
HUB_MODULES = {"hub_isolation.py", "hub_login.py", "hub_spawner.py"}
PARTICIPANT_NOTEBOOKS = ("modules", "apps", "exercises")


def load_bootstrap() -> object:
    """bootstrap.py as a module, to read what it installs."""
    spec = importlib.util.spec_from_file_location("bootstrap_sizes", REPO / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def closure(roots: list[tuple[str, frozenset[str]]]) -> dict[str, metadata.Distribution]:
    """Every installed distribution the roots (name, extras) need, by canonical name."""
    found: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo = [(canonicalize_name(name), extras) for name, extras in roots]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in done:
            continue
        done.add((name, extras))
        found[name] = dist = metadata.distribution(name)
        for text in dist.requires or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra})
                                     for extra in {"", *extras}):
                todo.append((canonicalize_name(requirement.name),
                             frozenset(requirement.extras)))
    return found


def installed_size(dist: metadata.Distribution) -> int:
    """Bytes of the files the distribution's RECORD lists that are on disk."""
    paths = {Path(dist.locate_file(file)).resolve() for file in dist.files or []}
    return sum(path.stat().st_size for path in paths if path.is_file())


def environment(extras: frozenset[str] = frozenset()) -> dict[str, metadata.Distribution]:
    """What `bootstrap.py` installs for these extras of the project (none: `make start`)."""
    bootstrap = load_bootstrap()
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    texts = project["dependencies"] + [text for extra in sorted(extras)
                                       for text in project["optional-dependencies"][extra]]
    roots = [(r.name, frozenset(r.extras)) for r in map(Requirement, texts)]
    found = closure([*roots, ("pip", frozenset())])        # pip: venv's with_pip=True
    for pinned in bootstrap.NO_DEPS:                      # --no-deps: only the package itself
        name = canonicalize_name(Requirement(pinned).name)
        found[name] = metadata.distribution(name)
    return found


def report(found: dict[str, metadata.Distribution]) -> tuple[int, str]:
    """Total bytes, and a report naming the ten largest distributions."""
    sizes = {name: installed_size(dist) for name, dist in found.items()}
    total = sum(sizes.values())
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:10]
    lines = [f"{len(sizes)} distributions, {total / GB:.3f} GB ({total / 1e9:.3f} × 10⁹ bytes)"]
    lines += [f"  {size / MB:7.1f} MB  {name}" for name, size in largest]
    return total, "\n".join(lines)


def test_the_make_start_environment_fits_in_1_gb() -> None:
    total, text = report(environment())
    print("make start:", text)
    assert total <= LIMIT, f"make start installs more than 1 GB:\n{text}"


def test_test_and_hub_tools_stay_out_of_make_start() -> None:
    core = environment()
    fuller = environment(frozenset({"hub", "test"}))
    print("make test:", report(fuller)[1])
    for name in ("playwright", "pytest", "nbval", "ruff", "hypothesis", "jupyterhub",
                 "sphinx"):
        assert name not in core, f"make start installs {name}"
    assert {"playwright", "pytest", "jupyterhub"} <= set(fuller)
    extra = sum(installed_size(fuller[name]) for name in set(fuller) - set(core))
    assert extra >= installed_size(fuller["playwright"]) > 0


def third_party_imports(source: str) -> set[str]:
    """Top-level names of the modules a Python source imports (anywhere in it)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {name for name in names
            if name not in sys.stdlib_module_names and name not in ("score_helpers", "__future__")}


def notebook_code(path: Path) -> str:
    """The code cells of a notebook, without IPython magics."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join(line for cell in cells if cell["cell_type"] == "code"
                     for line in "".join(cell["source"]).splitlines()
                     if not line.lstrip().startswith(("%", "!")))


def providers(names: set[str]) -> dict[str, set[str]]:
    """For each imported top-level module, the distributions that install it."""
    installed = metadata.packages_distributions()
    return {name: {canonicalize_name(d) for d in installed.get(name, [])} for name in names}


def test_everything_participants_and_trainers_import_comes_with_make_start() -> None:
    core = set(environment())
    hub = set(environment(frozenset({"hub"})))
    imports, hub_imports = set(), set()
    for path in (REPO / "score_helpers").rglob("*.py"):
        names = third_party_imports(path.read_text(encoding="utf-8"))
        (hub_imports if path.name in HUB_MODULES else imports).update(names)
    for folder in PARTICIPANT_NOTEBOOKS:
        for path in (REPO / folder).rglob("*.ipynb"):
            if ".ipynb_checkpoints" not in path.parts:
                imports |= third_party_imports(notebook_code(path))
    assert {"pandas", "sklearn", "faker", "psutil"} <= imports
    missing = {name: dists for name, dists in providers(imports).items()
               if not dists & core}
    assert not missing, f"imported at run time but not installed by make start: {missing}"
    missing_on_hub = {name: dists for name, dists in providers(hub_imports).items()
                      if not dists & hub}
    assert not missing_on_hub, f"the class hub needs these in the hub extra: {missing_on_hub}"
