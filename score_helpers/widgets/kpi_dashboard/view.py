"""The dashboard's HTML: style, pillar cards, "what changed" and download links (notices
and a file's problems: notices.py).

Plain functions from a state (dashboard_state) to HTML strings, in the chosen language;
every text is escaped. Colours are the Okabe–Ito ones of plot_style, and every traffic
light also has its own symbol and word, so colour is never the only signal.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable

import pandas as pd

from score_helpers.kpi.targets import kpi_info, kpi_text
from score_helpers.widgets.common.column_mapper import column_label
from score_helpers.widgets.kpi_dashboard.cards import Card
from score_helpers.widgets.kpi_dashboard.labels import inline_label, text
from score_helpers.widgets.kpi_dashboard.lights import (
    LIGHT_STYLE,
    SYMBOLS,
    light_badge_html,
    light_class,
)
from score_helpers.widgets.kpi_dashboard.notices import more_html, notice_html
from score_helpers.widgets.kpi_dashboard.selection import week_label
from score_helpers.widgets.kpi_dashboard.snapshot import View

__all__ = ["SYMBOLS", "card_html", "cards_html", "changes_html", "download_link", "header_html",
           "heading_html", "message_html", "more_html", "notice_html", "period_html"]

MAX_CHANGES = 6
CHANGE_SYMBOLS = {"worse": "✖", "better": "✔", "same": "=", "no data": "·"}

STYLE = """<style>
.kpi-dash { font-size: 14px; color: #222; max-width: 1240px; }
.kpi-dash .widget-html-content { line-height: 1.4; }
.kpi-dash-dates .widget-readout { max-width: none; min-width: 200px; text-align: left; }
.kpi-dash h3 { font-size: 17px; margin: 8px 0 4px; }
.kpi-dash-subtitle { color: #333; font-size: 15px; margin: 4px 0; }
.kpi-dash-small { color: #555; font-size: 12px; }
.kpi-dash-cards-row { display: flex; flex-wrap: wrap; gap: 10px; margin: 4px 0; }
.kpi-dash-card { flex: 1 1 190px; min-width: 180px; background: #fff; border: 1px solid #ccc;
  border-top: 7px solid #999; border-radius: 6px; padding: 6px 12px 8px; }
.kpi-dash-card.light-green { border-top-color: #009E73; }
.kpi-dash-card.light-amber { border-top-color: #E69F00; }
.kpi-dash-card.light-red { border-top-color: #D55E00; }
.kpi-dash-pillar { font-weight: bold; font-size: 16px; }
.kpi-dash-kpi { color: #444; font-size: 13px; min-height: 2.8em; }
.kpi-dash-value { font-size: 30px; font-weight: bold; line-height: 1.2;
  font-variant-numeric: tabular-nums; }
.kpi-dash-unit { font-size: 12px; color: #555; min-height: 1.4em; }
.kpi-dash-target { color: #555; font-size: 12px; }
.kpi-dash-needs { color: #333; font-size: 13px; margin-top: 4px; }
.kpi-dash-problems ul { margin: 2px 0 4px; padding-left: 20px; }
.kpi-dash-steps { color: #555; margin: 4px 0; }
.kpi-dash-steps .now { color: #0072B2; font-weight: bold; }
.kpi-dash-steps .done { color: #00583b; }
.kpi-dash-mapping { border: 1px solid #0072B2; border-radius: 6px; padding: 4px 12px;
  margin: 4px 0; background: #fbfdff; }
.kpi-dash-error, .kpi-dash-warning, .kpi-dash-info { border-left: 5px solid #D55E00;
  background: #fff4ee; padding: 4px 12px; margin: 4px 0; }
.kpi-dash-warning { border-left-color: #E69F00; background: #fff9ec; }
.kpi-dash-info { border-left-color: #0072B2; background: #f1f7fb; }
.kpi-dash-detail { white-space: pre-wrap; font-family: inherit; font-size: 13px; margin: 4px 0; }
.kpi-dash-busy { color: #0072B2; font-weight: bold; }
.kpi-dash-message { color: #444; background: #f6f6f6; padding: 24px 12px; text-align: center;
  border-radius: 6px; }
.kpi-dash-changes ul { list-style: none; padding-left: 0; margin: 4px 0; }
.kpi-dash-changes li { border-left: 4px solid #bbb; padding: 2px 8px; margin: 3px 0; }
.kpi-dash-changes li.worse { border-left-color: #D55E00; background: #fff4ee; }
.kpi-dash-changes li.better { border-left-color: #009E73; background: #f3faf7; }
a.kpi-dash-download { display: inline-block; margin: 4px 12px 4px 0; padding: 3px 10px;
  border: 1px solid #0072B2; border-radius: 4px; color: #0072B2; text-decoration: none; }
a.kpi-dash-download:hover { background: #f1f7fb; }
.kpi-dash .widget-image { max-width: 100%; height: auto; }
.kpi-dash details > summary { cursor: pointer; color: #0072B2; }
""" + LIGHT_STYLE + "</style>"


def _e(value: object) -> str:
    return html.escape(str(value))


def header_html(lang: str) -> str:
    """The app's title and one-line summary, in the app's language."""
    return (f"<h2 class='kpi-dash-title'>{_e(text(lang, 'app_title'))}</h2>"
            f"<p class='kpi-dash-subtitle'>{_e(text(lang, 'app_subtitle'))}</p>")


def heading_html(lang: str, key: str) -> str:
    """A section heading."""
    return f"<h3>{_e(text(lang, key))}</h3>"


def card_html(card: Card, lang: str) -> str:
    """One pillar card: pillar, KPI, value, light (symbol and word) and the thresholds; for
    a pillar the file has no KPI for, the columns that would give it one."""
    light = light_class(card.light)
    pillar = f"{card.pillar} · {text(lang, f'pillar_{card.pillar}')}"
    if card.kpi is None:
        columns = ", ".join(column_label(name, lang) for name in card.enabling)
        return (f"<div class='kpi-dash-card {light} kpi-dash-card-missing' "
                f"data-pillar='{card.pillar}'><div class='kpi-dash-pillar'>{_e(pillar)}</div>"
                f"<div class='kpi-dash-kpi'>{_e(text(lang, 'card_not_in_file'))}</div>"
                f"<div class='kpi-dash-value'>—</div>"
                f"<div class='kpi-dash-needs'>{_e(text(lang, 'card_needs', columns=columns))}"
                "</div></div>")
    unit = kpi_info(card.kpi).unit  # % and ₱ are in the value; a rate needs its base
    unit_text = "" if unit == "fraction" or unit.startswith("PHP") \
        else text(lang, f"unit_{card.kpi}")
    if card.green is None or card.amber is None:
        lines = [text(lang, "card_no_target")]
    else:
        op = "≥" if kpi_info(card.kpi).higher_is_better else "≤"
        lines = [text(lang, "card_target", op=op, green=kpi_text(card.kpi, card.green),
                      amber=kpi_text(card.kpi, card.amber))]
        if card.usual is not None:
            lines.append(text(lang, "card_usual", usual=kpi_text(card.kpi, card.usual)))
    targets = "".join(f"<div class='kpi-dash-target'>{_e(_keep_together(line))}</div>"
                      for line in lines)
    return (f"<div class='kpi-dash-card {light}' data-pillar='{card.pillar}' "
            f"data-kpi='{card.kpi}'><div class='kpi-dash-pillar'>{_e(pillar)}</div>"
            f"<div class='kpi-dash-kpi'>{_e(text(lang, f'kpi_{card.kpi}'))}</div>"
            f"<div class='kpi-dash-value'>{_e(kpi_text(card.kpi, card.value))}</div>"
            f"<div class='kpi-dash-unit'>{_e(unit_text)}</div>"
            f"{light_badge_html(card.light, lang)}{targets}</div>")


def _keep_together(line: str) -> str:
    """No line break inside '≤ 4.0 %': the sign, the number and the unit stay together."""
    return line.replace(" %", "\u00a0%").replace("≤ ", "≤\u00a0").replace("≥ ", "≥\u00a0")


def cards_html(cards: Iterable[Card], lang: str) -> str:
    """The five pillar cards in a row (they wrap on a narrow screen)."""
    return ("<div class='kpi-dash-cards-row'>"
            + "".join(card_html(card, lang) for card in cards) + "</div>")


def message_html(message: str) -> str:
    """A grey box in place of a chart that cannot be drawn."""
    return f"<div class='kpi-dash-message'>{_e(message)}</div>"


def period_html(view: View, lang: str) -> str:
    """'6 Oct 2025 to 4 Jan 2026 · 13 weeks · all lines'."""
    selection = view.selection
    count = 1 + (selection.last_week - selection.first_week).days // 7
    weeks = text(lang, "weeks_one") if count == 1 else text(lang, "weeks_many", n=count)
    lines = (text(lang, "all_lines") if selection.lines == view.dataset.lines
             else ", ".join(selection.lines))
    lines = " · ".join([lines, *(value for _, value in selection.filters)])
    last_day = selection.last_week + pd.Timedelta(days=6)
    period = "<b>" + _e(text(lang, "period", first=week_label(selection.first_week),
                             last=week_label(last_day), weeks=weeks, lines=lines)) + "</b>"
    return period + (f" · {_e(text(lang, 'no_rows'))}" if view.daily.empty else "")


def change_sentence(row: pd.Series, lang: str) -> str:
    """One row of targets.week_changes as a sentence: English as targets writes it, Filipino
    from the label table with the same numbers."""
    if lang == "en":
        return str(row["sentence"])
    label = inline_label(lang, str(row["kpi"]))
    group, kpi = str(row["line"]), str(row["kpi"])
    if row["direction"] == "no data":
        return text(lang, "change_no_data", group=group, label=label)
    before, after = kpi_text(kpi, row["previous"]), kpi_text(kpi, row["value"])
    if row["direction"] == "same":
        return text(lang, "change_steady", group=group, label=label, after=after)
    extra = 0
    while before == after and extra < 3:  # show enough decimals to see the change
        extra += 1
        before, after = (kpi_text(kpi, v, extra) for v in (row["previous"], row["value"]))
    verb = text(lang, "verb_rose" if row["change"] > 0 else "verb_fell")
    return text(lang, "change_sentence", group=group, label=label, verb=verb, before=before,
                after=after, direction=text(lang, f"direction_{row['direction']}"))


def changes_html(changes: pd.DataFrame | None, lang: str) -> str:
    """'What changed this week': the biggest worsening first, MAX_CHANGES lines, the rest
    behind '… and N more.' (a details/summary toggle)."""
    head = heading_html(lang, "changes_heading")
    if changes is None or changes.empty:
        return head + f"<p>{_e(text(lang, 'changes_none'))}</p>"
    week = week_label(pd.Timestamp(changes["week_start"].iloc[0]))
    moved = changes[changes["direction"].isin(["worse", "better"])]  # worse ones come first
    ordered = pd.concat([moved, changes.drop(moved.index)])
    items = []
    for _, row in ordered.iterrows():
        direction = str(row["direction"])
        items.append(f"<li class='{direction.replace(' ', '-')}'><span aria-hidden='true'>"
                     f"{CHANGE_SYMBOLS[direction]}</span> {_e(change_sentence(row, lang))}</li>")
    shown, rest = items[:MAX_CHANGES], items[MAX_CHANGES:]
    intro = f"<p class='kpi-dash-small'>{_e(text(lang, 'changes_week', week=week))}</p>"
    return (f"{head}{intro}<ul>{''.join(shown)}</ul>"
            + more_html(text(lang, "changes_more", n=len(rest)), rest))


def download_link(content: bytes, filename: str, mime: str, label: str, kind: str) -> str:
    """A link that saves `content` as `filename` (a data: URI; works in Voila, no server
    route needed). kind 'csv' or 'png' gives the class kpi-dash-download-<kind>."""
    encoded = base64.b64encode(content).decode("ascii")
    return (f"<a class='kpi-dash-download kpi-dash-download-{kind}' download='{_e(filename)}' "
            f"href='data:{mime};base64,{encoded}'>⬇ {_e(label)}</a>")
