"""Filipino exercise strings of module 00 (welcome); merged in fil_exercises.py."""

from __future__ import annotations

FIL_EXERCISES_00: dict[str, str] = {
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
}
