"""JupyterHub configuration for a SCORE AI Lab class (about 30 participants) on one server.

Plain JupyterHub (the project's .venv holds jupyterhub, its Python proxy and the culler):

    SCORE_HUB_CLASS_PASSWORD=... SCORE_HUB_TRAINER_PASSWORD=... \
        .venv/bin/jupyterhub -f deploy/jupyterhub_config.py

The Littlest JupyterHub: copy this file to /opt/tljh/config/jupyterhub_config.d/score.py;
TLJH keeps its own login, users, proxy and culler, and this file adds the rest.

What it sets up (deploy/README.md explains each step):
- every participant gets their own copy of modules/, exercises/, apps/ and datasets/ and
  opens on module 00; the single-user servers cull idle kernels (jupyter_server_config.py);
- every participant's exercise checks go to ONE shared progress folder, under their hub
  name, which the trainer dashboard reads (SCORE_PROGRESS_DIR, SCORE_PARTICIPANT);
- one shared `score-lab llm serve` model for the class (a hub-managed service on
  127.0.0.1 with a class key), or any OpenAI-compatible endpoint (SCORE_HUB_LLM=URL);
- the factory apps, without the trainer dashboard, at /services/apps/ through Voila with
  preheated kernels (voila.json);
- jupyterhub-idle-culler stops servers nobody used for an hour.

Everything is read from the environment (no key or password is ever written here):
    SCORE_HUB_ROOT             state folder (default /srv/score): hub database, cookie
                               secret, class key, users' homes, progress, app data
    SCORE_HUB_CURRICULUM       the SCORE AI Lab folder (default: the one holding deploy/)
    SCORE_HUB_BIND_URL         the address participants open (default http://:8000)
    SCORE_HUB_LLM              "serve" (default), "off", or an OpenAI-compatible base URL
    SCORE_HUB_LLM_PORT         port of the shared model on 127.0.0.1 (default 8080)
    SCORE_HUB_LLM_PARALLEL     requests the shared model answers at once (default 2; each
                               gets 4096/N tokens of context)
    SCORE_HUB_APPS_PORT        port of the apps service on 127.0.0.1 (default 8866)
    SCORE_HUB_APPS_POOL        preheated kernels per app (default 1, from voila.json)
    SCORE_HUB_APPS             the apps to serve, comma-separated file names (default: all
                               of apps/ except the trainer dashboard, which never is)
    SCORE_HUB_ADMINS           trainers' hub names, comma-separated (default "trainer")
    SCORE_HUB_CLASS_PASSWORD   the class code a participant types to take a new name (the
                               name then opens only with the password they chose)
    SCORE_HUB_TRAINER_PASSWORD trainers' password (32 characters or more)
    SCORE_HUB_ISOLATION        plain route: "auto" (default: isolate when the hub runs as
                               root with bubblewrap), "on" (refuse to start without it) or
                               "off" (every server as the hub's own user)
    SCORE_HUB_MEM_LIMIT        memory per participant, all their kernels together (1G)
    SCORE_HUB_CPU_LIMIT        CPU cores per participant (1.0)
    SCORE_HUB_FLAVOUR          "plain" or "tljh" (default: "tljh" when /opt/tljh/hub exists)
    SCORE_HUB_USER_BIN         folder of score-lab and the participants' python (default:
                               the hub's own, or /opt/tljh/user/bin under TLJH)
    SCORE_HUB_GROUP            TLJH: the participants' group (default jupyterhub-users)
    SCORE_LLM_API_KEY          with SCORE_HUB_LLM=URL: the provider's own key. It stays
                               with the hub's relay (`score-lab llm relay` on 127.0.0.1),
                               and participants get the relay and the class key instead.
                               With the embedded model: the class key itself.
    SCORE_HUB_CLASS_KEY        the class key (default: made up once and kept in
                               SCORE_HUB_ROOT/class_llm_key, mode 600)
    SCORE_LLM_MODEL            the endpoint's model name, passed on to participants
    SCORE_LANG                 "fil" for Filipino feedback and labels, passed on

It uses the standard library only, so TLJH's hub environment can load it.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

DEPLOY = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("SCORE_HUB_ROOT", "/srv/score"))
CURRICULUM = Path(os.environ.get("SCORE_HUB_CURRICULUM", str(DEPLOY.parent)))
PROGRESS = ROOT / "progress"
APP_DATA = ROOT / "app-data"
PUBLIC_APPS = ROOT / "apps"
COPIED_FOLDERS = ("modules", "exercises", "apps", "datasets")
TRAINER_ONLY_APPS = ("trainer_dashboard.ipynb",)
FLAVOUR = os.environ.get("SCORE_HUB_FLAVOUR") or ("tljh" if Path("/opt/tljh/hub").is_dir()
                                                  else "plain")
IN_TLJH = FLAVOUR == "tljh"
BIN = Path(sys.executable).parent  # plain route: the hub runs from the project's .venv
# Where score-lab and the participants' Python live (TLJH keeps them apart from the hub's).
USER_BIN = Path(os.environ.get("SCORE_HUB_USER_BIN", "/opt/tljh/user/bin" if IN_TLJH else BIN))
LLM = os.environ.get("SCORE_HUB_LLM", "serve").strip() or "serve"
LLM_PORT = int(os.environ.get("SCORE_HUB_LLM_PORT", "8080"))
APPS_PORT = int(os.environ.get("SCORE_HUB_APPS_PORT", "8866"))
APPS_POOL = [f"--VoilaConfiguration.default_pool_size={os.environ['SCORE_HUB_APPS_POOL']}"
             ] if os.environ.get("SCORE_HUB_APPS_POOL") else []
APPS_SERVED = {n.strip() for n in os.environ.get("SCORE_HUB_APPS", "").split(",") if n.strip()}
ADMINS = {n.strip() for n in os.environ.get("SCORE_HUB_ADMINS", "trainer").split(",") if n.strip()}
# Participants' JupyterLab is quiet (no news pop-up, no nbgrader authoring panels: the
# settings `bootstrap.py setup` or `score-lab lab --settings-only` writes into the users'
# environment); this layer, first on JUPYTER_CONFIG_PATH, gives trainers nbgrader back.
TRAINER_LAB = USER_BIN.parent / "etc" / "score-lab" / "trainer"

for folder in (ROOT, APP_DATA, ROOT / "users", ROOT / "grades"):
    folder.mkdir(parents=True, exist_ok=True)
# Group-writable with the group kept on new files (setgid) and no one deleting another's
# file (sticky): every participant's server appends to its own file here.
PROGRESS.mkdir(parents=True, exist_ok=True)
PROGRESS.chmod(0o3775)
if IN_TLJH:  # TLJH's participants are the Linux users jupyter-<name> of this group
    try:
        shutil.chown(PROGRESS, group=os.environ.get("SCORE_HUB_GROUP", "jupyterhub-users"))
    except (LookupError, PermissionError) as error:
        print(f"SCORE AI Lab: could not give {PROGRESS} to the participants' group ({error})")


def provider_key() -> str:
    """An outside provider's own key (a paid service): it stays with the hub's relay."""
    return os.environ.get("SCORE_LLM_API_KEY", "").strip() if LLM not in ("serve", "off") else ""


def class_llm_key() -> str:
    """The key every participant sends to the class server, made once and kept private;
    never an outside provider's own key."""
    given = os.environ.get("SCORE_HUB_CLASS_KEY", "").strip()
    if not given and LLM == "serve":   # the class key of the embedded model, as before
        given = os.environ.get("SCORE_LLM_API_KEY", "").strip()
    if given:
        return given
    key_file = ROOT / "class_llm_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(24))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def llm_base_url() -> str:
    """The OpenAI-compatible address participants use, or "" for the embedded model. An
    outside provider with a key is reached through the hub's relay (`score-lab llm relay`),
    so participants get the class key, never the provider's."""
    if LLM == "serve" or provider_key():
        return f"http://127.0.0.1:{LLM_PORT}/v1"
    if LLM == "off":
        return ""
    return LLM.rstrip("/")


def participant_environment() -> dict[str, object]:
    """What every single-user server gets: the progress folder, the name, the model."""
    env: dict[str, object] = {
        "SCORE_PROGRESS_DIR": str(PROGRESS),
        "SCORE_PARTICIPANT": lambda spawner: spawner.user.name,
        # The trainer dashboard's grades: given to trainers (hub admins) only.
        "SCORE_GRADES_CSV": lambda spawner: (str(ROOT / "grades" / "grades.csv")
                                             if getattr(spawner.user, "admin", False) else ""),
        # nbgrader's Create Assignment and Formgrader: trainers (hub admins) only.
        "JUPYTER_CONFIG_PATH": lambda spawner: (str(TRAINER_LAB)
                                                if getattr(spawner.user, "admin", False) else ""),
    }
    if llm_base_url():
        env["SCORE_LLM_BASE_URL"] = llm_base_url()
        if LLM == "serve" or provider_key():
            env["SCORE_LLM_API_KEY"] = class_llm_key()
        if LLM == "serve":
            env["SCORE_LLM_MODEL"] = "smollm2-135m-instruct"  # its alias
    for name in ("SCORE_LLM_MODEL", "SCORE_LANG"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    return env


def copy_curriculum(home: Path, trainer: bool = False) -> None:
    """Give a participant their own copy of the course; never overwrite their work. Only a
    trainer's copy of apps/ holds the trainer dashboard."""
    for name in COPIED_FOLDERS:
        source, target = CURRICULUM / name, home / name
        if source.is_dir() and not target.exists():
            hidden = shutil.ignore_patterns(*TRAINER_ONLY_APPS) if not trainer else None
            shutil.copytree(source, target, ignore=hidden)


def pre_spawn_hook(spawner: object) -> None:
    """Copy the curriculum into a new participant's home before their server starts.

    Plain route only: TLJH creates a Linux user per participant from /etc/skel instead.
    """
    home = Path(spawner.home_dir)
    home.mkdir(parents=True, exist_ok=True)
    copy_curriculum(home, trainer=bool(getattr(spawner.user, "admin", False)))


def prepare_public_apps() -> Path:
    """The apps service's folder: every app in apps/ (or those SCORE_HUB_APPS names) except
    the trainer's."""
    PUBLIC_APPS.mkdir(parents=True, exist_ok=True)
    for notebook in sorted((CURRICULUM / "apps").glob("*.ipynb")):
        wanted = notebook.name in APPS_SERVED if APPS_SERVED else True
        if wanted and notebook.name not in TRAINER_ONLY_APPS:
            shutil.copy2(notebook, PUBLIC_APPS / notebook.name)
    return PUBLIC_APPS


# --- the participants' servers -------------------------------------------------------
c.Spawner.environment = participant_environment()
c.Spawner.args = [f"--config={DEPLOY / 'jupyter_server_config.py'}"]
c.Spawner.default_url = "/lab/tree/modules/00_welcome.ipynb"
# Enforced by cgroups: TLJH's systemd spawner, or the isolated plain route (ClassSpawner).
c.Spawner.mem_limit = os.environ.get("SCORE_HUB_MEM_LIMIT", "1G")
c.Spawner.cpu_limit = float(os.environ.get("SCORE_HUB_CPU_LIMIT", "1.0"))
c.Spawner.start_timeout = 120  # 30 first logins at once on a small server are slow
c.Spawner.http_timeout = 90
c.JupyterHub.concurrent_spawn_limit = 10

# --- shared services: the model and the factory apps --------------------------------
services: list[dict[str, object]] = []
if LLM == "serve":
    services.append({
        "name": "llm",
        # The key goes through the environment so that the hub's log never shows it.
        "command": ["/bin/sh", "-c", 'exec "$0" llm serve --host 127.0.0.1 --port "$1" '
                    '--parallel "$2" --api-key "$SCORE_LLM_API_KEY"', str(USER_BIN / "score-lab"),
                    str(LLM_PORT), os.environ.get("SCORE_HUB_LLM_PARALLEL", "2")],
        "environment": {"SCORE_LLM_API_KEY": class_llm_key(),
                        **{k: v for k, v in os.environ.items() if k == "SCORE_LLM_THREADS"}},
    })
if provider_key():
    services.append({
        "name": "llm",
        "command": [str(USER_BIN / "score-lab"), "llm", "relay", "--upstream", LLM.rstrip("/"),
                    "--host", "127.0.0.1", "--port", str(LLM_PORT)],
        # Both keys through the environment: never on a command line or in the hub's log.
        "environment": {"SCORE_LLM_UPSTREAM_KEY": provider_key(),
                        "SCORE_LLM_CLASS_KEY": class_llm_key()},
    })
apps_env = {key: str(value) for key, value in participant_environment().items()
            if key.startswith("SCORE_LLM") or key == "SCORE_LANG"}
apps_env.update(SCORE_SAFETY_LOG=str(APP_DATA / "safety_log.csv"),
                SCORE_TARGETS_DIR=str(APP_DATA))
services.append({
    "name": "apps",
    "url": f"http://127.0.0.1:{APPS_PORT}",
    "cwd": str(DEPLOY),  # Voila reads deploy/voila.json from here: preheated kernels
    "command": [str(USER_BIN / "python"), "-m", "voila", str(prepare_public_apps()), "--no-browser",
                f"--port={APPS_PORT}", "--Voila.ip=127.0.0.1",
                "--Voila.base_url=/services/apps/", *APPS_POOL],
    "environment": apps_env,
})
c.JupyterHub.services = services

if not IN_TLJH:
    # --- plain JupyterHub: login, proxy, state and culling (TLJH brings its own) -----
    c.JupyterHub.bind_url = os.environ.get("SCORE_HUB_BIND_URL", "http://:8000")
    c.JupyterHub.db_url = f"sqlite:///{ROOT / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(ROOT / "jupyterhub_cookie_secret")
    c.JupyterHub.pid_file = str(ROOT / "jupyterhub.pid")
    # The pure-Python configurable-http-proxy wheel: no Node.js, no npm.
    c.ConfigurableHTTPProxy.command = [str(BIN / "configurable-http-proxy")]
    c.ConfigurableHTTPProxy.pid_file = str(ROOT / "jupyterhub-proxy.pid")
    # A name, once taken with the class code, opens only with its owner's own password;
    # trainers' names only with the trainer password (score_helpers/course/hub_login.py).
    from score_helpers.course.hub_login import ClassAuthenticator, login_texts
    from score_helpers.course.quiet_lab import install as install_quiet_lab

    install_quiet_lab(USER_BIN.parent)  # the quiet settings and the trainers' layer, as set-up

    c.JupyterHub.authenticator_class = ClassAuthenticator
    c.ClassAuthenticator.class_password = os.environ.get("SCORE_HUB_CLASS_PASSWORD", "")
    c.ClassAuthenticator.trainer_password = os.environ.get("SCORE_HUB_TRAINER_PASSWORD", "")
    c.ClassAuthenticator.dbm_path = str(ROOT / "passwords.dbm")
    c.ClassAuthenticator.lang = os.environ.get("SCORE_LANG", "")
    c.ClassAuthenticator.check_passwords_on_startup = False
    c.JupyterHub.template_paths = [str(DEPLOY / "templates")]   # adds the class-code field
    c.JupyterHub.template_vars = login_texts(os.environ.get("SCORE_LANG") or None)
    c.Authenticator.allow_all = True
    c.Authenticator.admin_users = ADMINS  # TLJH: `tljh-config add-item users.admin NAME`
    c.Spawner.pre_spawn_hook = pre_spawn_hook
    c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
    ISOLATION = os.environ.get("SCORE_HUB_ISOLATION", "auto").strip().lower() or "auto"
    from score_helpers.course.hub_isolation import (
        isolate_class,
        isolation_problem,
        sandbox_service,
    )

    problem = isolation_problem() if ISOLATION != "off" else "SCORE_HUB_ISOLATION=off"
    if ISOLATION == "on" and problem:
        raise SystemExit(f"SCORE AI Lab: SCORE_HUB_ISOLATION=on, but {problem}.")
    if not problem:
        # One Linux user per participant, each server sandboxed and within its limits;
        # the model and the apps sandboxed as their own users (deploy/README.md).
        isolate_class(c, root=ROOT, progress=PROGRESS, grades=ROOT / "grades",
                      readable=[DEPLOY])
        c.JupyterHub.services = [
            sandbox_service(service, root=ROOT, readable=[DEPLOY, PUBLIC_APPS],
                            writable=[APP_DATA] if service["name"] == "apps" else [])
            if service["name"] in ("llm", "apps") else service for service in services]
    else:
        # Every server as the hub's own user, each in its own home: no per-person
        # isolation, so use practice data only, or run the hub as root with bubblewrap.
        print(f"SCORE AI Lab: participants are NOT isolated from each other ({problem}).")
        c.JupyterHub.spawner_class = "simple"
        c.SimpleLocalProcessSpawner.home_dir_template = str(ROOT / "users" / "{username}")
        c.Spawner.notebook_dir = str(ROOT / "users" / "{username}")
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI run as root
            c.Spawner.args = [*c.Spawner.args, "--allow-root"]
    # Stop a participant's whole server after an hour with no activity at all.
    c.JupyterHub.services.append({
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600",
                    "--cull-every=300"],
    })
    c.JupyterHub.load_roles = [{
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }]
