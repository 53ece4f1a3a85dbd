"""Filipino exercise strings of module 01 (KPI tracking); merged in fil_exercises.py."""

from __future__ import annotations

FIL_EXERCISES_01: dict[str, str] = {
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
}
