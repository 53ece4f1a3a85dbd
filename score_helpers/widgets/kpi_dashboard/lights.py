"""A traffic light as people read it: colour, symbol and word, so colour is never the only
signal. The dashboard's cards and the KPI snapshot's table both show it this way.

    light_badge_html("amber", "fil")   # a badge: ▲ and the word for 'Watch' in Filipino
    LIGHT_STYLE                        # the badges' CSS (Okabe–Ito colours of plot_style)
"""

from __future__ import annotations

import html

from score_helpers.widgets.kpi_dashboard.cards import NO_TARGET
from score_helpers.widgets.kpi_dashboard.labels import text

SYMBOLS = {"green": "●", "amber": "▲", "red": "✖", "no data": "■", NO_TARGET: "○"}

LIGHT_STYLE = """
.kpi-dash-badge { display: inline-block; border-radius: 12px; padding: 1px 10px;
  font-weight: bold; font-size: 13px; margin: 3px 0; background: #eee; color: #444; }
.kpi-dash-badge.light-green { background: #d5efe5; color: #00583b; }
.kpi-dash-badge.light-amber { background: #fdebc6; color: #6b4700; }
.kpi-dash-badge.light-red { background: #f7cdb9; color: #7a2600; }
"""


def light_class(light: str) -> str:
    """The CSS class of a light: 'light-green', 'light-no-data'…"""
    return f"light-{light.replace(' ', '-')}"


def light_word(light: str, lang: str) -> str:
    """The light's word in `lang`: 'On target', 'Watch', 'Act now', 'No data', 'No target
    yet' (IDs app.kpi_dashboard.light_*)."""
    return text(lang, f"light_{light.replace(' ', '_')}")


def light_badge_html(light: str, lang: str) -> str:
    """The light as a badge: its colour, its symbol (hidden from screen readers, which read
    the word) and its word."""
    return (f"<div class='kpi-dash-badge {light_class(light)}' data-light='{light}'>"
            f"<span aria-hidden='true'>{SYMBOLS[light]}</span> "
            f"{html.escape(light_word(light, lang))}</div>")
