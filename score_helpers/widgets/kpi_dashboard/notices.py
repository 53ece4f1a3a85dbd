"""The dashboard's messages: a Notice, and its HTML with a file's problems in a short list.

    notice = Notice("error", "my.csv could not be used.", str(error), error)
    notice_html(notice, "fil")

A file with 1,139 problems does not give 1,139 lines: the loader's problems are grouped by
kind (DataError.groups), each group with its count and a few examples, in the language
the loader spoke when it read the file (data.loading.messages.loader_language).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from score_helpers import data
from score_helpers.data.loading.messages import loader_language
from score_helpers.widgets.kpi_dashboard.labels import text

EXAMPLES = 3        # examples shown per kind of problem
MAX_GROUPS = 6      # kinds shown; the others are behind a click
MAX_LISTED = 200    # problems of one kind listed behind its '… and N more'; the rest counted


@dataclass(frozen=True)
class Notice:
    """A message for the page: kind 'info', 'warning' or 'error', a sentence, a detail, and
    the loader's DataError when there is one (shown as a short grouped list)."""

    kind: str
    text: str
    detail: str = ""
    error: data.DataError | None = None


def _e(value: object) -> str:
    return html.escape(str(value))


def problems_html(error: data.DataError, lang: str) -> str:
    """The loader's summary line, each kind of problem (DataError.groups) with its count
    and a few examples, and the fix, as a short list. '… and N more like these.' opens
    the next MAX_LISTED problems of that kind; '… and N other kinds of problem.' opens the
    other kinds (the first problem of each and its count). The problems' own sentences
    are in the language the loader spoke when it read the file."""
    summary, *_ = str(error).splitlines()
    groups = error.groups(limit_examples=EXAMPLES + MAX_LISTED)
    items = []
    with loader_language(lang):  # 'column …, row …' in the words of the messages
        for group in groups[:MAX_GROUPS]:
            head = ("" if group.count == 1 else
                    f"<b>{_e(text(lang, 'problems_like_these', count=f'{group.count:,}'))}</b>")
            shown, rest = group.examples[:EXAMPLES], group.examples[EXAMPLES:]
            examples = "".join(_example(problem) for problem in shown)
            listed = [_example(problem) for problem in rest]
            unlisted = group.count - len(group.examples)
            if unlisted > 0:
                listed.append(f"<li>{_e(text(lang, 'problems_more', n=f'{unlisted:,}'))}</li>")
            more = group.count - len(shown)
            tail = (f"<li>{more_html(text(lang, 'problems_more', n=f'{more:,}'), listed)}</li>"
                    if more > 0 else "")
            items.append(f"<li>{head}<ul>{examples}{tail}</ul></li>" if head else examples)
        others = [f"<li>{_e(group.examples[0])} ({group.count:,})</li>"
                  for group in groups[MAX_GROUPS:]]
    if others:
        items.append("<li>" + more_html(text(lang, "problems_more_kinds", n=len(others)),
                                        others) + "</li>")
    return (f"<div class='kpi-dash-problems'><b>{_e(summary)}</b>"
            f"<ul>{''.join(items)}</ul><div>{_e(error.fix)}</div></div>")


def _example(problem: object) -> str:
    return f"<li class='kpi-dash-example'>{_e(problem)}</li>"


def more_html(summary: str, items: list[str]) -> str:
    """The rest of a list behind a click: `summary` ('… and 9 more.') opens the `items`
    (<li> elements, already escaped); '' when there are none."""
    if not items:
        return ""
    return (f"<details class='kpi-dash-more'><summary class='kpi-dash-small'>{_e(summary)}"
            f"</summary><ul>{''.join(items)}</ul></details>")


def notice_html(notice: Notice | None, lang: str = "en") -> str:
    """A notice in its box (class kpi-dash-error, -warning or -info); '' for None."""
    if notice is None:
        return ""
    if notice.error is not None:
        detail = problems_html(notice.error, lang)
    elif notice.detail:
        detail = f"<pre class='kpi-dash-detail'>{_e(notice.detail)}</pre>"
    else:
        detail = ""
    return f"<div class='kpi-dash-{notice.kind}'>{_e(notice.text)}{detail}</div>"
