"""Every word the safety triage app shows, in English and Filipino.

    from score_helpers.widgets.safety_triage_labels import text
    text("fil", "classify")                  # 'Imungkahi ang kategorya'

Filipino is the Tagalog of a Philippine factory floor; English stays where the shop floor
keeps it (near miss, first aid, HIRAC, OSH committee, log). Placeholders in braces are
filled with `str.format`. A key missing in Filipino falls back to English. Messages from
the helpers (a ValueError naming a field) stay in English.
"""

from __future__ import annotations

from score_helpers.widgets.dashboard_labels import language_from_env

__all__ = ["EN", "FIL", "LABELS", "category_name", "language_from_env", "text"]

EN: dict[str, str] = {
    "title": "Safety report triage",
    "subtitle": "Type or paste what happened, in English or Taglish. The AI suggests a hazard "
                "category and a risk rating; your OSH committee confirms or changes them.",
    "no_blame": "No blame: a report is about the hazard, not the person. Names are not "
                "needed: write \"a worker\" or \"the operator\".",
    "loading": "Getting the model ready… (a few seconds)",
    "date": "Date",
    "factory": "Factory",
    "line": "Area or line",
    "factory_placeholder": "e.g. garments",
    "line_placeholder": "e.g. Line A, warehouse",
    "report_type": "What happened",
    "type_near_miss": "Near miss (nobody hurt)",
    "type_first_aid": "First aid",
    "type_recordable": "Medical treatment",
    "type_lost_time": "Lost time",
    "type_illness": "Work-related illness",
    "days_lost": "Days lost",
    "report": "The report",
    "report_placeholder": "What happened, where, with which machine or material? "
                          "e.g. Muntik maipit ang daliri sa sewing machine, walang guard",
    "classify": "Suggest a category",
    "empty_report": "Type what happened first, then press “Suggest a category”.",
    "suggestion": "AI suggestion",
    "suggested": "Suggested category: {category}",
    "confidence": "{percent} sure",
    "because": "Because of the words: {words}",
    "no_words": "no familiar words: read it carefully",
    "needs_review": "⚠ Needs review: the model is unsure. A person must read this report "
                    "and choose the category.",
    "looks_sure": "✓ The model is fairly sure. It is still a suggestion: check it.",
    "privacy": "This report seems to hold {what}. Names and numbers are not needed: you can "
               "replace them before saving.",
    "found_name": "a name", "found_phone": "a phone number", "found_other": "a personal number",
    "decide": "You decide",
    "category": "Category",
    "category_help": "Prefilled with the suggestion. Change it if it is wrong: the OSH "
                     "committee decides, not the AI.",
    "rating": "Risk rating (HIRAC)",
    "likelihood": "Likelihood",
    "severity": "Severity",
    "suggested_rating": "Suggested: likelihood {likelihood}, severity {severity}, because "
                        "{reason}.",
    "level": "{level} risk: {score} = likelihood {likelihood} × severity {severity}.",
    "level_low": "LOW", "level_medium": "MEDIUM", "level_high": "HIGH",
    "level_critical": "CRITICAL",
    "save": "Save to the log",
    "changed": "The report changed after the suggestion, so here is a new one. Check the "
               "category and the rating, then press “Save to the log” again.",
    "saved": "Saved. The report is in the log: {path}",
    "summary": "This week and the weeks before",
    "summary_empty": "No reports saved yet. Saved reports are counted here, week by week.",
    "summary_note": "More near misses reported is good news: people speak up before someone "
                    "is hurt.",
    "col_week": "Week (Monday)",
    "col_reports": "Reports",
    "col_near_misses": "Near misses",
    "col_injuries": "Injuries",
    "col_high_or_critical": "High or critical",
    "col_needs_review": "Needs review",
    "col_most_common_hazard": "Most common hazard",
    "log_place": "The log is saved in {path} (opens in Excel).",
    "error": "Something went wrong: {error}",
}

FIL: dict[str, str] = {
    "title": "Safety report triage",
    "subtitle": "I-type o i-paste ang nangyari, sa English o Taglish. Magmumungkahi ang AI "
                "ng hazard category at risk rating; ang OSH committee ang magkukumpirma o "
                "magbabago.",
    "no_blame": "Walang sisihan: ang report ay tungkol sa panganib, hindi sa tao. Hindi "
                "kailangan ang pangalan: isulat ang \"isang worker\" o \"ang operator\".",
    "loading": "Inihahanda ang model… (ilang segundo)",
    "date": "Petsa",
    "factory": "Pabrika",
    "line": "Lugar o linya",
    "factory_placeholder": "hal. garments",
    "line_placeholder": "hal. Line A, bodega",
    "report_type": "Ano ang nangyari",
    "type_near_miss": "Near miss (walang nasaktan)",
    "type_first_aid": "First aid",
    "type_recordable": "Medical treatment",
    "type_lost_time": "Lost time (nawalan ng araw)",
    "type_illness": "Sakit dahil sa trabaho",
    "days_lost": "Araw na nawala",
    "report": "Ang report",
    "report_placeholder": "Ano ang nangyari, saan, anong makina o materyales? "
                          "hal. Muntik maipit ang daliri sa sewing machine, walang guard",
    "classify": "Imungkahi ang kategorya",
    "empty_report": "I-type muna ang nangyari, saka pindutin ang “Imungkahi ang kategorya”.",
    "suggestion": "Mungkahi ng AI",
    "suggested": "Mungkahing kategorya: {category}",
    "confidence": "{percent} sigurado",
    "because": "Dahil sa mga salitang: {words}",
    "no_words": "walang kilalang salita: basahing mabuti",
    "needs_review": "⚠ Kailangang suriin: hindi sigurado ang model. Dapat basahin ng isang "
                    "tao ang report at siya ang pumili ng kategorya.",
    "looks_sure": "✓ Medyo sigurado ang model. Mungkahi pa rin ito: suriin.",
    "privacy": "Mukhang may {what} ang report. Hindi kailangan ang pangalan at numero: "
               "puwede ninyong palitan bago i-save.",
    "found_name": "pangalan", "found_phone": "numero ng telepono",
    "found_other": "personal na numero",
    "decide": "Kayo ang magpapasya",
    "category": "Kategorya",
    "category_help": "Nakalagay na ang mungkahi. Palitan kung mali: ang OSH committee ang "
                     "nagpapasya, hindi ang AI.",
    "rating": "Risk rating (HIRAC)",
    "likelihood": "Likelihood (gaano kadalas)",
    "severity": "Severity (gaano kalala)",
    "suggested_rating": "Mungkahi: likelihood {likelihood}, severity {severity}, dahil "
                        "{reason}.",
    "level": "{level} na risk: {score} = likelihood {likelihood} × severity {severity}.",
    "save": "I-save sa log",
    "changed": "Nagbago ang report pagkatapos ng mungkahi, kaya may bagong mungkahi. Suriin "
               "ang kategorya at ang rating, saka pindutin muli ang “I-save sa log”.",
    "saved": "Na-save. Nasa log na ang report: {path}",
    "summary": "Ngayong linggo at mga nakaraang linggo",
    "summary_empty": "Wala pang na-save na report. Dito bibilangin ang mga report, bawat "
                     "linggo.",
    "summary_note": "Magandang balita ang mas maraming near miss na naiulat: nagsasalita ang "
                    "mga tao bago may masaktan.",
    "col_week": "Linggo (Lunes)",
    "col_reports": "Mga report",
    "col_near_misses": "Near miss",
    "col_injuries": "May nasaktan",
    "col_high_or_critical": "High o critical",
    "col_needs_review": "Kailangang suriin",
    "col_most_common_hazard": "Pinakamadalas na panganib",
    "log_place": "Naka-save ang log sa {path} (nabubuksan sa Excel).",
    "error": "May nagkamali: {error}",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}

# Hazard categories in plain words (the same in both languages: shop-floor English).
CATEGORY_NAMES: dict[str, str] = {
    "slip_trip_fall": "Slip, trip or fall",
    "caught_in_machinery": "Caught in machinery",
    "cut_sharp": "Cut or sharp object",
    "electrical": "Electrical",
    "chemical": "Chemical",
    "fire_hot_surface": "Fire or hot surface",
    "ergonomic_manual_handling": "Lifting, posture (ergonomic)",
    "falling_object": "Falling object",
    "ppe_noncompliance": "PPE not used",
    "housekeeping": "Housekeeping (5S)",
    "vehicle_forklift": "Vehicle or forklift",
    "other": "Other",
}


def text(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang` ('en' or 'fil'), with its placeholders filled in."""
    template = LABELS.get(lang, EN).get(key, EN[key])
    return template.format(**values) if values else template


def category_name(category: str) -> str:
    """A hazard category in plain words: 'cut_sharp' → 'Cut or sharp object'."""
    return CATEGORY_NAMES.get(category, category.replace("_", " ").capitalize())
