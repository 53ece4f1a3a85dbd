"""Filipino exercise strings of module 02 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_02: dict[str, str] = {
    "02_document_drafting.q1.title":
        "Q1 · Sarili mong prompt para sa toolbox talk tungkol sa forklift safety, kumpleto ang "
        "limang bahagi.",
    "02_document_drafting.q1.hint.1":
        "May limang bahagi ang magandang prompt: kung sino dapat ang AI (role), ang mga facts "
        "(context), kung ano ang isusulat (task), kung ano ang itsura nito (format), at ang mga "
        "patakaran (constraints).",
    "02_document_drafting.q1.hint.2":
        "Dapat gawin ng bawat bahagi ang trabaho nito: isang trabaho o posisyon para sa role, "
        "ang nangyari para sa context, ang dokumento para sa task, isang hugis na may bilang "
        "para sa format, at isang patakaran na nagsasabi kung ano ang bawal gawin ng AI. Walang "
        "puntos ang cue word lang, gaya ng 'You are' o 'Format'.",
    "02_document_drafting.q1.mistake.not_text":
        "Dapat text ang `my_prompt`: ilagay ang prompt mo sa loob ng quotes.",
    "02_document_drafting.q1.mistake.no_role":
        "Hindi sinasabi ng prompt mo kung sino dapat ang AI (ang role). Kulang ang 'You are' "
        "lang: sabihin kung anong trabaho ang gagampanan ng AI.",
    "02_document_drafting.q1.mistake.no_context":
        "Walang facts sa prompt mo para sa AI (ang context). Kulang ang 'Here are the facts' "
        "lang: isulat kung ano ang nangyari, saan, kailan at ilan.",
    "02_document_drafting.q1.mistake.no_task":
        "Hindi sinasabi ng prompt mo kung ano ang isusulat (ang task). Sabihin ang dokumentong "
        "gusto mo, hindi lang 'Write'.",
    "02_document_drafting.q1.mistake.no_format":
        "Hindi sinasabi ng prompt mo kung ano ang itsura ng sagot (ang format). Kulang ang "
        "salitang 'bullet' lang: sabihin kung ilang bullet points, anong mga heading o ilang "
        "salita.",
    "02_document_drafting.q1.mistake.no_constraints":
        "Walang patakaran ang prompt mo para sa AI (ang constraints). Kulang ang 'Do not' lang: "
        "sabihin kung ano ang bawal gawin ng AI, o aling facts lang ang puwede nitong gamitin.",
    "02_document_drafting.q1.mistake.no_facts":
        "Hindi sinasabi ng prompt mo sa AI na manatili sa facts mo. Sabihin na ang facts na "
        "ibinigay mo lang ang gagamitin nito, at bawal itong mag-imbento ng pangalan o numero.",
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
        "May nabura kang facts na kailangan: ang petsa, ang halaga sa piso o ang line. "
        "Kailangan ito ng AI para makagawa ng draft ng sagot. Personal data lang ang tanggalin.",
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
        "Nandiyan pa ang e-mail address. Makikilala ang worker dito: tanggalin ito.",
    "02_document_drafting.q3.title":
        "Q3 · Ang temperature para sa minutes na dina-draft mula sa mabilisang notes.",
    "02_document_drafting.q3.hint.1":
        "Ang temperature ang nagsasabi kung gaano kalayo puwedeng lumihis ang AI sa mga "
        "salitang pinakamadalas nitong piliin.",
    "02_document_drafting.q3.hint.2":
        "Dapat sabihin ng minutes ang sinasabi ng notes, wala nang iba. Kaunting paglihis o "
        "marami?",
    "02_document_drafting.q3.mistake.A":
        "Nag-iiba nga ang pananalita sa mataas na temperature, pero lumalayo rin ang AI sa "
        "notes. Bagay ito sa mga ideya, gaya ng mga pangalan para sa 5S campaign; dapat "
        "manatili sa notes ang minutes.",
    "02_document_drafting.q3.mistake.C":
        "Sa medium, paminsan-minsan pumipili ang AI ng salitang hindi nito karaniwang pinipili. "
        "Dapat simple at pare-pareho ang pagsabi ng minutes sa facts, bawat beses.",
    "02_document_drafting.q3.mistake.D":
        "Oo, may titingin pa ring tao. Pero kung ang setting ay nagpapanatili sa draft na "
        "malapit sa notes, mas kaunti ang mali na hahanapin niya.",
    "02_document_drafting.q3.prompt":
        "Pinagagawa ng EIT ninyo sa AI ang minutes mula sa mabilisang notes ng meeting ngayong "
        "araw. Anong temperature ang itatakda mo?",
    "02_document_drafting.q3.option.A": "Mataas, mga 1: mas natural pakinggan, hindi parang makina",
    "02_document_drafting.q3.option.B":
        "Mababa, 0 hanggang 0.3: ang mga salitang pinakamadalas piliin, halos pareho bawat "
        "beses",
    "02_document_drafting.q3.option.C":
        "Katamtaman, mga 0.7: may kaunting iba-iba, karaniwang setting sa chat",
    "02_document_drafting.q3.option.D": "Hindi mahalaga: titingnan din naman ng tao ang draft",
    "02_document_drafting.q4.title":
        "Q4 · Tama o mali: sa temperature 0, laging tama ang draft ng AI.",
    "02_document_drafting.q4.hint.1":
        "Sa temperature 0, laging pinipili ng AI ang salitang pinakamadalas sumunod. Pero "
        "laging totoo ba ang salitang iyon?",
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
        "Wala kang minarkahang statement. Madalas may mali ang mga draft ng AI: basahin ang "
        "bawat statement katabi ng notes.",
    "02_document_drafting.q5.mistake.checklist_only":
        "Iyan ang nakita ng checklist: mga numero, date at pangalan na wala sa notes. Basahin "
        "ang bawat statement katabi ng notes para makita ang iba pa.",
    "02_document_drafting.q5.mistake.wrong_number":
        "May numero sa draft na iba sa notes. Ikumpara ang mga numero isa-isa.",
    "02_document_drafting.q5.mistake.lost_decision":
        "May desisyon sa notes na wala sa draft o binaligtad nito. Hanapin kung ano ang "
        "NAPAGKASUNDUAN ng team at tingnan kung sinasabi ito ng draft.",
    "02_document_drafting.q5.mistake.invented_deadline":
        "May action na may deadline na wala sa notes: inimbento ito ng AI. Ikumpara sa notes "
        "ang bawat petsa at bawat 'by'.",
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
        "ibang pangalan; ikaw ang magdadagdag ng pangalan niya pagkatapos mong i-review ang "
        "sulat.",
    "02_document_drafting.q6.mistake.numbers":
        "Nasa prompt ang phone number, SSS number o e-mail ng worker. Hindi ito kailangan ng "
        "sulat: huwag isama.",
    "02_document_drafting.q6.mistake.date_noticed":
        "Iyan ang araw na kulang ang natanggap niyang sahod. Gamitin ang araw na natanggap ng "
        "HR office ang grievance.",
    "02_document_drafting.q6.mistake.wrong_date":
        "Hindi tugma sa kuwento ang date received. Kailan natanggap ng HR office ang grievance?",
    "02_document_drafting.q6.mistake.wrong_contact":
        "Hindi tugma sa kuwento ang contact role. Sino ang sumasagot sa mga grievance?",
    "02_document_drafting.q6.mistake.issue_off":
        "Hindi sinasabi ng issue summary kung tungkol saan ang grievance. Sabihin ito sa ilang "
        "neutral na salita.",
    "02_document_drafting.q6.mistake.wrong_days":
        "Hindi tugma sa kuwento ang response days. Ilang working days bago sumagot ang HR "
        "office?",
    "02_document_drafting.q7.title":
        "Q7 · Bakit binabasa ng tao ang bawat draft ng AI bago ito ibahagi.",
    "02_document_drafting.q7.hint.1":
        "Balikan ang tanong 5: ano kaya ang nangyari kung ipinost ng team ang draft na iyon "
        "nang hindi binabasa?",
    "02_document_drafting.q7.example":
        "Halimbawa: puwedeng baguhin ng AI ang isang numero o mag-imbento ng deadline, at "
        "pangalan ng team ang nakalagay sa minutes. Ang taong nasa meeting ang nagbabasa ng "
        "draft katabi ng notes, para mapagkatiwalaan ito ng mga worker at manager.",
    "02_document_drafting.q8.title":
        "Q8 · Ang share ng mga grievance na na-acknowledge sa loob ng 5 araw.",
    "02_document_drafting.q8.hint.1":
        "Ang kpi.acknowledged_within(log, days=…) ang nagbibigay ng share ng mga grievance na "
        "na-acknowledge sa loob ng ganoong bilang ng araw mula nang i-file.",
    "02_document_drafting.q8.hint.2":
        "Ibigay ang buong log, `grievances`, at ang target na 5 araw.",
    "02_document_drafting.q8.mistake.percent":
        "Ibigay ang share bilang fraction mula 0 hanggang 1, hindi bilang percentage.",
    "02_document_drafting.q8.mistake.only_acknowledged":
        "Late din ang grievance na wala pang nag-a-acknowledge kapag lumampas na ang 5 araw: "
        "isama ito sa bilang, huwag tanggalin.",
    "02_document_drafting.q8.mistake.other_days":
        "Tingnan ulit ang bilang ng araw: 5 araw ang target dito, hindi 3.",
    "02_document_drafting.q8.mistake.strictly_less":
        "Pasok pa rin sa 5 araw ang na-acknowledge sa ika-5 araw: isama ito.",
    "02_document_drafting.q8.mistake.resolution":
        "Resolution rate iyan (mga grievance na naayos na). Ang tanong ay tungkol sa "
        "acknowledgement: nasabihan ang worker na natanggap ang reklamo niya.",
    "02_document_drafting.q8.mistake.median":
        "Median na bilang ng araw iyan, hindi share. Ang hinahanap ay ang share na "
        "na-acknowledge sa loob ng 5 araw.",
    "02_document_drafting.q9.title":
        "Q9 · Saan pupunta ang grievance na hindi pa naaayos, ayon sa escalation path.",
    "02_document_drafting.q9.prompt":
        "Ang grievance ni Rosa tungkol sa hindi bayad na overtime ay dinala muna sa line "
        "supervisor niya, tapos sa EIT at sa HR officer. Lumipas na ang oras na nakasaad sa "
        "procedure at hindi pa rin ito naaayos. Saan ito susunod na pupunta?",
    "02_document_drafting.q9.option.A": "Diretso sa Single Entry Approach (SEnA) ng DOLE",
    "02_document_drafting.q9.option.B": "Sa management: ang plant manager",
    "02_document_drafting.q9.option.C":
        "Ibalik sa EIT at sa HR officer, bilang bagong nakasulat na reklamo",
    "02_document_drafting.q9.option.D":
        "Sa labor-management council o sa union (grievance machinery ng CBA)",
    "02_document_drafting.q9.hint.1":
        "Ang path: supervisor → EIT o HR → management → labor-management council o union → DOLE "
        "SEnA.",
    "02_document_drafting.q9.hint.2":
        "Nakalampas na ang kaso ni Rosa sa unang dalawang hakbang. Ano ang pangatlo?",
    "02_document_drafting.q9.mistake.A":
        "Ang SEnA ang huling hakbang, labas na sa pabrika. Uunahin ang mga hakbang sa loob: "
        "doon naaayos ang karamihan ng grievance, mas mabilis at mas mura para sa dalawang "
        "panig.",
    "02_document_drafting.q9.mistake.C":
        "Hawak na ng EIT at ng HR ang kaso, at lumipas na ang oras na nakasaad sa procedure. "
        "Pataas ang takbo ng grievance sa path, hindi paikot sa parehong hakbang.",
    "02_document_drafting.q9.mistake.D":
        "Ang council o ang union ay susunod lang kapag nabigyan na ng pagkakataon ang "
        "management na ayusin ito.",
    # 02_document_drafting: the prompt grader's reasons (drafting/prompt_parts.py)
    "02_document_drafting.message.prompt_found": "Nakita: “{evidence}”",
    "02_document_drafting.message.prompt_role_missing":
        "Sabihin kung sino dapat ang AI: isang trabaho sa workplace ninyo, pagkatapos ng 'You "
        "are …' o 'Ikaw ang …'.",
    "02_document_drafting.message.prompt_role_bare":
        "Sinimulan mo ang role pero hindi mo sinabi kung sino. Sabihin kung anong trabaho ang "
        "gagampanan ng AI.",
    "02_document_drafting.message.prompt_context_missing":
        "Ibigay sa AI ang facts na hindi nito alam: ano ang nangyari, saan, kailan at ilan.",
    "02_document_drafting.message.prompt_context_bare":
        "Sinabi mong may facts, pero wala kang ibinigay. Idagdag kung ano ang nangyari, saan, "
        "kailan at ilan.",
    "02_document_drafting.message.prompt_task_missing":
        "Sabihin kung anong dokumento ang isusulat: minutes, memo, paalala, sulat, toolbox "
        "talk…",
    "02_document_drafting.message.prompt_task_bare":
        "Pinasusulat mo ang AI, pero hindi mo sinabi kung ano. Sabihin ang dokumento.",
    "02_document_drafting.message.prompt_format_missing":
        "Sabihin kung ano ang itsura ng dokumento: bullet points, headings, talata, table, o "
        "ilang salita.",
    "02_document_drafting.message.prompt_format_bare":
        "Hindi pa format ang isang salita lang gaya ng 'bullet'. Sabihin kung ilang bullet o "
        "talata, anong mga heading, o ilang salita.",
    "02_document_drafting.message.prompt_constraints_missing":
        "Bigyan ang AI ng patakarang susundin: kung ano ang bawal nitong idagdag, o aling facts "
        "lang ang puwede nitong gamitin.",
    "02_document_drafting.message.prompt_constraints_bare":
        "Bitin ang patakaran mo. Tapusin ito: ano ang bawal gawin ng AI?",
}
