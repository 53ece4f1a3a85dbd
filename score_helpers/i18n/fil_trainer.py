"""Filipino: every word of the trainer dashboard (IDs `app.trainer_dashboard.<key>`).

Same keys and {placeholders} as en_trainer.py; English where trainers keep it (grade,
progress, check, hint, solution, folder, file).
"""

from __future__ import annotations

TRAINER_DASHBOARD: dict[str, str] = {
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

SECTIONS: dict[str, dict[str, str]] = {"app.trainer_dashboard": TRAINER_DASHBOARD,
                                       "hub.login": HUB_LOGIN}
