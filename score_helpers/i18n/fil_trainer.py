"""Filipino: every word of the trainer dashboard (IDs `app.trainer_dashboard.<key>`).

Same keys and {placeholders} as en_trainer.py; English where trainers keep it (grade,
progress, check, hint, solution, folder, file).
"""

from __future__ import annotations

TRAINER_DASHBOARD: dict[str, str] = {
    "title": "Dashboard ng trainer",
    "intro": "Makikita rito, bawat tanong, kung sino na ang sumubok, sino ang tama na, at "
             "sino ang stuck ngayon. Pindutin ang I-refresh para makita ang pinakabagong "
             "progress.",
    "folder_label": "Progress folder",
    "grades_label": "Grades file",
    "grades_placeholder": "opsyonal: path ng grades.csv",
    "refresh": "I-refresh",
    "status": "Huling refresh {time} · {participants} · {events}",
    "skipped": "{count} sirang linya ang nilaktawan",
    "no_folder": "Wala pa ang progress folder na {folder}. Lalabas ito kapag may unang "
                 "participant na nag-check ng sagot. Tingnan ang pangalan ng folder sa itaas.",
    "no_events": "Wala pang progress sa {folder}. Lalabas dito kapag pinatakbo ng mga "
                 "participant ang check(), hint() o solution().",
    "grades_problem": "{problem} Ang progress log lang ang nasa grid.",
    "unexpected": "May nangyaring mali habang binabasa ang mga file: {error}",
    "stuck_title": "Nahihirapan ngayon",
    "nobody_stuck": "Walang nahihirapan ngayon.",
    "stuck_line": "{name}: {tries} sa {module} {question} sa huling {minutes}, {hints}. "
                  "Puntahan at tulungan.",
    "participant": "Participant",
    "grade": "Grade",
    "no_grade": "wala pang grade",
    "legend": "{correct} tama {tried} sinubukan, hindi pa tama {stuck} nahihirapan ngayon "
              "{none} hindi pa nagsisimula. Ang maliit na numero ay ang mga hint na ginamit; "
              "ang S ay tiningnan na ang solution.",
    "cell_title": "{name}, {module} {question}: {state}",
    "state_correct": "tama",
    "state_tried": "sinubukan, hindi pa tama",
    "state_stuck": "nahihirapan ngayon",
    "state_none": "hindi pa nagsisimula",
    "try_one": "1 subok", "try_many": "{n} subok",
    "hint_one": "1 hint", "hint_many": "{n} hint",
    "minute_one": "1 minuto", "minute_many": "{n} minuto",
    "participant_one": "1 participant", "participant_many": "{n} participant",
    "event_one": "1 event", "event_many": "{n} event",
    "check_one": "1 check", "check_many": "{n} check",
    "no_hints": "walang hint",
    "grade_short_timeout": "natagalan",
    "grade_short_error": "error",
    "grade_short_not_a_notebook": "hindi notebook",
    "grade_short_unknown_assignment": "hindi kilala",
    "grade_short_tampered": "binago",
}

HUB_LOGIN: dict[str, str] = {
    "class_code_label": "Class code (sa unang login lang)",
    "first_time": "Unang beses mo ba? I-type ang pangalan mo, pumili ng sarili mong password "
                  "(at least {length} characters) at i-type ang class code na binigay ng "
                  "trainer. Sa susunod, pangalan at password mo na lang ang kailangan.",
    "need_class_code": "Bago ang pangalang ito. Para makuha mo ito, i-type ang class code na "
                       "binigay ng trainer, at pumili ng sarili mong password.",
    "own_password": "Pumili ng sarili mong password, hindi ang class code: pare-pareho ang "
                    "class code ng lahat.",
    "short_password": "Pumili ng password na at least {length} characters.",
    "trainer_name": "Para sa trainer ang pangalang ito. Pumili ng ibang pangalan.",
}

DOCTOR: dict[str, str] = {
    "heading": "Check ng laptop",
    "title_python": "Python",
    "ok_python": "version {version}, ayos na",
    "bad_python": "luma na o hindi gumagana",
    "title_package": "Ang course package",
    "ok_package": "naka-install, at nagagamit ng mga notebook",
    "bad_package": "may kulang",
    "title_data": "Ang practice data",
    "ok_data": "{files} file, kumpleto lahat",
    "ok_data_plain": "kumpleto",
    "bad_data": "may file na nawawala o sira",
    "title_model": "Ang AI model",
    "ok_model": "handa na",
    "bad_model": "hindi pa handa",
    "title_apps": "Ang mga app",
    "ok_apps": "{apps} app, handang buksan sa browser mo",
    "ok_apps_plain": "handang buksan sa browser mo",
    "bad_apps": "hindi pa mabuksan",
    "title_disk": "Disk space",
    "ok_disk": "{free} GB ang bakante",
    "ok_disk_plain": "sapat ang bakanteng space",
    "bad_disk": "{free} GB na lang ang bakante; kailangan ng course ng {need} GB",
    "bad_disk_plain": "kulang ang bakanteng space",
    "title_memory": "Memory",
    "ok_memory": "{total} GB, sapat",
    "ok_memory_plain": "sapat",
    "bad_memory": "{total} GB lang; kailangan ng course ng {need} GB",
    "bad_memory_plain": "kulang",
    "ok_python_plain": "ayos na",
    "for_trainer": "Para sa trainer",
    "fix": "ayusin:",
    "all_good": "Ayos lahat: handa na ang laptop na ito para sa course.",
    "some_bad": "{count} ang kailangang ayusin. Ipakita ang listahang ito sa trainer mo.",
    "more": "Ang details (bawat check at ang version ng mga package): score-lab doctor --details",
    "details": "Details (para sa trainer)",
    "packages": "Mga naka-install na package:",
}

SECTIONS: dict[str, dict[str, str]] = {"app.trainer_dashboard": TRAINER_DASHBOARD,
                                       "hub.login": HUB_LOGIN, "course.doctor": DOCTOR}
