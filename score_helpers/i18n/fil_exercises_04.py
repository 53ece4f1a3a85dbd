"""Filipino exercise strings of module 04 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_04: dict[str, str] = {
    # 04_safety_checks
    "04_safety_checks.q1.title": "Q1 · Ilan ang lost-time injuries noong Marso?",
    "04_safety_checks.q1.hint.1":
        "Sa lost-time injury, hindi nakapagtrabaho ang worker nang isang buong araw o higit pa. "
        "Walang nasaktan sa near miss, at bumalik sa trabaho ang mga first-aid o medical "
        "treatment case.",
    "04_safety_checks.q1.hint.2":
        "Basahin isa-isa ang report_type column ng table, at bilangin lang ang mga row na "
        '"lost_time" ang nakalagay. I-type ang bilang na iyon.',
    "04_safety_checks.q1.mistake.near_misses_counted":
        "Binilang mo rin ang mga near miss. Walang nasaktan sa near miss: babala ito, hindi "
        "injury.",
    "04_safety_checks.q1.mistake.first_aid_counted":
        "Binilang mo rin ang mga first-aid case. Pagkatapos ng first aid, bumalik sa trabaho ang "
        "worker nang araw ding iyon.",
    "04_safety_checks.q1.mistake.medical_counted":
        'Binilang mo rin ang mga medical treatment case ("recordable"). Nagamot ang worker pero '
        "hindi nawalan ng isang buong araw ng trabaho.",
    "04_safety_checks.q1.mistake.all_injuries":
        "Binilang mo ang lahat ng injury: first aid, medical treatment at lost time. Itira lang "
        'ang mga injury na nagpawala ng isang buong araw: "lost_time".',
    "04_safety_checks.q1.mistake.all_reports":
        'Binilang mo ang lahat ng report ng buwan: "lost_time" lang ang itira.',
    "04_safety_checks.q1.mistake.near_misses_only":
        "Iyan ang bilang ng near miss, hindi ng lost-time injuries.",
    "04_safety_checks.q1.mistake.days_lost":
        "Iyan ang bilang ng araw na nawala. Ang bilangin ay ang mga injury (ang mga row).",

    "04_safety_checks.q2.title": "Q2 · Ang AEDR frequency rate ng 2024.",
    "04_safety_checks.q2.hint.1":
        "Frequency rate = disabling injuries × 1,000,000 ÷ employee-hours worked. Ang disabling "
        "injuries ay ang mga lost-time injury (at mga namatay; wala naman).",
    "04_safety_checks.q2.hint.2":
        "Una, employee_hours = workers * days_worked * hours_per_day. Tapos tingnan sa count "
        'table kung ilan ang "lost_time" na report, at isulat: ang bilang na iyon * 1_000_000 / '
        "employee_hours.",
    "04_safety_checks.q2.mistake.osha_base":
        "Base ng OSHA na 200,000 oras ang nagamit mo. Sa AEDR ng DOLE, gaya ng ILO, ang rate ay "
        "kada 1,000,000 employee-hours: i-multiply sa 1,000,000.",
    "04_safety_checks.q2.mistake.worker_days":
        "Hinati mo sa worker-days, hindi sa oras. Employee-hours = workers × days worked × hours "
        "per day.",
    "04_safety_checks.q2.mistake.hours_per_worker":
        "Hinati mo sa oras ng isang worker lang. Gamitin ang oras ng lahat ng worker nang "
        "magkakasama: workers × days worked × hours per day.",
    "04_safety_checks.q2.mistake.no_base":
        "Iyan ang rate kada isang oras: sobrang liit na numero, walang makakaintindi. "
        "I-multiply sa 1,000,000 para makuha ang rate kada milyong employee-hours.",
    "04_safety_checks.q2.mistake.near_misses_counted":
        "Binilang mo ang mga near miss bilang injury. Mahalaga ang mga ito, pero walang nasaktan: "
        'disabling injuries lang ang binibilang ng frequency rate ("lost_time").',
    "04_safety_checks.q2.mistake.all_injuries":
        "Binilang mo rin ang mga first-aid at medical treatment case. Disabling injuries lang ang "
        "binibilang ng AEDR frequency rate: ang mga nagpawala ng kahit isang buong araw ng "
        "trabaho.",
    "04_safety_checks.q2.mistake.all_reports":
        'Binilang mo ang lahat ng report ng taon: "lost_time" lang ang bilangin.',

    "04_safety_checks.q3.title":
        "Q3 · Ang AEDR severity rate ng taon na may namatay.",
    "04_safety_checks.q3.hint.1":
        "Severity rate = days lost or charged × 1,000,000 ÷ employee-hours worked. Sa dalawang "
        "worker na nakabalik, ang araw na talagang nawala ang bilang; ang namatay ay may charge "
        "na 6,000 days.",
    "04_safety_checks.q3.hint.2":
        "Pagsamahin ang days lost ng dalawang lost-time injury at ang 6,000 days na charge sa "
        "namatay, tapos isulat: (ang sum na iyon) * 1_000_000 / cavite_hours.",
    "04_safety_checks.q3.mistake.days_lost_only":
        "Days lost lang ang ginamit mo. Walang days lost na nakasulat sa logbook para sa "
        "namatay, pero sa AEDR, may charge itong 6,000 days: idagdag ang charge.",
    "04_safety_checks.q3.mistake.every_case_charged":
        "Ang namatay o ang may permanent disability lang ang may charge na 6,000 days. Ang "
        "worker na gumaling at nakabalik ay binibilang sa araw na talagang nawala.",
    "04_safety_checks.q3.mistake.charge_only":
        "Hindi mo naisama ang days lost ng dalawang worker na nakabalik. Idagdag ang mga araw "
        "nila sa charge para sa namatay.",
    "04_safety_checks.q3.mistake.osha_base":
        "Base ng OSHA na 200,000 oras ang nagamit mo. Sa AEDR ng DOLE, gaya ng ILO, ang rate ay "
        "kada 1,000,000 employee-hours: i-multiply sa 1,000,000.",
    "04_safety_checks.q3.mistake.no_base":
        "Iyan ang rate kada isang oras: sobrang liit na numero, walang makakaintindi. "
        "I-multiply sa 1,000,000 para makuha ang rate kada milyong employee-hours.",
    "04_safety_checks.q3.mistake.frequency_instead":
        "Iyan ang frequency rate: batay ito sa dami ng injury. Ang severity rate ay batay sa "
        "days lost or charged.",
    "04_safety_checks.q3.mistake.days_per_injury":
        "Iyan ang araw kada kaso. Sa severity rate, hinahati ang days lost or charged sa "
        "employee-hours, tapos times 1,000,000.",

    "04_safety_checks.q4.title": "Q4 · Ang HIRAC rating ng forklift sa loading bay.",
    "04_safety_checks.q4.hint.1":
        "Ang likelihood ay kung gaano kadalas ito puwedeng mangyari; ang severity ay kung gaano "
        "kalala ang injury ng tao kapag nangyari ito. Hanapin sa kuwento ang bawat isa, at "
        "ikumpara sa hirac.LIKELIHOOD_WORDS at hirac.SEVERITY_WORDS.",
    "04_safety_checks.q4.hint.2":
        "Sabi ng team, unlikely ang banggaan. Pero kung mangyari ito, puwedeng makamatay ang "
        "forklift. Isulat ang hirac.risk_rating(likelihood=…, severity=…) gamit ang mga numero ng "
        "dalawang salitang iyon.",
    "04_safety_checks.q4.mistake.not_rating":
        "Dapat ang `forklift_risk` ay resulta ng hirac.risk_rating(likelihood=…, severity=…). "
        "Kapag score lang, hindi makikita kung aling numero ang alin.",
    "04_safety_checks.q4.mistake.swapped":
        "Nagkapalit ang likelihood at severity. Ang likelihood ay kung gaano KADALAS ito "
        "puwedeng mangyari; ang severity ay kung gaano KALALA ang injury. Kahit bihira ang "
        "aksidente, puwede pa rin itong makamatay.",
    "04_safety_checks.q4.mistake.likelihood_off":
        "Tingnan ulit ang likelihood: gaano kadalas sa tingin ng team puwedeng mangyari ang "
        "banggaan? Hanapin ang salitang iyon sa hirac.LIKELIHOOD_WORDS.",
    "04_safety_checks.q4.mistake.severity_off":
        "Tingnan ulit ang severity: ano ang pinakamalalang puwedeng mangyari sa taong nabangga ng "
        "forklift? Hanapin ang salitang iyon sa hirac.SEVERITY_WORDS.",

    "04_safety_checks.q5.title": "Q5 · Isang triage suggestion na 42 % lang ang sigurado.",
    "04_safety_checks.q5.hint.1":
        "Ang rule natin: ang suggestion na mas mababa sa 0.6 (60 %) ang confidence ay ipinapasa "
        "sa tao.",
    "04_safety_checks.q5.hint.2":
        "Basahin mo mismo ang report. Housekeeping lang ba ang hazard dito?",
    "04_safety_checks.q5.mistake.A":
        "Mas mababa ang 42 % sa rule nating 0.6: hindi sigurado ang model, kaya babasahin muna "
        "ng tao ang report bago i-file. Basahin mo rin: basang sahig lang ba ang hazard dito?",
    "04_safety_checks.q5.mistake.C":
        "Ang report na naka-flag ay binabasa sa araw ding iyon, hindi sa susunod na meeting. "
        "Tingnan kung saan tumutulo ang tubig: puwede bang may masaktan bago pa ang meeting?",
    "04_safety_checks.q5.mistake.D":
        "Kapag paulit-ulit na binago ang report hanggang sigurado na ang model, naitatago lang "
        "ang duda, at nawawala ang sariling salita ng worker. Iwanan ang report kung paano ito "
        "isinulat.",
    "04_safety_checks.q5.prompt":
        'Ang suggestion ng model para sa report na ito ay "housekeeping", at 42 % lang itong '
        "sigurado. Ano ang gagawin mo?",
    "04_safety_checks.q5.option.A":
        "I-file sa housekeeping: basa ang sahig, kaya tama lang ang category ng model.",
    "04_safety_checks.q5.option.B":
        "Ipabasa ngayong araw sa safety officer: tao ang pipili ng category.",
    "04_safety_checks.q5.option.C":
        "Itabi muna para sa monthly meeting ng OSH committee: malapit naman ang 42 % sa 60 %.",
    "04_safety_checks.q5.option.D":
        "I-type ulit ang report in English, at i-file ang sagot ng model kapag mas sigurado na "
        "ito.",

    "04_safety_checks.q6.title": "Q6 · Aling mga triage suggestion ang ipinapasa sa tao?",
    "04_safety_checks.q6.hint.1":
        "Ipinapasa sa tao ang suggestion kapag ang confidence nito ay mas mababa sa 0.6. Ang "
        "eksaktong 0.6 ay hindi mas mababa.",
    "04_safety_checks.q6.hint.2":
        "Basahin isa-isa ang confidence column ng table. Kopyahin sa list ang report_id ng "
        'bawat row na mas mababa sa 0.6, tig-iisang naka-quotes: ["R-1", "R-2"].',
    "04_safety_checks.q6.mistake.not_ids":
        "Dapat ang `review_ids` ay list ng mga report ID na naka-quotes, sa loob ng square "
        'brackets, gaya ng ["R-1", "R-2"].',
    "04_safety_checks.q6.mistake.unknown_ids":
        "May mga ID na wala sa `suggestions`. Kopyahin ang mga ito mula sa report_id column nito.",
    "04_safety_checks.q6.mistake.reversed":
        "Iyan ang mga suggestion na sigurado ang model. Ang dapat basahin ng tao ay ang mga HINDI "
        "sigurado ang model: confidence na mas mababa sa 0.6.",
    "04_safety_checks.q6.mistake.at_the_limit":
        "Pasok sa rule ang suggestion na eksaktong 0.6, kaya hindi na ito kailangang i-review: "
        "ang mas mababa lang sa 0.6 ang ipinapasa sa tao.",
    "04_safety_checks.q6.mistake.below_half":
        "Ang rule ay mas mababa sa 0.6, hindi mas mababa sa 0.5. Ipinapasa rin sa tao ang mga "
        "suggestion sa pagitan ng 0.5 at 0.6.",
    "04_safety_checks.q6.mistake.missed":
        "May kulang na suggestion na mas mababa sa 0.6: mai-file ito nang walang nakabasa. "
        "Kapag basta tinanggap ang suggestion na hindi sigurado ang model, diyan nakakalusot "
        "ang mga hazard.",
    "04_safety_checks.q6.mistake.extra":
        "Nagdagdag ka ng suggestion na sigurado ang model (0.6 o higit pa). Puwede na itong "
        "i-file ayon sa suggestion; makikita pa rin ito ng committee sa weekly summary.",

    "04_safety_checks.q7.title":
        "Q7 · Ang apat na control para sa spot-cleaning solvent, mula sa pinakamalakas.",
    "04_safety_checks.q7.hint.1":
        "Ang hierarchy of controls, mula sa pinakamalakas: elimination, substitution, "
        "engineering, administrative, PPE. Pangalanan muna ang uri ng bawat control mula A "
        "hanggang D.",
    "04_safety_checks.q7.hint.2":
        "Ang A ay PPE, ang B ay administrative, ang C ay engineering, ang D ay substitution. "
        "Ngayon, ayusin ang apat na letra ayon sa hierarchy.",
    "04_safety_checks.q7.mistake.not_letters":
        "Dapat ang `strongest_first` ay ang apat na letra na naka-quotes, sa loob ng square "
        'brackets, gaya ng ["B", "A", "D", "C"].',
    "04_safety_checks.q7.mistake.not_four":
        "Gamitin nang tig-isang beses ang mga letrang A, B, C at D.",
    "04_safety_checks.q7.mistake.reversed":
        "Pinakamahina ang nauna diyan. Unahin ang pinakamalakas na control: ang nagbabago sa "
        "mismong hazard.",
    "04_safety_checks.q7.mistake.ppe_first":
        "Ang mask at gloves (PPE) ang huling depensa: nakakaprotekta lang ang mga ito kapag tama "
        "ang sukat, talagang suot, at hindi pa sira. Kaya sila ang huli.",
    "04_safety_checks.q7.mistake.ppe_not_last":
        "Ang PPE ang pinakamahinang control: sa dulo ng listahan ito dapat.",
    "04_safety_checks.q7.mistake.engineering_first":
        "Maganda ang hood, pero nandiyan pa rin ang fumes. Kapag pinalitan ang solvent ng mas "
        "ligtas na produkto, natatanggal ang fumes sa pinagmulan mismo: nauuna ang substitution "
        "bago ang engineering.",
    "04_safety_checks.q7.mistake.admin_first":
        "Gumagana lang ang training, signs at time limits kung naaalala ito ng mga tao "
        "araw-araw. Mas nauuna ang mga control na nagbabago sa mismong hazard.",
    "04_safety_checks.q7.mistake.admin_over_engineering":
        "Gumagana ang hood kahit walang nakakaalala; ang training at signs, kailangang maalala "
        "ng tao. Nauuna ang engineering bago ang administrative controls.",

    "04_safety_checks.q8.title":
        "Q8 · Isang maikling no-blame near-miss report tungkol sa forklift sa Gate 2.",
    "04_safety_checks.q8.hint.1":
        "Sinasagot ng magandang near-miss report ang tatlong tanong: ano ang nangyari, saan, at "
        "ano sana ang puwedeng nangyari. Role ang banggitin (isang packer), hindi ang pangalan "
        "ng tao, at walang sinisisi.",
    "04_safety_checks.q8.hint.2":
        'Magsimula nang ganito: "Sa packing area malapit sa Gate 2, umatras ang isang forklift at '
        'dumaan nang napakalapit sa likod ng isang packer…" Tapos sabihin kung ano sana ang '
        "puwedeng nangyari.",
    "04_safety_checks.q8.include.1":
        "ano ang nangyari (ang forklift na umaatras malapit sa isang tao)",
    "04_safety_checks.q8.include.2": "saan ito nangyari (ang packing area, malapit sa Gate 2)",
    "04_safety_checks.q8.include.3":
        "ano sana ang puwedeng nangyari (sino ang puwedeng nasaktan, at paano)",
    "04_safety_checks.q8.exclude.1":
        "pangalan ng tao. Isulat na lang ang role (isang packer, ang forklift driver): ang report "
        "ay tungkol sa hazard, at personal data ang mga pangalan ayon sa RA 10173",
    "04_safety_checks.q8.exclude.2":
        "mga salitang naninisi (careless, fault, pabaya …). Ilarawan kung ano ang nangyari at "
        "bakit ito puwedeng mangyari; kapag walang sinisisi, patuloy na nagre-report ang mga "
        "tao",
}
