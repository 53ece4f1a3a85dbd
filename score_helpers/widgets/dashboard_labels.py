"""Every word the KPI dashboard shows, in English and Filipino, keyed by an ID.

    from score_helpers.widgets.dashboard_labels import text
    text("fil", "pillar_Q")                    # 'Kalidad'
    text("en", "weeks_many", n=13)             # '13 weeks'

Filipino is the Tagalog of a Philippine factory floor: everyday words where people use
them ("Kalidad", "Gastos", "Paghahatid"), English where the shop floor keeps it (OEE,
target, CSV, Pareto, LTIFR). Placeholders in braces are filled with `str.format`.
Messages from the data loader (a DataError) stay in English: they come from
score_helpers.loading.messages.
"""

from __future__ import annotations

import os

LANGUAGES: dict[str, str] = {"en": "English", "fil": "Filipino"}
DEFAULT_LANGUAGE = "en"

EN: dict[str, str] = {
    # Page and controls
    "app_subtitle": "Quality, Cost, Delivery, Morale and Safety for the lines and weeks "
                    "you choose.",
    "language": "Language",
    "data_source": "Data",
    "profile_garments": "Garments factory",
    "profile_food": "Food processing",
    "profile_electronics": "Electronics",
    "your_file": "Your file: {file}",
    "upload_button": "Upload your file",
    "upload_help": "CSV or Excel (.xlsx) up to {limit} MB: one row per line and day, with "
                   "at least the columns date and line.",
    "lines": "Lines",
    "weeks": "Weeks",
    "pick_a_line": "Tick at least one line. The numbers below are still for the lines "
                   "chosen before.",
    "period": "{first} to {last} · {weeks} · {lines}",
    "weeks_one": "1 week",
    "weeks_many": "{n} weeks",
    "all_lines": "all lines",
    "updating": "Updating…",
    "drawing": "Drawing the chart…",
    "no_rows": "There are no rows for these lines and weeks.",
    # Uploads
    "upload_too_big": "{file} is {size} MB. The dashboard reads files up to {limit} MB. "
                      "Keep only the months you need (for example the last year), save "
                      "the file and upload it again.",
    "upload_loaded": "{file}: {rows} rows, {lines} lines, {first} to {last}.",
    "upload_failed": "{file} could not be used. The dashboard still shows the data from "
                     "before.",
    "causes_problem": "The 'defect_causes' sheet has problems, so there is no Pareto chart.",
    "missing_columns": "This file has no columns for: {kpis}. Those cards show a dash.",
    "unexpected": "Something went wrong ({error}). The dashboard still shows the view "
                  "from before.",
    # Pillars, KPIs and lights
    "pillar_Q": "Quality",
    "pillar_C": "Cost",
    "pillar_D": "Delivery",
    "pillar_M": "Morale",
    "pillar_S": "Safety",
    "kpi_defect_rate": "Defect rate",
    "kpi_cost_per_unit": "Cost per good unit",
    "kpi_on_time_delivery": "On-time delivery",
    "kpi_absenteeism_rate": "Absenteeism rate",
    "kpi_frequency_rate": "Lost-time injury rate (LTIFR)",
    "unit_frequency_rate": "per 1,000,000 hours",
    "light_green": "On target",
    "light_amber": "Watch",
    "light_red": "Act now",
    "light_no_data": "No data",
    "card_target": "Target {op} {green} · Watch {op} {amber}",
    "card_usual": "Usual week: {usual}",
    "card_not_in_file": "Not in this file",
    "cards_note": "Each card is for the whole period chosen: counts are added up first, "
                  "then divided.",
    # Charts
    "trend_heading": "Weekly trend",
    "trend_title": "{label} per week",
    "target_legend": "Target {value}",
    "beyond_target": "Beyond target",
    "trend_no_data": "There is no {label} to chart for these lines and weeks.",
    "pareto_heading": "Defects by cause (Pareto)",
    "pareto_title_one": "1 cause makes {share} of the defects",
    "pareto_title_many": "{count} causes make {share} of the defects",
    "pareto_axis": "Defects (pieces)",
    "pareto_cumulative": "Cumulative share",
    "pareto_needs_causes": "A Pareto chart needs the defects by cause: add a sheet named "
                           "'defect_causes' to your Excel file, with the columns date, "
                           "line, cause and defects.",
    "pareto_no_defects": "No defects by cause were recorded for these lines and weeks.",
    "download_csv": "Download the KPI table (CSV)",
    "download_png": "Download this chart (PNG)",
    # What changed this week
    "changes_heading": "What changed this week",
    "changes_week": "Week of {week} against the week before, line by line, the biggest "
                    "worsening first.",
    "changes_none": "Choose at least two weeks to compare a week with the one before.",
    "changes_more": "… and {n} more.",
    "change_sentence": "{group}: {label} {verb} from {before} to {after} ({direction}).",
    "change_steady": "{group}: {label} held steady at {after}.",
    "change_no_data": "{group}: no {label} for both weeks to compare.",
    "verb_rose": "rose",
    "verb_fell": "fell",
    "direction_better": "better",
    "direction_worse": "worse",
    # Targets
    "targets_heading": "Targets",
    "targets_help": "Green: on target. Amber: watch. Beyond amber: act now. Rates in %, "
                    "cost as a multiple of the usual week (1.05 = 5 % above it).",
    "green": "Green",
    "amber": "Amber",
    "unit_percent": "%",
    "unit_times_usual": "× usual week",
    "unit_per_million": "per 1,000,000 hours",
    "save_targets": "Save targets",
    "reset_targets": "Default targets",
    "targets_saved": "Saved in {path}. The dashboard loads them when it starts.",
    "targets_loaded": "Targets from {path}.",
    "targets_default": "Default targets: agree your own in the EIT and save them.",
    "targets_bad_file": "{problem} The default targets are used.",
    "targets_save_failed": "Could not save {path}: {why}",
    "targets_order_lower": "{label}: green must be lower than amber or equal to it (lower "
                           "is better).",
    "targets_order_higher": "{label}: green must be higher than amber or equal to it "
                            "(higher is better).",
    "targets_bad_percent": "{label}: write a percentage from 0 to 100.",
    "targets_negative": "{label}: write a number of 0 or more.",
}

FIL: dict[str, str] = {
    "app_subtitle": "Kalidad, Gastos, Paghahatid, Moral at Kaligtasan ng mga linya at "
                    "linggong pinili mo.",
    "language": "Wika",
    "data_source": "Datos",
    "profile_garments": "Pabrika ng damit",
    "profile_food": "Pagproseso ng pagkain",
    "profile_electronics": "Electronics",
    "your_file": "Iyong file: {file}",
    "upload_button": "I-upload ang file mo",
    "upload_help": "CSV o Excel (.xlsx) hanggang {limit} MB: isang row bawat linya at "
                   "araw, na may column na date at line man lang.",
    "lines": "Mga linya",
    "weeks": "Mga linggo",
    "pick_a_line": "Pumili ng kahit isang linya. Ang mga numero sa ibaba ay para pa rin sa "
                   "mga linyang pinili kanina.",
    "period": "{first} hanggang {last} · {weeks} · {lines}",
    "weeks_one": "1 linggo",
    "weeks_many": "{n} linggo",
    "all_lines": "lahat ng linya",
    "updating": "Ina-update…",
    "drawing": "Iginuguhit ang chart…",
    "no_rows": "Walang datos para sa mga linya at linggong ito.",
    "upload_too_big": "{size} MB ang {file}. Hanggang {limit} MB lang ang nababasa ng "
                      "dashboard. Iwan lang ang mga buwang kailangan (halimbawa, ang "
                      "nakaraang taon), i-save ang file at i-upload muli.",
    "upload_loaded": "{file}: {rows} row, {lines} linya, {first} hanggang {last}.",
    "upload_failed": "Hindi magamit ang {file}. Ang dating datos pa rin ang ipinapakita "
                     "ng dashboard.",
    "causes_problem": "May problema ang sheet na 'defect_causes', kaya walang Pareto chart.",
    "missing_columns": "Walang column ang file para sa: {kpis}. Gitling (—) ang nasa mga "
                       "card na iyon.",
    "unexpected": "May nangyaring mali ({error}). Ang dating view pa rin ang ipinapakita "
                  "ng dashboard.",
    "pillar_Q": "Kalidad",
    "pillar_C": "Gastos",
    "pillar_D": "Paghahatid",
    "pillar_M": "Moral",
    "pillar_S": "Kaligtasan",
    "kpi_defect_rate": "Porsiyento ng depekto",
    "kpi_cost_per_unit": "Gastos bawat maayos na piraso",
    "kpi_on_time_delivery": "On-time na paghahatid",
    "kpi_absenteeism_rate": "Antas ng pagliban",
    "kpi_frequency_rate": "Aksidenteng may nawalang araw (LTIFR)",
    "unit_frequency_rate": "bawat 1,000,000 oras",
    "light_green": "Pasok sa target",
    "light_amber": "Bantayan",
    "light_red": "Kumilos na",
    "light_no_data": "Walang datos",
    "card_target": "Target {op} {green} · Bantayan {op} {amber}",
    "card_usual": "Karaniwang linggo: {usual}",
    "card_not_in_file": "Wala sa file na ito",
    "cards_note": "Para sa buong panahong pinili ang bawat card: pinagsasama muna ang mga "
                  "bilang bago hatiin.",
    "trend_heading": "Lingguhang takbo",
    "trend_title": "{label} bawat linggo",
    "target_legend": "Target {value}",
    "beyond_target": "Lampas sa target",
    "trend_no_data": "Walang {label} na maipapakita para sa mga linya at linggong ito.",
    "pareto_heading": "Mga depekto ayon sa sanhi (Pareto)",
    "pareto_title_one": "1 sanhi ang bumubuo sa {share} ng mga depekto",
    "pareto_title_many": "{count} sanhi ang bumubuo sa {share} ng mga depekto",
    "pareto_axis": "Depekto (piraso)",
    "pareto_cumulative": "Kabuuang bahagi",
    "pareto_needs_causes": "Kailangan ng Pareto chart ang bilang ng depekto ayon sa sanhi: "
                           "magdagdag ng sheet na 'defect_causes' sa iyong Excel file, na may "
                           "mga column na date, line, cause at defects.",
    "pareto_no_defects": "Walang naitalang depekto ayon sa sanhi para sa mga linya at "
                         "linggong ito.",
    "download_csv": "I-download ang KPI table (CSV)",
    "download_png": "I-download ang chart na ito (PNG)",
    "changes_heading": "Ano ang nagbago ngayong linggo",
    "changes_week": "Linggo ng {week} kumpara sa nakaraang linggo, bawat linya, nauuna ang "
                    "pinakalumala.",
    "changes_none": "Pumili ng kahit dalawang linggo para maihambing ang isang linggo sa "
                    "nauna rito.",
    "changes_more": "… at {n} pa.",
    "change_sentence": "{group}: {verb} ang {label} mula {before} hanggang {after} "
                       "({direction}).",
    "change_steady": "{group}: nanatili ang {label} sa {after}.",
    "change_no_data": "{group}: walang {label} sa dalawang linggo para maihambing.",
    "verb_rose": "tumaas",
    "verb_fell": "bumaba",
    "direction_better": "gumanda",
    "direction_worse": "lumala",
    "targets_heading": "Mga target",
    "targets_help": "Berde: pasok sa target. Dilaw: bantayan. Lampas sa dilaw: kumilos na. "
                    "Ang mga rate ay sa %, ang gastos ay multiple ng karaniwang linggo "
                    "(1.05 = 5 % na mas mataas).",
    "green": "Berde",
    "amber": "Dilaw",
    "unit_percent": "%",
    "unit_times_usual": "× karaniwang linggo",
    "unit_per_million": "bawat 1,000,000 oras",
    "save_targets": "I-save ang mga target",
    "reset_targets": "Default na target",
    "targets_saved": "Na-save sa {path}. Ito ang gagamitin ng dashboard pagbukas nito.",
    "targets_loaded": "Mga target mula sa {path}.",
    "targets_default": "Default na mga target: pagkasunduan sa EIT ang sarili ninyong target "
                       "at i-save ito.",
    "targets_bad_file": "{problem} Ang default na mga target ang ginagamit.",
    "targets_save_failed": "Hindi ma-save ang {path}: {why}",
    "targets_order_lower": "{label}: dapat mas mababa o kapantay ng dilaw ang berde (mas "
                           "mababa, mas maganda).",
    "targets_order_higher": "{label}: dapat mas mataas o kapantay ng dilaw ang berde (mas "
                            "mataas, mas maganda).",
    "targets_bad_percent": "{label}: maglagay ng porsiyento mula 0 hanggang 100.",
    "targets_negative": "{label}: maglagay ng numerong 0 o higit pa.",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}


def text(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang` ('en' or 'fil'), with its placeholders filled in.

    A key missing in Filipino falls back to English (a test keeps the tables in step).
    """
    table = LABELS.get(lang, EN)
    template = table.get(key, EN[key])
    return template.format(**values) if values else template


def language_from_env() -> str:
    """The starting language: SCORE_LANG=fil (or tl, fil_PH, Filipino) gives Filipino."""
    wanted = os.environ.get("SCORE_LANG", "").strip().lower()
    return "fil" if wanted.startswith(("fil", "tl", "tagalog")) else DEFAULT_LANGUAGE
