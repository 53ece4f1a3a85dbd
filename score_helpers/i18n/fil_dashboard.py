"""Filipino: every word the KPI dashboard shows (IDs `app.kpi_dashboard.<key>`).

Filipino is the Tagalog of a Philippine factory floor: everyday words where people use
them ("Kalidad", "Gastos", "Paghahatid"), English where the shop floor keeps it (OEE,
target, CSV, Pareto, LTIFR). Same keys and {placeholders} as en_dashboard.py.
"""

from __future__ import annotations

KPI_DASHBOARD: dict[str, str] = {
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

SECTIONS: dict[str, dict[str, str]] = {"app.kpi_dashboard": KPI_DASHBOARD}
