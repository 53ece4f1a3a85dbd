"""Filipino: every word of the document assistant, the maintenance what-if simulator, the
safety triage app and the KPI snapshot (IDs `app.<app>.<key>`).

Filipino is the Tagalog of a Philippine factory floor; English stays where the shop floor
keeps it (draft, alert, breakdown, false alarm, hazard, near miss, first aid, HIRAC, OSH
committee, log, KPI), as trainer/filipino_glossary.md lists them.
Same keys and {placeholders} as en_apps.py.
"""

from __future__ import annotations

DOCUMENT_ASSISTANT: dict[str, str] = {
    "title": "Document assistant",
    "intro": "Gumawa ng draft ng minutes ng EIT, toolbox talk, anunsyo at sulat gamit ang AI "
             "(ang offline model o ang chat assistant sa phone mo), i-check ito, saka i-download "
             "bilang Markdown o Word kapag nasuri na ng isang tao.",
    "fields_needed": "Punan ang mga kahong may *: {fields}.",
    "subtitle": "Ikaw ang magbibigay ng mga detalye, ang AI ang susulat ng unang draft, at "
                "isang tao ang magsusuri at mag-e-edit nito bago ito basahin ng iba.",
    "model": "Model: {provider}",
    "step_fill": "1 · Piliin ang dokumento at ilagay ang mga detalye",
    "kind": "Dokumento",
    "language": "Isulat sa",
    "length": "Haba",
    "length_short": "Maikli",
    "length_medium": "Katamtaman",
    "length_long": "Mahaba",
    "required_note": "Dapat punan ang mga kahong may *. Isulat lang ang mga detalyeng alam "
                     "mo: hindi dapat manghula ang AI.",
    "roster": "Mga pangalang hindi dapat isama (opsyonal)",
    "roster_placeholder": "isang pangalan bawat linya, hal. ang mga manggagawang nabanggit "
                          "sa notes mo",
    "roster_help": "Magiging [NAME] ang mga pangalang ito sa text para sa online na model, "
                   "at ituturo ng review kung lumabas sila sa draft.",
    "step_preview": "2 · Tingnan ang ipapadala",
    "preview_waiting": "Punan ang mga kahong may * para makita ang text na ipapadala.",
    "preview_offline": "Sa computer na ito tumatakbo ang practice model: dito lang ang text "
                       "mo at ipinapadala ito nang gaya ng tinype mo. Nasa ibaba ang "
                       "matatanggap ng online na model: papalitan ang personal data ng "
                       "placeholder gaya ng [PHONE] at [NAME].",
    "preview_remote": "Lalabas sa computer na ito ang text papunta sa {provider}. Papalitan "
                      "muna ang personal data ng placeholder gaya ng [PHONE] at [NAME]. "
                      "Basahin ito bago pindutin ang button.",
    "removed_none": "Walang nakitang personal data. Basahin pa rin ang text: safety net "
                    "lang ang redaction, hindi garantiya.",
    "removed_one": "1 personal data ang pinalitan ng placeholder.",
    "removed_many": "{n} personal data ang pinalitan ng placeholder.",
    "instructions": "Ang mga instruction na laging kasama nito",
    "step_generate": "3 · Isulat ang draft",
    "generate": "Isulat ang draft",
    "working": "Sandali… nagsusulat ang model. Ilang segundo bago lumabas ang mga unang "
               "salita.",
    "done": "Naisulat ang draft sa loob ng {seconds} s ng {provider}.",
    "practice_warning": "Practice model ito: asahan ang mga mali; dapat suriin ng isang tao "
                        "ang bawat linya.",
    "remote_warning": "AI ang sumulat ng draft na ito: dapat suriin ng isang tao ang bawat "
                      "linya bago ito ibahagi.",
    "draft_placeholder": "Dito lalabas ang draft. Puwede mo itong i-edit, o magsulat ng "
                         "sarili mo.",
    "fields_missing": "Hindi pa naisulat. {why}",
    "model_failed": "Hindi naisulat ang draft. {why}",
    "empty_reply": "Walang ibinigay na text ang model. Subukan ulit, o magdagdag ng detalye "
                   "sa mga kahon.",
    "unexpected": "May nangyaring mali ({error}). Nandito pa rin ang text mo; subukan ulit.",
    "step_review": "4 · Suriin ang draft",
    "review_help": "I-edit ang draft sa itaas, saka suriin ulit. Nakakatulong ang "
                   "checklist, pero tao lang ang makaka-confirm ng mga detalye.",
    "check": "Suriin ang draft",
    "review_waiting": "Wala pang draft na masusuri.",
    "review_stale": "Binago mo ang draft: pindutin ang “Suriin ang draft” para suriin ito "
                    "ulit at gawin ang mga file na ida-download.",
    "step_download": "5 · I-download",
    "download_help": "Nasa mga file ang draft gaya ng sinuri mo, may linya sa dulo para sa "
                     "pangalan ng nagsuri at petsa.",
    "download_md": "I-download bilang Markdown (.md)",
    "download_docx": "I-download bilang Word (.docx)",
    "download_help_signed": "Nasa mga file ang draft gaya ng sinuri mo, kasama ang pangalan "
                            "mo ({name}), ang petsa ngayon, at na ikaw mismo ang tumingin "
                            "sa mga linyang may ✘.",
    "refused": "Walang draft ngayon: paulit-ulit na ang sinusulat ng model kaya pinahinto "
               "ito. Ang puwedeng gawin: pindutin ulit ang “Isulat ang draft”, o paikliin "
               "ang notes sa mga pangunahing detalye. Mas maayos sumulat ang mas malaking "
               "offline model (sabihan ang trainer: score-lab llm install). O gamitin ang "
               "chat assistant sa phone mo (step 3b sa ibaba).",
    "guard_wrong_language": "Hindi sa {language} sumulat ang model. Basahing mabuti, o "
                            "ipasulat ulit.",
    "guard_too_long": "Umabot sa limit ng haba ang draft kaya naputol: baka kulang ang dulo. "
                      "Tingnan ang mga huling linya, o piliin ang Mahaba at ipasulat ulit.",
    "guard_other": "May flag ang sagot ng model ({kind}). Basahing mabuti.",
    "check_language": "Wika",
    "check_length": "Haba",
    "check_guard": "Babala sa sagot ng model",
    "check_language_detail": "hindi nakasulat sa {language}: tingnan ang bawat linya",
    "check_length_detail": "naputol sa limit ng haba: tingnan ang dulo",
    "signoff_help": "May mga linyang na-flag ang checklist (✘). Ayusin at suriin ulit. "
                    "Kung ikaw mismo ang tumingin at tama naman, i-tick ang kahon at "
                    "i-type ang pangalan mo: saka lalabas ang mga file.",
    "signoff_tick": "Ako mismo ang tumingin dito",
    "signoff_name": "Pangalan mo",
    "signoff_name_placeholder": "buong pangalan ng nagsuri",
    "signoff_waiting": "Wala pang file: ayusin ang mga linyang may ✘, o i-tick ang kahon at "
                       "i-type ang pangalan mo.",
    "step_phone": "3b · O gamitin ang chat assistant sa phone mo",
    "models_note": "Pang-practice lang ang maliit na built-in model: madalas itong "
                   "umuulit o nag-iimbento ng detalye; mas maayos sa English ang mas malaking "
                   "optional na model pero mahina pa rin sa Filipino. Mas maayos sumulat ng "
                   "Filipino ang chat assistant sa phone mo, pero ang text lang sa ibaba ang "
                   "ibigay mo, kung saan napalitan na ang personal data.",
    "phone_steps": "Pindutin ang Copy at i-paste ang text sa chat assistant sa phone mo. "
                   "Tapos kopyahin ang sagot nito, i-paste sa kahon sa ibaba at pindutin ang "
                   "“Gamitin ang sagot na ito”: mapupunta ito sa draft at dadaan sa parehong "
                   "checklist.",
    "copy": "Copy",
    "copied": "Nakopya na. I-paste mo na sa chat assistant mo.",
    "copy_blocked": "Hinarang ng browser ang pag-copy. Naka-select na ang text: pindutin "
                    "ang Ctrl+C (sa phone: pindutin nang matagal, tapos Copy).",
    "paste_placeholder": "I-paste dito ang sagot ng chat assistant",
    "use_pasted": "Gamitin ang sagot na ito",
    "paste_empty": "Walang laman ang kahon. I-paste muna ang sagot ng chat assistant.",
    "pasted": "Nasa draft na ang sagot at sinuri sa ibaba. Basahin ang bawat linya: "
              "puwede ring magkamali ng detalye ang chat assistant.",
}

MAINTENANCE_SIMULATOR: dict[str, str] = {
    "title": "Maintenance what-if simulator",
    "subtitle": "Anim na practice na makina sa loob ng 90 araw. Igalaw ang slider: tingnan "
                "ang mga breakdown, mga alert at magkano ang bawat paraan ng maintenance.",
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
    "zone_D": "malala: puwedeng masira ang makina",
    "machine": "Makina",
    "prices_heading": "Halimbawang presyo — gamitin ang sa inyo",
    "prices_help": "I-type ang numero ng pabrika ninyo; magbabago ang paghahambing kapag "
                   "pinindot ang Enter o nag-click sa iba.",
    "price_downtime_cost_php_per_hour": "Nawalang output bawat oras na tigil (₱)",
    "price_repair_parts_php": "Piyesa sa pag-ayos ng breakdown (₱)",
    "price_planned_parts_php": "Piyesa sa planned job (₱)",
    "price_labour_php_per_hour": "Technician bawat oras (₱)",
    "price_false_alarm_visit_php": "Pagsuri sa maayos na makina (₱)",
    "updating": "Ina-update…",
    "drawing": "Ginagawa ang chart…",
    "costs_heading": "Magkano ang bawat paraan ng maintenance (90 araw, 6 na makina)",
    "policy_reactive": "Ayusin kapag nasira",
    "policy_preventive": "Service tuwing {days} araw",
    "policy_predictive": "Alert → susuriin ng technician",
    "total_cost": "Kabuuang gastos",
    "breakdowns": "Mga breakdown",
    "planned_jobs": "Planned jobs",
    "false_alarms": "False alarm",
    "downtime_hours": "Oras na tigil",
    "cheapest": "Pinakamura",
    "costs_note": "Halimbawang presyo. Mga 10 oras nakatigil ang makina sa isang breakdown, mga 3 "
                  "oras sa planned job. Ang paraang may alert ay sinusukat sa parehong takbo "
                  "ng 'ayusin kapag nasira'; ang paraang may service ay hiwalay na takbo kung "
                  "saan ibinabalik ng bawat service ang makina sa maayos na lagay.",
    "chart_heading": "Vibration ng {machine}",
    "chart_title": "{machine}: vibration, oras ng takbo",
    "chart_axis": "Vibration (mm/s RMS)",
    "chart_no_service": "Walang planned service",
    "chart_with_service": "Service tuwing {days} araw",
    "chart_threshold": "Alert sa {value} mm/s",
    "chart_breakdown": "Breakdown",
    "chart_service": "Planned service",
    "chart_alert": "Alert",
    "alerts_heading": "Mga alert habang lumalabas ({count})",
    "alerts_none": "Walang alert sa {value} mm/s. Walang ipapadalang technician.",
    "alerts_more": "… at {count} pa.",
    "alert_time": "Kailan",
    "alert_machine": "Makina",
    "alert_vibration": "Vibration",
    "alert_action": "Gagawin",
    "alert_since": "Nasa limit o lampas mula",
    "alert_send": "Magpadala ng technician para sumuri",
    "alerts_note": "Ang alert ay para sa tao. Ang technician ang magpapasya; walang "
                   "makinang kusang pinapahinto.",
    "months_short": "Ene Peb Mar Abr May Hun Hul Ago Set Okt Nob Dis",
    "when": "{day} {month} {year}, {time}",
    "few_services": "Bakit kaunti lang ang planned jobs ({planned})? Nagsisimula ulit ang "
                    "bilang ng {days} araw pagkatapos ng bawat service o repair. Sa load na "
                    "ito, nagka-breakdown ang isang makina mga bawat {gap} araw, mas maaga pa "
                    "sa {days} araw, kaya bihirang umabot sa planned service at nandiyan pa rin "
                    "ang mga breakdown. Paikliin ang pagitan ng service (mas kaunting araw) "
                    "para maunahan ang mga ito.",
    "error": "May nagkamali ({error}). Nananatili ang mga numero mula kanina.",
    # Data ng sariling makina: sensor export ng pabrika
    "own_heading": "Data ng sarili ninyong makina",
    "own_intro": "Suriin ang sariling sensor log ng makina gamit ang parehong zones at alert: "
                 "CSV o Excel export mula sa data logger ninyo, may column ng petsa at oras at "
                 "isa o higit pang reading (vibration sa mm/s, bearing temperature sa °C, "
                 "motor current sa A).",
    "own_step_file": "1 · Piliin ang file ng makina ninyo",
    "own_upload": "Pumili ng file",
    "own_reading_file": "Binabasa ang {file}…",
    "own_too_big": "{size} MB ang {file}; hanggang {limit} MB lang ang kaya ng app. Mag-save "
                   "ng mas maikling panahon (halimbawa, isang buwan) at i-upload ulit.",
    "own_cannot_read": "Hindi namin mabasa ang {file}. Ito ang aayusin:",
    "own_need_reading": "Kulang pa: kahit isang reading (vibration, bearing temperature o "
                        "motor current). Piliin kung aling column mo ito.",
    "own_no_values": "Walang reading ang {file} sa mga column na pinili ninyo: blangko "
                     "lahat. Tingnan kung tama ang mga napiling column.",
    "own_loaded": "{file}: {rows} na reading mula {first} hanggang {last}, mga isa bawat "
                  "{minutes} minuto. Mga makina: {machines}.",
    "own_step_results": "3 · Ano ang sinasabi ng mga reading",
    "own_units_heading": "Mga unit",
    "own_unit_ours": "{header}: binasa bilang {unit}.",
    "own_unit_converted": "{header}: ginawang {unit} mula {written} ({formula}).",
    "own_unit_unknown": "{header}: hindi namin kilala ang unit na '{written}', kaya binasa "
                        "ito bilang {unit}. Tingnan ang settings ng logger ninyo.",
    "own_unit_none": "{header}: walang unit sa pangalan ng column, kaya binasa ito bilang "
                     "{unit}. Tingnan ang settings ng logger ninyo.",
    "own_formula_vibration_mm_s": "1 in/s = 25.4 mm/s",
    "own_formula_bearing_temp_c": "°C = (°F − 32) × 5 ÷ 9",
    "own_rule": "Alert: vibration na {limit} mm/s pataas nang {hours} oras na tuloy-tuloy "
                "habang tumatakbo ang makina, ibig sabihin {readings} na reading, isa bawat "
                "{minutes} minuto. Nilalaktawan ang blangkong reading; kapag 0 ang motor "
                "current, nakatigil ang makina.",
    "own_zones_note": "Zones: ISO 10816-1, class I (maliliit na makina hanggang 15 kW). Para "
                      "sa mas malaking makina, tanungin ang vibration technician ninyo kung "
                      "anong limit ang bagay dito.",
    "own_no_vibration": "Walang vibration column ang file, kaya walang zones o alert. "
                        "Ipinapakita ng chart ang mga reading ninyo.",
    "own_summary_heading": "Bawat makina",
    "own_col_readings": "Mga reading",
    "own_col_period": "Mula – hanggang",
    "own_col_latest": "Huling vibration",
    "own_col_highest": "Pinakamataas na vibration",
    "own_col_zones": "Reading sa zone A · B · C · D",
    "own_col_temp": "Pinakamataas na bearing temp.",
    "own_col_current": "Huling motor current",
    "own_col_alerts": "Mga alert",
    "own_value_zone": "{value} mm/s (zone {zone})",
    "own_crossings_heading": "Kailan unang umabot ang bawat makina sa mas mataas na zone",
    "own_crossing": "Umabot ang {machine} sa zone {zone} ({meaning}) noong {when}: "
                    "{value} mm/s.",
    "own_crossings_none": "Walang makinang umakyat sa mas mataas na zone kaysa sa simula "
                          "nito.",
    "own_chart_title": "{machine}: ang mga reading ninyo",
    "own_chart_temp": "Bearing temp. (°C)",
    "own_chart_current": "Motor current (A)",
    "own_chart_reading": "Reading",
    "own_error": "May nagkamali sa {file} ({error}). Subukan ulit ang file, o magtanong sa "
                 "trainer ninyo.",
}

SAFETY_TRIAGE: dict[str, str] = {
    "title": "Safety report triage",
    "subtitle": "I-type o i-paste ang nangyari, sa English o Taglish. Magmumungkahi ang AI "
                "ng hazard category at risk rating; ang OSH committee ang magkukumpirma o "
                "magbabago.",
    "no_blame": "Walang sisihan: ang report ay tungkol sa hazard, hindi sa tao. Hindi "
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
    "privacy": "Bago i-save: mukhang may {what} ang report. Ang hazard ang kailangan ng "
               "log, hindi kung sino ang sangkot. Pindutin ang “Tanggalin” para alisin ang "
               "mga ito.",
    "remove_personal": "Tanggalin",
    "removed_personal": "Natanggal na: [NAME] o [PHONE] na ang nakasulat sa report. Basahin "
                        "ulit, saka i-save.",
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
    "level_low": "LOW", "level_medium": "MEDIUM", "level_high": "HIGH",
    "level_critical": "CRITICAL",
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
    "col_most_common_hazard": "Pinakamadalas na hazard",
    "log_place": "Naka-save ang log sa {path} (nabubuksan sa Excel).",
    "error": "May nagkamali: {error}",
    "type_fatality": "Fatality (may namatay)",
    "import_title": "Mag-import ng register: maraming report nang sabay",
    "import_intro": "May incident o near-miss register na ba kayo sa Excel o CSV, isang "
                    "report bawat row? I-upload ito. Magmumungkahi ang AI ng kategorya sa "
                    "bawat report; ang OSH committee ang magkukumpirma o magpapalit ng bawat "
                    "isa.",
    "people_decide": "AI ang nagmumungkahi, tao ang nagpapasya: walang madadagdag sa log "
                     "hangga't hindi sinusuri ng committee ang mga report at pinipindot ang "
                     "berdeng button.",
    "import_step_upload": "1 · I-upload ang register",
    "import_upload": "I-upload ang register",
    "import_upload_help": "CSV o Excel (.xlsx), hanggang {limit} MB, isang report bawat row. "
                          "Okay lang ang title sa itaas ng mga column name.",
    "import_too_big": "{size} MB ang {file}, lampas sa {limit} MB. I-save lang ang sheet "
                      "ngayong taon (o hatiin ang register kada buwan) at i-upload ulit.",
    "import_failed": "Hindi mabasa ang {file}. Ayusin ang file at i-upload ulit:",
    "import_no_reports": "Walang report text ang {file} sa column na pinili bilang “Ano ang "
                         "nangyari”. Suriin ang mga column at subukan ulit.",
    "import_step_review": "3 · Suriin ang bawat report",
    "import_review_intro": "I-tick ang mga report na idadagdag. Palitan ang kategorya o ang "
                           "uri kung mali ang AI o ang register. Ang may ⚠ ay kailangang "
                           "basahin ng tao.",
    "import_counts": "Report na nabasa: {total}. Hindi sigurado ang AI sa {review} dito (⚠).",
    "import_blank": "Hindi isinama, walang nakasulat na report: No. {numbers}.",
    "import_privacy": "Pinalitan ng [NAME] at [PHONE] ang mga pangalan at numero ng "
                      "telepono sa mga text (report na binago: {count}). Hindi kinokopya sa "
                      "log kung sino ang nag-report.",
    "import_privacy_none": "Hindi kinokopya sa log kung sino ang nag-report: ang hazard "
                           "ang kailangan ng log, hindi ang pangalan.",
    "import_in_log_note": "Nasa log na (parehong petsa at text), kaya hindi naka-tick: "
                          "{count}.",
    "import_rating_note": "Unang hula lang ang risk rating, mula sa kategorya at uri. "
                          "Pag-usapan ang mga HIGH at CRITICAL sa susunod na meeting ng OSH "
                          "committee.",
    "import_col_add": "Isama",
    "import_col_date": "Petsa",
    "import_col_report": "No., lugar at report",
    "import_col_type": "Uri",
    "import_col_category": "Mungkahi ng AI · kayo ang pasya",
    "import_col_risk": "Unang rating",
    "import_choose": "Pumili…",
    "import_register_said": "Sabi ng register: {word}",
    "import_in_log": "Nasa log na",
    "import_unsure": "⚠ hindi sigurado: basahin",
    "import_risk": "{level} {score}",
    "import_no_rating": "pumili muna ng uri",
    "import_page": "Report {first}–{last} sa {total}",
    "import_prev": "Nakaraan",
    "import_next": "Susunod",
    "import_add": "Idagdag sa log ang mga naka-tick ({count})",
    "import_need_type": "Piliin ang uri (near miss, first aid …) ng No. {numbers}, o "
                        "i-untick.",
    "import_need_date": "Ilagay ang petsa ng No. {numbers}, o i-untick.",
    "import_none_ticked": "Walang naka-tick na report. I-tick ang mga idadagdag.",
    "import_added": "Naidagdag sa log: {added}. Hindi isinama: {left}. Kasama na sila sa "
                    "summary sa ibaba.",
}

SAFETY_CATEGORIES: dict[str, str] = {
    "slip_trip_fall": "Nadulas, natisod o nahulog",
    "caught_in_machinery": "Naipit sa makina",
    "cut_sharp": "Hiwa o matulis na bagay",
    "electrical": "Kuryente (electrical)",
    "chemical": "Kemikal (chemical)",
    "fire_hot_surface": "Sunog o mainit na bagay",
    "ergonomic_manual_handling": "Pagbuhat, postura (ergonomic)",
    "falling_object": "Nahulog na bagay",
    "ppe_noncompliance": "Hindi gumamit ng PPE",
    "housekeeping": "Housekeeping (5S)",
    "vehicle_forklift": "Sasakyan o forklift",
    "other": "Iba pa",
}

KPI_SNAPSHOT: dict[str, str] = {
    "title": "QCDMS KPI snapshot ng buwan",
    "intro": "Pumili ng pabrika at buwan para makita ang mga KPI ng Quality, Cost, Delivery, "
             "Morale at Safety ng bawat linya.",
    "factory": "Pabrika",
    "month": "Buwan",
    "pillar": "Pillar",
    "kpi": "KPI",
    "factory_garments": "Damit (garments)",
    "factory_food": "Food processing",
    "factory_electronics": "Electronics",
    "note": "Para sa buong buwan ang mga rate: tino-total muna ang mga bilang, saka "
            "hinahati. Ang gitling (—) ay ibig sabihing walang nasukat.",
}

SECTIONS: dict[str, dict[str, str]] = {
    "app.document_assistant": DOCUMENT_ASSISTANT,
    "app.maintenance_simulator": MAINTENANCE_SIMULATOR,
    "app.safety_triage": SAFETY_TRIAGE,
    "app.safety_triage.category": SAFETY_CATEGORIES,
    "app.kpi_snapshot": KPI_SNAPSHOT,
}
