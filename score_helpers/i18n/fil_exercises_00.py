"""Filipino exercise strings of module 00 (welcome); merged in fil_exercises.py.

Written as a line supervisor explains it to one worker (mo/ikaw), Taglish where the floor
uses it (trainer/filipino_glossary.md): defect rate, near miss, draft, EIT, OSH committee,
line and row stay English.
"""

from __future__ import annotations

FIL_EXERCISES_00: dict[str, str] = {
    # 00_welcome
    "00_welcome.q1.title": "Q1 · Ang defect rate kapag 12 ang defects sa 480 piraso.",
    "00_welcome.q1.hint.1": "Defect rate = defects ÷ lahat ng units produced.",
    "00_welcome.q1.hint.2":
        "Sa Python, / ang isinusulat para sa ÷. Gamitin ang dalawang variable: defects / "
        "units_produced",
    "00_welcome.q1.mistake.upside_down":
        "Baligtad: ang units ang hinati mo sa defects. Dapat defects ang nasa itaas: "
        "defects ÷ units produced.",
    "00_welcome.q1.mistake.good_units":
        "Hatiin sa lahat ng units produced, hindi lang sa mga pirasong walang sira.",

    "00_welcome.q2.title": "Q2 · Aling desisyon ang dapat nasa tao pa rin?",
    "00_welcome.q2.hint.1":
        "Sa bawat option, itanong: draft o pag-sort ba ito na iche-check pa ng tao pagkatapos, "
        "o desisyon na may kailangang gumawa at managot?",
    "00_welcome.q2.mistake.A":
        "Magaling ang AI mag-sort ng mga report, at binabasa pa rin ng OSH committee ang bawat "
        "isa at kinukumpirma ang uri. Paghahanda lang ang pag-sort. Aling option ang desisyon "
        "na may kailangang gumawa at managot?",
    "00_welcome.q2.mistake.C":
        "Hindi desisyon ang draft: ang management at ang mga kinatawan ng manggagawa ang "
        "magpapasya kung ano ang ipapangako ng sagot, at sila ang pipirma. Aling option ang "
        "desisyon, hindi draft?",
    "00_welcome.q2.mistake.D":
        "Kaya ng AI na mag-draft ng salin, at iche-check ito ng taong kabisado ang floor bago "
        "idikit. Aling option ang desisyon na may mananagot?",
    "00_welcome.q2.prompt":
        "Gusto ng EIT ninyo na gumamit ng AI. May kinalaman sa tao o sa safety ang bawat option "
        "sa ibaba. Alin ang dapat manatiling desisyon ng tao, at impormasyon lang ang ibibigay "
        "ng AI?",
    "00_welcome.q2.option.A":
        "Pag-sort ng 300 near-miss report ayon sa uri ng hazard bago mag-meeting ang OSH "
        "committee",
    "00_welcome.q2.option.B":
        "Pagpapatigil ng Line 2 kapag sinabi ng AI na baka masira ang isang bearing ngayong "
        "linggo",
    "00_welcome.q2.option.C": "Pagsulat ng unang draft ng sagot sa grievance ng isang worker",
    "00_welcome.q2.option.D":
        "Pagsasalin sa Filipino ng bagong safety notice para sa notice board",

    "00_welcome.q3.title":
        "Q3 · Tama o mali: puwedeng mali pa rin ang sagot ng AI kahit siguradong-sigurado ang "
        "dating.",
    "00_welcome.q3.hint.1":
        "Isipin kung paano sumusulat ang AI: hinuhulaan nito ang susunod na mga salita mula sa "
        "maraming halimbawa. Na-check na ba ang hula dahil lang sigurado ang dating?",
    "00_welcome.q3.mistake.False":
        "Isipin kung paano sumusulat ang AI: nanghuhula ito mula sa mga halimbawa. Puwede itong "
        "magsalitang sigurado pero mali pa rin. Kaya may taong nagche-check ng bawat draft at "
        "bawat numero laban sa notes.",
    "00_welcome.q3.prompt":
        "Tama o mali: ang draft ng minutes na gawa ng AI, malinaw basahin at siguradong-"
        "sigurado ang dating, puwede pa ring may maling numero.",
    "00_welcome.q3.option.True": "Tama",
    "00_welcome.q3.option.False": "Mali",

    "00_welcome.q4.title": "Q4 · Ilang araw ang may record ang Line B?",
    "00_welcome.q4.hint.1":
        "Bawat row ng `production` ay isang line sa isang araw. Binibilang ng table sa itaas "
        "ang mga row ng bawat line.",
    "00_welcome.q4.hint.2":
        "Hanapin ang row ng Line B sa table at i-type ang numero nito, walang quote.",
    "00_welcome.q4.mistake.all_rows":
        "Lahat ng line ang nabilang mo. Ang numero lang ng Line B ang i-type.",
    "00_welcome.q4.mistake.lines":
        "Iyan ang bilang ng mga line. I-type kung ilang araw (row) mayroon ang Line B.",

    "00_welcome.q5.title":
        "Q5 · Basahin ang table: anong araw ang may pinakamataas na defect rate?",
    "00_welcome.q5.hint.1":
        "Ang defect rate ay defects bawat pirasong nagawa. Ang column na 'defect rate (%)' ang "
        "basahin, hindi ang column na 'defects'.",
    "00_welcome.q5.mistake.A":
        "Iyan ang araw na pinakamaraming defects, pero iyan din ang pinakamaraming nagawang "
        "piraso. Ikumpara ang column na 'defect rate (%)': defects bawat pirasong nagawa.",
    "00_welcome.q5.mistake.C":
        "Half day iyan kaya pinakakaunti ang nagawang piraso. Hindi ibig sabihin na mas "
        "maraming defects bawat piraso: tingnan ang column na 'defect rate (%)'.",
    "00_welcome.q5.mistake.D":
        "Magkakalapit ang karamihan, pero may isang araw na talagang mas mataas ang rate. Sa "
        "isang linggo na 2,900 piraso, ang isang point na dagdag ay halos 30 pang reject. "
        "Basahin ulit pababa ang column na 'defect rate (%)'.",
    "00_welcome.q5.prompt":
        "Tingnan ang isang linggo ng Line A sa table sa itaas. Anong araw pinakamataas ang "
        "defect rate?",
    "00_welcome.q5.option.A": "Martes",
    "00_welcome.q5.option.B": "Huwebes",
    "00_welcome.q5.option.C": "Sabado",
    "00_welcome.q5.option.D": "Walang namumukod na araw: magkakalapit lahat ang rate",

    "00_welcome.q6.title":
        "Q6 · Isang trabahong matutulungan ng AI, at isang desisyong dapat nasa tao pa rin.",
    "00_welcome.q6.hint.1":
        "Mag-isip ng trabaho mo linggo-linggo na halos puro pag-type o pagsusuma.",
    "00_welcome.q6.example":
        "Halimbawa: puwedeng i-draft ng AI ang lingguhang toolbox talk mula sa mga near-miss "
        "report natin, para mas matagal sa floor ang safety officer natin. Ang pagpili kung "
        "sino ang mag-o-overtime ay nasa tao pa rin, pinag-uusapan kasama ang team.",
}
