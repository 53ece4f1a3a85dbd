"""Filipino exercise strings of module 05 (merged in fil_exercises.py).

Written as a line supervisor says it (trainer/filipino_glossary.md): Taglish, with the
English the shop floor keeps (KPI, target, defect rate, row, owner, due date, draft).
"""

from __future__ import annotations

FIL_EXERCISES_05: dict[str, str] = {
    # 05_dashboards_and_action_plan
    "05_dashboards_and_action_plan.q1.title":
        "Q1 · Ang KPI na pinakamalayo sa target nito.",
    "05_dashboards_and_action_plan.q1.hint.1":
        "Magkaiba ang units: hindi puwedeng direktang ikumpara ang percent at ang rate bawat "
        "milyong oras. Sukatin ang bawat gap sa steps: gaano kalayo ang value mula sa green, "
        "hatiin sa layo ng green hanggang amber.",
    "05_dashboards_and_action_plan.q1.hint.2":
        "Kung mas maganda ang KPI kapag mas mababa: (value − target) ÷ (amber − target). Kung "
        "mas maganda kapag mas mataas: (target − value) ÷ (target − amber). Kapag negative ang "
        "lumabas, pasok na sa target ang KPI. Ibigay ang pangalan sa kpi column ng may "
        "pinakamalaking steps.",
    "05_dashboards_and_action_plan.q1.mistake.not_text":
        "Ang `biggest_gap` ay dapat pangalan ng KPI na naka-quotes, gaya ng nasa kpi column, "
        'halimbawa "defect_rate".',
    "05_dashboards_and_action_plan.q1.mistake.not_a_kpi":
        "Wala iyan sa mga KPI ng `gaps`. Kopyahin ang pangalan mula sa kpi column nito.",
    "05_dashboards_and_action_plan.q1.mistake.raw_difference":
        "Iyan nga ang KPI na may pinakamalaking diperensya kung numero lang ang titingnan, "
        "pero iba ang unit nito (injuries bawat milyong oras). Ikumpara ang mga gap sa "
        "steps mula green hanggang amber.",
    "05_dashboards_and_action_plan.q1.mistake.beats_target":
        "Pasok na sa target ang KPI na iyan: mas maganda ito kapag mas mataas, at mas mataas "
        "ang value kaysa sa target. Wala itong gap.",
    "05_dashboards_and_action_plan.q1.mistake.smallest_gap":
        "Hindi umabot sa target ang KPI na iyan, pero kaunti lang: kalahating step mula green "
        "hanggang amber. May ibang KPI na mas malayo pa.",
    "05_dashboards_and_action_plan.q1.mistake.other_gap":
        "Hindi umabot sa target ang KPI na iyan, pero may isa pang mas malayo. Kuwentahin ang "
        "steps mula green hanggang amber ng bawat KPI.",

    "05_dashboards_and_action_plan.q2.title":
        "Q2 · Aling 5-whys chain ang umaabot sa root cause na kayang ayusin ng team?",
    "05_dashboards_and_action_plan.q2.hint.1":
        "Ang magandang chain ay nagtatapos sa isang bagay sa proseso na kayang baguhin ng "
        "team: schedule, tool, training, o layout ng linya.",
    "05_dashboards_and_action_plan.q2.hint.2":
        "Basahin ang huling step ng bawat chain. May sinisisi bang tao? Tumalon ba agad sa "
        "solusyon? O huminto ba habang puwede pang bumalik ang parehong sanhi sa susunod na "
        "buwan?",
    "05_dashboards_and_action_plan.q2.mistake.A":
        'Sa tao humihinto ang chain na iyan. Walang naaayos ang "Careless" (pabaya): itanong '
        "kung bakit kahit maingat na tao ay puwedeng hindi mapansin ang mapurol na karayom "
        "(walang schedule, walang spare, walang check).",
    "05_dashboards_and_action_plan.q2.mistake.C":
        "Solusyon iyan, hindi sanhi, at magastos pa. Itanong muna kung bakit: kung bago ang "
        "makina pero mapurol pa rin ang karayom, mababawasan ba ang skipped stitches?",
    "05_dashboards_and_action_plan.q2.mistake.D":
        "Magandang quick fix ang bagong karayom, pero kulang pa ng isang bakit ang chain na "
        "iyan: mapupurol din ang bagong karayom. Itanong kung bakit naiiwan sa makina ang "
        "mapurol na karayom.",
    "05_dashboards_and_action_plan.q2.prompt":
        "Aling chain ang dapat ilagay sa Enterprise Improvement Plan?",
    "05_dashboards_and_action_plan.q2.option.A":
        "Skipped stitches → mapurol ang mga karayom → hindi ito tiningnan ng operator → pabaya "
        "ang operator.",
    "05_dashboards_and_action_plan.q2.option.B":
        "Skipped stitches → mapurol ang mga karayom → pinapalitan lang ang karayom kapag nabali "
        "na → walang needle-change schedule at walang spare sa linya.",
    "05_dashboards_and_action_plan.q2.option.C":
        "Skipped stitches → luma na ang mga makina → bumili ng bagong sewing machine para sa "
        "buong linya.",
    "05_dashboards_and_action_plan.q2.option.D":
        "Skipped stitches → mapurol ang mga karayom → palitan ang mga karayom sa Line B ngayong "
        "araw.",

    "05_dashboards_and_action_plan.q3.title":
        "Q3 · Punan ang mga cell ng plan row na tao lang ang makakapagpasya.",
    "05_dashboards_and_action_plan.q3.hint.1":
        "Basahin ang row at ang check sa ilalim nito. Dalawang cell ang bakante, at may isang "
        "petsang lumipas na.",
    "05_dashboards_and_action_plan.q3.hint.2":
        "owner: isang role na sisiguro na mangyayari ang action, halimbawa supervisor. "
        'due_date: isang araw pagkatapos ng 7 Abril 2025, nakasulat bilang "YYYY-MM-DD". '
        "reviewed_by: ang tao o role na nagbasa at nag-check ng row.",
    "05_dashboards_and_action_plan.q3.mistake.owner":
        "Wala pang owner ang row. Isulat kung sino ang sisiguro na mangyayari ang action; puwede "
        "na ang role, gaya ng supervisor.",
    "05_dashboards_and_action_plan.q3.mistake.whole_team":
        "Kapag lahat ang may-ari ng action, walang talagang gagawa nito. Pumili ng isang role na "
        "sisiguro na matutuloy ito; tutulong pa rin ang iba.",
    "05_dashboards_and_action_plan.q3.mistake.no_due_date":
        "Wala pang due date ang row. Pumili ng araw pagkatapos ng 7 Abril 2025, ang araw ng "
        "plan.",
    "05_dashboards_and_action_plan.q3.mistake.past_date":
        "Lumipas na ang due date na iyan: dapat pagkatapos ng 7 Abril 2025, ang araw ng plan. "
        "Hindi na maaabot ang petsang tapos na, kaya pumili ng mas huling petsa.",
    "05_dashboards_and_action_plan.q3.mistake.bad_date":
        "Hindi mabasa ng plan ang due date na iyan. Isulat ito bilang YYYY-MM-DD "
        "(taon-buwan-araw).",
    "05_dashboards_and_action_plan.q3.mistake.reviewed_by":
        "Wala pang nag-review ng row. Isulat kung sino ang nag-check: AI ang gumawa ng draft, "
        "tao ang nagpapasya.",
    "05_dashboards_and_action_plan.q3.mistake.ai_reviewer":
        "AI ang gumawa ng draft ng row na ito, kaya hindi ito puwedeng mag-review ng sarili "
        "nitong gawa. Isulat ang tao o role na nagbasa at nag-check nito.",

    "05_dashboards_and_action_plan.q4.title":
        "Q4 · Ang row na hindi bagay ang KPI sa action nito.",
    "05_dashboards_and_action_plan.q4.hint.1":
        "Sa bawat row, itanong: kung gumana ang action, aling numero ang unang gagalaw?",
    "05_dashboards_and_action_plan.q4.hint.2":
        "Alamin kung anong problema ang inaayos ng bawat action (mapurol na karayom, rejects ng "
        "bagong operator, late na tela, mga taong hindi makapagplano ng linggo nila), tapos ang "
        "KPI na nagbibilang ng problemang iyon.",
    "05_dashboards_and_action_plan.q4.mistake.A":
        "Ang mapurol na karayom ang sanhi ng skipped stitches, at defect ang mga iyon: defect "
        "rate nga ang tamang KPI para sa action na ito.",
    "05_dashboards_and_action_plan.q4.mistake.B":
        "Tinuturuan ng buddy ang bagong operator kung paano mag-set up at mag-check ng trabaho "
        "niya, kaya mas kaunti ang rejects niya: bagay ang defect rate sa action na ito. Ito "
        "rin ang dahilan kung bakit binigyan ng buddy ang bagong operator sa EIT minutes ng "
        "module 02.",
    "05_dashboards_and_action_plan.q4.mistake.C":
        "Kapag on time ang tela, on time makakapagsimula ang cutting, kaya on time din "
        "maipapadala ang orders: bagay ang on-time delivery sa action na ito.",
    "05_dashboards_and_action_plan.q4.prompt":
        "Sa aling row HINDI makikita sa KPI to watch kung gumana ang action?",
    "05_dashboards_and_action_plan.q4.option.A":
        "Action: palitan ang mga karayom tuwing Lunes; may spare na karayom sa linya → KPI: "
        "defect rate.",
    "05_dashboards_and_action_plan.q4.option.B":
        "Action: bigyan ng buddy na may karanasan ang bawat bagong operator sa unang buwan niya "
        "→ KPI: defect rate.",
    "05_dashboards_and_action_plan.q4.option.C":
        "Action: ihahatid ng warehouse sa cutting ang tela para bukas, hindi lalampas ng 4 pm "
        "→ KPI: on-time delivery.",
    "05_dashboards_and_action_plan.q4.option.D":
        "Action: i-post ang shift rota isang linggo bago, para makapag-ayos ang mga tao ng sakay "
        "at ng magbabantay sa mga bata → KPI: defect rate.",

    "05_dashboards_and_action_plan.q5.title":
        "Q5 · Ang bahagi ng dashboard na sasagot sa tanong ng line leader.",
    "05_dashboards_and_action_plan.q5.hint.1":
        '"Getting better" (gumaganda na ba): tungkol ito sa pagbabago sa loob ng ilang linggo, '
        "hindi sa isang linggo lang.",
    "05_dashboards_and_action_plan.q5.hint.2":
        "Aling bahagi ang nagpapakita nang magkatabi ng mga linggo bago at pagkatapos ng "
        "pagbabago?",
    "05_dashboards_and_action_plan.q5.mistake.A":
        "Isang linggo lang ang ipinapakita ng card. Puwedeng tsamba lang ang isang maganda o "
        'pangit na linggo: para makita kung "better" na, tingnan ang mga linggo bago at '
        "pagkatapos ng pagbabago.",
    "05_dashboards_and_action_plan.q5.mistake.C":
        "Inihahanay ng Pareto chart ang mga sanhi ng defect, mula sa pinakamalaki. Sinasabi "
        "nito kung ano ang susunod na aayusin, hindi kung bumababa ang defect rate "
        "linggo-linggo.",
    "05_dashboards_and_action_plan.q5.mistake.D":
        "Kapag pinagkumpara ang dalawang line, makikita kung alin ang mas maganda ngayong "
        "linggo, hindi kung gumanda ang Line B mula nang magpalit sila. Tingnan ang sariling "
        "mga linggo ng Line B.",
    "05_dashboards_and_action_plan.q5.prompt":
        'Tanong ng line leader: "Anim na linggo na mula nang magsimula kaming magpalit ng '
        'karayom tuwing Lunes. Gumaganda na ba ang defect rate namin?" Aling bahagi ng '
        "dashboard ang sasagot sa kanya?",
    "05_dashboards_and_action_plan.q5.option.A":
        "Ang defect-rate card: ang value ng pinakahuling linggo at ang ilaw nito.",
    "05_dashboards_and_action_plan.q5.option.B":
        "Ang trend chart ng defect rate, linggo-linggo, kasama ang target line.",
    "05_dashboards_and_action_plan.q5.option.C":
        "Ang Pareto chart ng mga sanhi ng defect sa Line B.",
    "05_dashboards_and_action_plan.q5.option.D":
        "Ang line picker, para ikumpara ang Line B sa Line A ngayong linggo.",

    "05_dashboards_and_action_plan.q6.title":
        "Q6 · Aling mga row ng plan ang dapat ayusin bago ito ipaskil?",
    "05_dashboards_and_action_plan.q6.hint.1":
        "Kailangan ng bawat row: owner, due date pagkatapos ng 7 Abril 2025, KPI na talagang "
        "meron, reviewer, at root cause na walang sinisising tao.",
    "05_dashboards_and_action_plan.q6.hint.2":
        'Ang ap.check_action_plan(plan, today="2025-04-07") ang magsasabi sa iyo ng mga row. '
        "Nagsisimula sa 1 ang bilang ng row, gaya sa check.",
    "05_dashboards_and_action_plan.q6.mistake.not_numbers":
        "Ang `rows_to_fix` ay dapat list ng mga numero ng row sa loob ng square brackets, gaya "
        "ng [1, 4].",
    "05_dashboards_and_action_plan.q6.mistake.zero_based":
        "Bilangin ang mga row mula 1, gaya ng check, hindi mula 0.",
    "05_dashboards_and_action_plan.q6.mistake.not_a_row":
        "Lima lang ang row ng plan: gumamit ng numero mula 1 hanggang 5.",
    "05_dashboards_and_action_plan.q6.mistake.missed_blame":
        "May kulang na row: ang row na may sinisising tao sa root cause. Sa proseso humihinto "
        "ang 5 whys, hindi sa tao.",
    "05_dashboards_and_action_plan.q6.mistake.missed_past_date":
        "May kulang na row: ang row na lumipas na ang due date. Ikumpara ang bawat petsa sa 7 "
        "Abril 2025.",
    "05_dashboards_and_action_plan.q6.mistake.missed_reviewer":
        "May kulang na row: ang row na walang nag-review. Tingnan ang reviewed_by column.",
    "05_dashboards_and_action_plan.q6.mistake.extra":
        "May isinama kang row na ayos naman: kumpleto na ito sa lahat ng hinihingi ng review.",
}
