"""Filipino: every word the KPI dashboard shows (IDs `app.kpi_dashboard.<key>`).

Filipino is the Tagalog of a Philippine factory floor: everyday words where people use
them ("Kalidad", "Gastos", "Kaligtasan"), English where the shop floor keeps it
(Delivery, Morale, defect rate, OEE, target, CSV, Pareto, LTIFR), as
trainer/filipino_glossary.md lists them. Same keys and {placeholders} as en_dashboard.py.
"""

from __future__ import annotations

KPI_DASHBOARD: dict[str, str] = {
    "app_title": "QCDMS KPI dashboard ng pabrika",
    "app_subtitle": "Kalidad, Gastos, Delivery, Morale at Kaligtasan ng mga linya at "
                    "linggong pinili mo.",
    "language": "Wika",
    "data_source": "Data",
    "profile_garments": "Garments",
    "profile_food": "Food processing",
    "profile_electronics": "Electronics",
    "your_file": "File mo: {file}",
    "upload_button": "I-upload ang file mo",
    "upload_help": "CSV o Excel (.xlsx) hanggang {limit} MB: isang row bawat linya (o "
                   "team) at araw. Pagkatapos, titingnan mo kung aling column ang alin.",
    "step_choose": "Piliin ang file mo",
    "step_columns": "Tingnan ang mga column",
    "step_kpis": "Tingnan ang mga KPI",
    "mapping_cancel": "Cancel",
    "filter_all": "Lahat",
    "lines": "Mga linya",
    "weeks": "Mga linggo",
    "pick_a_line": "I-tick ang kahit isang linya. Ang mga numero sa ibaba ay para pa rin sa "
                   "mga linyang pinili kanina.",
    "period": "{first} hanggang {last} · {weeks} · {lines}",
    "weeks_one": "1 linggo",
    "weeks_many": "{n} linggo",
    "all_lines": "lahat ng linya",
    "updating": "Ina-update…",
    "drawing": "Ginagawa ang chart…",
    "no_rows": "Walang data para sa mga linya at linggong ito.",
    "upload_too_big": "{size} MB ang {file}. Hanggang {limit} MB lang ang nababasa ng "
                      "dashboard. Iwan lang ang mga buwang kailangan (halimbawa, ang "
                      "nakaraang taon), i-save ang file at i-upload muli.",
    "upload_loaded": "{file}: {rows} row, {lines} linya, {first} hanggang {last}.",
    "upload_failed": "Hindi magamit ang {file}. Ang dating data pa rin ang ipinapakita "
                     "ng dashboard.",
    "causes_problem": "May problema ang sheet na 'defect_causes', kaya walang Pareto chart.",
    "missing_pillars": "Walang KPI para sa {pillars} sa file na ito: nakasulat sa bawat "
                       "card kung anong column ang kailangan.",
    "mapping_not_saved": "Hindi na-save ang mga napiling column ({why}).",
    "problems_like_these": "{count} problemang ganito:",
    "problems_more": "… at {n} pang ganito.",
    "problems_more_kinds": "… at {n} pang ibang uri ng problema.",
    "unexpected": "May nangyaring mali ({error}). Ang dating view pa rin ang ipinapakita "
                  "ng dashboard.",
    "month_label": "{month} {year}",
    "month_1": "Enero",
    "month_2": "Pebrero",
    "month_3": "Marso",
    "month_4": "Abril",
    "month_5": "Mayo",
    "month_6": "Hunyo",
    "month_7": "Hulyo",
    "month_8": "Agosto",
    "month_9": "Setyembre",
    "month_10": "Oktubre",
    "month_11": "Nobyembre",
    "month_12": "Disyembre",
    "pillar_Q": "Kalidad",
    "pillar_C": "Gastos",
    "pillar_D": "Delivery",
    "pillar_M": "Morale",
    "pillar_S": "Kaligtasan",
    "kpi_defect_rate": "Defect rate",
    "kpi_cost_per_unit": "Gastos bawat good na piraso",
    "kpi_on_time_delivery": "On-time delivery",
    "kpi_absenteeism_rate": "Absenteeism rate",
    "kpi_frequency_rate": "Rate ng lost-time injury (LTIFR)",
    "kpi_first_pass_yield": "First-pass yield",
    "kpi_sewing_efficiency": "Efficiency ng linya (SMV)",
    "kpi_labour_productivity": "Good na piraso bawat oras ng trabaho",
    "kpi_oee": "OEE",
    "kpi_idle_time_share": "Idle time (% ng oras)",
    "kpi_line_balance_efficiency": "Line balance efficiency",
    "kpi_productivity_vs_target": "Output laban sa target",
    "kpi_turnover_rate": "Turnover rate",
    "kpi_overtime_per_worker": "Overtime bawat manggagawa",
    "kpi_incidence_rate": "Rate ng injury at sakit (TRIR)",
    "kpi_severity_rate": "Severity rate",
    "unit_frequency_rate": "bawat 1,000,000 oras ng trabaho",
    "unit_labour_productivity": "good na piraso bawat oras",
    "unit_overtime_per_worker": "oras bawat manggagawa bawat araw",
    "unit_incidence_rate": "bawat 200,000 oras ng trabaho",
    "unit_severity_rate": "araw na nawala bawat 1,000,000 oras ng trabaho",
    "light_green": "Pasok sa target",
    "light_amber": "Bantayan",
    "light_red": "Aksyunan na",
    "light_no_data": "Walang data",
    "light_no_target": "Wala pang target",
    "card_target": "Target {op} {green} · Bantayan {op} {amber}",
    "card_usual": "Karaniwang linggo: {usual}",
    "card_not_in_file": "Wala sa file na ito",
    "card_needs": "Para makita ito, magdagdag ng column para sa: {columns}.",
    "card_no_target": "Maglagay ng target sa Mga target, sa ibaba.",
    "cards_note": "Para sa buong period na pinili ang bawat card: tino-total muna ang mga "
                  "bilang, saka hinahati.",
    "trend_heading": "Trend bawat linggo",
    "trend_title": "{label} bawat linggo",
    "target_legend": "Target {value}",
    "beyond_target": "Hindi pasok sa target",
    "trend_no_data": "Walang {label} na maipapakita para sa mga linya at linggong ito.",
    "trend_no_kpi": "Wala pang KPI ng {pillar} ang file mo: nakasulat sa card nito kung "
                    "anong column ang idadagdag.",
    "trend_no_target": "Maglagay ng target para sa {label} (Mga target, sa ibaba) para "
                       "makita ang trend nito laban sa target.",
    "pareto_heading": "Mga depekto ayon sa sanhi (Pareto)",
    "pareto_title_one": "Galing sa 1 sanhi ang {share} ng mga depekto",
    "pareto_title_many": "Galing sa {count} sanhi ang {share} ng mga depekto",
    "pareto_axis": "Depekto (piraso)",
    "pareto_cumulative": "Cumulative %",
    "pareto_needs_causes": "Kailangan ng Pareto chart ang mga depekto ayon sa sanhi: "
                           "magdagdag ng sheet na 'defect_causes' sa Excel file mo, na may "
                           "mga column na date, line, cause at defects.",
    "pareto_not_filtered": "Bawat linya at araw nakatala ang depekto ayon sa sanhi, hindi "
                           "bawat department, shift o produkto: alisin ang filter para "
                           "makita ang Pareto chart.",
    "pareto_no_defects": "Walang naitalang depekto ayon sa sanhi para sa mga linya at "
                         "linggong ito.",
    "download_csv": "I-download ang KPI table (CSV)",
    "download_png": "I-download ang chart na ito (PNG)",
    "changes_heading": "Ano ang nagbago ngayong linggo",
    "changes_week": "Linggo ng {week} kumpara sa nakaraang linggo, bawat linya; una ang "
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
    "targets_help": "Berde: pasok sa target. Dilaw: bantayan. Mas malala pa sa dilaw: "
                    "aksyunan na. Ang mga rate ay sa %, ang gastos ay multiple ng "
                    "karaniwang linggo (1.05 = 5 % na mas mataas).",
    "green": "Berde",
    "amber": "Dilaw",
    "unit_percent": "%",
    "unit_times_usual": "× karaniwang linggo",
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
