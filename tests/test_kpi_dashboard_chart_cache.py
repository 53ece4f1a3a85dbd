"""The KPI dashboard's charts are drawn once per content: the same data, target and words give
the same PNG without drawing again; any change in what is shown draws a new one. The cached
PNG is the picture a fresh drawing gives."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from score_helpers.widgets.kpi_dashboard import charts as dc
from score_helpers.widgets.kpi_dashboard import state as ds


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """An empty cache, and the list of the charts drawn since (by name)."""
    monkeypatch.setattr(dc, "_drawn", type(dc._drawn)())
    monkeypatch.setattr(dc, "CACHE_SIZE", 32)
    drawn: list[str] = []
    save = dc._png

    def counting_png(figure: object) -> bytes:
        drawn.append(figure.axes[0].get_title())
        return save(figure)

    monkeypatch.setattr(dc, "_png", counting_png)
    return drawn


def pixels(png: bytes) -> bytes:
    """The picture's pixels, whatever the PNG compression."""
    return Image.open(io.BytesIO(png)).convert("RGBA").tobytes()


def test_a_choice_seen_before_is_not_drawn_again(tmp_path, counted: list[str]) -> None:
    state = ds.DashboardState("garments", "en", str(tmp_path / "targets.json"))
    everything = state.view()
    kpi = everything.kpi_of("Q")
    first = dc.pareto_png(ds.pareto_causes(everything), "en"), dc.trend_png(everything, kpi, "en")
    assert len(counted) == 2
    state.set_lines(state.dataset.lines[1:])
    fewer = state.view()
    fewer_pngs = (dc.pareto_png(ds.pareto_causes(fewer), "en"), dc.trend_png(fewer, kpi, "en"))
    assert len(counted) == 4
    assert fewer_pngs != first
    state.set_lines(state.dataset.lines)
    again = state.view()
    assert (dc.pareto_png(ds.pareto_causes(again), "en"), dc.trend_png(again, kpi, "en")) == first
    assert len(counted) == 4
    dc.pareto_png(ds.pareto_causes(again), "fil")      # other words: drawn
    assert len(counted) == 5


def test_a_cached_chart_is_the_picture_a_fresh_drawing_gives(tmp_path,
                                                             counted: list[str]) -> None:
    view = ds.DashboardState("garments", "en", str(tmp_path / "targets.json")).view()
    causes = ds.pareto_causes(view)
    cached = dc.pareto_png(causes, "en")
    assert dc.pareto_png(causes, "en") is cached
    fresh = dc._pareto_png(causes, "en")
    assert pixels(fresh) == pixels(cached)


def test_with_no_cache_every_chart_is_drawn(tmp_path, counted: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dc, "CACHE_SIZE", 0)
    view = ds.DashboardState("garments", "en", str(tmp_path / "targets.json")).view()
    for _ in range(2):
        dc.trend_png(view, view.kpi_of("Q"), "en")
    assert len(counted) == 2


def test_a_preheated_kernel_has_drawn_the_first_charts_of_a_new_page(
        tmp_path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from score_helpers.widgets.kpi_dashboard.app import KpiDashboard

    monkeypatch.setenv("SCORE_TARGETS_DIR", str(tmp_path))
    dc.preheat()
    drawn_while_preheating = len(counted)
    assert drawn_while_preheating >= 4          # trend and Pareto, in both languages
    for lang in ("en", "fil"):
        dashboard = KpiDashboard("garments", lang, background=False)
        assert dashboard.trend.image.value and dashboard.pareto.image.value
    assert len(counted) == drawn_while_preheating
