"""The dashboard's charts are laid out once per shape of their words (chart_layout): a kept
layout puts every axes where a fresh constrained layout would, for every line choice of
every practice profile, in both languages; a new shape of words is laid out afresh."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from score_helpers.kpi import charts as plots
from score_helpers.widgets.common import chart_layout
from score_helpers.widgets.kpi_dashboard import charts as dc
from score_helpers.widgets.kpi_dashboard import state as ds

PROFILES = ("garments", "food", "electronics")
PIXELS = (576, 342)   # CHART_SIZE at DPI


def styled(figure):
    """The figure with the dashboard's font sizes, as dc._png sets them."""
    for axes in figure.axes:
        axes.title.set_fontsize(dc.TITLE_SIZE)
        axes.title.set_fontweight("bold")
        axes.tick_params(labelsize=dc.TICK_SIZE)
    return figure


def positions(figure) -> list[tuple[float, ...]]:
    """Each axes' box in pixels (left, bottom, width, height)."""
    return [tuple(value * PIXELS[index % 2] for index, value in enumerate(ax.get_position().bounds))
            for ax in figure.axes]


def choices(profile: str) -> list[tuple[str, ...]]:
    lines = ds.DashboardState(profile, "en").dataset.lines
    return [combo for size in range(1, len(lines) + 1)
            for combo in itertools.combinations(lines, size)]


@pytest.fixture(autouse=True)
def no_kept_layouts():
    chart_layout.forget_layouts()
    yield
    chart_layout.forget_layouts()


def figure_for(kind: str, view: ds.View, lang: str):
    if kind == "trend":
        return styled(dc.trend_figure(view, view.kpi_of("Q"), lang))
    return styled(plots.pareto(ds.pareto_causes(view)).figure)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("lang", ["en", "fil"])
def test_a_kept_layout_is_within_a_pixel_of_a_fresh_one(tmp_path, profile: str,
                                                       lang: str) -> None:
    state = ds.DashboardState(profile, lang, str(tmp_path / "targets.json"))
    reused = 0
    for lines in choices(profile):
        state.set_lines(list(lines))
        view = state.view()
        for kind in ("trend", "pareto"):
            before = len(chart_layout._positions)
            kept = figure_for(kind, view, lang)
            chart_layout.render_png(kept, dc.CHART_SIZE, dc.DPI)
            reused += len(chart_layout._positions) == before
            saved = dict(chart_layout._positions)
            chart_layout.forget_layouts()
            fresh = figure_for(kind, view, lang)
            chart_layout.render_png(fresh, dc.CHART_SIZE, dc.DPI)
            chart_layout._positions.update(saved)
            for got, want in zip(positions(kept), positions(fresh), strict=True):
                assert got == pytest.approx(want, abs=1.0), (profile, lines, kind)
    assert reused >= 1   # at least one chart really was drawn from a kept layout


def test_the_same_words_reuse_a_layout_and_new_words_get_their_own() -> None:
    def pareto(causes: dict[str, int]) -> bytes:
        frame = pd.DataFrame({"cause": list(causes), "defects": list(causes.values())})
        return chart_layout.render_png(styled(plots.pareto(frame).figure), dc.CHART_SIZE, dc.DPI)

    pareto({"open seam": 40, "skipped stitch": 25, "stain": 9})
    pareto({"open seam": 47, "skipped stitch": 21, "stain": 8})     # digits differ only
    assert len(chart_layout._positions) == 1
    pareto({"thread tension too loose on the overlock machine": 40, "stain": 9})
    assert len(chart_layout._positions) == 2


def test_a_long_cause_name_is_shortened_and_not_cut_off(monkeypatch) -> None:
    long_name = "thread tension too loose on the overlock machine, needle side"
    frame = pd.DataFrame({"cause": [long_name, "stain"], "defects": [40, 9]})
    drawn = []
    monkeypatch.setattr(dc, "_png", lambda figure: drawn.append(figure) or b"")
    dc._pareto_png(frame, "en")
    figure = drawn[0]
    chart_layout.render_png(figure, dc.CHART_SIZE, dc.DPI)
    renderer = figure.canvas.get_renderer()
    labels = figure.axes[0].get_xticklabels()
    assert [label.get_text() for label in labels] == ["thread tension\ntoo loose on the…",
                                                         "stain"]
    for label in labels:
        box = label.get_window_extent(renderer)
        assert box.x0 >= 0 and box.y0 >= 0, label.get_text()
