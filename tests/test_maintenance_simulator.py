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
