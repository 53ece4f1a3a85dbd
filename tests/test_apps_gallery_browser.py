"""`score-lab apps` in real headless Chromium: the gallery's cards, and a card opens its app."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from score_helpers.course.voila_server import apps_command, free_port, serve
from score_helpers.widgets.gallery import APPS, LABELS

pytestmark = pytest.mark.browser

RENDER_TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def gallery_url(tmp_path_factory: pytest.TempPathFactory, voila_progress_dir: Path,
                voila_safety_log: Path) -> Iterator[str]:
    """`score-lab apps --no-browser` on 127.0.0.1 and a free port; yield its base URL."""
    port = free_port()
    env = dict(os.environ, SCORE_LANG="en", SCORE_PROGRESS_DIR=str(voila_progress_dir),
               SCORE_SAFETY_LOG=str(voila_safety_log))
    with serve(apps_command(port), port, env=env,
               log_path=tmp_path_factory.mktemp("gallery") / "gallery.log") as base:
        yield base


def open_gallery(page: object, url: str) -> list[str]:
    """Open the gallery at url; return every address the page asked for."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, timeout=RENDER_TIMEOUT_MS)
    page.locator("li.app-card").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    return requests


def test_the_gallery_shows_one_card_per_app_with_its_picture(page: object,
                                                             gallery_url: str) -> None:
    requests = open_gallery(page, f"{gallery_url}/")
    assert page.locator("h1").inner_text() == LABELS["en"]["page_title"]
    cards = page.locator("li.app-card")
    assert cards.count() == len(APPS)
    for position, app in enumerate(APPS):
        card = cards.nth(position)
        assert card.get_attribute("data-app") == app.name
        assert card.locator(".app-title").inner_text() == app.en.title
        assert card.locator(".app-description").inner_text() == app.en.description
        assert app.en.audience in card.locator(".app-audience").inner_text()
        if app.image:
            card.scroll_into_view_if_needed()
            picture = card.locator(".app-picture img")
            page.wait_for_function("img => img.complete && img.naturalWidth > 100",
                                   arg=picture.element_handle(), timeout=10_000)
        else:
            icon = card.locator(".app-icon svg")
            assert icon.bounding_box()["width"] >= 64, f"{app.name}: the icon is not drawn"
    outside = [url for url in requests if not url.startswith(gallery_url)]
    assert not outside, f"the gallery must work offline, but it asked for {outside}"
    assert page.js_errors == []


def test_the_gallery_speaks_filipino(page: object, gallery_url: str) -> None:
    open_gallery(page, f"{gallery_url}/?lang=fil")
    assert page.locator("h1").inner_text() == LABELS["fil"]["page_title"]
    first = page.locator("li.app-card").first
    assert first.locator(".app-title").inner_text() == APPS[0].fil.title
    page.locator(".lang a", has_text="English").click()
    page.locator("h1", has_text=LABELS["en"]["page_title"]).wait_for(timeout=10_000)


def test_clicking_a_card_opens_its_app(page: object, gallery_url: str) -> None:
    open_gallery(page, f"{gallery_url}/")
    page.locator("li.app-card[data-app='kpi_snapshot'] a").click()
    page.locator(".kpi-snapshot-table").wait_for(timeout=RENDER_TIMEOUT_MS)
    assert page.url.startswith(f"{gallery_url}/voila/render/kpi_snapshot.ipynb")
    assert page.js_errors == []
