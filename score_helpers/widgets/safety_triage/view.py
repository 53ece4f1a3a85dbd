"""The HTML pieces of the safety triage app: suggestion, review flag, rating, summary.

    from score_helpers.widgets.safety_triage.view import suggestion_html
    suggestion_html(model.classify("Nadulas sa basang sahig"), "en")

Pure functions from results to HTML, so they are tested without widgets. Every piece a
browser test looks for has its own CSS class (safety-confidence, safety-review-flag …).
Colour is never the only signal: the level and the review flag are also written in words.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from score_helpers.privacy import Redaction
from score_helpers.safety.hirac import LEVEL_COLOURS, RiskRating
from score_helpers.safety.triage import Triage
from score_helpers.widgets.safety_triage.labels import category_name, text

STYLE = """<style>
.safety { font-size: 14px; color: #222; max-width: 980px; }
.safety-small { color: #555; font-size: 13px; }
.safety-note { background: #eef6fb; border-left: 4px solid #0072B2; padding: 6px 10px; }
.safety-error { background: #fde8e0; border-left: 4px solid #D55E00; padding: 6px 10px;
  white-space: pre-line; }
.safety-review-flag-row { color: #8a5a00; font-weight: bold; }
.safety-import-table { border-top: 1px solid #ddd; padding-top: 4px; }
.safety-import-table .widget-html-content { line-height: 1.35; }
.safety-review-yes { background: #fff4d6; border-left: 4px solid #E69F00; padding: 6px 10px;
  font-weight: bold; }
.safety-review-no { color: #006b4f; }
.safety-confidence { font-weight: bold; }
.safety-level-box { padding: 6px 10px; border-radius: 4px; color: #000; }
.safety-table { border-collapse: collapse; margin: 0.4em 0; }
.safety-table th, .safety-table td { border-bottom: 1px solid #ddd; padding: 4px 10px; }
.safety-table td { text-align: right; font-variant-numeric: tabular-nums; }
.safety-table td.safety-hazard, .safety-table td.safety-week { text-align: left; }
.safety-table td.safety-week { white-space: nowrap; }
.safety-table thead th { background: #f2f2f2; }
.safety-saved-msg { color: #006b4f; font-weight: bold; }
.safety textarea { font-size: 15px; }
</style>"""
FOUND_KEYS = {"NAME": "found_name", "PHONE": "found_phone"}


def suggestion_html(triage: Triage, lang: str) -> str:
    """The suggested category, how sure the model is, and the words behind it."""
    words = ", ".join(f"“{escape(w)}”" for w in triage.top_words) or text(lang, "no_words")
    percent = f"{triage.confidence:.0%}"
    return (f"<div class='safety-suggestion'><b>{text(lang, 'suggestion')}</b><br>"
            f"<span class='safety-suggested-category' data-category='{triage.category}'>"
            f"{escape(text(lang, 'suggested', category=category_name(triage.category, lang)))}"
            f"</span> · <span class='safety-confidence'>"
            f"{escape(text(lang, 'confidence', percent=percent))}</span><br>"
            f"<span class='safety-words safety-small'>"
            f"{text(lang, 'because', words=words)}</span></div>")


def review_html(needs_review: bool, lang: str) -> str:
    """The review flag, in words: a person must read it, or: still check it."""
    kind = "yes" if needs_review else "no"
    words = text(lang, "needs_review" if needs_review else "looks_sure")
    return f"<div class='safety-review-{kind}'>{escape(words)}</div>"


def privacy_html(redaction: Redaction, lang: str) -> str:
    """A gentle note when the report seems to hold a name or a number; '' when not."""
    if not redaction.findings:
        return ""
    kinds = sorted({FOUND_KEYS.get(f.kind, "found_other") for f in redaction.findings})
    what = ", ".join(text(lang, key) for key in kinds)
    found = ", ".join(f"“{escape(f.original)}”" for f in redaction.findings)
    return (f"<div class='safety-note safety-privacy'>{escape(text(lang, 'privacy', what=what))}"
            f" ({found})</div>")


def level_html(rating: RiskRating, lang: str) -> str:
    """The level in words and colour, the score as likelihood × severity, and what to do."""
    level = text(lang, f"level_{rating.level}")
    words = text(lang, "level", level=level, score=rating.score,
                 likelihood=rating.likelihood, severity=rating.severity)
    colour = LEVEL_COLOURS[rating.level]
    return (f"<div class='safety-level-box safety-level-{rating.level}' "
            f"style='background:{colour}33; border-left:6px solid {colour}'>"
            f"<b class='safety-level-word'>{escape(words)}</b><br>"
            f"<span class='safety-action'>{escape(rating.action)}</span></div>")


def rating_reason_html(likelihood: int, severity: int, reason: str, lang: str) -> str:
    """Where the prefilled numbers come from (hirac_suggest), to confirm or change."""
    words = text(lang, "suggested_rating", likelihood=likelihood, severity=severity,
                 reason=reason)
    return f"<span class='safety-small safety-rating-reason'>{escape(words)}</span>"


def summary_html(summary: pd.DataFrame, lang: str) -> str:
    """The weekly summary as a table, newest week first; a friendly line when empty."""
    heading = f"<b>{escape(text(lang, 'summary'))}</b>"
    if summary.empty:
        return f"{heading}<p class='safety-summary-empty'>{escape(text(lang, 'summary_empty'))}</p>"
    columns = [c for c in summary.columns if c not in ("week_start", "week")]
    head = "".join(f"<th>{escape(text(lang, f'col_{c}'))}</th>" for c in ["week", *columns])
    rows = []
    for row in summary.iloc[::-1].itertuples(index=False):
        values = row._asdict()
        cells = [f"<td class='safety-week'>{pd.Timestamp(values['week_start']):%d %b %Y}"
                 f" ({escape(str(values['week']))})</td>"]
        for column in columns:
            value = values[column]
            if column == "most_common_hazard":
                shown = escape(category_name(value, lang)) if value else "–"
                cells.append(f"<td class='safety-hazard'>{shown}</td>")
            else:
                cells.append(f"<td class='safety-{column.replace('_', '-')}'>{int(value)}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (f"{heading}<table class='safety-table'><thead><tr>{head}</tr></thead><tbody>"
            f"{''.join(rows)}</tbody></table>"
            f"<div class='safety-small'>{escape(text(lang, 'summary_note'))}</div>")


def message_html(kind: str, words: str) -> str:
    """A coloured message box: kind 'error', 'note' or 'saved-msg'."""
    return f"<div class='safety-{kind}'>{escape(words)}</div>"
