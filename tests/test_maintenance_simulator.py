"""The maintenance what-if simulator's widgets, driven in Python (no browser)."""

from __future__ import annotations

import re

import pytest

from score_helpers.widgets.maintenance_simulator import MaintenanceSimulator, build_app


def costs_shown(app: MaintenanceSimulator) -> list[str]:
    """The peso figures in the comparison table, left to right."""
    return re.findall(r"msim-cost-\w+'>(₱[\d,]+)<", app.costs.value)


@pytest.fixture
def app() -> MaintenanceSimulator:
    return MaintenanceSimulator(lang="en", background=False)


def test_the_app_shows_three_policies_in_pesos_a_chart_and_alerts(
        app: MaintenanceSimulator) -> None:
    assert len(costs_shown(app)) == 3
    for words in ("Fix when broken", "Service every 30 days", "Alert → technician checks"):
        assert words in app.costs.value
    assert bytes(app.chart.value).startswith(b"\x89PNG")
    assert "Send a technician to check" in app.alerts.value
    assert "no machine is stopped by itself" in app.alerts.value
    assert "zone C" in app.zone.value      # the default 1.8 mm/s: an edge is in the higher zone
    assert list(app.machine.options) == list(app.result.machines)
    assert app.notice.value == ""


def test_moving_the_load_slider_changes_the_cost_figures(app: MaintenanceSimulator) -> None:
    before, picture = costs_shown(app), app.chart.value
    app.load.value = 1.6
    after = costs_shown(app)
    assert after != before
    assert int(after[0][1:].replace(",", "")) > int(before[0][1:].replace(",", ""))
    assert app.chart.value != picture


def test_the_interval_changes_only_the_preventive_cost(app: MaintenanceSimulator) -> None:
    before = costs_shown(app)
    app.interval.value = 10
    after = costs_shown(app)
    assert after[1] != before[1] and after[0] == before[0] and after[2] == before[2]
    assert "Service every 10 days" in app.costs.value
    assert "10 days" in app.interval_help.value


def test_the_threshold_changes_the_alerts_and_its_zone(app: MaintenanceSimulator) -> None:
    alerts = app.alerts.value
    app.threshold.value = 4.6
    assert "zone D" in app.zone.value
    assert app.alerts.value != alerts


def test_your_own_prices_change_the_pesos(app: MaintenanceSimulator) -> None:
    before = costs_shown(app)
    app.prices["downtime_cost_php_per_hour"].value = 5_000
    assert all(new != old for new, old in zip(costs_shown(app), before, strict=True))


def test_picking_a_machine_redraws_its_chart(app: MaintenanceSimulator) -> None:
    picture = app.chart.value
    app.machine.value = "CMP-01"
    assert app.result.machine == "CMP-01"
    assert app.chart.value != picture


def test_a_failure_shows_plain_words_and_keeps_the_figures(
        app: MaintenanceSimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    before = app.costs.value

    def broken(*_: object, **__: object) -> None:
        raise ValueError("load must be a number from 0.5 to 2")

    monkeypatch.setattr("score_helpers.widgets.maintenance_simulator.app.whatif", broken)
    app.load.value = 1.2
    assert "Something went wrong" in app.notice.value
    assert "Traceback" not in app.notice.value
    assert app.costs.value == before


def test_filipino_labels() -> None:
    app = MaintenanceSimulator(lang="fil", background=False)
    assert "Ayusin kapag nasira" in app.costs.value


def test_build_app_returns_the_page_with_stable_classes() -> None:
    page = build_app("en")
    assert "msim" in page._dom_classes


# Characters Debian's default fonts (DejaVu, Liberation) have no glyph for, so Chromium
# shows an empty box: emoji and pictographs (🔧 📈), Miscellaneous Technical (⏳ ⌛ ⏰),
# Miscellaneous Symbols and Arrows (⭐ ⬛), the emoji presentation selector, and the
# emoji-style dingbats (✅ ❌ ❎ ❓ ❔ ❕ ❗ ➕ ➖ ➗ ✨). ✓ ✔ → ₱ ≈ … · – — are drawn by DejaVu.
UNSAFE_RANGES = ((0x1F000, 0x1FAFF), (0x2300, 0x23FF), (0x2B00, 0x2BFF), (0xFE0F, 0xFE0F))
UNSAFE_DINGBATS = set("✅❌❎❓❔❕❗➕➖➗✨")


def unsafe_glyphs(words: str) -> list[str]:
    """The characters of `words` that show as an empty box in Chromium on Debian."""
    return sorted({c for c in words if c in UNSAFE_DINGBATS
                   or any(low <= ord(c) <= high for low, high in UNSAFE_RANGES)})


def test_the_unsafe_glyph_check_catches_the_old_icons() -> None:
    assert unsafe_glyphs("🔧 Send ⏳ Updating ✅") == ["⏳", "✅", "🔧"]
    assert unsafe_glyphs("✓ Cheapest ✔ ₱1,000 → ≈ 411 h … · – —") == []


def test_no_string_or_page_part_has_a_glyph_the_default_fonts_lack(
        app: MaintenanceSimulator) -> None:
    from score_helpers.widgets.maintenance_simulator.labels import LABELS

    for lang, table in LABELS.items():
        assert not [(key, unsafe_glyphs(value)) for key, value in table.items()
                    if unsafe_glyphs(value)], lang
    app.load.value = 1.5
    app._show_busy(True)
    shown = [w.value for w in (app.costs, app.why, app.alerts, app.busy, app.zone)]
    assert unsafe_glyphs(" ".join(shown)) == []


def test_alert_times_have_the_year_and_the_months_of_the_language() -> None:
    import pandas as pd

    from score_helpers.widgets.maintenance_simulator.view import when

    stamp = pd.Timestamp("2025-08-03 14:00")
    assert when(stamp, "en") == "3 Aug 2025, 14:00"
    assert when(stamp, "fil") == "3 Ago 2025, 14:00"
    for lang, january in (("en", "Jan"), ("fil", "Ene")):
        shown = MaintenanceSimulator(lang=lang, background=False).alerts.value
        times = re.findall(r"<tr class='msim-alert'><td>([^<]+)</td>", shown)
        assert times and all(re.fullmatch(r"\d{1,2} \w{3} 2025, \d\d:\d\d", t)
                             for t in times), times
        assert f" {january} 2025, " in shown


def planned_and_note(app: MaintenanceSimulator) -> tuple[int, str]:
    return int(app.result.policies.at["preventive", "planned_jobs"]), app.why.value


def test_at_load_1_5_the_app_explains_why_services_every_30_days_barely_happen(
        app: MaintenanceSimulator) -> None:
    planned, note = planned_and_note(app)
    assert note == ""                      # load 1.0: machines last longer than 30 days
    app.load.value = 1.5
    planned, note = planned_and_note(app)
    policies = app.result.policies
    assert policies.at["preventive", "total_cost_php"] > policies.at["reactive", "total_cost_php"]
    assert f"Why so few planned jobs ({planned})?" in note
    assert "The 30 days start again after every service or repair" in note
    gap = re.search(r"broke down about every (\d+) days", note)
    assert gap and int(gap.group(1)) < 30
    app.interval.value = 7                 # services more often than breakdowns: no note
    assert planned_and_note(app)[1] == ""
    fil = MaintenanceSimulator(lang="fil", background=False)
    fil.load.value = 1.5
    assert "Bakit kaunti lang ang planned jobs" in fil.why.value


def test_the_few_planned_services_at_load_1_5_are_real_not_a_counting_error() -> None:
    """Every planned service of the 90 days is counted; they are few because a repair
    restarts the service clock and the machines break down before it reaches 30 days."""
    from score_helpers.maintenance import simulator as sim
    from score_helpers.maintenance.whatif import days_to_running_hours, whatif

    interval = days_to_running_hours(30)
    fleet = sim.simulate_fleet(6, 90, 2025, load=1.5, service_every_hours=round(interval, 6))
    events = fleet.events
    planned = int((events["event_type"] == "planned").sum())
    assert planned == whatif(load=1.5, service_every_days=30).policies.at[
        "preventive", "planned_jobs"]
    hours = fleet.sensors.set_index(["machine_id", "timestamp"])["run_hours"]
    broke = events.loc[events["event_type"] == "breakdown"]
    at_breakdown = [hours[(m, t)] for m, t in zip(broke["machine_id"], broke["timestamp"],
                                                  strict=True)]
    assert sum(h < interval for h in at_breakdown) > 0.7 * len(at_breakdown)
    gentler = sim.simulate_fleet(6, 90, 2025, load=1.0,
                                 service_every_hours=round(days_to_running_hours(14), 6))
    assert (gentler.events["event_type"] == "planned").sum() > 3 * 6   # counted all along
