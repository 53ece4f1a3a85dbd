"""Filipino exercise strings of modules 00–02 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_00_02: dict[str, str] = {
    # 00_welcome
    "00_welcome.q1.title": "Q1 · Ang defect rate ng 12 defects sa 480 piraso.",
    "00_welcome.q1.hint.1": "Defect rate = bilang ng defects ÷ lahat ng units produced.",
    "00_welcome.q1.hint.2":
        "Sa Python, / ang isinusulat para sa ÷. Gamitin ang dalawang variable: defects / "
        "units_produced",
    "00_welcome.q1.mistake.upside_down":
        "Baligtad ang paghati: ang units ang hinati mo sa defects. Ilagay ang defects sa itaas: "
        "defects ÷ units produced.",
    "00_welcome.q1.mistake.good_units":
        "Hatiin sa lahat ng units produced, hindi lang sa maayos na piraso.",

    "00_welcome.q2.title": "Q2 · Aling desisyon ang dapat manatili sa tao?",
    "00_welcome.q2.hint.1":
        "Itanong: sino ang mananagot kung magkamali ito, at sino ang nakakarinig at nakakaramdam "
        "sa makina?",
    "00_welcome.q2.mistake.A":
        "Magaling ang AI sa pag-sort ng mga report. Pagkatapos, tinitingnan ng tao ang pag-sort. "
        "Aling option ang desisyon sa kaligtasan na kailangang gawin agad, on the spot?",
    "00_welcome.q2.mistake.C":
        "Kaya ng AI na mag-draft ng minutes. Binabasa muna ito ng tao bago ibahagi. Aling option "
        "ang desisyon tungkol sa kaligtasan?",
    "00_welcome.q2.mistake.D":
        "Ang pagsusuma ng mga bilang ay magandang trabaho para sa computer. Aling option ang "
        "nangangailangan ng taong nakakarinig sa makina?",
    "00_welcome.q2.prompt": "Alin sa mga ito ang dapat manatiling desisyon ng tao?",
    "00_welcome.q2.option.A": "Pag-sort ng 300 near-miss report ayon sa uri ng hazard",
    "00_welcome.q2.option.B": "Paghinto ng linya dahil kakaiba ang tunog ng isang bearing",
    "00_welcome.q2.option.C": "Pag-draft ng minutes ng EIT meeting",
    "00_welcome.q2.option.D": "Pagsusuma ng defect counts ng isang buwan",

    "00_welcome.q3.title":
        "Q3 · Tama o mali: puwedeng magbigay ang AI ng kumpiyansang sagot na mali pala.",
    "00_welcome.q3.hint.1":
        "Isipin kung paano natututo ang AI: nanghuhula ito mula sa mga halimbawa.",
    "00_welcome.q3.mistake.False":
        "Nanghuhula ang AI mula sa mga halimbawa. Puwede itong magsalitang sigurado pero mali pa "
        "rin. Kaya tinitingnan ng tao ang bawat draft at bawat numero.",
    "00_welcome.q3.prompt":
        "Tama o mali: puwedeng magbigay ang AI ng kumpiyansang sagot na mali pala.",
    "00_welcome.q3.option.True": "Tama",
    "00_welcome.q3.option.False": "Mali",

    "00_welcome.q4.title": "Q4 · Ilang araw ng records mayroon ang Line B?",
    "00_welcome.q4.hint.1":
        "Bawat row ay isang linya sa isang araw. Bilangin ang mga row kung saan ang line ay 'Line "
        "B'.",
    "00_welcome.q4.hint.2":
        'Ang production["line"] == "Line B" ay naglalagay ng True sa mga row na iyon; ang .sum() '
        "ang nagbibilang sa kanila.",
    "00_welcome.q4.mistake.all_rows":
        "Binilang mo ang lahat ng linya. Ang mga row lang ng Line B ang bilangin.",

    "00_welcome.q5.title": "Q5 · Isang function na ginagawang percent ang isang fraction.",
    "00_welcome.q5.hint.1": "Ang fraction na 0.025 ay 2.5 percent.",
    "00_welcome.q5.hint.2": "I-multiply ang fraction sa 100.",
    "00_welcome.q5.mistake.divided":
        "I-multiply sa 100 para makuha ang percent; kapag hinati mo, lumiliit ang numero.",

    "00_welcome.q6.title":
        "Q6 · Isang gawain na matutulungan ng AI, at isang desisyon na mananatili sa tao.",
    "00_welcome.q6.hint.1":
        "Mag-isip ng gawain mo bawat linggo na halos puro pag-type o pagsusuma.",
    "00_welcome.q6.example":
        "Halimbawa: puwedeng i-draft ng AI ang lingguhang toolbox talk mula sa mga near-miss "
        "report natin, para mas maraming oras ang safety officer natin sa floor. Ang pagpapasya "
        "kung sino ang mag-o-overtime ay dapat manatili sa tao, kausap ang team.",

    # 01_kpi_tracking
    "01_kpi_tracking.message.not_a_chart":
        "Dapat chart ang `{name}`. Gawin ito gamit ang {call} at i-run ang cell.",
    "01_kpi_tracking.message.chart_look_again":
        "Iba ang mga numerong iginuguhit ng chart. Tingnan kung aling mga row ang ibinigay mo, "
        "pati ang KPI at ang target.",

    "01_kpi_tracking.q1.title": "Q1 · Ang defect rate ng Line A noong Marso 2025.",
    "01_kpi_tracking.q1.hint.1":
        "Defect rate = defects ÷ units produced, para sa parehong mga araw.",
    "01_kpi_tracking.q1.hint.2":
        "Pagsamahin ang bawat column ng `line_a` gamit ang .sum(), tapos isang beses lang "
        'maghati: line_a["defects"].sum() / line_a["units_produced"].sum()',
    "01_kpi_tracking.q1.mistake.good_units":
        "Hatiin sa lahat ng units produced, hindi lang sa maayos na piraso.",
    "01_kpi_tracking.q1.mistake.mean_of_daily":
        "Iyan ang average ng mga daily rate. Pagsamahin muna ang mga bilang ng buong buwan, tapos "
        "isang beses lang maghati: hindi dapat kasimbigat ng malaking araw ang maliit na araw.",
    "01_kpi_tracking.q1.mistake.whole_period":
        "Ginamit nito ang lahat ng araw sa datos, hindi lang Marso 2025. Gamitin ang na-filter na "
        "table na `line_a`.",
    "01_kpi_tracking.q1.mistake.all_lines":
        "Iyan ang defect rate ng tatlong linya. Line A lang ang itira.",
    "01_kpi_tracking.q1.mistake.upside_down":
        "Baligtad ang paghati: ang units ang hinati mo sa defects. Ilagay ang defects sa itaas: "
        "defects ÷ units produced.",

    "01_kpi_tracking.q2.title": "Q2 · Dalawang araw na pinagsama: ratio ng mga sum.",
    "01_kpi_tracking.q2.hint.1":
        "Aling araw ang mas maraming nagawang piraso? Dapat bang kasimbigat ang araw na 20 piraso "
        "ng araw na 800 piraso?",
    "01_kpi_tracking.q2.hint.2":
        "Pagsamahin ang defects ng dalawang araw, pagsamahin ang mga piraso ng dalawang araw, "
        "tapos isang beses lang maghati.",
    "01_kpi_tracking.q2.mistake.A":
        "Iyan ang average ng dalawang daily percentage. Dito, kasimbigat ng Lunes na 20 piraso "
        "ang Martes na 800 piraso. Pagsamahin muna ang mga bilang, tapos maghati.",
    "01_kpi_tracking.q2.mistake.C":
        "Pinagsama mo ang dalawang percentage. Ang pagsamahin ay ang defects at ang mga piraso, "
        "tapos isang beses lang maghati.",
    "01_kpi_tracking.q2.mistake.D":
        "Martes lang iyan. Kasama rin ang mga piraso at defects ng Lunes.",
    "01_kpi_tracking.q2.prompt":
        "Lunes: 2 defects sa 20 piraso (10 %). Martes: 8 defects sa 800 piraso (1 %). Ano ang "
        "defect rate ng dalawang araw kapag pinagsama?",
    "01_kpi_tracking.q2.option.A": "5.5 %",
    "01_kpi_tracking.q2.option.B": "Mga 1.2 %",
    "01_kpi_tracking.q2.option.C": "11 %",
    "01_kpi_tracking.q2.option.D": "1 %",

    "01_kpi_tracking.q3.title": "Q3 · Ang cost per good unit ng Line B noong Marso 2025, sa piso.",
    "01_kpi_tracking.q3.hint.1":
        "Cost per good unit = total cost ÷ good units. Good units = units produced − units "
        "scrapped: ang piraso na na-rework ay naayos at naibenta.",
    "01_kpi_tracking.q3.hint.2":
        'total_cost / (line_b["units_produced"].sum() - line_b["units_scrapped"].sum())',
    "01_kpi_tracking.q3.mistake.all_units":
        "Hatiin sa good units: units produced bawas units scrapped. Hindi maibebenta ang mga "
        "scrapped na piraso, kaya ang maayos na piraso ang sumasalo sa gastos nila.",
    "01_kpi_tracking.q3.mistake.defects_out":
        "Ang mga piraso na na-rework ay naayos at naibenta. Ang scrapped units lang ang ibawas, "
        "hindi lahat ng defects.",
    "01_kpi_tracking.q3.mistake.mean_of_daily":
        "Iyan ang average ng mga daily rate. Pagsamahin muna ang mga bilang ng buong buwan, tapos "
        "isang beses lang maghati: hindi dapat kasimbigat ng malaking araw ang maliit na araw.",
    "01_kpi_tracking.q3.mistake.whole_period":
        "Ginamit nito ang lahat ng araw ng Line B sa datos, hindi lang Marso 2025. Gamitin ang "
        "na-filter na table na `line_b`.",

    "01_kpi_tracking.q4.title": "Q4 · Ang lost-time injury frequency rate ng 2024.",
    "01_kpi_tracking.q4.hint.1":
        "Frequency rate = lost-time injuries × 1,000,000 ÷ hours worked (ILO; AEDR ng DOLE).",
    "01_kpi_tracking.q4.hint.2":
        'year_2024["lost_time_injuries"].sum() * 1_000_000 / year_2024["hours_worked"].sum()',
    "01_kpi_tracking.q4.mistake.base_200000":
        "Gumamit ito ng 200,000 oras, ang base ng US OSHA rate. Ang ILO at ang AEDR ng DOLE ay "
        "gumagamit ng 1,000,000 oras.",
    "01_kpi_tracking.q4.mistake.no_base":
        "Iyan ang injuries bawat isang oras: napakaliit na numero na walang makakabasa. "
        "I-multiply sa 1,000,000 para makuha ang injuries bawat milyong oras ng trabaho.",
    "01_kpi_tracking.q4.mistake.all_incidents":
        "Ang lost-time injuries lang ang bilangin, hindi lahat ng recordable incident.",
    "01_kpi_tracking.q4.mistake.days_lost":
        "Iyan ang severity rate: ang mga araw na nawala. Injuries ang binibilang ng frequency "
        "rate.",
    "01_kpi_tracking.q4.mistake.whole_period":
        "Ginamit nito ang 2024 at 2025. 2024 lang ang itira: gamitin ang table na `year_2024`.",

    "01_kpi_tracking.q5.title": "Q5 · Isang function para sa OEE mula sa mga bilang ng isang araw.",
    "01_kpi_tracking.q5.hint.1":
        "Availability = run minutes ÷ planned minutes. Performance = ideal cycle time × units ÷ "
        "run minutes, hindi lalampas sa 1. Quality = good units ÷ units.",
    "01_kpi_tracking.q5.hint.2":
        "Pinapanatili ng performance = min(ideal_cycle_min * units / run_minutes, 1) ang value sa "
        "100 % o mas mababa.",
    "01_kpi_tracking.q5.mistake.no_cap":
        "Hindi puwedeng lumampas sa 100 % ang performance: lagyan ito ng limit gamit ang min(…, "
        "1). Kapag mas mataas, ibig sabihin masyadong mabagal ang nakatakdang ideal cycle time.",
    "01_kpi_tracking.q5.mistake.downtime_share":
        "Ang availability ay ang bahagi ng planned time na tumakbo ang linya: run minutes ÷ "
        "planned minutes, hindi downtime ÷ planned minutes.",
    "01_kpi_tracking.q5.mistake.performance_on_planned":
        "Ikinukumpara ang performance sa run time (planned bawas downtime), hindi sa planned time.",
    "01_kpi_tracking.q5.mistake.without_quality":
        "I-multiply ang tatlong factor: availability × performance × quality.",

    "01_kpi_tracking.q6.title":
        "Q6 · Lingguhang on-time delivery ng bawat linya, kasama ang 95 % na target.",
    "01_kpi_tracking.q6.hint.1":
        "Kailangan ng plots.trend_with_target ang weekly table, ang pangalan ng column ng KPI, at "
        "ang target.",
    "01_kpi_tracking.q6.hint.2":
        "Isulat ang target bilang fraction: 0.95 para sa 95 %. Ang column ng KPI ay "
        '"on_time_delivery".',
    "01_kpi_tracking.q6.mistake.target_as_percent":
        "Isulat ang target bilang fraction: 0.95 para sa 95 %.",
    "01_kpi_tracking.q6.mistake.amber_target":
        "Sa 0.90 nagtatapos ang amber. Ang green target para sa on-time delivery ay 95 %.",
    "01_kpi_tracking.q6.mistake.whole_period":
        "Sakop ng chart na iyan ang lahat ng linggo sa datos. Gamitin ang 12 linggo ng `quarter`, "
        "sa pamamagitan ng table na `weekly`.",

    "01_kpi_tracking.q7.title":
        "Q7 · Isang Pareto chart ng mga sanhi ng defect ng Line A noong Marso 2025.",
    "01_kpi_tracking.q7.hint.1":
        "Itira lang ang mga row ng Line A sa `march_causes`, tapos ibigay ang mga ito sa "
        "plots.pareto.",
    "01_kpi_tracking.q7.hint.2":
        'Ang march_causes[march_causes["line"] == "Line A"] ang nagtitira ng mga row ng Line A.',
    "01_kpi_tracking.q7.mistake.all_lines":
        "Pinagsama ng chart na iyan ang mga sanhi ng tatlong linya. Line A lang ang itira.",
    "01_kpi_tracking.q7.mistake.whole_period":
        "Ginamit ng chart na iyan ang mga sanhi ng Line A sa bawat buwan. Marso 2025 lang ang "
        "itira: magsimula sa `march_causes`.",
    "01_kpi_tracking.q7.mistake.all_factories":
        "Nahaluan ang chart na iyan ng Line A ng food at electronics na pabrika. Ang garments na "
        "pabrika lang ang itira.",

    "01_kpi_tracking.q8.title":
        "Q8 · Tama o mali: ang araw na nasa loob ng control limits ay kailangan ng sariling "
        "imbestigasyon.",
    "01_kpi_tracking.q8.hint.1":
        "Ipinapakita ng mga limit (mean ± 3σ) kung gaano gumagalaw ang mga numero sa karaniwang "
        "araw.",
    "01_kpi_tracking.q8.hint.2": "Aling mga point ang minamarkahan ng control chart na kakaiba?",
    "01_kpi_tracking.q8.mistake.True":
        "Ang mga araw na nasa loob ng limits ay normal na pagbabago araw-araw. Kapag hinabol ang "
        "bawat isa, nasasayang ang pagod ng team at puwede pang lumala ang sitwasyon. Hanapin ang "
        "mga point na nasa labas ng limits, at ang trend sa loob ng ilang linggo.",
    "01_kpi_tracking.q8.prompt":
        "Tama o mali: sa control chart, ang araw na nasa loob ng limits pero mas masama kaysa sa "
        "nakaraang araw ay kailangan ng sariling imbestigasyon.",
    "01_kpi_tracking.q8.option.True": "Tama",
    "01_kpi_tracking.q8.option.False": "Mali",

    # 02_document_drafting
    "02_document_drafting.q1.title":
        "Q1 · Sarili mong prompt para sa toolbox talk tungkol sa forklift safety, kumpleto ang "
        "limang bahagi.",
    "02_document_drafting.q1.hint.1":
        "May limang bahagi ang magandang prompt: kung sino dapat ang AI (role), ang mga facts "
        "(context), kung ano ang isusulat (task), kung ano ang itsura nito (format), at ang mga "
        "patakaran (constraints).",
    "02_document_drafting.q1.hint.2":
        "Magsimula sa 'You are …'. Sunod ang 'Here are the facts: …', 'Write …', 'Format: …', at "
        "tapusin sa 'Use only the facts given. Do not invent names, numbers or dates.'",
    "02_document_drafting.q1.mistake.not_text":
        "Dapat text ang `my_prompt`: ilagay ang prompt mo sa loob ng quotes.",
    "02_document_drafting.q1.mistake.no_role":
        "Hindi sinasabi ng prompt mo kung sino dapat ang AI (ang role). Magsimula sa 'You are …', "
        "halimbawa isang safety officer.",
    "02_document_drafting.q1.mistake.no_context":
        "Hindi ibinibigay ng prompt mo sa AI ang mga facts (ang context). Idagdag ang 'Here are "
        "the facts: …' kasama ang nangyari sa workplace ninyo.",
    "02_document_drafting.q1.mistake.no_task":
        "Hindi sinasabi ng prompt mo kung ano ang isusulat (ang task). Magdagdag ng pangungusap "
        "na nagsisimula sa 'Write …'.",
    "02_document_drafting.q1.mistake.no_format":
        "Hindi sinasabi ng prompt mo kung ano ang itsura ng sagot (ang format). Humingi ng "
        "headings, bullet points o bilang ng salita.",
    "02_document_drafting.q1.mistake.no_constraints":
        "Walang patakaran ang prompt mo para sa AI (ang constraints). Magdagdag ng mga patakarang "
        "nagsisimula sa 'Do not …' o 'Use only …'.",
    "02_document_drafting.q1.mistake.no_facts":
        "Hindi sinasabi ng prompt mo sa AI na manatili sa mga facts mo. Sabihin na ang mga "
        "ibinigay na facts lang ang dapat nitong gamitin at bawal itong mag-imbento ng pangalan o "
        "numero.",

    "02_document_drafting.q2.title":
        "Q2 · Ang grievance na tinanggalan ng personal data pero buo pa rin ang mga facts.",
    "02_document_drafting.q2.hint.1":
        "Kusang tinatanggal ng privacy.redact(text, roster=…) ang phone, ID at e-mail. Nakikita "
        "lang nito ang mga pangalan kapag ibinigay mo ang listahan ng mga pangalan.",
    "02_document_drafting.q2.hint.2":
        "Ibigay ang listahang `workers` bilang roster, at kunin ang .text ng resulta.",
    "02_document_drafting.q2.mistake.not_text":
        "Dapat text ang `redacted`: ang grievance pagkatapos ng privacy.redact(…).",
    "02_document_drafting.q2.mistake.unchanged":
        "Walang natanggal: buong grievance pa rin ito. Ipasa ito sa privacy.redact(…) at kunin "
        "ang resulta.",
    "02_document_drafting.q2.mistake.facts_lost":
        "May nawalang karaniwang facts: ang petsa, ang halaga sa piso o ang linya. Kailangan ito "
        "ng AI para makapag-draft ng sagot. Ang personal data lang ang tanggalin.",
    "02_document_drafting.q2.mistake.name":
        "Nandiyan pa ang pangalan ng worker. Ang alam lang ng redact() ay ang mga pangalang "
        "ibinigay mo: ipasa ang listahan ng workers bilang roster.",
    "02_document_drafting.q2.mistake.phone":
        "Nandiyan pa ang isang mobile number. Personal information ito ayon sa RA 10173: "
        "tanggalin ito.",
    "02_document_drafting.q2.mistake.sss":
        "Nandiyan pa ang SSS number. Sensitive personal information ito ayon sa RA 10173: "
        "tanggalin ito.",
    "02_document_drafting.q2.mistake.email":
        "Nandiyan pa ang e-mail address. Tumuturo ito sa worker: tanggalin ito.",

    "02_document_drafting.q3.title":
        "Q3 · Ang temperature para sa minutes na dina-draft mula sa mabilisang notes.",
    "02_document_drafting.q3.hint.1":
        "Ang temperature ang nagtatakda kung gaano kalayo puwedeng lumihis ang AI sa mga "
        "pinaka-malamang na salita.",
    "02_document_drafting.q3.hint.2":
        "Dapat sabihin ng minutes ang sinasabi ng notes, wala nang iba. Kaunting paglihis o "
        "marami?",
    "02_document_drafting.q3.mistake.A":
        "Ang mataas na temperature ay para sa mga ideya, gaya ng mga pangalan para sa 5S "
        "campaign. Dapat manatili sa notes ang minutes; kapag mataas ang temperature, lumalayo "
        "ang AI sa notes.",
    "02_document_drafting.q3.mistake.C":
        "Sa medium, paminsan-minsan pumipili ang AI ng mga salitang hindi gaanong malamang. Dapat "
        "sabihin ng minutes ang facts sa parehong simpleng paraan sa bawat pagkakataon.",
    "02_document_drafting.q3.mistake.D":
        "Oo, may tao pa ring titingin. Pero kapag ang setting ay nagpapanatili ng draft na "
        "malapit sa notes, mas kaunti ang pagkakamaling kailangang hanapin.",
    "02_document_drafting.q3.prompt":
        "Pinagagawa ng EIT ninyo sa AI ang minutes mula sa mabilisang notes ng meeting ngayong "
        "araw. Anong temperature ang itatakda mo?",
    "02_document_drafting.q3.option.A":
        "Mataas, 1.2 o higit pa: iba-iba at nakakagulat na pananalita",
    "02_document_drafting.q3.option.B":
        "Mababa, 0 hanggang 0.3: ang pinaka-malamang na mga salita, halos pareho bawat beses",
    "02_document_drafting.q3.option.C":
        "Katamtaman, mga 0.7: may kaunting pagkakaiba-iba, karaniwang setting para sa chat",
    "02_document_drafting.q3.option.D": "Hindi mahalaga: titingnan din naman ng tao ang draft",

    "02_document_drafting.q4.title":
        "Q4 · Tama o mali: sa temperature 0, laging tama ang draft ng AI.",
    "02_document_drafting.q4.hint.1":
        "Sa temperature 0, laging pinipili ng AI ang pinaka-malamang na susunod na salita. Laging "
        "totoo ba ang pinaka-malamang na salita?",
    "02_document_drafting.q4.mistake.True":
        "Sa temperature 0, pareho ang sagot ng AI sa bawat pagkakataon, pero hindi ibig sabihin "
        "na tama ito. Puwede pa rin itong magkamali sa pagkopya ng numero o mag-imbento ng "
        "deadline, kaya tinitingnan ng tao ang bawat draft.",
    "02_document_drafting.q4.prompt":
        "Tama o mali: kapag 0 ang temperature, laging tama ang draft ng AI.",
    "02_document_drafting.q4.option.True": "Tama",
    "02_document_drafting.q4.option.False": "Mali",

    "02_document_drafting.q5.title":
        "Q5 · Ang mga statement sa draft ng AI na hindi tugma sa notes ng meeting.",
    "02_document_drafting.q5.hint.1":
        "Pagtabihin ang notes at ang draft. Sa bawat statement, itanong: sinasabi ba ito ng "
        "notes, at sa parehong paraan ba?",
    "02_document_drafting.q5.hint.2":
        "Maghanap ng apat na uri ng mali: numerong binago, desisyong nawala, deadline na "
        "inimbento, at taong hindi kailanman nabanggit.",
    "02_document_drafting.q5.mistake.not_numbers":
        "Dapat mga numero ng statement ang laman ng `wrong_lines`, sa loob ng curly brackets, "
        "gaya ng {3, 4}.",
    "02_document_drafting.q5.mistake.out_of_range":
        "May statements 1 hanggang 9 ang draft. Ang mga numerong iyon lang ang gamitin.",
    "02_document_drafting.q5.mistake.none_marked":
        "Wala kang minarkahang statement. Madalas may mali ang mga draft ng AI: basahin ang bawat "
        "statement katabi ng notes.",
    "02_document_drafting.q5.mistake.checklist_only":
        "Iyan ang nakita ng checklist. Numero lang ang ikinukumpara ng checklist; basahin ang "
        "bawat statement laban sa notes para makita ang iba pa.",
    "02_document_drafting.q5.mistake.wrong_number":
        "May numero sa draft na iba sa notes. Ikumpara ang mga numero isa-isa.",
    "02_document_drafting.q5.mistake.lost_decision":
        "May desisyon sa notes na wala sa draft o binaligtad nito. Hanapin kung ano ang "
        "NAPAGKASUNDUAN ng team at tingnan kung sinasabi ito ng draft.",
    "02_document_drafting.q5.mistake.invented_deadline":
        "May action na may deadline na wala sa notes: inimbento ito ng AI. Ikumpara sa notes ang "
        "bawat petsa at bawat 'by'.",
    "02_document_drafting.q5.mistake.invented_person":
        "May pangalan ng tao sa draft na wala sa notes: inimbento siya ng AI. Tingnan ang bawat "
        "pangalan.",
    "02_document_drafting.q5.mistake.marked_correct":
        "Minarkahan mo ang statement na tugma sa notes. Basahin ulit ito katabi ng notes: "
        "maraming statement ang tama ang pagkakasulat ng AI.",

    "02_document_drafting.q6.title":
        "Q6 · Isang prompt mula sa template ng acknowledgement letter, walang personal data.",
    "02_document_drafting.q6.hint.1":
        "Hanapin sa prompts.DOCUMENT_TYPES ang uri ng dokumento para sa sulat sa isang worker. "
        "Ang required fields nito ay recipient, date_received, issue_summary at contact_role.",
    "02_document_drafting.q6.hint.2":
        'Kunin ang bawat value mula sa kuwento. Para sa recipient, isulat ang role gaya ng "the '
        'worker": hindi isasama sa prompt ang pangalan niya, phone at SSS number.',
    "02_document_drafting.q6.mistake.not_messages":
        "Dapat ang `letter_prompt` ay ang messages na ibinabalik ng prompts.build_prompt(…). "
        "Ilagay ang call pagkatapos ng = sign.",
    "02_document_drafting.q6.mistake.wrong_kind":
        "Para sa ibang uri ng dokumento ang prompt na iyan. Sinasabi ng sulat na ito sa isang "
        "worker na natanggap na ang grievance niya: hanapin ang uring iyon.",
    "02_document_drafting.q6.mistake.name":
        "May pangalan sa prompt. Isulat ang role ng worker bilang recipient at huwag isama ang "
        "ibang pangalan; ikaw ang magdadagdag ng pangalan niya pagkatapos mong i-review ang sulat.",
    "02_document_drafting.q6.mistake.numbers":
        "Nasa prompt ang phone number, SSS number o e-mail ng worker. Hindi ito kailangan ng "
        "sulat: huwag isama.",
    "02_document_drafting.q6.mistake.date_noticed":
        "Iyan ang araw na kulang ang natanggap niyang sahod. Gamitin ang araw na natanggap ng HR "
        "office ang grievance.",
    "02_document_drafting.q6.mistake.wrong_date":
        "Hindi tugma sa kuwento ang date received. Kailan natanggap ng HR office ang grievance?",
    "02_document_drafting.q6.mistake.wrong_contact":
        "Hindi tugma sa kuwento ang contact role. Sino ang sumasagot sa mga grievance?",
    "02_document_drafting.q6.mistake.issue_off":
        "Hindi sinasabi ng issue summary kung tungkol saan ang grievance. Sabihin ito sa ilang "
        "neutral na salita.",
    "02_document_drafting.q6.mistake.wrong_days":
        "Hindi tugma sa kuwento ang response days. Ilang working days bago sumagot ang HR office?",

    "02_document_drafting.q7.title":
        "Q7 · Bakit binabasa ng tao ang bawat draft ng AI bago ito ibahagi.",
    "02_document_drafting.q7.hint.1":
        "Balikan ang tanong 5: ano kaya ang nangyari kung ipinost ng team ang draft na iyon nang "
        "hindi binabasa?",
    "02_document_drafting.q7.example":
        "Halimbawa: puwedeng baguhin ng AI ang isang numero o mag-imbento ng deadline, at "
        "pangalan ng team ang nakalagay sa minutes. Ang taong nasa meeting ang nagbabasa ng draft "
        "katabi ng notes, para mapagkatiwalaan ito ng mga worker at manager.",
}
