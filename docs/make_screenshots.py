"""Refresh the app pictures used in README.md and the apps gallery: serve the apps with
`score-lab apps` (Voila), shoot in Chromium.

    .venv/bin/python docs/make_screenshots.py                        # every app, then the gallery
    .venv/bin/python docs/make_screenshots.py safety_triage.ipynb    # only this one
    .venv/bin/python docs/make_screenshots.py gallery                # only the gallery page
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from playwright.sync_api import Page, sync_playwright

from score_helpers.course.voila_server import apps_command, free_port, serve

REPO = Path(__file__).resolve().parents[1]


# What a participant pastes back from the chat assistant on their phone (the "phone route"),
# used when the tiny offline model's drafts are refused for repeating themselves.
PHONE_ANSWER = ("## Why this matters\n- Forklifts and people share the warehouse aisles.\n"
                "## The hazards\n- Blind corners near the warehouse.\n"
                "## How we stay safe\n- Sound the horn at every corner.\n"
                "- Walk only in the marked lanes.\n"
                "## Questions for the team\n- Where are the blind corners on your route?")


def draft_a_toolbox_talk(page: Page) -> None:
    """Fill the document assistant's form and ask the offline model for a short draft; when
    the tiny model's drafts are refused (they repeat themselves), paste an answer as from the
    chat assistant on a phone instead. Sign the review off when the checklist flags a line,
    so the files are offered."""
    page.locator(".doc-assist-kind select").select_option(label="Toolbox talk")
    page.locator(".doc-assist-field-topic input").fill("Safe use of the forklift")
    page.locator(".doc-assist-field-hazards textarea").fill(
        "Blind corners near the warehouse. Report near misses to 0917 123 4567.")
    page.locator(".doc-assist-field-controls textarea").fill("Sound the horn at every corner.")
    page.locator(".doc-assist-field-controls textarea").press("Tab")
    page.locator(".doc-assist-length button", has_text="Short").click()
    ready = ("() => document.querySelector('a.doc-assist-download-md') || "
             "(document.querySelector('.doc-assist-signoff') || {}).offsetParent || "
             "document.querySelector('.doc-assist-notice .doc-assist-error')")
    for _attempt in range(2):
        page.locator(".doc-assist-generate").click()
        page.wait_for_function(ready, timeout=180_000)
        page.locator(".doc-assist-busy").wait_for(state="detached", timeout=180_000)
        if not page.locator(".doc-assist-notice .doc-assist-error").count():
            break
    else:
        paste = page.locator(".doc-assist-paste textarea")
        paste.fill(PHONE_ANSWER)
        paste.press("Tab")
        page.locator(".doc-assist-use-pasted").click()
        page.wait_for_function(ready.replace(
            " || document.querySelector('.doc-assist-notice .doc-assist-error')", ""),
            timeout=60_000)
    if page.locator(".doc-assist-signoff").is_visible():
        page.locator(".doc-assist-signoff-tick input").check()
        page.locator(".doc-assist-signoff-name input").fill("Rosa Reyes")
    page.locator("a.doc-assist-download-md").wait_for(timeout=60_000)


def wait_for_the_chart(page: Page) -> None:
    """Wait until the simulator's chart image has loaded and nothing is updating."""
    page.wait_for_function("(() => { const img = document.querySelector('img.msim-chart');"
                           " return img && img.complete && img.naturalWidth > 0; })()",
                           timeout=90_000)
    page.wait_for_timeout(1500)


def triage_a_report(page: Page) -> None:
    """Type a Taglish near miss into the safety triage app and let it suggest (not save)."""
    page.locator(".safety-factory input").fill("garments")
    page.locator(".safety-line input").fill("Line C")
    page.locator(".safety-report textarea").fill(
        "Muntik maipit ang daliri ni kuya sa sewing machine, walang guard")
    page.locator(".safety-classify").click()
    page.wait_for_selector(".safety-level-word", timeout=30_000)
    page.wait_for_function("(() => { const img = document.querySelector("
                           "'img.safety-summary-chart'); return img && img.complete && "
                           "img.naturalWidth > 0; })()", timeout=30_000)
    page.wait_for_timeout(500)


def example_safety_log(path: Path) -> Path:
    """A practice log for the picture: the last eight weeks of one factory's reports from
    incident_reports.csv, rated as the app suggests. The real log is never touched."""
    from score_helpers import data
    from score_helpers.safety import hirac_suggest
    from score_helpers.safety import log as safety_log
    from score_helpers.safety import triage as safety_triage

    reports = data.load("incident_reports").query("factory == 'garments'")
    recent = reports[reports["date"] > reports["date"].max() - pd.Timedelta(weeks=8)]
    model = safety_triage.train_triage()
    for row in recent.itertuples():
        triage = model.classify(row.description)
        rating = hirac_suggest.suggest_rating(row.hazard_category, row.report_type).rating
        safety_log.append_report(path, {
            "date": row.date.date(), "factory": row.factory, "line": row.line,
            "report_type": row.report_type, "hazard_category": row.hazard_category,
            "description": row.description, "days_lost": row.days_lost,
            "suggested_category": triage.category, "confidence": triage.confidence,
            "likelihood": rating.likelihood, "severity": rating.severity})
    return path


# notebook → (what shows the app is ready, what to do before the picture, viewport height)
APPS: dict[str, tuple[str, Callable[[Page], None] | None, int]] = {
    "kpi_snapshot.ipynb": (".kpi-snapshot-table", None, 430),
    "document_assistant.ipynb": (".doc-assist-kind select", draft_a_toolbox_talk, 2750),
    "maintenance_simulator.ipynb": ("img.msim-chart[src^=\"blob:\"]", wait_for_the_chart, 1500),
    "safety_triage.ipynb": ("button.safety-classify:not(:disabled)", triage_a_report, 2160),
    "kpi_dashboard.ipynb": (".kpi-dash-trend", lambda page: page.wait_for_timeout(1500), 1400),
    "trainer_dashboard.ipynb": ("table.trainer-grid", None, 1000),
}


def main(only: list[str]) -> None:
    """Take one PNG per app into docs/images/ (only the notebooks named, if any are)."""
    port = free_port()
    scratch = Path(tempfile.mkdtemp())
    from score_helpers.grading.sample_class import write_sample_class

    env = dict(os.environ, SCORE_SAFETY_LOG=str(example_safety_log(scratch / "log.csv")),
               SCORE_PROGRESS_DIR=str(scratch / "class"),
               SCORE_GRADES_CSV=str(write_sample_class(scratch / "class")))
    try:
        with serve(apps_command(port), port, log_path=scratch / "apps.log", env=env,
                   timeout=120) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=["--no-sandbox", "--disable-gpu"])
            for notebook, (ready, action, height) in APPS.items():
                if only and notebook not in only:
                    continue
                page = browser.new_page(viewport={"width": 900, "height": height})
                page.goto(f"{base}/voila/render/{notebook}", timeout=90_000)
                page.wait_for_selector(ready, timeout=90_000)
                if action:
                    action(page)
                target = REPO / "docs" / "images" / notebook.replace(".ipynb", ".png")
                page.evaluate("window.scrollTo(0, 0)")   # from the title down
                page.screenshot(path=str(target))
                print(f"wrote {target}")
            if not only or "gallery" in only:
                page = browser.new_page(viewport={"width": 1100, "height": 900})
                page.goto(f"{base}/", wait_until="networkidle")
                target = REPO / "docs" / "images" / "apps_gallery.png"
                page.screenshot(path=str(target), full_page=True)
                print(f"wrote {target}")
            browser.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

if __name__ == "__main__":
    main(sys.argv[1:])
