"""Every word the maintenance what-if simulator shows, in English and Filipino.

    from score_helpers.widgets.maintenance_simulator_labels import text
    text("fil", "policy_reactive")          # 'Ayusin kapag nasira'

Filipino is the Tagalog of a Philippine factory floor; English stays where the shop floor
keeps it (alert, breakdown, mm/s, ISO). Placeholders in braces are filled with
`str.format`. A key missing in Filipino falls back to English.
"""

from __future__ import annotations

from score_helpers.widgets.dashboard_labels import language_from_env

__all__ = ["EN", "FIL", "LABELS", "language_from_env", "text"]

EN: dict[str, str] = {
    "title": "Maintenance what-if simulator",
    "subtitle": "Six practice machines for 90 days. Move a slider: see the breakdowns, the "
                "alerts and what each way of maintaining costs.",
    "load": "Load",
    "load_help": "1.0 = a normal day; 1.5 = half as much work again (rush orders).",
    "interval": "Service every (days)",
    "interval_help": "Preventive plan: a planned service every {days} days "
                     "(≈ {hours} running hours at 16 h a day, 6 days a week).",
    "threshold": "Alert at (mm/s)",
    "zone": "ISO 10816 zone {zone}: {meaning}",
    "zone_A": "like a new machine",
    "zone_B": "fine for long-term running",
    "zone_C": "unsatisfactory: plan maintenance soon",
    "zone_D": "severe: can cause damage",
    "machine": "Machine",
    "prices_heading": "Example prices — use your own",
    "prices_help": "Type your factory's figures; the comparison updates when you press "
                   "Enter or click elsewhere.",
    "price_downtime_cost_php_per_hour": "Lost output per hour stopped (₱)",
    "price_repair_parts_php": "Parts for a breakdown repair (₱)",
    "price_planned_parts_php": "Parts for a planned job (₱)",
    "price_labour_php_per_hour": "Technician per hour (₱)",
    "price_false_alarm_visit_php": "Check of a healthy machine (₱)",
    "updating": "Updating…",
    "drawing": "Drawing the chart…",
    "costs_heading": "What each way of maintaining costs (90 days, 6 machines)",
    "policy_reactive": "Fix when broken",
    "policy_preventive": "Service every {days} days",
    "policy_predictive": "Alert → technician checks",
    "total_cost": "Total cost",
    "breakdowns": "Breakdowns",
    "planned_jobs": "Planned jobs",
    "false_alarms": "False alarms",
    "downtime_hours": "Hours stopped",
    "cheapest": "Cheapest",
    "costs_note": "Example prices. A breakdown stops a machine about 10 hours, a planned "
                  "job about 3. The alert way is judged on the same run as 'fix when "
                  "broken'; the service way is a second run where services reset the wear.",
    "chart_heading": "Vibration of {machine}",
    "chart_title": "{machine}: vibration, running hours",
    "chart_axis": "Vibration (mm/s RMS)",
    "chart_no_service": "No planned service",
    "chart_with_service": "Service every {days} days",
    "chart_threshold": "Alert at {value} mm/s",
    "chart_breakdown": "Breakdown",
    "chart_service": "Planned service",
    "chart_alert": "Alert",
    "alerts_heading": "Alerts as they fire ({count})",
    "alerts_none": "No alerts at {value} mm/s. Nobody would be sent to check a machine.",
    "alerts_more": "… and {count} more.",
    "alert_time": "When",
    "alert_machine": "Machine",
    "alert_vibration": "Vibration",
    "alert_action": "What to do",
    "alert_send": "Send a technician to check",
    "alerts_note": "An alert goes to a person. The technician decides; no machine is "
                   "stopped by itself.",
    "error": "Something went wrong ({error}). The figures from before stay shown.",
}

FIL: dict[str, str] = {
    "title": "Maintenance what-if simulator",
    "subtitle": "Anim na makina sa loob ng 90 araw. Igalaw ang slider: tingnan ang mga "
                "sira, mga alert at magkano ang bawat paraan ng maintenance.",
    "load": "Load",
    "load_help": "1.0 = karaniwang araw; 1.5 = kalahating dagdag na trabaho (rush order).",
    "interval": "Service tuwing (araw)",
    "interval_help": "Preventive: planned service tuwing {days} araw "
                     "(≈ {hours} oras ng takbo, 16 oras isang araw, 6 araw isang linggo).",
    "threshold": "Alert sa (mm/s)",
    "zone": "ISO 10816 zone {zone}: {meaning}",
    "zone_A": "parang bagong makina",
    "zone_B": "ayos sa matagalang takbo",
    "zone_C": "hindi maganda: magplano ng maintenance",
    "zone_D": "malala: maaaring makasira",
    "machine": "Makina",
    "prices_heading": "Halimbawang presyo — gamitin ang sa inyo",
    "prices_help": "I-type ang numero ng pabrika ninyo; magbabago ang paghahambing kapag "
                   "pinindot ang Enter o nag-click sa iba.",
    "price_downtime_cost_php_per_hour": "Nawalang output bawat oras na tigil (₱)",
    "price_repair_parts_php": "Piyesa sa pag-ayos ng sira (₱)",
    "price_planned_parts_php": "Piyesa sa planned job (₱)",
    "price_labour_php_per_hour": "Technician bawat oras (₱)",
    "price_false_alarm_visit_php": "Pagsuri sa maayos na makina (₱)",
    "updating": "Ina-update…",
    "drawing": "Ginuguhit ang chart…",
    "costs_heading": "Magkano ang bawat paraan ng maintenance (90 araw, 6 na makina)",
    "policy_reactive": "Ayusin kapag nasira",
    "policy_preventive": "Service tuwing {days} araw",
    "policy_predictive": "Alert → susuriin ng technician",
    "total_cost": "Kabuuang gastos",
    "breakdowns": "Mga sira",
    "planned_jobs": "Planned jobs",
    "false_alarms": "Maling alarma",
    "downtime_hours": "Oras na tigil",
    "cheapest": "Pinakamura",
    "alerts_heading": "Mga alert habang lumalabas ({count})",
    "alerts_none": "Walang alert sa {value} mm/s. Walang ipapadalang technician.",
    "alerts_more": "… at {count} pa.",
    "alert_time": "Kailan",
    "alert_machine": "Makina",
    "alert_vibration": "Vibration",
    "alert_action": "Gagawin",
    "alert_send": "Magpadala ng technician para sumuri",
    "alerts_note": "Ang alert ay para sa tao. Ang technician ang magpapasya; walang "
                   "makinang kusang pinapahinto.",
    "error": "May nagkamali ({error}). Nananatili ang mga numero mula kanina.",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}


def text(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang` ('en' or 'fil'), with its placeholders filled in."""
    template = LABELS.get(lang, EN).get(key, EN[key])
    return template.format(**values) if values else template
