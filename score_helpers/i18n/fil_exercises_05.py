"""Filipino exercise strings of module 05 (merged in fil_exercises.py)."""

from __future__ import annotations

FIL_EXERCISES_05: dict[str, str] = {
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
