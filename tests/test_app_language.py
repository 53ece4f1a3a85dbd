"""The language a page asks for reaches the app, and an app in Filipino has no English sentence.

- `page_language()` (score_helpers/widgets/common/language.py): ?lang= of the page, else
  SCORE_LANG, else English; a preheated Voila kernel waits for its request once.
- The gallery's links carry the page's language.
- `english_sentences(text)`: the detector the browser walk (test_app_language_browser.py)
  uses. A sentence is English when at least MIN_FUNCTION_WORDS of its words are English
  function words and none is Filipino; the terms trainer/filipino_glossary.md keeps in
  English, and anything in quotes (a heading or an example as typed), are left out first.
- The document assistant and the trainer dashboard built in Filipino: every word of their
  widgets (labels, placeholders, options, HTML) passes the detector; built in English, fail it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import pytest

from score_helpers.drafting.prompts import DOCUMENT_TYPES, FIELD_HINTS
from score_helpers.grading.sample_class import write_sample_class
from score_helpers.i18n import en_documents, fil_documents
from score_helpers.widgets.common import language as page_lang
from score_helpers.widgets.document_assistant import DocumentAssistant
from score_helpers.widgets.trainer_dashboard import build_app as trainer_app
from score_helpers.widgets.trainer_dashboard import say

REPO = Path(__file__).resolve().parents[1]
GLOSSARY = REPO / "trainer" / "filipino_glossary.md"
MIN_FUNCTION_WORDS = 3
NOW = pd.Timestamp("2025-03-14 10:00", tz="UTC")

ENGLISH_FUNCTION_WORDS = frozenset(re.findall(r"\S+", """
the and of to is your with this that for not are you will be from a an in on it by or as
can has have was were what who when which do does there their they here each every only
then than into after before until must should would could yet all its our we us how why
where if so but same been these those more now still any no our about it's don't isn't
"""))
FILIPINO_WORDS = frozenset(re.findall(r"\S+", """
ang ng mga sa na ay ito mo ninyo kung para hindi nang si ni kay ko ka ako siya kami
tayo namin natin niyo nila lang pa din rin po ba mayroon wala walang dito iyan iyon
yung yan ating aming inyong kanyang kapag kasi pero o bawat bago saka habang dahil pag
nasa ano sino paano bakit kailan saan gaya hal tama mali ikaw kayo sila muna lamang ulit
"""))
# Not Filipino words here: "at" and "may", which English sentences use as much ("at the end",
# "may be missing"); a Filipino sentence nearly always has ang, ng, sa or na besides.
TAGLISH_VERB = re.compile(r"^(?:i|mag|nag|ma|pa|na|ipa|pag)-\w")
QUOTED = re.compile(r"'[^'\n]*'|‘[^’\n]*’|“[^”\n]*”|\"[^\"\n]*\"")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s+·\s+|\n+")
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*")


def kept_terms(markdown: str) -> list[str]:
    """The terms the glossary keeps in English: its "Keep in English (checked)" and "Usually
    English" lists (a Filipino word in brackets after a term is left out), longest first."""
    terms: list[str] = []
    for heading in ("Keep in English (checked)", "Usually English"):
        found = re.search(rf"^## {re.escape(heading)}.*?$(.*?)(?=^## |\Z)", markdown,
                          re.MULTILINE | re.DOTALL)
        assert found, f"{GLOSSARY.name} has no '## {heading}' section"
        paragraph = found.group(1).strip().split("\n\n")[-1]
        paragraph = re.sub(r"\([^)]*\)", "", paragraph.replace("\n", " "))
        terms += [term.strip().rstrip(".") for term in paragraph.split(",") if term.strip()]
    return sorted(set(terms), key=len, reverse=True)


KEPT_TERMS = kept_terms(GLOSSARY.read_text(encoding="utf-8"))
KEPT = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(term) for term in KEPT_TERMS)
                  + r")(?:e?s)?(?!\w)", re.IGNORECASE)


def is_english(sentence: str) -> bool:
    """Whether `sentence` reads as English: ≥ MIN_FUNCTION_WORDS English function words and
    not one Filipino word, once kept terms and quoted text are taken out."""
    words = [word.lower() for word in WORD.findall(KEPT.sub(" ", QUOTED.sub(" ", sentence)))]
    if any(word in FILIPINO_WORDS or TAGLISH_VERB.match(word) for word in words):
        return False
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) >= MIN_FUNCTION_WORDS


def english_sentences(text: str) -> list[str]:
    """The English sentences of a page's visible text (lines, then sentences)."""
    pieces = (piece.strip() for piece in SENTENCE_END.split(text))
    return [piece for piece in pieces if piece and is_english(piece)]


# ---- the detector itself ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fill in the boxes marked * to see the text that will be sent.",
    "Press Refresh to read the newest progress of the class.",
    "The files hold the draft as you checked it, with a line at the end.",
    "Nobody is stuck right now, and the class is on time.",
])
def test_an_english_sentence_is_found(sentence: str) -> None:
    assert english_sentences(f"Pamagat\n{sentence}\n") == [sentence]


@pytest.mark.parametrize("sentence", [
    "Punan ang mga kahong may * para makita ang text na ipapadala.",
    "I-check ito bago i-download: the draft is yours.",   # Taglish counts as Filipino
    "Dashboard ng trainer",
    "Model: offline · smollm2-135m-instruct",
    "Near miss, toolbox talk, KPI, defect rate",          # kept terms, no sentence
    "'Safe use of the forklift' ang halimbawa.",
    "✘ Headings: 'What happens next', 'Who can use it'",  # quoted headings as typed
])
def test_filipino_taglish_and_kept_terms_pass(sentence: str) -> None:
    assert english_sentences(sentence) == []


def test_the_glossary_terms_are_read() -> None:
    assert {"KPI", "near miss", "toolbox talk", "download", "draft", "shift"} <= set(KEPT_TERMS)
    assert not any("(" in term for term in KEPT_TERMS)


# ---- the page's language ----------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("lang=fil", "fil"), ("?lang=fil", "fil"), ("token=abc&lang=fil", "fil"),
    ("lang=en", "en"), ("lang=tl", "fil"), ("lang=Filipino", "fil"),
    ("", None), ("lang=", None), ("lang=fr", None), ("xlang=fil", None), ("lang=filipinos", "fil"),
])
def test_the_language_in_a_query_string(query: str, expected: str | None) -> None:
    assert page_lang.language_from_query(query) == expected


@pytest.mark.parametrize(("query", "score_lang", "expected"), [
    ("lang=fil", "en", "fil"),     # the page's address wins
    ("lang=en", "fil", "en"),
    ("", "fil", "fil"),            # else SCORE_LANG
    ("lang=fr", "fil", "fil"),
    ("", "", "en"),                # else English
    ("other=1", None, "en"),
])
def test_the_page_language_order(monkeypatch: pytest.MonkeyPatch, query: str,
                                 score_lang: str | None, expected: str) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    if score_lang is None:
        monkeypatch.delenv("SCORE_LANG", raising=False)
    else:
        monkeypatch.setenv("SCORE_LANG", score_lang)
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    assert page_lang.page_language() == expected
    assert page_lang.page_language(query) == expected


def test_no_query_string_outside_voila_follows_score_lang(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.setenv("SCORE_LANG", "fil")
    assert page_lang.page_language() == "fil"


def test_a_preheated_kernel_waits_once_for_its_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """Voila's pool runs the notebook before the request: QUERY_STRING arrives only when
    the wait returns, and a second wait on Voila's socket would hang, so it waits once."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("SCORE_LANG", raising=False)
    waits: list[int] = []

    def request_arrives() -> None:
        waits.append(1)
        monkeypatch.setenv("QUERY_STRING", "lang=fil")

    assert page_lang.page_language(wait=request_arrives) == "fil"
    assert page_lang.page_language(wait=request_arrives) == "fil"
    assert len(waits) == 1


def test_outside_a_preheated_kernel_voila_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOILA_PREHEAT", "False")
    page_lang._wait_for_voila_request()   # returns at once: no socket, no import of voila
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    called: list[str] = []
    import voila.utils
    monkeypatch.setattr(voila.utils, "wait_for_request", lambda: called.append("waited"))
    page_lang._wait_for_voila_request()
    assert called == ["waited"]


@pytest.mark.parametrize(("queries", "expected"), [
    (("lang=fil",), "fil"),
    (("next=%2Fvoila%2Frender%2Fsafety_triage.ipynb%3Flang%3Dfil",
      "/voila/render/safety_triage.ipynb?lang=fil"), "fil"),   # the login page's next=
    (("", "/voila/render/kpi_snapshot.ipynb?lang=en"), "en"),
    (("xlang=fil",), "en"),
])
def test_the_gallery_pages_read_the_language_as_the_apps_do(
        monkeypatch: pytest.MonkeyPatch, queries: tuple[str, ...], expected: str) -> None:
    from score_helpers.widgets.gallery_access import page_language as gallery_page_language

    monkeypatch.delenv("SCORE_LANG", raising=False)
    assert gallery_page_language(*queries) == expected


def test_the_gallery_cards_link_to_the_apps_in_the_pages_language() -> None:
    from tests.test_apps_gallery import render

    assert 'href="/voila/render/document_assistant.ipynb?lang=fil"' in render("lang=fil")
    assert 'href="/voila/render/trainer_dashboard.ipynb?lang=en"' in render("", "en")


@pytest.mark.parametrize("name", ["document_assistant", "trainer_dashboard", "kpi_dashboard",
                                  "kpi_snapshot", "maintenance_simulator", "safety_triage"])
def test_each_app_notebook_asks_for_the_page_language_once(name: str) -> None:
    notebook = (REPO / "apps" / f"{name}.ipynb").read_text(encoding="utf-8")
    assert notebook.count("page_language()") == 1
    assert "build_app(lang=page_language())" in notebook


# ---- the apps' own words ----------------------------------------------------------------

# What the model is sent, shown verbatim in the preview: the prompt (English instructions
# by design, whatever the page's language) and the facts as typed. Not the app's own words.
# A text box's contents (the prompt to copy) are not in innerText either.
SENT_TO_THE_MODEL = re.compile(r"<div class='doc-assist-sent'>.*?</div>|<textarea.*?</textarea>",
                               re.DOTALL)


def widget_words(widget: widgets.Widget) -> Iterator[str]:
    """Every word a widget tree can show: descriptions, placeholders, option labels, HTML
    (tags removed), tooltips."""
    for name in ("description", "placeholder", "tooltip"):
        value = getattr(widget, name, None)
        if isinstance(value, str) and value:
            yield value
    if isinstance(widget, widgets.HTML | widgets.Label):
        without_style = re.sub(r"<style>.*?</style>", " ", widget.value, flags=re.DOTALL)
        without_style = SENT_TO_THE_MODEL.sub(" ", without_style)
        yield html.unescape(re.sub(r"<[^>]+>", "\n", without_style))
    yield from getattr(widget, "_options_labels", ()) or ()
    for child in getattr(widget, "children", ()):
        yield from widget_words(child)


def app_text(widget: widgets.Widget) -> str:
    """All the words of a widget tree as one text, a piece a line."""
    return "\n".join(widget_words(widget))


def document_assistant_pages(lang: str) -> Iterator[str]:
    """The document assistant in `lang` with each kind of document chosen in turn."""
    app = DocumentAssistant(lang)
    for kind in DOCUMENT_TYPES:
        app.form.kind.value = kind
        yield app_text(app.widget)


def test_the_document_assistant_in_filipino_has_no_english_sentence() -> None:
    found = sorted({sentence for page in document_assistant_pages("fil")
                    for sentence in english_sentences(page)})
    assert not found, "English in the Filipino document assistant:\n" + "\n".join(found)


def test_the_document_assistant_in_english_fails_the_detector() -> None:
    page = next(document_assistant_pages("en"))
    assert len(english_sentences(page)) >= 5


def test_the_document_names_fields_and_hints_come_from_the_tables() -> None:
    app = DocumentAssistant("fil")
    assert dict((kind, label) for label, kind in app.form.kind.options) == \
        fil_documents.DOCUMENT_TITLES
    app.form.kind.value = "eit_minutes"
    box = app.form.inputs["meeting_date"]
    assert box.placeholder == fil_documents.FIELD_HINTS["meeting_date"]
    assert fil_documents.FIELD_LABELS["meeting_date"] in app_text(app.form.widget)
    assert app.form.language.options[0] == ("Ingles", "English")
    # the prompts read the same English as the English form
    assert FIELD_HINTS is en_documents.FIELD_HINTS
    assert {kind: doc.title for kind, doc in DOCUMENT_TYPES.items()} == \
        en_documents.DOCUMENT_TITLES
    assert set(en_documents.FIELD_LABELS) == {name for doc in DOCUMENT_TYPES.values()
                                              for name in doc.fields}


def test_the_checklist_guard_lines_sign_off_and_downloads_in_filipino() -> None:
    """A draft in the wrong language, cut off, with a heading missing and a phone number:
    the notice, the ✘ lines, the sign-off and the download links all in Filipino."""
    from tests.test_document_assistant_review import FLAGGED, PHONE, GuardedChat, written

    chat = GuardedChat(f"{FLAGGED}\nCall {PHONE}.", "wrong_language", "too_long")
    app = written(chat, lang="fil", language="Filipino")
    assert "✘" in app.checklist.value and app.sign_off.flagged
    app.sign_off.tick.value, app.sign_off.name.value = True, "Ana Cruz"
    assert "doc-assist-download-md" in app.downloads.value
    page = app_text(app.widget)
    found = english_sentences(page)
    assert not found, "English in the reviewed Filipino document assistant:\n" + "\n".join(found)
    english = written(GuardedChat(f"{FLAGGED}\nCall {PHONE}.", "wrong_language", "too_long"))
    assert len(english_sentences(app_text(english.widget))) >= 5


def test_a_missing_field_is_named_in_filipino() -> None:
    app = DocumentAssistant("fil", chat=lambda *a, **k: pytest.fail("no model call"))
    app.form.kind.value = "toolbox_talk"
    app.generate_button.click()
    notice = html.unescape(app.notice.value)
    assert fil_documents.FIELD_LABELS["topic"] in notice and "needs" not in notice
    assert not english_sentences(re.sub(r"<[^>]+>", "\n", notice))


@pytest.mark.parametrize(("lang", "english_expected"), [("fil", False), ("en", True)])
def test_the_trainer_dashboard_speaks_the_page_language(tmp_path: Path, lang: str,
                                                        english_expected: bool) -> None:
    empty = app_text(trainer_app(tmp_path / "nobody", lang=lang))
    grades = write_sample_class(tmp_path / "class", now=NOW)
    full = app_text(trainer_app(tmp_path / "class", grades, now=lambda: NOW, lang=lang))
    assert say("stuck_title", lang) in full and say("participant", lang) in full  # grid drawn
    found = english_sentences(empty) + english_sentences(full)
    assert bool(found) == english_expected, found
