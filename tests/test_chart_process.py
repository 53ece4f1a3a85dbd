"""The chart helper process (widgets.common.chart_process): it draws the Pareto the kernel
would draw, pixel for pixel; the dashboard falls back to drawing in the kernel when the
helper is busy, fails or dies; it leaves when the kernel's pipe closes; it can be
switched off."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image

from score_helpers.widgets.common import chart_process
from score_helpers.widgets.kpi_dashboard import charts as dc
from score_helpers.widgets.kpi_dashboard import state as ds

WARM_UP = "score_helpers.widgets.kpi_dashboard.charts:warm_up"


def pixels(png: bytes) -> bytes:
    return Image.open(io.BytesIO(png)).convert("RGBA").tobytes()


@pytest.fixture(scope="module")
def helper():
    process = chart_process.ChartProcess(WARM_UP)
    deadline = time.monotonic() + 60
    while not process.ready() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.ready(), "the chart helper did not start within 60 s"
    yield process
    process.stop()


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dc, "_drawn", type(dc._drawn)())
    monkeypatch.setattr(dc, "CACHE_SIZE", 0)


@pytest.fixture
def causes(tmp_path):
    state = ds.DashboardState("garments", "en", str(tmp_path / "targets.json"))
    return ds.pareto_causes(state.view())


def test_the_helper_draws_the_pareto_the_kernel_draws(helper, causes, no_cache) -> None:
    here = dc.pareto_png(causes, "fil")
    job = helper.submit("score_helpers.widgets.kpi_dashboard.charts:_pareto_png",
                        causes.groupby("cause")["defects"].sum().reset_index(), "fil")
    assert job is not None
    assert pixels(job.result(timeout=30)) == pixels(here)
    started = dc.start_pareto(causes, "en", helper)
    assert pixels(started()) == pixels(dc.pareto_png(causes, "en"))


def test_the_cards_choice_gives_the_same_causes_before_the_view(tmp_path) -> None:
    state = ds.DashboardState("garments", "en", str(tmp_path / "targets.json"))
    state.set_lines(state.dataset.lines[:2])
    early = ds.selected_causes(state.dataset, state.selection)
    assert early is not None and not early.empty
    assert early.equals(ds.pareto_causes(state.view()))


def test_a_busy_helper_takes_no_second_job(helper) -> None:
    slow = helper.submit("time:sleep", 1.0)
    assert slow is not None
    assert helper.submit("time:sleep", 0.0) is None     # the caller draws it itself
    slow.result(timeout=10)
    again = helper.submit("time:sleep", 0.0)
    assert again is not None and again.result(timeout=10) is None


def test_a_failing_job_reports_its_error_and_the_helper_goes_on(helper) -> None:
    job = helper.submit("score_helpers.widgets.kpi_dashboard.charts:no_such_chart")
    assert job is not None
    with pytest.raises(RuntimeError, match="no_such_chart"):
        job.result(timeout=10)
    assert helper.ready()


def test_a_dead_helper_means_drawing_in_the_kernel(causes, no_cache) -> None:
    process = chart_process.ChartProcess(WARM_UP)
    deadline = time.monotonic() + 60
    while not process.ready() and time.monotonic() < deadline:
        time.sleep(0.1)
    process._process.kill()
    process._process.wait()
    deadline = time.monotonic() + 10
    while process.ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not process.ready()
    assert process.submit("time:sleep", 0.0) is None
    png = dc.start_pareto(causes, "en", process)()
    assert pixels(png) == pixels(dc.pareto_png(causes, "en"))


def test_the_helper_leaves_when_the_kernel_pipe_closes() -> None:
    process = chart_process.ChartProcess(WARM_UP)
    process._process.stdin.close()     # what the kernel's exit does, however it ends
    assert process._process.wait(timeout=60) == 0


def test_no_helper_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_process, "_shared", [])
    monkeypatch.setenv("SCORE_CHART_PROCESS", "0")
    assert chart_process.shared(WARM_UP) is None
    assert chart_process.current() is None


def test_no_helper_when_memory_is_short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_process, "_shared", [])
    monkeypatch.delenv("SCORE_CHART_PROCESS", raising=False)
    monkeypatch.setattr(chart_process, "MIN_AVAILABLE_BYTES", 2**62)
    assert chart_process.shared(WARM_UP) is None


def test_a_helper_that_dies_mid_drawing_still_gives_the_chart(causes, no_cache) -> None:
    process = chart_process.ChartProcess(WARM_UP)
    deadline = time.monotonic() + 60
    while not process.ready() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.ready()
    started = dc.start_pareto(causes, "en", process)
    process._process.kill()
    assert pixels(started()) == pixels(dc.pareto_png(causes, "en"))
    assert not process.ready()
