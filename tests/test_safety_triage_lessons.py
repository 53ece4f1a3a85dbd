"""Module 04's teaching helpers: the tables tell the truth, on small frames and on the data.

The committed incident_reports.csv is regenerated from time to time, so tests on it compute
their expectations from the file; exact figures are checked on small frames made here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.lessons import safety_checks as lessons
from score_helpers.lessons import safety_checks_reports as report_lessons
from score_helpers.plot_style import Chart
from score_helpers.safety import hirac, osh_reports
from score_helpers.safety import triage as st


@pytest.fixture(scope="module")
def reports() -> pd.DataFrame:
    return data.load("incident_reports")


@pytest.fixture(scope="module")
def split(reports) -> tuple[pd.DataFrame, pd.DataFrame]:
    return st.held_out_split(reports)


@pytest.fixture(scope="module")
def model(split) -> st.TriageModel:
    return st.train_triage(split[0])


@pytest.fixture(scope="module")
def evaluation(model, split) -> st.TriageEvaluation:
    return st.evaluate_triage(model, split[1])


def small_reports() -> pd.DataFrame:
    types = ["near_miss"] * 6 + ["first_aid"] * 3 + ["recordable", "lost_time"]
    return pd.DataFrame({
        "date": pd.date_range("2024-01-01", periods=len(types), freq="D"),
        "factory": ["food"] * 5 + ["garments"] * 6,
        "report_type": types,
        "days_lost": [0] * (len(types) - 1) + [3],
    })


# ---- the pyramid -------------------------------------------------------------------------

def test_report_pyramid_counts_each_type_most_serious_first() -> None:
    table = lessons.report_pyramid(small_reports())
    assert list(table.index) == ["lost_time", "recordable", "first_aid", "near_miss"]
    assert table["Reports"].tolist() == [1, 1, 3, 6]
    assert table["Per lost-time injury"].tolist() == [1.0, 1.0, 3.0, 6.0]
    assert table.loc["near_miss", "Type of case"] == osh_reports.CASE_TYPES["near_miss"]


def test_report_pyramid_keeps_one_factory_and_survives_no_lost_time() -> None:
    table = lessons.report_pyramid(small_reports(), factory="food")
    assert table["Reports"].sum() == 5
    assert table["Per lost-time injury"].isna().all()


def test_report_pyramid_names_the_factories_for_a_typo() -> None:
    with pytest.raises(ValueError, match="'food', 'garments'"):
        lessons.report_pyramid(small_reports(), factory="foods")


def test_hours_worked_in_names_a_missing_column() -> None:
    with pytest.raises(ValueError, match="hours_worked"):
        report_lessons.hours_worked_in(pd.DataFrame({"date": ["2024-01-02"]}), 2024)


def test_report_pyramid_names_a_missing_column() -> None:
    with pytest.raises(ValueError, match="report_type"):
        lessons.report_pyramid(small_reports().drop(columns="report_type"))


def test_pyramid_chart_draws_the_data_of_the_file(reports) -> None:
    chart = lessons.pyramid_chart(reports)
    assert isinstance(chart, Chart)
    assert chart.data["Reports"].sum() == reports["report_type"].isin(
        lessons.PYRAMID_LEVELS).sum()


# ---- reading and classifying --------------------------------------------------------------

def test_reports_to_read_leaves_out_the_reporter(reports) -> None:
    shown = lessons.reports_to_read(reports, n=5)
    assert len(shown) == 5
    assert "reported_by" not in shown.columns
    assert "hazard_category" in shown.columns
    assert shown.equals(lessons.reports_to_read(reports, n=5)), "the same rows every time"


def test_reports_to_classify_hides_the_category_and_comes_from_the_test_side(
        reports, split) -> None:
    mine = lessons.reports_to_classify(reports, n=2)
    assert len(mine) == 2
    assert "hazard_category" not in mine.columns
    assert set(mine.index) <= set(split[1]["report_id"])
    categories = reports.set_index("report_id").loc[mine.index, "hazard_category"]
    assert categories.nunique() == 2


@pytest.mark.parametrize(("typed", "clean"), [
    ("Slip trip fall", "slip_trip_fall"), (" cut-sharp ", "cut_sharp"), ("", None),
    (None, None), ("____", None), ("PPE_noncompliance", "ppe_noncompliance")])
def test_normalise_category_accepts_everyday_spellings(typed, clean) -> None:
    assert lessons.normalise_category(typed) == clean


def test_compare_guesses_hides_the_answer_until_a_guess_is_typed(reports) -> None:
    mine = lessons.reports_to_classify(reports, n=2)
    truth = reports.set_index("report_id").loc[mine.index, "hazard_category"].tolist()
    table = lessons.compare_guesses(reports, mine, ["", "slip"])
    assert (table["Safety officer's category"] == lessons.NOT_GUESSED).all()
    assert "not a category" in table["Match"].iloc[1]
    assert not set(truth) & set(table.to_numpy().ravel().tolist())


def test_compare_guesses_marks_right_and_wrong_and_adds_the_model(reports, model) -> None:
    mine = lessons.reports_to_classify(reports, n=2)
    truth = reports.set_index("report_id").loc[mine.index, "hazard_category"].tolist()
    wrong = next(c for c in st.CATEGORIES if c != truth[1])
    table = lessons.compare_guesses(reports, mine, [truth[0].replace("_", " "), wrong], model)
    assert table["Safety officer's category"].tolist() == truth
    assert table["Match"].tolist() == ["yes", "no: talk it over"]
    expected = model.classify_many(mine["description"])["category"].tolist()
    assert table["Model suggests"].tolist() == expected


def test_compare_guesses_wants_one_guess_per_report(reports) -> None:
    mine = lessons.reports_to_classify(reports, n=2)
    with pytest.raises(ValueError, match="2 reports to classify but 1 guesses"):
        lessons.compare_guesses(reports, mine, ["chemical"])
    with pytest.raises(ValueError, match="must be a list"):
        lessons.compare_guesses(reports, mine, "chemical")


# ---- how good is the model -----------------------------------------------------------------

def test_category_scorecard_adds_up_to_the_confusion_matrix(evaluation) -> None:
    card = lessons.category_scorecard(evaluation)
    matrix = evaluation.confusion
    assert card["Reports in the test"].sum() == matrix.to_numpy().sum()
    assert (card["Found"] + card["Missed"] == card["Reports in the test"]).all()
    assert card["Found"].sum() + card["Wrongly put here"].sum() == matrix.to_numpy().sum()
    assert card["F1"].is_monotonic_increasing, "weakest category first"
    f1 = 2 * card["Found"] / (2 * card["Found"] + card["Missed"] + card["Wrongly put here"])
    assert (f1.round(2) - card["F1"]).abs().max() < 0.011
    assert card["F1"].mean() == pytest.approx(evaluation.macro_f1, abs=0.01)


def test_confusion_heatmap_draws_the_confusion_matrix(evaluation) -> None:
    chart = lessons.confusion_heatmap(evaluation)
    assert isinstance(chart, Chart)
    assert chart.data.equals(evaluation.confusion)


def test_score_table_puts_evaluations_side_by_side(evaluation) -> None:
    table = lessons.score_table({"random split": evaluation, "again": evaluation})
    assert list(table.index) == ["random split", "again"]
    assert table.loc["again", "Macro-F1"] == round(evaluation.macro_f1, 2)
    assert table["Reports tested"].iloc[0] == evaluation.confusion.to_numpy().sum()
    with pytest.raises(ValueError, match="at least one"):
        lessons.score_table({})


# ---- where it fails -------------------------------------------------------------------------

def test_confidence_check_splits_the_test_by_the_review_flag(model, split) -> None:
    test = split[1]
    table = lessons.confidence_check(model, test)
    assert table["Reports"].sum() == len(test)
    assert (table["Right"] + table["Wrong"] == table["Reports"]).all()
    unsure = model.classify_many(test["description"])["needs_review"].sum()
    assert table["Reports"].iloc[1] == unsure


def test_try_reports_covers_new_hazards_and_slang(model) -> None:
    tests = " ".join(lessons.MADE_UP_REPORTS.values())
    assert "snake" in tests and "heat" in tests and "slang" in tests and "typos" in tests
    table = lessons.try_reports(model)
    assert len(table) == len(lessons.MADE_UP_REPORTS)
    assert set(table["Suggested"]) <= set(st.CATEGORIES)
    with pytest.raises(ValueError, match="dict"):
        lessons.try_reports(model, ["just a list"])  # type: ignore[arg-type]


def _module_text() -> str:
    import nbformat

    from tests.conftest import REPO

    notebook = nbformat.read(REPO / "modules" / "04_safety_checks.ipynb", as_version=4)
    return "\n".join(cell.source for cell in notebook.cells)


def test_the_snake_and_the_heat_stress_belong_to_other_as_the_module_defines_it(
        reports) -> None:
    """Module 04 defines `other` as "anything else: a wasp sting, a fainting spell, a dog
    bite", so it must not call the snake and the heat stress hazards with no category."""
    text = _module_text()
    assert "no category" not in text.lower()
    assert "| `other` | anything else: a wasp sting, a fainting spell, a dog bite |" in text
    snake = text[text.index("**Rare hazards"):].split("\n")[0]
    assert "snake" in snake and "heat stress" in snake and "belong to `other`" in snake
    tests = {what for what in lessons.MADE_UP_REPORTS.values()
             if "snake" in what or "heat" in what}
    assert len(tests) == 2 and all("`other`" in what for what in tests)
    # The data agree: animals and heat are sorted as `other` by the safety officer.
    other = reports.loc[reports["hazard_category"] == "other", "description"].str.lower()
    assert other.str.contains("ahas|snake|rat|daga|wasp|dog|lamok").any()
    assert other.str.contains("init|heat|faint|nahimatay").any()


def test_the_module_says_why_the_model_struggles_with_other(reports, model) -> None:
    """The reasons the module gives are true: `other` is the smallest category, and the
    model sends the snake and the heat-stress reports to a person."""
    text = _module_text()
    assert "`other` is the smallest category" in text
    counts = reports["hazard_category"].value_counts()
    assert counts.idxmin() == "other" and counts["other"] < counts.drop("other").min()
    table = lessons.try_reports(model).set_index("Tests")
    rare = [what for what in table.index if "`other`" in what]
    assert table.loc[rare, "Needs review"].all()


# ---- HIRAC and AEDR -------------------------------------------------------------------------

def test_slicer_worksheet_is_a_valid_hirac_table() -> None:
    table = hirac.hirac_table(report_lessons.SLICER_CLEANING)
    assert len(table) == len(report_lessons.SLICER_CLEANING)
    assert (table["Residual score"] < table["Risk score"]).all(), "controls lower every risk"
    assert "none yet" not in set(table["Strongest control"])


def test_hours_worked_in_adds_up_one_year() -> None:
    daily = pd.DataFrame({"date": pd.to_datetime(["2023-12-31", "2024-01-02", "2024-06-30"]),
                          "hours_worked": [10.0, 400.0, 600.0]})
    assert report_lessons.hours_worked_in(daily, 2024) == 1000.0
    assert report_lessons.hours_worked_in(daily, 2023) == 10.0
    with pytest.raises(ValueError, match=r"no day in 2030.*2023, 2024"):
        report_lessons.hours_worked_in(daily, 2030)


def test_hours_worked_in_matches_the_daily_file() -> None:
    daily = data.load("garments_daily")
    expected = daily.loc[daily["date"].dt.year == 2024, "hours_worked"].sum()
    assert report_lessons.hours_worked_in(daily, 2024) == pytest.approx(expected)


def test_rate_bases_differ_by_five_for_the_same_injuries() -> None:
    incidents = small_reports()
    table = report_lessons.rate_bases(incidents, 500_000, 2024, factory="garments")
    assert table["Disabling injuries"].tolist() == [1, 1]
    assert table["Rate"].tolist() == [2.0, 0.4]  # 1 × 1,000,000 ÷ 500,000 and × 200,000
    aedr = osh_reports.aedr_rates(incidents, 500_000, 2024, factory="garments")
    assert table["Rate"].iloc[0] == aedr["Frequency rate (per 1,000,000 hours)"].iloc[0]


def test_with_a_death_adds_one_charged_fatality_and_leaves_the_data_alone(reports) -> None:
    before = len(reports)
    added = report_lessons.with_a_death(reports, "2024-06-14", factory="garments")
    assert len(reports) == before and len(added) == before + 1
    assert added.iloc[-1]["report_type"] == "fatality"
    hours = 500_000.0
    plain = osh_reports.aedr_rates(reports, hours, 2024, factory="garments").iloc[0]
    death = osh_reports.aedr_rates(added, hours, 2024, factory="garments").iloc[0]
    assert death["Disabling injuries (lost-time + fatal)"] == plain[
        "Disabling injuries (lost-time + fatal)"] + 1
    assert death["Days lost or charged"] == plain["Days lost or charged"] + 6000
