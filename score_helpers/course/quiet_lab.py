"""The participants' JupyterLab is quiet: no news pop-up, no nbgrader authoring panels.

    python -m score_helpers.course.quiet_lab            # what `make start` runs
    score-lab lab                                       # the same
    score-lab lab --trainer                             # the trainer: nbgrader's panels too
    score-lab lab --settings-only                       # only write the settings (a hub)

`install()` writes two JupyterLab settings files into the environment's own config folder
(`<prefix>/etc/jupyter/labconfig/`), so every JupyterLab started from this environment is
quiet, however it is started:

- `default_setting_overrides.json`: JupyterLab 4's "Would you like to get notified about
  official Jupyter news?" is never asked (`fetchNews: "false"`, which also stops the update
  check), so a participant never meets a question about privacy and a news feed;
- `page_config.json`: nbgrader's authoring and exchange extensions are off (the Create
  Assignment cell toolbar, the Formgrader/Nbgrader menu, the course and assignment lists
  and the Validate button). Participants check their answers with `q1.check()`, in their
  language; the course does not use nbgrader's exchange (a trainer collects folders and
  runs `score-lab grade`), so the assignment list and Validate would only show English
  errors about things they never use.

The trainer's layer (`<prefix>/etc/score-lab/trainer/labconfig/page_config.json`) turns
those extensions back on; `--trainer` puts it first on `JUPYTER_CONFIG_PATH`, and the class
hub gives it to trainers (hub admins) only (deploy/jupyterhub_config.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["NBGRADER_AUTHORING", "QUIET_SETTINGS", "install", "lab_command", "lab_environment",
           "main", "register_cli", "trainer_config_path"]

NOTIFICATION_PLUGIN = "@jupyterlab/apputils-extension:notification"
# The settings defaults every participant gets (a user's own choice still wins).
QUIET_SETTINGS: dict[str, dict[str, Any]] = {
    NOTIFICATION_PLUGIN: {"fetchNews": "false", "checkForUpdates": False},
}
# nbgrader 0.9's JupyterLab plugins; the menu holds Formgrader, Course List, Assignment List.
NBGRADER_AUTHORING: tuple[str, ...] = (
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:menu",
    "@jupyter/nbgrader:course-list",
    "@jupyter/nbgrader:assignment-list",
    "@jupyter/nbgrader:validate-assignment",
)
FIRST_NOTEBOOK = "modules/00_welcome.ipynb"


def _labconfig(prefix: Path) -> Path:
    return prefix / "etc" / "jupyter" / "labconfig"


def trainer_config_path(prefix: str | Path | None = None) -> Path:
    """The Jupyter config folder that gives the trainer nbgrader's panels back (it holds
    `labconfig/page_config.json`); put it first on JUPYTER_CONFIG_PATH."""
    return Path(prefix or sys.prefix) / "etc" / "score-lab" / "trainer"


def _merge_json(path: Path, update: Mapping[str, Any]) -> None:
    """Write `update` into the JSON object in `path`, keeping its other keys."""
    current: dict[str, Any] = {}
    if path.exists():
        try:
            current = json.loads(path.read_text(encoding="utf-8") or "{}")
        except json.JSONDecodeError:
            current = {}
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(current.get(key), dict):
            current[key] = {**current[key], **value}
        else:
            current[key] = dict(value) if isinstance(value, Mapping) else value
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(current, indent=2, sort_keys=True) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def install(prefix: str | Path | None = None) -> list[Path]:
    """Write the quiet settings into the environment `prefix` (default: this Python's) and
    the trainer's layer beside them; return the files. Safe to run again: other settings
    in those files are kept."""
    prefix = Path(prefix or sys.prefix)
    labconfig = _labconfig(prefix)
    overrides = labconfig / "default_setting_overrides.json"
    page_config = labconfig / "page_config.json"
    trainer = trainer_config_path(prefix) / "labconfig" / "page_config.json"
    _merge_json(overrides, QUIET_SETTINGS)
    _merge_json(page_config, {"disabledExtensions": dict.fromkeys(NBGRADER_AUTHORING, True)})
    _merge_json(trainer, {"disabledExtensions": dict.fromkeys(NBGRADER_AUTHORING, False)})
    return [overrides, page_config, trainer]


def lab_environment(trainer: bool = False, base: Mapping[str, str] | None = None,
                    prefix: str | Path | None = None) -> dict[str, str]:
    """The environment JupyterLab runs with: `base` (default os.environ), and for the
    trainer the trainer's layer first on JUPYTER_CONFIG_PATH."""
    env = dict(os.environ if base is None else base)
    if trainer:
        rest = env.get("JUPYTER_CONFIG_PATH", "")
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            p for p in (str(trainer_config_path(prefix)), rest) if p)
    return env


def lab_command(extra: Sequence[str] = (), notebook: str = FIRST_NOTEBOOK) -> list[str]:
    """JupyterLab on the course folder, opening `notebook` (as `make start` runs it)."""
    # Jupyter refuses to run as root unless told; containers and CI machines run as root.
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    return [sys.executable, "-m", "jupyterlab", "--ServerApp.root_dir=.", *as_root, *extra,
            notebook]


def run_cli(args: argparse.Namespace) -> int:
    """`score-lab lab`: write the quiet settings, then open JupyterLab (replacing this
    process on Linux and macOS, so Ctrl+C reaches JupyterLab alone)."""
    try:
        install()
    except OSError as error:  # a read-only environment: JupyterLab still opens, not quiet
        print(f"Could not write the quiet JupyterLab settings ({error}); opening anyway.")
        if args.settings_only:
            return 1
    if args.settings_only:
        print("JupyterLab settings written: no news pop-up; nbgrader's authoring panels "
              f"off for participants, on with JUPYTER_CONFIG_PATH={trainer_config_path()}.")
        return 0
    extra = list(args.jupyterlab_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    command, env = lab_command(extra), lab_environment(args.trainer)
    if os.name == "posix":
        os.execve(command[0], command, env)
    process = subprocess.Popen(command, env=env)
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:  # JupyterLab asks and shuts down by itself
            continue


def _add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--trainer", action="store_true",
                        help="keep nbgrader's panels (Create Assignment, Formgrader)")
    parser.add_argument("--settings-only", action="store_true",
                        help="only write the settings into this environment")
    parser.add_argument("jupyterlab_args", nargs=argparse.REMAINDER,
                        help="passed on to JupyterLab (after --)")
    parser.set_defaults(handler=run_cli)
    return parser


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `lab` sub-command to score-lab's sub-parsers; return its parser."""
    return _add_arguments(subparsers.add_parser(
        "lab", help="open JupyterLab on the course (quiet for participants; --trainer)"))


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m score_helpers.course.quiet_lab [--trainer] [-- JupyterLab options]`."""
    parser = _add_arguments(argparse.ArgumentParser(prog="score-lab lab"))
    return int(run_cli(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
