"""The class hub's system users: one Linux user per hub name, and two groups.

When the hub runs as root (deploy/README.md, "Isolated class hub"), every hub name gets its
own unprivileged Linux user, `score-<name>`, with no login shell and no password, and a
home folder only that user can open (0700). Two groups let the hub share what must be
shared and nothing more:

- `score-trainers`: the trainers (hub admins). It owns the progress and grades folders.
- the progress folder lets anyone add their own file but not list or read the others'.

Creating users needs root and the `useradd`, `groupadd` and `gpasswd` commands (Debian's
`passwd` package, on every Debian and Ubuntu).
"""

from __future__ import annotations

import grp
import hashlib
import os
import pwd
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PREFIX = "score-"
TRAINERS_GROUP = "score-trainers"
MAX_NAME = 32                      # Linux user names: at most 32 characters
NO_LOGIN = next((shell for shell in ("/usr/sbin/nologin", "/sbin/nologin", "/bin/false")
                 if os.path.exists(shell)), "/bin/false")


@dataclass(frozen=True)
class SystemUser:
    """A hub name's Linux user: its name, ids and home folder."""

    name: str
    uid: int
    gid: int
    home: Path


def system_name(hub_name: str) -> str:
    """The Linux user of a hub name: 'ana' → 'score-ana'; 'Ana Cruz' → 'score-ana-cruz-1a2b3c'.

    A name that needs changing to be a valid Linux name gets a short hash of the original,
    so two hub names never share a Linux user.
    """
    plain = re.sub(r"[^a-z0-9]+", "-", hub_name.lower()).strip("-")
    if plain == hub_name and len(PREFIX + plain) <= MAX_NAME:
        return PREFIX + plain
    tag = hashlib.sha256(hub_name.encode()).hexdigest()[:6]
    keep = MAX_NAME - len(PREFIX) - len(tag) - 1
    return f"{PREFIX}{plain[:keep].strip('-') or 'user'}-{tag}"


def can_create_users() -> bool:
    """True when this process can create Linux users: root, with useradd and friends."""
    tools = ("useradd", "groupadd", "gpasswd", "setpriv", "prlimit")
    return (hasattr(os, "geteuid") and os.geteuid() == 0
            and all(shutil.which(tool) for tool in tools))


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")


def ensure_group(name: str) -> int:
    """The id of group `name`, creating it as a system group when missing."""
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        _run("groupadd", "--system", name)
        return grp.getgrnam(name).gr_gid


def service_name(service: str) -> str:
    """The Linux user of a hub service: 'apps' → 'score_apps' (the underscore keeps it apart
    from every participant's user, which system_name writes with letters, digits and '-')."""
    return f"score_{service}"


def ensure_user(name: str, home: Path, *, trainer: bool = False) -> SystemUser:
    """Create (once) the Linux user `name` with `home`; keep its trainer group right.

    The home folder belongs to the user alone (0700); nothing in it is overwritten.
    """
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        _run("useradd", "--system", "--user-group", "--no-create-home", "--home-dir",
             str(home), "--shell", NO_LOGIN, "--comment", "SCORE AI Lab class hub", name)
        entry = pwd.getpwnam(name)
    trainers = grp.getgrnam(TRAINERS_GROUP) if trainer else _group_or_none(TRAINERS_GROUP)
    if trainer and name not in trainers.gr_mem:
        _run("gpasswd", "--add", name, TRAINERS_GROUP)
    elif not trainer and trainers is not None and name in trainers.gr_mem:
        _run("gpasswd", "--delete", name, TRAINERS_GROUP)   # no longer an admin
    home.mkdir(parents=True, exist_ok=True)
    give_to(home, entry.pw_uid, entry.pw_gid)
    home.chmod(0o700)
    return SystemUser(name, entry.pw_uid, entry.pw_gid, home)


def _group_or_none(name: str) -> grp.struct_group | None:
    try:
        return grp.getgrnam(name)
    except KeyError:
        return None


def groups_of(user: SystemUser) -> list[int]:
    """The user's own group and its supplementary ones (the trainers' group, for trainers)."""
    return sorted(set(os.getgrouplist(user.name, user.gid)))


def give_to(folder: Path, uid: int, gid: int) -> None:
    """Make `folder` and everything in it belong to uid:gid (symbolic links not followed)."""
    for root, dirs, files in os.walk(folder):
        for path in [root, *(os.path.join(root, name) for name in dirs + files)]:
            if os.lstat(path).st_uid != uid or os.lstat(path).st_gid != gid:
                os.chown(path, uid, gid, follow_symlinks=False)


def prepare_shared_folders(root: Path, progress: Path, grades: Path) -> None:
    """Set the owners and modes of the hub's folders for an isolated class.

    - root (the hub's state: database, cookie secret, class key): root only, traversable;
    - root/users: traversable, not listable;
    - progress: everyone may add a file, only trainers may list and read (3773, sticky);
    - grades: trainers only (2770).
    """
    trainers = ensure_group(TRAINERS_GROUP)
    root.chmod(0o711)
    (root / "users").chmod(0o711)
    for folder, mode in ((progress, 0o3773), (grades, 0o2770)):
        os.chown(folder, 0, trainers)
        folder.chmod(mode)
