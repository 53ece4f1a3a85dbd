"""Filipino exercise strings of module 01 (KPI tracking); merged in fil_exercises.py.

Written as a supervisor says it on the floor (trainer/filipino_glossary.md): Taglish, with
KPI, defect rate, OEE, target, line and shift kept in English.
"""

from __future__ import annotations

FIL_EXERCISES_01: dict[str, str] = {
    # 01_kpi_tracking
    "01_kpi_tracking.message.not_a_chart":
        "Nasa `{name}` ang mismong chart. Basahin ang numero sa chart, tapos iyon lang ang "
        "isulat, e.g. `{name} = 3`.",

    "01_kpi_tracking.q1.title": "Q1 · Defect rate ng Line A noong Marso 2025.",
    "01_kpi_tracking.q1.hint.1":
        "Defect rate = defects ÷ units produced, sa parehong mga araw.",
    "01_kpi_tracking.q1.hint.2":
        "I-total muna ang bawat column ng `line_a` gamit ang .sum(), saka i-divide: "
        'line_a["defects"].sum() / line_a["units_produced"].sum()',
    "01_kpi_tracking.q1.mistake.good_units":
        "I-divide sa lahat ng units produced, hindi lang sa mga good.",
    "01_kpi_tracking.q1.mistake.mean_of_daily":
        "Average iyan ng mga daily rate. I-total muna ang buong buwan, saka i-divide: hindi "
        "dapat kasing-bigat ng malaking araw ang maliit na araw.",
    "01_kpi_tracking.q1.mistake.whole_period":
        "Kasama diyan ang lahat ng araw sa data, hindi lang Marso 2025. Gamitin ang na-filter "
        "na table na `line_a`.",
    "01_kpi_tracking.q1.mistake.all_lines":
        "Defect rate iyan ng tatlong line. Line A lang ang kunin.",
    "01_kpi_tracking.q1.mistake.upside_down":
        "Baliktad: units ang hinati mo sa defects. Defects ang nasa itaas: defects ÷ units "
        "produced.",

    "01_kpi_tracking.q2.title": "Q2 · Dalawang araw na pinagsama: i-total muna, saka i-divide.",
    "01_kpi_tracking.q2.hint.1":
        "Aling araw ang mas maraming piraso? Dapat bang kasing-bigat ng araw na 800 piraso ang "
        "araw na 20 piraso lang?",
    "01_kpi_tracking.q2.hint.2":
        "I-total ang defects ng dalawang araw at ang piraso ng dalawang araw, saka i-divide.",
    "01_kpi_tracking.q2.mistake.A":
        "Average iyan ng dalawang daily percentage. Parang kasing-bigat ng Lunes na 20 piraso "
        "ang Martes na 800 piraso. I-total muna ang bilang, saka i-divide.",
    "01_kpi_tracking.q2.mistake.C":
        "Pinag-add mo ang dalawang percentage. Ang i-total ay ang defects at ang piraso, saka "
        "i-divide.",
    "01_kpi_tracking.q2.mistake.D":
        "Martes lang iyan. Kasama rin ang piraso at defects ng Lunes.",
    "01_kpi_tracking.q2.prompt":
        "Lunes: 2 defects sa 20 piraso (10 %). Martes: 8 defects sa 800 piraso (1 %). Ano ang "
        "defect rate ng dalawang araw kapag pinagsama?",
    "01_kpi_tracking.q2.option.A": "5.5 %",
    "01_kpi_tracking.q2.option.B": "Mga 1.2 %",
    "01_kpi_tracking.q2.option.C": "11 %",
    "01_kpi_tracking.q2.option.D": "1 %",

    "01_kpi_tracking.q3.title": "Q3 · Cost per good unit ng Line B noong Marso 2025, sa piso.",
    "01_kpi_tracking.q3.hint.1":
        "Cost per good unit = total cost ÷ good units. Good units = units produced − units "
        "scrapped: naayos at naibenta pa ang piraso na na-rework.",
    "01_kpi_tracking.q3.hint.2":
        'total_cost / (line_b["units_produced"].sum() - line_b["units_scrapped"].sum())',
    "01_kpi_tracking.q3.mistake.all_units":
        "I-divide sa good units: units produced bawas units scrapped. Hindi maibebenta ang "
        "scrap, kaya ang mga good ang sumasalo sa gastos nito.",
    "01_kpi_tracking.q3.mistake.defects_out":
        "Naayos at naibenta pa ang mga na-rework. Scrapped units lang ang ibawas, hindi lahat "
        "ng defects.",
    "01_kpi_tracking.q3.mistake.mean_of_daily":
        "Average iyan ng mga daily rate. I-total muna ang buong buwan, saka i-divide: hindi "
        "dapat kasing-bigat ng malaking araw ang maliit na araw.",
    "01_kpi_tracking.q3.mistake.whole_period":
        "Kasama diyan ang lahat ng araw ng Line B sa data, hindi lang Marso 2025. Gamitin ang "
        "na-filter na table na `line_b`.",

    "01_kpi_tracking.q4.title": "Q4 · OEE ng isang shift, mula sa board ng line.",
    "01_kpi_tracking.q4.hint.1":
        "Availability = run time ÷ planned time, kung saan run time = planned time − downtime. "
        "Performance = ideal cycle time × total count ÷ run time. Quality = good count ÷ "
        "total count.",
    "01_kpi_tracking.q4.hint.2":
        "Run time = 450 − 45 = 405 minuto. Tapos i-multiply ang tatlong factor: "
        "(405 / 450) × (0.85 × 400 / 405) × (380 / 400).",
    "01_kpi_tracking.q4.mistake.no_availability":
        "Nakalimutan mo ang availability: kasama ang 45 minutong hinto. I-multiply ang "
        "tatlong factor.",
    "01_kpi_tracking.q4.mistake.quality_total":
        "Sa quality, good count ang ikinukumpara sa total count. Total count ang ginamit mo "
        "bilang good, kaya nawala ang 20 reject.",
    "01_kpi_tracking.q4.mistake.performance_on_planned":
        "Sa run time ikinukumpara ang performance (planned time bawas downtime), hindi sa "
        "planned time.",
    "01_kpi_tracking.q4.mistake.averaged":
        "Kinuha mo ang average ng tatlong factor. Sa OEE, mini-multiply sila: availability × "
        "performance × quality.",
    "01_kpi_tracking.q4.mistake.downtime_share":
        "Ang availability ay kung gaano katagal tumakbo ang line sa planned time: run time ÷ "
        "planned time, hindi downtime ÷ planned time.",
    "01_kpi_tracking.q4.mistake.defect_share":
        "Ang quality ay ang bahagi ng good: good count ÷ total count, hindi reject ÷ total "
        "count.",

    "01_kpi_tracking.q5.title": "Q5 · Saan pinakamalaki ang nawawala sa shift na ito?",
    "01_kpi_tracking.q5.hint.1":
        "Kunin ang tatlong factor mula sa shift board. Ang pinakamaliit na factor ang "
        "pinakamalaking loss.",
    "01_kpi_tracking.q5.hint.2":
        "Puwede ring bilangin sa minuto: 45 minuto ang nawala sa hinto. Ang mga pares na "
        "nagawa ay kailangan ng 0.85 × 400 minuto sa 405 na run minutes. Ang reject ay "
        "20 × 0.85 minuto.",
    "01_kpi_tracking.q5.mistake.A":
        "Kita ng lahat ang hinto, pero hindi laging iyon ang pinakamalaki. Kunin ang tatlong "
        "factor (o ang minutong nawala sa bawat isa) at ikumpara.",
    "01_kpi_tracking.q5.mistake.C":
        "Masakit ang reject, pero ikumpara muna: kunin ang quality, availability at "
        "performance, at hanapin ang pinakamaliit na factor.",
    "01_kpi_tracking.q5.mistake.D":
        "Karaniwang 40–60 % ang OEE ng mga planta, pero world class ang mga 85 %. Ipinapakita "
        "ng mga factor kung saan pa puwedeng gumanda: hanapin ang pinakamaliit.",
    "01_kpi_tracking.q5.prompt":
        "Gusto ng team ng Line B na tumaas ang OEE next month, at isang loss muna ang kaya "
        "nilang tutukan. Batay sa tatlong factor ng shift na ito, alin?",
    "01_kpi_tracking.q5.option.A":
        "Ang 45 minutong hinto: ang na-jam na needle bar at ang paghihintay sa cut pieces "
        "(availability).",
    "01_kpi_tracking.q5.option.B":
        "Mas mabagal ang takbo kaysa sa ideal cycle time, may maiikling hinto na walang "
        "naglilista (performance).",
    "01_kpi_tracking.q5.option.C": "Ang 20 pares na bumagsak sa inspection (quality).",
    "01_kpi_tracking.q5.option.D":
        "Wala: mas mataas na ang shift kaysa sa karaniwang planta, kaya okay na.",

    "01_kpi_tracking.q6.title":
        "Q6 · Basahin ang trend: ilang linggo ang Line C na hindi umabot sa on-time delivery "
        "target.",
    "01_kpi_tracking.q6.hint.1":
        "May bilog ang bawat linggong mas mababa sa putol-putol na linya ng 95 % target. Nasa "
        "legend ang kulay ng bawat line.",
    "01_kpi_tracking.q6.hint.2":
        "Bilangin lang ang may bilog na points ng Line C, mula 6 Enero hanggang 24 Marso.",
    "01_kpi_tracking.q6.mistake.weeks_met":
        "Ang binilang mo ay ang mga linggong pasok sa target. Bilangin ang mga linggong nasa "
        "ilalim ng putol-putol na linya: ang may bilog.",
    "01_kpi_tracking.q6.mistake.all_lines":
        "Binilang mo ang bilog ng tatlong line. Line C lang: tingnan sa legend ang kulay nito.",
    "01_kpi_tracking.q6.mistake.line_a":
        "Mukhang bilog ng Line A iyan. Line C lang ang bilangin: tingnan sa legend ang kulay "
        "nito.",
    "01_kpi_tracking.q6.mistake.line_b":
        "Mukhang bilog ng Line B iyan. Line C lang ang bilangin: tingnan sa legend ang kulay "
        "nito.",
    "01_kpi_tracking.q6.mistake.all_weeks":
        "Lahat ng linggo sa chart iyan. Ang mga linggong hindi umabot sa target lang ang "
        "bilangin: ang may bilog.",

    "01_kpi_tracking.q7.title":
        "Q7 · Basahin ang Pareto chart: gaano kalaki ang bahagi ng tatlong pinakamalaking "
        "sanhi ng defect ng Line A.",
    "01_kpi_tracking.q7.hint.1":
        "Basahin ang cumulative line sa ikatlong bar, o i-total ang tatlong pinakamataas na "
        "bar at i-divide sa lahat ng defects ng Line A (lahat ng bar).",
    "01_kpi_tracking.q7.hint.2":
        "Nakasulat sa ibabaw ng bawat bar ang bilang nito. Share = (una + ikalawa + ikatlong "
        "bar) ÷ (pitong bar lahat), bilang fraction: 0.5 para sa 50 %.",
    "01_kpi_tracking.q7.mistake.top_one":
        "Pinakamalaking sanhi lang iyan. Idagdag ang ikalawa at ikatlong sanhi.",
    "01_kpi_tracking.q7.mistake.top_two":
        "Dalawang sanhi lang iyan. Idagdag pa ang ikatlo.",
    "01_kpi_tracking.q7.mistake.top_four":
        "Apat na sanhi iyan, ang share na nasa title ng chart. Hanggang ikatlong sanhi lang.",
    "01_kpi_tracking.q7.mistake.count_not_share":
        "Bilang iyan ng defects. I-divide sa lahat ng defects ng Line A para maging share.",
    "01_kpi_tracking.q7.mistake.line_b":
        "Share iyan ng Line B. Ang chart ng Line A ang basahin.",
    "01_kpi_tracking.q7.mistake.all_lines":
        "Share iyan ng tatlong line na pinagsama. Ang chart ng Line A lang ang basahin.",

    "01_kpi_tracking.q8.title":
        "Q8 · Tama o mali: kailangang imbestigahan ang araw na nasa loob ng control limits.",
    "01_kpi_tracking.q8.hint.1":
        "Ipinapakita ng limits (mean ± 3σ) kung gaano gumagalaw ang numero sa karaniwang araw.",
    "01_kpi_tracking.q8.hint.2": "Aling mga point ang minamarkahan ng control chart na kakaiba?",
    "01_kpi_tracking.q8.mistake.True":
        "Normal na pagtaas-baba lang ang mga araw na nasa loob ng limits. Kapag hinabol ang "
        "bawat isa, sayang ang pagod ng team at baka lumala pa. Hanapin ang mga point na "
        "lampas sa limits, at ang trend sa ilang linggo.",
    "01_kpi_tracking.q8.prompt":
        "Tama o mali: sa control chart, kailangang imbestigahan ang araw na nasa loob ng "
        "limits pero mas pangit kaysa kahapon.",
    "01_kpi_tracking.q8.option.True": "Tama",
    "01_kpi_tracking.q8.option.False": "Mali",
}
