"""The isolated class hub's parts on their own: Linux user names, cgroup limits, the
switch in deploy/jupyterhub_config.py. tests/test_deploy.py runs them in a real hub."""

from __future__ import annotations

from pathlib import Path

import pytest
from traitlets.config.loader import PyFileConfigLoader

from score_helpers.course import cgroup_limits, hub_isolation
from score_helpers.course.hub_users import MAX_NAME, service_name, system_name

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


@pytest.mark.parametrize("hub_name", ["ana", "ana-cruz", "Ana Cruz", "niño", "x" * 60,
                                      "../../etc", "ana_cruz"])
def test_every_hub_name_gets_a_valid_linux_user_of_its_own(hub_name: str) -> None:
    name = system_name(hub_name)
    assert name.startswith("score-") and len(name) <= MAX_NAME
    assert all((ch.isalnum() and ch.isascii()) or ch == "-" for ch in name), name
    assert name not in {system_name(other) for other in ("ana", "ben") if other != hub_name}


def test_names_that_look_alike_still_get_different_users() -> None:
    names = {system_name(n) for n in ("ana cruz", "ana-cruz", "Ana Cruz", "ana_cruz")}
    assert len(names) == 4
    assert system_name("ana") == "score-ana"
    # A service's user can never be a participant's: participants' never hold "_".
    assert service_name("apps") == "score_apps" and "_" not in system_name("apps")


@pytest.mark.parametrize(("text", "expected"), [("1G", 1024**3), ("512M", 512 * 1024**2),
                                                ("2048", 2048), ("1.5G", 3 * 512 * 1024**2)])
def test_memory_sizes_are_read_as_jupyterhub_writes_them(text: str, expected: int) -> None:
    assert cgroup_limits.parse_size(text) == expected


@pytest.mark.parametrize("unified", [True, False])
def test_a_server_cgroup_gets_the_memory_cpu_and_process_limits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unified: bool) -> None:
    monkeypatch.setattr(cgroup_limits, "CGROUP_ROOT", tmp_path)
    if unified:
        (tmp_path / "cgroup.controllers").write_text("cpu memory pids\n")
        (tmp_path / "cgroup.procs").write_text("")
    else:
        for controller in ("memory", "cpu", "pids"):
            (tmp_path / controller).mkdir()
            (tmp_path / controller / "cgroup.procs").write_text("")
    limits = cgroup_limits.ServerLimits(memory_bytes=512 * 1024**2, cpus=0.5, processes=64)
    folders = cgroup_limits.create("score-ana", limits)
    written = {f.name: f.read_text() for folder in folders for f in folder.iterdir()}
    if unified:
        assert folders == [tmp_path / "score" / "score-ana"]
        assert written["memory.max"] == str(512 * 1024**2)
        assert written["cpu.max"] == "50000 100000"
        assert "+memory" in (tmp_path / "score" / "cgroup.subtree_control").read_text()
    else:
        assert written["memory.limit_in_bytes"] == str(512 * 1024**2)
        assert written["cpu.cfs_quota_us"] == "50000"
    assert written["pids.max"] == "64"


def test_without_writable_cgroups_the_hub_says_limits_are_unavailable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cgroup_limits, "CGROUP_ROOT", tmp_path)   # a folder, not cgroups
    assert cgroup_limits.available() is False


def test_isolation_on_refuses_to_start_a_hub_that_cannot_isolate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_isolation, "isolation_problem", lambda: "no bubblewrap here")
    monkeypatch.setenv("SCORE_HUB_ROOT", str(tmp_path))
    monkeypatch.setenv("SCORE_HUB_FLAVOUR", "plain")
    monkeypatch.setenv("SCORE_HUB_ISOLATION", "on")
    with pytest.raises(SystemExit, match="no bubblewrap here"):
        PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()
    monkeypatch.setenv("SCORE_HUB_ISOLATION", "auto")   # auto: starts, and says so
    config = PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()
    assert config.JupyterHub.spawner_class == "simple"


def test_a_server_command_drops_to_the_participant_inside_the_sandbox() -> None:
    from score_helpers.course.hub_spawner import sandbox_command
    from score_helpers.course.hub_users import SystemUser

    user = SystemUser("score-ana", 4242, 4242, Path("/srv/score/users/score-ana"))
    command = sandbox_command(["jupyterhub-singleuser"], user, readable=["/usr"],
                              writable=[str(user.home)], hidden=["/srv"],
                              workdir=str(user.home), memory_bytes=2**30)
    assert command[0] == "bwrap" and "--unshare-pid" in command
    assert "--unshare-net" not in command   # the server must reach the hub
    inner = command[command.index("--") + 1:]
    assert inner[:3] == ["setpriv", "--reuid=4242", "--regid=4242"]
    assert f"--as={2**30}" in inner and inner[-1] == "jupyterhub-singleuser"
    binds = [command[i + 1] for i, arg in enumerate(command) if arg == "--bind"]
    assert binds == [str(user.home)]
