"""`score-lab apps` shared with a class over the network: a code is needed, and the trainer
dashboard stays with the trainer.

The fast tests check the rules (which addresses need a code, the two codes, the links, the
pages). The browser tests start the real `score-lab apps --ip 0.0.0.0` with the one launcher
and drive it in real headless Chromium; they connect to 127.0.0.1 only (one of this
computer's addresses, so the server listening on every address answers there too).
"""

from __future__ import annotations

import html
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jinja2
import pytest

from score_helpers.cli import build_parser
from score_helpers.course.voila_server import apps_command, free_port, serve
from score_helpers.grading.sample_class import sample_names, write_sample_class
from score_helpers.widgets import gallery, gallery_access
from score_helpers.widgets.gallery import APPS, LABELS, TRAINER_ONLY
from score_helpers.widgets.gallery_access import (
    CLASS,
    TRAINER,
    Access,
    access_for,
    is_loopback,
    say,
    share_links,
    share_message,
)

CLASS_CODE = "class-code-2025-line-b"
RENDER_TIMEOUT_MS = 90_000
TEMPLATE_DIR = gallery.JUPYTER_SHARE / "voila" / "templates" / gallery.TEMPLATE


# ---- the rules, without a server ---------------------------------------------------------

@pytest.mark.parametrize("ip", [None, "127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost",
                                "LOCALHOST", "::ffff:127.0.0.1"])
def test_loopback_addresses_need_no_code(ip: str | None) -> None:
    assert is_loopback(ip)
    assert not access_for(ip).protected


@pytest.mark.parametrize("ip", ["0.0.0.0", "", "::", "192.168.1.20", "10.0.0.5", "fe80::1",
                                "training-room-laptop"])
def test_any_other_address_needs_two_random_codes(ip: str) -> None:
    assert not is_loopback(ip)
    first, second = access_for(ip), access_for(ip)
    assert first.protected and second.protected
    codes = {first.class_token, first.trainer_token, second.class_token, second.trainer_token}
    assert len(codes) == 4, "each code is random and the class and trainer codes differ"
    assert all(len(code) >= 20 for code in codes)


def test_the_trainer_chooses_the_class_code_and_it_protects_even_on_localhost() -> None:
    shared = access_for("0.0.0.0", CLASS_CODE)
    assert shared.class_token == CLASS_CODE and shared.trainer_token not in (None, CLASS_CODE)
    assert access_for("127.0.0.1", CLASS_CODE).protected


def test_a_short_class_code_is_refused_without_repeating_it() -> None:
    with pytest.raises(ValueError, match="--token is too short") as caught:
        access_for("0.0.0.0", "abc12")
    assert "abc12" not in str(caught.value)


def test_no_repr_or_log_of_the_access_shows_a_code() -> None:
    access = access_for("0.0.0.0", CLASS_CODE)
    assert CLASS_CODE not in repr(access) and str(access.trainer_token) not in repr(access)


@pytest.mark.parametrize("lang", ["en", "fil"])
def test_the_terminal_shows_each_code_once_inside_its_link(lang: str) -> None:
    access = Access(class_token=CLASS_CODE, trainer_token="trainer-code-xyz-123")
    message = share_message(access, "192.168.1.20", 8866, lang)
    assert f"http://192.168.1.20:8866/?token={CLASS_CODE}" in message
    assert "http://192.168.1.20:8866/?token=trainer-code-xyz-123" in message
    assert message.count(CLASS_CODE) == 1 and message.count("trainer-code-xyz-123") == 1
    for key in ("share_heading", "share_stop"):
        assert say(key, lang) in message


def test_a_code_with_odd_characters_is_written_safely_into_the_link() -> None:
    class_url, _ = share_links(Access("code with space&x", "t" * 24), "[::1]", 9000)
    assert class_url == "http://[::1]:9000/?token=code%20with%20space%26x"
    assert parse_qs(urlsplit(class_url).query)["token"] == ["code with space&x"]


def test_score_lab_apps_takes_a_token_and_refuses_a_short_one(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["apps", "--ip", "0.0.0.0", "--token", CLASS_CODE])
    assert (args.ip, args.token) == ("0.0.0.0", CLASS_CODE)
    assert build_parser().parse_args(["apps"]).token is None
    started: list[Access] = []
    monkeypatch.setattr(gallery, "serve", lambda **kwargs: started.append(kwargs["access"]))
    assert args.handler(args) == 0
    assert started[0].class_token == CLASS_CODE
    short = build_parser().parse_args(["apps", "--ip", "0.0.0.0", "--token", "abc12"])
    assert short.handler(short) == 2 and len(started) == 1
    printed = capsys.readouterr()
    assert "too short" in printed.err and "abc12" not in printed.out + printed.err


def render_gallery(**variables: object) -> str:
    """The gallery page as Voila draws it, without a server."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True)
    return html.unescape(env.get_template("tree.html").render(
        base_url="/", query="", **gallery.template_vars("en"), **variables))


def test_the_class_does_not_see_the_trainer_card_and_the_trainer_does() -> None:
    assert TRAINER_ONLY == ("trainer_dashboard.ipynb",)
    for_class = render_gallery(score_role=CLASS)
    assert for_class.count('class="app-card"') == len(APPS) - 1
    assert "trainer_dashboard" not in for_class
    assert render_gallery(score_role=TRAINER).count('class="app-card"') == len(APPS)


@pytest.mark.parametrize("path", ["trainer_dashboard.ipynb", "./trainer_dashboard.ipynb",
                                  "/trainer_dashboard.ipynb", "x/../trainer_dashboard.ipynb",
                                  "Trainer_Dashboard.IPYNB", "sub\\trainer_dashboard.ipynb"])
def test_every_spelling_of_the_trainer_dashboard_is_trainer_only(path: str) -> None:
    from score_helpers.widgets.gallery_server import is_trainer_only

    assert is_trainer_only(path, str(gallery.APPS_DIR), TRAINER_ONLY)


def test_a_link_to_the_trainer_dashboard_is_trainer_only_and_other_apps_are_not(
        tmp_path: Path) -> None:
    from score_helpers.widgets.gallery_server import is_trainer_only

    (tmp_path / "trainer_dashboard.ipynb").write_text("{}")
    (tmp_path / "kpi_snapshot.ipynb").write_text("{}")
    (tmp_path / "class_view.ipynb").symlink_to(tmp_path / "trainer_dashboard.ipynb")
    assert is_trainer_only("class_view.ipynb", str(tmp_path), TRAINER_ONLY)
    assert not is_trainer_only("kpi_snapshot.ipynb", str(tmp_path), TRAINER_ONLY)
    assert not is_trainer_only("", str(tmp_path), TRAINER_ONLY)


def test_each_code_makes_its_user_and_a_wrong_one_none() -> None:
    from score_helpers.widgets.gallery_server import ClassIdentityProvider

    provider = ClassIdentityProvider(token=CLASS_CODE, trainer_token="trainer-code-xyz-123")
    assert provider.user_for_token(CLASS_CODE).username == CLASS
    assert provider.user_for_token("trainer-code-xyz-123").username == TRAINER
    for wrong in ("", "nope", CLASS_CODE.upper(), CLASS_CODE + " "):
        assert provider.user_for_token(wrong) is None
    assert provider.user_from_cookie('{"username": "someone", "name": "", "display_name": "", '
                                     '"initials": null, "avatar_url": null, "color": null}') \
        is None


def test_no_log_record_shows_a_code(caplog: pytest.LogCaptureFixture) -> None:
    """tornado writes a failed request's full address in its own warning: hidden too."""
    import logging

    from score_helpers.widgets.gallery_server import hide_in_logs

    original = logging.getLogRecordFactory()
    log = logging.getLogger("tornado.general")
    try:
        hide_in_logs((CLASS_CODE, "tr@iner code", None))
        with caplog.at_level(logging.WARNING):
            log.warning("%d %s", 404, f"GET /x?token={CLASS_CODE} (127.0.0.1)")
            log.warning("GET /?token=tr%40iner%20code and tr@iner code")
            try:
                raise RuntimeError(f"bad {CLASS_CODE}")
            except RuntimeError:
                log.exception("failed")
            log.warning("nothing secret here: %s", "line B")
    finally:
        logging.setLogRecordFactory(original)
    written = caplog.text + "".join(record.exc_text or "" for record in caplog.records)
    assert CLASS_CODE not in written and "tr@iner" not in written and "tr%40iner" not in written
    assert "404 GET /x?token=[secret] (127.0.0.1)" in caplog.text
    assert "bad [secret]" in written and "nothing secret here: line B" in caplog.text


@pytest.mark.parametrize("lang", ["en", "fil"])
def test_the_pages_speak_the_language_and_escape_what_comes_in(lang: str) -> None:
    login = gallery_access.login_page(lang, "/", '/"><script>x</script>', "<input hidden>",
                                      wrong=True)
    assert say("login_title", lang) in html.unescape(login)
    assert say("login_wrong", lang) in html.unescape(login)
    assert "<script>" not in login and "<input hidden>" in login
    refused = gallery_access.trainer_only_page(lang, "/")
    assert f'<html lang="{lang}">' in refused
    assert say("trainer_only_title", lang) in html.unescape(refused)
    assert say("trainer_only_text", lang) in html.unescape(refused)


# ---- the real server in real Chromium ----------------------------------------------------

def trainer_code(log: Path, timeout: float = 30) -> str:
    """The trainer's code, read from the link the server printed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.findall(r"(http://\S+/\?token=\S+)", log.read_text(errors="replace"))
        found = [link for link in found if not link.endswith("token=...")]
        if len(found) == 2:
            class_link, trainer_link = found
            assert parse_qs(urlsplit(class_link).query)["token"] == [CLASS_CODE]
            assert urlsplit(trainer_link).hostname not in ("0.0.0.0", "127.0.0.1", "localhost")
            return parse_qs(urlsplit(trainer_link).query)["token"][0]
        time.sleep(0.2)
    raise AssertionError(f"the server printed no links:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    """`score-lab apps --ip 0.0.0.0 --token CLASS_CODE` with a sample class; yield
    (base URL on 127.0.0.1, the trainer's code, the server's log)."""
    folder = tmp_path_factory.mktemp("network")
    grades_csv = write_sample_class(folder / "progress")
    env = dict(os.environ, SCORE_LANG="en", SCORE_PROGRESS_DIR=str(folder / "progress"),
               SCORE_GRADES_CSV=str(grades_csv), SCORE_SAFETY_LOG=str(folder / "safety.csv"))
    port = free_port()
    log = folder / "apps.log"
    with serve(apps_command(port, ["--token", CLASS_CODE], ip="0.0.0.0"), port, env=env,
               log_path=log) as base:
        yield base, trainer_code(log), log


def no_redirect_status(url: str) -> tuple[int, str]:
    """The status and Location of a GET to url, without following a redirect."""
    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    try:
        with urllib.request.build_opener(Keep).open(url, timeout=10) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", "")


def assert_no_class_data(page: object) -> None:
    """No name and no grid of the class is on the page."""
    content = page.content()
    assert "trainer-grid" not in content
    for name in sample_names(12):
        assert html.escape(name) not in content and name not in content, name


@pytest.mark.browser
def test_without_a_code_nothing_opens(page: object, shared: tuple[str, str, Path]) -> None:
    base, _, _ = shared
    for path in ("/", "/voila/render/kpi_snapshot.ipynb",
                 "/voila/render/trainer_dashboard.ipynb", "/?token=wrong-code-123"):
        status, location = no_redirect_status(base + path)
        assert status == 302 and location.startswith("/login?"), (path, status, location)
    assert no_redirect_status(base + "/voila/api/contents/")[0] == 403
    for path in ("/", "/voila/render/kpi_snapshot.ipynb", "/voila/render/trainer_dashboard.ipynb"):
        page.goto(base + path, timeout=RENDER_TIMEOUT_MS)
        assert page.locator("h1").inner_text() == say("login_title", "en")
        assert page.locator("li.app-card").count() == 0
        assert page.locator(".kpi-snapshot-table").count() == 0
        assert_no_class_data(page)
    page.fill("#code", "wrong-code-123")
    page.click("button[type=submit]")
    page.locator(".wrong", has_text=say("login_wrong", "en")).wait_for(timeout=10_000)
    assert page.locator("li.app-card").count() == 0
    assert page.js_errors == []


@pytest.mark.browser
def test_the_class_code_opens_the_factory_apps_but_not_the_trainer_dashboard(
        page: object, shared: tuple[str, str, Path]) -> None:
    base, _, _ = shared
    page.goto(f"{base}/?token={CLASS_CODE}", timeout=RENDER_TIMEOUT_MS)
    cards = page.locator("li.app-card")
    cards.first.wait_for(timeout=RENDER_TIMEOUT_MS)
    assert page.locator("h1").inner_text() == LABELS["en"]["page_title"]
    shown = [cards.nth(i).get_attribute("data-app") for i in range(cards.count())]
    assert shown == [app.name for app in APPS if not app.trainer_only]
    assert "trainer_dashboard" not in page.content()

    page.locator("li.app-card[data-app='kpi_snapshot'] a").click()
    page.locator(".kpi-snapshot-table").wait_for(timeout=RENDER_TIMEOUT_MS)

    for lang in ("en", "fil"):
        response = page.goto(f"{base}/voila/render/trainer_dashboard.ipynb?lang={lang}",
                             timeout=RENDER_TIMEOUT_MS)
        assert response.status == 403
        assert page.locator("h1").inner_text() == say("trainer_only_title", lang)
        assert say("trainer_only_text", lang) in page.locator("main").inner_text()
        assert "Traceback" not in page.content()
        assert_no_class_data(page)
    page.locator("a", has_text=say("back", "fil")).click()
    page.locator("li.app-card").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    assert page.js_errors == []


@pytest.mark.browser
def test_typing_the_class_code_opens_the_gallery(page: object,
                                                 shared: tuple[str, str, Path]) -> None:
    base, _, _ = shared
    page.goto(f"{base}/?lang=fil", timeout=RENDER_TIMEOUT_MS)
    assert page.locator("h1").inner_text() == say("login_title", "fil")
    page.fill("#code", CLASS_CODE)
    page.click("button[type=submit]")
    page.locator("li.app-card").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    assert page.locator("h1").inner_text() == LABELS["fil"]["page_title"]
    assert page.locator("li.app-card[data-app='trainer_dashboard']").count() == 0


@pytest.mark.browser
def test_the_trainer_link_opens_the_trainer_dashboard(page: object,
                                                      shared: tuple[str, str, Path]) -> None:
    base, code, _ = shared
    page.goto(f"{base}/?token={code}", timeout=RENDER_TIMEOUT_MS)
    page.locator("li.app-card").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    assert page.locator("li.app-card").count() == len(APPS)
    page.locator("li.app-card[data-app='trainer_dashboard'] a").click()
    grid = page.locator("table.trainer-grid")
    grid.wait_for(timeout=RENDER_TIMEOUT_MS)
    for name in sample_names(12):
        assert name in grid.inner_text()
    assert page.js_errors == []


@pytest.mark.browser
def test_each_code_is_printed_once_and_logged_nowhere(page: object,
                                                      shared: tuple[str, str, Path]) -> None:
    base, code, log = shared
    for token in (CLASS_CODE, code):   # a refused page and a wrong path log the request too
        page.goto(f"{base}/voila/render/trainer_dashboard.ipynb?token={token}&lang=en",
                  timeout=RENDER_TIMEOUT_MS)
        page.goto(f"{base}/voila/render/no_such_app.ipynb?token={token}",
                  timeout=RENDER_TIMEOUT_MS)
    written = log.read_text(errors="replace")
    assert written.count(CLASS_CODE) == 1, "the class code is shown once, in its link"
    assert written.count(code) == 1, "the trainer's code is shown once, in its link"
    assert "token=[secret]" in written
