"""The shape of score_helpers: one package per concern, layered, with no import cycle.

Every `import` of a score_helpers module counts, including the ones deferred into a
function: a deferred import still ties the two modules together. A package may import
only the packages of a lower layer (and its own modules); CONTRIBUTING.md shows the same
layers as a picture.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from score_helpers.paths import PACKAGE_DIR

# Lower number = lower layer. A package imports only packages with a smaller number.
LAYERS: dict[str, int] = {
    "paths": 0, "formatting": 0, "privacy": 0,
    "i18n": 1, "plot_style": 1,
    "data": 2,
    "kpi": 3, "maintenance": 3, "llm": 3,
    "safety": 4, "drafting": 4,
    "action_plan": 5,
    "exercises": 6,
    "grading": 7,
    "widgets": 8,
    "course": 9,
    "lessons": 10,
    "cli": 11, "_compat": 11,
    "score_helpers": 12,   # the package's own __init__
}
MAX_TOP_LEVEL_FILES = 12


def module_files(package_dir: Path) -> dict[str, Path]:
    """Dotted module name → file, for every .py file of the package."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: Iterable[str], root: str) -> set[str]:
    """The package modules `name` imports anywhere in its file (deferred imports too)."""
    known = set(known)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            if module.split(".")[0] == root:
                for alias in node.names:
                    candidate = f"{module}.{alias.name}"
                    found.add(candidate if candidate in known else module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == root}
    found.discard(name)
    return found


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module → the package modules it imports."""
    files = module_files(package_dir)
    return {name: imports_of(name, path, files, package_dir.name) & set(files)
            for name, path in files.items()}


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a ring (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            ring = []
            while True:
                member = stack.pop()
                ring.append(member)
                if member == node:
                    break
            if len(ring) > 1:
                found.append(sorted(ring))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer_of(module: str) -> str:
    """'score_helpers.kpi.targets' → 'kpi'; the package itself → 'score_helpers'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def upward_imports(graph: Mapping[str, set[str]], layers: Mapping[str, int]) -> list[str]:
    """'a → b' for every import of a package from the same or a higher layer."""
    wrong = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            here, there = layer_of(module), layer_of(target)
            if here != there and layers[there] >= layers[here]:
                wrong.append(f"{module} → {target} ({here} is layer {layers[here]}, "
                             f"{there} is layer {layers[there]})")
    return wrong


GRAPH = import_graph(PACKAGE_DIR)


def test_the_graph_sees_the_package() -> None:
    assert len(GRAPH) > 100
    assert "score_helpers.kpi.formulas" in GRAPH["score_helpers.kpi.targets"]


def test_no_import_cycle() -> None:
    assert cycles(GRAPH) == []


def test_every_package_has_a_layer() -> None:
    unknown = sorted({layer_of(m) for m in GRAPH} - set(LAYERS))
    assert unknown == [], f"give these packages a layer in LAYERS and CONTRIBUTING.md: {unknown}"


def test_no_upward_import() -> None:
    assert upward_imports(GRAPH, LAYERS) == []


def test_few_files_at_the_top() -> None:
    top = sorted(p.name for p in PACKAGE_DIR.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_FILES, top


def test_every_package_states_its_job() -> None:
    silent = [str(init.relative_to(PACKAGE_DIR.parent)) for init in PACKAGE_DIR.rglob("__init__.py")
              if len(ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or "") < 40]
    assert silent == []


# ---- the checks themselves catch what they are for ------------------------------------------

def write_package(root: Path, files: Mapping[str, str]) -> Path:
    """A throw-away package `pkg` under `root` with the given module texts."""
    for relative, text in files.items():
        path = root / "pkg" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "pkg"


def test_a_deferred_cycle_is_caught(tmp_path: Path) -> None:
    package = write_package(tmp_path, {
        "__init__.py": "", "a.py": "from pkg import b\n",
        "b.py": "def later():\n    from pkg.a import thing\n"})
    assert cycles(import_graph(package)) == [["pkg.a", "pkg.b"]]


def test_a_relative_cycle_through_a_package_is_caught(tmp_path: Path) -> None:
    package = write_package(tmp_path, {
        "__init__.py": "", "low/__init__.py": "from .core import x\n",
        "low/core.py": "from pkg.low import y\n"})
    assert cycles(import_graph(package)) == [["pkg.low", "pkg.low.core"]]


@pytest.mark.parametrize(("importer", "imported"), [
    ("plot_style.py", "from pkg.kpi import formulas\n"),
    ("kpi/charts.py", "import pkg.widgets.app\n"),
    ("data/load.py", "def f():\n    from pkg.kpi.formulas import oee\n"),
])
def test_an_upward_import_is_caught(tmp_path: Path, importer: str, imported: str) -> None:
    package = write_package(tmp_path, {
        "__init__.py": "", "plot_style.py": "", "data/__init__.py": "", "data/load.py": "",
        "kpi/__init__.py": "", "kpi/formulas.py": "", "kpi/charts.py": "",
        "widgets/__init__.py": "", "widgets/app.py": ""})
    (package / importer).write_text(imported)
    wrong = upward_imports(import_graph(package), LAYERS | {"pkg": 99})
    assert len(wrong) == 1 and wrong[0].startswith(f"pkg.{importer[:-3].replace('/', '.')} → ")
