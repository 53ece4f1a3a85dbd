"""The simulator's tables and notes as HTML: the alerts (simulated or from a machine's own
file), the ISO zone words, and what a machine's own readings say.

Every word comes from the app's string table (labels.text); every value that came from a
file (a machine name, a column name) is escaped before it goes into HTML.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from score_helpers.formatting import number
from score_helpers.maintenance.simulator import vibration_zone
from score_helpers.widgets.maintenance_simulator.labels import text
from score_helpers.widgets.maintenance_simulator.own_data import Findings, Readings
from score_helpers.widgets.maintenance_simulator.own_units import OUR_UNIT

MAX_ALERTS_SHOWN = 12
DECIMALS = {"vibration_mm_s": 2, "bearing_temp_c": 1, "motor_current_a": 1}


def when(stamp: pd.Timestamp, lang: str) -> str:
    """A date and time with its year, month named in the app's language:
    '3 Mar 2025, 14:00' (English), '3 Ago 2025, 14:00' (Filipino)."""
    month = text(lang, "months_short").split()[stamp.month - 1]
    return text(lang, "when", day=stamp.day, month=month, year=stamp.year,
                time=f"{stamp:%H:%M}")


def zone_of(value: float) -> str:
    """The ISO 10816-1 class I zone letter of a vibration in mm/s ('A' to 'D')."""
    return str(vibration_zone(pd.Series([float(value)])).iloc[0])


def zone_words(value: float, lang: str) -> str:
    """'ISO 10816 zone C: unsatisfactory: plan maintenance soon' for a vibration in mm/s."""
    zone = zone_of(value)
    return text(lang, "zone", zone=zone, meaning=text(lang, f"zone_{zone}"))


def small(words: str) -> str:
    """A note in the app's small grey type."""
    return f"<div class='msim-small'>{words}</div>"


def table(headings: list[str], rows: list[str], css: str = "") -> str:
    """An HTML table with the app's style: headings (already text) and <tr> rows."""
    head = "".join(f"<th>{heading}</th>" for heading in headings)
    return (f"<table class='msim-table {css}'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def alerts_html(alerts: pd.DataFrame, threshold: float, lang: str) -> str:
    """The alerts in time order (maintenance.model.threshold_alerts' columns): when, since
    when the vibration was at the limit, machine, vibration and 'send a technician'."""
    heading = f"<b>{text(lang, 'alerts_heading', count=len(alerts))}</b>"
    note = small(text(lang, "alerts_note"))
    if alerts.empty:
        return f"{heading}<p>{text(lang, 'alerts_none', value=f'{threshold:g}')}</p>{note}"
    rows = [f"<tr class='msim-alert'><td>{when(row.alert_hour, lang)}</td>"
            f"<td>{when(row.first_hour, lang)}</td><td>{escape(str(row.machine_id))}</td>"
            f"<td>{row.vibration_mm_s:.2f} mm/s ({row.zone})</td>"
            f"<td>{text(lang, 'alert_send')}</td></tr>"
            for row in alerts.head(MAX_ALERTS_SHOWN).itertuples()]
    more = len(alerts) - MAX_ALERTS_SHOWN
    tail = f"<p>{text(lang, 'alerts_more', count=more)}</p>" if more > 0 else ""
    headings = [text(lang, key) for key in ("alert_time", "alert_since", "alert_machine",
                                            "alert_vibration", "alert_action")]
    return f"{heading}{table(headings, rows)}{tail}{note}"


def loaded_html(readings: Readings, lang: str) -> str:
    """One line: the file, how many readings, from when to when, how often, which machines."""
    frame = readings.frame
    minutes = number(readings.interval / pd.Timedelta(minutes=1), 0)
    return "<p class='msim-own-loaded'>✔ " + escape(text(
        lang, "own_loaded", file=readings.file, rows=f"{len(frame):,}",
        first=when(frame["timestamp"].min(), lang),
        last=when(frame["timestamp"].max(), lang), minutes=minutes,
        machines=", ".join(readings.machines))) + "</p>"


def units_html(readings: Readings, lang: str) -> str:
    """What was done with each reading column's unit (kept, converted, or assumed)."""
    items = []
    for note in readings.units:
        values = {"header": f"'{note.header}'", "unit": note.unit, "written": note.written}
        if note.status == "converted":
            values["formula"] = text(lang, f"own_formula_{note.column}")
        css = "msim-unit-assumed" if note.status in ("unknown", "none") else "msim-unit"
        items.append(f"<li class='{css}'>{escape(text(lang, f'own_unit_{note.status}', **values))}"
                     "</li>")
    return f"<b>{text(lang, 'own_units_heading')}</b><ul class='msim-units'>{''.join(items)}</ul>"


def rule_html(readings: Readings, found: Findings, lang: str) -> str:
    """The alert rule in the file's own terms, and which zones these are."""
    if "vibration_mm_s" not in readings.signals:
        return f"<p>{text(lang, 'own_no_vibration')}</p>"
    minutes = number(readings.interval / pd.Timedelta(minutes=1), 0)
    rule = text(lang, "own_rule", limit=f"{found.limit:g}", hours=f"{found.hours:g}",
                readings=found.min_readings, minutes=minutes)
    return small(f"{rule} {text(lang, 'own_zones_note')}")


def _value(value: float, column: str) -> str:
    """A reading with its unit ('60.3 °C'), or '—' when there is none."""
    return "—" if pd.isna(value) else f"{number(float(value), DECIMALS[column])} {OUR_UNIT[column]}"


def summary_html(readings: Readings, found: Findings, lang: str) -> str:
    """One row per machine: readings, period, latest and highest vibration with their zone,
    readings in each zone, highest temperature, latest current and the alerts."""
    has = set(readings.signals)
    keys = ["alert_machine", "own_col_readings", "own_col_period"]
    keys += ["own_col_latest", "own_col_highest", "own_col_zones"] if \
        "vibration_mm_s" in has else []
    keys += ["own_col_temp"] if "bearing_temp_c" in has else []
    keys += ["own_col_current"] if "motor_current_a" in has else []
    keys += ["own_col_alerts"] if "vibration_mm_s" in has else []
    rows = []
    for machine, row in found.summary.iterrows():
        cells = [escape(str(machine)), f"{int(row['readings']):,}",
                 f"{when(row['first'], lang)} – {when(row['last'], lang)}"]
        if "vibration_mm_s" in has:
            latest = row["latest_vibration_mm_s"]
            cells.append("—" if pd.isna(latest) else text(
                lang, "own_value_zone", value=f"{latest:.2f}", zone=zone_of(latest)))
            highest = row.get("highest_zone")
            cells.append("—" if pd.isna(row["highest_vibration_mm_s"]) or pd.isna(highest)
                         else text(lang, "own_value_zone",
                                   value=f"{row['highest_vibration_mm_s']:.2f}", zone=highest)
                         + f", {when(row['highest_at'], lang)}")
            cells.append(" · ".join(str(int(row.get(f"zone_{z}", 0))) for z in "ABCD"))
        if "bearing_temp_c" in has:
            cells.append(_value(row["highest_bearing_temp_c"], "bearing_temp_c"))
        if "motor_current_a" in has:
            cells.append(_value(row["latest_motor_current_a"], "motor_current_a"))
        if "vibration_mm_s" in has:
            cells.append(str(int(row["alerts"])))
        rows.append("<tr class='msim-own-machine'>" + "".join(
            f"<td>{cell}</td>" for cell in cells) + "</tr>")
    headings = [text(lang, key) for key in keys]
    return (f"<b>{text(lang, 'own_summary_heading')}</b>"
            f"{table(headings, rows, 'msim-own-machines')}")


def crossings_html(found: Findings, lang: str) -> str:
    """Each machine's first reading in each higher zone, in time order."""
    heading = f"<b>{text(lang, 'own_crossings_heading')}</b>"
    if found.crossings.empty:
        return f"{heading}<p>{text(lang, 'own_crossings_none')}</p>"
    items = "".join(
        "<li class='msim-crossing'>" + escape(text(
            lang, "own_crossing", machine=str(row.machine_id), zone=row.zone,
            meaning=text(lang, f"zone_{row.zone}"), when=when(row.timestamp, lang),
            value=f"{row.vibration_mm_s:.2f}")) + "</li>"
        for row in found.crossings.sort_values("timestamp").itertuples())
    return f"{heading}<ul>{items}</ul>"
