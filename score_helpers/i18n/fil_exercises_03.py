"""Filipino exercise strings of module 03 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_03: dict[str, str] = {
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
}
