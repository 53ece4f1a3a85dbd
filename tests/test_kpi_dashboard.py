"""The KPI dashboard's state, checked on its numbers and messages (no browser)."""

from __future__ import annotations

import io
import re
import string
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data, kpi
from score_helpers.kpi import targets
from score_helpers.widgets.kpi_dashboard import KpiDashboard, labels
from score_helpers.widgets.kpi_dashboard import data as dd
from score_helpers.widgets.kpi_dashboard import state as ds
from score_helpers.widgets.kpi_dashboard import targets as dashboard_targets
from score_helpers.widgets.kpi_dashboard import view as dv


@pytest.fixture
def targets_file(tmp_path: Path) -> Path:
    """A targets.json path that does not exist yet (so the defaults are used)."""
    return tmp_path / "targets.json"


@pytest.fixture
def state(targets_file: Path) -> ds.DashboardState:
    return ds.DashboardState("food", targets_file=str(targets_file))


def by_hand(rows: pd.DataFrame) -> dict[str, float]:
    """The five headline KPIs of some daily rows, from their sums (independent of the app)."""
    s = rows.sum(numeric_only=True)
    cost = s["material_cost_php"] + s["labour_cost_php"] + s["overhead_cost_php"]
    return {
        "defect_rate": s["defects"] / s["units_produced"],
        "cost_per_unit": cost / (s["units_produced"] - s["units_scrapped"]),
        "on_time_delivery": s["orders_on_time"] / s["orders_due"],
        "absenteeism_rate": s["days_absent"] / s["scheduled_worker_days"],
        "frequency_rate": s["lost_time_injuries"] * 1_000_000 / s["hours_worked"],
    }


def card_values(view: ds.View) -> dict[str, float]:
    return {card.kpi: card.value for card in view.cards}


def rows_between(daily: pd.DataFrame, first: pd.Timestamp, last_monday: pd.Timestamp,
                 lines: tuple[str, ...]) -> pd.DataFrame:
    end = last_monday + pd.Timedelta(days=7)
    return daily[daily["line"].isin(lines) & (daily["date"] >= first) & (daily["date"] < end)]


# ---- cards -------------------------------------------------------------------------------

def test_cards_are_the_ratio_of_sums_of_all_lines_over_the_last_13_weeks(
        state: ds.DashboardState) -> None:
    daily = data.load("food_daily")
    last = daily["date"].max()
    last_monday = last.normalize() - pd.Timedelta(days=last.weekday())
    first_monday = last_monday - pd.Timedelta(weeks=12)
    view = state.view()
    assert view.selection == ds.Selection(("Line A", "Line B"), first_monday, last_monday)
    rows = rows_between(daily, first_monday, last_monday, ("Line A", "Line B"))
    assert card_values(view) == pytest.approx(by_hand(rows), rel=1e-12)
    summary = kpi.qcdms_summary(rows, by=(), period=None).iloc[0]
    assert [card.value for card in view.cards] == pytest.approx(
        [summary[name] for name in targets.HEADLINE_KPIS.values()], rel=1e-12)
    assert [card.pillar for card in view.cards] == list("QCDMS")


def test_card_lights_follow_the_targets(state: ds.DashboardState) -> None:
    percent = state.view().cards[0].value * 100              # the defect rate, in %
    assert state.set_target("defect_rate", percent * 1.1, percent * 1.2) is None
    assert state.view().cards[0].light == "green"
    assert state.set_target("defect_rate", percent * 0.8, percent * 1.1) is None
    assert state.view().cards[0].light == "amber"
    assert state.set_target("defect_rate", percent * 0.8, percent * 0.9) is None
    assert state.view().cards[0].light == "red"


def test_the_line_filter_changes_the_numbers(state: ds.DashboardState) -> None:
    both = card_values(state.view())
    assert state.set_lines(["Line B"])
    view = state.view()
    only_b = card_values(view)
    assert only_b != pytest.approx(both)
    rows = rows_between(data.load("food_daily"), view.selection.first_week,
                        view.selection.last_week, ("Line B",))
    assert only_b == pytest.approx(by_hand(rows), rel=1e-12)
    assert set(view.daily["line"]) == {"Line B"}


def test_no_line_at_all_keeps_the_choice(state: ds.DashboardState) -> None:
    before = state.selection
    assert not state.set_lines([])
    assert state.selection == before


def test_the_date_range_is_respected(state: ds.DashboardState) -> None:
    first, last = pd.Timestamp("2025-03-03"), pd.Timestamp("2025-03-24")  # four Mondays
    state.set_weeks(last, first)                                            # any order
    view = state.view()
    assert view.daily["date"].min() >= first
    assert view.daily["date"].max() <= pd.Timestamp("2025-03-30")          # that Sunday
    assert pd.Timestamp("2025-03-31") not in set(view.daily["date"])
    rows = rows_between(data.load("food_daily"), first, last, ("Line A", "Line B"))
    assert card_values(view) == pytest.approx(by_hand(rows), rel=1e-12)
    assert list(view.weekly["period_start"]) == list(pd.date_range(first, last, freq="7D"))


def test_the_cost_card_is_judged_against_the_usual_week(state: ds.DashboardState) -> None:
    view = state.view()
    weekly = kpi.qcdms_summary(data.load("food_daily"), by=(), period="W")
    usual = weekly["cost_per_unit"].median()
    cost = view.cards[1]
    assert cost.usual == pytest.approx(usual, rel=1e-12)
    assert (cost.green, cost.amber) == pytest.approx((usual, usual * 1.05), rel=1e-12)


# ---- uploads -----------------------------------------------------------------------------

def test_an_upload_over_10_mb_is_refused_before_it_is_read(
        state: ds.DashboardState, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state.dataset
    monkeypatch.setattr(data, "load_kpi_csv", lambda *a, **k: pytest.fail("file was parsed"))
    notice = state.upload("huge.csv", b"x" * (dd.MAX_UPLOAD_BYTES + 1))
    assert notice.kind == "error"
    assert "huge.csv is 10.0 MB" in notice.text
    assert "up to 10 MB" in notice.text
    assert state.dataset is before


def good_csv(renamed: dict[str, str] | None = None, lines: tuple[str, ...] = ("Line A",
             "Line C")) -> tuple[bytes, pd.DataFrame]:
    """A factory's own CSV: two electronics lines for six weeks, day-first dates, some
    headers written the way a spreadsheet would have them."""
    daily = data.load("electronics_daily")
    rows = daily[daily["line"].isin(lines) & (daily["date"] >= "2025-05-05")
                 & (daily["date"] < "2025-06-16")]
    out = rows.assign(date=rows["date"].dt.strftime("%d/%m/%Y"))
    out = out.rename(columns=renamed or {"units_produced": "Units Produced",
                                         "defects": "Defects (pcs)",
                                         "orders_on_time": "Orders On Time"})
    return out.to_csv(index=False).encode("utf-8"), rows


def test_a_good_uploaded_csv_is_used(state: ds.DashboardState) -> None:
    content, rows = good_csv()
    notice = state.upload("my_kpis.csv", io.BytesIO(content).getvalue())
    assert notice.kind == "info", notice
    assert notice.text.startswith("my_kpis.csv: ")
    view = state.view()
    assert view.dataset.file == "my_kpis.csv"
    assert view.selection.lines == ("Line A", "Line C")
    assert view.selection.first_week == pd.Timestamp("2025-05-05")       # all six weeks
    assert card_values(view) == pytest.approx(by_hand(rows), rel=1e-12)
    assert ds.pareto_causes(view) is None                                 # a CSV has no causes


def test_an_upload_without_a_pillars_columns_names_them_and_shows_no_number(
        state: ds.DashboardState) -> None:
    """(Changed with issue 15: a pillar falls back to its next KPI the file allows, and a
    pillar with none says which columns would give it one.)"""
    content, _ = good_csv()
    frame = pd.read_csv(io.BytesIO(content)).drop(
        columns=["lost_time_injuries", "incidents", "days_lost"])
    notice = state.upload("no_safety.csv", frame.to_csv(index=False).encode())
    assert notice.kind == "warning"
    assert "No KPI for Safety" in notice.text
    safety = state.view().cards[-1]
    assert not safety.available and safety.light == "no data"
    assert safety.enabling == ("lost_time_injuries",)
    shown = dv.card_html(safety, "en")
    assert "—" in shown and "Not in this file" in shown
    assert "Lost-time injuries" in shown and "0.0" not in shown


def test_a_pillar_shows_the_next_kpi_its_columns_allow(state: ds.DashboardState) -> None:
    content, rows = good_csv()
    frame = pd.read_csv(io.BytesIO(content)).drop(columns=["lost_time_injuries"])
    assert state.upload("no_ltis.csv", frame.to_csv(index=False).encode()).kind == "info"
    safety = state.view().cards[-1]
    assert safety.kpi == "incidence_rate"
    assert safety.value == pytest.approx(
        rows["incidents"].sum() * 200_000 / rows["hours_worked"].sum(), rel=1e-12)


def test_a_broken_csv_shows_the_data_error_and_keeps_the_data(
        state: ds.DashboardState) -> None:
    before_dataset, before_cards = state.dataset, state.view().cards
    content, _ = good_csv()
    broken = content.decode().splitlines()
    cells = broken[3].split(",")
    cells[4] = "12O"                                     # letter O in 'Units Produced'
    broken[3] = ",".join(cells)
    notice = state.upload("broken.csv", "\n".join(broken).encode())
    assert notice.kind == "error"
    assert "broken.csv could not be used" in notice.text
    assert "broken.csv" in notice.detail and "row 4" in notice.detail
    assert "Units Produced" in notice.detail
    assert "Traceback" not in notice.detail
    assert state.dataset is before_dataset
    assert state.view().cards == before_cards


def test_an_excel_file_with_a_defect_causes_sheet_gives_a_pareto(
        state: ds.DashboardState, tmp_path: Path) -> None:
    _, rows = good_csv()
    causes = data.load("defect_causes")
    causes = causes[(causes["factory"] == "electronics") & causes["line"].isin(["Line A"])]
    path = tmp_path / "mine.xlsx"
    with pd.ExcelWriter(path) as book:
        rows.to_excel(book, sheet_name="daily", index=False)
        causes.drop(columns="factory").to_excel(book, sheet_name="defect_causes", index=False)
    notice = state.upload("mine.xlsx", path.read_bytes())
    assert notice.kind == "info", notice
    chosen = ds.pareto_causes(state.view())
    assert chosen is not None and set(chosen["line"]) == {"Line A"}
    assert chosen["date"].min() >= pd.Timestamp("2025-05-05")


# ---- targets -----------------------------------------------------------------------------

def test_targets_survive_a_save_and_a_new_start(state: ds.DashboardState,
                                                targets_file: Path) -> None:
    assert state.set_target("on_time_delivery", 97, 92) is None
    notice = state.save_targets()
    assert notice.kind == "info" and str(targets_file) in notice.text
    assert targets.targets_from_json(targets_file)["on_time_delivery"] == targets.Target(
        "on_time_delivery", 0.97, 0.92)
    again = ds.DashboardState("food", targets_file=str(targets_file))
    assert again.targets == state.targets
    assert again.targets_notice().text.startswith("Targets from")


def test_targets_saved_by_another_page_are_read_again(state: ds.DashboardState,
                                                      targets_file: Path) -> None:
    other = ds.DashboardState("food", targets_file=str(targets_file))
    assert other.set_target("defect_rate", 1, 2) is None
    other.save_targets()
    assert not other.reload_targets()                         # its own save: nothing new
    assert state.reload_targets()
    assert state.targets["defect_rate"] == targets.Target("defect_rate", 0.01, 0.02)
    assert state.view().cards[0].green == 0.01
    assert not state.reload_targets()


def test_a_broken_targets_file_falls_back_to_the_defaults(targets_file: Path) -> None:
    targets_file.write_text('{"defect_rate": {"green": 0.05, "amber": 0.01}}')
    fresh = ds.DashboardState("food", targets_file=str(targets_file))
    assert fresh.targets == dashboard_targets.DEFAULTS
    notice = fresh.targets_notice()
    assert notice.kind == "warning" and "default targets are used" in notice.text


def test_the_targets_file_goes_to_score_targets_dir(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_TARGETS_DIR", str(tmp_path / "shared"))
    fresh = ds.DashboardState("food")
    assert fresh.save_targets().kind == "info"
    assert (tmp_path / "shared" / "targets.json").is_file()


def test_a_target_in_the_wrong_order_is_refused_with_a_message(
        state: ds.DashboardState) -> None:
    message = state.set_target("on_time_delivery", 80, 90)
    assert message == ("On-time delivery: green must be higher than amber or equal to it "
                       "(higher is better).")
    assert state.set_target("defect_rate", 150, 160) == (
        "Defect rate: write a percentage from 0 to 100.")
    assert state.targets == dashboard_targets.DEFAULTS


# ---- labels and words --------------------------------------------------------------------

def test_every_english_label_has_a_filipino_one_with_the_same_placeholders() -> None:
    assert set(labels.FIL) == set(labels.EN)
    fields = string.Formatter()
    for key, english in labels.EN.items():
        filipino = labels.FIL[key]
        assert filipino.strip(), key
        assert ({name for _, name, _, _ in fields.parse(english) if name}
                == {name for _, name, _, _ in fields.parse(filipino) if name}), key


def test_score_lang_fil_starts_in_filipino(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_LANG", "fil")
    assert labels.language_from_env() == "fil"
    monkeypatch.setenv("SCORE_LANG", "")
    assert labels.language_from_env() == "en"


def test_what_changed_uses_the_targets_sentences_and_translates_them(
        state: ds.DashboardState) -> None:
    view = state.view()
    changes = ds.week_changes(view)
    expected = targets.week_changes(view.daily, by="line")
    assert list(changes["sentence"]) == list(expected["sentence"])
    english = dv.changes_html(changes, "en")
    moved = expected[expected["direction"].isin(["worse", "better"])]["sentence"]
    assert len(moved) > 0
    assert moved.iloc[0].replace("'", "&#x27;") in english
    filipino = dv.changes_html(changes, "fil")
    assert "Ano ang nagbago ngayong linggo" in filipino
    assert re.search(r"(tumaas|bumaba) ang .+ mula .+ hanggang .+ \((lumala|gumanda)\)",
                     filipino)


# ---- the app, without a browser -------------------------------------------------------------

def test_the_app_redraws_on_a_line_change_and_explains_a_broken_upload(
        targets_file: Path) -> None:
    app = KpiDashboard("garments", lang="en", targets_file=str(targets_file),
                       background=False)
    cards, trend = app.cards.value, bytes(app.trend.image.value)
    assert cards.count("class='kpi-dash-card ") == 5
    assert trend.startswith(b"\x89PNG")
    app.lines.children[0].value = False                                   # untick Line A
    assert app.cards.value != cards and bytes(app.trend.image.value) != trend
    assert "kpi-dash-download-csv" in app.csv_link.value
    assert "kpi-dash-download-png" in app.trend.link.value

    # (Changed with issue 15: the file's columns are confirmed before it is loaded.)
    app.flow.upload.value = ({"name": "bad.csv",
                              "content": memoryview(b"date,line\n31/02/2025,A\n"),
                              "size": 23, "type": "text/csv",
                              "last_modified": datetime(2025, 3, 1, tzinfo=UTC)},)
    assert app.flow.mapper is not None and app.flow.mapper.mapping == {"date": "date",
                                                                         "line": "line"}
    app.flow.confirm.click()
    assert "class='kpi-dash-error'" in app.notice.value and "bad.csv" in app.notice.value
    assert "row" in app.notice.value

    app.language.value = "fil"
    assert "Kalidad" in app.cards.value and "Gastos" in app.cards.value
    assert app.pillar.options[0] == ("Kalidad", "Q")
    assert "Ano ang nagbago ngayong linggo" in app.changes.value


def test_the_targets_editor_drives_the_cards_and_saves(targets_file: Path) -> None:
    app = KpiDashboard("garments", lang="en", targets_file=str(targets_file),
                       background=False)
    editor = app.editor
    assert editor.fields == {}                                # made on first opening
    editor.widget.selected_index = 0
    green, amber = editor.fields["defect_rate"]
    assert (green.value, amber.value) == (2.0, 4.0)
    before = app.cards.value
    green.value, amber.value = 9.0, 10.0                       # any defect rate is green now
    assert app.cards.value != before
    assert app.state.view().cards[0].light == "green"
    green.value = 11.0                                         # green above amber
    assert "kpi-dash-warning" in editor.status.value
    editor.save.click()
    assert targets.targets_from_json(targets_file)["defect_rate"].green == 0.09


# ---- issue 18: the upload counter, lists behind a click, axes from zero ---------------------

def _garment_upload(path: Path) -> tuple[dict[str, object], ...]:
    content = path.read_bytes()
    return ({"name": path.name, "content": memoryview(content), "size": len(content),
             "type": "text/csv", "last_modified": datetime(2026, 3, 1, tzinfo=UTC)},)


def test_the_upload_button_counts_the_file_being_checked_or_used(tmp_path: Path) -> None:
    app = KpiDashboard("garments", lang="en", targets_file=str(tmp_path / "targets.json"),
                       background=False)
    good = tmp_path / "our_lines.csv"
    data.load("garments_daily").head(60).to_csv(good, index=False)
    assert len(app.flow.upload.value) == 0
    app.flow.upload.value = _garment_upload(good)
    assert app.flow.step == 2 and len(app.flow.upload.value) == 1      # being checked: (1)
    app.flow.cancel.click()
    assert len(app.flow.upload.value) == 0                             # given up: (0)
    app.flow.upload.value = _garment_upload(good)
    app.flow.confirm.click()
    assert app.flow.step == 3 and "our_lines.csv" in app.notice.value
    held = app.flow.upload.value
    assert len(held) == 1 and held[0]["name"] == "our_lines.csv"       # in use: (1)
    assert bytes(held[0]["content"]) == b""                            # no copy kept
    broken = tmp_path / "broken.csv"
    broken.write_text("date,line\n31/02/2025,A\n")
    app.flow.upload.value = _garment_upload(broken)
    app.flow.confirm.click()
    assert "kpi-dash-error" in app.notice.value
    assert [entry["name"] for entry in app.flow.upload.value] == ["our_lines.csv"]
    app.flow.upload.value = _garment_upload(good)      # the same file again is read again
    assert app.flow.step == 2


def test_every_change_of_the_week_is_reachable_behind_a_click(state: ds.DashboardState) -> None:
    changes = ds.week_changes(state.view())
    assert len(changes) > dv.MAX_CHANGES
    html = dv.changes_html(changes, "en")
    shown, _, hidden = html.partition("<details")
    assert shown.count("<li") == dv.MAX_CHANGES
    rest = len(changes) - dv.MAX_CHANGES
    assert f"<summary class='kpi-dash-small'>… and {rest} more.</summary>" in hidden
    assert hidden.count("<li") == rest
    for sentence in changes["sentence"]:
        assert sentence.replace("'", "&#x27;") in html
    fewer = dv.changes_html(changes.head(dv.MAX_CHANGES), "fil")
    assert "<details" not in fewer


def test_a_zero_injury_trend_starts_its_axis_at_zero() -> None:
    from score_helpers.kpi import charts as plots

    weekly = kpi.qcdms_summary(data.load("garments_daily"), by=(), period="W").tail(8)
    calm = weekly.assign(frequency_rate=0.0)
    for summary in (calm, weekly):
        chart = plots.trend_with_target(summary, "frequency_rate", 0.0, by=None)
        low, high = chart.figure.axes[0].get_ylim()
        assert low == 0 and high > 0
    board = plots.pillar_small_multiples(calm)
    assert all(ax.get_ylim()[0] >= 0 for ax in board.figure.axes if ax.get_visible()
               and ax.lines)
    raw = plots.trend_with_target(weekly.assign(frequency_rate=weekly["frequency_rate"] - 50),
                                  "frequency_rate", 0.0, by=None)
    assert raw.figure.axes[0].get_ylim()[0] < 0     # values below zero stay in sight
