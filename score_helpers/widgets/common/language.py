"""The language an app starts in, shared by every Voila app.

    from score_helpers.widgets.common.language import page_language
    build_app(lang=page_language())   # the one call each apps/*.ipynb makes

The order: the page's address (`?lang=fil` or `?lang=en`, which the gallery's links carry),
else SCORE_LANG (fil, tl, fil_PH, Filipino… give Filipino), else English.

Voila puts the request's query string into the kernel's environment as QUERY_STRING. A
preheated kernel (Voila's kernel pool) runs the notebook before anyone asks for the page:
there `voila.utils.wait_for_request()` blocks until the request arrives and then sets
QUERY_STRING. `page_language` calls it once per kernel, so a notebook should import its
app first and call `page_language()` after the imports: the pool still does the slow part.

Each app keeps its own words under `app.<name>.` in score_helpers.i18n; only the choice of
language is common.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from urllib.parse import parse_qs

from score_helpers.i18n import DEFAULT_LANGUAGE, LANGUAGES, language

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "language_from_env", "language_from_query",
           "page_language"]

QUERY_PARAMETER = "lang"


def language_from_env() -> str:
    """The starting language: SCORE_LANG=fil (or tl, fil_PH, Filipino) gives Filipino."""
    return language()


def language_from_query(query: str) -> str | None:
    """'fil' or 'en' from the `lang` parameter of a query string ('lang=fil&x=1' or
    '?lang=en'); None when it has none or names another language."""
    values = parse_qs(query.lstrip("?")).get(QUERY_PARAMETER, [])
    for value in values:
        wanted = value.strip().lower()
        if wanted in LANGUAGES or wanted.startswith(("fil", "tl", "tagalog", "en")):
            return language(wanted)
    return None


def _wait_for_voila_request() -> None:
    """In a preheated Voila kernel, block until the page is asked for (Voila then sets
    QUERY_STRING); anywhere else, return at once."""
    if os.environ.get("VOILA_PREHEAT", "False") == "False":
        return
    from voila.utils import wait_for_request

    wait_for_request()


@functools.cache
def _request_arrived(wait: Callable[[], None]) -> bool:
    """Wait for the request once per kernel (a second wait on Voila's socket would hang)."""
    wait()
    return True


def page_language(query: str | None = None,
                  wait: Callable[[], None] = _wait_for_voila_request) -> str:
    """'fil' or 'en' for this page: `?lang=` of `query` (default: Voila's QUERY_STRING),
    else SCORE_LANG, else English. `wait` is how a preheated kernel waits for its request
    (Voila's own by default; tests pass a stand-in)."""
    if query is None:
        _request_arrived(wait)
        query = os.environ.get("QUERY_STRING", "")
    return language_from_query(query) or language_from_env()
