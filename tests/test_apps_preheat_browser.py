"""`score-lab apps` (through apps_command) in real Chromium with its preheated kernels: one
kernel per app is ready before anyone opens a page, and an app opened from a preheated kernel
still follows the page's language (`?lang=fil` Filipino, no parameter English).

The gallery server is test_apps_gallery_browser's fixture (SCORE_LANG=en). A kernel counts as
preheated when Voila started it with VOILA_PREHEAT=True in its environment.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import psutil
import pytest

from score_helpers.i18n import text
from score_helpers.widgets.gallery import APPS
from tests.test_apps_gallery_browser import gallery_url  # noqa: F401  (the gallery server)

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000
POOL_WAIT_S = 180   # a wait for the pool to fill on a busy machine, not a speed limit


def server_process(base: str) -> psutil.Process:
    """The `score-lab apps` process serving `base` (found by its --port option)."""
    port = urlsplit(base).port
    for process in psutil.process_iter(["cmdline"]):
        if f"--port={port}" in (process.info["cmdline"] or []):
            return process
    raise AssertionError(f"no server process with --port={port}")


def preheated_kernels(server: psutil.Process) -> list[psutil.Process]:
    """The server's kernels that Voila started preheated."""
    kernels = []
    for child in server.children(recursive=True):
        try:
            if ("ipykernel_launcher" in " ".join(child.cmdline())
                    and child.environ().get("VOILA_PREHEAT") == "True"):
                kernels.append(child)
        except psutil.NoSuchProcess:
            continue
    return kernels


def test_score_lab_apps_keeps_a_preheated_kernel_for_every_app(
        gallery_url: str) -> None:  # noqa: F811
    server = server_process(gallery_url)
    deadline = time.monotonic() + POOL_WAIT_S
    while len(preheated_kernels(server)) < len(APPS) and time.monotonic() < deadline:
        time.sleep(1)
    assert len(preheated_kernels(server)) >= len(APPS)


@pytest.mark.parametrize(("query", "lang"), [("?lang=fil", "fil"), ("", "en")])
def test_an_app_from_a_preheated_kernel_follows_the_page_language(
        page: object, gallery_url: str, query: str, lang: str) -> None:  # noqa: F811
    page.goto(f"{gallery_url}/voila/render/kpi_snapshot.ipynb{query}",
              timeout=RENDER_TIMEOUT_MS)
    page.locator(".kpi-snapshot-table table").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function("intro => document.body.innerText.includes(intro)",
                           arg=text("app.kpi_snapshot.intro", lang), timeout=RENDER_TIMEOUT_MS)
    other = "en" if lang == "fil" else "fil"
    assert text("app.kpi_snapshot.intro", other) not in page.evaluate("document.body.innerText")
    assert not page.js_errors
