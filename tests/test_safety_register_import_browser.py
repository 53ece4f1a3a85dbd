"""The safety triage app imports a register in real headless Chromium, served by Voila, in
English and in Filipino: the hand-made Excel register is uploaded through the app's button,
the suggested columns are confirmed, one suggested category is changed and one report left
out in the table, the "Incident" rows get a type, and the log (SCORE_SAFETY_LOG, a
temporary file) gets exactly the confirmed reports."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.course.voila_server import free_port, serve, voila_command
from score_helpers.safety import log as safety_log
from score_helpers.widgets.safety_triage.labels import category_name, text

pytestmark = pytest.mark.browser

REGISTER = Path(__file__).parent / "data" / "factory_files" / "incident_register.xlsx"
RENDER_TIMEOUT_MS = 90_000
CHANGE_TIMEOUT_MS = 30_000
READY = "button.safety-classify:not(:disabled)"
REPORTS_WITH_TEXT = 32
LEFT_OUT = "MUNTIKAN MATAMAAN NG FORKLIFT sa loading bay"     # No. 2, unticked
REPORTERS = ("R. Santos", "Jun Reyes", "Maricel D.", "A. Cruz")
PEOPLE_DECIDE = {"en": "AI suggests, people decide",
                 "fil": "AI ang nagmumungkahi, tao ang nagpapasya"}


@pytest.fixture(scope="module")
def voila_filipino(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The apps served in Filipino (SCORE_LANG=fil), with their own temporary safety log."""
    log = tmp_path_factory.mktemp("safety_fil") / "safety_log.csv"
    port = free_port()
    env = dict(os.environ, SCORE_LANG="fil", SCORE_SAFETY_LOG=str(log))
    command = voila_command("apps/", port, ["--VoilaConfiguration.show_tracebacks=True"])
    with serve(command, port, env=env,
               log_path=tmp_path_factory.mktemp("voila_fil") / "voila.log") as base:
        yield base, log


@pytest.fixture(params=["en", "fil"])
def served(request: pytest.FixtureRequest) -> tuple[str, str, Path]:
    """(language, Voila's base URL, the log that Voila's app writes)."""
    if request.param == "fil":
        return ("fil", *request.getfixturevalue("voila_filipino"))
    return "en", request.getfixturevalue("voila_url"), request.getfixturevalue(
        "voila_safety_log")


def upload(page: object, path: Path) -> None:
    """Give the file to the upload button through the file chooser its click opens."""
    with page.expect_file_chooser(timeout=CHANGE_TIMEOUT_MS) as chooser:
        page.locator(".safety-register-upload").click()
    chooser.value.set_files(str(path))


def choose_missing_types(page: object, label: str) -> int:
    """Give every shown report still on "Choose…" the type `label`; how many there were."""
    selects = page.locator(".safety-import-type select:visible")
    missing = [i for i in range(selects.count())
               if selects.nth(i).evaluate("s => s.selectedIndex") == 0]
    for i in missing:
        selects.nth(i).select_option(label)
    return len(missing)


def test_a_register_is_uploaded_checked_and_only_the_confirmed_reports_are_logged(
        page: object, served: tuple[str, str, Path]) -> None:
    lang, url, log_path = served
    before = len(safety_log.read_log(log_path))
    page.goto(f"{url}/voila/render/safety_triage.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector(READY, timeout=RENDER_TIMEOUT_MS)
    people_decide = page.locator(".safety-people-decide")
    assert PEOPLE_DECIDE[lang] in people_decide.inner_text()

    upload(page, REGISTER)
    page.wait_for_selector(".score-column-mapper", timeout=CHANGE_TIMEOUT_MS)
    mapper = page.locator(".score-column-mapper").inner_text()
    assert "[NAME]" in mapper and not any(name in mapper for name in REPORTERS)
    page.locator(".safety-register-use-columns").click()
    page.wait_for_selector(".safety-import-table", timeout=CHANGE_TIMEOUT_MS)
    assert "No. 33, 34, 35" in page.locator(".safety-register-notes").inner_text()

    suggested = page.locator(".safety-import-suggestion [data-category]").first.get_attribute(
        "data-category")
    changed = "housekeeping" if suggested != "housekeeping" else "other"
    page.locator(".safety-import-category select").first.select_option(
        category_name(changed, lang))
    page.locator(".safety-import-add input[type=checkbox]").nth(1).uncheck()
    first_aid = text(lang, "type_first_aid")
    chosen = choose_missing_types(page, first_aid)
    page.locator(".safety-import-next").click()
    page.wait_for_function(
        "() => (document.querySelector('.safety-import-where') || {}).innerText"
        "?.includes('21–32')", timeout=CHANGE_TIMEOUT_MS)
    chosen += choose_missing_types(page, first_aid)
    assert chosen == 11, "the 'Incident' rows and the one with no type"
    assert PEOPLE_DECIDE[lang] in people_decide.inner_text(), "still visible while checking"
    assert not log_path.exists() or len(safety_log.read_log(log_path)) == before

    page.locator(".safety-register-add").click()
    page.wait_for_selector(".safety-register-message .safety-saved-msg",
                           timeout=CHANGE_TIMEOUT_MS)
    log = safety_log.read_log(log_path)
    new = log.iloc[before:]
    assert len(new) == REPORTS_WITH_TEXT - 1
    assert LEFT_OUT not in new["description"].tolist()
    first = new.iloc[0]
    assert first["description"] == "nadulas sa basang sahig sa cutting area, walang signage"
    assert (first["hazard_category"], first["suggested_category"]) == (changed, suggested)
    burn = new[new["description"] == "napaso sa steam iron"].iloc[0]
    assert (burn["report_type"], burn["line"]) == ("first_aid", "Pressing")
    written = log_path.read_text(encoding="utf-8-sig")
    assert not any(name in written for name in (*REPORTERS, "Kuya Ben"))
    page.wait_for_selector(".safety-summary td.safety-reports", timeout=CHANGE_TIMEOUT_MS)
    assert PEOPLE_DECIDE[lang] in people_decide.inner_text()
    assert "Traceback" not in page.content()
    assert page.js_errors == []
