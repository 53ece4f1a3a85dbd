"""Turn the plain class hub (deploy/jupyterhub_config.py) into an isolated one.

Called from the hub's configuration on the plain route (the hub runs from the project's
.venv). When the hub runs as root on Linux with bubblewrap:

- every participant's server runs as their own Linux user in a sandbox, with enforced
  memory and CPU limits (hub_spawner.ClassSpawner);
- the shared services (the class model, the factory apps) run sandboxed too, each as its
  own unprivileged user (`score_llm`, `score_apps`), seeing only what they serve;
- the hub's state folder (database, cookie secret, passwords, class key) is root's alone
  and hidden from every sandbox; grades are the trainers' group's; the progress folder
  takes everyone's new file but only trainers list and read it.

Otherwise `isolation_problem()` says why, and the hub starts as before (every server as
the hub's own user), printing that it is not isolated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from score_helpers.course import hub_users
from score_helpers.course.hub_spawner import hidden_for_hub, sandbox_command
from score_helpers.grading.sandbox import BUBBLEWRAP, readable_roots, sandbox_mode

SPAWNER = "score_helpers.course.hub_spawner.ClassSpawner"


def isolation_problem() -> str:
    """Why this hub cannot isolate participants, or "" when it can."""
    if not hub_users.can_create_users():
        return ("the hub is not running as root on Linux with useradd, setpriv and prlimit, "
                "so it cannot give each participant their own Linux user")
    if sandbox_mode() != BUBBLEWRAP:
        return "bubblewrap (the Debian package `bubblewrap`) is missing or does not work here"
    return ""


def isolate_class(c: Any, *, root: Path, progress: Path, grades: Path,
                  readable: list[Path]) -> None:
    """Configure the ClassSpawner and the shared folders' owners and modes."""
    hub_users.prepare_shared_folders(root, progress, grades)
    c.JupyterHub.spawner_class = SPAWNER
    c.ClassSpawner.home_dir_template = str(root / "users" / "{system_name}")
    c.ClassSpawner.state_root = str(root)
    c.ClassSpawner.shared_folders = [str(progress)]
    c.ClassSpawner.trainer_folders = [str(grades)]
    c.ClassSpawner.readable_folders = [str(path) for path in readable]


def sandbox_service(service: dict[str, Any], *, root: Path, readable: list[Path],
                    writable: list[Path]) -> dict[str, Any]:
    """`service` run as its own unprivileged user inside the sandbox, seeing only
    `readable`, its Python and the course package, and writing only `writable` and its
    own home (root/services/<name>)."""
    name = str(service["name"])
    home = root / "services" / name
    user = hub_users.ensure_user(hub_users.service_name(name), home)
    for folder in writable:
        folder.mkdir(parents=True, exist_ok=True)
        hub_users.give_to(folder, user.uid, user.gid)
    workdir = str(service.get("cwd") or home)
    command = sandbox_command(
        list(service["command"]), user,
        readable=sorted({*readable_roots(), *(str(p) for p in readable)}),
        writable=[str(home), *(str(p) for p in writable)], hidden=hidden_for_hub(str(root)),
        workdir=workdir)
    environment = {**service.get("environment", {}), "HOME": str(home)}
    return {**service, "command": command, "environment": environment}
