"""Filipino exercise strings of modules 03–05 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_03_05: dict[str, str] = {
    # 03_predictive_maintenance
    "03_predictive_maintenance.q1.title": "Q1 · Ang ISO 10816 zone ng isang vibration reading.",
    "03_predictive_maintenance.q1.hint.1":
        "Para sa maliliit na makina, ang mga hangganan ng zone ay 0.71, 1.8 at 4.5 mm/s.",
    "03_predictive_maintenance.q1.hint.2":
        "Nagsisimula ang Zone C sa itaas ng 1.8 mm/s at nagtatapos sa 4.5 mm/s. Saan ang 2.3?",
    "03_predictive_maintenance.q1.mistake.A":
        "Nagtatapos ang Zone A sa 0.71 mm/s. Mas mataas nang malaki ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.mistake.B":
        "Nagtatapos ang Zone B sa 1.8 mm/s. Lampas na sa hangganang iyon ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.mistake.D":
        "Nagsisimula ang Zone D sa itaas ng 4.5 mm/s. Hindi pa umaabot doon ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.prompt":
        "Ang isang sewing machine (maliit na class I na makina) ay may vibration na 2.3 mm/s. "
        "Saang ISO 10816 zone ito?",
    "03_predictive_maintenance.q1.option.A": "Zone A: parang bagong makina",
    "03_predictive_maintenance.q1.option.B": "Zone B: ayos para sa pangmatagalang takbo",
    "03_predictive_maintenance.q1.option.C":
        "Zone C: magplano ng maintenance sa lalong madaling panahon",
    "03_predictive_maintenance.q1.option.D": "Zone D: malala, puwedeng magdulot ng sira",

    "03_predictive_maintenance.q2.title":
        "Q2 · Ilang oras ng babala bago nasira ang compressor na CMP-02.",
    "03_predictive_maintenance.q2.hint.1":
        "Hanapin ang unang reading ng `cmp2` sa zone C: vibration na 1.8 mm/s o higit pa. Tapos "
        "bilangin ang mga oras sa orasan mula roon hanggang `breakdown_hour`.",
    "03_predictive_maintenance.q2.hint.2":
        'first_c = cmp2.loc[cmp2["vibration_mm_s"] >= 1.8, "timestamp"].min(), tapos '
        "(breakdown_hour - first_c) / pd.Timedelta(hours=1)",
    "03_predictive_maintenance.q2.mistake.zone_d":
        "Iyan ang babala mula sa zone D (4.5 mm/s), ang huling alarm bago masira ang makina. Ang "
        "tanong ay mula sa unang reading sa zone C: 1.8 mm/s o higit pa.",
    "03_predictive_maintenance.q2.mistake.last_reading":
        "Nagsimula iyan sa huling reading sa zone C, ang oras na nasira ito. Gamitin ang una: "
        ".min() ng mga oras, hindi .max().",
    "03_predictive_maintenance.q2.mistake.readings_counted":
        "Binilang mo ang mga reading sa zone C. Nakapatay ang makina sa gabi, kaya ang bilangin "
        "ay ang mga oras sa orasan mula sa unang reading sa zone C hanggang sa breakdown.",
    "03_predictive_maintenance.q2.mistake.in_days":
        "Mukhang araw iyan. Ibigay ang babala sa oras: hatiin sa pd.Timedelta(hours=1).",
    "03_predictive_maintenance.q2.mistake.time_span":
        "Time span iyan, hindi numero. Hatiin ito sa pd.Timedelta(hours=1) para makuha ang mga "
        "oras.",

    "03_predictive_maintenance.q3.title":
        "Q3 · Matuto sa nakaraan, mag-test sa hinaharap: hatiin ang `features` ayon sa oras.",
    "03_predictive_maintenance.q3.hint.1":
        "Ang model sa pabrika ay nakakaalam lang ng nakaraan. Ilagay sa `train` ang bawat oras "
        "bago ang 1 Marso 2025, at sa `test` ang bawat oras mula 1 Marso pataas.",
    "03_predictive_maintenance.q3.hint.2":
        'train = features[features["timestamp"] < "2025-03-01"]; para sa `test`, gamitin ang >= '
        "na may parehong petsa.",
    "03_predictive_maintenance.q3.mistake.not_table":
        "Dapat parehong table ang `train` at `test`: mga row ng `features`.",
    "03_predictive_maintenance.q3.mistake.random":
        "May mga training hour na mas huli pa sa mga test hour: tumagas ang hinaharap papunta sa "
        "training. Halos magkamukha ang magkakatabing oras, kaya nakita na ng model ang mga "
        "breakdown na ginagamit sa pag-test dito. Hatiin ayon sa oras: ang nakaraan para sa "
        "training, ang mas huling mga oras para sa test.",
    "03_predictive_maintenance.q3.mistake.swapped":
        "Nasa `train` ang mas huling mga oras at nasa `test` ang mas nauna. Matuto mula sa "
        "nakaraan at mag-test sa hinaharap.",
    "03_predictive_maintenance.q3.mistake.wrong_rows":
        "Hatiin ang lahat ng row ng `features` sa 1 Marso 2025: bawat oras ay napupunta sa "
        "eksaktong isang bahagi, bago ang petsa sa `train`, mula sa petsa pataas sa `test`.",

    "03_predictive_maintenance.q4.title": "Q4 · Isang model na tama sa 97 % ng mga oras.",
    "03_predictive_maintenance.q4.hint.1":
        "Ilang breakdown ang nahuhuli ng model na hindi kailanman nagbababala?",
    "03_predictive_maintenance.q4.hint.2":
        "Kapag bihira ang sira, ang laging pagsabi ng 'no failure' ay nagbibigay ng mataas na "
        "accuracy nang libre. Tingnan na lang ang mga breakdown na nahuli (recall).",
    "03_predictive_maintenance.q4.mistake.A":
        "Kung 3 % ang warning hours, ang laging pagsabi ng 'no breakdown' ay tama nang 97 % ng "
        "oras pero walang nahuhuli. Husgahan ang model ayon sa mga breakdown na nahuhuli nito at "
        "sa mga false alarm na ibinibigay nito, hindi ayon sa accuracy.",
    "03_predictive_maintenance.q4.mistake.C":
        "Walang alert level na maibababa sa model na hindi kailanman nagbababala: wala itong "
        "nahuhuling breakdown, anuman ang setting.",
    "03_predictive_maintenance.q4.mistake.D":
        "Hindi layunin ang mas mataas na accuracy: kapag bihira ang sira, halos ang mga tahimik "
        "na oras lang ang binibilang nito. Bilangin na lang ang mga breakdown na nahuli at ang "
        "mga false alarm.",
    "03_predictive_maintenance.q4.prompt":
        "3 lang sa bawat 100 oras ng takbo ang nauuna sa isang breakdown. Sumasagot ang isang "
        'model ng "no breakdown coming" sa bawat oras, at tama ito nang 97 % ng oras. Ano ang '
        "sasabihin mo?",
    "03_predictive_maintenance.q4.option.A": "Maganda: mataas ang 97 % accuracy, gamitin na natin.",
    "03_predictive_maintenance.q4.option.B":
        "Walang silbi: hindi ito kailanman nagbababala, kaya wala itong nahuhuling breakdown.",
    "03_predictive_maintenance.q4.option.C":
        "Puwede na, kung ibababa natin nang kaunti ang alert level.",
    "03_predictive_maintenance.q4.option.D":
        "Kailangan natin ng model na lampas 99 % ang accuracy.",

    "03_predictive_maintenance.q5.title":
        "Q5 · Recall: ang bahagi ng warning hours na nahuli ng model.",
    "03_predictive_maintenance.q5.hint.1":
        "Recall = warning hours na nahuli ÷ lahat ng warning hours. Lahat ng warning hours = ang "
        "mga nahuli + ang mga nakaligtaan.",
    "03_predictive_maintenance.q5.hint.2": "recall = caught / (caught + missed)",
    "03_predictive_maintenance.q5.mistake.accuracy":
        "Iyan ang accuracy: binibilang din nito ang mga tahimik na oras, kaya mukhang maganda "
        "kahit sa model na hindi kailanman nagbababala. Ang recall ay tumitingin lang sa warning "
        "hours: caught ÷ (caught + missed).",
    "03_predictive_maintenance.q5.mistake.precision":
        "Iyan ang precision: ilan sa mga alarm ang totoo. Ang tanong ng recall ay ilang warning "
        "hours ang nahuli: hatiin sa caught + missed.",
    "03_predictive_maintenance.q5.mistake.miss_rate":
        "Iyan ang bahaging nakaligtaan. Ang recall ay ang bahaging nahuli.",
    "03_predictive_maintenance.q5.mistake.of_all_hours":
        "Hinati mo sa lahat ng oras. Sa warning hours lang hatiin: caught + missed.",

    "03_predictive_maintenance.q6.title":
        "Q6 · Ang AI4I rule para sa heat dissipation failure (HDF).",
    "03_predictive_maintenance.q6.hint.1":
        "Nangyayari ang HDF kapag masyadong malapit ang temperature ng process sa temperature ng "
        "hangin (mas mababa sa 8.6 K ang pagitan) AT mabagal ang ikot ng spindle (mas mababa sa "
        "1380 rpm). Dapat parehong totoo.",
    "03_predictive_maintenance.q6.hint.2": "return (process_k - air_k < 8.6) and (rpm < 1380)",
    "03_predictive_maintenance.q6.mistake.greater":
        "Baligtad ang direksyon ng mga paghahambing. Naiipon ang init kapag MALIIT ang "
        "diperensiya at MABABA ang bilis: gamitin ang < sa pareho.",
    "03_predictive_maintenance.q6.mistake.at_or_below":
        "Ang eksaktong 1380 rpm, o eksaktong 8.6 K, ay hindi failure ayon sa published na rule: "
        "gamitin ang <, hindi <=.",
    "03_predictive_maintenance.q6.mistake.either":
        "Dapat sabay na totoo ang dalawang kondisyon: gamitin ang `and`, hindi `or`.",
    "03_predictive_maintenance.q6.mistake.air_minus_process":
        "Ibawas ang temperature ng hangin sa temperature ng process: process_k - air_k. Ang "
        "process ang mas mainit.",

    "03_predictive_maintenance.q7.title":
        "Q7 · Magkano ang nagastos sa predictive policy sa isang quarter, sa piso.",
    "03_predictive_maintenance.q7.hint.1":
        "May gastos ang bawat trabaho: bawat breakdown, bawat planned repair, at bawat false "
        "alarm (pagbisita ng technician sa makinang walang sira).",
    "03_predictive_maintenance.q7.hint.2":
        "breakdowns × breakdown_php + planned_jobs × planned_php + false_alarms × false_alarm_php",
    "03_predictive_maintenance.q7.mistake.no_false_alarms":
        "Hindi mo isinama ang mga false alarm. Bawat isa ay nagpapapunta ng technician sa "
        "makinang walang sira, at may gastos din ang pagbisitang iyon: idagdag ang false alarms × "
        "false_alarm_php.",
    "03_predictive_maintenance.q7.mistake.no_planned":
        "Hindi mo isinama ang mga planned repair. Ang breakdown na nahuli sa tamang oras ay "
        "kailangan pa rin ng planned job: idagdag ang planned jobs × planned_php.",
    "03_predictive_maintenance.q7.mistake.caught_as_breakdowns":
        "Ang breakdown na nahuli sa tamang oras ay nagiging planned job sa presyo ng planned job, "
        "hindi sa presyo ng breakdown.",

    "03_predictive_maintenance.q8.title":
        "Q8 · Kapag tumunog ang alert, sino ang nagpapasya kung ano ang mangyayari?",
    "03_predictive_maintenance.q8.hint.1":
        "Ang alert ay mensahe sa isang tao, hindi switch. Sino sa pabrika ninyo ang tumatanggap "
        "nito?",
    "03_predictive_maintenance.q8.hint.2":
        "Pangalanan ang tao (technician, line supervisor …) at sabihin kung ano ang una nilang "
        "gagawin, halimbawa: tingnan ang makina at magpasya kung ihihinto ito.",
    "03_predictive_maintenance.q8.include.1":
        "ang taong tumatanggap ng alert (halimbawa ang technician o ang supervisor)",
    "03_predictive_maintenance.q8.include.2":
        "ang unang ginagawa ng taong iyon (halimbawa, tinitingnan ang makina)",
    "03_predictive_maintenance.q8.exclude.1":
        "isang alert na kusang nagpapahinto sa makina. Sa tao napupunta ang alert, at tao ang "
        "nagpapasya kung kailan ihihinto",

    # 04_safety_checks
    "04_safety_checks.q1.title": "Q1 · Ilan ang lost-time injuries noong Marso?",
    "04_safety_checks.q1.hint.1":
        "Sa lost-time injury, hindi nakapagtrabaho ang worker nang isang buong araw o higit pa. "
        "Walang nasaktan sa near miss, at bumalik sa trabaho ang mga first-aid o medical "
        "treatment case.",
    "04_safety_checks.q1.hint.2":
        'Bilangin ang mga row ng `march` na ang report_type ay "lost_time": ikumpara ang column '
        'sa "lost_time" at i-.sum() ang resulta.',
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
        "Una, employee_hours = workers × days_worked × hours_per_day. Tapos bilangin ang mga row "
        'na "lost_time" sa `reports_2024` at gamitin ang kpi.ltifr(count, employee_hours), o '
        "basahin ang rate mula sa osh_reports.aedr_rates(reports_2024, employee_hours, year=2024).",
    "04_safety_checks.q2.mistake.osha_base":
        "Gumamit ito ng base ng OSHA na 200,000 oras. Ang AEDR ng DOLE, gaya ng ILO, ay "
        "nagbibigay ng rate bawat 1,000,000 employee-hours: i-multiply sa 1,000,000.",
    "04_safety_checks.q2.mistake.worker_days":
        "Hinati mo sa worker-days, hindi sa oras. Employee-hours = workers × days worked × hours "
        "per day.",
    "04_safety_checks.q2.mistake.hours_per_worker":
        "Hinati mo sa oras ng isang worker lang. Gamitin ang oras ng lahat ng worker nang "
        "magkakasama: workers × days worked × hours per day.",
    "04_safety_checks.q2.mistake.no_base":
        "Iyan ang rate bawat isang oras: napakaliit na numero na walang makakabasa. I-multiply sa "
        "1,000,000 para makuha ang rate bawat milyong employee-hours.",
    "04_safety_checks.q2.mistake.near_misses_counted":
        "Binilang mo ang mga near miss bilang injury. Mahalaga ang mga ito, pero walang nasaktan: "
        'disabling injuries lang ang binibilang ng frequency rate ("lost_time").',
    "04_safety_checks.q2.mistake.all_injuries":
        "Binilang mo rin ang mga first-aid at medical treatment case. Disabling injuries lang ang "
        "binibilang ng AEDR frequency rate: ang mga nagpawala ng kahit isang buong araw ng "
        "trabaho.",
    "04_safety_checks.q2.mistake.all_reports":
        'Binilang mo ang lahat ng report ng taon: "lost_time" lang ang bilangin.',

    "04_safety_checks.q3.title": "Q3 · Ang AEDR severity rate ng 2024.",
    "04_safety_checks.q3.hint.1":
        "Severity rate = days lost × 1,000,000 ÷ employee-hours worked: parehong oras gaya sa "
        "tanong 2, pero mga araw ang bilangin sa halip na injuries.",
    "04_safety_checks.q3.hint.2":
        'kpi.severity_rate(reports_2024["days_lost"].sum(), employee_hours)',
    "04_safety_checks.q3.mistake.osha_base":
        "Gumamit ito ng base ng OSHA na 200,000 oras. Ang AEDR ng DOLE, gaya ng ILO, ay "
        "nagbibigay ng rate bawat 1,000,000 employee-hours: i-multiply sa 1,000,000.",
    "04_safety_checks.q3.mistake.worker_days":
        "Hinati mo sa worker-days, hindi sa oras. Employee-hours = workers × days worked × hours "
        "per day.",
    "04_safety_checks.q3.mistake.hours_per_worker":
        "Hinati mo sa oras ng isang worker lang. Gamitin ang oras ng lahat ng worker nang "
        "magkakasama: workers × days worked × hours per day.",
    "04_safety_checks.q3.mistake.no_base":
        "Iyan ang rate bawat isang oras: napakaliit na numero na walang makakabasa. I-multiply sa "
        "1,000,000 para makuha ang rate bawat milyong employee-hours.",
    "04_safety_checks.q3.mistake.frequency_instead":
        "Iyan ang frequency rate: injuries ang binibilang nito. Ang severity rate ay bumibilang "
        "ng mga araw na nawala: pagsamahin ang column na days_lost.",
    "04_safety_checks.q3.mistake.days_per_injury":
        "Iyan ang days lost bawat injury. Sa severity rate, hinahati ang days lost sa "
        "employee-hours, tapos times 1,000,000.",

    "04_safety_checks.q4.title": "Q4 · Ang HIRAC rating ng forklift sa loading bay.",
    "04_safety_checks.q4.hint.1":
        "Ang likelihood ay kung gaano kadalas ito puwedeng mangyari; ang severity ay kung gaano "
        "kalala ang pinsala sa tao kung mangyari ito. Basahin ang kuwento para sa bawat isa, at "
        "ikumpara sa hirac.LIKELIHOOD_WORDS at hirac.SEVERITY_WORDS.",
    "04_safety_checks.q4.hint.2":
        "Sabi ng team, unlikely ang banggaan. Pero kung mangyari ito, puwedeng makamatay ang "
        "forklift. Isulat ang hirac.risk_rating(likelihood=…, severity=…) gamit ang mga numero ng "
        "dalawang salitang iyon.",
    "04_safety_checks.q4.mistake.not_rating":
        "Dapat ang `forklift_risk` ay resulta ng hirac.risk_rating(likelihood=…, severity=…). "
        "Hindi ipinapakita ng score lang kung aling numero ang alin.",
    "04_safety_checks.q4.mistake.swapped":
        "Nagkapalit ang likelihood at severity. Ang likelihood ay kung gaano KADALAS ito puwedeng "
        "mangyari; ang severity ay kung gaano KALALA ang pinsala sa tao. Puwedeng nakamamatay pa "
        "rin ang aksidenteng bihira.",
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
        "Mas mababa ang 42 % sa rule nating 0.6: hindi sigurado ang model, kaya babasahin muna ng "
        "tao ang report bago ito i-file. Dito, umaabot ang tubig sa isang electric cord, na agad "
        "makikita ng tao.",
    "04_safety_checks.q5.mistake.C":
        "Huwag kailanman magbura ng report. Ang mababang confidence ay nangangahulugang bago sa "
        "model ang mga salita; hindi ito nangangahulugang maliit ang hazard. May naglaan ng oras "
        "para i-report ito.",
    "04_safety_checks.q5.mistake.D":
        "Kapag paulit-ulit na binago ang report hanggang sumang-ayon ang model, itinatago lang "
        "nito ang pagdududa. Panatilihin ang sariling salita ng worker, at hayaang tao ang "
        "magpasya.",
    "04_safety_checks.q5.prompt":
        'Iminumungkahi ng model ang "housekeeping" para sa report na ito, at 42 % lang itong '
        "sigurado. Ano ang gagawin mo?",
    "04_safety_checks.q5.option.A": "I-file ito sa housekeeping: iyan ang mungkahi ng model.",
    "04_safety_checks.q5.option.B":
        "Ipabasa ito sa isang tao sa OSH committee at siya ang pipili ng category.",
    "04_safety_checks.q5.option.C":
        "Burahin ito: kapag hindi sigurado ang model, malamang hindi ito totoong hazard.",
    "04_safety_checks.q5.option.D":
        "I-type ulit ang report, sa ibang salita, hanggang mas sigurado na ang model.",

    "04_safety_checks.q6.title": "Q6 · Aling mga triage suggestion ang ipinapasa sa tao?",
    "04_safety_checks.q6.hint.1":
        "Ipinapasa sa tao ang suggestion kapag ang confidence nito ay mas mababa sa 0.6. Ang "
        "eksaktong 0.6 ay hindi mas mababa.",
    "04_safety_checks.q6.hint.2":
        "Itira ang mga row ng `suggestions` na may confidence < 0.6, tapos kunin ang report_id "
        'column nila bilang list: .loc[rows, "report_id"].tolist()',
    "04_safety_checks.q6.mistake.not_ids":
        "Dapat ang `review_ids` ay list ng mga report ID na naka-quotes, sa loob ng square "
        'brackets, gaya ng ["R-1", "R-2"].',
    "04_safety_checks.q6.mistake.unknown_ids":
        "May mga ID na wala sa `suggestions`. Kopyahin ang mga ito mula sa report_id column nito.",
    "04_safety_checks.q6.mistake.reversed":
        "Iyan ang mga suggestion na sigurado ang model. Ang dapat basahin ng tao ay ang mga HINDI "
        "sigurado ang model: confidence na mas mababa sa 0.6.",
    "04_safety_checks.q6.mistake.at_the_limit":
        "Pasok sa rule ang suggestion na eksaktong 0.6, kaya hindi na ito kailangang i-review. "
        "Gamitin ang < 0.6, hindi <= 0.6.",
    "04_safety_checks.q6.mistake.below_half":
        "Ang rule ay mas mababa sa 0.6, hindi mas mababa sa 0.5. Ipinapasa rin sa tao ang mga "
        "suggestion sa pagitan ng 0.5 at 0.6.",
    "04_safety_checks.q6.mistake.missed":
        "May kulang na suggestion na mas mababa sa 0.6: mai-file ito nang walang nakabasa. Kapag "
        "pinagkatiwalaan ang suggestion na hindi sigurado ang model, diyan nawawala ang mga "
        "hazard.",
    "04_safety_checks.q6.mistake.extra":
        "Nagdagdag ka ng suggestion na sigurado ang model (0.6 o higit pa). Puwede itong i-file "
        "ayon sa mungkahi; makikita pa rin ito ng committee sa weekly summary.",

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
        "Ang training, signs at time limits ay umaasa na maaalala ito ng mga tao araw-araw. "
        "Nauuna ang mga control na nagbabago sa mismong hazard.",
    "04_safety_checks.q7.mistake.admin_over_engineering":
        "Gumagana ang hood sa bawat pagkakataon kahit walang nakakaalala rito; ang training at "
        "signs ay kailangang maalala ng tao. Nauuna ang engineering bago ang administrative "
        "controls.",

    "04_safety_checks.q8.title":
        "Q8 · Isang maikling no-blame near-miss report tungkol sa forklift sa Gate 2.",
    "04_safety_checks.q8.hint.1":
        "Sinasagot ng magandang near-miss report ang tatlong tanong: ano ang nangyari, saan, at "
        "ano sana ang puwedeng nangyari. Role ang binabanggit (isang packer), hindi kailanman "
        "pangalan ng tao, at walang sinisisi.",
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
        "bakit ito puwedeng mangyari; sa no-blame report, patuloy na nagre-report ang mga tao",

    # 05_dashboards_and_action_plan
    "05_dashboards_and_action_plan.q1.title":
        "Q1 · Ang KPI na may pinakamalaking gap laban sa target nito.",
    "05_dashboards_and_action_plan.q1.hint.1":
        "Magkakaiba ang mga unit: hindi direktang maikukumpara ang percent at ang rate bawat "
        "milyong oras. Sukatin ang bawat gap sa steps: gaano kalayo ang value lampas sa green, "
        "hinati sa layo mula green hanggang amber.",
    "05_dashboards_and_action_plan.q1.hint.2":
        "Para sa KPI na mas mabuti kapag mas mababa: (value − target) ÷ (amber − target). Para sa "
        "KPI na mas mabuti kapag mas mataas: (target − value) ÷ (target − amber). Kapag negative "
        "ang numero, mas maganda ang KPI kaysa sa target nito. Ibigay ang pangalan sa kpi column "
        "ng pinakamalaki.",
    "05_dashboards_and_action_plan.q1.mistake.not_text":
        "Dapat ang `biggest_gap` ay ang pangalan ng KPI na naka-quotes, gaya ng nasa kpi column, "
        'halimbawa "defect_rate".',
    "05_dashboards_and_action_plan.q1.mistake.not_a_kpi":
        "Hindi iyan isa sa mga KPI sa `gaps`. Kopyahin ang pangalan mula sa kpi column nito.",
    "05_dashboards_and_action_plan.q1.mistake.raw_difference":
        "Ang KPI na iyan ang may pinakamalaking simpleng diperensiya, pero iba ang unit nito "
        "(injuries bawat milyong oras). Ikumpara na lang ang mga gap sa steps mula green hanggang "
        "amber.",
    "05_dashboards_and_action_plan.q1.mistake.beats_target":
        "Mas maganda ang KPI na iyan kaysa sa target nito: mas mabuti kapag mas mataas ito, at "
        "nasa itaas ng target ang value. Wala itong gap.",
    "05_dashboards_and_action_plan.q1.mistake.smallest_gap":
        "Hindi naaabot ng KPI na iyan ang target nito, pero kaunti lang: kalahating step mula "
        "green hanggang amber. May ibang KPI na mas malayo pa.",
    "05_dashboards_and_action_plan.q1.mistake.other_gap":
        "Hindi naaabot ng KPI na iyan ang target nito, pero may iba pang mas malayo. Kuwentahin "
        "ang steps mula green hanggang amber para sa bawat KPI.",

    "05_dashboards_and_action_plan.q2.title":
        "Q2 · Aling 5-whys chain ang umaabot sa root cause na kayang ayusin ng team?",
    "05_dashboards_and_action_plan.q2.hint.1":
        "Nagtatapos ang magandang chain sa isang bagay sa proseso na kayang baguhin ng team: "
        "isang schedule, isang tool, isang training, isang layout.",
    "05_dashboards_and_action_plan.q2.hint.2":
        "Basahin ang huling step ng bawat chain. May sinisisi ba itong tao, tumatalon ba agad sa "
        "solusyon, o humihinto bago makarating sa anumang sanhi?",
    "05_dashboards_and_action_plan.q2.mistake.A":
        'Humihinto ang chain na iyan sa isang tao. Walang naaayos ang "Careless" (pabaya): '
        "itanong kung bakit puwede pa ring makaligtaan ng maingat na tao ang mapurol na karayom "
        "(walang schedule, walang spare, walang check).",
    "05_dashboards_and_action_plan.q2.mistake.C":
        "Solusyon iyan, hindi sanhi, at magastos pa. Itanong muna kung bakit: kung bago ang "
        "makina pero mapurol pa rin ang karayom, mababawasan ba ang skipped stitches?",
    "05_dashboards_and_action_plan.q2.mistake.D":
        'Pinahihinto ng "Bad luck" (malas) ang mga tanong bago makarating sa anumang sanhi. '
        "Itanong ulit kung bakit: ano ang naiba ngayong buwan?",
    "05_dashboards_and_action_plan.q2.prompt":
        "Aling chain ang dapat ilagay sa Enterprise Improvement Plan?",
    "05_dashboards_and_action_plan.q2.option.A":
        "Skipped stitches → mapurol ang mga karayom → hindi ito tiningnan ng operator → pabaya "
        "ang operator.",
    "05_dashboards_and_action_plan.q2.option.B":
        "Skipped stitches → mapurol ang mga karayom → pinapalitan lang ang karayom kapag nabali "
        "na → walang needle-change schedule at walang spare sa linya.",
    "05_dashboards_and_action_plan.q2.option.C":
        "Skipped stitches → bumili ng bagong sewing machine para sa buong linya.",
    "05_dashboards_and_action_plan.q2.option.D": "Skipped stitches → malas lang ngayong buwan.",

    "05_dashboards_and_action_plan.q3.title": "Q3 · Tapusin ang row ng plan na dinraft ng AI.",
    "05_dashboards_and_action_plan.q3.hint.1":
        'I-run ang ap.check_action_plan(ap.plan_rows([row]), today="2025-04-07"): ililista nito '
        "ang kulang pa sa row.",
    "05_dashboards_and_action_plan.q3.hint.2":
        "Punan ang owner (sapat na ang role), isang due date pagkatapos ng 7 Abril 2025 na "
        "nakasulat bilang YYYY-MM-DD, at kung sino ang nag-review ng row. Huwag galawin ang ibang "
        'cell: row | {"owner": …, "due_date": …, "reviewed_by": …}',
    "05_dashboards_and_action_plan.q3.mistake.not_row":
        "Dapat dict ang `fixed_row` na gaya ng `row`, na may parehong keys: magsimula sa row | "
        "{...}.",
    "05_dashboards_and_action_plan.q3.mistake.owner":
        "Wala pang owner ang row. Pangalanan kung sino ang sisiguro na mangyayari ang action; "
        "sapat na ang role gaya ng supervisor.",
    "05_dashboards_and_action_plan.q3.mistake.past_date":
        "Hindi lampas sa 7 Abril 2025 (ang araw ng plan) ang due date. Hindi na maaabot ang "
        "petsang lumipas na: pumili ng mas huling petsa.",
    "05_dashboards_and_action_plan.q3.mistake.bad_date":
        "Hindi mabasa ng plan ang due date bilang petsa. Isulat ito bilang YYYY-MM-DD "
        "(taon-buwan-araw).",
    "05_dashboards_and_action_plan.q3.mistake.reviewed_by":
        "Wala pang nag-review ng row. Isulat kung sino ang tumingin dito: AI ang nag-draft, tao "
        "ang nagpapasya.",
    "05_dashboards_and_action_plan.q3.mistake.changed":
        "Huwag baguhin ang problem, root cause, action at KPI: ang mga bakante o maling cell lang "
        "ang kailangang ayusin.",

    "05_dashboards_and_action_plan.q4.title": "Q4 · Ang row na hindi bagay ang KPI sa action nito.",
    "05_dashboards_and_action_plan.q4.hint.1":
        "Sa bawat row, itanong: kung gumana ang action, aling numero ang unang magbabago?",
    "05_dashboards_and_action_plan.q4.hint.2":
        "Ang rota na maagang naipost at ang isang buddy ay tumutulong para pumasok ang mga tao sa "
        "trabaho. Aling QCDMS pillar iyon?",
    "05_dashboards_and_action_plan.q4.mistake.A":
        "Ang mapurol na karayom ang sanhi ng skipped stitches, na mga defect: ang defect rate ang "
        "tamang KPI para sa action na ito.",
    "05_dashboards_and_action_plan.q4.mistake.B":
        "Kapag on time ang tela, on time ding makakapagsimula ang cutting, kaya on time "
        "maipapadala ang orders: bagay ang on-time delivery sa action na ito.",
    "05_dashboards_and_action_plan.q4.mistake.D":
        "Kapag mas kaunti at mas maikli ang mga hinto, tumataas ang availability, isang bahagi ng "
        "OEE: bagay ang OEE sa action na ito.",
    "05_dashboards_and_action_plan.q4.prompt":
        "Sa aling row HINDI ipapakita ng KPI to watch kung gumana ang action?",
    "05_dashboards_and_action_plan.q4.option.A":
        "Action: palitan ang mga karayom tuwing Lunes → KPI: defect rate.",
    "05_dashboards_and_action_plan.q4.option.B":
        "Action: ihahatid ng warehouse ang tela para sa susunod na araw nang hindi lalampas sa 4 "
        "pm → KPI: on-time delivery.",
    "05_dashboards_and_action_plan.q4.option.C":
        "Action: i-post ang shift rota isang linggo bago, may buddy para sa bawat bagong worker → "
        "KPI: defect rate.",
    "05_dashboards_and_action_plan.q4.option.D":
        "Action: i-log ang bawat hinto ng makina na lampas 5 minuto at ayusin ang top 3 bawat "
        "linggo → KPI: OEE.",

    "05_dashboards_and_action_plan.q5.title":
        "Q5 · Ang dashboard widget na sumasagot sa tanong ng line leader.",
    "05_dashboards_and_action_plan.q5.hint.1":
        '"Getting better" (gumaganda): tungkol ito sa pagbabago sa paglipas ng panahon, hindi sa '
        "isang linggo lang.",
    "05_dashboards_and_action_plan.q5.hint.2":
        "Aling widget ang nagpapakita nang magkatabi ng mga linggo bago at pagkatapos ng "
        "pagbabago?",
    "05_dashboards_and_action_plan.q5.mistake.A":
        "Isang linggo lang ang ipinapakita ng card. Puwedeng swerte o malas lang ang isang "
        'maganda o pangit na linggo: para makita kung "better" (mas maganda), tingnan ang mga '
        "linggo bago at pagkatapos ng pagbabago.",
    "05_dashboards_and_action_plan.q5.mistake.C":
        "Ang picker ang pumipili kung aling linya ang titingnan mo; wala itong ipinapakita nang "
        "mag-isa.",
    "05_dashboards_and_action_plan.q5.mistake.D":
        "Masyadong marami ang raw daily rows para basahin sa meeting, at walang target na "
        "ipinapakita ang mga ito. Kaya nga may dashboard: para walang kailangang magbasa ng mga "
        "iyon.",
    "05_dashboards_and_action_plan.q5.prompt":
        'Tanong ng line leader: "Anim na linggo na ang nakalipas mula nang magsimula kaming '
        'magpalit ng karayom tuwing Lunes. Gumaganda na ba ang defect rate namin?" Aling bahagi '
        "ng dashboard ang sasagot sa kanya?",
    "05_dashboards_and_action_plan.q5.option.A":
        "Ang defect-rate card: ang value ng pinakahuling linggo at ang ilaw nito.",
    "05_dashboards_and_action_plan.q5.option.B":
        "Ang trend chart ng defect rate, linggo-linggo, kasama ang target line.",
    "05_dashboards_and_action_plan.q5.option.C": "Ang line picker.",
    "05_dashboards_and_action_plan.q5.option.D": "Isang table ng raw records ng bawat araw.",

    "05_dashboards_and_action_plan.q6.title":
        "Q6 · Aling mga row ng plan ang dapat ayusin bago ito ibahagi?",
    "05_dashboards_and_action_plan.q6.hint.1":
        "Kailangan ng bawat row ng owner, due date pagkatapos ng 7 Abril 2025, KPI na umiiral, "
        "reviewer, at root cause na walang sinisising tao.",
    "05_dashboards_and_action_plan.q6.hint.2":
        'Ang ap.check_action_plan(plan, today="2025-04-07") ang magsasabi sa iyo ng mga row. '
        "Nagsisimula sa 1 ang numero ng row, gaya sa check.",
    "05_dashboards_and_action_plan.q6.mistake.not_numbers":
        "Dapat ang `rows_to_fix` ay list ng mga numero ng row sa loob ng square brackets, gaya ng "
        "[1, 4].",
    "05_dashboards_and_action_plan.q6.mistake.zero_based":
        "Bilangin ang mga row mula 1, gaya ng ginagawa ng check, hindi mula 0.",
    "05_dashboards_and_action_plan.q6.mistake.not_a_row":
        "Limang row ang plan: gumamit ng mga numero mula 1 hanggang 5.",
    "05_dashboards_and_action_plan.q6.mistake.missed_blame":
        "May kulang na row: ang row na ang root cause ay may sinisising tao. Sa proseso humihinto "
        "ang 5 whys, hindi kailanman sa tao.",
    "05_dashboards_and_action_plan.q6.mistake.missed_past_date":
        "May kulang na row: ang row na lumipas na ang due date. Ikumpara ang bawat petsa sa 7 "
        "Abril 2025.",
    "05_dashboards_and_action_plan.q6.mistake.missed_reviewer":
        "May kulang na row: ang row na walang nag-review. Tingnan ang column na reviewed_by.",
    "05_dashboards_and_action_plan.q6.mistake.extra":
        "Nagdagdag ka ng row na ayos na: kumpleto na ito sa lahat ng hinihingi ng review.",
}
