"""The bundled synthetic datasets: reproducible, on schema, consistent and documented."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.data import generate as datasets
from score_helpers.data import schema

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "datasets"
README = DATA / "README.md"
DAILY = ("garments_daily", "food_daily", "electronics_daily")
LINES = {"garments_daily": 3, "food_daily": 2, "electronics_daily": 3}

# Philippine regular holidays, written out by hand rather than computed, so that a wrong
# Easter or "last Monday of August" in the generator shows up here.
HOLIDAYS = {date.fromisoformat(d) for d in (
    "2024-01-01", "2024-03-28", "2024-03-29", "2024-04-09", "2024-05-01", "2024-06-12",
    "2024-08-26", "2024-11-30", "2024-12-25", "2024-12-30",
    "2025-01-01", "2025-04-09", "2025-04-17", "2025-04-18", "2025-05-01", "2025-06-12",
    "2025-08-25", "2025-11-30", "2025-12-25", "2025-12-30")}
PATTERN = {schema.DATE: r"\d{4}-\d{2}-\d{2}", schema.TIMESTAMP: r"\d{4}-\d{2}-\d{2} \d\d:\d\d",
           schema.COUNT: r"\d+", schema.AMOUNT: r"\d+(\.\d+)?", schema.TEXT: r".*\S.*"}
NCR_MINIMUM_WAGE = ((date(2024, 7, 17), 645.0), (date(2025, 7, 18), 695.0))


def load(name: str) -> pd.DataFrame:
    """A committed dataset, parsed by pandas."""
    return pd.read_csv(DATA / f"{name}.csv")


def load_text(name: str) -> pd.DataFrame:
    """A committed dataset with every cell as the text in the file ('' when empty)."""
    return pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The datasets written again with seed 2025 into a fresh folder."""
    return datasets.write_all(tmp_path_factory.mktemp("seed2025"), seed=2025)


def readme_section(name: str) -> list[str]:
    """The lines of the README section of `name`.csv, up to the next file's section."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"### `{name}.csv`")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("## ", "### "))),
               len(lines))
    return lines[start:end]


def markdown_table(lines: list[str], after: int) -> list[list[str]]:
    """The body rows of the first Markdown table at or after line `after`, cells stripped."""
    start = next(i for i in range(after, len(lines)) if lines[i].startswith("|"))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def readme_row_count(name: str) -> int:
    section = readme_section(name)
    found = [re.fullmatch(r"- \*\*Rows:\*\* ([\d,]+)", line) for line in section]
    counts = [int(m.group(1).replace(",", "")) for m in found if m]
    assert len(counts) == 1, f"README section of {name} needs exactly one '- **Rows:** N' line"
    return counts[0]


# --- Reproducibility -------------------------------------------------------------------------

def test_seed_2025_reproduces_the_committed_csvs_byte_for_byte(
        regenerated: dict[str, Path]) -> None:
    assert list(regenerated) == list(schema.DATASETS)
    assert sorted(p.stem for p in DATA.glob("*.csv")) == sorted(schema.DATASETS)
    for name, path in regenerated.items():
        assert path.name == f"{name}.csv"
        assert path.read_bytes() == (DATA / path.name).read_bytes(), f"{name}.csv differs"


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    other = datasets.write_all(tmp_path, seed=7)
    for name, path in other.items():
        assert path.read_bytes() != (DATA / f"{name}.csv").read_bytes(), f"{name} ignores seed"


def test_files_use_unix_line_ends_and_no_byte_order_mark() -> None:
    for name in schema.DATASETS:
        content = (DATA / f"{name}.csv").read_bytes()
        assert b"\r\n" not in content and not content.startswith(b"\xef\xbb\xbf"), name


# --- Schema ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(schema.DATASETS))
def test_csv_header_is_the_schema(name: str) -> None:
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as file:
        header = next(csv.reader(file))
    assert header == [column.name for column in schema.DATASETS[name]]


@pytest.mark.parametrize("name", [n for n in schema.DATASETS if n != "garments_daily_raw"])
def test_clean_files_hold_values_of_the_declared_kind(name: str) -> None:
    frame = load_text(name)
    for column in schema.DATASETS[name]:
        cells = frame[column.name]
        if not column.required:
            cells = cells[cells != ""]
        bad = cells[~cells.str.fullmatch(PATTERN[column.kind])]
        assert bad.empty, f"{name}.{column.name}: {bad.head(3).tolist()}"


# --- Daily production ------------------------------------------------------------------------

@pytest.mark.parametrize("name", DAILY)
def test_daily_rows_keep_every_consistency_rule(name: str) -> None:
    f = load(name)
    run_time = f["planned_minutes"] - f["downtime_minutes"]
    rules = {
        "defects <= units_produced": f["defects"] <= f["units_produced"],
        "reworked + scrapped == defects": f["units_reworked"] + f["units_scrapped"] == f["defects"],
        "downtime < planned": f["downtime_minutes"] < f["planned_minutes"],
        "performance <= 1": f["ideal_cycle_time_min"] * f["units_produced"] <= run_time + 1e-9,
        "orders_on_time <= orders_due": f["orders_on_time"] <= f["orders_due"],
        "orders_due >= 1": f["orders_due"] >= 1,
        "days_absent <= scheduled": f["days_absent"] <= f["scheduled_worker_days"],
        "scheduled <= headcount": f["scheduled_worker_days"] <= f["headcount"],
        "lost_time_injuries <= incidents": f["lost_time_injuries"] <= f["incidents"],
        "no days lost without a lost-time injury":
            (f["lost_time_injuries"] > 0) | (f["days_lost"] == 0),
        "days lost with a lost-time injury":
            (f["lost_time_injuries"] == 0) | (f["days_lost"] >= 1),
    }
    broken = {rule: int((~ok).sum()) for rule, ok in rules.items() if not ok.all()}
    assert not broken, broken
    assert f.isna().sum().sum() == 0
    assert not f.duplicated(list(schema.DAILY_KEY)).any()


@pytest.mark.parametrize("name", DAILY)
def test_every_working_day_and_no_sunday_or_regular_holiday(name: str) -> None:
    frame = load(name)
    dates = pd.to_datetime(frame["date"], format="%Y-%m-%d").dt.date
    assert not any(d.weekday() == 6 for d in dates), "a row on a Sunday"
    assert not set(dates) & HOLIDAYS, f"rows on holidays: {sorted(set(dates) & HOLIDAYS)}"
    every_day = [date(2024, 1, 1) + timedelta(days=i) for i in range(731)]
    working = {d for d in every_day if d.weekday() != 6 and d not in HOLIDAYS}
    for line, days in dates.groupby(frame["line"]):
        assert set(days) == working and len(days) == len(working), line
    assert frame["line"].nunique() == LINES[name]


@pytest.mark.parametrize("name", DAILY)
def test_christmas_peak_and_levels_are_realistic(name: str) -> None:
    f = load(name)
    month = f["date"].str[5:7].astype(int)
    assert f.loc[month >= 10, "units_produced"].mean() > f.loc[month.between(2, 4),
                                                               "units_produced"].mean()
    run = f["planned_minutes"] - f["downtime_minutes"]
    oee = (run / f["planned_minutes"]) * (f["ideal_cycle_time_min"] * f["units_produced"] / run) \
        * (1 - f["defects"] / f["units_produced"])
    assert 0.55 <= oee.median() <= 0.75
    assert 0.01 <= f["defects"].sum() / f["units_produced"].sum() <= 0.05
    assert 0.85 <= f["orders_on_time"].sum() / f["orders_due"].sum() <= 0.98
    assert 0.03 <= f["days_absent"].sum() / f["scheduled_worker_days"].sum() <= 0.08
    assert f["headcount"].between(20, 60).all()
    assert f["near_misses"].sum() > f["incidents"].sum() > f["lost_time_injuries"].sum() > 0


def test_absences_peak_on_mondays_and_the_eit_improves_quality_in_2025() -> None:
    f = pd.concat([load(name) for name in DAILY])
    monday = pd.to_datetime(f["date"]).dt.day_of_week == 0
    rate = f["days_absent"] / f["scheduled_worker_days"]
    assert rate[monday].mean() > rate[~monday].mean() + 0.01

    def defect_rate(start: str, end: str) -> float:
        period = f["date"].between(start, end)
        return f.loc[period, "defects"].sum() / f.loc[period, "units_produced"].sum()

    assert defect_rate("2025-07-01", "2025-12-31") < 0.9 * defect_rate("2024-07-01", "2024-12-31")


@pytest.mark.parametrize("name", DAILY)
def test_labour_cost_pays_at_least_the_ncr_minimum_wage(name: str) -> None:
    f = load(name)
    day = pd.to_datetime(f["date"]).dt.date
    wage = day.map(lambda d: next((w for start, w in reversed(NCR_MINIMUM_WAGE) if d >= start),
                                  610.0))
    present = f["scheduled_worker_days"] - f["days_absent"]
    assert (f["labour_cost_php"] >= present * wage - 0.01).all()
    # ... and not far above it: food and electronics pay a little more, overtime is extra.
    assert (f["labour_cost_php"] <= present * wage * 1.6).all()


# --- Defects by cause ------------------------------------------------------------------------

# Written out by hand from the brief, not imported from the generator.
CAUSES = {
    "garments": {"skipped stitches", "open seams", "broken stitches", "puckering", "stains",
                 "wrong measurement", "loose threads"},
    "food": {"underweight pack", "seal leak", "wrong label", "foreign matter",
             "burnt or discoloured"},
    "electronics": {"solder bridge", "missing component", "cold joint", "wrong polarity",
                    "scratched casing"},
}


def test_defect_causes_add_up_exactly_to_the_daily_defects() -> None:
    causes = load("defect_causes")
    daily = pd.concat([load(name) for name in DAILY])
    key = ["factory", "line", "date"]
    split = causes.groupby(key)["defects"].sum()
    expected = daily.set_index(key)["defects"]
    assert set(split.index) <= set(expected.index), "causes on a day the daily files lack"
    found = split.reindex(expected.index, fill_value=0)
    wrong = expected[found != expected]
    assert wrong.empty, f"{len(wrong)} days differ, e.g. {wrong.head(3).to_dict()}"
    assert (causes["defects"] >= 1).all(), "rows with 0 defects should be left out"
    assert not causes.duplicated(["factory", "line", "date", "cause"]).any()


def test_defect_causes_are_pareto_shaped_and_the_eit_fix_shows() -> None:
    causes = load("defect_causes")
    for factory, names in CAUSES.items():
        rows = causes[causes["factory"] == factory]
        assert set(rows["cause"]) == names, factory
        share = rows.groupby("cause")["defects"].sum().sort_values(ascending=False)
        share = share / share.sum()
        assert share.iloc[:2].sum() >= 0.55 and 0.70 <= share.iloc[:3].sum() <= 0.88, factory
        assert share.iloc[-1] < share.iloc[0] / 4, f"{factory}: no long tail of small causes"

    def top_share(line: str, start: str, end: str) -> float:
        rows = causes[(causes["factory"] == "garments") & (causes["line"] == line)
                      & causes["date"].between(start, end)]
        return (rows.loc[rows["cause"] == "skipped stitches", "defects"].sum()
                / rows["defects"].sum())

    # The garments EIT fixes skipped stitches on Line A in 2025; Line B keeps them.
    assert top_share("Line A", "2025-10-01", "2025-12-31") < 0.7 * top_share(
        "Line A", "2024-01-01", "2024-12-31")
    assert top_share("Line B", "2025-10-01", "2025-12-31") > 0.8 * top_share(
        "Line B", "2024-01-01", "2024-12-31")


def test_loader_reports_a_cause_entered_twice_for_the_same_day(tmp_path: Path) -> None:
    from score_helpers.data import DataError, load_kpi_csv

    rows = ["date,factory,line,cause,defects", "2025-03-03,garments,Line A,stains,2",
            "2025-03-03,garments,Line A,open seams,1", "2025-03-03,garments,Line A,stains,5"]
    path = tmp_path / "causes.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_kpi_csv(path, columns=schema.DEFECT_CAUSES)
    assert [(problem.row, "same factory, line, day" in problem.message)
            for problem in caught.value.problems] == [(4, True)]


# --- The raw file for the cleaning lesson ----------------------------------------------------

def planted_table() -> list[dict[str, str]]:
    """The planted-errors table of the README: row, column, in the file, clean value, problem."""
    section = readme_section("garments_daily_raw")
    rows = markdown_table(section, section.index("#### The planted errors"))
    keys = ("row", "column", "in_file", "clean", "problem")
    return [dict(zip(keys, (cell.strip("`") for cell in row), strict=True)) for row in rows]


def test_raw_file_holds_each_planted_problem() -> None:
    raw = load_text("garments_daily_raw")
    counts = [c.name for c in schema.DAILY_PRODUCTION if c.kind == schema.COUNT]
    costs = [c.name for c in schema.DAILY_PRODUCTION if c.name.endswith("_php")]
    assert raw["units_produced"].str.fullmatch(r"\d*O\d*").any(), "no 12O0-style letter O"
    assert (raw["defects"] == "").any(), "no blank defects cell"
    assert raw.duplicated(["date", "line"]).any(), "no day entered twice"
    assert raw["date"].str.fullmatch(r"\d{2}/\d{2}/2025").any(), "no dd/mm/yyyy date"
    assert raw[counts].apply(lambda col: col.str.startswith("-")).any().any(), "no negative"
    assert raw[costs].apply(lambda col: col.str.contains(",")).any().any(), "no 12,450.00"
    odd_lines = raw.loc[~raw["line"].isin(["Line A", "Line B", "Line C"]), "line"]
    assert (odd_lines.str.strip().str.title().isin(["Line A", "Line B", "Line C"])
            & (odd_lines != odd_lines.str.strip())).any(), "no 'line a ' style name"
    numeric = raw[raw["units_produced"].str.isdigit() & raw["defects"].str.isdigit()]
    assert (numeric["defects"].astype(int) > numeric["units_produced"].astype(int)).any()


def test_raw_file_is_march_2025_of_the_clean_file_except_the_documented_cells() -> None:
    raw = load_text("garments_daily_raw")
    clean = load_text("garments_daily")
    march = clean[clean["date"].str.startswith("2025-03")]
    planted = planted_table()
    assert 6 <= len({row["problem"] for row in planted}) <= 10
    assert len(raw) == len(march) + 1                       # one day entered twice
    for error in planted:
        cell = raw.at[int(error["row"]) - 2, error["column"]]
        assert cell == ("" if error["in_file"] == "(blank)" else error["in_file"]), error
    untouched = raw.drop(index=[int(error["row"]) - 2 for error in planted])
    clean_rows = set(march.itertuples(index=False, name=None))
    assert all(row in clean_rows for row in untouched.itertuples(index=False, name=None))


# --- Reports and grievances ------------------------------------------------------------------

def test_incident_reports_use_every_hazard_category_unevenly() -> None:
    reports = load("incident_reports")
    counts = reports["hazard_category"].value_counts()
    assert set(counts.index) == set(schema.HAZARD_CATEGORIES)
    assert counts.max() >= 3 * counts.min()
    assert 300 <= len(reports) <= 500
    types = reports["report_type"].value_counts()
    assert set(types.index) == {"near_miss", "first_aid", "recordable", "lost_time"}
    assert types["near_miss"] > len(reports) / 2
    lost = reports["report_type"] == "lost_time"
    assert (reports.loc[~lost, "days_lost"] == 0).all()
    assert reports.loc[lost, "days_lost"].between(1, 30).all()
    assert reports["report_id"].is_unique
    assert reports["report_id"].str.fullmatch(r"IR-202[45]-\d{4}").all()


def test_incident_texts_are_varied_english_and_taglish() -> None:
    reports = load("incident_reports")
    text = reports["description"]
    assert text.str.lower().is_unique
    taglish = text.str.contains(r"\b(?:ang|sa|ng|walang|muntik|po)\b", case=False)
    assert 0.3 < taglish.mean() < 0.8
    assert (text == text.str.lower()).sum() >= 10, "some reports should be all lowercase"
    for category, group in reports.groupby("hazard_category"):
        assert group["description"].str[:25].nunique() >= min(3, len(group)), category


def test_reports_match_the_daily_counts() -> None:
    reports = load("incident_reports")
    daily = pd.concat([load(name) for name in DAILY])
    key = ["date", "factory", "line"]
    counted = reports[reports["report_type"] != "first_aid"]
    per_day = counted.assign(
        near_misses=counted["report_type"] == "near_miss",
        incidents=counted["report_type"] != "near_miss",
        lost_time_injuries=counted["report_type"] == "lost_time",
    ).groupby(key)[["near_misses", "incidents", "lost_time_injuries", "days_lost"]].sum()
    expected = daily.set_index(key)[["near_misses", "incidents", "lost_time_injuries",
                                     "days_lost"]]
    expected = expected[(expected != 0).any(axis=1)]
    pd.testing.assert_frame_equal(per_day.astype(int).sort_index(), expected.sort_index(),
                                  check_names=False)


def test_grievances_carry_personal_data_and_blank_days_while_open() -> None:
    grievances = load_text("grievances")
    assert 120 <= len(grievances) <= 180
    assert set(grievances["category"]) == {"wages", "overtime", "safety", "harassment",
                                           "facilities", "scheduling", "supervision"}
    assert set(grievances["status"]) == {"received", "acknowledged", "escalated", "resolved"}
    is_open = grievances["status"] != "resolved"
    assert (grievances.loc[is_open, "days_to_resolve"] == "").all()
    assert (grievances.loc[is_open, "date_resolved"] == "").all()
    assert grievances.loc[~is_open, "days_to_resolve"].str.fullmatch(r"\d+").all()
    assert grievances["sss_number"].str.fullmatch(r"\d{2}-\d{7}-\d").all()
    assert grievances["mobile_number"].str.fullmatch(r"09\d{2}-\d{3}-\d{4}").all()
    text = grievances["description"]
    own_name = [row.employee_name in row.description for row in grievances.itertuples()]
    mobile = text.str.contains(r"(?:\+63|0)\s?9\d{2}[\s-]?\d{3}[\s-]?\d{4}")
    supervisor = text.str.contains(r"\b(?:Sir|Ma'am|supervisor|Supervisor) [A-Z]")
    assert sum(own_name) >= 10 and mobile.sum() >= 10 and supervisor.sum() >= 5
    assert grievances["grievance_id"].is_unique



def test_grievances_are_handled_like_a_real_log() -> None:
    """Most acknowledged within days, a few late, a few open, escalations rarer; the
    dates agree with each other and with days_to_resolve."""
    from score_helpers.data.synth.grievances import STEPS
    from score_helpers.kpi.grievances import ESCALATION_STEPS

    assert STEPS == ESCALATION_STEPS
    log = load_text("grievances")
    filed = pd.to_datetime(log["date_filed"])
    acknowledged = pd.to_datetime(log["date_acknowledged"].replace("", None))
    resolved = pd.to_datetime(log["date_resolved"].replace("", None))
    assert (acknowledged.isna() == (log["status"] == "received")).all()
    assert ((resolved.isna()) == (log["status"] != "resolved")).all()
    waited = (acknowledged - filed).dt.days.dropna()
    assert (waited >= 0).all() and waited.median() <= 3
    assert 0.03 <= (waited > 5).mean() <= 0.2, "a few acknowledged late"
    done = log["status"] == "resolved"
    assert ((resolved - filed).dt.days[done] == log.loc[done, "days_to_resolve"].astype(int)).all()
    assert (acknowledged[done] <= resolved[done]).all()
    assert 3 <= (~done).sum() <= 25, "a few still open"
    assert set(log["escalation_step"]) == set(ESCALATION_STEPS)
    escalated = log["escalation_step"].isin(["management", "lmc_union", "sena"])
    assert 0.05 <= escalated.mean() <= 0.3
    assert (log.loc[log["status"] == "escalated", "escalation_step"] != "supervisor").all()

# --- Machines --------------------------------------------------------------------------------

def test_sensors_are_hourly_and_breakdowns_show_warning_signs() -> None:
    sensors = load("machine_sensors")
    log = load("maintenance_log")
    assert set(log["machine_id"]) <= set(sensors["machine_id"])
    assert sensors["machine_id"].nunique() >= 6
    for machine, rows in sensors.groupby("machine_id"):
        stamps = pd.to_datetime(rows["timestamp"], format="%Y-%m-%d %H:%M")
        assert len(rows) == 90 * 24 and (stamps.diff().dropna() == pd.Timedelta(hours=1)).all()
        hour = stamps.dt.hour
        assert (rows.loc[(hour < 6) | (hour >= 22), "motor_current_a"] == 0).all(), machine
    running = sensors[sensors["motor_current_a"] > 0]
    assert running["vibration_mm_s"].median() < 1.8          # zone A/B most of the time
    breakdowns = log[log["event_type"] == "breakdown"]
    assert len(breakdowns) >= 3 and (log["event_type"] == "planned").sum() >= 3
    for event in breakdowns.itertuples():
        end = pd.Timestamp(event.date) + pd.Timedelta(days=1)
        before = running[(running["machine_id"] == event.machine_id)
                         & (pd.to_datetime(running["timestamp"]) < end)
                         & (pd.to_datetime(running["timestamp"]) >= end - pd.Timedelta(days=4))]
        assert before["vibration_mm_s"].max() > 1.8, f"no warning before {event}"
        after = running[(running["machine_id"] == event.machine_id)
                        & (pd.to_datetime(running["timestamp"]) >= end)]
        if not after.empty:
            assert after["run_hours"].iloc[0] < 24, f"run_hours not reset after {event}"


# --- Safety checklists (PPE daily, 5S weekly) ------------------------------------------------

# Written out by hand, as datasets/README.md documents them, so a generator change shows.
CHECKLIST_TRAINING = {"garments": "2025-02", "food": "2024-07", "electronics": "2025-05"}
CHECKLIST_WORST_LINE = {"garments": "Line C", "food": "Line B", "electronics": "Line A"}
CHECKLIST_ROLES = {"line leader", "supervisor", "EIT member", "safety officer"}


def checklist_rows() -> pd.DataFrame:
    """safety_checklists.csv as text ('n/a' kept), with parsed dates and a 0/1 pass flag
    for the rows that count (pass or fail)."""
    rows = load_text("safety_checklists")
    rows["day"] = pd.to_datetime(rows["date"])
    return rows


def pass_rate(rows: pd.DataFrame) -> float:
    """passed ÷ (passed + failed), n/a left out."""
    counted = rows[rows["result"] != "n/a"]
    return float((counted["result"] == "pass").mean())


def test_checklists_hold_only_the_documented_values() -> None:
    rows = checklist_rows()
    assert set(rows["checklist"]) == {"ppe", "5s"}
    assert set(rows["result"]) == set(schema.CHECKLIST_RESULTS)
    assert set(rows["checked_by"]) == CHECKLIST_ROLES
    assert not rows.duplicated(list(schema.SAFETY_CHECKLISTS_KEY)).any()
    for name in DAILY:
        daily = load(name)
        factory = daily["factory"].iloc[0]
        mine = rows[rows["factory"] == factory]
        assert set(mine["line"]) == set(daily["line"]), factory
        working = set(zip(daily["date"], daily["line"], strict=True))
        assert set(zip(mine["date"], mine["line"], strict=True)) <= working, factory
        for checklist, group in mine.groupby("checklist"):
            assert 5 <= group["item"].nunique() <= 7, (factory, checklist)
            # every item of the form is on every check
            per_check = group.groupby(["date", "line"])["item"].nunique()
            assert (per_check == group["item"].nunique()).all(), (factory, checklist)


def test_ppe_is_checked_daily_5s_weekly_with_some_days_missed() -> None:
    rows = checklist_rows()
    five_s = rows[rows["checklist"] == "5s"]
    assert set(five_s["day"].dt.day_of_week) <= {4, 5}          # Friday, or Saturday
    per_week = five_s.groupby(["factory", "line", five_s["day"].dt.to_period("W")])["date"]
    assert per_week.nunique().max() == 1
    for name in DAILY:
        daily = load(name)
        ppe = rows[(rows["checklist"] == "ppe") & (rows["factory"] == daily["factory"].iloc[0])]
        done = ppe.groupby("line")["date"].nunique()
        due = daily.groupby("line")["date"].nunique()
        missed = 1 - done / due
        assert missed.between(0.03, 0.20).all(), (name, missed.to_dict())
    worst = rows[rows["line"].eq(rows["factory"].map(CHECKLIST_WORST_LINE))]
    others = rows.drop(index=worst.index)

    def days_checked(frame: pd.DataFrame) -> float:
        return frame.groupby(["factory", "line"])["date"].nunique().mean()
    assert days_checked(worst[worst["checklist"] == "ppe"]) < days_checked(
        others[others["checklist"] == "ppe"])


def test_checklist_scores_rise_after_training_and_dip_in_the_peak() -> None:
    rows = checklist_rows()
    month = rows["day"].dt.to_period("M")
    for factory, trained in CHECKLIST_TRAINING.items():
        mine = rows[rows["factory"] == factory]
        start = pd.Period(trained, "M")
        mine_month = month[mine.index]
        before = pass_rate(mine[mine_month.between(start - 3, start - 1)])
        after = pass_rate(mine[mine_month.between(start + 3, start + 5)])
        assert after - before >= 0.08, (factory, before, after)
    # The Christmas peak, in a year without training in the way.
    for factory, year in (("garments", 2024), ("garments", 2025), ("food", 2025),
                          ("electronics", 2024)):
        mine = rows[(rows["factory"] == factory) & (rows["day"].dt.year == year)]
        summer = pass_rate(mine[mine["day"].dt.month.isin([6, 7, 8])])
        peak = pass_rate(mine[mine["day"].dt.month >= 10])
        assert summer - peak >= 0.04, (factory, year, summer, peak)
    aisles = rows[rows["item"] == "Aisles and exits clear"]
    in_peak = aisles["day"].dt.month >= 10
    assert pass_rate(aisles[~in_peak]) - pass_rate(aisles[in_peak]) >= 0.10


def test_one_line_and_one_item_per_form_stand_out() -> None:
    rows = checklist_rows()
    for factory, worst in CHECKLIST_WORST_LINE.items():
        mine = rows[rows["factory"] == factory]
        rates = {line: pass_rate(group) for line, group in mine.groupby("line")}
        others = [rate for line, rate in rates.items() if line != worst]
        assert rates[worst] <= min(others) - 0.05, (factory, rates)
        for checklist, form in mine.groupby("checklist"):
            counted = form[form["result"] != "n/a"]
            fails = (counted["result"] == "fail").groupby(counted["item"]).mean()
            fails = fails.sort_values(ascending=False)
            assert fails.iloc[0] >= 1.5 * fails.iloc[1], (factory, checklist, fails.to_dict())


def test_not_applicable_means_the_item_did_not_apply() -> None:
    rows = checklist_rows()
    share = (rows["result"] == "n/a").mean()
    assert 0.03 <= share <= 0.15
    glasses = rows[rows["item"] == "Safety glasses at soldering"]
    assert set(glasses.loc[glasses["line"] == "Line B", "result"]) == {"n/a"}
    assert "n/a" not in set(glasses.loc[glasses["line"] != "Line B", "result"])


def test_loader_keeps_n_a_and_reports_a_checklist_item_entered_twice(tmp_path: Path) -> None:
    from score_helpers import data

    checks = data.load("safety_checklists")
    assert (checks["result"] == "n/a").sum() == (load_text("safety_checklists")["result"]
                                                  == "n/a").sum()
    rows = ["date,factory,line,checklist,item,result,checked_by",
            "2025-03-03,food,Line A,ppe,Hairnet covers all hair,pass,line leader",
            "2025-03-03,food,Line A,ppe,Clean apron worn,n/a,line leader",
            "2025-03-03,food,Line A,ppe,Hairnet covers all hair,fail,line leader"]
    path = tmp_path / "checks.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(data.DataError) as caught:
        data.load_kpi_csv(path, columns=schema.SAFETY_CHECKLISTS)
    assert [problem.row for problem in caught.value.problems] == [4]


def test_readme_documents_the_checklist_lessons() -> None:
    text = "\n".join(readme_section("safety_checklists"))
    months = {"garments": "February 2025", "food": "July 2024", "electronics": "May 2025"}
    for factory, month in months.items():
        assert f"| {factory} | {month} | {CHECKLIST_WORST_LINE[factory]} |" in text
    assert "n/a" in text and "Aisles and exits clear" in text


# --- The data dictionary ---------------------------------------------------------------------

@pytest.mark.parametrize("name", list(schema.DATASETS))
def test_readme_table_equals_the_schema(name: str) -> None:
    section = readme_section(name)
    rows = markdown_table(section, 0)
    expected = [[f"`{c.name}`", c.type_label, c.unit, c.meaning] for c in schema.DATASETS[name]]
    assert rows == expected
    text = "\n".join(section)
    assert "score-lab data --seed 2025" in text and "CC BY 4.0" in text


@pytest.mark.parametrize("name", list(schema.DATASETS))
def test_readme_row_count_matches_the_file(name: str) -> None:
    assert readme_row_count(name) == len(load_text(name))


def test_readme_lists_holidays_hazards_and_iso_zones() -> None:
    text = README.read_text(encoding="utf-8")
    for holiday in HOLIDAYS:
        assert holiday.isoformat() in text
    for category in schema.HAZARD_CATEGORIES:
        assert f"`{category}`" in text
    for limit in ("0.71", "1.8", "4.5"):
        assert limit in text
    assert "class I" in text


def test_readme_ends_with_the_own_file_columns_and_productivity_kpis() -> None:
    from score_helpers.data.synth.dictionary import column_table
    from score_helpers.data.synth.dictionary_own import own_file_section

    text = README.read_text(encoding="utf-8")
    assert text.rstrip("\n").endswith("\n".join(own_file_section(column_table)).rstrip("\n"))
    for column in schema.DAILY_PRODUCTION_EXTRA:
        assert f"| `{column.name}` |" in text
    for kpi_name in ("sewing_efficiency", "productivity_vs_target", "overtime_per_worker",
                     "idle_time_share", "line_balance_efficiency"):
        assert f"| `{kpi_name}` |" in text
