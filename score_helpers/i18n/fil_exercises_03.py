"""Filipino exercise strings of module 03 (merged in fil_exercises.py).

Written as a maintenance supervisor says it on the floor (trainer/filipino_glossary.md):
zone, alert, false alarm, breakdown, warning, recall, accuracy stay English.
"""

from __future__ import annotations

FIL_EXERCISES_03: dict[str, str] = {
    # 03_predictive_maintenance
    "03_predictive_maintenance.q1.title": "Q1 · Saang ISO 10816 zone ang isang vibration reading.",
    "03_predictive_maintenance.q1.hint.1":
        "Sa maliliit na makina, ang hangganan ng mga zone ay 0.71, 1.8 at 4.5 mm/s. Kapag "
        "eksaktong nasa hangganan ang reading, sa mas mataas na zone ito binibilang.",
    "03_predictive_maintenance.q1.hint.2":
        "Zone C ang 1.8 mm/s pataas, pero mas mababa sa 4.5 mm/s. Saan papasok ang 2.3?",
    "03_predictive_maintenance.q1.mistake.A":
        "Zone A ang mas mababa sa 0.71 mm/s. Mas mataas pa nang malayo ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.mistake.B":
        "Natatapos ang zone B kung saan nagsisimula ang zone C, sa 1.8 mm/s. Lampas na roon "
        "ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.mistake.D":
        "Sa 4.5 mm/s nagsisimula ang zone D. Hindi pa umaabot doon ang 2.3 mm/s.",
    "03_predictive_maintenance.q1.prompt":
        "May 2.3 mm/s r.m.s. na vibration ang isang sewing machine (maliit na makina, class I). "
        "Saang ISO 10816 zone ito?",
    "03_predictive_maintenance.q1.option.A": "Zone A: parang bagong makina",
    "03_predictive_maintenance.q1.option.B": "Zone B: ayos lang kahit tuloy-tuloy ang takbo",
    "03_predictive_maintenance.q1.option.C": "Zone C: magplano na ng maintenance",
    "03_predictive_maintenance.q1.option.D": "Zone D: malala na, puwedeng masira ang makina",

    "03_predictive_maintenance.q2.title":
        "Q2 · Basahin ang chart: gaano katagal ang warning bago nasira ang compressor na CMP-02?",
    "03_predictive_maintenance.q2.prompt":
        "Nasa chart ang vibration ng CMP-02 sa huling 8 araw nito. Nasira ito noong Friday 14 "
        "March, hapon (ang pulang ekis). Gaano katagal bago ang breakdown nang unang umabot sa "
        "zone C (ang orange na band) ang vibration?",
    "03_predictive_maintenance.q2.option.A":
        "Mga 1 araw: umabot ito sa zone C noong Thursday 13 March.",
    "03_predictive_maintenance.q2.option.B":
        "Mga 4 na araw: umabot ito sa zone C noong Monday ng gabi, 10 March.",
    "03_predictive_maintenance.q2.option.C":
        "Mga 7 araw: nasa zone C na ito noong Friday 7 March.",
    "03_predictive_maintenance.q2.option.D":
        "Walang warning: nasa zone B lang ito hanggang sa araw na nasira.",
    "03_predictive_maintenance.q2.hint.1":
        "Ang zone C ay ang orange na band: 1.8 mm/s pataas, pero mas mababa sa 4.5 mm/s. "
        "Hanapin ang unang araw na pumasok doon ang asul na linya.",
    "03_predictive_maintenance.q2.hint.2":
        "Sundan ang linya mula sa kaliwa. Saan ito tuluyang umalis sa asul na band (zone B)? "
        "Bilangin ang mga araw mula roon hanggang sa pulang ekis.",
    "03_predictive_maintenance.q2.mistake.A":
        "Thursday pumasok ang linya sa pulang band, ang zone D: ang huling warning bago masira "
        "ang makina. Zone C ang tanong, ang orange na band sa ilalim nito.",
    "03_predictive_maintenance.q2.mistake.C":
        "Noong Friday 7 March, nasa asul na band pa ang linya, ang zone B. Hanapin ang unang "
        "araw na lumampas ito sa 1.8 mm/s.",
    "03_predictive_maintenance.q2.mistake.D":
        "Tingnan ulit ang mga band: zone C ang orange, zone D ang pula. Ilang araw na umakyat "
        "ang linya sa dalawang iyon bago ang pulang ekis.",

    "03_predictive_maintenance.q3.title": "Q3 · Pumili ng alert limit mula sa cost curve.",
    "03_predictive_maintenance.q3.prompt":
        "Ito ang napagkasunduan ng EIT: ang total cost ng limit ay dapat malapit sa pinakamababa "
        "sa table (hindi lalampas ng ₱3,000), at sa mga limit na iyon, piliin ang pinakamaagang "
        "magbigay ng warning. Anong alert limit ang imumungkahi mo?",
    "03_predictive_maintenance.q3.option.A": "1.0 mm/s: pinakamababang limit, para sigurado",
    "03_predictive_maintenance.q3.option.B": "1.8 mm/s: simula ng zone C",
    "03_predictive_maintenance.q3.option.C": "3.0 mm/s: gitna ng zone C",
    "03_predictive_maintenance.q3.option.D":
        "4.6 mm/s: pinakamababang total cost sa table",
    "03_predictive_maintenance.q3.hint.1":
        "Hanapin muna ang pinakamababang total cost sa table. Aling mga limit ang hindi lalampas "
        "ng ₱3,000 doon?",
    "03_predictive_maintenance.q3.hint.2":
        "Sa mga limit na iyon, ikumpara ang median na araw ng warning: mas maraming araw, mas "
        "maraming oras para um-order ng piyesa at i-plano ang repair.",
    "03_predictive_maintenance.q3.mistake.A":
        "Tingnan ang total cost ng limit na ito: malayo ito sa pinakamababa sa table. Bilangin "
        "ang mga false alarm nito: bawat isa, pinapupunta ang technician sa makinang walang sira.",
    "03_predictive_maintenance.q3.mistake.C":
        "Malapit sa pinakamababang cost ang limit na ito, pero ikumpara ang araw ng warning nito "
        "sa ibang limit na malapit din sa pinakamababang cost.",
    "03_predictive_maintenance.q3.mistake.D":
        "Ito ang pinakamura sa papel, pero wala pang isang araw ang warning nito, at isang "
        "hakbang lang pataas, bumabalik na ang mga breakdown. Ang hinihingi ng rule ay ang "
        "pinakamaagang warning sa mga limit na malapit sa pinakamababang cost.",

    "03_predictive_maintenance.q4.title": "Q4 · Model na tama sa 97 % ng mga oras.",
    "03_predictive_maintenance.q4.hint.1":
        "Kung hindi kailanman nagwa-warning ang model, ilang breakdown ang mahuhuli nito?",
    "03_predictive_maintenance.q4.hint.2":
        "Kapag bihira ang sira, kahit laging 'no failure' ang sagot, mataas na agad ang "
        "accuracy. Ang tingnan ay ang mga breakdown na nahuli (recall).",
    "03_predictive_maintenance.q4.mistake.A":
        "Kung 3 % lang ang warning hours, ang model na laging 'no breakdown' ang sagot ay tama "
        "nang 97 % ng oras pero wala itong nahuhuli. Husgahan ang model sa mga breakdown na "
        "nahuli nito at sa mga false alarm nito, hindi sa accuracy.",
    "03_predictive_maintenance.q4.mistake.C":
        "Walang alert level na puwedeng ibaba sa model na hindi kailanman nagwa-warning: wala "
        "itong nahuhuling breakdown, kahit anong setting.",
    "03_predictive_maintenance.q4.mistake.D":
        "Hindi mas mataas na accuracy ang kailangan: kapag bihira ang sira, halos puro tahimik "
        "na oras lang ang binibilang nito. Bilangin ang mga breakdown na nahuli at ang mga false "
        "alarm.",
    "03_predictive_maintenance.q4.prompt":
        "3 lang sa bawat 100 oras ng takbo ang sinusundan ng breakdown. Laging \"no breakdown "
        "coming\" ang sagot ng isang model sa bawat oras, kaya tama ito nang 97 % ng oras. Ano "
        "ang sasabihin mo?",
    "03_predictive_maintenance.q4.option.A":
        "Okay 'yan: mataas ang 97 % accuracy, gamitin na natin.",
    "03_predictive_maintenance.q4.option.B":
        "Walang silbi: hindi ito nagwa-warning kahit kailan, kaya wala itong nahuhuling "
        "breakdown.",
    "03_predictive_maintenance.q4.option.C":
        "Puwede na, basta ibaba natin nang kaunti ang alert level.",
    "03_predictive_maintenance.q4.option.D":
        "Kailangan natin ng model na lampas 99 % ang accuracy.",

    "03_predictive_maintenance.q5.title":
        "Q5 · Recall: ilang bahagi ng warning hours ang nahuli ng model.",
    "03_predictive_maintenance.q5.hint.1":
        "Recall = warning hours na nahuli ÷ lahat ng warning hours. Lahat ng warning hours = "
        "ang nahuli + ang nalusutan.",
    "03_predictive_maintenance.q5.hint.2": "recall = caught / (caught + missed)",
    "03_predictive_maintenance.q5.mistake.accuracy":
        "Accuracy iyan: kasama ang mga tahimik na oras, kaya mukhang maganda kahit sa model na "
        "hindi nagwa-warning. Ang recall ay warning hours lang ang tinitingnan: caught ÷ "
        "(caught + missed).",
    "03_predictive_maintenance.q5.mistake.precision":
        "Precision iyan: ilan sa mga alarm ang totoo. Ang tanong ng recall ay ilang warning "
        "hours ang nahuli: hatiin sa caught + missed.",
    "03_predictive_maintenance.q5.mistake.miss_rate":
        "Iyan ang bahaging nalusutan. Ang recall ay ang bahaging nahuli.",
    "03_predictive_maintenance.q5.mistake.of_all_hours":
        "Hinati mo sa lahat ng oras. Sa warning hours lang dapat hatiin: caught + missed.",

    "03_predictive_maintenance.q6.title":
        "Q6 · Ang AI4I rule ng heat dissipation failure (HDF), basahin sa table.",
    "03_predictive_maintenance.q6.prompt":
        "Apat na run ng AI4I milling machine, kasama ang diperensiya ng temperature (process − "
        "air, gaya ng nasa table) at ang bilis. Alin ang heat dissipation failure?",
    "03_predictive_maintenance.q6.option.A":
        "Run A: air 300.1 K, process 311.2 K (diperensiya 11.1 K), 1,290 rpm",
    "03_predictive_maintenance.q6.option.B":
        "Run B: air 302.4 K, process 310.6 K (diperensiya 8.2 K), 1,420 rpm",
    "03_predictive_maintenance.q6.option.C":
        "Run C: air 301.0 K, process 309.2 K (diperensiya 8.2 K), 1,350 rpm",
    "03_predictive_maintenance.q6.option.D":
        "Run D: air 298.0 K, process 306.9 K (diperensiya 8.9 K), 1,365 rpm",
    "03_predictive_maintenance.q6.hint.1":
        "Dalawa ang kailangan sa HDF: diperensiya ng temperature na 8.6 K pababa, AT bilis na "
        "mas mababa sa 1380 rpm.",
    "03_predictive_maintenance.q6.hint.2":
        "Dalawang beses i-check ang bawat run: una, ang diperensiya laban sa 8.6 K; pangalawa, "
        "ang bilis laban sa 1380 rpm. Isang run lang ang pasok sa dalawa.",
    "03_predictive_maintenance.q6.mistake.A":
        "Mabagal ang Run A, pero tingnan ang diperensiya ng temperature nito: nakakalabas pa "
        "rin ang init. Dapat sabay na totoo ang dalawang kondisyon.",
    "03_predictive_maintenance.q6.mistake.B":
        "Maliit ang diperensiya ng Run B, pero tingnan ang bilis nito: dapat sabay na totoo "
        "ang dalawang kondisyon.",
    "03_predictive_maintenance.q6.mistake.D":
        "Mabagal ang Run D, pero ikumpara ang diperensiya ng temperature nito sa 8.6 K.",

    "03_predictive_maintenance.q7.title":
        "Q7 · Magkano ang gastos ng predictive maintenance sa isang quarter, sa piso.",
    "03_predictive_maintenance.q7.hint.1":
        "May gastos ang bawat trabaho: bawat breakdown, bawat planned repair, at bawat false "
        "alarm (pagpunta ng technician sa makinang walang sira).",
    "03_predictive_maintenance.q7.hint.2":
        "breakdowns × breakdown_php + planned_jobs × planned_php + false_alarms × false_alarm_php",
    "03_predictive_maintenance.q7.mistake.no_false_alarms":
        "Hindi mo isinama ang mga false alarm. Sa bawat isa, pumupunta ang technician sa "
        "makinang walang sira, at may gastos din iyon: idagdag ang false alarms × "
        "false_alarm_php.",
    "03_predictive_maintenance.q7.mistake.no_planned":
        "Hindi mo isinama ang mga planned repair. Kahit nahuli nang maaga ang breakdown, "
        "kailangan pa rin itong ayusin bilang planned job: idagdag ang planned jobs × "
        "planned_php.",
    "03_predictive_maintenance.q7.mistake.caught_as_breakdowns":
        "Kapag nahuli nang maaga ang sira, planned job na ito, kaya presyo ng planned job ang "
        "gamitin, hindi presyo ng breakdown.",

    "03_predictive_maintenance.q8.title":
        "Q8 · Kapag nag-alert, sino ang magdedesisyon kung ano ang gagawin?",
    "03_predictive_maintenance.q8.hint.1":
        "Mensahe sa tao ang alert, hindi switch. Sino sa pabrika ninyo ang nakakatanggap nito?",
    "03_predictive_maintenance.q8.hint.2":
        "Sabihin kung sino (technician, line supervisor …) at ano ang una niyang gagawin, "
        "halimbawa: titingnan ang makina at magdedesisyon kung ihihinto ito.",
    "03_predictive_maintenance.q8.include.1":
        "ang taong nakakatanggap ng alert (halimbawa ang technician o ang supervisor)",
    "03_predictive_maintenance.q8.include.2":
        "ang una niyang gagawin (halimbawa, titingnan ang makina)",
    "03_predictive_maintenance.q8.exclude.1":
        "alert na kusang nagpapahinto sa makina. Sa tao napupunta ang alert, at tao ang "
        "nagdedesisyon kung kailan ihihinto",
}
