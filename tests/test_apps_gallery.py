"""The apps gallery's list matches the files: every app has a card, every card an app."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import jinja2
import pytest

from score_helpers.cli import build_parser
from score_helpers.widgets import gallery as apps_gallery
from score_helpers.widgets.gallery import APPS, LABELS, LANGUAGES
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
TEMPLATE_DIR = apps_gallery.JUPYTER_SHARE / "voila" / "templates" / apps_gallery.TEMPLATE


def test_every_app_notebook_has_exactly_one_card() -> None:
    notebooks = sorted(path.stem for path in (REPO / "apps").glob("*.ipynb"))
    names = [app.name for app in APPS]
    assert notebooks, "apps/ should hold the Voila apps"
    assert len(names) == len(set(names)), f"an app has two cards: {names}"
    missing = sorted(set(notebooks) - set(names))
    assert not missing, f"add these apps to score_helpers/widgets/gallery.py APPS: {missing}"
    unknown = sorted(set(names) - set(notebooks))
    assert not unknown, f"these cards have no notebook in apps/: {unknown}"


def test_every_card_has_a_picture_that_exists_or_an_icon() -> None:
    for app in APPS:
        if app.image:
            assert (apps_gallery.IMAGES_DIR / app.image).is_file(), f"{app.name}: no {app.image}"
        assert app.icon in apps_gallery.ICONS, f"{app.name}: no icon named {app.icon!r}"


def test_every_card_has_english_and_filipino_words() -> None:
    for app in APPS:
        for lang in LANGUAGES:
            words = app.text(lang)
            assert all((words.title, words.description, words.audience)), (app.name, lang)
            assert len(words.description) < 260, f"{app.name}: keep the description to a line"
        assert app.fil.description != app.en.description, f"{app.name}: translate it"
    assert set(LABELS["fil"]) == set(LABELS["en"]), "the label tables should have the same keys"


def test_the_audience_matches_the_readme_apps_table() -> None:
    """The README's table and the gallery say who each app is for in the same words."""
    for app in APPS:
        row = re.search(rf"^\| `apps/{app.notebook}` \| ([^|]+) \|", README, re.MULTILINE)
        assert row, f"README's apps table has no row for apps/{app.notebook}"
        assert row.group(1).strip() == app.en.audience, (
            f"{app.name}: README says it is for {row.group(1).strip()!r}, the gallery says "
            f"{app.en.audience!r}; make them agree")


def render(query: str = "", default: str = "en") -> str:
    """The gallery page as Voila would draw it, without a server."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True)
    page = env.get_template("tree.html").render(
        base_url="/", query=query, **apps_gallery.template_vars(default))
    return html.unescape(page)


@pytest.mark.parametrize(("query", "default", "lang"),
                         [("", "en", "en"), ("", "fil", "fil"), ("lang=fil", "en", "fil"),
                          ("lang=en", "fil", "en")])
def test_the_page_shows_every_card_in_the_chosen_language(query: str, default: str,
                                                           lang: str) -> None:
    page = render(query, default)
    assert f"<title>{LABELS[lang]['page_title']}</title>" in page
    assert page.count('class="app-card"') == len(APPS)
    for app in APPS:
        words = app.text(lang)
        for text in (words.title, words.description, words.audience):
            assert text in page, f"{app.name}: {text!r} is not on the {lang} page"
        assert f'href="/voila/render/{app.notebook}?lang={lang}"' in page  # the app follows
        if app.image:
            assert f'src="/voila/static/{app.image}"' in page


def test_an_app_with_no_screenshot_shows_its_icon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apps_gallery, "APPS", (replace(APPS[0], image=None), *APPS[1:]))
    page = render()
    assert apps_gallery.ICONS[APPS[0].icon] in page
    assert f'src="/voila/static/{APPS[0].image}"' not in page


def test_the_page_needs_no_internet_and_no_javascript() -> None:
    source = (TEMPLATE_DIR / "tree.html").read_text(encoding="utf-8")
    assert "http://" not in source and "https://" not in source
    assert "<script" not in source


def test_an_unknown_language_is_named() -> None:
    with pytest.raises(ValueError, match=r"'xx'.*'en', 'fil'"):
        apps_gallery.gallery_context("xx")


def test_score_lab_apps_options() -> None:
    args = build_parser().parse_args(["apps", "--port", "9001", "--no-browser",
                                      "--Voila.ip=127.0.0.1"])
    assert (args.port, args.no_browser, args.ip) == (9001, True, "127.0.0.1")
    assert args.handler is apps_gallery.run_cli
    defaults = build_parser().parse_args(["apps"])
    assert (defaults.port, defaults.no_browser, defaults.ip) == (8866, False, None)
    argv = apps_gallery.voila_argv(9001, open_browser=False, ip="127.0.0.1")
    assert argv[0] == str(REPO / "apps")
    assert f"--template={apps_gallery.TEMPLATE}" in argv
    assert "--Voila.open_browser=False" in argv
