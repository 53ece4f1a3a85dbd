"""The laptop check reads as a short checklist; the quiet JupyterLab settings are right.

The browser half (news pop-up, nbgrader panels, the Details toggle in JupyterLab) is in
tests/test_quiet_lab_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from score_helpers import cli
from score_helpers.course import checklist, doctor, quiet_lab
from score_helpers.i18n import text

PACKAGES = ("jupyterlab 4.6.6", "nbgrader 0.9.6", "pandas 3.1.1")


def fake(name: str, ok: bool = True, detail: str = "fine", fix: str = "",
         **facts: object) -> object:
    """A check that returns a fixed result."""
    return lambda: doctor.Check(name, ok, detail, fix, dict(facts))


ALL_GOOD = (fake("Python", version="3.11.7"), fake("Packages", detail=", ".join(PACKAGES)),
            fake("Jupyter kernel"), fake("Datasets", files=11),
            fake("Language model in use", detail="offline · model smollm2"),
            fake("Apps", apps=6), fake("Disk", free="75", need=2),
            fake("Memory", total="8", need=4))


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No provider configured: the model line is about the embedded offline model."""
    from tests.test_welcome_lessons import PROVIDER_VARIABLES

    for name in PROVIDER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "installed_packages", lambda: (list(PACKAGES), []))


def marked_lines(text_out: str) -> list[str]:
    return [line for line in text_out.splitlines() if line.startswith(("✔", "✘"))]


def test_a_good_laptop_reads_as_seven_plain_lines_and_no_package_list(packages: None) -> None:
    report = checklist.laptop_check(checks=ALL_GOOD, lang="en")
    short = report.as_text()
    assert marked_lines(short) == [
        "✔ Python: version 3.11.7, ready",
        "✔ The course package: installed, and the notebooks can use it",
        "✔ The practice data: 11 files, all complete",
        "✔ The AI model: ready",
        "✔ The apps: 6 apps, ready to open in your browser",
        "✔ Disk space: 75 GB free",
        "✔ Memory: 8 GB, enough",
    ]
    assert "All set" in short and report.ok
    for package in PACKAGES:
        assert package not in short
    detailed = report.as_text(details=True)
    for package in PACKAGES:
        assert f"  {package}" in detailed.splitlines()
    assert "✔ Language model in use: offline · model smollm2" in detailed


def test_a_problem_gets_a_cross_its_fix_and_a_count(packages: None) -> None:
    checks = (*ALL_GOOD[:6], fake("Disk", False, "1.2 GB free", "Delete big files.",
                                  free="1.2", need=2), ALL_GOOD[7])
    report = checklist.laptop_check(checks=checks, lang="en")
    short = report.as_text()
    assert "✘ Disk space: only 1.2 GB free; the course needs 2 GB" in short
    assert "    fix: Delete big files." in short
    assert "1 to fix. Show this list to your trainer." in short
    assert not report.ok


def test_a_crashing_check_still_gives_a_plain_line(packages: None) -> None:
    def check_memory() -> doctor.Check:
        raise RuntimeError("boom")

    report = checklist.laptop_check(checks=(*ALL_GOOD[:7], check_memory), lang="en")
    lines = marked_lines(report.as_text())
    assert lines[-1] == "✘ Memory: not enough"
    assert "the check itself failed" in report.as_text(details=True)


def test_trainer_checks_are_named_for_the_trainer(packages: None) -> None:
    checks = (*ALL_GOOD, fake("Grading sandbox", False, "basic mode", "Install bubblewrap."))
    short = checklist.laptop_check(checks=checks, lang="en").as_text()
    assert "✘ For the trainer · Grading sandbox: basic mode" in short
    assert "fix: Install bubblewrap." in short


def test_in_a_notebook_the_package_list_sits_behind_a_details_toggle(packages: None) -> None:
    page = checklist.laptop_check(checks=ALL_GOOD, lang="en")._repr_html_()
    before, toggle = page.split("<details>", 1)
    assert "✔" in before and "Python: version 3.11.7, ready" in before
    assert "<summary>Details (for the trainer)</summary>" in toggle
    for package in PACKAGES:
        assert package not in before and package in toggle
    assert "</details>" in toggle and "✘" not in page


def test_filipino_checklist_uses_the_filipino_table(packages: None) -> None:
    checks = (*ALL_GOOD[:6], fake("Disk", False, "1.2 GB free", "Delete big files.",
                                  free="1.2", need=2), ALL_GOOD[7])
    english = marked_lines(checklist.laptop_check(checks=checks, lang="en").as_text())
    filipino_text = checklist.laptop_check(checks=checks, lang="fil").as_text()
    filipino = marked_lines(filipino_text)
    assert len(filipino) == len(english) == 7
    assert filipino[2] == "✔ Ang practice data: 11 file, kumpleto lahat"
    assert filipino[5] == ("✘ Disk space: 1.2 GB na lang ang bakante; kailangan ng course "
                           "ng 2 GB")
    assert "Ipakita ang listahang ito sa trainer mo." in filipino_text
    changed = sum(f != e for f, e in zip(filipino, english, strict=True))
    assert changed >= 6   # only "Python … version" may read alike


def test_score_lab_doctor_prints_the_short_list_and_the_details_on_request(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        packages: None) -> None:
    monkeypatch.setattr(doctor, "ALL_CHECKS", ALL_GOOD)
    assert cli.main(["doctor", "--skip-model", "--skip-browser"]) == 0
    short = capsys.readouterr().out
    assert len(marked_lines(short)) == 7 and "nbgrader 0.9.6" not in short
    assert "score-lab doctor --details" in short
    assert cli.main(["doctor", "--details"]) == 0
    assert "nbgrader 0.9.6" in capsys.readouterr().out


def test_the_real_quick_check_passes_here_with_every_line(offline: None) -> None:
    report = checklist.laptop_check()
    assert [line.key for line in report.lines] == list(checklist.LINES), report.as_text()
    assert report.ok, report.as_text(details=True)


# ---- the quiet JupyterLab settings ---------------------------------------------------------

def test_install_writes_the_quiet_settings_and_keeps_other_ones(tmp_path: Path) -> None:
    labconfig = tmp_path / "etc" / "jupyter" / "labconfig"
    labconfig.mkdir(parents=True)
    (labconfig / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"some-other:plugin": True}, "other": 1}))
    quiet_lab.install(tmp_path)
    quiet_lab.install(tmp_path)   # twice: still the same
    page = json.loads((labconfig / "page_config.json").read_text())
    assert page["other"] == 1
    assert page["disabledExtensions"] == {"some-other:plugin": True,
                                          **dict.fromkeys(quiet_lab.NBGRADER_AUTHORING, True)}
    overrides = json.loads((labconfig / "default_setting_overrides.json").read_text())
    assert overrides[quiet_lab.NOTIFICATION_PLUGIN]["fetchNews"] == "false"
    trainer = json.loads((quiet_lab.trainer_config_path(tmp_path) / "labconfig"
                          / "page_config.json").read_text())
    assert trainer["disabledExtensions"] == dict.fromkeys(quiet_lab.NBGRADER_AUTHORING, False)


def test_the_disabled_plugins_are_the_installed_nbgraders_own() -> None:
    """A renamed plugin in a newer nbgrader would silently come back: fail here instead."""
    import nbgrader

    bundle = Path(nbgrader.__file__).parent / "labextension" / "static"
    if not bundle.is_dir():
        bundle = Path(quiet_lab.sys.prefix, "share/jupyter/labextensions/@jupyter/nbgrader/static")
    ids = set()
    for script in bundle.glob("*.js"):
        ids |= set(re.findall(r'id:"(@jupyter/nbgrader:[a-z-]+)"', script.read_text()))
    assert ids, f"no nbgrader plugins found in {bundle}"
    assert set(quiet_lab.NBGRADER_AUTHORING) == ids


def test_the_news_setting_is_one_jupyterlab_knows() -> None:
    schema = json.loads((Path(quiet_lab.sys.prefix) / "share/jupyter/lab/schemas/@jupyterlab"
                         / "apputils-extension/notification.json").read_text())
    allowed = {choice["const"] for choice in schema["properties"]["fetchNews"]["oneOf"]}
    assert quiet_lab.QUIET_SETTINGS[quiet_lab.NOTIFICATION_PLUGIN]["fetchNews"] in allowed
    assert schema["properties"]["fetchNews"]["default"] == "none"   # else nothing to turn off


def test_the_trainer_layer_goes_first_and_participants_get_none() -> None:
    trainer = quiet_lab.lab_environment(True, base={"JUPYTER_CONFIG_PATH": "/elsewhere"})
    assert trainer["JUPYTER_CONFIG_PATH"].split(":")[0] == str(quiet_lab.trainer_config_path())
    assert "JUPYTER_CONFIG_PATH" not in quiet_lab.lab_environment(False, base={})
    assert quiet_lab.lab_command(["--no-browser"])[-2:] == ["--no-browser",
                                                            quiet_lab.FIRST_NOTEBOOK]


def test_the_class_hub_gives_nbgrader_to_trainers_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_deploy import load_hub_config

    env = load_hub_config(tmp_path, monkeypatch).Spawner.environment
    participant = SimpleNamespace(user=SimpleNamespace(name="ana", admin=False))
    trainer = SimpleNamespace(user=SimpleNamespace(name="trainer", admin=True))
    assert env["JUPYTER_CONFIG_PATH"](participant) == ""
    layer = Path(env["JUPYTER_CONFIG_PATH"](trainer))
    assert layer == quiet_lab.trainer_config_path()
    page = json.loads((layer / "labconfig" / "page_config.json").read_text())
    assert not any(page["disabledExtensions"].values())


def test_the_words_exist_in_both_languages_with_a_plain_twin_for_each_number() -> None:
    from score_helpers.i18n import en_trainer

    for key in ("heading", "all_good", "details", "fix"):
        assert text(f"course.doctor.{key}", "fil") != text(f"course.doctor.{key}", "en")
    for key, sentence in en_trainer.DOCTOR.items():
        if "{" in sentence and key.startswith(("ok_", "bad_")):
            assert f"{key}_plain" in en_trainer.DOCTOR, key
