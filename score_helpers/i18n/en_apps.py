"""English: every word of the document assistant, the maintenance what-if simulator, the
safety triage app and the KPI snapshot (IDs `app.<app>.<key>`).

The document assistant's document titles, field labels and hints are in en_documents.py;
the review checklist's words in en_review.py. Placeholders are str.format names.
"""

from __future__ import annotations

DOCUMENT_ASSISTANT: dict[str, str] = {
    "title": "Document assistant",
    "intro": "Draft EIT minutes, toolbox talks, notices and letters with AI (the offline model "
             "or the chat assistant on your phone), check them, then download them as Markdown "
             "or Word once a person has reviewed them.",
    "fields_needed": "Fill in the boxes marked *: {fields}.",
    "subtitle": "You give the facts, the AI writes a first draft, and a person checks and "
                "edits it before anyone else reads it.",
    "model": "Model: {provider}",
    "step_fill": "1 · Choose the document and fill in the facts",
    "kind": "Document",
    "language": "Write in",
    "length": "Length",
    "length_short": "Short",
    "length_medium": "Medium",
    "length_long": "Long",
    "required_note": "Boxes marked * must be filled in. Write only facts you know: the AI "
                     "must not guess them.",
    "roster": "Names to keep out (optional)",
    "roster_placeholder": "one name per line, e.g. the workers named in your notes",
    "roster_help": "These names become [NAME] in the text for an online model, and the "
                   "review flags them if they appear in the draft.",
    "step_preview": "2 · Check what will be sent",
    "preview_waiting": "Fill in the boxes marked * to see the text that will be sent.",
    "preview_offline": "The practice model runs on this computer: your text stays here and "
                       "is sent as you typed it. Below is what an online model would get: "
                       "personal data replaced by placeholders such as [PHONE] and [NAME].",
    "preview_remote": "This text leaves this computer for {provider}. Personal data is "
                      "replaced first by placeholders such as [PHONE] and [NAME]. Read it "
                      "before you press the button.",
    "removed_none": "No personal data found. Still read the text: the redaction is a "
                    "safety net, not a guarantee.",
    "removed_one": "1 piece of personal data is replaced by a placeholder.",
    "removed_many": "{n} pieces of personal data are replaced by placeholders.",
    "instructions": "The fixed instructions sent with it",
    "step_generate": "3 · Write the draft",
    "generate": "Write the draft",
    "working": "Working… the model is writing. The first words can take a few seconds.",
    "done": "Draft written in {seconds} s by {provider}.",
    "practice_warning": "This is a practice model: expect mistakes; a person must check "
                        "every line.",
    "remote_warning": "An AI wrote this draft: a person must check every line before it "
                      "is shared.",
    "draft_placeholder": "The draft appears here. You can edit it, or write your own.",
    "fields_missing": "Not written yet. {why}",
    "model_failed": "The draft could not be written. {why}",
    "empty_reply": "The model gave no text. Try again, or add more facts to the boxes.",
    "unexpected": "Something went wrong ({error}). Your text is still here; try again.",
    "step_review": "4 · Review the draft",
    "review_help": "Edit the draft above, then check it again. The checklist helps, but "
                   "only a person can confirm the facts.",
    "check": "Check the draft",
    "review_waiting": "There is no draft to check yet.",
    "review_stale": "You changed the draft: press “Check the draft” to check it again and "
                    "to make the files to download.",
    "step_download": "5 · Download",
    "download_help": "The files hold the draft as you checked it, with a line at the end "
                     "for the reviewer's name and the date.",
    "download_md": "Download as Markdown (.md)",
    "download_docx": "Download as Word (.docx)",
    "download_help_signed": "The files hold the draft as you checked it, with your name "
                            "({name}), today's date, and a note that you checked the "
                            "flagged lines yourself.",
    # the generation guards (llm.GuardNote kinds)
    "refused": "No draft this time: the model started repeating itself, so it was stopped. "
               "What to do: press “Write the draft” again, or shorten the notes to the main "
               "facts. The bigger offline model writes better (ask your trainer: "
               "score-lab llm install). Or use the chat assistant on your phone (step 3b "
               "below).",
    "guard_wrong_language": "The model did not write in {language}. Read it carefully, "
                            "or write it again.",
    "guard_too_long": "The draft reached its length limit and was cut off: the end may be "
                      "missing. Check the last lines, or choose Long and write it again.",
    "guard_other": "The model's answer was flagged ({kind}). Read it carefully.",
    "check_language": "Language",
    "check_length": "Length",
    "check_guard": "Model warning",
    "check_language_detail": "not written in {language}: check every line",
    "check_length_detail": "cut off at the length limit: check the end",
    "signoff_help": "The checklist flagged some lines (✘). Fix them and check again. If "
                    "you checked them yourself and they are right, tick the box and type "
                    "your name: then the files appear.",
    "signoff_tick": "I checked these myself",
    "signoff_name": "Your name",
    "signoff_name_placeholder": "the reviewer's full name",
    "signoff_waiting": "No files yet: fix the ✘ lines, or tick the box and type your name.",
    # 3b · the chat assistant on the participant's phone
    "step_phone": "3b · Or use the chat assistant on your phone",
    "models_note": "The small built-in model is for practice: it often repeats itself or "
                   "invents facts; the bigger optional one writes better English but is "
                   "still weak in Filipino. The chat assistant on your phone writes better "
                   "Filipino, but give it only the text below, where personal data is "
                   "already replaced.",
    "phone_steps": "Press Copy and paste the text into the chat assistant on your phone. "
                   "Then copy its answer, paste it in the box below and press “Use this "
                   "answer”: it goes into the draft box and gets the same checklist.",
    "copy": "Copy",
    "copied": "Copied. Now paste it in your chat assistant.",
    "copy_blocked": "This browser blocked copying. The text is selected: press Ctrl+C (on "
                    "a phone: press and hold, then Copy).",
    "paste_placeholder": "Paste the chat assistant's answer here",
    "use_pasted": "Use this answer",
    "paste_empty": "The box is empty. Paste the chat assistant's answer first.",
    "pasted": "The answer is in the draft box and checked below. Read every line: a chat "
              "assistant can get facts wrong too.",
}

MAINTENANCE_SIMULATOR: dict[str, str] = {
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
    "alert_since": "At or above the limit since",
    "alert_send": "Send a technician to check",
    "alerts_note": "An alert goes to a person. The technician decides; no machine is "
                   "stopped by itself.",
    "months_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "when": "{day} {month} {year}, {time}",
    "few_services": "Why so few planned jobs ({planned})? The {days} days start again after "
                    "every service or repair. At this load a machine broke down about every "
                    "{gap} days, sooner than {days} days, so its service was rarely due and the "
                    "breakdowns stayed. Service more often (fewer days) to get ahead of them.",
    "error": "Something went wrong ({error}). The figures from before stay shown.",
    # Your machine's data: a machine's own sensor export
    "own_heading": "Your machine's data",
    "own_intro": "Check a machine's own sensor log with the same zones and alerts: a CSV or "
                 "Excel export from your data logger, with a date-and-time column and one or "
                 "more readings (vibration in mm/s, bearing temperature in °C, motor current "
                 "in A).",
    "own_step_file": "1 · Choose your machine's file",
    "own_upload": "Choose file",
    "own_reading_file": "Reading {file}…",
    "own_too_big": "{file} is {size} MB; the app takes files up to {limit} MB. Save a shorter "
                   "period (for example one month) and upload it again.",
    "own_cannot_read": "We could not read {file}. What to fix:",
    "own_need_reading": "Still needed: at least one reading (vibration, bearing temperature "
                        "or motor current). Choose which of your columns it is.",
    "own_no_values": "{file} has no readings in the columns you chose: every cell is blank. "
                     "Check that you chose the right columns.",
    "own_loaded": "{file}: {rows} readings from {first} to {last}, about one every {minutes} "
                  "minutes. Machines: {machines}.",
    "own_step_results": "3 · What the readings say",
    "own_units_heading": "Units",
    "own_unit_ours": "{header}: read as {unit}.",
    "own_unit_converted": "{header}: converted from {written} to {unit} ({formula}).",
    "own_unit_unknown": "{header}: we do not know the unit '{written}', so it is read as "
                        "{unit}. Check your logger's settings.",
    "own_unit_none": "{header}: no unit in the column name, so it is read as {unit}. Check "
                     "your logger's settings.",
    "own_formula_vibration_mm_s": "1 in/s = 25.4 mm/s",
    "own_formula_bearing_temp_c": "°C = (°F − 32) × 5 ÷ 9",
    "own_rule": "An alert: vibration at or above {limit} mm/s for {hours} hours in a row while "
                "the machine runs, that is {readings} readings, one every {minutes} minutes. "
                "A blank reading is skipped; a reading with the motor current at 0 is a "
                "stopped machine.",
    "own_zones_note": "Zones: ISO 10816-1, class I (small machines up to 15 kW). For a bigger "
                      "machine, ask your vibration technician which limits fit it.",
    "own_no_vibration": "The file has no vibration column, so there are no zones or alerts. "
                        "The chart shows your readings.",
    "own_summary_heading": "Each machine",
    "own_col_readings": "Readings",
    "own_col_period": "From – to",
    "own_col_latest": "Latest vibration",
    "own_col_highest": "Highest vibration",
    "own_col_zones": "Readings in zone A · B · C · D",
    "own_col_temp": "Highest bearing temp.",
    "own_col_current": "Latest motor current",
    "own_col_alerts": "Alerts",
    "own_value_zone": "{value} mm/s (zone {zone})",
    "own_crossings_heading": "When each machine first reached a higher zone",
    "own_crossing": "{machine} reached zone {zone} ({meaning}) on {when}: {value} mm/s.",
    "own_crossings_none": "No machine went into a higher zone than the one it started in.",
    "own_chart_title": "{machine}: your readings",
    "own_chart_temp": "Bearing temp. (°C)",
    "own_chart_current": "Motor current (A)",
    "own_chart_reading": "Reading",
    "own_error": "Something went wrong with {file} ({error}). Try the file again, or ask "
                 "your trainer.",
}

SAFETY_TRIAGE: dict[str, str] = {
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
    "privacy": "Before you save: this report seems to hold {what}. The log needs the "
               "hazard, not who was involved. Press “Remove them” to take them out.",
    "remove_personal": "Remove them",
    "removed_personal": "Removed: the report now says [NAME] or [PHONE] instead. Check the "
                        "words, then save.",
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
    "type_fatality": "Fatality",
    # importing a register: many reports at once
    "import_title": "Import a register: many reports at once",
    "import_intro": "Already keep an incident or near-miss register in Excel or CSV, one "
                    "report per row? Upload it. The AI suggests a category for every report; "
                    "your OSH committee confirms or changes each one.",
    "people_decide": "AI suggests, people decide: nothing is added to the log until your "
                     "committee checks the reports and presses the green button.",
    "import_step_upload": "1 · Upload your register",
    "import_upload": "Upload register",
    "import_upload_help": "CSV or Excel (.xlsx), up to {limit} MB, one report per row. "
                          "Titles above the column names are fine.",
    "import_too_big": "{file} is {size} MB, more than {limit} MB. Save only this year's "
                      "sheet (or split the register by month) and upload it again.",
    "import_failed": "{file} could not be read. Fix the file and upload it again:",
    "import_no_reports": "{file} has no report text in the column chosen as “What "
                         "happened”. Check the columns and try again.",
    "import_step_review": "3 · Check each report",
    "import_review_intro": "Tick the reports to add. Change the category or the type where "
                           "the AI or the register is wrong. Reports marked ⚠ need a person "
                           "to read them.",
    "import_counts": "Reports read: {total}. The AI is unsure about {review} of them (⚠).",
    "import_blank": "Left out, no report text: No. {numbers}.",
    "import_privacy": "Names and phone numbers in the texts were replaced by [NAME] and "
                      "[PHONE] (reports changed: {count}). Who reported is not copied to the "
                      "log.",
    "import_privacy_none": "Who reported is not copied to the log: the log needs the "
                           "hazard, not the name.",
    "import_in_log_note": "Already in the log (same date and text), so not ticked: "
                          "{count}.",
    "import_rating_note": "The risk rating is a first guess from the category and the "
                          "type. Discuss the HIGH and CRITICAL ones at your next OSH "
                          "committee meeting.",
    "import_col_add": "Add",
    "import_col_date": "Date",
    "import_col_report": "No., area and report",
    "import_col_type": "Type",
    "import_col_category": "AI suggests · you decide",
    "import_col_risk": "First rating",
    "import_choose": "Choose…",
    "import_register_said": "Register says: {word}",
    "import_in_log": "Already in the log",
    "import_unsure": "⚠ unsure: read it",
    "import_risk": "{level} {score}",
    "import_no_rating": "choose the type",
    "import_page": "Reports {first}–{last} of {total}",
    "import_prev": "Previous",
    "import_next": "Next",
    "import_add": "Add the ticked reports to the log ({count})",
    "import_need_type": "Choose the type (near miss, first aid …) of No. {numbers}, or "
                        "untick them.",
    "import_need_date": "Enter the date of No. {numbers}, or untick them.",
    "import_none_ticked": "No report is ticked. Tick the reports to add.",
    "import_added": "Added to the log: {added}. Left out: {left}. The summary below counts "
                    "them.",
}

# Hazard categories in plain words (`app.safety_triage.category.<category>`).
SAFETY_CATEGORIES: dict[str, str] = {
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

KPI_SNAPSHOT: dict[str, str] = {
    "title": "QCDMS KPI snapshot",
    "intro": "Choose a factory and a month to see Quality, Cost, Delivery, Morale and Safety "
             "KPIs for each line.",
    "factory": "Factory",
    "month": "Month",
    "pillar": "Pillar",
    "kpi": "KPI",
    "factory_garments": "Garments",
    "factory_food": "Food processing",
    "factory_electronics": "Electronics",
    "note": "Rates are for the whole month: counts are added up first, then divided. "
            "A dash means there was nothing to measure.",
}

SECTIONS: dict[str, dict[str, str]] = {
    "app.document_assistant": DOCUMENT_ASSISTANT,
    "app.maintenance_simulator": MAINTENANCE_SIMULATOR,
    "app.safety_triage": SAFETY_TRIAGE,
    "app.safety_triage.category": SAFETY_CATEGORIES,
    "app.kpi_snapshot": KPI_SNAPSHOT,
}
