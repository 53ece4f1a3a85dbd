"""Refresh the app pictures used in README.md: serve apps/ with Voila, shoot in Chromium.

    .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from score_helpers.offline_model import free_port

REPO = Path(__file__).resolve().parents[1]
APPS = {"kpi_snapshot.ipynb": ".kpi-snapshot-table"}


def main() -> None:
    """Take one PNG per app into docs/images/."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "voila", "apps/", "--no-browser",
                               f"--port={port}", "--Voila.ip=127.0.0.1"], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 900, "height": 430})
            for notebook, ready in APPS.items():
                page.goto(f"http://127.0.0.1:{port}/voila/render/{notebook}", timeout=90_000)
                page.wait_for_selector(ready, timeout=90_000)
                target = REPO / "docs" / "images" / notebook.replace(".ipynb", ".png")
                page.screenshot(path=str(target))
                print(f"wrote {target}")
            browser.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
