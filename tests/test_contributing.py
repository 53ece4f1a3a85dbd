"""CONTRIBUTING.md stays true, and the repository cites nothing outside itself.

Every path the guide names exists; its layer picture is the LAYERS of the architecture test;
the `score-lab` commands and `make` targets it names exist; README.md links it. No file of
the repository refers to notes kept outside it (a sibling folder or its style and domain
notes): a future contributor would find a dead reference.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from score_helpers.cli import build_parser
from tests.test_architecture import LAYERS

REPO = Path(__file__).resolve().parents[1]
GUIDE_PATH = REPO / "CONTRIBUTING.md"
GUIDE = GUIDE_PATH.read_text(encoding="utf-8")

FENCE = re.compile(r"^[ \t]*```.*?^[ \t]*```[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`([^`]+)`")   # a code span may wrap to the next line
LINK = re.compile(r"\]\(([^)\s]+)\)")
PATH_TOKEN = re.compile(r"[\w.-][\w./-]*")
PATH_SUFFIXES = (".py", ".md", ".ipynb", ".toml")
PLACEHOLDER_MARKS = ("<", "NN", "…", "*")
# Folders that are not part of the repository's own files.
NOT_OURS = {".git", ".venv", "__pycache__", ".ipynb_checkpoints", ".pytest_cache",
            ".hypothesis", "node_modules", "build", "dist", "wheelhouse", "slides"}
# Built in pieces so that this file does not contain what it looks for.
OUTSIDE_NEEDLES = (".." + "/shared", "STYLE" + ".md", "DOMAIN" + ".md")
LAYER_ROW = re.compile(r"^\s*(\d+)\s+(.*)$")


# ---- what the checks read ---------------------------------------------------------------------

def looks_like_a_path(text: str) -> bool:
    """A repository path: has a '/' or ends in .py/.md/.ipynb/.toml, and is no URL."""
    return ("/" in text or text.endswith(PATH_SUFFIXES)) and "://" not in text


def is_placeholder(text: str) -> bool:
    """A pattern rather than a file: `modules/NN_topic.ipynb`, `apps/<name>.ipynb`, `en_*.py`."""
    return any(mark in text for mark in PLACEHOLDER_MARKS)


def paths_in(markdown: str) -> list[str]:
    """The repository paths named in inline code and links (fenced code blocks left out)."""
    prose = FENCE.sub("", markdown)
    found: list[str] = []
    for span in CODE_SPAN.findall(prose):
        if not re.search(r"\s", span):
            found.append(span)
        else:   # a command or code: the words in it that are plain paths
            found += [word for word in span.split() if PATH_TOKEN.fullmatch(word)]
    found += LINK.findall(prose)
    cleaned = []
    for text in found:
        text = text.split("#")[0].split("::")[0].removeprefix("./")
        if (text and looks_like_a_path(text) and not is_placeholder(text)
                and not text.startswith((".venv", "http", "mailto:"))):
            cleaned.append(text)
    return sorted(set(cleaned))


def repository_files(root: Path) -> list[Path]:
    """The repository's files: git's list (tracked and new, not ignored), or a walk of the
    folder when it is not a git checkout (a downloaded zip)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=root, capture_output=True, check=True).stdout.decode("utf-8")
        candidates = [root / name for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        candidates = [p for p in root.rglob("*")
                      if not NOT_OURS & set(p.relative_to(root).parts)]
    return sorted(p for p in candidates if p.is_file())


def missing_paths(paths: Iterable[str], root: Path, names: set[str]) -> list[str]:
    """The paths that name nothing: a path with '/' is relative to `root`; a bare file name
    must be the name of some file in the repository (`names`)."""
    return [path for path in paths
            if not ((root / path).exists() if "/" in path else
                    (root / path).exists() or path in names)]


def layer_picture(markdown: str) -> list[str]:
    """The lines of the first fenced block under the '## 1. The architecture' heading."""
    section = markdown.split("## 1. The architecture", 1)[1].split("\n## ", 1)[0]
    block = FENCE.search(section)
    assert block, "CONTRIBUTING.md section 1 should hold the layer picture in a code block"
    return block.group(0).splitlines()


def layers_drawn(lines: Iterable[str], known: Iterable[str]) -> dict[str, int]:
    """{package: layer} as the picture draws it: each row is a number, then package names,
    then what they hold. Also fails on two rows out of order (the top layer comes first)."""
    known = set(known)
    drawn: dict[str, int] = {}
    numbers: list[int] = []
    for line in lines:
        row = LAYER_ROW.match(line)
        if not row:
            continue
        number = int(row.group(1))
        numbers.append(number)
        for token in row.group(2).split():
            if token not in known:
                break
            drawn[token] = number
    assert numbers == sorted(numbers, reverse=True), (
        f"draw the layers from the top down, bottom layer last: {numbers}")
    return drawn


def outside_references(files: Iterable[Path], root: Path,
                       needles: Iterable[str] = OUTSIDE_NEEDLES) -> list[str]:
    """'file: needle' for every text file that mentions a needle (binary files and the
    dataset CSVs are skipped)."""
    needles = tuple(needles)
    found = []
    for path in files:
        relative = path.relative_to(root).as_posix()
        if relative.startswith("datasets/") and relative.endswith(".csv"):
            continue
        raw = path.read_bytes()
        if b"\0" in raw[:8192]:
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{relative}: {needle}" for needle in needles if needle in text]
    return found


def named_commands(markdown: str) -> tuple[set[str], set[str]]:
    """The `score-lab <command>` and `make <target>` names the guide uses."""
    return (set(re.findall(r"score-lab (\w+)", markdown)),
            set(re.findall(r"`make (\w+)", markdown)))


FILES = repository_files(REPO)
FILE_NAMES = {path.name for path in FILES}


# ---- the guide --------------------------------------------------------------------------------

def test_the_guide_names_paths_to_check() -> None:
    assert len(paths_in(GUIDE)) > 30, "CONTRIBUTING.md should name the real files it talks about"


def test_every_path_the_guide_names_exists() -> None:
    missing = missing_paths(paths_in(GUIDE), REPO, FILE_NAMES)
    assert missing == [], f"CONTRIBUTING.md names files that do not exist: {missing}"


def test_the_layer_picture_is_the_architecture_tests_layers() -> None:
    drawn = layers_drawn(layer_picture(GUIDE), LAYERS)
    assert sorted(set(LAYERS) - set(drawn)) == [], "draw every package of LAYERS"
    wrong = {name: (drawn[name], LAYERS[name]) for name in drawn if drawn[name] != LAYERS[name]}
    assert wrong == {}, f"package: (layer drawn, layer in LAYERS): {wrong}"


def test_the_picture_shows_the_one_way_data_flow() -> None:
    picture = "\n".join(layer_picture(GUIDE))
    assert "Data flows one way" in picture, "draw the data flow below the layers"
    picture = picture.split("Data flows one way", 1)[1]
    order = ["datasets/", "score_helpers.data", "kpi / maintenance / safety / drafting / llm",
             "widgets", "apps/"]
    places = [picture.find(step) for step in order]
    assert -1 not in places and places == sorted(places), dict(zip(order, places, strict=True))
    assert "tests/test_architecture.py" in GUIDE


def test_the_commands_the_guide_names_exist() -> None:
    commands, targets = named_commands(GUIDE)
    known = set(build_parser()._subparsers._group_actions[0].choices)
    assert commands and commands <= known, f"unknown score-lab commands: {commands - known}"
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    unknown = sorted(t for t in targets if not re.search(rf"^{t}:", makefile, re.MULTILINE))
    assert {"start", "test"} <= targets and unknown == [], f"no such make target: {unknown}"


def test_readme_links_the_guide() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "](CONTRIBUTING.md)" in readme, "link CONTRIBUTING.md from README.md"


# ---- the repository cites nothing outside itself -------------------------------------------

def test_there_are_files_to_search() -> None:
    names = {path.relative_to(REPO).as_posix() for path in FILES}
    assert {"README.md", "pyproject.toml", "score_helpers/__init__.py"} <= names


def test_no_file_refers_to_notes_outside_the_repository() -> None:
    found = outside_references(FILES, REPO)
    assert found == [], ("cite the original source, or CONTRIBUTING.md, instead of files "
                         f"outside the repository: {found}")


# ---- the checks catch what they are for ------------------------------------------------------

def test_a_missing_path_is_caught_and_placeholders_are_not(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_real.py").write_text("")
    text = ("See `tests/test_real.py`, `tests/test_gone.py`, [x](docs/gone.md), `gone.py`, "
            "`test_real.py`, `apps/<name>.ipynb`, `modules/NN_topic.ipynb`, `en_*.py`, "
            "`solutions/NN_topic/`, `https://ilo.org/x`, `defects / units`, "
            "`.venv/bin/python -m pytest\ntests/test_real.py`\n"
            "```\n# fenced/only.py\n```\n"
            "1. a list\n\n   ```python\n   from x import y  # fenced/indented.py\n   ```\n")
    found = paths_in(text)
    assert found == ["docs/gone.md", "gone.py", "test_real.py", "tests/test_gone.py",
                     "tests/test_real.py"]
    assert missing_paths(found, tmp_path, {"test_real.py"}) == [
        "docs/gone.md", "gone.py", "tests/test_gone.py"]


@pytest.mark.parametrize(("picture", "problems"), [
    ("  2   data\n  1   i18n  plot_style   strings\n  0   paths  formatting  privacy", []),
    ("  2   data\n  0   paths  formatting  privacy", ["i18n", "plot_style"]),
    ("  2   data\n  1   i18n  plot_style  paths\n  0   formatting  privacy", ["paths"]),
])
def test_a_wrong_layer_picture_is_caught(picture: str, problems: list[str]) -> None:
    layers: Mapping[str, int] = {k: v for k, v in LAYERS.items() if v <= 2}
    drawn = layers_drawn(picture.splitlines(), layers)
    wrong = sorted(set(layers) - set(drawn)) + [n for n in drawn if drawn[n] != layers[n]]
    assert wrong == problems


def test_layers_drawn_upside_down_are_caught() -> None:
    with pytest.raises(AssertionError, match="from the top down"):
        layers_drawn(["  0   paths", "  1   i18n"], LAYERS)


def test_an_outside_reference_is_caught(tmp_path: Path) -> None:
    files = {"notes.md": f"see {OUTSIDE_NEEDLES[1]}", "code.py": f"# {OUTSIDE_NEEDLES[0]}/x",
             "clean.md": "see CONTRIBUTING.md", "datasets/big.csv": OUTSIDE_NEEDLES[2],
             "picture.png": "\0" + OUTSIDE_NEEDLES[2]}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    found = outside_references(sorted(tmp_path.rglob("*.*")), tmp_path)
    assert sorted(found) == [f"code.py: {OUTSIDE_NEEDLES[0]}", f"notes.md: {OUTSIDE_NEEDLES[1]}"]
