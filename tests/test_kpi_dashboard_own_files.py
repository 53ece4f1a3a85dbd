"""The KPI dashboard on factories' own files (issue 15), without a browser.

Two files built by hand in the shapes plants keep (tests/data/factory_files/): a garment
team sheet (teams, departments, SMV, target and actual productivity, month-first dates)
and a food shift log (Filipino headers, two shifts per line and day, rejects and scrap,
overtime in hours). Every expected number is computed here with pandas from the CSV
itself, independently of the app.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from score_helpers.i18n import text
from score_helpers.kpi import availability
from score_helpers.kpi.targets import kpi_info
from score_helpers.widgets.kpi_dashboard import KpiDashboard, labels, tables
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard import state as ds
from score_helpers.widgets.kpi_dashboard import view as dv
from score_helpers.widgets.kpi_dashboard.notices import notice_html

FILES = Path(__file__).parent / "data" / "factory_files"
GARMENT = FILES / "garment_team_sheet.csv"
FOOD = FILES / "food_shift_log.csv"


@pytest.fixture
def state(tmp_path: Path) -> ds.DashboardState:
    """A dashboard whose targets and saved column choices live in tmp_path."""
    return ds.DashboardState("food", targets_file=str(tmp_path / "targets.json"))


def garment_csv() -> pd.DataFrame:
    """The garment sheet as pandas reads it (dates month-first)."""
    frame = pd.read_csv(GARMENT)
    return frame.assign(Date=pd.to_datetime(frame["Date"], format="%m/%d/%Y"))


def food_csv() -> pd.DataFrame:
    """The food log as pandas reads it (a UTF-8 mark before the first header; dates
    day-first)."""
    frame = pd.read_csv(FOOD, encoding="utf-8-sig")
    return frame.assign(Petsa=pd.to_datetime(frame["Petsa"], format="%d/%m/%Y"))


def load(state: ds.DashboardState, path: Path, remember: bool = False) -> ds.Notice:
    """Steps 1 and 2 with the columns the mapping step suggests."""
    own, problem = state.open_file(path.name, path.read_bytes())
    assert own is not None, problem
    return state.load_file(own, dd.suggested_mapping(own), remember)


def cards(state: ds.DashboardState) -> dict[str, object]:
    return {card.pillar: card for card in state.view().cards}


# ---- step 2: the suggested columns -----------------------------------------------------------

def test_the_mapping_step_suggests_the_garment_sheets_columns(state: ds.DashboardState) -> None:
    own, problem = state.open_file(GARMENT.name, GARMENT.read_bytes())
    assert problem is None and own is not None
    assert own.preview.headers == tuple(garment_csv().columns)
    assert state.first_mapping(own) is None                     # nothing saved yet
    suggested = dd.suggested_mapping(own)
    assert {header: suggested.get(header) for header in (
        "Date", "Team", "Department", "Output (pcs)", "No. of Workers",
        "Targeted Productivity", "Actual Productivity", "Over Time (min)")} == {
        "Date": "date", "Team": "line", "Department": "department",
        "Output (pcs)": "units_produced", "No. of Workers": "headcount",
        "Targeted Productivity": "target_productivity",
        "Actual Productivity": "actual_productivity", "Over Time (min)": "overtime_minutes"}


def test_the_mapping_step_reads_filipino_headers(state: ds.DashboardState) -> None:
    own, _ = state.open_file(FOOD.name, FOOD.read_bytes())
    assert own is not None
    suggested = dd.suggested_mapping(own)
    assert {header: suggested.get(header) for header in (
        "Petsa", "Linya", "Shift", "Nagawa (pcs)", "Sira", "Tapon", "Manggagawa",
        "OT (hrs)")} == {
        "Petsa": "date", "Linya": "line", "Shift": "shift", "Nagawa (pcs)": "units_produced",
        "Sira": "defects", "Tapon": "units_scrapped", "Manggagawa": "headcount",
        "OT (hrs)": "overtime_hours"}


def test_confirmed_columns_are_remembered_for_the_next_file(state: ds.DashboardState,
                                                             tmp_path: Path) -> None:
    own, _ = state.open_file(GARMENT.name, GARMENT.read_bytes())
    assert own is not None
    mapping = {**dd.suggested_mapping(own), "WIP": ""}            # a change by hand
    notice = state.load_file(own, mapping, remember=True)
    assert notice.kind != "error", notice
    assert "Saved:" in notice.text
    assert (tmp_path / "score_column_mappings.json").is_file()   # beside the targets
    again = ds.DashboardState("food", targets_file=str(tmp_path / "targets.json"))
    own_again, _ = again.open_file("next_month.csv", GARMENT.read_bytes())
    assert own_again is not None and again.first_mapping(own_again) == mapping


# ---- step 3: the cards ---------------------------------------------------------------------

def test_the_garment_sheet_shows_delivery_and_morale_computed_from_the_file(
        state: ds.DashboardState) -> None:
    notice = load(state, GARMENT)
    sheet = garment_csv()
    assert notice.kind == "warning"                               # three pillars lack columns
    assert f"{len(sheet):,} rows" in notice.text
    assert state.dataset.lines == tuple(sorted(sheet["Team"].unique()))
    assert state.dataset.daily["date"].min() == sheet["Date"].min()   # 5 Jan: month-first
    assert state.dataset.dimensions == {"department": ("Finishing", "Sewing")}
    shown = cards(state)
    workers = sheet["No. of Workers"]
    plan = ((workers * sheet["Actual Productivity"]).sum()
            / (workers * sheet["Targeted Productivity"]).sum())
    assert shown["D"].kpi == "productivity_vs_target"
    assert shown["D"].value == pytest.approx(plan, rel=1e-9)
    assert shown["M"].kpi == "overtime_per_worker"
    assert shown["M"].value == pytest.approx(sheet["Over Time (min)"].sum() / 60
                                             / workers.sum(), rel=1e-9)
    assert shown["M"].light in {"green", "amber", "red"}


def test_a_pillar_without_columns_is_not_in_the_file_never_zero(
        state: ds.DashboardState) -> None:
    load(state, GARMENT)
    quality = cards(state)["Q"]
    assert quality.kpi is None and quality.enabling == ("defects",)
    assert "defects" not in state.dataset.daily.columns           # no column made of zeros
    html = dv.card_html(quality, "en")
    assert "Not in this file" in html and text("data.column.defects", "en") in html
    assert "0.0 %" not in html
    assert "defect_rate" not in tables.kpi_table(state.view()).columns
    filipino = dv.card_html(quality, "fil")
    assert "Wala sa file na ito" in filipino
    assert text("data.column.defects", "fil") in filipino


def test_the_department_filter_computes_from_its_rows_only(state: ds.DashboardState) -> None:
    load(state, GARMENT)
    everyone = cards(state)["M"].value
    state.set_filter("department", "Sewing")
    sewing = garment_csv().query("Department == 'Sewing'")
    assert set(state.view().daily["department"]) == {"Sewing"}
    value = cards(state)["M"].value
    assert value != pytest.approx(everyone)
    assert value == pytest.approx(sewing["Over Time (min)"].sum() / 60
                                  / sewing["No. of Workers"].sum(), rel=1e-9)
    assert "Sewing" in dv.period_html(state.view(), "en")
    state.set_filter("department", None)
    assert cards(state)["M"].value == pytest.approx(everyone)


def test_a_product_filter_on_the_practice_data_and_its_pareto(
        state: ds.DashboardState) -> None:
    products = state.dataset.dimensions["product"]
    before = state.view()
    assert ds.pareto_causes(before) is not None
    state.set_filter("product", products[0])
    view = state.view()
    rows = before.daily[before.daily["product"] == products[0]]
    assert cards(state)["Q"].value == pytest.approx(
        rows["defects"].sum() / rows["units_produced"].sum(), rel=1e-12)
    assert ds.pareto_causes(view) is None                 # causes are not kept per product
    assert ds.no_pareto_reason(view) == "pareto_not_filtered"
    with pytest.raises(ValueError, match="product"):
        state.set_filter("product", "no such product")


def test_the_food_log_keeps_both_shifts_and_filters_by_shift(state: ds.DashboardState) -> None:
    notice = load(state, FOOD)
    log = food_csv()
    assert notice.kind == "warning", notice
    assert len(state.dataset.daily) == len(log)                   # two shifts a day, kept
    assert state.dataset.dimensions == {"shift": tuple(sorted(log["Shift"].unique()))}
    quality = cards(state)["Q"]
    assert quality.kpi == "defect_rate"
    assert quality.value == pytest.approx(log["Sira"].sum() / log["Nagawa (pcs)"].sum(),
                                          rel=1e-12)
    morale = cards(state)["M"]
    assert morale.kpi == "overtime_per_worker"
    assert morale.value == pytest.approx(log["OT (hrs)"].sum() / log["Manggagawa"].sum(),
                                         rel=1e-12)
    night = log[log["Shift"] == "Gabi"]
    state.set_filter("shift", "Gabi")
    assert cards(state)["Q"].value == pytest.approx(
        night["Sira"].sum() / night["Nagawa (pcs)"].sum(), rel=1e-12)
    changes = tables.week_changes(state.view())
    assert changes is not None and set(changes["kpi"]) == {"defect_rate",
                                                           "overtime_per_worker"}


def test_the_food_log_speaks_filipino(state: ds.DashboardState) -> None:
    state.lang = "fil"
    notice = load(state, FOOD)
    assert "Walang KPI para sa Gastos, Delivery, Kaligtasan" in notice.text
    html = dv.cards_html(state.view().cards, "fil")
    assert "Para makita ito, magdagdag ng column para sa:" in html
    assert text("data.column.target_units", "fil") in html   # the fewest columns for D
    assert "Overtime bawat manggagawa" in html and "Defect rate" in html


def test_every_kpi_a_card_can_show_has_its_words_in_both_languages() -> None:
    for kpi in {k for choices in availability.PILLAR_CHOICES.values() for k in choices}:
        unit = kpi_info(kpi).unit
        keys = [f"kpi_{kpi}"] + ([] if unit == "fraction" or unit.startswith("PHP")
                                 else [f"unit_{kpi}"])
        for key in keys:
            assert key in labels.EN and key in labels.FIL, key


# ---- a broken file: a short list, in the app's language ------------------------------------

def broken_food_log(folder: Path) -> Path:
    """The food log with a letter O for a zero in five output cells and one impossible
    date, as a person might type them."""
    lines = FOOD.read_text(encoding="utf-8-sig").splitlines()
    for row in (3, 8, 13, 21, 34):
        cells = lines[row].split(",")
        cells[3] = cells[3][:-1] + "O"
        lines[row] = ",".join(cells)
    cells = lines[40].split(",")
    cells[0] = "31/02/2026"
    lines[40] = ",".join(cells)
    path = folder / "shift_log_broken.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "fil"])
def test_a_broken_file_gives_a_short_grouped_list_in_the_apps_language(
        state: ds.DashboardState, tmp_path: Path, lang: str) -> None:
    state.lang = lang
    shown = state.dataset
    notice = load(state, broken_food_log(tmp_path))
    assert notice.kind == "error" and notice.error is not None
    assert state.dataset is shown                                 # the data before stay
    html = notice_html(notice, lang)
    hidden = "".join(re.findall(r"<details.*?</details>", html))
    shown = html.count("kpi-dash-example") - hidden.count("kpi-dash-example")
    assert shown == 4                              # three of one kind, the one of the other
    assert hidden.count("kpi-dash-example") == 2   # the other two behind '… and 2 more'
    assert "<summary" in hidden and "row 4" not in hidden
    assert text("app.kpi_dashboard.problems_like_these", lang, count=5) in html
    assert text("app.kpi_dashboard.problems_more", lang, n=2) in html
    assert text("app.kpi_dashboard.upload_failed", lang, file="shift_log_broken.csv") in html
    assert text("data.loader.FIX_CELLS", lang) in html
    assert "row 4" in html and "Nagawa (pcs)" in html and "31/02/2026" in html
    assert "Traceback" not in html


# ---- the app's three steps, without a browser -------------------------------------------------

def give(app: KpiDashboard, path: Path) -> None:
    """What the upload button hands the kernel when a person chooses `path`."""
    content = path.read_bytes()
    app.flow.upload.value = ({"name": path.name, "content": memoryview(content),
                              "size": len(content), "type": "text/csv",
                              "last_modified": datetime(2026, 3, 1, tzinfo=UTC)},)


def test_the_language_switch_redraws_the_mapping_step_and_the_kpis(tmp_path: Path) -> None:
    app = KpiDashboard("garments", lang="en", targets_file=str(tmp_path / "targets.json"),
                       background=False)
    before = app.cards.value
    give(app, GARMENT)
    assert app.flow.step == 2 and app.cards.value == before      # nothing used yet
    mapper = app.flow.mapper
    assert mapper is not None and mapper.mapping["Team"] == "line"
    assert text("app.column_mapper.title", "en") in str(mapper.widget.children[0].value)
    app.language.value = "fil"
    assert text("app.column_mapper.title", "fil") in str(mapper.widget.children[0].value)
    assert app.flow.confirm.description == text("app.column_mapper.confirm", "fil")
    assert "Tingnan ang mga column" in app.flow.steps.value
    app.flow.confirm.click()
    assert app.flow.step == 3 and app.flow.panel.layout.display == "none"
    assert "garment_team_sheet.csv" in app.notice.value and "Walang KPI para sa" in app.notice.value
    assert "Output laban sa target" in app.cards.value
    assert app.pillar.value == "D"                       # the first pillar with a KPI
    assert [d.description for d in app.filters.dropdowns.values()] == [
        text("data.column.department", "fil")]
    app.language.value = "en"
    assert "No KPI for Quality" in app.notice.value and "Output against target" in app.cards.value


def test_a_broken_files_list_changes_language_with_the_app(tmp_path: Path) -> None:
    app = KpiDashboard("food", lang="en", targets_file=str(tmp_path / "targets.json"),
                       background=False)
    give(app, broken_food_log(tmp_path))
    app.flow.confirm.click()
    assert app.flow.step == 2                                   # the columns can be changed
    assert text("data.loader.FIX_CELLS", "en") in app.notice.value
    app.language.value = "fil"
    assert text("data.loader.FIX_CELLS", "fil") in app.notice.value
    assert "problemang ganito" in app.notice.value
    app.flow.cancel.click()
    assert app.flow.step == 1 and app.notice.value == ""
