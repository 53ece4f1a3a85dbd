"""`score-lab apps` keeps one preheated kernel per app unless told not to (--no-preheat or
SCORE_APPS_PREHEAT=0); the choice reaches Voila's options."""

from __future__ import annotations

import argparse

import pytest

from score_helpers.widgets import gallery


def options(argv: list[str]) -> dict[str, str]:
    """Voila's --Name=value options of `argv` as a dict."""
    return dict(part[2:].split("=", 1) for part in argv if part.startswith("--") and "=" in part)


def test_the_apps_are_served_with_one_preheated_kernel_each_by_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(gallery.PREHEAT_ENV, raising=False)
    assert gallery.preheat_wanted(available_mb=8000)
    served = options(gallery.voila_argv(8866, open_browser=False))
    assert served["VoilaConfiguration.preheat_kernel"] == "True"
    assert served["VoilaConfiguration.default_pool_size"] == str(gallery.POOL_SIZE) == "1"


@pytest.mark.parametrize("setting", ["0", "no", "False", " off "])
def test_the_environment_turns_preheating_off(monkeypatch: pytest.MonkeyPatch,
                                              setting: str) -> None:
    monkeypatch.setenv(gallery.PREHEAT_ENV, setting)
    assert not gallery.preheat_wanted()


def test_preheating_is_forced_on_by_the_environment_and_off_by_the_flag(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gallery.PREHEAT_ENV, "1")
    assert gallery.preheat_wanted(available_mb=100)
    assert not gallery.preheat_wanted(no_preheat=True)


def test_with_little_free_memory_nothing_is_preheated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(gallery.PREHEAT_ENV, raising=False)
    needed = gallery.pool_mb() + gallery.HEADROOM_MB
    assert gallery.pool_mb() == gallery.KERNEL_MB * len(gallery.APPS)
    assert gallery.preheat_wanted(available_mb=needed)
    assert not gallery.preheat_wanted(available_mb=needed - 1)


def test_without_preheating_voila_keeps_no_pool() -> None:
    served = options(gallery.voila_argv(8866, open_browser=False, preheat=False))
    assert served["VoilaConfiguration.preheat_kernel"] == "False"
    assert served["VoilaConfiguration.default_pool_size"] == "0"


@pytest.mark.parametrize(("argv", "environment", "expected"), [
    ([], "1", True), (["--no-preheat"], None, False), (["--no-preheat"], "1", False),
    ([], "0", False), (["--no-browser", "--port", "9000"], "yes", True)])
def test_score_lab_apps_passes_the_choice_to_the_server(
        monkeypatch: pytest.MonkeyPatch, argv: list[str], environment: str | None,
        expected: bool) -> None:
    if environment is None:
        monkeypatch.delenv(gallery.PREHEAT_ENV, raising=False)
    else:
        monkeypatch.setenv(gallery.PREHEAT_ENV, environment)
    served: dict[str, object] = {}
    monkeypatch.setattr(gallery, "serve", lambda **kwargs: served.update(kwargs))
    parser = argparse.ArgumentParser()
    gallery.register_cli(parser.add_subparsers())
    args = parser.parse_args(["apps", *argv])
    assert args.handler(args) == 0
    assert served["preheat"] is expected


@pytest.mark.parametrize(("lang", "words"), [("en", "Little free memory"),
                                             ("fil", "Kulang ang libreng memory")])
def test_the_low_memory_note_is_in_the_chosen_language(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str,
        words: str) -> None:
    """With too little memory for the pool, `score-lab apps` says so in SCORE_LANG, then
    serves without preheated kernels."""
    served: list[bool] = []
    monkeypatch.setenv("SCORE_LANG", lang)
    monkeypatch.delenv(gallery.PREHEAT_ENV, raising=False)
    monkeypatch.setattr(gallery, "preheat_wanted", lambda no_preheat=False: False)
    monkeypatch.setattr(gallery, "serve", lambda **kwargs: served.append(kwargs["preheat"]))
    args = gallery.register_cli(argparse.ArgumentParser().add_subparsers()).parse_args([])
    assert gallery.run_cli(args) == 0
    printed = capsys.readouterr().out
    assert words in printed and f"{gallery.pool_mb()} MB" in printed
    assert served == [False]
